"""A real terminal for end-to-end tests: tmux at a fixed size, keys in, screen out."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

POSTRUN = Path(sys.executable).with_name("postrun")


def tmux(name: str) -> list[str]:
    """tmux on a server of the terminal's own: a shared server that is shutting down
    after one test's last session refuses the next test's ("server exited unexpectedly")."""
    return ["tmux", "-L", name]


class Terminal:
    def __init__(self, name: str) -> None:
        self.name = name

    def keys(self, *keys: str) -> None:
        subprocess.run([*tmux(self.name), "send-keys", "-t", self.name, *keys], check=True)

    def screen(self) -> str:
        result = subprocess.run(
            [*tmux(self.name), "capture-pane", "-p", "-t", self.name],
            capture_output=True,
            text=True,
        )
        return result.stdout

    def wait_for(self, found: Callable[[str], bool], what: str, timeout: float = 20) -> str:
        """Poll the real terminal until `found` holds on a whole frame: this waits on
        another process. tmux may show a frame half written (the rows above drawn, the
        rows below still the last frame's), so a screen counts once a second look agrees."""
        deadline = time.monotonic() + timeout
        pause = threading.Event()
        while time.monotonic() < deadline:
            text = self.screen()
            if found(text) and self.screen() == text:  # looked at again at once
                return text
            pause.wait(0.1)
        raise AssertionError(f"never saw {what}; the screen was:\n{self.screen()}")

    def close(self) -> None:
        """Close the terminal, as closing its window does: the program gets SIGHUP."""
        subprocess.run([*tmux(self.name), "kill-session", "-t", self.name], capture_output=True)


def wait_until(done: Callable[[], bool], what: str, timeout: float = 20) -> None:
    """A bounded poll on another process's doing."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        pause.wait(0.05)


@contextmanager
def terminal(command: str, home: Path, size: tuple[int, int] = (100, 30)) -> Iterator[Terminal]:
    """Run `command` (a shell line) in a new tmux session with POSTRUN_HOME=home."""
    name = f"postrun-{uuid.uuid4().hex[:8]}"
    env = {"POSTRUN_HOME": str(home), "TERM": "xterm-256color"}
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    exports = " ".join(f"{k}={v}" for k, v in env.items())
    width, height = str(size[0]), str(size[1])
    subprocess.run(
        [
            *tmux(name),
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            width,
            "-y",
            height,
            f"export {exports}; {command}",
        ],
        check=True,
        env=os.environ | {"TMUX": ""},
    )
    try:
        yield Terminal(name)
    finally:
        subprocess.run([*tmux(name), "kill-server"], capture_output=True)
