"""The bundled pose library: read from TOML once, remembered, each pose parsed when a
move first shows it; library files that go wrong say where."""

from __future__ import annotations

from pathlib import Path

import pytest

from postrun.poses import (
    PoseError,
    bundled_library,
    library,
    load_library,
    parse_figure,
    parse_pose,
)

from .test_poses import STANDING


def test_library_files_name_the_file_and_refuse_a_pose_defined_twice(tmp_path: Path) -> None:
    one, two, bad = tmp_path / "one.toml", tmp_path / "two.toml", tmp_path / "bad.toml"
    stand = "".join(f"{k} = {v}\n" for k, v in STANDING.items())
    one.write_text(f"[stand]\n{stand}")
    two.write_text(f"[stand]\n{stand}")
    bad.write_text(f"[lean]\n{stand}neck = [50, 1]\n".replace("neck = [10, 12.5]\n", ""))
    assert list(load_library(one)) == ["stand"]
    with pytest.raises(PoseError, match=r"two\.toml: stand: another library file has this pose"):
        load_library(one, two)
    with pytest.raises(PoseError, match=r"bad\.toml: lean\.neck: expected \[x, y\]"):
        load_library(bad)


def test_the_bundled_library_is_read_from_toml_once_then_remembered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads: list[bytes] = []
    real = library._read_toml

    def counted(raw: bytes) -> dict[str, object]:
        reads.append(raw)
        return real(raw)

    monkeypatch.setattr(library, "_read_toml", counted)
    bundled_library.cache_clear()
    first = bundled_library()
    read_once = len(reads)
    bundled_library.cache_clear()
    assert bundled_library() == first and len(reads) == read_once > 0


def test_a_move_may_name_library_poses_or_draw_its_own_inline() -> None:
    library = bundled_library()
    assert parse_figure("cat", library, "pose") == [library["cat"]]
    assert parse_figure(["cow", STANDING], library, "poses") == [
        library["cow"],
        parse_pose(STANDING),
    ]
    with pytest.raises(PoseError, match=r"^poses\[1\]: no pose named 'dog'$"):
        parse_figure(["cat", "dog"], library, "poses")
    with pytest.raises(PoseError, match=r"^poses\[0\]\.head: expected \[x, y\]"):
        parse_figure([{**STANDING, "head": 3}], library, "poses")
    with pytest.raises(PoseError, match=r"^pose: expected a pose name or a pose table$"):
        parse_figure(7, library, "pose")


def test_a_remembered_library_parses_only_the_poses_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A session shows a few of the library's poses: parsing every one cost its first
    # frame 25 M instructions (~6 ms).
    bundled_library.cache_clear()
    everything = dict(bundled_library())  # judged and remembered, if it was not yet
    parsed: list[object] = []
    real = parse_pose

    def counted(data: object, where: str = "pose") -> object:
        parsed.append(where)
        return real(data, where)

    monkeypatch.setattr(library, "parse_pose", counted)
    bundled_library.cache_clear()
    poses = bundled_library()
    assert len(poses) == len(everything) > 40 and "cat" in poses and parsed == []
    assert poses["cat"] == everything["cat"] and poses["cat"] is poses["cat"]
    assert parsed == ["cat"]
    bundled_library.cache_clear()
