"""postrun's performance, side by side with a bare Textual app: `python bench/run.py`.

Prints a table and writes bench/results.json. Not part of the test suite: timings
belong here, measured against the floor a Textual app can reach on the same machine
in the same run, never as assertions in tests.

- first frame of `postrun start` and of the home screen, beside the bare app's;
- CPU (over `--seconds`, 3 s after the keys that reach the step) and peak memory in the
  bundled routines as shipped, figures on, at 80x24, 100x30 and 120x40: paced reps with
  key frames, a hold with a figure, a hold of positions and breathing, each with sound
  off and with the system player into ALSA's file plugin and the voice on
  (`processes.SCENES`); the synthetic routines of the bench's own as extra rows;
- `plan --json` and `routines` wall time (beside another source tree: `--before DIR`);
- in the full run also: how late a session ends, cue latency, planning and loading.

The two apps never run at once; every measure alternates them and reports the median of
the paired ratios. `--quick` is a short check; the full run takes about forty minutes.
`--first-frames` times only the first frames (ten rounds). `--source DIR` measures the
postrun in DIR (an exported checkout's `app/`) instead.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import tempfile
import threading
import time
from pathlib import Path

import processes
from postrun import content
from postrun.cli.plain import NoKeys, run_plain
from postrun.models import Routine
from postrun.plan import MAX_MINUTES, MIN_MINUTES, PROFILES, PlanSettings, make_plan
from postrun.sound import Cue, SoundBoard
from postrun.store import Settings
from postrun.tui.app import Parts, PostrunApp
from postrun.tui.session_screen import SessionScreen
from processes import Paired

HERE = Path(__file__).parent


def routine(routine_id: str, moves: list[dict[str, object]]) -> Routine:
    return Routine.model_validate(
        {
            "id": routine_id,
            "title": routine_id.title(),
            "summary": "For the bench.",
            "focus": ["x"],
            "source": {"title": "T", "publisher": "P"},
            "phases": [{"id": "p", "title": "P", "intent": "I", "exercises": moves}],
        }
    )


def hold(move_id: str, seconds: int, sides: str = "none") -> dict[str, object]:
    return {
        "id": move_id,
        "name": move_id.title(),
        "kind": "hold",
        "hold": [seconds, seconds],
        "sides": sides,
        "steps": ["Hold."],
        "why": "To measure.",
    }


def lateness(results: list[float]) -> None:
    """One real-time 60 s session through the plain loop: when did it say it finished?"""
    plan = make_plan(routine("minute", [hold("hold", 55)]), 3, PlanSettings(prepare_seconds=5))
    assert plan.total_seconds == 60

    class Finish:
        def __init__(self) -> None:
            self.at: float | None = None

        def write(self, text: str) -> None:
            if "Session complete" in text and self.at is None:
                self.at = time.monotonic()

        def flush(self) -> None:
            pass

    out = Finish()
    from postrun.sound import SilentPlayer

    start = time.monotonic()
    run_plain(
        plan,
        time.monotonic,
        NoKeys(time.sleep),
        out,  # type: ignore[arg-type]  # only write and flush are used
        SoundBoard(SilentPlayer()),
        lambda s: "",
        lead_in=0,
    )
    assert out.at is not None
    results.append(out.at - start - plan.total_seconds)


class StampingPlayer:
    name = "stamping"
    notice: str | None = None
    speaks = False

    def __init__(self) -> None:
        self.played: list[tuple[float, Cue]] = []

    def play(self, cue: Cue) -> None:
        self.played.append((time.monotonic(), cue))

    def play_sound(self, sound: object) -> None:
        pass

    def duration(self, cue: Cue) -> float:
        return 0.0

    def close(self) -> None:
        pass


async def cue_latency(catalog: content.Catalog) -> list[float]:
    """The real App, headless, on the real clock: step boundary -> the player's play call."""
    player = StampingPlayer()
    # Many boundaries in a short time: three two-sided holds of 4 s.
    moves = [hold(f"hold-{n}", 4, sides="both") for n in range(3)]
    plan = make_plan(routine("cues", moves), 3, PlanSettings(prepare_seconds=2, switch_seconds=2))
    started: list[float] = []

    def clock() -> float:  # the session reads it first when it starts
        now = time.monotonic()
        started[:] = started or [now]
        return now

    parts = Parts(catalog, Settings(), clock, lambda settings, bell: SoundBoard(player))
    app = PostrunApp(parts, start=plan)
    async with app.run_test(headless=True, size=(80, 24)) as pilot:
        await pilot.pause(0.2)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await asyncio.sleep(plan.total_seconds + 1)
    origin = started[0]
    boundaries = sorted(origin + s.start for s in plan.steps if s.start > 0)
    latencies = []
    for played_at, cue in player.played:
        if cue in (Cue.GO, Cue.SWITCH, Cue.NEXT_MOVE):
            before = [b for b in boundaries if b <= played_at + 0.005]
            if before:
                latencies.append(played_at - before[-1])
    return latencies


