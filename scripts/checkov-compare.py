#!/usr/bin/env python3
"""Compare `chartc lint` with checkov (kubernetes framework) over the same rendered objects:
the visible corpus (../shared/corpus), every case as Helm renders it.

Usage: scripts/checkov-compare.py [--chartc BIN] [--checkov BIN] [--corpus DIR] [--work DIR]
                                  [--checkov-json F] [--chartc-json F] [--missed]
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
   of those objects chartc flags, or why chartc has no such rule. Objects the chart names at
   random (`randAlpha` in a test pod's name) are matched by kind and template instead.
5. Explains every object checkov flags and chartc does not: REASONS holds, per check, the
   reasons with a test on the object; the note counts the objects under each, and objects no
   reason explains are listed on stderr (`--missed` lists them all).

`--checkov-json F` reuses a checkov report (checkov takes minutes), `--chartc-json F` the
WORK/chartc.json of an earlier run.

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
        "chartc flags a policy other than Always only where the tag is mutable (latest or none)",
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
    out = {"name": "release-name", "namespace": "default", "values": [], "set": [], "set_string": [], "other": []}
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
        elif w == "--set-string":
            out["set_string"].append(value)
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


def set_string_file(key, expressions, sets, work):
    """`--set-string` expressions as a values file (every value a string), when that renders
    the same: plain `a.b=v` pairs, none of whose keys a `--set` also sets (Helm applies
    `--set-string` after the values files and `--set`). None otherwise."""
    values = {}
    paths = []
    for expression in expressions:
        for pair in expression.split(","):
            path, sep, value = pair.partition("=")
            if not sep or any(c in pair for c in "[]{}\\"):
                return None
            paths.append(path.split("."))
            node = values
            for part in path.split(".")[:-1]:
                node = node.setdefault(part, {})
                if not isinstance(node, dict):
                    return None
            node[path.split(".")[-1]] = value
    set_paths = [pair.partition("=")[0].split(".") for expression in sets for pair in expression.split(",")]
    for a in paths:
        for b in set_paths:
            if a[: len(b)] == b or b[: len(a)] == a:
                return None
    folder = os.path.join(work, "values")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, key + ".set-string.json")
    with open(path, "w") as f:
        json.dump(values, f)
    return path


def run_chartc(chartc, corpus, work, cases, saved=None):
    """chartc's findings (see `ChartcFindings`); the reports are kept in WORK/chartc.json."""
    if saved:
        with open(saved) as f:
            return ChartcFindings(json.load(f))
    lines = ["version: 1", "charts:"]
    single = []
    for key, info in cases.items():
        args = info["args"]
        values = [os.path.relpath(os.path.join(info["folder"], v), work) for v in args["values"]]
        if args["set_string"]:
            extra = set_string_file(key, args["set_string"], args["set"], work)
            if extra is None:
                single.append(key)
                continue
            values.append(os.path.relpath(extra, work))
        if args["other"]:
            single.append(key)
            continue
        path = os.path.relpath(chart_path(corpus, info["chart"]), work)
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
        if args["name"] != "release-name":
            print(
                f"{key}: `chartc lint CHART` renders as release-name, not {args['name']}: "
                "objects named after the release will not match", file=sys.stderr)
        flags = ["--namespace", args["namespace"]]
        for v in args["values"]:
            flags += ["-f", os.path.join(info["folder"], v)]
        for s in args["set"]:
            flags += ["--set", s]
        for s in args["set_string"]:
            flags += ["--set-string", s]
        report = lint(chartc, [chart_path(corpus, info["chart"])] + flags + args["other"], work)
        for chart in report["charts"]:
            chart["chart"] = key
        reports.append(report)
    with open(os.path.join(work, "chartc.json"), "w") as f:
        json.dump(reports, f)
    return ChartcFindings(reports)


