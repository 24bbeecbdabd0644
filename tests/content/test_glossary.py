"""The glossary page: terms in the locale's collation (ICU), each concept with its terms
in the other languages."""

import re

import pytest
from wagtail.models import Locale

from content.data.models import GlossaryTerm
from content.pages.models import GlossaryPage
from tests.content.factories import add_page

pytestmark = pytest.mark.django_db

TERMS = {
    "sme": {"en": "SME participation", "vi": "sự tham gia của DNNVV", "ko": "중소기업 참여"},
    "alb": {"en": "abnormally low bid", "vi": "giá dự thầu thấp bất thường", "ko": "저가 입찰"},
    "supplier-registration": {"en": "supplier registration", "vi": "đăng ký nhà cung cấp"},
    "conflict": {"en": "conflict of interest", "vi": "xung đột lợi ích", "ko": "이해충돌"},
    "debarment": {"en": "debarment", "vi": "cấm tham gia"},
}


@pytest.fixture
def glossary(site_tree):
    for concept, terms in TERMS.items():
        for code, term in terms.items():
            GlossaryTerm.objects.create(
                concept=concept,
                term=term,
                definition=f"{term}.",
                locale=Locale.objects.get(language_code=code),
            )
    page = add_page(site_tree["en"], GlossaryPage, "glossary", title="Glossary")
    for code in ("vi", "ko"):
        page.copy_for_translation(Locale.objects.get(language_code=code)).save_revision().publish()
    return page


def terms_in_order(html: str) -> list[str]:
    return [
        re.sub(r"\s*<.*", "", dt, flags=re.S)
        for dt in re.findall(r"<dt[^>]*>(.*?)</dt>", html, re.S)
    ]


def test_english_sorts_case_blind(client, glossary):
    order = terms_in_order(client.get("/en/glossary/").content.decode())
    assert order == [
        "abnormally low bid",
        "conflict of interest",
        "debarment",
        "SME participation",
        "supplier registration",
    ]


def test_vietnamese_sorts_d_stroke_after_d_and_before_x(client, glossary):
    order = terms_in_order(client.get("/vi/glossary/").content.decode())
    assert order.index("cấm tham gia") < order.index("đăng ký nhà cung cấp")
    assert order.index("đăng ký nhà cung cấp") < order.index("xung đột lợi ích")


def test_each_concept_shows_its_terms_in_the_other_languages(client, glossary):
    html = client.get("/ko/glossary/").content.decode()
    entry = re.search(r'id="conflict".*?</div>', html, re.S).group(0)
    assert "이해충돌" in entry
    assert '<span lang="en">conflict of interest</span>' in entry
    assert '<span lang="vi">xung đột lợi ích</span>' in entry
    assert "이해충돌</span>" not in entry  # not its own term again
