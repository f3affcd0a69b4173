#!/usr/bin/env python3
"""Notebooks are stored without outputs: strip them (default) or, with --check, fail naming those that have any.

    notebooks/tools/strip_outputs.py notebooks/*.ipynb           strip in place
    notebooks/tools/strip_outputs.py --check notebooks/*.ipynb   exit 1 if any has outputs or execution counts
"""
import json
import sys

RUN_METADATA = ("execution", "collapsed", "scrolled")


def problems(notebook):
    """Indexes of the code cells that carry outputs, an execution count or run metadata."""
    return [index for index, cell in enumerate(notebook.get("cells", []))
            if cell.get("cell_type") == "code"
            and (cell.get("outputs") or cell.get("execution_count") is not None
                 or any(key in cell.get("metadata", {}) for key in RUN_METADATA))]


def strip(notebook):
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
            for key in RUN_METADATA:
                cell.get("metadata", {}).pop(key, None)
    return notebook


def main(args):
    check = "--check" in args
    paths = [a for a in args if a != "--check"]
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    dirty = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            notebook = json.load(f)
        found = problems(notebook)
        if check:
            if found:
                dirty += 1
                print(f"{path}: cells {', '.join(map(str, found))} carry outputs or execution counts; "
                      f"strip them: notebooks/tools/strip_outputs.py {path}")
        elif found:
            with open(path, "w", encoding="utf-8") as f:
                json.dump(strip(notebook), f, indent=1, ensure_ascii=False)
                f.write("\n")
            print(f"{path}: stripped")
    return 1 if dirty else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
