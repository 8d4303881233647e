"""The user's files: settings and history, each written atomically, and the stats drawn
from history. Others import from here.
"""

from postrun.files import write_atomic
from postrun.store.history import History, Loaded, Recorder, local_now
from postrun.store.record import Record
from postrun.store.settings import (
    Settings,
    SoundChoice,
    VoiceChoice,
    bounds,
    choices,
    label,
    load_settings,
    save_settings,
    with_known_routine,
)
from postrun.store.stats import Stats, stats

__all__ = [
    "History",
    "Loaded",
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
    "save_settings",
    "stats",
    "with_known_routine",
    "write_atomic",
]
