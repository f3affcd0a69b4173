#!/usr/bin/env python3
"""Writes N copies of the Korean crawl archives for the cost curve (issue 8): bench/replicate.py SRC DEST N.

Copy 1 is the archive itself; copy c > 1 is a new tar.gz whose Markdown entries get distinct ids and URLs
(`id` + `-c`, `url` + `?copy=c`, `content_hash` + `-c`) and a lightly perturbed article text (after the title
and byline block): a two-character marker (`q` + c) after every fourth word. The marker changes every 5-word
shingle, so neither exact nor near-duplicate detection folds a copy into its original, and, being shorter than the
tokenizer's minimum term length, it adds no term to TF-IDF or the topic model. Other entries are copied as they are. Existing copies are kept.
"""
import io
import os
import re
import shutil
import sys
import tarfile

HEADER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def perturb(body: str, copy: int) -> str:
    marker = f"q{copy}"
    out = []
    for line in body.split("\n"):
        words = line.split(" ")
        line_out = []
        for i, word in enumerate(words, 1):
            line_out.append(word)
            if i % 4 == 0 and word:
                line_out.append(marker)
        out.append(" ".join(line_out))
    return "\n".join(out)


def rewrite(markdown: str, copy: int) -> str:
    match = HEADER.match(markdown)
    if not match:
        return markdown
    header = []
    for line in match.group(1).split("\n"):
        key, sep, value = line.partition(":")
        if sep and key in ("id", "content_hash") and value.strip():
            line = f"{key}: {value.strip()}-{copy}"
        elif sep and key == "url" and value.strip():
            line = f"url: {value.strip()}?copy={copy}"
        header.append(line)
    body = markdown[match.end():]
    rule = body.find("\n---\n")  # the crawl's title and byline block ends with a rule; the article follows
    head, text = (body[:rule + 5], body[rule + 5:]) if rule >= 0 else ("", body)
    return "---\n" + "\n".join(header) + "\n---\n" + head + perturb(text, copy)


def replicate(src: str, dest: str, copy: int) -> None:
    with tarfile.open(src, "r:gz") as tin, tarfile.open(dest + ".part", "w:gz") as tout:
        for member in tin:
            data = tin.extractfile(member).read() if member.isfile() else None
            if data is not None and member.name.endswith(".md"):
                data = rewrite(data.decode("utf-8", errors="surrogateescape"), copy).encode(
                    "utf-8", errors="surrogateescape")
                member.size = len(data)
            tout.addfile(member, io.BytesIO(data) if data is not None else None)
    os.replace(dest + ".part", dest)


def main() -> None:
    if len(sys.argv) != 4:
        sys.exit("usage: bench/replicate.py SRC_DIR DEST_DIR N")
    src, dest, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    os.makedirs(dest, exist_ok=True)
    archives = sorted(f for f in os.listdir(src) if f.endswith(".tar.gz"))
    for name in archives:
        target = os.path.join(dest, name)
        if not os.path.exists(target):
            shutil.copyfile(os.path.join(src, name), target)
        for copy in range(2, n + 1):
            target = os.path.join(dest, name.replace(".tar.gz", f"-copy{copy}.tar.gz"))
            if not os.path.exists(target):
                replicate(os.path.join(src, name), target, copy)


if __name__ == "__main__":
    main()
