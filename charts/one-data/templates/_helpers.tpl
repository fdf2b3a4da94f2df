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

{{/*
Enabled layers whose namespace is in the mesh (istio-injection). Output: JSON list.
*/}}
{{- define "one-data.meshLayers" -}}
{{- $mesh := list }}
{{- if .Values.global.istio.enabled }}
{{- range $layer := include "one-data.layers" . | fromJsonArray }}
{{- if has $layer $.Values.namespaces.istioInjection }}
{{- $mesh = append $mesh $layer }}
{{- end }}
{{- end }}
{{- end }}
{{- toJson $mesh }}
{{- end }}

{{/*
Pod-security labels of a namespace. Argument: dict "ctx" $ "mesh" bool.
A mesh namespace without the Istio CNI node agent runs istio-init (NET_ADMIN, NET_RAW), which
only the privileged level admits; with CNI the injected pods meet the configured level.
*/}}
{{- define "one-data.podSecurityLabels" -}}
{{- $ps := .ctx.Values.namespaces.podSecurity }}
{{- $enforce := ternary "privileged" $ps.enforce (and .mesh (not .ctx.Values.global.istio.cni)) }}
pod-security.kubernetes.io/enforce: {{ $enforce }}
pod-security.kubernetes.io/audit: {{ $ps.audit }}
pod-security.kubernetes.io/warn: {{ $ps.warn }}
{{- end }}

{{/*
Whether an API (group/version or group/version/Kind) is served: .Capabilities.APIVersions.Has, or
listed in global.apiVersions (for `helm template` without a cluster, like --api-versions).
Argument: dict "ctx" $ "api" "security.istio.io/v1". Returns "true" or "".
*/}}
{{- define "one-data.hasAPI" -}}
{{- if or (.ctx.Capabilities.APIVersions.Has .api) (has .api .ctx.Values.global.apiVersions) }}true{{ end }}
{{- end }}

{{/*
Public hosts of the gateway: gateway.hosts (rendered with tpl), and Harbor's hosts while the
infrastructure layer deploys it. Output: JSON list.
*/}}
{{- define "one-data.gatewayHosts" -}}
{{- $hosts := list }}
{{- range .Values.gateway.hosts }}
{{- $hosts = append $hosts (tpl . $) }}
{{- end }}
{{- $infra := .Values.infrastructure | default dict }}
{{- if and $infra.enabled ($infra.harbor | default dict).enabled }}
{{- range $infra.harbor.hosts | default (list "harbor.{{ .Values.global.domain }}") }}
{{- $hosts = append $hosts (tpl . $) }}
{{- end }}
{{- end }}
{{- toJson ($hosts | uniq) }}
{{- end }}
