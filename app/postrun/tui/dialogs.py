"""Modal screens: confirm quitting, pick a custom length, and the key help.

Every dialog's text wraps to the room it has (`Dialog.DEFAULT_CSS`) and says how to
close it; help scrolls when the terminal is too small for it. Their styles load with
them, when one first opens.
"""

from __future__ import annotations

from typing import TypeVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from postrun.plan import MAX_MINUTES, MIN_MINUTES, check_minutes
from postrun.tui.session.served import paused_targets
from postrun.words import ESC_TO_CLOSE

R = TypeVar("R")


class Dialog(ModalScreen[R]):
    """A box in the middle of the screen, over what it pauses."""

    DEFAULT_CSS = """
    Dialog {
        align: center middle;
        .dialog {
            width: 50; max-width: 100%; height: auto; max-height: 90%;
            padding: 1 2; border: thick $accent; background: $surface;
            border-subtitle-color: $text-muted; border-title-style: bold;
        }
        .dialog Label, .dialog Static { width: 100%; }  /* text wraps, never cut */
        .dialog-title { text-style: bold; margin-bottom: 1; }
        #paused { width: 44; border: thick $warning; }
        #paused .dialog-title { color: $warning; }
        /* help: keys in a column of their own, each description wrapping under itself */
        #help { width: 80%; max-width: 100; }
        #help .help-heading { text-style: bold; margin-top: 1; }
        #help .help-heading.-first { margin-top: 0; }
        #help .help-row { height: auto; }
        #help .help-keys { width: 14; text-style: bold; padding-left: 2; }
        #help .help-what { width: 1fr; }
    }
    """


def dialog_box(id: str | None = None, *, scrolls: bool = False) -> Vertical | VerticalScroll:
    """A dialog's frame, saying in its bottom edge how to close it (always in sight);
    one that `scrolls` moves with up and down when the terminal is too small for it."""
    box = (VerticalScroll if scrolls else Vertical)(classes="dialog", id=id)
    box.border_subtitle = ESC_TO_CLOSE
    return box


class ConfirmQuit(Dialog[bool]):
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


class PausedScreen(Dialog[str]):
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
            yield from paused_targets()  # served to a browser: buttons for a finger

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(in_session=True))  # paused over a session


class CustomMinutes(Dialog[int | None]):
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


# (keys, what they do) under each heading; a description wraps under itself, never
# under the keys.
HELP: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "Home",
        (
            ("1 2 3", "5, 10 or 15 minutes"),
            ("c", "a custom length"),
            ("w", "walk first: none, 2, 5 or 10 minutes"),
            ("up down", "choose a routine"),
            ("left right", "choose a move in the plan"),
            ("i", "how to do that move"),
            ("enter", "start"),
            ("r  x", "resume a session that stopped part way, or hide the offer"),
            ("h  s", "history, settings"),
            ("ctrl+p", "start any routine at any length"),
        ),
    ),
    (
        "During a session",
        (
            ("space", "pause or resume"),
            ("n or right", "skip to the next step"),
            ("N", "skip the rest of this move, both sides"),
            ("p or left", "back: restart this step, or the one before if it just began"),
            ("+ -", "add or take off 10 seconds"),
            ("enter", "count a rep, on moves done at your own pace"),
            ("m", "mute or unmute"),
            ("i", "how to do it and why it works, with its figure"),
            ("q", "end the session (asks first; what you did is kept)"),
            ("?", "this help"),
        ),
    ),
)


class HelpScreen(Dialog[None]):
    """Every key, the keys of where the user is first (Home's, or a session's)."""

    BINDINGS = [Binding("escape,question_mark,q", "close", "Close")]

    def __init__(self, *, in_session: bool = False) -> None:
        super().__init__()
        self.in_session = in_session

    def compose(self) -> ComposeResult:
        sections = reversed(HELP) if self.in_session else HELP
        with dialog_box(id="help", scrolls=True) as box:
            box.border_title = "Keys"
            for n, (heading, rows) in enumerate(sections):
                yield Label(heading, classes="help-heading" + (" -first" if n == 0 else ""))
                for keys, what in rows:
                    with Horizontal(classes="help-row"):
                        yield Label(keys, classes="help-keys")
                        yield Label(what, classes="help-what")

    def action_close(self) -> None:
        self.dismiss(None)
