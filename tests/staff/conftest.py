"""Staff users in their real groups (made by the roles migration), and a small tree."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from fpdf import FPDF
from wagtail.users.models import UserProfile

from content.pages import models as m
from content.staff.roles import (
    DATA_MANAGERS,
    EDITORS,
    ODA_MANAGERS,
    REVIEWERS,
    translators_group,
)
from tests.content.factories import add_page


@pytest.fixture(autouse=True)
def _admin_templates(settings):
    # Wagtail's admin templates rely on missing variables rendering empty.
    settings.TEMPLATES = [
        {
            **settings.TEMPLATES[0],
            "OPTIONS": {**settings.TEMPLATES[0]["OPTIONS"], "string_if_invalid": ""},
        }
    ]


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


def make_user(username, *groups, language="en"):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.set(Group.objects.filter(name__in=groups))
    UserProfile.get_for_user(user)
    UserProfile.objects.filter(user=user).update(preferred_language=language)
    return user


@pytest.fixture
def staff(db):
    return {
        "editor": make_user("editor", EDITORS),
        "reviewer": make_user("reviewer", REVIEWERS),
        "vi": make_user("vi-translator", translators_group("vi"), language="vi"),
        "ko": make_user("ko-translator", translators_group("ko"), language="ko"),
        "data": make_user("data-manager", DATA_MANAGERS),
        "oda": make_user("oda-manager", ODA_MANAGERS),
    }


@pytest.fixture
def login(client):
    def as_user(user):
        client.force_login(user)
        return client

    return as_user


@pytest.fixture
def tree(site_tree):
    home = site_tree["en"]
    return {
        **site_tree,
        "policies": add_page(home, m.PolicyDocumentIndexPage, "policies"),
        "oda": add_page(home, m.ODAProgrammeIndexPage, "oda"),
        "guides": add_page(home, m.GuideLibraryPage, "guides"),
    }


def pdf_bytes(text="Procurement guide") -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text=text)
    out = io.BytesIO()
    pdf.output(out)
    return out.getvalue()
