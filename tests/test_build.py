"""The build tools: Markdown cut into messages, re-cut translations kept, question and
exercise texts in each source's catalog, and notebooks stale only when their own inputs
change."""

from __future__ import annotations

import builtins
import io
import shutil
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

import tools.catalogs as catalogs
import tools.lessons as lessons
from tools.catalogs import (
    ROOT,
    lesson_template,
    merge,
    read_catalog,
    rejoin,
    split_paragraphs,
    translatable,
    write_catalog,
)
from tools.lessons import Target, input_hash, render, targets

BACKTICK_FENCE = "```python\nfunnel = [1000, 400]\n\n\nprint(funnel)\n```"
TILDE_FENCE = "~~~\nstage  count\n\nAwareness  1000\n~~~"
LOOSE_LIST = "- Awareness: people notice.\n\n- Interest: people look closer.\n\n- Action: they buy."
LIST_WITH_CODE = (
    "1. Load the data:\n\n       leads = load_leads()\n\n       leads.head()\n\n"
    "2. Count the stages:\n\n   ```python\n   counts = funnel_counts(leads)\n\n   counts\n   ```"
)
NESTED_LIST = "- Sales\n  - Awareness\n\n  - Interest\n- Marketing"
TABLE = "| Stage | Owner |\n|---|---|\n| Awareness | marketing |\n| Action | sales |"
HTML = '<div class="note">\nRead both articles before the quiz.\n</div>'
HTML_WITH_BLANK = "<!-- a note\n\nfor editors -->"
QUOTE = "> Article A: a system.\n>\n> Article B: a picture."
#: Top-level blocks, each one message; the source joins them with blank lines.
MESSAGES = [
    "# Heading",
    "A paragraph\nover two lines.",
    BACKTICK_FENCE,
    TILDE_FENCE,
    LOOSE_LIST,
    LIST_WITH_CODE,
    NESTED_LIST,
    TABLE,
    HTML,
    HTML_WITH_BLANK,
    QUOTE,
    "    indented code\n\n    more code",
    "Last paragraph.",
]
MARKDOWN = "\n\n".join(MESSAGES)


def test_markdown_is_cut_into_whole_top_level_blocks():
    assert split_paragraphs(MARKDOWN) == MESSAGES


def test_extra_blank_lines_between_blocks_do_not_matter():
    spaced = "\n\n\n# Heading\n\n\n\nText.\n  \n- a\n\n- b\n\n\n"
    assert split_paragraphs(spaced) == ["# Heading", "Text.", "- a\n\n- b"]


def test_blocks_without_a_blank_line_between_stay_one_message():
    """As with the blank-line cut, so existing messages keep their msgid."""
    assert split_paragraphs("## Title\nText right below.\n- a list\n- right below") == [
        "## Title\nText right below.\n- a list\n- right below"
    ]


def test_code_and_letterless_blocks_are_not_translated():
    untranslated = {BACKTICK_FENCE, TILDE_FENCE, "    indented code\n\n    more code"}
    assert [m for m in MESSAGES if not translatable(m)] == [
        m for m in MESSAGES if m in untranslated
    ]
    assert not translatable("| 1 | 2 |\n|---|---|\n| 3 | 4 |")
    assert not translatable("<div>\n\n</div>") and not translatable("---")
    assert translatable(LIST_WITH_CODE) and translatable(HTML)


def _source(tmp_path: Path, markdown: str, collection: str = "lessons") -> Path:
    source = tmp_path / collection / "src" / "01-test.py"
    source.parent.mkdir(parents=True)
    cell = "\n".join(f"# {line}".rstrip() for line in markdown.split("\n"))
    source.write_text(f"# %% [markdown]\n{cell}\n\n# %%\nx = 1\n", encoding="utf-8")
    return source


def _po(path: Path, translations: dict[str, str], lang: str = "de") -> Path:
    catalog = Catalog(locale=lang)
    for msgid, msgstr in translations.items():
        catalog.add(msgid, msgstr)
    write_catalog(catalog, path)
    return path


def _translated(message: str) -> str:
    """A fake translation that keeps markup and code: letters outside code upper-cased."""
    return "\n".join(
        line if line.startswith("    ") or "`" in line or line.startswith("~") else line.upper()
        for line in message.split("\n")
    )


def test_template_holds_the_translatable_messages(tmp_path):
    source = _source(tmp_path, MARKDOWN)
    ids = [m.id for m in lesson_template(source) if m.id]
    assert ids == [m for m in MESSAGES if translatable(m)]


def test_render_reassembles_the_translated_markdown(tmp_path):
    source = _source(tmp_path, MARKDOWN)
    table = {m: _translated(m) for m in MESSAGES if translatable(m)}
    _po(catalogs.source_catalog(source, "de"), table)
    cells = render(Target(source, "de")).cells
    expected = "\n\n".join(table.get(m, m) for m in MESSAGES)
    assert cells[0].source == expected
    assert split_paragraphs(cells[0].source) == [table.get(m, m) for m in MESSAGES]
    assert render(Target(source, "en")).cells[0].source == MARKDOWN


