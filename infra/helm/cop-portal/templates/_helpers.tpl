{{/*
Chart name, truncated to the 63 characters Kubernetes allows in a name.
*/}}
{{- define "cop-portal.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name: <release>-<chart>, or the release name alone when it already contains
the chart name.
*/}}
{{- define "cop-portal.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "cop-portal.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels of every object, without app.kubernetes.io/component (each object adds its own).
*/}}
{{- define "cop-portal.commonLabels" -}}
helm.sh/chart: {{ include "cop-portal.chart" . }}
app.kubernetes.io/name: {{ include "cop-portal.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: cop-portal
{{- end }}

{{/*
Labels of the api objects (Deployment, Service, HPA, PDB, Ingress, ServiceAccount).
*/}}
{{- define "cop-portal.labels" -}}
{{ include "cop-portal.commonLabels" . }}
app.kubernetes.io/component: api
{{- end }}

{{/*
Selector labels of the api pods. Never change them on an installed release (selectors are immutable).
*/}}
{{- define "cop-portal.selectorLabels" -}}
app.kubernetes.io/name: {{ include "cop-portal.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: api
{{- end }}

{{- define "cop-portal.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "cop-portal.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Image reference: repository@digest, or repository:tag (tag defaults to appVersion).
*/}}
{{- define "cop-portal.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) }}
{{- end }}
{{- end }}

{{/*
Name of the CloudNativePG Cluster (at most 50 characters: the operator derives longer names from it).
*/}}
{{- define "cop-portal.pgClusterName" -}}
{{- if .Values.postgresql.clusterName }}
{{- .Values.postgresql.clusterName | trunc 50 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-pg" (include "cop-portal.fullname" . | trunc 47 | trimSuffix "-") }}
{{- end }}
{{- end }}

{{/*
Folder of this cluster's backups in the bucket (barman serverName).
*/}}
{{- define "cop-portal.pgBackupServerName" -}}
{{- .Values.postgresql.backup.serverName | default (include "cop-portal.pgClusterName" .) }}
{{- end }}

{{/*
Secret and key holding DATABASE_URL.
*/}}
{{- define "cop-portal.databaseSecretName" -}}
{{- if .Values.postgresql.enabled }}
{{- printf "%s-app" (include "cop-portal.pgClusterName" .) }}
{{- else }}
{{- .Values.database.existingSecret.name }}
{{- end }}
{{- end }}

{{- define "cop-portal.databaseSecretKey" -}}
{{- if .Values.postgresql.enabled }}
{{- "uri" }}
{{- else }}
{{- .Values.database.existingSecret.key | default "uri" }}
{{- end }}
{{- end }}

{{/*
s3Credentials block of a barmanObjectStore (CloudNativePG), from postgresql.backup.s3Credentials.
*/}}
{{- define "cop-portal.pgS3Credentials" -}}
{{- $c := .Values.postgresql.backup.s3Credentials -}}
s3Credentials:
  accessKeyId:
    name: {{ $c.secretName | quote }}
    key: {{ $c.accessKeyIdKey | quote }}
  secretAccessKey:
    name: {{ $c.secretName | quote }}
    key: {{ $c.secretAccessKeyKey | quote }}
  {{- if $c.regionKey }}
  region:
    name: {{ $c.secretName | quote }}
    key: {{ $c.regionKey | quote }}
  {{- end }}
{{- end }}

{{/*
Environment of the api container, shared by the Deployment and the migration Job.
*/}}
{{- define "cop-portal.env" -}}
- name: NODE_ENV
  value: production
- name: PORT
  value: {{ .Values.containerPort | quote }}
- name: HOST
  value: 0.0.0.0
- name: DATA_DIR
  value: /app/.data
- name: DB_MIGRATE_ON_START
  value: {{ ternary "true" "false" (eq .Values.migrations.mode "onStart") | quote }}
- name: DATABASE_URL
  valueFrom:
    secretKeyRef:
      name: {{ include "cop-portal.databaseSecretName" . | quote }}
      key: {{ include "cop-portal.databaseSecretKey" . | quote }}
{{- range $name, $value := .Values.config }}
- name: {{ $name }}
  value: {{ $value | toString | quote }}
{{- end }}
{{- with .Values.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
Checks that stop a broken configuration at render time (helm install / template / lint).
*/}}
{{- define "cop-portal.validate" -}}
{{- $reserved := list "NODE_ENV" "PORT" "HOST" "DATA_DIR" "DB_MIGRATE_ON_START" "DATABASE_URL" }}
{{- range $name, $_ := .Values.config }}
{{- if has $name $reserved }}
{{- fail (printf "config.%s is set by the chart (DATABASE_URL comes from a Secret: see database / postgresql)" $name) }}
{{- end }}
{{- end }}
{{- if and (not .Values.postgresql.enabled) (not .Values.database.existingSecret.name) }}
{{- fail "No database: enable postgresql (CloudNativePG) or set database.existingSecret.name to a Secret holding DATABASE_URL" }}
{{- end }}
{{- if and .Values.postgresql.enabled .Values.database.existingSecret.name }}
{{- fail "Set either postgresql.enabled or database.existingSecret.name, not both" }}
{{- end }}
{{- if and .Values.postgresql.enabled .Values.postgresql.backup.enabled (not .Values.postgresql.backup.destinationPath) }}
{{- fail "postgresql.backup.enabled needs postgresql.backup.destinationPath (s3://bucket/path)" }}
{{- end }}
{{- if and .Values.postgresql.enabled .Values.postgresql.recovery.enabled }}
{{- if not .Values.postgresql.recovery.sourceServerName }}
{{- fail "postgresql.recovery.enabled needs postgresql.recovery.sourceServerName (the folder of the backed-up cluster in the bucket)" }}
{{- end }}
{{- if not (.Values.postgresql.recovery.destinationPath | default .Values.postgresql.backup.destinationPath) }}
{{- fail "postgresql.recovery needs recovery.destinationPath or backup.destinationPath" }}
{{- end }}
{{- $sameStore := eq (.Values.postgresql.recovery.destinationPath | default .Values.postgresql.backup.destinationPath) .Values.postgresql.backup.destinationPath }}
{{- if and .Values.postgresql.backup.enabled $sameStore (eq .Values.postgresql.recovery.sourceServerName (include "cop-portal.pgBackupServerName" .)) }}
{{- fail "The restored cluster would archive into the backups it restores from: set postgresql.backup.serverName to a new name" }}
{{- end }}
{{- end }}
{{- if not (has .Values.migrations.mode (list "job" "onStart" "external")) }}
{{- fail "migrations.mode must be job, onStart or external" }}
{{- end }}
{{- if and (eq .Values.migrations.mode "onStart") (or .Values.autoscaling.enabled (gt (int .Values.replicaCount) 1)) }}
{{- fail "migrations.mode=onStart is for a single api pod (pods migrating on start could race): use job" }}
{{- end }}
{{- if and .Values.autoscaling.enabled (lt (int .Values.autoscaling.maxReplicas) (int .Values.autoscaling.minReplicas)) }}
{{- fail "autoscaling.maxReplicas must be >= autoscaling.minReplicas" }}
{{- end }}
{{- end }}
