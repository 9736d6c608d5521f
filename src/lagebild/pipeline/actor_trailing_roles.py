"""People the KB does not know whom an apposition after the name introduces: "Andrij Jussow, Sprecher
des ukrainischen Militärgeheimdienstes, erklärte …", "Christian Malanga, ein im Exil lebender
Oppositioneller, …". German news gives a new name its role after the comma as often as before it
(`ActorResolver._role_appositions` reads "Sprecher X"); the name becomes a document actor with that
role, owned by a country the role's phrase names ("des ukrainischen …"), else placed in the passage's
state with the other unowned holders (`actor_holders`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

if TYPE_CHECKING:
    from lagebild.pipeline.actors import ActorResolver, Mention

# articles an apposition may open with: "X, der Sprecher …", "X, ein im Exil lebender Oppositioneller"
APPOSITION_ARTICLES = {"der", "die", "ein", "eine"}
# prepositions of a modifier's phrase: "ein im Exil lebender", "die aus Bamako stammende"
PHRASE_PREPOSITIONS = {"im", "in", "aus", "seit"}
# the parts of speech of the lower-case words an apposition puts before its role noun
MODIFIER_POS = {"ADJ", "ADV", "ADP"}
# the words that date a former role ("bis dahin Vizechef"), which the parse often tags a conjunction
SINCE_WORDS = {"bis", "seit"}
# how many words may stand between the comma and the role noun ("ein im Exil lebender Oppositioneller")
APPOSITION_REACH = 5


def trailing_role_people(resolver: ActorResolver, taken: set[int]) -> list[Mention]:
    """Document actors for 'First Last, [article] [modifiers] Role …' where the name is no one known."""
    doc: Doc = resolver.doc
    mentions = []
    i = 0
    while i < len(doc):
        end = None if i in taken else resolver.new_name_end(i)
        if end is None:
            i += 1
            continue
        role_at = _role_after(resolver, doc, end)
        if role_at is not None and not any(t in taken for t in range(i, end)):
            mentions.append(resolver.person_with_role(doc[i:end], role_at))
        i = end
    return mentions


def _role_after(resolver: ActorResolver, doc: Doc, end: int) -> int | None:
    """The position of a singular role noun in an apposition right after the name ending at `end`."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    for k in range(end + 1, min(end + 1 + APPOSITION_REACH, len(doc))):
        word = doc[k]
        role = resolver.role_word(word.text)
        if role is not None:
            # a role before a name of its own is that person's title ("X, die ukrainische
            # Verteidigungsministerin Y"), not an apposition of X
            return None if role.plural or resolver.new_name_end(k + 1) is not None else k
        # only an article and lower-case modifiers stand before the role, a noun only after their
        # preposition ("im Exil lebender"): another capitalised word is a name or a noun of its own
        # (a relative clause, "X, die dem Präsidenten dankte", has a pronoun and then any case)
        modifier = word.text[:1].islower() and (word.pos_ in MODIFIER_POS or word.lower_ in SINCE_WORDS)
        in_phrase = modifier or doc[k - 1].lower_ in PHRASE_PREPOSITIONS
        if not (word.lower_ in APPOSITION_ARTICLES or in_phrase) or word.is_punct:
            return None
    return None
