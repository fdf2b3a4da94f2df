"""The bad-input catalogue's cases, as data: read by make-bad-input-catalogue.py.

A case: name (folder), description, files (path -> text or bytes), args (chartc's command
line, run in the case folder), optionally oracle (helm-oracle's arguments for the same
input), stdin, setup (shell commands run in the folder after the files are written) and
divergence (why chartc answers differently from Helm, when it does on purpose).
"""
import gzip
import io
import tarfile

CHART_YAML = "apiVersion: v2\nname: demo\nversion: 0.1.0\n"


def chart(templates=None, values=None, chart_yaml=CHART_YAML, extra=None, folder="chart"):
    files = {f"{folder}/Chart.yaml": chart_yaml}
    if values is not None:
        files[f"{folder}/values.yaml"] = values
    for name, text in (templates if templates is not None else {"t.yaml": "x: 1\n"}).items():
        files[f"{folder}/templates/{name}"] = text
    for name, text in (extra or {}).items():
        files[f"{folder}/{name}"] = text
    return files


def tgz(entries):
    """A gzipped tar of (name, bytes) entries, in order."""
    raw = io.BytesIO()
    # latin-1: a name such as "f\xe9.txt" is stored as those bytes (not UTF-8), as a tar
    # made on a system with a Latin-1 locale would store it.
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.GNU_FORMAT, encoding="latin-1") as tar:
        for name, data in entries:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 0
            tar.addfile(info, io.BytesIO(data))
    return gzip.compress(raw.getvalue(), mtime=0)


CASES = []

# Why chartc's answer differs from the oracle's where it does: the oracle runs Helm's SDK
# (through Python), so it lacks what Helm's CLI (cmd/helm, pkg/cli/values) adds.
CLI_SET = ("Helm's CLI wraps --set-family parse errors (values/options.go: `failed parsing --set data: ...`, "
           "`failed parsing --set-json data <expr>`, `failed parsing --set-file data: ...`); the oracle calls the "
           "SDK's parser, which returns the bare error")
CLI_FILE = ("Helm's CLI reads -f files itself (values/options.go: `failed to parse <file>: ...` over the "
            "multi-document reader); the oracle opens them in Python and calls the SDK's single-document parser")


