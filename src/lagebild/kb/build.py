"""Build the actor knowledge base from the open data: `python -m lagebild.kb.build --data ../shared/data`.

Output: `src/lagebild/kb/actors.json.gz`, deterministic (sorted, no timestamps), so rebuilding gives
the committed file byte for byte. Sources: PETRARCH2 Phoenix actor and agent dictionaries (people,
IGOs, dated CAMEO codes), CountryInfo (leaders and ministers with titles and dates), countries.json
(ISO codes, German names, UN membership), PLOVER agents, and `curated` / `curated_leaders` /
`curated_officials` / `curated_news` (our own facts; the office holders, parties and people of
2019-2025 news).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
from pathlib import Path

from lagebild.kb import curated, curated_leaders, curated_news, curated_officials
from lagebild.kb.german import transliterate_name
from lagebild.kb.sources import (
    CodeSpan,
    DictRecord,
    read_actor_dictionary,
    read_agents,
    read_countries_json,
    read_countryinfo,
)

KB_PATH = Path(__file__).with_name("actors.json.gz")
DICTIONARIES = "petrarch2/dictionaries"
# Countries whose names reach English news in a romanisation of Cyrillic script.
CYRILLIC = {"RUS", "BLR", "UKR", "BGR", "SRB", "MKD", "MNG", "KAZ", "KGZ", "TJK", "UZB", "TKM"}
TITLE_WORDS = {
    "PRESIDENT", "MINISTER", "PRIME", "FOREIGN", "AMBASSADOR", "CHANCELLOR", "KANZLER", "BUNDESKANZLER",
    "VICE", "VICE-PRESIDENT", "SECRETARY", "SECRETARY-GENERAL", "GENERAL", "KING", "QUEEN", "PREMIER",
    "DR.", "MR.", "MRS.", "MS.", "SIR", "LORD", "PRINCE", "SHEIKH", "SHEIK", "EMIR", "SENATOR", "GOVERNOR",
    "LEADER", "CHIEF", "COMMANDER", "SPOKESMAN", "DEPUTY", "FORMER", "DEFENSE", "DEFENCE", "THE", "OF",
}  # fmt: skip


HONORIFICS = {"SHEIKH", "SHEIK", "SIR", "PRINCE", "DR.", "EMIR", "KING", "QUEEN", "LORD", "GENERAL"}


# A regnal number after a name ("MOHAMMED_VI_", "FELIPE_VI_") stays upper case; first words are
# names ("XI_JINPING_").
REGNAL_NUMBER = re.compile(r"^(I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3})$")


def display_name(phrase: str) -> str:
    """SERGEY_VIKTOROVICH_LAVROV_ -> Sergey Viktorovich Lavrov; MOHAMMED_VI_ -> Mohammed VI."""
    words = [w for w in phrase.replace("_", " ").split() if w]
    return " ".join(w if k and REGNAL_NUMBER.match(w) else _title_word(w) for k, w in enumerate(words))


def _title_word(word: str) -> str:
    parts = re.split(r"([-'])", word.lower())
    return "".join(p[:1].upper() + p[1:] if p not in "-'" else p for p in parts)


def name_key(phrase: str) -> str:
    """A spelling-insensitive key: JEAN-LUC_DEHAENE_ and JEAN_LUC_DEHAENE match."""
    return " ".join(re.sub(r"[_\-`]", " ", phrase).upper().split())


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def organisation_id(kind: str, ident: str) -> str:
    """The KB id of a curated organisation, party, state body or agency: its kind, spaces hyphenated
    ("state body" → "state-body:…"), and its identifier."""
    return f"{kind.replace(' ', '-')}:{ident}"


def normalise_role(title: str) -> str:
    """A source title ("Minister of Foreign Affairs", "Prime ministers") as a short English role."""
    t = title.lower().strip(" ,.")
    rules = [
        ("foreign affairs", "foreign minister"), ("foreign minister", "foreign minister"),
        ("defense", "defence minister"), ("defence", "defence minister"), ("deputy premier", "deputy prime minister"),
        ("first deputy prime", "deputy prime minister"), ("deputy prime", "deputy prime minister"),
        ("prime minister", "prime minister"), ("premier", "prime minister"), ("chancellor", "chancellor"),
        ("vice president", "vice president"), ("president", "president"), ("permanent representative to the un", "ambassador to the UN"),
        ("finance", "finance minister"), ("interior", "interior minister"), ("internal affairs", "interior minister"),
        ("king", "king"), ("queen", "queen"), ("emir", "emir"), ("secretary of state", "secretary of state"),
    ]  # fmt: skip
    for needle, role in rules:
        if needle in t:
            return role
    return re.sub(r"\s+", " ", t)


def _code_list(spans: list[CodeSpan]) -> list[list]:
    return sorted(
        {(s.code, s.start, s.end) for s in spans if s.start or s.end},
        key=lambda c: (c[1] or "", c[2] or "", c[0]),
    )


def iso3_of(country: dict) -> str:
    return curated.ISO3_OVERRIDES.get(country["cca3"], country["cca3"])


class Builder:
    def __init__(self, data: Path):
        self.data = data
        self.countries = read_countries_json(data / "countries/countries.json")
        self.iso3 = {iso3_of(c) for c in self.countries}
        self.countryinfo = {c.iso3: c for c in read_countryinfo(data / "countries/CountryInfo.120116.txt")}
        self.nationality_words = {
            w.upper() for c in self.countryinfo.values() for w in [*c.nationality, c.name] if "_" not in w
        }
        self.actors: dict[str, dict] = {}

    def build(self) -> dict:
        self.add_states()
        self.add_igos()
        self.add_regions()
        self.add_organisations()
        self.add_people()
        agents = sorted(
            set(read_agents(self.data / DICTIONARIES / "Phoenix.agents.txt"))
            | set(read_agents(self.data / "plover/PLOVER_agents.txt"))
        )
        return {
            "format": "lagebild-kb/1",
            "actors": [self.actors[k] for k in sorted(self.actors)],
            "agents_en": [list(a) for a in agents],
        }

    # states and their governments --------------------------------------------------------------
    def add_states(self) -> None:
        for country in sorted(self.countries, key=iso3_of):
            iso = iso3_of(country)
            de = country.get("translations", {}).get("deu", {})
            name_de = curated.STATE_NAMES_DE.get(iso) or de.get("common") or country["name"]["common"]
            info = self.countryinfo.get(iso)
            adjective, plural, singular = curated.ADJECTIVES_DEMONYMS.get(iso, (None, None, None))
            aliases_de = {name_de, de.get("official", name_de), *curated.EXTRA_COUNTRY_NAMES_DE.get(iso, [])}
            aliases_en = {country["name"]["common"], country["name"]["official"]}
            # single-word alternative spellings ("Mann" for the Isle of Man) collide with common words
            aliases_en |= {a for a in country.get("altSpellings", []) if " " in a and a.isascii()}
            if info:
                aliases_en.add(display_name(info.name))
            aliases_en |= set(curated.EXTRA_COUNTRY_NAMES_EN.get(iso, []))
            demonym_en = country.get("demonyms", {}).get("eng", {}).get("m")
            self.actors[f"country:{iso}"] = {
                "id": f"country:{iso}",
                "type": "state",
                "name_de": name_de,
                "name_en": country["name"]["common"],
                "aliases_de": sorted(aliases_de),
                "aliases_en": sorted(aliases_en),
                "country": iso,
                "code": iso,
                "un_member": bool(country.get("unMember")),
                "adjectives_de": sorted({adjective, *curated.EXTRA_ADJECTIVES.get(iso, [])} - {None}),
                "demonyms_de": [plural, singular] if plural else [],
                "adjective_en": demonym_en,
            }
            capital_de = curated.CAPITALS_DE.get(iso)
            self.actors[f"government:{iso}"] = {
                "id": f"government:{iso}",
                "type": "government",
                "name_de": f"Regierung ({name_de})",
                "name_en": f"Government of {country['name']['common']}",
                "aliases_de": sorted(curated.GOVERNMENT_METONYMS.get(iso, [])),
                "aliases_en": sorted(curated.GOVERNMENT_METONYMS_EN.get(iso, [])),
                "capitals_de": sorted({capital_de, *curated.CAPITAL_ALIASES_DE.get(iso, [])} - {None}),
                "capitals_en": sorted(
                    {curated.CAPITALS_EN.get(iso), *curated.CAPITAL_ALIASES_EN.get(iso, [])} - {None}
                ),
                "country": iso,
                "code": f"{iso}GOV",
            }

        self._drop_other_states_names()

    def _drop_other_states_names(self) -> None:
        """CountryInfo names some territories after a neighbour (Guadeloupe: "Guatemala"): a state's
        alias that is another state's own name is a source error and would steal that state's name."""
        states = [a for a in self.actors.values() if a["type"] == "state"]
        for state in states:
            others = {n for o in states if o is not state for n in (o["name_de"], o["name_en"])}
            state["aliases_de"] = [a for a in state["aliases_de"] if a not in others]
            state["aliases_en"] = [a for a in state["aliases_en"] if a not in others]

    # organisations -------------------------------------------------------------------------------
    def add_igos(self) -> None:
        records = {
            name_key(r.name): r
            for r in read_actor_dictionary(self.data / DICTIONARIES / "Phoenix.International.actors.txt")
        }
        for ident, name_de, name_en, code, aliases_de, aliases_en, wikidata, sources in curated.IGOS:
            english = set(aliases_en) | {name_en}
            for source in sources:
                record = records.get(name_key(source))
                if record:
                    english |= {display_name(s) for s in [record.name, *record.synonyms]}
            self.actors[f"igo:{ident}"] = {
                "id": f"igo:{ident}",
                "type": "IGO",
                "name_de": name_de,
                "name_en": name_en,
                "aliases_de": sorted({name_de, *aliases_de}),
                "aliases_en": sorted(english),
                "country": None,
                "code": code,
                "wikidata": wikidata,
            }

    def add_regions(self) -> None:
        for ident, name_de, name_en, code, aliases_de, aliases_en in curated.REGIONS:
            self.actors[f"region:{ident}"] = {
                "id": f"region:{ident}",
                "type": "region",
                "name_de": name_de,
                "name_en": name_en,
                "aliases_de": sorted({name_de, *aliases_de}),
                "aliases_en": sorted(set(aliases_en)),
                "country": None,
                "code": code,
            }

    def add_organisations(self) -> None:
        for (
            ident,
            kind,
            name_de,
            name_en,
            country,
            code,
            aliases_de,
            aliases_en,
            wikidata,
        ) in [
            *curated.ORGANISATIONS,
            *curated_news.PARTIES,
            *curated_news.STATE_BODIES,
            *curated_news.INDEPENDENT_AGENCIES,
            *curated_news.ARMED_GROUPS,
        ]:
            self.actors[organisation_id(kind, ident)] = {
                "id": organisation_id(kind, ident),
                "type": kind,
                "name_de": name_de,
                "name_en": name_en,
                "aliases_de": sorted({name_de, *aliases_de}),
                "aliases_en": sorted({name_en, *aliases_en}),
                "country": country,
                "code": code,
                "wikidata": wikidata,
            }

    # people ------------------------------------------------------------------------------------------
    def add_people(self) -> None:
        records: list[DictRecord] = []
        for name in (
            "Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt",
            "Phoenix.MilNonState.actors.txt",
        ):
            records += [r for r in read_actor_dictionary(self.data / DICTIONARIES / name) if r.is_person]
        terms = self._terms_by_name()
        people: dict[str, dict] = {}
        by_key: dict[str, str] = {}
        # the dictionaries code some states otherwise than we do ("KOSOVO": KSV, ours XKX): such a
        # "person" named like the state would compete with the state entry for its name
        state_codes = {name_key(c["name"]["common"]): iso3_of(c) for c in self.countries}
        for record in records:
            ident = "person:" + slug(display_name(record.name))
            state_code = state_codes.get(name_key(record.name))
            if ident == "person:" or (state_code and record.codes and record.codes[-1].code != state_code):
                continue
            if ident in people:
                self._merge_record(people[ident], record)
            else:
                people[ident] = self._person_from(record)
            for phrase in [record.name, *record.synonyms]:
                by_key.setdefault(name_key(phrase), ident)
        for key, person_terms in terms.items():
            ident = by_key.get(key)
            if ident:
                people[ident]["roles"] = [*people[ident]["roles"], *person_terms]
            else:  # a leader or minister only CountryInfo lists
                person = self._person_from_terms(key, person_terms)
                people.setdefault(person["id"], person)
                by_key[key] = person["id"]
        for entry in [
            *curated.PEOPLE,
            *curated_leaders.LEADERS,
            *curated_officials.OFFICIALS,
            *curated_news.PEOPLE,
        ]:
            self._add_curated_person(people, by_key, entry)
        for person in people.values():
            unique_roles = set(map(tuple, person["roles"]))
            person["roles"] = [
                list(r) for r in sorted(unique_roles, key=lambda r: (r[2] or "", r[3] or "", r[0], r[1]))
            ]
            person["aliases_de"] = sorted(set(person["aliases_de"]))
            person["aliases_en"] = sorted(set(person["aliases_en"]))
            self.actors[person["id"]] = person

    def _person_from(self, record: DictRecord) -> dict:
        name_en = display_name(record.name)
        default = next((c.code for c in record.codes if not c.start and not c.end), None)
        codes = _code_list(record.codes)
        country_code = (default or (codes[0][0] if codes else ""))[:3]
        country = country_code if country_code in self.iso3 else None
        person = {
            "id": "person:" + slug(name_en),
            "type": "person",
            "name_en": name_en,
            "name_de": transliterate_name(name_en) if country in CYRILLIC else name_en,
            "aliases_en": [],
            "aliases_de": [],
            "country": country,
            "code": default,
            "codes": codes,
            "roles": [],
            "gender": None,
            "wikidata": None,
        }
        self._merge_record(person, record)
        return person

    def _person_from_terms(self, key: str, terms: set[tuple]) -> dict:
        name_en = display_name(key)
        country = min(t[1] for t in terms)[:3]
        name_de = transliterate_name(name_en) if country in CYRILLIC else name_en
        return {
            "id": "person:" + slug(name_en),
            "type": "person",
            "name_en": name_en,
            "name_de": name_de,
            "aliases_en": [name_en],
            "aliases_de": [name_de],
            "country": country if country in self.iso3 else None,
            "code": None,
            "codes": [],
            "roles": list(terms),
            "gender": None,
            "wikidata": None,
        }

    def _merge_record(self, person: dict, record: DictRecord) -> None:
        codes = {*map(tuple, person["codes"]), *map(tuple, _code_list(record.codes))}
        person["codes"] = [list(c) for c in sorted(codes, key=lambda c: (c[1] or "", c[2] or "", c[0]))]
        for phrase in [record.name, *record.synonyms]:
            words = name_key(phrase).split()
            while len(words) > 2 and words[0] in HONORIFICS:
                words = words[1:]  # "SHEIKH HASINA WAJED" -> "HASINA WAJED"
            if set(words) & (TITLE_WORDS | self.nationality_words) or not words:
                continue
            alias = display_name(" ".join(words))
            person["aliases_en"].append(alias)
            person["aliases_de"].append(transliterate_name(alias) if person["country"] in CYRILLIC else alias)

    def _terms_by_name(self) -> dict[str, set[tuple]]:
        terms: dict[str, set[tuple]] = {}
        for iso, info in self.countryinfo.items():
            for term in info.terms:
                role = normalise_role(term.title)
                code = (term.code or f"{iso}GOV")[:6]
                for name in term.names:
                    terms.setdefault(name_key(name), set()).add((role, code, term.start, term.end))
        return terms

    def _add_curated_person(self, people: dict, by_key: dict, entry: tuple) -> None:
        ident, name_de, name_en, country, gender, wikidata, sources, aliases_de, roles = entry
        source_ids = [by_key[name_key(s)] for s in sources if name_key(s) in by_key]
        person = (
            people.pop(source_ids[0]) if source_ids else {"codes": [], "aliases_en": [], "aliases_de": []}
        )
        for other in source_ids[1:]:
            people.pop(other, None)
        surname_at = 0 if country in curated.FAMILY_NAME_FIRST else -1
        surname_de, surname_en = name_de.split()[surname_at], name_en.split()[surname_at]
        known_as = (
            curated_leaders.KNOWN_AS.get(ident)
            or curated_officials.KNOWN_AS.get(ident)
            or curated_news.KNOWN_AS.get(ident)
        )
        if known_as:
            surname_de = surname_en = known_as
        person.update(
            id=f"person:{ident}",
            type="person",
            name_de=name_de,
            name_en=name_en,
            country=country,
            gender=gender,
            wikidata=wikidata,
            # Our dated roles replace the source's: the source ends in 2014 and mixes up titles.
            roles=[list(r) for r in roles],
            code=person.get("code") or f"{country}ELI",
            curated=True,
        )
        person["aliases_de"] = [*person["aliases_de"], name_de, surname_de, *aliases_de]
        # English text keeps diacritics the English source dropped (Çavuşoğlu): accept both.
        accented = [name_de, surname_de] if not name_de.isascii() else []
        person["aliases_en"] = [*person["aliases_en"], name_en, surname_en, *accented]
        people[person["id"]] = person


def write_kb(kb: dict, path: Path) -> None:
    """Gzip without a timestamp or file name in the header: the bytes depend only on the content."""
    payload = json.dumps(kb, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as out:
        out.write(payload)
    path.write_bytes(buffer.getvalue())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=Path("../shared/data"), help="the shared open-data folder"
    )
    parser.add_argument("--out", type=Path, default=KB_PATH)
    args = parser.parse_args(argv)
    kb = Builder(args.data).build()
    write_kb(kb, args.out)
    kinds: dict[str, int] = {}
    for actor in kb["actors"]:
        kinds[actor["type"]] = kinds.get(actor["type"], 0) + 1
    print(
        f"{args.out}: {len(kb['actors'])} actors {dict(sorted(kinds.items()))}, {args.out.stat().st_size} bytes"
    )


if __name__ == "__main__":
    main()
