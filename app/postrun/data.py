"""Plain data to and from the schema's dataclasses, checking nothing.

`build(Routine, data)` rebuilds a model from data that `validate` has already accepted
(the cache keeps it as JSON); `dump(model)` gives the plain data back. Both are driven
by the dataclasses' own fields, so the schema is written once. What `build` is given
must already be known good: it fails loudly (KeyError, TypeError) on data of the wrong
shape, which the cache takes as damage, never as a verdict.
"""

from __future__ import annotations

import dataclasses
import types
from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import Annotated, Any, Literal, Union, get_args, get_origin, get_type_hints

Build = Callable[[Any], Any]
_HINTS: dict[type[Any], dict[str, Any]] = {}


def build(kind: Any, data: Any) -> Any:
    """`data` (as `dump(..., json=True)` gave it) as an instance of `kind`."""
    return _builder(kind)(data)


def dump(value: Any, json: bool = False) -> Any:
    """A model as plain data: dicts, lists or tuples, scalars; json: times as ISO text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: dump(getattr(value, f.name), json) for f in dataclasses.fields(value)}
    if isinstance(value, tuple):
        items = [dump(item, json) for item in value]
        return items if json else tuple(items)
    if isinstance(value, list):
        return [dump(item, json) for item in value]
    if isinstance(value, dict):
        return {key: dump(item, json) for key, item in value.items()}
    if json and isinstance(value, datetime):
        return value.isoformat()
    return value


def _same(value: Any) -> Any:
    return value


def _bare(kind: Any) -> Any:
    return get_args(kind)[0] if get_origin(kind) is Annotated else kind


@cache
def _builder(kind: Any) -> Build:
    kind = _bare(kind)
    origin = get_origin(kind)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _record(kind)
    if origin in (Union, types.UnionType):
        return _union([_bare(arg) for arg in get_args(kind) if arg is not type(None)])
    if origin is tuple:
        args = get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            one = _builder(args[0])
            return lambda data: tuple(one(item) for item in data)
        each = [_builder(arg) for arg in args]
        return lambda data: tuple(b(item) for b, item in zip(each, data, strict=True))
    if origin is list:
        one = _builder(get_args(kind)[0])
        return lambda data: [one(item) for item in data]
    if kind is datetime:
        return datetime.fromisoformat
    return _same


def _hints(kind: type[Any]) -> dict[str, Any]:
    """A record's field types, read once: both its fields and its tag need them."""
    if kind not in _HINTS:
        _HINTS[kind] = get_type_hints(kind, include_extras=True)
    return _HINTS[kind]


def _record(kind: type[Any]) -> Build:
    hints = _hints(kind)
    parts = [(f.name, _builder(hints[f.name])) for f in dataclasses.fields(kind) if f.init]

    def make(data: dict[str, Any]) -> Any:
        return kind(**{name: part(data[name]) for name, part in parts if name in data})

    return make


def _union(members: list[Any]) -> Build:
    classes = [m for m in members if isinstance(m, type) and dataclasses.is_dataclass(m)]
    if not classes:
        if len(members) != 1:
            return _same  # raw data kept as the file gave it (a pose: a name or a table)
        one = _builder(members[0])
        return lambda data: None if data is None else one(data)
    by_tag = {_tag(c): _builder(c) for c in classes}

    def make(data: Any) -> Any:
        return None if data is None else by_tag[data.get("kind")](data)

    return make


def _tag(kind: type[Any]) -> Any:
    hint = _bare(_hints(kind).get("kind"))
    return get_args(hint)[0] if get_origin(hint) is Literal else None
