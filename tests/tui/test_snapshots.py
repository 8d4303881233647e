"""Home and the summary, pinned as SVG snapshots (regenerate with --snapshot-update).

The session screen's are in test_session_snapshots.py."""

from __future__ import annotations

from textual.pilot import Pilot

from .harness import build


def test_home(snap_compare):
    h = build()
    assert snap_compare(h.app, terminal_size=(80, 24))


def test_summary(snap_compare):
    h = build()

    async def run(pilot: Pilot[int]) -> None:
        await pilot.press("1", "enter")
        await h.advance(pilot, 100)
        await pilot.press("N")
        await h.advance(pilot, 400)

    assert snap_compare(h.app, terminal_size=(80, 24), run_before=run)
