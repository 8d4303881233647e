"""Session statuses, the user's commands, and the hand-written table between them.

No state-machine library: they run timeouts on real threads, which fights an injected
clock. Every status x command pair is written out; None means "ignored there".
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class Command(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    TOGGLE = "toggle"
    NEXT = "next"
    NEXT_EXERCISE = "next_exercise"
    BACK = "back"
    ADD_TIME = "add_time"
    REP_DONE = "rep_done"
    FINISH = "finish"


_R, _P, _F = Status.RUNNING, Status.PAUSED, Status.FINISHED
_IGNORED = None
# Every status x command pair, written out: None means the command is ignored there.
TRANSITIONS: dict[Status, dict[Command, Status | None]] = {
    Status.READY: {
        Command.START: _R, Command.PAUSE: _IGNORED, Command.RESUME: _IGNORED,
        Command.TOGGLE: _R, Command.NEXT: _IGNORED, Command.NEXT_EXERCISE: _IGNORED,
        Command.BACK: _IGNORED, Command.ADD_TIME: _IGNORED, Command.REP_DONE: _IGNORED,
        Command.FINISH: _F,
    },
    Status.RUNNING: {
        Command.START: _IGNORED, Command.PAUSE: _P, Command.RESUME: _IGNORED,
        Command.TOGGLE: _P, Command.NEXT: _R, Command.NEXT_EXERCISE: _R,
        Command.BACK: _R, Command.ADD_TIME: _R, Command.REP_DONE: _R,
        Command.FINISH: _F,
    },
    Status.PAUSED: {
        Command.START: _IGNORED, Command.PAUSE: _IGNORED, Command.RESUME: _R,
        Command.TOGGLE: _R, Command.NEXT: _P, Command.NEXT_EXERCISE: _P,
        Command.BACK: _P, Command.ADD_TIME: _P, Command.REP_DONE: _IGNORED,
        Command.FINISH: _F,
    },
    Status.FINISHED: {command: _IGNORED for command in Command},
}  # fmt: skip
