"""Who performs an act named by a noun that a verb governs through a preposition: the verb's subject,
for verbs by which one holds on to, takes part in, answers with, threatens with or works for an act
of one's own ("Kanada hielt an seinen Gegenzöllen fest", "Soldaten, die an dem Vorstoß beteiligt
sind", "Die Taliban antworteten mit Angriffen", "Die Union drohte mit einem Untersuchungsausschuss"),
and a host who invites others to talks ("lud seine Amtskollegen zu einem Treffen ein"); any active
verb whose "mit" phrase names the subject's means ("Mit der Ausweisung setzte Polen ein Zeichen"),
unless the verb is one of facing or explaining ("rechnet mit Angriffen"); those who agree on an act or
bring themselves to it ("einigten sich auf einen Gefangenenaustausch"); likewise the
subject of an adjective by which one declares oneself ready for an act of one's own ("Die USA seien zu
Gesprächen bereit", "Die NATO bleibe offen für Gespräche mit Russland"). Verbs of
appeal ("rief zu Gesprächen auf", "mahnte zu Verhandlungen") are not among them: there the addressee
is to act; nor are verbs of striving ("bemühen sich um die Freilassung"): the act sought is mostly
another's. `noun_agents` reads the verbs that take the act noun as their object."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import children, first_conjunct, is_passive, preposition_of, subject_of
from lagebild.events.codebook import MEETING_ROOT
from lagebild.events.event_clauses import NOMINAL_POS, VERBAL_POS
from lagebild.events.invited_meetings import INVITED_TO, INVITING
from lagebild.events.lexicon import VerbSet
from lagebild.events.triggers import Trigger

# by preposition: the verbs whose subject performs the act the prepositional object names
PERFORMING_BY_PREPOSITION = {
    "an": VerbSet({
        "festhalten": "hält;hielt;festgehalten", "beteiligen": "beteiligt;beteiligte;beteiligt",
        "mitwirken": "wirkt;wirkte;mitgewirkt", "teilnehmen": "nimmt;nahm;teilgenommen",
        "arbeiten": "arbeitet;arbeitete;gearbeitet",
    }),
    "mit": VerbSet({
        "drohen": "droht;drohte;gedroht", "androhen": "droht;drohte;angedroht",
        "reagieren": "reagiert;reagierte;reagiert", "antworten": "antwortet;antwortete;geantwortet",
        "kontern": "kontert;konterte;gekontert", "vergelten": "vergilt;vergalt;vergolten",
        "beginnen": "beginnt;begann;begonnen", "fortfahren": "fährt;fuhr;fortgefahren",
    }),
    "für": VerbSet({"einsetzen": "setzt;setzte;eingesetzt"}),
    # agreeing on or bringing oneself to an act: "einigten sich auf neue Sanktionen", "konnte sich
    # nicht zu Sanktionen durchringen"
    "auf": VerbSet({"einigen": "einigt;einigte;geeinigt", "verständigen": "verständigt;verständigte;verständigt"}),
    "zu": VerbSet({
        "durchringen": "ringt;rang;durchgerungen", "entschließen": "entschließt;entschloss;entschlossen",
    }),
}  # fmt: skip
# adjectives of readiness and the prepositions of the act one is ready for
READY_FOR = {"bereit": ("zu", "zum", "zur"), "offen": ("für",)}
# an act named with "mit" on an active verb is the subject's means: "Die USA antworteten mit
# Sanktionen", "Tebboune habe mit der Ausweisung einen Weg gewählt", "zeigte mit einem Besuch Flagge";
# except where "mit" names what the subject faces, expects or explains something by, which is mostly
# another's act ("rechnet mit Angriffen", "begründete den Schritt mit der Ausweisung")
MEANS = "mit"
FACING_WITH = VerbSet({
    "rechnen": "rechnet;rechnete;gerechnet", "konfrontieren": "konfrontiert;konfrontierte;konfrontiert",
    "befassen": "befasst;befasste;befasst", "beschäftigen": "beschäftigt;beschäftigte;beschäftigt",
    "auseinandersetzen": "setzt;setzte;auseinandergesetzt", "umgehen": "geht;ging;umgegangen",
    "begründen": "begründet;begründete;begründet", "rechtfertigen": "rechtfertigt;rechtfertigte;gerechtfertigt",
    "erklären": "erklärt;erklärte;erklärt", "vergleichen": "vergleicht;verglich;verglichen",
    "verbinden": "verbindet;verband;verbunden", "verknüpfen": "verknüpft;verknüpfte;verknüpft",
    "zusammenhängen": "hängt;hing;zusammengehangen",
    # who "geht mit … ins Gericht" judges the act; who is "zitiert mit" a demand is the object, not
    # the subject quoting
    "gehen": "geht;ging;gegangen", "zitieren": "zitiert;zitierte;zitiert",
})  # fmt: skip


def governing_subject(trigger: Trigger) -> Token | None:
    """The subject of the verb that governs the act noun with one of these prepositions, or None."""
    noun = first_conjunct(trigger.token)
    preposition = preposition_of(noun)
    if preposition is None:
        return None
    ready = _ready_subject(noun, preposition)
    if ready is not None:
        return ready
    performing = PERFORMING_BY_PREPOSITION.get(preposition)
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    # the host invites the guests to a meeting of its own ("lud … zu Gesprächen nach Nairobi ein")
    inviting = trigger.entry.code.startswith(MEETING_ROOT) and preposition in INVITED_TO
    means = preposition == MEANS and verb.pos_ != "ADJ" and not is_passive(verb) and verb not in FACING_WITH
    means = means and not _detached(noun)
    if not (performing is not None and verb in performing or inviting and verb in INVITING or means):
        return None
    # "beteiligt" as a predicate ("sind an dem Vorstoß beteiligt") has its subject on the adjective,
    # labelled a passive's where the parse read "sind … beteiligt" as one
    return subject_of(verb) if verb.pos_ != "ADJ" else next(iter(children(verb, "nsubj", "nsubj:pass")), None)


def _detached(noun: Token) -> bool:
    """A "mit" phrase right after a noun mostly belongs to it, whatever the parse says ("Länder mit
    Freihandelsabkommen", "hat Ungarn mit Vorwürfen überzogen"); one after a comma, with or without an
    adverb ("…, etwa mit der Ausweisung"), opens an apposition or a clause the parse may hang on the
    wrong verb. Neither is a sure means of the verb's subject."""
    before = min(t.i for t in noun.subtree) - 1
    if before < noun.sent.start:
        return False
    if noun.doc[before].pos_ in NOMINAL_POS:
        return True
    while before > noun.sent.start and noun.doc[before].pos_ == "ADV":
        before -= 1
    return noun.doc[before].text == ","


def _ready_subject(noun: Token, preposition: str) -> Token | None:
    """Who is ready for the act: the subject of "bereit" or "offen" governing the noun ("die USA seien
    zu Gesprächen bereit"), or of the verb they complete ("Die RSF erklärten sich zu Verhandlungen
    bereit", where the parse hangs the noun on the verb)."""
    head = noun.head
    for word in (head, *head.children):
        if preposition not in READY_FOR.get(word.lower_, ()):
            continue
        subject = next(iter(children(word, "nsubj")), None)
        verb = word if word.pos_ in VERBAL_POS else word.head
        if subject is None and verb.pos_ in VERBAL_POS:
            subject = subject_of(verb)
        return subject
    return None
