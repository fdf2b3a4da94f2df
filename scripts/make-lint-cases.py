#!/usr/bin/env python3
"""Build the lint conformance set: small broken or unusual charts with Helm's lint report.

Each case is a small mutation of a corpus chart (../shared/corpus/charts) or of a product
chart (charts/), written to Tests/PolicyTests/LintCases/<case>/:

  chart/          the mutated chart
  args            extra `helm lint` arguments (-f FILE, --set E, --strict, --kube-version V),
                  one line, paths relative to the case folder (may be empty)
  *.yaml          values files the args name
  expected.json   `helm-oracle lint chart ARGS`, with the chart's absolute path written
                  as `<chart>` (Helm prints it in dependency messages)

It also writes Tests/PolicyTests/CorpusLint/<chart>/<case>.json: Helm's lint report for every
corpus case (the case's values, no namespace or release flags: `helm lint` takes neither).

usage: scripts/make-lint-cases.py [--shared ../shared] [--only NAME-SUBSTRING] [--corpus-only|--cases-only]
"""
import argparse, concurrent.futures, json, os, shutil, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "PolicyTests", "LintCases")
CORPUS_OUT = os.path.join(ROOT, "Tests", "PolicyTests", "CorpusLint")


def base(name, shared):
    """The source folder and the files a base keeps (small copies of real charts)."""
    corpus = os.path.join(shared, "corpus", "charts")
    bases = {
        "kibana": (os.path.join(corpus, "kibana"),
                   ["Chart.yaml", "values.yaml", ".helmignore", "templates/_helpers.tpl", "templates/NOTES.txt",
                    "templates/configmap.yaml", "templates/service.yaml", "templates/deployment.yaml"]),
        "tempo": (os.path.join(corpus, "tempo"),
                  ["Chart.yaml", "values.yaml", ".helmignore", "templates/_helpers.tpl", "templates/_ports.tpl",
                   "templates/configmap-tempo.yaml", "templates/service.yaml", "templates/serviceaccount.yaml",
                   "templates/statefulset.yaml"]),
        "control-plane": (os.path.join(ROOT, "charts", "control-plane"),
                          ["Chart.yaml", "values.yaml", "values.schema.json", ".helmignore", "templates/_helpers.tpl",
                           "templates/NOTES.txt", "templates/configmap.yaml", "templates/deployments.yaml",
                           "templates/pdb.yaml", "templates/serviceaccount.yaml", "templates/services.yaml",
                           "templates/rbac.yaml"]),
    }
    return bases[name]


class Case:
    def __init__(self, name, base_name, args=""):
        self.name, self.base, self.args = name, base_name, args
        self.edits = []
        self.values = {}

    def edit(self, fn):
        self.edits.append(fn)
        return self


def copy_base(case, shared, dest):
    src, keep = base(case.base, shared)
    for rel in keep:
        s = os.path.join(src, rel)
        if not os.path.exists(s):
            continue
        d = os.path.join(dest, rel)
        os.makedirs(os.path.dirname(d), exist_ok=True)
        shutil.copyfile(s, d)


# --- small file helpers used by the mutations -------------------------------------------

def read(d, rel):
    with open(os.path.join(d, rel)) as f:
        return f.read()


