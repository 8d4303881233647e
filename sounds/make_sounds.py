"""Synthesise postrun's cue sounds: `python sounds/make_sounds.py`.

Deterministic (same bytes every run), standard library only, no downloaded audio.
44.1 kHz, 16-bit mono, each under 0.8 s, peak-normalised, faded in and out so nothing
clicks. Soft cues (rep tick, halfway) are normalised to a lower peak on purpose.
"""

from __future__ import annotations

import math
import wave
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path

RATE = 44_100
FADE_IN, FADE_OUT = 0.005, 0.03
Note = tuple[float, float, float]  # frequency (Hz), start (s), length (s)


def tone(
    notes: Sequence[Note],
    length: float,
    partials: Sequence[float] = (1.0,),
    decay: float = 6.0,
    detune: Callable[[int], float] = lambda k: float(k),
) -> list[float]:
    samples = [0.0] * int(RATE * length)
    for frequency, start, note_length in notes:
        first = int(RATE * start)
        for i in range(int(RATE * note_length)):
            t = i / RATE
            envelope = math.exp(-decay * t)
            value = sum(
                math.sin(2 * math.pi * frequency * detune(k) * t) / k**1.5
                for k, _ in enumerate(partials, start=1)
            )
            if first + i < len(samples):
                samples[first + i] += envelope * value
    return samples


def finish(samples: list[float], peak: float) -> array:
    n = len(samples)
    for i in range(n):
        fade = min(1.0, i / (RATE * FADE_IN), (n - 1 - i) / (RATE * FADE_OUT))
        samples[i] *= max(0.0, fade)
    loudest = max(abs(s) for s in samples) or 1.0
    return array("h", (round(s / loudest * peak * 32767) for s in samples))


def bell_partials(k: int) -> float:
    return (1.0, 2.76, 5.4, 8.9)[k - 1]  # inharmonic, like a small bell


SOUNDS: dict[str, Callable[[], array]] = {
    "countdown": lambda: finish(tone([(880, 0, 0.12)], 0.12, decay=12), 0.8),
    "go": lambda: finish(tone([(988, 0, 0.3)], 0.3, partials=(1, 1), decay=8), 0.9),
    "switch": lambda: finish(tone([(659, 0, 0.25), (880, 0.22, 0.33)], 0.55, (1, 1, 1), 7), 0.9),
    "next_move": lambda: finish(tone([(523, 0, 0.18), (784, 0.15, 0.25)], 0.4, (1, 1), 8), 0.9),
    "phase": lambda: finish(
        tone([(440, 0, 0.75)], 0.75, (1, 1, 1, 1), decay=4, detune=bell_partials), 0.9
    ),
    "rep": lambda: finish(tone([(1760, 0, 0.04)], 0.04, decay=40), 0.35),
    "halfway": lambda: finish(tone([(587, 0, 0.2)], 0.2, decay=10), 0.4),
    "complete": lambda: finish(
        tone(
            [(523, 0, 0.3), (659, 0.12, 0.3), (784, 0.24, 0.3), (1047, 0.36, 0.39)],
            0.75,
            (1, 1),
            decay=5,
        ),
        0.9,
    ),
}


def write(path: Path, samples: array) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())


def main() -> None:
    here = Path(__file__).parent
    for name, make in SOUNDS.items():
        write(here / f"{name}.wav", make())


if __name__ == "__main__":
    main()