def test_setup_cell_sets_up_the_course(tmp_path):
    source = _source(tmp_path, "# Title")
    setup = render(Target(source, "zh-Hant")).cells[1]
    assert setup.source == 'import funnelcourse\n\nfunnelcourse.setup("zh-Hant")'
    assert setup.metadata["tags"] == ["setup"]


# --- re-cut messages keep their translations ----------------------------------------

OLD_PIECES = {
    "- Awareness: people notice.": "- Aufmerksamkeit: Menschen bemerken es.",
    "- Interest: people look closer.": "- Interesse: Menschen sehen genauer hin.",
    "- Action: they buy.": "- Handlung: Sie kaufen.",
}


def test_rejoin_joins_old_translations_with_the_same_separators():
    message = "- a\n\n\n- b\n  \n  continued\n\n```\nx = 1\n\ny = 2\n```"
    old = {"- a": "- A", "- b": "- B", "  continued": "  FORTGESETZT"}
    assert rejoin(message, old) == (
        "- A\n\n\n- B\n  \n  FORTGESETZT\n\n```\nx = 1\n\ny = 2\n```"
    )
    assert rejoin(message, {"- a": "- A"}) is None, "every piece must be translated"
    assert rejoin("one paragraph", {"one paragraph": "ein Absatz"}) is None


def test_merge_keeps_translations_of_a_re_cut_list(tmp_path):
    po_path = _po(tmp_path / "de" / "01-test.po", {**OLD_PIECES, "# Heading": "# Überschrift"})
    template = Catalog()
    for msgid in ("# Heading", LOOSE_LIST, "A new paragraph."):
        template.add(msgid)
    merged = {m.id: m for m in merge(template, po_path, "de") if m.id}
    assert set(merged) == {"# Heading", LOOSE_LIST, "A new paragraph."}
    assert merged[LOOSE_LIST].string == "\n\n".join(OLD_PIECES.values())
    assert not merged[LOOSE_LIST].fuzzy and not merged[LOOSE_LIST].previous_id
    assert merged["# Heading"].string == "# Überschrift"
    assert not merged["A new paragraph."].string or merged["A new paragraph."].fuzzy


def test_merge_does_not_join_fuzzy_or_missing_pieces(tmp_path):
    po_path = tmp_path / "de" / "01-test.po"
    catalog = Catalog(locale="de")
    pieces = list(OLD_PIECES.items())
    catalog.add(pieces[0][0], pieces[0][1])
    catalog.add(pieces[1][0], pieces[1][1], flags=["fuzzy"])
    catalog.add(pieces[2][0], pieces[2][1])
    write_catalog(catalog, po_path)
    template = Catalog()
    template.add(LOOSE_LIST)
    merged = {m.id: m for m in merge(template, po_path, "de") if m.id}
    assert merged[LOOSE_LIST].fuzzy or not merged[LOOSE_LIST].string


# --- question files and exercise modules ---------------------------------------------

QUESTIONS = """\
- key: aida-desire
  kind: single
  prompt: What did the D stand for?
  choices:
    - text: Decision
      feedback: Decision is this course's name.
    - text: Desire
      correct: true
      feedback: "Right: Desire."
- key: rate
  kind: value
  var: rate
  prompt: Compute the rate.
  hints: [Divide., Divide the later stage by the earlier one.]
  solution: "`rate = 0.4`"
  rel_tol: 1.0e-6
"""


