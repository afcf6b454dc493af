"""Build the lesson slides: executed lesson notebooks -> offline reveal.js decks.

``python -m tools.slides build`` (``make slides``) turns every lesson's instructor edition,
``instructors/<lang>/lessons/NN-slug.ipynb``,
into ``slides/<lang>/NN-slug.html``. The cells' slide types come from the lesson sources
(``slide``, ``fragment``, ``notes``, ...; instructor notes become speaker notes), so the
deck follows the lesson. Each deck is one self-contained HTML file that works with no
network: reveal.js (from ``tools/reveal``, installed by ``npm ci``) and its speaker-notes
plugin are inlined, and so is every picture.

A browser showing a deck has no kernel, so what needs one is shown as a still picture:

* an altair chart (Vega-Lite) is drawn to inline SVG by vl-convert, with the chart's
  description as its accessible name;
* a widget is drawn from the widget state stored in the notebook, as it looks before anyone
  moves it (a quiz with its options, an explorer with its sliders, table and chart), and
  captioned "Interactive in the notebook" in the deck's language.

A widget or output kind this module cannot draw stops the build with an error naming the
lesson and the model, so nothing is silently left out of a deck.

>>> from tools.slides import widget_still
>>> state = {"a": {"model_name": "HTMLModel", "state": {"value": "<b>Hi</b>"}}}
>>> widget_still("a", state)
'<div class="fk-widget-html"><b>Hi</b></div>'
"""

from __future__ import annotations

import argparse
import copy
import html
import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeAlias

import nbformat
import vl_convert
from nbconvert import SlidesExporter

from funnelcourse.course_map import heading, lesson
from funnelkit.i18n import LANGUAGES, gettext
from tools.catalogs import ROOT
from tools.lessons import WIDGET_STATE, targets

__all__ = [
    "REVEAL_DIR",
    "build",
    "chart_html",
    "deck",
    "deck_path",
    "reveal_assets",
    "still_notebook",
    "widget_still",
]

SLIDES_DIR = ROOT / "slides"
REVEAL_DIR = ROOT / "tools" / "reveal" / "node_modules" / "reveal.js"
TEMPLATES_DIR = ROOT / "tools" / "templates"
TEMPLATE = "funnelkit-slides"
VEGALITE = "application/vnd.vegalite.v5+json"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
#: Draws the widget with this model id (or ``IPY_MODEL_`` reference) as HTML.
Draw: TypeAlias = Callable[[str], str]
#: reveal.js settings: a wide slide, text from the top, a slide number, links to slides.
REVEAL_CONFIG = {
    "width": 1280,
    "height": 800,
    "margin": 0.04,
    "center": False,
    "hash": True,
    "slideNumber": "c/t",
    "transition": "none",
}


# --------------------------------------------------------------------------- charts


def chart_html(spec: dict) -> str:
    """A Vega-Lite chart as inline SVG, named for screen readers by its description.

    The Vega-Lite version is read from the spec's ``$schema`` (altair 5.5 writes v5.20).
    """
    match = re.search(r"/v(\d+)\.(\d+)", spec.get("$schema", ""))
    if not match:
        raise ValueError(f"chart without a Vega-Lite $schema version: {spec.get('$schema')!r}")
    svg = vl_convert.vegalite_to_svg(spec, vl_version=f"{match[1]}.{match[2]}")
    label = html.escape(str(spec.get("description") or spec.get("title") or ""), quote=True)
    svg = svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)
    return f'<figure class="fk-chart">{svg}</figure>'


def _output_html(output: dict, render_widget: Draw) -> str:
    """One stored output (of a cell or of an Output widget) as an HTML fragment."""
    kind = output.get("output_type")
    if kind == "stream":
        return f"<pre>{html.escape(''.join(output.get('text', '')))}</pre>"
    if kind not in ("execute_result", "display_data"):
        raise ValueError(f"cannot draw an output of type {kind!r}")
    data = output.get("data", {})
    if WIDGET_VIEW in data:
        return render_widget(data[WIDGET_VIEW]["model_id"])
    if VEGALITE in data:
        return chart_html(data[VEGALITE])
    if "text/html" in data:
        return "".join(data["text/html"])
    if "image/svg+xml" in data:
        return "".join(data["image/svg+xml"])
    if "image/png" in data:
        return f'<img alt="" src="data:image/png;base64,{data["image/png"]}">'
    if "text/plain" in data:
        return f"<pre>{html.escape(''.join(data['text/plain']))}</pre>"
    raise ValueError(f"cannot draw an output with the types {sorted(data)}")


# --------------------------------------------------------------------------- widgets


