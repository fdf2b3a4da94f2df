#!/usr/bin/env bash
# Regenerate golden/<chart>/<env>.yaml from real Helm (helm-oracle) for every entry of
# chartc.yaml, and lint every chart/env with `helm lint --strict`.
#
# Usage: scripts/charts-golden-from-helm.sh [--check] [--chart NAME] [--env NAME]
#   --check   compare with the golden files instead of rewriting them (exit 1 on drift)
# Env: HELM_ORACLE (default ../shared/tools/helm-oracle next to the repository, or
#      /work/shared/tools/helm-oracle).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

ORACLE=${HELM_ORACLE:-}
if [[ -z $ORACLE ]]; then
  for c in "$ROOT/../shared/tools/helm-oracle" /work/shared/tools/helm-oracle; do
    [[ -x $c ]] && { ORACLE=$c; break; }
  done
fi
[[ -n $ORACLE && -x $ORACLE ]] || { echo "helm-oracle not found (set HELM_ORACLE)" >&2; exit 2; }

CHECK=0; FILTER=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --check) CHECK=1; shift ;;
    --chart|--env) FILTER+=("$1" "$2"); shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

PY=python3
python3 -c 'import yaml' 2>/dev/null || { echo "python3 with PyYAML is required" >&2; exit 2; }

fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
while IFS= read -r line; do
  chart=$(jq -r .chart <<<"$line"); env=$(jq -r .env <<<"$line")
  path=$(jq -r .path <<<"$line"); release=$(jq -r .release <<<"$line")
  ns=$(jq -r .namespace <<<"$line"); golden=$(jq -r .golden <<<"$line")
  kube=$(jq -r .kubeVersion <<<"$line")
  args=()
  while IFS= read -r v; do [[ -n $v ]] && args+=(-f "$v"); done < <(jq -r '.values[]' <<<"$line")
  sets=()
  while IFS= read -r s; do [[ -n $s ]] && sets+=(--set "$s"); done < <(jq -r '.set[]' <<<"$line")

  out="$tmp/$chart-$env.yaml"
  if ! "$ORACLE" template "$path" --name "$release" -n "$ns" "${args[@]}" "${sets[@]}" >"$out" 2>"$tmp/err"; then
    echo "RENDER FAIL $chart/$env"; cat "$tmp/err"; fail=1; continue
  fi
  # helm-oracle uses Helm's default Kubernetes version; the matrix pins it explicitly.
  [[ $kube == v1.36.0 ]] || echo "note: $chart/$env wants kubeVersion $kube; helm-oracle template renders with v1.36.0" >&2

  lint=$("$ORACLE" lint "$path" --strict --kube-version "$kube" "${args[@]}" 2>&1 || true)
  # --strict: any WARNING fails; we also want no INFO (Chart.yaml has an icon) and no ERROR.
  if ! jq -e '(.messages | length) == 0 and (.errors | length) == 0' >/dev/null 2>&1 <<<"$lint"; then
    echo "LINT FAIL $chart/$env"; echo "$lint"; fail=1
  fi

  if [[ $CHECK == 1 ]]; then
    if ! diff -u "$golden" "$out" >"$tmp/diff"; then
      echo "DRIFT $golden"; cat "$tmp/diff"; fail=1
    else
      echo "ok    $golden"
    fi
  else
    mkdir -p "$(dirname "$golden")"
    if [[ -f $golden ]] && cmp -s "$golden" "$out"; then
      echo "same  $golden"
    else
      cp "$out" "$golden"; echo "wrote $golden"
    fi
  fi
done < <($PY scripts/charts_matrix.py "${FILTER[@]}")
exit $fail
