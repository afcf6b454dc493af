"""The check / hint / solution framework behind every exercise notebook.

>>> from funnelkit.exercises.core import OrderQuestion, ____
>>> q = OrderQuestion("order", "Put the stages in order.",
...                   expected=["awareness", "interest", "decision", "action"])
>>> print(q.check(["awareness", "decision", "interest", "action"]))
Not quite: the first 1 items are in the right order; the item at position 2 is not.
"""

from __future__ import annotations

import html
import math
import numbers
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..i18n import N_, gettext
from ..quizzes import Choice

__all__ = [
    "____",
    "Feedback",
    "Question",
    "ValueQuestion",
    "FrameQuestion",
    "FunctionQuestion",
    "ChoiceQuestion",
    "OrderQuestion",
    "Exercise",
]


class _Blank:
    """The placeholder learners replace with their answer."""

    _instance: _Blank | None = None

    def __new__(cls) -> _Blank:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "____"

    def __call__(self, *args: Any, **kwargs: Any) -> _Blank:
        return self  # a function body of ``return ____`` still counts as not attempted


____ = _Blank()
_MISSING = object()

STATUS_LABELS = {
    "correct": N_("correct"),
    "incorrect": N_("not yet correct"),
    "not_attempted": N_("not attempted"),
}
_COLOURS = {"correct": "#009E73", "incorrect": "#D55E00", "not_attempted": "#0072B2",
            "hint": "#56B4E9", "solution": "#555555"}


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


