"""Build the course notebooks: sources + catalogs -> executed notebooks per language.

A source is a jupytext percent script (``lessons/src/NN-slug.py`` or
``exercises/src/NN-slug.py``) with English prose in markdown cells and the code written
once. Exercise sources yield a student notebook (cells tagged ``solution`` and
``selftest`` removed) and a solution notebook (cells tagged ``student`` removed).
For each language and variant the build

1. translates every Markdown message (a run of whole top-level blocks, see
   :func:`tools.catalogs.split_paragraphs`) through ``<collection>/locale/<locale>/NN-slug.po``;
2. renders tagged cells consistently (``objectives``, ``keypoints``, ``instructor``,
   ``references``) with localised headings, and maps slide tags (``slide``,
   ``subslide``, ``fragment``, ``skip``, ``notes``) to slideshow metadata;
3. inserts the set-up cell ``funnelcourse.setup("<lang>")`` right after the objectives
   (the first code cell of every notebook);
4. executes the notebook in a fresh kernel with nbclient, storing outputs and widget state;
5. makes the result deterministic (fixed cell ids, renumbered widget model ids, no
   timing metadata) and records a hash of the notebook's own inputs in
   ``metadata.funnelkit``: the rendered, unexecuted notebook (source, Markdown
   translations, set-up cell, build rules), its question file, the translated messages of
   its catalog and of the course and library catalogs in its language, its exercise module
   and the bundled data. A library change that changes no output rebuilds nothing; strict
   nbval catches output drift.

``python -m tools.lessons build`` rebuilds what is stale; ``check`` lists stale notebooks.
"""

from __future__ import annotations

import argparse
import copy
import functools
import hashlib
import json
import sys
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient

from funnelcourse.course_map import heading, timing_line
from funnelkit.i18n import LANGUAGES
from tools.catalogs import (
    ROOT,
    all_sources,
    course_catalog,
    exercise_module,
    library_catalog,
    question_file,
    read_catalog,
    relative,
    source_catalog,
    split_paragraphs,
)

__all__ = ["Target", "build", "execute", "input_hash", "is_current", "render", "targets"]

DATA_DIRS = (ROOT / "funnelkit" / "data",)
SLIDE_TAGS = ("slide", "subslide", "fragment", "skip", "notes")
BOXES = {  # tag -> JupyterLab alert style
    "objectives": "info",
    "keypoints": "success",
    "instructor": "warning",
}
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
LANGUAGE_INFO = {
    "codemirror_mode": {"name": "ipython", "version": 3},
    "file_extension": ".py",
    "mimetype": "text/x-python",
    "name": "python",
    "nbconvert_exporter": "python",
    "pygments_lexer": "ipython3",
}
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


#: Which notebooks each collection yields, and which tagged cells each one drops.
VARIANTS = {
    "lessons": ("lesson", "instructor"),
    "exercises": ("student", "solution"),
    "instructors": ("guide",),
}
DROPPED = {
    "lesson": ("instructor",),
    "instructor": (),
    "student": ("solution", "selftest"),
    "solution": ("student",),
    "guide": (),
}
#: Variants a learner opens: a cell tagged ``prediction`` (the learner predicts, then
#: runs it) is executed but stored without its output there, so no stored output
#: answers the prediction. nbval runs it and does not compare its output.
LEARNER_VARIANTS = ("lesson", "student")
PREDICTION = "prediction"
#: Code a learner on the no-code path need not read (a quiz or widget call): its source
#: starts collapsed in JupyterLab (``source_hidden``); one click shows it.
COLLAPSED = "collapsed"
NBVAL_IGNORE_OUTPUT = "nbval-ignore-output"


@dataclass(frozen=True)
class Target:
    """One notebook to build: a source, a language and a variant.

    A lesson source yields the learner's lesson (instructor notes removed, predictions
    stored without their answer) and an instructor edition in
    ``instructors/<lang>/lessons/`` (notes and outputs kept; the slides are built from
    it). An exercise source yields a student notebook (solution and self-test cells
    removed) and a solution notebook (the answer keys, self-tests kept).
    """

    source: Path
    lang: str
    variant: str = "lesson"

    @property
    def slug(self) -> str:
        return self.source.stem

    @property
    def collection(self) -> Path:
        return self.source.parents[1]

    @property
    def path(self) -> Path:
        if self.variant == "instructor":
            return ROOT / "instructors" / self.lang / "lessons" / f"{self.slug}.ipynb"
        folder = self.collection / self.lang
        if self.variant == "solution":
            folder = folder / "solutions"
        return folder / f"{self.slug}.ipynb"

    @property
    def catalog_path(self) -> Path | None:
        return None if self.lang == "en" else source_catalog(self.source, self.lang)