def slug(text):
    """A folder name for a case built from an expression (`a[-1]=1` -> `a-1-1`)."""
    out = "".join(ch if ch.isalnum() else "-" for ch in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-") or "empty"


def case(name, description, files, args, oracle=None, **more):
    c = {"name": name, "description": description, "files": files, "args": args}
    if oracle is not None:
        c["oracle"] = oracle
    c.update(more)
    CASES.append(c)


def template_case(name, description, templates, values=None, flags=(), **more):
    """A chart whose templates fail: chartc render vs helm template."""
    case(name, description, chart(templates, values), ["render", "chart", *flags],
         ["template", "chart", *flags], **more)


def values_case(name, description, values_text, **more):
    """A chart whose values.yaml is broken."""
    case(name, description, chart(values=values_text), ["render", "chart"], ["template", "chart"], **more)


def chart_yaml_case(name, description, chart_yaml, **more):
    case(name, description, chart(chart_yaml=chart_yaml), ["render", "chart"], ["template", "chart"], **more)


def file_case(name, description, content, flag="-f", **more):
    """A -f values file that is broken."""
    more.setdefault("divergence", CLI_FILE)
    files = chart()
    files["bad.yaml"] = content
    case(name, description, files, ["render", "chart", flag, "bad.yaml"], ["template", "chart", "--values" if flag == "-f" else flag, "bad.yaml"], **more)


# --- malformed values.yaml -------------------------------------------------------------
values_case("values-unclosed-flow", "a flow sequence never closed", "a: [1, 2\n")
values_case("values-unclosed-map", "a flow mapping never closed", "a: {b: 1\n")
values_case("values-bad-indent", "a key indented deeper than its sibling", "a: 1\n  b: 2\n")
values_case("values-tab-indent", "a tab used for indentation", "a:\n\tb: 1\n")
values_case("values-unclosed-double-quote", "a double-quoted scalar never closed", "a: \"x\n")
values_case("values-unclosed-single-quote", "a single-quoted scalar never closed", "a: 'x\n")
values_case("values-unknown-anchor", "an alias to an anchor that does not exist", "a: *nope\n")
values_case("values-list-top", "a list where a map belongs", "- 1\n- 2\n")
values_case("values-scalar-top", "a scalar where a map belongs", "just text\n")
values_case("values-map-key", "a map used as a key", "? {a: 1}\n: 2\n")
values_case("values-list-key", "a list used as a key", "? [1]\n: 2\n")
values_case("values-nan-key-ok", "numbers as keys are stringified (renders)", "1: a\n2.5: b\n")
values_case("values-bad-separator", "junk after a document separator", "a: 1\n--- junk: [\n")
values_case("values-second-doc-broken", "the second document is broken", "a: 1\n---\nb: [\n")
values_case("values-invalid-utf8", "bytes that are not UTF-8", b"a: \"\xc3\x28\"\n")
values_case("values-merge-scalar", "a merge key given a scalar", "a:\n  <<: 1\n")
values_case("values-billion-laughs", "exponential aliases",
            "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
            "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
            "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n")
values_case("values-directive-junk", "an unknown directive", "%FOO bar\n---\na: 1\n")
values_case("values-colon-in-plain", "a mapping value where none is allowed", "a: b: c\n")
values_case("values-block-seq-in-map", "a block sequence at a key's indentation mixing", "a:\n- 1\nb\n")
for depth in (1999, 2001, 9999, 10000, 10001):
    values_case(f"values-nested-{depth}", f"a flow sequence nested {depth} deep",
                "a: " + "[" * depth + "]" * depth + "\n")
values_case("values-map-nested-3000", "flow mappings nested 3000 deep",
            "a: " + "{k: " * 3000 + "1" + "}" * 3000 + "\n")
values_case("values-block-nested-300", "block mappings nested 300 deep",
            "".join(" " * i + "k:\n" for i in range(300)) + " " * 300 + "v: 1\n")

# --- malformed Chart.yaml --------------------------------------------------------------
chart_yaml_case("chart-yaml-no-name", "Chart.yaml without a name", "apiVersion: v2\nversion: 0.1.0\n")
chart_yaml_case("chart-yaml-no-version", "Chart.yaml without a version", "apiVersion: v2\nname: demo\n")
chart_yaml_case("chart-yaml-bad-version", "a version that is not SemVer", "apiVersion: v2\nname: demo\nversion: one\n")
chart_yaml_case("chart-yaml-no-api-version", "Chart.yaml without apiVersion", "name: demo\nversion: 0.1.0\n")
chart_yaml_case("chart-yaml-api-v3", "an unknown chart apiVersion", "apiVersion: v3\nname: demo\nversion: 0.1.0\n")
chart_yaml_case("chart-yaml-name-slash", "a chart name with a slash", "apiVersion: v2\nname: a/b\nversion: 0.1.0\n")
chart_yaml_case("chart-yaml-name-dotdot", "a chart name of ..", "apiVersion: v2\nname: ..\nversion: 0.1.0\n")
chart_yaml_case("chart-yaml-broken-yaml", "Chart.yaml that is not YAML", "apiVersion: v2\nname: [demo\n")
chart_yaml_case("chart-yaml-list", "Chart.yaml holding a list", "- apiVersion: v2\n")
chart_yaml_case("chart-yaml-empty", "an empty Chart.yaml", "")
chart_yaml_case("chart-yaml-bad-type", "a chart type Helm does not know", "apiVersion: v2\nname: demo\nversion: 0.1.0\ntype: plugin\n")
chart_yaml_case("chart-yaml-library", "a library chart rendered directly", "apiVersion: v2\nname: demo\nversion: 0.1.0\ntype: library\n",
                divergence="Helm's install action refuses a library chart (CheckIfInstallable: `library charts are not "
                           "installable`); the oracle's render path prints nothing and succeeds")
chart_yaml_case("chart-yaml-dup-dependency", "two dependencies of one name",
                "apiVersion: v2\nname: demo\nversion: 0.1.0\ndependencies:\n- name: a\n  version: 1.0.0\n- name: a\n  version: 1.0.0\n")
chart_yaml_case("chart-yaml-bad-alias", "a dependency alias with disallowed characters",
                "apiVersion: v2\nname: demo\nversion: 0.1.0\ndependencies:\n- name: a\n  version: 1.0.0\n  alias: a/b\n")
chart_yaml_case("chart-yaml-missing-dependency", "a dependency missing from charts/",
                "apiVersion: v2\nname: demo\nversion: 0.1.0\ndependencies:\n- name: sub\n  version: 1.0.0\n  repository: https://example.com\n",
                divergence="Helm's CLI words a missing dependency as `an error occurred while checking for chart "
                           "dependencies...` (cmd/helm install.go); the oracle's SDK wrapper has its own wording")
chart_yaml_case("chart-yaml-maintainers-string", "maintainers as a string",
                "apiVersion: v2\nname: demo\nversion: 0.1.0\nmaintainers: me\n")
chart_yaml_case("chart-yaml-kube-version-unmet", "a kubeVersion constraint the default does not meet",
                "apiVersion: v2\nname: demo\nversion: 0.1.0\nkubeVersion: '<1.10.0'\n")
chart_yaml_case("chart-yaml-kube-version-invalid", "a kubeVersion constraint that does not parse",
                "apiVersion: v2\nname: demo\nversion: 0.1.0\nkubeVersion: 'not a version'\n")
chart_yaml_case("chart-yaml-invalid-utf8", "Chart.yaml with bytes that are not UTF-8",
                b"apiVersion: v2\nname: demo\nversion: 0.1.0\ndescription: \"\xff\"\n")
chart_yaml_case("chart-yaml-tab", "Chart.yaml indented with a tab", "apiVersion: v2\nname: demo\nversion: 0.1.0\nmaintainers:\n\t- name: x\n")

# --- broken charts ---------------------------------------------------------------------
case("chart-missing", "a chart path that does not exist", {"x": ""}, ["render", "nothere"], ["template", "nothere"],
     divergence="Helm's CLI locates a local chart first (`path \"nothere\" not found`); the oracle's SDK wrapper "
                "treats an absent path as a remote chart reference")
case("chart-no-chart-yaml", "a folder without Chart.yaml", {"chart/templates/t.yaml": "x: 1\n"},
     ["render", "chart"], ["template", "chart"])
case("chart-yaml-file", "a YAML file given as the chart", {"chart.yaml": "a: 1\n"},
     ["render", "chart.yaml"], ["template", "chart.yaml"])
case("chart-text-file", "a text file given as the chart", {"notes.txt": "hello\n"},
     ["render", "notes.txt"], ["template", "notes.txt"])
case("chart-subchart-broken", "a subchart whose Chart.yaml is broken",
     {**chart(), "chart/charts/sub/Chart.yaml": "apiVersion: v2\nname: [sub\n"},
     ["render", "chart"], ["template", "chart"])
case("chart-schema-invalid-json", "values.schema.json that is not JSON",
     chart(values="a: 1\n", extra={"values.schema.json": "{\"type\": \n"}), ["render", "chart"], ["template", "chart"])
case("chart-schema-violated", "values that break values.schema.json",
     chart(values="a: x\n", extra={"values.schema.json": "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"}}}\n"}),
     ["render", "chart"], ["template", "chart"])
