"""A verb of saying coordinated with an earlier verb ("X tat A, warnte aber, …", "X traf Y und
mahnte, …") shares that verb's subject as speaker, and the clause before its comma is the speaker's
own act, not reported words."""

import lagebild


def quotes(text: str):
    return lagebild.analyze(text, date="2024-05-02", lang="de").quotes


def test_a_verb_of_saying_after_a_comma_reports_what_follows_in_the_first_subjects_words():
    text = "Außenministerin Penny Wong lobte die Einigung, warnte aber, die Lage bleibe angespannt."
    (quote,) = quotes(text)
    assert (quote.kind, quote.text, quote.cue) == ("indirect", "die Lage bleibe angespannt", "warnte")
    assert quote.speaker_name == "Penny Wong"


def test_an_inverted_subject_still_makes_the_clause_before_the_comma_reported():
    (quote,) = quotes("Die Gespräche seien gescheitert, sagte zugleich der Sprecher.")
    assert (quote.text, quote.speaker_name) == ("Die Gespräche seien gescheitert", "der Sprecher")


def test_man_in_the_words_of_a_coordinated_verb_of_saying_is_the_speakers_side():
    text = "Präsident Alar Karis bedauerte die Entscheidung Moskaus, betonte aber, man lasse sich nicht erpressen."
    events = lagebild.analyze(text, date="2024-05-02", lang="de").events
    assert ("EST", "RUS") in {
        (e.source and e.source.country, e.target and e.target.country)
        for e in events
        if e.code.startswith("12")
    }
