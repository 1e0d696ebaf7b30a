#!/usr/bin/env bash
# Order benchmark of QUALITY.md: POST /api/v1/orders (bearer token, Idempotency-Key, audit entry,
# timeline, outbox row) against pgbench running the SQL that one order creation runs, in one
# transaction; and an authenticated GET /api/v1/orders/{id} with and without the verified-token
# cache.
#
#   bench/order-benchmark.sh [LISTINGS]     # uses bench_<LISTINGS> (default 10000)
#
# The database comes from bench/search-benchmark.sh (run it first). Layout as there: PostgreSQL
# and the service on core 0, wrk and pgbench on core 1, warm-up before each measurement. Figures
# go to bench/results/orders-<N>-<time>.json.
set -euo pipefail
cd "$(dirname "$0")/.."

LISTINGS=${1:-10000}
DB=bench_${LISTINGS}
NAME=orders-$LISTINGS
PORT=${PORT:-8089}
WARMUP=${WARMUP:-20}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-8}
RESULTS=bench/results
source bench/lib.sh

# Catering for 50 persons, within the generated listings' capacity (20 to 500) and below the
# approval threshold.
QUANTITY=50
"${PSQL[@]}" -d "$DB" -c "select 1" >/dev/null 2>&1 || { log "no $DB: run bench/search-benchmark.sh $LISTINGS first"; exit 1; }
"${PSQL[@]}" -d "$DB" -c "insert into work_unit (id, code, name, active, version, created_at, updated_at)
  values (1, 'BENCH', 'Dinas Bench', true, 0, now(), now()) on conflict do nothing"
