"""Stage models: the sales funnel, the marketing funnel and custom funnels.

A :class:`Funnel` is an ordered tuple of :class:`Stage` objects. Each stage has a
stable ``key`` (used in data and code), and an English ``name``, ``description``
and example ``tactics`` that are translated on display with :meth:`Stage.label`,
:meth:`Stage.describe` and :meth:`Stage.tactics_in`.

>>> from funnelkit import SALES_FUNNEL, MARKETING_FUNNEL
>>> SALES_FUNNEL.keys
['awareness', 'interest', 'decision', 'action']
>>> MARKETING_FUNNEL.labels("nl")[:2]
['Bewustwording', 'Interesse']

The stage descriptions and tactics follow the course's two source articles:
article A (the four AIDA stages of the sales funnel, the six stages of the
marketing funnel) and article B (tactics per sales stage; loyalty and advocacy
after the purchase).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

import pandas as pd

from ._validation import check_count
from .i18n import N_, gettext

__all__ = [
    "Stage",
    "Funnel",
    "SALES_FUNNEL",
    "MARKETING_FUNNEL",
    "POST_PURCHASE_STAGES",
    "EXTENDED_MARKETING_FUNNEL",
    "LEAD_PIPELINE",
    "HANDOFF_STAGE",
    "FunnelLike",
    "custom_funnel",
    "as_funnel",
    "stage_mapping",
    "sales_view",
]

_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Stage:
    """One stage of a funnel.

    ``name``, ``description`` and ``tactics`` are English source texts; the
    methods below return them in the current (or a given) language.

    >>> stage = Stage("awareness", "Awareness", "Prospects first notice you.")
    >>> stage.label("de")
    'Aufmerksamkeit'
    """

    key: str
    name: str
    description: str = ""
    tactics: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if not isinstance(self.key, str) or not _KEY.match(self.key):
            raise ValueError(
                f"stage key {self.key!r} must be lower-case letters, digits and underscores, "
                "starting with a letter (for example 'add_to_cart')"
            )
        object.__setattr__(self, "tactics", tuple(self.tactics))

    def label(self, lang: str | None = None) -> str:
        """The stage's name in *lang* (default: the current language)."""
        return gettext(self.name, lang)

    def describe(self, lang: str | None = None) -> str:
        """The stage's one-sentence description in *lang*."""
        return gettext(self.description, lang) if self.description else ""

    def tactics_in(self, lang: str | None = None) -> list[str]:
        """The stage's example tactics in *lang*."""
        return [gettext(tactic, lang) for tactic in self.tactics]


@dataclass(frozen=True)
class Funnel:
    """An ordered sequence of stages.

    Index it by position or by key; iterate over its stages.

    >>> SALES_FUNNEL["decision"].name
    'Decision'
    >>> len(MARKETING_FUNNEL), MARKETING_FUNNEL.index("intent")
    (6, 3)
    """

    key: str
    name: str
    stages: tuple[Stage, ...]

    def __post_init__(self) -> None:
        stages = tuple(self.stages)
        if not stages:
            raise ValueError(f"funnel {self.key!r} needs at least one stage")
        for stage in stages:
            if not isinstance(stage, Stage):
                raise TypeError(f"funnel {self.key!r}: {stage!r} is not a Stage")
        seen: set[str] = set()
        for stage in stages:
            if stage.key in seen:
                raise ValueError(f"funnel {self.key!r}: stage {stage.key!r} appears twice")
            seen.add(stage.key)
        object.__setattr__(self, "stages", stages)

    @property
    def keys(self) -> list[str]:
        """The stage keys in funnel order."""
        return [stage.key for stage in self.stages]

    def labels(self, lang: str | None = None) -> list[str]:
        """The stage labels in *lang* (default: the current language)."""
        return [stage.label(lang) for stage in self.stages]

    def title(self, lang: str | None = None) -> str:
        """The funnel's name in *lang*."""
        return gettext(self.name, lang)

    def index(self, key: str) -> int:
        """Position of the stage *key*; an unknown key raises ``KeyError`` listing the stages."""
        for position, stage in enumerate(self.stages):
            if stage.key == key:
                return position
        raise KeyError(f"{key!r} is not a stage of the {self.key} funnel; stages: {self.keys}")

    def __len__(self) -> int:
        return len(self.stages)

    def __iter__(self) -> Iterator[Stage]:
        return iter(self.stages)

    def __contains__(self, key: object) -> bool:
        return any(stage.key == key for stage in self.stages)

    def __getitem__(self, item: int | str) -> Stage:
        if isinstance(item, str):
            return self.stages[self.index(item)]
        return self.stages[item]

    def extend(self, *stages: Stage, key: str | None = None, name: str | None = None) -> Funnel:
        """A new funnel with *stages* appended (this funnel is unchanged)."""
        return Funnel(key or f"{self.key}_extended", name or self.name, self.stages + stages)

    def to_frame(self, lang: str | None = None) -> pd.DataFrame:
        """One row per stage: position, key, label, description and tactics in *lang*.

        >>> SALES_FUNNEL.to_frame()[["stage", "label"]].iloc[0].tolist()
        ['awareness', 'Awareness']
        """
        return pd.DataFrame(
            {
                "position": range(1, len(self) + 1),
                "stage": self.keys,
                "label": self.labels(lang),
                "description": [stage.describe(lang) for stage in self],
                "tactics": [", ".join(stage.tactics_in(lang)) for stage in self],
            }
        )

    def __repr__(self) -> str:
        return f"Funnel({self.key!r}, stages={self.keys})"


