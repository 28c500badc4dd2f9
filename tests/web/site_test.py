#!/usr/bin/env python3
"""The published website in a real browser: every page of each sample plan's
site (and of the Socorro site in Spanish) opened from file:// in headless Chromium (Selenium + chromedriver),
checked with axe-core for WCAG 2.0/2.1 A and AA (0 violations), checked for
requests to any other place than the site's folder, and photographed at a
laptop's 1366x768 and a phone's 390x844 into the working directory.

Exits 77 (ctest: skipped) only when Chromium or chromedriver is absent;
scripts/setup installs both, and axe-core into .deps/.
"""
import argparse
import os
import pathlib
import shutil
import subprocess
import sys

SKIP = 77
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SIZES = [(1366, 768), (390, 844)]


def find(*names):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    return None


def publish(cli, plan_json, name, work, language="en"):
    plan = work / f"{name}.cairn"
    site = work / f"{name}-site"
    for path in (plan,):
        if path.exists():
            path.unlink()
    subprocess.run([cli, "import", str(plan_json), str(plan)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([cli, "publish", str(plan), "-o", str(site), "--force", "--lang", language], check=True,
                   stdout=subprocess.DEVNULL)
    return site


def browser(chromium, chromedriver):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--allow-file-access-from-files", "--force-device-scale-factor=1", "--hide-scrollbars"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    driver.set_script_timeout(120)
    return driver


def set_viewport(driver, width, height):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def save_full_page(driver, path, width):
    """The whole page at the viewport's width, to look at charts and tables
    below the fold."""
    import base64
    height = driver.execute_script("return Math.ceil(document.documentElement.scrollHeight);")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": min(height, 16000), "scale": 1}})
    path.write_bytes(base64.b64decode(shot["data"]))


def run_axe(driver, axe_source):
    driver.execute_script(axe_source)
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(r.violations)).catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));",
        TAGS)


def foreign_requests(driver, site):
    urls = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name);")
    prefix = site.resolve().as_uri() + "/"
    return [url for url in urls if not url.startswith(prefix)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--axe", required=True)
    parser.add_argument("--plan", action="append", required=True,
                        help="NAME=path/to/plan.json, or NAME:LANG=path/to/plan.json for a site in LANG (en, es)")
    args = parser.parse_args()

    chromium = find("chromium", "chromium-browser")
    chromedriver = find("chromedriver")
    if not chromium or not chromedriver:
        print("SKIP: chromium or chromedriver is not installed (scripts/setup installs them)")
        return SKIP
    axe_path = pathlib.Path(args.axe)
    if not axe_path.is_file():
        print(f"FAIL: {axe_path} is missing; run scripts/setup, which installs axe-core from the npm registry")
        return 1
    axe_source = axe_path.read_text(encoding="utf-8")

    work = pathlib.Path.cwd()
    shots = work / "screenshots"
    shots.mkdir(exist_ok=True)
    problems = []
    pages = 0
    driver = browser(chromium, chromedriver)
    try:
        # The check itself must be able to fail: a page with a nameless image
        # and grey-on-grey text has to give violations.
        bad = work / "known-bad.html"
        bad.write_text('<!DOCTYPE html><html><head><title>x</title></head><body><main><img src="x.png">'
                       '<p style="color:#bbb;background:#ccc">faint</p></main></body></html>', encoding="utf-8")
        driver.get(bad.resolve().as_uri())
        found = {violation["id"] for violation in run_axe(driver, axe_source)}
        if not {"image-alt", "color-contrast", "html-has-lang"} <= found:
            problems.append(f"axe-core did not find the known problems of {bad.name} (found: {sorted(found)})")
        for entry in args.plan:
            name, plan_json = entry.split("=", 1)
            name, _, language = name.partition(":")
            if language:
                name = f"{name}-{language}"
            site = publish(args.cli, plan_json, name, work, language or "en")
            for page in sorted(site.glob("*.html")):
                pages += 1
                for width, height in SIZES:
                    set_viewport(driver, width, height)
                    driver.get(page.resolve().as_uri())
                    driver.save_screenshot(str(shots / f"{name}-{page.stem}-{width}x{height}.png"))
                    save_full_page(driver, shots / f"{name}-{page.stem}-{width}-full.png", width)
                    for violation in run_axe(driver, axe_source):
                        targets = "; ".join(" ".join(node.get("target", [])) for node in violation.get("nodes", [])[:5])
                        problems.append(f"{name}/{page.name} at {width}px: {violation['id']}: {violation['help']} "
                                        f"({len(violation.get('nodes', []))} element(s): {targets})")
                    for url in foreign_requests(driver, site):
                        problems.append(f"{name}/{page.name}: a request outside the site's folder: {url}")
    finally:
        driver.quit()

    for problem in problems:
        print("FAIL:", problem)
    print(f"{pages} page(s) checked at {len(SIZES)} sizes; {len(problems)} problem(s); screenshots in {shots}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
