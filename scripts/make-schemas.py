#!/usr/bin/env python3
"""Converts the Kubernetes JSON schemas shipped by the PyPI package `kubernetes-validate`
and the CRDs in a corpus folder into chartc's compact bundled form under schemas/.

Usage: make-schemas.py SITE_PACKAGES CRD_DIRS OUT_DIR [VERSION...]

CRD_DIRS is a colon-separated list of folders searched recursively for CRDs (YAML or JSON
files); without VERSIONs only OUT_DIR/crds is regenerated.

Output (all JSON, descriptions stripped, keys sorted):
  OUT_DIR/kubernetes/definitions.json
      {"definitions": {"<definition name>": [variant, ...]},
       "kinds": {"<kind file name>": [variant, ...]}}: every distinct body of a definition
      and of a top-level kind schema across the bundled versions, stored once. Kind
      schemas are kubernetes-validate's per-kind files, whose first level differs from the
      definition of the same name (nullable properties); their $refs point to "#/$defs/<name>".
  OUT_DIR/kubernetes/v<major.minor>.json
      {"version": "1.36.0", "definitions": {"<name>": variant index},
       "kinds": {"<kind>-<group>-<version>": variant index}}
      `kinds` uses kubernetes-validate's file naming (kind lower-cased, API group cut at the
      first dot, e.g. deployment-apps-v1, ingress-networking-v1, pod-v1).
      The standard schema of a kind is its kind variant, resolved against
      {"$defs": {name: definitions[name][index]}}; the strict one adds "additionalProperties": false to every object
      schema with "properties" and no "additionalProperties" (checked against the package's
      -strict folder when this script runs).
  OUT_DIR/kubernetes/v<major.minor>.index
      One line per definition and kind of the version, sorted (bytewise):
      "d <name> <offset> <length>" or "k <kind file name> <offset> <length>", the byte range
      of the variant the version uses in definitions.json (no JSON to read to find it).
  OUT_DIR/crds/<group>.json
      {"<apiVersion>/<Kind>": openAPIV3Schema, ...} for every served version of every CRD.
"""
import glob, json, os, re, sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from schema_strip import strip  # noqa: E402


class CRDLoader(yaml.SafeLoader):
    """YAML 1.1 without PyYAML's `=` value tag (a plain `=` is a string, as in Kubernetes)."""


CRDLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:value"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

site, crd_dirs, out_dir = sys.argv[1], sys.argv[2].split(":"), sys.argv[3]
versions = sys.argv[4:]
pkg = os.path.join(site, "kubernetes_validate", "kubernetes-json-schema")

def strictify(node, in_props=False):
    if isinstance(node, dict):
        out = {k: strictify(v, in_props=(not in_props) and k in ("properties", "$defs", "patternProperties"))
               for k, v in node.items()}
        if not in_props and "properties" in out and "additionalProperties" not in out:
            out["additionalProperties"] = False
        return out
    if isinstance(node, list):
        return [strictify(v) for v in node]
    return node


def canon(x):
    return json.dumps(x, sort_keys=True, separators=(",", ":"))


pool = {}        # definition name -> [canonical text]
kind_pool = {}   # kind file name -> [canonical text]
manifests = {}
for version in versions:
    folder = os.path.join(pkg, "v%s-local" % version)
    with open(os.path.join(folder, "_definitions.json")) as f:
        defs = json.load(f)["$defs"]
    with open(os.path.join(folder + "-strict", "_definitions.json")) as f:
        strict_defs = json.load(f)["$defs"]
    # the strict variant must be derivable
    for name, body in defs.items():
        if name not in strict_defs:
            sys.exit("no strict schema for %s %s" % (version, name))
        if canon(strict_defs[name]) != canon(strictify(body)):
            sys.exit("strict schema of %s %s is not derivable" % (version, name))
    chosen = {}
    for name, body in sorted(defs.items()):
        text = canon(strip(body))
        variants = pool.setdefault(name, [])
        if text not in variants:
            variants.append(text)
        chosen[name] = variants.index(text)
    kinds = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        base = os.path.basename(path)[:-5]
        if base.startswith("_") or base == "all":
            continue
        with open(path) as f:
            text = f.read().replace('"/api/_definitions.json#/$defs/', '"#/$defs/')
        doc = json.loads(text)
        if not doc.get("x-kubernetes-group-version-kind"):
            continue  # a definition without a kind: never looked up by apiVersion/kind
        doc.pop("$schema", None)
        doc.pop("$id", None)
        with open(os.path.join(folder + "-strict", base + ".json")) as f:
            strict_doc = json.loads(f.read().replace('"/api/_definitions.json#/$defs/', '"#/$defs/'))
        strict_doc.pop("$schema", None)
        strict_doc.pop("$id", None)
        if canon(strict_doc) != canon(strictify(doc)):
            sys.exit("strict schema of %s %s is not derivable" % (version, base))
        text = canon(strip(doc))
        variants = kind_pool.setdefault(base, [])
        if text not in variants:
            variants.append(text)
        kinds[base] = variants.index(text)
    mm = ".".join(version.split(".")[:2])
    manifests[mm] = {"version": version, "definitions": chosen, "kinds": kinds}

