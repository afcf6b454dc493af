"""The lesson slides (``make slides``): every lesson, every language, offline, in a browser.

The decks are built from the committed, executed instructor editions of the lessons into a
temporary folder, once per test module. The structural tests read the HTML; the browser test
opens decks from ``file://`` in Debian's chromium with every other request refused and
recorded.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest
from bs4 import BeautifulSoup

from funnelcourse.course_map import heading, lesson
from funnelkit.charts import funnel_chart
from funnelkit.i18n import LANGUAGES, gettext
from funnelkit.metrics import conversion_table
from funnelkit.stages import SALES_FUNNEL
from tools.catalogs import lesson_sources
from tools.slides import (
    VEGALITE,
    WIDGET_VIEW,
    build,
    chart_html,
    deck_path,
    main,
    reveal_assets,
    still_notebook,
    widget_still,
)

ROOT = Path(__file__).resolve().parents[1]
SLUGS = [source.stem for source in lesson_sources()]
DECKS = [(slug, lang) for slug in SLUGS for lang in LANGUAGES]
SCREENSHOTS = ROOT / "test-output" / "slides"


def _notebook(slug: str, lang: str) -> nbformat.NotebookNode:
    """The instructor edition of a lesson: the slides are built from it."""
    return nbformat.read(ROOT / "instructors" / lang / "lessons" / f"{slug}.ipynb", as_version=4)


def _slide_types(notebook) -> list[str | None]:
    return [cell.metadata.get("slideshow", {}).get("slide_type") for cell in notebook.cells]


def _outputs_with(notebook, mimetype: str) -> int:
    return sum(
        mimetype in output.get("data", {})
        for cell in notebook.cells if cell.cell_type == "code"
        for output in cell.outputs
    )


@pytest.fixture(scope="module")
def decks(tmp_path_factory) -> Path:
    """Every lesson's deck in every language, built once into a temporary folder."""
    out = tmp_path_factory.mktemp("slides")
    written = build(out=out)
    assert len(written) == len(DECKS)
    return out


# --------------------------------------------------------------------------- still pictures


def _state(**models: dict) -> dict:
    return {key: {"model_name": name, "state": values} for key, (name, values) in models.items()}


def test_widget_still_draws_containers_controls_and_choices_in_order():
    state = _state(
        box=("VBoxModel", {"children": ["IPY_MODEL_title", "IPY_MODEL_slider",
                                        "IPY_MODEL_choice", "IPY_MODEL_tick", "IPY_MODEL_go"]}),
        title=("HTMLModel", {"value": "<b>Which stage?</b>"}),
        slider=("IntSliderModel", {"description": "Interest", "min": 0, "max": 12000,
                                   "value": 2160, "readout_format": "d"}),
        choice=("RadioButtonsModel", {"_options_labels": ["Decision", "Desire"], "index": 1}),
        tick=("CheckboxModel", {"description": "A free trial", "value": True}),
        go=("ButtonModel", {"description": "Check", "button_style": "primary"}),
    )
    still = widget_still("IPY_MODEL_box", state)
    assert still.startswith('<div class="fk-vbox">')
    order = ("Which stage?", "Interest", "2160", "Decision", "Desire", "A free trial", "Check")
    positions = [still.index(text) for text in order]
    assert positions == sorted(positions), "children keep their order"
    assert 'value="2160"' in still and 'max="12000"' in still
    assert "○ Decision" in still and "◉ Desire" in still, "the selected option is marked"
    assert "☑ A free trial" in still
    assert "fk-primary" in still


def test_widget_still_leaves_out_hidden_widgets_and_escapes_labels():
    state = _state(
        box=("HBoxModel", {"children": ["IPY_MODEL_shown", "IPY_MODEL_gone"]}),
        shown=("DropdownModel", {"description": "Stage", "_options_labels": ["<Action>"],
                                 "index": 0}),
        gone=("HTMLModel", {"value": "secret", "layout": "IPY_MODEL_hide"}),
        hide=("LayoutModel", {"display": "none"}),
    )
    still = widget_still("box", state)
    assert "&lt;Action&gt;" in still and "<Action>" not in still
    assert "secret" not in still