class ChartcFindings:
    """chartc's JSON reports as `rules[case][rule]` = {(kind, name)} flagged and
    `files[case][(kind, name)]` = the files its findings point at."""

    def __init__(self, reports):
        self.rules = collections.defaultdict(lambda: collections.defaultdict(set))
        self.files = collections.defaultdict(lambda: collections.defaultdict(set))
        for report in reports:
            for chart in report["charts"]:
                for finding in chart["findings"]:
                    obj = finding.get("object")
                    if obj:
                        target = (obj["kind"], obj["name"])
                        self.rules[chart["chart"]][finding["rule"]].add(target)
                        if finding.get("file"):
                            self.files[chart["chart"]][target].add(finding["file"])


def lint(chartc, arguments, work):
    result = subprocess.run(
        [chartc, "lint", "-o", "json", "--color", "never"] + arguments, capture_output=True, text=True,
        cwd=work)
    if not result.stdout.strip():
        sys.exit(f"chartc lint {' '.join(arguments)} printed nothing (exit {result.returncode}):\n{result.stderr}")
    return json.loads(result.stdout)


class HelmObject:
    """One object of a case's Helm output: kind, name, the template it came from (`# Source:`),
    the decoded document and the namespace it is applied in."""

    def __init__(self, doc, source, release_namespace):
        metadata = doc.get("metadata") or {}
        self.doc = doc
        self.kind = doc.get("kind")
        self.name = metadata.get("name")
        self.namespace = metadata.get("namespace") or release_namespace
        self.source = source
        self.annotations = metadata.get("annotations") or {}

    @property
    def key(self):
        return (self.kind, self.name)

    @property
    def hook(self):
        """The `helm.sh/hook` annotation ("" when not a hook)."""
        return str(self.annotations.get("helm.sh/hook") or "")

    @property
    def pod_spec(self):
        """The pod spec of a Pod or workload, {} for anything else."""
        path = {"Pod": ["spec"], "CronJob": ["spec", "jobTemplate", "spec", "template", "spec"]}.get(
            self.kind, ["spec", "template", "spec"])
        node = self.doc
        for part in path:
            node = node.get(part) if isinstance(node, dict) else None
        return node if isinstance(node, dict) else {}

    @property
    def containers(self):
        spec = self.pod_spec
        return [c for c in (spec.get("initContainers") or []) + (spec.get("containers") or []) if isinstance(c, dict)]


def helm_objects(work, cases):
    """{case key: [HelmObject]}, read from the Helm output of every case."""
    import re

    import yaml

    objects = {}
    for key, info in cases.items():
        with open(os.path.join(work, "objects", key + ".yaml")) as f:
            text = f.read()
        objects[key] = []
        for chunk in re.split(r"^---[ \t]*$", text, flags=re.M):
            match = re.search(r"^# Source: (.*)$", chunk, flags=re.M)
            for doc in yaml.safe_load_all(chunk):
                if isinstance(doc, dict) and doc.get("kind"):
                    objects[key].append(
                        HelmObject(doc, match.group(1).strip() if match else "", info["args"]["namespace"]))
    return objects


def role_refs(objects):
    """{case key: {(binding kind, name): (role kind, name)}}, read from the objects."""
    refs = collections.defaultdict(dict)
    for key, items in objects.items():
        for obj in items:
            if obj.kind in ("RoleBinding", "ClusterRoleBinding"):
                ref = obj.doc.get("roleRef") or {}
                refs[key][obj.key] = (ref.get("kind"), ref.get("name"))
    return refs


def random_name_pairs(objects, chartc):
    """{case key: {Helm (kind, name): chartc (kind, name)}} for objects whose name the chart
    draws at random (`randAlpha`): Helm's output and chartc's render name them differently.
    An object chartc has no finding about is paired with the one object of the same kind,
    from the same template, that chartc reports and Helm's output does not hold."""
    pairs = collections.defaultdict(dict)
    for key, items in objects.items():
        helm_keys = {obj.key for obj in items}
        reported = chartc.files[key]
        unknown = [k for k in reported if k not in helm_keys]
        for obj in items:
            if obj.key in reported or "/" not in obj.source:
                continue
            tail = "/" + obj.source.split("/", 1)[1]
            found = [
                k for k in unknown if k[0] == obj.kind and any(f.endswith(tail) for f in reported[k])
            ]
            siblings = [o for o in items if o.kind == obj.kind and o.source == obj.source]
            if len(found) == 1 and len(siblings) == 1:
                pairs[key][obj.key] = found[0]
    return pairs


