"""Language identification by stop-word profile (enough to route non-English text away)."""

from __future__ import annotations

import re

_STOP = {
    "en": "the of and to in a is that for on was with as by at from said were have has it his their an be".split(),
    "fr": "le la les des et à en un une du est que dans pour sur au par pas qui ont été il elle".split(),
    "es": "el la los las de y en un una que por con para del se fue al es su no lo como".split(),
    "pt": "o a os as de e em um uma que por com para do da no na foi não ao são".split(),
    "de": "der die das und in den von zu mit ist im dem nicht ein eine auf für sich wurde".split(),
    "it": "il la di e in un una che per con del della non sono è al gli le da".split(),
    "id": "yang dan di ke dari untuk dengan ini itu pada dalam tidak akan oleh adalah juga".split(),
    "tr": "ve bir bu da de için ile olarak çok daha sonra gibi olan kadar ama".split(),
}
_STOP_SETS = {code: frozenset(words) for code, words in _STOP.items()}
_SCRIPTS = [
    ("ar", re.compile(r"[\u0600-\u06FF]")),
    ("ru", re.compile(r"[\u0400-\u04FF]")),
    ("zh", re.compile(r"[\u4E00-\u9FFF]")),
    ("hi", re.compile(r"[\u0900-\u097F]")),
]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text."""
    letters = sum(map(str.isalpha, text[:20000]))
    if letters < 20:
        return None
    for code, pattern in _SCRIPTS:
        if len(pattern.findall(text[:20000])) > letters * 0.3:
            return code
    words = re.findall(r"[a-zà-ÿçğışöü]+", text[:20000].lower())
    if not words:
        return None
    scores = {code: sum(1 for w in words if w in stops) for code, stops in _STOP_SETS.items()}
    best = max(scores, key=lambda c: scores[c])
    return best if scores[best] > 0 else "en"
