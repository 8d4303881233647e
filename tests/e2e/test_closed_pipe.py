"""Every command piped into a reader that stops early (`postrun plan | head -3`) ends
quietly: no traceback, the same exit status as a session whose reader went away."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

POSTRUN = [sys.executable, "-m", "postrun"]
COMMANDS = [
    ["routines"],
    ["routines", "--json"],
    ["plan", "--routine", "long-run-yoga", "--minutes", "15"],
    ["plan", "--minutes", "10", "--json"],
    ["pose", "long-run-yoga"],
    ["history"],
    ["doctor", "--quiet"],
    ["check", "content"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path, args: list[str]):
    read, write = os.pipe()
    os.close(read)  # like `| head -3` once head has its lines: every write is EPIPE
    env = os.environ | {"POSTRUN_HOME": str(tmp_path)}
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [*POSTRUN, *args], env=env, cwd=root, stdout=write, stderr=subprocess.PIPE, timeout=60
    )
    os.close(write)
    assert result.stderr == b"", result.stderr.decode()
    assert result.returncode == 130
