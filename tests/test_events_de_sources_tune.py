"""Who acts, where the parse offers a wrong subject: a heading before a colon, a relative pronoun that
disagrees with its verb, a personal pronoun in a relative clause. Sentences of our own, through the
whole pipeline."""

from lagebild import analyze


def coded(text: str) -> list[tuple[str, str | None, str | None]]:
    """(root, source state, target state) of each event."""
    return [
        (e.code[:2], e.source and (e.source.country or e.source.actor_code), e.target and e.target.country)
        for e in analyze(text, date="2024-03-04", lang="de").events
    ]


def test_a_country_heading_before_a_colon_is_no_subject():
    found = coded(
        "Mali: Frankreichs Außenminister Jean-Yves Le Drian besuchte die Truppen in Gao und sagte weitere Hilfe zu."
    )
    assert ("04", "FRA", "MLI") in found
    assert not [event for event in found if event[1] == "MLI"]


def test_a_name_the_parse_hung_on_the_heading_is_the_subject():
    found = coded(
        "Libanon: Katars Emir Tamim bin Hamad Al Thani sagte der Regierung in Beirut neue Hilfen zu."
    )
    assert ("03", "QAT", "LBN") in found
    assert not [event for event in found if event[1] == "LBN"]


def test_a_relative_pronoun_disagreeing_with_a_singular_verb_is_the_object():
    found = coded(
        "Die Hamas will zwanzig israelische Soldaten freilassen, die sie im Frühjahr an der Grenze entführt hatte."
    )
    assert ("18", "PSE", "ISR") in found
    assert ("18", "ISR", "PSE") not in found


def test_a_relative_pronoun_agreeing_with_a_plural_verb_stays_the_subject():
    found = coded(
        "Die EU bestrafte Firmen aus China und Armenien, die Russland mit Bauteilen beliefert haben sollen."
    )
    assert not [event for event in found if event[0] == "06" and event[1] == "RUS"]


def test_a_demonstrative_before_the_verb_is_the_subject_not_the_noun_after_it():
    found = coded(
        "Der Gouverneursrat der IAEA tagte in Wien. Dieser hatte Syrien am Dienstag mit großer Mehrheit gerügt."
    )
    assert not [event for event in found if event[1] == "SYR"]


def test_a_title_and_its_name_share_the_subject_of_a_coordinated_verb():
    found = coded(
        "Oppositionsführer Lee Jae-myung nannte den Gipfel einen „Ausverkauf“ und forderte Japan auf, "
        "die Opfer zu entschädigen."
    )
    assert ("10", "KOR", "JPN") in found
    assert ("10", "JPN", "KOR") not in found


def test_a_plural_before_a_singular_verb_is_its_object():
    found = coded("Die EU-Staaten forderte Scholz auf, mehr Flüchtlinge aus Griechenland aufzunehmen.")
    assert [event for event in found if event[:2] == ("10", "DEU")]
    assert not [event for event in found if event[0] == "10" and event[2] == "DEU"]
