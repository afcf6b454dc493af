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
# # Side by side
#
# Lessons 02 and 03 introduced the two funnels one at a time. This lesson puts them next to
# each other: what they share, where they differ, how their stages line up and where
# marketing passes a lead to sales. They turn out to be two views of the same customer
# journey.

# %% [markdown] tags=["objectives"]
# - Name the three similarities and the three differences between the sales funnel and the
#   marketing funnel that Article A describes.
# - Map the six stages of the marketing funnel onto the four stages of the sales funnel.
# - Explain what an MQL and an SQL are and where marketing hands leads to sales.
# - Recognise where the two source articles agree and where they contradict each other.
# - Name the three meanings of "sales funnel" and explain the course's model: one customer
#   journey seen in two views, with responsibility shifting from marketing to sales.

# %% [markdown] tags=["slide"]
# ## What the two funnels have in common
#
# Article A names three similarities.
#
# First, **both visualise the customer journey**: the path from first noticing a product to
# buying it, with the number of people left at every step. Either funnel shows a company
# where it loses potential customers.
#
# Second, **both aim to maximise sales through brand or product recognition**. A well-known
# brand is not an end in itself; it matters because people buy from brands they know and
# trust.
#
# Third, **both use tactics, processes, strategies and tools to optimise every stage**, from
# online ads and webinars at the top to demos, free trials and discount codes near the end.

# %% [markdown] tags=["slide"]
# ## Three differences
#
# Article A also names three differences. Read them as differences of emphasis, not as
# strict opposites.
#
# **Definition.** For Article A, the sales funnel is a system that guides a prospect from
# the marketing phase to conversion, and the marketing funnel is the process of turning a
# lead or prospect into a customer. The two definitions say almost the same thing. The real
# difference is the point of view: the sales team steering prospects towards a deal, or
# marketing shaping the journey.
#
# **Focus.** The sales funnel focuses on selling more products or services; the marketing
# funnel focuses more on brand recognition and image. This is a matter of weight: the
# marketing funnel still ends with Purchase, and the second similarity says that both
# funnels aim at sales.
#
# **Customer interest.** The marketing funnel creates interest; the sales funnel keeps it.
# Read this as a difference of emphasis, not as two funnels passed one after the other. In
# the course's model below, both views describe the same journey: making strangers curious
# is mainly the work of its marketing-led early stages, and keeping that curiosity alive
# until a prospect is ready to buy is mainly the work of the later stages, which sales runs
# or shares.

# %% tags=["collapsed"]
from funnelcourse import quiz

quiz("04-side-by-side", "similarities")

# %% tags=["collapsed"]
quiz("04-side-by-side", "sort-interest")

# %% [markdown]
# Article B adds that the marketing funnel is the wider view: it also covers what customers
# do after the purchase, such as Loyalty and Advocacy, while the sales funnel is shorter,
# more linear and ends with the sale. Article A has no such stages, but it says that a good
# sales funnel makes customers come back. Both articles care about repeat purchases; they
# place them in different funnels.
#
# On one point the sources disagree, and Article B even contradicts itself. It first claims
# that the sales funnel generates leads and the marketing funnel converts them into paying
# customers, and later that the primary goal of the marketing funnel is to generate leads
# for the sales team. Article A and this course put lead generation in the marketing funnel;
# the course's model below explains why both of Article B's versions can seem right. Lesson
# 07 examines this conflict against the data.

# %% tags=["collapsed"]
quiz("04-side-by-side", "sort-focus")

# %% [markdown] tags=["slide"]
# ## The comparison at a glance
#
# The first three rows are Article A's comparison table; the others add what lessons 02 and
# 03 showed.
#
# | aspect | sales funnel | marketing funnel |
# |---|---|---|
# | Definition (Article A) | Guides a prospect from the marketing phase to conversion | Turns a lead or prospect into a customer |
# | Focus (Article A) | Selling more products or services | Brand recognition and image |
# | Customer interest (Article A) | Keeps interest alive | Creates interest |
# | Stages | Four: Awareness, Interest, Decision, Action (AIDA) | Six: Awareness, Interest, Consideration, Intent, Evaluation, Purchase |
# | Point of view | The sales team steering prospects towards a deal | Marketing shaping the journey with lead generation and lead nurturing |
# | After the purchase (Article B) | Ends with the sale | Can continue with Loyalty and Advocacy |

# %% [markdown] tags=["slide"]
# ## The course's model: one journey, two views
#
# Before the stages can be lined up, one question needs an answer: what does "sales funnel"
# mean? In practice the term has three meanings.
#
# 1. **The whole buying journey**, from first attention to the purchase, in the four AIDA
#    stages. Both articles use this meaning when they list the sales funnel's stages, and it
#    is this course's default meaning.
# 2. **The B2B sales pipeline**: only the part of the journey the sales team works, from the
#    sales-qualified lead (SQL) to the closed deal. Sales teams often call their pipeline
#    their funnel; the lead table in lessons 04 and 06 records it, together with the
#    marketing-led steps before it.
# 3. **The online sales funnel**: the sequence of web pages that leads a visitor to the
#    checkout, such as the web shop funnel of lesson 05.

