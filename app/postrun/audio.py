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
from postrun.events import Countdown, Event
from postrun.plan import Plan
from postrun.voice import Renderer, Sound, SpokenCues, find_tts

# The bell is one sound for everything, so it rings only where it matters most.
BELL_CUES = frozenset({Cue.GO, Cue.SWITCH, Cue.NEXT_MOVE, Cue.PHASE, Cue.COMPLETE})


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
        self._waves = {cue: _read_wav(sounds / f"{cue.value}.wav") for cue in Cue}
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
        frames, channels, width, rate = sound
        try:
            if self._playing is not None:
                self._playing.stop()
            self._playing = self._simpleaudio.play_buffer(frames, channels, width, rate)
        except Exception as error:  # any playback failure: fall back, never crash
            self._failed = True
            self.speaks = False
            self.name = self._fallback.name
            self.notice = f"sound failed ({error}); using the {self._fallback.name}"
            return False
        return True

    def duration(self, cue: Cue) -> float:
        return _seconds(self._waves[cue])

    def wait(self) -> None:
        """Block until the current cue has played (for tests and the plain log's end)."""
        if self._playing is not None:
            self._playing.wait_done()

    def close(self) -> None:
        """Let the last cue or phrase finish (it is short), so "well done" is heard."""
        self.wait()


def _seconds(sound: Sound) -> float:
    frames, channels, width, rate = sound
    return len(frames) / (channels * width * rate)


def _read_wav(path: Path) -> Sound:
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
    """The player in use, the voice, whether it is muted, and what the status line says."""

    def __init__(self, player: Player, notice: str | None = None, *, voice: bool = False) -> None:
        self.player = player
        self.notice = notice
        self.muted = False
        self.want_voice = voice
        self.voice: SpokenCues | None = None
        self.voice_notice: str | None = None
        self._arbiter = CueArbiter({cue: player.duration(cue) for cue in Cue})
        self._counting_until = 0.0

    def start_voice(self, plan: Plan, renderer: Renderer | None = None) -> None:
        """Render this plan's phrases in the background, if a voice is wanted and possible."""
        if not self.want_voice:
            return
        if not self.player.speaks:
            self.voice_notice = "voice needs simpleaudio"
            return
        if renderer is None:
            command = find_tts()
            if command is None:
                self.voice_notice = "voice off: no espeak-ng or say found"
                return
            renderer = Renderer(command, paths.cache_dir() / "voice")
        self.voice = SpokenCues(plan, renderer)
        self.voice.start()

    def hear(self, events: list[Event], now: float) -> Cue | None:
        """Play the one cue these events call for, spoken when its phrase is ready,
        unless a weightier one is still sounding."""
        cue = strongest(events)
        if cue is None or self.muted:
            return None
        if cue is Cue.COUNTDOWN and now < self._counting_until:
            return None  # "three, two, one" is being spoken: no pips over it
        speech = self.voice.sound_for(events) if self.voice and self.player.speaks else None
        seconds = _seconds(speech) if speech else None
        if not self._arbiter.offer(cue, now, seconds):
            return None
        if speech is not None and seconds is not None:
            self.player.play_sound(speech)
            if any(isinstance(e, Countdown) for e in events):
                self._counting_until = now + seconds
        else:
            self.player.play(cue)
        return cue

    def toggle_mute(self) -> None:
        self.muted = not self.muted

    def status(self) -> str:
        notice = self.player.notice or self.notice  # a mid-session fallback says so
        if self.player.name == "off":
            text = "sound off"
        elif self.muted:
            text = f"muted ({self.player.name})"
        else:
            text = f"sound: {self.player.name}"
        if self.voice is not None:
            text += f", voice: {self.voice.failed or self.voice.renderer.command[0]}"
        elif self.voice_notice:
            text += f", {self.voice_notice}"
        return f"{text} - {notice}" if notice else text
