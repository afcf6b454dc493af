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
# # The sales funnel
#
# In lesson 01 you drew a customer journey as a funnel. This lesson looks closely at the
# first of the two funnels the course compares: the sales funnel. You will learn what it is,
# why companies build one, what happens at each of its four stages, and how to find the
# stage where a funnel loses the largest share of its prospects.

# %% [markdown] tags=["objectives"]
# - Define the sales funnel in the words of both source articles and name its benefits.
# - Describe the four stages Awareness, Interest, Decision and Action, with typical tactics
#   for each, and explain where the model comes from.
# - List what a good sales funnel does.
# - Find the bottleneck of a sales funnel from its stage counts and confirm it with
#   `funnelkit`.

# %% [markdown] tags=["slide"]
# ## What is a sales funnel?
#
# The two source articles define the sales funnel in slightly different ways. Article A
# calls it a system that guides a prospect from the marketing phase to conversion, that is,
# to the purchase. Article B calls it a visual representation of the steps a prospect takes
# from becoming aware of a product or service to buying it.
#
# The two definitions stress different sides of the same idea. Article B describes a
# picture: a map that shows where people are and where they drop out. Article A describes
# something a company builds and runs: a chain of steps that must be consistent and linked,
# because what happens at one stage changes how buyers behave at the next. Both agree that
# the sales funnel starts when a potential buyer first notices the offer and ends with the
# purchase. This whole buying journey is what this course means by "sales funnel"; lesson
# 04 names two narrower meanings that you will also meet in practice.

# %% [markdown] tags=["slide"]
# ## Why companies build one
#
# Article A names three benefits of a sales funnel:
#
# - **It raises sales by inspiring trust.** A prospect who gets the right information at the
#   right moment learns to trust the seller, and people buy from sellers they trust.
# - **It shows where the sales process has problems.** When you count the people at every
#   stage, you can see which step loses too many of them and take corrective action there.
# - **It makes automation possible.** Once the steps are clear, sales automation tools can
#   move prospects on by themselves, for example with a follow-up e-mail after a download,
#   and the sales team can spend its time on the prospects who are close to buying.

# %% tags=["collapsed"]
from funnelcourse import quiz

quiz("02-sales-funnel", "benefits")

# %% [markdown] tags=["slide"]
# ## The four stages and where they come from
#
# Both articles divide the sales funnel into four stages: Awareness, Interest, Decision and
# Action. The idea behind them is more than a hundred years old. Around 1900 the American
# advertising pioneer E. St. Elmo Lewis taught that a good advertisement must attract
# attention, keep interest and create desire; a fourth step, getting the buyer to act, was
# soon added. In 1925 the psychologist Edward K. Strong described the result as the AIDA
# formula (Attention, Interest, Desire, Action) and credited it to Lewis.
#
# The stages in this course are AIDA with two new names. Attention became Awareness. The
# classic D stood for Desire, a feeling in the buyer's head; the source articles, and this
# course, call the third stage Decision instead, which puts the focus on the moment a seller
# can influence: the prospect is ready to buy and weighs the final offer. You will meet the
# classic formula in many textbooks, so keep both names in mind.

# %% [markdown]
# The `funnelkit` library stores the four stages with a short description and typical
# tactics for each, collected from both articles.

# %%
import pandas as pd

from funnelkit import SALES_FUNNEL

pd.set_option("display.max_colwidth", None)
SALES_FUNNEL.to_frame()[["label", "description", "tactics"]]

# %% [markdown]
# **Awareness.** You catch a potential buyer's attention for the first time. Article A lists
# a poster, an e-mail, an online ad or a search result; article B adds paid ads, social media
# and content marketing. For the software company that sells a planning tool to other
# businesses, this is a project manager who sees its ad on a business network.
#
# **Interest.** Prospects research the product and compare it with other options (article
# A). Article B recommends lead magnets such as e-books or webinars, which give something
# useful in exchange for contact details. The project manager compares planning tools and
# downloads a guide.
#
# **Decision.** The prospect is ready to buy. Article A says this is the best moment for
# offers such as discount codes or free shipping that make the purchase hard to resist;
# article B recommends free trials and demos. The project manager starts a free trial and
# books a demo.
#
# **Action.** The prospect buys and becomes a customer. Article A warns that the work is not
# over: a company should try to keep the customer, for example with good after-sales
# service. The project manager's company signs a contract.

# %% [markdown]
# Each stage has two sides. Article A mostly describes what the buyer does (notices,
# researches, decides, buys), article B what the seller does (advertises, offers lead
# magnets and trials). A good sales funnel matches the seller's tactic to what the buyer is
# doing at that moment.

# %% tags=["collapsed"]
from funnelcourse import quiz

quiz("02-sales-funnel", "aida-desire")

# %% [markdown]
# Now put the stages in order yourself. Select a stage, move it with the buttons and press
# **Check**.

# %% tags=["collapsed"]
from funnelcourse.widgets import StageOrder

StageOrder(SALES_FUNNEL, seed=2)

# %% tags=["collapsed"]
quiz("02-sales-funnel", "decision-tactics")

