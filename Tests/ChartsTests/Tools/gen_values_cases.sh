#!/bin/sh
# Regenerates Data/values-cases/*: Helm's coalesced values and warnings for the test charts.
# Run from Tests/ChartsTests.
set -e
cd Data
mkdir -p values-cases
for f in charts/parent/values.yaml charts/parent/charts/sub1/values.yaml charts/parent/charts/sub1/charts/leaf/values.yaml values/*.yaml; do
  /work/shared/tools/helm-oracle yaml2json "$f" > "$f.json"
done
for u in values/*.yaml; do
  n=$(basename "$u" .yaml)
  if /work/shared/tools/helm-oracle values charts/parent -f "$u" > "values-cases/$n.json" 2> "values-cases/$n.stderr"; then :; else echo "exit $?" >> "values-cases/$n.stderr"; fi
  sed -i 's/^[0-9/]* [0-9:]* //' "values-cases/$n.stderr"
done
