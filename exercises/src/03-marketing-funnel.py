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
# # Exercises: The marketing funnel
#
# These exercises practise what lesson 03 introduced: the six stages of the marketing
# funnel, its two parts lead generation and lead nurturing, and the funnel in the lead table
# of a software company.

# %% [markdown] tags=["objectives"]
# - Put the six stages of the marketing funnel in order.
# - Tell lead generation and lead nurturing apart.
# - Compute a conversion rate and find the bottleneck in the lead table.
# - Measure how well leads from recommendations convert.

# %% [markdown]
# ## How the exercises work
#
# Each question asks you to store your answer in a variable. Replace `____` with your answer,
# run the cell, then run the check below it. The check tells you at once whether your answer
# is right and, if it is not, what to look at. If you are stuck, `q1.hint()` gives a hint
# (call it again for a more concrete one) and `q1.solution()` shows a worked solution.
# `progress()` at the end shows which questions you have solved.

# %%
from funnelcourse import ____, exercise
from funnelkit import MARKETING_FUNNEL, datasets
from funnelkit.metrics import bottleneck, conversion_table
from funnelkit.stages import Funnel

leads = datasets.load("leads")
leads.head()

ex = exercise("03-marketing-funnel", globals())
q1, q2, q3, q4, q5 = ex.questions
progress = ex.progress

# %% [markdown]
# ## Question 1
#
# Put the six stages of the marketing funnel in the right order. Store the stage keys
# `"consideration"`, `"evaluation"`, `"awareness"`, `"purchase"`, `"intent"` and
# `"interest"` as a list in `stage_order`.

# %% tags=["student"]
stage_order = [____, ____, ____, ____, ____, ____]

# %% tags=["solution"]
stage_order = ["awareness", "interest", "consideration", "intent", "evaluation", "purchase"]

# %%
q1.check()

# %% tags=["selftest"]
q1.assert_check_fails(["awareness", "interest", "intent", "consideration", "evaluation",
                       "purchase"])
q1.assert_check_fails(["awareness", "interest", "decision", "action"])
q1.assert_check_passes(stage_order)

# %% [markdown]
# ## Question 2
#
# The planning-tool company runs these six activities. Which of them are lead generation and
# which are lead nurturing?
#
# - a1: a stand at a trade fair where visitors leave their business cards;
# - a2: a series of automated e-mails with planning tips for people who downloaded the
#   company's guide;
# - a3: online ads that show the planning tool to project managers;
# - a4: a case study of a similar firm, sent to a lead who asked about prices;
# - a5: a viral video that brings thousands of new visitors to the website;
# - a6: a monthly newsletter for everyone who has signed up for it.
#
# Store your answer in the dictionary `activities`, with `"generation"` or `"nurturing"` for
# each activity. The check tells you how many entries are not right, but not which ones.

# %% tags=["student"]
activities = {
    "a1": ____,
    "a2": ____,
    "a3": ____,
    "a4": ____,
    "a5": ____,
    "a6": ____,
}

# %% tags=["solution"]
activities = {
    "a1": "generation",
    "a2": "nurturing",
    "a3": "generation",
    "a4": "nurturing",
    "a5": "generation",
    "a6": "nurturing",
}

# %%
q2.check()

# %% tags=["selftest"]
q2.assert_check_fails({**activities, "a2": "generation"})
q2.assert_check_fails({key: "generation" for key in activities})
q2.assert_check_passes(activities)

# %% [markdown]
# ## Question 3
#
# Each row of `leads` is a lead, so all rows together are the Interest stage. A lead reached
# Consideration when marketing qualified it, which means that its `mql_date` is filled in.
# What is the conversion rate from Interest to Consideration? Store it in `mql_rate` as a
# share between 0 and 1.

# %% tags=["student"]
mql_rate = ____

# %% tags=["solution"]
mql_rate = leads["mql_date"].notna().sum() / len(leads)
mql_rate

# %%
q3.check()

# %% tags=["selftest"]
q3.assert_check_fails(leads["mql_date"].isna().sum() / len(leads))
q3.assert_check_fails(leads["sql_date"].notna().sum() / leads["mql_date"].notna().sum())
q3.assert_check_passes(mql_rate)

# %% [markdown]
# ## Question 4
#
# The next cell counts the leads at the five stages the lead table records, from Interest
# to Purchase, and builds the matching part of the marketing funnel. Run it and look at the
# conversion table.

# %%
lead_stages = Funnel("marketing", MARKETING_FUNNEL.name, MARKETING_FUNNEL.stages[1:])
lead_counts = [
    len(leads),
    int(leads["mql_date"].notna().sum()),
    int(leads["sql_date"].notna().sum()),
    int(leads["opportunity_date"].notna().sum()),
    int((leads["outcome"] == "won").sum()),
]
conversion_table(lead_counts, lead_stages).round(3)

# %% [markdown]
# Which stage is the bottleneck of this funnel, the stage with the lowest conversion rate
# from the previous stage? Use `bottleneck` and store the stage key it returns in
# `lead_bottleneck`.

# %% tags=["student"]
lead_bottleneck = ____

# %% tags=["solution"]
lead_bottleneck = bottleneck(lead_counts, lead_stages)
lead_bottleneck

# %%
q4.check()

# %% tags=["selftest"]
q4.assert_check_fails("interest")
q4.assert_check_fails("evaluation")
q4.assert_check_passes(lead_bottleneck)

# %% [markdown]
# ## Question 5
#
# Advocacy brings new leads: in the lead table, leads that came through a recommendation
# have the channel `"referral"`. What share of the referral leads became customers (an
# `outcome` of `"won"`)? Store it in `referral_rate` as a share between 0 and 1. If you like,
# compare it with the share for all leads afterwards.

# %% tags=["student"]
referral_rate = ____

# %% tags=["solution"]
referral = leads[leads["channel"] == "referral"]
referral_rate = (referral["outcome"] == "won").mean()
referral_rate

# %%
q5.check()

# %% tags=["selftest"]
q5.assert_check_fails((leads["outcome"] == "won").mean())
q5.assert_check_fails(
    (referral["outcome"] == "won").sum() / (leads["outcome"] == "won").sum()
)
q5.assert_check_passes(referral_rate)

# %% [markdown]
# ## Your progress

# %%
progress()

# %% [markdown] tags=["keypoints"]
# - The six stages of the marketing funnel are Awareness, Interest, Consideration, Intent,
#   Evaluation and Purchase.
# - Lead generation reaches people whose contact details the company does not have yet; lead
#   nurturing works with people who are already leads.
# - In a lead table the stages appear as lead, MQL, SQL, opportunity and won deal, and
#   `bottleneck` finds the weakest step.
# - Leads that come through recommendations can convert much better than others, which is
#   one reason why Advocacy matters.
