"""Exercise 02, "The sales funnel": stages and tactics, step rates, drop-off, the bottleneck.

The expected answers are computed with funnelkit from the numbers in the exercise and
the stage model, never typed in.

>>> from funnelcourse.exercise import exercise
>>> q1, q2, q3, q4, q5 = exercise("02-sales-funnel").questions
>>> q4.check("decision").status
'correct'
>>> q4.check("interest").status
'incorrect'
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from funnelkit.metrics import bottleneck, conversion_table
from funnelkit.stages import SALES_FUNNEL

from ..i18n import N_, translator

__all__ = ["EXPECTED", "SOURCE", "LAST_QUARTER", "TACTICS", "tactics"]

#: The exercise source whose catalog translates this module's texts.
SOURCE = "exercises/02-sales-funnel"

gettext = translator(SOURCE)

#: The planning-tool company's sales funnel in the previous quarter:
#: Awareness, Interest, Decision, Action.
LAST_QUARTER = (6_000, 1_500, 180, 54)

#: Tactics to classify (English source texts of the tactics in SALES_FUNNEL).
TACTICS: dict[str, str] = {
    "t1": N_("free shipping"),
    "t2": N_("search results"),
    "t3": N_("product comparisons"),
    "t4": N_("after-sales service"),
    "t5": N_("free trials"),
    "t6": N_("lead magnets such as e-books"),
}


def tactics(lang: str | None = None) -> pd.DataFrame:
    """The tactics of question 1, one row each, in the current language.

    >>> tactics("en")["tactic"].tolist()[:2]
    ['free shipping', 'search results']
    """
    return pd.DataFrame({"key": list(TACTICS),
                         "tactic": [gettext(text, lang) for text in TACTICS.values()]})


def _stage_of(tactic: str) -> str:
    """The key of the sales funnel stage whose tactics include *tactic*."""
    for stage in SALES_FUNNEL:
        if tactic in stage.tactics:
            return stage.key
    raise KeyError(f"{tactic!r} is not a tactic of the sales funnel")


def _last_quarter_table() -> pd.DataFrame:
    return conversion_table(list(LAST_QUARTER), SALES_FUNNEL).set_index("stage")


def _most_lost() -> str:
    table = _last_quarter_table()
    return str(table["drop_off"].idxmax())


#: What each question expects, computed with funnelkit (question key -> callable).
EXPECTED: dict[str, Any] = {
    "tactic-stages": lambda: {key: _stage_of(text) for key, text in TACTICS.items()},
    "interest-to-decision": lambda: _last_quarter_table().loc["decision", "step_rate"],
    "most-people-lost": _most_lost,
    "bottleneck": lambda: bottleneck(list(LAST_QUARTER), SALES_FUNNEL),
}
