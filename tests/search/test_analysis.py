"""Analysis in worker processes: the same terms as in one process, computed once."""

import io
import os

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from search import analysis
from search.analysis import COUNTS_KEY, TERMS_KEY, analysed, analysing
from search.backends.base import analyse_document
from search.ranking import counts_column
from search.text import index_terms
from tests.search.conftest import search

TEXTS = {
    "en": "E-procurement frameworks: suppliers bid for public contracts, audited yearly.",
    "ko": "조달청은 나라장터에서 전자조달 계약을 공급자와 체결한다 KONEPS는",
    "th": "การจัดซื้อจัดจ้างภาครัฐด้วยระบบอิเล็กทรอนิกส์ งบประมาณ สัญญา",
    "km": "លទ្ធកម្មសាធារណៈ កិច្ចសន្យាអ្នកផ្គត់ផ្គង់ ថវិកាគុណភាព",
    "lo": "ການຈັດຊື້ຈັດຈ້າງ ສັນຍາງົບປະມານ ຄຸນນະພາບລະບົບສາທາລະນະ ການຊຳລະ",
    "vi": "Mua sắm công, đấu thầu qua mạng; hợp đồng với nhà cung cấp.",
}


def _docs():
    """Documents in six locales, each text different, so order matters."""
    docs = []
    for number in range(60):
        locale = list(TEXTS)[number % len(TEXTS)]
        words = TEXTS[locale].split()
        docs.append(
            {
                "page_id": number + 1,
                "locale": locale,
                "title": " ".join(words[number % len(words) :]),
                "summary": words[number % len(words)],
                "body": " ".join(words[: 1 + number % len(words)]) + f" {number}",
                "attachments": TEXTS[locale] if number % 4 == 0 else "",
            }
        )
    return docs


def test_parallel_analysis_gives_the_terms_of_one_process():
    expected = [analyse_document(d) for d in _docs()]
    docs = analysed(_docs(), workers=2)
    assert [d[TERMS_KEY] for d in docs] == expected
    assert [d[COUNTS_KEY] for d in docs] == [counts_column(terms) for terms in expected]
    assert {d["locale"] for d in docs} == set(TEXTS)
    assert all(d[TERMS_KEY]["body_terms"] for d in docs)


def _pid(doc):
    return {"pid": str(os.getpid()), "page": doc["title"]}


def test_parallel_analysis_runs_in_workers_and_keeps_order(monkeypatch):
    monkeypatch.setattr(analysis, "analyse_document", _pid)
    docs = analysed(_docs(), workers=2)
    assert [d[TERMS_KEY]["page"] for d in docs] == [d["title"] for d in _docs()]
    pids = {d[TERMS_KEY]["pid"] for d in docs}
    assert str(os.getpid()) not in pids
    one = analysed(_docs()[:5], workers=1)
    assert {d[TERMS_KEY]["pid"] for d in one} == {str(os.getpid())}


def test_analyse_document_reuses_stored_terms():
    doc = {"locale": "en", "title": "Tender", "summary": "", "body": "", "attachments": ""}
    assert analyse_document(doc)["title_terms"] == index_terms("Tender", "en")
    stored = {
        "title_terms": "quokka",
        "summary_terms": "",
        "body_terms": "",
        "attachment_terms": "",
    }
    assert analyse_document({**doc, TERMS_KEY: stored}) is stored


@pytest.mark.django_db
def test_both_backends_index_the_stored_terms():
    from search.backends.database import DatabaseBackend
    from search.backends.elasticsearch import _action
    from search.models import SearchEntry

    doc = {
        "page_id": 4242, "locale": "en", "type": "page", "url": "/x/", "title": "Tender",
        "summary": "", "body": "", "attachments": "", "countries": [], "topics": [],
        "date": None, "year": None,
        TERMS_KEY: {"title_terms": "quokka", "summary_terms": "", "body_terms": "",
                    "attachment_terms": ""},
        COUNTS_KEY: "stored counts",
    }  # fmt: skip
    DatabaseBackend().bulk_load([doc])
    entry = SearchEntry.objects.get(page_id=4242)
    assert entry.title_terms == " quokka " and entry.term_counts == "stored counts"
    source = _action("idx", doc)["_source"]
    assert source["title_terms"] == "quokka"
    assert TERMS_KEY not in source and COUNTS_KEY not in source


def test_rebuild_with_two_workers(backend, atlas_page, monkeypatch):
    from search.management.commands import search_index
    from search.models import SearchEntry

    calls = []

    def spy(docs, workers=None):
        calls.append((len(docs), workers))
        return analysing(docs, workers)

    monkeypatch.setattr(search_index, "analysing", spy)
    pages = {
        locale: atlas_page(f"Rebuilt {locale} page", locale=locale, body=text)
        for locale, text in TEXTS.items()
    }
    out = io.StringIO()
    call_command("search_index", "rebuild", workers=2, stdout=out)
    assert calls and calls[0][1] == 2
    assert f"analysis: {calls[0][0]} documents" in out.getvalue()
    for locale, page in pages.items():
        entry = SearchEntry.objects.get(page_id=page.pk)
        assert entry.body_terms == f" {index_terms(TEXTS[locale], locale)} "
    assert [h.title for h in search("frameworks", "en").hits] == ["Rebuilt en page"]
    assert [h.title for h in search("나라장터", "ko").hits] == ["Rebuilt ko page"]
    assert [h.title for h in search("งบประมาณ", "th").hits] == ["Rebuilt th page"]
    assert [h.title for h in search("mua sam", "vi").hits] == ["Rebuilt vi page"]


@pytest.mark.django_db
def test_rebuild_refuses_no_workers(settings):
    settings.ELASTICSEARCH_URL = ""
    with pytest.raises(CommandError):
        call_command("search_index", "rebuild", workers=0, stdout=io.StringIO())
