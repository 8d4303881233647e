"""A plan, for the eye: its header, total, note, credit and each move's dose."""

from __future__ import annotations

from collections.abc import Sequence

from postrun.models import Routine
from postrun.plan import Plan, ShortHold, Step
from postrun.words.counts import clock, plural
from postrun.words.eye import count, dose

# ---- a plan, for the eye ------------------------------------------------------------------

CAUTIONS_TITLE = "Take care"
HOW_TO_TITLE = "How to do it"
WHY_TITLE = "Why it works"
ESC_TO_CLOSE = "esc to close"
BLOCK_SIDES = "left leg, then right leg"  # after a one-leg block's title
WALK_FIRST_TITLE = "Walk first"


def round_of(step: Step) -> str:
    """'round 2 of 3' for a repeated hold; empty otherwise."""
    return f"round {step.round} of {step.rounds}" if step.rounds > 1 else ""


def move_dose(work: Sequence[Step]) -> str:
    """A whole move as the plan does it, from its timed steps in order: 'hold 35 s each
    side', '3 rounds, hold 35 s', '15 glides per side', '3 positions of 35 s each side',
    'centre (40 s), then reach the other way (30 s each side)'."""
    first = work[0]
    if first.position:
        by_position: dict[str, list[Step]] = {}
        for step in work:
            by_position.setdefault(step.position or "", []).append(step)
        parts = [_seconds(steps) + _each_side(steps) for steps in by_position.values()]
        if len(by_position) > 1 and len(set(parts)) == 1:
            return f"{len(by_position)} positions of {parts[0]}"
        return ", then ".join(
            f"{p.lower()} ({part})" for p, part in zip(by_position, parts, strict=True)
        )
    if counted := count(first):
        each = (" each way" if first.ways > 1 else "") + (" per side" if _each_side(work) else "")
        return counted + each + (f", hold {first.rep_hold} s each" if first.rep_hold else "")
    if first.kind == "walk":
        return dose(first)
    verb = "keep moving" if first.moving else "hold"
    rounds = f"{first.rounds} rounds, " if first.rounds > 1 else ""
    return f"{rounds}{verb} {_seconds(work)}{_each_side(work)}"


def _seconds(steps: Sequence[Step]) -> str:
    low, high = min(s.seconds for s in steps), max(s.seconds for s in steps)
    return f"{low} s" if low == high else f"{low}-{high} s"


def _each_side(steps: Sequence[Step]) -> str:
    return " each side" if {s.side for s in steps} >= {"left", "right"} else ""


def plan_header(plan: Plan) -> str:
    """'Post-run reset: 10 min, 40plus holds, after a 5 min walk'; a 40plus plan with
    stretches under a minute says how many: '40plus holds (2 under a minute)'."""
    walk = plan.settings.walk_minutes
    after = f", after a {walk} min walk" if walk else ""
    short = f" ({len(plan.under_a_minute)} under a minute)" if plan.under_a_minute else ""
    return f"{plan.routine.title}: {plan.minutes} min, {plan.settings.profile} holds{short}{after}"


# Why a 40plus stretch is held under a minute: its range, from its article, stops there
# (quick-full-body's 30 and 45 s, cool-down's "about 30", the yoga's "20-30 or more").
SHORT_HOLD_WHY = "the hold this article gives"


def under_a_minute_line(plan: Plan) -> str | None:
    """'Under a minute, the hold this article gives: Standing quad pull 30 s, Figure-four
    stretch 45 s.'; None when every stretch gets its minute (or the profile is standard)."""
    if not plan.under_a_minute:
        return None
    held = ", ".join(f"{h.move} {h.seconds} s" for h in plan.under_a_minute)
    return f"Under a minute, {SHORT_HOLD_WHY}: {held}."


def held_under_a_minute(hold: ShortHold) -> str:
    """'Figure-four stretch held 45 s: the hold this article gives', as a move starts."""
    return f"{hold.move} held {hold.seconds} s: {SHORT_HOLD_WHY}"


def plan_total(plan: Plan) -> str:
    """The total, with the walk first shown as the extra time it is."""
    target = clock(plan.target_seconds)
    if not plan.walk_seconds:
        return f"Total {clock(plan.total_seconds)} for a {target} target"
    return (
        f"Total {clock(plan.total_seconds)}: {clock(plan.walk_seconds)} walking + "
        f"{clock(plan.stretch_seconds)} stretching for a {target} target"
    )


def credit(routine: Routine) -> str:
    """Where a routine comes from: title, author, the expert it quotes, publisher, as our
    copy names them."""
    source = routine.source
    author = f" by {source.author}" if source.author else ""
    expert = f" with {source.expert}" if source.expert else ""
    return f"From “{source.title}”{author}{expert}; publisher: {source.publisher}."


def plan_note(plan: Plan) -> str | None:
    """Why a plan misses the minutes asked for, from its facts; None when it lands on them."""
    if plan.on_time:
        return None
    title, minutes = plan.routine.title, plan.minutes
    total, gap = plan.stretch_seconds, plan.stretch_seconds - plan.target_seconds
    if gap < 0 and total == plan.longest_seconds:
        return (
            f"{title} lasts at most {clock(total)} with every move in at its longest: "
            f"{clock(-gap)} short of {minutes} minutes."
        )
    if gap > 0 and total == plan.shortest_seconds:
        return (
            f"{title} needs at least {clock(total)} even at its shortest: "
            f"{clock(gap)} over {minutes} minutes."
        )
    way = "over" if gap > 0 else "short"
    return (
        f"The nearest {title} can come to {minutes} minutes is {clock(total)}: "
        f"{clock(abs(gap))} {way}, as its holds and counts move in steps."
    )


def left_out(plan: Plan) -> str | None:
    """What was left out and why, moves, positions and rounds; None when nothing was."""
    out = plan.left_out
    if not out:
        return None
    items = [
        *out.moves,
        *(f"{move} ({position.lower()})" for move, position in out.positions),
        *(f"{plural(most - kept, 'extra round')} of {move}" for move, kept, most in out.rounds),
    ]
    why = "to fit" if plan.on_time else "to come nearer to"
    text = f"Left out {why} {plan.minutes} minutes: {', '.join(items)}."
    if out.phases:
        text += f" That leaves nothing of {_and(out.phases)}."
    return text


def _and(items: tuple[str, ...]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
