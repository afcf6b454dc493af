"""Load a package's heavy submodules and their names on first use (PEP 562).

>>> namespace = {}
>>> getattr_, dir_ = attach("funnelkit", namespace, names={"format_count": "formatting"})
>>> getattr_("format_count")(1200, "en"), "format_count" in namespace
('1,200', True)
>>> dir_()
['format_count']
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["attach"]


def attach(package: str, namespace: dict[str, Any], *, submodules: Iterable[str] = (),
           names: Mapping[str, str] | None = None,
           ) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of *package*.

    *submodules* load on first access as attributes; each of *names* is looked up in
    the submodule it maps to. A loaded value is stored in *namespace* (the package's
    globals), so each loads once.
    """
    lazy_modules = frozenset(submodules)
    homes = dict(names or {})

    def __getattr__(name: str) -> Any:
        if name in lazy_modules:
            value: Any = importlib.import_module(f".{name}", package)
        elif name in homes:
            value = getattr(importlib.import_module(f".{homes[name]}", package), name)
        else:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | lazy_modules | set(homes))

    return __getattr__, __dir__