if versions:
    os.makedirs(os.path.join(out_dir, "kubernetes"), exist_ok=True)
    with open(os.path.join(out_dir, "kubernetes", "definitions.json"), "w") as f:
        for section, table in (("definitions", pool), ("kinds", kind_pool)):
            f.write(("{" if section == "definitions" else ",") + json.dumps(section) + ":{\n")
            names = sorted(table)
            for i, name in enumerate(names):
                f.write("%s:[%s]%s\n" % (json.dumps(name), ",".join(table[name]), "," if i < len(names) - 1 else ""))
            f.write("}")
        f.write("}\n")
for mm, m in manifests.items():
    with open(os.path.join(out_dir, "kubernetes", "v%s.json" % mm), "w") as f:
        json.dump(m, f, sort_keys=True, separators=(",", ":"))
        f.write("\n")


def variant_ranges(text):
    """{(section, name): [(offset, length) of each variant]} of definitions.json's text (ASCII,
    one entry a line, each variant canonical JSON)."""
    decoder = json.JSONDecoder()
    out = {}
    section = None
    pos = 0
    for line in text.split("\n"):
        if line.endswith('{"definitions":{'):
            section = "d"
        elif line.startswith('},"kinds":{'):
            section = "k"
        elif line.startswith('"'):
            name, end = decoder.raw_decode(line)
            assert line[end:end + 2] == ":["
            at = end + 2
            ranges = []
            while line[at] != "]":
                _, stop = decoder.raw_decode(line, at)
                ranges.append((pos + at, stop - at))
                at = stop + (1 if line[stop] == "," else 0)
            out[(section, name)] = ranges
        pos += len(line) + 1
    return out


def write_indexes(out_dir):
    """kubernetes/v<major.minor>.index for every manifest: where each variant the version uses
    sits in definitions.json, so that chartc reads no JSON to find it."""
    folder = os.path.join(out_dir, "kubernetes")
    with open(os.path.join(folder, "definitions.json")) as f:
        ranges = variant_ranges(f.read())
    for path in sorted(glob.glob(os.path.join(folder, "v*.json"))):
        with open(path) as f:
            m = json.load(f)
        lines = []
        for section, table in (("d", m["definitions"]), ("k", m["kinds"])):
            for name, index in table.items():
                offset, length = ranges[(section, name)][index]
                lines.append("%s %s %d %d\n" % (section, name, offset, length))
        with open(path[:-5] + ".index", "w") as f:
            f.write("".join(sorted(lines)))


if versions:
    write_indexes(out_dir)

# CRDs
os.makedirs(os.path.join(out_dir, "crds"), exist_ok=True)
by_group = {}
crd_files = sorted(path for crd_dir in crd_dirs if crd_dir
                   for pattern in ("*.y*ml", "*.json")
                   for path in glob.glob(os.path.join(crd_dir, "**", pattern), recursive=True))
for path in crd_files:
    with open(path) as f:
        for doc in yaml.load_all(f, Loader=CRDLoader):
            if not isinstance(doc, dict) or doc.get("kind") != "CustomResourceDefinition":
                continue
            spec = doc["spec"]
            group, kind = spec["group"], spec["names"]["kind"]
            for v in spec.get("versions", []):
                schema = (v.get("schema") or {}).get("openAPIV3Schema")
                if schema is None or not v.get("served", True):
                    continue
                by_group.setdefault(group, {})["%s/%s/%s" % (group, v["name"], kind)] = strip(schema)
for group, schemas in by_group.items():
    with open(os.path.join(out_dir, "crds", group + ".json"), "w") as f:
        json.dump(schemas, f, sort_keys=True, separators=(",", ":"))
        f.write("\n")
print("kubernetes versions:", ", ".join(sorted(manifests)), "definitions:", len(pool),
      "variants:", sum(len(v) for v in pool.values()), "crd groups:", len(by_group),
      "crd kinds:", sum(len(s) for s in by_group.values()))
