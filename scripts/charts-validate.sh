#!/usr/bin/env bash
# Validate every golden manifest (golden/<chart>/<env>.yaml) against the Kubernetes
# v1.36 schemas in strict mode with the PyPI package kubernetes-validate.
# Creates its own virtual environment when needed (CHARTS_VENV, default /tmp/chartc-charts-venv).
# Usage: scripts/charts-validate.sh [FILE...]   (default: every golden file)
set -euo pipefail
cd "$(dirname "$0")/.."
KUBE_VERSION=${KUBE_VERSION:-1.36.0}
PY=$(scripts/charts-python.sh --validate)
if [[ $# -eq 0 ]]; then
  set -- golden/*/*.yaml
fi
exec "$PY" scripts/charts_validate.py --kube-version "$KUBE_VERSION" "$@"
