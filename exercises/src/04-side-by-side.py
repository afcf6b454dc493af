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
# # Exercises: Side by side
#
# These exercises practise what lesson 04 compared: the similarities and differences of the
# two funnels, how their stages map onto each other, and the hand-off from marketing to
# sales with MQLs and SQLs.

# %% [markdown] tags=["objectives"]
# - Sort statements into sales funnel, marketing funnel or both.
# - Compute an MQL-to-SQL rate from the lead table.
# - Turn marketing funnel counts into the sales funnel view with `stage_mapping()`.
# - Tell an MQL from an SQL.

# %% [markdown]
# ## How the exercises work
#
# Each question asks you to store your answer in a variable. Replace `____` with your answer,
# run the cell, then run the check below it. If you are stuck, `q1.hint()` gives a hint (call
# it again for a more concrete one) and `q1.solution()` shows a worked solution.
# `progress()` at the end shows which questions you have solved.

# %%
from funnelcourse import ____, exercise
from funnelkit import SALES_FUNNEL, datasets, stage_mapping
from funnelkit.metrics import conversion_table, mql_to_sql_rate

ex = exercise("04-side-by-side", globals())
q1, q2, q3, q4, q5 = ex.questions
progress = ex.progress

# %% [markdown] tags=["slide"]
# ## Question 1
#
# According to Article A, does each statement describe the sales funnel, the marketing
# funnel or both?
#
# - s1: It helps a company visualise the customer journey.
# - s2: It creates the customer's interest in a product.
# - s3: It keeps the customer's interest alive until the purchase.
# - s4: It focuses mainly on selling more products or services.
# - s5: It focuses more on brand recognition and image.
# - s6: It uses tactics, processes, strategies and tools to optimise every stage.
# - s7: It has six stages, from Awareness to Purchase.
#
# Store your answers in the dictionary `sorted_statements`, writing each value as
# `"sales"`, `"marketing"` or `"both"`. The check tells you how many answers are not right
# yet, but not which ones.

# %% tags=["student"]
sorted_statements = {
    "s1": ____,
    "s2": ____,
    "s3": ____,
    "s4": ____,
    "s5": ____,
    "s6": ____,
    "s7": ____,
}

# %% tags=["solution"]
sorted_statements = {
    "s1": "both",
    "s2": "marketing",
    "s3": "sales",
    "s4": "sales",
    "s5": "marketing",
    "s6": "both",
    "s7": "marketing",
}

# %%
q1.check()

# %% tags=["selftest"]
q1.assert_check_fails({**sorted_statements, "s2": "sales", "s3": "marketing"})
q1.assert_check_fails({key: "both" for key in sorted_statements})
q1.assert_check_passes(sorted_statements)

# %% [markdown] tags=["slide"]
# ## Question 2
#
# The lead table of the B2B software company records the day each lead became an MQL
# (`mql_date`) and an SQL (`sql_date`); the column `channel` says where the lead came from.
# What is the MQL-to-SQL rate of the leads that came from webinars? Store it in
# `webinar_rate` as a share between 0 and 1.

# %%
leads = datasets.load("leads")
leads[["lead_id", "channel", "mql_date", "sql_date"]].head()

# %% tags=["student"]
webinar = ____
webinar_rate = ____

# %% tags=["solution"]
webinar = leads[leads["channel"] == "webinar"]
webinar_rate = mql_to_sql_rate(
    mqls=webinar["mql_date"].notna().sum(), sqls=webinar["sql_date"].notna().sum()
)
webinar_rate

# %%
q2.check()

# %% tags=["selftest"]
q2.assert_check_fails(
    mql_to_sql_rate(mqls=leads["mql_date"].notna().sum(), sqls=leads["sql_date"].notna().sum())
)
q2.assert_check_fails(webinar["sql_date"].notna().sum() / len(webinar))
q2.assert_check_passes(webinar_rate)

# %% [markdown] tags=["slide"]
# ## Question 3
#
# In another quarter the planning-tool company counted these people in its marketing funnel:
# 8,000 at Awareness, 2,000 at Interest, 900 at Consideration, 360 at Intent, 144 at
# Evaluation and 54 at Purchase. What does the sales funnel of the same quarter look like?
# Use the stage mapping below to find the four sales counts, then build their conversion
# table with `conversion_table` and the sales funnel and store it in `sales_view`.

# %%
stage_mapping()[["marketing_label", "sales_label", "handoff"]]

# %% tags=["student"]
sales_view = ____
sales_view

# %% tags=["solution"]
sales_view = conversion_table([8_000, 2_000, 360, 54], SALES_FUNNEL)
sales_view

# %%
q3.check()

# %% tags=["selftest"]
q3.assert_check_fails(conversion_table([8_000, 2_000, 900, 54], SALES_FUNNEL))
q3.assert_check_fails(conversion_table([8_000, 900, 144, 54], SALES_FUNNEL))
q3.assert_check_passes(sales_view)

# %% [markdown] tags=["slide"]
# ## Question 4
#
# In the same quarter, what share of the leads that sales accepted at the hand-off (the SQLs
# at Intent) became customers? Store it in `closing_rate` as a share between 0 and 1.

# %% tags=["student"]
closing_rate = ____

# %% tags=["solution"]
closing_rate = 54 / 360

# %%
q4.check()

# %% tags=["selftest"]
q4.assert_check_fails(54 / 8_000)
q4.assert_check_fails(54 / 144)
q4.assert_check_passes(closing_rate)

# %% [markdown] tags=["slide"]
# ## Question 5
#
# A lead of the planning-tool company works at a firm with 150 employees, has read three
# case studies and opened the pricing page. Marketing has passed it on, but no salesperson
# has looked at it yet. What is it now? Run the next cell to see the options, then store the
# letter of your answer in `lead_status`, for example `lead_status = "a"`.

# %%
print(q5.options())

# %% tags=["student"]
lead_status = ____

# %% tags=["solution"]
lead_status = "b"

# %%
q5.check()

# %% tags=["selftest"]
q5.assert_check_fails("c")
q5.assert_check_fails("a")
q5.assert_check_passes(lead_status)

# %% [markdown]
# ## Your progress

# %%
progress()

# %% [markdown] tags=["keypoints"]
# - Both funnels visualise the customer journey and optimise every stage. For Article A, the
#   marketing funnel creates interest and focuses on the brand, the sales funnel keeps
#   interest and focuses on selling.
# - In the course's model, the two funnels are two views of one journey, not two funnels in
#   a row: marketing runs the early stages, sales runs Intent (the hand-off) and the close,
#   and both share Evaluation.
# - The MQL-to-SQL rate is the share of marketing-qualified leads that sales accepts; it
#   differs between channels.
# - Each sales stage starts where the first marketing stage that feeds it starts: Decision
#   starts at Intent, where marketing hands the leads to sales.
# - An MQL carries marketing's judgement; it becomes an SQL when sales accepts it.
