#!/usr/bin/env python3
"""Validate every object of the golden manifests against the Kubernetes schemas (strict).

Usage: charts_validate.py [--kube-version 1.36.0] FILE...
Objects whose kind has no schema (CRDs: Istio, ServiceMonitor, ...) are reported as
skipped. Exit 1 when any object fails validation.
"""
import argparse
import sys

import kubernetes_validate
import yaml


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kube-version", default="1.36.0")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    failed = 0
    for path in args.files:
        ok = skipped = 0
        with open(path, encoding="utf-8") as f:
            docs = [d for d in yaml.safe_load_all(f) if d]
        for doc in docs:
            what = f"{doc.get('kind')}/{(doc.get('metadata') or {}).get('name')}"
            try:
                kubernetes_validate.validate(doc, args.kube_version, strict=True)
                ok += 1
            except kubernetes_validate.SchemaNotFoundError:
                skipped += 1
                print(f"skip  {path}: {doc.get('apiVersion')} {what} (no schema: custom resource)")
            except kubernetes_validate.ValidationError as e:
                failed += 1
                print(f"FAIL  {path}: {what}: {e.message} at {'.'.join(str(p) for p in e.path)}")
        print(f"{path}: {ok} valid, {skipped} skipped (custom resources), {len(docs)} objects")
    print(f"{failed} invalid object(s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
