#!/usr/bin/env python3
"""Compare `chartc lint` with checkov (kubernetes framework) over the same rendered objects:
the visible corpus (../shared/corpus), every case as Helm renders it.

Usage: scripts/checkov-compare.py [--chartc BIN] [--checkov BIN] [--corpus DIR] [--work DIR]
                                  [--out docs/checkov-comparison.md]

1. Collects the objects: each case's `expected.yaml` (Helm's `helm template` stream, which
   chartc renders byte for byte) is copied to WORK/objects/<chart>--<case>.yaml.
2. Runs checkov once over that folder (`--framework kubernetes -o json`).
3. Runs `chartc lint -o json` once over a generated project file whose matrix holds every
   case (chart path, release, namespace, values files and --set expressions of its `args`),
   so chartc renders the same objects; cases whose flags a matrix cannot express are linted
   one by one with the same flags.
4. Matches both by case, kind and name (checkov puts objects without a namespace in
   `default`, chartc in the release namespace) and writes the table: for every checkov check
   that fails somewhere, the objects it flags, the chartc rule that covers it and how many
   of those objects chartc flags, or why chartc has no such rule.

Checkov is not a dependency of chartc: install it in a scratch venv
(`python3 -m venv /tmp/checkov && /tmp/checkov/bin/pip install checkov`).
"""
import argparse
import collections
import json
import os
import shlex
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# checkov check id -> (chartc rules that cover it, note). An empty rule list carries the
# reason chartc has no such rule.
COVERAGE = {
    "CKV_K8S_1": (["host-pid"], "PodSecurityPolicy form; chartc checks the pod itself"),
    "CKV_K8S_8": (["liveness-probe-missing"], ""),
    "CKV_K8S_9": (["readiness-probe-missing"], ""),
    "CKV_K8S_10": (["cpu-requests-missing"], ""),
    "CKV_K8S_11": (["cpu-limits-missing"], ""),
    "CKV_K8S_12": (["memory-requests-missing"], ""),
    "CKV_K8S_13": (["memory-limits-missing"], ""),
    "CKV_K8S_14": (["latest-tag", "image-tag-missing"], ""),
    "CKV_K8S_15": (
        ["image-pull-policy"],
        "chartc flags the policy only where the tag is mutable (latest or none): a pinned tag "
        "pulled IfNotPresent is the recommended setting, not a defect",
    ),
    "CKV_K8S_16": (["privileged-container"], ""),
    "CKV_K8S_17": (["host-pid"], ""),
    "CKV_K8S_18": (["host-ipc"], ""),
    "CKV_K8S_19": (["host-network"], ""),
    "CKV_K8S_20": (["privilege-escalation"], ""),
    "CKV_K8S_21": (
        [],
        "not a chart defect: a chart renders objects without a namespace and Helm applies them "
        "in the release namespace (`-n`); checkov sees a bare manifest and assumes `default`",
    ),
    "CKV_K8S_22": (["read-only-root-fs"], ""),
    "CKV_K8S_23": (["run-as-non-root"], ""),
    "CKV_K8S_25": (
        ["dangerous-capabilities"],
        "checkov flags any added capability; chartc only those that give power over the node or other workloads (SYS_ADMIN, NET_ADMIN, NET_RAW, ALL, ...). The 18 objects add NET_BIND_SERVICE after dropping ALL (ingress-nginx binding 80/443 as non-root) or CHOWN / DAC_OVERRIDE (Grafana's volume-chown init container): least privilege, not a defect",
    ),
    "CKV_K8S_26": (["host-port"], ""),
    "CKV_K8S_27": (["container-runtime-socket"], ""),
    "CKV_K8S_28": (["capabilities-drop-all"], "NET_RAW is in the default set a container keeps unless it drops ALL"),
    "CKV_K8S_29": (
        ["run-as-non-root"],
        "an empty pod securityContext is not a defect in itself; what matters (root, escalation, "
        "capabilities, seccomp) has its own rule",
    ),
    "CKV_K8S_30": (
        ["run-as-non-root"],
        "as CKV_K8S_29, per container; chartc reports the settings that are missing, not the empty block",
    ),
    "CKV_K8S_31": (["seccomp-profile-missing"], ""),
    "CKV_K8S_32": (["seccomp-profile-missing"], "PodSecurityPolicy form"),
    "CKV_K8S_35": (
        ["env-secret-literal"],
        "chartc flags credentials written into env literally; a secretKeyRef in env is the "
        "documented way many images take credentials, and files are not always possible",
    ),
    "CKV_K8S_37": (["capabilities-drop-all"], ""),
    "CKV_K8S_38": (["service-account-token-automount"], ""),
    "CKV_K8S_39": (["dangerous-capabilities"], ""),
    "CKV_K8S_40": (
        [],
        "a UID above 10000 only avoids clashing with host users, which user namespaces and "
        "runAsNonRoot address; many official images fix their UID (e.g. 1000, 472) and cannot change it",
    ),
    "CKV_K8S_41": (["default-service-account"], ""),
    "CKV_K8S_42": (["default-service-account"], ""),
    "CKV_K8S_43": (
        [],
        "digests are a release-process choice (a tag pinned per chart version is the Helm norm); "
        "chartc flags what changes under a release: `latest-tag`, `image-tag-missing`",
    ),
    "CKV_K8S_49": (["wildcard-rbac"], ""),
    "CKV_K8S_155": (
        ["rbac-escalation"],
        "chartc leaves out rules restricted with `resourceNames` (the usual caBundle patch of the "
        "chart's own webhook configuration)",
    ),
    "CKV_K8S_156": (
        ["wildcard-rbac", "rbac-escalation"],
        "fired here only by `*` verbs on `*` resources (`wildcard-rbac`); an explicit approve is `rbac-escalation`'s",
    ),
    "CKV_K8S_157": (
        ["wildcard-rbac", "rbac-escalation"],
        "fired here only by `*` verbs on `*` resources (`wildcard-rbac`); an explicit bind is `rbac-escalation`'s",
    ),
    "CKV_K8S_158": (
        ["wildcard-rbac", "rbac-escalation"],
        "fired here only by `*` verbs on `*` resources (`wildcard-rbac`); an explicit escalate is `rbac-escalation`'s",
    ),
    "CKV2_K8S_5": (
        ["cluster-secret-access", "wildcard-rbac"],
        "graph check; checkov names the binding, chartc the ClusterRole it binds (matched through "
        "`roleRef`). chartc flags Secret access across the cluster only: a RoleBinding to the "
        "Secrets of the release's own namespace is what many operators need",
    ),
}


