//! `struct`: pack, pack_into, unpack, calcsize, unpack_from, iter_unpack and Struct (Modules/_struct.c of CPython 3.11) for the byte orders
//! `@ = < > !` and the codes `x c b B ? h H i I l L q Q f d s p`, with struct.error's
//! messages. The half float `e` and the native-only `n N P` are refused at run time.

use super::bytes::{as_bytes, bytes};
use super::stdc_util::{tuple, unknown};
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::int::Int;
use crate::str::Str;
use crate::value::Value;

fn serr(msg: impl Into<String>) -> PyErr {
    PyErr::msg(ExcKind::StructError, msg)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    Native,
    Little,
    Big,
}

struct Item {
    code: char,
    count: usize,
}

struct Format {
    order: Order,
    /// `@`: native sizes and alignment.
    native: bool,
    items: Vec<Item>,
}

fn size_of(code: char, native: bool) -> usize {
    match code {
        'x' | 'c' | 'b' | 'B' | '?' | 's' | 'p' => 1,
        'h' | 'H' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' => {
            if native {
                8
            } else {
                4
            }
        }
        _ => 8, // q Q d
    }
}

fn parse(fmt: &Value) -> PyResult<Format> {
    let text: String = match fmt {
        Value::Str(s) => s.as_str().to_string(),
        v => match as_bytes(v) {
            Some(b) => b.iter().map(|&c| c as char).collect(),
            None => {
                return type_error(format!(
                    "Struct() argument 1 must be a str or bytes object, not {}",
                    v.class_name()
                ));
            }
        },
    };
    let mut chars = text.chars().peekable();
    let (order, native) = match chars.peek() {
        Some('@') => (Order::Native, true),
        Some('=') => (Order::Native, false),
        Some('<') => (Order::Little, false),
        Some('>') | Some('!') => (Order::Big, false),
        _ => (Order::Native, true),
    };
    if matches!(chars.peek(), Some('@' | '=' | '<' | '>' | '!')) {
        chars.next();
    }
    let mut items = Vec::new();
    while let Some(c) = chars.next() {
        if crate::str::is_py_whitespace(c) && c.is_ascii() {
            continue;
        }
        let mut count: Option<usize> = None;
        let mut c = c;
        if c.is_ascii_digit() {
            let mut n: usize = 0;
            let mut cur = Some(c);
            while let Some(d) = cur.filter(|d| d.is_ascii_digit()) {
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(d as usize - '0' as usize))
                    .ok_or_else(|| serr("total struct size too long"))?;
                cur = chars.next();
            }
            match cur {
                Some(x) => c = x,
                None => return Err(serr("repeat count given without format specifier")),
            }
            count = Some(n);
        }
        match c {
            'x' | 'c' | 'b' | 'B' | '?' | 'h' | 'H' | 'i' | 'I' | 'l' | 'L' | 'q' | 'Q' | 'f'
            | 'd' | 's' | 'p' => {}
            'e' | 'n' | 'N' | 'P' if native || c == 'e' => {
                return Err(PyErr::msg(
                    ExcKind::NotImplementedError,
                    format!("molt: struct format '{c}' is not supported"),
                ));
            }
            _ => return Err(serr("bad char in struct format")),
        }
        items.push(Item {
            code: c,
            count: count.unwrap_or(1),
        });
    }
    Ok(Format {
        order,
        native,
        items,
    })
}

fn align(off: usize, code: char, native: bool) -> usize {
    let a = size_of(code, native);
    if native && a > 1 {
        off.div_ceil(a) * a
    } else {
        off
    }
}

fn calcsize(f: &Format) -> usize {
    let mut off = 0;
    for it in &f.items {
        off = align(off, it.code, f.native);
        off += size_of(it.code, f.native) * it.count;
    }
    off
}

/// The number of values an item consumes.
fn arity(it: &Item) -> usize {
    match it.code {
        'x' => 0,
        's' | 'p' => 1,
        _ => it.count,
    }
}

fn int_arg(v: &Value) -> PyResult<Int> {
    v.as_int()
        .ok_or_else(|| serr("required argument is not an integer"))
}

