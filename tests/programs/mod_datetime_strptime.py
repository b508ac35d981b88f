from datetime import datetime

cases = [
    ("2024-01-05", "%Y-%m-%d"),
    ("2024-01-05 13:45:30", "%Y-%m-%d %H:%M:%S"),
    ("05/01/24", "%d/%m/%y"),
    ("1/2/69", "%m/%d/%y"),
    ("Friday, January 5, 2024", "%A, %B %d, %Y"),
    ("fri jan  5 2024", "%a %b %d %Y"),
    ("12:30 PM", "%I:%M %p"),
    ("12:30 am", "%I:%M %p"),
    ("7:05:09 pm", "%I:%M:%S %p"),
    ("2024-01-05T10:30:15.25", "%Y-%m-%dT%H:%M:%S.%f"),
    ("2024 032", "%Y %j"),
    ("20240105", "%Y%m%d"),
    ("2024-1-5", "%Y-%m-%d"),
    ("Fri Jan  5 13:05:09 2024", "%c"),
    ("01/05/24 13:05:09", "%x %X"),
    ("100%", "%d%%"),
    ("  2024   1  5", " %Y %m %d"),
    ("29 Feb", "%d %b"),
    ("2023-02-29", "%Y-%m-%d"),
    ("2024-13-01", "%Y-%m-%d"),
    ("2024-01-05 extra", "%Y-%m-%d"),
    ("2024-01", "%Y-%m-%d"),
    ("x", "%Q"),
    ("x", "%"),
    ("31", "%d"),
    ("311", "%d%m"),
    ("1112", "%m%d"),
    ("2024-01-05t10", "%Y-%m-%dT%H"),
]
for data, fmt in cases:
    try:
        print(repr(datetime.strptime(data, fmt)))
    except ValueError as e:
        print("ValueError", e)
print(datetime.strptime("2024-03-10", "%Y-%m-%d").strftime("%d %B %Y"))
