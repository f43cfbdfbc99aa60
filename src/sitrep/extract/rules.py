"""The default extractor: rules, dictionaries and a gazetteer, offline, no model needed.

Stages over one segmented document:
  sentences of reporting segments
  -> reference date (publication date, else the latest full date in the text)
  -> published statistics (aggregate figures with a period) set aside
  -> statements (quotes with a named speaker)
  -> incident anchors (an event word, realis, with a date, a place or a toll)
  -> sentences grouped into incidents; mentions of one event merged
  -> fields filled, each with evidence spans
"""

from __future__ import annotations

import calendar
import contextlib
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..clean import segment_document, sentences
from ..clean.segment import ENTRY_HEADER
from ..clean.text import Sentence, blank
from ..config import ExtractSettings, Settings
from ..records import (
    Document,
    Evidence,
    Extraction,
    Fatalities,
    Incident,
    Injuries,
    Location,
    Perpetrator,
    Segment,
    Statement,
    Statistic,
    Target,
)
from ..resolve.gazetteer import Gazetteer, default_gazetteer, haversine_km, name_key
from ..resolve.geocode import (
    KIND_RANK,
    ORG_WORD,
    UPPER,
    Geocoder,
    PlaceMention,
    between,
    most_specific,
    mostly_capitals,
    to_location,
)
from . import statistics as stats
from .actors import (
    Actor,
    ActorMention,
    find_actors,
    find_unlisted_groups,
    load_actors,
    local_branch,
)
from .casualties import ATTACKER_ALSO, ORDINALS, combine, find_casualties, no_casualties
from .dates import MONTHS, DateMention, find_dates, infer_reference, resolve
from .numbers import find_counts, word_to_int
from .statements import find_statements
from .taxonomy import (
    FIRED_ROUNDS,
    FOILED,
    OPENED_FIRE,
    OVERTAKEN,
    PEOPLE_SEIZED,
    PROMINENT,
    RETAKEN,
    SABOTAGE,
    SEIZED_BY_THEM,
    SHOT_PROPERTY_CUE,
    classify,
    target_places,
    target_type,
    victim_category,
)

# a strike stopped in the air: "its air defences intercepted and destroyed an unmanned aerial vehicle"
_INTERCEPT = (r"(?:intercepted|shot\s+down|downed)\s+(?:and\s+destroyed\s+)?(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,3}?"
              r"(?:drones?|UAVs?|unmanned\s+aerial\s+vehicles?|missiles?|rockets?)")
# what armed men did on arrival: "bandits on motorcycles rode into Gidan Dawa village", and a road hold-up, "about a
# dozen armed men stopped a bus travelling from Elwak to Mandera"
_INCURSION = (r"(?:rode|swept|stormed|poured)\s+into|(?:stopped|blocked|flagged\s+down|waylaid)\s+(?:a|an|the|two|three|several)\s+"
              r"(?:[\w-]+\s+){0,2}?(?:bus|buses|minibus(?:es)?|vehicles?|convoy|trucks?|lorr(?:y|ies)|cars?|matatus?)")
TRIGGER = re.compile(
    r"\b(?:" + SABOTAGE + r"|" + SHOT_PROPERTY_CUE + r"|dropped\s+(?:\w+\s+){0,2}?(?:explosives?|bombs?|grenades?|charges?|munitions?)\b|targeted\s+(?:[\w'’-]+\s+){0,3}?with\s+(?:an?\s+)?(?:drones?|missiles?|rockets?|bombs?|grenades?|artillery)|attack(?:s|ed|ing)?|assault(?:ed)?|bomb(?:s|ing|ings|ed|er|ers)?|blasts?|explosions?|explode[ds]?|dynamit(?:ed|ing)|"
    r"suicide|ambush(?:ed)?|(?:improvised\s+)?explosive\s+(?:devices?|belts?|vests?)|"
    # mines laid for people (not a gold mine): "set off three remote-controlled mines", "a convoy hit by mines"
    r"(?:remote-controlled|anti-personnel|anti-tank|roadside)\s+mines?|(?:hit|struck)\s+(?:by\s+)?(?:an?\s+)?mines?\b|kill(?:ed|ing|s)?|shot|shooting|gunm[ae]n|gunfire|" + OPENED_FIRE + r"|kidnap(?:ped|ping)?|"
    r"abduct(?:ed|ion|ing)?|storm(?:ed|ing)|raid(?:ed)?|IEDs?|grenades?|rockets?|mortars?|shell(?:ing|ed)|"
    r"drone\s+strikes?|air\s*strikes?|missiles?|drones?\s+(?:hit|struck|attacked|crashed)|"
    r"drones?\s+(?:loaded|laden|packed|armed|rigged)\s+with\s+(?:explosives|bombs|grenades)|"  # "two drones loaded with explosives"
    # "a lorry loaded with several hundred kilograms of explosives was driven ... through the gate"
    r"(?:car|truck|lorry|van|vehicle|bus|motorcycle|motorbike)\s+(?:loaded|laden|packed|rigged|filled|stuffed)\s+with\s+"
    r"(?:[\w-]+\s+){0,4}?explosives\s+(?:was|were)\s+(?:driven|rammed|crashed|detonated|parked)\b|"
    # a device found before it went off: "police say they found a gas cylinder packed with explosives"
    r"(?:found|discovered|located|spotted|detected)\s+(?:an?\s+)?(?:[\w-]+\s+){1,3}?(?:packed|loaded|laden|rigged|filled|stuffed)\s+"
    r"with\s+explosives|"
    # "its air defences intercepted and destroyed an unmanned aerial vehicle loaded with explosives"
    + _INTERCEPT + r"|"
    # (not a labour strike: "joined a strike on Monday over unpaid wages")
    r"(?<!general\s)(?<!hunger\s)strikes?\s+on(?!\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?![^.;]{0,60}\b(?:wages?|pay|salar(?:y|ies)|pensions?|fuel\s+prices?)\b)|"
    r"made\s+(?:an?\s+)?irruption|burst\s+into|"
    r"(?:targeting|targeted|attacked|struck|hit)\s+by\s+(?:\w+\s+)?(?:drones?|missiles?|rockets?)|death\s+toll|behead(?:ed|ing|ings)|massacre[d]?|clash(?:es|ed)?|hijack(?:ed|ing)?|torched|"
    r"set\s+(?:\w+\s+){0,2}ablaze|detonat(?:ed|ion)|went\s+off|defus(?:ed|ing)|foiled|gunned\s+down|hostages?|"
    r"died|dead|wounded|injured|wounding|injuring|(?:was|were)\s+(?:\w+\s+)?hurt(?:ed)?|"
    r"lost\s+(?:their\s+|his\s+|her\s+|the\s+)?li(?:fe|ves)|(?:sacrificed|laid\s+down)\s+(?:their|his|her)\s+li(?:ves|fe)|"  # (translated French: "26 civilians ... lost life")
    r"(?:jumped|jumps)\s+on\s+(?:an?\s+)?(?:mine|landmine|explosive\s+device|improvised\s+explosive|IED)|"
    r"(?:the|its|their)\s+loss\s+of\s+(?:\w+\s+){0,2}?(?:soldiers|troops|men|officers|policemen|personnel|fighters|lives)|(?-i:KIA|WIA)|slain|landmine|car\s+bomb|militants?\s+(?:attacked|stormed)|set\s+fire|"
    r"set\s+(?:\w+\s+){1,3}on\s+fire|"
    r"burn(?:ed|t)\s+(?:down\s+)?(?:a|the|\d+|several|dozens)|burn(?:ed|t)\s+to\s+the\s+ground|set\s+(?:it\s+|them\s+)?ablaze|arson|firefight|gunfight|fire-?bombs?|petrol\s+bombs?|"
    r"molotov|(?:beaten|bludgeoned|clubbed|stoned|burn(?:ed|t)|strangled)\s+to\s+death|lynched|hacked\s+to\s+death|stabb(?:ed|ing)|knife\s+attack|neutrali[sz]ed|"
    # an army's own account: "conducted an intelligence based operation", "an intense exchange of fire"
    r"exchanges?\s+of\s+fire|exchange[sd]?\s+fire|gun\s*battle|intelligence[\s-]+based\s+operation|IBO|"
    r"(?:heavy|fierce|intense)\s+fighting\s+(?:broke\s+out|erupted|raged)|(?<!since\s)fighting\s+(?:broke\s+out|erupted)\s+between|"
    r"blew\s+up|blown\s+up|blew\s+(?:a\s+)?holes?\s+in|(?:took|taken|carried|whisked)\s+(?:(?:him|her|them)\s+)?(?:away|off)|"
    r"(?:were|was|been)\s+taken\s+by\s+(?:\w+\s+){0,2}?(?:gunmen|armed\s+men|kidnappers|militants|rebels|fighters|bandits|"
    r"assailants|attackers|insurgents|jihadists|pirates)|"
    # a seat of government taken: "had taken the district centre of Garmser", "overran the government compound"
    r"(?:took|taken|seized|captured|overran|overrun)\s+(?:control\s+of\s+)?(?:the\s+)?(?:district|government|sub-?district|"
    r"county|provincial)\s+(?:centre|center|headquarters|compound|offices?)|"
    r"sent\s+to\s+hell|embraced\s+shahadat|made\s+the\s+(?:supreme|ultimate)\s+sacrifice|"
    r"c[ao]me\s+under\s+(?:heavy\s+|sustained\s+|intense\s+)?(?:fire|attack|gunfire)|"
    r"recovered\s+(?:the\s+)?bod(?:y|ies)\s+of|(?:were|was|had\s+been)\s+(?:seized|snatched)\s+from|"
    # a defence's own account: "repulsed an attempt by LTTE terrorists to break through the defence lines"
    r"repuls(?:ed|ing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|attempts?|assaults?|offensives?|incursions?|raids?)|"
    # "troops fought off insurgents who tried to overrun a military post"
    r"(?:fought|fighting|beat|beating|drove|driving|pushed)\s+(?:off|back)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:insurgents|militants|attackers|assailants|fighters|gunmen|jihadists|rebels|terrorists|bandits|attacks?|assaults?|raids?)|"
    # an incursion told by what the fighters did there: "around 20 insurgents entered Mucojo ... looted shops"
    r"looted|(?:insurgents|militants|jihadists|fighters|rebels|assailants|bandits|armed\s+men|gunmen|attackers)\s+(?:\w+\s+){0,3}?"
    r"(?:entered|invaded|occupied|seized|captured|took\s+control|" + _INCURSION + r"))\b|"
    # a town taken or taken back: "overran army positions and seized Mocímboa da Praia", "retook the town"
    + OVERTAKEN.pattern + r"|" + RETAKEN.pattern,
    re.I,
)
# TRIGGER.search over a sentence, read once for the many tests that ask it of the same sentence
_trigger = lru_cache(maxsize=8192)(TRIGGER.search)
REALIS_VERB = re.compile(
    r"\b" + SABOTAGE + r"\b|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:killed|attacked|bombed|kidnapped|abducted|"
    r"shot|injured|wounded|hurt(?:ed)?|ambushed|targeted|hit|struck|destroyed|seized|stormed|defused|foiled|beheaded|torched|"
    r"dropped\s+on(?:to)?|"  # "a drone loaded with explosives was dropped onto the police station"
    r"driven\s+(?:[\w-]+\s+){0,3}?(?:into|through)|"  # "a lorry loaded with explosives was driven at speed through the gate"
    r"(?:beaten|bludgeoned|clubbed|stabbed|hacked|stoned|burned|burnt|strangled)\s+to\s+death)\b|"
    # a device found: "police say they found a gas cylinder packed with explosives"
    r"\b(?:found|discovered|located)\s+(?:an?\s+)?(?:[\w-]+\s+){1,3}?(?:packed|loaded|laden|rigged|filled|stuffed)\s+with\s+explosives|"
    r"\b(?:attacked|stormed|ambushed|bombed|exploded|detonated|dynamited|" + OPENED_FIRE + r"|blew\s+(?:himself|herself|themselves|up)|"
    r"went\s+off|killed|shot\s+dead|abducted|kidnapped|hijacked|torched|set\s+fire|fired|struck|hit|targeted|"
    r"blew\s+(?:a\s+)?holes?\s+in|"  # "explosive charges blew a hole in the oil pipeline"
    r"used\s+(?:firearms|guns|rifles)\s+to\s+(?:damage|disable|destroy)|"  # "used firearms to damage equipment at two substations"
    r"(?:started|began)\s+(?:shooting|firing)|"  # "went into a shisha bar ... and started shooting"
    # "a bomber drove a truck full of explosives into the gate of a building used by army troops"
    r"drove\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,4}?(?:into|through)\b|"
    r"flew\s+(?:towards|toward|into|at)\b|"  # "two drones loaded with explosives flew towards the stage"
    # "EPP gunmen seized former vice-president Oscar Denis and one of his farmhands" (not "police seized weapons")
    r"(?:seized|snatched|grabbed)\s+(?:(?:a|an|the|two|three|four|five|\d+)\s+)?(?:[\w'’-]+\s+){0,3}?(?:hostages?|passengers|"
    r"villagers|people|students|pupils|children|girls|boys|women|workers|staff|members|farmhands?|journalists?|engineers?|"
    r"tourists|(?:vice-)?president|minister|official|governor|mayor|judge|priest|pastor|businessman)\b|"
    r"set\s+(?:\w+\s+){1,3}on\s+fire|broke\s+into|burst\s+into|tore\s+through|ripped\s+through|"
    # translated French: "have made irruption in the village", "a truck has jumped on an improvised explosive device"
    r"made\s+(?:an?\s+)?irruption|(?:jumped|jumps)\s+on\s+(?:an?\s+)?(?:mine|landmine|improvised\s+explosive|explosive|IED)|"
    r"raided|clashed|defused|foiled|launched|" + _INTERCEPT + r"|carried\s+out|rammed|gunned\s+down|died|occurred|took\s+place|"
    r"conducted|engaged|exchanged\s+fire|(?:were|was)\s+sent\s+to\s+hell|embraced\s+shahadat|repulsed|retaliated|came\s+under|recovered\s+(?:the\s+)?bod(?:y|ies)|"
    r"made\s+the\s+(?:supreme|ultimate)\s+sacrifice|"
    # an army's account: "repelled an attack", "14 terrorists were neutralised", "paid the supreme price"
    r"set\s+off\s+(?:\w+\s+){0,3}?(?:mines?|bombs?|explosives?|(?:explosive\s+)?devices?|IEDs?)|"
    # an event reported as having happened: "An explosion has been reported inside the gymnasium"
    r"(?:explosions?|blasts?|attacks?|shootings?|bombings?|gunfire|gunshots|shots)\s+(?:has|have|had)\s+been\s+(?:reported|heard)|"
    r"(?-i:KIA|WIA)|"  # a bulletin's "6 KIA (5 gendarmes, 1 civilian driver), 2 WIA"
    r"repelled|repulsed|(?:drove|beat|fought|pushed)\s+back|fought\s+off|warded\s+off|neutrali[sz]ed|paid\s+the\s+(?:supreme|ultimate)\s+price|took\s+away|carried\s+off|"
    r"shot\s+(?:a|an|the|his|her|their|two|three)\s|looted|"
    r"(?:insurgents|militants|jihadists|fighters|rebels|assailants|bandits|armed\s+men|gunmen)\s+(?:\w+\s+){0,3}?"
    r"(?:entered|invaded|occupied|" + _INCURSION + r")\b|"
    # a bomb found before it went off: "troops detected an Improvised Explosive Device planted by ..."
    r"(?:detected|discovered|found|uncovered|spotted|located)\s+(?:an?\s+|the\s+|two\s+|three\s+)?(?:\w+\s+){0,2}"
    r"(?:bombs?|IEDs?|(?:improvised\s+)?explosive\s+devices?|landmines?|(?:explosive|suicide)\s+(?:belts?|vests?|jackets?))|"
    r"(?:destroyed|detonated)\s+(?:it\s+)?in\s+a\s+controlled\s+(?:manner|way|explosion)|"
    r"there\s+was\s+an?\s+(?:\w+\s+){0,2}(?:attack|explosion|blast|bombing)|"
    r"(?:was|were)\s+(?:the\s+)?targets?\s+of\s+(?:an?\s+)?(?:\w+\s+){0,2}(?:attack|bombing|ambush|raid|assault))\b",
    re.I,
)
_LIKELY_AFTER = re.compile(r"s?\s+(?:is|are)\s+(?:now\s+)?(?:highly\s+|very\s+|considered\s+|still\s+)?(?:likely|possible|probable|"
                           r"expected|imminent)\b", re.I)
HYPOTHETICAL = re.compile(
    r"\b(?:vow(?:ed|s)?|threaten(?:ed|s|ing)?|warn(?:ed|s|ing)?\s+(?:of|that)|plan(?:ned|ning|s)?\s+to|plott?(?:ed|ing)|"
    r"could|would|might|may\s+(?:be|have)|if|fears?\s+(?:of|that)|feared|intend(?:ed|s)?\s+to|pledg\w+|"
    r"prevent(?:ed|ing)?|avert(?:ed)?|possible|potential|risk\s+of|aim(?:ed|s)?\s+to|seeks?\s+to|"
    r"want(?:ed|s)?\s+to|ready\s+to|prepared\s+to|whether)\b",
    re.I,
)
NEGATED = re.compile(
    r"\bno\s+(?:\w+\s+)?(?:blast|explosion|attack|bombing|shooting|incident|violence)s?\s+(?:\w+\s+)?"
    r"(?:occurred|took\s+place|happened|was\s+reported|has\s+been\s+reported)|"
    r"\b(?:denied|dismissed|rejected)\s+(?:\w+\s+){0,3}(?:reports?|claims?|rumou?rs?)\s+(?:of|that)\s+(?:an?\s+)?(?:attack|blast|explosion)|"
    r"\bthere\s+(?:was|were|had\s+been)\s+no\s+(?:\w+\s+)?(?:attack|blast|explosion|bombing|shooting)s?\b|"
    r"\b(?:false|fake|hoax)\s+(?:alarm|report|claim|news)|"
    # "The spokesman's claim that fighters had shot down a helicopter ... was rejected by NATO"
    r"\bclaims?\s+that\s+[^.;]{5,160}?\s(?:was|were|has\s+been|have\s+been)\s+(?:flatly\s+|firmly\s+)?"
    r"(?:rejected|denied|dismissed|refuted)\b",
    re.I,
)
GENERIC = re.compile(
    # ("a wave of attacks", not "a wave of burning crude")
    r"\bwave\s+of\s+(?:[\w-]+\s+){0,2}?(?:attacks|bombings|blasts|killings|violence|kidnappings|abductions|assassinations|"
    r"raids|strikes|shootings|massacres|unrest|terror)\b|"
    r"\b(?:series\s+of|spate\s+of|string\s+of|years?\s+of|decades?\s+of|history\s+of|"
    # "which has stepped up attacks on security forces ... since a ceasefire lapsed"
    r"(?:stepped|ramped|scaled)\s+up\s+(?:its\s+|their\s+)?(?:attacks|bombings|raids|kidnappings|operations)|"
    r"frequent(?:ly)?|often|regular(?:ly)?|routinely|repeatedly|in\s+recent\s+(?:years|months|weeks)|"
    r"(?:almost|nearly)\s+(?:daily|every\s+(?:day|night|week))|on\s+a\s+daily\s+basis|"
    r"(?:have|has)\s+been\s+(?:\w+\s+){1,6}?since\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d|"
    # (not this event's toll: "26 civilians have been killed in the attack", "14 have been transferred to the hospital")
    r"have\s+(?:long\s+)?(?:been|faced)(?!\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt|transferred|taken|admitted|evacuated|"
    r"rushed|airlifted)\s+(?:in|to|at|after|by)\s+(?:the|this|that|a|an|hospitals?)\b)|such\s+attacks|these\s+attacks|terrorism\s+is|terrorists\s+will|"
    # "its cells continue to carry out attacks in rural areas of Diyala"
    r"continu(?:e|es|ed|ing)\s+to\s+(?:carry\s+out|stage|launch|mount|conduct)\s+(?:\w+\s+)?attacks|"
    # "Sagaing Region is one of the region that is mostly attacked by military council airstrikes"
    r"\b(?:most|mostly|frequently|often|regularly|repeatedly|routinely)\s+(?:attacked|targeted|hit|struck|bombed|affected)\b|"
    # (the doers' record, active: "have killed dozens"; "one officer has been killed" is a toll, told below if generic)
    r"(?:have|has)\s+(?!been\s+(?:killed|attacked|targeted|abducted|kidnapped)\b)(?:\w+\s+){0,2}(?:killed|attacked|targeted|abducted|kidnapped|bombed|carried\s+out|staged|launched|"
    r"lynched|massacred|murdered|assassinated|slaughtered)"
    # (but not the toll of the event told: "26 civilians ... have been killed in the attack")
    r"(?!\s+(?:in|during)\s+(?:the|this|that|today['’]s|yesterday['’]s)\s+(?:[\w-]+\s+)?(?:attack|blast|explosion|bombing|"
    r"ambush|raid|shooting|incident|assault|clash(?:es)?|fighting)\b)|"
    r"(?:have|has)\s+been\s+(?:killed|attacked|targeted|abducted|kidnapped)\s+(?:across|in\s+recent|since|over\s+the)|"
    # "more than 190 people have been killed by Israeli strikes in Lebanon since the ceasefire"
    r"(?:have|has)\s+been\s+(?:killed|abducted|kidnapped)\s+(?:by|in)\b[^.;]{0,60}?\bsince\b|"
    r"tens\s+of\s+thousands|hundreds\s+of\s+thousands|(?:the|this|its)\s+(?:conflict|insurgency|war|campaign|crisis)\s+(?:has|have|had)\b|"
    r"(?:the|this|its)\s+(?:conflict|insurgency|war|campaign|crisis|violence)\b[^.;]{0,120}?\b(?:killed|claimed)\s+"
    r"(?:the\s+lives\s+of\s+)?(?:hundreds|thousands|tens\s+of\s+thousands|more\s+than|over)\b|"
    # a share of a tally: "More than 60 percent of all attacks took place in ...", "most of the attacks in ..."
    r"(?:percent|per\s+cent|%|half|third|quarter|most|majority)\s+of\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?"
    r"(?:attacks|incidents|deaths|killings|casualties|victims|fatalities))\b",
    re.I,
)
# the doers named only by what they are: "insurgents captured", "the militants stormed"
_GENERIC_DOER = re.compile(r"\b(?:the\s+)?(insurgents|militants|jihadists|terrorists|extremists|rebels|fighters)\s+"
                           r"(?:\w+\s+){0,2}?(?:attacked|abducted|kidnapped|killed|shot|beheaded|captured|ambushed|stormed|"
                           r"raided|looted|burned|burnt|torched|set\s+fire|entered|overran|" + OPENED_FIRE + r"|struck|hit|seized|"
                           r"blew|detonated|planted|executed|massacred|lobbed|hurled|threw)\b", re.I)
# a doer named only by reference to a group told just before: "In March 2023, its fighters killed at least 40
# people" after "The ADF ... has killed thousands"; "a roadside bomb ... planted by the militants"
_DEEDS = (r"(?:attacked|abducted|kidnapped|killed|shot|beheaded|ambushed|stormed|raided|burned|torched|set\s+fire|overran|"
          + OPENED_FIRE + r"|struck|hit|seized|detonated|planted|massacred)")
# an attribution to the group told before: "attributes this act to the aforementioned ..."
_TO_THE_SAID = (r"(?:attribut\w+|blam\w+)\s+(?:this|the|that)\s+(?:act|attack|bombing|assault|massacre)\s+(?:to|on)\s+the\s+"
                r"(?:aforementioned|aforesaid|above-?mentioned|said|same)")
_ANAPHORIC_DOER = re.compile(
    r"\b(?:(?:its|the\s+group(?:'s|’s))\s+(?:fighters|militants|gunmen|cadres|members|insurgents|men)\s+(?:\w+\s+){0,2}?[\"“]?"
    + _DEEDS + r"|"
    # "the group said it had overrun a Mozambican army position": its own account, a claim
    r"the\s+group\s+said\s+(?:that\s+)?it\s+had\s+[\"“]?(?:" + _DEEDS[3:-1] + r"|overrun|overran|destroyed)|the\s+(?:insurgents|militants|jihadists|rebels|extremists)\s+(?:\w+\s+){0,2}?" + _DEEDS + r"|"
    r"(?:planted|laid|carried\s+out|blamed\s+on|attributed\s+to|claimed)\s+by\s+the\s+(?:insurgents|militants|jihadists|rebels|extremists)|"
    # "It claimed an attack by a gunman on the Shah Cheragh shrine": the group just named (not "it claimed the lives")
    r"(?:^\W*|\b(?:when|and|after)\s+)(?-i:It|it)\s+(?:also\s+|later\s+)?claimed\s+(?:responsibility\s+for\s+)?(?:an?|the)\s+(?!lives\b)|"
    # "The group further claimed a car bomb that exploded in front of the barracks in Calahorra"
    r"(?:^\W*|\b(?:when|and|after)\s+)the\s+(?:group|organi[sz]ation|movement)\s+(?:also\s+|further\s+|later\s+)?claimed\s+"
    r"(?:responsibility\s+for\s+)?(?:an?|the)\s+(?!lives\b)|"
    # "The National Government accordingly attributes this act to the aforementioned organisation"
    + _TO_THE_SAID + r"\s+(?:organi[sz]ation|group|movement|guerrilla))\b",
    re.I)
# an attribution to the group named just before, whatever it is called
_ANAPHORIC_BLAME = re.compile(r"\b" + _TO_THE_SAID + r"\b", re.I)
# a town's name that names a building: "the Santa Maria church"
_FACILITY_AFTER = re.compile(r"\s+(?:(?:Catholic|Orthodox|Anglican|Protestant|Evangelical|Grand|Great)\s+)?"
                             r"(?:church|cathedral|chapel|basilica|mosque|temple|synagogue|shrine|monastery|"
                             r"(?:shopping\s+)?(?:mall|centre|center|plaza)|hotel|supermarket|stadium)\b", re.I)
# a span of years: "over the past decade", "for years", "since the return of democracy in 1986"
_OVER_YEARS = re.compile(r"\b(?:(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:decades?|years|months)|"
                         r"for\s+(?:many\s+)?(?:years|decades)|since\s+(?:[\w-]+\s+){0,6}?(?:19|20)\d\d)\b", re.I)
_FIGHTERS_TAIL = r"(?:\s+(?:fighters|militia|militiamen|rebels|gunmen|groups?))?\b"
_REBEL_WORDS = re.compile(r"\b(?:separatists?|rebels?|insurgents?|guerrillas?)" + _FIGHTERS_TAIL, re.I)
_SEPARATISTS = re.compile(r"\bseparatists?" + _FIGHTERS_TAIL, re.I)
_BREAKDOWN = re.compile(r"\W*(?:[Dd]istrict|[Ss]tate|[Pp]rovince|[Rr]egion|[Cc]ounty|[Yy]ear|[Mm]onth)-wise\b|"
                        r"\W*[Bb]y\s+(?:district|state|province|region|county|month|year)\s*,")
_BACKREF = re.compile(
    r"\b(?:after|since|following|before|over|about)\s+(?:the\s+)?(?:(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)|yesterday|last\s+week|last\s+night)['’]s?\s+(?:\w+\s+){0,2}?(?:attacks?|blasts?|bombings?|explosions?|"
    r"ambush(?:es)?|raids?|killings?|shootings?|massacre|violence)\b|"
    # "Many ojek drivers have stopped working since the shooting": the event told, by its name
    r"\b(?:since|following|over)\s+the\s+(?:attacks?|blasts?|bombings?|explosions?|ambush|raids?|killings?|shootings?|"
    r"massacre)\b(?!\s+(?:of|on|at|in)\b)|"
    # "The Reina massacre came at the end of a year in which ...": the event told, by its name, set in its time
    r"^\W*the\s+(?-i:[A-Z][\w'’-]+)\s+(?:attack|bombing|blast|massacre|shooting|raid|ambush|siege)\s+(?:came|comes)\b|"
    # "The Sheriff's Office has described the attacks as deliberate and targeted": a judgement of the events told
    r"\b(?:described|called|termed|labell?ed|branded|characteri[sz]ed)\s+the\s+(?:\w+\s+)?(?:attacks?|blasts?|bombings?|"
    r"explosions?|ambush(?:es)?|raids?|killings?|shootings?|incidents?)\s+as\b|"
    # "Tuesday's bombing of the recruits came as the government ...": the event told, set in its context
    r"^\W*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday)['’]s\s+(?:\w+\s+){0,4}?"
    r"(?:attacks?|blasts?|bombings?|explosions?|ambush(?:es)?|raids?|killings?|shootings?|massacre)\b"
    r"(?=[^.]*\b(?:came|comes|follows|followed|was\s+the|is\s+the)\b)", re.I)
RETROSPECTIVE = re.compile(
    # ("a drone blew up as he addressed a National Guard anniversary parade" is an event at a parade)
    r"\b(?:anniversary(?!\s+(?:parade|celebrations?|rally|festivities|march|concert))|commemorat\w+|memorial\s+(?:service|ceremony)|marked\s+(?:the\s+)?(?:\w+\s+)?years?|"
    r"trial|sentenced|convicted|verdict|acquitted|court\s+heard|jailed|went\s+on\s+trial|charged\s+with|"
    r"charge\s+sheet|indictment|defendants|"
    r"(?:detained|arrested|rounded\s+up)\s+(?:\w+\s+){0,3}(?:people|suspects?|m[ae]n|wom[ae]n|individuals|persons)|"
    # a search, not a fight: "Counter-terrorism teams raided addresses in 11 districts of the city, seizing weapons"
    r"raided\s+(?:[\w-]+\s+){0,2}?(?:addresses|homes|houses|premises|properties|apartments|flats)\b|"
    r"condemned|denounced|mourned|paid\s+tribute|offered\s+condolences|expressed\s+(?:shock|sorrow|grief)|"
    # a remembrance: "worshippers observed two minutes of silence at the shrine ... at the moment the first bomb went off"
    r"(?:minutes?|moment)\s+of\s+silence|lit\s+candles|laid\s+(?:a\s+)?wreaths?|"
    # a conflict's beginning: "The insurgency began in October 2017 and has killed thousands"
    r"(?:insurgency|conflict|war|uprising|rebellion|crisis)\s+(?:first\s+)?(?:began|erupted|broke\s+out|started)|"
    # ("Heavy fighting broke out between two militias on Tuesday" is an event; "the violence began in 2017" is not)
    r"(?:violence|fighting)\s+(?:first\s+)?(?:began|erupted|broke\s+out|started)\s+in\s+(?:\w+\s+)?(?:19|20)\d\d)\b",
    re.I,
)
# what a sentence is about when these come before its word of violence: a march, a rescue, a release
AFTERMATH = re.compile(
    r"\b(?:protest(?:s|ed|ers|ing)?|marched|rall(?:y|ied)|demonstrat(?:ors?|ions?|ing)|demonstrated\s+(?:against|outside|in|at|over)|vigil|rescued|freed|"
    # (hostages released, not "a statement released on Wednesday claimed the killing of two farmers")
    r"(?<!statement\s)(?<!video\s)(?<!message\s)(?<!communiqu[eé]\s)(?<!recording\s)released|"
    r"reopened|resumed|compensation|"
    # "Residents began returning to their homes on Monday to find roofs burned": the aftermath found
    r"return(?:ed|ing)?\s+(?:\w+\s+){0,6}?to\s+find)\b",
    re.I,
)
# a community's answer to an attack, not an attack: "held a 'dead city' day to protest against the killings"
REACTION = re.compile(r"\b(?:dead\s+city|ville\s+morte|shut\s*down|general\s+strike|day\s+of\s+mourning|funerals?\s+(?:of|for)|"
                      r"to\s+protest\s+(?:against|over|at)|in\s+protest\s+(?:at|against|over)|were\s+buried|mourners|vigil|"
                      # "President Museveni toured both sites on Monday and called the bombers cowards"
                      r"(?:toured|visited)\s+(?:both\s+|the\s+|two\s+)?(?:sites?|scenes?|wounded|injured|victims|hospitals?))\b", re.I)
# "Hillary Clinton, who arrived in Islamabad today, condemned the attack": a reaction to an event told
_CONDEMNED = re.compile(r"\b(?:condemned|condemns|denounced|deplored)\s+(?:the|this|that|yesterday's|today's|\w+day's)\s+"
                        r"(?:\w+\s+)?(?:attack|bombing|blast|killings?|massacre|violence)\b", re.I)
SPEECH_DATE = re.compile(
    r"\b(?:said|says|told\s+(?:\(?[\w.]+\)?\s+){0,2}|announced|reported|added|stated|confirmed|statement|released|"
    r"published|issued|launched|unveiled|presented|broadcast|televised|aired|posted|read\s+out|"
    r"read\s+(?:out\s+)?on\s+(?:\w+\s+)?(?:television|radio|TV)|"
    r"press\s+conference|briefing)"
    # (by the channel it went out on: "a statement released through its Amaq news agency on Saturday"; or in what:
    # "the office said in an end-of-year review on Wednesday")
    r"(?:\s+(?:through|via|on|over)\s+(?:the\s+|its\s+|their\s+)(?:[\w'’-]+\s+){1,4}?|"
    r"\s+in\s+(?:an?|its|the|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:review|report|statement|interview|address|speech|"
    r"message|briefing|bulletin|update|communiqu[eé]|post|letter)\s+"
    # ("said in a post on its Facebook page on Tuesday")
    r"(?:on\s+(?:its|their|his|her|the)\s+(?:[\w'’-]+\s+){0,2}?(?:page|channel|account|website|feed)\s+)?)?\s*(?:\w+\s+)?$|"
    # "In a communiqué on 11 February, the army said": the communiqué's day (not "the communiqué on the incidents
    # that occurred on 2 July")
    r"\bcommuniqu[eé]\s+(?:(?:issued|dated|released|published)\s+)?(?:on\s+)?$|"
    # "As of 13 April, our team has recorded the names of at least 165 people killed": the count's day
    r"\bas\s+(?:of|at)\s+$|"
    # "Residents spent Wednesday sweeping glass ... after a motorcycle bomb went off late on Tuesday": a day after it
    r"\bspent\s+(?:the\s+)?$|"
    # "The town was in mourning on Monday after 13 men were killed": the mourning's day
    r"\bin\s+mourning\s+(?:(?:late|early)\s+)?(?:on\s+)?$|"
    # "figures released by the state police headquarters on Thursday"
    r"\b(?:released|published|issued)\s+by\s+(?:[\w'’-]+\s+){1,5}(?:(?:late\s+|early\s+)?on\s+)?$",
    re.I,
)
BACKGROUND = re.compile(r"^\W*(?:previously|earlier|in\s+a\s+(?:previous|separate|similar|earlier)|last\s+(?:week|month|year)|"
                        r"in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|"
                        r"the\s+(?:latest|attack|blast)\s+(?:comes|came|follows|followed)|this\s+(?:is|was)\s+not\s+the\s+first)", re.I)
REFERS = re.compile(
    r"\b(?:the|that|this|these|those)\s+(?:(?:drone|air|missile|twin|two|three|coordinated)\s+)?(?:attacks|strikes|blasts|explosions|bombings|shootings|raids)\b|"
    # "As a consequence of this execrable terrorist act, twenty-one cadets ... lost their lives"
    r"\b(?:as\s+a\s+(?:consequence|result)\s+of|in)\s+(?:this|that|the)\s+(?:[\w-]+\s+){0,2}?(?:act|attack|assault|explosion)\b|"
    # "Police said the aircraft had been struck by an explosive-laden drone": how it was done
    r"\b(?:had\s+been|has\s+been|was|were)\s+(?:struck|hit|targeted|attacked|brought\s+down|shot\s+down)\s+by\b|"
    # "They fired into the crowd for several minutes": the attackers just told
    # "The driver, an LTTE cadre, detonated the load at the entrance": the one who drove the bomb just told
    r"^\W*The\s+(?:driver|bomber|attacker|assailant|gunman)(?:,\s+[^.;,]{1,40},)?\s+(?:then\s+)?(?:detonated|set\s+off|"
    r"triggered|blew|rammed|crashed)\b|"
    r"^\W*(?:They|He|She)\s+(?:then\s+|also\s+)?(?:fired|opened|shot|set|stormed|killed|attacked|burned|torched|abducted|seized|"
    r"detonated|planted|threw|hurled|looted|went)\b|"
    r"\b(?:the|that|this)\s+(?:(?:drone|air|missile)\s+)?(?:attack|strike|airstrike|shelling|blast|explosion|bombing|ambush|assault|shooting|raid|kidnapping|abduction|incident|"
    r"bombers?|attackers?|gunmen|assailants|victims|dead|injured|wounded)\b|\bresponsibility\b|\bclaimed\b|"
    r"\b(?:killed|injured|wounded|hurt|dead|died|injuries|airlifted)\b|\bamong\s+the\b|\bhospital\b|\bclinic\b|"
    r"\b(?:on|in|at|into)\s+the\s+(?:city|town|village|building|compound|site|camp|market)\b|\bstray\s+bullet|\bshrapnel\b|\bfell\s+(?:with\s+arms|in\s+action)|"
    r"\b(?:came\s+under|opened)\s+(?:fire|attack)|\b(?:firefight|gunfight|fighting|clash(?:es)?)\b|"
    r"\b(?:accused|blamed|suspect(?:s|ed)?|attributed|behind\s+the)\b|\bthe\s+(?:device|killing|murder|assassination|siege|raid)\b|"
    # "The killings happened near Mangochar in Kalat district": where the event told happened
    r"^\W*(?:The|These|Those)\s+killings\s+(?:happened|took\s+place|occurred)\b|"
    r"\blines?\s+of\s+(?:the\s+)?investigation\b|"
    r"\bthe\s+(?:explosive|improvised|suspected|hidden|unexploded)\s+(?:device|bomb)\b|"
    r"\b(?:casualties|no\s+one|nobody|attackers|assailants|gunmen|armed\s+(?:men|individuals)|combats?|bombers?|neutrali[sz]ed|"
    r"eliminated|supreme\s+price|the\s+(?:provisional\s+|final\s+|human\s+)?balance\s+(?:is|was|stands)|"
    r"wounds|treated|treatment|bodies|repelled|repulsed|the\s+enemy|balance\s+sheet|toll|as\s+follows)\b|"
    r"\bthe\s+(?:encounter|fighting|battle|clash|gunfight|firefight|exchange\s+of\s+fire|operation)\b|"
    # the doers go on: "They looted food and clothing from shops and set fire to at least 10 houses"
    r"^\W*(?:They|The\s+(?:group|fighters|insurgents|militants|attackers|assailants|raiders))\s+(?:also\s+|then\s+)?"
    r"(?:looted|burned|burnt|torched|set\s+fire|stole|seized|took|abducted|carried\s+off|destroyed)\b",
    re.I,
)
CLAIMED = re.compile(
    r"(?:^|\n)[^\S\n]*claims?\s*:\s*yes\b|"  # a claims watch's "Claim: YES. Islamic State's Amaq News Agency, Sunday morning"
    r"\b(?:claim(?:ed|ing)\s+(?:responsibility|credit|(?:a|an|the|this|that|both)\s+(?:\w+\s+){0,2}(?:attacks?|bombings?|blasts?|"
    r"killings?|abductions?|kidnappings?|raids?|ambush|assault|operations?|actions?|strikes?|explosion|hijacking|siege|assassination|murder|arson|"
    r"(?:car\s+|truck\s+|van\s+)?bombs?))|"
    # "ETA also admitted killing Isaías Carrasco": the group's own word for it
    r"(?:also\s+)?(?:admitted|acknowledged)\s+(?:killing|kidnapping|abducting|carrying\s+out|responsibility|the\s+(?:attack|killing|"
    r"bombing|murder|assassination|kidnapping)\b)|"
    r"(?:took|accepted|assumed|claiming)\s+responsibility|"
    # "has claimed the two gunmen as its members", "claimed the bomber as one of its fighters"
    r"claim(?:ed|s|ing)\s+(?:the\s+)?(?:\w+\s+)?(?:gunm[ae]n|attackers?|assailants?|bombers?|perpetrators?|shooters?)\s+"
    r"as\s+(?:one\s+of\s+)?(?:its|their)\s+(?:own\s+)?(?:members?|fighters?|martyrs?|operatives?)|(?:said|saying)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?(?:carried\s+out|was\s+behind|were\s+behind|staged|conducted|done\s+it|"
    r"did\s+it|(?:was|were)\s+responsible)|"
    r"responsibility\s+(?:was|has\s+been)\s+claimed|"
    # "which later circulated a statement taking responsibility"
    r"(?:statement|communiqu[eé]|message|video|post)\s+(?:taking|claiming|accepting|assuming)\s+responsibility\b|(?:later\s+|since\s+|subsequently\s+)?claimed\s+by\s+(?:the\s+)?"
    r"(?:(?:\w+\s+){0,2}?(?:branch|wing|affiliate|faction|arm|offshoot|franchise)\s+of\s+(?:the\s+)?)?(?=(?-i:[A-Z])|al[- ])|"
    r"said\s+(?:\w+\s+){0,14}?(?:that\s+)?one\s+of\s+its\s+(?:members|fighters|militants)|claim(?:ed|s)?\s+of\s+responsibility\s+(?:by|from)|in\s+a\s+claim\s+of\s+responsibility|"
    # ('ISKP said in a short statement, accompanied by a photograph, that its "soldiers" had shot dead ...')
    r"(?:said|acknowledged|admitted)\s+(?:[\w'’-]+,?\s+){0,12}?(?:that\s+)?(?:its|their|his)\s+[\"“']?"
    r"(?:fighters|members|men|militants|forces|units?|commandos|cadres|soldiers|mujahideen|mujahidin)[\"”']?\s+"
    r"(?:had\s+|were\s+)?(?:carried\s+out|conducted|staged|killed|attacked|executed|abducted|seized|bombed|holding|"
    r"held|kidnapped|planted|detonated|set\s+off|blew\s+up|ambushed|targeted|struck|launched|destroyed|shot\s+dead|"
    r"gunned\s+down)|"
    # "Al-Shabaab again said it was responsible", "Al-Shabaab claimed it."
    r"said\s+(?:that\s+)?(?:it|they)\s+(?:was|were)\s+(?:responsible|behind)|\bclaimed\s+(?:it|them|both)\s*[.;]|"
    # "a group calling itself 'Vulkangruppe' says it attacked the power supply"
    r"calling\s+(?:itself|themselves)\s+[^.;]{1,60}?\s+(?:says|said)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?(?:attacked|"
    r"bombed|set\s+fire|burned|torched|struck|targeted|killed|sabotaged|carried\s+out)|"
    # "an attack al-Shabaab claimed", "a bombing that the Islamic State later claimed"
    # (or by a pronoun or a common noun: "in an attack the group claimed the following day")
    r"(?:an?|the)\s+(?:attack|bombing|assault|raid|ambush|massacre|killing|blast|operation)\s+(?:that\s+|which\s+)?"
    r"(?:(?:the\s+)?(?-i:(?:al-|[A-Z])[\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,4}(?:\s+(?:group|movement|organi[sz]ation))?|"
    r"the\s+(?:group|militants|movement|organi[sz]ation|rebels|insurgents)|it|they)"
    r"\s+(?:later\s+|quickly\s+|swiftly\s+|also\s+)?claimed\b(?!\s+(?:the\s+)?lives)|"
    # "Posters left at the spot in the name of the PLFI said the tower was burnt because ...": a signed claim
    r"(?:posters?|leaflets?|pamphlets?|banners?|notes?|letters?)\s+(?:\w+\s+){0,5}?(?:in\s+the\s+name\s+of|signed\s+(?:by|in\s+the\s+name\s+of))\s+)",
    re.I,
)
NO_CLAIM = re.compile(
    r"(?:^|\n)[^\S\n]*claims?\s*:\s*(?:none|no)\b|"  # "Claim: NONE SEEN."
    r"\b(?:no\s+(?:other\s+)?(?:(?:armed|criminal|militant|rebel|insurgent|jihadist|terrorist|separatist|resistance)\s+)?"
    r"(?:group|one|organi[sz]ation|faction|party|side|gang|cartel)\s+"
    r"(?:has\s+|had\s+)?(?:yet\s+|immediately\s+|so\s+far\s+|publicly\s+|formally\s+)?"
    r"(?:claimed|taken|accepted|come\s+forward)|nobody\s+(?:has\s+|had\s+)?(?:yet\s+|so\s+far\s+)?(?:claimed|taken\s+responsibility)|"
    r"(?:has|had|was)\s+not\s+(?:yet\s+|immediately\s+)?(?:been\s+)?claimed|no\s+(?:immediate\s+)?claim(?:\s+of\s+responsibility)?\b(?!\s+(?:that|to|on|for))|"
    r"not\s+immediately\s+claimed|(?:did|has|have)\s+not\s+(?:yet\s+)?claim(?:ed)?\s+(?:responsibility|it|the)|there\s+was\s+no\s+(?:immediate\s+)?claim|unclaimed|(?:was|were|has\s+been)\s+never\s+claimed)",
    re.I,
)
DENIED = re.compile(r"\b(?:denied|rejected)\s+(?:any\s+)?(?:involvement|responsibility|role)\b|"
                    # "said ... that it had \"no connection\" with the killing", "denied it had any part in"
                    r"\b(?:it|they)\s+(?:had|has|have)\s+[\"“]?(?:no|nothing)\s+(?:connection|link|involvement|part|role|"
                    r"to\s+do)[\"”]?\s+(?:\w+\s+){0,2}?(?:with|in)\s+(?:the|this|that|these|those)\s+(?:killings?|attacks?|bombings?|"
                    r"blasts?|abductions?|kidnappings?|violence|incidents?|shootings?|murders?|assassinations?|explosions?|ambush)\b|\bdenied\s+(?:in\s+a\s+statement\s+)?(?:that\s+)?(?:it|they)\s+had\s+(?:any|anything)\b", re.I)
# the one who denies, just before the denial: a government's office, or a capital or country speaking for its state
_STATE_DENIER = re.compile(r"\b(?:government|ministry|embassy)\b[^.;]{0,30}$", re.I)
_DENIER_NAME = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:has\s+|had\s+|also\s+|quickly\s+|swiftly\s+)?$")
SUSPECTED = re.compile(
    r"\b(?:suspect(?:ed|s)?|blamed|blames?|believed\s+to\s+(?:be|have)|attributed|attributes?|accused|accuses?|likely|"
    r"thought\s+to\s+be|alleged(?:ly)?|(?:main|primary|chief)\s+line\s+of\s+(?:inquiry|enquiry|investigation)|"
    r"(?:is|was)\s+the\s+(?:action|work|handiwork|doing)\s+of|"  # "believes that it is the action of the ... BRN movement"
    r"b(?:ore|ear|ears|earing)\s+(?:all\s+)?the\s+(?:hallmarks|signature|trademarks?)|(?=belong)(?<!vehicle\s)(?<!vehicles\s)(?<!car\s)(?<!cars\s)(?<!truck\s)(?<!trucks\s)(?<!bus\s)(?<!house\s)(?<!houses\s)(?<!shop\s)(?<!shops\s)(?<!land\s)(?<!property\s)(?<!building\s)(?<!camp\s)(?<!office\s)belong(?:ed|s|ing)?\s+to|members\s+of|linked\s+to|affiliated\s+(?:to|with)|"
    r"(?:planted|carried\s+out|staged|set\s+off|organi[sz]ed|coordinated|ordered|(?:had\s+been|was|were)\s+(?:sent|laid|placed))\s+by|(?<!said it )(?<!said they )(?:was|were)\s+behind|blaming|accusing|"
    # "Detectives said dissident republicans were responsible" (not the group's own "said it was responsible")
    r"\b(?:said|say|says|believed?|believes|think|thought)\s+(?:that\s+)?(?!it\s|they\s)(?:[\w'’-]+\s+){1,4}?(?:was|were)\s+"
    r"(?:likely\s+|probably\s+)?responsible\b(?!\s+for\s+(?:security|the\s+area))|"
    r"(?:was|were|is|bore)\s+(?:the\s+)?(?:work|handiwork|hallmarks?)\s+of|"  # "the attack was the work of ETA"
    r"(?:investigation|inquiry|evidence)\s+(?:\w+\s+){0,2}?point(?:s|ed)?\s+to)\b",
    re.I,
)
_NAMED_VICTIM = re.compile(
    r"(?:(?:killed|shot(?:\s+dead)?|assassinated|gunned\s+down|targeted|murdered|attack\s+on|convoy\s+of|motorcade\s+of|"
    + OPENED_FIRE + r"\s+on|fired\s+(?:at|on)|ambushed|"
    r"vehicle\s+(?:of|carrying)|car\s+(?:of|carrying)|(?:helicopter|aircraft|plane)\s+carrying)\s+(?:\w+\s+){0,4}?)"
    r"(?P<title>" + PROMINENT.pattern + r")[\s,]+(?P<name>(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}))|"
    # "opened fire on a helicopter carrying then-President Iván Duque": a head of state only where the craft that
    # carried him was attacked ("the attack on the base, President X said" makes him no victim)
    r"\b(?:vehicle|car|helicopter|aircraft|plane)\s+carrying\s+(?:the\s+)?(?:then-|ex-|former\s+)?"
    r"(?P<head>(?:vice[\s-])?president)\s+(?P<head_name>(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}))",
    re.I,
)
# "Municipal councillor Luz Dary Trochez was shot dead": the title and the name first, the killing after
_NAMED_VICTIM_FIRST = re.compile(
    r"(?P<title>" + PROMINENT.pattern + r")[\s,]+(?P<name>(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})),?\s+"
    r"(?:[^.;]{0,60}?,\s+)?(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:shot\s+dead|killed|assassinated|gunned\s+down|"
    r"murdered|shot|stabbed|abducted|kidnapped)\b",
    re.I,
)
# "shot dead Abdullahi Hassan Gedi, a member of the state parliament", "Mir Naseer Ahmed, the chairman of the
# district council, was killed": the name first, the title in apposition
_NAME_THEN_TITLE = (r"(?P<name>(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})),\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?"
                    r"(?P<title>" + PROMINENT.pattern + r")")
_NAMED_VICTIM_APPOSED = re.compile(
    r"\b(?:killed|shot\s+dead|assassinated|gunned\s+down|murdered|shot\s+and\s+killed)\s+" + _NAME_THEN_TITLE + r"|"
    r"(?:^|[.;:]\s+|--\s+|\s-\s)" + _NAME_THEN_TITLE.replace("(?P<name>", "(?P<name2>").replace("(?P<title>", "(?P<title2>")
    # ("Juan López, a municipal councillor in Tocoa and a leading member of the campaign against a mine, was shot
    # several times in his vehicle")
    + r"[^.;]{0,160}?,\s+(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:shot\s+dead|killed|assassinated|gunned\s+down|murdered|"
    r"shot(?:\s+(?:several|multiple|many|repeatedly|twice|\w+\s+times)|\s+in\s+the\s+(?:head|chest|back))|stabbed\s+to\s+death)\b",
    re.I,
)
_TARGETED_OFFICIAL = re.compile(
    r"\b(?:convoy|motorcade|vehicle|car)\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<title>" + PROMINENT.pattern + r")(?!\w)",
    re.I,
)
_DEMONYM_ANY = re.compile(r"\b((?:South\s+|North\s+|Central\s+|New\s+)?[A-Z][a-zè]+)\b")
_NATIONALITY_NOUN = re.compile(r"\b(?:nationals?|citizens?|workers?|engineers?|tourists?|soldiers?|troops|diplomats?|"
                               r"staff|employees|contractors|pilgrims|travell?ers|people|journalists?|expatriates|civilians)\b", re.I)


_DEMONYM_BEFORE_NOUN = re.compile(
    r"\b([A-Z][a-zè]+(?:\s+[A-Z][a-z]+)?)\s+(?:\w+\s+)?(?=" + _NATIONALITY_NOUN.pattern + r")"
)


@dataclass
class _Draft:
    anchor: int  # index into the sentence list
    sids: list[int] = field(default_factory=list)
    date: date | None = None
    date_precision: str | None = None
    date_mention: DateMention | None = None
    place: PlaceMention | None = None
    background: bool = False
    date_sid: int | None = None  # the sentence that dated the incident
    mentions: list[int] = field(default_factory=list)  # other sentences that tell the event again


class RuleExtractor:
    """Offline rule-based extractor; the default backend."""

    name = "rules"
    relevance_filter = True  # skip the costly steps for text without a single word of violence

    def __init__(self, settings: Settings, gazetteer: Gazetteer | None = None) -> None:
        self.settings = settings
        self.gaz = gazetteer or default_gazetteer(settings.geo)
        self.geocoder = Geocoder(self.gaz)
        self._live = False  # whether the document being read is a live blog of timestamped entries
        self._live_day: DateMention | None = None  # the day its header names
        self._main_draft: _Draft | None = None  # the report's first event that is no background
        self._first_draft: _Draft | None = None  # that event, when the report's lead sentence tells no event

    # -- public -----------------------------------------------------------------
    def extract(self, doc: Document) -> Extraction:
        if not doc.segments:
            doc = segment_document(doc)
        text = doc.text
        sents: list[Sentence] = []
        for seg in doc.segments:
            # an opinion piece is read too: "Last Tuesday, a minibus ... was hit by a drone" in an op-ed is an
            # event however it is argued over (its talk of wars in general names no day and place, no event)
            if seg.kind == "reporting" or (seg.kind == "commentary" and seg.reason.startswith("opinion")):
                sents.extend(sentences(text, seg.start, seg.end))
        dayfirst = self.settings.extract.dayfirst
        # the "2." that numbers a press release's paragraphs is no sentence: it would part an event's sentences
        sents, self._live = _chronological(text, [s for s in _split_events(text, sents, dayfirst)
                                                  if not _ENUMERATOR.fullmatch(s.text)])
        dates_by_sent = [find_dates(text, s.start, s.end, dayfirst=dayfirst) for s in sents]
        ref = _parse_iso(doc.published) or infer_reference([d for ds in dates_by_sent for d in ds])
        doc = replace(doc, reference_date=ref.isoformat() if ref else None)
        # a live blog's day, as its header gives it ("Tuesday 15 October 2024 | Updated continuously"): the
        # day of its timestamped entries that name no other
        self._live_day = next((m for m in find_dates(text, 0, min(len(text), 600), dayfirst=dayfirst)
                               if m.is_full and resolve(m, ref)[0] == ref), None) if self._live and ref else None
        if doc.language not in (None, "en") or not sents:
            return Extraction(doc)

        if self.relevance_filter and not any(_trigger(s.text) or _TALLY_WORD.search(s.text) or SEIZED_BY_THEM.search(s.text)
                                             for s in sents):
            # relevance filter: no word of violence anywhere, so no incident; skip the costly steps
            quoted = [i for i, s in enumerate(sents) if _QUOTE_MARK.search(s.text)]
            places: list[list[PlaceMention]] = [[] for _ in sents]
            for pm in self.geocoder.mentions(text, [(sents[i].start, sents[i].end) for i in quoted]):
                for i in quoted:
                    if sents[i].start <= pm.start < sents[i].end:
                        places[i].append(pm)
            statements = self._statements(text, sents, dates_by_sent, places, ref, set())
            return Extraction(doc, (), tuple(statements), ())
        # (each actor as it was when the report was written: the Taliban of 2015 are insurgents)
        day = ref.isoformat() if ref else None
        actors_by_sent = [
            [replace(a, actor=a.actor.as_of(day)) for a in find_actors(text, s.start, s.end)
             if not re.match(r"-(?:linked|affiliated|allied|aligned|inspired|backed|led)\b", text[a.end:a.end + 12])]
            for s in sents
        ]
        datelines: list[tuple[int, int]] = []  # the place named by each dateline
        dateline_spans: list[tuple[int, int]] = []  # the whole dateline, which is no event's place
        report_dates: list[tuple[int, int]] = []  # the date of a dateline in ordinary case
        # a dateline opens a paragraph of the report: the first of the segment, or one after a byline
        starts = sorted({seg.start for seg in doc.segments if seg.kind == "reporting"}
                        | {s.start for s in sents if s.start == 0 or text[s.start - 1] == "\n"})
        # a dateline on a line of its own above the body: "Staff Reporter / PESHAWAR, February 1, 2023"
        dateline_country: str | None = None  # the country a dateline names beside its town
        for seg in doc.segments[:6]:
            alone = _LINE_DATELINE.fullmatch(text, seg.start, seg.end) if seg.kind == "boilerplate" else None
            if alone is not None:
                datelines.append(alone.span("place"))
                told_country = next((p.country_code for p in self.gaz.lookup(alone.group("extra") or "")
                                     if p.kind == "country"), None)
                if told_country:
                    dateline_country = told_country  # which Tripoli
                dateline_spans.append((seg.start, seg.end))
                starts = []  # (the body's first sentence then opens with no dateline of its own)
                break
        for start in starts[:8]:
            m = DATELINE.match(text[start:start + 200])
            # ("Tuesday, November 5, 2024 - ..." is a date alone, not a town called Tuesday)
            titled = _DATE_DATELINE.match(text[start:start + 200]) or _TITLE_DATELINE.match(text[start:start + 200])
            if titled and not (m and m.group("place").strip().isupper()):
                # "Bunia, 17 July 2025 - Armed men attacked ...": the date is the report's (its town is still read)
                report_dates.append((start + titled.end("place"), start + titled.end()))
                if "/" in titled.group("place"):
                    # "Kinshasa/Bunia, 27 July 2025 - The Mission condemns ...": where a release was issued
                    datelines.append(_first_city(titled, start))
                    dateline_spans.append((start + titled.start("place"), start + titled.end()))
                elif titled.group("place"):
                    # "Bamako, 5 June 2018 - The army post in Ténenkou was attacked": where the report was filed, as
                    # a dateline in capitals is
                    datelines.append((start + titled.start("place"), start + titled.end("place")))
                    dateline_spans.append((start + titled.start("place"), start + titled.end()))
                break
            if m and m.group("place").strip().isupper() and len(m.group("place").split()) <= 4:
                datelines.append((start + m.start("place"), start + m.end("place")))
                dateline_spans.append((start + m.start(), start + m.end()))
                break
            plain = _PLAIN_DATELINE.match(text[start:start + 80])
            if plain and all(any(p.kind in {"city", "admin1", "country"} for p in self.gaz.lookup(part.strip()))
                             for part in plain.group("place").split("/")):
                # "Bangkok/Yangon — The Monitor condemns ...": where the release was issued, in title case
                datelines.append(_first_city(plain, start))
                dateline_spans.append((start + plain.start(), start + plain.end()))
                break
        # the date in a dateline ("BOGOTA, 8 DEC 89 --") is the report's: another date in the
        # sentence ("the car bomb attack on 6 December") is the event's
        dates_by_sent = [[d for d in ds if not any(a <= d.start < b for a, b in dateline_spans + report_dates)] or ds
                         for ds in dates_by_sent]
        # "last March, when a bomber struck a mosque during Friday prayers": the weekly prayers tell no day when the
        # sentence gives its date otherwise
        dates_by_sent = [[d for d in ds if not (d.kind == "weekday" and _WEEKLY_RITE.match(text, d.end))] or ds
                         if len(ds) > 1 else ds for ds in dates_by_sent]
        # a timeline's entry opened by its month: "Early September 2025 — A police squad exchanges fire with clan
        # fighters near Kandep. Two fighters are killed": the entry's later sentences are of that month
        entry_leads: dict[int, int] = {}  # such a sentence -> the entry's first
        j = 0  # the first sentence of the paragraph being read
        for k in range(1, len(sents)):
            if "\n" in text[sents[k - 1].end:sents[k].start]:
                j = k
            if dates_by_sent[k] or j == k:
                continue
            lead = _MONTH_ENTRY.match(sents[j].text)
            if lead is None:
                continue
            # (an entry whose first sentence tells of violence, not only of the dead: "January 2023 — Relatives of the
            # dead gather in Almaty to mark the anniversary" dates no death told after it)
            deed = _trigger(sents[j].text)
            if deed is not None and not _ONLY_THE_DEAD.fullmatch(deed.group(0)):
                dates_by_sent[k] = [d for d in dates_by_sent[j] if d.start < sents[j].start + lead.end()]
                entry_leads[k] = j
        # a court's sentence for an attack: the days before the attack's name are the court's ("on Wednesday
        # sentenced ... for the shooting"), and a weekday after it is no day of an attack tried months later
        for k, s in enumerate(sents):
            tried = _TRIED_ATTACK.search(s.text) if RETROSPECTIVE.search(s.text) else None
            if tried is not None:
                dates_by_sent[k] = [d for d in dates_by_sent[k] if d.start >= s.start + tried.start()
                                    and (d.is_full or d.kind in {"my", "mdy", "dmy", "iso"})]
        actor_spans = [(a.start, a.end) for acts in actors_by_sent for a in acts]
        demonym_spans = self._demonym_spans(text, sents)
        exclude = actor_spans + demonym_spans
        # a header above the body that names the country ("CLAIMS MONITOR - MYANMAR") points to it as the body would
        body_at = next((seg.start for seg in doc.segments if seg.kind == "reporting"), 0)
        header = [(seg.start, seg.end) for seg in doc.segments if seg.end <= body_at and seg.end - seg.start <= 200]
        hints = Counter(pm.place.country_code for pm in self.geocoder.mentions(text, header) if pm.place.kind == "country") \
            if header else None
        places_all = self.geocoder.mentions(text, [(s.start, s.end) for s in sents], exclude=exclude, hints=hints)
        context: Counter[str] = Counter()
        towns_only: dict[str, set[str]] = {}  # countries pointed to only by the names of their towns
        for pm in places_all:
            context[pm.place.country_code] += 2 if pm.place.kind == "country" else 1
            # (a district named as one, "Lamu county", points to its country as a province does)
            if pm.place.kind in {"city", "admin2", "landmark"} and not (pm.place.kind == "admin2" and (pm.unit_after or pm.district)) \
                    and (pm.place.population < 500000 or _FACILITY_AFTER.match(text, pm.end)):
                # (a city's name that names a building, "the Santa Maria church", points no more than a town's)
                towns_only.setdefault(pm.place.country_code, set()).add(name_key(pm.text))
            else:
                towns_only.setdefault(pm.place.country_code, set()).add("")  # a country or province named
        foreign_bureau = False
        if datelines:  # the dateline names where the reporter is: the strongest hint of the country
            told = self._lead_countries(text, sents, datelines[0], places_all, demonym_spans)
            for pm in self.geocoder.mentions(text, datelines, Counter({dateline_country: 10}) if dateline_country else None):
                # "DUBAI (Agency) - Iranian security forces defused a bomb in Shiraz": a regional bureau
                # reporting on another country is no hint of where it happened
                foreign_bureau = len(told) == 1 and pm.place.country_code not in told and not mostly_capitals(text)
                context[pm.place.country_code] += 1 if foreign_bureau else 5
                towns_only.setdefault(pm.place.country_code, set()).add("")
        # one small town's name alone ("the Karari district of Omdurman") does not point to India in a report
        # on Sudan: not beside a dateline, nor beside a province or a district of another country named
        # ("the displacement site at Largu, in the Djugu territory of Ituri province" is not Largu in Romania)
        units_named = {pm.place.country_code for pm in places_all if pm.place.kind == "admin1" or (
            pm.place.kind == "admin2" and (pm.district or pm.unit_after or _UNIT_NAMED.search(pm.text)))}
        if context and (context.most_common(1)[0][1] >= 5 or units_named):
            for cc, names in towns_only.items():
                if len(names) == 1 and "" not in names and (context.most_common(1)[0][1] >= 5 or units_named - {cc}):
                    del context[cc]
        places_by_sent: list[list[PlaceMention]] = [[] for _ in sents]
        self._dateline_spans = dateline_spans + report_dates  # no count of people is read there ("COTONOU, Oct 23 -")
        self._dateline_places = [
            pm for pm in self.geocoder.mentions(text, datelines, context) if pm.place.kind != "country"
        ] if datelines else []
        if foreign_bureau:
            self._dateline_places = []
        elif datelines and not self._dateline_places:
            # a dateline names a place by its form alone ("LAKKI MARWAT: ..."): its town, else its district
            a, b = datelines[0]
            by_name = self.gaz.lookup(text[a:b])
            found = [p for p in by_name if p.kind in {"city", "admin2", "admin1"}]
            country = next((p for p in by_name if p.kind == "country"), None)
            if country is not None:
                # a bulletin's "CHAD (Lac) -": the country, and the province in brackets when there is one
                # (not a town called Chad abroad)
                region = re.match(r"\s*\(([^)]{2,40})\)", text[b:b + 45])
                inside = [p for p in self.gaz.lookup(region.group(1)) if p.country_code == country.country_code
                          and p.kind in {"city", "admin2", "admin1"}] if region else []
                # (the province, where it shares its name with its capital: "SYRIA (Deir ez-Zor) -")
                found = [p for p in inside if p.kind == "admin1"] or inside or [country]
                if inside:
                    a, b = b + region.start(1), b + region.end(1)  # type: ignore[union-attr]
            if found:
                best = max(found, key=lambda p: (KIND_RANK[p.kind], p.population))
                self._dateline_places = [PlaceMention(a, b, text[a:b], best)]
        # a digest's country sections ("1) LIBYA - Tripoli", then "2) LEBANON - South"): a place under a
        # country's heading is read in that country first (Tripoli in Libya, not in Lebanon)
        sections = self._country_sections(text)
        by_section: dict[str | None, list[tuple[int, int]]] = {}
        digest = len({c for _, c in sections}) > 1
        for s in sents:
            heading = next((c for at, c in reversed(sections) if at <= s.start), None) if digest else None
            by_section.setdefault(heading, []).append((s.start, s.end))
        # the headline is read with the body for what its names settle ("DISTRICT BIJAPUR (C.G.)" over a press
        # note: the Bijapur of Chhattisgarh), though a place in it is no event's
        title = next(((seg.start, seg.end) for seg in doc.segments if seg.kind == "title"), None)
        for heading, spans in by_section.items():
            ctx = context + Counter({heading: 2 * sum(context.values()) + 10}) if heading else context
            read = spans + [title] if title is not None and heading is None else spans
            top = ctx.most_common(1)[0] if ctx else None
            for pm in self.geocoder.mentions(text, read, ctx, exclude=exclude + dateline_spans):
                if _FACILITY_AFTER.match(text, pm.end) and top and pm.place.country_code != top[0]:
                    continue  # "the Santa Maria church" in a report from Istanbul: a building's name
                if top and top[1] >= 5 and pm.place.kind == "city" and pm.place.population < 20000 \
                        and ctx.get(pm.place.country_code, 0) * 4 <= top[1] and pm.place.country_code != top[0]:
                    continue  # "BAGHDAD - ... in the southern Dora district": no hamlet of Alabama in a report on Iraq
                for i, s in enumerate(sents):
                    if s.start <= pm.start < s.end:
                        places_by_sent[i].append(pm)
                        break
        for ps in places_by_sent:
            ps.sort(key=lambda pm: pm.start)
        places_by_sent = [_inside_named_units(text, _facilities_named_for_towns(text, ps)) for ps in places_by_sent]
        places_by_sent = [_building_names_dropped(text, s, ps) for s, ps in zip(sents, places_by_sent, strict=True)]

        statistics, stat_sids = self._statistics(text, sents, ref, places_by_sent, context)
        drafts = self._group(text, sents, dates_by_sent, places_by_sent, stat_sids, ref)
        _join_entry_leads(drafts, entry_leads, places_by_sent)
        self._place_by_section(text, sents, drafts, context)
        drafts = _merge_toll_lead(_merge_restated(_merge_echoes(drafts, sents, text), sents, self.settings.extract), sents,
                                  self.settings.extract, dateline_spans)
        drafts = _merge_verdict_lead(drafts, sents)
        _date_by_attack_time(drafts, sents, dates_by_sent, ref)
        drafts = _drop_multi_site_lead(drafts, sents)
        self._place_in_the_capital(drafts, sents, context)
        self._place_from_retelling(drafts, sents, places_by_sent)
        self._place_unplaced(drafts, places_all, context)
        incident_sids = {sid for d in drafts for sid in d.sids}
        self._main_draft = next((d for d in drafts if not d.background), None)
        self._first_draft = self._main_draft if 0 not in incident_sids else None
        statements = self._statements(text, sents, dates_by_sent, places_by_sent, ref, incident_sids)
        incidents = [
            self._incident(doc, sents, d, dates_by_sent, places_by_sent, actors_by_sent,
                           _aftermath(d, drafts, incident_sids, len(sents))) for d in drafts
        ]
        # "No group has claimed responsibility for any of the incidents below": for every event of the report
        unclaimed = next((s for s in sents if NO_CLAIM.search(s.text) and _EVERY_EVENT.search(s.text)), None)
        if unclaimed is not None:
            incidents = [replace(inc, perpetrator=replace(inc.perpetrator, claimed=False))
                         if inc.perpetrator.claimed is None and not inc.background else inc for inc in incidents]
        for k, (d, inc) in enumerate(zip(drafts, incidents, strict=True)):
            # "the governor blamed the same dissident faction": the group blamed for the event told before
            same = None if inc.perpetrator.name else next(
                ((sents[sid].start, m) for sid in d.sids if (m := _SAME_GROUP.search(sents[sid].text))), None)
            earlier = next((i for i in reversed(incidents[:k]) if i.perpetrator.name), None) if same else None
            if same is not None and earlier is not None:
                base, m = same
                incidents[k] = replace(inc, perpetrator=Perpetrator(earlier.perpetrator.name, False), evidence=(
                    *inc.evidence, Evidence("perpetrator", base + m.start(), base + m.end(), m.group(0))))
        for k in range(1, len(incidents)):
            inc, prev, d, before = incidents[k], incidents[k - 1], drafts[k], drafts[k - 1]
            # "On July 1 gunmen killed 18 soldiers at the same post": the place of the event told before it, when the
            # sentences of this one name no place of their own
            if _SAME_SPOT.search(sents[d.anchor].text) and (d.place is None or not any(
                    sents[sid].start <= d.place.start < sents[sid].end for sid in d.sids)):
                inc = incidents[k] = replace(inc, location=prev.location, evidence=(*inc.evidence, *[
                    e for e in prev.evidence if e.field == "location"]))
            # "The Shah Cheragh shrine was the scene of a deadlier attack on Oct. 26 last year": the site an earlier
            # event of the report was placed at, by its name
            site = _NAMED_SITE.search(sents[d.anchor].text)
            if site is not None and inc.location.city is None:
                owner = next((i for j, i in enumerate(incidents[:k]) if i.location.city
                              and site.group(0).lower() in sents[drafts[j].anchor].text.lower()), None)
                if owner is not None:
                    inc = incidents[k] = replace(inc, location=owner.location, evidence=(*inc.evidence, *[
                        e for e in owner.evidence if e.field == "location"]))
            # "It claimed an attack ... in Shiraz on Oct. 26, 2022, ..., and the June 7, 2017 assaults on Iran's
            # parliament": the second of the events one claim names
            if not inc.perpetrator.name and prev.perpetrator.name and prev.perpetrator.claimed \
                    and d.anchor == before.anchor + 1 and _LISTED_ON.match(
                        text[sents[before.anchor].end:sents[d.anchor].start] + sents[d.anchor].text) \
                    and CLAIMED.search(sents[before.anchor].text):
                incidents[k] = replace(inc, perpetrator=prev.perpetrator, evidence=(*inc.evidence, *[
                    e for e in prev.evidence if e.field in {"perpetrator", "perpetrator.claimed"}]))
        for k in range(1, len(incidents)):
            # "police blamed Boko Haram for both devices": the one blamed for the bomb told before it too
            inc, prev = incidents[k], incidents[k - 1]
            if inc.perpetrator.name and not prev.perpetrator.name and _BOTH.search(sents[drafts[k].anchor].text):
                incidents[k - 1] = replace(prev, perpetrator=Perpetrator(inc.perpetrator.name, inc.perpetrator.claimed),
                                           evidence=(*prev.evidence, *[e for e in inc.evidence if e.field == "perpetrator"]))
        incidents = self._headline_group(doc, incidents)
        incidents = _blamed_further_down(text, sents, actors_by_sent, incidents)
        incidents = self._headline_place_and_toll(doc, incidents, dateline_spans, context)
        return Extraction(doc, tuple(incidents), tuple(statements), tuple(statistics))

    # -- helpers ----------------------------------------------------------------
    def _headline_place_and_toll(self, doc: Document, incidents: list[Incident], dateline_spans: list[tuple[int, int]],
                                 context: Counter[str]) -> list[Incident]:
        """What the headline says of the lead event that its body leaves out: the town ("Bomb kills five at market
        in Quetta", told from an Islamabad dateline) and the toll ("Gunmen kill 12 villagers in Zamfara raid")."""
        title, lead = _headline_and_lead(doc, incidents)
        if title is None or lead is None or len([i for i in incidents if not i.background]) > 1:
            return incidents
        inc, text = incidents[lead], doc.text
        heading = text[title.start:title.end]
        where = [e for e in inc.evidence if e.field == "location"]
        from_dateline = not where or all(any(a <= e.start < b for a, b in dateline_spans) for e in where)
        # (or placed only in a province, which the headline's town lies in: "Gun battles paralyse Culiacán" over a
        # live blog whose event the body places only by its "All times local (Sinaloa)")
        in_province = inc.location.city is None and inc.location.admin1 is not None
        if (from_dateline or in_province) and inc.location.precision != "exact":
            towns = [pm for pm in self.geocoder.mentions(text, [(title.start, title.end)], context)
                     if pm.place.kind in {"city", "landmark"} and not pm.elsewhere
                     and (inc.location.country_code in {None, pm.place.country_code})
                     and (from_dateline or pm.place.admin1 == inc.location.admin1)]
            if len({pm.place.name for pm in towns}) == 1 and name_key(towns[0].place.name) != name_key(inc.location.city or ""):
                inc = replace(inc, location=to_location(towns[0]), evidence=(
                    *inc.evidence, Evidence("location", towns[0].start, towns[0].end, towns[0].text)))
        for kind, slot in (("killed", "fatalities"), ("injured", "injuries")):
            if getattr(inc, slot).best is not None or not _HEADLINE_DEED.search(heading):
                continue
            told = [c for c in find_casualties(text, title.start, title.end, self.settings.extract)
                    if c.kind == kind and not c.part and c.count.best is not None]
            if len(told) == 1:
                c = told[0]
                evidence = (*inc.evidence, Evidence(slot, c.count.start, c.count.end, c.count.text))
                if kind == "killed":
                    inc = replace(inc, fatalities=Fatalities(c.count.best, c.count.low, c.count.high), evidence=evidence)
                else:
                    inc = replace(inc, injuries=Injuries(c.count.best, c.count.low, c.count.high), evidence=evidence)
        incidents = list(incidents)
        incidents[lead] = inc
        return incidents

    @staticmethod
    def _headline_group(doc: Document, incidents: list[Incident]) -> list[Incident]:
        """The group a headline names as the doer ("Al-Shabaab claims deadly Mogadishu hotel attack", "Suspected
        Boko Haram fighters kill 12 farmers") is the report's lead event's, when its body names no one."""
        title, lead = _headline_and_lead(doc, incidents)
        if title is None or lead is None or incidents[lead].perpetrator.name:
            return incidents
        groups = [a for a in find_actors(doc.text, title.start, title.end)
                  if a.actor.as_of(doc.reference_date).type not in {"state", "ethnic"} and _as_doer(doc.text, a)]
        if len({a.actor.name for a in groups}) != 1:
            return incidents
        group, heading = groups[0], doc.text[title.start:title.end]
        # the group does the deed the headline tells ("Al-Shabaab claims ...", "police blame ISWAP"), not suffers it
        # ("Army says it killed Boko Haram commander")
        if not (_HEADLINE_DEED.search(doc.text, group.end, title.end) or re.search(
                r"\b(?:blames?|blamed|blaming|suspected|suspect)\s+(?:the\s+)?$", doc.text[title.start:group.start], re.I)):
            return incidents
        claimed = bool(CLAIMED.search(heading) or re.search(r"\bclaims?\b", heading, re.I)) and not DENIED.search(heading)
        inc = incidents[lead]
        evidence = (*inc.evidence, Evidence("perpetrator", group.start, group.end, group.text))
        if claimed:
            evidence = (*evidence, Evidence("perpetrator.claimed", title.start, title.end, heading))
        name = local_branch(group.actor.name, inc.location.country_code, inc.location.admin1, day=inc.date or doc.reference_date)
        incidents = list(incidents)
        incidents[lead] = replace(inc, perpetrator=Perpetrator(name, claimed), evidence=evidence)
        return incidents
    def _country_sections(self, text: str) -> list[tuple[int, str]]:
        """Where each heading line that names a country begins ("1) LIBYA - Tripoli", "Kenya:", "SOMALIA"),
        with the country's code."""
        out = []
        for m in _COUNTRY_HEADING.finditer(text):
            if len(m.group(0).split()) > 8:
                continue
            country = next((p for p in self.gaz.lookup(m.group("c").strip().title()) if p.kind == "country"
                            and name_key(p.name) == name_key(m.group("c"))), None)
            if country is not None:
                out.append((m.start(), country.country_code))
        return out

    def _place_by_section(self, text: str, sents: list[Sentence], drafts: list[_Draft], context: Counter[str]) -> None:
        """An event with no place finer than its country, under a digest's section heading that names a
        province or district ("ARTIBONITE", "Macomia district"), is in that unit."""
        if not context:
            return
        main = context.most_common(1)[0][0]
        for dr in drafts:
            if dr.place is not None and dr.place.place.kind not in {"country", "admin1"}:
                continue
            pos = sents[dr.anchor].start
            line_end = text.rfind("\n", 0, pos)
            while line_end > 0:
                line_start = text.rfind("\n", 0, line_end) + 1
                line = text[line_start:line_end].strip()
                line_end = line_start - 1
                if not line or len(line.split()) > 4 or line.endswith((".", ":")) or not line[0].isupper():
                    continue
                bare = _UNIT_WORDS_END.sub("", line)
                # (a city's heading too, "MOSUL" or "KIRKUK" above its entries, when no unit word follows the name)
                kinds = {"admin1", "admin2"} | ({"city"} if bare == line else set())
                units = [p for p in self.gaz.lookup(bare) if p.country_code == main and p.kind in kinds]
                if any(p.kind == "country" for p in self.gaz.lookup(line)):
                    break  # another country's section
                if dr.place is not None:  # placed in a province already: only a town of it refines it
                    units = [p for p in units if p.kind == "city" and p.admin1 == dr.place.place.admin1]
                if units:
                    a = text.index(line, line_start)
                    unit = max(units, key=lambda p: (p.kind == "city", p.kind == "admin1", p.population))
                    dr.place = PlaceMention(a, a + len(line), line, unit, district=unit.kind == "admin2",
                                            unit_after=True)
                    break

    def _place_in_the_capital(self, drafts: list[_Draft], sents: list[Sentence], context: Counter[str]) -> None:
        """An event told with no place but "in the south of the capital", in a report plainly about one country,
        happened in that country's capital."""
        if not context or all(dr.place is not None for dr in drafts):
            return
        capital = self.gaz.capital(_clear_lead(context))
        if capital is None:
            return
        for dr in drafts:
            if dr.place is not None or dr.background:
                continue
            for sid in sorted(dr.sids):
                m = _IN_THE_CAPITAL.search(sents[sid].text)
                if m is not None:
                    a = sents[sid].start + m.start("capital")
                    dr.place = PlaceMention(a, a + len(m.group("capital")), m.group("capital"), capital)
                    break

    @staticmethod
    def _place_from_retelling(drafts: list[_Draft], sents: list[Sentence],
                              places_by_sent: list[list[PlaceMention]]) -> None:
        """The one event a report tells with no place of its own takes the place that another sentence gives it
        in passing: "Detectives investigating last night's explosion in Bishop Street, Londonderry, have arrested
        two men", above "The device, inside a vehicle parked outside the courthouse, exploded at 8.10pm"."""
        unplaced = [dr for dr in drafts if dr.place is None and not dr.background]
        if len(unplaced) != 1 or len(drafts) > 2:
            return
        told = {sid for dr in drafts for sid in dr.sids}
        found = []
        for sid, s in enumerate(sents):
            if sid in told:
                continue
            for pm in places_by_sent[sid]:
                before = s.text[max(0, pm.start - s.start - 60):pm.start - s.start]
                if not pm.elsewhere and pm.place.kind in {"city", "landmark", "admin2"} and _RETOLD_AT.search(before):
                    found.append(pm)
                    break
        if len({(pm.place.name, pm.place.country_code) for pm in found}) == 1:
            unplaced[0].place = found[0]

    def _place_unplaced(self, drafts: list[_Draft], places: list[PlaceMention], context: Counter[str]) -> None:
        """An event told with no place of its own ("On 14 December, CODECO militiamen killed eight people in
        Drodro", a village no gazetteer lists) happened in the country the report is about, and in its
        province when every placed event of the report is in that one province."""
        if not context:
            return
        main, weight = context.most_common(1)[0]
        # an event placed only in the country ("the Ethiopian Human Rights Commission" names no province) is
        # unplaced too when every other event of the report lies in one province of that country
        finer = [dr.place.place for dr in drafts if dr.place is not None and dr.place.place.kind != "country"]
        if finer and len({p.admin1 for p in finer}) == 1 and all(p.country_code == main for p in finer):
            for dr in drafts:
                if dr.place is not None and dr.place.place.kind == "country" and dr.place.place.country_code == main:
                    dr.place = None
        if all(dr.place is not None for dr in drafts):
            return
        placed = [dr.place.place for dr in drafts if dr.place is not None]
        # (two mentions of one country and at most one of any other are enough: "the province of the Sanmatenga",
        # "the road towards Kaya")
        if (weight < 3 and not placed and _clear_lead(context) is None) or any(p.country_code != main for p in placed):
            return
        units = {p.admin1 for p in placed}
        if not placed:
            # (nothing placed, but the report names provinces or districts of one first-level unit of the country:
            # "the province of the Sanmatenga" lies in Centre-Nord)
            units = {pm.place.admin1 for pm in places if pm.place.country_code == main and not pm.elsewhere
                     and pm.place.kind in {"admin1", "admin2"} and pm.place.admin1}
        unit = units.pop() if len(units) == 1 else None
        said = [pm for pm in places if pm.place.country_code == main and (
            pm.place.kind == "country" or (unit is not None and pm.place.kind == "admin1" and pm.place.admin1 == unit))]
        # the province's own mention, else the country's, else where a placed event's place is named
        said.sort(key=lambda pm: pm.place.kind != "admin1")
        # (else any place of that country the report names: the country, named by its town, "Abqaiq")
        source = said[0] if said else next(dr.place for dr in drafts if dr.place is not None) if placed else next(
            (pm for pm in places if pm.place.country_code == main and not pm.elsewhere), None)
        if source is None:
            return
        wider = source.place if source.place.kind in {"admin1", "country"} else next(
            (p for p in self.gaz.lookup(unit or "") if p.kind == "admin1" and p.country_code == main), None) \
            or self.gaz.country(main)
        if wider is None:
            return
        for dr in drafts:
            if dr.place is None:
                dr.place = PlaceMention(source.start, source.end, source.text, wider)

    def _lead_countries(self, text: str, sents: list[Sentence], dateline: tuple[int, int],
                        places: list[PlaceMention], demonyms: list[tuple[int, int]]) -> set[str]:
        """The countries the dateline's sentence tells of, by their places and their peoples' names."""
        lead = next((s for s in sents if s.start <= dateline[0] < s.end), None)
        if lead is None:
            return set()
        found = {pm.place.country_code for pm in places
                 if lead.start <= pm.start < lead.end and not dateline[0] <= pm.start < dateline[1]
                 and (pm.place.kind in {"country", "admin1"} or pm.place.population >= 100000) and not pm.elsewhere}
        found |= {self.gaz.demonyms[text[a:b]] for a, b in demonyms
                  if lead.start <= a < lead.end and text[a:b] in self.gaz.demonyms}
        return found

    def _demonym_spans(self, text: str, sents: list[Sentence]) -> list[tuple[int, int]]:
        spans = []
        for s in sents:
            for m in re.finditer(r"\b[A-Z][a-zè]+(?:\s+[A-Z][a-z]+)?\b", s.text):
                word = m.group(0)
                if word in self.gaz.demonyms or word.split()[0] in self.gaz.demonyms:
                    w = word if word in self.gaz.demonyms else word.split()[0]
                    spans.append((s.start + m.start(), s.start + m.start() + len(w)))
            # "two U.S. missionaries", "a UK aid worker": the country's initials used as its adjective
            spans.extend((s.start + m.start(), s.start + m.end()) for m in _INITIALS_ADJECTIVE.finditer(s.text))
        return spans

    def _is_anchor(self, s: Sentence, dates: list[DateMention], places: list[PlaceMention]) -> bool:
        if _BREAKDOWN.match(s.text):
            return False  # "District-wise, Bijapur was followed by Narayanpur with 61 cadres killed": a tally's parts
        if _DOCUMENT_SPEAKS.match(s.text):
            return False  # "This advisory updates guidance ... following the release of five staff": what it is for
        if not _trigger(s.text) and not PEOPLE_SEIZED.search(s.text):
            return False  # no word of violence, nor people seized: the tests below would all find none
        # "left the town after Wednesday's blast": a reference to an event told, not a new one
        trig = TRIGGER.search(blank(_BACKREF, s.text))
        retro = RETROSPECTIVE.search(s.text)
        if retro and trig and retro.start() > trig.end() and _realis(s.text[:retro.start()]) \
                and re.match(r"(?:detained|arrested|rounded|commemorat|memorial)", retro.group(0), re.I):
            # "defused a bomb near the shrine on Monday and later arrested two men": the bomb is the news; "twin
            # explosions that tore through a crowd commemorating a slain commander": the blasts are
            retro = None
        if retro and retro.group(0).lower() == "anniversary" and re.search(
                r"[A-Z][\w-]*['’]s\s+(?:\d+(?:st|nd|rd|th)\s+)?$", s.text[:retro.start()]):
            retro = None  # "a festival marking Solingen's 650th anniversary": a town's anniversary, no attack's
        if retro and re.search(r"\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", s.text[:retro.start()], re.I) \
                and trig and trig.start() < retro.start():
            retro = None  # "the deadliest attack since jihadist violence began in 2015": a yardstick, not the news
        if retro and re.match(r"rounded", retro.group(0), re.I) and TRIGGER.search(s.text, retro.end()) \
                and _realis(s.text[retro.end():]):
            retro = None  # "a group of about 15 men rounded up people near the market, beheaded three men": the attackers'
        if retro and re.search(r"\b(?:release|freedom|freeing)\s+of\s+(?:[\w-]+\s+){0,3}$", s.text[:retro.start()], re.I):
            retro = None  # "a pamphlet ... demands the release of two jailed leaders": the kidnappers' demand
        if _WITHDRAWN.match(s.text):
            return False  # "Withdrawn: a draft of this edition ... carried a claimed raid": an entry taken back
        if _FREED_AFTER.match(s.text):
            return False  # "The abducted manager was freed late on Wednesday night": the end of a kidnapping told
        if retro and _TRIAL_ON_THE_DAY.search(s.text):
            retro = None  # "The trial centred on the night of 16 July 1992, when two cars packed with explosives ..."
        if retro and _TRIED_ATTACK.search(s.text):
            retro = None  # "sentenced two militants ... for the shooting at the church ..., in which one man was killed"
        if not trig:
            # "Denis ... was seized on 9 September 2020 at his ranch ... by members of the Paraguayan People's Army"
            trig = SEIZED_BY_THEM.search(s.text)
        if not trig and PEOPLE_SEIZED.search(s.text) and any(
                c.kind == "kidnapped" and c.count.best for c in find_casualties(
                    s.text, 0, len(s.text), self.settings.extract, skip=[(d.start - s.start, d.end - s.start) for d in dates])):
            # "Reporter Javier Ortega, photographer Paúl Rivas and their driver ... were seized on March 26": people taken
            # (not "weapons were seized")
            trig = PEOPLE_SEIZED.search(s.text)
        if not trig or NEGATED.search(s.text) or retro:
            return False
        if _accidental(s.text):
            return False  # "a soldier died in a vehicle accident north of Baghdad": no violence done
        head = s.text[: trig.start()]
        if re.search(r"\bthe\s+(?:(?:seriously|critically|badly|lightly)\s+)?$", head, re.I) \
                and re.fullmatch(r"wounded|injured|dead", trig.group(0), re.I) \
                and not TRIGGER.search(s.text, trig.end()):
            return False  # "About 100 of the wounded remained in serious condition": those the event told left
        reaction = REACTION.search(s.text)
        if AFTERMATH.search(head) or (reaction and not REALIS_VERB.search(s.text[:reaction.start()])):
            return False
        if _only_reacts(s.text):
            return False  # "..., who arrived in Islamabad today, condemned the attack": the only attack is the one condemned
        # (a day that only starts a period is no event's day: "Since the military coup in February 2021, Sagaing
        # Region is one of the regions most attacked")
        # (nor is a dateline's day in a sentence about a span of years: "BENI, 12 June 2025 - The CODECO militia
        # has killed hundreds of civilians in Ituri over the past decade")
        over_years = _OVER_YEARS.search(s.text)
        own_dates = [d for d in dates if not re.search(r"\bsince\b[^.;]{0,80}$", s.text[:max(0, d.start - s.start)], re.I)
                     and not (over_years and any(a <= d.start < b for a, b in self._dateline_spans))]
        if _SPAN_TOTAL.search(s.text):
            return False  # "the violence over the weekend, in which in total 4 persons lost the life": the events' sum
        generic = GENERIC.search(s.text)
        if generic and _BACKREF.match(s.text):
            return False  # "The Reina massacre came at the end of a year in which Turkey was hit by a string of bombings"
        if (generic or _ROLLUP.match(s.text)) and not own_dates:
            return False  # "Two cross-border attacks in one week ... have left five dead": the events told one by one
        if HYPOTHETICAL.search(head[-80:]) and not _realis(s.text[trig.start():]):
            return False
        if _LIKELY_AFTER.match(s.text, trig.end()):
            return False  # "the threat level was raised ..., meaning that an attack is highly likely": no attack yet
        casualties = find_casualties(s.text, 0, len(s.text), self.settings.extract,
                                     skip=[(d.start - s.start, d.end - s.start) for d in dates]
                                     + [(a - s.start, b - s.start) for a, b in self._dateline_spans])
        if not casualties and _WHO_THEY_WERE.search(s.text):
            return False  # "Officials said two of the gunmen were sons of the head of Sergokala district": who they were
        specific_place = any(p.place.kind in {"city", "landmark", "admin2", "admin1"} for p in places) or (
            ("illage" in s.text or "hamlet" in s.text or "settlement" in s.text) and bool(_NAMED_VILLAGE.search(s.text)))  # "on Senjam Chirang village": a village no gazetteer lists
        # a month alone dates an event when it frames the sentence: "In January, a bomb exploded in a car park"
        # (or when the event is told right after it: "The first came on a Sunday morning in January, when a bomb
        # went off during a service")
        specific_date = any(d.kind not in MONTH_KINDS
                            or ((d.start - s.start < 4 or re.match(r",?\s+when\s", s.text[d.end - s.start:]))
                                and _realis(s.text)) for d in dates) or bool(
            # (or a time of day it opens on: "At about 14.15 hrs, an STF team searching the jungle came under fire")
            _opening_clock(s.text) and _realis(s.text)) or bool(
            # (or its distance from the event told before: "Ten days later gunmen opened fire on a helicopter")
            _N_DAYS_LATER.match(s.text) and _realis(s.text))
        # "Witnesses describe a huge blast in the Meena Bazaar area of Peshawar": a blast told as having happened
        realis = _realis(s.text) or bool(specific_place and (_AN_EVENT_AT.search(s.text) or _DATED_EVENT.search(s.text)))
        if casualties and (realis or specific_date or specific_place):
            return True
        if specific_date and (realis or specific_place):
            return True
        return bool(specific_place and realis)

    def _named_settlement(self, text: str, sents: list[Sentence], location: Location,
                          town_at: int | None = None, unit_only: bool = False) -> tuple[int, int] | None:
        """The span of a village or town the text names as such ("the village of X", "X village", "X, a
        village in ...", "Ban X" in Thailand) that the gazetteer does not know, inside the unit the
        incident is placed in. With ``town_at`` (where the known town is named) only a village placed by
        that town counts: "Zinibéogo, a village in the commune of Pissila". When the incident has no town
        at all, a name the gazetteer does not know after "in", "at" or "near" is its village too ("CODECO
        militiamen killed eight people in Drodro"); so is one where the only town is named as a unit
        (``unit_only``: "Niafunké cercle")."""
        loose = town_at is None and (unit_only or location.city is None and location.precision in {"country", "province", "district"})
        named_town = re.match(r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*", text[town_at:town_at + 60]) if town_at is not None else None
        town_name = named_town.group(0) if named_town else None
        found: list[tuple[int, int, int]] = []  # (rank, start, end): a named settlement before a loose name
        for s in sents:
            title = _place_day_title(text, s, first_line=True)
            if title is not None and _SINGLE_NAME.fullmatch(title.group("name")) \
                    and self._unlisted_village(title.group("name"), location, strict=False):
                # a round-up's entry heading names the entry's place: "Toumour, Saturday.", then "soldiers at the
                # Toumour post, east of Diffa, drove back an attack"
                found.append((-1, s.start + title.start("name"), s.start + title.end("name")))
            for m in _settlement_matches(s.text, loose):
                group = next(g for g in ("n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10", "n11", "n12", "n13")
                             if g in m.re.groupindex and m.group(g))
                a, b = m.span(group)
                name = m.group(group)
                if _HOSPITAL_NAMED.match(s.text, b):
                    continue  # "at Van Regional Training and Research Hospital": where the wounded were treated
                if group == "n1" and re.search(r"[\w'’-],\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", s.text[:m.start()]):
                    continue  # "in Échirolles, a suburb of Grenoble": the place before is the one told as such
                # the village named just before its town, or just after it ("between Niono and Diabaly, near
                # the village of Dogofry")
                # (a town named only outside the lead does not bind a village the lead names: "an attack ... on
                # the village of Mamove", then "An army spokesman in Beni")
                lead_village = (s is sents[0] and not sents[0].start <= (town_at or 0) < sents[0].end) or (
                    group == "n10" and town_at == s.start + m.start("town"))
                # (or inside the unit named for the town: "near Ashigashiya in Gwoza Local Government Area", with
                # Gwoza the town read from "the Pulka - Gwoza road")
                in_town_unit = group in {"n4", "n9"} and town_name is not None and name_key(_UNIT_WORDS_TAIL.sub(
                    "", m.group("unit" if group == "n4" else "unit2"))) == name_key(town_name)
                # (or told by its side of the town itself: "at Palamoddai, north of Vavuniya", the town named before
                # in "the Vavuniya general area")
                side_of_town = group == "n3" and town_name is not None and bool(re.match(
                    rf"\s+(?:the\s+(?:town|city)\s+of\s+)?{re.escape(town_name)}\b", s.text[m.end():]))
                # (an area told as a district reaches further: "the Rashad area, a rural district of farmland and dry
                # river valleys about 50 km (30 miles) south of Kirkuk")
                area_by_town = group == "n13" and town_name is not None and bool(
                    re.search(rf"\b{re.escape(town_name)}\b", s.text[b:b + 150]))
                # (or one whose name holds the town read: "Nyaung Zin, a village about 5 km from", not Nyaung in Yangon)
                holds_town = town_at is not None and text[town_at:town_at + len(name)] == name and " " in name \
                    and not self.gaz.lookup(name)
                # (or placed by its distance from the town: "near the village of Songho, about ten kilometres from
                # Bandiagara", the town read from "a minibus linking Bandiagara to Bankass")
                by_distance = town_name is not None and bool(re.match(
                    rf",?\s+(?:about|some|around|roughly|nearly)\s+[\w.-]+\s+(?:km|kilometres|kilometers|miles)\s+"
                    rf"(?:\([^)]*\)\s+)?(?:\w+\s+){{0,2}}?(?:from|of|outside)\s+(?:the\s+(?:town|city)\s+of\s+)?"
                    rf"{re.escape(town_name)}\b", s.text[b:b + 90]))
                if town_at is not None and not lead_village and not in_town_unit and not side_of_town and not area_by_town \
                        and not holds_town and not by_distance and not (group in {"n1", "n2", "n3", "n5", "n7"} and (
                        0 < town_at - (s.start + b) <= 60 or (group in {"n1", "n2"} and 0 < s.start + a - town_at <= 60))) \
                        and not (group == "n5" and town_name is not None and re.search(
                            # (a Thai village told with its district: "in area of Ban Tanyong, Moo 3, Rueso district")
                            rf"^,\s+(?:Moo\s+\d+,\s+)?{re.escape(town_name)}\s+district\b", s.text[b:b + 60])):
                    continue
                if group == "n10" and (name.isupper() or any(x <= s.start + a < y for x, y in self._dateline_spans)
                                       or re.search(r"\b(?:Agency|News|Press|Wire|Desk|Service)\b", name) or not any(
                        p.kind in {"city", "admin2", "landmark"} and p.country_code == location.country_code
                        for p in self.gaz.lookup(m.group("town")))):
                    continue  # "Islamic State West Africa Province (ISWAP)": an abbreviation, not a quarter
                unit_name = _UNIT_WORDS_TAIL.sub("", m.group("unit" if group == "n4" else "unit2")) if group in {"n4", "n9"} else ""
                if group in {"n4", "n9"} and not self._unit_named(unit_name, location) and not (
                        # (a unit no gazetteer lists, inside the town the event is placed in: "an eatery in Komamboga, in
                        # Kawempe division" of Kampala)
                        location.city is not None and location.precision in {"city", "near"} and not self.gaz.lookup(unit_name)):
                    continue  # the unit named is not the one the incident is in
                if group == "n5" and location.country_code not in _VILLAGE_PREFIX[m.group("prefix").lower()]:
                    continue  # "Ban" names a village in Thailand and Laos, not elsewhere
                if re.search(r"['’]s\b", name) or s.text[b:b + 2] in {"'s", "’s"}:
                    continue  # "in Thailand's southern Narathiwat province" names no village
                if re.search(r"\b(?:Street|Road|Avenue|Lane|Square|Boulevard|Highway|Bridge|Drive)$", name):
                    continue  # "a car bomb exploded in Market Street": a street of the town, no village
                if re.match(r"(?:Colonia|Barrio|Residencial|Reparto|Fraccionamiento)\b", name):
                    continue  # "in Colonia Villa Nueva, Comayagüela": a quarter of the town, no village
                # (but an Arabic name ending in an article and a word is a name: "Tal al-Ward village")
                if re.search(r"(?:\b|-)(?:County|District|Province|Region|State|LGA|Division|Ward|Department)$", name) \
                        and not re.search(r"\b(?:al|el|ad|ar|as|ash|at|az|an)-\w+$", name):
                    continue  # "near Fino trading centre, Lafey Sub-County, Mandera County": a unit, no village
                if not self._unlisted_village(name, location, strict=group in {"n6", "n8", "n11"}):
                    continue
                found.append((group in {"n6", "n8", "n11"}, s.start + a, s.start + b))
        return min(found)[1:] if found else None

    @staticmethod
    def _monitored_claim(text: str, sents: list[Sentence], actors_by_sent: list[list[ActorMention]],
                         sids: list[int]) -> tuple[ActorMention, tuple[int, int]] | None:
        """The group whose claim an entry of a claims monitor reports, its entry telling the claim on a line
        of its own ("Claim: fighters ambushed a patrol ..."): the one armed group the monitor's opening,
        before its first entry, names (its mention there, and the span of the entry's claim line)."""
        line = next((m for sid in sids for m in [_ENTRY_CLAIM.search(text, sents[sid].start, sents[sid].end)] if m), None)
        first = _ENTRY_CLAIM.search(text)
        if line is None or first is None or not _MONITOR_TALK.search(text, 0, first.start()):
            return None
        head = [a for k, x in enumerate(sents) if x.end <= first.start() for a in actors_by_sent[k] if a.actor.type != "state"]
        if len({a.actor.name for a in head}) != 1:
            return None
        return head[0], line.span()

    @staticmethod
    def _own_statement(text: str, sents: list[Sentence], sids: list[int]) -> tuple[ActorMention, tuple[int, int]] | None:
        """The group whose own statement tells the event in the first person ("our forces ambushed a column"): the
        first body its opening names, when that is an armed group and the opening says it is a statement (the group's mention, and the
        span of the words that make it the group's own account). Quoted words are someone's speech, not the text's."""
        own = next((m for sid in sids if not _QUOTE_MARK.search(sents[sid].text)
                    for m in [_OUR_FORCES.search(text, sents[sid].start, sents[sid].end)] if m), None)
        if own is None or not _STATEMENT_HEAD.search(text, 0, min(len(text), 800)):
            return None
        # (the body its heading names in capitals issued it, "KANI TOWNSHIP PEOPLE'S DEFENCE FORCE - BATTALION (3)": an
        # army's communiqué telling what "our units" did is the army's)
        # (read from the text itself: a heading line may be no sentence of the body)
        head = [a for m in _CAPS_LINE.finditer(text, 0, sents[min(sids)].start) for a in find_actors(text, *m.span())]
        return (head[0], own.span()) if head and all(a.actor.type != "state" for a in head) else None

    def _unit_named(self, unit: str, location: Location) -> bool:
        """Whether a unit the text names ("in Poonch district", "in Téra department") is the one the
        incident is placed in, by its name or by the gazetteer's reading of it."""
        key = f" {name_key(unit)} "
        if any(key in f" {name_key(u or '')} " for u in (location.admin1, location.admin2, location.city)):
            return True
        return any(p.kind in {"admin1", "admin2"} and p.country_code == location.country_code
                   and p.admin1 == location.admin1 and (p.kind == "admin1" or location.admin2 in {None, p.admin2})
                   for p in self.gaz.lookup(unit))

    def _unlisted_village(self, name: str, location: Location, strict: bool) -> bool:
        """Whether a name may be a village of the incident's country: not a unit of that country, not a
        town of another of its provinces, not a group, a people or a word; ``strict`` (a name read only
        from "in X") also wants it unknown to the gazetteer and to the actor dictionary."""
        first = name.split()[0].lower()
        if {first, name.split()[-1].lower()} & _LANDFORMS:
            return False  # "Mount Samama, about 15 km north-east of Kasserine": a mountain, not a village
        if first in _STOP_WORDS or (strict and (first in _NOT_PLACE_WORDS or name.lower() in _NOT_PLACE_WORDS)):
            return False
        places = self.gaz.lookup(name)
        if any(p.kind == "country" for p in places) or name.split()[-1] in self.gaz.demonyms:
            return False  # "the Ain al-Hilweh Palestinian refugee camp": a people's name ends no village's
        known = [p for p in places if p.country_code == location.country_code]
        if any(p.kind != "city" for p in known) or (known and not any(p.admin1 == location.admin1 for p in known) and (
                strict or any(p.population >= 20000 for p in known))):
            # a unit of the country, or a town of that name in another province (a hamlet's name there does not
            # stop "the community of El Aguaje, belonging to the municipality of Aguililla")
            return False
        # a name read only from "in X" must be unknown to the gazetteer and the actor dictionary
        # (a small place of that name in another country does not stop it: "on the outskirts of Chai")
        elsewhere_only = all(p.country_code != location.country_code and p.kind in {"city", "admin2"}
                             and p.population < 150000 for p in places)
        if ORG_WORD.search(name):
            return False  # "forces loyal to the Southern Transitional Council, near the town of Ahwar": a body's name
        return not (strict and ((places and not elsewhere_only) or find_actors(name) or re.search(r"\d", name)))

    @staticmethod
    def _linked_group(text: str, sents: list[Sentence], actors_by_sent: list[list[ActorMention]],
                      event: list[Sentence]) -> tuple[str, int, int] | None:
        """The group behind an event told only by a generic word ("insurgents abducted five children"),
        when the report ties that word to one group and no other ("Insurgents linked to Islamic State
        Mozambique", "ISWAP fighters"): the span of the word in the event's sentences."""
        doer = next(((s.start + m.start(), s.start + m.end(), m.group(1).lower().rstrip("s"))
                     for s in event for m in [_GENERIC_DOER.search(s.text)] if m), None)
        if doer is None:
            return None
        tied: set[str] = set()
        for s, acts in zip(sents, actors_by_sent, strict=True):
            for a in acts:
                if a.actor.type in {"state", "ethnic"}:
                    continue
                before, after = text[max(s.start, a.start - 40):a.start], text[a.end:min(s.end, a.end + 25)]
                tie = re.search(rf"\b{doer[2]}s?\s+(?:(?:linked|loyal|affiliated|allied|tied)\s+to|from|of|belonging\s+to)"
                                rf"\s+(?:the\s+)?$", before, re.I) or re.match(rf"\s*(?:\([^)]*\)\s*)?{doer[2]}s?\b", after, re.I)
                if tie:
                    tied.add(a.actor.name)
        if len(tied) != 1:
            return None
        return tied.pop(), doer[0], doer[1]

    @staticmethod
    def _anaphoric_group(sents: list[Sentence], actors_by_sent: list[list[ActorMention]],
                         event_sids: list[int]) -> tuple[str, int, int] | None:
        """The group a doer refers back to ("its fighters killed", "planted by the militants"): the one
        armed group named last before it, in its own sentence or the four before; none when two are."""
        for sid in sorted(event_sids):
            m = _ANAPHORIC_DOER.search(sents[sid].text)
            if m is None:
                continue
            at = sents[sid].start + m.start()
            for k in range(sid, max(-1, sid - 5), -1):
                before = [a for a in actors_by_sent[k] if a.end <= at and a.actor.type not in {"state", "ethnic"}]
                if before:
                    names = {a.actor.name for a in before}
                    return (before[-1].actor.name, at, sents[sid].start + m.end()) if len(names) == 1 else None
            return None
        return None

    @staticmethod
    def _generic_group(text: str, sents: list[Sentence], country_code: str) -> tuple[str, int, int] | None:
        """The one separatist movement of a country, when the text names its fighters only by the kind
        of group they are ("suspected separatists abducted", "blamed on separatists")."""
        movements = [a for a in load_actors() if a.type == "separatist" and country_code in a.countries]
        if len(movements) != 1:
            return None
        # (and "rebels" when the report names that movement and no other armed group: "rebels attacked an army
        # post at Diegoune" in a report on the MFDC)
        named = {a.actor.name for a in find_actors(text) if a.actor.type not in {"state", "political"}}
        words = _SEPARATISTS if named != {movements[0].name} else _REBEL_WORDS
        for s in sents:
            for m in words.finditer(s.text):
                mention = ActorMention(movements[0], s.start + m.start(), s.start + m.end(), m.group(0))
                if _as_doer(text, mention):
                    return movements[0].name, mention.start, mention.end
        return None

    def _is_place_name(self, name: str) -> bool:
        return name in self.gaz.demonyms or any(p.kind in {"country", "admin1", "city"} for p in self.gaz.lookup(name))

    def _state_agent(self, sent_texts: list[tuple[int, str]], states: list[ActorMention],
                     country: str | None = None, aircraft_only: bool = False) -> tuple[str, int, int] | None:
        """Whose strike it was: "a Russian glide bomb", "an air strike by Myanmar's military", "IDF jets". With a
        group named beside it (``aircraft_only``), the country's forces are its author only by their aircraft ("air
        force Kfir jets struck what the military called LTTE positions")."""
        for base, stext in sent_texts:
            for m in _STATE_WEAPON.finditer(stext):
                g = "who" if m.group("who") else "by" if m.group("by") else "as"
                who = m.group(g)
                cc = self._country_named(who)
                if cc is None:
                    continue
                words = [w for w, c in self.gaz.demonyms.items() if c == cc and not w.endswith("s")]
                names = [who] + words
                for name in names:
                    for form in ("military", "forces", "army"):
                        known = [a for a in find_actors(f"{name} {form}") if a.actor.type == "state"]
                        if known:
                            return known[0].actor.name, base + m.start(), base + m.end()
                return f"{words[0] if words else who} forces", base + m.start(), base + m.end()
        for a in states:
            base, stext = next(((b, t) for b, t in sent_texts if b <= a.start < b + len(t)), (a.start, ""))
            # "fired by the army", "blamed the army", "the drone belonged to the federal army, the Ethiopian
            # National Defense Force"
            if _AGENT_VERB.match(stext[a.end - base:]) or re.search(
                    r"\b(?:by|blam(?:ed|ing)|accus(?:ed|ing)|belong(?:ed|ing|s)?\s+to|operated\s+by|attribut(?:ed|ing)\s+(?:\w+\s+){0,3}?to|"
                    r"blamed\s+on)\s+(?:the\s+)?"
                    r"(?:(?:federal|national|government)\s+(?:army|military|forces),?\s+(?:the\s+)?)?$", stext[:a.start - base]):
                return a.actor.name, a.start, a.end
        # "Residents blamed the federal military": the armed forces of the country it happened in
        forces = _country_forces(country)
        for base, stext in sent_texts if country else []:
            blamed = _BLAMED_FORCES.search(stext) or _FORCES_WEAPON.search(stext) or _FORCES_OWNED.search(stext) \
                or _BY_FORCES.search(stext) or _GOVERNMENT_SHELLED.search(stext)
            if blamed and aircraft_only and not re.search(r"\b(?:jets?|warplanes?|aircraft|helicopters?|gunships?|air\s*strikes?)\b",
                                                          blamed.group(0), re.I):
                continue
            if blamed:
                # (a country the dictionary lists no forces of: its armed forces by the name ACLED gives them)
                land = self.gaz.country(country) if not forces and country else None
                name = _army_of(forces).name if forces else f"Military Forces of {land.name}" if land else None
                if name:
                    return name, base + blamed.start("who"), base + blamed.end("who")
        return None

    def _state_denies(self, before: str) -> bool:
        """Whether the words before a denial name a state as the one denying: "Islamabad denied any involvement",
        "Pakistan's foreign ministry rejected any role"."""
        if _STATE_DENIER.search(before):
            return True
        m = _DENIER_NAME.search(before)
        if m is None:
            return False
        word = m.group(1)
        return any(p.kind == "country" or (p.kind == "city" and self.gaz.capital(p.country_code) == p)
                   for p in self.gaz.lookup(word))

    def _country_named(self, word: str) -> str | None:
        """The country a word names, by its people or its own name: "Israeli", "Russia"."""
        return self.gaz.demonyms.get(word) or next((p.country_code for p in self.gaz.lookup(word) if p.kind == "country"),
                                                   None)

    def _own_air_force(self, text: str, event_text: str, country: str | None, day: str | None) -> Actor | None:
        """The country's own forces behind a strike by manned aircraft that no one is said to own ("a jet dropped bombs
        on a crowd in Pazigyi village"), when the report names the country's forces and no other state's: only a state
        flies jets and gunships, and no other state is in the story."""
        own = [a for a in _country_forces(country) if a.countries[0] == country]
        # (or a strike of any kind that the forces tell of on a militants' camp: "The armed forces said a drone
        # strike destroyed a militant camp ..., killing some 40 fighters")
        if not own or not (_MANNED_AIRCRAFT.search(event_text) or (
                _FORCES_TELL.search(event_text) and _ON_MILITANTS.search(event_text))):
            return None
        states = [a for a in find_actors(text) if a.actor.as_of(day).type == "state"]
        if any(a.actor.countries[0] != country for a in states):
            return None  # another state's forces are named: the strike may be theirs
        for m in _FOREIGN_FORCES.finditer(text):
            who = m.group("who")
            cc = self._country_named(who)
            if cc is not None and cc != country:
                return None  # "Israeli jets", "Russian and Syrian forces", "by Russia's military"
        if not states and not re.search(r"\b(?:military|army|junta|armed\s+forces|air\s+force|regime)\b", text, re.I):
            return None
        return _army_of(own)

    @staticmethod
    def _recap_sentences(text: str, sents: list[Sentence]) -> set[int]:
        """The sentences of a live blog's recap entry ("18:10 ... Here is a recap of the main events: - ...")."""
        out: set[int] = set()
        inside, seen = False, 0  # whether in a recap; sentences read of the entry
        for i, s in enumerate(sents):
            if _entry_stamp(text, s):
                inside, seen = False, 0
            seen += 1
            if seen <= 2 and _RECAP.search(s.text):  # "That is where we pause. Here is a recap of the main events:"
                inside = True
            if inside:
                out.add(i)
        return out

    def _state_operation(self, sent_texts: list[tuple[int, str]], fatalities: Fatalities, states: list[ActorMention],
                         country: str | None) -> tuple[str, int, int] | None:
        """The state force behind an operation that killed militants ("Security forces killed five terrorists in
        an intelligence-based operation", "killed in an encounter with troops"), unless the militants attacked."""
        joined = " ".join(t for _, t in sent_texts)
        # (a passer-by "killed by stray fire" in the shootout does not make it an attack on civilians)
        if not fatalities.militants or (fatalities.civilians and not _CROSSFIRE.search(joined)):
            return None
        if _MILITANTS_ATTACKED.search(joined):
            return None
        hit = next(((base, m) for base, t in sent_texts for m in [_OPERATION.search(t)] if m), None)
        if hit is None:
            return None
        base, m = hit
        if states:
            return states[0].actor.name, states[0].start, states[0].end
        forces = _country_forces(country)
        if forces:
            return _army_of(forces).name, base + m.start(), base + m.end()
        # a country the dictionary lists no forces of: its armed forces by the name ACLED gives them
        known = self.gaz.country(country) if country else None
        return (f"Military Forces of {known.name}", base + m.start(), base + m.end()) if known else None

    def _group(self, text: str, sents: list[Sentence], dates_by_sent: list[list[DateMention]],
               places_by_sent: list[list[PlaceMention]], stat_sids: set[int], ref: date | None) -> list[_Draft]:
        drafts: list[_Draft] = []
        current: _Draft | None = None
        heading: int | None = None  # the digest entry heading ("Wed 2 April - Kenscoff (Belot).") read last
        last = -10
        shared_until = -1  # "No group has claimed either attack. Police blamed bandits.": about every event told
        shared: list[_Draft] = []  # the events such a sentence speaks of

        telex = mostly_capitals(text)  # no capital letter tells a name from a word: no scene is read

        def pointed(i: int) -> _Draft | None:
            """An earlier event the sentence points back to by a word only its own telling used: "opened fire
            on the station", "claimed the Saravan attack" after a judge's killing was told."""
            if current is None or len(drafts) < 2 or _THAT_EVENT.search(sents[i].text) or no_casualties(sents[i].text):
                return None  # "that attack", "No one was hurt in that incident": the event just told
            words = {w.lower() for w in _THE_NOUN.findall(sents[i].text) if w.lower() not in _COMMON_NOUNS}
            words |= {w.lower() for w in _THE_PLACE_EVENT.findall(sents[i].text)}
            mine = sents[current.anchor].text.lower()
            for dr in reversed(drafts):
                if dr is current or dr.background:
                    continue
                theirs = sents[dr.anchor].text.lower()
                if any(re.search(rf"\b{re.escape(w)}\b", theirs) and not re.search(rf"\b{re.escape(w)}\b", mine)
                       for w in words):
                    return dr
            return None

        def event_dates(k: int) -> list[DateMention]:
            if _TOLL_LEAD.search(sents[k].text):
                # "the army on Friday raised the death toll from an attack ...": the day it was told; but "raised
                # the death toll from Sunday's ambush" names the ambush's day
                return [d for d in dates_by_sent[k] if _DAYS_EVENT.match(text, d.end)]
            if re.search(r"\braising\s+(?:the\s+)?(?:death\s+)?toll\b", sents[k].text, re.I) and any(
                    _DAYS_EVENT.match(text, d.end) for d in dates_by_sent[k]):
                # "recovered more bodies ..., raising the death toll from Saturday night's attack on the village to 38,
                # local authorities said on Tuesday": the attack's day, named as such
                return [d for d in dates_by_sent[k] if _DAYS_EVENT.match(text, d.end)]
            return [d for d in dates_by_sent[k] if (d.kind != "my" or not d.is_full)
                    and not SPEECH_DATE.search(text[max(sents[k].start, d.start - 70):d.start])
                    # "The death toll from a double suicide bombing ... rose to 55 on Saturday": the toll's day
                    and not _TOLL_ROSE_ON.search(text[max(sents[k].start, d.start - 50):d.start])
                    and not _CLAIM_DAY.match(text, d.end) and not _MEASURED_AGAINST.match(text, d.end)
                    # "The Islamic State group claimed responsibility on Thursday for the twin explosions": the claim's day
                    and not re.search(r"\bclaimed\s+(?:responsibility\s+)?(?:late\s+|early\s+)?(?:on\s+)?$",
                                      text[max(sents[k].start, d.start - 40):d.start])]

        def other_means(sentence: str, dr: _Draft) -> bool:
            """Whether a sentence tells harm done by means the event's sentences never name (an air strike after
            an assault by gunmen): unknown means on either side are no difference."""
            mine = _means(sentence)
            return bool(mine) and mine.isdisjoint(_means(" ".join(sents[k].text for k in dr.sids)) or mine)

        def elsewhere_told(i: int) -> bool:
            """Whether a sentence names a town or a province where the event being told is not: "A local PDF unit
            said it set off three mines against a convoy on the Gangaw-Kalay road, about 15 km north of Gangaw
            town, on Thursday" after an air strike in Sagaing is a claim of another event."""
            return current is not None and current.place is not None and any(
                p.place.kind in {"city", "landmark", "admin2", "admin1"} and not p.elsewhere
                and not _compatible(p, current.place) for p in places_by_sent[i])

        def caps_entry(i: int) -> bool:
            """A digest's entry that opens its line on a place in capitals and tells an attack ("BABIL - Car bomb in
            the crowded main market of Iskandariya"), under an entry of the same shape: an event of its own."""
            def opens(k: int) -> bool:
                m = _CAPS_PLACE_ENTRY.match(sents[k].text)
                # (the first entry's place may have been read as the report's dateline: "BAGHDAD - Gunmen ...")
                return m is not None and (sents[k].start == 0 or text[sents[k].start - 1] == "\n") and (any(
                    p.start == sents[k].start for p in places_by_sent[k]) or any(
                    a == sents[k].start for a, _ in self._dateline_spans))
            return bool(current is not None and not self._live and opens(i) and opens(current.anchor)
                        and _trigger(sents[i].text) and not NEGATED.search(sents[i].text))

        def date_by_claim(dr: _Draft, i: int, dates: list[DateMention]) -> None:
            """The day of an event told undated, from the claim of it: "the group said two of its members had detonated
            explosive belts among the crowd ... on Wednesday" (but not "no claim of responsibility by Monday")."""
            day_told = _one_day(dates, ref) if dr.date is None and ref is not None else None
            if day_told is not None and ref is not None and 0 <= (ref - day_told[1]).days <= 7 \
                    and not _another_event_told(sents[i].text) and not NO_CLAIM.search(sents[i].text) \
                    and not re.search(r"\b(?:by|until|as\s+of)\s+$", text[max(0, day_told[0].start - 8):day_told[0].start]):
                (dr.date_mention, dr.date), dr.date_precision, dr.date_sid = day_told, "day", i

        def scene_for(i: int, places: list[PlaceMention]) -> int:
            """The sentence before an event told with no day of its own that sets its scene: "On March 28, 2021,
            a couple rode up to the cathedral in Makassar. When a guard stopped them, they detonated a bomb";
            a digest's "Mon 3 Mar - Narathiwat, Rueso district" above its entry. -1 when there is none."""
            k, s = i - 1, sents[i]
            if k > 0 and _GOES_ON.match(sents[k].text) and not dates_by_sent[k] and not places_by_sent[k] \
                    and _trigger(sents[k].text) and not any(k in dr.sids for dr in drafts):
                k -= 1  # "On 2 May 2018, two men walked into the headquarters ... They were wearing explosive belts ..."
            if k < 0 or dates_by_sent[i] or telex or k in stat_sids or any(k in dr.sids for dr in drafts) \
                    or _trigger(sents[k].text) or not _realis(s.text) \
                    or GENERIC.search(s.text + " " + sents[k].text) or _YEAR.search(s.text):
                return -1
            told = event_dates(k)
            opening = _one_day(told, ref)  # a day told first thing: "On the night of 15.04.2025, armed Maoists ..."
            # (after a span of time told first: "Six months earlier, on the night of 23 October 2022, aircraft struck ...")
            # (or anywhere in a clause that sets the scene: "When fighters walked into Chai, a farming village ..., early
            # last Wednesday, they did not come to hold it")
            opening = opening if opening is not None and (opening[0].start - sents[k].start < 25 or _SPAN_BEFORE.fullmatch(
                text, sents[k].start, opening[0].start) or re.match(r"\W*When\s", sents[k].text)) else None
            if (places and opening is None) or not (
                    current is None or i - last > 3 or (opening is not None and opening[1] != current.date)):
                return -1  # the sentence names its own place, or goes on with the event being told
            dated = any(d.kind not in MONTH_KINDS and (day := resolve(d, ref)[0]) is not None
                        and (ref is None or day <= ref) for d in told)
            if not dated and not any(p.place.kind in {"city", "landmark"} for p in places_by_sent[k]):
                return -1
            return k if self._is_anchor(s, told, places or places_by_sent[k]) else -1

        live_day = resolve(self._live_day, None)[0] if self._live_day is not None else None
        # a live blog's day lines ("Friday 18 October 2019"): the entries below one are read from its day
        # ("eight people died in yesterday's violence" is the 17th)
        day_lines = [(m.start(), day) for m in _DAY_LINE.finditer(text) if self._live
                     and (line_dates := find_dates(text, m.start(), m.end()))
                     and (day := resolve(line_dates[0], ref)[0]) is not None]
        digest_day: tuple[DateMention, date] | None = None  # the day a digest's entries were all reported on
        first_line = re.match(r"[^\n]{10,160}", text.lstrip())
        if first_line is not None and _DIGEST_TITLE.search(first_line.group(0)):
            # "IRAQ - SIGNIFICANT INCIDENTS, THURSDAY 14 JUNE 2007": the day of every entry below that names none
            at = len(text) - len(text.lstrip())
            digest_day = _one_day(find_dates(text, at, at + first_line.end()), ref)
        recap = self._recap_sentences(text, sents) if self._live else set()
        # a claims watch's "Claim: YES. Islamic State's Amaq News Agency, Sunday morning." above its entry's summary:
        # the claim of the event the entry goes on to tell
        claim_lines: dict[int, list[int]] = {}
        for m in _CLAIM_LINE.finditer(text):
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            # (the sentences wholly on the line: a heading run into it is read as the entry's event)
            on_line = [j for j, x in enumerate(sents) if x.start >= m.start() and x.start < line_end]
            if on_line:
                claim_lines[on_line[0]] = on_line
        in_claim_line = {j for sids in claim_lines.values() for j in sids}
        pending: list[int] = []
        told_before_tally: _Draft | None = None  # the event told last before a tally's sentence

        def place_fields(heading: int, i: int) -> list[int]:
            """An incident log's "Location: Donpaik village, Maungdaw township" lines between an entry's heading and
            the sentence read."""
            return [k for k in range(heading + 1, i) if _FIELD_PLACE.match(sents[k].text)]

        for i, s in enumerate(sents):
            if i in in_claim_line:
                if i in claim_lines and current is not None and current.anchor == i - 1:
                    current.sids.extend(claim_lines[i])  # under the entry's heading, read as its event
                elif i in claim_lines:
                    pending.extend(claim_lines[i])
                    current = None
                continue
            if i in stat_sids:
                told_before_tally = current or told_before_tally
                current = None
                continue
            if current is None and told_before_tally is not None and i - last <= 6 and CLAIMED.search(s.text) \
                    and _THE_ATTACKS.search(s.text) and not dates_by_sent[i]:
                # "Letters claiming the attacks were signed ...", told after the tally of them: a claim of each one told
                for dr in drafts:
                    if i not in dr.sids:
                        dr.sids.append(i)
                continue
            if i in recap:
                # a live blog's recap of the day tells again the events its entries told; but a claim it reports
                # is the blog's event's ("Al-Shabaab, the Somali militant group, has said it carried out the attack")
                main = next((dr for dr in drafts if not dr.background), None)
                if main is not None and (CLAIMED.search(s.text) or _GROUP_SAID_IT_DID.search(s.text)
                                         or any(_SAID_IT_DID.match(s.text, a.end) for a in find_actors(s.text)
                                                if a.actor.type != "state")):
                    main.sids.append(i)
                elif main is not None and any(c.kind in {"killed", "injured"} and c.count.best for c in find_casualties(
                        s.text, 0, len(s.text), self.settings.extract,
                        skip=[(d.start - s.start, d.end - s.start) for d in dates_by_sent[i]])):
                    # its toll is the latest of the event it names, or of the blog's own when it names none ("The
                    # latest toll from the health directorate is 11 dead"); a recap of two events in one sentence
                    # gives neither
                    towns = [p for p in places_by_sent[i] if p.place.kind in {"city", "landmark"} and not p.elsewhere]
                    owners = [dr for dr in drafts if dr.place is not None and towns
                              and all(_compatible(p, dr.place) for p in towns)]
                    owner = main if not towns else owners[0] if len(owners) == 1 else None
                    if owner is not None:
                        owner.sids.append(i)
                continue
            if (early := _EARLIER_TOLL.search(s.text)) and not re.search(
                    r";[^;]*\b(?:now|later|since|subsequently)\s+(?:says?|said|puts?|put|stands?)\b", s.text[early.end():], re.I):
                # "Earlier reports on Monday had put the toll at four soldiers dead": a figure since revised (but
                # "Initial reports said two people were hurt; the ministry now says three" gives the new one)
                towns_named = [p for p in places_by_sent[i] if p.place.kind in {"city", "landmark"} and not p.elsewhere] \
                    if self._live else []
                corrected = next((dr for dr in reversed(drafts) if dr.place is not None and towns_named
                                  and all(_compatible(p, dr.place) for p in towns_named)), None)
                if corrected is not None:
                    # a blog's "CORRECTION: An earlier post said two police officers were killed in the Cali bombing":
                    # what follows it is of that event
                    current, last = corrected, i
                continue
            if ((ENTRY_HEADER.match(s.text) and not _trigger(s.text)) or _DATED_TITLE.match(s.text) or _FIELD_DATE.match(s.text)
                    or _DATE_PLACE_HEAD.match(s.text)
                    or _place_day_title(text, s)) \
                    and len(s.text.split()) <= 16 and any(resolve(m, ref)[0] for m in dates_by_sent[i]):
                # (or a brief's entry title, its day in brackets: "Gao region - Attack on passenger boat near Bamba
                # (7 September).", then the entry that tells it)
                heading, current = i, None  # a digest entry's "Wed 2 April - Kenscoff (Belot).": a new event follows
                continue
            if self._live and current is not None:
                last = max(last, i - 1)  # a live blog's updates, however far apart, speak of the event it follows
                entry = _entry_stamp(text, s) is not None
                # (anywhere in an entry that gives a toll: "17:40 - The health ministry has updated its figures: 12
                # people killed and five wounded in Karbala")
                named_here = [p for p in places_by_sent[i] if p.place.kind in {"city", "landmark"}
                              and (p.start - s.start < 60 or _LIVE_TOLL.search(s.text))] if entry else []
                back = next((dr for dr in drafts if dr is not current and dr.place is not None and named_here
                             and all(_compatible(p, dr.place) for p in named_here)), None)
                if back is not None and current.place is not None and not any(
                        _compatible(p, current.place) for p in named_here) and not dates_by_sent[i]:
                    current = back  # "14:30 Update on Coyomeapan: ... two people were killed": that event's update
                main = next((dr for dr in drafts if not dr.background), None)
                if main is not None and main is not current and entry and _LIVE_TOLL.search(s.text) and not any(
                        p.place.kind in {"city", "landmark"} and not p.elsewhere for p in places_by_sent[i]):
                    # "19:30 - Toll now at 91, says the minister": the blog's own event, not the one told last
                    current = main
                elif main is not None and main is not current and entry and not dates_by_sent[i] and (
                        current.background or (current.date is not None and live_day is not None
                                               and current.date < live_day - timedelta(days=7))):
                    # a new entry after the past attacks a background note recalled is the blog's own event again
                    current = main
            dates = event_dates(i)
            if not dates and i > 0 and _THAT_MONTH.search(s.text):
                # "That changed in March 2009. On a Saturday night that month, gunmen opened fire ...": its month
                dates = [d for d in dates_by_sent[i - 1] if d.kind == "my"][-1:]
            claim = CLAIMED.search(s.text)
            # (a claim of another day's attack is that attack: "the group also claimed a grenade attack on a police
            # station in Rask late on Sunday")
            # (a claim told far below the only event told so far, on no other day, is that event's: "Late Sunday,
            # the Islamic State group claimed responsibility for the attack", nine paragraphs down a scraped page)
            if current is not None and not caps_entry(i) and (i - last <= 6 or (len(drafts) == 1 and all(
                    resolve(d, ref)[0] in {None, current.date} for d in dates))) \
                    and (claim or (_claim_talk(s.text) and (not dates or _EVERY_EVENT.search(s.text)))) \
                    and not BACKGROUND.search(s.text) and not _SEPARATE_LEAD.match(s.text) \
                    and not (_hours_apart(s.text, sents[current.anchor].text) and self._is_anchor(s, dates, places_by_sent[i])) \
                    and not (_SECOND_DEVICE.search(s.text) and FOILED.search(s.text)) and not ((_ALSO_CLAIMED.search(s.text) or _far_day(
                        dates, current.date, ref) or elsewhere_told(i)) and _another_day(dates, current.date, ref)
                        and self._is_anchor(s, dates, places_by_sent[i])) and not any(
                        # the group's own account of what it did is part of its claim: "X claimed the
                        # attack on Saturday, saying its fighters had killed four Christians"
                        (claim is None and not _BLAMES_THE_EVENT.search(s.text))
                        or (claim is not None and c.count.start < claim.end())
                        for c in find_casualties(s.text, 0, len(s.text), self.settings.extract)):
                every = _EVERY_EVENT.search(s.text)
                if every:
                    shared_until = i + 2
                    # "both those attacks", "the three attacks": the last ones told; "either attack": all of them
                    n = _HOW_MANY.get((every.group("n") or "all").lower().split()[-1])
                    # (a device found and defused is no attack: "both attacks" after it are the two that struck)
                    struck = [dr for dr in drafts if not FOILED.search(sents[dr.anchor].text)]
                    shared = (struck if len(struck) >= n else drafts)[-n:] if n else [
                        dr for dr in drafts if not dr.background or dr is current]
                meant = pointed(i) or current
                if meant is current and len(drafts) > 1 and FOILED.search(sents[current.anchor].text) \
                        and _THE_ATTACK.search(s.text):
                    # "the attack was carried out by Al-Shabaab" after a second bomb was defused: the attack told
                    # before it, not the bomb that never went off
                    meant = next((dr for dr in reversed(drafts) if dr is not current and not dr.background
                                  and not FOILED.search(sents[dr.anchor].text)), current)
                for dr in (shared if i <= shared_until else [meant]):
                    if i not in dr.sids:
                        dr.sids.append(i)  # who did it, not a new event: "X claimed the attack on Sunday"
                date_by_claim(meant, i, dates)
                last = i
                continue
            ordinal = _ORDINAL_EVENT.match(s.text)
            news = [dr for dr in drafts if not dr.background] if ordinal is not None else []
            if ordinal is not None and len(news) >= 2 and not any(resolve(m, ref)[0] for m in dates):
                # "The first blast happened at about 7.20am on a rural road" after two bombings were told: the first's
                nth = news[min(len(news), _ORDINALS[ordinal.group(1).lower()]) - 1]
                if i not in nth.sids:
                    nth.sids.append(i)
                current, last = nth, i
                continue
            lead = re.match(r"\W*(?:In|At|Near)\s+", s.text)
            named = next((p for p in places_by_sent[i] if lead and p.start == s.start + lead.end()), None)
            if named is not None and current is not None and current.place is not None \
                    and not _compatible(named, current.place) and not any(resolve(m, ref)[0] for m in dates):
                # "In Funtua, the attackers ..." after the second event was told: back to the first
                earlier = next((dr for dr in drafts if dr.place is not None and _compatible(named, dr.place)), None)
                if earlier is not None:
                    earlier.sids.append(i)
                    current, last = earlier, i
                    continue
            places = places_by_sent[i]
            scene = scene_for(i, places)  # when there is one, it has already found the sentence an anchor
            if scene >= 0:
                dates, places = event_dates(scene), places or places_by_sent[scene]
            # a live blog's entry that opens on another place's attack ("13:05 Reports of a drone strike on a car
            # on the coastal road between Tyre and Naqoura") is a new event, however it is worded
            towns = [p for p in places if p.place.kind in {"city", "landmark"}]
            new_entry = bool(self._live and current is not None and current.place is not None and towns
                             and _entry_stamp(text, s) and _trigger(s.text) and not _only_reacts(s.text)
                             and not any(_compatible(p, current.place) for p in towns))
            # a digest's list entry that tells an attack is an event of its own ("- A suicide bomber drove a truck
            # packed with explosives into the outer wall of a police station in the south of the city.")
            bullet_entry = bool(not self._live and current is not None and _BULLET.match(s.text)
                                and _BULLET.match(sents[current.anchor].text) and _trigger(s.text)
                                and not NEGATED.search(s.text) and not HYPOTHETICAL.search(s.text)
                                # ("- No civilian deaths have been reported in either clash": of the events told)
                                and not _EVERY_EVENT.search(s.text)
                                and not _accidental(s.text)) or caps_entry(i)
            if _DIGEST_DAY.search(s.text) and (one_day := _one_day(dates, ref)) is not None:
                digest_day = one_day  # "The following incidents were reported across Iraq on Sunday."
            # "Army engineers later found a second device near the cattle pen and defused it": another event there
            second_device = bool(current is not None and _SECOND_DEVICE.search(s.text) and FOILED.search(s.text))
            # (an entry's event told under its heading, with the heading's day and place: "Diffa town, Thursday.",
            # then "Officers found an explosive belt under her clothing")
            # (or an incident log's "Date of event: Monday 13 November", its "Location: Donpaik village" between them)
            field_places = [p for k in place_fields(heading, i) for p in places_by_sent[k]] \
                if heading is not None and _FIELD_DATE.match(sents[heading].text) else []
            headed = heading is not None and i - heading <= 3 and not dates and not any(dr.anchor > heading for dr in drafts) \
                and (_PLACE_DAY_TITLE.match(sents[heading].text) is not None or bool(field_places) or (
                    # (or a digest's "Saturday, 17 Feb - Jolo", a line to itself, the entry's first sentence telling no event)
                    (ENTRY_HEADER.match(sents[heading].text) is not None or _DATE_PLACE_HEAD.match(sents[heading].text))
                    and "\n" not in sents[heading].text.strip()
                    and any(p.place.kind in {"city", "landmark"} for p in places_by_sent[heading]))) \
                and self._is_anchor(s, dates_by_sent[heading], places or places_by_sent[heading] or field_places)
            # (a live blog's first report of its event, placed by the blog: "14:20 - Police say a minibus exploded while
            # queuing at the checkpoint")
            blog_place = next((p for k in range(i) for p in places_by_sent[k]
                               if p.place.kind in {"city", "landmark"} and not p.elsewhere), None) \
                if self._live and not drafts and not places else None
            first_report = bool(blog_place is not None and _trigger(s.text)
                                and _realis(s.text) and not NEGATED.search(s.text) and not HYPOTHETICAL.search(s.text)
                                and not _accidental(s.text))
            if first_report and blog_place is not None:
                places = [blog_place]  # (the town the blog named first: "Reports of a loud explosion ... into Karbala")
            if scene >= 0 or new_entry or bullet_entry or second_device or headed or first_report \
                    or self._is_anchor(s, dates, places):
                entry_ref = next((day for at, day in reversed(day_lines) if at < s.start), ref)
                resolved = [(m, *resolve(m, entry_ref if m.kind in _RELATIVE_KINDS else ref)) for m in dates]
                resolved = [r for r in resolved if r[1] is not None]
                heading_days = [r for r in ((m, *resolve(m, ref)) for m in dates_by_sent[heading]) if r[1] is not None] \
                    if heading is not None else []
                # (a weekday in the entry is the heading's day when it is that weekday: "(4 September)", then "on Monday")
                first_day = heading_days[0][1] if heading_days else None
                its_weekday = bool(resolved and first_day is not None and all(
                    r[0].kind == "weekday" and r[0].weekday == first_day.weekday() for r in resolved))
                under = heading if heading is not None and (not resolved or its_weekday) and not any(
                    dr.anchor > heading for dr in drafts) else None
                fields: list[int] = []
                if under is not None:  # the first event under a dated entry heading takes its day
                    resolved = heading_days
                    # (and an incident log's "Location: Donpaik village, Maungdaw township" between them)
                    fields = place_fields(under, i)
                    places = places or places_by_sent[under] or [p for k in fields for p in places_by_sent[k]]  # and its place, when the entry names none
                    # (and the entry's "[1] Claimant: Arakan Army (AA), via its ... Telegram channel" above its date)
                    fields += [k for k in (under - 1,) if k >= 0 and _FIELD_CLAIMANT.match(sents[k].text)]
                # the finest date the sentence gives: "on Wednesday evening" over "this month's elections"
                # (a full date first, then a calendar day over a weekday: "Sunday's ambush came two weeks after gunmen
                # stormed a church ... on Feb. 25": the 25th)
                resolved.sort(key=lambda r: (_PRECISION_RANK.get(r[2] or "", 9), not r[0].is_full, r[0].kind == "weekday"))
                d_mention, d_value, d_prec = resolved[0] if resolved else (None, None, None)
                if d_prec == "month" and d_value is not None and (nth_day := _ON_THE_NTH.search(s.text)) is not None:
                    # "In June 2021, a car bomb exploded ... on the 15th": that day of the month named
                    with contextlib.suppress(ValueError):
                        d_value, d_prec = d_value.replace(day=int(nth_day.group(1))), "day"
                if d_mention is not None and d_mention.kind == "weekday" and len(resolved) == 1 and current is not None \
                        and current.date is not None and current.date_precision == "day" and i - last <= 2 \
                        and d_mention.weekday == current.date.weekday() and d_value != current.date \
                        and not SEPARATE.search(s.text) and not _SEPARATE_LEAD.match(s.text):
                    # "on 11 December 2016", then "walked into the women's section during Sunday mass": that Sunday
                    d_value = current.date
                if d_mention is not None and d_value is not None and d_mention.year is None and d_mention.month \
                        and current is not None and current.date is not None and d_value.year != current.date.year \
                        and _DAYS_LATER_LEAD.match(s.text):
                    # "Two days later, on October 25, a man detonated explosives ..." after a bombing of 23 October
                    # 2021 told in a 2024 report: the October after that event, not the last one before the report
                    try:
                        after_it = date(current.date.year, d_value.month, d_value.day)
                    except ValueError:
                        after_it = None
                    if after_it is not None and 0 <= (after_it - current.date).days <= 92:
                        d_value = after_it
                if d_mention is not None and d_value is not None and d_mention.year is None and d_mention.month \
                        and ref is not None and d_value.year == ref.year and re.search(
                            r"\blast\s+year\b(?:,?\s+when\b[^.;]{0,100})?,?\s+(?:on\s+)?(?:the\s+(?:night|morning|evening)\s+of\s+)?$|"
                            r"\blast\s+year\b[^.;]{0,25}$", text[max(s.start, d_mention.start - 140):d_mention.start], re.I):
                    # "Last year, on 27 June, a police officer ... flew a police helicopter over central Caracas"
                    with contextlib.suppress(ValueError):  # (29 February)
                        d_value = date(ref.year - 1, d_value.month, d_value.day)
                d_sid = scene if scene >= 0 else i
                yardstick = _SINCE_WHEN.search(s.text) if ref is not None else None
                if yardstick is not None and ref is not None and current is not None:
                    # "The attack of Tuesday is the most serious since April, when an ambush at Sanabamba ... left thirteen
                    # soldiers dead": the April ambush, told as the yardstick of the one before it
                    mo = MONTHS[yardstick.group("month").lower()]
                    year = int(yardstick.group("year")) if yardstick.group("year") else (ref.year if mo <= ref.month else ref.year - 1)
                    d_mention, d_value, d_prec = None, date(year, mo, 1), "month"
                    places = [p for p in places if p.start >= s.start + yardstick.end()]
                came = (_CAME_AFTER.match(s.text) or _DAYS_AFTER_NAMED.match(s.text) or _FOLLOWED_LATER.match(s.text)
                        # "Ten days later gunmen opened fire on a helicopter ...": after the event just told, its day known
                        or (_N_DAYS_LATER.match(s.text) if current is not None and current.date_precision == "day" else None)) \
                    if d_value is None and current is not None and current.date else None
                if came is not None and current is not None and current.date is not None:
                    # "It came eight days after a car bomb at the police headquarters in Elazig killed three
                    # officers": eight days before the event just told
                    n = int(came.group("n")) if came.group("n").isdigit() else (word_to_int(came.group("n")) or 0)
                    # ("The Makassar attack was followed three days later by a separate incident in the capital": after it)
                    sign = 1 if (came.re is _DAYS_AFTER_NAMED and came.group("rel").lower() == "after") \
                        or came.re in {_FOLLOWED_LATER, _N_DAYS_LATER} else -1
                    # (the event it names, when another was told since: "The Makassar attack was followed ...")
                    base = current
                    if came.re is _FOLLOWED_LATER:
                        if came.group("name").strip():
                            key = name_key(came.group("name"))
                            base = next((dr for dr in drafts if dr.date is not None and dr.place is not None
                                         and key in {name_key(dr.place.text), name_key(dr.place.place.name)}), current)
                        # (the town of the event it follows is not its own)
                        places = [p for p in places if not s.start + came.start() <= p.start < s.start + came.end()]
                    if n and base.date is not None:
                        d_value = base.date + sign * timedelta(days=n * (7 if came.group("unit").lower().startswith("w") else 1))
                        d_prec = "day" if not came.group("unit").lower().startswith("w") else "week"
                same_as_before = scene == i - 1 and i > 0 and bool(_SAME_DAY.search(s.text))
                if d_value is None and i > 0 and _SAME_DAY.search(s.text) and (
                        prev_day := _one_day(dates_by_sent[i - 1], ref)) is not None:
                    # "On Monday, transport workers held a strike. The same morning, gunmen shot dead a driver":
                    # the day the sentence before names, and another event than the one told before it
                    (d_mention, d_value), d_prec, d_sid = prev_day, "day", i - 1
                    # (but more dead found that day are the event's: "Later the same day four more ... were found")
                    same_as_before = not _TOLL_UPDATE.search(s.text)
                # (not where the wounded are treated: "died of their injuries at Van Regional Training and Research
                # Hospital", "were taken to the hospital in Kaya")
                local = [p for p in places if not p.elsewhere and not _at_hospital(text, p)]
                place = most_specific([p for p in local if p.place.kind != "country"], local) or most_specific(local)
                # (a district named as the town it is, over the city it is told by: "in Nobol, a town in Guayas
                # province north of Guayaquil")
                place = next((p for p in local if p.place.kind == "admin2" and _TOLD_AS_TOWN.match(text, p.end)), place)
                if (place is None or place.place.kind == "country") and _THE_CITY.search(s.text):
                    # "Ganja ... has been hit several times. Last Sunday, a strike on the city destroyed an apartment
                    # block": the town named just before
                    towns_before = [p for k in range(i - 1, max(-1, i - 3), -1) for p in reversed(places_by_sent[k])
                                    if p.place.kind == "city" and not p.elsewhere and "\n" not in text[p.end:s.start]]
                    place = towns_before[0] if towns_before else place
                target = None
                casualty_only = not CASUALTY_ONLY.search(s.text)
                next_day = (d_value is not None and current is not None and current.date is not None
                            # the day before is another event ("On Sunday, a roadside bomb ..." after Monday's
                            # raid) unless only a headline has told this one so far
                            and ((d_value - current.date).days == 1 or (
                                (d_value - current.date).days == -1 and len(current.sids) == 1))
                            and place is not None
                            and current.place is not None and _compatible(place, current.place)
                            and not SEPARATE.search(s.text)  # "ended the siege on Sunday" after "on Saturday"
                            # a digest entry that opens a line on its own day ("1 December - Khatlon region: ...")
                            and not (d_mention is not None and d_mention.start - s.start < 3 and d_mention.day is not None
                                     and d_mention.month is not None and _LINE_OPENING.search(text, 0, s.start) is not None)
                            and not _means(s.text).isdisjoint(
                                _means(sents[current.date_sid if current.date_sid is not None else current.anchor].text)
                                or _means(s.text)))
                # a later figure for the event just told: "the toll rose to 26 on Monday", "nine wounded
                # people were evacuated on Monday morning to the hospital in Kaya"
                # (a sentence that opens on a day of its own tells a new event: "On the night of 15.04.2025, ...")
                opens_on_day = d_mention is not None and d_mention.start - s.start < 25 and (
                    d_mention.is_full or (d_mention.day is not None and d_mention.month is not None))  # "On 15 July, ..."
                update = ((_TOLL_UPDATE.search(s.text) is not None or (casualty_only and place is None and not opens_on_day))
                          and current is not None and current.date is not None and d_value is not None
                          and 0 <= (d_value - current.date).days <= 3 and not SEPARATE.search(s.text) and not same_as_before
                          and (place is None or current.place is None or _compatible(place, current.place)))
                reach = 4 if (d_value is None and place is None and not SEPARATE.search(s.text)) or update else 2
                if current is not None and current.date is None and _THE_EVENT_LEAD.match(s.text):
                    reach = 6  # "The attack on 28 April tore through the cafe", after a court's sentence for it
                # "Hours later, soldiers clashed with rebels near the hamlet of Sinaí" after a bombing: another event
                # (its means read past the lead: "An hour after the explosion, gunmen opened fire")
                lead_m = _LATER_LEAD.match(s.text)
                told_means = _means(s.text[lead_m.end():]) if lead_m else set()
                later = bool(lead_m) and current is not None and bool(told_means) and told_means.isdisjoint(
                    _means(" ".join(sents[k].text for k in current.sids)))
                later = later or (current is not None and d_value is None and _hours_apart(s.text, sents[current.anchor].text))
                # (or told in another town: "Some hours later, in the commune of Collipulli, a patrol ... was received
                # with shots", after the trucks burned at Ercilla)
                later = later or bool(lead_m and current is not None and place is not None and current.place is not None
                                      and place.place.kind == "city" and current.place.place.kind in {"city", "landmark"}
                                      and _other_names(place, current.place))
                # the event it came hours after, or on "the same night" as: its day
                # (or told right after "The toll from a second attack on the same day has also climbed.")
                # ("In the afternoon, the air force intervened.", then its strikes: that day's afternoon)
                before = current if later or lead_m or second_device or (current is not None and (_SAME_DAY.search(s.text) or (
                    i > 0 and (_SAME_DAY.search(sents[i - 1].text) or _PART_OF_DAY_LEAD.match(sents[i - 1].text)))
                    or _PART_OF_DAY_LEAD.match(s.text))) else None
                # "the same fighters also killed five people the same night in Machongani": another place's event
                also = _ALSO_ELSEWHERE.search(s.text)
                # (a list entry of its own in a digest of many: "- A roadside bomb aimed at a police patrol ...")
                bullet = (_BULLET.match(s.text) is not None and current is not None and _BULLET.match(
                    sents[current.anchor].text) is not None and not self._live) or caps_entry(i)
                # (a numbered paragraph of a statement that tells, on its own day, harm done by other means: "3. ... on
                # the afternoon of 11 February 2025 the military council sent a fighter jet which dropped two bombs on
                # Let Pan Hla village", after "2. On 11 February 2025 ... our forces ... ambushed a column")
                numbered = bool(current is not None and d_value is not None and _numbered_paragraph(text, s.start)
                                and _numbered_paragraph(text, sents[current.anchor].start) and _means(s.text)
                                and _means(s.text).isdisjoint(_means(" ".join(sents[k].text for k in current.sids))))
                separate_lead = _SEPARATE_LEAD.match(s.text) or later or bullet or second_device or numbered or (
                    also is not None and not telex and current is not None and current.place is not None
                    and name_key(also.group("where")) not in name_key(sents[current.anchor].text)) or (
                    # "Gunmen attacked churches ... in two cities of Dagestan", then "In the ancient city of Derbent,
                    # armed men burst into the Church ...": each city's attack, told on its own
                    current is not None and place is not None and place.place.kind in {"city", "landmark"}
                    and _MULTI_SITE.search(sents[current.anchor].text) is not None
                    and (current.place is None or current.place.place.kind not in {"city", "landmark"}))
                # a lead told so far in one sentence, dated by the day after, told again on its own day: "The
                # device exploded at about 5:30 p.m. on Tuesday ... at Saint-Michel" after "police on Wednesday
                # searched the wreckage ... for clues to who planted the bomb" (wherever its station was read), or
                # "58 foreigners ... were killed on Monday morning" after "the country's tourism industry braced
                # on Tuesday" over a massacre
                restated = bool(current is not None and len(current.sids) == 1 and d_value is not None
                                and current.date is not None and (current.date - d_value).days == 1 and (
                                    next_day or (
                                        (place is None or current.place is None
                                         or place.place.country_code == current.place.place.country_code)
                                        and _RESTATED_EVENT.match(s.text) and not SEPARATE.search(s.text))))
                # a live blog's entry that opens on another town than the event's ("In Morales, a drone dropped an
                # explosive charge on the police station", after the shooting at El Palo): another event
                other_town = bool(self._live and current is not None and place is not None and current.place is not None
                                  and (place.start - s.start < 40 or _TOLD_AS_TOWN.match(text, place.end) is not None)
                                  and _entry_stamp(text, s) is not None
                                  and place.place.kind in {"city", "admin2", "landmark"}
                                  and current.place.place.kind in {"city", "admin2", "landmark"}
                                  and _other_names(place, current.place)
                                  # (not a body named for its town: "The Cali metropolitan police confirm ...")
                                  and not re.match(r"\s+(?:metropolitan\s+|municipal\s+|city\s+|provincial\s+)?(?:police|"
                                                   r"mayor|authorities|governor|council|prosecutor)", text[place.end:]))
                if current is not None and i - last <= reach and not other_town and (
                    d_value is None or d_value == current.date or next_day or update or restated
                    or (current.date is None and (len(current.sids) == 1 or (self._live and (
                        # a live blog's undated entries are of its day: an event "on Friday" is not theirs
                        d_value is None or live_day is None or d_value == live_day))))
                ) and (
                    place is None or current.place is None or _compatible(place, current.place) or restated
                    # (a toll told with a place in another province is that province's event: "Thirteen police
                    # officers were killed when the helicopter ... was brought down near Amalfi" after Cali's bombing)
                    or (casualty_only and not any(
                        p.place.kind == "admin1" and not p.elsewhere and current.place.place.admin1
                        and not _FROM_PLACE.search(text[max(0, p.start - 45):p.start])  # "came from Punjab province"
                        and p.place.country_code == current.place.place.country_code
                        and p.place.admin1 != current.place.place.admin1 for p in places))
                    or (_ANAPHOR.search(s.text) is not None and not SEPARATE.search(s.text)
                        and place.place.country_code == current.place.place.country_code
                        and (place.place.admin1 == current.place.place.admin1
                             # "The bomber also died in the blast, ... on the southern edge of the city, 65 km (40
                             # miles) northeast of Baghdad": a bearing from a town, not the scene
                             or (place.near and _BEARING_BEFORE.search(text, max(0, place.start - 50), place.start))))
                ) and not BACKGROUND.search(s.text) and not separate_lead and not (
                    # "its air defences intercepted and destroyed a drone ... heading for the palace", after the blasts
                    # at the airport: a strike stopped, another event than the one that struck
                    _INTERCEPTED.search(s.text) and not _INTERCEPTED.search(sents[current.anchor].text)) and not (
                    # "In the afternoon, the air force intervened. Dozens of terrorists were neutralised by air strikes":
                    # another event of that day, by other means
                    before is not None and d_value is None and other_means(s.text, current)):
                    target = current
                    if len(drafts) > 1 and _INTERCEPTED.search(sents[current.anchor].text) and any(
                            c.kind in {"killed", "injured"} and c.count.best for c in
                            find_casualties(s.text, 0, len(s.text), self.settings.extract)):
                        # "Updated toll: at least 22 dead" after a drone was stopped: the toll of the strike that hit
                        target = next((dr for dr in reversed(drafts) if not _INTERCEPTED.search(sents[dr.anchor].text)),
                                      current)
                elif separate_lead:
                    pass  # "Separately, the bomb squad defused ... on Saturday morning": another event, same day
                else:
                    for dr in drafts:
                        if d_value is not None and dr.date == d_value and (
                            place is None or dr.place is None or _compatible(place, dr.place)
                        ):
                            target = dr
                            break
                    if target is None and d_value is None and _ANAPHOR.search(s.text) and not SEPARATE.search(s.text):
                        # "The bomb struck ..." after a second event was told: back to the event it describes
                        means = _means(s.text)
                        for dr in reversed(drafts):
                            if means & _means(" ".join(sents[k].text for k in dr.sids)) and (
                                    place is None or dr.place is None or _compatible(place, dr.place)
                                    or _closer(place, dr.place, text)):
                                target = dr
                                break
                if target is None and current is not None and len(drafts) == 1 and not current.background \
                        and d_value is None and scene < 0 and under is None and not separate_lead and before is None \
                        and not other_means(s.text, current) \
                        and (place is None or current.place is None or _compatible(place, current.place)) \
                        and not SEPARATE.search(s.text) and not BACKGROUND.search(s.text) and not self._live:
                    # a report of one event tells more of it after its quotes, with no day or place of its own: "A
                    # resident said a villager was shot dead when he ran towards the school" is that raid's
                    target = current
                if target is None:
                    # "in a separate attack" starts another event; it need not be an earlier one
                    target = _Draft(anchor=i, background=bool(BACKGROUND.search(s.text))
                                    and not re.match(r"\W*in\s+a\s+separate\b", s.text, re.I))
                    drafts.append(target)
                    target.sids.extend(pending)  # (the entry's claim line above it)
                    pending = []
                    if before is not None and d_value is None and before.date is not None:
                        target.date, target.date_precision = before.date, before.date_precision
                        target.date_mention, target.date_sid = before.date_mention, before.date_sid
                    if second_device and before is not None and place is None:
                        target.place = before.place  # the second device was found where the first went off
                    elif d_value is None and digest_day is not None and not target.background:
                        (target.date_mention, target.date), target.date_precision = digest_day, "day"
                if scene >= 0:
                    target.sids.append(scene)
                if under is not None and under not in target.sids:
                    target.sids.append(under)
                target.sids.extend(k for k in fields if k not in target.sids)
                target.sids.append(i)
                if i != target.anchor:
                    target.mentions.append(i)
                if (target.date is None or (restated and target is current)) and d_value is not None:
                    target.date, target.date_precision, target.date_mention = d_value, d_prec, d_mention
                    target.date_sid = d_sid
                if place is not None and (target.place is None or (
                        _rank(place) > _rank(target.place) and _compatible(place, target.place))
                        or (_closer(place, target.place, text) and not any(p.elsewhere for p in places))):
                    target.place = place
                current, last = target, i
            elif (same := _same_day_and_place(s, dates, places_by_sent[i], drafts, current, ref)) is not None:
                # "On Monday afternoon, a gang blocked the road near Dutsin-Ma": more of Monday's event there
                same.sids.append(i)
                current, last = same, i
            elif current is not None and current.date is None and i - last <= 2 and _ATTACKERS.search(s.text) \
                    and not places_by_sent[i] and (one := _one_day(dates, ref)) is not None:
                # "The terrorists ... attempted to infiltrate the troops' position on Sunday 26 March 2023"
                current.sids.append(i)
                current.date_mention, current.date = one
                current.date_precision, current.date_sid, last = "day", i, i
            elif current is not None and i - last == 1 and not dates and len(current.sids) == 1 and _trigger(s.text) \
                    and not SEPARATE.search(s.text) and not _SEPARATE_LEAD.match(s.text) and not BACKGROUND.search(s.text) \
                    and ((current.place is not None and places_by_sent[i] and all(
                        _compatible(p, current.place) for p in places_by_sent[i] if not p.elsewhere))
                         or (not any(p.place.kind != "country" for p in places_by_sent[i]) and _WEAPON_TOLD.search(s.text))) \
                    and (not (_means(s.text) and _means(sents[current.anchor].text)
                              and _means(s.text).isdisjoint(_means(sents[current.anchor].text)))
                         # (the weapon of "the first blast" told: "Two drones ... had been flown over the police station")
                         or (_WEAPON_TOLD.search(s.text) is not None and not places_by_sent[i])):
                # the lead's event told in detail, right after it: "An air strike ... on a village in Rakhine State
                # killed 14", then "A military jet dropped two bombs on Thayet Pin village in Kyauktaw township"
                current.sids.append(i)
                last = i
                found = most_specific([p for p in places_by_sent[i] if p.place.kind != "country" and not p.elsewhere])
                if found is not None and current.place is not None and _rank(found) > _rank(current.place):
                    current.place = found
            elif current is not None and (
                # (a sentence opening on the event by its definite noun may come after two on other things, when
                # no other event has been told: "The blasts went off near the Karsaz bridge")
                ((i - last <= 2 or (i - last <= 4 and len(drafts) == 1 and _RESTATED_EVENT.match(s.text)))
                 and REFERS.search(s.text) and not _QUOTE_ONLY.search(s.text)
                 and not _another_day(dates, current.date, ref)
                 # (a toll over a span of years is none of the event's: "with dozens of media workers killed since
                 # the return of democracy in 1986")
                 and not (_OVER_YEARS.search(s.text) and KILL_WORD.search(s.text)))
                or (i - last <= 4 and no_casualties(s.text))
                or (i - last <= 6 and _claim_talk(s.text))
                # ("Late on Saturday, a statement from Government House in Makurdi put the toll at 'not less than 100'")
                or (i - last <= 3 and _TOLL_PUT.search(s.text) is not None and not SEPARATE.search(s.text)
                    and not any(p.place.kind in {"city", "landmark"} and not p.elsewhere for p in places_by_sent[i]))
            ):
                current = pointed(i) or current
                current.sids.append(i)
                last = i
                # (the event told on: "The cyclists ... were struck by a car on a road in Danghara district on Sunday
                # afternoon", after a claim of it)
                if _claim_talk(s.text) or _realis(s.text):
                    date_by_claim(current, i, event_dates(i))
                if current.date is None and _THE_EVENT_LEAD.match(s.text) and (
                        day_told := _one_day(event_dates(i), ref)) is not None:
                    # "The attack on 28 April tore through the cafe": the day of an event told undated before
                    (current.date_mention, current.date), current.date_precision, current.date_sid = day_told, "day", i
                found = most_specific([p for p in places_by_sent[i] if p.place.kind != "country" and not p.elsewhere])
                if current.place is None or (found is not None and (
                        _closer(found, current.place, text) or (_rank(found) > _rank(current.place)
                                                                and _compatible(found, current.place)))
                        and not any(p.elsewhere for p in places_by_sent[i])):
                    current.place = found  # "in Somalia's capital", then "... camp in the north of Mogadishu"
            elif current is not None and i - last == 1 and not dates and not places_by_sent[i] and _trigger(s.text) \
                    and not SEPARATE.search(s.text) and not BACKGROUND.search(s.text) and not GENERIC.search(s.text) \
                    and not HYPOTHETICAL.search(s.text) and any(
                        c.kind in {"killed", "injured"} for c in find_casualties(s.text, 0, len(s.text), self.settings.extract)):
                # the toll of the event just told, in a sentence of its own with no day or place: "It acknowledged the
                # loss of two soldiers."
                current.sids.append(i)
                last = i
            elif current is not None and i - last == 1 and _QUOTE_ONLY.search(s.text):
                last = i  # a witness quoted right after the event just told keeps it open for what follows

        first = drafts[0] if drafts else None
        if first is not None and first.anchor == 1 and 0 not in stat_sids and not any(0 in dr.sids for dr in drafts) \
                and _TOLL_LEAD.search(sents[0].text):
            # "The army on Friday raised the death toll from an attack on its position to 24 soldiers", then
            # the attack itself told: the lead gives the latest toll of the event that follows
            first.sids.insert(0, 0)
        for dr in drafts:
            # a day taken from the dateline ("MOSCOW, Dec 28 -- The death toll ... rose to 55") gives way to the
            # event's own day told in its next sentences ("... at about 2:30 p.m. on Friday")
            if dr.date is None or dr.date_mention is None or not any(
                    a <= dr.date_mention.start < b for a, b in self._dateline_spans):
                continue
            for sid in sorted(dr.sids):
                own = _one_day(event_dates(sid), ref) if sid != dr.anchor and sid - dr.anchor <= 3 else None
                if own is not None and 0 < (dr.date - own[1]).days <= 7:
                    (dr.date_mention, dr.date), dr.date_precision, dr.date_sid = own, "day", sid
                    break
        stale = self.settings.extract.background_after_days
        lead_event = drafts[0] if drafts and not self._live and not any(_BULLET.match(sents[dr.anchor].text) for dr in drafts) \
            and digest_day is None and heading is None else None
        for dr in drafts:
            # (an event dated by its month alone may fall on its last day: "kidnapped ... last month")
            latest = dr.date if dr.date is None or dr.date_precision != "month" else (
                dr.date.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            if stale and ref is not None and latest is not None and (ref - latest).days > stale:
                dr.background = True  # "On Oct. 26, 2022, a gunman opened fire ..." in a 2025 report
            elif lead_event is not None and dr is not lead_event and lead_event.date is not None and dr.date is not None \
                    and dr.anchor > lead_event.anchor and (lead_event.date - dr.date).days >= 3 and dr.date_precision == "day":
                # a report of one lead event recalls another days before it ("Last Sunday, a strike on the city
                # destroyed an apartment block"): the earlier one is its background
                dr.background = True
            # (a place read from another sentence of the event does not stand against the lead's "here": "in the
            # heart of this northwestern city" over the offensive "in South Waziristan" that a later one names)
            told_here = self._dateline_places and dr.place is not None and _HERE.search(sents[dr.anchor].text) \
                and self._dateline_places[0].place.kind == "city" and _rank(dr.place) < _rank(self._dateline_places[0]) \
                and (_compatible(self._dateline_places[0], dr.place)
                     or not sents[dr.anchor].start <= dr.place.start < sents[dr.anchor].end)
            if self._dateline_places and (dr.place is None or told_here or (
                    dr.place.place.kind == "country" and "capital" in text[dr.place.start:dr.place.end + 20]
                    and dr.place.place.country_code == self._dateline_places[0].place.country_code)):
                # "MOGADISHU - ... a camp in Somalia's capital"; "MARAWI CITY - A bomb exploded ... here on Sunday"
                dr.place = self._dateline_places[0]
            if dr.date is None and not dr.background:
                # "killed 12 people overnight, officials said on Tuesday": the day it was told, no finer
                told = [(m, *resolve(m, ref)) for m in dates_by_sent[dr.anchor]
                        if SPEECH_DATE.search(text[max(sents[dr.anchor].start, m.start - 40):m.start])]
                told = [t for t in told if t[1] is not None and t[2] == "day"]
                if told:
                    soon = re.search(r"\b(?:overnight|last\s+night|early\s+(?:today|this\s+morning)|this\s+morning)\b",
                                     sents[dr.anchor].text, re.I)
                    dr.date, dr.date_mention = told[0][1], told[0][0]
                    dr.date_precision = "day" if soon else "week"
                elif lead_event is not None and dr is not lead_event and lead_event.date is not None \
                        and lead_event.date == ref and self._dateline_spans and _SECTION_TOWN_LEAD.match(sents[dr.anchor].text):
                    # a wire report of the day's events, its dateline's day the lead's: "In Baghdad, gunmen ... opened
                    # fire on a senior official", told with no day of its own, is of that day too
                    dr.date, dr.date_precision, dr.date_mention = lead_event.date, "day", lead_event.date_mention
        return drafts

    def _incident(self, doc: Document, sents: list[Sentence], d: _Draft,
                  dates_by_sent: list[list[DateMention]], places_by_sent: list[list[PlaceMention]],
                  actors_by_sent: list[list[ActorMention]], after: list[int] | None = None) -> Incident:
        text = doc.text
        ev: list[Evidence] = []

        def add(field_name: str, start: int, end: int) -> None:
            ev.append(Evidence(field_name, start, end, text[start:end]))

        sids = sorted(set(d.sids))
        anchor = sents[d.anchor]
        add("incident", anchor.start, anchor.end)
        for sid in d.mentions:  # the same event told again in this report
            add("incident", sents[sid].start, sents[sid].end)
        sentence_of: dict[int, int] = {}
        casualties = []
        for sid in sids:
            s = sents[sid]
            if sid != d.anchor and not _TOLL_UPDATE.search(s.text) and (_OVER_YEARS.search(s.text) or (
                    GENERIC.search(s.text) and not any(m.kind != "my" for m in dates_by_sent[sid]))):
                # "have killed dozens of soldiers over the years", "with dozens of media workers killed since the
                # return of democracy in 1986": the conflict's toll, not this event's
                continue
            skip = [(m.start, m.end) for m in dates_by_sent[sid]] + self._dateline_spans
            # (the toll of an earlier event the sentence measures this one against: "..., less than a year after an
            # attack on the same shrine left more than a dozen worshippers dead")
            # (not the clause that tells the event itself: "This new attack comes two weeks after the suicide car
            # bombing ..., which killed 43 people")
            skip += [(s.start + m.start(), s.start + m.end()) for m in _AFTER_ANOTHER.finditer(s.text)
                     if KILL_WORD.search(s.text, 0, m.start())]
            # a group's name is no count: "400 Mawozo kidnapped 17 missionaries"
            skip += [(a.start, a.end) for a in actors_by_sent[sid] if any(ch.isdigit() for ch in a.text)]
            found = find_casualties(text, s.start, s.end, self.settings.extract, skip=skip)
            for c in found:
                sentence_of[c.count.start] = sid
            casualties.extend(found)
        # a group's own figure ("claimed that around 30 people had been killed", "saying it had killed more than
        # 40 soldiers") is its claim, not the toll, when anyone else gives one
        # (and a figure a group's statement puts in quotes: IS said its men had "killed and wounded more than 30")
        # (or one on a claims monitor's claim line, "Claim: fighters ... \"killed five soldiers\"", then checked)
        claimed_figures = [c for c in casualties if _CLAIM_FIGURE.search(text[max(0, c.count.start - 110):c.count.start])
                           or _ENTRY_CLAIM.match(text, text.rfind("\n", 0, c.count.start) + 1)
                           or (re.search(r"[\"“](?:[\w-]+\s+){0,3}$", text[max(0, c.count.start - 40):c.count.start])
                               and c.count.start in sentence_of and (
                                   any(a.actor.type != "state" for a in actors_by_sent[sentence_of[c.count.start]])
                                   or re.search(r"\b(?:propaganda|Amaq|its\s+(?:fighters|soldiers|men|mujahideen))\b",
                                                sents[sentence_of[c.count.start]].text))
                               and re.search(r"\b(?:statement|said|claimed)\b", sents[sentence_of[c.count.start]].text))]
        if claimed_figures and any(c not in claimed_figures and c.kind == k.kind for c in casualties for k in claimed_figures):
            casualties = [c for c in casualties if c not in claimed_figures]
        # (and a sentence just after them that tells of the attacker's own death: "The author of the act ...
        # perished in the detonation")
        attacker_text = [(sid, sents[sid].text) for sid in sids] + [
            (sid, sents[sid].text) for sid in after or [] if ATTACKER_ALSO.search(sents[sid].text)]
        killed = combine(casualties, sentence_of, "killed", attacker_text, self._live)
        injured = combine(casualties, sentence_of, "injured", attacker_text, self._live)
        zero = None
        zero_told_here = False  # said in the event's own sentences, not in one after them
        # a denial after the event ends what is told of it: "The claim that fighters had shot down a helicopter was
        # rejected ... No one was hurt" is of that claim
        negated_at = next((k for k in range(d.anchor + 1, max([*sids, *(after or []), d.anchor]) + 1)
                           if NEGATED.search(sents[k].text)), len(sents))
        for sid in sorted(sids):
            if sid >= negated_at:
                break
            z = no_casualties(sents[sid].text)
            if z:
                zero, zero_told_here = (sents[sid].start + z.start(), sents[sid].start + z.end()), True
        for sid in after or []:  # "... was made safe. No one was hurt."
            if sid >= negated_at:
                break
            z = no_casualties(sents[sid].text)
            if zero is None and z and not _OTHER_EVENT.search(sents[sid].text):
                zero = (sents[sid].start + z.start(), sents[sid].start + z.end())
        fatalities = Fatalities()
        if killed:
            fatalities = Fatalities(killed.best, killed.low, killed.high, killed.civilians,
                                    killed.security_forces, killed.militants)
            for a, b in killed.spans or []:
                add("fatalities", a, b)
        elif zero:
            fatalities = Fatalities(0, 0, 0)
            add("fatalities", *zero)
        else:
            # the report tells the outcome (people wounded, taken) and no death: none died, as codebooks count
            told = [c for c in casualties if c.kind in {"injured", "kidnapped"} and c.count.best is not None]
            if told and not any(KILL_WORD.search(sents[sid].text) and not _OVER_YEARS.search(sents[sid].text)
                                for sid in sids):
                fatalities = Fatalities(0, 0, 0)
                add("fatalities", told[0].count.start, told[0].noun_end or told[0].count.end)
        kidnapped = Injuries()
        taken = combine(casualties, sentence_of, "kidnapped", attacker_text)
        if taken and (taken.best, taken.low) != (None, None):
            kidnapped = Injuries(taken.best, taken.low, taken.high)
            for a, b in taken.spans or []:
                add("kidnapped", a, b)
        injuries = Injuries()
        if injured:
            injuries = Injuries(injured.best, injured.low, injured.high)
            for a, b in injured.spans or []:
                add("injuries", a, b)
        elif zero and re.search(r"casualt|injur|hurt|harmed|unhurt", text[zero[0]:zero[1]], re.I) and (
                zero_told_here or not killed):  # a later "nobody was killed or injured" may be another event's
            injuries = Injuries(0, 0, 0)
            add("injuries", *zero)

        # victims: the first casualty's noun phrase names the target
        # the attackers who died are not the target: the first victims named otherwise are
        # (a pronoun names no one: "he died of his wounds" leaves the colonel told before as the victim)
        named_victims = [c for c in casualties if c.kind in {"killed", "injured", "kidnapped"} and c.noun
                         and c.noun.lower() not in {"he", "she", "him", "her"}]
        victim = next((c for c in named_victims if c.category != "militants"), named_victims[0] if named_victims else None)
        victim_text = ""
        victim_at: tuple[int, int] | None = None  # where the words naming the victims are
        if victim:
            victim_at = (victim.count.start, victim.noun_end)
        # "blew himself up among army recruits ..., killing at least 13 of them": the dead are the people just named
        of_them = next((c for c in casualties if c.kind == "killed" and not c.noun
                        and re.match(r"\s*of\s+(?:them|those)\b", text[c.count.end:c.count.end + 12])), None)
        if of_them is not None and (victim is None or victim.kind != "killed"):
            of_sent = next((s for s in sents if s.start <= of_them.count.start < s.end), None)
            if of_sent is not None:
                victim_at = (of_sent.start, of_them.count.start)
        if victim_at is not None:
            most = _MOST_OF_THEM.match(text, victim_at[1], min(len(text), victim_at[1] + 80))
            # (the people by what they were doing stay so: "Nine passengers, most of them teachers" are a bus's)
            if most is not None and victim is not None and victim.category in {None, "civilians"} \
                    and target_type(text[victim_at[0]:victim_at[1]], "")[0] in {"Private Citizens & Property", "Unknown"}:
                # "which killed 17 people, most of them foreign tourists": the victims by the most of them
                victim_at = (most.start("who"), most.end("who"))
            victim_text = text[victim_at[0]:victim_at[1]]
        sent_texts = [(sents[sid].start, sents[sid].text) for sid in sids]
        named = None
        for base, stext in sent_texts:
            m = _NAMED_VICTIM.search(stext) or _NAMED_VICTIM_FIRST.search(stext)
            title, name = ("head", "head_name") if m and "head" in m.re.groupindex and m.group("head") else ("title", "name")
            if m and not re.match(r"\s*(?:said|told|says)", stext[m.end(name):]):
                named = (base + m.start(title), base + m.end(name))
                break
            m = _NAMED_VICTIM_APPOSED.search(stext)
            if m:
                named = (base + m.start("name" if m.group("name") else "name2"),
                         base + m.end("title" if m.group("title") else "title2"))
                break
            m = _TARGETED_OFFICIAL.search(stext)
            if m:  # "the convoy of a senior security official": one person aimed at, named or not
                named = (base + m.start("title"), base + m.end("title"))
                break
        if named is None:  # "a provincial council candidate was shot dead": a prominent person, unnamed
            for c in casualties:
                if c.kind == "killed" and c.count.best == 1 and c.noun and PROMINENT.search(c.noun):
                    named = (c.noun_start, c.noun_end)
                    break
        if named is None:  # "gunmen shot dead the deputy district commissioner of ..."
            for base, stext in sent_texts:
                m = _TITLED_VICTIM.search(stext) or _TITLED_SUBJECT.match(stext)
                if m:
                    named = (base + m.start("title"), base + m.end("title"))
                    break
        if named is None and d is self._main_draft:
            # "Al Shabaab ... said ... that the minister had been its target": the one aimed at, said anywhere in the report
            aimed_official = next(((s.start, m) for s in sents for m in [_WAS_ITS_TARGET.search(s.text)] if m), None)
            if aimed_official is not None:
                base, m = aimed_official
                named = (base + m.start(), base + m.end())
        # an attack aimed at an official is violence against a civilian, even if guards fell with him
        security = bool(victim and victim.category == "security_forces") and named is None
        if victim is None and named is None and (fired_at := _ATTACKED_OBJECT.search(anchor.text)) is not None:
            # no one hurt, but the fire was aimed at the forces: "militants fired a few rounds at a CRPF road opening
            # party ... the troopers retaliated" is a clash with them
            security = target_type("", fired_at.group("obj"))[0] in {"Police", "Military"}
        # "shot dead a headman ... hours after a bomb damaged a railway line": the other event is no cue of this one
        # (but "It came eight days after a car bomb at the police headquarters killed three officers" tells that bomb)
        # (the anchor first: it tells the event; "the vehicle had been hijacked by armed men" below it, its means)
        typing = classify([(b, blank(_EARLIER_SUBJECT, t) if _CAME_AFTER.match(t) or _EARLIER_SUBJECT.match(t)
                            else blank(_OTHER_EVENT_CLAUSE, t))
                           for b, t in sorted(sent_texts, key=lambda bt: bt[0] != anchor.start)],
                          security, named, harmed=bool(fatalities.best or injuries.best), people_taken=bool(kidnapped.best))
        for f, a, b in typing.cues:
            add(f, a, b)
            if f == "event_type":
                add("sub_event_type", a, b)
        trig = _trigger(anchor.text)
        for f in ("event_type", "sub_event_type", "attack_type"):
            if trig and not any(e.field == f for e in ev):
                add(f, anchor.start + trig.start(), anchor.start + trig.end())
        if typing.sub_event_type == "Disrupted weapons use" and not casualties \
                and fatalities.best is None and injuries.best is None:
            # a bomb defused or an attack foiled, with no one hurt told: none dead, none wounded, as coders count it
            cue = next(e for e in ev if e.field == "sub_event_type")
            fatalities, injuries = Fatalities(0, 0, 0), Injuries(0, 0, 0)
            add("fatalities", cue.start, cue.end)
            add("injuries", cue.start, cue.end)

        # target: the victims' words, else the place attacked (never the "police said" of attribution)
        ctx_text = blank(_ATTRIBUTION, anchor.text)
        for named_group in actors_by_sent[d.anchor]:  # "the National Liberation Army bombed ...": no army is the target
            lo, hi = named_group.start - anchor.start, named_group.end - anchor.start
            if named_group.actor.type == "state" and re.search(r"\b(?:at|on|upon|targeting|against)\s+(?:an?\s+|the\s+)?$",
                                                               anchor.text[max(0, lo - 20):max(0, lo)]):
                continue  # "fired a few rounds at a CRPF road opening party": the force fired at is the target
            if 0 <= lo < hi <= len(ctx_text):
                ctx_text = ctx_text[:lo] + " " * (hi - lo) + ctx_text[hi:]
        ttype, tspan, from_victims = target_type(victim_text, ctx_text)
        whose = _WHOSE_STAFF.search(text, victim_at[0], min(len(text), victim_at[1] + 60)) \
            if victim_at is not None and (not from_victims or ttype == "Private Citizens & Property") else None
        # (not "killed 13 officers in one of the deadliest attacks": not whose they were)
        if whose is not None and victim_at is not None and re.fullmatch(
                r"(?:\s*(?!(?:in|at|on|near|one|some|many|most|all)\b)[\w'’-]+){0,2}\s*",
                text[victim_at[1]:max(victim_at[1], whose.start())]):
            # "two Sudanese staff members of an international aid agency": the victims' employer types them
            own_type, own_span, _ = target_type(victim_text + text[victim_at[1]:whose.end()], "")
            if own_span is not None and own_type not in {"Private Citizens & Property", "Unknown"}:
                ttype, tspan, from_victims = own_type, (0, len(victim_text)), True
        if not from_victims and victim is not None and victim.category == "security_forces":
            # "four officers", "two of his escorts", "four members of the communal guard": soldiers, unless the
            # incident's sentences speak only of a police force ("a checkpoint of the internal security forces")
            force_words = " ".join(t for _, t in sent_texts)
            police = _POLICE_FORCE.search(force_words) and not _ARMY_FORCE.search(force_words)
            if police or ttype not in {"Police", "Military"}:
                ttype, tspan, from_victims = "Police" if police else "Military", (0, len(victim_text)), True
        if not from_victims and victim is not None and victim.category in {None, "civilians"} and tspan is not None \
                and not _place_target(ttype, ctx_text, tspan) and ttype != "Tourists" \
                and (victim.noun or ttype not in {"Military", "Police"}):  # "among army recruits ..., killing 13 of them"
            # victims named ("three fishermen", "two Israelis") but not typed: the people around them in the
            # sentence (the attackers, the governor who spoke) are not the target; a place attacked may be
            place = next(((t, sp) for t, sp in target_places(ctx_text) if _place_target(t, ctx_text, sp)), None)
            ttype, tspan, from_victims = (*place, False) if place else ("Private Citizens & Property", (0, len(victim_text)), True)
        if ttype == "Unknown" and victim is not None and victim.category in {None, "civilians"} and victim_text:
            ttype, tspan, from_victims = "Private Citizens & Property", (0, len(victim_text)), True
        tbase = anchor.start
        # a scene sentence before the anchor ("around 20 cadres reached a mobile tower ... They set fire to
        # its generator") may name what was attacked
        scene = sents[d.sids[0]] if d.sids[0] < d.anchor else None
        if from_victims and ttype == "Business" and victim and _STAFF.fullmatch(victim.noun or ""):
            # "struck the Um Dabakir thermal power station ..., killing two workers": the workers of the
            # facility attacked, whose type it is
            # (the facility may be named beside its staff: "burst onto the set of a television channel and held
            # its staff at gunpoint")
            facility = next(((t, sp) for t, sp in target_places(ctx_text)
                             if t in _FACILITY_TARGETS and _place_target(t, ctx_text, sp)), None)
            if facility is not None:
                ttype, tspan, from_victims = facility[0], facility[1], False
        if from_victims and ttype == "Private Citizens & Property" and victim and _GENERIC_VICTIMS.fullmatch(victim.noun or ""):
            for base, where in [(anchor.start, ctx_text)] + ([(scene.start, scene.text)] if scene else []):
                # (the place may be named after the forces who ended it: "Security forces ended a siege at a hotel")
                attacked = next(((t, sp) for t, sp in target_places(where) if _place_target(t, where, sp)), None)
                if attacked is not None:
                    ttype, tspan, from_victims, tbase = attacked[0], attacked[1], False, base
                    break
        aimed = _ATTACKED_OBJECT.search(ctx_text)
        if aimed and not named and (victim is None or victim.category in {None, "civilians"}):
            # what the attack was aimed at, when the text says: "hurled a grenade at a police checkpost,
            # injuring three passers-by" targets the police; "opened fire on the weekly market", its people
            a, b = aimed.span("obj")
            obj_type, obj_span, _ = target_type("", ctx_text[a:b])
            if obj_span is not None and (obj_type == "Private Citizens & Property"
                                         or _place_target(obj_type, ctx_text[a:b], obj_span)):
                ttype, tspan, from_victims, tbase = obj_type, (a + obj_span[0], a + obj_span[1]), False, anchor.start
        if ttype == "Military" and tspan is not None and not from_victims and re.match(r"convoy", ctx_text[tspan[0]:tspan[1]], re.I):
            carried = re.match(r"\s+(?:[\w'’-]+\s+){0,3}?(?:carrying|of|belonging\s+to|hired\s+by)\s+[^.;,]{0,60}", ctx_text[tspan[1]:])
            aid = target_type("", carried.group(0)) if carried else None
            if aid is not None and aid[0] == "NGO":
                ttype = "NGO"  # "a convoy of trucks carrying World Food Programme food aid": an aid convoy
        if tspan is None and not named and scene is not None:
            s_type, s_span, _ = target_type("", scene.text)
            if s_span is not None and _place_target(s_type, scene.text, s_span):
                ttype, tspan, from_victims, tbase = s_type, s_span, False, scene.start
        if typing.sub_event_type in _STRIKES and not named:
            # "Israel said it had 'eliminated a Hezbollah terrorist'", "the target was a Hezbollah fighter": the
            # strikers say whom they aimed at, a group's member
            aimed_at = next(((b, m) for b, t in sent_texts if (m := _MEMBER_TARGETED.search(t))), None)
            if aimed_at is not None:
                ttype, tspan, from_victims, tbase = ("Terrorists/Non-State Militia", aimed_at[1].span("who"), False,
                                                     aimed_at[0])
        description = None
        if named:
            named_type, _, _ = target_type(text[named[0]:named[1]], "")
            ttype = named_type if named_type in {"Journalists & Media", "Religious Figures/Institutions", "Police",
                                                 "Military"} else "Government (General)"
            description = text[named[0]:named[1]]
            add("target", *named)
        elif tspan is not None:
            base = victim_at[0] if (from_victims and victim_at) else tbase
            add("target", base + tspan[0], base + tspan[1])
            description = victim_text or None
            if description and victim_at is not None:
                add("target", *victim_at)
        nationality = None
        for base, stext in ([(victim_at[0], victim_text)] if victim_at else []) + sent_texts[:1]:
            pattern = _DEMONYM_BEFORE_NOUN if stext is not victim_text else _DEMONYM_ANY
            for m in pattern.finditer(stext):
                word = m.group(1)
                w = word if word in self.gaz.demonyms else word.split()[-1]
                if w in self.gaz.demonyms:
                    nationality = w[:-1] if w.endswith("s") and w[:-1] in self.gaz.demonyms else w
                    add("target.nationality", base + m.start(1), base + m.start(1) + len(w))
                    break
            if nationality:
                break
        if ttype == "Unknown" and not description:
            ttype = None  # type: ignore[assignment]
        target = Target(ttype, description, nationality)

        # perpetrator and claim
        perp_name = None
        claimed: bool | None = None
        # a group that only praised, condemned or disowned the attack did not do it
        # (a common noun names a group only where the group acts: "Kikuyu settlers" in Kenya are no Israeli settlers)
        acts_in = d.place.place.country_code if d.place is not None else None
        # (nor one the report names among those blamed for such attacks over the years: "Such assassinations have become
        # almost a weekly occurrence since 2018, ... and residents blame a mix of ... Islamic State cells")
        habits = {sid for sid in sids if sid != d.anchor and _HABIT_TALK.search(sents[sid].text)
                  and not CLAIMED.search(sents[sid].text)}
        non_state = [a for sid in sids if sid not in habits for a in actors_by_sent[sid] if a.actor.type != "state"
                     and _as_doer(text, a)
                     and not (_common_noun(a) and acts_in and a.actor.countries and acts_in not in a.actor.countries)]
        if not non_state:  # a group the dictionary lacks, named by what it is ("the Gran Grif gang")
            non_state = [a for sid in sids for a in find_unlisted_groups(text, sents[sid].start, sents[sid].end,
                                                                         self._is_place_name) if _as_doer(text, a)]
        claim_hit = no_claim_hit = denied_hit = suspect_hit = None
        for base, stext in sent_texts:
            nc = _span(NO_CLAIM, stext, base)
            cl = _span(CLAIMED, stext, base)
            if cl and nc and cl[0] < nc[1] and nc[0] < cl[1] + 12:
                cl = None
            if cl and re.search(r"\b(?:not|never|yet\s+to)\s+(?:\w+\s+)?$|\b(?:no|none\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?(?:group|one|"
                                r"organi[sz]ation|faction|movement|party)s?\s+(?:has\s+|had\s+)?(?:ever\s+|yet\s+)?$",
                                stext[: cl[0] - base], re.I):
                cl = None
            claim_hit = claim_hit or cl
            no_claim_hit = no_claim_hit or nc
            denied = _span(DENIED, stext, base)
            # (a state that denies a part is no group denying its deed: "Islamabad denied any involvement", after
            # "The Resistance Front ... claimed responsibility")
            if denied and self._state_denies(text[max(base, denied[0] - 60):denied[0]]):
                denied = None
            denied_hit = denied_hit or denied
            # (not the group's record told in an aside: "ARSA, which has been accused of killing administrators ...")
            suspect_hit = suspect_hit or _span(SUSPECTED, blank(_RECORD_ASIDE, stext), base)
        if non_state and not claim_hit:
            for base, stext in sent_texts:  # "The Islamist group said on its radio that it had targeted ..."
                said = _GROUP_SAID_IT_DID.search(stext)
                if said and not denied_hit:
                    claim_hit = (base + said.start(), base + said.end())
                    break
        if non_state and not claim_hit:
            # the group itself says it did it: "JNIM said in a statement that it had destroyed the tankers"
            for grp in non_state:
                said = _SAID_IT_DID.match(text, grp.end)
                if said and not denied_hit:
                    claim_hit = (grp.start, said.end())
                    non_state = [grp] + [b for b in non_state if b is not grp]
                    break
        if non_state:
            actor = non_state[0]
            if claim_hit:
                claimers = [a for a in non_state if abs(a.start - claim_hit[0]) < 250]
                # a claimant introduced by its name just before the claim ("a previously unknown group calling itself
                # the Brigades of Aisha claimed that bombing", not "a Hezbollah stronghold" told before it)
                subject = [a for a in claimers if 0 <= claim_hit[0] - a.end <= 40 and re.search(
                    r"\b(?:calling\s+itself|calls\s+itself|called|known\s+as|named)\s+(?:the\s+)?$", text[max(0, a.start - 30):a.start])]
                # (or the one that opens the claim itself: "Days later the New IRA admitted responsibility", after the
                # victim "had led investigations into dissident republican groups")
                # (not a group named in an aside about the subject: "The Resistance Front, which agencies describe as a
                # front for Lashkar-e-Taiba, claimed responsibility")
                subject = subject or [a for a in claimers if 0 <= claim_hit[0] - a.end <= 3
                                      and not re.search(r"[.;!?]", text[a.end:claim_hit[0]]) and not any(
                                          b.end <= a.start and not re.search(r"[.;!?]", text[b.end:a.start])
                                          and re.search(r"[,(]\s*(?:which|who|whom|whose|a|an|the|described|believed|seen|"
                                                        r"said|known|linked|allied|affiliated)\b", text[b.end:a.start])
                                          for b in claimers)]
                actor = subject[-1] if subject else claimers[0] if claimers else actor
            elif suspect_hit:  # "Officials of the STC ... blamed AQAP": the one blamed, not the one blaming
                blamed = [a for a in non_state if suspect_hit[0] <= a.start <= suspect_hit[1] + 60]
                actor = blamed[0] if blamed else actor
            perp_name = actor.actor.name
            add("perpetrator", actor.start, actor.end)
            if denied_hit and not claim_hit and not suspect_hit and len({a.actor.name for a in non_state}) == 1:
                # the one group named only denies it ("said on social media that it had 'no connection' with the
                # killing"), and no one blames it: the doer is unknown, as coders leave it
                perp_name, claimed = None, False
                ev[:] = [e for e in ev if e.field != "perpetrator"]
                add("perpetrator.claimed", *denied_hit)
            elif claim_hit and not denied_hit:
                claimed = True
                add("perpetrator.claimed", *claim_hit)
            elif denied_hit or suspect_hit or no_claim_hit:
                claimed = False
                add("perpetrator.claimed", *(denied_hit or suspect_hit or no_claim_hit))  # type: ignore[misc]
        elif claim_hit and not denied_hit:
            # a claimant the dictionary does not know: "a group calling itself Nuit Noire claimed ..."
            # (in the claim's sentence, or the one after that names who wrote it: "a letter claiming responsibility
            # appeared ...", then "In it, a group calling itself 'Vulkangruppe' says ...")
            at = next((k for k, (b0, t0) in enumerate(sent_texts) if b0 <= claim_hit[0] < b0 + len(t0)), None)
            for base, stext in sent_texts[at:at + 2] if at is not None else []:
                m = _CLAIMANT.search(stext)
                if m:
                    group = next(g for g in ("quoted", "plain", "signed", "name") if m.group(g))
                    name = m.group(group)
                    if name and name.split()[0].lower() not in _NOT_A_GROUP:
                        start = base + m.start(group)
                        perp_name, claimed = name, True
                        add("perpetrator", start, start + len(name))
                        add("perpetrator.claimed", *claim_hit)
                    break
        elif no_claim_hit:
            claimed = False
            add("perpetrator.claimed", *no_claim_hit)
        if perp_name and not claimed and not denied_hit:
            # an incident log's "Claimant: Arakan Army (AA)" field names the group that did it as the claimant
            field = next((a for sid in sids if _FIELD_CLAIMANT.match(sents[sid].text) for a in actors_by_sent[sid]
                          if a.actor.name == perp_name and a.start < sents[sid].start + len(sents[sid].text.split("\n", 1)[0])),
                         None)
            if field is not None:
                claimed = True
                add("perpetrator.claimed", field.start, field.end)
        if not perp_name and not denied_hit and (monitored := self._monitored_claim(text, sents, actors_by_sent, sids)):
            # a claims monitor's entry, its "Claim: fighters ambushed a patrol ..." line under the one group the
            # monitor follows ("CLAIMS MONITOR | Islamic State activity in northern Mozambique")
            claimant, claim_line = monitored
            perp_name, claimed = claimant.actor.name, True
            add("perpetrator", claimant.start, claimant.end)
            add("perpetrator.claimed", claim_line[0], claim_line[1])
        if not perp_name and not denied_hit and (issuer := self._own_statement(text, sents, sids)):
            # a group's own statement telling what "our forces" did ("the drone unit of our battalion attacked the
            # outpost"): its claim, by the group that issued it
            (perp_name, claimed), (a, b) = (issuer[0].actor.name, True), issuer[1]
            add("perpetrator", issuer[0].start, issuer[0].end)
            add("perpetrator.claimed", a, b)
        if typing.sub_event_type in _STRIKES and not claimed:
            # an air strike or a shelling has a state behind it when the text says whose it was; a group
            # named beside it ("said it had struck a Hamas militant") is then its target, not its author
            agent = self._state_agent(sent_texts, [a for sid in sids for a in actors_by_sent[sid]
                                                   if a.actor.type == "state"],
                                      d.place.place.country_code if d.place is not None else None,
                                      aircraft_only=bool(perp_name))
            if agent is not None:
                perp_name, claimed = agent[0], None
                ev[:] = [e for e in ev if e.field not in {"perpetrator", "perpetrator.claimed"}]
                add("perpetrator", agent[1], agent[2])
                if fatalities.militants and fatalities.militants == fatalities.best and target.type in {None, "Unknown"}:
                    target = replace(target, type="Terrorists/Non-State Militia")  # a strike that killed only fighters
        if not perp_name and typing.sub_event_type == "Air/drone strike" and d.place is not None:
            air_force = self._own_air_force(text, " ".join(t for _, t in sent_texts), d.place.place.country_code,
                                            doc.reference_date)
            if air_force is not None:
                perp_name, claimed = air_force.name, None
                hit = _MANNED_AIRCRAFT.search(text, min(b for b, _ in sent_texts)) or _FORCES_TELL.search(
                    text, min(b for b, _ in sent_texts))
                if hit is not None:
                    add("perpetrator", hit.start(), hit.end())
        # (read over every sentence from the event's first to its last: "Troops ... were conducting focused
        # military operations when they encountered around 10 armed men, the commander said on Tuesday" tells
        # how it came about, though its day is the statement's)
        told_over = range(min(sids), max(sids) + 1)
        # (a suicide bombing is no operation of the forces, whichever of them told how it went)
        # (nor the group's own claimed attack, however the forces told their reply: "its fighters had carried out the
        # attacks", then "12 attackers were shot dead during the clearance operation")
        operation = None if typing.suicide or claimed else self._state_operation([(sents[k].start, sents[k].text) for k in told_over], fatalities,
                                          [a for sid in told_over for a in actors_by_sent[sid] if a.actor.type == "state"],
                                          d.place.place.country_code if d.place is not None else None)
        if operation is not None:
            # "Five Maoists were killed in a gunfight with the District Reserve Guard": the forces' operation, aimed
            # at the group, which is its target and not its author
            perp_name, claimed = operation[0], None
            ev[:] = [e for e in ev if e.field not in {"perpetrator", "perpetrator.claimed"}]
            add("perpetrator", operation[1], operation[2])
            target = replace(target, type="Terrorists/Non-State Militia")
            if (typing.event_type, typing.sub_event_type) == ("Violence against civilians", "Attack"):
                # forces against an armed group: a battle, as ACLED codes it, though no fighting is told
                typing = replace(typing, event_type="Battles", sub_event_type="Armed clash")
        if claimed is None and perp_name:
            claimed = False  # named but not claimed: GTD codes a claim only when the group made one

        # place and date
        location = Location()
        if d.place is not None:
            landmark = None
            if d.place.place.kind == "city":
                for sid in sids:
                    landmark = self.geocoder.facility_landmark(sents[sid].text, d.place.place)
                    if landmark:
                        break
            location = to_location(d.place, landmark)
            add("location", d.place.start, d.place.end)
            anchor_places = [p for p in places_by_sent[d.anchor] if p.place.kind == "city"]
            road = between(text, anchor_places) if not landmark else None
            if road is not None:  # "on the highway between A and B"
                location = road
                second = next(p for p in anchor_places if p.start > d.place.start) if any(
                    p.start > d.place.start for p in anchor_places) else None
                if second is not None:
                    add("location", second.start, second.end)
            if location.city is None and location.precision in {"country", "district", "province", "near"} or (
                    d.place.place.kind == "admin2") or (
                    location.precision in {"city", "district", "near"} and (d.place.place.kind == "city" or (
                        d.place.place.kind == "landmark" and d.place.place.feature == "town"))):
                searched = [sents[k] for k in [d.anchor, *sids]]
                # a town named in the sentences read binds a village to it; a dateline's town does not
                # (and a lead that no event holds, for the report's first event: "claimed responsibility for
                # Tuesday's assault on a military camp at Inates in western Niger", the toll told further down)
                lead = [0] if d is self._first_draft and sents and 0 not in sids and location.city is None else []
                searched = [sents[k] for k in [d.anchor, *sids, *lead]]
                # (nor does a road between two towns: "between Niono and Diabaly, near the village of Dogofry")
                town_at = d.place.start if not d.place.unit_after and road is None and (location.precision == "city" or (
                    location.precision == "near" and d.place.place.kind in {"city", "landmark"})) and any(
                    s.start <= d.place.start < s.end for s in searched) and not any(
                    a <= d.place.start < b for a, b in self._dateline_spans) else None
                village = self._named_settlement(text, searched, location, town_at,
                                                 d.place.unit_after or d.place.place.kind == "admin2")
                if village is not None:  # "the village of Nakitindi, in Kpendjal prefecture": no gazetteer has it
                    # placed no finer than the district of the town it stands near, whose point it keeps
                    precision = "district" if location.precision in {"city", "near", "exact"} else location.precision
                    village_name = text[village[0]:village[1]]
                    if re.fullmatch(r"[A-Z'’ -]+", village_name):  # "MEZA, ANCUABE DISTRICT": Meza
                        village_name = village_name.title()
                    location = replace(location, name=village_name, city=village_name, precision=precision)
                    add("location", *village)
        if location.admin1 is None and location.country_code and location.city:
            # a village no gazetteer lists, placed only in its country: the one province of that country the report
            # names ("Maaret al-Numan, Idlib province" in a caption; "Air strikes on Idlib market" in the headline)
            units = {pm.place.admin1 for ps in places_by_sent for pm in ps if pm.place.kind == "admin1"
                     and pm.place.country_code == location.country_code and not pm.elsewhere and pm.place.admin1}
            # (in a digest of sections, the unit whose heading the village comes under: "1. SULU (BARMM)", then
            # "Indanan - ... entered Barangay Kan-Islam", not the Eastern Visayas of a later section)
            at = next((e.start for e in reversed(ev) if e.field == "location"), None)
            lines = [m.span() for m in _CAPS_HEADING_LINE.finditer(text)]
            heads = [pm for pm in self.geocoder.mentions(text, lines) if pm.place.kind in {"admin1", "admin2", "city"}
                     and pm.place.country_code == location.country_code and pm.place.admin1]
            if at is not None and len({pm.place.admin1 for pm in heads}) > 1:
                # (a heading not read, "2. MAGUINDANAO (BARMM)", is no leave to take another section's province)
                under = next((a for a, _ in reversed(lines) if a < at), None)
                location = replace(location, admin1=next(
                    (pm.place.admin1 for pm in reversed(heads) if pm.start >= (under if under is not None else at)
                     and pm.start < at), None))
            elif len(units) == 1:
                location = replace(location, admin1=units.pop())
        if not perp_name and location.country_code:
            # "blamed on separatists" where one separatist movement is known in the country
            generic = self._generic_group(text, [sents[k] for k in sids], location.country_code)
            if generic is not None:
                perp_name = generic[0]
                add("perpetrator", generic[1], generic[2])
                if claim_hit and not denied_hit:
                    claimed = True
                    add("perpetrator.claimed", *claim_hit)
                else:
                    claimed = False
        if not perp_name:
            # "Insurgents linked to Islamic State Mozambique ..." in the summary, then "insurgents beheaded two
            # fishermen": the one group the report ties its generic word to
            linked = self._linked_group(text, sents, actors_by_sent, [sents[k] for k in sids])
            if linked is not None:
                perp_name = linked[0]
                add("perpetrator", linked[1], linked[2])
                # the event itself names no one: a claim is read, else responsibility is left unknown
                claimed = None
                if claim_hit and not denied_hit:
                    claimed = True
                    add("perpetrator.claimed", *claim_hit)
        if not perp_name:
            # (in the event's sentences, or in the few after it: a communiqué's "The National Government accordingly
            # attributes this act to the aforementioned organisation")
            referred = self._anaphoric_group(sents, actors_by_sent, list(sids)) or self._anaphoric_group(
                sents, actors_by_sent, [k for k in after or [] if _ANAPHORIC_BLAME.search(sents[k].text)])
            if referred is not None:
                # (the group's own account is its claim: "the group said its fighters had 'killed four Christians'")
                own_account = re.search(r"\bthe\s+group\s+said\b|\b(?:it|the\s+(?:group|organi[sz]ation|movement))\s+"
                                        r"(?:also\s+|later\s+|further\s+)?claimed\b",
                                        text[max(0, referred[1] - 40):referred[2]], re.I) is not None
                # (or a claim the event's sentences tell: "its gunmen opened fire ..., in an attack the group claimed")
                perp_name, claimed = referred[0], (True if (own_account or claim_hit) and not denied_hit else None)
                add("perpetrator", referred[1], referred[2])
                if claim_hit and not own_account and not denied_hit:
                    add("perpetrator.claimed", *claim_hit)
        # "Islamic State claimed ..." in Cabo Delgado: its Mozambique province
        # no claim told is no claim made: GTD codes "claimed" 0 unless a claim was reported (a claim denied, or
        # "no group has claimed", is said outright and has its evidence)
        perpetrator = Perpetrator(local_branch(perp_name, location.country_code, location.admin1,
                                               day=d.date.isoformat() if d.date else doc.reference_date) if perp_name else None,
                                  claimed if claimed is not None else False)
        date_value = d.date.isoformat() if d.date else None
        if d.date_mention is not None:
            add("date", d.date_mention.start, d.date_mention.end)
        elif date_value is None and self._live_day is not None and not d.background and anchor.start > self._live_day.end:
            # "08:10 - An Israeli air strike has hit a house": the blog's day
            d.date, d.date_precision = resolve(self._live_day, None)[0], "day"
            date_value = d.date.isoformat() if d.date else None
            add("date", self._live_day.start, self._live_day.end)
        iid = "inc-" + hashlib.sha256(f"{doc.id}:{anchor.start}".encode()).hexdigest()[:16]
        summary = anchor.text if len(anchor.text) <= 300 else anchor.text[:297] + "..."
        return Incident(
            id=iid,
            document_id=doc.id,
            date=date_value,
            date_precision=d.date_precision if date_value else None,  # type: ignore[arg-type]
            event_type=typing.event_type,
            sub_event_type=typing.sub_event_type,
            attack_type=typing.attack_type,
            suicide=typing.suicide,
            location=location,
            perpetrator=perpetrator,
            target=target,
            fatalities=fatalities,
            injuries=injuries,
            kidnapped=kidnapped,
            background=d.background,
            summary=summary,
            evidence=tuple(ev),
        )

    def _statements(self, text: str, sents: list[Sentence], dates_by_sent: list[list[DateMention]],
                    places_by_sent: list[list[PlaceMention]], ref: date | None,
                    incident_sids: set[int]) -> list[Statement]:
        out = []
        index = {s.start: i for i, s in enumerate(sents)}
        for sp in find_statements(text, sents):
            i = index[sp.sentence.start]
            when = None
            for j in (i, i - 1, i - 2):
                if j < 0 or (j != i and j in incident_sids):
                    continue
                for m in dates_by_sent[j]:
                    value, _ = resolve(m, ref)
                    if value:
                        when = value.isoformat()
                        break
                if when:
                    break
            where = None
            for pm in places_by_sent[i]:
                cue = re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(0, pm.start - 12):pm.start])
                if cue and pm.place.kind in {"city", "landmark", "admin1"} and not (sp.quote_start <= pm.start < sp.quote_end):
                    where = pm.place.name
                    break
            quote = sp.quote.rstrip(" ,;")
            out.append(Statement(sp.name, sp.role, sp.organization, when, where, quote, sp.quote_start, sp.quote_start + len(quote)))
        return out

    def _statistics(self, text: str, sents: list[Sentence], ref: date | None,
                    places_by_sent: list[list[PlaceMention]], context: Counter[str]) -> tuple[list[Statistic], set[int]]:
        found: list[dict[str, Any]] = []
        sids: set[int] = set()
        last_stat_sid = -10
        default_region = None
        if context:
            cc = context.most_common(1)[0][0]
            country = self.gaz.country(cc)
            default_region = country.name if country else cc
        coverage = stats.coverage_period(text)
        for i, s in enumerate(sents):
            figures = stats.find_figures(s.text, s.start)
            # (the periods of a sentence matter only for its figures: one without a figure skips them)
            periods = stats.find_periods(s.text, ref, max(int(rec["period_end"][:4]) for rec in found) if found else None) \
                if figures else []
            day_dated = bool(figures) and not stats.dated_range(s.text) and any(
                    d.kind not in MONTH_KINDS and not SPEECH_DATE.search(s.text[max(0, d.start - 70):d.start])
                    and not re.search(r"\bsince\s+(?:the\s+)?$", s.text[max(0, d.start - 12):d.start], re.I)  # a period's start
                    and not any(p.span[0] <= d.start < p.span[1] for p in periods)  # "since the ceasefire took effect on 27 November"
                    # ("declined to 147 in 2021, ..., the Ministry said in a written reply on Wednesday": the day told)
                    and not (d.kind == "weekday" and any(p.grain == 3 for p in periods) and _TOLD_ON.search(s.text[:d.start]))
                    and not any(a <= s.start + d.start < b for a, b in self._dateline_spans)  # "STOCKHOLM, Jan 10 -"
                    # "With today's deaths, SCW has documented the killing of 781 civilians since ...": added to a tally
                    and not re.match(r"['’]s?\s+(?:deaths|dead|toll|victims|casualties|killings)\b", s.text[d.end:])
                    # "seven drivers had been killed before Monday's attack": the tally's end, told by the event
                    and not (re.search(r"\b(?:before|prior\s+to|not\s+counting|excluding)\s+$", s.text[max(0, d.start - 14):d.start])
                             and re.match(r"['’]s?\s+(?:[\w-]+\s+)?(?:attack|ambush|bombing|blast|raid|killings?)\b", s.text[d.end:]))
                    for d in find_dates(s.text))
            if day_dated:
                periods = []  # a day-dated event is an incident, not an aggregate
            town = any(p.place.kind in {"city", "landmark"} and not p.elsewhere for p in places_by_sent[i])
            if figures and ((stats.ONE_EVENT_AT.search(s.text) or (stats.ONE_EVENT.search(s.text) and (
                    town or not stats.AGGREGATE.search(s.text) or _NAMED_TOWN.search(s.text)))) \
                    and not (periods and all(p.grain == 2 for p in periods)) or stats.YARDSTICK_EVENT.search(s.text)
                    or stats.APPOSED_EVENT.search(s.text)):
                # "In June, nearly 30 people were killed when the rebels raided farms": one event (but "Gunmen
                # abducted at least 7,568 people in the 12 months to the end of June" is a tally)
                periods = []
            cut = _TALLY_BEFORE_EVENT.search(s.text) if periods else None
            if cut is not None:
                # "Since January, ... seven drivers had been killed before Monday's attack": to that day, not to the
                # day of the report
                day = next((resolve(d, ref)[0] for d in find_dates(s.text) if d.start == cut.start("day")), None)
                if day is not None:
                    periods = [stats.Period(p.start, min(p.end, day), p.span, p.grain)
                               if p.start < day else p for p in periods]
            told_for = stats.REPORT_PERIOD.search(s.text) if coverage is not None and not periods and figures else None
            if told_for is not None and coverage is not None:
                # "The platform recorded 4 security incidents ... during the period": the digest's own week;
                # "..., up from 39 the previous week": the week before it
                periods = [stats.Period(coverage.start, coverage.end, told_for.span(), 1)]
                before = stats.PRIOR_PERIOD.search(s.text)
                if before is not None:
                    length = coverage.end - coverage.start + timedelta(days=1)
                    periods.append(stats.Period(coverage.start - length, coverage.start - timedelta(days=1),
                                                before.span(), 1))
            # ("The deadliest single incident in the period was the attack of June 25 ...": that day's, not the period's)
            same = stats.SAME_PERIOD.search(s.text) if figures and not day_dated else None
            if not periods and figures and found and i - last_stat_sid <= 3 and same:
                prev = found[0]  # "486 civilians killed over the same six months": the report's own period
                periods = [stats.Period(date.fromisoformat(prev["period_start"]), date.fromisoformat(prev["period_end"]),
                                        same.span(), 2)]
            prior = stats.PRIOR_PERIOD.search(s.text) if figures else None
            if not periods and figures and found and i - last_stat_sid <= 3 and prior:
                a, b = date.fromisoformat(found[0]["period_start"]), date.fromisoformat(found[0]["period_end"])
                if prior.group("year"):  # the twelve months before, day for day
                    start, end = _year_before(a), _year_before(b)
                else:
                    start, end = a - (b - a) - timedelta(days=1), a - timedelta(days=1)
                periods = [stats.Period(start, end, prior.span(), 2)]
            if not periods and figures and found and i - last_stat_sid <= 3 and stats.AGGREGATE.search(s.text):
                month = stats.MONTH_ONLY.search(s.text)
                if month:  # "June was the deadliest month": the latest year of the figures just given
                    year = max(int(rec["period_end"][:4]) for rec in found)
                    periods = [stats.month_period(year, month.group(1), month.span())]
            if periods and figures and (stats.AGGREGATE.search(s.text) or same
                                        or any(p.grain >= 2 for p in periods)  # figures over months are a tally
                                        or any(f.measure in {"attacks", "incidents"} and f.value > 1 for f in figures)):
                region = next((pm.place.name for pm in places_by_sent[i] if pm.place.kind in {"country", "admin1"}), None)
                for f in figures:
                    # each figure takes the finest period the sentence names, the nearest among equals
                    offset, offset_end = f.start - s.start, f.end - s.start
                    if re.search(r"\b(?:including|among\s+them|of\s+which)\s+(?:\w+\s+)?$", s.text[:offset], re.I):
                        continue  # "2,119 abductions, including two mass kidnappings from schools": a part of it
                    # a figure's period most often follows it ("211 attacks between April and June, up from 169 in
                    # the first quarter"); one before it counts as a little farther
                    # (not a period told of a part of it: "2,119 abductions, including two mass kidnappings ... in March")
                    own = [p for p in periods if not (p.span[0] >= offset_end and re.search(
                        r"\b(?:including|among\s+them|of\s+which|of\s+whom)\b", s.text[offset_end:p.span[0]], re.I))] or periods
                    period = min(own, key=lambda p: (p.grain, p.span[0] - offset_end if p.span[0] >= offset_end
                                                     else offset - p.span[1] + 15))
                    # a period right after the figure is its own, however coarse: "up from 298 in 2023"
                    right_after = next((p for p in periods if p.span[0] >= offset_end
                                        and re.fullmatch(r"[\s,]*", s.text[offset_end:p.span[0]])), None)
                    period = right_after or period
                    if right_after is None and _YEAR_EARLIER.match(s.text, offset_end):
                        # "58 such attacks in the first half of the year, down from 77 a year earlier": that half of
                        # the year before
                        period = stats.Period(_year_before(period.start), _year_before(period.end), period.span, period.grain)
                    # whose deaths: "68 civilians", "Nineteen security personnel" (a figure of its own, not a repeat)
                    who = victim_category(s.text[offset_end:offset_end + 40].split(",")[0]) \
                        if f.measure in {"deaths", "injuries", "kidnappings"} else None
                    found.append({"measure": f.measure, "value": f.value, "period_start": period.start.isoformat(),
                                  "period_end": period.end.isoformat(), "region": region or default_region,
                                  "breakdown": None, "source": None, "start": f.start, "end": f.end, "sid": i,
                                  "category": who})
                sids.add(i)
                last_stat_sid = i
                src = stats.find_source(s.text)
                if src:
                    for rec in found:
                        if rec["source"] is None:
                            rec["source"] = src[0]
                continue
            if (i - last_stat_sid <= 2 and found and figures and not periods
                    and stats.CONTINUATION.search(s.text)):
                prev = _main_figure(found)
                for f in figures:
                    found.append({**prev, "measure": f.measure, "value": f.value, "breakdown": None,
                                  "start": f.start, "end": f.end, "sid": i})
                sids.add(i)
                last_stat_sid = i
                continue
            if last_stat_sid >= 0 and any(ENTRY_HEADER.match(sents[k].text) or "\n" in sents[k].text
                                          for k in range(last_stat_sid + 1, i)):
                last_stat_sid = -10  # a digest entry (a heading line) began since the tally: its figures are the entry's
            if i - last_stat_sid <= 2 and found and stats.BREAKDOWN_CUE.search(s.text):
                parts: dict[str, int] = {}
                for c in find_counts(s.text):
                    if c.best is None:
                        continue
                    cat = victim_category(s.text[c.end:c.end + 40].split(",")[0].split(" and ")[0])
                    if cat:
                        parts[cat] = parts.get(cat, 0) + c.best
                deaths = [rec for rec in found if rec["measure"] == "deaths" and rec["sid"] >= last_stat_sid - 2]
                if parts and deaths and sum(parts.values()) <= deaths[-1]["value"]:
                    deaths[-1]["breakdown"] = parts
                    sids.add(i)
                    last_stat_sid = i
                    continue
            if found and i - last_stat_sid <= 3:
                src = stats.find_source(s.text)
                if src:
                    for rec in found:
                        if rec["source"] is None:
                            rec["source"] = src[0]
                    if _trigger(s.text) and not find_dates(s.text):
                        sids.add(i)
        out = []
        seen: set[tuple[str, str, str, str | None]] = set()
        values: set[tuple[str, str, str, int]] = set()
        for rec in found:
            who = rec.get("category")
            key = (rec["measure"], rec["period_start"], rec["period_end"], who)
            # (nor the same figure told again of some of them: "eight of last year's 13 killings")
            told = (rec["measure"], rec["period_start"], rec["period_end"], rec["value"])
            if key in seen or told in values:
                continue
            seen.add(key)
            values.add(told)
            breakdown = rec["breakdown"] or ({who: rec["value"]} if who else None)
            out.append(Statistic(rec["measure"], rec["value"], rec["period_start"], rec["period_end"], rec["region"],
                                 breakdown, rec["source"], rec["start"], rec["end"]))
        return out, sids


_TITLED_VICTIM = re.compile(
    r"\b(?:killed|shot\s+dead|assassinated|gunned\s+down|murdered|shot\s+and\s+killed)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?P<title>" + PROMINENT.pattern + r")",
    re.I,
)
# "The head of the municipal council in Tafas ... and his brother were killed": the one aimed at opens the sentence
_TITLED_SUBJECT = re.compile(
    r"\W*(?:The|A|An)\s+(?:[\w-]+\s+){0,2}?(?P<title>(?:deputy\s+)?head\s+of|mayor|governor|councill?or|judge|magistrate|"
    r"candidate|lawmaker|legislator|minister|headman|chairman|imam|cleric|journalist|prosecutor|senator)\b"
    r"(?:(?!\b(?:when|which|who|whom|where|after|as|while|said|says|\d+|two|three|four|five|six|seven|eight|nine|"
    r"ten|several|dozens?|fighters|members|soldiers|militants|troops)\b)[^.;]){0,160}?\s+(?:was|were)\s+"
    r"(?:\w+\s+)?(?:killed|shot\s+dead|assassinated|murdered|gunned\s+down|shot\s+and\s+killed)\b",
    re.I,
)
_ATTRIBUTION = re.compile(
    r"(?:,\s*)?(?:\b(?:a|the)\s+)?(?:[\w'’-]+\s+){0,3}(?:police|officials?|officers?|army|military|spokes\w+|sources?|"
    r"authorities|ministry|government|agency|governor|mayor|administration|prosecutor|commander|chief|office|"
    r"department|service|workers?|residents|witnesses|doctors?|nurses?|medics?|officer)\s+"
    r"(?:said|say|says|told|reported|confirmed|added|wrote)\b[^,.;]*|"
    # "..., residents and a health worker said": who told it, not who was hit
    r",\s*(?:[\w'’-]+\s+){0,4}(?:and|or)\s+(?:a|an|the)?\s*(?:[\w'’-]+\s+){0,2}"
    r"(?:workers?|officials?|officers?|doctors?|medics?|sources?)\s+(?:said|say|says|told)\b[^,.;]*|"
    r"\baccording\s+to\s+[^,.;]+|"
    # "A Moroccan anti-terrorism court on Friday sentenced ... for the bombing of the Argana cafe": the court
    # that tried the attack was not its target
    r"\b(?:[\w'’-]+\s+){0,3}(?:court|tribunal|judges?|jury|prosecutors?)\s+(?:(?:on|in)\s+\w+\s+)?"
    r"(?:sentenced|convicted|acquitted|ruled|found|jailed|heard|ordered|charged|indicted)\b",
    re.I,
)
_GENERIC_VICTIMS = re.compile(r"(?:\w+\s+)?(?:people|persons|civilians|others|individuals|victims)", re.I)
_ATTACKED_OBJECT = re.compile(
    r"\b(?:attack(?:ed|ing)|stormed|storming|raided|raiding|ambushed|targeted|targeting|bombed|struck|striking|"
    r"(?:hurled|threw|lobbed|tossed)\s+(?:\w+\s+){0,3}?(?:at|into|on)|" + OPENED_FIRE + r"\s+(?:on|at)|fired\s+(?:on|at)|"
    + FIRED_ROUNDS + r"|"
    r"(?:attack|strike|assault|raid|bombing|ambush)\s+on|set\s+fire\s+to|torched|blew\s+up)\s+"
    r"(?P<obj>(?:(?:a|an|the|two|three|several)\s+)?[\w'’-]+(?:\s+(?!(?:in|on|at|near|outside|killing|injuring|"
    r"wounding|leaving|and|with|of|by|from|late|early|overnight|last|this|on)\b)[\w'’-]+){0,3})", re.I)


# what most of the victims were: "17 people, most of them foreign tourists", "mostly pilgrims"
_MOST_OF_THEM = re.compile(r"\s*(?:,|—|–|\()\s*(?:most|many|nearly\s+all|almost\s+all|all|the\s+majority)\s+of\s+(?:them|whom)\s+"
                           r"(?:were\s+)?(?P<who>(?:[\w'’-]+\s+){0,2}?[\w'’-]+s)\b")


# a tally told up to an event: "had been killed before Monday's attack"
_TALLY_BEFORE_EVENT = re.compile(r"\b(?:before|prior\s+to)\s+(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s?\s+"
                                 r"(?:[\w-]+\s+)?(?:attack|ambush|bombing|blast|raid|killings?)\b")


# whose people the victims were: "two Sudanese staff members of an international aid agency"
_WHOSE_STAFF = re.compile(r"\bof\s+(?:an?|the|its|their)\s+[^.;,]{1,50}")


# a police force by its name or its men, and an army by its: which kind of security force the victims were
_POLICE_FORCE = re.compile(r"\b(?:police|policem[ae]n|policewom[ae]n|gendarmes?|gendarmerie|constables?|carabinier[ei]|"
                           r"(?:internal|public)\s+security|communal\s+guards?|Asayish|Guardia\s+Civil|Civil\s+Guard)\b", re.I)
_ARMY_FORCE = re.compile(r"\b(?:soldiers?|troops|army|military|marines|navy|naval|jawans?|servicem[ae]n|paratroopers?|"
                         r"armed\s+forces|air\s+force|regiment|battalion|brigade)\b", re.I)


# a section's heading in capitals on a line of its own: "1. SULU (BARMM)", "NORTHERN SAMAR (EASTERN VISAYAS)"
_CAPS_HEADING_LINE = re.compile(r"^(?:\d{1,2}[.)]\s+)?[A-Z][A-Z' -]{2,40}(?:\s*\([A-Z' -]{2,40}\))?[ \t]*$", re.M)


def _place_target(ttype: str, text: str, span: tuple[int, int]) -> bool:
    """A target type read from the place attacked, not from people named near it: a checkpoint, a party
    office or a school are targets; the governor who spoke or the fighters who attacked are not."""
    words = text[span[0]:span[1] + 20]
    if ttype in {"Police", "Military"}:
        return _POST.match(words) is not None or _POST.search(words[:30]) is not None
    if ttype == "Government (General)":
        return _GOV_PLACE.search(words[:40]) is not None
    if ttype == "Journalists & Media":  # the channel's or the paper's premises, not a reporter who spoke
        return re.match(r"(?:[\w-]+\s+)?(?:television|TV|radio|channel|studios?|broadcaster|newspaper|printing)\b",
                        words, re.I) is not None
    return ttype in _FACILITY_TYPES


_GOV_PLACE = re.compile(r"\b(?:office|offices|building|headquarters|ministry|council|parliament|court|polling|"
                        r"compound|secretariat|residence|town\s+hall|city\s+hall|passport|prison|department|directorate|"
                        r"administration|motorcade|convoy|government)\b", re.I)
_POST = re.compile(r"\b(?:post|picket|chowki|station|checkpoint|check-?post|base|convoy|patrol|barracks|garrison|camp|headquarters|"
                   r"detachment|outpost|position|vehicle|truck|van|command|precinct|commissariat|academy)\b", re.I)
_FACILITY_TYPES = {"Religious Figures/Institutions", "Educational Institution", "Transportation", "Airports & Aircraft",
                   "Business", "Government (General)", "Government (Diplomatic)", "Utilities", "Telecommunication",
                   "Maritime"}
# words of a published tally of violence that no event word may accompany: "1,734 intentional homicides were registered"
_TALLY_WORD = re.compile(r"\b(?:homicides?|murders|killings|fatalities|arrests|arrested|detained|assassinations?)\b", re.I)
MONTH_KINDS = {"my", "mon", "monly", "lastmon", "lastmonth", "thismonth"}  # date mentions that name a month, not a day
_HOW_MANY = {"both": 2, "two": 2, "three": 3, "four": 4}
_EVERY_EVENT = re.compile(r"\b(?:either|any|none|each|(?P<n>both|all|the\s+(?:two|three|four)))"
                          r"(?:\s+(?:of\s+)?(?:those|these|the))?(?:\s+\w+)?\s+(?:attacks|incidents|killings|"
                          r"bombings|raids|abductions|kidnappings|blasts|events|clashes|ambushes)\b|"
                          r"\beither\s+(?:attack|clash|incident|ambush|blast|bombing)\b|"
                          # "its fighters had carried out the attacks as part of a coordinated operation": all of them
                          r"\b(?:carried\s+out|staged|conducted|was\s+behind|were\s+behind)\s+(?:all\s+)?the\s+"
                          r"(?:attacks|bombings|assaults|raids)\b(?!\s+(?:on|in|at|against|near|of)\b)|"
                          # "the attacks were coordinated by the Jaime Martínez front": whoever says so, of all of them
                          r"\b(?:all\s+)?the\s+(?:attacks|bombings|assaults|raids)\s+(?:were|had\s+been)\s+(?:\w+\s+)?"
                          r"(?:coordinated|carried\s+out|ordered|staged|planned|organi[sz]ed)\s+by\b", re.I)
# the toll of an event already told, updated: "two of the wounded died overnight", "more bodies were recovered"
_TOLL_UPDATE = re.compile(r"\bof\s+the\s+(?:wounded|injured)\s+(?:later\s+|subsequently\s+)?(?:died|succumbed)|"
                          # "Among those who died on Sunday was a 9-year-old girl": one of the dead, named
                          r"^\W*among\s+(?:those\s+who\s+(?:later\s+)?died|the\s+(?:dead|victims))\b|"
                          r"\bmore\s+bodies|\bbodies\s+(?:were|had\s+been)\s+(?:recovered|found|pulled)|"
                          # "Later the same day four more, two of them children, were found on farmland"
                          r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens)\s+more\b[^.;]{0,40}?\b"
                          r"(?:were|had\s+been)\s+(?:found|recovered|discovered)\b|"
                          r"\b(?:death\s+)?toll\s+(?:rose|has\s+risen|climbed|increased)|\blater\s+died\b|"
                          r"\bdied\s+(?:of\s+(?:his|her|their)\s+(?:wounds|injuries)|[^.;]{0,30}\bhospital)\b|"
                          r"^\W*(?:a|the)\s+(?:" + "|".join(ORDINALS) + r")\b(?=[^.;]{0,80}\bdied\b)|"
                          r"\b(?:provisional|initial|earlier|previous|first|preliminary)\s+(?:death\s+)?toll\b", re.I)
# the sentence goes on about an event already told: "the blast tore through their vehicle", "the officers were ..."
# a sentence that tells again, by its definite noun, the event a lead named: "The device exploded at ..."
_RESTATED_EVENT = re.compile(r"\W*(?:The|This|These)\s+(?:attacks?|blasts?|explosions?|bombings?|bombs?|devices?|ambush|"
                             r"assault|shooting|raid)\s+(?:exploded|went\s+off|happened|occurred|took\s+place|struck|hit|began|came)\b")
_ANAPHOR = re.compile(r"\b(?:the|this|that)\s+(?:attack|blast|explosion|bombing|ambush|assault|shooting|raid|"
                      r"kidnapping|abduction|incident|bomb|device|gunmen|attackers|assailants|bomber|officers|soldiers|"
                      r"victims|militants|hostages|abductors|kidnappers|convoy|patrol)\b", re.I)
# "a separate attack", "a second blast": another event; "a second soldier died", "another victim": more of this one
SEPARATE = re.compile(r"\b(?:separate|earlier|previous|also\s+on|(?:another|second)(?!\s+(?:[\w-]+\s+)?(?:soldiers?|policem[ae]n|"
                      r"officers?|victims?|persons?|m[ae]n|wom[ae]n|child(?:ren)?|civilians?|passengers?|workers?|villagers?|"
                      r"bod(?:y|ies)|guards?|rangers?|troops|people|died|of\s+the)\b)"
                      # (more of the same victims: "and another three rangers received injuries")
                      r"(?!\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozen|several|few)\b))\b", re.I)
# a village named as one, which may be one no gazetteer lists: "on Senjam Chirang village", "the village of X"
_NAMED_VILLAGE = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:village|hamlet)\b|\b(?:village|hamlet)\s+of\s+(?-i:[A-Z])|"
                            # "an army post in Potrerito, a rural hamlet in the hills above the town"
                            r"\b[A-Z][\w'’-]+,\s+an?\s+(?:[a-z]+\s+)?(?:village|hamlet|settlement)\b")
# "The army spokesman blamed the attack on CODECO, and said troops had killed one of the assailants": about the
# event told, whatever figures it adds
_BLAMES_THE_EVENT = re.compile(r"\b(?:blam(?:ed|ing)|attribut(?:ed|ing)|accus(?:ed|ing))\s+(?:\w+\s+)?(?:the|this|that)\s+"
                               r"(?:attack|raid|massacre|killings?|assault|ambush|bombing|blast)\b", re.I)
# the day a claim or a statement was made, not the event's: "ISMP on Thursday claimed responsibility for an attack"
_CLAIM_DAY = re.compile(r"\s*(?:,\s*)?(?:(?:evening|morning|afternoon|night)\s+)?(?:claimed|said|announced|denied|released|"
                        r"issued|reported|stated)\b", re.I)
# "in the town of Merawi": one place, so one event, even when no gazetteer lists it
_NAMED_TOWN = re.compile(r"\bthe\s+(?:town|village|city|hamlet)\s+of\s+(?-i:[A-Z])", re.I)
# a toll since revised, told as such: "Earlier reports had put the toll at four", "up from 17 announced earlier"
_EARLIER_TOLL = re.compile(r"^\W*(?:(?:correction|update|clarification)\s*:\s*)?(?:an\s+)?"
                           r"(?:earlier|initial|first|previous|preliminary)\s+(?:\w+\s+){0,3}?(?:reports?|figures?|tolls?|"
                           r"counts?|accounts?|statements?|estimates?|posts?|entr(?:y|ies))\b(?:[^.;]|\.(?=\d)){0,100}?\b(?:had\s+)?(?:put|given|said|placed|reported|set)\b|"
                           # "Earlier it had said three people were killed."
                           r"^\W*earlier,?\s+(?:it|they|the\s+\w+|officials|police|authorities)\s+(?:had\s+)?(?:said|put|reported|given)\b|"
                           # "On Sunday, officials had spoken of 22 people killed": a figure the lead's toll replaced
                           r"^\W*(?:on\s+\w+,?\s+)?(?:officials|police|authorities|the\s+(?:army|police|authorities))\s+had\s+"
                           r"(?:spoken\s+of|put\s+the\s+(?:death\s+)?toll\s+at)\b",
                           re.I)
# a claim of a further attack: "Jaish al-Adl also claimed a hand grenade attack on a police station in Rask"
# (or a second statement's claim: "a second, shorter ISWAP statement ... claimed the killing of two farmers")
_ALSO_CLAIMED = re.compile(r"\balso\s+claimed\b|\bclaimed\s+(?:another|a\s+second|a\s+separate|a\s+further)\b|"
                           r"\b(?:another|a\s+second|a\s+separate|a\s+further)\b(?:[\s,]+[\w-]+){0,3}?\s+"
                           r"(?:statement|communiqu[eé]|message|video|post)\b", re.I)
# hours after the event just told: "About an hour after the explosion"
_SOME_HOURS = r"(?:an\s+hour|half\s+an\s+hour|(?:a\s+few|two|three|several|\d+)\s+(?:hours|minutes))"
_THE_EVENT_TOLD = r"(?:the|that)\s+(?:\w+\s+)?(?:explosion|blast|attack|bombing|ambush|raid|shooting)"
_LATER_LEAD = re.compile(r"\W*(?:[A-Z][\w'’ -]{0,40}:\s+)?"  # (after an entry's label: "- Carthage substation: Shortly afterwards")
                         r"(?:(?:(?:(?:some|several|a\s+few|two|three|\d+)\s+)?(?:hours|minutes)|an\s+hour|moments)\s+(?:later|earlier)|later\s+(?:that|the\s+same)\s+day|"
                         r"(?:shortly|soon)\s+(?:afterwards?|after\s+that|thereafter)|"
                         # "He then drove to the island of Utøya, where ...": the attacker's next target
                         r"(?:he|she|they|the\s+(?:gunman|attacker|assailant))\s+then\s+(?:drove|went|walked|travell?ed|headed|moved)\s+to|"
                         # "About an hour after the explosion, gunmen opened fire on an army post"
                         # (or before it: "Minutes before the blast, two missiles were fired at an airliner")
                         r"(?:(?:about|some|around|nearly|roughly|less\s+than|just)\s+)?(?:" + _SOME_HOURS + r"|minutes|moments)"
                         r"\s+(?:after|before)\s+" + _THE_EVENT_TOLD + r")\b", re.I)
# a kind of attack told as a habit of the place: "Such assassinations have become almost a weekly occurrence"
_HABIT_TALK = re.compile(r"\bsuch\s+(?:attacks|assassinations|killings|bombings|kidnappings|abductions|ambushes|raids)\s+"
                         r"(?:have|has)\s+become\b|\b(?:daily|weekly|monthly|regular|frequent|common)\s+occurrence\b|"
                         # "Istanbul suffered a series of deadly attacks in 2015 and 2016 blamed on Kurdish militants"
                         r"\b(?:series|wave|spate|string)\s+of\s+(?:[\w-]+\s+){0,2}?(?:attacks|bombings|blasts|killings|"
                         r"assassinations)\b[^.;]{0,30}?\b(?:in|since|between|during)\s+(?:19|20)\d\d", re.I)
# a claims monitor's entry line that reports the claim ("Claim: fighters \"ambushed a patrol\""), not its verdict
# ("Claim: NONE SEEN.")
# a group's own account of its deed: "the drone unit of our battalion attacked", "our forces ambushed a column"
_OUR_FORCES = re.compile(r"\bour\s+(?:[\w-]+\s+){0,2}?(?:forces|fighters|battalion|units?|mujahideen|comrades|troops|"
                         r"brigades?|columns?|cadres|militants|heroes|lions|soldiers|companies|platoons?)\b", re.I)
_CAPS_LINE = re.compile(r"^[^a-z\n]*[A-Z]{3}[^a-z\n]*$", re.M)
# an opening that says the text is a statement, communiqué or press release
_STATEMENT_HEAD = re.compile(r"\b(?:statement|communiqu[eé]|press\s+release|declaration|announcement)\b", re.I)
_ENTRY_CLAIM = re.compile(r"(?m)^[^\S\n]*Claim\s*:\s*(?!(?i:no|none|not|nil|n/a|yes)\b)")
# the monitor says it follows a group's claims
_MONITOR_TALK = re.compile(r"\bclaims?\s+(?:monitor|watch|tracker|digest)\b|\bpublished\s+(?:\w+\s+){0,2}claims\b|"
                           r"\bclaims\s+are\s+(?:reproduced|listed|given|summari[sz]ed)\b", re.I)
_THE_ATTACKS = re.compile(r"\b(?:the|these|those|all\s+the)\s+(?:attacks|bombings|killings|blasts|explosions)\b", re.I)
_CLAIM_LINE = re.compile(r"(?m)^[^\S\n]*claims?\s*:\s*(?:yes|no|none)\b", re.I)
_AFTER_ANOTHER = re.compile(r"\b(?:(?:less|more)\s+than\s+|nearly\s+|almost\s+|just\s+)?(?:a|an|one|two|three|four|five|six|"
                            r"several|\d+)\s+(?:years?|months?|weeks?)\s+(?:after|since)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:attack|bombing|blast|massacre|shooting|raid|assault)\b[^.;]*", re.I)
# a sentence that goes on telling the doers just told: "They were wearing explosive belts and carrying rifles."
_GOES_ON = re.compile(r"\W*(?:They|He|She|The\s+(?:two\s+|three\s+)?(?:men|attackers|gunmen|assailants))\s+(?:were|was|had)\b")
_DAYS_LATER_LEAD = re.compile(r"\W*(?:(?:\w+|a\s+few)\s+(?:days?|weeks?|months?)\s+later|the\s+(?:next|following)\s+"
                              r"(?:day|week|month|morning|evening)|(?:later|soon\s+after(?:wards)?|afterwards))\b", re.I)
# an event told again by its place in the order of a report's events: "The first blast happened at about 7.20am"
_ORDINAL_EVENT = re.compile(r"\W*(?:in\s+)?the\s+(first|second|third|earlier|later)\s+(?:\w+\s+)?(?:blast|attack|explosion|bomb|bombing|"
                            r"incident|ambush|raid|shooting)\b", re.I)
_ORDINALS = {"first": 1, "earlier": 1, "second": 2, "later": 2, "third": 3}
# a time of day as a bulletin writes it: "at about 07.35 hrs", "At 14:15 hours", "at 7:30 p.m."
_CLOCK = re.compile(r"\b(?:([01]?\d|2[0-3])[.:]?([0-5]\d)\s*(?:hrs|hours)\b|(1[0-2]|0?[1-9])(?:[.:]([0-5]\d))?\s*([ap])\.?\s?m\b\.?)",
                    re.I)
# a sentence that opens on its time of day: "At about 14.15 hrs, an STF team searching the jungle came under fire"
_CLOCK_LEAD = re.compile(r"\W*(?:At|By|Around|About|Shortly\s+after)\s+(?:about\s+|around\s+|approximately\s+)?(?=\d)", re.I)


def _minutes(m: re.Match[str]) -> int:
    if m.group(1) is not None:
        return int(m.group(1)) * 60 + int(m.group(2))
    hour = int(m.group(3)) % 12 + (12 if m.group(5).lower() == "p" else 0)
    return hour * 60 + int(m.group(4) or 0)


def _opening_clock(sentence: str) -> re.Match[str] | None:
    """The time of day a sentence opens on: "At about 14.15 hrs, an STF team ..."."""
    lead = _CLOCK_LEAD.match(sentence)
    return _CLOCK.match(sentence, lead.end()) if lead else None


def _hours_apart(sentence: str, told: str) -> bool:
    """Whether a sentence that opens on its time of day tells a moment two hours or more from the one an event was
    told at: "At about 14.15 hrs, an STF team ... came under fire" after a bus was bombed "at about 07.35 hrs"."""
    mine = _opening_clock(sentence)
    theirs = _CLOCK.search(told)
    return mine is not None and theirs is not None and abs(_minutes(mine) - _minutes(theirs)) >= 120


# a paragraph of a wire round-up that opens on its town: "In Baghdad, ...", "In the northern city of Mosul, ..."
_SECTION_TOWN_LEAD = re.compile(r"\W*(?:In|At|Near)\s+(?:the\s+(?:[\w-]+\s+){0,2}(?:city|town|province|district)\s+of\s+)?"
                                r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,")
# a distance and a bearing from a town: "65 km (40 miles) northeast of "
_BEARING_BEFORE = re.compile(r"\d[\d.,]*\s*(?:km|kilomet(?:re|er)s|miles)\b(?:\s*\([^)]{1,25}\))?\s+"
                             r"(?:north|south|east|west)(?:-?(?:east|west))?\s+(?:of|from)\s+(?:the\s+)?$", re.I)
# a sentence that says it tells another event: "Separately, ...", "Elsewhere, ...", "In another incident, ..."
_SEPARATE_LEAD = re.compile(r"\W*(?:separately|elsewhere|in\s+(?:a|another)\s+(?:separate\s+)?(?:incident|attack|raid|"
                            r"development)|in\s+a\s+separate\b)", re.I)
KILL_WORD = re.compile(r"\b(?:kill\w*|dead|died|death\w*|lives|slain|bodies|fatal\w*|murder\w*|shot\s+dead|"
                       r"beheaded|executed|massacre\w*|toll)\b", re.I)
_CLAIMANT = re.compile(
    r"(?:group|organi[sz]ation|movement|cell|network)\s+(?:calling\s+itself|called|named|known\s+as)\s+"
    r"(?:[\"“'](?P<quoted>[A-Z][^\"”']{1,40})[\"”']|(?P<plain>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))|"
    # letters of claim "signed in the name of a \"Bavarian Liberation Army\""
    r"\b(?:signed|sent|issued|written)\s+(?:in\s+the\s+name\s+of|by)\s+(?:a|an|the)\s+(?:so-called\s+)?"
    r"[\"“'](?P<signed>[A-Z][^\"”']{1,40})[\"”']|"
    r"(?:^|[.;,]\s+|\b(?:the|a)\s+)(?P<name>[A-Z0-9][\w'’-]*(?:\s+(?:(?:of|de|del|la|al|for|the|and)\s+){0,2}[A-Z0-9][\w'’-]*){0,5}"
    r"(?:\s+\([A-Z][\w-]{1,9}\))?)"
    r"(?:\s+(?:group|gang|militia|cartel|movement|front|brigades?|army|organi[sz]ation|cell|network))?,?\s+"
    r"(?:has\s+|had\s+|later\s+)?(?:claimed|said\s+it\s+(?:had\s+)?carried\s+out|took\s+responsibility)"
)
_SAID_IT_DID = re.compile(
    # (a translator's note in brackets: "the Daesh group [the so-called Islamic State, through its Khorasan branch] said")
    r"[\w’'-]*(?:\s+(?:group|movement|organi[sz]ation))?(?:\s+\([^)]{1,30}\)|\s+\[[^\]]{1,80}\])?"
    r"(?:\s+(?:unit|cell|branch|wing|faction|battalion|brigade|column))?"
    r"(?:,\s+(?:known|also\s+known|called)\s+[^,.;]{1,60},)?"  # ", known in Spanish as Soldados de Franelas,"
    r",?\s+(?:later\s+)?"
    r"(?:said|says|announced|stated|confirmed)\s+(?:\w+\s+){0,10}?"
    r"(?:that\s+)?(?:it|they|(?:its|their)\s+(?:[\w-]+(?:\s+[\w-]+)?|[\"“][^\"”]{1,30}[\"”](?:,\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},)?))"
    r"\s+(?:had\s+|has\s+|have\s+)?[\"“]?(?:destroyed|seized|retained|attacked|killed|carried\s+out|"
    r"targeted|burn(?:ed|t)|blown\s+up|blew\s+up|set\s+off|executed|abducted|captured|shot\s+down|ambushed|bombed|struck|"
    r"set\s+fire|torched|kidnapped|hijacked|detonated|launched|dropped)\b",
    re.I,
)
_GROUP_SAID_IT_DID = re.compile(
    r"(?i:\b(?:the\s+(?:[\w-]+\s+){0,2}(?:group|movement|organi[sz]ation|militants|insurgents|rebels|jihadists|militia)|"
    r"(?:its|their|the\s+group's|the\s+movement's)\s+(?:\w+\s+)?spokes(?:man|woman|person)|"
    # "the rebel chief Prachanda said the guerrillas of the Communist Party of Nepal (Maoist) had carried out the attack"
    r"the\s+(?:rebel|rebels['’]|guerrilla|insurgent|militant|group['’]s)\s+(?:chief|leader|commander)(?-i:\s+[A-Z][\w'’-]*){1,3})|"
    r"[A-Z][\w-]*\s+(?:military\s+)?spokes(?:man|woman|person)(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:later\s+)?"
    r"(?:said|says|announced|stated)\s+(?:\w+\s+){0,10}?(?:that\s+)?(?:it|they|the\s+group|its\s+(?:fighters|members|men|"
    r"militants|mujahideen)|the\s+(?:guerrillas|fighters|rebels|militants|insurgents)(?:\s+of\s+(?:the\s+)?[A-Z][^,.;]{0,60}?)?)\s+(?:had\s+|has\s+|have\s+)?[\"“]?(?:targeted|carried\s+out|attacked|struck|bombed|shelled|hit|"
    r"fired\s+(?:on|at)|killed|shot|destroyed|downed|shot\s+down|ambushed|abducted|seized)\b"
    # "A joint statement issued on Wednesday by the same PDF battalion and two local defence groups says their fighters
    # ambushed a column": the groups' own word
    r"|(?i:\bstatement\s+(?:[\w-]+\s+){0,4}?by\s+[^.;]{1,90}?\b(?:says|said|states|stated)\s+(?:that\s+)?(?:its|their)\s+"
    r"(?:fighters|members|men|cadres|combatants|units?)\s+(?:had\s+|have\s+)?(?:ambushed|attacked|killed|struck|bombed|"
    r"destroyed|detonated|targeted|carried\s+out)\b)"
)
_STRIKES = {"Air/drone strike", "Shelling/artillery/missile attack"}
# "a Russian strike", "Ukrainian drones", "by Myanmar's military", "Israeli warplanes": whose weapon it was
_STATE_WEAPON = re.compile(
    r"\b(?P<who>[A-Z][a-z]+)(?:'s|’s)?\s+(?:(?:air|drone|missile|rocket|artillery|glide|guided|cruise|ballistic|"
    r"military|army|naval|fighter|attack|combat|kamikaze)\s+){0,2}(?:(?:air\s*)?strikes?|drones?|missiles?|rockets?|"
    r"aircraft|jets?|warplanes?|bombs?|bombers|shelling|shells|artillery|helicopters?|gunships?|"
    r"(?:military|army|air\s+force|forces|troops|junta)\s+(?:dropped|fired|struck|shelled|bombed|launched|hit|"
    r"targeted|carried\s+out|attacked))\b|"
    r"\bby\s+(?:the\s+)?(?P<by>[A-Z][a-z]+)(?:'s|’s)?\s+(?:military|army|air\s+force|armed\s+forces|forces|junta)\b|"
    # "by warplanes which SCW sources believe to be Russian"
    r"\b(?:warplanes?|jets?|aircraft|planes?|helicopters?|drones?)\s+(?:which|that)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:believed?|thought|said|reported|identified)\s+(?:to\s+be|as)\s+(?P<as>[A-Z][a-z]+)\b"
)
_AGENT_VERB = re.compile(r"[\w’'-]*\s+(?:\w+\s+)?(?:dropped|fired|struck|shelled|bombed|launched|hit|carried\s+out)\b|"
                         # "The Israeli army said it had targeted a Hezbollah fighter": the forces own the strike
                         r"[\w’'-]*\s+(?:said|says|confirmed|announced|claimed)\s+(?:that\s+)?(?:it|its\s+(?:forces|troops|aircraft|jets|drones?))\s+"
                         r"(?:had\s+|has\s+)?(?:targeted|struck|hit|killed|eliminated|attacked|bombed|carried\s+out)\b|"
                         # "US military said an air strike near Ramadi killed eight ... fighters": its own strike
                         r"[\w’'-]*\s+(?:said|says|confirmed|announced)\s+(?:that\s+)?(?:an?|its|the)\s+(?:air\s*|drone\s+|"
                         r"precision\s+)?strikes?\b")
# a group named for what it has done before: "the Pakistani Taliban and Islamic State have both carried out attacks"
_HABIT = re.compile(r"[^.;]{0,60}?\b(?:have|has)\s+(?:\w+\s+){0,2}(?:carried\s+out|staged|launched|claimed|conducted|"
                    r"mounted)\s+(?:\w+\s+){0,3}?attacks\b", re.I)
# what may stand between a line's start and its first word: a list item's number or bullet
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}[.)]|[-*•–])?[ \t]*$")
# where people come from, not where it happened: "came from Punjab province", "Naik Balwinder Singh, 32, of
# Gurdaspur in Punjab"
_FROM_PLACE = re.compile(r"\b(?:from|native\s+of|natives\s+of|hail(?:s|ed|ing)?\s+from|residents?\s+of)\b[^.;]{0,30}$|"
                         r"\bof\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+in\s+(?:the\s+)?$", re.I)
_ALSO_ELSEWHERE = re.compile(r"\balso\s+(?:killed|attacked|abducted|kidnapped|raided|struck|burned|torched|stormed)\b"
                             r"[^.;]{0,80}?\b(?:in|at|near)\s+(?P<where>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)", re.I)
# the weapon an event was carried out with, told on its own: "a drone carrying grenades and a firearm was used"
_WEAPON_TOLD = re.compile(r"\b(?:drones?|grenades?|rockets?|mortars?|explosives?|IEDs?|bombs?|rifles?|pistols?|firearms?|"
                          r"guns?|knives|knife|machetes?)\b[^.;]{0,60}?\b(?:was|were|had\s+been)\s+(?:used|flown|fired|launched|"
                          r"dropped|planted|hidden|placed|fixed)\b", re.I)  # "Two drones ... had been flown over the station"
# the attack a court tried: "for the shooting at the Santa Maria church ..., in which one man was killed"
# (or over plots that took one in: "jailed 15 men over a series of plots that included the attack in October 2002 on the
# French oil tanker Limburg ..., in which a boat ... rammed the ship, killing ...")
_TRIED_ATTACK = re.compile(r"\b(?:for|over|in\s+connection\s+with|(?:their|his|her)\s+roles?\s+in|(?:plots?|plans?|conspirac(?:y|ies))\s+"
                           r"(?:that|which)\s+(?:included|includes|led\s+to))\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?"
                           r"(?:attack|shooting|bombing|massacre|killings?|assault|ambush|blast|murders?)\b"
                           r"[^.;]{0,200}?\b(?:in\s+which|which\s+(?:killed|left)|that\s+(?:killed|left)|killing)\b", re.I)
_SAME_DAY = re.compile(r"\b(?:(?:on\s+|in\s+)?(?:the|that)\s+same\s+(?:day|night|evening|morning|afternoon)|"
                       r"later\s+(?:that|the\s+same)\s+(?:day|night|evening))\b", re.I)
# a sentence that sums up several attacks, each told on its own: "Two cross-border attacks in one week on ..."
_ROLLUP = re.compile(r"\W*(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|multiple)\s+"
                     r"(?:[\w-]+\s+){0,2}(?:attacks|bombings|raids|ambushes|incidents|shootings|assaults)\b(?![^.;]{0,40}\b(?:on|this|last)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)",
                     re.I)
# a span's violence summed up: "the violence over the weekend, in which in total 4 persons lost the life"
_SPAN_TOTAL = re.compile(r"\b(?:violence|attacks|incidents|unrest|fighting)\s+(?:over|during|across|throughout)\s+the\s+"
                         r"(?:past\s+|last\s+)?(?:weekend|week|month|\w+\s+days)\b[^.;]{0,80}?\b(?:in\s+total|in\s+all|altogether)\b",
                         re.I)
_CROSSFIRE = re.compile(r"\b(?:stray\s+(?:fire|bullets?|rounds?)|cross-?fire|caught\s+(?:up\s+)?in\s+the\s+(?:fire|shooting|shootout|exchange))", re.I)
# a group named as the source of what is told: "According to the village administration team and the local
# People's Defence Force, at least 20 students ... lost their lives"
_AS_SOURCE = re.compile(r"\b(?:according\s+to|citing)\s+(?:[\w'’-]+\s+){0,8}?(?:and\s+)?(?:the\s+)?(?:local\s+)?$", re.I)
# a heading line that opens with a country's name: "1) LIBYA - Tripoli", "Kenya:", "## Somalia", "IRAQ"
_COUNTRY_HEADING = re.compile(r"(?m)^[ \t#*>-]*(?:\d{1,2}[.)]\s*|[A-Z][.)]\s+)?(?P<c>[A-Za-z][A-Za-z'’ -]{2,30}?)[*]*"
                              r"\s*(?:[-–—:|(/,]|$)[^\n]*$")
# what binds a place to the unit named next: "Hassan Khel area of North Waziristan", "Largu, in the Djugu territory"
_PART_OF_UNIT = re.compile(r"(?:\s+[A-Z][\w'’-]+)?(?:\s+(?:area|village|town|locality|sector|valley))?\s*,?\s*"
                           r"(?:(?:of|in)\s+)?(?:the\s+)?(?:neighbou?ring\s+)?")
# a unit named with its word: "North Waziristan District", "Djugu Territory"
_UNIT_NAMED = re.compile(r"\b(?:district|county|province|territory|agency|prefecture|department|region|state)$", re.I)
_INITIALS_ADJECTIVE = re.compile(
    r"\b(?:U\.S\.|U\.K\.|US|UK)(?=\s+(?!(?i:on|in|at|and|or|to|for|by|from|with|since|last|this|after|before|was|"
    r"were|is|are|has|had|have|said|says|and|but|until|during|over|under|about)\b)[A-Za-z])")


def _building_names_dropped(text: str, s: Sentence, places: list[PlaceMention]) -> list[PlaceMention]:
    """A sentence's places without the names of buildings and of other events, when it names the town itself:
    "the bombing of the Argana cafe in Marrakesh" happened in Marrakesh, not in a town called Argana; in "The
    Argana bombing was the deadliest attack in Morocco since 16 May 2003, when 12 suicide bombers struck ... in
    Casablanca" the event told is Casablanca's."""
    towns = [p for p in places if p.place.kind in {"city", "landmark"} and not p.elsewhere]
    if len(towns) < 2:
        return places
    since = _COMPARED_SINCE.search(s.text)
    drop = {id(p) for p in towns if _BUILDING_AFTER.match(text, p.end) or _EVENT_NAMED.match(text, p.end)
            or (since is not None and p.start < s.start + since.end()
                and any(q.start >= s.start + since.end() for q in towns))}
    if len(drop) >= len(towns):
        return places
    return [p for p in places if id(p) not in drop]


# a facility named for a place, then the town it stands in: "the Saint-Michel station in central Paris"
# (or a region's name before the town's word: "the Nile Delta city of Tanta")
_FACILITY_IN_TOWN = re.compile(r"\s+(?:(?:metro|railway|train|underground|bus|police)\s+)?(?:station|square|bridge|church|"
                               r"cathedral|mosque|temple|hospital|market|stadium|hotel)\s+(?:in|of)\s+(?:the\s+)?"
                               r"(?:(?:central|downtown|old|northern|southern|eastern|western)\s+|(?:centre|center|heart)\s+of\s+)?|"
                               r"(?P<region>\s+(?:city|town|port)\s+of\s+)", re.I)


def _facilities_named_for_towns(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """A place whose name is a facility's, told in the town that follows, is no place of its own: "the Saint-Michel
    station in central Paris" names Paris, not Saint-Michel in the Aisne."""
    out = []
    for k, p in enumerate(places):
        m = _FACILITY_IN_TOWN.match(text, p.end)
        town = places[k + 1] if k + 1 < len(places) else None
        if m is not None and town is not None and town.start == m.end() and town.place.kind == "city" \
                and p.place.kind in {"city", "landmark"} and (m.group("region") is None
                                                               or p.place.country_code != town.place.country_code):
            continue  # (a town of the same country before "city of" may be the region's name for it: kept)
        out.append(p)
    return out


def _inside_named_units(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """A sentence's places without the small towns that lie outside the units it names in their country:
    "the community of El Aguaje, in the municipality of Aguililla" is not Los Aguajes in another state.
    A unit someone comes from ("a resident of Punjab") names no place of the event."""
    def unit(p: PlaceMention) -> bool:  # "Cabanas department", "District Narayanpur": a unit, named by its town
        return p.place.kind in {"admin1", "admin2"} or p.district or bool(
            re.search(r"\bDistrict\s+$", text[max(0, p.start - 10):p.start])) or bool(_UNIT_OF.search(text[max(0, p.start - 30):p.start]))

    # "the commune of Pensa, in the province of the Sanmatenga": a town named as a unit of another country's is
    # not Penza in Russia
    places = [p for p in places if not (p.place.kind == "city" and _UNIT_OF.search(text[max(0, p.start - 30):p.start])
                                        and any(q.place.kind in {"admin1", "admin2"} and q.place.country_code
                                                != p.place.country_code and _UNIT_OF.search(text[max(0, q.start - 34):q.start]
                                                                                           .replace(" the ", " "))
                                                for q in places))]
    units = [p.place for p in places if unit(p) and not p.elsewhere
             and not _ORIGIN.search(text[max(0, p.start - 40):p.start])]
    if not units or sum(p.place.kind == "city" and not unit(p) for p in places) != 1:
        return places  # a list of towns ("in Ilobasco, Cabanas department, and Usulutan") is left as it is

    def outside(p: PlaceMention) -> bool:
        same = [u for u in units if u.country_code == p.place.country_code]
        if not same:  # "in Hassan Khel area of North Waziristan District" is not Hassan in India
            return p.place.kind == "city" and not unit(p) and p.place.population < 500000 and any(
                _PART_OF_UNIT.fullmatch(text[p.end:u.start]) for u in places if unit(u) and u.start > p.end)
        return p.place.kind == "city" and not unit(p) and p.place.population < 100000 and not any(
            u.admin1 == p.place.admin1 for u in same)

    return [p for p in places if not outside(p)]


# "the municipality of Aguililla": a town's name that names its unit
_UNIT_OF = re.compile(r"\b(?:municipality|district|province|county|department|commune|prefecture|governorate|territory|"
                      r"township|regency|upazila|tehsil|local\s+government\s+area)\s+of\s+$", re.I)


# another event the sentence dates this one by, told with an article of its own: "hours after a bomb damaged ..."
_OTHER_EVENT_CLAUSE = re.compile(r"\b(?:hours|days|a\s+day|two\s+days|a\s+week|minutes|shortly|soon)\s+"
                                 r"(?:after|before)\s+(?:a|an|another)\s+[^.;]*|"
                                 # "About an hour after the explosion, gunmen opened fire": the event told before
                                 r"\b(?:hours|minutes|" + _SOME_HOURS + r")\s+(?:after|before)\s+" + _THE_EVENT_TOLD + r"\b|"
                                 # "the bombing was retaliation for a military operation on Friday ..., in which troops
                                 # killed 11": the event told before, avenged by this one
                                 + _THE_EVENT_TOLD + r"\s+(?:was|were|may\s+have\s+been|could\s+have\s+been)\s+"
                                 r"(?:in\s+)?(?:retaliation|revenge|reprisal|a\s+response)\s+(?:for|to)\b",
                                 re.I)
_ORIGIN = re.compile(r"\b(?:residents?|natives?|hails?|hailing|originally)\s+(?:\w+\s+)?(?:of|from)\s+"
                     r"(?:the\s+)?$|\bfrom\s+(?:the\s+)?$", re.I)


def _first_city(m: re.Match[str], base: int) -> tuple[int, int]:
    """The span of a dateline's first place ("Kinshasa" of "Kinshasa/Bunia")."""
    first = m.group("place").split("/")[0].rstrip()
    return base + m.start("place"), base + m.start("place") + len(first)


def _headline_and_lead(doc: Document, incidents: list[Incident]) -> tuple[Segment | None, int | None]:
    """A report's headline segment and the index of its lead (first not-background) event."""
    return (next((seg for seg in doc.segments if seg.kind == "title"), None),
            next((k for k, inc in enumerate(incidents) if not inc.background), None))


def _country_forces(country: str | None) -> list[Actor]:
    """The state forces the dictionary lists in a country, its own first: Russia's, not Ukraine's, though both
    fight on Russian soil."""
    return sorted((a for a in load_actors() if a.type == "state" and country in a.countries),
                  key=lambda a: a.countries[0] != country)


def _army_of(forces: list[Actor]) -> Actor:
    """A country's armed forces among its state actors: the one called army, military or defence force."""
    return next((a for a in forces if any(w in " ".join((a.name, *a.aliases)).lower()
                                          for w in ("army", "military", "defence", "defense"))), forces[0])


def _as_doer(text: str, group: ActorMention) -> bool:
    """Whether a group is named as a possible doer: not as one that only reacted ("Hamas praised the attack"),
    nor in the setting ("where Hezbollah and Israel have exchanged fire"), nor for what it did before."""
    return not (_BYSTANDER.match(text, group.end) or _SETTING.search(text[max(0, group.start - 70):group.start])
                # "Fito, the leader of the Los Choneros gang, had vanished from a prison": its leader's own story
                # (but "The leader of the Gran Grif gang said ... his men had carried out the attack" is its claim)
                or (_LEADER_OF.search(text[max(0, group.start - 30):group.start]) is not None
                    and _SPEECH_WORD.search(text, group.end, group.end + 80) is None)
                # "a spokesman for the TPLF said the camp had been hit by a drone operated by government forces":
                # the group accuses, it did not strike
                or (_SPOKESMAN_FOR.search(text[max(0, group.start - 100):group.start]) is not None
                    and _ACCUSES_OTHERS.match(text, group.end, group.end + 200) is not None)
                # "in the Hezbollah-controlled southern suburbs of Beirut": whose ground it is, not who struck
                or re.match(r"-(?:controlled|held|run|ruled|dominated|governed|administered)\b", text[group.end:group.end + 14])
                or _AS_SOURCE.search(text[max(0, group.start - 70):group.start])
                or re.search(r"\b(?:against|targeting)\s+(?:the\s+)?$", text[max(0, group.start - 15):group.start])
                # "a concert marking the anniversary of the Kachin Independence Organisation": the gathering hit was its own
                or _GATHERING_OF.search(text[max(0, group.start - 40):group.start])
                or _habitual(text, group.end) or _VICTIMS_BEFORE.search(text[max(0, group.start - 50):group.start])
                or (_PRESENCE.match(text, group.end) and not _BLAMED_BEFORE.search(text[max(0, group.start - 120):group.start]))
                or (
                    _AMONG_PRESENT.match(text, group.end) is not None and re.search(
                        r"\b(?:where|in\s+which)\s+(?:both\s+)?[^.;]{0,60}$", text[max(0, group.start - 70):group.start]) is not None))


# a span of time that opens a sentence before its day: "Six months earlier, on the night of ", "A year before that, on "
_SPAN_BEFORE = re.compile(r"\W*(?:[\w-]+\s+){1,3}(?:earlier|before(?:\s+that)?|later|after(?:\s+that)?|ago)\s*,\s*"
                          r"(?:on\s+|in\s+)?(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?", re.I)
# the group named as what a gathering or a building struck was of: "the anniversary of the KIO", "the funeral of a
# Hamas commander", "an office of the People's Defence Force"
_GATHERING_OF = re.compile(r"\b(?:anniversary|founding|ceremony|celebration|rally|meeting|funeral|wedding|office|offices|"
                           r"headquarters|camp|base)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?$", re.I)
# a blame told before the group, in its sentence: "Residents blame the column of 'Comrade José', the faction of
# Shining Path that operates in the valley" (the group is blamed, not only said to be around)
_BLAMED_BEFORE = re.compile(r"\b(?:blam\w+|suspect\w*|attribut\w+|accus\w+)\b[^.;]*$", re.I)
# one of several groups said to be around: "a zone where both JNIM, linked to al-Qaeda, and the Islamic State ... operate"
_AMONG_PRESENT = re.compile(r"[^.;]{0,100}?\b(?:operate|are\s+active|are\s+present|roam|hold\s+sway)\b", re.I)


# the group is only said to be around: "Fighters of the UPC, a rebel group, operate in the area"
_PRESENCE = re.compile(r"(?:\s*\([^)]{1,30}\))?(?:,[^,.;]{1,60},)?\s+(?:\w+\s+)?(?:operate|operates|is\s+active|are\s+active|"
                       r"is\s+present|are\s+present|control|controls|hold\s+sway|have\s+bases|has\s+bases|roam)\b", re.I)


# the group is among those hurt: "killing 11 traders and herders"
_VICTIMS_BEFORE = re.compile(r"\b(?:killing|killed|wounding|injuring|abducting|kidnapping)\s+(?:\w+\s+){0,3}(?:and|or|,)\s*$",
                             re.I)


def _habitual(text: str, end: int) -> bool:
    """The group is the subject of what it has done before, not of a relative clause about it
    ("ISWAP, which has carried out several attacks here, claimed ..." still names the claimant)."""
    m = _HABIT.match(text, end)
    if m is None or re.search(r",\s*(?:which|who|that)\b", m.group(0)):
        return False
    tail = text[m.start():m.end() + 60]  # "have carried out attacks in Cauca" is the news; "have both ... before" is not
    return re.search(r"\b(?:both|also|previously|repeatedly|often|frequently|long|in\s+the\s+past|before|similar|"
                     r"previous|past|several|many|numerous|dozens\s+of|scores\s+of|in\s+the\s+region|in\s+recent)\b",
                     tail, re.I) is not None


_SPOKESMAN_FOR = re.compile(r"\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][^()]{0,60}\(\s*)?$", re.I)
_ACCUSES_OTHERS = re.compile(r"[^.]*?\b(?:blamed|accused)\b|[^.]*?\bby\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:government|state|"
                             r"federal|army|military|troops|forces|soldiers|police)\b", re.I)
_LEADER_OF = re.compile(r"\b(?:leader|head|chief|founder|boss)\s+of\s+(?:the\s+)?$", re.I)
_SPEECH_WORD = re.compile(r"\b(?:said|says|claimed|announced|told|stated|vowed|admitted)\b")
# a group named in the setting, not as the doer: "at a time of tension, where Hezbollah and Israel have exchanged fire"
_SETTING = re.compile(r"\b(?:where|amid|at\s+a\s+time\s+(?:of|when)|against\s+a\s+backdrop\s+of)\s+(?:[\w'’-]+\s+){0,3}$|"
                      # "The 14-month war between the federal government and the TPLF": the war, not this strike
                      r"\b(?:war|conflict|insurgency|talks|truce|ceasefire|peace\s+(?:deal|talks|process))\s+between\s+[^.;]{0,60}$|"
                      # "days after the Hamas assault on Israel": another event, the time of this one
                      r"\b(?:days|weeks|months|hours|shortly|soon)\s+(?:after|before)\s+the\s+$", re.I)
# after a group's name: it reacted to the attack, it did not carry it out ("Hamas praised the attack but ...")
_BYSTANDER = re.compile(
    r"[\w’'-]*(?:\s+\([^)]{1,30}\))?,?\s+(?:\w+\s+){0,2}?(?:praised|welcomed|hailed|celebrated|applauded|condemned|"
    r"denounced|deplored|mourned|did\s+not\s+claim|has\s+not\s+claimed|"
    r"denied\s+(?:any\s+)?(?:role|involvement|responsibility|links?)|"
    r"had\s+not\s+claimed|never\s+claimed)\b",
    re.I,
)
_NOT_A_GROUP = {"police", "officials", "authorities", "no", "nobody", "the", "a", "it", "they", "he", "she", "army",
                "military", "government", "ministry", "witnesses", "residents", "sources", "officers", "troops"}
_QUOTE_ONLY = re.compile(r"^\s*[“\"]")
_QUOTE_MARK = re.compile(r"[“”\"]")
# a proper name of up to three words, never begun inside another word ("Hilweh" of "al-Hilweh"), and with an
# Arabic article inside ("Ain al-Hilweh", "Deir al-Balah")
_NAME = r"(?<![\w'’-])(?:(?:al|el|ad|ar|as|ash|at|az|an)-)?[A-Z][\w'’-]+(?:[ -](?:(?:al|el|ad|ar|as|ash|at|az|an)-)?[A-Z][\w'’-]+){0,2}"
# a settlement named as one: "the village of Nakitindi", "Kallar village", "in Zelima, a village in ..."
_UNITS = (r"district|department|county|prefecture|division|commune|territory|woreda|zone|cercle|circle|province|region|state|"
          r"governorate|local\s+government|LGA|area|regency|sub-?district|municipality|tehsil|upazila|township|"
          r"taluka|mandal|arrondissement|canton")
_SETTLEMENT = re.compile(
    rf"\b(?:(?:village|town|hamlet|settlement|locality|community|camp|neighbou?rhood|suburb|township|island)\s+of|"
    rf"village|hamlet|(?i:barangay|sitio|vereda|corregimiento|caser[ií]o|aldea))\s+(?:of\s+|de\s+)?(?P<n1>{_NAME})\b|"
    rf"\b(?P<n2>{_NAME})\s+(?:village|hamlet|settlement|sub-?district|tambon|village\s+tract|"
    # "Jangebe town in Talata Mafara Local Government Area"
    rf"town(?=\s+(?:in|near)\s)|"
    rf"(?:displacement|IDP|refugee|displaced\s+persons?)\s+(?:site|camp)|"
    # "the Hassu Khel area of Mir Ali tehsil" (but "the Ikenegbu area of Owerri" is a part of a town)
    rf"(?:area|locality)(?=\s+of\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+|adjacent\s+)?{_NAME}\s+(?i:{_UNITS})\b"
    # "in the Omanthai area, Vavuniya": the area of a place, then its town
    rf"|,\s+{_NAME}\b))\b|"
    # "in the jurisdiction of the Domel police station": South Asian police stations bear their locality's name
    rf"\b(?P<n8>{_NAME})\s+police\s+station\b|"
    # Nigerian usage: "invaded Kuriga community in Chikun Local Government Area"
    rf"\b(?P<n11>{_NAME})\s+community\b|"
    # a digest's "Centre-Nord, Sanmatenga prov., DABLO:": the town in capitals after its province
    rf"\b(?:prov\.|province|region|district|dept\.|department|cercle|commune),?\s+(?P<n12>(?-i:[A-Z][A-Z'’-]{{2,}}(?:\s+[A-Z][A-Z'’-]{{2,}})?))\s*:|"
    # "the Rashad area, a rural district of farmland": an area told as such
    rf"\b(?P<n13>{_NAME})\s+area,\s+an?\s+(?:[a-z]+\s+)?(?:district|area|region)\b|"
    rf"\b(?P<n3>{_NAME}),\s+(?:(?:an?|another|the)\s+(?:[\w-]+\s+){{0,2}}?(?:village|hamlet|settlement|town|locality|sub-?district|"
    rf"community|"  # "Gunmen attacked Mushu, a farming community in Bokkos"
    rf"neighbou?rhood|suburb|trading\s+cent(?:re|er)|cluster\s+of\s+(?:\w+\s+)?(?:farms|houses|homes|huts|villages))\b|"
    # "near Lafoole, about 8 km east of Afgoye": a place told by its distance from a town
    rf"(?:about|some|around|roughly|nearly|just|approximately)?\s*\d[\d.,]*\s*(?:km|kilometres|kilometers|miles)\b|"
    # "outside al-Ishaqi, south of Samarra": a place told by the side of a town it lies on
    rf"(?:just\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\b|"
    # "an army post at Diegoune, near Bignona": a place told by the town it lies near
    rf"(?:just\s+)?(?:near|close\s+to|not\s+far\s+from)\b(?=\s+(?:the\s+(?:town|city)\s+of\s+)?[A-Z]))|"
    # a digest's "Port-au-Prince (Solino)": a town, then the quarter or village of it in brackets
    rf"(?P<town>{_NAME})\s*\((?P<n10>{_NAME})\)|"
    # "of Tourou, in the department of Mayo-Tsanaga": a place inside a unit named after its word
    rf"(?<![\w'’-])(?:in|at|near|of)\s+(?:the\s+)?(?P<n9>{_NAME}),?\s+(?:also\s+)?in\s+the\s+(?i:{_UNITS})\s+of\s+"
    rf"(?P<unit2>{_NAME})|"
    # "Dekai, the capital of Yahukimo regency": the seat of a unit
    rf"\b(?P<n7>{_NAME}),\s+the\s+(?:\w+\s+)?(?:capital|seat|headquarters|main\s+town|chief\s+town)\s+of\b|"
    # "in Tourou, Mayo-Tsanaga department", "near Hulugho in Garissa county", "in Mahas, in central Somalia's
    # Hiraan region", "at Dera Ki Gali, also in Poonch district": a place inside a named unit
    # (and a digest's entry heading: "Wednesday 10 May - Dablo, Sanmatenga province")
    rf"(?:(?<![\w'’-])(?:in|at|near|of|around)\s+|(?<=[a-z]),\s+|(?<=\w\s[-–—]\s)|(?<=[|]\s))(?:the\s+)?(?P<n4>{_NAME})(?:,\s+(?:also\s+)?(?:in\s+)?|\s+(?:also\s+)?in\s+)(?:the\s+)?(?:(?:central|\w+ern)\s+)?"
    rf"(?:[A-Z]\w+'s\s+)?(?:(?:central|\w+ern)\s+)?(?P<unit>{_NAME})\s+(?i:{_UNITS})\b|"
    # a village by the word its country's names begin with: "Ban Kalupang", "Kfar Roummane", "Ungwan Fada"
    rf"\b(?P<n5>(?P<prefix>Ban|Kampung|Kampong|Desa|Kfar|Kafr|Ungwan|Unguwan|Angwan|Anguwan|Goth)\s+[A-Z][\w'’-]+"
    rf"(?:[ -][A-Z][\w'’-]+){{0,2}})\b"  # "Kampung Sri Jaya Simunul"
    # (not a school or a mosque named after it, where people were heading: "teachers heading for Ban Bue Ngo school")
    r"(?![ -][A-Z])(?!\s+(?i:school|mosque|temple|hospital|clinic|market|health|police\s+station)\b)"
)
# the loosest: a name no gazetteer knows, where something happened ("killed eight people in Drodro"); read
# after the cues above, which it would otherwise hide ("near Kishingi, a village in Nushki district")
_LOOSE_PLACE = re.compile(rf"(?<![\w'’-])(?:in|at|near|outside|(?:outskirts|edge|centre|center|heart|headquarters|(?i:residents|villagers|inhabitants))\s+of|"
                          rf"(?:km|kilomet(?:er|re)s|miles)\s+(?:\w+\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s+(?P<n6>{_NAME})(?![\w'’-])(?!\s+(?i:{_UNITS}|"
                          r"hospital|clinic|school|college|university|mosque|church|market|airport|prison|stadium|hotel)\b)"
                          # (nor the name of a hospital or a college: "at Barisal Sher-e-Bangla Medical College Hospital")
                          r"(?!(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:Medical|Teaching|General|District|Memorial)\s+"
                          r"(?:College|Hospital|Centre|Center))")
_UNIT_WORDS_TAIL = re.compile(rf"(?:\s+(?i:{_UNITS}|local|government))+$")
_LANDFORMS = {"mount", "mt", "mountain", "mountains", "jebel", "jabal", "lake", "river", "forest", "hills", "hill",
              "plateau", "desert", "island", "islands", "bay", "gulf", "sea", "ocean", "coast"}
# a section heading's word for its unit: "Macomia district", "ANCUABE DISTRICT"
_UNIT_WORDS_END = re.compile(r"\s+(?:district|province|region|department|state|county|governorate)$", re.I)
_VILLAGE_PREFIX = {"ban": {"TH", "LA"}, "kampung": {"MY", "ID", "BN"}, "kampong": {"MY", "KH", "BN", "SG"},
                   "desa": {"ID"}, "kfar": {"LB", "SY", "IL", "PS"}, "kafr": {"LB", "SY", "IL", "PS", "EG", "JO"},
                   "ungwan": {"NG"}, "unguwan": {"NG"}, "angwan": {"NG"}, "anguwan": {"NG"}, "goth": {"PK"}}
# capitalised words after "in" or "at" that are no village (besides the months and weekdays; articles and
# pronouns are _STOP_WORDS, and "Lake", "Mount" and "River" begin _LANDFORMS)
_NOT_PLACE_WORDS = {name.lower() for name in (*calendar.month_name[1:], *calendar.day_name)} | {
    "ramadan", "eid", "christmas", "easter", "parliament", "congress", "senate", "court", "cabinet", "operation",
    "our", "english", "french", "arabic", "spanish", "islam", "christianity", "god", "allah", "africa", "europe",
    "asia", "latin", "middle", "west", "east", "north", "south", "central", "upper", "lower", "mr", "mrs", "ms", "dr",
    "president", "general", "police", "army", "government", "state", "federal", "national", "islamic", "twitter",
    "facebook", "telegram", "whatsapp", "x", "youtube", "tiktok", "instagram", "am", "pm", "gmt", "utc", "ist", "eat",
    "wat", "local", "christian", "muslim", "hindu", "sikh", "jewish", "catholic", "shia", "shiite", "sunni",
    "international", "business", "farming", "host", "diaspora", "intelligence", "security", "humanitarian",
}
_STOP_WORDS = {"the", "a", "an", "this", "that", "one", "another", "his", "her", "their", "its"}
# a dateline in ordinary case, told by its full date: "Bunia, 17 July 2025 - "
_TITLE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s?/\s?[A-Z][a-z][\w'’.-]*)?),\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|"
    # (or with the agency and no year: "Bamako, June 5 (Reuters) - ")
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?=\s*\([^)]{1,40}\)))\s*(?:\([^)]{1,40}\)\s*)?(?:—|–|--|-|:)\s+")
# the event just told, measured against an earlier one: "Yesterday's attack is the worst in the city since last
# October's attack ..., in which at least 20 people died" tells October's attack, and its day is not yesterday
_MEASURED_AGAINST = re.compile(r"['’]s\s+(?:attack|bombing|blast|assault|massacre|explosion)\s+(?:is|was)\s+(?:the\s+)?"
                               r"(?:worst|deadliest|biggest|largest|bloodiest|most\s+\w+)\b[^.;]{0,40}\bsince\b", re.I)
# a day that owns the event: "Sunday's ambush", "Friday's bombing"
_DAYS_EVENT = re.compile(r"(?:\s+(?:night|morning|evening|afternoon))?['’]s?\s+(?:[\w-]+\s+)?(?:attack|ambush|bombing|blast|explosion|massacre|raid|assault|shooting|"
                         r"strike|killings?)\b", re.I)
# another event told by how long before the one just told it came: "It came eight days after a car bomb ..."
_FEW = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|a"
# dates told from the day they were written: "yesterday", "today", "on Monday", "two days ago"
_RELATIVE_KINDS = {"yesterday", "today", "ago", "weekday", "lastweek"}
# where an event was, in the capital of the country a report is about ("situated in the south of the capital")
# the event named in passing, with its place: "investigating last night's explosion in Bishop Street, Londonderry"
_RETOLD_AT = re.compile(r"\b(?:explosion|blast|bombing|attack|shooting|ambush|raid|massacre)\s+(?:\w+\s+){0,3}?"
                        r"(?:in|at|near|outside)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:Street|Road|Avenue|Square|Market),?\s+)?$")
_IN_THE_CAPITAL = re.compile(r"\b(?:in|of|at|near)\s+(?:the\s+(?:\w+\s+){0,2}?of\s+)?(?P<capital>the\s+capital)\b"
                             r"(?!\s+(?:of|city\s+of)\b)(?![,\s]+(?-i:[A-Z]))", re.I)
# a line that is a day alone, as a live blog heads each day's entries
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ONLY_THE_DEAD = re.compile(r"dead|died|deaths?|bodies", re.I)
_MONTH_ENTRY = re.compile(rf"\W*(?:(?:early|late|mid)[\s-]+)?{_MONTH_NAME}\s+\d{{4}}\s*[—–-]\s", re.I)
_A_DAY = rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{{1,2}}\s+{_MONTH_NAME}"  # "Friday 18 October", "4 September"
_DAY_LINE = re.compile(rf"(?m)^[ \t]*{_A_DAY}\s+\d{{4}}[ \t]*$")
_DAY_HEAD = re.compile(rf"(?m)^[ \t]*{_A_DAY}(?:\s+\d{{4}})?[ \t]*$")  # the same, its year left out
# a brief's entry title, its day in brackets at its end: "Gao region - Attack on army camp at Bourem (8 September)."
# (or after a dash: "* Damboa LGA - Monday 17 June.")
_DATED_TITLE = re.compile(rf"^\W*[A-Z][^.!?;]{{2,120}}(?:\(|\s[-–—]\s){_A_DAY}(?:\s+\d{{4}})?\)?\.?$")
# a group's record told in an aside about it: ", which has been accused of killing administrators"
_RECORD_ASIDE = re.compile(r",\s+(?:which|who)\s+(?:has|have|had)\s+(?:long\s+|often\s+|repeatedly\s+)?been\s+"
                           r"(?:accused|blamed|suspected)\s+of\b[^,;.]*", re.I)
# a report that speaks of itself: "This advisory updates guidance on movement ...", "This report covers ..."
_DOCUMENT_SPEAKS = re.compile(r"\W*(?:this|the\s+present)\s+(?:security\s+)?(?:advisory|report|bulletin|update|briefing|brief|"
                              r"note|digest|document|assessment|overview|page|notice)\s+(?:updates|replaces|covers|"
                              r"summari[sz]es|provides|gives|sets\s+out|is\s+(?:issued|based|meant|intended))\b", re.I)
# a list's entry heading of full date and place: "* January 29, 2017 - Quebec City, Quebec"
_DATE_PLACE_HEAD = re.compile(rf"^\W*(?:{_MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_NAME}\s+\d{{4}})"
                              r"\s*[-–—:]\s*[A-Z][^\n.;:]{1,60}$")
# an incident log's fields: "Date of event: Monday 13 November", "Location: Donpaik village, Maungdaw township"
# (a bare "Date: 12.06.2025" heads a press note: the day it was issued)
_FIELD_DATE = re.compile(r"^\W*(?:\[\d{1,3}\]\s*)?(?:date\s+of\s+(?:the\s+)?(?:event|incident|attack)|(?:event|incident|attack)\s+date)"
                         r"\s*:\s*\S[^\n]*$", re.I)
_FIELD_CLAIMANT = re.compile(r"^\W*(?:\[\d{1,3}\]\s*)?(?:claimant|claimed\s+by)\s*:\s*(?!(?:none|nobody|no\s+one|unknown|n/a)\b)\S", re.I)
_FIELD_PLACE = re.compile(r"^\W*(?:location|place|where|area)\s*:\s*\S[^\n]*$", re.I)
_SINGLE_NAME = re.compile(r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}")
# (or what it heard of that day: "The court heard that on the morning of March 14, 2016, about a dozen armed men
# stopped a bus")
_TRIAL_ON_THE_DAY = re.compile(r"\b(?:centred|centered|focused|turned|hinged)\s+on\s+(?:the\s+(?:night|morning|day|evening|"
                               r"afternoon)\s+of\s+)?[^,;]{4,40},\s+when\b|"
                               r"\b(?:court|jury|tribunal)\s+(?:heard|was\s+told)\s+(?:that|how)\s+on\s+(?:the\s+(?:night|"
                               r"morning|day|evening|afternoon)\s+of\s+)?[^;]{4,30}?\d{4},", re.I)
_THAT_MONTH = re.compile(r"\b(?:that|the\s+same)\s+month\b", re.I)
# a round-up's entry that opens its paragraph on a place and a day: "Gagamari, late Monday.", "Diffa town, Thursday."
def _place_day_title(text: str, s: Sentence, first_line: bool = False) -> re.Match[str] | None:
    """A round-up entry's heading of place and day, on a line of its own: "Toumour, Saturday."; with
    ``first_line``, the sentence's first line may be one (the entry joined to its heading)."""
    # (after an entry's number: "1. MEZA, ANCUABE DISTRICT (CABO DELGADO) - Saturday 3 September")
    own_line = s.start == 0 or text[s.start - 1] == "\n" or bool(_ENTRY_NUMBER_BEFORE.search(text, max(0, s.start - 8), s.start))
    m = _PLACE_DAY_TITLE.match(s.text.split("\n", 1)[0] if first_line else s.text) if own_line else None
    # (a unit's name heads the entry, "* Kukawa LGA - Wednesday 19 June.", with the village inside it told below)
    return None if m is None or _UNIT_WORD_END.search(m.group("name")) else m


_UNIT_WORD_END = re.compile(rf"\b(?:{_UNITS})$", re.I)


_ENTRY_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]+$")


# (its unit may follow in brackets: "Mamove (Beni territory), Tuesday night.")
# (or in a monitor's capitals, with its district and province: "MEZA, ANCUABE DISTRICT (CABO DELGADO) - Saturday 3
# September", "ALUA AREA, ERATI DISTRICT (NAMPULA) - night of Tuesday 6 September")
_PLACE_DAY_TITLE = re.compile(r"\W*(?P<name>[A-Z][\w'’.]*(?:(?:\s+|-)[\w'’.]+){0,4}?)(?:\s+(?i:area|outskirts))?"
                              r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:district|county|commune|department|"
                              r"prefecture|municipality|territory|LGA|cercle|woreda|tehsil))?"
                              r"(?:\s*\([^()\n]{1,40}\))?(?:,|\s+[-–—])\s+(?i:(?:late|early)\s+)?(?:on\s+)?(?i:(?:the\s+)?night\s+of\s+)?"
                              rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{_A_DAY})"
                              r"(?:\s+(?:morning|afternoon|evening|night))?\.?\s*$")
# a sentence that gives the time of "the attack" just told: "The attack came at about 10:45 a.m. Wednesday"
_ATTACK_TIME = re.compile(r"\W*(?:The|That)\s+(?:attack|blast|bombing|explosion|assault|ambush|raid|massacre|shooting)\s+"
                          r"(?:came|happened|took\s+place|occurred|began|started|was\s+carried\s+out)\s+"
                          r"(?:at|on|shortly|just|around|about|early|late|in\s+the)\b")


@lru_cache(maxsize=1024)
def _settlement_matches(sentence: str, loose: bool) -> tuple[re.Match[str], ...]:
    """The settlements a sentence names (and with ``loose`` the names after "in", "at", "near"), read once
    for every incident that searches the sentence."""
    return (*_SETTLEMENT.finditer(sentence), *(_LOOSE_PLACE.finditer(sentence) if loose else ()))


def _date_by_attack_time(drafts: list[_Draft], sents: list[Sentence], dates_by_sent: list[list[DateMention]],
                         ref: date | None) -> None:
    """"The attack came at about 10:45 a.m. Wednesday", told after a lead dated by the day the ruins were
    searched: the event's day, when it is the week before."""
    for k, dr in enumerate(drafts):
        if dr.background or dr.date is None:
            continue
        until = min([d.anchor for d in drafts[k + 1:] if d.anchor > dr.anchor] + [len(sents)])
        for sid in sorted(set(dr.sids) | set(range(dr.anchor + 1, until))):
            when = _ATTACK_TIME.match(sents[sid].text) if sid != dr.anchor else None
            told = _one_day(dates_by_sent[sid], ref) if when is not None else None
            if when is not None and told is not None and 0 < (dr.date - told[1]).days <= 7 \
                    and not _another_event_told(sents[sid].text[when.end():]):
                (dr.date_mention, dr.date), dr.date_precision, dr.date_sid = told, "day", sid
                break
        # a lead dated by a death from the wounds ("who was wounded during the weekend raid ... died of his injuries in
        # hospital on Monday"): the day the raid is told on below ("surrounded a four-storey building ... late on
        # Saturday"), in the week before
        anchor, mention = sents[dr.anchor], dr.date_mention
        if dr.date_sid != dr.anchor or mention is None or not _WOUNDED_IN_THE_EVENT.search(anchor.text) \
                or not _DIED_OF_WOUNDS_ON.search(anchor.text[:max(0, mention.start - anchor.start)]):
            continue
        # (the earliest day told of it: "in intensive care since Saturday night", "Rescue teams worked through Sunday")
        days = [(told[1], sid, told) for sid in sorted(set(dr.sids) | set(range(dr.anchor + 1, until)))
                if sid != dr.anchor and (told := _one_day(dates_by_sent[sid], ref)) is not None
                and 0 < (dr.date - told[1]).days <= 7 and not _another_event_told(sents[sid].text)]
        if days:
            _, sid, told = min(days)
            (dr.date_mention, dr.date), dr.date_precision, dr.date_sid = told, "day", sid


_DIED_OF_WOUNDS_ON = re.compile(r"\b(?:died|succumbed)\s+(?:(?:of|from|to)\s+(?:his|her|their)\s+(?:wounds|injuries)|"
                                r"[^.;]{0,30}\bhospital)\b[^.;]{0,40}$", re.I)
_WOUNDED_IN_THE_EVENT = re.compile(r"\b(?:wounded|injured|hurt)\s+(?:in|during)\s+(?:the|last|this|that|Saturday['’]s|Sunday['’]s|"
                                   r"Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s|Friday['’]s)\b", re.I)


def _clear_lead(context: Counter[str]) -> str | None:
    """The country a report is plainly about: named twice or more, and at least twice as often as any other."""
    if not context:
        return None
    main, weight = context.most_common(1)[0]
    return main if weight >= 2 and all(c <= weight / 2 for cc, c in context.items() if cc != main) else None


def _another_event_told(text: str) -> bool:
    """Whether the rest of a sentence tells an event of its own ("..., a week after gunmen killed five")."""
    return bool(re.search(r"\b(?:after|before|since|when|following)\b", text) and TRIGGER.search(text))


# the event told before, as the subject of one that came after another: "The abduction came less than a week after a
# roadside bomb hit a navy patrol" (the bomb is the sentence's event; the abduction is another's)
_EARLIER_SUBJECT = re.compile(r"\W*(?:The|This|That|It)\s+(?:(?:abduction|kidnapping|killing|murder|shooting|attack|bombing|"
                              r"blast|ambush|raid)s?\s+)?(?:came|comes|followed|happened)\s+(?:[\w-]+\s+){0,5}?after\s+")


_CAME_AFTER = re.compile(rf"\W*(?:it|this|that|the\s+(?:attacks?|bombings?|blasts?|ambush|raids?|explosions?))\s+(?:came|comes)\s+"
                         rf"(?:just\s+|only\s+)?(?P<n>{_FEW})\s+(?P<unit>days?|weeks?)\s+after\s+(?:a|an|another|the)\b", re.I)
_WHO_THEY_WERE = re.compile(r"\b(?:gunmen|attackers?|bombers?|assailants?|suspects?|militants?)\s+(?:was|were|is|are)\s+"
                            r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:sons?|brothers?|nephews?|relatives?|cousins?|"
                            r"students?|natives?|citizens?|nationals?|members\s+of|identified\s+as)\b", re.I)
# (or put at it: "The Kenya Red Cross put the death toll at 48 on Monday")
_TOLL_ROSE_ON = re.compile(r"\b(?:(?:rose|risen|climbed|increased|jumped)\s+to|(?:put|puts|putting|placed)\s+(?:the\s+|its\s+|their\s+)?"
                           r"(?:death\s+)?toll\s+at)\s+(?:at\s+least\s+)?[\w,]+(?:\s+(?!on\b)\w+){0,2}"
                           r"\s+(?:(?:on|by)\s+)?$", re.I)
_DIGEST_DAY = re.compile(r"\b(?:the\s+following|following\s+are|below\s+are|listed\s+below)\b[^.;]{0,60}\b(?:incidents|attacks|"
                         r"events|developments)\b|"
                         r"\b(?:incidents|attacks)\s+(?:were\s+)?reported\s+(?:across|in|throughout)\b", re.I)
_LIVE_TOLL = re.compile(r"\b(?:toll|confirmed\s+dead|death\s+toll|dead\s+so\s+far|killed\s+so\s+far|updated\s+(?:its|the|their)\s+"
                        r"figures)\b", re.I)
_AN_EVENT_AT = re.compile(r"\b(?:describe[sd]?|report(?:s|ed)?|heard|saw|witnessed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}"
                          r"(?:blast|explosion|bombing|attack|shooting|gunfight)\s+(?:in|at|near|on)\b", re.I)
# an event named by its month and year as the one a comparison is about: "The deadliest in recent years was the
# January 2019 car bombing of the police cadet school in Bogota"
_DATED_EVENT = re.compile(r"\b(?:was|remains|remained)\s+the\s+(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
                          r"November|December)\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}(?:bombing|attack|massacre|"
                          r"assault|ambush|raid|siege|shooting|blast|explosion|assassination|hijacking|kidnapping|abduction)s?\s+"
                          r"(?:of|on|at|in|against)\b")
_BOTH = re.compile(r"\bboth\s+(?:devices|bombs|attacks|blasts|explosions|incidents)\b", re.I)
_SECOND_DEVICE = re.compile(r"\b(?:a\s+)?(?:second|another|third|further)\s+(?:[\w-]+\s+)?(?:device|bomb|IED|explosive\s+device|"
                            r"car\s+bomb)\b", re.I)
_BULLET = re.compile(r"\s*[-•*–]\s+(?=[A-Z0-9])")
# a part of the day told first, with no day of its own: "In the afternoon, the air force intervened"
_PART_OF_DAY_LEAD = re.compile(r"\W*(?:in\s+the\s+(?:afternoon|evening|morning|night)|that\s+(?:afternoon|evening|night|morning)|"
                               r"later\s+(?:that|the\s+same)\s+(?:day|afternoon|evening|night))\b(?!\s+of\b)", re.I)
# a headline that tells what a group did: "Al-Shabaab claims ... attack", "Suspected Boko Haram fighters kill 12"
_HEADLINE_DEED = re.compile(r"\b(?:claims?|claimed|kills?|killed|attacks?|attacked|storms?|stormed|abducts?|abducted|"
                            r"kidnaps?|kidnapped|bombs?|bombing|ambush(?:es|ed)?|raids?|raided|massacres?|blamed|behind|"
                            r"suspected|dead|explosion|blast)\b", re.I)  # ("Two persons dead and eight wounded left the explosion")
# "Two days after the Kuriga raid, 15 pupils were taken from ...": dated from the event just told
_DAYS_AFTER_NAMED = re.compile(rf"\W*(?i:(?P<n>{_FEW})\s+(?P<unit>days?|weeks?)\s+"
                               r"(?P<rel>after|before)\s+the)\s+(?:[A-Z][\w'’-]+\s+){1,2}(?i:raid|attack|bombing|abduction|"
                               r"kidnapping|ambush|massacre|blast)\b")
_SINCE_WHEN = re.compile(r"\b(?:deadliest|worst|most\s+serious|bloodiest|biggest|largest)\b[^.;]{0,40}?\bsince\s+"
                         rf"(?:(?:early|late|mid-?)\s*)?(?P<month>{_MONTH_NAME})(?:\s+(?P<year>(?:19|20)\d\d))?,?\s+when\b")
_FOLLOWED_LATER = re.compile(rf"\W*(?:the|this|that)\s+(?P<name>(?:[A-Z][\w'’-]+\s+){{0,2}})(?i:attacks?|bombings?|blasts?|raids?|"
                             rf"ambush|massacre|explosions?)\s+(?i:was|were)\s+followed\s+(?i:(?P<n>{_FEW})\s+(?P<unit>days?|weeks?)\s+"
                             r"later)\s+by\b", re.I)
_THE_EVENT_LEAD = re.compile(r"\W*the\s+(?:attack|bombing|blast|explosion|massacre)\b", re.I)
# a name before a building's word is the building's: "the Argana cafe", "the Kyadondo Rugby Club"
_BUILDING_AFTER = re.compile(r"\s+(?:cafe|café|restaurant|hotel|bar|nightclub|club|cinema|theat(?:re|er)|mall|stadium|"
                             r"gymnasium|supermarket|bakery|guesthouse|lodge)\b", re.I)
# a name before an event's word is that event's: "The Argana bombing was the deadliest ..."
_EVENT_NAMED = re.compile(r"\s+(?:bombing|attack|massacre|blast|shooting|siege)\s+(?:was|is|has|had|killed|left)\b", re.I)
# the event told measured against an earlier one, told after it: "... was the deadliest attack in Morocco since"
_COMPARED_SINCE = re.compile(r"\b(?:was|is)\s+the\s+(?:deadliest|worst|bloodiest|biggest|largest)\b[^.;]{0,60}?\bsince\b",
                             re.I)
# attacks told together in several places: "Gunmen attacked churches ... in two cities of Dagestan"
_MULTI_SITE = re.compile(r"\b(?:in|across|at)\s+(?:two|three|four|five|several|multiple)\s+(?:[\w-]+\s+)?"
                         r"(?:cities|towns|villages|districts|provinces|regions|locations|places|sites|localities)\b|"
                         # "claimed responsibility for two night-time raids in Kenya's coastal Lamu County"
                         r"\b(?:two|three|four|five|several)\s+(?:[\w-]+\s+)?(?:raids|attacks|assaults|bombings|massacres)\s+in\b|"
                         # "staged a string of attacks across Balochistan overnight"
                         r"\b(?:a\s+(?:string|series|wave|spate|spree)\s+of|multiple|coordinated)\s+(?:[\w-]+\s+)?"
                         r"(?:raids|attacks|assaults|bombings)\s+across\b",
                         re.I)
# the dateline's town, told as "here": "A bomb exploded inside the gymnasium ... here on Sunday"
# the dateline's town told in the sentence: "here", "in the heart of this northwestern city"
_HERE = re.compile(r"\b(?:here|(?:in|of)\s+this\s+(?:[\w-]+\s+){0,2}?(?:city|town|capital))\b(?!\s+(?:is|are|was|were)\b)",
                   re.I)
# a digest's title line: "IRAQ - SIGNIFICANT INCIDENTS, THURSDAY 14 JUNE 2007", "Daily security report, 3 May 2024"
_DIGEST_TITLE = re.compile(r"\b(?:significant\s+incidents|security\s+(?:incidents|report|digest|brief|roundup|update|developments)|"
                           r"incident\s+(?:report|log|summary)|daily\s+(?:incidents|report|roundup|security))\b", re.I)
# a line that opens on a place in capitals and a dash: "BABIL - Car bomb in ...", "NORTH KIVU: Gunmen ..."
_CAPS_PLACE_ENTRY = re.compile(r"(?-i:[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,3})\s*(?:-|–|—|:)\s+\S")
# a death that no one caused: "died in a vehicle accident", "a non-combat incident", "drowned while crossing"
_ACCIDENT = re.compile(r"\b(?:(?:vehicle|road|traffic|car|truck|helicopter|plane|aircraft|training)\s+(?:accident|crash|mishap)|"
                       r"accidental(?:ly)?|non-?combat|natural\s+causes|drowned|heart\s+attack|stampede|"
                       # a disaster's dead: "the March 2025 earthquake, which killed more than 3,700 people"
                       r"earthquakes?|quakes?|floods?|flooding|landslides?|mudslides?|cyclones?|typhoons?|hurricanes?|"
                       r"tsunamis?|avalanches?|droughts?|epidemics?|cholera)\b", re.I)
# words of an attack that an accident's sentence would not use: "the crash was caused by a roadside bomb"
_HOSTILE = re.compile(r"\b(?:attack\w*|ambush\w*|bomb\w*|explosi\w+|IED|shot|shooting|gunm[ae]n|gunfire|fired|rocket|"
                      r"missile|mortar|grenade|militants?|insurgents?|rebels?|sabotage\w*|shot\s+down|downed)\b", re.I)


def _accidental(text: str) -> bool:
    """Whether a sentence tells a death that no one caused ("a soldier died in a vehicle accident")."""
    return bool(_ACCIDENT.search(text)) and not _HOSTILE.search(text)


# a town named before, by its kind: "a strike on the city", "in the same town"
_THE_CITY = re.compile(r"\b(?:on|in|at|of|into|near|across)\s+the\s+(?:same\s+)?(?:city|town)\b(?!\s+of\b|['’]s\b)", re.I)
_THE_ATTACK = re.compile(r"\bthe\s+(?:attack|ambush|bombing|blast|explosion|assault)\b", re.I)
# a dateline of places alone, in title case, before a long dash: "Bangkok/Yangon — ", "Goma – "
_PLAIN_DATELINE = re.compile(r"^(?P<place>[A-Z][a-z][\w'’.-]*(?:\s?/\s?[A-Z][a-z][\w'’.-]*){0,2})\s+(?:—|–|--)\s+(?=[A-Z])")
# a dateline with no town: "Tuesday, November 5, 2024 - Suspected militants shot dead a man ... late Monday"
_DATE_DATELINE = re.compile(
    r"^(?P<place>)(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\s*(?:\([^)]{1,40}\)\s*)?(?:—|–|--|-)\s+(?=[A-Z])")
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’. -]{2,40}?(?:\s?/\s?[A-Z][A-Z'’. -]{2,30}?)?)(?:,\s*(?P<extra>[A-Z][\w .'’-]{1,40}?))?"
    r"(?:,\s*(?:\d{1,2}\s+[A-Z][a-zA-Z]{2,8}\.?\s+\d{2,4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?))?"
    r"\s*(?:\([^)]{1,40}\)\s*)?(?:—|–|--|-|:)\s+"
)
CASUALTY_ONLY = re.compile(
    r"\b(?:attack(?:s|ed)?|bomb\w*|blast|explosion|ambush\w*|raid\w*|storm\w*|suicide|gunmen|abduct\w*|kidnap\w*|"
    r"grenade|rocket|IED|shell\w*|strike|clash\w*|hijack\w*|massacre|torched|set\s+fire|set\s+(?:\w+\s+){1,3}on\s+fire|"
    r"broke\s+into)\b",
    re.I,
)


# (a word between is an adverb, "to also hit", not a name: "a minibus linking Bandiagara to Bankass hit a mine")
_MODAL = re.compile(r"\b(?i:could|would|might|may|will|shall|can|should|to|must|not|never)\s+(?:(?![A-Z][a-z])\w+\s+)?$")


# a sentence about another event than the one just told: "No one was hurt in that incident" after a background one
_OTHER_EVENT = re.compile(r"\b(?:in\s+(?:that|the\s+(?:earlier|previous|other|first|second))\b|in\s+(?:19|20)\d\d|"
                          r"previous|earlier|last\s+(?:year|month|week))", re.I)


_JOIN = re.compile(r";\s+|,\s+(?:and|while|whereas)\s+(?!(?:then|later|also)\b)")


def _split_events(text: str, sents: list[Sentence], dayfirst: bool) -> list[Sentence]:
    """Two events told in one sentence, each with its own day, become two sentences:
    "A bomb killed three soldiers late on Sunday, and gunmen shot dead a headman on Monday"."""
    out: list[Sentence] = []
    for s in sents:
        cut = None
        for m in _JOIN.finditer(s.text):
            left, right = s.text[:m.start()], s.text[m.end():]
            if not (TRIGGER.search(left) and TRIGGER.search(right) and _realis(left) and _realis(right)):
                continue
            d_left = {d.text.lower() for d in find_dates(left, dayfirst=dayfirst)}
            d_right = [d for d in find_dates(right, dayfirst=dayfirst)
                       if not SPEECH_DATE.search(right[max(0, d.start - 40):d.start])]
            if d_left and d_right and not d_left & {d.text.lower() for d in d_right}:
                cut = m
                break
        if cut is None:
            out.append(s)
            continue
        a_end = s.start + cut.start()
        b_start = s.start + cut.end()
        out.append(Sentence(s.start, a_end, text[s.start:a_end]))
        out.append(Sentence(b_start, s.end, text[b_start:s.end]))
    return out


_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _only_reacts(text: str) -> bool:
    """Whether the sentence's only attack word is the one a reaction names ("condemned the attack")."""
    reaction, trig = _CONDEMNED.search(text), TRIGGER.search(text)
    # (but "condemns the attack carried out by ADF combatants against civilians in Komanda" tells it)
    return bool(reaction and trig and reaction.start() <= trig.start() < reaction.end()
                and not TRIGGER.search(text, reaction.end())
                and not re.match(r"\s+(?:carried\s+out|perpetrated|committed|by|against|on|in|at|that|which|who)\b",
                                 text[reaction.end():], re.I))


def _far_day(dates: list[DateMention], day: date | None, ref: date | None) -> bool:
    """The sentence dates itself only to days a week or more from the event's: "came in January, when it claimed
    a double suicide bombing in Baghdad" told after October's attack is that bombing, not a claim of it."""
    days = [v for v in (resolve(m, ref)[0] for m in dates) if v is not None]
    return bool(days) and day is not None and all(abs((v - day).days) >= 7 for v in days)


def _another_day(dates: list[DateMention], day: date | None, ref: date | None) -> bool:
    """The sentence dates itself to another day than the event's ("In July, a roadside bomb ..." after March)."""
    days = [v for v in (resolve(m, ref)[0] for m in dates) if v is not None]
    return bool(days) and day is not None and day not in days


def _main_figure(found: list[dict[str, Any]]) -> dict[str, Any]:
    """The headline figure of the last statistics sentence: the first it gives, not a comparison after it."""
    return next(rec for rec in found if rec["sid"] == found[-1]["sid"])


def _same_day_and_place(s: Sentence, dates: list[DateMention], places: list[PlaceMention], drafts: list[_Draft],
                        current: _Draft | None, ref: date | None) -> _Draft | None:
    """The event, other than the one just told, whose day and town this sentence names."""
    days = {v for v in (resolve(m, ref)[0] for m in dates) if v is not None}
    local = [p for p in places if not p.elsewhere and p.place.kind in {"city", "landmark", "admin2"}]
    if not days or not local or BACKGROUND.search(s.text):
        return None
    return next((dr for dr in drafts if dr is not current and dr.date in days and dr.place is not None
                 and any(_compatible(p, dr.place) for p in local)), None)


# a group said to have done "the attack" the report is about: "local activists of Jamaat-e-Islami had carried out
# the attack", "police blamed the ADF for Sunday's massacre"
# ("the attack", "Sunday's massacre": the event the report is about, by a word for it)
_AN_ATTACK_NAMED = (r"(?:the|this|that|[A-Z][a-z]+day['’]s|yesterday['’]s|last\s+\w+['’]s)\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:attack|bombing|blast|assault|ambush|killings?|massacre|raid|abduction|kidnapping|arson)\b")
_DID_THE_ATTACK = re.compile(
    r"[^.;]{0,40}?\b(?:had\s+|have\s+|has\s+)?(?:carried\s+out|(?:was|were)\s+behind|(?:was|were)\s+responsible\s+for|"
    r"staged|perpetrated|masterminded|executed)\s+" + _AN_ATTACK_NAMED)
_SUSPECT_THAT = re.compile(r"\b(?:line\s+of\s+(?:enquiry|inquiry)|(?:believe|believed|suspect|suspected|think|thought)\s+"
                           r"that)\b[^.;]*$", re.I)
_WAS_RESPONSIBLE = re.compile(r"\s+(?:was|were)\s+(?:responsible|behind\s+(?:it|this|the\s+\w+))\b")
_INTERCEPTED = re.compile(r"\b" + _INTERCEPT + r"\b", re.I)
# a report of a trial, and the defendants' group: "the three were members of al-Qaeda in the Islamic Maghreb"
_COURT_REPORT = re.compile(r"\b(?:sentenced|convicted|acquitted|found\s+guilty|verdict)\b", re.I)
_MEMBERS_OF = re.compile(r"\b(?:defendants|accused|men|three|two|four|five|convicts|they)\s+(?:were|are)\s+(?:all\s+)?"
                         r"(?:members|militants|fighters|operatives)\s+of\s+(?:the\s+)?$", re.I)
_ON_ORDERS_OF = re.compile(r"\b(?:carried\s+out|staged|committed|perpetrated)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:attack|bombing|shooting|"
                           r"massacre|killings?|assault)\s+(?:on\s+(?:the\s+)?(?:orders|instructions|behalf)\s+of|for)\s+(?:the\s+)?$", re.I)
_WHICH_CLAIMED = re.compile(r",?\s+which\s+(?:later\s+|also\s+|quickly\s+)?claimed\s+(?:responsibility|the\s+attack|it)\b", re.I)
_TOLD_ON = re.compile(r"\b(?:said|told|stated|reported|announced|replied|reply)\b[^.;]{0,60}$", re.I)
_WAS_ITS_TARGET = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:minister|governor|mayor|judge|senator|lawmaker|MP|president|"
                             r"commander|general|colonel|prosecutor|official|chief|ambassador|envoy)\s+(?:had\s+been|was)\s+"
                             r"(?:its|their|the)\s+(?:intended\s+|main\s+|real\s+|only\s+)?target\b", re.I)
_BLAMED_FOR_IT = re.compile(r"\bblam(?:ed|es|ing)\s+(?:the\s+)?$")
_FOR_THE_ATTACK = re.compile(r"[^.;]{0,40}?\bfor\s+" + _AN_ATTACK_NAMED)


def _blamed_further_down(text: str, sents: list[Sentence], actors_by_sent: list[list[ActorMention]],
                         incidents: list[Incident]) -> list[Incident]:
    """A report of one event that names who did it only paragraphs below ("The officer-in-charge said local activists
    of Jamaat-e-Islami had carried out the attack"): that group is the event's suspected doer."""
    lead = [k for k, inc in enumerate(incidents) if not inc.background]
    # (a court's report is of the attack tried, told first: "sentenced three men to death for the killing of four
    # French tourists near Aleg in December 2007 ... Prosecutors told the court that the three were members of AQIM")
    court = not lead and bool(incidents) and bool(_COURT_REPORT.search(text))
    lead = [0] if court else lead
    if len(lead) != 1 or incidents[lead[0]].perpetrator.name:
        return incidents
    found = [a for sid, s in enumerate(sents) for a in actors_by_sent[sid]
             if a.actor.type not in {"state", "ethnic"} and _as_doer(text, a)
             and ((court and _MEMBERS_OF.search(text[max(s.start, a.start - 60):a.start]) is not None)
                  # "he had carried out the attack on the orders of Islamic State"
                  or _ON_ORDERS_OF.search(text[max(s.start, a.start - 90):a.start]) is not None
                  or _DID_THE_ATTACK.match(text, a.end, s.end) or (
                 # "Our main line of enquiry at this time is that the New IRA was responsible"
                 _SUSPECT_THAT.search(text[max(s.start, a.start - 80):a.start])
                 and _WAS_RESPONSIBLE.match(text, a.end, s.end)) or (
                 _BLAMED_FOR_IT.search(text[max(s.start, a.start - 30):a.start]) and _FOR_THE_ATTACK.match(text, a.end, s.end))
                  # "the government held the Revolutionary Armed Forces of Colombia (FARC) responsible"
                  or (re.search(r"\bh(?:e|o)ld(?:s|ing)?\s+(?:the\s+)?$", text[max(s.start, a.start - 12):a.start]) is not None
                      and re.match(r"(?:\s*\([^)]{1,15}\))?\s+responsible\b", text[a.end:s.end]) is not None))]
    if len({a.actor.name for a in found}) != 1:
        return incidents
    inc, group = incidents[lead[0]], found[0]
    name = local_branch(group.actor.name, inc.location.country_code, inc.location.admin1, day=inc.date)
    out = list(incidents)
    # ("..., which claimed responsibility the day after the shooting": the group's own claim)
    claim = _WHICH_CLAIMED.match(text, group.end)
    evidence = [Evidence("perpetrator", group.start, group.end, group.text)]
    if claim is not None:
        evidence.append(Evidence("perpetrator.claimed", claim.start(), claim.end(), claim.group(0)))
    out[lead[0]] = replace(inc, perpetrator=Perpetrator(name, claim is not None), evidence=(*inc.evidence, *evidence))
    return out


def _aftermath(d: _Draft, drafts: list[_Draft], taken: set[int], n: int) -> list[int]:
    """The few sentences after an incident's own that no incident took, up to the next incident."""
    last = max(d.sids)
    nxt = min((dr.anchor for dr in drafts if dr.anchor > last), default=n)
    return [sid for sid in range(last + 1, min(nxt, last + 4)) if sid not in taken]


_CLAIM_FIGURE = re.compile(r"\b(?:claim(?:ed|ing|s)\s+(?:that\s+|to\s+have\s+(?:\w+\s+){0,2})|"
                           r"(?:claimed|claiming)\s+responsibility\b[^.;]{0,40}?\b(?:saying|said|adding)\s+(?:that\s+)?"
                           r"(?:it|they|its\s+\w+|their\s+\w+)\s+(?:had|has|have)\s+(?:\w+\s+){0,2})"
                           r"[\"“]?(?:[\w-]+\s+){0,2}$", re.I)
# a live blog's closing recap of what its entries told: "Here is a recap of the main events"
# (a "Summary of what we know so far" or "Key points" atop a blog holds its latest figures, so it is read)
_RECAP = re.compile(r"\b(?:recap|to\s+sum\s+up|round-?up\s+of\s+the\s+day)\b|"
                    # "21:05 - We are closing this live page. Summary: a bomb hidden on a minibus exploded ..."
                    r"\b(?:closing|ending|pausing|pause)\s+(?:this|our)\s+(?:live\s+)?(?:page|blog|coverage)\b|"
                    r"^\W*summary(?:\s+of\s+the\s+day)?\s*:", re.I)
# the forces' own operation: "Security forces killed five terrorists", "killed in an encounter with troops"
_FORCES_WORD = (r"(?:security\s+forces|(?:the\s+)?troops|soldiers|(?:the\s+)?army|(?:the\s+)?military|police|commandos|"
                r"jawans|(?:the\s+)?forces|(?:the\s+)?(?-i:[A-Z]{2,5})\b|(?:the\s+)?(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})\s+"
                r"(?:Guard|Force|Forces|Army|Battalion|Brigade|Regiment|Police|Division))")
_OPERATION = re.compile(
    rf"\b{_FORCES_WORD}\s+(?:\w+\s+){{0,2}}?(?:backed\s+by\s+(?:\w+\s+){{1,3}}?)?(?:killed|neutrali[sz]ed|eliminated|gunned\s+down|shot\s+dead)\s+(?:\w+\s+){{0,2}}?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|several|dozens)?\s*(?:[\w-]+\s+)?"
    r"(?:terrorists|militants|insurgents|fighters|rebels|Maoists|khwarij|khawarij|jihadists|bandits|cadres|members|suspects)|"
    rf"\b(?:encounter|gunfight|gun\s*battle|exchange\s+of\s+fire|firefight|clash(?:es)?|operation)\s+with\s+{_FORCES_WORD}|"
    rf"\b{_FORCES_WORD}\s+(?:clashed|fought|exchanged\s+fire)\s+with\b|"
    # "Tajik border troops intercepted a group of armed men": the forces went after them
    rf"\b{_FORCES_WORD}\s+(?:\w+\s+){{0,2}}?(?:intercepted|engaged|tracked\s+down|cornered)\b|"
    # "Pakistani troops raided a TTP hideout in Bannu, killing six militants"
    rf"\b{_FORCES_WORD}\s+(?:\w+\s+){{0,2}}?(?:raided|stormed|busted|attacked|struck|targeted)\s+(?:[\w'’-]+\s+){{0,4}}?"
    r"(?:hide-?outs?|dens?|safe\s*houses?|training\s+camps?|camps?|compounds?|strongholds?)\b|"
    r"\b(?:intelligence[\s-]based|counter-?terror(?:ism)?|security|military|joint|search|combing|clearance)\s+operations?\b",
    re.I)
_MILITANTS_ATTACKED = re.compile(
    r"\b(?:militants|terrorists|insurgents|fighters|gunmen|attackers|rebels|jihadists|Maoists|assailants|bandits|armed\s+men)\s+"
    r"(?:\w+\s+){0,3}?(?:attacked|stormed|ambushed|raided|opened\s+fire|overran|struck|targeted|burst\s+into|broke\s+into)\b|"
    r"\battack\s+on\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:checkpoint|check\s*-?post|post|base|camp|convoy|patrol|station|outpost)\b|"
    r"\b(?:ambush|ambushed|repelled|repulsed)\b", re.I)
# the country's own forces, by a word that names no country: "the federal military", "government forces"
_OWN_FORCES_WORD = (r"(?P<who>(?:federal\s+|government\s+|national\s+|country's\s+)?(?:military|army|armed\s+forces|"
                    r"air\s+force|government\s+forces|federal\s+forces))\b")
_BLAMED_FORCES = re.compile(r"\b(?:blam(?:ed|ing)|accus(?:ed|ing))\s+(?:the\s+)?" + _OWN_FORCES_WORD, re.I)
_MEMBER_TARGETED = re.compile(r"\b(?:eliminated|killed|struck|targeted|hit|target\s+was)[\"”]?\s+[\"“]?(?P<who>(?:an?\s+|the\s+)?"
                              r"(?:[\w'’-]+\s+){0,3}?(?:member|fighter|commander|operative|militant|terrorist)s?)\b",
                              re.I)
# "A military air strike hit a village", "junta jets bombed": the state's own weapons, in the country they struck
# "the camp had been hit by a drone operated by government forces", "a strike carried out by the army"
_BY_FORCES = re.compile(r"\b(?:operated|flown|launched|carried\s+out|fired|conducted)\s+by\s+(?:the\s+)?" + _OWN_FORCES_WORD,
                        re.I)
_FORCES_WEAPON = re.compile(r"\b(?P<who>(?:military(?:\s+council)?|army|junta|regime|government|air\s+force)(?:'s|’s)?)\s+"
                            r"(?-i:[A-Z][\w-]+\s+)?"  # "air force Kfir jets"
                            r"(?:(?:air|drone|aerial)\s*)?(?:strikes?|airstrikes?|jets?|jet\s+fighters?|fighter\s+jets?|warplanes?|aircraft|helicopters?|"
                            r"gunships?|drones?|bombardment|shelling)\b", re.I)
# "Government forces shelled residential streets of Sarmin": the state's forces, named by no country, did it
_GOVERNMENT_SHELLED = re.compile(r"\b(?P<who>(?:pro-)?(?:government|regime|junta)\s+(?:forces|troops|artillery|aircraft|jets))\s+"
                                 r"(?:\w+\s+)?(?:shelled|bombed|pounded|struck|shot|killed|opened\s+fire|fired\s+(?:on|at|into|rockets|"
                                 r"shells|mortars)|dropped)\b", re.I)
# "The military confirmed the air strike": the forces own it
_FORCES_OWNED = re.compile(r"\b(?P<who>military|army|junta|armed\s+forces|air\s+force|regime)\s+(?:\w+\s+)?(?:confirmed|"
                           r"acknowledged|admitted|defended|justified)\s+(?:carrying\s+out\s+|conducting\s+)?(?:the|an?|its)\s+"
                           r"(?:air\s*)?(?:strikes?|airstrikes?|air\s+raids?|bombing|bombardment)\b", re.I)
# a manned aircraft, which only a state flies (a drone may be anyone's): "a jet dropped bombs", "helicopters opened fire"
_MANNED_AIRCRAFT = re.compile(r"\b(?<!anti-)(?:jets?|warplanes?|aircraft|helicopters?|gunships?|bombers?|fighter\s+planes?|"
                              r"military\s+planes?)\b(?!\s+(?:was|were)\s+(?:shot|downed|brought))", re.I)
# the forces telling of a strike, and the militants it hit
_FORCES_TELL = re.compile(r"\b(?:army|military|armed\s+forces|air\s+force|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|"
                          r"general\s+staff)\s+(?:said|says|reported|announced|stated|claimed)\b", re.I)
_ON_MILITANTS = re.compile(r"\b(?:militant|terrorist|jihadist|insurgent|rebel|extremist)s?['’]?\s+(?:camp|hideout|hide-out|base|"
                           r"position|den|training\s+camp|logistics\s+base)s?\b|\b(?:killing|killed|neutrali[sz]ing|neutrali[sz]ed)\s+"
                           r"(?:[\w-]+\s+){0,3}(?:fighters|militants|terrorists|insurgents|jihadists)\b", re.I)
# a country's forces or aircraft, by its name or people: "Israeli jets", "Russian and Syrian forces", "Russia's military"
_FOREIGN_FORCES = re.compile(r"\b(?P<who>[A-Z][a-z]+)(?:'s|’s)?(?=(?:\s*(?:,|and|or)\s+[A-Z][a-z]+)*\s+(?:[\w-]+\s+)?"
                             r"(?:forces|military|army|troops|jets?|warplanes?|aircraft|air\s+force|planes?|helicopters?|"
                             r"gunships?|drones?|strikes?|airstrikes?)\b)")
_TOLL_LEAD = re.compile(r"\b(?:raised|revised|updated)\s+(?:the\s+|its\s+)?(?:death\s+)?toll\s+(?:from|of|in)\b", re.I)
# a lead that gives a toll risen since: "The number of soldiers killed in an attack ... has risen to 31", or one
# raised ("raised the death toll from an attack on its position ... to 24")
_RISEN_LEAD = re.compile(r"\b(?:(?:death\s+)?toll|number\s+of\s+(?:[\w-]+\s+){0,3}(?:killed|dead|deaths|victims))\b[^.;]{0,160}?"
                         r"\b(?:has|had)\s+(?:risen|climbed|increased|jumped|reached)\b|" + _TOLL_LEAD.pattern, re.I)
_STAFF = re.compile(r"(?:\w+\s+)?(?:workers?|employees?|staff(?:\s+members)?|technicians?|crew)", re.I)
_FACILITY_TARGETS = {"Utilities", "Telecommunication", "Transportation", "Airports & Aircraft", "Maritime",
                     "Educational Institution", "Journalists & Media", "NGO"}
_SAME_GROUP = re.compile(r"\b(?:blam(?:ed|ing)|accus(?:ed|ing)|attribut(?:ed|ing)\s+it\s+to|by)\s+the\s+same\s+(?:[\w-]+\s+)?"
                         r"(?:faction|group|militants|rebels|gang|organi[sz]ation|militia|front|insurgents|remnants|column|"
                         r"guerrillas|fighters|terrorists|cell)\b|"
                         # "Officials have also blamed the group for the bombing on Istiklal Avenue": the group just named
                         r"\b(?:blam(?:ed|ing)|accus(?:ed|ing))\s+the\s+(?:group|movement|organi[sz]ation|militants|rebels|"
                         r"insurgents|guerrillas)\s+(?:also\s+)?for\b", re.I)
# the next of events listed in one sentence: "..., and the June 7, 2017 assaults on Iran's parliament"
_LISTED_ON = re.compile(r"[\s,;]*(?:and|as\s+well\s+as)\s+(?:the|a|an|another)\b", re.I)
# the place of an event told before: "killed 18 soldiers at the same post"
_SAME_SPOT = re.compile(r"\b(?:at|in|on|near)\s+the\s+(?:very\s+)?same\s+(?:(?-i:[A-Z][\w'’-]+)\s+)?(?:post|camp|base|place|spot|"
                        r"location|site|village|town|checkpoint|checkpost|market|mosque|church|school|position|outpost|station|"
                        r"district|area)\b|"
                        # "a car bomb in the nearby Bir al-Abed district": a quarter near the place just told
                        r"\b(?:in|at)\s+the\s+nearby\s+(?-i:[A-Z])[\w'’-]*\s+(?:[\w'’-]+\s+){0,2}(?:district|area|neighbou?rhood|suburb|quarter)\b|"
                        # "The checkpoint stands a few kilometres from a compound where, on Dec. 12, a bomber ...": near it
                        r"^\W*the\s+(?:\w+\s+)?(?:checkpoint|checkpost|post|base|station|market|mosque|church|school|camp|bridge)\s+"
                        r"(?:stands|lies|is|sits)\s+(?:about\s+|some\s+|just\s+|only\s+)?(?:a\s+few|\w+|\d+)\s+"
                        r"(?:kilometres|kilometers|km|metres|meters|miles)\s+(?:away\s+)?from\b",
                        re.I)
# a site named by its name: "the Shah Cheragh shrine", "the Sahan Hotel", "the Kyadondo Rugby Club"
_NAMED_SITE = re.compile(r"\b(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,3}\s+(?:shrine|mosque|church|cathedral|temple|"
                         r"synagogue|hotel|market|stadium|university|hospital|club|mall)\b", re.I)
_THAT_EVENT = re.compile(r"\b(?:that|this|the\s+latest)\s+(?:attack|incident|bombing|blast|killing|shooting|raid|ambush)\b", re.I)
_THE_PLACE_EVENT = re.compile(r"\bthe\s+([A-Z][\w-]+)\s+(?:attack|bombing|blast|killing|shooting|raid|ambush|massacre)\b")
# the noun after "the" ("the Saravan attack", "opened fire on the station"); not the verb after a name ("the JMB were")
_THE_NOUN = re.compile(r"\bthe\s+(?:[A-Z][\w-]+\s+)?(?!(?:were|was|have|has|had|said|says|would|will|could|which|that|when|"
                       r"also|been|being|from|with|into|then|later|claimed|denied|blamed)\b)([a-z]{4,})\b")
_COMMON_NOUNS = {"attack", "attacks", "attackers", "assailants", "gunmen", "blast", "explosion", "bombing", "incident",
                 "victims", "police", "army", "group", "militants", "government", "province", "city", "town", "village",
                 "area", "country", "region", "night", "morning", "evening", "week", "scene", "dead", "wounded",
                 "injured", "killing", "shooting", "security", "authorities", "military", "same", "local", "official",
                 # the doers' common names: "Police blamed the Maoists, although the rebels have not commented"
                 "rebels", "insurgents", "jihadists", "fighters", "terrorists", "guerrillas", "bandits", "extremists"}
_ENUMERATOR = re.compile(r"\W*(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\W*", re.I)
_ATTACKERS = re.compile(r"\b(?:terrorists|militants|insurgents|jihadists|bandits|gunmen|assailants|attackers|"
                        r"fighters|rebels|insurgents)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


_STAMP = re.compile(r"(?:(?P<h>\d{1,2})[:.h](?P<m>\d{2})|(?P<h2>\d{1,2})\s*(?P<ap>am|pm))\b"
                    r"(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+[A-Z]{2,4})?\s*[-–—:|]\s+", re.I)

_STAMP_LINE = re.compile(r"(?:^|\n)[ \t]*(?:(?P<h>\d{1,2})[:.h](?P<m>\d{2})|(?P<h2>\d{1,2})\s*(?P<ap>am|pm))"
                         r"(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+[A-Z]{2,4})?[ \t]*\n[ \t]*$", re.I)


def _entry_stamp(text: str, s: Sentence) -> re.Match[str] | None:
    """The time stamp that opens a live blog's entry with this sentence: "18:20 - ..." or "18:05" on the line above."""
    return _STAMP.match(s.text) or _STAMP_LINE.search(text, max(0, s.start - 30), s.start)


def _chronological(text: str, sents: list[Sentence]) -> tuple[list[Sentence], bool]:
    """A live blog's entries ("18:20 - the toll has risen to 31 ... 07:40 - reports of an attack") in the
    order they happened: newest-first entries are read oldest first, so that the event is told before its
    updates. Also whether the text is a live blog."""
    blocks: list[list[Sentence]] = []
    minutes: list[int] = []
    head: list[Sentence] = []
    for s in sents:
        m = _entry_stamp(text, s)
        if m:
            h = int(m.group("h") or m.group("h2"))
            if (m.group("ap") or "").lower() == "pm" and h < 12:
                h += 12
            minutes.append(h * 60 + int(m.group("m") or 0))
            blocks.append([s])
        elif blocks:
            blocks[-1].append(s)
        else:
            head.append(s)
    if len(blocks) < 3:
        return sents, False
    # (a day's line between two entries starts another day: "Saturday 23 March" over 19:52 ... 07:30, then
    # "Friday 22 March" over 23:50 ... 20:15 is newest first still)
    new_day = [False] + [bool(_DAY_HEAD.search(text, a[-1].end, b[0].start)) for a, b in zip(blocks, blocks[1:], strict=False)]
    if any(a <= b and not turn for a, b, turn in zip(minutes, minutes[1:], new_day[1:], strict=False)):
        return sents, True
    return head + [s for block in reversed(blocks) for s in block], True


_HOSPITAL_NAMED = re.compile(r"(?:\s+(?:[A-Z][\w'’-]*|and|of|for)){0,6}\s+(?:Hospital|Medical\s+Cent(?:re|er)|Clinic)\b")


def _at_hospital(text: str, place: PlaceMention) -> bool:
    """Whether a town is named only as where the wounded are treated: "the hospital in Kaya", "Van Regional Hospital"."""
    return bool(_HOSPITAL_NAMED.match(text, place.end)
                or re.search(r"\b(?:hospitals?|clinic)\s+in\s+$", text[max(0, place.start - 20):place.start], re.I))


# a compared figure's period, the one just told a year back: "down from 77 a year earlier"
_YEAR_EARLIER = re.compile(r"\s+(?:(?:a|one)\s+year\s+(?:earlier|before|ago)|in\s+the\s+same\s+period\s+(?:of\s+)?last\s+year)\b")


def _year_before(day: date) -> date:
    return day.replace(year=day.year - 1) if not (day.month == 2 and day.day == 29) else date(day.year - 1, 2, 28)


def _one_day(dates: list[DateMention], ref: date | None) -> tuple[DateMention, date] | None:
    """The one day a sentence names, if it names exactly one."""
    days = [(m, r[0]) for m in dates if (r := resolve(m, ref))[0] is not None and r[1] == "day"]
    return days[0] if len({d for _, d in days}) == 1 else None


@lru_cache(maxsize=8192)
def _realis(text: str) -> bool:
    """An event verb that is not governed by a modal or an infinitive ("could hit", "to attack")."""
    return any(not _MODAL.search(text[max(0, m.start() - 25):m.start()]) for m in REALIS_VERB.finditer(text))


def _drop_multi_site_lead(drafts: list[_Draft], sents: list[Sentence]) -> list[_Draft]:
    """A lead that sums up attacks "in two cities", each then told on its own with its town and its toll, is no
    event of its own: the towns' events are, and an undated one takes the lead's day."""
    out = list(drafts)
    for lead in drafts:
        if lead.background or _MULTI_SITE.search(sents[lead.anchor].text) is None or (
                lead.place is not None and lead.place.place.kind in {"city", "landmark"}):
            continue
        parts = [dr for dr in drafts if dr is not lead and not dr.background and dr.anchor > lead.anchor
                 and dr.place is not None and dr.place.place.kind in {"city", "landmark"}
                 and (lead.place is None or _compatible(dr.place, lead.place))]
        if len(parts) < 2:
            continue
        for dr in parts:
            if dr.date is None and lead.date is not None:
                dr.date, dr.date_precision, dr.date_mention, dr.date_sid = (lead.date, lead.date_precision,
                                                                            lead.date_mention, lead.date_sid)
            if CLAIMED.search(sents[lead.anchor].text) and lead.anchor not in dr.sids:
                dr.sids.append(lead.anchor)  # "X has claimed responsibility for two raids": a claim of each
        out.remove(lead)
    return out


def _merge_echoes(drafts: list[_Draft], sents: list[Sentence], text: str) -> list[_Draft]:
    """An undated bullet point about an event that a dated entry of the same report tells in full, in the same
    place and by the same means ("- Bus passengers abducted on National Road 1 in the lower Artibonite"
    among a digest's key points), is that event, not another."""
    out = list(drafts)
    for dr in drafts:
        if dr.date is not None or dr.background or dr.place is None or not _BULLET_POINT.match(sents[dr.anchor].text):
            continue  # only a bullet point of a summary
        means = _means(" ".join(sents[k].text for k in dr.sids))
        same = [e for e in out if e is not dr and e.date is not None and not e.background and e.place is not None
                and e.anchor > dr.anchor  # a summary point above the entry that tells it
                and _compatible(dr.place, e.place) and means & _means(" ".join(sents[k].text for k in e.sids))]
        if len(same) == 1:
            same[0].sids[:] = sorted(set(same[0].sids) | set(dr.sids))
            out.remove(dr)
    for dr in [d for d in out if d.date is None and not d.background and _BULLET_POINT.match(sents[d.anchor].text)]:
        # a point of a digest's "HIGHLIGHTS" above its dated entries ("* NPA ambush on militia detachment in
        # Cotabato"): the summary of an entry below, whichever entry tells it, and no event of its own
        # (a point of two sentences is one point: "- The abduction ... is the third since September. We are raising
        # our kidnap risk rating ...")
        k = dr.anchor - 1
        while k >= 0 and (_BULLET_POINT.match(sents[k].text) or (
                k > 0 and "\n" not in text[sents[k - 1].end:sents[k].start] and _BULLET_POINT.match(text, _line_start(text, sents[k].start)))):
            k -= 1
        entries = [e for e in out if e.date is not None and not e.background and e.anchor > dr.anchor]
        # (the heading may be a label line of its own, left out of the sentences: "KEY POINTS")
        above = text[:_line_start(text, sents[k + 1].start)].rstrip().rsplit("\n", 1)[-1]
        if (_SUMMARY_HEADING.match(above) or (k >= 0 and _SUMMARY_HEADING.match(sents[k].text))) and len(entries) >= 2:
            out.remove(dr)
    for dr in [d for d in out if d.date is None and not d.background and not _BULLET_POINT.match(sents[d.anchor].text)]:
        # a paragraph under "THIS WEEK IN BRIEF" above the dated entries ("For the first time in a month, a
        # Carabineros officer was wounded by gunfire"): a summary of an entry below too
        entries = [e for e in out if e.date is not None and not e.background and e.anchor > dr.anchor]
        if len(entries) >= 2 and _under_summary_heading(text, sents[dr.anchor].start):
            out.remove(dr)
    return out


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _under_summary_heading(text: str, at: int) -> bool:
    """Whether the paragraph holding ``at`` sits under a summary's heading ("THIS WEEK IN BRIEF"), with no other
    heading between."""
    k = _line_start(text, at)
    for _ in range(8):
        if k <= 0:
            return False
        start = _line_start(text, k - 1)
        line = text[start:k - 1].strip()
        if line:
            if _SUMMARY_HEADING.match(line):
                return True
            if len(line.split()) <= 8 and not re.search(r"[.!?:;,\"”)]$", line):
                return False  # another heading
        k = start
    return False


_BULLET_POINT = re.compile(r"\s*[-•*–]\s")
_SUMMARY_HEADING = re.compile(r"\W*(?:highlights|key\s+points|main\s+points|summary|in\s+brief|at\s+a\s+glance|"
                              r"(?:this|the)\s+week\s+in\s+brief|week\s+in\s+brief|"
                              r"this\s+week(?:['’]s\s+(?:highlights|headlines))?|headlines)\W*$", re.I)


# (with its country, and a weekday: "TRIPOLI, Lebanon - Saturday, August 24, 2013")
_LINE_DATELINE = re.compile(rf"(?P<place>[A-Z][{UPPER}'’. -]{{2,40}}?)"
                            r"(?:,\s*(?P<extra>[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))?"
                            r"(?:,\s*|\s+(?:—|–|--|-)\s+)(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                            r"(?:\d{1,2}\s+[A-Z][a-zA-Z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\s*")
_WEEKLY_RITE = re.compile(r"\s+(?:prayers?|sermons?|services?|[Mm]ass)\b")
_LAST_WEEK = re.compile(r"\b(?:last|past|previous)\s+week\b", re.I)


def _merge_toll_lead(drafts: list[_Draft], sents: list[Sentence], settings: ExtractSettings,
                     datelines: list[tuple[int, int]] | None = None) -> list[_Draft]:
    """A lead that gives a risen toll ("The number of soldiers killed in an attack on a military base near Bol has
    risen to 31, the army said on Wednesday"), dated by its telling, is the attack told after it, days before."""
    if len(drafts) < 2:
        return drafts
    lead = drafts[0]
    # (or a claim that sums up what the body tells, dated by no more than its month: "ETA has claimed responsibility
    # for the car bomb that killed a Civil Guard officer at the barracks in Legutiano this month")
    claim_lead = lead.date_precision in {None, "month"} and CLAIMED.search(sents[lead.anchor].text) is not None
    # (or a lead that tells by its month what the body tells by its day, by the same means: "three members of a
    # newspaper team kidnapped on the Colombian border last month had been killed", then "were seized on March 26")
    # (its means read before any aside about the doers: "..., a faction of former FARC guerrillas that has brought
    # bombings and abductions to a corner of the country")
    lead_means = _means(re.split(r",\s+(?:a|an|which|who|whose)\s", sents[lead.anchor].text, maxsplit=1)[0])
    month_lead = lead.date_precision == "month" and bool(lead_means)
    claim_lead = claim_lead or month_lead

    def means_of(d: _Draft) -> set[str]:  # (people counted as taken are an abduction: "... were seized on March 26")
        # (not the event another is measured against: "The abduction came less than a week after a roadside bomb")
        told = " ".join(blank(_EARLIER_SUBJECT, sents[k].text) if _CAME_AFTER.match(sents[k].text)
                        or _EARLIER_SUBJECT.match(sents[k].text) else sents[k].text for k in d.sids)
        taken = any(c.kind == "kidnapped" and c.count.best for k in d.sids
                    for c in find_casualties(sents[k].text, 0, len(sents[k].text), settings))
        return _means(told) | ({"abduction"} if taken else set())
    if lead.background or not (_RISEN_LEAD.search(sents[lead.anchor].text) or claim_lead):
        return drafts
    # (a lead dated only by "last week" may fall a few days either side of the day the body gives)
    back = 0 if lead.date_precision == "day" and not (lead.date_mention and _LAST_WEEK.search(lead.date_mention.text)) else 7
    # (the lead placed only by its dateline, "PORT-AU-PRINCE, Oct 7 (AFP) - The number of people killed ... in
    # Pont-Sonde", is placed by the body)
    from_dateline = lead.place is not None and any(a <= lead.place.start < b for a, b in datelines or [])
    later = [d for d in drafts[1:] if not d.background and d.date is not None and (
        lead.date is None or -back <= (lead.date - d.date).days <= 7
        or (claim_lead and (lead.date.year, lead.date.month) == (d.date.year, d.date.month))) and (
        not month_lead or CLAIMED.search(sents[lead.anchor].text) is not None or bool(lead_means & means_of(d))) and (
        lead.place is None or d.place is None or from_dateline or _compatible(lead.place, d.place) or _compatible(d.place, lead.place))]
    if len(later) != 1:
        return drafts
    target = later[0]
    target.sids[:] = sorted(set(target.sids) | set(lead.sids))
    if target.place is None or (lead.place is not None and not from_dateline and _rank(lead.place) > _rank(target.place)
                                and _compatible(lead.place, target.place)):
        target.place = lead.place
    return drafts[1:]


def _merge_verdict_lead(drafts: list[_Draft], sents: list[Sentence]) -> list[_Draft]:
    """A court's lead that names the event by its year ("found ... guilty of conspiring to carry out the 1996 truck
    bombing of the Central Bank"), dated by the verdict, is the event the body tells on its day of that year by the
    same means, not an event of the verdict's day."""
    if len(drafts) < 2 or drafts[0].background:
        return drafts
    lead = drafts[0]
    text = sents[lead.anchor].text
    named = _YEAR_EVENT.search(text)
    if named is None or not _VERDICT.search(text):
        return drafts
    year, means = int(named.group("year")), _means(named.group(0))
    told = [d for d in drafts[1:] if d.date is not None and d.date.year == year
            and means & _means(" ".join(sents[k].text for k in d.sids))]
    if len(told) != 1:
        return drafts
    told[0].sids[:] = sorted(set(told[0].sids) | set(lead.sids))
    return drafts[1:]


_YEAR_EVENT = re.compile(r"\b(?:the|its|his|their)\s+(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?(?:bombing|attack|massacre|"
                         r"shooting|assault|ambush|hijacking|kidnapping|siege|assassination|killings?)\b", re.I)
_VERDICT = re.compile(r"\b(?:guilty|convicted|sentenced|acquitted|verdict|trial|jailed|court)\b", re.I)


# a toll given, not an event told: "put the death toll at 45", "the toll stood at 19"
_TOLL_PUT = re.compile(r"\b(?:put|puts|putting|placed|set)\s+the\s+(?:\w+\s+)?(?:death\s+)?toll\s+at\b|"
                       r"\btoll\s+(?:stood|stands|rose|has\s+risen|had\s+risen|climbed|reached)\s+(?:at|to)\b", re.I)


def _merge_restated(drafts: list[_Draft], sents: list[Sentence], settings: ExtractSettings) -> list[_Draft]:
    """An undated sentence that gives again the toll of an event told before it, in the same place ("Zamfara police
    spokesman Yazid Abubakar confirmed nine deaths and said more than 40 people had been abducted", after "bandits
    killed nine villagers and kidnapped more than 40 people in ... Zamfara state"), is that event, not another."""
    told_in: dict[int, set[tuple[str, int]]] = {}  # each sentence's whole counts, read once

    def sentence_counts(k: int) -> set[tuple[str, int]]:
        if k not in told_in:
            s = sents[k]
            told_in[k] = {(c.kind, c.count.best) for c in find_casualties(s.text, 0, len(s.text), settings)
                          if c.count.best is not None and c.count.best > 1 and not c.part}
        return told_in[k]

    def counts(dr: _Draft, only_anchor: bool) -> set[tuple[str, int]]:
        return set().union(*(sentence_counts(k) for k in ([dr.anchor] if only_anchor else dr.sids)))

    out = list(drafts)
    for dr in drafts:
        # (a toll given again on the day it was given: "The governor's office put the death toll at 45 on Monday
        # afternoon", after the blast of the night before)
        toll_talk = dr.date is not None and _TOLL_PUT.search(sents[dr.anchor].text) is not None
        if (dr.date is not None and not toll_talk) or dr.background or dr.place is None \
                or len(dr.sids) > (3 if toll_talk else 2):
            continue
        told = counts(dr, True)
        if not told:
            continue
        earlier = [e for e in out if e is not dr and e.anchor < dr.anchor and e.date is not None and not e.background
                   and e.place is not None and told <= counts(e, False)
                   # (the office that gave it may name only its province: "The Antioquia governor's office")
                   and (_compatible(dr.place, e.place) or (toll_talk and dr.place.place.country_code == e.place.place.country_code))
                   and (not toll_talk or 0 <= (dr.date - e.date).days <= 7)]  # type: ignore[operator]
        if len(earlier) == 1:
            earlier[0].sids[:] = sorted(set(earlier[0].sids) | set(dr.sids))
            out.remove(dr)
    return out


# a later count of the event's dead, in a sentence that tells no attack: "a statement ... put the toll at 42"
_TOLL_PUT = re.compile(r"\b(?:put|puts|putting|raised|revised)\s+(?:the|its|their)\s+(?:death\s+)?toll\s+(?:at|to)\b", re.I)
_WITHDRAWN = re.compile(r"\W*(?:withdrawn|retracted|removed|deleted)\s*:", re.I)
_N_DAYS_LATER = re.compile(rf"\W*(?P<n>{_FEW}|\d{{1,2}})\s+(?P<unit>days?|weeks?)\s+later\b", re.I)
_ON_THE_NTH = re.compile(r"\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b")
_FREED_AFTER = re.compile(r"\W*the\s+(?:abducted|kidnapped|captured|seized|missing)\s+(?:[\w-]+\s+){0,3}?(?:was|were|had\s+been|"
                          r"has\s+been|have\s+been)\s+(?:\w+\s+)?(?:freed|released|rescued|found)\b", re.I)
# (or told by its bearing from a city: "at the family home in Bærum, west of Oslo")
_TOLD_AS_TOWN = re.compile(r",\s+an?\s+(?:[\w-]+\s+)?(?:town|city|village|municipality)\b|"
                           r",\s+(?:(?:about|some)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west)"
                           r"(?:-?(?:east|west))?\s+of\s+[A-Z]")


def _other_names(a: PlaceMention, b: PlaceMention) -> bool:
    """Whether two places are told by other names, as written and as the gazetteer writes them."""
    return name_key(a.place.name) != name_key(b.place.name) and name_key(a.text) != name_key(b.text)


def _numbered_paragraph(text: str, at: int) -> bool:
    """Whether a sentence opens a numbered paragraph ("3. Because of its losses, ...")."""
    return re.search(r"(?:^|\n)[^\S\n]*\d{1,2}[.)][^\S\n]+$", text[max(0, at - 12):at]) is not None


def _means(text: str) -> set[str]:
    """How harm was done, coarsely: two sentences with different means tell different events."""
    from .taxonomy import AIRSTRIKE, ARSON, CLASH, EXPLOSIVE, KIDNAP, STRONG_FIREARM

    found = {name for name, pattern in (("explosive", EXPLOSIVE), ("firearm", STRONG_FIREARM), ("firearm", CLASH),
                                        ("arson", ARSON), ("abduction", KIDNAP), ("air", AIRSTRIKE)) if pattern.search(text)}
    return found


def _common_noun(mention: ActorMention) -> bool:
    """A group named by a common noun: in lower case, or by an alias the dictionary writes in lower case however
    the text capitalises it ("Separatist fighters" opening a sentence; not "Maoist rebels", a proper name)."""
    said = mention.text.lower()
    return mention.text.islower() or any(alias.islower() and alias == said for alias in mention.actor.aliases)


@lru_cache(maxsize=2048)
def _claim_talk(text: str) -> bool:
    """A sentence about who did it: a claim, a denial, a blame or a 'nobody has claimed'."""
    if CLAIMED.search(text) or NO_CLAIM.search(text) or DENIED.search(text) or _GROUP_SAID_IT_DID.search(text):
        return True
    actors = find_actors(text)
    return bool((SUSPECTED.search(text) and (actors or find_unlisted_groups(text)))
                or any(_SAID_IT_DID.match(text, a.end) for a in actors if a.actor.type != "state")
                # "The Israeli army said it had targeted a Hezbollah fighter": the forces own a strike
                or any(_AGENT_VERB.match(text, a.end) for a in actors if a.actor.type == "state"))


def _span(pattern: re.Pattern[str], text: str, base: int) -> tuple[int, int] | None:
    m = pattern.search(text)
    return (base + m.start(), base + m.end()) if m else None


def _join_entry_leads(drafts: list[_Draft], entry_leads: dict[int, int], places_by_sent: list[list[PlaceMention]]) -> None:
    """An event told in a timeline entry after the entry's first sentence, which named its month and place but no
    deed read as one ("Early September 2025 — A police squad exchanges fire with clan fighters near Kandep"), is
    told by that sentence too, and placed by it when it names no place of its own."""
    told = {sid for dr in drafts for sid in dr.sids}
    for dr in drafts:
        j = entry_leads.get(dr.anchor)
        if j is None or j in told:
            continue
        dr.sids[:] = sorted({*dr.sids, j})
        told.add(j)
        found = [p for p in places_by_sent[j] if p.place.kind != "country" and not p.elsewhere]
        if dr.place is None and found:
            dr.place = max(found, key=_rank)


def _rank(p: PlaceMention) -> int:
    return KIND_RANK[p.place.kind]


def _closer(found: PlaceMention, held: PlaceMention, text: str) -> bool:
    """A smaller town named later pins down an incident first placed only near a bigger one
    ("north of Baghdad", then "near Tarmiyah"); a town a road leads to does not ("the post on the road to X")."""
    if _HEADING.search(text[max(0, found.start - 30):found.start]):
        return False
    return (held.near and found.place.kind in {"city", "landmark"} and held.place.kind in {"city", "landmark"}
            and found.place.country_code == held.place.country_code and found.place.id != held.place.id
            and found.place.population < held.place.population
            and None not in (found.place.lat, found.place.lon, held.place.lat, held.place.lon)
            and haversine_km(found.place.lat, found.place.lon, held.place.lat, held.place.lon) <= 60)  # type: ignore[arg-type]


_HEADING = re.compile(r"\b(?:(?:road|highway|route|way|journey|drive)\s+(?:to|towards)|towards|heading\s+(?:to|for)|bound\s+for)\s+(?:the\s+)?$", re.I)


def _compatible(a: PlaceMention, b: PlaceMention) -> bool:
    pa, pb = a.place, b.place
    if pa.country_code != pb.country_code:
        return False
    if "country" in {pa.kind, pb.kind}:
        return True
    if "admin1" in {pa.kind, pb.kind}:
        return pa.admin1 == pb.admin1
    if "admin2" in {pa.kind, pb.kind}:
        return pa.admin2 == pb.admin2
    return (pa.city or pa.name) == (pb.city or pb.name)


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