fn put_int(out: &mut Vec<u8>, x: i128, size: usize, order: Order) {
    let le = x.to_le_bytes();
    let mut b: Vec<u8> = le[..size].to_vec();
    if order == Order::Big {
        b.reverse();
    }
    out.extend_from_slice(&b);
}

fn pack_int(out: &mut Vec<u8>, code: char, v: &Value, f: &Format) -> PyResult<()> {
    let i = int_arg(v)?;
    let size = size_of(code, f.native);
    let unsigned = code.is_ascii_uppercase();
    // Conversion to a C long / unsigned long (the big-endian 8-byte codes go through
    // _PyLong_AsByteArray, with its own message).
    // ubyte and ushort convert through a C long like the signed codes.
    let x: i128 = match i.to_i128() {
        Some(x) if unsigned && size >= 4 && (0..=u64::MAX as i128).contains(&x) => x,
        Some(x) if unsigned && size < 4 && (i64::MIN as i128..=i64::MAX as i128).contains(&x) => x,
        Some(x) if !unsigned && (i64::MIN as i128..=i64::MAX as i128).contains(&x) => x,
        _ => {
            if size == 8 && f.order == Order::Big {
                return Err(serr("int too large to convert"));
            }
            return Err(serr("argument out of range"));
        }
    };
    if size == 8 && f.order == Order::Big && !unsigned && x > i64::MAX as i128 {
        return Err(serr("int too large to convert"));
    }
    let range_msg = || match (size, unsigned) {
        (1, false) => "byte format requires -128 <= number <= 127".to_string(),
        (1, true) => "ubyte format requires 0 <= number <= 255".to_string(),
        (2, false) => "short format requires -32768 <= number <= 32767".to_string(),
        (2, true) => "ushort format requires 0 <= number <= 65535".to_string(),
        (_, false) => format!("'{code}' format requires -2147483648 <= number <= 2147483647"),
        (_, true) => format!("'{code}' format requires 0 <= number <= 4294967295"),
    };
    if size < 8 {
        let bits = size as u32 * 8;
        let ok = if unsigned {
            (0..(1i128 << bits)).contains(&x)
        } else {
            x >= -(1i128 << (bits - 1)) && x < (1i128 << (bits - 1))
        };
        if !ok {
            return Err(serr(range_msg()));
        }
    }
    put_int(out, x, size, f.order);
    Ok(())
}

fn float_arg(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(x) => Ok(*x),
        Value::Int(_) | Value::Bool(_) | Value::Obj(_) => crate::math::real(v).map_err(|e| {
            if e.kind() == ExcKind::TypeError {
                serr("required argument is not a float")
            } else {
                e
            }
        }),
        _ => Err(serr("required argument is not a float")),
    }
}

fn pack(f: &Format, args: &[Value]) -> PyResult<Vec<u8>> {
    check_count("pack", f, args.len())?;
    let mut out = Vec::new();
    pack_to(f, args, &mut out)?;
    Ok(out)
}

/// The item count check of s_pack / s_pack_into ("pack_into expected 2 items ...").
fn check_count(what: &str, f: &Format, got: usize) -> PyResult<()> {
    let need: usize = f.items.iter().map(arity).sum();
    if need != got {
        return Err(serr(format!(
            "{what} expected {need} items for packing (got {got})"
        )));
    }
    Ok(())
}

