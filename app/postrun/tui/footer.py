"""A footer that keeps its labels readable on a narrow terminal.

A screen names, in `FOOTER_ROOM`, the width below which a key leaves the footer (it
still works, and help lists it); below `COMPACT_BELOW` the keys sit closer and below
`PALETTE_BELOW` the palette's key goes. What is left is never cut mid-label.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.events import Resize
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # not re-exported; its `action` is public

COMPACT_BELOW = 0  # compact runs keys and labels together: drop keys instead
PALETTE_BELOW = 110


class FittingFooter(Footer):
    def __init__(self) -> None:
        super().__init__()
        self._width = 0

    def _room(self) -> dict[str, int]:
        room: dict[str, int] = getattr(self.screen, "FOOTER_ROOM", {})
        return room

    def _dropped(self, width: int) -> frozenset[str]:
        return frozenset(action for action, least in self._room().items() if width < least)

    def compose(self) -> Iterable[Widget]:
        dropped = self._dropped(self._width)
        children: Any = super().compose()
        for child in children:
            if isinstance(child, FooterKey) and child.action in dropped:
                child.display = False
            yield child

    def on_resize(self, event: Resize) -> None:
        before, self._width = self._width, event.size.width
        width = self._width
        self.compact = width < COMPACT_BELOW
        palette = width >= PALETTE_BELOW
        if palette != self.show_command_palette or self._dropped(before) != self._dropped(width):
            self.show_command_palette = palette
            self.call_after_refresh(self.recompose)
