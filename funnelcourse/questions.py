"""The question model shared by lesson quizzes and exercise checks.

Questions are data: a lesson's or an exercise's questions live in a YAML file beside its
source (``lessons/src/02-sales-funnel.questions.yml``), in English, and are translated
through that source's own catalog. A :class:`Question` keeps the English texts and
knows which catalog translates them.

>>> item = question("lessons/02-sales-funnel", "aida-desire")
>>> item.kind, [choice.text for choice in item.correct_choices()]
('single', ['Desire'])
>>> item.choice_text(item.choices[1], "de")
'Desire (Verlangen)'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .i18n import COURSE_ROOT, gettext

__all__ = ["KINDS", "CHOICE_KINDS", "LEVELS", "Choice", "Question", "question", "questions",
           "questions_file"]

#: Kinds answered by choosing options, and kinds answered with a value in a variable.
CHOICE_KINDS = ("single", "multiple", "true_false")
KINDS = (*CHOICE_KINDS, "value", "frame", "function", "order")
#: What a question asks of the learner: to remember, to apply a concept to a new
#: situation or numbers, or to analyse (compare, find the flaw, decide from evidence).
LEVELS = ("recall", "apply", "analyse")

_FIELDS = {"key", "kind", "prompt", "choices", "var", "hints", "solution", "rel_tol",
           "abs_tol", "columns", "cases", "assesses", "level"}


@dataclass(frozen=True)
class Choice:
    """An answer option, whether it is right, and the feedback shown for it.

    *context* (a gettext message context) keeps an option's translation apart from the
    same English word elsewhere, so a distractor such as "Decision" stays a distractor.
    """

    text: str
    correct: bool = False
    feedback: str = ""
    context: str | None = None


@dataclass(frozen=True)
class Question:
    """One question of a lesson quiz or an exercise (English source texts).

    *source* (``"exercises/02-sales-funnel"``) names the catalog that translates it.
    Choice questions have *choices*; the others are checked against what the
    exercise module computes. *options* holds check settings such as ``rel_tol``,
    ``columns`` and ``cases``. *assesses* lists the numbers (from 1) of the learning
    objectives of the lesson with the same number that the question tests, and *level*
    is one of :data:`LEVELS`.
    """

    source: str
    key: str
    kind: str
    prompt: str
    choices: tuple[Choice, ...] = ()
    var: str | None = None
    hints: tuple[str, ...] = ()
    solution: str = ""
    options: Mapping[str, Any] = field(default_factory=dict)
    assesses: tuple[int, ...] = ()
    level: str | None = None

    def __post_init__(self) -> None:
        where = f"{self.source}: question {self.key!r}"
        if self.kind not in KINDS:
            raise ValueError(f"{where}: kind must be one of {list(KINDS)}, not {self.kind!r}")
        if not self.prompt:
            raise ValueError(f"{where}: the prompt is empty")
        if self.level is not None and self.level not in LEVELS:
            raise ValueError(f"{where}: level must be one of {list(LEVELS)}, not {self.level!r}")
        if any(not isinstance(number, int) or number < 1 for number in self.assesses):
            raise ValueError(f"{where}: assesses lists objective numbers from 1, "
                             f"got {list(self.assesses)}")
        if self.kind in CHOICE_KINDS:
            right = sum(choice.correct for choice in self.choices)
            if len(self.choices) < 2:
                raise ValueError(f"{where}: a {self.kind} question needs at least two choices")
            if right == 0 or (self.kind != "multiple" and right != 1):
                raise ValueError(f"{where}: {right} correct choices for a {self.kind} question")
            missing = [choice.text for choice in self.choices if not choice.feedback]
            if missing:
                raise ValueError(f"{where}: choices without feedback: {missing}")
        elif self.choices:
            raise ValueError(f"{where}: a {self.kind} question has no choices")

    def translate(self, text: str, lang: str | None = None, *,
                  context: str | None = None) -> str:
        """*text* (one of this question's texts) in *lang*, through its source's catalog."""
        return gettext(text, lang, source=self.source, context=context)

    def choice_text(self, choice: Choice, lang: str | None = None) -> str:
        """The option's text in *lang* (in its own message context, if it has one)."""
        return self.translate(choice.text, lang, context=choice.context)

    def correct_choices(self) -> list[Choice]:
        """The right options, in order."""
        return [choice for choice in self.choices if choice.correct]


def questions_file(source: str) -> Path:
    """The question file of a source such as ``"lessons/02-sales-funnel"``."""
    collection, slug = source.split("/")
    return COURSE_ROOT / collection / "src" / f"{slug}.questions.yml"


def _choice(where: str, raw: Any) -> Choice:
    if not isinstance(raw, dict) or "text" not in raw:
        raise ValueError(f"{where}: each choice needs a 'text', got {raw!r}")
    unknown = set(raw) - {"text", "correct", "feedback", "context"}
    if unknown:
        raise ValueError(f"{where}: unknown choice fields {sorted(unknown)}")
    context = raw.get("context")
    return Choice(str(raw["text"]), bool(raw.get("correct", False)), str(raw.get("feedback", "")),
                  None if context is None else str(context))


@cache
def questions(source: str) -> tuple[Question, ...]:
    """Every question of a lesson or exercise source, in file order.

    >>> [item.key for item in questions("lessons/00-start-here")][:3]
    ['how-to-run', 'language', 'course-map']
    """
    path = questions_file(source)
    if not path.exists():
        raise KeyError(f"{source!r} has no question file ({path.name})")
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(raw, list):
        raise ValueError(f"{path.name}: expected a list of questions")
    found: list[Question] = []
    for entry in raw:
        where = f"{path.name}: question {entry.get('key', '?')!r}"
        unknown = set(entry) - _FIELDS
        if unknown:
            raise ValueError(f"{where}: unknown fields {sorted(unknown)}")
        options = {name: entry[name] for name in ("rel_tol", "abs_tol", "columns", "cases")
                   if name in entry}
        found.append(Question(
            source=source,
            key=str(entry["key"]),
            kind=str(entry.get("kind", "single")),
            prompt=str(entry.get("prompt", "")),
            choices=tuple(_choice(where, choice) for choice in entry.get("choices", ())),
            var=entry.get("var"),
            hints=tuple(str(hint) for hint in entry.get("hints", ())),
            solution=str(entry.get("solution", "")),
            options=options,
            assesses=tuple(entry.get("assesses", ())),
            level=entry.get("level"),
        ))
    keys = [item.key for item in found]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        raise ValueError(f"{path.name}: duplicate question keys {duplicates}")
    return tuple(found)


def question(source: str, key: str) -> Question:
    """The question *key* of *source* (``"lessons/02-sales-funnel"``)."""
    found = questions(source)
    for item in found:
        if item.key == key:
            return item
    raise KeyError(f"{source!r} has no question {key!r}; questions: {[q.key for q in found]}")
