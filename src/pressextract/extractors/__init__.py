"""One module per field. Each module `extractors/<field>.py` defines

- `<Field>Options`: a frozen, keyword-only dataclass whose defaults are the defaults of the
  `[<field>]` table of a pipeline config (built with `config.options_from_section`);
- `extract_<field>(doc, document, options) -> list[<Item>]`: a pure function from the spaCy Doc
  of `document.text` (plus the Document for context such as the publication date) to the
  schema items of that field, with char offsets into `document.text`.

The registry that ties names to functions lives in `pressextract.pipeline`.
"""
