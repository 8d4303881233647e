"""The user's files: settings and history, each written atomically, and the stats drawn
from history. Others import from here.

Each name is loaded when first asked for: a command that needs only the settings does
not pay for history, records and stats.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from postrun import lazy

if TYPE_CHECKING:
    from postrun.files import write_atomic
    from postrun.store.habit import Stats, stats
    from postrun.store.history import History, Loaded, Recorder, local_now
    from postrun.store.record import Record
    from postrun.store.resuming import Offer, offer
    from postrun.store.settings import (
        Settings,
        SoundChoice,
        VoiceChoice,
        bounds,
        choices,
        label,
        load_settings,
        move_key,
        save_settings,
        with_known_routine,
    )

_HOMES = {
    "postrun.files": ("write_atomic",),
    "postrun.store.habit": ("Stats", "stats"),
    "postrun.store.history": ("History", "Loaded", "Recorder", "local_now"),
    "postrun.store.record": ("Record",),
    "postrun.store.resuming": ("Offer", "offer"),
    "postrun.store.settings": (
        "Settings",
        "SoundChoice",
        "VoiceChoice",
        "bounds",
        "choices",
        "label",
        "load_settings",
        "move_key",
        "save_settings",
        "with_known_routine",
    ),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "History",
    "Loaded",
    "Offer",
    "Record",
    "Recorder",
    "Settings",
    "SoundChoice",
    "Stats",
    "VoiceChoice",
    "bounds",
    "choices",
    "label",
    "load_settings",
    "local_now",
    "move_key",
    "offer",
    "save_settings",
    "stats",
    "with_known_routine",
    "write_atomic",
]


__getattr__ = lazy.loader(__name__, _HOME_OF)
