"""A lesson in a real browser: JupyterLab on loopback, Debian's chromium via playwright.

For English and German, the test copies ``lessons/<lang>/01-why-funnels.ipynb`` (the
first lesson with a FunnelExplorer and a quiz) into a temporary directory (so the
committed notebook is never autosaved), opens it in JupyterLab (one named workspace
per language, so tabs never leak between runs), runs all cells from the Run menu once
the kernel is connected and checks that charts render with their description as
aria-label, that widgets render, that moving a slider with the keyboard (focus the
handle, ArrowRight) changes the explorer's table and chart in place, and that choosing
a quiz answer shows feedback. When a lesson has not been built yet, a small notebook
with the same widgets stands in for it, so the browser path is always exercised; the
test reports which one it used.

Needs ``/usr/bin/chromium`` (``make browser-deps``); playwright's own browser download
is never used. Screenshots go to ``test-output/browser/`` for a human look.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "test-output" / "browser"
LESSON = "01-why-funnels.ipynb"
LANGS = ("en", "de")
# True once the open notebook's kernel is connected and idle (needs expose_app_in_browser).
KERNEL_READY = """() => {
    const widget = window.jupyterapp && window.jupyterapp.shell.currentWidget;
    const context = widget && widget.sessionContext;
    const kernel = context && context.session && context.session.kernel;
    return !!(context && context.isReady && kernel && kernel.connectionStatus === 'connected'
              && kernel.status === 'idle');
}"""
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _fallback_notebook(lang: str) -> nbformat.NotebookNode:
    """The lesson's widgets without the lesson: used only while the lesson is not built."""
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = KERNELSPEC
    notebook.cells = [
        nbformat.v4.new_code_cell(f'import funnelcourse\nfunnelcourse.setup("{lang}")'),
        nbformat.v4.new_code_cell(
            "from funnelkit import SALES_FUNNEL\n"
            "from funnelkit.widgets import FunnelExplorer\n\n"
            "FunnelExplorer([10_000, 1_200, 300, 90], SALES_FUNNEL)"
        ),
        nbformat.v4.new_code_cell(
            'from funnelcourse import quiz\n\nquiz("01-why-funnels", "narrowing")'
        ),
    ]
    return notebook


@pytest.fixture(scope="module")
def lab(tmp_path_factory, chromium):
    """A JupyterLab server on 127.0.0.1 serving a temporary directory; stopped afterwards."""
    base = tmp_path_factory.mktemp("lab")
    served = base / "notebooks"
    served.mkdir()
    settings = base / "settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    # No "Jupyter news" or update check: they ask for the network and cover the page.
    (settings / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False})
    )
    env = dict(os.environ)
    for name, sub in (
        ("JUPYTER_CONFIG_DIR", "config"),
        ("JUPYTER_RUNTIME_DIR", "runtime"),
        ("JUPYTER_DATA_DIR", "data"),
        ("JUPYTERLAB_WORKSPACES_DIR", "workspaces"),
        ("IPYTHONDIR", "ipython"),
    ):
        (base / sub).mkdir()
        env[name] = str(base / sub)
    env["JUPYTERLAB_SETTINGS_DIR"] = str(base / "settings")
    port, token = _free_port(), secrets.token_hex(16)
    log = (base / "lab.log").open("wb")
    process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "jupyter"), "lab", "--no-browser",
            "--ip", "127.0.0.1", "--port", str(port), f"--ServerApp.token={token}",
            "--allow-root", f"--ServerApp.root_dir={served}",
            "--ServerApp.port_retries=0", "--LabApp.expose_app_in_browser=True",
        ],
        cwd=served, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"JupyterLab exited: {(base / 'lab.log').read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("JupyterLab did not start within 60 s") from None
                time.sleep(0.3)
        yield {"url": url, "token": token, "root": served}
    finally:
        # Only the server this fixture started (its own process group).
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)
        log.close()


def _notebook_for(lang: str, lab: dict) -> tuple[str, str]:
    """Copy the lesson (or write the stand-in) into the served directory: (path, source)."""
    target = lab["root"] / lang / LESSON
    target.parent.mkdir(exist_ok=True)
    lesson = ROOT / "lessons" / lang / LESSON
    if lesson.exists():
        shutil.copyfile(lesson, target)
        return f"{lang}/{LESSON}", "lesson"
    nbformat.write(_fallback_notebook(lang), target)
    return f"{lang}/{LESSON}", "stand-in"


