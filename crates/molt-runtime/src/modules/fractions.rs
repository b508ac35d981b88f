//! `fractions.Fraction`, following Lib/fractions.py of CPython 3.11: construction from
//! int, str, float and Fraction, the arithmetic operators with ints and floats (float
//! operands fall back to float arithmetic), comparisons, hash, repr/str, limit_denominator.

use super::stdc_util::{bind, class, obj, tuple, unknown};
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::int::Int;
use crate::obj::CmpOp;
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::{BinOp, Value};
use std::any::Any;
use std::cmp::Ordering;

#[derive(Clone, Debug)]
pub struct Fraction {
    pub n: Int,
    pub d: Int,
}

const HASH_MODULUS: i64 = (1 << 61) - 1;
const HASH_INF: i64 = 314159;

fn zero_den(n: &Int) -> PyErr {
    PyErr::msg(ExcKind::ZeroDivisionError, format!("Fraction({n:?}, 0)"))
}

impl Fraction {
    /// `Fraction(n, d)`: reduced, with a positive denominator.
    pub fn new(n: Int, d: Int) -> PyResult<Fraction> {
        if d.is_zero() {
            return Err(zero_den(&n));
        }
        let mut g = n.gcd(&d);
        if d.is_negative() {
            g = g.neg();
        }
        Ok(Fraction {
            n: n.floordiv(&g)?,
            d: d.floordiv(&g)?,
        })
    }

    /// `Fraction(n, d, _normalize=False)`: already reduced.
    fn raw(n: Int, d: Int) -> PyResult<Fraction> {
        if d.is_zero() {
            return Err(zero_den(&n));
        }
        Ok(Fraction { n, d })
    }

    pub fn from_int(i: Int) -> Fraction {
        Fraction { n: i, d: Int::ONE }
    }

    pub fn from_f64(x: f64) -> PyResult<Fraction> {
        let (n, d) = crate::float::as_integer_ratio(x)?;
        Ok(Fraction { n, d })
    }

    /// Construction from a string (the `_RATIONAL_FORMAT` regex of fractions.py).
    pub fn parse(text: &str) -> PyResult<Fraction> {
        let invalid = || {
            let mut r = String::new();
            crate::str::repr_str_into(text, &mut r);
            PyErr::msg(
                ExcKind::ValueError,
                format!("Invalid literal for Fraction: {r}"),
            )
        };
        let chars: Vec<char> = text.chars().collect();
        let mut lo = 0;
        let mut hi = chars.len();
        while lo < hi && crate::str::is_py_whitespace(chars[lo]) {
            lo += 1;
        }
        while hi > lo && crate::str::is_py_whitespace(chars[hi - 1]) {
            hi -= 1;
        }
        let c = &chars[lo..hi];
        let mut i = 0;
        let neg = match c.first() {
            Some('-') => {
                i += 1;
                true
            }
            Some('+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let is_digit = |ch: char| crate::int_ops::decimal_digit_value(ch).is_some();
        // Lookahead: a digit, or '.' then a digit.
        match (c.get(i), c.get(i + 1)) {
            (Some(&d), _) if is_digit(d) => {}
            (Some('.'), Some(&d)) if is_digit(d) => {}
            _ => return Err(invalid()),
        }
        // `\d+(_\d+)*` from position i: the end of the longest match.
        let digits_us = |from: usize| -> usize {
            let mut j = from;
            if !c.get(j).is_some_and(|&ch| is_digit(ch)) {
                return from;
            }
            while c.get(j).is_some_and(|&ch| is_digit(ch)) {
                j += 1;
            }
            while c.get(j) == Some(&'_') && c.get(j + 1).is_some_and(|&ch| is_digit(ch)) {
                j += 1;
                while c.get(j).is_some_and(|&ch| is_digit(ch)) {
                    j += 1;
                }
            }
            j
        };
        let num_end = digits_us(i);
        let num: String = c[i..num_end].iter().collect();
        i = num_end;
        let mut numerator = if num.is_empty() {
            Int::ZERO
        } else {
            Int::parse(&num, 10)?
        };
        let mut denominator = Int::ONE;
        if c.get(i) == Some(&'/') {
            let e = digits_us(i + 1);
            if e == i + 1 || e != c.len() {
                return Err(invalid());
            }
            let den: String = c[i + 1..e].iter().collect();
            denominator = Int::parse(&den, 10)?;
        } else {
            let mut decimal = String::new();
            if c.get(i) == Some(&'.') {
                i += 1;
                // `d*|\d+(_\d+)*`: 3.11's pattern has a literal `d*` (IGNORECASE) first.
                let mut j = i;
                while c.get(j).is_some_and(|ch| *ch == 'd' || *ch == 'D') {
                    j += 1;
                }
                let rest_ok = |k: usize| k == c.len() || (matches!(c.get(k), Some('e' | 'E')));
                if j > i && rest_ok(j) {
                    decimal = c[i..j].iter().collect();
                    i = j;
                } else {
                    let e = digits_us(i);
                    decimal = c[i..e].iter().collect();
                    i = e;
                }
            }
            let mut exp = None;
            if matches!(c.get(i), Some('e' | 'E')) {
                let mut j = i + 1;
                if matches!(c.get(j), Some('+' | '-')) {
                    j += 1;
                }
                let e = digits_us(j);
                if e == j {
                    return Err(invalid());
                }
                exp = Some(c[i + 1..e].iter().collect::<String>());
                i = e;
            }
            if i != c.len() {
                return Err(invalid());
            }
            if !decimal.is_empty() {
                let decimal = decimal.replace('_', "");
                let scale = Int::from(10).pow(&Int::from(decimal.chars().count()))?;
                numerator = numerator.mul(&scale).add(&Int::parse(&decimal, 10)?);
                denominator = denominator.mul(&scale);
            }
            if let Some(exp) = exp {
                let e = Int::parse(&exp, 10)?;
                if e.is_negative() {
                    denominator = denominator.mul(&Int::from(10).pow(&e.neg())?);
                } else {
                    numerator = numerator.mul(&Int::from(10).pow(&e)?);
                }
            }
        }
        if i != c.len() && c.get(i) != Some(&'/') {
            return Err(invalid());
        }
        if neg {
            numerator = numerator.neg();
        }
        Fraction::new(numerator, denominator)
    }

    /// `float(self)`: a correctly rounded int division.
    pub fn to_f64(&self) -> PyResult<f64> {
        self.n.truediv(&self.d)
    }

    pub fn cmp_frac(&self, o: &Fraction) -> Ordering {
        self.n.mul(&o.d).cmp_int(&o.n.mul(&self.d))
    }

    pub fn add(&self, b: &Fraction) -> PyResult<Fraction> {
        addsub(self, b, false)
    }

    pub fn sub(&self, b: &Fraction) -> PyResult<Fraction> {
        addsub(self, b, true)
    }

    /// `_mul`.
    pub fn mul(&self, b: &Fraction) -> PyResult<Fraction> {
        let (mut na, mut da, mut nb, mut db) =
            (self.n.clone(), self.d.clone(), b.n.clone(), b.d.clone());
        let g1 = na.gcd(&db);
        if g1.gt(&Int::ONE) {
            na = na.floordiv(&g1)?;
            db = db.floordiv(&g1)?;
        }
        let g2 = nb.gcd(&da);
        if g2.gt(&Int::ONE) {
            nb = nb.floordiv(&g2)?;
            da = da.floordiv(&g2)?;
        }
        Fraction::raw(na.mul(&nb), db.mul(&da))
    }

    /// `_div`.
    pub fn div(&self, b: &Fraction) -> PyResult<Fraction> {
        let (mut na, mut da, mut nb, mut db) =
            (self.n.clone(), self.d.clone(), b.n.clone(), b.d.clone());
        let g1 = na.gcd(&nb);
        if g1.gt(&Int::ONE) {
            na = na.floordiv(&g1)?;
            nb = nb.floordiv(&g1)?;
        }
        let g2 = db.gcd(&da);
        if g2.gt(&Int::ONE) {
            da = da.floordiv(&g2)?;
            db = db.floordiv(&g2)?;
        }
        let (mut n, mut d) = (na.mul(&db), nb.mul(&da));
        if d.is_negative() {
            n = n.neg();
            d = d.neg();
        }
        Fraction::raw(n, d)
    }

    pub fn floordiv(&self, b: &Fraction) -> PyResult<Int> {
        self.n.mul(&b.d).floordiv(&self.d.mul(&b.n))
    }

    pub fn modulo(&self, b: &Fraction) -> PyResult<Fraction> {
        let (da, db) = (&self.d, &b.d);
        Fraction::new(self.n.mul(db).modulo(&b.n.mul(da))?, da.mul(db))
    }

    /// `a ** b` for an int exponent.
    pub fn pow_int(&self, p: &Int) -> PyResult<Fraction> {
        if !p.is_negative() {
            Fraction::raw(self.n.pow(p)?, self.d.pow(p)?)
        } else if !self.n.is_negative() {
            let q = p.neg();
            Fraction::raw(self.d.pow(&q)?, self.n.pow(&q)?)
        } else {
            let q = p.neg();
            Fraction::raw(self.d.neg().pow(&q)?, self.n.neg().pow(&q)?)
        }
    }

    pub fn neg(&self) -> Fraction {
        Fraction {
            n: self.n.neg(),
            d: self.d.clone(),
        }
    }

    pub fn abs(&self) -> Fraction {
        Fraction {
            n: self.n.abs(),
            d: self.d.clone(),
        }
    }

    /// `__trunc__` / `int(self)`.
    pub fn trunc(&self) -> PyResult<Int> {
        if self.n.is_negative() {
            Ok(self.n.neg().floordiv(&self.d)?.neg())
        } else {
            self.n.floordiv(&self.d)
        }
    }

    pub fn floor(&self) -> PyResult<Int> {
        self.n.floordiv(&self.d)
    }

    pub fn ceil(&self) -> PyResult<Int> {
        Ok(self.n.neg().floordiv(&self.d)?.neg())
    }

    /// `round(self)`: half to even.
    pub fn round(&self) -> PyResult<Int> {
        let (floor, rem) = self.n.divmod(&self.d)?;
        let twice = rem.mul(&Int::from(2));
        Ok(match twice.cmp_int(&self.d) {
            Ordering::Less => floor,
            Ordering::Greater => floor.add(&Int::ONE),
            Ordering::Equal => {
                if floor.is_odd() {
                    floor.add(&Int::ONE)
                } else {
                    floor
                }
            }
        })
    }

    /// `round(self, ndigits)`.
    pub fn round_ndigits(&self, nd: &Int) -> PyResult<Fraction> {
        let shift = Int::from(10).pow(&nd.abs())?;
        if nd.gt(&Int::ZERO) {
            Fraction::new(
                self.mul(&Fraction::from_int(shift.clone()))?.round()?,
                shift,
            )
        } else {
            let r = self.div(&Fraction::from_int(shift.clone()))?.round()?;
            Ok(Fraction::from_int(r.mul(&shift)))
        }
    }

    /// `limit_denominator(max_denominator)`.
    pub fn limit_denominator(&self, max_d: &Int) -> PyResult<Fraction> {
        if max_d.lt(&Int::ONE) {
            return value_error("max_denominator should be at least 1");
        }
        if self.d.le(max_d) {
            return Ok(self.clone());
        }
        let (mut p0, mut q0, mut p1, mut q1) = (Int::ZERO, Int::ONE, Int::ONE, Int::ZERO);
        let (mut n, mut d) = (self.n.clone(), self.d.clone());
        loop {
            let a = n.floordiv(&d)?;
            let q2 = q0.add(&a.mul(&q1));
            if q2.gt(max_d) {
                break;
            }
            let np1 = p0.add(&a.mul(&p1));
            p0 = p1;
            q0 = q1;
            p1 = np1;
            q1 = q2;
            let nd = n.sub(&a.mul(&d));
            n = d;
            d = nd;
        }
        let k = max_d.sub(&q0).floordiv(&q1)?;
        let bound1 = Fraction::new(p0.add(&k.mul(&p1)), q0.add(&k.mul(&q1)))?;
        let bound2 = Fraction::new(p1, q1)?;
        if bound2.sub(self)?.abs().cmp_frac(&bound1.sub(self)?.abs()) != Ordering::Greater {
            Ok(bound2)
        } else {
            Ok(bound1)
        }
    }

    /// `hash(self)` (Fraction.__hash__).
    pub fn hash(&self) -> PyResult<i64> {
        let m = Int::from(HASH_MODULUS);
        let h = if self.d.modulo(&m)?.is_zero() {
            HASH_INF
        } else {
            let dinv = self.d.pow_mod(&Int::from(HASH_MODULUS - 2), &m)?;
            let ha = Int::from(crate::hash::hash_int(&self.n.abs()));
            crate::hash::hash_int(&ha.mul(&dinv))
        };
        let r = if self.n.is_negative() { -h } else { h };
        Ok(if r == -1 { -2 } else { r })
    }

    pub fn repr(&self) -> String {
        format!("Fraction({:?}, {:?})", self.n, self.d)
    }

    pub fn str(&self) -> String {
        if self.d.eq_int(&Int::ONE) {
            format!("{:?}", self.n)
        } else {
            format!("{:?}/{:?}", self.n, self.d)
        }
    }
}

/// `_add` / `_sub`.
fn addsub(a: &Fraction, b: &Fraction, sub: bool) -> PyResult<Fraction> {
    let (na, da, nb, db) = (&a.n, &a.d, &b.n, &b.d);
    let comb = |x: Int, y: Int| if sub { x.sub(&y) } else { x.add(&y) };
    let g = da.gcd(db);
    if g.eq_int(&Int::ONE) {
        return Fraction::raw(comb(na.mul(db), da.mul(nb)), da.mul(db));
    }
    let s = da.floordiv(&g)?;
    let t = comb(na.mul(&db.floordiv(&g)?), nb.mul(&s));
    let g2 = t.gcd(&g);
    if g2.eq_int(&Int::ONE) {
        return Fraction::raw(t, s.mul(db));
    }
    Fraction::raw(t.floordiv(&g2)?, s.mul(&db.floordiv(&g2)?))
}

/// An int, bool or Fraction operand as a Fraction (`isinstance(b, (int, Fraction))`).
pub fn rational_of(v: &Value) -> Option<Fraction> {
    if let Some(i) = v.as_int() {
        return Some(Fraction::from_int(i));
    }
    super::stdc_util::as_obj::<Fraction>(v).cloned()
}

pub fn value(f: Fraction) -> Value {
    obj(f)
}

fn float_fallback(op: BinOp, a: f64, b: f64) -> PyResult<Value> {
    crate::value::binop(op, &Value::Float(a), &Value::Float(b))
}

fn cmp_op(o: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

impl Object for Fraction {
    fn type_name(&self) -> &'static str {
        "Fraction"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&self.repr());
        Ok(())
    }
    fn str_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&self.str());
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        if let Some(b) = rational_of(other) {
            return Ok(Some(self.n.eq_int(&b.n) && self.d.eq_int(&b.d)));
        }
        if let Value::Float(f) = other {
            if !f.is_finite() {
                return Ok(Some(false));
            }
            let b = Fraction::from_f64(*f)?;
            return Ok(Some(self.n.eq_int(&b.n) && self.d.eq_int(&b.d)));
        }
        Ok(None)
    }
    fn compare(&self, _this: &ObjRef, other: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        if let Some(b) = rational_of(other) {
            return Ok(Some(cmp_op(self.cmp_frac(&b), op)));
        }
        if let Value::Float(f) = other {
            if !f.is_finite() {
                return Ok(Some(Value::Float(0.0).compare(other, op)?));
            }
            return Ok(Some(cmp_op(self.cmp_frac(&Fraction::from_f64(*f)?), op)));
        }
        Ok(None)
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        Fraction::hash(self)
    }
    fn truthy(&self, _this: &ObjRef) -> PyResult<bool> {
        Ok(!self.n.is_zero())
    }
    fn binop(
        &self,
        _this: &ObjRef,
        op: BinOp,
        other: &Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        if op == BinOp::Pow {
            return if reflected {
                self.rpow(other).map(Some)
            } else {
                self.pow(other)
            };
        }
        if !matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod
        ) {
            return Ok(None);
        }
        if let Some(b) = rational_of(other) {
            let (x, y) = if reflected { (&b, self) } else { (self, &b) };
            return Ok(Some(match op {
                BinOp::Add => value(x.add(y)?),
                BinOp::Sub => value(x.sub(y)?),
                BinOp::Mul => value(x.mul(y)?),
                BinOp::TrueDiv => value(x.div(y)?),
                BinOp::FloorDiv => Value::Int(x.floordiv(y)?),
                _ => value(x.modulo(y)?),
            }));
        }
        if let Value::Float(f) = other {
            let me = self.to_f64()?;
            let (x, y) = if reflected { (*f, me) } else { (me, *f) };
            return float_fallback(op, x, y).map(Some);
        }
        Ok(None)
    }
    fn unary(&self, _this: &ObjRef, op: &str) -> PyResult<Value> {
        match op {
            "-" => Ok(value(self.neg())),
            "+" => Ok(value(self.clone())),
            "abs" => Ok(value(self.abs())),
            _ => type_error(format!("bad operand type for unary {op}: 'Fraction'")),
        }
    }
    fn convert(&self, _this: &ObjRef, to: &str) -> PyResult<Option<Value>> {
        Ok(match to {
            "int" => Some(Value::Int(self.trunc()?)),
            "float" => Some(Value::Float(self.to_f64()?)),
            "floor" => Some(Value::Int(self.floor()?)),
            "ceil" => Some(Value::Int(self.ceil()?)),
            "trunc" => Some(Value::Int(self.trunc()?)),
            _ => None,
        })
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "numerator" => Ok(Value::Int(self.n.clone())),
            "denominator" => Ok(Value::Int(self.d.clone())),
            "real" => Ok(value(self.clone())),
            "imag" => Ok(Value::int(0)),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'Fraction' object has no attribute '{name}'"),
            )),
        }
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            "limit_denominator" => {
                let a = bind("limit_denominator", &["max_denominator"], 0, args, kwargs)?;
                let m = match &a[0] {
                    None => Int::from(1_000_000),
                    Some(v) => match v.as_int() {
                        Some(i) => i,
                        None => {
                            return type_error(format!(
                                "'<' not supported between instances of '{}' and 'int'",
                                v.class_name()
                            ));
                        }
                    },
                };
                Ok(value(self.limit_denominator(&m)?))
            }
            "as_integer_ratio" => {
                bind("as_integer_ratio", &[], 0, args, kwargs)?;
                Ok(tuple(vec![
                    Value::Int(self.n.clone()),
                    Value::Int(self.d.clone()),
                ]))
            }
            "__round__" => {
                let a = bind("__round__", &["ndigits"], 0, args, kwargs)?;
                match a[0].as_ref().filter(|v| !v.is_none()) {
                    None => Ok(Value::Int(self.round()?)),
                    Some(v) => {
                        let nd = super::stdc_util::index_of(v)?;
                        Ok(value(self.round_ndigits(&nd)?))
                    }
                }
            }
            "__floor__" | "__ceil__" | "__trunc__" | "__int__" | "__float__" => {
                bind(name, &[], 0, args, kwargs)?;
                Ok(self
                    .convert(_this, name.trim_matches('_'))?
                    .unwrap_or(Value::None))
            }
            "conjugate" => {
                bind("conjugate", &[], 0, args, kwargs)?;
                Ok(value(self.clone()))
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'Fraction' object has no attribute '{name}'"),
            )),
        }
    }
}

