"""Line-level rules for scraped page furniture that main-content extraction leaves behind."""

from __future__ import annotations

import re

_IMAGE_NAME = re.compile(r"^[\w ()\-–.,&'’]{1,80}\.(?:png|jpe?g|gif|webp|svg|bmp|tiff?)$", re.I)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_UI_LINE = re.compile(
    r"^(?:skip to (?:main )?(?:content|navigation|main)|skip navigation|scroll to top|back to top"
    r"|to top|follow us(?: on .{1,30})?|share(?: this)?(?: (?:article|page|story|post|release))?"
    r"(?: on .{1,30})?|share on .{1,30}|tweet|print(?: this)?(?: page)?|e-?mail(?: this)?(?: page)?"
    r"|click (?:here )?to (?:expand|enlarge|view|access|download).*|click here.{0,60}"
    r"|read more|read also|see also|related(?: news| articles| posts| stories)?|more news"
    r"|tags?:.*|categor(?:y|ies):.*|search(?: for)?|menu|home|close|open menu|toggle navigation"
    r"|previous(?: article| post)?|next(?: article| post)?|loading.{0,3}|advertisement"
    r"|\d+ min(?:ute)?s? read|view (?:pdf|all|more).*|download (?:pdf|as pdf)|pdf version"
    r"|share (?:to|via|with).{0,30}|news provided by|provided by|continue reading"
    r"|page \d{1,3}(?: of \d{1,3})?|[-–]\s*(?!30\b)\d{1,3}\s*[-–]|seite \d{1,3}(?: von \d{1,3})?"
    r"|accessibility statement|sign up for .{1,40}|subscribe(?: to .{1,40})?|log ?in|sign in"
    r"|teilen|drucken|nach oben|zurück|partager|imprimer"
    # Cookie-banner buttons and page-feedback widgets.
    r"|(?:accept|reject|decline|allow|deny)(?: all| additional| optional| necessary)?"
    r"(?: cookies)?|(?:manage|customi[sz]e) (?:cookies|(?:cookie )?(?:settings|preferences))"
    r"|cookie (?:settings|preferences|policy)|got it|i agree|ok(?:ay)?"
    r"|page last (?:reviewed|updated|modified)\b.{0,40}"
    r"|last (?:reviewed|updated|modified)\s*:.{0,40}"
    r"|(?:is|was) this page (?:useful|helpful)\??.{0,20}|report a problem(?: with this page)?"
    r"|leave a (?:reply|comment)|post comment|\d* ?comments?|print friendly.{0,20}"
    r"|share this(?: page| article| story| post)?\s*:?"
    # Share-bar and follow-us buttons: a network's name alone on a line.
    r"|facebook|twitter|x|linkedin|instagram|youtube|whatsapp|pinterest|reddit|xing|threads"
    r"|bluesky|tiktok|flickr|mastodon|telegram|rss|copy link|e-?mail"
    # E-mail newsletter furniture.
    r"|unsubscribe.{0,40}"
    r"|(?:update|manage) (?:your )?(?:e-?mail )?(?:preferences|subscription).{0,20}"
    r"|view (?:this e-?mail )?in (?:your |a )?(?:web )?browser.{0,20}"
    r"|you (?:are )?receiv(?:e|ed|ing) this (?:e-?mail|message|newsletter)\b.{0,200}"
    # Blog and CMS post furniture: filing, bylines with dates, reading aids, back links.
    r"|(?:posted|filed) (?:in|under)\s*:?.{1,60}|tweet this"
    r"|jump to\s*:.{0,60}|listen to (?:this|the) (?:article|story|release)"
    r"|(?:estimated )?reading time\s*:?.{0,20}|last (?:modified|updated|edited) on .{4,40}"
    r"|(?:[«‹<←]\s*)?back to (?:\w+\s*){1,4}|[«‹<←]\s*(?:previous|prev|older).{0,60}"
    r"|(?:next|newer).{0,60}\s*[»›>→]|contact us"
    r"|download (?:the )?(?:pdf|high[- ]res(?:olution)?|image|photo|logo|file|press release)s?"
    r".{0,40}"
    r"|.{0,120}\((?:pdf|docx?|xlsx?|pptx?|zip|jpe?g|png)(?:,|\s)\s*\d[\d.,]*\s*[km]i?b\)"
    r"|(?:font|text) size\b.{0,20}|listen|audio|breadcrumbs?|you are here\s*:.{0,100}"
    r"|(?:did you find|was) this (?:page|article|information) (?:useful|helpful)\??.{0,20}"
    r"|thank you for your feedback.{0,20}"
    r"|this (?:e-?mail|message)(?: and any (?:attachments?|files)[^.]{0,40})?"
    r" (?:is|are|may be|contains?) (?:confidential|privileged|intended)\b.{0,400})$",
    re.I,
)
# Wire-service lines around a release: "SOURCE Acme Corp", "View original content ...".
_WIRE_LINE = re.compile(
    r"^(?:SOURCE\s+[A-Z0-9][^\n]{1,100}"
    r"|(?i:(?:view|see) (?:original|source) (?:content|version)\b.{0,300}"
    r"|(?:logo|photo|video|multimedia)\s*[-–:]\s*https?://\S+"
    r"|copyright \(c\) \d{4} globenewswire.{0,40}|distributed by .{2,60} on behalf of .{2,80}))$"
)
_COOKIE = re.compile(
    r"\bcookies?\b.*\b(?:use|uses|using|accept|consent|agree|settings|policy|experience)\b", re.I
)
# Photo captions and credits that extractors keep next to the text.
_CAPTION = re.compile(
    r"^\(?(?:©|\(c\)\s|copyright\b|(?:photo|foto|image|picture|bild|bu|caption|credit|"
    r"photo credit|image credit|bildquelle|quelle|pictured|above|top|left|right)\s*:"
    r"|(?:photo|image|picture)s? (?:by|courtesy(?: of)?)\s+[A-Z]"
    r"|(?:photo|image)s? courtesy\b)",
    re.I,
)
# Filing furniture: "Exhibit 99.1" banners, "EX-99.1" document types, "Page 3 of 7".
EXHIBIT_BANNER = re.compile(r"^(?:ex(?:hibit)?\.?[-\s]*\d{1,3}(?:\.\d{1,3})?[a-z]?)$", re.I)
# Page titles that name the file, not the release: EDGAR "Document" / "EX-99.1", template
# variables ("$pageTitle"), file names, "Untitled".
_PLACEHOLDER_TITLE = re.compile(
    r"^(?:document|untitled(?: document)?|new document|page title|title|home|ex(?:hibit)?\.?"
    r"[-\s]*\d{1,3}(?:\.\d{1,3})?[a-z]?|[$@{%].*|.*\.(?:html?|txt|pdf|docx?|rtf|php|aspx?)"
    r"|microsoft word\s*-.*|[\w-]*\d[\w-]*)$",
    re.I,
)


