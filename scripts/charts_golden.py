#!/usr/bin/env python3
"""Render every chartc.yaml matrix entry with helm-oracle (real Helm) and write or check its
golden file; lint every chart and environment with `helm lint --strict`.

Usage: charts_golden.py [--check] [--no-lint] [--chart NAME] [--env NAME] [--oracle PATH]
  --check    compare with the golden files (unified diff per drifting file) instead of writing
Exit 1 on any render failure, lint message (ERROR, WARNING or INFO) or drift.
"""
import argparse
import difflib
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from charts_matrix import ROOT, matrix  # noqa: E402


def find_oracle(explicit):
    candidates = [explicit, os.environ.get("HELM_ORACLE"),
                  os.path.join(ROOT, "..", "shared", "tools", "helm-oracle"),
                  "/work/shared/tools/helm-oracle"]
    for c in candidates:
        if c and os.access(c, os.X_OK):
            return c
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--no-lint", action="store_true")
    parser.add_argument("--chart")
    parser.add_argument("--env")
    parser.add_argument("--oracle")
    args = parser.parse_args()
    oracle = find_oracle(args.oracle)
    if not oracle:
        print("helm-oracle not found (set HELM_ORACLE)", file=sys.stderr)
        return 2
    failed = False
    for e in matrix(args.chart, args.env):
        values = [x for v in e["values"] for x in ("-f", v)]
        sets = [x for s in e["set"] for x in ("--set", s)]
        r = subprocess.run([oracle, "template", e["path"], "--name", e["release"], "-n", e["namespace"], *values, *sets],
                           cwd=ROOT, capture_output=True, text=True)
        if r.returncode != 0:
            print(f"RENDER FAIL {e['chart']}/{e['env']}\n{r.stderr}")
            failed = True
            continue
        if e["kubeVersion"] != "v1.36.0":
            print(f"note: {e['chart']}/{e['env']} wants {e['kubeVersion']}; helm-oracle template renders v1.36.0", file=sys.stderr)
        if not args.no_lint:
            lint = subprocess.run([oracle, "lint", e["path"], "--strict", "--kube-version", e["kubeVersion"], *values, *sets],
                                  cwd=ROOT, capture_output=True, text=True)
            try:
                report = json.loads(lint.stdout)
                clean = not report.get("messages") and not report.get("errors")
            except json.JSONDecodeError:
                clean = False
            if not clean:
                print(f"LINT FAIL {e['chart']}/{e['env']}\n{lint.stdout}{lint.stderr}")
                failed = True
        golden = os.path.join(ROOT, e["golden"])
        old = open(golden, encoding="utf-8").read() if os.path.exists(golden) else None
        if args.check:
            if old == r.stdout:
                print(f"ok    {e['golden']}")
            else:
                failed = True
                print(f"DRIFT {e['golden']}" + (" (missing)" if old is None else ""))
                sys.stdout.writelines(difflib.unified_diff((old or "").splitlines(True), r.stdout.splitlines(True),
                                                           e["golden"], "helm template"))
        elif old == r.stdout:
            print(f"same  {e['golden']}")
        else:
            os.makedirs(os.path.dirname(golden), exist_ok=True)
            with open(golden, "w", encoding="utf-8") as f:
                f.write(r.stdout)
            print(f"wrote {e['golden']}")
    if args.check and not args.chart and not args.env:
        # each golden file, and the record of the render inputs `chartc golden update` keeps beside it
        expected = {e["golden"] for e in matrix()} | {e["golden"][:-len(".yaml")] + ".inputs" for e in matrix()}
        for path in sorted(os.path.relpath(os.path.join(d, f), ROOT)
                           for d, _, fs in os.walk(os.path.join(ROOT, "golden")) for f in fs):
            if path not in expected:
                print(f"EXTRA {path} (not in chartc.yaml)")
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
