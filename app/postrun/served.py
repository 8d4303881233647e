"""Whether this process is an app that `postrun serve` started for a browser.

The server sets `POSTRUN_SERVED` for the processes it starts; a screen reads it here to
say where the sound is and to show its touch targets. `serve --sound/--voice` reach a
window that opens Home (no `start` to take them) through CHOICE_ENV. Cheap: no server is
imported.
"""

from __future__ import annotations

import os

SERVED_ENV = "POSTRUN_SERVED"
CHOICE_ENV = {"sound": "POSTRUN_SERVED_SOUND", "voice": "POSTRUN_SERVED_VOICE"}


def is_served() -> bool:
    return os.environ.get(SERVED_ENV) == "1"


def served_choices() -> dict[str, str]:
    """The settings `postrun serve` was given for its windows ({} when not served)."""
    if not is_served():
        return {}
    found = {name: os.environ.get(env, "") for name, env in CHOICE_ENV.items()}
    return {name: value for name, value in found.items() if value}
