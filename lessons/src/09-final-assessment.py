# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] tags=["slide"]
# # Final assessment
#
# This lesson checks what you can do with the ideas of the whole course. Each question
# describes a situation, gives you numbers or quotes a claim, and asks you to decide.

# %% [markdown] tags=["objectives"]
# - Place a described situation on the customer journey: its stage in both funnels, who runs
#   it and where marketing hands the lead to sales.
# - Find the bottleneck of a funnel from its counts and judge an improvement with a what-if
#   estimate.
# - Judge lead and channel figures: the MQL-to-SQL rate, the win rate, cost per lead and
#   customer acquisition cost.
# - Spot a misreading of the source articles or of synthetic data, and recommend where a
#   business should invest.

# %% [markdown] tags=["slide"]
# ## How this assessment works
#
# Answer the questions in order, without looking back at the lessons first. Every answer
# gets feedback at once, and the feedback names the lesson to revisit if you chose a wrong
# option. If you did the pre-test in lesson 00, compare: which ideas are clearer now?

# %% tags=["collapsed"]
from funnelcourse import quiz

quiz("09-final-assessment", "one-journey")

# %% tags=["collapsed"]
quiz("09-final-assessment", "stage-and-owner")

# %% tags=["collapsed"]
quiz("09-final-assessment", "who-accepts")

# %% tags=["collapsed"]
quiz("09-final-assessment", "bottleneck")

# %% tags=["collapsed"]
quiz("09-final-assessment", "what-if")

# %% tags=["collapsed"]
quiz("09-final-assessment", "channel-choice")

# %% tags=["collapsed"]
quiz("09-final-assessment", "three-meanings")

# %% tags=["collapsed"]
quiz("09-final-assessment", "synthetic-claim")

# %% tags=["collapsed"]
quiz("09-final-assessment", "where-to-invest")

# %% [markdown] tags=["keypoints"]
# - The marketing funnel and the sales funnel are two views of one customer journey;
#   responsibility shifts from marketing to sales, with the hand-off at Intent.
# - The bottleneck is the step with the lowest step conversion rate; a relative improvement
#   gives the same relative gain wherever it happens, so cost decides.
# - A cheap lead can result in an expensive customer: judge channels by customer acquisition
#   cost, not by cost per lead.
# - Check what a claim compares and where its evidence comes from before you act on it.