def parse_args(text):
    """The case's `args` line as name, namespace, values files and --set-family flags."""
    words = shlex.split(text)
    out = {"name": "release-name", "namespace": "default", "values": [], "set": [], "other": []}
    i = 0
    while i < len(words):
        w = words[i]
        value = words[i + 1] if i + 1 < len(words) else ""
        if w == "--name":
            out["name"] = value
        elif w in ("-n", "--namespace"):
            out["namespace"] = value
        elif w in ("-f", "--values"):
            out["values"].append(value)
        elif w == "--set":
            out["set"].append(value)
        else:
            out["other"] += [w, value]
        i += 2
    return out


def collect(corpus, work):
    """Copies every case's Helm output; returns {case key: case info}."""
    objects = os.path.join(work, "objects")
    shutil.rmtree(objects, ignore_errors=True)
    os.makedirs(objects)
    cases = {}
    for chart in sorted(os.listdir(os.path.join(corpus, "cases"))):
        for case in sorted(os.listdir(os.path.join(corpus, "cases", chart))):
            folder = os.path.join(corpus, "cases", chart, case)
            expected = os.path.join(folder, "expected.yaml")
            if not os.path.exists(expected):
                continue
            with open(os.path.join(folder, "args")) as f:
                args = parse_args(f.read().strip())
            key = f"{chart}--{case}"
            shutil.copy(expected, os.path.join(objects, key + ".yaml"))
            cases[key] = {"chart": chart, "case": case, "folder": folder, "args": args}
    return cases


