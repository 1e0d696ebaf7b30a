#!/usr/bin/env bash
# Database faults of QUALITY.md, the full-restart half (the connection-kill half is the test
# DatabaseFaultSuiteTest in ./mvnw verify): direct orders are placed under concurrent load while
# PostgreSQL is stopped (first `pg_ctl stop -m fast`, later `-m immediate`, a crash) and started
# again, the service staying up. Then:
#   - readiness (/q/health/ready) was DOWN while PostgreSQL was gone and UP again after;
#   - every 2xx answer has its order stored exactly once (by id and by Idempotency-Key);
#   - every failed request got a clean 503 application/problem+json with Retry-After (or the
#     documented 409 while a retry of the same key still runs), never anything else;
#   - a retry of every failed request with the same key ends in exactly one order;
#   - the outbox has exactly one notification per order (and one timeline entry and audit entry).
# Prints `SUITE db-faults-restart: operations=<n> requests=<n> failures=<n>` and exits non-zero on
# any finding.
#
#   scripts/db-fault-restart.sh
#
# PostgreSQL is a throwaway cluster of its own (initdb under a temporary directory, a free port;
# as user postgres when run as root), never the shared server on 5432. The service is the packaged
# one (target/quarkus-app, built when missing) and verifies tokens against a throwaway public key
# (bench/bench_token.py), so no identity provider is needed. Every process it starts is stopped by
# its PID on exit, also on failure. Takes about 1-3 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[db-faults] %s\n' "$*" >&2; }

PGBIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}
RUN_AS=()
[ "$(id -u)" = 0 ] && RUN_AS=(runuser -u postgres --)
ISSUER=https://faults.example/realms/faults
CLIENTS=${CLIENTS:-4}

WORK=$(mktemp -d /tmp/db-fault-restart.XXXXXX)
chmod 755 "$WORK"
[ "$(id -u)" = 0 ] && chown postgres "$WORK"
DATA=$WORK/data
SERVICE_PID=

postmaster_pid() { [ -f "$DATA/postmaster.pid" ] && head -n 1 "$DATA/postmaster.pid" || true; }