impl Fraction {
    /// `self ** other` (Fraction.__pow__).
    fn pow(&self, other: &Value) -> PyResult<Option<Value>> {
        if let Some(b) = rational_of(other) {
            if b.d.eq_int(&Int::ONE) {
                return Ok(Some(value(self.pow_int(&b.n)?)));
            }
            return float_fallback(BinOp::Pow, self.to_f64()?, b.to_f64()?).map(Some);
        }
        if let Value::Float(f) = other {
            return float_fallback(BinOp::Pow, self.to_f64()?, *f).map(Some);
        }
        Ok(None)
    }

    /// `other ** self` (Fraction.__rpow__).
    fn rpow(&self, a: &Value) -> PyResult<Value> {
        if self.d.eq_int(&Int::ONE) && !self.n.is_negative() {
            return crate::value::binop(BinOp::Pow, a, &Value::Int(self.n.clone()));
        }
        if let Some(x) = rational_of(a) {
            return value(x).binop_pow(self);
        }
        if self.d.eq_int(&Int::ONE) {
            return crate::value::binop(BinOp::Pow, a, &Value::Int(self.n.clone()));
        }
        crate::value::binop(BinOp::Pow, a, &Value::Float(self.to_f64()?))
    }
}

trait PowHelper {
    fn binop_pow(&self, e: &Fraction) -> PyResult<Value>;
}

