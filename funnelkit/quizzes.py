"""The lessons' quiz questions, kept in the library like Kaggle Learn's checkers.

Lesson notebooks call ``quiz(lesson, key)``; the question text lives here, marked
for translation, so the code cell is identical in every language and the quiz
appears in the learner's language.

>>> from funnelkit.quizzes import question
>>> question("01-why-funnels", "narrowing").correct_options()
['12 %']
"""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import N_

__all__ = ["Choice", "Question", "QUESTIONS", "question", "quiz"]


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


QUESTIONS: dict[str, tuple[Question, ...]] = {
    "00-start-here": (
        Question(
            "how-to-run",
            N_("Which keys run the selected code cell and move on to the next one?"),
            (
                Choice(N_("Shift + Enter"), True,
                       N_("Right: Shift + Enter runs the cell, shows its result and selects "
                          "the next cell.")),
                Choice(N_("Ctrl + S"), False,
                       N_("Ctrl + S saves the notebook; it does not run any code.")),
                Choice(N_("Esc"), False,
                       N_("Esc only leaves the editing mode of the cell; nothing is run.")),
            ),
        ),
    ),
    "01-why-funnels": (
        Question(
            "narrowing",
            N_("The running-shoe shop has 10,000 people at Awareness and 1,200 at Interest. "
               "What is the conversion rate from Awareness to Interest?"),
            (
                Choice(N_("12 %"), True,
                       N_("Right: 1,200 divided by 10,000 is 0.12, a conversion rate of 12 %.")),
                Choice(N_("88 %"), False,
                       N_("88 % is the share that dropped off between the two stages, not the "
                          "share that converted.")),
                Choice(N_("1,200"), False,
                       N_("1,200 is the number of people at Interest; a conversion rate is a "
                          "share of the previous stage.")),
                Choice(N_("0.9 %"), False,
                       N_("0.9 % is the share of all 10,000 people who bought in the end, "
                          "from Awareness to Action.")),
            ),
        ),
    ),
}


def question(lesson: str, key: str) -> Question:
    """The question *key* of *lesson* (a lesson slug such as ``'01-why-funnels'``)."""
    try:
        questions = QUESTIONS[lesson]
    except KeyError:
        raise KeyError(f"no quiz for lesson {lesson!r}; lessons: {sorted(QUESTIONS)}") from None
    for item in questions:
        if item.key == key:
            return item
    keys = [item.key for item in questions]
    raise KeyError(f"lesson {lesson!r} has no question {key!r}; questions: {keys}")


def quiz(lesson: str, key: str):
    """The interactive quiz widget for one question, in the current language."""
    from .widgets import Quiz

    return Quiz.from_question(question(lesson, key))
