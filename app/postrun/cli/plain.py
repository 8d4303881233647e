"""`postrun start --plain`: the same session as a log, one line per event.

For screen readers, pipes and logs. Countdown pips and single rep counts are left out:
they would drown the lines that matter. The header credits the article; each move's
get-into-position line is followed by its steps, a 40plus stretch held under a minute
and why, and its cautions (the first also the routine's), as the session screen shows
them. When stdin is a terminal, Enter pauses and resumes; otherwise nobody can, so a
session that paused itself after a gap (a stop and continue, a closed lid) carries on by
itself after the lead-in. Whatever ends it (its end, a signal, the output going away) it
is recorded once, and a broken output ends it quietly.
"""

from __future__ import annotations

import contextlib
import errno
import os
import select
import signal
import sys
from collections.abc import Callable
from typing import Protocol, TextIO

from postrun.plan import Plan
from postrun.session import (
    Clock,
    Command,
    Earlier,
    Event,
    Halfway,
    Paused,
    PhaseStarted,
    Resumed,
    Session,
    SessionFinished,
    SessionStarted,
    Skipped,
    Status,
    StepStarted,
    Summary,
    SwitchSides,
    TimeAdded,
)
from postrun.sound import SoundBoard
from postrun.words import (
    caution_line,
    cautions_at,
    clock,
    credit,
    held_under_a_minute,
    session_end,
    step_line,
    switch_to,
    under_a_minute_line,
    whole_seconds,
)

TICK_SECONDS = 0.2
INDENT = " " * 8  # under the text of a line, past its '[mm:ss] '
INTERRUPTED = 130  # ended from outside: a signal, the terminal or the reader gone
OUTPUT_FAILED = 1  # the log could not be written (a full disk): an error, record kept


class Keys(Protocol):
    """What the runner can press: Enter, when stdin is a terminal."""

    @property
    def interactive(self) -> bool: ...

    def wait(self, seconds: float) -> int:
        """Wait up to `seconds`; how many times Enter was pressed meanwhile."""
        ...


class NoKeys:
    """stdin is not a terminal (a pipe, /dev/null, closed): only time passes."""

    interactive = False

    def __init__(self, sleep: Callable[[float], None]) -> None:
        self._sleep = sleep

    def wait(self, seconds: float) -> int:
        self._sleep(seconds)
        return 0


class TerminalKeys:
    """Enter on a terminal, read from its file descriptor without blocking the clock."""

    def __init__(self, fd: int, sleep: Callable[[float], None]) -> None:
        self._fd: int | None = fd
        self._sleep = sleep

    @property
    def interactive(self) -> bool:
        return self._fd is not None

    def wait(self, seconds: float) -> int:
        if self._fd is None:
            self._sleep(seconds)
            return 0
        try:
            ready, _, _ = select.select([self._fd], [], [], seconds)
            data = os.read(self._fd, 4096) if ready else b""
        except OSError:  # the terminal went away
            data = b""
            ready = [self._fd]
        if ready and not data:  # end of input: nobody is there to press Enter now
            self._fd = None
        return data.count(b"\n")


def keys_from(stdin: TextIO | None, sleep: Callable[[float], None]) -> Keys:
    """Enter on stdin when it is a terminal; otherwise (a pipe, /dev/null, closed) none."""
    try:
        if stdin is not None and stdin.isatty():
            return TerminalKeys(stdin.fileno(), sleep)
    except (OSError, ValueError):  # closed or detached
        pass
    return NoKeys(sleep)


def stop_on_signals() -> Callable[[], bool]:
    """Ctrl+C, SIGTERM and SIGHUP (the terminal closed) ask the session to end; the loop
    ends it at its next tick. A flag, not an exception, so nothing can interrupt the
    record being written."""
    received: list[int] = []
    for ending in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(ending, lambda signum, frame: received.append(signum))
    return lambda: bool(received)


