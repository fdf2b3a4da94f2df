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
A password kept across upgrades: the existing Secret's key (lookup; empty offline), else the value,
else derived from the release. Returns base64.
Argument: dict "ctx" $ "namespace" ns "secret" name "key" key "value" value "salt" salt.
*/}}
{{- define "infrastructure.password" -}}
{{- $existing := lookup "v1" "Secret" .namespace .secret }}
{{- $data := ($existing | default dict).data | default dict }}
{{- if hasKey $data .key }}
{{- index $data .key }}
{{- else if .value }}
{{- .value | b64enc }}
{{- else }}
{{- printf "%s/%s/%s" .ctx.Release.Name .ctx.Release.Namespace .salt | sha256sum | trunc 24 | b64enc }}
{{- end }}
{{- end }}
