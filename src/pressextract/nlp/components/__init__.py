"""pressextract's spaCy components. Importing this package registers their factories
(`pressextract_<name>`) with spaCy; `nlp.build` adds the ones a pipeline config lists."""
from pressextract.nlp.components import (  # noqa: F401
    acronyms,
    entity_repair,
    org_filter,
    org_recall,
    person_repair,
)
