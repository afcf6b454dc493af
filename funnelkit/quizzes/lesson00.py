"""Quiz questions of lesson 00."""

from __future__ import annotations

from ..i18n import N_
from . import Choice, Question

__all__ = ["QUESTIONS"]

QUESTIONS: tuple[Question, ...] = (
    Question(
        "how-to-run",
        N_("Which keys run the selected code cell and move on to the next one?"),
        (
            Choice(N_("Shift + Enter"), True,
                   N_("Right: Shift + Enter runs the cell, shows its result and selects "
                      "the next cell.")),
            Choice(N_("Ctrl + S"), False,
                   N_("Ctrl + S saves the notebook; it does not run any code.")),
            Choice(N_("Esc"), False,
                   N_("Esc only leaves the editing mode of the cell; nothing is run.")),
        ),
    ),
)
