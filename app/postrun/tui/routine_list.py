"""Home's list of routines: Textual's OptionList, a few lines a routine (their title,
focus and range: `routine_entries`), with one rule of its own for the mouse.

OptionList selects an option on the first click. Here a click highlights a routine and
a click on the highlighted one selects it (OptionSelected, which starts it), unless that
click is the one that brought the focus back to the list. A line too long for the width
ends in an ellipsis; a title is drawn as text, never as markup (the prompts are Content).
"""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from postrun.models import Routine
from postrun.plan import PlanSettings, duration_range
from postrun.tui.text import styled
from postrun.words import clock


def routine_entries(
    routines: list[Routine], settings: PlanSettings, *, narrow: bool
) -> list[tuple[str, Content]]:
    """Each routine's id and lines: its title, with its focus and range when not narrow."""
    entries = []
    for routine in routines:
        low, high = duration_range(routine, settings)
        gear = ", ".join(routine.equipment) or "no equipment"
        focus = ", ".join(routine.focus[:4])
        detail = f"{clock(low)}-{clock(high)} min  ·  {gear}"
        shown = "[b]$title[/b]" if narrow else "[b]$title[/b]\n[dim]$focus\n$detail[/dim]"
        entries.append((routine.id, styled(shown, title=routine.title, focus=focus, detail=detail)))
    return entries


class RoutineList(OptionList):
    """Routines as options whose ids are the routines' ids."""

    DEFAULT_CSS = """
    RoutineList { text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._focused_by_press = False  # the press of this click brought the focus

    def show(self, entries: list[tuple[str, Content]], highlighted: str) -> None:
        """List these entries, with the one whose id is `highlighted` highlighted; the
        screen is not told (it chose that routine)."""
        ids = [routine_id for routine_id, _ in entries]
        with self.prevent(OptionList.OptionHighlighted):
            self.set_options(Option(text, id=routine_id) for routine_id, text in entries)
            if ids:
                self.highlighted = ids.index(highlighted) if highlighted in ids else 0
        self.call_after_refresh(self.scroll_to_highlight)  # once the lines are laid out

    def on_resize(self, event: events.Resize) -> None:
        self.call_after_refresh(self.scroll_to_highlight)  # shorter, it may have gone out

    def focus_on_click(self) -> bool:
        """Textual asks as the mouse is pressed, before the list takes the focus."""
        self._focused_by_press = not self.has_focus
        return True

    def on_click(self, event: events.Click) -> None:
        """A click highlights a routine; a click on the highlighted one selects it."""
        event.prevent_default()  # OptionList's own handler selects on the first click
        index = event.style.meta.get("option")  # the option a line is drawn for
        if index is None:
            return
        if index == self.highlighted and not self._focused_by_press:
            self.action_select()
        else:
            self.highlighted = index
