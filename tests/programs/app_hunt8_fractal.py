# An ASCII Mandelbrot/Julia renderer over complex numbers, with escape-time statistics.
from collections import Counter

PALETTE = " .:-=+*#%@"


def escape(c, z=0j, limit=40):
    for i in range(limit):
        z = z * z + c
        if (z.real * z.real + z.imag * z.imag) > 4.0:
            return i
    return limit


def render(width, height, center=-0.5 + 0j, span=3.0, julia=None):
    rows, counts = [], Counter()
    for y in range(height):
        row = []
        for x in range(width):
            p = center + complex((x / (width - 1) - 0.5) * span, (y / (height - 1) - 0.5) * span * 0.8)
            n = escape(julia, p) if julia is not None else escape(p)
            counts[n] += 1
            row.append(PALETTE[min(n, 39) * len(PALETTE) // 40])
        rows.append("".join(row))
    return rows, counts


rows, counts = render(48, 16)
print("\n".join(rows))
print(counts.most_common(3), sum(counts.values()))
rows, counts = render(40, 12, center=0j, span=3.2, julia=-0.8 + 0.156j)
print("\n".join(rows))
inside = counts[40]
print(f"inside={inside} ratio={inside / sum(counts.values()):.4f}")
roots = [complex(round((1j ** (k / 2.5)).real, 12), round((1j ** (k / 2.5)).imag, 12)) for k in range(5)]
print(roots, [f"{abs(r):.3f}" for r in roots], sum(roots))


def newton(z, steps=20):
    for _ in range(steps):
        dz = 3 * z * z
        if dz == 0:
            raise ZeroDivisionError(f"flat at {z}")
        z = z - (z ** 3 - 1) / dz
    return z


for start in [1 + 1j, -1 + 0.5j, -1 - 0.5j, 2]:
    r = newton(start)
    print(start, "->", complex(round(r.real, 9), round(r.imag, 9)))
newton(0j)
