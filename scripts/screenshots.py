#!/usr/bin/env python3
"""Screenshot pages in every locale, wide and narrow, into screenshots/ (git-ignored).

    .venv/bin/python scripts/screenshots.py                      # / in every locale
    .venv/bin/python scripts/screenshots.py / /about/ --locales km th lo
    .venv/bin/python scripts/screenshots.py --base-url http://127.0.0.1:8104 /compare/

Paths are given without the language prefix. Without a server answering at
--base-url, the script serves the development site itself for the run.
Besides the PNGs it reports, per shot, any element wider than the viewport
(text that does not wrap), so overflow in Thai, Khmer or Lao shows up in CI logs
as well as to the eye. Exits 1 when something overflows.
"""

import argparse
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ["en", "ko", "vi", "km", "id", "th", "mn", "lo"]
WIDTHS = {"wide": (1280, 1200), "narrow": (375, 812)}
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]

# Elements whose right edge passes the viewport, ignoring deliberately scrolling
# containers (.table-scroll), visually hidden text and the shapes inside an inline
# SVG (which clips them to its own box; the SVG itself is still checked).
OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('.table-scroll, .visually-hidden')) continue;
    if (el.ownerSVGElement) continue;
    const r = el.getBoundingClientRect();
    if (r.width && r.right > width + 1) {
      const cls = el.getAttribute('class');
      out.push(`${el.tagName.toLowerCase()}${cls ? '.' + cls : ''}: `
               + `right ${Math.round(r.right)} > ${width}`);
    }
  }
  return out.slice(0, 5);
}"""


def answering(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False


def start_server(port: int) -> subprocess.Popen:
    python = ROOT / ".venv" / "bin" / "python"
    server = subprocess.Popen(
        [
            str(python if python.exists() else sys.executable),
            "manage.py",
            "runserver",
            f"127.0.0.1:{port}",
            "--noreload",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(60):
        if answering(f"http://127.0.0.1:{port}/healthz"):
            return server
        time.sleep(0.5)
    server.terminate()
    raise SystemExit(f"the development server did not answer on port {port}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=["/"], help="paths without language prefix")
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--locales", nargs="+", default=LOCALES)
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    parser.add_argument("--port", type=int, default=8765, help="port if the script serves")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    base_url, server = args.base_url.rstrip("/"), None
    if not answering(base_url + "/healthz"):
        server = start_server(args.port)
        base_url = f"http://127.0.0.1:{args.port}"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    problems = 0
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for label, (width, height) in WIDTHS.items():
                context = browser.new_context(viewport={"width": width, "height": height})
                page = context.new_page()
                for path in args.paths:
                    slug = path.strip("/").replace("/", "_") or "home"
                    for code in args.locales:
                        url = f"{base_url}/{code}/{path.lstrip('/')}"
                        response = page.goto(url, wait_until="networkidle")
                        target = out / f"{slug}-{code}-{label}.png"
                        page.screenshot(path=str(target), full_page=True)
                        overflow = page.evaluate(OVERFLOW_JS)
                        status = response.status if response else "?"
                        print(
                            f"{target.relative_to(out.parent)}  {status}"
                            + (f"  OVERFLOW: {overflow}" if overflow else "")
                        )
                        problems += bool(overflow)
                context.close()
            browser.close()
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
