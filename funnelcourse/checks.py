"""Checking a learner's answer against what a question expects.

Each check returns ``None`` when the answer is right, or a translated sentence that
says what is wrong without giving the answer away.

>>> print(compare(0.88, 0.12))
your answer is too high.
>>> compare("Decision ", "decision") is None
True
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd

from .i18n import gettext

__all__ = ["BLANK", "____", "compare", "compare_frame", "compare_function", "compare_order",
           "contains_blank", "letters_problem"]


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


#: The blank learners fill in: ``rate = ____``.
____ = BLANK = _Blank()


def contains_blank(value: Any) -> bool:
    """Whether *value* is, or holds, the ``____`` placeholder.

    >>> contains_blank({"t1": ____}), contains_blank([1, 2])
    (True, False)
    """
    if value is BLANK:
        return True
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(contains_blank(item) for item in value)
    if isinstance(value, dict):
        return any(contains_blank(item) for item in value.values())
    return False


def compare(answer: Any, expected: Any, rel_tol: float = 1e-6,
            abs_tol: float = 1e-9) -> str | None:
    """None when *answer* matches *expected* (numbers within tolerance), else what is wrong."""
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
            missing = [str(key) for key in expected if key not in answer]
            if missing:
                return gettext("these keys are missing: {keys}.").format(keys=", ".join(missing))
            wrong = sum(compare(answer[key], value, rel_tol, abs_tol) is not None
                        for key, value in expected.items())
            return None if not wrong else gettext("{n} of {total} entries are not right.").format(
                n=wrong, total=len(expected))
        return None if answer == expected else gettext("that is not the expected answer.")
    if isinstance(answer, bool) or not isinstance(answer, numbers.Number):
        return gettext("expected a number, but got {kind}.").format(kind=type(answer).__name__)
    mine, theirs = float(answer), float(expected)  # type: ignore[arg-type]
    if math.isnan(mine):
        return gettext("your answer is NaN (not a number).")
    if math.isclose(mine, theirs, rel_tol=rel_tol, abs_tol=abs_tol):
        return None
    if 0 < abs(theirs) <= 1 and math.isclose(mine / 100, theirs, rel_tol=rel_tol,
                                             abs_tol=abs_tol):
        return gettext("this looks like a percentage; write it as a share between 0 and 1 "
                       "(for example 0.25 for 25 %).")
    if mine > theirs:
        return gettext("your answer is too high.")
    return gettext("your answer is too low.")


def compare_frame(answer: Any, expected: pd.DataFrame, columns: Sequence[str] | None = None,
                  rel_tol: float = 1e-6) -> str | None:
    """None when the table *answer* has *expected*'s columns and values (row order matters)."""
    if not isinstance(answer, pd.DataFrame):
        return gettext("expected a table (DataFrame), but got {kind}.").format(
            kind=type(answer).__name__)
    compared = list(columns) if columns else [str(column) for column in expected.columns]
    missing = [column for column in compared if column not in answer.columns]
    if missing:
        return gettext("the table has no column {columns}.").format(
            columns=", ".join(f"'{column}'" for column in missing))
    if len(answer) != len(expected):
        return gettext("the table has {got} rows; check which rows you kept.").format(
            got=len(answer))
    for column in compared:
        mine = answer[column].reset_index(drop=True)
        theirs = expected[column].reset_index(drop=True)
        if pd.api.types.is_numeric_dtype(theirs) and pd.api.types.is_numeric_dtype(mine):
            differs = [not math.isclose(a, b, rel_tol=rel_tol, abs_tol=1e-9)
                       for a, b in zip(mine.astype(float), theirs.astype(float), strict=True)]
        else:
            differs = (mine.astype(str) != theirs.astype(str)).tolist()
        if any(differs):
            return gettext("column '{column}' differs from row {row} on.").format(
                column=column, row=differs.index(True))
    return None


def compare_function(answer: Any, reference: Callable[..., Any], cases: Sequence[Sequence[Any]],
                     rel_tol: float = 1e-6) -> str | None:
    """None when the learner's function agrees with *reference* on every case."""
    if not callable(answer):
        return gettext("expected a function, but got {kind}.").format(kind=type(answer).__name__)
    for case in cases:
        shown = ", ".join(repr(argument) for argument in case)
        try:
            got = answer(*case)
        except Exception as error:
            return gettext("for input ({args}) your function raised {error}.").format(
                args=shown, error=type(error).__name__)
        if contains_blank(got):
            return gettext("your function still returns ____.")
        if compare(got, reference(*case), rel_tol, 1e-9) is not None:
            return gettext("for input ({args}) your function returns {got}, which is "
                           "not right.").format(args=shown, got=repr(got))
    return None


def compare_order(answer: Any, expected: Sequence[str]) -> str | None:
    """None when *answer* lists exactly *expected*'s items in the same order.

    >>> print(compare_order(["b", "a"], ["a", "b"]))
    the first 0 items are in the right order; the item at position 1 is not.
    """
    if isinstance(answer, str) or not isinstance(answer, Sequence):
        return gettext("expected a list, but got {kind}.").format(kind=type(answer).__name__)
    items = list(answer)
    missing = [item for item in expected if item not in items]
    if missing:
        return gettext("these items are missing: {items}.").format(items=", ".join(missing))
    if len(items) != len(expected) or any(item not in expected for item in items):
        return gettext("the list should have exactly these {n} items, each once.").format(
            n=len(expected))
    for position, (mine, right) in enumerate(zip(items, expected, strict=True)):
        if mine != right:
            return gettext("the first {n} items are in the right order; the item at "
                           "position {position} is not.").format(n=position,
                                                                 position=position + 1)
    return None


def letters_problem(answer: Any, letters: str) -> tuple[set[str], str | None]:
    """The letters chosen in *answer* (``"b"`` or ``{"a", "c"}``), or what is wrong with it."""
    picked = {answer} if isinstance(answer, str) else set(answer)
    chosen = {str(letter).strip().lower() for letter in picked}
    unknown = sorted(chosen - set(letters))
    if unknown:
        return chosen, gettext("{letters} is not one of the options {options}.").format(
            letters=", ".join(unknown), options=", ".join(letters))
    return chosen, None
