{{/*
Chart name.
*/}}
{{- define "workfx.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name.
*/}}
{{- define "workfx.fullname" -}}
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
{{- define "workfx.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Common labels.
*/}}
{{- define "workfx.labels" -}}
helm.sh/chart: {{ include "workfx.chart" . }}
{{ include "workfx.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: workfx-ai
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Selector labels.
*/}}
{{- define "workfx.selectorLabels" -}}
app.kubernetes.io/name: {{ include "workfx.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Labels of a component. Argument: dict "ctx" $ "component" "api".
*/}}
{{- define "workfx.componentLabels" -}}
{{ include "workfx.labels" .ctx }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/*
Selector labels of a component. Argument: dict "ctx" $ "component" "api".
*/}}
{{- define "workfx.componentSelectorLabels" -}}
{{ include "workfx.selectorLabels" .ctx }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/*
ServiceAccount name.
*/}}
{{- define "workfx.serviceAccountName" -}}
{{- include "workfx.fullname" . }}
{{- end }}

{{/*
Image reference. Argument: dict "ctx" $ "image" {registry, repository, tag}; the tag defaults to appVersion.
*/}}
{{- define "workfx.image" -}}
{{- $registry := default .image.registry .ctx.Values.global.imageRegistry }}
{{- $tag := default .ctx.Chart.AppVersion .image.tag | toString }}
{{- printf "%s/%s:%s" $registry .image.repository $tag | trimPrefix "/" }}
{{- end }}

{{/*
Image pull secrets.
*/}}
{{- define "workfx.imagePullSecrets" -}}
{{- $secrets := concat .Values.global.imagePullSecrets .Values.imagePullSecrets }}
{{- if $secrets }}
imagePullSecrets:
{{- range $secrets }}
  - name: {{ . }}
{{- end }}
{{- end }}
{{- end }}

{{/*
In-cluster name of an infrastructure service. Argument: dict "ctx" $ "name" "postgresql".
*/}}
{{- define "workfx.infraName" -}}
{{- printf "%s-%s" (include "workfx.fullname" .ctx) .name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Host of an infrastructure service: the in-cluster Service when enabled, else external.host (required).
Argument: dict "ctx" $ "name" "postgresql".
*/}}
{{- define "workfx.infraHost" -}}
{{- $svc := index .ctx.Values.infrastructure .name }}
{{- if $svc.enabled }}
{{- include "workfx.infraName" . }}
{{- else }}
{{- required (printf "infrastructure.%s.external.host is required when %s is not deployed by the chart" .name .name) $svc.external.host }}
{{- end }}
{{- end }}

{{/*
Port of an infrastructure service. Argument: dict "ctx" $ "name" "redis".
*/}}
{{- define "workfx.infraPort" -}}
{{- $svc := index .ctx.Values.infrastructure .name }}
{{- ternary ($svc.servicePort | default $svc.port) $svc.external.port $svc.enabled }}
{{- end }}

{{/*
host:port of an infrastructure service. Argument: dict "ctx" $ "name" "kafka".
*/}}
{{- define "workfx.infraHostPort" -}}
{{- printf "%s:%s" (include "workfx.infraHost" .) (include "workfx.infraPort" .) }}
{{- end }}

{{/*
URL of an infrastructure service. Argument: dict "ctx" $ "name" "elasticsearch" "scheme" "http".
*/}}
{{- define "workfx.infraUrl" -}}
{{- printf "%s://%s" .scheme (include "workfx.infraHostPort" .) }}
{{- end }}

{{/*
Secret holding an infrastructure password, and its key. Argument: dict "ctx" $ "name" "postgresql".
In-cluster services with auth: auth.existingSecret (or the chart's <fullname>-<name> Secret), key
password; external services: external.existingSecret / external.passwordKey.
Returns "secretName/key", or "" when the service has no password.
*/}}
{{- define "workfx.infraSecretRef" -}}
{{- $svc := index .ctx.Values.infrastructure .name }}
{{- if and $svc.enabled $svc.auth $svc.auth.enabled }}
{{- printf "%s/password" ($svc.auth.existingSecret | default (include "workfx.infraName" .)) }}
{{- else if and (not $svc.enabled) $svc.external.existingSecret $svc.external.passwordKey }}
{{- printf "%s/%s" $svc.external.existingSecret $svc.external.passwordKey }}
{{- end }}
{{- end }}

{{/*
A value kept across upgrades: the stored Secret's key (lookup, empty offline), else the given
value, else randAlphaNum 48. Returns base64.
Argument: dict "ctx" $ "secret" name "key" key "value" value "salt" salt.
*/}}
{{- define "workfx.secretValue" -}}
{{- $existing := lookup "v1" "Secret" .ctx.Release.Namespace .secret }}
{{- $data := ($existing | default dict).data | default dict }}
{{- if hasKey $data .key }}
{{- index $data .key }}
{{- else if .value }}
{{- .value | b64enc }}
{{- else }}
{{- randAlphaNum 48 | b64enc }}
{{- end }}
{{- end }}