def run_checkov(checkov, work, saved=None):
    """{case key: {check id: {(kind, name)}}} and {check id: check name}."""
    if saved:
        with open(saved) as f:
            reports = json.load(f)
    else:
        result = subprocess.run(
            [checkov, "-d", os.path.join(work, "objects"), "--framework", "kubernetes", "-o", "json",
             "--quiet", "--compact", "--skip-download"],
            capture_output=True, text=True)
        if not result.stdout.strip():
            sys.exit(f"checkov printed nothing (exit {result.returncode}):\n{result.stderr}")
        with open(os.path.join(work, "checkov.json"), "w") as f:
            f.write(result.stdout)
        reports = json.loads(result.stdout)
    if isinstance(reports, dict):
        reports = [reports]
    flagged = collections.defaultdict(lambda: collections.defaultdict(set))
    names = {}
    for report in reports:
        for failed in report.get("results", {}).get("failed_checks", []):
            key = os.path.basename(failed["file_path"])[: -len(".yaml")]
            kind, _, rest = failed["resource"].partition(".")
            name = rest.split(".", 1)[1] if "." in rest else rest
            flagged[key][failed["check_id"]].add((kind, name))
            names[failed["check_id"]] = failed["check_name"]
    return flagged, names


def chart_path(corpus, chart):
    """The chart folder of a case (the Istio charts live under other folder names)."""
    for candidate in (chart, "istio-" + chart):
        path = os.path.join(corpus, "charts", candidate)
        if os.path.exists(path):
            return path
    for folder in os.listdir(os.path.join(corpus, "charts")):
        path = os.path.join(corpus, "charts", folder, "Chart.yaml")
        with open(path) as f:
            if any(line.strip() == f"name: {chart}" for line in f):
                return os.path.dirname(path)
    sys.exit(f"no chart folder for {chart}")


def run_chartc(chartc, corpus, work, cases):
    """{case key: {rule: {(kind, name)}}}."""
    lines = ["version: 1", "charts:"]
    single = []
    for key, info in cases.items():
        args = info["args"]
        if args["other"]:
            single.append(key)
            continue
        path = os.path.relpath(chart_path(corpus, info["chart"]), work)
        values = [os.path.relpath(os.path.join(info["folder"], v), work) for v in args["values"]]
        lines += [
            f"  - name: {json.dumps(key)}",
            f"    path: {json.dumps(path)}",
            f"    release: {json.dumps(args['name'])}",
            f"    namespace: {json.dumps(args['namespace'])}",
            "    environments:",
            f"      case: {{values: {json.dumps(values)}, set: {json.dumps(args['set'])}}}",
        ]
    project = os.path.join(work, "chartc.yaml")
    with open(project, "w") as f:
        f.write("\n".join(lines) + "\n")
    reports = [lint(chartc, ["--project", project], work)]
    for key in single:
        info = cases[key]
        args = info["args"]
        flags = ["--namespace", args["namespace"]]
        for v in args["values"]:
            flags += ["-f", os.path.join(info["folder"], v)]
        for s in args["set"]:
            flags += ["--set", s]
        report = lint(chartc, [chart_path(corpus, info["chart"])] + flags + args["other"], work)
        for chart in report["charts"]:
            chart["chart"] = key
        reports.append(report)
    flagged = collections.defaultdict(lambda: collections.defaultdict(set))
    for report in reports:
        for chart in report["charts"]:
            for finding in chart["findings"]:
                obj = finding.get("object")
                if obj:
                    flagged[chart["chart"]][finding["rule"]].add((obj["kind"], obj["name"]))
    return flagged