impl PowHelper for Value {
    fn binop_pow(&self, e: &Fraction) -> PyResult<Value> {
        crate::value::binop(BinOp::Pow, self, &value(e.clone()))
    }
}

/// `Fraction(numerator=0, denominator=None)`.
pub fn construct(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Fraction> {
    let a = bind("Fraction", &["numerator", "denominator"], 0, args, kwargs)?;
    let num = a[0].clone().unwrap_or(Value::int(0));
    match a[1].clone().filter(|v| !v.is_none()) {
        None => {
            if let Some(f) = rational_of(&num) {
                return Ok(f);
            }
            match &num {
                Value::Float(x) => Fraction::from_f64(*x),
                Value::Str(s) => Fraction::parse(s.as_str()),
                v => {
                    if let Some(r) = super::decimal::as_integer_ratio(v)? {
                        return Ok(Fraction { n: r.0, d: r.1 });
                    }
                    type_error("argument should be a string or a Rational instance")
                }
            }
        }
        Some(den) => match (rational_of(&num), rational_of(&den)) {
            (Some(x), Some(y)) => Fraction::new(x.n.mul(&y.d), y.n.mul(&x.d)),
            _ => type_error("both arguments should be Rational instances"),
        },
    }
}

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "Fraction" => Ok(value(construct(args, kwargs)?)),
        "Fraction.from_float" => {
            let a = bind("from_float", &["f"], 1, args, kwargs)?;
            let f = a[0].clone().unwrap_or_default();
            if let Some(i) = f.as_int() {
                return Ok(value(Fraction::from_int(i)));
            }
            match f {
                Value::Float(x) => Ok(value(Fraction::from_f64(x)?)),
                v => {
                    let mut r = String::new();
                    crate::obj::PyObj::py_repr(&v, &mut r)?;
                    type_error(format!(
                        "Fraction.from_float() only takes floats, not {r} ({})",
                        v.class_name()
                    ))
                }
            }
        }
        "Fraction.from_decimal" => {
            let a = bind("from_decimal", &["dec"], 1, args, kwargs)?;
            let d = a[0].clone().unwrap_or_default();
            if let Some(i) = d.as_int() {
                return Ok(value(Fraction::from_int(i)));
            }
            match super::decimal::as_integer_ratio(&d)? {
                Some((n, dd)) => Ok(value(Fraction { n, d: dd })),
                None => {
                    let mut r = String::new();
                    crate::obj::PyObj::py_repr(&d, &mut r)?;
                    type_error(format!(
                        "Fraction.from_decimal() only takes Decimals, not {r} ({})",
                        d.class_name()
                    ))
                }
            }
        }
        _ => Err(unknown("fractions", name)),
    }
}

