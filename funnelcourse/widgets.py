"""The course's interactive questions: a quiz with feedback per option, and a stage-order
puzzle. Both are ipywidgets, shown in the learner's language.

>>> from funnelcourse.questions import question
>>> item = Quiz(question("lessons/02-sales-funnel", "aida-desire"), lang="en")
>>> item.answer(1)
True
>>> item.feedback.split(":")[0]
'Correct! Right'
"""

from __future__ import annotations

import html
import random
from typing import Any

import ipywidgets as widgets

from funnelkit.i18n import resolve_language
from funnelkit.stages import SALES_FUNNEL, Funnel

from .i18n import gettext
from .questions import CHOICE_KINDS, Question

__all__ = ["Quiz", "StageOrder"]

_TONES = {"info": "#0072B2", "good": "#009E73", "bad": "#D55E00", "none": "#444444"}


def _esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _status_html(text: str, *, tone: str) -> str:
    """Feedback text in a polite live region (announced by screen readers)."""
    body = "<br>".join(_esc(line) for line in text.split("\n"))
    return (f'<div role="status" aria-live="polite" style="border-left:4px solid '
            f'{_TONES[tone]};padding:4px 10px;margin:6px 0">{body}</div>')


class Quiz(widgets.VBox):
    """A quiz question with feedback for every option.

    Single-choice and true/false questions give feedback as soon as an answer is
    chosen; multiple-choice questions when **Check** is pressed. :meth:`check`
    returns True, False, or None while nothing is chosen.
    """

    def __init__(self, question: Question, *, lang: str | None = None) -> None:
        super().__init__()
        if question.kind not in CHOICE_KINDS:
            raise ValueError(f"question {question.key!r} is a {question.kind} question; a quiz "
                             f"needs one of the kinds {list(CHOICE_KINDS)}")
        self.question = question
        self.lang = resolve_language(lang)
        self.kind = question.kind
        self.correct_indices = frozenset(
            index for index, choice in enumerate(question.choices) if choice.correct)
        self.feedback = ""
        self.feedback_html = widgets.HTML()
        self.children = (widgets.HTML(f"<b>{_esc(self._(question.prompt))}</b>"),
                         *self._answer_controls(), self.feedback_html)

    def _(self, text: str) -> str:
        return self.question.translate(text, self.lang)

    def _answer_controls(self) -> tuple[widgets.Widget, ...]:
        shown = [self.question.choice_text(choice, self.lang) for choice in self.question.choices]
        if self.kind == "multiple":
            self.boxes = [widgets.Checkbox(value=False, description=text, indent=False)
                          for text in shown]
            self.check_button = widgets.Button(description=gettext("Check", self.lang),
                                               icon="check", button_style="primary")
            self.check_button.on_click(lambda _button: self._show_feedback())
            choose_all = gettext("Choose all answers that apply.", self.lang)
            return (widgets.HTML(f"<i>{_esc(choose_all)}</i>"), *self.boxes, self.check_button)
        self.choice = widgets.RadioButtons(
            options=[(text, index) for index, text in enumerate(shown)], value=None,
            layout={"width": "max-content"})
        self.choice.observe(lambda _change: self._show_feedback(), names="value")
        return (self.choice,)

    def __repr__(self) -> str:
        return f"Quiz({self.question.source!r}, {self.question.key!r}, lang={self.lang!r})"

    @property
    def selected(self) -> list[int]:
        """The indices of the chosen options."""
        if self.kind == "multiple":
            return [index for index, box in enumerate(self.boxes) if box.value]
        return [] if self.choice.value is None else [int(self.choice.value)]

    def answer(self, *indices: int) -> bool | None:
        """Choose the options *indices* (as a learner would) and return :meth:`check`."""
        if self.kind == "multiple":
            for index, box in enumerate(self.boxes):
                box.value = index in indices
            self.check_button.click()
        else:
            if len(indices) != 1:
                raise ValueError(f"a {self.kind} question takes exactly one answer")
            self.choice.value = indices[0]
        return self.check()

    def check(self) -> bool | None:
        """True if the chosen options are exactly the right ones; None if none is chosen."""
        chosen = set(self.selected)
        if not chosen:
            return None
        return chosen == self.correct_indices

    def _show_feedback(self) -> None:
        result = self.check()
        if result is None:
            if self.kind == "multiple":
                text = gettext("Choose at least one answer first.", self.lang)
            else:
                text = gettext("Choose an answer first.", self.lang)
            self._say(text, "none")
            return
        verdict = gettext("Correct!", self.lang) if result else gettext("Not quite.", self.lang)
        choices = self.question.choices
        if self.kind != "multiple":
            self._say(f"{verdict} {self._(choices[self.selected[0]].feedback)}",
                      "good" if result else "bad")
            return
        chosen = set(self.selected)
        lines = [verdict]
        for index, choice in enumerate(choices):
            if index in chosen or index in self.correct_indices:
                mark = "✓" if index in self.correct_indices else "✗"
                missed = "" if index in chosen else " " + gettext("(not chosen)", self.lang)
                lines.append(f"{mark} {self.question.choice_text(choice, self.lang)}{missed}: "
                             f"{self._(choice.feedback)}")
        self._say("\n".join(lines), "good" if result else "bad")

    def _say(self, text: str, tone: str) -> None:
        self.feedback = text
        self.feedback_html.value = _status_html(text, tone=tone)


