import json

import pytest

from lagebild.ingest import ArticleInput, InputError, read_inputs


def _one(path, **kwargs):
    (item,) = read_inputs([path], **kwargs)
    return item


def test_text_file_with_date_header(seed_article):
    item = _one(seed_article)
    assert isinstance(item, ArticleInput)
    assert item.date == "2021-10"
    assert item.text.startswith("In einem spöttischen Ton")


def test_text_file_without_header_and_with_windows_newlines(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffDie NATO tagte.\r\n\r\nDanach nichts.".encode())
    item = _one(path)
    assert item.date is None
    assert item.text == "Die NATO tagte.\n\nDanach nichts."


def test_utf16_text_is_decoded(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("date 2022-03-01 Kiew meldete Angriffe.".encode("utf-16"))
    item = _one(path)
    assert (item.date, item.text) == ("2022-03-01", "Kiew meldete Angriffe.")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty input: no text"),
        (b"  \n\n \t", "empty input: no text"),
        (b"date 2021-10   \n", "empty input: no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data, not text (it contains NUL bytes)"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12", "binary data, not text (too many control characters)"),
        ("Die Stra\u00dfe von Kertsch".encode("latin-1"),
         "not valid UTF-8: byte 0xdf at offset 8 (convert the file to UTF-8)"),
        (b"date 2021-13-01 Text", "invalid date '2021-13-01'"),
    ],
)  # fmt: skip
def test_bad_text_files(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert _one(path) == InputError(str(path), message)


def test_too_large_file(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Wort " * 300, encoding="utf-8")
    assert _one(path, max_bytes=1000) == InputError(
        str(path), "too large: 1,500 bytes, the limit is 1,000 (--max-bytes)"
    )


def test_missing_path(tmp_path):
    assert _one(tmp_path / "nope.txt") == InputError(str(tmp_path / "nope.txt"), "no such file or folder")


def test_jsonl_bad_lines_are_reported_and_the_rest_is_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = {"id": "a1", "url": "https://example.org/1", "title": "T", "date": "2021-10-18T09:30:00Z",
            "source": "Agentur Demo", "text": "Die NATO tagte."}  # fmt: skip
    lines = [
        json.dumps(good),
        '{"id": "a2", "text": "Kein Ende',
        "[1, 2]",
        json.dumps({"id": "a3", "text": "   "}),
        json.dumps({"id": "a4", "text": "Text", "title": ["x"]}),
        json.dumps({"id": "a5", "text": "Text", "date": "gestern"}),
        "",
        json.dumps({"id": 6, "text": "Die EU verhängte Sanktionen."}),
        json.dumps({"id": "a7", "text": "x" * 500}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_inputs([path], max_bytes=300))
    assert items[0] == ArticleInput(origin=f"{path}:1", id="a1", url="https://example.org/1", title="T",
                                    date="2021-10-18", source="Agentur Demo", text="Die NATO tagte.")  # fmt: skip
    assert [str(i) for i in items[1:6]] == [
        f"{path}:2: malformed JSON at column 22: Unterminated string starting at",
        f"{path}:3: malformed article: expected a JSON object, got list",
        f'{path}:4: malformed article: "text" is missing or empty',
        f'{path}:5: malformed article: "title" must be a string',
        f"{path}:6: malformed article: \"date\" 'gestern' is not an ISO date",
    ]
    assert items[6] == ArticleInput(origin=f"{path}:8", id="6", text="Die EU verhängte Sanktionen.")
    assert str(items[7]) == f"{path}:9: too large: 525 bytes, the limit is 300 (--max-bytes)"
    assert len(items) == 8


def test_jsonl_text_with_a_nul_character_is_rejected(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "gut"}\n{"text": "a\\u0000b"}\n', encoding="utf-8")
    items = list(read_inputs([path]))
    assert items[0].text == "gut"
    assert str(items[1]) == f"{path}:2: binary data, not text (it contains NUL characters)"


def test_jsonl_bad_encoding_in_one_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"text": "gut"}\n{"text": "M\xfcnchen"}\n{"text": "auch gut"}\n')
    items = list(read_inputs([path]))
    assert [getattr(i, "text", None) for i in items] == ["gut", None, "auch gut"]
    assert str(items[1]) == f"{path}:2: not valid UTF-8: byte 0xfc at offset 11 (convert the file to UTF-8)"


def test_empty_jsonl(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert _one(path) == InputError(str(path), "empty input: the file has no JSON lines")


def test_folders_are_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text("Erster Text.", encoding="utf-8")
    (tmp_path / "b" / "c.jsonl").write_text('{"text": "Zweiter Text."}\n', encoding="utf-8")
    (tmp_path / "b" / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden" / "x.txt").write_text("Versteckt.", encoding="utf-8")
    assert [i.text for i in read_inputs([tmp_path])] == ["Erster Text.", "Zweiter Text."]
