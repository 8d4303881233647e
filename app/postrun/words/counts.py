"""Counts and times, said one way everywhere."""

from __future__ import annotations

from postrun.models import regular_plural

# ---- counts and time ---------------------------------------------------------------------


def plural(count: int, noun: str, many: str | None = None) -> str:
    """'1 day', '3 days'; `many` for a plural the English rule does not make."""
    return f"{count} {noun if count == 1 else (many or regular_plural(noun))}"


def clock(seconds: float, *, width: int = 1) -> str:
    """m:ss, the way the whole app writes a duration; `width` pads the minutes."""
    whole = int(seconds)
    return f"{whole // 60:0{width}d}:{whole % 60:02d}"


def whole_seconds(seconds: float) -> int:
    """Seconds as a countdown shows them: 4.2 s left reads as 5, reaching 0 only at the end."""
    return int(seconds + 0.999)


def countdown(seconds: float) -> str:
    return clock(whole_seconds(seconds))


def days(count: int) -> str:
    return plural(count, "day")
