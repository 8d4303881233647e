"""The home screen's preview of a plan, move by move (its words come from `words`)."""

from __future__ import annotations

from postrun.plan import Plan
from postrun.words import dose


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
        what = f"{positions} positions, {work[-1].seconds} s" if positions > 1 else dose(step)
        lines.append(f"   {step.name}: {what}{sides}")
    return lines
