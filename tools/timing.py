"""How long a lesson takes: a documented estimate the stated timings are checked against.

The estimate counts what a learner does in the learner's notebook (instructor notes are
not in it) and gives each activity a time:

* **reading**: the English words of the Markdown cells at :data:`WORDS_PER_MINUTE`, a
  careful study pace for a reader working in a second language (fluent readers of easy
  text manage 200-250 words a minute; study reading of new material in a second language
  is commonly put at 100-150);
* **code cells**: :data:`MINUTES_PER_CODE_CELL` each, to read the code, run it and look at
  the result;
* **quiz items** (``quiz(...)`` cells): :data:`MINUTES_PER_QUIZ` each;
* **interactive widgets** (explorers, what-if, stage ordering): :data:`MINUTES_PER_WIDGET`
  each, to try a few settings;
* **exercise questions**: :data:`MINUTES_PER_EXERCISE_QUESTION` each, on top of reading the
  exercise notebook.

The lessons' stated minutes (:data:`funnelcourse.course_map.LESSONS`) must lie within
:data:`TOLERANCE` of the estimate; ``python -m tools.timing`` prints the table.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import jupytext

from funnelcourse.course_map import LESSONS
from tools.catalogs import ROOT

__all__ = ["Estimate", "estimate", "estimates", "main"]

WORDS_PER_MINUTE = 130
MINUTES_PER_CODE_CELL = 1.0
MINUTES_PER_QUIZ = 1.5
MINUTES_PER_WIDGET = 3.0
MINUTES_PER_EXERCISE_QUESTION = 3.0
TOLERANCE = 0.30

_WIDGETS = re.compile(r"^(FunnelExplorer|FunnelComparison|EventFunnelExplorer|WhatIf|StageOrder)\(",
                      re.M)
_QUIZ = re.compile(r"^quiz\(", re.M)
_SKIPPED = {"instructor", "solution", "selftest", "skip"}


@dataclass(frozen=True)
class Estimate:
    """What one notebook asks of a learner, and the minutes that takes."""

    words: int
    code_cells: int
    quizzes: int
    widgets: int
    questions: int = 0

    @property
    def minutes(self) -> float:
        return (self.words / WORDS_PER_MINUTE + self.code_cells * MINUTES_PER_CODE_CELL
                + self.quizzes * MINUTES_PER_QUIZ + self.widgets * MINUTES_PER_WIDGET
                + self.questions * MINUTES_PER_EXERCISE_QUESTION)


def _words(markdown: str) -> int:
    text = re.sub(r"```.*?```|~~~.*?~~~", " ", markdown, flags=re.S)
    text = re.sub(r"<[^>]+>|`[^`]*`", " ", text)
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’-]*", text))


def estimate(source: Path) -> Estimate:
    """The estimate for one lesson or exercise source (its learner notebook).

    >>> estimate(ROOT / "lessons" / "src" / "01-why-funnels.py").quizzes >= 1
    True
    """
    notebook = jupytext.read(source)
    words = code = quizzes = widgets = checks = 0
    for cell in notebook.cells:
        tags = set(cell.metadata.get("tags", []))
        if tags & _SKIPPED:
            continue
        if cell.cell_type == "markdown":
            words += _words(cell.source)
            continue
        found_quizzes = len(_QUIZ.findall(cell.source))
        found_checks = len(re.findall(r"^q\d+\.check\(\)", cell.source, flags=re.M))
        quizzes += found_quizzes
        widgets += len(_WIDGETS.findall(cell.source))
        checks += found_checks
        # A quiz cell counts as a quiz; an answer cell and its check as the question's time.
        if not (found_quizzes or found_checks or "student" in tags):
            code += 1
    return Estimate(words, code, quizzes, widgets, checks)


def estimates() -> list[tuple[str, int, float, int, float]]:
    """(lesson, stated teaching, estimated teaching, stated exercises, estimated exercises)."""
    rows = []
    for entry in LESSONS:
        lesson = estimate(ROOT / "lessons" / "src" / f"{entry.slug}.py").minutes
        exercise_source = ROOT / "exercises" / "src" / f"{entry.slug}.py"
        exercise = estimate(exercise_source).minutes if exercise_source.exists() else 0.0
        rows.append((entry.slug, entry.teaching_minutes, lesson, entry.exercise_minutes,
                     exercise))
    return rows


def main() -> int:
    print(f"{'lesson':<32}{'teaching':>10}{'estimate':>10}{'exercises':>11}{'estimate':>10}")
    for slug, teaching, lesson, exercises, exercise in estimates():
        print(f"{slug:<32}{teaching:>10}{lesson:>10.0f}{exercises:>11}{exercise:>10.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
