"""Resolution: places to coordinates and admin units (later: incidents across reports)."""
