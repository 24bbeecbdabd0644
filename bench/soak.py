"""Soak: wrk against the production topology for a long while, and the app workers' memory.

    python -m bench.soak [--minutes 10] [--connections 16]     # `make soak`

Brings up its own copy of the topology with scripts/prod.sh (nginx, two gunicorn app
servers, the task worker, Redis; PostgreSQL database `atlas_soak` and the shared
Elasticsearch node), checks that every path of the mix (bench/soak.lua) answers 200,
then runs wrk over HTTPS through nginx and reads each gunicorn worker's RSS from /proc
at the start, at minute 2 and at the end. Prints one JSON report: requests, errors,
p50/p99 and the RSS growth from minute 2 to the end per worker. It stops the topology
after unless --keep. Ports: SOAK_PORT (8024, HTTP) and the two above it for the app
servers; HTTPS on SOAK_TLS_PORT (18024) and Redis on SOAK_REDIS_PORT (16024).
"""

import argparse
import json
import os
import re
import ssl
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LUA = ROOT / "bench" / "soak.lua"
PROD = ["bash", str(ROOT / "scripts" / "prod.sh")]


def topology_env() -> dict:
    port = int(os.environ.get("SOAK_PORT", 8024))
    return {
        **os.environ,
        "PROD_PORT": str(port),
        "APP_PORTS": f"{port + 1} {port + 2}",
        "PROD_TLS_PORT": os.environ.get("SOAK_TLS_PORT", "18024"),
        "PROD_REDIS_PORT": os.environ.get("SOAK_REDIS_PORT", "16024"),
        "PROD_DB": "atlas_soak",
        "PROD_ES_PREFIX": "atlassoak",
        "PROD_NAME": "soak",
        # The soak measures the site, not the rate limit (one client, loopback);
        # workers are not recycled, so that a leak shows rather than being reset.
        "API_RATE_LIMIT": "100000000/60",
        "GUNICORN_MAX_REQUESTS": "0",
        "PROD_LOG_LEVEL": "WARNING",
    }


def state_dir(env) -> Path:
    out = subprocess.run([*PROD, "state"], env=env, capture_output=True, text=True, check=True)
    return Path(out.stdout.strip())


def mix_paths() -> list[str]:
    return re.findall(r'"(/[^"]*)"', LUA.read_text())


def preflight(base: str, paths: list[str]) -> None:
    """Every path of the mix answers 200: a 404 in the mix would count as errors."""
    context = ssl._create_unverified_context()  # the topology's own self-signed cert
    bad = []
    for path in paths:
        try:
            with urllib.request.urlopen(base + path, context=context, timeout=60) as response:
                code = response.status
        except urllib.error.HTTPError as exc:
            code = exc.code
        if code != 200:
            bad.append(f"{path}: {code}")
    if bad:
        sys.exit("soak: these paths of bench/soak.lua do not answer 200: " + "; ".join(bad))


def worker_pids(state: Path) -> dict[str, list[int]]:
    """The gunicorn workers of each app server: the children of its master."""
    workers = {}
    for n in (1, 2):
        master = int((state / f"app-{n}.pid").read_text().strip())
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
        workers[f"app-{n}"] = sorted(int(pid) for pid in children)
    return workers


def rss_mib(pid: int) -> float | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:  # the worker was replaced (max_requests) or died
        return None
    kib = int(re.search(r"^VmRSS:\s+(\d+) kB", status, re.M).group(1))
    return round(kib / 1024, 1)


def sample(workers: dict[str, list[int]]) -> dict[str, float | None]:
    return {f"{app}/{pid}": rss_mib(pid) for app, pids in workers.items() for pid in pids}


def soak(base: str, state: Path, minutes: float, connections: int) -> dict:
    workers = worker_pids(state)
    rss = {"start": sample(workers)}
    wrk = subprocess.Popen(
        ["wrk", "-t2", f"-c{connections}", f"-d{int(minutes * 60)}s", "--timeout", "30s",
         "-s", str(LUA), base],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    started = time.monotonic()
    while wrk.poll() is None and time.monotonic() - started < 120:
        time.sleep(1)
    rss["minute 2"] = sample(workers)
    output = wrk.communicate()[0]
    rss["end"] = sample(workers)
    summary = json.loads(output.strip().splitlines()[-1])
    errors = sum(summary[k] for k in summary if k.endswith("_errors") or k == "timeouts")
    growth = {}
    for worker, at_2 in rss["minute 2"].items():
        at_end = rss["end"].get(worker)
        growth[worker] = round(100 * (at_end - at_2) / at_2, 1) if at_2 and at_end else None
    return {
        "minutes": minutes,
        "connections": connections,
        "requests": summary["requests"],
        "requests_per_s": round(summary["requests"] / (summary["duration_us"] / 1e6), 1),
        "errors": errors,
        "wrk": summary,
        "rss_mib": rss,
        "rss_growth_minute_2_to_end_pct": growth,
        "workers_replaced": worker_pids(state) != workers,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--keep", action="store_true", help="leave the topology up after")
    args = parser.parse_args()
    env = topology_env()
    subprocess.run([*PROD, "up"], env=env, check=True)
    try:
        state = state_dir(env)
        base = f"https://127.0.0.1:{env['PROD_TLS_PORT']}"
        preflight(base, mix_paths())
        report = soak(base, state, args.minutes, args.connections)
    finally:
        if not args.keep:
            subprocess.run([*PROD, "down"], env=env, check=False)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
