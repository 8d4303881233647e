"""`i`: how to do a move, why it works, what to take care of, and its figure.

Pushed from Home (the chosen move) and from a session (the move on screen, its figure
mirrored for the side being worked). The screen that pushes it owns the clock: this
dialog only shows, and closes with esc. Given the routine the move is in, `o` marks it
"not for me" (the App saves that; o again brings it back).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from postrun import words
from postrun.models import Exercise
from postrun.plan import Side
from postrun.tui.figure import FigureView
from postrun.tui.messages import LeaveOut
from postrun.tui.size_classes import size_classes
from postrun.tui.text import plain


class HowToScreen(ModalScreen[None]):
    """`HowToScreen(exercise, side=None, position=None)`: `side` is the side being
    worked ("left", "right"; None or "none" draws the figure as the file gives it),
    `position` a step's position name, for a move of positions; `routine_id` the routine
    (or composed plan) the move is in, for `o`."""

    BINDINGS = [Binding("escape,i,q", "close", "Close"), Binding("o", "leave_out", "Not for me")]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-roomy")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (18, "-tall")]
    DEFAULT_CSS = """
    HowToScreen {
        align: center middle;
        #howto-box {
            width: 90%; max-width: 110; height: auto; max-height: 90%;
            padding: 0 1; border: thick $accent; background: $surface;
        }
        #howto-title { text-style: bold; width: 1fr; }
        #howto-where { color: $text-muted; width: 1fr; }
        #howto-body { height: auto; }
        #howto-text { height: auto; width: 3fr; }
        #howto-figure { display: none; width: 2fr; max-width: 40; height: 12; margin-left: 2; }
        .howto-heading { text-style: bold; margin-top: 1; }
        #howto-box { border-subtitle-color: $text-muted; }
        &.-roomy.-tall #howto-figure { display: block; }
    }
    """

    def __init__(
        self,
        exercise: Exercise,
        side: Side | None = None,
        position: str | None = None,
        routine_id: str | None = None,
    ) -> None:
        super().__init__()
        self.exercise = exercise
        self.side = side
        self.position = position
        self.routine_id = routine_id

    def compose(self) -> ComposeResult:
        e = self.exercise
        where = ", ".join(part for part in (self.position, self._side_word()) if part)
        self.update_classes(size_classes(self, self.app.size), update=False)  # styled once
        with VerticalScroll(id="howto-box") as box:  # up and down on a small screen
            keys = (words.NOT_FOR_ME_KEY, words.ESC_TO_CLOSE) if self.routine_id else ()
            box.border_subtitle = "  ".join(keys) or words.ESC_TO_CLOSE
            yield Label(plain(e.name), id="howto-title")
            if where:
                yield Label(plain(where), id="howto-where")
            with Horizontal(id="howto-body"):
                with Vertical(id="howto-text"):
                    yield Label(words.HOW_TO_TITLE, classes="howto-heading")
                    yield Static(plain("\n".join(f"• {line}" for line in e.steps)))
                    yield Label(words.WHY_TITLE, classes="howto-heading")
                    yield Static(plain(e.why))
                    if e.cautions:
                        yield Label(words.CAUTIONS_TITLE, classes="howto-heading")
                        yield Static(plain("\n".join(f"• {line}" for line in e.cautions)))
                yield FigureView(id="howto-figure")

    def _side_word(self) -> str:
        return f"{self.side} side" if self.side in ("left", "right") else ""

    def on_mount(self) -> None:
        figure = self.query_one(FigureView)
        figure.show_move(self.exercise, self.position, "right" if self.side == "right" else "left")

    def action_leave_out(self) -> None:
        if self.routine_id:
            self.post_message(LeaveOut(self.routine_id, self.exercise.id, self.exercise.name))

    def action_close(self) -> None:
        self.dismiss(None)
