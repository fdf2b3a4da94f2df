{{/*
Deployment of a component. Argument: dict "ctx" $ "name" "api" "spec" .Values.api
spec: image, replicaCount, port, resources, env (map, values rendered with tpl), args, command,
probes {liveness, readiness (paths), port (name), initialDelaySeconds}, autoscaling.enabled, antiAffinity (soft|hard|none),
nodeSelector, tolerations, volumes, volumeMounts, podAnnotations, securityContext, podSecurityContext,
configChecksum (string added as checksum/config), database (name of the application database whose
credentials feed the pod: adds checksum/db-credentials), strategy (default: global.strategy).
With global.istio.enabled, global.istio.proxy {requests, limits} sets the injected Istio proxy's
resources through the sidecar.istio.io/proxy* pod annotations (ignored where Istio does not inject).
*/}}
{{- define "one-data-common.deployment" -}}
{{- $ := .ctx }}
{{- $spec := .spec }}
{{- $name := include "one-data-common.fullname" . }}
{{- $g := $.Values.global }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $name }}
  namespace: {{ include "one-data-common.namespace" $ }}
  labels:
    {{- include "one-data-common.labels" . | nindent 4 }}
spec:
  {{- if not (and $spec.autoscaling $spec.autoscaling.enabled) }}
  replicas: {{ $spec.replicaCount | default 1 }}
  {{- end }}
  revisionHistoryLimit: 5
  {{- with ($spec.strategy | default $g.strategy) }}
  strategy:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "one-data-common.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "one-data-common.labels" . | nindent 8 }}
      annotations:
        {{- with $spec.configChecksum }}
        checksum/config: {{ . }}
        {{- end }}
        {{- with $spec.database }}
        checksum/db-credentials: {{ include "one-data-common.databasePassword" (dict "ctx" $ "db" .) | sha256sum }}
        {{- end }}
        {{- if $spec.metricsPort }}
        prometheus.io/scrape: "true"
        prometheus.io/port: {{ $spec.metricsPort | quote }}
        {{- end }}
        {{- if and $g.istio $g.istio.enabled $g.istio.proxy }}
        {{- with $g.istio.proxy.requests }}
        {{- with .cpu }}
        sidecar.istio.io/proxyCPU: {{ . | quote }}
        {{- end }}
        {{- with .memory }}
        sidecar.istio.io/proxyMemory: {{ . | quote }}
        {{- end }}
        {{- end }}
        {{- with $g.istio.proxy.limits }}
        {{- with .cpu }}
        sidecar.istio.io/proxyCPULimit: {{ . | quote }}
        {{- end }}
        {{- with .memory }}
        sidecar.istio.io/proxyMemoryLimit: {{ . | quote }}
        {{- end }}
        {{- end }}
        {{- end }}
        {{- with $spec.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ $spec.serviceAccountName | default "default" }}
      automountServiceAccountToken: {{ ternary "true" "false" (not (empty $spec.serviceAccountName)) }}
      {{- with $g.imagePullSecrets }}
      imagePullSecrets:
        {{- range . }}
        - name: {{ . }}
        {{- end }}
      {{- end }}
      securityContext:
        {{- toYaml ($spec.podSecurityContext | default $g.podSecurityContext) | nindent 8 }}
      {{- $anti := $spec.antiAffinity | default "soft" }}
      {{- if ne $anti "none" }}
      affinity:
        podAntiAffinity:
          {{- if eq $anti "hard" }}
          requiredDuringSchedulingIgnoredDuringExecution:
            - topologyKey: kubernetes.io/hostname
              labelSelector:
                matchExpressions:
                  - key: app
                    operator: In
                    values:
                      - {{ $name }}
          {{- else }}
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 100
              podAffinityTerm:
                topologyKey: kubernetes.io/hostname
                labelSelector:
                  matchExpressions:
                    - key: app
                      operator: In
                      values:
                        - {{ $name }}
          {{- end }}
      {{- end }}
      {{- with $spec.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $spec.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ .name }}
          image: {{ include "one-data-common.image" (dict "ctx" $ "image" $spec.image) }}
          imagePullPolicy: {{ $spec.image.pullPolicy | default "IfNotPresent" }}
          {{- with $spec.command }}
          command:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          {{- with $spec.args }}
          args:
            {{- range . }}
            - {{ tpl (toString .) $ | quote }}
            {{- end }}
          {{- end }}
          {{- with $spec.envFrom }}
          envFrom:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          {{- if or $spec.env $spec.secretEnv }}
          env:
            {{- range $key, $value := $spec.env }}
            - name: {{ $key }}
              value: {{ tpl (toString $value) $ | quote }}
            {{- end }}
            {{- range $key, $ref := $spec.secretEnv }}
            - name: {{ $key }}
              valueFrom:
                secretKeyRef:
                  name: {{ tpl $ref.name $ }}
                  key: {{ $ref.key }}
            {{- end }}
          {{- end }}
          ports:
            - name: http
              containerPort: {{ $spec.port }}
              protocol: TCP
            {{- if and $spec.metricsPort (ne (int $spec.metricsPort) (int $spec.port)) }}
            - name: metrics
              containerPort: {{ $spec.metricsPort }}
              protocol: TCP
            {{- end }}
          {{- $probes := $spec.probes | default dict }}
          livenessProbe:
            {{- if $probes.liveness }}
            httpGet:
              path: {{ $probes.liveness }}
              port: {{ $probes.port | default "http" }}
            {{- else }}
            tcpSocket:
              port: http
            {{- end }}
            initialDelaySeconds: {{ $probes.initialDelaySeconds | default 20 }}
            periodSeconds: 20
            timeoutSeconds: 5
          readinessProbe:
            {{- if $probes.readiness }}
            httpGet:
              path: {{ $probes.readiness }}
              port: {{ $probes.port | default "http" }}
            {{- else }}
            tcpSocket:
              port: http
            {{- end }}
            initialDelaySeconds: 5
            periodSeconds: 10
          securityContext:
            {{- toYaml ($spec.securityContext | default $g.securityContext) | nindent 12 }}
          resources:
            {{- toYaml (required (printf "%s: resources are required" $name) $spec.resources) | nindent 12 }}
          {{- with $spec.volumeMounts }}
          volumeMounts:
            {{- toYaml . | nindent 12 }}
          {{- end }}
      {{- with $spec.volumes }}
      volumes:
        {{- tpl (toYaml .) $ | nindent 8 }}
      {{- end }}
{{- end }}