def targets(slugs: Iterable[str] = (), langs: Iterable[str] = ()) -> list[Target]:
    """Every notebook to build, optionally filtered by slug prefix and language."""
    slugs, langs = tuple(slugs), tuple(langs) or LANGUAGES
    return [
        Target(source, lang, variant)
        for source in all_sources()
        if not slugs or any(source.stem.startswith(s) for s in slugs)
        for variant in VARIANTS[source.parents[1].name]
        for lang in langs
    ]


def translations(target: Target) -> dict[str, str]:
    """msgid -> msgstr for the target's language (empty for English); fuzzy ones are unused."""
    if target.catalog_path is None or not target.catalog_path.exists():
        return {}
    return dict(translations_of(target.catalog_path))


def _translate(markdown: str, table: dict[str, str]) -> str:
    """The markdown with every message replaced by its translation (blocks blank-separated)."""
    return "\n\n".join(table.get(block, block) for block in split_paragraphs(markdown))



def _tags(cell: nbformat.NotebookNode) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def _box(tag: str, body: str, lang: str, slug: str) -> str:
    title = f"**{heading(tag, lang)}**"
    if tag == "objectives":
        title += f"  \n*{timing_line(slug, lang)}*"
    return f'<div class="alert alert-block alert-{BOXES[tag]}">\n\n{title}\n\n{body}\n\n</div>'


def render(target: Target) -> nbformat.NotebookNode:
    """The unexecuted notebook for *target* (deterministic, no outputs)."""
    source = jupytext.read(target.source)
    table = translations(target)
    cells = []
    setup_after = next(
        (i for i, cell in enumerate(source.cells) if "objectives" in _tags(cell)), 0
    )
    for position, cell in enumerate(source.cells):
        tags = _tags(cell)
        if set(tags) & set(DROPPED[target.variant]):
            continue
        metadata: dict = {}
        slide = next((t for t in tags if t in SLIDE_TAGS), None)
        if "instructor" in tags and slide is None:
            slide = "notes"
        if slide:
            metadata["slideshow"] = {"slide_type": slide}
        kept = [t for t in tags if t not in SLIDE_TAGS]
        if PREDICTION in tags and target.variant in LEARNER_VARIANTS:
            kept.append(NBVAL_IGNORE_OUTPUT)
        if COLLAPSED in tags:
            metadata["jupyter"] = {"source_hidden": True}
        if kept:
            metadata["tags"] = kept
        if cell.cell_type == "markdown":
            text = _translate(cell.source, table)
            box = next((t for t in tags if t in BOXES), None)
            if box:
                text = _box(box, text, target.lang, target.slug)
            elif "references" in tags:
                text = f"### {heading('references', target.lang)}\n\n{text}"
            cells.append(nbformat.v4.new_markdown_cell(text, metadata=metadata))
        else:
            cells.append(nbformat.v4.new_code_cell(cell.source, metadata=metadata))
        if position == setup_after:
            cells.append(
                nbformat.v4.new_code_cell(
                    f'import funnelcourse\n\nfunnelcourse.setup("{target.lang}")',
                    metadata={"tags": ["setup"]},
                )
            )
    notebook = nbformat.v4.new_notebook(cells=cells)
    for index, cell in enumerate(notebook.cells):
        cell.id = f"cell-{index:03d}"
    notebook.metadata = {
        "kernelspec": dict(KERNELSPEC),
        "language_info": dict(LANGUAGE_INFO),
        "funnelkit": {"source": relative(target.source),
                      "variant": target.variant, "language": target.lang},
    }
    notebook.metadata["funnelkit"]["inputs"] = input_hash(target, notebook)
    return notebook


def input_files(target: Target) -> list[Path]:
    """The files besides the rendered notebook that can change the executed notebook.

    The question file, the translated catalogs of the target's language (its source's,
    the course's and the library's: question texts, headings and chart labels are
    translated at run time), the exercise module and the bundled data. A source whose code
    uses ``LANGUAGES`` shows text in every language (lesson 00's glossary and stage
    names), so it depends on every language's course and library catalogs. Library and
    course code is not among them: a code change that changes no output rebuilds nothing.
    """
    files = [question_file(target.source)]
    if target.lang != "en":
        files += [source_catalog(target.source, target.lang)]
    shown = LANGUAGES[1:] if _shows_every_language(target.source) else (
        () if target.lang == "en" else (target.lang,))
    for lang in shown:
        files += [course_catalog(lang), library_catalog(lang)]
    module = exercise_module(target.source)
    if module is not None:
        files.append(module)
    for folder in DATA_DIRS:
        files += sorted(p for p in folder.rglob("*") if p.is_file())
    return files


@functools.lru_cache(maxsize=64)
def _shows_every_language(source: Path) -> bool:
    return any("LANGUAGES" in cell.source for cell in jupytext.read(source).cells
               if cell.cell_type == "code")


