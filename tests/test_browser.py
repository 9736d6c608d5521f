"""The dashboard in a real headless Chromium: search → article → actor → dyad, with screenshots.

Screenshots go to $LAGEBILD_SCREENSHOTS (default build/screenshots) for a person to look at."""

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from lagebild.web import create_app

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
SHOTS = Path(
    os.environ.get("LAGEBILD_SCREENSHOTS", Path(__file__).resolve().parents[1] / "build" / "screenshots")
)


def _require_browser():
    if CHROMIUM and CHROMEDRIVER:
        return
    if os.environ.get("CI"):
        pytest.fail("chromium and chromedriver are missing: .ci/run installs them")
    pytest.skip("needs Debian's chromium and chromium-driver")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}"
    result = subprocess.run(
        [sys.executable, "-m", "lagebild", "demo", "--db", url], capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return url


@pytest.fixture(scope="module")
def server(demo_db):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(demo_db), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    for _ in range(100):
        if instance.started:
            break
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    _require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--window-size=1400,1000",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):  # fmt: skip
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    # a page's elements can appear a moment after submit() returns: look again for a few seconds
    driver.implicitly_wait(5)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def _shot(driver, name: str) -> None:
    driver.save_screenshot(str(SHOTS / f"{name}.png"))


def _follow(browser, act) -> None:
    """Run `act` (a click or submit that loads a new page) until it takes, then wait for the new page:
    an element found while the old page is still being replaced goes stale."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    old_page = browser.find_element(By.TAG_NAME, "html")
    WebDriverWait(browser, 10, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda driver: act(driver) or True
    )
    WebDriverWait(browser, 10).until(expected_conditions.staleness_of(old_page))


def test_search_article_actor_dyad(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/")
    box = browser.find_element(By.NAME, "q")
    box.send_keys("Lawrow")
    _follow(browser, lambda driver: box.submit())
    assert "Suche: „Lawrow“" in browser.find_element(By.TAG_NAME, "h1").text
    _shot(browser, "1-search")

    _follow(browser, lambda driver: driver.find_element(By.CSS_SELECTOR, "ul.articles a").click())
    text = browser.find_element(By.ID, "article-text")
    people = text.find_elements(By.CSS_SELECTOR, ".ent-PER")
    assert any("Lawrow" in p.text for p in people)
    assert text.find_elements(By.CSS_SELECTOR, ".timex") and text.find_elements(By.CSS_SELECTOR, ".quote")
    assert "PER Sergej Lawrow" in people[0].get_attribute("title") or any(
        "Lawrow" in p.get_attribute("title") for p in people
    )
    people[0].click()  # marks the entity in the side panel
    assert browser.find_elements(By.CSS_SELECTOR, "#details li.active")
    _shot(browser, "2-article")

    lawrow = next(a for a in browser.find_elements(By.CSS_SELECTOR, "#details a") if "Lawrow" in a.text)
    _follow(browser, lambda driver: lawrow.click())
    assert "Lawrow" in browser.find_element(By.TAG_NAME, "h1").text
    assert browser.find_elements(By.CSS_SELECTOR, "table.events tbody tr")
    _shot(browser, "3-actor")

    partners = browser.find_elements(By.CSS_SELECTOR, "ul.partners a")
    assert partners, "the actor page lists no partners"
    _follow(browser, lambda driver: partners[0].click())
    assert "↔" in browser.find_element(By.TAG_NAME, "h1").text
    assert browser.find_elements(By.CSS_SELECTOR, ".chart svg rect")
    _shot(browser, "4-dyad")

    browser.get(f"{server}/map")
    assert browser.find_elements(By.CSS_SELECTOR, "circle.place")
    _shot(browser, "5-map")
