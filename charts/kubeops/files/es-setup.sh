#!/bin/sh
# Creates the users and roles of the logging stack once Elasticsearch answers:
#   kibana_system (Kibana), vector (writes kubeops-logs-*), kubeops (reads kubeops-logs-*).
set -eu
es() { curl -fsS -u "elastic:${ELASTIC_PASSWORD}" -H 'Content-Type: application/json' "$@"; }
until es "${ES_URL}/_cluster/health?wait_for_status=yellow&timeout=10s" >/dev/null; do
  echo "waiting for ${ES_URL}"; sleep 5
done
es -X POST "${ES_URL}/_security/user/kibana_system/_password" -d "{\"password\":\"${KIBANA_PASSWORD}\"}"
es -X PUT "${ES_URL}/_security/role/kubeops-logs-writer" \
  -d '{"cluster":["monitor"],"indices":[{"names":["kubeops-logs-*"],"privileges":["create_index","create_doc","auto_configure"]}]}'
es -X PUT "${ES_URL}/_security/role/kubeops-logs-reader" \
  -d '{"indices":[{"names":["kubeops-logs-*"],"privileges":["read","view_index_metadata"]}]}'
es -X PUT "${ES_URL}/_security/user/vector" -d "{\"password\":\"${VECTOR_PASSWORD}\",\"roles\":[\"kubeops-logs-writer\"]}"
es -X PUT "${ES_URL}/_security/user/kubeops" -d "{\"password\":\"${KUBEOPS_PASSWORD}\",\"roles\":[\"kubeops-logs-reader\"]}"
echo "logging users ready"
