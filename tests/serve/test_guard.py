"""`postrun serve` against real HTTP and websocket clients on 127.0.0.1: every refusal
happens before any app process starts (its children are counted from /proc)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from tests.serve.served import Served, serving


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    with serving(tmp_path / "home") as server:
        yield server


def browser_like() -> aiohttp.ClientSession:
    """A client that keeps cookies from an IP address, as a browser does."""
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))


async def status(url: str, **kwargs) -> int:
    async with aiohttp.ClientSession() as client, client.get(url, **kwargs) as response:
        return response.status


async def socket_refused(served: Served, *, origin: str | None, token: str | None) -> int:
    headers = {"Origin": origin} if origin else {}
    query = f"?token={token}&width=80&height=24" if token else "?width=80&height=24"
    async with aiohttp.ClientSession() as client:
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await client.ws_connect(f"{served.origin}/ws{query}", headers=headers)
    return refused.value.status


def test_the_first_line_is_the_url_with_a_token_then_a_qr_code(served: Served) -> None:
    assert served.url.startswith("http://127.0.0.1:")
    assert len(served.token) >= 32
    assert served.process.stdout is not None
    drawing = [served.process.stdout.readline() for _ in range(5)]
    assert all("█" in line for line in drawing), drawing
    assert served.stop() == 0  # Ctrl-C is a normal end


async def test_no_token_or_a_wrong_one_is_refused_everywhere(served: Served) -> None:
    for path in ("/", "/static/js/textual.js", "/static/css/xterm.css", "/download/x"):
        assert await status(served.origin + path) == 401, path
        assert await status(f"{served.origin}{path}?token=wrong{served.token}") == 403, path
        cookie = {f"postrun-{served.origin.rsplit(':', 1)[1]}": "wrong"}
        assert await status(served.origin + path, cookies=cookie) == 403, path
    assert await socket_refused(served, origin=served.origin, token=None) == 401
    assert await socket_refused(served, origin=served.origin, token="wrong") == 403
    assert served.apps() == []


async def test_the_page_sets_a_cookie_its_files_and_socket_are_let_in_by(served: Served) -> None:
    async with browser_like() as client:
        async with client.get(served.url) as page:
            assert page.status == 200
            html = await page.text()
        assert 'name="viewport"' in html
        assert "https://" not in html and "googleapis" not in html  # works offline
        async with client.get(f"{served.origin}/static/js/textual.js") as script:
            assert script.status == 200  # the cookie, with no token in the URL
        socket = await client.ws_connect(
            f"{served.origin}/ws?width=80&height=24", headers={"Origin": served.origin}
        )
        message = await socket.receive(timeout=60)  # the app's first bytes: it started
        assert message.type is aiohttp.WSMsgType.BINARY
        assert len(served.apps()) == 1
        await socket.close()


async def test_a_socket_from_another_origin_is_refused(served: Served) -> None:
    for origin in ("http://evil.example", "http://localhost:1", None):
        assert await socket_refused(served, origin=origin, token=served.token) == 403
    port = served.origin.rsplit(":", 1)[1]
    assert (
        await socket_refused(served, origin=f"http://localhost:{port}", token=served.token) == 403
    )
    assert served.apps() == []


async def test_no_listings_and_no_way_out_of_the_static_folder(served: Served) -> None:
    token = f"token={served.token}"
    for path in (
        "/static/",
        "/static/js/",
        "/static/fonts",
        "/static/../server.py",
        "/static/%2e%2e/server.py",
        "/static/..%2fserver.py",
        "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static//etc/passwd",
    ):
        async with aiohttp.ClientSession() as client:
            url = f"{served.origin}{path}?{token}"
            async with client.get(url) as response:
                body = await response.text()
                assert response.status in (403, 404), (path, response.status)
                assert "root:" not in body and "import" not in body
    assert served.apps() == []


async def test_past_three_apps_the_page_says_so_and_no_process_starts(served: Served) -> None:
    async with browser_like() as client:
        await client.get(served.url)  # the cookie
        sockets = []
        for _ in range(3):
            socket = await client.ws_connect(
                f"{served.origin}/ws?width=60&height=20", headers={"Origin": served.origin}
            )
            sockets.append(socket)
        for socket in sockets:
            await socket.receive(timeout=60)  # each app is up
        assert len(served.apps()) == 3
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await client.ws_connect(
                f"{served.origin}/ws?width=60&height=20", headers={"Origin": served.origin}
            )
        assert refused.value.status == 503
        async with client.get(served.url) as page:
            assert page.status == 503
            assert "already open in 3 browser windows" in await page.text()
        assert len(served.apps()) == 3
        await sockets[0].close()
        deadline = time.monotonic() + 30  # the server notices the closed window: polling
        while time.monotonic() < deadline:
            async with client.get(served.url) as page:
                if page.status == 200:
                    break
        assert page.status == 200
        for socket in sockets[1:]:
            await socket.close()
