"""Lines of plain text that repaint only when their words change, never with layout.

Text from routine files is shown as Content built from the string, so it is never
read as markup (and costs less to draw than Rich Text, which Textual would convert).
"""

from __future__ import annotations

import textwrap

from textual.content import Content
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from postrun.tui.kept import KeptRows


class Line(Widget):
    """One line of text, cut with an ellipsis when it does not fit."""

    DEFAULT_CSS = "Line { height: 1; width: 1fr; text-wrap: nowrap; text-overflow: ellipsis; }"

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.text = ""
        self._kept = KeptRows()

    def show(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.refresh()

    def render(self) -> Content:
        return Content(self.text)

    def render_lines(self, crop: Region) -> list[Strip]:
        return self._kept.lines(self, self.text, crop)


class HowTo(Widget):
    """A move's how-to lines, each a bullet whose wrapped lines keep their indent."""

    DEFAULT_CSS = "HowTo { height: 3; width: 1fr; color: $text-muted; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lines: tuple[str, ...] = ()
        self.bullets = True
        self._kept = KeptRows()

    def show(self, lines: tuple[str, ...], *, bullets: bool = True) -> None:
        if (lines, bullets) != (self.lines, self.bullets):
            self.lines, self.bullets = lines, bullets
            self.refresh()

    def render(self) -> Content:
        width, height = self.content_size
        return Content("\n".join(wrapped(self.lines, width, self.bullets)[:height]))

    def render_lines(self, crop: Region) -> list[Strip]:
        return self._kept.lines(self, (self.lines, self.bullets), crop)


def wrapped(lines: tuple[str, ...], width: int, bullets: bool = True) -> list[str]:
    """Wrapped to `width`, bulleted with every continuation under the first word."""
    first, rest = ("• ", "  ") if bullets else ("", "")
    out: list[str] = []
    for line in lines:
        out += textwrap.wrap(line, max(8, width), initial_indent=first, subsequent_indent=rest)
    return out
