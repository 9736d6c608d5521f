"""A judgement on an act named only by a noun that points back ("Moskau wies den Schritt als nichtig
zurück", "Washington und Brüssel lobten die Entscheidung", "Der Kreml bedauerte diese Maßnahme"): the
noun names no kind of act, so the judged act is the latest act coded just before, and its target is
whoever performed it. The judge's own act ("verteidigte den Schritt") has no target to find here."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import adjective_actor, children, is_definite
from lagebild.events.codebook import DISAPPROVAL_ROOT
from lagebild.events.targets_camps import other_camp
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo

# nouns that stand for whatever was done or decided
REFERRING_NOUNS = {"schritt", "entscheidung", "maßnahme", "beschluss", "entschluss", "vorgehen", "urteil"}
# a genitive (often parsed as an apposition), a "von"-phrase or a possessive on the noun
OWN_AGENT = ("nmod", "nmod:poss", "det:poss", "appos")
# acts, not words: yielding, aid, cooperation, judgements and rulings, rejections, posture, reduced
# relations, coercion and force (statements, appeals, meetings and demands are no "Schritt")
ACT_ROOTS = ("06", "07", "08", "11", "12", "15", "16", "17", "18", "19", "20")
RULING = "urteil"


def referred_act_performer(trigger: Trigger, source: Span, recent: list[EventInfo]) -> Span | None:
    """The performer of the latest asserted act before, where the judged object points back to it."""
    noun = _referring_object(trigger)
    if noun is None:
        return None
    # a disapproval is a ruling only to "das Urteil"; to "den Schritt" or "den Beschluss" it is another
    # reaction to the step ("Algerien kritisierte den Text. Paris begrüßte den Beschluss")
    roots = ACT_ROOTS if noun.lower_ == RULING else tuple(r for r in ACT_ROOTS if r != DISAPPROVAL_ROOT)
    for event in reversed(recent):
        if event.source is None or event.modality != "asserted" or event.code[:2] not in roots:
            continue
        return event.source if other_camp(event.source, source) else None
    return None


def _referring_object(trigger: Trigger) -> Token | None:
    token = trigger.token
    objects = [trigger.object_noun] if trigger.object_noun is not None else []
    for noun in objects + children(token, "obj", "nsubj:pass"):
        if noun.lower_ not in REFERRING_NOUNS or children(noun, *OWN_AGENT) or adjective_actor(noun):
            continue  # "den Beschluss Bagdads", "die russische Entscheidung" name their own performer
        if is_definite(noun):  # "den Schritt", "diese Maßnahme"; "ein Schritt" is a new one
            return noun
    return None
