"""report.html in a real headless Chromium: the table holds the records, a release opens with its
highlighted quote. Needs Debian's chromium and chromium-driver (`.ci/run` installs them) and
selenium (in the dev extra); skipped with the reason when either is missing."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from pressextract.export.report import write_report

PROCESSED = Path(__file__).resolve().parents[2] / "data" / "processed"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--window-size=1280,1600",
)

MISSING = "Chromium is not installed: `apt-get install chromium chromium-driver` (Debian)"


@pytest.fixture(autouse=True)
def chromium_present():
    if CHROMIUM and CHROMEDRIVER:
        return
    if os.environ.get("CI") == "true":  # .ci/run installs Chromium: its absence there is a fault
        pytest.fail(MISSING)
    pytest.skip(MISSING)


@pytest.fixture
def browser(tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium (dev extra) missing")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


@pytest.fixture
def report(tmp_path):
    out = tmp_path / "out"
    shutil.copytree(PROCESSED, out)
    records = [json.loads(line) for line in (out / "records.jsonl").open(encoding="utf-8")]
    return write_report(out), records


def test_the_report_in_a_browser(browser, report, tmp_path):
    from selenium.webdriver.common.by import By

    path, records = report
    browser.get(path.as_uri())
    rows = browser.find_elements(By.CSS_SELECTOR, "#releases tbody tr")
    assert sorted(r.get_attribute("data-id") for r in rows) == sorted(r["id"] for r in records)
    titles = {r.find_element(By.CSS_SELECTOR, "a").text for r in rows}
    assert titles == {r["title"] for r in records}

    # Clicking a header sorts by it, once up and once down.
    header = browser.find_element(By.XPATH, "//table[@id='releases']//th[text()='published']")
    published = sorted(r["published"] or "" for r in records)
    for expected in (published, published[::-1]):
        header.click()
        cells = browser.find_elements(By.CSS_SELECTOR, "#releases tbody tr td:nth-child(2)")
        assert [c.get_attribute("data-sort") for c in cells] == expected

    # Filtering by a word of a title keeps that release and hides others.
    record = next(r for r in records if r["quotes"] and r["title"])
    word = max(record["title"].split(), key=len)
    browser.find_element(By.ID, "filter").send_keys(word)
    shown = [r for r in rows if r.is_displayed()]
    assert record["id"] in {r.get_attribute("data-id") for r in shown}
    assert len(shown) < len(rows) or len(records) == 1
    browser.find_element(By.ID, "filter").clear()

    # Click into the release: its view replaces the overview, with the quote highlighted.
    browser.find_element(By.CSS_SELECTOR, f'#releases tr[data-id="{record["id"]}"] a').click()
    view = browser.find_element(By.ID, f"release-{record['id']}")
    assert view.is_displayed()
    assert not browser.find_element(By.ID, "overview").is_displayed()
    quote = record["quotes"][0]
    highlighted = view.find_elements(By.CSS_SELECTOR, ".body-text span.f-quotes")
    expected = record["text"][quote["char_start"] : quote["char_end"]]
    assert highlighted and highlighted[0].text == expected
    assert highlighted[0].get_attribute("title") == f"quote: {quote['speaker']}"
    assert view.find_elements(By.CSS_SELECTOR, ".body-text mark.f-dates")

    screenshot = tmp_path / "report-release.png"
    assert browser.save_screenshot(str(screenshot))
    assert screenshot.read_bytes().startswith(b"\x89PNG")

    browser.find_element(By.CSS_SELECTOR, f"#release-{record['id']} a.back").click()
    assert browser.find_element(By.ID, "overview").is_displayed()
