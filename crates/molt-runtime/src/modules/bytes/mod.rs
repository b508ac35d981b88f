//! `bytes` and `bytearray` (Objects/bytesobject.c, Objects/bytearrayobject.c,
//! Objects/bytes_methods.c): the immutable `Bytes` object here, the mutable `ByteArray` in
//! bytearray.rs, their shared methods in ops.rs, the codecs (`decode`/`encode`) and the
//! constructors `bytes(...)` / `bytearray(...)`.

mod bytearray;
pub mod codecs;
pub mod ops;

pub use bytearray::{ByteArray, bytearray_new};

use super::stdc_util::{as_obj, obj};
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::int::Int;
use crate::obj::CmpOp;
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::{BinOp, Value, ValueIter};
use std::any::Any;

pub struct Bytes(pub Vec<u8>);

/// A bytes value.
pub fn bytes(b: Vec<u8>) -> Value {
    obj(Bytes(b))
}

/// The bytes inside a value, when it is a bytes object.
pub fn as_bytes(v: &Value) -> Option<&[u8]> {
    as_obj::<Bytes>(v).map(|b| b.0.as_slice())
}

/// `repr(b)` (PyBytes_Repr): single quotes unless the bytes hold a `'` and no `"`.
/// Whether `int()`/`float()` of these bytes may parse them: CPython reads them as a C
/// string, so a NUL, a non-ASCII byte or one of the separators \x1c-\x1f (which str
/// counts as spaces) ends the number early, which is an error.
pub(crate) fn is_number_text(b: &[u8]) -> bool {
    b.iter()
        .all(|&c| c.is_ascii() && c != 0 && !(0x1c..=0x1f).contains(&c))
}

pub fn repr_bytes(b: &[u8], out: &mut String) {
    repr_quoted(b, out, false);
}

/// The `b'...'` part of a repr; bytearray_repr escapes `'` even inside double quotes.
pub fn repr_quoted(b: &[u8], out: &mut String, always_escape_single: bool) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c as char == quote || (always_escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
}

fn norm_encoding(e: &str) -> String {
    e.trim().to_ascii_lowercase().replace('_', "-")
}

/// The codecs molt knows, by CPython's normalised name (codecs.rs).
fn codec(enc: &str) -> PyResult<codecs::Codec> {
    let n = norm_encoding(enc);
    match codecs::lookup(&n) {
        Some(c) => Ok(c),
        None if is_cpython_codec(&n) => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: the codec {enc} is not supported"),
        )),
        None => Err(PyErr::msg(
            ExcKind::LookupError,
            format!("unknown encoding: {enc}"),
        )),
    }
}

/// Codecs CPython has that molt does not implement: refused, never reported unknown.
fn is_cpython_codec(n: &str) -> bool {
    let n = n.replace('-', "");
    n.starts_with("utf16")
        || n.starts_with("utf32")
        || n.starts_with("utf7")
        || n.starts_with("cp")
        || n.starts_with("iso8859")
        || n.starts_with("iso2022")
        || n.starts_with("latin")
        || n.starts_with("mac")
        || n.starts_with("koi8")
        || n.starts_with("euc")
        || n.starts_with("gb")
        || n.starts_with("big5")
        || n.starts_with("shiftjis")
        || n.starts_with("sjis")
        || n.starts_with("windows")
        || n.contains("unicodeescape")
        || matches!(
            n.as_str(),
            "idna" | "punycode" | "charmap" | "hz" | "ptcp154" | "tis620"
        )
}

/// `b.decode(encoding, errors)`.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<Str> {
    Ok(Str::from_string(codecs::decode(
        b,
        codec(encoding)?,
        errors,
    )?))
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    codecs::encode(s, codec(encoding)?, errors)
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(s: &Str, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let b = super::stdc_util::bind(
        "encode",
        &["encoding", "errors"],
        0,
        args.to_vec(),
        kwargs.to_vec(),
    )?;
    let enc = opt_str(&b[0], "encode() argument 'encoding'")?;
    let errors = opt_str(&b[1], "encode() argument 'errors'")?;
    Ok(bytes(encode(
        s.as_str(),
        enc.as_deref().unwrap_or("utf-8"),
        errors.as_deref().unwrap_or("strict"),
    )?))
}

pub(crate) fn opt_str(v: &Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
        Some(o) => type_error(format!("{what} must be str, not {}", o.class_name())),
    }
}

/// `b.hex(sep='', bytes_per_sep=1)` (sep counted from the right, Python/pystrhex.c).
pub(crate) fn hex(b: &[u8], sep: Option<&str>, per: i64) -> PyResult<String> {
    let digits: Vec<String> = b.iter().map(|c| format!("{c:02x}")).collect();
    let Some(sep) = sep else {
        return Ok(digits.concat());
    };
    if sep.chars().count() != 1 {
        return Err(PyErr::msg(ExcKind::ValueError, "sep must be length 1."));
    }
    if per == 0 || b.is_empty() {
        return Ok(digits.concat());
    }
    let n = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        // Groups counted from the right.
        let first = match digits.len() % n {
            0 => n,
            r => r,
        };
        groups.push(digits[..first].concat());
        for ch in digits[first..].chunks(n) {
            groups.push(ch.concat());
        }
    } else {
        for ch in digits.chunks(n) {
            groups.push(ch.concat());
        }
    }
    Ok(groups.join(sep))
}

/// Which of the two types a result is built in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }

    pub fn make(self, v: Vec<u8>) -> Value {
        match self {
            Kind::Bytes => bytes(v),
            Kind::ByteArray => bytearray::bytearray(v),
        }
    }
}

/// The contents of a bytes-like object (bytes or bytearray), copied.
pub fn buffer(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = as_bytes(v) {
        return Some(b.to_vec());
    }
    as_obj::<ByteArray>(v).map(|a| a.0.borrow().clone())
}

/// The contents of any object with the buffer protocol (bytes, bytearray, array.array),
/// copied: what CPython's `PyObject_GetBuffer` users accept. bytes' comparisons and
/// `ord()` take only bytes and bytearray, and use `buffer`.
pub fn any_buffer(v: &Value) -> Option<Vec<u8>> {
    buffer(v).or_else(|| super::array::array_bytes(v))
}

/// `x in b` (bytes_contains): an int in range(256) or a bytes-like object.
pub fn contains(b: &[u8], x: &Value) -> PyResult<bool> {
    let n = ops::needle(x).map_err(|e| {
        if e.kind() == ExcKind::TypeError {
            PyErr::msg(
                ExcKind::TypeError,
                format!("a bytes-like object is required, not '{}'", x.class_name()),
            )
        } else {
            e
        }
    })?;
    Ok(ops::find_sub(b, &n).is_some())
}

/// Ordering of two bytes-like values (bytes_richcompare: memcmp, then length).
pub fn compare(a: &[u8], other: &Value, op: CmpOp) -> Option<bool> {
    let o = buffer(other)?;
    let o = o.as_slice();
    Some(match op {
        CmpOp::Lt => a < o,
        CmpOp::Le => a <= o,
        CmpOp::Gt => a > o,
        CmpOp::Ge => a >= o,
    })
}

/// `b[i]` / `b[slice]` for either type.
pub fn getitem(kind: Kind, b: &[u8], key: &Value) -> PyResult<Value> {
    if let Some((start, stop, step)) = crate::class::slice_bounds(key)? {
        return Ok(kind.make(slice(b, start, stop, step)?));
    }
    let Some(i) = key.as_index()? else {
        return type_error(format!(
            "{} indices must be integers or slices, not {}",
            if kind == Kind::Bytes {
                "byte"
            } else {
                "bytearray"
            },
            key.class_name()
        ));
    };
    match index(&i, b.len()) {
        Some(j) => Ok(Value::int(b[j] as i64)),
        None => Err(PyErr::msg(
            ExcKind::IndexError,
            if kind == Kind::Bytes {
                "index out of range"
            } else {
                "bytearray index out of range"
            },
        )),
    }
}

/// A Python index (negative from the end) into a sequence of `len`, when in range.
pub fn index(i: &Int, len: usize) -> Option<usize> {
    let n = len as i64;
    let x = i.as_i64()?;
    let j = if x < 0 { x + n } else { x };
    (0..n).contains(&j).then_some(j as usize)
}

/// `b[start:stop:step]`.
pub fn slice(
    b: &[u8],
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> PyResult<Vec<u8>> {
    let (lo, _, st, n) = crate::slice::indices(start, stop, step, b.len() as i64)?;
    Ok((0..n)
        .filter_map(|k| b.get((lo + k * st) as usize).copied())
        .collect())
}

/// `b * n` for either type (sequence repeat: a negative count is 0).
pub fn repeat(kind: Kind, b: &[u8], other: &Value) -> PyResult<Option<Value>> {
    let Some(n) = other.as_index()? else {
        return type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            other.class_name()
        ));
    };
    Ok(Some(kind.make(repeat_bytes(b, &n)?)))
}

/// The bytes of `b * n`.
pub fn repeat_bytes(b: &[u8], n: &Int) -> PyResult<Vec<u8>> {
    if n.is_negative() || b.is_empty() {
        return Ok(vec![]);
    }
    let Some(n) = n.as_i64() else {
        return Err(PyErr::msg(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        ));
    };
    if (n as u64).saturating_mul(b.len() as u64) > (1u64 << 40) {
        return Err(PyErr::msg(ExcKind::MemoryError, ""));
    }
    Ok(b.repeat(n as usize))
}

/// `a + b` where `a` is bytes-like: the result has `a`'s type.
pub fn concat(kind: Kind, a: &[u8], other: &Value, reflected: bool) -> PyResult<Option<Value>> {
    let Some(o) = any_buffer(other) else {
        if reflected {
            return Ok(None);
        }
        return type_error(format!(
            "can't concat {} to {}",
            other.class_name(),
            kind.name()
        ));
    };
    let mut v = Vec::with_capacity(a.len() + o.len());
    if reflected {
        v.extend_from_slice(&o);
        v.extend_from_slice(a);
    } else {
        v.extend_from_slice(a);
        v.extend_from_slice(&o);
    }
    Ok(Some(kind.make(v)))
}

impl Object for Bytes {
    fn type_name(&self) -> &'static str {
        "bytes"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        repr_bytes(&self.0, out);
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        Ok(Some(buffer(other).is_some_and(|o| o == self.0.as_slice())))
    }
    fn compare(&self, _this: &ObjRef, other: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        Ok(compare(&self.0, other, op))
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        Ok(crate::hash::hash_bytes(&self.0))
    }
    fn len(&self, _this: &ObjRef) -> PyResult<usize> {
        Ok(self.0.len())
    }
    fn getitem(&self, _this: &ObjRef, key: &Value) -> PyResult<Value> {
        getitem(Kind::Bytes, &self.0, key)
    }
    fn contains(&self, _this: &ObjRef, x: &Value) -> PyResult<Option<bool>> {
        contains(&self.0, x).map(Some)
    }
    fn iter(&self, _this: &ObjRef) -> PyResult<ValueIter> {
        let v: Vec<Value> = self.0.iter().map(|&c| Value::int(c as i64)).collect();
        Ok(ValueIter::Vec(v.into_iter()))
    }
    fn binop(
        &self,
        _this: &ObjRef,
        op: BinOp,
        other: &Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        match op {
            BinOp::Add => concat(Kind::Bytes, &self.0, other, reflected),
            BinOp::Mul => repeat(Kind::Bytes, &self.0, other),
            BinOp::Mod if !reflected => Ok(Some(bytes(crate::format::bytes_percent_format(
                &self.0, other,
            )?))),
            _ => Ok(None),
        }
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        if name == "__getslice__" {
            let bound = |v: &Value| v.as_int().map(|i| crate::slice::bound(&i));
            let (start, stop, step) = (bound(&args[0]), bound(&args[1]), bound(&args[2]));
            return Ok(bytes(slice(&self.0, start, stop, step)?));
        }
        if name == "__reversed__" {
            return Ok(reversed(self.0.clone()));
        }
        match ops::read_method(Kind::Bytes, &self.0, name, args, kwargs)? {
            Some(v) => Ok(v),
            None => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'bytes' object has no attribute '{name}'"),
            )),
        }
    }
    fn getattr(&self, this: &ObjRef, name: &str) -> PyResult<Value> {
        if ops::METHODS.contains(&name) {
            return Ok(crate::attr::bound_builtin(Value::Obj(this.clone()), name));
        }
        Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'bytes' object has no attribute '{name}'"),
        ))
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