{{/*
ClusterIP Service of a component. Argument: dict "ctx" $ "name" "api" "spec" .Values.api
spec: port, servicePort (default port), metricsPort.
*/}}
{{- define "one-data-common.service" -}}
{{- $spec := .spec }}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "one-data-common.fullname" . }}
  namespace: {{ include "one-data-common.namespace" .ctx }}
  labels:
    {{- include "one-data-common.labels" . | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "one-data-common.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ $spec.servicePort | default $spec.port }}
      targetPort: http
      protocol: TCP
    {{- if and $spec.metricsPort (ne (int $spec.metricsPort) (int $spec.port)) }}
    - name: metrics
      port: {{ $spec.metricsPort }}
      targetPort: metrics
      protocol: TCP
    {{- end }}
{{- end }}

{{/*
PodDisruptionBudget of a component. Argument: dict "ctx" $ "name" "api" "spec" .Values.api
spec.pdb: {enabled, minAvailable | maxUnavailable}.
*/}}
{{- define "one-data-common.pdb" -}}
{{- $pdb := .spec.pdb }}
apiVersion: {{ ternary "policy/v1" "policy/v1beta1" (.ctx.Capabilities.APIVersions.Has "policy/v1") }}
kind: PodDisruptionBudget
metadata:
  name: {{ include "one-data-common.fullname" . }}-pdb
  namespace: {{ include "one-data-common.namespace" .ctx }}
  labels:
    {{- include "one-data-common.labels" . | nindent 4 }}
spec:
  {{- if hasKey $pdb "maxUnavailable" }}
  maxUnavailable: {{ $pdb.maxUnavailable }}
  {{- else }}
  minAvailable: {{ $pdb.minAvailable | default 1 }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "one-data-common.selectorLabels" . | nindent 6 }}
{{- end }}

{{/*
HorizontalPodAutoscaler of a component. Argument: dict "ctx" $ "name" "api" "spec" .Values.api
spec.autoscaling: {minReplicas, maxReplicas, targetCPUUtilizationPercentage, targetMemoryUtilizationPercentage}.
*/}}
{{- define "one-data-common.hpa" -}}
{{- $as := .spec.autoscaling }}
{{- $v2 := and (.ctx.Capabilities.APIVersions.Has "autoscaling/v2") (semverCompare ">=1.23-0" .ctx.Capabilities.KubeVersion.Version) }}
apiVersion: {{ ternary "autoscaling/v2" "autoscaling/v2beta2" $v2 }}
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "one-data-common.fullname" . }}
  namespace: {{ include "one-data-common.namespace" .ctx }}
  labels:
    {{- include "one-data-common.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "one-data-common.fullname" . }}
  minReplicas: {{ $as.minReplicas }}
  maxReplicas: {{ $as.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $as.targetCPUUtilizationPercentage }}
    {{- with $as.targetMemoryUtilizationPercentage }}
    - type: Resource
      resource:
        name: memory
        target:
          type: Utilization
          averageUtilization: {{ . }}
    {{- end }}
{{- end }}

{{/*
ServiceMonitor of a component (prometheus-operator). Argument: dict "ctx" $ "name" "api" "spec" .Values.api
*/}}
{{- define "one-data-common.serviceMonitor" -}}
{{- $sm := .ctx.Values.global.serviceMonitor }}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "one-data-common.fullname" . }}
  namespace: {{ include "one-data-common.namespace" .ctx }}
  labels:
    {{- include "one-data-common.labels" . | nindent 4 }}
    {{- with $sm.labels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  selector:
    matchLabels:
      app: {{ include "one-data-common.fullname" . }}
  endpoints:
    - port: {{ ternary "metrics" "http" (and (not (empty .spec.metricsPort)) (ne (int .spec.metricsPort) (int .spec.port))) }}
      interval: {{ $sm.interval | default "30s" }}
      path: {{ .spec.metricsPath | default "/metrics" }}
{{- end }}

{{/*
Istio VirtualService bound to the platform gateway.
Argument: dict "ctx" $ "name" "vs" "hosts" (list of host templates) "routes" (list of {prefix?, service, port}).
*/}}
{{- define "one-data-common.virtualService" -}}
{{- $ := .ctx }}
{{- $g := $.Values.global }}
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: {{ include "one-data-common.fullname" . }}
  namespace: {{ include "one-data-common.namespace" $ }}
  labels:
    {{- include "one-data-common.labels" . | nindent 4 }}
spec:
  hosts:
    {{- range .hosts }}
    - {{ tpl . $ | quote }}
    {{- end }}
  gateways:
    - {{ printf "%s/%s" $g.namespaces.system $g.istio.gateway }}
  http:
    {{- range .routes }}
    {{- if .prefix }}
    - match:
        - uri:
            prefix: {{ .prefix }}
      route:
    {{- else }}
    - route:
    {{- end }}
        - destination:
            host: {{ .service }}
            port:
              number: {{ .port }}
    {{- end }}
{{- end }}
