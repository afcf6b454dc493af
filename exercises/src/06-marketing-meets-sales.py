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
# # Exercises: Marketing meets sales
#
# These exercises practise what lesson 06 introduced: measuring both sides of the hand-off
# between the marketing-led and the sales-led stages of the journey in the lead table of the
# software company, channel by channel.

# %% [markdown] tags=["objectives"]
# - Compute the MQL-to-SQL rate by hand and the cost per lead and customer acquisition cost
#   with `funnelkit`.
# - Compute the sales cycle length and the lead velocity rate from the lead table.
# - Tell the work of the marketing-led and the sales-led stages apart at the hand-off.

# %% [markdown]
# ## How the exercises work
#
# Each question asks you to store your answer in a variable. Replace `____` with your answer,
# run the cell, then run the check below it. If you are stuck, `q1.hint()` gives a hint
# (call it again for a more concrete one) and `q1.solution()` shows a worked solution.
# `progress()` at the end shows which questions you have solved.
#
# The next cell loads the lead table and the marketing spend and counts, for each channel,
# the leads, MQLs, SQLs and won deals of 2025 and the year's spend, as in the lesson.

# %%
import pandas as pd

from funnelcourse import ____, exercise
from funnelcourse.exercises.ex06 import statements
from funnelkit import datasets
from funnelkit.metrics import (
    cost_per_lead,
    customer_acquisition_cost,
    lead_velocity_rate,
    sales_cycle_length,
)

ex = exercise("06-marketing-meets-sales", globals())
q1, q2, q3, q4, q5, q6 = ex.questions
progress = ex.progress

leads = datasets.load("leads")
spend = datasets.load("campaign_spend")
by_channel = leads.groupby("channel", observed=True)
pipeline = pd.DataFrame({
    "leads": by_channel.size(),
    "mqls": by_channel["mql_date"].count(),
    "sqls": by_channel["sql_date"].count(),
    "won": by_channel["outcome"].apply(lambda outcome: (outcome == "won").sum()),
    "spend": spend.groupby("channel", observed=True)["spend"].sum(),
})
pipeline

# %% [markdown]
# ## Question 1
#
# Look at the webinar row of `pipeline`. What share of the webinar MQLs did sales accept as
# SQLs? Store this MQL-to-SQL rate in `webinar_rate` as a share between 0 and 1.

# %% tags=["student"]
webinar_rate = ____

# %% tags=["solution"]
webinar_rate = 154 / 279

# %%
q1.check()

# %% tags=["selftest"]
q1.assert_check_fails(279 / 154)
q1.assert_check_fails(154 / 513)
q1.assert_check_passes(webinar_rate)

# %% [markdown]
# ## Question 2
#
# Build a table `channel_costs` with one row per channel, in the order of `pipeline`, and two
# columns: `cost_per_lead` and `cac` (the customer acquisition cost). Use the functions
# `cost_per_lead` and `customer_acquisition_cost` on the columns of `pipeline`.

# %% tags=["student"]
channel_costs = ____
channel_costs

# %% tags=["solution"]
channel_costs = pd.DataFrame({
    "cost_per_lead": cost_per_lead(pipeline["spend"], pipeline["leads"]),
    "cac": customer_acquisition_cost(pipeline["spend"], pipeline["won"]),
})
channel_costs

# %%
q2.check()

# %% tags=["selftest"]
q2.assert_check_fails(pd.DataFrame({
    "cost_per_lead": cost_per_lead(pipeline["spend"], pipeline["leads"]),
    "cac": customer_acquisition_cost(pipeline["spend"], pipeline["sqls"]),
}))
q2.assert_check_fails(pd.DataFrame({
    "cost_per_lead": cost_per_lead(pipeline["spend"], pipeline["mqls"]),
    "cac": customer_acquisition_cost(pipeline["spend"], pipeline["won"]),
}))
q2.assert_check_passes(channel_costs)

# %% [markdown]
# ## Question 3
#
# Which channel has the lowest customer acquisition cost, and which the highest? Store the
# two channels, written as in the table (for example `"organic_search"`), in the dictionary
# `cac_extremes`. Is the channel with the most expensive customers also the one with the most
# expensive leads?

