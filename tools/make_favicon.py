"""Write templates/static/favicon.ico: the site's bar-chart mark as a 32×32 PNG in an ICO."""

from __future__ import annotations

import struct
import sys
import zlib
from pathlib import Path

SIZE = 32
BAND = (11, 79, 108, 255)
WHITE = (255, 255, 255, 255)
BARS = ((7, 11, 14), (14, 18, 9), (21, 25, 17))  # x from, x to, top y (bottom at 24)


def pixel(x: int, y: int) -> tuple[int, int, int, int]:
    for left, right, top in BARS:
        if left <= x < right and top <= y < 24:
            return WHITE
    return BAND


def png() -> bytes:
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(SIZE)) for y in range(SIZE))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def ico() -> bytes:
    image = png()
    directory = struct.pack("<BBBBHHII", SIZE, SIZE, 0, 0, 1, 32, len(image), 6 + 16)
    return struct.pack("<HHH", 0, 1, 1) + directory + image


if __name__ == "__main__":
    Path(sys.argv[1] if len(sys.argv) > 1 else "templates/static/favicon.ico").write_bytes(ico())
