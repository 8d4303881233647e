"""The real `postrun` command in a real terminal (tmux): keys in, screen out."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .terminal import POSTRUN, terminal, wait_until

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def test_a_real_session_advances_and_quits_cleanly(tmp_path: Path) -> None:
    rc = tmp_path / "rc"
    command = (
        f"{POSTRUN} start --speed 20 --sound off --minutes 3 --routine post-run-reset;"
        f" echo $? > {rc}"
    )
    with terminal(command, tmp_path / "home") as term:
        term.wait_for(lambda s: "phase 1 of 3" in s, "the session screen")
        term.wait_for(lambda s: "phase 2 of 3" in s, "the session reach phase 2")
        term.keys("space")
        term.wait_for(lambda s: "PAUSED" in s, "the paused box")
        term.keys("space")
        term.wait_for(lambda s: "PAUSED" not in s, "the session resume")
        term.keys("q")
        term.wait_for(lambda s: "End this session now?" in s, "the quit question")
        term.keys("y")
        screen = term.wait_for(lambda s: "Session ended early." in s, "the summary")
        assert "Traceback" not in screen and "Preview: not recorded" in screen
        term.keys("Enter")
        wait_until(lambda: rc.exists() and rc.read_text().strip() != "", "postrun to exit")
        assert rc.read_text().strip() == "0"
