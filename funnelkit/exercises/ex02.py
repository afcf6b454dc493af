"""Exercise 02, "The sales funnel": stages and tactics, step rates, drop-off, the bottleneck.

The expected answers are computed with funnelkit from the numbers in the exercise and
the stage model, never typed in.

>>> from funnelkit.exercises.ex02 import q4
>>> q4.check("decision").status
'correct'
>>> q4.check("interest").status
'incorrect'
"""

from __future__ import annotations

import pandas as pd

from ..i18n import N_, gettext
from ..metrics import bottleneck, conversion_table
from ..quizzes import Choice
from ..stages import SALES_FUNNEL
from .core import ChoiceQuestion, Exercise, ValueQuestion

__all__ = ["LAST_QUARTER", "TACTICS", "tactics", "q1", "q2", "q3", "q4", "q5", "exercise",
           "progress"]

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


q1 = ValueQuestion(
    "tactic-stages",
    N_("The sales funnel stage of each tactic"),
    expected=lambda: {key: _stage_of(text) for key, text in TACTICS.items()},
    var="tactic_stage",
    hints=(
        N_("Ask what the buyer is doing when the tactic reaches them: noticing the brand, "
           "researching, deciding or buying."),
        N_("Offers that make the purchase hard to resist belong to Decision; help after the "
           "purchase belongs to Action."),
        N_("`SALES_FUNNEL.to_frame()` lists the tactics of every stage."),
    ),
    solution=N_("`tactic_stage = {\"t1\": \"decision\", \"t2\": \"awareness\", \"t3\": "
                "\"interest\", \"t4\": \"action\", \"t5\": \"decision\", \"t6\": "
                "\"interest\"}`. Free shipping and free trials help the prospect decide; search "
                "results create awareness; comparisons and lead magnets feed interest; "
                "after-sales service follows the purchase."),
)

q2 = ValueQuestion(
    "interest-to-decision",
    N_("The conversion rate from Interest to Decision last quarter"),
    expected=lambda: _last_quarter_table().loc["decision", "step_rate"],
    var="decision_rate",
    hints=(
        N_("A step conversion rate compares a stage with the stage just before it."),
        N_("Divide the number of people at Decision by the number at Interest."),
    ),
    solution=N_("`decision_rate = 180 / 1_500`, which is 0.12: 12 % of the people who "
                "compared plans started a trial or booked a demo."),
)

q3 = ValueQuestion(
    "most-people-lost",
    N_("The stage that the step with the largest drop-off goes into"),
    expected=_most_lost,
    var="lost_most",
    hints=(
        N_("Look for the longest bar in the chart: its length is the number of people lost."),
        N_("The labels give the people lost first and the drop-off rate in brackets; this "
           "question is about the people, not the rate."),
    ),
    solution=N_("`lost_most = \"interest\"`: between Awareness and Interest the company lost "
                "4,500 people, more than at any other step, because most people are at the "
                "top of the funnel."),
)

q4 = ValueQuestion(
    "bottleneck",
    N_("The bottleneck of last quarter's sales funnel"),
    expected=lambda: bottleneck(list(LAST_QUARTER), SALES_FUNNEL),
    var="weakest_stage",
    hints=(
        N_("The bottleneck is the stage with the lowest step conversion rate, not the step "
           "that loses the most people."),
        N_("Call `bottleneck(last_quarter, SALES_FUNNEL)`."),
    ),
    solution=N_("`weakest_stage = bottleneck(last_quarter, SALES_FUNNEL)`, which is "
                "`\"decision\"`: only 12 % of the people at Interest reached Decision, the "
                "lowest step rate of the funnel."),
)

q5 = ChoiceQuestion(
    "good-funnel",
    N_("Which of these is NOT one of the jobs of a good sales funnel in article A?"),
    choices=(
        Choice(N_("Capture enough targeted consumers"), False,
               N_("This is one of article A's four jobs: the funnel should attract enough "
                  "people who fit the offer.")),
        Choice(N_("Earn enough trust that prospects share their contact details"), False,
               N_("This is one of article A's four jobs: trust comes before contact "
                  "details.")),
        Choice(N_("Reach as many people as possible, whether or not they fit the offer"), True,
               N_("Right: article A asks for targeted consumers, not for volume at any "
                  "price. Volume of leads is article B's claim.")),
        Choice(N_("Make customers come back"), False,
               N_("This is one of article A's four jobs: the work goes on after the "
                  "purchase.")),
    ),
    var="not_a_job",
    hints=(N_("Article A stresses that the consumers a sales funnel captures should be "
              "targeted."),),
    solution=N_("`not_a_job = \"c\"`: article A wants enough targeted consumers; reaching "
                "everybody regardless of fit is not one of its four jobs."),
)

exercise = Exercise("02-sales-funnel", [q1, q2, q3, q4, q5])


def progress():
    """Which questions of this exercise pass so far."""
    return exercise.progress()
