import pytest

from content.models import ComparisonPage


@pytest.mark.django_db
def test_comparison_page_renders_table_and_charts(client, site_tree, small_world):
    home = site_tree["en"]
    page = ComparisonPage(
        title="Korea and Viet Nam",
        slug="kr-vn",
        intro="Two systems.",
        narrative="<p>Korea awards faster.</p>",
        baseline="KR",
    )
    home.add_child(instance=page)
    page.countries.set([small_world["kr"], small_world["vn"]])
    page.indicators.set([small_world["days"]])
    page.save_revision().publish()

    html = client.get(page.url).content.decode()
    assert "Korea awards faster." in html
    assert 'data-indicator="award-days"' in html
    assert 'data-indicator="ep-share"' not in html
    assert "+15 days" in html
    assert "<svg" in html and "Pillar scores" in html
