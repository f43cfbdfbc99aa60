"""Analysis over stored incidents: situation reports (later: trends, exports)."""

from .brief import situation_report

__all__ = ["situation_report"]
