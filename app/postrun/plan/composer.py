"""A session made for today's run from every move postrun knows (pure: no files, no clock).

From the moves the loaded routines offer (`library`), the composer picks some for each
of the three phases the seed routines share (lower chain, hips, decompress and
rebalance; breathing last when the run asks for it), builds one Routine of them and fits
it with the planner's exact chooser (`make_plan`). What it picks, in order of weight:
the move the run should start with (feet or calves after a long run), rolling first
when the run asks for it, moves with the runner's focus, the run's style (movement
after an easy run, still holds after a tempo run), a routine's own core and extra moves
before its optional ones, and last the seed, so equal moves change from day to day.
It picks enough for the minutes, each phase its share; with a focus, every other phase
gets one move at its shortest, and a focus hold may repeat for more rounds when the
focus moves alone could not fill half the session.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from postrun.models import (
    BreathExercise,
    HoldExercise,
    Phase,
    PositionsExercise,
    RepsExercise,
    Routine,
    Source,
)
from postrun.plan.fit import Plan, make_plan, tolerance
from postrun.plan.library import Candidate, offered, once_each
from postrun.plan.runs import (
    DEFAULT_EQUIPMENT,
    PHASES,
    RUNS,
    PhaseName,
    Run,
    RunType,
    routine_id_of,
)
from postrun.plan.steps import PlanSettings

SHARES: dict[PhaseName, float] = {"lower-chain": 0.4, "hips": 0.35, "decompress": 0.25}
FOCUS_SHARE = 0.5  # with a focus, at least this much of the session is spent on it
FOCUS_AIM = 0.6  # what the picks aim for, so the fitted plan keeps above FOCUS_SHARE
LONGEST_MOVE = 0.5  # a move that cannot be shorter than this share of the session: not used
# (unless every move is that long: then the plan runs over, and its note says by how much)
MOST_ROUNDS = 10  # a focus hold repeats at most this often


class NothingToCompose(ValueError):
    """No move the routines offer suits the request (`words.nothing_to_compose` says it)."""


@dataclass(frozen=True, slots=True)
class Request:
    """What the runner asks for."""

    run: RunType
    minutes: int | None = None  # None: the run type's own length
    focus: frozenset[str] = frozenset()
    equipment: frozenset[str] = DEFAULT_EQUIPMENT
    left_out: frozenset[tuple[str, str]] = frozenset()  # (routine id, exercise id)
    seed: int = 0

    @property
    def length(self) -> int:
        return self.minutes or RUNS[self.run].minutes


@dataclass(frozen=True, slots=True)
class Wording:
    """The words a composed routine is shown with (`words.run_wording` makes them)."""

    title: str
    summary: str
    source: Source
    phases: Mapping[PhaseName, tuple[str, str]]  # each phase's title and intent


@dataclass(frozen=True, slots=True)
class Credit:
    """An article a composed plan draws on, and the moves it gave."""

    routine_id: str
    source: Source
    moves: tuple[str, ...]  # exercise ids, in plan order


@dataclass(frozen=True, slots=True)
class Composed:
    """A composed plan and what it is made of."""

    plan: Plan
    run: RunType
    focus: frozenset[str]
    credits: tuple[Credit, ...]
    origins: Mapping[str, str]  # exercise id -> the routine it comes from

    def focus_seconds(self) -> int:
        """The seconds spent on moves with the focus, their pauses included."""
        routine = self.plan.routine
        with_focus = {e.id for e in routine.exercises() if self.focus & set(e.focus)}
        return sum(s.seconds for s in self.plan.steps if s.exercise_id in with_focus)


def known_focus(routines: Iterable[Routine]) -> list[str]:
    """Every area a move's focus names, sorted: what `--focus` accepts."""
    return sorted({area for r in routines for e in r.exercises() for area in e.focus})


def known_equipment(routines: Iterable[Routine]) -> list[str]:
    """Every piece of equipment a routine names, the mat included: what `--equipment` accepts."""
    return sorted(DEFAULT_EQUIPMENT | {item for r in routines for item in r.equipment})


