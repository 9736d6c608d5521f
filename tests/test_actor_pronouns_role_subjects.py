"""A subject pronoun takes up the person a subject role noun named in its own sentence or the one before,
after any named person that agrees with it, with the state that noun's phrase names
(`actor_pronouns.role_subject_referent`). Sentences written for these tests."""

from tests.event_tuples import coded_events

DATE = "2024-05-01"


def test_a_spokesman_of_a_ministry_speaks_again_as_er():
    events = coded_events(
        "Ein Sprecher des chinesischen Außenministeriums wies die Kritik zurück. "
        "Japan solle die Provokationen einstellen, forderte er.",
        DATE,
    )
    assert ("100", "CHN", "JPN", "asserted") in events


def test_a_minister_named_by_role_is_the_speaker_of_man():
    events = coded_events(
        "Der litauische Außenminister kritisierte Minsk scharf. "
        "Man werde die Grenze zu Belarus schließen, sagte er.",
        DATE,
    )
    assert ("191", "LTU", "BLR", "future") in events


def test_a_role_of_the_other_gender_is_not_taken_up():
    events = coded_events(
        "Eine Sprecherin des chinesischen Außenministeriums wies die Kritik zurück. "
        "Man werde die Grenze schließen, sagte er.",
        DATE,
    )
    assert not any(source == "CHN" and code.startswith("19") for code, source, _, _ in events)


def test_a_spokesman_named_after_a_foreign_envoy_is_the_one_who_goes_on():
    events = coded_events(
        "Der japanische Botschafter Kenji Sato lobte den Beschluss des Rates. "
        "Ein Sprecher des französischen Außenministeriums sprach von einem Fehler. "
        "Er warf Tokio vor, die Verhandlungen zu blockieren.",
        DATE,
    )
    assert ("112", "FRA", "JPN", "asserted") in events
    assert not any(source == "JPN" and code == "112" for code, source, _, _ in events)


def test_a_person_named_after_the_spokesman_is_still_the_one_taken_up():
    events = coded_events(
        "Ein Sprecher des französischen Außenministeriums sprach von einem Fehler. "
        "Danach kritisierte der japanische Botschafter Kenji Sato den Beschluss. "
        "Er warf Paris vor, die Verhandlungen zu blockieren.",
        DATE,
    )
    assert ("112", "JPN", "FRA", "asserted") in events
