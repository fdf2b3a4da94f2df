#!/usr/bin/env python3
"""Random (seeded) breakages of the objects in k8s-sample.jsonl — a scalar changed to
another type, a key deleted, an unknown key added, a value set to null — each validated
with kubernetes-validate (standard and strict), written as k8s-mutations.jsonl.
  python make-k8s-mutations.py k8s-sample.jsonl KUBE_VERSION OUT.jsonl [PER_OBJECT]"""
import copy, json, random, sys
import kubernetes_validate

src, version, out = sys.argv[1], sys.argv[2], sys.argv[3]
per = int(sys.argv[4]) if len(sys.argv) > 4 else 10
rng = random.Random(20261123)


def verdict(obj, strict):
    try:
        kubernetes_validate.validate(obj, version, strict=strict)
        return {"valid": True}
    except kubernetes_validate.SchemaNotFoundError:
        return {"notfound": True}
    except kubernetes_validate.ValidationError as e:
        path = "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in e.path)
        return {"valid": False, "path": path, "message": e.message}


def paths(x, prefix=()):
    yield prefix
    if isinstance(x, dict):
        for k, v in x.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from paths(v, prefix + (i,))


def get(x, p):
    for k in p:
        x = x[k]
    return x


def mutate(obj):
    o = copy.deepcopy(obj)
    candidates = [p for p in paths(o) if len(p) >= 2 and p[0] not in ("apiVersion", "kind")]
    if not candidates:
        return None, None
    p = rng.choice(candidates)
    parent = get(o, p[:-1])
    value = parent[p[-1]]
    op = rng.choice(["type", "delete", "unknown", "null"])
    if op == "type":
        parent[p[-1]] = rng.choice([1, 1.5, "x", True, [], {}])
    elif op == "delete":
        if isinstance(parent, list):
            parent.pop(p[-1])
        else:
            del parent[p[-1]]
    elif op == "unknown":
        target = value if isinstance(value, dict) else parent if isinstance(parent, dict) else None
        if target is None:
            return None, None
        target["unknownField"] = "x"
    else:
        parent[p[-1]] = None
    return o, "%s %s" % (op, "/".join(map(str, p)))


with open(out, "w") as fh:
    for line in open(src):
        d = json.loads(line)
        if d["source"].startswith("mutation/"):
            continue
        done = 0
        tries = 0
        while done < per and tries < per * 5:
            tries += 1
            o, what = mutate(d["object"])
            if o is None:
                continue
            e = {"source": "fuzz/%s/%s" % (d["object"]["kind"], what), "index": done, "object": o,
                 "standard": verdict(o, False), "strict": verdict(o, True)}
            fh.write(json.dumps(e, sort_keys=True, separators=(",", ":")) + "\n")
            done += 1
