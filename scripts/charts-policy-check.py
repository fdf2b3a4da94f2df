#!/usr/bin/env python3
"""Check the workload rules of CHARTS.md on every golden manifest.

Usage: scripts/charts-policy-check.py [FILE...]   (default: golden/*/*.yaml)
Rules (hooks, helm test pods and batch Jobs/CronJobs, which do not run long, are exempt from the probe rule):
  * every container has resources.requests and resources.limits and a securityContext;
  * every long-running container has a livenessProbe and a readinessProbe;
  * every object has the Kubernetes recommended labels app.kubernetes.io/name, /instance,
    /managed-by (Namespaces, StorageClasses and quota objects included);
  * a pod template fed by a ConfigMap or Secret that the same render creates carries a
    checksum/* annotation (so a changed config rolls the pods).
Needs PyYAML. Exit 1 on any violation.
"""
import glob
import sys

import yaml

from charts_objects import pod_template

WORKLOADS = {"Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Pod", "ReplicaSet"}
LABELS = ("app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/managed-by")


def references(ps):
    refs = set()
    for v in ps.get("volumes") or []:
        if "configMap" in v:
            refs.add(("ConfigMap", v["configMap"].get("name")))
        if "secret" in v:
            refs.add(("Secret", v["secret"].get("secretName")))
    for c in (ps.get("containers") or []) + (ps.get("initContainers") or []):
        for e in c.get("env") or []:
            vf = e.get("valueFrom") or {}
            if "configMapKeyRef" in vf:
                refs.add(("ConfigMap", vf["configMapKeyRef"].get("name")))
            if "secretKeyRef" in vf:
                refs.add(("Secret", vf["secretKeyRef"].get("name")))
        for e in c.get("envFrom") or []:
            if "configMapRef" in e:
                refs.add(("ConfigMap", e["configMapRef"].get("name")))
            if "secretRef" in e:
                refs.add(("Secret", e["secretRef"].get("name")))
    return refs


def check(path):
    problems = []
    with open(path, encoding="utf-8") as f:
        objs = [d for d in yaml.safe_load_all(f) if isinstance(d, dict) and d.get("kind")]
    default_ns = None
    rendered = {(o["kind"], (o.get("metadata") or {}).get("namespace"), o["metadata"]["name"]) for o in objs}
    for o in objs:
        meta = o.get("metadata") or {}
        what = f"{o['kind']}/{meta.get('name')}"
        labels = meta.get("labels") or {}
        for label in LABELS:
            if label not in labels:
                problems.append(f"{what}: missing label {label}")
        if o["kind"] not in WORKLOADS:
            continue
        hook = "helm.sh/hook" in (meta.get("annotations") or {})
        tmeta, ps = pod_template(o)
        for c in (ps.get("containers") or []) + (ps.get("initContainers") or []):
            cw = f"{what} container {c.get('name')}"
            res = c.get("resources") or {}
            if not res.get("requests") or not res.get("limits"):
                problems.append(f"{cw}: resources.requests and resources.limits required")
            if not c.get("securityContext") and not ps.get("securityContext"):
                problems.append(f"{cw}: securityContext required")
        batch = o["kind"] in ("Job", "CronJob")
        if not hook and not batch:
            for c in ps.get("containers") or []:
                for probe in ("livenessProbe", "readinessProbe"):
                    if probe not in c:
                        problems.append(f"{what} container {c.get('name')}: {probe} required")
        if not hook:
            ns = meta.get("namespace", default_ns)
            fed = [r for r in references(ps) if (r[0], ns, r[1]) in rendered]
            checksums = [k for k in (tmeta.get("annotations") or {}) if k.startswith("checksum/")]
            if fed and not checksums:
                problems.append(f"{what}: fed by {sorted(fed)} but has no checksum/* annotation")
    return problems, len(objs)


def main():
    files = sys.argv[1:] or sorted(glob.glob("golden/*/*.yaml"))
    bad = 0
    for path in files:
        problems, n = check(path)
        print(f"{path}: {n} objects, {len(problems)} problem(s)")
        for p in problems:
            print(f"  ! {p}")
        bad += len(problems)
    print(f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
