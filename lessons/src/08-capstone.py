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
# # Capstone: design and measure a funnel
#
# In this capstone you bring everything together for one business: you describe it, design
# and measure its funnel, and recommend where it should invest. This lesson works through an
# example; in the exercise notebook you do the same for a second company.

# %% [markdown] tags=["objectives"]
# - Describe a case business and choose funnel stages that fit its customer journey.
# - Measure a funnel, find its bottleneck and estimate the effect of an improvement.
# - Recommend whether a business should invest in the marketing-led stages (more or better
#   leads) or the sales-led stages (the pipeline's conversion), given its stage and goals,
#   and judge the recommendation with a rubric.

# %% [markdown] tags=["slide"]
# ## The project in five steps
#
# 1. **Describe the business**: what it sells, to whom, how old it is and what it wants.
# 2. **Choose the stages**: which steps of the customer journey you will count.
# 3. **Measure**: how many people reach each stage, compared with a benchmark.
# 4. **Find the bottleneck and run what-ifs**: where the funnel leaks, and what a fix brings.
# 5. **Recommend**: which stretch of the journey to invest in first, the marketing-led or
#    the sales-led stages, with numbers and honest limits.
#
# Steps 1 to 4 collect evidence. Step 5 is a judgement, and it is what a manager reads first.

# %% [markdown] tags=["slide"]
# ## Step 1: Describe the business
#
# Our case is Roastwell, a fictional young company that sells a coffee subscription online.
# Two founders started it a year ago. Subscribers pay €15 a month and, the founders estimate,
# stay for about eight months, so a new subscriber is worth about €120. Visitors can leave an
# e-mail address to get a free sample bag; from that moment they are leads. The founders'
# goal for the next quarter: twice as many new subscribers.
#
# Roastwell's data come from the course's simulator: a seeded event log of one quarter with
# 2,500 visitors, in the format of the web-shop log you know.

# %%
from funnelkit import simulate_events

events = simulate_events(2_500, start="2025-10-01", days=92, seed=2025)
events.head()

# %% [markdown] tags=["slide"]
# ## Step 2: Choose the stages
#
# A good stage is a step that customers really take, that your data can count, and that
# somebody in the company can improve. The log has six events, from `visit` to `purchase`.
# Roastwell's founders keep five and map them onto the two funnels:
#
# | Roastwell stage | what the visitor does | sales funnel | marketing funnel |
# |---|---|---|---|
# | Visit | arrives at the shop | Awareness (its first visible trace) | Awareness |
# | Product view | looks at a coffee and its price | Interest | Interest |
# | Sign-up | leaves an e-mail address and becomes a lead | Interest | Consideration |
# | Add to cart | puts a subscription in the basket | Decision | Intent |
# | Purchase | pays for the first month | Action | Purchase |

# %% [markdown]
# The people who saw an ad but never clicked are not in the log, so Awareness shows only
# through its result, the visit. The founders leave out `checkout`: the payment page belongs
# to their shop platform and they cannot change it. The basket stays in, since article A's own
# example of the Intent stage is a customer putting a product into the shopping cart.
#
# In the B2B lead table a lead is created at Interest; Roastwell's visitors stay anonymous
# while they look at coffees and become leads only when they sign up. The journey is the
# same; where a business can first name its prospects depends on the business.
#
# `custom_funnel` turns this choice into a funnel; `stage_label` names each stage in your
# language.

# %%
from funnelkit import custom_funnel
from funnelkit.formatting import stage_label

steps = ["visit", "product_view", "sign_up", "add_to_cart", "purchase"]
roastwell_funnel = custom_funnel(steps, name="Roastwell",
                                 labels=[stage_label(step) for step in steps])
roastwell_funnel.labels()

# %% [markdown] tags=["slide"]
# ## Step 3: Measure
#
# `funnel_counts` follows every visitor through the chosen steps, within 30 days, and returns
# the conversion table you know from the lesson on measuring a funnel.

# %%
from funnelkit import funnel_counts

table = funnel_counts(events, roastwell_funnel)
table

# %% [markdown]
# Is it good that about a third of the visitors who look at a coffee sign up? A rate needs a
# benchmark: the bundled web-shop log of an established shop, with the same events and
# quarter, measured with Roastwell's stages.

# %%
from funnelkit import datasets

web_shop = funnel_counts(datasets.load("web_events"), roastwell_funnel)
benchmark = table[["stage", "count", "step_rate"]].merge(
    web_shop[["stage", "count", "step_rate"]], on="stage", suffixes=("_roastwell", "_web_shop")
)
benchmark.round(3)

# %% [markdown]
# Compare the two `step_rate` columns: at every stage Roastwell converts at least as well as
# the established shop. The difference is in the `count` columns: the established shop has
# twenty times as many visitors. Roastwell has a size problem more than a conversion problem.

# %% [markdown] tags=["slide"]
# ## Step 4: Find the bottleneck and run what-ifs
#
# The bottleneck is the stage with the lowest conversion rate from the stage before it.

# %%
from funnelkit import bottleneck
from funnelkit.charts import funnel_chart

counts = table["count"].tolist()
weakest = bottleneck(counts, roastwell_funnel)
funnel_chart(table, roastwell_funnel, bottleneck=weakest)

# %% [markdown]
# Roastwell's bottleneck is the sign-up. The what-if explorer starts there with an
# improvement of 20 % and shows the extra subscribers and their value at €120 each. Move the
# slider, then choose another stage.

# %% tags=["collapsed"]
from funnelkit.widgets import WhatIf

