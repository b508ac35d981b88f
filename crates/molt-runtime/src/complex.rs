//! The builtin `complex` type, following Objects/complexobject.c of CPython 3.11: the
//! constructor (numbers, strings, two parts), arithmetic with ints and floats (each
//! converted to a complex first, as TO_COMPLEX does), `_Py_c_quot`'s division,
//! `complex_pow` (repeated squaring for small integral exponents, polar form otherwise),
//! `abs` by hypot, equality with int and float, hash, repr/str and `format`.

use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::format::number::{DtoaFlags, Number, double_to_string, fill_number};
use crate::format::spec::Grouping;
use crate::obj::CmpOp;
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::{BinOp, Value};
use std::any::Any;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

/// A complex as a value.
pub fn value(re: f64, im: f64) -> Value {
    Value::Obj(Rc::new(Complex { re, im }))
}

/// The complex inside `v`, if it is one.
pub fn as_complex(v: &Value) -> Option<Complex> {
    let Value::Obj(o) = v else { return None };
    o.as_any().downcast_ref::<Complex>().copied()
}

/// TO_COMPLEX: an int, bool, float or complex operand as a complex; None for the rest.
fn to_complex(v: &Value) -> PyResult<Option<Complex>> {
    Ok(match v {
        Value::Float(f) => Some(Complex { re: *f, im: 0.0 }),
        Value::Int(_) | Value::Bool(_) => Some(Complex {
            re: int_to_f64(v)?,
            im: 0.0,
        }),
        other => as_complex(other),
    })
}

fn int_to_f64(v: &Value) -> PyResult<f64> {
    match v.as_int() {
        Some(i) => i.to_f64(),
        None => type_error("molt: not an int"),
    }
}

const C_1: Complex = Complex { re: 1.0, im: 0.0 };

/// _Py_c_prod.
fn prod(a: Complex, b: Complex) -> Complex {
    Complex {
        re: a.re * b.re - a.im * b.im,
        im: a.re * b.im + a.im * b.re,
    }
}

/// _Py_c_quot (Smith's method); None where C sets errno to EDOM (division by zero).
fn quot(a: Complex, b: Complex) -> Option<Complex> {
    let abs_breal = b.re.abs();
    let abs_bimag = b.im.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(Complex {
            re: (a.re + a.im * ratio) / denom,
            im: (a.im - a.re * ratio) / denom,
        })
    } else if abs_bimag >= abs_breal {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(Complex {
            re: (a.re * ratio + a.im) / denom,
            im: (a.im * ratio - a.re) / denom,
        })
    } else {
        // At least one of b's parts is a NaN.
        Some(Complex {
            re: f64::NAN,
            im: f64::NAN,
        })
    }
}

/// c_powu: repeated squaring.
fn powu(x: Complex, n: i64) -> Complex {
    let mut r = C_1;
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask = mask.wrapping_shl(1);
        p = prod(p, p);
    }
    r
}

/// The errno of complex_pow's C helpers.
enum PowErr {
    Dom,
}

/// c_powi.
fn powi(x: Complex, n: i64) -> Result<Complex, PowErr> {
    if n > 0 {
        Ok(powu(x, n))
    } else {
        quot(C_1, powu(x, -n)).ok_or(PowErr::Dom)
    }
}

/// _Py_c_pow.
fn pow_general(a: Complex, b: Complex) -> Result<Complex, PowErr> {
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(C_1);
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(PowErr::Dom);
        }
        return Ok(Complex { re: 0.0, im: 0.0 });
    }
    let vabs = a.re.hypot(a.im);
    let mut len = crate::float::libm_pow(vabs, b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Ok(Complex {
        re: len * phase.cos(),
        im: len * phase.sin(),
    })
}

/// complex_pow.
fn pow(a: Complex, b: Complex) -> PyResult<Complex> {
    let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        powi(a, b.re as i64)
    } else {
        pow_general(a, b)
    };
    match r {
        Err(PowErr::Dom) => Err(PyErr::msg(
            ExcKind::ZeroDivisionError,
            "0.0 to a negative or complex power",
        )),
        // _Py_ADJUST_ERANGE2: an infinite part is an overflow.
        Ok(p) if p.re.is_infinite() || p.im.is_infinite() => {
            Err(PyErr::msg(ExcKind::OverflowError, "complex exponentiation"))
        }
        Ok(p) => Ok(p),
    }
}

/// `x ** y` for a negative float base and a fractional exponent: a complex result.
pub fn real_pow(x: f64, y: f64) -> PyResult<Value> {
    let r = pow(Complex { re: x, im: 0.0 }, Complex { re: y, im: 0.0 })?;
    Ok(value(r.re, r.im))
}

