"""Time expressions through the real pipeline: spans, TIMEX3 values and mods against the article date."""

import pytest

from lagebild import analyze


def timexes(text: str, date: str | None, lang: str = "de") -> dict[str, tuple]:
    return {t.text: (t.type, t.value, t.mod) for t in analyze(text, date=date, lang=lang).timexes}


def seed_text(seed_article) -> tuple[str, str]:
    _, date, text = seed_article.read_text(encoding="utf-8").split(None, 2)
    return text, date


def test_seed_article_values(seed_article):
    text, date = seed_text(seed_article)
    assert date == "2021-10"
    found = timexes(text, date)
    assert found["1997"] == ("DATE", "1997", None)
    assert found["im Jahr 2014"] == ("DATE", "2014", None)
    assert found["im Jahr 2020"] == ("DATE", "2020", None)
    # "bis": up to and including (ISO-TimeML ON_OR_BEFORE)
    assert found["bis 2036"] == ("DATE", "2036", "ON_OR_BEFORE")
    # "a few" weeks = three weeks back from a month anchor: September, approximate
    assert found["Vor ein paar Wochen"] == ("DATE", "2021-09", "APPROX")
    assert "Nord Stream 2" not in found and not any("Stream" in k or k == "2" for k in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lawrow verkündete den Schritt am 18. Oktober 2021.",
            {"am 18. Oktober 2021": ("DATE", "2021-10-18", None)},
        ),
        ("Die Entscheidung vom 18.10.2021 gilt.", {"18.10.2021": ("DATE", "2021-10-18", None)}),
        ("Die Frist endete am 18. Okt. 2021.", {"am 18. Okt. 2021": ("DATE", "2021-10-18", None)}),
        ("Im Oktober 2021 spitzte sich die Lage zu.", {"Im Oktober 2021": ("DATE", "2021-10", None)}),
        (
            "Die Maßnahmen sollen Anfang November wirksam werden.",
            {"Anfang November": ("DATE", "2021-11", "START")},
        ),
        ("Im Frühjahr 2022 will die Regierung entscheiden.", {"Im Frühjahr 2022": ("DATE", "2022-SP", None)}),
        ("Der Vertrag läuft Ende des Jahres aus.", {"Ende des Jahres": ("DATE", "2021", "END")}),
        ("In den 1990er Jahren war das anders.", {"In den 1990er Jahren": ("DATE", "199", None)}),
        ("Am 18. Mai wird das Parlament abstimmen.", {"Am 18. Mai": ("DATE", "2022-05-18", None)}),
        ("Am 18. Mai hatte das Parlament abgestimmt.", {"Am 18. Mai": ("DATE", "2021-05-18", None)}),
    ],
)
def test_absolute_dates(text, expected):
    assert timexes(text, "2021-10-18") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2021-10-18 is a Monday: a past clause looks back, a future one ahead
        ("Am Dienstag traf Lawrow seinen Amtskollegen.", ("Am Dienstag", "2021-10-12")),
        ("Lawrow wird am Dienstag nach Genf reisen.", ("am Dienstag", "2021-10-19")),
        ("Am Donnerstag kommt der Rat zusammen.", ("Am Donnerstag", "2021-10-21")),
        ("Vergangenen Mittwoch hatte die Regierung protestiert.", ("Vergangenen Mittwoch", "2021-10-13")),
        ("Gestern wies Moskau die Vorwürfe zurück.", ("Gestern", "2021-10-17")),
        ("Heute beraten die Außenminister.", ("Heute", "2021-10-18")),
        ("Morgen reist die Kanzlerin nach Paris.", ("Morgen", "2021-10-19")),
        ("Übermorgen beginnt das Manöver.", ("Übermorgen", "2021-10-20")),
        ("Am Wochenende demonstrierten Tausende.", ("Am Wochenende", "2021-W41-WE")),
    ],
)
def test_weekdays_and_relative_days_are_tense_aware(text, expected):
    surface, value = expected
    assert timexes(text, "2021-10-18")[surface][1] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vor zwei Wochen hatte Kiew gewarnt.", {"Vor zwei Wochen": ("DATE", "2021-W40", None)}),
        ("Vor ein paar Wochen hatte Moskau gedroht.", {"Vor ein paar Wochen": ("DATE", "2021-09", "APPROX")}),
        ("Letzte Woche traf sich der Rat.", {"Letzte Woche": ("DATE", "2021-W41", None)}),
        ("Nächsten Monat wird das Gesetz verabschiedet.", {"Nächsten Monat": ("DATE", "2021-11", None)}),
        ("In drei Tagen läuft das Ultimatum ab.", {"In drei Tagen": ("DATE", "2021-10-21", None)}),
        ("Kommendes Jahr sollen Wahlen stattfinden.", {"Kommendes Jahr": ("DATE", "2022", None)}),
    ],
)
def test_relative_spans(text, expected):
    assert timexes(text, "2021-10-18") == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "Der Besuch ist für kommenden Herbst geplant.",
            "2024-07-10",
            {"kommenden Herbst": ("DATE", "2024-FA", None)},
        ),
        ("Nächsten Sommer beginnt der Bau.", "2024-07-10", {"Nächsten Sommer": ("DATE", "2025-SU", None)}),
        (
            "Vergangenen Sommer traf er Putin.",
            "2024-07-10",
            {"Vergangenen Sommer": ("DATE", "2023-SU", None)},
        ),
        (
            "Im kommenden Winter droht Gasmangel.",
            "2025-01-20",
            {"Im kommenden Winter": ("DATE", "2025-WI", None)},
        ),
        (
            "Im vergangenen Winter fror Kiew.",
            "2024-07-10",
            {"Im vergangenen Winter": ("DATE", "2023-WI", None)},
        ),
    ],
)
def test_a_season_named_as_next_or_last_is_never_the_anchor_s_own(text, date, expected):
    assert timexes(text, date) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anfang nächster Woche reist er ab.", {"Anfang nächster Woche": ("DATE", "2024-W29", "START")}),
        ("Mitte kommender Woche tagt der Rat.", {"Mitte kommender Woche": ("DATE", "2024-W29", "MID")}),
        ("Im Laufe der nächsten Woche wird entschieden.", {"der nächsten Woche": ("DATE", "2024-W29", None)}),
        ("In den nächsten Wochen wird verhandelt.", {"In den nächsten Wochen": ("DATE", "FUTURE_REF", None)}),
    ],
)
def test_one_next_week_is_a_week_and_the_next_weeks_a_vague_stretch(text, expected):
    assert timexes(text, "2024-07-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seit 2014 herrscht Krieg im Donbass.", {"Seit 2014": ("DATE", "2014", "ON_OR_AFTER")}),
        ("Die Sanktionen gelten bis 2036.", {"bis 2036": ("DATE", "2036", "ON_OR_BEFORE")}),
        ("Von 1997 an galt die Grundakte.", {"Von 1997 an": ("DATE", "1997", "ON_OR_AFTER")}),
        (
            "Zwischen Mai und Juli fiel kaum Regen.",
            {"Zwischen Mai und Juli": ("DATE", "2021-05/2021-07", None)},
        ),
    ],
)
def test_ranges_and_boundaries(text, expected):
    assert timexes(text, "2021-10-18") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Merkel regiert seit 16 Jahren.", {"seit 16 Jahren": ("DURATION", "P16Y", None)}),
        ("Die Gespräche dauerten zwei Tage.", {"zwei Tage": ("DURATION", "P2D", None)}),
        ("Polen bezog jährlich Gas aus Russland.", {"jährlich": ("SET", "P1Y", None)}),
        ("Der Rat tagt jeden Montag.", {"jeden Montag": ("SET", "XXXX-WXX-1", None)}),
    ],
)
def test_durations_and_sets(text, expected):
    assert timexes(text, "2021-10-18") == expected


