"""Words that mark an act as hypothetical, negated or still to come, shared by the factuality readers.

They hold both languages' core words: english.py imports them (through modality.py) and adds its own.
"""

from __future__ import annotations

import re

# the four factuality labels of an event (records.Modality), named once for the rules that set them
ASSERTED = "asserted"
NEGATED = "negated"
FUTURE = "future"
HYPOTHETICAL = "hypothetical"

SUBJUNCTIVE_II = {
    "würde", "würden", "würdest", "könnte", "könnten", "wäre", "wären", "hätte", "hätten", "müsste",
    "müssten", "dürfte", "dürften", "möchte", "möchten", "stünde", "stünden", "ginge", "käme", "kämen",
    "would", "could", "might",
    # the singular Konjunktiv II of strong and mixed verbs: unlike the plural ("sie zögen ab"), it never
    # stands in for the Konjunktiv I of reported speech, so it states a hypothesis ("… dass eine
    # Blockade Sanktionen nach sich zöge", "gäbe Moskau nach")
    "zöge", "gäbe", "bliebe", "träte", "ließe", "hielte", "fiele", "nähme", "sähe", "stände", "läge",
    "bräche", "brächte", "täte", "wüsste", "bräuchte", "träfe", "schlüge", "spräche", "höbe",
}  # fmt: skip
POSSIBILITY = {
    "möglich", "möglicherweise", "denkbar", "vorstellbar", "womöglich", "vielleicht", "eventuell", "gegebenenfalls",
    "notfalls", "theoretisch", "wahrscheinlich", "unwahrscheinlich", "vermutlich", "possibly", "perhaps", "maybe",
}  # fmt: skip
CONDITION_MARKS = {"wenn", "falls", "sofern", "ob", "if", "unless", "whether"}
# the one list of negating words: the particles negate their clause ("liefert nicht"), the determiners
# their noun ("keine Waffen"); rules that look for any negation near an act take both (`NEGATING_WORDS`)
NEGATIONS = {"nicht", "nie", "niemals", "keineswegs", "keinesfalls", "not", "never", "n't"}
NEGATIVE_DETERMINERS = {"kein", "keine", "keinen", "keinem", "keiner", "keines", "keinerlei", "no"}
NEGATING_WORDS = NEGATIONS | NEGATIVE_DETERMINERS
DENIAL_HEADS = re.compile(
    r"^(bestr[ie]t|bestreit|dement|leugne|abstreit|stritt|deny|denie|denied)", re.IGNORECASE
)
# refusing an act, or shunning one's own ("vermied eine direkte Kritik", "scheut den offenen Bruch")
REFUSAL_HEADS = re.compile(
    r"^(weiger|geweigert|verweiger|verzicht|ablehn|abgelehnt|vermeid|vermied|scheu|gescheut)",
    re.IGNORECASE,
)
# advocating an act asks for it as well: "warb für Gespräche", "plädierte für Sanktionen", "regte an, … zu"
ADVOCACY_STEMS = r"plädier|warb$|wirbt|werb|geworben|regte|regt$|anreg|angeregt"
ADVOCACY_HEADS = re.compile(rf"^({ADVOCACY_STEMS})", re.IGNORECASE)
DEMAND_HEADS = re.compile(
    r"^(forder|verlang|rief|ruf|appellier|bitte|bat|dräng|drängt|mahnt|call|urg|demand|ask|"
    r"aufgefordert|aufforder|aufzuforder|aufgerufen|aufzuruf|gebeten|gedrängt|gemahnt|ermahn|ersuch|"
    r"schlug|schlägt|vorgeschlagen|vorschlag|empfahl|empfiehlt|empfohlen|empfehl|riet$|rät$|suggest|propos|"
    rf"{ADVOCACY_STEMS})",
    re.IGNORECASE,
)  # a suggested action is no performed one ("schlug vor, dass sich die Allianz … wenden solle")
# doubting, also in the forms that drop the e ("bezweifle", "zweifle")
DOUBT_STEMS = r"bezweifel|bezweifl|zweifel|zweifl"
# permitting an act leaves it to be done: "erlaubte Polen, … weiterzugeben", "ermächtigte … zu"
PERMISSION_HEADS = re.compile(r"^(erlaub|gestatt|genehmig|ermächtig)", re.IGNORECASE)
# the perfect's participles as well: "hat damit gedroht, … anzugreifen" holds the attack out as much as
# "drohte, … anzugreifen"
THREAT_HEADS = re.compile(r"^(droh|gedroht|angedroht|anzudroh|threat)", re.IGNORECASE)
# believing that an act happens or will: "glaubt", "ist überzeugt", "meint", "annehmen", "nimmt … an". A
# belief about what another will do is a forecast, not an announcement (framing_clauses); what one does
# not believe ("Ich glaube nicht, dass …", "ist nicht überzeugt, dass …") has not happened (modality).
# "nimmt" believes only with its particle: "nimmt es nicht hin, dass …" denies nothing
BELIEF_HEADS = re.compile(r"^(glaub|geglaubt|überzeugt|meint$|meinen$|annehm)", re.IGNORECASE)
SPLIT_BELIEF_HEADS = {("nimm", "an"), ("nahm", "an")}
# "schließt … nicht aus": a measure not ruled out is a possibility, not a denial. RULED_OUT: the
# participle and infinitive alone, which say it in a short frame ("Es ist nicht auszuschließen, dass …")
RULING_OUT = re.compile(r"^(schließ|schloss|schlöss|ausschließ|ausgeschlossen|auszuschließen)", re.IGNORECASE)
RULED_OUT = {"auszuschließen", "ausgeschlossen"}
# the parser may make the particle the clause's verb ("schloss Sanktionen nicht aus": verb "aus")
RULING_OUT_PAIRS = {("schließ", "aus"), ("schloss", "aus"), ("schlöss", "aus")}
# the mark of a "that" clause, in today's spelling and the old one ("erwartet, daß …")
THAT_MARKS = {"dass", "daß"}
# the marks that open a content clause ("warnte, dass …", "Unklar ist, ob …")
CONTENT_MARKS = THAT_MARKS | {"ob"}
FUTURE_AUX = {"wird", "werden", "werde", "wirst", "will", "shall"}
PLANNING_WORDS = re.compile(
    r"^(plan(t|en|te|ten)|geplant|beabsichtig(t|en|te|ten)|vorhab|vorgesehen|angesetzt|anberaumt)$",
    re.IGNORECASE,
)
