import pytest

from content.pages.models import ComparisonPage


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


@pytest.mark.django_db
def test_staff_can_open_the_editor_with_source_locale_choices(
    client, site_tree, small_world, django_user_model
):
    client.force_login(django_user_model.objects.create_superuser("ed", "e@example.org", "x"))
    response = client.get(f"/admin/pages/add/pages/comparisonpage/{site_tree['en'].pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Cambodia" in html
    assert "កម្ពុជា" not in html  # the Khmer row is a translation, not a second choice
