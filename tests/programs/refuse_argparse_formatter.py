# argparse's formatter classes other than the default are not implemented: refused.
import argparse

p = argparse.ArgumentParser(prog="x", formatter_class=argparse.RawTextHelpFormatter)
p.print_help()
