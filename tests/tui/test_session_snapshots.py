"""The session screen as the runner sees it from the mat, at every size from 40x12 to
200x60, pinned as SVG snapshots (regenerate with --snapshot-update, and look at each)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from postrun import content
from postrun.plan import PlanSettings, Step, make_plan

from .harness import build

SIZES = [(40, 12), (60, 20), (80, 24), (120, 40), (200, 60)]


# name: (routine, minutes, which step, seconds into it, keys pressed there)
MOMENTS: dict[str, tuple[str, int, Callable[[Step], bool], float, tuple[str, ...]]] = {
    "hold_with_a_side": (
        "post-run-reset",
        10,
        lambda s: s.move == 5 and s.side == "left" and s.kind == "hold",
        3,
        (),
    ),
    "switch": ("post-run-reset", 10, lambda s: s.kind == "switch", 1, ()),
    "multi_position_hold": (
        "post-run-reset",
        10,
        lambda s: s.position == "Knee out to the side" and s.side == "right",
        3,
        (),
    ),
    "paced_rep": ("post-run-reset", 10, lambda s: s.kind == "reps", 7.5, ()),
    "rep_with_a_hold": ("five-key-stretches", 15, lambda s: s.rep_hold is not None, 69, ()),
    "breath": ("breathe-down", 5, lambda s: s.kind == "breath", 15, ()),
    "get_into_position": (
        "post-run-reset",
        10,
        lambda s: s.kind == "prepare" and s.move > 0,
        1,
        (),
    ),
    "paused": (
        "post-run-reset",
        10,
        lambda s: s.kind == "hold" and s.side == "right",
        10,
        ("space",),
    ),
}


def at(moment: str):
    routine, minutes, which, offset, keys = MOMENTS[moment]
    catalog = content.load_all(include_user=False)
    plan = make_plan(catalog.routines[routine], minutes, PlanSettings())
    h = build(start=plan, catalog=catalog)
    step = next(s for s in plan.steps if which(s))

    async def run(pilot: Pilot[int]) -> None:
        await pilot.pause()
        await h.advance(pilot, step.start + offset)
        if keys:
            await pilot.press(*keys)

    return h.app, run


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("moment", list(MOMENTS))
def test_session_screen(snap_compare, moment, size):
    app, run = at(moment)
    assert snap_compare(app, terminal_size=size, run_before=run)


def test_the_figure_beside_the_countdown_at_100x30(snap_compare):
    app, run = at("hold_with_a_side")
    assert snap_compare(app, terminal_size=(100, 30), run_before=run)
