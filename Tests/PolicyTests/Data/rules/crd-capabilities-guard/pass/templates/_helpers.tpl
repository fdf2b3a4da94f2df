{{- define "fixture.hasMonitoring" -}}{{ .Capabilities.APIVersions.Has "monitoring.coreos.com/v1/ServiceMonitor" }}{{- end }}