WhatIf(counts, roastwell_funnel, uplift_percent=20, value_per_conversion=120)

# %% [markdown]
# As in the lesson on measuring a funnel, 20 % more at any stage gives 20 % more
# subscribers, and so would 20 % more visitors. But the founders want twice as many
# subscribers. Through the bottleneck alone, the sign-up rate would have to double. Before
# you run the next cell, estimate the sign-up rate that would need, and decide whether it
# is realistic.

# %% tags=["prediction"]
round(table.loc[table["stage"] == "sign_up", "step_rate"].item() * 2, 3)

# %% [markdown]
# Is that realistic, or should the founders look elsewhere? Decide for yourself before you
# read on.

# %% tags=["collapsed"]
from funnelcourse import quiz

quiz("08-capstone", "young-brand")

# %% [markdown]
# Two thirds of product viewers would have to sign up, more than twice the established
# shop's rate in the benchmark. For a brand with 2,500 visitors a quarter, doubling the
# visitors is the more realistic path.

# %% [markdown] tags=["slide"]
# ## Step 5: Recommend where to invest
#
# Article B ends by asking which funnel you should use, and answers that it depends on the
# stage of your business and your goals. It does not say which funnel suits which stage, and
# its descriptions point both ways: once the sales funnel generates leads, once the marketing
# funnel generates leads for the sales team.
#
# This course reads the conclusion with its own model from lesson 04: the two funnels are two
# views of one customer journey, so the real choice is not between two funnels but between
# two stretches of the same journey. Marketing runs the early stages, where people become
# aware, interested and qualified leads; sales runs the later stages, where accepted leads
# become customers, and shares Evaluation with marketing. Read that way, article B's
# conclusion gives a rule of thumb:
#
# - A **new brand** that few people know needs more people at the start of the journey:
#   invest in the marketing-led stages, in awareness and lead generation (more leads).
# - An **established business** with many leads but few customers needs better conversion:
#   invest above all in the sales-led stages, in the pipeline's conversion, and in better
#   rather than more leads.
#
# Marketing textbooks make a similar point with the product life cycle: while a product is
# new, the main task is to make it known and get people to try it; later the task shifts to
# winning preference and defending market share (Kotler and Keller).

# %% tags=["collapsed"]
quiz("08-capstone", "article-b")

# %% [markdown]
# A model recommendation for Roastwell, using only numbers shown above:
#
# > Roastwell should spend most of next quarter's budget on the marketing-led stages:
# > awareness and lead generation. Its stages convert at least as well as those of an
# > established shop with twenty times its visitors, so twice the visitors at today's rates
# > would give about twice the subscribers. A smaller part should test a better free-sample offer at the
# > bottleneck: 20 % more sign-ups would bring about 30 more subscribers, worth about €3,600.
# > Track visitors per week, the sign-up rate and the cost per new subscriber.
#
# > Limits: the data are one simulated quarter, and they stop at the first payment. For a
# > subscription, the months after it decide the revenue, so the next analysis should add
# > cancellations and renewals, the Loyalty and Advocacy stages that article B adds after the
# > purchase.

# %% [markdown] tags=["slide"]
# ## The rubric
#
# Your recommendation in the exercise notebook is open: there is no single right answer and no
# automatic check. Judge your own text with this rubric, or swap texts with a colleague.
#
# | criterion | excellent | adequate | needs work |
# |---|---|---|---|
# | Business context | Ties the recommendation to the business's stage and goal | Mentions the stage or the goal | Advice that fits any business |
# | Funnel design | Stages fit the journey, are mapped to both funnels, choices explained | Sensible stages, little explanation | Stages missing or in the wrong order |
# | Evidence | Conversion table, bottleneck and a benchmark; every number matches the output | Some numbers, used correctly | No numbers, or numbers that contradict the data |
# | What-ifs | Compares two or more options and which is more realistic | One what-if | No estimate of the effect |
# | Recommendation | One stretch of the journey (marketing-led or sales-led stages), a first action, its expected effect and a metric to track | A choice, but no action or metric | No clear choice |
# | Limits and sources | Names the limits of the data and where the articles disagree | Names one limit | Presents the result as certain |

# %% [markdown] tags=["instructor"]
# A common misconception: the bottleneck is always the place for the next euro. Ask the
# group when it is not, then what would change if Roastwell had 50,000 visitors.

# %% [markdown]
# A look back at an earlier lesson before the key points.

# %% tags=["collapsed"]
quiz("08-capstone", "review-cac")

# %% [markdown] tags=["keypoints"]
# - A funnel project has five steps: describe the business, choose the stages, measure, find
#   the bottleneck and run what-ifs, recommend.
# - Good stages are steps that customers take, that data can count and that somebody can
#   improve.
# - A conversion rate needs a benchmark, and a what-if needs a reality check: how far can
#   this rate or the number of visitors really grow?
# - Article B says the right funnel depends on the business's stage and goals. In the
#   course's model both funnels are views of one journey, so the choice is between the
#   marketing-led stages (more or better leads) and the sales-led stages (the pipeline's
#   conversion): a new brand invests in awareness and lead generation, an established
#   business with many leads in conversion.

# %% [markdown] tags=["references"]
# - Article A: "Difference between sales funnel and marketing funnel" (course source text, in
#   German, Traditional Chinese and Malay translations).
# - Article B: "Sales funnel versus marketing funnel: what is the difference?" (course source
#   text, a marketing blog post, in Dutch and Russian translations).
# - Philip Kotler and Kevin Lane Keller: *Marketing Management*, Pearson (many editions), the
#   section on marketing strategies over the product life cycle.
