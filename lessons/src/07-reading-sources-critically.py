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
# # Reading sources critically
#
# This course is built on two articles about the sales funnel and the marketing funnel. Both
# are useful, and both are sometimes wrong. In this lesson you find where they disagree, test
# one of their claims with data, and meet older and newer models of the customer journey.

# %% [markdown] tags=["objectives"]
# - Quote where article A and article B disagree with each other, and where article B
#   disagrees with itself.
# - Test a claim with data and a simulation, and explain why synthetic data can illustrate a
#   claim but not prove it.
# - Place both funnels in the history of funnel models, from AIDA to the non-linear customer
#   journey.

# %% [markdown] tags=["slide"]
# ## Who generates the leads?
#
# What is each funnel for? The quotes below are our own English translations of the versions
# we have (article A in German, article B in Dutch).
#
# Article A, translated from German: "While the sales funnel concentrates on selling more
# products or services, the marketing funnel concentrates more on brand recognition and
# image." It adds: "While the sales funnel keeps consumers interested, the marketing funnel
# awakens their interest."
#
# Article B, translated from Dutch: "The main difference between a sales funnel and a
# marketing funnel is that a sales funnel is primarily aimed at generating leads, while a
# marketing funnel is aimed at converting those leads into paying customers."
#
# A few paragraphs later, article B says the opposite (again translated from Dutch): "Although
# both funnels aim to generate revenue for a business in the end, only the sales funnel can
# do so directly; the primary goal of the marketing funnel is generating leads for the sales
# team."

# %% [markdown]
# So there are three answers. Article A describes the two funnels as separate concepts and
# divides them by goal: sales against brand. Article B first gives lead generation to the
# sales funnel, then to the marketing funnel. None of the three is the course's model from
# lesson 04, which is our own: both funnels are views of one customer journey, and
# responsibility shifts from marketing to sales along it. Article B's second version comes
# closest to that division of work: marketing generates and nurtures leads and passes MQLs
# to sales, which accepts them as SQLs and closes the deal.
#
# Article A is not free of tension either. Its marketing funnel focuses on brand image, yet
# it ends with Purchase, and article A's own list of similarities says that both funnels aim
# to maximise sales.
#
# Be fair to article B's first version, though. Lesson 04 named three meanings of "sales
# funnel": the whole buying journey, the B2B sales pipeline from SQL to closed deal, and
# the series of web pages to the checkout. In online marketing, such a series of pages often
# trades a free e-book for an e-mail address and then sells a product. That funnel does
# collect leads, and article B's own sales funnel uses lead magnets at Interest. A careful
# reader notices the contradiction, looks for its cause and says which meaning they use.

# %% [markdown]
# Try it yourself: which meaning of "sales funnel" does each source use where? Note a
# meaning for each of these four passages before you read on:
#
# 1. the four stages from Awareness to Action, listed in both articles;
# 2. Article A's definition, a system that takes a prospect "from the marketing phase to
#    conversion";
# 3. Article B's first version, a sales funnel that generates leads;
# 4. Article B's second version, in which the marketing funnel generates leads for the
#    sales team.

# %% [markdown]
# Both articles use the first meaning, the whole buying journey, when they list the four
# stages from Awareness to Action. Article A's definition, a system that takes a prospect
# "from the marketing phase to conversion", leans towards the sales-led stretch of the
# journey, although its own four stages start at Awareness. Article B's second version, in
# which only the sales funnel earns revenue and the marketing funnel generates leads for the
# sales team, uses the second meaning: the pipeline that sales works. Its first version, a
# sales funnel that generates leads, fits the third meaning, the online funnel of pages. Each
# claim makes sense for its own meaning; the contradiction comes from using one term for all
# three.

# %% tags=["collapsed"]
from funnelcourse import quiz

quiz("07-reading-sources-critically", "b-contradiction")

# %% [markdown] tags=["instructor"]
# Before you show the quotes, ask everyone to write down which funnel generates leads and
# which converts them. Most groups reproduce the disagreement of the sources, which makes the
# point better than any slide.