stop_pid() {  # pid signal: signal it, wait up to 15 s, then kill it
  local pid=$1 signal=$2
  kill -0 "$pid" 2>/dev/null || return 0
  kill "-$signal" "$pid" 2>/dev/null || true
  for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
  local status=$?
  set +e
  if [ -n "$SERVICE_PID" ]; then stop_pid "$SERVICE_PID" TERM; wait "$SERVICE_PID" 2>/dev/null || true; fi
  local pid
  pid=$(postmaster_pid)
  [ -n "$pid" ] && stop_pid "$pid" INT   # fast shutdown of the throwaway cluster
  if [ "$status" -ne 0 ] && [ -f "$WORK/service.log" ]; then
    log "service log (last lines):"; tail -n 40 "$WORK/service.log" >&2 || true
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PGPORT=$(free_port)
HTTP_PORT=$(free_port)
PSQL=(psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres)

[ -f target/quarkus-app/quarkus-run.jar ] || { log "building the service"; ./mvnw -q -B package -DskipTests; }

log "throwaway PostgreSQL on port $PGPORT ($WORK)"
"${RUN_AS[@]}" "$PGBIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --no-sync >"$WORK/initdb.log" 2>&1 \
  || { cat "$WORK/initdb.log" >&2; exit 1; }
PG_START="${RUN_AS[*]} $PGBIN/pg_ctl -D $DATA -l $WORK/postgres.log -w -t 60 start -o '-p $PGPORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK'"
PG_STOP="${RUN_AS[*]} $PGBIN/pg_ctl -D $DATA -w -t 60 stop -m"
bash -c "$PG_START" >/dev/null
"${PSQL[@]}" -d postgres -c "create database faults"

log "starting the service on port $HTTP_PORT"
DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/faults" DB_USER=postgres DB_PASSWORD= \
OIDC_ISSUER_URL= QUARKUS_HTTP_PORT=$HTTP_PORT QUARKUS_HTTP_HOST=127.0.0.1 \
QUARKUS_OIDC_PUBLIC_KEY="$(python3 bench/bench_token.py public-key)" QUARKUS_OIDC_TOKEN_ISSUER="$ISSUER" \
QUARKUS_MAILER_MOCK=true QUARKUS_LOG_CONSOLE_LEVEL=WARN \
  java -Xmx384m -jar target/quarkus-app/quarkus-run.jar >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$HTTP_PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { log "the service exited"; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$HTTP_PORT/q/health/ready" >/dev/null || { log "the service did not become ready"; exit 1; }

log "loading a small catalogue"
python3 bench/generate_data.py --listings 60 --suppliers 6 --host 127.0.0.1 --port "$PGPORT" \
  --database faults >/dev/null
"${PSQL[@]}" -d faults -c "insert into work_unit (id, code, name, active, version, created_at, updated_at)
  values (1, 'FAULTS', 'Dinas Uji Gangguan', true, 0, now(), now())"
# An event service, ordered within the generated listings' capacity (20 to 500 persons) when it
# is priced per person.
read -r LISTING SUPPLIER QUANTITY < <("${PSQL[@]}" -F ' ' -d faults -c "select l.id, l.supplier_id,
       case when l.unit = 'PER_PERSON' then 20 else 2 end
  from listing l join supplier s on s.id = l.supplier_id
 where l.storefront = 'EVENT_SERVICE' and l.status = 'PUBLISHED' and l.supplier_visible
   and s.status = 'VERIFIED' and l.price > 0 order by l.id limit 1")

export BASE="http://127.0.0.1:$HTTP_PORT" TOKEN LISTING SUPPLIER QUANTITY CLIENTS PG_START PG_STOP
export PSQL_CMD="${PSQL[*]} -d faults"
TOKEN=$(python3 bench/bench_token.py token "$ISSUER" buyer FAULTS)
python3 - <<'PY'
import json, os, subprocess, sys, threading, time, uuid, urllib.error, urllib.request

BASE, TOKEN = os.environ["BASE"], os.environ["TOKEN"]
LISTING, SUPPLIER = int(os.environ["LISTING"]), os.environ["SUPPLIER"]
CLIENTS = int(os.environ["CLIENTS"])
BODY = json.dumps({"lines": [{"listingId": LISTING, "quantity": int(os.environ["QUANTITY"])}],
                   "deliveryPlace": "Balai Kota Among Tani, Jl. Panglima Sudirman 507, Batu",
                   "deliveryDate": time.strftime("%Y-%m-%d", time.gmtime(time.time() + 30 * 86400))}).encode()
RUN = uuid.uuid4().hex[:8]
lock = threading.Lock()
answers, keys, failures, operations = [], [], [], set()
requests = 0


def sent(operation):
    global requests
    with lock:
        operations.add(operation)
        requests += 1


def say(text):
    print("[db-faults] " + text, file=sys.stderr, flush=True)


def place(key, retry):
    sent("placeDirectOrder")
    request = urllib.request.Request(BASE + "/api/v1/orders", data=BODY, method="POST", headers={
        "Authorization": "Bearer " + TOKEN, "Content-Type": "application/json",
        "Idempotency-Key": key})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            status, headers, body = response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, error.headers, error.read().decode()
    except Exception as error:  # the service itself did not answer
        status, headers, body = 0, {}, repr(error)
    order = None
    if status == 201:
        try:
            order = str(json.loads(body)["id"])
        except (ValueError, KeyError):
            pass
    return {"key": key, "retry": retry, "status": status, "type": headers.get("Content-Type") or "",
            "retryAfter": headers.get("Retry-After"), "body": body, "id": order}


def ready():
    sent("readiness")
    try:
        with urllib.request.urlopen(BASE + "/q/health/ready", timeout=10) as response:
            return response.status == 200
    except urllib.error.HTTPError:
        return False
    except Exception:
        return False


loading = True


def client():
    while loading:
        key = "dbf-%s-%s" % (RUN, uuid.uuid4())
        with lock:
            keys.append(key)
        first = place(key, False)
        with lock:
            answers.append(first)
        if first["status"] == 503:
            time.sleep(0.2)
            again = place(key, True)  # an eager client retries at once
            with lock:
                answers.append(again)


def wait_for(up, seconds):
    until = time.time() + seconds
    while time.time() < until:
        if ready() == up:
            return True
        time.sleep(0.25)
    return False


def outage(mode):
    say("stopping PostgreSQL (-m %s) under load" % mode)
    subprocess.run(os.environ["PG_STOP"] + " " + mode, shell=True, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if wait_for(False, 30):
        say("readiness is DOWN")
    else:
        failures.append("readiness stayed UP while PostgreSQL was stopped (-m %s)" % mode)
    time.sleep(3)  # requests meet a database that is gone
    subprocess.run(os.environ["PG_START"], shell=True, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.time()
    if wait_for(True, 60):
        say("PostgreSQL is back; readiness UP after %.1f s" % (time.time() - started))
    else:
        failures.append("readiness did not come back UP within 60 s after the restart (-m %s)" % mode)


threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
for thread in threads:
    thread.start()
time.sleep(8)
outage("fast")
time.sleep(6)
outage("immediate")
time.sleep(6)
loading = False
for thread in threads:
    thread.join(120)

# Every answer under the faults: a 2xx, a clean 503 problem, or a documented 409 for a retry.
by_status, answered = {}, {}
for answer in answers:
    status = answer["status"]
    by_status[status] = by_status.get(status, 0) + 1
    problem = answer["type"].startswith("application/problem+json")
    if status == 201:
        if answer["id"] is None:
            failures.append("201 without an order id: key %s" % answer["key"])
        elif answered.setdefault(answer["key"], answer["id"]) != answer["id"]:
            failures.append("key %s answered two orders" % answer["key"])
    elif status == 503:
        if not problem or answer["retryAfter"] is None or '"status":503' not in answer["body"]:
            failures.append("unclean 503 for key %s: %s %s" % (answer["key"], answer["type"], answer["body"][:200]))
    elif status == 409 and answer["retry"] and problem:
        pass
    else:
        failures.append("unexpected answer for key %s: %s %s %s"
                        % (answer["key"], status, answer["type"], answer["body"][:200]))
say("%d keys, answers by status %s" % (len(keys), dict(sorted(by_status.items()))))

# A retry of every key without a 2xx, with the same key and body: one order each.
for key in keys:
    if key not in answered:
        retry = place(key, True)
        if retry["status"] == 201 and retry["id"]:
            answered[key] = retry["id"]
        else:
            failures.append("retry of key %s after the faults: %s %s" % (key, retry["status"], retry["body"][:200]))


def rows(sql):
    out = subprocess.run(os.environ["PSQL_CMD"] + " -F '|' -c \"" + sql + "\"", shell=True,
                         check=True, capture_output=True, text=True).stdout
    return [line.split("|") for line in out.splitlines() if line]


stored = {}
for key, location in rows("select key, response_location from idempotency_key where key like 'dbf-%s-%%'" % RUN):
    stored.setdefault(key, []).append(location.rsplit("/", 1)[-1])
for key in keys:
    found = stored.get(key, [])
    if len(found) != 1:
        failures.append("key %s is stored %d times" % (key, len(found)))
    elif found[0] != answered.get(key):
        failures.append("key %s answered order %s but stored order %s" % (key, answered.get(key), found[0]))
orders = rows(
    "select o.id,"
    " (select count(*) from notification n where n.order_id = o.id),"
    " (select count(*) from notification n where n.order_id = o.id and n.event_key like 'order-event:%'),"
    " (select count(*) from order_event e where e.order_id = o.id and e.action = 'order.placed'),"
    " (select count(*) from audit_log a where a.entity_type = 'order' and a.entity_id = o.id::text"
    "    and a.action = 'order.placed')"
    " from purchase_order o where o.work_unit_code = 'FAULTS'")
if len(orders) != len(keys):
    failures.append("%d keys but %d orders stored" % (len(keys), len(orders)))
answered_ids = set(answered.values())
for order, outbox, placed_outbox, events, audits in orders:
    if order not in answered_ids:
        failures.append("order %s is stored but no key answered it" % order)
    if outbox != "1" or placed_outbox != "1":
        failures.append("order %s has %s outbox rows (1 expected)" % (order, outbox))
    if events != "1" or audits != "1":
        failures.append("order %s has %s placed events and %s audit entries" % (order, events, audits))

print("SUITE db-faults-restart: operations=%d requests=%d failures=%d" % (len(operations), requests, len(failures)))
for failure in failures[:40]:
    print("  " + failure)
sys.exit(1 if failures else 0)
PY