read -r LISTING SUPPLIER PRICE < <("${PSQL[@]}" -F ' ' -d "$DB" -c "select l.id, l.supplier_id, l.price
  from listing l join supplier s on s.id = l.supplier_id
 where l.storefront = 'EVENT_SERVICE' and l.unit = 'PER_PERSON' and l.status = 'PUBLISHED'
   and l.supplier_visible and s.status = 'VERIFIED' and l.price > 0
   and l.price * $QUANTITY <= 200000000 order by l.id limit 1")
TOKEN=$(python3 bench/bench_token.py token "$ISSUER" buyer BENCH)
BODY="{\"lines\":[{\"listingId\":$LISTING,\"quantity\":$QUANTITY}],\"deliveryPlace\":\"Balai Kota Among Tani, Jl. Panglima Sudirman 507, Batu\",\"deliveryDate\":\"2027-06-30\"}"

POST_LUA="$RESULTS/.order-post.lua"
cat >"$POST_LUA" <<LUA
local run = tostring(os.time()) .. "-" .. tostring(math.random(1, 1000000000))
local counter = 0
wrk.method = "POST"
wrk.body = '$BODY'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
request = function()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = "wrk-" .. run .. "-" .. counter
  return wrk.format(nil, nil, nil, nil)
end
LUA
GET_LUA="$RESULTS/.order-get.lua"
printf 'wrk.headers["Authorization"] = "Bearer %s"\n' "$TOKEN" >"$GET_LUA"

# Earlier runs' notifications (to the bench's made-up addresses) are marked delivered, so that
# this run's sender delivers only what this run creates.
"${PSQL[@]}" -d "$DB" -c "update notification set status = 'SENT', sent_at = now(), next_attempt_at = null
  where status <> 'SENT'"
pin_postgres
start_service
BASE="http://127.0.0.1:$PORT"
ORDER=$(curl -fs -X POST "$BASE/api/v1/orders" -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
  -H "Idempotency-Key: bench-$(date +%s%N)" -d "$BODY" | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
curl -fs -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/orders/$ORDER" >/dev/null

# What one order creation runs, statement by statement as PostgreSQL's statement log shows it
# (ALTER SYSTEM SET log_statement = 'all'): the idempotency lock, then its clean-up and look-up; the
# work unit (whether it is active, and its name for the release: one statement), the lines' listings (one
# statement) and the supplier; the order with its lines and its first timeline entry (one statement); then,
# in one round trip just before the commit (the service's TransactionSql.beforeCommit: one text of
# several statements, a pipeline here), the audit entry, the outbox row, the stored response and
# last the OCDS release with its lock (chr(58) is a colon, which pgbench would take for a variable).
# The settings are not read: the service reads them at most every 10 s. The documents are the ones
# the service stored for the order placed above, so that pgbench writes the same bytes. Every insert
# takes its id from its sequence with nextval, as the service's plain-SQL inserts do.
sql_literal() { python3 -c "import sys; print(\"'\" + sys.stdin.read().rstrip('\n').replace(\"'\", \"''\") + \"'\")"; }
AUDIT_JSON=$("${PSQL[@]}" -d "$DB" -c "select after_state::text from audit_log where entity_type = 'order' and entity_id = '$ORDER' and action = 'order.placed'" | sql_literal)
RELEASE_JSON=$("${PSQL[@]}" -d "$DB" -c "select release::text from ocds_release where order_id = $ORDER order by seq limit 1" | sql_literal)
RESPONSE_JSON=$("${PSQL[@]}" -d "$DB" -c "select response_body from idempotency_key where response_location = '/api/v1/orders/$ORDER'" | sql_literal)
PAYLOAD_JSON=$("${PSQL[@]}" -d "$DB" -c "select payload::text from notification where order_id = $ORDER order by id limit 1" | sql_literal)
cat >"$RESULTS/.order.sql" <<SQL
begin;
select pg_try_advisory_xact_lock(hashtextextended('idempotency' || chr(58) || 'bench-buyer' || chr(10) || txid_current()::text, 0));
with expired as (delete from idempotency_key where scope = 'bench-buyer' and key = 'pg-' || txid_current()::text and expires_at < now()) select fingerprint, response_status, response_body, response_location, response_etag from idempotency_key where scope = 'bench-buyer' and key = 'pg-' || txid_current()::text and expires_at >= now();
select active, name from work_unit where code = 'BENCH';
select id, supplier_id, storefront, title, unit, price, attributes::text from listing where id in ($LISTING) and status = 'PUBLISHED' and supplier_visible;
select status, trading_name, district, scale, rating_average, pkp, pp55_certificate, email from supplier where id = $SUPPLIER;
with placed as (insert into purchase_order (id, source, status, work_unit_code, supplier_id, storefront, purchase_request_id, quotation_id, delivery_place, delivery_date, total, placed_by, placed_at, updated_at, version, approval_required, respond_by, buyer_cancel_request, supplier_cancel_request, amount_paid, note) values (nextval('order_seq'), 'DIRECT', 'PLACED', 'BENCH', $SUPPLIER, 'EVENT_SERVICE', null, null, 'Balai Kota Among Tani, Jl. Panglima Sudirman 507, Batu', date '2027-06-30', $PRICE * $QUANTITY, 'bench-buyer', now(), now(), 0, false, now() + interval '3 days', false, false, 0, null) returning id), placed_lines as (insert into purchase_order_line (order_id, line_no, listing_id, description, quantity, unit, unit_price, amount, rental_from, rental_to, periods, delivered_quantity, accepted_quantity) select placed.id, line.*, 0, 0 from placed, unnest(array[1], array[$LISTING::bigint], array['Paket katering bench'], array[$QUANTITY], array['PER_PERSON'], array[$PRICE::numeric], array[($PRICE * $QUANTITY)::numeric], array[null::date], array[null::date], array[1]) as line), placed_event as (insert into order_event (id, order_id, occurred_at, actor, role, action, status, note) select nextval('order_event_seq'), placed.id, now(), 'bench-buyer', 'buyer', 'order.placed', 'PLACED', null from placed returning id) select placed.id, placed_event.id from placed, placed_event;
\startpipeline
insert into audit_log (id, action, actor, after_state, before_state, entity_id, entity_type, occurred_at, request_id) values (nextval('audit_log_seq'), 'order.placed', 'bench-buyer', $AUDIT_JSON::jsonb, null, currval('order_seq')::text, 'order', now(), 'bench');
insert into notification (id, recipient_kind, recipient_id, audience_role, email, event, event_key, order_id, payload, created_at, status, attempts, next_attempt_at) values (nextval('notification_seq'), 'SUPPLIER', '$SUPPLIER', null, 'umkm@bench.example', 'order.placed', 'order-event:' || currval('order_event_seq'), currval('order_seq'), $PAYLOAD_JSON::jsonb, now(), 'PENDING', 0, now());
insert into idempotency_key (scope, key, fingerprint, response_status, response_body, response_location, response_etag, created_at, expires_at) values ('bench-buyer', 'pg-' || txid_current()::text, md5(txid_current()::text), 201, $RESPONSE_JSON, '/api/v1/orders/' || currval('order_seq'), '"0"', now(), now() + interval '1 day');
insert into ocds_release (seq, release_id, ocid, tags, purchase_request_id, order_id, released_at, release) select numbered.seq, 'pg-order-' || currval('order_seq') || '-' || numbered.seq, 'pg-order-' || currval('order_seq'), string_to_array('tender,award', ','), null, currval('order_seq'), now(), jsonb_set($RELEASE_JSON::jsonb, array['id'], to_jsonb('pg-order-' || currval('order_seq') || '-' || numbered.seq)) from (select nextval('ocds_release_seq') as seq from (select pg_advisory_xact_lock(hashtextextended('ocds' || chr(58) || 'release', 0))) locked) numbered;
\endpipeline
commit;
SQL

log "measuring (warm-up ${WARMUP}s, ${DURATION}s each, $CONNECTIONS connections)"
restart_service() {
  kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=
  start_service "$@"
}
# Reads first, without and then with the token cache: after order creation the outbox holds
# thousands of notifications that the sender delivers in the background, which would be counted
# against the reads. Every measurement here warms up JIT_WARMUP seconds: the JIT compiles what
# runs once per request only after thousands of requests, and a 20 s warm-up leaves it compiling
# on core 0 during the measurement.
restart_service env BANGGAELOKAL_SECURITY_TOKEN_CACHE_ENABLED=false
GET_UNCACHED_JSON=$(WARMUP=${JIT_WARMUP:-90} measure get_order_without_token_cache "$BASE/api/v1/orders/$ORDER" -s "$GET_LUA")
restart_service
LIVE_JSON=$(measure live "$BASE/q/health/live")
GET_JSON=$(WARMUP=${JIT_WARMUP:-90} measure get_order "$BASE/api/v1/orders/$ORDER" -s "$GET_LUA")
# Order creation runs more code per request than a read and the JIT takes longer over it: on
# 2026-12-03 the service's CPU per order fell minute by minute for ten minutes (15.8 ms in the
# first, 3.4 ms in the tenth), its compiler threads sharing core 0 with it and PostgreSQL, and on
# 2026-12-05 it was still falling in the eighth minute (8.4, 4.4, 3.5, 2.7, 2.3, 2.0, 1.7, 1.4 ms).
CREATE_JSON=$(WARMUP=${CREATE_WARMUP:-1200} measure create_order "$BASE/api/v1/orders" -s "$POST_LUA")
# The service stops before pgbench runs: it would not be idle on core 0, because its sender is
# still delivering the outbox that order creation filled (a thousand e-mails a minute, against
# hundreds of orders a second), and that work would be counted against pgbench.
kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=
read -r PGBENCH_TPS PGBENCH_CPU PGBENCH_CORE0 < <(run_pgbench "$RESULTS/.order.sql")

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
FILE="$RESULTS/orders-$LISTINGS-$STAMP.json"
HOST_DAMON=$(damon_status) python3 - "$FILE" "$LISTINGS" "$PGBENCH_TPS" "$PGBENCH_CPU" "$PGBENCH_CORE0" "$CONNECTIONS" "$LIVE_JSON" "$CREATE_JSON" "$GET_JSON" "$GET_UNCACHED_JSON" <<'PY'
import json, os, sys, datetime
file, listings, tps, pg_cpu, core0, connections = sys.argv[1:7]
live, create, get, uncached = (json.loads(a) for a in sys.argv[7:11])
result = {
    "when": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    "listings": int(listings), "connections": int(connections),
    "host_damon": os.environ["HOST_DAMON"],
    "pgbench_create_order_tps": float(tps),
    "pgbench_postgres_cpu_ms_per_transaction": float(pg_cpu), "pgbench_core0_busy": float(core0),
    "endpoints": [live, create, get, uncached],
    "R_db_create_order": round(create["rps"] / float(tps), 3),
    "get_order_token_cache_speedup": round(get["rps"] / uncached["rps"], 3),
}
json.dump(result, open(file, "w"), indent=2)
print(json.dumps(result, indent=2))
PY
log "written $FILE"