def quiet_stdout(error: OSError) -> None:
    """The log cannot be written any more: send what is left to /dev/null so leaving is
    quiet too, and say why on stderr unless the reader simply went away."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    if error.errno not in (errno.EPIPE, errno.EIO):
        with contextlib.suppress(OSError, ValueError):
            reason = error.strerror or "cannot be written"
            print(f"postrun: the log stopped ({reason}); the session is kept", file=sys.stderr)


def line_for(event: Event, plan: Plan, interactive: bool = False) -> str | None:
    text: str | None = None
    if isinstance(event, SessionStarted):
        text = f"Start: {plan.routine.title}, {plan.minutes} min"
        if interactive:
            text += ". Enter pauses and resumes"
    elif isinstance(event, PhaseStarted):
        text = f"Phase {event.index + 1} of {plan.phase_count}: {event.title}. {event.intent}"
    elif isinstance(event, StepStarted) and event.step.kind != "switch":
        text = step_line(event.step)
    elif isinstance(event, SwitchSides):
        text = switch_to(event.side)
    elif isinstance(event, Halfway):
        text = "Halfway"
    elif isinstance(event, Paused):
        text = "Paused: the session was away" if event.reason == "gap" else "Paused"
        text += (
            ". Press Enter to resume"
            if interactive
            else "; carrying on by itself after the lead-in"
        )
    elif isinstance(event, Resumed):
        text = f"Resuming in {whole_seconds(event.lead_in)} s" if event.lead_in else "Resumed"
    elif isinstance(event, Skipped):
        text = "Skipped"
    elif isinstance(event, TimeAdded):
        text = f"{event.seconds:+.0f} s"
    elif isinstance(event, SessionFinished):
        text = session_end(event.completed)
    if text is None:
        return None
    return f"[{clock(event.at, width=2)}] {text}"


def advice_for(event: Event, plan: Plan, cautions: dict[int, tuple[str, ...]]) -> list[str]:
    """The lines under an event's: the credit under the start, and under a move's getting
    into position its steps and cautions, indented past the time."""
    if isinstance(event, SessionStarted):
        under = under_a_minute_line(plan)
        return [f"{INDENT}{text}" for text in (credit(plan.routine), under) if text]
    if not isinstance(event, StepStarted) or event.step.kind != "prepare":
        return []
    lines = []
    step = event.step
    if step.round == 1:
        found = [e for e in plan.routine.exercises() if e.id == step.exercise_id]
        lines += [f"{INDENT}• {text}" for e in found for text in e.steps]
        named = {step.name, f"{step.name} ({(step.position or '').lower()})"}
        short = [h for h in plan.under_a_minute if h.move in named]
        lines += [f"{INDENT}{held_under_a_minute(h)}" for h in short]
    return lines + [f"{INDENT}{caution_line(text)}" for text in cautions.get(event.index, ())]


class _OutputGone(Exception):
    """The log could not be written: the reader went away, the terminal closed, a full disk."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


def _exit_code(error: OSError) -> int:
    return INTERRUPTED if error.errno in (errno.EPIPE, errno.EIO) else OUTPUT_FAILED


def run_plain(
    plan: Plan,
    clock: Clock,
    keys: Keys,
    out: TextIO,
    sound: SoundBoard,
    record: Callable[[Summary], str],  # saves the session; returns a line to print
    *,
    stopped: Callable[[], bool] = lambda: False,  # a signal asked to end it
    lead_in: float = 3.0,
    gap_seconds: float = 5.0,
    speed: float = 1.0,
    on_output_gone: Callable[[OSError], None] = lambda error: None,
    earlier: Earlier | None = None,  # the stopped session this one resumes
) -> int:
    """Run a session to its end, record it, and return the exit code."""
    session = Session(plan, clock, lead_in=lead_in, gap_seconds=gap_seconds, earlier=earlier)
    cautions = cautions_at(plan)

    def write(line: str) -> None:
        try:
            print(line, file=out, flush=True)
        except OSError as error:
            raise _OutputGone(error) from None

    def flush() -> None:
        events = session.drain()
        sound.hear(events, clock())
        for event in events:
            if line := line_for(event, plan, keys.interactive):
                write(line)
                for more in advice_for(event, plan, cautions):
                    write(more)

    code, gone = 0, False
    sound.start_voice(plan)
    try:
        session.command(Command.START)
        while not session.finished:
            if stopped():
                code = INTERRUPTED
                break
            snap = session.tick()
            flush()
            if snap.status is Status.PAUSED and not keys.interactive:
                session.command(Command.RESUME)  # nobody to press Enter: carry on
                flush()
            for _ in range(keys.wait(min(TICK_SECONDS, snap.next_due / speed + 0.001))):
                session.command(Command.TOGGLE)
        session.command(Command.FINISH)  # ignored when it ran to its end
        flush()
    except _OutputGone as broken:
        code, gone = _exit_code(broken.error), True
        on_output_gone(broken.error)
    finally:  # a crash too: the session is recorded before the error goes on
        session.command(Command.FINISH)
        sound.player.close()
        note = record(session.summary())
    if note and not gone:
        try:
            write(note)
        except _OutputGone as broken:
            code = code or _exit_code(broken.error)
            on_output_gone(broken.error)
    return code