pub fn attr(name: &str) -> PyResult<Value> {
    match name {
        "Fraction" => Ok(class("fractions", "Fraction", "fractions")),
        _ => Err(unknown("fractions", name)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> String {
        match Fraction::parse(s) {
            Ok(x) => x.repr(),
            Err(e) => e.traceback_line(),
        }
    }

    #[test]
    fn parse_forms() {
        assert_eq!(f(" -3/6 "), "Fraction(-1, 2)");
        assert_eq!(f("1.25e1"), "Fraction(25, 2)");
        assert_eq!(f(".5"), "Fraction(1, 2)");
        assert_eq!(f("1_000"), "Fraction(1000, 1)");
        assert_eq!(f("1."), "Fraction(1, 1)");
        assert_eq!(f("1/0"), "ZeroDivisionError: Fraction(1, 0)");
        assert_eq!(f("1/"), "ValueError: Invalid literal for Fraction: '1/'");
        assert_eq!(f("1e"), "ValueError: Invalid literal for Fraction: '1e'");
        assert_eq!(
            f("1.5/2"),
            "ValueError: Invalid literal for Fraction: '1.5/2'"
        );
    }

    #[test]
    fn hashes() {
        let h = |n: i64, d: i64| {
            Fraction::new(Int::from(n), Int::from(d))
                .and_then(|x| x.hash())
                .ok()
        };
        assert_eq!(h(1, 2), Some(1152921504606846976));
        assert_eq!(h(-1, 3), Some(-1537228672809129301));
        assert_eq!(h(5, 1), Some(5));
    }
}
