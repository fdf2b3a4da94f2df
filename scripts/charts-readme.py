#!/usr/bin/env python3
"""Regenerate the values table of a chart README from its values.yaml.

Usage: scripts/charts-readme.py CHART_DIR...
A key documented by a `# -- text` comment right above it becomes a table row
(key path, type, default, description); nested keys of a documented map are not listed.
The table replaces the text between `<!-- values:start -->` and `<!-- values:end -->`.
"""
import json
import re
import sys

import yaml

KEY = re.compile(r"^(\s*)([^\s#:][^:]*?):(\s.*)?$")


def rows(text, data):
    out, stack, doc = [], [], None
    skip_under = None
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("# --"):
            doc = s[4:].strip()
            continue
        if s.startswith("#") or not s or s.startswith("- "):
            if not s.startswith("#"):
                doc = None if s.startswith("- ") else doc
            continue
        m = KEY.match(line)
        if not m:
            doc = None
            continue
        indent, key = len(m.group(1)), m.group(2).strip().strip('"')
        while stack and stack[-1][0] >= indent:
            stack.pop()
        path = [k for _, k in stack] + [key]
        stack.append((indent, key))
        if skip_under is not None and indent > skip_under:
            doc = None
            continue
        skip_under = None
        if doc is not None:
            value = data
            for k in path:
                value = value.get(k) if isinstance(value, dict) else None
            kind = {dict: "object", list: "list", str: "string", bool: "bool", int: "int", float: "float"}.get(type(value), "null")
            default = json.dumps(value, separators=(",", ":"))
            if len(default) > 60:
                default = default[:57] + "..."
            out.append(f"| `{'.'.join(path)}` | {kind} | `{default}` | {doc} |")
            if isinstance(value, (dict, list)):
                skip_under = indent
            doc = None
    return out


def main():
    for chart in sys.argv[1:]:
        text = open(f"{chart}/values.yaml", encoding="utf-8").read()
        data = yaml.safe_load(text) or {}
        table = "| Key | Type | Default | Description |\n|-----|------|---------|-------------|\n" + "\n".join(rows(text, data))
        readme_path = f"{chart}/README.md"
        readme = open(readme_path, encoding="utf-8").read()
        start, end = "<!-- values:start -->", "<!-- values:end -->"
        i, j = readme.index(start) + len(start), readme.index(end)
        readme = readme[:i] + "\n" + table + "\n" + readme[j:]
        open(readme_path, "w", encoding="utf-8").write(readme)
        print(f"{readme_path}: {table.count(chr(10)) - 1} values")


if __name__ == "__main__":
    main()