def test_month_anchor_never_invents_a_day():
    assert timexes("Am Dienstag traf Lawrow seinen Amtskollegen.", "2021-10") == {
        "Am Dienstag": ("DATE", "2021-10", "APPROX")
    }
    assert timexes("Heute beraten die Außenminister.", "2021-10") == {"Heute": ("DATE", "2021-10", None)}
    # a value that is the same from every day of the month keeps its precision
    assert timexes("Nächsten Monat beginnt die Übung.", "2021-10") == {
        "Nächsten Monat": ("DATE", "2021-11", None)
    }


def test_without_article_date_relative_expressions_have_no_value():
    assert timexes("Gestern wurde gewählt.", None) == {"Gestern": ("DATE", None, None)}
    assert timexes("Am 18. Mai wurde gewählt.", None) == {"Am 18. Mai": ("DATE", "XXXX-05-18", None)}


def test_narrative_days_count_from_the_last_named_day():
    found = timexes("Am Montag traf der Minister ein. Am selben Morgen explodierte eine Bombe.", "2023-07-21")
    assert found["Am Montag"] == ("DATE", "2023-07-17", None)
    # "Morgen" the noun (morning), not tomorrow (2023-07-22)
    assert found["Am selben Morgen"] == ("TIME", "2023-07-17TMO", None)


