"""pressextract's spaCy components. Importing this package registers their factories
(`pressextract_<name>`) with spaCy; `nlp.build` adds the ones a pipeline config lists."""
from pressextract.nlp.components import acronyms, entity_repair, person_repair  # noqa: F401
