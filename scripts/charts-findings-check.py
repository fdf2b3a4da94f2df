#!/usr/bin/env python3
"""Check rendered manifests for the defect classes found in issue 13 (the product charts,
installable for real); each rule fails on the charts as they were before that issue.

Usage: scripts/charts-findings-check.py [FILE...]   (default: golden/*/*.yaml)
Rules (a rule id per class, so that `chartc lint` can take them over):
  selector-selects-transient  a Service or PodDisruptionBudget selects a Helm hook or test pod
  pdb-blocks-drain            a PDB's integer minAvailable is not below its workload's replicas
  rwo-claim-shared            a ReadWriteOnce claim is mounted by more than one pod
  node-local-claim-shared     a claim on a node-local StorageClass (no-provisioner) is mounted by
                              replicas that a required anti-affinity puts on different nodes
  istio-port-protocol         a Service port in an istio-injection namespace has neither a
                              <protocol>[-suffix] name nor appProtocol
  peer-authentication-scope   a namespace-wide PeerAuthentication sits in a namespace rendered
                              without istio-injection (it protects no workload; Istio's root
                              namespace istio-system is exempt)
  cluster-secrets-write       a ClusterRoleBinding grants write verbs on Secrets cluster-wide
  prometheus-lifecycle        Prometheus runs with --web.enable-lifecycle
  image-latest                an image (container, or an image setting in a ConfigMap) uses :latest
  es-awareness-attribute      elasticsearch.yml sets allocation awareness attributes without the
                              matching node.attr.<name>
  es-opensearch-setting       an Elasticsearch ConfigMap carries OpenSearch's index.knn
  ingress-snippet             an Ingress carries an ingress-nginx snippet annotation (refused by
                              current ingress-nginx defaults)
  replicated-without-pdb      a Deployment or StatefulSet of more than one replica (or under an
                              HPA) that no PodDisruptionBudget selects
  duplicate-key               a mapping repeats a key (YAML parsers keep one silently)
Needs PyYAML. Exit 1 on any finding.
"""
import glob
import re
import sys

import yaml

from charts_objects import pod_template

WORKLOADS = {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "Pod"}
PROTOCOLS = {"http", "http2", "https", "grpc", "grpc-web", "tcp", "tls", "udp", "mongo", "mysql", "redis"}
WRITE = {"create", "update", "patch", "delete", "deletecollection", "*"}


class DuplicateKeyLoader(yaml.SafeLoader):
    """A SafeLoader that records repeated mapping keys instead of keeping the last silently."""

    duplicates = []

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, (str, int, float, bool)) and key in seen:
                DuplicateKeyLoader.duplicates.append((key, key_node.start_mark.line + 1))
            seen.add(key) if isinstance(key, (str, int, float, bool)) else None
        return super().construct_mapping(node, deep=deep)


def ns_of(o, default):
    return (o.get("metadata") or {}).get("namespace") or default


def is_transient(o):
    return "helm.sh/hook" in ((o.get("metadata") or {}).get("annotations") or {})


def matches(selector, labels):
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def replicas(o, hpa_min):
    key = (o["kind"], o["metadata"]["name"], o["metadata"].get("namespace"))
    if key in hpa_min:
        return hpa_min[key]
    if o["kind"] in ("Deployment", "StatefulSet", "ReplicaSet"):
        return int((o.get("spec") or {}).get("replicas", 1))
    return 1


