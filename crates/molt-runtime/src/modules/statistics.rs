//! `statistics`, following Lib/statistics.py of CPython 3.11: mean, fmean, median,
//! median_low, median_high, mode, multimode, variance, pvariance, stdev, pstdev. Sums are
//! exact (Fractions) as in CPython, and the result type follows `_coerce` (int, Fraction,
//! float). StatisticsError is `ExcKind::StatisticsError`, a ValueError subclass whose
//! traceback line reads `statistics.StatisticsError: ...`.

use super::fractions::{Fraction, rational_of};
use super::stdc_util::{bind, list, unknown};
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::int::Int;
use crate::obj::CmpOp;
use crate::str::Str;
use crate::value::{BinOp, Value};

fn stat_err(msg: &str) -> PyErr {
    PyErr::msg(ExcKind::StatisticsError, msg)
}

/// The result type of `_coerce` over the data's types (Decimal is not supported).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum T {
    Int,
    Fraction,
    Float,
    Decimal,
}

fn type_of(v: &Value) -> PyResult<T> {
    match v {
        Value::Int(_) | Value::Bool(_) => Ok(T::Int),
        Value::Float(_) => Ok(T::Float),
        _ if super::stdc_util::as_obj::<Fraction>(v).is_some() => Ok(T::Fraction),
        _ if super::decimal::decimal_kind(v).is_some() => Ok(T::Decimal),
        _ => type_error(format!(
            "can't convert type '{}' to numerator/denominator",
            v.class_name()
        )),
    }
}

/// `_coerce(T, S)`: int gives way to anything, Fraction to float; Decimal mixes with
/// neither.
fn coerce(a: T, b: T) -> PyResult<T> {
    let name = |t: T| match t {
        T::Int => "int",
        T::Fraction => "Fraction",
        T::Float => "float",
        T::Decimal => "Decimal",
    };
    Ok(match (a, b) {
        (x, y) if x == y => x,
        (T::Int, y) => y,
        (x, T::Int) => x,
        (T::Decimal, y) | (y, T::Decimal) => {
            return type_error(format!(
                "don't know how to coerce {} and {}",
                name(a),
                name(if y == a { b } else { y })
            ));
        }
        _ => T::Float,
    })
}

/// `_exact_ratio`: Err(x) for a NaN or infinity (partials[None] in CPython).
fn exact_ratio(v: &Value) -> PyResult<Result<Fraction, f64>> {
    if let Value::Float(f) = v {
        if !f.is_finite() {
            return Ok(Err(*f));
        }
        return Ok(Ok(Fraction::from_f64(*f)?));
    }
    if let Some(finite) = super::decimal::decimal_kind(v) {
        if !finite {
            return Err(PyErr::msg(
                ExcKind::NotImplementedError,
                "molt: statistics on non-finite Decimals is not supported",
            ));
        }
        if let Some((n, d)) = super::decimal::as_integer_ratio(v)? {
            return Ok(Ok(Fraction::new(n, d)?));
        }
    }
    match rational_of(v) {
        Some(r) => Ok(Ok(r)),
        None => type_error(format!(
            "can't convert type '{}' to numerator/denominator",
            v.class_name()
        )),
    }
}

/// The total of `_sum`: exact, or the float sum of the non-finite values.
enum Total {
    Exact(Fraction),
    NonFinite(f64),
}

/// `_sum(data)`: (T, total, count).
fn sum(data: &[Value]) -> PyResult<(T, Total, usize)> {
    let mut t = T::Int;
    let mut exact = Fraction::from_int(Int::ZERO);
    let mut special: Option<f64> = None;
    for v in data {
        t = coerce(t, type_of(v)?)?;
        match exact_ratio(v)? {
            Ok(r) => exact = exact.add(&r)?,
            Err(f) => special = Some(special.map_or(f, |s| s + f)),
        }
    }
    let total = match special {
        Some(f) => Total::NonFinite(f),
        None => Total::Exact(exact),
    };
    Ok((t, total, data.len()))
}

