"""`python -m bench`: run every benchmark in this folder (see bench/RESULTS.md)."""

from bench import bench_search

if __name__ == "__main__":
    bench_search.main()
