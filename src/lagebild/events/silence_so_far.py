"""Silence so far is no comment declined: "Moskau hat sich bislang nicht geäußert" reports, in the
perfect, that no statement has been made up to now; it reports no act. Declining to comment is an act
of the moment, told with the will to keep silent or in the preterite of the reaction ("wollte sich
nicht äußern", "äußerte sich nicht"). So the negated perfect of "sich äußern" stays what it is, a
statement not made (010, negated), where the other negated statements become a comment declined
(`sentence_rules.without_framing`). The same holds of a report not yet commented on or confirmed ("hat
das bislang nicht bestätigt", "hat die Vereinbarung bisher nicht kommentiert"): nothing was said yet."""

from __future__ import annotations

from spacy.tokens import Token

# speaking out, commenting on and confirming what is reported
SPEAKING_OUT = ("äußern", "kommentieren", "bestätigen")
PERFECT_AUX = "haben"


def silent_so_far(verb: Token) -> bool:
    """ "hat sich (noch, bislang) nicht geäußert", "hatte sich nicht geäußert", "hat das nicht bestätigt":
    the (plu)perfect of a verb of speaking out, whose negation the caller has already read."""
    return (
        verb.lemma_ in SPEAKING_OUT
        and verb.tag_ == "VVPP"
        and any(c.dep_ == "aux" and c.lemma_ == PERFECT_AUX for c in verb.children)
    )


# Not confirming a claim in the preterite ("Eine Gegenleistung bestätigte keine Seite", "Kairo bestätigte
# den Bericht nicht") leaves the claim unconfirmed: no statement made and no comment refused, so no event
# (gold: "no confirmation, no event"). The perfect ("hat das bislang nicht bestätigt") is read first, by
# silent_so_far, as a statement not made up to now (010, negated): both readings assert nothing, and the
# tuning banks code the perfect as the negated statement. "weder bestätigt noch dementiert" refuses both
# answers and stays a comment declined, as does the will not to confirm ("wollte den Bericht nicht
# bestätigen").
CONFIRMING = "bestätigen"
BOTH_REFUSED = "weder"
UNWILLING = {"wollen", "mögen"}


def left_unconfirmed(verb: Token) -> bool:
    """A negated "bestätigen" neither half of "weder … noch" nor under "wollen"; the caller has read the
    negation."""
    if verb.lemma_ != CONFIRMING:
        return False
    return not any(c.lower_ == BOTH_REFUSED or c.lemma_ in UNWILLING for c in verb.children)
