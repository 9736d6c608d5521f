""" "das Land" in the words of a person or government speaking for a state is that state, whatever other state
was named before; where its sentence names no one before it, it is the state of the one the sentence before
was about. Own sentences, through the whole pipeline."""

from tests.event_tuples import coded_events

DATE = "2025-07-20"


def test_the_land_of_a_speakers_reported_words_is_the_speakers_state():
    text = (
        "Die USA und Brasilien verhandeln seit Wochen über Zölle. Präsident Lula sagte am Montag, das Land "
        "werde keine neuen Zölle auf amerikanische Waren erheben."
    )
    assert ("163", "BRA", "USA", "negated") in coded_events(text, DATE)


def test_the_land_after_a_sentence_about_a_head_of_state_is_that_heads_state():
    text = (
        "Großbritanniens Außenminister reiste am Montag nach Nairobi. Präsident William Ruto empfing den Gast "
        "im State House. Die Weltbank sagte dem Land einen neuen Kredit zu."
    )
    granted = [
        (code, target, modality) for code, _, target, modality in coded_events(text, DATE) if code == "0331"
    ]
    assert granted == [("0331", "KEN", "asserted")]
