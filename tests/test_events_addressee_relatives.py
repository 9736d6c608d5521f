"""A relative clause the parse labels plain "acl" is a relative clause all the same for the acts an
appeal asks (`events.addressee_acts.in_relative_clause`): its finite verb opens no clause of its own
between the appeal and the infinitive. A sentence written for this file, through the real pipeline."""

from lagebild.events.addressee_acts import finite_between, in_relative_clause
from lagebild.pipeline import get_pipeline


def test_a_relative_clause_labelled_acl_opens_no_clause_between_appeal_and_infinitive():
    doc = get_pipeline("de")(
        "Washington bat Kairo, Sudanesen, die auf eine Einreise nach Europa warten, freizulassen."
    )
    words = {t.text: t for t in doc}
    waiting = words["warten"]
    assert waiting.dep_ == "acl"  # a guard: the parse this test is about
    assert in_relative_clause(waiting)
    assert not finite_between(words["bat"], words["freizulassen"])