def bound_accounts(items):
    """{(namespace, service account)} that a RoleBinding or ClusterRoleBinding of the case binds."""
    bound = set()
    for obj in items:
        if obj.kind in ("RoleBinding", "ClusterRoleBinding"):
            for subject in obj.doc.get("subjects") or []:
                if isinstance(subject, dict) and subject.get("kind") == "ServiceAccount":
                    bound.add((subject.get("namespace") or obj.namespace, subject.get("name")))
    return bound


def image_tag(image):
    """"pinned" (a tag other than latest, or a digest), "latest" or "none"."""
    if "@" in image:
        return "pinned"
    name = image.rsplit("/", 1)[-1]
    if ":" not in name:
        return "none"
    return "latest" if name.split(":", 1)[1] == "latest" else "pinned"


def seccomp_type(context):
    return ((context or {}).get("seccompProfile") or {}).get("type")


# Why chartc does not flag an object checkov flags: checkov check id -> [(label, reason,
# test)]; test(object, objects of its case) says whether the reason holds. Each object counts
# under the first reason that holds; the note gives the counts, and objects no reason explains
# are listed on stderr and counted as "not explained". A check without reasons has its one
# explanation in COVERAGE's note.
HELM_TEST = (
    "helm test pod",
    "`helm test` pods (`helm.sh/hook: test`, {n}): they run once and exit, so a probe has nothing "
    "to watch; chartc's probe rules look at long-running pods only",
    lambda obj, items: "test" in obj.hook,
)
HELM_HOOK = (
    "install/upgrade hook",
    "install and upgrade hooks (`helm.sh/hook`, {n}): Helm runs them once and deletes them (such as "
    "an image-puller DaemonSet that runs before an upgrade), so they are not long-running",
    lambda obj, items: obj.hook != "",
)
REASONS = {
    "CKV_K8S_8": [HELM_TEST, HELM_HOOK],
    "CKV_K8S_9": [HELM_TEST, HELM_HOOK],
    "CKV_K8S_15": [
        (
            "pinned images",
            "every image pinned to a tag or digest ({n}): IfNotPresent is the recommended policy for "
            "those, not a defect",
            lambda obj, items: all(image_tag(str(c.get("image", ""))) == "pinned" for c in obj.containers),
        ),
        (
            "mutable image, policy unset",
            "a `latest` or untagged image with no policy set ({n}): Kubernetes defaults the policy to "
            "Always for those (the tag itself is `latest-tag`'s or `image-tag-missing`'s)",
            lambda obj, items: all(
                image_tag(str(c.get("image", ""))) == "pinned" or c.get("imagePullPolicy") in (None, "Always")
                for c in obj.containers),
        ),
    ],
    "CKV_K8S_31": [
        (
            "CronJob, containers set the profile",
            "CronJobs whose every container sets `seccompProfile: RuntimeDefault` itself ({n}): checkov "
            "reads a CronJob's profile at pod level only (other kinds' per container too), chartc per container",
            lambda obj, items: obj.kind == "CronJob" and obj.containers and all(
                seccomp_type(c.get("securityContext")) in ("RuntimeDefault", "Localhost") for c in obj.containers),
        ),
    ],
    "CKV_K8S_38": [
        (
            "service account bound",
            "pods whose service account a RoleBinding or ClusterRoleBinding of the release binds ({n}): "
            "they call the API and need the token. checkov flags every pod that does not set "
            "`automountServiceAccountToken: false`; chartc a token mounted for an account no role is bound to",
            lambda obj, items: (
                obj.namespace,
                obj.pod_spec.get("serviceAccountName") or obj.pod_spec.get("serviceAccount") or "default",
            ) in bound_accounts(items),
        ),
    ],
}


