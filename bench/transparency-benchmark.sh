#!/usr/bin/env bash
# Issue 8's figures: GET /api/v1/stats and a one-year CSV payments report over ORDERS generated
# orders (default 1,000,000), each invoiced and paid once in the current year, spread over 40 work
# units and the suppliers of a generated catalogue. Prints and writes to bench/results/:
# - stats: the first answer's time after start-up, then rps and latency with the cache on (the
#   default one minute) and off (every request reads the running totals);
# - report: the time of the whole CSV download, its size and rows, and the service's resident
#   memory before and at the end (VmRSS, VmHWM from /proc), which must not grow with the rows.
# The data: `bench/generate_data.py` for the catalogue, then one SQL statement per table
# (generate_series), then the running totals recomputed the way migration V10 backfills them.
set -euo pipefail
cd "$(dirname "$0")/.."

ORDERS=${1:-1000000}
DB=bench_orders_${ORDERS}
PORT=${PORT:-8091}
WARMUP=${WARMUP:-10}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-8}
NAME=transparency-$ORDERS
RESULTS=bench/results
source bench/lib.sh
ADMIN=$(python3 bench/bench_token.py token "$ISSUER" admin)
YEAR=$(TZ=Asia/Jakarta date +%Y)

have=$("${PSQL[@]}" -d postgres -c "select 1 from pg_database where datname = '$DB'")
if [ "${REGENERATE:-0}" = 1 ] || [ -z "$have" ] || \
   [ "$("${PSQL[@]}" -d "$DB" -c "select count(*) from payment" 2>/dev/null || echo 0)" != "$ORDERS" ]; then
  log "creating $DB with $ORDERS paid orders"
  "${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB"
  start_service                      # applies the migrations
  kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=
  python3 bench/generate_data.py --listings 10000 --database "$DB" >&2
  "${PSQL[@]}" -v ON_ERROR_STOP=1 -d "$DB" <<SQL
insert into work_unit (id, code, name, address, active, created_at, updated_at)
select 900000 + i, 'OPD-' || i, 'Dinas Bench ' || i, 'Jl. Bench ' || i, true, now(), now()
from generate_series(1, 40) i;

create temporary table supplier_pick as
select row_number() over (order by id) as n, id from supplier where status = 'VERIFIED';
create index on supplier_pick (n);
analyze supplier_pick;

-- An order a day-of-year apart: placed, invoiced 0..20 days later, paid 0..40 days after that.
insert into purchase_order (id, source, status, work_unit_code, supplier_id, storefront,
    delivery_place, delivery_date, total, placed_by, placed_at, updated_at, amount_paid,
    po_number, completed_at)
select 10000000 + g, 'DIRECT', 'COMPLETED', 'OPD-' || (1 + g % 40),
       (select id from supplier_pick where n = 1 + (g::bigint * 7919) % (select count(*) from supplier_pick)),
       (array['EVENT_SERVICE', 'RENTAL', 'FLAGSHIP_PRODUCT'])[1 + g % 3],
       'Balai Kota', make_date($YEAR, 1, 1) + (g % 250)::integer, 100000 + (g * 37) % 50000000,
       'bench', make_date($YEAR, 1, 1) + (g % 250)::integer, now(), 100000 + (g * 37) % 50000000,
       'SP/BENCH/' || g, now()
from generate_series(1, $ORDERS) g;

insert into invoice (order_id, number, issued_on, due_on, subtotal, total, net_payable, rates,
    issued_at, issued_by)
select o.id, 'INV/BENCH/' || o.id, o.placed_at::date + (o.id % 21)::integer, o.placed_at::date + (o.id % 21)::integer + 14,
       o.total, o.total, o.total, '{}', now(), 'bench'
from purchase_order o where o.id > 10000000;

insert into payment (id, order_id, amount, paid_on, method, reference, recorded_at, recorded_by)
select o.id, o.id, o.total, least(i.issued_on + (o.id % 41)::integer, make_date($YEAR, 12, 31)),
       'SP2D_TRANSFER', 'SP2D BENCH ' || o.id, now(), 'bench'
from purchase_order o join invoice i on i.order_id = o.id where o.id > 10000000;

delete from spend_statistic;
insert into spend_statistic (year, dimension, key, amount, count)
select extract(year from p.paid_on)::integer, d.dimension, d.key, sum(p.amount), count(*)
from payment p
join purchase_order o on o.id = p.order_id
join supplier s on s.id = o.supplier_id
cross join lateral (values ('total', ''), ('month', to_char(p.paid_on, 'MM')),
    ('storefront', o.storefront), ('work_unit', o.work_unit_code), ('district', s.district),
    ('scale', s.scale), ('supplier', o.supplier_id::text)) as d (dimension, key)
