"""Gettext catalogs for the library and the lessons, with Babel.

Two kinds of catalog, one tool:

* the library's own strings: ``funnelkit/locale/funnelkit.pot`` extracted from
  ``N_()``/``gettext()`` calls in ``funnelkit/``, translated in
  ``funnelkit/locale/<locale>/LC_MESSAGES/funnelkit.po``;
* lesson prose: one message per markdown paragraph of ``lessons/src/NN-slug.py``,
  in ``lessons/locale/templates/NN-slug.pot`` and ``lessons/locale/<locale>/NN-slug.po``.

``update_all()`` re-extracts and merges: existing translations are kept, changed
source messages are matched to their old translation and marked fuzzy, removed
ones are dropped. Output is deterministic (fixed header dates, sorted by source
order, no line numbers), so catalogs only change when messages do.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import jupytext
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po

from funnelkit.i18n import DOMAIN, LANGUAGES, LOCALE_DIR, locale_name

ROOT = Path(__file__).resolve().parents[1]
LESSON_SOURCES = ROOT / "lessons" / "src"
LESSON_LOCALE = ROOT / "lessons" / "locale"
LIBRARY_TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
TRANSLATED = tuple(lang for lang in LANGUAGES if lang != "en")
_FIXED_DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)


def split_paragraphs(markdown: str) -> list[str]:
    """Split markdown into translatable blocks at blank lines, keeping code fences whole.

    >>> split_paragraphs("# Title\\n\\nOne line.\\nTwo lines.\\n\\n```\\na\\n\\nb\\n```")
    ['# Title', 'One line.\\nTwo lines.', '```\\na\\n\\nb\\n```']
    """
    blocks: list[str] = []
    current: list[str] = []
    in_fence = False
    for line in markdown.strip("\n").split("\n"):
        if line.strip().startswith("```"):
            in_fence = not in_fence
        if not line.strip() and not in_fence:
            if current:
                blocks.append("\n".join(current))
                current = []
            continue
        current.append(line)
    if current:
        blocks.append("\n".join(current))
    return blocks


def lesson_sources() -> list[Path]:
    """The lesson sources in course order."""
    return sorted(LESSON_SOURCES.glob("[0-9][0-9]-*.py"))


def _new_catalog(locale: str | None = None) -> Catalog:
    return Catalog(
        locale=locale,
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


def library_template() -> Catalog:
    """Extract the library's messages from ``funnelkit/**/*.py``."""
    catalog = _new_catalog()
    for path in sorted(Path(LOCALE_DIR.parent).rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        for _lineno, message, comments, context in extract_from_file(
            "python", path, comment_tags=("Translators:",), strip_comment_tags=True
        ):
            if isinstance(message, str) and message:
                catalog.add(message, locations=[(relative, None)], auto_comments=comments,
                            context=context)
    return catalog


def lesson_template(source: Path) -> Catalog:
    """One message per markdown paragraph of a lesson source."""
    catalog = _new_catalog()
    notebook = jupytext.read(source)
    relative = source.relative_to(ROOT).as_posix()
    for cell in notebook.cells:
        if cell.cell_type != "markdown":
            continue
        for block in split_paragraphs(cell.source):
            if _translatable(block):
                catalog.add(block, locations=[(relative, None)])
    return catalog


def _translatable(block: str) -> bool:
    """Blocks that are only code or only an image/link need no translation."""
    return not block.lstrip().startswith("```") and any(ch.isalpha() for ch in block)


def write_catalog(catalog: Catalog, path: Path) -> bool:
    """Write *catalog* deterministically; return True when the file changed."""
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


def merge(template: Catalog, po_path: Path, lang: str) -> Catalog:
    """The catalog at *po_path* updated to *template* (a new one if missing)."""
    if po_path.exists():
        catalog = read_catalog(po_path, lang)
    else:
        catalog = _new_catalog(locale_name(lang))
    catalog.update(template, update_creation_date=False)
    catalog.revision_date = _FIXED_DATE
    catalog.creation_date = _FIXED_DATE
    return catalog


@dataclass(frozen=True)
class CatalogPair:
    """A template and its per-language catalog paths."""

    name: str
    template_path: Path

    def po_path(self, lang: str) -> Path:
        if self.name == DOMAIN:
            return LOCALE_DIR / locale_name(lang) / "LC_MESSAGES" / f"{DOMAIN}.po"
        return LESSON_LOCALE / locale_name(lang) / f"{self.name}.po"

    def extract(self) -> Catalog:
        if self.name == DOMAIN:
            return library_template()
        return lesson_template(LESSON_SOURCES / f"{self.name}.py")


def catalog_pairs() -> list[CatalogPair]:
    """The library catalog and one per lesson."""
    pairs = [CatalogPair(DOMAIN, LIBRARY_TEMPLATE)]
    for source in lesson_sources():
        pairs.append(CatalogPair(source.stem, LESSON_LOCALE / "templates" / f"{source.stem}.pot"))
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


def progress(pair: CatalogPair, lang: str) -> Progress:
    """Count translated, fuzzy and missing messages (against the current template)."""
    template_ids = {m.id for m in pair.extract() if m.id}
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
    header = f"{'catalog':<24}" + "".join(f"{lang:>14}" for lang in TRANSLATED)
    lines = [header, "-" * len(header)]
    for pair in pairs:
        cells = []
        for lang in TRANSLATED:
            p = progress(pair, lang)
            percent = 100 * p.translated / p.total if p.total else 100.0
            cells.append(f"{percent:7.0f}% {p.fuzzy:>2}f")
        lines.append(f"{pair.name:<24}" + "".join(f"{cell:>14}" for cell in cells))
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
