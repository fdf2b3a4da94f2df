#!/usr/bin/env bash
# Every check of the product charts, as CI runs them:
#   1. golden files == helm-oracle template, and helm lint --strict clean (charts-golden-from-helm.sh --check)
#   2. Kubernetes v1.36 schema validation, strict (charts-validate.sh)
#   3. budgets and rendered ResourceQuotas (chartc budget; skipped when chartc is not built)
#   4. workload policy of CHARTS.md (charts-policy-check.py)
#   5. the defect classes of issue 13 (charts-findings-check.py: hook-selecting selectors, PDBs
#      blocking drains, shared ReadWriteOnce / node-local claims, Istio port protocols and
#      PeerAuthentication scope, cluster-wide Secret writes, Prometheus lifecycle API, :latest
#      images, Elasticsearch awareness attributes and OpenSearch settings, Ingress snippets,
#      replicated workloads without a PDB, repeated mapping keys)
#   6. the one-data library vendored into every subchart is up to date (charts-vendor-library.py --check)
# Step 1 is skipped with a message when helm-oracle (../shared) is absent.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
PY=$(scripts/charts-python.sh) || exit 2
if [[ -n ${HELM_ORACLE:-} || -x ../shared/tools/helm-oracle || -x /work/shared/tools/helm-oracle ]]; then
  scripts/charts-golden-from-helm.sh --check || status=1
else
  echo "skip: helm-oracle not found, golden/lint check not run"
fi
run() { local out; out=$("$@" 2>&1); local rc=$?; if [[ $rc -ne 0 ]]; then echo "$out"; status=1; else echo "$out" | tail -1; fi; }
run scripts/charts-validate.sh
CHARTC=${CHARTC:-.build/debug/chartc}
if [[ -x $CHARTC ]]; then
  run "$CHARTC" budget --color never
else
  echo "skip: $CHARTC not built, budgets not checked (chartc budget)"
fi
run "$PY" scripts/charts-policy-check.py
run "$PY" scripts/charts-findings-check.py
run "$PY" scripts/charts-vendor-library.py --check
exit $status
