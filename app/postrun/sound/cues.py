"""Engine events -> sound cues, with priorities (pure: no audio library here).

Within one tick only the most important cue plays, and while a cue is still sounding a
newer one plays only if it matters at least as much, so cues never pile up into noise.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

from postrun.session import (
    Countdown,
    Event,
    ExerciseStarted,
    Halfway,
    PhaseStarted,
    RepCounted,
    SessionFinished,
    StepStarted,
    SwitchSides,
)


class Cue(StrEnum):
    COUNTDOWN = "countdown"
    GO = "go"
    SWITCH = "switch"
    NEXT_MOVE = "next_move"
    PHASE = "phase"
    REP = "rep"
    HALFWAY = "halfway"
    COMPLETE = "complete"


PRIORITY: Mapping[Cue, int] = {
    Cue.COMPLETE: 6,
    Cue.PHASE: 5,
    Cue.SWITCH: 4,
    Cue.COUNTDOWN: 4,  # the end of a hold may cut a long phrase short
    Cue.NEXT_MOVE: 3,
    Cue.GO: 3,
    Cue.HALFWAY: 1,
    Cue.REP: 0,
}
WORK_KINDS = ("hold", "reps", "breath", "walk")


def cue_for(event: Event) -> Cue | None:
    if isinstance(event, SessionFinished):
        return Cue.COMPLETE
    if isinstance(event, PhaseStarted):
        return Cue.PHASE if event.at > 0 else None  # the first phase starts with the session
    if isinstance(event, SwitchSides):
        return Cue.SWITCH
    if isinstance(event, ExerciseStarted):
        return Cue.NEXT_MOVE
    if isinstance(event, StepStarted):
        return Cue.GO if event.step.kind in WORK_KINDS else None
    if isinstance(event, Countdown):
        return Cue.COUNTDOWN
    if isinstance(event, Halfway):
        return Cue.HALFWAY
    if isinstance(event, RepCounted):
        return Cue.REP
    return None


def strongest(events: Iterable[Event]) -> Cue | None:
    """The one cue worth playing for a batch of events that arrived together."""
    cues = [cue for cue in map(cue_for, events) if cue is not None]
    return max(cues, key=lambda cue: PRIORITY[cue]) if cues else None


class CueArbiter:
    """Decides whether a cue may play now, given what is still sounding."""

    def __init__(self, durations: Mapping[Cue, float] | None = None) -> None:
        self._durations = durations or {}
        self._current: Cue | None = None
        self._until = 0.0

    def offer(self, cue: Cue, now: float, seconds: float | None = None) -> bool:
        """May `cue` play now? `seconds` overrides its length (a spoken phrase)."""
        sounding = self._current is not None and now < self._until
        if sounding and self._current is not None and PRIORITY[cue] < PRIORITY[self._current]:
            return False
        length = self._durations.get(cue, 0.0) if seconds is None else seconds
        self._current, self._until = cue, now + length
        return True
