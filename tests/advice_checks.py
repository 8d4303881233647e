"""A plan per bundled routine that keeps every move with a caution, for the tests that
look for each caution where the runner reads or hears it."""

from __future__ import annotations

import io
import math

from postrun.cli.plain import run_plain
from postrun.models import Routine
from postrun.paths import bundled_content_dir
from postrun.plan import MINUTES, Plan, PlanSettings, duration_range, make_plan
from postrun.sound import SoundBoard

from .fakes import FakeClock, RecordingPlayer

BUNDLED = sorted(path.stem for path in bundled_content_dir().glob("*.toml"))


def longest_plan(routine: Routine) -> Plan:
    """The routine at its longest: every move in, so every move's caution is due."""
    settings = PlanSettings()
    _, high = duration_range(routine, settings)
    plan = make_plan(routine, min(MINUTES[-1], math.ceil(high / 60)), settings)
    kept = {step.exercise_id for step in plan.steps}
    assert all(e.id in kept for e in routine.exercises() if e.cautions), routine.id
    return plan


def every_caution(routine: Routine) -> list[str]:
    return [*routine.cautions, *(c for e in routine.exercises() for c in e.cautions)]


def flat(text: str) -> str:
    """Text as read, whatever the wrapping: runs of white space as one space."""
    return " ".join(text.split())


def plain_log(plan: Plan) -> str:
    """What `--plain` prints through the whole plan, its waits on a hand-moved clock."""
    clock = FakeClock()

    class Keys:
        interactive = False

        def wait(self, seconds: float) -> int:
            clock.advance(seconds)
            return 0

    out = io.StringIO()
    run_plain(plan, clock, Keys(), out, SoundBoard(RecordingPlayer()), lambda s: "", speed=1)
    return out.getvalue()
