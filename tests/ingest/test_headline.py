"""The headline of an HTML page from its structure: template sources, labels under a masthead."""

from __future__ import annotations

import pytest

from pressextract.ingest import parse_bytes

LEAD = (
    "<p>The Harbor Rail Board today approved a new timetable that adds forty daily trains "
    "between the port and the airport, starting with the autumn schedule.</p>"
)
PHP_HEAD = """<?php require_once("app.php"); $App = new App();
  $pageTitle  = "Harbor Rail Adds Forty Daily Trains";
  $pageAuthor = "Web Team";
  $html = <<<EOHTML
"""
PHP_TAIL = "\nEOHTML;\n $App->generatePage($pageAuthor, $pageTitle, $html); ?>"


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # A site's page source: the h1 is a variable assigned at the top of the file.
        (f'{PHP_HEAD}<div id="main"><h1>$pageTitle</h1>{LEAD}</div>{PHP_TAIL}',
         "Harbor Rail Adds Forty Daily Trains"),
        (f"{PHP_HEAD}<h2>Press Release</h2><center><h1>$pageTitle</h1>"
         f"<p><i>Night trains return in May</i></p></center>{LEAD}{PHP_TAIL}",
         "Harbor Rail Adds Forty Daily Trains"),
        # The h1 names the page; the heading under the release label is the headline.
        (f"{PHP_HEAD}<div><h1>$pageTitle</h1><h2>Press Release</h2>"
         f"<h2>Harbor Rail Adds Forty Daily Trains Between Port and Airport</h2>{LEAD}</div>"
         f"{PHP_TAIL}",
         "Harbor Rail Adds Forty Daily Trains Between Port and Airport"),
        ("<html><body><h1>Harbor Rail Newsroom</h1><p>News Release</p>"
         f"<h2>Board approves forty new daily trains</h2>{LEAD}</body></html>",
         "Board approves forty new daily trains"),
        # A heading under the headline is a subtitle, even when a label follows it.
        ("<html><body><h1>Board approves forty new daily trains</h1>"
         f"<h2>Night trains return in May</h2><h2>Press Release</h2>{LEAD}</body></html>",
         "Board approves forty new daily trains"),
        # A section heading after the label is no headline: it must be a heading of 4+ words.
        ("<html><body><h1>Board approves forty new daily trains</h1><p>Press release</p>"
         f"<h3>Background</h3>{LEAD}</body></html>",
         "Board approves forty new daily trains"),
        # A variable the source never assigns stays a placeholder: no title from it.
        ("<html><head><title>Board approves new trains | Harbor Rail</title></head><body>"
         f"<h1>$headline</h1>{LEAD}</body></html>",
         "Board approves new trains"),
        # "$" after a letter or another "$" opens no assignment ("US$amount", "$$ref").
        ('<html><head><title>Board approves new trains | Harbor Rail</title></head><body>'
         f'<script>var US$headline = "Fares rise by ten";</script>'
         f"<h1>$headline</h1>{LEAD}</body></html>",
         "Board approves new trains"),
        ('<html><head><title>Board approves new trains | Harbor Rail</title></head><body>'
         f'<script>$$headline = "Fares rise by ten";</script>'
         f"<h1>$headline</h1>{LEAD}</body></html>",
         "Board approves new trains"),
        ('<html><body>{% set title = "Board\'s forty new daily trains" %}'
         f"<h1>{{{{ title }}}}</h1>{LEAD}</body></html>",
         "Board's forty new daily trains"),
    ],
)  # fmt: skip
def test_page_title(page: str, title: str) -> None:
    doc = parse_bytes(page.encode("utf-8"), "release.html", ".html")
    assert doc.title == title