def table(cases, checkov, names, chartc, objects):
    """The rows, and {check: [(case key, (kind, name), reason or None)]} of the objects
    checkov flags and chartc does not."""
    refs = role_refs(objects)
    pairs = random_name_pairs(objects, chartc)
    by_key = {key: {obj.key: obj for obj in items} for key, items in objects.items()}
    rows = []
    missed = {}
    for check in sorted(names, key=lambda c: (c.split("_")[0], int(c.split("_")[-1]))):
        flagged_objects = [(key, obj) for key in cases for obj in sorted(checkov[key].get(check, ()))]
        rules, note = COVERAGE.get(check, ([], "not yet classified"))

        def flagged(key, obj):
            targets = [obj] + [m[obj] for m in (refs[key], pairs[key]) if obj in m]
            return any(t in chartc.rules[key].get(r, ()) for t in targets for r in rules)

        both = [(key, obj) for key, obj in flagged_objects if flagged(key, obj)]
        missed[check] = []
        counts = collections.Counter()
        if rules:
            for key, obj in flagged_objects:
                if flagged(key, obj):
                    continue
                helm = by_key[key].get(obj)
                reason = next(
                    (r for r in REASONS.get(check, []) if helm and r[2](helm, objects[key])), None)
                missed[check].append((key, obj, reason))
                counts[reason] += 1
        explained = [r[1].format(n=counts[r]) for r in REASONS.get(check, []) if counts[r]]
        if counts[None] and (check in REASONS or not note):
            explained.append(f"not explained ({counts[None]})")
        if explained:
            gap = f"chartc does not flag {sum(counts.values())} of them: " + "; ".join(explained)
            note = f"{note}. {gap}" if note else gap
        rows.append((check, names[check], len(flagged_objects), rules, len(both), note))
    return rows, missed


def write(rows, out, case_count):
    lines = [
        "# chartc lint and checkov over the same objects",
        "",
        "<!-- Generated by scripts/checkov-compare.py; do not edit. -->",
        "",
        f"The visible corpus ({case_count} cases of `../shared/corpus`, each rendered as Helm renders it) "
        "checked by checkov's kubernetes framework and by `chartc lint` (default configuration). "
        "For every checkov check that fails on some object: how many objects it flags, the chartc "
        "rule that covers it, and how many of those same objects (matched by case, kind and name; "
        "an object the chart names at random, such as a test pod named with `randAlpha`, by kind "
        "and template) chartc flags with that rule; where chartc has no rule or counts differ, why.",
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
    parser.add_argument("--chartc-json", help="WORK/chartc.json of an earlier run: chartc's reports, not linted again")
    parser.add_argument("--missed", action="store_true",
                        help="also list every object checkov flags and chartc does not, with its reason")
    parser.add_argument("--out", default=os.path.join(ROOT, "docs", "checkov-comparison.md"))
    options = parser.parse_args()
    os.makedirs(options.work, exist_ok=True)
    cases = collect(os.path.abspath(options.corpus), options.work)
    checkov, names = run_checkov(options.checkov, options.work, options.checkov_json)
    chartc = run_chartc(
        os.path.abspath(options.chartc), os.path.abspath(options.corpus), options.work, cases, options.chartc_json)
    rows, missed = table(cases, checkov, names, chartc, helm_objects(options.work, cases))
    write(rows, options.out, len(cases))
    for check, name, count, rules, both, note in rows:
        print(f"{check:12} {count:5} {','.join(rules) or '-':40} {both:5}  {name}")
    for check, items in missed.items():
        for key, (kind, name), reason in items:
            unexplained = reason is None and (check in REASONS or not COVERAGE.get(check, ([], ""))[1])
            if options.missed or unexplained:
                label = reason[0] if reason else "not explained" if unexplained else "see the note"
                print(f"  {check} not flagged by chartc: {key} {kind}/{name} ({label})",
                      file=sys.stdout if options.missed else sys.stderr)

if __name__ == "__main__":
    main()
