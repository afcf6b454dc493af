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
# # Marketing meets sales
#
# Lesson 04 showed where marketing hands its leads to sales. This lesson follows a year of
# leads of the software company that sells a planning tool, channel by channel, with the
# numbers that marketing and sales teams actually report. You will see why the cheapest lead
# is not always the cheapest customer.

# %% [markdown] tags=["objectives"]
# - Read a lead table as one path, lead, MQL, SQL, opportunity and customer, along which
#   responsibility passes from marketing to sales.
# - Compute the MQL-to-SQL rate, win rate, sales cycle length, pipeline velocity, cost per
#   lead and customer acquisition cost per channel with `funnelkit`.
# - Weigh lead volume against lead quality and explain why a cheap lead can result in an
#   expensive customer.
# - Follow the growth of qualified leads with the lead velocity rate.

# %% [markdown] tags=["slide"]
# ## One path, two teams
#
# In a business-to-business company, the customer journey leaves a trace in the CRM system.
# A person who downloads a guide or registers for a webinar becomes a **lead**. Marketing
# keeps in touch with e-mails, case studies and invitations; this is lead nurturing. When a
# lead looks ready, marketing marks it as an **MQL** and passes it on. Sales reviews it and,
# if it accepts the lead, it becomes an **SQL**. A salesperson then opens an
# **opportunity**, a concrete deal with a value, which is finally won or lost.
#
# This is one path, and in the course's model (lesson 04) both funnels are views of it. What
# changes along the path is who is responsible. Marketing runs the stretch up to the MQL:
# lead generation and lead nurturing. Sales runs the pipeline from the SQL to the signed
# contract, the stretch that B2B sales teams often call their sales funnel, and shares
# Evaluation with marketing, whose case studies still support the deal. The mapping
# from lesson 04 shows both views and who runs each stage.

# %%
from funnelkit import stage_mapping

stage_mapping()[["marketing_label", "sales_label", "owner", "lead_status"]]

# %% [markdown]
# Leads become MQLs at Consideration, and Intent is the hand-off, where sales accepts them
# as SQLs. During Evaluation, when the lead is an opportunity, both departments work on the
# deal together, as Article A describes. The step from MQL to SQL is the seam between the
# two teams: the point where responsibility for the same lead passes from marketing to
# sales.

# %% [markdown] tags=["slide"]
# ## The lead table
#
# The course ships a synthetic lead table: 9,000 leads that the software company created in
# 2025, with the day each lead reached each stage and its status on 1 January 2026. An empty
# date means that the lead never got there, or has not got there yet.

# %%
from funnelkit import datasets

leads = datasets.load("leads")
leads.head()

# %% [markdown]
# Most leads drop out early, like these. `outcome` says whether a lead was won, lost or is
# still open, `lost_reason` why it was lost, `channel` which marketing channel brought it,
# `segment` the size of the company, and `deal_value` the value in euros of every
# opportunity. Counting the filled-in dates gives the funnel of the whole year.

# %%
from funnelkit.metrics import conversion_table
from funnelkit.stages import custom_funnel

PIPELINE = custom_funnel(["lead", "mql", "sql", "opportunity", "customer"],
                         labels=["lead", "MQL", "SQL", "opportunity", "customer"])
counts = [
    len(leads),
    leads["mql_date"].notna().sum(),
    leads["sql_date"].notna().sum(),
    leads["opportunity_date"].notna().sum(),
    (leads["outcome"] == "won").sum(),
]
company = conversion_table(counts, PIPELINE)
company

# %%
from funnelkit.charts import funnel_chart

funnel_chart(company, PIPELINE, title="Marketing hands leads to sales")

# %% [markdown]
# Fewer than half of the leads became MQLs, and sales accepted about half of those. Only a
# few percent of all leads became customers. The last step counts opportunities that are
# still open as not won, so it is a little lower than the win rate you will compute below.

# %% [markdown] tags=["instructor"]
# The MQL-to-SQL step is where the two departments most often blame each other: marketing
# says sales ignores good leads, sales says the leads are poor (Kotler, Rackham and
# Krishnaswamy call it a "war"). Ask the group who should write the definition of an MQL,
# and what each side would do if it were measured on this rate.

# %% tags=["collapsed"]
from funnelcourse import quiz

quiz("06-marketing-meets-sales", "handoff")

# %% [markdown] tags=["slide"]
# ## Marketing's numbers: volume, cost and qualification
#
# Marketing wants to know which channels bring leads, what each lead costs, and how many of
# its MQLs sales accepts. The next cell counts the leads of each channel at every stage,
# adds the won and lost deals among the opportunities, and the year's marketing spend from
# the table `campaign_spend`.

# %%
import pandas as pd

