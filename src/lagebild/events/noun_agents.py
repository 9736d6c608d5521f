"""Who performs an act named by a noun ("die Ausweisung", "Luftangriffe", "eine Untersuchung"): the
noun's own agent, or the subject of the verb that announces, carries out or denies the act."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import (
    BY_PREPOSITIONS,
    RELATIVE_PRONOUNS,
    agrees_with_relative,
    children,
    entity_at,
    first_conjunct,
    genitive_attributes,
    is_act_noun,
    passive_agents,
    preposition_of,
    subject_after_the_verb,
    subject_of,
    with_preposition,
)
from lagebild.events.codebook import DENIAL, EXTRADITION, FORCE_ROOTS, MEETING_ROOT, RESIGNATION
from lagebild.events.event_clauses import VERBAL_POS
from lagebild.events.lexicon import DECIDING_VERBS, LexiconEntry, VerbSet, german_lexicon
from lagebild.events.trigger_particles import light_verb_lemma
from lagebild.pipeline.word_classes import RELATIVE_CLAUSES, has_passive_auxiliary

# what a "von" phrase with a number counts on a measure or aid ("Zölle von 39 Prozent", "Hilfen von
# zwei Milliarden Euro"): a rate or a sum, not an agent
AMOUNT_NOUNS = {"prozent", "prozentpunkte", "prozentpunkten", "millionen", "milliarden", "euro", "dollar"}
# verbs whose subject performs the act named by their object ("gab die Ausweisung bekannt"), unlike
# verbs of demanding or judging ("forderte Zusagen", "bezeichnete die Ausweisung als …"); matched by
# surface form because the lemmatizer misses them ("bekanntgegeben" → "bekanntgegeben")
DECLARING_VERBS = DECIDING_VERBS | {
    "vorschlagen": "schlägt;schlug;vorgeschlagen", "vorlegen": "legt;legte;vorgelegt",
    "verabschieden": "verabschiedet;verabschiedete;verabschiedet", "planen": "plant;plante;geplant",
    "vorbereiten": "bereitet;bereitete;vorbereitet", "einleiten": "leitet;leitete;eingeleitet",
}  # fmt: skip
DECLARING = VerbSet(DECLARING_VERBS)
# verbs whose subject carries out the military act their object names ("Israel flog Luftangriffe auf
# …", "Russland startete einen Großangriff", "führte einen Raketenangriff aus")
FORCE_LIGHT_VERBS = VerbSet({
    "fliegen": "fliegt;flog;geflogen", "starten": "startet;startete;gestartet",
    "ausführen": "führt;führte;ausgeführt", "durchführen": "führt;führte;durchgeführt",
    "unternehmen": "unternimmt;unternahm;unternommen", "lancieren": "lanciert;lancierte;lanciert",
    "führen": "führt;führte;geführt", "beginnen": "beginnt;begann;begonnen",
    "eröffnen": "eröffnet;eröffnete;eröffnet", "entfesseln": "entfesselt;entfesselte;entfesselt",
    # "lieferten sich Gefechte mit der Miliz": both sides fight, the subject among them
    "liefern": "liefert;lieferte;geliefert",
})  # fmt: skip
# verbs whose subject goes on with the act their object names, so performs it ("Russland setzte seine
# Angriffe fort", "kündigte an, die Angriffe auszuweiten", "verschärfte die Blockade")
CONTINUING_VERBS = VerbSet({
    "fortsetzen": "setzt;setzte;fortgesetzt", "ausweiten": "weitet;weitete;ausgeweitet",
    "verstärken": "verstärkt;verstärkte;verstärkt", "intensivieren": "intensiviert;intensivierte;intensiviert",
    "verschärfen": "verschärft;verschärfte;verschärft", "ausdehnen": "dehnt;dehnte;ausgedehnt",
    "wiederaufnehmen": "nimmt;nahm;wiederaufgenommen",
    # prolonging or carrying on ("Abuja verlängerte die Blockade", "den Krieg fortzuführen"), and saying
    # again what one said before ("erneuerte den Vorwurf", "wiederholte seine Drohung")
    "verlängern": "verlängert;verlängerte;verlängert", "fortführen": "führt;führte;fortgeführt",
    "weiterführen": "führt;führte;weitergeführt", "erneuern": "erneuert;erneuerte;erneuert",
    "wiederholen": "wiederholt;wiederholte;wiederholt", "bekräftigen": "bekräftigt;bekräftigte;bekräftigt",
    "aufstocken": "stockt;stockte;aufgestockt",
})  # fmt: skip
# a verb by which its subject rules out an act of its own ("Einen Rücktritt schloss die Ministerin aus",
# "Eine Festnahme schloss die Justiz aus"): the subject is the act's source, and
# `ruled_out_acts.py` negates the act
RULING_OUT_VERBS = VerbSet({"ausschließen": "schließt;schloss;ausgeschlossen"})
# verbs of a relative clause on the act noun whose subject carried the act out ("die Hinrichtung, die
# Teheran vollstreckt hatte", "der Anschlag, den die Gruppe verübte"), besides the declaring ones
PERFORMING_VERBS = VerbSet({
    "verüben": "verübt;verübte;verübt", "vollstrecken": "vollstreckt;vollstreckte;vollstreckt",
    "befehlen": "befiehlt;befahl;befohlen", "begehen": "begeht;beging;begangen",
    "vornehmen": "nimmt;nahm;vorgenommen", "verhängen": "verhängt;verhängte;verhängt",
    "durchführen": "führt;führte;durchgeführt", "ausführen": "führt;führte;ausgeführt",
    "veranlassen": "veranlasst;veranlasste;veranlasst", "verantworten": "verantwortet;verantwortete;verantwortet",
    # decreeing or issuing is doing ("verfügte den Austritt", "erließ einen Haftbefehl", "sprach eine
    # Warnung aus")
    "verfügen": "verfügt;verfügte;verfügt", "erlassen": "erlässt;erließ;erlassen",
    "aussprechen": "spricht;sprach;ausgesprochen", "auferlegen": "erlegt;erlegte;auferlegt",
    # taking measures and carrying them out ("ergriff Gegenmaßnahmen", "setzt die Sanktionen um")
    "ergreifen": "ergreift;ergriff;ergriffen", "umsetzen": "setzt;setzte;umgesetzt",
    # approving is deciding ("billigte neue Sanktionen", "genehmigte die Lieferung")
    "billigen": "billigt;billigte;gebilligt", "genehmigen": "genehmigt;genehmigte;genehmigt",
    # promising an act is one's own ("sicherte Belgrad Investitionen zu")
    "zusichern": "sichert;sicherte;zugesichert",
})  # fmt: skip
# verbs by which the subject wants, seeks or goes along with an act it would perform itself ("Addis Abeba
# wolle keinen Krieg mit dem Nachbarn", "Einen Bruch mit Washington strebe N'Djamena nicht an",
# "kündigte an, weitere Strafmaßnahmen nicht mitzutragen"):
# the subject is the source; the act is not (yet) done, which modality reads off the clause
WANTING_VERBS = VerbSet({
    "wollen": "will;wollte;gewollt", "mittragen": "trägt;trug;mitgetragen",
    "anstreben": "strebt;strebte;angestrebt",
})  # fmt: skip
# verbs by which the subject shuns an act it could perform itself ("Einen offenen Bruch mit Kabul
# scheut Taschkent", "Kritik an Peking vermeidet Dhaka"): the subject is the source and the act is
# not done (`negation_scope.refused`). Not "riskieren": what one risks is as often the others' answer
# ("riskiert Gegenmaßnahmen", "ohne eine Festnahme zu riskieren").
AVOIDING_VERBS = VerbSet({"vermeiden": "vermeidet;vermied;vermieden", "scheuen": "scheut;scheute;gescheut"})
# who reports an act is not who did it ("die Angriffe, die Kiew meldete"), except courts, police and
# armed forces, which report their own verdicts, executions, arrests and strikes ("die Hinrichtung, die
# die Justiz meldete", "Die Armee meldete den Abschuss von zwölf Drohnen")
REPORTING_VERBS = VerbSet({"melden": "meldet;meldete;gemeldet"})
# verbs whose subject deliberates "über" an act it would perform ("Die EU-Außenminister beraten über
# ein Waffenembargo"): the act is hypothetical, its source the subject. "prüfen" and "erwägen" with the
# act as their object are coded as consideration (014) of their own.
DELIBERATING_VERBS = VerbSet({
    "beraten": "berät;beriet;beraten", "diskutieren": "diskutiert;diskutierte;diskutiert",
    "debattieren": "debattiert;debattierte;debattiert", "abstimmen": "stimmt;stimmte;abgestimmt",
    "entscheiden": "entscheidet;entschied;entschieden", "verhandeln": "verhandelt;verhandelte;verhandelt",
})  # fmt: skip
DELIBERATED = "über"
# verbs whose subject holds back an act it could perform: "verzichtete auf Kritik an Peking"
# is criticism not voiced (negated), the subject's all the same
RENOUNCING_VERBS = VerbSet({"verzichten": "verzichtet;verzichtete;verzichtet"})
RENOUNCED = "auf"
ARMED_FORCES = "MIL"
SELF_REPORTING_ROLES = ("JUD", "COP", ARMED_FORCES)
STRUCK = ("auf", "gegen")  # where an act of force goes ("Angriffe auf Charkiw")
# verbal acts (statements, appeals, praise, demands, criticism, rejections, threats) and the verbs by
# which they "come" from someone
SAID_ROOTS = {"01", "02", "05", "10", "11", "12", "13"}
COMING = {"kommen", "kam"}
# how the parse hangs the noun of what comes on "kommen": its inverted subject, often taken for the
# object, or for an adverb inside a text ("Glückwünsche kamen von Orbán", "Glückwünsche" ← advmod)
COMING_NOUN_LABELS = ("nsubj", "obj", "advmod")
TRUNCATED = "TRUNC"  # STTS: the first part of "Finanz- und Handelssanktionen"
PROPOSALS = {"vorschlag", "vorschläge", "plan", "pläne", "entwurf", "entwürfe"}


def noun_agents(noun: Token, entry: LexiconEntry) -> list[Token]:
    """Who performs a nominal event, most reliable first. "durch" names the agent; an act noun
    ("Ausweisung", "Schließung") takes its patient, not its agent, in the genitive or with "von", so
    its agent is an adjective or the subject of the verb announcing it ("Frankreich gab die Ausweisung
    von 35 Diplomaten bekannt") or of the light verb the lexicon row asks for ("Die Behörden leiteten
    eine Untersuchung ein"); other nouns ("Angriff Russlands") take their agent there."""
    by = [c for c in noun.children if preposition_of(c) in BY_PREPOSITIONS] + _agent_on_the_verb(noun)
    attributive = children(noun, "amod", "nmod:poss", "det:poss") + _glued_genitive(noun)
    # a rate ("von 39 Prozent") names no agent
    of = [c for c in noun.children if preposition_of(c) == "von" and not _amount(c)]
    of += genitive_attributes(noun)
    # a name right after the noun is its genitive, whatever the parse says ("der Krieg Russlands" as appos)
    of += [c for c in children(noun, "appos") if c.i == noun.i + 1 and c.pos_ == "PROPN"]
    governing = _performing_verb(noun, entry)
    light_verb = _performer_of(governing, noun) if governing is not None else []
    # the parser made the noun the clause's head, its verb a modifier ("Israel flog Luftangriffe auf
    # …", "flog" ← amod): the subject it gave the noun performs the act; not so under a copula
    if not children(noun, "cop"):
        light_verb += children(noun, "nsubj")
    # meetings: whoever "ihr Treffen" names met each other, which the meeting rules read
    light_verb += _possessor_subject(noun, entry) if not entry.code.startswith(MEETING_ROOT) else []
    if is_act_noun(noun):
        # "von" on the noun names the patient, but "kam von …" on the verb names who spoke
        performers = _relative_clause_performers(noun) + _origin(noun, entry)
        return by + attributive + light_verb + _agentive_genitive(noun, entry) + performers
    return by + of + attributive + light_verb + _origin(noun, entry)


def _amount(phrase: Token) -> bool:
    """ "Zölle von 39 Prozent auf Schweizer Waren": a side named inside the rate is the one hit."""
    return phrase.lower_ in AMOUNT_NOUNS and any(c.dep_ == "nummod" for c in phrase.children)


def _agent_on_the_verb(noun: Token) -> list[Token]:
    """A "durch" phrase after an act noun that the news parser hung on the active verb taking the noun
    as object ("verurteilte die Ausweisung der Diplomaten durch Moskau"): an active verb has no agent
    phrase of its own, so the phrase names who performed the noun's act."""
    verb = noun.head
    if noun.dep_ != "obj" or verb.pos_ not in VERBAL_POS or has_passive_auxiliary(verb):
        return []
    return [c for c in verb.children if c.i > noun.i and preposition_of(c) in BY_PREPOSITIONS]


def _glued_genitive(noun: Token) -> list[Token]:
    """A genitive name in front ("Trumps Sticheleien", "Sogavares Rücktritt") that the parse took for
    the head of a name the act noun ends ("Sticheleien" ← flat:name of "Trumps") or hung on the noun
    with no relation it knows ("Trumps" ← dep of "Sticheleien"), or as its attribute in a case the
    tagger missed ("Trumps" ← nmod, tagged nominative, in the news parse)."""
    name = noun.head
    glued = noun.dep_ in ("flat", "flat:name") and name.i == noun.i - 1
    if not glued:
        name = next((c for c in children(noun, "dep", "nmod") if c.i == noun.i - 1), noun)
        glued = name != noun
    return [name] if glued and name.lower_.endswith("s") and name.text[:1].isupper() else []


def _performer_of(verb: Token, noun: Token) -> list[Token]:
    """The subject of the verb that performs the act. A light or declaring verb takes the act noun as
    its object, so where the parse made a fronted act noun its subject, it swapped subject and object
    of an object-first clause ("Scharfe Kritik übte auch Polen", "Kritik" ← nsubj, "Polen" ← obj) or
    gave the verb a second subject after it ("Kritik übte Präsident Selenskyj")."""
    if noun.dep_ == "nsubj":
        # the real subject after the verb may also be read as a predicate ("übte daraufhin Namibias
        # Präsident …", xcomp); a second subject before the noun is the real one ("Trump hatte zuvor
        # Strafzölle angeordnet", both nsubj)
        after = [o for o in children(verb, "obj", "nsubj", "xcomp") if o.i > verb.i > noun.i]
        subject = subject_of(verb)
        before = [subject] if subject is not None and subject.i < noun.i else []
        return after or before or _subject_before_participle(verb, noun)
    if noun.dep_ == "nsubj:pass":
        # "Die Waffenruhe werde von beiden Seiten eingehalten": the passive's agent performs the act
        return passive_agents(verb)
    subject = subject_of(verb)
    if subject is not None:
        return [subject]
    # no subject found: the act noun fills the object slot, so a bare name between the verb and it is
    # the subject after the verb, whatever label it got ("Zugleich verhängten Kenia und Uganda
    # Sanktionen", Kenia ← obj)
    return [
        c
        for c in children(verb, "obj", "iobj")
        if verb.i < c.i < noun.i and c.pos_ == "PROPN" and preposition_of(c) is None
    ]


def _subject_before_participle(verb: Token, noun: Token) -> list[Token]:
    """ "Scharfe Kritik hatte zuvor Polen geübt", "Eine Protestnote hat Seoul nicht überreicht": in an
    object-first clause with an auxiliary the subject stands between the fronted act noun and the
    light verb at the end, whatever label the parse gave it (object, passive subject, or an
    apposition of the noun after the auxiliary it took for an adverb)."""
    auxiliaries = [t for t in verb.doc[noun.i + 1 : verb.i] if t.pos_ == "AUX"]
    if not auxiliaries:
        return []
    labelled = children(verb, "obj", "nsubj:pass", "iobj")
    appended = [c for c in children(noun, "appos") if c.i > auxiliaries[0].i]
    return [
        c
        for c in labelled + appended
        if auxiliaries[0].i < c.i < verb.i and c.pos_ == "PROPN" and preposition_of(c) is None
    ]


def _relative_clause_performers(noun: Token) -> list[Token]:
    """The actor of a relative clause on the act noun that carried it out: "die Hinrichtung des
    Staatsbürgers, die Teheran vollstreckt hatte". The parse hangs the clause on the nearest noun (the
    genitive) and often swaps pronoun and subject; the pronoun's gender tells which noun it refers to."""
    performers = []
    for clause in (t for t in noun.subtree if t.dep_ in RELATIVE_CLAUSES and t.i > noun.i):
        arguments = children(clause, "nsubj", "obj")
        pronouns = [a for a in arguments if a.pos_ == "PRON" and a.lower_ in RELATIVE_PRONOUNS]
        if not pronouns or not agrees_with_relative(pronouns[0], noun):
            continue
        for actor in (a for a in arguments if a not in pronouns):
            if (
                clause in DECLARING
                or clause in PERFORMING_VERBS
                or (clause in REPORTING_VERBS and _reports_own_acts(actor, noun))
            ):
                performers.append(actor)
    return performers


def _reports_own_acts(phrase: Token | None, noun: Token) -> bool:
    """A court, police force or army reports its own acts, but not strikes on its own country, which are
    the enemy's ("Das ukrainische Militär meldete Angriffe auf Charkiw")."""
    entity = entity_at(phrase) if phrase is not None else None
    actor = entity._.actor if entity is not None else None
    if actor is None or not actor.actor_code.endswith(SELF_REPORTING_ROLES):
        return False
    if not actor.actor_code.endswith(ARMED_FORCES) or not actor.country:
        return True
    return not any(_state_of(c) == actor.country for c in noun.children if preposition_of(c) in STRUCK)


def _state_of(phrase: Token) -> str | None:
    """The state of the actor or place a phrase names."""
    entity = entity_at(phrase)
    if entity is None:
        return None
    if entity._.actor is not None:
        return entity._.actor.country
    return entity._.place.country if entity._.place is not None else None


def _origin(noun: Token, entry: LexiconEntry) -> list[Token]:
    """Where words come from is who says them: "Kritik aus Moskau", "Aus Moskau kam scharfe Kritik",
    "Lob kam von der EU" (the parser often takes the inverted subject of "kam" for its object)."""
    if entry.code[:2] not in SAID_ROOTS:
        return []
    phrases = [c for c in noun.children if preposition_of(c) == "aus"]
    verb = noun.head
    if noun.dep_ in COMING_NOUN_LABELS and verb.lemma_.lower() in COMING:
        phrases += [c for c in verb.children if preposition_of(c) in ("aus", "von", "vom")]
    return phrases


def _performing_verb(noun: Token, entry: LexiconEntry) -> Token | None:
    """The verb whose subject performs the act the noun names: a declaring verb or the row's light verb
    with the noun as object (or as the subject a misparsed object-first clause gave it), also through
    a proposal ("legte Vorschläge für ein Sanktionspaket vor"); a verb of denial, whose subject denies its own act ("bestritt jegliche Angriffsabsichten"). A
    declaring verb is known by its form, whatever tag the tagger gave it ("dass Moskau einen Angriff
    plane", "plane" as ADJ)."""
    if noun.dep_ == "nmod" and preposition_of(noun) == "für" and noun.head.lemma_.lower() in PROPOSALS:
        noun = noun.head
    noun = first_conjunct(noun)
    verb = noun.head
    if verb in RENOUNCING_VERBS and preposition_of(noun) == RENOUNCED:
        return verb
    if verb in DELIBERATING_VERBS and preposition_of(noun) == DELIBERATED:
        # weighed together with partners ("will mit ihren Amtskollegen über Sanktionen beraten"), the
        # act may be all of theirs: no source to tell
        return None if with_preposition(verb, "mit") else verb
    roles = ("obj", "nsubj:pass", "nsubj")  # nsubj: a fronted object the parse took for the subject
    # "Finanz- und Handelssanktionen": the truncated first part takes whatever label the parse gives
    role = "obj" if noun.tag_ == TRUNCATED else noun.dep_
    if role not in roles or verb.pos_ not in VERBAL_POS and verb not in DECLARING:
        return None
    light = verb.lemma_.lower() in entry.objects or light_verb_lemma(verb) in entry.objects
    # "verhängten Finanz- und Handelssanktionen", "halten ihr Einreiseverbot aufrecht"
    performing = verb in PERFORMING_VERBS or _keeps_up(verb)
    if verb in DECLARING or verb in CONTINUING_VERBS or light or performing or _sets_on_its_way(verb):
        return verb
    if verb in RULING_OUT_VERBS or verb in WANTING_VERBS or verb in AVOIDING_VERBS:
        return verb
    if entry.code[:2] in FORCE_ROOTS and verb in FORCE_LIGHT_VERBS:
        return verb
    if verb in REPORTING_VERBS and _reports_own_acts(subject_of(verb), noun):
        return verb
    return verb if _denies(verb) else None


def _denies(verb: Token) -> bool:
    """A plain verb of denial ("bestreiten", "dementieren"), not one that needs its object ("wies die
    Vorwürfe zurück")."""
    entries = german_lexicon().verbs_by_form.get(verb.lower_, ())
    return any(e.code == DENIAL and not e.objects for e in entries)


# idioms of initiating or promising an act, by verb and the noun of their phrase: "bringt Sanktionen auf
# den Weg", "setzte die Strafzölle in Kraft", "stellte eine Waffenruhe in Aussicht"
INITIATING_IDIOMS = {"bringen": "weg", "setzen": "kraft", "stellen": "aussicht"}


def _sets_on_its_way(verb: Token) -> bool:
    """ "bringt Sanktionen auf den Weg", "setzt Sanktionen in Kraft": an idiom for initiating the act."""
    noun = INITIATING_IDIOMS.get(verb.lemma_.lower())
    return noun is not None and any(c.lower_ == noun for c in verb.children)


# third-person possessives: in news German they refer back to the subject of their clause
POSSESSIVES = ("sein", "ihr")
# a verb of saying by which one may declare an act of one's own ("erklärte seinen Rücktritt", "hat ihren
# Austritt aus der Ecowas erklärt"), unlike the verbs that judge someone else's
PROCLAIMING_VERBS = VerbSet({"erklären": "erklärt;erklärte;erklärt"})
JUDGED_AS = "für"
OCCASIONS = ("nach", "bei", "beim", "während")
MEANS = ("mit", "durch")
# a main clause, also reported without "dass" ("Israel verstoße bei seinem Einsatz gegen …, sagten
# sie"): not a relative clause, whose subject is often the pronoun of someone else
MAIN_CLAUSES = ("ROOT", "ccomp", "parataxis", "advcl")


def _possessor_subject(noun: Token, entry: LexiconEntry) -> list[Token]:
    """ "Die drei Staaten halten ihr Einreiseverbot aufrecht", "Nach ihrer Inspektion hat die IAEA
    …", "Mit ihrer Blockade hat die Türkei …": a possessive on the act noun names the subject of the
    verb it hangs on, when the two agree. Not under a verb of saying or judging, whose object is often
    someone else's act ("verurteilte ihren Angriff"), except a resignation its subject proclaims
    ("Oli erklärte seinen Rücktritt"): no one declares another's. Every act so declared ("erklärte
    seinen Austritt aus der Ecowas" in passing) cost wrong events on tuning and a matched one on the gate."""
    owners = [c for c in children(noun, "det:poss") if c.lower_.startswith(POSSESSIVES)]
    verb = noun.head
    # a prepositional phrase in the middle field the parse hung on the object after it ("warf den USA
    # vor, mit ihrem Embargo die Krise zu verschärfen", "Embargo" ← nmod of "Krise")
    if noun.dep_ == "nmod" and verb.i > noun.i and verb.dep_ in ("obj", "obl"):
        verb = verb.head
    if not owners or verb.pos_ not in VERBAL_POS:
        return []
    # the object, the occasion of a main clause ("Nach ihrer Inspektion hat die IAEA …"; not of a
    # relative clause: "…, die sie bei ihrem Überfall verschleppt hatte"), or one's own act as the
    # means of one's doing ("Tebboune habe mit seiner Ausweisung einen Weg gewählt"); not a setting
    # ("in seinem Krieg"), which may be anyone's
    occasion = preposition_of(noun) in OCCASIONS and verb.dep_ in MAIN_CLAUSES
    means = preposition_of(noun) in MEANS
    judged = (
        takes_others_acts(verb) if entry.code == RESIGNATION else _judges_acts(verb) and not _keeps_up(verb)
    )
    if not (occasion or means) and (noun.dep_ != "obj" or judged):
        return []
    subject = subject_of(verb) or (subject_after_the_verb(verb) if occasion or means else None)
    if subject is None or subject.i == noun.i or not _agrees(owners[0], subject):
        return []
    return [subject]


def takes_others_acts(verb: Token) -> bool:
    """A verb that judges or demands acts, so that a possessive on its object names someone other than
    its subject ("verurteilte ihren Angriff", "forderte seinen Rücktritt"); not one that keeps up or
    proclaims an act, which may be the subject's own ("erklärte seinen Rücktritt"; "für" makes it a
    judgement again: "erklärte seine Wahl für ungültig")."""
    proclaims = verb in PROCLAIMING_VERBS and not with_preposition(verb, JUDGED_AS)
    return _judges_acts(verb) and not proclaims and not _keeps_up(verb)


def _judges_acts(verb: Token) -> bool:
    """A verb that says, judges or demands something takes others' acts as its object ("verurteilte
    ihren Angriff", "forderte seine Freilassung")."""
    entries = german_lexicon().verbs_by_form.get(verb.lower_, ())
    return any(not e.objects and e.code[:2] in SAID_ROOTS for e in entries)


def _agrees(possessive: Token, subject: Token) -> bool:
    """ "ihr" refers to a feminine or plural subject, "sein" to a masculine or neuter singular; a
    name's gender and number are the tagger's guess, so a name fits either."""
    if subject.pos_ == "PROPN":
        return True
    # the tagger often misses a noun's gender; its article is further evidence ("die Behörde")
    words = [subject, *children(subject, "det")]
    feminine_or_plural = any(
        {"Fem", "Plur"} & {*w.morph.get("Gender"), *w.morph.get("Number")} for w in words
    )
    masculine_or_neuter = any(
        {"Masc", "Neut"} & set(w.morph.get("Gender")) and "Plur" not in w.morph.get("Number") for w in words
    )
    unknown = not any(w.morph.get("Gender") or w.morph.get("Number") for w in words)
    if possessive.lower_.startswith("ihr"):
        return feminine_or_plural or unknown
    return masculine_or_neuter or unknown


def _keeps_up(verb: Token) -> bool:
    """ "hält ihr Einreiseverbot aufrecht": keeping an act up is performing it. The verb set cannot split
    the particle "aufrecht" off, and the parse often takes it for an adverb."""
    upright = any(c.lower_ == "aufrecht" for c in verb.children)
    return (verb.lemma_.lower() in ("halten", "erhalten") and upright) or verb.lower_.startswith(
        "aufrechterh"
    )


# an act noun of support or aid takes its beneficiary in the genitive ("die Unterstützung der Ukraine")
BENEFICIARY_ROOTS = ("05", "07")


def _agentive_genitive(noun: Token, entry: LexiconEntry) -> list[Token]:
    """An act noun whose row names no patient in the genitive takes its agent there: "die Forderung
    Warschaus nach einem Abzug", "unter Vermittlung Norwegens", "die Warnung Moskaus". A name
    right after the noun is its genitive, whatever the parse says. Not an extradition's, though its
    row names only the recipient ("an"): "die Auslieferung Assads" hands Assad over, and who does so
    is the state that holds him."""
    if entry.target == "gen" or entry.code[:2] in BENEFICIARY_ROOTS or entry.code == EXTRADITION:
        return []
    # the tagger takes some genitive names for nouns ("Forderung Kiews": "Kiews" NOUN)
    adjacent = [
        c
        for c in children(noun, "appos")
        if c.i == noun.i + 1 and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and c.lower_.endswith("s"))
    ]
    return genitive_attributes(noun) + adjacent