def big_routine(moves: int) -> Routine:
    """A user routine of `moves` moves in 30 phases: holds with rounds, reps held, positions
    and breathing, at uneven lengths (no common 5 s step), every priority."""
    phases: list[dict[str, object]] = []
    for n in range(30):
        items: list[dict[str, object]] = []
        for i in range(n, moves, 30):
            low = 10 + (i * 7) % 51
            move: dict[str, object] = {
                "id": f"m{i}",
                "name": f"M{i}",
                "steps": ["Go."],
                "why": "To measure.",
                "priority": ("core", "extra", "optional")[i % 3],
                "sides": ("none", "both")[i % 2],
            }
            kind = ("hold", "reps", "positions", "breath")[i % 4]
            if kind == "hold":
                move |= {"kind": kind, "hold": [low, low + 30], "rounds": [1, 1 + i % 3]}
            elif kind == "reps":
                move |= {"kind": kind, "reps": [5, 10], "tempo": 3, "rep_hold": [5, 10]}
            elif kind == "positions":
                held = [{"id": f"q{j}", "name": f"Q{j}", "hold": [low, 60]} for j in range(3)]
                move |= {"kind": kind, "positions": held}
            else:
                move |= {"kind": kind, "pattern": [["in", 4], ["out", 6]], "rounds": [3, 8]}
            items.append(move)
        phases.append({"id": f"p{n}", "title": "P", "intent": "I", "exercises": items})
    data = {"id": "big", "title": "Big", "summary": "S", "focus": ["x"], "phases": phases}
    return Routine.model_validate(data | {"source": {"title": "T", "publisher": "P"}})


def planning(catalog: content.Catalog, runs: int) -> dict[str, float]:
    big = big_routine(1500)
    slow = []
    for minutes in (10, 60):
        began = time.perf_counter()
        make_plan(big, minutes)
        slow.append(time.perf_counter() - began)
    times = []
    for routine in catalog.routines.values():
        for minutes in range(MIN_MINUTES, MAX_MINUTES + 1):
            for profile in PROFILES:
                began = time.perf_counter()
                make_plan(routine, minutes, PlanSettings(profile=profile))
                times.append(time.perf_counter() - began)
    loads = []
    for _ in range(runs):
        began = time.perf_counter()
        content.load_all(include_user=False)
        loads.append(time.perf_counter() - began)
    return {
        "plan_ms_max": 1000 * max(times),
        "plan_ms_median": 1000 * statistics.median(times),
        "plans": len(times),
        "plan_1500_moves_ms": 1000 * max(slow),
        "load_ms": 1000 * statistics.median(loads),
    }


Row = tuple[str, float, float | None, float | None, str, bool]


def paired_rows(found: dict[str, Paired], has_before: bool) -> list[Row]:
    rows: list[Row] = []

    def add(key: str, name: str, limit: float, absolute: float | None = None) -> None:
        if key not in found:
            return
        got = found[key].summary()
        ok = got["ratio"] <= limit and (absolute is None or got["ours"] <= absolute)
        target = f"ratio <= {limit}" + (f", <= {absolute}" if absolute is not None else "")
        rows.append((name, got["ours"], got["bare"], got["ratio"], target, ok))

    add("start", "first frame, postrun start (s)", 1.3)
    add("home", "first frame, home screen (s)", 1.3)
    for key in sorted(k for k in found if k.startswith("cpu ")):  # the bundled routines
        add(key, f"{key[4:]} CPU (%)", 1.5, 1.0)
    for key in sorted(k for k in found if k.startswith("rss ")):
        add(key, f"{key[4:]} peak memory (MB)", 1.2)
    add("cpu_reps", "synthetic reps, no figure, CPU (%)", 1.5, 1.0)
    add("cpu_hold", "synthetic hold, no figure, CPU (%)", 1.5, 1.0)
    add("rss", "synthetic, peak memory (MB)", 1.2)
    for key, name in (("plan_json", "plan --json (s)"), ("routines", "routines (s)")):
        if key in found and has_before:
            add(key, f"{name}, against before", 0.6)
        elif key in found:
            got = found[key].summary()
            rows.append(
                (
                    f"{name}, against python -c pass",
                    got["ours"],
                    got["bare"],
                    got["ratio"],
                    "",
                    True,
                )
            )
    return rows


