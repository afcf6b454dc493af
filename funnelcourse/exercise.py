"""Exercise notebooks: ``q1.check()``, ``q1.hint()``, ``q1.solution()`` and ``progress()``.

An exercise binds the notebook's namespace explicitly, as Kaggle Learn's
``binder.bind(globals())`` does, and each check reads the learner's variable from it:

>>> namespace = {}
>>> ex = exercise("02-sales-funnel", namespace)
>>> q1, q2, q3, q4, q5 = ex.questions
>>> q2.check().status
'not_attempted'
>>> namespace["decision_rate"] = 180 / 1_500
>>> q2.check().status
'correct'
>>> print(q2.check(18))
Not quite: your answer is too high.
"""

from __future__ import annotations

import html
import importlib
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from .checks import (
    compare,
    compare_frame,
    compare_function,
    compare_order,
    contains_blank,
    letters_problem,
)
from .i18n import N_, gettext
from .questions import CHOICE_KINDS, Question, questions

__all__ = ["Check", "Exercise", "Feedback", "exercise"]

STATUS_LABELS = {
    "correct": N_("correct"),
    "incorrect": N_("not yet correct"),
    "not_attempted": N_("not attempted"),
}
_COLOURS = {"correct": "#009E73", "incorrect": "#D55E00", "not_attempted": "#0072B2",
            "hint": "#56B4E9", "solution": "#555555"}
_MISSING = object()
_LETTERS = "abcdefghij"


@dataclass(frozen=True)
class Feedback:
    """What a check, hint or solution says; shown as coloured text in notebooks.

    ``bool(feedback)`` is True only for a correct answer.
    """

    status: str
    message: str

    def __bool__(self) -> bool:
        return self.status == "correct"

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return self.message

    def _repr_html_(self) -> str:
        colour = _COLOURS.get(self.status, "#555555")
        body = html.escape(self.message).replace("\n", "<br>")
        return (f'<div style="border-left: 4px solid {colour}; padding: 0.3em 0.8em" '
                f'role="status">{body}</div>')