case("chart-schema-required", "a required value missing",
     chart(values="a: 1\n", extra={"values.schema.json": "{\"type\":\"object\",\"required\":[\"b\"]}\n"}),
     ["render", "chart"], ["template", "chart"])
case("chart-helmignore-bad", "a .helmignore with a bad pattern",
     chart(extra={".helmignore": "[\n"}), ["render", "chart"], ["template", "chart"])
case("chart-accented-file-name", "a chart file whose name is not ASCII (non-UTF-8 names: NonUTF8NameTests)",
     chart({"t.yaml": "x: {{ len .Files }}\n"}, extra={"f\u00e9.txt": "hello\n"}),
     ["render", "chart"], ["template", "chart"])

# --- archives --------------------------------------------------------------------------
GOOD = [("demo/Chart.yaml", CHART_YAML.encode()), ("demo/templates/t.yaml", b"x: 1\n")]
case("archive-parent-entry", "an archive entry escaping with ..",
     {"demo.tgz": tgz(GOOD + [("demo/../../evil.yaml", b"x: 1\n")])}, ["render", "demo.tgz"], ["template", "demo.tgz"])
case("archive-absolute-entry", "an archive entry with an absolute path",
     {"demo.tgz": tgz(GOOD + [("/etc/evil.yaml", b"x: 1\n")])}, ["render", "demo.tgz"], ["template", "demo.tgz"])