def in_process_rows(late: list[float], cues: list[float], plans: dict[str, float]) -> list[Row]:
    late_ms = [1000 * x for x in late]
    cue_ms = [1000 * x for x in cues] or [float("nan")]
    return [
        (
            "finish late, median (ms)",
            statistics.median(late_ms),
            None,
            None,
            f"<= 50, never early (worst {max(late_ms):.1f})",
            max(late_ms) <= 50 and min(late_ms) >= 0,
        ),
        (
            "cue latency, median (ms)",
            statistics.median(cue_ms),
            None,
            None,
            f"<= 20 (worst {max(cue_ms):.1f} of {len(cues)})",
            max(cue_ms) <= 20,
        ),
        (
            f"slowest of {plans['plans']:.0f} plans (ms)",
            plans["plan_ms_max"],
            None,
            None,
            "< 50",
            plans["plan_ms_max"] < 50,
        ),
        (
            "1,500-move routine, 10/60 min (ms)",
            plans["plan_1500_moves_ms"],
            None,
            None,
            "< 2000",
            plans["plan_1500_moves_ms"] < 2000,
        ),
        ("load content (ms)", plans["load_ms"], None, None, "< 50", plans["load_ms"] < 50),
    ]


def table(rows: list[Row]) -> list[str]:
    header = f"{'figure':<44}{'postrun':>9}{'bare':>9}{'ratio':>7}  {'target':<26}"
    lines = [header]
    for name, ours, bare, ratio, target, ok in rows:
        base = f"{bare:9.3f}" if bare is not None else " " * 9
        share = f"{ratio:7.2f}" if ratio is not None else " " * 7
        verdict = "" if not target else ("ok" if ok else "MISSED")
        lines.append(f"{name:<44}{ours:9.3f}{base}{share}  {target:<26}{verdict}")
    return lines


def markers() -> tuple[list[str], list[str]]:
    """What shows that a screen is up: the default routine's title and first move."""
    routine = content.load_all(include_user=False).routines[Settings().default_routine]
    first = routine.exercises()[0].name
    return [routine.title, first], [routine.title]


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a one-minute check")
    parser.add_argument(
        "--first-frames", action="store_true", help="only the first frames (10 rounds unless told)"
    )
    parser.add_argument("--runs", type=int, help="rounds per measure (default 5; quick 1-3)")
    parser.add_argument("--seconds", type=float, help="CPU window (default 12; quick 10)")
    parser.add_argument("--source", type=Path, help="measure the postrun in this app/ dir")
    parser.add_argument("--before", type=Path, help="an app/ dir to time one-shots against")
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    return parser.parse_args()


def main() -> None:
    args = arguments()
    runs = args.runs or (1 if args.quick else 5)
    seconds = args.seconds or 10.0
    began = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="postrun-bench-"))
    processes.prepare_home(work / "home")
    env = processes.bench_env(work / "home", args.source, work / "pycache")
    start_markers, home_markers = markers()
    rounds = (args.runs or 10) if args.first_frames else max(runs, 3)
    found = processes.start_ups(rounds, env, start_markers, home_markers)
    env |= processes.alsa_to_file(work)
    if args.quick:  # the three scenes of the targets at 100x30, sound off
        scenes = tuple(s for s in processes.SCENES if s.key != "positions")
        found |= processes.real_sessions(1, env, 3.0, seconds, ((100, 30),), scenes, ("off",))
    elif not args.first_frames:
        found |= processes.real_sessions(runs, env, 3.0, seconds)
        found |= processes.sessions(runs, env, settle=4.0, seconds=seconds)  # extra rows
    if not args.first_frames:
        found |= processes.one_shots(max(runs, 5), env, args.before)
    rows = paired_rows(found, args.before is not None)
    extra: dict[str, object] = {}
    if not (args.quick or args.first_frames) and args.source is None:
        catalog = content.load_all(include_user=False)
        late: list[float] = []
        threads = [threading.Thread(target=lateness, args=(late,)) for _ in range(runs)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        cues = asyncio.run(cue_latency(catalog))
        plans = planning(catalog, runs)
        rows += in_process_rows(late, cues, plans)
        extra = {"finish_late_ms": [1000 * x for x in late], "cues_ms": [1000 * x for x in cues]}
        extra["planning"] = plans
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    load = os.getloadavg()
    lines = [
        f"postrun bench{' --quick' if args.quick else ''}: {machine}; "
        f"load {load[0]:.2f}/{load[1]:.2f}; rounds {runs}; CPU window {seconds:.0f} s",
        "ratio: the median of the paired ratios, each round one run of each app in turn",
        "",
        *table(rows),
        "",
        f"took {time.monotonic() - began:.0f} s",
    ]
    results = {
        "machine": machine,
        "load": load,
        "runs": runs,
        "source": str(args.source) if args.source else None,
        "figures": {k: {"ours": v.ours, "bare": v.bare} for k, v in found.items()},
        "all_targets_met": all(row[5] for row in rows),
        "table": lines,
        **extra,
    }
    args.out.write_text(json.dumps(results, indent=2))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
