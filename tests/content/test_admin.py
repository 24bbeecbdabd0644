"""Every page type can be created through the Wagtail admin by a superuser."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from content.pages import models as m

from .factories import CountryFactory, TopicFactory, add_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, site_tree):
    user = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(user)
    return client


def post_add(client, model, parent, data):
    url = reverse(
        "wagtailadmin_pages:add",
        args=[model._meta.app_label, model._meta.model_name, parent.pk],
    )
    response = client.post(url, nested_form_data(data))
    assert response.status_code == 302, response.context and response.context["form"].errors
    return model.objects.get(slug=data["slug"])


def base(slug):
    return {"title": slug.replace("-", " ").title(), "slug": slug, "summary": "Summary"}


@pytest.mark.parametrize(
    "model",
    [
        m.CountryIndexPage,
        m.PolicyDocumentIndexPage,
        m.ODAProgrammeIndexPage,
        m.GuideLibraryPage,
        m.EventIndexPage,
        m.NewsIndexPage,
        m.GlossaryPage,
    ],
)
def test_create_index_pages(admin_client, site_tree, model):
    page = post_add(admin_client, model, site_tree["en"], {**base("idx"), "intro": "Intro"})
    assert page.get_parent().pk == site_tree["en"].pk


@pytest.fixture
def parents(site_tree):
    home = site_tree["en"]
    return {
        model: add_page(home, model, model.__name__.lower())
        for model in [
            m.CountryIndexPage,
            m.PolicyDocumentIndexPage,
            m.ODAProgrammeIndexPage,
            m.GuideLibraryPage,
            m.EventIndexPage,
            m.NewsIndexPage,
        ]
    }


def test_create_country_profile(admin_client, parents):
    country = CountryFactory(code="VN")
    page = post_add(
        admin_client,
        m.CountryProfilePage,
        parents[m.CountryIndexPage],
        {
            **base("vn"),
            "country": country.pk,
            "eproc_system_name": "VNEPS",
            "eproc_launch_year": "2009",
            "eproc_url": "https://muasamcong.mpi.gov.vn",
            "body": streamfield([("heading", {"text": "Legal framework", "level": "h2"})]),
            "sources": streamfield([]),
        },
    )
    assert page.country == country and page.body[0].value["text"] == "Legal framework"


def test_create_policy_document(admin_client, parents):
    country, topic = CountryFactory(code="KH"), TopicFactory(slug="integrity")
    page = post_add(
        admin_client,
        m.PolicyDocumentPage,
        parents[m.PolicyDocumentIndexPage],
        {
            **base("a-law"),
            "document_type": "law",
            "issuing_body": "Parliament",
            "publication_date": "2024-01-02",
            "source_url": "",
            "body": streamfield([]),
            "countries": inline_formset([{"country": country.pk}]),
            "topics": inline_formset([{"topic": topic.pk}]),
            "files": inline_formset([]),
        },
    )
    assert page.country_codes() == ["KH"] and page.topic_slugs() == ["integrity"]


def test_create_oda_programme(admin_client, parents):
    page = post_add(
        admin_client,
        m.ODAProgrammePage,
        parents[m.ODAProgrammeIndexPage],
        {
            **base("oda-1"),
            "start_year": "2023",
            "end_year": "",
            "implementing_bodies": "PPS",
            "objectives": rich_text("<p>Goals</p>"),
            "activities": rich_text("<p>Work</p>"),
            "results": rich_text(""),
            "contacts": rich_text(""),
            "body": streamfield([]),
            "countries": inline_formset([{"country": CountryFactory(code="TL").pk}]),
            "topics": inline_formset([]),
            "related_links": inline_formset([]),
            "files": inline_formset([]),
        },
    )
    assert page.start_year == 2023 and page.country_codes() == ["TL"]


def test_create_guide(admin_client, parents):
    page = post_add(
        admin_client,
        m.GuidePage,
        parents[m.GuideLibraryPage],
        {
            **base("guide-1"),
            "publication_date": "2024-03-01",
            "publisher": "PPS",
            "body": streamfield([]),
            "files": inline_formset([]),
            "countries": inline_formset([]),
            "topics": inline_formset([]),
        },
    )
    assert page.publisher == "PPS"


def test_create_event(admin_client, parents):
    page = post_add(
        admin_client,
        m.EventPage,
        parents[m.EventIndexPage],
        {
            **base("session"),
            "event_type": "policy_session",
            "start_date": "2023-09-14",
            "end_date": "",
            "place": "Korea Press Center, Seoul",
            "organiser": "PPS",
            "body": streamfield([]),
            "sources": streamfield([]),
            "countries": inline_formset([]),
            "topics": inline_formset([]),
            "materials": inline_formset([]),
            "photos": inline_formset([]),
        },
    )
    assert page.place == "Korea Press Center, Seoul"


def test_create_news(admin_client, parents):
    page = post_add(
        admin_client,
        m.NewsPage,
        parents[m.NewsIndexPage],
        {
            **base("news-1"),
            "date": "2024-05-05",
            "body": streamfield([]),
            "sources": streamfield([]),
            "countries": inline_formset([]),
            "topics": inline_formset([]),
            "photos": inline_formset([]),
        },
    )
    assert str(page.date) == "2024-05-05"


def test_snippet_listings_have_filters_and_search(admin_client, settings):
    # Wagtail's own admin listing templates rely on missing variables rendering empty.
    settings.TEMPLATES = [
        {
            **settings.TEMPLATES[0],
            "OPTIONS": {**settings.TEMPLATES[0]["OPTIONS"], "string_if_invalid": ""},
        }
    ]
    CountryFactory(code="MN", name="Mongolia")
    for name in ["country", "pillar", "indicator", "indicatorvalue", "topic", "glossaryterm"]:
        url = reverse(f"wagtailsnippets_data_{name}:list")
        assert admin_client.get(url, {"q": "mon"}).status_code == 200, name
    html = admin_client.get(reverse("wagtailsnippets_data_country:list"), {"q": "Mongolia"})
    assert "Mongolia" in html.content.decode()
