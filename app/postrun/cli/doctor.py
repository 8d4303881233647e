"""`postrun doctor`: one screenful saying what a session will sound like and why, where
postrun's files live, what is wrong with any of them, whether `postrun serve` (and its
`--lan`) can run, and whether postrun can run here.

Postrun can run (exit 0) when the bundled routines load and one of them plans, and the
settings are readable or the defaults stand in for them. Anything else it finds, such as
sound falling back to the terminal bell or a broken routine of the user's, is said but
is not broken: a session runs without it. `sound/` finds the facts; this module words them.
"""

from __future__ import annotations

import importlib
import shutil
import textwrap
from collections.abc import Callable
from importlib import metadata
from typing import TextIO

from postrun import content, paths, serve
from postrun.plan import make_plan
from postrun.sound import Checkup, Cue, Tried, check_sound
from postrun.store import History, Settings
from postrun.words import BELL, NO_SOUND_DEVICE, clock, player_name, plural

Row = tuple[str, str]  # a label, and what it says
NO_DEVICE_HINT = (
    "a player is installed but no device answered: is a sound card or a sound server "
    "(PipeWire, PulseAudio) there for this user? In a container, pass one in."
)


def run_doctor(
    settings: Settings,
    settings_problem: str | None,
    *,
    quiet: bool,
    out: TextIO,
    ring: Callable[[], None],
) -> int:
    checkup = check_sound(settings.sound, settings.voice, ring)
    problems = [settings_problem] if settings_problem else []
    rows = [*sound_rows(checkup), *file_rows(settings, problems)]
    broken, plan_row = routine_check(settings, problems)
    rows.append(plan_row)
    rows.append(("problems", "; ".join(problems) if problems else "none"))
    rows += serve_rows()
    rows += help_rows(checkup)
    show(rows, out)
    if not quiet:
        show([("test", play_test(checkup))], out)
    verdict = f"postrun cannot run: {broken}." if broken else "postrun can run."
    print(verdict, file=out, flush=True)
    return 1 if broken else 0


def tried_text(tried: Tried) -> str:
    if not tried.found:
        return f"{tried.name} (not installed)"
    if tried.problem:
        return f"{tried.name} (could not play: {tried.problem})"
    return f"{tried.name} (plays)"


def sound_rows(checkup: Checkup) -> list[Row]:
    chosen = checkup.chosen
    sound = "off" if chosen.player.name == "off" else player_name(chosen.player.name, chosen.why)
    rows: list[Row] = [("sound", sound)]
    if chosen.tried:
        tried = ", ".join(tried_text(t) for t in chosen.tried)
        rows.append(("", f"tried in {chosen.seconds * 1000:.0f} ms: {tried}"))
    setting = f"(voice = {checkup.want_voice})"
    if checkup.want_voice == "off":
        rows.append(("voice", f"off {setting}"))
    elif checkup.voice_why is not None:
        rows.append(("voice", f"none: {checkup.voice_why} {setting}"))
    elif checkup.voice_problem is not None:
        rows.append(("voice", f"{checkup.tts} failed: {checkup.voice_problem} {setting}"))
    else:
        rows.append(("voice", f"{checkup.tts}: sessions speak {setting}"))
    return rows


def file_rows(settings: Settings, problems: list[str]) -> list[Row]:
    settings_file = paths.settings_file()
    saved = "" if settings_file.exists() else " (not saved yet: the defaults are in use)"
    routines = paths.user_routines_dir()
    count = len(list(routines.glob("*.toml"))) if routines.is_dir() else 0
    yours = plural(count, "routine file") if count else "none yet"
    history = History(paths.history_dir()).load()
    problems += history.problems
    return [
        ("settings", f"{settings_file}{saved}"),
        ("routines", f"{routines} (yours: {yours})"),
        ("history", f"{paths.history_dir()} ({plural(len(history.records), 'session')})"),
        ("voices", str(paths.cache_dir() / "voice")),
    ]


def routine_check(settings: Settings, problems: list[str]) -> tuple[str | None, Row]:
    """Whether a bundled routine plans (None: it does), and a row saying so."""
    catalog = content.load_all()
    problems += [str(p) for p in catalog.problems]
    bundled_dir = paths.bundled_content_dir()
    bundled = [r for r in catalog.routines.values() if catalog.origins[r.id].parent == bundled_dir]
    if not bundled:
        return f"no bundled routine loads from {bundled_dir}", ("plan", "no bundled routines")
    chosen = catalog.get(settings.default_routine)
    if chosen is None:
        problems.append(f"the default routine '{settings.default_routine}' is not found")
    routine = chosen or bundled[0]
    try:
        plan = make_plan(routine, settings.default_minutes, settings.plan_settings())
    except Exception as error:  # a bug, but the doctor must say it rather than crash
        return f"{routine.id} does not plan ({error})", ("plan", f"{routine.id} fails")
    count = plural(len(catalog.routines), "routine")
    text = f"{count} load; {routine.id} for {plan.minutes} min plans {clock(plan.total_seconds)}"
    return None, ("plan", text)


def serve_rows() -> list[Row]:
    """Whether `postrun serve` can start here, and where `--lan` would listen: said, never
    broken (a session runs without them)."""
    try:
        importlib.import_module("textual_serve.server")
    except ImportError as error:
        can = f"cannot run: textual-serve does not import ({error})"
    else:
        can = f"can run (textual-serve {metadata.version('textual-serve')})"
    found = serve.lan_address()
    lan = (
        f"{found}: `postrun serve --lan` listens there"
        if found
        else ("no home-network address found: `postrun serve` works on this computer only")
    )
    return [("serve", f"`postrun serve` {can}"), ("lan", lan)]


def help_rows(checkup: Checkup) -> list[Row]:
    rows: list[Row] = []
    if checkup.chosen.why == NO_SOUND_DEVICE:
        rows.append(("hint", NO_DEVICE_HINT))
    if checkup.install is not None:
        install = checkup.install
        what = install.command or f"install {' and '.join(install.packages)} from your system"
        rows.append(("install", what))
    if checkup.extra is not None:
        rows.append(("faster", f"the lowest latency: {checkup.extra}"))
        if checkup.build is not None and checkup.build.command:
            rows.append(("", f"(building it needs: {checkup.build.command})"))
    return rows


def play_test(checkup: Checkup) -> str:
    player = checkup.chosen.player
    name = f"the {BELL}" if player.name == "bell" else player.name
    if player.name == "off":
        return "nothing played: sound is off"
    player.play(Cue.COMPLETE)
    player.close()  # lets it finish
    said = ""
    if checkup.spoken is not None and checkup.voice_why is None:
        player.play_sound(checkup.spoken)
        player.close()
        said = " and a spoken line"
    return f"played a chime{said} through {name}; heard nothing? check the volume"


def show(rows: list[Row], out: TextIO) -> None:
    width = max(60, shutil.get_terminal_size().columns - 1)
    for label, text in rows:
        lines = textwrap.wrap(text, width - 11, break_long_words=False, break_on_hyphens=False) or [
            ""
        ]
        for i, line in enumerate(lines):
            print(f"{label if i == 0 else '':<10} {line}", file=out)
