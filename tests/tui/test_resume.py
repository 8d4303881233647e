"""Home offers to resume a session that stopped part way, and resuming finishes its
plan: every step left at its planned time, the record saying which one it resumed."""

from __future__ import annotations

import asyncio
import threading
from datetime import timedelta

import pytest
from textual.pilot import Pilot

from postrun import content, paths, words
from postrun.plan import PlanSettings, Request, compose, make_plan
from postrun.session import Command, Session
from postrun.store import History, Record, local_now
from postrun.tui.home import HomeScreen
from postrun.tui.resume import ResumeOffer
from postrun.tui.session_screen import SessionScreen
from postrun.tui.summary_screen import SummaryScreen

from ..fakes import FakeClock
from .harness import Harness, build

ROUTINE = "post-run-reset"


def stopped_record(seconds: float, minutes: int = 10) -> Record:
    """A session of the default routine ended with q after `seconds`, kept in history."""
    routine = content.load_all(include_user=False).routines[ROUTINE]
    clock = FakeClock()
    session = Session(make_plan(routine, minutes, PlanSettings()), clock, lead_in=0)
    session.command(Command.START)
    for _ in range(int(seconds)):
        clock.advance(1)
        session.tick()
    session.command(Command.FINISH)
    record = Record.from_summary(session.summary(), routine.title, local_now() - timedelta(hours=1))
    History(paths.history_dir()).add(record)
    return record


async def looked(h: Harness, pilot: Pilot[int], before: threading.Thread | None = None) -> None:
    """Wait for the App's look for an offer (a thread) after `before`, and its showing."""
    for _ in range(200):
        finder = h.app.offer_finder
        if finder is not None and finder is not before:
            await asyncio.to_thread(finder.join, 10)
            await pilot.pause()
            return
        await pilot.pause()
    raise AssertionError("the App never looked for an offer")


def offer_row(h: Harness) -> ResumeOffer:
    return h.app.screen.query_one(ResumeOffer)


def footer_keys(h: Harness) -> set[str]:
    return {b.action for _, b, enabled, _ in h.app.screen.active_bindings.values() if enabled}


async def finish(h: Harness, pilot: Pilot[int]) -> None:
    """Run the session on screen to its end, a second at a time as its timer would."""
    for _ in range(200):  # far more than a 10-minute plan needs
        if isinstance(h.app.screen, SummaryScreen):
            return
        await h.advance(pilot, 10)
    raise AssertionError("the session never finished")


async def test_home_offers_the_session_stopped_and_r_finishes_it_as_planned():
    first = stopped_record(370)
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await looked(h, pilot)
        row = offer_row(h)
        assert row.display and row.can_resume
        assert str(row.render()).startswith("Resume: Post-run reset, ")
        assert "resume" in footer_keys(h)
        await pilot.press("r")
        await pilot.pause()
        screen = h.session_screen()
        assert screen.session.index == first.stopped_at
        assert screen.session.tick().seconds_left == screen.session.step.seconds  # from its start
        await finish(h, pilot)
        assert isinstance(h.app.screen, SummaryScreen)
        (summary,) = h.recorded
        plan = screen.plan
        for index, step in enumerate(plan.steps):
            want = step.seconds if step.is_timed_work and index >= first.stopped_at else None
            if want is not None:  # each step left ran its planned time
                assert summary.step_done[index] == want, step
            elif index < first.stopped_at:  # what came before is the first part's
                assert summary.step_done[index] == (first.step_done + [0.0] * index)[index]
        assert summary.resumes == first.key and summary.completed
        before = h.app.offer_finder
        await pilot.press("enter")  # back to Home: the resumed session is not offered again
        await looked(h, pilot, before)
        assert isinstance(h.app.screen, HomeScreen) and not offer_row(h).display
    records = History(paths.history_dir()).load().records
    assert [r.resumes for r in records] == ["", first.key]


async def test_quitting_a_session_part_way_offers_it_back_on_home():
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await h.advance(pilot, 95)
        stopped_at = h.session_screen().session.index
        await pilot.press("q", "y")
        await pilot.pause()
        before = h.app.offer_finder
        await pilot.press("enter")
        await looked(h, pilot, before)
        assert isinstance(h.app.screen, HomeScreen)
        row = offer_row(h)
        assert row.display and row.offer is not None
        assert row.offer.record.stopped_at == stopped_at
        await pilot.pause()  # laid out with the row in it
        assert row.region.height >= 1
        await pilot.click("#resume")  # a click resumes too
        await pilot.pause()
        assert h.session_screen().session.index == stopped_at


