{{/*
Infrastructure subchart helpers. Names, labels and workloads come from the one-data-common library;
these wrap it for this chart (CHARTS.md: name, fullname, labels, selectorLabels, serviceAccountName, image).
*/}}
{{- define "infrastructure.name" -}}
{{- .Chart.Name }}
{{- end }}

{{- define "infrastructure.fullname" -}}
{{- include "one-data-common.fullname" (dict "ctx" .ctx "name" .name) }}
{{- end }}

{{- define "infrastructure.labels" -}}
{{- include "one-data-common.labels" . }}
{{- end }}

{{- define "infrastructure.selectorLabels" -}}
{{- include "one-data-common.selectorLabels" . }}
{{- end }}

{{- define "infrastructure.serviceAccountName" -}}
default
{{- end }}

{{- define "infrastructure.image" -}}
{{- include "one-data-common.image" . }}
{{- end }}

{{/*
The components of this chart, in order.
*/}}
{{- define "infrastructure.components" -}}
{{- toJson (list "minio" "mysql" "redis" "milvus") }}
{{- end }}

{{/*
A generated password kept across upgrades: the stored Secret's key (lookup; empty offline), else
the value, else randAlphaNum 32. Returns base64.
Argument: dict "namespace" ns "secret" name "key" key "value" value.
*/}}
{{- define "infrastructure.password" -}}
{{- $existing := lookup "v1" "Secret" .namespace .secret }}
{{- $data := ($existing | default dict).data | default dict }}
{{- if hasKey $data .key }}
{{- index $data .key }}
{{- else if .value }}
{{- .value | b64enc }}
{{- else }}
{{- randAlphaNum 32 | b64enc }}
{{- end }}
{{- end }}

{{/*
Fails when global.secrets.requireExisting is set (production) and global.secrets.existing is not.
*/}}
{{- define "infrastructure.checkSecrets" -}}
{{- if and .Values.global.secrets.requireExisting (not .Values.global.secrets.existing) }}
{{- fail "global.secrets.existing is required (global.secrets.requireExisting): create mysql-credentials, minio-credentials, the <layer>-db-credentials and model-store-credentials Secrets first (see the README)" }}
{{- end }}
{{- end }}
