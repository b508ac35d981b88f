//! Objects of types the runtime defines outside the core value variants (stdlib types such
//! as deque, Counter, Fraction, datetime, match objects, ...): they live in
//! `Value::Obj(Rc<dyn Object>)` and implement the protocols they support. Every default
//! method raises the TypeError or AttributeError CPython raises for an object without
//! that protocol.

use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::obj::CmpOp;
use crate::str::Str;
use crate::value::{BinOp, Value, ValueIter};
use std::any::Any;
use std::rc::Rc;

pub type ObjRef = Rc<dyn Object>;

pub trait Object: Any {
    /// `type(x).__name__`.
    fn type_name(&self) -> &'static str;

    /// For downcasting to the concrete type.
    fn as_any(&self) -> &dyn Any;

    /// The instance of a user class this is, if it is one: one virtual call instead of
    /// `as_any` plus a type-id comparison, on the path of every attribute access.
    #[inline]
    fn as_instance(&self) -> Option<&crate::class::Instance> {
        None
    }

    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!("<{} object>", self.type_name()));
        Ok(())
    }

    fn str_into(&self, out: &mut String) -> PyResult<()> {
        self.repr_into(out)
    }

    /// `self == other`; None means "not implemented" (Python then compares identity).
    fn eq(&self, _this: &ObjRef, _other: &Value) -> PyResult<Option<bool>> {
        Ok(None)
    }

    /// `self < other` etc.; None means "not implemented" (a TypeError unless the other
    /// operand implements the reflected comparison).
    fn compare(&self, _this: &ObjRef, _other: &Value, _op: CmpOp) -> PyResult<Option<bool>> {
        Ok(None)
    }

    /// `hash(self)`; objects are hashable by identity unless they say otherwise.
    fn hash(&self, this: &ObjRef) -> PyResult<i64> {
        Ok((Rc::as_ptr(this) as *const () as usize >> 4) as i64)
    }

    fn truthy(&self, this: &ObjRef) -> PyResult<bool> {
        match self.len(this) {
            Ok(n) => Ok(n != 0),
            Err(_) => Ok(true),
        }
    }

    fn len(&self, _this: &ObjRef) -> PyResult<usize> {
        type_error(format!(
            "object of type '{}' has no len()",
            self.type_name()
        ))
    }

    /// `self.name(*args, **kwargs)`.
    /// By default what Python does: look the attribute up, then call it.
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let f = self.getattr(this, name)?;
        crate::func::call(&f, args, kwargs)
    }

    /// `self.name`.
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{name}'", self.type_name()),
        ))
    }

    /// `self.name = value`.
    fn setattr(&self, _this: &ObjRef, name: &str, _value: Value) -> PyResult<()> {
        Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{name}'", self.type_name()),
        ))
    }

    /// `del self.name`.
    fn delattr(&self, _this: &ObjRef, name: &str) -> PyResult<()> {
        Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{name}'", self.type_name()),
        ))
    }

    fn getitem(&self, _this: &ObjRef, _key: &Value) -> PyResult<Value> {
        type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name()
        ))
    }

    fn setitem(&self, _this: &ObjRef, _key: Value, _value: Value) -> PyResult<()> {
        type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name()
        ))
    }

    fn delitem(&self, _this: &ObjRef, _key: &Value) -> PyResult<()> {
        type_error(format!(
            "'{}' object doesn't support item deletion",
            self.type_name()
        ))
    }

    /// `x in self`; None means "use iteration".
    fn contains(&self, _this: &ObjRef, _x: &Value) -> PyResult<Option<bool>> {
        Ok(None)
    }

    /// `iter(self)`.
    fn iter(&self, _this: &ObjRef) -> PyResult<ValueIter> {
        type_error(format!("'{}' object is not iterable", self.type_name()))
    }

    /// `self op other` (reflected: `other op self`); None means "not implemented".
    fn binop(
        &self,
        _this: &ObjRef,
        _op: BinOp,
        _other: &Value,
        _reflected: bool,
    ) -> PyResult<Option<Value>> {
        Ok(None)
    }

    /// `self op= other`; None means "fall back to `self op other`".
    fn inplace(&self, _this: &ObjRef, _op: BinOp, _other: &Value) -> PyResult<Option<Value>> {
        Ok(None)
    }

    /// `-self`, `+self`, `~self`, `abs(self)` ('-', '+', '~', 'abs').
    fn unary(&self, _this: &ObjRef, op: &str) -> PyResult<Value> {
        type_error(format!(
            "bad operand type for unary {op}: '{}'",
            self.type_name()
        ))
    }

    /// `copy.copy(self)`; None when the type does not support copying.
    fn py_copy(&self, _this: &ObjRef) -> Option<PyResult<Value>> {
        None
    }

    /// `copy.deepcopy(self, memo)`, given a function that deep-copies a component (with the
    /// shared memo); None when the type does not support it.
    fn py_deepcopy(
        &self,
        _this: &ObjRef,
        _deep: &mut dyn FnMut(&Value) -> PyResult<Value>,
    ) -> Option<PyResult<Value>> {
        None
    }

    /// `callable(self)`: true for objects that implement `call`.
    fn is_callable(&self) -> bool {
        false
    }

    /// `self(*args, **kwargs)`.
    fn call(
        &self,
        _this: &ObjRef,
        _args: Vec<Value>,
        _kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        type_error(format!("'{}' object is not callable", self.type_name()))
    }

    /// int(self), float(self) and the like, when the type converts ('int', 'float', 'index').
    fn convert(&self, _this: &ObjRef, to: &str) -> PyResult<Option<Value>> {
        let _ = to;
        Ok(None)
    }

    /// `format(self, spec)`.
    fn format(&self, this: &ObjRef, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            let mut s = String::new();
            self.str_into(&mut s)?;
            let _ = this;
            return Ok(s);
        }
        type_error(format!(
            "unsupported format string passed to {}.__format__",
            self.type_name()
        ))
    }
}

