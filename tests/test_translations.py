"""What a reader of any language sees: Markdown that renders, and one title per lesson."""

from __future__ import annotations

import re

import jupytext
import pytest
from bs4 import BeautifulSoup
from markdown_it import MarkdownIt

from funnelcourse.course_map import LESSONS
from funnelcourse.i18n import gettext
from funnelkit.i18n import LANGUAGES
from tools.catalogs import ROOT, TRANSLATED, catalog_pairs, read_catalog

PAIRS = catalog_pairs()
_MARKDOWN = MarkdownIt("commonmark", {"html": True}).enable("table")
#: Emphasis markers that CommonMark left as text: ``**`` or ``_word_``.
_LITERAL_EMPHASIS = re.compile(r"\*\*|(?<![\w\\])_[^\s_][^_]*_(?!\w)")


def literal_emphasis(markdown: str) -> list[str]:
    """Emphasis markers a CommonMark renderer leaves visible in *markdown* (code excluded).

    >>> literal_emphasis("**定義。**在")
    ['**', '**']
    >>> literal_emphasis("**Definition.** In")
    []
    """
    soup = BeautifulSoup(_MARKDOWN.render(markdown), "html.parser")
    for code in soup.find_all(["code", "pre"]):
        code.decompose()
    return _LITERAL_EMPHASIS.findall(soup.get_text())


@pytest.mark.parametrize("lang", ["en", *TRANSLATED])
@pytest.mark.parametrize("pair", PAIRS, ids=[pair.name for pair in PAIRS])
def test_markdown_renders_without_literal_emphasis_markers(pair, lang):
    if lang == "en":
        texts = [m.id for m in read_catalog(pair.template_path) if isinstance(m.id, str)]
    else:
        texts = [m.string for m in read_catalog(pair.po_path(lang), lang)
                 if isinstance(m.string, str)]
    broken = [text[:70] for text in texts if text and literal_emphasis(text)]
    assert not broken, f"{pair.name} [{lang}]: ** or _ left as text in {broken[:3]}"


def _lesson_heading(slug: str, lang: str) -> str:
    first = jupytext.read(ROOT / "lessons" / "src" / f"{slug}.py").cells[0].source
    return gettext(first.split("\n\n", 1)[0], lang,
                   source=f"lessons/{slug}").removeprefix("# ").strip()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_lesson_has_one_title_in_the_lesson_and_the_course_map(lang):
    mismatched = [(entry.slug, gettext(entry.title, lang), _lesson_heading(entry.slug, lang))
                  for entry in LESSONS
                  if gettext(entry.title, lang) != _lesson_heading(entry.slug, lang)]
    assert not mismatched, f"[{lang}] course map title != lesson heading: {mismatched}"
