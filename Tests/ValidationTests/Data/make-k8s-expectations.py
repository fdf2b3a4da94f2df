#!/usr/bin/env python3
"""Validates every object rendered in the corpus (cases/*/*/expected.yaml) with the PyPI
package kubernetes-validate, standard and strict, and writes one JSON line per object:
  {"source", "index", "object", "standard": verdict, "strict": verdict}
verdict = {"valid": true} | {"valid": false, "path": "/spec/x", "message": "..."} | {"notfound": true}
Run with a Python that has kubernetes-validate and PyYAML installed:
  python make-k8s-expectations.py CORPUS_DIR KUBE_VERSION OUT.jsonl
YAML timestamps are read as strings (as Kubernetes and Go YAML do), not datetimes."""
import glob, json, os, sys
import yaml
import kubernetes_validate

corpus, version, out = sys.argv[1], sys.argv[2], sys.argv[3]


class Loader(yaml.SafeLoader):
    pass


# drop the timestamp resolver: Kubernetes sees those scalars as strings
Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def verdict(obj, strict):
    try:
        kubernetes_validate.validate(obj, version, strict=strict)
        return {"valid": True}
    except kubernetes_validate.SchemaNotFoundError:
        return {"notfound": True}
    except kubernetes_validate.ValidationError as e:
        path = "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in e.path)
        return {"valid": False, "path": path, "message": e.message}


with open(out, "w") as fh:
    for path in sorted(glob.glob(os.path.join(corpus, "cases", "*", "*", "expected.yaml"))):
        rel = os.path.relpath(path, os.path.join(corpus, "cases"))
        try:
            docs = list(yaml.load_all(open(path), Loader=Loader))
        except yaml.YAMLError as e:
            print("skip", rel, e, file=sys.stderr)
            continue
        for i, obj in enumerate(docs):
            if not isinstance(obj, dict) or "kind" not in obj or "apiVersion" not in obj:
                continue
            line = {"source": rel, "index": i, "object": obj,
                    "standard": verdict(obj, False), "strict": verdict(obj, True)}
            fh.write(json.dumps(line, sort_keys=True, default=str) + "\n")