/// `_convert(value, T)`.
fn convert(value: Fraction, t: T) -> PyResult<Value> {
    Ok(match t {
        T::Fraction => super::fractions::value(value),
        T::Int if value.d.eq_int(&Int::ONE) => Value::Int(value.n),
        // Decimal(numerator) / Decimal(denominator) in the current context.
        T::Decimal => crate::value::binop(
            BinOp::TrueDiv,
            &super::decimal::from_int_value(&value.n),
            &super::decimal::from_int_value(&value.d),
        )?,
        _ => Value::Float(value.to_f64()?),
    })
}

/// `_ss(data, c)`: (T, sum of squared deviations, count).
fn ss(data: &[Value], c: Option<&Value>) -> PyResult<(T, Total, usize)> {
    if let Some(c) = c {
        let mut sq = Vec::with_capacity(data.len());
        for x in data {
            let d = crate::value::binop(BinOp::Sub, x, c)?;
            sq.push(crate::value::binop(BinOp::Mul, &d, &d)?);
        }
        return sum(&sq);
    }
    let (t, ssd, _, n) = ss_mean(data)?;
    Ok((t, ssd, n))
}

/// `_ss(data)` without a center: (T, sum of squared deviations, exact mean, count). The
/// types are coerced after the pass, as CPython does (a value that is not a number raises
/// its TypeError first).
fn ss_mean(data: &[Value]) -> PyResult<(T, Total, Total, usize)> {
    let mut types: Vec<T> = vec![];
    let mut sx = Fraction::from_int(Int::ZERO);
    let mut sxx = Fraction::from_int(Int::ZERO);
    let mut special: Option<f64> = None;
    for v in data {
        let ty = type_of(v)?;
        if !types.contains(&ty) {
            types.push(ty);
        }
        match exact_ratio(v)? {
            Ok(r) => {
                sx = sx.add(&r)?;
                sxx = sxx.add(&r.mul(&r)?)?;
            }
            Err(f) => special = Some(special.map_or(f, |s| s + f)),
        }
    }
    let mut t = T::Int;
    for ty in types {
        t = coerce(t, ty)?;
    }
    let n = data.len();
    let zero = || Total::Exact(Fraction::from_int(Int::ZERO));
    if n == 0 {
        return Ok((t, zero(), zero(), 0));
    }
    if let Some(f) = special {
        return Ok((t, Total::NonFinite(f), Total::NonFinite(f), n));
    }
    let count = Fraction::from_int(Int::from(n));
    let ssd = count.mul(&sxx)?.sub(&sx.mul(&sx)?)?.div(&count)?;
    Ok((t, Total::Exact(ssd), Total::Exact(sx.div(&count)?), n))
}

/// `_mean_stdev(data)` (NormalDist.from_samples): the mean and the sample standard
/// deviation as floats, in one pass; whatever the data's type, the square root is the
/// correctly rounded float one. With a NaN or infinity both are float(xbar) based, as
/// CPython's AttributeError fallback gives.
fn mean_stdev(data: &[Value]) -> PyResult<Value> {
    let (_, ssd, xbar, n) = ss_mean(data)?;
    if n < 2 {
        return Err(stat_err("stdev requires at least two data points"));
    }
    let (mean, sigma) = match (ssd, xbar) {
        (Total::Exact(ssd), Total::Exact(xbar)) => {
            let mss = ssd.div(&Fraction::from_int(Int::from(n - 1)))?;
            (xbar.to_f64()?, float_sqrt_of_frac(&mss.n, &mss.d)?)
        }
        (ssd, xbar) => {
            let f = |t: Total| match t {
                Total::NonFinite(f) => f,
                Total::Exact(_) => f64::NAN,
            };
            let (x, s) = (f(xbar), f(ssd));
            (x, x / s)
        }
    };
    Ok(Value::Tuple(crate::tuple::Tup::from_vec(vec![
        Value::Float(mean),
        Value::Float(sigma),
    ])))
}

