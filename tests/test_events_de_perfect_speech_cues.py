"""Reported words before a speech verb in the perfect ("…, hatte ein Sprecher gewarnt") are the
speaker's, as before a finite speech verb ("…, warnte ein Sprecher"): their impersonal "man" is the
speaker's side. Sentences of our own, through the whole pipeline."""

from functools import partial

from tests.event_tuples import coded_dyads

coded = partial(coded_dyads, date="2024-05-02")


def test_man_before_a_speech_verb_in_the_pluperfect_is_the_speakers_side():
    found = coded("Man werde Gegenmaßnahmen gegen Japan ergreifen, hatte ein Sprecher in Peking gewarnt.")
    assert any(code.startswith("16") and source == "CHN" for code, source, _ in found)


def test_man_before_a_speech_verb_in_the_perfect_is_the_named_speakers_side():
    found = coded("Man werde die Sanktionen gegen Belarus verschärfen, hat Außenminister Sikorski gesagt.")
    assert any(source == "POL" and target == "BLR" for _, source, target in found)