# %% [markdown] tags=["slide"]
# ## Which stages exist?
#
# Both articles give the sales funnel the same four stages: Awareness, Interest, Decision and
# Action. For the marketing funnel, article A lists six stages ending with Purchase. Article
# B lists none, but calls it a wider view that also covers loyalty and advocacy after the
# purchase. Oddly, article A puts this after-sales work into the sales funnel: at Action,
# brands should focus on keeping customers and make them come back.
#
# `funnelkit` keeps both views: `MARKETING_FUNNEL` has article A's six stages, and
# `EXTENDED_MARKETING_FUNNEL` adds article B's Loyalty and Advocacy. The table below lines
# the stages up with the course's mapping from lesson 04 (`stage_mapping()`): each marketing
# stage stands next to the sales stage it belongs to in the course's model. The articles
# themselves give no such alignment.

# %%
import pandas as pd

from funnelkit import EXTENDED_MARKETING_FUNNEL, MARKETING_FUNNEL, SALES_FUNNEL, stage_mapping

mapping = stage_mapping()
stages = pd.DataFrame({
    SALES_FUNNEL.title(): mapping["sales_label"],
    MARKETING_FUNNEL.title(): mapping["marketing_label"],
}).reindex(range(len(EXTENDED_MARKETING_FUNNEL)))
stages[EXTENDED_MARKETING_FUNNEL.title()] = EXTENDED_MARKETING_FUNNEL.labels()
stages.index = stages.index + 1
stages.fillna("")

# %% [markdown]
# Article B also calls the sales funnel "shorter" and its stages "more concrete and linear".
# Counting stages, it is shorter: in the table, the sales funnel's Interest covers two
# marketing stages and its Decision two more. But what does that mean? The widget shows both
# funnels for the same 1,000 people. Change any conversion rate and watch the last bars: both
# funnels always end with the same customers, because they describe one journey in six steps
# or in four.

# %% tags=["collapsed"]
from funnelkit.widgets import FunnelComparison

FunnelComparison(leads=1_000)

# %% [markdown]
# This matters for article B's next claim. If the two funnels are two views of one journey,
# one cannot convert more people than the other. The claim only makes sense for two
# strategies: a fast one that pulls in as many leads as possible, and a slow one that builds
# relationships. That can be tested.

# %% [markdown] tags=["slide"]
# ## Testing a claim with data
#
# Article B, translated from Dutch: "Because of this focus on building relationships,
# marketing funnels are usually slower than sales funnels. But in the end they convert more
# leads into paying customers."
#
# The lead table of the B2B software company records the channel of every lead. Paid ads and
# social media are volume channels; content, webinars and e-mail nurture. The function below
# gives, per channel, the leads, the share that became customers, the median days from a won
# lead's creation to the deal, and the share still open when the data end.

# %%
from funnelkit import datasets


def channel_summary(leads):
    """Leads, lead-to-customer rate, median days to win and share still open, per channel."""
    won = leads["outcome"] == "won"
    table = leads.assign(
        customer=won,
        open=leads["outcome"] == "open",
        days_to_win=(leads["closed_date"] - leads["created"]).dt.days.where(won),
    )
    return table.groupby("channel", observed=True).agg(
        leads=("lead_id", "size"),
        lead_to_customer=("customer", "mean"),
        median_days_to_win=("days_to_win", "median"),
        still_open=("open", "mean"),
    )


leads = datasets.load("leads")
summary = channel_summary(leads)
summary.round(3)

# %% [markdown]
# Paid ads brought the most leads, the lowest share of customers and the fastest wins.
# Content, webinars and e-mail converted a much larger share and took longer. How many times
# as often did a content lead become a customer as a paid-ads lead? Estimate it from the
# table before you run the next cell.

# %% tags=["prediction"]
ratio = summary.loc["content", "lead_to_customer"] / summary.loc["paid_ads", "lead_to_customer"]
print(round(ratio, 1))

# %% [markdown]
# Two details deserve a second look. Referral leads convert best of all, yet they close about
# as fast as leads from social media or search: slower and better do not have to go together.
# And the slow channels have more leads still open; when data stop on a fixed date, fast
# channels look better than they will in the end.
#
# The chart follows the volume and nurturing channels through the pipeline. The nurturing
# channels pass more leads on at every step, and because the steps multiply, the advantage
# grows into a large difference in customers.

