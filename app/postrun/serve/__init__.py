"""Serving postrun to a browser on the home network, the parts that are not Textual: the
address to listen on, the door every request passes (guard.py) and the page's template
(templates/app_index.html: no font or script from the internet, sized for a phone).
The server itself, built on textual-serve, is `cli/serve.py`.
"""

from __future__ import annotations

from pathlib import Path

from postrun.serve.address import LOOPBACK, home_network, lan_address
from postrun.serve.guard import MAX_APPS, TOKEN_PARAM, Guard

TEMPLATES = Path(__file__).resolve().parent / "templates"

__all__ = [
    "LOOPBACK",
    "MAX_APPS",
    "TEMPLATES",
    "TOKEN_PARAM",
    "Guard",
    "home_network",
    "lan_address",
]