def custom_funnel(
    keys: Iterable[str], *, name: str = "Custom funnel", labels: Sequence[str] | None = None
) -> Funnel:
    """A funnel from a list of stage keys, for example the steps of a web shop.

    Labels default to the key with underscores as spaces, capitalised.

    >>> custom_funnel(["visit", "sign_up", "purchase"]).labels()
    ['Visit', 'Sign up', 'Purchase']
    """
    keys = list(keys)
    if labels is None:
        labels = [str(key).replace("_", " ").capitalize() for key in keys]
    elif len(labels) != len(keys):
        raise ValueError(f"got {len(labels)} labels for {len(keys)} stages {keys}")
    return Funnel("custom", name, tuple(Stage(k, lab) for k, lab in zip(keys, labels, strict=True)))


#: What a ``funnel`` argument accepts: a Funnel, a list of stage keys, or None.
FunnelLike: TypeAlias = Funnel | Sequence[str] | None


def as_funnel(
    funnel: FunnelLike, n_stages: int | None = None, *, func: str = "as_funnel"
) -> Funnel:
    """The one resolver of ``funnel`` arguments: a :class:`Funnel` from what a caller gave.

    Signature: ``as_funnel(funnel, n_stages=None, *, func="as_funnel") -> Funnel``.

    - a :class:`Funnel` is returned as it is;
    - a list or tuple of stage keys becomes :func:`custom_funnel` ``(keys)``;
    - ``None`` becomes the generic funnel ``step_1`` .. ``step_<n_stages>`` (labels
      ``Step 1`` ..), so it needs *n_stages*.

    With *n_stages* (for example the number of counts given) the funnel must have
    that many stages. *func* is the public function whose argument is resolved; it
    starts every error message. Errors follow :mod:`funnelkit._validation`: a wrong
    type (a string, a dict, a list holding a number) raises ``TypeError``; a wrong
    number of stages, an empty list or a bad key raises ``ValueError``.

    >>> as_funnel(["visit", "sign_up"]).keys
    ['visit', 'sign_up']
    >>> as_funnel(None, 3).keys
    ['step_1', 'step_2', 'step_3']
    >>> as_funnel(SALES_FUNNEL, 4) is SALES_FUNNEL
    True
    >>> as_funnel("sales", func="conversion_table")
    Traceback (most recent call last):
    ...
    TypeError: conversion_table: funnel must be a Funnel, a list of stage keys or None, not str
    """
    if funnel is None:
        if n_stages is None:
            raise ValueError(f"{func}: without a funnel the number of stages must be known")
        resolved = custom_funnel([f"step_{position}" for position in range(1, n_stages + 1)])
    elif isinstance(funnel, Funnel):
        resolved = funnel
    elif isinstance(funnel, (list, tuple)):
        for key in funnel:
            if not isinstance(key, str):
                raise TypeError(
                    f"{func}: funnel keys must be strings, not {type(key).__name__} ({key!r})"
                )
        if not funnel:
            raise ValueError(f"{func}: funnel is an empty list; give at least one stage key")
        try:
            resolved = custom_funnel(funnel)
        except ValueError as error:
            raise ValueError(f"{func}: {error}") from None
    else:
        raise TypeError(
            f"{func}: funnel must be a Funnel, a list of stage keys or None, "
            f"not {type(funnel).__name__}"
        )
    if n_stages is not None and len(resolved) != n_stages:
        raise ValueError(
            f"{func}: got {n_stages} values for the {len(resolved)} stages {resolved.keys} "
            f"of the {resolved.key} funnel"
        )
    return resolved


