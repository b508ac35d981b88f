//! The `math` module (Modules/mathmodule.c): the C library's functions on this platform,
//! with CPython's argument handling and its domain and range errors.

use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::int::Int;
use crate::str::Str;
use crate::value::Value;

fn domain() -> PyErr {
    PyErr::msg(ExcKind::ValueError, "math domain error")
}

fn range() -> PyErr {
    PyErr::msg(ExcKind::OverflowError, "math range error")
}

/// A real-number argument (int, bool or float).
pub fn real(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => i.to_f64(),
        Value::Bool(b) => Ok(*b as i64 as f64),
        // Objects with __float__ (Fraction, Decimal).
        Value::Obj(o) if let Some(Value::Float(f)) = o.convert(o, "float")? => Ok(f),
        _ => type_error(format!("must be real number, not {}", v.class_name())),
    }
}

fn integral(v: &Value, fname: &str) -> PyResult<Int> {
    match v.as_int() {
        Some(i) => Ok(i),
        None => type_error(
            format!(
                "'{}' object cannot be interpreted as an integer",
                v.class_name()
            )
            .replace("{fname}", fname),
        ),
    }
}

/// Applies a libm function of one argument with CPython's error rules (math_1): a NaN
/// result from a non-NaN argument is a domain error; an infinite result from a finite
/// argument is a range error (or domain error when `can_overflow` is false).
/// Also called by compiled code directly when the argument is statically a float.
#[inline]
pub fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(r)
}

fn arg_count(name: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() != n {
        if n == 1 {
            return type_error(format!(
                "math.{name}() takes exactly one argument ({} given)",
                args.len()
            ));
        }
        return type_error(format!("{name} expected {n} arguments, got {}", args.len()));
    }
    Ok(())
}

fn to_int_result(x: f64) -> PyResult<Value> {
    Ok(Value::Int(Int::from_f64(x)?))
}

