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
# # Measuring a funnel
#
# Lesson 01 left a question open: would you rather have more visitors at the top of the
# funnel or a better conversion rate at the bottom? This lesson answers it with a what-if
# analysis. Then it builds funnels from raw data, the event log of a web shop, where you
# decide which steps count, in which order and within how much time.

# %% [markdown] tags=["objectives"]
# - Compute step and overall conversion rates, drop-off and drop-off rate, and find the
#   bottleneck.
# - Compare improving the bottleneck with adding traffic at the top in a what-if analysis.
# - Build a funnel from an event log with ordered steps and a conversion window.
# - Measure the time to convert and compare funnels by channel, device and week.

# %% [markdown] tags=["slide"]
# ## Four numbers per stage
#
# Start again with the running-shoe shop: 10,000 people at Awareness, 1,200 at Interest, 300
# at Decision and 90 at Action. `conversion_table` describes every stage with four numbers.

# %%
from funnelkit import SALES_FUNNEL
from funnelkit.metrics import conversion_table

shop = [10_000, 1_200, 300, 90]
conversion_table(shop, SALES_FUNNEL)

# %% [markdown]
# - The **step conversion rate** (`step_rate`) compares a stage with the stage before.
# - The **overall conversion rate** (`overall_rate`) compares it with the first stage.
# - The **drop-off** (`drop_off`) is the number of people lost since the stage before.
# - The **drop-off rate** (`drop_off_rate`) is the share lost: one minus the step rate.

# %% [markdown]
# Step conversion rates multiply: 12 % of 25 % of 30 % is 0.9 %, the overall conversion rate
# at Action. This fact decides the answer to lesson 01's question.

# %% [markdown] tags=["slide"]
# ## Drop-off and the bottleneck
#
# Article A counts finding the problem areas of the sales process among the main benefits
# of a sales funnel. Lesson 02 called the worst one the **bottleneck**: the step with the
# lowest step conversion rate, or the highest drop-off rate. The drop-off chart shows how
# many people each step loses.

# %%
from funnelkit.charts import drop_off_chart
from funnelkit.metrics import bottleneck

weakest = bottleneck(shop, SALES_FUNNEL)
drop_off_chart(conversion_table(shop, SALES_FUNNEL), bottleneck=weakest)

# %% [markdown]
# In the shoe shop the bottleneck is the step into Interest: most people who see an ad never
# visit the shop. Here the longest bar and the bottleneck are the same step; in the
# exercises you will meet a funnel where they are not, because the bottleneck is defined by
# a rate, not by the number of people lost.

# %% [markdown]
# The idea comes from operations management: in Goldratt's theory of constraints, a
# production line is never faster than its slowest machine, so improving any other machine
# is wasted. A funnel is different, because its step rates multiply.

# %% tags=["collapsed"]
from funnelcourse import quiz

quiz("05-measuring-a-funnel", "drop-off-rate")

# %% [markdown] tags=["slide"]
# ## More visitors or better conversion?
#
# `what_if` raises one step conversion rate by a relative uplift, keeps the others and
# recomputes the funnel. Compare two plans that both promise "10 % more": 10 % more people
# at Awareness, or a 10 % higher step rate into Interest, the bottleneck.
#
# Before you run the next cell, decide: which plan brings more customers, or is it a tie?

# %% [markdown] tags=["instructor"]
# Before running the next cell, let the group vote: which "10 % more" plan brings more
# customers? The tie usually surprises them; use it to discuss what each plan would really
# cost the shop, and for how long.

# %% tags=["prediction"]
import pandas as pd

from funnelkit.metrics import what_if

more_traffic = conversion_table([round(count * 1.1) for count in shop], SALES_FUNNEL)
better_interest = what_if(shop, "interest", 0.10, SALES_FUNNEL)
pd.DataFrame({
    "stage": SALES_FUNNEL.keys,
    "now": shop,
    "more_traffic": more_traffic["count"],
    "better_interest": better_interest["count"],
})

# %% [markdown]
# Both plans end with the same number of customers. Because step rates multiply, a 10 %
# relative gain anywhere in the funnel gives 10 % more customers. Arithmetic alone does not
# pick a winner; what decides is what each improvement costs and how long it lasts.

# %% [markdown]
# Two things can tilt the balance towards the bottleneck. First, if a fix adds the same
# number of percentage points at any step, it gains most at the bottleneck: five points are a
# much larger relative gain on a low rate than on a high one. Whether that is realistic
# depends on the step; a low rate may also be low for reasons that are hard to change.
# Second, extra traffic costs money every month and
# is rarely as good as the traffic you have, while a better rate works on every future
# visitor.

# %%
rates = conversion_table(shop, SALES_FUNNEL).set_index("stage")["step_rate"]
five_points = {stage: what_if(shop, stage, 0.05 / rates[stage], SALES_FUNNEL)
               for stage in ["interest", "decision", "action"]}
pd.DataFrame({
    "stage": list(five_points),
    "step_rate_now": [rates[stage] for stage in five_points],
    "extra_customers": [table["extra"].iloc[-1] for table in five_points.values()],
})

