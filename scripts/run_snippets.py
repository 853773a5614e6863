"""Runs Loss Lab's "Copy as code" snippets in one Python process (importing torch once is slow).

Reads JSON from stdin: {"framework": "numpy" | "torch", "snippets": {"name": "code", ...}}.
Writes JSON to stdout: {"name": {"stdout": "...", "error": null | "traceback"}, ...}.
Exits with status 3 and a message naming the Debian package when the framework cannot be imported.
Called by tests/unit/code/snippets.test.ts with /usr/bin/python3 (or $LOSS_LAB_PYTHON).
"""
import contextlib
import io
import json
import sys
import traceback

PACKAGES = {"numpy": ("numpy", "python3-numpy"), "torch": ("torch", "python3-torch")}


def main():
    request = json.load(sys.stdin)
    module, package = PACKAGES[request["framework"]]
    for name in ("numpy", module):
        try:
            __import__(name)
        except ImportError as error:
            debian = PACKAGES.get(name, (name, name))[1]
            sys.stderr.write(f"{sys.executable} cannot import {name} ({error}): install {debian} (apt-get install {debian}) or point LOSS_LAB_PYTHON at a Python that has it\n")
            sys.exit(3)
    results = {}
    for name, code in request["snippets"].items():
        out = io.StringIO()
        error = None
        try:
            with contextlib.redirect_stdout(out):
                exec(compile(code, name, "exec"), {"__name__": "__main__"})
        except Exception:  # noqa: BLE001 - reported to the test, which fails on it
            error = traceback.format_exc()
        results[name] = {"stdout": out.getvalue(), "error": error}
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