spend = datasets.load("campaign_spend")
deals = leads[leads["opportunity_date"].notna()]
by_channel = leads.groupby("channel", observed=True)
pipeline = pd.DataFrame({
    "leads": by_channel.size(),
    "mqls": by_channel["mql_date"].count(),
    "sqls": by_channel["sql_date"].count(),
    "opportunities": by_channel["opportunity_date"].count(),
    "won": deals[deals["outcome"] == "won"].groupby("channel", observed=True).size(),
    "lost": deals[deals["outcome"] == "lost"].groupby("channel", observed=True).size(),
    "spend": spend.groupby("channel", observed=True)["spend"].sum(),
})
pipeline

# %% [markdown]
# Two marketing metrics follow directly. The **cost per lead** is the spend divided by the
# number of leads. The **MQL-to-SQL rate** is the share of MQLs that sales accepted.

# %%
from funnelkit.metrics import cost_per_lead, mql_to_sql_rate

marketing = pd.DataFrame({
    "leads": pipeline["leads"],
    "cost_per_lead": cost_per_lead(pipeline["spend"], pipeline["leads"]),
    "mql_to_sql_rate": mql_to_sql_rate(pipeline["mqls"], pipeline["sqls"]),
})
marketing.round(2)

# %% [markdown]
# Paid ads bring by far the most leads, at a moderate price. E-mail and organic search are
# cheaper per lead; content, webinars and referrals cost more than three times as much per
# lead as paid ads. The last column shows the other side: sales accepts fewer than two in
# five MQLs from paid ads, but more than half of the MQLs from content, webinars, e-mail and
# referrals.

# %% [markdown] tags=["slide"]
# ## Sales' numbers: win rate, cycle and velocity
#
# Sales measures the pipeline. The **win rate** is the share of closed deals that were won;
# open deals do not count yet. The **sales cycle length** is the average number of days from
# opening an opportunity to closing it. **Pipeline velocity** combines four numbers into the
# revenue the open pipeline is expected to bring per day: open opportunities times win rate
# times average deal size, divided by the cycle length. We use the open opportunities on
# 1 January 2026, the status date of the table.

# %%
from funnelkit.metrics import pipeline_velocity, sales_cycle_length, win_rate

closed = deals[deals["outcome"] != "open"]
dates = closed.groupby("channel", observed=True)[["opportunity_date", "closed_date"]]
sales = pd.DataFrame({
    "win_rate": win_rate(pipeline["won"], pipeline["lost"]),
    "cycle_days": dates.apply(lambda d: sales_cycle_length(d["opportunity_date"],
                                                           d["closed_date"])),
    "average_deal": deals[deals["outcome"] == "won"].groupby(
        "channel", observed=True)["deal_value"].mean(),
    "open_opportunities": deals[deals["outcome"] == "open"].groupby(
        "channel", observed=True).size(),
})
sales["velocity_per_day"] = pipeline_velocity(
    sales["open_opportunities"], sales["win_rate"], sales["average_deal"], sales["cycle_days"])
sales.round({"win_rate": 3, "cycle_days": 1, "average_deal": 0, "velocity_per_day": 0})

# %% [markdown]
# The two high-volume channels, paid ads and social media, win only about one deal in five;
# content, webinars and e-mail win more than two in five, and referrals nearly half. Paid ads
# are fast: their deals close in about three weeks on average, while content and webinar
# deals take more than seven weeks. But speed alone is not value. Paid ads have 17 open
# deals, more than social media or referrals, yet with a low win rate and by far the
# smallest average deal their pipeline velocity is the second lowest, ahead of social media
# only.

# %% [markdown] tags=["slide"]
# ## Lead volume versus lead quality
#
# Put side by side, marketing's and sales' numbers tell one story. The chart shows each
# channel's conversion rate at every step of the path.

# %%
from funnelkit.charts import breakdown_chart

steps = pd.concat(
    [conversion_table(row[["leads", "mqls", "sqls", "opportunities", "won"]].tolist(),
                      PIPELINE).assign(channel=channel)
     for channel, row in pipeline.iterrows()],
    ignore_index=True,
)
breakdown_chart(steps[steps["stage"] != "lead"], by="channel", funnel=PIPELINE,
                rate="step_rate")

# %% [markdown]
# At every step, paid ads and social media have the two shortest bars, and their
# disadvantages multiply along the path: a lead from paid ads is far less likely to become a
# customer than a lead from content, webinars or e-mail. That is what the cost of a customer
# shows. The **customer acquisition cost** (CAC) is the spend divided by the number of new
# customers.
#
# Before you run the next cell, decide: which channel has the highest CAC, and which the
# lowest?

# %% tags=["prediction"]
from funnelkit.metrics import customer_acquisition_cost

costs = pd.DataFrame({
    "cost_per_lead": marketing["cost_per_lead"],
    "lead_to_customer": pipeline["won"] / pipeline["leads"],
    "cac": customer_acquisition_cost(pipeline["spend"], pipeline["won"]),
})
costs.round(3)