# %% tags=["student"]
cac_extremes = {"lowest": ____, "highest": ____}

# %% tags=["solution"]
cac = channel_costs["cac"]
cac_extremes = {"lowest": cac.idxmin(), "highest": cac.idxmax()}
cac_extremes

# %%
q3.check()

# %% tags=["selftest"]
q3.assert_check_fails({"lowest": "email", "highest": channel_costs["cost_per_lead"].idxmax()})
q3.assert_check_fails({"lowest": channel_costs["cac"].idxmax(),
                       "highest": channel_costs["cac"].idxmin()})
q3.assert_check_passes(cac_extremes)

# %% [markdown]
# ## Question 4
#
# How many days does a paid-ads deal take on average from opening the opportunity to
# closing it? Use `sales_cycle_length` on the closed paid-ads deals (the rows with a
# `closed_date`) and store the result in `paid_cycle`.

# %% tags=["student"]
paid = ____
paid_cycle = ____

# %% tags=["solution"]
paid = leads[leads["closed_date"].notna() & (leads["channel"] == "paid_ads")]
paid_cycle = sales_cycle_length(paid["opportunity_date"], paid["closed_date"])
paid_cycle

# %%
q4.check()

# %% tags=["selftest"]
q4.assert_check_fails(sales_cycle_length(paid["created"], paid["closed_date"]))
everyone = leads[leads["closed_date"].notna()]
q4.assert_check_fails(sales_cycle_length(everyone["opportunity_date"],
                                         everyone["closed_date"]))
q4.assert_check_passes(paid_cycle)

# %% [markdown]
# ## Question 5
#
# The next cell counts the MQLs of each month of 2025. Compute the lead velocity rate of
# December compared with November with `lead_velocity_rate` and store it in `december_lvr`.

# %%
monthly = leads["mql_date"].dropna().dt.strftime("%Y-%m").value_counts().sort_index()
monthly.tail(3)

# %% tags=["student"]
december_lvr = ____

# %% tags=["solution"]
december_lvr = lead_velocity_rate(monthly["2025-12"], monthly["2025-11"])
december_lvr

# %%
q5.check()

# %% tags=["selftest"]
q5.assert_check_fails(lead_velocity_rate(monthly["2025-11"], monthly["2025-12"]))
q5.assert_check_fails(lead_velocity_rate(monthly["2025-12"], monthly["2025-01"]))
q5.assert_check_passes(december_lvr)

# %% [markdown]
# ## Question 6
#
# Does each statement below belong to the marketing-led stages of the journey, the sales-led
# stages or both (the hand-off and Evaluation)? Store `"marketing"`, `"sales"` or `"both"`
# for each key in the dictionary `which_funnel`. The
# check tells you how many entries are wrong, but not which ones.

# %%
for key, statement in statements().itertuples(index=False):
    print(f"{key}: {statement}")

# %% tags=["student"]
which_funnel = {"s1": ____, "s2": ____, "s3": ____, "s4": ____, "s5": ____, "s6": ____}

# %% tags=["solution"]
which_funnel = {"s1": "marketing", "s2": "sales", "s3": "marketing", "s4": "sales",
                "s5": "both", "s6": "both"}

# %%
q6.check()

# %% tags=["selftest"]
q6.assert_check_fails({"s1": "marketing", "s2": "sales", "s3": "marketing", "s4": "sales",
                       "s5": "marketing", "s6": "sales"})
q6.assert_check_fails({"s1": "sales", "s2": "sales", "s3": "marketing", "s4": "sales",
                       "s5": "both", "s6": "both"})
q6.assert_check_passes(which_funnel)

# %% [markdown]
# ## Your progress

# %%
progress()

# %% [markdown] tags=["keypoints"]
# - The MQL-to-SQL rate measures the hand-off: the share of marketing's MQLs that sales
#   accepts.
# - Cost per lead and customer acquisition cost divide the same spend by different numbers;
#   a channel with cheap leads can still have the most expensive customers.
# - The sales cycle length counts closed deals only, from opening the opportunity to
#   closing it.
# - The lead velocity rate compares this month's qualified leads with last month's.
