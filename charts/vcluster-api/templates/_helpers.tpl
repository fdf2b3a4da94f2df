{{/*
Chart name.
*/}}
{{- define "vcluster-api.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name.
*/}}
{{- define "vcluster-api.fullname" -}}
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
Name of a component's objects. Argument: dict "ctx" $ "component" "api".
*/}}
{{- define "vcluster-api.componentName" -}}
{{- printf "%s-%s" (include "vcluster-api.fullname" .ctx) .component | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Chart label value.
*/}}
{{- define "vcluster-api.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Common labels.
*/}}
{{- define "vcluster-api.labels" -}}
helm.sh/chart: {{ include "vcluster-api.chart" . }}
{{ include "vcluster-api.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: open-vcluster-api
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Selector labels.
*/}}
{{- define "vcluster-api.selectorLabels" -}}
app.kubernetes.io/name: {{ include "vcluster-api.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Labels of a component. Argument: dict "ctx" $ "component" "api".
*/}}
{{- define "vcluster-api.componentLabels" -}}
{{ include "vcluster-api.labels" .ctx }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/*
Selector labels of a component. Argument: dict "ctx" $ "component" "api".
Hook Jobs and test Pods use their own component, so no Service or PDB selects them.
*/}}
{{- define "vcluster-api.componentSelectorLabels" -}}
{{ include "vcluster-api.selectorLabels" .ctx }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/*
ServiceAccount name of a component. Argument: dict "ctx" $ "component" "controller".
*/}}
{{- define "vcluster-api.serviceAccountName" -}}
{{- include "vcluster-api.componentName" . }}
{{- end }}

{{/*
Image reference. Argument: dict "ctx" $ "image" {registry, repository, tag}; the tag defaults to appVersion.
*/}}
{{- define "vcluster-api.image" -}}
{{- $registry := default .image.registry .ctx.Values.global.imageRegistry }}
{{- $tag := default .ctx.Chart.AppVersion .image.tag | toString }}
{{- if or (eq $tag "latest") (hasSuffix ":latest" .image.repository) }}
{{- fail (printf "image %s: pin a version, not latest" .image.repository) }}
{{- end }}
{{- printf "%s/%s:%s" $registry .image.repository $tag | trimPrefix "/" }}
{{- end }}

{{/*
Image pull secrets of a pod spec.
*/}}
{{- define "vcluster-api.imagePullSecrets" -}}
{{- $secrets := concat .Values.global.imagePullSecrets .Values.imagePullSecrets }}
{{- if $secrets }}
imagePullSecrets:
{{- range $secrets }}
  - name: {{ . }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Scheduling of a replicated component: pod anti-affinity over nodes and spread over zones.
Argument: dict "ctx" $ "component" "api".
*/}}
{{- define "vcluster-api.scheduling" -}}
{{- $s := .ctx.Values.scheduling -}}
affinity:
  podAntiAffinity:
    {{- if eq $s.antiAffinity "hard" }}
    requiredDuringSchedulingIgnoredDuringExecution:
      - topologyKey: kubernetes.io/hostname
        labelSelector:
          matchLabels:
            {{- include "vcluster-api.componentSelectorLabels" . | nindent 12 }}
    {{- else }}
    preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 100
        podAffinityTerm:
          topologyKey: kubernetes.io/hostname
          labelSelector:
            matchLabels:
              {{- include "vcluster-api.componentSelectorLabels" . | nindent 14 }}
    {{- end }}
topologySpreadConstraints:
  - maxSkew: 1
    topologyKey: topology.kubernetes.io/zone
    whenUnsatisfiable: {{ $s.zoneSpread }}
    labelSelector:
      matchLabels:
        {{- include "vcluster-api.componentSelectorLabels" . | nindent 8 }}
{{- end }}

{{/*
PodDisruptionBudget of a component with more than one replica.
Argument: dict "ctx" $ "component" "api" "replicas" n.
*/}}
{{- define "vcluster-api.pdb" -}}
{{- if and .ctx.Values.podDisruptionBudget.enabled (gt (int .replicas) 1) }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "vcluster-api.componentName" . }}
  namespace: {{ .ctx.Release.Namespace }}
  labels:
    {{- include "vcluster-api.componentLabels" . | nindent 4 }}
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      {{- include "vcluster-api.componentSelectorLabels" . | nindent 6 }}
{{- end }}
{{- end }}

