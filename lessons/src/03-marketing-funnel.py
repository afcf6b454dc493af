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
# # The marketing funnel
#
# Lesson 02 followed a prospect through the four stages of the sales funnel. This lesson
# looks at the same journey through the eyes of the marketing team. Their funnel starts
# before anyone has left contact details, and in one of our sources it does not even stop
# at the purchase.

# %% [markdown] tags=["objectives"]
# - Define the marketing funnel and name its two parts, lead generation and lead nurturing.
# - Describe the six stages from Awareness to Purchase, with a typical tactic for each.
# - Measure a marketing funnel from lead data and find its bottleneck.
# - Explain how Loyalty and Advocacy extend the funnel beyond the purchase.

# %% [markdown] tags=["slide"]
# ## What a marketing funnel is
#
# Article A defines the marketing funnel as the process of converting a lead into a
# customer. It helps potential customers get to know the brand, and it lets the company
# visualise its customers' journey, so that it can plan marketing for each step.
#
# Article B calls the marketing funnel a wider view of the customer journey: it also covers
# what customers do after buying, such as staying loyal and recommending the brand. This
# lesson uses both views: Article A's six stages up to the purchase, and Article B's two
# stages after it.

# %% [markdown]
# One detail of Article A's definition needs care. It speaks of converting a lead, but at
# the first stage of its own funnel, Awareness, people have not left any contact details, so
# they are not leads yet. The marketing funnel has to create its leads before it can convert
# them. That is why it has two parts.
#
# Article B is less consistent: it says both that the marketing funnel turns leads into
# paying customers and that its primary goal is to generate leads for the sales team. With
# Article A's two parts, both are partly right. Lesson 07 returns to this conflict.

# %% [markdown] tags=["slide"]
# ## Lead generation and lead nurturing
#
# **Lead generation** attracts potential customers and collects their contact details.
# Article A names viral campaigns, inbound marketing, trade fairs, content marketing and
# online ads as typical activities. Take the software company from lesson 01 that sells a
# planning tool to other businesses. It shows online ads to project managers, publishes a
# free guide to resource planning and has a stand at a trade fair for the construction
# industry. Everyone who downloads the guide or leaves a business card at the stand becomes
# a lead.
#
# **Lead nurturing** is the next step. In Article A's words, it builds a flourishing
# relationship between a prospect and a brand. Most new leads are not ready to buy yet, so
# the planning-tool company sends them e-mails with planning tips, invites them to a webinar
# and shows them case studies of similar firms. The aim is that the lead thinks of the
# brand first when the moment to buy arrives.

# %% tags=["collapsed"]
from funnelcourse import quiz

quiz("03-marketing-funnel", "nurturing")

# %% [markdown] tags=["slide"]
# ## The six stages
#
# Article A divides the marketing funnel into six stages. The `funnelkit` library keeps them
# in `MARKETING_FUNNEL`, each with a short description and typical tactics.

# %%
import pandas as pd

from funnelkit import MARKETING_FUNNEL

pd.set_option("display.max_colwidth", None)  # show the descriptions and tactics in full
MARKETING_FUNNEL.to_frame()[["position", "label", "description", "tactics"]]

# %% [markdown]
# Here is what happens at each stage, following Article A:
#
# - **Awareness** is where lead generation starts: after researching its target group,
#   marketing reaches it with direct mail, social media ads, events or viral campaigns. The
#   people it reaches are not leads yet; those who respond become leads at Interest.
# - **Interest**: leads learn about the company and its products; the best moment to start
#   a relationship.
# - **Consideration**: leads get more detailed information, for example through automated
#   e-mails, and weigh the offer.
# - **Intent**: leads show that they want to buy, for example by answering a survey or by
#   putting a product into an online shop's cart.
# - **Evaluation**: prospects decide whether to buy, while marketing and sales together try
#   to convince them.
# - **Purchase**: the prospect buys and becomes a customer.

