#!/usr/bin/env bash
# Validate every golden manifest (golden/<chart>/<env>.yaml) against the Kubernetes
# v1.36 schemas in strict mode with the PyPI package kubernetes-validate.
# Creates its own virtual environment (CHARTS_VENV, default /tmp/chartc-charts-venv).
# Usage: scripts/charts-validate.sh [FILE...]   (default: every golden file)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${CHARTS_VENV:-/tmp/chartc-charts-venv}
KUBE_VERSION=${KUBE_VERSION:-1.36.0}
if [[ ! -x $VENV/bin/python ]] || ! "$VENV/bin/python" -c 'import kubernetes_validate, yaml' 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check kubernetes-validate pyyaml
fi
if [[ $# -eq 0 ]]; then
  set -- golden/*/*.yaml
fi
exec "$VENV/bin/python" scripts/charts_validate.py --kube-version "$KUBE_VERSION" "$@"
