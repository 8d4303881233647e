"""Words the screens show for a step: the same phrasing everywhere."""

from __future__ import annotations

from postrun.plan import Plan, Step
from postrun.report import step_what


def side_word(step: Step) -> str:
    return {"left": "LEFT", "right": "RIGHT"}.get(step.side, "")


def headline(step: Step) -> str:
    """The banner over the countdown: what to do right now, readable at a glance."""
    if step.kind == "prepare":
        if step.round > 1:
            return f"Round {step.round} of {step.rounds}: get back into position"
        return "Get into position"
    if step.kind == "switch":
        side = {"left": "left", "right": "right"}.get(step.side, "other")
        return f"Switch to the {side} side"
    if step.kind == "reps":
        return "Steady reps" if step.paced else "Your own pace"
    if step.kind == "breath":
        return "Breathe"
    if step.kind == "walk":
        return "Easy walking"
    return "Keep moving" if step.moving else "Hold"


def next_text(step: Step | None) -> str:
    if step is None:
        return "next: the finish"
    side = f" ({step.side})" if step.side != "none" else ""
    return f"next: {step.name}{side}, {step_what(step)}"


def whole_seconds(seconds: float) -> int:
    """Seconds as a countdown shows them: 4.2 s left reads as 5, reaching 0 only at the end."""
    return int(seconds + 0.999)


def countdown_text(seconds: float) -> str:
    whole = whole_seconds(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def preview_lines(plan: Plan) -> list[str]:
    """The plan by phase and move, compact enough for the home screen's preview."""
    lines: list[str] = []
    phase_index, move = -1, -1
    for step in plan.steps:
        if not step.is_timed_work or step.move == move:
            continue
        move = step.move
        if step.phase_index != phase_index:
            phase_index = step.phase_index
            lines.append(f"[b]{phase_index + 1}. {plan.routine.phases[phase_index].title}[/b]")
        work = [s for s in plan.steps if s.move == move and s.is_timed_work]
        sides = " each side" if {s.side for s in work} >= {"left", "right"} else ""
        positions = len({s.position for s in work if s.position})
        what = f"{positions} positions, {work[-1].seconds} s" if positions > 1 else step_what(step)
        lines.append(f"   {step.name}: {what}{sides}")
    return lines
