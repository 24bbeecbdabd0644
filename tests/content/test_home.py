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


def test_menu_and_home_links_survive_a_renamed_section(client, home_with_content):
    from content.pages.models import GuideLibraryPage, PolicyDocumentIndexPage
    from tests.content.factories import add_page

    home = home_with_content["en"]
    documents = add_page(home, PolicyDocumentIndexPage, "documents", title="Policy documents")
    add_page(home, GuideLibraryPage, "guides", title="Guides")
    documents.slug = "policy-library"
    documents.save_revision().publish()

    html = client.get("/en/").content.decode()
    assert 'href="/en/policy-library/"' in html
    assert 'href="/en/documents/"' not in html
    assert 'href="/en/guides/"' in html
    # Khmer has no translation of the section: its link is the fallback path
    km = client.get("/km/").content.decode()
    assert 'href="/km/policy-library/"' in km
    assert client.get("/km/policy-library/").status_code == 200
