"""A call into the open names no addressee: "Peking rief zur Zurückhaltung auf". Unlike a request ("bat
um Hilfe", "drängte auf Gespräche"), which is made of someone the sentences before have named, such a
call is made to everyone who hears it: the gold codes it without a target, and the state talked about
just before is not whom it addresses. A warning ("mahnte, die Waffenruhe dürfe nicht brechen") is
not such a call: it is mostly aimed at the party just talked about (on the tuning banks it was right
five times where a target was wrongly guessed three times)."""

from __future__ import annotations

from lagebild.events.arguments import children
from lagebild.events.codebook import APPEAL_ROOT
from lagebild.events.triggers import Trigger

# verbs of calling on the public: with their addressee (an accusative) left out they address no one
PUBLIC_CALLS = ("aufrufen",)


def calls_on_no_one(trigger: Trigger) -> bool:
    """The trigger is an appeal by a verb of public calls with no addressee ("rief die Generäle zur
    Zurückhaltung auf" has one, even where it names no state)."""
    return (
        trigger.entry.code[:2] == APPEAL_ROOT
        and trigger.entry.kind == "V"
        and trigger.entry.lemma in PUBLIC_CALLS
        and not children(trigger.token, "obj", "iobj")
    )
