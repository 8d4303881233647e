"""`postrun serve`: the postrun app in a browser, on this computer or (`--lan`) on the
home network, through textual-serve's Server with `serve.Guard` in front of it.

stdout's first line is the URL with this run's token; a QR code of it follows, for a
phone's camera. Each browser window gets its own `postrun` process (Home, or a session
started with the same options as `postrun start`), under the same POSTRUN_HOME, so its
sessions land in the same history. Ctrl-C stops the server: exit 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import shlex
import socket
import sys
from typing import TYPE_CHECKING, TextIO

import aiohttp_jinja2
import jinja2
from aiohttp import web
from textual_serve.server import Server

from postrun import serve, words
from postrun.cli import UsageError
from postrun.served import CHOICE_ENV, SERVED_ENV

if TYPE_CHECKING:
    from postrun.cli.command import Arguments

# The plan a window starts: --routine or --after says there is one (else Home); the rest
# shape it. --sound and --voice go with it, or reach Home through the environment.
PLAN_OPTIONS = ("routine", "after", "minutes", "profile", "walk", "focus", "equipment", "seed")
START_OPTIONS = (*PLAN_OPTIONS, "sound", "voice")
QUIT_WITHIN = 10.0  # seconds the windows' apps get to quit and record on Ctrl-C


class PostrunServer(Server):
    """textual-serve's Server with postrun's page and the guard on every route."""

    def __init__(self, command: str, origin: str, token: str, *, cookie: str) -> None:
        super().__init__(
            command, title="postrun", public_url=origin, templates_path=serve.TEMPLATES
        )
        self.guard = serve.Guard(token, origin, self.statics_path, cookie=cookie)
        self.windows: set[asyncio.Task[object]] = set()  # each open window's websocket

    def initialize_logging(self) -> None:
        # Its own logging prints every request to stdout through Rich: only trouble here.
        logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(message)s")

    def application(self) -> web.Application:
        """textual-serve's routes, on its public handlers, behind the guard.

        textual-serve builds its application in a private method with no hook for
        middleware, so postrun builds the same one (page, websocket, downloads, static
        files without listings) from the Server's public handlers, guard first.
        """
        app = web.Application(middlewares=[self.guard.middleware])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes(
            [
                web.get("/", self.handle_index, name="index"),
                web.get("/ws", self.window, name="websocket"),
                web.get("/download/{key}", self.handle_download, name="download"),
                web.static("/static", self.statics_path, show_index=False, name="static"),
            ]
        )
        app.on_startup.append(self.on_startup)
        app.on_shutdown.append(self.on_shutdown)
        return app

    async def window(self, request: web.Request) -> web.StreamResponse:
        """A browser window's websocket, kept track of so that Ctrl-C can end it."""
        task = asyncio.current_task()
        assert task is not None
        self.windows.add(task)
        try:
            return await self.handle_websocket(request)
        finally:
            self.windows.discard(task)

    async def on_shutdown(self, app: web.Application) -> None:
        """Ctrl-C: end each window now. Its handler then tells its app to quit (the app
        records its session) and waits for it; left open, aiohttp waited about 20 s.
        Bounded, so an app that never quits cannot keep the server from stopping."""
        windows = list(self.windows)
        for task in windows:
            task.cancel()
        if windows:
            await asyncio.wait(windows, timeout=QUIT_WITHIN)

    async def on_startup(self, app: web.Application) -> None:
        """Nothing: the URL and its QR code are printed before the server starts (its own
        start-up prints a logo and the URL without the token)."""


def child_command(args: Arguments) -> str:
    """The command each browser window runs: Home, or `start` with the given options."""
    argv = [sys.executable, "-m", "postrun"]
    if not (args.routine or args.after):
        return shlex.join(argv)
    argv.append("start")
    for name in START_OPTIONS:
        argv += _option(name, getattr(args, name))
    return shlex.join(argv)


def child_environment(args: Arguments) -> dict[str, str]:
    """What a window that opens Home needs to have the sound and voice serve was given."""
    voice = None if args.voice is None else ("on" if args.voice else "off")
    chosen = {"sound": args.sound, "voice": voice}
    return {CHOICE_ENV[name]: value for name, value in chosen.items() if value}


def check_options(args: Arguments) -> None:
    """Home takes no plan: an option that shapes one needs --routine or --after."""
    if args.routine or args.after:
        return
    for name in ("minutes", "profile", "walk"):
        if getattr(args, name) is not None:
            raise UsageError(f"--{name} needs --routine or --after (without, serve opens Home)")


def _option(name: str, value: object) -> list[str]:
    if value is None:
        return []
    if name == "voice":
        return ["--voice" if value else "--no-voice"]
    if isinstance(value, frozenset):  # --focus, --equipment: comma-separated names
        return [f"--{name}", ",".join(sorted(value))]
    return [f"--{name}", str(value)]


def listen(args: Arguments) -> socket.socket:
    """The listening socket: loopback, or the home-network address with --lan."""
    host = serve.LOOPBACK
    if args.lan:
        found = serve.lan_address()
        if found is None:
            raise UsageError("--lan: no home-network address found (is this computer online?)")
        host = found
    try:
        return socket.create_server((host, args.port))
    except OSError as error:
        raise UsageError(f"cannot listen on {host}:{args.port}: {error.strerror}") from None


def _serve(args: Arguments, out: TextIO) -> None:
    import segno

    sock = listen(args)
    host, port = sock.getsockname()[:2]
    origin = f"http://{host}:{port}"
    token = secrets.token_urlsafe(24)
    url = f"{origin}/?{serve.TOKEN_PARAM}={token}"
    print(url, file=out, flush=True)  # the first line: a script or a test reads it
    segno.make(url, error="l").terminal(out=out, compact=True, border=2)
    print(f"Open it on a phone or tablet on this network; Ctrl-C stops. {where(host)}", file=out)
    print(flush=True, file=out)

    os.environ[SERVED_ENV] = "1"  # each app the server starts says it is served
    os.environ.update(child_environment(args))
    server = PostrunServer(child_command(args), origin, token, cookie=f"postrun-{port}")
    server.initialize_logging()
    # Not Server.serve(): it binds by host and port (this socket is bound already, port 0
    # included). aiohttp turns SIGINT and SIGTERM into a clean stop (on_shutdown).
    web.run_app(server.application(), sock=sock, print=None, handle_signals=True)


def run_serve(args: Arguments, out: TextIO = sys.stdout) -> int:
    check_options(args)
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C before aiohttp takes SIGINT
        _serve(args, out)
    print(words.SERVE_STOPPED, file=out, flush=True)
    return 0


def where(host: str) -> str:
    if host == serve.LOOPBACK:
        return "(This computer only: --lan serves the home network.)"
    return "(Anyone on this network with the link can open it: use a network you trust.)"
