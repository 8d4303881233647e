"""Spoken cues: the words for a plan, and when they play (fake clock, fake renderer)."""

from __future__ import annotations

from pathlib import Path

from postrun.plan import Plan, PlanSettings, make_plan
from postrun.session import Command, Session
from postrun.sound import Cue, SoundBoard, SpokenCues, script

from ..fakes import FakeClock, FakeRenderer, SpeakingPlayer, hold, phase, reps, routine


def test_the_script_names_moves_sides_positions_and_switches(routines):
    plan = make_plan(routines["post-run-reset"], 10)
    lines = script(plan)
    said = [lines[i] for i in sorted(lines)]
    assert said[0] == (
        "Phase one: Restore the lower chain. Downward dog with prancing feet, 15 prances"
    )
    assert "Hamstring nerve glide, 15 glides, left side" in said
    assert (
        "Phase two: Reset the hips. Supine leg openers. Position one: knee to chest, 35 seconds,"
        " left side" in said
    )
    assert "Position two: knee out to the side, 35 seconds" in said
    assert sum(line.startswith("Switch to your right side") for line in said) == 4
    # Back on the other side, the first position is named again.
    assert "Switch to your right side. Position one: knee to chest, 35 seconds" in said
    child = "Child's pose with side reach. Position one: centre, 40 seconds"
    assert any(line.endswith(child) for line in said)


def test_the_last_round_and_the_last_rep_are_called_last_one(routines):
    plan = make_plan(routines["five-key-stretches"], 10)
    lines = script(plan)
    steps = enumerate(plan.steps)
    rounds = [
        (s.round, s.rounds, lines[i]) for i, s in steps if s.kind == "prepare" and s.round > 1
    ]
    assert (2, 3, "Round two") in rounds and (3, 3, "Last one") in rounds
    assert (2, 2, "Last one") in rounds

    reps_plan = make_plan(routine(phase("one", reps("glide", 4, 2))), 3, PlanSettings())
    spoken = SpokenCues(reps_plan, FakeRenderer())  # type: ignore[arg-type]
    assert "Last one" in spoken.texts()  # rendered ahead
    timeline = run(FakeRenderer(), plan=reps_plan)
    said = [(at, what) for at, kind, what in timeline if kind == "say"]
    last = [at for at, what in said if what == "Last one"]
    start = reps_plan.steps[1].start
    assert last == [start + 3 * 2]  # when the third of four reps is counted


PLAN = make_plan(
    routine(phase("one", hold("lunge", 40, sides="both")), phase("two", reps("glide", 10, 2))),
    3,
    PlanSettings(),
)


def run(
    renderer: FakeRenderer, seconds: float = 200, plan: Plan = PLAN
) -> list[tuple[float, str, object]]:
    clock = FakeClock()
    player = SpeakingPlayer()
    board = SoundBoard(player, voice="on")
    board.start_voice(plan, renderer)  # type: ignore[arg-type]
    assert board.voice is not None
    board.voice.wait()
    session = Session(plan, clock, lead_in=0)
    session.command(Command.START)
    timeline: list[tuple[float, str, object]] = []
    for _ in range(int(seconds * 4)):
        clock.advance(0.25)
        snap = session.tick()
        before = len(player.heard)
        board.hear(session.drain(), clock())
        timeline += [(snap.done_seconds, *h) for h in player.heard[before:]]
        if session.finished:
            break
    return timeline


def test_each_move_is_named_at_its_prepare_step_and_nothing_overlaps():
    timeline = run(FakeRenderer())
    said = {what: at for at, kind, what in timeline if kind == "say"}
    # Ticks come every 0.25 s, so each phrase plays within one tick of its moment.
    assert 0 <= said["Phase one: One. Lunge, 40 seconds, left side"] <= 0.25
    assert 45 <= said["Switch to your right side"] <= 45.25
    assert 90 <= said["Phase two: Two. Glide, 10 reps"] <= 90.25
    assert 25 <= said["Halfway"] <= 25.25
    assert "Session complete, well done" in said
    # A spoken "three, two, one" is not talked over by the pips it replaces.
    countdown = [at for at, kind, what in timeline if what == "Three, two, one"]
    pips = [at for at, kind, what in timeline if what is Cue.COUNTDOWN]
    for start in countdown:
        assert not [p for p in pips if start < p < start + 0.3]


def test_a_phrase_not_ready_in_time_is_skipped_for_the_beep_never_late():
    timeline = run(FakeRenderer(missing=frozenset({"Switch to your right side"})))
    at_switch = [(kind, what) for at, kind, what in timeline if 45 <= at <= 45.25]
    assert at_switch == [("beep", Cue.SWITCH)]
    assert all(what != "Switch to your right side" for _, _, what in timeline)


def test_a_halfway_never_cuts_a_move_name():
    long_name = FakeRenderer()
    timeline = run(long_name)
    names = [(at, what) for at, kind, what in timeline if kind == "say" and "seconds" in str(what)]
    for at, what in names:
        ends = at + 0.1 * len(str(what).split())
        assert not [t for t, _, w in timeline if w == "Halfway" and at < t < ends]


def test_each_phrase_and_voice_has_its_own_safe_file_name(tmp_path: Path):
    from postrun.sound.voice import Renderer

    espeak = Renderer(["espeak-ng", "-s", "160", "-w"], tmp_path)
    phrases = ["Switch sides", "switch sides.", "Switch sides!", "../../etc/passwd", "\x1b[31m[/]"]
    phrases += ["Hold " + "long " * 100 + "a", "Hold " + "long " * 100 + "b", "", "¿Qué?"]
    names = [espeak.path(text) for text in phrases]
    assert len(set(names)) == len(phrases) and espeak.path("Switch sides") == names[0]
    assert Renderer(["say", "-o"], tmp_path).path("Switch sides") != names[0]
    for name in names:
        assert name.parent == tmp_path and len(name.name) < 100
        assert set(name.name) <= set("abcdefghijklmnopqrstuvwxyz0123456789-.")