SALES_FUNNEL = Funnel(
    "sales",
    N_("Sales funnel"),
    (
        Stage(
            "awareness",
            N_("Awareness"),
            N_("A potential buyer first notices the product or brand."),
            (N_("posters"), N_("e-mails"), N_("online ads"), N_("search results"),
             N_("social media"), N_("content marketing")),
        ),
        Stage(
            "interest",
            N_("Interest"),
            N_("Prospects research the product and compare it with other options."),
            (N_("product comparisons"), N_("lead magnets such as e-books"), N_("webinars")),
        ),
        Stage(
            "decision",
            N_("Decision"),
            N_("The prospect is ready to buy and weighs the final offer."),
            (N_("discount codes"), N_("free shipping"), N_("free trials"), N_("demos")),
        ),
        Stage(
            "action",
            N_("Action"),
            N_("The prospect buys and becomes a customer."),
            (N_("a smooth checkout"), N_("after-sales service")),
        ),
    ),
)

MARKETING_FUNNEL = Funnel(
    "marketing",
    N_("Marketing funnel"),
    (
        Stage(
            "awareness",
            N_("Awareness"),
            N_("Marketing reaches potential customers; lead generation starts here."),
            (N_("direct mail"), N_("social media ads"), N_("events"), N_("webinars"),
             N_("viral campaigns"), N_("trade fairs")),
        ),
        Stage(
            "interest",
            N_("Interest"),
            N_("Leads learn about the company and its products; the relationship begins."),
            (N_("content marketing"), N_("newsletters"), N_("inbound marketing")),
        ),
        Stage(
            "consideration",
            N_("Consideration"),
            N_("Leads receive more detailed information and weigh the offer."),
            (N_("automated e-mails"), N_("case studies"), N_("product guides")),
        ),
        Stage(
            "intent",
            N_("Intent"),
            N_("Leads show that they want to buy."),
            (N_("surveys"), N_("adding a product to the cart"), N_("requesting a quote")),
        ),
        Stage(
            "evaluation",
            N_("Evaluation"),
            N_("Prospects decide whether to buy; marketing and sales work together."),
            (N_("demos"), N_("free trials"), N_("sales conversations")),
        ),
        Stage(
            "purchase",
            N_("Purchase"),
            N_("The prospect buys and becomes a customer."),
            (N_("a smooth checkout"), N_("onboarding")),
        ),
    ),
)

#: Article B: the marketing funnel also covers what customers do after buying.
POST_PURCHASE_STAGES: tuple[Stage, ...] = (
    Stage(
        "loyalty",
        N_("Loyalty"),
        N_("Customers buy again and stay with the brand."),
        (N_("after-sales service"), N_("loyalty programmes"), N_("onboarding")),
    ),
    Stage(
        "advocacy",
        N_("Advocacy"),
        N_("Satisfied customers recommend the brand to others."),
        (N_("referral programmes"), N_("reviews"), N_("user communities")),
    ),
)

EXTENDED_MARKETING_FUNNEL = MARKETING_FUNNEL.extend(
    *POST_PURCHASE_STAGES,
    key="marketing_extended",
    name=N_("Marketing funnel with loyalty and advocacy"),
)