/// s_pack_internal: appends the packed items to `out` one by one, so that on an error `out`
/// holds what was written before it (pack_into leaves those bytes in the buffer).
fn pack_to(f: &Format, args: &[Value], out: &mut Vec<u8>) -> PyResult<()> {
    let mut ai = args.iter();
    for it in &f.items {
        let pad = align(out.len(), it.code, f.native) - out.len();
        out.extend(std::iter::repeat_n(0u8, pad));
        match it.code {
            'x' => out.extend(std::iter::repeat_n(0u8, it.count)),
            's' | 'p' => {
                let v = ai.next().cloned().unwrap_or_default();
                let b = as_bytes(&v).ok_or_else(|| {
                    serr(format!("argument for '{}' must be a bytes object", it.code))
                })?;
                if it.code == 's' {
                    let n = b.len().min(it.count);
                    out.extend_from_slice(&b[..n]);
                    out.extend(std::iter::repeat_n(0u8, it.count - n));
                } else if it.count > 0 {
                    let n = b.len().min(it.count - 1).min(255);
                    out.push(n as u8);
                    out.extend_from_slice(&b[..n]);
                    out.extend(std::iter::repeat_n(0u8, it.count - 1 - n));
                }
            }
            code => {
                for _ in 0..it.count {
                    let v = ai.next().cloned().unwrap_or_default();
                    match code {
                        'c' => match as_bytes(&v) {
                            Some([b]) => out.push(*b),
                            _ => {
                                return Err(serr(
                                    "char format requires a bytes object of length 1",
                                ));
                            }
                        },
                        '?' => out.push(v.try_truthy()? as u8),
                        'f' => {
                            let x = float_arg(&v)?;
                            let y = x as f32;
                            if !f.native && y.is_infinite() && x.is_finite() {
                                return Err(PyErr::msg(
                                    ExcKind::OverflowError,
                                    "float too large to pack with f format",
                                ));
                            }
                            let b = if f.order == Order::Big {
                                y.to_be_bytes()
                            } else {
                                y.to_le_bytes()
                            };
                            out.extend_from_slice(&b);
                        }
                        'd' => {
                            let x = float_arg(&v)?;
                            let b = if f.order == Order::Big {
                                x.to_be_bytes()
                            } else {
                                x.to_le_bytes()
                            };
                            out.extend_from_slice(&b);
                        }
                        _ => pack_int(out, code, &v, f)?,
                    }
                }
            }
        }
    }
    Ok(())
}

/// `pack_into(buffer, offset, *v)` of _struct.c (s_pack_into): `args` after the format.
/// Only a bytearray is a writable buffer in molt (memoryview and array are refused).
fn pack_into(f: &Format, args: &[Value]) -> PyResult<Value> {
    let n = args.len();
    let need: usize = f.items.iter().map(arity).sum();
    if n != need + 2 {
        return Err(serr(match n {
            0 => "pack_into expected buffer argument".to_string(),
            1 => "pack_into expected offset argument".to_string(),
            _ => format!(
                "pack_into expected {need} items for packing (got {})",
                n - 2
            ),
        }));
    }
    let Some(ba) = super::stdc_util::as_obj::<super::bytes::ByteArray>(&args[0]) else {
        return type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            args[0].class_name()
        ));
    };
    let mut off = super::stdc_util::index_of(&args[1])?
        .as_i64()
        .ok_or_else(|| {
            PyErr::msg(
                ExcKind::IndexError,
                "cannot fit 'int' into an index-sized integer",
            )
        })?;
    let size = calcsize(f) as i64;
    let len = ba.0.borrow().len() as i64;
    if off < 0 {
        if off + size > 0 {
            return Err(serr(format!(
                "no space to pack {size} bytes at offset {off}"
            )));
        }
        if off + len < 0 {
            return Err(serr(format!(
                "offset {off} out of range for {len}-byte buffer"
            )));
        }
        off += len;
    }
    if len - off < size {
        return Err(serr(format!(
            "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {off} (actual buffer size is {len})",
            size + off
        )));
    }
    // CPython zeroes the record, then packs into the buffer item by item.
    let mut out = Vec::with_capacity(size as usize);
    let r = pack_to(f, &args[2..], &mut out);
    let start = off as usize;
    let mut buf = ba.0.borrow_mut();
    if let Some(dst) = buf.get_mut(start..start + size as usize) {
        dst.fill(0);
        let k = out.len().min(dst.len());
        dst[..k].copy_from_slice(&out[..k]);
    }
    r.map(|()| Value::None)
}

