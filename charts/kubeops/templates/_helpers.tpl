{{/*
Chart name.
*/}}
{{- define "kubeops.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name.
*/}}
{{- define "kubeops.fullname" -}}
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
Name of a component's objects. Argument: dict "ctx" $ "component" "kube-manager".
*/}}
{{- define "kubeops.componentName" -}}
{{- printf "%s-%s" (include "kubeops.fullname" .ctx) .component | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
In-cluster DNS name of a component's Service. Argument: dict "ctx" $ "component" "loki" "namespace" "logging".
*/}}
{{- define "kubeops.serviceHost" -}}
{{- printf "%s.%s.svc.%s" (include "kubeops.componentName" .) (.namespace | default .ctx.Release.Namespace) .ctx.Values.clusterDomain }}
{{- end }}

{{/*
Chart label value.
*/}}
{{- define "kubeops.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Common labels.
*/}}
{{- define "kubeops.labels" -}}
helm.sh/chart: {{ include "kubeops.chart" . }}
{{ include "kubeops.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: kubeops
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Selector labels.
*/}}
{{- define "kubeops.selectorLabels" -}}
app.kubernetes.io/name: {{ include "kubeops.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Labels of a component. Argument: dict "ctx" $ "component" "frontend".
*/}}
{{- define "kubeops.componentLabels" -}}
{{ include "kubeops.labels" .ctx }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/*
Selector labels of a component. Argument: dict "ctx" $ "component" "frontend".
Hook Jobs and test Pods have components of their own, so no Service or PDB selects them.
*/}}
{{- define "kubeops.componentSelectorLabels" -}}
{{ include "kubeops.selectorLabels" .ctx }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/*
Pod labels of a component; pods of the release namespace join the mesh when istio.enabled.
Argument: dict "ctx" $ "component" "frontend" "mesh" true.
*/}}
{{- define "kubeops.podLabels" -}}
{{ include "kubeops.componentLabels" . }}
{{- if and .mesh .ctx.Values.istio.enabled }}
sidecar.istio.io/inject: "true"
{{- end }}
{{- end }}

{{/*
Pod annotations of a mesh pod: the istio-proxy sidecar's resources (istio.proxy), so they are
known and budgeted rather than Istio's defaults. Empty without Istio.
*/}}
{{- define "kubeops.meshAnnotations" -}}
{{- if .Values.istio.enabled }}
{{- with .Values.istio.proxy -}}
sidecar.istio.io/proxyCPU: {{ .cpu | quote }}
sidecar.istio.io/proxyMemory: {{ .memory | quote }}
sidecar.istio.io/proxyCPULimit: {{ .cpuLimit | quote }}
sidecar.istio.io/proxyMemoryLimit: {{ .memoryLimit | quote }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Image reference. Argument: dict "ctx" $ "image" {registry, repository, tag}; the tag defaults to appVersion.
*/}}
{{- define "kubeops.image" -}}
{{- $registry := default .image.registry .ctx.Values.global.imageRegistry }}
{{- $tag := default .ctx.Chart.AppVersion .image.tag | toString }}
{{- if eq $tag "latest" }}
{{- fail (printf "image %s: pin a version, not latest" .image.repository) }}
{{- end }}
{{- printf "%s/%s:%s" $registry .image.repository $tag | trimPrefix "/" }}
{{- end }}

{{/*
Image pull secrets of a pod spec.
*/}}
{{- define "kubeops.imagePullSecrets" -}}
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
Argument: dict "ctx" $ "component" "frontend".
*/}}
{{- define "kubeops.scheduling" -}}
{{- $s := .ctx.Values.scheduling -}}
affinity:
  podAntiAffinity:
    {{- if eq $s.antiAffinity "hard" }}
    requiredDuringSchedulingIgnoredDuringExecution:
      - topologyKey: kubernetes.io/hostname
        labelSelector:
          matchLabels:
            {{- include "kubeops.componentSelectorLabels" . | nindent 12 }}
    {{- else }}
    preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 100
        podAffinityTerm:
          topologyKey: kubernetes.io/hostname
          labelSelector:
            matchLabels:
              {{- include "kubeops.componentSelectorLabels" . | nindent 14 }}
    {{- end }}
