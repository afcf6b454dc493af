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
# # Exercises: Measuring a funnel
#
# These exercises practise what lesson 05 introduced: drop-off rates, what-if analysis,
# the rule behind window funnels, and funnels built from the web shop's event log.

# %% [markdown] tags=["objectives"]
# - Compute a drop-off rate by hand and the effect of an improvement with `what_if`.
# - Apply the window-funnel rule to a small event log by hand.
# - Count a funnel from an event log with a conversion window and a breakdown.
# - Find the bottleneck of a segment and tell it apart from the largest drop-off.

# %% [markdown]
# ## How the exercises work
#
# Each question asks you to store your answer in a variable. Replace `____` with your answer,
# run the cell, then run the check below it. If you are stuck, `q1.hint()` gives a hint (call
# it again for a more concrete one) and `q1.solution()` shows a worked solution. `progress()`
# at the end shows which questions you have solved.

# %%
from funnelcourse import ____, exercise
from funnelcourse.exercises.ex05 import toy_log
from funnelkit import datasets
from funnelkit.charts import drop_off_chart
from funnelkit.events import funnel_counts
from funnelkit.metrics import bottleneck, conversion_table, what_if

ex = exercise("05-measuring-a-funnel", globals())
q1, q2, q3, q4, q5 = ex.questions
progress = ex.progress

# %% [markdown]
# ## Question 1
#
# The planning-tool company offers a free guide on its website. Last quarter 5,000 people
# downloaded the guide, 2,000 of them opened the follow-up e-mails, 400 booked a product demo
# and 120 became customers. What is the drop-off rate of the step from opening the e-mails to
# booking a demo? Store it in `demo_drop_off_rate` as a share between 0 and 1.

# %%
guide = [5_000, 2_000, 400, 120]
stages = ["download", "email_open", "demo", "customer"]

# %% tags=["student"]
demo_drop_off_rate = ____

# %% tags=["solution"]
demo_drop_off_rate = 1 - 400 / 2_000

# %%
q1.check()

# %% tags=["selftest"]
q1.assert_check_fails(400 / 2_000)
q1.assert_check_fails(1_600)
q1.assert_check_passes(demo_drop_off_rate)

# %% [markdown]
# ## Question 2
#
# The sales team wants to make the demo easier to book and expects the step conversion rate
# into the demo stage to rise by 25 %, from 20 % to 25 %. Use `what_if` to find out how many
# extra customers that brings, if the other step rates stay the same. Store the number in
# `extra_customers`.

# %% tags=["student"]
extra_customers = ____

# %% tags=["solution"]
extra_customers = what_if(guide, "demo", 0.25, stages)["extra"].iloc[-1]
what_if(guide, "demo", 0.25, stages)

# %%
q2.check()

# %% tags=["selftest"]
q2.assert_check_fails(100)
q2.assert_check_fails(what_if(guide, "demo", 0.25, stages)["count"].iloc[-1])
q2.assert_check_passes(extra_customers)

# %% [markdown]
# ## Question 3
#
# The next cell shows a small event log of four shoppers in the web shop. Apply the
# window-funnel rule by hand: with the steps visit, add to cart, purchase and a 7-day window,
# what is the furthest step each shopper reaches? Store the step names (`"visit"`,
# `"add_to_cart"` or `"purchase"`) in the dictionary `furthest`. The check tells you how many
# entries are not right, but not which ones.

# %%
toy_log()

# %% tags=["student"]
furthest = {"ana": ____, "ben": ____, "cleo": ____, "dev": ____}

# %% tags=["solution"]
furthest = {"ana": "purchase", "ben": "visit", "cleo": "add_to_cart", "dev": "purchase"}

# %%
q3.check()

# %% tags=["selftest"]
q3.assert_check_fails({"ana": "purchase", "ben": "purchase", "cleo": "purchase",
                       "dev": "purchase"})
q3.assert_check_fails({"ana": "purchase", "ben": "visit", "cleo": "add_to_cart",
                       "dev": "visit"})
q3.assert_check_passes(furthest)

# %% [markdown]
# ## Question 4
#
# Now the real log. How many visitors of the web shop visit, add a product to the cart and
# buy, in that order, within one day of a visit? Use `funnel_counts` and store the number in
# `buyers_1_day`.

# %%
events = datasets.load("web_events")
steps = ["visit", "add_to_cart", "purchase"]

# %% tags=["student"]
buyers_1_day = ____

# %% tags=["solution"]
buyers_1_day = funnel_counts(events, steps, window="1D")["count"].iloc[-1]
funnel_counts(events, steps, window="1D")

# %%
q4.check()

# %% tags=["selftest"]
q4.assert_check_fails(funnel_counts(events, steps, window="30D")["count"].iloc[-1])
q4.assert_check_fails(funnel_counts(events, steps, window="1D")["count"].iloc[1])
q4.assert_check_passes(buyers_1_day)

# %% [markdown]
# ## Question 5
#
# The lesson showed that mobile visitors buy less often than desktop visitors. Where do they
# get stuck? The next cell counts the six-step funnel per device and draws the drop-off chart
# of the mobile visitors. Which stage is the bottleneck of the mobile funnel? Store its key
# in `mobile_bottleneck`, for example `"checkout"`.

# %%
all_steps = ["visit", "product_view", "sign_up", "add_to_cart", "checkout", "purchase"]
by_device = funnel_counts(events, all_steps, window="30D", by="device")
mobile = by_device[by_device["device"] == "mobile"]
drop_off_chart(mobile)

# %% tags=["student"]
mobile_bottleneck = ____

# %% tags=["solution"]
mobile_bottleneck = bottleneck(mobile.set_index("stage")["count"])
mobile_bottleneck

# %%
q5.check()

# %% tags=["selftest"]
q5.assert_check_fails("product_view")
q5.assert_check_fails("purchase")
q5.assert_check_passes(mobile_bottleneck)

# %% [markdown]
# ## Your progress

# %%
progress()

# %% [markdown] tags=["keypoints"]
# - The drop-off rate of a step is one minus its step conversion rate.
# - `what_if` shows how many extra customers an improvement brings; step rates multiply, so
#   a relative gain has the same effect wherever it happens.
# - In a window funnel a person counts at a step only after all earlier steps, in order,
#   within the window; every new first step starts a new chance.
# - The longest bar in a drop-off chart is not always the bottleneck: compare rates, not
#   head counts.
