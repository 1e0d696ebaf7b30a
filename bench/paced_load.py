#!/usr/bin/env python3
"""Open-loop load at a fixed rate: latency percentiles below the saturation point.

wrk keeps every connection busy, so its latencies are those of a saturated service. QUALITY.md
also asks for p99 against p50 at 70% of the peak rate; this sends requests at a fixed rate
(evenly spaced, whether or not earlier ones have answered) and measures each from the moment it
was due, so a slow answer delays the figures of the requests queued behind it (no coordinated
omission).

    paced_load.py URL RATE SECONDS [--header 'Name: value'] [--workers N]

Prints one JSON object: rate asked and achieved, p50/p90/p99/max in ms, errors.
"""
import argparse
import http.client
import json
import queue
import threading
import time
import urllib.parse


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("rate", type=float, help="requests per second")
    parser.add_argument("seconds", type=float)
    parser.add_argument("--header", action="append", default=[])
    parser.add_argument("--workers", type=int, default=32)
    args = parser.parse_args()

    url = urllib.parse.urlsplit(args.url)
    path = url.path + ("?" + url.query if url.query else "")
    headers = dict(h.split(": ", 1) for h in args.header)
    due = queue.Queue()
    latencies, errors, lock = [], [0], threading.Lock()

    def worker():
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        while True:
            at = due.get()
            if at is None:
                return
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
                ok = 200 <= response.status < 400
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
                ok = False
            elapsed = time.monotonic() - at
            with lock:
                latencies.append(elapsed)
                if not ok:
                    errors[0] += 1

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(args.workers)]
    for thread in threads:
        thread.start()
    start = time.monotonic()
    total = int(args.rate * args.seconds)
    for i in range(total):
        at = start + i / args.rate
        pause = at - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        due.put(at)
    for _ in threads:
        due.put(None)
    for thread in threads:
        thread.join()
    wall = time.monotonic() - start

    latencies.sort()

    def percentile(p):
        return round(latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000, 2)

    print(json.dumps({
        "rate_asked": args.rate, "rate_achieved": round(len(latencies) / wall, 2),
        "requests": len(latencies), "errors": errors[0],
        "p50_ms": percentile(50), "p90_ms": percentile(90), "p99_ms": percentile(99),
        "max_ms": round(latencies[-1] * 1000, 2),
    }))


if __name__ == "__main__":
    main()