#: The B2B lead pipeline, from a new lead to a won customer, as the bundled ``leads``
#: table records it (:func:`funnelkit.datasets.pipeline_counts` counts its stages).
LEAD_PIPELINE = Funnel(
    "lead_pipeline",
    N_("Lead pipeline"),
    (
        Stage("lead", N_("Lead"), N_("A person or company leaves contact details.")),
        Stage("mql", N_("MQL"), N_("Marketing judges the lead ready for sales.")),
        Stage("sql", N_("SQL"), N_("Sales accepts the lead and pursues it.")),
        Stage("opportunity", N_("Opportunity"), N_("Sales opens a concrete deal.")),
        Stage("customer", N_("Customer"), N_("The deal is won: the lead becomes a customer.")),
    ),
)

#: The marketing stage at which qualified leads are handed over to sales.
HANDOFF_STAGE = "intent"

# The course's teaching model, not a fact stated by the source articles:
# marketing stage -> (sales stage it feeds, who leads it, lead status reached there)
_MAPPING: tuple[tuple[str, str, str, str], ...] = (
    ("awareness", "awareness", N_("marketing"), N_("visitor")),
    ("interest", "interest", N_("marketing"), N_("lead")),
    ("consideration", "interest", N_("marketing"), N_("MQL")),
    ("intent", "decision", N_("sales"), N_("SQL")),
    ("evaluation", "decision", N_("marketing and sales"), N_("opportunity")),
    ("purchase", "action", N_("sales"), N_("customer")),
)


def stage_mapping(lang: str | None = None) -> pd.DataFrame:
    """How the six marketing stages line up with the four sales stages.

    This is the course's teaching model, not a fact stated by its source articles:
    the marketing funnel and the sales funnel are two views of one customer
    journey, and responsibility for the journey shifts from marketing to sales
    along the way.

    One row per marketing stage: the sales stage it corresponds to, who leads the
    stage (``owner``), and the status a prospect usually has there: a ``visitor``
    at awareness (not yet a lead), a lead from interest on. Marketing qualifies
    leads (MQL) during consideration and hands them to sales at ``HANDOFF_STAGE``,
    where sales accepts them as sales-qualified leads (SQL); the ``handoff`` column
    marks that row. Marketing and sales share evaluation; sales leads the purchase.

    >>> stage_mapping()[["marketing_stage", "sales_stage"]].iloc[3].tolist()
    ['intent', 'decision']
    """
    rows = []
    for marketing_key, sales_key, owner, status in _MAPPING:
        rows.append(
            {
                "marketing_stage": marketing_key,
                "marketing_label": MARKETING_FUNNEL[marketing_key].label(lang),
                "sales_stage": sales_key,
                "sales_label": SALES_FUNNEL[sales_key].label(lang),
                "owner": gettext(owner, lang),
                "lead_status": gettext(status, lang),
                "handoff": marketing_key == HANDOFF_STAGE,
            }
        )
    return pd.DataFrame(rows)


def sales_view(marketing_counts: Sequence[int]) -> list[int]:
    """People at each sales stage, read off counts of the six marketing stages.

    A sales stage starts where the first marketing stage mapped onto it starts
    (:func:`stage_mapping`), so it counts the people who reached that marketing stage.

    >>> sales_view([10_000, 4_000, 2_000, 1_000, 600, 200])
    [10000, 4000, 1000, 200]
    """
    if isinstance(marketing_counts, (str, bytes)) or not isinstance(marketing_counts, Iterable):
        raise TypeError(f"sales_view: marketing_counts must be a list of counts, "
                        f"not {type(marketing_counts).__name__}")
    given = list(marketing_counts)
    if len(given) != len(MARKETING_FUNNEL):
        raise ValueError(
            f"sales_view: give one count per marketing stage {MARKETING_FUNNEL.keys}, "
            f"got {len(given)}"
        )
    counts = [check_count("sales_view", f"count for stage {key!r}", value)
              for key, value in zip(MARKETING_FUNNEL.keys, given, strict=True)]
    by_marketing_stage = dict(zip(MARKETING_FUNNEL.keys, counts, strict=True))
    first_feeder: dict[str, int] = {}
    for marketing_key, sales_key, _owner, _status in _MAPPING:
        first_feeder.setdefault(sales_key, by_marketing_stage[marketing_key])
    return [first_feeder[key] for key in SALES_FUNNEL.keys]
