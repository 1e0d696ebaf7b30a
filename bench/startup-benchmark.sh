#!/usr/bin/env bash
# Start-up and memory of the packaged service against a minimal Quarkus app with the same
# extensions and one trivial endpoint (bench/minimal-app/), in the same run (QUALITY.md: start-up
# to the first answered request <= 1.5x, resident memory after start-up and one request <= 1.5x).
#
#   bench/startup-benchmark.sh [ROUNDS]        # default 5 rounds; REBUILD=1 packages both again
#
# Each round starts the minimal app, then the service (`java -jar .../quarkus-run.jar`, the same
# JVM flags, JAVA_FLAGS, both pinned to core 0; curl polls from core 1) and measures:
#   - start-up: from just before the JVM is started to the first 200 of /q/health/live, polled
#     every 20 ms (both apps serve it: quarkus-smallrye-health);
#   - RSS: VmRSS of /proc/PID/status after one request of the app's own (minimal: GET /hello;
#     service: GET /api/v1/storefronts, public, one query through Hibernate);
# and, as a diagnostic less sensitive to other load on the machine, the CPU time (user + system)
# the JVM had used when it first answered; then stops it (SIGTERM, waiting for the exit). Both log
# JSON lines, as in production (LOG_JSON=true). One unmeasured round first: it migrates the
# service's throwaway database (later starts validate it, as a restart in production does) and
# warms the page cache for both. Medians over the rounds; writes bench/results/startup-<time>.json.
#
# Both apps get a throwaway database (bench_startup, bench_startup_minimal, created afresh) on the
# PostgreSQL at 127.0.0.1:5432 and verify tokens against a local public key (bench/bench_token.py),
# so no identity provider is needed to start.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${1:-5}
PORT=${PORT:-18090}
RESULTS=bench/results
JAVA_FLAGS=${JAVA_FLAGS:-}
SERVICE_JAR=target/quarkus-app/quarkus-run.jar
MINIMAL_JAR=bench/minimal-app/target/quarkus-app/quarkus-run.jar
SERVICE_DB=bench_startup
MINIMAL_DB=bench_startup_minimal
PSQL=(psql -X -q -At -h 127.0.0.1 -U postgres)
ISSUER=https://bench.example/realms/bench
mkdir -p "$RESULTS"

log() { printf '[startup] %s\n' "$*" >&2; }

if [ "${REBUILD:-0}" = 1 ] || [ ! -f "$SERVICE_JAR" ]; then
  log "packaging the service"
  ./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
fi
if [ "${REBUILD:-0}" = 1 ] || [ ! -f "$MINIMAL_JAR" ]; then
  log "packaging the minimal app"
  ./mvnw -q -B -f bench/minimal-app/pom.xml package -DskipTests
fi
PUBLIC_KEY=$(python3 bench/bench_token.py public-key)

for db in "$SERVICE_DB" "$MINIMAL_DB"; do
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
done

APP_PID=
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

now_ns() { date +%s%N; }

cpu_ms() {  # user+system time of a process, in ms
  local user system
  read -r user system < <(cut -d' ' -f14,15 "/proc/$1/stat")
  echo $(((user + system) * 1000 / $(getconf CLK_TCK)))
}

# run_once NAME JAR DB REQUEST_PATH -> "startup_ms rss_kb cpu_ms"
run_once() {
  local name=$1 jar=$2 db=$3 path=$4 started ready deadline rss cpu
  started=$(now_ns)
  DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" DB_USER=postgres DB_PASSWORD= \
  OIDC_ISSUER_URL= QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY" QUARKUS_OIDC_TOKEN_ISSUER="$ISSUER" \
  QUARKUS_HTTP_PORT=$PORT SHUTDOWN_DELAY=0S QUARKUS_LOG_CONSOLE_JSON_ENABLED=true \
    taskset -c 0 java $JAVA_FLAGS -jar "$jar" >"$RESULTS/.startup-$name.log" 2>&1 &
  APP_PID=$!
  deadline=$((started + 180000000000))
  until taskset -c 1 curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/q/health/live"; do
    if ! kill -0 "$APP_PID" 2>/dev/null || [ "$(now_ns)" -gt "$deadline" ]; then
      log "$name did not start:"; tail -n 40 "$RESULTS/.startup-$name.log" >&2; exit 1
    fi
    sleep 0.02
  done
  ready=$(now_ns)
  cpu=$(cpu_ms "$APP_PID")
  taskset -c 1 curl -fs -o /dev/null --max-time 10 "http://127.0.0.1:$PORT$path" \
    || { log "$name: GET $path failed"; exit 1; }
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status")
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
  echo "$(((ready - started) / 1000000)) $rss $cpu"
}

log "warm-up round (migrates $SERVICE_DB; not measured)"
run_once minimal "$MINIMAL_JAR" "$MINIMAL_DB" /hello >/dev/null
run_once service "$SERVICE_JAR" "$SERVICE_DB" /api/v1/storefronts >/dev/null

rounds=()
for round in $(seq 1 "$ROUNDS"); do
  read -r minimal_ms minimal_kb minimal_cpu < <(run_once minimal "$MINIMAL_JAR" "$MINIMAL_DB" /hello)
  read -r service_ms service_kb service_cpu < <(run_once service "$SERVICE_JAR" "$SERVICE_DB" /api/v1/storefronts)
  log "round $round: minimal ${minimal_ms} ms (CPU ${minimal_cpu} ms) ${minimal_kb} kB," \
    "service ${service_ms} ms (CPU ${service_cpu} ms) ${service_kb} kB"
  rounds+=("$minimal_ms $minimal_kb $minimal_cpu $service_ms $service_kb $service_cpu")
done

stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="$RESULTS/startup-$stamp.json"
python3 - "$out" "$JAVA_FLAGS" "$(java -version 2>&1 | head -n 1)" "$(nproc)" "${rounds[@]}" <<'PY'
import json, statistics, sys
out, flags, java, cpus = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
rounds = [dict(zip(("minimal_ms", "minimal_rss_kb", "minimal_cpu_ms",
                    "service_ms", "service_rss_kb", "service_cpu_ms"),
                   map(int, line.split()))) for line in sys.argv[5:]]
med = {key: statistics.median(r[key] for r in rounds) for key in rounds[0]}
result = {
    "benchmark": "startup",
    "java": java, "java_flags": flags, "cpus": cpus, "pinning": "apps on core 0, curl on core 1",
    "startup": "JVM start to first 200 of /q/health/live (polled every 20 ms)",
    "rss": "VmRSS after start-up and one request (minimal GET /hello, service GET /api/v1/storefronts)",
    "rounds": rounds,
    "median": med,
    "startup_ratio": round(med["service_ms"] / med["minimal_ms"], 2),
    "rss_ratio": round(med["service_rss_kb"] / med["minimal_rss_kb"], 2),
    "startup_cpu_ratio": round(med["service_cpu_ms"] / med["minimal_cpu_ms"], 2),
    "goal": "both ratios <= 1.5 (QUALITY.md)",
}
with open(out, "w") as f:
    json.dump(result, f, indent=2)
    f.write("\n")
for app in ("minimal", "service"):
    print(f"{app + ':':13}start-up {med[app + '_ms']:.0f} ms (CPU {med[app + '_cpu_ms']:.0f} ms),"
          f" RSS {med[app + '_rss_kb'] / 1024:.0f} MB")
print(f"ratios:      start-up {result['startup_ratio']}x, RSS {result['rss_ratio']}x (goal <= 1.5x);"
      f" CPU to start {result['startup_cpu_ratio']}x")
print(f"written to {out}")
PY
