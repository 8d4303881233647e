"""Settings: how the user likes their sessions, and the one definition of each choice.

An invalid settings file is reported by key and left alone; postrun runs on defaults,
and only a save replaces the file, keeping the old one as `settings.toml.bak`. The
settings screen's labels and the command line's choices are read from this model.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Collection
from pathlib import Path
from typing import Any, Literal, get_args

import tomli_w
from annotated_types import Ge, Le
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from postrun.files import FileProblem, read_bytes, read_toml, write_atomic
from postrun.models import Line, first_problem
from postrun.plan import MAX_MINUTES, MIN_MINUTES, PlanSettings, Profile
from postrun.printable import printable

SoundChoice = Literal["auto", "simpleaudio", "system", "bell", "off"]
# "auto" speaks when a text-to-speech engine and a player that can speak are there.
VoiceChoice = Literal["auto", "on", "off"]


def _number(default: int, low: int, high: int, label: str, unit: str | None = None) -> Any:
    return Field(default, ge=low, le=high, description=label, json_schema_extra={"unit": unit})


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    default_minutes: int = _number(10, MIN_MINUTES, MAX_MINUTES, "Default length", "minutes")
    default_routine: Line = Field("post-run-reset", description="Default routine")
    profile: Profile = Field("standard", description="Hold profile")
    prepare_seconds: int = _number(5, 0, 30, "Get into position", "seconds")
    switch_seconds: int = _number(5, 1, 30, "Switch sides", "seconds")
    lead_in_seconds: int = _number(3, 0, 10, "Lead-in after a pause", "seconds")
    walk_minutes: int = _number(0, 0, 30, "Walk first", "minutes")
    sound: SoundChoice = Field("auto", description="Sound")
    voice: VoiceChoice = Field("auto", description="Spoken cues")
    theme: Line = Field("textual-dark", description="Theme")
    weekly_goal: int = _number(3, 1, 14, "Sessions a week", "goal")

    @field_validator("voice", mode="before")
    @classmethod
    def _voice_was_a_switch(cls, value: object) -> object:
        """Files from before "auto" say `voice = true` or `voice = false`. Every save wrote
        the whole file and the switch was off by default, so `false` almost always means
        "never chosen": it becomes the new default, and only `true` is a choice kept."""
        if isinstance(value, bool):
            return "on" if value else "auto"
        return value

    def plan_settings(self, **changes: object) -> PlanSettings:
        values: dict[str, object] = {
            "profile": self.profile,
            "prepare_seconds": self.prepare_seconds,
            "switch_seconds": self.switch_seconds,
            "walk_minutes": self.walk_minutes,
        }
        values.update(changes)
        return PlanSettings(**values)  # type: ignore[arg-type]


def with_known_routine(
    settings: Settings, known: Collection[str], path: Path
) -> tuple[Settings, str | None]:
    """Settings whose default routine exists: one that is gone (deleted, renamed, broken)
    becomes the bundled default, with a line naming the settings file."""
    wanted = settings.default_routine
    if wanted in known or not known:
        return settings, None
    bundled = str(Settings.model_fields["default_routine"].default)
    fallback = bundled if bundled in known else next(iter(known))
    problem = (
        f"{path}: default_routine '{wanted}' is not a routine postrun found; using '{fallback}'"
    )
    return settings.model_copy(update={"default_routine": fallback}), printable(problem)


def bounds(key: str) -> tuple[int, int]:
    """The smallest and largest value a numeric setting takes."""
    low = high = 0
    for rule in Settings.model_fields[key].metadata:
        if isinstance(rule, Ge):
            low = int(rule.ge)  # type: ignore[call-overload]
        elif isinstance(rule, Le):
            high = int(rule.le)  # type: ignore[call-overload]
    return low, high


def label(key: str) -> str:
    """What the settings screen calls a setting: 'Switch sides (seconds, 1-30)'."""
    field = Settings.model_fields[key]
    text = field.description or key
    extra = field.json_schema_extra
    unit = extra.get("unit") if isinstance(extra, dict) else None
    if unit is None:
        return text
    low, high = bounds(key)
    return f"{text} ({unit}, {low}-{high})"


def choices(key: str) -> tuple[str, ...]:
    """The values a setting with a fixed set of choices may take."""
    return get_args(Settings.model_fields[key].annotation)


_DEFAULTS_USED = "; using the defaults until you save"


def load_settings(path: Path) -> tuple[Settings, str | None]:
    """The settings, or the defaults and one line saying what is wrong with the file."""
    if not path.exists():
        return Settings(), None
    data = read_toml(path)
    if isinstance(data, FileProblem):
        problem = data.message
        if data.where:
            return Settings(), printable(f"{path}:{data.where}: {problem}{_DEFAULTS_USED}")
    else:
        try:
            return Settings.model_validate(data), None
        except ValidationError as error:
            problem = first_problem(error)
    return Settings(), printable(f"{path}: {problem}{_DEFAULTS_USED}")


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
    write_atomic(target, tomli_w.dumps(settings.model_dump()))


def _writable(place: Path) -> bool:
    """Mode bits as well as access: a file the user made read-only stays so, even for root."""
    return bool(place.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) and (
        os.access(place, os.W_OK)
    )