topologySpreadConstraints:
  - maxSkew: 1
    topologyKey: topology.kubernetes.io/zone
    whenUnsatisfiable: {{ $s.zoneSpread }}
    labelSelector:
      matchLabels:
        {{- include "kubeops.componentSelectorLabels" . | nindent 8 }}
{{- end }}

{{/*
Common pod spec head: pull secrets, security context, scheduling.
Argument: dict "ctx" $ "component" "frontend" "securityContext" (optional override of podSecurityContext).
*/}}
{{- define "kubeops.podSpecHead" -}}
securityContext:
  {{- toYaml (.securityContext | default .ctx.Values.podSecurityContext) | nindent 2 }}
{{ include "kubeops.scheduling" . }}
{{- with (include "kubeops.imagePullSecrets" .ctx) }}
{{- . }}
{{- end }}
{{- end }}

{{/*
Container security context: the chart's securityContext with a read-only root filesystem enforced.
*/}}
{{- define "kubeops.containerSecurityContext" -}}
{{- toYaml (merge (dict "readOnlyRootFilesystem" true "allowPrivilegeEscalation" false) (deepCopy .Values.securityContext)) }}
{{- end }}

{{/*
Pod security context for an image that runs as a fixed user. Argument: dict "ctx" $ "uid" 999.
*/}}
{{- define "kubeops.podSecurityContextFor" -}}
{{- $uid := int .uid }}
{{- toYaml (dict "runAsNonRoot" true "runAsUser" $uid "runAsGroup" $uid "fsGroup" $uid "seccompProfile" (dict "type" "RuntimeDefault")) }}
{{- end }}

{{/*
Service of a component. Argument: dict "ctx" $ "component" "frontend" "namespace" ns
"ports" {name: port} (names carry the protocol: http-*, grpc-*, tcp-*) "servicePorts" {name: port} (optional)
"headless" bool, "suffix" of the name (optional; "-headless" for headless Services).
*/}}
{{- define "kubeops.service" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "kubeops.componentName" . }}{{ .suffix | default (ternary "-headless" "" (.headless | default false)) }}
  namespace: {{ .namespace | default .ctx.Release.Namespace }}
  labels:
    {{- include "kubeops.componentLabels" . | nindent 4 }}
spec:
  type: ClusterIP
  {{- if .headless }}
  clusterIP: None
  publishNotReadyAddresses: true
  {{- end }}
  selector:
    {{- include "kubeops.componentSelectorLabels" . | nindent 4 }}
  ports:
    {{- $servicePorts := .servicePorts | default dict }}
    {{- range $name, $port := .ports }}
    - name: {{ $name }}
      port: {{ index $servicePorts $name | default $port }}
      targetPort: {{ $name }}
      protocol: TCP
      appProtocol: {{ ternary "kubernetes.io/h2c" (ternary "http" "tcp" (hasPrefix "http" $name)) (hasPrefix "grpc" $name) }}
    {{- end }}
{{- end }}

{{/*
Container ports from a {name: port} map.
*/}}
{{- define "kubeops.containerPorts" -}}
{{- $out := list }}
{{- range $name, $port := . }}
{{- $out = append $out (printf "- name: %s\n  containerPort: %d\n  protocol: TCP" $name (int $port)) }}
{{- end }}
{{- join "\n" $out }}
{{- end }}

{{/*
PodDisruptionBudget of a component with more than one replica.
Argument: dict "ctx" $ "component" "frontend" "replicas" n "namespace" ns.
*/}}
{{- define "kubeops.pdb" -}}
{{- if and .ctx.Values.podDisruptionBudget.enabled (gt (int .replicas) 1) }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "kubeops.componentName" . }}
  namespace: {{ .namespace | default .ctx.Release.Namespace }}
  labels:
    {{- include "kubeops.componentLabels" . | nindent 4 }}
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      {{- include "kubeops.componentSelectorLabels" . | nindent 6 }}
{{- end }}
{{- end }}

