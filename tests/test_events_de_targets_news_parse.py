"""Targets read under the attachments of the news-trained parser: a bare dative labelled "obl:arg", a bare
name hung on the subject, a list whose last item the parse split off, a pair that
agreed on what a "zu" infinitive names and two addressees asked to stop fighting each other."""

from tests.event_tuples import events_of


def _dyads(text: str, root: str) -> set[tuple]:
    """(source state/IGO prefix, target state/IGO prefix) of the events of one CAMEO root."""
    return {
        (e.source.actor_code[:3] if e.source else None, e.target.actor_code[:3] if e.target else None)
        for e in events_of(text, "2024-05-01")
        if e.root == root
    }


def test_bare_name_after_the_subject_is_the_one_asked() -> None:
    text = "Mit einem Brief hat Georgiens Regierung Russland ersucht, die Gefangenen freizulassen."
    assert ("GEO", "RUS") in _dyads(text, "02")
    assert _dyads(text, "08") == {("RUS", "GEO")}


def test_genitive_name_after_a_noun_is_no_object() -> None:
    text = "Indische Kampfjets bombardieren nach Angaben Islamabads ein Lager der Miliz in Pakistan."
    assert _dyads(text, "19") == {("IND", "PAK")}


def test_items_before_the_last_of_a_split_list_are_targets_too() -> None:
    text = (
        "Kuba hatte zuvor auch Spanien, Italien und die Niederlande in scharfen Noten vor Sanktionen gewarnt."
    )
    assert {("CUB", "ESP"), ("CUB", "ITA"), ("CUB", "NLD")} <= _dyads(text, "13")


def test_pair_agreeing_on_an_infinitive_cooperates_with_each_other() -> None:
    text = "Im Januar hatten Bamako und Moskau vereinbart, ihre militärische Zusammenarbeit zu vertiefen."
    assert _dyads(text, "03") == {("MLI", "RUS"), ("RUS", "MLI")}


def test_two_addressees_asked_to_stop_fighting_each_other() -> None:
    text = (
        "UN-Generalsekretär António Guterres appellierte an Armenien und Aserbaidschan, die Kämpfe an der "
        "Grenze sofort einzustellen."
    )
    assert _dyads(text, "08") == {("ARM", "AZE"), ("AZE", "ARM")}


def test_list_partner_of_the_subject_is_no_addressee() -> None:
    text = "Am Montag hatten Kenia und Ghana Nigeria weitere Hilfe zugesagt."
    assert _dyads(text, "03") == {("KEN", "NGA"), ("GHA", "NGA")}
