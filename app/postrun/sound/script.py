"""What to say, and when: the plan's spoken lines, by step (pure; the words are in `words`)."""

from __future__ import annotations

from collections.abc import Iterable

from postrun import words
from postrun.plan import Plan
from postrun.session import Countdown, Event, Halfway, RepCounted, SessionFinished, StepStarted


def position_numbers(plan: Plan) -> dict[tuple[int, str], int]:
    """Each move's positions numbered in the order they come, for moves with two or more."""
    found: dict[int, list[str]] = {}
    for step in plan.steps:
        if step.position and step.position not in found.setdefault(step.move, []):
            found[step.move].append(step.position)
    return {
        (move, position): number
        for move, positions in found.items()
        if len(positions) > 1
        for number, position in enumerate(positions, start=1)
    }


def script(plan: Plan) -> dict[int, str]:
    """Words to say when each step starts, by step index."""
    lines: dict[int, str] = {}
    steps = plan.steps
    numbers = position_numbers(plan)
    for index, step in enumerate(steps):
        work = next((s for s in steps[index:] if s.is_timed_work and s.move == step.move), None)
        after = steps[index + 1] if index + 1 < len(steps) else None
        if step.kind == "prepare" and step.round == 1 and work is not None:
            number = numbers.get((work.move, work.position or ""))
            lines[index] = words.spoken_move(step, work, number)
        elif step.kind == "prepare":
            lines[index] = words.spoken_round(step.round, step.rounds)
        elif step.kind == "switch":
            lines[index] = words.spoken_switch(step.side)
            if after is not None and after.position and after.move == step.move:
                number = numbers.get((after.move, after.position))
                lines[index] += ". " + words.spoken_position(after, number)
        elif step.kind == "reps" and step.way > 1:
            lines[index] = words.OTHER_WAY_SPOKEN
        elif step.position and index and steps[index - 1].kind not in ("prepare", "switch"):
            lines[index] = words.spoken_position(step, numbers.get((step.move, step.position)))
        if index == 0 or steps[index - 1].phase_index != step.phase_index:
            phase = plan.routine.phases[step.phase_index]
            opening = words.spoken_phase(step.phase_index + 1, phase.title)
            lines[index] = f"{opening}. {lines[index]}" if index in lines else opening
    for index, caution in words.spoken_cautions(plan).items():  # once a move, at its start
        lines[index] = f"{lines[index]}. {caution}" if index in lines else caution
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
        elif isinstance(event, RepCounted) and event.rep == event.of - 1 and said is None:
            said = words.LAST_ONE  # the last rep begins
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
    if any(s.kind == "reps" and (s.reps or 0) > 1 for s in plan.steps):
        fixed.append(words.LAST_ONE)
    return list(dict.fromkeys([*lines.values(), *sorted(nexts), *fixed]))