/// `reversed(b)`: the ints from the end (a `reversed` object over the sequence).
pub fn reversed(b: Vec<u8>) -> Value {
    let mut it = b.into_iter().rev();
    Value::Iter(crate::iter::Iter::from_fn("reversed", move || {
        Ok(it.next().map(|c| Value::int(c as i64)))
    }))
}

/// A bytes-like argument (any buffer: bytes, bytearray, array) of a stdlib function, copied.
pub fn arg_bytes(v: &Value, fname: &str) -> PyResult<Vec<u8>> {
    any_buffer(v).ok_or_else(|| {
        PyErr::msg(
            ExcKind::TypeError,
            format!(
                "{fname}a bytes-like object is required, not '{}'",
                v.class_name()
            ),
        )
    })
}

/// A bytes literal: the compiler passes its bytes as the code points of a str
/// (each below 256).
pub fn literal(s: &str) -> Value {
    bytes(s.chars().map(|c| c as u32 as u8).collect())
}

/// The arguments of `bytes(...)`/`bytearray(...)`: source, encoding, errors.
fn ctor_args(
    kind: Kind,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<(Option<Value>, Option<String>, Option<String>)> {
    let name = kind.name();
    if args.len() + kwargs.len() > 3 {
        return type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            args.len() + kwargs.len()
        ));
    }
    let mut slots: [Option<Value>; 3] = [None, None, None];
    for (slot, a) in slots.iter_mut().zip(args) {
        *slot = Some(a);
    }
    for (k, v) in kwargs {
        let i = match k.as_str() {
            "source" => 0,
            "encoding" => 1,
            "errors" => 2,
            _ => {
                return type_error(format!("'{k}' is an invalid keyword argument for {name}()"));
            }
        };
        if slots[i].is_some() {
            return type_error(format!(
                "argument for {name}() given by name ('{k}') and position ({})",
                i + 1
            ));
        }
        slots[i] = Some(v);
    }
    let [src, enc, errors] = slots;
    let enc = opt_str(&enc, &format!("{name}() argument 'encoding'"))?;
    let errors = opt_str(&errors, &format!("{name}() argument 'errors'"))?;
    Ok((src, enc, errors))
}

