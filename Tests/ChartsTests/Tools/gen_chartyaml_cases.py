#!/usr/bin/env python3
"""Regenerates Data/chartyaml/cases.jsonl: how Helm reads and validates Chart.yaml
variants (the `.Chart` object as JSON, or the load error). Run from Tests/ChartsTests."""
import json, os, subprocess, tempfile, sys

BASE = "apiVersion: v2\nname: mc\nversion: 0.1.0\n"
V = {
  "minimal": BASE,
  "float-version": "apiVersion: v2\nname: mc\nversion: 1.0\nappVersion: 1.10\n",
  "int-version": "apiVersion: v2\nname: mc\nversion: 12345678\nappVersion: 7\n",
  "bool-fields": BASE + "appVersion: yes\ndescription: on\nannotations:\n  a: yes\n  b: 1.5\n  c: 10\n  d: null\n",
  "sanitise": BASE + "description: |\n  line one\n  line\ttwo\n\nhome: \"a\\u00a0b\\u200bc\\x01d\"\nkeywords: [\"k\\tw\", 5, true]\nsources: [\"s\\u2028\"]\n",
  "empty-api": "name: mc\nversion: 0.1.0\n",
  "no-name": "apiVersion: v2\nversion: 0.1.0\n",
  "dotdot": "apiVersion: v2\nname: ..\nversion: 0.1.0\n",
  "dot": "apiVersion: v2\nname: .\nversion: 0.1.0\n",
  "slash-name": "apiVersion: v2\nname: a/b\nversion: 0.1.0\n",
  "no-version": "apiVersion: v2\nname: mc\n",
  "bad-version": "apiVersion: v2\nname: mc\nversion: abc\n",
  "v-version": "apiVersion: v2\nname: mc\nversion: v1.2.3\n",
  "short-version": "apiVersion: v2\nname: mc\nversion: \"1\"\n",
  "pre-version": "apiVersion: v2\nname: mc\nversion: 1.2.3-alpha.01\n",
  "pre-version-ok": "apiVersion: v2\nname: mc\nversion: 1.2.3-alpha.1+build.5\n",
  "lead-zero": "apiVersion: v2\nname: mc\nversion: 01.2.3\n",
  "four-parts": "apiVersion: v2\nname: mc\nversion: 1.2.3.4\n",
  "type-app": BASE + "type: application\n",
  "type-App": BASE + "type: Application\n",
  "type-lib": BASE + "type: library\n",
  "type-other": BASE + "type: other\n",
  "maintainers": BASE + "maintainers:\n  - name: A\n    email: a@x\n    url: http://x\n  - name: B\n",
  "maintainer-null": BASE + "maintainers:\n  - name: A\n  -\n",
  "maintainer-string": BASE + "maintainers:\n  - x\n",
  "maintainers-string": BASE + "maintainers: x\n",
  "deps": BASE + "dependencies:\n  - name: a\n    version: 1.0\n    repository: file://x\n    condition: a.enabled\n    tags: [t1, 2]\n    alias: al\n    import-values:\n      - data\n      - child: c\n        parent: p\n    enabled: true\n",
  "dep-null": BASE + "dependencies:\n  - name: a\n  - null\n",
  "dep-alias-bad": BASE + "dependencies:\n  - name: a\n    alias: a.b\n",
  "dep-dup": BASE + "dependencies:\n  - name: a\n  - name: b\n    alias: a\n",
  "dep-dup-name": BASE + "dependencies:\n  - name: a\n  - name: a\n",
  "name-list": "apiVersion: v2\nname: [a]\nversion: 0.1.0\n",
  "deprecated-string": BASE + "deprecated: \"yes\"\n",
  "sources-string": BASE + "sources: x\n",
  "annotation-map": BASE + "annotations:\n  a:\n    b: 1\n",
  "top-list": "- a\n",
  "unknown-key": BASE + "foo: bar\nNAME: upper\n",
  "case-insensitive": "apiVersion: v2\nName: mc\nversion: 0.1.0\nAppVersion: 2\n",
  "kube-version": BASE + "kubeVersion: \">=1.20.0-0\"\nicon: https://x/i.png\nhome: h\ncondition: c\ntags: t\n",
  "empty-name-quoted": "apiVersion: v2\nname: \"\"\nversion: 0.1.0\n",
  "space-name": "apiVersion: v2\nname: \" \"\nversion: 0.1.0\n",
  "tab-name": "apiVersion: v2\nname: \"a\\tb\"\nversion: 0.1.0\n",
}
TEMPLATE = "{{ toJson .Chart }}"

with open("Data/chartyaml/cases.jsonl", "w") as out:
    for name, text in V.items():
        with tempfile.TemporaryDirectory() as d:
            root = os.path.join(d, "mc")
            os.makedirs(os.path.join(root, "templates"))
            with open(os.path.join(root, "Chart.yaml"), "w") as f:
                f.write(text)
            with open(os.path.join(root, "templates", "c.yaml"), "w") as f:
                f.write(TEMPLATE)
            r = subprocess.run(["/work/shared/tools/helm-oracle", "template", root, "--format", "json"],
                               capture_output=True, text=True)
            rec = {"name": name, "chart_yaml": text}
            if r.returncode != 0:
                rec["error"] = r.stderr.strip().splitlines()[-1].removeprefix("Error: ") if r.stderr.strip() else "?"
            else:
                rendered = json.loads(r.stdout)
                vals = list(rendered.values())
                rec["chart"] = json.loads(vals[0]) if vals else None
            out.write(json.dumps(rec, sort_keys=True) + "\n")
