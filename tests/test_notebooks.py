"""The generated notebooks: present, current, single-sourced, clean and small.

nbval (run by `make test` on lessons/) proves that the stored outputs reproduce, so a
library change that changes an output fails there; these tests prove each notebook was
built from its own current inputs (source, question file, catalogs, exercise module, data).
"""

from __future__ import annotations

import json
import re

import jupytext
import pytest

from funnelkit.i18n import LANGUAGES
from tools.catalogs import all_sources, lesson_sources
from tools.lessons import VARIANTS, Target, render, targets

TARGETS = targets()
IDS = [f"{t.slug}-{t.variant}-{t.lang}" for t in TARGETS]
SOURCE_VARIANTS = [
    (source, variant) for source in all_sources() for variant in VARIANTS[source.parents[1].name]
]
MAX_BYTES = 1_000_000


def _load(target) -> dict:
    assert target.path.exists(), f"{target.path} is missing: run make lessons"
    return json.loads(target.path.read_text(encoding="utf-8"))


def test_every_lesson_exists_in_every_language():
    assert lesson_sources(), "no lesson sources found"
    for source, variant in SOURCE_VARIANTS:
        for lang in LANGUAGES:
            path = Target(source, lang, variant).path
            assert path.exists(), f"{path} is missing: run make lessons"


@pytest.mark.parametrize("target", TARGETS, ids=IDS)
def test_notebook_is_built_from_current_inputs(target):
    stored = _load(target)
    fresh = render(target)
    assert stored["metadata"]["funnelkit"] == fresh.metadata["funnelkit"], (
        f"{target.path} is stale (its source, question file, catalogs, exercise module or data "
        "changed): run make lessons"
    )
    assert [(c["cell_type"], c["source"], c["metadata"]) for c in stored["cells"]] == [
        (c.cell_type, c.source, dict(c.metadata)) for c in fresh.cells
    ]
    assert stored["metadata"]["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("target", TARGETS, ids=IDS)
def test_first_code_cell_sets_the_language(target):
    code = [c for c in _load(target)["cells"] if c["cell_type"] == "code"]
    assert f'funnelcourse.setup("{target.lang}")' in code[0]["source"]


@pytest.mark.parametrize(
    ("source", "variant"), SOURCE_VARIANTS, ids=[f"{s.stem}-{v}" for s, v in SOURCE_VARIANTS]
)
def test_code_is_identical_across_languages_except_the_language_line(source, variant):
    def code(lang):
        notebook = json.loads(Target(source, lang, variant).path.read_text(encoding="utf-8"))
        cells = [c["source"] for c in notebook["cells"] if c["cell_type"] == "code"]
        return [re.sub(r'setup\("[^"]+"\)', "setup(LANG)", c) for c in cells]

    english = code("en")
    for lang in LANGUAGES[1:]:
        assert code(lang) == english, f"{source.stem} ({variant}): code differs in {lang}"


@pytest.mark.parametrize("target", TARGETS, ids=IDS)
def test_outputs_are_clean_and_small(target):
    notebook = _load(target)
    assert target.path.stat().st_size <= MAX_BYTES, f"{target.path} exceeds 1 MB"
    for index, cell in enumerate(notebook["cells"]):
        for output in cell.get("outputs", []):
            where = f"{target.path.name} cell {index}"
            assert output["output_type"] != "error", f"error output in {where}"
            assert output.get("name") != "stderr", f"stderr (warning?) in {where}"
            text = json.dumps(output.get("data", {})) + "".join(output.get("text", ""))
            assert "Warning" not in text, f"a warning is printed in {where}"
            assert "http://" not in text and "cdn." not in text, f"network resource in {where}"
    executed = [c for c in notebook["cells"] if c["cell_type"] == "code"
                and "prediction" not in c["metadata"].get("tags", [])]  # stored blank on purpose
    assert all(c["execution_count"] for c in executed), "notebook was not executed in full"


def test_course_map_lists_exactly_the_lessons_and_exercises_that_exist():
    from funnelcourse.course_map import LESSONS

    slugs = [entry.slug for entry in LESSONS]
    assert slugs == [source.stem for source in lesson_sources()]
    exercises = [source.stem for source in all_sources() if source.parents[1].name == "exercises"]
    assert exercises == [entry.slug for entry in LESSONS if entry.exercise_minutes], (
        "every lesson with exercise minutes has one exercise notebook, and only those")


LEARNER_TARGETS = [t for t in TARGETS if t.variant in ("lesson", "student")]


@pytest.mark.parametrize("target", LEARNER_TARGETS,
                         ids=[f"{t.slug}-{t.variant}-{t.lang}" for t in LEARNER_TARGETS])
def test_learner_notebooks_hold_no_instructor_note_and_no_answered_prediction(target):
    cells = _load(target)["cells"]
    tags = [set(cell["metadata"].get("tags", [])) for cell in cells]
    assert not any("instructor" in cell_tags for cell_tags in tags), (
        f"{target.path} shows an instructor note to learners")
    for cell, cell_tags in zip(cells, tags, strict=True):
        if "prediction" in cell_tags:
            assert cell["outputs"] == [], f"{target.path}: a prediction's answer is stored"
            assert "nbval-ignore-output" in cell_tags


def test_every_lesson_has_an_instructor_edition_with_its_notes():
    editions = [t for t in TARGETS if t.variant == "instructor"]
    assert len(editions) == len(lesson_sources()) * len(LANGUAGES)
    for target in editions:
        assert target.path.parent.as_posix().endswith(f"instructors/{target.lang}/lessons")
        in_source = sum("instructor" in cell.metadata.get("tags", [])
                        for cell in jupytext.read(target.source).cells)
        stored = sum("instructor" in cell["metadata"].get("tags", [])
                     for cell in _load(target)["cells"])
        assert stored == in_source, f"{target.path}: {stored} of {in_source} instructor notes"


def test_quiz_and_widget_cells_start_collapsed():
    for target in (t for t in TARGETS if t.variant == "lesson" and t.lang == "en"):
        for cell in _load(target)["cells"]:
            if cell["cell_type"] == "code" and cell["source"].lstrip().startswith("quiz("):
                assert cell["metadata"].get("jupyter", {}).get("source_hidden") is True, (
                    f"{target.path}: {cell['source'][:40]!r} is not collapsed")