impl Complex {
    fn abs(&self) -> PyResult<f64> {
        // complex_abs: hypot, with an overflow error when finite parts give an infinity.
        if !self.re.is_finite() || !self.im.is_finite() {
            if self.re.is_infinite() || self.im.is_infinite() {
                return Ok(f64::INFINITY);
            }
            return Ok(f64::NAN);
        }
        let r = self.re.hypot(self.im);
        if r.is_infinite() {
            return Err(PyErr::msg(
                ExcKind::OverflowError,
                "absolute value too large",
            ));
        }
        Ok(r)
    }

    /// complex_repr: the shortest repr of each part, without a ".0"; parentheses unless
    /// the real part is +0.0.
    pub fn repr(&self) -> String {
        let mut out = String::new();
        let fl = DtoaFlags::default();
        if self.re == 0.0 && self.re.is_sign_positive() {
            let _ = double_to_string(&mut out, self.im, 'r', 0, fl);
            out.push('j');
        } else {
            out.push('(');
            let _ = double_to_string(&mut out, self.re, 'r', 0, fl);
            let _ = double_to_string(&mut out, self.im, 'r', 0, DtoaFlags { sign: true, ..fl });
            out.push_str("j)");
        }
        out
    }

    fn hash(&self) -> i64 {
        let hr = crate::hash::hash_float(self.re) as u64;
        let hi = crate::hash::hash_float(self.im) as u64;
        let combined = hr.wrapping_add(1000003u64.wrapping_mul(hi)) as i64;
        if combined == -1 { -2 } else { combined }
    }

    /// format_complex_internal of Python/formatter_unicode.c.
    fn format(&self, spec_text: &str) -> PyResult<String> {
        if spec_text.is_empty() {
            return Ok(self.repr());
        }
        let spec = crate::format::spec::parse(spec_text, '\0', "complex")?;
        if spec.zero && spec.align.is_none() || spec.fill == '0' && spec.align == Some('=') {
            return value_error("Zero padding is not allowed in complex format specifier");
        }
        if spec.align == Some('=') {
            return value_error("Alignment flag is not allowed in complex format specifier");
        }
        let mut ty = spec.ty;
        let mut default_precision = 6;
        let mut skip_re = false;
        let mut add_parens = false;
        match ty {
            '\0' => {
                ty = 'r';
                default_precision = 0;
                if self.re == 0.0 && self.re.is_sign_positive() {
                    skip_re = true;
                } else {
                    add_parens = true;
                }
            }
            'n' => ty = 'g',
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {}
            c => {
                return value_error(format!(
                    "Unknown format code '{}' for object of type 'complex'",
                    crate::format::spec::type_char_text(c)
                ));
            }
        }
        let precision = match spec.precision {
            Some(p) if p > i32::MAX as usize => return value_error("precision too big"),
            Some(p) => {
                if ty == 'r' {
                    ty = 'g';
                }
                p as i64
            }
            None => default_precision,
        };
        let grouping = if spec.ty == 'n' {
            Grouping::None
        } else {
            spec.grouping
        };
        let part = |x: f64, sign: Option<char>, out: &mut String| -> PyResult<()> {
            let mut s = String::new();
            double_to_string(
                &mut s,
                x,
                ty,
                precision,
                DtoaFlags {
                    alt: spec.alternate,
                    no_neg_0: spec.no_neg_0,
                    ..DtoaFlags::default()
                },
            )?;
            let mut ps = crate::format::spec::Spec::plain(ty);
            ps.sign = sign;
            fill_number(out, &Number::of_float_text(&s), &ps, '>', grouping)
        };
        let mut body = String::new();
        if add_parens {
            body.push('(');
        }
        if !skip_re {
            part(self.re, spec.sign, &mut body)?;
        }
        // The imaginary part always has a sign unless the real part is omitted.
        part(
            self.im,
            if skip_re { spec.sign } else { Some('+') },
            &mut body,
        )?;
        body.push('j');
        if add_parens {
            body.push(')');
        }
        let n = body.chars().count();
        let width = spec.width.unwrap_or(0);
        if n >= width {
            return Ok(body);
        }
        let pad = width - n;
        let (left, right) = match spec.align.unwrap_or('>') {
            '<' => (0, pad),
            '^' => (pad / 2, pad - pad / 2),
            _ => (pad, 0),
        };
        let mut out = String::new();
        out.extend(std::iter::repeat_n(spec.fill, left));
        out.push_str(&body);
        out.extend(std::iter::repeat_n(spec.fill, right));
        Ok(out)
    }
}

