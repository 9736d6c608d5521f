"""A nationality adjective written with a capital inside a name does not name the state itself: "die
Deutsche Bank stoppte Zahlungen", "Deutsche Bahn lieferte Hilfsgüter" are companies, not the German
government. German writes a country adjective lower case, so a capitalised one inside its sentence
belongs to a name; one that opens its sentence is capitalised anyway and names the state ("Russische
Truppen rückten vor") unless the recogniser took it or its noun into a name, or the text writes the
pair capitalised inside a sentence elsewhere (the actor stage's test, `actor_passage.in_name`).

The body such a name stands for is still of that country: the guidelines code a domestic party,
company, union or church with its country as side ("die Dänische Volkspartei drohte …" is Denmark's,
as a Danish party). So a name whose head noun says what kind of body it is keeps the state, in the
body's sector (`named_body`); other names ("das Japanische Meer", "die Organisation Amerikanischer
Staaten") name no side."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.pipeline.actor_holders import BODY_SECTORS_DE
from lagebild.pipeline.actor_lexicon import STATE, institution_sector_de
from lagebild.pipeline.actor_passage import SENTENCE_OPENING_MARKS, in_name
from lagebild.pipeline.annotations import ActorRef

# marks after which a capitalised word opens what is said: a quote („Russische Truppen …“)
OPENING_QUOTES = {"„", "»", "«", '"', "‚", "“", "("}
# Heads (as word endings, so compounds count: "Volkspartei", "Landesbank") of the names of domestic
# bodies that are not the state's own, with their CAMEO sector: the bodies a title's first part names
# (parties, companies, unions, churches) and the kinds of banks, works, media and foundations.
BODY_HEADS = {
    **{head.lower(): sector for head, sector in BODY_SECTORS_DE.items()},
    "bank": "BUS", "werke": "BUS", "gewerkschaftsbund": "LAB", "presseagentur": "MED",
    "nachrichtenagentur": "MED", "rundfunk": "MED", "stiftung": "NGO",
    # the own words of single companies and broadcasters, which say no kind of body but are read as
    # their heads: "die Deutsche Bahn", "die Deutsche Post", "die Deutsche Telekom", "die Deutsche Welle"
    "bahn": "BUS", "post": "BUS", "telekom": "BUS", "welle": "MED",
}  # fmt: skip
# case endings a head takes in a name ("der Deutschen Bahn", "des Deutschen Gewerkschaftsbundes")
HEAD_ENDINGS = ("es", "s", "en", "n")


def in_a_name(adjective: Token) -> bool:
    """Whether a nationality adjective is part of a name rather than naming its state."""
    if not adjective.text[:1].isupper():
        return False
    if not _opens(adjective):
        return True
    return adjective.i + 1 < len(adjective.doc) and in_name(adjective.doc, adjective.i)


def _opens(token: Token) -> bool:
    """Capitalised for its place: it opens its sentence (after marks or numbers only: "„Russische …",
    "1. Russische …"), a line after a colon or dash, or a quote."""
    if not any(t.is_alpha for t in token.doc[token.sent.start : token.i]):
        return True
    before = token.doc[token.i - 1]
    return before.text in SENTENCE_OPENING_MARKS or before.text in OPENING_QUOTES


def named_body(adjective: Token, state: ActorRef) -> ActorRef | None:
    """The body a name with a country adjective stands for, as an actor of the adjective's state in the
    body's sector: a party, company or union by the head noun ("die Dänische Volkspartei": DNKPTY), a
    state institution by its agent noun ("die Israelische Armee": ISRMIL). None for other names: a
    sea, a region or an organisation of several states is no state's side."""
    sector = body_sector(adjective.head.text)
    if sector is None or adjective.head.i <= adjective.i:
        return None
    # a company or party is no office of the state: its own code, not the state's KB entry
    name = adjective.doc[adjective.i : adjective.head.i + 1].text
    return replace(
        state, name=name, kb_id=None, actor_code=state.country + ("" if sector == STATE else sector)
    )


def body_sector(head: str) -> str | None:
    """The sector of the body a name's head noun says it is, in any case form."""
    word = head.lower()
    for form in (word, *(word.removesuffix(e) for e in HEAD_ENDINGS if word.endswith(e))):
        sector = next((s for ending, s in BODY_HEADS.items() if form.endswith(ending)), None)
        if sector is not None:
            return sector
    return institution_sector_de(head)
