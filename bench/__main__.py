"""`python -m bench`: run every benchmark in this folder (see bench/RESULTS.md).

Each benchmark configures Django for its own throw-away database, so each runs
in a process of its own.
"""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    for script in ("bench_compare.py", "bench_search.py"):
        print(f"== {script}", flush=True)
        subprocess.run([sys.executable, str(HERE / script)], check=True)
