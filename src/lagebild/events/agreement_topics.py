"""An act named as what an agreement or a treaty is about ("kündigte das Abkommen über die Stationierung
amerikanischer Soldaten", "ein Vertrag zum Austausch von Gefangenen") is the agreement's content, not an
act that took place or is announced: the event is the agreement's own (signed, ended, ratified), coded
by the verb that tells what became of it."""

from __future__ import annotations

from lagebild.events.triggers import Trigger

# the nouns of agreements, by their endings so that compounds count ("Stationierungsabkommen")
AGREEMENTS = (
    "abkommen", "abkommens", "vertrag", "vertrags", "vertrages", "verträge", "verträgen", "vereinbarung",
    "vereinbarungen", "übereinkommen", "übereinkommens", "übereinkunft", "pakt", "pakts", "paktes",
    "memorandum",
)  # fmt: skip
# "Abkommen über …", "Vertrag zum / zur …", "Vereinbarung für …"
TOPIC_PREPOSITIONS = {"über", "zu", "zum", "zur", "für"}


def agreement_topic(trigger: Trigger) -> bool:
    """The trigger is a noun that names what an agreement noun it depends on is about."""
    noun = trigger.token
    if trigger.entry.kind != "N" or noun.dep_ != "nmod" or noun.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not noun.head.lower_.endswith(AGREEMENTS):
        return False
    return any(c.dep_ == "case" and c.lower_ in TOPIC_PREPOSITIONS for c in noun.children)