# %% [markdown]
# Paid ads have the highest CAC of all channels, although their leads are cheaper than those
# from content or webinars. E-mail is the cheapest channel on both counts; it reaches people
# who are already in touch with the company. Our spend table holds marketing costs only; a
# complete CAC would also include the cost of the sales team.

# %% tags=["collapsed"]
quiz("06-marketing-meets-sales", "cheap-lead")

# %% [markdown]
# Article B describes this pattern: a volume approach pulls in as many leads as possible and
# relies on a small share buying, while nurturing is slower but converts more leads. Our data
# agree, with two cautions. The lead table is synthetic and was generated to follow this very
# claim, so it illustrates the idea rather than proving it. And Article B calls the volume
# approach the sales funnel and nurturing the marketing funnel, while elsewhere it says that
# the marketing funnel exists to generate leads for sales. In the lead table, all channels
# pass through the same stages: volume and quality belong to lead generation channels, and
# every lead meets sales at the same hand-off. Lesson 07 returns to this disagreement.

# %% [markdown] tags=["slide"]
# ## Is the pipeline growing?
#
# All these numbers look back. The **lead velocity rate** looks ahead: it is the growth of
# qualified leads from one month to the next. Today's MQLs are the opportunities and the
# revenue of the coming months, so a rising lead velocity rate promises growth before it
# shows up in revenue.

# %%
from funnelkit.metrics import lead_velocity_rate

monthly = leads["mql_date"].dropna().dt.strftime("%Y-%m").value_counts().sort_index()
growth = pd.DataFrame({
    "mqls": monthly,
    "lead_velocity_rate": lead_velocity_rate(monthly.iloc[1:], monthly.shift(1).iloc[1:]),
})
growth.round(3)

# %%
year_growth = lead_velocity_rate(monthly.iloc[-1], monthly.iloc[0])
print(f"MQLs in December compared with January: {year_growth:+.1%}")

# %% [markdown]
# From one month to the next the rate jumps up and down by up to about 20 %, so a single
# month says little. Over the whole year the trend is clear: the company produced almost a
# third more MQLs in December than in January.

# %% [markdown] tags=["slide"]
# ## What if paid ads converted better?
#
# Paid ads bring many leads but, for their volume, few customers: 46 of 3,517 leads. The
# widget below starts with the paid-ads path of 2025 and the average value of a won
# paid-ads deal. It raises the MQL-to-SQL rate by 10 % of its value (from 39 % to about
# 43 %), as if marketing nurtured paid-ads leads better before handing them over.

# %%
from funnelkit.widgets import WhatIf

paid_ads = pipeline.loc["paid_ads", ["leads", "mqls", "sqls", "opportunities", "won"]]
WhatIf(paid_ads.tolist(), PIPELINE, stage="sql", uplift_percent=10,
       value_per_conversion=round(sales.loc["paid_ads", "average_deal"]))

# %% [markdown]
# Would the same 10 % bring more extra customers at another step? Decide before you try it
# in the widget.

# %% tags=["collapsed"]
quiz("06-marketing-meets-sales", "same-uplift")

# %% [markdown]
# Now choose another stage to improve, for example customer, and keep the 10 %. The extra
# customers hardly change: in a chain of conversion rates, the same relative improvement
# gives about the same result wherever it happens. The real question is which step is
# cheapest to improve, and marketing and sales have to answer it together.

# %% [markdown]
# A look back at an earlier lesson before the key points.

# %% tags=["collapsed"]
quiz("06-marketing-meets-sales", "review-bottleneck")

# %% [markdown] tags=["keypoints"]
# - A lead passes through one path, lead, MQL, SQL, opportunity and customer; marketing
#   runs lead generation and lead nurturing up to the MQL, sales runs the pipeline from the
#   SQL and shares Evaluation with marketing, and responsibility passes at the MQL-to-SQL
#   hand-off.
# - Marketing reports lead volume, cost per lead and the MQL-to-SQL rate; sales reports win
#   rate, sales cycle length and pipeline velocity.
# - Cheap leads can result in expensive customers: compare channels by customer acquisition
#   cost, not by cost per lead alone.
# - In these data, high-volume channels convert worse but faster, and nurtured channels
#   convert better but slower; both feed the same sales pipeline.
# - The lead velocity rate shows whether qualified leads are growing; read it over several
#   months, not month by month.

# %% [markdown] tags=["references"]
# - Article A: "Difference between sales funnel and marketing funnel" (course source text, in
#   German, Traditional Chinese and Malay translations).
# - Article B: "Sales funnel versus marketing funnel: what is the difference?" (course source
#   text, a marketing blog post, in Dutch and Russian translations).
# - Kotler, P., Rackham, N. and Krishnaswamy, S. (2006): "Ending the War Between Sales and
#   Marketing". Harvard Business Review, July–August 2006.
