"""Settings: how the user likes their sessions, and the one definition of each choice.

An invalid settings file is reported by key and left alone; postrun runs on defaults,
and only a save replaces the file, keeping the old one as `settings.toml.bak`. The
settings screen's labels and the command line's choices are read from this model.
"""

import dataclasses
import os
import stat
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal, get_args, get_type_hints

from postrun import cache as verdicts
from postrun.data import build, dump
from postrun.files import FileProblem, decode, parse_toml, read_bytes, write_atomic
from postrun.models import Line
from postrun.plan import DEFAULT_EQUIPMENT, MAX_MINUTES, MIN_MINUTES, PlanSettings, Profile
from postrun.printable import printable
from postrun.rules import Before, Chars, Invalid, Label, Model, Number, first_problem

SoundChoice = Literal["auto", "simpleaudio", "system", "bell", "off"]
# "auto" speaks when a text-to-speech engine and a player that can speak are there.
VoiceChoice = Literal["auto", "on", "off"]
# A move the runner left out ("not for me"): "routine-id/exercise-id", as ids are written.
MoveKey = Annotated[str, Chars(pattern=r"^[a-z0-9][a-z0-9-]{0,62}/[a-z0-9][a-z0-9-]{0,62}$")]
Thing = Annotated[str, Chars(strip=True, min_length=1, plain="")]  # as `equipment` names it


def _voice_was_a_switch(value: object) -> object:
    """Files from before "auto" say `voice = true` or `voice = false`. Every save wrote
    the whole file and the switch was off by default, so `false` almost always means
    "never chosen": it becomes the new default, and only `true` is a choice kept."""
    if isinstance(value, bool):
        return "on" if value else "auto"
    return value


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings(Model):
    """How the user likes their sessions; every field a choice the settings screen offers."""

    default_minutes: Annotated[
        int, Number(ge=MIN_MINUTES, le=MAX_MINUTES), Label("Default length", "minutes")
    ] = 10
    default_routine: Annotated[Line, Label("Default routine")] = "post-run-reset"
    profile: Annotated[Profile, Label("Hold profile")] = "standard"
    prepare_seconds: Annotated[int, Number(ge=0, le=30), Label("Get into position", "seconds")] = 5
    switch_seconds: Annotated[int, Number(ge=1, le=30), Label("Switch sides", "seconds")] = 5
    lead_in_seconds: Annotated[
        int, Number(ge=0, le=10), Label("Lead-in after a pause", "seconds")
    ] = 3
    walk_minutes: Annotated[int, Number(ge=0, le=30), Label("Walk first", "minutes")] = 0
    sound: Annotated[SoundChoice, Label("Sound")] = "auto"
    voice: Annotated[VoiceChoice, Before(_voice_was_a_switch), Label("Spoken cues")] = "auto"
    theme: Annotated[Line, Label("Theme")] = "textual-dark"
    weekly_goal: Annotated[int, Number(ge=1, le=14), Label("Sessions a week", "goal")] = 3
    # The choices are the names the routines' `equipment` lists use (`plan.known_equipment`).
    equipment: Annotated[list[Thing], Label("Equipment at hand")] = dataclasses.field(
        default_factory=lambda: sorted(DEFAULT_EQUIPMENT)
    )
    left_out: Annotated[list[MoveKey], Label("Not for me (left out)")] = dataclasses.field(
        default_factory=list
    )

    def plan_settings(self, **changes: object) -> PlanSettings:
        values: dict[str, object] = {
            "profile": self.profile,
            "prepare_seconds": self.prepare_seconds,
            "switch_seconds": self.switch_seconds,
            "walk_minutes": self.walk_minutes,
        }
        values.update(changes)
        return PlanSettings(**values)  # type: ignore[arg-type]

    def at_hand(self) -> frozenset[str]:
        """The equipment a session made for a run may use."""
        return frozenset(" ".join(item.split()).lower() for item in self.equipment)

    def left_out_moves(self) -> frozenset[tuple[str, str]]:
        """The moves the runner left out, as (routine id, exercise id)."""
        return frozenset(move_of(key) for key in self.left_out)

    def leaving_out(self, routine_id: str, exercise_id: str, out: bool = True) -> "Settings":
        """These settings with one move left out (or, `out=False`, brought back)."""
        key = move_key(routine_id, exercise_id)
        kept = [k for k in self.left_out if k != key]
        return dataclasses.replace(self, left_out=[*kept, key] if out else kept)


