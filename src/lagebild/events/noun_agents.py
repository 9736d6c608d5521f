"""Who performs an act named by a noun ("die Ausweisung", "Luftangriffe", "eine Untersuchung"): the
noun's own agent, or the subject of the verb that announces, carries out or denies the act."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import (
    BY_PREPOSITIONS,
    RELATIVE_PRONOUNS,
    agrees_with_relative,
    children,
    genitive_attributes,
    is_act_noun,
    preposition_of,
    subject_of,
)
from lagebild.events.codebook import DENIAL, FORCE_ROOTS
from lagebild.events.lexicon import DECIDING_VERBS, LexiconEntry, VerbSet, german_lexicon
from lagebild.events.triggers import light_verb_lemma

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
})  # fmt: skip
# verbs whose subject goes on with the act their object names, so performs it ("Russland setzte seine
# Angriffe fort", "kündigte an, die Angriffe auszuweiten", "verschärfte die Blockade")
CONTINUING_VERBS = VerbSet({
    "fortsetzen": "setzt;setzte;fortgesetzt", "ausweiten": "weitet;weitete;ausgeweitet",
    "verstärken": "verstärkt;verstärkte;verstärkt", "intensivieren": "intensiviert;intensivierte;intensiviert",
    "verschärfen": "verschärft;verschärfte;verschärft", "ausdehnen": "dehnt;dehnte;ausgedehnt",
    "wiederaufnehmen": "nimmt;nahm;wiederaufgenommen",
})  # fmt: skip
# verbs of a relative clause on the act noun whose subject carried the act out ("die Hinrichtung, die
# Teheran vollstreckt hatte", "der Anschlag, den die Gruppe verübte"), besides the declaring ones
PERFORMING_VERBS = VerbSet({
    "verüben": "verübt;verübte;verübt", "vollstrecken": "vollstreckt;vollstreckte;vollstreckt",
    "befehlen": "befiehlt;befahl;befohlen", "begehen": "begeht;beging;begangen",
    "vornehmen": "nimmt;nahm;vorgenommen", "verhängen": "verhängt;verhängte;verhängt",
    "durchführen": "führt;führte;durchgeführt", "ausführen": "führt;führte;ausgeführt",
    "veranlassen": "veranlasst;veranlasste;veranlasst", "verantworten": "verantwortet;verantwortete;verantwortet",
})  # fmt: skip
# who reports an act is not who did it ("die Angriffe, die Kiew meldete"), except courts and police,
# which report their own verdicts, executions and arrests ("die Hinrichtung, die die Justiz meldete")
REPORTING_VERBS = VerbSet({"melden": "meldet;meldete;gemeldet"})
SELF_REPORTING_ROLES = ("JUD", "COP")
# verbal acts (statements, appeals, praise, demands, criticism, rejections, threats) and the verbs by
# which they "come" from someone
SAID_ROOTS = {"01", "02", "05", "10", "11", "12", "13"}
COMING = {"kommen", "kam"}
PROPOSALS = {"vorschlag", "vorschläge", "plan", "pläne", "entwurf", "entwürfe"}


def noun_agents(noun: Token, entry: LexiconEntry) -> list[Token]:
    """Who performs a nominal event, most reliable first. "durch" names the agent; an act noun
    ("Ausweisung", "Schließung") takes its patient, not its agent, in the genitive or with "von", so
    its agent is an adjective or the subject of the verb announcing it ("Frankreich gab die Ausweisung
    von 35 Diplomaten bekannt") or of the light verb the lexicon row asks for ("Die Behörden leiteten
    eine Untersuchung ein"); other nouns ("Angriff Russlands") take their agent there."""
    by = [c for c in noun.children if preposition_of(c) in BY_PREPOSITIONS]
    attributive = children(noun, "amod", "nmod:poss", "det:poss")
    of = [c for c in noun.children if preposition_of(c) == "von"] + genitive_attributes(noun)
    # a name right after the noun is its genitive, whatever the parse says ("der Krieg Russlands" as appos)
    of += [c for c in children(noun, "appos") if c.i == noun.i + 1 and c.pos_ == "PROPN"]
    governing = _performing_verb(noun, entry)
    light_verb = _performer_of(governing, noun) if governing is not None else []
    # the parser made the noun the clause's head, its verb a modifier ("Israel flog Luftangriffe auf
    # …", "flog" ← amod): the subject it gave the noun performs the act; not so under a copula
    if not children(noun, "cop"):
        light_verb += children(noun, "nsubj")
    if is_act_noun(noun):
        # "von" on the noun names the patient, but "kam von …" on the verb names who spoke
        return by + attributive + light_verb + _relative_clause_performers(noun) + _origin(noun, entry)
    return by + of + attributive + light_verb + _origin(noun, entry)


def _performer_of(verb: Token, noun: Token) -> list[Token]:
    """The subject of the verb that performs the act. A light or declaring verb takes the act noun as
    its object, so where the parse made a fronted act noun its subject, it swapped subject and object
    of an object-first clause ("Scharfe Kritik übte auch Polen", "Kritik" ← nsubj, "Polen" ← obj) or
    gave the verb a second subject after it ("Kritik übte Präsident Selenskyj")."""
    if noun.dep_ == "nsubj":
        return [o for o in children(verb, "obj", "nsubj") if o.i > verb.i > noun.i]
    subject = subject_of(verb)
    return [subject] if subject is not None else []


def _relative_clause_performers(noun: Token) -> list[Token]:
    """The actor of a relative clause on the act noun that carried it out: "die Hinrichtung des
    Staatsbürgers, die Teheran vollstreckt hatte". The parse hangs the clause on the nearest noun (the
    genitive) and often swaps pronoun and subject; the pronoun's gender tells which noun it refers to."""
    performers = []
    for clause in (t for t in noun.subtree if t.dep_ == "acl:relcl" and t.i > noun.i):
        arguments = children(clause, "nsubj", "obj")
        pronouns = [a for a in arguments if a.pos_ == "PRON" and a.lower_ in RELATIVE_PRONOUNS]
        if not pronouns or not agrees_with_relative(pronouns[0], noun):
            continue
        for actor in (a for a in arguments if a not in pronouns):
            if (
                clause in DECLARING
                or clause in PERFORMING_VERBS
                or (clause in REPORTING_VERBS and _reports_own_acts(actor))
            ):
                performers.append(actor)
    return performers


def _reports_own_acts(phrase: Token) -> bool:
    entity = next((e for e in phrase.doc.ents if e.start <= phrase.i < e.end), None)
    code = entity._.actor.actor_code if entity is not None and entity._.actor is not None else ""
    return code.endswith(SELF_REPORTING_ROLES)


def _origin(noun: Token, entry: LexiconEntry) -> list[Token]:
    """Where words come from is who says them: "Kritik aus Moskau", "Aus Moskau kam scharfe Kritik",
    "Lob kam von der EU" (the parser often takes the inverted subject of "kam" for its object)."""
    if entry.code[:2] not in SAID_ROOTS:
        return []
    phrases = [c for c in noun.children if preposition_of(c) == "aus"]
    verb = noun.head
    if noun.dep_ in ("nsubj", "obj") and verb.lemma_.lower() in COMING:
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
    verb = noun.head
    roles = ("obj", "nsubj:pass", "nsubj")  # nsubj: a fronted object the parse took for the subject
    if noun.dep_ not in roles or verb.pos_ not in ("VERB", "AUX") and verb not in DECLARING:
        return None
    light = verb.lemma_.lower() in entry.objects or light_verb_lemma(verb) in entry.objects
    if verb in DECLARING or verb in CONTINUING_VERBS or light or _sets_on_its_way(verb):
        return verb
    if entry.code[:2] in FORCE_ROOTS and verb in FORCE_LIGHT_VERBS:
        return verb
    return verb if _denies(verb) else None


def _denies(verb: Token) -> bool:
    """A plain verb of denial ("bestreiten", "dementieren"), not one that needs its object ("wies die
    Vorwürfe zurück")."""
    entries = german_lexicon().verbs_by_form.get(verb.lower_, ())
    return any(e.code == DENIAL and not e.objects for e in entries)


def _sets_on_its_way(verb: Token) -> bool:
    """ "bringt Sanktionen auf den Weg": an idiom for initiating the act."""
    return verb.lemma_.lower() == "bringen" and any(c.lower_ == "weg" for c in verb.children)
