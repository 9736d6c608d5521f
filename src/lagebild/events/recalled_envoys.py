"""An envoy recalled in a passive that names no one ("Der sudanesische Botschafter war zu Konsultationen
zurückgerufen worden", "der irakische Geschäftsträger werde aus Ankara zurückgerufen") is recalled by his
own state, which the nationality adjective or the genitive of his title names: a state recalls only its
own envoys; the place he leaves ("aus Ankara", "in Bogotá"), or the state told of before, is the target
(161). A bare title ("Der Botschafter wird abgezogen") is left to `passive_sources`, and an envoy
expelled in the passive ("wurde ausgewiesen") is another state's act, not read here."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import ActorIndex, adjective_actor, children, genitive_attributes
from lagebild.events.codebook import REDUCED_RELATIONS
from lagebild.events.lexicon import VerbSet
from lagebild.events.passive_sources import agentless_passive
from lagebild.events.summoned_envoys import ENVOYS
from lagebild.events.triggers import Trigger

RECALLING = VerbSet({
    "zurückrufen": "ruft;rief;zurückgerufen", "abberufen": "beruft;berief;abberufen",
    "abziehen": "zieht;zog;abgezogen", "zurückbeordern": "beordert;beorderte;zurückbeordert",
})  # fmt: skip


def recalling_state(trigger: Trigger, actors: ActorIndex) -> Span | None:
    """The state of the envoy an agentless passive recalls, or None."""
    verb = trigger.token
    if trigger.entry.code != REDUCED_RELATIONS or verb not in RECALLING or not agentless_passive(verb):
        return None
    envoy = next((c for c in children(verb, "nsubj:pass") if c.lower_.startswith(ENVOYS)), None)
    if envoy is None:
        return None
    # only the title's own attributes: a place in the phrase ("der Botschafter und das Personal des
    # Generalkonsulats in Dubai") is where he is posted, not whose envoy he is
    owners = children(envoy, "nmod:poss") + genitive_attributes(envoy)
    return adjective_actor(envoy) or next(filter(None, map(actors.of_phrase, owners)), None)
