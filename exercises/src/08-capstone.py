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
# # Exercises: Capstone
#
# This is the open capstone. You analyse the lead pipeline of an established company in the
# five steps of lesson 08 and recommend where it should invest. Six questions are checked as
# usual; the recommendation at the end is yours to write, and you judge it with the rubric.

# %% [markdown] tags=["objectives"]
# - Choose the stages of a lead pipeline and measure it from the lead table.
# - Find the bottleneck, estimate an improvement with a what-if and compare the channels.
# - Write a recommendation on whether to invest in the marketing-led or the sales-led stages
#   of the journey, and judge it with a rubric.

# %% [markdown]
# ## How the exercises work
#
# Each question asks you to store your answer in a variable. Replace `____` with your answer,
# run the cell, then run the check below it. `q1.hint()` gives a hint (call it again for a
# more concrete one) and `q1.solution()` shows a worked solution. `progress()` at the end
# shows which questions you have solved.

# %%
from funnelcourse import ____, exercise
from funnelcourse.exercises.ex08 import PIPELINE, channel_summary
from funnelkit import bottleneck, conversion_table, datasets, what_if
from funnelkit.charts import funnel_chart
from funnelkit.widgets import WhatIf

ex = exercise("08-capstone", globals())
q1, q2, q3, q4, q5, q6 = ex.questions
progress = ex.progress

# %% [markdown] tags=["slide"]
# ## Step 1: The business
#
# The case is the software company of lesson 06, which sells a planning tool to other
# businesses as a subscription. It has been on the market for several years. In 2025 its
# marketing team created 9,000 leads through seven channels, and its sales team turned the
# most promising of them into contracts. Next year the management can afford one larger
# investment, and it asks you: should it go into the marketing-led stages (more or better
# leads) or the sales-led stages (the pipeline's conversion)?
#
# The lead table shows where each lead stood on 1 January 2026. Leads created late in the
# year have had little time to move on. The next cell shows, for the last four months of
# 2025, the share of leads that are still open.

# %%
leads = datasets.load("leads")
open_share = (leads["outcome"] == "open").groupby(leads["created"].dt.month).mean()
open_share.tail(4).round(3)

# %% [markdown]
# The later the month, the more leads are still open; in December it is almost a third.
# Counted as not won, they would make the pipeline look worse than it is. You therefore
# analyse the cohort of leads created from January to September.

# %%
cohort = leads[leads["created"].dt.month <= 9]
len(cohort)

# %% [markdown] tags=["slide"]
# ## Step 2: Choose the stages
#
# ### Question 1
#
# The company's pipeline has five stages. Their keys, in alphabetical order, are
# `"customer"`, `"lead"`, `"mql"`, `"opportunity"` and `"sql"`. An MQL is a lead that
# marketing judges ready for sales; an SQL is a lead that sales has accepted. Store the keys
# in pipeline order as a list in `stage_order`.

# %% tags=["student"]
stage_order = [____, ____, ____, ____, ____]

# %% tags=["solution"]
stage_order = ["lead", "mql", "sql", "opportunity", "customer"]

# %%
q1.check()

# %% tags=["selftest"]
q1.assert_check_fails(["lead", "sql", "mql", "opportunity", "customer"])
q1.assert_check_fails(["customer", "opportunity", "sql", "mql", "lead"])
q1.assert_check_passes(stage_order)

# %% [markdown]
# `PIPELINE` holds this funnel, with the stage names in your language. Use it for the rest of
# the capstone.

# %%
PIPELINE.labels()

# %% [markdown] tags=["slide"]
# ## Step 3: Measure
#
# ### Question 2
#
# Count how many leads of `cohort` reached each stage and store the five counts as a list in
# `counts`: all leads, the leads with an `mql_date`, with an `sql_date` and with an
# `opportunity_date`, and the leads whose `outcome` is `"won"`. Then build the conversion
# table with `conversion_table` and `PIPELINE`, and store it in `pipeline`.

# %% tags=["student"]
counts = ____
pipeline = ____
pipeline

# %% tags=["solution"]
counts = [
    len(cohort),
    cohort["mql_date"].notna().sum(),
    cohort["sql_date"].notna().sum(),
    cohort["opportunity_date"].notna().sum(),
    (cohort["outcome"] == "won").sum(),
]
pipeline = conversion_table(counts, PIPELINE)
pipeline

