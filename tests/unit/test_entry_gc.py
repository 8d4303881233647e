"""The entry point keeps the collector off while starting, and on for any session."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from postrun.cli import command as entry
from postrun.cli import plain
from postrun.tui.app import PostrunApp


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


def test_the_command_line_is_imported_with_the_collector_off(tmp_path: Path):
    # What the imports make lives as long as the process: the collector would only pass
    # over it again and again. The entry point turns it off before importing them.
    probe = """
import gc, sys
seen = []
class Watch:
    def find_spec(self, name, path=None, target=None):
        if name == "postrun.content":
            seen.append(gc.isenabled())
sys.meta_path.insert(0, Watch())
from postrun.cli import main
code = main(["routines"])
print(seen, gc.isenabled(), code, file=sys.stderr)
"""
    env = os.environ | {"POSTRUN_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    assert result.stderr.splitlines()[-1] == "[False] True 0"
