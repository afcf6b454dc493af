"""Exercise 03, "The marketing funnel": stages, lead generation and nurturing, lead data.

The expected answers are computed with funnelkit from the bundled lead table,
never typed in.

>>> from funnelkit.exercises.ex03 import q4
>>> q4.check("purchase").status
'correct'
>>> q4.check("interest").status
'incorrect'
"""

from __future__ import annotations

from ..datasets import load, pipeline_counts
from ..i18n import N_
from ..metrics import bottleneck, conversion_table
from ..stages import MARKETING_FUNNEL, Funnel
from .core import Exercise, OrderQuestion, ValueQuestion

__all__ = ["LEAD_STAGES", "ACTIVITIES", "lead_counts", "q1", "q2", "q3", "q4", "q5",
           "exercise", "progress"]

#: The part of the marketing funnel the lead table records: Interest to Purchase.
LEAD_STAGES = Funnel("marketing", MARKETING_FUNNEL.name, MARKETING_FUNNEL.stages[1:])

#: Question 2: each activity of the planning-tool company and the part it belongs to.
ACTIVITIES = {
    "a1": "generation",  # a trade fair stand that collects business cards
    "a2": "nurturing",   # automated e-mails to people who downloaded the guide
    "a3": "generation",  # online ads shown to project managers
    "a4": "nurturing",   # a case study for a lead who asked about prices
    "a5": "generation",  # a viral video that brings new visitors
    "a6": "nurturing",   # a monthly newsletter for subscribers
}


def lead_counts() -> list[int]:
    """Leads at Interest, Consideration, Intent, Evaluation and Purchase in the lead table.

    >>> len(lead_counts()) == len(LEAD_STAGES)
    True
    """
    return pipeline_counts(load("leads"))


def _lead_table():
    return conversion_table(lead_counts(), LEAD_STAGES).set_index("stage")


def _referral_rate() -> float:
    leads = load("leads")
    referral = leads[leads["channel"] == "referral"]
    return float((referral["outcome"] == "won").mean())


q1 = OrderQuestion(
    "marketing-stages",
    N_("The six stages of the marketing funnel in order"),
    expected=MARKETING_FUNNEL.keys,
    var="stage_order",
    hints=(
        N_("The funnel starts where people first notice the brand and ends with the "
           "purchase."),
        N_("Leads first weigh the offer (Consideration), then show that they want to buy "
           "(Intent), and only then decide together with sales (Evaluation)."),
    ),
    solution=N_("`stage_order = [\"awareness\", \"interest\", \"consideration\", \"intent\", "
                "\"evaluation\", \"purchase\"]`"),
)

q2 = ValueQuestion(
    "generation-or-nurturing",
    N_("Lead generation or lead nurturing: six activities of the planning-tool company"),
    expected=ACTIVITIES,
    var="activities",
    hints=(
        N_("Ask for each activity: does it reach people whose contact details the company "
           "does not have yet, or people who are already leads?"),
        N_("Activities that reach new people generate leads; activities aimed at known leads "
           "nurture them. Three activities belong to each part."),
    ),
    solution=N_("`activities = {\"a1\": \"generation\", \"a2\": \"nurturing\", \"a3\": "
                "\"generation\", \"a4\": \"nurturing\", \"a5\": \"generation\", \"a6\": "
                "\"nurturing\"}`: the trade fair, the ads and the viral video reach new "
                "people; the e-mails, the case study and the newsletter go to existing "
                "leads."),
)

q3 = ValueQuestion(
    "lead-to-mql",
    N_("The conversion rate from Interest to Consideration in the lead table"),
    expected=lambda: _lead_table().loc["consideration", "step_rate"],
    var="mql_rate",
    hints=(
        N_("Every row of the table is a lead (Interest); a lead reached Consideration when "
           "it has an `mql_date`."),
        N_("Count the leads with an `mql_date` (`leads[\"mql_date\"].notna().sum()`) and "
           "divide by the number of all leads (`len(leads)`)."),
    ),
    solution=N_("`mql_rate = leads[\"mql_date\"].notna().sum() / len(leads)`: a little "
                "over 40 % of the leads became marketing-qualified leads."),
)

q4 = ValueQuestion(
    "lead-bottleneck",
    N_("The bottleneck of the lead table's funnel, from Interest to Purchase"),
    expected=lambda: bottleneck(lead_counts(), LEAD_STAGES),
    var="lead_bottleneck",
    hints=(
        N_("The bottleneck is the stage with the lowest conversion rate from the previous "
           "stage. `bottleneck` takes the counts and the funnel and returns a stage key."),
        N_("Call `bottleneck(lead_counts, lead_stages)`; do not add Awareness, which the "
           "lead table does not record."),
    ),
    solution=N_("`lead_bottleneck = bottleneck(lead_counts, lead_stages)`, which is "
                "`\"purchase\"`: fewer than a third of the opportunities were won."),
)

q5 = ValueQuestion(
    "referral-rate",
    N_("The share of referral leads that became customers"),
    expected=_referral_rate,
    var="referral_rate",
    hints=(
        N_("Keep only the rows whose `channel` is `\"referral\"`; these are the leads that "
           "came through a recommendation."),
        N_("Among these rows, divide the number with `outcome` equal to `\"won\"` by the "
           "number of referral leads. `(referral[\"outcome\"] == \"won\").mean()` does both "
           "at once."),
    ),
    solution=N_("`referral = leads[leads[\"channel\"] == \"referral\"]` and then "
                "`referral_rate = (referral[\"outcome\"] == \"won\").mean()`: about one "
                "referral lead in eight became a customer."),
)

exercise = Exercise("03-marketing-funnel", [q1, q2, q3, q4, q5])


def progress():
    """Which questions of this exercise pass so far."""
    return exercise.progress()