def is_placeholder_title(title: str | None) -> bool:
    """A title that names the file or template rather than the release ("EX-99.1", "Document")."""
    return bool(title) and bool(_PLACEHOLDER_TITLE.match(title.strip()))


_FEED_FOOTER = re.compile(r"^the post .{5,300} appeared first on .{2,80}\.?$", re.I)
_SEPARATOR = re.compile(r"^(?:[-=_*~]{3,}|(?:\* ?){3,})$")


_BLOCKQUOTE_MARKS = re.compile(r"^(?:>\s?)+(?=\S)")  # "> “We are proud,” ..."
_HEADING_MARKS = re.compile(r"^#{1,6}\s+(?=.*\w)")
_BOLD = re.compile(r"(\*\*|__)(.+?)\1")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)\*(?![\w*])")
_LIST_MARKS = re.compile(r"^\s*(?:[*+\-•]\s+)+")


def strip_markdown(line: str) -> str:
    """Line text without markdown images, link targets, emphasis and heading marks.

    Each rule runs only on a line that holds the characters its pattern cannot match without
    ("](", a leading ">" or "#", "**" or "__", "*"): most lines hold none, and this runs on
    every line of every release several times over.
    """
    if "](" in line:
        line = _MD_IMAGE.sub("", line)
    if "](" in line:  # checked again: removing an image can join a "]" and a "("
        line = _MD_LINK.sub(r"\1", line)
    if line.startswith(">"):
        line = _BLOCKQUOTE_MARKS.sub("", line)
    if line.startswith("#"):
        line = _HEADING_MARKS.sub("", line)
    if "**" in line or "__" in line:
        line = _BOLD.sub(r"\2", line)
    if "*" in line:
        line = _ITALIC.sub(r"\1", line)
    return line.strip()


