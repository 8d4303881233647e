"""The `postrun` command: reads the arguments (parsed in `arguments.py`), builds the parts
and hands over.

Usage errors exit 2 with one line; content errors exit 1; a traceback on bad input is
a bug. `postrun` alone opens the TUI.
"""

from __future__ import annotations

import contextlib
import gc
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, TextIO

from postrun import content, paths
from postrun.cli import UsageError
from postrun.models import Routine
from postrun.plan import Plan, PlanSettings, make_plan, seed_of
from postrun.printable import printable
from postrun.served import is_served, served_choices
from postrun.store import Settings, choices, load_settings, with_known_routine
from postrun.words import DOCTOR_HINT, PREVIEW_NOT_RECORDED, plural, session_title

if TYPE_CHECKING:
    from argparse import Namespace
    from typing import TypeAlias

    from postrun.plan import Composed
    from postrun.session import Earlier, Summary

    Arguments: TypeAlias = Namespace | SimpleNamespace

# Sound, the session, history and the text views are loaded by the commands that use
# them: a one-shot command does not wait for the session, nor a screen for the views.


def main(argv: Sequence[str] | None = None) -> int:
    # Start-up makes many objects that live as long as the process and few cycles: the
    # collector stays off until the screen is up (or the command is done), never passing
    # over the same young objects again and again. A session turns it back on.
    gc.disable()
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        settings, settings_problem = load_settings(paths.settings_file())
        settings = served_settings(settings)
        args: Arguments
        if argv:
            from postrun.cli.arguments import build_parser

            args = build_parser(settings).parse_args(argv)
        else:  # `postrun` alone opens Home: nothing to parse, nor argparse to load
            args = SimpleNamespace(command=None)
        return _dispatch(args, settings, settings_problem)
    except UsageError as error:
        print(f"postrun: {printable(str(error))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError as error:  # `postrun plan | head`: the reader has all it wanted
        from postrun.cli.plain import INTERRUPTED, quiet_stdout

        quiet_stdout(error)
        return INTERRUPTED
    finally:
        gc.enable()


def served_settings(settings: Settings) -> Settings:
    """The settings with `postrun serve --sound/--voice` in force, in a window it serves
    (a window that opens Home has no `start` to take them)."""
    update = {k: v for k, v in served_choices().items() if v in choices(k)}
    return settings.model_copy(update=update) if update else settings


def _dispatch(args: Arguments, settings: Settings, settings_problem: str | None) -> int:
    wants_screen = args.command is None or (args.command == "start" and not args.plain)
    terminal = is_served() or (_is_terminal(sys.stdin) and _is_terminal(sys.stdout))
    if wants_screen and not terminal:
        raise UsageError("needs a terminal; try --plain")
    if args.command == "check":
        return _check(args.paths)
    if args.command == "doctor":
        from postrun.cli.doctor import run_doctor

        return run_doctor(settings, settings_problem, quiet=args.quiet, out=sys.stdout, ring=_ring)
    catalog = content.load_all()
    for problem in catalog.problems:
        print(f"postrun: skipped {problem}", file=sys.stderr)
    if args.command == "pose":
        return _pose(catalog, args)
    if args.command == "routines":
        from postrun.cli.views import routine_row, routines_text

        rows = [routine_row(r, PlanSettings()) for r in catalog.routines.values()]
        print(json.dumps(rows, indent=2) if args.json else routines_text(rows))
        return 0
    settings, routine_problem = with_known_routine(
        settings, catalog.routines, paths.settings_file()
    )
    notices = [line for line in (settings_problem, routine_problem) if line]
    for line in notices:
        print(f"postrun: {line}", file=sys.stderr)
    settings_problem = "\n".join(notices) or None
    if args.command == "history":
        return _history(settings, args.json)
    if args.command == "plan":
        from postrun.cli.views import plan_json, plan_text

        plan, composed = _plan(catalog, settings, args)
        if args.json:
            print(json.dumps(plan_json(plan, composed), indent=2))
        else:
            print(plan_text(plan, composed))
        return 0
    if args.command == "start":
        return _start(catalog, settings, args)
    if args.command == "serve":
        from postrun.cli.serve import run_serve

        _plan(catalog, settings, args)  # a wrong --routine fails here, not in each window
        return run_serve(args)
    return _tui(catalog, settings, None, 1.0, settings_problem)


def _is_terminal(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (OSError, ValueError):  # closed or detached
        return False


def _history(settings: Settings, as_json: bool) -> int:
    from postrun.cli.views import history_json, history_text
    from postrun.store import History, local_now
    from postrun.store import stats as habit_stats

    loaded = History(paths.history_dir()).load()
    for problem in loaded.problems:
        print(f"postrun: {problem}", file=sys.stderr)
    summary = habit_stats(loaded.records, local_now().date(), settings.weekly_goal)
    if as_json:
        print(json.dumps(history_json(summary, loaded.records, loaded.problems), indent=2))
    else:
        print(history_text(summary, loaded.records))
    return 0


def _recorder(catalog: content.Catalog, speed: float) -> Callable[[Summary, int], str]:
    """Saves a session to history; a preview (any --speed but 1) is not saved."""
    if speed != 1:
        return lambda summary, weekly_goal: PREVIEW_NOT_RECORDED

    def title_of(routine_id: str) -> str:
        return session_title(routine_id, catalog.get(routine_id))

    def record(summary: Summary, weekly_goal: int) -> str:
        from postrun.store import History, Recorder  # when a session ends: none waits for it

        return Recorder(History(paths.history_dir()), title_of)(summary, weekly_goal)

    return record


def _plan(
    catalog: content.Catalog, settings: Settings, args: Arguments
) -> tuple[Plan, Composed | None]:
    changes = {"profile": args.profile, "walk_minutes": args.walk}
    plan_settings = settings.plan_settings(**{k: v for k, v in changes.items() if v is not None})
    if args.after:
        if args.routine:
            raise UsageError("give --routine or --after, not both")
        composed = _compose(catalog, args, settings, plan_settings)
        return composed.plan, composed
    for option in ("focus", "equipment", "seed"):
        if getattr(args, option) is not None:
            raise UsageError(f"--{option} needs --after RUN")
    routine = _find(catalog, args.routine or settings.default_routine)
    return make_plan(routine, args.minutes or settings.default_minutes, plan_settings), None


def _compose(
    catalog: content.Catalog, args: Arguments, settings: Settings, plan_settings: PlanSettings
) -> Composed:
    """A session made for today's run (`--after`), from every routine loaded: the
    equipment at hand and the moves left out come from the settings, unless given."""
    from postrun.plan import NothingToCompose, Request, compose, known_equipment, known_focus
    from postrun.store import local_now
    from postrun.words import nothing_to_compose, run_wording

    routines = list(catalog.routines.values())
    for option, names, known in (
        ("focus", args.focus, known_focus(routines)),
        ("equipment", args.equipment, known_equipment(routines)),
    ):
        unknown = sorted(set(names or ()) - set(known))
        if unknown:
            raise UsageError(f"unknown {option} '{unknown[0]}' (known: {', '.join(known)})")
    request = Request(
        run=args.after,
        minutes=args.minutes,
        focus=args.focus or frozenset(),
        equipment=args.equipment or settings.at_hand(),
        left_out=settings.left_out_moves(),
        seed=seed_of(local_now().date()) if args.seed is None else args.seed,
    )
    try:
        return compose(routines, request, run_wording(args.after), plan_settings)
    except NothingToCompose:
        raise UsageError(nothing_to_compose(request.run, request.equipment)) from None


def _start(catalog: content.Catalog, settings: Settings, args: Arguments) -> int:
    if args.sound:
        settings = settings.model_copy(update={"sound": args.sound})
    if args.voice is not None:
        settings = settings.model_copy(update={"voice": "on" if args.voice else "off"})
    earlier: Earlier | None = None
    composed: Composed | None = None
    if args.resume:
        plan, earlier, composed = _resumed(catalog, settings, args)
    else:
        plan, composed = _plan(catalog, settings, args)
    if not args.plain:
        return _tui(catalog, settings, plan, args.speed, None, earlier, composed)
    from postrun.cli import plain
    from postrun.session import GAP_SECONDS, scaled
    from postrun.sound import SoundBoard, make_player

    gc.enable()  # a session runs for minutes
    player, notice = make_player(settings.sound, _ring)
    board = SoundBoard(player, notice, voice=settings.voice)
    if notice:
        print(f"postrun: {board.status()}; {DOCTOR_HINT}", file=sys.stderr)
    clock = scaled(time.monotonic, args.speed)
    return plain.run_plain(
        plan,
        clock,
        plain.keys_from(sys.stdin, time.sleep),
        sys.stdout,
        board,
        _record_with_goal(_recorder(catalog, args.speed), settings.weekly_goal),
        stopped=plain.stop_on_signals(),
        lead_in=settings.lead_in_seconds,
        gap_seconds=GAP_SECONDS * args.speed,
        speed=args.speed,
        on_output_gone=plain.quiet_stdout,
        earlier=earlier,
    )


def _resumed(
    catalog: content.Catalog, settings: Settings, args: Arguments
) -> tuple[Plan, Earlier, Composed | None]:
    """The plan and the start of the session Home would offer to resume; else one line."""
    from postrun.store import History, local_now, offer
    from postrun.words import NO_RESUME

    given = [
        name
        for name in ("routine", "minutes", "profile", "walk", "after", "focus", "equipment", "seed")
        if getattr(args, name, None) is not None
    ]
    if given:
        raise UsageError(f"--resume makes the same plan again: drop --{given[0]}")
    found = offer(History(paths.history_dir()).load().records, catalog, settings, local_now())
    if found is None:
        raise UsageError(NO_RESUME)
    if found.plan is None:
        raise UsageError(found.line)
    return found.plan, found.earlier, found.composed


def _ring() -> None:
    with contextlib.suppress(OSError, ValueError):  # a terminal gone: the log says so
        if sys.stdout.isatty():
            print("\a", end="", flush=True)


def _record_with_goal(
    record: Callable[[Summary, int], str], weekly_goal: int
) -> Callable[[Summary], str]:
    return lambda summary: record(summary, weekly_goal)


def _tui(
    catalog: content.Catalog,
    settings: Settings,
    plan: Plan | None,
    speed: float,
    problem: str | None,
    earlier: Earlier | None = None,
    composed: Composed | None = None,
) -> int:
    from postrun.clock import scaled
    from postrun.tui.app import Parts, PostrunApp

    gc.freeze()  # what the imports made lives as long as the App: never scanned again
    clock = scaled(time.monotonic, speed)
    record = _recorder(catalog, speed)
    parts = Parts(
        catalog,
        settings,
        clock,
        record=record,
        speed=speed,
        problem=problem,
        first_frame=gc.enable,  # the screen is up: the collector runs again
    )
    app = PostrunApp(parts, start=plan, earlier=earlier, composed=composed)
    try:
        app.run()  # ALSA's printing goes off when simpleaudio opens (sound.quiet)
    finally:
        app.end_session()  # a backstop: the App records on every way out it knows
    return app.return_code or 0  # 1 after a crash, 130 when interrupted


def _find(catalog: content.Catalog, routine_id: str) -> Routine:
    routine = catalog.get(routine_id)
    if routine is None:
        known = ", ".join(catalog.routines) or "none"
        raise UsageError(f"no routine '{routine_id}' (known: {known})")
    return routine


def _pose(catalog: content.Catalog, args: Arguments) -> int:
    from postrun.cli.pose import PoseRequestError, pose_text

    routine = _find(catalog, args.routine)
    try:
        print(pose_text(routine, args.exercise, args.position, side=args.side, size=args.size))
    except PoseRequestError as error:
        raise UsageError(str(error)) from None
    return 0


def _check(targets: list[Path]) -> int:
    files, problems = content.find_files(targets)
    catalog = content.load(files, fresh=True)  # check is the edge: pydantic judges every file
    problems += catalog.problems
    for problem in problems:
        print(problem)
    if not problems:
        print(f"{plural(len(files), 'routine file')} OK")
    return 1 if problems else 0
