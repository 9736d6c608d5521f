"""A call into the open names no addressee: "Peking rief zur Zurückhaltung auf". Unlike a request ("bat
um Hilfe", "drängte auf Gespräche"), which is made of someone the sentences before have named, such a
call is made to everyone who hears it: the gold codes it without a target, and the state talked about
just before is not whom it addresses. A warning ("mahnte, die Waffenruhe dürfe nicht brechen") is
not such a call: it is mostly aimed at the party just talked about (on the tuning banks it was right
five times where a target was wrongly guessed three times).

An appeal to a class of states that names none of them ("rief die Partner auf, Moskau zu isolieren",
"mahnt alle Atommächte zur Besonnenheit", "ruft die internationale Gemeinschaft auf, der somalischen
Regierung beizustehen") is made to that class: the gold codes it without a target, and neither the
state its clause asks them to act on nor one from before is whom it addresses (on the tuning banks 11
events became right this way, 2 right ones were lost)."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import ActorIndex, children
from lagebild.events.codebook import APPEAL_ROOT
from lagebild.events.triggers import Trigger

# verbs of calling on the public: with their addressee (an accusative) left out they address no one
PUBLIC_CALLS = ("aufrufen",)
# word endings of nouns for a class of states or their governments ("die Partner", "weitere Staaten",
# "die Geberländer", "alle Beteiligten", "die Staatengemeinschaft"); guests and friends are the
# speaker's own circle ("mahnt seine Gäste", "rief seine Freunde in aller Welt auf")
GROUP_ENDINGS = (
    "staaten", "länder", "regierungen", "partner", "verbündete", "verbündeten", "beteiligte",
    "beteiligten", "mächte", "gemeinschaft", "geber", "gäste", "freunde",
)  # fmt: skip
# "beide Seiten", "die beiden Nachbarn": two sides the text names (`targets_both_sides`)
PAIR_WORDS = ("beide", "beiden")
CLAUSE_DEPS = ("acl", "acl:relcl", "xcomp", "ccomp", "advcl", "parataxis", "conj", "punct")


def calls_on_no_one(trigger: Trigger) -> bool:
    """The trigger is an appeal by a verb of public calls with no addressee ("rief die Generäle zur
    Zurückhaltung auf" has one, even where it names no state)."""
    return (
        trigger.entry.code[:2] == APPEAL_ROOT
        and trigger.entry.kind == "V"
        and trigger.entry.lemma in PUBLIC_CALLS
        and not children(trigger.token, "obj", "iobj")
    )


def calls_on_a_group(trigger: Trigger, actors: ActorIndex) -> bool:
    """The trigger is an appeal by a verb whose addressee (its accusative object) is a class of states
    naming no actor: neither the noun itself ("die westlichen Partner" are the West) nor a word of its
    phrase ("die Staaten des Westens", "die Verbündeten Georgiens", "die Partner in der EU")."""
    if trigger.entry.code[:2] != APPEAL_ROOT or trigger.entry.kind != "V":
        return False
    addressees = children(trigger.token, "obj")
    return bool(addressees) and all(_names_a_class_of_states(a, actors) for a in addressees)


def _names_a_class_of_states(noun: Token, actors: ActorIndex) -> bool:
    # the noun phrase without the clause the parse may hang on it ("mahnt seine Gäste, die Umgehung der
    # Sanktionen gegen Russland zu unterbinden": Russia is what they are to act on, not among them)
    phrase = [noun, *(t for c in noun.children if c.dep_ not in CLAUSE_DEPS for t in c.subtree)]
    return (
        noun.pos_ == "NOUN"
        and noun.lower_.endswith(GROUP_ENDINGS)
        and not any(t.lower_ in PAIR_WORDS for t in phrase)
        and not any(t.i in actors.by_token for t in phrase)
    )
