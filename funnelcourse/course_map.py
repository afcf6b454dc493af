"""The course map: lessons, their timing, and the headings lessons share.

>>> from funnelcourse.course_map import LESSONS, course_map
>>> LESSONS[1].slug
'01-why-funnels'
>>> int(course_map("en")["teaching_minutes"].sum()) > 0
True
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .i18n import N_, gettext

__all__ = [
    "Lesson",
    "LESSONS",
    "HEADINGS",
    "PLANS",
    "course_map",
    "heading",
    "lesson",
    "schedule",
    "timing_line",
]


@dataclass(frozen=True)
class Lesson:
    """One lesson of the course: its file slug, title, summary and minutes."""

    slug: str
    title: str
    summary: str
    teaching_minutes: int
    exercise_minutes: int

    @property
    def number(self) -> str:
        """The two-digit lesson number, e.g. ``'01'``."""
        return self.slug[:2]


LESSONS: tuple[Lesson, ...] = (
    Lesson(
        "00-start-here",
        N_("Start here"),
        N_("How the course works: notebooks, widgets, languages and the course map."),
        25,
        0,
    ),
    Lesson(
        "01-why-funnels",
        N_("Why funnels?"),
        N_("Revenue, the sales and marketing departments, and the customer journey as a funnel."),
        15,
        20,
    ),
    Lesson(
        "02-sales-funnel",
        N_("The sales funnel"),
        N_("The four stages Awareness, Interest, Decision and Action, their tactics, and what "
           "a good sales funnel does."),
        30,
        25,
    ),
    Lesson(
        "03-marketing-funnel",
        N_("The marketing funnel"),
        N_("Lead generation and lead nurturing, the six stages, and loyalty and advocacy "
           "after the purchase."),
        25,
        20,
    ),
    Lesson(
        "04-side-by-side",
        N_("Side by side"),
        N_("Similarities and differences, how the stages map onto each other, and where "
           "marketing hands leads to sales."),
        35,
        25,
    ),
    Lesson(
        "05-measuring-a-funnel",
        N_("Measuring a funnel"),
        N_("Conversion rates, drop-off, bottlenecks and what-if analysis; funnels from "
           "event logs."),
        40,
        25,
    ),
    Lesson(
        "06-marketing-meets-sales",
        N_("Marketing meets sales"),
        N_("The lead table: MQL-to-SQL rate, win rate, sales cycle, pipeline velocity, cost "
           "per lead and customer acquisition cost by channel."),
        35,
        25,
    ),
    Lesson(
        "07-reading-sources-critically",
        N_("Reading sources critically"),
        N_("Where the two source articles disagree, what the data says, and newer funnel "
           "models."),
        30,
        25,
    ),
    Lesson(
        "08-capstone",
        N_("Capstone: design and measure a funnel"),
        N_("Design and measure a funnel for a case business and recommend where to invest."),
        25,
        40,
    ),
    Lesson(
        "09-final-assessment",
        N_("Final assessment"),
        N_("Nine questions on the whole course: place a situation on the customer journey, "
           "find the bottleneck, judge channel figures and spot a misread claim."),
        15,
        0,
    ),
)

#: Headings the lesson build puts on tagged cells (and the slides build on widget pictures).
HEADINGS: dict[str, str] = {
    "objectives": N_("Learning objectives"),
    "keypoints": N_("Key points"),
    "instructor": N_("Instructor note"),
    "references": N_("References"),
    "setup": N_("Set-up"),
    # Translators: caption of a widget shown as a still picture in the slides.
    "interactive": N_("Interactive in the notebook"),
}


def heading(tag: str, lang: str | None = None) -> str:
    """The localised heading for a cell tag such as ``"objectives"``.

    >>> heading("keypoints", "de")
    'Das Wichtigste in Kürze'
    """
    try:
        return gettext(HEADINGS[tag], lang)
    except KeyError:
        raise KeyError(f"no heading for cell tag {tag!r}; known tags: {sorted(HEADINGS)}") from None


def lesson(slug: str) -> Lesson:
    """The lesson with this slug (``'01-why-funnels'``) or number (``'01'``)."""
    for entry in LESSONS:
        if slug in (entry.slug, entry.number):
            return entry
    raise KeyError(f"no lesson {slug!r}; lessons: {[entry.slug for entry in LESSONS]}")


def timing_line(slug: str, lang: str | None = None) -> str:
    """The "teaching / exercises" line shown under a lesson's objectives.

    >>> timing_line("01-why-funnels")
    'Teaching: 15 min · Exercises: 20 min'
    """
    entry = lesson(slug)
    return gettext("Teaching: {teaching} min · Exercises: {exercises} min", lang).format(
        teaching=entry.teaching_minutes, exercises=entry.exercise_minutes
    )


def course_map(lang: str | None = None) -> pd.DataFrame:
    """The course map: one row per lesson with its title, summary and minutes."""
    return pd.DataFrame(
        {
            "lesson": [entry.number for entry in LESSONS],
            "title": [gettext(entry.title, lang) for entry in LESSONS],
            "summary": [gettext(entry.summary, lang) for entry in LESSONS],
            "teaching_minutes": [entry.teaching_minutes for entry in LESSONS],
            "exercise_minutes": [entry.exercise_minutes for entry in LESSONS],
        }
    )



#: Workshop plans: (lesson number, with exercises?) in order, and where the breaks go.
PLANS: dict[str, dict] = {
    "half-day": {
        "lessons": (("00", False), ("01", True), ("02", False), ("03", False), ("04", False),
                    ("09", False)),
        "breaks": {"02": 15},
    },
    "full-day": {
        "lessons": (("00", False), ("01", True), ("02", True), ("03", False), ("04", True),
                    ("05", True), ("06", True), ("07", False), ("08", False), ("09", False)),
        "breaks": {"02": 15, "04": 60, "06": 15},
    },
}


def schedule(plan: str = "half-day", start: str = "09:00", lang: str | None = None) -> pd.DataFrame:
    """A timed workshop schedule built from the lessons' minutes.

    Each row is a lesson (teaching plus, where the plan includes them, its
    exercises) or a break, with start and end times.

    >>> table = schedule("half-day")
    >>> table[["start", "end"]].iloc[0].tolist()
    ['09:00', '09:25']
    >>> int(table["minutes"].sum()) <= 180
    True
    """
    try:
        chosen = PLANS[plan]
    except KeyError:
        raise KeyError(f"no plan {plan!r}; plans: {sorted(PLANS)}") from None
    hours, minutes = (int(part) for part in start.split(":"))
    clock = hours * 60 + minutes
    rows = []

    def add(number: str, title: str, length: int) -> None:
        nonlocal clock
        rows.append({"lesson": number, "title": title, "minutes": length,
                     "start": f"{clock // 60:02d}:{clock % 60:02d}",
                     "end": f"{(clock + length) // 60:02d}:{(clock + length) % 60:02d}"})
        clock += length

    for number, with_exercises in chosen["lessons"]:
        entry = lesson(number)
        length = entry.teaching_minutes + (entry.exercise_minutes if with_exercises else 0)
        add(number, gettext(entry.title, lang), length)
        if number in chosen["breaks"]:
            add("", gettext("Break", lang), chosen["breaks"][number])
    return pd.DataFrame(rows)
