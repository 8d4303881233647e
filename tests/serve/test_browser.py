"""`postrun serve` in a real browser: Debian's Chromium, headless, driven by Playwright
(no browser download). A phone opens the URL, taps a length and a routine, sees the
countdown move, taps pause and closes the page; the session is then in the history.

The terminal is drawn on a canvas, so its text is read from xterm.js's accessibility
tree (the rows a screen reader reads), turned on in textual.js's options on the way to
this browser only. Screenshots go to the test's tmp dir (phone and tablet).
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.serve.served import POSTRUN, Served, serving

CHROMIUM = "/usr/bin/chromium"
# The network here is closed: without these Chromium keeps trying to reach it.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
TABLET = {"width": 820, "height": 1180}
ROWS = "[...document.querySelectorAll('.xterm-accessibility-tree > div')].map(r => r.textContent)"
WAIT_MS = 20_000

if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        raise RuntimeError(f"{CHROMIUM} is missing: .ci/run installs chromium")
    pytest.skip(f"no {CHROMIUM} here (apt-get install chromium)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


class Screen:
    """One browser page's terminal: its text by rows, and taps on that text."""

    def __init__(self, page) -> None:
        self.page = page

    def rows(self) -> list[str]:
        return self.page.evaluate(ROWS)

    def text(self) -> str:
        return "\n".join(self.rows())

    def wait_for(self, words: str) -> None:
        try:
            self._wait(words)
        except sync_api.TimeoutError:
            raise AssertionError(f"{words!r} never showed:\n{self.text()}") from None

    def _wait(self, words: str) -> None:
        self.page.wait_for_function(
            f"{ROWS}.join('\\n').includes({json.dumps(words)})", timeout=WAIT_MS
        )

    def tap(self, words: str) -> None:
        """A tap in the middle of the first place the words are shown."""
        rows = self.rows()
        found = [(y, row.index(words)) for y, row in enumerate(rows) if words in row]
        assert found, f"{words!r} is not on the screen:\n{self.text()}"
        y, start = found[0]
        x = start + len(words) / 2
        box = self.page.locator(".xterm-screen").bounding_box()
        columns = max(len(row) for row in rows)
        at = (
            box["x"] + x * box["width"] / columns,
            box["y"] + (y + 0.5) * box["height"] / len(rows),
        )
        self.page.mouse.move(*at)
        self.page.mouse.down()
        self.page.mouse.up()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    with serving(tmp_path / "home") as server:
        yield server


@pytest.fixture
def browser(tmp_path: Path):
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


def open_page(browser, served: Served, viewport: dict[str, int]) -> Screen:
    context = browser.new_context(viewport=viewport, has_touch=False)
    page = context.new_page()
    outside: list[str] = []

    def seen(request) -> None:
        if not request.url.startswith(served.origin):
            outside.append(request.url)

    page.on("request", seen)

    def with_screen_reader_rows(route) -> None:
        response = route.fetch()
        script = response.text()
        assert "scrollback:0," in script  # textual.js's Terminal options, as 1.1.3 has them
        route.fulfill(
            response=response,
            body=script.replace("scrollback:0,", "scrollback:0,screenReaderMode:!0,", 1),
        )

    page.route("**/static/js/textual.js", with_screen_reader_rows)
    page.goto(served.url)
    # The screen reader's rows lie over the canvas: taps go through them to xterm.js.
    page.add_style_tag(content=".xterm-accessibility { pointer-events: none; }")
    screen = Screen(page)
    screen.wait_for("stretch after your run")  # Home
    assert not outside, outside  # nothing from the internet
    return screen


def history(served: Served) -> list[dict]:
    env = os.environ | {"POSTRUN_HOME": str(served.home)}
    done = subprocess.run(
        [*POSTRUN, "history", "--json"], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)["sessions"]


def test_a_phone_runs_a_session_and_it_is_recorded(served: Served, browser, tmp_path: Path):
    tablet = open_page(browser, served, TABLET)
    tablet.page.screenshot(path=tmp_path / "home-tablet.png")
    tablet.page.context.close()

    phone = open_page(browser, served, PHONE)
    phone.page.screenshot(path=tmp_path / "home-phone.png")
    phone.tap("5 min")
    phone.wait_for("5 min, standard")
    # In the list (its left edge ▊), not the preview's title: the first tap chooses it,
    # the second starts it.
    phone.tap("▊ Breathe down")
    phone.wait_for("Breathe down: 5 min")
    phone.tap("▊ Breathe down")
    phone.wait_for("Pause")  # the session's touch targets
    assert "sound on this computer" in phone.text() or "sound off" in phone.text()
    before = phone.text()
    phone.page.wait_for_function(f"{ROWS}.join('\\n') !== {json.dumps(before)}", timeout=WAIT_MS)
    phone.page.screenshot(path=tmp_path / "session-phone.png")
    phone.tap("Pause")
    phone.wait_for("PAUSED")
    phone.page.screenshot(path=tmp_path / "paused-phone.png")
    phone.page.context.close()  # the phone's page is gone: its app ends and records

    for _ in range(100):  # bounded: each look is a real `postrun history` run
        sessions = history(served)
        if sessions or not served.apps():
            break
    sessions = history(served)
    assert [s["routine"] for s in sessions] == ["breathe-down"], sessions
