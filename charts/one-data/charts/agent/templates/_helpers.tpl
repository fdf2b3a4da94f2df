{{/*
Agent subchart helpers; names, labels and workloads come from the one-data-common library.
*/}}
{{- define "agent.name" -}}
{{- .Chart.Name }}
{{- end }}

{{- define "agent.fullname" -}}
{{- include "one-data-common.fullname" . }}
{{- end }}

{{- define "agent.labels" -}}
{{- include "one-data-common.labels" . }}
{{- end }}

{{- define "agent.selectorLabels" -}}
{{- include "one-data-common.selectorLabels" . }}
{{- end }}

{{- define "agent.serviceAccountName" -}}
default
{{- end }}

{{- define "agent.image" -}}
{{- include "one-data-common.image" . }}
{{- end }}

{{/*
Components of this chart and whether they get a Service.
*/}}
{{- define "agent.components" -}}
{{- toJson (dict "api" true "workflow" true "knowledgebase" true "frontend" true) }}
{{- end }}
