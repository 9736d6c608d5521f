"""An act that needs a target and names none takes the other state the text was just talking about
(lagebild.events.targets_filled); acts outside those roots keep no target."""

import lagebild


def _events(text: str) -> list[tuple[str | None, str, str | None]]:
    analysis = lagebild.analyze(text, date="2024-05-01", lang="de")
    return [
        (e.source.country if e.source else None, e.root, e.target.country if e.target else None)
        for e in analysis.events
    ]


def test_fighting_without_a_named_target_is_aimed_at_the_other_state_just_mentioned():
    text = (
        "Tadschikistan und Kirgisistan streiten seit Jahren über den Grenzverlauf. "
        "Kirgisistan warf dem Nachbarn am Montag vor, Siedlungen zu beanspruchen. "
        "Am Dienstag beschossen tadschikische Einheiten erneut Stellungen an der Grenze."
    )
    assert ("TJK", "19", "KGZ") in _events(text)


def test_a_threat_without_a_named_target_is_not_filled_from_the_sentences_before():
    text = (
        "Armenien und Aserbaidschan verhandeln über einen Friedensvertrag. "
        "Die Regierung in Baku drohte am Montag mit Konsequenzen."
    )
    assert ("AZE", "13", None) in _events(text)


def _posture_events(text: str) -> list[tuple[str | None, str, str | None, str]]:
    analysis = lagebild.analyze(text, date="2024-05-01", lang="de")
    return [
        (e.source.country if e.source else None, e.code, e.target.country if e.target else None, e.modality)
        for e in analysis.events
        if e.root == "15"
    ]


def test_troops_sent_to_an_unnamed_border_face_the_state_just_mentioned():
    text = (
        "Vertreter Nigerias und Kameruns verhandelten in Genf über die Halbinsel Bakassi. "
        "Die Gespräche blieben ohne Ergebnis. Nigeria verlegte danach Truppen an die Grenze."
    )
    assert _posture_events(text) == [("NGA", "154", "CMR", "asserted")]


def test_troops_sent_elsewhere_keep_no_target():
    text = (
        "Vertreter Nigerias und Kameruns verhandelten in Genf über die Halbinsel Bakassi. "
        "Die Gespräche blieben ohne Ergebnis. Nigeria verlegte danach Truppen in den Süden."
    )
    assert _posture_events(text) == [("NGA", "154", None, "asserted")]