# %% [markdown] tags=["slide"]
# ## What a good sales funnel does
#
# Article A ends its description with four things a good sales funnel should do:
#
# - capture enough targeted consumers: people who fit what you sell, not just many people;
# - earn enough trust from prospects that they share their contact details;
# - turn these contacts into sales;
# - make customers come back and buy again.
#
# The first three jobs follow the stages from top to bottom. The fourth reaches beyond the
# purchase, like the after-sales service at the Action stage. Here the articles draw the
# line differently: article B ends the sales funnel with the purchase and gives what comes
# after it, loyalty and advocacy, to the marketing funnel (lesson 03).

# %% [markdown]
# The articles also disagree about the purpose of the sales funnel. Article B first claims
# that the sales funnel generates as many leads as possible and the marketing funnel turns
# them into customers; later it says the opposite, that the marketing funnel generates leads
# for the sales team. Article A gives lead generation to the marketing funnel. Keep this
# question open: lesson 07 compares the claims with data.

# %% tags=["collapsed"]
quiz("02-sales-funnel", "after-the-sale")

# %% [markdown] tags=["slide"]
# ## Find the bottleneck
#
# A sales funnel shows where the sales process has problems. Here is the planning-tool
# company's sales funnel for one quarter. 12,000 people at its target companies noticed the
# brand through ads, search results or a trade fair (Awareness). 2,160 of them visited the
# product pages and compared plans (Interest). 540 started a free trial or booked a demo
# (Decision), and 81 signed a contract (Action).

# %%
from funnelkit.metrics import bottleneck, conversion_table

planning_tool = [12_000, 2_160, 540, 81]
table = conversion_table(planning_tool, SALES_FUNNEL)
table

# %% [markdown]
# Your task: before you run the next cell, look at the `step_rate` column and decide which
# stage is the bottleneck, the stage with the lowest conversion rate from the stage before.
# Then let `funnelkit` confirm your answer.

# %% tags=["prediction"]
bottleneck(planning_tool, SALES_FUNNEL)

# %% [markdown]
# Did you expect a different answer? The chart below shows the drop-off between each pair of
# stages, with the bottleneck highlighted. Compare the length of the bars with the
# percentages in their labels.

# %% tags=["prediction"]
from funnelkit.charts import drop_off_chart

drop_off_chart(table, SALES_FUNNEL, bottleneck=bottleneck(planning_tool, SALES_FUNNEL))

# %% [markdown]
# By far the most people are lost at the top, between Awareness and Interest, simply because
# most people are there. The bottleneck is elsewhere: the step that keeps the smallest share
# of the people who reached the stage before. Too few of the prospects who tried the tool
# signed a contract, so Decision tactics such as a better trial, a follow-up demo or a
# limited-time discount could help.
#
# Treat the bottleneck as a first clue, not a verdict. Some steps are narrow by nature: only
# a small share of the people who see an ad ever visit a website. Comparing a step with the
# same step last quarter tells you more; lesson 05 goes deeper into measuring funnels.

# %% [markdown] tags=["slide"]
# ## Explore the funnel
#
# The explorer below starts with the planning-tool company's numbers and names the
# bottleneck as you move the sliders. Try this: how many signed contracts would the company
# need before Action stops being the bottleneck, and which stage takes its place?

# %% tags=["collapsed"]
from funnelkit.widgets import FunnelExplorer

FunnelExplorer(planning_tool, SALES_FUNNEL)

# %% [markdown]
# The cell below checks two candidate answers: 97 and 98 signed contracts, with the other
# stages unchanged. Decide before you run it: at which of the two does Action stop being the
# bottleneck?

# %% tags=["prediction"]
{contracts: bottleneck([12_000, 2_160, 540, contracts], SALES_FUNNEL) for contracts in (97, 98)}

# %% [markdown] tags=["instructor"]
# A common misconception is that the bottleneck is the step where the most people drop off.
# Ask the group to point at the worst step in the drop-off chart before revealing the answer;
# many will pick the longest bar. Then discuss why shares, not head counts, show where a
# funnel works worst.

# %% tags=["collapsed"]
quiz("02-sales-funnel", "bottleneck-meaning")

# %% [markdown] tags=["keypoints"]
# - A sales funnel is a system that guides a prospect to the purchase (article A) and a
#   picture of the steps from awareness to purchase (article B).
# - It builds trust, shows where the sales process has problems and allows automation.
# - Its four stages, Awareness, Interest, Decision and Action, come from the AIDA formula,
#   whose D stands for Desire; each stage has its own tactics.
# - A good sales funnel captures targeted consumers, earns trust, makes sales and makes
#   customers come back; the articles disagree about that last job.
# - The bottleneck is the stage with the lowest step conversion rate, often not the step
#   that loses the most people.

# %% [markdown] tags=["references"]
# - Article A: "Difference between sales funnel and marketing funnel" (course source text, in
#   German, Traditional Chinese and Malay translations).
# - Article B: "Sales funnel versus marketing funnel: what is the difference?" (course source
#   text, a marketing blog post, in Dutch and Russian translations).
# - Strong, E. K. (1925). Theories of selling. Journal of Applied Psychology, 9(1), 75-86
#   (describes the AIDA formula and credits it to E. St. Elmo Lewis).
# - Kotler, P. & Keller, K. L. Marketing Management. Pearson (any recent edition; AIDA among
#   the response hierarchy models of marketing communication).
