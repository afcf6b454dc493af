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
# # Exercises: Reading sources critically
#
# These exercises practise what lesson 07 introduced: telling the claims of the two source
# articles apart, testing a claim with the bundled lead table and the simulator, and knowing
# a newer funnel model.

# %% [markdown] tags=["objectives"]
# - Tell which source article makes which claim.
# - Compute a channel's lead-to-customer rate and its time to win from the lead table.
# - Use the simulator to show where the effects in synthetic data come from.
# - Put the steps of the 5A model in order.

# %% [markdown]
# ## How the exercises work
#
# Each question asks you to store your answer in a variable. Replace `____` with your answer,
# run the cell, then run the check below it. The check tells you at once whether your answer
# is right and, if it is not, what to look at. If you are stuck, `q1.hint()` gives a hint
# (call it again for a more concrete one) and `q1.solution()` shows a worked solution.
# `progress()` at the end shows which questions you have solved.

# %%
from dataclasses import replace

from funnelcourse import ____, exercise
from funnelcourse.exercises.ex07 import NEUTRAL_SEED
from funnelkit import datasets
from funnelkit.simulate import DEFAULT_CHANNELS, simulate_leads

leads = datasets.load("leads")

ex = exercise("07-reading-sources-critically", globals())
q1, q2, q3, q4, q5, q6 = ex.questions
progress = ex.progress

# %% [markdown]
# ## Question 1
#
# Which article makes each statement? Answer `"a"` for article A, `"b"` for article B or
# `"both"` when both articles say it.
#
# - s1: The sales funnel has four stages: Awareness, Interest, Decision and Action.
# - s2: The marketing funnel focuses more on brand recognition and image.
# - s3: The marketing funnel also covers loyalty and advocacy after the purchase.
# - s4: Marketing funnels are slower, but in the end they convert more leads into paying
#   customers.
# - s5: The marketing funnel has six stages, from Awareness to Purchase.
# - s6: The sales funnel keeps consumers interested; the marketing funnel awakens their
#   interest.
#
# The check tells you how many answers are not right yet, but not which ones.

# %% tags=["student"]
sources = {"s1": ____, "s2": ____, "s3": ____, "s4": ____, "s5": ____, "s6": ____}

# %% tags=["solution"]
sources = {"s1": "both", "s2": "a", "s3": "b", "s4": "b", "s5": "a", "s6": "a"}

# %%
q1.check()

# %% tags=["selftest"]
q1.assert_check_fails({"s1": "a", "s2": "a", "s3": "b", "s4": "b", "s5": "a", "s6": "a"})
q1.assert_check_fails({"s1": "both", "s2": "b", "s3": "a", "s4": "b", "s5": "a", "s6": "a"})
q1.assert_check_passes(sources)

# %% [markdown]
# ## Question 2
#
# Article B claims that the marketing funnel converts more leads into customers. In the
# bundled lead table, what share of the leads from the channel `"content"` became customers
# (`outcome` is `"won"`)? Store it in `content_rate` as a share between 0 and 1.

# %% tags=["student"]
content = leads[leads["channel"] == "content"]
content_rate = ____

# %% tags=["solution"]
content = leads[leads["channel"] == "content"]
content_rate = (content["outcome"] == "won").mean()

# %%
q2.check()

# %% tags=["selftest"]
paid = leads[leads["channel"] == "paid_ads"]
opportunities = content[content["opportunity_date"].notna()]
q2.assert_check_fails((paid["outcome"] == "won").mean())
q2.assert_check_fails((opportunities["outcome"] == "won").mean())
q2.assert_check_passes(content_rate)

# %% [markdown]
# ## Question 3
#
# Article B also claims that the marketing funnel is slower. For the content leads that were
# won, what is the median number of whole days from `created` to `closed_date`? Store it in
# `content_days`. Compare it with the paid-ads leads if you like.

# %% tags=["student"]
content_days = ____

