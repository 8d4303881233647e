"""The entry point keeps the collector off while starting, and on for any session."""

from __future__ import annotations

import gc
import importlib

import pytest

from postrun.cli import plain
from postrun.tui.app import PostrunApp

entry = importlib.import_module(
    "postrun.cli.main"
)  # the module: the package's `main` is the function


@pytest.fixture(autouse=True)
def no_real_freeze(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(gc.isenabled()))
    return frozen


def test_the_screen_starts_with_the_collector_off_and_frozen_then_turns_it_on(
    monkeypatch: pytest.MonkeyPatch, no_real_freeze: list[bool]
):
    seen: list[bool] = []

    def run(self: PostrunApp) -> None:
        seen.append(gc.isenabled())
        self.parts.first_frame()
        seen.append(gc.isenabled())

    monkeypatch.setattr(entry, "_is_terminal", lambda stream: True)
    monkeypatch.setattr(PostrunApp, "run", run)
    assert entry.main(["start", "--sound", "off"]) == 0
    assert seen == [False, True] and no_real_freeze == [False]
    assert gc.isenabled()


def test_a_plain_session_runs_with_the_collector_on(monkeypatch: pytest.MonkeyPatch):
    seen: list[bool] = []

    def run_plain(*args: object, **options: object) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(plain, "run_plain", run_plain)
    assert entry.main(["start", "--plain", "--sound", "off"]) == 0
    assert seen == [True] and gc.isenabled()


def test_a_one_shot_command_leaves_the_collector_on(cli):
    assert cli("routines").code == 0
    assert gc.isenabled()
