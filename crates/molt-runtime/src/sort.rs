//! CPython 3.11's list sort (Objects/listobject.c, listsort): timsort with count_run,
//! binary insertion to minrun, powersort merge ordering, and galloping merges with an
//! adaptive min_gallop. The port makes the same `<` calls, with the same arguments, in the
//! same order, so even inconsistent comparisons (NaN) give CPython's result, and a
//! comparison that raises leaves the items in the state CPython leaves them in.
//!
//! The algorithm sorts a permutation of indices (plain `usize` moves, no clones of the
//! items), then applies it. It only asks `lt(a, b)`, never assumes a total order, and
//! cannot panic whatever `lt` answers.

use crate::exc::PyResult;

const MIN_GALLOP: usize = 7;

#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState {
    /// The array being sorted: indices of the items.
    keys: Vec<usize>,
    /// Temporary storage for merges.
    tmp: Vec<usize>,
    min_gallop: usize,
    pending: Vec<Run>,
    listlen: usize,
}

/// gallop_left: the k in 0..=n with a[k-1] < key <= a[k], searching from `hint`.
fn gallop_left(
    lt: &mut impl FnMut(usize, usize) -> PyResult<bool>,
    key: usize,
    a: &[usize],
    hint: usize,
) -> PyResult<usize> {
    let n = a.len();
    let (mut lastofs, mut ofs);
    if lt(a[hint], key)? {
        // a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
        let maxofs = n - hint;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(a[hint + ofs], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        lastofs += hint;
        ofs += hint;
    } else {
        // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
        let maxofs = hint + 1;
        let mut last = 0;
        let mut o = 1;
        while o < maxofs {
            if lt(a[hint - o], key)? {
                break;
            }
            last = o;
            o = (o << 1) + 1;
        }
        if o > maxofs {
            o = maxofs;
        }
        // In CPython lastofs may be -1 here; keep it shifted by one.
        let lo_plus_one = hint + 1 - o; // hint - o + 1
        return binary_left(lt, key, a, lo_plus_one, hint - last);
    }
    binary_left(lt, key, a, lastofs + 1, ofs)
}

/// The binary search ending gallop_left, with invariant a[lo-1] < key <= a[hi].
fn binary_left(
    lt: &mut impl FnMut(usize, usize) -> PyResult<bool>,
    key: usize,
    a: &[usize],
    mut lo: usize,
    mut hi: usize,
) -> PyResult<usize> {
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(a[m], key)? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// gallop_right: the k in 0..=n with a[k-1] <= key < a[k], searching from `hint`.
fn gallop_right(
    lt: &mut impl FnMut(usize, usize) -> PyResult<bool>,
    key: usize,
    a: &[usize],
    hint: usize,
) -> PyResult<usize> {
    let n = a.len();
    if lt(key, a[hint])? {
        // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
        let maxofs = hint + 1;
        let mut last = 0;
        let mut o = 1;
        while o < maxofs {
            if lt(key, a[hint - o])? {
                last = o;
                o = (o << 1) + 1;
            } else {
                break;
            }
        }
        if o > maxofs {
            o = maxofs;
        }
        binary_right(lt, key, a, hint + 1 - o, hint - last)
    } else {
        // a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
        let maxofs = n - hint;
        let mut lastofs = 0;
        let mut ofs = 1;
        while ofs < maxofs {
            if lt(key, a[hint + ofs])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        binary_right(lt, key, a, lastofs + hint + 1, ofs + hint)
    }
}

/// The binary search ending gallop_right, with invariant a[lo-1] <= key < a[hi].
fn binary_right(
    lt: &mut impl FnMut(usize, usize) -> PyResult<bool>,
    key: usize,
    a: &[usize],
    mut lo: usize,
    mut hi: usize,
) -> PyResult<usize> {
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(key, a[m])? {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(hi)
}

impl MergeState {
    /// count_run: the length of the run at `lo` (strictly descending, or non-descending).
    fn count_run(
        &self,
        lt: &mut impl FnMut(usize, usize) -> PyResult<bool>,
        lo: usize,
        hi: usize,
    ) -> PyResult<(usize, bool)> {
        let k = &self.keys;
        let mut p = lo + 1;
        if p == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        if lt(k[p], k[p - 1])? {
            p += 1;
            while p < hi {
                if !lt(k[p], k[p - 1])? {
                    break;
                }
                p += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            p += 1;
            while p < hi {
                if lt(k[p], k[p - 1])? {
                    break;
                }
                p += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// binarysort: [lo, start) is sorted; insert the items of [start, hi).
    fn binarysort(
        &mut self,
        lt: &mut impl FnMut(usize, usize) -> PyResult<bool>,
        lo: usize,
        hi: usize,
        mut start: usize,
    ) -> PyResult<()> {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let pivot = self.keys[start];
            let (mut l, mut r) = (lo, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                if lt(pivot, self.keys[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.keys.copy_within(l..start, l + 1);
            self.keys[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    /// merge_lo: merges [a, a+na) and [b, b+nb) (b == a+na) with na <= nb, through a
    /// copy of the first run.
    fn merge_lo(
        &mut self,
        lt: &mut impl FnMut(usize, usize) -> PyResult<bool>,
        a: usize,
        mut na: usize,
        b: usize,
        mut nb: usize,
    ) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.keys[a..a + na]);
        let mut dest = a;
        let mut pa = 0;
        let mut pb = b;
        let keys = &mut self.keys;
        let tmp = &self.tmp;

        // The body returns Ok(true) to copy B's rest (CopyB), Ok(false) when done.
        let mut body = |keys: &mut Vec<usize>,
                        dest: &mut usize,
                        pa: &mut usize,
                        pb: &mut usize,
                        na: &mut usize,
                        nb: &mut usize,
                        min_gallop_state: &mut usize|
         -> PyResult<bool> {
            keys[*dest] = keys[*pb];
            *dest += 1;
            *pb += 1;
            *nb -= 1;
            if *nb == 0 {
                return Ok(false);
            }
            if *na == 1 {
                return Ok(true);
            }
            let mut min_gallop = *min_gallop_state;
            loop {
                let mut acount = 0;
                let mut bcount = 0;
                loop {
                    if lt(keys[*pb], tmp[*pa])? {
                        keys[*dest] = keys[*pb];
                        *dest += 1;
                        *pb += 1;
                        bcount += 1;
                        acount = 0;
                        *nb -= 1;
                        if *nb == 0 {
                            return Ok(false);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        keys[*dest] = tmp[*pa];
                        *dest += 1;
                        *pa += 1;
                        acount += 1;
                        bcount = 0;
                        *na -= 1;
                        if *na == 1 {
                            return Ok(true);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    *min_gallop_state = min_gallop;
                    let k = gallop_right(lt, keys[*pb], &tmp[*pa..*pa + *na], 0)?;
                    acount = k;
                    if k > 0 {
                        keys[*dest..*dest + k].copy_from_slice(&tmp[*pa..*pa + k]);
                        *dest += k;
                        *pa += k;
                        *na -= k;
                        if *na == 1 {
                            return Ok(true);
                        }
                        // na == 0 is impossible for a consistent order, but possible here.
                        if *na == 0 {
                            return Ok(false);
                        }
                    }
                    keys[*dest] = keys[*pb];
                    *dest += 1;
                    *pb += 1;
                    *nb -= 1;
                    if *nb == 0 {
                        return Ok(false);
                    }
                    let k = gallop_left(lt, tmp[*pa], &keys[*pb..*pb + *nb], 0)?;
                    bcount = k;
                    if k > 0 {
                        keys.copy_within(*pb..*pb + k, *dest);
                        *dest += k;
                        *pb += k;
                        *nb -= k;
                        if *nb == 0 {
                            return Ok(false);
                        }
                    }
                    keys[*dest] = tmp[*pa];
                    *dest += 1;
                    *pa += 1;
                    *na -= 1;
                    if *na == 1 {
                        return Ok(true);
                    }
                    if !(acount >= MIN_GALLOP || bcount >= MIN_GALLOP) {
                        break;
                    }
                }
                min_gallop += 1;
                *min_gallop_state = min_gallop;
            }
        };
        let r = body(
            keys,
            &mut dest,
            &mut pa,
            &mut pb,
            &mut na,
            &mut nb,
            &mut self.min_gallop,
        );
        match r {
            Ok(true) => {
                // CopyB: the last element of A belongs at the end of the merge.
                keys.copy_within(pb..pb + nb, dest);
                keys[dest + nb] = tmp[pa];
                Ok(())
            }
            Ok(false) | Err(_) => {
                // Succeed / Fail: whatever is left of A goes back in place.
                if na > 0 {
                    keys[dest..dest + na].copy_from_slice(&tmp[pa..pa + na]);
                }
                r.map(|_| ())
            }
        }
    }

    /// merge_hi: merges [a, a+na) and [b, b+nb) (b == a+na) with na >= nb, through a
    /// copy of the second run, from the right.
    fn merge_hi(
        &mut self,
        lt: &mut impl FnMut(usize, usize) -> PyResult<bool>,
        a: usize,
        mut na: usize,
        b: usize,
        mut nb: usize,
    ) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.keys[b..b + nb]);
        let keys = &mut self.keys;
        let tmp = &self.tmp;
        // Positions are kept "one past" (dest1 = dest + 1, pa1 = pa + 1, pb1 = pb + 1)
        // so that they never go below zero.
        let mut dest1 = b + nb;
        let mut pa1 = a + na;
        let mut pb1 = nb;
        let basea = a;

        // Returns Ok(true) for CopyA, Ok(false) when done.
        let mut body = |keys: &mut Vec<usize>,
                        dest1: &mut usize,
                        pa1: &mut usize,
                        pb1: &mut usize,
                        na: &mut usize,
                        nb: &mut usize,
                        min_gallop_state: &mut usize|
         -> PyResult<bool> {
            keys[*dest1 - 1] = keys[*pa1 - 1];
            *dest1 -= 1;
            *pa1 -= 1;
            *na -= 1;
            if *na == 0 {
                return Ok(false);
            }
            if *nb == 1 {
                return Ok(true);
            }
            let mut min_gallop = *min_gallop_state;
            loop {
                let mut acount = 0;
                let mut bcount = 0;
                loop {
                    if lt(tmp[*pb1 - 1], keys[*pa1 - 1])? {
                        keys[*dest1 - 1] = keys[*pa1 - 1];
                        *dest1 -= 1;
                        *pa1 -= 1;
                        acount += 1;
                        bcount = 0;
                        *na -= 1;
                        if *na == 0 {
                            return Ok(false);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        keys[*dest1 - 1] = tmp[*pb1 - 1];
                        *dest1 -= 1;
                        *pb1 -= 1;
                        bcount += 1;
                        acount = 0;
                        *nb -= 1;
                        if *nb == 1 {
                            return Ok(true);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    *min_gallop_state = min_gallop;
                    let k = gallop_right(lt, tmp[*pb1 - 1], &keys[basea..basea + *na], *na - 1)?;
                    let k = *na - k;
                    acount = k;
                    if k > 0 {
                        *dest1 -= k;
                        *pa1 -= k;
                        keys.copy_within(*pa1..*pa1 + k, *dest1);
                        *na -= k;
                        if *na == 0 {
                            return Ok(false);
                        }
                    }
                    keys[*dest1 - 1] = tmp[*pb1 - 1];
                    *dest1 -= 1;
                    *pb1 -= 1;
                    *nb -= 1;
                    if *nb == 1 {
                        return Ok(true);
                    }
                    let k = gallop_left(lt, keys[*pa1 - 1], &tmp[..*nb], *nb - 1)?;
                    let k = *nb - k;
                    bcount = k;
                    if k > 0 {
                        *dest1 -= k;
                        *pb1 -= k;
                        keys[*dest1..*dest1 + k].copy_from_slice(&tmp[*pb1..*pb1 + k]);
                        *nb -= k;
                        if *nb == 1 {
                            return Ok(true);
                        }
                        // nb == 0 is impossible for a consistent order, but possible here.
                        if *nb == 0 {
                            return Ok(false);
                        }
                    }
                    keys[*dest1 - 1] = keys[*pa1 - 1];
                    *dest1 -= 1;
                    *pa1 -= 1;
                    *na -= 1;
                    if *na == 0 {
                        return Ok(false);
                    }
                    if !(acount >= MIN_GALLOP || bcount >= MIN_GALLOP) {
                        break;
                    }
                }
                min_gallop += 1;
                *min_gallop_state = min_gallop;
            }
        };
        let r = body(
            keys,
            &mut dest1,
            &mut pa1,
            &mut pb1,
            &mut na,
            &mut nb,
            &mut self.min_gallop,
        );
        match r {
            Ok(true) => {
                // CopyA: the first element of B belongs at the front of the merge.
                keys.copy_within(pa1 - na..pa1, dest1 - na);
                keys[dest1 - na - 1] = tmp[pb1 - 1];
                Ok(())
            }
            Ok(false) | Err(_) => {
                // Succeed / Fail: whatever is left of B goes back in place.
                if nb > 0 {
                    keys[dest1 - nb..dest1].copy_from_slice(&tmp[..nb]);
                }
                r.map(|_| ())
            }
        }
    }

    /// merge_at: merges the runs at stack positions i and i+1.
    fn merge_at(
        &mut self,
        lt: &mut impl FnMut(usize, usize) -> PyResult<bool>,
        i: usize,
    ) -> PyResult<()> {
        let Run {
            base: mut a,
            len: mut na,
            ..
        } = self.pending[i];
        let Run {
            base: b, len: nb, ..
        } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);

        // Where does b start in a? Elements of a before that are already in place.
        let k = gallop_right(lt, self.keys[b], &self.keys[a..a + na], 0)?;
        a += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Where does a end in b? Elements of b after that are already in place.
        let nb = gallop_left(lt, self.keys[a + na - 1], &self.keys[b..b + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(lt, a, na, b, nb)
        } else {
            self.merge_hi(lt, a, na, b, nb)
        }
    }

    /// found_new_run: the powersort merge strategy for a new run of length n2.
    fn found_new_run(
        &mut self,
        lt: &mut impl FnMut(usize, usize) -> PyResult<bool>,
        n2: usize,
    ) -> PyResult<()> {
        let Some(top) = self.pending.last().copied() else {
            return Ok(());
        };
        let power = powerloop(top.base, top.len, n2, self.listlen);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(lt, self.pending.len() - 2)?;
        }
        if let Some(last) = self.pending.last_mut() {
            last.power = power;
        }
        Ok(())
    }

    /// merge_force_collapse: merges everything left on the stack.
    fn merge_force_collapse(
        &mut self,
        lt: &mut impl FnMut(usize, usize) -> PyResult<bool>,
    ) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(lt, n)?;
        }
        Ok(())
    }
}

/// powerloop: the "power" of the run [s1, s1+n1) next to one of length n2, in a list of n.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// merge_compute_minrun.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Runs listsort over `n` items compared by `lt(i, j)` (item i < item j). Returns the
/// permutation (sorted, or as far as the sort got when a comparison failed) and the
/// outcome.
pub fn timsort_perm(
    n: usize,
    mut lt: impl FnMut(usize, usize) -> PyResult<bool>,
) -> (Vec<usize>, PyResult<()>) {
    let mut ms = MergeState {
        keys: (0..n).collect(),
        tmp: Vec::new(),
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
        listlen: n,
    };
    let r = run_sort(&mut ms, &mut lt);
    (ms.keys, r)
}

fn run_sort(
    ms: &mut MergeState,
    lt: &mut impl FnMut(usize, usize) -> PyResult<bool>,
) -> PyResult<()> {
    let n = ms.listlen;
    if n < 2 {
        return Ok(());
    }
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut nremaining = n;
    while nremaining > 0 {
        let (mut run, descending) = ms.count_run(lt, lo, lo + nremaining)?;
        if descending {
            ms.keys[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = nremaining.min(minrun);
            ms.binarysort(lt, lo, lo + force, lo + run)?;
            run = force;
        }
        ms.found_new_run(lt, run)?;
        ms.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
        nremaining -= run;
    }
    ms.merge_force_collapse(lt)
}

/// Puts `v` in the order of `perm` (a permutation of its indices).
fn apply_perm<T>(v: &mut Vec<T>, perm: &[usize]) {
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.reserve(perm.len());
    for &i in perm {
        if let Some(x) = slots.get_mut(i).and_then(Option::take) {
            v.push(x);
        }
    }
}

/// list.sort() with `lt` as `<`: stable; `reverse` reverses, sorts, and reverses back, as
/// CPython does, also when a comparison fails (the items are then in the partial order
/// CPython leaves them in).
pub fn sort_stable<T>(
    v: &mut Vec<T>,
    reverse: bool,
    mut lt: impl FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    if v.len() < 2 {
        return Ok(());
    }
    if reverse {
        v.reverse();
    }
    let (perm, r) = {
        let items: &Vec<T> = v;
        timsort_perm(items.len(), |i, j| lt(&items[i], &items[j]))
    };
    apply_perm(v, &perm);
    if reverse {
        v.reverse();
    }
    r
}

/// list.sort(key=...) once the keys are computed (one per item, in order): sorts `v` by
/// `keys` with `lt` on keys.
pub fn sort_by_keys<T, K>(
    v: &mut Vec<T>,
    mut keys: Vec<K>,
    reverse: bool,
    mut lt: impl FnMut(&K, &K) -> PyResult<bool>,
) -> PyResult<()> {
    if keys.len() != v.len() {
        return Err(crate::exc::PyErr::msg(
            crate::ExcKind::SystemError,
            "sort_by_keys: one key per item is needed",
        ));
    }
    if v.len() < 2 {
        return Ok(());
    }
    if reverse {
        v.reverse();
        keys.reverse();
    }
    let (perm, r) = timsort_perm(keys.len(), |i, j| lt(&keys[i], &keys[j]));
    apply_perm(v, &perm);
    if reverse {
        v.reverse();
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sort_ints(v: &mut Vec<(i32, usize)>) {
        sort_stable(v, false, |a, b| Ok(a.0 < b.0)).unwrap();
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn sorted_and_stable(xs in proptest::collection::vec(0i32..20, 0..700)) {
            let mut v: Vec<(i32, usize)> = xs.iter().copied().zip(0..).collect();
            let mut model = v.clone();
            model.sort_by_key(|p| p.0); // std's sort is stable
            sort_ints(&mut v);
            prop_assert_eq!(v, model);
        }

        #[test]
        fn reverse_is_stable(xs in proptest::collection::vec(0i32..10, 0..300)) {
            let mut v: Vec<(i32, usize)> = xs.iter().copied().zip(0..).collect();
            let mut model = v.clone();
            model.sort_by_key(|p| std::cmp::Reverse(p.0)); // stable: equal items keep their order
            sort_stable(&mut v, true, |a, b| Ok(a.0 < b.0)).unwrap();
            prop_assert_eq!(v, model);
        }

        #[test]
        fn permutation_whatever_lt_says(
            n in 0usize..400,
            answers in proptest::collection::vec(any::<bool>(), 1..64),
            fail_at in proptest::option::of(0usize..3000),
        ) {
            // An arbitrary, inconsistent "<" (and maybe an error): never a panic, and the
            // items always come back as a permutation.
            let mut v: Vec<usize> = (0..n).collect();
            let mut calls = 0usize;
            let r = sort_stable(&mut v, false, |a, b| {
                calls += 1;
                if Some(calls) == fail_at {
                    return Err(crate::exc::PyErr::msg(crate::ExcKind::ValueError, "x"));
                }
                Ok(answers[(a * 31 + b * 7 + calls) % answers.len()])
            });
            let mut sorted = v.clone();
            sorted.sort();
            prop_assert_eq!(sorted, (0..n).collect::<Vec<_>>());
            if fail_at.is_none() {
                prop_assert!(r.is_ok());
            }
        }
    }

    /// The exact sequence of `<` calls, against CPython's, for consistent and for
    /// inconsistent comparisons, and the resulting order.
    #[test]
    fn same_comparisons_as_cpython() {
        use crate::setops::testutil::{Rng, compare_cases};
        let mut rng = Rng(0xc0ff_ee00_1234_5678);
        let mut cases = Vec::new();
        let mut rs = Vec::new();
        for case in 0..120 {
            let n = [2usize, 3, 10, 40, 64, 65, 100, 300, 700][rng.below(9) as usize];
            let spread = [3u64, 50, 1000][rng.below(3) as usize];
            let mode = rng.below(3); // 0: <, 1: inconsistent, 2: runs
            let vals: Vec<i64> = (0..n)
                .map(|i| match mode {
                    2 => (i as i64 / 20) * 7 + rng.below(spread) as i64 % 5,
                    _ => rng.below(spread) as i64,
                })
                .collect();
            let lt_py = if mode == 1 {
                "(self.v * 31 + o.v * 17 + self.i) % 3 == 0"
            } else {
                "self.v < o.v"
            };
            let lit: Vec<String> = vals.iter().map(|v| v.to_string()).collect();
            let py = format!(
                "print('case {case}')\nlog = []\nclass K:\n    def __init__(self, v, i): self.v = v; self.i = i\n    def __lt__(self, o):\n        log.append(f'{{self.i}}<{{o.i}}')\n        return {lt_py}\n\
                 l = [K(v, i) for i, v in enumerate([{}])]\nl.sort()\nprint(' '.join(log))\nprint(' '.join(str(k.i) for k in l))\n",
                lit.join(", ")
            );
            cases.push(py);
            rs.push(format!("case {case}"));
            let mut items: Vec<(i64, usize)> = vals.iter().copied().zip(0..).collect();
            let mut log = Vec::new();
            sort_stable(&mut items, false, |a, b| {
                log.push(format!("{}<{}", a.1, b.1));
                Ok(if mode == 1 {
                    (a.0 * 31 + b.0 * 17 + a.1 as i64).rem_euclid(3) == 0
                } else {
                    a.0 < b.0
                })
            })
            .unwrap();
            rs.push(log.join(" "));
            rs.push(
                items
                    .iter()
                    .map(|p| p.1.to_string())
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        }
        compare_cases(&cases, &rs);
    }

    #[test]
    fn minrun_and_power() {
        assert_eq!(compute_minrun(63), 63);
        assert_eq!(compute_minrun(64), 32);
        assert_eq!(compute_minrun(65), 33);
        assert_eq!(compute_minrun(2112), 33);
        assert_eq!(powerloop(0, 32, 32, 64), 1);
    }
}