impl Object for Complex {
    fn type_name(&self) -> &'static str {
        "complex"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&self.repr());
        Ok(())
    }
    fn str_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&self.repr());
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        // complex_richcompare: an int compares exactly with the real part.
        Ok(match other {
            Value::Int(_) | Value::Bool(_) => {
                Some(self.im == 0.0 && Value::Float(self.re).eq(other)?)
            }
            Value::Float(f) => Some(self.re == *f && self.im == 0.0),
            o => as_complex(o).map(|c| c.re == self.re && c.im == self.im),
        })
    }
    fn compare(&self, _this: &ObjRef, _other: &Value, _op: CmpOp) -> PyResult<Option<bool>> {
        Ok(None)
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        Ok(Complex::hash(self))
    }
    fn truthy(&self, _this: &ObjRef) -> PyResult<bool> {
        Ok(self.re != 0.0 || self.im != 0.0)
    }
    fn binop(
        &self,
        _this: &ObjRef,
        op: BinOp,
        other: &Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        if !matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow
        ) {
            return Ok(None);
        }
        let Some(b) = to_complex(other)? else {
            return Ok(None);
        };
        let (x, y) = if reflected { (b, *self) } else { (*self, b) };
        let r = match op {
            BinOp::Add => Complex {
                re: x.re + y.re,
                im: x.im + y.im,
            },
            BinOp::Sub => Complex {
                re: x.re - y.re,
                im: x.im - y.im,
            },
            BinOp::Mul => prod(x, y),
            BinOp::TrueDiv => match quot(x, y) {
                Some(r) => r,
                None => {
                    return Err(PyErr::msg(
                        ExcKind::ZeroDivisionError,
                        "complex division by zero",
                    ));
                }
            },
            _ => pow(x, y)?,
        };
        Ok(Some(value(r.re, r.im)))
    }
    fn unary(&self, _this: &ObjRef, op: &str) -> PyResult<Value> {
        match op {
            "-" => Ok(value(-self.re, -self.im)),
            "+" => Ok(value(self.re, self.im)),
            "abs" => Ok(Value::Float(self.abs()?)),
            _ => type_error(format!("bad operand type for unary {op}: 'complex'")),
        }
    }
    fn convert(&self, _this: &ObjRef, to: &str) -> PyResult<Option<Value>> {
        match to {
            "int" => type_error(
                "int() argument must be a string, a bytes-like object or a real number, not 'complex'",
            ),
            "complex" => Ok(Some(value(self.re, self.im))),
            _ => Ok(None),
        }
    }
    fn format(&self, _this: &ObjRef, spec: &str) -> PyResult<String> {
        Complex::format(self, spec)
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "real" => Ok(Value::Float(self.re)),
            "imag" => Ok(Value::Float(self.im)),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'complex' object has no attribute '{name}'"),
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
            "conjugate" | "__complex__" => {
                if !args.is_empty() || !kwargs.is_empty() {
                    return type_error(format!(
                        "complex.{name}() takes no arguments ({} given)",
                        args.len() + kwargs.len()
                    ));
                }
                Ok(if name == "conjugate" {
                    value(self.re, -self.im)
                } else {
                    value(self.re, self.im)
                })
            }
            "__round__" => type_error("type complex doesn't define __round__ method"),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'complex' object has no attribute '{name}'"),
            )),
        }
    }
    fn py_copy(&self, this: &ObjRef) -> Option<PyResult<Value>> {
        Some(Ok(Value::Obj(this.clone())))
    }
    fn py_deepcopy(
        &self,
        this: &ObjRef,
        _deep: &mut dyn FnMut(&Value) -> PyResult<Value>,
    ) -> Option<PyResult<Value>> {
        Some(Ok(Value::Obj(this.clone())))
    }
}

/// A number argument of `complex(real, imag)`: its complex value and whether it was one.
fn number_arg(v: &Value, which: &str) -> PyResult<(Complex, bool)> {
    if let Some(c) = as_complex(v) {
        return Ok((c, true));
    }
    match v {
        Value::Float(f) => Ok((Complex { re: *f, im: 0.0 }, false)),
        Value::Int(_) | Value::Bool(_) => Ok((
            Complex {
                re: int_to_f64(v)?,
                im: 0.0,
            },
            false,
        )),
        Value::Obj(o) => match o.convert(o, "float")? {
            Some(Value::Float(f)) => Ok((Complex { re: f, im: 0.0 }, false)),
            // The real part could also have been a string.
            _ if which == "first argument" => type_error(format!(
                "complex() first argument must be a string or a number, not '{}'",
                v.type_name_attr()
            )),
            _ => type_error(format!(
                "complex() {which} must be a number, not '{}'",
                v.type_name_attr()
            )),
        },
        _ => type_error(format!(
            "complex() {which} must be a number, not '{}'",
            v.type_name_attr()
        )),
    }
}