# %% [markdown]
# This course uses one model for how the two funnels relate. **The marketing funnel and the
# sales funnel are two views of one customer journey, not two funnels that a customer passes
# one after the other.** Both start when a prospect first becomes aware of the offer, and
# both reach the purchase. The marketing funnel divides the early and middle part of the
# journey more finely, into lead generation and lead nurturing: Awareness, Interest,
# Consideration, Intent, Evaluation and Purchase. In Article B's wider view it continues
# after the purchase, with Loyalty and Advocacy.
#
# Along the journey, responsibility shifts. Marketing runs the early stages; at Intent it
# hands its qualified leads to sales, and the MQL becomes an SQL once sales accepts it. Sales
# thus runs Intent (the hand-off) and the close, and shares Evaluation with marketing. The
# B2B pipeline, the second meaning above, is the sales-led stretch of the same journey, not a
# second funnel.
#
# Why this model? It fits what both articles agree on: both funnels show the customer's
# journey, start with Awareness and aim at sales. It also matches how most companies divide
# the work between their marketing and sales teams. But it is the course's model, a teaching
# alignment, not a fact that the sources state.

# %% [markdown]
# The sources draw the line differently. Article A describes the two funnels as separate
# concepts, with three similarities and three differences. Article B first says that the
# sales funnel generates leads and the marketing funnel converts them, and later the
# opposite. The model explains why each version can seem right: each describes a different
# stretch of the journey or uses a different meaning of "sales funnel". An online sales
# funnel (meaning 3) does collect leads, and a sales pipeline (meaning 2) does start only
# after marketing has generated them. Lesson 07 turns this ambiguity into a task in reading
# sources critically.

# %% tags=["collapsed"]
quiz("04-side-by-side", "meanings")

# %% [markdown] tags=["slide"]
# ## How the stages line up
#
# The function `stage_mapping()` puts the course's model into a table: which sales stage
# each of the six marketing stages belongs to, who runs it and what a prospect is usually
# called there.
#
# Before you run the next cell, decide: which sales stage does Consideration belong to, and
# at which marketing stage does sales take over?

# %% tags=["prediction"]
from funnelkit import stage_mapping

mapping = stage_mapping()
mapping[["marketing_label", "sales_label", "owner", "lead_status", "handoff"]]

# %% [markdown]
# Read the table from the top. Awareness and Interest appear in both funnels. After that,
# the marketing funnel cuts the journey into finer steps: Consideration still belongs to the
# sales funnel's Interest, while Intent and Evaluation together make up Decision. Purchase
# and Action are the same moment, when the prospect pays.
#
# The `owner` column shows responsibility shifting along the journey. Marketing runs the
# first three stages. At Intent, the row marked as the hand-off, sales accepts the qualified
# lead and takes charge. Evaluation is teamwork, as Article A says, and the lead becomes an
# opportunity: a concrete deal with a value. Sales runs the Purchase.
#
# The `lead_status` column follows the same person. At Awareness they are a visitor, not yet
# a lead, because they have left no contact details (lesson 03). They become a lead at
# Interest, an MQL at Consideration and an SQL at Intent.

# %% tags=["collapsed"]
quiz("04-side-by-side", "map-stage")

# %% [markdown] tags=["slide"]
# ## MQL and SQL: where marketing hands leads to sales
#
# A **lead** is a person or company that has shown interest and left contact details, for
# example by downloading a planning guide from the website of the software company that
# sells a planning tool. Many leads are just curious, so companies qualify them in two
# steps.
#
# A **marketing-qualified lead (MQL)** is a lead that marketing judges ready for sales,
# because the company fits the target group and the person has engaged enough: say,
# someone from a firm with 200 employees who has read several case studies and opened the
# pricing page. In the mapping, leads become MQLs at Consideration.
#
# A **sales-qualified lead (SQL)** is a lead that sales has accepted and will actively
# pursue, usually after a salesperson has confirmed a real need, such as a request for a
# quote. This is the hand-off at Intent. The difference is who has judged the lead:
# marketing (MQL) or sales (SQL).
#
# Both departments must agree on these definitions. Leads handed over too early waste the
# salespeople's time; leads handed over too late may already have chosen a competitor.

# %% [markdown]
# The course's lead table, synthetic data of the B2B software company that lesson 06
# explores in depth, records the day each lead became an MQL and an SQL.

# %%
from funnelkit import datasets
from funnelkit.metrics import conversion_table, mql_to_sql_rate

