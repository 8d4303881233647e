"""The `postrun` command: parses arguments, builds the parts and hands over.

Usage errors exit 2 with one line; content errors exit 1; a traceback on bad input is
a bug. `postrun` alone opens the TUI.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from postrun import content
from postrun.models import Routine
from postrun.plan import MAX_MINUTES, MIN_MINUTES, PROFILES, PlanSettings, make_plan
from postrun.report import plan_json, plan_text, routine_row, routines_text

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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="postrun", description="Guided post-run stretching in the terminal.")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    routines = commands.add_parser("routines", help="list the routines found")
    routines.add_argument("--json", action="store_true")

    check = commands.add_parser("check", help="validate routine files or directories")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    plan = commands.add_parser("plan", help="show the plan fitted to a length")
    plan.add_argument("--routine", default=DEFAULT_ROUTINE, metavar="ID")
    plan.add_argument("--minutes", type=_minutes, default=DEFAULT_MINUTES, metavar="N")
    plan.add_argument("--profile", choices=PROFILES, default="standard")
    plan.add_argument("--walk", type=int, default=0, metavar="MIN", help="walk first, minutes")
    plan.add_argument("--json", action="store_true")
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
    if args.command == "plan":
        routine = _find(catalog, args.routine)
        if not 0 <= args.walk <= 30:
            raise UsageError("--walk must be 0-30 minutes")
        settings = PlanSettings(profile=args.profile, walk_minutes=args.walk)
        plan = make_plan(routine, args.minutes, settings)
        print(json.dumps(plan_json(plan), indent=2) if args.json else plan_text(plan))
        return 0
    raise UsageError("the TUI arrives with issue 5; try 'postrun routines'")


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
