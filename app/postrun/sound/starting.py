"""The stand-in while the real player is chosen in the background.

Opening a sound device or probing the system's players takes tens of milliseconds, and
more on some machines: the first frame never waits for it. Until the chosen player
arrives, the board holds a `StartingPlayer`: the status line says "sound: starting",
and the last cue asked for is kept, to be played on arrival if it is still fresh.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from postrun.sound.cues import Cue
from postrun.sound.players import Sound

FRESH_FOR = 1.0  # seconds a cue asked for while starting may still be played late


class StartingPlayer:
    name = "starting"
    notice: str | None = None
    speaks = False

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.waiting: tuple[float, Cue | Sound] | None = None
        self.closed = False

    def play(self, cue: Cue) -> None:
        self.waiting = (self.clock(), cue)

    def play_sound(self, sound: Sound) -> None:
        self.waiting = (self.clock(), sound)

    def duration(self, cue: Cue) -> float:
        return 0.0

    def close(self) -> None:
        self.closed = True

    def fresh(self) -> Cue | Sound | None:
        """The cue still worth playing on arrival, if any."""
        if self.waiting is None:
            return None
        at, what = self.waiting
        return what if self.clock() - at <= FRESH_FOR else None