/// `total / n` converted to T.
fn divide(total: Total, n: usize, t: T) -> PyResult<Value> {
    match total {
        Total::Exact(f) => convert(f.div(&Fraction::from_int(Int::from(n)))?, t),
        Total::NonFinite(f) => Ok(Value::Float(f / n as f64)),
    }
}

/// `_float_sqrt_of_frac(n, m)`: the correctly rounded square root of n/m.
fn float_sqrt_of_frac(n: &Int, m: &Int) -> PyResult<f64> {
    fn rto(n: &Int, m: &Int) -> PyResult<Int> {
        let a = n.floordiv(m)?.isqrt()?;
        let inexact = !a.mul(&a).mul(m).eq_int(n);
        Ok(a.bitor(&Int::from(inexact)))
    }
    let q = Int::from(n.bit_length() - m.bit_length() - 109).floordiv(&Int::from(2))?;
    if !q.is_negative() {
        let num = rto(n, &m.shl(&q.mul(&Int::from(2)))?)?.shl(&q)?;
        num.truediv(&Int::ONE)
    } else {
        let num = rto(&n.shl(&q.neg().mul(&Int::from(2)))?, m)?;
        num.truediv(&Int::ONE.shl(&q.neg())?)
    }
}

fn sqrt_of(total: Total, n: usize, t: T) -> PyResult<Value> {
    if t == T::Decimal {
        return Err(PyErr::msg(
            ExcKind::NotImplementedError,
            "molt: stdev/pstdev of Decimals is not supported",
        ));
    }
    match total {
        Total::Exact(f) => {
            let mss = f.div(&Fraction::from_int(Int::from(n)))?;
            if mss.n.is_negative() {
                // math.isqrt's error, as CPython reaches it.
                return Err(PyErr::msg(
                    ExcKind::ValueError,
                    "isqrt() argument must be nonnegative",
                ));
            }
            Ok(Value::Float(float_sqrt_of_frac(&mss.n, &mss.d)?))
        }
        // CPython takes `.numerator` of a float here.
        Total::NonFinite(_) => Err(PyErr::msg(
            ExcKind::AttributeError,
            "'float' object has no attribute 'numerator'",
        )),
    }
}

fn sorted(data: Value) -> PyResult<Vec<Value>> {
    let mut v = data.to_vec()?;
    crate::sort::sort_stable(&mut v, false, |a, b| a.compare(b, CmpOp::Lt))?;
    Ok(v)
}

/// Counts of hashable items in first-seen order (collections.Counter).
fn counts(data: &[Value]) -> PyResult<Vec<(Value, i64)>> {
    let d: Dict<Value, Value> = Dict::new();
    for v in data {
        let c = match d.get(v)? {
            Some(Value::Int(i)) => i.as_i64().unwrap_or(0),
            _ => 0,
        };
        d.setitem(v.clone(), Value::int(c + 1))?;
    }
    Ok(d.items_vec()
        .into_iter()
        .map(|(k, v)| (k, v.as_int().and_then(|i| i.as_i64()).unwrap_or(0)))
        .collect())
}

