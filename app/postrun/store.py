"""Settings: how the user likes their sessions."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

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
