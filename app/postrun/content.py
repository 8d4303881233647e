"""Find, read and validate routine files.

Every failure becomes a `Problem`: one line naming the file and the place
(`PATH:LINE:COL: message` for TOML syntax, `PATH: phases[1].exercises[0].hold: message`
for the schema). Nothing here raises on bad input: callers get the good routines and a
list of problems, so one broken file never hides the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from postrun import cache, paths
from postrun.data import build, dump
from postrun.files import FileProblem, decode, parse_toml, read_bytes
from postrun.models import EXERCISE_KINDS, Routine
from postrun.printable import printable
from postrun.rules import Invalid

MAX_PROBLEMS_PER_FILE = 20  # one file must not bury the rest: the first ones, then a count
_MESSAGES = {
    "missing": "required key is missing",
    "extra_forbidden": "unknown key",
    "string_pattern_mismatch": "must be lowercase letters, digits and dashes (at most 63)",
    "string_too_short": "must not be empty",
    "too_short": "needs at least one entry",
}


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong with a file, and where in it."""

    path: Path
    message: str
    where: str = ""  # "LINE:COL" or a dotted place in the data; empty for the whole file

    def __str__(self) -> str:
        if not self.where:
            line = f"{self.path}: {self.message}"
        elif self.where[0].isdigit():
            line = f"{self.path}:{self.where}: {self.message}"
        else:
            line = f"{self.path}: {self.where}: {self.message}"
        return printable(line)  # a file's name or echoed value may hold anything


@dataclass
class Catalog:
    """The routines found, by id, in the order they were found, and what went wrong."""

    routines: dict[str, Routine] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    origins: dict[str, Path] = field(default_factory=dict)

    def get(self, routine_id: str) -> Routine | None:
        return self.routines.get(routine_id)


def read_routine(path: Path, *, fresh: bool = False) -> Routine | list[Problem]:
    """One routine file, validated; or every problem found in it. The verdict on a file
    is remembered (`cache`): pydantic is imported only for a file new or changed, or
    when asked to judge it afresh (`fresh`, as `postrun check` does)."""
    raw = read_bytes(path)
    if isinstance(raw, FileProblem):
        return [Problem(path, raw.message, raw.where)]

    def use(verdict: cache.Verdict) -> Routine | list[Problem]:
        if "problems" in verdict:
            return [Problem(path, message, where) for message, where in verdict["problems"]]
        routine = build(Routine, verdict["routine"])
        if not isinstance(routine, Routine):
            raise TypeError("not a routine")
        return routine

    return cache.judged("routine", path, raw, lambda: _judge(path, raw), use, fresh=fresh)


def _judge(path: Path, raw: bytes) -> cache.Verdict:
    """The verdict on a routine file's bytes: its validated data, or its problems."""
    from postrun.validate import validated  # pydantic: only for a file not yet judged

    text = decode(raw)
    if isinstance(text, str) and not text.strip():
        return _verdict(
            [Problem(path, "empty file: a routine needs at least an id, a title and phases")]
        )
    data = text if isinstance(text, FileProblem) else parse_toml(text)
    if isinstance(data, FileProblem):
        return _verdict([Problem(path, data.message, data.where)])
    try:
        routine = validated(Routine, data)
    except Invalid as error:
        problems = [_schema_problem(path, data, d) for d in error.errors()]
        return _verdict(_capped(path, problems))
    if routine.id != path.stem:
        message = f"id '{routine.id}' does not match the file name '{path.name}'"
        return _verdict([Problem(path, message, "id")])
    return {"routine": dump(routine, json=True)}


def _verdict(problems: list[Problem]) -> cache.Verdict:
    return {"problems": [[p.message, p.where] for p in problems]}


def find_files(targets: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """The routine files named on a command line: files as given, folders' *.toml."""
    files: list[Path] = []
    problems: list[Problem] = []
    for target in targets:
        if target.is_dir():
            found = sorted(target.glob("*.toml"))
            if not found:
                problems.append(Problem(target, "no routine files (*.toml) in this directory"))
            files.extend(found)
        elif target.exists():
            files.append(target)
        else:
            problems.append(Problem(target, "no such file or directory"))
    return files, problems


def load(files: Sequence[Path], catalog: Catalog | None = None, *, fresh: bool = False) -> Catalog:
    """Read files into a catalog; a duplicate id keeps the first and reports the second."""
    catalog = catalog if catalog is not None else Catalog()
    for path in files:
        result = read_routine(path, fresh=fresh)
        if isinstance(result, list):
            catalog.problems.extend(result)
        elif result.id in catalog.routines:
            first = catalog.origins[result.id]
            catalog.problems.append(
                Problem(path, f"routine id '{result.id}' is already used by {first}", "id")
            )
        else:
            catalog.routines[result.id] = result
            catalog.origins[result.id] = path
    return catalog


def load_all(
    bundled: Path | None = None, user: Path | None = None, *, include_user: bool = True
) -> Catalog:
    """The bundled routines, then the user's own (`<config>/routines/*.toml`)."""
    bundled = bundled or paths.bundled_content_dir()
    catalog = load(sorted(bundled.glob("*.toml")))
    user = user or paths.user_routines_dir()
    if include_user and user.is_dir():
        load(sorted(user.glob("*.toml")), catalog)
    return catalog


def _capped(path: Path, problems: list[Problem]) -> list[Problem]:
    if len(problems) <= MAX_PROBLEMS_PER_FILE:
        return problems
    more = len(problems) - MAX_PROBLEMS_PER_FILE
    return [
        *problems[:MAX_PROBLEMS_PER_FILE],
        Problem(path, f"... and {more} more problems in this file"),
    ]


def _schema_problem(path: Path, data: dict[str, Any], detail: Any) -> Problem:
    loc = _strip_union_tags(tuple(detail["loc"]))
    message = _MESSAGES.get(detail["type"], detail["msg"])
    message = message.removeprefix("Value error, ")
    exercise_id = _exercise_id(data, loc)
    if exercise_id:
        message = f"{message} (exercise '{exercise_id}')"
    return Problem(path, message, _dotted(loc) or "(routine)")


def _strip_union_tags(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    # pydantic puts the discriminator's value after the list index: exercises.0.hold.hold
    out: list[Any] = []
    for i, part in enumerate(loc):
        after_index = i >= 2 and loc[i - 2] == "exercises" and isinstance(loc[i - 1], int)
        if after_index and part in EXERCISE_KINDS:
            continue
        out.append(part)
    return tuple(out)


def _dotted(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _exercise_id(data: Any, loc: tuple[Any, ...]) -> str | None:
    try:
        phase_index = loc[loc.index("phases") + 1]
        at = loc.index("exercises")
        exercise_index = loc[at + 1]
        if loc[at + 2 : at + 3] == ("id",):  # the id itself is what is wrong
            return None
        value = data["phases"][phase_index]["exercises"][exercise_index].get("id")
    except (ValueError, IndexError, KeyError, TypeError, AttributeError):
        return None
    return value if isinstance(value, str) else None
