#!/usr/bin/env python3
"""List untranslated, fuzzy and missing entries in each locale's gettext catalog.

    .venv/bin/python scripts/po_status.py            # summary and every open entry
    .venv/bin/python scripts/po_status.py --summary  # one line per locale
    .venv/bin/python scripts/po_status.py km lo      # only these locales

"Missing" are strings another locale's catalog has and this one lacks (a locale
added on one branch while others added strings). Exits 1 when any catalog has
open entries (so CI or `make` can use it), else 0.
Run `make messages` first to pick up new strings from the code and templates.
"""

import argparse
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def catalog_status(po_path: Path, everywhere: dict | None = None) -> dict:
    """`everywhere`: {msgid: entry} of every catalog, to find the strings this one lacks."""
    po = polib.pofile(str(po_path))
    untranslated = [e for e in po.untranslated_entries() if not e.obsolete]
    fuzzy = [e for e in po.fuzzy_entries() if not e.obsolete]
    have = {e.msgid for e in po if not e.obsolete}
    missing = [e for msgid, e in (everywhere or {}).items() if msgid not in have]
    return {
        "total": len(have),
        "untranslated": untranslated,
        "fuzzy": fuzzy,
        "missing": missing,
        "percent": po.percent_translated(),
    }


def all_entries(paths) -> dict:
    entries = {}
    for path in paths:
        for entry in polib.pofile(str(path)):
            if not entry.obsolete:
                entries.setdefault(entry.msgid, entry)
    return entries


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("locales", nargs="*", help="language codes (default: every locale/)")
    parser.add_argument("--summary", action="store_true", help="counts only")
    args = parser.parse_args(argv)
    paths = sorted(ROOT.glob("locale/*/LC_MESSAGES/django.po"))
    everywhere = all_entries(paths)
    if args.locales:
        paths = [p for p in paths if p.parts[-3] in args.locales]
    open_entries = 0
    for path in paths:
        status = catalog_status(path, everywhere)
        code = path.parts[-3]
        count = len(status["untranslated"]) + len(status["fuzzy"]) + len(status["missing"])
        open_entries += count
        print(
            f"{code}: {status['total']} strings, {len(status['untranslated'])} untranslated, "
            f"{len(status['fuzzy'])} fuzzy, {len(status['missing'])} missing "
            f"({status['percent']}% translated)"
        )
        if args.summary:
            continue
        for kind in ("untranslated", "fuzzy", "missing"):
            for entry in status[kind]:
                where = (
                    entry.occurrences[0][0] + ":" + entry.occurrences[0][1]
                    if entry.occurrences
                    else ""
                )
                print(f"  [{kind}] {entry.msgid!r}  ({where})")
    return 1 if open_entries else 0


if __name__ == "__main__":
    sys.exit(main())
