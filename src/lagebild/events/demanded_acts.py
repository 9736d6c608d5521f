"""What an appeal or a demand asks for is an event of its own, a hypothetical one (the gold guidelines:
"the demanded action is annotated as a separate hypothetical event"): "rief Russland und die Ukraine
zu Friedensgesprächen auf" asks the two to negotiate with each other (046 both ways); "rief Israel
zur Zurückhaltung auf" (0256) asks Israel to de-escalate (087) towards Iran, its adversary just before;
"bat Berlin um Marschflugkörper" (0232) asks Germany for military aid (072). The act is read off the
appeal's code, where CAMEO names it, else off the noun the appeal asks for. An act a named addressee is
asked for in a "zu" infinitive that the parse gave to the one who asks goes to the addressee
(`addressee_acts.py`). A release asked for is the holder's: the addressee, else who made the arrest just
before ("Kuba ließ Demonstranten festnehmen. Brüssel verlangte die Freilassung der Demonstranten"),
towards itself; towards the asker where they are its own people ("die Freilassung seiner Kollegen")
or where a state asks another to free people other than the holder's prisoners, protesters or critics
("verlangte die Freilassung des Unteroffiziers"). Concessions named by other words, and whom they are
for, are `asked_concessions.py`'s; inquiries and accounts asked for are `asked_inquiries.py`'s, except a
withdrawal demanded of forces the sentence does not name by their state ("Hanoi verlangte den Abzug der
Schiffe"): it is the addressee's from before, towards the one who asks."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import genitive_attributes, is_organisation, preposition_of, side_of
from lagebild.events.asked_inquiries import inquiries_asked
from lagebild.events.codebook import ARREST, ASKING_ROOTS, HOSTILE_ROOTS
from lagebild.events.context_targets import context_target
from lagebild.events.held_people import HELD_AT_HOME, lemma_variants
from lagebild.events.lexicon import Lexicon
from lagebild.events.noun_agents import POSSESSIVES
from lagebild.events.triggers import Trigger, row_without_verb
from lagebild.pipeline.annotations import EventInfo, aimed_at

# a withdrawal demanded ("verlangte den Abzug der Schiffe", 106) of forces the sentence does not name by
# their state: the side the demand is addressed to retreats (0874), an organisation ends its mission (166)
RETREAT, MISSION_WITHDRAWAL = "0874", "166"
# appeal (02x) and demand (10x) codes → the act asked for; aid asked for without its kind ("bat Moskau um
# Unterstützung", 023) names no act the gold codes
ASKED_FOR = {
    "0211": "061", "0212": "062", "1011": "061", "1012": "062",
    "0231": "071", "0232": "072", "0233": "073", "0234": "074",
    "1031": "071", "1032": "072", "1033": "073", "1034": "074",
    "0256": "087", "1056": "087", "107": "0871", "026": "046", "108": "046", "106": RETREAT,
}  # fmt: skip
# the prepositions by which an appeal names what it asks for: "zu Gesprächen", "um Waffen", "nach …"
ASKED_WITH = {"zu", "zum", "zur", "um", "nach"}
# aid and material cooperation go to the one who asks
FOR_THE_ASKER = ("06", "07")
# an apology asked for ("verlangte von Peking eine Entschuldigung") is the addressee's, to the one who asks
APOLOGY = "055"
# acts between two: asked of two addressees, each does it with the other
BETWEEN_TWO = ("04", "087")
# a release or return asked for by its noun is the holder's, the addressee's: the banks code a release
# of the people it holds towards the holder itself (0841: "verlangte die Freilassung der Demonstranten"
# → Belarus frees, towards Belarus), property as going back to the one who asks (0842: "verlangte die
# Rückgabe der Bojen" → Russia returns them to Estonia)
RELEASE, RETURN_OF_PROPERTY = "0841", "0842"
# people a state holds for what they did at home: released at home, whoever asks
HELD_AT_HOME_LEMMAS = lemma_variants(HELD_AT_HOME)
# those released named only by their number ("die Freilassung der beiden"): the ones whose arrest was
# just told, held where they were arrested
NAMED_BY_NUMBER = {"beide", "beiden"}
POSSESSIVE = "det:poss"
ASKED_CONFIDENCE = 0.6


def demanded_acts(
    events: list[EventInfo], triggers: list[Trigger], lexicon: Lexicon, recent: list[EventInfo]
) -> list[EventInfo]:
    """The hypothetical acts the sentence's asserted appeals and demands ask their addressees for."""
    by_token = {t.token.i: t for t in triggers}
    asked = []
    for (start, code), appeals in _appeals_by_trigger(events).items():
        trigger = by_token.get(start)
        act = ASKED_FOR.get(code) or (_asked_noun_code(trigger, lexicon) if trigger is not None else None)
        inquiries = inquiries_asked(act, appeals, trigger) if trigger is not None else []
        if act is None or inquiries:
            asked += inquiries
            continue
        addressees = [e.target for e in appeals if e.target is not None and side_of(e.target) is not None]
        if act in (RELEASE, RETURN_OF_PROPERTY):
            # the genitive of the act's noun names those released, not who holds them
            addressees = [a for a in addressees if not _in_asked_phrase(a, trigger)]
        if act == RELEASE and not addressees:
            # "verlangte die Freilassung der Demonstranten": held by who arrested them just before
            addressees = captors(appeals[0], recent + events)
        for performer, counterpart in _parties(act, appeals[0], addressees, recent):
            if act == RELEASE and (_asker_own(trigger) or _released_to_asker(trigger, appeals[0], performer)):
                counterpart = appeals[0].source
            asked.append(
                aimed_at(
                    appeals[0],
                    counterpart,
                    code=MISSION_WITHDRAWAL if act == RETREAT and is_organisation(performer) else act,
                    modality="hypothetical",
                    source=performer,
                    confidence=ASKED_CONFIDENCE,
                )
            )
    return asked


