#!/usr/bin/env bash
# Runs pyperformance's pure-Python benchmarks (real programs no one here wrote) under
# CPython and as molt binaries, once each at a small size, and compares their output.
# The benchmarks come from PyPI (pyperformance's wheel); `pyperf.py` beside this script
# stands in for pyperf (each benchmark runs once and prints what it returns).
# Usage: tools/pyperformance/run.sh [molt binary] [work dir]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
molt=${1:-$here/../../target/release/molt}
work=${2:-/tmp/molt-pyperformance}
py=$(python3 -c 'import sys; print(sys.executable)')
export PYTHONHASHSEED=0
mkdir -p "$work" && cd "$work" || exit 1
if [ ! -d pyperformance ]; then
    "$py" -m pip download -q --no-deps pyperformance==1.11.0 -d . && unzip -q -o pyperformance-1.11.0-py3-none-any.whl
fi
cp "$here/pyperf.py" .
B=pyperformance/data-files/benchmarks
for b in chaos comprehensions coroutines deepcopy deltablue fannkuch float generators go \
    hexiom json_dumps meteor_contest nbody nqueens pidigits raytrace regex_effbot regex_v8 \
    richards richards_super scimark spectral_norm unpack_sequence; do
    cp "$B/bm_$b/run_benchmark.py" "$b.py"
    "$py" "$b.py" > "$b.exp" 2> "$b.eerr"
    if ! "$molt" build -O 0 "$b.py" -o "$b.bin" > "$b.cerr" 2>&1; then
        echo "$b: refused or failed to build: $(grep -m1 error "$b.cerr")"
        continue
    fi
    ./"$b.bin" > "$b.out" 2> "$b.oerr"
    if cmp -s "$b.exp" "$b.out"; then echo "$b: same output"; else echo "$b: DIFFERENT output"; fi
done
