"""funnelcourse: the funnelkit course's own code (not part of the library).

The course map, the glossary, quiz questions and exercise checks, and the set-up call
every notebook starts with. Course text lives beside the lesson sources and is
translated in each lesson's catalog; this package reads it.

>>> import funnelcourse
>>> funnelcourse.setup("de")
>>> import funnelkit; funnelkit.get_language()
'de'
>>> funnelcourse.setup("en")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .checks import ____
from .exercise import exercise

if TYPE_CHECKING:
    from .widgets import Quiz

__all__ = ["____", "exercise", "quiz", "setup"]


def setup(lang: str) -> None:
    """Prepare a course notebook: funnelkit's language and its chart theme.

    Every lesson, exercise and guide notebook runs this in its set-up cell.
    """
    import funnelkit
    import funnelkit.charts

    funnelkit.set_language(lang)
    funnelkit.charts.enable()


def quiz(lesson: str, key: str, **options: Any) -> Quiz:
    """The quiz widget for question *key* of *lesson* (``"02-sales-funnel"``).

    The question comes from ``lessons/src/<lesson>.questions.yml`` and is shown in the
    current language.
    """
    from .questions import question
    from .widgets import Quiz

    return Quiz(question(f"lessons/{lesson}", key), **options)