@pytest.mark.parametrize(
    "text",
    [
        "Russland wies 40 Diplomaten aus.",
        "Die NATO verlegte 100.000 Soldaten an die Ostflanke.",
        "Die Gaspipeline Nord Stream 2 ist fertig.",
        "2000 Soldaten stehen an der Grenze.",
        "So einen Sommer hat niemand erwartet.",
        "Die Resolution 2231 bleibt in Kraft.",
    ],
)
def test_traps_are_not_marked(text):
    assert timexes(text, "2021-10-18") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lavrov met his counterpart on Tuesday.", {"on Tuesday": ("DATE", "2021-10-12", None)}),
        ("Lavrov will travel to Geneva on Tuesday.", {"on Tuesday": ("DATE", "2021-10-19", None)}),
        ("The alliance expelled eight diplomats last week.", {"last week": ("DATE", "2021-W41", None)}),
        ("The talks began two weeks ago.", {"two weeks ago": ("DATE", "2021-W40", None)}),
        ("It was announced on October 18, 2021.", {"on October 18, 2021": ("DATE", "2021-10-18", None)}),
        ("It was signed on 18 October 2021.", {"on 18 October 2021": ("DATE", "2021-10-18", None)}),
        ("Russia annexed Crimea in 2014.", {"in 2014": ("DATE", "2014", None)}),
        ("Sanctions have been in place since 2014.", {"since 2014": ("DATE", "2014", "ON_OR_AFTER")}),
        ("Ministers will meet later this month.", {"later this month": ("DATE", "2021-10", None)}),
        ("Officials inspect the site yearly.", {"yearly": ("SET", "P1Y", None)}),
        ("Russia expelled 40 diplomats and 2,000 troops moved.", {}),
    ],
)
def test_english(text, expected):
    assert timexes(text, "2021-10-18", lang="en") == expected


