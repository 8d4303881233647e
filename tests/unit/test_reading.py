"""What the session screen says, read from a plan and a snapshot: counts, places, next."""

from __future__ import annotations

from postrun import content
from postrun.plan import Plan, PlanSettings, make_plan
from postrun.reading import Reader, Reading
from postrun.session import Command, Session

from ..fakes import FakeClock


def plan(routine: str, minutes: int) -> Plan:
    catalog = content.load_all(include_user=False)
    return make_plan(catalog.routines[routine], minutes, PlanSettings())


def at(p: Plan, predicate, offset: float = 1.0) -> Reading:
    """The screen's words `offset` seconds into the first step that matches."""
    clock = FakeClock()
    session = Session(p, clock)
    session.command(Command.START)
    step = next(s for s in p.steps if predicate(s))
    left = step.start + offset
    while left > 0:
        clock.advance(min(1.0, left))
        left -= 1.0
        session.tick()
    return Reader(p).read(session.tick())


RESET = plan("post-run-reset", 10)


def test_next_on_the_left_side_of_the_last_move_is_its_right_side():
    last = RESET.steps[-1].move
    reading = at(RESET, lambda s: s.move == last and s.side == "left" and s.kind == "hold")
    assert reading.next == "next: right side, hold 35 s"
    assert at(RESET, lambda s: s is RESET.steps[-1]).next == "next: the finish"


def test_next_within_a_move_names_the_next_position_then_the_other_side():
    first = at(RESET, lambda s: s.position == "Knee to chest" and s.side == "left")
    assert first.next == "next: knee out to the side, 2 of 3, hold 35 s"
    third = at(RESET, lambda s: s.position == "Knee across the body" and s.side == "left")
    assert third.next == "next: knee to chest, 1 of 3, right side, hold 35 s"


def test_where_says_move_position_and_round_n_of_m():
    reading = at(RESET, lambda s: s.position == "Knee out to the side" and s.side == "right")
    assert reading.where == "move 3 of 6  ·  knee out to the side, 2 of 3"
    assert reading.side_big == "RIGHT →"
    five = plan("five-key-stretches", 15)
    second = at(five, lambda s: s.kind == "hold" and s.round == 2 and s.rounds == 3)
    assert "round 2 of 3" in second.where
    first = at(five, lambda s: s.kind == "hold" and s.round == 1 and s.rounds == 3)
    assert first.next == "next: round 2 of 3, hold 45 s"


def test_a_paced_rep_is_counted_big_and_in_words():
    reading = at(RESET, lambda s: s.kind == "reps", offset=7.5)  # 3.33 s a prance
    assert (reading.big, reading.big_kind, reading.count) == ("3", "count", "rep 3 of 15")


def test_a_paced_rep_step_reads_as_a_count_not_a_second_clock():
    # The status line keeps the session's time; a rep line that also ticked every second
    # made each second repaint everything between the two.
    first, later = (
        at(RESET, lambda s: s.kind == "reps", offset=offset) for offset in (6.8, 7.9)
    )  # both early in rep 3 (3.33 s a prance)
    assert first.count == later.count == "rep 3 of 15"
    assert first.doing == later.doing and ":" not in first.doing


def test_a_rep_that_is_held_counts_its_hold_down_each_rep():
    hinge = plan("five-key-stretches", 15)
    step = next(s for s in hinge.steps if s.rep_hold)
    assert (step.reps, step.rep_seconds, step.rep_hold) == (5, 49.0, 45)
    easing = at(hinge, lambda s: s is step, offset=49 + 2)  # rep 2, still moving into it
    assert (easing.big, easing.count, easing.doing) == ("0:45", "rep 2 of 5", "Ease into it")
    holding = at(hinge, lambda s: s is step, offset=49 + 20)
    assert (holding.big, holding.count, holding.doing) == ("0:29", "rep 2 of 5", "Hold")


def test_a_breath_shows_its_phase_big_and_which_breath_it_is():
    breathe = plan("breathe-down", 5)
    reading = at(breathe, lambda s: s.kind == "breath", offset=10 + 5)  # 10 s a breath
    assert (reading.big, reading.big_kind) == ("OUT", "breath")
    assert reading.count == "breath 2 of 13" and reading.doing == "Breathe out  ·  5 s"


def test_getting_into_position_puts_the_coming_move_first():
    reading = at(RESET, lambda s: s.kind == "prepare" and s.move == 1)
    assert (reading.big, reading.big_short, reading.big_kind) == (
        "Hamstring nerve glide",
        "0:04",
        "move",
    )
    assert reading.side_big == "← LEFT" and reading.title == "Hamstring nerve glide"
    assert reading.next == "next: right side, 15 glides"


def test_a_switch_says_so_in_big_letters_and_the_last_three_seconds_stand_out():
    switch = at(RESET, lambda s: s.kind == "switch", offset=1)
    assert switch.switching and switch.side_big == "Switch to your RIGHT side →"
    assert switch.side_short == "RIGHT →" and not switch.urgent
    assert at(RESET, lambda s: s.kind == "switch", offset=2.5).urgent  # 2.5 s left: "3"
    assert not at(RESET, lambda s: s.kind == "hold", offset=5).urgent
