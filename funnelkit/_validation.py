"""Argument checking for every funnelkit module: one rule, one message style.

The rule:

- a value of the wrong **type** raises ``TypeError``: a string where a number is
  needed, a boolean where a number or a count is needed (``True`` is not 1 person),
  a list where a DataFrame is needed;
- a value of the right type but a bad **value** raises ``ValueError``: negative,
  NaN or infinite, out of range, not a whole number, missing (``None``, ``pd.NA``
  or ``NaT`` in data), an unknown choice.

Every message starts with the function the user called and names the argument and
the value, so it reads well in a notebook traceback:

>>> check_count("simulate_events", "n_users", -3)
Traceback (most recent call last):
...
ValueError: simulate_events: n_users must be at least 0, got -3
>>> check_number("win_rate", "won", "30")
Traceback (most recent call last):
...
TypeError: win_rate: won must be a number, not str ('30')

The functions return the checked value converted (a ``float``, an ``int``, a float64
``Series``), so a caller writes ``n = check_count(func, "n_users", n_users)``.
These names are shared by the library's modules (metrics, events, simulate,
datasets, charts, widgets); keep them stable.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Collection, Hashable, Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "show",
    "is_missing",
    "check_number",
    "check_count",
    "check_rate",
    "check_numbers",
    "check_quantity",
    "check_choice",
    "check_text",
    "check_frame",
]


def show(value: Any) -> str:
    """A short, readable form of *value* for an error message (NumPy scalars unwrapped).

    >>> show(np.float64(2.5)), show("a"), show(np.bool_(True))
    ('2.5', "'a'", 'True')
    """
    if isinstance(value, np.generic):
        value = value.item()
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def is_missing(value: Any) -> bool:
    """True for the missing-value markers ``None``, ``pd.NA`` and ``pd.NaT`` (not NaN)."""
    return value is None or value is pd.NA or value is pd.NaT


def _type_error(func: str, name: str, what: str, value: Any) -> TypeError:
    return TypeError(f"{func}: {name} must be {what}, not {type(value).__name__} ({show(value)})")


def _bounds(
    func: str,
    name: str,
    number: float,
    value: Any,
    minimum: float | None,
    maximum: float | None,
    above: float | None,
    below: float | None,
) -> None:
    if minimum is not None and number < minimum:
        raise ValueError(f"{func}: {name} must be at least {minimum:g}, got {show(value)}")
    if above is not None and number <= above:
        raise ValueError(f"{func}: {name} must be greater than {above:g}, got {show(value)}")
    if maximum is not None and number > maximum:
        raise ValueError(f"{func}: {name} must be at most {maximum:g}, got {show(value)}")
    if below is not None and number >= below:
        raise ValueError(f"{func}: {name} must be less than {below:g}, got {show(value)}")


def check_number(
    func: str,
    name: str,
    value: Any,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    above: float | None = None,
    below: float | None = None,
) -> float:
    """*value* as a finite float within the bounds.

    *minimum* and *maximum* are inclusive bounds, *above* and *below* exclusive ones
    (``above=0`` for a positive number). A bool or a non-number raises ``TypeError``;
    NaN, infinity, a missing value or a value out of bounds raises ``ValueError``.

    >>> check_number("what_if", "uplift", 0.25, minimum=-1)
    0.25
    >>> check_number("what_if", "uplift", True)
    Traceback (most recent call last):
    ...
    TypeError: what_if: uplift must be a number, not bool (True)
    >>> check_number("pipeline_velocity", "win_rate", 1.5, maximum=1)
    Traceback (most recent call last):
    ...
    ValueError: pipeline_velocity: win_rate must be at most 1, got 1.5
    """
    if is_missing(value):
        raise ValueError(f"{func}: {name} is missing ({show(value)})")
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise _type_error(func, name, "a number", value)
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{func}: {name} must be a finite number, got {show(value)}")
    _bounds(func, name, number, value, minimum, maximum, above, below)
    return number


def check_count(
    func: str,
    name: str,
    value: Any,
    *,
    minimum: int = 0,
    maximum: int | None = None,
) -> int:
    """*value* as a whole number of at least *minimum* (default 0): a count of people.

    A whole-valued float such as ``400.0`` is accepted; ``10.5`` is not. A bool or a
    non-number raises ``TypeError``; NaN, infinity, a fraction, a missing value or a
    value out of bounds raises ``ValueError``.

    >>> check_count("conversion_table", "count for stage 'interest'", 400.0)
    400
    >>> check_count("conversion_table", "count for stage 'interest'", 10.5)
    Traceback (most recent call last):
    ...
    ValueError: conversion_table: count for stage 'interest' must be a whole number, got 10.5
    """
    if is_missing(value):
        raise ValueError(f"{func}: {name} is missing ({show(value)})")
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise _type_error(func, name, "a whole number", value)
    if isinstance(value, numbers.Integral):
        number = int(value)
    else:
        real = float(value)
        if not math.isfinite(real):
            raise ValueError(f"{func}: {name} must be a finite number, got {show(value)}")
        if not real.is_integer():
            raise ValueError(f"{func}: {name} must be a whole number, got {show(value)}")
        number = int(real)
    _bounds(func, name, number, value, minimum, maximum, None, None)
    return number


def check_rate(
    func: str, name: str, value: Any, *, above: float | None = None, below: float | None = None
) -> float:
    """*value* as a rate: a fraction from 0 to 1 (``0.25`` for 25 %).

    *above* and *below* exclude an end (``above=0, below=1`` for a probability
    strictly between 0 and 1). A value that looks like a percentage says so.

    >>> check_rate("pipeline_velocity", "win_rate", 0.25)
    0.25
    >>> check_rate("pipeline_velocity", "win_rate", 25)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: pipeline_velocity: win_rate must be at most 1, got 25 (rates are fractions: ...)
    """
    number = check_number(func, name, value, minimum=0.0 if above is None else None,
                          above=above)
    hint = " (rates are fractions: 0.25 for 25 %)" if 1 < number <= 100 else ""
    if number > 1:
        raise ValueError(f"{func}: {name} must be at most 1, got {show(value)}{hint}")
    if below is not None and number >= below:
        raise ValueError(f"{func}: {name} must be less than {below:g}, got {show(value)}")
    return number


def check_numbers(
    func: str,
    name: str,
    values: Any,
    *,
    length: int | None = None,
    rates: bool = False,
    minimum: float | None = None,
    maximum: float | None = None,
    above: float | None = None,
    below: float | None = None,
) -> np.ndarray:
    """A sequence of numbers as a float64 array, each checked like :func:`check_number`
    (or :func:`check_rate` with ``rates=True``) and named ``name[i]``.

    A string or a non-iterable raises ``TypeError``; a wrong *length* ``ValueError``.

    >>> check_numbers("simulate_events", "rates", [0.5, 0.2], length=2, rates=True).tolist()
    [0.5, 0.2]
    """
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise _type_error(func, name, "a sequence of numbers", values)
    items = list(values)
    if length is not None and len(items) != length:
        raise ValueError(f"{func}: {name} must have {length} values, got {len(items)}: "
                         f"{show(items)}")
    checked = []
    for position, item in enumerate(items):
        label = f"{name}[{position}]"
        if rates:
            checked.append(check_rate(func, label, item, above=above, below=below))
        else:
            checked.append(check_number(func, label, item, minimum=minimum, maximum=maximum,
                                        above=above, below=below))
    return np.asarray(checked, dtype=np.float64)


def check_quantity(
    func: str,
    name: str,
    value: Any,
    *,
    minimum: float | None = 0.0,
    maximum: float | None = None,
) -> float | pd.Series:
    """A number (as float) or a numeric Series (as a new float64 Series named *func*).

    A Series is checked elementwise; the message names the first bad label. A Series
    of booleans or non-numbers raises ``TypeError``.

    >>> check_quantity("cost_per_lead", "leads", pd.Series({"ads": 10, "events": -1}))
    Traceback (most recent call last):
    ...
    ValueError: cost_per_lead: leads must hold finite numbers of at least 0, got -1.0 for 'events'
    """
    if not isinstance(value, pd.Series):
        return check_number(func, name, value, minimum=minimum, maximum=maximum)
    if pd.api.types.is_bool_dtype(value.dtype) or not pd.api.types.is_numeric_dtype(value.dtype):
        raise TypeError(f"{func}: {name} must hold numbers, not {value.dtype} values")
    numbers_ = value.to_numpy(dtype=np.float64, na_value=np.nan)
    bad = ~np.isfinite(numbers_)
    if minimum is not None:
        bad |= numbers_ < minimum
    if maximum is not None:
        bad |= numbers_ > maximum
    if bad.any():
        first = int(np.argmax(bad))
        limit = "" if minimum is None else f" of at least {minimum:g}"
        limit += "" if maximum is None else f" and at most {maximum:g}"
        raise ValueError(
            f"{func}: {name} must hold finite numbers{limit}, "
            f"got {show(numbers_[first])} for {value.index[first]!r}"
        )
    return pd.Series(numbers_, index=value.index.copy(), name=func)


def check_text(func: str, name: str, value: Any, *, empty: bool = False) -> str:
    """*value* if it is a string (non-empty unless *empty*), else an error naming it.

    >>> check_text("simulate", "name", 3)
    Traceback (most recent call last):
    ...
    TypeError: simulate: name must be a string, not int (3)
    """
    if not isinstance(value, str):
        raise _type_error(func, name, "a string", value)
    if not value and not empty:
        raise ValueError(f"{func}: {name} must not be empty")
    return value


def check_choice(func: str, name: str, value: Any, choices: Collection[Hashable]) -> Any:
    """*value* if it is one of *choices*, else ``ValueError`` listing them.

    >>> check_choice("what_if", "stage", "buy", ["visit", "cart"])
    Traceback (most recent call last):
    ...
    ValueError: what_if: stage 'buy' is not one of ['visit', 'cart']
    """
    try:
        ok = value in choices
    except TypeError:  # unhashable value and a set of choices
        ok = False
    if not ok:
        raise ValueError(f"{func}: {name} {show(value)} is not one of {list(choices)}")
    return value


def check_frame(
    func: str, name: str, value: Any, columns: Sequence[Hashable] = ()
) -> pd.DataFrame:
    """*value* if it is a DataFrame with every one of *columns*.

    Not a DataFrame raises ``TypeError``; a missing column ``ValueError`` listing the
    columns the frame has.

    >>> check_frame("pipeline_counts", "leads", pd.DataFrame({"a": [1]}), ["lead_id"])
    Traceback (most recent call last):
    ...
    ValueError: pipeline_counts: leads has no column 'lead_id'; its columns: 'a'
    """
    if not isinstance(value, pd.DataFrame):
        raise TypeError(f"{func}: {name} must be a pandas DataFrame, not {type(value).__name__}")
    for column in columns:
        if column not in value.columns:
            available = ", ".join(repr(label) for label in value.columns) or "none"
            raise ValueError(f"{func}: {name} has no column {column!r}; its columns: {available}")
    return value
