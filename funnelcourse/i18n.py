"""Translations of course text: one catalog per lesson source, plus the course's own.

Course text is English in the sources and translated through gettext PO catalogs:

* ``<collection>/locale/<locale>/<slug>.po`` holds everything one lesson, exercise or
  guide source shows: its Markdown, its questions and its exercise module's strings;
* ``funnelcourse/locale/<locale>/LC_MESSAGES/funnelcourse.po`` holds text every lesson
  shares: headings, the course map, the glossary, quiz and check feedback.

:func:`gettext` looks in the source's catalog first, then in the course catalog, then in
the funnelkit library's catalog (stage names), and returns the English text when none
translates it. The language is funnelkit's current one unless *lang* is given.

>>> gettext("Learning objectives", "de")
'Lernziele'
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from pathlib import Path

from babel.messages.pofile import read_po

from funnelkit import i18n as library_i18n
from funnelkit.i18n import locale_name, resolve_language

__all__ = ["COURSE_ROOT", "DOMAIN", "LOCALE_DIR", "N_", "gettext", "source_catalog", "translator"]

#: The repository folder that holds lessons/, exercises/ and instructors/.
COURSE_ROOT = Path(__file__).resolve().parents[1]

#: The gettext domain of course-wide strings.
DOMAIN = "funnelcourse"

#: Where the course-wide catalogs live.
LOCALE_DIR = Path(__file__).parent / "locale"

N_ = library_i18n.N_


def source_catalog(source: str, lang: str) -> Path:
    """The PO catalog of a notebook source such as ``"lessons/02-sales-funnel"``.

    >>> source_catalog("lessons/02-sales-funnel", "zh-Hant").relative_to(COURSE_ROOT).as_posix()
    'lessons/locale/zh_Hant/02-sales-funnel.po'
    """
    collection, slug = source.split("/")
    return COURSE_ROOT / collection / "locale" / locale_name(lang) / f"{slug}.po"


def course_catalog(lang: str) -> Path:
    """The course-wide catalog of *lang*."""
    return LOCALE_DIR / locale_name(lang) / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def _messages(path: Path) -> dict[str, str]:
    """Translated, non-fuzzy messages of one PO file (empty when it does not exist)."""
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        catalog = read_po(handle)
    return {
        _key(message.id, message.context): message.string
        for message in catalog
        if isinstance(message.id, str) and isinstance(message.string, str)
        and message.id and message.string and not message.fuzzy
    }


def _key(message: str, context: str | None) -> str:
    """How gettext stores a message with a context: ``context + "\x04" + message``."""
    return message if context is None else f"{context}\x04{message}"


def gettext(message: str, lang: str | None = None, *, source: str | None = None,
            context: str | None = None) -> str:
    """Translate course text into *lang* (default: funnelkit's current language).

    *source* (``"lessons/02-sales-funnel"``) names the catalog of the lesson the text
    belongs to; it is searched before the course catalog. *context* is the message's
    gettext context (``msgctxt``), if it has one.

    >>> gettext("Teaching: {teaching} min · Exercises: {exercises} min", "en")
    'Teaching: {teaching} min · Exercises: {exercises} min'
    """
    lang = resolve_language(lang)
    if lang == "en":
        return message
    paths = [course_catalog(lang)]
    if source is not None:
        paths.insert(0, source_catalog(source, lang))
    for path in paths:
        translated = _messages(path).get(_key(message, context))
        if translated:
            return translated
    if context is not None:
        return message
    return library_i18n.gettext(message, lang)


def translator(source: str) -> Callable[..., str]:
    """A ``gettext(message, lang=None)`` that looks in *source*'s catalog first.

    >>> translator("exercises/02-sales-funnel")("free shipping", "en")
    'free shipping'
    """
    return partial(gettext, source=source)
