"""A real, non-editable wheel install finds its bundled content from any directory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_wheel_install_ships_content_and_sounds(tmp_path: Path) -> None:
    wheels, target, elsewhere = tmp_path / "wheels", tmp_path / "site", tmp_path / "elsewhere"
    elsewhere.mkdir()
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
    subprocess.run([*build, "-w", str(wheels), str(REPO)], check=True)
    (wheel,) = wheels.glob("postrun-*.whl")
    install = [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target"]
    subprocess.run([*install, str(target), str(wheel)], check=True)

    env = os.environ | {"PYTHONPATH": str(target), "POSTRUN_HOME": str(tmp_path / "home")}
    probe = (
        "import postrun.paths as p; print(p.bundled_content_dir()); print(p.bundled_sounds_dir())"
    )
    where = subprocess.run(
        [sys.executable, "-c", probe], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    content_dir, sounds_dir = map(Path, where.stdout.split())
    assert content_dir.is_relative_to(target) and sounds_dir.is_relative_to(target)

    listed = subprocess.run(
        [sys.executable, "-m", "postrun", "routines"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert listed.returncode == 0, listed.stderr
    for routine in ("post-run-reset", "five-key-stretches", "long-run-yoga"):
        assert routine in listed.stdout
    checked = subprocess.run(
        [sys.executable, "-m", "postrun", "check", str(content_dir)],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout
