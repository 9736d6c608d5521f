"""HTML article extraction on real news text in page templates of our own: `python benchmarks/bench_html.py`.

Each of the 1,028 Austrian news articles of 10kGNAD's test split (`../shared/data/news`, read at run
time, never copied) is cut into paragraphs and put into four page templates we wrote, each with
navigation, teasers, reader comments and a footer around it, and a share bar, a captioned picture and
a "Lesen Sie auch" link inside the article: a semantic HTML5 page, a `<div>` page
without semantic tags, the same `<div>` page in Windows-1252 declared only by `<meta http-equiv>`, and
an old table layout (navigation, article and teasers in the cells of one table).
`lagebild.ingest.html.article_from_html` must give back the article and nothing else.

Scores per template: pages with an article found; word recall (share of the article's words in the
extracted text) and word precision (share of extracted words that are the article's), as multisets;
pages whose extracted text equals the article (whitespace aside); pages where any boilerplate line
leaked into the text; pages whose date came back from the page's metadata; pages per second.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from html import escape

from corpora import gnad_articles
from lagebild.ingest import InputError
from lagebild.ingest.html import article_from_html

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])")
SENTENCES_PER_PARAGRAPH = 3
NAVIGATION = ["Startseite", "Politik", "Wirtschaft", "Chronik", "Kultur", "Sport", "Wetter", "Abo"]
TEASERS = [
    "Hochwasser: Pegel an der Donau steigen weiter",
    "Nationalrat beschließt neues Mietrecht",
    "Skispringen: Doppelsieg in Bischofshofen",
]
COMMENTS = [
    "Karl_aus_Graz: Das habe ich schon vor Jahren gesagt, aber niemand hört zu.",
    "Sonnenblume77: Interessanter Artikel, danke für die ausführliche Recherche!",
]
FOOTER = "Impressum · Datenschutz · Kontakt · Alle Rechte vorbehalten"
# noise inside the article element itself, where real sites put it
SHARE = (
    '<div class="share"><a href="/s/fb">Teilen auf Facebook</a> <a href="/s/mail">Per E-Mail senden</a></div>'
)
FIGURE = '<figure><img src="/bild.jpg" alt=""><figcaption>Foto: Donaublatt/Archiv</figcaption></figure>'
RELATED = '<p class="related">Lesen Sie auch: <a href="/t9">Regierung legt Budgetentwurf vor</a></p>'
BOILERPLATE = [*TEASERS, *COMMENTS, FOOTER, "Meistgelesen", "Kommentare", "Newsletter bestellen",
               "Teilen auf Facebook", "Per E-Mail senden", "Foto: Donaublatt", "Lesen Sie auch"]  # fmt: skip
DATE = "2016-05-12"


def paragraphs(text: str) -> list[str]:
    sentences = SENTENCE_END.split(text.strip())
    return [
        " ".join(sentences[i : i + SENTENCES_PER_PARAGRAPH])
        for i in range(0, len(sentences), SENTENCES_PER_PARAGRAPH)
    ]


def article_body(paras: list[str]) -> str:
    """The paragraphs with a share bar and a picture before them and a related link after the first."""
    html = [f"<p>{escape(p)}</p>\n" for p in paras]
    html.insert(1, RELATED)
    return SHARE + FIGURE + "".join(html)


def semantic_page(title: str, paras: list[str]) -> bytes:
    nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAVIGATION)
    body = article_body(paras)
    teasers = "".join(f'<li><a href="/t{i}">{t}</a></li>' for i, t in enumerate(TEASERS))
    comments = "".join(f'<div class="comment"><p>{c}</p></div>' for c in COMMENTS)
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{escape(title)} | Donaublatt</title>
<meta property="og:site_name" content="Donaublatt"><meta property="article:published_time" content="{DATE}T08:00:00+02:00">
</head><body><header><nav><ul>{nav}</ul></nav><a href="/newsletter">Newsletter bestellen</a></header>
<main><article><h1>{escape(title)}</h1>
{body}</article><aside><h2>Meistgelesen</h2><ul>{teasers}</ul></aside>
<section class="comments"><h2>Kommentare</h2>{comments}</section></main><footer>{FOOTER}</footer></body></html>""".encode()