fn one(fname: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let a = bind(fname, &["data"], 1, args, kwargs)?;
    Ok(a[0].clone().unwrap_or_default())
}

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "mean" => {
            let data = one(name, args, kwargs)?.to_vec()?;
            let (t, total, n) = sum(&data)?;
            if n < 1 {
                return Err(stat_err("mean requires at least one data point"));
            }
            divide(total, n, t)
        }
        "fmean" => {
            let a = bind("fmean", &["data", "weights"], 1, args, kwargs)?;
            let data = a[0].clone().unwrap_or_default().to_vec()?;
            let floats =
                |v: &[Value]| -> PyResult<Vec<f64>> { v.iter().map(crate::math::real).collect() };
            match a[1].clone().filter(|w| !w.is_none()) {
                None => {
                    let total = crate::math::fsum(&floats(&data)?)?;
                    if data.is_empty() {
                        return Err(stat_err("fmean requires at least one data point"));
                    }
                    Ok(Value::Float(total / data.len() as f64))
                }
                Some(w) => {
                    let w = w.to_vec()?;
                    let mut prods = Vec::new();
                    for (x, y) in data.iter().zip(&w) {
                        prods.push(crate::value::binop(BinOp::Mul, x, y)?);
                    }
                    let num = crate::math::fsum(&floats(&prods)?)?;
                    if data.len() != w.len() {
                        return Err(stat_err("data and weights must be the same length"));
                    }
                    let den = crate::math::fsum(&floats(&w)?)?;
                    if den == 0.0 {
                        return Err(stat_err("sum of weights must be non-zero"));
                    }
                    Ok(Value::Float(num / den))
                }
            }
        }
        "median" | "median_low" | "median_high" => {
            let data = sorted(one(name, args, kwargs)?)?;
            let n = data.len();
            if n == 0 {
                return Err(stat_err("no median for empty data"));
            }
            Ok(match name {
                "median_high" => data[n / 2].clone(),
                _ if n % 2 == 1 => data[n / 2].clone(),
                "median_low" => data[n / 2 - 1].clone(),
                _ => {
                    let s = crate::value::binop(BinOp::Add, &data[n / 2 - 1], &data[n / 2])?;
                    crate::value::binop(BinOp::TrueDiv, &s, &Value::int(2))?
                }
            })
        }
        "median_grouped" => {
            // statistics.py (3.11.7): the median of grouped continuous data, interpolated
            // within the class interval around the middle value, in floats.
            let a = bind("median_grouped", &["data", "interval"], 1, args, kwargs)?;
            let data = sorted(a[0].clone().unwrap_or_default())?;
            let n = data.len();
            if n == 0 {
                return Err(stat_err("no median for empty data"));
            }
            let x = &data[n / 2];
            // bisect_left, then bisect_right from there.
            let mut i = 0;
            while i < n && data[i].compare(x, CmpOp::Lt)? {
                i += 1;
            }
            let mut j = i;
            while j < n && !x.compare(&data[j], CmpOp::Lt)? {
                j += 1;
            }
            let to_float = |v: Value| -> PyResult<f64> {
                match crate::builtins::call_builtin_kw("float", vec![v], vec![]) {
                    Ok(Value::Float(f)) => Ok(f),
                    Ok(_) => type_error("Value cannot be converted to a float"),
                    Err(e) if e.matches(ExcKind::ValueError) => {
                        type_error("Value cannot be converted to a float")
                    }
                    Err(e) => Err(e),
                }
            };
            let interval = to_float(a[1].clone().unwrap_or(Value::int(1)))?;
            let x = to_float(x.clone())?;
            let lower = x - interval / 2.0;
            let cf = i as f64;
            let f = (j - i) as f64;
            Ok(Value::Float(lower + interval * (n as f64 / 2.0 - cf) / f))
        }
        "mode" => {
            let data = one(name, args, kwargs)?.to_vec()?;
            let c = counts(&data)?;
            let mut best: Option<(Value, i64)> = None;
            for (k, n) in c {
                if best.as_ref().is_none_or(|(_, b)| n > *b) {
                    best = Some((k, n));
                }
            }
            best.map(|(k, _)| k)
                .ok_or_else(|| stat_err("no mode for empty data"))
        }
        "multimode" => {
            let data = one(name, args, kwargs)?.to_vec()?;
            let c = counts(&data)?;
            let max = c.iter().map(|(_, n)| *n).max().unwrap_or(0);
            Ok(list(
                c.into_iter()
                    .filter(|(_, n)| *n == max)
                    .map(|(k, _)| k)
                    .collect(),
            ))
        }
        "variance" | "pvariance" | "stdev" | "pstdev" => {
            let center = if name.starts_with('p') { "mu" } else { "xbar" };
            let a = bind(name, &["data", center], 1, args, kwargs)?;
            let data = a[0].clone().unwrap_or_default().to_vec()?;
            let c = a[1].clone().filter(|v| !v.is_none());
            let (t, total, n) = ss(&data, c.as_ref())?;
            let sample = !name.starts_with('p');
            if sample && n < 2 {
                return Err(stat_err(&format!(
                    "{name} requires at least two data points"
                )));
            }
            if !sample && n < 1 {
                return Err(stat_err(&format!(
                    "{name} requires at least one data point"
                )));
            }
            let dof = if sample { n - 1 } else { n };
            if name.ends_with("stdev") {
                sqrt_of(total, dof, t)
            } else {
                divide(total, dof, t)
            }
        }
        "_mean_stdev" => {
            let data = one(name, args, kwargs)?.to_vec()?;
            mean_stdev(&data)
        }
        "quantiles" => {
            let a = bind("quantiles", &["data", "n", "method"], 1, args, kwargs)?;
            let n = match &a[1] {
                Some(v) => super::stdc_util::index_of(v)?,
                None => Int::from(4),
            };
            if n.lt(&Int::ONE) {
                return Err(stat_err("n must be at least 1"));
            }
            let data = sorted(a[0].clone().unwrap_or_default())?;
            let ld = data.len() as i64;
            if ld < 2 {
                return Err(stat_err("must have at least two data points"));
            }
            let method = match &a[2] {
                None => "exclusive".to_string(),
                Some(Value::Str(m)) => m.as_str().to_string(),
                Some(v) => {
                    let mut r = String::new();
                    crate::obj::PyObj::py_repr(v, &mut r)?;
                    return Err(PyErr::msg(
                        ExcKind::ValueError,
                        format!("Unknown method: {r}"),
                    ));
                }
            };
            let n = n.as_i64().unwrap_or(i64::MAX);
            let interp = |lo: &Value, hi: &Value, delta: i64| -> PyResult<Value> {
                let a = crate::value::binop(BinOp::Mul, lo, &Value::int(n - delta))?;
                let b = crate::value::binop(BinOp::Mul, hi, &Value::int(delta))?;
                let s = crate::value::binop(BinOp::Add, &a, &b)?;
                crate::value::binop(BinOp::TrueDiv, &s, &Value::int(n))
            };
            let mut out = Vec::new();
            match method.as_str() {
                "inclusive" => {
                    let m = ld - 1;
                    for i in 1..n {
                        let (j, delta) = ((i * m).div_euclid(n), (i * m).rem_euclid(n));
                        out.push(interp(&data[j as usize], &data[j as usize + 1], delta)?);
                    }
                }
                "exclusive" => {
                    let m = ld + 1;
                    for i in 1..n {
                        let j = ((i * m).div_euclid(n)).clamp(1, ld - 1);
                        let delta = i * m - j * n;
                        out.push(interp(&data[j as usize - 1], &data[j as usize], delta)?);
                    }
                }
                _ => {
                    let mut r = String::new();
                    crate::str::repr_str_into(&method, &mut r);
                    return Err(PyErr::msg(
                        ExcKind::ValueError,
                        format!("Unknown method: {r}"),
                    ));
                }
            }
            Ok(list(out))
        }
        "geometric_mean" => {
            let data = one(name, args, kwargs)?.to_vec()?;
            let mut logs = Vec::with_capacity(data.len());
            let fail = || {
                stat_err("geometric mean requires a non-empty dataset containing positive numbers")
            };
            for x in &data {
                let f = crate::math::real(x)?;
                if f.is_nan() {
                    logs.push(f);
                    continue;
                }
                if f <= 0.0 {
                    return Err(fail());
                }
                logs.push(f.ln());
            }
            if logs.is_empty() {
                return Err(fail());
            }
            let m = crate::math::fsum(&logs)? / logs.len() as f64;
            Ok(Value::Float(m.exp()))
        }
        "harmonic_mean" => {
            let a = bind("harmonic_mean", &["data", "weights"], 1, args, kwargs)?;
            let data = a[0].clone().unwrap_or_default().to_vec()?;
            let errmsg = "harmonic mean does not support negative values";
            let n = data.len();
            let weights = a[1].clone().filter(|w| !w.is_none());
            if n < 1 {
                return Err(stat_err("harmonic_mean requires at least one data point"));
            }
            if n == 1 && weights.is_none() {
                let x = &data[0];
                let real = matches!(x, Value::Int(_) | Value::Bool(_) | Value::Float(_))
                    || type_of(x).is_ok();
                if !real {
                    return type_error("unsupported type");
                }
                if x.compare(&Value::int(0), CmpOp::Lt)? {
                    return Err(stat_err(errmsg));
                }
                return Ok(x.clone());
            }
            let (ws, sum_weights) = match weights {
                None => (vec![Value::int(1); n], Fraction::from_int(Int::from(n))),
                Some(w) => {
                    let ws = w.to_vec()?;
                    if ws.len() != n {
                        return Err(stat_err("Number of weights does not match data size"));
                    }
                    for w in &ws {
                        if w.compare(&Value::int(0), CmpOp::Lt)? {
                            return Err(stat_err(errmsg));
                        }
                    }
                    match sum(&ws)?.1 {
                        Total::Exact(f) => (ws, f),
                        Total::NonFinite(_) => {
                            return Err(PyErr::msg(
                                ExcKind::NotImplementedError,
                                "molt: non-finite weights are not supported",
                            ));
                        }
                    }
                }
            };
            let mut terms = Vec::with_capacity(n);
            for (w, x) in ws.iter().zip(&data) {
                if x.compare(&Value::int(0), CmpOp::Lt)? {
                    return Err(stat_err(errmsg));
                }
                if !w.try_truthy()? {
                    terms.push(Value::int(0));
                    continue;
                }
                match crate::value::binop(BinOp::TrueDiv, w, x) {
                    Ok(v) => terms.push(v),
                    Err(e) if e.matches(ExcKind::ZeroDivisionError) => return Ok(Value::int(0)),
                    Err(e) => return Err(e),
                }
            }
            let (t, total, _) = sum(&terms)?;
            match total {
                Total::Exact(total) => {
                    if !total.n.gt(&Int::ZERO) {
                        return Err(stat_err("Weighted sum must be positive"));
                    }
                    convert(sum_weights.div(&total)?, t)
                }
                Total::NonFinite(f) => {
                    if f.is_nan() || f <= 0.0 {
                        return Err(stat_err("Weighted sum must be positive"));
                    }
                    Ok(Value::Float(sum_weights.to_f64()? / f))
                }
            }
        }
        "covariance" | "correlation" | "linear_regression" => bivariate(name, args, kwargs),
        _ => Err(unknown("statistics", name)),
    }
}