/// `log(x)` for any int, exact for huge ones (CPython's loghelper).
fn log_of(v: &Value) -> PyResult<f64> {
    if let Value::Int(i @ Int::Big(_)) = v {
        if i.is_negative() || i.is_zero() {
            return Err(domain());
        }
        // x = m * 2**e with m in [0.5, 1).
        let e = i.bit_length();
        let shift = e - 60;
        let top = i.shr(&Int::from(shift))?;
        let m = top.to_f64()? / 2f64.powi(60);
        return Ok(m.ln() + (e as f64) * std::f64::consts::LN_2);
    }
    let x = real(v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(x.ln())
}

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let a = &args;
    let f1 = |f: fn(f64) -> f64, of: bool| -> PyResult<Value> {
        arg_count(name, a, 1)?;
        Ok(Value::Float(math_1(real(&a[0])?, f, of)?))
    };
    match name {
        "sqrt" => f1(f64::sqrt, false),
        "exp" => f1(f64::exp, true),
        "exp2" => f1(f64::exp2, true),
        "expm1" => f1(f64::exp_m1, true),
        "sin" => f1(f64::sin, false),
        "cos" => f1(f64::cos, false),
        "tan" => f1(f64::tan, false),
        "asin" => f1(f64::asin, false),
        "acos" => f1(f64::acos, false),
        "atan" => f1(f64::atan, false),
        "sinh" => f1(f64::sinh, true),
        "cosh" => f1(f64::cosh, true),
        "tanh" => f1(f64::tanh, false),
        "asinh" => f1(f64::asinh, false),
        "acosh" => f1(f64::acosh, false),
        "atanh" => {
            arg_count(name, a, 1)?;
            let x = real(&a[0])?;
            if x.abs() >= 1.0 {
                return Err(domain());
            }
            Ok(Value::Float(x.atanh()))
        }
        "cbrt" => f1(cbrt, false),
        // CPython 3.11 calls the platform's erf/erfc (glibc here, as for CPython).
        "erf" => f1(erf, false),
        "erfc" => f1(erfc, false),
        "gamma" | "lgamma" => {
            arg_count(name, a, 1)?;
            let x = real(&a[0])?;
            let r = if name == "gamma" {
                tgamma(x)
            } else {
                lgamma(x)
            };
            Ok(Value::Float(r?))
        }
        "fabs" => f1(f64::abs, false),
        // Plain products in CPython (no range check): degrees(1e308) is inf.
        "degrees" => {
            arg_count(name, a, 1)?;
            Ok(Value::Float(real(&a[0])? * (180.0 / std::f64::consts::PI)))
        }
        "radians" => {
            arg_count(name, a, 1)?;
            Ok(Value::Float(real(&a[0])? * (std::f64::consts::PI / 180.0)))
        }
        "log2" | "log10" | "log1p" => {
            arg_count(name, a, 1)?;
            if name != "log1p" && matches!(&a[0], Value::Int(Int::Big(_))) {
                let l = log_of(&a[0])?;
                let base = if name == "log2" {
                    std::f64::consts::LN_2
                } else {
                    std::f64::consts::LN_10
                };
                return Ok(Value::Float(l / base));
            }
            let x = real(&a[0])?;
            if x.is_nan() {
                return Ok(Value::Float(x));
            }
            let r = match name {
                "log2" if x > 0.0 => x.log2(),
                "log10" if x > 0.0 => x.log10(),
                "log1p" if x > -1.0 => x.ln_1p(),
                _ => return Err(domain()),
            };
            Ok(Value::Float(r))
        }
        "log" => {
            if a.is_empty() || a.len() > 2 {
                return type_error(format!("log expected 1 or 2 arguments, got {}", a.len()));
            }
            let num = log_of(&a[0])?;
            if a.len() == 1 {
                return Ok(Value::Float(num));
            }
            let den = log_of(&a[1])?;
            if den == 0.0 {
                return Err(PyErr::msg(
                    ExcKind::ZeroDivisionError,
                    "float division by zero",
                ));
            }
            Ok(Value::Float(num / den))
        }
        "floor" | "ceil" | "trunc" => {
            arg_count(name, a, 1)?;
            if let Some(i) = a[0].as_int() {
                return Ok(Value::Int(i));
            }
            // __floor__ / __ceil__ / __trunc__ of objects (Fraction, Decimal).
            if let Value::Obj(o) = &a[0]
                && let Some(r) = o.convert(o, name)?
            {
                return Ok(r);
            }
            // math_trunc has no float fallback: only floats and `__trunc__` (ints and bools
            // were handled above).
            if name == "trunc" && !matches!(a[0], Value::Float(_)) {
                return type_error(format!(
                    "type {} doesn't define __trunc__ method",
                    a[0].class_name()
                ));
            }
            let x = real(&a[0])?;
            let r = match name {
                "floor" => x.floor(),
                "ceil" => x.ceil(),
                _ => x.trunc(),
            };
            to_int_result(r)
        }
        "pow" => {
            arg_count(name, a, 2)?;
            let (x, y) = (real(&a[0])?, real(&a[1])?);
            let r = crate::float::libm_pow(x, y);
            if x.is_finite() && y.is_finite() {
                if r.is_nan() || (x == 0.0 && y < 0.0) {
                    return Err(domain());
                }
                if r.is_infinite() {
                    return Err(range());
                }
            }
            Ok(Value::Float(r))
        }
        "atan2" => {
            arg_count(name, a, 2)?;
            Ok(Value::Float(real(&a[0])?.atan2(real(&a[1])?)))
        }
        "copysign" => {
            arg_count(name, a, 2)?;
            Ok(Value::Float(real(&a[0])?.copysign(real(&a[1])?)))
        }
        "fmod" => {
            arg_count(name, a, 2)?;
            let (x, y) = (real(&a[0])?, real(&a[1])?);
            if y.is_infinite() && x.is_finite() {
                return Ok(Value::Float(x));
            }
            if y == 0.0 || x.is_infinite() {
                if x.is_nan() || y.is_nan() {
                    return Ok(Value::Float(f64::NAN));
                }
                return Err(domain());
            }
            Ok(Value::Float(x % y))
        }
        "remainder" => {
            arg_count(name, a, 2)?;
            let (x, y) = (real(&a[0])?, real(&a[1])?);
            if x.is_nan() || y.is_nan() {
                return Ok(Value::Float(f64::NAN));
            }
            if x.is_infinite() || y == 0.0 {
                return Err(domain());
            }
            if y.is_infinite() {
                return Ok(Value::Float(x));
            }
            // IEEE remainder: x - n*y with n the nearest integer (ties to even).
            let n = (x / y).round_ties_even();
            let r = x - n * y;
            Ok(Value::Float(if r == 0.0 { 0.0f64.copysign(x) } else { r }))
        }
        "hypot" => {
            let vals = a
                .iter()
                .map(|v| Ok(real(v)?.abs()))
                .collect::<PyResult<Vec<f64>>>()?;
            Ok(Value::Float(vector_norm(&vals)))
        }
        "dist" => {
            arg_count(name, a, 2)?;
            let (p, q) = (a[0].to_vec()?, a[1].to_vec()?);
            if p.len() != q.len() {
                return value_error("both points must have the same number of dimensions");
            }
            let diffs = p
                .iter()
                .zip(q.iter())
                .map(|(x, y)| Ok((real(x)? - real(y)?).abs()))
                .collect::<PyResult<Vec<f64>>>()?;
            Ok(Value::Float(vector_norm(&diffs)))
        }
        "isfinite" | "isinf" | "isnan" => {
            arg_count(name, a, 1)?;
            let x = real(&a[0])?;
            Ok(Value::Bool(match name {
                "isfinite" => x.is_finite(),
                "isinf" => x.is_infinite(),
                _ => x.is_nan(),
            }))
        }
        "isclose" => {
            arg_count(name, a, 2)?;
            let (x, y) = (real(&a[0])?, real(&a[1])?);
            let mut rel_tol = 1e-9;
            let mut abs_tol = 0.0;
            for (k, v) in &kwargs {
                match k.as_str() {
                    "rel_tol" => rel_tol = real(v)?,
                    "abs_tol" => abs_tol = real(v)?,
                    other => {
                        return type_error(format!(
                            "isclose() got an unexpected keyword argument '{other}'"
                        ));
                    }
                }
            }
            if rel_tol < 0.0 || abs_tol < 0.0 {
                return value_error("tolerances must be non-negative");
            }
            if x == y {
                return Ok(Value::Bool(true));
            }
            if x.is_infinite() || y.is_infinite() {
                return Ok(Value::Bool(false));
            }
            let diff = (y - x).abs();
            Ok(Value::Bool(
                diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol,
            ))
        }
        "frexp" => {
            arg_count(name, a, 1)?;
            let (m, e) = crate::hash::frexp(real(&a[0])?);
            Ok(Value::Tuple(crate::Tup::from_vec(vec![
                Value::Float(m),
                Value::Int(Int::from(e as i64)),
            ])))
        }
        "ldexp" => {
            arg_count(name, a, 2)?;
            let x = real(&a[0])?;
            let e = integral(&a[1], "ldexp")?;
            let e = e
                .as_i64()
                .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
            if x == 0.0 || !x.is_finite() {
                return Ok(Value::Float(x));
            }
            let e = e.clamp(-2200, 2200) as i32;
            let r = crate::int_ops::ldexp(x, e as i64);
            if r.is_infinite() {
                return Err(range());
            }
            Ok(Value::Float(r))
        }
        "modf" => {
            arg_count(name, a, 1)?;
            let x = real(&a[0])?;
            let (fr, int) = if x.is_infinite() {
                (0.0f64.copysign(x), x)
            } else {
                (x.fract(), x.trunc())
            };
            Ok(Value::Tuple(crate::Tup::from_vec(vec![
                Value::Float(fr),
                Value::Float(int),
            ])))
        }
        "fsum" => {
            arg_count(name, a, 1)?;
            let vals = a[0]
                .to_vec()?
                .iter()
                .map(real)
                .collect::<PyResult<Vec<f64>>>()?;
            fsum(&vals).map(Value::Float)
        }
        "prod" => {
            arg_count(name, a, 1)?;
            let mut acc = match kwargs.iter().find(|(k, _)| k.as_str() == "start") {
                Some((_, v)) => v.clone(),
                None => Value::Int(Int::ONE),
            };
            for x in a[0].to_vec()? {
                acc = crate::value::binop(crate::value::BinOp::Mul, &acc, &x)?;
            }
            Ok(acc)
        }
        "factorial" => {
            arg_count(name, a, 1)?;
            let n = match &a[0] {
                Value::Float(_) => {
                    return type_error("'float' object cannot be interpreted as an integer");
                }
                v => integral(v, name)?,
            };
            if n.is_negative() {
                return value_error("factorial() not defined for negative values");
            }
            let Some(n) = n.as_i64() else {
                return Err(PyErr::msg(
                    ExcKind::OverflowError,
                    "factorial() argument should not exceed 9223372036854775807",
                ));
            };
            let mut acc = Int::ONE;
            for k in 2..=n {
                acc = acc.mul(&Int::from(k));
            }
            Ok(Value::Int(acc))
        }
        "gcd" | "lcm" => {
            let mut acc = if name == "gcd" { Int::ZERO } else { Int::ONE };
            for v in a {
                let x = integral(v, name)?.abs();
                acc = if name == "gcd" {
                    gcd(&acc, &x)?
                } else if acc.is_zero() || x.is_zero() {
                    Int::ZERO
                } else {
                    let g = gcd(&acc, &x)?;
                    acc.floordiv(&g)?.mul(&x)
                };
            }
            Ok(Value::Int(acc))
        }
        "isqrt" => {
            arg_count(name, a, 1)?;
            let n = integral(&a[0], name)?;
            if n.is_negative() {
                return value_error("isqrt() argument must be nonnegative");
            }
            Ok(Value::Int(isqrt(&n)?))
        }
        "comb" | "perm" => {
            if name == "perm" && a.len() == 1 {
                let n = integral(&a[0], name)?;
                if n.is_negative() {
                    return value_error("n must be a non-negative integer");
                }
                return call("factorial", vec![Value::Int(n)], vec![]);
            }
            arg_count(name, a, 2)?;
            let (n, k) = (integral(&a[0], name)?, integral(&a[1], name)?);
            if n.is_negative() {
                return value_error("n must be a non-negative integer");
            }
            if k.is_negative() {
                return value_error("k must be a non-negative integer");
            }
            if k.gt(&n) {
                return Ok(Value::Int(Int::ZERO));
            }
            let k = if name == "comb" {
                let nk = n.sub(&k);
                if nk.lt(&k) { nk } else { k }
            } else {
                k
            };
            let Some(kk) = k.as_i64() else {
                return Err(PyErr::msg(
                    ExcKind::OverflowError,
                    "min(n - k, k) must not exceed 9223372036854775807",
                ));
            };
            let mut acc = Int::ONE;
            for i in 0..kk {
                acc = acc.mul(&n.sub(&Int::from(i)));
                if name == "comb" {
                    acc = acc.floordiv(&Int::from(i + 1))?;
                }
            }
            Ok(Value::Int(acc))
        }
        "nextafter" => {
            arg_count(name, a, 2)?;
            let (x, y) = (real(&a[0])?, real(&a[1])?);
            Ok(Value::Float(nextafter(x, y)))
        }
        "ulp" => {
            arg_count(name, a, 1)?;
            let x = real(&a[0])?.abs();
            if x.is_nan() || x.is_infinite() {
                return Ok(Value::Float(x));
            }
            let next = nextafter(x, f64::INFINITY);
            if next.is_infinite() {
                let prev = nextafter(x, 0.0);
                return Ok(Value::Float(x - prev));
            }
            Ok(Value::Float(next - x))
        }
        _ => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: math.{name} is not supported yet"),
        )),
    }
}

fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

pub fn gcd(a: &Int, b: &Int) -> PyResult<Int> {
    let (mut a, mut b) = (a.abs(), b.abs());
    while !b.is_zero() {
        let r = a.modulo(&b)?;
        a = b;
        b = r;
    }
    Ok(a)
}

/// Integer square root (Newton's method on Python ints).
pub fn isqrt(n: &Int) -> PyResult<Int> {
    if n.is_zero() {
        return Ok(Int::ZERO);
    }
    if let Some(v) = n.as_i64() {
        let mut r = (v as f64).sqrt() as i64;
        while r.checked_mul(r).is_none_or(|s| s > v) {
            r -= 1;
        }
        while (r + 1).checked_mul(r + 1).is_some_and(|s| s <= v) {
            r += 1;
        }
        return Ok(Int::from(r));
    }
    let bits = n.bit_length();
    let mut x = Int::ONE.shl(&Int::from(bits / 2 + 1))?;
    loop {
        let y = x.add(&n.floordiv(&x)?).shr(&Int::ONE)?;
        if y.ge(&x) {
            return Ok(x);
        }
        x = y;
    }
}

/// Exact float summation (Shewchuk's algorithm, as math.fsum).
pub fn fsum(vals: &[f64]) -> PyResult<f64> {
    let mut partials: Vec<f64> = vec![];
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for &x0 in vals {
        let mut x = x0;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
            if hi.is_infinite() {
                return Err(PyErr::msg(
                    ExcKind::OverflowError,
                    "intermediate overflow in fsum",
                ));
            }
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return value_error("-inf + inf in fsum");
        }
        return Ok(special);
    }
    let mut hi = 0.0f64;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