async def test_ctrl_c_part_way_is_offered_by_the_next_start():
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await h.advance(pilot, 95)
        await pilot.press("ctrl+c")
        await pilot.pause()
    assert h.app.return_code == 130
    again = build()
    async with again.app.run_test(size=(100, 30)) as pilot:
        await looked(again, pilot)
        assert offer_row(again).can_resume


async def test_x_dismisses_the_offer_and_its_keys():
    stopped_record(200)
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await looked(h, pilot)
        assert offer_row(h).display
        await pilot.press("x")
        await pilot.pause()
        assert not offer_row(h).display
        assert not {"resume", "dismiss_resume"} & footer_keys(h)
        await pilot.press("r")  # nothing to resume now
        await pilot.pause()
        assert isinstance(h.app.screen, HomeScreen)


async def test_an_offer_for_a_changed_plan_says_why_and_does_not_start():
    record = stopped_record(200)
    path = next(paths.history_dir().glob("*.toml"))
    path.write_text(path.read_text().replace(record.plan, "0" * 16))
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await looked(h, pilot)
        row = offer_row(h)
        assert str(row.render()).startswith(
            "Cannot resume Post-run reset: its routine or plan has changed since"
        )
        assert "resume" not in footer_keys(h)
        await pilot.press("r")
        await pilot.click("#resume")
        await pilot.pause()
        assert not any(isinstance(s, SessionScreen) for s in h.app.screen_stack)


SIZES = [(60, 20), (80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_home_with_an_offer(snap_compare, size):
    stopped_record(370)
    h = build()

    async def offered(pilot: Pilot[int]) -> None:
        await looked(h, pilot)

    assert snap_compare(h.app, terminal_size=size, run_before=offered)


async def test_an_offer_found_while_a_session_is_up_waits_on_home():
    """The look runs in a thread: its answer may land under a session or a summary."""
    stopped_record(200)
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await looked(h, pilot)
        offered = offer_row(h).offer
        assert offered is not None and h.app.home is not None
        await pilot.press("enter")  # a new session, not the resume
        await h.advance(pilot, 5)
        h.app.home.show_offer(offered)  # as if the answer came only now
        await pilot.pause()
        await pilot.press("q", "y")
        await pilot.pause()
        h.app.home.show_offer(offered)  # and now, under the summary
        before = h.app.offer_finder
        await pilot.press("enter")
        await looked(h, pilot, before)
        assert isinstance(h.app.screen, HomeScreen) and h.app._exception is None
        assert "resume" in footer_keys(h)


async def test_home_resumes_a_session_made_for_a_run_with_its_credits():
    catalog = content.load_all(include_user=False)
    request = Request(run="tempo", focus=frozenset({"calves"}), seed=3)
    composed = compose(list(catalog.routines.values()), request, words.run_wording("tempo"))
    clock = FakeClock()
    session = Session(composed.plan, clock, lead_in=0)
    session.command(Command.START)
    for _ in range(100):
        clock.advance(1)
        session.tick()
    session.command(Command.FINISH)
    title = composed.plan.routine.title
    first = Record.from_summary(session.summary(), title, local_now() - timedelta(hours=1))
    History(paths.history_dir()).add(first)
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await looked(h, pilot)
        row = offer_row(h)
        assert row.can_resume and str(row.render()).startswith("Resume: After a tempo run, ")
        await pilot.press("r")
        await pilot.pause()
        screen = h.session_screen()
        assert screen.plan.steps == composed.plan.steps
        assert screen.session.index == first.stopped_at > 0
        await pilot.press("q", "y")
        await pilot.pause()
        assert isinstance(h.app.screen, SummaryScreen)
        assert h.app.screen.credit == words.composed_credit(composed.credits) != ""


async def test_an_offer_found_as_the_app_closes_is_let_go():
    """The offer is looked for in a thread; q may close the App before it comes back.
    Home, its widgets gone, raised NoMatches into that thread (a traceback on the
    terminal after postrun had left)."""
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home = h.app.screen
        assert isinstance(home, HomeScreen)
    home.show_offer(None)  # the thread's answer, after the App has gone