/// `covariance`, `correlation` and `linear_regression` (3.11's Lib/statistics.py): the
/// means by `fsum`, the deviations and products with Python's operators on the items
/// (so a Decimal among floats raises its TypeError), their sums by `fsum`.
fn bivariate(name: &str, args: Vec<Value>, mut kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let mut proportional = false;
    if name == "linear_regression"
        && let Some(i) = kwargs
            .iter()
            .position(|(k, _)| k.as_str() == "proportional")
    {
        proportional = kwargs.remove(i).1.try_truthy()?;
    }
    let a = bind(name, &["x", "y"], 2, args, kwargs)?;
    let (x, y) = (
        a[0].clone().unwrap_or_default(),
        a[1].clone().unwrap_or_default(),
    );
    let what = if name == "linear_regression" {
        "linear regression"
    } else {
        name
    };
    let n = x.len()?;
    if y.len()? != n {
        return Err(stat_err(&format!(
            "{what} requires that both inputs have same number of data points"
        )));
    }
    if n < 2 {
        return Err(stat_err(&format!(
            "{what} requires at least two data points"
        )));
    }
    let (xs, ys) = (x.to_vec()?, y.to_vec()?);
    let fsum_of = |vals: &[Value]| -> PyResult<f64> {
        let fs = vals
            .iter()
            .map(crate::math::real)
            .collect::<PyResult<Vec<f64>>>()?;
        crate::math::fsum(&fs)
    };
    let sub = |a: &Value, b: f64| crate::value::binop(BinOp::Sub, a, &Value::Float(b));
    let mul = |a: &Value, b: &Value| crate::value::binop(BinOp::Mul, a, b);
    let products = |f: &dyn Fn(&Value, &Value) -> PyResult<Value>,
                    a: &[Value],
                    b: &[Value]|
     -> PyResult<f64> {
        let v = a
            .iter()
            .zip(b)
            .map(|(p, q)| f(p, q))
            .collect::<PyResult<Vec<Value>>>()?;
        fsum_of(&v)
    };
    let squares = |a: &[Value], bar: f64| -> PyResult<f64> {
        let v = a
            .iter()
            .map(|p| sub(p, bar).and_then(|d| mul(&d, &d)))
            .collect::<PyResult<Vec<Value>>>()?;
        fsum_of(&v)
    };
    let nf = n as f64;
    if proportional {
        let sxy = products(&|p, q| mul(p, q), &xs, &ys)?;
        let sxx = products(&|p, q| mul(p, q), &xs, &xs)?;
        if sxx == 0.0 {
            return Err(stat_err("x is constant"));
        }
        return linear_regression_result(sxy / sxx, 0.0);
    }
    let xbar = fsum_of(&xs)? / nf;
    let ybar = fsum_of(&ys)? / nf;
    let sxy = products(&|p, q| mul(&sub(p, xbar)?, &sub(q, ybar)?), &xs, &ys)?;
    match name {
        "covariance" => Ok(Value::Float(sxy / (nf - 1.0))),
        "correlation" => {
            let sxx = squares(&xs, xbar)?;
            let syy = squares(&ys, ybar)?;
            let den = (sxx * syy).sqrt();
            if den == 0.0 {
                return Err(stat_err("at least one of the inputs is constant"));
            }
            Ok(Value::Float(sxy / den))
        }
        _ => {
            let sxx = squares(&xs, xbar)?;
            if sxx == 0.0 {
                return Err(stat_err("x is constant"));
            }
            let slope = sxy / sxx;
            linear_regression_result(slope, ybar - slope * xbar)
        }
    }
}

