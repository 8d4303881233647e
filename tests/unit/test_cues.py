"""Which cue plays when: a recording player and a fake clock, through the real SoundBoard."""

from __future__ import annotations

from postrun.plan import PlanSettings, make_plan
from postrun.session import Command, Session
from postrun.sound import PRIORITY, Cue, CueArbiter, SoundBoard

from ..fakes import FakeClock, RecordingPlayer, hold, phase, reps, routine

# prepare 5 | left 40 | switch 5 | right 40 | prepare 5 | 10 reps x 2 s
PLAN = make_plan(
    routine(phase("one", hold("lunge", 40, sides="both")), phase("two", reps("glide", 10, 2))),
    3,
    PlanSettings(),
)


def run(seconds: float, *, pause_at: float | None = None, mute: bool = False):
    clock = FakeClock()
    player = RecordingPlayer()
    board = SoundBoard(player)
    board.muted = mute
    session = Session(PLAN, clock, lead_in=0)
    session.command(Command.START)
    heard: list[tuple[float, Cue]] = []
    elapsed = 0.0
    while elapsed < seconds and not session.finished:
        clock.advance(0.25)
        elapsed += 0.25
        if pause_at is not None and abs(elapsed - pause_at) < 1e-9:
            session.command(Command.PAUSE)
        snap = session.tick()
        cue = board.hear(session.drain(), clock())
        if cue is not None:
            heard.append((snap.done_seconds, cue))
    return heard, player


def test_each_moment_gets_its_cue_on_time():
    heard, _ = run(200)
    cues: dict[Cue, list[float]] = {}
    for at, cue in heard:
        cues.setdefault(cue, []).append(at)
    assert cues[Cue.GO][:2] == [5.0, 50.0]  # both holds start on time
    assert cues[Cue.SWITCH] == [45.0]
    assert cues[Cue.COUNTDOWN][:3] == [2.0, 3.0, 4.0]  # the prepare's 3, 2, 1
    assert 25.0 in cues[Cue.HALFWAY] and 70.0 in cues[Cue.HALFWAY]
    assert cues[Cue.PHASE] == [90.0]
    assert cues[Cue.REP][:2] == [97.0, 99.0]  # a tick every 2 s of the paced reps
    assert heard[-1][1] is Cue.COMPLETE


def test_nothing_plays_while_paused():
    heard, player = run(120, pause_at=20)
    assert all(at <= 20 for at, _ in heard)
    assert len(player.played) == len(heard)


def test_mute_silences_everything():
    heard, player = run(120, mute=True)
    assert heard == [] and player.played == []


def test_a_lesser_cue_never_talks_over_a_weightier_one():
    arbiter = CueArbiter({Cue.PHASE: 0.75, Cue.REP: 0.04})
    assert arbiter.offer(Cue.PHASE, 10.0)
    assert not arbiter.offer(Cue.REP, 10.2)  # the bell is still ringing
    assert arbiter.offer(Cue.COMPLETE, 10.3)  # more important: cuts it
    assert arbiter.offer(Cue.REP, 11.5)  # long after: plays
    assert PRIORITY[Cue.COMPLETE] > PRIORITY[Cue.PHASE] > PRIORITY[Cue.REP]