# %% [markdown]
# The shopping cart comes from online retail. A company that sells software to other
# businesses has none: its leads show Intent by asking for a quote or booking a demo. Note
# also that Article A brings sales in at Evaluation, while in the lead data below sales
# already accepts leads at Intent. Lesson 04 looks closely at this hand-off and at the
# course's model of how the two funnels fit together.

# %% tags=["collapsed"]
quiz("03-marketing-funnel", "intent")

# %% [markdown] tags=["instructor"]
# A common misconception is that marketing stops once a lead has been generated. Ask the
# group which of the six stages their own marketing team works on, and who owns
# Consideration and Evaluation in their organisation.

# %% [markdown] tags=["slide"]
# ## The marketing funnel in data
#
# The course's lead table belongs to a software company like our planning-tool vendor. The
# data are synthetic: one row per lead, with the day it reached each step of the pipeline.
# Each step matches a stage of the marketing funnel:
#
# - a lead is created when someone fills in a form, downloads a guide or registers for a
#   webinar: Interest;
# - marketing qualifies the lead as an MQL: Consideration;
# - sales accepts it as an SQL: Intent;
# - sales opens an opportunity, a concrete deal: Evaluation;
# - the deal is won: Purchase.

# %% [markdown]
# Awareness happens earlier, while people are still anonymous. The nearest thing the
# company can count is the clicks from its campaigns to its website. One person may click
# several times, so treat the first row below as a rough measure.

# %%
from funnelkit import datasets
from funnelkit.metrics import conversion_table

leads = datasets.load("leads")
spend = datasets.load("campaign_spend")

counts = {
    "awareness": int(spend["clicks"].sum()),
    "interest": len(leads),
    "consideration": int(leads["mql_date"].notna().sum()),
    "intent": int(leads["sql_date"].notna().sum()),
    "evaluation": int(leads["opportunity_date"].notna().sum()),
    "purchase": int((leads["outcome"] == "won").sum()),
}
conversion_table(counts, MARKETING_FUNNEL).round(3)

# %% [markdown]
# The step from Awareness to Interest has by far the lowest conversion rate: most visitors
# leave without giving their contact details. That is normal for lead generation. From
# Interest on, the step rates are much higher, because these people have already shown
# that they care.

# %% [markdown]
# Next to the Awareness bar all the others would look tiny, so the chart starts at
# Interest: from the lead to the customer, exactly Article A's definition. The bottleneck,
# the stage with the lowest conversion rate, is highlighted.
#
# Before you run the next cell, look at the `step_rate` column of the table above and decide:
# from Interest on, which stage is the bottleneck?

# %% tags=["prediction"]
from funnelkit.charts import funnel_chart
from funnelkit.metrics import bottleneck
from funnelkit.stages import Funnel

lead_stages = Funnel("marketing", MARKETING_FUNNEL.name, MARKETING_FUNNEL.stages[1:])
lead_counts = [counts[key] for key in lead_stages.keys]
funnel_chart(conversion_table(lead_counts, lead_stages), lead_stages,
             bottleneck=bottleneck(lead_counts, lead_stages))

# %% [markdown]
# The weakest step is the last one: fewer than a third of the opportunities end in a
# purchase. Some deals were still open when the data were collected on 1 January 2026. The
# next cell counts them and computes the step rate if every open deal were won.

# %%
opportunities = leads[leads["opportunity_date"].notna()]
open_deals = int((opportunities["outcome"] == "open").sum())
best_case = (counts["purchase"] + open_deals) / counts["evaluation"]
open_deals, round(best_case, 3)

# %% [markdown]
# Even in this best case the step into Purchase stays below every other step rate from
# Interest on, so this part of the funnel deserves a closer look.

# %% [markdown] tags=["slide"]
# ## Explore the funnel yourself
#
# The explorer starts with the lead table's numbers. Suppose better nurturing e-mails turn
# more new leads into MQLs: raise the Consideration slider by a few hundred and watch
# Purchase, since the later stages keep their conversion rates. Then press **Reset** and
# improve the bottleneck instead. Which change brings more customers?

# %% tags=["collapsed"]
from funnelkit.widgets import FunnelExplorer

FunnelExplorer(lead_counts, lead_stages)

