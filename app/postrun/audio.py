"""Players: how a cue reaches the user's ears. Chosen once at start.

Every player returns from `play` at once and never raises: a failed sound is a notice
in the status line, not a crash.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import wave
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from postrun import paths
from postrun.cues import Cue, CueArbiter, strongest
from postrun.events import Event

# The bell is one sound for everything, so it rings only where it matters most.
BELL_CUES = frozenset({Cue.GO, Cue.SWITCH, Cue.NEXT_MOVE, Cue.PHASE, Cue.COMPLETE})


class Player(Protocol):
    name: str
    notice: str | None  # set when the player had to fall back mid-session

    def play(self, cue: Cue) -> None: ...

    def duration(self, cue: Cue) -> float: ...

    def close(self) -> None: ...


class SilentPlayer:
    name = "off"
    notice: str | None = None

    def play(self, cue: Cue) -> None:
        pass

    def duration(self, cue: Cue) -> float:
        return 0.0

    def close(self) -> None:
        pass


class BellPlayer:
    """Rings the terminal bell, through the app when one is running."""

    name = "bell"
    notice: str | None = None

    def __init__(self, ring: Callable[[], None]) -> None:
        self._ring = ring

    def play(self, cue: Cue) -> None:
        if cue in BELL_CUES:
            self._ring()

    def duration(self, cue: Cue) -> float:
        return 0.0

    def close(self) -> None:
        pass


class SimpleaudioPlayer:
    """Plays the bundled WAV cues through simpleaudio (the `sound` extra).

    A newer cue stops the one still sounding, so two never overlap. If playback fails
    mid-session it hands over to the fallback player and says so once.
    """

    name = "simpleaudio"

    def __init__(self, sounds: Path, fallback: Player) -> None:
        import simpleaudio  # imported here: the extra is optional

        self._simpleaudio: Any = simpleaudio
        self._fallback = fallback
        self._failed = False
        self.notice: str | None = None
        self._waves = {cue: _read_wav(sounds / f"{cue.value}.wav") for cue in Cue}
        self._playing: Any = None
        # Opening the device now means a machine without one falls back before the session.
        self._simpleaudio.play_buffer(b"\0\0" * 441, 1, 2, 44_100).wait_done()

    def play(self, cue: Cue) -> None:
        if self._failed:
            self._fallback.play(cue)
            return
        frames, channels, width, rate = self._waves[cue]
        try:
            if self._playing is not None:
                self._playing.stop()
            self._playing = self._simpleaudio.play_buffer(frames, channels, width, rate)
        except Exception as error:  # any playback failure: fall back, never crash
            self._failed = True
            self.name = self._fallback.name
            self.notice = f"sound failed ({error}); using the {self._fallback.name}"
            self._fallback.play(cue)

    def duration(self, cue: Cue) -> float:
        frames, channels, width, rate = self._waves[cue]
        return len(frames) / (channels * width * rate)

    def wait(self) -> None:
        """Block until the current cue has played (for tests and the plain log's end)."""
        if self._playing is not None:
            self._playing.wait_done()

    def close(self) -> None:
        if self._playing is not None:
            self._playing.stop()


def _read_wav(path: Path) -> tuple[bytes, int, int, int]:
    with wave.open(str(path), "rb") as source:
        frames = source.readframes(source.getnframes())
        return frames, source.getnchannels(), source.getsampwidth(), source.getframerate()


def make_player(
    choice: str, ring: Callable[[], None], sounds: Path | None = None
) -> tuple[Player, str | None]:
    """The player for `--sound auto|simpleaudio|bell|off`, and a notice if it fell back."""
    if choice == "off":
        return SilentPlayer(), None
    bell = BellPlayer(ring)
    if choice == "bell":
        return bell, None
    try:
        with alsa_errors_silenced():
            return SimpleaudioPlayer(sounds or paths.bundled_sounds_dir(), bell), None
    except ImportError:
        reason = "simpleaudio is not installed"
    except Exception as error:  # no device, no ALSA, a broken driver
        reason = f"no sound device ({error})"
    return bell, f"{reason}; using the bell"


_ALSA_HANDLER = ctypes.CFUNCTYPE(
    None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p
)
_quiet_handler = _ALSA_HANDLER(lambda *_: None)  # kept alive for as long as ALSA may call it


@contextmanager
def alsa_errors_silenced() -> Iterator[None]:
    """ALSA prints its errors straight onto the terminal, garbling a running TUI."""
    name = ctypes.util.find_library("asound")
    library = None
    if name:
        try:
            library = ctypes.cdll.LoadLibrary(name)
            library.snd_lib_error_set_handler(_quiet_handler)
        except (OSError, AttributeError):
            library = None
    try:
        yield
    finally:
        if library is not None:
            library.snd_lib_error_set_handler(None)


class SoundBoard:
    """The player in use, whether it is muted, and what the status line says about it."""

    def __init__(self, player: Player, notice: str | None = None) -> None:
        self.player = player
        self.notice = notice
        self.muted = False
        self._arbiter = CueArbiter({cue: player.duration(cue) for cue in Cue})

    def hear(self, events: list[Event], now: float) -> Cue | None:
        """Play the one cue these events call for, unless a weightier one is sounding."""
        cue = strongest(events)
        if cue is None or self.muted or not self._arbiter.offer(cue, now):
            return None
        self.player.play(cue)
        return cue

    def play(self, cue: Cue) -> None:
        if not self.muted:
            self.player.play(cue)

    def toggle_mute(self) -> None:
        self.muted = not self.muted

    def status(self) -> str:
        self.notice = self.player.notice or self.notice
        if self.player.name == "off":
            text = "sound off"
        elif self.muted:
            text = f"muted ({self.player.name})"
        else:
            text = f"sound: {self.player.name}"
        return f"{text} - {self.notice}" if self.notice else text