def write(d, rel, text):
    p = os.path.join(d, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w") as f:
        f.write(text)


def remove(d, rel):
    p = os.path.join(d, rel)
    if os.path.isdir(p):
        shutil.rmtree(p)
    elif os.path.exists(p):
        os.remove(p)


def set_field(key, line):
    """Replace (or add) a top-level Chart.yaml field; `line` None removes it."""
    def fn(d):
        out, skipping = [], False
        for l in read(d, "Chart.yaml").splitlines():
            if skipping and (l.startswith(" ") or l.startswith("-") or l == ""):
                continue
            skipping = False
            if l.startswith(key + ":"):
                skipping = True
                continue
            out.append(l)
        if line is not None:
            out.append(line)
        write(d, "Chart.yaml", "\n".join(out) + "\n")
    return fn


def chart_text(text):
    return lambda d: write(d, "Chart.yaml", text)


def template(rel, text):
    return lambda d: write(d, "templates/" + rel, text)


def only_templates(*keep):
    def fn(d):
        for f in os.listdir(os.path.join(d, "templates")):
            if f not in keep:
                remove(d, "templates/" + f)
    return fn


def subchart(name, chart_yaml=None, files=None):
    def fn(d):
        sub = os.path.join(d, "charts", name)
        write(sub, "Chart.yaml", chart_yaml or f"apiVersion: v2\nname: {name}\nversion: 0.1.0\n")
        write(sub, "values.yaml", "enabled: true\nreplicas: 1\n")
        for rel, text in (files or {"templates/cm.yaml": CM}).items():
            write(sub, rel, text)
    return fn


def deps(*items):
    body = "".join(f"  - {i}\n" for i in items)
    return set_field("dependencies", "dependencies:\n" + body.rstrip("\n"))


CM = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-cm\ndata:\n  a: b\n"
CRD = """apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  names: {kind: Widget, plural: widgets}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema: {openAPIV3Schema: {type: object}}
"""


def obj(api, kind, name, extra=""):
    return f"apiVersion: {api}\nkind: {kind}\nmetadata:\n  name: {name}\n{extra}"


WORKLOAD_SPEC = """spec:
  selector:
    matchLabels: {app: x}
  template:
    metadata: {labels: {app: x}}
    spec:
      containers: [{name: x, image: "nginx:1.27"}]
"""


def cases():
    out = []

    def add(name, base_name="kibana", args="", *edits, values=None):
        c = Case(name, base_name, args)
        for e in edits:
            c.edit(e)
        c.values = values or {}
        out.append(c)
        return c

    # unchanged bases
    for b in ("kibana", "tempo", "control-plane"):
        add(f"{b}-unchanged", b)
        add(f"{b}-unchanged-strict", b, "--strict")

    # --- Chart.yaml: each field wrong in each way ---------------------------------------
    for b in ("kibana", "control-plane"):
        add(f"{b}-name-missing", b, "", set_field("name", None))
        add(f"{b}-name-empty", b, "", set_field("name", 'name: ""'))
        add(f"{b}-name-slash", b, "", set_field("name", "name: foo/bar"))
        add(f"{b}-apiversion-missing", b, "", set_field("apiVersion", None))
        add(f"{b}-apiversion-v3", b, "", set_field("apiVersion", "apiVersion: v3"))
        add(f"{b}-apiversion-bogus", b, "", set_field("apiVersion", "apiVersion: v2beta1"))
        add(f"{b}-version-missing", b, "", set_field("version", None))
        add(f"{b}-version-not-semver", b, "", set_field("version", "version: banana"))
        add(f"{b}-version-float", b, "", set_field("version", "version: 1.2"))
        add(f"{b}-version-two-parts", b, "", set_field("version", 'version: "1.2"'))
        add(f"{b}-version-v-prefix", b, "", set_field("version", 'version: "v1.2.3"'))
        add(f"{b}-version-zero", b, "", set_field("version", 'version: "0.0.0"'))
        add(f"{b}-apprversion-float", b, "", set_field("appVersion", "appVersion: 1.5"))
        add(f"{b}-icon-missing", b, "", set_field("icon", None))
        add(f"{b}-icon-not-url", b, "", set_field("icon", "icon: kibana.png"))
        add(f"{b}-unknown-field", b, "", set_field("colour", "colour: blue"))
        add(f"{b}-unknown-field-strict", b, "--strict", set_field("colour", "colour: blue"))
        add(f"{b}-chartyaml-broken", b, "", chart_text("apiVersion: v2\nname: [broken\nversion: 1.0.0\n"))
    add("version-prerelease-leading-zero", "kibana", "", set_field("version", 'version: "1.2.3-01"'))
    add("version-build-metadata", "kibana", "", set_field("version", 'version: "1.2.3+build.7"'))
    add("version-prerelease", "kibana", "", set_field("version", 'version: "1.2.3-rc.1"'))
    add("version-int", "kibana", "", set_field("version", "version: 2"))
    add("version-prerelease-zero", "kibana", "", set_field("version", 'version: "0.0.0-alpha"'))
    add("appversion-int", "kibana", "", set_field("appVersion", "appVersion: 7"))
    add("appversion-bool", "kibana", "", set_field("appVersion", "appVersion: true"))
    add("appversion-missing", "kibana", "", set_field("appVersion", None))
    add("name-uppercase", "kibana", "", set_field("name", "name: Kibana"))
    add("name-dot", "kibana", "", set_field("name", 'name: "."'))
    add("name-with-space", "kibana", "", set_field("name", 'name: "my chart"'))
    add("name-number", "kibana", "", set_field("name", "name: 42"))
    add("maintainer-null", "kibana", "", set_field("maintainers", "maintainers:\n  -"))
    add("maintainer-no-name", "kibana", "", set_field("maintainers", "maintainers:\n  - email: a@b.io"))
    add("maintainer-bad-email", "kibana", "", set_field("maintainers", "maintainers:\n  - name: x\n    email: not-an-email"))
    add("maintainer-bad-url", "kibana", "", set_field("maintainers", "maintainers:\n  - name: x\n    url: 'ht tp://bad url'"))
    add("maintainer-good-url-no-scheme", "kibana", "", set_field("maintainers", "maintainers:\n  - name: x\n    url: example.com/team"))
    add("maintainer-second-bad", "kibana", "", set_field("maintainers", "maintainers:\n  - name: x\n  - name: y\n    email: y@"))
    add("maintainer-email-plus", "kibana", "", set_field("maintainers", "maintainers:\n  - name: x\n    email: first.last+tag@example.co.uk"))
    add("maintainers-not-list", "kibana", "", set_field("maintainers", "maintainers: someone"))
    add("sources-empty-entry", "kibana", "", set_field("sources", 'sources:\n  - ""'))
    add("sources-no-scheme", "kibana", "", set_field("sources", "sources:\n  - github.com/elastic/kibana"))
    add("sources-relative", "kibana", "", set_field("sources", "sources:\n  - /elastic/kibana"))
    add("sources-ok-and-bad", "kibana", "", set_field("sources", "sources:\n  - https://ok.io\n  - 'bad source'"))
    add("icon-ftp", "kibana", "", set_field("icon", "icon: ftp://example.com/icon.png"))
    add("icon-scheme-only", "kibana", "", set_field("icon", "icon: 'https:'"))
    add("icon-data-uri", "kibana", "", set_field("icon", "icon: data:image/png;base64,AAAA"))
    add("type-on-v1", "kibana", "", set_field("type", "type: application"))
    add("type-library-v1", "kibana", "", set_field("type", "type: library"))
    add("type-library-v2", "control-plane", "", set_field("type", "type: library"))
    add("type-bogus-v2", "control-plane", "", set_field("type", "type: service"))
    add("dependencies-on-v1", "kibana", "", deps("name: sub\n    version: 0.1.0"), subchart("sub"))
    add("kubeversion-unmet", "control-plane", "", set_field("kubeVersion", 'kubeVersion: ">=1.40.0"'))
    add("kubeversion-unmet-flag", "control-plane", "--kube-version v1.20.0")
    add("kubeversion-invalid", "control-plane", "", set_field("kubeVersion", 'kubeVersion: "banana"'))
    add("annotations-number", "kibana", "", set_field("annotations", "annotations:\n  count: 3"))
    add("keywords-not-list", "kibana", "", set_field("keywords", "keywords: search"))
    add("home-number", "kibana", "", set_field("home", "home: 12"))
    add("deprecated-true", "kibana", "", set_field("deprecated", "deprecated: true"))
    add("chartyaml-empty", "kibana", "", chart_text(""))
    add("chartyaml-list", "kibana", "", chart_text("- apiVersion: v2\n"))
    add("chartyaml-tab", "kibana", "", chart_text("apiVersion: v2\nname: kibana\n\tversion: 1.0.0\n"))
    add("chartyaml-duplicate-key", "kibana", "", chart_text("apiVersion: v2\nname: kibana\nname: other\nversion: 1.0.0\n"))
    add("chartyaml-directory", "kibana", "", lambda d: (remove(d, "Chart.yaml"), write(d, "Chart.yaml/keep", "x\n")))

    # --- values ------------------------------------------------------------------------
    add("values-missing", "kibana", "", lambda d: remove(d, "values.yaml"))
    add("values-empty", "kibana", "", lambda d: write(d, "values.yaml", ""))
    add("values-broken-yaml", "kibana", "", lambda d: write(d, "values.yaml", "replicas: [1\n"))
    add("values-tab-indent", "kibana", "", lambda d: write(d, "values.yaml", "service:\n\tport: 80\n"))
    add("values-list-top", "kibana", "", lambda d: write(d, "values.yaml", "- a\n- b\n"))
    add("values-scalar-top", "kibana", "", lambda d: write(d, "values.yaml", "just text\n"))
    add("values-override-file", "kibana", "-f override.yaml", values={"override.yaml": "replicas: 3\nservice:\n  type: NodePort\n"})
    add("values-override-broken-name", "kibana", "-f override.yaml", values={"override.yaml": "fullnameOverride: Bad_Name\n"})
    add("values-set-name", "kibana", "--set fullnameOverride=UPPER")
    add("values-set-string", "kibana", "--set-string httpPort=abc")
    add("schema-defaults-violate", "control-plane", "",
        lambda d: write(d, "values.yaml", read(d, "values.yaml").replace("enabled: true", "enabled: 'yes'", 1)))
    add("schema-override-violates", "control-plane", "-f bad.yaml", values={"bad.yaml": "manager:\n  replicas: many\n"})
    add("schema-override-violates-strict", "control-plane", "--strict -f bad.yaml", values={"bad.yaml": "manager:\n  replicas: many\n"})
    add("schema-set-violates", "control-plane", "--set manager.replicas=-4")
    add("schema-invalid-json", "control-plane", "", lambda d: write(d, "values.schema.json", "{ not json"))
    add("schema-empty-file", "control-plane", "", lambda d: write(d, "values.schema.json", ""))
    add("schema-required-missing", "kibana", "", lambda d: write(d, "values.schema.json",
        '{"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "required": ["licenseKey"]}'))
    add("schema-type-wrong", "kibana", "", lambda d: write(d, "values.schema.json",
        '{"type": "object", "properties": {"replicas": {"type": "string"}}}'))
    # (no additionalProperties case: Helm lists the extra keys in Go's random map order)
    add("schema-enum", "kibana", "--set service.type=NodePort", lambda d: write(d, "values.schema.json",
        '{"type": "object", "properties": {"service": {"type": "object", "properties": {"type": {"enum": ["ClusterIP"]}}}}}'))
    add("schema-not-object", "kibana", "", lambda d: write(d, "values.schema.json", '[1, 2]'))
    add("schema-2020", "kibana", "", lambda d: write(d, "values.schema.json",
        '{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": {"replicas": {"maximum": 0}}}'))
    add("schema-subchart-violates", "kibana", "",
        subchart("sub", files={"templates/cm.yaml": CM, "values.schema.json": '{"type":"object","properties":{"replicas":{"type":"string"}}}'}),
        deps("name: sub\n    version: 0.1.0"), set_field("apiVersion", "apiVersion: v2"))

    # --- templates -----------------------------------------------------------------------
    add("templates-missing", "kibana", "", lambda d: remove(d, "templates"))
    add("templates-missing-strict", "kibana", "--strict", lambda d: remove(d, "templates"))
    add("templates-is-file", "kibana", "", lambda d: (remove(d, "templates"), write(d, "templates", "oops\n")))
    add("templates-empty-dir", "kibana", "", lambda d: (remove(d, "templates"), write(d, "templates/.gitkeep", "")))
    add("template-parse-error", "kibana", "", template("broken.yaml", "kind: ConfigMap\nname: {{ .Values.x \n"))
    add("template-unknown-function", "kibana", "", template("broken.yaml", "a: {{ nosuchfunc 1 }}\n"))
    add("template-nil-pointer", "kibana", "", template("broken.yaml", "a: {{ .Values.nothing.deeper }}\n"))
    add("template-fail-lintmode", "kibana", "", template("fail.yaml", '{{ fail "boom" }}\n' + CM))
    add("template-required-lintmode", "kibana", "", template("req.yaml",
        obj("v1", "ConfigMap", '{{ required "need a name" .Values.cmName }}')))
    add("template-bad-extension-json", "kibana", "", template("extra.json", '{"a": 1}\n'))
    add("template-bad-extension-md", "kibana", "", template("README.md", "# hi\n"))
    add("template-no-extension", "kibana", "", template("LICENSE", "text\n"))
    add("template-yml-extension", "kibana", "", template("cm.yml", CM))
    add("template-txt-extension", "kibana", "", template("notes.txt", "hello {{ .Release.Name }}\n"))
    add("template-invalid-yaml", "kibana", "", template("bad.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n   bad: indent\n"))
    add("template-invalid-yaml-second-doc", "kibana", "", template("bad.yaml", CM + "---\nkey: [unclosed\n"))
    add("template-top-indent", "kibana", "", template("indent.yaml", "  apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: indented\n"))
    add("template-top-indent-tab", "kibana", "", template("indent.yaml", "\tkey: value\n"))
    add("template-json-document", "kibana", "", template("json.yaml",
        '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "from-json"}}\n'))
    add("template-scalar-document", "kibana", "", template("scalar.yaml", "just a string\n"))
    add("template-list-document", "kibana", "", template("list.yaml", "- a\n- b\n"))
    add("template-name-int", "kibana", "", template("n.yaml", obj("v1", "ConfigMap", "12345")))
    add("template-name-list", "kibana", "", template("n.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [a]\n"))
    add("template-empty-docs", "kibana", "", template("e.yaml", "---\n---\n# only a comment\n---\n" + CM))
    add("template-only-whitespace", "kibana", "", template("ws.yaml", "{{- if false }}x{{ end }}\n\n"))
    add("template-subdir", "kibana", "", template("sub/dir/cm.yaml", obj("v1", "ConfigMap", "Sub_Dir")))
    add("template-no-kind", "kibana", "", template("nokind.yaml", "apiVersion: v1\nmetadata:\n  name: Bad_Name\n"))
    add("template-no-metadata", "kibana", "", template("nometa.yaml", "apiVersion: v1\nkind: ConfigMap\ndata: {}\n"))
    for kind, name in [("ConfigMap", "Upper_Case"), ("ConfigMap", "a" * 254), ("ConfigMap", "-leading"),
                       ("Service", "dotted.name"), ("Service", "1starts-with-digit"), ("Namespace", "team.a"),
                       ("ServiceAccount", "Robot"), ("Role", "has/slash"), ("ClusterRoleBinding", "%bad"),
                       ("Role", ".."), ("CertificateSigningRequest", "Any_Thing"), ("Deployment", "Web_App"),
                       ("Widget", "UPPER"), ("Secret", "ends-with-dash-")]:
        extra = WORKLOAD_SPEC if kind == "Deployment" else ""
        api = {"Deployment": "apps/v1", "Role": "rbac.authorization.k8s.io/v1",
               "ClusterRoleBinding": "rbac.authorization.k8s.io/v1",
               "CertificateSigningRequest": "certificates.k8s.io/v1", "Widget": "example.com/v1"}.get(kind, "v1")
        safe = name[:20].replace("/", "slash").replace(".", "dot").replace("%", "pct").replace("_", "-").lower().strip("-")
        add(f"name-{kind.lower()}-{safe}", "kibana", "", only_templates("_helpers.tpl"),
            template("obj.yaml", obj(api, kind, f'"{name}"', extra)))
    add("name-service-too-long", "kibana", "", only_templates("_helpers.tpl"), template("svc.yaml",
        obj("v1", "Service", "s" * 64, "spec:\n  ports: [{port: 80}]\n")))
    add("name-from-values-strict", "kibana", "--strict --set fullnameOverride=Kib_Ana")
    add("name-empty-strict", "kibana", "--strict", only_templates("_helpers.tpl"), template("obj.yaml", obj("v1", "ConfigMap", '""')))
    add("selector-missing-deployment", "kibana", "", only_templates("_helpers.tpl"), template("d.yaml",
        obj("apps/v1", "Deployment", "web", "spec:\n  template:\n    spec:\n      containers: [{name: x, image: y}]\n")))
    add("selector-missing-statefulset", "kibana", "", only_templates("_helpers.tpl"), template("d.yaml",
        obj("apps/v1", "StatefulSet", "db", "spec:\n  serviceName: db\n")))
    add("selector-missing-daemonset", "kibana", "", only_templates("_helpers.tpl"), template("d.yaml",
        obj("apps/v1", "DaemonSet", "agent", "spec: {}\n")))
    add("selector-missing-replicaset", "kibana", "", only_templates("_helpers.tpl"), template("d.yaml",
        obj("apps/v1", "ReplicaSet", "rs", "spec: {}\n")))
    add("selector-in-other-doc", "kibana", "", only_templates("_helpers.tpl"), template("d.yaml",
        obj("apps/v1", "Deployment", "web", "spec: {}\n") + "---\n" + obj("v1", "ConfigMap", "cm", "data:\n  matchLabels: here\n")))
    add("selector-expressions", "kibana", "", only_templates("_helpers.tpl"), template("d.yaml",
        obj("apps/v1", "Deployment", "web", "spec:\n  selector:\n    matchExpressions: [{key: app, operator: Exists}]\n")))
    add("list-resource-policy", "kibana", "", only_templates("_helpers.tpl"), template("l.yaml",
        "apiVersion: v1\nkind: List\nmetadata:\n  name: l\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: kept\n      annotations:\n        helm.sh/resource-policy: keep\n"))
    add("list-no-policy", "kibana", "", only_templates("_helpers.tpl"), template("l.yaml",
        "apiVersion: v1\nkind: List\nmetadata:\n  name: l\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: plain\n"))

    # --- deprecated APIs, with and without --kube-version ----------------------------------
    deprecated = [("extensions/v1beta1", "Ingress"), ("networking.k8s.io/v1beta1", "Ingress"),
                  ("batch/v1beta1", "CronJob"), ("policy/v1beta1", "PodDisruptionBudget"),
                  ("autoscaling/v2beta2", "HorizontalPodAutoscaler"), ("autoscaling/v2beta1", "HorizontalPodAutoscaler"),
                  ("rbac.authorization.k8s.io/v1beta1", "ClusterRole"), ("apps/v1beta2", "Deployment"),
                  ("storage.k8s.io/v1beta1", "CSIStorageCapacity"), ("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema"),
                  ("discovery.k8s.io/v1beta1", "EndpointSlice"), ("policy/v1beta1", "PodSecurityPolicy"),
                  ("admissionregistration.k8s.io/v1beta1", "ValidatingWebhookConfiguration"),
                  ("v1", "ComponentStatus"), ("resource.k8s.io/v1beta1", "ResourceClaim")]
    for api, kind in deprecated:
        extra = "spec:\n  selector:\n    matchLabels: {a: b}\n" if kind == "Deployment" else ""
        slug = f"{api.replace('/', '-').replace('.', '-')}-{kind.lower()}"
        add(f"deprecated-{slug}", "kibana", "", only_templates("_helpers.tpl"), template("old.yaml", obj(api, kind, "old", extra)))
    for kv in ("v1.16.0", "1.20", "v1.22.0", "v1.25.3", "v1.29.0", "v1.33.0"):
        add(f"deprecated-mixed-kube-{kv}", "kibana", f"--kube-version {kv}", only_templates("_helpers.tpl"), template("old.yaml",
            "\n---\n".join(obj(a, k, f"o{i}") for i, (a, k) in enumerate(deprecated[:5]))))
    add("deprecated-strict", "kibana", "--strict", only_templates("_helpers.tpl"), template("old.yaml", obj("batch/v1beta1", "CronJob", "c")))
    add("kube-version-invalid", "kibana", "--kube-version banana")
    add("capabilities-kube-version", "kibana", "--kube-version v1.30.2", template("cap.yaml",
        obj("v1", "ConfigMap", "cap", "data:\n  v: {{ .Capabilities.KubeVersion.Version | quote }}\n")))

    # --- dependencies ----------------------------------------------------------------------
    v2 = set_field("apiVersion", "apiVersion: v2")
    add("dependency-missing-in-charts", "kibana", "", v2, deps("name: redis\n    version: 1.0.0\n    repository: https://charts.example.com"))
    add("dependency-not-in-metadata", "kibana", "", v2, subchart("extra"))
    add("dependency-ok", "kibana", "", v2, subchart("sub"), deps("name: sub\n    version: 0.1.0"))
    add("dependency-duplicate-name", "kibana", "", v2, subchart("sub"), deps("name: sub\n    version: 0.1.0", "name: sub\n    version: 0.1.0"))
    add("dependency-alias", "kibana", "", v2, subchart("sub"), deps("name: sub\n    version: 0.1.0\n    alias: first", "name: sub\n    version: 0.1.0\n    alias: second"))
    add("dependency-alias-clash", "kibana", "", v2, subchart("sub"), deps("name: sub\n    version: 0.1.0\n    alias: twin", "name: other\n    version: 0.1.0\n    alias: twin"))
    add("dependency-alias-bad-chars", "kibana", "", v2, subchart("sub"), deps("name: sub\n    version: 0.1.0\n    alias: bad.alias"))
    add("dependency-condition-false", "kibana", "--set sub.enabled=false", v2, subchart("sub"), deps("name: sub\n    version: 0.1.0\n    condition: sub.enabled"))
    add("dependency-subchart-broken-chartyaml", "kibana", "", v2, subchart("sub", chart_yaml="name: [oops\n"), deps("name: sub\n    version: 0.1.0"))
    add("dependency-subchart-no-version", "kibana", "", v2, subchart("sub", chart_yaml="apiVersion: v2\nname: sub\n"), deps("name: sub\n    version: 0.1.0"))
    add("dependency-subchart-template-error", "kibana", "", v2, subchart("sub", files={"templates/x.yaml": "{{ .Values.no.such }}\n"}), deps("name: sub\n    version: 0.1.0"))
    add("dependency-subchart-bad-names", "kibana", "", v2, subchart("sub", files={"templates/x.yaml": obj("v1", "ConfigMap", "Bad_Sub")}), deps("name: sub\n    version: 0.1.0"))
    add("dependency-null-entry", "kibana", "", v2, set_field("dependencies", "dependencies:\n  -"))
    add("dependency-requirements-v1", "kibana", "", subchart("sub"), lambda d: write(d, "requirements.yaml", "dependencies:\n  - name: sub\n    version: 0.1.0\n"))
    add("dependency-requirements-v1-missing", "kibana", "", lambda d: write(d, "requirements.yaml", "dependencies:\n  - name: gone\n    version: 0.1.0\n"))
    add("dependency-underscore-dir", "kibana", "", v2, subchart("_ignored"))
    add("dependency-name-mismatch", "kibana", "", v2, subchart("dir", chart_yaml="apiVersion: v2\nname: realname\nversion: 0.1.0\n"), deps("name: dir\n    version: 0.1.0"))
    add("tempo-dependency-missing", "tempo", "", deps("name: minio\n    version: 4.0.0\n    condition: minio.enabled"))
    add("control-plane-dependency-missing", "control-plane", "", deps("name: common\n    version: 2.x.x"))

    # --- CRDs ------------------------------------------------------------------------------
    add("crd-ok", "kibana", "", lambda d: write(d, "crds/widgets.yaml", CRD))
    add("crds-is-file", "kibana", "", lambda d: write(d, "crds", "not a dir\n"))
    add("crd-wrong-apiversion", "kibana", "", lambda d: write(d, "crds/w.yaml", CRD.replace("apiextensions.k8s.io/v1", "example.com/v1")))
    add("crd-beta-apiversion", "kibana", "", lambda d: write(d, "crds/w.yaml", CRD.replace("apiextensions.k8s.io/v1", "apiextensions.k8s.io/v1beta1")))
    add("crd-wrong-kind", "kibana", "", lambda d: write(d, "crds/w.yaml", CRD.replace("kind: CustomResourceDefinition", "kind: ConfigMap")))
    add("crd-templated", "kibana", "", lambda d: write(d, "crds/w.yaml", "apiVersion: {{ .Values.api }}\nkind: CustomResourceDefinition\n"))
    add("crd-invalid-yaml", "kibana", "", lambda d: write(d, "crds/w.yaml", "apiVersion: apiextensions.k8s.io/v1\nkind: [\n"))
    add("crd-multidoc-second-bad", "kibana", "", lambda d: write(d, "crds/w.yaml", CRD + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n"))
    add("crd-empty-file", "kibana", "", lambda d: write(d, "crds/empty.yaml", ""))
    add("crd-json", "kibana", "", lambda d: write(d, "crds/w.json", '{"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition"}'))
    add("crd-nested-dir", "kibana", "", lambda d: write(d, "crds/nested/w.yaml", CRD.replace("kind: CustomResourceDefinition", "kind: Widget")))
    add("crd-in-subchart", "kibana", "", v2, subchart("sub", files={"templates/cm.yaml": CM, "crds/bad.yaml": "kind: Widget\n"}), deps("name: sub\n    version: 0.1.0"))
    add("crd-two-files-two-errors", "kibana", "", lambda d: (write(d, "crds/a.yaml", "apiVersion: v1\nkind: A\n"), write(d, "crds/b.yaml", "apiVersion: v1\nkind: B\n")))

    # --- misc ------------------------------------------------------------------------------
    add("helmignore-hides-template", "kibana", "", lambda d: write(d, ".helmignore", "templates/service.yaml\n"), template("service.yaml", "{{ broken\n"))
    add("helmignore-hides-values", "kibana", "", lambda d: write(d, ".helmignore", "values.yaml\n"))
    add("tempo-statefulset-name-override", "tempo", "--set fullnameOverride=Tempo_DB")
    add("tempo-values-file-strict", "tempo", "--strict -f v.yaml", values={"v.yaml": "replicas: 2\n"})
    add("control-plane-prod-values", "control-plane", "-f values-prod.yaml",
        values={"values-prod.yaml": open(os.path.join(ROOT, "charts", "control-plane", "values-prod.yaml")).read()})
    add("control-plane-pdb-v1beta1", "control-plane", "",
        lambda d: write(d, "templates/pdb.yaml", read(d, "templates/pdb.yaml").replace("policy/v1", "policy/v1beta1")))
    add("control-plane-service-name-upper", "control-plane", "--set nameOverride=CP")
    add("notes-only-chart", "kibana", "", only_templates("NOTES.txt"))
    add("library-chart-lint", "control-plane", "", set_field("type", "type: library"), only_templates("_helpers.tpl"))
    return out


def run_oracle(oracle, case_dir, args):
    cmd = [oracle, "lint", "chart"] + (args.split() if args else [])
    p = subprocess.run(cmd, cwd=case_dir, capture_output=True, text=True)
    if p.returncode != 0:
        return {"oracleError": p.stderr.strip().splitlines()[-1] if p.stderr.strip() else "exit %d" % p.returncode}
    report = json.loads(p.stdout)
    chart_abs = os.path.join(os.path.realpath(case_dir), "chart")
    def norm(s):
        return s.replace(chart_abs, "<chart>")
    for m in report.get("messages", []):
        m["path"] = norm(m["path"])
        m["error"] = norm(m["error"])
    report["errors"] = [norm(e) for e in report.get("errors", [])]
    return report


def build_case(c, shared, oracle):
    d = os.path.join(OUT, c.name)
    if os.path.exists(d):
        shutil.rmtree(d)
    chart = os.path.join(d, "chart")
    os.makedirs(chart)
    copy_base(c, shared, chart)
    for e in c.edits:
        e(chart)
    for rel, text in c.values.items():
        write(d, rel, text)
    with open(os.path.join(d, "args"), "w") as f:
        f.write(c.args + "\n")
    report = run_oracle(oracle, d, c.args)
    with open(os.path.join(d, "expected.json"), "w") as f:
        json.dump(report, f, indent=1)
        f.write("\n")
    return c.name


def build_corpus(shared, oracle):
    cases_dir = os.path.join(shared, "corpus", "cases")
    jobs = []
    for chart in sorted(os.listdir(cases_dir)):
        for case in sorted(os.listdir(os.path.join(cases_dir, chart))):
            jobs.append((chart, case))

    def one(job):
        chart, case = job
        cdir = os.path.join(cases_dir, chart, case)
        words = open(os.path.join(cdir, "args")).read().split()
        keep, i = [], 0
        while i < len(words):
            if words[i] in ("--name", "-n", "--namespace"):
                i += 2
                continue
            keep.append(words[i])
            i += 1
        p = subprocess.run([oracle, "lint", os.path.join("..", "..", "..", "charts", chart)] + keep,
                           cwd=cdir, capture_output=True, text=True)
        report = json.loads(p.stdout) if p.returncode == 0 else {"oracleError": p.stderr.strip()[-500:]}
        chart_abs = os.path.realpath(os.path.join(shared, "corpus", "charts", chart))
        for m in report.get("messages", []):
            m["path"] = m["path"].replace(chart_abs, "<chart>")
            m["error"] = m["error"].replace(chart_abs, "<chart>")
        report["errors"] = [e.replace(chart_abs, "<chart>") for e in report.get("errors", [])]
        out = os.path.join(CORPUS_OUT, chart)
        os.makedirs(out, exist_ok=True)
        with open(os.path.join(out, case + ".json"), "w") as f:
            json.dump(report, f, indent=1)
            f.write("\n")
        return f"{chart}/{case}"

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        for name in pool.map(one, jobs):
            print("corpus", name)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--only")
    ap.add_argument("--corpus-only", action="store_true")
    ap.add_argument("--cases-only", action="store_true")
    a = ap.parse_args()
    shared = os.path.abspath(a.shared)
    oracle = os.path.join(shared, "tools", "helm-oracle")
    if not a.corpus_only:
        todo = [c for c in cases() if not a.only or a.only in c.name]
        names = [c.name for c in cases()]
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            sys.exit("duplicate case names: %s" % sorted(dupes))
        if not a.only and os.path.exists(OUT):
            shutil.rmtree(OUT)
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            for name in pool.map(lambda c: build_case(c, shared, oracle), todo):
                print("case", name)
    if not a.cases_only:
        build_corpus(shared, oracle)


if __name__ == "__main__":
    main()
