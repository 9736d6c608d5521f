"""Sport reports name states for their teams and borrow the words of diplomacy and war: an article
with several sport words, or a sentence with a word only a match report uses, codes no event, while
a political article that mentions one such word keeps its events (issue 7), and so does a state's
organ acting in a sport article. Sentences written for this test."""

from tests.event_tuples import coded_events

DATE = "2024-06-20"
MATCH_DAY = "Am Samstag empfängt Italien die Schweiz in Rom."


def test_a_fixture_sentence_alone_reads_as_a_visit():
    # the control: without its article, the sentence is a state hosting another
    assert any(code.startswith("04") for code, *_ in coded_events(MATCH_DAY, DATE))


def test_a_sport_article_codes_no_event_even_in_sentences_without_sport_words():
    article = (
        "Nach dem verlorenen Hinspiel steht der Trainer unter Druck. "
        "Zwei Stürmer fehlen verletzt, die Saison droht zu kippen. " + MATCH_DAY
    )
    assert coded_events(article, DATE) == []


def test_a_state_organ_acting_in_a_sport_article_keeps_its_event():
    # the teams' match codes nothing, the ministry summoning an ambassador over it is diplomacy
    article = (
        "Nach dem Viertelfinale sperrte der Verband den Verteidiger für zwei Spiele. "
        "Die Fans pfiffen, die Saison ist für ihn vorbei. " + MATCH_DAY + " "
        "Das Außenministerium in Ankara bestellte den deutschen Botschafter ein."
    )
    coded = coded_events(article, DATE)
    assert [(code, src, tgt) for code, src, tgt, *_ in coded] == [("114", "TUR", "DEU")]


def test_the_police_arresting_a_player_in_a_sport_article_is_no_political_act():
    # alone the arrest is coded; in a sport story the police act on a player's crime
    arrest = "Die chilenische Polizei nahm den Mittelfeldspieler Arturo Vidal fest."
    assert [code for code, *_ in coded_events(arrest, DATE)] == ["173"]
    article = (
        "Nach dem Viertelfinale sperrte der Verband den Verteidiger für zwei Spiele. "
        "Die Fans pfiffen, die Saison ist für ihn vorbei. " + MATCH_DAY + " " + arrest
    )
    assert coded_events(article, DATE) == []


def test_a_match_sentence_in_a_political_article_codes_no_event():
    article = "Die Regierung in Wien äußerte sich am Montag. Im Finale schlug Spanien England mit 2:1."
    assert coded_events(article, DATE) == []


def test_one_shared_word_does_not_make_a_political_article_sport():
    article = (
        "Vor dem Brandenburger Tor demonstrierten Tausende. "
        "Die Bundesregierung verurteilte den russischen Angriff auf die Ukraine."
    )
    assert any(code.startswith("11") and src == "DEU" for code, src, *_ in coded_events(article, DATE))


def test_a_long_political_text_with_a_few_scattered_sport_words_keeps_its_events():
    # three distinct sport words in 700 words of politics (several reports in one file): chance, not sport
    background = (
        "Die Außenminister der Union berieten am Abend in Brüssel erneut über die Lage im Osten. " * 50
    )
    article = (
        "In der zweiten Runde der Gespräche blieb man uneinig. "
        + background
        + "Die Tore der Botschaft blieben am Morgen geschlossen. "
        + "Die Bundesregierung verurteilte den russischen Angriff auf die Ukraine. "
        + "Noch vor der Weltmeisterschaft soll ein neues Treffen stattfinden."
    )
    assert len(article.split()) > 600
    assert any(code.startswith("11") and src == "DEU" for code, src, *_ in coded_events(article, DATE))
