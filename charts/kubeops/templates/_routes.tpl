{{/*
The gateway's routes: list of {id, prefix, host, port, websocket, api}. Shared by APISIX (apisix.yaml)
and Higress (Ingress). Grafana and Kibana are reached under /grafana and /kibana when deployed.
*/}}
{{- define "kubeops.routes" -}}
{{- $routes := list }}
{{- $apps := dict "kubeManager" "/api/kube" "aiInspection" "/api/inspection" "devops" "/api/devops" }}
{{- range $key := list "kubeManager" "aiInspection" "devops" }}
{{- $app := index $.Values $key }}
{{- if $app.enabled }}
{{- $component := kebabcase $key }}
{{- $routes = append $routes (dict "id" $component "prefix" (index $apps $key) "service" (include "kubeops.componentName" (dict "ctx" $ "component" $component)) "namespace" $.Release.Namespace "port" (index $app.ports "http-api") "api" true) }}
{{- end }}
{{- end }}
{{- if .Values.kubeManager.enabled }}
{{- $routes = append $routes (dict "id" "kube-manager-ws" "prefix" "/ws" "service" (include "kubeops.componentName" (dict "ctx" . "component" "kube-manager")) "namespace" .Release.Namespace "port" (index .Values.kubeManager.ports "http-api") "websocket" true) }}
{{- end }}
{{- if .Values.monitoring.enabled }}
{{- $routes = append $routes (dict "id" "grafana" "prefix" "/grafana" "service" (include "kubeops.componentName" (dict "ctx" . "component" "grafana")) "namespace" .Values.monitoring.namespace "port" 3000) }}
{{- end }}
{{- if and .Values.logging.enabled (eq .Values.logging.backend "elk") }}
{{- $routes = append $routes (dict "id" "kibana" "prefix" "/kibana" "service" (include "kubeops.componentName" (dict "ctx" . "component" "kibana")) "namespace" .Values.logging.namespace "port" 5601) }}
{{- end }}
{{- if .Values.frontend.enabled }}
{{- $routes = append $routes (dict "id" "frontend" "prefix" "/" "service" (include "kubeops.componentName" (dict "ctx" . "component" "frontend")) "namespace" .Release.Namespace "port" (index .Values.frontend.ports "http-web")) }}
{{- end }}
{{- toJson $routes }}
{{- end }}
