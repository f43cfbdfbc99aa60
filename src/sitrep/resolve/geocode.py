"""Toponyms in text resolved in context: the country and province the article names,
other places nearby, population as a prior, and cue words ("near X", "X province")."""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..clean.text import mostly_capitals
from ..records import Location
from .gazetteer import Gazetteer, Place, haversine_km, name_key

# (the Arabic article in its spellings: "Ain al-Hilweh", "Ras el-Ain", "Deir ez-Zor", "Hay et-Tadamon")
_ARTICLES = r"(?:al|el|ad|as|an|ash|ar|at|az|ez|es|ed|er|et|ech|esh)-"
# a capital letter, accented ones too ("Álvaro Uribe", "Östersund", "İzmir")
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_PHRASE = re.compile(
    rf"(?:{_ARTICLES})?[{UPPER}][\w'’.-]*(?:\s+(?:(?:de|del|da|do|al|el|la|of|ul|bin|du|des|e|i|sur|upon)\s+|"
    rf"{_ARTICLES})?[{UPPER}][\w'’.-]*)*"
)
_ARTICLE = re.compile(_ARTICLES, re.I)
_STOP = set(
    """the a an and or but in on at of for to from by with as this that these those it its he she they we
    i you his her their our my your mr mrs ms dr said says police army government president minister
    officials official security forces troops military state province district city town village
    region capital north south east west northern southern eastern western central monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july august
    september october november december previously meanwhile however according earlier later also
    interior ministry foreign spokesperson spokesman news agency reuters afp ap breaking update
    no one two three four five six seven eight nine ten at least people killed attack attacks
    islamic international national federal republic united new chief general colonel captain
    governor mayor commander council court bank hospital market station airport university school college
    justice liberty union unity victory hope independence democracy freedom peace many most some several
    after before while when witnesses residents rescue funeral gunmen militants attackers both all each
    more fewer less other others such only then there here nato
    another other such there then thus once still even only just first last next later soon christmas easter
    street road avenue lane square boulevard highway bridge
    ramadan eid pentecost lent advent passover hanukkah diwali nowruz ashura muharram epiphany whitsun
    breaking exclusive live update red green white black blue since until during despite amid
    although because though unless whether within without across along around among between beyond inside
    outside over under upon via jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# "the Somali capital", "Afghanistan's capital" (not "the Afghan capital Kabul", whose name is read itself)
_CAPITAL_OF = re.compile(r"\b(?:the\s+(?P<dem>[A-Z][a-z]+)\s+capital|(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+capital)\b"
                         r"(?!\s*,?\s*(?:city\s+(?:of\s+)?)?[A-Z])")
_NEAR = re.compile(r"(?:near|outside|close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?\s+(?:of|from)|on\s+the\s+outskirts\s+of|in\s+the\s+outskirts\s+of|"
                   r"the\s+outskirts\s+of|just\s+outside|not\s+far\s+from|a\s+few\s+km\s+from|"
                   r"\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:of|from))\s+(?:the\s+)?$", re.I)
_ELSEWHERE = re.compile(r"(?:hospitals?|clinic|taken|rushed|airlifted|evacuated|transferred|flown|referred|fled|"
                        r"headed|heading|returning|travell?ing|bound|pulled\s+back|fell\s+back|withdrew|withdrawing|"
                        r"retreated|retreating|escaped|diverted|rerouted|redirected|relocated)\s+(?:[\w'’-]+\s+){0,3}(?:to|in|towards|for|from)\s+(?:the\s+)?$|"
                        # "shortly before the Jaffar Express was due to leave for Peshawar": where a train was going
                        r"\b(?:leave|leaves|leaving|depart|departs|departing|departed|set\s+off|sets\s+off|bound)\s+for\s+(?:the\s+)?$|"
                        r"\b(?:flown|brought|sent|dispatched|deployed|rushed)\s+(?:in\s+)?from\s+(?:the\s+)?$|"
                        # "before the army patrol from Macomia arrived": where the help came from
                        r"\b(?:patrols?|reinforcements|convoys?|rescuers|relief\s+(?:troops|forces))\s+from\s+(?:the\s+)?$|"
                        # "junta troops advancing from Kani town set fire to houses in Nyaung Zin": where they came from
                        r"\b(?:advancing|advanced|marching|marched|moving|pushing|pushed)\s+(?:north|south|east|west|in|up|down)?"
                        r"\s*from\s+(?:the\s+)?$|"
                        # "a group that had entered the country from Kosovo": where the attackers came from
                        r"\b(?:entered|crossed\s+into|infiltrated|came\s+into|slipped\s+into)\s+(?:the\s+country|[\w'’-]+)\s+from\s+(?:the\s+)?$|"
                        r"\b(?:came|arrived|crossed\s+over)\s+from\s+(?:neighbou?ring\s+)?$|"
                        # "torched on the eastern edge of the village, near the road to Yitzhar": where the road leads
                        r"\b(?:near|along|off|beside)\s+the\s+(?:[\w-]+\s+)?(?:road|highway|route)\s+(?:to|towards|leading\s+to)\s+(?:the\s+)?$|"
                        # "most of them with family roots in Turkey, Kosovo, Bosnia": where the victims' families came from
                        r"\b(?:roots|origins?|ancestry|descent|heritage|born|hailed|hailing)\s+(?:\w+\s+){0,2}?(?:in|from)\s+(?:the\s+)?$|"
                        # "shot dead seven labourers from Punjab province": where the victims came from
                        r"\b(?:labou?rers|workers|migrants|pilgrims|natives|seasonal\s+workers|attackers?|assailants?|"
                        r"gunm[ae]n|bombers?)\s+from\s+(?:the\s+)?$|"
                        # "the pair were later freed in Burkina Faso": where hostages were freed, not where taken
                        r"\b(?:freed|released|rescued|liberated)\s+(?:\w+\s+){0,2}?(?:in|near)\s+(?:neighbou?ring\s+)?(?:the\s+)?$|"
                        r"\b(?:reached|reaching)\s+(?:the\s+(?:town|city)\s+of\s+)?$|"
                        # "Her husband, speaking from Dubai, went further": where a speaker was
                        r"\b(?:speaking|calling|writing|telephoning)\s+(?:by\s+(?:tele)?phone\s+)?from\s+(?:the\s+)?$|"
                        # where the speaker spoke: "told reporters in Maputo", "a news conference in Abuja"
                        r"\b(?:told|briefed|addressed)\s+(?:reporters|journalists|the\s+press|a\s+(?:news|press)\s+conference|"
                        r"lawmakers|parliament)\s+in\s+(?:the\s+)?$|\b(?:news|press)\s+(?:conference|briefing)\s+in\s+(?:the\s+)?$|"
                        r"\b(?:speaking|spoke)\s+(?:to\s+(?:reporters|journalists)\s+)?in\s+(?:the\s+)?$", re.I)
# an article that begins a name: "the community of Las Bateas" (its tail, "Bateas", is not the name)
_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w'’-])(?:Las|Los|La|El|Le|Les|Lo|Os|As|Das|Dos|Del)\s$")
# a name that goes on after a particle ("Tizi n'Tleta", "Ait u-Said"), or a spot's local name
_NAME_GOES_ON = re.compile(r"\s+(?:n|u|d|ou)['’-][A-Z]")
_KNOWN_AS = re.compile(r"\b(?:known|referred\s+to)\s+(?:locally\s+)?as\s+(?:the\s+)?$", re.I)
# a town that mourns or buries the dead: "Ziguinchor was in mourning", "Maiduguri buried its dead"
_MOURNS = re.compile(r"\s+(?:was|is|were|are|remained|remains|went)\s+(?:still\s+)?(?:in|into)\s+mourning\b|"
                     r"\s+(?:mourned|mourns|buried|buries|grieved|grieves)\b", re.I)
# "according to the territorial administrator of Beni": the source's office, not the scene
_SOURCES_OFFICE = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:administrator|governor|mayor|prefect|"
                             r"commissioner|bishop|emir)\s+of\s+(?:the\s+)?$", re.I)
# "The Chinese embassy in Bangui confirmed that ...": where the speaker sits, not the scene
_SPEAKERS_SEAT = re.compile(r"\b(?:embassy|consulate|ministry|spokes(?:man|woman|person)|headquarters|office|bureau)\s+in\s+(?:the\s+)?$",
                            re.I)
_PERSON_FROM = re.compile(r"\b(?:man|woman|men|women|youths?|teenagers?|residents?|suspects?)\s+from\s+(?:the\s+)?$", re.I)
_DID_IT_AFTER = re.compile(r"(?:(?!\b(?:was|were|been|is|are)\b)[^.;]){0,60}?\b(?:stabbed|opened\s+fire|attacked|rammed|"
                           r"detonated|blew\s+(?:himself|herself|themselves)\s+up|fired\s+(?:at|on)|shot)\b", re.I)
_STATEMENT_FROM = re.compile(r"\b(?:statement|communiqu[eé]|press\s+release)\s+(?:issued\s+)?(?:from|by)\s+(?:the\s+)?"
                             r"(?:[\w'’-]+\s+){0,4}?in\s+$", re.I)
# the court that tried an attack: "A special terrorism court in Paris on Thursday sentenced ..."
_COURT_SEAT = re.compile(r"\b(?:court|courthouse|tribunal)\s+in\s+(?:the\s+)?$", re.I)
# a hospital named for its town or province: "Dr. Sharifi of the Baghlan regional hospital said ..."
# (a hospital named for someone between: "Barisal Sher-e-Bangla Medical College Hospital")
_HOSPITAL_AFTER = re.compile(r"(?:\s+(?:and|&)\s+(?-i:[A-Z][\w'’-]+))?"  # "Medina and Erdogan hospitals"
                             r"\s+(?:(?-i:[A-Z][\w'’-]+)\s+){0,3}?(?:(?:regional|provincial|district|general|military|civil|"
                             r"teaching|main|city|referral|university)\s+){0,2}(?:hospitals?|clinics?|medical\s+(?:centre|center|college))\b", re.I)
# a capital speaking for its government: "Dushanbe has referred to criminal groups", "Kabul denied it"
_METONYM_SPEECH = re.compile(r"\s+(?:and\s+(?:its\s+)?(?:ally|allies|backer|partner)\s+[A-Z][\w-]+\s+)?"  # "Damascus and its ally Moscow deny"
                             r"(?:has\s+|have\s+|had\s+|also\s+|later\s+)?(?:said|says|say|referred|accused|accuses|accuse|"
                             r"blamed|blames|blame|condemned|condemns|denied|denies|deny|urged|warned|insisted|rejected|rejects|"
                             r"demanded|responded|protested|summoned|announced|called\s+on|vowed|pledged|retaliated)\b")
_SPEECH_NEXT = re.compile(r"\s*,?\s*(?:\w+\s+){0,2}?(?:said|says|confirmed|announced|told|stated|reported|added)\b", re.I)
# "Bijapur (Chhattisgarh)", "Tangi, Khyber Pakhtunkhwa", "Kani township, Sagaing region": the unit it lies in
_INSIDE = re.compile(r"\s*(?:(?:township|district|county|municipality|commune|village|town|tehsil|LGA|sub-?district)\s*)?"
                     r"[(,]\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*"
                     r"(?:(?:region|province|state|governorate|division|oblast|prefecture|district|county|department)\b\s*)?(?:\)|[,.;:]|$)")
# a country's affairs, not a place in it: "Guatemala's civil war", "Nigeria's government"
_COUNTRYS_AFFAIR = re.compile(r"['’]s\s+(?:(?:[\w-]+\s+){0,2}?(?:civil\s+war|war|wars|conflict|insurgency|government|"
                              r"army|military|armed\s+forces|president|prime\s+minister|history|economy|elections?|"
                              r"peace\s+process|junta|ruling\s+party|parliament|constitution|foreign\s+ministry)\b)")
# car makers that share a name with a place (Vauxhall in London, Toyota in Japan, Dodge City)
_CAR_MAKER = re.compile(r"Vauxhall|Toyota|Mercedes|Nissan|Hyundai|Isuzu|Mitsubishi|Suzuki|Dodge|Lincoln|Opel|Peugeot|"
                        r"Renault|Honda|Mazda|Ford|Chevrolet|Kia|Volvo|Skoda|Lada|Daewoo|Mahindra|Tata")
# a word for a building that a name follows with "of": "the Temple of Hatshepsut", "the Church of the Nativity"
_BUILDING_OF = re.compile(r"(?:Temple|Church|Mosque|Cathedral|Basilica|Shrine|Tomb|Palace|Museum|Monastery|Abbey|Chapel|"
                          r"Citadel|Fort|Castle|Gate|Square|Bridge|Hall)", re.I)
# a building named for a saint or a holy place: "the Cathedral of Our Lady of Mount Carmel", "St. Mary of Nazareth"
_DEDICATION_BEFORE = re.compile(r"\b(?:Our\s+Lady|Lady|Saint|St\.?|Santa|San|Notre[- ]Dame)\s+of\s+(?:the\s+)?$|"
                                r"\b(?:Cathedral|Church|Basilica|Chapel|Shrine|Monastery|Convent|Parish)\s+of\s+(?:the\s+)?"
                                r"(?:(?-i:[A-Z])[\w'’.]*\s+){1,3}of\s+(?:the\s+)?$")
# a street named by the word before its name, in the languages of the place
_STREET_BEFORE = re.compile(r"\b(?:Avenida|Av\.|Calle|Carrera|Calzada|Paseo|Rua|Avenue|Boulevard|Bd\.|Rue|Plaza|Pra[çc]a|"
                            r"Piazza|Via|Viale|Corso|Ulitsa|Prospekt|Jalan|Jl\.|Soi|Thanon|Sharia|Shari)\s+(?:de\s+(?:la\s+|los\s+)?|del\s+|"
                            r"do\s+|da\s+|des\s+|du\s+)?$")
# a street named after a town or a person: "Bishop Street", "Nairobi Avenue" (a road named after the town it
# leads to, "Kohat Road", still points near that town)
# (or told as one: "parked on Tarata, a short residential street of apartment blocks")
_STREET_AFTER = re.compile(r"\s+(?:Street|St\.|Avenue|Lane|Boulevard|Drive|Crescent|Terrace|street|avenue|boulevard)\b|"
                           r",\s+an?\s+(?:[\w-]+\s+){0,3}?(?:street|avenue|lane|boulevard|road)\b")
_BORDER_WITH = re.compile(r"\bborders?\s+(?:with|of)\s+(?:the\s+)?(?:neighbou?ring\s+)?$", re.I)
_ADMIN_CUE = re.compile(r"^\s*(?:province|state|region|governorate|oblast|department|prefecture)\b", re.I)
# a quarter's word before it, as Latin American addresses give one: "in Colonia Villa Nueva, Comayagüela"
_QUARTER_BEFORE = re.compile(r"\b(?:Colonia|Col\.|Barrio|Residencial|Reparto|Urbanizaci[oó]n|Fraccionamiento)\s+$")
# "the Escalon neighbourhood", "the Mejicanos sector": a part of the town the report is about, which
# a town of that name elsewhere must not stand in for
_QUARTER_CUE = re.compile(r"^\s*(?:neighbou?rhood|suburb|quarter|sector|barrio|colonia|slum|estate|locality)\b", re.I)
_UNIT_AFTER = re.compile(r"^\s*(?:district|county|tehsil|agency|municipality|local\s+government|LGA|prefecture|department|"
                         r"division|commune|territory|woreda|zone|cercle|province|region|state|governorate|sub-?county|"
                         r"circle|upazila|township|block|mandal|taluka|barangay|canton|parish|regency|sub-?district|arrondissement|"
                         r"raion|rayon|oblast|okrug)\b", re.I)
# "the department of Mayo-Sava": the word for the unit before its name
_UNIT_BEFORE = re.compile(r"\b(?:district|county|department|prefecture|province|region|division|commune|territory|"
                          r"municipality|governorate|regency|state)\s+of\s+(?:the\s+)?$", re.I)
_DISTRICT_CUE = re.compile(r"^\s*(?:district|county|tehsil|agency|municipality|local government area|LGA)\b", re.I)
FACILITIES = {
    "railway station": "railway station", "train station": "railway station", "rail station": "railway station",
    "airport": "airport", "port": "port", "harbour": "port", "border crossing": "border crossing",
}
AREAS = {"town", "valley", "forest", "region", "mountains", "area"}  # named areas, not points
KIND_RANK = {"landmark": 5, "city": 4, "admin2": 3, "admin1": 2, "country": 1}


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place
    near: bool = False
    district: bool = False
    elsewhere: bool = False  # "taken to hospital in X": not where the event happened
    unit_after: bool = False  # a word for an administrative unit names it ("Kpendjal prefecture", "the commune of X")


_PERSON_CUE = re.compile(
    r"(?:spokes(?:man|woman|person)|chief|commander|minister|officer|official|governor|president|director|commissioner|"
    r"candidate|journalist|reporter|broadcaster|activist|leader|councilwoman|councilman|deputy|prosecutor|lawyer|"
    r"inspector|superintendent|secretary|mayor|senator|councill?or|lawmaker|judge|"
    r"identified\s+(?:(?:him|her|them)sel(?:f|ves)\s+)?as|call(?:s|ed|ing)\s+(?:him|her)self|named|"
    r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Gen\.?|General|Col\.?|Colonel|Capt\.?|Captain|Maj\.?|Major|Lt\.?|Sheikh|"
    r"Imam|Father|Pastor|Brigadier|Sergeant|Sgt\.?|Qari|Mullah|Maulana|Mawlawi|Maulvi|Hafiz|Haji|"
    # the code name of a military operation ("engaged in Operation NIYA", "Operation Hadin Kai") is no place
    r"Operation|Op\.)\s+$|"
    # a victim named after the word for him: "and a 14-year-old boy, Yeison Trujillo, who was walking home"
    r"\b(?:boy|girl|man|woman|teenager|student|patrolman|policeman|policewoman|soldier|farmer|driver|teacher|"
    r"son|daughter|wife|husband|brother|sister|nephew|niece|constable|officer|guard|worker|official|journalist|"
    r"priest|pastor|imam|judge|lawyer|doctor|nurse),\s+$",
    re.I,
)


_MEDIA_AFTER = re.compile(r"^\s*(?:news\s+agency|agency|newspaper|daily|radio|television|tv|channel|website|"
                          r"news\s+(?:network|service|website|outlet)|broadcaster)\b", re.I)
_FIELD_WORDS = {"date", "time", "location", "place", "area", "event", "incident", "target", "subject", "claimant", "source"}
_FIELD_LABEL = re.compile(r"(?:\s+of\s+(?:the\s+)?\w+)?[^\S\n]*:")
_OUTLET_BEFORE = re.compile(r"\b(?:news\s+agency|newspaper|broadcaster|daily|weekly|(?:TV|television|radio)\s+(?:channel|station))\s+$", re.I)
_SPEECH_AFTER = re.compile(r"\s*,?\s*(?:said|says|told|added|noted|stated|reported)\b", re.I)
_COMMON_WORD = re.compile(
    r"\b(?:The|Of|And|Or|In|On|At|To|For|By|With|From|A|An|That|This|These|Those|Which|Who|Whom|Was|Were|Is|Are|"
    r"Be|Been|Has|Have|Had|Said|Says|Not|No|It|Its|He|She|They|Their|His|Her|We|Our|As|But|If|After|Before|"
    r"During|Over|Under|Into|About|Against|Between|Today|Yesterday|Will|Would|Could|Also|Than|Then|There|"
    r"When|Where|While|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|One|All|Some|Other|Been|Being|Did|Do)\b"
)
ORG_WORD = re.compile(
    r"\b(?:Centre|Center|Institute|University|Council|Ministry|Party|Foundation|Commission|Agency|Committee|"
    r"Front|Forces|Bank|Court|Research|Studies|Studies|Observatory|Organi[sz]ation|Association|Union|League|"
    r"Movement|Network|Project|Initiative|Watch|Group|Corporation|Company|Society|Trust|Fund|Academy|Office)\b"
)


def _candidates(text: str, start: int, end: int, upper: bool) -> list[tuple[int, int, str, int]]:
    # a sentence is read for places more than once (without and then with the document's context)
    return [(start + s, start + e, phrase, head) for s, e, phrase, head in _chunk_candidates(text[start:end], upper)]


# words that may follow a place's name inside a longer name: "Peshawar Press Club", "Kabul Airport"
_NAME_TAIL = re.compile(
    r"(?:Road|Street|Avenue|Highway|Expressway|Market|Bazaar|Airport|Station|University|College|School|Hospital|Club|"
    r"Mosque|Church|Cathedral|Temple|Shrine|Bridge|Camp|Prison|Jail|Port|Harbour|Valley|District|Province|State|City|"
    r"Town|Village|Police|Cantonment|Chowk|Square|Park|Stadium|Hotel|Mall|Gate|Bus|Railway|Press|Border|Crossing|"
    r"Division|Region|County|Municipality|Governorate|Department|Sector|Area|Base|Barracks|Court|Council|High|Central|"
    r"Local|LGA|Territory|Tehsil|Upazila|Township|Regency|Commune|Prefecture|Woreda|Cercle|Zone|Subdistrict|"
    r"North|South|East|West|International|General|Regional|Medical|Teaching|Government|Islamic|National|Federal)\b")


# words for a part of a place or unit: "North Waziristan", "Upper Orakzai"
_SIDE_WORDS = r"North|South|East|West|Upper|Lower|Central|Greater|Northern|Southern|Eastern|Western"
_PART_WORD = re.compile(_SIDE_WORDS + r"|Old|New|Inner|Outer")


_TOKEN = re.compile(r"\S+")
_VILLAGE_AFTER = re.compile(r"\s+(?:village|hamlet|settlement|community)\b")
# a body of water named after a country or a town (a town whose name begins so, "Lake Charles", is read whole first)
_WATER_BEFORE = re.compile(r"(?<![\w-])(?:Lake|Lac|Gulf\s+of|Sea\s+of|Bay\s+of)\s+$")
# ("Karila village of Kotli district" is a village in a district, the district named after "of")
_VILLAGE_BEFORE = re.compile(r"\b(?:[Bb]arangay|Brgy\.|the\s+(?:village|hamlet)\s+of)\s+$")
_COINAGE = re.compile(r"[a-z][A-Z]{2}")


@lru_cache(maxsize=4096)
def _chunk_candidates(chunk: str, upper: bool) -> tuple[tuple[int, int, str, int], ...]:
    """Name-like spans of a sentence; the flag marks a part of a longer name: 1 of three or more words
    ("Dera" of "Dera Ki Gali"), which is rarely a place of its own, 2 of two words ("Mai" of "Mai Aini")."""
    original = chunk
    if upper:  # capitals everywhere: title-case, then lower the common words so that names stand apart
        chunk = _COMMON_WORD.sub(lambda m: m.group(0).lower(), chunk.title())
    out = []
    for m in _PHRASE.finditer(chunk):
        name = m.group(0)
        tokens = [(t.start(), t.end()) for t in _TOKEN.finditer(name)]
        if len(tokens) >= 2:
            first_word = name.split()[0] + " "
            person = bool(
                _PERSON_CUE.search(chunk[max(0, m.start() - 30) : m.start()]) or _PERSON_CUE.fullmatch(first_word)
            ) or bool(_SPEECH_AFTER.match(chunk[m.end():m.end() + 20]) and _PERSON_CUE.search(chunk[max(0, m.start() - 30):m.start()]))
            org = bool(ORG_WORD.search(name))
            connectors = any(t[0] >= 0 and name[t[0]:t[1]].islower() for t in tokens)
            # "Senjam Chirang village": a part of a village's name is not the district called Chirang
            village = bool(_VILLAGE_AFTER.match(chunk[m.end():m.end() + 14]))
        else:  # a name of one word is read whole: none of these marks can drop it
            person = org = connectors = village = False
        for i in range(len(tokens)):
            for j in range(min(len(tokens), i + 5), i, -1):
                if person and not (i == 0 and j == len(tokens)):
                    continue
                if j < len(tokens) and _ARTICLE.match(m.group(0)[tokens[j][0]:tokens[j][1]]):
                    continue  # "Ain" of "Ain al-Hilweh": a name goes on after an Arabic article
                if j - i == 1 and 0 < i < len(tokens) - 1 and len(tokens) >= 3 and not connectors:
                    continue  # a lone word inside a longer name ("Abdifatah Aden Hassan")
                if org and j - i == 1 and len(tokens) >= 2 and ORG_WORD.fullmatch(m.group(0)[tokens[i][0]:tokens[i][1]]):
                    continue  # "Research" in "Centre for Conflict and Security Research"
                s, e = m.start() + tokens[i][0], m.start() + tokens[j - 1][1]
                while e > s and chunk[e - 1] in ".,'’-":
                    e -= 1
                phrase = chunk[s:e]
                if phrase.endswith(("'s", "’s")):
                    e -= 2
                    phrase = chunk[s:e]
                if j - i == 1 and (phrase.lower() in _STOP or len(phrase) < 3 or _COINAGE.search(phrase)):
                    continue  # "CoBRA", "AfPak": a unit or a coinage, not a town
                if village and not upper and (i, j) != (0, len(tokens)):
                    continue  # "Chirang" of "Senjam Chirang village"
                # a part of a longer name: "Dera" of "Dera Ki Gali", "Gedi" of "Abdullahi Hassan Gedi"
                # (of a name of two words, a weaker sign: "Mai" of "Mai Aini" is no town of Kenya's in a report on
                # Tigray, though "Shahkot" of "Shahkot village" or "Kurram" of "Kurram Agency" are places)
                part = not upper and (i, j) != (0, len(tokens)) and not connectors and len(tokens) >= 2 and not (
                    i == 0 and _NAME_TAIL.match(m.group(0)[tokens[j][0]:tokens[j][1]])) and not (
                    # "Upper Orakzai Agency": the unit's own name after a word for its part
                    i == 1 and _PART_WORD.fullmatch(m.group(0)[tokens[0][0]:tokens[0][1]]))
                head = (1 if len(tokens) >= 3 else 2) if part else 0
                out.append((s, e, original[s:e], head))
    return tuple(out)


def _strong(ctx: Counter[str], named: set[str]) -> bool:
    """Whether the document points firmly to its countries: a dateline, a country named, or several places
    that agree."""
    return sum(ctx.values()) + 3 * len(named) >= 3


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_BOUND_AFTER = re.compile(r"-(?:bound|based|born|linked|backed|registered|headquartered|made)\b")
_WORD_THEN_MARK = re.compile(r"\s*[a-zA-Z-]+\s*[(,]")
_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_CAR_AFTER = re.compile(r"\s+(?:[A-Z][\w-]+|pick-?ups?|trucks?|cars?|saloon|sedan|vans?|jeeps?|"
                        r"SUVs?|minibus(?:es)?|vehicles?)\b")
_CAR_MAKER_BEFORE = re.compile(rf"\b(?:{_CAR_MAKER.pattern})\s+$")
_THE_CITYS = re.compile(r"\b(?:the|this)\s+(?:city|town|capital)['’]s\s+$", re.I)
_BRACKET_BEFORE = re.compile(r"\b([A-Z][A-Za-z ]{2,30}?)\s*\(\s*$")
# (a name the gazetteer lacks may stand between: "roots in Turkey, Kosovo, Bosnia, Romania")
_LIST_GAP = re.compile(r"\s*(?:,|and|or)\s*(?:and\s+)?(?:[A-Z][\w'’-]+\s*(?:,|and|or)\s*(?:and\s+)?){0,2}")
_FACILITY_WORDS = [(re.compile(rf"\b{word}\b"), kind) for word, kind in FACILITIES.items()]


class _Cues(NamedTuple):
    """What the words around a name say of it, whatever the document's context."""
    media: str | None  # the outlet word after it ("agency", "radio")
    admin_cue: bool  # a word for a first-level unit after it ("province", "state")
    district_cue: bool  # a word for a district after it ("district", "LGA")
    bare: str  # the name without its article
    bound: bool  # "Kabul-bound", "Lagos-based": a name that qualifies another
    inside: str | None  # the unit named after it ("Bijapur (Chhattisgarh)", "Tangi, Khyber Pakhtunkhwa")
    unit_word: bool  # the name told with its unit's word before that unit ("Kani township, Sagaing region")
    affair: bool  # the country's affairs, not a place in it ("Guatemala's civil war")
    building: bool  # a building's word that a name follows with "of" ("the Temple of Hatshepsut")
    car: bool  # a car's make before its model or kind ("Toyota pick-up")
    car_before: bool  # a car's make before it
    street: bool  # a street's word before it
    dedication: bool  # a building's dedication before it ("the Cathedral of Our Lady of Mount Carmel")
    citys: bool  # "the city's X Market": a part of the town the report is about
    bracket: str | None  # the name before the open bracket it stands in ("Syria (Idlib)")
    border: bool  # "the border with X": a country it lies near
    quarter: bool  # a quarter's word after it ("the Escalon neighbourhood")


@lru_cache(maxsize=8192)
def _cues_around(phrase: str, before: str, after: str) -> _Cues:
    """What the words around a name say of it, whatever the document's context (a name is read again with the
    context): the outlet word after it, the unit words, the unit named after it, and the marks of a name that
    is no place (a car, a street, a church, a market of the city)."""
    media = _MEDIA_AFTER.match(after)
    inside = _INSIDE.match(after)
    bracket = _BRACKET_BEFORE.search(before)
    low = before.lower()  # cheap tests before the costlier patterns
    return _Cues(
        media=media.group(0).strip().lower() if media else None,
        admin_cue=bool(_ADMIN_CUE.match(after)),
        district_cue=bool(_DISTRICT_CUE.match(after)),
        bare=_LEADING_ARTICLE.sub("", phrase.strip()),
        bound=_BOUND_AFTER.match(after) is not None,
        inside=inside.group(1) if inside else None,
        unit_word=inside is not None and _WORD_THEN_MARK.match(inside.group(0)) is not None,
        affair=_COUNTRYS_AFFAIR.match(after) is not None,
        building=bool(_BUILDING_OF.fullmatch(phrase) and _OF_A_NAME.match(after)),
        car=bool(_CAR_MAKER.fullmatch(phrase) and _CAR_AFTER.match(after)),
        car_before=_CAR_MAKER_BEFORE.search(before) is not None,
        street=_STREET_BEFORE.search(before) is not None,
        dedication=_DEDICATION_BEFORE.search(before) is not None,
        citys=bool(_THE_CITYS.search(before) and _NAME_TAIL.match(after.lstrip())),
        bracket=bracket.group(1) if bracket else None,
        border=bool("order" in low and _BORDER_WITH.search(before)),
        quarter=_QUARTER_CUE.match(after) is not None or _QUARTER_BEFORE.search(before) is not None,
    )


@lru_cache(maxsize=8192)
def _cues_of_scene(before: str, after: str, wide: str) -> tuple[bool, bool, bool, bool]:
    """Whether a place is told as near the scene, as somewhere else (for any place; for a town only), and as
    an administrative unit, by the words around it (``wide``: the 120 characters before it)."""
    low = before.lower()  # cheap tests before the costlier patterns
    elsewhere = bool(_ELSEWHERE.search(before) or ("ccording" in low and _SOURCES_OFFICE.search(before))
                     or (_SPEAKERS_SEAT.search(before) and _SPEECH_NEXT.match(after))
                     or (("court" in low or "tribunal" in low) and _COURT_SEAT.search(before) is not None)
                     # (or where a statement came from: "a statement from Government House in Makurdi put the toll at")
                     or (("statement" in low or "communiq" in low or "release" in low)
                         and _STATEMENT_FROM.search(before) is not None)
                     # (the attacker's home: "a Palestinian man from Salfit in the West Bank stabbed passers-by in Holon";
                     # not a victim's, often the scene: "a man from Burin was lightly injured by stones")
                     or (" from" in before[-12:] and _PERSON_FROM.search(before) is not None
                         and _DID_IT_AFTER.match(after) is not None)
                     or _HOSPITAL_AFTER.match(after) is not None
                     # (the ends of a route: "a boat carrying civilians between Gao and Mopti")
                     or ("between" in wide and _ROUTE_ENDS.search(wide) is not None))
    # a town speaking for its government ("Kabul denied it"), or mourning its dead ("The town of Ziguinchor was in
    # mourning after 13 men were killed in the forest near Bayotte")
    city_elsewhere = _METONYM_SPEECH.match(after) is not None or _MOURNS.match(after) is not None
    unit = bool(_UNIT_AFTER.match(after) or (" of" in low and _UNIT_BEFORE.search(before)))
    return bool(_NEAR.search(before)), elsewhere, city_elsewhere, unit


# the names of one sentence that the gazetteer knows (start, end, phrase, places), and those that are a word of a
# two-word name
_SpanNames = tuple[list[tuple[int, int, str, list["Place"]]], list[tuple[int, int]]]


class Geocoder:
    """Finds and resolves place names, using the whole document as context."""

    def __init__(self, gazetteer: Gazetteer, demonym_countries: dict[str, str] | None = None) -> None:
        self.gaz = gazetteer
        # the names read in each sentence of the document last read (a document's sentences are read more than
        # once: without and then with the document's context), so that a second reading looks nothing up again
        self._memo: tuple[str, bool, dict[tuple[int, int, tuple[tuple[int, int], ...]], _SpanNames]] = ("", mostly_capitals(""), {})

    def _document_memo(self, text: str) -> tuple[str, bool, dict[tuple[int, int, tuple[tuple[int, int], ...]], _SpanNames]]:
        memo = self._memo
        if memo[0] is not text:  # (one document's memo at a time: it holds only what that document names)
            memo = self._memo = (text, mostly_capitals(text), {})
        return memo

    def _span_names(self, text: str, s: int, e: int, upper: bool, taken: list[tuple[int, int]]) -> _SpanNames:
        """The names of one sentence the gazetteer knows, outside the spans ``taken``, with the words of
        two-word names among them."""
        raw: list[tuple[int, int, str, list[Place]]] = []
        part_of_two: list[tuple[int, int]] = []
        candidates = sorted(_candidates(text, s, e, upper), key=lambda c: (c[0], -(c[1] - c[0])))
        self.gaz.prefetch(c[2] for c in candidates)
        for cs, ce, phrase, head in candidates:
            if any(cs < b and ce > a for a, b in taken):
                continue
            places = self.gaz.lookup(phrase)
            if not places and phrase.lower().startswith("the "):
                places = self.gaz.lookup(phrase[4:])
            if head == 1:  # "Dera Ki Gali" is not Dera Mandi: only a province or a large city begins a longer name
                places = [p for p in places if p.kind in {"country", "admin1"} or p.population >= 100000]
            elif head == 2 and places:
                part_of_two.append((cs, ce))
            if len(phrase) <= 4 and not phrase.isupper():  # "the Terrorism Act": not the ACT, Australia's
                # (an abbreviation of a longer name; "Azaz" and "Rask" are other spellings of their towns)
                places = [p for p in places if p.kind == "city" or len(name_key(p.name)) <= len(phrase) + 3]
            if not upper and phrase.isupper() and text[cs - 1:cs] == "(" and text[ce:ce + 1] == ")":
                # "the Borno State Emergency Management Agency (SEMA)": an acronym, not Séma in Côte d'Ivoire
                places = [p for p in places if p.kind != "city"]
            if places and _STREET_AFTER.match(text, ce):
                continue  # "Bishop Street": a street named after a town or a person
            if places and _VILLAGE_BEFORE.search(text, max(s, cs - 20), cs):
                # "in the uplands of Barangay Quirino": a village, not the province of that name
                places = [p for p in places if p.kind in {"city", "landmark"}]
                if not places:
                    continue
            if places and _ARTICLE_BEFORE.search(text[max(s, cs - 5):cs]):
                continue  # "the community of Las Bateas": the article begins the name, which no gazetteer knows
            if places and re.search(r"(?<![\w-])Camp\s+$", text[max(s, cs - 6):cs]) and not any(p.kind == "landmark" for p in places):
                continue  # "the Manda Bay airfield, known as Camp Simba": a base's name, not Simba in Kajiado
            if places and phrase.lower() in _FIELD_WORDS and _FIELD_LABEL.match(text, ce) and re.search(r"(?:^|\n)[^\S\n]*(?:\[\d{1,3}\][^\S\n]*)?$", text[max(0, cs - 12):cs]):
                continue  # a field's label opening a line ("Date of event: Thursday", "Date: 12.06.2025"), not Date in Fukushima
            if places and re.search(r"\bmonths?\s+of\s+$", text[max(s, cs - 12):cs], re.I):
                continue  # "In the month of Mizan of last year": a month of the Afghan calendar, not the Zabul district
            if places and _WATER_BEFORE.search(text, max(s, cs - 10), cs) and not any(p.kind == "country" for p in places):
                continue  # "in the Gulf of Aden", "Lake Kivu": a sea or a lake, not the town or the province
            if places and _OUTLET_BEFORE.search(text, max(s, cs - 16), cs):
                continue  # "the state news agency Petra": an outlet's name, not the ancient city
            if places and (_NAME_GOES_ON.match(text, ce) or _KNOWN_AS.search(text, max(s, cs - 25), cs)):
                # "a bend in the road known locally as Tizi n'Tleta": a spot's local name, not Tizi in Mascara
                continue
            if places:
                raw.append((cs, ce, phrase, places))
                taken.append((cs, ce))
        return raw, part_of_two

    def mentions(self, text: str, spans: list[tuple[int, int]], context: Counter[str] | None = None,
                 exclude: list[tuple[int, int]] | None = None, hints: Counter[str] | None = None) -> list[PlaceMention]:
        """Place mentions inside ``spans``, each resolved to its most likely place; ``hints`` adds to the countries
        the spans themselves point to (a header's "MYANMAR")."""
        exclude = exclude or []
        _, upper, memo = self._document_memo(text)
        raw: list[tuple[int, int, str, list[Place]]] = []
        part_of_two: set[tuple[int, int]] = set()  # a word of a two-word name, read with care below
        for s, e in spans:
            taken = tuple((a, b) for a, b in exclude if a < e and b > s)  # the excluded spans of this sentence only
            found = memo.get((s, e, taken))
            if found is None:
                found = memo[(s, e, taken)] = self._span_names(text, s, e, upper, list(taken))
            raw.extend(found[0])
            part_of_two.update(found[1])
        for s, e in spans:  # "a busy junction in the Somali capital": the country's capital, named by its people
            for m in _CAPITAL_OF.finditer(text, s, e):
                # (the people's name inside it may be excluded as a demonym, or read as a place: "Somali" Region)
                if any(m.start() < b and m.end() > a and not (m.start() <= a and b <= m.end()) for a, b in exclude):
                    continue
                raw = [r for r in raw if not (m.start() <= r[0] and r[1] <= m.end())]
                who = m.group("dem") or m.group("country")
                cc = self.gaz.demonyms.get(who) or next(
                    (p.country_code for p in self.gaz.lookup(who) if p.kind == "country"), None)
                capital = self.gaz.capital(cc)
                if capital is not None:
                    raw.append((m.start(), m.end(), m.group(0), [capital]))
        raw.sort(key=lambda r: r[0])
        ctx = Counter(context or {})
        if context is None:
            ctx.update(hints or {})
            for cs, ce, phrase, places in raw:
                if len({p.country_code for p in places}) != 1 or (cs, ce) in part_of_two:
                    continue
                first = places[0]
                if any(p.kind in {"country", "landmark"} for p in places):
                    ctx[first.country_code] += 3
                elif any(p.kind == "admin1" or name_key(p.name) == name_key(phrase) for p in places):
                    ctx[first.country_code] += 1
        named = {p.country_code for _, _, _, ps in raw for p in ps if p.kind == "country"} | set(hints or {})
        main = ctx.most_common(1)[0][0] if ctx else None  # the country the document is most about
        # provinces and districts the text names without doubt: a town inside them is the likelier reading
        # (two districts called Bijapur, in two states, are no doubtless unit)
        # (counted by the names that name them: a name does not vouch for a town read from that same name, so
        # "In Chiapas" is not Chiapa de Corzo for lying in the Chiapas it names)
        unit_names: dict[tuple[str, str | None, str | None, str], set[str]] = {}
        for _, _, phrase, ps in raw:
            if len({(q.kind, q.name, q.admin1) for q in ps if q.kind in {"admin1", "admin2"}}) == 1:
                for p in ps:
                    if p.kind in {"admin1", "admin2"}:
                        unit_names.setdefault((p.kind, p.admin1, p.admin2 if p.kind == "admin2" else None,
                                               p.country_code), set()).add(name_key(phrase))
        out = []
        for cs, ce, phrase, places in raw:
            units = {u for u, names in unit_names.items() if names - {name_key(phrase)}}
            after = text[ce : ce + 30]
            before = text[max(0, cs - 60) : cs]
            (media, admin_cue, district_cue, bare, bound, inside, unit_word, affair, building, car, car_before, street,
             dedication, citys, bracket, border, quarter) = _cues_around(phrase, before, after)
            if media is not None and not (media == "agency" and any(p.kind == "admin2" for p in places)):
                continue  # "Saba news agency", "Dawn newspaper": an outlet, not a place ("Bajaur Agency" is one)
            if main and _WATER_BEFORE.search(text, max(0, cs - 10), cs) and any(
                    p.kind == "country" and p.country_code != main for p in places):
                continue  # "near Baga on the shores of Lake Chad" in a report on Nigeria: the lake, not the country
            plausible = [p for p in places if self._plausible(p, phrase, ctx, named)]
            if not plausible and len(places) == 1 and not upper and places[0].population >= 10000 and (
                    not _strong(ctx, named) or ctx.get(places[0].country_code) or places[0].country_code in named):
                plausible = places  # another spelling of the only place by that name ("Marib" for Ma'rib)
            if upper:  # district names in capitals are mostly ordinary words ("URBAN", "LEADER")
                plausible = [p for p in plausible if p.kind != "admin2" or district_cue]
            if upper and " " not in bare:
                # in all-capitals text every word looks like a name: a lone word must be a known, sizeable place
                # (a small town by that very name only in the document's main country: "Early", "Leader" and
                # "Post" are towns too, in countries that a report may name in passing)
                plausible = [p for p in plausible if p.kind in {"country", "admin1"}
                             or (ctx.get(p.country_code) and p.population >= 20000)
                             or (p.country_code == main and name_key(p.name) == name_key(bare))
                             or p.population >= 500000]
            if bound:
                continue  # "a Quetta-bound bus", "a Kabul-based group": not where it happened
            if inside is not None and (len(plausible) > 1 or unit_word):
                # "Bijapur (Chhattisgarh)", "Tangi, Khyber Pakhtunkhwa": the province named right after it
                around = [u for u in self.gaz.lookup(inside) if u.kind in {"admin1", "country"}]
                within = [p for p in plausible if any(
                    p.country_code == u.country_code and (u.kind == "country" or p.admin1 == u.admin1) for u in around)
                    and p.kind != "country"]
                if around and not within and unit_word:
                    continue  # "Kani township, Sagaing region": a unit of Myanmar's, not the town of Japan
                # (or a district named right after it: "Baicheng county, Aksu prefecture, Xinjiang" is Aksu's
                # Baicheng, not Jilin's)
                districts_after = [u for u in self.gaz.lookup(inside) if u.kind == "admin2"] if not within else []
                within = within or [p for p in plausible if p.kind != "country" and any(
                    p.country_code == u.country_code and p.admin1 == u.admin1 for u in districts_after)]
                plausible = within or plausible
            if affair and any(p.kind == "country" for p in plausible):
                continue  # "the atrocities of Guatemala's civil war": the country's war, not where it happened
            if building:
                continue  # "the Temple of Hatshepsut": a building's name, not Temple in Texas
            if car:
                continue  # "a maroon Vauxhall Cavalier", "a Toyota pickup": a car, not a place
            if car_before:
                continue  # and its model: the Cavalier of "a Vauxhall Cavalier" is no town of North Dakota
            if street:
                continue  # "on Avenida Bolívar", "rue de Rennes": a street's name, not the province or town
            if dedication:
                continue  # "the Cathedral of Our Lady of Mount Carmel": a church's name, not Mount Carmel, Illinois
            if citys:
                continue  # "a car bomb in the city's Khyber Bazaar": a market of the city told, not the Khyber district
            if bracket is not None and any(p.kind == "admin1" for p in plausible) and any(
                    u.kind == "country" for u in self.gaz.lookup(bracket)):
                plausible = [p for p in plausible if p.kind == "admin1"]  # "SYRIA (Deir ez-Zor) -": the province
            if border and any(p.kind == "country" for p in plausible):
                plausible = [p for p in plausible if p.kind == "country"]  # "near the border with Niger"
            if quarter:
                plausible = [p for p in plausible if p.country_code == main]
            if (cs, ce) in part_of_two:  # a small town abroad is not a word of a local two-word name
                plausible = [p for p in plausible if p.kind != "city" or p.population >= 100000
                             or p.country_code == main or p.country_code in named]
            if not plausible:
                continue
            place = max(plausible, key=lambda p: self._score(p, ctx, admin_cue, district_cue, phrase)
                        + self._within(p, units))
            if place.kind == "admin2":
                # "Peshawar district": the district's namesake town is a better point than its centroid
                namesake = [p for p in plausible if p.kind == "city" and p.admin2 == place.name
                            and (p.country_code, p.admin1) == (place.country_code, place.admin1)]
                if namesake:
                    place = max(namesake, key=lambda p: p.population)
            near, elsewhere, city_elsewhere, unit = _cues_of_scene(before, after, text[max(0, cs - 120):cs])
            out.append(PlaceMention(cs, ce, phrase, place, near, district_cue,
                                    # (a country a place lies near the border with is not where it lies)
                                    elsewhere or (place.kind == "country" and border)
                                    or (place.kind == "city" and city_elsewhere), unit))
        # a list goes on where it began: "ferried to hospitals in Belfast, Enniskillen, Derry and across the border"
        for k in range(1, len(out)):
            if out[k - 1].elsewhere and not out[k].elsewhere and _LIST_GAP.fullmatch(text[out[k - 1].end:out[k].start]):
                out[k] = dataclasses.replace(out[k], elsewhere=True)
        return out

    @staticmethod
    def _plausible(p: Place, phrase: str, ctx: Counter[str], named: set[str]) -> bool:
        """A place in a country the document never points to needs its own name and some size."""
        if p.kind == "country" or p.country_code in named or ctx.get(p.country_code):
            return True
        if not ctx and not named:
            return name_key(p.name) == name_key(phrase) or p.population >= 100000
        # a report about one country names a city of another without naming that country only when
        # the city is known the world over ("the Karari district of Omdurman" is not Karari in India)
        return name_key(p.name) == name_key(phrase) and p.population >= (1_000_000 if _strong(ctx, named) else 100000)

    @staticmethod
    def _within(p: Place, units: set[tuple[str, str | None, str | None, str]]) -> float:
        in_province = ("admin1", p.admin1, None, p.country_code) in units
        if p.kind == "admin2":
            return 1.0 if in_province else 0.0
        if p.kind not in {"city", "landmark"}:
            return 0.0
        if ("admin2", p.admin1, p.admin2, p.country_code) in units:
            return 2.0
        return 1.0 if in_province else 0.0

    @staticmethod
    def _score(p: Place, ctx: Counter[str], admin_cue: bool, district_cue: bool, phrase: str) -> float:
        score = {"landmark": 5.0, "country": 4.0, "admin1": 2.0, "admin2": 1.6, "city": 2.5}[p.kind]
        if admin_cue and p.kind == "admin1":
            score += 5
        if district_cue and p.kind == "admin2":
            score += 3
        # population is a prior between towns; between provinces or districts it says little
        score += math.log10((min(p.population, 10000) if p.kind in {"admin1", "admin2"} else p.population) + 10) / 2
        total = sum(ctx.values()) or 1
        score += 4.0 * ctx.get(p.country_code, 0) / total
        if name_key(p.name) == name_key(phrase):
            # a province called by its own name is that province, not a town that has it as another name
            # ("In Chiapas" is not Chiapa de Corzo)
            score += 1.0 if p.kind == "admin1" else 0.5
        return score

    def facility_landmark(self, sentence: str, city: Place) -> Place | None:
        """A landmark of the kind the sentence names ("the railway station") in the given city."""
        low = sentence.lower()
        kinds = {k for word, k in _FACILITY_WORDS if word.search(low)}
        if not kinds or city.kind != "city":
            return None
        for lm in self.gaz.landmarks_in(city.name, city.country_code):
            if lm.feature in kinds:
                return lm
        return None


# a district's name used as a town's: one or two words, not "North Waziristan" or "Upper Dir"
_TOWN_LIKE = re.compile(rf"(?!(?:{_SIDE_WORDS})\b)"
                        r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?")

_UNIT_WORD = re.compile(r"\b(?:territory|district|county|prefecture|department|province|region|division|zone|"
                        r"woreda|tehsil|commune|municipality|governorate|lga)$", re.I)


def to_location(m: PlaceMention, landmark: Place | None = None) -> Location:
    p = landmark or m.place
    if p.kind == "landmark" and p.feature in AREAS:
        precision = "near" if m.near else ("city" if p.feature == "town" else "district")
    elif p.kind == "landmark":
        precision = "near" if m.near else "exact"
    elif p.kind == "city":
        precision = "near" if m.near else ("district" if m.district else "city")
    elif p.kind == "admin2":
        precision = "near" if m.near else "district"
    elif p.kind == "admin1":
        precision = "province"
    else:
        precision = "country"
    city = p.city if p.kind in {"city", "landmark"} else None
    if p.kind == "landmark" and p.feature == "town" and city is None:
        city = p.name  # a town of our own list ("Mir Ali")
    if p.kind == "admin2" and not m.district and _TOWN_LIKE.fullmatch(m.text) and not m.unit_after \
            and not _UNIT_WORD.search(m.text):  # "BENI TERRITORY" names the unit
        city = m.text  # "near Karimama": a district named for its chief town, which the text means
    return Location(
        name=p.name,
        city=city,
        admin1=p.admin1,
        admin2=p.admin2,
        country=p.country,
        country_code=p.country_code,
        lat=p.lat,
        lon=p.lon,
        precision=precision,  # type: ignore[arg-type]
    )


# a route, not a scene: "a boat carrying civilians between Gao and Mopti" (before its first town; and before either)
_ROUTE_BETWEEN = (r"\b(?:carrying|ferrying|travell?ing|plying|sailing|flying|operating|running|bound|shuttling)\b"
                  r"[^.;]{0,40}\bbetween\s+(?:the\s+)?(?:towns?\s+of\s+|cities\s+of\s+)?")
_ROUTE = re.compile(_ROUTE_BETWEEN + r"$", re.I)
_ROUTE_ENDS = re.compile(_ROUTE_BETWEEN + r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+and\s+)?$", re.I)
_AND_GAP = re.compile(r"\s+and\s+")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:towns?\s+of\s+|cities\s+of\s+)?$", re.I)


def between(text: str, mentions: list[PlaceMention]) -> Location | None:
    """ "on the road between A and B": the midpoint of two towns of one country, marked near. The town
    named first is the event's town, as a coder names the nearest settlement of a road (ACLED and GTD
    give one town, the first the report names)."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        gap = text[a.end:b.start]
        if not (_BETWEEN.search(text[max(0, a.start - 40):a.start]) and _AND_GAP.fullmatch(gap)):
            continue
        if _ROUTE.search(text[max(0, a.start - 60):a.start]):
            continue  # "a boat carrying civilians between Gao and Mopti": its route, not where it was hit
        pa, pb = a.place, b.place
        if pa.kind != "city" or pb.kind != "city" or pa.country_code != pb.country_code:
            continue
        if None in (pa.lat, pa.lon, pb.lat, pb.lon):
            continue
        return Location(
            # (the first town's province, as its town is the event's: "the road between Afgooye and Mogadishu")
            name=f"between {pa.name} and {pb.name}", city=pa.city, admin1=pa.admin1, admin2=None,
            country=pa.country, country_code=pa.country_code,
            lat=round((pa.lat + pb.lat) / 2, 5), lon=round((pa.lon + pb.lon) / 2, 5),  # type: ignore[operator]
            precision="near",
        )
    return None


def most_specific(mentions: list[PlaceMention], beside: list[PlaceMention] | None = None) -> PlaceMention | None:
    """The most precise place among mentions (a landmark beats a city beats a province); ``beside`` are other
    places named with them (the countries a sentence names)."""
    if not mentions:
        return None
    provinces = {(m.place.country_code, m.place.admin1) for m in mentions if m.place.kind == "admin1"}
    # "Camp Shorabak in Helmand Province": a district of that name in another province is not it
    kept = [m for m in mentions if m.place.kind != "admin2" or not any(cc == m.place.country_code for cc, _ in provinces)
            or (m.place.country_code, m.place.admin1) in provinces]
    kept = kept or mentions
    # "near Muqdadiya in Diyala province, northeast of Baghdad": a town of another province than the one named,
    # beside a town or district of the province named, is a point of reference
    # (a province named as one: not "Junction City, Kan.", beside "the Oklahoma City federal building")
    as_units = {(m.place.country_code, m.place.admin1) for m in mentions if m.place.kind == "admin1" and m.unit_after}
    inside = [m for m in kept if m.place.kind in {"city", "admin2"} and (m.place.country_code, m.place.admin1) in as_units]
    if inside:
        kept = [m for m in kept if m.place.kind not in {"city", "landmark"}
                or (m.place.country_code, m.place.admin1) in as_units or m.place.country_code not in {
                    cc for cc, _ in as_units}]
    # "in Sandhikharka, headquarters of Arghakhanchi district, about 300 km west of Kathmandu": a town told as a
    # bearing from it, in another province than the district named as one, is a point of reference
    # (or a province: "the Kouré giraffe reserve, around 60 kilometres south-east of Niamey, in the Tillabéri region")
    districts = {(m.place.country_code, m.place.admin1) for m in mentions
                 if m.place.kind in {"admin1", "admin2"} and (m.district or m.unit_after)}
    if districts:
        kept = [m for m in kept if not (m.near and m.place.kind in {"city", "landmark"}
                                        and (m.place.country_code, m.place.admin1) not in districts
                                        and m.place.country_code in {cc for cc, _ in districts})] or kept
    # "MEXICO - Guanajuato: gunmen stormed a bar in Salamanca": a capital named like its province stands
    # for the province when another town or district of that province is named beside it ("- Pattani: ...
    # shot dead a village headman in Yaring district")
    towns = [m for m in kept if m.place.kind in {"city", "admin2"}]
    kept = [m for m in kept if not (m.place.kind == "city" and m.place.admin1
                                    and name_key(m.place.name) == name_key(m.place.admin1.split(",")[0])
                                    and any(t is not m and t.place.admin1 == m.place.admin1
                                            and t.place.country_code == m.place.country_code
                                            and _far(t.place, m.place, 5 if t.district or t.unit_after else 15)
                                            for t in towns))] or kept
    # "Divo Naselje ... in this neighbourhood of Kumanovo, in Macedonia": a town of the country named beside it
    # over a town of a country not named
    named = {m.place.country_code for m in [*mentions, *(beside or [])] if m.place.kind == "country"}
    if any(m.place.kind in {"city", "landmark", "admin2"} and m.place.country_code in named for m in kept):
        kept = [m for m in kept if m.place.kind not in {"city", "landmark", "admin2"} or m.place.country_code in named]
    return max(kept, key=lambda m: (KIND_RANK[m.place.kind], -m.start))


def _far(a: Place, b: Place, km: float) -> bool:
    """Whether two places lie more than ``km`` apart (a town's own quarters, such as Baglar in
    Diyarbakir, do not)."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return True
    return haversine_km(a.lat, a.lon, b.lat, b.lon) > km  # type: ignore[arg-type]


def consistent(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Drop places outside the provinces and districts named beside them ("Camp Shorabak in Helmand
    Province": a Shorabak elsewhere is another one), unless nothing would be left."""
    units = [m.place for m in mentions if m.place.kind in {"admin1", "admin2"}]
    if not units:
        return mentions
    inside = [m for m in mentions if m.place.kind in {"admin1", "admin2", "country"} or any(
        (u.kind == "admin2" and m.place.admin2 == u.admin2) or (u.kind == "admin1" and m.place.admin1 == u.admin1)
        for u in units if u.country_code == m.place.country_code)]
    return inside or mentions  # a district outside the named province: most_specific drops it


def geocode_phrase(geocoder: Geocoder, text: str, country_code: str | None = None) -> Location | None:
    """The most precise place a short description names ("Miranshah town, North Waziristan district")."""
    context = Counter({country_code: 10}) if country_code else None
    mentions = geocoder.mentions(text, [(0, len(text))], context)
    if country_code:
        mentions = [m for m in mentions if m.place.country_code == country_code]
    # "Tangi, South Waziristan": a town outside the district that the description names is another Tangi
    best = most_specific(consistent(mentions))
    return to_location(best) if best else None
