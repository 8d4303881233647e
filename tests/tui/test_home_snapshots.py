"""Home and the summary at every size from 40x12 to 200x60, pinned as SVG snapshots.

Home shows a plan that misses its minutes and leaves moves out, so the note and the
left-out list are long; from 110 columns its preview shows the chosen move's figure.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from postrun.store import Settings
from postrun.tui.howto_screen import HowToScreen

from .harness import Harness, build

SIZES = [(40, 12), (60, 20), (80, 24), (120, 40), (200, 60)]


def crowded() -> Settings:
    """Five key stretches in 5 minutes with 40plus holds: two moves and four rounds left out
    (with a note too until 40plus holds could pass a minute, when it ran to 5:25)."""
    return Settings(default_routine="five-key-stretches", default_minutes=5, profile="40plus")


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_home(snap_compare, size):
    h = build(settings=crowded())
    assert snap_compare(h.app, terminal_size=size)


def finish_a_short_session(h: Harness):
    async def run(pilot: Pilot[int]) -> None:
        await pilot.press("1", "enter")
        await h.advance(pilot, 100)
        await pilot.press("N")
        await h.advance(pilot, 400)

    return run


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_summary(snap_compare, size):
    h = build()
    assert snap_compare(h.app, terminal_size=size, run_before=finish_a_short_session(h))


def test_how_to_from_home(snap_compare):
    h = build()
    assert snap_compare(h.app, terminal_size=(80, 24), press=["i"])


def test_how_to_on_the_right_side(snap_compare):
    h = build()

    async def run(pilot: Pilot[int]) -> None:
        glide = h.app.parts.catalog.routines["post-run-reset"].exercises()[1]
        await h.app.push_screen(HowToScreen(glide, side="right"))

    assert snap_compare(h.app, terminal_size=(100, 30), run_before=run)


@pytest.mark.parametrize("size", [(60, 20), (120, 40)], ids=["60x20", "120x40"])
def test_home_after_a_tempo_run(snap_compare, monkeypatch, size):
    """The run chosen in its row, the session made for it, its articles after the moves."""
    from datetime import datetime

    import postrun.store

    monkeypatch.setattr(postrun.store, "local_now", lambda: datetime(2026, 12, 7, 9, 0))
    h = build()
    assert snap_compare(h.app, terminal_size=size, press=["a", "a"])
