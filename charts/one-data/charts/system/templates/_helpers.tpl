{{/*
System subchart helpers; names, labels and workloads come from the one-data-common library.
*/}}
{{- define "system.name" -}}
{{- .Chart.Name }}
{{- end }}

{{- define "system.fullname" -}}
{{- include "one-data-common.fullname" . }}
{{- end }}

{{- define "system.labels" -}}
{{- include "one-data-common.labels" . }}
{{- end }}

{{- define "system.selectorLabels" -}}
{{- include "one-data-common.selectorLabels" . }}
{{- end }}

{{- define "system.serviceAccountName" -}}
default
{{- end }}

{{- define "system.image" -}}
{{- include "one-data-common.image" . }}
{{- end }}

{{/*
vault.hcl: raft storage joined through the headless Service, plain HTTP inside the cluster.
*/}}
{{- define "system.vaultConfig" -}}
{{- $name := include "one-data-common.fullname" (dict "ctx" . "name" "vault") -}}
ui = true
disable_mlock = true
listener "tcp" {
  address         = "[::]:8200"
  cluster_address = "[::]:8201"
  tls_disable     = true
}
storage "raft" {
  path = "/vault/data"
{{- range $i := until (int .Values.vault.replicaCount) }}
  retry_join {
    leader_api_addr = "http://{{ $name }}-{{ $i }}.{{ $name }}-internal:8200"
  }
{{- end }}
}
{{- end }}

{{/*
loki.yaml: single binary, filesystem storage, TSDB schema v13, retention by the compactor.
*/}}
{{- define "system.lokiConfig" -}}
auth_enabled: false
server:
  http_listen_port: {{ .Values.loki.port }}
common:
  path_prefix: /var/loki
  replication_factor: 1
  ring:
    kvstore:
      store: inmemory
  storage:
    filesystem:
      chunks_directory: /var/loki/chunks
      rules_directory: /var/loki/rules
schema_config:
  configs:
    - from: "2024-04-01"
      store: tsdb
      object_store: filesystem
      schema: v13
      index:
        prefix: index_
        period: 24h
limits_config:
  retention_period: {{ .Values.loki.retention }}
compactor:
  working_directory: /var/loki/compactor
  retention_enabled: true
  delete_request_store: filesystem
{{- end }}