class Check:
    """One exercise question with ``check()``, ``hint()`` and ``solution()``.

    *expected* is what the exercise module computes for the question: a zero-argument
    callable (or a plain value) for value, frame and order questions, the reference
    function for function questions, and nothing for choice questions.
    """

    def __init__(self, question: Question, namespace: MutableMapping[str, Any] | None = None,
                 expected: Any = None) -> None:
        if question.kind not in CHOICE_KINDS and expected is None:
            raise ValueError(f"{question.source}: question {question.key!r} has no expected "
                             "answer in its exercise module")
        self.question = question
        self.namespace = namespace
        self.expected = expected
        self.status = "not_attempted"
        self._hints_shown = 0

    def __repr__(self) -> str:
        return f"Check({self.question.key!r})"

    @property
    def letters(self) -> str:
        """The letters that name the options of a choice question."""
        return _LETTERS[: len(self.question.choices)]

    def _(self, text: str) -> str:
        return self.question.translate(text)

    # ---------------------------------------------------------------- learner API
    def prompt(self) -> str:
        """What the question asks, in the current language."""
        return self._(self.question.prompt)

    def options(self) -> str:
        """The options of a choice question, lettered, in the current language."""
        return "\n".join(f"{letter}) {self.question.choice_text(choice)}"
                         for letter, choice in zip(self.letters, self.question.choices,
                                                   strict=True))

    def check(self, answer: Any = _MISSING) -> Feedback:
        """Check *answer*, by default the variable ``var`` of the bound notebook."""
        if answer is _MISSING:
            answer = self._bound_answer()
            if answer is _MISSING:
                return self._record("not_attempted", gettext(
                    "Not attempted yet: define `{var}` in a cell above and run it, then "
                    "check again.").format(var=self.question.var))
        if contains_blank(answer) or (callable(answer) and _returns_blank(answer)):
            return self._record("not_attempted", gettext(
                "Not attempted yet: replace ____ with your answer and run the cell again."))
        try:
            problem = self._evaluate(answer)
        except Exception as error:  # the learner's answer failed inside the check
            problem = gettext("Your answer raised {error}: {detail}").format(
                error=type(error).__name__, detail=error)
        if problem is None:
            return self._record("correct", gettext("Correct!"))
        return self._record("incorrect", gettext("Not quite: {problem}").format(problem=problem))

    def hint(self, level: int | None = None) -> Feedback:
        """The next hint (or hint number *level*); hints get more concrete."""
        hints = self.question.hints
        if not hints:
            return Feedback("hint", gettext("There is no hint for this question."))
        if level is None:
            self._hints_shown = min(self._hints_shown + 1, len(hints))
            level = self._hints_shown
        if not 1 <= level <= len(hints):
            raise ValueError(f"{self.question.key}: hint level must be 1 to {len(hints)}, "
                             f"not {level}")
        return Feedback("hint", gettext("Hint {level} of {total}: {text}").format(
            level=level, total=len(hints), text=self._(hints[level - 1])))

    def solution(self) -> Feedback:
        """The worked solution."""
        return Feedback("solution", gettext("Solution: {text}").format(
            text=self._(self.question.solution)))

    # ------------------------------------------------------------- self-tests
    def assert_check_passes(self, answer: Any) -> None:
        """For solution notebooks and tests: the check must accept *answer*."""
        result = self.check(answer)
        if not result:
            raise AssertionError(f"{self.question.key}: check rejects the solution: {result}")

    def assert_check_fails(self, answer: Any) -> None:
        """For solution notebooks and tests: the check must reject a wrong *answer*."""
        result = self.check(answer)
        if result.status != "incorrect":
            raise AssertionError(f"{self.question.key}: check accepts the wrong answer "
                                 f"{answer!r}")
        self.status = "not_attempted"

    # ----------------------------------------------------------------- helpers
    def _bound_answer(self) -> Any:
        var = self.question.var
        if var is None:
            raise TypeError(f"{self.question.key}: pass your answer, e.g. check(answer)")
        if self.namespace is None:
            raise RuntimeError(f"{self.question.key}: this exercise is not bound to a notebook; "
                               "create it with exercise(slug, globals())")
        return self.namespace.get(var, _MISSING)

    def _record(self, status: str, message: str) -> Feedback:
        self.status = status
        return Feedback(status, message)

    def _expected(self) -> Any:
        return self.expected() if callable(self.expected) else self.expected

    def _evaluate(self, answer: Any) -> str | None:
        question, options = self.question, self.question.options
        rel_tol = float(options.get("rel_tol", 1e-6))
        if question.kind in CHOICE_KINDS:
            return self._evaluate_letters(answer)
        if question.kind == "value":
            return compare(answer, self._expected(), rel_tol, float(options.get("abs_tol", 1e-9)))
        if question.kind == "frame":
            return compare_frame(answer, self._expected(), options.get("columns"), rel_tol)
        if question.kind == "order":
            return compare_order(answer, list(self._expected()))
        return compare_function(answer, self.expected, options.get("cases", ()), rel_tol)

    def _evaluate_letters(self, answer: Any) -> str | None:
        chosen, problem = letters_problem(answer, self.letters)
        if problem is not None:
            return problem
        choices = self.question.choices
        right = {letter for letter, choice in zip(self.letters, choices, strict=True)
                 if choice.correct}
        if chosen == right:
            return None
        wrong = sorted(chosen - right)
        if wrong:
            return self._(choices[self.letters.index(wrong[0])].feedback)
        return gettext("some correct options are missing.")


def _returns_blank(function: Callable[..., Any]) -> bool:
    code = getattr(function, "__code__", None)
    return code is not None and "____" in code.co_names and len(code.co_names) <= 2


class Exercise:
    """The checks of one exercise notebook, bound to its namespace, with ``progress()``."""

    def __init__(self, slug: str, checks: list[Check]) -> None:
        self.slug = slug
        self.questions = checks

    def __iter__(self) -> Iterator[Check]:
        return iter(self.questions)

    def __repr__(self) -> str:
        return f"Exercise({self.slug!r}, {len(self.questions)} questions)"

    def progress(self) -> pd.DataFrame:
        """One row per question: its number, what it asks and whether it passes."""
        return pd.DataFrame(
            {
                "question": [f"q{index}" for index in range(1, len(self.questions) + 1)],
                "task": [check.prompt() for check in self.questions],
                "status": [gettext(STATUS_LABELS[check.status]) for check in self.questions],
            }
        )


def exercise(slug: str, namespace: MutableMapping[str, Any] | None = None) -> Exercise:
    """The exercise *slug* (``"02-sales-funnel"``), its checks reading *namespace*.

    In a notebook: ``ex = exercise("02-sales-funnel", globals())``. The expected
    answers come from ``funnelcourse.exercises.exNN``, computed with funnelkit.
    """
    module = importlib.import_module(f"funnelcourse.exercises.ex{slug[:2]}")
    expected: dict[str, Any] = getattr(module, "EXPECTED", {})
    found = questions(f"exercises/{slug}")
    unknown = sorted(set(expected) - {item.key for item in found})
    if unknown:
        raise ValueError(f"{module.__name__}.EXPECTED names questions that do not exist: "
                         f"{unknown}")
    return Exercise(slug, [Check(item, namespace, expected.get(item.key)) for item in found])