def _appeals_by_trigger(events: list[EventInfo]) -> dict[tuple[int, str], list[EventInfo]]:
    """Asserted appeals and demands by trigger: one event per addressee ("Russland und die Ukraine")."""
    groups: dict[tuple[int, str], list[EventInfo]] = {}
    for event in events:
        if event.code.startswith(ASKING_ROOTS) and event.modality == "asserted" and event.source is not None:
            groups.setdefault((event.trigger.start, event.code), []).append(event)
    return groups


def _asked_noun_code(trigger: Trigger, lexicon: Lexicon) -> str | None:
    """The code of the act the appeal's noun names ("zu Friedensgesprächen" 046), light verb or not."""
    nouns = [trigger.object_noun] if trigger.object_noun is not None else []
    # also where the parse hangs the phrase on the addressee ("rief Russland und die Ukraine zu …")
    near = [
        g
        for c in trigger.token.children
        for g in (c, *c.children, *(h for d in c.children for h in d.children))
    ]
    nouns += [t for t in near if preposition_of(t) in ASKED_WITH]
    for noun in nouns:
        entry = row_without_verb(noun, lexicon.nouns_by_form.get(noun.lower_, ()))
        if entry is not None:
            return entry.code
    return _asked_apology(trigger, lexicon)


def _asked_apology(trigger: Trigger, lexicon: Lexicon) -> str | None:
    """ "verlangte von Peking eine Entschuldigung": the object of a demand verb whose lexicon row names
    no object. Only an apology: other acts a demand names by its object ("Konsultationen", "die
    Freigabe des Schiffes") are asked of parties the sentence rarely names."""
    objects = [c for c in trigger.token.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
    codes = {e.code for noun in objects for e in lexicon.nouns_by_form.get(noun.lower_, ())}
    return APOLOGY if APOLOGY in codes else None


def _parties(
    act: str, appeal: EventInfo, addressees: list[Span], recent: list[EventInfo]
) -> list[tuple[Span, Span]]:
    """Who would do the act to whom. Aid goes to the one asking. An act between two (talks, restraint)
    asked of two addressees of two sides is each one's with the other; asked of one, it is towards
    that one's adversary in the hostile events just before. A single addressee must be named in the
    sentence: one guessed from before is too weak a ground for a second event; except the holder of
    those to be released, who is the one the demand is addressed to wherever it is named (the
    arrests usually come a sentence before the demand)."""
    named = [a for a in addressees if _named_in(a, appeal.trigger.root)]
    if act == RELEASE:
        return [(holder, holder) for holder in addressees]
    if act == RETURN_OF_PROPERTY:
        return [(holder, appeal.source) for holder in addressees]
    if act.startswith(FOR_THE_ASKER) or act == APOLOGY:
        return [(addressee, appeal.source) for addressee in named]
    if act == RETREAT:
        # forces named with their state are `asked_concessions`'s; those the sentence names by a pronoun
        # or a noun alone ("ihren Abzug", "den Abzug der Truppen") are the addressee's from before, and
        # the banks code their withdrawal towards the one who asks
        return [(addressee, appeal.source) for addressee in addressees if addressee not in named]
    if not act.startswith(BETWEEN_TWO):
        return []
    if len(addressees) == 2:
        first, second = addressees
        return [(first, second), (second, first)] if side_of(first) != side_of(second) else []
    if len(named) != 1:
        return []
    counterpart = context_target(named[0], [e for e in recent if e.code[:2] in HOSTILE_ROOTS])
    if counterpart is None or side_of(counterpart) in (side_of(named[0]), side_of(appeal.source)):
        return []
    return [(named[0], counterpart)]


def _named_in(span: Span, token: Token) -> bool:
    return token.sent.start <= span.start < token.sent.end


def captors(appeal: EventInfo, before: list[EventInfo]) -> list[Span]:
    """Who made the latest arrest before the demand (CAMEO 173), the one who holds those it names."""
    arrests = [
        e
        for e in before
        if e.code == ARREST and e.source is not None and e.trigger.start < appeal.trigger.start
    ]
    latest = max(arrests, key=lambda e: e.trigger.start, default=None)
    return [latest.source] if latest is not None and side_of(latest.source) is not None else []


def _asker_own(trigger: Trigger | None) -> bool:
    """ "verlangte die Freilassung seiner Kollegen": people the asker calls its own are released to it
    (the banks: the UN's staff held by the Houthis, 0841 towards the UN)."""
    noun = trigger.object_noun if trigger is not None else None
    released = genitive_attributes(noun) if noun is not None else []
    return any(
        c.dep_ == POSSESSIVE and c.lower_.startswith(POSSESSIVES) for r in released for c in r.children
    )


def _released_to_asker(trigger: Trigger | None, appeal: EventInfo, holder: Span) -> bool:
    """A state that asks another to release someone other than its own critics asks for its own people
    ("verlangte die sofortige Freilassung des Unteroffiziers", "ihre Freilassung": released to Buenos
    Aires, to Moscow, as the banks code it); prisoners, protesters and critics held at home are
    released at home, whoever asks ("verlangt die Freilassung der politischen Gefangenen")."""
    noun = trigger.object_noun if trigger is not None else None
    asker = appeal.source
    if noun is None or asker is None or side_of(asker) in (None, side_of(holder)) or is_organisation(asker):
        return False
    released = [*genitive_attributes(noun), *(c for c in noun.children if c.dep_ == POSSESSIVE)]
    return bool(released) and not any(_held_at_home(r) for r in released)


def _held_at_home(released: Token) -> bool:
    """Prisoners, protesters, critics, or those just arrested named by their number."""
    lemma = released.lemma_.lower()
    return lemma in HELD_AT_HOME_LEMMAS or lemma in NAMED_BY_NUMBER or released.pos_ == "NUM"


def _in_asked_phrase(span: Span, trigger: Trigger | None) -> bool:
    """The span inside the phrase of the noun asked for ("die Freilassung der deutschen Journalisten")."""
    noun = trigger.object_noun if trigger is not None else None
    return noun is not None and any(t.i == span.root.i for t in noun.subtree)
