"""The README's promises: its example runs, and CI runs its test command."""

from __future__ import annotations

import doctest
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_the_readme_example_runs() -> None:
    result = doctest.testfile(str(REPO / "README.md"), module_relative=False)
    assert result.attempted > 0
    assert result.failed == 0


def test_ci_runs_the_readme_test_command() -> None:
    script = (REPO / ".ci" / "run").read_text()
    awk = script[script.index("awk '") + 5 : script.index("' README.md")]
    found = subprocess.run(["awk", awk, "README.md"], cwd=REPO, capture_output=True, text=True)
    command = found.stdout.strip()
    assert command.startswith("python3 -m venv .venv && ")
    assert command.endswith(".venv/bin/pytest")
    readme = (REPO / "README.md").read_text()
    assert f"```sh\n{command}\n```" in readme
