#!/bin/bash
# usage: run.sh prog.py  -> compares python3 and molt
p=$1; b=${p%.py}; in=/dev/null; [ -f $b.stdin ] && in=$b.stdin
PYTHONHASHSEED=0 timeout 60 python3 $p < $in > /tmp/h_$b.py.out 2> /tmp/h_$b.py.err; prc=$?
PYTHONHASHSEED=0 timeout 300 /work/target-hunt21b/release/molt run $p < $in > /tmp/h_$b.m.out 2> /tmp/h_$b.m.err; mrc=$?
grep -v "building the runtime" /tmp/h_$b.m.err > /tmp/h_$b.m.err2
pl=$(tail -1 /tmp/h_$b.py.err); ml=$(tail -1 /tmp/h_$b.m.err2)
if cmp -s /tmp/h_$b.py.out /tmp/h_$b.m.out && [ $prc = $mrc ] && [ "$pl" = "$ml" ]; then echo "SAME $p"; else echo "DIFF $p rc $prc/$mrc"; echo "py: $pl"; echo "molt: $ml"; diff /tmp/h_$b.py.out /tmp/h_$b.m.out | head -20; fi
