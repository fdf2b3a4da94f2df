#!/usr/bin/env python3
"""Check every rendered environment (golden/<chart>/<env>.yaml) against its budget
(charts/<chart>/budgets.yaml) and against the ResourceQuota objects it renders.

Usage: scripts/charts-budget-check.py [--chart NAME] [--env NAME]
Needs PyYAML. Exit 1 when any budget or quota is exceeded.

Counting rules (the same as chartc's budget check):
  * a pod's request/limit of a resource = max(sum over containers, max over init containers);
  * workload totals = pod x replicas (Deployment, StatefulSet, ReplicaSet; a workload scaled by
    a HorizontalPodAutoscaler counts with the HPA's maxReplicas), x daemonSetNodes
    (DaemonSet, from the budget file, default 1), x parallelism (Job, CronJob), x 1 (Pod);
    Helm hooks and test pods are excluded (they are transient);
  * PVCs = PersistentVolumeClaim objects + StatefulSet volumeClaimTemplates x replicas;
  * GPU = the nvidia.com/gpu requests (limits when no request);
  * Istio sidecars count: a pod of a namespace rendered with istio-injection=enabled (or labelled
    sidecar.istio.io/inject=true; "false" opts out) gets an istio-proxy with the resources of its
    sidecar.istio.io/proxyCPU, proxyMemory, proxyCPULimit, proxyMemoryLimit annotations, else
    Istio's defaults (100m / 128Mi requests, 2 / 1Gi limits);
  * a ResourceQuota's hard limits apply to the workloads and PVCs of its own namespace
    (objects without metadata.namespace belong to the release namespace).
"""
import argparse
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from charts_matrix import ROOT, matrix  # noqa: E402

SUFFIX = {
    "n": 1e-9, "u": 1e-6, "m": 1e-3, "": 1.0, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15, "E": 1e18,
    "Ki": 2.0**10, "Mi": 2.0**20, "Gi": 2.0**30, "Ti": 2.0**40, "Pi": 2.0**50, "Ei": 2.0**60,
}
QUANTITY = re.compile(r"^([+-]?[0-9.]+(?:[eE][+-]?[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$")
GPU = "nvidia.com/gpu"
WORKLOADS = {"Deployment", "StatefulSet", "ReplicaSet", "DaemonSet", "Job", "CronJob", "Pod", "ReplicationController"}


def qty(value):
    """Kubernetes quantity -> float (cores, bytes, counts)."""
    if value is None:
        return 0.0
    if isinstance(value, (int, float)):
        return float(value)
    m = QUANTITY.match(str(value).strip())
    if not m:
        raise ValueError(f"bad quantity {value!r}")
    return float(m.group(1)) * SUFFIX[m.group(2) or ""]


def fmt(name, v):
    if name in ("cpu",):
        return f"{v:g}"
    if name in ("memory", "storage"):
        return f"{v / 2**30:.2f}Gi"
    return f"{v:g}"


def pod_spec(obj):
    kind = obj.get("kind")
    spec = obj.get("spec") or {}
    if kind == "Pod":
        return spec
    if kind == "CronJob":
        return (((spec.get("jobTemplate") or {}).get("spec") or {}).get("template") or {}).get("spec") or {}
    return (spec.get("template") or {}).get("spec") or {}


SIDECAR_DEFAULTS = {("requests", "cpu"): "100m", ("requests", "memory"): "128Mi",
                    ("limits", "cpu"): "2", ("limits", "memory"): "1Gi"}
SIDECAR_ANNOTATIONS = {("requests", "cpu"): "sidecar.istio.io/proxyCPU", ("requests", "memory"): "sidecar.istio.io/proxyMemory",
                       ("limits", "cpu"): "sidecar.istio.io/proxyCPULimit", ("limits", "memory"): "sidecar.istio.io/proxyMemoryLimit"}


