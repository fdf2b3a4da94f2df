#!/usr/bin/env bash
# Print a python3 that has PyYAML (and, with --validate, kubernetes-validate): the system
# python3 when it has what is asked, else the charts venv (CHARTS_VENV, default
# /tmp/chartc-charts-venv), created and filled from PyPI on first use.
set -euo pipefail
VENV=${CHARTS_VENV:-/tmp/chartc-charts-venv}
need='import yaml'
[[ ${1:-} == --validate ]] && need='import yaml, kubernetes_validate'
if python3 -c "$need" 2>/dev/null; then command -v python3; exit 0; fi
if [[ ! -x $VENV/bin/python ]] || ! "$VENV/bin/python" -c "$need" 2>/dev/null; then
  python3 -m venv "$VENV" >&2
  "$VENV/bin/pip" install --quiet --disable-pip-version-check kubernetes-validate pyyaml >&2
fi
echo "$VENV/bin/python"
