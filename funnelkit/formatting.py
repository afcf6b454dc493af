"""Numbers, rates and labels written for the learner's language, with Babel.

The one place where funnelkit formats for a locale: charts, tables and widgets all
call these functions, so a count or a share reads the same everywhere. Every
function takes ``lang`` (a funnelkit language code such as ``"de"``); without it
the current language of :func:`funnelkit.set_language` is used.

>>> format_count(12345, "de"), format_rate(0.125, "de")
('12.345', '12,5\\xa0%')
"""

from __future__ import annotations

import math
from typing import Any, SupportsFloat

from babel.numbers import format_decimal, format_percent

from .i18n import N_, gettext, locale_name, resolve_language
from .stages import EXTENDED_MARKETING_FUNNEL, SALES_FUNNEL, Funnel, Stage

__all__ = [
    "format_count",
    "format_rate",
    "format_number",
    "value_label",
    "stage_label",
]

# Event names of the bundled web shop and the categories of its segments, marked
# for translation so that charts of the bundled data read naturally in every language.
_VALUE_LABELS: dict[str, str] = {
    "visit": N_("Visit"),
    "product_view": N_("Product view"),
    "sign_up": N_("Sign-up"),
    "add_to_cart": N_("Add to cart"),
    "checkout": N_("Checkout"),
    "purchase": N_("Purchase"),
    "paid_ads": N_("Paid ads"),
    "social": N_("Social media"),
    "organic_search": N_("Organic search"),
    "content": N_("Content"),
    "email": N_("E-mail"),
    "referral": N_("Referral"),
    "webinar": N_("Webinar"),
    "events": N_("Events"),
    "desktop": N_("Desktop"),
    "mobile": N_("Mobile"),
    "tablet": N_("Tablet"),
    "channel": N_("Channel"),
    "device": N_("Device"),
}

# Stages recognised by their key alone: the sales stages and the (extended) marketing stages.
_KNOWN_STAGES: dict[str, Stage] = {
    stage.key: stage for stage in (*EXTENDED_MARKETING_FUNNEL, *SALES_FUNNEL)
}


def _locale(lang: str | None) -> str:
    return locale_name(resolve_language(lang))


def _humanize(key: Any) -> str:
    """``"my_segment"`` -> ``"My segment"``."""
    return str(key).replace("_", " ").capitalize()


def format_count(number: SupportsFloat, lang: str | None = None) -> str:
    """A whole number with the digit grouping of *lang* (rounded to whole people).

    >>> format_count(12345, "en"), format_count(12345, "de"), format_count(2.6, "en")
    ('12,345', '12.345', '3')
    """
    return format_decimal(int(round(float(number))), locale=_locale(lang))


def format_rate(rate: SupportsFloat | None, lang: str | None = None) -> str:
    """A share as a percentage with at most one decimal, written as in *lang*.

    A missing or non-finite share is shown as 0 %.

    >>> format_rate(0.4, "en"), format_rate(0.1234, "en"), format_rate(0.1234, "de")
    ('40%', '12.3%', '12,3\\xa0%')
    >>> format_rate(float("nan"), "en")
    '0%'
    """
    value = 0.0 if rate is None or not math.isfinite(float(rate)) else round(float(rate), 3)
    return format_percent(value, locale=_locale(lang), decimal_quantization=False)


def format_number(number: float, lang: str | None = None, *, decimals: int = 1) -> str:
    """A number rounded to at most *decimals* decimals, with the separators of *lang*.

    Trailing zeros are left out, so ``2.0`` reads ``2``. Used for durations
    ("1.5 days") and amounts of money ("1,800.5"). *number* is rounded with its own
    ``round()`` (a NumPy float rounds as NumPy does).

    >>> format_number(1.25, "en"), format_number(2.0, "en"), format_number(1.5, "de")
    ('1.2', '2', '1,5')
    >>> format_number(1800.456, "en", decimals=2), format_number(1800.5, "de", decimals=2)
    ('1,800.46', '1.800,5')
    """
    if not isinstance(decimals, int) or isinstance(decimals, bool) or decimals < 0:
        raise ValueError(f"format_number: decimals must be a whole number >= 0, not {decimals!r}")
    return format_decimal(round(number, decimals), locale=_locale(lang),
                          decimal_quantization=False)


def value_label(value: Any, lang: str | None = None) -> str:
    """A data value (segment, event name or column name) as a label in *lang*.

    Known values of the bundled datasets are translated; anything else is shown
    with underscores as spaces, capitalised, and passed through gettext.

    >>> value_label("organic_search")
    'Organic search'
    >>> value_label("my_segment")
    'My segment'
    """
    text = _VALUE_LABELS.get(str(value), _humanize(value))
    return gettext(text, lang)


def stage_label(key: Any, funnel: Funnel | None = None, lang: str | None = None) -> str:
    """The label of stage *key* in *lang*.

    The stage of *funnel* if it has *key*, else a stage of the sales or marketing
    funnel with that key, else :func:`value_label` (event names, custom keys).

    >>> stage_label("consideration")
    'Consideration'
    >>> stage_label("add_to_cart")
    'Add to cart'
    >>> stage_label("interest", lang="de")
    'Interesse'
    """
    if funnel is not None and key in funnel:
        return funnel[key].label(lang)
    if key in _KNOWN_STAGES:
        return _KNOWN_STAGES[key].label(lang)
    return value_label(key, lang)
