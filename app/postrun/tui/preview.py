"""The home screen's preview of a plan, move by move (its words come from `words`)."""

from __future__ import annotations

from textual.content import Content

from postrun.plan import Plan
from postrun.tui.text import plain, styled
from postrun.words import dose


def preview_lines(plan: Plan) -> list[Content]:
    """The plan by phase and move, compact enough for the home screen's preview."""
    lines: list[Content] = []
    phase_index, move = -1, -1
    for step in plan.steps:
        if not step.is_timed_work or step.move == move:
            continue
        move = step.move
        if step.phase_index != phase_index:
            phase_index = step.phase_index
            title = plan.routine.phases[phase_index].title
            lines.append(styled("[b]$number. $title[/b]", number=phase_index + 1, title=title))
        work = [s for s in plan.steps if s.move == move and s.is_timed_work]
        sides = " each side" if {s.side for s in work} >= {"left", "right"} else ""
        positions = len({s.position for s in work if s.position})
        what = f"{positions} positions, {work[-1].seconds} s" if positions > 1 else dose(step)
        lines.append(plain(f"   {step.name}: {what}{sides}"))
    return lines
