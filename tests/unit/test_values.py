"""Postrun's values cannot change once made: a plan, a step or a routine shared by the
planner, the session and the screens is never altered under one of them."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil

import pytest

import postrun
from postrun.plan import PlanSettings


def dataclasses_of_postrun() -> list[type]:
    found = []
    for info in pkgutil.walk_packages(postrun.__path__, "postrun."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        found += [
            v
            for v in vars(module).values()
            if isinstance(v, type)
            and v.__module__ == module.__name__
            and "__dataclass_params__" in vars(v)
        ]
    return found


def test_the_value_classes_are_frozen_with_slots() -> None:
    """Slots: a value holds no `__dict__`, so nothing can be hung on it either."""
    frozen = [c for c in dataclasses_of_postrun() if c.__dataclass_params__.frozen]  # type: ignore[attr-defined]
    assert len(frozen) > 50
    assert [c.__qualname__ for c in frozen if "__slots__" not in vars(c)] == []


def test_a_value_refuses_a_change() -> None:
    settings = PlanSettings()
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.prepare_seconds = 1  # type: ignore[misc]
    with pytest.raises((AttributeError, TypeError)):
        settings.surprise = 1  # type: ignore[attr-defined]
