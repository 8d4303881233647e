"""The run types a session can be made for, and what each asks of the composer.

From the recovery article (seed 002): after an easy run, gentle movement and no deep
stretching, about 5-7 minutes; after a tempo run or intervals, mobility plus breathing
and longer holds in gentle positions, about 10; after a long run or a race, feet, calves
and hips first, rolling where a roller or ball is at hand, 15-20 minutes. The minutes
are defaults only: the minutes a runner picks always win. The words for each are in
`words/runs.py`; the areas a move's `focus` names are sorted into the three phases the
seed routines share here too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

RunType = Literal["easy", "tempo", "long"]
RUN_TYPES: tuple[RunType, ...] = ("easy", "tempo", "long")
ROUTINE_PREFIX = "after-"  # a composed plan's routine id: "after-tempo"
DEFAULT_EQUIPMENT = frozenset({"mat"})  # what a runner has at hand unless they say
ROLLING = frozenset({"foam roller", "massage ball"})  # a move using one is rolling


@dataclass(frozen=True, slots=True)
class Run:
    """What one run type asks of a session."""

    name: RunType
    minutes: int  # the default length, when the runner gives none
    longest_hold: int | None = None  # no hold longer than this (easy: nothing deep)
    movement_first: bool = False  # moves that keep moving before still holds
    holds_first: bool = False  # still holds before moves that keep moving
    breathing: bool = False  # a breathing move last
    rolling_first: bool = False  # rolling moves first in their phase, when at hand
    lead: frozenset[str] = frozenset()  # what the first move works on, if it can


RUNS: dict[RunType, Run] = {
    "easy": Run("easy", 6, longest_hold=45, movement_first=True),
    "tempo": Run("tempo", 10, holds_first=True, breathing=True),
    "long": Run("long", 15, rolling_first=True, lead=frozenset({"feet", "calves"})),
}

# The three phases the seed routines share, then breathing (last, when it is in).
PhaseName = Literal["lower-chain", "hips", "decompress", "breathing"]
PHASES: tuple[PhaseName, ...] = ("lower-chain", "hips", "decompress", "breathing")
LOWER_CHAIN = frozenset(
    {"feet", "calves", "achilles", "ankles", "shins", "hamstrings", "quads", "it band"}
)
HIPS = frozenset({"hips", "glutes", "hip flexors", "outer hip", "groin", "piriformis"})
BREATHING = "breathing"


def phase_of(focus: list[str]) -> PhaseName:
    """Where a move belongs, by the first area its focus names."""
    if BREATHING in focus:
        return "breathing"
    first = focus[0] if focus else ""
    if first in LOWER_CHAIN:
        return "lower-chain"
    if first in HIPS:
        return "hips"
    return "decompress"


def routine_id_of(run: RunType) -> str:
    return ROUTINE_PREFIX + run


def run_of(routine_id: str) -> RunType | None:
    """The run type a composed plan's routine id names; None for any other routine."""
    name = routine_id.removeprefix(ROUTINE_PREFIX)
    for run in RUN_TYPES:
        if routine_id != name and name == run:
            return run
    return None


def seed_of(day: date) -> int:
    """The seed a day gives the choice among equal moves: each day its own."""
    return day.toordinal()