{{/*
volumeClaimTemplates entry. Argument: dict "ctx" $ "component" "postgresql" "name" "data" "size" "20Gi".
*/}}
{{- define "kubeops.claimTemplate" -}}
- metadata:
    name: {{ .name }}
    labels:
      {{- include "kubeops.componentSelectorLabels" . | nindent 6 }}
  spec:
    accessModes: ["ReadWriteOnce"]
    {{- with .ctx.Values.global.storageClass }}
    storageClassName: {{ . }}
    {{- end }}
    resources:
      requests:
        storage: {{ .size }}
{{- end }}

{{/*
Extra environment variables. Argument: dict "ctx" $ "env" map. Values are rendered with tpl.
*/}}
{{- define "kubeops.extraEnv" -}}
{{- range $name, $value := .env }}
- name: {{ $name }}
  value: {{ tpl (toString $value) $.ctx | quote }}
{{- end }}
{{- end }}

{{/*
A generated credential kept across upgrades: the key of the Secret already in the cluster
(lookup, empty under helm template), else a new random value. Returns base64.
Argument: dict "ctx" $ "namespace" ns "secret" name "key" key "length" n.
*/}}
{{- define "kubeops.generated" -}}
{{- $existing := lookup "v1" "Secret" (.namespace | default .ctx.Release.Namespace) .secret }}
{{- $data := ($existing | default dict).data | default dict }}
{{- if hasKey $data .key }}
{{- index $data .key }}
{{- else }}
{{- randAlphaNum (int .length) | b64enc }}
{{- end }}
{{- end }}

{{/*
Name of a credentials Secret: the existing one, else the chart's. Production requires the
existing one. Argument: dict "ctx" $ "existing" name "component" "credentials" "what" "credentials.existingSecret".
*/}}
{{- define "kubeops.secretName" -}}
{{- if .ctx.Values.requireExistingSecrets }}
{{- required (printf "%s is required when requireExistingSecrets is set" .what) .existing }}
{{- else }}
{{- .existing | default (include "kubeops.componentName" .) }}
{{- end }}
{{- end }}

{{- define "kubeops.credentialsSecret" -}}
{{- include "kubeops.secretName" (dict "ctx" . "existing" .Values.credentials.existingSecret "component" "credentials" "what" "credentials.existingSecret") }}
{{- end }}

{{- define "kubeops.elkSecret" -}}
{{- include "kubeops.secretName" (dict "ctx" . "existing" .Values.logging.elk.existingSecret "component" "elasticsearch" "what" "logging.elk.existingSecret") }}
{{- end }}

{{- define "kubeops.grafanaSecret" -}}
{{- include "kubeops.secretName" (dict "ctx" . "existing" .Values.monitoring.grafana.existingSecret "component" "grafana" "what" "monitoring.grafana.existingSecret") }}
{{- end }}

{{/*
Whether the Istio objects are rendered: istio.enabled and (security.istio.io/v1 served, or forced).
*/}}
{{- define "kubeops.istioObjects" -}}
{{- if and .Values.istio.enabled (or .Values.istio.force (.Capabilities.APIVersions.Has "security.istio.io/v1")) }}true{{ end }}
{{- end }}

{{/*
Whether ServiceMonitors are rendered: enabled and (monitoring.coreos.com/v1 served, or forced).
*/}}
{{- define "kubeops.serviceMonitors" -}}
{{- $sm := .Values.monitoring.serviceMonitor }}
{{- if and $sm.enabled (or $sm.force (.Capabilities.APIVersions.Has "monitoring.coreos.com/v1")) }}true{{ end }}
{{- end }}

{{/*
host:port of a datastore: the in-cluster Service when enabled, else external.host (required).
Argument: dict "ctx" $ "name" "postgresql".
*/}}
{{- define "kubeops.datastore" -}}
{{- $svc := index .ctx.Values .name }}
{{- if $svc.enabled }}
{{- printf "%s:%d" (include "kubeops.serviceHost" (dict "ctx" .ctx "component" .name)) (int $svc.port) }}
{{- else }}
{{- printf "%s:%d" (required (printf "%s.external.host is required when %s.enabled is false" .name .name) $svc.external.host) (int $svc.external.port) }}
{{- end }}
{{- end }}

