#!/usr/bin/env python3
"""`make bench`: chartc's render time against Helm's, chart by chart.

For every corpus chart (`../shared/corpus/cases/<chart>/default`, run from the case folder
with the case's `args`) and every product chart of chartc.yaml (the `prod` environment), runs
`chartc bench` (release build) and `helm-oracle bench`, both timing whole renders inside one
process, and prints chartc's median `template` time, Helm's, their ratio (chartc / Helm, below 1
means chartc is faster) and chartc's stage medians; then the median and worst ratio.

Environment: CHARTC (binary, default .build/release/chartc), BENCH_ITERATIONS (default 10),
BENCH_ONLY (comma-separated chart names), SHARED (default ../shared).
Skips gracefully when ../shared (the corpus and helm-oracle) is absent.
"""
import json
import os
import shlex
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))


def shared_dir():
    candidates = [os.environ.get("SHARED"), os.path.join(ROOT, "..", "shared")]
    for c in candidates:
        if c and os.path.isdir(os.path.join(c, "corpus", "cases")):
            return os.path.abspath(c)
    return None


def run_json(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if p.returncode != 0:
        return None, (p.stderr.strip().splitlines() or ["exit %d" % p.returncode])[-1]
    try:
        return json.loads(p.stdout), None
    except json.JSONDecodeError as e:
        return None, "bad JSON: %s" % e


def jobs(shared):
    """(label, cwd, chart path, extra args, chartc-only args)."""
    cases = os.path.join(shared, "corpus", "cases")
    for chart in sorted(os.listdir(cases)):
        case = os.path.join(cases, chart, "default")
        args_file = os.path.join(case, "args")
        if not os.path.isfile(args_file):
            continue
        with open(args_file, encoding="utf-8") as f:
            args = shlex.split(f.read())
        yield chart, case, "../../../charts/" + chart, args, []
    try:
        from charts_matrix import matrix
    except Exception as e:  # noqa: BLE001
        print("bench: chartc.yaml matrix unavailable (%s)" % e, file=sys.stderr)
        return
    for entry in matrix(env_filter="prod"):
        args = ["--name", entry["release"], "-n", entry["namespace"]]
        for v in entry["values"]:
            args += ["-f", v]
        for s in entry["set"]:
            args += ["--set", s]
        yield "product/" + entry["chart"], ROOT, entry["path"], args, ["--kube-version", entry["kubeVersion"]]


def main():
    shared = shared_dir()
    if shared is None:
        print("bench: skipped, ../shared (corpus and helm-oracle) is absent")
        return 0
    oracle = os.path.join(shared, "tools", "helm-oracle")
    chartc = os.path.abspath(os.environ.get("CHARTC", os.path.join(ROOT, ".build", "release", "chartc")))
    if not os.access(chartc, os.X_OK):
        print("bench: %s not built (make bench builds it)" % chartc, file=sys.stderr)
        return 1
    iterations = os.environ.get("BENCH_ITERATIONS", "10")
    only = set(filter(None, os.environ.get("BENCH_ONLY", "").split(",")))
    header = "%-34s %10s %10s %7s   %8s %8s %8s %8s" % (
        "chart", "chartc ms", "helm ms", "ratio", "load", "values", "render", "assembly")
    print(header)
    print("-" * len(header))
    ratios = []
    for label, cwd, chart, args, chartc_only in jobs(shared):
        if only and label not in only and label.split("/")[-1] not in only:
            continue
        mine, err1 = run_json([chartc, "bench", chart] + args + chartc_only + ["--iterations", iterations], cwd)
        helm, err2 = run_json([oracle, "bench", chart] + args + ["--iterations", iterations], cwd)
        if mine is None or helm is None:
            print("%-34s %s" % (label, "error: " + (err1 or err2 or "")[:120]))
            continue
        ours = mine["template"]["median_ms"]
        theirs = helm["template"]["median_ms"]
        ratio = ours / theirs if theirs > 0 else float("inf")
        ratios.append((ratio, label))
        st = mine.get("stages", {})
        print("%-34s %10.2f %10.2f %7.3f   %8.2f %8.2f %8.2f %8.2f" % (
            label, ours, theirs, ratio,
            *(st.get(k, {}).get("median_ms", 0.0) for k in ("load", "values", "render", "assembly"))))
        sys.stdout.flush()
    if ratios:
        worst = max(ratios)
        print("-" * len(header))
        print("charts: %d   median ratio (chartc/helm): %.3f   worst: %.3f (%s)   best: %.3f" % (
            len(ratios), statistics.median(r for r, _ in ratios), worst[0], worst[1], min(ratios)[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