# %% [markdown] tags=["slide"]
# ## After the purchase: Loyalty and Advocacy
#
# Article A's six stages end with Purchase. Article B's wider view adds two stages after
# it, which the library keeps in `EXTENDED_MARKETING_FUNNEL`.

# %%
from funnelkit import EXTENDED_MARKETING_FUNNEL

EXTENDED_MARKETING_FUNNEL.to_frame()[["position", "label", "description", "tactics"]].tail(2)

# %% [markdown]
# **Loyalty** means that customers stay and buy again: for the planning-tool company a
# renewed contract, for an online shop a second order. The next cell measures it in the
# course's web shop event log: buyers, repeat buyers and their share.

# %%
events = datasets.load("web_events")
orders_per_buyer = events[events["event"] == "purchase"].groupby("user_id").size()
buyers = len(orders_per_buyer)
repeat_buyers = int((orders_per_buyer >= 2).sum())
buyers, repeat_buyers, round(repeat_buyers / buyers, 3)

# %% [markdown]
# Only a small share of the buyers, about 7 %, came back within the quarter. That alone does
# not show that a loyalty programme would pay off; it shows how much room there is. Each
# repeat order comes from a customer the shop does not have to win again, so a programme
# pays off only if the extra repeat orders it brings are worth more than its discounts,
# rewards and running costs. A test with part of the buyers would show whether they are.

# %% [markdown]
# **Advocacy** means that satisfied customers recommend the brand. It brings new people
# into the funnel: in the lead table, leads from a recommendation have the channel
# `referral`. The next cell compares how often each channel's leads became customers.

# %%
by_channel = leads.groupby("channel", observed=True).agg(
    leads=("lead_id", "size"),
    customers=("outcome", lambda outcome: int((outcome == "won").sum())),
)
by_channel["lead_to_customer"] = (by_channel["customers"] / by_channel["leads"]).round(3)
by_channel.sort_values("lead_to_customer", ascending=False)

# %% [markdown]
# Referral leads became customers more often than the leads of any other channel: they
# arrive with trust that someone else has built. The simulator was built with this effect,
# so treat it as an illustration, not as proof. It shows why newer models put
# recommendations at the centre: Kotler, Kartajaya and Setiawan's 5A model ends with
# "advocate", and HubSpot's flywheel replaces the funnel with a circle driven by happy
# customers.

# %% [markdown]
# Article A does not draw Loyalty and Advocacy as stages, but it does tell brands to keep
# customers after the sale and make them come back. Article B puts these stages into the
# marketing funnel. Both care about what happens after the purchase; they draw the funnel's
# end in different places. This course uses `EXTENDED_MARKETING_FUNNEL` for the wider view.

# %% tags=["collapsed"]
quiz("03-marketing-funnel", "advocacy")

# %% [markdown] tags=["keypoints"]
# - The marketing funnel converts leads into customers (Article A) in two parts: lead
#   generation collects contact details, lead nurturing builds a relationship until they buy.
# - Its six stages are Awareness, Interest, Consideration, Intent, Evaluation and Purchase;
#   at Evaluation marketing and sales work together.
# - In lead data the stages appear as lead, MQL, SQL, opportunity and won deal; the
#   bottleneck is the step that loses the largest share.
# - Article B widens the funnel with Loyalty and Advocacy; recommendations bring new leads,
#   so the funnel can feed itself.

# %% [markdown] tags=["references"]
# - Article A: "Difference between sales funnel and marketing funnel" (course source text, in
#   German, Traditional Chinese and Malay translations).
# - Article B: "Sales funnel versus marketing funnel: what is the difference?" (course source
#   text, a marketing blog post, in Dutch and Russian translations).
# - Kotler, P., Kartajaya, H. and Setiawan, I. (2017). *Marketing 4.0: Moving from
#   Traditional to Digital*. Hoboken, NJ: Wiley. (The 5A customer path: aware, appeal, ask,
#   act, advocate.)
# - HubSpot's flywheel model (2018), which puts customers at the centre instead of the end
#   of a funnel.
