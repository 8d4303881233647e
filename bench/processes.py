"""postrun and the bare app as processes, one at a time, side by side: first frame, CPU
in paced reps and in holds, peak memory, and the one-shot commands' wall time.

The two apps never run at once: each measure alternates them (and rotates who goes
first), so a busy machine weighs on both alike, and each round gives a paired ratio.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from terminal import SIZE, Terminal

HERE = Path(__file__).parent
BARE = [sys.executable, str(HERE / "bare_app.py")]
BARE_MARKERS = ["bare timer"]
POSTRUN = [sys.executable, "-m", "postrun"]
WAIT = 30.0  # seconds a first frame may take before the run counts as failed

# Two routines of the bench's own, in its POSTRUN_HOME: a long paced reps move and a long
# hold, so each CPU window falls wholly inside one kind of step.
BENCH_ROUTINE = """id = "{id}"
title = "{title}"
summary = "For the bench."
focus = ["x"]
[source]
title = "T"
publisher = "P"
[[phases]]
id = "p"
title = "P"
intent = "I"
[[phases.exercises]]
id = "m"
name = "{move}"
steps = ["Go."]
why = "To measure."
{body}
"""
ROUTINES = {
    "bench-reps": ("Bench reps", "Paced prances", 'kind = "reps"\nreps = [60, 60]\ntempo = 3'),
    "bench-hold": ("Bench hold", "Long hold", 'kind = "hold"\nhold = [300, 300]'),
}
SETTINGS = 'sound = "off"\nprepare_seconds = 2\n'


def prepare_home(home: Path) -> None:
    """The bench's POSTRUN_HOME: quiet settings and the two bench routines."""
    (home / "routines").mkdir(parents=True, exist_ok=True)
    (home / "settings.toml").write_text(SETTINGS)
    for routine_id, (title, move, body) in ROUTINES.items():
        text = BENCH_ROUTINE.format(id=routine_id, title=title, move=move, body=body)
        (home / "routines" / f"{routine_id}.toml").write_text(text)


