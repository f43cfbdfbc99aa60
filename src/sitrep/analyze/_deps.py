"""Optional dependencies of reports and exports, imported where used, with a one-line install hint."""

from __future__ import annotations

import importlib
from types import ModuleType

from ..errors import MissingDependencyError


def missing(module: str, purpose: str, extra: str = "report") -> MissingDependencyError:
    return MissingDependencyError(f"{purpose} needs {module}, which is not installed; "
                                  f"install it with: pip install 'sitrep[{extra}]'")


def need(module: str, purpose: str, extra: str = "report") -> ModuleType:
    """Import ``module`` or raise MissingDependencyError naming the pip extra that installs it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise missing(module.split(".")[0], purpose, extra) from None
    except OSError as exc:  # WeasyPrint without the system's Pango library
        first = (str(exc).strip().splitlines() or [exc.__class__.__name__])[0]
        raise MissingDependencyError(f"{purpose}: {module} cannot load a system library ({first}); "
                                     "install Pango (Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0)"
                                     ) from None
