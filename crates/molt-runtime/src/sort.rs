//! A stable sort that only asks `a < b` and tolerates comparisons that fail or are not a
//! total order (NaN), unlike `slice::sort_by`, which may panic on an inconsistent order.

use crate::exc::PyResult;

/// Sorts stably with `lt`; `reverse` keeps equal items in their original order, as
/// list.sort(reverse=True) does (reverse, sort, reverse).
pub fn sort_stable<T: Clone>(
    v: &mut Vec<T>,
    reverse: bool,
    mut lt: impl FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    if reverse {
        v.reverse();
    }
    let r = merge_sort(v, &mut lt);
    if reverse {
        v.reverse();
    }
    r
}

fn merge_sort<T: Clone>(
    v: &mut Vec<T>,
    lt: &mut impl FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    // Binary insertion sort on runs of 32, then bottom-up merges.
    const RUN: usize = 32;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = v[i].clone();
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if lt(&x, &v[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            v[lo..=i].rotate_right(1);
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf: Vec<T> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo + width < n {
            let mid = lo + width;
            let hi = (lo + 2 * width).min(n);
            buf.clear();
            let (mut i, mut j) = (lo, mid);
            while i < mid && j < hi {
                // Take from the right only when strictly smaller: stability.
                if lt(&v[j], &v[i])? {
                    buf.push(v[j].clone());
                    j += 1;
                } else {
                    buf.push(v[i].clone());
                    i += 1;
                }
            }
            buf.extend_from_slice(&v[i..mid]);
            buf.extend_from_slice(&v[j..hi]);
            v[lo..hi].clone_from_slice(&buf);
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}