/// Downcasts an object to its concrete type.
pub fn downcast<T: 'static>(o: &ObjRef) -> Option<&T> {
    o.as_any().downcast_ref::<T>()
}

/// `downcast::<Instance>`, through `Object::as_instance`.
#[inline]
pub fn inst(o: &ObjRef) -> Option<&crate::class::Instance> {
    o.as_instance()
}

/// `a == b` when either side is an object: its __eq__, then the reflected one, then
/// identity. None when neither is an object.
pub fn obj_eq(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    // Instances of user classes follow CPython's rich comparison order (class/ops.rs).
    if crate::class::involves_instance(a, b) {
        return Ok(Some(
            crate::class::compare_op(a, b, crate::class::Cmp::Eq)?.try_truthy()?,
        ));
    }
    if let Value::Obj(o) = a
        && let Some(r) = o.eq(o, b)?
    {
        return Ok(Some(r));
    }
    if let Value::Obj(o) = b
        && let Some(r) = o.eq(o, a)?
    {
        return Ok(Some(r));
    }
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => Ok(Some(Rc::ptr_eq(x, y))),
        (Value::Obj(_), _) | (_, Value::Obj(_)) => Ok(Some(false)),
        _ => Ok(None),
    }
}

/// `a < b` etc. when either side is an object.
pub fn obj_compare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    if !matches!(a, Value::Obj(_)) && !matches!(b, Value::Obj(_)) {
        return Ok(None);
    }
    if crate::class::involves_instance(a, b) {
        return Ok(Some(
            crate::class::compare_op(a, b, crate::class::Cmp::from(op))?.try_truthy()?,
        ));
    }
    if let Value::Obj(o) = a
        && let Some(r) = o.compare(o, b, op)?
    {
        return Ok(Some(r));
    }
    if let Value::Obj(o) = b
        && let Some(r) = o.compare(o, a, op.swapped())?
    {
        return Ok(Some(r));
    }
    type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op.symbol(),
        a.class_name(),
        b.class_name()
    ))
}

/// `a op b` when either side is an object: its method, then the reflected one.
pub fn obj_binop(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if crate::class::involves_instance(a, b) {
        return crate::class::binop(op, a, b);
    }
    if let Value::Obj(o) = a
        && let Some(r) = o.binop(o, op, b, false)?
    {
        return Ok(Some(r));
    }
    if let Value::Obj(o) = b
        && let Some(r) = o.binop(o, op, a, true)?
    {
        return Ok(Some(r));
    }
    Ok(None)
}
