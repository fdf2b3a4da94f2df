{{/*
Namespace of a layer: .Values.namespace, else global.namespaces.<layer>, else the release namespace.
Argument: the chart context; the layer is .Values.layer.
*/}}
{{- define "one-data-common.namespace" -}}
{{- $global := (.Values.global | default dict).namespaces | default dict }}
{{- .Values.namespace | default (index $global (.Values.layer | default "")) | default .Release.Namespace }}
{{- end }}

{{/*
Full name of a component: <prefix>-<name>, the prefix being .Values.namePrefix when the chart sets
that key (may be empty: bare names such as `mysql`), else the chart name or alias.
Argument: dict "ctx" $ "name" "api".
*/}}
{{- define "one-data-common.fullname" -}}
{{- $prefix := ternary .ctx.Values.namePrefix .ctx.Chart.Name (hasKey .ctx.Values "namePrefix") }}
{{- if $prefix }}
{{- printf "%s-%s" $prefix .name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- .name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{/*
Chart label value.
*/}}
{{- define "one-data-common.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels of a component (Kubernetes recommended labels plus the seed's `app`).
Argument: dict "ctx" $ "name" "api".
*/}}
{{- define "one-data-common.labels" -}}
helm.sh/chart: {{ include "one-data-common.chart" .ctx }}
{{ include "one-data-common.selectorLabels" . }}
app: {{ include "one-data-common.fullname" . }}
app.kubernetes.io/version: {{ .ctx.Values.global.imageTag | default .ctx.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: one-data-studio
app.kubernetes.io/managed-by: {{ .ctx.Release.Service }}
one-data.io/layer: {{ .ctx.Values.layer | default "platform" }}
{{- end }}

{{/*
Selector labels of a component. Argument: dict "ctx" $ "name" "api".
*/}}
{{- define "one-data-common.selectorLabels" -}}
app.kubernetes.io/name: {{ .ctx.Chart.Name }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end }}

{{/*
Image reference. Argument: dict "ctx" $ "image" {registry, repository, tag}.
An explicit image.registry (third-party images) wins, else global.imageRegistry (the platform's
Harbor); the tag defaults to global.imageTag, then appVersion.
*/}}
{{- define "one-data-common.image" -}}
{{- $registry := .image.registry | default .ctx.Values.global.imageRegistry }}
{{- $tag := .image.tag | default .ctx.Values.global.imageTag | default .ctx.Chart.AppVersion | toString }}
{{- if $registry }}
{{- printf "%s/%s:%s" $registry .image.repository $tag }}
{{- else }}
{{- printf "%s:%s" .image.repository $tag }}
{{- end }}
{{- end }}

{{/*
Password of an application database user (base64), shared by the infrastructure chart (which
renders it into the Secrets) and the application charts (which checksum it): the existing
mysql-credentials Secret's key (lookup; empty offline), else randAlphaNum (a first install).
Argument: dict "ctx" $ "db" "data".
*/}}
{{- define "one-data-common.databasePassword" -}}
{{- $infra := (.ctx.Values.global.namespaces | default dict).infra | default "one-data-infra" }}
{{- $existing := lookup "v1" "Secret" $infra "mysql-credentials" }}
{{- $data := ($existing | default dict).data | default dict }}
{{- $key := printf "%s-password" .db }}
{{- if hasKey $data $key }}
{{- index $data $key }}
{{- else }}
{{- randAlphaNum 32 | b64enc }}
{{- end }}
{{- end }}