def bench_env(home: Path, source: Path | None, pycache: Path) -> dict[str, str]:
    """Compiled bytecode as an installed postrun has it, kept outside the sources."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {"TERM": "xterm-256color", "POSTRUN_HOME": str(home)}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    if source is not None:
        env["PYTHONPATH"] = str(source)
    return env


@dataclass
class Paired:
    """One measure of postrun and the bare app, round by round."""

    ours: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)

    def add(self, ours: float | None, bare: float | None) -> None:
        self.ours.append(float("nan") if ours is None else ours)
        self.bare.append(float("nan") if bare is None else bare)

    def ratios(self) -> list[float]:
        return [o / b for o, b in zip(self.ours, self.bare, strict=True) if b > 0 and o == o]

    def summary(self) -> dict[str, float]:
        ratios = self.ratios() or [float("nan")]
        return {
            "ours": _median(self.ours),
            "bare": _median(self.bare),
            "ratio": statistics.median(ratios),
        }


def _median(values: list[float]) -> float:
    good = [v for v in values if v == v]
    return statistics.median(good) if good else float("nan")


def first_frame(command: list[str], markers: list[str], env: dict[str, str]) -> float | None:
    terminal = Terminal(command, markers, env)
    terminal.seen.wait(WAIT)
    terminal.stop()
    return terminal.first_frame


def held(
    command: list[str],
    markers: list[str],
    env: dict[str, str],
    settle: float,
    seconds: float,
    size: tuple[int, int] = SIZE,
    keys: str = "",
) -> tuple[float, float]:
    """CPU (% of a core) over `seconds` once `settle` seconds past the first frame and
    the `keys` typed then, and the peak memory (MB) by the end."""
    terminal = Terminal(command, markers, env, size)
    try:
        if not terminal.seen.wait(WAIT):
            return float("nan"), float("nan")
        terminal.send(keys)
        time.sleep(settle)
        before = terminal.cpu_seconds()
        time.sleep(seconds)
        used = terminal.cpu_seconds() - before
        return 100 * used / seconds, terminal.peak_rss_mb()
    finally:
        terminal.stop()


def start_ups(
    runs: int, env: dict[str, str], start_markers: list[str], home_markers: list[str]
) -> dict[str, Paired]:
    """First frame of `postrun start` and of the home screen, each beside the bare app."""
    start = [*POSTRUN, "start", "--sound", "off", "--minutes", "15"]
    found = {"start": Paired(), "home": Paired()}
    for command, markers, paired in (
        (start, start_markers, found["start"]),
        (POSTRUN, home_markers, found["home"]),
    ):
        first_frame(command, markers, env)  # warm: bytecode and remembered verdicts
        for n in range(runs):
            if n % 2:
                bare = first_frame(BARE, BARE_MARKERS, env)
                ours = first_frame(command, markers, env)
            else:
                ours = first_frame(command, markers, env)
                bare = first_frame(BARE, BARE_MARKERS, env)
            paired.add(ours, bare)
    return found


@dataclass(frozen=True)
class Scene:
    """A step of a bundled routine as shipped, and how to get straight into it: the
    routine and length whose first move it is, and the keys that skip to it."""

    key: str
    name: str
    args: tuple[str, ...]
    keys: str  # typed once the first frame is up: n skips the getting ready
    marker: str  # a word of the first screen


SCENES = (
    Scene("reps", "paced reps, animated figure", ("post-run-reset", "10"), "n", "prancing"),
    Scene("hold", "hold with a figure", ("long-run-yoga", "30"), "n", "child"),
    # N, N: past downward dog and the hamstring glides to supine leg openers' knee to chest.
    Scene("positions", "hold of positions", ("post-run-reset", "20"), "NNn", "prancing"),
    Scene("breath", "breathing", ("breathe-down", "10"), "n", "belly"),
)
SOUNDS = {
    "off": ("--sound", "off", "--no-voice"),
    # What a user gets: cues through a system player, the voice on; into ALSA's file plugin.
    "voice": ("--sound", "system", "--voice"),
}
SIZES = ((80, 24), (100, 30), (120, 40))


def scene_command(scene: Scene, sound: str) -> list[str]:
    routine, minutes = scene.args
    return [*POSTRUN, "start", "--routine", routine, "--minutes", minutes, *SOUNDS[sound]]


def alsa_to_file(work: Path) -> dict[str, str]:
    """ALSA's default device as a file that is thrown away (tests/sound/alsa.py's set-up)."""
    config = work / "asound.conf"
    config.write_text(
        "pcm.!default {\n    type file\n    slave { pcm { type null } }\n"
        '    file "/dev/null"\n    format "raw"\n}\n'
    )
    return {"ALSA_CONFIG_PATH": str(config)}


def real_sessions(
    runs: int,
    env: dict[str, str],
    settle: float,
    seconds: float,
    sizes: tuple[tuple[int, int], ...] = SIZES,
    scenes: tuple[Scene, ...] = SCENES,
    sounds: tuple[str, ...] = tuple(SOUNDS),
) -> dict[str, Paired]:
    """CPU and peak memory in the bundled routines, each size's round beside one run of
    the bare app at that size, who goes first rotating from round to round."""
    found: dict[str, Paired] = {}
    for scene in scenes:  # warm: each routine's remembered verdict, or a first run pays it
        first_frame(scene_command(scene, "off"), [scene.marker], env)
    for n in range(runs):
        for size in sizes:
            tag = f"{size[0]}x{size[1]}"
            jobs: dict[str, tuple[list[str], list[str], str]] = {"bare": (BARE, BARE_MARKERS, "")}
            for scene in scenes:
                for sound in sounds:
                    command = scene_command(scene, sound)
                    jobs[f"{scene.key} {sound}"] = (command, [scene.marker], scene.keys)
            order = list(jobs)
            turn = order[n % len(order) :] + order[: n % len(order)]
            got = {}
            for key in turn:
                command, markers, keys = jobs[key]
                got[key] = held(command, markers, env, settle, seconds, size, keys)
            bare_cpu, bare_rss = got.pop("bare")
            for key, (cpu, rss) in got.items():
                found.setdefault(f"cpu {key} {tag}", Paired()).add(cpu, bare_cpu)
                found.setdefault(f"rss {key} {tag}", Paired()).add(rss, bare_rss)
    return found


def sessions(runs: int, env: dict[str, str], settle: float, seconds: float) -> dict[str, Paired]:
    """The bench's own routines (extra rows): CPU in paced reps without a figure and in a
    hold, and peak memory, each round beside one bare run."""
    found = {key: Paired() for key in ("cpu_reps", "cpu_hold", "rss")}
    jobs = {
        "bare": (BARE, BARE_MARKERS),
        **{
            key: ([*POSTRUN, "start", "--routine", key, "--sound", "off"], [title, move])
            for key, (title, move, _) in ROUTINES.items()
        },
    }
    order = list(jobs)
    for n in range(runs):
        turn = order[n % len(order) :] + order[: n % len(order)]
        got = {key: held(*jobs[key], env, settle, seconds) for key in turn}
        (bare_cpu, bare_rss), (reps_cpu, reps_rss), (hold_cpu, hold_rss) = (
            got["bare"],
            got["bench-reps"],
            got["bench-hold"],
        )
        found["cpu_reps"].add(reps_cpu, bare_cpu)
        found["cpu_hold"].add(hold_cpu, bare_cpu)
        found["rss"].add(max(reps_rss, hold_rss), bare_rss)
    return found


def wall(command: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - began


def one_shots(runs: int, env: dict[str, str], before: Path | None) -> dict[str, Paired]:
    """Wall time of `plan --json` and `routines`; beside the same commands from another
    source tree (`before`) when one is given, else beside the bare interpreter."""
    found: dict[str, Paired] = {}
    other = env | {"PYTHONPATH": str(before)} if before else env
    for name, args in (("plan_json", ["plan", "--json"]), ("routines", ["routines"])):
        command = [*POSTRUN, *args]
        baseline = command if before else [sys.executable, "-c", "pass"]
        wall(command, env), wall(baseline, other)  # warm
        paired = found[name] = Paired()
        for n in range(runs):
            if n % 2:
                then = wall(baseline, other)
                now = wall(command, env)
            else:
                now = wall(command, env)
                then = wall(baseline, other)
            paired.add(now, then)
    return found
