"""An appeal, demand or threat to "beide Seiten" goes to the two parties of the article's conflict:
not to an international body, a mediator or the speaker, who stand between them."""

from lagebild import analyze


def _targets(text: str, verb: str, root: str) -> set[str]:
    events = analyze(text, date="2026-11-20", lang="de").events
    return {
        e.target.actor_code[:3]
        for e in events
        if e.code.startswith(root) and verb in e.evidence.text and e.target is not None
    }


def test_an_international_body_is_no_side():
    # the UN demands and condemns as often as anyone fights: it is no side
    text = (
        "Der UN-Sicherheitsrat verurteilte Russland scharf. Die UN-Generalversammlung forderte Russland auf,"
        " seine Truppen abzuziehen. Russland beschoss in der Nacht die ukrainische Armee. Die Ukraine warf"
        " Russland Kriegsverbrechen vor. Der indische Premier rief beide Seiten zur Mäßigung auf."
    )
    assert _targets(text, "beide Seiten", "02") == {"RUS", "UKR"}


def test_a_state_that_criticised_once_is_no_side():
    text = (
        "Armenien warf Aserbaidschan vor, Dörfer an der Grenze zu beschießen. Frankreich kritisierte"
        " Aserbaidschan scharf. Aserbaidschan drohte Armenien mit Vergeltung. Die aserbaidschanische Armee"
        " griff am Abend Stellungen der armenischen Armee an. Der deutsche Außenminister rief beide Seiten"
        " zur Zurückhaltung auf."
    )
    assert _targets(text, "beide Seiten", "02") == {"ARM", "AZE"}


def test_the_speaker_is_no_side():
    text = (
        "Die USA warfen Iran vor, Milizen im Irak mit Raketen zu beliefern. Washington kritisierte Teheran"
        " zudem wegen seines Atomprogramms. Israel griff in der Nacht Ziele in Iran an. Teheran drohte Israel"
        " mit einem harten Gegenschlag. Washington rief beide Seiten zur Zurückhaltung auf."
    )
    assert _targets(text, "beide Seiten", "02") == {"ISR", "IRN"}


def test_both_sides_after_the_verb_though_the_parse_hangs_them_elsewhere():
    # "beide" taken for the verb's object and "Seiten" for the head of the infinitive clause
    text = (
        "Indien warf Pakistan vor, Terroristen über die Grenze zu schicken. Pakistanische Truppen beschossen"
        " indische Stellungen in Kaschmir. Der UN-Generalsekretär begrüßte die Gespräche und mahnte beide"
        " Seiten, die Waffenruhe einzuhalten."
    )
    assert _targets(text, "beide Seiten", "02") == {"IND", "PAK"}


def test_a_mediator_who_criticised_one_side_is_no_side():
    # Turkey talks to both and criticises Armenia twice; Azerbaijan attacks once: the sides are the two
    text = (
        "Die Türkei führte in Ankara Gespräche mit Armenien. Der türkische Außenminister beriet sich am Abend"
        " auch mit Aserbaidschan. Ankara warf Armenien vor, die Verhandlungen zu blockieren. Die Türkei"
        " kritisierte Armenien zudem wegen seiner Truppenbewegungen. Aserbaidschanische Truppen griffen"
        " armenische Stellungen an. Der französische Präsident rief beide Seiten zur Zurückhaltung auf."
    )
    assert _targets(text, "beide Seiten", "02") == {"ARM", "AZE"}


def test_both_governments_are_the_pair_of_the_sentence_before_not_the_last_pair_coded_further_back():
    # the article's two pairs tie, and the last one coded (Russia and Ukraine) lies a paragraph back:
    # the sentence just before "Beide Regierungen" names the two that agree, though it codes no event
    text = (
        "Die Türkei forderte Griechenland auf, die Manöver in der Ägäis zu beenden. Russland drohte der"
        " Ukraine mit neuen Angriffen.\n\nVon 2027 an will Japan weitreichende Waffen in Polen stationieren,"
        " darunter Marschflugkörper. Beide Regierungen verständigten sich auf eine gemeinsame Erklärung."
    )
    events = analyze(text, date="2026-11-20", lang="de").events
    pairs = {
        (e.source.country, e.target.country)
        for e in events
        if "Beide Regierungen" in e.evidence.text and e.source and e.target
    }
    assert pairs == {("JPN", "POL"), ("POL", "JPN")}


def test_with_no_pair_coded_the_two_states_named_most_are_the_sides():
    # no act sets the two against each other, but the story names them throughout; the speaker,
    # Russia, is named too and is no side
    text = (
        "Seit einer Woche stehen Aktivisten aus Aserbaidschan auf der einzigen Straße nach Armenien."
        " Die Regierung in Eriwan spricht von einer Blockade. Baku bestreitet das."
        " Russische Soldaten sollen die Straße eigentlich sichern."
        " Der Kreml rief beide Seiten zur Zurückhaltung auf."
    )
    assert _targets(text, "beide Seiten", "02") == {"ARM", "AZE"}


# the two states the sentence names appeal together; "beide Seiten" are the pair of the talks before
SPEAKERS_NAMED_TOGETHER = (
    "Moskau und Kiew haben am Montag in Minsk über eine Waffenruhe verhandelt. Gemeinsam mit Frankreichs"
    " Präsident Emmanuel Macron rief Bundeskanzlerin Angela Merkel beide Seiten auf, die Waffenruhe einzuhalten."
)


def test_a_pair_of_speakers_in_the_sentence_is_not_the_two_sides():
    assert _targets(SPEAKERS_NAMED_TOGETHER, "beide Seiten", "02") == {"RUS", "UKR"}
