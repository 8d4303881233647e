"""Players: how a cue reaches the user's ears, and the sounds they play.

Every player returns from `play` at once and never raises: a failed sound is a notice
in the status line, not a crash. Here: the protocol, the silent and bell players and
simpleaudio; `system_player` runs the system's own player, `chain` chooses one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from postrun import words
from postrun.sound.cues import Cue

# The bell is one sound for everything, so it rings only where it matters most.
BELL_CUES = frozenset({Cue.GO, Cue.SWITCH, Cue.NEXT_MOVE, Cue.PHASE, Cue.COMPLETE})


class Sound(NamedTuple):
    """Raw PCM, as simpleaudio and WAV files carry it, and the file it came from."""

    frames: bytes
    channels: int
    width: int  # bytes a sample
    rate: int
    path: Path | None = None  # a system player plays the file, not the frames

    @property
    def seconds(self) -> float:
        return len(self.frames) / (self.channels * self.width * self.rate)


def read_wav(path: Path) -> Sound:
    import wave  # read when a sound is first needed, after the first frame

    with wave.open(str(path), "rb") as source:
        frames = source.readframes(source.getnframes())
        channels, width, rate = source.getnchannels(), source.getsampwidth(), source.getframerate()
    return Sound(frames, channels, width, rate, path)


def wav_seconds(path: Path) -> float:
    """How long a WAV file plays, from its header alone (a system player plays the file)."""
    import wave

    with wave.open(str(path), "rb") as source:
        return source.getnframes() / source.getframerate()


class Player(Protocol):
    name: str
    notice: str | None  # set when the player had to fall back mid-session
    speaks: bool  # can play rendered speech

    def play(self, cue: Cue) -> None: ...

    def play_sound(self, sound: Sound) -> None: ...

    def duration(self, cue: Cue) -> float: ...

    def close(self) -> None: ...


class SilentPlayer:
    name = "off"
    notice: str | None = None
    speaks = False

    def play(self, cue: Cue) -> None:
        pass

    def play_sound(self, sound: Sound) -> None:
        pass

    def duration(self, cue: Cue) -> float:
        return 0.0

    def close(self) -> None:
        pass


class BellPlayer(SilentPlayer):
    """Rings the terminal bell, through the app when one is running."""

    name = "bell"

    def __init__(self, ring: Callable[[], None]) -> None:
        self._ring = ring

    def play(self, cue: Cue) -> None:
        if cue in BELL_CUES:
            self._ring()


class SimpleaudioPlayer:
    """Plays the bundled WAV cues through simpleaudio (the `sound` extra).

    A newer cue stops the one still sounding, so two never overlap. If playback fails
    mid-session it hands over to the fallback player and says so once.
    """

    name = "simpleaudio"
    speaks = True

    def __init__(self, sounds: Path, fallback: Player) -> None:
        import simpleaudio  # imported here: the extra is optional

        self._simpleaudio: Any = simpleaudio
        self._fallback = fallback
        self._failed = False
        self.notice: str | None = None
        self._waves = {cue: read_wav(sounds / f"{cue.value}.wav") for cue in Cue}
        self._playing: Any = None
        # Opening the device now means a machine without one falls back before the session.
        self._simpleaudio.play_buffer(b"\0\0" * 441, 1, 2, 44_100).wait_done()

    def play(self, cue: Cue) -> None:
        if self._failed or not self._start(self._waves[cue]):
            self._fallback.play(cue)

    def play_sound(self, sound: Sound) -> None:
        if not self._failed:
            self._start(sound)

    def _start(self, sound: Sound) -> bool:
        try:
            if self._playing is not None:
                self._playing.stop()
            self._playing = self._simpleaudio.play_buffer(
                sound.frames, sound.channels, sound.width, sound.rate
            )
        except Exception:  # any playback failure: fall back, never crash
            self._failed = True
            self.speaks = False
            self.notice = words.stopped_working(self.name)
            self.name = self._fallback.name
            return False
        return True

    def duration(self, cue: Cue) -> float:
        return self._waves[cue].seconds

    def wait(self) -> None:
        """Block until the current cue has played (for tests and the plain log's end)."""
        if self._playing is not None:
            self._playing.wait_done()

    def close(self) -> None:
        """Let the last cue or phrase finish (it is short), so "well done" is heard."""
        self.wait()
