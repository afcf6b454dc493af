"""The lessons' quiz questions, kept in the library like Kaggle Learn's checkers.

Lesson notebooks call ``quiz(lesson, key)``; the question text lives in one module
per lesson (``funnelkit/quizzes/lesson01.py`` holds ``QUESTIONS`` for lesson 01),
marked for translation, so the code cell is identical in every language and the
quiz appears in the learner's language.

>>> from funnelkit.quizzes import question
>>> question("01-why-funnels", "narrowing").correct_options()
['12 %']
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

__all__ = ["Choice", "Question", "question", "questions", "quiz"]


@dataclass(frozen=True)
class Choice:
    """An answer option, whether it is right, and why (shown after checking)."""

    text: str
    correct: bool
    explanation: str


@dataclass(frozen=True)
class Question:
    """A quiz question. ``kind`` is ``"single"``, ``"multiple"`` or ``"true_false"``."""

    key: str
    prompt: str
    choices: tuple[Choice, ...]
    kind: str = "single"

    def __post_init__(self) -> None:
        if self.kind not in ("single", "multiple", "true_false"):
            raise ValueError(f"question {self.key!r}: unknown kind {self.kind!r}")
        right = sum(choice.correct for choice in self.choices)
        if right == 0 or (self.kind != "multiple" and right != 1):
            raise ValueError(f"question {self.key!r}: {right} correct options for a {self.kind} "
                             "question")

    def correct_options(self) -> list[str]:
        """The English texts of the correct options."""
        return [choice.text for choice in self.choices if choice.correct]


def questions(lesson: str) -> tuple[Question, ...]:
    """All quiz questions of *lesson* (a slug such as ``'01-why-funnels'``)."""
    try:
        module = importlib.import_module(f"{__name__}.lesson{lesson[:2]}")
    except ModuleNotFoundError:
        raise KeyError(f"no quiz module for lesson {lesson!r}") from None
    return module.QUESTIONS


def question(lesson: str, key: str) -> Question:
    """The question *key* of *lesson* (a lesson slug such as ``'01-why-funnels'``)."""
    found = questions(lesson)
    for item in found:
        if item.key == key:
            return item
    keys = [item.key for item in found]
    raise KeyError(f"lesson {lesson!r} has no question {key!r}; questions: {keys}")


def quiz(lesson: str, key: str):
    """The interactive quiz widget for one question, in the current language."""
    from ..widgets import Quiz

    return Quiz.from_question(question(lesson, key))
