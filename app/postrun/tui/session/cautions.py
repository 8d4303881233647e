"""The cautions row of the session screen: what to take care of in the move coming up.

A get-into-position step shows its move's cautions, and the plan's first one the
routine's too (`words.cautions_at`). Whole cautions only: one that does not fit in the
rows the layout gives is left for the how-to (`i`), never cut mid-sentence.
"""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from postrun import words
from postrun.plan import Plan
from postrun.tui.kept import KeptRows
from postrun.tui.session.lines import wrapped


def _lines(caution: str, width: int) -> list[str]:
    return wrapped((words.caution_line(caution),), width, bullets=False)


class Cautions(Widget):
    """The step's cautions, each 'Take care: ...', as many whole ones as fit its height."""

    DEFAULT_CSS = "Cautions { height: 1; width: 1fr; color: $warning; margin: 0 1; }"

    def __init__(self, plan: Plan, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._by_step = words.cautions_at(plan)
        self.cautions: tuple[str, ...] = ()
        self._kept = KeptRows()

    def at(self, index: int) -> tuple[str, ...]:
        """Show the cautions of step `index`; they are returned for the layout's key."""
        cautions = self._by_step.get(index, ())
        if cautions != self.cautions:
            self.cautions = cautions
            self.refresh()
        return cautions

    def rows(self, width: int) -> tuple[int, ...]:
        """How many rows each caution takes, wrapped to `width`."""
        return tuple(len(_lines(caution, width)) for caution in self.cautions)

    def place(self, rows: int) -> None:
        self.display = rows > 0
        self.styles.height = rows or 1

    def render(self) -> Content:
        width, height = self.content_size
        rows: list[str] = []
        for caution in self.cautions:
            lines = _lines(caution, width)
            if len(rows) + len(lines) > height:
                break
            rows += lines
        return Content("\n".join(rows))

    def render_lines(self, crop: Region) -> list[Strip]:
        return self._kept.lines(self, self.cautions, crop)