fn unpack(f: &Format, data: &[u8]) -> PyResult<Vec<Value>> {
    let size = calcsize(f);
    if data.len() != size {
        return Err(serr(format!("unpack requires a buffer of {size} bytes")));
    }
    let mut out = Vec::new();
    let mut off = 0;
    for it in &f.items {
        off = align(off, it.code, f.native);
        match it.code {
            'x' => off += it.count,
            's' => {
                out.push(bytes(data[off..off + it.count].to_vec()));
                off += it.count;
            }
            'p' => {
                // A length byte, then up to count - 1 bytes (nothing for "0p").
                let part = match data.get(off) {
                    Some(&len) if it.count > 0 => {
                        let n = (len as usize).min(it.count - 1);
                        data.get(off + 1..off + 1 + n).unwrap_or(&[]).to_vec()
                    }
                    _ => Vec::new(),
                };
                out.push(bytes(part));
                off += it.count;
            }
            code => {
                let sz = size_of(code, f.native);
                for _ in 0..it.count {
                    let mut b = data[off..off + sz].to_vec();
                    if f.order == Order::Big {
                        b.reverse();
                    }
                    off += sz;
                    out.push(match code {
                        'c' => bytes(b),
                        '?' => Value::Bool(b.iter().any(|&x| x != 0)),
                        'f' => {
                            let mut a = [0u8; 4];
                            a.copy_from_slice(&b);
                            Value::Float(f32::from_le_bytes(a) as f64)
                        }
                        'd' => {
                            let mut a = [0u8; 8];
                            a.copy_from_slice(&b);
                            Value::Float(f64::from_le_bytes(a))
                        }
                        _ => {
                            let mut a = [0u8; 16];
                            a[..sz].copy_from_slice(&b);
                            let signed = code.is_ascii_lowercase();
                            if signed && b[sz - 1] & 0x80 != 0 {
                                for x in a.iter_mut().skip(sz) {
                                    *x = 0xff;
                                }
                            }
                            Value::Int(Int::from(i128::from_le_bytes(a)))
                        }
                    });
                }
            }
        }
    }
    Ok(out)
}

/// `unpack_from(buffer, offset)` of _struct.c (s_unpack_from / Struct_unpack_from_impl).
fn unpack_from(f: &Format, data: &[u8], offset: &Value) -> PyResult<Vec<Value>> {
    let size = calcsize(f) as i64;
    let len = data.len() as i64;
    let Some(mut off) = offset.as_int().and_then(|i| i.as_i64()) else {
        return type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            offset.class_name()
        ));
    };
    if off < 0 {
        if off + len < 0 {
            return Err(serr(format!(
                "offset {off} out of range for {len}-byte buffer"
            )));
        }
        if -off < size {
            return Err(serr(format!(
                "not enough data to unpack {size} bytes at offset {off}"
            )));
        }
        off += len;
    }
    if len - off < size {
        return Err(serr(format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {off} (actual buffer size is {len})",
            size + off
        )));
    }
    let start = off as usize;
    unpack(f, &data[start..start + size as usize])
}

/// `iter_unpack(buffer)`: an iterator of the tuples of consecutive records.
fn iter_unpack(f: Format, data: Vec<u8>) -> PyResult<Value> {
    let size = calcsize(&f);
    if size == 0 {
        return Err(serr("cannot iteratively unpack with a struct of length 0"));
    }
    if !data.len().is_multiple_of(size) {
        return Err(serr(format!(
            "iterative unpacking requires a buffer of a multiple of {size} bytes"
        )));
    }
    let mut pos = 0;
    Ok(super::itertools::IterObj::value(
        "_struct.unpack_iterator",
        crate::iter::Iter::from_fn("unpack_iterator", move || {
            if pos >= data.len() {
                return Ok(None);
            }
            let rec = unpack(&f, &data[pos..pos + size])?;
            pos += size;
            Ok(Some(tuple(rec)))
        }),
    ))
}

/// `struct.Struct(format)`: the compiled format with the module functions as methods.
struct StructObj {
    fmt: Value,
    f: Format,
}

impl StructObj {
    fn format(&self) -> PyResult<Format> {
        parse(&self.fmt)
    }
}