def test_widget_still_names_what_it_cannot_draw():
    with pytest.raises(ValueError, match=r"ColorPickerModel \(model pick\)"):
        widget_still("pick", _state(pick=("ColorPickerModel", {"value": "#000"})))
    with pytest.raises(ValueError, match="model nowhere is not in the notebook's widget state"):
        widget_still("IPY_MODEL_nowhere", {})


def test_chart_html_is_inline_svg_named_by_the_chart_description():
    chart = funnel_chart(conversion_table([1000, 400, 100, 25], SALES_FUNNEL), SALES_FUNNEL)
    spec = chart.to_dict()
    figure = BeautifulSoup(chart_html(spec), "html.parser")
    svg = figure.find("svg")
    assert svg["role"] == "img"
    assert svg["aria-label"] == spec["description"]
    labels = {text.get_text() for text in svg.find_all("text")}
    assert {"Awareness", "Action"} <= labels
    with pytest.raises(ValueError, match="Vega-Lite \\$schema"):
        chart_html({"mark": "bar"})


@pytest.mark.parametrize("lang", ["en", "de"])
def test_still_notebook_replaces_every_chart_and_widget_and_leaves_the_lesson_alone(lang):
    notebook = _notebook("02-sales-funnel", lang)
    before = json.dumps(notebook, sort_keys=True)
    widgets, charts = _outputs_with(notebook, WIDGET_VIEW), _outputs_with(notebook, VEGALITE)
    assert widgets and charts
    still = still_notebook(notebook, lang)
    assert json.dumps(notebook, sort_keys=True) == before, "the input notebook is not changed"
    assert _outputs_with(still, WIDGET_VIEW) == _outputs_with(still, VEGALITE) == 0
    assert "widgets" not in still.metadata
    html = "".join(
        output["data"].get("text/html", "")
        for cell in still.cells if cell.cell_type == "code" for output in cell.outputs
        if "data" in output
    )
    assert html.count('class="fk-still"') == widgets
    assert html.count(heading("interactive", lang)) == widgets
    assert html.count('<figure class="fk-chart">') >= charts
    assert not any("setup" in cell.metadata.get("tags", []) for cell in still.cells)


# --------------------------------------------------------------------------- decks


@pytest.mark.parametrize(("slug", "lang"), DECKS, ids=[f"{s}-{lang}" for s, lang in DECKS])
def test_deck_follows_the_lesson_and_needs_no_network(decks, slug, lang):
    path = deck_path(slug, lang, decks)
    text = path.read_text(encoding="utf-8")
    page = BeautifulSoup(text, "html.parser")
    notebook = _notebook(slug, lang)
    types = _slide_types(notebook)

    assert page.html["lang"] == lang
    assert page.title.get_text() == gettext(lesson(slug).title, lang)
    # One slide per slide cell, speaker notes from the instructor notes.
    slides = page.select("div.slides > section")
    assert len(slides) == types.count("slide") > 0
    assert len(page.select("aside.notes")) == types.count("notes")
    headings = [cell.source.split("\n", 1)[0].lstrip("# ").strip()
                for cell, kind in zip(notebook.cells, types, strict=True) if kind == "slide"]
    assert [s.find(["h1", "h2"]).get_text().rstrip("¶").strip() for s in slides] == headings
    # Nothing is fetched: no external script, style sheet, image, font or frame.
    assert not page.select("script[src], link[href], iframe, img[src^=http]")
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", "".join(
        style.get_text() for style in page.find_all("style")))
    # Charts are inline SVG with a description; widgets are captioned stills.
    charts = page.select("figure.fk-chart > svg[role=img]")
    assert len(charts) >= _outputs_with(notebook, VEGALITE)
    assert all(len(chart["aria-label"]) > 20 for chart in charts)
    stills = page.select("div.fk-still")
    assert len(stills) == _outputs_with(notebook, WIDGET_VIEW)
    caption = heading("interactive", lang)
    assert all(still.select_one(".fk-still-caption").get_text().endswith(caption)
               for still in stills)
    assert VEGALITE not in text and WIDGET_VIEW not in text
    code = [cell for cell, kind in zip(notebook.cells, types, strict=True)
            if cell.cell_type == "code" and kind != "skip"]
    shown = [cell for cell in code if "setup" not in cell.metadata.get("tags", [])]
    assert len(shown) == len(code) - 1, "the set-up cell (the language line) is not shown"
    assert len(page.select("div.jp-CodeCell")) == len(shown)
    assert path.stat().st_size < 1_500_000