# %%
q2.check()

# %% tags=["selftest"]
q2.assert_check_fails(conversion_table(datasets.pipeline_counts(leads), PIPELINE))
q2.assert_check_fails(conversion_table(
    [*counts[:4], cohort["closed_date"].notna().sum()], PIPELINE))
q2.assert_check_passes(pipeline)

# %% [markdown]
# The chart shows the cohort's pipeline. Each label gives the number of leads and, in
# brackets, the conversion rate from the stage before.

# %%
funnel_chart(conversion_table(datasets.pipeline_counts(cohort), PIPELINE), PIPELINE)

# %% [markdown] tags=["slide"]
# ## Step 4: Find the bottleneck and run what-ifs
#
# ### Question 3
#
# Which stage is the bottleneck of the pipeline? Read the chart, or use `bottleneck`, and
# store the stage key in `weakest`, for example `weakest = "sql"`.

# %% tags=["student"]
weakest = ____

# %% tags=["solution"]
weakest = bottleneck(counts, PIPELINE)
weakest

# %%
q3.check()

# %% tags=["selftest"]
q3.assert_check_fails("mql")
q3.assert_check_fails("opportunity")
q3.assert_check_passes(weakest)

# %% [markdown]
# ### Question 4
#
# The head of sales believes that faster follow-up and better answers to price questions
# could raise the conversion rate into the bottleneck by 20 %. How many more customers would
# the cohort have had? Use `what_if` and store the number of extra customers in
# `extra_customers`.

# %% tags=["student"]
extra_customers = ____

# %% tags=["solution"]
extra_customers = int(what_if(counts, weakest, 0.2, PIPELINE)["extra"].iloc[-1])
extra_customers

# %%
q4.check()

# %% tags=["selftest"]
q4.assert_check_fails(what_if(counts, weakest, 0.2, PIPELINE)["count"].iloc[-1])
q4.assert_check_fails(round(counts[3] * 0.2))
q4.assert_check_passes(extra_customers)

# %% [markdown]
# What are extra customers worth? The next cell computes the average value of the deals the
# cohort won. The what-if explorer uses it as the revenue per customer; try other stages and
# other improvements, and note the numbers you want to use in your recommendation.

# %%
average_deal = round(cohort.loc[cohort["outcome"] == "won", "deal_value"].mean())
average_deal

# %%
WhatIf(datasets.pipeline_counts(cohort), PIPELINE, uplift_percent=20, value_per_conversion=average_deal)

# %% [markdown]
# Why are opportunities lost? The next cell counts the reasons recorded for the cohort's lost
# opportunities.

# %%
lost = cohort[cohort["opportunity_date"].notna() & (cohort["outcome"] == "lost")]
lost["lost_reason"].astype(str).value_counts()

# %% [markdown]
# ### Question 5
#
# Where do the leads come from? `channel_summary` counts the cohort's leads and customers per
# channel. What share of the leads from paid ads became customers? Store it in
# `paid_ads_rate` as a share between 0 and 1.

# %%
summary = channel_summary(cohort)
summary

# %% tags=["student"]
paid_ads_rate = ____

# %% tags=["solution"]
paid_ads_rate = float(summary.loc["paid_ads", "customers"] / summary.loc["paid_ads", "leads"])
paid_ads_rate

# %%
q5.check()

# %% tags=["selftest"]
q5.assert_check_fails(summary.loc["paid_ads", "customers"] / summary["customers"].sum())
q5.assert_check_fails(summary.loc["paid_ads", "leads"] / len(cohort))
q5.assert_check_passes(paid_ads_rate)

# %% [markdown]
# ### Question 6
#
# Before you recommend where to invest, sort the possible measures. Does each one mainly
# belong to the marketing-led stages, to the sales-led stages, or to the hand-off that both
# teams share? Store `"marketing"`, `"sales"` or `"both"` for each measure in the dictionary
# `measures`.
#
# - `m1`: lead generation at a trade fair: collecting the contact details of visitors.
# - `m2`: training the sales team to answer price objections in the final offer.
# - `m3`: an e-mail course that nurtures new leads until they are ready to talk to sales.
# - `m4`: one shared definition of an MQL, agreed by marketing and sales.
# - `m5`: a time-limited discount for prospects who are about to sign the contract.

