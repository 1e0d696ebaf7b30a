#!/usr/bin/env bash
# How much of order creation's cost is talking to PostgreSQL: bench/jdbc/OrderSqlClient.java runs
# the order benchmark's pgbench transaction from plain JDBC threads on core 0 beside PostgreSQL,
# and pgbench runs it from core 1, in back-to-back pairs (PAIRS, default 2). R = client tps /
# pgbench tps is the database bound's ratio that a JVM client reaches with nothing around the SQL.
#
#   bench/order-sql-floor.sh [LISTINGS]     # after bench/order-benchmark.sh LISTINGS
#
# Figures go to bench/results/order-sql-floor-<N>-<time>.json.
set -euo pipefail
cd "$(dirname "$0")/.."

LISTINGS=${1:-10000}
DB=bench_${LISTINGS}
NAME=order-sql-floor
PORT=${PORT:-8089}
WARMUP=${WARMUP:-20}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-8}
RESULTS=bench/results
source bench/lib.sh

SCRIPT="$RESULTS/.order.sql"
[ -f "$SCRIPT" ] || { log "no $SCRIPT: run bench/order-benchmark.sh $LISTINGS first"; exit 1; }
DRIVER=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort -V | tail -n 1)
[ -n "$DRIVER" ] || { log "no PostgreSQL JDBC driver in ~/.m2: run ./mvnw package first"; exit 1; }
pin_postgres

PAIRS_JSON=()
for _ in $(seq 1 "${PAIRS:-2}"); do
  read -r TPS PG_CPU CORE0 < <(run_pgbench "$SCRIPT")
  CLIENT=$(taskset -c 0 java -cp "$DRIVER" bench/jdbc/OrderSqlClient.java "$SCRIPT" \
    "jdbc:postgresql://127.0.0.1:5432/$DB" "$CONNECTIONS" "$WARMUP" "$DURATION")
  log "pgbench $TPS tps (core 0 $CORE0 busy); JDBC client $CLIENT"
  PAIRS_JSON+=("{\"pgbench_tps\": $TPS, \"pgbench_postgres_cpu_ms_per_transaction\": $PG_CPU, \"pgbench_core0_busy\": $CORE0, \"client\": $CLIENT}")
done

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
FILE="$RESULTS/order-sql-floor-$LISTINGS-$STAMP.json"
HOST_DAMON=$(damon_status) python3 - "$FILE" "$LISTINGS" "$CONNECTIONS" "${PAIRS_JSON[@]}" <<'PY'
import json, os, sys, datetime
file, listings, connections, *pairs = sys.argv[1:]
pairs = [json.loads(p) for p in pairs]
for p in pairs:
    p["R"] = round(p["client"]["tps"] / p["pgbench_tps"], 3)
result = {
    "when": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    "listings": int(listings), "connections": int(connections),
    "host_damon": os.environ["HOST_DAMON"], "pairs": pairs,
}
json.dump(result, open(file, "w"), indent=2)
print(json.dumps(result, indent=2))
PY
log "written $FILE"
