"""Tolls in text: who was killed, injured or kidnapped, how many, and in which category."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..clean.text import blank, mostly_capitals
from ..config import ExtractSettings
from .actors import find_actors
from .numbers import Count, find_counts
from .taxonomy import victim_category

KILL = re.compile(r"\b(?:killed|killing|kill|dead|died|dies|die|deaths?|death\s+toll|lost\s+(?:their\s+|his\s+|her\s+)?li(?:ves|fe)|lives|"
                  r"(?:we|they|had|has|have)\s+lost|lost\s+the\s+li(?:ves|fe)|"  # "We lost five men": a unit's dead
                  r"neutrali[sz]ed|neutrali[sz]ing|martyred|deceased|fallen\s+on\s+the\s+field\s+of\s+honou?r|paid\s+the\s+(?:supreme|ultimate)\s+price|"
                  r"made\s+the\s+(?:supreme|ultimate)\s+sacrifice|(?:sacrificed|gave|laid\s+down)\s+(?:their|his|her)\s+li(?:ves|fe)|"
                  r"slain|massacred|shot\s+dead|gunned\s+down|beheaded|executed|perished|fatalit(?:y|ies)|bodies|"
                  r"assassinated|slaughtered|butchered|lynched|strangled|decapitated|burn(?:ed|t)\s+alive|"
                  r"(?:shot|stabbed|beaten|hacked|burn(?:ed|t)|clubbed|bludgeoned|stoned)\s+to\s+death|"
                  r"fatally\s+(?:wounded|injured|shot|stabbed|hurt)|murdered|lifeless|succumbed|fell\s+with\s+(?:arms|weapons)\s+in\s+hand|fell\s+in\s+(?:action|combat|battle)|"
                  r"killed\s+in\s+action|(?-i:KIA)|sent\s+to\s+hell|embraced\s+(?:shahadat|martyrdom)|attained\s+martyrdom|martyrdom\s+of)\b", re.I)
# a wound to a limb is an injury: "was shot in the leg", "hit in the shoulder" (a head or chest wound may be
# fatal, so only limbs count, and not when the sentence goes on to a death)
_LIMB_WOUND = (r"(?:shot|hit)\s+in\s+the\s+(?:legs?|arms?|hands?|feet|foot|thighs?|shoulders?|knees?|ankles?|wrists?|"
               r"hips?|buttocks?|back|abdomen|stomach)\b(?![^.;]{0,60}\b(?:died|dead|killed|succumbed))")
INJURE = re.compile(r"\b(?:injur(?:ed|ing|ies|y|e)|wound(?:ed|ing|s)?|hurt(?:ed)?|hospitali[sz]ed|casualties|(?-i:WIA)|"
                    r"stabbed(?!\s+(?:\w+\s+){0,3}?to\s+death)|"  # "stabbed five people" (but "stabbed three people to death")
                    r"(?:were|are|is|was)\s+(?:still\s+)?being\s+treated|being\s+treated\s+(?:for|in|at)|"  # "86 other people were still being treated in hospital"
                    r"(?:remain|remained|remains|are\s+still|were\s+still)\s+in\s+(?:(?:a|the)\s+)?(?:hospital|intensive\s+care)|"  # "Eleven people remain in hospital"
                    r"treated\s+for\s+(?:their\s+)?(?:injuries|wounds|burns)|"  # "168 people had been treated for injuries in all"
                    r"(?:badly|severely|seriously|critically)\s+burn(?:ed|t)|(?:suffered|sustained|with)\s+(?:\w+\s+)?burns|"
                    r"hit\s+by\s+(?:a\s+)?(?:stray\s+)?(?:bullets?|shrapnel|gunfire)|" + _LIMB_WOUND + r")\b", re.I)
_LIST_VERB = re.compile(r"\b(?:(?:were|have\s+been)\s+(?:all\s+)?(?:killed|shot\s+dead|wounded|injured|hurt|kidnapped|abducted|martyred|"
                        r"seized|taken\s+hostage)|"
                        r"embraced\s+(?:shahadat|martyrdom)|laid\s+down\s+their\s+lives)\b", re.I)
# a bulletin's line that gives the toll: "Casualties (Jakarta Police, evening 14 Jan): 8 dead", "Toll: 12 killed"
_SUMMARY_LINE = re.compile(r"\W*(?:casualties|(?:death\s+)?toll|fatalities)\b[^:.]{0,60}:\s*(?:at\s+least\s+)?\d", re.I)
_SPEAKERS = re.compile(r"\s+(?:[\w-]+\s+)?(?:residents|witnesses|villagers|officials|sources|medics|doctors|relatives|survivors|"
                       r"people)\s+(?:reached|contacted|interviewed|quoted|speaking|who\s+(?:spoke|asked|saw|witnessed)|"
                       r"(?:said|say|says|told|described|recalled))\b")
_BROKEN_DOWN = re.compile(r"(?:\s+(?:people|persons|civilians))?(?:\s+(?:were|have\s+been|had\s+been))?\s+(?:dead|killed|deaths|"
                          r"fatalities|injured|wounded)(?:\s+by\s+(?:the\s+)?[\w-]+)?\s*(?:[-–—:]|\(|,\s+(?:including|among\s+them))\s*")
# "Six members of a Meitei family - three women and three children": the people, then who they were
_FAMILY_DASH = re.compile(r"\s*(?:members|relatives)\s+of\s+(?:a|an|the|one)\s+(?:[\w'’-]+\s+){0,2}?(?:family|household|clan)\s*"
                          r"(?:—|–|--|\(|-(?=\s))")
_UNIT_OF = re.compile(r"\b(?:column|convoy|contingent|platoon|company|detachment|squad|battalion|unit|force)\s+of\s+"
                      r"(?:about|some|around|roughly|nearly|more\s+than|over|at\s+least|up\s+to)?\s*$", re.I)
_MADE_UP_OF = re.compile(r"(?:\s*\(\d[\d,]*\))?(?:\s+[\w-]+){0,2}?,?\s+(?:made\s+up\s+of|comprising|consisting\s+of|"
                         r"namely|broken\s+down\s+as)\s+")
_NAME_ITEM = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von)[- ])?[A-Z][\w'’.-]*){1,3}")
# soldiers and police named by rank: "Lance Naik Muhammad Saleem (age: 29 years, ...) and Sepoy Zahid Ullah ..."
_RANKED_NAME = re.compile(r"\b(?:Lance\s+Naik|Naik|Sepoy|Havildar|Subedar|Head\s+Constable|Constable|Sergeant|Sgt\.?|Corporal|"
                          r"Cpl\.?|Private|Pte\.?|Captain|Capt\.?|Major|Lieutenant|Lt\.?|Sub-Inspector|Inspector|Rifleman|"
                          r"Sowar|Gunner|Trooper|Warrant\s+Officer)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}")
KIDNAP = re.compile(r"\b(?:kidnapp?(?:ed|ing)|abduct(?:ed|ing)|taken\s+hostage|held\s+hostage|missing|seized|captives?|captivity|"
                    r"(?:had\s+been|have\s+been)\s+taken(?!\s+(?:to|by|for|in|into\s+(?:hospital|custody))\b)|"  # "137 had been taken"
                    # "taking at least 11 others into the forest" (not those who "managed to escape into the forest")
                    r"(?<!escape\s)(?<!escaped\s)(?<!fled\s)(?<!flee\s)(?<!ran\s)(?<!run\s)(?<!hid\s)(?<!hide\s)"
                    r"into\s+the\s+(?:bush|forest|jungle)|"
                    r"(?:were|was|are|is)\s+(?:still\s+)?holding|"  # "were holding more than 400 guests"
                    r"hijack(?:ed|ing)|carr(?:y|ied|ying)\s+(?:(?:him|her|them)\s+)?(?:off|away)|whisk(?:ed|ing)\s+(?:(?:him|her|them)\s+)?away|"
                    r"(?:took|taking|led|leading)\s+(?:(?:him|her|them)\s+)?away|"
                    r"(?:marched|marching|made|making|went|going)\s+(?:off|away)\s+with|"
                    r"(?:were|was|been)\s+(?:taken|carried|led)\s+away|"
                    # "Three staff members ... were taken by gunmen who stopped their vehicle"
                    r"(?:were|was|been)\s+taken\s+by\s+(?:\w+\s+){0,2}?(?:gunmen|armed\s+men|kidnappers|abductors|militants|"
                    r"rebels|fighters|bandits|assailants|attackers|insurgents|jihadists|pirates))\b", re.I)
_BEFORE = re.compile(
    r"(?P<verb>killing|killed|kill|shooting\s+dead|left|leaving|neutrali[sz]ed|neutrali[sz]ing|deaths?\s+of|death\s+toll\s+(?:\w+\s+){0,3}(?:to|at|of)|toll\s+(?:\w+\s+){0,3}(?:to|at|of)|"
    r"claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of|lives\s+of|injuring|injured|wounding|wounded|hurting|"
    r"kills|wounds|injures|"  # a list's present tense: "shoots 14 women dead ... and wounds 14 other people"
    r"kidnapping|kidnapped|abducting|abducted|seized|(?:were|was|are|is)\s+(?:still\s+)?holding|carrying\s+off|carried\s+off|carried\s+away|whisking\s+away|taking\s+away|took\s+away|"
    r"shot\s+dead|gunned\s+down|bodies\s+of|(?:we|they|had|has|have)\s+lost|(?:the|its|their)\s+loss\s+of|stabb(?:ed|ing))\s+"
    r"(?:(?:at\s+least|another|a\s+further|some|about|around)\s+)?[\"“]?$",  # (a quoted toll: 'put the toll at "not less than 100"')
    re.I,
)
_NOT_PEOPLE = re.compile(
    r"^\s*(?:-|–)?\s*(?:km|kilomet\w+|miles?|metres?|meters?|years?|year-old|-year-old|yrs|pm|am|a\.m\.|p\.m\.|"
    r"percent|per\s+cent|%|hours?|minutes?|seconds?|days?|weeks?|months?|dollars?|rupees?|naira|shillings?|"
    r"pesos?|euros?|billion|million|vehicles?|cars?|trucks?|houses?|homes?|shops?|buildings?|rounds?|"
    r"times|kg|kilograms?|tons?|tonnes?|o'clock|attacks?|incidents?|bombs?|rockets?|grenades?|groups?|"
    r"provinces?|districts?|villages?|countries|cases?|suspects?|arrests?|motorcycles?|points?|goals?|"
    r"of\s+the\s+\w+\s+(?:attacks|incidents)|cents?)\b(?![\w-]*\s+(?:\([^)]{1,20}\)\s+)?(?:drivers?|riders?|passengers?|owners?|heads|chiefs|elders|leaders|"
    r"chairm[ae]n|guards|teachers|officials))",  # "two village heads", "three bus drivers": people
    re.I,
)
_UNIT_NUMBER = re.compile(r"(?:st|nd|rd|th)?\s+(?:Bn|Bns|Battalion|Brigade|Regiment|Division|Corps|Squadron|Coy|Company|Sector|"
                          r"Wing|Infantry|Rifles|Mechanised|Mechanized)\b")
_NAMED_UNIT_NUMBER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,2}(?:Brigade|Battalion|Regiment|Division|Corps|Squadron)\b")
# arms and kit seized, named by their model: "2 General Purpose Machine Guns, 11 AK-47 rifles"
_ARMS = re.compile(r"^\s*(?:[A-Z0-9][\w-]*\s+){0,4}(?i:guns?|rifles?|pistols?|launchers?|tubes?|magazines?|"
                   r"ammunition|explosives|detonators?|radios?|phones?)\b")
_NONE = re.compile(
    r"\b(?:no\s+(?:casualt(?:ies|y)|injur(?:ies|y)|deaths?|fatalit(?:ies|y)|loss\s+of\s+life)(?:\s*(?:,|or|and|nor)\s*(?:injur\w+|casualties|deaths))*|no\s+(?:loss|harm|damage)\s+(?:or|and|nor)\s+injur\w+|no\s*(?:one|body)\s+(?:was|were)\s+"
    r"(?:killed|hurt|injured|harmed|wounded)(?:\s+or\s+(?:killed|hurt|injured|harmed|wounded))?|"
    r"nobody\s+(?:was\s+)?(?:killed|hurt|injured|harmed)(?:\s+or\s+(?:killed|hurt|injured|harmed|wounded))?|"
    r"without\s+(?:causing\s+)?(?:any\s+)?(?:casualties|injuries|(?:human|loss\s+of)\s+(?:losses|life|lives))|escaped\s+(?:unhurt|unharmed|unscathed)|"
    r"(?:released|freed|rescued)\s+[^.;]{0,40}?\bunharmed|(?:was|were)\s+not\s+(?:harmed|hurt|injured)|"
    r"caused\s+no\s+(?:casualties|injuries)|(?:none|neither)\s+(?:of\s+them\s+)?fatally|"  # "28 were injured, none of them fatally"
    r"(?:but\s+)?(?:killed|killing)\s+no\s*(?:one|body)|"
    # (translated copy: "There were no persons dead", "There were neither wounded nor dead among the officials")
    r"there\s+(?:were|was)\s+(?:no\s+(?:persons?|people)\s+(?:dead|killed|wounded|injured)|neither\s+(?:wounded|injured|dead)\s+nor\s+"
    r"(?:wounded|injured|dead))|(?:crew|passengers|everyone|all\s+(?:\w+\s+)?on\s+board)\s+(?:were|was)\s+"
    r"(?:reported\s+)?(?:safe|unharmed|unhurt))\b",
    re.I,
)
_ATTACKER_INCL = re.compile(
    r"\b(?P<incl>including|among\s+them|among\s+whom|as\s+well\s+as|and|plus|in\s+addition\s+to|along\s+with|besides)\s+(?:the\s+|all\s+|all\s+the\s+)?(?P<n>\w+\s+)?"
    r"(?P<who>(?:suicide\s+)?bombers?|attackers?|assailants?|gunm[ae]n|militants?|perpetrators?)\b",
    re.I,
)
ATTACKER_ALSO = re.compile(
    r"\b(?:the\s+)?(?:suicide\s+)?(?:bomber|attacker|assailant|gunman)\s+(?:was|were)\s+(?:also\s+)?killed|"
    r"\b(?:the\s+)?(?:bomber|attacker)(?:,\s+[^,.;]{1,80},)?\s+(?:also\s+)?died\b|"  # "The bomber, a young man ..., also died"
    r"\band\s+the\s+driver\s+(?:also\s+)?died\s+with\s+them\b|"  # "23 soldiers were killed ..., and the driver died with them"
    # "The author of the act, who drove the vehicle, loaded with ... pentolite, perished in the detonation"
    r"\b[Tt]he\s+(?:author|perpetrator)\s+of\s+the\s+(?:act|attack|bombing)(?:,[^.;]{1,160},)?\s+(?:also\s+)?"
    r"(?:died|perished|was\s+killed)\b|"
    # "The figures do not include the bomber", "not counting the attacker"
    r"\b(?:figures?|toll|numbers?|count|[Ii]t|[Tt]his)\s+(?:do|does|did)\s+not\s+include\s+the\s+(?:suicide\s+)?(?:bomber|attacker|assailant)\b|"
    r"\bnot\s+(?:counting|including)\s+the\s+(?:suicide\s+)?(?:bomber|attacker|assailant)\b|"
    r"\b(?:besides|in\s+addition\s+to|as\s+well\s+as|along\s+with|and)\s+(?:himself|herself)\b|"
    # "A female suicide bomber blew herself up ..., killing five civilians; she also died." (a bomber who only
    # "blew himself up" is not added: a report's toll of a suicide attack is its victims unless it says more)
    r"\bbomber\b[^.;]*?[;,]\s*(?:he|she)\s+(?:also\s+)?died\b",
    re.I,
)


_OTHER_ESTIMATE = re.compile(r"\b(?:though|although|while|but|whereas)\s+(?:[\w'’-]+\s+){1,5}?put\s+(?:the\s+)?(?:number\s+of\s+"
                             r"(?:the\s+)?(?:dead|deaths|people\s+killed)|(?:death\s+)?toll)\s+(?:at|as\s+high\s+as)\s+"
                             r"(?:close\s+to\s+|nearly\s+|about\s+|around\s+|almost\s+|more\s+than\s+|at\s+least\s+|over\s+)?$", re.I)
_RISEN_TO = re.compile(r"\b(?:risen|rose|climbed|increased|jumped|reached|stands\s+at|stood\s+at)\s+(?:to\s+)?(?:at\s+least\s+)?$|"
                       # "before police revised it to 84"
                       r"\brevised\s+(?:it|the\s+(?:death\s+)?toll|the\s+figure|the\s+number)\s+(?:down(?:wards?)?\s+|up(?:wards?)?\s+)?to\s+$|"
                       r"\btoll\s+(?:is\s+|was\s+)?now\s+(?:at|stands\s+at)\s+(?:at\s+least\s+)?$|"  # "Toll now at 91"
                       # "The toll rose to 24 by midday and to 26 by evening": the last figure
                       r"\b(?:risen|rose|climbed|increased|jumped)\s+to\s+[^.;]{1,50}?\band\s+(?:then\s+)?to\s+(?:at\s+least\s+)?$|"
                       r"\b(?:bringing|brought|brings|taking|raising|pushing)\s+(?:the\s+)?(?:overall\s+|total\s+)?"
                       r"(?:death\s+toll|toll|number\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?(?:dead|deaths|killed|victims|fatalities|wounded|injured))"
                       # ("bringing the total death toll in the Salt raid to eight")
                       r"(?:\s+(?:in|from|of|for)\s+(?:the\s+)?[^.;,]{1,40}?)?\s+to\s+(?:at\s+least\s+)?$|"
                       # "raised the death toll from an attack on its position at Ngouboua ... to 24 soldiers"
                       r"\b(?:raised|revised|updated)\s+(?:the\s+)?(?:death\s+)?toll\b[^.;]{0,90}?\bto\s+$|"
                       # "the number of victims is 59 and not 62", "the death toll was 12"
                       r"\b(?:(?:death\s+)?toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims|fatalities|people\s+killed))\s+"
                       r"(?:is|was|now\s+is|totals|totalled|totaled)\s+(?:now\s+)?(?:at\s+least\s+)?$", re.I)
_TOLL = re.compile(r"\btoll\b|\bnumber\s+of\s+(?:the\s+)?(?:victims|dead|fatalities)\b", re.I)  # "the toll rose to 26": a toll without a word for the wounded is of the dead
# the counted people met another fate: "one gunman was killed and the other three were arrested"
# people whose own verb follows and is not a casualty's: "several hundred people fled", "thousands were displaced"
_FLED = re.compile(r"\s*(?:hundred\s+|thousand\s+)?(?:[\w'’-]+\s+){0,2}?(?:fled|escaped|were\s+displaced|have\s+fled|"
                   r"had\s+fled|were\s+forced\s+to\s+flee|sought\s+refuge)\b", re.I)
_OTHER_FATE = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been)\s+(?:later\s+|also\s+)?"
    r"(?:arrested|detained|captured|rescued|freed|released|evacuated|unharmed|unhurt|safe|taken\s+into\s+custody|"
    r"questioned|held|missing|unaccounted\s+for|still\s+missing|reported\s+missing|listed\s+as\s+missing)\b",
    re.I,
)
# the counted people did it: "two gunmen broke into the home ... and shot him dead"
_AGENTS = re.compile(
    r"\s*(?:(?!(?:when|as|after|while|and|or|were|was|wounded|injured|killed|dead|hurt)\b)[\w-]+\s+){0,2}?(?:gunm[ae]n|attackers?|assailants?|militants?|fighters?|insurgents?|rebels?|bandits?|maoists?|naxal(?:ite)?s?|"
    r"(?:armed\s+|masked\s+)?men|(?:suicide\s+)?bombers?|kidnappers?|abductors?)\s+(?:broke|stormed|opened|attacked|"
    r"arrived|entered|rode|drove|threw|planted|set|took|seized|abducted|kidnapped|fired|burst|forced|stopped|rounded|"
    r"blocked|raided|ambushed|approached|riding|armed\s+with|on\s+(?:a\s+)?motorcycles?|on\s+(?:a\s+)?motorbikes?|in\s+a\s+car|"
    r"shot\s+(?:a|an|the|two|three|at)|dressed|dragged|surrounded|"
    r"fled|escaped|came|arrived|looted|torched|burned|rode)\b",
    re.I,
)
# a sentence that breaks down a toll already given: "The dead included nine recruits and three civilians"
_BREAKDOWN = re.compile(
    r"\W*(?:the\s+(?:dead|victims|killed|casualties|injured|wounded|fatalities)\s+(?:included|include|were|are|comprised)|"
    r"among\s+(?:the\s+)?(?:dead|victims|killed|casualties|injured|wounded|those\s+killed))\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Casualty:
    kind: str  # killed | injured | kidnapped
    count: Count
    noun: str  # the words naming the victims
    noun_start: int
    noun_end: int
    category: str | None
    plus_one: bool  # "the councillor and two others"
    part: bool = False  # inside an apposition breaking down an earlier count ("— nine civilians and two soldiers —")


@dataclass
class Toll:
    best: int | None = None
    low: int | None = None
    high: int | None = None
    civilians: int | None = None
    security_forces: int | None = None
    militants: int | None = None
    spans: list[tuple[int, int]] | None = None


_NOUN_STOP = {
    "were", "was", "have", "has", "had", "are", "is", "who", "that", "which", "killed", "dead", "died",
    "injured", "wounded", "hurt", "kidnapped", "abducted", "in", "at", "on", "near", "during", "from",
    "and", "when", "after", "by", "as", "with", "while", "lost", "also", "including", "included", "includes", "to", "besides",
    "plus", "along", "among", "hostage", "hostages", "captive", "before", "until", "inside", "for",
    "said", "say", "says", "told", "confirmed", "added", "stated", "resulted", "remained", "got", "became",
    # when, not whom: "wounded 30 late on Friday", "killed 12 overnight"
    "late", "early", "overnight", "yesterday", "today", "tonight", "last", "this",
}
# "members of the Dawlah Islamiyah-Maute Group", "fighters of the ADF": of an armed group by its name
_OF_ARMED_GROUP = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,5}?(?:[A-Z][\w'’-]*-)?(?:Group|Front|Army|Movement|"
                             r"Brigades?|Battalion|Militia|Force|Forces|Organi[sz]ation|Islamiyah|Islamiya|State|Taliban|"
                             r"al-Shabaab|Boko\s+Haram)\b|\s+of\s+(?:the\s+)?(?-i:[A-Z]{2,6})\b|"
                             # "Two members of the cell were killed in an exchange of fire"
                             r"\s+of\s+(?:the|a|an|that|this)\s+(?:[\w-]+\s+)?(?:cell|gang|militia|armed\s+group|terrorist\s+group)\b")
_ANOTHER_VERB = re.compile(r"\b(?:and|but)\s+(?:then\s+)?(?:blames?|blamed|blaming|says?|said|accuses?|accused|calls?|called|"
                           r"describes?|described|puts?|estimates?|estimated)\b", re.I)
_HOSTAGES_KILLED = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:hostages?|captives?)\s+(?:and\s+(?:[\w'’-]+\s+){1,3}?)?"
                              r"(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?(?:killed|executed|shot\s+dead|found\s+dead|dead)\b",
                              re.I)
_TOLL_INCLUDED = re.compile(r"\b(?:figure|toll|total|number|count|tally|dead)\s+(?:\w+\s+)?(?:included|includes|including)\s+"
                            r"(?:at\s+least\s+)?$", re.I)
_ATTACKERS_NUMBERED = re.compile(r"\b(?:attackers|assailants|gunmen|militants|fighters|insurgents|raiders|bandits|jihadists)"
                                 r"\b[^.;]{0,50}?\b(?:estimated|numbering|numbered|put|reckoned|said\s+to\s+number)\s+"
                                 r"(?:[\w'’-]+\s+){0,3}?(?:at\s+)?(?:around|about|some|nearly|up\s+to|more\s+than|over)?\s*$", re.I)
_NOT_HARMED = re.compile(r"[^.;,]{0,60}?\b(?:were|was|are|is)\s+(?:not|never)\s+(?:\w+\s+)?(?:injured|hurt|wounded|harmed|killed)\b",
                         re.I)
_SPEECH_VERB = r"(?:said|say|says|told|confirmed|added|stated)\b"
_SPEAK = re.compile(r"\s*" + _SPEECH_VERB)
_AND_ANOTHER_SPEAKS = re.compile(r"\s+and\s+(?:an?|the|one|two|three|four|five|several|\d+)\s+(?:[\w'’-]+\s+){0,3}?"
                                 + _SPEECH_VERB)
_SUSPECTS = re.compile(r"\s*suspects\b")
_SHOT_BEFORE = re.compile(r"\b(?:shot\s+dead|killed|gunned\s+down|shot)\s+(?:at\s+least\s+)?$")


# an aside in brackets inside a noun: "Two motorcycle-taxi (ojek) drivers"
_ASIDE = re.compile(r"\((?=[^()]*[A-Za-z])[^()]{1,30}\)")


def _noun_after(window: str, base: int, repeat: int | None = None) -> tuple[str, int]:
    """The words naming the counted people ("Chinese nationals", "other passengers")."""
    m = re.match(r"\s*(?:of\s+(?:the\s+|them\s*)?)?", window)
    pos = m.end() if m else 0
    # "Two motorcycle-taxi (ojek) drivers": an aside in brackets is no end of the noun
    window = blank(_ASIDE, window)
    # (and an official text's figure ``repeat`` told again in brackets: "fourteen (14) terrorist elements")
    if repeat is not None:
        window = blank(re.compile(rf"^\s*\(0*{repeat}\)"), window)
    words: list[str] = []
    first = None
    for w in re.finditer(r"(?:[A-Z]\.){2,}|[\w'’-]+|[^\w\s]", window[pos:]):  # "Two U.S. missionaries"
        token = w.group(0)
        if not re.match(r"[\w]", token) or token.lower() in _NOUN_STOP or len(words) >= 6:
            break
        if first is None:
            first = pos + w.start()
        words.append(token)
    if not words or first is None:
        return "", base
    noun = " ".join(words)
    return noun, base + first


def _noun_end(text: str, start: int, noun: str) -> int:
    """End offset of ``noun`` in ``text`` from ``start``, spaces as the text has them."""
    if not noun:
        return start
    pos = start
    for word in noun.split(" "):
        idx = text.find(word, pos)
        if idx < 0:
            return start
        pos = idx + len(word)
    return pos


# roles a person is named by: "the local treasurer of the party", "two directors" (the words _PERSONS also counts people by)
_ROLE = r"treasurer|secretary|director|chairwoman|president|editor|minister|tycoon|manager|guide|coordinator"
_VICTIM = (r"(?:police(?:man|woman)|patrolman|officer|soldier|civilian|child|woman|man|boy|girl|student|teacher|worker|"
           r"engineer|journalist|guard|bodyguard|driver|passenger|farmer|trader|shopkeeper|villager|resident|"
           r"pilgrim|worshipper|cleric|imam|priest|pastor|official|councill?or|judge|lawyer|doctor|nurse|"
           r"constable|sergeant|member|leader|elder|chief|commander|militant|attacker|bystander|person|"
           r"national|tourist|contractor|jawan|trooper|ranger|conscript|recruit|reservist|security\s+guard|aid\s+worker|second|third|fourth|fifth|"
           r"candidate|commentator|broadcaster|reporter|activist|politician|lawmaker|senator|mayor|governor|"
           r"commissioner|prosecutor|businessman|businesswoman|vendor|labou?rer|guest|customer|head|administrator|"
           r"diplomat|ambassador|shepherd|herder|miner|husband|wife|son|daughter|brother|sister|mother|father|"
           r"step(?:sister|brother|father|mother|son|daughter)|cousin|nephew|niece|uncle|aunt|"
           r"cashier|colleague|companion|relative|neighbou?r|owner|employee|clerk|watchman|motorist|motorcyclist|"
           r"pedestrian|photographer|cameraman|volunteer|monk|nun|recruit|cadet|pupil|headmaster|principal|lecturer|"
           r"professor|gunman|bomber|assailant|fighter|rebel|insurgent|hostage|captive|victim|headman|mukhtar|chairman|passer-?by|"
           r"chieftain|councilwoman|councilman|legislator|magistrate|bishop|archbishop|cardinal|rabbi|sheikh|mullah|"
           r"missionary|seminarian|catechist|deacon|preacher|scholar|cleric|tapper|guide|interpreter|translator|escort|detective|"
           r"waitress|waiter|cook|chef|barman|bartender|cleaner|maid|housemaid|nanny|janitor|receptionist|salesman|saleswoman|"
           # ranks and services ("A corporal was hit in the arm")
           r"corporal|lance\s+corporal|lieutenant|captain|colonel|gendarme|carabinero|inspector|superintendent|marine|sailor|"
           r"paratrooper|commando|militiaman|vigilante|firefighter|paramedic|medic|sentry|warden|guardsman|"
           + _ROLE + r")")
_DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "he", "she", "another", "one other"}
_HURT = (_LIMB_WOUND + r"|(?:still\s+)?being\s+treated\s+(?:for|in)|shot\s+in\s+the\s+\w+\s+and\s+(?:later\s+)?(?:died|succumbed)|killed|injured|wounded|hurt|hit\s+by\s+(?:a\s+)?(?:stray\s+)?(?:bullets?|shrapnel|gunfire)|shot\s+dead|shot\s+and\s+(?:killed|wounded|injured)|shot|kidnapped|abducted|"
         r"gunned\s+down|beheaded|(?:stabbed|beaten|hacked|bludgeoned|clubbed|stoned|burned|strangled)\s+to\s+death|"
         r"murdered|martyred|assassinated")
# one person, told without a number: "a policeman was killed", "shooting dead a man", "her husband wounded"
_SINGULAR = re.compile(
    rf"\b(?P<a>[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?P<noun>(?:[\w'’-]+\s+){{0,2}}?{_VICTIM})"
    # (the words between hold no other count: "and a coast guard member - and that 81 people had been wounded")
    rf"(?:\s+(?:who|whose)\s+[^,.;]{{0,120}}?|\s+(?:(?!\d|\s[-–—]\s)[^,.;]){{0,60}}?)??"
    rf"(?:,?\s+aged\s+\d{{1,3}}(?:\s+years)?,?)?"  # "a rubber tapper Muslim man aged 41 years was shot dead"
    rf"(?:,\s+(?:who|whose)\s+[^,.;]{{0,90}},|,\s+[^,.;]{{1,50}},)?"
    rf"\s+(?:who\s+)?(?:was|has\s+been|had\s+been|is)\s+"
    rf"(?:also\s+|later\s+|reportedly\s+|critically\s+|seriously\s+|slightly\s+|lightly\s+)?"
    rf"(?:(?:ambushed|attacked|abducted|stopped|dragged\s+out)\s+and\s+)?(?P<verb>(?:fatally\s+)?(?:{_HURT}))\b|"
    # ("On Tuesday evening, two days after ..., he was shot dead outside his home")
    rf"\b(?P<a4>He|She|(?<=\b(?:but|and)\s)(?:he|she)|(?<=[;:,]\s)(?:he|she))\s+(?:later\s+|subsequently\s+)?(?P<verb4>died|"
    rf"was\s+(?:declared\s+|pronounced\s+)?dead|succumbed|was\s+killed|"
    rf"sustained\s+(?:[\w-]+\s+){{0,2}}?(?:injuries|wounds)|"  # "He sustained life-changing injuries"
    rf"was\s+(?:shot\s+dead|shot\s+and\s+killed|gunned\s+down|"
    rf"stabbed\s+to\s+death|hacked\s+to\s+death|beaten\s+to\s+death|murdered|assassinated|beheaded)"
    # (not the attacker stopped: "he was shot dead by police")
    rf"(?!\s+by\s+(?:the\s+)?(?:police|security|officers|soldiers|troops|forces|army|guards|special\s+forces)))\b|"
    rf"\b(?P<a3>[Aa]n?|[Oo]ne)\s+(?P<noun3>(?:[\w'’-]+\s+){{0,2}}?{_VICTIM})(?:\s+of\s+(?:the\s+)?[\w'’ -]{{1,40}}?)?"
    rf"(?:,\s+[^,.;]{{1,50}},)?\s+(?:later\s+|also\s+)?(?P<verb3>died|dies|die|succumbed|lost\s+(?:his|her|their)\s+life)\b|"
    rf"\b(?P<verb2>(?:fatally\s+)?(?:killing|killed|injuring|injured|wounding|wounded)|kidnapping|kidnapped|abducting|abducted|shot\s+dead|"
    rf"shooting\s+dead|gunned\s+down|gunning\s+down|stabbing\s+to\s+death|stabbed\s+to\s+death)\s+"
    rf"(?P<a2>an?|the|his|her|their|its)\s+(?P<noun2>(?:[\w'’-]+\s+|\([\w'’ -]{{1,20}}\)\s+){{0,3}}?{_VICTIM})\b(?!['’]?s\b)|"
    rf"\band\s+(?P<a5>his|her|their|an?|one)\s+(?P<noun5>(?:[\w'’-]+\s+){{0,1}}?{_VICTIM})\s+(?P<verb5>wounded|injured|hurt)\b|"
    rf"\b(?P<verb6>wounded|injured|wounding|injuring|killing|killed)\s+(?P<a6>another|one\s+other)\b(?!\s+[\w-]+s\b)"
    rf"(?:\s+(?P<noun6>(?:[\w'’-]+\s+)?{_VICTIM})\b)?|"  # "a roadside bomb killed another officer"
    rf"\b(?P<a9>another|one\s+other)(?:\s+(?:[\w'’-]+\s+){{0,2}}?{_VICTIM})?\s+(?:(?:was|were)\s+(?:\w+\s+)?)?"
    rf"(?P<verb9>injured|wounded|hurt|killed)\b|"  # "and another policeman wounded"
    rf"\b(?P<a10>[Aa]n?|[Oo]ne|[Tt]he)\s+(?P<noun10>(?:[\w'’-]+\s+){{0,2}}?{_VICTIM})(?:,\s+(?:who|whose)\s+[^,.;]{{0,90}},)?\s+(?:also\s+)?"
    rf"(?P<verb10>sustained\s+(?:\w+\s+)?(?:injuries|wounds)|(?:escaped|survived|was\s+rescued|was\s+left)\s+with\s+"
    rf"(?:\w+\s+){{0,2}}?(?:injuries|wounds))\b|"
    rf"\b(?P<verb7>(?:shot|stabbed|beat|hacked|burned|killed|killing|murdered|executed|beheaded)\s+(?P<a7>him|her)\b"
    rf"(?:\s+(?:dead|to\s+death))?)|"
    rf"\band\s+(?P<a8>a|an|one)\s+(?P<noun8>(?:[\w'’-]+\s+){{0,2}}?{_VICTIM})\s+were\s+(?:\w+\s+)?(?P<verb8>{_HURT})\b|"
    # one person by a full name: "Abdulghani al-Kikli, commander of the SSA, was shot dead"
    rf"(?<!,\s)(?<![\w'’-])(?P<a11>[A-Z][a-z][\w'’.-]*(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von)[- ])?[A-Z][a-z][\w'’.-]*){{1,3}})"
    rf"(?:,\s+[^.;]{{1,120}}?,)?\s+(?:was|had\s+been|has\s+been)\s+(?:reportedly\s+|later\s+|also\s+)?"
    rf"(?P<verb11>shot\s+dead|killed|assassinated|murdered|gunned\s+down|stabbed\s+to\s+death|beheaded|shot\s+and\s+killed)\b"
    r"(?!\s+(?:along|together)\s+with)"  # "was killed along with two other people": the count that follows has him
    # "a man detonated explosives he was carrying on a passenger bus, killing himself and wounding three passengers"
    rf"|\b(?P<verb16>killing|killed)\s+(?P<a16>himself|herself)\b(?!\s+and\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+)?\d)"
    # "The man who died in an explosion in central Stockholm ... was carrying several pipe bombs"
    rf"|\b(?P<a13>[Tt]he)\s+(?P<noun13>man|woman|person|bomber|attacker|assailant|suspect|boy|girl)\s+"
    rf"who\s+(?P<verb13>died|was\s+killed)\b"
    # one person by a full name after the deed, told by an aside that follows: "ETA also admitted killing Isaías
    # Carrasco, a 42-year-old former councillor"
    rf"|\b(?P<verb12>killing|murdering|assassinating)\s+(?P<a12>[A-Z][a-zà-ÿ'’.-]+(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von)[- ])?"
    rf"[A-Z][a-zà-ÿ'’.-]+){{1,3}}),\s+(?:(?P<noun12>(?:a|an|the)\s+[^,.;()]{{1,60}})|who\s|aged\s)"
)


# the people named beside a count as their companions, before the verb: "six aid workers, together with their Nigerien
# guide and driver, were killed"
_COMPANIONS = re.compile(
    rf",?\s+(?:together|along)\s+with\s+(?:their|his|her|the|a|an)\s+(?P<first>(?:[\w'’-]+\s+){{0,2}}?{_VICTIM})"
    rf"(?:\s+and\s+(?:(?:a|an|their|his|her|the)\s+)?(?P<second>(?:[\w'’-]+\s+)?{_VICTIM}))?\s*,?\s+"
    r"(?:were|was|had\s+been|have\s+been)\b")
_AND_ONE_MORE = re.compile(
    rf"\b(?P<verb>killing|killed|wounding|wounded|injuring|injured)\s+(?:an?|one|the|his|her|their)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?{_VICTIM}\s+and\s+(?P<a>an?|one)\s+(?P<noun>(?:[\w'’-]+\s+){{0,2}}?{_VICTIM})\b")
# "killing a woman and her son": the second, of the family of the first
_AND_KIN = re.compile(
    rf"\b(?P<verb>killing|killed|shot\s+dead|gunned\s+down|wounding|wounded|injuring|injured)\s+(?:an?|one|the)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?{_VICTIM}\s+and\s+(?P<a>his|her)\s+(?P<noun>(?:[\w-]+-(?:year|month)-old\s+)?(?:young|infant|baby|teenage|elder|"
    rf"younger|older|eldest|youngest|pregnant|elderly)?\s*(?:son|daughter|wife|husband|child|baby|brother|sister|"
    rf"mother|father|nephew|niece|grandson|granddaughter|grandchild))\b")
# the suffixes of the alternatives of _SINGULAR ("a", "a2", ... name the word that counts one)
_SINGULAR_FORMS = tuple(name[1:] for name in _SINGULAR.groupindex if re.fullmatch(r"a\d*", name))


_PERSONS = re.compile(
    r"\b(?:people|persons?|individuals|others?|victims?|casualties|bodies|family|families|men|man|women|woman|"
    r"children|child|boys?|girls?|babies|infants|youths?|adults|members|of\s+(?:them|whom|those)|minors?|teenagers?|"
    r"relatives|brothers?|sisters?|sons?|daughters?|grandchildren|chiefs?|elders?|leaders?|(?:village|community|clan|tribal)\s+heads|"
    r"contractors?|employees?|staff|crew|personnel|officials?|guards?|labou?rers?|miners?|drivers?|traders?|"
    r"vendors?|hunters?|patients?|customers?|shoppers?|clients?|diners?|patrons?|tappers?|loggers?|motorists?|"
    r"cyclists?|pedestrians?|commuters?|spectators?|fans?|players?|voters?|protesters?|demonstrators?|mourners?|"
    r"guests?|inmates?|prisoners?|detainees?|migrants?|refugees?|volunteers?|monks?|nuns?|hawkers?|porters?|(?:" + _ROLE + r")s?|"
    r"colleagues?|co-?workers?|classmates?|companions?|"
    r"herd(?:er|sm[ae]n)s?|shepherds?|fishermen|fisherman|farmers?|villagers?|residents?|worshipp?ers?|pilgrims?|"
    r"[A-Z][a-z]+(?:an|ans|ian|ians|ese|ish|i|is))\b|^(?:[A-Z][\w'’-]+\s*)+$",
)


# the last word of a counted noun that names things, not people: "four commuter trains", "two passenger buses"
_THING_HEAD = re.compile(r"\b(?:trains?|buses|cars|vehicles|trucks|lorries|houses|homes|buildings|shops|stores|churches|"
                         r"mosques|schools|villages|towns|camps|checkpoints|convoys|boats|ships|planes|aircraft|helicopters|"
                         r"bombs|devices|rounds|shells|rockets|missiles|drones|carriages|coaches|minibuses|stations|"
                         r"tankers|motorcycles|motorbikes)$", re.I)


def _skip_apposition(window: str) -> str:
    """Drop a dashed or bracketed aside so the verb after it is found ("eleven people — nine civilians — were killed")."""
    return re.sub(r"\s*(?:—|–|--)[^—–]*(?:—|–|--)\s*|\s*\([^)]*\)\s*", " ", window)


ORDINALS = {w: i for i, w in enumerate("second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 2)}
_NTH_VICTIM = re.compile(r"\b(?:[Aa]|[Tt]he)\s+(?P<nth>" + "|".join(ORDINALS) + r")\s+(?:[\w'’-]+\s+){0,2}?"
                         r"(?:victim|villager|person|man|woman|soldier|policeman|officer|civilian|passenger|worker|child|"
                         r"farmer|resident|body)\b(?=[^.;]{0,150}?\b(?:died|was\s+killed|succumbed|was\s+found\s+dead))",
                         re.I)
_UPDATE = re.compile(r"\b(?:rose|risen|climbed|increased|jumped|reached|revised|raised|now\s+stands|has\s+risen|updated|"
                     r"(?:bringing|brought|taking|raising|pushing)\s+(?:the\s+)?(?:overall\s+|total\s+)?(?:death\s+toll|toll|number)|"
                     r"(?:a|the)\s+(?:" + "|".join(ORDINALS) + r")\s)\b", re.I)


def _verb_class(text: str) -> str | None:
    hits = []
    for kind, pattern in (("killed", KILL), ("injured", INJURE), ("kidnapped", KIDNAP)):
        m = pattern.search(text)
        if m:
            hits.append((m.start(), kind))
    return min(hits)[1] if hits else None


# ages told after a count: "Two men aged 67 and 56"
_AGES = re.compile(r"\baged\s+(?:(?:about|around|approximately|roughly|between)\s+)?\d{1,3}(?:\s*(?:,|and|or)\s*\d{1,3})*\b")


# the bomber died with the attack: "blew himself up", "detonated her explosives"
_BOMBER_DIED = re.compile(r"\b(?:blew\s+(?:himself|herself|themselves)\s+up|detonated\s+(?:his|her|their)\s+"
                          r"(?:explosives?|vests?|belts?|charges?)|suicide\s+bomber\s+(?:\w+\s+){0,3}?(?:struck|attacked|rammed))\b",
                          re.I)


def _lower_keeping_offsets(text: str) -> str:
    """The text in small letters, each character in its place (a letter whose small form is longer, as "İ"'s is,
    is left as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def find_casualties(text: str, start: int, end: int, settings: ExtractSettings,
                    skip: list[tuple[int, int]] | None = None) -> list[Casualty]:
    """Counts of victims in one sentence, each tied to killed, injured or kidnapped."""
    skip = skip or []
    counts = [c for c in find_counts(text, start, end, settings)
              if not any(c.start < b and c.end > a for a, b in skip)
              and not _UNIT_NUMBER.match(text, c.end)  # "CoBRA 201 Bn": a unit's number, no count
              and not (c.text.isdigit() and _NAMED_UNIT_NUMBER.match(text, c.end))]  # "the 444 Combat Brigade"
    out: list[Casualty] = []
    sentence_text = text[start:end]
    apposition_until, apposition_kind = -1, ""
    totals: dict[int, str] = {}  # counts that restate the whole toll, by where they start
    for i, c in enumerate(counts):
        if re.search(r"\b(?:no|any|every|not\s+a\s+single)\s*$", text[max(start, c.start - 18):c.start], re.I):
            continue
        after_end = counts[i + 1].start if i + 1 < len(counts) else end
        after = re.sub(r"^\s*\(\s*\d+\s*\)", "", text[c.end:after_end])  # "one (01) vehicle damaged"
        # (suspects are people when they were shot: "Police said they shot dead four suspects")
        if (_NOT_PEOPLE.match(after) and not (_SUSPECTS.match(after) and _SHOT_BEFORE.search(text[max(start, c.start - 30):c.start])))\
                or _ARMS.match(after) or re.match(r"^\s*(?:-|–)\s*\w", after) \
                or re.match(r"[:.h]\d\d\b", text[c.end:c.end + 3]):  # "at about 5:30 pm", "09h30"
            continue
        if text[max(start, c.start - 1):c.start] in {"$", "#"}:
            continue
        if any(a.start() < c.start < a.end() for a in _AGES.finditer(text, max(start, c.start - 40), min(end, c.end + 20))):
            continue  # "two men, aged around 35 and 65, wounded": their ages
        if _SPEAKERS.match(text, c.end):
            continue  # "Two residents reached by phone said they had seen the bodies": those who told it
        if _UNIT_OF.search(text, max(start, c.start - 40), c.start):
            continue  # "ambushed a military column of about 60 troops ..., killing at least 15": the column's size
        if c.best is None and i > 0 and re.match(r"\s+more\b", text[c.end:c.end + 6]):
            continue  # "the bodies of 18 rebels and believed many more were killed": the 18 counted, the rest guessed
        if c.text.isdigit() and (re.match(r"[/.]\d{1,2}\b", text[c.end:c.end + 3])
                                 or re.search(r"\b\d{1,2}[/.]$", text[max(start, c.start - 3):c.start])):
            continue  # "18/11 – Gunmen shot dead ...": a day of the month, not people
        if re.search(r"\b(?:not\s+counting|not\s+including|excluding|besides|apart\s+from)\s+(?:the\s+)?$",
                     text[max(start, c.start - 24):c.start], re.I) and re.match(
                r"\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+and\b", text[c.end:c.end + 40]):
            # "30 bodies, not counting the three bombers, and 42 people were taken to hospital": set aside, not
            # more of the wounded that follow
            continue
        if re.search(r"\bfrom\s+$", text[max(start, c.start - 6):c.start]) and re.match(
                r"\s+to\s+(?:at\s+least\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)",
                text[c.end:c.end + 30], re.I):
            continue  # "revised, from 15 to 27": the figure left behind
        if re.match(r"\s+(?:by|on|in|at)\s+[^,.;]{1,25}?\s+and\s+(?:then\s+)?to\s+(?:at\s+least\s+)?(?:\d|one|two|three|four|five|"
                    r"six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)", text[c.end:c.end + 60], re.I):
            continue  # "rose to 24 by midday and to 26 by evening": the figure it rose past
        if re.search(r"\bnumber\s+of\s+(?:[\w-]+\s+)?(?:targets|sites|positions|depots|caves|shelters|hideouts|vehicles|buildings|"
                     r"homes|houses|villages|strikes|raids|operations)\b[^.;]{0,60}$", text[max(start, c.start - 90):c.start], re.I):
            continue  # "the number of targets \"neutralised\" had risen to 47": things, not people
        if re.search(r"\bby\s+(?:some\s+|about\s+|around\s+|at\s+least\s+)?$", text[max(start, c.start - 20):c.start], re.I) and re.match(
                r"\s*(?:[\w-]+\s+)?(?:armed\s+(?:men|individuals|assailants)|gunm[ae]n|attackers|assailants|militants|fighters|"
                r"bandits|kidnappers|abductors|insurgents|rebels|terrorists|men)\b", text[c.end:c.end + 30], re.I):
            continue  # "seized by four armed men": those who did it, not those it was done to
        if re.search(r"\b(?:initial|initially|earlier|first|preliminary|early)\s+(?:reports?|figures?|accounts?|tolls?|counts?)\s+"
                     r"(?:had\s+)?(?:said|says|put|showed|indicated|suggested|spoke\s+of)\b[^.;]{0,40}$",
                     text[max(start, c.start - 80):c.start], re.I) and re.search(
                r"\b(?:now|later|since|subsequently)\s+(?:says?|said|puts?|put|stands?|stood)\b|\b(?:revised|updated|corrected)\b",
                text[c.end:end], re.I):
            continue  # "Initial reports said two people were hurt; the ministry now says three": the figure replaced
        if re.search(r"\b(?:first|initially|earlier)\s+(?:gave|put|reported|announced|had)\s+(?:a|the)\s+(?:death\s+)?"
                     r"(?:toll|figure)\s+(?:of|at)\s+$", text[max(start, c.start - 50):c.start], re.I) and re.search(
                r"\b(?:revised|corrected|lowered|raised)\b", text[c.end:end], re.I):
            continue  # "Officials first gave a toll of 101 before police revised it to 84": the figure replaced
        if re.search(r",\s+not\s+$", text[max(start, c.start - 8):c.start]) and re.match(
                r"\s+as\s+(?:we\s+|was\s+|had\s+been\s+)?(?:first\s+|earlier\s+|previously\s+|initially\s+)?reported", text[c.end:c.end + 40]):
            continue  # "killed 14 civilians, not 9 as we reported": the figure corrected
        if re.search(r"\b(?:may|might|could|would)\s+(?:well\s+)?(?:be|reach|exceed|rise\s+to|climb\s+to)\s+(?:as\s+high\s+as\s+|up\s+to\s+)?$",
                     text[max(start, c.start - 40):c.start], re.I):
            continue  # "the true number may be as high as 180": a guess, not a count
        if re.search(r"\b(?:sentenced|convicted|jailed|acquitted|charged|indicted|arrested|detained|tried)\s+(?:the\s+)?$",
                     text[max(start, c.start - 30):c.start], re.I):
            continue  # "sentenced two militants to life imprisonment": the accused, not the dead
        if re.search(r"[A-Za-z]-$", text[max(start, c.start - 2):c.start]) or re.match(
                r"\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
                r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?i:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.)\b", text[c.end:c.end + 12]):
            continue  # "M-19", "an AK-47"; "the 19 April Movement", "on 9 March": a name or a day, not people (but
            # "three marines", "two separatists")
        if c.text.isdigit() and re.search(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:[-–/]|\s+to\s+)$",
                                          text[max(start, c.start - 20):c.start]):
            continue  # "On the night of Aug. 28-29": the second day, not people
        if len(c.text) == 4 and c.text.isdigit() and re.search(
                r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+$", text[max(start, c.start - 16):c.start]):
            continue  # "12 March 2550": a year (of another calendar), not people
        if re.search(r"\b(?:Road|Route|Highway|Hwy|Nationale?|National|RN|Line|Gate|Sector|Block|Phase|Camp|No\.?|"
                     r"Street|Avenue|Carrera|Calle|Avenida|Rue|Strasse)\s*$",
                     text[max(start, c.start - 20):c.start]):
            continue  # "on National Road 1", "Camp 3": a name's number, not people
        if re.match(r"\s*[,)]", after) and re.search(r"[A-Z][\w'’-]*\.?\s*[,(]\s*$", text[max(start, c.start - 40):c.start]):
            continue  # an age after a name ("Sukhram Netam, 38,", "Monique F., 64,")
        if re.search(r"\b(?:aged|age|ages)\s+(?:between\s+)?(?:\d{1,3}\s*(?:,|and|or|to|-|–)\s*){0,4}$",
                     text[max(start, c.start - 40):c.start], re.I) or re.search(
                r"\b(?:boy|girl|child|man|woman|lad)\s+of\s+(?:about|around|some|only|just|barely)?\s*$",
                text[max(start, c.start - 30):c.start], re.I):
            continue  # "aged 19 and 21", "ages 14 to 17", "a boy of about ten": ages, not more people
        if re.search(r"\b(?:who|he|she)\s+(?:was|is|had\s+turned|turned)\s+$", text[max(start, c.start - 20):c.start]) \
                and re.match(r"\s+(?:at\s+the\s+time|years?\s+old|years?\s+of\s+age)\b|\s*[,.;)]", text[c.end:c.end + 20]):
            continue  # "Denis, who was 74 at the time": his age
        if re.fullmatch(r"\d{1,2}", c.text) and re.search(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:the\s+)?$",
                                                          text[max(start, c.start - 16):c.start]):
            continue  # "the past Saturday 16": a day of the month
        clause_rest = text[c.end:end]
        clause_cut = re.search(r"[;:]|\bwhile\b|\bbut\b|\bwhereas\b|\bafter\b|\bwhen\b|\bsince\b|\bbefore\s+(?:he|she|they|it|the|his|her|their)\s|"
                               r",?\s+(?:not\s+(?:counting|including)|excluding)\b|"  # "26, not counting the bomber"
                               r",\s+and\s+(?:the|a|an|his|her|their)\s", clause_rest)  # ", and the driver was shot"
        window = clause_rest[: clause_cut.start()] if clause_cut else clause_rest
        noun, noun_start = _noun_after(window, c.end, c.best)
        if _NOT_HARMED.match(window):
            continue  # "The two officers in the vehicle were not injured": no one hurt
        if _ATTACKERS_NUMBERED.search(text, max(start, c.start - 80), c.start):
            continue  # "The attackers, estimated by residents at around 30, arrived ...": how many came, not victims
        if _FLED.match(window):
            continue  # "and several hundred people fled downhill": the displaced, not more dead
        if _SPEAK.match(text, _noun_end(text, noun_start, noun) if noun else c.end) or (
                noun and _AND_ANOTHER_SPEAKS.match(text, _noun_end(text, noun_start, noun))):
            continue  # "killing five soldiers, two military officers said": the sources, not the dead
            # (and "... weapons and vehicles, two army officers and a local militia commander said")
        before = text[max(start, c.start - 60):c.start]
        bm = _BEFORE.search(before)
        kind = _verb_class(bm.group("verb")) if bm else None
        if bm and kind is None and re.match(r"(?:death\s+)?toll\b|(?:the|its|their)\s+loss\b", bm.group("verb"), re.I):
            # "had put the toll at 132 on Saturday evening, with around 40 wounded"; "acknowledged the loss of three
            # soldiers" (people lost: "the loss of two armoured vehicles" counts no one, by its noun)
            kind = "killed"
        if bm and bm.group("verb").lower().startswith("stabb"):
            if re.match(r"\s*(?:[\w-]+\s+){0,3}?to\s+death", text[c.end:end]):
                kind = "killed"  # "stabbed three people to death" (but "stabbed five people": wounded)
            elif re.match(r"[^.;]{0,80}?,\s+killing\b", text[c.end:end]):
                continue  # "stabbed four people ..., killing a 70-year-old man": all the victims, the dead among them
        if kind is None and re.match(r"\s*(?:[\w'’-]+\s+){0,3}?(?:hostages?|captives?)\b", after, re.I) \
                and not _HOSTAGES_KILLED.match(window):
            kind = "kidnapped"  # "held nine employees hostage" (not "26 hostages and 33 attackers were killed")
        if kind is None and re.match(r"\s*(?:of\s+the\s+)?(?:wounded|injured)\s+(?:[\w'’-]+\s+){0,2}?(?:had\s+|have\s+)?"
                                     r"(?:later\s+|subsequently\s+)?(?:died|succumbed)", after):
            kind = "killed"  # "Two of the wounded died in hospital", "Two wounded guests died on Sunday"
        if kind is None and re.match(r"\s*(?:more\s+|other\s+)?(?:[\w'’-]+\s+){0,2}?(?:people|persons|victims|civilians|soldiers|"
                                     r"troops|officers|policemen|police\s+officers|guards|workers|students|children|"
                                     r"women|men)\s+(?:who\s+(?:were|had\s+been)\s+)?"
                                     r"(?:wounded|injured)\s+(?:in|during|by)\s+[^.;]{0,120}?\b(?:died|succumbed)\b", after):
            # "Three more people injured in Friday night's car bombing ... died over the weekend", "Two soldiers
            # wounded in Sunday's attack on a military checkpoint in Hakkari province's Yüksekova district have died"
            kind = "killed"
        lead_in = text[max(start, c.start - 120):c.start]
        if "put" in lead_in and _OTHER_ESTIMATE.search(lead_in):
            # "At least 20 people were killed ..., though community leaders put the number of dead at close to 50":
            # another source's higher count, the upper end of the toll
            prior = next((k for k in range(len(out) - 1, -1, -1) if out[k].kind == "killed"), None)
            figure = c.high if c.high is not None else c.best
            if prior is not None and figure is not None:
                was = out[prior].count
                out[prior] = replace(out[prior], count=replace(was, high=max(figure, was.high if was.high is not None else figure)))
            continue
        risen = _RISEN_TO.search(text[max(start, c.start - 130):c.start])  # a toll restated whole
        if kind is None and risen:
            # "The number of people killed in Saturday's strike has risen to eleven"
            told = [(m.start(), k) for k, pat in (("killed", KILL), ("injured", INJURE), ("killed", _TOLL))
                    for m in pat.finditer(text[start:c.start])]
            kind = max(told)[1] if told else None
            if kind is None and re.search(r"\b(?:died|succumbed|dead|deaths)\b", window):
                kind = "killed"  # "It rose to 19 on Saturday as several critically injured patients died overnight"
            if kind is not None:
                totals[c.start] = kind
        if kind is None and out and out[-1].noun_end and re.fullmatch(r"\s*,?\s*and\s+(?:(?:at\s+least|some|about)\s+)?",
                                                                     text[out[-1].noun_end:c.start]) \
                and not re.match(r"\s*(?:[\w'’-]+\s+){0,4}?(?:were|was|have|has|had|are|is)\b", window) \
                and _verb_class(re.split(r",|\band\b", window, maxsplit=1)[0]) is None:  # "and 11 others sustained injuries"
            kind = out[-1].kind  # "killing five policemen and three civilians and wounding 12 people": of the dead too
        if kind is None and _OTHER_FATE.match(window):
            continue  # "six were arrested, it said, and explosive belts ... were seized": the six were arrested
        if kind is None and _HOSTAGES_KILLED.match(window):
            kind = "killed"  # "26 hostages and 33 attackers were killed": hostages who died, not people taken
        if kind is None:
            kind = _verb_class(_skip_apposition(window)[:160])
        if kind is None:
            look = text[max(start, c.start - 90):c.start]
            if not re.search(r"[;:]", look) and not _OTHER_FATE.match(window):
                # (not across a verb of its own: 'ordered forces to "shoot to kill without warning" and blames the
                # unrest on "20,000 bandits"')
                hits = [(m.end(), k) for k, pat in (("killed", KILL), ("injured", INJURE), ("kidnapped", KIDNAP))
                        for m in pat.finditer(look) if not _ANOTHER_VERB.search(look, m.end())]
                kind = max(hits)[1] if hits else None
        if kind is None:
            continue
        if kind == "injured" and any(o.kind == "injured" for o in out) and re.match(
                r"\s+(?:of\s+them\s+)?(?:are|were|remain|remained)\s+(?:still\s+)?(?:admitted|in\s+hospital|hospitali[sz]ed|"
                r"being\s+treated|under\s+treatment|in\s+(?:a\s+)?(?:critical|serious)\s+condition)\b", after):
            continue  # "We received 56 wounded on Friday. Thirty-one are still admitted": some of the 56
        if c.start not in totals and risen:
            totals[c.start] = kind  # "The bomber and two of the gunmen were killed, bringing the death toll to nine"
        if re.match(r"\s*(?:of\s+)?(?:attacks?|incidents?|bombings?)\b", after, re.I) or _AGENTS.match(after):
            continue
        if noun and _THING_HEAD.search(noun):
            continue  # "tore through four commuter trains": things, however their first word reads
        category = victim_category(noun) if noun else None
        if category is None and noun[:1].isupper():
            # a force's name told in full: "two (02) Volunteers for the Defence of the Homeland (VDP)"
            named_unit = re.match(r"[^,;:()]{1,60}?(?=\s+and\s|[,;:()]|$)", text[noun_start:min(end, noun_start + 60)])
            category = victim_category(named_unit.group(0)) if named_unit else None
        kin = re.match(r"(?:\w+\s+)?(?:members?|fighters?|cadres?|operatives?|elements?)\b", noun) if noun else None
        group = _OF_ARMED_GROUP.match(text, noun_start + kin.end()) if category is None and kin else None
        if group is not None:
            # "Three members of the Dawlah Islamiyah-Maute Group were killed"; "Two members of the Army of Peru"
            # are soldiers
            state = re.search(r"\b(?:Army|Armed\s+Forces|Police|Navy|Air\s+Force|Gendarmerie|National\s+Guard)\s+of\b|"
                              r"\b(?:National|Federal|Royal|Republican)\s+(?:Army|Police|Guard|Armed\s+Forces)\b",
                              text[group.start():group.end() + 20])
            category = "security_forces" if state or any(
                a.actor.type == "state" for a in find_actors(text, group.start(), group.end() + 20)) else "militants"
        if category is None and kin is not None and re.match(
                r"members?\s+of\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:security|armed|defen[cs]e)\s+forces\b",
                text[noun_start:min(end, noun_start + 60)], re.I):
            category = "security_forces"  # "A member of Jordan's security forces"
        if noun and category is None and not _PERSONS.search(noun) and noun.lower() != "more":  # "and two more died", "Five more were wounded"
            # "killed eight suspected al-Qaeda in Iraq fighters": the fighters of a group named before their noun
            named = [a for a in find_actors(text, noun_start, min(end, noun_start + 80)) if a.actor.type != "state"]
            if named and re.fullmatch(r"(?:(?:suspected|alleged|armed|presumed)\s+)?", text[noun_start:named[0].start]) \
                    and re.match(r"\s*(?:fighters|militants|members|insurgents|gunmen|rebels|cadres|operatives|"
                                 r"jihadists|elements|combatants)\b", text[named[0].end:end]):
                category = "militants"
            else:
                continue  # "several mortar shells struck ..." counts things, not people
        if category is None and not noun and bm is None and not re.match(
                r"\s*,?\s*(?:including|included|includes|among\s+them|among\s+whom|of\s+whom)\b", window, re.I):
            # (but "has risen to 41, including the five bombers": the bombers are some of the 41, not all)
            category = victim_category(window[:60])
        if category is None and re.match(r"\s*of\s+their\s+(?:own\s+)?(?:men|fighters|comrades|number|members)\b", after) \
                and re.search(r"\b(?:attackers|assailants|gunmen|militants|insurgents|terrorists|jihadists|rebels|bandits)\b",
                              text[start:c.start], re.I):
            category = "militants"  # "the attackers withdrew, leaving one of their men dead at the scene"
        if c.start < apposition_until:
            kind = apposition_kind  # "11 dead - ten civilians and a traffic policeman - and 26 wounded": of the dead
        elif out and re.match(r"\s*of\s+(?:them|whom)\b", after) and re.fullmatch(
                r"[^,;:.]{0,30},\s*", text[out[-1].count.end:c.start]):
            kind = out[-1].kind  # "killing at least 91 people, many of them women ..., and wounding 200": of the dead
        elif out and re.search(r"\b(?:including|among\s+them|among\s+whom)\s+(?:the\s+|all\s+)?(?:at\s+least\s+)?$",
                               text[max(start, c.start - 25):c.start], re.I) and re.fullmatch(
                r"\s*[\w'’ -]{0,40}?(?:,\s*[\w'’ -]{0,25}?){0,2},?\s*", text[out[-1].noun_end or out[-1].count.end:c.start - 1]):
            # "killing 38 people including the four attackers and wounding more than 100": of the dead
            # ("Six passengers were killed, among them two children, and nine others were wounded" too, and "14 people
            # killed, all civilians, including three children, and more than 30 injured")
            kind = out[-1].kind
        part = c.start < apposition_until or bool(_BREAKDOWN.match(text, start)) or bool(
            # "the new figure included three attackers killed by the village militia": some of the toll told
            _TOLL_INCLUDED.search(text, max(start, c.start - 40), c.start)) or bool(
            re.search(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+which)\s+(?:the\s+|all\s+)?(?:at\s+least\s+)?$",
                      text[max(start, c.start - 25):c.start], re.I)) or (bool(
            re.match(r"\s*of\s+(?:them|those|whom|the\s+(?:victims|dead|injured|wounded|people|casualties|hostages|passengers))\b",
                     after, re.I)) and not (out and out[-1].kind != kind)
            # "blew himself up among army recruits ..., killing at least 13 of them": the people just named
            and not (not out and re.search(r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+"
                                           r"(?:(?:at\s+least|some|about)\s+)?$",
                                           text[max(start, c.start - 25):c.start], re.I)))  # "held nine hostage, killing one of them"
        # "killing at least 60 ..., according to the UN; a local leader put the toll at 62": another source's figure
        # for the same dead, not 62 more
        part = part or bool(out and any(o.kind == kind and not o.part for o in out) and re.search(
            r"\b(?:put|puts|putting|placed|gave|gives)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:death\s+)?(?:toll|figure|number)\s+"
            r"(?:at|of)\s+(?:at\s+least\s+|about\s+|around\s+)?$", text[max(start, c.start - 50):c.start], re.I)
            # (but "Police initially reported four dead; by evening a hospital official put the toll at five ...": a
            # figure since revised, which the later one replaces)
            and not re.search(r"\b(?:initially|initial|earlier|first|preliminary|by\s+(?:evening|nightfall|morning|"
                              r"afternoon|midday)|later|now)\b", text[start:c.start], re.I))
        # "The Red Cross put the death toll at 48; police said at least 48 people were killed": one toll, two sources
        # (not the same number of other people: "three soldiers were killed, the army said, and three civilians died")
        part = part or bool(c.best is not None and any(
            o.kind == kind and o.count.best == c.best and not o.part
            and (o.category is None or category is None or o.category == category) for o in out)
            and re.search(r"\b(?:said|says|reported|confirmed|told)\b", text[out[-1].count.end:c.start]))
        # "revised to 27, with at least six in critical condition": some of those counted
        # (or after a comma: "21 wounded people had been brought in, several in critical condition")
        part = part or bool(re.search(r"(?:\b(?:with|including)|,)\s+(?:at\s+least\s+)?$", text[max(start, c.start - 20):c.start], re.I)
                            and re.match(r"\s*(?:of\s+them\s+)?(?:in\s+(?:a\s+)?(?:critical|serious|stable|grave)\s+condition|"
                                         r"(?:critically|seriously)\s+(?:injured|wounded|hurt))", after, re.I))
        # "Three attackers were killed, two at the scene and one in a shootout": where the three died
        part = part or bool(out and out[-1].kind == kind and out[-1].noun and not noun
                            and re.match(r"\s*(?:at|in|on|during|near|inside|outside)\b", after)
                            and re.search(r"(?:,|\band)\s*$", text[max(start, c.start - 6):c.start]))
        # "among them four women and two girls": the second of a listed breakdown is a part too
        part = part or bool(out and out[-1].part and out[-1].kind == kind and out[-1].noun_end
                            and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[out[-1].noun_end:c.start]))
        # "71 wounded, 52 of them from the rugby club and 19 from Kabalagala": where the wounded came from
        part = part or bool(out and out[-1].part and out[-1].kind == kind and re.fullmatch(
            r"(?:\s*of\s+(?:them|whom))?\s*(?:(?:from|at|in|on|near)\s+[^,.;]{1,40}?)?\s*(?:,\s*(?:and\s+)?|and\s+)",
            text[out[-1].count.end:c.start]))
        # "..., and that several were in a critical condition": some of those counted
        part = part or bool(out and out[-1].kind == kind and re.match(
            r"\s*(?:of\s+them\s+)?(?:were|are|remain(?:ed)?|was|is)\s+(?:still\s+)?(?:in\s+(?:a\s+)?(?:critical|serious|stable|grave)"
            r"\s+condition|in\s+intensive\s+care|in\s+(?:the\s+)?(?:ICU|intensive\s+care\s+units?))", after, re.I))
        dash = re.match(r"\s*(?:[\w'’-]+\s+){0,3}?(?:—|–|--|\(|-(?=\s))", after) or _FAMILY_DASH.match(after) or re.match(  # "11 dead - ten civilians and ..."
            # (or at the clause's end, the breakdown told "of them": "43 people were killed in that attack, not counting
            # the bomber - 42 of them civilians ... and one gendarme - and 45 were wounded")
            r"[^.;:\d—–()-]{0,80}?\s(?:—|–|--|-)\s+(?=(?:\d[\d,]*|[a-z]+)\s+of\s+(?:them|whom)\b)", text[c.end:end])
        if dash and not part:
            # the breakdown runs to its closing dash, else to the clause's end ("killing 15 people - 12
            # volunteers and three villagers who had been sitting nearby")
            rest = text[c.end + dash.end():end]
            close = re.search(r"—|–|--|\)|\s-(?=\s)", rest)
            stops = [m.start() for pat in (KILL, INJURE, KIDNAP, re.compile(";")) for m in pat.finditer(rest)]
            apposition_until = c.end + dash.end() + (close.end() if close else min([len(rest), *stops]))
            apposition_kind = kind
        prefix = text[start:c.start]
        tail = prefix
        verbs = list(KILL.finditer(prefix)) + list(INJURE.finditer(prefix)) + list(KIDNAP.finditer(prefix))
        if verbs:
            tail = prefix[max(v.end() for v in verbs):]
        # "abducted seven pupils and a teacher": one more after the counted group
        # ("Two men aged 67 and 56 and a woman aged 56 died": their ages are no count between them)
        ages = [(m.start(), m.end()) for m in _AGES.finditer(text, c.end, end)]
        stop = next((n.start for n in counts[i + 1:] if not any(a <= n.start < b for a, b in ages)), end)
        ahead = blank(_AGES, text[c.end:stop])
        one_more = re.match(rf"\s*(?:[\w'’-]+\s+){{0,3}}?and\s+(?:a|an|one|their|his|her)\s+(?:[\w'’-]+\s+){{0,2}}?{_VICTIM}\b",
                            ahead)
        if one_more is not None and re.search(r"\b(?:were|was|are|is|died|killed|wounded|injured|hurt)\b",
                                              ahead[:one_more.start() + one_more.group(0).rfind(" and ")]):
            one_more = None  # "Two officers were killed and a third was wounded": the third has a verb of their own
        # "was killed along with two other people": the one named before the verb, and two more
        # (or "armed men who took him away together with two of his teachers": him and the two)
        along = bool(re.search(r"\b(?:killed|shot\s+dead|wounded|injured|kidnapped|abducted|"
                               r"(?:took|taken|led|carried|whisked)\s+(?:him|her)\s+(?:away|off))\s+(?:along|together)\s+with\s+"
                               r"(?:at\s+least\s+)?$", prefix) and re.match(r"\s*(?:other\b|of\s+(?:his|her)\b)", after))
        # "A soldier and four suspected members of the group were killed": one more, named before the count
        # (or before the count of kin: "A woman and her two children were killed")
        lead = re.search(rf"(?:^|[,;:]\s*|(?:--|—|–)\s*)(?P<a>a|an)\s+(?P<noun>(?:[\w'’-]+\s+){{0,2}}?{_VICTIM})\s+and\s+"
                          rf"(?:at\s+least\s+|(?:his|her|their)\s+)?$", prefix, re.I)
        if lead is not None and not any(o.count.start >= start + lead.start("a") for o in out):
            a0, n0 = start + lead.start("a"), start + lead.start("noun")
            out.append(Casualty(kind, Count(a0, a0 + len(lead.group("a")), lead.group("a"), 1, 1, 1), lead.group("noun"),
                                n0, n0 + len(lead.group("noun")), victim_category(lead.group("noun")), False, part))
        plus_one = bool(one_more) or along or bool(
            re.search(r"\band\s+(?:at\s+least\s+)?$", prefix)
            # "exchanged fire with the attackers, and two of the gunmen were killed": some of them, not more
            and not (category == "militants" and re.match(r"\s*of\s+the\b", after))
            and re.match(r"\s*(?:other|of\s+(?:his|her|their|the)\b)", after)
            and re.search(r"\b(?:the|a|an|his|her|their|its|one)\s+[\w'’-]+", tail, re.I)
            # "eleven died, among them a mother and her baby, and six others were burned": the mother is counted
            and not re.search(r"\b(?:among\s+them|among\s+whom|including)\b", tail, re.I)
            and not re.search(r"\b\d+\b(?!\s*(?:km|kilomet|miles?|metres|meters|am\b|pm\b|a\.m|p\.m|%|years?))", tail)
        )
        # "She and three worshippers died", "the bomber and two guards were killed": the one named, and the count
        plus_one = plus_one or bool(re.search(
            r"(?:^|[,;:]\s*|\b(?:said|says)\s+(?:that\s+)?)(?:she|he|the\s+(?:suicide\s+)?(?:bomber|attacker|gunman|assailant))"
            r"\s+and\s+(?:at\s+least\s+)?$", prefix, re.I) and not re.match(r"\s*(?:of\b|others?\s+of\b)", after))
        # "a suicide bomber blew himself up at a rally ..., killing 63 others": the others and the bomber
        plus_one = plus_one or bool(kind == "killed" and not part and re.match(r"\s*others?\b", after)
                                    and _BOMBER_DIED.search(prefix))
        # "91 people were killed, a figure that does not include the driver": the driver of the bomb died too
        plus_one = plus_one or bool(kind == "killed" and not part and re.match(
            r"[^.;]{0,40}?,\s+(?:a\s+(?:figure|toll|number)\s+(?:that|which)\s+)?(?:does|did)\s+not\s+include\s+the\s+"
            r"(?:driver|(?:suicide\s+)?bomber|attacker|assailant|gunman)\b", text[c.end:end]))
        # "struck a Shia mosque ..., killing himself and more than 60 worshippers": the bomber and the 60
        plus_one = plus_one or bool(kind == "killed" and not part and re.search(
            r"\b(?:killing|killed)\s+(?:himself|herself)\s+and\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+)?$", prefix))
        out.append(Casualty(kind, c, noun, noun_start, _noun_end(text, noun_start, noun), category, plus_one, part))
    for m in _COMPANIONS.finditer(sentence_text):
        # "six French aid workers, together with their Nigerien guide and driver, were killed": two more
        counted_before = [c for c in out if c.count.end <= start + m.start() and not c.part
                          and not re.search(r"[.;:]", text[c.count.end:start + m.start()])]
        if counted_before:
            n = 2 if m.group("second") else 1
            a, b = start + m.start("first"), start + m.end("second" if m.group("second") else "first")
            out.append(Casualty(counted_before[-1].kind, Count(a, b, text[a:b], n, n, n), m.group("first"), a,
                                start + m.end("first"), victim_category(m.group("first")), False, False))
    for m in _NTH_VICTIM.finditer(sentence_text):
        # "A fifth villager ... died in hospital": the dead now number five
        n = ORDINALS[m.group("nth").lower()]
        cnt = Count(start + m.start("nth"), start + m.end("nth"), m.group("nth"), n, n, n)
        # (not beside the whole toll restated: "a fourth policeman ... had died, bringing the overall death toll
        # to six" counts the police alone)
        if not any(c.count.start <= cnt.start < c.count.end for c in out) and "killed" not in totals.values():
            out.append(Casualty("killed", cnt, "", cnt.start, cnt.end, None, False, False))
            totals[cnt.start] = "killed"
    def counted(pos: int) -> bool:  # the word is already part of a count or of its noun
        return any(c.count.start <= pos < c.count.end or c.noun_start <= pos < c.noun_end for c in out)

    def one(kind: str, m: re.Match[str], a: str, said: str) -> Casualty:  # one person: group ``a`` counts, ``said`` names
        said = said if m.group(said) else a  # (a noun that may go untold: "killing another")
        noun, ns = m.group(said), start + m.start(said)
        cnt = Count(start + m.start(a), start + m.end(a), m.group(a), 1, 1, 1)
        return Casualty(kind, cnt, noun, ns, ns + len(noun), victim_category(noun), False, False)

    # telex copy in capitals ("A JUDGE WAS KILLED"): its one-victim phrases are read in small letters, which
    # keep every offset (the counts above keep the capitals their patterns need)
    singular_text = _lower_keeping_offsets(sentence_text) if mostly_capitals(sentence_text) else sentence_text
    for m in _SINGULAR.finditer(singular_text):
        g = next(k for k in _SINGULAR_FORMS if m.group("a" + k))
        s0 = start + m.start("a" + g)
        if counted(s0):
            continue
        if any(c.plus_one and re.fullmatch(r"(?:\s+of\s+[\w\s'’-]{1,40}?)?\s*,?\s*and\s+(?:at\s+least\s+)?",
                                           text[start + m.end():c.count.start]) for c in out):
            continue  # "the commissioner and one of his bodyguards": the first is counted by the "and one"
        kind = _verb_class(m.group("verb" + g))
        if kind is None:
            continue
        if g == "8" and not any(c.kind == kind and c.count.end <= s0 and c.count.text.lower() not in _DETERMINERS
                                and not c.plus_one for c in out):
            continue  # "Eight jawans ... and a civilian driver were killed": one more, after a count of the same fate
        said = "noun" + g if "noun" + g in _SINGULAR.groupindex else "a" + g  # "He died", "shot him dead": the pronoun
        out.append(one(kind, m, "a" + g, said))
    for m in (*_AND_ONE_MORE.finditer(singular_text), *_AND_KIN.finditer(singular_text)):
        # "killing an officer and a conscript", "killing a woman and her son": the second one
        kind = _verb_class(m.group("verb"))
        if kind is not None and not counted(start + m.start("a")):
            out.append(one(kind, m, "a", "noun"))
    for m in _LIST_VERB.finditer(sentence_text):
        head = blank(re.compile(r"\([^()]*\)"), sentence_text[: m.start()])  # "(age: 29 years, ...)"
        head = re.split(r"[;:]|\b(?:when|after|as|while)\b", head)[-1]
        verb_ends = [v.end() for pat in (KILL, INJURE, KIDNAP) for v in pat.finditer(head)]
        if verb_ends:  # "Two officers were killed in the first burst, and a third officer and a motorist were wounded"
            head = head[max(verb_ends):]
            head = re.split(r",\s+and\s+", head)[-1]
        ranked = list(_RANKED_NAME.finditer(head))
        head_at = start + m.start() - len(head)
        if len(ranked) >= 2 and not any(head_at <= c.count.start < start + m.start() for c in out):
            first_at = head_at + ranked[0].start()
            cnt = Count(first_at, head_at + ranked[-1].end(), text[first_at:head_at + ranked[-1].end()],
                        len(ranked), len(ranked), len(ranked))
            out.append(Casualty(_verb_class(m.group(0)) or "killed", cnt, "", first_at, first_at, "security_forces",
                                False, False))  # "embraced shahadat": killed
            continue
        if re.search(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|several|people)\b", head, re.I):
            continue
        items = [x.strip() for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", head) if x.strip()]
        # an aside about where someone is from is no one more: "the head of the council in Tafas, in the
        # western countryside of Daraa, and his brother"; a long title counts by its head noun
        items = [re.split(r"\s+(?:of|in|from|at|near)\s+", x)[0] for x in items
                 if not re.fullmatch(r"\d+", x) and not re.match(r"(?:in|near|from|of|at|on|aged?|who|which|all|both|each)\b", x)]
        # "their driver, Efraín Segarra": one person, by role and by name
        items = [x for k, x in enumerate(items) if not (k and _NAME_ITEM.fullmatch(x)
                                                          and re.fullmatch(r"(?:his|her|their|the)\s+\w+", items[k - 1]))]
        if not 2 <= len(items) <= 6 or any(len(x.split()) > 6 for x in items):
            continue
        # (a person by role and name: "photographer Paúl Rivas")
        if not all(re.match(r"(?:(?:his|her|their|the|a|an)\s+\w+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|"
                            r"[a-z]+\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+$)", x) for x in items):
            continue
        first = start + m.start() - len(head) + (len(head) - len(head.lstrip()))
        if any(c.count.start >= first and c.count.start < start + m.start() for c in out):
            continue
        kind = _verb_class(m.group(0))
        if kind:
            cnt = Count(first, start + m.start(), text[first:start + m.start()].strip(), len(items), len(items), len(items))
            out.append(Casualty(kind, cnt, "", first, first, None, False, False))
    for whole in list(out):
        # a bulletin's "8 dead - the 4 attackers, 3 civilians (one of them a Canadian national) and 1 police officer":
        # the counts after the dash break down the one before it
        # (or told after "made up of": "a total of eighty-six (86) persons, made up of eighty-one (81) students and
        # five (5) teachers, were confirmed abducted")
        dash = _BROKEN_DOWN.match(text, whole.count.end) or _MADE_UP_OF.match(text, whole.count.end)
        if dash is None or whole.part:
            continue
        halt = re.search(r"[.;]\s|\s\d+\s+(?:injured|wounded|hurt|missing)\b", text[dash.end():end])
        until = dash.end() + (halt.start() if halt else end - dash.end())
        inside = [o for o in out if o is not whole and o.kind == whole.kind and dash.end() <= o.count.start < until]
        out = [replace(o, part=True) if o in inside else replace(o, category=None) if o is whole else o for o in out]
    if totals:  # "three of the wounded died, bringing the number of dead to nine": nine in all, not twelve
        out = [c if c.count.start in totals or c.kind not in totals.values() else replace(c, part=True) for c in out]
    out.sort(key=lambda c: c.count.start)
    return out


def no_casualties(text: str) -> re.Match[str] | None:
    return _NONE.search(text)


def _add(a: int | None, b: int | None) -> int | None:
    if a is None and b is None:
        return None
    return (a or 0) + (b or 0)


def _restates_part(t: Toll, whole: Toll) -> bool:
    """'Troops killed all three attackers' after 'five, including three attackers': a part, not another toll."""
    cats = [c for c in ("civilians", "security_forces", "militants") if getattr(t, c)]
    return (t is not whole and bool(cats) and t.best is not None and t.best == sum(getattr(t, c) for c in cats)
            and whole.best is not None and t.best < whole.best and all(getattr(whole, c) == getattr(t, c) for c in cats))


def _plus(a: Toll, b: Toll) -> Toll:
    """The tolls of two sets of people told apart, as one ("seven villagers", then "two of the gunmen")."""
    return Toll(best=_add(a.best, b.best), low=_add(a.low, b.low),
                high=_add(a.high, b.high) if a.high is not None and b.high is not None else None,
                civilians=_add(a.civilians, b.civilians), security_forces=_add(a.security_forces, b.security_forces),
                militants=_add(a.militants, b.militants), spans=[])


def _refines(vague: Toll, exact: Toll) -> bool:
    """Whether a count told exactly refines a round open-ended one told before ("more than a hundred", then 132)."""
    if vague.best is None or vague.high is not None or vague.best % 10 or exact.best is None:
        return False
    return exact.high == exact.best and vague.best < exact.best <= 2 * vague.best


def combine(casualties: list[Casualty], sentence_of: dict[int, int], kind: str,
            attacker_text: list[tuple[int, str]], latest: bool = False) -> Toll | None:
    """One toll from the counts of one kind: summed within a sentence, the largest across sentences;
    with ``latest`` (a live blog read in the order it was written) the last one told."""
    items = [c for c in casualties if c.kind == kind]
    if not items:
        return None
    per_sentence: dict[int, Toll] = {}
    whole_cats: dict[int, set[str]] = {}  # categories the whole counts of a sentence gave
    for c in items:
        sid = sentence_of.get(c.count.start, 0)
        t = per_sentence.setdefault(sid, Toll(spans=[]))
        if c.part:
            if c.category and c.count.best is not None and c.category not in whole_cats.get(sid, set()):
                setattr(t, c.category, _add(getattr(t, c.category), c.count.best))
            continue
        if c.category:
            whole_cats.setdefault(sid, set()).add(c.category)
        extra = 1 if c.plus_one else 0
        best = None if c.count.best is None else c.count.best + extra
        low = None if c.count.low is None else c.count.low + extra
        high = None if c.count.high is None else c.count.high + extra
        if t.best is None and t.low is None and t.high is None:
            t.best, t.low, t.high = best, low, high
        else:
            t.best = _add(t.best, best) if (t.best is not None and best is not None) else None
            t.low = _add(t.low, low)
            t.high = _add(t.high, high) if (t.high is not None and high is not None) else None
        if c.category and best is not None:
            setattr(t, c.category, _add(getattr(t, c.category), best))
        assert t.spans is not None
        t.spans.append((c.count.start, c.count.end))
    lone_attacker = False  # "The bomber also died.", told in a sentence of its own
    if kind == "killed":
        for sid, text in attacker_text:
            found_toll = per_sentence.get(sid)
            if found_toll is None:
                lone_attacker = lone_attacker or bool(ATTACKER_ALSO.search(text))
                continue
            t = found_toll
            included = False  # "killing seven people including the bomber": he is among the seven
            for m in _ATTACKER_INCL.finditer(text):
                if any(c.count.text and c.count.text in m.group(0) and sentence_of.get(c.count.start) == sid
                       and c.category == "militants" for c in items):
                    continue
                if re.search(r"\bnot\s+$", text[max(0, m.start() - 5):m.start()]):
                    continue  # "25 people were killed, not including the bomber": he is not among them
                n_raw = (m.group("n") or "").strip()
                from .numbers import word_to_int
                n = word_to_int(n_raw) if n_raw else 1
                if n is None:
                    continue
                if m.group("incl").lower() == "including" or m.group("incl").lower().startswith("among"):
                    t.militants = _add(t.militants, n)
                    included = True
                elif KILL.search(text[m.end(): m.end() + 40]) or KILL.search(text[: m.start()]):
                    t.best = _add(t.best, n) if t.best is not None else None
                    t.low = _add(t.low, n)
                    t.high = _add(t.high, n) if t.high is not None else None
                    t.militants = _add(t.militants, n)
            if ATTACKER_ALSO.search(text) and not included:
                t.best = _add(t.best, 1) if t.best is not None else None
                t.low = _add(t.low, 1)
                t.high = _add(t.high, 1) if t.high is not None else None
                t.militants = _add(t.militants, 1)

    def size(t: Toll) -> int:
        return max(v for v in (t.best, t.low, t.high, 0) if v is not None)

    # a sentence that only broke down another's count ("seven of the wounded died") gives no toll of its own
    singular_only = {sid for sid in per_sentence
                     if all(c.count.text.lower() in _DETERMINERS for c in items if sentence_of.get(c.count.start, 0) == sid)}
    breakdowns = [t for t in per_sentence.values() if (t.best, t.low, t.high) == (None, None, None)]
    per_sentence = {k: t for k, t in per_sentence.items() if (t.best, t.low, t.high) != (None, None, None)}
    if not per_sentence:
        return None
    # the attackers' own dead, told apart ("Three attackers were killed"), add to the toll rather than make it
    told = [k for k, t in per_sentence.items() if not (t.militants and t.militants == t.best)]
    chosen_sid = max(told or per_sentence) if latest else min(per_sentence)
    if not told and not latest and len(per_sentence) > 1:
        # every toll told is of attackers alone ("two attackers detonated explosives, killing themselves", "Two more
        # gunmen ... were killed", "8 dead - the 4 attackers, 3 civilians ..."): the largest holds the others
        chosen_sid = max(per_sentence, key=lambda k: (per_sentence[k].best or 0, -k))
    told = told or list(per_sentence)
    texts = dict(attacker_text)
    summary = [k for k in per_sentence if _SUMMARY_LINE.match(texts.get(k, "")) and per_sentence[k].best is not None]
    if summary and not latest:
        chosen_sid = summary[-1]  # a bulletin's "Casualties (police, evening 14 Jan): 8 dead - ...": the toll it gives
    if chosen_sid in singular_only:  # "killed the commissioner", then "he, his driver and a bodyguard were killed"
        chosen_sid = max(per_sentence, key=lambda k: (per_sentence[k].best or 0, -k))
    for sid in sorted(per_sentence):
        # a later toll that says it rose replaces the first, if it is larger ("four were reported killed on
        # Monday, and the toll rose ..." after "rose to nine" is the old figure, not the new one)
        if sid != chosen_sid and _UPDATE.search(dict(attacker_text).get(sid, "")) and (
                per_sentence[sid].best or per_sentence[sid].low or 0) >= (per_sentence[chosen_sid].best or 0):
            chosen_sid = sid
        elif sid > chosen_sid and kind == "injured" and not latest and _refines(per_sentence[chosen_sid], per_sentence[sid]):
            chosen_sid = sid  # "wounding more than a hundred", later "132 people had been treated for injuries"
        elif sid > chosen_sid and per_sentence[chosen_sid].best is None and per_sentence[sid].best is not None \
                and per_sentence[sid].best >= (per_sentence[chosen_sid].low or 0):  # type: ignore[operator]
            chosen_sid = sid  # "several others injured", later "at least 14 wounded people": the count told
    chosen = per_sentence[chosen_sid]
    cats = ("civilians", "security_forces", "militants")
    for part in breakdowns:  # its categories fill the ones the toll did not break down itself
        given = sum(getattr(chosen, cat) or 0 for cat in cats) + sum(getattr(part, cat) or 0 for cat in cats
                                                                      if getattr(chosen, cat) is None)
        if chosen.best is None or given <= chosen.best:
            for cat in cats:
                if getattr(chosen, cat) is None and getattr(part, cat) is not None:
                    setattr(chosen, cat, getattr(part, cat))
    merged: set[int] = set()
    filled: set[int] = set()  # sentences that told who the rest of the dead were
    attackers_dead = {k: t for k, t in per_sentence.items() if k not in told and t.best is not None}
    if latest and attackers_dead and chosen.best is not None and not chosen.militants:
        # a live blog tells the attackers' dead again and again ("two neutralised", "the third killed",
        # "Three attackers were killed"): the largest count of them, once
        chosen = _plus(chosen, max(attackers_dead.values(), key=lambda t: t.best or 0))
        merged |= set(attackers_dead)
    for sid_other, t in per_sentence.items():
        if t is chosen or t.best is None or chosen.best is None or sid_other in merged or chosen_sid in summary:
            continue  # (a bulletin's toll line holds every dead the narrative told)
        chosen_best, t_best = chosen.best, t.best
        mine = {c for c in cats if getattr(t, c)}
        theirs = {c for c in cats if getattr(chosen, c)}
        if mine == {"militants"} and t.militants == t_best and not chosen.militants and not theirs:
            # "shot dead seven men", then "two of the gunmen were killed": the attackers' dead are more dead
            chosen = _plus(chosen, t)
            merged.add(sid_other)
            continue
        if mine and theirs and not (mine & theirs) and sum(getattr(t, c) for c in mine) == t_best:
            untold = chosen_best - sum(getattr(chosen, c) or 0 for c in cats)
            if untold >= t_best:  # "five, including three attackers" then "two officers were killed": the other two
                for cat in mine:
                    setattr(chosen, cat, getattr(t, cat))
                filled.add(sid_other)
                continue
            chosen = _plus(chosen, t)
            merged.add(sid_other)
    # other sentences that give the same toll differently; parts summed into the chosen one are not
    alternatives = [t for sid_other, t in per_sentence.items()
                    if sid_other not in merged | filled and not (merged and sid_other == chosen_sid)
                    and not _restates_part(t, chosen)]
    spans = [s for t in per_sentence.values() for s in (t.spans or [])]
    lows = [t.low for t in alternatives if t.low is not None]
    highs = [t.high for t in alternatives if t.high is not None]
    high = chosen.high
    if high is not None and highs:
        high = max(highs + [high])
    low = min(lows + ([chosen.low] if chosen.low is not None else [])) if lows else chosen.low
    extra = 1 if lone_attacker and not chosen.militants else 0
    return Toll(
        best=_add(chosen.best, extra) if chosen.best is not None else None,
        low=_add(low, extra) if low is not None else None,
        high=_add(high, extra) if high is not None else None,
        civilians=chosen.civilians,
        security_forces=chosen.security_forces,
        militants=_add(chosen.militants, extra) if extra else chosen.militants,
        spans=spans,
    )
