#!/usr/bin/env python3
"""Builds k8s-sample.jsonl from a make-k8s-expectations.py output: the smallest rendered
object of every apiVersion/kind, plus broken variants of a few (misspelled field, wrong
type, missing required field, bad enum value), each re-validated with kubernetes-validate.
  python make-k8s-sample.py CORPUS.jsonl KUBE_VERSION OUT.jsonl"""
import copy, importlib.util, json, os, sys

src, version, out = sys.argv[1], sys.argv[2], sys.argv[3]
spec = importlib.util.spec_from_file_location("exp", os.path.join(os.path.dirname(__file__), "make-k8s-expectations.py"))
import kubernetes_validate


def verdict(obj, strict):
    try:
        kubernetes_validate.validate(obj, version, strict=strict)
        return {"valid": True}
    except kubernetes_validate.SchemaNotFoundError:
        return {"notfound": True}
    except kubernetes_validate.ValidationError as e:
        path = "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in e.path)
        return {"valid": False, "path": path, "message": e.message}


best = {}
for line in open(src):
    d = json.loads(line)
    if d["standard"].get("notfound"):
        continue
    key = (d["object"]["apiVersion"], d["object"]["kind"])
    size = len(line)
    if not d["standard"]["valid"] or key not in best or size < best[key][0]:
        if key in best and not best[key][1]["standard"].get("valid", True):
            continue
        best[key] = (size, d)

entries = [d for _, d in sorted(best.values(), key=lambda x: (x[1]["object"]["apiVersion"], x[1]["object"]["kind"]))]


def mutate(name, obj, fn):
    o = copy.deepcopy(obj)
    fn(o)
    return {"source": "mutation/" + name, "index": 0, "object": o,
            "standard": verdict(o, False), "strict": verdict(o, True)}


def find(kind):
    for e in entries:
        if e["object"]["kind"] == kind:
            return e["object"]
    raise SystemExit("no " + kind)


dep = find("Deployment")
svc = find("Service")
c0 = lambda o: o["spec"]["template"]["spec"]["containers"][0]
mutations = [
    mutate("deployment-misspelled-replicas", dep, lambda o: o["spec"].__setitem__("replica", 2)),
    mutate("deployment-replicas-string", dep, lambda o: o["spec"].__setitem__("replicas", "3")),
    mutate("deployment-container-no-name", dep, lambda o: c0(o).pop("name")),
    mutate("deployment-container-no-image-ok", dep, lambda o: c0(o).pop("image", None)),
    mutate("deployment-container-port-string", dep, lambda o: c0(o).__setitem__("ports", [{"containerPort": "http"}])),
    mutate("deployment-misspelled-container-field", dep, lambda o: c0(o).__setitem__("imagePullPolicyy", "Always")),
    mutate("deployment-labels-int", dep, lambda o: o["metadata"].__setitem__("labels", {"a": 1})),
    mutate("deployment-no-selector", dep, lambda o: o["spec"].pop("selector")),
    mutate("deployment-strategy-bad-type", dep, lambda o: o["spec"].__setitem__("strategy", {"type": 5})),
    mutate("deployment-resources-quantity-bool", dep, lambda o: c0(o).__setitem__("resources", {"limits": {"cpu": True}})),
    mutate("deployment-intorstring-float", dep, lambda o: o["spec"].__setitem__("strategy", {"rollingUpdate": {"maxSurge": 1.5}})),
    mutate("service-port-missing", svc, lambda o: o["spec"]["ports"][0].pop("port")),
    mutate("service-bad-protocol-type", svc, lambda o: o["spec"]["ports"][0].__setitem__("protocol", 6)),
    mutate("service-wrong-kind-value", svc, lambda o: o.__setitem__("apiVersion", "apps/v1")),
    mutate("service-null-spec", svc, lambda o: o.__setitem__("spec", None)),
]
with open(out, "w") as fh:
    for e in entries + mutations:
        fh.write(json.dumps(e, sort_keys=True, separators=(",", ":")) + "\n")
print(len(entries), "kinds,", len(mutations), "mutations")
for m in mutations:
    print(m["source"], m["standard"], m["strict"])
