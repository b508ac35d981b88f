//! `bytearray` (Objects/bytearrayobject.c): a mutable, unhashable sequence of bytes with
//! the read methods of bytes (ops.rs) plus item/slice assignment and list-like mutation.

use super::{Kind, any_buffer, compare, concat, contains, from_object, index, ops, repr_quoted};
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::modules::stdc_util::{arity, index_of, no_kwargs, obj};
use crate::obj::CmpOp;
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::{BinOp, Value, ValueIter};
use std::any::Any;
use std::cell::RefCell;

pub struct ByteArray(pub RefCell<Vec<u8>>);

/// A bytearray value.
pub fn bytearray(v: Vec<u8>) -> Value {
    obj(ByteArray(RefCell::new(v)))
}

/// `_getbytevalue`: an int in range(256).
fn byte_value(v: &Value) -> PyResult<u8> {
    match index_of(v)?.as_i64() {
        Some(c @ 0..=255) => Ok(c as u8),
        _ => Err(PyErr::msg(
            ExcKind::ValueError,
            "byte must be in range(0, 256)",
        )),
    }
}

/// `bytearray(source=..., encoding=..., errors=...)` (bytearray___init___impl).
pub fn bytearray_new(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let (src, enc, errors) = super::ctor_args(Kind::ByteArray, args, kwargs)?;
    let no_string = |enc: &Option<String>| {
        type_error(if enc.is_some() {
            "encoding without a string argument"
        } else {
            "errors without a string argument"
        })
    };
    let Some(x) = src else {
        if enc.is_some() || errors.is_some() {
            return no_string(&enc);
        }
        return Ok(bytearray(vec![]));
    };
    if let Value::Str(s) = &x {
        let Some(enc) = enc else {
            return type_error("string argument without an encoding");
        };
        return Ok(bytearray(super::encode(
            s.as_str(),
            &enc,
            errors.as_deref().unwrap_or("strict"),
        )?));
    }
    if enc.is_some() || errors.is_some() {
        return no_string(&enc);
    }
    Ok(bytearray(from_object(Kind::ByteArray, &x)?))
}

/// The bytes of the value assigned to a bytearray slice (bytearray_ass_subscript).
fn slice_source(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = any_buffer(v) {
        return Ok(b);
    }
    if matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::Str(_)
    ) {
        return type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    from_object(Kind::ByteArray, v)
}

impl ByteArray {
    /// `self[start:stop:step] = src` (bytearray_setslice / ass_subscript).
    fn set_slice(
        &self,
        start: Option<i64>,
        stop: Option<i64>,
        step: Option<i64>,
        src: Vec<u8>,
    ) -> PyResult<()> {
        let mut b = self.0.borrow_mut();
        let (lo, hi, st, n) = crate::slice::indices(start, stop, step, b.len() as i64)?;
        if st == 1 {
            let hi = hi.max(lo);
            b.splice(lo as usize..hi as usize, src);
            return Ok(());
        }
        if src.len() as i64 != n {
            return Err(PyErr::msg(
                ExcKind::ValueError,
                format!(
                    "attempt to assign bytes of size {} to extended slice of size {n}",
                    src.len()
                ),
            ));
        }
        for (k, c) in src.into_iter().enumerate() {
            let at = (lo + k as i64 * st) as usize;
            if let Some(slot) = b.get_mut(at) {
                *slot = c;
            }
        }
        Ok(())
    }

