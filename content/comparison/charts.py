"""Server-rendered SVG charts, pure functions returning markup.

Colour is never the only cue: each country also has its own fill pattern
(bars) or marker shape (lines), and every bar and line end carries a text
label. A data table sits beside each chart in the template.
"""

import re
import unicodedata

from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe

__all__ = ["pattern_defs", "grouped_bars", "line_chart", "fmt", "text_width", "fit"]

# Text is never smaller than this (in the chart's own units; the page's CSS keeps a
# chart from being drawn smaller than its viewBox). Titles and tooltips in <title>.
FONT_SIZE = 12

_PATTERN_SHAPES = {
    "solid": "",
    "diagonal": '<path d="M0,6 L6,0" stroke="#fff" stroke-width="1.5"/>',
    "dots": '<circle cx="3" cy="3" r="1.3" fill="#fff"/>',
    "cross": '<path d="M0,0 L6,6 M6,0 L0,6" stroke="#fff" stroke-width="1"/>',
    "horizontal": '<path d="M0,3 L6,3" stroke="#fff" stroke-width="1.5"/>',
    "vertical": '<path d="M3,0 L3,6" stroke="#fff" stroke-width="1.5"/>',
    "grid": '<path d="M0,3 L6,3 M3,0 L3,6" stroke="#fff" stroke-width="1"/>',
    "zigzag": '<path d="M0,4 L3,1 L6,4" stroke="#fff" stroke-width="1" fill="none"/>',
}
_MARKERS = ["circle", "square", "triangle", "diamond", "circle", "square", "triangle", "diamond"]


def fmt(number: float | None, digits: int = 1) -> str:
    if number is None:
        return ""
    text = f"{number:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def pattern_defs(prefix: str, series) -> str:
    """<defs> with one fill pattern per series: (key, colour, pattern name)."""
    parts = []
    for key, color, pattern in series:
        parts.append(
            f'<pattern id="{prefix}-{escape(key)}" width="6" height="6" '
            f'patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="{color}"/>'
            f"{_PATTERN_SHAPES.get(pattern, '')}</pattern>"
        )
    return "<defs>" + "".join(parts) + "</defs>"


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """The text's advance width, estimated: wide characters (Hangul, CJK) one em,
    combining marks and format characters (Khmer, Thai and Lao vowel signs, zero-width
    spaces) none, the rest 0.62 em, a little more than Latin's average."""
    em = 0.0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        em += 1.0 if unicodedata.east_asian_width(char) in ("W", "F") else 0.62
    return em * size


_TAIL = re.compile(r"^(?P<head>.*?)(?P<tail> \([^()]*\))$")


def fit(text: str, width: float, size: float = FONT_SIZE) -> str:
    """The text, or as much of it as fits `width` followed by "…"; a trailing
    parenthesis (the country code in "Central African Republic (CF)") is kept."""
    if text_width(text, size) <= width:
        return text
    match = _TAIL.match(text)
    head, tail = (match["head"], match["tail"]) if match else (text, "")
    while head and text_width(head + "…" + tail, size) > width:
        head = head[:-1].rstrip(" \u200b\u17d2")  # no dangling space or Khmer coeng
    return head + "…" + tail


def _label(x, y, text: str, width: float, attrs: str = "", lang: str = "") -> str:
    """A <text>, shortened to fit `width`, its whole text then in a <title>."""
    shown = fit(text, width)
    lang_attr = f' lang="{escape(lang)}"' if lang else ""
    full = f"<title>{escape(text)}</title>" if shown != text else ""
    return f'<text x="{x}" y="{y}"{attrs}{lang_attr}>{full}{escape(shown)}</text>'


def _svg_open(chart_id: str, width: int, height: int, title) -> list[str]:
    """The chart's root and title; `title` may be safe HTML (a name in another
    language in its own <span lang>: an SVG <title> in HTML holds HTML)."""
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {width} {height}" font-size="{FONT_SIZE}" '
        f'aria-labelledby="{chart_id}-title">',
        f'<title id="{chart_id}-title">{conditional_escape(title)}</title>',
    ]


def grouped_bars(
    chart_id: str,
    title,
    groups,
    series,
    max_value: float | None = 100,
    suffix: str = "",
    missing: str = "—",
):
    """Horizontal bars. groups: [(label, lang, [(series key, value or None, note)])],
    `lang` the label's language when not the page's, `note` each bar's tooltip (its
    value, year and source); series: [(key, colour, pattern, label)]."""
    bar_h, gap, label_w, width = 16, 10, 190, 640
    peak = max_value or max(
        (v for _label, _lang, bars in groups for _k, v, _n in bars if v is not None), default=1
    )
    peak = peak or 1
    value_w = max(
        [40.0]
        + [
            text_width(fmt(v) + suffix) + 10
            for _label, _lang, bars in groups
            for _k, v, _n in bars
            if v is not None
        ]
    )
    plot_w = width - label_w - value_w
    rows = sum(len(bars) for _label, _lang, bars in groups)
    height = 30 + rows * (bar_h + 2) + len(groups) * (gap + 18)
    out = _svg_open(chart_id, width, height, title)
    out.append(pattern_defs(chart_id, [(k, c, p) for k, c, p, _l in series]))
    labels = {k: label for k, _c, _p, label in series}
    y = 10
    for group_label, lang, bars in groups:
        out.append(
            _label(0, y + 12, group_label, width, ' class="chart__group" font-weight="700"', lang)
        )
        y += 18
        for key, value, note in bars:
            out.append(
                _label(
                    label_w - 6,
                    y + bar_h - 4,
                    labels.get(key, key),
                    label_w - 6,
                    ' text-anchor="end" class="chart__label"',
                )
            )
            tip = f"<title>{escape(note)}</title>" if note else ""
            if value is None:
                out.append(
                    f'<g>{tip}<text x="{label_w + 4}" y="{y + bar_h - 4}" '
                    f'class="chart__missing" font-style="italic">{escape(missing)}</text></g>'
                )
            else:
                w = max(1.0, plot_w * max(0.0, value) / peak)
                out.append(
                    f'<g>{tip}<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" '
                    f'fill="url(#{chart_id}-{escape(key)})" stroke="#1b1f24" stroke-width=".5"/>'
                    f'<text x="{label_w + w + 4:.1f}" y="{y + bar_h - 4}" class="chart__value">'
                    f"{escape(fmt(value))}{escape(suffix)}</text></g>"
                )
            y += bar_h + 2
        y += gap
    out.append("</svg>")
    return mark_safe("".join(out))  # noqa: S308 - every text above is escaped


