#!/usr/bin/env python3
"""`make bench`: what chartc costs as users run it, next to Helm, in one run.

Sections (all by default; `--sections` picks some):
  charts     every corpus chart (`../shared/corpus/cases/<chart>/default`, run from the case
             folder with the case's `args`) and every product chart of chartc.yaml (the `prod`
             environment):
               cold   CPU time (user + sys) of one whole `chartc render` process, median of
                      --rounds runs, taken in --rounds passes over all the charts (a burst
                      of load on the machine lands on one run of a chart, not on all);
               first  `chartc bench`'s first in-process iteration (empty caches), wall ms;
               warm   CPU ms of one in-process `chartc bench` render once warm: the CPU of
                      a bench of 1 + n renders minus that of a bench of 1, divided by n
                      (n: --iterations, or more for a short render, enough for ~300 ms;
                      the median of --rounds such pairs where they are short);
               helm   the same for `helm-oracle bench` (Helm's in-process `helm template`);
             and the ratios cold/helm and warm/helm (below 1: chartc is faster).
  synthetic  a generated chart of --synthetic-objects objects, each `include`d and
             `tpl`-rendered, measured as a chart above.
  start      process start: CPU time of `chartc --version`.
  validate   `chartc validate` over the corpus render (every case's expected.yaml, which
             chartc reproduces byte for byte), objects per CPU-second and per wall second;
             and `render --validate` against `render` per corpus chart (cold CPU, medians).
             `--kubernetes-validate` adds the `kubernetes-validate` PyPI package on the same
             files (installed in a venv under /tmp).
`--instructions FILE` instead counts instructions (valgrind callgrind, all threads) of one
cold `chartc render` for a fixed set of charts and writes the table to FILE (markdown) with
the commit it measured: instruction counts do not move with the load of a shared machine.

CPU time is used for whole processes because the machine is shared; each figure is a median.
Environment: CHARTC (default .build/release/chartc), SHARED (default ../shared).
Skips gracefully when ../shared (the corpus and helm-oracle) is absent.
"""
import argparse
import glob
import json
import math
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
KUBE_VERSION = "v1.36.0"
# The charts whose instruction counts are kept (docs/performance.md): small, large, the
# slowest relative to Helm, and the ones dominated by one stage.
INSTRUCTION_CHARTS = [
    "vault", "istio-gateway", "alertmanager", "argo-cd", "keda", "fluentd", "istiod",
    "kube-prometheus-stack", "product/control-plane", "synthetic",
]


