"""postrun's performance, side by side with a bare Textual app: `python bench/run.py`.

Prints a table and writes bench/results.json. Not part of the test suite: timings
belong here, measured against the floor a Textual app can reach on the same machine
in the same run, never as assertions in tests. Takes about four minutes.
"""

from __future__ import annotations

import asyncio
import fcntl
import json
import os
import platform
import pty
import signal
import statistics
import struct
import sys
import termios
import threading
import time
from pathlib import Path

from postrun import content
from postrun.cli.plain import NoKeys, run_plain
from postrun.models import Routine
from postrun.plan import MAX_MINUTES, MIN_MINUTES, PROFILES, PlanSettings, make_plan
from postrun.sound import Cue, SoundBoard
from postrun.store import Settings
from postrun.tui.app import Parts, PostrunApp
from postrun.tui.session_screen import SessionScreen

HERE = Path(__file__).parent
RUNS = int(os.environ.get("BENCH_RUNS", 5))  # fewer only to iterate; report with 5
CPU_SECONDS = int(os.environ.get("BENCH_CPU_SECONDS", 30))
POSTRUN = [sys.executable, "-m", "postrun", "start", "--sound", "off", "--minutes", "15"]
BARE = [sys.executable, str(HERE / "bare_app.py")]
TICK = os.sysconf("SC_CLK_TCK")


class Terminal:
    """A process in a pseudo-terminal of 80x24, its output drained so it never blocks."""

    def __init__(self, command: list[str], marker: bytes, env: dict[str, str]) -> None:
        self.marker = marker
        self.seen = threading.Event()
        self.start = time.monotonic()
        self.first_frame: float | None = None
        pid, fd = pty.fork()
        if pid == 0:  # the child: become the command
            os.execvpe(command[0], command, env)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        tail = b""
        while True:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            if self.first_frame is None and self.marker in tail + chunk:
                self.first_frame = time.monotonic() - self.start
                self.seen.set()
            tail = chunk[-64:]

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICK

    def peak_rss_mb(self) -> float:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self) -> None:
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def processes(env: dict[str, str]) -> dict[str, list[float]]:
    """Start-up, CPU over 30 s and peak memory, for postrun and the bare app, RUNS times."""
    figures: dict[str, list[float]] = {
        k: [] for k in ("start", "bare_start", "cpu", "bare_cpu", "rss", "bare_rss")
    }
    for _ in range(RUNS):
        ours = Terminal(POSTRUN, b"phase 1 of", env)
        ours.seen.wait(30)
        bare = Terminal(BARE, b"bare timer", env)
        bare.seen.wait(30)
        before = (ours.cpu_seconds(), bare.cpu_seconds())
        time.sleep(CPU_SECONDS)
        after = (ours.cpu_seconds(), bare.cpu_seconds())
        figures["start"].append(ours.first_frame or float("nan"))
        figures["bare_start"].append(bare.first_frame or float("nan"))
        figures["cpu"].append(100 * (after[0] - before[0]) / CPU_SECONDS)
        figures["bare_cpu"].append(100 * (after[1] - before[1]) / CPU_SECONDS)
        figures["rss"].append(ours.peak_rss_mb())
        figures["bare_rss"].append(bare.peak_rss_mb())
        ours.stop()
        bare.stop()
    return figures


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


def planning(catalog: content.Catalog) -> dict[str, float]:
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
    for _ in range(RUNS):
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


def row(name: str, ours: float, bare: float | None, target: str, ok: bool) -> str:
    ratio = f"{ours / bare:8.2f}" if bare else " " * 8
    base = f"{bare:10.3f}" if bare is not None else " " * 10
    return f"{name:<34}{ours:10.3f}{base}{ratio}  {target:<34}{'ok' if ok else 'MISSED'}"


def report(
    figures: dict[str, list[float]], late: list[float], cues: list[float], plans: dict[str, float]
) -> tuple[list[str], bool]:
    med = {key: statistics.median(values) for key, values in figures.items()}
    late_ms = [1000 * x for x in late]
    cue_ms = [1000 * x for x in cues] or [float("nan")]
    checks = [
        ("start-up to first frame (s)", med["start"], med["bare_start"], 1.25),
        ("CPU while running (% of a core)", med["cpu"], med["bare_cpu"], 1.5),
        ("peak memory (MB)", med["rss"], med["bare_rss"], 1.3),
    ]
    lines, verdicts = [], []
    for name, ours, bare, limit in checks:
        ok = ours <= limit * bare
        verdicts.append(ok)
        lines.append(row(name, ours, bare, f"ratio <= {limit}", ok))
    more = [
        ("CPU, absolute (% of a core)", med["cpu"], "<= 2", med["cpu"] <= 2),
        (
            "finish late, median (ms)",
            statistics.median(late_ms),
            f"<= 50, never early (worst {max(late_ms):.1f})",
            max(late_ms) <= 50 and min(late_ms) >= 0,
        ),
        (
            "cue latency, median (ms)",
            statistics.median(cue_ms),
            f"<= 20 (worst {max(cue_ms):.1f} of {len(cues)})",
            max(cue_ms) <= 20,
        ),
        (
            f"slowest of {plans['plans']:.0f} plans (ms)",
            plans["plan_ms_max"],
            "< 50",
            plans["plan_ms_max"] < 50,
        ),
        (
            "1,500-move routine, 10/60 min (ms)",
            plans["plan_1500_moves_ms"],
            "< 2000",
            plans["plan_1500_moves_ms"] < 2000,
        ),
        ("load + validate content (ms)", plans["load_ms"], "< 50", plans["load_ms"] < 50),
    ]
    for name, ours, target, ok in more:
        verdicts.append(ok)
        lines.append(row(name, ours, None, target, ok))
    header = f"{'figure':<34}{'postrun':>10}{'bare':>10}{'ratio':>8}  {'target':<34}"
    return [header, *lines], all(verdicts)


def main() -> None:
    env = os.environ | {"TERM": "xterm-256color", "POSTRUN_HOME": "/tmp/postrun-bench"}
    catalog = content.load_all(include_user=False)
    began = time.monotonic()
    late: list[float] = []
    sessions = [threading.Thread(target=lateness, args=(late,)) for _ in range(RUNS)]
    for thread in sessions:
        thread.start()
    figures = processes(env)
    for thread in sessions:
        thread.join()
    cues = asyncio.run(cue_latency(catalog))
    plans = planning(catalog)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    table, met = report(figures, late, cues, plans)
    lines = [
        f"postrun bench: {machine}; medians of {RUNS} runs",
        "",
        *table,
        "",
        f"took {time.monotonic() - began:.0f} s",
    ]
    results = {
        "machine": machine,
        "runs": RUNS,
        "figures": figures,
        "finish_late_ms": [1000 * x for x in late],
        "cue_latency_ms": [1000 * x for x in cues],
        "planning": plans,
        "all_targets_met": met,
        "table": lines,
    }
    (HERE / "results.json").write_text(json.dumps(results, indent=2))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
