# Text-table report formatter: column widths, alignment, totals and wrapping.
COLUMNS = [("Region", "<"), ("Product", "<"), ("Units", ">"), ("Price", ">"), ("Revenue", ">"), ("Share", ">")]

SALES = [
    ("Nord", "Kaffee", 1200, 3.5),
    ("Nord", "Tee", 340, 2.25),
    ("Süd", "Kaffee", 980, 3.75),
    ("Süd", "Kakao", 15, 4.0),
    ("Ost", "Tee", 0, 2.5),
    ("West", "Espresso Doppio", 2500, 1.999),
    ("Zentrum", "日本茶", 77, 12.125),
]


def fmt_money(x):
    return f"{x:,.2f}"


def build_rows(sales):
    total = 0.0
    for region, product, units, price in sales:
        total += units * price
    rows = []
    for region, product, units, price in sales:
        revenue = units * price
        share = revenue / total if total else 0.0
        rows.append([region, product, f"{units:,}", fmt_money(price), fmt_money(revenue), f"{share:.1%}"])
    return rows, total


def column_widths(header, rows):
    widths = []
    for name in header:
        widths.append(len(name))
    for row in rows:
        for i, cell in enumerate(row):
            if len(cell) > widths[i]:
                widths[i] = len(cell)
    return widths


def render_row(cells, widths, aligns):
    parts = []
    for cell, width, align in zip(cells, widths, aligns):
        if align == "<":
            parts.append(cell.ljust(width))
        elif align == ">":
            parts.append(cell.rjust(width))
        else:
            parts.append(cell.center(width))
    return "| " + " | ".join(parts) + " |"


def separator(widths, ch):
    pieces = []
    for w in widths:
        pieces.append(ch * (w + 2))
    return "+" + "+".join(pieces) + "+"


def wrap(text, width):
    lines = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = current + " " + word if current else word
    if current:
        lines.append(current)
    return lines


header = []
aligns = []
for name, align in COLUMNS:
    header.append(name)
    aligns.append(align)
rows, total = build_rows(SALES)
footer = ["TOTAL", "", "", "", fmt_money(total), "100.0%"]
widths = column_widths(header, rows + [footer])
print(separator(widths, "="))
print(render_row(header, widths, ["^"] * len(header)))
print(separator(widths, "="))
for row in rows:
    print(render_row(row, widths, aligns))
print(separator(widths, "-"))
print(render_row(footer, widths, aligns))
print(separator(widths, "="))
by_region = {}


def region_revenue(region):
    return by_region[region]


for region, product, units, price in SALES:
    by_region[region] = by_region.get(region, 0) + units * price
print()
for region in sorted(by_region, key=region_revenue, reverse=True):
    bar = "█" * int(by_region[region] // 250)
    print(f"{region:<8} {by_region[region]:>10.2f} {bar}")
print()
note = ("Revenue figures are computed as units times unit price and rounded half to even "
        "when printed with two decimals; shares may not add up to exactly one hundred percent.")
for line in wrap(note, 40):
    print("  " + line)
