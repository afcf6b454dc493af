"""Exercise 04, "Side by side": sorting statements, the MQL-to-SQL rate, the stage
mapping, the hand-off and MQL versus SQL.

The expected answers are computed with funnelkit from the data and the numbers in
the exercise, never typed in (except the sorting of Article A's statements).

>>> from funnelkit.exercises.ex04 import q3, sales_view_counts
>>> sales_view_counts()
[8000, 2000, 360, 54]
>>> q3.check([8_000, 2_000, 900, 54]).status
'incorrect'
"""

from __future__ import annotations

from ..datasets import load
from ..i18n import N_
from ..metrics import conversion_table, mql_to_sql_rate
from ..quizzes import Choice
from ..stages import MARKETING_FUNNEL, SALES_FUNNEL, stage_mapping
from .core import ChoiceQuestion, Exercise, FrameQuestion, ValueQuestion

__all__ = [
    "STATEMENTS",
    "QUARTER",
    "sales_view_counts",
    "q1",
    "q2",
    "q3",
    "q4",
    "q5",
    "exercise",
    "progress",
]

#: Article A's view of the statements s1 to s7 in the exercise notebook.
STATEMENTS: dict[str, str] = {
    "s1": "both",       # visualises the customer journey (similarity 1)
    "s2": "marketing",  # creates interest (difference 3)
    "s3": "sales",      # keeps interest alive until the purchase (difference 3)
    "s4": "sales",      # focuses mainly on selling (difference 2)
    "s5": "marketing",  # focuses more on brand recognition and image (difference 2)
    "s6": "both",       # tactics, processes, strategies and tools (similarity 3)
    "s7": "marketing",  # six stages from Awareness to Purchase
}

#: A quarter of the planning-tool company: people at each marketing funnel stage.
QUARTER: tuple[int, ...] = (8_000, 2_000, 900, 360, 144, 54)


def sales_view_counts(marketing_counts=QUARTER) -> list[int]:
    """People at each sales stage: the count of the first marketing stage that feeds it."""
    by_stage = dict(zip(MARKETING_FUNNEL.keys, marketing_counts, strict=True))
    counts: dict[str, int] = {}
    for row in stage_mapping().itertuples(index=False):
        counts.setdefault(row.sales_stage, int(by_stage[row.marketing_stage]))
    return [counts[key] for key in SALES_FUNNEL.keys]


def _webinar_rate() -> float:
    leads = load("leads")
    webinar = leads[leads["channel"] == "webinar"]
    return float(mql_to_sql_rate(mqls=webinar["mql_date"].notna().sum(),
                                 sqls=webinar["sql_date"].notna().sum()))


def _closing_rate() -> float:
    table = conversion_table(sales_view_counts(), SALES_FUNNEL).set_index("stage")
    return float(table.loc["action", "count"] / table.loc["decision", "count"])


q1 = ValueQuestion(
    "sort-statements",
    N_("Article A's statements sorted into sales funnel, marketing funnel or both"),
    expected=lambda: dict(STATEMENTS),
    var="sorted_statements",
    hints=(
        N_("Two statements are Article A's similarities, so they belong to both funnels; "
           "the others come from its differences or from the stages."),
        N_("The marketing funnel creates interest and focuses on brand recognition and "
           "image; the sales funnel keeps interest and focuses on selling."),
        N_("Write every value in lower case, exactly \"sales\", \"marketing\" or \"both\"."),
    ),
    solution=N_("`sorted_statements = {\"s1\": \"both\", \"s2\": \"marketing\", \"s3\": "
                "\"sales\", \"s4\": \"sales\", \"s5\": \"marketing\", \"s6\": \"both\", "
                "\"s7\": \"marketing\"}`. Both funnels visualise the journey and optimise "
                "every stage; the marketing funnel creates interest, focuses on the brand "
                "and has six stages; the sales funnel keeps interest and focuses on selling."),
)

q2 = ValueQuestion(
    "webinar-mql-to-sql",
    N_("The MQL-to-SQL rate of the leads that came from webinars"),
    expected=_webinar_rate,
    var="webinar_rate",
    hints=(
        N_("Keep only the rows of `leads` whose `channel` is `\"webinar\"`."),
        N_("An MQL has a `mql_date`, an SQL a `sql_date`; count the values that are not "
           "missing with `.notna().sum()`."),
        N_("Pass the two counts to `mql_to_sql_rate(mqls=..., sqls=...)`."),
    ),
    solution=N_("`webinar = leads[leads[\"channel\"] == \"webinar\"]`, then "
                "`webinar_rate = mql_to_sql_rate(mqls=webinar[\"mql_date\"].notna().sum(), "
                "sqls=webinar[\"sql_date\"].notna().sum())`. Sales accepted more than half "
                "of the webinar MQLs, a higher share than for all leads together."),
)

q3 = FrameQuestion(
    "sales-view",
    N_("The conversion table of the sales funnel for the same quarter"),
    expected=lambda: conversion_table(sales_view_counts(), SALES_FUNNEL),
    var="sales_view",
    hints=(
        N_("Look at `stage_mapping()`: which marketing stages feed each sales stage?"),
        N_("Where two marketing stages feed one sales stage, the sales stage starts with "
           "the first of them: Decision starts at Intent, where marketing hands the leads "
           "over."),
        N_("Awareness and Interest keep their counts, Decision takes the count of Intent "
           "and Action the count of Purchase."),
    ),
    solution=N_("`sales_view = conversion_table([8_000, 2_000, 360, 54], SALES_FUNNEL)`: "
                "Consideration belongs to Interest, Intent and Evaluation to Decision, and "
                "Purchase is Action."),
)

q4 = ValueQuestion(
    "closing-rate",
    N_("The share of the leads handed to sales that become customers"),
    expected=_closing_rate,
    var="closing_rate",
    hints=(
        N_("Marketing hands the leads to sales at Intent, which is where the sales "
           "funnel's Decision starts."),
        N_("Divide the number of customers (Purchase) by the number of leads at Intent."),
    ),
    solution=N_("`closing_rate = 54 / 360`, which is 0.15: sales turns 15 % of the leads it "
                "receives into customers."),
)

q5 = ChoiceQuestion(
    "mql-or-sql",
    N_("A lead from a firm with 150 employees has read three case studies and opened the "
       "pricing page. Marketing has passed it on, but no salesperson has looked at it yet. "
       "What is it now?"),
    choices=(
        Choice(N_("A lead that nobody has qualified yet"), False,
               N_("Marketing has already judged this lead: it fits the target group and has "
                  "engaged enough.")),
        Choice(N_("A marketing-qualified lead (MQL)"), True,
               N_("Right: marketing judges the lead ready for sales; sales has not accepted "
                  "it yet.")),
        Choice(N_("A sales-qualified lead (SQL)"), False,
               N_("A lead becomes an SQL only when sales has accepted it, and no salesperson "
                  "has looked at this one yet.")),
        Choice(N_("A customer"), False,
               N_("The lead has not bought anything; it has only read content and looked at "
                  "prices.")),
    ),
    var="lead_status",
    hints=(N_("Ask who has judged the lead so far: marketing, sales or nobody?"),),
    solution=N_("`lead_status = \"b\"`: an MQL carries marketing's judgement; it becomes an "
                "SQL once sales accepts it."),
)

exercise = Exercise("04-side-by-side", [q1, q2, q3, q4, q5])


def progress():
    """Which questions of this exercise pass so far."""
    return exercise.progress()
