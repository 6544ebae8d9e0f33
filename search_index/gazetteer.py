"""Every country and territory, by its names in six languages, and the catalogue region holding it.

Generated, never typed by hand: ISO 3166-1 names and their French, Spanish, Portuguese, Arabic and
Russian translations come from pycountry and its gettext catalogues; the UN M49 sub-region from
resources/gazetteer/m49.toml; the catalogue region an M49 area falls in from
resources/gazetteer/catalogue_regions.toml. `make gazetteer` (`regenerate()`) compiles them into
the compact resources/gazetteer/gazetteer.json, which is committed: pycountry (22 MB, mostly
locales) is a build-time tool, not shipped in the bundle, and a test fails when the committed file
no longer matches what pycountry and the tables give. Each index build copies that file into the
index folder (stamped with it), so search knows a country is a real word ("never correct Syria to
strives") and can say honestly which region of the catalogue contains it.
"""

from __future__ import annotations

import gettext
import json
import os
from dataclasses import dataclass
from pathlib import Path

from db.safe_files import UnsafeFileError, loads_json, read_regular_text, read_toml_file
from search_index.analysis import MIN_LENGTH, STOP_WORDS, WORD_RE, fold, normalize, split_compound
from search_index.errors import IndexProblem, SearchIndexError

GAZETTEER_FILE = "gazetteer.json"
LANGUAGES = ("fr", "es", "pt", "ar", "ru")
MAX_GAZETTEER_BYTES = 4 << 20
GAZETTEER_FORMAT = 1


def source_dir() -> Path:
    """resources/gazetteer beside the packages (also in the frozen app), or FIELDREF_RESOURCES."""
    root = Path(__file__).resolve().parents[1] / "resources"
    return Path(os.environ.get("FIELDREF_RESOURCES", root)) / "gazetteer"


# Arabic vowel marks and tatweel: pycountry's Arabic names carry them ("السّوريّة"), officers
# rarely type them. (Full Arabic normalisation belongs to query analysis; this is the minimum
# for names to meet.)
_ARABIC_MARKS = dict.fromkeys([*range(0x064B, 0x0653), 0x0670, 0x0640])


def name_key(text: str) -> str:
    """How a name is looked up: the words a query keeps (folded, no stop words), space-joined."""
    text = text.translate(_ARABIC_MARKS)
    words = (split_compound(fold(m.group()))[0] for m in WORD_RE.finditer(text))
    return " ".join(w for w in words if len(w) >= MIN_LENGTH and w not in STOP_WORDS)


def normal_key(key: str) -> str:
    """A name key under the full query normalisation (Arabic hamza and alef forms, ta marbuta,
    ال; ё): typed text rarely matches pycountry's spelling letter by letter."""
    return " ".join(normalize(w) for w in key.split())


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166-1 alpha-3
    name: str  # English short name ("Syrian Arab Republic" has common name "Syria")
    subregion: str  # M49 sub-region name, "" when M49 has none
    regions: tuple[str, ...]  # candidate catalogue region slugs, most specific first


@dataclass(frozen=True, slots=True)
class Gazetteer:
    countries: tuple[Country, ...] = ()
    names: dict[str, int] | None = None  # name key -> index into countries
    m49_names: dict[str, tuple[str, ...]] | None = None  # M49 area name key -> slugs
    words: frozenset[str] = frozenset()  # every word of every name: never "corrected"
    # the same under normal_key / normalize: computed when the index is built, since
    # normalising ~1,600 names took ~7 ms of every start
    normal_names: dict[str, int] | None = None
    normal_words: frozenset[str] = frozenset()

    def country(self, key: str) -> Country | None:
        index = (self.names or {}).get(key)
        return None if index is None else self.countries[index]

    @classmethod
    def load(cls, folder: Path) -> Gazetteer:
        path = Path(folder) / GAZETTEER_FILE
        try:
            data = loads_json(read_regular_text(path, MAX_GAZETTEER_BYTES), str(path))
        except FileNotFoundError:
            raise IndexProblem("the search index has no gazetteer") from None
        except UnsafeFileError as exc:
            raise IndexProblem(f"the gazetteer is unreadable ({exc})") from None
        if not isinstance(data, dict) or data.get("format") != GAZETTEER_FORMAT:
            raise IndexProblem("the gazetteer is from another version of the app")
        countries = tuple(Country(c, n, s, tuple(r)) for c, n, s, r in data["countries"])
        names: dict[str, int] = data["names"]
        areas = {k: tuple(v) for k, v in data["m49"].items()}
        words = frozenset(w for key in (*names, *areas) for w in key.split())
        normal_names, normal_words = data.get("normal"), data.get("normal_words")
        if not isinstance(normal_names, dict) or not isinstance(normal_words, list):
            normal_names, normal_words = _normalised(names, words)
        return cls(countries, names, areas, words, normal_names, frozenset(normal_words))


