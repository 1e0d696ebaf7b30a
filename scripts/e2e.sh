#!/usr/bin/env bash
# End-to-end run against real parts (README, "End-to-end run against a real Keycloak"):
#   1. packages the service and, in the Maven profile e2e, generates the Java client from the
#      committed openapi/openapi.yaml and compiles the suite (src/e2e/java) against it;
#   2. fetches Keycloak (org.keycloak:keycloak-quarkus-dist, through the local Maven repository),
#      unpacks it under target/e2e/ and starts it on 127.0.0.1 in dev mode with a fixed hostname,
#      importing docker/keycloak/bangga-elokal-realm.json (the realm docker-compose.yml uses);
#   3. starts the packaged service (prod profile) against a freshly created PostgreSQL database;
#   4. runs the suite (failsafe) and stops every process it started, by PID, even on failure.
#
# Needs: a JDK 17+ for the build and the service, a JDK 21+ for Keycloak (E2E_KEYCLOAK_JAVA_HOME,
# else JAVA_HOME when it is 21+, else the newest under /usr/lib/jvm), PostgreSQL reachable as
# E2E_DB_USER (default postgres, allowed to create databases) with createdb/dropdb on the PATH,
# and the ports below free. Logs: target/e2e/keycloak.log, target/e2e/service.log.
set -euo pipefail
cd "$(dirname "$0")/.."

KEYCLOAK_VERSION=26.7.3
KEYCLOAK_PORT=${E2E_KEYCLOAK_PORT:-8189}
SERVICE_PORT=${E2E_SERVICE_PORT:-8089}
DB_HOST=${E2E_DB_HOST:-127.0.0.1}
DB_PORT=${E2E_DB_PORT:-5432}
DB_USER=${E2E_DB_USER:-postgres}
DB_PASSWORD=${E2E_DB_PASSWORD:-}
DB_NAME=${E2E_DB_NAME:-banggaelokal_e2e}
WORK=target/e2e
KEYCLOAK_HOME=$WORK/keycloak-$KEYCLOAK_VERSION
REALM_URL=http://127.0.0.1:$KEYCLOAK_PORT/realms/bangga-elokal
SERVICE_URL=http://127.0.0.1:$SERVICE_PORT

log() { printf '[e2e %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
started=$(date +%s)

# --- processes started here, stopped on exit ------------------------------------------------
# Each runs in a session of its own (setsid), so that its process group id is its PID; stopping
# it signals exactly that group (kc.sh starts a second JVM for its build step).
pids=()
stop_all() {
  local status=$?
  local pid
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    pid=${pids[$i]}
    if kill -0 "$pid" 2>/dev/null; then
      log "stopping PID $pid"
      kill -TERM -- "-$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
      done
      kill -KILL -- "-$pid" 2>/dev/null || true
    fi
  done
  log "finished with status $status after $(($(date +%s) - started)) s"
  exit "$status"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

start() { # start NAME LOGFILE COMMAND...: runs COMMAND in the background, remembers its PID
  local name=$1 logfile=$2
  shift 2
  setsid "$@" >"$logfile" 2>&1 < /dev/null &
  pids+=("$!")
  log "$name started (PID $!), log in $logfile"
}

wait_for() { # wait_for NAME URL SECONDS PID
  local name=$1 url=$2 seconds=$3 pid=$4
  for _ in $(seq 1 "$seconds"); do
    if curl -sf -o /dev/null "$url"; then
      log "$name is ready"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      log "$name exited before it was ready"
      return 1
    fi
    sleep 1
  done
  log "$name was not ready within $seconds s"
  return 1
}

java_major() { # java_major JAVA_HOME: the major version of that JDK, or 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1 || echo 0
}

keycloak_java_home() {
  if [ -n "${E2E_KEYCLOAK_JAVA_HOME:-}" ]; then
    echo "$E2E_KEYCLOAK_JAVA_HOME"
    return
  fi
  if [ -n "${JAVA_HOME:-}" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ]; then
    echo "$JAVA_HOME"
    return
  fi
  local candidate best="" best_major=0 major
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/java" ] || continue
    major=$(java_major "$candidate")
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate
      best_major=$major
    fi
  done
  [ -n "$best" ] || { log "Keycloak needs Java 21+: set E2E_KEYCLOAK_JAVA_HOME" >&2; return 1; }
  echo "$best"
}

for port in "$KEYCLOAK_PORT" "$SERVICE_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    log "port $port is already in use"
    exit 1
  fi
done
KEYCLOAK_JAVA_HOME=$(keycloak_java_home)
mkdir -p "$WORK"

export MAVEN_ARGS="${MAVEN_ARGS:-} --batch-mode --no-transfer-progress"

# --- 1. Keycloak: fetched through the local Maven repository, unpacked once, started ---------
if [ ! -x "$KEYCLOAK_HOME/bin/kc.sh" ]; then
  log "fetching Keycloak $KEYCLOAK_VERSION"
  ./mvnw -q dependency:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
    -DoutputDirectory="$WORK" -Dmdep.overWriteIfNewer=true
  rm -rf "$KEYCLOAK_HOME"
  unzip -q "$WORK/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$WORK"
  rm -f "$WORK/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
fi
# A fresh Keycloak database every run, so that the realm file is imported as it is now.
rm -rf "$KEYCLOAK_HOME/data"
mkdir -p "$KEYCLOAK_HOME/data/import"
cp docker/keycloak/bangga-elokal-realm.json "$KEYCLOAK_HOME/data/import/"
log "starting Keycloak with $KEYCLOAK_JAVA_HOME"
start keycloak "$WORK/keycloak.log" env JAVA_HOME="$KEYCLOAK_JAVA_HOME" \
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  "$KEYCLOAK_HOME/bin/kc.sh" start-dev --import-realm \
  --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
  --hostname="http://127.0.0.1:$KEYCLOAK_PORT"
keycloak_pid=${pids[-1]}

# --- 2. the service and the suite, built while Keycloak starts ------------------------------
log "packaging the service, generating the client and compiling the suite (profile e2e)"
./mvnw -q -Pe2e package -DskipTests

log "creating the database $DB_NAME"
export PGPASSWORD=$DB_PASSWORD
dropdb -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" --if-exists "$DB_NAME"
createdb -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" "$DB_NAME"

wait_for Keycloak "$REALM_URL/.well-known/openid-configuration" 300 "$keycloak_pid"

# No SMTP server here: notification e-mails go to Quarkus' mock mailer (the log).
start service "$WORK/service.log" env \
  DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME" DB_USER="$DB_USER" \
  DB_PASSWORD="$DB_PASSWORD" OIDC_ISSUER_URL="$REALM_URL" OIDC_CLIENT_ID=bangga-elokal-api \
  PORT="$SERVICE_PORT" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_MAILER_MOCK=true \
  java -jar target/quarkus-app/quarkus-run.jar
wait_for service "$SERVICE_URL/q/health/ready" 120 "${pids[-1]}"

# --- 3. the suite ------------------------------------------------------------------------
log "running the end-to-end suite"
E2E_API_URL=$SERVICE_URL \
  E2E_TOKEN_URL="$REALM_URL/protocol/openid-connect/token" \
  ./mvnw -Pe2e failsafe:integration-test failsafe:verify -DskipITs=false
log "the end-to-end suite passed"
