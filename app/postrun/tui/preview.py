"""The home screen's preview of a plan, move by move (its words come from `words`):
after the moves, the 40plus stretches held under a minute, the routine's cautions and the
article they come from.

Each line keeps its indent when it wraps, and one move is selected: its line stands
out, `i` tells how to do it and the figure beside shows it.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.geometry import Region, Size
from textual.widget import Widget

from postrun.plan import Plan, Step
from postrun.tui.text import plain, styled
from postrun.words import (
    BLOCK_SIDES,
    CAUTIONS_TITLE,
    credit,
    move_dose,
    routine_cautions,
    under_a_minute_line,
)

MOVE_INDENT = 3
WRAP_INDENT = 2  # a wrapped line goes this much further in than the line it continues


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the plan preview; a move's line knows its first step."""

    text: Content
    indent: int = 0
    move: Step | None = None  # the move's first timed step, on a move's line


def preview_lines(plan: Plan) -> list[Line]:
    """The plan by phase and move (a one-leg block listed once, for both legs), then what
    to take care of and where it comes from."""
    lines: list[Line] = []
    shown: set[tuple[int, str]] = set()
    for phase_index, phase in enumerate(plan.routine.phases):
        work = [s for s in plan.steps if s.phase_index == phase_index and s.is_timed_work]
        if not work:
            continue
        header = "[b]$number. $title[/b]"
        if any(s.block_side for s in work):
            header += " [dim]($sides)[/dim]"
        lines.append(
            Line(styled(header, number=phase_index + 1, title=phase.title, sides=BLOCK_SIDES))
        )
        moves: dict[int, list[Step]] = {}
        for step in work:
            moves.setdefault(step.move, []).append(step)
        for steps in moves.values():
            first = steps[0]
            if (phase_index, first.exercise_id) in shown:
                continue  # the other leg of a one-leg block
            shown.add((phase_index, first.exercise_id))
            text = plain(f"{first.name}: {move_dose(steps)}")
            lines.append(Line(text, MOVE_INDENT, first))
    if short := under_a_minute_line(plan):
        lines.append(Line(plain(short)))
    if cautions := routine_cautions(plan):
        lines.append(Line(styled("[b]$title[/b]", title=CAUTIONS_TITLE)))
        lines += [Line(plain(f"• {text}"), MOVE_INDENT) for text in cautions]
    lines.append(Line(styled("[dim]$credit[/dim]", credit=credit(plan.routine))))
    return lines


def moves_of(lines: list[Line]) -> list[Step]:
    return [line.move for line in lines if line.move is not None]


def wrapped(lines: list[Line], width: int, selected: int = -1) -> tuple[list[Content], list[int]]:
    """The lines wrapped to `width` with hanging indents, and the row each move starts on."""
    rows: list[Content] = []
    starts: list[int] = []
    for line in lines:
        text = line.text
        if line.move is not None:
            if len(starts) == selected:
                text = text.stylize("reverse")
            starts.append(len(rows))
        room = max(width - line.indent - WRAP_INDENT, 8)
        first, *rest = text.wrap(room + WRAP_INDENT) or [Content("")]
        rows.append(Content(" " * line.indent) + first)
        if rest:
            rest = Content(" ").join(rest).wrap(room)  # re-wrap the rest to the narrower room
            rows += [Content(" " * (line.indent + WRAP_INDENT)) + row for row in rest]
    return rows, starts


class PlanPreview(Widget):
    """The plan's lines, wrapped to the width they have, one move highlighted."""

    DEFAULT_CSS = """
    PlanPreview {
        width: 1fr;
        height: auto;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lines: list[Line] = []
        self.selected = 0
        self._last: tuple[int, int, tuple[list[Content], list[int]]] | None = None

    def show(self, lines: list[Line], selected: int) -> None:
        """These lines, move `selected` highlighted and, once laid out, in sight."""
        self.lines, self.selected = lines, selected
        self._last = None
        self.refresh(layout=True)
        self.call_after_refresh(self._scroll_to_selected)

    def _scroll_to_selected(self) -> None:
        """The container scrolls to the selected move's first row (the preview is its top)."""
        if isinstance(self.parent, Widget):
            region = Region(0, self.row_of(self.selected), 1, 1)
            self.parent.scroll_to_region(region, animate=False, immediate=True)

    def _wrapped(self, width: int) -> tuple[list[Content], list[int]]:
        """`wrapped` at this width, kept: layout, drawing and scrolling each ask for it."""
        if self._last is None or self._last[:2] != (width, self.selected):
            self._last = (width, self.selected, wrapped(self.lines, width, self.selected))
        return self._last[2]

    def row_of(self, move: int) -> int:
        """The row a move's line starts on, at the width the preview has now."""
        _, starts = self._wrapped(self.content_size.width or 80)
        return starts[move] if 0 <= move < len(starts) else 0

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._wrapped(width)[0])

    def render(self) -> Content:
        rows, _ = self._wrapped(self.content_size.width)
        return Content("\n").join(rows)
