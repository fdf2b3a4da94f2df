{{/*
Infrastructure subchart helpers. Names, labels and workloads come from the one-data-common library;
these wrap it for this chart (CHARTS.md: name, fullname, labels, selectorLabels, serviceAccountName, image).
*/}}
{{- define "infrastructure.name" -}}
{{- .Chart.Name }}
{{- end }}

{{- define "infrastructure.fullname" -}}
{{- include "one-data-common.fullname" (dict "ctx" .ctx "name" .name) }}
{{- end }}

{{- define "infrastructure.labels" -}}
{{- include "one-data-common.labels" . }}
{{- end }}

{{- define "infrastructure.selectorLabels" -}}
{{- include "one-data-common.selectorLabels" . }}
{{- end }}

{{- define "infrastructure.serviceAccountName" -}}
default
{{- end }}

{{- define "infrastructure.image" -}}
{{- include "one-data-common.image" . }}
{{- end }}

{{/*
The components of this chart, in order.
*/}}
{{- define "infrastructure.components" -}}
{{- toJson (list "minio" "mysql" "redis" "milvus") }}
{{- end }}

{{/*
A generated password kept across upgrades: the stored Secret's key (lookup; empty offline), else
the value, else randAlphaNum 32. Returns base64.
Argument: dict "namespace" ns "secret" name "key" key "value" value.
*/}}
{{- define "infrastructure.password" -}}
{{- $existing := lookup "v1" "Secret" .namespace .secret }}
{{- $data := ($existing | default dict).data | default dict }}
{{- if hasKey $data .key }}
{{- index $data .key }}
{{- else if .value }}
{{- .value | b64enc }}
{{- else }}
{{- randAlphaNum 32 | b64enc }}
{{- end }}
{{- end }}

{{/*
Fails when global.secrets.requireExisting is set (production) and global.secrets.existing is not.
*/}}
{{- define "infrastructure.checkSecrets" -}}
{{- if and .Values.global.secrets.requireExisting (not .Values.global.secrets.existing) }}
{{- fail "global.secrets.existing is required (global.secrets.requireExisting): create mysql-credentials, minio-credentials, the <layer>-db-credentials and model-store-credentials Secrets first (see the README)" }}
{{- end }}
{{- end }}

