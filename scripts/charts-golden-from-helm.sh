#!/usr/bin/env bash
# Regenerate golden/<chart>/<env>.yaml from real Helm (helm-oracle) for every entry of
# chartc.yaml, and lint every chart/env with `helm lint --strict` (no message allowed).
# Usage: scripts/charts-golden-from-helm.sh [--check] [--no-lint] [--chart NAME] [--env NAME]
#   --check   diff against the golden files instead of rewriting them (exit 1 on drift)
# Env: HELM_ORACLE (default ../shared/tools/helm-oracle beside the repository).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=$(scripts/charts-python.sh)
exec "$PY" scripts/charts_golden.py "$@"
