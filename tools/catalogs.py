"""Gettext catalogs for the library, the course and each notebook source, with Babel.

Three kinds of catalog, one tool:

* the library's own strings: ``funnelkit/locale/funnelkit.pot`` extracted from
  ``N_()``/``gettext()`` calls in ``funnelkit/**/*.py``, translated in
  ``funnelkit/locale/<locale>/LC_MESSAGES/funnelkit.po``;
* the course's shared strings: ``funnelcourse/locale/funnelcourse.pot`` extracted from
  ``funnelcourse/**/*.py`` (except the per-exercise modules ``exercises/exNN.py``),
  translated in ``funnelcourse/locale/<locale>/LC_MESSAGES/funnelcourse.po``;
* one catalog per notebook source (``lessons/src/NN-slug.py``, ``exercises/src/``,
  ``instructors/src/``): its Markdown cut into messages with markdown-it-py, then the
  translatable fields of its question file ``NN-slug.questions.yml``, then the ``N_()``
  strings of its exercise module ``funnelcourse/exercises/exNN.py``; template in
  ``<collection>/locale/templates/NN-slug.pot``, translations in
  ``<collection>/locale/<locale>/NN-slug.po``.

``update_all()`` re-extracts and merges: existing translations are kept, changed
source messages are matched to their old translation and marked fuzzy, removed
ones are dropped. A new message that is several old messages joined (the Markdown is
cut differently) gets their translations joined the same way, not fuzzy. Output is
deterministic (fixed header dates, sorted by source order, no line numbers), so
catalogs only change when messages do.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import cast

import jupytext
import yaml
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po
from markdown_it import MarkdownIt

from funnelcourse import i18n as course_i18n
from funnelkit.i18n import DOMAIN, LANGUAGES, LOCALE_DIR, locale_name

ROOT = Path(__file__).resolve().parents[1]
#: Single-sourced notebook collections: each has src/, locale/ and one folder per language.
COLLECTIONS = (ROOT / "lessons", ROOT / "exercises", ROOT / "instructors")
LIBRARY_TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
COURSE_DIR = ROOT / "funnelcourse"
COURSE_TEMPLATE = course_i18n.LOCALE_DIR / f"{course_i18n.DOMAIN}.pot"
EXERCISE_MODULES = COURSE_DIR / "exercises"
TRANSLATED = tuple(lang for lang in LANGUAGES if lang != "en")
_FIXED_DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)


_MARKDOWN = MarkdownIt("commonmark").enable("table")
_CODE_BLOCKS = ("fence", "code_block")
_HTML_TAG = re.compile(r"<[^>]*>")


def _top_level_blocks(lines: list[str]) -> list[tuple[str, int, int]]:
    """(token type, first line, end line) of each top-level block, trailing blanks trimmed."""
    blocks = []
    for token in _MARKDOWN.parse("\n".join(lines)):
        if token.level != 0 or token.nesting == -1 or token.map is None:
            continue
        start, end = token.map
        while end > start and not lines[end - 1].strip():
            end -= 1
        blocks.append((token.type.removesuffix("_open"), start, end))
    return blocks


def split_paragraphs(markdown: str) -> list[str]:
    """Cut markdown into translatable messages, one per top-level block.

    markdown-it-py parses the text; each top-level block (heading, paragraph, a whole
    list with its nested code and paragraphs, table, blockquote, HTML block, code block)
    is cut from the original lines. Blocks not separated by a blank line stay together in
    one message, as do blank lines inside a block, so a message is always whole blocks:

    >>> split_paragraphs("# Title\\n\\nOne line.\\nTwo lines.\\n\\n~~~\\na\\n\\nb\\n~~~")
    ['# Title', 'One line.\\nTwo lines.', '~~~\\na\\n\\nb\\n~~~']
    >>> split_paragraphs("- one\\n\\n- two\\n\\n      code\\n\\nAfter.")
    ['- one\\n\\n- two\\n\\n      code', 'After.']
    """
    lines = markdown.strip("\n").split("\n")
    inside = [False] * len(lines)
    for _kind, start, end in _top_level_blocks(lines):
        for index in range(start, end):
            inside[index] = True
    messages: list[str] = []
    current: list[str] = []
    for line, in_block in zip(lines, inside, strict=True):
        if line.strip() or in_block:
            current.append(line)
        elif current:
            messages.append("\n".join(current))
            current = []
    if current:
        messages.append("\n".join(current))
    return messages


def translatable(message: str) -> bool:
    """Whether a message needs translating: it has letters outside code blocks and HTML tags.

    >>> translatable("```python\\nprint('hi')\\n```"), translatable("| 1 | 2 |\\n|---|---|")
    (False, False)
    >>> translatable("<div>\\n\\n</div>"), translatable("<b>Note</b>: read on.")
    (False, True)
    """
    lines = message.split("\n")
    prose = list(lines)
    for kind, start, end in _top_level_blocks(lines):
        for index in range(start, end):
            if kind in _CODE_BLOCKS:
                prose[index] = ""
            elif kind == "html_block":
                prose[index] = _HTML_TAG.sub("", lines[index])
    return any(ch.isalpha() for ch in "\n".join(prose))


def lesson_sources(collection: Path = COLLECTIONS[0]) -> list[Path]:
    """The notebook sources of one collection (lessons by default) in course order."""
    return sorted((collection / "src").glob("[0-9][0-9]-*.py"))


def all_sources() -> list[Path]:
    """The sources of every collection: lessons, exercises, the instructor guide."""
    return [source for collection in COLLECTIONS for source in lesson_sources(collection)]


def source_catalog(source: Path, lang: str) -> Path:
    """The PO catalog of a notebook source in *lang*."""
    return source.parents[1] / "locale" / locale_name(lang) / f"{source.stem}.po"


def question_file(source: Path) -> Path:
    """The question file of a notebook source (it may not exist)."""
    return source.with_name(f"{source.stem}.questions.yml")


def exercise_module(source: Path) -> Path | None:
    """``funnelcourse/exercises/exNN.py`` for an exercise source, else None."""
    if source.parents[1].name != "exercises":
        return None
    return EXERCISE_MODULES / f"ex{source.stem[:2]}.py"


def course_catalog(lang: str) -> Path:
    """The course-wide catalog of *lang*."""
    return course_i18n.LOCALE_DIR / locale_name(lang) / "LC_MESSAGES" / f"{course_i18n.DOMAIN}.po"


def library_catalog(lang: str) -> Path:
    """The library's catalog of *lang*."""
    return LOCALE_DIR / locale_name(lang) / "LC_MESSAGES" / f"{DOMAIN}.po"


