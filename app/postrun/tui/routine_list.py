"""Home's list of routines: a few lines each, one highlighted and kept in sight.

It looks and moves like Textual's OptionList, which cost Home's first frame 2-3 ms more:
OptionList styles five component classes through a node each whenever its own styles
apply. This list takes its cursor colours from the theme's variables instead.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

CURSOR = ("block-cursor-foreground", "block-cursor-background", "block-cursor-text-style")
CURSOR_BLURRED = tuple(name.replace("cursor-", "cursor-blurred-") for name in CURSOR)


class RoutineList(ScrollView, can_focus=True):
    """Routines as (id, text) entries; a line too long for the width ends in an ellipsis."""

    BINDINGS = [
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
    ]
    DEFAULT_CSS = """
    RoutineList {
        height: auto;
        max-height: 100%;
        overflow-x: hidden;
        border: tall $border-blurred;
        padding: 0 1;
        background: $surface;
        &:focus { border: tall $border; background-tint: $foreground 5%; }
    }
    """

    class Highlighted(Message):
        """The highlight moved to another routine."""

        def __init__(self, routine_id: str) -> None:
            super().__init__()
            self.routine_id = routine_id

    class Chosen(Message):
        """The highlighted routine was clicked: start it."""

        def __init__(self, routine_id: str) -> None:
            super().__init__()
            self.routine_id = routine_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.ids: list[str] = []
        self.highlighted = 0
        self._rows: list[tuple[int, Content]] = []  # each row's entry and text
        self._starts: list[int] = []  # the row each entry starts on
        self._hovered: int | None = None  # the entry under the mouse
        self._focused_by_press = False  # the press of this click brought the focus

    def show(self, entries: list[tuple[str, Content]], highlighted: str) -> None:
        """List these entries, with the one whose id is `highlighted` highlighted."""
        self.ids = [routine_id for routine_id, _ in entries]
        self._rows, self._starts = [], []
        for index, (_, text) in enumerate(entries):
            self._starts.append(len(self._rows))
            self._rows += [(index, line) for line in text.split("\n")]
        self.highlighted = self.ids.index(highlighted) if highlighted in self.ids else 0
        self._hovered = None  # the rows moved: the mouse will say where it is
        self.virtual_size = Size(0, len(self._rows))
        self.refresh(layout=True)
        self.call_after_refresh(self.scroll_to_highlight)

    def highlight(self, index: int) -> None:
        """Move the highlight to entry `index`, keep it in sight and tell the screen."""
        index = max(0, min(index, len(self.ids) - 1))
        if not self.ids or index == self.highlighted:
            return
        self.highlighted = index
        self.refresh()
        self.scroll_to_highlight()
        self.post_message(self.Highlighted(self.ids[index]))

    def scroll_to_highlight(self) -> None:
        if not self._starts or not self.is_mounted:
            return
        start = self._starts[self.highlighted]
        end = (self._starts[self.highlighted + 1 :] or [len(self._rows)])[0]
        width = max(self.scrollable_content_region.width, 1)
        region = Region(0, start, width, end - start)
        self.scroll_to_region(region, animate=False, force=True, immediate=True)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        style = self.visual_style
        row = self.scroll_offset.y + y
        if row >= len(self._rows):
            return Strip.blank(width, style.rich_style)
        index, text = self._rows[row]
        if index == self.highlighted:
            style += self._cursor()
        elif index == self._hovered:
            hover = self.app.theme_variables["block-hover-background"]
            style += self.app.stylesheet.parse_style(f"on {hover}")
        line = text.truncate(width, ellipsis=True).render_segments(style)
        return Strip(line).extend_cell_length(width, style.rich_style)

    def _cursor(self) -> Style:
        """The theme's cursor, with the focus or without, as OptionList draws it."""
        theme = self.app.theme_variables
        names = CURSOR if self.has_focus else CURSOR_BLURRED
        color, background, text_style = (theme[name] for name in names)
        text_style = "" if text_style == "none" else text_style  # no such word in a style
        # spelt out: a $variable in a style loses the alpha of "auto 87%"
        return self.app.stylesheet.parse_style(f"{color} on {background} {text_style}")

    def on_resize(self, event: events.Resize) -> None:
        self.call_after_refresh(self.scroll_to_highlight)  # shorter, it may have gone out

    def _entry_at(self, event: events.MouseEvent) -> int | None:
        offset = event.get_content_offset(self)
        if offset is None or not 0 <= offset.y + self.scroll_offset.y < len(self._rows):
            return None
        return self._rows[offset.y + self.scroll_offset.y][0]

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover(self._entry_at(event))

    def on_leave(self, event: events.Leave) -> None:
        self._hover(None)

    def _hover(self, index: int | None) -> None:
        if index != self._hovered:
            self._hovered = index
            self.refresh()

    def focus_on_click(self) -> bool:
        """Textual asks as the mouse is pressed, before the list takes the focus."""
        self._focused_by_press = not self.has_focus
        return True

    def on_click(self, event: events.Click) -> None:
        """A click highlights a routine; a click on the highlighted one starts it, unless
        that click is what brought the focus to the list."""
        index = self._entry_at(event)
        if index is None:
            return
        if index == self.highlighted and not self._focused_by_press:
            self.post_message(self.Chosen(self.ids[index]))
        self.highlight(index)

    def action_cursor(self, by: int) -> None:
        if self.ids:
            self.highlight((self.highlighted + by) % len(self.ids))  # round, as OptionList

    def action_first(self) -> None:
        self.highlight(0)

    def action_last(self) -> None:
        self.highlight(len(self.ids) - 1)

    def action_page(self, by: int) -> None:
        """About a page of rows up or down, to the entry that row belongs to."""
        if self._rows:
            row = self._starts[self.highlighted] + by * self.scrollable_content_region.height
            self.highlight(self._rows[max(0, min(row, len(self._rows) - 1))][0])