# %% tags=["student"]
measures = {"m1": ____, "m2": ____, "m3": ____, "m4": ____, "m5": ____}

# %% tags=["solution"]
measures = {"m1": "marketing", "m2": "sales", "m3": "marketing", "m4": "both", "m5": "sales"}

# %%
q6.check()

# %% tags=["selftest"]
q6.assert_check_fails({"m1": "marketing", "m2": "sales", "m3": "sales", "m4": "both",
                       "m5": "sales"})
q6.assert_check_fails({"m1": "sales", "m2": "sales", "m3": "marketing", "m4": "marketing",
                       "m5": "sales"})
q6.assert_check_passes(measures)

# %% [markdown] tags=["slide"]
# ## Step 5: Your recommendation
#
# Write your recommendation to the management in the cell below, in about 150 to 250 words.
# Answer their question: should next year's larger investment go into the marketing-led
# stages (more or better leads) or the sales-led stages (the pipeline's conversion)? Build
# on your evidence:
#
# - the stage of the business and its goal (step 1);
# - the stages and how they map onto the two funnels (step 2);
# - the conversion table, the bottleneck, the reasons for lost deals and the channels
#   (steps 3 and 4);
# - at least two what-ifs, and which of them is more realistic;
# - one first action and a metric to track;
# - the limits of the data, and where the two articles disagree.
#
# There is no check for this text. Judge it with the rubric of lesson 08:
#
# | criterion | excellent | adequate | needs work |
# |---|---|---|---|
# | Business context | Ties the recommendation to the business's stage and goal | Mentions the stage or the goal | Advice that fits any business |
# | Funnel design | Stages fit the journey, are mapped to both funnels, choices explained | Sensible stages, little explanation | Stages missing or in the wrong order |
# | Evidence | Conversion table, bottleneck and a benchmark; every number matches the output | Some numbers, used correctly | No numbers, or numbers that contradict the data |
# | What-ifs | Compares two or more options and which is more realistic | One what-if | No estimate of the effect |
# | Recommendation | One stretch of the journey (marketing-led or sales-led stages), a first action, its expected effect and a metric to track | A choice, but no action or metric | No clear choice |
# | Limits and sources | Names the limits of the data and where the articles disagree | Names one limit | Presents the result as certain |

# %% [markdown] tags=["student"]
# *Write your recommendation here: double-click this cell to edit it.*

# %% [markdown] tags=["solution"]
# A model recommendation, one of several good answers:
#
# > The larger investment should go into the sales-led stages, above all into winning
# > opportunities. The company is established: in nine months marketing created 6,526 leads,
# > but only 302 became customers. The bottleneck is the last step, where only about a third
# > of the opportunities are won, and most lost opportunities go to a competitor or fail on
# > price: problems that better offers, answers to objections and follow-up can address. A
# > 20 % better win step would have brought 60 more customers, worth about €855,000 at the
# > average deal value.
#
# > More leads would bring the same 20 % only if the new leads were as good as today's, and
# > the channels suggest they would not be: paid ads already bring almost two in five leads,
# > but only about one in eighty of them becomes a customer. Part of the marketing budget
# > should therefore move from paid ads to channels with a lower customer acquisition cost
# > (lesson 06), such as e-mail, organic search and referrals, and both departments should
# > agree on one definition of an MQL. Track the win rate each quarter and the lead-to-customer rate per channel.
#
# > Limits: the data are synthetic and were made to show channel differences; they cover the
# > leads of January to September only, to leave out most open deals. The two articles
# > disagree about which funnel generates leads; this recommendation follows the course's
# > model, in which both funnels are views of one journey: marketing runs lead generation
# > and lead nurturing, and sales runs the pipeline from the SQL to the signed contract,
# > sharing Evaluation with marketing.

# %% [markdown]
# ## Your progress

# %%
progress()

# %% [markdown] tags=["keypoints"]
# - Analyse a cohort whose leads have had time to finish the pipeline; open deals make a
#   funnel look worse than it is.
# - The bottleneck is the lowest conversion rate, not the step that loses the most leads.
# - A 20 % improvement gives 20 % more customers wherever it happens; the channels show how
#   good extra leads would really be.
# - For an established business with many leads, better conversion in the sales-led stages
#   is usually worth more than even more leads.