{{/*
URL of the logging backend the services query.
*/}}
{{- define "kubeops.loggingUrl" -}}
{{- $l := .Values.logging }}
{{- if $l.enabled }}
{{- if eq $l.backend "elk" }}
{{- printf "http://%s:9200" (include "kubeops.serviceHost" (dict "ctx" . "component" "elasticsearch" "namespace" $l.namespace)) }}
{{- else }}
{{- printf "http://%s:3100" (include "kubeops.serviceHost" (dict "ctx" . "component" "loki" "namespace" $l.namespace)) }}
{{- end }}
{{- end }}
{{- end }}

{{/*
URL of the metrics backend the services query (Prometheus query API).
*/}}
{{- define "kubeops.metricsUrl" -}}
{{- $m := .Values.monitoring }}
{{- if $m.enabled }}
{{- if eq $m.backend "prometheus" }}
{{- printf "http://%s:9090" (include "kubeops.serviceHost" (dict "ctx" . "component" "prometheus" "namespace" $m.namespace)) }}
{{- else }}
{{- printf "http://%s:8428" (include "kubeops.serviceHost" (dict "ctx" . "component" "victoria-metrics" "namespace" $m.namespace)) }}
{{- end }}
{{- end }}
{{- end }}

{{/*
The backends (components that use the datastores), in the order they are rendered.
*/}}
{{- define "kubeops.backends" -}}
{{- $out := list }}
{{- range $key := list "kubeManager" "aiInspection" "devops" }}
{{- if (index $.Values $key).enabled }}
{{- $out = append $out (kebabcase $key) }}
{{- end }}
{{- end }}
{{- toJson $out }}
{{- end }}

{{/*
Ingress NetworkPolicy of a component.
Argument: dict "ctx" $ "component" "kube-manager" "namespace" ns "rules" (list of {ports: [int], from: [peer]}).
A peer is {component, namespace?} (pods of a component, in another namespace when given),
{namespace} (a whole namespace) or {raw: <NetworkPolicyPeer>}; a rule without from admits any source.
*/}}
{{- define "kubeops.networkPolicy" -}}
{{- $ns := .namespace | default .ctx.Release.Namespace }}
{{- $ctx := .ctx }}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "kubeops.componentName" . }}
  namespace: {{ $ns }}
  labels:
    {{- include "kubeops.componentLabels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "kubeops.componentSelectorLabels" . | nindent 6 }}
  policyTypes:
    - Ingress
  ingress:
    {{- range .rules }}
    - ports:
        {{- range .ports }}
        - protocol: TCP
          port: {{ . }}
        {{- end }}
      {{- with .from }}
      from:
        {{- range . }}
        {{- if .raw }}
        - {{- toYaml .raw | nindent 10 }}
        {{- else if .component }}
        - podSelector:
            matchLabels:
              {{- include "kubeops.componentSelectorLabels" (dict "ctx" $ctx "component" .component) | nindent 14 }}
          {{- if and .namespace (ne .namespace $ns) }}
          namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: {{ .namespace }}
          {{- end }}
        {{- else }}
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: {{ .namespace }}
        {{- end }}
        {{- end }}
      {{- end }}
    {{- end }}
{{- end }}

{{/*
NATS server configuration; $NATS_TOKEN and $POD_NAME are resolved by the server from its
environment. Argument: dict "ctx" $ "name" fullname "routes" (list of route URLs).
*/}}
{{- define "kubeops.natsConfig" -}}
{{- $n := .ctx.Values.nats -}}
server_name: $POD_NAME
port: {{ $n.port }}
http_port: {{ $n.monitorPort }}
authorization {
  token: $NATS_TOKEN
}
{{- if gt (int $n.replicas) 1 }}
cluster {
  name: {{ .name }}
  port: {{ $n.clusterPort }}
  routes: [
    {{- range .routes }}
    {{ . }}
    {{- end }}
  ]
}
{{- end }}
{{- end }}

{{/*
ServiceAccount of a component that does not call the Kubernetes API: an identity of its own
(not the namespace's shared default account), no token. Argument: the component dict
(ctx, component, namespace).
*/}}
{{- define "kubeops.serviceAccount" -}}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "kubeops.componentName" . }}
  namespace: {{ .namespace | default .ctx.Release.Namespace }}
  labels:
    {{- include "kubeops.componentLabels" . | nindent 4 }}
automountServiceAccountToken: false
{{- end }}
