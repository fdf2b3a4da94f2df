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
