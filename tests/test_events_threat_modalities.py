"""What a threat holds out and what it follows. Sentences written for the tests.

"Nach dem Angriff drohte X mit Vergeltung": the act a time phrase names is done, the threat follows it
(events.speculation.AFTER_WORDS). A threat told in the perfect holds out its act as one in the preterite
does ("hat gedroht, … anzugreifen", "hat mit X gedroht": modality_words.THREAT_HEADS). A threatened act is aimed at the adversary the article names, and the
target ranker weighs it so (events.threatened_acts)."""

import pytest

from lagebild.events.arguments import side_of
from lagebild.events.target_ranking import STAGE, candidates
from lagebild.pipeline import build_pipeline
from tests.event_tuples import coded_events, root_modalities

DATE = "2025-03-04"
# British ships named before, then a Russian act aimed at "the ships": held out by a threat or weighed
SHIPS = (
    "Zwei britische Zerstörer sind am Montag ins Schwarze Meer eingelaufen. London sprach von einer "
    "Routinefahrt. Die Schiffe sollen bis Ende der Woche bleiben. Der russische Vizeaußenminister {verb}, "
    "beim nächsten Mal auf die Schiffe zu schießen. Die Lage bleibt angespannt."
)


@pytest.mark.parametrize(
    "text",
    [
        "Nach dem russischen Luftangriff auf Charkiw drohte Selenskyj Moskau mit Vergeltung.",
        "Nach dem russischen Luftangriff auf Charkiw prüft die EU neue Sanktionen gegen Moskau.",
    ],
)
def test_an_attack_named_in_a_time_phrase_of_a_threat_or_weighing_is_done(text):
    assert root_modalities(text, DATE, "19") == {"asserted"}


@pytest.mark.parametrize(
    ("text", "held_out"),
    [
        ("Belarus hatte damit gedroht, litauische Grenzposten zu beschießen.", "19"),
        ("Die Türkei hat Griechenland mit einer Blockade der Inseln gedroht.", "19"),
        ("Serbien hat angedroht, die Lieferungen in den Kosovo zu stoppen.", "16"),
    ],
)
def test_a_threat_in_the_perfect_holds_its_act_out_and_is_itself_made(text, held_out):
    coded = {(code[:2], modality) for code, _, _, modality in coded_events(text, DATE)}
    assert coded == {("13", "asserted"), (held_out, "hypothetical")}


@pytest.fixture(scope="module")
def unranked():
    nlp = build_pipeline("de")
    nlp.remove_pipe(STAGE)
    return nlp


def no_target_features(nlp, verb: str) -> tuple[str, set[str]]:
    """The modality of the shooting and the modality features of its no-target candidate."""
    doc = nlp.make_doc(SHIPS.format(verb=verb))
    doc._.article_date, doc._.language = DATE, "de"
    doc = nlp(doc)
    (shot,) = [e for e in doc._.events if e.code.startswith("19")]
    assert side_of(shot.target) == "GBR"
    (none,) = [c for c in candidates(shot, doc, doc._.events) if c.side is None]
    return shot.modality, {name for name in none.features if "modality" in name}


def test_the_ranker_weighs_a_threatened_act_s_target_as_an_asserted_one_s(unranked):
    assert no_target_features(unranked, "drohte") == ("hypothetical", {"no_target&modality=asserted"})


def test_an_act_only_weighed_stays_hypothetical_for_the_ranker(unranked):
    assert no_target_features(unranked, "erwägt") == ("hypothetical", {"no_target&modality=hypothetical"})