def _hidden(model: dict, state: dict) -> bool:
    layout = state.get(str(model["state"].get("layout", "")).removeprefix("IPY_MODEL_"), {})
    layout = layout.get("state", {})
    return layout.get("display") == "none" or layout.get("visibility") == "hidden"


def _readout(value: object, fmt: str | None) -> str:
    try:
        return format(value, fmt or "")
    except (TypeError, ValueError):
        return str(value)


def _control(values: dict, body: str = "") -> str:
    """A labelled control row: the widget's description, then *body*."""
    description = values.get("description", "")
    label = f"<label>{html.escape(description)}</label>" if description else ""
    return f'<div class="fk-control">{label}{body}</div>'


def _box(values: dict, draw: Draw, direction: str = "fk-vbox") -> str:
    return f'<div class="{direction}">{"".join(draw(child) for child in values["children"])}</div>'


def _html(values: dict, draw: Draw) -> str:
    return f'<div class="fk-widget-html">{values["value"]}</div>' if values.get("value") else ""


def _label(values: dict, draw: Draw) -> str:
    return f"<div>{html.escape(values.get('value', ''))}</div>"


def _slider(values: dict, draw: Draw) -> str:
    value = values["value"]
    return _control(values, f'<input type="range" disabled min="{values["min"]}" '
                    f'max="{values["max"]}" value="{value}">'
                    f"<span>{_readout(value, values.get('readout_format'))}</span>")


def _text(values: dict, draw: Draw) -> str:
    value = html.escape(str(values["value"]))
    return _control(values, f'<input type="text" disabled value="{value}">')


def _checkbox(values: dict, draw: Draw) -> str:
    mark = "☑" if values["value"] else "☐"
    return f'<div class="fk-control">{mark} {html.escape(values.get("description", ""))}</div>'


def _choices(values: dict, draw: Draw, marks: tuple[str, str] = ("▸", "\u2003")) -> str:
    """Every option, the selected one marked; the description (if any) above them."""
    index = values.get("index")
    items = "".join(
        f"<li>{marks[0] if position == index else marks[1]} {html.escape(label)}</li>"
        for position, label in enumerate(values["_options_labels"])
    )
    heading = _control(values) if values.get("description") else ""
    return f'{heading}<ul class="fk-options" style="list-style:none">{items}</ul>'


def _dropdown(values: dict, draw: Draw) -> str:
    index = values.get("index")
    chosen = values["_options_labels"][index] if index is not None else ""
    return _control(values, f'<span class="fk-button">{html.escape(chosen)} ▾</span>')


def _button(values: dict, draw: Draw) -> str:
    style = " fk-primary" if values.get("button_style") == "primary" else ""
    return f'<span class="fk-button{style}">{html.escape(values.get("description", ""))}</span>'


def _output(values: dict, draw: Draw) -> str:
    return "".join(_output_html(output, draw) for output in values.get("outputs", []))


#: How each widget model the course uses is drawn: (model state, draw a child) -> HTML.
DRAWERS: dict[str, Callable[[dict, Draw], str]] = {
    "VBoxModel": _box,
    "BoxModel": _box,
    "HBoxModel": lambda values, draw: _box(values, draw, "fk-hbox"),
    "HTMLModel": _html,
    "HTMLMathModel": _html,
    "LabelModel": _label,
    "IntSliderModel": _slider,
    "FloatSliderModel": _slider,
    "IntTextModel": _text,
    "FloatTextModel": _text,
    "BoundedIntTextModel": _text,
    "BoundedFloatTextModel": _text,
    "TextModel": _text,
    "CheckboxModel": _checkbox,
    "RadioButtonsModel": lambda values, draw: _choices(values, draw, ("◉", "○")),
    "SelectModel": _choices,
    "ToggleButtonsModel": _choices,
    "DropdownModel": _dropdown,
    "ButtonModel": _button,
    "OutputModel": _output,
}


def widget_still(model_id: str, state: dict[str, dict]) -> str:
    """The widget *model_id* drawn as static HTML from the notebook's stored widget *state*.

    Containers keep their children's order and direction, controls show their current
    value (sliders their position and readout, choices every option with the selected one
    marked), and Output widgets their stored outputs, charts included. Widgets whose
    layout hides them are left out.
    """

    def draw(reference: str) -> str:
        key = reference.removeprefix("IPY_MODEL_")
        if key not in state:
            raise ValueError(f"widget model {key} is not in the notebook's widget state")
        model = state[key]
        if _hidden(model, state):
            return ""
        drawer = DRAWERS.get(model["model_name"])
        if drawer is None:
            raise ValueError(f"cannot draw a widget of type {model['model_name']} (model {key})")
        return drawer(model["state"], draw)

    return draw(model_id)