def is_link_only(line: str) -> bool:
    """A markdown line made only of links/images (menus and appended link lists)."""
    stripped = _LIST_MARKS.sub("", line)
    if not stripped.strip():
        return False
    if not (_MD_LINK.search(stripped) or _MD_IMAGE.search(stripped) or _BARE_URL.match(stripped)):
        return False
    rest = _MD_LINK.sub("", _MD_IMAGE.sub("", stripped))
    return not re.sub(r"[\s|·•,/\-–—]+", "", rest)


_HOME = re.compile(r"^(?:home|start|startseite|accueil|inicio|homepage|main page)$", re.I)


# (the characters a separator holds, the separator, whether the first step must be a home page)
_BREADCRUMB_SEPARATORS = (
    (">›»", re.compile(r"\s+(?:>|›|»)\s+"), False),
    ("|", re.compile(r"\s+\|\s+"), True),
    ("/", re.compile(r"\s+/\s+"), True),
)


def is_breadcrumb(text: str) -> bool:
    """ "Home | News | Press releases" or "Newsroom > 2024 > May": three or more short steps.

    Steps split by "|" must start at a home page: table rows use the same bar.
    """
    for marks, separator, needs_home in _BREADCRUMB_SEPARATORS:
        if not any(mark in text for mark in marks):
            continue  # no separator: one step
        steps = separator.split(text.strip())
        # The first step may name the whole site ("Harris County - District Attorney's Office").
        if len(steps) < 3 or not all(0 < len(step.split()) <= 4 for step in steps[1:]):
            continue
        if len(steps[0].split()) > (6 if not needs_home else 4):
            continue
        if needs_home and not _HOME.match(steps[0]):
            continue
        return not any(ch.isdigit() for step in steps[:-1] for ch in step)
    return False


_SHARE_WORD = re.compile(
    r"share|this|article|page|story|post|on|via|print|e-?mail|mail|facebook|twitter|x|linkedin"
    r"|whatsapp|instagram|youtube|reddit|pinterest|xing|telegram|threads|bluesky|tiktok"
    r"|messenger|copy|link|tweet|follow|us|rss"
)


_SHARE_BAR_WORD = re.compile(r"[^\s|·•,/:]+")  # the text between separators


def is_share_bar(text: str) -> bool:
    """ "Share: Facebook | X | LinkedIn | Email": a line of nothing but share-button words.

    The words are read one at a time: a line of prose stops at its first word.
    """
    count = 0
    for word in _SHARE_BAR_WORD.finditer(text.casefold()):
        if not _SHARE_WORD.fullmatch(word.group()):
            return False
        count += 1
    return count >= 2


def is_boilerplate(line: str) -> bool:
    """Whether a single line is page furniture rather than release text."""
    text = line.strip()
    if not text:
        return False
    if _SEPARATOR.match(text) or is_link_only(text):
        return True
    plain = strip_markdown(text).strip(" \t*•|:>↑↓→←^")
    if not plain:
        return True
    if _IMAGE_NAME.match(plain) or _FEED_FOOTER.match(plain):
        return True
    if _UI_LINE.match(plain) or is_breadcrumb(text) or _WIRE_LINE.match(plain):
        return True
    if EXHIBIT_BANNER.match(plain):
        return True
    if is_share_bar(plain):
        return True
    if _CAPTION.match(plain) and len(plain) < 600:
        return True
    return len(plain) < 300 and bool(_COOKIE.search(plain))
