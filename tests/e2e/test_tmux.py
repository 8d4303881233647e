"""The real `postrun` command in a real terminal (tmux): keys in, screen out."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

POSTRUN = Path(sys.executable).with_name("postrun")
pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Terminal:
    def __init__(self, name: str) -> None:
        self.name = name

    def keys(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def screen(self) -> str:
        result = subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True
        )
        return result.stdout

    def wait_for(self, found: Callable[[str], bool], what: str, timeout: float = 20) -> str:
        """Poll the real terminal until `found` holds: this waits on another process."""
        deadline = time.monotonic() + timeout
        pause = threading.Event()
        while time.monotonic() < deadline:
            text = self.screen()
            if found(text):
                return text
            pause.wait(0.1)
        raise AssertionError(f"never saw {what}; the screen was:\n{self.screen()}")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[tuple[Terminal, Path]]:
    name = f"postrun-{uuid.uuid4().hex[:8]}"
    rc = tmp_path / "rc"
    env = {"POSTRUN_HOME": str(tmp_path / "home"), "TERM": "xterm-256color"}
    exports = " ".join(f"{k}={v}" for k, v in env.items())
    command = (
        f"{exports} {POSTRUN} start --speed 20 --sound off --minutes 3 --routine post-run-reset;"
        f" echo $? > {rc}"
    )
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", name, "-x", "100", "-y", "30", command],
        check=True,
        env=os.environ | {"TMUX": ""},
    )
    try:
        yield Terminal(name), rc
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def test_a_real_session_advances_and_quits_cleanly(terminal: tuple[Terminal, Path]) -> None:
    term, rc = terminal
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
    assert "Traceback" not in screen
    term.keys("Enter")
    deadline = time.monotonic() + 10
    while not rc.exists() and time.monotonic() < deadline:
        threading.Event().wait(0.1)
    assert rc.read_text().strip() == "0"
