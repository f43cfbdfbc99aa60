from pathlib import Path

import pytest

from sitrep.config import load_settings
from sitrep.errors import ConfigError


def test_defaults_load() -> None:
    s = load_settings(env={})
    assert s.extract.backend == "rules"
    assert s.ingest.max_bytes == 20_000_000
    assert s.extract.dozens_low == 24


def test_user_file_then_environment(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[extract]\ndozens_low = 36\n[ingest]\nsuffixes = [".txt"]\n', encoding="utf-8")
    s = load_settings(cfg, env={"SITREP_EXTRACT_DOZENS_LOW": "30"})
    assert s.extract.dozens_low == 30
    assert s.ingest.suffixes == (".txt",)
    assert load_settings(cfg, env={}).extract.dozens_low == 36


@pytest.mark.parametrize(
    "body, message",
    [("[extract]\ndozen_low = 3\n", "unknown key extract.dozen_low"),
     ("[nope]\nx = 1\n", "unknown section [nope]"),
     ("[extract]\ndayfirst = 3\n", "expected true or false")],
)
def test_invalid_files_are_refused(tmp_path: Path, body: str, message: str) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_settings(cfg, env={})


def test_bad_environment_value() -> None:
    with pytest.raises(ConfigError, match="ingest.max_bytes"):
        load_settings(env={"SITREP_INGEST_MAX_BYTES": "lots"})


def test_unknown_backend_is_a_config_error() -> None:
    from sitrep.extract import get_extractor

    s = load_settings(env={"SITREP_EXTRACT_BACKEND": "magic"})
    with pytest.raises(ConfigError, match="not a known backend"):
        get_extractor(s)
