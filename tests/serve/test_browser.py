"""`postrun serve` in a real browser: Debian's Chromium, headless, driven by Playwright
(no browser download). A phone opens the URL, taps a length and a routine, sees the
countdown move, goes on to the second move, taps pause and closes the page; the session
is then in the history, and a new page (same link) offers to resume it and, tapped,
resumes it from that step. A window takes serve's start options: a session made for a
run, or Home with the sound off.

The terminal is drawn on a canvas, so its text is read from xterm.js's accessibility
tree (the rows a screen reader reads), turned on in textual.js's options on the way to
this browser only. Screenshots go to the test's tmp dir (phone and tablet, Home, the
session, the offer to resume).
"""

from __future__ import annotations

import json
import os
import re
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


def open_page(
    browser, served: Served, viewport: dict[str, int], first: str = "stretch after your run"
) -> Screen:
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
    screen.wait_for(first)  # Home, unless serve was given a session
    assert not outside, outside  # nothing from the internet
    return screen


def history(served: Served) -> list[dict]:
    env = os.environ | {"POSTRUN_HOME": str(served.home)}
    done = subprocess.run(
        [*POSTRUN, "history", "--json"], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)["sessions"]


def plan_of(home: Path, *options: str) -> dict:
    """The plan `postrun plan --json` makes with these options."""
    env = os.environ | {"POSTRUN_HOME": str(home)}
    done = subprocess.run(
        [*POSTRUN, "plan", *options, "--json"], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def plan_starts(served: Served, *options: str) -> list[int]:
    """Each step's start, in seconds, and the plan's end."""
    plan = plan_of(served.home, *options)
    return [step["start"] for step in plan["steps"]] + [plan["total_seconds"]]


def recorded(served: Served, count: int) -> list[dict]:
    """The history once it holds `count` sessions, or when no app is left to record one."""
    for _ in range(100):  # bounded: each look is a real `postrun history` run
        sessions = history(served)
        if len(sessions) >= count or not served.apps():
            break
    return history(served)


def clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


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
    phone.wait_for("breath 1 of 13")  # the first move itself, past its prepare step
    phone.tap("Next ▶")  # on to the second move: the resume must begin there, not at 0:00
    phone.wait_for("move 2 of 2")
    phone.tap("Pause")
    phone.wait_for("PAUSED")
    phone.page.screenshot(path=tmp_path / "paused-phone.png")
    phone.page.context.close()  # the phone's page is gone: its app ends and records

    (first,) = recorded(served, 1)
    assert first["routine"] == "breathe-down" and first["ended_early"], first

    # The runner opens the page again (same link): Home offers to finish that session.
    starts = plan_starts(served, "--routine", "breathe-down", "--minutes", "5")
    offer = (
        f"Resume: Breathe down, {clock(starts[first['stopped_at']])} of {clock(starts[-1])} done"
    )
    assert first["stopped_at"] >= 2 and starts[first["stopped_at"]] > 0, first  # move 2
    tablet = open_page(browser, served, TABLET)
    tablet.wait_for(offer)
    tablet.page.screenshot(path=tmp_path / "resume-tablet.png")
    tablet.page.context.close()
    phone = open_page(browser, served, PHONE)
    phone.wait_for(offer)
    phone.page.screenshot(path=tmp_path / "resume-phone.png")
    phone.tap(offer)
    phone.wait_for("move 2 of 2")  # the same plan, from the step it stopped in
    phone.wait_for("BOX BREATHING")
    phone.page.screenshot(path=tmp_path / "resumed-phone.png")
    phone.tap("Pause")
    phone.wait_for("PAUSED")
    # What is left is that step's start to the plan's end, less the seconds just run.
    left = next(m for m in re.finditer(r"(\d+):(\d\d) left", phone.text()))
    planned = starts[-1] - starts[first["stopped_at"]]
    assert planned - 60 < int(left[1]) * 60 + int(left[2]) <= planned, (left[0], planned)
    phone.page.context.close()

    newest, earlier = recorded(served, 2)  # newest first
    assert earlier == first and newest["routine"] == "breathe-down", newest
    assert newest["resumes"] == first["ended_at"], (newest, first)  # it resumed that one


COMPOSED = ("--after", "tempo", "--focus", "calves", "--equipment", "mat", "--seed", "3")


def test_a_window_starts_the_session_made_for_a_run_that_serve_was_given(browser, tmp_path):
    plan = plan_of(tmp_path, *COMPOSED)
    first = plan["steps"][0]["name"]
    assert first != plan_of(tmp_path, "--after", "tempo")["steps"][0]["name"]  # --focus counts
    phases = len({step["phase"] for step in plan["steps"]})
    with serving(tmp_path / "home", *COMPOSED, "--sound", "off") as served:
        phone = open_page(browser, served, PHONE, first=first.upper())
        phone.wait_for(f"phase 1 of {phases}")
        phone.wait_for("sound off")


def test_sound_off_alone_opens_home_with_the_sound_off(browser, tmp_path):
    with serving(tmp_path / "home", "--sound", "off") as served:
        phone = open_page(browser, served, PHONE)  # Home, not a session
        phone.tap("▊ Breathe down")
        phone.wait_for("Breathe down: 10 min")
        phone.tap("▊ Breathe down")
        phone.wait_for("Pause")
        phone.wait_for("sound off")
        assert "sound on this computer" not in phone.text()
        # Ctrl-C with the window open: the server ends it and stops at once (it used to
        # wait about 20 s for aiohttp's timeout, the session counting on meanwhile).
        assert served.stop(within=10) == 0
        (session,) = history(served)
        assert session["routine"] == "breathe-down" and session["ended_early"], session
