from collections import Counter

CASES: Counter = Counter()  # schemathesis cases per operation, filled by test_schemathesis


def pytest_terminal_summary(terminalreporter):
    if CASES:
        terminalreporter.write_line(f"schemathesis: {sum(CASES.values())} cases generated")
        for label, count in sorted(CASES.items()):
            terminalreporter.write_line(f"  {label}: {count}")
