"""Quiz questions of lesson 01."""

from __future__ import annotations

from ..i18n import N_
from . import Choice, Question

__all__ = ["QUESTIONS"]

QUESTIONS: tuple[Question, ...] = (
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
)
