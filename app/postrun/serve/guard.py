"""The served app's door: aiohttp middleware that every request passes before
textual-serve's own handlers (which check nothing).

Every request needs the run's token, in the query or in the cookie the first page sets
(the page's script, styles and websocket URLs carry no query); the websocket must come
from the served page's Origin; at most `MAX_APPS` app processes run at once, one per
websocket, and past that the page says so and no process starts; a static URL serves a
regular file inside the static folder and nothing else (no listings, no way out).
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import web

from postrun import words

MAX_APPS = 3
TOKEN_PARAM = "token"
PAGE = "/"
SOCKET = "/ws"
STATIC = "/static/"

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Guard:
    """The door for one run: its token, the page's origin and the apps running."""

    def __init__(
        self, token: str, origin: str, statics: Path, *, cookie: str, limit: int = MAX_APPS
    ) -> None:
        self.token = token
        self.origin = origin  # "http://HOST:PORT", as the browser sends it
        self.statics = statics.resolve()
        self.cookie = cookie  # one name per port: cookies do not tell ports apart
        self.limit = limit
        self.apps = 0  # websockets let through and still open: one app process each

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        self._check_token(request)
        if request.path == SOCKET:
            return await self._socket(request, handler)
        if request.path.startswith(STATIC):
            self._check_static(request.path.removeprefix(STATIC))
        elif request.path == PAGE and self.apps >= self.limit:
            return web.Response(status=503, text=words.full(self.limit))
        response = await handler(request)
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Content-Type-Options"] = "nosniff"
        if request.path == PAGE:
            response.headers["Cache-Control"] = "no-store"
            response.set_cookie(self.cookie, self.token, httponly=True, samesite="Strict", path="/")
        return response

    def _check_token(self, request: web.Request) -> None:
        given = request.query.get(TOKEN_PARAM) or request.cookies.get(self.cookie)
        if not given:
            raise web.HTTPUnauthorized(text=words.NO_TOKEN)
        if not secrets.compare_digest(given.encode(), self.token.encode()):
            raise web.HTTPForbidden(text=words.WRONG_TOKEN)

    async def _socket(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.headers.get("Origin") != self.origin:
            raise web.HTTPForbidden(text=words.WRONG_ORIGIN)
        if self.apps >= self.limit:
            raise web.HTTPServiceUnavailable(text=words.full(self.limit))
        self.apps += 1  # before the handler starts the process: no await in between
        try:
            return await handler(request)
        finally:
            self.apps -= 1

    def _check_static(self, relative: str) -> None:
        """A regular file inside the static folder, or 404 (aiohttp's router decodes and
        normalises the path; this holds whatever it let through)."""
        target = (self.statics / relative).resolve()
        if not (target.is_relative_to(self.statics) and target.is_file()):
            raise web.HTTPNotFound(text=words.NOT_FOUND)
