"""Split a document into segments and say why each is, or is not, reporting.

The rules look at the shape of a line (a repeated headline, a credit in
parentheses, a run of hashtags, a short furniture label, a question put to
readers, a Q&A block whose speakers the reporting never names), not at any
one site's wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..records import Document, Segment, SegmentKind
from .language import detect_language
from .text import LIST_ITEM, is_wrapped, normalise

_CAPTION = re.compile(
    r"^\s*(?:\(?(?:illustration|photo(?:graph)?|file photo|image|picture|pic|credit|foto|cover\s+(?:image|photo)|"
    r"photo credit|cr[ée]dit\s+photo|caption|video|graphic|lead image|top image|pie de foto)s?\b\s*[.:|/-]?)"
    r"|\((?:[A-Z][A-Za-z]+|[A-Z]{2,})(?:\s+[A-Za-z]+)?\s*/\s*[A-Z][A-Za-z .'-]+\)\s*$"
    r"|^\s*[^.!?]{0,120}\s[/|]\s*(?:AFP|AP|Reuters|Getty(?: Images)?|EPA|Xinhua|ANTARA|Anadolu|File)\s*\)?\s*$",
    re.IGNORECASE,
)
_FURNITURE = re.compile(
    r"^\W*(?:leave a (?:reply|replay|comment)|post a comment|comments?(?: are closed)?|"
    r"\d+\s+comments?|share(?: this(?: article| story)?)?(?: on \w+)?|tweet|print|e-?mail|"
    r"related(?: articles| posts| news| stories)?|read (?:more|also|next)|you may also like|"
    r"recommended(?: for you)?|most (?:read|popular)|subscribe\b.*|sign up\b.*|"
    r"follow us\b.*|advertisement|sponsored(?: content)?|tags?\s*:.*|filed under:?.*|mots-cl[ée]s\s*:.*|etiquetas\s*:.*|"
    r"click here\b.*|all rights reserved\.?|copyright\b.*|©.*|"
    r"(?:we|this (?:site|website)) uses? cookies\b.*|accept(?: all)? cookies|cookie (?:policy|settings)|"
    r"privacy policy|terms of (?:use|service)|skip to (?:content|main content)|menu|home|"
    r"next (?:post|article)|previous (?:post|article)|back to top|loading\.*|"
    r"laisser un commentaire|partager(?: sur \w+)?|articles? (?:similaires|liés)|"
    r"abonnez-vous\b.*|lire aussi\b.*|deja un comentario|compartir(?: en \w+)?|"
    r"art[ií]culos relacionados|noticias relacionadas|suscr[ií]bete\b.*|"
    r"kommentar(?:e)?|teilen|verwandte artikel)\W*$",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"^\W*\w[\w ]{0,30}(?:\s*[»›>/]\s*[\w][\w '-]{0,40}){1,6}\s*$")
# (after an entry's label: "[C-1] Monday 12 Feb - Kalay (Kale) town")
ENTRY_HEADER = re.compile(r"^\W*(?:\[[\w-]{1,8}\]\s*)?(?:(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?\d{1,2}(?:\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
                           r"Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+\d{4})?|/\d{1,2}(?:/\d{2,4})?|\.\d{1,2}\.\d{2,4})|"
                           # an incident log's "11.09.2023 | IDLIB | Sarmin" and "2023-09-11 | Idlib | Sarmin"
                           r"\d{4}-\d{2}-\d{2}|"
                           # a timeline's "March 1, 2014 - Kunming, Yunnan province"
                           r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})"
                           r"(?:\s*\([^)]*\))?\s*[-–—:|]\s*(?:near\s+|outside\s+)?[A-Z]")
_BYLINE = re.compile(
    # (not a live blog's "Updated toll from the health office: at least 9 dead")
    r"^\W*(?:by\s+[\w .'-]{2,60}(?:\||,|$)|posted\s+(?:on|by)\b|published\s*:?\s|updated\s*:?\s(?!\s*(?:toll|death|casualty|figures?)\b)|"
    r"written\s+by\b|reported\s+by\b|last\s+updated\b)",
    re.I,
)
_SHARE_ROW = re.compile(
    r"^\W*(?:facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|print|reddit|pinterest|copy\s+link)"
    r"(?:\s*[|·•,/]\s*(?:facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|print|reddit|pinterest|copy\s+link))+\W*$",
    re.I,
)
_MENU = re.compile(r"^\W*(?:menu|navigation|search)\b|^(?:[^|·•\[\]]{1,25}\s*[|·•]\s*){2,}[^|·•]{1,25}$|^(?:\[[^\]]{1,25}\]\s*){2,}$", re.I)
_FORM = re.compile(r"your email address will not be published|required fields are marked|"
                   r"save my name, email|you must be logged in to post|notify me of (?:new|follow-up)|"
                   r"\bcookies?\b.{0,80}\b(?:use|accept|consent|experience|utilis|acept|improve|améliorer)|"
                   r"\b(?:newsletter|sign(?:ing)?\s+up|subscribe|inscri|abonn|suscr)\w*\b.{0,120}\b(?:email|e-mail|inbox|boîte|correo|terms|privacy)|"
                   r"\bterms\s+of\s+(?:use|service)\b|\bprivacy\s+policy\b|\bto\s+your\s+inbox\b|"
                   r"commentaires?\s+(?:sont\s+)?fermés|comentarios\s+(?:est[aá]n\s+)?cerrados|comments\s+are\s+closed", re.I)
_KEY_POINTS = re.compile(r"^\W*(?:key\s+points|what\s+we\s+know(?:\s+so\s+far)?|main\s+points|highlights|at\s+a\s+glance)\W*$", re.I)
_LIST_HEADER = re.compile(r"^\W*(?:related|read (?:more|also)|more (?:stories|news|from)|you may also like|"
                          r"recommended|latest (?:news|stories)|trending|popular|most read|see also|"
                          r"articles? (?:similaires|liés)|art[ií]culos relacionados|noticias relacionadas)\b", re.I)
# a digest entry's heading in cells, "Maru LGA | Thu 10/06 | Mass abduction": a row that dates its cell is no menu
_DATED_CELL = re.compile(r"[|·•]\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?\d{1,2}(?:/\d{1,2}|\s+(?:Jan|Feb|Mar|Apr|"
                         r"May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)(?:/\d{2,4})?\s*(?:[|·•]|$)")
_SITE_SEP = re.compile(r"\s+(?:\||–|—|-|::)\s+")
_MARKUP = re.compile(r"(?:[\"”']\s*/?>|</?[a-z]+[^>]*>|&[a-z]+;|\{\{|\}\})")
_QA_TURN = re.compile(r"^\W*(\*\*)?\s*(editor|interviewer|host|moderator|q|question)\s*(\*\*)?\s*:", re.I)
_QA_SPEAKER = re.compile(r"^\W*\*\*\s*([^*:]{2,60}?)\s*\*\*\s*:|^\s*([A-Z][\w.' -]{1,40}?):\s")
_INTERVIEW_HEAD = re.compile(
    r"^\W*(?:exclusive\s+)?(?:interview|q\s*&\s*a|in conversation|conversation|a chat)\b[^.?!]{0,200}\bwith\b\s+(.+?)(?:,|\*\*|$)",
    re.I,
)
_OPINION_LABEL = re.compile(r"^\W*(opinion|op-ed|editorial|commentary|column|analysis|viewpoint)\W*$", re.I)
_OPINION_DISCLAIMER = re.compile(r"views expressed (?:in this|here|are)|the author is an?\b|is a columnist", re.I)
_TITLES = re.compile(r"^(?:dr|prof|professor|mr|mrs|ms|gen|general|col|ambassador)\.?\s+", re.I)


@dataclass
class _Block:
    start: int
    end: int
    text: str
    kind: SegmentKind | None = None
    reason: str = ""


_FIELD_LINE = re.compile(r"^\W*(?:\[\d{1,3}\]\s*)?(?:date\s+of\s+(?:the\s+)?(?:event|incident|attack)|(?:event|incident|attack)\s+date|location|place|"
                         r"where|area|district|township|province|region|casualties|killed|injured|wounded|dead|"
                         r"perpetrators?|claimant|claimed\s+by|target|event|incident)\s*:\s*\S", re.I)
_STAMP_LINE = re.compile(r"(?:\d{1,2}[:.h]\d{2}|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.))(?:\s*(?:am|pm|[A-Z]{2,4}|GMT[+-]?\d*))?", re.I)


def _blocks(text: str) -> list[_Block]:
    """One block per line, except that a hard-wrapped paragraph is one block."""
    out = []
    for para in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text):
        lines = [m for m in re.finditer(r"[^\n]+", para.group(0)) if m.group(0).strip()]
        spans = [(para.start() + m.start(), para.start() + m.end()) for m in lines]
        texts = [m.group(0) for m in lines]
        if is_wrapped(texts):
            spans = [(spans[0][0], spans[-1][1])]
        elif len(texts) >= 3 and _STAMP_LINE.fullmatch(texts[0].strip()) and is_wrapped(texts[1:]):
            # a live blog's time stamp or a short heading over a hard-wrapped entry: "19:52", then the entry
            spans = [spans[0], (spans[1][0], spans[-1][1])]
        else:
            # a list item hard-wrapped onto indented lines ("- Gunmen ... in Krasnogorsk, just outside\n
            #   Moscow's ring road, ...") is one block
            merged: list[tuple[int, int]] = []
            for (s, e), line in zip(spans, texts, strict=True):
                if merged and line[:1] in {" ", "\t"} and LIST_ITEM.match(text, merged[-1][0]):
                    merged[-1] = (merged[-1][0], e)
                else:
                    merged.append((s, e))
            spans = merged
        for s, e in spans:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append(_Block(s, e, text[s:e]))
    return out


def _words(text: str) -> int:
    return len(text.split())


def _is_question_prompt(text: str) -> bool:
    t = text.strip().strip("*").strip()
    return t.endswith("?") and not re.search(r"[\"“”]", t) and _words(t) <= 45


def _speaker_names(blocks: list[_Block]) -> set[str]:
    names: set[str] = set()
    for b in blocks:
        m = _QA_SPEAKER.match(b.text)
        if m:
            name = (m.group(1) or m.group(2) or "").strip()
            if name and not _QA_TURN.match(b.text):
                names.add(name)
        h = _INTERVIEW_HEAD.match(b.text)
        if h:
            names.add(h.group(1).strip(" *"))
    return names


def _surname(name: str) -> str:
    parts = _TITLES.sub("", name).replace(".", " ").split()
    return parts[-1] if parts else name


def segment_document(doc: Document) -> Document:
    """Return the document with segments and a detected language."""
    blocks = _blocks(doc.text)
    title_norm = normalise(doc.title) if doc.title else ""
    parts = [normalise(p) for p in _SITE_SEP.split(doc.title or "") if p.strip()]
    core = max(parts, key=len) if parts else ""
    site_names = {p for p in parts if p != core}
    opinion = False
    in_list = False
    key_points = False  # under a live page's "Key points": its bullets tell the news in short
    for i, b in enumerate(blocks):
        norm = normalise(b.text)
        words = _words(b.text)
        if key_points and not LIST_ITEM.match(b.text):
            key_points = False
        if _KEY_POINTS.match(b.text):
            key_points = True
        elif key_points and words >= 5:
            continue  # "- Gunmen attacked the Sahan Hotel ... in Mogadishu's Hodan district on Thursday evening"
        if in_list and (words > 25 or b.text.rstrip().endswith((".", "”", '"')) and words > 12):
            in_list = False
        if doc.title and norm == title_norm and not any(x.kind == "title" for x in blocks[:i]):
            b.kind, b.reason = "title", "headline (first line)"
            in_list = bool(_LIST_HEADER.match(b.text))
        elif core and (norm.startswith(core) or norm == title_norm) and len(norm) <= 2 * len(core) + 20:
            b.kind, b.reason = "boilerplate", "repeated headline"
        elif norm and norm in site_names:
            b.kind, b.reason = "boilerplate", "site name"
        elif words <= 12 and _LIST_HEADER.match(b.text):
            b.kind, b.reason, in_list = "boilerplate", "page furniture (list of links)", True
        elif _LIST_HEADER.match(b.text) and "\n" in b.text.strip() and all(
                _words(line) <= 25 for line in b.text.strip().splitlines()[1:]):
            # "READ ALSO" with its links beneath it, in one block: "> Daily toll, 21 July 2019: 17 civilians ..."
            b.kind, b.reason = "boilerplate", "page furniture (list of links)"
        elif in_list and words <= 25:
            b.kind, b.reason = "boilerplate", "link in a list of related pages"
        elif words <= 30 and (_BREADCRUMB.match(b.text) and ("»" in b.text or "›" in b.text or " > " in b.text)):
            b.kind, b.reason = "boilerplate", "breadcrumb navigation"
        elif words <= 30 and _BYLINE.match(b.text):
            b.kind, b.reason = "boilerplate", "byline or date line"
        elif words <= 15 and (_SHARE_ROW.match(b.text) or _MENU.match(b.text) and not (
                _DATED_CELL.search(b.text) or ENTRY_HEADER.match(b.text))):  # ("11.09.2023 | IDLIB | Sarmin": an entry's)
            b.kind, b.reason = "boilerplate", "page furniture (menu or share links)"
        elif words <= 40 and _FORM.search(b.text):
            b.kind, b.reason = "boilerplate", "site furniture (comment form, cookie or newsletter prompt)"
        elif _MARKUP.search(b.text) and _words(b.text) <= 25:
            b.kind, b.reason = "boilerplate", "markup fragment"
        elif b.text.lstrip().startswith("#") and sum(w.startswith("#") for w in b.text.split()) * 2 >= _words(b.text):
            b.kind, b.reason = "tags", "hashtag line"
        elif _words(b.text) <= 25 and _CAPTION.search(b.text):
            b.kind, b.reason = "caption", "photo caption or credit"
        elif _words(b.text) <= 12 and _FURNITURE.match(b.text):
            b.kind, b.reason = "boilerplate", "page furniture"
        elif _OPINION_LABEL.match(b.text):
            b.kind, b.reason, opinion = "boilerplate", "section label (opinion)", True
        elif _OPINION_DISCLAIMER.search(b.text) and _words(b.text) <= 60:
            b.kind, b.reason, opinion = "boilerplate", "author note (opinion)", True
        elif ENTRY_HEADER.match(b.text) or _DATED_CELL.search(b.text):
            pass  # a digest entry's "Mon 3 Mar - Narathiwat, Rueso district": the when and where of the entry below
        elif _FIELD_LINE.match(b.text):
            pass  # an incident log's fields: "Date of event: Monday 13 November", "Location: Donpaik village"
        elif i > 0 and words < 8 and not re.search(r"[.!?…:”\"]\s*$", b.text) and not _QA_TURN.match(b.text):
            b.kind, b.reason = "boilerplate", "short label line, not a sentence"
        elif i > 0 and words <= 20 and not re.search(r"[.!?…:”\"')\]]\s*$", b.text) and not _QA_TURN.match(b.text):
            b.kind, b.reason = "boilerplate", "headline-like line, not a sentence"
    _mark_appended_tail(blocks)
    for b in blocks:
        if b.kind is None:
            if opinion:
                b.kind, b.reason = "commentary", "opinion piece (labelled as opinion)"
            else:
                b.kind, b.reason = "reporting", "body text"
    segments = tuple(Segment(b.kind or "reporting", b.start, b.end, b.reason) for b in blocks)
    language = detect_language(" ".join(doc.text[s.start : s.end] for s in segments if s.kind == "reporting"))
    return replace(doc, language=language, segments=segments)


def _mark_appended_tail(blocks: list[_Block]) -> None:
    """Mark reader prompts and appended interviews whose speakers the reporting never names."""
    open_idx = [i for i, b in enumerate(blocks) if b.kind is None]
    if not open_idx:
        return
    qa_start = None
    for i in open_idx:
        b = blocks[i]
        if _INTERVIEW_HEAD.match(b.text) or _QA_TURN.match(b.text):
            qa_start = i
            break
    tail_start = qa_start
    # a question put to readers just before the Q&A, or after the tag line, opens the tail
    scan_from = qa_start if qa_start is not None else len(blocks)
    j = scan_from - 1
    while j >= 0 and (blocks[j].kind in {"boilerplate", "tags", "caption"} or (
        blocks[j].kind is None and _is_question_prompt(blocks[j].text)
    )):
        if blocks[j].kind is None:
            tail_start = j
        j -= 1
    if qa_start is None:
        # no Q&A: a lone question counts as a reader prompt only when nothing but furniture follows it
        return _mark_trailing_prompts(blocks)
    assert tail_start is not None
    before = " ".join(b.text for b in blocks[:tail_start] if b.kind is None)
    speakers = _speaker_names(blocks[qa_start:])
    absent = [n for n in speakers if _surname(n).lower() not in before.lower()]
    if speakers and len(absent) < len(speakers) and not any(
        _INTERVIEW_HEAD.match(b.text) for b in blocks[qa_start:]
    ):
        return _mark_trailing_prompts(blocks)  # a real Q&A with people the reporting names
    who = ", ".join(sorted(absent)) or "unnamed speakers"
    for k in range(tail_start, len(blocks)):
        b = blocks[k]
        if b.kind is not None:
            continue
        if k < (qa_start or 0) and _is_question_prompt(b.text):
            b.kind, b.reason = "commentary", "reader prompt (a question put to readers)"
        else:
            b.kind, b.reason = (
                "commentary",
                f"appended interview; its speakers ({who}) appear nowhere in the reporting",
            )


def _mark_trailing_prompts(blocks: list[_Block]) -> None:
    for k in range(len(blocks) - 1, -1, -1):
        b = blocks[k]
        if b.kind is not None:
            continue
        if _is_question_prompt(b.text):
            b.kind, b.reason = "commentary", "reader prompt (a question put to readers)"
            continue
        break