impl crate::object::Object for StructObj {
    fn type_name(&self) -> &'static str {
        "_struct.Struct"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<_struct.Struct object at {:#x}>",
            self as *const _ as usize
        ));
        Ok(())
    }
    fn getattr(&self, _this: &crate::object::ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "size" => Ok(Value::int(calcsize(&self.f) as i64)),
            "format" => Ok(match &self.fmt {
                Value::Str(_) => self.fmt.clone(),
                other => match as_bytes(other) {
                    Some(b) => Value::str(&String::from_utf8_lossy(b)),
                    None => other.clone(),
                },
            }),
            _ => Err(crate::attr::no_attr("_struct.Struct", name)),
        }
    }
    fn call_method(
        &self,
        _this: &crate::object::ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            "pack" => {
                super::stdc_util::no_kwargs("Struct.pack", &kwargs)?;
                Ok(bytes(pack(&self.f, &args)?))
            }
            "pack_into" => {
                super::stdc_util::no_kwargs("Struct.pack_into", &kwargs)?;
                pack_into(&self.f, &args)
            }
            "unpack" => {
                super::stdc_util::no_kwargs("Struct.unpack", &kwargs)?;
                super::stdc_util::arity("unpack", &args, 1, 1)?;
                let data = super::bytes::arg_bytes(&args[0], "")?;
                Ok(tuple(unpack(&self.f, &data)?))
            }
            "unpack_from" => {
                let a =
                    super::stdc_util::bind("unpack_from", &["buffer", "offset"], 1, args, kwargs)?;
                let data = super::bytes::arg_bytes(a[0].as_ref().unwrap_or(&Value::None), "")?;
                let off = a[1].clone().unwrap_or(Value::int(0));
                Ok(tuple(unpack_from(&self.f, &data, &off)?))
            }
            "iter_unpack" => {
                super::stdc_util::no_kwargs("Struct.iter_unpack", &kwargs)?;
                super::stdc_util::arity("iter_unpack", &args, 1, 1)?;
                let data = super::bytes::arg_bytes(&args[0], "")?;
                iter_unpack(self.format()?, data)
            }
            _ => Err(crate::attr::no_attr("_struct.Struct", name)),
        }
    }
}

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    if name == "unpack_from" {
        let Some((fmt, rest)) = args.split_first() else {
            return type_error("unpack_from() missing required argument 'format' (pos 1)");
        };
        let a = super::stdc_util::bind(
            "unpack_from",
            &["buffer", "offset"],
            1,
            rest.to_vec(),
            kwargs,
        )?;
        let data = super::bytes::arg_bytes(a[0].as_ref().unwrap_or(&Value::None), "")?;
        let off = a[1].clone().unwrap_or(Value::int(0));
        return Ok(tuple(unpack_from(&parse(fmt)?, &data, &off)?));
    }
    if name == "Struct" {
        let a = super::stdc_util::bind("Struct", &["format"], 1, args, kwargs)?;
        let fmt = a[0].clone().unwrap_or(Value::None);
        let f = parse(&fmt)?;
        return Ok(Value::Obj(std::rc::Rc::new(StructObj { fmt, f })));
    }
    super::stdc_util::no_kwargs(&format!("_struct.{name}"), &kwargs)?;
    match name {
        "iter_unpack" => {
            super::stdc_util::arity("iter_unpack", &args, 2, 2)?;
            let f = parse(&args[0])?;
            let data = super::bytes::arg_bytes(&args[1], "")?;
            iter_unpack(f, data)
        }
        "calcsize" => {
            super::stdc_util::arity("calcsize", &args, 1, 1)?;
            Ok(Value::int(calcsize(&parse(&args[0])?) as i64))
        }
        "pack" => {
            let Some((fmt, rest)) = args.split_first() else {
                return type_error("pack expected at least 1 argument, got 0");
            };
            Ok(bytes(pack(&parse(fmt)?, rest)?))
        }
        "pack_into" => {
            let Some((fmt, rest)) = args.split_first() else {
                return type_error("missing format argument");
            };
            pack_into(&parse(fmt)?, rest)
        }
        "unpack" => {
            super::stdc_util::arity("unpack", &args, 2, 2)?;
            let f = parse(&args[0])?;
            let data = super::bytes::arg_bytes(&args[1], "")?;
            Ok(tuple(unpack(&f, &data)?))
        }
        _ => Err(unknown("struct", name)),
    }
}

pub fn attr(name: &str) -> PyResult<Value> {
    match name {
        "pack" | "pack_into" | "unpack" | "calcsize" | "unpack_from" | "iter_unpack" | "Struct" => {
            Ok(super::callable::module_callable("struct", name))
        }
        _ => Err(unknown("struct", name)),
    }
}
