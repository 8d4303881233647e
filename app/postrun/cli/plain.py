"""`postrun start --plain`: the same session as a log, one line per event.

For screen readers, pipes and logs. Countdown pips and single rep counts are left out:
they would drown the lines that matter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from postrun.plan import Plan
from postrun.session import (
    Clock,
    Command,
    Event,
    Halfway,
    Paused,
    PhaseStarted,
    Resumed,
    Session,
    SessionFinished,
    SessionStarted,
    Skipped,
    StepStarted,
    Summary,
    SwitchSides,
    TimeAdded,
)
from postrun.sound import SoundBoard
from postrun.words import clock, session_end, step_line

TICK_SECONDS = 0.2
INTERRUPTED = 130


def line_for(event: Event, plan: Plan) -> str | None:
    text: str | None = None
    if isinstance(event, SessionStarted):
        text = f"Start: {plan.routine.title}, {plan.minutes} min"
    elif isinstance(event, PhaseStarted):
        text = f"Phase {event.index + 1} of {plan.phase_count}: {event.title}. {event.intent}"
    elif isinstance(event, StepStarted) and event.step.kind != "switch":
        text = step_line(event.step)
    elif isinstance(event, SwitchSides):
        text = f"Switch sides: {event.side}"
    elif isinstance(event, Halfway):
        text = "Halfway"
    elif isinstance(event, Paused):
        text = "Paused: the session was away" if event.reason == "gap" else "Paused"
    elif isinstance(event, Resumed):
        text = "Resumed"
    elif isinstance(event, Skipped):
        text = "Skipped"
    elif isinstance(event, TimeAdded):
        text = f"{event.seconds:+.0f} s"
    elif isinstance(event, SessionFinished):
        text = session_end(event.completed)
    if text is None:
        return None
    return f"[{clock(event.at, width=2)}] {text}"


def run_plain(
    plan: Plan,
    clock: Clock,
    sleep: Callable[[float], None],
    out: TextIO,
    sound: SoundBoard,
    record: Callable[[Summary], str],  # saves the session; returns a line to print
    *,
    lead_in: float = 3.0,
    gap_seconds: float = 5.0,
    speed: float = 1.0,
) -> int:
    """Run a session to its end; Ctrl-C ends it early. Returns the exit code."""
    session = Session(plan, clock, lead_in=lead_in, gap_seconds=gap_seconds)

    def flush() -> None:
        events = session.drain()
        sound.hear(events, clock())
        for event in events:
            line = line_for(event, plan)
            if line:
                print(line, file=out, flush=True)

    code = 0
    sound.start_voice(plan)
    try:
        session.command(Command.START)
        while not session.finished:
            snap = session.tick()
            flush()
            sleep(min(TICK_SECONDS, snap.next_due / speed + 0.001))  # wake when due
    except KeyboardInterrupt:
        session.command(Command.FINISH)
        code = INTERRUPTED
    flush()
    sound.player.close()
    note = record(session.summary())
    if note:
        print(note, file=out, flush=True)
    return code
