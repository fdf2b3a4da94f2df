{{/*
Deployment of a component. Argument: dict "ctx" $ "name" "api" "spec" .Values.api
spec: image, replicaCount, port, resources, env (map, values rendered with tpl), args, command,
probes {liveness, readiness (paths), port (name), initialDelaySeconds}, autoscaling.enabled, antiAffinity (soft|hard|none),
nodeSelector, tolerations, volumes, volumeMounts, podAnnotations, securityContext, podSecurityContext,
configChecksum (string added as checksum/config), database (name of the application database whose
credentials feed the pod: adds checksum/db-credentials unless global.secrets.existing), strategy (default: global.strategy),
portName (Service and container port name, Istio protocol selection: http, tcp-mysql, grpc-milvus...;
default http), kind (Deployment or StatefulSet; a StatefulSet is governed by the component's
Service and takes volumeClaimTemplates and updateStrategy), initContainers (list, rendered with tpl),
serviceAccountName (an account the chart renders with its RBAC; without one the component gets
a ServiceAccount of its own, <fullname>, that mounts no token), extraContainers (list, rendered with tpl), fieldEnv (env name -> downward API fieldPath), headless (a StatefulSet governed by
the <name>-internal headless Service, see one-data-common.headlessService), extraPorts (list of {name, port}: further
container ports, e.g. a cluster or controller port served through the headless Service), writableDirs (list of
image directories the program writes to: an init container copies each into the emptyDir writable-dirs, mounted
back over it, so the root filesystem stays read-only; writableDirsResources: that init container's resources).
*/}}
{{- define "one-data-common.deployment" -}}
{{- $ := .ctx }}
{{- $spec := .spec }}
{{- $name := include "one-data-common.fullname" . }}
{{- $g := $.Values.global }}
{{- $kind := $spec.kind | default "Deployment" }}
{{- $component := .name }}
{{- $portName := $spec.portName | default "http" }}
{{- $writable := $spec.writableDirs | default list }}
{{- if not $spec.serviceAccountName }}
{{- /* An identity of its own (not the namespace's shared default account); no API access, no token. */}}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ $name }}
  namespace: {{ include "one-data-common.namespace" $ }}
  labels:
    {{- include "one-data-common.labels" . | nindent 4 }}
