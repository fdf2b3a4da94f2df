{{/*
Chart name.
*/}}
{{- define "control-plane.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name.
*/}}
{{- define "control-plane.fullname" -}}
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
{{- define "control-plane.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Common labels.
*/}}
{{- define "control-plane.labels" -}}
helm.sh/chart: {{ include "control-plane.chart" . }}
{{ include "control-plane.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: es-serverless
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Selector labels.
*/}}
{{- define "control-plane.selectorLabels" -}}
app.kubernetes.io/name: {{ include "control-plane.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Resource name of a component. Argument: dict "ctx" $ "component" "shardController".
*/}}
{{- define "control-plane.componentName" -}}
{{- printf "%s-%s" (include "control-plane.fullname" .ctx) (kebabcase .component) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels of a component. Argument: dict "ctx" $ "component" "manager".
*/}}
{{- define "control-plane.componentLabels" -}}
{{ include "control-plane.labels" .ctx }}
app.kubernetes.io/component: {{ kebabcase .component }}
{{- end }}

{{/*
Selector labels of a component. Argument: dict "ctx" $ "component" "manager".
*/}}
{{- define "control-plane.componentSelectorLabels" -}}
{{ include "control-plane.selectorLabels" .ctx }}
app.kubernetes.io/component: {{ kebabcase .component }}
{{- end }}

{{/*
ServiceAccount name.
*/}}
{{- define "control-plane.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "control-plane.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Image of a component. The component's image is a full reference string, or a map whose `ref`
(a full reference: the seed's manager_image) wins over {repository, tag}; registry and tag default to imageRegistry/global.imageRegistry
and imageTag/appVersion. Argument: dict "ctx" $ "component" "manager".
*/}}
{{- define "control-plane.image" -}}
{{- $image := (index .ctx.Values .component).image }}
{{- if kindIs "string" $image }}
{{- $image }}
{{- else if $image.ref }}
{{- $image.ref }}
{{- else }}
{{- $registry := default .ctx.Values.imageRegistry .ctx.Values.global.imageRegistry }}
{{- $tag := $image.tag | default .ctx.Values.imageTag | default .ctx.Chart.AppVersion | toString }}
{{- printf "%s/%s:%s" $registry $image.repository $tag | trimPrefix "/" }}
{{- end }}
{{- end }}

{{/*
Image pull secrets.
*/}}
{{- define "control-plane.imagePullSecrets" -}}
{{- $secrets := concat .Values.global.imagePullSecrets .Values.imagePullSecrets }}
{{- if $secrets }}
imagePullSecrets:
{{- range $secrets }}
  - name: {{ . }}
{{- end }}
{{- end }}
{{- end }}

{{/*
HorizontalPodAutoscaler API version.
*/}}
{{- define "control-plane.hpa.apiVersion" -}}
{{- if .Capabilities.APIVersions.Has "autoscaling/v2" -}}
autoscaling/v2
{{- else -}}
autoscaling/v2beta2
{{- end }}
{{- end }}

{{/*
A component Deployment. Argument: dict "ctx" $ "component" "manager".
*/}}
{{- define "control-plane.deployment" -}}
{{- $ := .ctx }}
{{- $c := index $.Values .component }}
{{- $name := include "control-plane.componentName" . }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $name }}
  namespace: {{ $.Release.Namespace }}
  labels:
    {{- include "control-plane.componentLabels" . | nindent 4 }}
spec:
  {{- if not (and $c.autoscaling $c.autoscaling.enabled) }}
  replicas: {{ $c.replicas }}
  {{- end }}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  selector:
    matchLabels:
      {{- include "control-plane.componentSelectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "control-plane.componentLabels" . | nindent 8 }}
      annotations:
        checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") $ | sha256sum }}
        prometheus.io/scrape: "true"
        prometheus.io/port: {{ $c.port | quote }}
        prometheus.io/path: /metrics
    spec:
      serviceAccountName: {{ include "control-plane.serviceAccountName" $ }}
      {{- with (include "control-plane.imagePullSecrets" $) }}
      {{- . | nindent 6 }}
      {{- end }}
      securityContext:
        {{- toYaml $.Values.podSecurityContext | nindent 8 }}
      {{- if $.Values.antiAffinity }}
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 100
              podAffinityTerm:
                topologyKey: kubernetes.io/hostname
                labelSelector:
                  matchLabels:
                    {{- include "control-plane.componentSelectorLabels" . | nindent 20 }}
      {{- end }}
      {{- with $.Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $.Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ kebabcase .component }}
          image: {{ include "control-plane.image" . }}
          imagePullPolicy: {{ $.Values.imagePullPolicy }}
          args:
            - --config=/etc/control-plane/config.yaml
            - --port={{ $c.port }}
          env:
            {{- range $key := list "ELASTICSEARCH_URL" "LOG_LEVEL" "MANAGER_URL" }}
            - name: {{ $key }}
              valueFrom:
                configMapKeyRef:
                  name: {{ include "control-plane.fullname" $ }}-config
                  key: {{ $key }}
            {{- end }}
            - name: COMPONENT
              value: {{ kebabcase .component | quote }}
            - name: POD_NAMESPACE
              valueFrom:
                fieldRef:
                  fieldPath: metadata.namespace
            {{- with $.Values.elasticsearch.existingSecret }}
            - name: ES_USERNAME
              valueFrom:
                secretKeyRef:
                  name: {{ . }}
                  key: username
            - name: ES_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ . }}
                  key: password
            {{- else }}
            - name: ES_AUTH
              value: "none"
            {{- end }}
            {{- range $key, $value := $c.env }}
            - name: {{ $key }}
              value: {{ tpl (toString $value) $ | quote }}
            {{- end }}
          ports:
            - name: http
              containerPort: {{ $c.port }}
              protocol: TCP
          livenessProbe:
            httpGet:
              path: /healthz
              port: http
            initialDelaySeconds: 15
            periodSeconds: 20
          readinessProbe:
            httpGet:
              path: /readyz
              port: http
            periodSeconds: 10
          securityContext:
            {{- toYaml $.Values.securityContext | nindent 12 }}
          resources:
            {{- toYaml $c.resources | nindent 12 }}
          volumeMounts:
            - name: config
              mountPath: /etc/control-plane
              readOnly: true
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: config
          configMap:
            name: {{ include "control-plane.fullname" $ }}-config
        - name: tmp
          emptyDir: {}
{{- end }}

{{/*
A component Service. Argument: dict "ctx" $ "component" "manager".
*/}}
{{- define "control-plane.service" -}}
{{- $ := .ctx }}
{{- $c := index $.Values .component }}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "control-plane.componentName" . }}
  namespace: {{ $.Release.Namespace }}
  labels:
    {{- include "control-plane.componentLabels" . | nindent 4 }}
spec:
  type: {{ $c.serviceType | default "ClusterIP" }}
  selector:
    {{- include "control-plane.componentSelectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ $c.port }}
      targetPort: http
      protocol: TCP
{{- end }}