group by 1, 2, 3;
insert into spend_statistic (year, dimension, key, amount, count)
select extract(year from p.paid_on)::integer, 'days_to_pay', (p.paid_on - i.issued_on)::text, 0, count(*)
from payment p join invoice i on i.order_id = p.order_id
group by 1, 3;
analyze;
SQL
fi

pin_postgres
BASE="http://127.0.0.1:$PORT"
STATS="$BASE/api/v1/stats?year=$YEAR"
REPORT="$BASE/api/v1/admin/reports/payments?from=$YEAR-01-01&to=$YEAR-12-31"

measure_stats() {  # name, extra service settings -> json
  local name=$1 first out
  shift
  start_service "$@"
  first=$(curl -fs -o /dev/null -w '%{time_total}' "$STATS")
  taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" "$STATS" >/dev/null
  out=$(taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$STATS")
  kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=
  python3 - "$name" "$first" "$out" <<'PY'
import json, re, sys
name, first, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
def ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
print(json.dumps({"endpoint": name, "first_answer_ms": round(first * 1000, 1),
    "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
    "p50_ms": ms(re.search(r"^\s*50%\s+(\S+)", out, re.M).group(1)),
    "p99_ms": ms(re.search(r"^\s*99%\s+(\S+)", out, re.M).group(1))}))
PY
}

log "stats with the cache on, then off (warm-up ${WARMUP}s, ${DURATION}s each)"
CACHED=$(measure_stats stats_cached)
UNCACHED=$(measure_stats stats_uncached env BANGGAELOKAL_STATS_CACHE_FOR=PT0S)

log "one year of payments as CSV"
start_service
curl -fs -o /dev/null -H "Authorization: Bearer $ADMIN" "$BASE/api/v1/admin/reports/payments?from=$YEAR-01-01&to=$YEAR-01-02"
rss() { sed -n "s/^$1:\s*\([0-9]*\) kB/\1/p" "/proc/$SERVICE_PID/status"; }
RSS_BEFORE=$(rss VmRSS)
HWM_BEFORE=$(rss VmHWM)
CSV_OUT=$(curl -fs -H "Authorization: Bearer $ADMIN" -H 'Accept: text/csv' "$REPORT" \
  -w '%{time_total} %{size_download}' -o "$RESULTS/.report.csv")
ROWS=$(($(wc -l <"$RESULTS/.report.csv") - 1))
RSS_AFTER=$(rss VmRSS)
HWM_AFTER=$(rss VmHWM)
rm -f "$RESULTS/.report.csv"

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
FILE="$RESULTS/transparency-$ORDERS-$STAMP.json"
HOST_DAMON=$(damon_status) python3 - "$FILE" "$ORDERS" "$CACHED" "$UNCACHED" "$CSV_OUT" "$ROWS" "$RSS_BEFORE" "$HWM_BEFORE" "$RSS_AFTER" "$HWM_AFTER" <<'PY'
import json, os, sys, datetime
file, orders, cached, uncached, csv, rows, rss0, hwm0, rss1, hwm1 = sys.argv[1:]
seconds, size = csv.split()
result = {
    "at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    "orders": int(orders),
    "host_damon": os.environ["HOST_DAMON"],
    "stats": [json.loads(cached), json.loads(uncached)],
    "csv_payments_report": {"seconds": float(seconds), "bytes": int(size), "rows": int(rows),
        "rss_mb_before": round(int(rss0) / 1024), "rss_mb_after": round(int(rss1) / 1024),
        "peak_rss_mb_before": round(int(hwm0) / 1024), "peak_rss_mb_after": round(int(hwm1) / 1024)},
}
with open(file, "w") as out:
    json.dump(result, out, indent=2)
for s in result["stats"]:
    print(f"{s['endpoint']}: first answer {s['first_answer_ms']} ms, {s['rps']:.0f} rps, p50 {s['p50_ms']} ms, p99 {s['p99_ms']} ms")
r = result["csv_payments_report"]
print(f"CSV payments report: {r['rows']} rows, {r['bytes'] / 1e6:.0f} MB in {r['seconds']:.1f} s; RSS {r['rss_mb_before']} → {r['rss_mb_after']} MB, peak {r['peak_rss_mb_before']} → {r['peak_rss_mb_after']} MB")
print(f"written to {file}")
PY