def test_command_line_builds_the_chosen_decks(tmp_path, capsys):
    assert main(["build", "--lesson", "01", "--lang", "nl", "--out", str(tmp_path)]) == 0
    assert [p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.html")] == [
        "nl/01-why-funnels.html"
    ]
    assert "nl/01-why-funnels.html" in capsys.readouterr().out


def test_missing_reveal_js_says_how_to_install_it(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"reveal\.js is missing\): run make slides"):
        reveal_assets(tmp_path)


def test_inlined_reveal_js_cannot_end_its_script_early():
    for script in reveal_assets()["js"]:
        assert "</script" not in script


# --------------------------------------------------------------------------- browser

BROWSER_DECKS = [("02-sales-funnel", "en"), ("02-sales-funnel", "ru")]


@pytest.mark.browser
@pytest.mark.parametrize(("slug", "lang"), BROWSER_DECKS)
def test_deck_presents_offline_in_a_real_browser(decks, open_page, slug, lang):
    path = deck_path(slug, lang, decks)
    notebook = _notebook(slug, lang)
    types = _slide_types(notebook)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    refused: list[str] = []

    def only_the_file(route):
        if route.request.url.startswith(("file:", "data:", "about:")):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    failure = SCREENSHOTS / f"{slug}-{lang}-failure.png"
    with open_page(failure, viewport={"width": 1280, "height": 800}) as page:
        page.context.route("**/*", only_the_file)
        page.goto(path.as_uri())
        page.wait_for_function("() => window.Reveal && Reveal.isReady()", timeout=20_000)
        assert page.evaluate("Reveal.getTotalSlides()") == types.count("slide")
        assert page.evaluate("Reveal.hasPlugin('notes')")
        page.screenshot(path=str(SCREENSHOTS / f"{slug}-{lang}-1-title.png"))

        # The arrow key goes to the next slide.
        page.keyboard.press("ArrowRight")
        page.wait_for_function("() => Reveal.getIndices().h === 1")

        # A slide taller than the screen: Space scrolls it first, then moves on.
        tall = page.evaluate("""() => Reveal.getSlides().findIndex(
            s => s.querySelector('.fk-still') && s.querySelector('figure.fk-chart'))""")
        assert tall >= 0, "a slide with a widget still and a chart"
        page.evaluate(f"Reveal.slide({tall})")
        slide = "Reveal.getCurrentSlide()"
        assert page.evaluate(f"{slide}.scrollHeight > {slide}.clientHeight + 50")
        page.keyboard.press("Space")
        page.wait_for_function(f"() => {slide}.scrollTop > 0")
        assert page.evaluate("Reveal.getIndices().h") == tall
        chart = page.locator("section.present figure.fk-chart svg").last
        chart.scroll_into_view_if_needed()
        box = chart.bounding_box()
        assert box and box["width"] > 200 and box["height"] > 100, "the chart is drawn"
        page.screenshot(path=str(SCREENSHOTS / f"{slug}-{lang}-2-still.png"))

        # The speaker view (S) opens and shows the instructor note of the slide.
        note = next(cell for cell, kind in zip(notebook.cells, types, strict=True)
                    if kind == "notes")
        page.evaluate("Reveal.slide(Reveal.getSlides().findIndex(s => s.querySelector('.notes')))")
        with page.expect_popup() as opened:
            page.keyboard.press("s")
        speaker = opened.value
        words = re.sub(r"<[^>]+>|[*_`]", " ", note.source).split()
        snippet = " ".join(words[-6:])
        speaker.wait_for_function(
            "text => document.body.innerText.replace(/\\s+/g, ' ').includes(text)",
            arg=snippet, timeout=15_000)
        speaker.screenshot(path=str(SCREENSHOTS / f"{slug}-{lang}-3-speaker.png"))
        assert not page.errors, f"JavaScript errors: {page.errors}"
        assert not refused, f"the deck asked for the network: {refused}"
