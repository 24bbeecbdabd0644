"""The staff report of public search queries, filtered by language."""

import pytest

from search.models import SearchQuery

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("locale", ["km", "ko", "lo", "xx", ""])
def test_report_filters_by_any_language(admin_client, locale):
    SearchQuery.objects.create(query="ការទិញ", locale="km", results=0)
    SearchQuery.objects.create(query="조달", locale="ko", results=3)
    response = admin_client.get("/admin/reports/public-search/", {"locale": locale})
    assert response.status_code == 200
    html = response.content.decode()
    assert ("ការទិញ" in html) == (locale in ("km", "", "xx"))
    assert ("조달" in html) == (locale in ("ko", "", "xx"))
