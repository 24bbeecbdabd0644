"""The two-node loopback cluster (scripts/elasticsearch.sh cluster-up) under a search
loop: a node lost and brought back, and a full rebuild that swaps the aliases, without
one failed search nor an empty answer to a query that matched before."""

import subprocess
import threading
import time
import uuid
from pathlib import Path

import pytest
from django.core.management import call_command

from search.backends import ElasticsearchBackend, elasticsearch_client
from search.query import parse_params
from search.service import prepare

pytestmark = [pytest.mark.slow, pytest.mark.elasticsearch]

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "elasticsearch.sh"
NODE_1, NODE_2 = "http://127.0.0.1:9210", "http://127.0.0.1:9211"
QUERIES = [("procurement resilience", "en"), ("tender guide", "en"), ("조달 안내", "ko")]


def elasticsearch_sh(*args):
    done = subprocess.run(
        ["bash", str(SCRIPT), *args], capture_output=True, text=True, timeout=900, check=False
    )
    assert done.returncode == 0, f"elasticsearch.sh {' '.join(args)}: {done.stderr[-2000:]}"


@pytest.fixture(scope="module")
def cluster():
    elasticsearch_sh("cluster-up")
    yield NODE_1
    elasticsearch_sh("cluster-down")


@pytest.fixture
def on_cluster(cluster, settings):
    """Search and indexing on the cluster, one replica per index, a prefix of our own.
    The timeout is generous: the test is about a lost node, not a slow machine."""
    settings.ELASTICSEARCH_URL = cluster
    settings.ELASTICSEARCH_REPLICAS = 1
    settings.ELASTICSEARCH_TIMEOUT = 30
    settings.ELASTICSEARCH_INDEX_PREFIX = f"test-cluster-{uuid.uuid4().hex[:8]}"
    engine = ElasticsearchBackend(elasticsearch_client())
    yield engine
    engine.drop_all()


@pytest.fixture
def pages(on_cluster, atlas_page):
    atlas_page("Procurement resilience", body="tender guide for every agency")
    atlas_page("Tender guide", body="procurement resilience in practice")
    atlas_page("조달 안내", locale="ko", body="조달 안내 입찰")
    health(on_cluster, wait_for_status="green")


def health(engine, **wait):
    """Cluster health once it reaches `wait`; Elasticsearch waits up to 120 s, so the
    client waits longer than the engine's usual 30 s for the answer."""
    return engine.client.options(request_timeout=150).cluster.health(timeout="120s", **wait)


class SearchLoop(threading.Thread):
    """Searches the engine (not the database fallback) over and over; counts what fails."""

    def __init__(self, engine):
        super().__init__(daemon=True)
        self.engine = engine
        # Analysed once, here: the thread touches only Elasticsearch.
        self.requests = [
            prepare(parse_params({"q": q, "locale": lo}, "en", [lo])) for q, lo in QUERIES
        ]
        self.stopping = threading.Event()
        self.done = 0
        self.failures: list[str] = []

    def run(self):
        while not self.stopping.is_set():
            for request in self.requests:
                try:
                    result = self.engine.search(request)
                    if result.total == 0:
                        self.failures.append(f"no result for {request.query!r}")
                except Exception as exc:  # every kind of failure counts
                    self.failures.append(f"{request.query!r}: {exc!r}"[:300])
                self.done += 1

    def wait_for(self, searches: int):
        target = self.done + searches
        while self.done < target and self.is_alive():
            time.sleep(0.05)

    def stop(self):
        self.stopping.set()
        self.join(timeout=60)


@pytest.fixture
def search_loop(on_cluster, pages):
    loop = SearchLoop(on_cluster)
    for request in loop.requests:  # every query matches before anything happens
        assert on_cluster.search(request).total > 0, request.query
    loop.start()
    loop.wait_for(30)
    yield loop
    loop.stop()


def test_losing_a_node_fails_no_search_and_the_cluster_heals(on_cluster, search_loop):
    index = on_cluster.client.indices.get_settings(index=f"{on_cluster_prefix()}-en*")
    assert {s["settings"]["index"]["number_of_replicas"] for s in index.values()} == {"1"}

    elasticsearch_sh("cluster-down", "2")
    assert health(on_cluster, wait_for_nodes="1")["number_of_nodes"] == 1
    search_loop.wait_for(60)
    elasticsearch_sh("cluster-up", "2")
    assert health(on_cluster, wait_for_status="green")["status"] == "green"
    search_loop.wait_for(30)
    search_loop.stop()

    assert search_loop.failures == []
    assert search_loop.done >= 120


def test_a_full_rebuild_fails_no_search(on_cluster, search_loop):
    before = set(on_cluster.client.indices.get_alias(index=f"{on_cluster_prefix()}-en").keys())
    call_command("search_index", "rebuild", verbosity=0)
    search_loop.wait_for(30)
    search_loop.stop()

    after = set(on_cluster.client.indices.get_alias(index=f"{on_cluster_prefix()}-en").keys())
    assert after and after.isdisjoint(before)  # the alias moved to a new index
    assert search_loop.failures == []


def on_cluster_prefix() -> str:
    from django.conf import settings

    return settings.ELASTICSEARCH_INDEX_PREFIX
