"""What to say, and when: the plan's spoken lines, by step (pure; the words are in `words`)."""

from __future__ import annotations

from collections.abc import Iterable

from postrun import words
from postrun.plan import Plan
from postrun.session import Countdown, Event, Halfway, SessionFinished, StepStarted


def script(plan: Plan) -> dict[int, str]:
    """Words to say when each step starts, by step index."""
    lines: dict[int, str] = {}
    steps = plan.steps
    for index, step in enumerate(steps):
        work = next((s for s in steps[index:] if s.is_timed_work and s.move == step.move), None)
        if step.kind == "prepare" and step.round == 1 and work is not None:
            lines[index] = words.spoken_move(step, work)
        elif step.kind == "prepare":
            lines[index] = words.spoken_round(step.round)
        elif step.kind == "switch":
            lines[index] = words.spoken_switch(step.side)
        elif step.position and index and steps[index - 1].kind not in ("prepare", "switch"):
            lines[index] = words.spoken_position(step)
        if index == 0 or steps[index - 1].phase_index != step.phase_index:
            phase = plan.routine.phases[step.phase_index]
            opening = words.spoken_phase(step.phase_index + 1, phase.title)
            lines[index] = f"{opening}. {lines[index]}" if index in lines else opening
    return lines


def halfway_line(plan: Plan, index: int) -> str:
    """'Halfway', and on a move's last step, what comes next."""
    step = plan.steps[index]
    later = [s for s in plan.steps[index + 1 :] if s.is_timed_work]
    following = later[0].name if later and later[0].move != step.move else None
    return words.spoken_halfway(following)


def line_for(events: Iterable[Event], plan: Plan, lines: dict[int, str]) -> str | None:
    """The one thing worth saying for a batch of events, the weightiest first."""
    said: str | None = None
    for event in events:
        if isinstance(event, SessionFinished):
            return words.spoken_end(event.completed)
        if isinstance(event, StepStarted) and said is None:
            said = lines.get(event.index)
        elif isinstance(event, Countdown) and event.remaining == 3 and said is None:
            said = words.COUNTDOWN_SPOKEN
        elif isinstance(event, Halfway) and said is None:
            said = halfway_line(plan, event.index)
    return said


def all_lines(plan: Plan, lines: dict[int, str]) -> list[str]:
    """Every phrase this plan can call for, once each: what to render before it starts."""
    fixed = [
        words.COUNTDOWN_SPOKEN,
        words.HALFWAY_SPOKEN,
        words.spoken_end(completed=True),
        words.spoken_end(completed=False),
    ]
    nexts = {halfway_line(plan, i) for i, s in enumerate(plan.steps) if s.kind == "hold"}
    return list(dict.fromkeys([*lines.values(), *sorted(nexts), *fixed]))
