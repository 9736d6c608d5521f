"""Words German marks as objects are never the subject the coder falls back on: a noun phrase whose
article is a dative or accusative ("den Griechen"), a dative relative pronoun ("denen"), an object
pronoun; and a genitive possessive ("dessen Sprecher") marks no case of the phrase it opens. Nor is a
lone name after a plural finite verb its subject. Own sentences, through the whole pipeline."""

from functools import partial

from tests.event_tuples import coded_events

events = partial(coded_events, date="2025-03-04")


def test_a_subject_opened_by_dessen_is_no_fronted_object():
    # "dessen" ends like an accusative article, but is a genitive: "dessen Sprecher" is the subject
    coded = events("Gelassen reagierte Ankara, dessen Sprecher den Griechen Provokationen vorwarf.")
    assert ("1123", "TUR", "GRC", "asserted") in coded
    assert not any(source == "GRC" for _, source, _, _ in coded)


def test_a_dative_object_is_not_taken_for_an_unknown_subject():
    # the minister is no actor we know; the dative "den Katarern" must not accuse Egypt in his place
    coded = events(
        "Zurückhaltend äußerte sich Kairo, dessen Energieminister Tarek el-Molla den Katarern vorwarf, "
        "die Preise zu drücken."
    )
    assert not any(source == "QAT" for _, source, _, _ in coded)


def test_the_dative_of_an_impersonal_accusation_is_no_source():
    coded = events("Man kann den Franzosen vorwerfen, zu lange gezögert zu haben.")
    assert not any(source == "FRA" for _, source, _, _ in coded)


def test_a_lone_name_after_a_plural_verb_is_not_its_subject():
    # "wollen bis Mitte August … aushandeln": "August", a name after the plural verb, cannot be its
    # subject; "Beide Seiten" in front is, and stands for the two states named before
    coded = events(
        "Armenien und Aserbaidschan haben in Washington eine Erklärung unterzeichnet. Beide Seiten "
        "verpflichten sich darin zu einer Waffenruhe und wollen bis Mitte August einen Friedensvertrag "
        "aushandeln.",
        keep_implausible=True,
    )
    assert {("046", "ARM", "AZE", "future"), ("046", "AZE", "ARM", "future")} <= set(coded)
