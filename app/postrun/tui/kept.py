"""A widget's rows as Textual draws them, kept until what they show, the size or the
style changes: for the session screen's widgets, the screen itself and the footer.

Textual's compositor asks every widget near a change for all its rows (`render_lines`),
and its styling pass goes over each row again: about 125 calls a row, more than all the
rest of a tick for a key frame of the figure. These widgets have no border, padding,
outline, tint or opacity, so that pass comes down to each row at the widget's width on
its background, through the App's line filters, which is what is kept here. A widget
that gains any of those (a theme, a later change of CSS) is drawn by Textual's own pass.
"""

from __future__ import annotations

from textual.filter import LineFilter
from textual.geometry import Region
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget


class KeptRows:
    """The finished rows of one widget, for one thing it shows (`what`)."""

    def __init__(self) -> None:
        self._made_for: tuple[object, ...] = ()
        self._strips: list[Strip] = []

    def lines(self, widget: Widget, what: object, crop: Region) -> list[Strip]:
        if not _plain(widget):
            self._made_for = ()
            return Widget.render_lines(widget, crop)
        filters = tuple(widget.get_line_filters())
        made_for = (what, widget.size, widget.visual_style, filters)
        if made_for != self._made_for:
            self._made_for = made_for
            self._strips = self._finish(widget, filters)
        strips = self._strips[crop.y : crop.bottom]
        if crop.column_span != (0, widget.size.width):
            strips = [strip.crop(crop.x, crop.right) for strip in strips]
        return strips

    @staticmethod
    def _finish(widget: Widget, filters: tuple[LineFilter, ...]) -> list[Strip]:
        width, height = widget.size
        base, background = widget.background_colors
        inner = Style(background=base + background).rich_style
        strips = []
        for y in range(height):
            strip = widget.render_line(y).adjust_cell_length(width, inner)
            for line_filter in filters:
                strip = strip.apply_filter(line_filter, background)
            strips.append(strip)
        return strips


def _plain(widget: Widget) -> bool:
    """No border, padding, outline, tint or transparency: what `_finish` leaves out."""
    styles = widget.styles
    return (
        not any(styles.gutter)
        and not any(edge for edge, _color in styles.outline)
        and styles.tint.a == 0
        and widget.opacity == 1
    )
