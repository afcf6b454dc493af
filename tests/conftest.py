"""Test-suite settings shared by every test module."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings

# The machines are shared and noisy: a slow example is not a failure. Property tests
# keep their example counts; only the per-example time limit is lifted.
settings.register_profile("funnelkit", deadline=None)
settings.load_profile("funnelkit")

#: Debian's chromium (``make browser-deps``); playwright's own browser download is never used.
CHROMIUM = Path("/usr/bin/chromium")
#: Flags for a headless chromium on a machine with no network but loopback.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def chromium():
    """A headless Debian chromium driven by playwright (skips when it is not installed)."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed: run `make browser-deps`")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="module")
def open_page(chromium):
    """Open a page in a fresh browser context: ``with open_page(shot, **options) as page``.

    JavaScript errors are collected in ``page.errors``; when the block fails, a screenshot
    of the page is saved at *shot* for a human look; the context is always closed.
    """

    @contextmanager
    def opened(shot: Path, **options) -> Iterator:
        context = chromium.new_context(**options)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        try:
            yield page
        except Exception:
            shot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(shot))
            raise
        finally:
            context.close()

    return opened
