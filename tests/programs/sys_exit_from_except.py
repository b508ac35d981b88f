# Exiting with a status from inside an exception handler.
import sys

def parse_port(text):
    try:
        port = int(text)
    except ValueError:
        print("invalid port:", repr(text))
        sys.exit(2)
    if not 0 < port < 65536:
        print("port out of range:", port)
        sys.exit(2)
    return port

print(parse_port("8080"))
print(parse_port("80"))
print(parse_port("eighty"))
print("never")
