"""The edge: plain data from a file becomes a model only through pydantic, here.

`validated(Routine, data)` checks data against the rules written on the schema's fields
(`rules`, `models`, `store.settings`, `store.record`) and raises `rules.Invalid` with
pydantic's details when it breaks them. The only module that imports pydantic: it is
imported when a file is new or changed (`check`, an edited routine or settings file),
never on a start whose files the cache already judged (`cache`).
"""

from __future__ import annotations

from collections.abc import Hashable
from functools import cache
from typing import Any, TypeVar, cast

from pydantic import TypeAdapter, ValidationError

from postrun.rules import Invalid

T = TypeVar("T")
# A dataclass's errors, said as for any record: the messages people see stay the same.
_SAID_AS = {
    "unexpected_keyword_argument": ("extra_forbidden", "Extra inputs are not permitted"),
    "missing_keyword_argument": ("missing", "Field required"),
}


@cache
def _adapter(kind: Any) -> TypeAdapter[Any]:
    return TypeAdapter(kind)


def validated(kind: type[T], data: Any) -> T:
    """`data` as a `kind`, every rule checked; raises Invalid naming each place wrong."""
    try:
        return _adapter(cast(Hashable, kind)).validate_python(data)  # type: ignore[no-any-return]
    except ValidationError as error:
        details = error.errors(include_url=False, include_context=False, include_input=False)
        raise Invalid([_said(dict(d)) for d in details]) from None


def _said(detail: dict[str, Any]) -> dict[str, Any]:
    if detail["type"] in _SAID_AS:
        detail["type"], detail["msg"] = _SAID_AS[detail["type"]]
    return detail
