"""Settings are validated, never silently lost, and written atomically."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from postrun.store import Settings, load_settings, save_settings, write_atomic


def test_settings_round_trip_through_toml(tmp_path: Path):
    path = tmp_path / "settings.toml"
    chosen = Settings(default_minutes=15, profile="40plus", voice="on", weekly_goal=4)
    save_settings(path, chosen)
    loaded, problem = load_settings(path)
    assert problem is None and loaded == chosen


def test_a_broken_settings_file_names_the_key_and_is_kept(tmp_path: Path, cli):
    path = tmp_path / "home" / "settings.toml"
    path.parent.mkdir(parents=True)
    path.write_text("default_minutes = 90\nprofile = 'standard'\n")
    loaded, problem = load_settings(path)
    assert loaded == Settings()
    assert problem is not None and problem.startswith(f"{path}: default_minutes:")
    result = cli("plan", "--json")  # runs on the defaults and says why, once
    assert result.code == 0
    assert result.err.count("default_minutes") == 1
    assert path.read_text() == "default_minutes = 90\nprofile = 'standard'\n"


def test_not_toml_and_unknown_keys_are_reported(tmp_path: Path):
    path = tmp_path / "settings.toml"
    path.write_text("this is = = not toml")
    assert f"{path}:1:6: TOML syntax:" in (load_settings(path)[1] or "")
    path.write_text("colour = 'red'\n")
    assert "colour: Extra inputs are not permitted" in (load_settings(path)[1] or "")


def test_saving_keeps_the_old_file_as_bak(tmp_path: Path):
    path = tmp_path / "settings.toml"
    path.write_text("default_minutes = 90\n")
    save_settings(path, Settings(default_minutes=5))
    assert (tmp_path / "settings.toml.bak").read_text() == "default_minutes = 90\n"
    assert load_settings(path)[0].default_minutes == 5


def test_an_interrupted_write_leaves_the_old_file_whole(tmp_path: Path, monkeypatch):
    path = tmp_path / "settings.toml"
    write_atomic(path, "old = 1\n")

    def power_cut(fd: int) -> None:
        raise OSError("disk went away")

    monkeypatch.setattr(os, "fsync", power_cut)
    with pytest.raises(OSError):
        write_atomic(path, "new = 2\n" * 1000)
    assert path.read_text() == "old = 1\n"
    assert os.listdir(tmp_path) == ["settings.toml"]  # no temp file left behind


@pytest.mark.parametrize(("written", "loaded"), [("true", "on"), ("false", "auto")])
def test_a_voice_switch_from_before_auto_still_loads(tmp_path: Path, written, loaded):
    path = tmp_path / "settings.toml"
    path.write_text(f"voice = {written}\nweekly_goal = 4\n")
    settings, problem = load_settings(path)
    assert problem is None and settings.voice == loaded and settings.weekly_goal == 4


def test_voice_is_auto_unless_said_and_only_three_words_are_taken(tmp_path: Path):
    assert Settings().voice == "auto"
    path = tmp_path / "settings.toml"
    path.write_text('voice = "loud"\n')
    assert "voice: Input should be 'auto', 'on' or 'off'" in (load_settings(path)[1] or "")


def test_every_name_the_store_offers_is_there():
    import postrun.store as store

    for name in store.__all__:
        assert getattr(store, name) is not None, name

    assert callable(store.stats) and store.stats.__module__ == "postrun.store.habit"


def test_equipment_and_moves_left_out_round_trip_and_older_files_load(tmp_path: Path):
    path = tmp_path / "settings.toml"
    chosen = Settings(equipment=["mat", "foam roller"], left_out=["post-run-reset/happy-baby"])
    save_settings(path, chosen)
    loaded, problem = load_settings(path)
    assert problem is None and loaded == chosen
    assert loaded.at_hand() == {"mat", "foam roller"}
    assert loaded.left_out_moves() == {("post-run-reset", "happy-baby")}
    older = tmp_path / "older.toml"  # written before either key existed
    older.write_text("default_minutes = 15\nprofile = '40plus'\nweekly_goal = 4\n")
    loaded, problem = load_settings(older)
    assert problem is None and loaded.default_minutes == 15
    assert loaded.equipment == ["mat"] and loaded.left_out == []


def test_a_move_left_out_is_named_by_routine_and_exercise(tmp_path: Path):
    path = tmp_path / "settings.toml"
    path.write_text("left_out = ['happy-baby']\n")
    loaded, problem = load_settings(path)
    assert loaded == Settings()
    assert problem is not None and problem.startswith(f"{path}: left_out.0:")
    once = Settings().leaving_out("a", "b").leaving_out("a", "b")
    assert once.left_out == ["a/b"] and once.leaving_out("a", "b", out=False).left_out == []