_HEADER = (
    "# Translations for the funnelkit course and library.\n"
    "# Generated by `make catalogs` from the English sources; translators edit msgstr only.\n"
    "# This file is distributed under the same license as the funnelkit project.\n#"
)


def _new_catalog(locale: str | None = None) -> Catalog:
    return Catalog(
        locale=locale,
        header_comment=_HEADER,
        msgid_bugs_address="the funnelkit issue tracker",
        domain=DOMAIN,
        project="funnelkit",
        version="1",
        copyright_holder="the funnelkit team",
        creation_date=_FIXED_DATE,
        revision_date=_FIXED_DATE,
        last_translator="the funnelkit team",
        language_team="funnelkit translators",
        charset="utf-8",
        fuzzy=False,
    )


def relative(path: Path) -> str:
    """*path* relative to the repository (as is when it lies outside, e.g. in a test)."""
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.as_posix()


def _where(location: str) -> list[tuple[str, int]]:
    """A location without a line number (catalogs list files only)."""
    return [(location, cast(int, None))]


def _extract_python(catalog: Catalog, paths: list[Path]) -> Catalog:
    """Add the ``N_()``/``gettext()`` messages of *paths* to *catalog*."""
    for path in paths:
        for _lineno, message, comments, context in extract_from_file(
            "python", path, comment_tags=("Translators:",), strip_comment_tags=True
        ):
            if isinstance(message, str) and message:
                catalog.add(message, locations=_where(relative(path)), auto_comments=comments,
                            context=context)
    return catalog


def library_template() -> Catalog:
    """Extract the library's messages from ``funnelkit/**/*.py``."""
    return _extract_python(_new_catalog(), sorted(Path(LOCALE_DIR.parent).rglob("*.py")))


def _is_exercise_module(path: Path) -> bool:
    return path.parent == EXERCISE_MODULES and bool(re.fullmatch(r"ex[0-9]{2}\.py", path.name))


def course_template() -> Catalog:
    """Extract the course's shared messages from ``funnelcourse/**/*.py``.

    The per-exercise modules ``funnelcourse/exercises/exNN.py`` belong to their exercise's
    catalog instead.
    """
    paths = [p for p in sorted(COURSE_DIR.rglob("*.py")) if not _is_exercise_module(p)]
    return _extract_python(_new_catalog(), paths)


