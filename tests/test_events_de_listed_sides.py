"""Items of one list share their role in the clause: none of them is the source of an act on another,
unless the listed act on each other (a partner row, a reciprocal "sich")."""

from lagebild.events.arguments import ActorIndex
from lagebild.events.lexicon import german_lexicon
from lagebild.events.listed_sides import done_to_each_other, on_one_list
from lagebild.events.triggers import verb_trigger
from lagebild.pipeline import get_pipeline
from tests.event_tuples import coded_dyads, coded_events


def _list_check(text: str, verb: str, source: str, target: str) -> bool:
    """`on_one_list` for the actors named `source` and `target` in `text`, on the real parse."""
    doc = get_pipeline("de")(text)
    actors = ActorIndex(doc)
    sentence = next(iter(doc.sents))
    trigger = verb_trigger(next(t for t in sentence if t.text == verb), sentence, german_lexicon())
    named = {span.text: span for span in doc.ents}
    return on_one_list(named[source], named[target], trigger, actors)


def _mutual(text: str, verb: str) -> bool:
    doc = get_pipeline("de")(text)
    sentence = next(iter(doc.sents))
    trigger = verb_trigger(next(t for t in sentence if t.text == verb), sentence, german_lexicon())
    return done_to_each_other(trigger, ActorIndex(doc))


def test_items_of_one_list_are_on_one_list() -> None:
    text = "Kenia, Uganda und Tansania wiesen den Vorschlag Äthiopiens zurück."
    assert _list_check(text, "wiesen", "Uganda", "Kenia")
    assert _list_check(text, "wiesen", "Tansania", "Uganda")
    assert not _list_check(text, "wiesen", "Uganda", "Äthiopiens")


def test_a_rejection_is_no_act_among_the_rejecting() -> None:
    assert not _mutual("Kenia, Uganda und Tansania wiesen den Vorschlag Äthiopiens zurück.", "wiesen")


def test_a_reciprocal_sich_makes_the_listed_act_on_each_other() -> None:
    assert _mutual("Am Morgen haben sich serbische und kosovarische Polizisten beschossen.", "beschossen")


def test_listed_subjects_of_a_partner_verb_keep_both_directions() -> None:
    found = coded_dyads("Ghana und Togo unterzeichneten am Montag ein Handelsabkommen.", "2024-05-01")
    assert {(source, target) for code, source, target in found if code.startswith("05")} >= {
        ("GHA", "TGO"),
        ("TGO", "GHA"),
    }


def test_listed_critics_do_not_criticise_each_other() -> None:
    found = coded_dyads("Polen, Litauen und Lettland kritisierten die Sanktionen Russlands.", "2024-05-01")
    assert not any(
        source in ("POL", "LTU", "LVA") and target in ("POL", "LTU", "LVA") for _, source, target in found
    )


def test_listed_sides_that_fired_at_each_other_are_coded_both_ways() -> None:
    found = coded_dyads(
        "Am zweiten Tag der Gefechte haben sich armenische und aserbaidschanische Truppen erneut mit "
        "Artillerie beschossen.",
        "2024-05-01",
    )
    pairs = {(source, target) for code, source, target in found if code.startswith("19")}
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= pairs


def test_listed_sides_that_take_up_ties_take_them_up_with_each_other() -> None:
    resumed = coded_events(
        "Ägypten und Katar nahmen die diplomatischen Beziehungen wieder auf.", "2024-05-01"
    )
    assert ("054", "EGY", "QAT", "asserted") in resumed
    assert ("054", "QAT", "EGY", "asserted") in resumed
    contact = coded_dyads("Ghana und Togo nahmen direkten Kontakt auf.", "2024-05-01")
    assert {("040", "GHA", "TGO"), ("040", "TGO", "GHA")} <= contact


def test_a_tie_with_a_named_partner_is_taken_up_with_that_partner() -> None:
    found = coded_dyads("Ghana und Togo nahmen diplomatische Beziehungen zu Bahrain auf.", "2024-05-01")
    assert {("054", "GHA", "BHR"), ("054", "TGO", "BHR")} <= found
    assert not any(source in ("GHA", "TGO") and target in ("GHA", "TGO") for _, source, target in found)