def shared_dir():
    for c in (os.environ.get("SHARED"), os.path.join(ROOT, "..", "shared")):
        if c and os.path.isdir(os.path.join(c, "corpus", "cases")):
            return os.path.abspath(c)
    return None


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def cpu_run(cmd, cwd, stdout=subprocess.DEVNULL):
    """Runs `cmd`; returns (CPU seconds of the child, wall seconds, exit code)."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_utime + usage.ru_stime, wall, p.returncode


def cold_cpu_ms(cmd, cwd, rounds):
    """Median CPU milliseconds of `rounds` runs of `cmd`, or None when it fails."""
    samples = []
    for _ in range(rounds):
        cpu, _, code = cpu_run(cmd, cwd)
        if code != 0:
            return None
        samples.append(cpu * 1000)
    return median(samples)


class Job:
    """One chart to measure: where to run, the chart argument, its flags."""

    def __init__(self, label, cwd, chart, args, chartc_only=()):
        self.label, self.cwd, self.chart, self.args = label, cwd, chart, list(args)
        self.chartc_only = list(chartc_only)

    def render_command(self, chartc, *extra):
        """`chartc render [NAME] CHART ...` (render takes the release name as `helm template`
        does, positionally; `--name` is `helm-oracle bench`'s spelling)."""
        name, rest, i = [], [], 0
        while i < len(self.args):
            if self.args[i] == "--name" and i + 1 < len(self.args):
                name = [self.args[i + 1]]
                i += 2
                continue
            rest.append(self.args[i])
            i += 1
        return [chartc, "render"] + name + [self.chart] + rest + self.chartc_only + list(extra)


def corpus_jobs(shared):
    cases = os.path.join(shared, "corpus", "cases")
    for chart in sorted(os.listdir(cases)):
        case = os.path.join(cases, chart, "default")
        args_file = os.path.join(case, "args")
        if not os.path.isfile(args_file):
            continue
        with open(args_file, encoding="utf-8") as f:
            args = shlex.split(f.read())
        yield Job(chart, case, "../../../charts/" + chart, args)


def product_jobs():
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
        yield Job("product/" + entry["chart"], ROOT, entry["path"], args, ["--kube-version", entry["kubeVersion"]])


def synthetic_chart(objects):
    """A chart of `objects` ConfigMaps, each built by an `include`d definition whose body is
    rendered again through `tpl` (generated under /tmp, reused when it exists)."""
    path = "/tmp/chartc-bench-synthetic-%d" % objects
    marker = os.path.join(path, ".complete")
    if os.path.exists(marker):
        return path
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(os.path.join(path, "templates"))
    with open(os.path.join(path, "Chart.yaml"), "w") as f:
        f.write("apiVersion: v2\nname: synthetic\nversion: 0.1.0\n")
    with open(os.path.join(path, "values.yaml"), "w") as f:
        f.write("count: %d\nprefix: item\nlabels:\n  team: bench\n  tier: backend\n"
                "body: |\n  name: {{ .name }}\n  index: {{ .index }}\n  size: {{ mul .index 3 }}\n" % objects)
    with open(os.path.join(path, "templates", "_helpers.tpl"), "w") as f:
        f.write('{{- define "synthetic.labels" -}}\n'
                '{{- range $k, $v := .Values.labels }}\n{{ $k }}: {{ $v | quote }}\n{{- end }}\n'
                '{{- end -}}\n'
                '{{- define "synthetic.object" -}}\n'
                'apiVersion: v1\nkind: ConfigMap\nmetadata:\n'
                '  name: {{ printf "%s-%d" .root.Values.prefix .index }}\n'
                '  labels: {{- include "synthetic.labels" .root | trim | nindent 4 }}\n'
                'data:\n  body: |\n'
                '{{ tpl .root.Values.body (dict "name" (printf "n%d" .index) "index" .index'
                ' "Template" .root.Template) | indent 4 }}\n'
                '{{- end -}}\n')
    with open(os.path.join(path, "templates", "objects.yaml"), "w") as f:
        f.write('{{- range $i := until (int .Values.count) }}\n---\n'
                '{{ include "synthetic.object" (dict "root" $ "index" $i) }}\n{{- end }}\n')
    open(marker, "w").close()
    return path


def synthetic_job(objects):
    return Job("synthetic", ROOT, synthetic_chart(objects), ["--name", "synthetic", "-n", "default"])


def json_cpu_run(cmd, cwd):
    """(parsed JSON stdout, CPU seconds of the process and its children) or (None, error)."""
    with open("/tmp/chartc-bench-out.json", "wb") as out:
        cpu, _, code = cpu_run(cmd, cwd, stdout=out)
    if code != 0:
        return None, "exit %d" % code
    try:
        with open("/tmp/chartc-bench-out.json") as f:
            return json.load(f), cpu
    except json.JSONDecodeError as e:
        return None, "bad JSON: %s" % e


# In-process renders timed per measurement, at least: a process's own start and exit vary by a
# millisecond or two, which must stay a small part of the difference measured.
WARM_TARGET_MS = 300


def in_process_cpu_ms(cmd, cwd, iterations, rounds):
    """CPU milliseconds of one in-process render: the CPU of a `bench` process running
    1 + n renders minus that of one running 1, divided by n (wall time inside a process
    counts the other loads of a shared machine; CPU time does not). n is `iterations`, or more
    for a chart whose render is short: enough renders for about WARM_TARGET_MS (the time of
    one, from the first process's report), at most 1,000. Where that many renders take
    little time in all, the figure is the median of `rounds` such pairs of processes."""
    figures = []
    many = None
    pairs = 1
    while len(figures) < pairs:
        one, cpu_one = json_cpu_run(cmd + ["--iterations", "1"], cwd)
        if one is None:
            return None, None, cpu_one
        if not figures:
            each_ms = max(one.get("template", {}).get("median_ms", 0.0), 0.01)
            n = max(iterations, min(1000, math.ceil(WARM_TARGET_MS / each_ms)))
            pairs = rounds if n * each_ms <= 2 * WARM_TARGET_MS else 1
        many, cpu_many = json_cpu_run(cmd + ["--iterations", str(n + 1)], cwd)
        if many is None:
            return None, None, cpu_many
        figures.append(max(cpu_many - cpu_one, 0) * 1000 / n)
    return median(figures), many, None


def cold_passes(jobs, chartc, rounds):
    """Cold CPU milliseconds by job label: the median of `rounds` runs, taken in `rounds`
    passes over all the jobs (one run of each per pass), so that a burst of load on the
    shared machine lands on one run of several charts, not on every run of one; None for a
    job whose render fails."""
    samples = {job.label: [] for job in jobs}
    failed = set()
    for _ in range(rounds):
        for job in jobs:
            if job.label in failed:
                continue
            cpu, _, code = cpu_run(job.render_command(chartc), job.cwd)
            if code != 0:
                failed.add(job.label)
            else:
                samples[job.label].append(cpu * 1000)
    return {label: None if label in failed else median(xs) for label, xs in samples.items()}


def measure_chart(job, chartc, oracle, rounds, iterations, cold):
    """{cold, first, warm, helm} for one job (CPU ms; `cold` measured by `cold_passes`), or an
    error string."""
    if cold is None:
        return "chartc render failed"
    warm, mine, err = in_process_cpu_ms(
        [chartc, "bench", job.chart] + job.args + job.chartc_only, job.cwd, iterations, rounds)
    if warm is None:
        return "chartc bench: %s" % err
    helm, _, err = in_process_cpu_ms([oracle, "bench", job.chart] + job.args, job.cwd, iterations, rounds)
    if helm is None:
        return "helm-oracle bench: %s" % err
    return {
        "cold": cold,
        "first": mine.get("first", {}).get("template_ms", float("nan")),
        "warm": warm,
        "helm": helm,
    }


def section_charts(jobs, chartc, oracle, args, summary):
    header = "%-30s %9s %9s %9s %9s %8s %8s" % (
        "chart", "cold ms", "first ms", "warm ms", "helm ms", "cold/h", "warm/h")
    print(header)
    print("-" * len(header))
    cold_ratios, warm_ratios = [], []
    colds = cold_passes(jobs, chartc, args.rounds)
    for job in jobs:
        m = measure_chart(job, chartc, oracle, args.rounds, args.iterations, colds[job.label])
        if isinstance(m, str):
            print("%-30s error: %s" % (job.label, m[:120]))
            continue
        cr, wr = m["cold"] / m["helm"], m["warm"] / m["helm"]
        if job.label == "synthetic":
            summary["synthetic cold/helm"] = "%.3f (cold %.0f ms, helm %.0f ms)" % (cr, m["cold"], m["helm"])
            summary["synthetic warm/helm"] = "%.3f" % wr
        else:
            cold_ratios.append((cr, job.label))
            warm_ratios.append((wr, job.label))
        print("%-30s %9.1f %9.1f %9.1f %9.1f %8.3f %8.3f" % (
            job.label, m["cold"], m["first"], m["warm"], m["helm"], cr, wr))
        sys.stdout.flush()
    if cold_ratios:
        worst = max(cold_ratios)
        summary["charts"] = str(len(cold_ratios))
        summary["cold/helm median"] = "%.3f" % median([r for r, _ in cold_ratios])
        summary["cold/helm worst"] = "%.3f (%s)" % worst
        summary["charts above 1.0x cold"] = ", ".join(l for r, l in sorted(cold_ratios, reverse=True) if r > 1) or "none"
        summary["warm/helm median"] = "%.3f" % median([r for r, _ in warm_ratios])
        summary["warm/helm worst"] = "%.3f (%s)" % max(warm_ratios)


def section_start(chartc, args, summary):
    ms = cold_cpu_ms([chartc, "--version"], ROOT, max(args.rounds, 5))
    print("process start: `chartc --version` %.1f ms CPU (median of %d)" % (ms, max(args.rounds, 5)))
    summary["chartc --version CPU ms"] = "%.1f" % ms


def corpus_render_files(shared):
    """Every corpus case's recorded render, copied to one folder; (folder, files)."""
    out_dir = "/tmp/chartc-bench-validate"
    os.makedirs(out_dir, exist_ok=True)
    for old in glob.glob(os.path.join(out_dir, "*.yaml")):
        os.remove(old)
    files = []
    for case in sorted(glob.glob(os.path.join(shared, "corpus", "cases", "*", "*"))):
        expected = os.path.join(case, "expected.yaml")
        if not os.path.exists(os.path.join(case, "args")) or not os.path.exists(expected):
            continue
        target = os.path.join(out_dir, os.path.basename(os.path.dirname(case)) + "__" + os.path.basename(case) + ".yaml")
        shutil.copyfile(expected, target)
        files.append(target)
    return out_dir, files


def count_objects(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    return sum(1 for doc in re.split(r"(?m)^---\s*$", text) if re.search(r"(?m)^kind:", doc))


def section_validate(shared, chartc, args, jobs, summary):
    out_dir, files = corpus_render_files(shared)
    cmd = [chartc, "validate", "--kube-version", KUBE_VERSION, "--output", "json", out_dir]
    samples = []
    report = None
    for _ in range(args.rounds):
        with open("/tmp/chartc-bench-validate.json", "wb") as out:
            cpu, wall, _ = cpu_run(cmd, ROOT, stdout=out)
        samples.append((cpu, wall))
        try:
            with open("/tmp/chartc-bench-validate.json") as f:
                report = json.load(f)["summary"]
        except Exception as e:  # noqa: BLE001
            print("chartc validate failed: %s" % e)
            return
    n = report["resources"]
    cpu, wall = median([c for c, _ in samples]), median([w for _, w in samples])
    print("chartc validate: %d files, %d objects: %.2f s CPU, %.2f s wall = %.0f objects per CPU-second, "
          "%.0f objects/s wall (valid %d, invalid %d, errors %d, skipped %d)" % (
              len(files), n, cpu, wall, n / cpu, n / wall,
              report["valid"], report["invalid"], report["errors"], report["skipped"]))
    summary["validate objects/s (wall)"] = "%.0f" % (n / wall)
    summary["validate objects per CPU-s"] = "%.0f" % (n / cpu)
    if args.kubernetes_validate:
        kubernetes_validate(files)
    ratios = []
    for job in jobs:
        if job.label.startswith("product/") or job.label == "synthetic":
            continue
        plain = cold_cpu_ms(job.render_command(chartc), job.cwd, args.rounds)
        checked = cold_cpu_ms(job.render_command(chartc, "--validate"), job.cwd, args.rounds)
        if plain is None or checked is None:
            continue  # a chart whose render does not validate (invalid objects) exits 1
        ratios.append((checked / plain, job.label))
    if ratios:
        print("render --validate / render (cold CPU): median %.3f, worst %.3f (%s), %d charts" % (
            median([r for r, _ in ratios]), *max(ratios), len(ratios)))
        summary["render --validate / render median"] = "%.3f" % median([r for r, _ in ratios])
        summary["render --validate / render worst"] = "%.3f (%s)" % max(ratios)


def kubernetes_validate(files):
    venv = os.environ.get("KV_VENV", "/tmp/kv-venv")
    kv = os.path.join(venv, "bin", "kubernetes-validate")
    if not os.path.exists(kv):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([os.path.join(venv, "bin", "pip"), "install", "-q", "kubernetes-validate"], check=True)
    objects = sum(count_objects(f) for f in files)
    cpu, wall, code = cpu_run([kv, "-k", KUBE_VERSION.lstrip("v"), "--quiet", "--no-warn"] + files, ROOT)
    print("kubernetes-validate: %d objects: %.2f s CPU, %.2f s wall = %.0f objects per CPU-second, "
          "%.0f objects/s wall (exit %d)" % (objects, cpu, wall, objects / cpu, objects / wall, code))


def instructions(jobs, chartc, path):
    """Callgrind instruction counts of one cold `chartc render` per chart, as a markdown table."""
    if not shutil.which("valgrind"):
        print("bench: valgrind is not installed", file=sys.stderr)
        return 1
    commit = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    # valgrind gives up on the DWARF of the static-stdlib release binary; a stripped copy beside
    # it (same code, same schema lookup from its folder) is what it measures
    stripped = chartc + "-callgrind"
    if subprocess.run(["strip", "-o", stripped, chartc]).returncode == 0:
        chartc = stripped
    rows = []
    wanted = {j.label: j for j in jobs}
    cases = [("chartc --version", ROOT, [chartc, "--version"])]
    for label in INSTRUCTION_CHARTS:
        if label in wanted:
            cases.append(("render " + label, wanted[label].cwd, wanted[label].render_command(chartc)))
    for label, cwd, cmd in cases:
        p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + cmd,
                           cwd=cwd, capture_output=True, text=True)
        m = re.search(r"Collected : (\d+)", p.stderr)
        count = int(m.group(1)) if m else None
        rows.append((label, count))
        print("%-40s %s" % (label, "{:,}".format(count) if count else "failed"))
        sys.stdout.flush()
    with open(path) as f:
        text = f.read()
    table = ["| command | instructions (millions) |", "|---|---:|"]
    table += ["| `%s` | %s |" % (l, "{:,.1f}".format(c / 1e6) if c else "failed") for l, c in rows]
    block = ("<!-- instructions:begin -->\nMeasured at commit `%s` (release build, `valgrind --tool=callgrind`, "
             "all threads, one cold process each; `scripts/bench.py --instructions %s`).\n\n%s\n"
             "<!-- instructions:end -->" % (commit, os.path.relpath(path, ROOT), "\n".join(table)))
    text = re.sub(r"<!-- instructions:begin -->.*<!-- instructions:end -->", lambda _: block, text, flags=re.S)
    with open(path, "w") as f:
        f.write(text)
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sections", default="start,charts,synthetic,validate")
    parser.add_argument("--only", default=os.environ.get("BENCH_ONLY", ""), help="comma-separated chart names")
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", "3")))
    parser.add_argument("--iterations", type=int, default=int(os.environ.get("BENCH_ITERATIONS", "10")))
    parser.add_argument("--synthetic-objects", type=int, default=10000)
    parser.add_argument("--kubernetes-validate", action="store_true")
    parser.add_argument("--instructions", metavar="FILE")
    args = parser.parse_args()
    shared = shared_dir()
    if shared is None:
        print("bench: skipped, ../shared (corpus and helm-oracle) is absent")
        return 0
    oracle = os.path.join(shared, "tools", "helm-oracle")
    chartc = os.path.abspath(os.environ.get("CHARTC", os.path.join(ROOT, ".build", "release", "chartc")))
    if not os.access(chartc, os.X_OK):
        print("bench: %s not built (make bench builds it)" % chartc, file=sys.stderr)
        return 1
    sections = set(args.sections.split(","))
    only = set(filter(None, args.only.split(",")))
    jobs = [j for j in list(corpus_jobs(shared)) + list(product_jobs())
            if not only or j.label in only or j.label.split("/")[-1] in only]
    if args.instructions:
        return instructions(jobs + [synthetic_job(args.synthetic_objects)], chartc, args.instructions)
    summary = {}
    if "start" in sections:
        section_start(chartc, args, summary)
    chart_jobs = jobs if "charts" in sections else []
    if "synthetic" in sections:
        chart_jobs = chart_jobs + [synthetic_job(args.synthetic_objects)]
    if chart_jobs:
        section_charts(chart_jobs, chartc, oracle, args, summary)
    if "validate" in sections:
        section_validate(shared, chartc, args, jobs, summary)
    print("\nsummary (CPU medians over %d rounds; ratios chartc / Helm)" % args.rounds)
    for k, v in summary.items():
        print("  %-36s %s" % (k, v))
    return 0


if __name__ == "__main__":
    sys.exit(main())
