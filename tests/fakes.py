"""Test doubles: a clock the test moves by hand, and small routines built in code."""

from __future__ import annotations

from typing import Any

from postrun.models import Routine


class FakeClock:
    """Monotonic seconds that only move when the test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


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
