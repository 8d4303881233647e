"""Spoken cues: the plan's script rendered by the system's text-to-speech.

Rendering runs espeak-ng (Linux) or `say` (macOS), whichever is found first, into WAV
files cached under the words. The whole script is rendered in a background thread when
the session starts; a phrase not ready in time is skipped, never spoken late. What is
said when is `script`'s business.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from zlib import crc32

from postrun.plan import Plan
from postrun.session import Event
from postrun.sound.players import Sound, read_wav
from postrun.sound.script import all_lines, line_for, script

# Each engine's command line to render words into a WAV file (the file name goes last).
ENGINES = (
    ("espeak-ng", ("-v", "en", "-s", "160", "-w")),
    ("say", ("--file-format=WAVE", "--data-format=LEI16@22050", "-o")),
)
WORDS_IN_NAME = 60  # characters of a phrase's words in its file's name


def find_tts(which: Callable[[str], str | None] = shutil.which) -> list[str] | None:
    """The command line of the first engine installed, or None."""
    for name, options in ENGINES:
        if which(name):
            return [name, *options]
    return None


@dataclass
class Renderer:
    """Words -> WAV, cached on disk under the words and a CRC-32 of them and the voice
    settings. A checksum is enough beside the words, and hashlib would cost a session
    0.6 MB of peak memory (OpenSSL's digest tables)."""

    command: list[str]
    cache: Path

    def path(self, text: str) -> Path:
        words = "-".join(re.findall(r"[a-z0-9]+", text.lower()))[:WORDS_IN_NAME]
        check = crc32("\0".join([*self.command, text]).encode())
        return self.cache / f"{words}-{check:08x}.wav"

    def render(self, text: str) -> Path:
        target = self.path(text)
        if target.exists():
            return target
        self.cache.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(suffix=".wav", dir=self.cache)
        os.close(handle)
        try:
            subprocess.run([*self.command, temp, text], check=True, capture_output=True, timeout=30)
            os.replace(temp, target)  # a half-rendered file is never seen under its real name
        finally:
            if os.path.exists(temp):
                os.unlink(temp)
        return target

    def ready(self, text: str) -> Sound | None:
        target = self.path(text)
        return read_wav(target) if target.exists() else None


class SpokenCues:
    """The plan's script, rendered in the background, looked up as events arrive."""

    def __init__(self, plan: Plan, renderer: Renderer) -> None:
        self.plan = plan
        self.renderer = renderer
        self.lines = script(plan)
        self.failed: str | None = None
        self._worker = threading.Thread(target=self._render_all, daemon=True)

    def start(self) -> None:
        self._worker.start()

    def wait(self, timeout: float | None = None) -> None:
        self._worker.join(timeout)

    def texts(self) -> list[str]:
        return all_lines(self.plan, self.lines)

    def _render_all(self) -> None:
        try:
            for text in self.texts():
                self.renderer.render(text)
        except (OSError, subprocess.SubprocessError) as error:
            self.failed = str(error)  # the status line says the engine failed; doctor says how

    def sound_for(self, events: list[Event]) -> Sound | None:
        """The rendered phrase for these events, or None (nothing to say, or not ready)."""
        text = line_for(events, self.plan, self.lines)
        return self.renderer.ready(text) if text else None
