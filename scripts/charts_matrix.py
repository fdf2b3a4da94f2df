#!/usr/bin/env python3
"""Read chartc.yaml and print the render matrix as JSON lines (one per chart x environment).

Each line: {"chart","env","path","release","namespace","kubeVersion","values","set","golden"}.
Used by scripts/charts-golden-from-helm.sh and charts-validate.sh.
Optional filters: --chart NAME, --env NAME.
"""
import argparse
import json
import os
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def matrix(chart_filter=None, env_filter=None):
    with open(os.path.join(ROOT, "chartc.yaml"), encoding="utf-8") as f:
        project = yaml.safe_load(f)
    default_kube = (project.get("defaults") or {}).get("kubeVersion", "v1.36.0")
    for chart in project["charts"]:
        if chart_filter and chart["name"] != chart_filter:
            continue
        for env, spec in chart["environments"].items():
            if env_filter and env != env_filter:
                continue
            spec = spec or {}
            yield {
                "chart": chart["name"],
                "env": env,
                "path": chart["path"],
                "release": chart["release"],
                "namespace": chart["namespace"],
                "kubeVersion": chart.get("kubeVersion", default_kube),
                "values": list(spec.get("values") or []),
                "set": list(spec.get("set") or []),
                "golden": f"golden/{chart['name']}/{env}.yaml",
            }


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chart")
    parser.add_argument("--env")
    args = parser.parse_args()
    for entry in matrix(args.chart, args.env):
        sys.stdout.write(json.dumps(entry) + "\n")


if __name__ == "__main__":
    main()
