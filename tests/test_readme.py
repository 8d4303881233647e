"""The README's promises: its pictures and links are there, the map's example runs, and
CI runs the README's test command."""

from __future__ import annotations

import doctest
import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PAGES = ["README.md", "docs/ARCHITECTURE.md", "docs/ROUTINES.md", "bench/README.md"]


def test_the_maps_example_runs() -> None:
    result = doctest.testfile(str(REPO / "docs" / "ARCHITECTURE.md"), module_relative=False)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize("page", [p for p in PAGES if (REPO / p).exists()])
def test_every_local_picture_and_link_is_there(page: str) -> None:
    text = (REPO / page).read_text()
    targets = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text)
    local = [t for t in targets if "://" not in t]
    assert local or page != "README.md"  # the README has a picture and links
    missing = [t for t in local if not ((REPO / page).parent / t).exists()]
    assert missing == [], f"{page} points at files that are not there: {missing}"


def test_the_readme_is_short() -> None:
    assert len((REPO / "README.md").read_text().splitlines()) < 200


def test_ci_runs_the_readme_test_command() -> None:
    script = (REPO / ".ci" / "run").read_text()
    awk = script[script.index("awk '") + 5 : script.index("' README.md")]
    found = subprocess.run(["awk", awk, "README.md"], cwd=REPO, capture_output=True, text=True)
    command = found.stdout.strip()
    assert command.startswith("python3 -m venv .venv && ")
    assert ".venv/bin/pytest -n 2 -m 'not real_time' && .venv/bin/pytest -m real_time" in command
    readme = (REPO / "README.md").read_text()
    assert f"```sh\n{command}\n```" in readme