thread_local! {
    /// `statistics.LinearRegression`, made on first use.
    static LINEAR_REGRESSION: std::cell::OnceCell<Value> = const { std::cell::OnceCell::new() };
}

fn linear_regression_class() -> PyResult<Value> {
    if let Some(c) = LINEAR_REGRESSION.with(|c| c.get().cloned()) {
        return Ok(c);
    }
    let c = crate::class::namedtuple::namedtuple(
        vec![
            Value::str("LinearRegression"),
            Value::str("slope intercept"),
        ],
        vec![(Str::new("module"), Value::str("statistics"))],
    )?;
    LINEAR_REGRESSION.with(|cell| {
        let _ = cell.set(c.clone());
    });
    Ok(c)
}

fn linear_regression_result(slope: f64, intercept: f64) -> PyResult<Value> {
    let cls = linear_regression_class()?;
    crate::func::call(
        &cls,
        vec![Value::Float(slope), Value::Float(intercept)],
        vec![],
    )
}

pub fn attr(name: &str) -> PyResult<Value> {
    Err(unknown("statistics", name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqrt_of_frac() {
        let r = float_sqrt_of_frac(&Int::from(2), &Int::from(1)).unwrap_or(0.0);
        assert_eq!(r, std::f64::consts::SQRT_2);
        let r = float_sqrt_of_frac(&Int::from(35), &Int::from(2)).unwrap_or(0.0);
        assert_eq!(r, 4.183300132670378);
    }
}
