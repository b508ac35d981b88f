//! Arithmetic across numeric types, shared by typed code and `Value`.

use crate::exc::PyResult;
use crate::int::Int;
use crate::obj::CmpOp;
use crate::value::Value;
use std::cmp::Ordering;

/// A number of either kind, for comparisons between int and float.
pub enum Num {
    Int(Int),
    Float(f64),
}

/// Compares an int with a float exactly (no rounding of big ints), as CPython does.
pub fn int_float_cmp(i: &Int, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Int::Small(v) = i
        && v.unsigned_abs() < (1u64 << 53)
    {
        return (*v as f64).partial_cmp(&f);
    }
    // Compare integer parts exactly, then the fraction breaks ties.
    let fl = f.floor();
    let fi = Int::from_f64(fl).ok()?;
    match i.cmp_int(&fi) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Less
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

pub fn num_eq(a: &Num, b: &Num) -> bool {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => x.eq_int(y),
        (Num::Float(x), Num::Float(y)) => x == y,
        (Num::Int(x), Num::Float(y)) | (Num::Float(y), Num::Int(x)) => {
            int_float_cmp(x, *y) == Some(Ordering::Equal)
        }
    }
}

pub fn num_cmp(a: &Num, b: &Num, op: CmpOp) -> bool {
    let ord = match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp_int(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Int(x), Num::Float(y)) => int_float_cmp(x, *y),
        (Num::Float(x), Num::Int(y)) => int_float_cmp(y, *x).map(Ordering::reverse),
    };
    match ord {
        Some(o) => op.test(o),
        None => false,
    }
}

/// `int ** int`: an int for a non-negative exponent, a float otherwise.
pub fn int_pow(x: &Int, y: &Int) -> PyResult<Value> {
    if y.is_negative() {
        let xf = x.to_f64()?;
        let yf = y.to_f64()?;
        if xf == 0.0 {
            return crate::exc::zero_division("0.0 cannot be raised to a negative power");
        }
        return Ok(Value::Float(crate::float::pow(xf, yf)?));
    }
    Ok(Value::Int(x.pow(y)?))
}

/// `a ** b` for two floats whose result may be complex: float_pow hands a negative base
/// with a fractional exponent to complex.
pub fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    if x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor() {
        return crate::complex::real_pow(x, y);
    }
    Ok(Value::Float(crate::float::pow(x, y)?))
}

/// `int == float` for typed code.
#[inline]
pub fn int_eq_float(i: &Int, f: f64) -> bool {
    int_float_cmp(i, f) == Some(Ordering::Equal)
}

/// `int <op> float` for typed code.
#[inline]
pub fn int_cmp_float(i: &Int, f: f64, op: CmpOp) -> bool {
    int_float_cmp(i, f).is_some_and(|o| op.test(o))
}

/// `float <op> int` for typed code.
#[inline]
pub fn float_cmp_int(f: f64, i: &Int, op: CmpOp) -> bool {
    int_float_cmp(i, f).is_some_and(|o| op.test(o.reverse()))
}
