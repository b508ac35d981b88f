//! The `array` module (Modules/arraymodule.c of CPython 3.11): `array.array`, a mutable
//! sequence of one C type. Items live as the raw native-endian bytes CPython stores
//! (so `tobytes`, `frombytes`, `byteswap` and `bytes(a)` are exact); each item is decoded
//! on read and each value checked and encoded on write, with the C conversions'
//! messages (`PyArg_Parse`'s 'h'/'b'/'i'/'l' formatters, `PyLong_AsUnsignedLong`, ...).
//! Sizes are those of CPython on 64-bit Linux: `l`/`L` 8 bytes, `u` (wchar_t) 4 bytes.

use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::int::Int;
use crate::modules::stdc_util::{arity, as_obj, class, no_kwargs, obj, unknown};
use crate::obj::{CmpOp, PyObj};
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::{BinOp, Value, ValueIter};
use std::any::Any;
use std::cell::RefCell;

/// `array.typecodes`.
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// One decoded item.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Item {
    I(i128),
    F(f64),
    /// A wchar_t, as stored (any 32-bit pattern).
    U(u32),
}

pub struct Array {
    code: u8,
    data: RefCell<Vec<u8>>,
}

/// The size in bytes of an item of a (valid) typecode.
pub fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'u' | b'f' => 4,
        _ => 8,
    }
}

fn overflow(msg: &str) -> PyErr {
    PyErr::msg(ExcKind::OverflowError, msg)
}

/// PyNumber_Index for an item: ints, bools and `__index__`.
fn index_item(v: &Value) -> PyResult<Int> {
    match v.as_index()? {
        Some(i) => Ok(i),
        None => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.class_name()
        )),
    }
}

/// `PyLong_AsLong` after `__index__` (getargs' 'h', 'b', 'i' and 'l' start here).
fn as_long(v: &Value) -> PyResult<i64> {
    index_item(v)?
        .as_i64()
        .ok_or_else(|| overflow("Python int too large to convert to C long"))
}

/// getargs.c's 'h' formatter (signed short).
fn arg_short(v: &Value) -> PyResult<i64> {
    let x = as_long(v)?;
    if x < i16::MIN as i64 {
        return Err(overflow("signed short integer is less than minimum"));
    }
    if x > i16::MAX as i64 {
        return Err(overflow("signed short integer is greater than maximum"));
    }
    Ok(x)
}

/// getargs.c's 'i' formatter (signed int).
fn arg_int(v: &Value) -> PyResult<i64> {
    let x = as_long(v)?;
    if x < i32::MIN as i64 {
        return Err(overflow("signed integer is less than minimum"));
    }
    if x > i32::MAX as i64 {
        return Err(overflow("signed integer is greater than maximum"));
    }
    Ok(x)
}

/// `PyLong_AsUnsignedLong` after `__index__` (II_setitem, LL_setitem).
fn as_unsigned_long(v: &Value) -> PyResult<u64> {
    let i = index_item(v)?;
    if i.is_negative() {
        return Err(overflow("can't convert negative value to unsigned int"));
    }
    i.to_u64()
        .ok_or_else(|| overflow("Python int too large to convert to C unsigned long"))
}

/// `PyFloat_AsDouble` (the 'f'/'d' getargs formatters).
fn as_double(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => i.to_f64(),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Obj(o) => {
            if let Some(i) = v.as_int() {
                return i.to_f64();
            }
            match o.convert(o, "float")? {
                Some(Value::Float(f)) => Ok(f),
                _ => match v.as_index()? {
                    Some(i) => i.to_f64(),
                    None => type_error(format!("must be real number, not {}", v.class_name())),
                },
            }
        }
        _ => type_error(format!("must be real number, not {}", v.class_name())),
    }
}

/// The item a value becomes in an array of `code` (the `*_setitem` functions), with
/// CPython's errors.
pub fn to_item(code: u8, v: &Value) -> PyResult<Item> {
    let int = |x: i64| Ok(Item::I(x as i128));
    match code {
        b'b' => {
            let x = arg_short(v)?;
            if x < -128 {
                return Err(overflow("signed char is less than minimum"));
            }
            if x > 127 {
                return Err(overflow("signed char is greater than maximum"));
            }
            int(x)
        }
        b'B' => {
            let x = as_long(v)?;
            if x < 0 {
                return Err(overflow("unsigned byte integer is less than minimum"));
            }
            if x > 255 {
                return Err(overflow("unsigned byte integer is greater than maximum"));
            }
            int(x)
        }
        b'h' => int(arg_short(v)?),
        b'H' => {
            let x = arg_int(v)?;
            if x < 0 {
                return Err(overflow("unsigned short is less than minimum"));
            }
            if x > u16::MAX as i64 {
                return Err(overflow("unsigned short is greater than maximum"));
            }
            int(x)
        }
        b'i' => int(arg_int(v)?),
        b'I' => {
            let x = as_unsigned_long(v)?;
            if x > u32::MAX as u64 {
                return Err(overflow("unsigned int is greater than maximum"));
            }
            Ok(Item::I(x as i128))
        }
        b'l' => int(as_long(v)?),
        b'L' => Ok(Item::I(as_unsigned_long(v)? as i128)),
        b'q' => {
            // PyLong_AsLongLong.
            let i = index_item(v)?;
            i.as_i64()
                .map(|x| Item::I(x as i128))
                .ok_or_else(|| overflow("int too big to convert"))
        }
        b'Q' => {
            // PyLong_AsUnsignedLongLong.
            let i = index_item(v)?;
            if i.is_negative() {
                return Err(overflow("can't convert negative int to unsigned"));
            }
            i.to_u64()
                .map(|x| Item::I(x as i128))
                .ok_or_else(|| overflow("int too big to convert"))
        }
        // The C cast to float rounds to nearest (ties to even) and overflows to inf,
        // like Rust's `as f32`.
        b'f' => Ok(Item::F(as_double(v)? as f32 as f64)),
        b'd' => Ok(Item::F(as_double(v)?)),
        _ => match v {
            // 3.11's u_setitem: a str of one code point.
            Value::Str(s) if s.char_len() == 1 => {
                Ok(Item::U(s.chars().next().map_or(0, |c| c as u32)))
            }
            _ => type_error("array item must be unicode character"),
        },
    }
}

