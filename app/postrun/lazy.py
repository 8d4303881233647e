"""A package's front door that imports some of its names only when first asked for."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def loader(package: str, home_of: Mapping[str, str]) -> Callable[[str], Any]:
    """The package's `__getattr__` (PEP 562): a name in `home_of` is imported from its
    module on first use and kept on the package, so the next lookup costs nothing."""
    namespace = sys.modules[package].__dict__

    def load(name: str) -> Any:
        if name not in home_of:
            raise AttributeError(f"module '{package}' has no attribute '{name}'")
        value = getattr(importlib.import_module(home_of[name]), name)
        namespace[name] = value
        return value

    return load
