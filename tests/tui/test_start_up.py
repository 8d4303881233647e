"""What a start loads before its first frame: only what the first screen needs.

Each module kept off the path is time the runner does not wait (`bench/` measures how
much). These run the real entry point in a fresh interpreter, headless, until the first
frame, and list what was imported by then. The first start judges the files (pydantic,
TOML, OpenSSL); what matters is every start after it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

PROBE = """
import importlib, sys
main = importlib.import_module("postrun.cli.command")
from postrun.tui.app import PostrunApp

def first_frame(app):
    print(type(app.screen).__name__, *sorted(sys.modules))
    app.exit()

run = PostrunApp.run
PostrunApp.run = lambda app: run(app, headless=True, size=(80, 24))
PostrunApp._after_first_frame = first_frame
main._is_terminal = lambda stream: True
main.main(sys.argv[1:])
"""
START = ("start", "--sound", "auto")
ARGS = {"home": (), "start": START}


def loaded(home: Path, *args: str, starts: int = 2) -> tuple[str, set[str]]:
    """The first screen and the modules loaded by its first frame, in the last start."""
    env = os.environ | {"POSTRUN_HOME": str(home)}
    for _ in range(starts):
        result = subprocess.run(
            [sys.executable, "-c", PROBE, *args], env=env, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
    screen, *modules = result.stdout.split()
    return screen, set(modules)


Probe = Callable[[str], tuple[str, set[str]]]


@pytest.fixture(scope="module")
def first_frame(tmp_path_factory: pytest.TempPathFactory) -> Probe:
    """`first_frame("home")` or `("start")`: its first screen and the modules loaded by
    then, each probed once (two starts) for all the tests that look at it."""
    found: dict[str, tuple[str, set[str]]] = {}

    def of(which: str) -> tuple[str, set[str]]:
        if which not in found:
            found[which] = loaded(tmp_path_factory.mktemp(which), *ARGS[which])
        return found[which]

    return of


@pytest.mark.parametrize(
    ("which", "shown", "not_loaded"),
    [
        ("home", "HomeScreen", {"postrun.tui.session_screen", "postrun.tui.summary_screen"}),
        ("start", "SessionScreen", {"postrun.tui.home", "postrun.tui.summary_screen"}),
    ],
)
def test_the_first_screen_does_not_wait_for_the_others(
    first_frame: Probe, which: str, shown: str, not_loaded: set[str]
) -> None:
    screen, modules = first_frame(which)
    assert screen == shown
    assert not not_loaded & modules


@pytest.mark.parametrize("which", ["home", "start"])
def test_no_text_views_ctypes_or_toml_before_the_first_frame(
    first_frame: Probe, which: str
) -> None:
    # The text views are for `plan`, `routines` and `history`; ctypes (to quiet ALSA)
    # loads with the player, after the first frame; the routines and the pose library
    # come from remembered verdicts, not TOML.
    _, modules = first_frame(which)
    assert not {"postrun.cli.views", "ctypes", "tomllib"} & modules


def test_the_first_start_judges_the_files(tmp_path: Path) -> None:
    _, modules = loaded(tmp_path, *START, starts=1)
    assert "tomllib" in modules  # so the probe would see a reader if a later start used one


def test_home_starts_without_the_session_or_sound(first_frame: Probe) -> None:
    # Home's first frame needs routines and a plan; the session (engine, events,
    # summary) and sound wait until one starts or the first frame is out.
    _, modules = first_frame("home")
    assert not {m for m in modules if m.startswith(("postrun.session", "postrun.sound"))}


def test_home_starts_without_history_or_the_argument_parser(first_frame: Probe) -> None:
    # History and the habit drawn from it are for the history screen and the summary;
    # `postrun` alone has no arguments to parse.
    _, modules = first_frame("home")
    later = {"postrun.store.history", "postrun.store.habit", "postrun.store.record"}
    assert not (later | {"postrun.cli.arguments", "argparse"}) & modules


def test_a_session_starts_without_its_dialogs(first_frame: Probe) -> None:
    # Pause, help, quit and how-to load when first opened.
    _, modules = first_frame("start")
    assert "postrun.tui.session_screen" in modules
    assert not {"postrun.tui.dialogs", "postrun.tui.howto_screen"} & modules
