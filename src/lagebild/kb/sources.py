"""Readers for the open-data sources of the knowledge base (formats: petrarch2/dictionaries.rst and
the header of CountryInfo.120116.txt). They return plain records; `build` turns them into actors."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

_BRACKET = re.compile(r"\[([^\]]*)\]")
_DATE_RANGE = re.compile(r"^(\d{6,8})\s*-\s*(\d{6,8})$")


@dataclass
class CodeSpan:
    """A CAMEO code valid between two ISO dates (None = open)."""

    code: str
    start: str | None = None
    end: str | None = None


@dataclass
class DictRecord:
    """One record of a PETRARCH actor dictionary: a primary phrase, synonyms, dated codes."""

    name: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[CodeSpan] = field(default_factory=list)
    comment: str = ""

    @property
    def is_person(self) -> bool:
        dated = any(c.start or c.end for c in self.codes)
        return dated or "CountryInfo" in self.comment or "IGOrulers" in self.comment


def iso_date(raw: str) -> str | None:
    """YYYYMMDD or YYMMDD (TABARI: two-digit years up to 30 are 20xx) as YYYY-MM-DD."""
    if len(raw) == 6:
        raw = ("20" if int(raw[:2]) <= 30 else "19") + raw
    if len(raw) != 8 or not raw.isdigit():
        return None
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"


def parse_restriction(text: str) -> CodeSpan | None:
    parts = text.split(None, 1)
    if not parts or parts[0] in {"---", "###"}:
        return None
    code, rest = parts[0], (parts[1].strip() if len(parts) > 1 else "")
    if not rest:
        return CodeSpan(code)
    if rest.startswith("<"):
        return CodeSpan(code, None, iso_date(rest[1:].strip()))
    if rest.startswith(">"):
        return CodeSpan(code, iso_date(rest[1:].strip()), None)
    match = _DATE_RANGE.match(rest)
    if match:
        return CodeSpan(code, iso_date(match[1]), iso_date(match[2]))
    return None  # malformed dates in the source: better no restriction than a wrong one


def _split_comment(line: str) -> tuple[str, str]:
    for marker in ("#", ";"):
        if marker in line:
            body, _, comment = line.partition(marker)
            return body, comment.strip()
    return line, ""


def read_actor_dictionary(path: Path) -> list[DictRecord]:
    records: list[DictRecord] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not raw.strip() or raw.lstrip().startswith(("#", "<!--")):
            continue
        body, comment = _split_comment(raw)
        codes = [c for c in (parse_restriction(b) for b in _BRACKET.findall(body)) if c]
        phrase = _BRACKET.sub("", body).strip()
        if raw[0] in " \t":
            if records:
                records[-1].codes.extend(codes)
                records[-1].comment += " " + comment
        elif raw.startswith("+"):
            if records and phrase[1:]:
                records[-1].synonyms.append(phrase[1:])
        elif phrase:
            records.append(DictRecord(phrase, codes=codes, comment=comment))
    return records


def read_agents(path: Path) -> list[tuple[str, str]]:
    """Agent nouns and their code affix (`~GOV` after the actor, `NGO~` before it)."""
    agents = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body, _ = _split_comment(raw)
        match = re.match(r"^([A-Z][A-Z_'\-!]*)\s*(?:\{[^}]*\})?\s*\[([^\]\s]+)\]", body.strip())
        if match and "!" not in match[1]:
            agents.append((match[1].replace("_", " ").lower(), match[2]))
    return agents


# CountryInfo ------------------------------------------------------------------------------------


@dataclass
class LeaderTerm:
    names: list[str]
    title: str
    start: str | None
    end: str | None
    code: str | None = None


@dataclass
class CountryInfo:
    iso3: str
    name: str
    nationality: list[str]
    capitals: list[str]
    terms: list[LeaderTerm]


_NAME_GROUP = re.compile(r"\{([^}]*)\}")


def _names_of(text: str) -> list[str]:
    """`{A}{B} [dates]` -> [A, B]; `A B [dates]` -> ["A B"] (a few names contain blanks)."""
    groups = _NAME_GROUP.findall(text)
    if groups:
        return groups
    name = text.split("[", 1)[0].strip()
    return [name] if name else []


def _term_dates(text: str) -> list[tuple[str | None, str | None]]:
    spans = []
    for inner in _BRACKET.findall(text):
        inner = inner.strip()
        if inner.startswith(("B:", "D:")):
            continue
        span = parse_restriction("X " + inner)
        if span:
            spans.append((span.start, span.end))
    return spans


def read_countryinfo(path: Path) -> list[CountryInfo]:
    text = path.read_text(encoding="utf-8", errors="replace")
    countries = []
    for block in re.findall(r"<Country>(.*?)</Country>", text, re.S):
        iso = re.search(r"<ISO3166-alpha3>\s*(\S+)\s*</ISO3166-alpha3>", block)
        name = re.search(r"<CountryName>\s*(.*?)\s*</CountryName>", block)
        if not iso or not name or iso[1] == "---":
            continue
        countries.append(
            CountryInfo(
                iso3=iso[1],
                name=name[1].strip("_"),
                nationality=_section_lines(block, "Nationality"),
                capitals=_section_lines(block, "Capital"),
                terms=_leader_terms(block) + _government_terms(block, iso[1]),
            )
        )
    return countries


def _section_lines(block: str, tag: str) -> list[str]:
    match = re.search(rf"<{tag}>(.*?)</{tag}>", block, re.S)
    if not match:
        return []
    lines = (_split_comment(line)[0].strip().strip("_") for line in match[1].splitlines())
    return [line for line in lines if line]


def _leader_terms(block: str) -> list[LeaderTerm]:
    match = re.search(r"<Leaders>(.*?)</Leaders>", block, re.S)
    if not match:
        return []
    terms, title = [], ""
    for line in match[1].splitlines():
        line = _split_comment(line)[0].strip()
        heading = re.fullmatch(r"<([^/>][^>]*)>", line)
        if heading:
            title = heading[1]
        elif line and not line.startswith("</"):
            names = _names_of(line)
            terms.extend(LeaderTerm(names, title, start, end) for start, end in _term_dates(line))
    return terms


def _government_terms(block: str, iso3: str) -> list[LeaderTerm]:
    match = re.search(r"<Government>(.*?)</Government>", block, re.S)
    if not match:
        return []
    terms = []
    for line in match[1].splitlines():
        body, comment = _split_comment(line.strip())
        # "[B:19400101]" is a birth date, not a code: read as one it became the person's actor code
        brackets = [b for b in _BRACKET.findall(body) if not b.strip().startswith(("B:", "D:"))]
        spans = [parse_restriction(b) for b in brackets]
        spans = [s for s in spans if s]
        if not spans or not body.strip():
            continue
        titles = [t.strip() for t in comment.split("&")]
        for n, span in enumerate(spans):
            title = titles[n] if len(titles) == len(spans) else comment
            terms.append(LeaderTerm(_names_of(body), title, span.start, span.end, span.code))
    return terms


def read_countries_json(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))
