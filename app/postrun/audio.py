"""Players: how a cue reaches the user's ears. Chosen once at start.

Every player returns from `play` at once and never raises: a failed sound is a notice
in the status line, not a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from postrun.cues import Cue

# The bell is one sound for everything, so it rings only where it matters most.
BELL_CUES = frozenset({Cue.GO, Cue.SWITCH, Cue.NEXT_MOVE, Cue.PHASE, Cue.COMPLETE})


class Player(Protocol):
    name: str

    def play(self, cue: Cue) -> None: ...

    def close(self) -> None: ...


class SilentPlayer:
    name = "off"

    def play(self, cue: Cue) -> None:
        pass

    def close(self) -> None:
        pass


class BellPlayer:
    """Rings the terminal bell, through the app when one is running."""

    name = "bell"

    def __init__(self, ring: Callable[[], None]) -> None:
        self._ring = ring

    def play(self, cue: Cue) -> None:
        if cue in BELL_CUES:
            self._ring()

    def close(self) -> None:
        pass


def make_player(choice: str, ring: Callable[[], None]) -> tuple[Player, str | None]:
    """The player for `--sound auto|simpleaudio|bell|off`, and a notice if it fell back."""
    if choice == "off":
        return SilentPlayer(), None
    return BellPlayer(ring), None


class SoundBoard:
    """The player in use, whether it is muted, and what the status line says about it."""

    def __init__(self, player: Player, notice: str | None = None) -> None:
        self.player = player
        self.notice = notice
        self.muted = False

    def play(self, cue: Cue) -> None:
        if not self.muted:
            self.player.play(cue)

    def toggle_mute(self) -> None:
        self.muted = not self.muted

    def status(self) -> str:
        if self.player.name == "off":
            text = "sound off"
        elif self.muted:
            text = f"muted ({self.player.name})"
        else:
            text = f"sound: {self.player.name}"
        return f"{text} - {self.notice}" if self.notice else text