case("archive-truncated", "an archive cut short",
     {"demo.tgz": tgz(GOOD)[:60]}, ["render", "demo.tgz"], ["template", "demo.tgz"])
case("archive-not-gzip", "a .tgz that is plain text",
     {"demo.tgz": b"not an archive\n"}, ["render", "demo.tgz"], ["template", "demo.tgz"])
case("archive-empty", "an archive with no files",
     {"demo.tgz": tgz([])}, ["render", "demo.tgz"], ["template", "demo.tgz"])
case("archive-chart-yaml-top", "Chart.yaml as the archive's top entry",
     {"demo.tgz": tgz([("Chart.yaml", CHART_YAML.encode())])}, ["render", "demo.tgz"], ["template", "demo.tgz"])
case("archive-no-chart-yaml", "an archive without Chart.yaml",
     {"demo.tgz": tgz([("demo/templates/t.yaml", b"x: 1\n")])}, ["render", "demo.tgz"], ["template", "demo.tgz"])
case("archive-broken-values", "an archive whose values.yaml is broken",
     {"demo.tgz": tgz(GOOD + [("demo/values.yaml", b"a: [\n")])}, ["render", "demo.tgz"], ["template", "demo.tgz"])
case("archive-nonutf8-entry", "an archive entry whose name is not UTF-8 (Helm loads it)",
     {"demo.tgz": tgz(GOOD + [("demo/f\xe9.txt", b"hello\n")])}, ["render", "demo.tgz"], ["template", "demo.tgz"])
case("archive-subchart-parent-entry", "a subchart archive escaping with ..",
     {**chart(), "chart/charts/sub-0.1.0.tgz": tgz([("sub/Chart.yaml", b"apiVersion: v2\nname: sub\nversion: 0.1.0\n"),
                                                    ("sub/../../x.yaml", b"x: 1\n")])},
     ["render", "chart"], ["template", "chart"])

# --- -f files and --set flags ----------------------------------------------------------
case("values-file-missing", "-f naming a file that does not exist", chart(),
     ["render", "chart", "-f", "missing.yaml"])
case("values-file-directory", "-f naming a folder", {**chart(), "dir/x": ""},
     ["render", "chart", "-f", "dir"])
file_case("values-file-unclosed", "-f file with an unclosed flow sequence", "a: [\n")
file_case("values-file-list", "-f file holding a list", "- 1\n")
file_case("values-file-scalar", "-f file holding a scalar", "text\n")
file_case("values-file-tab", "-f file indented with a tab", "a:\n\tb: 1\n")
file_case("values-file-invalid-utf8", "-f file with bytes that are not UTF-8", b"a: \"\xff\"\n")
case("values-file-stdin-broken", "-f - with broken YAML on standard input", chart(),
     ["render", "chart", "-f", "-"], stdin="a: [\n")
