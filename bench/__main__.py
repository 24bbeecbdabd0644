"""`python -m bench`: run every benchmark in this folder (see bench/RESULTS.md).

Each benchmark configures Django for its own throw-away database, so each runs
in a process of its own.
"""

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    for script in ("bench_compare.py", "bench_search.py", "bench_relevance.py"):
        print(f"== {script}", flush=True)
        subprocess.run([sys.executable, str(HERE / script)], check=True)
    if os.environ.get("PG_URL"):  # the relevance set again, on PostgreSQL in a scratch database
        url = os.environ["PG_URL"].rsplit("/", 1)[0] + "/atlas_rel_bench"
        print("== bench_relevance.py (PostgreSQL)", flush=True)
        env = {**os.environ, "DATABASE_URL": url}
        subprocess.run([sys.executable, str(HERE / "bench_relevance.py")], check=True, env=env)
