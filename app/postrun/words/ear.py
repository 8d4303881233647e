"""A step, for the ear: whole words the voice says."""

from __future__ import annotations

from postrun.plan import Side, Step
from postrun.words.counts import plural
from postrun.words.eye import count, side_words, switch_to

# ---- a step, for the ear -------------------------------------------------------------------

_NUMBERS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]
COUNTDOWN_SPOKEN = "Three, two, one"
FINISHED_SPOKEN = "Session complete, well done"
ENDED_SPOKEN = "Session ended"
HALFWAY_SPOKEN = "Halfway"
OTHER_WAY_SPOKEN = "Now the other way"  # the turn of a both-ways count


def spoken_number(n: int) -> str:
    return _NUMBERS[n] if 0 <= n < len(_NUMBERS) else str(n)


def spoken_dose(step: Step) -> str:
    """A step's dose as a coach says it: '18 reps', '6 reps, holding each 30 seconds',
    '45 seconds', '5 minutes'."""
    if counted := count(step):
        each_way = " each way" if step.ways > 1 else ""
        return (
            counted
            + each_way
            + (f", holding each {step.rep_hold} seconds" if step.rep_hold else "")
        )
    if step.kind == "walk":
        return spoken_time(step.seconds)
    return f"{step.seconds} seconds"


def spoken_time(seconds: int) -> str:
    """A length of time as said aloud: '30 seconds', '1 minute', '1 minute 30 seconds'."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return plural(rest, "second")
    said = plural(minutes, "minute")
    return f"{said} {plural(rest, 'second')}" if rest else said


def spoken_move(step: Step, work: Step, position: int | None = None) -> str:
    """Said while getting into position: the move, its position, dose and side.
    'Supine leg openers. Position one: knee to chest, 35 seconds, left side'."""
    if work.position:
        said = f"{step.name}. {spoken_position(work, position)}"
    else:
        said = f"{step.name}, {spoken_dose(work)}"
    if side := side_words(work):
        said += f", {side}" if work.block_side else f", {side} side"
    return said


def spoken_position(step: Step, number: int | None = None) -> str:
    """'Position two: knee out to the side, 35 seconds'; unnumbered when a move has one."""
    where = step.position or ""
    if number is not None:
        where = f"Position {spoken_number(number)}: {where[:1].lower()}{where[1:]}"
    return f"{where}, {spoken_dose(step)}"


LAST_ONE = "Last one"  # the last rep of a set, or the last round of a move


def spoken_round(number: int, rounds: int) -> str:
    return LAST_ONE if number == rounds else f"Round {spoken_number(number)}"


def spoken_switch(side: Side) -> str:
    return switch_to(side)


def spoken_phase(number: int, title: str) -> str:
    return f"Phase {spoken_number(number)}: {title}"


def spoken_halfway(next_name: str | None) -> str:
    return f"{HALFWAY_SPOKEN}. Next: {next_name}" if next_name else HALFWAY_SPOKEN


def spoken_end(completed: bool) -> str:
    return FINISHED_SPOKEN if completed else ENDED_SPOKEN