/// `complex(real=0, imag=0)` (complex_new).
pub fn construct(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    if args.len() + kwargs.len() > 2 {
        return type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            args.len() + kwargs.len()
        ));
    }
    let a = crate::modules::stdc_util::bind("complex", &["real", "imag"], 0, args, kwargs)?;
    let (r, i) = (a[0].clone(), a[1].clone());
    if let Some(Value::Str(s)) = &r {
        if i.is_some() {
            return type_error("complex() can't take second arg if first is a string");
        }
        let c = parse(s.as_str())?;
        return Ok(value(c.re, c.im));
    }
    if let Some(Value::Str(_)) = &i {
        return type_error("complex() second arg can't be a string");
    }
    let (cr, cr_is_complex) = match &r {
        None => (Complex { re: 0.0, im: 0.0 }, false),
        Some(v) => {
            // try_complex_special_method: `__complex__` first, for the real part only.
            if let Value::Obj(o) = v
                && as_complex(v).is_none()
                && let Some(c) = o.convert(o, "complex")?
            {
                match as_complex(&c) {
                    Some(c) => (c, true),
                    None => {
                        return type_error(format!(
                            "__complex__ returned non-complex (type {})",
                            c.class_name()
                        ));
                    }
                }
            } else {
                if as_complex(v).is_none()
                    && !matches!(
                        v,
                        Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::Obj(_)
                    )
                {
                    return type_error(format!(
                        "complex() first argument must be a string or a number, not '{}'",
                        v.type_name_attr()
                    ));
                }
                number_arg(v, "first argument")?
            }
        }
    };
    let (ci, ci_is_complex) = match &i {
        None => (Complex { re: 0.0, im: 0.0 }, false),
        Some(v) => number_arg(v, "second argument")?,
    };
    // real + imag*1j, without the rounding of a complex multiplication.
    let mut re = cr.re;
    let mut im = ci.re;
    if ci_is_complex {
        re -= ci.im;
    }
    if cr_is_complex {
        im = if i.is_some() { im + cr.im } else { cr.im };
    }
    Ok(value(re, im))
}

/// complex_subtype_from_string: `[(] [real] [(+|-) imag j] [)]` with optional spaces.
pub fn parse(text: &str) -> PyResult<Complex> {
    let err = || PyErr::msg(ExcKind::ValueError, "complex() arg is a malformed string");
    let mut s = text.trim();
    if let Some(inner) = s.strip_prefix('(') {
        s = inner.strip_suffix(')').ok_or_else(err)?.trim();
    }
    if s.is_empty() {
        return Err(err());
    }
    // The first number (or a bare sign before j).
    let (x, rest) = float_prefix(s);
    match (x, rest) {
        (Some(x), "") => Ok(Complex { re: x, im: 0.0 }),
        (Some(x), "j" | "J") => Ok(Complex { re: 0.0, im: x }),
        (Some(x), rest) if rest.starts_with(['+', '-']) => {
            let (y, tail) = float_prefix(rest);
            let im = match y {
                Some(y) => y,
                None if rest.len() >= 2 => {
                    if rest.starts_with('-') {
                        -1.0
                    } else {
                        1.0
                    }
                }
                None => return Err(err()),
            };
            let tail = if y.is_none() { &rest[1..] } else { tail };
            if matches!(tail, "j" | "J") {
                Ok(Complex { re: x, im })
            } else {
                Err(err())
            }
        }
        (None, "j" | "J" | "+j" | "+J") => Ok(Complex { re: 0.0, im: 1.0 }),
        (None, "-j" | "-J") => Ok(Complex { re: 0.0, im: -1.0 }),
        _ => Err(err()),
    }
}

/// The longest prefix of `s` that is a float (`[sign] digits[.digits][e[sign]digits]`,
/// underscores between digits, or inf/infinity/nan), parsed, and the rest of `s`.
fn float_prefix(s: &str) -> (Option<f64>, &str) {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let lower = s[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if lower.starts_with(word) {
            let end = i + word.len();
            return (crate::float::parse(&s[..end]).ok(), &s[end..]);
        }
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len()
            && (b[*i].is_ascii_digit()
                || (b[*i] == b'_' && *i > start && *i + 1 < b.len() && b[*i + 1].is_ascii_digit()))
        {
            *i += 1;
        }
        *i > start
    };
    let mut any = digits(&mut i);
    if i < b.len() && b[i] == b'.' {
        i += 1;
        any |= digits(&mut i);
    }
    if !any {
        return (None, s);
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        if digits(&mut j) {
            i = j;
        }
    }
    (crate::float::parse(&s[..i]).ok(), &s[i..])
}