def pod_meta(obj):
    kind = obj.get("kind")
    spec = obj.get("spec") or {}
    if kind == "Pod":
        return obj.get("metadata") or {}
    if kind == "CronJob":
        spec = (spec.get("jobTemplate") or {}).get("spec") or {}
    return (spec.get("template") or {}).get("metadata") or {}


def sidecar(obj, ns, injected):
    """Resources of the istio-proxy injected into the pods of obj, or None."""
    meta = pod_meta(obj)
    flag = (meta.get("labels") or {}).get("sidecar.istio.io/inject")
    if flag == "false" or (ns not in injected and flag != "true"):
        return None
    ann = meta.get("annotations") or {}
    return {k: qty(ann.get(a, SIDECAR_DEFAULTS[k])) for k, a in SIDECAR_ANNOTATIONS.items()}


def pod_resources(ps):
    out = {}
    for section in ("requests", "limits"):
        for name in ("cpu", "memory", GPU):
            total = sum(qty(((c.get("resources") or {}).get(section) or {}).get(name)) for c in ps.get("containers") or [])
            init = max([qty(((c.get("resources") or {}).get(section) or {}).get(name)) for c in ps.get("initContainers") or []] or [0])
            out[(section, name)] = max(total, init)
    return out


def multiplier(obj, daemon_nodes, hpa_max):
    kind = obj["kind"]
    spec = obj.get("spec") or {}
    key = (kind, (obj.get("metadata") or {}).get("name"), (obj.get("metadata") or {}).get("namespace"))
    if key in hpa_max:
        return hpa_max[key]
    if kind in ("Deployment", "StatefulSet", "ReplicaSet", "ReplicationController"):
        return int(spec.get("replicas", 1))
    if kind == "DaemonSet":
        return daemon_nodes
    if kind == "Job":
        return int(spec.get("parallelism", 1))
    if kind == "CronJob":
        return int(((spec.get("jobTemplate") or {}).get("spec") or {}).get("parallelism", 1))
    return 1


def is_hook(obj):
    return "helm.sh/hook" in ((obj.get("metadata") or {}).get("annotations") or {})


def usage(objs, namespace, daemon_nodes, only_ns=None):
    u = {("requests", "cpu"): 0.0, ("requests", "memory"): 0.0, ("limits", "cpu"): 0.0,
         ("limits", "memory"): 0.0, ("requests", GPU): 0.0, ("limits", GPU): 0.0,
         "pvc": 0, "storage": 0.0, "pods": 0, "sidecars": 0}
    hpa_max = {}
    injected = {(o.get("metadata") or {}).get("name") for o in objs if o.get("kind") == "Namespace"
                and ((o.get("metadata") or {}).get("labels") or {}).get("istio-injection") == "enabled"}
    for o in objs:
        if o.get("kind") == "HorizontalPodAutoscaler":
            ref = (o.get("spec") or {}).get("scaleTargetRef") or {}
            hpa_max[(ref.get("kind"), ref.get("name"), (o.get("metadata") or {}).get("namespace"))] = int((o.get("spec") or {}).get("maxReplicas", 1))
    for o in objs:
        ns = (o.get("metadata") or {}).get("namespace") or namespace
        if only_ns is not None and ns != only_ns:
            continue
        if is_hook(o):
            continue
        kind = o.get("kind")
        if kind in WORKLOADS:
            n = multiplier(o, daemon_nodes, hpa_max)
            for k, v in pod_resources(pod_spec(o)).items():
                u[k] += v * n
            proxy = sidecar(o, ns, injected)
            if proxy:
                for k, v in proxy.items():
                    u[k] += v * n
                u["sidecars"] += n
            u["pods"] += n
            if kind == "StatefulSet":
                for t in (o.get("spec") or {}).get("volumeClaimTemplates") or []:
                    u["pvc"] += n
                    u["storage"] += n * qty((((t.get("spec") or {}).get("resources") or {}).get("requests") or {}).get("storage"))
        elif kind == "PersistentVolumeClaim":
            u["pvc"] += 1
            u["storage"] += qty((((o.get("spec") or {}).get("resources") or {}).get("requests") or {}).get("storage"))
    gpu = u[("requests", GPU)] or u[("limits", GPU)]
    u["gpu"] = gpu
    return u