def question_messages(path: Path) -> list[tuple[str, str, str | None]]:
    """(text, extractor comment, message context) of every translatable field of a
    question file.

    The fields are ``prompt``, each choice's ``text`` (in the choice's ``context``, if it
    has one) and ``feedback``, each of ``hints`` and ``solution``; choices and hints are
    numbered from 1.
    """
    questions = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    messages: list[tuple[str, str, str | None]] = []

    def add(value: object, where: str, context: str | None = None) -> None:
        if isinstance(value, str) and value.strip():
            messages.append((value, where, context))

    for question in questions:
        key = f"question {question.get('key', '?')}"
        add(question.get("prompt"), f"{key}, prompt")
        for number, choice in enumerate(question.get("choices") or [], start=1):
            if isinstance(choice, dict):
                add(choice.get("text"), f"{key}, choice {number} text", choice.get("context"))
                add(choice.get("feedback"), f"{key}, choice {number} feedback")
        for number, hint in enumerate(question.get("hints") or [], start=1):
            add(hint, f"{key}, hint {number}")
        add(question.get("solution"), f"{key}, solution")
    return messages


def lesson_template(source: Path) -> Catalog:
    """Everything a translator needs for one source.

    Its Markdown messages (see :func:`split_paragraphs`), then the texts of its question
    file, then the ``N_()`` strings of its exercise module.
    """
    catalog = _new_catalog()
    notebook = jupytext.read(source)
    location = relative(source)
    for cell in notebook.cells:
        if cell.cell_type != "markdown":
            continue
        for block in split_paragraphs(cell.source):
            if translatable(block):
                catalog.add(block, locations=_where(location))
    questions = question_file(source)
    if questions.exists():
        for text, comment, context in question_messages(questions):
            catalog.add(text, locations=_where(relative(questions)), auto_comments=[comment],
                        context=context)
    module = exercise_module(source)
    if module is not None and module.exists():
        _extract_python(catalog, [module])
    return catalog


def _drop_percent_format(catalog: Catalog) -> Catalog:
    """Babel flags any text with "12 % of" as python-format; funnelkit never %-formats."""
    for message in catalog:
        message.flags.discard("python-format")
    return catalog


def write_catalog(catalog: Catalog, path: Path) -> bool:
    """Write *catalog* deterministically; return True when the file changed."""
    _drop_percent_format(catalog)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, include_lineno=False, ignore_obsolete=True)
    data = buffer.getvalue()
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def read_catalog(path: Path, lang: str | None = None) -> Catalog:
    """Read a PO or POT file."""
    with path.open("rb") as handle:
        return read_po(handle, locale=locale_name(lang) if lang else None)


_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")


def rejoin(message: str, translated: dict[str, str]) -> str | None:
    """The translation of *message* assembled from translations of its parts, or None.

    When the Markdown is cut differently (a loose list that used to be one message per
    item is now one message), the new message is old messages joined by blank lines.
    Cut *message* at its blank lines and group the pieces so that every group is an old
    translated message or needs no translation (code, no letters); the translation is
    the groups' translations joined with the same blank lines.

    >>> rejoin("- a\\n\\n- b\\n\\n```\\nx\\n\\ny\\n```", {"- a": "- A", "- b": "- B"})
    '- A\\n\\n- B\\n\\n```\\nx\\n\\ny\\n```'
    >>> rejoin("- a\\n\\n- c", {"- a": "- A"}) is None
    True
    """
    pieces = _BLANK_LINES.split(message)
    separators = _BLANK_LINES.findall(message)
    if len(pieces) < 2:
        return None

    def group(start: int, end: int, parts: list[str]) -> str:
        text = parts[start]
        for index in range(start + 1, end):
            text += separators[index - 1] + parts[index]
        return text

    # best[end]: translation of pieces[:end] (shortest groups tried first), None if impossible
    best: list[str | None] = [""] + [None] * len(pieces)
    for end in range(1, len(pieces) + 1):
        for start in range(end - 1, -1, -1):
            done = best[start]
            if done is None or (start == 0 and end == len(pieces)):
                continue
            original = group(start, end, pieces)
            if original in translated:
                text = translated[original]
            elif not translatable(original) or not _legacy_translatable(original):
                text = original
            else:
                continue
            best[end] = text if start == 0 else done + separators[start - 1] + text
            break
    result = best[len(pieces)]
    if result is None or result == message:
        return None
    return result


def _legacy_translatable(block: str) -> bool:
    """The rule of the blank-line cut: a block starting with a code fence was not translated."""
    return not block.lstrip().startswith("```") and any(ch.isalpha() for ch in block)


