#!/usr/bin/env python3
"""Stores CustomResourceDefinitions as compact sources for `make schemas`.

Usage: make-schemas-crd-sources.py OUT_DIR CRD_FILE...

Each CRD of the input files is written to OUT_DIR/<group>/<plural>.json with only what
schema generation reads (group, names, versions with served flag and openAPIV3Schema) and
without documentation-only keywords, so the upstream CRDs (several MB each) are kept in the
repository at a few percent of their size. Used for the CRD sets that ../shared/corpus/crds
does not hold (e.g. the whole Prometheus Operator set, from
github.com/prometheus-operator/prometheus-operator example/prometheus-operator-crd at a tag).
"""
import json, os, sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from schema_strip import strip  # noqa: E402



class CRDLoader(yaml.SafeLoader):
    """YAML 1.1 without PyYAML's `=` value tag (a plain `=` is a string, as in Kubernetes)."""


CRDLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:value"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

out_dir = sys.argv[1]
for path in sys.argv[2:]:
    with open(path) as f:
        for doc in yaml.load_all(f, Loader=CRDLoader):
            if not isinstance(doc, dict) or doc.get("kind") != "CustomResourceDefinition":
                continue
            spec = doc["spec"]
            annotations = (doc.get("metadata") or {}).get("annotations") or {}
            compact = {
                "apiVersion": doc["apiVersion"], "kind": doc["kind"],
                "metadata": {"name": doc["metadata"]["name"],
                             "annotations": {k: v for k, v in annotations.items() if k.endswith("/version")}},
                "spec": {"group": spec["group"], "names": spec["names"], "scope": spec.get("scope"),
                         "versions": [{"name": v["name"], "served": v.get("served", True),
                                       "storage": v.get("storage", False),
                                       "schema": {"openAPIV3Schema": strip((v.get("schema") or {}).get("openAPIV3Schema") or {})}}
                                      for v in spec.get("versions", [])]},
            }
            folder = os.path.join(out_dir, spec["group"])
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, spec["names"]["plural"] + ".json"), "w") as f:
                json.dump(compact, f, sort_keys=True, separators=(",", ":"))
                f.write("\n")