def _wait_until_run(page, timeout: float = 60.0) -> None:
    """Wait until every code cell shows an execution count (none pending)."""
    page.wait_for_function(
        """() => {
            const prompts = [...document.querySelectorAll(
                '.jp-Notebook .jp-CodeCell .jp-InputArea-prompt')];
            return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
        }""",
        timeout=timeout * 1000,
    )


@pytest.mark.parametrize("lang", LANGS)
def test_lesson_widgets_work_in_the_browser(lang, lab, open_page):
    started = time.monotonic()
    path, kind = _notebook_for(lang, lab)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    failure = SCREENSHOTS / f"{lang}-failure.png"
    with open_page(failure, viewport={"width": 1400, "height": 1000}) as page:
        page.goto(f"{lab['url']}/lab/workspaces/check-{lang}/tree/{path}?token={lab['token']}",
                  wait_until="domcontentloaded")
        page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=45_000)
        # Run all only once the kernel is connected and idle: earlier, JupyterLab either
        # asks which kernel to start or drops the execution requests.
        page.wait_for_function(KERNEL_READY, timeout=45_000)
        page.locator(".lm-MenuBar-item", has_text="Run").first.click()
        page.locator('li.lm-Menu-item[data-command="runmenu:run-all"]').click()
        _wait_until_run(page)

        # Charts render (SVG or canvas) and carry their description as an aria-label.
        chart = page.locator(".vega-embed svg, .vega-embed canvas").first
        chart.wait_for(timeout=20_000)
        assert page.locator(".vega-embed svg, .vega-embed canvas").count() >= 2
        # Widgets render: the explorer's sliders.
        explorer = page.locator(".jp-OutputArea-output").filter(
            has=page.locator(".widget-slider")).first
        explorer.wait_for(timeout=20_000)
        explorer.locator(".funnelkit-table").wait_for(timeout=20_000)
        explorer.locator(".vega-embed svg, .vega-embed canvas").first.wait_for(timeout=20_000)
        described = explorer.locator(".vega-embed [aria-label]").first
        assert len(described.get_attribute("aria-label") or "") > 40
        page.screenshot(path=str(SCREENSHOTS / f"{lang}-1-run.png"))
        explorer.scroll_into_view_if_needed()
        explorer.screenshot(path=str(SCREENSHOTS / f"{lang}-2-explorer-before.png"))

        # Keyboard: focus the first slider's handle and press ArrowRight.
        table_before = explorer.locator(".funnelkit-table").inner_text()
        chart_before = described.get_attribute("aria-label")
        handle = explorer.locator(".widget-slider .noUi-handle").first
        handle.focus()
        for _ in range(3):
            page.keyboard.press("ArrowRight")
        page.wait_for_function(
            """([element, before]) => element.innerText !== before""",
            arg=[explorer.locator(".funnelkit-table").element_handle(), table_before],
            timeout=10_000,
        )
        page.wait_for_function(
            """([root, before]) => {
                const node = root.querySelector('.vega-embed [aria-label]');
                return node && node.getAttribute('aria-label') !== before;
            }""",
            arg=[explorer.element_handle(), chart_before],
            timeout=10_000,
        )
        assert explorer.locator(".funnelkit-table").inner_text() != table_before
        # The page does not grow: still one chart in the explorer.
        assert explorer.locator(".vega-embed").count() == 1
        explorer.screenshot(path=str(SCREENSHOTS / f"{lang}-3-explorer-after.png"))

        # Quiz: choose an answer, feedback appears.
        quiz = page.locator(".jp-OutputArea-output").filter(
            has=page.locator(".widget-radio-box")).last
        quiz.scroll_into_view_if_needed()
        quiz.locator(".widget-radio-box label").nth(1).click()
        feedback = quiz.locator("[role=status]")
        feedback.wait_for(timeout=10_000)
        assert len(feedback.inner_text().strip()) > 10
        quiz.screenshot(path=str(SCREENSHOTS / f"{lang}-4-quiz.png"))
        assert not page.errors, f"JavaScript errors on the page: {page.errors}"
    # About 12 s (stand-in) to 25 s (lesson) per language on an idle machine; every wait
    # above has its own timeout, so a hang fails instead of blocking the suite.
    print(f"{lang} ({kind}): {time.monotonic() - started:.1f} s")