{{/*
Ingress API version.
*/}}
{{- define "workfx.ingress.apiVersion" -}}
{{- if and (.Capabilities.APIVersions.Has "networking.k8s.io/v1") (semverCompare ">=1.19-0" .Capabilities.KubeVersion.Version) -}}
networking.k8s.io/v1
{{- else -}}
networking.k8s.io/v1beta1
{{- end }}
{{- end }}

{{/*
Environment of the application containers (api, cdc). Argument: dict "ctx" $ "component" "api".
*/}}
{{- define "workfx.appEnv" -}}
{{- $ := .ctx -}}
- name: WORKFX_COMPONENT
  value: {{ .component | quote }}
- name: DATABASE_PASSWORD
  {{- with include "workfx.infraSecretRef" (dict "ctx" $ "name" "postgresql") }}
  valueFrom:
    secretKeyRef:
      name: {{ dir . }}
      key: {{ base . }}
  {{- else }}
  value: ""
  {{- end }}
{{- with include "workfx.infraSecretRef" (dict "ctx" $ "name" "redis") }}
- name: REDIS_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ dir . }}
      key: {{ base . }}
{{- end }}
{{- with include "workfx.kafkaUser" $ }}
- name: KAFKA_SASL_USERNAME
  value: {{ . | quote }}
{{- with include "workfx.infraSecretRef" (dict "ctx" $ "name" "kafka") }}
- name: KAFKA_SASL_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ dir . }}
      key: {{ base . }}
{{- end }}
{{- end }}
{{- with include "workfx.infraSecretRef" (dict "ctx" $ "name" "elasticsearch") }}
- name: ELASTICSEARCH_USERNAME
  value: {{ $.Values.infrastructure.elasticsearch.external.username | default "elastic" | quote }}
- name: ELASTICSEARCH_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ dir . }}
      key: {{ base . }}
{{- end }}
- name: JWT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ $.Values.auth.existingSecret | default (printf "%s-secrets" (include "workfx.fullname" $)) }}
      key: jwt-secret
{{- if eq $.Values.storage.type "azure" }}
- name: AZURE_STORAGE_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $.Values.storage.azure.existingSecret | default (printf "%s-secrets" (include "workfx.fullname" $)) }}
      key: azure-storage-key
{{- else if eq $.Values.storage.type "s3" }}
{{- range $env, $key := dict "AWS_ACCESS_KEY_ID" "aws-access-key-id" "AWS_SECRET_ACCESS_KEY" "aws-secret-access-key" }}
- name: {{ $env }}
  valueFrom:
    secretKeyRef:
      name: {{ $.Values.storage.s3.existingSecret | default (printf "%s-secrets" (include "workfx.fullname" $)) }}
      key: {{ $key }}
{{- end }}
{{- else if eq $.Values.storage.type "gcs" }}
- name: GOOGLE_APPLICATION_CREDENTIALS
  value: /var/run/secrets/gcs/gcs-credentials.json
{{- end }}
{{- range $name, $value := (index $.Values .component).extraEnv }}
- name: {{ $name }}
  value: {{ tpl (toString $value) $ | quote }}
{{- end }}
{{- end }}

{{/*
SASL user of Kafka, or "" when Kafka runs without authentication: auth.username of the in-cluster
broker while auth.enabled, else external.username when an external password Secret is named.
*/}}
{{- define "workfx.kafkaUser" -}}
{{- $k := .Values.infrastructure.kafka }}
{{- if $k.enabled }}
{{- if and $k.auth $k.auth.enabled }}{{ required "infrastructure.kafka.auth.username is required" $k.auth.username }}{{ end }}
{{- else if and $k.external.username $k.external.existingSecret }}
{{- $k.external.username }}
{{- end }}
{{- end }}

{{/*
Fails when requireExistingSecrets is set (production) and a credential would be generated.
*/}}
{{- define "workfx.checkCredentials" -}}
{{- if .Values.requireExistingSecrets }}
{{- $_ := required "auth.existingSecret is required (requireExistingSecrets)" .Values.auth.existingSecret }}
{{- range $name, $svc := .Values.infrastructure }}
{{- if and $svc.enabled $svc.auth $svc.auth.enabled }}
{{- $_ := required (printf "infrastructure.%s.auth.existingSecret is required (requireExistingSecrets)" $name) $svc.auth.existingSecret }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Number of pods mounting the local storage claim at most (API replicas or HPA maximum, plus CDC replicas).
*/}}
{{- define "workfx.storageMounters" -}}
{{- $api := ternary (int .Values.api.autoscaling.maxReplicas) (int .Values.api.replicas) .Values.api.autoscaling.enabled }}
{{- add $api (ternary (int .Values.cdc.replicas) 0 .Values.cdc.enabled) }}
{{- end }}
