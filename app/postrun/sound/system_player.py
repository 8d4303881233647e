"""The system's own player, one process per cue: pw-play, paplay or aplay; afplay on macOS.

What plays when simpleaudio is not installed or cannot open a device. Cues and spoken
phrases are WAV files on disk, so each is one process, run without a shell. A newer cue
stops the older process first (terminate, then reap), so two never overlap; a thread
reaps each process that ends on its own, and `close` stops and reaps the last one, so
nothing is left behind as a zombie or an orphan.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from postrun import words
from postrun.sound.cues import Cue
from postrun.sound.players import Player, Sound, wav_seconds

PROBE_TIMEOUT = 2.0  # a player that cannot play 10 ms of silence in this long is no use
CUT_TIMEOUT = 0.2  # a terminated player has this long to go before it is killed
CLOSE_GRACE = 0.5  # beyond a sound's own length, for the process to start and drain


def commands_for(platform: str = sys.platform) -> tuple[tuple[str, ...], ...]:
    """The command lines to try, best first: the sound server's own player, then ALSA's."""
    if platform == "darwin":
        return (("afplay",),)
    if platform == "win32":
        return ()
    return (("pw-play",), ("paplay",), ("aplay", "-q"))


def probe(command: Sequence[str], timeout: float = PROBE_TIMEOUT) -> str | None:
    """Play 10 ms of silence: None when the player played it, else what went wrong."""
    with tempfile.TemporaryDirectory(prefix="postrun-") as folder:
        silence = Path(folder) / "silence.wav"
        with wave.open(str(silence), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(44_100)
            out.writeframes(b"\0\0" * 441)
        try:
            result = subprocess.run(
                [*command, str(silence)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return f"no answer within {timeout:g} s"
        except OSError as error:
            return error.strerror or str(error)
    if result.returncode == 0:
        return None
    said = result.stderr.decode(errors="replace").strip().splitlines()
    return said[-1][:160] if said else f"exit status {result.returncode}"


class Process(Protocol):
    """What the player needs of a running process (`subprocess.Popen`, or a test's fake)."""

    @property
    def returncode(self) -> int | None: ...

    def wait(self, timeout: float | None = None) -> int: ...

    def terminate(self) -> None: ...

    def kill(self) -> None: ...


def spawn(args: list[str]) -> Process:
    # Output goes nowhere: a player's chatter would garble the screen.
    return subprocess.Popen(
        args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


class SystemPlayer:
    """Plays each cue or phrase file with `command` (say `["/usr/bin/aplay", "-q"]`).

    If the player exits with an error on its own (the device or server went away), it
    hands over to the fallback and says so once.
    """

    speaks = True

    def __init__(
        self,
        command: Sequence[str],
        sounds: Path,
        fallback: Player,
        *,
        spawn: Callable[[list[str]], Process] = spawn,
        clock: Callable[[], float] = time.monotonic,
        grace: float = CLOSE_GRACE,
    ) -> None:
        self.command = list(command)
        self.name = Path(command[0]).name
        self.notice: str | None = None
        self._fallback = fallback
        self._cues = {cue: sounds / f"{cue.value}.wav" for cue in Cue}
        self._seconds = {cue: wav_seconds(path) for cue, path in self._cues.items()}
        self._spawn, self._clock, self._grace = spawn, clock, grace
        self._process: Process | None = None
        self._ends = 0.0
        self._failed = False

    def play(self, cue: Cue) -> None:
        if self._failed or not self._start(self._cues[cue], self._seconds[cue]):
            self._fallback.play(cue)

    def play_sound(self, sound: Sound) -> None:
        if not self._failed and sound.path is not None:
            self._start(sound.path, sound.seconds)

    def duration(self, cue: Cue) -> float:
        return self._seconds[cue]

    def wait(self) -> None:
        """Block until the current cue has played, or should have (for tests and `close`)."""
        process = self._process
        if process is not None and process.returncode is None:
            left = max(0.0, self._ends - self._clock()) + self._grace
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=left)

    def close(self) -> None:
        """Let the last cue or phrase finish (it is short, and may be "well done"), then
        stop it and reap it."""
        self.wait()
        self._cut()

    def _start(self, path: Path, seconds: float) -> bool:
        if self._ended_badly():
            return self._fail()
        self._cut()
        try:
            process = self._spawn([*self.command, str(path)])
        except OSError:  # the program was removed, or cannot run any more
            return self._fail()
        # Reaps it the moment it ends on its own; `wait` is safe from two threads.
        threading.Thread(target=process.wait, daemon=True).start()
        self._process, self._ends = process, self._clock() + seconds
        return True

    def _ended_badly(self) -> bool:
        code = self._process.returncode if self._process is not None else None
        return code is not None and code > 0  # killed by a signal (ours, Ctrl-C) is no failure

    def _cut(self) -> None:
        """Stop the process still sounding, and reap it."""
        process, self._process = self._process, None
        if process is None or process.returncode is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=CUT_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=CUT_TIMEOUT)

    def _fail(self) -> bool:
        self._cut()
        self._failed = True
        self.speaks = False
        self.notice = words.stopped_working(self.name)
        self.name = self._fallback.name
        return False
