#!/usr/bin/env bash
# Every check of the product charts, as CI runs them:
#   1. golden files == helm-oracle template, and helm lint --strict clean (scripts/charts-golden-from-helm.sh --check)
#   2. Kubernetes v1.36 schema validation, strict (scripts/charts-validate.sh)
#   3. budgets and rendered ResourceQuotas (scripts/charts-budget-check.py)
#   4. workload policy of CHARTS.md (scripts/charts-policy-check.py)
# Step 1 is skipped with a message when helm-oracle (../shared) is absent.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
if [[ -x ../shared/tools/helm-oracle || -x /work/shared/tools/helm-oracle || -n ${HELM_ORACLE:-} ]]; then
  scripts/charts-golden-from-helm.sh --check || status=1
else
  echo "skip: helm-oracle not found, golden/lint check not run"
fi
scripts/charts-validate.sh >/tmp/charts-validate.$$ 2>&1 || { cat /tmp/charts-validate.$$; status=1; }
tail -1 /tmp/charts-validate.$$; rm -f /tmp/charts-validate.$$
python3 scripts/charts-budget-check.py >/tmp/charts-budget.$$ 2>&1 || { cat /tmp/charts-budget.$$; status=1; }
tail -1 /tmp/charts-budget.$$; rm -f /tmp/charts-budget.$$
python3 scripts/charts-policy-check.py | tail -1 || status=1
python3 scripts/charts-policy-check.py >/dev/null || status=1
exit $status