# %%
from funnelkit import custom_funnel
from funnelkit.charts import breakdown_chart
from funnelkit.metrics import conversion_table

pipeline = custom_funnel(["lead", "mql", "sql", "opportunity", "customer"],
                         labels=["lead", "MQL", "SQL", "opportunity", "customer"])
channels = ["paid_ads", "social", "content", "webinar", "email"]
by_channel = pd.concat(
    [conversion_table(datasets.pipeline_counts(leads[leads["channel"] == channel]), pipeline)
     .assign(channel=channel) for channel in channels],
    ignore_index=True,
)
breakdown_chart(by_channel, by="channel", funnel=pipeline, rate="step_rate")

# %% [markdown] tags=["slide"]
# ## What synthetic data can and cannot show
#
# Before you declare article B right, read the data dictionary in `datasets/README.md`. The
# data are synthetic. The simulator gave every channel a quality (how well its leads convert
# at every step) and a speed (how long each step takes), chosen to follow article B. The
# table above shows that assumption coming back out.
#
# Check it yourself: the next cell swaps the quality and speed of paid ads and content and
# simulates another 9,000 leads. Before you run it, predict: which of the two channels will
# now convert better, and which will be faster?

# %% tags=["prediction"]
from dataclasses import replace

from funnelkit.simulate import DEFAULT_CHANNELS, simulate_leads

settings = {channel.name: channel for channel in DEFAULT_CHANNELS}
ads, content = settings["paid_ads"], settings["content"]
settings["paid_ads"] = replace(ads, quality=content.quality, speed=content.speed)
settings["content"] = replace(content, quality=ads.quality, speed=ads.speed)

flipped = simulate_leads(9_000, channels=list(settings.values()), seed=7)
channel_summary(flipped).loc[["paid_ads", "content"]].round(3)

# %% [markdown]
# Now paid ads are the slow channel that converts well, and content the fast one that
# converts poorly. The simulator is not broken: it does what it was told. A simulation shows
# what follows from assumptions; it cannot tell you whether they are true.
#
# A real test needs real data, read with care: people who join a webinar may have been more
# interested from the start. Experiments are stronger, such as nurturing randomly chosen
# leads and comparing them with the others.

# %% [markdown] tags=["slide"]
# ## From AIDA to the flywheel
#
# The idea that buyers pass through steps is usually credited to the American advertising
# pioneer E. St. Elmo Lewis, who in 1898 said that an advertisement must
# attract attention, maintain interest and create desire; getting action was added later. In
# 1925 the psychologist Edward K. Strong credited the formula to Lewis and made it widely
# known as AIDA: Attention, Interest, Desire, Action. The sales funnel is a modern variant,
# with Awareness and Decision in place of Attention and Desire.
#
# Newer models change two things the source articles argue about. First, the journey does not
# end with the purchase. In Marketing 4.0 (2017), Kotler, Kartajaya and Setiawan describe the
# customer path as aware, appeal, ask, act and advocate: it ends with a customer who
# recommends the brand, like article B's Advocacy. In 2018 HubSpot replaced its funnel with a
# flywheel of attract, engage and delight, in which happy customers bring in new ones.
#
# Second, the journey is not a straight line. McKinsey's consumer decision journey (Court and
# colleagues, 2009) found that consumers add and drop brands while they evaluate, and that
# many buy again after a good experience without searching, in a loyalty loop. This supports
# article B's remark that the marketing funnel is more fluid, but any funnel of straight steps,
# sales or marketing, simplifies a journey that loops.

