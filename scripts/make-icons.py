"""Draws Pause Point's toolbar icon (a pause sign beside a tick, on a calm blue tile) as PNGs.

Run once after changing the design: python3 scripts/make-icons.py. Pure Python, no image
libraries, so it runs on any machine that has python3.
"""
import struct
import zlib
from pathlib import Path

BLUE = (29, 79, 145, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def inside_rounded_square(x, y, size, radius):
    cx = min(max(x, radius), size - radius)
    cy = min(max(y, radius), size - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def distance_to_segment(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return ((px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2) ** 0.5


def pixel(x, y, size):
    # Sample at the pixel's centre, in a 0..1 design space.
    u, v = (x + 0.5) / size, (y + 0.5) / size
    if not inside_rounded_square(u, v, 1.0, 0.2):
        return CLEAR
    bars = (0.22 <= u <= 0.34 or 0.44 <= u <= 0.56) and 0.22 <= v <= 0.62
    tick = min(
        distance_to_segment(u, v, 0.50, 0.70, 0.62, 0.80),
        distance_to_segment(u, v, 0.62, 0.80, 0.82, 0.52),
    ) <= 0.055
    return WHITE if bars or tick else BLUE


def png(size):
    rows = b''.join(
        b'\x00' + b''.join(struct.pack('4B', *pixel(x, y, size)) for x in range(size)) for y in range(size)
    )

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')


out = Path(__file__).resolve().parent.parent / 'public' / 'icon'
out.mkdir(parents=True, exist_ok=True)
for size in (16, 32, 48, 96, 128):
    (out / f'{size}.png').write_bytes(png(size))
print(f'Wrote icons to {out}')
