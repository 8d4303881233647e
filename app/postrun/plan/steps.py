"""The plan's vocabulary: a Step, and the settings that shape how steps are made."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

StepKind = Literal["walk", "prepare", "hold", "reps", "switch", "breath"]
Side = Literal["left", "right", "none"]
Profile = Literal["standard", "40plus"]
PROFILES: tuple[Profile, ...] = ("standard", "40plus")


@dataclass(frozen=True, slots=True)
class PlanSettings:
    """How a plan is made, beside the routine and the minutes."""

    profile: Profile = "standard"
    prepare_seconds: int = 5
    switch_seconds: int = 5
    walk_minutes: int = 0  # walked before the stretching, on top of its minutes


@dataclass(frozen=True, slots=True)
class Step:
    """One timed part of a plan: a side, a position, a round, a walk or a breath."""

    kind: StepKind
    seconds: int
    start: int
    phase_index: int
    phase_id: str
    exercise_id: str
    name: str
    move: int = 0  # which occurrence of an exercise this step belongs to, in plan order
    side: Side = "none"
    # True when the side is the one-leg block's (a phase done on both sides), not the move's.
    block_side: bool = False
    position: str | None = None
    round: int = 1
    rounds: int = 1
    way: int = 1  # a both-ways count: 1 one way, 2 the other way, of `ways`
    ways: int = 1
    reps: int | None = None
    rep_seconds: float | None = None  # one rep's time, its hold included
    rep_hold: int | None = None  # seconds each rep is held (the hip hinge), if it is
    unit: tuple[str, str] = ("rep", "reps")  # what a count counts: ("prance", "prances")
    paced: bool = True
    moving: bool = False
    breath: tuple[tuple[str, int], ...] = ()

    @property
    def end(self) -> int:
        return self.start + self.seconds

    @property
    def is_timed_work(self) -> bool:
        """A hold-like step the user works through (not a prepare or switch pause)."""
        return self.kind in ("hold", "reps", "breath", "walk")