/// The bytes of `bytes(x)` / `bytearray(x)` for a non-str `x` (after the str and
/// encoding checks): a count, a bytes-like object, or an iterable of ints.
fn from_object(kind: Kind, x: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = any_buffer(x) {
        return Ok(b);
    }
    if let Some(n) = x.as_index()? {
        let Some(n) = n.as_i64() else {
            return Err(PyErr::msg(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            ));
        };
        if n < 0 {
            return Err(PyErr::msg(ExcKind::ValueError, "negative count"));
        }
        if n > (1i64 << 40) {
            return Err(PyErr::msg(ExcKind::MemoryError, ""));
        }
        return Ok(vec![0; n as usize]);
    }
    let mut it = x.iter().map_err(|e| {
        if e.kind() == ExcKind::TypeError {
            PyErr::msg(
                ExcKind::TypeError,
                format!(
                    "cannot convert '{}' object to {}",
                    x.class_name(),
                    kind.name()
                ),
            )
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    while let Some(v) = it.next()? {
        let i = super::stdc_util::index_of(&v)?;
        match i.as_i64() {
            Some(c @ 0..=255) => out.push(c as u8),
            _ => {
                return Err(PyErr::msg(
                    ExcKind::ValueError,
                    if kind == Kind::Bytes {
                        "bytes must be in range(0, 256)"
                    } else {
                        "byte must be in range(0, 256)"
                    },
                ));
            }
        }
    }
    Ok(out)
}

/// `bytes(source=..., encoding=..., errors=...)` (bytes_new_impl, Objects/bytesobject.c).
pub fn bytes_new(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let (src, enc, errors) = ctor_args(Kind::Bytes, args, kwargs)?;
    let Some(x) = src else {
        if enc.is_some() || errors.is_some() {
            return type_error(if enc.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            });
        }
        return Ok(bytes(vec![]));
    };
    if let Some(enc) = enc {
        let Value::Str(s) = &x else {
            return type_error("encoding without a string argument");
        };
        return Ok(bytes(encode(
            s.as_str(),
            &enc,
            errors.as_deref().unwrap_or("strict"),
        )?));
    }
    if errors.is_some() {
        return type_error(if matches!(x, Value::Str(_)) {
            "string argument without an encoding"
        } else {
            "errors without a string argument"
        });
    }
    if matches!(x, Value::Str(_)) {
        return type_error("string argument without an encoding");
    }
    if as_bytes(&x).is_some() {
        return Ok(x);
    }
    // A user object's __bytes__ comes first (bytes_new_impl).
    if let Some(b) = dunder_bytes(&x)? {
        return Ok(bytes(b));
    }
    Ok(bytes(from_object(Kind::Bytes, &x)?))
}

/// The result of a user object's `__bytes__`, when its class defines one.
pub fn dunder_bytes(x: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Value::Obj(o) = x
        && let Some(i) = crate::object::inst(o)
        && let Some(r) = i.call_special("__bytes__", vec![])?
    {
        return match as_bytes(&r) {
            Some(b) => Ok(Some(b.to_vec())),
            None => type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                r.class_name()
            )),
        };
    }
    Ok(None)
}

/// An int in range(256) for bytes construction.
pub fn byte_of(i: &Int) -> PyResult<u8> {
    match i.as_i64() {
        Some(x @ 0..=255) => Ok(x as u8),
        _ => Err(PyErr::msg(
            ExcKind::ValueError,
            "bytes must be in range(0, 256)",
        )),
    }
}

/// `str(object, encoding='utf-8', errors='strict')`: decodes a bytes-like object
/// (unicode_new_impl, PyUnicode_FromEncodedObject).
pub fn str_decode(args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    if args.len() > 3 {
        return type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.len()
        ));
    }
    let a = super::stdc_util::bind(
        "str",
        &["object", "encoding", "errors"],
        0,
        args.to_vec(),
        kwargs.to_vec(),
    )?;
    let enc = opt_str(&a[1], "str() argument 'encoding'")?;
    let errors = opt_str(&a[2], "str() argument 'errors'")?;
    let Some(x) = &a[0] else {
        return Ok(Value::str(""));
    };
    if let Value::Str(_) = x {
        return type_error("decoding str is not supported");
    }
    let Some(b) = buffer(x) else {
        return type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            x.class_name()
        ));
    };
    Ok(Value::Str(decode(
        &b,
        enc.as_deref().unwrap_or("utf-8"),
        errors.as_deref().unwrap_or("strict"),
    )?))
}

