"""Near-duplicate detection: MinHash signatures of word shingles, banded for lookup (LSH).

Exact duplicates share a document id (the hash of the whitespace-normalised text).
Near-duplicates, such as one wire story syndicated with a different headline, a
dateline or a trailing sentence, share most word shingles; their MinHash
signatures agree in most positions. A signature is cut into ``bands`` of
``rows`` values; two texts whose signatures agree on every value of at least one
band become candidates, and a candidate counts as a copy when the estimated
Jaccard similarity reaches the threshold. Band keys are stored next to each
document, so the lookup is an indexed query and survives restarts.
"""

from __future__ import annotations

import functools
import hashlib
import re
import struct
import zlib
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Signature:
    """A text's MinHash values and the LSH band keys derived from them."""

    values: bytes  # uint64 values, little-endian
    bands: tuple[str, ...]

    def similarity(self, other: bytes) -> float:
        """Estimated Jaccard similarity with another signature's values."""
        a = np.frombuffer(self.values, dtype="<u8")
        b = np.frombuffer(other, dtype="<u8")
        if a.shape != b.shape or not len(a):
            return 0.0
        return float(np.count_nonzero(a == b)) / len(a)


def shingles(text: str, size: int) -> set[bytes]:
    """Lower-cased word n-grams of the text (the whole text when it is shorter than one shingle)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@functools.lru_cache(maxsize=16)
def band_layout(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) minimising false positives and negatives at the threshold (datasketch's choice)."""
    b, r = _optimal_param(threshold, num_perm, 0.5, 0.5)
    return int(b), int(r)


def signature(text: str, *, num_perm: int = 128, shingle_words: int = 5, threshold: float = 0.8) -> Signature:
    """MinHash signature and band keys of a text."""
    mh = MinHash(num_perm=num_perm, seed=1, hashfunc=zlib.crc32)  # crc32: stable across runs, fast
    grams = shingles(text, shingle_words)
    if grams:
        mh.update_batch(list(grams))
    values = np.asarray(mh.hashvalues, dtype="<u8")
    bands, rows = band_layout(threshold, num_perm)
    keys = []
    for i in range(bands):
        chunk = values[i * rows : (i + 1) * rows].tobytes()
        keys.append(f"{i}:{hashlib.blake2b(chunk, digest_size=12).hexdigest()}")
    return Signature(values.tobytes(), tuple(keys) if grams else ())


def pack(values: list[int]) -> bytes:
    """Signature values as stored bytes (for tests and tools)."""
    return struct.pack(f"<{len(values)}Q", *values)
