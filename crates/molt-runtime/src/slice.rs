//! Slice index arithmetic (CPython's PySlice_Unpack + PySlice_AdjustIndices).

use crate::exc::{PyResult, value_error};
use crate::int::Int;

/// A slice bound: Python clamps out-of-range ints, so saturating to i64 is exact.
#[inline]
pub fn bound(i: &Int) -> i64 {
    match i {
        Int::Small(v) => *v,
        Int::Big(_) => {
            if i.is_negative() {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }
        }
    }
}

/// Returns (start, stop, step, slice length) for a sequence of length `len`.
pub fn indices(
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
    len: i64,
) -> PyResult<(i64, i64, i64, i64)> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return value_error("slice step cannot be zero");
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut v) => {
                if v < 0 {
                    v += len;
                    if v < lower { lower } else { v }
                } else if v > upper {
                    upper
                } else {
                    v
                }
            }
        }
    };
    let start = adjust(start, if step < 0 { upper } else { lower });
    let stop = adjust(stop, if step < 0 { lower } else { upper });
    let slicelen = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, slicelen))
}