def _caller_value(name: str) -> Any:
    """The value of *name* in the namespace of the code that called check()."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__", "").startswith("funnelkit"):
        frame = frame.f_back
    if frame is None:
        return _MISSING
    if name in frame.f_locals:
        return frame.f_locals[name]
    return frame.f_globals.get(name, _MISSING)


def _contains_blank(value: Any) -> bool:
    if value is ____:
        return True
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(_contains_blank(item) for item in value)
    if isinstance(value, dict):
        return any(_contains_blank(item) for item in value.values())
    return False


class Question:
    """A question with ``check()``, ``hint()`` and ``solution()``.

    Subclasses implement ``_evaluate(answer) -> str | None``: None when the answer is
    right, else a message (already translated) that says what is wrong.
    """

    def __init__(
        self,
        key: str,
        prompt: str,
        *,
        var: str | None = None,
        hints: Sequence[str] = (),
        solution: str = "",
    ) -> None:
        self.key = key
        self.prompt = prompt
        self.var = var
        self.hints = tuple(hints)
        self.solution_text = solution
        self.status = "not_attempted"
        self._hints_shown = 0

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.key!r})"

    # ---------------------------------------------------------------- learner API
    def check(self, answer: Any = _MISSING) -> Feedback:
        """Check the answer (by default: the variable named ``var`` in the notebook)."""
        if answer is _MISSING:
            if self.var is None:
                raise TypeError(f"{self.key}: pass your answer, e.g. check(answer)")
            answer = _caller_value(self.var)
            if answer is _MISSING:
                return self._record("not_attempted", gettext(
                    "Not attempted yet: define `{var}` in a cell above and run it, then "
                    "check again.").format(var=self.var))
        if _contains_blank(answer) or (callable(answer) and _returns_blank(answer)):
            return self._record("not_attempted", gettext(
                "Not attempted yet: replace ____ with your answer and run the cell again."))
        try:
            problem = self._evaluate(answer)
        except Exception as error:  # the learner's code failed inside the check
            problem = gettext("Your answer raised {error}: {detail}").format(
                error=type(error).__name__, detail=error)
        if problem is None:
            return self._record("correct", gettext("Correct!"))
        return self._record("incorrect", gettext("Not quite: {problem}").format(problem=problem))

    def hint(self, level: int | None = None) -> Feedback:
        """The next hint (or hint number *level*); hints get more concrete."""
        if not self.hints:
            return Feedback("hint", gettext("There is no hint for this question."))
        if level is None:
            self._hints_shown = min(self._hints_shown + 1, len(self.hints))
            level = self._hints_shown
        if not 1 <= level <= len(self.hints):
            raise ValueError(f"{self.key}: hint level must be 1 to {len(self.hints)}, not {level}")
        text = gettext(self.hints[level - 1])
        return Feedback("hint", gettext("Hint {level} of {total}: {text}").format(
            level=level, total=len(self.hints), text=text))

    def solution(self) -> Feedback:
        """The worked solution."""
        return Feedback("solution", gettext("Solution: {text}").format(
            text=gettext(self.solution_text)))

    # ------------------------------------------------------------- self-tests
    def assert_check_passes(self, answer: Any) -> None:
        """For solution notebooks and tests: the check must accept *answer*."""
        result = self.check(answer)
        if not result:
            raise AssertionError(f"{self.key}: check rejects the solution: {result}")

    def assert_check_fails(self, answer: Any) -> None:
        """For solution notebooks and tests: the check must reject a wrong *answer*."""
        result = self.check(answer)
        if result.status != "incorrect":
            raise AssertionError(f"{self.key}: check accepts the wrong answer {answer!r}")
        self.status = "not_attempted"

    # ----------------------------------------------------------------- helpers
    def _record(self, status: str, message: str) -> Feedback:
        self.status = status
        return Feedback(status, message)

    def _evaluate(self, answer: Any) -> str | None:  # pragma: no cover - abstract
        raise NotImplementedError


def _returns_blank(function: Callable[..., Any]) -> bool:
    code = getattr(function, "__code__", None)
    return code is not None and "____" in code.co_names and len(code.co_names) <= 2


def _resolve(expected: Any) -> Any:
    return expected() if callable(expected) else expected


def _compare(answer: Any, expected: Any, rel_tol: float, abs_tol: float) -> str | None:
    """None when *answer* matches *expected*, else what is wrong (never the answer)."""
    if isinstance(expected, bool) or not isinstance(expected, numbers.Number):
        if isinstance(expected, str):
            if not isinstance(answer, str):
                return gettext("expected text, but got {kind}.").format(kind=type(answer).__name__)
            ok = answer.strip().casefold() == expected.strip().casefold()
            return None if ok else gettext("that is not the expected text.")
        if isinstance(expected, dict):
            if not isinstance(answer, dict):
                return gettext("expected a dictionary, but got {kind}.").format(
                    kind=type(answer).__name__)
            missing = [key for key in expected if key not in answer]
            if missing:
                return gettext("these keys are missing: {keys}.").format(keys=", ".join(missing))
            wrong = sum(answer[key] != value for key, value in expected.items())
            return None if not wrong else gettext("{n} of {total} entries are not right.").format(
                n=wrong, total=len(expected))
        return None if answer == expected else gettext("that is not the expected answer.")
    if isinstance(answer, bool) or not isinstance(answer, numbers.Number):
        return gettext("expected a number, but got {kind}.").format(kind=type(answer).__name__)
    answer, expected = float(answer), float(expected)
    if math.isnan(answer):
        return gettext("your answer is NaN (not a number).")
    if math.isclose(answer, expected, rel_tol=rel_tol, abs_tol=abs_tol):
        return None
    if 0 < abs(expected) <= 1 and math.isclose(answer / 100, expected, rel_tol=rel_tol,
                                                abs_tol=abs_tol):
        return gettext("this looks like a percentage; write it as a share between 0 and 1 "
                       "(for example 0.25 for 25 %).")
    if answer > expected:
        return gettext("your answer is too high.")
    return gettext("your answer is too low.")


class ValueQuestion(Question):
    """A number, text or small dictionary equal to the expected one (with tolerance).

    *expected* may be a callable, computed when the answer is checked (so the expected
    value comes from the library and the data, not from a hard-coded number).
    """

    def __init__(self, key: str, prompt: str, *, expected: Any, rel_tol: float = 1e-6,
                 abs_tol: float = 1e-9, **kwargs: Any) -> None:
        super().__init__(key, prompt, **kwargs)
        self.expected = expected
        self.rel_tol, self.abs_tol = rel_tol, abs_tol

    def _evaluate(self, answer: Any) -> str | None:
        return _compare(answer, _resolve(self.expected), self.rel_tol, self.abs_tol)


class FrameQuestion(Question):
    """A DataFrame with the expected columns and values (numbers within tolerance).

    Only *columns* are compared when given; row order matters.
    """

    def __init__(self, key: str, prompt: str, *, expected: Any,
                 columns: Sequence[str] | None = None, rel_tol: float = 1e-6,
                 **kwargs: Any) -> None:
        super().__init__(key, prompt, **kwargs)
        self.expected = expected
        self.columns = list(columns) if columns is not None else None
        self.rel_tol = rel_tol

    def _evaluate(self, answer: Any) -> str | None:
        if not isinstance(answer, pd.DataFrame):
            return gettext("expected a table (DataFrame), but got {kind}.").format(
                kind=type(answer).__name__)
        expected = _resolve(self.expected)
        columns = self.columns or list(expected.columns)
        missing = [column for column in columns if column not in answer.columns]
        if missing:
            return gettext("the table has no column {columns}.").format(
                columns=", ".join(f"'{column}'" for column in missing))
        if len(answer) != len(expected):
            return gettext("the table has {got} rows; check which rows you kept.").format(
                got=len(answer))
        for column in columns:
            mine = answer[column].reset_index(drop=True)
            theirs = expected[column].reset_index(drop=True)
            if pd.api.types.is_numeric_dtype(theirs) and pd.api.types.is_numeric_dtype(mine):
                differs = ~pd.Series(
                    [math.isclose(a, b, rel_tol=self.rel_tol, abs_tol=1e-9)
                     for a, b in zip(mine.astype(float), theirs.astype(float), strict=True)])
            else:
                differs = mine.astype(str) != theirs.astype(str)
            if differs.any():
                row = int(differs.to_numpy().nonzero()[0][0])
                return gettext("column '{column}' differs from row {row} on.").format(
                    column=column, row=row)
        return None


class FunctionQuestion(Question):
    """A function the learner writes, tested against a reference on several cases."""

    def __init__(self, key: str, prompt: str, *, reference: Callable[..., Any],
                 cases: Sequence[tuple], rel_tol: float = 1e-6, **kwargs: Any) -> None:
        super().__init__(key, prompt, **kwargs)
        self.reference = reference
        self.cases = [tuple(case) for case in cases]
        self.rel_tol = rel_tol

    def _evaluate(self, answer: Any) -> str | None:
        if not callable(answer):
            return gettext("expected a function, but got {kind}.").format(
                kind=type(answer).__name__)
        for case in self.cases:
            shown = ", ".join(repr(arg) for arg in case)
            try:
                got = answer(*case)
            except Exception as error:
                return gettext("for input ({args}) your function raised {error}.").format(
                    args=shown, error=type(error).__name__)
            if _contains_blank(got):
                return gettext("your function still returns ____.")
            if _compare(got, self.reference(*case), self.rel_tol, 1e-9) is not None:
                return gettext("for input ({args}) your function returns {got}, which is "
                               "not right.").format(args=shown, got=repr(got))
        return None


class ChoiceQuestion(Question):
    """Choose among lettered options: one letter, or a set of letters when several are right.

    After a wrong choice the explanation of that option is shown.
    """

    def __init__(self, key: str, prompt: str, *, choices: Sequence[Choice],
                 **kwargs: Any) -> None:
        super().__init__(key, prompt, **kwargs)
        self.choices = tuple(choices)
        self.letters = "abcdefghij"[: len(self.choices)]
        self.multiple = sum(choice.correct for choice in self.choices) > 1

    def options(self) -> str:
        """The options, lettered, in the current language."""
        return "\n".join(f"{letter}) {gettext(choice.text)}"
                         for letter, choice in zip(self.letters, self.choices, strict=True))

    def _evaluate(self, answer: Any) -> str | None:
        picked = {answer} if isinstance(answer, str) else set(answer)
        picked = {str(letter).strip().lower() for letter in picked}
        unknown = sorted(picked - set(self.letters))
        if unknown:
            return gettext("{letters} is not one of the options {options}.").format(
                letters=", ".join(unknown), options=", ".join(self.letters))
        right = {letter for letter, choice in zip(self.letters, self.choices, strict=True)
                 if choice.correct}
        if picked == right:
            return None
        wrong = sorted(picked - right)
        if wrong:
            return gettext(self.choices[self.letters.index(wrong[0])].explanation)
        return gettext("some correct options are missing.")


class OrderQuestion(Question):
    """Put items (for example stage keys) in the right order."""

    def __init__(self, key: str, prompt: str, *, expected: Sequence[str], **kwargs: Any) -> None:
        super().__init__(key, prompt, **kwargs)
        self.expected = list(expected)

    def _evaluate(self, answer: Any) -> str | None:
        if isinstance(answer, str) or not isinstance(answer, Sequence):
            return gettext("expected a list, but got {kind}.").format(kind=type(answer).__name__)
        answer = list(answer)
        missing = [item for item in self.expected if item not in answer]
        extra = [item for item in answer if item not in self.expected]
        if missing:
            return gettext("these items are missing: {items}.").format(items=", ".join(missing))
        if extra or len(answer) != len(self.expected):
            return gettext("the list should have exactly these {n} items, each once.").format(
                n=len(self.expected))
        for position, (mine, right) in enumerate(zip(answer, self.expected, strict=True)):
            if mine != right:
                return gettext("the first {n} items are in the right order; the item at "
                               "position {position} is not.").format(n=position,
                                                                     position=position + 1)
        return None


class Exercise:
    """The questions of one exercise notebook, with ``progress()``.

    >>> from funnelkit.exercises.core import ValueQuestion
    >>> exercise = Exercise("demo", [ValueQuestion("q1", "1 + 1?", expected=2)])
    >>> exercise.progress()["status"].tolist()
    ['not attempted']
    """

    def __init__(self, slug: str, questions: Sequence[Question]) -> None:
        self.slug = slug
        self.questions = list(questions)

    def __iter__(self):
        return iter(self.questions)

    def progress(self) -> pd.DataFrame:
        """One row per question: its number and whether it passes, in the current language."""
        return pd.DataFrame(
            {
                "question": [f"q{index}" for index in range(1, len(self.questions) + 1)],
                "status": [gettext(STATUS_LABELS[q.status]) for q in self.questions],
            }
        )
