#!/usr/bin/env python3
"""Build the ODA atlas's map of the region from Natural Earth (public domain).

Natural Earth's 1:50m countries come as TopoJSON in the npm package world-atlas
(ISC, a redistribution of Natural Earth 4.1.0). This keeps only the countries of
Asia and the Pacific, projects them (equirectangular, scaled for 15°N, the
Pacific east of 180° moved on so Fiji and its neighbours stay whole) and writes
their SVG paths, keyed by ISO 3166-1 alpha-2 code, to content/tools/data/:

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 scripts/build_oda_map.py /tmp/package/countries-50m.json

Nothing is fetched at run time: the site reads the written file.
"""

import json
import math
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "content" / "tools" / "data" / "asia_pacific.json"

# ISO 3166-1 numeric (Natural Earth's ids) -> alpha-2, for the region drawn.
REGION = {
    "156": "CN", "392": "JP", "410": "KR", "408": "KP", "496": "MN", "158": "TW",
    "704": "VN", "116": "KH", "418": "LA", "764": "TH", "104": "MM", "458": "MY",
    "702": "SG", "360": "ID", "608": "PH", "096": "BN", "626": "TL",
    "356": "IN", "050": "BD", "524": "NP", "064": "BT", "144": "LK", "586": "PK",
    "004": "AF", "462": "MV",
    "398": "KZ", "417": "KG", "762": "TJ", "795": "TM", "860": "UZ",
    "036": "AU", "554": "NZ", "598": "PG", "242": "FJ", "090": "SB", "548": "VU",
    "882": "WS", "776": "TO", "583": "FM", "584": "MH", "585": "PW", "296": "KI",
}  # fmt: skip
WEST, EAST, SOUTH, NORTH = 60.0, 192.0, -48.0, 56.0
WIDTH = 1000.0
LAT0 = math.radians(15)
STEP = 2.0  # of the 1000-wide view box


def decode_arcs(topology) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs, indexes) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def project(lon: float, lat: float) -> tuple[float, float]:
    if lon < 0:
        lon += 360  # the Pacific east of the antimeridian
    scale = WIDTH / ((EAST - WEST) * math.cos(LAT0))
    return ((lon - WEST) * math.cos(LAT0) * scale, (NORTH - lat) * scale)


def path(rings) -> str:
    parts = []
    for points in rings:
        xy = []
        for lon, lat in points:
            x, y = project(lon, lat)
            p = (round(x, 1), round(y, 1))
            # Drop points closer than a step to the last kept: ~5x smaller, the same shape.
            if not xy or math.dist(p, xy[-1]) >= STEP:
                xy.append(p)
        if len(xy) < 3:  # a small island: keep its outline, however fine
            xy = list(
                dict.fromkeys((round(x, 1), round(y, 1)) for x, y in (project(*p) for p in points))
            )
        if len(xy) < 3:
            continue
        parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in xy) + "Z")
    return "".join(parts)


def main(source: str) -> None:
    topology = json.loads(Path(source).read_text())
    arcs = decode_arcs(topology)
    shapes: dict[str, list] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = REGION.get(geometry.get("id"))
        if not code:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            shapes.setdefault(code, []).extend(ring(arcs, r) for r in polygon)
    height = project(WEST, SOUTH)[1]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "source": "Natural Earth 1:50m admin 0 countries, v4.1.0 (public domain), "
        "via world-atlas 2.0.2",
        "viewBox": f"0 0 {WIDTH:g} {round(height, 1):g}",
        "paths": {code: path(rings) for code, rings in sorted(shapes.items())},
    }
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n")
    print(f"{OUT}: {len(data['paths'])} countries, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
