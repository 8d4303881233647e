"""What the runner sees, pinned as SVG snapshots (regenerate with --snapshot-update)."""

from __future__ import annotations

from textual.pilot import Pilot

from .harness import Harness, build


def at_step(h: Harness, predicate, offset: float = 3):
    """run_before: start the default session and move to `offset` s into a chosen step."""

    async def run(pilot: Pilot[int]) -> None:
        await pilot.press("enter")
        plan = h.session_screen().plan
        step = next(s for s in plan.steps if predicate(s))
        await h.advance(pilot, step.start + offset)

    return run


def test_home(snap_compare):
    h = build()
    assert snap_compare(h.app, terminal_size=(80, 24))


def test_hold_with_side_badge(snap_compare):
    h = build()
    run = at_step(h, lambda s: s.kind == "hold" and s.side == "left" and s.position)
    assert snap_compare(h.app, terminal_size=(80, 24), run_before=run)


def test_rep_move(snap_compare):
    h = build()
    run = at_step(h, lambda s: s.kind == "reps", offset=7.5)
    assert snap_compare(h.app, terminal_size=(80, 24), run_before=run)


def test_switch_sides(snap_compare):
    h = build()
    run = at_step(h, lambda s: s.kind == "switch", offset=1)
    assert snap_compare(h.app, terminal_size=(80, 24), run_before=run)


def test_paused(snap_compare):
    h = build()
    run = at_step(h, lambda s: s.kind == "hold" and s.side == "right", offset=10)
    assert snap_compare(h.app, terminal_size=(80, 24), run_before=run, press=["space"])


def test_summary(snap_compare):
    h = build()

    async def run(pilot: Pilot[int]) -> None:
        await pilot.press("1", "enter")
        await h.advance(pilot, 100)
        await pilot.press("N")
        await h.advance(pilot, 400)

    assert snap_compare(h.app, terminal_size=(80, 24), run_before=run)


def test_small_terminal_keeps_the_countdown_and_the_move(snap_compare):
    h = build()
    run = at_step(h, lambda s: s.kind == "hold" and s.side == "left" and s.position)
    assert snap_compare(h.app, terminal_size=(60, 20), run_before=run)
