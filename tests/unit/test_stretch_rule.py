"""The 40plus profile's 60-second rule is for static stretches only: it raises the
shortest hold of a stretch to a minute and leaves planks, releases and rests alone."""

from __future__ import annotations

from typing import Any

import pytest

from postrun.plan import PlanSettings, duration_range

from ..fakes import hold, phase, reps, routine

STANDARD, FORTY = PlanSettings(), PlanSettings(profile="40plus")


def _positions(**extra: Any) -> dict[str, Any]:
    position = {"id": "in", "name": "In", "hold": [20, 90], **extra}
    return {
        "id": "openers",
        "name": "Openers",
        "kind": "positions",
        "steps": ["Do it."],
        "why": "Because.",
        "positions": [position],
    }


def _raised(exercise: dict[str, Any]) -> int:
    """How many seconds the 40plus profile adds to the shortest session."""
    r = routine(phase("one", exercise))
    return duration_range(r, FORTY)[0] - duration_range(r, STANDARD)[0]


@pytest.mark.parametrize(
    ("exercise", "raised"),
    [
        ({**hold("lunge", 30), "hold": [30, 90]}, 30),
        ({**hold("plank", 30), "hold": [30, 90], "stretch": False}, 0),
        ({**hold("circles", 30), "hold": [30, 90], "moving": True}, 0),
        (reps("hinge", 2, 1, rep_hold=[5, 90]), 2 * 55),
        (reps("drive", 2, 1, rep_hold=[5, 90], stretch=False), 0),
        (_positions(), 40),
        (_positions(stretch=False), 0),
    ],
)
def test_only_stretches_get_the_full_minute(exercise, raised):
    assert _raised(exercise) == raised


def test_bundled_planks_releases_and_savasana_keep_their_standard_floor(routines):
    for routine_id, ids in {
        "cool-down-and-strength": ["glute-ball-release", "tfl-ball-release", "plank"],
        "long-run-yoga": ["savasana"],
    }.items():
        source = routines[routine_id]
        for exercise in source.exercises():
            if exercise.id in ids:
                single = exercise.model_dump() | {"equipment": []}
                assert _raised(single) == 0, exercise.id