def test_source_catalog_holds_markdown_then_questions_then_exercise_strings(
    tmp_path, monkeypatch
):
    source = _source(tmp_path, "# Exercise\n\nSome text.", collection="exercises")
    source.with_name("01-test.questions.yml").write_text(QUESTIONS, encoding="utf-8")
    modules = tmp_path / "funnelcourse" / "exercises"
    modules.mkdir(parents=True)
    (modules / "ex01.py").write_text(
        'from funnelcourse.i18n import N_\n\nTACTICS = [N_("free trials"), N_("Desire")]\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(catalogs, "EXERCISE_MODULES", modules)
    messages = [(m.id, m.auto_comments) for m in lesson_template(source) if m.id]
    assert messages == [
        ("# Exercise", []),
        ("Some text.", []),
        ("What did the D stand for?", ["question aida-desire, prompt"]),
        ("Decision", ["question aida-desire, choice 1 text"]),
        ("Decision is this course's name.", ["question aida-desire, choice 1 feedback"]),
        ("Desire", ["question aida-desire, choice 2 text"]),
        ("Right: Desire.", ["question aida-desire, choice 2 feedback"]),
        ("Compute the rate.", ["question rate, prompt"]),
        ("Divide.", ["question rate, hint 1"]),
        ("Divide the later stage by the earlier one.", ["question rate, hint 2"]),
        ("`rate = 0.4`", ["question rate, solution"]),
        ("free trials", []),
    ]


def test_course_catalog_leaves_exercise_modules_to_their_exercise():
    locations = {
        path for message in catalogs.course_template() for path, _line in message.locations
    }
    assert locations, "the course package has translatable strings"
    assert all(path.startswith("funnelcourse/") for path in locations)
    assert not any(path.startswith("funnelcourse/exercises/ex") for path in locations)
    library = {path for message in catalogs.library_template() for path, _ in message.locations}
    assert all(path.startswith("funnelkit/") for path in library)


def test_status_lists_every_catalog():
    table = catalogs.status_table()
    for name in ("funnelkit", "funnelcourse", "lessons/02-sales-funnel", "instructors/00-guide"):
        assert f"\n{name} " in table


# --- staleness ------------------------------------------------------------------------

TARGETS = targets()


@pytest.fixture(scope="module")
def hashes() -> dict[Target, str]:
    return {target: input_hash(target) for target in TARGETS}


def test_hash_covers_the_rendered_notebook_but_not_itself():
    target = Target(ROOT / "lessons" / "src" / "02-sales-funnel.py", "de")
    notebook = render(target)
    assert notebook.metadata["funnelkit"]["inputs"] == input_hash(target, notebook)
    notebook.cells[0].source += "\n\nChanged."
    assert input_hash(target, notebook) != notebook.metadata["funnelkit"]["inputs"]


def _is_code(path: Path, package: str) -> bool:
    folder = ROOT / package
    return path.suffix == ".py" and path.is_relative_to(folder) and "exercises" not in path.parts


def test_editing_library_or_course_code_makes_nothing_stale(hashes, monkeypatch):
    """Every funnelkit/**/*.py and funnelcourse/*.py reads as edited: no hash changes."""
    real_open = builtins.open
    edited = []

    def open_edited(file, mode="r", *args, **kwargs):
        path = Path(file) if isinstance(file, (str, Path)) else None
        if path is not None and (_is_code(path, "funnelkit") or _is_code(path, "funnelcourse")):
            edited.append(path)
            with real_open(file, "rb") as handle:
                data = handle.read() + b"\n# edited\n"
            return io.BytesIO(data) if "b" in mode else io.StringIO(data.decode())
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", open_edited)
    monkeypatch.setattr(io, "open", open_edited)
    lessons._translations_of.cache_clear()
    assert {target: input_hash(target) for target in TARGETS} == hashes
    assert not edited, f"the hash reads library or course code: {edited[:3]}"


def test_editing_a_source_catalog_makes_only_its_notebooks_stale(hashes, tmp_path, monkeypatch):
    source = ROOT / "lessons" / "src" / "02-sales-funnel.py"
    real = catalogs.source_catalog(source, "nl")
    copy = tmp_path / real.name
    shutil.copy(real, copy)
    catalog = read_catalog(copy, "nl")
    message = next(m for m in catalog if m.id and m.string)
    message.string += " (bewerkt)"
    write_catalog(catalog, copy)
    real_source_catalog = lessons.source_catalog

    def patched(path: Path, lang: str) -> Path:
        return copy if (path, lang) == (source, "nl") else real_source_catalog(path, lang)

    monkeypatch.setattr(lessons, "source_catalog", patched)
    stale = {target for target in TARGETS if input_hash(target) != hashes[target]}
    assert stale == {target for target in TARGETS if (target.source, target.lang) == (source, "nl")}
    assert stale


def test_exercise_notebooks_depend_on_their_exercise_module():
    target = Target(ROOT / "exercises" / "src" / "02-sales-funnel.py", "en", "student")
    assert ROOT / "funnelcourse" / "exercises" / "ex02.py" in lessons.input_files(target)
    assert ROOT / "exercises" / "src" / "02-sales-funnel.questions.yml" in lessons.input_files(
        target
    )
    lesson = Target(ROOT / "lessons" / "src" / "02-sales-funnel.py", "en")
    assert not any(path.suffix == ".py" for path in lessons.input_files(lesson))



def test_a_lesson_that_shows_every_language_depends_on_every_languages_catalogs():
    from tools.lessons import input_files

    start_here = next(t for t in targets(["00"]) if t.lang == "en" and t.variant == "lesson")
    files = {path.relative_to(ROOT).as_posix() for path in input_files(start_here)}
    assert "funnelcourse/locale/de/LC_MESSAGES/funnelcourse.po" in files
    assert "funnelkit/locale/ru/LC_MESSAGES/funnelkit.po" in files
    why_funnels = next(t for t in targets(["01"]) if t.lang == "en" and t.variant == "lesson")
    assert not any("locale" in path.as_posix() for path in input_files(why_funnels))