/// Decodes the item stored in `b` (itemsize bytes, native order).
pub fn decode(code: u8, b: &[u8]) -> Item {
    let mut w = [0u8; 8];
    let n = b.len().min(8);
    w[..n].copy_from_slice(&b[..n]);
    let u = u64::from_ne_bytes(w);
    match code {
        b'b' => Item::I(w[0] as i8 as i128),
        b'B' => Item::I(w[0] as i128),
        b'h' => Item::I(i16::from_ne_bytes([w[0], w[1]]) as i128),
        b'H' => Item::I(u16::from_ne_bytes([w[0], w[1]]) as i128),
        b'i' => Item::I(i32::from_ne_bytes([w[0], w[1], w[2], w[3]]) as i128),
        b'I' => Item::I(u32::from_ne_bytes([w[0], w[1], w[2], w[3]]) as i128),
        b'u' => Item::U(u32::from_ne_bytes([w[0], w[1], w[2], w[3]])),
        b'f' => Item::F(f32::from_ne_bytes([w[0], w[1], w[2], w[3]]) as f64),
        b'd' => Item::F(f64::from_ne_bytes(w)),
        b'l' | b'q' => Item::I(u as i64 as i128),
        _ => Item::I(u as i128),
    }
}

/// Appends the bytes of an item (already range-checked by `to_item`).
pub fn encode(code: u8, item: Item, out: &mut Vec<u8>) {
    match (code, item) {
        (b'b' | b'B', Item::I(x)) => out.push(x as u8),
        (b'h' | b'H', Item::I(x)) => out.extend_from_slice(&(x as u16).to_ne_bytes()),
        (b'i' | b'I', Item::I(x)) => out.extend_from_slice(&(x as u32).to_ne_bytes()),
        (b'f', Item::F(f)) => out.extend_from_slice(&(f as f32).to_ne_bytes()),
        (b'd', Item::F(f)) => out.extend_from_slice(&f.to_ne_bytes()),
        (b'u', Item::U(c)) => out.extend_from_slice(&c.to_ne_bytes()),
        (_, Item::I(x)) => out.extend_from_slice(&(x as u64).to_ne_bytes()),
        // Unreachable for items made by to_item; keep the layout whole regardless.
        (_, _) => out.extend(std::iter::repeat_n(0, itemsize(code))),
    }
}

/// A wchar_t as a one-character str (u_getitem: PyUnicode_FromOrdinal).
fn wchar_value(c: u32) -> PyResult<Value> {
    if c >= 0x110000 {
        return Err(PyErr::msg(
            ExcKind::ValueError,
            "chr() arg not in range(0x110000)",
        ));
    }
    match char::from_u32(c) {
        Some(ch) => Ok(Value::Str(Str::new(ch.encode_utf8(&mut [0; 4])))),
        None => Err(surrogate(c)),
    }
}

fn surrogate(c: u32) -> PyErr {
    PyErr::msg(
        ExcKind::NotImplementedError,
        format!("molt: code point 0x{c:x} is a lone surrogate, which molt's str cannot hold"),
    )
}

/// The items of a 'u' array as a str (PyUnicode_FromWideChar).
fn wchars_to_string(items: &[u32]) -> PyResult<String> {
    let mut s = String::with_capacity(items.len());
    for &c in items {
        if c >= 0x110000 {
            return Err(PyErr::msg(
                ExcKind::ValueError,
                format!("character U+{c:x} is not in range [U+0000; U+10ffff]"),
            ));
        }
        s.push(char::from_u32(c).ok_or_else(|| surrogate(c))?);
    }
    Ok(s)
}

pub fn item_value(item: Item) -> PyResult<Value> {
    Ok(match item {
        Item::I(x) => Value::Int(Int::from(x)),
        Item::F(f) => Value::Float(f),
        Item::U(c) => return wchar_value(c),
    })
}

fn array_value(code: u8, data: Vec<u8>) -> Value {
    obj(Array {
        code,
        data: RefCell::new(data),
    })
}

