"""Server-rendered SVG charts, pure functions returning markup.

Colour is never the only cue: each country also has its own fill pattern
(bars) or marker shape (lines), and every bar and line end carries a text
label. A data table sits beside each chart in the template.
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe

__all__ = ["pattern_defs", "grouped_bars", "line_chart", "fmt"]

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


def grouped_bars(
    chart_id: str,
    title: str,
    groups,
    series,
    max_value: float | None = 100,
    suffix: str = "",
    missing: str = "—",
):
    """Horizontal bars. groups: [(label, [(series key, value or None)])];
    series: [(key, colour, pattern, label)]."""
    bar_h, gap, label_w, width = 16, 10, 190, 640
    plot_w = width - label_w - 90
    peak = max_value or max(
        (v for _label, bars in groups for _k, v in bars if v is not None), default=1
    )
    peak = peak or 1
    rows = sum(len(bars) for _label, bars in groups)
    height = 30 + rows * (bar_h + 2) + len(groups) * (gap + 18)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {width} {height}" aria-labelledby="{chart_id}-title">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        pattern_defs(chart_id, [(k, c, p) for k, c, p, _l in series]),
    ]
    labels = {k: label for k, _c, _p, label in series}
    y = 10
    for group_label, bars in groups:
        out.append(
            f'<text x="0" y="{y + 12}" class="chart__group" font-weight="700">'
            f"{escape(group_label)}</text>"
        )
        y += 18
        for key, value in bars:
            out.append(
                f'<text x="{label_w - 6}" y="{y + bar_h - 4}" text-anchor="end" '
                f'class="chart__label">{escape(labels.get(key, key))}</text>'
            )
            if value is None:
                out.append(
                    f'<text x="{label_w + 4}" y="{y + bar_h - 4}" class="chart__missing" '
                    f'font-style="italic">{escape(missing)}</text>'
                )
            else:
                w = max(1.0, plot_w * max(0.0, value) / peak)
                out.append(
                    f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" '
                    f'fill="url(#{chart_id}-{escape(key)})" stroke="#1b1f24" stroke-width=".5"/>'
                )
                out.append(
                    f'<text x="{label_w + w + 4:.1f}" y="{y + bar_h - 4}" class="chart__value">'
                    f"{escape(fmt(value))}{escape(suffix)}</text>"
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


def line_chart(chart_id: str, title: str, years: list[int], series):
    """series: [(label, colour, index, [value or None per year])]."""
    width, height, left, right, top, bottom = 640, 260, 50, 130, 15, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [v for *_rest, vals in series for v in vals if v is not None]
    lo, hi = (min(values), max(values)) if values else (0, 1)
    if lo == hi:
        lo, hi = lo - 1, hi + 1
    x_of = lambda i: left + (plot_w * i / max(1, len(years) - 1))  # noqa: E731
    y_of = lambda v: top + plot_h * (1 - (v - lo) / (hi - lo))  # noqa: E731
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {width} {height}" aria-labelledby="{chart_id}-title">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" '
        'stroke="#57606a"/>',
        f'<text x="{left - 6}" y="{top + 4}" text-anchor="end" font-size="11">'
        f"{escape(fmt(hi))}</text>",
        f'<text x="{left - 6}" y="{top + plot_h}" text-anchor="end" font-size="11">'
        f"{escape(fmt(lo))}</text>",
    ]
    for i, year in enumerate(years):
        out.append(
            f'<text x="{x_of(i):.1f}" y="{height - 8}" text-anchor="middle" '
            f'font-size="11">{year}</text>'
        )
    dashes = ["", "6 3", "2 2", "8 3 2 3", "", "6 3", "2 2", "8 3 2 3"]
    for label, color, index, vals in series:
        points = [(x_of(i), y_of(v)) for i, v in enumerate(vals) if v is not None]
        if not points:
            continue
        path = " ".join(
            f"{'M' if j == 0 else 'L'}{x:.1f},{y:.1f}" for j, (x, y) in enumerate(points)
        )
        dash = dashes[index % len(dashes)]
        out.append(
            f'<path d="{path}" fill="none" stroke="{color}" stroke-width="2.5"'
            + (f' stroke-dasharray="{dash}"' if dash else "")
            + "/>"
        )
        shape = _MARKERS[index % len(_MARKERS)]
        out.extend(_marker(shape, x, y, color) for x, y in points)
        x, y = points[-1]
        out.append(f'<text x="{x + 8:.1f}" y="{y + 4:.1f}" font-size="12">{escape(label)}</text>')
    out.append("</svg>")
    return mark_safe("".join(out))  # noqa: S308 - every text above is escaped
