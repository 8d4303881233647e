"""Without a terminal the screen cannot run: one line and exit 2, at once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

POSTRUN = [sys.executable, "-m", "postrun"]


def _close_stdin() -> None:
    os.close(0)


@pytest.mark.parametrize(
    ("args", "stdin", "prepare"),
    [
        ([], subprocess.DEVNULL, None),  # postrun < /dev/null used to spin a core forever
        ([], None, _close_stdin),  # stdin closed: a traceback, exit 0
        (["start"], subprocess.DEVNULL, None),
        (["start", "--minutes", "5"], None, _close_stdin),
    ],
)
def test_the_screen_needs_a_terminal(tmp_path: Path, args, stdin, prepare):
    result = subprocess.run(
        [*POSTRUN, *args],
        env=os.environ | {"POSTRUN_HOME": str(tmp_path)},
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=20,
        preexec_fn=prepare,
    )
    assert result.returncode == 2
    assert result.stderr == "postrun: needs a terminal; try --plain\n"
    assert result.stdout == ""
    assert not (tmp_path / "history").exists()


def test_only_the_screen_needs_one(cli):
    assert cli("plan").code == 0  # stdout is captured here: not a terminal
    result = cli()
    assert (result.code, result.err) == (2, "postrun: needs a terminal; try --plain\n")