def compose(
    routines: Sequence[Routine],
    request: Request,
    wording: Wording,
    settings: PlanSettings | None = None,
) -> Composed:
    """The session for `request`, fitted to its minutes."""
    settings = settings or PlanSettings()
    run = RUNS[request.run]
    pool = offered(routines, run, request.equipment, request.left_out, request.seed, settings)
    ranked = once_each(sorted(pool, key=lambda c: _rank(c, run, request.focus)))
    target = request.length * 60
    picked = _pick(ranked, run, request.focus, target, settings)
    if not any(picked.values()):
        raise NothingToCompose(request.run)
    routine = _routine(picked, request, wording)
    plan = replace(make_plan(routine, request.length, settings), request=request)
    origins = {c.exercise.id: c.routine.id for group in picked.values() for c in group}
    return Composed(plan, request.run, request.focus, _credits(plan, picked), origins)


def _rank(c: Candidate, run: Run, focus: frozenset[str]) -> tuple[int, ...]:
    e, areas = c.exercise, set(c.exercise.focus)
    moving = e.kind in ("reps", "walk") or (isinstance(e, HoldExercise) and e.moving)
    style = (run.movement_first and not moving) or (run.holds_first and moving)
    return (
        0 if c.phase == "lower-chain" and run.lead & areas else 1,
        0 if run.rolling_first and c.rolling else 1,
        0 if focus & areas else 1,
        1 if style else 0,
        1 if e.priority == "optional" else 0,
        c.tiebreak,
    )


Picked = dict[PhaseName, list[Candidate]]


def _pick(
    ranked: list[Candidate],
    run: Run,
    focus: frozenset[str],
    target: int,
    settings: PlanSettings,
) -> Picked:
    fits = [c for c in ranked if c.least <= target * LONGEST_MOVE] or ranked
    by_phase: Picked = {name: [c for c in fits if c.phase == name] for name in PHASES}
    picked: Picked = {name: [] for name in PHASES}
    if run.breathing and by_phase["breathing"]:
        breaths = by_phase["breathing"]
        picked["breathing"] = [min(breaths, key=lambda c: c.least) if focus else breaths[0]]
    if focus:
        _pick_for_focus(by_phase, picked, run, focus, target, settings)
    else:
        room = target - sum(c.mid for c in picked["breathing"])
        for name, share in SHARES.items():
            _fill(picked[name], by_phase[name], room * share)
    _fit_range(by_phase, picked, target, tolerance(target), focus, settings)
    return picked


def _fill(chosen: list[Candidate], offers: list[Candidate], budget: float) -> None:
    """Candidates in rank order while they fit the budget; at least one."""
    for c in offers:
        if not chosen or sum(x.mid for x in chosen) + c.mid <= budget:
            chosen.append(c)


def _pick_for_focus(
    by_phase: Picked,
    picked: Picked,
    run: Run,
    focus: frozenset[str],
    target: int,
    settings: PlanSettings,
) -> None:
    """Focus moves for the room; every other phase one move at its shortest."""

    def has_focus(c: Candidate) -> bool:
        return bool(focus & set(c.exercise.focus))

    def total() -> float:
        return sum(c.mid for group in picked.values() for c in group)

    leads = [c for c in by_phase["lower-chain"] if run.lead & set(c.exercise.focus)]
    if leads and not any(map(has_focus, leads)):  # the move to start with, at its shortest
        picked["lower-chain"].append(_shortest(min(leads, key=lambda c: c.least), settings))
    for name in SHARES:
        offers = by_phase[name]
        if offers and not picked[name] and not any(map(has_focus, offers)):
            picked[name].append(_shortest(min(offers, key=lambda c: c.least), settings))
    for c in (c for name in SHARES for c in by_phase[name] if has_focus(c)):
        if total() + c.mid <= target:
            picked[c.phase].append(c)
    for name in SHARES:  # a phase the room ran out for: its shortest move, focus first
        offers = sorted(by_phase[name], key=lambda c: (not has_focus(c), c.least))
        if offers and not picked[name]:
            first = offers[0]
            picked[name].append(first if has_focus(first) else _shortest(first, settings))
    others = sum(c.least for group in picked.values() for c in group if not has_focus(c))
    wanted = max(target * FOCUS_AIM, target - others)
    _repeat_holds(picked, focus, wanted, settings)


def _focus_most(picked: Picked, focus: frozenset[str]) -> int:
    return sum(c.most for g in picked.values() for c in g if focus & set(c.exercise.focus))


