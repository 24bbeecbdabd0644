"""The real services answer: these tests run against the nodes scripts/ starts."""

import uuid

import pytest
from elasticsearch import Elasticsearch


def test_live_elasticsearch_indexes_and_finds_a_document(elasticsearch_url):
    client = Elasticsearch(elasticsearch_url, request_timeout=10)
    index = f"atlas-test-{uuid.uuid4().hex[:8]}"
    client.indices.create(index=index)
    try:
        client.index(
            index=index, id="koneps", document={"title": "KONEPS e-procurement"}, refresh=True
        )
        hits = client.search(index=index, query={"match": {"title": "koneps"}})["hits"]
        assert hits["total"]["value"] == 1
        assert hits["hits"][0]["_id"] == "koneps"
        nodes = client.nodes.info(node_id="_local")["nodes"]
        assert next(iter(nodes.values()))["version"].startswith("8.")
    finally:
        client.indices.delete(index=index)


@pytest.mark.postgres
def test_runs_on_postgresql(postgres_db, site_tree):
    from content.pages.models import HomePage

    with postgres_db.cursor() as cursor:
        cursor.execute("SHOW server_version")
        assert int(cursor.fetchone()[0].split(".")[0]) >= 13
    assert HomePage.objects.filter(locale__language_code="km").exists()