{{/*
First-start hook of a replicated MySQL instance (sourced by the image's entrypoint, which
provides docker_process_sql): the primary creates the replication user, a replica points
itself at the primary with GTID auto-position (replication starts with the server).
*/}}
{{- define "infrastructure.mysqlReplicationInit" -}}
{{- $name := include "one-data-common.fullname" (dict "ctx" . "name" "mysql") -}}
ordinal=${HOSTNAME##*-}
if [ "$ordinal" = "0" ]; then
  docker_process_sql --database=mysql <<SQL
CREATE USER IF NOT EXISTS 'repl'@'%' IDENTIFIED BY '${MYSQL_REPLICATION_PASSWORD}';
GRANT REPLICATION SLAVE ON *.* TO 'repl'@'%';
SQL
else
  docker_process_sql --database=mysql <<SQL
CHANGE REPLICATION SOURCE TO SOURCE_HOST='{{ $name }}-0.{{ $name }}-internal', SOURCE_PORT={{ .Values.mysql.port }}, SOURCE_USER='repl', SOURCE_PASSWORD='${MYSQL_REPLICATION_PASSWORD}', SOURCE_AUTO_POSITION=1, GET_SOURCE_PUBLIC_KEY=1;
SQL
fi
{{- end }}

{{/*
Start scripts of Redis in sentinel mode. Both ask the sentinels for the current master first
(so a restarted pod rejoins whoever was promoted), else pod 0 is the master.
*/}}
{{- define "infrastructure.redisSentinelScripts" -}}
{{- $name := include "one-data-common.fullname" (dict "ctx" . "name" "redis") -}}
{{- $s := .Values.redis.sentinel -}}
find-master.sh: |
  self="${HOSTNAME}.{{ $name }}-internal"
  master=$(redis-cli -h {{ $name }}-sentinel -p {{ $s.port }} --raw sentinel get-master-addr-by-name {{ $s.masterSet }} 2>/dev/null | head -n 1)
  if [ -z "$master" ]; then master="{{ $name }}-0.{{ $name }}-internal"; fi
start-redis.sh: |
  set -e
  . /scripts/find-master.sh
  set -- {{ join " " .Values.redis.args }} --replica-announce-ip "$self"
  if [ "$master" != "$self" ]; then set -- "$@" --replicaof "$master" {{ .Values.redis.port }}; fi
  exec redis-server "$@"
start-sentinel.sh: |
  set -e
  . /scripts/find-master.sh
  cat > /tmp/sentinel.conf <<EOF
  port {{ $s.port }}
  sentinel resolve-hostnames yes
  sentinel announce-hostnames yes
  sentinel announce-ip $self
  sentinel monitor {{ $s.masterSet }} $master {{ .Values.redis.port }} {{ $s.quorum }}
  sentinel down-after-milliseconds {{ $s.masterSet }} 5000
  sentinel failover-timeout {{ $s.masterSet }} 60000
  sentinel parallel-syncs {{ $s.masterSet }} 1
  EOF
  exec redis-sentinel /tmp/sentinel.conf
{{- end }}

{{/*
Harbor registry configuration (distribution config.yml): blobs in the platform MinIO, cache in
the platform Redis, basic auth for core (htpasswd), no redirects (clients cannot reach MinIO).
Argument: dict "ctx" $ "redis" <redis URL without database>.
*/}}
{{- define "infrastructure.harborRegistryConfig" -}}
{{- $ := .ctx }}
{{- $h := $.Values.harbor }}
{{- $ns := include "one-data-common.namespace" $ }}
{{- $sentinel := $.Values.redis.sentinel.enabled }}
version: 0.1
log:
  level: info
  fields:
    service: registry
storage:
  s3:
    region: us-east-1
    bucket: {{ $h.storage.bucket }}
    regionendpoint: {{ printf "http://minio.%s.svc:%v" $ns $.Values.minio.port }}
    secure: false
    v4auth: true
    rootdirectory: /registry
  cache:
    layerinfo: redis
  maintenance:
    uploadpurging:
      enabled: true
      age: 168h
      interval: 24h
      dryrun: false
  delete:
    enabled: true
  redirect:
    disable: true
redis:
  addr: {{ ternary (printf "redis-sentinel.%s.svc:%v" $ns $.Values.redis.sentinel.port) (printf "redis.%s.svc:%v" $ns $.Values.redis.port) $sentinel }}
  {{- if $sentinel }}
  sentinelMasterSet: {{ $.Values.redis.sentinel.masterSet }}
  {{- end }}
  db: {{ $h.redisDatabases.registry }}
  readtimeout: 10s
  writetimeout: 10s
  dialtimeout: 10s
  pool:
    maxidle: 100
    maxactive: 500
    idletimeout: 60s
http:
  addr: :5000
  relativeurls: false
  debug:
    addr: localhost:5001
auth:
  htpasswd:
    realm: harbor-registry-basic-realm
    path: /etc/registry/passwd
validation:
  disabled: true
compatibility:
  schema1:
    enabled: true
{{- end }}

{{/*
Harbor jobservice configuration: job queue in the platform Redis, job logs to stdout.
Argument: dict "ctx" $ "redis" <redis URL without database>.
*/}}
{{- define "infrastructure.harborJobserviceConfig" -}}
{{- $h := .ctx.Values.harbor }}
protocol: "http"
port: 8080
worker_pool:
  workers: {{ $h.jobservice.maxJobWorkers }}
  backend: "redis"
  redis_pool:
    redis_url: "{{ .redis }}/{{ $h.redisDatabases.jobservice }}"
    namespace: "harbor_job_service_namespace"
    idle_timeout_second: 3600
job_loggers:
  - name: "STD_OUTPUT"
    level: INFO
metric:
  enabled: false
  path: /metrics
  port: 8001
loggers:
  - name: "STD_OUTPUT"
    level: INFO
reaper:
  max_update_hours: 24
  max_dangling_hours: 168
{{- end }}
