"""What every funnelkit widget shares: a fixed language, a short repr, common controls."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ..i18n import gettext, resolve_language

__all__ = ["FunnelWidget", "STYLE", "SLIDER_LAYOUT"]

#: Control descriptions get a fixed width, so the sliders line up.
STYLE = {"description_width": "170px"}
SLIDER_LAYOUT = {"width": "520px"}


class FunnelWidget(widgets.VBox):
    """A VBox with a fixed language, a translation helper and a short, stable repr.

    The language is fixed when the widget is made (``lang=``, or the current
    language of :func:`funnelkit.set_language`).
    """

    def __init__(self, lang: str | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lang = resolve_language(lang)

    def _(self, message: str) -> str:
        return gettext(message, self.lang)

    def _repr_details(self) -> str:
        return ""

    def __repr__(self) -> str:
        details = self._repr_details()
        return f"{type(self).__name__}({details + ', ' if details else ''}lang={self.lang!r})"

    def reset(self) -> None:
        """Go back to the start values (widgets with a Reset button override this)."""

    def _reset_button(self) -> widgets.Button:
        """A **Reset** button that calls :meth:`reset`."""
        button = widgets.Button(description=self._("Reset"), icon="undo",
                                tooltip=self._("Back to the start values"))
        button.on_click(lambda _button: self.reset())
        return button

    def _rate_slider(self, value: float, label: str) -> widgets.FloatSlider:
        """A 0-100 % slider for a step conversion rate."""
        return widgets.FloatSlider(value=value, min=0.0, max=1.0, step=0.01,
                                   readout_format=".0%", description=label, style=STYLE,
                                   layout=SLIDER_LAYOUT)

    def _count_slider(self, value: int, top: int, label: str) -> widgets.IntSlider:
        """A slider for a number of people, from 0 to *top*."""
        return widgets.IntSlider(value=value, min=0, max=top, description=label, style=STYLE,
                                 layout=SLIDER_LAYOUT)
