"""The main journey and the security checks in a real headless Chromium against uvicorn."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from .conftest import PASSWORD, WebEnv
from .factory import store_letter, store_text

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    ctx = browser.new_context()
    ctx.set_default_timeout(10_000)
    yield ctx
    ctx.close()


def sign_in(ctx: BrowserContext, live: WebEnv, username: str) -> Page:
    page = ctx.new_page()
    page.goto(f"{live.base_url}/login")
    page.get_by_label("User name").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{live.base_url}/queue")
    return page


def test_review_journey(live: WebEnv, browser: Browser, context: BrowserContext) -> None:
    pid = store_letter(live.engine, live.settings)
    page = sign_in(context, live, "rita")
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    row = page.locator("tr", has=page.locator(f'a[href="/entries/{pid}"]'))
    expect(row).to_contain_text("Jonathan Q. Marsh (1988-03-14)")
    expect(row).to_contain_text("Local police")
    row.get_by_role("link").click()
    expect(page).to_have_url(f"{live.base_url}/entries/{pid}")

    image = page.locator("figure.page img").first
    image.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 1000", arg=image.element_handle())

    name = page.locator("input.subject-name").first
    subject_form = page.locator("form", has=name)
    key = subject_form.get_attribute("data-evidence")
    name.focus()  # selecting a field lights its evidence box on the page image
    box = page.locator(f'.box[data-key="{key}"]')
    expect(box).to_have_class("box active")
    geometry: Any = box.evaluate("b => { const r = b.getBoundingClientRect(); "
                                 "const s = b.parentElement.getBoundingClientRect(); "
                                 "return [r.width, r.height, (r.top - s.top) / s.height]; }")
    assert geometry[0] > 50 and geometry[1] > 5
    assert abs(geometry[2] - (90 + 4 * 16) / 792) < 0.01  # the fifth line of the letter

    name.fill("Jonathan Quincy Marsh")
    name.press("Enter")  # keyboard only: Enter in a field submits its form
    expect(page.locator(".flash.ok")).to_have_text("Subject saved.")
    expect(page.locator("input.subject-name").first).to_have_value("Jonathan Quincy Marsh")

    page.get_by_role("button", name="Confirm entry").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#status")).to_have_text("Reviewed, decision pending")

    page.get_by_label("Granted", exact=True).check()
    page.get_by_label("Ground").select_option("active_criminal_investigation")
    page.get_by_label("Date answered").fill("2025-03-04")
    page.get_by_role("button", name="Record decision").click()
    expect(page.locator("#current-decision")).to_contain_text("Waiting for a supervisor")
    expect(page.get_by_role("button", name="Approve this decision")).to_have_count(0)

    supervisor_ctx = browser.new_context()
    try:
        boss = sign_in(supervisor_ctx, live, "sam")
        boss.goto(f"{live.base_url}/entries/{pid}")
        boss.get_by_role("button", name="Approve this decision").click()
        expect(boss.locator("#status")).to_have_text("Decided")
        notice = boss.locator("#notice")
        expect(notice).to_have_value(re.compile("not be used for civil immigration enforcement"))
    finally:
        supervisor_ctx.close()

    page.reload()
    history = page.locator("table.history")
    expect(history).to_contain_text("Subject corrected")
    expect(history).to_contain_text("Jonathan Q. Marsh, born 1988-03-14 → "
                                    "Jonathan Quincy Marsh, born 1988-03-14")
    expect(history).to_contain_text("Entry confirmed")
    expect(history).to_contain_text("Decision recorded")
    expect(history).to_contain_text("Decision approved by supervisor")
    first_row = history.locator("tbody tr").first
    expect(first_row).to_contain_text("sam")
    page.goto(f"{live.base_url}/history")
    expect(page.locator("table")).to_contain_text("Decision approved by supervisor")
    # Nothing on the way was blocked by our own Content-Security-Policy, and nothing failed.
    assert console == []


def test_script_in_document_text_is_shown_not_run(live: WebEnv,
                                                  context: BrowserContext) -> None:
    hostile = ("Dear clerk,\n<script>window.__xss = 1; document.title = 'pwned'</script>\n"
               "<img src=x onerror=\"window.__xss = 2\"><b id=\"injected\">bold</b>\n")
    pid = store_text(live.engine, live.settings, hostile,
                     subject_name="<img src=x onerror=\"window.__xss = 3\">",
                     agency_name="<script>window.__xss = 4</script>")
    page = sign_in(context, live, "rita")
    page.goto(f"{live.base_url}/entries/{pid}")
    text = page.locator("#doctext-1")
    expect(text).to_contain_text("<script>window.__xss = 1; document.title = 'pwned'</script>")
    expect(page.locator("#injected")).to_have_count(0)
    expect(page.locator("input.subject-name")).to_have_value(
        "<img src=x onerror=\"window.__xss = 3\">")
    assert page.evaluate("window.__xss") is None
    assert "pwned" not in page.title() and page.title().startswith("Entry ")
    page.goto(f"{live.base_url}/queue")
    expect(page.locator("table.queue")).to_contain_text("window.__xss = 3")
    assert page.evaluate("window.__xss") is None


def test_second_reviewer_gets_a_conflict_not_an_overwrite(
        live: WebEnv, browser: Browser, context: BrowserContext) -> None:
    pid = store_letter(live.engine, live.settings)
    first = sign_in(context, live, "rita")
    other_ctx = browser.new_context()
    try:
        second = sign_in(other_ctx, live, "rob")
        for page in (first, second):
            page.goto(f"{live.base_url}/entries/{pid}")
        first.locator("#v-agency_name").fill("Lakewood Police Dept.")
        first.locator("#f-agency_name").get_by_role("button", name="Confirm").click()
        expect(first.locator(".flash.ok")).to_have_text("Saved and confirmed.")

        second.locator("#v-agency_name").fill("Denver Police")
        second.locator("#f-agency_name").get_by_role("button", name="Confirm").click()
        expect(second.locator("#error")).to_contain_text("your change was NOT saved")
        expect(second.locator("#v-agency_name")).to_have_value("Lakewood Police Dept.")
        # Having seen the other change, the second reviewer can save again.
        second.locator("#v-agency_name").fill("Denver Police")
        second.locator("#f-agency_name").get_by_role("button", name="Confirm").click()
        expect(second.locator(".flash.ok")).to_have_text("Saved and confirmed.")
        history = second.locator("table.history")
        expect(history).to_contain_text("Lakewood Police Dept. → Denver Police")
        expect(history).to_contain_text("Lakewood Police Department → Lakewood Police Dept.")
    finally:
        other_ctx.close()


def test_signed_out_browser_sees_neither_pages_nor_images(live: WebEnv,
                                                         context: BrowserContext) -> None:
    pid = store_letter(live.engine, live.settings)
    page = context.new_page()
    page.goto(f"{live.base_url}/entries/{pid}")
    expect(page).to_have_url(f"{live.base_url}/login")
    assert page.request.get(f"{live.base_url}/entries/{pid}/pages/1.png").status == 401
    assert page.request.get(f"{live.base_url}/entries/{pid}/original").status == 401
    response = page.request.post(f"{live.base_url}/entries/{pid}/fields/agency_name",
                                 form={"version": "1", "value": "x"})
    assert response.status == 403
    headers = page.request.get(f"{live.base_url}/login").headers
    assert "frame-ancestors 'none'" in headers["content-security-policy"]


def test_clerk_uploads_a_file_into_the_inbox(live: WebEnv, context: BrowserContext,
                                             tmp_path: Path) -> None:
    letter = tmp_path / "Request from HSI.pdf"
    letter.write_bytes(b"%PDF-1.4\n% a letter\n")
    page = sign_in(context, live, "clara")
    page.get_by_role("link", name="Upload").click()
    page.get_by_label("Files").set_input_files(str(letter))
    page.get_by_role("button", name="Upload to the inbox").click()
    expect(page.locator(".flash.ok")).to_contain_text("1 file placed in the inbox")
    placed = live.settings.inbox / "Request from HSI.pdf"
    assert placed.read_bytes() == letter.read_bytes()
    assert [p.name for p in live.settings.inbox.iterdir() if p.name.startswith(".")] == []
