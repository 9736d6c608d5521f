"""The article's home state: "der Kanzler", "die Regierung", "die Grünen" without a country belong
to the state an Austrian or Swiss article points to, to Germany when nothing points elsewhere."""

from __future__ import annotations

import pytest

import lagebild

DATE = "2015-10-20"


def _actor_of(text: str, mention: str) -> tuple[str | None, str | None]:
    """(country, actor code) of the entity one of whose mentions reads `mention`."""
    analysis = lagebild.analyze(text, date=DATE, lang="de")
    for entity in analysis.entities:
        if any(m.text == mention for m in entity.mentions):
            return entity.country, entity.actor_code
    raise AssertionError(f"no entity for {mention!r}: {[e.name for e in analysis.entities]}")


AUSTRIAN = (
    "Die ÖVP und die SPÖ stritten am Montag in Wien erneut über die Asylpolitik. "
    "Der Kanzler wies die Kritik der FPÖ zurück. "
    "Die Regierung lehnte am Abend auch die Forderung der Grünen ab."
)


def test_chancellor_of_an_austrian_article_is_austrias():
    assert _actor_of(AUSTRIAN, "Der Kanzler")[0] == "AUT"


def test_greens_of_an_austrian_article_are_austrias_party():
    assert _actor_of(AUSTRIAN, "Grünen") == ("AUT", "AUTPTY")


def test_government_beside_the_austrian_greens_is_austrias():
    assert _actor_of(AUSTRIAN, "Die Regierung") == ("AUT", "AUTGOV")


def test_swiss_article_points_to_switzerland():
    text = (
        "Die SVP will die Zuwanderung in allen Kantonen begrenzen. Der Kanton Zürich hatte die Vorlage "
        "schon abgelehnt. Die SVP kritisierte daraufhin die Regierung in scharfen Worten."
    )
    assert _actor_of(text, "die Regierung") == ("CHE", "CHEGOV")


@pytest.mark.parametrize(
    "text",
    [
        # a German article: nothing points elsewhere
        "Die Grünen warfen der Union in Berlin Versagen vor. Der Kanzler wies die Kritik der Grünen zurück.",
        # one Austrian town in a German story is a neighbour's, not the home state
        "Hunderte Flüchtlinge kamen über Salzburg nach Bayern. Der Kanzler wies die Kritik der Grünen zurück.",
    ],
)
def test_german_default_holds_when_nothing_points_elsewhere(text):
    assert _actor_of(text, "Der Kanzler")[0] == "DEU"
    assert _actor_of(text, "Grünen")[1] == "DEUPTY"


def test_austrian_and_swiss_parties_are_their_states_actors():
    assert _actor_of(AUSTRIAN, "FPÖ") == ("AUT", "AUTPTY")
    swiss = "Die SVP sammelte in Bern Unterschriften gegen das Abkommen. Der Kanton Aargau unterstützt sie."
    assert _actor_of(swiss, "SVP") == ("CHE", "CHEPTY")


def test_swiss_bundesrat_is_the_government_the_austrian_one_a_chamber():
    swiss = "Der Bundesrat hat in Bern das Abkommen gebilligt. Die SVP und mehrere Kantone lehnen es ab."
    assert _actor_of(swiss, "Bundesrat") == ("CHE", "CHEGOV")
    austrian = "Der Bundesrat hat in Wien das Gesetz gebilligt. Die FPÖ und die ÖVP stimmten dagegen."
    assert _actor_of(austrian, "Bundesrat") == ("AUT", "AUTLEG")


def test_federal_government_and_green_compounds_of_an_austrian_article():
    text = (
        "Die ÖVP und die SPÖ verteidigten in Wien das Sparpaket. Die Bundesregierung will es noch im "
        "Herbst beschließen. Die Grünen-Abgeordnete kritisierte das Paket."
    )
    assert _actor_of(text, "Bundesregierung") == ("AUT", "AUTGOV")
    assert _actor_of(text, "Grünen-Abgeordnete")[0] == "AUT"


def test_german_federal_government_named_as_german_stays_german():
    text = "Die ÖVP und die SPÖ trafen sich in Wien. Die deutsche Bundesregierung lehnte den Plan ab."
    assert _actor_of(text, "Bundesregierung")[0] == "DEU"


def test_a_state_named_for_comparison_is_no_home_state():
    # a report on France that compares with Austria: Austria's name alone does not make "die
    # Regierung" Austrian
    text = (
        "Der Streit um die Rentenreform hält an. Wie in Österreich wird heftig gestritten, doch anders als "
        "in Österreich fehlt der Kompromiss. Österreich hatte seine Reform schon 2004. Es ist ein "
        "Rückschlag für Frankreich: Die Regierung zieht den Entwurf zurück."
    )
    analysis = lagebild.analyze(text, date=DATE, lang="de")
    assert all(e.actor_code != "AUTGOV" for e in analysis.entities)


def test_party_in_parentheses_after_a_name_is_no_actor_of_its_own():
    text = "Die ÖVP und die SPÖ stritten in Wien. Innenministerin Johanna Mikl-Leitner (ÖVP) kritisierte die SPÖ."
    analysis = lagebild.analyze(text, date=DATE, lang="de")
    in_parentheses = text.index("(ÖVP)") + 1
    for entity in analysis.entities:
        assert all(m.start != in_parentheses or entity.actor_code is None for m in entity.mentions)


def test_the_union_in_an_austrian_article_is_not_germanys_cdu():
    """Austria has a Kanzler and Grüne of its own but no "Union" of parties: the word is no CDU/CSU."""
    text = (
        "Die ÖVP und die SPÖ stritten in Wien über die Budgetregeln. "
        "Der Kanzler kritisierte die Union scharf für ihre Vorgaben."
    )
    analysis = lagebild.analyze(text, date=DATE, lang="de")
    union = [e for e in analysis.entities if any(m.text == "Union" for m in e.mentions)]
    assert all(e.country != "DEU" for e in union)


def test_the_union_in_a_german_bundestag_article_is_the_cdu():
    assert _actor_of("Im Bundestag griff die Union den Kanzler scharf an.", "Union")[0] == "DEU"


def test_greens_a_country_adjective_names_are_that_states_party():
    text = "Die kanadischen Grünen kritisierten den Haushalt der Regierung in Ottawa scharf."
    assert _actor_of(text, "Grünen") == ("CAN", "CANPTY")
