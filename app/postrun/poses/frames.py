"""Which key frame to show: a rep's time is shared evenly between its frames.

Two frames (cat, cow) give the first half of each rep to the first and the second half
to the second; a moving hold (arm circles) loops the same way over a period of its own.
"""

from __future__ import annotations

import math


def frame_for(fraction: float, count: int) -> int:
    """The frame for a point in a rep, `fraction` from 0 (its start) to 1 (its end)."""
    if count < 1:
        raise ValueError("a figure has at least one frame")
    if not math.isfinite(fraction):
        return 0
    return min(max(int(fraction * count), 0), count - 1)


def frame_at(seconds: float, period: float, count: int) -> int:
    """The frame `seconds` into a movement that repeats every `period` seconds."""
    if period <= 0 or not math.isfinite(seconds):
        return 0
    return frame_for((seconds % period) / period, count)
