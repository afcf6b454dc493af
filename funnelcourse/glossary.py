"""The course glossary: one term per concept, in every course language.

Terms and definitions are English source texts translated through the course's
PO catalogs, so each language has exactly one agreed term per concept (the one a
native marketing professional uses). The course's catalog checks prove that every
lesson uses these terms.

>>> from funnelcourse.glossary import glossary
>>> glossary("de").set_index("key").loc["sales_funnel", "term"]
'Verkaufstrichter'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from funnelkit.i18n import resolve_language

from .i18n import N_, gettext

__all__ = ["Term", "TERMS", "glossary", "term", "term_pattern"]


@dataclass(frozen=True)
class Term:
    """A glossary entry.

    ``stage`` terms are stage names: English prose writes them capitalised when it
    means the stage, so only capitalised uses count as uses of the term.
    """

    key: str
    text: str
    definition: str
    stage: bool = False

    def english_pattern(self) -> re.Pattern[str]:
        """Where English prose uses this term (stage names: capitalised uses only).

        >>> Term("action", "Action", "", stage=True).english_pattern().search("take action")
        """
        if self.stage:
            return re.compile(rf"(?<!\w){re.escape(self.text)}(?!\w)")
        return term_pattern(self.text, "en")


TERMS: tuple[Term, ...] = (
    Term("sales_funnel", N_("sales funnel"),
         N_("The customer journey from first noticing an offer to buying it, in the four "
            "AIDA stages (the course's meaning); in practice also the B2B pipeline from SQL "
            "to closed deal, or the web pages that take visitors to the checkout.")),
    Term("marketing_funnel", N_("marketing funnel"),
         N_("The wider customer journey that marketing shapes: from first contact through "
            "lead generation and lead nurturing to the purchase and beyond.")),
    Term("lead", N_("lead"),
         N_("A person or company that has shown interest and left contact details.")),
    Term("prospect", N_("prospect"),
         N_("A potential customer who fits the target group and may buy.")),
    Term("lead_generation", N_("lead generation"),
         N_("Attracting potential customers and collecting their contact details.")),
    Term("lead_nurturing", N_("lead nurturing"),
         N_("Building a relationship with leads until they are ready to buy.")),
    Term("conversion", N_("conversion"),
         N_("A prospect taking the step a stage aims for, such as signing up or buying.")),
    Term("conversion_rate", N_("conversion rate"),
         N_("The share of people at one stage who reach the next stage (or the end).")),
    Term("drop_off", N_("drop-off"),
         N_("The number of people who leave the funnel between two stages.")),
    Term("mql", N_("MQL"),
         N_("Marketing-qualified lead: a lead that marketing judges ready for sales.")),
    Term("sql", N_("SQL"),
         N_("Sales-qualified lead: a lead that sales has accepted and will actively pursue.")),
    Term("awareness", N_("Awareness"), N_("The stage in which prospects first notice you."),
         stage=True),
    Term("interest", N_("Interest"), N_("The stage in which prospects find out more."),
         stage=True),
    Term("decision", N_("Decision"),
         N_("The stage of the sales funnel in which the prospect decides to buy."), stage=True),
    Term("action", N_("Action"), N_("The sales stage in which the prospect buys."), stage=True),
    Term("consideration", N_("Consideration"),
         N_("The marketing stage in which leads weigh the offer."), stage=True),
    Term("intent", N_("Intent"),
         N_("The stage of the marketing funnel in which leads show that they want to buy; "
            "here sales accepts them as SQLs (the hand-off)."), stage=True),
    Term("evaluation", N_("Evaluation"),
         N_("The marketing stage in which marketing and sales together convince the "
            "prospect to buy."),
         stage=True),
    Term("purchase", N_("Purchase"),
         N_("The last stage of the marketing funnel: the prospect buys."), stage=True),
    Term("loyalty", N_("Loyalty"), N_("After the purchase: customers buy again."), stage=True),
    Term("advocacy", N_("Advocacy"),
         N_("After the purchase: customers recommend the brand."), stage=True),
)

_BY_KEY = {entry.key: entry for entry in TERMS}


def term(key: str, lang: str | None = None) -> str:
    """The agreed term for concept *key* in *lang*.

    >>> term("lead", "ru")
    'лид'
    """
    try:
        entry = _BY_KEY[key]
    except KeyError:
        raise KeyError(f"{key!r} is not a glossary term; terms: {sorted(_BY_KEY)}") from None
    return gettext(entry.text, lang)


def term_pattern(text: str, lang: str) -> re.Pattern[str]:
    """A regular expression that finds *text* (a term in *lang*) in running prose.

    English matches the term with an optional plural ending. Inflected languages
    match each word by its stem (all but the last two letters of longer words),
    so German, Dutch, Malay and Russian case endings still count. Chinese
    matches the term as written.

    >>> bool(term_pattern("воронка продаж", "ru").search("в воронке продаж"))
    True
    """
    lang = resolve_language(lang)
    words = text.split()
    if lang == "zh-Hant":
        return re.compile(re.escape(text))
    if lang == "en":
        body = r"\s+".join(re.escape(word) for word in words)
        return re.compile(rf"(?<!\w){body}(?:s|es)?(?!\w)", re.IGNORECASE)
    stems = [re.escape(word[:-2] if len(word) >= 6 else word) + r"[\w-]*" for word in words]
    return re.compile(r"(?<!\w)" + r"[\s-]+".join(stems), re.IGNORECASE)


def glossary(lang: str | None = None, *, languages: tuple[str, ...] | None = None) -> pd.DataFrame:
    """The glossary as a table.

    With *lang*: one row per term with ``key, term, definition`` in that language.
    With ``languages=LANGUAGES``: one column of terms per language, side by side.

    >>> glossary(languages=("en", "ru")).iloc[0].tolist()
    ['sales_funnel', 'sales funnel', 'воронка продаж']
    """
    if languages is not None:
        columns = {"key": [entry.key for entry in TERMS]}
        for tag in languages:
            tag = resolve_language(tag)
            columns[tag] = [gettext(entry.text, tag) for entry in TERMS]
        return pd.DataFrame(columns)
    return pd.DataFrame(
        {
            "key": [entry.key for entry in TERMS],
            "term": [gettext(entry.text, lang) for entry in TERMS],
            "definition": [gettext(entry.definition, lang) for entry in TERMS],
        }
    )