automountServiceAccountToken: false
---
{{- end }}
apiVersion: apps/v1
kind: {{ $kind }}
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
  {{- if eq $kind "StatefulSet" }}
  serviceName: {{ ternary (printf "%s-internal" $name) $name (not (empty $spec.headless)) }}
  podManagementPolicy: {{ $spec.podManagementPolicy | default "OrderedReady" }}
  {{- with $spec.updateStrategy }}
  updateStrategy:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- else }}
  {{- with ($spec.strategy | default $g.strategy) }}
  strategy:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "one-data-common.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "one-data-common.labels" . | nindent 8 }}
      annotations:
        kubectl.kubernetes.io/default-container: {{ .name }}
        {{- with $spec.configChecksum }}
        checksum/config: {{ . }}
        {{- end }}
        {{- if and $spec.database (not ($g.secrets | default dict).existing) }}
        {{- with $spec.database }}
        checksum/db-credentials: {{ include "one-data-common.databasePassword" (dict "ctx" $ "db" .) | sha256sum }}
        {{- end }}
        {{- end }}
        {{- if $spec.metricsPort }}
        prometheus.io/scrape: "true"
        prometheus.io/port: {{ $spec.metricsPort | quote }}
        {{- end }}
        {{- with include "one-data-common.sidecarAnnotations" $ }}
        {{- . | nindent 8 }}
        {{- end }}
        {{- with $spec.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ ternary (tpl (toString $spec.serviceAccountName) $) $name (not (empty $spec.serviceAccountName)) }}
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
      {{- if or $spec.initContainers $writable }}
      initContainers:
        {{- if $writable }}
        {{- /* Copies the image's writable directories into the emptyDir mounted back over them. */}}
        - name: prepare-writable-dirs
          image: {{ include "one-data-common.image" (dict "ctx" $ "image" $spec.image) }}
          imagePullPolicy: {{ $spec.image.pullPolicy | default "IfNotPresent" }}
          command:
            - sh
            - -ec
            - |
              {{- range $writable }}
              {{- $sub := trimPrefix "-" (replace "/" "-" .) }}
              mkdir -p /writable/{{ $sub }}; if [ -d {{ . }} ]; then cp -R {{ . }}/. /writable/{{ $sub }}/; fi
              {{- end }}
          securityContext:
            {{- toYaml ($spec.securityContext | default $g.securityContext) | nindent 12 }}
          resources:
            {{- toYaml ($spec.writableDirsResources | default (dict "requests" (dict "cpu" "50m" "memory" "64Mi") "limits" (dict "cpu" "500m" "memory" "256Mi"))) | nindent 12 }}
          volumeMounts:
            - name: writable-dirs
              mountPath: /writable
        {{- end }}
        {{- with $spec.initContainers }}
        {{- tpl (toYaml .) $ | nindent 8 }}
        {{- end }}
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
          {{- if or $spec.env $spec.secretEnv $spec.fieldEnv }}
          env:
            {{- /* downward API first: env values may reference them as $(NAME) */}}
            {{- range $key, $path := $spec.fieldEnv }}
            - name: {{ $key }}
              valueFrom:
                fieldRef:
                  fieldPath: {{ $path }}
            {{- end }}
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
            - name: {{ $portName }}
              containerPort: {{ $spec.port }}
              protocol: TCP
            {{- if and $spec.metricsPort (ne (int $spec.metricsPort) (int $spec.port)) }}
            - name: metrics
              containerPort: {{ $spec.metricsPort }}
              protocol: TCP
            {{- end }}
            {{- range $spec.extraPorts }}
            - name: {{ .name }}
              containerPort: {{ .port }}
              protocol: TCP
            {{- end }}
          {{- $probes := $spec.probes | default dict }}
          livenessProbe:
            {{- if $probes.liveness }}
            httpGet:
              path: {{ $probes.liveness }}
              port: {{ $probes.port | default $portName }}
            {{- else }}
            tcpSocket:
              port: {{ $portName }}
            {{- end }}
            initialDelaySeconds: {{ $probes.initialDelaySeconds | default 20 }}
            periodSeconds: 20
            timeoutSeconds: 5
          readinessProbe:
            {{- if $probes.readiness }}
            httpGet:
              path: {{ $probes.readiness }}
              port: {{ $probes.port | default $portName }}
            {{- else }}
            tcpSocket:
              port: {{ $portName }}
            {{- end }}
            initialDelaySeconds: 5
            periodSeconds: 10
          securityContext:
            {{- toYaml ($spec.securityContext | default $g.securityContext) | nindent 12 }}
          resources:
            {{- toYaml (required (printf "%s: resources are required" $name) $spec.resources) | nindent 12 }}
          {{- if or $spec.volumeMounts $writable }}
          volumeMounts:
            {{- with $spec.volumeMounts }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
            {{- range $writable }}
            - name: writable-dirs
              mountPath: {{ . }}
              subPath: {{ trimPrefix "-" (replace "/" "-" .) }}
            {{- end }}
          {{- end }}
        {{- with $spec.extraContainers }}
        {{- tpl (toYaml .) $ | nindent 8 }}
        {{- end }}
      {{- if or $spec.volumes $writable }}
      volumes:
        {{- with $spec.volumes }}
        {{- tpl (toYaml .) $ | nindent 8 }}
        {{- end }}
        {{- if $writable }}
        - name: writable-dirs
          emptyDir: {}
        {{- end }}
      {{- end }}
  {{- if and (eq $kind "StatefulSet") $spec.volumeClaimTemplates }}
  volumeClaimTemplates:
    {{- range $spec.volumeClaimTemplates }}
    - metadata:
        name: {{ .name }}
        labels:
          {{- include "one-data-common.selectorLabels" (dict "ctx" $ "name" $component) | nindent 10 }}
      spec:
        accessModes:
          - {{ .accessMode | default "ReadWriteOnce" }}
        storageClassName: {{ tpl .storageClassName $ }}
        resources:
          requests:
            storage: {{ .size }}
    {{- end }}
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
  {{- $portName := $spec.portName | default "http" }}
  ports:
    {{- /* Named <protocol>[-suffix] and with appProtocol so that Istio sidecars pick the protocol. */}}
    - name: {{ $portName }}
      port: {{ $spec.servicePort | default $spec.port }}
      targetPort: {{ $portName }}
      protocol: TCP
      appProtocol: {{ include "one-data-common.appProtocol" $portName }}
    {{- if and $spec.metricsPort (ne (int $spec.metricsPort) (int $spec.port)) }}
    - name: http-metrics
      port: {{ $spec.metricsPort }}
      targetPort: metrics
      protocol: TCP
      appProtocol: http
    {{- end }}
{{- end }}

{{/*
PodDisruptionBudget of a component. Argument: dict "ctx" $ "name" "api" "spec" .Values.api
spec.pdb: {enabled, minAvailable | maxUnavailable}.
*/}}
{{- define "one-data-common.pdb" -}}
{{- $pdb := .spec.pdb }}
{{- $replicas := int (.spec.replicaCount | default 1) }}
{{- if and .spec.autoscaling .spec.autoscaling.enabled }}
{{- $replicas = int .spec.autoscaling.minReplicas }}
{{- end }}
{{- if and (not (hasKey $pdb "maxUnavailable")) (ge (int ($pdb.minAvailable | default 1)) $replicas) }}
{{- fail (printf "%s: pdb.minAvailable %v must be below the replica count %d, else the PodDisruptionBudget blocks every node drain" (include "one-data-common.fullname" .) ($pdb.minAvailable | default 1) $replicas) }}
{{- end }}
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
    - port: {{ ternary "http-metrics" (.spec.portName | default "http") (and (not (empty .spec.metricsPort)) (ne (int .spec.metricsPort) (int .spec.port))) }}
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
apiVersion: networking.istio.io/v1
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

{{/*
appProtocol of a Service port from its name (<protocol>[-suffix]): http, http2, grpc, tcp, tls...
Argument: the port name.
*/}}
{{- define "one-data-common.appProtocol" -}}
{{- first (splitList "-" .) }}
{{- end }}

{{/*
Whether an API (group/version or group/version/Kind) is served: .Capabilities.APIVersions.Has, or
listed in global.apiVersions (for `helm template` without a cluster, like --api-versions).
Argument: dict "ctx" $ "api" "monitoring.coreos.com/v1/ServiceMonitor". Returns "true" or "".
*/}}
{{- define "one-data-common.hasAPI" -}}
{{- if or (.ctx.Capabilities.APIVersions.Has .api) (has .api ((.ctx.Values.global | default dict).apiVersions | default list)) }}true{{ end }}
{{- end }}

{{/*
Whether ServiceMonitors are rendered: global.serviceMonitor.enabled and the prometheus-operator API served.
Argument: the chart context.
*/}}
{{- define "one-data-common.serviceMonitorEnabled" -}}
{{- $api := "monitoring.coreos.com/v1/ServiceMonitor" }}
{{- if and .Values.global.serviceMonitor.enabled (or (.Capabilities.APIVersions.Has $api) (include "one-data-common.hasAPI" (dict "ctx" . "api" $api))) }}true{{ end }}
{{- end }}

{{/*
Whether Istio objects are rendered: global.istio.enabled and networking.istio.io/v1 served.
Argument: the chart context.
*/}}
{{- define "one-data-common.istioEnabled" -}}
{{- $api := "networking.istio.io/v1" }}
{{- if and .Values.global.istio.enabled (or (.Capabilities.APIVersions.Has $api) (include "one-data-common.hasAPI" (dict "ctx" . "api" $api))) }}true{{ end }}
{{- end }}

{{/*
Headless Service <name>-internal governing a StatefulSet (stable pod DNS names, not-ready pods
published for peer discovery). Argument: dict "ctx" $ "name" "vault" "spec" .Values.vault
"ports" (list of {name, port}).
*/}}
{{- define "one-data-common.headlessService" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "one-data-common.fullname" . }}-internal
  namespace: {{ include "one-data-common.namespace" .ctx }}
  labels:
    {{- include "one-data-common.labels" . | nindent 4 }}
spec:
  clusterIP: None
  publishNotReadyAddresses: true
  selector:
    {{- include "one-data-common.selectorLabels" . | nindent 4 }}
  ports:
    {{- range .ports }}
    - name: {{ .name }}
      port: {{ .port }}
      targetPort: {{ .port }}
      protocol: TCP
      appProtocol: {{ include "one-data-common.appProtocol" .name }}
    {{- end }}
{{- end }}

{{/*
Resources of the injected istio-proxy sidecar as pod annotations (global.istio.proxy; ignored
where no sidecar is injected; the budgets count them). Argument: the chart context.
*/}}
{{- define "one-data-common.sidecarAnnotations" -}}
{{- $istio := .Values.global.istio | default dict }}
{{- if and $istio.enabled $istio.proxy }}
{{- with $istio.proxy -}}
sidecar.istio.io/proxyCPU: {{ .cpu | quote }}
sidecar.istio.io/proxyMemory: {{ .memory | quote }}
sidecar.istio.io/proxyCPULimit: {{ .cpuLimit | quote }}
sidecar.istio.io/proxyMemoryLimit: {{ .memoryLimit | quote }}
{{- end }}
{{- end }}
{{- end }}
