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
        # A CI run failed here on a screen with the summary's top rows over the session's
        # last ones, most likely a half-written frame: wait_for takes only settled ones.
        assert "Traceback" not in screen, screen  # the whole screen, should one show
        assert "Preview: not recorded" in screen, screen
        term.keys("Enter")
        wait_until(lambda: rc.exists() and rc.read_text().strip() != "", "postrun to exit")
        assert rc.read_text().strip() == "0"


BLOCKS = set("▀▄█")


def inked(screen: str) -> int:
    """Rows of the screen with big letters in them."""
    return sum(1 for line in screen.splitlines() if set(line) & BLOCKS)


@pytest.mark.parametrize(("size", "least"), [((60, 20), 7), ((120, 40), 11)])
def test_the_countdown_is_big_in_a_real_terminal(tmp_path: Path, size, least) -> None:
    command = f"{POSTRUN} start --sound off --minutes 15 --routine five-key-stretches"
    with terminal(command, tmp_path / "home", size=size) as term:
        term.wait_for(lambda s: "Get into position" in s, "getting into position")
        term.keys("n")  # into the first hold: no side, so every big row is the countdown
        screen = term.wait_for(lambda s: "Hold" in s and "move 1 of" in s, "the first hold")
        assert inked(screen) >= least, screen


def test_the_side_is_big_at_40x12(tmp_path: Path) -> None:
    from postrun.tui import bigtext

    command = f"{POSTRUN} start --sound off --minutes 10 --routine post-run-reset"
    with terminal(command, tmp_path / "home", size=(40, 12)) as term:
        term.wait_for(lambda s: "Get into position" in s, "getting into position")
        term.keys("n", "n")  # past the first move: getting into the left side of the next
        screen = term.wait_for(lambda s: "HAMSTRING" in s, "the hamstring glide")
        lines = [line.strip() for line in screen.splitlines()]
        for row in bigtext.render("← LEFT", 1):
            assert row.strip() in lines, screen
