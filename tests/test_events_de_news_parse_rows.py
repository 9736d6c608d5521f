"""Lexicon rows and their arguments read off the news parser's trees: phrases hung on the predicate of an
idiom, the nouns of what is held out, a future "werden" read as a passive, a focus particle before the
speaker, a genitive name in front, a zu-infinitive coordinated with the verb it completes."""

import pytest

from tests.event_tuples import coded_events

DATE = "2025-03-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "über" hangs on "enttäuscht": the row whose target slot it fills wins
        (
            "Die japanische Regierung äußerte sich enttäuscht über den Beschluss Seouls.",
            ("110", "JPN", "KOR"),
        ),
        # "beim Sanktionspaket" hangs on "quer": the idiom's phrase is the verb's
        ("Ungarn stellte sich beim Sanktionspaket gegen Belarus quer.", ("120", "HUN", "BLR")),
        # "werde" labelled aux:pass of an infinitive tagged as participle: a future, not a passive
        ("Die ukrainische Armee werde gegen Russland weiterkämpfen, sagte Selenskyj.", ("190", "UKR", "RUS")),
        # "Auch" opens the speaker's phrase: "man" is Prague's
        (
            "Auch Prag ließ Warschau wissen, man werde die Asylbewerber nicht übernehmen.",
            ("120", "CZE", "POL"),
        ),
        # "Putins" nmod of "Drohungen" in a case the tagger missed: the agent
        ("Putins Drohungen gegen Finnland wies Stubb als Propaganda zurück.", ("130", "RUS", "FIN")),
        # "einzufrieren" coordinated with "vorschlagen" by the parse: its complement
        (
            "Die Bundesregierung will morgen vorschlagen, die Hilfen für Serbien einzufrieren.",
            ("162", "DEU", "SRB"),
        ),
    ],
)
def test_rows_read_the_news_parse(text, expected):
    assert expected in [e[:3] for e in coded_events(text, DATE, keep_implausible=True)]


def test_what_is_held_out_codes_no_event_of_its_own():
    coded = coded_events(
        "Madrid stellte Rabat neue Hilfslieferungen in Aussicht.", DATE, keep_implausible=True
    )
    assert [(code[:2], source, target) for code, source, target, _ in coded] == [("03", "ESP", "MAR")]
