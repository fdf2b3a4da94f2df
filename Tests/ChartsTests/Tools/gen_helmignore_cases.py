#!/usr/bin/env python3
"""Regenerates Data/helmignore/cases.jsonl: which files Helm loads from a fixed chart tree
under several .helmignore files (template keys rendered + .Files.Glob "**"), or the error.
Run from Tests/ChartsTests with python3."""
import json, os, subprocess, tempfile

TREE = ["Chart.yaml", "values.yaml", "a.txt", "b.txt", "root.txt", "README.md", "x.cfg", "a.cfg",
        "temp1", "tempXY", "docs/guide.md", "docs/a.txt", "sub/notes.md", "sub/deep/file.md",
        "sub/a.txt", "templates/list.yaml", "templates/.hidden.yaml", "templates/b.txt",
        "templates/sub/c.yaml", "files/docs", "files/docs2/x"]
VARIANTS = {
    "negation": "*.txt\n!a.txt\n",
    "dirs-and-root": "docs/\n/root.txt\nsub/*.md\n",
    "basename-globs": "*.md\ntemp?\n[ab].cfg\n# comment\n\n  x.cfg  \n",
    "double-star": "**/*.md\n",
    "negated-dir": "!docs/\n",
    "rooted-dir": "/sub\nfiles/docs/\n",
    "negated-glob": "!*.md\n",
    "template-file": "templates/b.txt\nREADME.*\n",
    "bad-pattern": "[\n",
    "structural-dir": "sub/deep\n",
    "everything": "*\n",
    "none": "",
    "crlf": "a.txt\r\nb.txt\r\n",
    "escaped": "\\*.cfg\nx\\.cfg\n",
}
LIST = '{{ range $p, $_ := .Files.Glob "**" }}{{ $p }}\n{{ end }}'

with open("Data/helmignore/cases.jsonl", "w") as out:
    for name, ignore in VARIANTS.items():
        with tempfile.TemporaryDirectory() as d:
            root = os.path.join(d, "ic")
            for p in TREE:
                full = os.path.join(root, p)
                os.makedirs(os.path.dirname(full), exist_ok=True)
                with open(full, "w") as f:
                    if p == "Chart.yaml":
                        f.write("apiVersion: v2\nname: ic\nversion: 0.1.0\n")
                    elif p == "templates/list.yaml":
                        f.write(LIST)
                    elif p.startswith("templates/"):
                        f.write("x: 1\n")
                    else:
                        f.write("")
            with open(os.path.join(root, ".helmignore"), "w", newline="") as f:
                f.write(ignore)
            r = subprocess.run(["/work/shared/tools/helm-oracle", "template", root, "--format", "json"],
                               capture_output=True, text=True)
            rec = {"name": name, "helmignore": ignore, "tree": TREE}
            if r.returncode != 0:
                rec["error"] = r.stderr.strip().splitlines()[-1].removeprefix("Error: ")
            else:
                out_json = json.loads(r.stdout)
                files = out_json.get("ic/templates/list.yaml", "").split("\n")
                rec["templates"] = sorted(k.removeprefix("ic/") for k in out_json)
                rec["files"] = sorted(f for f in files if f)
            out.write(json.dumps(rec, sort_keys=True) + "\n")
