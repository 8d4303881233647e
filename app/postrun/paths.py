"""The one place that knows where postrun's files live.

Bundled content and sounds ship inside the wheel (`postrun/content`, `postrun/sounds`);
in a source checkout they sit at the repository's top level. User files go to the
platform's config and data dirs, or all under `$POSTRUN_HOME` when it is set.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path

APP_NAME = "postrun"
HOME_ENV = "POSTRUN_HOME"


def _bundled(name: str) -> Path:
    packaged = Path(__file__).resolve().parent / name  # where the wheel puts it
    if packaged.is_dir():
        return packaged
    # Source checkout: app/postrun/paths.py -> repository root.
    return Path(__file__).resolve().parents[2] / name


def bundled_content_dir() -> Path:
    return _bundled("content")


def bundled_sounds_dir() -> Path:
    return _bundled("sounds")


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value).expanduser() if value else None


def config_dir() -> Path:
    home = _home()
    return home if home else user_config_path(APP_NAME)


def data_dir() -> Path:
    home = _home()
    return home if home else user_data_path(APP_NAME)


def user_routines_dir() -> Path:
    return config_dir() / "routines"


def settings_file() -> Path:
    return config_dir() / "settings.toml"


def history_dir() -> Path:
    """One small TOML file per session: writers never touch each other's records."""
    return data_dir() / "history"


def cache_dir() -> Path:
    return data_dir() / "cache"
