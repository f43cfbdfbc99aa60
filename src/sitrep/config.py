"""Settings: the commented defaults file, overlaid by the user's file and the environment.

Order of precedence (last wins): ``defaults.toml`` shipped with the package, the
user's TOML file (``SITREP_CONFIG`` or ``~/.config/sitrep/config.toml``), then
environment variables named ``SITREP_<SECTION>_<KEY>``. Unknown sections or keys
and values of the wrong type raise :class:`~sitrep.errors.ConfigError`.
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True)
class StoreSettings:
    path: str = ""


@dataclass(frozen=True)
class IngestSettings:
    max_bytes: int = 20_000_000
    fallback_encodings: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = (".txt", ".text", ".md")
    html_suffixes: tuple[str, ...] = (".html", ".htm", ".xhtml")
    warc_suffixes: tuple[str, ...] = (".warc", ".arc")
    jsonl_suffixes: tuple[str, ...] = (".jsonl", ".ndjson")
    csv_suffixes: tuple[str, ...] = (".csv", ".tsv")
    walk_formats: tuple[str, ...] = ("text", "html", "warc")
    text_field: str = "text"
    id_field: str = "id"
    title_field: str = "title"
    url_field: str = "url"
    outlet_field: str = "outlet"
    author_field: str = "author"
    published_field: str = "published"
    html_fields: tuple[str, ...] = ("html",)
    text_aliases: tuple[str, ...] = ("body", "content", "article", "maintext", "full_text", "story")
    title_aliases: tuple[str, ...] = ("headline",)
    published_aliases: tuple[str, ...] = ("date", "published_at", "publish_date", "date_publish",
                                          "pubdate", "publication_date", "datetime")
    url_aliases: tuple[str, ...] = ("link", "source_url")
    outlet_aliases: tuple[str, ...] = ("publisher", "source_name", "site_name", "source")
    min_text_chars: int = 200
    extract_languages: tuple[str, ...] = ("en",)
    rejection_log: str = ""


@dataclass(frozen=True)
class DedupSettings:
    near_duplicates: bool = True
    threshold: float = 0.8
    num_perm: int = 128
    shingle_words: int = 5


@dataclass(frozen=True)
class FetchSettings:
    user_agent: str = "sitrep/0.1 (+https://example.invalid/sitrep; news research crawler)"
    timeout: float = 20.0
    retries: int = 3
    backoff: float = 1.0
    max_redirects: int = 5
    per_host_delay: float = 2.0
    max_bytes: int = 20_000_000
    respect_robots: bool = True
    allow_private_addresses: bool = False


@dataclass(frozen=True)
class ExtractSettings:
    backend: str = "rules"
    dayfirst: bool = True
    dozens_low: int = 24
    several_low: int = 3
    scores_low: int = 40
    background_after_days: int = 30


@dataclass(frozen=True)
class LLMSettings:
    endpoint: str = ""
    model: str = ""
    api_key: str = ""
    timeout: int = 120


@dataclass(frozen=True)
class GeoSettings:
    cache_dir: str = ""
    min_population: int = 1000


@dataclass(frozen=True)
class Settings:
    store: StoreSettings = field(default_factory=StoreSettings)
    ingest: IngestSettings = field(default_factory=IngestSettings)
    extract: ExtractSettings = field(default_factory=ExtractSettings)
    geo: GeoSettings = field(default_factory=GeoSettings)
    llm: LLMSettings = field(default_factory=LLMSettings)
    dedup: DedupSettings = field(default_factory=DedupSettings)
    fetch: FetchSettings = field(default_factory=FetchSettings)


_SECTIONS: dict[str, type] = {
    "store": StoreSettings,
    "ingest": IngestSettings,
    "extract": ExtractSettings,
    "geo": GeoSettings,
    "llm": LLMSettings,
    "dedup": DedupSettings,
    "fetch": FetchSettings,
}


def _coerce(section: str, key: str, value: Any, default: Any) -> Any:
    where = f"{section}.{key}"
    if isinstance(default, bool):
        if isinstance(value, str):
            low = value.strip().lower()
            if low in {"1", "true", "yes", "on"}:
                return True
            if low in {"0", "false", "no", "off"}:
                return False
        if isinstance(value, bool):
            return value
        raise ConfigError(f"{where}: expected true or false, got {value!r}")
    if isinstance(default, float):
        if isinstance(value, bool):
            raise ConfigError(f"{where}: expected a number, got {value!r}")
        try:
            return float(value)
        except (TypeError, ValueError):
            raise ConfigError(f"{where}: expected a number, got {value!r}") from None
    if isinstance(default, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ConfigError(f"{where}: expected an integer, got {value!r}") from None
    if isinstance(default, tuple):
        if isinstance(value, str):
            try:
                value = json.loads(value) if value.strip().startswith("[") else value.split(",")
            except json.JSONDecodeError as exc:
                raise ConfigError(f"{where}: invalid list {value!r}: {exc}") from None
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: expected a list of strings, got {value!r}")
        return tuple(v.strip() for v in value if v.strip())
    if not isinstance(value, str):
        raise ConfigError(f"{where}: expected a string, got {value!r}")
    return value


def _overlay(base: dict[str, dict[str, Any]], data: dict[str, Any], origin: str) -> None:
    for section, values in data.items():
        if section not in _SECTIONS:
            raise ConfigError(f"{origin}: unknown section [{section}]")
        if not isinstance(values, dict):
            raise ConfigError(f"{origin}: [{section}] must be a table")
        for key, value in values.items():
            if key not in base[section]:
                raise ConfigError(f"{origin}: unknown key {section}.{key}")
            base[section][key] = _coerce(section, key, value, base[section][key])


def _defaults() -> dict[str, dict[str, Any]]:
    return {
        name: {f.name: getattr(cls(), f.name) for f in fields(cls)} for name, cls in _SECTIONS.items()
    }


def load_settings(path: str | Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Build settings from the packaged defaults, a user file and the environment."""
    env = dict(os.environ) if env is None else env
    values = _defaults()
    text = resources.files("sitrep").joinpath("defaults.toml").read_text(encoding="utf-8")
    _overlay(values, tomllib.loads(text), "defaults.toml")
    user = Path(path) if path else None
    if user is None and env.get("SITREP_CONFIG"):
        user = Path(env["SITREP_CONFIG"])
        if not user.is_file():
            raise ConfigError(f"SITREP_CONFIG={user}: no such file")
    if user is None:
        candidate = Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "sitrep/config.toml"
        user = candidate if candidate.is_file() else None
    if user is not None:
        try:
            data = tomllib.loads(user.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{user}: {exc}") from None
        _overlay(values, data, str(user))
    for section, keys in values.items():
        for key in list(keys):
            name = f"SITREP_{section.upper()}_{key.upper()}"
            if name in env:
                keys[key] = _coerce(section, key, env[name], keys[key])
    return Settings(**{name: _SECTIONS[name](**vals) for name, vals in values.items()})
