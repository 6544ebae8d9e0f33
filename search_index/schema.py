"""The one Whoosh schema. Bump SCHEMA_VERSION whenever fields, analysis or index files change."""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, TEXT, Schema

from search_index.analysis import PrefixTokenizer, index_analyzer

# 2: the index folder holds gazetteer.json; 3: and catalogue.json; 4: Snowball English
# stems, six-language normalisation, the summary in a field of its own (weighs above the body);
# 5: the gazetteer copy carries its names normalised for queries
SCHEMA_VERSION = 5
TITLE_BOOST = 4.0
ALIAS_BOOST = 5.0
SUMMARY_BOOST = 2.0
SEARCH_FIELDS = ("title", "aliases", "summary", "text")
COMPLETION_BOOST = 3.0


def schema() -> Schema:
    analyzer = index_analyzer()
    return Schema(
        slug=ID(stored=True, unique=True),
        kind=ID(stored=True),
        title=TEXT(analyzer=analyzer, field_boost=TITLE_BOOST, stored=True),
        aliases=TEXT(analyzer=analyzer, field_boost=ALIAS_BOOST),
        summary=TEXT(analyzer=analyzer, field_boost=SUMMARY_BOOST),
        text=TEXT(analyzer=analyzer),
        complete=TEXT(analyzer=PrefixTokenizer(), phrase=False, field_boost=COMPLETION_BOOST),
        regions=KEYWORD(commas=True),
        fields=KEYWORD(commas=True),
    )