def check(path):
    DuplicateKeyLoader.duplicates = []
    with open(path, encoding="utf-8") as f:
        objs = [d for d in yaml.load_all(f, Loader=DuplicateKeyLoader) if isinstance(d, dict) and d.get("kind")]
    default_ns = "default"
    found = [("duplicate-key", f"line {line}: key {key!r} repeated") for key, line in DuplicateKeyLoader.duplicates]
    namespaces = {o["metadata"]["name"]: (o["metadata"].get("labels") or {}) for o in objs if o["kind"] == "Namespace"}
    injected = {n for n, l in namespaces.items() if l.get("istio-injection") == "enabled" or l.get("istio.io/rev")}
    # pods can opt in one by one (sidecar.istio.io/inject: "true" as a label or annotation)
    for o in objs:
        if o["kind"] in WORKLOADS:
            meta, _ = pod_template(o)
            marks = {**(meta.get("annotations") or {}), **(meta.get("labels") or {})}
            if str(marks.get("sidecar.istio.io/inject", "")).lower() == "true":
                injected.add(ns_of(o, default_ns))
    hpa_min, hpa_max = {}, {}
    for o in objs:
        if o["kind"] == "HorizontalPodAutoscaler":
            ref = o["spec"]["scaleTargetRef"]
            key = (ref["kind"], ref["name"], o["metadata"].get("namespace"))
            hpa_min[key] = int(o["spec"].get("minReplicas", 1))
            hpa_max[key] = int(o["spec"].get("maxReplicas", 1))
    pods = []  # (object, namespace, pod labels, pod spec)
    for o in objs:
        if o["kind"] in WORKLOADS:
            meta, ps = pod_template(o)
            pods.append((o, ns_of(o, default_ns), meta.get("labels") or {}, ps))

    for o in objs:
        kind, name, ns = o["kind"], o["metadata"]["name"], ns_of(o, default_ns)
        what = f"{kind}/{name}"
        spec = o.get("spec") or {}
        if kind in ("Service", "PodDisruptionBudget"):
            sel = spec.get("selector") if kind == "Service" else (spec.get("selector") or {}).get("matchLabels")
            for w, wns, labels, _ in pods:
                if wns == ns and is_transient(w) and matches(sel, labels):
                    found.append(("selector-selects-transient", f"{what} selects {w['kind']}/{w['metadata']['name']}"))
        if kind == "PodDisruptionBudget" and isinstance(spec.get("minAvailable"), int):
            sel = (spec.get("selector") or {}).get("matchLabels")
            for w, wns, labels, _ in pods:
                if wns == ns and not is_transient(w) and w["kind"] in ("Deployment", "StatefulSet", "ReplicaSet") and matches(sel, labels):
                    n = replicas(w, hpa_min)
                    if spec["minAvailable"] >= n:
                        found.append(("pdb-blocks-drain", f"{what} minAvailable {spec['minAvailable']} >= {n} replicas of {w['kind']}/{w['metadata']['name']}"))
        if kind == "Service" and ns in injected:
            for p in spec.get("ports") or []:
                pname = p.get("name") or ""
                if not p.get("appProtocol") and pname.split("-")[0] not in PROTOCOLS:
                    found.append(("istio-port-protocol", f"{what} port {pname or p.get('port')} in mesh namespace {ns}"))
        if kind == "PeerAuthentication" and not (spec.get("selector") or {}).get("matchLabels"):
            if ns not in injected and ns != "istio-system":
                found.append(("peer-authentication-scope", f"{what} in {ns}, a namespace without sidecar injection"))
        if kind == "ClusterRoleBinding":
            role = (o.get("roleRef") or {}).get("name")
            for r in objs:
                if r["kind"] == "ClusterRole" and r["metadata"]["name"] == role:
                    for rule in r.get("rules") or []:
                        if ("secrets" in (rule.get("resources") or []) or "*" in (rule.get("resources") or [])) \
                                and "" in (rule.get("apiGroups") or []) and WRITE & set(rule.get("verbs") or []) \
                                and not rule.get("resourceNames"):
                            found.append(("cluster-secrets-write", f"{what} grants {sorted(WRITE & set(rule['verbs']))} on secrets cluster-wide"))
        if kind == "Ingress":
            for key in (o["metadata"].get("annotations") or {}):
                if key.startswith("nginx.ingress.kubernetes.io/") and key.endswith("-snippet"):
                    found.append(("ingress-snippet", f"{what} annotation {key}"))
        if kind == "ConfigMap":
            for key, text in (o.get("data") or {}).items():
                text = str(text)
                if re.search(r"""(image\s*[=:]\s*["']?[^\s"']+:latest["']?|tag:\s*["']?latest\b)""", text):
                    found.append(("image-latest", f"{what} {key} names a :latest image"))
                if key.endswith(("elasticsearch.yml",)):
                    m = re.search(r"awareness\.attributes:\s*\"?([A-Za-z0-9_,\s]+)\"?", text)
                    if m:
                        for attr in [a.strip() for a in m.group(1).split(",") if a.strip()]:
                            if not re.search(rf"node\.attr\.{re.escape(attr)}\s*:", text):
                                found.append(("es-awareness-attribute", f"{what} awareness on {attr} without node.attr.{attr}"))
                if "index.knn" in text and any("elasticsearch" in str(c.get("image", ""))
                                               for _, wns, _, ps in pods if wns == ns for c in ps.get("containers") or []):
                    found.append(("es-opensearch-setting", f"{what} {key} uses OpenSearch's index.knn"))

    pdb_selectors = [((p.get("spec") or {}).get("selector") or {}).get("matchLabels") for p in objs
                     if p["kind"] == "PodDisruptionBudget"]
    for w, wns, labels, _ in pods:
        if w["kind"] in ("Deployment", "StatefulSet") and replicas(w, hpa_max) > 1:
            covered = any(matches(sel, labels) for p, sel in zip([p for p in objs if p["kind"] == "PodDisruptionBudget"], pdb_selectors)
                          if ns_of(p, default_ns) == wns)
            if not covered:
                found.append(("replicated-without-pdb", f"{w['kind']}/{w['metadata']['name']} ({replicas(w, hpa_max)} replicas)"))

    claims = {}
    for w, wns, _, ps in pods:
        if is_transient(w):
            continue
        n = replicas(w, hpa_max)
        for c in (ps.get("containers") or []) + (ps.get("initContainers") or []):
            if "--web.enable-lifecycle" in (c.get("args") or []) + (c.get("command") or []):
                found.append(("prometheus-lifecycle", f"{w['kind']}/{w['metadata']['name']} container {c.get('name')}"))
            if str(c.get("image", "")).endswith(":latest"):
                found.append(("image-latest", f"{w['kind']}/{w['metadata']['name']} container {c.get('name')}"))
        for v in ps.get("volumes") or []:
            claim = (v.get("persistentVolumeClaim") or {}).get("claimName")
            if claim:
                claims.setdefault((wns, claim), []).append((w, n))
    local_classes = {o["metadata"]["name"] for o in objs
                     if o["kind"] == "StorageClass" and o.get("provisioner") == "kubernetes.io/no-provisioner"}
    for (cns, claim), users in claims.items():
        pvc = next((o for o in objs if o["kind"] == "PersistentVolumeClaim" and o["metadata"]["name"] == claim
                    and ns_of(o, default_ns) == cns), None)
        if pvc and (pvc.get("spec") or {}).get("storageClassName") in local_classes:
            spread = [(w, n) for w, n in users if n > 1 and (((pod_template(w)[1].get("affinity") or {})
                      .get("podAntiAffinity") or {}).get("requiredDuringSchedulingIgnoredDuringExecution"))]
            if spread:
                found.append(("node-local-claim-shared", f"PersistentVolumeClaim/{claim} on node-local class "
                              f"{pvc['spec']['storageClassName']} mounted by {spread[0][0]['kind']}/{spread[0][0]['metadata']['name']} "
                              f"x{spread[0][1]} with required anti-affinity: one pod can schedule"))
        if pvc and "ReadWriteOnce" in ((pvc.get("spec") or {}).get("accessModes") or []):
            total = sum(n for _, n in users)
            if total > 1:
                names = ", ".join(f"{w['kind']}/{w['metadata']['name']} x{n}" for w, n in users)
                found.append(("rwo-claim-shared", f"PersistentVolumeClaim/{claim} (ReadWriteOnce) mounted by {names}"))
    return found, len(objs)


def main():
    files = sys.argv[1:] or sorted(glob.glob("golden/*/*.yaml"))
    bad = 0
    for path in files:
        found, n = check(path)
        print(f"{path}: {n} objects, {len(found)} finding(s)")
        for rule, text in found:
            print(f"  ! [{rule}] {text}")
        bad += len(found)
    print(f"{bad} finding(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
