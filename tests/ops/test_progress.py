"""Progress: plain lines when the output is not a terminal (logs, cron, CI)."""

import io

from ops.progress import progress


def test_plain_lines_per_tenth_and_the_last_step():
    out = io.StringIO()
    with progress(out, "backup", 25) as bar:
        for _ in range(25):
            bar.advance()
    lines = out.getvalue().splitlines()
    assert lines[-1] == "backup: 25/25"
    assert len(lines) <= 11
    assert all(line.startswith("backup: ") for line in lines)
