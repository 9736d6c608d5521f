"""The target of a denial, or of a rejected accusation, is the accuser, and only where the sentence
names one (gold guidelines): "wies die Vorwürfe aus Minsk zurück", "bestritten Berichte der
Koalition", "…, was Athen als Falschmeldung zurückwies", "Kiew erklärte, …, doch Bukarest bestritt"
(the accuser is the subject of the clause the denial answers). An actor named inside the charge is
what it is about, not who makes it: "wies den Vorwurf zurück, er betreibe das Geschäft des Kremls",
"wies die Vorwürfe zurück und erklärte, Kairo halte an …", "den Vorwurf von
Menschenrechtsorganisationen, Tunesien setze Migranten aus"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, children, genitive_attributes, preposition_of, subject_of
from lagebild.events.event_clauses import clause_verb
from lagebild.events.targets_camps import other_camp
from lagebild.events.triggers import Trigger
from lagebild.pipeline.word_classes import NAME_DEPS, RELATIVE_CLAUSES

# "die Vorwürfe aus Washington", "der Vorwurf von X", "Kritik seitens der EU"
ACCUSER_PREPOSITIONS = {"aus", "von", "vom", "seitens"}
ACCUSATION_DEPS = ("obj", "nsubj:pass", "nsubj")
# "…, was Athen zurückwies": the parse labels the relative clause either way, or as a complement
# clause ("mit ihrem Amtskollegen Wang Yi, der die Kritik zurückwies" as ccomp); its pronoun tells
RELATIVE_PRONOUN_TAGS = ("PRELS", "PWS")
# an earlier clause of the sentence that accuses or claims is what a denial after it answers
# ("Cabello bezichtigte ihn der Spionage, Buenos Aires wies den Vorwurf zurück")
CLAIM_VERBS = frozenset({"beschuldigen", "bezichtigen", "vorwerfen", "behaupten", "erklären", "anschuldigen",
                         "unterstellen"})  # fmt: skip
SEPARATED_CLAIM_VERBS = {("werfen", "vor")}  # "warf ihm vor"
# what a denial takes as someone's claim, also without an article ("bestritten Berichte der Koalition",
# "dementierte Angaben aus Kiew"): its owner is the accuser; any other noun's owner is what is denied
# ("bestritt eine Beteiligung Moskaus" answers no one in Moscow)
CLAIM_NOUNS = frozenset({"bericht", "angabe", "darstellung", "meldung", "behauptung", "vorwurf", "anschuldigung",
                         "beschuldigung", "unterstellung", "aussage"})  # fmt: skip


def named_accuser(trigger: Trigger, actors: ActorIndex, source: Span) -> Span | None:
    """The accuser as the accusation noun's attribute, else as the subject of the clause a relative
    denial answers; None where the sentence names none."""
    return _owner_of(_accusations(trigger, source), actors, source) or accuser_of_the_answered_clause(
        trigger.token, actors, source
    )


def claimant(trigger: Trigger, actors: ActorIndex, source: Span) -> Span | None:
    """The owner of the claim a denial denies ("bestritten Berichte der Koalition"), else the subject of
    the clause it answers; None where the sentence names neither."""
    claims = [n for n in _accusations(trigger, source) if n.lemma_.lower() in CLAIM_NOUNS]
    return _owner_of(claims, actors, source) or accuser_of_the_answered_clause(trigger.token, actors, source)


def _owner_of(nouns: list[Token], actors: ActorIndex, source: Span) -> Span | None:
    """The first actor of another camp named as an owner of one of the nouns."""
    for noun in nouns:
        for attribute in owner_attributes(noun):
            accuser = actors.of_phrase(attribute)
            if accuser is not None and other_camp(accuser, source):
                return accuser
    return None


def owner_attributes(noun: Token) -> list[Token]:
    """The noun's genitive, a name right after it, and its phrase with "aus", "von" or "seitens". A name
    right after the noun is its genitive, whatever label the parse gave it ("die Behauptungen Russlands"
    as an apposition, "die Rüstungspläne Canberras" as part of a name, "der Vorwurf Kiews" with the case
    missed; "die Forderung Madrids" with the name tagged a common noun)."""
    names = [
        c
        for c in children(noun, "nmod", *NAME_DEPS)
        if (c.pos_ == "PROPN" or c.ent_type_) and c.i == noun.i + 1
    ]
    return (
        genitive_attributes(noun)
        + names
        + [c for c in noun.children if preposition_of(c) in ACCUSER_PREPOSITIONS]
    )


def _accusations(trigger: Trigger, source: Span) -> list[Token]:
    """The denied charge: the object, also fronted and parsed as the subject ("Die Vorwürfe aus
    Washington wies Moskau zurück"), never the denier itself."""
    verb = trigger.token
    nouns = [trigger.object_noun] if trigger.object_noun is not None else children(verb, *ACCUSATION_DEPS)
    return [n for n in nouns if n.pos_ == "NOUN" and n != verb and not source.start <= n.i < source.end]


def accuser_of_the_answered_clause(verb: Token, actors: ActorIndex, source: Span) -> Span | None:
    """The subject of the clause a denial answers: the clause a relative denial hangs on ("Ankara
    beschuldigte die griechischen Sicherheitskräfte, …, was Athen zurückwies"), else the nearest
    earlier clause of the sentence that accuses or claims ("Kiew erklärte, Drohnen seien eingeschlagen,
    doch Bukarest bestritt"); None where it is no actor of another camp."""
    relative = [clause_verb(verb.head)] if _relative_clause(verb) else []
    earlier = [t for t in reversed(verb.doc[verb.sent.start : verb.i]) if _claims(t)]
    for answered in relative + earlier:
        subject = subject_of(answered) if answered != verb else None
        accuser = actors.of_phrase(subject) if subject is not None else None
        if accuser is not None and other_camp(accuser, source):
            return accuser
    return None


def _relative_clause(verb: Token) -> bool:
    pronoun = any(c.tag_ in RELATIVE_PRONOUN_TAGS and c.dep_.startswith("nsubj") for c in verb.children)
    return verb.head != verb and (verb.dep_ in RELATIVE_CLAUSES or pronoun)


def _claims(token: Token) -> bool:
    """A verb of accusing or claiming, also with its particle split off ("warf … vor")."""
    particles = {c.lower_ for c in token.children if c.dep_ == "compound:prt"}
    lemma = token.lemma_.lower()
    return token.pos_ in ("VERB", "AUX") and (
        lemma in CLAIM_VERBS or any((lemma, p) in SEPARATED_CLAIM_VERBS for p in particles)
    )
