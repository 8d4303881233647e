"""A step and its side, for the eye: short forms read at a glance."""

from __future__ import annotations

from postrun.plan import Side, Step
from postrun.words.counts import clock

# ---- sides ---------------------------------------------------------------------------------


def side_badge(step: Step, *, short: bool = False) -> str:
    """LEFT or RIGHT, for the badge; LEFT LEG BLOCK when the side is the one-leg block's
    (downward dog is the same on both legs: only the block it belongs to has a side),
    unless `short`."""
    word = {"left": "LEFT", "right": "RIGHT"}.get(step.side, "")
    return f"{word} LEG BLOCK" if word and step.block_side and not short else word


def side_words(step: Step) -> str:
    """'left', or 'left leg block' when the side is the block's; empty when none applies."""
    if step.side == "none":
        return ""
    return f"{step.side} leg block" if step.block_side else step.side


def side_note(step: Step) -> str:
    """' (left)' or ' (left leg block)' after a name, or nothing."""
    side = side_words(step)
    return f" ({side})" if side else ""


def switch_to(side: Side) -> str:
    """For eye and ear alike: 'Switch to your right side'."""
    return f"Switch to your {side} side" if side != "none" else "Switch sides"


# ---- a step, for the eye -------------------------------------------------------------------


def step_name(step: Step) -> str:
    """The move, and its position when it has one: 'Supine leg openers, knee out'."""
    return step.name + (f", {step.position.lower()}" if step.position else "")


def count(step: Step) -> str | None:
    """A counted step's count in its own noun, the same for eye and ear: '15 prances',
    '10 circles each way', '8 rounds', '1 breath'."""
    if step.kind not in ("reps", "breath") or step.reps is None:
        return None
    one, many = step.unit
    return f"{step.reps} {one if step.reps == 1 else many}"


def dose(step: Step) -> str:
    """What a step asks, briefly: 'hold 45 s', '18 reps', '6 reps, hold 30 s each',
    '8 breaths', 'walk 5:00'."""
    if counted := count(step):
        return (
            counted + way_words(step) + (f", hold {step.rep_hold} s each" if step.rep_hold else "")
        )
    if step.kind == "prepare":
        return f"get ready {step.seconds} s"
    if step.kind == "switch":
        return f"switch {step.seconds} s"
    if step.kind == "walk":
        return f"walk {clock(step.seconds)}"
    verb = "keep moving" if step.moving else "hold"
    return f"{verb} {step.seconds} s"


def way_words(step: Step) -> str:
    """' one way' or ' the other way' after a both-ways count; nothing for others."""
    if step.ways < 2:
        return ""
    return " one way" if step.way == 1 else " the other way"


def step_line(step: Step) -> str:
    """The step as one line of a log: 'Hold 45 s: Happy baby (left)'."""
    name = step_name(step) + side_note(step)
    if step.kind == "prepare":
        return f"Get into position: {name}"
    what = dose(step)
    if step.kind == "breath":
        what += " (" + ", ".join(f"{action} {seconds}" for action, seconds in step.breath) + ")"
    return f"{what[0].upper()}{what[1:]}: {name}"


def headline(step: Step) -> str:
    """The banner over the countdown: what to do right now, readable at a glance."""
    if step.kind == "prepare":
        if step.round > 1:
            return f"Round {step.round} of {step.rounds}: get back into position"
        return "Get into position"
    if step.kind == "switch":
        return switch_to(step.side)
    if step.kind == "reps" and step.ways > 1:
        return "Steady reps, one way" if step.way == 1 else OTHER_WAY
    if step.kind == "reps":
        return "Steady reps" if step.paced else "Your own pace"
    if step.kind == "breath":
        return "Breathe"
    if step.kind == "walk":
        return "Easy walking"
    return "Keep moving" if step.moving else "Hold"


OTHER_WAY = "Now the other way"  # the turn of a both-ways count, on screen


def next_text(step: Step | None) -> str:
    if step is None:
        return "next: the finish"
    return f"next: {step.name}{side_note(step)}, {dose(step)}"


def rep_count(current: int, total: int) -> str:
    return f"rep {current} of {total}"


BREATH_PROMPTS = {"in": "Breathe in", "out": "Breathe out", "hold": "Hold the breath"}


PAUSED_BY_YOU = "Take your time."
PAUSED_AWAY = "You were away, so the session waited for you."


# ---- the end of a session, for the eye ------------------------------------------------------

PREVIEW_NOT_RECORDED = "Preview: not recorded"


def session_end(completed: bool) -> str:
    return "Session complete. Well done." if completed else "Session ended early."


def counted(done: float, planned: float) -> str:
    """What counted toward completing a session: the planned work done."""
    share = round(100 * done / planned) if planned else 100
    return f"Counted: {clock(done)} of {clock(planned)} of the planned work ({share} %)"
