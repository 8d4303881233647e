"""A footer that keeps its labels readable on a narrow terminal.

A screen names, in `FOOTER_ROOM`, the width below which a key leaves the footer (it
still works, and help lists it); below `compact_below` columns the keys sit closer and
below `PALETTE_BELOW` the palette's key goes. What is left is never cut mid-label.

Textual's footer makes its keys again at every change of bindings (a focus, a screen
coming back) and of size: this one only when what it shows changes, each key made
once with its final style.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from textual.events import Resize
from textual.geometry import Region
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Footer

from postrun.tui.kept import KeptRows

COMPACT_BELOW = 0  # compact runs keys and labels together: drop keys instead
PALETTE_BELOW = 110


class Shown(NamedTuple):
    """Everything the keys are made from: the screen's bindings and the width's rules."""

    bindings: tuple[object, ...]
    dropped: frozenset[str]
    palette: bool
    compact: bool


class FittingFooter(Footer):
    DEFAULT_CSS = """
    FittingFooter.-compact {  /* closer, each label still apart from the next key */
        FooterKey .footer-key--key { padding: 0 0 0 1; }
        FooterKey .footer-key--description { padding: 0 0 0 1; }
        FooterLabel { margin: 0 1 0 0; }
    }
    """

    def __init__(self, *, compact_below: int = COMPACT_BELOW, palette: bool = True) -> None:
        super().__init__(show_command_palette=palette)
        self._compact_below = compact_below
        self._palette = palette
        self._width = 0
        self._composed_for: Shown | None = None  # what the keys on show were made from
        self._kept = KeptRows()  # its own rows: the background under the keys

    def _room(self) -> dict[str, int]:
        room: dict[str, int] = getattr(self.screen, "FOOTER_ROOM", {})
        return room

    def _dropped(self, width: int) -> frozenset[str]:
        return frozenset(action for action, least in self._room().items() if width < least)

    def _shown(self) -> Shown:
        width = self._width or self.app.size.width  # before the first resize, the screen's
        palette = self.app.COMMAND_PALETTE_BINDING
        bindings = tuple(  # sorted: a focus may reorder the same keys, not change them
            sorted(
                (key, b.action, b.description, enabled, tooltip)
                for key, (_, b, enabled, tooltip) in self.screen.active_bindings.items()
                if b.show or key == palette
            )
        )
        palette_shown = self._palette and width >= PALETTE_BELOW
        return Shown(bindings, self._dropped(width), palette_shown, width < self._compact_below)

    def compose(self) -> Iterable[Widget]:
        if not self._bindings_ready:  # Textual's footer waits for the screen's bindings
            return
        shown = self._composed_for = self._shown()
        compact = shown.compact
        self.set_reactive(Footer.show_command_palette, shown.palette)
        self.set_reactive(Footer.compact, compact)
        self.set_class(compact, "-compact", update=False)
        children: Any = super().compose()
        for child in children:
            # A key is the child with an `action`: Textual does not export its FooterKey.
            if getattr(child, "action", None) is not None:
                if child.action in shown.dropped:
                    continue
                if not child.has_class("-command-palette"):  # Textual leaves that one compact
                    child.set_reactive(type(child).compact, compact)  # styled once, not twice
                    child.set_class(compact, "-compact", update=False)
            yield child

    def bindings_changed(self, screen: Screen[Any]) -> None:
        self._bindings_ready = True
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self.call_after_refresh(self._recompose_if_changed)

    def render_lines(self, crop: Region) -> list[Strip]:
        return self._kept.lines(self, None, crop)

    def on_resize(self, event: Resize) -> None:
        self._width = event.size.width
        if self._bindings_ready:
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        """Asked for several times before a refresh, the keys are made again only once;
        not at all once the footer has left with its screen (asked for just before)."""
        if self.is_attached and self._shown() != self._composed_for:
            await self.recompose()
