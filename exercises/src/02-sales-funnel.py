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
# # Exercises: The sales funnel
#
# These exercises practise what lesson 02 introduced: the four stages of the sales funnel and
# their tactics, reading a drop-off chart, and finding the bottleneck of a funnel.

# %% [markdown] tags=["objectives"]
# - Match typical tactics to the stages Awareness, Interest, Decision and Action.
# - Compute a step conversion rate and read the drop-off from a chart.
# - Find the bottleneck with `funnelkit` and tell it apart from the largest drop-off.
# - Recall what a good sales funnel does.

# %% [markdown]
# ## How the exercises work
#
# Each question asks you to store your answer in a variable. Replace `____` with your answer,
# run the cell, then run the check below it. If you are stuck, `q1.hint()` gives a hint (call
# it again for a more concrete one) and `q1.solution()` shows a worked solution. `progress()`
# at the end shows which questions you have solved.

# %%
from funnelcourse import ____, exercise
from funnelcourse.exercises.ex02 import tactics
from funnelkit import SALES_FUNNEL
from funnelkit.charts import drop_off_chart
from funnelkit.metrics import bottleneck, conversion_table

ex = exercise("02-sales-funnel", globals())
q1, q2, q3, q4, q5 = ex.questions
progress = ex.progress

# %% [markdown]
# ## Question 1
#
# The planning-tool company uses the six tactics listed by the next cell. For each tactic,
# decide at which stage of the sales funnel it belongs. Store your answers in the dictionary
# `tactic_stage`, using the stage keys `"awareness"`, `"interest"`, `"decision"` and
# `"action"`. The check tells you how many entries are not right, but not which ones.

# %%
tactics()

# %% tags=["student"]
tactic_stage = {"t1": ____, "t2": ____, "t3": ____, "t4": ____, "t5": ____, "t6": ____}

# %% tags=["solution"]
tactic_stage = {"t1": "decision", "t2": "awareness", "t3": "interest", "t4": "action",
                "t5": "decision", "t6": "interest"}

# %%
q1.check()

# %% tags=["selftest"]
q1.assert_check_fails({"t1": "action", "t2": "awareness", "t3": "interest", "t4": "action",
                       "t5": "decision", "t6": "interest"})
q1.assert_check_fails({"t1": "decision", "t2": "awareness", "t3": "decision", "t4": "action",
                       "t5": "interest", "t6": "awareness"})
q1.assert_check_passes(tactic_stage)

# %% [markdown]
# ## Question 2
#
# Last quarter the planning-tool company counted 6,000 people at Awareness, 1,500 at Interest,
# 180 at Decision and 54 at Action. What was the conversion rate from Interest to Decision?
# Store it in `decision_rate` as a share between 0 and 1.

# %%
last_quarter = [6_000, 1_500, 180, 54]

# %% tags=["student"]
decision_rate = ____

# %% tags=["solution"]
decision_rate = 180 / 1_500

# %%
q2.check()

# %% tags=["selftest"]
q2.assert_check_fails(180 / 6_000)
q2.assert_check_fails(54 / 180)
q2.assert_check_passes(decision_rate)

# %% [markdown]
# ## Question 3
#
# The chart shows how many people the company lost between each pair of stages last
# quarter. At which step did it lose the most people? Store the key of the stage that step
# goes into in `lost_most`; for the step Decision → Action, for example, you would write
# `"action"`.

# %%
drop_off_chart(conversion_table(last_quarter, SALES_FUNNEL), SALES_FUNNEL)

# %% tags=["student"]
lost_most = ____

# %% tags=["solution"]
lost_most = "interest"

# %%
q3.check()

# %% tags=["selftest"]
q3.assert_check_fails("decision")
q3.assert_check_fails("awareness")
q3.assert_check_passes(lost_most)

# %% [markdown]
# ## Question 4
#
# Now find the bottleneck of last quarter's funnel: the stage with the lowest conversion rate
# from the stage before. Use `bottleneck` with `last_quarter` and the sales funnel, and store
# the result in `weakest_stage`. Is it the same step as in question 3?

# %% tags=["student"]
weakest_stage = ____
weakest_stage

# %% tags=["solution"]
weakest_stage = bottleneck(last_quarter, SALES_FUNNEL)
weakest_stage

# %%
q4.check()

# %% tags=["selftest"]
q4.assert_check_fails("interest")
q4.assert_check_fails("action")
q4.assert_check_passes(weakest_stage)

# %% [markdown]
# ## Question 5
#
# Article A lists what a good sales funnel should do. Which of the options is not one of
# those jobs? Run the next cell to see the options, then store the letter of your answer in
# `not_a_job`, for example `not_a_job = "a"`.

# %%
print(q5.options())

# %% tags=["student"]
not_a_job = ____

# %% tags=["solution"]
not_a_job = "c"

# %%
q5.check()

# %% tags=["selftest"]
q5.assert_check_fails("a")
q5.assert_check_fails("d")
q5.assert_check_passes(not_a_job)

# %% [markdown]
# ## Your progress

# %%
progress()

# %% [markdown] tags=["keypoints"]
# - Every stage of the sales funnel has its own tactics: ads and search results create
#   awareness, comparisons and lead magnets feed interest, trials and offers help the
#   decision, and after-sales service follows the purchase.
# - A step conversion rate compares a stage with the stage just before it.
# - The largest drop-off is often at the top of the funnel; the bottleneck, the lowest step
#   rate, can be somewhere else.
# - A good sales funnel captures targeted consumers, not simply as many people as possible.
