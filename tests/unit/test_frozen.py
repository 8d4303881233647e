"""`@frozen` values behave as frozen dataclasses do, and postrun makes all of its
frozen values with it (a plain frozen dataclass compiles six methods at every start)."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from typing import Any

import pytest

import postrun
from postrun.frozen import frozen


def pair(*, kw_only: bool = False) -> tuple[Any, Any]:
    """The same class made by `@frozen` and by `@dataclass(frozen=True)`."""

    def body(ns: dict[str, Any]) -> None:
        ns["__annotations__"] = {"x": "int", "tag": "str", "seen": "tuple[int, ...]", "rank": "int"}
        ns["tag"] = dataclasses.field(default="a", compare=False)
        ns["seen"] = dataclasses.field(default=(), repr=False)
        ns["rank"] = dataclasses.field(default=0, compare=False, hash=True)

    ours: Any = frozen(kw_only=kw_only)(type("Value", (), _ns(body)))
    theirs: Any = dataclasses.dataclass(frozen=True, kw_only=kw_only)(type("Value", (), _ns(body)))
    return ours, theirs


def _ns(fill: Any) -> dict[str, Any]:
    ns: dict[str, Any] = {"__module__": __name__, "__qualname__": "Value"}
    fill(ns)
    return ns


@pytest.mark.parametrize("kw_only", [False, True])
def test_equality_hash_and_repr_match_a_frozen_dataclass(kw_only: bool) -> None:
    ours, theirs = pair(kw_only=kw_only)
    cases: list[tuple[dict[str, Any], dict[str, Any]]]
    cases = [({"x": 1}, {"x": 1}), ({"x": 1}, {"x": 2}), ({"x": 1, "tag": "b"}, {"x": 1})]
    cases += [
        ({"x": 1, "seen": (2,)}, {"x": 1}),
        ({"x": 1, "rank": 2}, {"x": 1}),
        ({"x": float("nan")}, {"x": float("nan")}),
    ]
    for left, right in cases:
        assert (ours(**left) == ours(**right)) == (theirs(**left) == theirs(**right))
        assert hash(ours(**left)) == hash(theirs(**left))
        assert repr(ours(**left)) == repr(theirs(**left))
    nan = float("nan")
    assert ours(x=nan) == ours(x=nan)  # the same object, as in a tuple
    assert repr(ours(x=3, tag="q", seen=(1,))) == "Value(x=3, tag='q', rank=0)"


@pytest.mark.parametrize("made_by", ["ours", "theirs"])
def test_it_is_frozen(made_by: str) -> None:
    ours, theirs = pair()
    value = (ours if made_by == "ours" else theirs)(x=1)
    for change in (
        lambda: setattr(value, "x", 2),
        lambda: setattr(value, "tag", "b"),
        lambda: setattr(value, "new", 1),
        lambda: delattr(value, "x"),
        lambda: delattr(value, "new"),
    ):
        with pytest.raises(dataclasses.FrozenInstanceError):
            change()
    assert value.x == 1


def test_it_is_a_dataclass() -> None:
    ours, _ = pair()
    value = ours(x=1)
    assert dataclasses.replace(value, x=2) == ours(x=2)
    assert dataclasses.asdict(value) == {"x": 1, "tag": "a", "seen": (), "rank": 0}
    assert ours.__match_args__ == ("x", "tag", "seen", "rank")


def calls() -> tuple[Any, Any]:
    """A class with every kind of `__init__` argument, made by both."""

    def body(ns: dict[str, Any]) -> None:
        ns["__annotations__"] = {
            "x": "int",
            "y": "int",
            "items": "list[int]",
            "z": "int",
            "made": "list[int]",
        }
        ns["y"] = 2
        ns["items"] = dataclasses.field(default_factory=list)
        ns["z"] = dataclasses.field(default=0, kw_only=True)
        ns["made"] = dataclasses.field(default_factory=lambda: [7], init=False)

    ours: Any = frozen(type("Value", (), _ns(body)))
    theirs: Any = dataclasses.dataclass(frozen=True)(type("Value", (), _ns(body)))
    return ours, theirs


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((1,), {}),
        ((1, 3), {}),
        ((1, 3, [4]), {"z": 5}),
        ((), {"x": 1, "z": 5, "items": [4]}),
        ((), {}),  # x missing
        ((1, 2, [3], 4), {}),  # z is keyword-only
        ((1,), {"x": 2}),  # x twice
        ((1,), {"w": 2}),  # no such field
        ((), {"made": [1]}),  # not an argument
    ],
)
def test_init_takes_what_a_frozen_dataclass_takes(
    args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    ours, theirs = calls()
    results: list[object] = []
    for cls in (ours, theirs):
        try:
            results.append(dataclasses.asdict(cls(*args, **kwargs)))
        except TypeError:
            results.append("TypeError")
    assert results[0] == results[1]


def test_init_makes_each_default_afresh_and_calls_post_init() -> None:
    ours, _ = calls()
    first, second = ours(1), ours(1)
    assert first.items == [] and first.items is not second.items
    assert first.made == [7] and first.made is not second.made
    seen: list[int] = []

    @frozen
    class Checked:
        """Looks at itself once made."""

        at: int
        tags: tuple[str, ...] = ()

        def __post_init__(self) -> None:
            seen.append(self.at)

    assert Checked(3) == Checked(at=3, tags=()) and seen == [3, 3]


def test_a_field_may_be_called_self() -> None:
    def body(ns: dict[str, Any]) -> None:
        ns["__annotations__"] = {"self": "int", "x": "int"}
        ns["x"] = 0

    ours: Any = frozen(type("Value", (), _ns(body)))
    theirs: Any = dataclasses.dataclass(frozen=True)(type("Value", (), _ns(body)))
    assert (
        dataclasses.asdict(ours(self=1))
        == dataclasses.asdict(theirs(self=1))
        == {
            "self": 1,
            "x": 0,
        }
    )


def test_an_init_the_class_writes_is_kept_and_bad_fields_are_refused() -> None:
    @frozen
    class Own:
        """Takes its one field in another form."""

        at: int

        def __init__(self, text: str) -> None:
            object.__setattr__(self, "at", int(text))

    assert Own("4").at == 4
    for kind in (frozen, dataclasses.dataclass(frozen=True)):
        with pytest.raises(TypeError, match="non-default argument"):
            kind(type("Late", (), _ns(lambda ns: _late(ns))))
    with pytest.raises(TypeError, match="InitVar"):

        @frozen
        class Passed:
            """Takes a value __init__ only passes on."""

            at: int
            scale: dataclasses.InitVar[int]


def _late(ns: dict[str, Any]) -> None:
    ns["__annotations__"] = {"early": "int", "late": "int"}
    ns["early"] = 0


def test_post_init_may_set_a_field_as_on_a_frozen_dataclass() -> None:
    @frozen
    class Span:
        """A span that puts its ends in order."""

        low: int
        high: int
        width: int = dataclasses.field(init=False)

        def __post_init__(self) -> None:
            low, high = sorted((self.low, self.high))
            object.__setattr__(self, "low", low)
            object.__setattr__(self, "high", high)
            object.__setattr__(self, "width", high - low)

    assert Span(5, 2) == Span(2, 5)
    assert Span(5, 2).width == 3
    with pytest.raises(dataclasses.FrozenInstanceError):
        Span(1, 2).width = 0  # type: ignore[misc]


def test_only_the_same_class_is_equal() -> None:
    @frozen
    class Base:
        """A base."""

        at: float

    @frozen
    class Child(Base):
        """A child with a field of its own."""

        name: str = ""

    assert Base(1.0) != Child(1.0)
    assert Child(1.0, "a") == Child(1.0, "a") != Child(1.0, "b")
    assert len({Child(1.0, "a"), Child(1.0, "a"), Base(1.0)}) == 2
    assert (
        repr(Child(1.0, "a"))
        == "test_only_the_same_class_is_equal.<locals>.Child(at=1.0, name='a')"
    )
    assert Base(1.0) != (1.0,)  # type: ignore[comparison-overlap]


def test_a_class_between_two_frozen_ones_need_not_be_decorated() -> None:
    @frozen
    class Base:
        """A base."""

        at: float

    class Middle(Base):
        """Adds a method, no field: not decorated."""

        def later(self) -> float:
            return self.at + 1

    @frozen
    class Leaf(Middle):
        """Decorated again, below the undecorated one."""

        name: str = ""

    assert Leaf(1.0, "a").later() == 2.0
    assert Leaf(1.0, "a") == Leaf(1.0, "a") != Middle(1.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        Leaf(1.0).name = "b"  # type: ignore[misc]


def test_a_method_the_class_writes_is_kept() -> None:
    @frozen
    class Loose:
        """Hashed on one field only, shown by name only."""

        name: str
        joints: dict[str, int]

        def __hash__(self) -> int:
            return hash(self.name)

        def __repr__(self) -> str:
            return self.name

    @frozen
    class Strict:
        """Writes its own equality; its hash is still made from the fields."""

        name: str

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Strict) and other.name.casefold() == self.name.casefold()

    assert hash(Loose("a", {"k": 1})) == hash("a")
    assert repr(Loose("a", {})) == "a"
    assert Loose("a", {"k": 1}) == Loose("a", {"k": 1}) != Loose("a", {})
    assert Strict("A") == Strict("a")
    assert hash(Strict("a")) == hash(("a",))


def test_an_explicit_hash_of_none_stays_unhashable() -> None:
    @frozen
    class Unhashable:
        """Says it has no hash."""

        name: str
        __hash__ = None  # type: ignore[assignment]

    with pytest.raises(TypeError):
        hash(Unhashable("a"))


def test_what_could_not_stay_frozen_is_refused_when_the_class_is_made() -> None:
    @dataclasses.dataclass(frozen=True)
    class Plain:
        """A stdlib frozen dataclass."""

        at: float

    with pytest.raises(TypeError, match="plain dataclass"):

        @frozen
        class Child(Plain):
            """Would mix two kinds of frozen."""

    with pytest.raises(TypeError, match="__setattr__"):

        @frozen
        class Setter:
            """Writes its own guard."""

            at: float

            def __setattr__(self, name: str, value: object) -> None:
                object.__setattr__(self, name, value)

    with pytest.raises(TypeError, match="init=False"):

        @frozen
        class Later:
            """A field __init__ leaves to the class, so it could be set once later."""

            at: float
            seen: int = dataclasses.field(default=0, init=False)


def _postrun_classes() -> list[type]:
    found = []
    for info in pkgutil.walk_packages(postrun.__path__, "postrun."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        found += [
            v
            for v in vars(module).values()
            if isinstance(v, type) and v.__module__ == module.__name__
        ]
    return found


def test_every_frozen_value_in_postrun_is_made_with_frozen() -> None:
    classes = [c for c in _postrun_classes() if "__dataclass_params__" in vars(c)]
    assert len([c for c in classes if "_frozen_fields" in vars(c)]) > 50
    params = {c.__qualname__: c.__dataclass_params__ for c in classes}  # type: ignore[attr-defined]
    assert [name for name, made in params.items() if made.frozen] == []
    # a plain dataclass below a @frozen one would break its guard
    frozen_based = [c for c in classes if any("_frozen_fields" in vars(b) for b in c.__mro__[1:])]
    assert [c.__qualname__ for c in frozen_based if "_frozen_fields" not in vars(c)] == []
