"""Optional dependencies, imported where used, with a one-line install hint when missing."""

from __future__ import annotations

import importlib
from types import ModuleType

from ..errors import MissingDependencyError

_EXTRA = {"trafilatura": "web", "htmldate": "web", "warcio": "web", "httpx": "web"}


def require(module: str) -> ModuleType:
    """Import ``module`` or raise a one-line :class:`MissingDependencyError` saying what to install."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        extra = _EXTRA.get(module.split(".")[0], "web")
        raise MissingDependencyError(
            f"{module} is not installed ({exc.__class__.__name__}: {exc}); "
            f"install it with: pip install 'sitrep[{extra}]'"
        ) from None
