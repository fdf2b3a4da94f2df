{{/*
jupyterhub_config.py of the hub: KubeSpawner in the layer namespace, an external
configurable-http-proxy, the sqlite database and cookie secret on the hub volume.
*/}}
{{- define "model-studio.jupyterhubConfig" -}}
{{- $su := .Values.jupyterhub.singleuser -}}
{{- $hub := include "one-data-common.fullname" (dict "ctx" . "name" "jupyterhub") -}}
import os
c.JupyterHub.spawner_class = "kubespawner.KubeSpawner"
c.JupyterHub.hub_ip = "0.0.0.0"
c.JupyterHub.hub_port = {{ .Values.jupyterhub.port }}
c.JupyterHub.hub_connect_ip = {{ $hub | quote }}
c.JupyterHub.db_url = "sqlite:////srv/jupyterhub/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "/srv/jupyterhub/jupyterhub_cookie_secret"
c.ConfigurableHTTPProxy.should_start = False
c.ConfigurableHTTPProxy.api_url = "http://{{ $hub }}-proxy-api:{{ .Values.jupyterhub.proxy.apiPort }}"
c.ConfigurableHTTPProxy.auth_token = os.environ["CONFIGPROXY_AUTH_TOKEN"]
c.KubeSpawner.namespace = {{ include "one-data-common.namespace" . | quote }}
c.KubeSpawner.image = "{{ $su.image.name }}:{{ $su.image.tag }}"
c.KubeSpawner.cpu_limit = {{ $su.cpu.limit }}
c.KubeSpawner.mem_limit = {{ $su.memory.limit | quote }}
c.KubeSpawner.mem_guarantee = {{ $su.memory.guarantee | quote }}
c.KubeSpawner.storage_class = {{ .Values.global.storageClass.model | quote }}
# Single-user pods meet the namespace's restricted pod-security level.
c.KubeSpawner.uid = 1000
c.KubeSpawner.fs_gid = 100
c.KubeSpawner.pod_security_context = {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}
c.KubeSpawner.container_security_context = {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}
c.KubeSpawner.environment = {"SERVING_URL": "http://{{ include "one-data-common.fullname" (dict "ctx" . "name" "model-serving") }}:{{ .Values.serving.port }}/v1"}
{{- end }}

{{/*
A secret value kept across upgrades: the existing Secret's key (lookup; empty offline), else the
given value, else randAlphaNum 48. Returns base64.
Argument: dict "ctx" $ "secret" name "key" key "value" value.
*/}}
{{- define "model-studio.secretValue" -}}
{{- $existing := lookup "v1" "Secret" (include "one-data-common.namespace" .ctx) .secret }}
{{- $data := ($existing | default dict).data | default dict }}
{{- if hasKey $data .key }}
{{- index $data .key }}
{{- else if .value }}
{{- .value | b64enc }}
{{- else }}
{{- randAlphaNum 48 | b64enc }}
{{- end }}
{{- end }}
