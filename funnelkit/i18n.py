"""Language selection and the library's own translated strings.

Every text that funnelkit shows (stage labels, chart titles, table headers, widget
text, feedback) is written in English in the source, marked with :func:`N_` or
passed through :func:`gettext`, and translated through standard gettext PO catalogs
in ``funnelkit/locale/<locale>/LC_MESSAGES/funnelkit.po``. Translators edit those
files with any PO editor; ``make catalogs`` extracts new strings and merges them.

Languages are named by BCP 47 tags (``"zh-Hant"``); inside ``locale/`` the gettext
spelling is used (``zh_Hant``).

>>> import funnelkit
>>> funnelkit.set_language("de")
>>> funnelkit.i18n.gettext("Awareness")
'Aufmerksamkeit'
>>> funnelkit.set_language("en")
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

__all__ = [
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "DOMAIN",
    "LOCALE_DIR",
    "N_",
    "get_language",
    "gettext",
    "language",
    "locale_name",
    "resolve_language",
    "set_language",
]

#: The course languages as BCP 47 tags; English is the source language.
LANGUAGES: tuple[str, ...] = ("en", "de", "zh-Hant", "ms", "nl", "ru")

#: Each language's name in that language, for language pickers.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "zh-Hant": "繁體中文",
    "ms": "Bahasa Melayu",
    "nl": "Nederlands",
    "ru": "Русский",
}

#: The gettext domain of the library's own strings.
DOMAIN = "funnelkit"

#: Where the library's catalogs live.
LOCALE_DIR = Path(__file__).parent / "locale"

_current = "en"


def N_(message: str) -> str:  # noqa: N802 - the conventional gettext marker name
    """Mark *message* for extraction without translating it now.

    >>> N_("Awareness")
    'Awareness'
    """
    return message


def resolve_language(lang: str | None) -> str:
    """Return the supported BCP 47 tag for *lang* (the current language if None).

    Matching ignores case and accepts ``_`` for ``-``; anything else raises.

    >>> resolve_language("ZH_hant")
    'zh-Hant'
    """
    if lang is None:
        return _current
    if not isinstance(lang, str):
        raise TypeError(f"language must be a string such as 'de', not {type(lang).__name__}")
    wanted = lang.replace("_", "-").lower()
    for tag in LANGUAGES:
        if tag.lower() == wanted:
            return tag
    supported = ", ".join(LANGUAGES)
    raise ValueError(f"unsupported language {lang!r}; supported languages are: {supported}")


def locale_name(lang: str) -> str:
    """The gettext directory name for a BCP 47 tag.

    >>> locale_name("zh-Hant")
    'zh_Hant'
    """
    return resolve_language(lang).replace("-", "_")


def set_language(lang: str) -> None:
    """Set the default language of everything funnelkit shows.

    >>> set_language("nl"); get_language()
    'nl'
    >>> set_language("en")
    """
    global _current
    _current = resolve_language(lang)


def get_language() -> str:
    """The current default language (a BCP 47 tag)."""
    return _current


@contextlib.contextmanager
def language(lang: str) -> Iterator[str]:
    """Temporarily switch the default language.

    >>> with language("ru"):
    ...     gettext("Interest")
    'Интерес'
    """
    previous = _current
    set_language(lang)
    try:
        yield _current
    finally:
        set_language(previous)


@cache
def _catalog(lang: str) -> dict[str, str]:
    """Translated, non-fuzzy messages of one language (empty for English)."""
    if lang == "en":
        return {}
    path = LOCALE_DIR / locale_name(lang) / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=locale_name(lang))
    return {
        message.id: message.string
        for message in catalog
        if message.id and message.string and not message.fuzzy
        and isinstance(message.id, str) and isinstance(message.string, str)  # no plurals
    }


def gettext(message: str, lang: str | None = None) -> str:
    """Translate *message* into *lang* (default: the current language).

    A message without a translation is returned unchanged, so custom stage names
    and other user text pass through.

    >>> gettext("Purchase", "ms")
    'Pembelian'
    """
    return _catalog(resolve_language(lang)).get(message, message)
