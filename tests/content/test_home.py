import pytest

from content.demo.site import ensure_home_pages


@pytest.fixture
def home_with_content(db):
    homes = ensure_home_pages()
    return homes


def test_home_page_links_each_task(client, home_with_content):
    html = client.get("/en/").content.decode()
    assert 'action="/en/search/"' in html
    assert 'href="/en/compare/?countries=kr,vn,kh,tl"' in html
    assert 'href="/en/compare/methodology/"' in html
    assert "INVALID_TEMPLATE_VARIABLE" not in html