def test_a_span_of_millennia_before_year_one_is_written_bc():
    (timex,) = analyze(
        "Funde zeigen, dass Tiere schon vor 8000 Jahren bestattet wurden.", date="2018-05-01"
    ).timexes
    assert (timex.text, timex.value) == ("vor 8000 Jahren", "BC5983")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die Regierung teilte die Entscheidung am Mittwoch mit.", "2022-03-30"),  # preterite: back
        ("Der Minister holte am Mittwoch die Delegation ab.", "2022-03-30"),
        ("Der Minister reist am Mittwoch nach Paris.", "2022-04-06"),  # present: ahead
    ],
)
def test_a_weekday_points_back_from_a_weak_preterite_in_l(text, value):
    (timex,) = analyze(text, date="2022-04-05").timexes
    assert timex.value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "für" and a month the verb governs: the time the act is set for, ahead whatever the tense
        ("Die Regierung hat Neuwahlen für September angesetzt.", "2024-09"),
        ("Der Präsident berief für Juni einen Gipfel ein.", "2024-06"),
        # governed by a noun, the month is what the figure covers, and a past clause looks back
        ("Die Behörde hat die Arbeitslosenzahlen für September veröffentlicht.", "2023-09"),
        # what is no meeting or vote covers its date, and the clause's past looks back
        ("Die Exporte für April gingen zurück.", "2023-04"),
        ("Die Regierung zahlte die Renten für Mai nicht aus.", "2023-05"),
    ],
)
def test_a_month_an_act_is_set_for_lies_ahead(text, expected):
    month = text.split(" für ")[1].split()[0]
    assert timexes(text, "2024-03-10")[month][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitals anywhere: the rules match case-insensitively
        (
            "SEIT DEM 3. MÄRZ 2021 verhandeln sie.",
            {"SEIT DEM 3. MÄRZ 2021": ("DATE", "2021-03-03", "ON_OR_AFTER")},
        ),
        # "İ" lower-cases to two characters: the offsets after it must still be right
        (
            "Die Delegation aus İzmir kam am 5. Mai 2021 an.",
            {"am 5. Mai 2021": ("DATE", "2021-05-05", None)},
        ),
    ],
)
def test_case_and_offsets_of_matches_in_any_script(text, expected):
    assert timexes(text, "2021-10-20") == expected


def test_dotless_i_matches_as_ignorecase_reads_it():
    # IGNORECASE reads a dotless "ı" (Turkish names) as "i", lower() does not: the same matches either way
    found = timexes("Kılıç wartet seıt gestern.", "2021-10-20")
    assert [(text, value) for text, (_, value, _) in found.items()] == [("seıt gestern", "2021-10-19")]


@pytest.mark.parametrize(
    ("text", "date", "surface", "expected"),
    [
        # a chronicle's heading has no tense: the entry's historical present announces nothing
        ("12. August: Die Armee beschießt die Grenzstadt.", "2023-11-02", "12. August", "2023-08-12"),
        ("Donnerstag, 22:15 Uhr – Die Polizei räumt den Platz.", "2023-11-04", "Donnerstag", "2023-11-02"),
        ("3. März bis 9. März: Beide Seiten verhandeln in Genf.", "2023-03-20", "3. März", "2023-03-03"),
        # a chronicle may look ahead as well: the nearest date stands
        ("14. November: Der Rat berät über die Sanktionen.", "2023-11-02", "14. November", "2023-11-14"),
        # outside a heading, a present after an initial date still announces
        ("Am 12. August beschießt die Armee die Grenzstadt.", "2023-11-02", "Am 12. August", "2024-08-12"),
    ],
)
def test_a_chronicle_heading_takes_the_nearest_date(text, date, surface, expected):
    assert timexes(text, date)[surface][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date on a participle that tells a done act points back, whatever the clause's present says
        ("Die am Montag entlassene Ministerin fordert ein neues Gesetz.", "2023-11-13"),
        ("Die am Freitag verhängten Zölle treffen die Exporteure.", "2023-11-10"),
        # a participle of planning or a present participle keeps the date ahead
        ("Die am Sonntag geplante Wahl wird verschoben.", "2023-11-19"),
        ("Der am Dienstag beginnende Gipfel berät über den Haushalt.", "2023-11-21"),
        # what "nach" or "seit" follows has happened, unless a future word puts the sentence ahead
        ("Nach dem Anschlag am Sonntag verschärft die Polizei die Kontrollen.", "2023-11-12"),
        ("Nach dem Besuch am Sonntag wird der Minister weiterreisen.", "2023-11-19"),
    ],
)
def test_a_weekday_on_a_participle_or_after_nach_follows_what_it_dates(text, expected):
    assert list(timexes(text, "2023-11-15").values())[0][1] == expected