def input_hash(target: Target, notebook: nbformat.NotebookNode | None = None) -> str:
    """A hash of the notebook's own inputs: its rendering and :func:`input_files`.

    *notebook* is ``render(target)`` (rendered when not given); its stored hash is left out.
    """
    if notebook is None:
        notebook = render(target)
    rendered = copy.deepcopy(notebook)
    rendered.metadata.get("funnelkit", {}).pop("inputs", None)
    digest = hashlib.sha256()
    digest.update(json.dumps(rendered, sort_keys=True, ensure_ascii=False).encode())
    for path in input_files(target):
        digest.update(b"\0" + relative(path).encode() + b"\0")
        if not path.exists():
            digest.update(b"<missing>")
        elif path.suffix == ".po":  # what a catalog says, not how a PO editor laid it out
            digest.update(json.dumps(translations_of(path), ensure_ascii=False).encode())
        else:
            digest.update(path.read_bytes())
    return digest.hexdigest()


def translations_of(path: Path) -> list[tuple[str, str]]:
    """The translated, non-fuzzy (msgid, msgstr) pairs of a PO file, sorted."""
    stat = path.stat()
    return list(_translations_of(path, stat.st_mtime_ns, stat.st_size))


@functools.lru_cache(maxsize=256)
def _translations_of(path: Path, _mtime_ns: int, _size: int) -> tuple[tuple[str, str], ...]:
    """:func:`translations_of`, read once per version of the file (``check`` reads the
    course and library catalogs for every notebook)."""
    return tuple(sorted(
        (m.id, m.string)
        for m in read_catalog(path)
        if isinstance(m.id, str) and m.id and isinstance(m.string, str) and m.string
        and not m.fuzzy
    ))


def _normalise(notebook: nbformat.NotebookNode, target: Target) -> nbformat.NotebookNode:
    """Strip volatile execution details and renumber widget model ids deterministically."""
    notebook.metadata["language_info"] = dict(LANGUAGE_INFO)
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    state = notebook.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    if not state:
        notebook.metadata.pop("widgets", None)
        return notebook
    text = json.dumps(notebook)
    for index, model_id in enumerate(list(state)):
        stable = hashlib.sha256(f"{target.slug}/{target.lang}/{index}".encode()).hexdigest()[:32]
        text = text.replace(model_id, stable)
    return nbformat.from_dict(json.loads(text))


def execute(notebook: nbformat.NotebookNode, target: Target, timeout: int = 600):
    """Run the notebook in a fresh kernel (cwd = its folder) and normalise the result."""
    notebook = copy.deepcopy(notebook)
    target.path.parent.mkdir(parents=True, exist_ok=True)
    client = NotebookClient(
        notebook,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(target.path.parent)}},
        record_timing=False,
        store_widget_state=True,
    )
    client.execute()
    if target.variant in LEARNER_VARIANTS:
        for cell in notebook.cells:
            if PREDICTION in _tags(cell):
                cell.outputs = []
                cell.execution_count = None
    return _normalise(notebook, target)


def write(notebook: nbformat.NotebookNode, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")


def is_current(target: Target) -> bool:
    """True when the committed notebook was built from the current inputs."""
    if not target.path.exists():
        return False
    stored = json.loads(target.path.read_text(encoding="utf-8"))
    return stored.get("metadata", {}).get("funnelkit", {}).get("inputs") == input_hash(target)


def _build_one(target: Target) -> Path:
    notebook = execute(render(target), target)
    write(notebook, target.path)
    print(f"built {target.path.relative_to(ROOT)}", flush=True)
    return target.path


def build(selected: list[Target], force: bool = False, jobs: int = 2) -> list[Path]:
    """Build and execute the stale notebooks among *selected* (*jobs* kernels at a time)."""
    stale = [target for target in selected if force or not is_current(target)]
    if jobs <= 1 or len(stale) <= 1:
        return [_build_one(target) for target in stale]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(_build_one, stale))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the course notebooks.")
    parser.add_argument("command", choices=["build", "check"])
    parser.add_argument("--lesson", action="append", default=[], help="slug prefix, e.g. 01")
    parser.add_argument("--lang", action="append", default=[], choices=LANGUAGES)
    parser.add_argument("--force", action="store_true", help="rebuild even if current")
    parser.add_argument("--jobs", type=int, default=2, help="notebooks executed at a time")
    args = parser.parse_args(argv)
    selected = targets(args.lesson, args.lang)
    if args.command == "check":
        stale = [t for t in selected if not is_current(t)]
        for target in stale:
            print(f"stale: {target.path.relative_to(ROOT)}")
        return 1 if stale else 0
    build(selected, force=args.force, jobs=args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())

