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
# # Why funnels?
#
# Before we compare the sales funnel with the marketing funnel, we need to know why companies
# think in funnels at all. This lesson starts with money, moves on to the people who bring it
# in, and ends with your first funnel, which you can change yourself.

# %% [markdown] tags=["objectives"]
# - Explain why a company's survival depends on a steady flow of sales.
# - Describe the different jobs of the marketing and sales departments, and why the border
#   between them is blurred.
# - Read the customer journey as a funnel and compute a conversion rate from stage counts.

# %% [markdown] tags=["slide"]
# ## No profit without sales
#
# A company can have a brilliant product, a strong brand and a loyal team, and still fail. To
# keep going it must earn more than it spends, month after month. Profitability is therefore
# not a nice extra: it decides whether a business continues and, in the end, whether it
# survives. Almost all of that money arrives the same way: somebody buys something.
#
# Sales do not happen by themselves. Most people who could buy a product have never heard of
# it, many who have heard of it are not interested, and many who are interested never get
# round to buying. Every company therefore runs activities whose only purpose is to turn
# strangers into paying customers. The two classic ways to do that are marketing and sales.

# %% [markdown] tags=["slide"]
# ## Two departments, one goal
#
# In most companies marketing and sales are separate departments with their own processes,
# methods and targets. **Marketing** works with many people at once. It makes the brand
# known, creates interest with advertising, content and events, and collects the contact
# details of people who want to know more. **Sales** works with individual buyers. It talks to
# them, answers their questions, makes offers and closes deals.
#
# Think of a software company that sells a planning tool to other businesses. Its marketing
# team writes blog posts, runs online ads and hosts webinars; each month a few thousand people
# sign up for a newsletter or download a guide. Its sales team calls the most promising of
# these contacts, gives product demos and negotiates contracts. Both teams want the same thing,
# more revenue, but they measure success differently: marketing counts new contacts, sales
# counts signed contracts.

# %% [markdown]
# The border between the two is blurred. Who is responsible for a person who has read three
# blog posts and then asks for a price? Marketing created the interest, but the price
# conversation is sales work. Because the two departments meet in the middle of the customer's
# journey, the words they use overlap too, and the terms sales funnel and marketing funnel are
# often used as if they meant the same thing. They do not, and this course shows the
# difference step by step. Lesson 04 sums it up in the course's model: the two funnels are
# two views of one customer journey, in which marketing runs the early stages and sales
# the close.

# %% [markdown] tags=["instructor"]
# Ask the group who in their own organisation "owns" a customer who has asked for a price.
# The answers usually differ, which is exactly the blurred border this lesson is about.

# %% [markdown] tags=["slide"]
# ## The customer journey as a funnel
#
# Every customer goes through a journey: they notice a product, become curious, weigh it up
# and finally buy it (or drop out on the way). If you count how many people reach each step,
# the numbers always get smaller, just like a funnel that is wide at the top and narrow at the
# bottom. That picture gives the funnel its name.
#
# Take an online shop that sells running shoes. In one month 10,000 people see its ads
# (Awareness), 1,200 of them visit the shop and compare models (Interest), 300 put a pair in
# the basket and look at delivery options (Decision), and 90 actually pay (Action). Each
# number is a stage of the sales funnel, the four-stage model you will meet in detail in the
# next lesson.

# %% [markdown]
# Two numbers describe how well a funnel works. The **conversion rate** of a stage is the
# share of people from the previous stage who made it to this one: 1,200 of 10,000 people is
# a conversion rate of 12 %. The **drop-off** is the number of people lost between two
# stages: 8,800 people saw the ad but did not visit the shop. The `funnelkit` library
# computes both for every stage at once.
#
# Before you run the next cell, estimate: what share of the 10,000 people who saw an ad
# bought shoes in the end?

# %% tags=["prediction"]
from funnelkit import SALES_FUNNEL
from funnelkit.metrics import conversion_table

shop = conversion_table([10_000, 1_200, 300, 90], SALES_FUNNEL)
shop

# %% [markdown]
# Read the table row by row. `step_rate` is the conversion rate from the previous stage,
# `overall_rate` the share of the starting 10,000 people who got this far, and `drop_off` the
# number lost on the way. Only 0.9 % of the people who saw an ad bought shoes. These numbers
# are invented and rounded for easy arithmetic; real rates vary widely by shop, product and
# channel. The chart shows the same numbers as a funnel.

# %%
from funnelkit.charts import funnel_chart

funnel_chart(shop)

# %% [markdown] tags=["slide"]
# ## Your first funnel
#
# Now it is your turn. The explorer below starts with the running-shoe shop. Move a slider to
# change how many people reach a stage and watch how the table and the chart follow. The
# explorer also names the bottleneck: the stage with the lowest conversion rate, where the
# shop loses the largest share of the people who reached the stage before.

# %% tags=["collapsed"]
from funnelkit.widgets import FunnelExplorer

FunnelExplorer([10_000, 1_200, 300, 90], SALES_FUNNEL)

# %% [markdown]
# Try this: raise the number of people who reach Decision from 300 to 400. How many more
# customers does the shop get if the conversion rate of the last stage stays the same? And
# which would you rather improve if you ran the shop: more visitors at the top, or a better
# conversion rate at the bottom? Keep your answer in mind: the lesson on measuring funnels
# comes back to it.

# %% tags=["collapsed"]
from funnelcourse import quiz

quiz("01-why-funnels", "narrowing")

# %% tags=["collapsed"]
quiz("01-why-funnels", "steady-flow")

# %% [markdown] tags=["keypoints"]
# - A company survives only if it sells profitably; marketing and sales are the two classic
#   ways to create sales.
# - Marketing works with many potential customers at once, sales with individual buyers; the
#   border between the two departments is blurred.
# - The customer journey narrows at every step, which is why we draw it as a funnel.
# - The conversion rate is the share of people who reach the next stage; the drop-off is the
#   number who leave between two stages.

# %% [markdown] tags=["references"]
# - Article A: "Difference between sales funnel and marketing funnel" (course source text, in
#   German, Traditional Chinese and Malay translations).
# - Article B: "Sales funnel versus marketing funnel: what is the difference?" (course source
#   text, a marketing blog post, in Dutch and Russian translations).
