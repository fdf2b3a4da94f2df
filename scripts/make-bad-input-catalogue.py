#!/usr/bin/env python3
"""Regenerates the bad-input catalogue (Tests/BadInputTests/Data/cases) from the Helm oracle.

Each case is a folder: the files it needs (a small chart in chart/, values files, archives)
and case.json: the chartc command line, and the exit status, stderr and stdout expected of it.
Where Helm has an answer (`helm-oracle template` of the same chart and flags) the expected
result is Helm's; where chartc differs from Helm on purpose the case keeps Helm's answer
beside chartc's and says why (`divergence`). Where Helm has no answer (chartc's own flags and
commands), the expected result is chartc's, reviewed when the case was added.

usage: scripts/make-bad-input-catalogue.py [--chartc PATH] [--only NAME...]
  --chartc  the chartc binary to record chartc-only answers and to detect divergences
            (default .build/debug/chartc)
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

from bad_input_cases import CASES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "BadInputTests", "Data", "cases")
ORACLE = os.path.join(ROOT, "..", "shared", "tools", "helm-oracle")
TIMEOUT = 120


def write_files(folder, files):
    for rel, content in files.items():
        path = os.path.join(folder, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = content if isinstance(content, bytes) else content.encode()
        with open(path, "wb") as fh:
            fh.write(data)


def run(argv, cwd, stdin=None):
    try:
        p = subprocess.run(argv, cwd=cwd, input=(stdin or "").encode(), capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"status": -1, "stdout": "", "stderr": "timed out"}
    return {
        "status": p.returncode,
        "stdout": p.stdout.decode("utf-8", "surrogateescape"),
        "stderr": p.stderr.decode("utf-8", "surrogateescape"),
    }


def oracle_answer(case, folder):
    """Helm's answer: the oracle's stderr is Helm's `Error: ...` line; exit 1 on failure."""
    got = run([ORACLE] + case["oracle"], folder)
    if got["status"] != 0 and "Traceback" in got["stderr"]:
        print(f"{case['name']}: the oracle has no answer (it failed itself): "
              f"{got['stderr'].strip().splitlines()[-1]}", file=sys.stderr)
        return None
    return {"status": 0 if got["status"] == 0 else 1, "stderr": got["stderr"], "stdout": got["stdout"]}


DEBUG_HINT = "\nUse --debug flag to render out invalid YAML\n"


def known_divergence(helm, mine):
    """Differences that come from the oracle, not from Helm: the oracle runs Helm's SDK, so
    it lacks what Helm's CLI adds to an error."""
    if mine["status"] == helm["status"] and mine["stderr"] == helm["stderr"] + DEBUG_HINT:
        return ("helm template's CLI adds `Use --debug flag to render out invalid YAML` after any error of "
                "the render stage (pkg/cmd/template.go, when the install action returns a release); the oracle "
                "calls Helm's SDK, which does not (chartc prints the CLI's text)")
    return None


def chartc_answer(case, folder, chartc):
    with tempfile.TemporaryDirectory() as scratch:
        work = os.path.join(scratch, "case")
        shutil.copytree(folder, work, symlinks=True)
        os.remove(os.path.join(work, "case.json")) if os.path.exists(os.path.join(work, "case.json")) else None
        return run([chartc] + case["args"], work, case.get("stdin"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chartc", default=os.path.join(ROOT, ".build", "debug", "chartc"))
    ap.add_argument("--only", nargs="*")
    a = ap.parse_args()
    names = [c["name"] for c in CASES]
    if len(names) != len(set(names)):
        sys.exit("duplicate case names")
    if not a.only and os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT, exist_ok=True)
    unexplained = []
    for case in CASES:
        if a.only and case["name"] not in a.only:
            continue
        folder = os.path.join(OUT, case["name"])
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
        write_files(folder, case.get("files", {}))
        for setup in case.get("setup", []):
            subprocess.run(setup, shell=True, cwd=folder, check=True)
        mine = chartc_answer(case, folder, a.chartc)
        record = {"description": case["description"], "args": case["args"]}
        if "stdin" in case:
            record["stdin"] = case["stdin"]
        helm = oracle_answer(case, folder) if "oracle" in case else None
        if helm is not None:
            record["oracle"] = case["oracle"]
            same = mine["status"] == helm["status"] and mine["stderr"] == helm["stderr"] and (
                helm["status"] != 0 or mine["stdout"] == helm["stdout"])
            if same:
                record["source"] = "helm"
                expected = helm
            else:
                record["source"] = "chartc"
                record["helm"] = {"status": helm["status"], "stderr": helm["stderr"]}
                record["divergence"] = case.get("divergence") or known_divergence(helm, mine) or "UNEXPLAINED"
                if record["divergence"] == "UNEXPLAINED":
                    unexplained.append((case["name"], helm, mine))
                expected = mine
        else:
            record["source"] = "chartc"
            expected = mine
        record["status"] = expected["status"]
        record["stderr"] = expected["stderr"]
        record["stdout"] = expected["stdout"]
        with open(os.path.join(folder, "case.json"), "w") as fh:
            json.dump(record, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
    for name, helm, mine in unexplained:
        print(f"UNEXPLAINED divergence in {name}:\n  helm   {helm['status']}: {helm['stderr'][:400]!r}\n"
              f"  chartc {mine['status']}: {mine['stderr'][:400]!r}", file=sys.stderr)
    print(f"{len(CASES)} cases, {len(unexplained)} unexplained divergences", file=sys.stderr)


if __name__ == "__main__":
    main()
