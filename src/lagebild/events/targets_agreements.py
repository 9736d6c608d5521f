"""A judgement of an agreement is aimed at the parties to it: "Guterres begrüßte die Einigung" after
"Israel und die Hisbollah einigten sich auf eine Waffenruhe" praises both of them, "Abbas geißelte die
Vereinbarungen" condemns every state that signed. The agreement noun names no party itself; its
parties are those of the latest agreement the article reported ("Kirgisistan und Tadschikistan haben
einen Vertrag unterzeichnet"). A judge who is a party itself aims at the other party only (the coder
drops a pair of one side). A noun phrase that names a party ("das Abkommen mit Ruanda") is left to the
parse."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, children, side_of
from lagebild.events.codebook import JUDGING_ROOTS, PRAISE
from lagebild.events.targets_authors import judged_thing
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo

# what two parties reach or sign together, also as the last part of a compound ("Friedensabkommen",
# "Gefangenenaustausch", "Grenzvertrag")
AGREEMENT_HEADS = ("einigung", "abkommen", "vertrag", "verträge", "vereinbarung", "vereinbarungen",
                   "übereinkunft", "übereinkommen", "waffenruhe", "waffenstillstand", "feuerpause",
                   "aussöhnung", "versöhnung", "annäherung", "normalisierung", "verständigung",
                   "kompromiss", "pakt", "austausch", "friedensschluss")  # fmt: skip
# codes of events that conclude an agreement between the two sides: sign an agreement (057), settle
# (056), agree on cooperation (050), cooperate economically or judicially by treaty (061, 063),
# declare a ceasefire (0871). Not negotiation (046): a mediator negotiates with each side in turn.
AGREEMENT_CODES = ("057", "056", "050", "061", "063", "0871")
# "das Abkommen der EU mit dem Mercosur", "seine Vereinbarung mit Kiew": the phrase names a party, and
# the target is found from it as for any other object
OWN_PARTY_DEPS = ("nmod", "nmod:poss", "det:poss", "appos", "amod")


def parties_of_judged_agreement(trigger: Trigger, actors: ActorIndex, before: list[EventInfo]) -> list[Span]:
    """The parties to the agreement a judgement is about; none where it judges no agreement, or
    where the noun phrase names a party itself."""
    code = trigger.entry.code
    if not (code[:2] in JUDGING_ROOTS or code.startswith(PRAISE)):
        return []
    noun = judged_thing(trigger, actors)
    if noun is None or not _is_agreement(noun):
        return []
    if any(actors.of_phrase(c) is not None for c in children(noun, *OWN_PARTY_DEPS)):
        return []
    return _latest_agreement(before)


def _latest_agreement(before: list[EventInfo]) -> list[Span]:
    """The two sides of the latest asserted agreement reported before."""
    for event in reversed(before):
        if event.modality != "asserted" or not event.code.startswith(AGREEMENT_CODES):
            continue
        if event.source is None or event.target is None or side_of(event.source) == side_of(event.target):
            continue
        return [event.source, event.target]
    return []


def _is_agreement(noun: Token) -> bool:
    return noun.lemma_.lower().endswith(AGREEMENT_HEADS) or noun.lower_.endswith(AGREEMENT_HEADS)
