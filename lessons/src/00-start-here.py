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
# # Start here
#
# Welcome to **funnelkit**, a hands-on course about two ideas that are often mixed up: the
# sales funnel and the marketing funnel. You will learn what each funnel describes, how the
# two work together, and how to measure a funnel with real numbers instead of gut feeling.

# %% [markdown] tags=["objectives"]
# - Run the cells of a notebook and use its interactive controls.
# - Switch the course to the language you prefer.
# - Find your way around the course map and the glossary.

# %% [markdown] tags=["slide"]
# ## Who this course is for
#
# The course is written for business students and newcomers to marketing and sales, and for
# analysts who want to measure their own funnels. There are two paths through it.
#
# - **The no-code path.** Read the lessons, move the sliders of the interactive tools and
#   answer the quizzes. The code cells are already written: run them to see their results,
#   and read them or skip them as you like. You can follow every lesson this way.
# - **The analyst path.** Do the exercise notebook that goes with each lesson as well. The
#   exercises ask you to write short pieces of code, and they assume basic Python and pandas:
#   selecting rows of a table with a condition and grouping with `groupby`. Each lesson
#   introduces the `funnelkit` functions it uses, and every exercise has hints and a
#   solution. The small Python library behind the course, `funnelkit`, works just as well on
#   your own data.

# %% [markdown] tags=["slide"]
# ## How a notebook works
#
# A notebook is a page made of cells. Text cells, like this one, explain an idea. Code cells
# compute something and show the result underneath. To run a code cell, click into it and
# press **Shift + Enter**; the result appears below the cell and the next cell is selected.
# To run the whole notebook from the top, choose **Run › Run All Cells** in the menu.
#
# Run the cells in order. If something looks wrong, choose **Kernel › Restart Kernel and
# Run All Cells**: the notebook then starts again from a clean slate.

# %% [markdown]
# The first code cell of every lesson, just below the learning objectives, loads the course
# library and sets the language of all tables, charts and feedback. Make sure you have run
# it, then run the next cell: it lists the languages the course is written in.

# %%
from funnelkit.i18n import LANGUAGE_NAMES

LANGUAGE_NAMES

# %% [markdown] tags=["slide"]
# ## Choosing your language
#
# Every lesson exists in English, German, Traditional Chinese, Malay, Dutch and Russian. Each
# language has its own folder: `lessons/en`, `lessons/de`, `lessons/zh-Hant`, `lessons/ms`,
# `lessons/nl` and `lessons/ru`. To read the course in another language, open the same lesson
# from that folder. The code is identical in every language; only the text and the labels of
# charts and tables change.
#
# You can also switch the labels while you work: `funnelkit.set_language("de")` shows every
# table and chart that follows in German. Run the cell below to see the four stages of the
# sales funnel in all six languages.

# %%
import pandas as pd

from funnelkit import SALES_FUNNEL
from funnelkit.i18n import LANGUAGES

pd.DataFrame({lang: SALES_FUNNEL.labels(lang) for lang in LANGUAGES})

# %% [markdown]
# Which would you choose? The quiz tells you at once whether you are right.

# %% tags=["collapsed"]
from funnelcourse import quiz

quiz("00-start-here", "language")

# %% [markdown] tags=["slide"]
# ## The course map
#
# The course is made for a half-day workshop, and it works just as well on your own. Each
# lesson states its learning objectives at the top, tells you how long it takes, and ends with
# the key points to remember. The table below is the course map with the time each lesson
# needs for teaching and for exercises.

# %%
from funnelcourse.course_map import course_map

pd.set_option("display.max_colwidth", None)  # show long texts in full
course_map()

# %% [markdown]
# Use the course map to plan your time. Try it on the quiz below.

# %% tags=["collapsed"]
quiz("00-start-here", "course-map")

# %% [markdown] tags=["slide"]
# ## Interactive elements
#
# Many lessons contain small interactive tools: sliders, buttons and quizzes. They react as
# soon as you use them, and you can use them with the keyboard too: press **Tab** to move to a
# control and the arrow keys to move a slider. Try the quiz below: as soon as you choose an
# answer, you get feedback, and you can change your answer as often as you like.

# %% tags=["collapsed"]
quiz("00-start-here", "how-to-run")

# %% [markdown] tags=["slide"]
# ## The glossary
#
# Marketing and sales have their own vocabulary, and the same word can mean different things
# in different companies. This course uses one term for each concept, in every language. The
# glossary below lists them with a short definition; come back to it whenever a term is
# unclear. The second table shows the same terms side by side in all six languages, which is
# handy when you work in an international team.

# %%
from funnelcourse.glossary import glossary

glossary()

# %%
glossary(languages=LANGUAGES)

# %% [markdown] tags=["slide"]
# ## What do you already know?
#
# Before you start, try five questions about the main ideas of the course. They are not
# graded, and nobody sees your answers. Guess if you are not sure: the feedback tells you
# which lesson explains the idea, and you can come back to these questions at the end of the
# course to see how far you have come.

# %% tags=["collapsed"]
quiz("00-start-here", "pre-two-views")

# %% tags=["collapsed"]
quiz("00-start-here", "pre-decision-stage")

# %% tags=["collapsed"]
quiz("00-start-here", "pre-nurturing")

# %% tags=["collapsed"]
quiz("00-start-here", "pre-bottleneck")

# %% tags=["collapsed"]
quiz("00-start-here", "pre-cac")

# %% [markdown] tags=["keypoints"]
# - Run cells with Shift + Enter, or the whole notebook with Run › Run All Cells.
# - Two paths: read, move the sliders and answer the quizzes without writing code, or do the
#   exercises too, which assume basic Python and pandas.
# - Each language has its own folder of lessons; the code is the same in every language.
# - Every lesson starts with objectives and timing and ends with key points.
# - The glossary gives one term per concept; use it when a word is unclear.