    /// `del self[start:stop:step]`.
    fn del_slice(&self, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> PyResult<()> {
        let mut b = self.0.borrow_mut();
        let (lo, _, st, n) = crate::slice::indices(start, stop, step, b.len() as i64)?;
        let gone: std::collections::HashSet<usize> =
            (0..n).map(|k| (lo + k * st) as usize).collect();
        let mut i = 0;
        b.retain(|_| {
            let keep = !gone.contains(&i);
            i += 1;
            keep
        });
        Ok(())
    }

    fn mutate(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Option<Value>> {
        let qual = format!("bytearray.{name}");
        let none = Ok(Some(Value::None));
        match name {
            "append" => {
                no_kwargs(&qual, &kwargs)?;
                arity(&qual, &args, 1, 1)?;
                let c = byte_value(&args[0])?;
                self.0.borrow_mut().push(c);
                none
            }
            "extend" => {
                no_kwargs(&qual, &kwargs)?;
                arity(&qual, &args, 1, 1)?;
                let add = match any_buffer(&args[0]) {
                    Some(b) => b,
                    None => {
                        let mut it = args[0].iter().map_err(|e| {
                            if e.kind() == ExcKind::TypeError {
                                PyErr::msg(
                                    ExcKind::TypeError,
                                    format!("can't extend bytearray with {}", args[0].class_name()),
                                )
                            } else {
                                e
                            }
                        })?;
                        let mut add = Vec::new();
                        while let Some(x) = it.next()? {
                            add.push(byte_value(&x)?);
                        }
                        add
                    }
                };
                self.0.borrow_mut().extend(add);
                none
            }
            "insert" => {
                no_kwargs(&qual, &kwargs)?;
                arity("insert", &args, 2, 2)?;
                let i = index_of(&args[0])?;
                let c = byte_value(&args[1])?;
                let mut b = self.0.borrow_mut();
                let n = b.len() as i64;
                // list.insert's clamping (bytearray_insert_impl).
                let i = crate::slice::bound(&i);
                let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
                b.insert(at as usize, c);
                none
            }
            "pop" => {
                no_kwargs(&qual, &kwargs)?;
                arity("pop", &args, 0, 1)?;
                let i = match args.first() {
                    None => crate::int::Int::from(-1i64),
                    Some(v) => index_of(v)?,
                };
                let mut b = self.0.borrow_mut();
                if b.is_empty() {
                    return Err(PyErr::msg(ExcKind::IndexError, "pop from empty bytearray"));
                }
                match index(&i, b.len()) {
                    Some(j) => Ok(Some(Value::int(b.remove(j) as i64))),
                    None => Err(PyErr::msg(ExcKind::IndexError, "pop index out of range")),
                }
            }
            "remove" => {
                no_kwargs(&qual, &kwargs)?;
                arity(&qual, &args, 1, 1)?;
                let c = byte_value(&args[0])?;
                let mut b = self.0.borrow_mut();
                match b.iter().position(|x| *x == c) {
                    Some(j) => {
                        b.remove(j);
                        none
                    }
                    None => Err(PyErr::msg(
                        ExcKind::ValueError,
                        "value not found in bytearray",
                    )),
                }
            }
            "reverse" | "clear" | "copy" => {
                no_kwargs(&qual, &kwargs)?;
                arity(&qual, &args, 0, 0)?;
                let mut b = self.0.borrow_mut();
                match name {
                    "reverse" => b.reverse(),
                    "clear" => b.clear(),
                    _ => return Ok(Some(bytearray(b.clone()))),
                }
                none
            }
            "__reversed__" => Ok(Some(super::reversed(self.0.borrow().clone()))),
            "__getslice__" => {
                let bound = |v: &Value| v.as_int().map(|i| crate::slice::bound(&i));
                let (start, stop, step) = (bound(&args[0]), bound(&args[1]), bound(&args[2]));
                let b = self.0.borrow();
                Ok(Some(bytearray(super::slice(&b, start, stop, step)?)))
            }
            _ => {
                let _ = this;
                Ok(None)
            }
        }
    }
}

impl Object for ByteArray {
    fn type_name(&self) -> &'static str {
        "bytearray"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str("bytearray(");
        repr_quoted(&self.0.borrow(), out, true);
        out.push(')');
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        // bytearray_richcompare takes any buffer (an array.array too).
        Ok(Some(
            any_buffer(other).is_some_and(|o| o == *self.0.borrow()),
        ))
    }
    fn compare(&self, _this: &ObjRef, other: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        let b = self.0.borrow().clone();
        Ok(compare(&b, other, op))
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        type_error("unhashable type: 'bytearray'")
    }
    fn len(&self, _this: &ObjRef) -> PyResult<usize> {
        Ok(self.0.borrow().len())
    }
    fn getitem(&self, _this: &ObjRef, key: &Value) -> PyResult<Value> {
        // The key is resolved first: a user __index__ may touch this bytearray.
        if let Some((start, stop, step)) = crate::class::slice_bounds(key)? {
            return Ok(bytearray(super::slice(
                &self.0.borrow(),
                start,
                stop,
                step,
            )?));
        }
        let Some(i) = key.as_index()? else {
            return type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                key.class_name()
            ));
        };
        let b = self.0.borrow();
        match index(&i, b.len()) {
            Some(j) => Ok(Value::int(b[j] as i64)),
            None => Err(PyErr::msg(
                ExcKind::IndexError,
                "bytearray index out of range",
            )),
        }
    }
    fn setitem(&self, _this: &ObjRef, key: Value, value: Value) -> PyResult<()> {
        if let Some((start, stop, step)) = crate::class::slice_bounds(&key)? {
            let src = slice_source(&value)?;
            return self.set_slice(start, stop, step, src);
        }
        let Some(i) = key.as_index()? else {
            return type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                key.class_name()
            ));
        };
        let c = byte_value(&value)?;
        let mut b = self.0.borrow_mut();
        match index(&i, b.len()) {
            Some(j) => {
                b[j] = c;
                Ok(())
            }
            None => Err(PyErr::msg(
                ExcKind::IndexError,
                "bytearray index out of range",
            )),
        }
    }
    fn delitem(&self, _this: &ObjRef, key: &Value) -> PyResult<()> {
        if let Some((start, stop, step)) = crate::class::slice_bounds(key)? {
            return self.del_slice(start, stop, step);
        }
        let Some(i) = key.as_index()? else {
            return type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                key.class_name()
            ));
        };
        let mut b = self.0.borrow_mut();
        match index(&i, b.len()) {
            Some(j) => {
                b.remove(j);
                Ok(())
            }
            None => Err(PyErr::msg(
                ExcKind::IndexError,
                "bytearray index out of range",
            )),
        }
    }
    fn contains(&self, _this: &ObjRef, x: &Value) -> PyResult<Option<bool>> {
        if let Value::Int(_) | Value::Bool(_) = x {
            return contains(&self.0.borrow(), x).map(Some);
        }
        let b = self.0.borrow().clone();
        contains(&b, x).map(Some)
    }
    fn iter(&self, this: &ObjRef) -> PyResult<ValueIter> {
        // Reads the live contents at each step, like bytearrayiter_next.
        let this = this.clone();
        let mut i = 0usize;
        Ok(ValueIter::Iter(crate::iter::Iter::from_fn(
            "bytearray_iterator",
            move || {
                let Some(a) = this.as_any().downcast_ref::<ByteArray>() else {
                    return Ok(None);
                };
                let r = a.0.borrow().get(i).map(|&c| Value::int(c as i64));
                i += 1;
                Ok(r)
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
        let b = self.0.borrow().clone();
        match op {
            BinOp::Add => concat(Kind::ByteArray, &b, other, reflected),
            BinOp::Mul => super::repeat(Kind::ByteArray, &b, other),
            BinOp::Mod if !reflected => Ok(Some(bytearray(crate::format::bytes_percent_format(
                &b, other,
            )?))),
            _ => Ok(None),
        }
    }
    fn inplace(&self, this: &ObjRef, op: BinOp, other: &Value) -> PyResult<Option<Value>> {
        match op {
            BinOp::Add => {
                let Some(o) = any_buffer(other) else {
                    return type_error(format!("can't concat {} to bytearray", other.class_name()));
                };
                self.0.borrow_mut().extend(o);
                Ok(Some(Value::Obj(this.clone())))
            }
            BinOp::Mul => {
                let Some(n) = other.as_index()? else {
                    return type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        other.class_name()
                    ));
                };
                let v = super::repeat_bytes(&self.0.borrow(), &n)?;
                *self.0.borrow_mut() = v;
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
        if let Some(v) = self.mutate(this, name, args.clone(), kwargs.clone())? {
            return Ok(v);
        }
        let b = self.0.borrow().clone();
        match ops::read_method(Kind::ByteArray, &b, name, args, kwargs)? {
            Some(v) => Ok(v),
            None => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'bytearray' object has no attribute '{name}'"),
            )),
        }
    }
    fn getattr(&self, this: &ObjRef, name: &str) -> PyResult<Value> {
        const MUTATORS: &[&str] = &[
            "append", "clear", "copy", "extend", "insert", "pop", "remove", "reverse",
        ];
        if ops::METHODS.contains(&name) || MUTATORS.contains(&name) {
            return Ok(crate::attr::bound_builtin(Value::Obj(this.clone()), name));
        }
        Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'bytearray' object has no attribute '{name}'"),
        ))
    }
    fn py_copy(&self, _this: &ObjRef) -> Option<PyResult<Value>> {
        Some(Ok(bytearray(self.0.borrow().clone())))
    }
    fn py_deepcopy(
        &self,
        _this: &ObjRef,
        _deep: &mut dyn FnMut(&Value) -> PyResult<Value>,
    ) -> Option<PyResult<Value>> {
        Some(Ok(bytearray(self.0.borrow().clone())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ba(b: &[u8]) -> ByteArray {
        ByteArray(RefCell::new(b.to_vec()))
    }

    #[test]
    fn slices() {
        let a = ba(b"abcdef");
        a.del_slice(None, None, Some(2)).ok();
        assert_eq!(*a.0.borrow(), b"bdf");
        let a = ba(b"abcd");
        a.set_slice(Some(3), Some(1), None, b"XYZ".to_vec()).ok();
        assert_eq!(*a.0.borrow(), b"abcXYZd");
        let a = ba(b"abcd");
        let e = a.set_slice(Some(0), Some(4), Some(2), b"x".to_vec());
        assert_eq!(
            e.err().map(|e| e.to_str()).as_deref(),
            Some("attempt to assign bytes of size 1 to extended slice of size 2")
        );
        a.set_slice(None, None, Some(-1), b"wxyz".to_vec()).ok();
        assert_eq!(*a.0.borrow(), b"zyxw");
    }
}
