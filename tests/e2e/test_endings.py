"""Real signals and a real closed terminal end a TUI session with its record kept,
whatever dialog is open (tests/tui/test_endings.py covers the same in-process)."""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import pytest

from postrun.store import History

from .terminal import POSTRUN, terminal, wait_until

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

DIALOGS = {
    "none": ([], "phase 1 of 3"),
    "pause": (["space"], "PAUSED"),
    "help": (["?"], "During a session"),
    "quit": (["q"], "End this session now?"),
}


def _gone(pid: int) -> bool:
    """Exited: no such process, or a zombie nobody has reaped (its shell died first)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] == "Z"


@pytest.mark.parametrize(
    ("dialog", "ending"),
    [
        ("none", "SIGINT"),  # kill -INT from outside
        ("pause", "SIGTERM"),
        ("help", "SIGHUP"),
        ("quit", "SIGINT"),
        ("pause", "ctrl+c"),
        ("quit", "closed"),
    ],
)
def test_a_session_ended_from_outside_is_recorded(tmp_path: Path, dialog: str, ending: str):
    home, pid_file, rc = tmp_path / "home", tmp_path / "pid", tmp_path / "rc"
    command = (
        f"sh -c 'echo $$ > {pid_file}; exec {POSTRUN} start --sound off --minutes 3';"
        f" echo $? > {rc}"
    )
    with terminal(command, home) as term:
        term.wait_for(lambda s: "phase 1 of 3" in s, "the session screen")
        pid = int(pid_file.read_text())
        keys, shown = DIALOGS[dialog]
        if keys:
            term.keys(*keys)
        term.wait_for(lambda s: shown in s, f"the {dialog} dialog")
        if ending == "ctrl+c":
            term.keys("C-c")
        elif ending == "closed":
            term.close()
        else:
            os.kill(pid, getattr(signal, ending))
        wait_until(lambda: _gone(pid), "postrun to exit")
        if ending != "closed":
            wait_until(lambda: rc.exists() and rc.read_text().strip() != "", "the exit status")
            assert rc.read_text().strip() == "130"
            assert "Traceback" not in term.screen()
    records = History(home / "history").load()
    assert len(records.records) == 1 and not records.problems
    assert not records.records[0].completed
