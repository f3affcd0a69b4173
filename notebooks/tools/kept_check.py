#!/usr/bin/env python3
"""Fails unless every notebook was kept executed, with its charts, and rendered to HTML with the same charts.

    notebooks/tools/kept_check.py DIR notebooks/*.ipynb

For each stored notebook NAME.ipynb given, DIR must hold NAME.ipynb with at least one chart among its outputs
(an image/png or image/svg+xml output) and NAME.html with at least as many embedded images. notebooks/run-all
writes DIR (default OUTPUT/notebooks); CI runs this after it, so that a run whose charts nobody can see fails.
"""
import json
import os
import re
import sys

IMAGE_TYPES = ("image/png", "image/svg+xml")
# nbconvert embeds a PNG as a data URI in an <img> and an SVG as an inline <svg> element.
HTML_IMAGE = re.compile(r'src="data:image/png;base64,|<svg\b')


def charts(notebook):
    """Image outputs of the notebook's code cells."""
    return sum(1 for cell in notebook.get("cells", []) if cell.get("cell_type") == "code"
               for output in cell.get("outputs", [])
               for kind in IMAGE_TYPES if kind in output.get("data", {}))


def problems(folder, name):
    executed, html = os.path.join(folder, name + ".ipynb"), os.path.join(folder, name + ".html")
    if not os.path.isfile(executed) or not os.path.isfile(html):
        return [f"{name}: not kept (expected {executed} and {html})"]
    with open(executed, encoding="utf-8") as f:
        found = charts(json.load(f))
    if found == 0:
        return [f"{name}: {executed} has no chart among its outputs"]
    with open(html, encoding="utf-8") as f:
        shown = len(HTML_IMAGE.findall(f.read()))
    if shown < found:
        return [f"{name}: {html} shows {shown} images, but the notebook has {found} charts"]
    print(f"{name}: kept, {found} charts, {shown} images in its HTML")
    return []


def main(args):
    if len(args) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    folder, stored = args[0], args[1:]
    found = [p for path in stored for p in problems(folder, os.path.splitext(os.path.basename(path))[0])]
    for problem in found:
        print(problem)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