for expr in ["a", "a.b[x]=1", "a[-1]=1", "a[100001]=1", "=1", "a..b=1", "a[=1", "a]=1", "a{b}=1"]:
    safe = slug(expr) + f"-{len(CASES)}"
    case(f"set-{safe}", f"--set {expr}", chart(), ["render", "chart", "--set", expr], ["template", "chart", "--set", expr],
         divergence=CLI_SET)
for expr in ["a={", "a=[1,", "a", "{\"a\": }", "a=nul"]:
    safe = slug(expr) + f"-{len(CASES)}"
    case(f"set-json-{safe}", f"--set-json {expr}", chart(), ["render", "chart", "--set-json", expr],
         ["template", "chart", "--set-json", expr], divergence=CLI_SET)
case("set-file-missing", "--set-file naming a file that does not exist", chart(),
     ["render", "chart", "--set-file", "a=missing.txt"], ["template", "chart", "--set-file", "a=missing.txt"],
     divergence=CLI_SET)
case("set-file-no-equals", "--set-file without =", chart(),
     ["render", "chart", "--set-file", "missing.txt"], ["template", "chart", "--set-file", "missing.txt"],
     divergence=CLI_SET)
case("set-file-directory", "--set-file naming a folder", {**chart(), "dir/x": ""},
     ["render", "chart", "--set-file", "a=dir"])

# --- template parse errors -------------------------------------------------------------
PARSE = {
    "unclosed-action": "x: {{ .Values.a\n",
    "unexpected-eof-if": "{{ if true }}x: 1\n",
    "else-without-if": "{{ else }}\n",
    "end-without-start": "{{ end }}\n",
    "undefined-function": "x: {{ nosuchfunc 1 }}\n",
    "undefined-variable": "x: {{ $nope }}\n",
    "unterminated-string": "x: {{ \"abc }}\n",
    "unterminated-raw-string": "x: {{ `abc }}\n",
    "unterminated-char": "x: {{ 'a }}\n",
    "bad-number": "x: {{ 1x2 }}\n",
    "unexpected-right-paren": "x: {{ ) }}\n",
    "unclosed-paren": "x: {{ (1 }}\n",
    "empty-command": "x: {{ 1 | }}\n",
    "empty-action": "x: {{ }}\n",
    "unclosed-comment": "x: {{/* abc }}\n",
    "break-outside-range": "{{ break }}\n",
    "continue-outside-range": "{{ continue }}\n",
    "range-too-many-vars": "{{ range $a, $b, $c := .Values }}{{ end }}\n",
    "define-in-action": "{{ if true }}{{ define \"x\" }}{{ end }}{{ end }}\n",
    "bad-character": "x: {{ 1 # 2 }}\n",
    "non-function-call": "x: {{ 1 2 }}\n",
    "unexpected-dot-chain": "x: {{ .a..b }}\n",
    "assign-undeclared": "{{ $x = 1 }}\n",
    "define-no-name": "{{ define }}{{ end }}\n",
    "template-no-name": "{{ template }}\n",
    "with-missing-end": "{{ with .Values }}\n",
    "pipeline-in-range-decl": "{{ range $x := }}{{ end }}\n",
    "deep-parens-2000": "x: {{ " + "(" * 2000 + "1" + ")" * 2000 + " }}\n",
}
for key, text in PARSE.items():
    template_case(f"parse-{key}", f"template parse error: {key.replace('-', ' ')}", {"t.yaml": text})

