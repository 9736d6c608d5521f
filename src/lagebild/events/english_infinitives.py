"""Who acts in an English to-infinitive that follows a verb and its object.

"urged Gondor to withdraw", "allowed the candidate to run": the object is the infinitive's subject
(object control), which the nearest actor before the infinitive already gives. "will visit Mauritania
and Senegal to mediate", "sent observers to Bosnia to investigate": a purpose infinitive, whose
subject is the governing verb's subject, not the last name before "to".
"""

from __future__ import annotations

import re

# verbs whose object does what the infinitive says (asking, ordering, permitting, forcing, helping)
OBJECT_CONTROL = re.compile(
    r"^(urg|ask|call|order|allow|permit|forc|compel|invit|persuad|tell|told|encourag|help|enabl|press|"
    r"instruct|direct|authori[sz]|requir|request|appeal|demand|implor|exhort|advis|warn|pressur|"
    r"mandat|empower|expect|want|lead|led|prompt|convinc|get|got|oblig|summon|command)"
)


def purpose_subject(governor_word: str) -> bool:
    """True when the infinitive after this governing verb (and its object) has the verb's subject."""
    return not OBJECT_CONTROL.match(governor_word)
