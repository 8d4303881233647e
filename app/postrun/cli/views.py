"""Plain-text and JSON views of routines, plans and history for the command line."""

from __future__ import annotations

from typing import Any

from postrun.models import Routine
from postrun.plan import WALK_FIRST, Composed, Plan, PlanSettings, duration_range
from postrun.store import Record, Stats
from postrun.words import (
    CAUTIONS_TITLE,
    SHORT_HOLD_WHY,
    WALK_FIRST_TITLE,
    clock,
    composed_credit,
    count,
    credit,
    days,
    dose,
    left_out,
    plan_header,
    plan_note,
    plan_total,
    round_of,
    routine_cautions,
    run_note,
    side_words,
    step_name,
    under_a_minute_line,
)


def move_cautions(routine: Routine) -> dict[str, list[str]]:
    """Each move's cautions, by exercise id, for the moves that have any."""
    return {e.id: list(e.cautions) for e in routine.exercises() if e.cautions}


def routine_row(routine: Routine, settings: PlanSettings) -> dict[str, Any]:
    shortest, longest = duration_range(routine, settings)
    return {
        "id": routine.id,
        "title": routine.title,
        "phases": [p.title for p in routine.phases],
        "focus": list(routine.focus),
        "equipment": list(routine.equipment),
        "shortest_seconds": shortest,
        "longest_seconds": longest,
        "source": routine.source.model_dump(),
        "credit": credit(routine),
        "cautions": list(routine.cautions),
        "move_cautions": move_cautions(routine),
    }


def routines_text(rows: list[dict[str, Any]]) -> str:
    lines = []
    for row in rows:
        span = f"{clock(row['shortest_seconds'])}-{clock(row['longest_seconds'])}"
        lines.append(f"{row['id']}  {row['title']}  ({span} min)")
        lines.append(f"    phases:    {' > '.join(row['phases'])}")
        lines.append(f"    focus:     {', '.join(row['focus'])}")
        lines.append(f"    equipment: {', '.join(row['equipment']) or 'none'}")
        lines.append(f"    from:      {row['credit']}")
    return "\n".join(lines)


def plan_json(plan: Plan, composed: Composed | None = None) -> dict[str, Any]:
    """The plan as data; a composed one (`--after`) adds its run, focus and sources."""
    kept = {s.exercise_id for s in plan.steps}
    out = plan.left_out
    made = {}
    if composed:
        made = {
            "run": composed.run,
            "focus": sorted(composed.focus),
            "focus_seconds": composed.focus_seconds() if composed.focus else None,
            "sources": [
                {"routine": c.routine_id, **c.source.model_dump(), "moves": list(c.moves)}
                for c in composed.credits
            ],
        }
    return {
        "routine": plan.routine.id,
        "minutes": plan.minutes,
        "profile": plan.settings.profile,
        "target_seconds": plan.target_seconds,
        "total_seconds": plan.total_seconds,
        "walk_seconds": plan.walk_seconds,
        "stretch_seconds": plan.stretch_seconds,
        "note": plan_note(plan),
        "left_out_text": left_out(plan),
        "dropped": list(plan.dropped),
        "left_out": {
            "phases": list(out.phases),
            "moves": list(out.moves),
            "positions": [{"move": m, "position": p} for m, p in out.positions],
            "rounds": [{"move": m, "kept": k, "of": n} for m, k, n in out.rounds],
        },
        "source": plan.routine.source.model_dump(),
        "credit": composed_credit(composed.credits) if composed else credit(plan.routine),
        **made,
        "under_a_minute": [
            {"move": h.move, "seconds": h.seconds, "why": SHORT_HOLD_WHY}
            for h in plan.under_a_minute
        ],
        "under_a_minute_text": under_a_minute_line(plan),
        "cautions": list(routine_cautions(plan)),
        "move_cautions": {k: v for k, v in move_cautions(plan.routine).items() if k in kept},
        "steps": [
            {
                "kind": s.kind,
                "phase": s.phase_id,
                "exercise": s.exercise_id,
                "name": s.name,
                "side": s.side,
                "block_side": s.block_side,
                "position": s.position,
                "seconds": s.seconds,
                "reps": s.reps,
                "count": count(s),
                "rep_hold": s.rep_hold,
                "start": s.start,
            }
            for s in plan.steps
        ],
    }


def plan_text(plan: Plan, composed: Composed | None = None) -> str:
    """The plan to read; a composed one credits every article it draws on."""
    lines = [plan_header(plan)]
    if composed:
        lines.append(composed_credit(composed.credits))
        lines += filter(None, [run_note(composed.run)])
    else:
        lines.append(credit(plan.routine))
    lines += filter(None, [under_a_minute_line(plan)])
    lines += [f"{CAUTIONS_TITLE}: {c}" for c in routine_cautions(plan)]
    cautions = move_cautions(plan.routine)
    phase_index, cautioned = -1, set()
    for step in plan.steps:
        if step.kind in ("prepare", "switch"):
            continue
        if step.exercise_id == WALK_FIRST:
            lines.append(f"\n{WALK_FIRST_TITLE}")
        elif step.phase_index != phase_index:
            phase_index = step.phase_index
            phase = plan.routine.phases[phase_index]
            lines.append(f"\n{phase_index + 1}. {phase.title}")
        what = ", ".join(filter(None, [dose(step), round_of(step)]))
        side = side_words(step)
        lines.append(f"  {clock(step.start):>6}  {step_name(step):<44} {side:<15} {what}")
        if step.exercise_id in cautions and step.exercise_id not in cautioned:
            cautioned.add(step.exercise_id)
            lines += [f"{'':10}{CAUTIONS_TITLE}: {c}" for c in cautions[step.exercise_id]]
    lines.append("")
    lines.append(plan_total(plan))
    if text := left_out(plan):
        lines.append(text)
    if note := plan_note(plan):
        lines.append(f"Note: {note}")
    return "\n".join(lines)


BARS = " ▁▂▃▄▅▆▇█"


def sparkline(values: tuple[float, ...]) -> str:
    top = max(values, default=0) or 1
    return "".join(BARS[min(8, round(v / top * 8))] if v else "·" for v in values)


def history_json(stats: Stats, records: list[Record], problems: list[str]) -> dict[str, Any]:
    return {
        "stats": stats.as_dict(),
        "sessions": [r.model_dump(mode="json") for r in reversed(records)],
        "problems": problems,
    }


def history_text(stats: Stats, records: list[Record], limit: int = 10) -> str:
    lines = [
        f"Streak: {days(stats.streak_days)}",
        f"This week: {stats.week_sessions} of {stats.weekly_goal} sessions"
        f" ({stats.week_minutes:g} min)",
        f"Last 28 days: {sparkline(stats.last_28_days)}",
    ]
    if stats.favourite:
        lines.append(f"Most used: {stats.favourite}")
    lines.append("")
    if not records:
        lines.append("No sessions yet. Start one with 'postrun'.")
    for record in list(reversed(records))[:limit]:
        when = record.ended_at.strftime("%Y-%m-%d %H:%M")
        done = clock(int(record.done_seconds))
        state = "complete" if record.completed else "ended early"
        lines.append(f"  {when}  {record.title:<32} {record.minutes:>2} min  {done} done  {state}")
    return "\n".join(lines)
