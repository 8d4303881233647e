"""What the session screen and its paused box add when postrun is served to a browser
(`postrun serve`): big targets for a finger (back, pause, next, quit; resume and end when
paused: a phone has no space bar), and a status line saying the sound plays on the
computer, not the phone."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.containers import Horizontal
from textual.widgets import Button
from textual.widgets.button import ButtonVariant

from postrun import words
from postrun.served import is_served

if TYPE_CHECKING:
    from postrun.sound import SoundBoard

ROWS = 4  # the bar's buttons and the row under them: what the layout gives up for it


class TouchBar(Horizontal):
    DEFAULT_CSS = """
    TouchBar { height: 3; dock: bottom; margin-bottom: 1; }
    TouchBar Button { width: 1fr; min-width: 6; margin: 0 1; }
    """

    def compose(self) -> Iterator[Button]:
        targets: tuple[tuple[str, str, ButtonVariant], ...] = (
            (words.TOUCH_BACK, "back", "default"),
            (words.TOUCH_PAUSE, "toggle_pause", "primary"),
            (words.TOUCH_NEXT, "next_step", "default"),
            (words.TOUCH_QUIT, "quit_session", "error"),
        )
        for label, action, variant in targets:
            yield for_touch(Button(label, variant, action=f"screen.{action}", id=f"touch-{action}"))


class PausedTargets(Horizontal):
    """Resume and end, for the paused box (its keys are space and q)."""

    DEFAULT_CSS = """
    PausedTargets { height: 3; margin-top: 1; width: auto; }
    PausedTargets Button { margin: 0 1; }
    """

    def compose(self) -> Iterator[Button]:
        choices: tuple[tuple[str, str, ButtonVariant], ...] = (
            (words.TOUCH_RESUME, "resume", "primary"),
            (words.TOUCH_END, "quit", "error"),
        )
        for label, choice, variant in choices:
            yield for_touch(Button(label, variant, action=f"screen.choose('{choice}')"))


def paused_targets() -> Iterator[PausedTargets]:
    if is_served():
        yield PausedTargets()


def for_touch(button: Button) -> Button:
    button.can_focus = False  # the keys stay the screen's: space never presses one
    return button


def touch_bars() -> Iterator[TouchBar]:
    """The bar, when served; a terminal keeps its keys and all its rows."""
    if is_served():
        yield TouchBar()


def touch_rows() -> int:
    return ROWS if is_served() else 0


def sound_lines(board: SoundBoard) -> tuple[str, str]:
    """The sound's part of the status line, in full and brief: served, where it plays."""
    full, brief = board.status(), board.status(brief=True)
    if is_served() and not (board.muted or board.player.name == "off"):
        return f"{words.SOUND_HERE} ({brief.removeprefix('sound: ')})", words.SOUND_HERE
    return full, brief
