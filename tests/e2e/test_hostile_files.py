"""A FIFO or a device where a file should be: every command still answers, at once.

Real processes, because the failure is a hang (or memory eaten without end): each runs
under a timeout and an address-space limit.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

POSTRUN = [sys.executable, "-m", "postrun"]
MEMORY = 1024 * 1024 * 1024


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


@pytest.fixture
def hostile_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    (home / "routines").mkdir(parents=True)
    (home / "history").mkdir()
    os.mkfifo(home / "routines" / "pipe.toml")
    (home / "routines" / "zero.toml").symlink_to("/dev/zero")
    os.mkfifo(home / "settings.toml")
    os.mkfifo(home / "history" / "2026-01-01T00-00-00-abcdef.toml")
    return home


@pytest.mark.parametrize("command", [["routines"], ["plan"], ["history"], ["check", "ROUTINES"]])
def test_fifos_and_devices_never_hang_a_command(hostile_home: Path, command: list[str]):
    args = [str(hostile_home / "routines") if a == "ROUTINES" else a for a in command]
    result = subprocess.run(
        [*POSTRUN, *args],
        env=os.environ | {"POSTRUN_HOME": str(hostile_home)},
        capture_output=True,
        text=True,
        timeout=20,
        preexec_fn=_limited,
    )
    said = result.stdout + result.stderr
    assert "Traceback" not in said
    assert "pipe.toml: is a named pipe (FIFO), not a regular file" in said
    assert "zero.toml: is a device or socket, not a regular file" in said
    if command[0] in ("plan", "history"):
        assert result.returncode == 0
        assert "settings.toml: is a named pipe (FIFO)" in said
    if command[0] == "history":
        assert "abcdef.toml: damaged history record, left as it is: is a named pipe" in said