def merge(template: Catalog, po_path: Path, lang: str) -> Catalog:
    """The catalog at *po_path* updated to *template* (a new one if missing).

    Messages new to the catalog that are old translated messages joined by blank lines
    (see :func:`rejoin`) get the joined translations and are not fuzzy.
    """
    if po_path.exists():
        catalog = read_catalog(po_path, lang)
    else:
        catalog = _new_catalog(locale_name(lang))
    translated = {
        m.id: m.string
        for m in catalog
        if isinstance(m.id, str) and m.id and isinstance(m.string, str) and m.string
        and not m.fuzzy
    }
    known = {m.id for m in catalog if m.id}
    joined = {}
    for message in template:
        if isinstance(message.id, str) and message.id and message.id not in known:
            text = rejoin(message.id, translated)
            if text is not None:
                joined[message.id] = text
    catalog.update(template, update_creation_date=False)
    for message in catalog:
        if message.id in joined:
            message.string = joined[message.id]
            message.flags.discard("fuzzy")
            message.previous_id = []
    catalog.header_comment = _HEADER
    catalog.revision_date = _FIXED_DATE
    catalog.creation_date = _FIXED_DATE
    return catalog


@dataclass(frozen=True)
class CatalogPair:
    """A template and its per-language catalogs: the library's, the course's, or a source's."""

    name: str
    template_path: Path
    source: Path | None = None

    def po_path(self, lang: str) -> Path:
        if self.source is not None:
            return source_catalog(self.source, lang)
        if self.template_path == COURSE_TEMPLATE:
            return course_catalog(lang)
        return library_catalog(lang)

    def extract(self) -> Catalog:
        if self.source is not None:
            return lesson_template(self.source)
        if self.template_path == COURSE_TEMPLATE:
            return course_template()
        return library_template()


def catalog_pairs() -> list[CatalogPair]:
    """The library catalog, the course catalog and one per lesson, exercise and guide."""
    pairs = [CatalogPair(DOMAIN, LIBRARY_TEMPLATE),
             CatalogPair(course_i18n.DOMAIN, COURSE_TEMPLATE)]
    for source in all_sources():
        template = source.parents[1] / "locale" / "templates" / f"{source.stem}.pot"
        pairs.append(CatalogPair(f"{source.parents[1].name}/{source.stem}", template, source))
    return pairs


def update_all() -> list[Path]:
    """Extract every template and merge it into every language; return changed files."""
    changed = []
    for pair in catalog_pairs():
        template = pair.extract()
        if write_catalog(template, pair.template_path):
            changed.append(pair.template_path)
        for lang in TRANSLATED:
            path = pair.po_path(lang)
            if write_catalog(merge(template, path, lang), path):
                changed.append(path)
    return changed


@dataclass(frozen=True)
class Progress:
    """Translation progress of one catalog in one language."""

    catalog: str
    lang: str
    total: int
    translated: int
    fuzzy: int

    @property
    def untranslated(self) -> int:
        return self.total - self.translated - self.fuzzy


def progress(pair: CatalogPair, lang: str, template: Catalog | None = None) -> Progress:
    """Count translated, fuzzy and missing messages (against the current template)."""
    template_ids = {m.id for m in (template or pair.extract()) if m.id}
    path = pair.po_path(lang)
    done = fuzzy = 0
    if path.exists():
        for message in read_catalog(path, lang):
            if message.id not in template_ids:
                continue
            if message.fuzzy and message.string:
                fuzzy += 1
            elif message.string:
                done += 1
    return Progress(pair.name, lang, len(template_ids), done, fuzzy)


def status_table() -> str:
    """A text table: catalog x language, percent translated and fuzzy count."""
    pairs = catalog_pairs()
    width = max(len("catalog"), *(len(pair.name) for pair in pairs)) + 2
    header = (f"{'catalog':<{width}}{'messages':>9}"
              + "".join(f"{lang:>14}" for lang in TRANSLATED))
    lines = [header, "-" * len(header)]
    for pair in pairs:
        template = pair.extract()
        cells = []
        total = 0
        for lang in TRANSLATED:
            p = progress(pair, lang, template)
            total = p.total
            percent = 100 * p.translated / p.total if p.total else 100.0
            cells.append(f"{percent:7.0f}% {p.fuzzy:>2}f")
        lines.append(f"{pair.name:<{width}}{total:>9}" + "".join(f"{cell:>14}" for cell in cells))
    lines.append("(percent translated and not fuzzy; Nf = fuzzy messages awaiting review)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "status"])
    args = parser.parse_args(argv)
    if args.command == "update":
        for path in update_all():
            print(f"updated {path.relative_to(ROOT)}")
    else:
        print(status_table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