/// `T.method(...)` for the class methods of builtin types that take no instance:
/// `bytes.fromhex`, `bytes.maketrans` (and bytearray's), `int.from_bytes`. The first two
/// arguments are the type's and the method's names.
pub fn type_method(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let mut it = args.into_iter();
    let (Some(Value::Str(ty)), Some(Value::Str(name))) = (it.next(), it.next()) else {
        return Err(PyErr::msg(ExcKind::SystemError, "molt: bad type method"));
    };
    let args: Vec<Value> = it.collect();
    let kind = if ty.as_str() == "bytearray" {
        Kind::ByteArray
    } else {
        Kind::Bytes
    };
    match (ty.as_str(), name.as_str()) {
        ("bytes" | "bytearray", "fromhex") => ops::fromhex_value(kind, &args, &kwargs),
        ("bytes" | "bytearray", "maketrans") => Ok(bytes(ops::maketrans(&args, &kwargs)?)),
        ("int", "from_bytes") => int_from_bytes(args, kwargs),
        ("str", "maketrans") => str_maketrans(args, kwargs),
        ("dict", "fromkeys") => dict_fromkeys(args, kwargs),
        ("float", "fromhex") => {
            let a = crate::modules::bind::one_arg("fromhex", args, &kwargs)?;
            match &a {
                Value::Str(s) => Ok(Value::Float(crate::float::fromhex(s.as_str())?)),
                _ => type_error("bad argument type for built-in operation"),
            }
        }
        (t, n) => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: {t}.{n} is not supported"),
        )),
    }
}

/// `dict.fromkeys(iterable[, value])` (Objects/dictobject.c, dict_fromkeys_impl and
/// _PyDict_FromKeys): the keys are set as the iterable yields them.
pub fn dict_fromkeys(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return type_error("dict.fromkeys() takes no keyword arguments");
    }
    let (keys, value) = match args.as_slice() {
        [k] => (k, Value::None),
        [k, v] => (k, v.clone()),
        [] => return type_error("fromkeys expected at least 1 argument, got 0"),
        _ => {
            return type_error(format!(
                "fromkeys expected at most 2 arguments, got {}",
                args.len()
            ));
        }
    };
    let d: crate::dict::Dict<Value, Value> = crate::dict::Dict::new();
    let mut it = keys.iter()?;
    while let Some(k) = it.next()? {
        d.setitem(k, value.clone())?;
    }
    Ok(Value::Dict(d))
}

