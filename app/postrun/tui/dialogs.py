"""Modal screens: confirm quitting, pick a custom length, and the key help."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Markdown

from postrun.plan import MAX_MINUTES, MIN_MINUTES


class ConfirmQuit(ModalScreen[bool]):
    BINDINGS = [
        Binding("y,enter", "answer(True)", "End session"),
        Binding("n,escape", "answer(False)", "Keep going"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
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
        with Vertical(classes="dialog"):
            yield Label("Session length in minutes", classes="dialog-title")
            yield Input(placeholder=f"{MIN_MINUTES}-{MAX_MINUTES}", type="integer", id="minutes")
            yield Label("", id="minutes-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if text.isdigit() and MIN_MINUTES <= int(text) <= MAX_MINUTES:
            self.dismiss(int(text))
        else:
            error = f"Choose a whole number from {MIN_MINUTES} to {MAX_MINUTES}."
            self.query_one("#minutes-error", Label).update(error)

    def action_cancel(self) -> None:
        self.dismiss(None)


HELP = """\
# Keys

**Home**

| key | does |
|---|---|
| `1` `2` `3` | 5, 10 or 15 minutes |
| `c` | a custom length |
| `w` | walk first: none, 2, 5 or 10 minutes |
| `up` `down` | choose a routine |
| `enter` | start |
| `ctrl+p` | command palette: start any routine at any length |

**During a session**

| key | does |
|---|---|
| `space` | pause or resume |
| `n` or `right` | skip to the next step |
| `N` | skip the rest of this move, both sides |
| `p` or `left` | back: restart this step, or the one before if it just began |
| `+` `-` | add or take off 10 seconds |
| `enter` | count a rep, on moves done at your own pace |
| `m` | mute or unmute |
| `i` | how to do it, or why it works |
| `q` | end the session (asks first; what you did is kept) |
| `?` | this help |

Press `escape` to close.
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,question_mark,q", "close", "Close")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="help"):
            yield Markdown(HELP)

    def action_close(self) -> None:
        self.dismiss(None)