# --------------------------------------------------------------------------- notebooks


def still_notebook(notebook: nbformat.NotebookNode, lang: str) -> nbformat.NotebookNode:
    """A copy of *notebook* whose charts and widgets are still pictures (HTML outputs).

    Cells tagged ``setup`` (the language line) are left out of the deck.
    """
    notebook = copy.deepcopy(notebook)
    state = notebook.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    caption = html.escape(heading("interactive", lang))

    notebook.cells = [c for c in notebook.cells if "setup" not in c.metadata.get("tags", [])]
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        outputs = []
        for output in cell.outputs:
            data = output.get("data", {})
            if WIDGET_VIEW in data:
                body = widget_still(data[WIDGET_VIEW]["model_id"], state)
                fragment = (f'<div class="fk-still"><div class="fk-still-caption">⟳ {caption}'
                            f"</div>{body}</div>")
            elif VEGALITE in data:
                fragment = chart_html(data[VEGALITE])
            else:
                outputs.append(output)
                continue
            outputs.append(nbformat.v4.new_output("display_data", data={"text/html": fragment}))
        cell.outputs = outputs
    notebook.metadata.pop("widgets", None)
    return notebook


# --------------------------------------------------------------------------- decks


def reveal_assets(folder: Path = REVEAL_DIR) -> dict[str, list[str]]:
    """reveal.js's scripts and style sheets, read from the npm package for inlining.

    Theme fonts are not embedded (``@import`` rules are dropped): the deck uses the
    system fonts JupyterLab uses, which also cover Chinese and Cyrillic script.
    """
    files = {
        "js": ["dist/reveal.js", "plugin/notes/notes.js"],
        "css": ["dist/reset.css", "dist/reveal.css", "dist/theme/white.css"],
    }
    missing = [name for names in files.values() for name in names if not (folder / name).exists()]
    if missing:
        raise FileNotFoundError(
            f"reveal.js is not installed ({folder / missing[0]} is missing): run make slides, "
            "which runs npm ci in tools/reveal"
        )
    js = [(folder / name).read_text("utf-8").replace("</script", "<\\/script")
          for name in files["js"]]
    css = [re.sub(r"@import\s+url\([^)]*\);?", "", (folder / name).read_text("utf-8"))
           for name in files["css"]]
    return {"js": js, "css": css}


def deck(notebook: nbformat.NotebookNode, lang: str, title: str,
         assets: dict[str, list[str]] | None = None) -> str:
    """The self-contained reveal.js deck (HTML) of an executed lesson notebook."""
    assets = assets or reveal_assets()
    exporter = SlidesExporter(
        template_name=TEMPLATE,
        extra_template_basedirs=[str(TEMPLATES_DIR)],
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    resources = {
        "funnelkit": {
            "lang": lang,
            "title": title,
            "js": assets["js"],
            "css": assets["css"],
            "config": json.dumps(REVEAL_CONFIG),
        }
    }
    body, _ = exporter.from_notebook_node(still_notebook(notebook, lang), resources=resources)
    return body


def deck_path(slug: str, lang: str, out: Path = SLIDES_DIR) -> Path:
    """Where the deck of lesson *slug* in *lang* is written."""
    return out / lang / f"{slug}.html"


def build(slugs: Iterable[str] = (), langs: Iterable[str] = (), out: Path = SLIDES_DIR
          ) -> list[Path]:
    """Write the decks of the selected lessons (slug prefixes) and languages; return paths."""
    assets = reveal_assets()
    written = []
    for target in targets(slugs, langs):
        if target.variant != "instructor":
            continue
        if not target.path.exists():
            raise FileNotFoundError(f"{target.path} is missing: run make lessons")
        notebook = nbformat.read(target.path, as_version=4)
        title = gettext(lesson(target.slug).title, target.lang)
        try:
            text = deck(notebook, target.lang, title, assets)
        except ValueError as error:
            raise ValueError(f"{target.path.relative_to(ROOT)}: {error}") from None
        path = deck_path(target.slug, target.lang, out)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the offline lesson slides.")
    parser.add_argument("command", choices=["build"])
    parser.add_argument("--lesson", action="append", default=[], help="slug prefix, e.g. 02")
    parser.add_argument("--lang", action="append", default=[], choices=LANGUAGES)
    parser.add_argument("--out", type=Path, default=SLIDES_DIR, help="output folder")
    args = parser.parse_args(argv)
    for path in build(args.lesson, args.lang, args.out):
        size = path.stat().st_size / 1024
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}"
              f" ({size:.0f} KB)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