/// The array inside a value, if it is one.
pub fn as_array(v: &Value) -> Option<&Array> {
    as_obj::<Array>(v)
}

/// The raw bytes of an array (its buffer, for `bytes(a)` and the other buffer users).
pub fn array_bytes(v: &Value) -> Option<Vec<u8>> {
    as_array(v).map(|a| a.data.borrow().clone())
}

/// An index argument that must fit a Py_ssize_t (insert, pop): OverflowError otherwise.
fn ssize_arg(v: &Value) -> PyResult<i64> {
    let i = index_item(v)?;
    i.as_i64()
        .ok_or_else(|| overflow("Python int too large to convert to C ssize_t"))
}

/// `_PyEval_SliceIndexNotNone` (index's start/stop): clamped to the i64 range.
fn slice_index(v: &Value) -> PyResult<i64> {
    match v.as_index()? {
        Some(i) => Ok(crate::slice::bound(&i)),
        None => type_error("slice indices must be integers or have an __index__ method"),
    }
}

fn not_writable(name: &str) -> PyErr {
    PyErr::msg(
        ExcKind::AttributeError,
        format!("attribute '{name}' of 'array.array' objects is not writable"),
    )
}

fn no_attr(name: &str) -> PyErr {
    PyErr::msg(
        ExcKind::AttributeError,
        format!("'array.array' object has no attribute '{name}'"),
    )
}

/// The typecode argument of `array(...)`: a str of one character that names a type.
fn typecode_arg(v: &Value) -> PyResult<u8> {
    let c = match v {
        Value::Str(s) if s.char_len() == 1 => s.chars().next().unwrap_or('\0'),
        Value::Str(_) => {
            return type_error("array() argument 1 must be a unicode character, not str");
        }
        _ => {
            return type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                v.class_name()
            ));
        }
    };
    if c.is_ascii() && TYPECODES.as_bytes().contains(&(c as u8)) {
        return Ok(c as u8);
    }
    Err(PyErr::msg(
        ExcKind::ValueError,
        "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
    ))
}

/// `array.array(typecode[, initializer])` (array_new).
pub fn new(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return type_error("array.array() takes no keyword arguments");
    }
    match args.len() {
        0 => return type_error("array() takes at least 1 argument (0 given)"),
        1 | 2 => {}
        n => return type_error(format!("array() takes at most 2 arguments ({n} given)")),
    }
    let code = typecode_arg(&args[0])?;
    let mut data = Vec::new();
    let Some(init) = args.get(1) else {
        return Ok(array_value(code, data));
    };
    if code != b'u' {
        if let Value::Str(_) = init {
            return type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                code as char
            ));
        }
        if as_array(init).is_some_and(|a| a.code == b'u') {
            return type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                code as char
            ));
        }
    }
    match init {
        Value::Str(s) => {
            for c in s.chars() {
                encode(code, Item::U(c as u32), &mut data);
            }
        }
        _ if let Some(src) = as_array(init)
            && src.code == code =>
        {
            data = src.data.borrow().clone();
        }
        _ if let Some(b) = super::bytes::buffer(init) => {
            frombytes_into(code, &mut data, &b)?;
        }
        _ => {
            let mut it = init.iter()?;
            while let Some(x) = it.next()? {
                let item = to_item(code, &x)?;
                encode(code, item, &mut data);
            }
        }
    }
    Ok(array_value(code, data))
}

/// frombytes' length check and append.
fn frombytes_into(code: u8, data: &mut Vec<u8>, b: &[u8]) -> PyResult<()> {
    if !b.len().is_multiple_of(itemsize(code)) {
        return Err(PyErr::msg(
            ExcKind::ValueError,
            "bytes length not a multiple of item size",
        ));
    }
    data.extend_from_slice(b);
    Ok(())
}

/// `module.name(...)` of the array module.
pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "array" | "ArrayType" => new(args, kwargs),
        _ => Err(unknown("array", name)),
    }
}

/// `array.name`.
pub fn attr(name: &str) -> PyResult<Value> {
    match name {
        "array" | "ArrayType" => Ok(class("array", "array", "array")),
        "typecodes" => Ok(Value::str(TYPECODES)),
        _ => Err(unknown("array", name)),
    }
}

impl Array {
    fn size(&self) -> usize {
        itemsize(self.code)
    }

    fn len_items(&self) -> usize {
        self.data.borrow().len() / self.size()
    }

    fn items(&self) -> Vec<Item> {
        let n = self.size();
        self.data
            .borrow()
            .chunks_exact(n)
            .map(|c| decode(self.code, c))
            .collect()
    }

    fn get(&self, i: usize) -> Option<Item> {
        let n = self.size();
        self.data
            .borrow()
            .get(i * n..(i + 1) * n)
            .map(|c| decode(self.code, c))
    }

    fn values(&self) -> PyResult<Vec<Value>> {
        self.items().into_iter().map(item_value).collect()
    }

    fn wchars(&self) -> Vec<u32> {
        self.items()
            .into_iter()
            .map(|it| match it {
                Item::U(c) => c,
                _ => 0,
            })
            .collect()
    }

