"""The news media a sentence names, and which of them speak for a state. A medium tells what it
learned: "laut Reuters", "laut der Nachrichtenagentur AP", "sprach mit dem Sender CNN" name who reports,
no side of the events it reports. A state's own medium is its voice: an agency or a paper of the state or
its ruling party ("die Staatsagentur KCNA", "laut Tass", "das Parteiblatt", "die staatliche Zeitung")
says what its state says."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import actor_of, entity_at
from lagebild.kb.build import organisation_id
from lagebild.kb.curated_news import INDEPENDENT_AGENCIES
from lagebild.pipeline.annotations import ActorRef
from lagebild.pipeline.word_classes import NAME_DEPS

# kinds of medium, also ending compounds ("Sonntagszeitung", "Nachrichtenmagazin", "Fernsehsender")
PRESS = (
    "zeitung", "blatt", "sender", "agentur", "magazin", "journalist", "journalisten", "journalistin",
    "journalistinnen", "reporter", "reporterin", "reportern", "redaktion", "rundfunk", "radio", "fernsehen",
    "presse", "podcast", "medien",
)  # fmt: skip
# outlets the news names alone, without a kind of medium: "im Gespräch mit dem Spiegel", "laut Reuters"
OUTLETS = {
    "standard", "spiegel", "bild", "faz", "sz", "taz", "zeit", "welt", "presse", "kurier", "krone", "profil",
    "falter", "ard", "zdf", "orf", "bbc", "cnn", "reuters", "afp", "dpa", "apa", "ap", "ntv", "n-tv",
    "bloomberg",
}  # fmt: skip
# the media a state or its ruling party owns: compounds ("Staatsagentur", "Parteiblatt",
# "Regierungszeitung", "Armeezeitung") and the adjectives of ownership ("die staatliche Zeitung")
STATE_PRESS_PREFIXES = ("staats", "partei", "regierungs", "armee")
STATE_OWNED = ("staatlich", "staatseigen", "amtlich", "parteieigen", "regierungseigen")
# the sector of the media the knowledge base knows ("KCNA" is PRKMED, "Tass" RUSMED) and of the press
# among the institutions ("Staatsmedien", "Nachrichtenagentur")
MEDIA_SECTOR = "MED"
# agencies the knowledge base places in a state that do not speak for its government ("laut Interfax")
INDEPENDENT_MEDIA = frozenset(organisation_id(kind, ident) for ident, kind, *_ in INDEPENDENT_AGENCIES)
# how a medium's name follows its kind: "die Staatsagentur KCNA", "die Nachrichtenagentur AP"
MEDIUM_NAME_DEPS = (*NAME_DEPS, "nmod")


def is_the_press(noun: Token) -> bool:
    """A kind of medium or an outlet named alone."""
    words = {noun.lower_, noun.lemma_.lower()}
    return bool(words & OUTLETS) or any(w.endswith(PRESS) for w in words)


def names_a_medium(noun: Token) -> bool:
    """The press, or a medium the knowledge base knows ("laut KCNA")."""
    return is_the_press(noun) or _known_medium(noun) is not None


def state_owned(medium: Token) -> bool:
    """ "Staatsagentur", "Parteiblatt", "die staatliche Zeitung": the medium's word says a state owns it."""
    return medium.lower_.startswith(STATE_PRESS_PREFIXES) or any(
        c.dep_ == "amod" and c.lower_.startswith(STATE_OWNED) for c in medium.children
    )


def speaks_for_its_state(medium: Token) -> bool:
    """A state's own medium: owned by its word, or one the knowledge base places in a state, named
    alone or after its kind ("die Staatsagentur KCNA", "die Nachrichtenagentur Xinhua")."""
    names = [medium, *(c for c in medium.children if c.dep_ in MEDIUM_NAME_DEPS and c.pos_ == "PROPN")]
    return state_owned(medium) or any(is_state_medium(_known_medium(name)) for name in names)


def is_state_medium(actor: ActorRef | None) -> bool:
    """A medium the knowledge base places in a state ("KCNA" is PRKMED, "Nhan Dan" VNMMED) and that speaks
    for its government: not a private or independent agency of that state ("Interfax", "Yonhap")."""
    return (
        actor is not None
        and (actor.actor_code or "").endswith(MEDIA_SECTOR)
        and bool(actor.country)
        and actor.kb_id not in INDEPENDENT_MEDIA
    )


def _known_medium(word: Token) -> ActorRef | None:
    entity = entity_at(word)
    actor = actor_of(entity) if entity is not None else None
    return actor if actor is not None and (actor.actor_code or "").endswith(MEDIA_SECTOR) else None
