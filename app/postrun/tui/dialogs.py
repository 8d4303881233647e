"""Modal screens: confirm quitting, pick a custom length, and the key help.

Every dialog's text wraps to the room it has (`.dialog` in postrun.tcss) and says how to
close it; help scrolls when the terminal is too small for it.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from postrun.plan import MAX_MINUTES, MIN_MINUTES, check_minutes
from postrun.words import ESC_TO_CLOSE


def dialog_box(id: str | None = None, *, scrolls: bool = False) -> Vertical | VerticalScroll:
    """A dialog's frame, saying in its bottom edge how to close it (always in sight);
    one that `scrolls` moves with up and down when the terminal is too small for it."""
    box = (VerticalScroll if scrolls else Vertical)(classes="dialog", id=id)
    box.border_subtitle = ESC_TO_CLOSE
    return box


class ConfirmQuit(ModalScreen[bool]):
    BINDINGS = [
        Binding("y,enter", "answer(True)", "End session"),
        Binding("n,escape", "answer(False)", "Keep going"),
    ]

    def compose(self) -> ComposeResult:
        with dialog_box():
            yield Label("End this session now?", classes="dialog-title")
            yield Label("What you have done so far is kept.")
            yield Label("[b]y[/b] end it    [b]n[/b] keep going")

    def action_answer(self, end: bool) -> None:
        self.dismiss(end)


class PausedScreen(ModalScreen[str]):
    """Shown while the session is paused; the session stays visible, dimmed, behind it."""

    BINDINGS = [
        Binding("space", "choose('resume')", "Resume"),
        Binding("q", "choose('quit')", "Quit"),
        Binding("question_mark", "help", "Help"),
    ]

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="paused"):
            yield Label("PAUSED", classes="dialog-title")
            yield Label(self.reason)
            yield Label("[b]space[/b] resume    [b]q[/b] end the session")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())


class CustomMinutes(ModalScreen[int | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with dialog_box():
            yield Label("Session length in minutes", classes="dialog-title")
            yield Input(placeholder=f"{MIN_MINUTES}-{MAX_MINUTES}", type="integer", id="minutes")
            yield Label("", id="minutes-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        try:
            self.dismiss(check_minutes(int(text)))
        except ValueError:
            error = f"Choose a whole number from {MIN_MINUTES} to {MAX_MINUTES}."
            self.query_one("#minutes-error", Label).update(error)

    def action_cancel(self) -> None:
        self.dismiss(None)


HELP = """\
[b]Home[/b]
  [b]1 2 3[/b]        5, 10 or 15 minutes
  [b]c[/b]            a custom length
  [b]w[/b]            walk first: none, 2, 5 or 10 minutes
  [b]up down[/b]      choose a routine
  [b]left right[/b]   choose a move in the plan
  [b]i[/b]            how to do that move
  [b]enter[/b]        start
  [b]h[/b]  [b]s[/b]         history, settings
  [b]ctrl+p[/b]       start any routine at any length

[b]During a session[/b]
  [b]space[/b]        pause or resume
  [b]n[/b] or [b]right[/b]   skip to the next step
  [b]N[/b]            skip the rest of this move, both sides
  [b]p[/b] or [b]left[/b]    back: restart this step, or the one before if it just began
  [b]+ -[/b]          add or take off 10 seconds
  [b]enter[/b]        count a rep, on moves done at your own pace
  [b]m[/b]            mute or unmute
  [b]i[/b]            how to do it and why it works, with its figure
  [b]q[/b]            end the session (asks first; what you did is kept)
  [b]?[/b]            this help"""


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,question_mark,q", "close", "Close")]

    def compose(self) -> ComposeResult:
        with dialog_box(id="help", scrolls=True) as box:
            box.border_title = "Keys"
            yield Static(HELP)

    def action_close(self) -> None:
        self.dismiss(None)
