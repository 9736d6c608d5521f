"""Acts aimed at foreigners nobody names: "machte ausländische Kräfte für die Gewalt verantwortlich",
"lehnt ausländische Truppen ab", "werde noch mehr Ausländer festnehmen". The speaker leaves the other
side unnamed on purpose, so the gold codes no target; a state guessed nearby or from the sentences
before would put a name in the speaker's mouth. So with an appeal to everyone concerned ("mahnte alle
Beteiligten", "rief die Geber auf", "erinnerte alle Staaten an ihre Pflicht"): no one in particular.
Not "alle Seiten" or "alle Parteien": those are the sides of a conflict the text has named."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import children, preposition_of
from lagebild.events.triggers import Trigger

FOREIGN_ADJECTIVES = ("ausländisch", "fremd")  # "ausländische Mächte", "fremde Kräfte"
FOREIGNERS = {"ausländer", "ausland"}  # "Ausländer festnehmen", "Einmischung aus dem Ausland"
# whoever is concerned, or gives: "alle Beteiligten", "die Geber"
EVERYONE_CONCERNED = {"beteiligten", "geber", "geberländer", "geberstaaten"}
# "alle Staaten", "allen Ländern": every state, none in particular
ALL = {"alle", "allen", "sämtliche", "sämtlichen"}
EVERY_STATE = {"staaten", "ländern", "länder", "regierungen"}
# where the one an act is aimed at stands: its object, a dative, a prepositional object, a passive subject
AIMED_DEPS = ("obj", "iobj", "obl", "obl:arg", "nsubj:pass")


def aimed_at_unnamed_foreigners(trigger: Trigger) -> bool:
    """The trigger's object (or the phrase it is aimed at) names foreigners by no state."""
    token = trigger.token
    aimed = children(token, *AIMED_DEPS)
    # the weak parse labels an object after the verb a second subject ("lehnt ausländische Soldaten ab")
    aimed += [c for c in children(token, "nsubj") if c.i > token.i]
    aimed += [trigger.object_noun] if trigger.object_noun is not None and trigger.object_noun != token else []
    # "stufte die Kartelle als ausländische Terrororganisationen ein": what they are called, not whom
    return any(_unnamed_foreigners(noun) for noun in aimed if not _what_it_is_called(noun))


def _what_it_is_called(noun: Token) -> bool:
    """A noun with "als", whatever label the parse gave the word ("als ausländische Terrororganisationen")."""
    return preposition_of(noun) == "als" or any(c.lower_ == "als" for c in noun.children)


def _unnamed_foreigners(noun: Token) -> bool:
    if noun.lower_ in FOREIGNERS or noun.lower_ in EVERYONE_CONCERNED:
        return True
    # not where a relative clause picks out whom ("alle Staaten, die Israel Waffen liefern")
    if noun.lower_ in EVERY_STATE and not children(noun, "acl:relcl", "acl"):
        return any(c.lower_ in ALL for c in children(noun, "det", "amod"))
    return any(_foreign(adjective) for adjective in _adjectives_before(noun))


def _foreign(adjective: Token) -> bool:
    return adjective.lower_.startswith(FOREIGN_ADJECTIVES)


def _adjectives_before(noun: Token) -> list[Token]:
    """The noun's adjectives; also one the parse hung elsewhere because quotation marks stand between
    them ("macht ausländische „Terroristen“ verantwortlich")."""
    adjectives = [c for c in noun.children if c.dep_ == "amod"]
    previous = noun.i - 1
    while previous >= noun.sent.start and noun.doc[previous].is_punct:
        previous -= 1
    if previous >= noun.sent.start and noun.doc[previous].pos_ == "ADJ":
        adjectives.append(noun.doc[previous])
    return adjectives