def _normalised(names: dict[str, int], words: frozenset[str]) -> tuple[dict[str, int], list[str]]:
    return {normal_key(k): i for k, i in names.items()}, sorted({normalize(w) for w in words})


def write_gazetteer(folder: Path, source: Path | None = None) -> int:
    """Copy the compiled gazetteer into folder (an index being built); returns the number of
    countries. Without a compiled file (a source tree before `make gazetteer`) it is generated,
    which needs pycountry."""
    source = source_dir() if source is None else Path(source)
    compiled = source / GAZETTEER_FILE
    try:
        text = read_regular_text(compiled, MAX_GAZETTEER_BYTES)
    except FileNotFoundError:
        text = generate(source)
    except UnsafeFileError as exc:
        raise SearchIndexError(f"the gazetteer cannot be read ({exc})") from None
    data = loads_json(text, str(compiled))
    if not isinstance(data, dict) or data.get("format") != GAZETTEER_FORMAT:
        raise SearchIndexError(f"{compiled}: not a gazetteer of this version; run 'make gazetteer'")
    words = frozenset(w for key in (*data["names"], *data["m49"]) for w in key.split())
    data["normal"], data["normal_words"] = _normalised(data["names"], words)
    copy = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    (Path(folder) / GAZETTEER_FILE).write_text(copy, encoding="utf-8")
    return len(data["countries"])


def generate(source: Path | None = None) -> str:
    """The compact gazetteer JSON from pycountry and the two tables. A country M49 does not
    place, unless listed as unlisted, is an error: the table is out of date with pycountry."""
    try:
        import pycountry  # a build-time tool (make gazetteer): never imported by the app
    except ImportError:
        raise SearchIndexError(
            "resources/gazetteer/gazetteer.json is missing and pycountry is not installed"
        ) from None

    source = source_dir() if source is None else Path(source)
    m49, unlisted, to_slug, overrides = _read_sources(source)
    translators = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in LANGUAGES
    ]
    countries: list[list[object]] = []
    names: dict[str, int] = {}
    for number, record in enumerate(sorted(pycountry.countries, key=lambda c: c.alpha_3)):
        code = record.alpha_3
        if code not in m49 and code not in unlisted:
            raise SearchIndexError(f"{source / 'm49.toml'}: no M49 sub-region for {code}")
        sub_code, sub_name, region_code = m49.get(code, ("", "", ""))
        slugs = [overrides[code]] if code in overrides else []
        slugs += [to_slug[c] for c in (sub_code, region_code) if c in to_slug]
        english = getattr(record, "common_name", None) or record.name
        countries.append([code, english, sub_name, list(dict.fromkeys(slugs))])
        for name in _names(record, translators):
            key = name_key(name)
            if key:
                names.setdefault(key, number)
    areas = {name_key(n): [to_slug[c]] for c, n in _area_names(source) if c in to_slug}
    data = {"format": GAZETTEER_FORMAT, "countries": countries, "names": names, "m49": areas}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _names(record: object, translators: list[gettext.NullTranslations]) -> list[str]:
    english = [
        value
        for attr in ("name", "common_name", "official_name")
        if isinstance(value := getattr(record, attr, None), str)
    ]
    found = list(english)
    for translator in translators:
        found += [translator.gettext(n) for n in english]
    return list(dict.fromkeys(found))


def _read_sources(
    source: Path,
) -> tuple[dict[str, tuple[str, str, str]], set[str], dict[str, str], dict[str, str]]:
    try:
        table = read_toml_file(source / "m49.toml")
        mapping = read_toml_file(source / "catalogue_regions.toml")
    except (OSError, UnsafeFileError) as exc:
        raise SearchIndexError(f"cannot read the gazetteer sources in {source}: {exc}") from None
    m49 = {
        member: (sub["code"], sub["name"], sub["region"])
        for sub in table.get("subregion", [])
        for member in sub["members"]
    }
    return m49, set(table.get("unlisted", [])), mapping.get("m49", {}), mapping.get("countries", {})


def _area_names(source: Path) -> list[tuple[str, str]]:
    table = read_toml_file(source / "m49.toml")
    found: dict[str, str] = {}
    for sub in table.get("subregion", []):
        found[sub["code"]] = sub["name"]
        found[sub["region"]] = sub["region_name"]
    return sorted(found.items())


def regenerate() -> Path:
    """`make gazetteer`: compile the committed resource again (pycountry or a table changed)."""
    target = source_dir() / GAZETTEER_FILE
    target.write_text(generate(), encoding="utf-8")
    return target
