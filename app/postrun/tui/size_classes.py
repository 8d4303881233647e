"""A screen's breakpoint classes (`-narrow`, `-tall`...) for a size, as Textual gives them.

Textual sets them on a screen's first Resize, which comes after its first frame: that
frame is drawn in no size's layout, then styled and drawn again (about 27 ms of Home's
start). A screen that sets them as it composes is styled once and right the first time.
"""

from __future__ import annotations

from typing import Any

from textual.geometry import Size
from textual.screen import Screen


def size_classes(screen: Screen[Any], size: Size) -> dict[str, bool]:
    """Each of the screen's breakpoint classes, and whether a screen this size has it."""
    app = screen.app
    across = screen.HORIZONTAL_BREAKPOINTS
    down = screen.VERTICAL_BREAKPOINTS
    classes: dict[str, bool] = {}
    for breakpoints, length in (
        (app.HORIZONTAL_BREAKPOINTS if across is None else across, size.width),
        (app.VERTICAL_BREAKPOINTS if down is None else down, size.height),
    ):
        reached = [(least, name) for least, name in breakpoints or [] if length >= least]
        chosen = max(reached)[1] if reached else None
        classes |= {name: name == chosen for _, name in breakpoints or []}
    return classes