# --- template execution errors ---------------------------------------------------------
EXEC = {
    "nil-pointer": ("x: {{ .Values.a.b }}\n", None),
    "index-out-of-range": ("x: {{ index .Values.l 5 }}\n", "l: [1]\n"),
    "index-wrong-type": ("x: {{ index .Values.m 1 }}\n", "m: {a: 1}\n"),
    "index-of-int": ("x: {{ index 1 0 }}\n", None),
    "eq-incompatible": ("x: {{ eq .Values.m 1 }}\n", "m: {a: 1}\n"),
    "lt-incompatible": ("x: {{ lt 1 \"a\" }}\n", None),
    "required": ("x: {{ required \"a is required\" .Values.a }}\n", None),
    "fail": ("{{ fail \"stop here\" }}\n", None),
    "include-missing": ("x: {{ include \"nope\" . }}\n", None),
    "template-missing": ("x: {{ template \"nope\" . }}\n", None),
    "tpl-parse-error": ("x: {{ tpl \"{{ .\" . }}\n", None),
    "tpl-exec-error": ("x: {{ tpl \"{{ .Values.a.b }}\" . }}\n", None),
    "div-by-zero": ("x: {{ div 1 0 }}\n", None),
    "mod-by-zero": ("x: {{ mod 1 0 }}\n", None),
    "range-over-int-string": ("{{ range \"abc\" }}{{ . }}{{ end }}\n", None),
    "call-non-function": ("x: {{ call .Values.a }}\n", "a: 1\n"),
    "slice-out-of-range": ("x: {{ slice .Values.l 1 5 }}\n", "l: [1, 2]\n"),
    "field-on-string": ("x: {{ .Values.a.b }}\n", "a: text\n"),
    "method-on-map": ("x: {{ .Values.a.b.c }}\n", "a: {b: 1}\n"),
    "wrong-arg-count": ("x: {{ upper \"a\" \"b\" }}\n", None),
    "wrong-arg-type": ("x: {{ add1 .Values.m }}\n", "m: {a: 1}\n"),
    "include-recursion": ("{{ define \"r\" }}{{ include \"r\" . }}{{ end }}x: {{ include \"r\" . }}\n", None),
    "template-recursion": ("{{ define \"r\" }}{{ template \"r\" . }}{{ end }}x: {{ template \"r\" . }}\n", None),
    "fromjson-toyaml-nan": ("x: {{ .Values.f | toYaml }}\n", None),
    "semver-invalid": ("x: {{ semver \"not.a.version\" }}\n", None),
    "semvercompare-invalid": ("x: {{ semverCompare \"!!\" \"1.0.0\" }}\n", None),
    "regex-invalid": ("x: {{ regexMatch \"(\" \"a\" }}\n", None),
    "must-regex-invalid": ("x: {{ mustRegexMatch \"(\" \"a\" }}\n", None),
    "mustfromjson-bad": ("x: {{ mustFromJson \"{\" }}\n", None),
    "b64dec-bad": ("x: {{ b64dec \"!!!\" }}\n", None),
    "lookup-dot-files-get-missing": ("x: {{ .Files.Get \"nope\" | quote }}\n", None),
    "printf-bad-verb": ("x: {{ printf \"%z\" 1 }}\n", None),
    "dict-odd-args": ("x: {{ dict \"a\" }}\n", None),
    "mustmerge-wrong": ("x: {{ mustMerge 1 2 }}\n", None),
    "until-huge": ("x: {{ len (until 10) }}\n", None),
    "tojson-cycle": ("{{ $d := dict }}{{ $_ := set $d \"self\" (list $d) }}x: {{ $d | toJson }}\n", None),
}
for key, (text, values) in EXEC.items():
    template_case(f"exec-{key}", f"template execution error: {key.replace('-', ' ')}", {"t.yaml": text}, values)

# --- rendered output that is not YAML --------------------------------------------------
OUTPUT = {
    "mapping-in-plain": "a: b: c\n",
    "unclosed-flow": "a: [1, 2\n",
    "tab-indent": "a:\n\tb: 1\n",
    "bad-indent": "a: 1\n  b: 2\n",
    "list-after-map": "a: 1\n- b\n",
    "unknown-alias": "a: *x\n",
    "unclosed-quote": "a: \"x\n",
    "doc-separator-junk": "a: 1\n---\nb: [\n",
    "kind-with-slash": "apiVersion: v1\nkind: ../outside/creds\nmetadata:\n  name: x\n",
}
for key, text in OUTPUT.items():
    template_case(f"output-{key}", f"rendered manifest: {key.replace('-', ' ')}", {"t.yaml": text})