# %% [markdown] tags=["slide"]
# ## One article, several versions
#
# We have no original of either article, only translations, and a translation can change a
# claim, not just its wording: a translator or a localised rewrite may soften, sharpen or
# replace it. Before you cite a source, check which version you read, and compare versions
# where you can. Comparing ours gives these differences in meaning (the English renderings
# are ours):
#
# - **Article A, second similarity.** German: "den Umsatz … zu maximieren" (to maximise
#   sales revenue); Malay likewise. Chinese: "最大化利潤" (to maximise profit). Revenue and
#   profit are different goals.
# - **Article A, third similarity.** German: "Taktiken, Prozesse, Strategien und Tools, um
#   jede Phase zu optimieren" (tactics, processes, strategies and tools to optimise each
#   stage); Malay likewise. Chinese: "各方都應具備必要的知識、技能和資源" (every party should
#   have the necessary knowledge, skills and resources). A statement about the funnels'
#   tools becomes a requirement on the people.
# - **Article A, stage order.** German and Malay list Consideration before Intent. The
#   Chinese version, which leaves out the stage names, says "已經表示出購買意向的客戶會被轉移到考慮階段"
#   (customers who have shown purchase intent are moved to the consideration stage): the
#   reverse order.
# - **Article A, summary.** German and Malay: the marketing funnel is "den Prozess der
#   Umwandlung eines Leads" (the process of turning a lead into a customer) and focuses more
#   on brand recognition and image. Chinese: it focuses on name recognition and reputation
#   "而不是將其轉化為實際客戶" (rather than on turning prospects into actual customers), which
#   contradicts the Chinese table's own definition.
# - **Article B, the marketing funnel.** Dutch: "vloeiender en genuanceerder" (more fluid and
#   nuanced); Russian: "более гибкой и детализированной" (more flexible and detailed). A
#   small shift. Otherwise the two versions agree, including article B's contradiction about
#   leads, which therefore probably comes from the original, not from a translator.

# %% tags=["collapsed"]
quiz("07-reading-sources-critically", "versions")

# %% [markdown] tags=["slide"]
# ## Forming your own view
#
# The sources agree on much: the funnels overlap, and the sales funnel has four stages. Where
# they disagree, use a method:
#
# - Quote exactly, and say when you read a translation.
# - Check a source against itself before checking it against others.
# - Ask which meaning of a term a source uses: "sales funnel" can mean the whole journey, the
#   B2B pipeline or a series of web pages.
# - Ask what a claim compares: two views of one journey, or two strategies?
# - Ask where data come from: synthetic data illustrate, real data and experiments test.
# - Treat models as tools: choose one that fits, and say which.

# %% tags=["collapsed"]
quiz("07-reading-sources-critically", "synthetic-proof")

# %% [markdown]
# A look back at an earlier lesson before the key points.

# %% tags=["collapsed"]
quiz("07-reading-sources-critically", "review-meanings")

# %% [markdown] tags=["keypoints"]
# - Article A separates the funnels by goal (sales against brand); article B first says the
#   sales funnel generates leads, and later that the marketing funnel does.
# - The course's model (lesson 04) is its own, not the sources': one journey in two views,
#   with responsibility passing from marketing to sales. Article B's second version comes
#   closest to it.
# - Each claim makes sense for one meaning of "sales funnel": the whole journey, the B2B
#   pipeline or the online funnel of pages. Say which meaning you use.
# - Article A's marketing funnel ends with Purchase; article B's includes loyalty and advocacy.
# - The bundled data show nurturing channels converting better but more slowly because the
#   simulator was built that way: synthetic data illustrate, they do not prove.
# - AIDA (Lewis, 1898; Strong, 1925) is the ancestor of both funnels; the 5A model, the
#   flywheel and the consumer decision journey add life after the purchase and loops.

# %% [markdown] tags=["references"]
# - Article A: "Difference between sales funnel and marketing funnel" (course source text, in
#   German, Traditional Chinese and Malay translations).
# - Article B: "Sales funnel versus marketing funnel: what is the difference?" (course source
#   text, a marketing blog post, in Dutch and Russian translations).
# - Strong, E. K. (1925). The Psychology of Selling and Advertising. New York: McGraw-Hill.
# - Kotler, P. & Keller, K. L. Marketing Management. Pearson (any recent edition): the
#   response hierarchy models, among them AIDA.
# - Kotler, P., Kartajaya, H. & Setiawan, I. (2017). Marketing 4.0: Moving from Traditional
#   to Digital. Hoboken: Wiley.
# - Court, D., Elzinga, D., Mulder, S. & Vetvik, O. J. (2009). "The consumer decision
#   journey". McKinsey Quarterly, June 2009.
# - HubSpot: the flywheel (attract, engage, delight), which the company introduced in 2018 in
#   place of its marketing funnel.
# - `datasets/README.md`: the data dictionary of the course datasets, which are synthetic and
#   have the channel effects described in this lesson built in.