class StageOrder(widgets.VBox):
    """Put the shuffled stages of a funnel in the right order.

    The stages are shuffled with a seeded random generator (the same *seed* gives
    the same puzzle, never already solved). Select a stage in the list, move it
    with **Move up** / **Move down** (or :meth:`move`), then press **Check**.

    >>> puzzle = StageOrder(SALES_FUNNEL, seed=1, lang="en")
    >>> puzzle.order
    ['action', 'awareness', 'decision', 'interest']
    >>> puzzle.move("action", 3); puzzle.move("interest", -1)
    >>> puzzle.check()
    True
    >>> puzzle.feedback
    'Correct! Awareness → Interest → Decision → Action'
    """

    def __init__(self, funnel: Funnel = SALES_FUNNEL, *, seed: int = 0,
                 lang: str | None = None) -> None:
        super().__init__()
        if len(funnel) < 2:
            raise ValueError("StageOrder needs a funnel with at least two stages")
        self.funnel = funnel
        self.seed = seed
        self.lang = resolve_language(lang)
        order = list(funnel.keys)
        random.Random(seed).shuffle(order)
        if order == funnel.keys:
            order = order[1:] + order[:1]
        self.order: list[str] = order
        self.feedback = ""
        self.feedback_html = widgets.HTML()
        self.listbox = widgets.Select(rows=len(funnel), layout={"width": "320px"})
        self.children = (widgets.HTML(f"<b>{_esc(self._prompt())}</b>"),
                         widgets.HBox([self.listbox, self._buttons()]), self.feedback_html)
        self._refresh(order[0])

    def _prompt(self) -> str:
        return gettext("Put the stages of the {funnel} in the right order, from the first "
                       "to the last.", self.lang).format(funnel=self.funnel.title(self.lang))

    def _buttons(self) -> widgets.VBox:
        self.up_button = widgets.Button(description=gettext("Move up", self.lang),
                                        icon="arrow-up")
        self.down_button = widgets.Button(description=gettext("Move down", self.lang),
                                          icon="arrow-down")
        self.check_button = widgets.Button(description=gettext("Check", self.lang),
                                           icon="check", button_style="primary")
        self.up_button.on_click(lambda _button: self._move_selected(-1))
        self.down_button.on_click(lambda _button: self._move_selected(1))
        self.check_button.on_click(lambda _button: self.check())
        return widgets.VBox([self.up_button, self.down_button, self.check_button])

    def __repr__(self) -> str:
        return f"StageOrder(funnel={self.funnel.key!r}, seed={self.seed!r}, lang={self.lang!r})"

    def _refresh(self, selected: str) -> None:
        self.listbox.options = [(self.funnel[key].label(self.lang), key) for key in self.order]
        self.listbox.value = selected

    def _move_selected(self, delta: int) -> None:
        if self.listbox.value is not None:
            self.move(self.listbox.value, delta)

    def move(self, key: str, delta: int) -> None:
        """Move stage *key* by *delta* places (negative: up), within the list."""
        if key not in self.order:
            raise KeyError(f"{key!r} is not one of the stages {self.order}")
        position = self.order.index(key)
        target = min(max(position + int(delta), 0), len(self.order) - 1)
        self.order.insert(target, self.order.pop(position))
        self.feedback = ""
        self.feedback_html.value = ""
        self._refresh(key)

    def check(self) -> bool:
        """Whether the order is right; shows localised feedback."""
        keys = self.funnel.keys
        right = self.order == keys
        if right:
            text = gettext("Correct!", self.lang) + " " + " → ".join(self.funnel.labels(self.lang))
        else:
            placed = sum(a == b for a, b in zip(self.order, keys, strict=True))
            first_wrong = next(position for position, (a, b)
                               in enumerate(zip(self.order, keys, strict=True)) if a != b)
            text = gettext("Not yet: {placed} of {total} stages are in the right place.",
                           self.lang).format(placed=placed, total=len(self.order))
            text += " " + gettext("Hint: {stage} does not belong in place {number}.",
                                  self.lang).format(
                stage=self.funnel[self.order[first_wrong]].label(self.lang),
                number=first_wrong + 1)
        self.feedback = text
        self.feedback_html.value = _status_html(text, tone="good" if right else "bad")
        return right