def _repeat_holds(
    picked: Picked, focus: frozenset[str], wanted: float, settings: PlanSettings
) -> None:
    """More rounds of the focus holds, one at a time, until they could fill `wanted`."""
    while _focus_most(picked, focus) < wanted:
        holds = [
            (c.exercise.rounds[1], name, i, c.exercise)
            for name, group in picked.items()
            for i, c in enumerate(group)
            if focus & set(c.exercise.focus)
            and isinstance(c.exercise, HoldExercise)
            and c.exercise.rounds[1] < MOST_ROUNDS
        ]
        if not holds:
            return
        rounds, name, i, e = min(holds, key=lambda h: h[0])
        assert isinstance(e, HoldExercise)
        more = replace(e, rounds=(e.rounds[0], rounds + 1))
        picked[name][i] = picked[name][i].with_exercise(more, settings)


def _shortest(c: Candidate, settings: PlanSettings) -> Candidate:
    """A move outside the focus, at its article's shortest numbers."""
    e = c.exercise
    if isinstance(e, HoldExercise):
        e = replace(e, hold=_low(e.hold), rounds=_low(e.rounds))
    elif isinstance(e, RepsExercise):
        e = replace(e, reps=_low(e.reps), rep_hold=e.rep_hold and _low(e.rep_hold))
    elif isinstance(e, PositionsExercise):
        e = replace(e, positions=[replace(p, hold=_low(p.hold)) for p in e.positions])
    elif isinstance(e, BreathExercise):
        e = replace(e, rounds=_low(e.rounds))
    else:
        e = replace(e, duration=_low(e.duration))
    return c.with_exercise(e, settings)


def _low(span: tuple[int, int]) -> tuple[int, int]:
    return (span[0], span[0])


def _fit_range(
    by_phase: Picked,
    picked: Picked,
    target: int,
    tol: int,
    focus: frozenset[str],
    settings: PlanSettings,
) -> None:
    """Add moves while the picks cannot reach the target, drop while they cannot get under."""

    def chosen() -> list[Candidate]:
        return [c for group in picked.values() for c in group]

    ids = {c.exercise.id for c in chosen()}
    spare = [c for name in SHARES for c in by_phase[name] if c.exercise.id not in ids]
    if focus:  # the focus moves first; the others, at their shortest, only to reach it
        spare.sort(key=lambda c: not focus & set(c.exercise.focus))
        spare = [c if focus & set(c.exercise.focus) else _shortest(c, settings) for c in spare]
    while sum(c.least for c in chosen()) > target + tol:  # the longest of the last picks
        last = [group[-1] for group in picked.values() if len(group) > 1]
        if not last:
            break
        drop = max(last, key=lambda c: c.least)
        picked[drop.phase].remove(drop)
    for c in spare:  # in rank order, each only if the picks can still get under
        if sum(x.most for x in chosen()) >= target - tol:
            break
        if sum(x.least for x in chosen()) + c.least <= target + tol:
            picked[c.phase].append(c)


def _routine(picked: Picked, request: Request, wording: Wording) -> Routine:
    phases = []
    for name in PHASES:
        if not picked[name]:
            continue
        title, intent = wording.phases[name]
        exercises = [c.exercise for c in picked[name]]
        phases.append(Phase(id=name, title=title, intent=intent, exercises=exercises))
    moves = [c for name in PHASES for c in picked[name]]
    focus = sorted(request.focus) or _unique(a for c in moves for a in c.exercise.focus)
    cautions = _unique(caution for c in moves for caution in c.routine.cautions)
    return Routine(
        id=routine_id_of(request.run),
        title=wording.title,
        summary=wording.summary,
        source=wording.source,
        focus=focus or [wording.title],
        equipment=_unique(item for c in moves for item in c.exercise.equipment),
        cautions=cautions,
        phases=phases,
    )


def _credits(plan: Plan, picked: Picked) -> tuple[Credit, ...]:
    """Every article the plan's moves come from, in the order the plan first uses them."""
    origin = {c.exercise.id: c.routine for group in picked.values() for c in group}
    moves: dict[str, list[str]] = {}
    routines: dict[str, Routine] = {}
    for step in plan.steps:
        routine = origin.get(step.exercise_id)
        if routine is None:
            continue
        routines[routine.id] = routine
        ids = moves.setdefault(routine.id, [])
        if step.exercise_id not in ids:
            ids.append(step.exercise_id)
    return tuple(Credit(rid, routines[rid].source, tuple(ids)) for rid, ids in moves.items())


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