# %% [markdown]
# Five points more at the bottleneck bring far more extra customers than five points more at
# Action. That is why analysts look at the bottleneck first, and then check whether five
# points there are as feasible and as cheap as elsewhere. Article B argues for volume:
# bring in as many leads as possible, because even if only a small share buys, the volume
# makes up for it. That plan works only if the new people convert as well as the old ones;
# the web shop data below put it to the test.

# %% [markdown]
# Try it yourself: each customer is worth 100 euros, one pair of shoes. Set a 20 %
# improvement for Interest and then for Action, and compare the extra customers. Then find
# the improvement at Action that matches five points more at Interest.

# %% tags=["collapsed"]
from funnelkit.widgets import WhatIf

WhatIf(shop, SALES_FUNNEL, value_per_conversion=100)

# %% tags=["collapsed"]
quiz("05-measuring-a-funnel", "more-or-better")

# %% [markdown] tags=["slide"]
# ## Funnels from event logs
#
# Stage counts rarely arrive ready-made. Websites record an **event log**: one row for
# everything a person does, with who, what and when. The course's synthetic web shop log
# covers October to December 2025 and has six events in funnel order: `visit`,
# `product_view`, `sign_up`, `add_to_cart`, `checkout` and `purchase`. Adding to the cart
# is Article A's own example of the Intent stage.

# %%
from funnelkit import datasets

events = datasets.load("web_events")
steps = ["visit", "product_view", "sign_up", "add_to_cart", "checkout", "purchase"]
events.head(8)

# %% [markdown]
# To turn the log into a funnel you choose the steps, their order and a time limit, the
# **conversion window**.

# %% [markdown] tags=["slide"]
# ## How a window funnel counts
#
# `funnel_counts` uses one rule: a person counts at a step only if they did all earlier
# steps, in order, within the window after their first step. A person who comes back and
# does the first step again gets a new chance; their best attempt counts. Four made-up
# visitors show the rule at work.

# %%
from funnelkit.events import funnel_counts

toy = pd.DataFrame({
    "user_id": ["Ana", "Ana", "Ana", "Ben", "Ben", "Ben", "Cem", "Cem", "Cem", "Dana"],
    "event": ["visit", "sign_up", "purchase", "visit", "purchase", "sign_up",
              "visit", "sign_up", "purchase", "visit"],
    "timestamp": pd.to_datetime([
        "2025-10-01 10:00", "2025-10-01 10:05", "2025-10-04 18:00",
        "2025-10-02 09:00", "2025-10-02 09:30", "2025-10-02 09:40",
        "2025-10-03 20:00", "2025-10-05 21:00", "2025-10-22 12:00",
        "2025-10-04 08:00",
    ]),
})
toy_steps = ["visit", "sign_up", "purchase"]
pd.DataFrame({
    "stage": toy_steps,
    "window_7_days": funnel_counts(toy, toy_steps, window="7D")["count"],
    "window_30_days": funnel_counts(toy, toy_steps, window="30D")["count"],
})

# %% [markdown]
# Ana does all three steps within four days and counts everywhere. Ben buys before he signs
# up, so his purchase does not count: it did not come after the sign-up. Cem buys almost
# three weeks after his visit, so he counts as a buyer only with the 30-day window. Dana
# visits and leaves.

# %% [markdown] tags=["slide"]
# ## The window changes the counts
#
# The same rule applied to the web shop, with four different windows:

# %%
windows = {"1_hour": "1h", "1_day": "1D", "7_days": "7D", "30_days": "30D"}
by_window = pd.DataFrame({"stage": steps})
for name, window in windows.items():
    by_window[name] = funnel_counts(events, steps, window=window)["count"]
by_window

# %% [markdown]
# The longer the window, the more people count at the later steps, never fewer. With one
# hour only a few visitors count as buyers, with one day most of them, and between seven
# and thirty days almost nothing changes. The right window depends on the business: a few
# days suit a web shop, while the B2B planning tool, whose customers decide over weeks or
# months, needs a much longer one.

# %% tags=["collapsed"]
quiz("05-measuring-a-funnel", "window")

# %% [markdown] tags=["slide"]
# ## How long does it take to convert?
#
# `time_to_convert` lists how long each buyer took from the visit to the purchase;
# `time_to_convert_summary` condenses the list.

# %%
from funnelkit.events import time_to_convert, time_to_convert_summary

durations = time_to_convert(events, steps, window="30D")
time_to_convert_summary(durations)

# %% [markdown]
# The median buyer needs a few hours; the mean is about twice as long, because a few slow
# buyers pull it up. The 90th percentile (`p90`) says how long a window must be to catch
# nine buyers in ten.

# %%
from funnelkit.charts import time_to_convert_chart

time_to_convert_chart(durations)

# %% [markdown] tags=["slide"]
# ## Breakdown by channel and device
#
# With `by=` the funnel is counted separately for each channel (how a visitor first came)
# or device. Comparing the same step across groups tells you more than one funnel alone.