def _marker(shape: str, x: float, y: float, color: str) -> str:
    if shape == "square":
        return f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{color}"/>'
    if shape == "triangle":
        d = f"M{x:.1f},{y - 5:.1f} L{x + 5:.1f},{y + 4:.1f} L{x - 5:.1f},{y + 4:.1f} Z"
        return f'<path d="{d}" fill="{color}"/>'
    if shape == "diamond":
        d = f"M{x:.1f},{y - 5:.1f} L{x + 5:.1f},{y:.1f} L{x:.1f},{y + 5:.1f} L{x - 5:.1f},{y:.1f} Z"
        return f'<path d="{d}" fill="{color}"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{color}"/>'


def _spread(wanted: list[float], step: float, low: float, high: float) -> list[float]:
    """Label positions near `wanted`, at least `step` apart, within [low, high]."""
    order = sorted(range(len(wanted)), key=lambda i: wanted[i])
    placed = [0.0] * len(wanted)
    last = None
    for i in order:
        y = wanted[i] if last is None else max(wanted[i], last + step)
        placed[i] = last = y
    overflow = (last or low) - high
    if overflow > 0:  # pushed past the bottom: move the whole stack up, never apart
        placed = [max(low, y - overflow) for y in placed]
        for a, b in zip(order, order[1:], strict=False):
            placed[b] = max(placed[b], placed[a] + step)
    return placed


def line_chart(chart_id: str, title, years: list[int], series):
    """series: [(label, colour, index, [value or None per year], [note per year])],
    `note` each point's tooltip (its value, year and source)."""
    width, height, right, top, bottom = 640, 260, 130, 15, 30
    values = [v for *_rest, vals, _notes in series for v in vals if v is not None]
    lo, hi = (min(values), max(values)) if values else (0, 1)
    if lo == hi:
        lo, hi = lo - 1, hi + 1
    left = max(50, round(max(text_width(fmt(hi)), text_width(fmt(lo))) + 12))
    plot_w, plot_h = width - left - right, height - top - bottom
    x_of = lambda i: left + (plot_w * i / max(1, len(years) - 1))  # noqa: E731
    y_of = lambda v: top + plot_h * (1 - (v - lo) / (hi - lo))  # noqa: E731
    out = _svg_open(chart_id, width, height, title)
    out += [
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" '
        'stroke="#57606a"/>',
        f'<text x="{left - 6}" y="{top + 4}" text-anchor="end">{escape(fmt(hi))}</text>',
        f'<text x="{left - 6}" y="{top + plot_h}" text-anchor="end">{escape(fmt(lo))}</text>',
    ]
    # Every year is labelled when the labels fit side by side, else every n-th.
    room = plot_w / max(1, len(years) - 1)
    every = 1
    while len(years) > 1 and room * every < text_width("0000") + 8:
        every += 1
    for i, year in enumerate(years):
        if i % every == 0 or i == len(years) - 1:
            out.append(
                f'<text x="{x_of(i):.1f}" y="{height - 8}" text-anchor="middle" '
                f'class="chart__tick">{year}</text>'
            )
    dashes = ["", "6 3", "2 2", "8 3 2 3", "", "6 3", "2 2", "8 3 2 3"]
    ends = []
    for label, color, index, vals, notes in series:
        points = [(x_of(i), y_of(v), notes[i]) for i, v in enumerate(vals) if v is not None]
        if not points:
            continue
        path = " ".join(
            f"{'M' if j == 0 else 'L'}{x:.1f},{y:.1f}" for j, (x, y, _n) in enumerate(points)
        )
        dash = dashes[index % len(dashes)]
        out.append(
            f'<path d="{path}" fill="none" stroke="{color}" stroke-width="2.5"'
            + (f' stroke-dasharray="{dash}"' if dash else "")
            + "/>"
        )
        shape = _MARKERS[index % len(_MARKERS)]
        for x, y, note in points:
            tip = f"<title>{escape(note)}</title>" if note else ""
            out.append(f"<g>{tip}{_marker(shape, x, y, color)}</g>")
        x, y, _note = points[-1]
        ends.append((x + 8, y + 4, label))
    # Lines that end at the same height keep their labels apart.
    spread = _spread([y for _x, y, _l in ends], FONT_SIZE + 1, top + 4, top + plot_h + 4)
    for (x, _y, label), y in zip(ends, spread, strict=True):
        out.append(
            f'<text x="{x:.1f}" y="{y:.1f}" class="chart__end">'
            f"{escape(fit(label, width - x))}</text>"
        )
    out.append("</svg>")
    return mark_safe("".join(out))  # noqa: S308 - every text above is escaped
