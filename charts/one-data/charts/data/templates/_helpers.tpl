{{/*
Data subchart helpers; names, labels and workloads come from the one-data-common library.
*/}}
{{- define "data.name" -}}
{{- .Chart.Name }}
{{- end }}

{{- define "data.fullname" -}}
{{- include "one-data-common.fullname" . }}
{{- end }}

{{- define "data.labels" -}}
{{- include "one-data-common.labels" . }}
{{- end }}

{{- define "data.selectorLabels" -}}
{{- include "one-data-common.selectorLabels" . }}
{{- end }}

{{- define "data.serviceAccountName" -}}
default
{{- end }}

{{- define "data.image" -}}
{{- include "one-data-common.image" . }}
{{- end }}

{{/*
Components of this chart and whether they get a Service.
*/}}
{{- define "data.components" -}}
{{- toJson (dict "api" true "etl" false "metadata" true "frontend" true) }}
{{- end }}