/// `str.maketrans(x[, y[, z]])` (unicode_maketrans_impl).
fn str_maketrans(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return type_error("str.maketrans() takes no keyword arguments");
    }
    if args.is_empty() {
        return type_error("maketrans expected at least 1 argument, got 0");
    }
    if args.len() > 3 {
        return type_error(format!(
            "maketrans expected at most 3 arguments, got {}",
            args.len()
        ));
    }
    let d: crate::dict::Dict<Value, Value> = crate::dict::Dict::new();
    let arg_str = |i: usize| -> PyResult<Option<Str>> {
        match args.get(i) {
            None => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.clone())),
            Some(v) => type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                v.class_name()
            )),
        }
    };
    if args.len() == 1 {
        let Value::Dict(src) = &args[0] else {
            return type_error("if you give only one argument to maketrans it must be a dict");
        };
        for (k, v) in src.items_vec() {
            let key = match &k {
                Value::Str(s) => {
                    let mut cs = s.as_str().chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::int(c as i64),
                        _ => {
                            return value_error(
                                "string keys in translate table must be of length 1",
                            );
                        }
                    }
                }
                Value::Int(_) | Value::Bool(_) => Value::Int(k.as_int().unwrap_or(Int::ZERO)),
                _ => return type_error("keys in translate table must be strings or integers"),
            };
            d.setitem(key, v)?;
        }
        return Ok(Value::Dict(d));
    }
    let Value::Str(x) = &args[0] else {
        return type_error(
            "first maketrans argument must be a string if there is a second argument",
        );
    };
    let y = arg_str(1)?.unwrap_or_else(|| Str::from(""));
    let (xs, ys): (Vec<char>, Vec<char>) =
        (x.as_str().chars().collect(), y.as_str().chars().collect());
    if xs.len() != ys.len() {
        return value_error("the first two maketrans arguments must have equal length");
    }
    let z = arg_str(2)?;
    for (a, b) in xs.iter().zip(ys.iter()) {
        d.setitem(Value::int(*a as i64), Value::int(*b as i64))?;
    }
    if let Some(z) = z {
        for c in z.as_str().chars() {
            d.setitem(Value::int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Dict(d))
}

/// A byteorder argument: a str.
fn byteorder(v: &Option<Value>, fname: &str) -> PyResult<String> {
    Ok(opt_str(v, &format!("{fname}() argument 'byteorder'"))?.unwrap_or_else(|| "big".into()))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (int_from_bytes_impl).
pub fn int_from_bytes(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let (pos, signed) = split_signed(args, kwargs, "from_bytes", 2)?;
    let a = super::stdc_util::bind("from_bytes", &["bytes", "byteorder"], 1, pos.0, pos.1)?;
    let order = byteorder(&a[1], "from_bytes")?;
    let src = a[0].clone().unwrap_or_default();
    let data = match buffer(&src) {
        Some(b) => b,
        None => {
            if matches!(src, Value::Str(_)) {
                return type_error("cannot convert 'str' object to bytes");
            }
            from_object(Kind::Bytes, &src)?
        }
    };
    Ok(Value::Int(Int::from_bytes(&data, &order, signed)?))
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)` (int_to_bytes_impl).
pub fn int_to_bytes(n: &Int, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let (pos, signed) = split_signed(args, kwargs, "to_bytes", 2)?;
    let a = super::stdc_util::bind("to_bytes", &["length", "byteorder"], 0, pos.0, pos.1)?;
    let length = match &a[0] {
        None => Int::from(1i64),
        Some(v) => super::stdc_util::index_of(v)?,
    };
    let order = byteorder(&a[1], "to_bytes")?;
    Ok(bytes(n.to_bytes(&length, &order, signed)?))
}

type Bound = (Vec<Value>, Vec<(Str, Value)>);

/// Takes the keyword-only `signed` out of the keywords, and checks the positional count
/// (`to_bytes() takes at most 2 positional arguments (3 given)`).
fn split_signed(
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
    fname: &str,
    max: usize,
) -> PyResult<(Bound, bool)> {
    if args.len() > max {
        return type_error(format!(
            "{fname}() takes at most {max} positional arguments ({} given)",
            args.len()
        ));
    }
    let mut signed = false;
    let mut rest = Vec::new();
    for (k, v) in kwargs {
        if k.as_str() == "signed" {
            signed = v.try_truthy()?;
        } else {
            rest.push((k, v));
        }
    }
    Ok(((args, rest), signed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(b: &[u8]) -> String {
        let mut s = String::new();
        repr_bytes(b, &mut s);
        s
    }

    #[test]
    fn repr_and_decode() {
        assert_eq!(r(b"a'b"), "b\"a'b\"");
        assert_eq!(r(b"a'\"\x00\xff\n"), "b'a\\'\"\\x00\\xff\\n'");
        let e = decode(b"\xff", "utf-8", "strict").err().map(|e| e.to_str());
        assert_eq!(
            e.as_deref(),
            Some("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte")
        );
        let e = decode(b"a\xe2\x82", "utf-8", "strict")
            .err()
            .map(|e| e.to_str());
        assert_eq!(
            e.as_deref(),
            Some("'utf-8' codec can't decode bytes in position 1-2: unexpected end of data")
        );
        assert_eq!(
            hex(b"\x01\x02\x03", Some(":"), 2).ok().as_deref(),
            Some("01:0203")
        );
        assert_eq!(
            hex(b"\x01\x02\x03", Some(":"), -2).ok().as_deref(),
            Some("0102:03")
        );
    }
}
