"""Screenshots of a 5-country comparison in en and km, on screen and in print.

    .venv/bin/python scripts/compare_screenshots.py [OUT_DIR]

Uses its own SQLite file with sample data and a dev server on port 8102.
"""

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DB = "/tmp/atlas_compare_shots.sqlite3"
PORT = 8102
QUERY = "countries=kr,vn,kh,id,mn&chart=ep-share"


def main(out: Path) -> None:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{DB}",
    }
    py = str(ROOT / ".venv/bin/python")
    subprocess.run([py, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    seed = (
        "import django; django.setup(); from content.demo.site import ensure_home_pages; "
        "ensure_home_pages(); import sys; sys.path.insert(0, 'scripts'); "
        "from compare_sample_data import seed; seed()"
    )
    subprocess.run([py, "-c", seed], cwd=ROOT, env=env, check=True)
    server = subprocess.Popen(
        [py, "manage.py", "runserver", f"127.0.0.1:{PORT}", "--noreload"], cwd=ROOT, env=env
    )
    try:
        for _ in range(50):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz")
                break
            except OSError:
                time.sleep(0.2)
        shoot(out)
    finally:
        server.terminate()
        server.wait()


def shoot(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for lang in ("en", "km"):
            page.goto(f"http://127.0.0.1:{PORT}/{lang}/compare/?{QUERY}")
            page.screenshot(path=str(out / f"compare_{lang}_screen.png"), full_page=True)
            # A4 landscape, 297 mm less 2 x 10 mm margins, at 96 px per inch.
            page.set_viewport_size({"width": 1047, "height": 740})
            page.emulate_media(media="print")
            page.screenshot(path=str(out / f"compare_{lang}_print.png"), full_page=True)
            page.pdf(
                path=str(out / f"compare_{lang}.pdf"),
                landscape=True,
                format="A4",
                print_background=True,
                prefer_css_page_size=True,
            )
            page.emulate_media(media="screen")
            page.set_viewport_size({"width": 1280, "height": 900})
        browser.close()
    from pypdf import PdfReader

    for lang in ("en", "km"):
        pages = len(PdfReader(out / f"compare_{lang}.pdf").pages)
        print(f"compare_{lang}.pdf: {pages} A4 landscape page(s)")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/compare_shots"))
