"""Translation catalogs: current, complete, and faithful to the glossary."""

from __future__ import annotations

import re

import pytest

from funnelcourse.glossary import TERMS, term_pattern
from funnelcourse.i18n import gettext
from tools.catalogs import TRANSLATED, catalog_pairs, read_catalog, split_paragraphs

PAIRS = catalog_pairs()
PAIR_IDS = [pair.name for pair in PAIRS]


def _ids(catalog) -> list[str]:
    return [message.id for message in catalog if message.id]


@pytest.mark.parametrize("pair", PAIRS, ids=PAIR_IDS)
def test_templates_match_sources(pair):
    """`make catalogs` has been run: templates hold exactly the source's messages."""
    assert pair.template_path.exists(), f"missing {pair.template_path}; run make catalogs"
    assert _ids(read_catalog(pair.template_path)) == _ids(pair.extract())


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("pair", PAIRS, ids=PAIR_IDS)
def test_catalog_complete(pair, lang):
    """No untranslated, fuzzy or stale message in a shipped language."""
    catalog = read_catalog(pair.po_path(lang), lang)
    expected = set(_ids(read_catalog(pair.template_path)))
    present = {m.id: m for m in catalog if m.id}
    missing = sorted(expected - set(present))
    untranslated = sorted(i for i in expected & set(present) if not present[i].string)
    fuzzy = sorted(i for i in expected & set(present) if present[i].fuzzy)
    assert not missing, f"{pair.name} [{lang}] lacks messages (run make catalogs): {missing[:3]}"
    assert not untranslated, f"{pair.name} [{lang}] untranslated: {untranslated[:3]}"
    assert not fuzzy, f"{pair.name} [{lang}] fuzzy: {fuzzy[:3]}"


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("pair", PAIRS, ids=PAIR_IDS)
def test_markup_survives_translation(pair, lang):
    """Headings, list items, code spans and format fields are kept by translators."""
    for message in read_catalog(pair.po_path(lang), lang):
        if not (message.id and message.string):
            continue
        source, target = message.id, message.string
        where = f"{pair.name} [{lang}] {source[:50]!r}"
        assert source.count("`") == target.count("`"), f"code spans changed in {where}"
        assert source.count("\n- ") == target.count("\n- "), f"list items changed in {where}"
        assert source.startswith("#") == target.startswith("#"), f"heading lost in {where}"
        for field in ("{teaching}", "{exercises}"):
            assert (field in source) == (field in target), f"{field} lost in {where}"
        assert len(split_paragraphs(target)) == len(split_paragraphs(source)), (
            f"paragraph count changed in {where}"
        )


def _prose(text: str) -> str:
    """The text without code spans: code such as `cost_per_lead` is not prose."""
    return re.sub(r"`[^`]*`", " ", text)


def _glossary_violations(pair, lang) -> list[str]:
    problems = []
    for entry in TERMS:
        english = entry.english_pattern()
        local_term = gettext(entry.text, lang)
        local = term_pattern(local_term, lang)
        for message in read_catalog(pair.po_path(lang), lang):
            if message.id and message.string and english.search(_prose(message.id)):
                if not local.search(message.string):
                    problems.append(f"{entry.key} -> {local_term!r}: {message.string[:70]!r}")
    return problems


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("pair", PAIRS, ids=PAIR_IDS)
def test_glossary_terms_used(pair, lang):
    """Where the English text uses a glossary term, the translation uses the agreed term."""
    problems = _glossary_violations(pair, lang)
    assert not problems, f"{pair.name} [{lang}]:\n" + "\n".join(problems[:10])