    /// An item index with a sequence's negative wrap-around; None when out of range.
    fn norm(&self, i: &Int) -> Option<usize> {
        let n = self.len_items() as i64;
        let x = i.as_i64()?;
        let j = if x < 0 { x + n } else { x };
        (0..n).contains(&j).then_some(j as usize)
    }

    /// The getitem index: IndexError for an int that does not fit a Py_ssize_t.
    fn key_index(key: &Value) -> PyResult<Int> {
        match key.as_index()? {
            Some(i) if i.as_i64().is_some() => Ok(i),
            Some(_) => Err(PyErr::msg(
                ExcKind::IndexError,
                "cannot fit 'int' into an index-sized integer",
            )),
            None => type_error("array indices must be integers"),
        }
    }

    fn slice_items(
        &self,
        start: Option<i64>,
        stop: Option<i64>,
        step: Option<i64>,
    ) -> PyResult<Vec<u8>> {
        let n = self.size();
        let d = self.data.borrow();
        let (lo, _, st, len) = crate::slice::indices(start, stop, step, (d.len() / n) as i64)?;
        let mut out = Vec::with_capacity(len.max(0) as usize * n);
        for k in 0..len {
            let at = (lo + k * st) as usize * n;
            if let Some(c) = d.get(at..at + n) {
                out.extend_from_slice(c);
            }
        }
        Ok(out)
    }

