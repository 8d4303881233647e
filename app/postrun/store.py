"""Settings (how the user likes their sessions) and the atomic file write everything uses.

An invalid settings file is reported by key and left alone; postrun runs on defaults,
and only a save replaces the file, keeping the old one as `settings.toml.bak`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import tomllib
from pathlib import Path
from typing import Literal

import tomli_w
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from postrun.steps import PlanSettings, Profile

SoundChoice = Literal["auto", "simpleaudio", "bell", "off"]


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    default_minutes: int = Field(10, ge=3, le=60)
    default_routine: str = "post-run-reset"
    profile: Profile = "standard"
    prepare_seconds: int = Field(5, ge=0, le=30)
    switch_seconds: int = Field(5, ge=1, le=30)
    lead_in_seconds: int = Field(3, ge=0, le=10)
    walk_minutes: int = Field(0, ge=0, le=30)
    sound: SoundChoice = "auto"
    voice: bool = False
    theme: str = "textual-dark"
    weekly_goal: int = Field(3, ge=1, le=14)

    def plan_settings(self, **changes: object) -> PlanSettings:
        values: dict[str, object] = {
            "profile": self.profile,
            "prepare_seconds": self.prepare_seconds,
            "switch_seconds": self.switch_seconds,
            "walk_minutes": self.walk_minutes,
        }
        values.update(changes)
        return PlanSettings(**values)  # type: ignore[arg-type]


def write_atomic(path: Path, text: str) -> None:
    """Either the old file or the whole new one, never half of it (temp, fsync, rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def load_settings(path: Path) -> tuple[Settings, str | None]:
    """The settings, or the defaults and one line saying what is wrong with the file."""
    if not path.exists():
        return Settings(), None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return Settings.model_validate(data), None
    except (OSError, UnicodeDecodeError) as error:
        problem = f"cannot be read ({error})"
    except tomllib.TOMLDecodeError as error:
        problem = f"is not valid TOML ({error})"
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "(file)"
        problem = f"{key}: {first['msg']}"
        if len(error.errors()) > 1:
            problem += f" (and {len(error.errors()) - 1} more)"
    return Settings(), f"{path}: {problem}; using the defaults until you save"


def save_settings(path: Path, settings: Settings) -> None:
    if path.exists():
        shutil.copy2(path, path.with_name(path.name + ".bak"))
    write_atomic(path, tomli_w.dumps(settings.model_dump()))
