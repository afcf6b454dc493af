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
# # Exercises: Why funnels?
#
# These exercises practise what lesson 01 introduced: reading the customer journey as a
# funnel, computing conversion rates and telling the work of marketing and sales apart.

# %% [markdown] tags=["objectives"]
# - Compute a step conversion rate and an overall conversion rate by hand.
# - Build a conversion table with `funnelkit`.
# - Tell the jobs of the marketing and sales departments apart.

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
from funnelkit import SALES_FUNNEL
from funnelkit.metrics import conversion_table

ex = exercise("01-why-funnels", globals())
q1, q2, q3, q4, q5 = ex.questions
progress = ex.progress

# %% [markdown]
# ## Question 1
#
# In lesson 01 the running-shoe shop had 10,000 people at Awareness, 1,200 at Interest, 300 at
# Decision and 90 at Action. What is the conversion rate from Interest to Decision? Store it
# in `decision_rate` as a share between 0 and 1.

# %% tags=["student"]
decision_rate = ____

# %% tags=["solution"]
decision_rate = 300 / 1_200

# %%
q1.check()

# %% tags=["selftest"]
q1.assert_check_fails(1_200 / 300)
q1.assert_check_fails(300 / 10_000)
q1.assert_check_passes(decision_rate)

# %% [markdown]
# ## Question 2
#
# What share of the 10,000 people who saw an ad bought running shoes in the end? Store this
# overall conversion rate in `overall_rate`.

# %% tags=["student"]
overall_rate = ____

# %% tags=["solution"]
overall_rate = 90 / 10_000

# %%
q2.check()

# %% tags=["selftest"]
q2.assert_check_fails(90 / 300)
q2.assert_check_passes(overall_rate)

# %% [markdown]
# ## Question 3
#
# A bike shop counted 8,000 people at Awareness, 2,000 at Interest, 400 at Decision and 150 at
# Action last month. Use `conversion_table` with the sales funnel to build its conversion
# table and store it in `bike_table`. Which stage is the bike shop's bottleneck?

# %% tags=["student"]
bike_table = ____
bike_table

# %% tags=["solution"]
bike_table = conversion_table([8_000, 2_000, 400, 150], SALES_FUNNEL)
bike_table

# %%
q3.check()

# %% tags=["selftest"]
q3.assert_check_fails(conversion_table([10_000, 1_200, 300, 90], SALES_FUNNEL))
q3.assert_check_passes(bike_table)

# %% [markdown]
# ## Question 4
#
# Which department usually works with many potential customers at once? Run the next cell to
# see the options, then store the letter of your answer in `department`, for example
# `department = "a"`.

# %%
print(q4.options())

# %% tags=["student"]
department = ____

# %% tags=["solution"]
department = "b"

# %%
q4.check()

# %% tags=["selftest"]
q4.assert_check_fails("a")
q4.assert_check_passes(department)

# %% [markdown]
# ## Question 5
#
# Put the four stages of the sales funnel in the right order. Store the stage keys
# `"action"`, `"awareness"`, `"decision"` and `"interest"` as a list in `stage_order`.

# %% tags=["student"]
stage_order = [____, ____, ____, ____]

# %% tags=["solution"]
stage_order = ["awareness", "interest", "decision", "action"]

# %%
q5.check()

# %% tags=["selftest"]
q5.assert_check_fails(["awareness", "decision", "interest", "action"])
q5.assert_check_passes(stage_order)

# %% [markdown]
# ## Your progress

# %%
progress()

# %% [markdown] tags=["keypoints"]
# - The step conversion rate compares a stage with the stage just before it; the overall rate
#   compares it with the first stage.
# - `conversion_table` computes every rate and the drop-off for all stages at once.
# - Marketing works with many potential customers at once, sales with individual buyers.
