"""Who performs an act noun whose agent the parse hides: the subject between the auxiliary and the
light verb of an object-first clause ("Scharfe Kritik hatte zuvor Polen geübt"), the pair that did
something at "ihrem Treffen" and the pair that gathers to a meeting ("kamen … zu einem Gespräch
zusammen")."""

from tests.event_tuples import coded_events

DATE = "2024-05-02"


def dyads(sentence: str, root: str) -> set[tuple]:
    events = coded_events(sentence, DATE, keep_implausible=True)
    return {(source, target) for code, source, target, _ in events if code.startswith(root)}


def test_subject_between_auxiliary_and_light_verb_of_an_object_first_clause():
    assert ("POL", None) in dyads("Scharfe Kritik hatte zuvor Polen geübt.", "11")


def test_misattached_subject_after_the_auxiliary_delivers_the_protest_note():
    sentence = "Eine offizielle Protestnote hat Seoul bislang jedoch nicht überreicht."
    assert {source for source, _ in dyads(sentence, "11")} == {"KOR"}


def test_a_pair_that_agreed_at_their_meeting_met_each_other():
    found = dyads(
        "Nach ihrem Treffen in Ankara unterzeichneten die Türkei und Aserbaidschan einen Vertrag.", "04"
    )
    assert {("TUR", "AZE"), ("AZE", "TUR")} <= found


def test_her_meeting_names_no_pair():
    # "ihrem" points back at the speaker: she met Xi, not herself
    assert dyads("Bei ihrem Treffen mit Xi sprach Merkel über Menschenrechte.", "04") == {("DEU", "CHN")}


def test_a_pair_that_gathers_to_talks_under_mediation_meets():
    found = dyads(
        "In Oslo kamen der serbische Präsident Vučić und sein kroatischer Kollege Milanović "
        "auf Vermittlung Norwegens zu einem Gespräch zusammen.",
        "04",
    )
    assert {("SRB", "HRV"), ("HRV", "SRB")} <= found


def test_a_pair_that_pledged_in_their_talk_met_each_other():
    found = dyads("In ihrem Gespräch sagten Macron und Scholz der Ukraine Hilfe zu.", "04")
    assert found == {("FRA", "DEU"), ("DEU", "FRA")}
