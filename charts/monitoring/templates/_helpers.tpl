{{/*
Chart name.
*/}}
{{- define "monitoring.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name.
*/}}
{{- define "monitoring.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart label value.
*/}}
{{- define "monitoring.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Common labels.
*/}}
{{- define "monitoring.labels" -}}
helm.sh/chart: {{ include "monitoring.chart" . }}
{{ include "monitoring.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: es-serverless
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Selector labels.
*/}}
{{- define "monitoring.selectorLabels" -}}
app.kubernetes.io/name: {{ include "monitoring.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Name of a component's resources. Argument: dict "ctx" $ "component" "prometheus".
*/}}
{{- define "monitoring.componentName" -}}
{{- printf "%s-%s" (include "monitoring.fullname" .ctx) .component | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels of a component. Argument: dict "ctx" $ "component" "grafana".
*/}}
{{- define "monitoring.componentLabels" -}}
{{ include "monitoring.labels" .ctx }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/*
Selector labels of a component. Argument: dict "ctx" $ "component" "grafana".
*/}}
{{- define "monitoring.componentSelectorLabels" -}}
{{ include "monitoring.selectorLabels" .ctx }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/*
ServiceAccount name of a component. Argument: dict "ctx" $ "component" "prometheus".
*/}}
{{- define "monitoring.serviceAccountName" -}}
{{- include "monitoring.componentName" . }}
{{- end }}

{{/*
Image of a component: {registry, repository, tag}; global.imageRegistry wins.
Argument: dict "ctx" $ "image" .Values.grafana.image.
*/}}
{{- define "monitoring.image" -}}
{{- $registry := default .image.registry .ctx.Values.global.imageRegistry }}
{{- printf "%s/%s:%s" $registry .image.repository (toString .image.tag) | trimPrefix "/" }}
{{- end }}

{{/*
Image pull secrets.
*/}}
{{- define "monitoring.imagePullSecrets" -}}
{{- $secrets := concat .Values.global.imagePullSecrets .Values.imagePullSecrets }}
{{- if $secrets }}
imagePullSecrets:
{{- range $secrets }}
  - name: {{ . }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Prometheus URL as seen from inside the cluster.
*/}}
{{- define "monitoring.prometheusUrl" -}}
{{- printf "http://%s:%v" (include "monitoring.componentName" (dict "ctx" . "component" "prometheus")) .Values.prometheus.port }}
{{- end }}

{{/*
Grafana admin password, base64, for the Secret the chart creates (no grafana.existingSecret): the
stored one (lookup; empty offline), else grafana.adminPassword, else randAlphaNum 32.
*/}}
{{- define "monitoring.grafanaPassword" -}}
{{- $name := include "monitoring.componentName" (dict "ctx" . "component" "grafana") }}
{{- $existing := lookup "v1" "Secret" .Release.Namespace $name }}
{{- if and $existing (hasKey ($existing.data | default dict) "admin-password") }}
{{- index $existing.data "admin-password" }}
{{- else }}
{{- .Values.grafana.adminPassword | default (randAlphaNum 32) | b64enc }}
{{- end }}
{{- end }}

{{/*
Relabel source labels and regex selecting the Elasticsearch node pods (elasticsearch.podLabels,
sorted by key), e.g. [__meta_kubernetes_pod_label_app_kubernetes_io_component, ...] and "search;elasticsearch".
*/}}
{{- define "monitoring.esPodLabelSources" -}}
{{- $sources := list }}
{{- range $key := keys .Values.elasticsearch.podLabels | sortAlpha }}
{{- $sources = append $sources (printf "__meta_kubernetes_pod_label_%s" (regexReplaceAll "[^a-zA-Z0-9_]" $key "_")) }}
{{- end }}
{{- join ", " $sources }}
{{- end }}

{{- define "monitoring.esPodLabelRegex" -}}
{{- $values := list }}
{{- range $key := keys .Values.elasticsearch.podLabels | sortAlpha }}
{{- $values = append $values (index $.Values.elasticsearch.podLabels $key) }}
{{- end }}
{{- join ";" $values }}
{{- end }}

{{/*
Name of the Secret with Grafana's admin-user and admin-password.
*/}}
{{- define "monitoring.grafanaSecretName" -}}
{{- .Values.grafana.existingSecret | default (include "monitoring.componentName" (dict "ctx" . "component" "grafana")) }}
{{- end }}