    /// `del self[start:stop:step]` (array_del_slice / the extended-slice branch).
    fn del_slice(&self, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> PyResult<()> {
        let n = self.size();
        let mut d = self.data.borrow_mut();
        let (lo, _, st, len) = crate::slice::indices(start, stop, step, (d.len() / n) as i64)?;
        let gone: std::collections::HashSet<i64> = (0..len).map(|k| lo + k * st).collect();
        let old = std::mem::take(&mut *d);
        for (i, c) in old.chunks_exact(n).enumerate() {
            if !gone.contains(&(i as i64)) {
                d.extend_from_slice(c);
            }
        }
        Ok(())
    }

    /// `self[start:stop:step] = other` (array_ass_subscr).
    fn set_slice(
        &self,
        start: Option<i64>,
        stop: Option<i64>,
        step: Option<i64>,
        value: &Value,
    ) -> PyResult<()> {
        let Some(src) = as_array(value) else {
            return type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                value.class_name()
            ));
        };
        if src.code != self.code {
            return type_error("bad argument type for built-in operation");
        }
        // A copy first: `a[1:2] = a` reads the array it writes.
        let src = src.data.borrow().clone();
        let n = self.size();
        let needed = (src.len() / n) as i64;
        let mut d = self.data.borrow_mut();
        let (lo, hi, st, len) = crate::slice::indices(start, stop, step, (d.len() / n) as i64)?;
        if st == 1 {
            let hi = hi.max(lo);
            d.splice(lo as usize * n..hi as usize * n, src);
            return Ok(());
        }
        if needed == 0 {
            drop(d);
            return self.del_slice(start, stop, step);
        }
        if needed != len {
            return Err(PyErr::msg(
                ExcKind::ValueError,
                format!("attempt to assign array of size {needed} to extended slice of size {len}"),
            ));
        }
        for (k, c) in src.chunks_exact(n).enumerate() {
            let at = (lo + k as i64 * st) as usize * n;
            if let Some(slot) = d.get_mut(at..at + n) {
                slot.copy_from_slice(c);
            }
        }
        Ok(())
    }

    /// `array_array_extend`: an array of the same typecode, or any iterable (appended one
    /// item at a time: items before a bad one stay).
    fn extend(&self, other: &Value) -> PyResult<()> {
        if let Some(src) = as_array(other) {
            if src.code != self.code {
                return type_error("can only extend with array of same kind");
            }
            let add = src.data.borrow().clone();
            self.data.borrow_mut().extend(add);
            return Ok(());
        }
        let mut it = other.iter()?;
        while let Some(x) = it.next()? {
            let item = to_item(self.code, &x)?;
            encode(self.code, item, &mut self.data.borrow_mut());
        }
        Ok(())
    }

    /// sq_repeat (either operand order): PySequence_Repeat's error for a non-int.
    fn repeat(&self, n: &Value) -> PyResult<Option<Value>> {
        let Some(k) = n.as_index()? else {
            return type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                n.class_name()
            ));
        };
        let d = self.data.borrow();
        Ok(Some(array_value(
            self.code,
            super::bytes::repeat_bytes(&d, &k)?,
        )))
    }

    fn method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let qual = format!("array.{name}");
        let none = Ok(Value::None);
        let code = self.code;
        match name {
            "append" => {
                no_kwargs(&qual, &kwargs)?;
                arity(&qual, &args, 1, 1)?;
                let item = to_item(code, &args[0])?;
                encode(code, item, &mut self.data.borrow_mut());
                none
            }
            "extend" => {
                no_kwargs(&qual, &kwargs)?;
                arity(&qual, &args, 1, 1)?;
                self.extend(&args[0])?;
                none
            }
            "insert" => {
                no_kwargs(&qual, &kwargs)?;
                arity("insert", &args, 2, 2)?;
                let i = ssize_arg(&args[0])?;
                let item = to_item(code, &args[1])?;
                let n = self.len_items() as i64;
                // ins1's clamping.
                let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
                let mut b = Vec::new();
                encode(code, item, &mut b);
                let s = self.size();
                self.data.borrow_mut().splice(at * s..at * s, b);
                none
            }
            "pop" => {
                no_kwargs(&qual, &kwargs)?;
                arity("pop", &args, 0, 1)?;
                let i = match args.first() {
                    None => -1,
                    Some(v) => ssize_arg(v)?,
                };
                let n = self.len_items() as i64;
                if n == 0 {
                    return Err(PyErr::msg(ExcKind::IndexError, "pop from empty array"));
                }
                let j = if i < 0 { i + n } else { i };
                if !(0..n).contains(&j) {
                    return Err(PyErr::msg(ExcKind::IndexError, "pop index out of range"));
                }
                let j = j as usize;
                let item = self.get(j);
                let s = self.size();
                self.data.borrow_mut().drain(j * s..(j + 1) * s);
                item_value(item.unwrap_or(Item::I(0)))
            }
            "remove" | "count" => {
                no_kwargs(&qual, &kwargs)?;
                arity(&qual, &args, 1, 1)?;
                let mut count = 0i64;
                for (i, v) in self.values()?.into_iter().enumerate() {
                    if v.eq(&args[0])? {
                        if name == "remove" {
                            let s = self.size();
                            self.data.borrow_mut().drain(i * s..(i + 1) * s);
                            return none;
                        }
                        count += 1;
                    }
                }
                if name == "remove" {
                    return Err(PyErr::msg(
                        ExcKind::ValueError,
                        "array.remove(x): x not in array",
                    ));
                }
                Ok(Value::int(count))
            }
            "index" => {
                no_kwargs(&qual, &kwargs)?;
                arity("index", &args, 1, 3)?;
                let n = self.len_items() as i64;
                let clamp = |x: i64| if x < 0 { (x + n).max(0) } else { x };
                let start = match args.get(1) {
                    Some(v) => clamp(slice_index(v)?),
                    None => 0,
                };
                let stop = match args.get(2) {
                    Some(v) => clamp(slice_index(v)?),
                    None => n,
                };
                let mut i = start;
                while i < stop && i < self.len_items() as i64 {
                    if let Some(item) = self.get(i as usize)
                        && item_value(item)?.eq(&args[0])?
                    {
                        return Ok(Value::int(i));
                    }
                    i += 1;
                }
                Err(PyErr::msg(
                    ExcKind::ValueError,
                    "array.index(x): x not in array",
                ))
            }
            "reverse" | "tolist" | "tobytes" | "tounicode" | "byteswap" | "buffer_info"
            | "__copy__" => {
                no_kwargs(&qual, &kwargs)?;
                arity(&qual, &args, 0, 0)?;
                match name {
                    "reverse" => {
                        let s = self.size();
                        let mut d = self.data.borrow_mut();
                        let rev: Vec<u8> = d.rchunks_exact(s).flatten().copied().collect();
                        *d = rev;
                        none
                    }
                    "tolist" => Ok(Value::List(crate::list::List::from_vec(self.values()?))),
                    "tobytes" => Ok(super::bytes::bytes(self.data.borrow().clone())),
                    "tounicode" => {
                        if code != b'u' {
                            return Err(PyErr::msg(
                                ExcKind::ValueError,
                                "tounicode() may only be called on unicode type arrays",
                            ));
                        }
                        Ok(Value::str(&wchars_to_string(&self.wchars())?))
                    }
                    "byteswap" => {
                        let s = self.size();
                        for c in self.data.borrow_mut().chunks_exact_mut(s) {
                            c.reverse();
                        }
                        none
                    }
                    "buffer_info" => {
                        // The address of the items, as CPython's ob_item (NULL when
                        // nothing was ever allocated).
                        let d = self.data.borrow();
                        let addr = if d.capacity() == 0 {
                            0
                        } else {
                            d.as_ptr() as usize as i64
                        };
                        Ok(crate::modules::stdc_util::tuple(vec![
                            Value::int(addr),
                            Value::int(self.len_items() as i64),
                        ]))
                    }
                    _ => Ok(array_value(code, self.data.borrow().clone())),
                }
            }
            "__deepcopy__" => {
                no_kwargs(&qual, &kwargs)?;
                arity(&qual, &args, 1, 1)?;
                Ok(array_value(code, self.data.borrow().clone()))
            }
            "frombytes" => {
                no_kwargs(&qual, &kwargs)?;
                arity(&qual, &args, 1, 1)?;
                // 3.11 takes only buffers of bytes (an array of itemsize 1, not others).
                if as_array(&args[0]).is_some_and(|a| a.size() != 1) {
                    return type_error("a bytes-like object is required");
                }
                let Some(b) = super::bytes::any_buffer(&args[0]) else {
                    return type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        args[0].class_name()
                    ));
                };
                frombytes_into(code, &mut self.data.borrow_mut(), &b).map(|()| Value::None)
            }
            "fromlist" => {
                no_kwargs(&qual, &kwargs)?;
                arity(&qual, &args, 1, 1)?;
                let Value::List(l) = &args[0] else {
                    return type_error("arg must be list");
                };
                // All or nothing (array_array_fromlist restores the old size).
                let mut add = Vec::new();
                for x in l.to_vec() {
                    encode(code, to_item(code, &x)?, &mut add);
                }
                self.data.borrow_mut().extend(add);
                none
            }
            "fromunicode" => {
                no_kwargs(&qual, &kwargs)?;
                arity(&qual, &args, 1, 1)?;
                let Value::Str(s) = &args[0] else {
                    return type_error(format!(
                        "fromunicode() argument must be str, not {}",
                        args[0].class_name()
                    ));
                };
                if code != b'u' {
                    return Err(PyErr::msg(
                        ExcKind::ValueError,
                        "fromunicode() may only be called on unicode type arrays",
                    ));
                }
                let mut d = self.data.borrow_mut();
                for c in s.chars() {
                    encode(code, Item::U(c as u32), &mut d);
                }
                none
            }
            "__reversed__" => {
                // reversed() over the sequence protocol: reads the live array.
                let this = this.clone();
                let mut i = self.len_items() as i64 - 1;
                Ok(Value::Iter(crate::iter::Iter::from_fn(
                    "reversed",
                    move || {
                        let Some(a) = this.as_any().downcast_ref::<Array>() else {
                            return Ok(None);
                        };
                        if i < 0 {
                            return Ok(None);
                        }
                        let item = a.get(i as usize);
                        i -= 1;
                        match item {
                            Some(it) => item_value(it).map(Some),
                            None => {
                                i = -1;
                                Ok(None)
                            }
                        }
                    },
                )))
            }
            "__len__" | "__getitem__" | "__setitem__" | "__delitem__" | "__contains__"
            | "__iter__" => {
                no_kwargs(&qual, &kwargs)?;
                let want = match name {
                    "__len__" | "__iter__" => 0,
                    "__setitem__" => 2,
                    _ => 1,
                };
                if args.len() != want {
                    return type_error(format!(
                        "expected {want} argument{}, got {}",
                        if want == 1 { "" } else { "s" },
                        args.len()
                    ));
                }
                match name {
                    "__len__" => Ok(Value::int(self.len_items() as i64)),
                    "__getitem__" => self.getitem(this, &args[0]),
                    "__setitem__" => self
                        .setitem(this, args[0].clone(), args[1].clone())
                        .map(|()| Value::None),
                    "__delitem__" => self.delitem(this, &args[0]).map(|()| Value::None),
                    "__contains__" => {
                        Ok(Value::Bool(self.contains(this, &args[0])?.unwrap_or(false)))
                    }
                    _ => Ok(Value::Iter(match self.iter(this)? {
                        ValueIter::Iter(it) => it,
                        mut other => {
                            crate::iter::Iter::from_fn("arrayiterator", move || other.next())
                        }
                    })),
                }
            }
            "__getslice__" => {
                let bound =
                    |v: Option<&Value>| v.and_then(|v| v.as_int()).map(|i| crate::slice::bound(&i));
                let (start, stop, step) =
                    (bound(args.first()), bound(args.get(1)), bound(args.get(2)));
                Ok(array_value(code, self.slice_items(start, stop, step)?))
            }
            _ => Err(no_attr(name)),
        }
    }
}

