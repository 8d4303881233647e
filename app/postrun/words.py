"""Every phrase a step, a dose, a side, a time or a count is said in, for eye and for ear.

The eye reads short forms ("hold 45 s", "LEFT"); the ear hears whole words ("45 seconds",
"Switch to your left side"). Both live here side by side, so a change of wording is made
once. Pure: no screen, no sound.
"""

from __future__ import annotations

from collections.abc import Sequence

from postrun.models import Routine, regular_plural
from postrun.plan import Plan, Side, Step

# ---- counts and time ---------------------------------------------------------------------


def plural(count: int, noun: str, many: str | None = None) -> str:
    """'1 day', '3 days'; `many` for a plural the English rule does not make."""
    return f"{count} {noun if count == 1 else (many or regular_plural(noun))}"


def clock(seconds: float, *, width: int = 1) -> str:
    """m:ss, the way the whole app writes a duration; `width` pads the minutes."""
    whole = int(seconds)
    return f"{whole // 60:0{width}d}:{whole % 60:02d}"


def whole_seconds(seconds: float) -> int:
    """Seconds as a countdown shows them: 4.2 s left reads as 5, reaching 0 only at the end."""
    return int(seconds + 0.999)


def countdown(seconds: float) -> str:
    return clock(whole_seconds(seconds))


def days(count: int) -> str:
    return plural(count, "day")


# ---- sides ---------------------------------------------------------------------------------


def side_badge(step: Step) -> str:
    """LEFT or RIGHT, for the badge; LEFT LEG BLOCK when the side is the one-leg block's
    (downward dog is the same on both legs: only the block it belongs to has a side)."""
    word = {"left": "LEFT", "right": "RIGHT"}.get(step.side, "")
    return f"{word} LEG BLOCK" if word and step.block_side else word


def side_words(step: Step) -> str:
    """'left', or 'left leg block' when the side is the block's; empty when none applies."""
    if step.side == "none":
        return ""
    return f"{step.side} leg block" if step.block_side else step.side


def side_note(step: Step) -> str:
    """' (left)' or ' (left leg block)' after a name, or nothing."""
    side = side_words(step)
    return f" ({side})" if side else ""


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
        return counted + (f", hold {step.rep_hold} s each" if step.rep_hold else "")
    if step.kind == "prepare":
        return f"get ready {step.seconds} s"
    if step.kind == "switch":
        return f"switch {step.seconds} s"
    if step.kind == "walk":
        return f"walk {clock(step.seconds)}"
    verb = "keep moving" if step.moving else "hold"
    return f"{verb} {step.seconds} s"


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
    return f"next: {step.name}{side_note(step)}, {dose(step)}"


def rep_count(current: int, total: int) -> str:
    return f"rep {current} of {total}"


BREATH_PROMPTS = {"in": "Breathe in", "out": "Breathe out", "hold": "Hold the breath"}


# ---- the end of a session, for the eye ------------------------------------------------------

PREVIEW_NOT_RECORDED = "Preview: not recorded"


def session_end(completed: bool) -> str:
    return "Session complete. Well done." if completed else "Session ended early."


def counted(done: float, planned: float) -> str:
    """What counted toward completing a session: the planned work done."""
    share = round(100 * done / planned) if planned else 100
    return f"Counted: {clock(done)} of {clock(planned)} of the planned work ({share} %)"


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
        each = " per side" if _each_side(work) else ""
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
    """'Post-run reset: 10 min, 40plus holds, after a 5 min walk'."""
    walk = plan.settings.walk_minutes
    after = f", after a {walk} min walk" if walk else ""
    return f"{plan.routine.title}: {plan.minutes} min, {plan.settings.profile} holds{after}"


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
    """Where a routine comes from: title, author, publisher, as our copy names them."""
    source = routine.source
    author = f" by {source.author}" if source.author else ""
    return f"From “{source.title}”{author}; publisher: {source.publisher}."


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


def spoken_number(n: int) -> str:
    return _NUMBERS[n] if 0 <= n < len(_NUMBERS) else str(n)


def spoken_dose(step: Step) -> str:
    """A step's dose as a coach says it: '18 reps', '6 reps, holding each 30 seconds',
    '45 seconds', '5 minutes'."""
    if counted := count(step):
        return counted + (f", holding each {step.rep_hold} seconds" if step.rep_hold else "")
    if step.kind == "walk":
        return plural(round(step.seconds / 60), "minute")
    return f"{step.seconds} seconds"


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


def switch_to(side: Side) -> str:
    """For eye and ear alike: 'Switch to your right side'."""
    return f"Switch to your {side} side" if side != "none" else "Switch sides"


def spoken_switch(side: Side) -> str:
    return switch_to(side)


def spoken_phase(number: int, title: str) -> str:
    return f"Phase {spoken_number(number)}: {title}"


def spoken_halfway(next_name: str | None) -> str:
    return f"{HALFWAY_SPOKEN}. Next: {next_name}" if next_name else HALFWAY_SPOKEN


def spoken_end(completed: bool) -> str:
    return FINISHED_SPOKEN if completed else ENDED_SPOKEN


# ---- sound and voice, for the status line and the doctor ------------------------------------

BELL = "terminal bell"
NO_SOUND_PLAYER = "no sound player found"
NO_SOUND_DEVICE = "no sound device"
NO_TTS = "no espeak-ng or say"
NO_SPEAKING_PLAYER = "the terminal bell cannot speak"
SOUND_OFF = "sound is off"


def stopped_working(player: str) -> str:
    """Why a player handed over to the bell mid-session."""
    return f"{player} stopped working"


def player_name(player: str, why: str | None = None) -> str:
    """'aplay', 'terminal bell (no sound device)'."""
    name = BELL if player == "bell" else player
    return f"{name} ({why})" if why else name


def sound_status(player: str, why: str | None = None, *, muted: bool = False) -> str:
    """'sound: aplay', 'sound: terminal bell (no sound device)', 'muted', 'sound off'."""
    if player == "off":
        return "sound off"
    if muted:
        return "muted"
    return f"sound: {player_name(player, why)}"


def voice_status(engine: str | None, why: str | None = None) -> str:
    """'voice: espeak-ng', or 'no voice (no espeak-ng or say)'."""
    if engine is not None and why is None:
        return f"voice: {engine}"
    return f"no voice ({why})" if why else "no voice"


def voice_failed(engine: str) -> str:
    return f"{engine} failed"


DOCTOR_HINT = "`postrun doctor` says why"
DOCTOR_SPOKEN = "This is postrun. You will hear me from the mat."


# ---- the session screen, read from the mat ------------------------------------------------

BREATH_WORDS = {"in": "IN", "out": "OUT", "hold": "HOLD"}  # the phase, in big letters
EASE_IN = "Ease into it"  # the moving part of a rep that is then held
OWN_PACE_KEY = "enter counts a rep"


def side_arrow(step: Step) -> str:
    """The side in big letters with an arrow pointing to it: '← LEFT', 'RIGHT →'."""
    word = side_badge(step)
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