# %% tags=["solution"]
won = content[content["outcome"] == "won"]
content_days = (won["closed_date"] - won["created"]).dt.days.median()

# %%
q3.check()

# %% tags=["selftest"]
q3.assert_check_fails((won["closed_date"] - won["created"]).dt.days.mean())
paid_won = paid[paid["outcome"] == "won"]
q3.assert_check_fails((paid_won["closed_date"] - paid_won["created"]).dt.days.median())
q3.assert_check_passes(content_days)

# %% [markdown]
# ## Question 4
#
# The bundled data were generated with channel effects built in. What happens without them?
# The cell below gives every channel the same quality and speed and simulates 9,000 leads.
# `rates` is the lead-to-customer rate of each channel. Divide the rate of content by the rate
# of paid ads and store the result in `neutral_ratio`. In the bundled data this ratio is far
# above 1; what is it now?

# %% tags=["student"]
neutral = [replace(channel, quality=1.0, speed=1.0) for channel in DEFAULT_CHANNELS]
neutral_leads = simulate_leads(9_000, channels=neutral, seed=NEUTRAL_SEED)
won_neutral = neutral_leads["outcome"] == "won"
rates = won_neutral.groupby(neutral_leads["channel"], observed=True).mean()
neutral_ratio = ____

# %% tags=["solution"]
neutral = [replace(channel, quality=1.0, speed=1.0) for channel in DEFAULT_CHANNELS]
neutral_leads = simulate_leads(9_000, channels=neutral, seed=NEUTRAL_SEED)
won_neutral = neutral_leads["outcome"] == "won"
rates = won_neutral.groupby(neutral_leads["channel"], observed=True).mean()
neutral_ratio = rates["content"] / rates["paid_ads"]
print(round(neutral_ratio, 2))

# %%
q4.check()

# %% tags=["selftest"]
q4.assert_check_fails(rates["paid_ads"] / rates["content"])
q4.assert_check_fails(content_rate / (paid["outcome"] == "won").mean())
q4.assert_check_passes(neutral_ratio)

# %% [markdown]
# ## Question 5
#
# The 5A model of Kotler, Kartajaya and Setiawan describes the customer path in five steps.
# Put them in order: store `"act"`, `"advocate"`, `"appeal"`, `"ask"` and `"aware"` as a list
# in `five_a`.

# %% tags=["student"]
five_a = [____, ____, ____, ____, ____]

# %% tags=["solution"]
five_a = ["aware", "appeal", "ask", "act", "advocate"]

# %%
q5.check()

# %% tags=["selftest"]
q5.assert_check_fails(["aware", "ask", "appeal", "act", "advocate"])
q5.assert_check_fails(["act", "advocate", "appeal", "ask", "aware"])
q5.assert_check_passes(five_a)

# %% [markdown]
# ## Question 6
#
# Which conclusions do the bundled lead data support? Run the next cell to see the options,
# then store the letters of all the right answers as a set in `conclusions`, for example
# `conclusions = {"a", "b"}`.

# %%
print(q6.options())

# %% tags=["student"]
conclusions = {____}

# %% tags=["solution"]
conclusions = {"a", "c"}

# %%
q6.check()

# %% tags=["selftest"]
q6.assert_check_fails({"a", "b"})
q6.assert_check_fails({"a", "c", "d"})
q6.assert_check_passes(conclusions)

# %% [markdown]
# ## Your progress

# %%
progress()

# %% [markdown] tags=["keypoints"]
# - Article A and article B make different claims; quote each one exactly and say which
#   article it comes from.
# - In the bundled lead table, content leads convert more often and more slowly than leads
#   from paid ads.
# - Without the built-in channel effects, the simulator shows no such difference beyond
#   chance: synthetic data show their assumptions.
# - The 5A model runs aware, appeal, ask, act, advocate: the path ends with a customer who
#   recommends the brand.