def move_key(routine_id: str, exercise_id: str) -> str:
    return f"{routine_id}/{exercise_id}"


def move_of(key: str) -> tuple[str, str]:
    routine_id, _, exercise_id = key.partition("/")
    return routine_id, exercise_id


DEFAULT = Settings()


def with_known_routine(
    settings: Settings, known: Collection[str], path: Path
) -> tuple[Settings, str | None]:
    """Settings whose default routine exists: one that is gone (deleted, renamed, broken)
    becomes the bundled default, with a line naming the settings file."""
    wanted = settings.default_routine
    if wanted in known or not known:
        return settings, None
    bundled = DEFAULT.default_routine
    fallback = bundled if bundled in known else next(iter(known))
    problem = (
        f"{path}: default_routine '{wanted}' is not a routine postrun found; using '{fallback}'"
    )
    return dataclasses.replace(settings, default_routine=fallback), printable(problem)


@cache
def _rules(key: str) -> tuple[Any, ...]:
    """The type of a setting and the markers written on it."""
    hint = get_type_hints(Settings, include_extras=True)[key]
    return (get_args(hint)[0], *hint.__metadata__)


def bounds(key: str) -> tuple[int, int]:
    """The smallest and largest value a numeric setting takes."""
    for rule in _rules(key):
        if isinstance(rule, Number):
            return int(rule.ge or 0), int(rule.le or 0)
    return 0, 0


def label(key: str) -> str:
    """What the settings screen calls a setting: 'Switch sides (seconds, 1-30)'."""
    named = next((rule for rule in _rules(key) if isinstance(rule, Label)), None)
    if named is None:
        return key
    if named.unit is None:
        return named.text
    low, high = bounds(key)
    return f"{named.text} ({named.unit}, {low}-{high})"


def choices(key: str) -> tuple[str, ...]:
    """The values a setting with a fixed set of choices may take."""
    return get_args(_rules(key)[0])


_DEFAULTS_USED = "; using the defaults until you save"


def load_settings(path: Path) -> tuple[Settings, str | None]:
    """The settings, or the defaults and one line saying what is wrong with the file."""
    if not path.exists():
        return Settings(), None
    raw = read_bytes(path)
    if isinstance(raw, FileProblem):
        return Settings(), _problem(path, raw.message, raw.where)

    def use(verdict: verdicts.Verdict) -> tuple[Settings, str | None]:
        if "problem" in verdict:
            message, where = verdict["problem"]
            return Settings(), _problem(path, message, where)
        settings = build(Settings, verdict["settings"])
        if not isinstance(settings, Settings):
            raise TypeError("not settings")
        return settings, None

    return verdicts.judged("settings", path, raw, lambda: _judge(raw), use)


def _judge(raw: bytes) -> verdicts.Verdict:
    from postrun.validate import validated  # pydantic: only for a file not yet judged

    text = decode(raw)
    data = text if isinstance(text, FileProblem) else parse_toml(text)
    if isinstance(data, FileProblem):
        return {"problem": [data.message, data.where]}
    try:
        return {"settings": dump(validated(Settings, data), json=True)}
    except Invalid as error:
        return {"problem": [first_problem(error), ""]}


def _problem(path: Path, message: str, where: str) -> str:
    place = f"{path}:{where}" if where else str(path)
    return printable(f"{place}: {message}{_DEFAULTS_USED}")


def save_settings(path: Path, settings: Settings) -> None:
    """Write the settings through a symlink to its target, keeping the old file as
    `settings.toml.bak` beside the name given. Raises OSError, having changed nothing,
    when the file or its folder is read-only or the old file cannot be kept."""
    target = path.resolve()
    for place in (target, target.parent):
        if place.exists() and not _writable(place):
            raise PermissionError(f"{place} is read-only; the settings were not saved")
    if target.exists():
        old = read_bytes(target)
        if isinstance(old, FileProblem):
            raise OSError(f"{target} {old.message}; the settings were not saved")
        write_atomic(path.with_name(path.name + ".bak"), old)
    import tomli_w  # only a save writes TOML

    write_atomic(target, tomli_w.dumps(dump(settings)))


def _writable(place: Path) -> bool:
    """Mode bits as well as access: a file the user made read-only stays so, even for root."""
    return bool(place.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) and (
        os.access(place, os.W_OK)
    )