# %%
from funnelkit.charts import breakdown_chart

by_channel = funnel_counts(events, steps, window="30D", by="channel")
breakdown_chart(by_channel)

# %%
channel_of = events.drop_duplicates("user_id").set_index("user_id")["channel"]
hours = durations["duration"].dt.total_seconds() / 3600
purchase = by_channel[by_channel["stage"] == "purchase"].set_index("channel")
purchase.assign(
    visitors=by_channel[by_channel["stage"] == "visit"].set_index("channel")["count"],
    buyers=purchase["count"],
    purchase_rate=purchase["overall_rate"].round(3),
    median_hours_to_buy=hours.groupby(durations["user_id"].map(channel_of),
                                      observed=True).median().round(1),
)[["visitors", "buyers", "purchase_rate", "median_hours_to_buy"]]

# %% [markdown]
# Paid ads bring the most visitors but the lowest purchase rate, and their buyers are the
# fastest. Visitors from content and e-mail buy far more often but take longer. This matches
# Article B's claim that a volume approach is fast but converts fewer people, while
# nurturing is slower but converts more. Article B calls the first the sales funnel and the
# second the marketing funnel; in the course's model (lesson 04) they are two ways of
# bringing people into the same journey, not two funnels. The data are synthetic and were
# simulated to behave this way, so they illustrate the claim but cannot confirm it; lesson
# 07 returns to it.

# %% [markdown]
# Back to the "more traffic" plan: suppose the shop buys 10 % more visitors, all through
# paid ads. How many extra buyers can it expect?

# %%
average_rate = funnel_counts(events, steps, window="30D")["overall_rate"].iloc[-1]
paid_ads_rate = purchase.loc["paid_ads", "overall_rate"]
extra_visitors = round(0.10 * len(channel_of))
pd.Series({
    "converting_like_average": round(extra_visitors * average_rate),
    "converting_like_paid_ads": round(extra_visitors * paid_ads_rate),
}, name="extra_buyers")

# %% [markdown]
# Traffic that converts at less than half the average rate brings less than half the extra
# buyers. Article A puts it well: a good sales funnel captures enough *targeted* consumers.

# %% [markdown]
# The device breakdown shows step conversion rates: mobile visitors fall behind desktop
# visitors at every step, and because step rates multiply, the gaps add up.

# %%
by_device = funnel_counts(events, steps, window="30D", by="device")
breakdown_chart(by_device, rate="step_rate")

# %% [markdown] tags=["slide"]
# ## Conversion over time
#
# `conversion_over_time` groups visitors by the week of their first visit and shows the
# share of each group that completed the funnel.

# %%
from funnelkit.charts import conversion_over_time_chart
from funnelkit.events import conversion_over_time

weekly = conversion_over_time(events, steps, freq="W", window="30D")
conversion_over_time_chart(weekly)

# %% [markdown]
# Apart from the last point, the rate moves within about one percentage point (the next
# cell shows the ranges), normal noise for a few thousand visitors a week. The last point is
# lower, and part of the reason is a cut-off: the log ends on 31 December, so people who
# arrived in the last days had little time to buy. Watch for this effect in every
# dashboard.

# %%
weekly.iloc[:-1].agg({"entered": ["min", "max"], "conversion_rate": ["min", "max"]})

# %% [markdown] tags=["slide"]
# ## Explore the event log yourself
#
# Choose the steps in order, the window and a breakdown. Try putting `purchase` before
# `add_to_cart`, shrinking the window to one day, or a breakdown by device.

# %% tags=["collapsed"]
from funnelkit.widgets import EventFunnelExplorer

EventFunnelExplorer(events, ["visit", "add_to_cart", "purchase"], window_days=7)

# %% [markdown]
# A look back at an earlier lesson before the key points.

# %% tags=["collapsed"]
quiz("05-measuring-a-funnel", "review-handoff")

# %% [markdown] tags=["keypoints"]
# - The bottleneck is the step with the lowest step conversion rate, not necessarily the
#   one that loses the most people.
# - Step rates multiply: 10 % more anywhere gives 10 % more customers, but the same
#   percentage points gain most at the bottleneck, and extra traffic helps only if it
#   converts as well.
# - A window funnel counts a person at a step only if they did all earlier steps in order
#   within the window; a longer window never lowers the counts.
# - Breakdowns and conversion over time show where and when a funnel leaks; the most
#   recent period is cut off.

# %% [markdown] tags=["references"]
# - Article A: "Difference between sales funnel and marketing funnel" (course source text, in
#   German, Traditional Chinese and Malay translations).
# - Article B: "Sales funnel versus marketing funnel: what is the difference?" (course source
#   text, a marketing blog post, in Dutch and Russian translations).
# - Goldratt, E. M., & Cox, J. (1984). *The Goal: A Process of Ongoing Improvement*. North
#   River Press. (The theory of constraints and the idea of a bottleneck.)
# - ClickHouse documentation, "windowFunnel" aggregate function: the window-funnel rule that
#   `funnel_counts` follows.
