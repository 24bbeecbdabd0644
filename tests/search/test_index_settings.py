"""Index settings come from Django settings (a cluster wants replicas)."""

from search.documents import index_for


def test_index_settings_take_shards_and_replicas_from_settings(settings):
    settings.ELASTICSEARCH_SHARDS, settings.ELASTICSEARCH_REPLICAS = 2, 1
    body = index_for("atlas-test-x").to_dict()["settings"]
    assert (body["number_of_shards"], body["number_of_replicas"]) == (2, 1)
