"""A screen's first showing, without styling its widgets a second time."""

from __future__ import annotations

from typing import Any

from textual.events import ScreenResume
from textual.screen import Screen


def styled_at_mount(screen: Screen[Any], event: ScreenResume) -> None:
    """Call from `on_screen_resume`, which runs before Textual's own handler.

    Textual styles every widget of a screen again as it resumes. The first time, each
    widget was styled as it mounted a moment before, so that pass repeats them all (about
    3 ms of Home's first frame). Later resumes are left as Textual has them.
    """
    if screen.stack_updates == 0:  # never resumed nor suspended yet
        event.refresh_styles = False
