{{/*
jupyterhub_config.py of the hub.
*/}}
{{- define "model-studio.jupyterhubConfig" -}}
{{- $su := .Values.jupyterhub.singleuser -}}
c.JupyterHub.spawner_class = "kubespawner.KubeSpawner"
c.JupyterHub.hub_ip = "0.0.0.0"
c.JupyterHub.hub_port = {{ .Values.jupyterhub.port }}
c.JupyterHub.base_url = "/hub/"
c.KubeSpawner.namespace = {{ include "one-data-common.namespace" . | quote }}
c.KubeSpawner.image = "{{ $su.image.name }}:{{ $su.image.tag }}"
c.KubeSpawner.cpu_limit = {{ $su.cpu.limit }}
c.KubeSpawner.mem_limit = {{ $su.memory.limit | quote }}
c.KubeSpawner.mem_guarantee = {{ $su.memory.guarantee | quote }}
c.KubeSpawner.storage_class = {{ .Values.global.storageClass.model | quote }}
c.KubeSpawner.environment = {"SERVING_URL": "http://{{ include "one-data-common.fullname" (dict "ctx" . "name" "model-serving") }}:{{ .Values.serving.port }}/v1"}
{{- end }}
