"""The command line's arguments: `postrun` alone opens Home and parses none of them."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import NoReturn

from postrun.cli import UsageError
from postrun.plan import PROFILES, RUN_TYPES, RUNS, check_minutes
from postrun.store import Settings, bounds, choices


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _minutes(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of minutes") from None
    try:
        return check_minutes(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not 0.1 <= value <= 100:
        raise argparse.ArgumentTypeError(f"speed must be 0.1-100, got {text}")
    return value


def _walk(text: str) -> int:
    low, high = bounds("walk_minutes")
    if not text.isdigit() or not low <= int(text) <= high:
        raise argparse.ArgumentTypeError(f"walk must be {low}-{high} minutes, got '{text}'")
    return int(text)


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    if not (width.isdigit() and height.isdigit()) or not (
        8 <= int(width) <= 200 and 4 <= int(height) <= 100
    ):
        raise argparse.ArgumentTypeError(f"size must be WxH, 8-200 x 4-100 cells, got '{text}'")
    return int(width), int(height)


def _names(text: str) -> frozenset[str]:
    """A comma-separated list of names, as `--focus` and `--equipment` take them."""
    names = frozenset(" ".join(name.split()).lower() for name in text.split(","))
    if "" in names:
        raise argparse.ArgumentTypeError(f"'{text}' has an empty name")
    return names


def _seed(text: str) -> int:
    if not text.isdigit() or len(text) > 18:
        raise argparse.ArgumentTypeError(f"seed must be a whole number, got '{text}'")
    return int(text)


def _port(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"port must be 0-65535, got '{text}'")
    return int(text)


def _session_options(parser: argparse.ArgumentParser, defaults: Settings) -> None:
    parser.add_argument("--routine", metavar="ID", help=f"default: {defaults.default_routine}")
    lengths = ", ".join(f"{run.name} {run.minutes}" for run in RUNS.values())
    parser.add_argument(
        "--after",
        choices=RUN_TYPES,
        metavar="RUN",
        help=f"a session made for today's run: {', '.join(RUN_TYPES)} (minutes: {lengths})",
    )
    parser.add_argument(
        "--focus", type=_names, metavar="A,B", help="with --after: areas to work most"
    )
    parser.add_argument(
        "--equipment",
        type=_names,
        metavar="X,Y",
        help="with --after: what is at hand (default: the settings' equipment, mat)",
    )
    parser.add_argument(
        "--seed", type=_seed, metavar="N", help="with --after: pin the choice (default: today)"
    )
    parser.add_argument(
        "--minutes", type=_minutes, metavar="N", help=f"default: {defaults.default_minutes}"
    )
    parser.add_argument("--profile", choices=PROFILES, help=f"default: {defaults.profile}")
    parser.add_argument(
        "--walk",
        type=_walk,
        metavar="MIN",
        help=f"walk first, minutes (default: {defaults.walk_minutes})",
    )


def build_parser(defaults: Settings | None = None) -> argparse.ArgumentParser:
    """The command line; `defaults` (the user's settings) are what --help says is used."""
    defaults = defaults or Settings()
    parser = _Parser(prog="postrun", description="Guided post-run stretching in the terminal.")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    routines = commands.add_parser("routines", help="list the routines found")
    routines.add_argument("--json", action="store_true")

    check = commands.add_parser("check", help="validate routine files or directories")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    plan = commands.add_parser("plan", help="show the plan fitted to a length")
    _session_options(plan, defaults)
    plan.add_argument("--json", action="store_true")

    start = commands.add_parser("start", help="go straight into a session")
    _session_options(start, defaults)
    start.add_argument("--speed", type=_speed, default=1.0, metavar="X", help="run X times fast")
    start.add_argument("--sound", choices=choices("sound"), help=f"default: {defaults.sound}")
    start.add_argument("--plain", action="store_true", help="one line per event, no TUI")
    start.add_argument(
        "--resume",
        action="store_true",
        help="finish the session Home offers to resume, from the step it stopped in",
    )
    start.add_argument(
        "--voice",
        action=argparse.BooleanOptionalAction,
        help=f"speak each move (espeak-ng or say); default: {defaults.voice}",
    )

    serve = commands.add_parser(
        "serve", help="postrun in a browser: this computer, or a phone on your network"
    )
    serve.add_argument(
        "--lan", action="store_true", help="serve the home network (default: this computer)"
    )
    serve.add_argument(
        "--port", type=_port, default=8000, metavar="P", help="default: 8000; 0: any free port"
    )
    _session_options(serve, defaults)
    serve.add_argument("--sound", choices=choices("sound"), help=f"default: {defaults.sound}")
    serve.add_argument("--voice", action=argparse.BooleanOptionalAction, help="speak each move")

    pose = commands.add_parser("pose", help="draw a routine's figures in braille")
    pose.add_argument("routine", metavar="ROUTINE")
    pose.add_argument("exercise", nargs="?", metavar="EXERCISE")
    pose.add_argument("--side", choices=("left", "right"), default="left")
    pose.add_argument("--position", metavar="ID", help="one position of a multi-position move")
    pose.add_argument("--size", type=_size, default=(24, 10), metavar="WxH", help="default: 24x10")

    history = commands.add_parser("history", help="streak, this week, recent sessions")
    history.add_argument("--json", action="store_true")

    doctor = commands.add_parser("doctor", help="sound, voice, files and problems; a test cue")
    doctor.add_argument("--quiet", action="store_true", help="play no test cue")
    return parser
