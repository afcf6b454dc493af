"""Exercise checking with instant, localised feedback, in the spirit of Kaggle Learn.

Each question is an object with ``check()``, ``hint()`` and ``solution()``. Learners
write their answer into a variable (or a function) and call ``q1.check()``; the
check finds the variable in the notebook by name. The placeholder ``____`` means
"not attempted yet": ``check()`` says so instead of raising.

>>> from funnelkit.exercises import ValueQuestion, ____
>>> q = ValueQuestion("rate", "What share of 10,000 people reached Interest?",
...                   expected=lambda: 1_200 / 10_000, var="rate")
>>> q.check(____).status
'not_attempted'
>>> q.check(0.12).status
'correct'
>>> print(q.check(0.88))
Not quite: your answer is too high.

Failure messages say what is wrong without giving the answer away. The lesson
modules (``funnelkit.exercises.ex01`` ...) define the questions of each exercise
notebook.
"""

from __future__ import annotations

from .core import (
    ChoiceQuestion,
    Exercise,
    Feedback,
    FrameQuestion,
    FunctionQuestion,
    OrderQuestion,
    Question,
    ValueQuestion,
    ____,
)

__all__ = [
    "____",
    "ChoiceQuestion",
    "Exercise",
    "Feedback",
    "FrameQuestion",
    "FunctionQuestion",
    "OrderQuestion",
    "Question",
    "ValueQuestion",
]
