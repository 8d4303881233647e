"""ALSA's own error printing, turned off once for the whole process.

ALSA writes its errors straight onto the terminal (an underrun, a device unplugged),
garbling a running screen. Its printing goes off just before simpleaudio first opens
a device and stays off: the player may call into ALSA at any moment after that. ctypes
and the library search load only then, in the thread that opens the player, so a start
with no simpleaudio (or after its first frame) never pays for them.
"""

from __future__ import annotations

import threading
from typing import Any

_lock = threading.Lock()
_quieted = False
_handler: Any = None  # kept alive for as long as ALSA may call it


def quiet_alsa() -> None:
    """Stop ALSA printing its errors, from now on; quiet where there is no ALSA."""
    global _quieted, _handler
    with _lock:
        if _quieted:
            return
        _quieted = True
        import ctypes
        import ctypes.util

        name = ctypes.util.find_library("asound")
        if not name:
            return
        signature = ctypes.CFUNCTYPE(
            None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p
        )
        _handler = signature(lambda *_: None)
        try:
            ctypes.cdll.LoadLibrary(name).snd_lib_error_set_handler(_handler)
        except (OSError, AttributeError):
            _handler = None
