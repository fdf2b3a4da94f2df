{{- define "repro.hasAPI" -}}
{{- if or (.Capabilities.APIVersions.Has "monitoring.coreos.com/v1/ServiceMonitor") (has "monitoring.coreos.com/v1/ServiceMonitor" .Values.apiVersions) }}true{{ end }}
{{- end }}
{{- define "repro.enabled" -}}
{{- if include "repro.hasAPI" . }}true{{ end }}
{{- end }}
