"""The end-to-end terminal itself: each test's tmux stands apart from every other."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from .terminal import terminal

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def test_a_terminal_has_a_tmux_server_of_its_own(tmp_path: Path) -> None:
    # On the shared default server, one test's last session closing shuts the server
    # down while the next test's new session is refused ("server exited unexpectedly").
    with terminal("sleep 30", tmp_path) as term:
        shared = subprocess.run(["tmux", "list-sessions"], capture_output=True, text=True)
        assert term.name not in shared.stdout
        assert (
            term.name
            in subprocess.run(
                ["tmux", "-L", term.name, "list-sessions"], capture_output=True, text=True
            ).stdout
        )


def test_terminals_opened_back_to_back_all_start(tmp_path: Path) -> None:
    for round_ in range(20):
        with terminal("true", tmp_path / str(round_)):
            pass
