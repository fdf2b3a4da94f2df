#!/usr/bin/env python3
"""Vendor the one-data library chart into every subchart that depends on it, as
`helm dependency build` would: charts/one-data/charts/<sub>/charts/one-data-common-<version>.tgz.

Usage: scripts/charts-vendor-library.py [--check]
The archive is deterministic (sorted entries, mtime 0, no owner names), so it only changes when
the library does. --check rebuilds in memory and exits 1 when a vendored archive is missing or
differs from charts/one-data/charts/common (run the script without --check to refresh them).
A subchart depends on the library when its Chart.yaml lists `one-data-common`.
"""
import gzip
import io
import os
import sys
import tarfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UMBRELLA = os.path.join(ROOT, "charts", "one-data")
LIBRARY = os.path.join(UMBRELLA, "charts", "common")


def archive(src, name):
    """The library directory as a deterministic .tgz (bytes)."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for root, dirs, files in os.walk(src):
            dirs.sort()
            for f in sorted(files):
                path = os.path.join(root, f)
                info = tar.gettarinfo(path, f"{name}/{os.path.relpath(path, src)}")
                info.mtime, info.uid, info.gid, info.uname, info.gname = 0, 0, 0, "", ""
                info.mode = 0o644
                with open(path, "rb") as fh:
                    tar.addfile(info, fh)
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0, filename="") as gz:
        gz.write(buf.getvalue())
    return out.getvalue()


def main():
    check = "--check" in sys.argv[1:]
    with open(os.path.join(LIBRARY, "Chart.yaml"), encoding="utf-8") as f:
        lib = yaml.safe_load(f)
    data = archive(LIBRARY, lib["name"])
    bad = 0
    subcharts = os.path.join(UMBRELLA, "charts")
    for sub in sorted(os.listdir(subcharts)):
        chart_yaml = os.path.join(subcharts, sub, "Chart.yaml")
        if sub == "common" or not os.path.isfile(chart_yaml):
            continue
        with open(chart_yaml, encoding="utf-8") as f:
            deps = [d.get("name") for d in (yaml.safe_load(f).get("dependencies") or [])]
        if lib["name"] not in deps:
            continue
        target = os.path.join(subcharts, sub, "charts", f"{lib['name']}-{lib['version']}.tgz")
        current = open(target, "rb").read() if os.path.exists(target) else None
        if current == data:
            print(f"ok       {os.path.relpath(target, ROOT)}")
            continue
        if check:
            print(f"stale    {os.path.relpath(target, ROOT)} (run scripts/charts-vendor-library.py)")
            bad += 1
        else:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as f:
                f.write(data)
            print(f"updated  {os.path.relpath(target, ROOT)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