leads = datasets.load("leads")
pipeline = conversion_table(
    {
        "lead": len(leads),
        "mql": int(leads["mql_date"].notna().sum()),
        "sql": int(leads["sql_date"].notna().sum()),
        "customer": int((leads["outcome"] == "won").sum()),
    }
)
pipeline

# %%
handoff_rate = mql_to_sql_rate(mqls=pipeline["count"][1], sqls=pipeline["count"][2])
print(f"MQL-to-SQL rate: {handoff_rate:.1%}")

# %% [markdown]
# Fewer than half of the leads became MQLs, and sales accepted roughly half of those MQLs:
# even after marketing's judgement, sales turns many leads down. This MQL-to-SQL rate is
# watched closely at the border between the two departments.

# %% tags=["collapsed"]
from funnelcourse import quiz

quiz("04-side-by-side", "handoff")

# %% [markdown] tags=["slide"]
# ## Both funnels on the same people
#
# Because both funnels describe the same journey, you can draw them on the same people. In
# one quarter at the planning-tool company, 5,000 people reach Awareness, 1,500 Interest,
# 600 Consideration, 240 Intent, 120 Evaluation and 48 Purchase. The sales funnel sees the
# same people in fewer steps: its Decision starts with the 240 leads sales accepted at
# Intent.

# %%
from funnelkit import MARKETING_FUNNEL, SALES_FUNNEL
from funnelkit.charts import comparison_chart

marketing = conversion_table([5_000, 1_500, 600, 240, 120, 48], MARKETING_FUNNEL)
sales = conversion_table([5_000, 1_500, 240, 48], SALES_FUNNEL)
comparison_chart(sales, marketing)

# %% [markdown]
# Both funnels start with the same 5,000 people and end with the same 48 customers. The
# marketing funnel shows two extra steps, which the sales funnel hides inside Interest and
# Decision. The colours show who is responsible for each stage; the labels mark the
# hand-off.
#
# Compare the percentages too. The sales funnel's Decision bar compares Intent directly with
# Interest, so its rate covers two marketing steps at once and is lower than either of them.
# A conversion rate only means something together with the two stages it compares.

# %% [markdown]
# Now change the journey yourself. The sliders set the people at Awareness and the
# conversion rate of each later marketing stage; the sales funnel and the summary follow.

# %% tags=["collapsed"]
from funnelkit.widgets import FunnelComparison

FunnelComparison(5_000, [0.3, 0.4, 0.4, 0.5, 0.4])

# %% [markdown]
# Try this: raise the Intent rate. Marketing hands over more leads and, if sales keeps its
# closing rate, more customers buy. Then lower the Evaluation rate instead: the same number
# of leads is handed over, but fewer of them buy. Which team would you ask about that drop?

# %% [markdown] tags=["instructor"]
# A common misconception is that a customer first passes through the marketing funnel and
# then through a separate sales funnel. Both funnels start with the same people and end with
# the same purchase; they differ in detail and in who is responsible (the course's model,
# "One journey, two views"). Learners from B2B companies often mean the sales pipeline when
# they say "sales funnel"; name the meaning. Ask the group where, in their own organisation,
# a lead becomes an SQL and who decides.

# %% [markdown] tags=["keypoints"]
# - Both funnels visualise the same customer journey, aim at sales and optimise every stage.
# - For Article A, the sales funnel focuses on selling and keeps interest alive; the
#   marketing funnel focuses on the brand and creates interest. For Article B, the marketing
#   funnel continues after the purchase.
# - "Sales funnel" means the whole buying journey (the course's default), the B2B pipeline
#   from SQL to closed deal, or the web pages to the checkout; say which one you mean.
# - In the course's model, the two funnels are two views of one journey, not two funnels in
#   a row: marketing runs the early stages, sales runs Intent (the hand-off) and the
#   close, and both share Evaluation.
# - In that model, Consideration belongs to the sales funnel's Interest, Intent and
#   Evaluation to Decision, Purchase to Action.
# - An MQL is a lead that marketing judges ready for sales; an SQL is one that sales has
#   accepted. The hand-off is at Intent.
# - The sources disagree about which funnel generates leads (lesson 07).

# %% [markdown] tags=["references"]
# - Article A: "Difference between sales funnel and marketing funnel" (course source text, in
#   German, Traditional Chinese and Malay translations).
# - Article B: "Sales funnel versus marketing funnel: what is the difference?" (course source
#   text, a marketing blog post, in Dutch and Russian translations).
# - Kotler, P., Rackham, N. and Krishnaswamy, S. (2006). "Ending the War Between Sales and
#   Marketing". Harvard Business Review, July-August 2006.
# - Kotler, P. and Keller, K. L. Marketing Management. Pearson (many editions).
# - Strong, E. K. (1925). The Psychology of Selling and Advertising. McGraw-Hill (the AIDA
#   model, which Strong credits to E. St. Elmo Lewis).
