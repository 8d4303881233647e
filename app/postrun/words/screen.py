"""The session screen, read from the mat: big letters and where you are."""

from __future__ import annotations

from postrun.plan import Step
from postrun.words.counts import countdown, whole_seconds
from postrun.words.eye import dose, side_badge, side_words
from postrun.words.plans import round_of

# ---- the session screen, read from the mat ------------------------------------------------

BREATH_WORDS = {"in": "IN", "out": "OUT", "hold": "HOLD"}  # the phase, in big letters
EASE_IN = "Ease into it"  # the moving part of a rep that is then held
OWN_PACE_KEY = "enter counts a rep"


def side_arrow(step: Step, *, short: bool = False) -> str:
    """The side in big letters with an arrow pointing to it: '← LEFT', 'RIGHT →';
    '← LEFT LEG BLOCK' in a one-leg block, unless `short`."""
    word = side_badge(step, short=short)
    if not word:
        return ""
    return f"← {word}" if step.side == "left" else f"{word} →"


def switch_big(step: Step) -> str:
    """A side switch, for the big letters: 'Switch to your RIGHT side →'."""
    if step.side == "none":
        return "Switch sides"
    arrow = "← " if step.side == "left" else ""
    after = "" if step.side == "left" else " →"
    return f"{arrow}Switch to your {step.side.upper()} side{after}"


def phase_of(number: int, phases: int) -> str:
    return f"phase {number} of {phases}"


def move_of(number: int, moves: int) -> str:
    return f"move {number} of {moves}"


def position_of(position: str, number: int, positions: int) -> str:
    """'knee out to the side, 2 of 3'; just the position when a move has one."""
    name = position[:1].lower() + position[1:]
    return f"{name}, {number} of {positions}" if positions > 1 else name


def breath_of(number: int, breaths: int) -> str:
    return f"breath {number} of {breaths}"


def rep_count_big(current: int) -> str:
    """A rep count for the big letters: the rep under way, '3' (the line under it says
    'rep 3 of 15')."""
    return str(current)


def seconds_left(seconds: float) -> str:
    """'3 s'."""
    return f"{whole_seconds(seconds)} s"


def session_left(seconds: float) -> str:
    return f"{countdown(seconds)} left"


def next_in_move(then: Step, now: Step, position: str | None) -> str:
    """What comes next within the same move, said by what changes: 'next: right side,
    hold 35 s', 'next: knee out to the side, 2 of 3, hold 35 s', 'next: round 2 of 3'."""
    parts = []
    if then.round != now.round:
        parts.append(round_of(then))
    if position and then.position != now.position:
        parts.append(position)
    if then.side != now.side and (side := side_words(then)):
        parts.append(f"{side} side" if not then.block_side else side)
    return "next: " + ", ".join([*parts, dose(then)])


PAUSED = "Paused"


def resuming_in(seconds: float) -> str:
    return f"Resuming in {whole_seconds(seconds)}"
