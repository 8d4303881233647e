"""Big letters that fill the box they are given: the countdown, and the side band."""

from __future__ import annotations

import textwrap
from functools import lru_cache

from rich.segment import Segment
from textual.content import Content
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from postrun.tui import bigtext
from postrun.tui.kept import KeptRows


@lru_cache(maxsize=128)
def drawn(texts: tuple[str, ...], width: int, height: int, largest: int = 8) -> tuple[str, ...]:
    """The first of `texts` that fits in big letters, in the largest that fit, centred in
    width x height cells; the first in plain words when none fits even the smallest."""
    if width < 1 or height < 1 or not texts or not texts[0]:
        return ()
    text, scale, lines = texts[0], 0, list[str]()
    for candidate in texts:
        scale, lines = bigtext.fit_lines(candidate, width, height, largest=largest)
        if scale:
            break
    rows: list[str] = []
    if scale:
        for n, line in enumerate(lines):
            rows += [""] * (n > 0) + bigtext.render(line, scale)
    else:
        rows = textwrap.wrap(text, width)[:height]
    top = (height - len(rows)) // 2
    return tuple([""] * top + [row.center(width) for row in rows])


class BigText(Widget):
    """Text in big half-block letters, as big as its box allows.

    Drawn a row at a time (Textual's line API), and only the rows that change are drawn
    again: the countdown changes every second, mostly in one digit, and laying its rows
    out as text cost more than all the rest of a tick."""

    DEFAULT_CSS = """
    BigText { height: 1fr; width: 1fr; text-style: bold; }
    BigText.-urgent { background: #f0e442; color: #000000; }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.texts: tuple[str, ...] = ()
        self.largest = 8  # the largest scale: the layout keeps the countdown to its share
        self._drawing: tuple[str, ...] = ()  # rows() for the lines being drawn now
        self._kept = KeptRows()

    def show(self, *texts: str) -> None:
        """Show the first of `texts` that fits in big letters (a shorter one after a long)."""
        if texts == self.texts:
            return
        before = self.rows()
        self.texts = texts
        after = self.rows()
        width = self.size.width
        changed = [
            Region(0, y, width, 1)
            for y in range(max(len(before), len(after), 1))
            if before[y : y + 1] != after[y : y + 1]
        ]
        if changed:
            self.refresh(*changed)

    def rows(self) -> tuple[str, ...]:
        width, height = self.content_size
        return drawn(self.texts, width, height, self.largest)

    def render(self) -> Content:
        return Content("\n".join(self.rows()))

    def render_lines(self, crop: Region) -> list[Strip]:
        self._drawing = self.rows()  # looked up once for all the lines, not once a line
        return self._kept.lines(self, self._drawing, crop)

    def render_line(self, y: int) -> Strip:
        """Row `y` as Textual would draw `render()`, without laying out the other rows."""
        rows = self._drawing or ("",)
        style = self.visual_style
        if y >= len(rows):
            return Strip.blank(self.size.width, style.rich_style)
        row = rows[y]
        return Strip([Segment(row, style.rich_style_with_offset(0, y))], len(row))


class SideBand(BigText):
    """The side, big, on a band of its colour: Okabe-Ito blue for left, orange for right,
    told apart by people who see colour differently, and by the arrow and the word."""

    DEFAULT_CSS = """
    SideBand { height: 4; width: 1fr; }
    SideBand.-left { background: #0072b2; color: #ffffff; }
    SideBand.-right { background: #e69f00; color: #000000; }
    """

    def show_side(self, side: str, *texts: str) -> None:
        self.set_class(side == "left", "-left")
        self.set_class(side == "right", "-right")
        self.show(*texts)
