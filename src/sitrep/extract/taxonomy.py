"""Event and target labels in the field's codebooks (ACLED event types, GTD attack and target types)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..clean.text import blank

ATTACK_TYPES = (
    "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
    "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
    "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown",
)
EVENT_TYPES = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}
TARGET_TYPES = (
    "Business", "Government (General)", "Police", "Military", "Abortion Related", "Airports & Aircraft",
    "Government (Diplomatic)", "Educational Institution", "Food or Water Supply", "Journalists & Media",
    "Maritime", "NGO", "Other", "Private Citizens & Property", "Religious Figures/Institutions",
    "Telecommunication", "Terrorists/Non-State Militia", "Tourists", "Transportation", "Unknown",
    "Utilities", "Violent Political Party",
)


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


SUICIDE = _p(r"\bsuicide\s+(?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|blast|car\s+bomb(?:ing)?|vest|"
             r"bomber|truck\s+bomb(?:ing)?|assault)|\bblew\s+(?:himself|herself|themselves)\s+up|"
             r"\bself-detonat\w*|"
             # "police believe he set off one of the devices himself", "detonated the bomb on himself"
             r"\b(?:set\s+off|detonated|triggered)\s+(?:one\s+of\s+)?(?:the|his|her|a)\s+(?:\w+\s+)?(?:devices?|bombs?|charges?|"
             r"explosives?)\s+(?:him|her)self\b|\b(?:set\s+off|detonated)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:device|bomb|charge)\s+on\s+"
             r"(?:him|her)self\b|\bdetonated\s+(?:his|her|their)\s+(?:own\s+)?(?:explosive\s+)?(?:vests?|belts?|explosives|charges?)|"
             # the bombers died in their own blast: "Both bombers died.", "The bomber also died in the explosion"
             r"\b(?:both|the\s+two|the)\s+bombers?\s+(?:also\s+|themselves\s+)?(?:died|perished|(?:was|were)\s+killed)\b|"
             r"\band\s+the\s+driver\s+(?:also\s+)?died\s+with\s+them\b|"  # (a truck bomb's driver)
             # "The driver, an LTTE cadre, detonated the load at the entrance": the driver of a vehicle bomb set it off
             r"\bthe\s+driver,?\s+(?:[^.;,]{1,40},\s+)?(?:then\s+)?(?:detonated|set\s+off|triggered|exploded)\s+(?:the|his|its)\s+"
             r"(?:load|cargo|explosives|vehicle|truck|lorry|car|bomb)\b|"
             # "a boat laden with explosives rammed the ship, killing a Bulgarian crew member and the bomber"
             r"\bkill(?:ing|ed)\s+[^.;]{0,60}?\band\s+the\s+(?:suicide\s+)?bombers?\b|"
             # "detonated explosive vests", "a man wearing a vest packed with explosives", "martyrdom-seekers"
             r"\bdetonated\s+(?:\w+\s+)?(?:explosive|suicide)\s+(?:vests?|belts?)|"
             r"\b(?:wearing|wore|strapped\s+with)\s+(?:an?\s+)?(?:explosives?|suicide|bomb)[\s-](?:vests?|belts?)|"
             r"\bvests?\s+(?:packed|laden|rigged|stuffed|lined)\s+with\s+explosives|"
             # worn, found or not: "Officers found an explosive belt under her clothing"
             r"\b(?:explosives?|suicide|bomb)[\s-](?:vests?|belts?)\s+(?:under|beneath|strapped\s+(?:to|around)|around\s+(?:his|her))\b|\bkamikaze\b(?!\s+drones?)|"
             r"\bmartyrdom[\s-](?:seekers?|operations?|attacks?|bombers?)|\bistishhad\w*|"
             r"\brammed\s+(?:an?\s+|his\s+|their\s+)?(?:explosives?|bomb)[\s-](?:laden|packed|filled|rigged)\s+(?:\w+\s+)?"
             r"(?:truck|car|vehicle|van|lorry|tanker)|"
             # "a lorry packed with explosives was driven into the main entrance"; "the driver ..., who was blown up
             # with his vehicle"
             r"\b(?:packed|laden|loaded|filled|rigged)\s+with\s+explosives\s+(?:was\s+|were\s+)?(?:driven|rammed|crashed)\s+"
             r"(?:into|through)|\bdriver\b[^.;]{0,40}\bblown\s+up\s+(?:with|in|along\s+with)\s+(?:his|her|the)\s+"
             r"(?:vehicle|lorry|truck|car)")
FOILED = _p(r"\b(?:defused|defuse[ds]?|defusing|foiled|thwarted|intercepted|disarmed|made\s+(?:it\s+|them\s+)?safe|rendered\s+(?:it\s+|them\s+)?safe|"
            r"controlled\s+(?:explosion|detonation)|(?:destroyed|detonated)\s+in\s+a\s+controlled\s+(?:manner|way)|"
            r"safely\s+(?:detonated|destroyed|removed|disrupted)|(?:detonated|destroyed)\s+(?:\w+\s+){0,3}by\s+(?:the\s+)?(?:\w+\s+){0,2}"
            r"(?:bomb\s+disposal|explosive\s+ordnance\s+disposal|EOD|sappers|bomb\s+squad)|"
            # (a device neutralised, not an assailant nor a target: "one of the assailants was neutralised" is a death,
            # "the number of targets 'neutralised' had risen to 47" an air campaign's tally)
            r"(?:bombs?|devices?|IEDs?|explosives?|mines?|shells?)\s+(?:\w+\s+){0,3}?(?:was|were|been)\s+neutrali[sz]ed|"
            r"neutrali[sz]ed\s+(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}?(?:bombs?|devices?|IEDs?|explosives?|mines?)|"
            r"bomb\s+disposal\s+(?:squad|team)\s+"
            r"(?:defused|neutrali[sz]ed|recovered)|recovered\s+(?:an?\s+)?(?:explosive|bomb|IED)|"
            r"(?:was|were)\s+(?:found|discovered)\s+and\s+(?:defused|neutrali[sz]ed))\b")
# ("seized the Jaffar Express passenger train", not arms or a lorry of goods that police seized)
HIJACK = _p(r"\bhijack(?:ed|ing|ers?)?\b|\bcommandeered\b|"
            r"\b(?<!police\s)(?<!troops\s)(?<!authorities\s)(?:seized|took\s+over|took\s+control\s+of)\s+(?:the\s+|a\s+|an\s+)?"
            r"(?:[\w'’-]+\s+){0,3}?(?:passenger\s+)?(?:train|airliner|passenger\s+(?:plane|ship|ferry)|ferry|cruise\s+ship)\b")
# (a siege of a building with people inside, not a city under siege: "the siege and shelling that the militia
# has imposed on the city")
BARRICADE = _p(r"\b(?:held|holding|took)\s+(?:\w+\s+){0,3}hostages?\b|"
               # "burst into the studios ... and held its staff at gunpoint"
               # (not "held the workers at gunpoint and set fire to six trucks": the trucks were the aim)
               r"\b(?:held|holding|kept|keeping)\s+(?:\w+\s+){1,4}at\s+gunpoint\b(?![^.;]{0,40}\b(?:set\s+fire|torched|burn))|"
               # "stormed the residence ... and were holding more than 400 guests"
               r"\b(?:were|was|are|is)\s+(?:still\s+)?holding\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|at\s+least\s+|hundreds\s+of\s+)?"
               r"(?:[\d,]+\s+|dozens\s+of\s+)?(?:\w+\s+)?(?:guests|people|passengers|worshippers|students|staff|employees|workers|"
               r"diplomats|customers|shoppers|civilians)\b|\bhostage(?:s|-taking)?\b.{0,40}\b(?:siege|standoff|barricad\w+)|\bbarricaded\b|"
               r"\b(?:hotel|building|school|mall|theat(?:re|er)|restaurant|church|hospital|compound|station)\s+siege\b|"
               r"\bsiege\s+(?:of|at|on)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}(?:hotel|building|school|mall|theat(?:re|er)|restaurant|"
               r"compound|church|hospital|office|station|university|college|base)\b|\bsiege\s+(?:ended|was\s+over|lasted|continued)\b|"
               r"\b(?:the|a)\s+(?:\d+|[\w-]+-hour|days?-long|hours?-long)\s+siege\b|"
               # "all hostages have been freed" after gunmen stormed a studio
               r"\ball\s+(?:the\s+)?hostages\s+(?:have\s+been|had\s+been|were)\s+(?:freed|released|rescued)\b")
KIDNAP = _p(r"\b(?:kidnap(?:ped|ping|pings|pers?)?|abduct(?:ed|ion|ions|ing|ors?)?|into\s+captivity|"
            r"(?:marched|taking|took|taken|led)\s+(?:[\w-]+\s+){0,4}?into\s+the\s+(?:bush|forest|jungle)|"
            # (not arms "taken from the post")
            r"(?:were|was|had\s+been|have\s+been)\s+(?:taken|seized|snatched)\s+from"
            r"(?!\s+(?:the|a|an|its|their)\s+(?:\w+\s+)?(?:post|base|barracks|armou?ry|depot|position|warehouse|stores?)\b)|"
            # "Six women ... were seized by gunmen" (arms "seized by police" are no people taken)
            r"(?:were|was|had\s+been|have\s+been)\s+(?:seized|snatched|grabbed)\s+by\s+(?:\w+\s+)?(?:gunmen|armed\s+men|"
            r"militants|jihadists|insurgents|bandits|attackers|assailants|kidnappers|abductors|rebels|fighters|terrorists)|"
            r"(?:were|was)\s+taken\s+by\s+(?:\w+\s+)?(?:gunmen|armed\s+men|"
            r"militants|jihadists|insurgents|bandits|attackers|assailants|kidnappers|abductors|rebels|fighters|terrorists)|seized\s+(?:\w+\s+){0,3}(?:passengers|villagers|students|workers|people|hostages|"
            r"chiefs|heads|elders|leaders|officials|women|children|men|girls|boys|farmers|traders|staff|members|employees|"
            r"aid\s+workers|engineers|contractors|teachers|doctors|nurses|journalists|tourists|foreigners|missionaries)\b|"
            r"taken\s+hostage|took\s+(?:\w+\s+){0,2}hostage|whisked\s+away|"
            # (not the dead taken by their own side: "many more were killed and carried away by their comrades")
            r"(?:carried|carrying)\s+(?:away|off)(?!\s+(?:by\s+)?(?:their|his|the)\s+(?:comrades|fellow|colleagues|relatives|families))|"
            r"(?:took|taken|led|whisked|carried)\s+(?:him|her|them)\s+(?:away|off)|"
            # "were stopped at a checkpoint on the road ... and taken away by armed men in plain clothes"
            r"(?:were|was)\s+stopped\s+[^.;]{0,100}?\band\s+taken\s+away\s+by\b|"
            r"(?:marched|marching|made|making|went|going)\s+(?:off|away)\s+with\s+(?:at\s+least\s+|about\s+|some\s+)?(?:\d+|[a-z]+)\s+(?:(?:[\w-]+\s+)?(?:pupils|students|"
            r"children|people|villagers|passengers|workers|girls|boys|worshippers|women))|"
            r"took\s+away\s+(?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|an|one|several|dozens))\b")
# a town taken and taken back: named by its name or as a town ("seized Mocímboa da Praia", "recaptured the town of X")
# (a name in title case, not a person's: "seized Mocímboa da Praia itself", "seized the town of Mopti")
_A_TOWN = (r"(?:the\s+(?:(?:strategic|key|northern|southern|eastern|western|coastal|port|border)\s+)*(?:town|city|port\s+town|"
           r"district\s+capital)\b|(?-i:[A-Z][a-zà-ÿ'’-]+)(?:\s+(?-i:(?:da|de|do|al|el|[A-Z][a-zà-ÿ'’-]+)))*\s+itself\b)")
OVERTAKEN = _p(r"\b(?:seized|overran|took\s+(?:full\s+)?control\s+of)\s+" + _A_TOWN)
RETAKEN = _p(r"\b(?:retook|retaken|recaptured|regained\s+(?:full\s+)?control\s+of|took\s+back|liberated)\s+(?:"
             + _A_TOWN + r"|(?-i:[A-Z][a-zà-ÿ'’-]+))")
GRENADE = _p(r"\bgrenades?\b")
# (a mortar round "rigged as an improvised explosive device" was planted, not fired)
SHELLING = _p(r"\b(?:rockets?|mortars?|shell(?:s|ing|ed)|artillery|missiles?|projectiles?)\b"
              r"(?!\s+(?:rounds?\s+|shells?\s+|bombs?\s+)?(?:rigged|fashioned|converted|used|turned)\s+(?:as|into)\b)")
AIRSTRIKE = _p(r"\b(?:air\s*strikes?|airstrikes?|drones?|quadcopters?|UAVs?|drone\s+(?:strikes?|attacks?)|aerial\s+(?:bombardment|attack)|warplanes?|fighter\s+jets?|jet\s+fighters?|helicopter\s+gunships?|"
               r"aircraft\s+(?:dropped|bombed|struck|strafed|attacked)|(?:military|army|junta|regime|government)\s+(?:aircraft|planes?|jets?)|"
               r"air\s+raids?|bombed\s+from\s+the\s+air|(?:guided|glide|aerial|barrel)\s+bombs?|"
               r"jets?\s+(?:struck|bombed|hit|attacked|pounded|strafed|fired)|"
               # a strike that hit something, in a war's reporting: "a strike hit a house", "a strike on the city"
               r"(?:a|an|the|another|second|first|one)\s+strikes?\s+(?:hit|struck|destroyed|slammed\s+into|killed|"
               r"targeted|on\s+(?:a|an|the)\s+(?!(?:\w+\s+)?(?:workers|employees|drivers|teachers|staff|union)\b)))\b")
EXPLOSIVE = _p(r"\b(?:bomb(?:s|ing|ings|ed|er|ers)?|blasts?|explosions?|explosives?|explode[ds]?|exploding|"
               # (not a mine dug for ore: "near the Porgera gold mine")
               r"IEDs?|improvised\s+explosive|landmines?|(?<!gold\s)(?<!coal\s)(?<!copper\s)(?<!diamond\s)(?<!tin\s)"
               r"(?<!open-pit\s)(?<!salt\s)mines?(?!\s+(?:workers|site|pit|shaft|owners?|company))|car\s+bomb|detonat\w+|went\s+off|dynamit\w*)\b")
# "opened fire", "opened indiscriminate fire"
_OPENED = r"opened\s+(?:indiscriminate\s+|heavy\s+|random\s+)?fire"
# "militants fired a few rounds at a CRPF road opening party"
FIRED_ROUNDS = (r"fired\s+(?:a\s+few\s+|several\s+|some\s+|multiple\s+|\w+\s+)?(?:rounds|shots|bullets|volleys|bursts)\s+"
                r"(?:at|on|towards|into)\b")
OPENED_FIRE = rf"(?:{_OPENED}|{FIRED_ROUNDS})"
FIREARM = _p(r"\b(?:gun(?:men|man|fire|fight|shots?|s)|shot(?:\s+dead)?|shooting|" + OPENED_FIRE + r"|fired\s+(?:at|on|upon)|"
             r"ambush(?:ed|es)?|firing|rifles?|AK-47s?|sprayed\s+\w+\s+with\s+bullets|raid(?:ed)?|stormed|"
             r"(?:heavily\s+)?armed\s+(?:men|assailants|attackers|militants|fighters|gunmen|group|cadres|bandits|rebels|"
             r"(?-i:(?!Forces\b)[A-Z][\w-]+s))|assailants|firefight|sharp(?:-edged)?\s+weapons|axes|daggers|spears|"
             r"exchange\s+of\s+fire|returned\s+fire|came\s+under\s+fire|stabb\w+|knives|knife|machetes?|pistols?|firearms|"
             r"automatic\s+weapons|small[\s-]+arms|"
             r"hacked\s+to\s+death|beheaded|attacked\s+(?:\w+\s+){0,2}(?:positions?|post|check\s*-?\s*post|checkpoint|base|camp|convoy|patrol|station)|"
             r"overr[au]n\s+(?:\w+\s+){0,2}(?:positions?|post|base|camp|barracks|outpost|town|village))\b")
STRONG_FIREARM = _p(r"\b(?:gun(?:men|man|fire|fight|shots?)|shot(?:\s+dead)?|shooting|" + OPENED_FIRE + r"|fired\s+(?:at|on|upon)|"
                    r"rifles?|AK-47s?|pistols?|firearms|bullets?|stabb\w+|knives|knife|machetes?|hacked|beheaded|"
                    r"exchange\s+of\s+fire|exchanged\s+fire|returned\s+fire|firefight|machine\s*-?guns?|overr[au]n|ambush(?:ed|es)?|heavily\s+armed|"
                    r"automatic\s+weapons|small[\s-]+arms)\b")
CLASH = _p(r"\b(?:clash(?:es|ed)?|gun\s*battle|firefight|exchange\s+of\s+fire|exchanged\s+fire|retaliatory\s+fire|fighting\s+between|"
           r"returned\s+fire|fought\s+back|repel(?:led)?\s+(?:the|an?)\b|(?:drove|beat|pushed)\s+back\s+(?:the|an?)\b|fought\s+off|(?:the\s+)?enemy\s+was\s+(?:repelled|repulsed)|(?:hours|minutes)\s+of\s+(?:fighting|combat)|battled|"
           r"(?:in\s+an?|during\s+an?|the)\s+encounter\s+with|gun\s*-?\s*fight|"
           r"repulsed|counter-?attack|engaged\s+in\s+(?:a\s+)?(?:fierce\s+)?(?:battle|fighting)|"
           # "heavy fighting broke out between army troops and the Karen National Liberation Army"
           # (not the war's start: "since fighting broke out between Fano and the federal army")
           r"(?:heavy|fierce|intense|renewed)\s+fighting|(?<!since\s)fighting\s+(?:broke\s+out|erupted|raged))\b")
# a facility wrecked: "destroyed a mast in Ijara town", "blew up a telecom tower"
SABOTAGE = (r"(?:destroyed|demolished|blew\s+up|brought\s+down|wrecked)\s+(?:a|an|the|two|three|several|their)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:masts?|towers?|pylons?|pipelines?|schools?|bridges?|antennas?|transmitters?|substations?|"
            r"power\s+lines?|railway|rail\s+line|clinic|health\s+cent(?:re|er))")
# firearms turned on equipment, with no person in the sights: "used firearms to damage equipment at two electrical
# substations", "gunfire struck transformers", "the substation near Carthage was struck by gunfire" (a facility attack)
_EQUIPMENT = (r"(?:transformers?|substations?|(?:electrical\s+)?equipment|pylons?|power\s+lines?|pipelines?|"
              r"(?:telecom\w*\s+|phone\s+|cell(?:ular)?\s+)?(?:masts?|towers?)|(?:fib(?:re|er)[\s-]optic\s+)?cables?)")
_SHOT_PROPERTY_TOLD = (r"(?:used\s+(?:firearms|guns|rifles)\s+to\s+(?:damage|disable|destroy)|"
                 r"(?:gunfire|bullets|shots|rounds)\s+(?:struck|hit|damaged|pierced|disabled)\s+(?:[\w-]+\s+){0,3}?" + _EQUIPMENT + r"|"
                 r"(?:fired|shot)\s+(?:on|at|into|up)\s+(?:[\w-]+\s+){0,3}?" + _EQUIPMENT + r"|"
                 + _EQUIPMENT + r"\b[^.;]{0,60}?\b(?:struck|hit|riddled|damaged|disabled)\s+(?:by|with)\s+(?:gunfire|bullets|shots))")
_SHOT_PROPERTY = _p(r"\b" + _SHOT_PROPERTY_TOLD + r"\b")
# the words that open such a telling, cheap to look for in every sentence (the trigger and the realis test use them)
# (all but the telling that opens on the equipment, which the last words stand for: "... was struck by gunfire")
SHOT_PROPERTY_CUE = (r"used\s+(?:firearms|guns|rifles)\s+to\s+(?:damage|disable|destroy)|"
                     r"(?:gunfire|bullets|shots|rounds)\s+(?:struck|hit|damaged|pierced|disabled)\s+(?:[\w-]+\s+){0,3}?" + _EQUIPMENT + r"|"
                     r"(?:fired|shot)\s+(?:on|at|into|up)\s+(?:[\w-]+\s+){0,3}?" + _EQUIPMENT + r"|"
                     r"(?:struck|hit|riddled|damaged|disabled)\s+(?:by|with)\s+(?:gunfire|bullets|shots)")
INCENDIARY = _p(r"\b(?:petrol|gasoline|fire|incendiary)[\s-]?bomb(?:s|ed|ing)?\b|\bmolotov\s+cocktails?\b")
ARSON = _p(r"\b(?:set\s+(?:\w+\s+){0,3}(?:ablaze|on\s+fire)|torched|set\s+fire|arson|burn(?:ed|t)\s+down|"
           r"fire-?bombs?|petrol\s+bombs?|molotov\s+cocktails?|incendiary|set\s+alight|burned|burnt|"
           r"sabotage[ds]?|vandali[sz]ed|" + SABOTAGE + r")\b")
UNARMED = _p(r"\b(?:beat(?:en|ing)?\s+(?:to\s+death|up)?|lynch(?:ed|ing)|poison(?:ed|ing)|acid\s+attack|stoned|"
             r"(?:bludgeoned|clubbed|strangled)(?:\s+to\s+death)?|"
             # a vehicle driven into people, as GTD codes it: "drove a pickup truck into a Muslim family", "rams his car
             # into two soldiers", "drives a rented van along the sidewalks"
             r"(?:drove|drives|driving|rammed|rams|ramming|ploughed|ploughs|plowed|plows|mowed|crashed)\s+"
             r"(?:(?:a|an|his|her|their|the)\s+)?(?:[\w-]+\s+){0,2}?(?:car|truck|lorry|van|vehicle|pickup|pick-up|SUV|bus|tractor)\s+"
             r"(?:into|through|along|at)|(?:car|truck|lorry|van|vehicle)[\s-]ramming)\b")
MOB = _p(r"\b(?:by\s+an?\s+(?:angry\s+|enraged\s+)?(?:mob|crowd)|mobs?\s+(?:of\s+\w+\s+)?(?:attacked|beat|lynched|killed|"
         r"stormed|set\s+fire|torched|burn(?:ed|t))|lynch(?:ed|ing)|mob\s+(?:violence|justice|attack)|"
         # "hundreds of men stormed the airport in Makhachkala", "angry residents set fire to homes"
         r"(?:hundreds|thousands|scores)\s+of\s+(?:angry\s+)?(?:men|people|protesters|rioters|residents|villagers|youths)\s+"
         r"(?:\w+\s+)?(?:stormed|attacked|beat|set\s+fire|torched|burn(?:ed|t)|ransacked|looted)|"
         r"angry\s+(?:residents|villagers|crowds?|youths|protesters)\s+(?:\w+\s+)?(?:stormed|attacked|set\s+fire|torched|"
         r"burn(?:ed|t)|ransacked|looted|beat))\b")
PROMINENT = _p(r"\b(?:councill?or|judge|magistrate|mayor|governor|senator|lawmaker|legislator|MP|MNA|MPA|"
               r"minister|politician|parliamentarian|tribal\s+elder|elder|cleric|imam|journalist|reporter|"
               r"commentator|broadcaster|presenter|columnist|editor|"
               r"member\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:parliament|assembly|council|senate|congress)|"
               r"headman|mukhtar|village\s+(?:chief|head|chairman)|chairman|chieftain|"
               r"(?:ward|village|village-tract|township|district|local|county|municipal)\s+administrators?|"

               r"commissioner|deputy\s+commissioner|district\s+chief|party\s+leader|leader\s+of|candidate|"
               r"prosecutor|official|activist|chief|prince|emir|head\s+of(?!\s+(?:cattle|livestock|sheep|goats|camels|animals))|deputy\s+head|administrator|"
               r"ombudsman|diplomat|ambassador|bishop|archbishop|cardinal|rabbi|mufti)\b")


@dataclass(frozen=True, slots=True)
class Typing:
    event_type: str
    sub_event_type: str
    attack_type: str
    suicide: bool
    foiled: bool
    cues: tuple[tuple[str, int, int], ...]  # (field, start, end) offsets into the text given


def _first(pattern: re.Pattern[str], text: str, base: int) -> tuple[int, int] | None:
    m = pattern.search(text)
    return (base + m.start(), base + m.end()) if m else None


# what attackers carried, not what they used: "Militants armed with rifles and hand grenades stormed a checkpost"
_GUN_WORDS = r"(?:rifles?|guns?|firearms|AK-?47s?|Kalashnikovs?|pistols?|machine\s*-?guns?|small\s+arms|automatic\s+weapons)"
_ARMED_WITH = re.compile(rf"\b(?:armed|equipped)\s+with\s+[^.;]{{0,80}}|\bcarrying\s+(?:[\w-]+\s+){{0,2}}?{_GUN_WORDS}\s+and\s+[^.;]{{0,60}}|\bwith\s+(?:[\w-]+\s+){{0,2}}?{_GUN_WORDS}\s+and\s+[^.;]{{0,40}}",
                         re.I)
_GUNS = re.compile(rf"\b{_GUN_WORDS}\b", re.I)


_ROCKET_PROPELLED = re.compile(r"rocket-propelled", re.I)  # a grenade's kind, no rocket fired
_CARRIED_BLAST = re.compile(r"\b(?:(?:hand\s+|rocket-propelled\s+)?grenades?|bombs?|explosives?|RPGs?|rockets?)\b", re.I)


# a means first reported and since denied: "Initial reports of a suicide bomber appear to be wrong"
_RETRACTED = _p(r"\b(?:initial|early|earlier|first)\s+reports?\s+of\s+[^.;]{0,50}?\b(?:appear|appeared|seem|seemed|proved|"
                r"turned\s+out|were|was|are|is)\s+(?:to\s+(?:be|have\s+been)\s+)?(?:wrong|false|incorrect|mistaken|unfounded|"
                r"inaccurate)\b")


def _carried(text: str) -> str:
    """The text with the explosives of an "armed with guns and grenades" list blanked (offsets kept): the guns
    still tell how they attacked."""
    def carried(m: re.Match[str]) -> str:
        said = m.group(0)
        return blank(_CARRIED_BLAST, said) if _GUNS.search(said) else said
    return blank(_RETRACTED, blank(_HABITS, _ARMED_WITH.sub(carried, text)))


# what a group is known for, not what it did this time: "has been accused of killings, kidnappings and rapes"
_HABITS = _p(r"\b(?:has|have|had)\s+been\s+(?:\w+\s+)?(?:accused|blamed)\s+(?:of|for)\s+[^.;]*|"
             r"\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:known|notorious|infamous|feared)\s+for\s+[^.;]*")


_DEVICE = _p(r"\bdevices?\b")
_KILLED_SELF = _p(r"\bkill(?:ing|ed)\s+(?:him|her)self\b")
_DETONATED = _p(r"\b(?:detonat\w+|explod\w+|blew)\b")
# people taken, told with no word of who took them: "Reporter X, photographer Y and their driver ... were seized"
PEOPLE_SEIZED = _p(r"\b(?:were|was)\s+seized\b")
# someone taken by armed men (not weapons seized by the police): "was seized ... by members of the EPP"
SEIZED_BY_THEM = _p(r"\b(?:was|were)\s+seized\b[^.;]{0,120}?\bby\s+(?:(?:members|fighters|militants)\s+of|gunmen|"
                    r"armed\s+men|militants|rebels|guerrillas|kidnappers|insurgents|fighters)\b")
_WENT_OFF = _p(r"\b(?:exploded|went\s+off|blew\s+up|detonated|tore\s+through|ripped\s+through)\b")
# "it was not yet clear how the men had been killed": the means are unknown, whoever is suspected
_MEANS_UNKNOWN = _p(r"\b(?:not\s+(?:yet\s+)?(?:clear|known)|unclear|unknown)\s+how\b|\bcause\s+of\s+(?:the\s+)?deaths?\b")
# the dead found, not an attack seen: "Five shepherds were found dead", "the bodies of three men were recovered"
_FOUND_DEAD = _p(r"\b(?:found|discovered)\s+dead\b|\bbod(?:y|ies)\s+(?:[\w'’-]+\s+){0,5}?(?:was|were|had\s+been|have\s+been)\s+"
                 r"(?:found|discovered|recovered|dumped)\b")
# the armed men who did it, when no weapon is named
ARMED_DOERS = _p(r"\b(?:gunm[ae]n|fighters|militants|insurgents|rebels|bandits|jihadists|attackers|assailants|"
                 r"armed\s+(?:men|individuals|group)|militiam[ae]n|terrorists)\b")


def _means_hijacked(sentences: list[tuple[int, str]], hijack: tuple[int, int]) -> bool:
    """Whether the vehicle hijacked only carried a bomb that another sentence tells going off ("The device, inside a
    vehicle parked outside the courthouse, exploded", then "the vehicle had been hijacked from a delivery driver"):
    the bombing is the attack, the hijacking its means."""
    told = next((t for base, t in sentences if base <= hijack[0] < base + len(t)), "")
    if EXPLOSIVE.search(told) or _WENT_OFF.search(told):
        return False
    return any(_WENT_OFF.search(t) and (EXPLOSIVE.search(t) or _DEVICE.search(t)) for _, t in sentences)


def classify(sentences: list[tuple[int, str]], targets_security: bool, named_victim: tuple[int, int] | None,
             harmed: bool = False, people_taken: bool = False) -> Typing:
    """Label an incident from its sentences, given whether its victims were security forces
    and where the text names a prominent victim (an official, a judge, a journalist...), whether anyone
    was killed or hurt, and whether people were counted as taken."""
    sentences = [(base, _carried(text)) for base, text in sentences]
    # a petrol bomb or a Molotov cocktail sets fire; it is no explosive ("hurled petrol bombs at a night coach")
    unfired = [(base, blank(INCENDIARY, text)) for base, text in sentences]

    def find(pattern: re.Pattern[str], within: list[tuple[int, str]] = sentences) -> tuple[int, int] | None:
        for base, text in within:
            hit = _first(pattern, text, base)
            if hit:
                return hit
        return None

    # (a bomb that killed its carrier, not a gunman who shot himself: "a man detonated explosives he was carrying on a
    # passenger bus, killing himself and wounding three passengers")
    suicide = find(SUICIDE) or next((hit for base, text in sentences if (hit := _first(_KILLED_SELF, text, base))
                                     and (EXPLOSIVE.search(text) or _DETONATED.search(text))), None)
    foiled = find(FOILED)
    if foiled and not FOILED.search(sentences[0][1]) and _WENT_OFF.search(sentences[0][1]):
        foiled = None  # "A bomb exploded at the market ...", then "a second device ... defused": the first went off
    hijack = find(HIJACK)
    kidnap = find(KIDNAP)
    if kidnap is None and people_taken:
        kidnap = find(PEOPLE_SEIZED)  # "Reporter X, photographer Y and their driver ... were seized on March 26"
    if kidnap is None:
        kidnap = find(SEIZED_BY_THEM)  # "Ortega was seized on 2 March 2021 at his ranch ... by members of the EPP"
    barricade = find(BARRICADE)
    grenade = find(GRENADE)
    air = find(AIRSTRIKE)
    shell = find(SHELLING)
    bomb = find(EXPLOSIVE, unfired) or (find(_DEVICE) if foiled else None)  # "found a second device ... and defused it"
    gun = find(FIREARM)
    clash = find(CLASH)
    arson = find(ARSON)
    unarmed = find(UNARMED)
    armed = find(ARMED_DOERS)
    explosive_cue = suicide or grenade or air or shell or bomb

    strong_gun = find(STRONG_FIREARM)
    anchor_explosive = any(p.search(unfired[0][1]) for p in (SUICIDE, GRENADE, AIRSTRIKE, SHELLING, EXPLOSIVE))
    # "attacked a checkpoint using rocket-propelled grenades and automatic weapons": explosives used with firearms in
    # one assault, which GTD codes as an armed assault (not a bomb, a suicide attack or an air strike)
    lead = blank(_ROCKET_PROPELLED, unfired[0][1])
    if GRENADE.search(lead) and STRONG_FIREARM.search(lead) and not any(
            p.search(lead) for p in (SUICIDE, AIRSTRIKE, EXPLOSIVE, SHELLING)):
        anchor_explosive = False
    # (fighters who overran an army base and set fire to its vehicles fought its soldiers: no arson alone)
    arson_only = bool(arson) and not strong_gun and not (explosive_cue and anchor_explosive) and not (
        armed and targets_security)
    # guns fired at a substation's transformers, no one harmed: the facility was the target
    shot_property = None if harmed or targets_security or named_victim or kidnap or explosive_cue else find(_SHOT_PROPERTY)
    if shot_property and not arson_only:
        arson, arson_only = shot_property, True

    # GTD attack type: the first that applies in the codebook's order
    attack: str
    attack_cue: tuple[int, int] | None
    if named_victim and (gun or explosive_cue or (unarmed and not find(MOB))) and not kidnap:
        attack, attack_cue = "Assassination", named_victim
    elif hijack and not _means_hijacked(sentences, hijack):
        attack, attack_cue = "Hijacking", hijack
    elif kidnap:
        attack, attack_cue = "Hostage Taking (Kidnapping)", kidnap
    elif barricade:
        attack, attack_cue = "Hostage Taking (Barricade Incident)", barricade
    elif arson_only:
        attack, attack_cue = "Facility/Infrastructure Attack", arson
    elif explosive_cue and (anchor_explosive or not gun or suicide):
        attack, attack_cue = "Bombing/Explosion", explosive_cue
    elif gun:
        attack, attack_cue = "Armed Assault", gun
    elif unarmed:
        attack, attack_cue = "Unarmed Assault", unarmed
    elif clash:
        attack, attack_cue = "Armed Assault", clash
    elif armed and not find(_MEANS_UNKNOWN):
        # "the same group of fighters also killed five people": armed men's attack, with no explosive named
        attack, attack_cue = "Armed Assault", armed
    elif find(_MEANS_UNKNOWN) or find(_FOUND_DEAD):
        attack, attack_cue = "Unknown", None
    else:
        # an attack told with no means at all ("militants attacked two army camps", "an attack on the army base that
        # killed 20 soldiers"): people attacking people, as coders read it; Unknown only where the text says the
        # means are not known
        attack, attack_cue = "Armed Assault", None

    # ACLED event and sub-event type: what happened, by the means used
    event_cue: tuple[int, int] | None
    if foiled and explosive_cue and not (gun and not bomb):
        event, sub, event_cue = "Strategic developments", "Disrupted weapons use", foiled
        attack = "Bombing/Explosion" if attack in {"Unknown", "Armed Assault"} else attack
    elif suicide or (explosive_cue and attack in {"Bombing/Explosion", "Assassination"} and (anchor_explosive or not gun)):
        (event, sub), event_cue = _explosive_sub(suicide, grenade, air, shell), explosive_cue
    elif attack in {"Hijacking", "Hostage Taking (Kidnapping)"}:
        event, sub, event_cue = "Violence against civilians", "Abduction/forced disappearance", attack_cue
    elif attack == "Facility/Infrastructure Attack" and harmed:
        # a fire set on a bus or a house that killed or burnt the people in it: an attack on them, as ACLED codes it
        event, sub, event_cue = ("Battles", "Armed clash", arson) if targets_security else (
            "Violence against civilians", "Attack", arson)
    elif attack == "Facility/Infrastructure Attack":
        event, sub, event_cue = "Strategic developments", "Looting/property destruction", arson
    elif (mob := find(MOB)) and not explosive_cue and not strong_gun:
        event, sub, event_cue = "Riots", "Mob violence", mob
        if attack == "Armed Assault" and not strong_gun:
            attack, attack_cue = "Unarmed Assault", mob  # a mob's beating or storming, with no firearm told
    elif (retaken := find(RETAKEN)) and not explosive_cue:
        # "Rwandan troops ... retook Mocímboa da Praia on 8 August 2021 with little resistance"
        event, sub, event_cue = "Battles", "Government regains territory", retaken
    elif (taken := find(OVERTAKEN)) and not explosive_cue:
        # "its fighters overran army positions and seized Mocímboa da Praia itself"
        event, sub, event_cue = "Battles", "Non-state actor overtakes territory", taken
    elif (gun or clash or (attack == "Armed Assault" and (armed or attack_cue is None))) and (clash or targets_security):
        # (fighters who stormed an army post fought its soldiers, though no gunfire is named)
        event, sub, event_cue = "Battles", "Armed clash", clash or gun or armed
    else:
        event, sub, event_cue = "Violence against civilians", "Attack", attack_cue

    cues: list[tuple[str, int, int]] = []
    if event_cue:
        cues.append(("event_type", *event_cue))
    if attack_cue:
        cues.append(("attack_type", *attack_cue))
    if suicide:
        cues.append(("suicide", *suicide))
    return Typing(event, sub, attack, bool(suicide), bool(foiled), tuple(cues))


def _explosive_sub(suicide: object, grenade: object, air: object, shell: object) -> tuple[str, str]:
    if suicide:
        return "Explosions/Remote violence", "Suicide bomb"
    if air:
        return "Explosions/Remote violence", "Air/drone strike"
    if grenade:
        return "Explosions/Remote violence", "Grenade"
    if shell:
        return "Explosions/Remote violence", "Shelling/artillery/missile attack"
    return "Explosions/Remote violence", "Remote explosive/landmine/IED"


# victims and places -> GTD target type, most specific first
_TARGET_RULES: list[tuple[re.Pattern[str], str]] = [
    (_p(r"\b(?:police(?:men|man|woman)?|constables?|cops?|officers?\s+of\s+the\s+police|police\s+(?:station|post|checkpoint|van|patrol)|levies|gendarmes?|"
        r"District\s+Reserve\s+Guard|DRG|CRPF|Central\s+Reserve\s+Police|Special\s+Task\s+Force|(?-i:STF)|General\s+Service\s+Unit|(?-i:GSU)|detectives?|(?-i:(?:Chief\s+|Sub-?)?Inspector)|CoBRA|Civil\s+Guard|"
        r"Guardia\s+Civil|carabinier[ei]|carabineros?|gendarmerie)\b"), "Police"),
    (_p(r"\b(?:aid\s+workers?|NGO|humanitarian|charity|relief\s+workers?|UN\s+(?:staff|workers)|aid\s+(?:agency|agencies|group|"
        r"organi[sz]ation|convoy|trucks?)|(?:food|humanitarian|relief)\s+aid|World\s+Food\s+Programme|WFP|UNHCR|UNICEF|"
        r"Red\s+Cross|Red\s+Crescent|ICRC|M[ée]decins\s+Sans\s+Fronti[èe]res|MSF|Save\s+the\s+Children|Oxfam)\b"), "NGO"),
    (_p(r"\b(?:soldiers?|troops?|jawans?|army|military|servicemen|recruits|conscripts?|cadets|paramilitar\w+|frontier\s+corps|rangers|security\s+(?:forces|personnel|officials|convoy|post|checkpoint)|checkpoint|check-?post|convoy|base(?!\s+of\s+(?:a|an|the)\b)|garrison|peacekeepers?)\b"), "Military"),
    (_p(r"\b(?:journalists?|reporters?|cameram[ae]n|media\s+workers?|press\s+club|newspaper|broadcasters?|"
        r"(?:television|TV|radio)\s+(?:channel|station|studios?|network|building)|"
        r"commentators?|radio\s+(?:host|presenter|station)|editor)\b"), "Journalists & Media"),
    (_p(r"\b(?:embassy|consulate|diplomats?|ambassador|envoy)\b"), "Government (Diplomatic)"),
    (_p(r"\b(?:mosques?|churches|church|cathedrals?|monaster(?:y|ies)|pagodas?|gurdwaras?|synagogues?|chapels?|"
        r"temples?|shrines?|imams?|clerics?|priests?|pastors?|worshippers|madrassas?|seminary|congregation|pilgrims|"
        r"(?:arch)?bishops?|cardinals?|rabbis?|muftis?|monks?|nuns?|missionar(?:y|ies)|"
        r"(?-i:Mass)|(?:church|worship|prayer|religious|Sunday|Friday)\s+services?)\b"
        r"(?!\s+(?:schools?|colleges?))"), "Religious Figures/Institutions"),  # (a monastery school is a school)
    (_p(r"\b(?:schools?|students?|pupils|teachers?|universit(?:y|ies)|college|schoolchildren)\b"), "Educational Institution"),
    # (not the aircraft that struck: "aircraft struck a concert", "anti-aircraft guns")
    (_p(r"\b(?:airports?|(?<!anti-)aircraft(?!\s+(?:then\s+|later\s+|also\s+)?(?:dropped|bombed|struck|strafed|attacked|"
        r"fired|opened|hit|targeted|pounded|carried))|airliner|plane(?!s?\s+(?:dropped|bombed|struck|strafed|fired))|"
        r"flights?)\b"), "Airports & Aircraft"),
    (_p(r"\b(?:(?:cargo|container|merchant|commercial|fishing)\s+(?:ships?|vessels?)|ships?|vessels?|bulk\s+carriers?|"
        r"freighters?|oil\s+tankers?|tanker\s+ships?|trawlers?)\b"), "Maritime"),
    # (people waiting at a bus stop are passers-by, not travellers: "civilians waiting at a bus stop")
    (_p(r"\b(?:railway|train|rail|bus(?:es)?(?!\s+stops?\b)|bus\s+(?:station|terminal|park)|passengers?|minibus(?:es)?|ferry|"
        r"commuters|tankers?|motor\s+park)\b"), "Transportation"),
    (_p(r"\b(?:telecom\w*|mobile\s+(?:phone\s+)?(?:towers?|masts?)|phone\s+masts?|masts?|transmitters?|"
        r"5G|cell(?:phone)?\s+towers?|communications?\s+towers?|fibre|fiber)\b"), "Telecommunication"),
    (_p(r"\b(?:pipelines?|power\s+(?:lines?|plant|station|pylons?|grid)|pylons?|electricity|substations?|"
        r"gas\s+(?:pipeline|field)|water\s+supply|oil\s+(?:storage\s+)?(?:wells?|facilit(?:y|ies)|installations?|refinery|depots?|terminals?|tanks?)|"
        r"refinery|refineries|fuel\s+depot)\b"), "Utilities"),
    (_p(r"\b(?:tourists?|holidaymakers|visitors|backpackers|foreign\s+(?:cyclists|hikers|trekkers|travell?ers|"
        r"sightseers|climbers))\b"), "Tourists"),
    (_p(r"\b(?:officials?|government\s+(?:office|building|employees?)|councill?ors?|lawmakers?|minister|governor|mayor|"
        # the state's lowest rung, as GTD types it: "the village headman of Moo 5", "a mukhtar", "the village chief"
        r"headm[ae]n|village\s+(?:chiefs?|heads?|chairm[ae]n|headm[ae]n)|mukhtars?|"
        r"(?:ward|village|village-tract|township|district|local|county|municipal)\s+administrators?|"
        r"politicians?|polling\s+station|election|candidates?|judges?|magistrates?|prosecutors?|"
        # (not the court that tries the attack: "A special terrorism court in Paris on Thursday sentenced a man")
        r"courts?(?![^.;]{0,50}?\b(?:sentenced|convicted|jailed|acquitted|ruled|heard|handed\s+down))|"
        r"MLAs?|MPs?|MNAs?|MPAs?|legislators?|senators?|parliamentarians?|"
        r"member\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:parliament|assembly|senate|congress)|"
        r"party(?:'s|’s)?\s+(?:[\w-]+\s+)?(?:office|headquarters)|passport\s+office|prison\s+(?:office|administration)|"
        # a political party's officers: "the local treasurer of the Workers' Party", "a ruling party activist"
        r"(?:treasurer|secretary|official|leader|chairm[ae]n|member|activist|organi[sz]er)s?\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?-i:Party)|"
        r"(?-i:Party)(?:'s|’s)?\s+(?:local\s+|district\s+|regional\s+)?(?:treasurer|secretary|officials?|leaders?|chairman|members?|"
        r"activists?|organi[sz]ers?)|"
        r"district\s+(?:office|headquarters|commissioner)|commissioner|"
        # the state's own buildings and convoys: "the provincial department of public works", "the headquarters of
        # Chechnya's government", "the regional office of the prison service", "Bhutto's motorcade"
        r"ministry|ministries|(?:provincial|regional|state|federal|municipal|district)\s+(?:department|directorate|office|"
        r"offices|headquarters|administration|council)|department\s+of\s+(?:public|education|health|finance|justice|"
        r"agriculture|water|roads|revenue|labou?r|interior)|government\s+(?:headquarters|compound|offices|buildings?|"
        r"complex|house|secretariat)|headquarters\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:government|administration|"
        r"authorit(?:y|ies))|governor(?:'s|’s)\s+(?:office|compound|residence|house|convoy|motorcade)|"
        r"(?-i:(?:town|city)\s+hall)|municipal\s+(?:building|office|headquarters)|council\s+(?:building|offices?|chamber|"
        r"headquarters)|administration\s+(?:office|building|compound)|prison\s+service|tax\s+office|"
        r"electoral\s+commission|motorcade|(?:presidential|ministerial|official)\s+convoy|"
        r"(?:presidential|royal|governor(?:'s|’s)?|prime\s+minister(?:'s|’s)?)\s+(?:palace|residence))\b"),
     "Government (General)"),
    # (traders at a market are the market's crowd: "blew himself up among traders at a fish market")
    (_p(r"\b(?:engineers?|workers?|employees?|contractors?|company|factory|business(?:es|man|men)?|shops?|hotel|(?<!West )bank|mine|"
        r"(?<!market\s)traders?(?![^.;]{0,40}\bmarket)|construction|"
        r"supermarkets?|stores?|petrol\s+station|gas\s+station|filling\s+station|restaurants?|caf[eé]s?|nightclub|mall|warehouse)\b"), "Business"),
    (_p(r"\b(?:militants?|insurgents?|rebels?|fighters?|combatants|commander\s+of)\b"), "Terrorists/Non-State Militia"),
    (_p(r"\b(?:civilians?|villagers?|people|residents?|farmers?|women|children|families|market|nationals?|shoppers|mourners|wedding|crowd|homes?|houses?|village|herders?|man|men|boys?|girls?|persons?|individuals|husband|wife|sons?|"
        r"daughters?|shepherds?|bystanders?|passers-?by|residential|apartments?|blocks?\s+of\s+flats|neighbou?rhoods?|"
        r"fishermen|displaced|refugees|villas?|motorists|pedestrians|worshipp?ers|celebration|party|parties|"
        r"funeral|gathering|family|families)\b"),
     "Private Citizens & Property"),
]


def target_places(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Every target type the words of ``text`` name, most specific first, with their spans."""
    return [(label, (m.start(), m.end())) for pattern, label in _TARGET_RULES for m in pattern.finditer(text)]


def target_type(victim_text: str, context_text: str) -> tuple[str, tuple[int, int] | None, bool]:
    """GTD target type from the victims' words, else the place's; returns (label, span, from_victims)."""
    for text, from_victims in ((victim_text, True), (context_text, False)):
        if not text:
            continue
        best = None
        for pattern, label in _TARGET_RULES:
            m = pattern.search(text)
            if m:
                best = (label, (m.start(), m.end()))
                break
        if best:
            return best[0], best[1], from_victims
    return "Unknown", None, False


CATEGORY_WORDS: list[tuple[re.Pattern[str], str]] = [
    # an army's word for the other side: "the bodies of three enemy personnel"
    (_p(r"\benemy\s+(?:personnel|fighters|elements|combatants|soldiers)\b"), "militants"),
    (_p(r"\b(?:soldiers?|troops?|jawans?|recruits|conscripts?|patrolm[ae]n|police(?:men|man)?|officers?|security\s+(?:personnel|forces|officials|officers|men)|"
        r"body-?guards?|escorts?|vigilantes?|militiam[ae]n|sappers?|gunners?|troopers?|paratroopers?|commandos?|"
        r"corporals?|lieutenants?|captains?|colonels?|carabineros?|"
        r"servicemen|paramilitar\w+|guards?|personnel|constables?|policemen|levies|rangers?|gendarmes?|peacekeepers?|"
        r"members?\s+of\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:security|armed)\s+forces|militiamen\s+of\s+the\s+government|army\s+(?:men|personnel)|"
        r"(?:army|military|police|naval|air\s+force)\s+(?:recruits|cadets|trainees)|recruits|cadets|sailors|airmen|"
        r"marines|commandos|VDPs?|volunteers\s+for\s+the\s+defen[cs]e|home\s+guards?|auxiliar(?:y|ies)|reservists|"
        r"public\s+security\s+(?:director|chief|secretary|commander|officers?))\b"),
     "security_forces"),
    (_p(r"\b(?:militants?|terrorists?|insurgents?|attackers?|assailants?|gunmen|bombers?|rebels?|fighters?|jihadists?|"
        r"(?:the\s+)?perpetrators?|suicide\s+bombers?|extremists?|bandits?|separatists?|guerrillas?|cadres?|"
        r"combatants?|jihadis|gunm[ae]n|kidnappers?|abductors?|khwarij|khawarij|kharijis?|naxal(?:ite)?s?|maoists?|"
        r"intruders?|infiltrators?|suspects)\b"),
     "militants"),
    (_p(r"\b(?:civilians?|passengers?|villagers?|worshippers|students?|children|women|nationals?|workers?|engineers?|"
        r"residents?|farmers?|shoppers|pupils|teachers?|journalists?|pilgrims|mourners|commuters|traders?|"
        r"bystanders?|passers?-?by|tourists?|labou?rers|herders?|fishermen|doctors?|nurses?|aid\s+workers?|"
        r"family\s+members|relatives|guests|contractors?|employees|staff|crew|drivers?|vendors|miners?|hunters?|"
        r"patients|devotees|congregants|villagers|locals|shepherds?|fishermen|merchants|shopkeepers|"
        r"schoolchildren|girls|boys|babies|infants|elders|clerics?|priests?|imams?|monks?|nuns?|"
        r"missionar(?:y|ies)|pastors?|catechists?|seminarians?|activists?|lawyers?|judges?|peasants?|campesinos?|"
        r"businessm[ae]n|politicians?|councill?ors?|mayors?|candidates?|rescuers?|paramedics?|medics?|firefighters?)\b"),
     "civilians"),
]


# unarmed community patrols are civilians, though "guard" names them
_CIVIL_GUARDS = _p(r"\b(?:indigenous|community|civil|neighbou?rhood|maroon|peasant)\s+guards?\b")


def victim_category(noun_phrase: str) -> str | None:
    if _CIVIL_GUARDS.search(noun_phrase):
        return "civilians"
    for pattern, cat in CATEGORY_WORDS:
        if pattern.search(noun_phrase):
            return cat
    return None