/// The methods `a.name` gives as bound values.
const METHODS: &[&str] = &[
    "append",
    "buffer_info",
    "byteswap",
    "count",
    "extend",
    "frombytes",
    "fromlist",
    "fromunicode",
    "index",
    "insert",
    "pop",
    "remove",
    "reverse",
    "tobytes",
    "tolist",
    "tounicode",
    "__copy__",
    "__deepcopy__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__iter__",
];

/// array_richcompare: the first differing items decide; equal prefixes compare lengths.
fn richcompare(a: &Array, b: &Array, op: Option<CmpOp>) -> PyResult<bool> {
    let (x, y) = (a.values()?, b.values()?);
    if op.is_none() && x.len() != y.len() {
        return Ok(false);
    }
    for (p, q) in x.iter().zip(&y) {
        if !p.eq(q)? {
            return match op {
                None => Ok(false),
                Some(op) => p.compare(q, op),
            };
        }
    }
    Ok(match op {
        None => true,
        Some(CmpOp::Lt) => x.len() < y.len(),
        Some(CmpOp::Le) => x.len() <= y.len(),
        Some(CmpOp::Gt) => x.len() > y.len(),
        Some(CmpOp::Ge) => x.len() >= y.len(),
    })
}

impl Object for Array {
    fn type_name(&self) -> &'static str {
        "array.array"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str("array('");
        out.push(self.code as char);
        out.push('\'');
        if self.len_items() == 0 {
            out.push(')');
            return Ok(());
        }
        out.push_str(", ");
        if self.code == b'u' {
            crate::str::repr_str_into(&wchars_to_string(&self.wchars())?, out);
        } else {
            out.push('[');
            for (k, v) in self.values()?.iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                v.py_repr(out)?;
            }
            out.push(']');
        }
        out.push(')');
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        match as_array(other) {
            Some(o) => richcompare(self, o, None).map(Some),
            None => Ok(None),
        }
    }
    fn compare(&self, _this: &ObjRef, other: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        match as_array(other) {
            Some(o) => richcompare(self, o, Some(op)).map(Some),
            None => Ok(None),
        }
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        type_error("unhashable type: 'array.array'")
    }
    fn len(&self, _this: &ObjRef) -> PyResult<usize> {
        Ok(self.len_items())
    }
    fn getitem(&self, _this: &ObjRef, key: &Value) -> PyResult<Value> {
        if let Some((start, stop, step)) = crate::class::slice_bounds(key)? {
            return Ok(array_value(self.code, self.slice_items(start, stop, step)?));
        }
        let i = Self::key_index(key)?;
        match self.norm(&i).and_then(|j| self.get(j)) {
            Some(it) => item_value(it),
            None => Err(PyErr::msg(ExcKind::IndexError, "array index out of range")),
        }
    }
    fn setitem(&self, _this: &ObjRef, key: Value, value: Value) -> PyResult<()> {
        if let Some((start, stop, step)) = crate::class::slice_bounds(&key)? {
            return self.set_slice(start, stop, step, &value);
        }
        let i = Self::key_index(&key)?;
        let Some(j) = self.norm(&i) else {
            return Err(PyErr::msg(
                ExcKind::IndexError,
                "array assignment index out of range",
            ));
        };
        let mut b = Vec::new();
        encode(self.code, to_item(self.code, &value)?, &mut b);
        let s = self.size();
        if let Some(slot) = self.data.borrow_mut().get_mut(j * s..(j + 1) * s) {
            slot.copy_from_slice(&b);
        }
        Ok(())
    }
    fn delitem(&self, _this: &ObjRef, key: &Value) -> PyResult<()> {
        if let Some((start, stop, step)) = crate::class::slice_bounds(key)? {
            return self.del_slice(start, stop, step);
        }
        let i = Self::key_index(key)?;
        let Some(j) = self.norm(&i) else {
            return Err(PyErr::msg(
                ExcKind::IndexError,
                "array assignment index out of range",
            ));
        };
        let s = self.size();
        self.data.borrow_mut().drain(j * s..(j + 1) * s);
        Ok(())
    }
    fn contains(&self, _this: &ObjRef, x: &Value) -> PyResult<Option<bool>> {
        for v in self.values()? {
            if v.eq(x)? {
                return Ok(Some(true));
            }
        }
        Ok(Some(false))
    }
    fn iter(&self, this: &ObjRef) -> PyResult<ValueIter> {
        // Reads the live contents at each step, like arrayiter_next.
        let this = this.clone();
        let mut i = 0usize;
        Ok(ValueIter::Iter(crate::iter::Iter::from_fn(
            "arrayiterator",
            move || {
                let Some(a) = this.as_any().downcast_ref::<Array>() else {
                    return Ok(None);
                };
                let r = a.get(i);
                i += 1;
                r.map(item_value).transpose()
            },
        )))
    }
    fn binop(
        &self,
        _this: &ObjRef,
        op: BinOp,
        other: &Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        match op {
            // sq_concat: only when the array is the left operand.
            BinOp::Add if !reflected => {
                let Some(o) = as_array(other) else {
                    return type_error(format!(
                        "can only append array (not \"{}\") to array",
                        other.class_name()
                    ));
                };
                if o.code != self.code {
                    return type_error("bad argument type for built-in operation");
                }
                let mut v = self.data.borrow().clone();
                v.extend_from_slice(&o.data.borrow());
                Ok(Some(array_value(self.code, v)))
            }
            BinOp::Mul => self.repeat(other),
            _ => Ok(None),
        }
    }
    fn inplace(&self, this: &ObjRef, op: BinOp, other: &Value) -> PyResult<Option<Value>> {
        match op {
            BinOp::Add => {
                let Some(o) = as_array(other) else {
                    return type_error(format!(
                        "can only extend array with array (not \"{}\")",
                        other.class_name()
                    ));
                };
                if o.code != self.code {
                    return type_error("can only extend with array of same kind");
                }
                let add = o.data.borrow().clone();
                self.data.borrow_mut().extend(add);
                Ok(Some(Value::Obj(this.clone())))
            }
            BinOp::Mul => {
                let Some(k) = other.as_index()? else {
                    return type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        other.class_name()
                    ));
                };
                let v = super::bytes::repeat_bytes(&self.data.borrow(), &k)?;
                *self.data.borrow_mut() = v;
                Ok(Some(Value::Obj(this.clone())))
            }
            _ => Ok(None),
        }
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        self.method(this, name, args, kwargs)
    }
    fn getattr(&self, this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "typecode" => Ok(Value::str(&(self.code as char).to_string())),
            "itemsize" => Ok(Value::int(self.size() as i64)),
            _ if METHODS.contains(&name) => {
                Ok(crate::attr::bound_builtin(Value::Obj(this.clone()), name))
            }
            _ => Err(no_attr(name)),
        }
    }
    fn setattr(&self, _this: &ObjRef, name: &str, _value: Value) -> PyResult<()> {
        match name {
            "typecode" | "itemsize" => Err(not_writable(name)),
            _ => Err(no_attr(name)),
        }
    }
    fn py_copy(&self, _this: &ObjRef) -> Option<PyResult<Value>> {
        Some(Ok(array_value(self.code, self.data.borrow().clone())))
    }
    fn py_deepcopy(
        &self,
        _this: &ObjRef,
        _deep: &mut dyn FnMut(&Value) -> PyResult<Value>,
    ) -> Option<PyResult<Value>> {
        Some(Ok(array_value(self.code, self.data.borrow().clone())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn msg(r: PyResult<Item>) -> String {
        match r {
            Ok(it) => format!("{it:?}"),
            Err(e) => format!("{:?}: {}", e.kind(), e.to_str()),
        }
    }

    #[test]
    fn overflow_messages() {
        let big = Value::Int(Int::from(1i128 << 70));
        assert_eq!(
            msg(to_item(b'b', &Value::int(128))),
            "OverflowError: signed char is greater than maximum"
        );
        assert_eq!(
            msg(to_item(b'b', &Value::int(40000))),
            "OverflowError: signed short integer is greater than maximum"
        );
        assert_eq!(
            msg(to_item(b'H', &Value::int(-1))),
            "OverflowError: unsigned short is less than minimum"
        );
        assert_eq!(
            msg(to_item(b'H', &Value::int(1 << 40))),
            "OverflowError: signed integer is greater than maximum"
        );
        assert_eq!(
            msg(to_item(b'I', &Value::int(-1))),
            "OverflowError: can't convert negative value to unsigned int"
        );
        assert_eq!(
            msg(to_item(b'L', &big)),
            "OverflowError: Python int too large to convert to C unsigned long"
        );
        assert_eq!(
            msg(to_item(b'q', &big)),
            "OverflowError: int too big to convert"
        );
        assert_eq!(
            msg(to_item(b'Q', &Value::int(-5))),
            "OverflowError: can't convert negative int to unsigned"
        );
        assert_eq!(
            msg(to_item(b'i', &Value::Float(1.0))),
            "TypeError: 'float' object cannot be interpreted as an integer"
        );
        assert_eq!(
            msg(to_item(b'd', &Value::str("x"))),
            "TypeError: must be real number, not str"
        );
        assert_eq!(
            msg(to_item(b'u', &Value::str("ab"))),
            "TypeError: array item must be unicode character"
        );
    }

    /// The C ranges of each integer typecode.
    fn range(code: u8) -> (i128, i128) {
        match code {
            b'b' => (-128, 127),
            b'B' => (0, 255),
            b'h' => (i16::MIN as i128, i16::MAX as i128),
            b'H' => (0, u16::MAX as i128),
            b'i' => (i32::MIN as i128, i32::MAX as i128),
            b'I' => (0, u32::MAX as i128),
            b'l' | b'q' => (i64::MIN as i128, i64::MAX as i128),
            _ => (0, u64::MAX as i128),
        }
    }

    proptest! {
        /// A value is accepted exactly when it is in the type's range, and then
        /// survives encode/decode unchanged.
        #[test]
        fn ints_round_trip_or_overflow(x in any::<i128>(), k in 0usize..10) {
            let code = b"bBhHiIlLqQ"[k];
            let (lo, hi) = range(code);
            let x = match x % 3 { 0 => x, 1 => x % 70000, _ => x % (1i128 << 66) };
            let r = to_item(code, &Value::Int(Int::from(x)));
            if (lo..=hi).contains(&x) {
                let it = r.map_err(|e| e.to_str());
                prop_assert_eq!(it.clone(), Ok(Item::I(x)));
                let mut b = Vec::new();
                encode(code, Item::I(x), &mut b);
                prop_assert_eq!(b.len(), itemsize(code));
                prop_assert_eq!(decode(code, &b), Item::I(x));
            } else {
                let e = r.err().map(|e| e.kind());
                prop_assert_eq!(e, Some(ExcKind::OverflowError));
            }
        }

        /// 'f' stores the f32 nearest the value; 'd' stores it unchanged.
        #[test]
        fn floats_round_through_f32(x in any::<f64>()) {
            let f = to_item(b'f', &Value::Float(x)).map_err(|e| e.to_str());
            prop_assert_eq!(f.clone().map(|i| match i { Item::F(v) => v.to_bits(), _ => 0 }),
                Ok((x as f32 as f64).to_bits()));
            let mut b = Vec::new();
            if let Ok(it) = f {
                encode(b'f', it, &mut b);
                prop_assert_eq!(b.len(), 4);
                prop_assert_eq!(decode(b'f', &b), it);
            }
            let d = to_item(b'd', &Value::Float(x)).map_err(|e| e.to_str());
            prop_assert_eq!(d.map(|i| match i { Item::F(v) => v.to_bits(), _ => 0 }), Ok(x.to_bits()));
        }
    }
}
