"""SHA-256, from Python's own module where there is one: `hashlib` loads OpenSSL
(0.6 MB of memory and milliseconds at start) for the same digest."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hashlib import sha256
else:
    try:
        from _sha256 import sha256  # CPython 3.11
    except ImportError:  # another Python, or one built without it
        from hashlib import sha256

__all__ = ["sha256"]
