# sys.exit() inside try/finally: finally blocks still run; exit status 0.
import sys

def shutdown(reason):
    try:
        print("shutting down:", reason)
        sys.exit()
    finally:
        print("cleanup in shutdown()")

def main():
    try:
        print("main started")
        shutdown("done early")
        print("not reached in main")
    finally:
        print("cleanup in main()")

main()
print("not reached at module level")
