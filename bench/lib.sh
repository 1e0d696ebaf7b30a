# Shared by the benchmarks: the packaged service pinned to core 0 with PostgreSQL, wrk and pgbench
# on core 1, tokens verified locally against a throwaway public key (bench/bench_token.py).
# Callers set DB, PORT, RESULTS, NAME, WARMUP, DURATION and CONNECTIONS before sourcing.

PSQL=(psql -X -q -At -h 127.0.0.1 -U postgres)
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
ISSUER=https://bench.example/realms/bench
PUBLIC_KEY=$(python3 bench/bench_token.py public-key)
mkdir -p "$RESULTS"

log() { printf '[bench] %s\n' "$*" >&2; }

command -v wrk >/dev/null || { log "installing wrk"; apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests

# These machines are virtual, and their kernel may run DAMON (a kdamond thread) with a proactive
# reclaim scheme ("pageout" of memory it has seen cold for a while). Once its regions have aged, it
# stalls the work on core 0 for tens of milliseconds every sampling interval (~0.54 s here): at
# 10,000 listings and a fixed 250 searches a second, p99 per 5 s was 73-99 ms with it running,
# 3-14 ms with it stopped, and 3-5 ms in the first minute after it was started again, all in one
# run of one service (2026-12-03; README, "Benchmarks"). Its state is recorded with the figures
# (host_damon); PAUSE_DAMON=1 (root) stops it for the run and starts it again on exit, with fresh
# monitoring state (the ages it had gathered are lost).
DAMON_STATES=(/sys/kernel/mm/damon/admin/kdamonds/*/state)
PAUSED_DAMON_STATES=()
damon_status() {  # -> none | unknown | off | running | paused
  local state seen=0 readable=0 running=0 paused=0
  for state in "${DAMON_STATES[@]}"; do
    [ -e "$state" ] || continue
    seen=1
    [ -r "$state" ] || continue
    readable=1
    [ "$(cat "$state")" = on ] && running=1
  done
  for state in "${PAUSED_DAMON_STATES[@]}"; do
    [ "$(cat "$state")" = off ] && paused=1
  done
  if [ "$seen" = 0 ] && ! pgrep -x 'kdamond\.[0-9]+' >/dev/null; then echo none
  elif [ "$readable" = 0 ]; then echo unknown
  elif [ "$running" = 1 ]; then echo running
  elif [ "$paused" = 1 ]; then echo paused
  else echo off; fi
}
pause_damon() {
  local state
  for state in "${DAMON_STATES[@]}"; do
    [ -e "$state" ] || continue
    if [ -w "$state" ] && [ "$(cat "$state")" = on ]; then
      echo off >"$state" && PAUSED_DAMON_STATES+=("$state") && log "stopped DAMON ($state) for this run"
    elif [ ! -w "$state" ]; then
      log "cannot stop DAMON ($state is not writable here)"
    fi
  done
}
resume_damon() {
  local state
  for state in "${PAUSED_DAMON_STATES[@]}"; do
    echo on >"$state" || log "could not start DAMON again ($state)"
  done
}

SERVICE_PID=
# The notification outbox is delivered to an SMTP sink on core 1 (bench/smtp_sink.py), as it would
# be to a real server: without one, deliveries fail and are retried during the measurements. The
# hourly integrity scan is off: it first runs a minute after start-up, and on the order benchmark's
# data (one work unit ordering one listing thousands of times a minute, one long split-order
# pattern) it would run during the measurements.
SMTP_PORT=${SMTP_PORT:-2525}
taskset -c 1 python3 bench/smtp_sink.py "$SMTP_PORT" &
SMTP_PID=$!
cleanup() {
  [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true
  kill "$SMTP_PID" 2>/dev/null || true
  resume_damon
  for pid in $(pgrep -x postgres || true); do taskset -a -p -c 0-1 "$pid" >/dev/null 2>&1 || true; done
}
trap cleanup EXIT
[ "${PAUSE_DAMON:-0}" = 1 ] && pause_damon
log "DAMON: $(damon_status)"

# The service verifies tokens against PUBLIC_KEY only (no issuer URL: no identity provider).
start_service() {
  DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres DB_PASSWORD= \
  OIDC_ISSUER_URL= QUARKUS_HTTP_PORT=$PORT \
  MAIL_HOST=127.0.0.1 MAIL_PORT=$SMTP_PORT MAIL_START_TLS=DISABLED \
  BANGGAELOKAL_INTEGRITY_SCAN_EVERY=off \
  QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY" QUARKUS_OIDC_TOKEN_ISSUER="$ISSUER" \
  QUARKUS_LOG_CONSOLE_LEVEL=WARN "$@" \
    taskset -c 0 java -jar target/quarkus-app/quarkus-run.jar >"$RESULTS/.service-$NAME.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  log "service did not become ready"; cat "$RESULTS/.service-$NAME.log" >&2; exit 1
}

pin_postgres() {
  for pid in $(pgrep -x postgres); do taskset -a -p -c 0 "$pid" >/dev/null; done
}

cpu_ticks() {  # user+system ticks of the given pids
  local total=0
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] || continue
    set -- $(cut -d' ' -f14,15 "/proc/$pid/stat")
    total=$((total + $1 + $2))
  done
  echo "$total"
}

measure() {  # name url [wrk options] -> json object
  local name=$1 url=$2 out pg_before svc_before pg_after svc_after
  shift 2
  taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" "$@" "$url" >/dev/null
  pg_before=$(cpu_ticks $(pgrep -x postgres)); svc_before=$(cpu_ticks "$SERVICE_PID")
  out=$(taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$url")
  pg_after=$(cpu_ticks $(pgrep -x postgres)); svc_after=$(cpu_ticks "$SERVICE_PID")
  python3 - "$name" "$out" "$((svc_after - svc_before))" "$((pg_after - pg_before))" <<'PY'
import json, re, sys, os
name, out, svc, pg = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
def ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
requests = int(re.search(r"(\d+) requests in", out).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
tick_ms = 1000 / os.sysconf("SC_CLK_TCK")
print(json.dumps({"endpoint": name, "rps": rps,
    "p50_ms": ms(re.search(r"^\s*50%\s+(\S+)", out, re.M).group(1)),
    "p99_ms": ms(re.search(r"^\s*99%\s+(\S+)", out, re.M).group(1)),
    "errors": int(errors.group(1)) if errors else 0,
    "service_cpu_ms_per_request": round(svc * tick_ms / requests, 3),
    "postgres_cpu_ms_per_request": round(pg * tick_ms / requests, 3)}))
PY
}

core0_busy_ticks() {  # user+nice+system+irq+softirq ticks of core 0 since boot
  awk '$1 == "cpu0" { print $2 + $3 + $4 + $7 + $8 }' /proc/stat
}

# pgbench's backends end with it, so PostgreSQL's CPU is read off core 0 as a whole. A service left
# running there must be idle (the order benchmark stops its own first: its outbox sender would not
# be). Its connections are set up as the service's pool sets up its own (no JIT compiler); further
# options (-D name=value, for the :name parameters of the script) follow the script.
run_pgbench() {  # script [pgbench options] -> "tps cpu-ms-per-transaction core-0-busy-fraction"
  local script=$1 out busy_before busy_after started ended
  shift
  PGOPTIONS="-c jit=off" taskset -c 1 "$PGBIN/pgbench" -n -M prepared -c "$CONNECTIONS" -j 1 -T "$WARMUP" -h 127.0.0.1 -U postgres "$@" -f "$script" "$DB" >/dev/null
  busy_before=$(core0_busy_ticks); started=$(date +%s.%N)
  out=$(PGOPTIONS="-c jit=off" taskset -c 1 "$PGBIN/pgbench" -n -M prepared -c "$CONNECTIONS" -j 1 -T "$DURATION" -h 127.0.0.1 -U postgres "$@" -f "$script" "$DB")
  busy_after=$(core0_busy_ticks); ended=$(date +%s.%N)
  python3 - "$out" "$((busy_after - busy_before))" "$started" "$ended" <<'PY'
import os, re, sys
out, ticks, started, ended = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
tps = float(re.search(r"^tps = ([\d.]+)", out, re.M).group(1))
transactions = int(re.search(r"number of transactions actually processed: (\d+)", out).group(1))
seconds = ticks / os.sysconf("SC_CLK_TCK")
print(tps, round(seconds * 1000 / transactions, 3), round(seconds / (ended - started), 2))
PY
}
