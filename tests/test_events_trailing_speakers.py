"""A verb of saying that is an act of its own and follows the words it reports ("…, warnte die Botschaft")
is the speaker's act on the side the words are about, however the parse reads the speaker phrase after
it (`events.trailing_speakers`)."""

import pytest

from tests.event_tuples import coded_dyads

DATE = "2024-03-05"


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the speaker phrase after "warnte" parsed as its object, a name from the warning as its subject
        (
            "Hält Polen an den neuen Zöllen fest, müsse es mit Gegenmaßnahmen rechnen, "
            "warnte die russische Botschaft.",
            ("130", "RUS", "POL"),
        ),
        (
            "Die Regierung in Warschau habe die Lage bewusst verschärft, "
            "kritisierte ein Sprecher des russischen Außenministeriums.",
            ("111", "RUS", "POL"),
        ),
        (
            "Der Westen müsse die Lieferungen sofort einstellen, forderte der Kreml am Montag.",
            ("100", "RUS", "WST"),
        ),
    ],
)
def test_the_speaker_after_the_words_acts(text, event):
    assert event in coded_dyads(text, DATE)


def test_an_indicative_clause_before_the_verb_is_the_same_actors_act():
    # no reported words: "beschuldigte" shares the subject of the clause before it
    text = "Moskau will den Vorfall untersuchen lassen, beschuldigte Kiew aber ausdrücklich nicht."
    assert ("112", "RUS", "UKR") in coded_dyads(text, DATE)
