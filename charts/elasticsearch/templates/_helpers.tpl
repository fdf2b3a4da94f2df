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
Common labels (Kubernetes recommended labels) of the search nodes and every object of the chart.
*/}}
{{- define "elasticsearch.labels" -}}
{{ include "elasticsearch.componentLabels" (dict "ctx" . "component" "search") }}
{{- end }}

{{/*
Labels of one component: (dict "ctx" $ "component" "search"). Hooks and tests use their own
component so that the Services and the PodDisruptionBudget (which select component=search)
never select them.
*/}}
{{- define "elasticsearch.componentLabels" -}}
{{- $ctx := .ctx -}}
helm.sh/chart: {{ include "elasticsearch.chart" $ctx }}
{{ include "elasticsearch.componentSelectorLabels" . }}
app.kubernetes.io/version: {{ $ctx.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: es-serverless
app.kubernetes.io/managed-by: {{ $ctx.Release.Service }}
{{- if $ctx.Values.tenant.enabled }}
tenant-org-id: {{ $ctx.Values.tenant.orgId | quote }}
{{- end }}
{{- end }}

{{/*
Selector labels of the search nodes (StatefulSet, Services, PodDisruptionBudget, anti-affinity).
*/}}
{{- define "elasticsearch.selectorLabels" -}}
{{ include "elasticsearch.componentSelectorLabels" (dict "ctx" . "component" "search") }}
{{- end }}

{{/*
Selector labels of one component: (dict "ctx" $ "component" "search").
*/}}
{{- define "elasticsearch.componentSelectorLabels" -}}
app.kubernetes.io/name: {{ include "elasticsearch.name" .ctx }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
app.kubernetes.io/component: {{ .component }}
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
Elastic password, base64-encoded, for the Secret the chart creates (only when no existingSecret
is named): the password already stored in that Secret (lookup, so upgrades keep it; empty
offline), else security.elasticPassword, else a random one (randAlphaNum 32).
*/}}
{{- define "elasticsearch.password" -}}
{{- $existing := lookup "v1" "Secret" (include "elasticsearch.namespace" .) (include "elasticsearch.secretName" .) }}
{{- if and $existing $existing.data (hasKey $existing.data "password") }}
{{- index $existing.data "password" }}
{{- else if .Values.security.elasticPassword }}
{{- .Values.security.elasticPassword | b64enc }}
{{- else }}
{{- randAlphaNum 32 | b64enc }}
{{- end }}
{{- end }}

{{/*
Fails when security.requireExistingSecret is set (production) and no existingSecret is named.
*/}}
{{- define "elasticsearch.checkCredentials" -}}
{{- if and .Values.security.enabled .Values.security.requireExistingSecret }}
{{- $_ := required "security.existingSecret is required (security.requireExistingSecret is set): name a Secret with key password" .Values.security.existingSecret }}
{{- end }}
{{- end }}

{{/*
Whether an API (group/version or group/version/Kind) is served: .Capabilities.APIVersions.Has,
or listed in apiVersions (for `helm template` without a cluster, like --api-versions).
Call with (dict "ctx" $ "api" "cert-manager.io/v1/Certificate"); returns "true" or "".
*/}}
{{- define "elasticsearch.hasAPI" -}}
{{- if or (.ctx.Capabilities.APIVersions.Has .api) (has .api .ctx.Values.apiVersions) }}true{{ end }}
{{- end }}

{{/*
Similarity of the dense_vector mapping for ivf.metric (Elasticsearch names).
*/}}
{{- define "elasticsearch.similarity" -}}
{{- $m := dict "l2" "l2_norm" "cosine" "cosine" "inner_product" "max_inner_product" }}
{{- required (printf "ivf.metric must be one of l2, cosine, inner_product, got %q" .Values.ivf.metric) (get $m .Values.ivf.metric) }}
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

{{/*
Plugins installed by the install-plugins init container, as a YAML list: the IVF plugin (when
ivf.enabled and not already in the image) and the extra plugins. Sources are rendered with tpl.
*/}}
{{- define "elasticsearch.plugins" -}}
{{- $plugins := list }}
{{- if and .Values.ivf.enabled .Values.ivf.plugin.install }}
{{- $plugins = append $plugins (tpl (required "ivf.plugin.source is required when ivf.plugin.install is set" .Values.ivf.plugin.source) .) }}
{{- end }}
{{- range .Values.plugins }}
{{- $plugins = append $plugins (tpl . $) }}
{{- end }}
{{- toYaml $plugins }}
{{- end }}

{{/*
Zone awareness needs the node attribute: NODE_ZONE comes from a fixed zone or, through the
downward API, from the pod's topology label, which Kubernetes copies from the node since 1.33
(PodTopologyLabelsAdmission, on by default from 1.35).
*/}}
{{- define "elasticsearch.checkZoneAwareness" -}}
{{- if and .Values.zoneAwareness.enabled (not .Values.zoneAwareness.zone) (not (semverCompare ">=1.35.0-0" .Capabilities.KubeVersion.Version)) }}
{{- fail "zoneAwareness from the pod topology label needs Kubernetes >= 1.35 (PodTopologyLabelsAdmission); set zoneAwareness.zone instead" }}
{{- end }}
{{- end }}

{{/*
NetworkPolicy ingress rules admitting networkPolicy.clients (other namespaces) on the HTTP port.
*/}}
{{- define "elasticsearch.networkPolicyClients" -}}
{{- range .Values.networkPolicy.clients }}
- from:
    - namespaceSelector:
        matchLabels:
          kubernetes.io/metadata.name: {{ .namespace }}
      podSelector:
        matchLabels:
          {{- toYaml .podLabels | nindent 10 }}
  ports:
    - protocol: TCP
      port: {{ $.Values.service.httpPort }}
{{- end }}
{{- end }}
