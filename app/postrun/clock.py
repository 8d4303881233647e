"""The session's clock: seconds from any origin, and a preview's faster one.

Apart from the session, so that a screen can be given its clock before anything of
the session is loaded.
"""

from __future__ import annotations

from collections.abc import Callable

Clock = Callable[[], float]


def scaled(clock: Clock, speed: float) -> Clock:
    """A clock that runs `speed` times as fast as `clock`, from now on (to preview)."""
    origin = clock()
    return lambda: origin + (clock() - origin) * speed