def lint(chartc, arguments, work):
    result = subprocess.run(
        [chartc, "lint", "-o", "json", "--color", "never"] + arguments, capture_output=True, text=True,
        cwd=work)
    if not result.stdout.strip():
        sys.exit(f"chartc lint {' '.join(arguments)} printed nothing (exit {result.returncode}):\n{result.stderr}")
    return json.loads(result.stdout)


def role_refs(work, cases):
    """{case key: {(binding kind, name): (role kind, name)}}, read from the objects."""
    import yaml

    refs = collections.defaultdict(dict)
    for key in cases:
        with open(os.path.join(work, "objects", key + ".yaml")) as f:
            for doc in yaml.safe_load_all(f):
                if isinstance(doc, dict) and doc.get("kind") in ("RoleBinding", "ClusterRoleBinding"):
                    ref = doc.get("roleRef") or {}
                    name = (doc.get("metadata") or {}).get("name")
                    refs[key][(doc["kind"], name)] = (ref.get("kind"), ref.get("name"))
    return refs


def table(cases, checkov, names, chartc, refs):
    rows = []
    for check in sorted(names, key=lambda c: (c.split("_")[0], int(c.split("_")[-1]))):
        objects = [(key, obj) for key in cases for obj in checkov[key].get(check, ())]
        rules, note = COVERAGE.get(check, ([], "not yet classified"))

        def flagged(key, obj):
            targets = [obj] + ([refs[key][obj]] if obj in refs[key] else [])
            return any(t in chartc[key].get(r, ()) for t in targets for r in rules)

        both = [(key, obj) for key, obj in objects if flagged(key, obj)]
        rows.append((check, names[check], len(objects), rules, len(both), note))
    return rows


def write(rows, out, case_count):
    lines = [
        "# chartc lint and checkov over the same objects",
        "",
        "<!-- Generated by scripts/checkov-compare.py; do not edit. -->",
        "",
        f"The visible corpus ({case_count} cases of `../shared/corpus`, each rendered as Helm renders it) "
        "checked by checkov's kubernetes framework and by `chartc lint` (default configuration). "
        "For every checkov check that fails on some object: how many objects it flags, the chartc "
        "rule that covers it, and how many of those same objects (matched by case, kind and name) "
        "chartc flags with that rule; where chartc has no rule or counts differ, why.",
        "",
        "| checkov check | what it checks | objects (checkov) | chartc rule | of those, chartc flags | note |",
        "|---|---|---:|---|---:|---|",
    ]
    for check, name, count, rules, both, note in rows:
        rule_text = ", ".join(f"`{r}`" for r in rules) if rules else "—"
        both_text = str(both) if rules else "—"
        lines.append(f"| {check} | {name.replace('|', '/')} | {count} | {rule_text} | {both_text} | {note} |")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chartc", default=os.path.join(ROOT, ".build/release/chartc"))
    parser.add_argument("--checkov", default=shutil.which("checkov") or "/tmp/checkov/bin/checkov")
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    parser.add_argument("--work", default="/tmp/chartc-checkov-compare")
    parser.add_argument("--checkov-json", help="a checkov JSON report of WORK/objects made before (checkov is slow)")
    parser.add_argument("--out", default=os.path.join(ROOT, "docs", "checkov-comparison.md"))
    options = parser.parse_args()
    os.makedirs(options.work, exist_ok=True)
    cases = collect(os.path.abspath(options.corpus), options.work)
    checkov, names = run_checkov(options.checkov, options.work, options.checkov_json)
    chartc = run_chartc(os.path.abspath(options.chartc), os.path.abspath(options.corpus), options.work, cases)
    rows = table(cases, checkov, names, chartc, role_refs(options.work, cases))
    write(rows, options.out, len(cases))
    for check, name, count, rules, both, note in rows:
        print(f"{check:12} {count:5} {','.join(rules) or '-':40} {both:5}  {name}")


if __name__ == "__main__":
    main()
