{{/*
Chart name.
*/}}
{{- define "one-data.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name.
*/}}
{{- define "one-data.fullname" -}}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{/*
Chart label value.
*/}}
{{- define "one-data.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Common labels.
*/}}
{{- define "one-data.labels" -}}
helm.sh/chart: {{ include "one-data.chart" . }}
{{ include "one-data.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.global.imageTag | default .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: one-data-studio
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Selector labels.
*/}}
{{- define "one-data.selectorLabels" -}}
app.kubernetes.io/name: {{ include "one-data.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
ServiceAccount name of the umbrella's own pods (tests).
*/}}
{{- define "one-data.serviceAccountName" -}}
{{- include "one-data.fullname" . }}
{{- end }}

{{/*
Image reference of the umbrella's own pods. Argument: an image string.
*/}}
{{- define "one-data.image" -}}
{{- . }}
{{- end }}

{{/*
Enabled layers in deployment order, with their namespace key. Output: JSON list.
*/}}
{{- define "one-data.layers" -}}
{{- $layers := list "system" }}
{{- range $layer, $key := dict "infra" "infrastructure" "data" "data" "model" "model" "agent" "agent" }}
{{- if (index $.Values $key).enabled }}
{{- $layers = append $layers $layer }}
{{- end }}
{{- end }}
{{- toJson $layers }}
{{- end }}