def div_page(title: str, paras: list[str]) -> bytes:
    nav = " | ".join(f'<a href="/{n.lower()}">{n}</a>' for n in NAVIGATION)
    body = article_body(paras)
    teasers = "".join(f'<div class="teaser"><a href="/t{i}">{t}</a></div>' for i, t in enumerate(TEASERS))
    comments = "".join(f'<div class="user-comment">{c}</div>' for c in COMMENTS)
    return f"""<html><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta name="date" content="{DATE}"></head><body><div id="top"><div class="menu">{nav}</div></div>
<div id="wrapper"><div class="story"><div class="headline"><h1>{escape(title)}</h1></div>
<div class="story-text">{body}</div></div><div class="sidebar"><b>Meistgelesen</b>{teasers}</div>
<div class="comments"><b>Kommentare</b>{comments}</div></div><div class="bottom">{FOOTER}</div></body></html>""".encode()


def windows1252_page(title: str, paras: list[str]) -> bytes:
    """The `<div>` page as an older CMS serves it: Windows-1252, declared only by `<meta http-equiv>`."""
    page = (
        div_page(title, paras)
        .decode()
        .replace(
            '<meta charset="utf-8">',
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
        )
    )
    return page.encode("windows-1252", errors="xmlcharrefreplace")


def table_page(title: str, paras: list[str]) -> bytes:
    nav = "<br>".join(f'<a href="/{n.lower()}">{n}</a>' for n in NAVIGATION)
    body = "".join(f"<p>{escape(p)}</p>\n" for p in paras)
    teasers = "<br>".join(TEASERS)
    return f"""<html><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta name="DC.date.issued" content="{DATE}"></head><body>
<table width="100%"><tr><td class="nav" width="150">{nav}</td><td class="main"><h1>{escape(title)}</h1>
{body}</td><td class="right"><b>Meistgelesen</b><br>{teasers}</td></tr>
<tr><td colspan="3">{FOOTER}</td></tr></table></body></html>""".encode()


TEMPLATES = {
    "semantic": semantic_page,
    "div": div_page,
    "div-cp1252": windows1252_page,
    "table-layout": table_page,
}


def words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


def score(template: str, articles: list[str]) -> dict:
    found = exact = leaked = dated = pages = 0
    overlap = extracted_words = article_words = 0
    seconds = 0.0
    for index, text in enumerate(articles):
        paras = paragraphs(text)
        page = TEMPLATES[template](f"Meldung {index + 1}", paras)
        pages += 1
        started = time.perf_counter()
        item = article_from_html(page, url=f"https://donaublatt.example/meldung/{index + 1}")
        seconds += time.perf_counter() - started
        gold = words(" ".join(paras))
        article_words += sum(gold.values())
        if isinstance(item, InputError):
            continue
        found += 1
        got = words(item.text)
        extracted_words += sum(got.values())
        overlap += sum((got & gold).values())
        exact += " ".join(item.text.split()) == " ".join(" ".join(paras).split())
        # a boilerplate line the article itself contains ("Kommentare") is no leak
        leaked += any(line in item.text and line not in text for line in BOILERPLATE)
        dated += item.date == DATE
    return {
        "template": template,
        "pages": pages,
        "found": found,
        "recall": overlap / article_words if article_words else 0.0,
        "precision": overlap / extracted_words if extracted_words else 0.0,
        "exact": exact,
        "leaked": leaked,
        "dated": dated,
        "pages_per_s": pages / seconds if seconds else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N articles")
    args = parser.parse_args()
    articles = gnad_articles()[: args.limit]
    for template in TEMPLATES:
        s = score(template, articles)
        print(
            f"{s['template']:14} pages {s['pages']:5}  found {s['found']:5}  word recall {s['recall']:.3f}  "
            f"precision {s['precision']:.3f}  exact {s['exact']:5}  boilerplate leaked {s['leaked']:4}  "
            f"date {s['dated']:5}  {s['pages_per_s']:.0f} pages/s"
        )


if __name__ == "__main__":
    main()
