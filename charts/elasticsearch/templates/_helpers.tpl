{{/*
Chart name, truncated to 63 characters.
*/}}
{{- define "elasticsearch.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name. A release name that already contains the chart name is used as is.
*/}}
{{- define "elasticsearch.fullname" -}}
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
Name of the headless Service that governs the StatefulSet.
*/}}
{{- define "elasticsearch.headlessName" -}}
{{- printf "%s-headless" (include "elasticsearch.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Chart label value.
*/}}
{{- define "elasticsearch.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Namespace of every namespaced object: the tenant namespace in tenant mode, else the release namespace.
*/}}
{{- define "elasticsearch.namespace" -}}
{{- if .Values.tenant.enabled }}
{{- tpl .Values.tenant.namespaceTemplate . | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- .Release.Namespace }}
{{- end }}
{{- end }}

{{/*
Common labels (Kubernetes recommended labels).
*/}}
{{- define "elasticsearch.labels" -}}
helm.sh/chart: {{ include "elasticsearch.chart" . }}
{{ include "elasticsearch.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/component: search
app.kubernetes.io/part-of: es-serverless
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- if .Values.tenant.enabled }}
tenant-org-id: {{ .Values.tenant.orgId | quote }}
{{- end }}
{{- end }}

{{/*
Selector labels.
*/}}
{{- define "elasticsearch.selectorLabels" -}}
app.kubernetes.io/name: {{ include "elasticsearch.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
ServiceAccount name.
*/}}
{{- define "elasticsearch.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "elasticsearch.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Container image: registry/repository:tag; global.imageRegistry wins, the tag defaults to appVersion.
*/}}
{{- define "elasticsearch.image" -}}
{{- $registry := default .Values.image.registry .Values.global.imageRegistry }}
{{- $tag := default .Chart.AppVersion .Values.image.tag | toString }}
{{- if $registry }}
{{- printf "%s/%s:%s" $registry .Values.image.repository $tag }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository $tag }}
{{- end }}
{{- end }}

{{/*
Image pull secrets of the chart and global values.
*/}}
{{- define "elasticsearch.imagePullSecrets" -}}
{{- $secrets := concat .Values.global.imagePullSecrets .Values.imagePullSecrets }}
{{- if $secrets }}
imagePullSecrets:
{{- range $secrets }}
  - name: {{ . }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Memory limit in MiB (accepts Mi and Gi quantities).
*/}}
{{- define "elasticsearch.memoryLimitMi" -}}
{{- $mem := .Values.resources.limits.memory | toString }}
{{- if hasSuffix "Gi" $mem }}
{{- mul (trimSuffix "Gi" $mem | atoi) 1024 }}
{{- else if hasSuffix "Mi" $mem }}
{{- trimSuffix "Mi" $mem | atoi }}
{{- else }}
{{- fail (printf "resources.limits.memory must be given in Mi or Gi, got %q" $mem) }}
{{- end }}
{{- end }}

{{/*
JVM options: heap = heap.percent of the memory limit.
*/}}
{{- define "elasticsearch.javaOpts" -}}
{{- $heap := div (mul (include "elasticsearch.memoryLimitMi" . | atoi) .Values.heap.percent) 100 }}
{{- printf "-Xms%dm -Xmx%dm" $heap $heap }}
{{- end }}

{{/*
Name of the Secret holding the elastic password.
*/}}
{{- define "elasticsearch.secretName" -}}
{{- default (printf "%s-credentials" (include "elasticsearch.fullname" .)) .Values.security.existingSecret }}
{{- end }}

{{/*
Elastic password: the existing Secret's (lookup, empty offline), else the value, else one derived from the release.
Returns the base64-encoded value.
*/}}
{{- define "elasticsearch.password" -}}
{{- $existing := lookup "v1" "Secret" (include "elasticsearch.namespace" .) (include "elasticsearch.secretName" .) }}
{{- if and $existing $existing.data (hasKey $existing.data "password") }}
{{- index $existing.data "password" }}
{{- else if .Values.security.elasticPassword }}
{{- .Values.security.elasticPassword | b64enc }}
{{- else }}
{{- printf "%s/%s/%s" .Release.Name .Release.Namespace .Values.cluster.name | sha256sum | trunc 24 | b64enc }}
{{- end }}
{{- end }}

{{/*
PodDisruptionBudget API version.
*/}}
{{- define "elasticsearch.pdb.apiVersion" -}}
{{- if and (.Capabilities.APIVersions.Has "policy/v1") (semverCompare ">=1.21-0" .Capabilities.KubeVersion.Version) -}}
policy/v1
{{- else -}}
policy/v1beta1
{{- end }}
{{- end }}

{{/*
Whether node-to-node TLS is on: security enabled on a multi-node cluster (Elasticsearch refuses
to start otherwise; single-node discovery is exempt).
*/}}
{{- define "elasticsearch.transportTLS" -}}
{{- if and .Values.security.enabled (gt (int .Values.replicas) 1) }}true{{ end }}
{{- end }}

{{/*
Name of the transport TLS Secret.
*/}}
{{- define "elasticsearch.transportTLSSecret" -}}
{{- .Values.security.transportTLS.secretName | default (printf "%s-transport-tls" (include "elasticsearch.fullname" .)) }}
{{- end }}
