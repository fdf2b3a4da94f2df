{{/*
Model subchart helpers; names, labels and workloads come from the one-data-common library.
*/}}
{{- define "model-studio.name" -}}
{{- .Chart.Name }}
{{- end }}

{{- define "model-studio.fullname" -}}
{{- include "one-data-common.fullname" . }}
{{- end }}

{{- define "model-studio.labels" -}}
{{- include "one-data-common.labels" . }}
{{- end }}

{{- define "model-studio.selectorLabels" -}}
{{- include "one-data-common.selectorLabels" . }}
{{- end }}

{{- define "model-studio.serviceAccountName" -}}
{{- include "one-data-common.fullname" (dict "ctx" . "name" "jupyterhub") }}
{{- end }}

{{- define "model-studio.image" -}}
{{- include "one-data-common.image" . }}
{{- end }}

{{/*
vLLM arguments for the first model.
*/}}
{{- define "model-studio.vllmArgs" -}}
{{- $model := first (required "serving.models needs at least one model" .Values.serving.models) }}
{{- toJson (list "--model" (printf "/models/%s" $model.name) "--served-model-name" $model.name "--tensor-parallel-size" (toString ($model.tensorParallelSize | default 1)) "--max-model-len" (toString .Values.serving.maxModelLen) "--gpu-memory-utilization" (toString .Values.serving.gpuMemoryUtilization) "--port" (toString .Values.serving.port)) }}
{{- end }}

{{/*
Init containers of vLLM serving: download the served model's weights from the S3 store
(models[0].modelPath, s3://bucket/path) into the replica's cache /models/<name>, once.
Output: YAML list (empty when serving.download.enabled is false).
*/}}
{{- define "model-studio.servingInitContainers" -}}
{{- $d := .Values.serving.download }}
{{- if $d.enabled }}
{{- $model := first .Values.serving.models }}
{{- if not (hasPrefix "s3://" $model.modelPath) }}
{{- fail (printf "serving.models[0].modelPath must be s3://bucket/path for the download, got %q" $model.modelPath) }}
{{- end }}
- name: download-model
  image: {{ include "one-data-common.image" (dict "ctx" . "image" $d.image) }}
  imagePullPolicy: IfNotPresent
  command:
    - sh
    - -ec
    - |
      dest=/models/{{ $model.name }}
      if [ -f "$dest/.download-complete" ]; then echo "model {{ $model.name }} already in the cache"; exit 0; fi
      mc alias set store "$S3_ENDPOINT" "$S3_ACCESS_KEY" "$S3_SECRET_KEY"
      mc mirror --overwrite --remove {{ printf "store/%s" (trimPrefix "s3://" $model.modelPath) | quote }} "$dest"
      touch "$dest/.download-complete"
  env:
    - name: MC_CONFIG_DIR
      value: /tmp/.mc
    - name: S3_ENDPOINT
      valueFrom:
        secretKeyRef:
          name: {{ $d.secretName }}
          key: endpoint
    - name: S3_ACCESS_KEY
      valueFrom:
        secretKeyRef:
          name: {{ $d.secretName }}
          key: access-key
    - name: S3_SECRET_KEY
      valueFrom:
        secretKeyRef:
          name: {{ $d.secretName }}
          key: secret-key
  securityContext:
    {{- toYaml .Values.global.securityContext | nindent 4 }}
  resources:
    {{- toYaml $d.resources | nindent 4 }}
  volumeMounts:
    - name: model-cache
      mountPath: /models
    - name: tmp
      mountPath: /tmp
{{- else }}
[]
{{- end }}
{{- end }}
