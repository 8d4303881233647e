"""The `postrun` command: parses arguments, builds the parts and hands over.

Usage errors exit 2 with one line; content errors exit 1; a traceback on bad input is
a bug. `postrun` alone opens the TUI.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from postrun import content
from postrun.audio import SoundBoard, alsa_errors_silenced, make_player
from postrun.engine import GAP_SECONDS, scaled
from postrun.models import Routine
from postrun.plan import MAX_MINUTES, MIN_MINUTES, PROFILES, Plan, PlanSettings, make_plan
from postrun.report import plan_json, plan_text, routine_row, routines_text
from postrun.store import Settings

DEFAULT_ROUTINE = "post-run-reset"
DEFAULT_MINUTES = 10


class UsageError(Exception):
    """Bad arguments: one line on stderr, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _minutes(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of minutes") from None
    if not MIN_MINUTES <= value <= MAX_MINUTES:
        raise argparse.ArgumentTypeError(
            f"minutes must be {MIN_MINUTES}-{MAX_MINUTES}, got {value}"
        )
    return value


def _speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not 0.1 <= value <= 100:
        raise argparse.ArgumentTypeError(f"speed must be 0.1-100, got {text}")
    return value


def _walk(text: str) -> int:
    if not text.isdigit() or int(text) > 30:
        raise argparse.ArgumentTypeError(f"walk must be 0-30 minutes, got '{text}'")
    return int(text)


def _session_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--routine", metavar="ID", help=f"default: {DEFAULT_ROUTINE}")
    parser.add_argument("--minutes", type=_minutes, metavar="N", help=f"default: {DEFAULT_MINUTES}")
    parser.add_argument("--profile", choices=PROFILES)
    parser.add_argument("--walk", type=_walk, metavar="MIN", help="walk first, minutes")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="postrun", description="Guided post-run stretching in the terminal.")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    routines = commands.add_parser("routines", help="list the routines found")
    routines.add_argument("--json", action="store_true")

    check = commands.add_parser("check", help="validate routine files or directories")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    plan = commands.add_parser("plan", help="show the plan fitted to a length")
    _session_options(plan)
    plan.add_argument("--json", action="store_true")

    start = commands.add_parser("start", help="go straight into a session")
    _session_options(start)
    start.add_argument("--speed", type=_speed, default=1.0, metavar="X", help="run X times fast")
    start.add_argument("--sound", choices=("auto", "simpleaudio", "bell", "off"))
    start.add_argument("--plain", action="store_true", help="one line per event, no TUI")
    start.add_argument(
        "--voice", action=argparse.BooleanOptionalAction, help="speak each move (espeak-ng/say)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        return _dispatch(args)
    except UsageError as error:
        print(f"postrun: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "check":
        return _check(args.paths)
    catalog = content.load_all()
    for problem in catalog.problems:
        print(f"postrun: skipped {problem}", file=sys.stderr)
    if args.command == "routines":
        rows = [routine_row(r, PlanSettings()) for r in catalog.routines.values()]
        print(json.dumps(rows, indent=2) if args.json else routines_text(rows))
        return 0
    settings = Settings()
    if args.command == "plan":
        plan = _plan(catalog, settings, args)
        print(json.dumps(plan_json(plan), indent=2) if args.json else plan_text(plan))
        return 0
    if args.command == "start":
        return _start(catalog, settings, args)
    return _tui(catalog, settings, None, 1.0)


def _plan(catalog: content.Catalog, settings: Settings, args: argparse.Namespace) -> Plan:
    routine = _find(catalog, args.routine or settings.default_routine)
    changes = {"profile": args.profile, "walk_minutes": args.walk}
    plan_settings = settings.plan_settings(**{k: v for k, v in changes.items() if v is not None})
    return make_plan(routine, args.minutes or settings.default_minutes, plan_settings)


def _start(catalog: content.Catalog, settings: Settings, args: argparse.Namespace) -> int:
    if args.sound:
        settings = settings.model_copy(update={"sound": args.sound})
    if args.voice is not None:
        settings = settings.model_copy(update={"voice": args.voice})
    plan = _plan(catalog, settings, args)
    if not args.plain:
        return _tui(catalog, settings, plan, args.speed)
    from postrun.plain import run_plain

    def ring() -> None:
        if sys.stdout.isatty():
            print("\a", end="", flush=True)

    player, notice = make_player(settings.sound, ring)
    if notice:
        print(f"postrun: {notice}", file=sys.stderr)
    clock = scaled(time.monotonic, args.speed)
    return run_plain(
        plan,
        clock,
        time.sleep,
        sys.stdout,
        SoundBoard(player, notice, voice=settings.voice),
        lambda summary: "",
        lead_in=settings.lead_in_seconds,
        gap_seconds=GAP_SECONDS * args.speed,
    )


def _tui(catalog: content.Catalog, settings: Settings, plan: Plan | None, speed: float) -> int:
    from postrun.tui.app import Parts, PostrunApp

    clock = scaled(time.monotonic, speed)
    app = PostrunApp(Parts(catalog, settings, clock, speed=speed), start=plan)
    with alsa_errors_silenced():
        code = app.run()
    return code if isinstance(code, int) else 0


def _find(catalog: content.Catalog, routine_id: str) -> Routine:
    routine = catalog.get(routine_id)
    if routine is None:
        known = ", ".join(catalog.routines) or "none"
        raise UsageError(f"no routine '{routine_id}' (known: {known})")
    return routine


def _check(targets: list[Path]) -> int:
    files, problems = content.expand(targets)
    catalog = content.load(files)
    problems += catalog.problems
    for problem in problems:
        print(problem)
    if not problems:
        print(f"{len(files)} routine file{'s' if len(files) != 1 else ''} OK")
    return 1 if problems else 0
