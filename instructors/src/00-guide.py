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

# %% [markdown]
# # Instructor guide
#
# This guide is for people who teach the funnelkit course: in a half-day workshop, over a full
# day, or as support for learners who work on their own. It gives two timed schedules, the
# misconceptions learners bring with them and how to address them, where the answer keys
# are, and how to run the course on Binder, on a JupyterHub or on laptops.

# %% [markdown]
# ## Before the workshop
#
# Run every lesson once in the language you will teach in, from top to bottom, on the set-up
# your learners will use. The notebooks are stored with their outputs, so learners can read a
# lesson even before they run it, but the sliders and quizzes only react in a running kernel.
# Cells that answer a prediction ("Before you run the next cell, decide ...") are stored
# without output, so learners see the answer only after they have committed to one. Each
# lesson starts with its learning objectives and its timing, and ends with key points you
# can use as a summary. Instructor notes, with a discussion prompt or a common
# misconception, are not in the learners' notebooks: you find them in the instructor edition
# of each lesson (`instructors/<language>/lessons/`), and in slide mode as speaker notes.

# %%
from funnelcourse.course_map import course_map, schedule

course_map()

# %% [markdown]
# ## A half-day workshop (three hours)
#
# The half-day plan covers the core of the course: why funnels exist, the two funnels and
# how they fit together, ending with the final assessment. Exercises are done in class for
# lesson 01; the other exercise notebooks make good homework. Measuring a funnel (lessons 05
# and 06), reading the sources critically (lesson 07) and the capstone (lesson 08) are set
# for self-study; the assessment's questions on them then work as a preview of what comes
# next.

# %%
schedule("half-day", start="09:00")

# %% [markdown]
# ## A full-day workshop
#
# The full-day plan teaches every lesson, with the exercises of lessons 01, 02, 04, 05 and 06
# in class, and ends with the final assessment. The exercises of lessons 03 and 07 and the
# capstone's exercise notebook are set as homework; learners can present their capstone
# recommendation at a follow-up session. The long break in the middle is lunch.

# %%
schedule("full-day", start="09:00")

# %% [markdown]
# ## Common misconceptions and how to address them
#
# - "The sales funnel and the marketing funnel are the same thing." Many texts use the terms
#   interchangeably. Show both funnels side by side (lesson 04) and ask learners where a
#   prospect becomes the sales team's responsibility.
# - "A customer first passes the marketing funnel and then a separate sales funnel." In the
#   course's model (lesson 04) the two funnels are two views of one customer journey: both
#   start at Awareness and reach the purchase, and responsibility shifts from marketing to
#   sales at the hand-off. Ask which meaning of "sales funnel" a learner has in mind: the
#   whole journey, the B2B pipeline from SQL to closed deal, or the web pages to the
#   checkout.
# - "More leads at the top do not help while the bottleneck is further down." With fixed
#   step rates, 10 % more people at any stage, the top included, give 10 % more customers
#   (lesson 05). The stage with the lowest step rate often has room to improve, so look
#   there first, and test whether a fix is feasible and cheap; extra traffic, in turn, helps
#   only if it converts as well as today's. Use the what-if tool in lesson 05 to compare the
#   two.
# - "The stage with the largest drop-off is the bottleneck." The largest absolute drop-off is
#   almost always at the top. The bottleneck is the stage with the lowest conversion rate.
# - "A conversion rate of 2 % is bad." Whether a rate is good depends on the stage, the channel
#   and the industry; compare like with like, for example channels in the same funnel.
# - "Marketing's job ends when a lead is generated." Marketing nurtures leads up to the MQL,
#   hands them to sales at Intent and shares Evaluation with sales (lessons 03, 04 and 06).
# - "The source articles must be right because they are published." The two articles disagree
#   with each other; lesson 07 turns this into an exercise in reading sources critically.

# %% [markdown]
# ## Answer keys
#
# Every exercise notebook exists twice in each language: the learner version in
# `exercises/<language>/` and the solution version, with the worked answers, in
# `exercises/<language>/solutions/`. Both are generated from the same source, so they always
# match. If you share the course with learners before the workshop, you can remove the
# `solutions` folders from their copy. Each question also offers `hint()` and `solution()`,
# so learners who work alone are never stuck.

# %% [markdown]
# ## Presenting a lesson as slides
#
# Every lesson can also be shown as a slide deck. `make slides` writes one HTML file per
# lesson and language to `slides/<language>/`, for example `slides/de/02-sales-funnel.html`.
# Each file holds everything it needs, so it opens in any web browser without an internet
# connection and can be copied to another computer on its own.
#
# The arrow keys move from slide to slide; Space and Page Down first scroll through a long
# slide and then go on to the next one. Press F for full screen and S for the speaker view,
# which shows the instructor notes and the next slide. Charts appear as pictures, and sliders
# and quizzes as they look before anyone touches them, marked "Interactive in the notebook":
# switch to the lesson in JupyterLab to use them live.

# %% [markdown]
# ## Running the course on Binder
#
# Binder needs no installation: learners open a link in their browser and get JupyterLab with
# the course. The `binder/` folder pins every package. The first start of a new version takes
# a few minutes while Binder builds the image, so open the link yourself before the workshop.
# Add `?urlpath=lab/tree/lessons/de/00-start-here.ipynb` to the Binder link to open the course
# directly in a language (here German). Binder sessions end after some time without activity,
# and changes are not saved: ask learners to download notebooks they want to keep.

# %% [markdown]
# ## Running the course on a JupyterHub
#
# On a JupyterHub, install the course library once into the environment the learners' kernels
# use, with the pinned versions from `requirements/constraints.txt`, for example
# `pip install -c requirements/constraints.txt .` from a copy of the course. Then distribute
# the `lessons/` and `exercises/` folders to the learners, for example with nbgitpuller. Check
# that JupyterLab on the hub is version 4 and has ipywidgets 8 installed, otherwise the
# interactive tools are not shown.

# %% [markdown]
# ## Running the course on laptops
#
# Learners need Python 3.10 or newer. With `make` available (Linux, macOS, or Windows with WSL),
# `make lab` creates a virtual environment, installs everything and opens JupyterLab. Without
# `make`, the same takes three commands: `python -m venv .venv`, then
# `.venv/bin/pip install -c requirements/constraints.txt -e .` (on Windows
# `.venv\Scripts\pip`), then `.venv/bin/jupyter lab lessons/`. Ask learners to do this before
# the workshop, as the installation downloads about 200 MB.

# %% [markdown]
# ## Troubleshooting
#
# - A slider or quiz shows as plain text, for example `FunnelExplorer(...)`: the kernel is not
#   running or the widgets extension is missing. Restart the kernel and run all cells; check
#   that ipywidgets 8 is installed in the same environment as JupyterLab.
# - A chart is missing: charts are drawn by JupyterLab itself and need no internet connection.
#   Make sure the notebook is trusted and opened in JupyterLab 4 or Notebook 7, not in an old
#   notebook viewer.
# - Labels appear in the wrong language: run the first code cell of the lesson again, or call
#   `funnelkit.set_language` with the language you want.
# - A cell fails with `NameError`: an earlier cell has not been run. Use **Run › Run All Cells**
#   to run everything above in order.
# - A learner's notebook is in a muddle: close it and open a fresh copy of the lesson; the
#   original files are never changed by running them, only by saving.