// SAFETY: these are glibc's libm erf/erfc (every Rust program on this target links libm for
// std), declared with their C signatures: a double in, a double out, no state.
unsafe extern "C" {
    #[link_name = "erf"]
    fn c_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn c_erfc(x: f64) -> f64;
}

pub fn erf(x: f64) -> f64 {
    // SAFETY: a pure C function of one double.
    unsafe { c_erf(x) }
}

pub fn erfc(x: f64) -> f64 {
    // SAFETY: a pure C function of one double.
    unsafe { c_erfc(x) }
}

// CPython's own gamma and lgamma (Modules/mathmodule.c m_tgamma, m_lgamma): a Lanczos
// approximation (N = 13, g = 6.0246...) as a rational function, with the reflection
// formula for negative x. The libm calls (exp, pow, log, sin, cos) are glibc's, as
// CPython's, so the results agree to the bit.
const PI: f64 = std::f64::consts::PI;
const LOGPI: f64 = 1.1447298858494002;
const LANCZOS_G: f64 = 6.02468004077673;
const LANCZOS_G_MINUS_HALF: f64 = 5.52468004077673;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.41076,
    42919803642.6491,
    35711959237.35567,
    17921034426.03721,
    6039542586.352028,
    1439720407.3117216,
    248874557.86205417,
    31426415.585400194,
    2876370.6289353725,
    186056.26539522348,
    8071.672002365816,
    210.82427775157936,
    2.5066282746310002,
];
/// The denominator x*(x+1)*...*(x+11) as a polynomial.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// Lanczos' sum for positive x; in 1/x above 5 so that it cannot overflow.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x) for finite x, exact at the integers and half-integers.
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// `math.gamma` (math_1a over m_tgamma: EDOM is a ValueError, an infinite result an
/// OverflowError).
fn tgamma(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(domain());
    }
    if x == 0.0 || (x == x.floor() && x < 0.0) {
        return Err(domain());
    }
    if x == x.floor() && x <= 23.0 {
        // Exact factorials of 0..22 (all representable).
        let mut f = 1.0;
        for k in 2..(x as i64) {
            f *= k as f64;
        }
        return Ok(f);
    }
    let absx = x.abs();
    let r = if absx < 1e-20 {
        1.0 / x
    } else if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sinpi(x));
        }
        return Err(range());
    } else {
        let y = absx + LANCZOS_G_MINUS_HALF;
        // The rounding error of y, as a correction factor (see mathmodule.c).
        let z = if absx > LANCZOS_G_MINUS_HALF {
            let q = y - absx;
            q - LANCZOS_G_MINUS_HALF
        } else {
            let q = y - LANCZOS_G_MINUS_HALF;
            q - absx
        };
        let z = z * LANCZOS_G / y;
        let pow = crate::float::libm_pow;
        if x < 0.0 {
            let mut r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
            r -= z * r;
            if absx < 140.0 {
                r /= pow(y, absx - 0.5);
            } else {
                let sqrtpow = pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
            r
        } else {
            let mut r = lanczos_sum(absx) / y.exp();
            r += z * r;
            if absx < 140.0 {
                r *= pow(y, absx - 0.5);
            } else {
                let sqrtpow = pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
            r
        }
    };
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

/// `math.lgamma` (math_1a over m_lgamma).
fn lgamma(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(domain());
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

/// `math.cbrt`: CPython 3.11 calls the platform's libm, so this is glibc's generic
/// `__cbrt` (sysdeps/ieee754/dbl-64/s_cbrt.c), operation for operation: it is not
/// correctly rounded (`cbrt(27.0)` is 3.0000000000000004), and Rust's `f64::cbrt` is.
fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948732;
    const SQR_CBRT2: f64 = 1.5874010519681996;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = crate::hash::frexp(x.abs());
    let u = 0.35489576504391984
        + ((1.508191937815849
            + ((-2.114994941673713
                + ((2.4469312256353444
                    + ((-1.8346927748361308
                        + (0.7849323449766392 - 0.14526389938548637 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    // C's `%` and `/` truncate toward zero, like Rust's.
    let factor = FACTOR.get((2 + xe % 3) as usize).copied().unwrap_or(1.0);
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor;
    let ym = if x > 0.0 { ym } else { -ym };
    // The result is always normal, so scaling by a power of two is exact.
    ym * 2f64.powi(xe / 3)
}

/// The Euclidean norm of non-negative coordinates, as CPython 3.11's `vector_norm`
/// (Modules/mathmodule.c) computes it for `hypot` and `dist`: scaled by a power of two,
/// squares split into exact parts and summed with compensation, then one correction step
/// of the square root; so the last digit agrees with CPython's.
fn vector_norm(vec: &[f64]) -> f64 {
    // 2**27 + 1: Veltkamp splitting of a double into two 26-bit halves.
    const T27: f64 = 134217729.0;
    let max = vec.iter().fold(0.0f64, |m, &x| if x > m { x } else { m });
    if max.is_infinite() {
        return max;
    }
    if vec.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = crate::hash::frexp(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    if max_e >= -1023 {
        let scale = crate::int_ops::ldexp(1.0, -(max_e as i64));
        for &v in vec {
            let mut x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            x = hi * hi;
            let mut old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            x = 2.0 * hi * lo;
            old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        let mut x = -hi * hi;
        let mut old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        x = -2.0 * hi * lo;
        old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        x = -lo * lo;
        old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // 2**-max_e would overflow: divide by max instead.
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

#[cfg(test)]
mod cbrt_tests {
    #[test]
    fn glibc_cbrt_values() {
        // Values printed by CPython 3.11 on x86-64 glibc.
        assert_eq!(super::cbrt(27.0), 3.000_000_000_000_000_4);
        assert_eq!(super::cbrt(-8.0), -2.0);
        assert_eq!(super::cbrt(2.0), 1.259_921_049_894_873_4);
        assert!(super::cbrt(f64::NAN).is_nan());
        assert_eq!(super::cbrt(f64::NEG_INFINITY), f64::NEG_INFINITY);
        assert_eq!(super::cbrt(-0.0).to_bits(), (-0.0f64).to_bits());
    }
}
