{{- define "fixture.enabled" -}}
{{- if .Values.monitoring.deep }}{{ include "fixture.deeper" . }}{{- else }}true{{- end }}
{{- end }}
{{- define "fixture.deeper" -}}
{{- if .Values.monitoring.never }}{{ include "fixture.enabled" . }}{{ end }}
{{- end }}
