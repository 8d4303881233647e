"""Nothing lost, for real: a session stopped part way by Ctrl-C or a closed terminal
(SIGHUP) is offered by the next `postrun`, and resuming it finishes its plan, recorded
as the resume of the first. The real entry point in tmux; the screen polled."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from postrun import content
from postrun.plan import Plan, PlanSettings, make_plan
from postrun.store import History
from postrun.store.record import Record

from .terminal import POSTRUN, terminal, wait_until

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

ROUTINE, MINUTES = "quick-full-body", 3  # its last step: a 20 s hold, the real wait here


def stop_part_way(home: Path, ending: str) -> tuple[Plan, Record]:
    """A real session taken to its last step and stopped there by `ending`; its record."""
    plan = make_plan(
        content.load_all(include_user=False).routines[ROUTINE], MINUTES, PlanSettings()
    )
    last = len(plan.steps) - 1
    history = History(home / "history")
    start = f"{POSTRUN} start --sound off --routine {ROUTINE} --minutes {MINUTES}"
    with terminal(start, home) as term:
        term.wait_for(lambda s: "phase 1 of 3" in s, "the session screen")
        term.keys(*["n"] * last)  # to the last step
        name = plan.steps[last].name.upper()
        term.wait_for(lambda s: name in s and "phase 3 of 3" in s, "the last step")
        if ending == "ctrl+c":
            term.keys("C-c")
        else:
            term.close()
        wait_until(lambda: len(history.load().records) == 1, "the record")
    (first,) = history.load().records
    assert first.ended_early and first.stopped_at == last and not first.completed
    return plan, first


@pytest.mark.parametrize("ending", ["ctrl+c", "closed"])
def test_a_session_stopped_part_way_is_recorded_where_it_stopped(tmp_path: Path, ending: str):
    stop_part_way(tmp_path / "home", ending)


def test_the_next_postrun_offers_it_and_resuming_finishes_it(tmp_path: Path):
    """Once, after a closed terminal: the offer reads the record, not how it ended."""
    home = tmp_path / "home"
    plan, first = stop_part_way(home, "closed")
    last = len(plan.steps) - 1
    name = plan.steps[last].name.upper()
    with terminal(str(POSTRUN), home) as term:
        total = f"of {plan.total_seconds // 60}:{plan.total_seconds % 60:02d} done"
        term.wait_for(
            lambda s: "Resume: Quick full-body recovery, " in s and total in s, "the offer"
        )
        term.keys("r")
        term.wait_for(lambda s: name in s and "phase 3 of 3" in s, "the resumed step")
        term.wait_for(lambda s: "Saved to your history" in s, "the summary", timeout=60)
        term.keys("Enter")
        term.wait_for(lambda s: "stretch after your run" in s and "Resume:" not in s, "Home")
    first_again, second = History(home / "history").load().records
    assert first_again == first
    assert second.resumes == first.key and not second.ended_early
    assert second.step_done[last] == plan.steps[last].seconds  # the step ran its planned time