# --- flags (Helm's CLI is not in the oracle: chartc's answer, reviewed) -----------------
FLAGS = {
    "unknown-flag": ["render", "chart", "--nosuchflag"],
    "no-chart": ["render"],
    "too-many-args": ["render", "a", "chart", "extra"],
    "bad-kube-version": ["render", "chart", "--kube-version", "banana"],
    "release-name-upper": ["render", "BadName", "chart"],
    "release-name-long": ["render", "a" * 60, "chart"],
    "show-only-missing": ["render", "chart", "--show-only", "templates/nope.yaml"],
    "bad-output-format": ["validate", "-o", "xml", "m.yaml"],
    "unknown-command": ["nosuchcommand"],
    "namespace-missing-value": ["render", "chart", "-n"],
    "validate-missing-file": ["validate", "missing.yaml"],
    "validate-directory-empty": ["validate", "emptydir"],
    "eval-bad-json": ["eval"],
}
for key, args in FLAGS.items():
    files = {**chart(), "m.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n", "emptydir/.keep": ""}
    extra = {"stdin": "{not json\n"} if key == "eval-bad-json" else {}
    case(f"flag-{key}", f"command line: {key.replace('-', ' ')}", files, args, **extra)

# --- hostile names (chartc's own commands) ---------------------------------------------
case("name-kind-path-schema-location", "a kind that names a path outside --schema-location",
     {"m.yaml": "apiVersion: v1\nkind: ../outside/creds\nmetadata:\n  name: x\n",
      "schemas/x": "", "outside/creds_v1.json": "{\"secret\": \"do not print\"}\n"},
     ["validate", "--schema-location", "schemas", "m.yaml"])
case("name-apiversion-path-schema-location", "an apiVersion that names a path outside --schema-location",
     {"m.yaml": "apiVersion: ../../outside/v1\nkind: Creds\nmetadata:\n  name: x\n",
      "schemas/x": "", "outside/creds_v1.json": "{\"secret\": \"do not print\"}\n"},
     ["validate", "--schema-location", "schemas", "m.yaml"])
MATRIX = "version: 1\ncharts:\n  - name: {chart}\n    path: chart\n    environments:\n      {env}: {{}}\n"
case("name-matrix-chart-dotdot", "a matrix chart name with ../ (golden would be written outside golden/)",
     {**chart(), "chartc.yaml": MATRIX.format(chart="../escape", env="dev")}, ["golden", "update"])
case("name-matrix-env-dotdot", "a matrix environment name with ../",
     {**chart(), "chartc.yaml": MATRIX.format(chart="demo", env="../../escape")}, ["golden", "update"])
case("name-matrix-env-slash", "a matrix environment name with a slash",
     {**chart(), "chartc.yaml": MATRIX.format(chart="demo", env="a/b")}, ["golden", "check"])
case("name-matrix-chart-dot", "a matrix chart name of .",
     {**chart(), "chartc.yaml": MATRIX.format(chart="'.'", env="dev")}, ["golden", "update"])

# --- nesting depth through fromYaml and through rendered manifests ----------------------
for depth in (2001, 9999, 10000, 10001):
    nested = "a: " + "[" * depth + "]" * depth + "\n"
    template_case(f"fromyaml-nested-{depth}", f"fromYaml of a flow sequence nested {depth} deep",
                  {"t.yaml": "x: {{ (.Files.Get \"deep.txt\" | fromYaml).Error | quote }}\n"})
    CASES[-1]["files"]["chart/deep.txt"] = nested
    template_case(f"output-nested-{depth}", f"a rendered manifest nested {depth} deep",
                  {"t.yaml": "{{ .Files.Get \"deep.txt\" }}"})
    CASES[-1]["files"]["chart/deep.txt"] = nested
