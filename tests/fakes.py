"""Test doubles: a clock the test moves by hand, players that keep what they were asked
to play, a renderer that never runs a program, and small routines built in code."""

from __future__ import annotations

from typing import Any

from postrun.models import Routine
from postrun.sound import Cue, Player, Sound


class FakeClock:
    """Monotonic seconds that only move when the test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class RecordingPlayer:
    """Keeps every cue it is asked to play; each lasts `seconds`."""

    name = "recording"
    notice: str | None = None
    speaks = False

    def __init__(self, seconds: float = 0.0) -> None:
        self.played: list[Cue] = []
        self.seconds = seconds

    def play(self, cue: Cue) -> None:
        self.played.append(cue)

    def play_sound(self, sound: Sound) -> None:
        pass

    def duration(self, cue: Cue) -> float:
        return self.seconds

    def close(self) -> None:
        pass


class SpeakingPlayer:
    """Keeps what it played in order: ("beep", cue) or ("say", the words)."""

    name = "speaking"
    notice: str | None = None
    speaks = True

    def __init__(self) -> None:
        self.heard: list[tuple[str, object]] = []

    def play(self, cue: Cue) -> None:
        self.heard.append(("beep", cue))

    def play_sound(self, sound: Sound) -> None:
        self.heard.append(("say", sound.frames.decode()))

    def duration(self, cue: Cue) -> float:
        return 0.2

    def close(self) -> None:
        pass


class FakeRenderer:
    """Every phrase lasts 0.1 s a word; phrases in `missing` are never ready."""

    command = ["fake-tts"]

    def __init__(self, missing: frozenset[str] = frozenset()) -> None:
        self.missing = missing

    def render(self, text: str) -> None:
        pass

    def ready(self, text: str) -> Sound | None:
        if text in self.missing:
            return None
        seconds = 0.1 * len(text.split())
        return Sound(text.encode(), 1, 2, int(len(text.encode()) / 2 / seconds))


# mypy checks that the fakes are players the board accepts.
_PLAYERS: tuple[Player, ...] = (RecordingPlayer(), SpeakingPlayer())


def routine(*phases: dict[str, Any], routine_id: str = "test") -> Routine:
    return Routine.model_validate(
        {
            "id": routine_id,
            "title": "Test routine",
            "summary": "For tests.",
            "focus": ["hips"],
            "source": {"title": "T", "publisher": "P"},
            "phases": list(phases),
        }
    )


def phase(phase_id: str, *exercises: dict[str, Any], sides: str = "none") -> dict[str, Any]:
    return {
        "id": phase_id,
        "title": phase_id.title(),
        "intent": "To test.",
        "sides": sides,
        "exercises": list(exercises),
    }


def hold(exercise_id: str, seconds: int, sides: str = "none", **extra: Any) -> dict[str, Any]:
    return {
        "id": exercise_id,
        "name": exercise_id.replace("-", " ").title(),
        "kind": "hold",
        "hold": [seconds, seconds],
        "sides": sides,
        "steps": ["Do it."],
        "why": "Because.",
        **extra,
    }


def reps(exercise_id: str, count: int, tempo: float, **extra: Any) -> dict[str, Any]:
    return {
        "id": exercise_id,
        "name": exercise_id.replace("-", " ").title(),
        "kind": "reps",
        "reps": [count, count],
        "tempo": tempo,
        "steps": ["Do it."],
        "why": "Because.",
        **extra,
    }