def check(entry):
    chart_dir = os.path.join(ROOT, entry["path"])
    budget_file = os.path.join(chart_dir, "budgets.yaml")
    problems, lines = [], []
    with open(os.path.join(ROOT, entry["golden"]), encoding="utf-8") as f:
        objs = [d for d in yaml.safe_load_all(f) if isinstance(d, dict) and d.get("kind")]
    with open(budget_file, encoding="utf-8") as f:
        budgets = yaml.safe_load(f)
    b = (budgets.get("environments") or {}).get(entry["env"])
    if b is None:
        return [f"no budget for environment {entry['env']} in {budget_file}"], lines
    daemon_nodes = int(budgets.get("daemonSetNodes", 1))
    u = usage(objs, entry["namespace"], daemon_nodes)

    def cmp(label, used, limit, unit):
        if limit is None:
            return
        limit_v = qty(limit)
        mark = "ok" if used <= limit_v + 1e-9 else "OVER"
        lines.append(f"  {label:<56} {fmt(unit, used):>12} / {str(limit):<8} {mark}")
        if mark == "OVER":
            problems.append(f"{label} {fmt(unit, used)} exceeds budget {limit}")

    for section in ("requests", "limits"):
        for name in ("cpu", "memory"):
            cmp(f"{section}.{name}", u[(section, name)], (b.get(section) or {}).get(name), name)
    if u["sidecars"]:
        lines.append(f"  (includes the Istio sidecars of {u['sidecars']} pods)")
    cmp("gpu", u["gpu"], b.get("gpu"), "count")
    cmp("pvc.count", u["pvc"], (b.get("pvc") or {}).get("count"), "count")
    cmp("pvc.storage", u["storage"], (b.get("pvc") or {}).get("storage"), "storage")
    objects = b.get("objects") or {}
    cmp("objects.total", len(objs), objects.get("total"), "count")
    for kind, limit in (objects.get("kinds") or {}).items():
        cmp(f"objects.{kind}", sum(1 for o in objs if o["kind"] == kind), limit, "count")

    # ResourceQuota objects rendered by the chart: workloads of the same namespace must fit.
    for q in (o for o in objs if o["kind"] == "ResourceQuota"):
        ns = (q.get("metadata") or {}).get("namespace") or entry["namespace"]
        qu = usage(objs, entry["namespace"], daemon_nodes, only_ns=ns)
        hard = (q.get("spec") or {}).get("hard") or {}
        qname = f"quota {ns}/{q['metadata']['name']}"
        keys = {
            "requests.cpu": (qu[("requests", "cpu")], "cpu"), "cpu": (qu[("requests", "cpu")], "cpu"),
            "requests.memory": (qu[("requests", "memory")], "memory"), "memory": (qu[("requests", "memory")], "memory"),
            "limits.cpu": (qu[("limits", "cpu")], "cpu"), "limits.memory": (qu[("limits", "memory")], "memory"),
            "requests.nvidia.com/gpu": (qu[("requests", GPU)], "count"),
            "persistentvolumeclaims": (qu["pvc"], "count"), "requests.storage": (qu["storage"], "storage"),
            "pods": (qu["pods"], "count"),
        }
        for key, limit in hard.items():
            if key in keys:
                used, unit = keys[key]
                cmp(f"{qname} {key}", used, limit, unit)
    return problems, lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chart")
    parser.add_argument("--env")
    args = parser.parse_args()
    failed = 0
    for entry in matrix(args.chart, args.env):
        problems, lines = check(entry)
        print(f"{entry['chart']}/{entry['env']}: {'OK' if not problems else 'OVER BUDGET'}")
        for line in lines:
            print(line)
        for p in problems:
            print(f"  ! {p}")
        failed += bool(problems)
    print(f"{failed} environment(s) over budget")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
