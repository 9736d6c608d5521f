from pathlib import Path

import pytest

import lagebild
from lagebild.ingest import ArticleInput, InputError, read_inputs
from lagebild.ingest.html import HtmlDecodeError, article_from_html, decode_html

WEB = Path(__file__).parent / "fixtures" / "web"
HAUSHALT_TEXT = (
    "Die Bundesregierung hat sich am Mittwoch in Berlin nach wochenlangem Streit auf den Haushalt für "
    "das kommende Jahr geeinigt. Bundeskanzler Olaf Scholz sprach nach der nächtlichen Sitzung im "
    "Kanzleramt von einem tragfähigen Kompromiss, der Investitionen in Schienen und Schulen sichere.\n"
    "Die Opposition kritisierte die Einigung scharf. „Das ist ein Haushalt der verpassten Chancen“, "
    "sagte CDU-Chef Friedrich Merz im Bundestag. Die Union werde dem Entwurf nicht zustimmen.\n"
    "Der Bundestag soll im Mai über den Entwurf abstimmen. Die Länder forderten zusätzliche Mittel für "
    "die Unterbringung von Geflüchteten."
)


def page(name: str) -> bytes:
    return (WEB / name).read_bytes()


def test_news_page_is_reduced_to_its_article_and_metadata():
    item = article_from_html(page("haushalt.html"), url="https://rheinblatt.example/p/1", origin="p1")
    assert item == ArticleInput(
        origin="p1",
        text=HAUSHALT_TEXT,
        title="Koalition einigt sich nach langem Streit auf den Haushalt",
        date="2024-03-14",
        source="Rheinblatt",
        url="https://rheinblatt.example/p/1",
    )


def test_date_from_json_ld_and_site_name_from_open_graph():
    item = article_from_html(page("streik.html"))
    assert (item.title, item.date, item.source) == (
        "Gewerkschaft ruft zu Warnstreik auf",
        "2024-03-16",
        "Rheinblatt",
    )
    assert item.text.startswith("Die Gewerkschaft Verdi hat die Beschäftigten")
    assert "Newsletter" not in item.text and "Rechte vorbehalten" not in item.text


def test_latin1_page_is_decoded_as_its_meta_charset_says():
    data = page("genf-latin1.html")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    item = article_from_html(data)
    assert item.title == "Gespräche über Waffenruhe in Genf fortgesetzt"
    assert item.source == "Südkurier am Abend"
    assert item.text.split("\n")[1] == (
        "Die Vereinten Nationen begrüßten das Treffen. Ein Sprecher erklärte, die Gespräche könnten "
        "schon nächste Woche in größerer Runde weitergehen. Russland wies die Vorschläge zurück."
    )


def test_table_layout_page_in_windows_1252():
    item = article_from_html(page("tabellen-layout.html"), url="https://wochenspiegel.example/radweg")
    assert (item.title, item.date, item.source) == (
        "Stadtrat beschließt neuen Radweg",
        "2024-03-18",
        "wochenspiegel.example",
    )
    assert item.text == (
        "Der Stadtrat von Kempten hat am Montagabend mit großer Mehrheit den Bau eines Radwegs entlang "
        "der Iller beschlossen. Oberbürgermeisterin Sabine Hörmann nannte das Vorhaben „einen wichtigen "
        "Schritt für die Verkehrswende“.\n"
        "Die Fraktion der Freien Wähler stimmte gegen den Plan und warf der Verwaltung vor, die Kosten zu "
        "niedrig angesetzt zu haben. Die Bauarbeiten sollen im Herbst beginnen."
    )


def test_http_charset_overrides_the_meta_charset_and_bad_bytes_are_an_error():
    data = '<html><head><meta charset="utf-8"></head><body><p>Grüße aus Köln</p></body></html>'
    latin1 = data.encode("iso-8859-1")
    assert "Grüße aus Köln" in decode_html(latin1, declared="iso-8859-1")
    with pytest.raises(HtmlDecodeError, match="not valid utf-8: byte 0xfc at offset 52"):
        decode_html(latin1)
    assert article_from_html(latin1, origin="koeln") == InputError(
        "koeln", "not valid utf-8: byte 0xfc at offset 52"
    )


def test_latin1_label_is_read_as_windows_1252_like_browsers_do():
    data = '<meta charset="iso-8859-1"><p>„Nein“ – sagte sie</p>'.encode("cp1252")
    assert decode_html(data) == '<meta charset="iso-8859-1"><p>„Nein“ – sagte sie</p>'
    assert decode_html(b"<p>\x81</p>", declared="latin1") == "<p>\x81</p>"


def test_page_without_declared_charset_is_utf8_and_a_bom_wins():
    utf8 = "<p>Straße</p>".encode()
    assert decode_html(utf8) == "<p>Straße</p>"
    assert decode_html(b"\xef\xbb\xbf" + utf8, declared="iso-8859-1") == "<p>Straße</p>"
    assert decode_html("<p>Straße</p>".encode("utf-16")) == "<p>Straße</p>"


@pytest.mark.parametrize(
    ("html", "message"),
    [
        (b"", "empty input: no HTML"),
        ("  \n ", "empty input: no HTML"),
        (page("nur-navigation.html"), "no article text found in the page (navigation or boilerplate only)"),
        (b'<meta charset="klingonisch"><p>Qapla</p>', "unknown character encoding 'klingonisch'"),
        (b"<html>\x00\x01\x02</html>", "binary data, not HTML (it contains NUL bytes)"),
    ],
)
def test_unusable_pages_are_clear_errors(html, message):
    assert article_from_html(html, origin="x.html") == InputError("x.html", message)


def test_date_is_taken_from_a_dated_url_but_not_guessed_from_the_text():
    html = (
        "<html><head><title>Gipfel in Rom</title></head><body><article><h1>Gipfel in Rom</h1>"
        "<p>Die Staats- und Regierungschefs der Europäischen Union haben sich am 3. Mai 2023 in Rom "
        "getroffen und über die Lage an den Außengrenzen beraten. Eine gemeinsame Erklärung gab es "
        "nicht, die Gespräche sollen am 12.06.2023 fortgesetzt werden.</p></article></body></html>"
    )
    item = article_from_html(html, url="https://example.org/politik/gipfel")
    assert (item.title, item.date, item.source) == ("Gipfel in Rom", None, "example.org")
    assert article_from_html(html, url="https://example.org/2023/05/03/gipfel").date == "2023-05-03"


def test_read_inputs_takes_html_files_from_a_folder():
    items = list(read_inputs([WEB]))
    assert [(Path(i.origin).name, type(i).__name__) for i in items] == [
        ("genf-latin1.html", "ArticleInput"),
        ("haushalt.html", "ArticleInput"),
        ("nur-navigation.html", "InputError"),
        ("streik.html", "ArticleInput"),
        ("tabellen-layout.html", "ArticleInput"),
    ]


def test_page_metadata_date_anchors_the_pipeline():
    item = article_from_html(page("haushalt.html"))
    analysis = lagebild.analyze(item.text, date=item.date, title=item.title, source=item.source)
    assert analysis.article.source == "Rheinblatt"
    assert ("am Mittwoch", "2024-03-13") in [(t.text, t.value) for t in analysis.timexes]
    assert ("Das ist ein Haushalt der verpassten Chancen", "Friedrich Merz") in [
        (q.text, q.speaker_name) for q in analysis.quotes
    ]
