import pytest

ABOUT_BODY = "<p>Korea's Public Procurement Service runs KONEPS.</p>"


@pytest.fixture
def about_tree(site_tree):
    """The home page in every locale, and an English "about" page translated into Korean only."""
    from content.pages.models import StandardPage

    home_en = site_tree["en"]
    about = home_en.add_child(
        instance=StandardPage(
            title="About the Atlas", slug="about", summary="Who we are.", body=ABOUT_BODY
        )
    )
    about.save_revision().publish()
    about_ko = about.copy_for_translation(site_tree["ko"].locale)
    about_ko.title = "아틀라스 소개"
    about_ko.summary = "우리는 누구인가."
    about_ko.save_revision().publish()
    return {"homes": site_tree, "about": about, "about_ko": about_ko}