{{/*
Container security context: the chart's securityContext with a read-only root filesystem enforced.
*/}}
{{- define "vcluster-api.containerSecurityContext" -}}
{{- toYaml (merge (dict "readOnlyRootFilesystem" true "allowPrivilegeEscalation" false) (deepCopy .Values.securityContext)) }}
{{- end }}

{{/*
Extra environment variables of a component. Argument: dict "ctx" $ "env" map.
*/}}
{{- define "vcluster-api.extraEnv" -}}
{{- range $name, $value := .env }}
- name: {{ $name }}
  value: {{ tpl (toString $value) $.ctx | quote }}
{{- end }}
{{- end }}

{{/*
Whether the chart renders ServiceMonitors: enabled and (prometheus-operator's API served, or forced).
Returns "true" or "".
*/}}
{{- define "vcluster-api.serviceMonitors" -}}
{{- $sm := .Values.metrics.serviceMonitor }}
{{- if and $sm.enabled (or $sm.force (.Capabilities.APIVersions.Has "monitoring.coreos.com/v1")) }}true{{ end }}
{{- end }}

{{/*
A generated credential kept across upgrades: the key of the Secret already in the cluster
(lookup, empty under helm template), else a new random value. Returns base64.
Argument: dict "ctx" $ "secret" name "key" key "length" n.
*/}}
{{- define "vcluster-api.generated" -}}
{{- $existing := lookup "v1" "Secret" .ctx.Release.Namespace .secret }}
{{- $data := ($existing | default dict).data | default dict }}
{{- if hasKey $data .key }}
{{- index $data .key }}
{{- else }}
{{- randAlphaNum (int .length) | b64enc }}
{{- end }}
{{- end }}

{{/*
Secret holding the JWT signing key.
*/}}
{{- define "vcluster-api.authSecretName" -}}
{{- if .Values.requireExistingSecrets }}
{{- required "auth.existingSecret is required when requireExistingSecrets is set" .Values.auth.existingSecret }}
{{- else }}
{{- .Values.auth.existingSecret | default (include "vcluster-api.componentName" (dict "ctx" . "component" "auth")) }}
{{- end }}
{{- end }}

{{/*
Secret holding the snapshot store credentials (access-key-id, secret-access-key). Generated
credentials exist only for the in-cluster MinIO; S3 and external MinIO need an existing Secret.
*/}}
{{- define "vcluster-api.snapshotSecretName" -}}
{{- $s := .Values.snapshots }}
{{- $inCluster := and (eq $s.storage "minio") $s.minio.deploy }}
{{- if or .Values.requireExistingSecrets (not $inCluster) }}
{{- required (printf "snapshots.existingSecret is required for %s" (ternary "production" (printf "%s snapshot storage outside the cluster" $s.storage) .Values.requireExistingSecrets)) $s.existingSecret }}
{{- else }}
{{- $s.existingSecret | default (include "vcluster-api.componentName" (dict "ctx" . "component" "snapshots")) }}
{{- end }}
{{- end }}

{{/*
Endpoint of the snapshot object store ("" = AWS S3).
*/}}
{{- define "vcluster-api.snapshotEndpoint" -}}
{{- $s := .Values.snapshots }}
{{- if eq $s.storage "minio" }}
{{- if $s.minio.deploy }}
{{- printf "http://%s:%d" (include "vcluster-api.componentName" (dict "ctx" . "component" "minio")) (int $s.minio.port) }}
{{- else }}
{{- required "snapshots.minio.endpoint is required when snapshots.minio.deploy is false" $s.minio.endpoint }}
{{- end }}
{{- else }}
{{- $s.s3.endpoint }}
{{- end }}
{{- end }}

{{/*
Environment shared by the API server and the controller: the pod identity, the config file and
the snapshot store credentials.
*/}}
{{- define "vcluster-api.commonEnv" -}}
- name: POD_NAME
  valueFrom:
    fieldRef:
      fieldPath: metadata.name
- name: POD_NAMESPACE
  valueFrom:
    fieldRef:
      fieldPath: metadata.namespace
- name: VCAPI_CONFIG
  value: /etc/vcluster-api/config.yaml
- name: AWS_ACCESS_KEY_ID
  valueFrom:
    secretKeyRef:
      name: {{ include "vcluster-api.snapshotSecretName" . }}
      key: access-key-id
- name: AWS_SECRET_ACCESS_KEY
  valueFrom:
    secretKeyRef:
      name: {{ include "vcluster-api.snapshotSecretName" . }}
      key: secret-access-key
{{- end }}
