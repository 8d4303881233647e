"""Postrun uses only the public API of Python, Textual and its other libraries.

A private name (one `_`) is a library's own business and may change in any release. The
source under app/postrun is read with `ast`, so a new module is checked too: no import
of a private module or name that is not ours (nor in the tests), no `x._name` unless
postrun itself defines or assigns `_name`, and (with the classes imported) no method of
ours that overrides a library's private one.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from functools import cache
from pathlib import Path

import postrun

SOURCE = Path(postrun.__file__).parent
TESTS = Path(__file__).parents[1]
# Private by name, public by promise: `os._exit` is documented as the way out of a fork
# or a hung thread, where `sys.exit` would run cleanups.
DOCUMENTED = frozenset({"_exit"})


def private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(), str(path)) for path in sorted(SOURCE.rglob("*.py"))}


@cache
def ours() -> frozenset[str]:
    """Every `_name` postrun defines or assigns: functions, classes, variables, fields,
    attributes, parameters, and the names it imports under."""
    names: set[str] = {path.stem for path in SOURCE.rglob("*.py")}
    for tree in trees().values():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                names.add(node.attr)
            elif isinstance(node, ast.arg):
                names.add(node.arg)
            elif isinstance(node, ast.alias) and node.asname:
                names.add(node.asname)
    return frozenset(name for name in names if private(name))


def is_ours(module: str | None, level: int) -> bool:
    return level > 0 or module is None or module.split(".")[0] == "postrun"


def foreign_private_imports(tree: ast.Module) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if not is_ours(alias.name, 0) and any(map(private, alias.name.split("."))):
                    found.append(alias.name)
        elif isinstance(node, ast.ImportFrom) and not is_ours(node.module, node.level):
            module = node.module or ""
            if any(map(private, module.split("."))):
                found.append(module)
            found += [f"{module}.{a.name}" for a in node.names if private(a.name)]
    return found


def foreign_private_attributes(tree: ast.Module) -> list[str]:
    return [
        f"line {node.lineno}: {ast.unparse(node)}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and private(node.attr)
        and node.attr not in ours() | DOCUMENTED
    ]


def test_no_private_module_or_name_of_a_library_is_imported() -> None:
    bad = {
        str(path.relative_to(SOURCE)): found
        for path, tree in trees().items()
        if (found := foreign_private_imports(tree))
    }
    assert not bad, bad


def test_no_test_imports_a_private_module_or_name_of_a_library() -> None:
    """A test that needs a private name breaks with the library's next release too."""
    bad = {
        str(path.relative_to(TESTS)): found
        for path in sorted(TESTS.rglob("*.py"))
        if (found := foreign_private_imports(ast.parse(path.read_text(), str(path))))
    }
    assert not bad, bad


def test_no_private_attribute_of_a_library_is_used() -> None:
    bad = {
        str(path.relative_to(SOURCE)): found
        for path, tree in trees().items()
        if (found := foreign_private_attributes(tree))
    }
    assert not bad, bad


def postrun_classes() -> list[type]:
    classes = []
    for info in pkgutil.walk_packages(postrun.__path__, "postrun."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if value.__module__ == info.name:
                classes.append(value)
    return classes


def test_no_private_method_of_a_library_class_is_overridden() -> None:
    """A method of ours named like a base class's private one replaces it unseen."""
    bad = []
    for cls in postrun_classes():
        foreign = [b for b in cls.__mro__[1:] if not b.__module__.startswith("postrun")]
        for name, value in vars(cls).items():
            method = callable(value) or isinstance(value, property | classmethod | staticmethod)
            if not (private(name) and method):
                continue
            if name.endswith("_"):  # an Enum's `_sunder_` names are its documented hooks
                continue
            if any(name in vars(base) for base in foreign):
                bad.append(f"{cls.__module__}.{cls.__qualname__}.{name}")
    assert not bad, bad


def test_the_checks_see_a_private_import_attribute_and_override() -> None:
    """The walk itself: each kind of use is caught, and postrun's own names are not."""
    tree = ast.parse(
        "from _sha256 import sha256\nimport textual._compositor\n"
        "from dataclasses import _FIELD\nx = dataclasses._FIELD_CLASSVAR\n"
        "self._frozen = 1\nos._exit(0)\n"
    )
    assert foreign_private_imports(tree) == ["_sha256", "textual._compositor", "dataclasses._FIELD"]
    assert foreign_private_attributes(tree) == ["line 4: dataclasses._FIELD_CLASSVAR"]
    assert "_frozen" in ours() and "_FIELD_CLASSVAR" not in ours()
    assert any(cls.__name__ == "PostrunApp" for cls in postrun_classes())
