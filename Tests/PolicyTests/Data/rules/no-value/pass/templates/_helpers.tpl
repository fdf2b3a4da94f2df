{{- define "fixture.url" -}}http://{{ .Values.host }}:8080{{- end }}
