"""A demonstrative standing alone as the subject ("Dieser bot an, …") refers to the person named last
before it, not to the topic as "er" does (`actor_pronouns.resolve_pronoun`); one before a noun
("Diese Gespräche") or a plural verb ("Diese hatten") refers to no person of its own."""

import pytest

from tests.event_tuples import country_roots, state_pairs


@pytest.mark.parametrize(
    ("text", "code", "pair"),
    [
        (
            "Putin empfing am Montag den türkischen Präsidenten Erdoğan. Dieser kritisierte die Regierung in "
            "Athen scharf.",
            "111",
            ("TUR", "GRC"),
        ),
        (
            "Biden traf am Montag den französischen Präsidenten Macron. Dieser sagte der Ukraine weitere "
            "Waffen zu.",
            "0332",
            ("FRA", "UKR"),
        ),
        (
            "Scholz empfing am Dienstag die moldauische Präsidentin Maia Sandu. Diese warf Moskau vor, ihr "
            "Land destabilisieren zu wollen.",
            "112",
            ("MDA", "RUS"),
        ),
    ],
)
def test_demonstrative_subject_is_the_person_named_last(text, code, pair):
    assert pair in state_pairs(text, "2024-05-02", code)


def test_demonstrative_article_names_no_person():
    text = "Putin empfing am Montag den türkischen Präsidenten Erdoğan. Diese Gespräche verliefen ruhig."
    coded = country_roots(text, "2024-05-02")
    assert not any(source == "TUR" for _, source, _, _ in coded)
    assert any(root == "04" and (source, target) == ("RUS", "TUR") for root, source, target, _ in coded)
