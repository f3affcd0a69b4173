#!/usr/bin/env python3
"""Fails when a PNG screenshot is blank: too little variation, or almost every pixel the background colour.

    notebooks/tools/png_check.py SHOT.png

Reads the PNG with zlib alone (8-bit greyscale, RGB or RGBA, not interlaced: what Chromium writes).
"""
import collections
import struct
import sys
import zlib

MIN_STDDEV = 8.0          # of luminance, 0..255; a white page with one line of text is about 3
MIN_FOREGROUND = 0.02     # share of pixels that differ from the most common colour


def pixels(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"Cannot read {path}: not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, color, _, _, interlace = header
    channels = {0: 1, 2: 3, 6: 4}.get(color)
    if depth != 8 or channels is None or interlace:
        raise ValueError(f"Cannot read {path}: bit depth {depth}, colour type {color}, interlace {interlace}")
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    previous = bytearray(stride)
    rows = []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def stats(path):
    width, height, channels, rows = pixels(path)
    colours = collections.Counter()
    total = total_sq = 0.0
    for line in rows:
        for x in range(0, width * channels, channels):
            rgb = tuple(line[x:x + 3]) if channels >= 3 else (line[x],) * 3
            colours[rgb] += 1
            lum = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]
            total += lum
            total_sq += lum * lum
    n = width * height
    mean = total / n
    stddev = max(0.0, total_sq / n - mean * mean) ** 0.5
    foreground = 1 - colours.most_common(1)[0][1] / n
    return width, height, stddev, foreground, len(colours)


def main(args):
    if len(args) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    width, height, stddev, foreground, distinct = stats(args[0])
    verdict = "ok" if stddev >= MIN_STDDEV and foreground >= MIN_FOREGROUND else "BLANK"
    print(f"screenshot {args[0]}: {width}x{height}, luminance stddev {stddev:.1f}, "
          f"{100 * foreground:.1f}% non-background pixels, {distinct} colours: {verdict}")
    return 0 if verdict == "ok" else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
