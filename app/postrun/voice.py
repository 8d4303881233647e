"""Spoken cues: what to say at each moment of a plan, rendered by the system's TTS.

The script (which words at which step) is pure. Rendering runs espeak-ng (Linux) or
`say` (macOS), whichever is found first, into WAV files cached by a hash of the words
and the voice settings. The whole script is rendered in a background thread when the
session starts; a phrase not ready in time is skipped, never spoken late.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
import threading
import wave
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from postrun.events import (
    Countdown,
    Event,
    Halfway,
    SessionFinished,
    StepStarted,
)
from postrun.plan import Plan, Step

NUMBERS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]
Sound = tuple[bytes, int, int, int]  # frames, channels, sample width, rate


def number(n: int) -> str:
    return NUMBERS[n] if 0 <= n < len(NUMBERS) else str(n)


def _dose(step: Step) -> str:
    if step.kind == "reps":
        return f"{step.reps} reps"
    if step.kind == "breath":
        return f"{step.reps} breaths"
    if step.kind == "walk":
        minutes = round(step.seconds / 60)
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    return f"{step.seconds} seconds"


def script(plan: Plan) -> dict[int, str]:
    """Words to say when each step starts, by step index."""
    lines: dict[int, str] = {}
    steps = plan.steps
    for index, step in enumerate(steps):
        work = next((s for s in steps[index:] if s.is_timed_work and s.move == step.move), None)
        if step.kind == "prepare" and step.round == 1 and work is not None:
            words = [step.name]
            if work.position:
                words.append(work.position)
            words.append(_dose(work))
            if work.side != "none":
                words.append(f"{work.side} side")
            lines[index] = ", ".join(words)
        elif step.kind == "prepare":
            lines[index] = f"Round {number(step.round)}"
        elif step.kind == "switch":
            lines[index] = f"Switch to your {step.side} side"
        elif step.position and index and steps[index - 1].kind not in ("prepare", "switch"):
            lines[index] = f"{step.position}, {_dose(step)}"
        if index == 0 or steps[index - 1].phase_index != step.phase_index:
            phase = plan.routine.phases[step.phase_index]
            opening = f"Phase {number(step.phase_index + 1)}: {phase.title}"
            lines[index] = f"{opening}. {lines[index]}" if index in lines else opening
    return lines


def halfway_line(plan: Plan, index: int) -> str:
    """'Halfway', and on a move's last step, what comes next."""
    step = plan.steps[index]
    later = [s for s in plan.steps[index + 1 :] if s.is_timed_work]
    if later and later[0].move != step.move:
        return f"Halfway. Next: {later[0].name}"
    return "Halfway"


def line_for(events: Iterable[Event], plan: Plan, lines: dict[int, str]) -> str | None:
    """The one thing worth saying for a batch of events, the weightiest first."""
    said: str | None = None
    for event in events:
        if isinstance(event, SessionFinished):
            return "Session complete, well done" if event.completed else "Session ended"
        if isinstance(event, StepStarted) and said is None:
            said = lines.get(event.index)
        elif isinstance(event, Countdown) and event.remaining == 3 and said is None:
            said = "Three, two, one"
        elif isinstance(event, Halfway) and said is None:
            said = halfway_line(plan, event.index)
    return said


def find_tts() -> list[str] | None:
    """The command line that renders words to a WAV file (the file name goes last)."""
    if shutil.which("espeak-ng"):
        return ["espeak-ng", "-v", "en", "-s", "160", "-w"]
    if shutil.which("say"):
        return ["say", "--file-format=WAVE", "--data-format=LEI16@22050", "-o"]
    return None


@dataclass
class Renderer:
    """Words -> WAV, cached on disk by a hash of the words and the voice settings."""

    command: list[str]
    cache: Path

    def path(self, text: str) -> Path:
        key = hashlib.sha256("\0".join([*self.command, text]).encode()).hexdigest()[:24]
        return self.cache / f"{key}.wav"

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
        return self.ready_path(target) if target.exists() else None

    @staticmethod
    def ready_path(target: Path) -> Sound:
        with wave.open(str(target), "rb") as source:
            frames = source.readframes(source.getnframes())
            return frames, source.getnchannels(), source.getsampwidth(), source.getframerate()


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
        fixed = ["Three, two, one", "Halfway", "Session complete, well done", "Session ended"]
        nexts = {
            halfway_line(self.plan, i) for i, s in enumerate(self.plan.steps) if s.kind == "hold"
        }
        return list(dict.fromkeys([*self.lines.values(), *sorted(nexts), *fixed]))

    def _render_all(self) -> None:
        try:
            for text in self.texts():
                self.renderer.render(text)
        except (OSError, subprocess.SubprocessError) as error:
            self.failed = f"voice failed ({error})"

    def sound_for(self, events: list[Event]) -> Sound | None:
        """The rendered phrase for these events, or None (nothing to say, or not ready)."""
        text = line_for(events, self.plan, self.lines)
        return self.renderer.ready(text) if text else None
