//! Operators on instances: rich comparisons (Objects/object.c do_richcompare, with the
//! reflected operand and the subclass-first rule), binary operators with reflected and
//! in-place variants (Objects/typeobject.c SLOT1BINFULL, Objects/abstract.c
//! binary_op1/binary_iop1), conversions (`__int__`, `__index__`, ...) and the context
//! manager protocol.

use super::descr::{call_descr, descr_get, is_not_implemented, not_implemented};
use super::instance::Instance;
use super::natives::is_object_method;
use super::{Class, instance_class};
use crate::attr::intern_static;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::int::Int;
use crate::obj::{CmpOp, PyObj};
use crate::value::{BinOp, Value};
use std::rc::Rc;

/// The six rich comparisons.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Cmp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl Cmp {
    pub fn swapped(self) -> Cmp {
        match self {
            Cmp::Lt => Cmp::Gt,
            Cmp::Le => Cmp::Ge,
            Cmp::Gt => Cmp::Lt,
            Cmp::Ge => Cmp::Le,
            c => c,
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            Cmp::Lt => "__lt__",
            Cmp::Le => "__le__",
            Cmp::Eq => "__eq__",
            Cmp::Ne => "__ne__",
            Cmp::Gt => "__gt__",
            Cmp::Ge => "__ge__",
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Cmp::Lt => "<",
            Cmp::Le => "<=",
            Cmp::Eq => "==",
            Cmp::Ne => "!=",
            Cmp::Gt => ">",
            Cmp::Ge => ">=",
        }
    }

    fn ordering(self) -> Option<CmpOp> {
        match self {
            Cmp::Lt => Some(CmpOp::Lt),
            Cmp::Le => Some(CmpOp::Le),
            Cmp::Gt => Some(CmpOp::Gt),
            Cmp::Ge => Some(CmpOp::Ge),
            _ => None,
        }
    }
}

impl From<CmpOp> for Cmp {
    fn from(c: CmpOp) -> Cmp {
        match c {
            CmpOp::Lt => Cmp::Lt,
            CmpOp::Le => Cmp::Le,
            CmpOp::Gt => Cmp::Gt,
            CmpOp::Ge => Cmp::Ge,
        }
    }
}

/// Whether either operand is an instance of a user class.
#[inline]
pub(crate) fn involves_instance(a: &Value, b: &Value) -> bool {
    instance_class(a).is_some() || instance_class(b).is_some()
}

/// One side of a rich comparison: `x.__op__(y)`, or NotImplemented.
pub(crate) fn richcmp_slot(x: &Value, y: &Value, op: Cmp) -> PyResult<Value> {
    let Value::Obj(o) = x else {
        // A builtin value's own slot, which accepts instances of subclasses of the types
        // it compares with (dunder.rs).
        return crate::dunder::call(x, op.dunder(), std::slice::from_ref(y))
            .unwrap_or_else(|| Ok(not_implemented()));
    };
    if let Some(i) = crate::object::inst(o) {
        let Some(f) = i.class.lookup_value(&intern_static(op.dunder())) else {
            return Ok(not_implemented());
        };
        if is_object_method(&f, "__eq__") {
            return Ok(if x.py_is(y) {
                Value::Bool(true)
            } else {
                not_implemented()
            });
        }
        if is_object_method(&f, "__ne__") {
            let r = richcmp_slot(x, y, Cmp::Eq)?;
            if is_not_implemented(&r) {
                return Ok(r);
            }
            return Ok(Value::Bool(!r.try_truthy()?));
        }
        if super::natives::is_object_native(&f) {
            return Ok(not_implemented());
        }
        return call_descr(&f, x, vec![y.clone()], vec![], &i.class);
    }
    // Other runtime objects answer through the Object trait.
    match op {
        Cmp::Eq => Ok(match o.eq(o, y)? {
            Some(b) => Value::Bool(b),
            None => not_implemented(),
        }),
        Cmp::Ne => Ok(match o.eq(o, y)? {
            Some(b) => Value::Bool(!b),
            None => not_implemented(),
        }),
        _ => match op.ordering() {
            Some(c) => Ok(match o.compare(o, y, c)? {
                Some(b) => Value::Bool(b),
                None => not_implemented(),
            }),
            None => Ok(not_implemented()),
        },
    }
}

/// `a op b` for the six comparisons, with Python's result (any object, for classes
/// whose `__eq__` returns one). Values without user objects compare as before.
pub fn compare_op(a: &Value, b: &Value, op: Cmp) -> PyResult<Value> {
    if !involves_instance(a, b) {
        return Ok(Value::Bool(match op {
            Cmp::Eq => a.eq(b)?,
            Cmp::Ne => !a.eq(b)?,
            _ => a.compare(b, op.ordering().unwrap_or(CmpOp::Lt))?,
        }));
    }
    let mut checked_reverse = false;
    // b's class derives from a's: its reflected method first (do_richcompare). A builtin
    // a's class is the base of a subclass instance b of its type.
    let b_derives = match (instance_class(a), instance_class(b)) {
        (Some(ta), Some(tb)) => !Rc::ptr_eq(ta, tb) && tb.is_subclass(ta),
        (None, Some(_)) => {
            super::builtin_base::payload(b).is_some_and(|p| p.class_name() == a.class_name())
        }
        _ => false,
    };
    if b_derives {
        checked_reverse = true;
        let r = richcmp_slot(b, a, op.swapped())?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    let r = richcmp_slot(a, b, op)?;
    if !is_not_implemented(&r) {
        return Ok(r);
    }
    if !checked_reverse {
        let r = richcmp_slot(b, a, op.swapped())?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    match op {
        Cmp::Eq => Ok(Value::Bool(a.py_is(b))),
        Cmp::Ne => Ok(Value::Bool(!a.py_is(b))),
        _ => type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            a.class_name(),
            b.class_name()
        )),
    }
}

/// `a != b` as a bool (`__ne__`, which by default inverts `__eq__`).
pub fn ne(a: &Value, b: &Value) -> PyResult<bool> {
    if !involves_instance(a, b) {
        return Ok(!a.eq(b)?);
    }
    compare_op(a, b, Cmp::Ne)?.try_truthy()
}

/// The dunder names of a binary operator: (forward, reflected, in-place).
pub(crate) fn op_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
    }
}

/// `x.name(y)` if x is an instance whose class has the method; None for a missing
/// method or NotImplemented.
fn call_opt(x: &Value, name: &'static str, y: &Value) -> PyResult<Option<Value>> {
    let Value::Obj(o) = x else { return Ok(None) };
    let Some(i) = crate::object::inst(o) else {
        return Ok(None);
    };
    match i.call_special_pos(name, &mut [Value::None, y.clone()])? {
        Some(r) if !is_not_implemented(&r) => Ok(Some(r)),
        _ => Ok(None),
    }
}

/// method_is_overloaded: whether type(other) defines `name` differently from type(self).
fn overloaded(left: &Class, right: &Class, name: &'static str) -> bool {
    let n = intern_static(name);
    match right.lookup_value(&n) {
        None => false,
        Some(b) => match left.lookup_value(&n) {
            None => true,
            Some(a) => !a.py_is(&b),
        },
    }
}

/// `a op b` when an instance is involved: its dunders in CPython's order. None when
/// both sides decline (the caller then tries the builtin combinations and raises).
pub(crate) fn binop(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (fwd, rev, _) = op_names(op);
    match (instance_class(a), instance_class(b)) {
        (Some(ta), Some(tb)) => {
            if Rc::ptr_eq(ta, tb) {
                return call_opt(a, fwd, b);
            }
            let mut do_other = true;
            if tb.is_subclass(ta) && overloaded(ta, tb, rev) {
                if let Some(r) = call_opt(b, rev, a)? {
                    return Ok(Some(r));
                }
                do_other = false;
            }
            if let Some(r) = call_opt(a, fwd, b)? {
                return Ok(Some(r));
            }
            if do_other {
                return call_opt(b, rev, a);
            }
            Ok(None)
        }
        (Some(_), None) => {
            if let Some(r) = call_opt(a, fwd, b)? {
                return Ok(Some(r));
            }
            if let Value::Obj(o) = b {
                return o.binop(o, op, a, true);
            }
            Ok(None)
        }
        (None, Some(_)) => {
            if let Value::Obj(o) = a
                && let Some(r) = o.binop(o, op, b, false)?
            {
                return Ok(Some(r));
            }
            // str % x formats x (str's own operator accepts any right operand).
            if op == BinOp::Mod && matches!(a, Value::Str(_)) {
                return Ok(None);
            }
            call_opt(b, rev, a)
        }
        (None, None) => Ok(None),
    }
}

/// `divmod(a, b)` when an instance is involved: `__divmod__`, then `__rdivmod__`, in
/// binary_op1's order (nb_divmod has no `//`/`%` fallback). None: no instance.
pub(crate) fn divmod(a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (ta, tb) = (instance_class(a), instance_class(b));
    if ta.is_none() && tb.is_none() {
        return Ok(None);
    }
    let reflected_first = match (ta, tb) {
        (Some(x), Some(y)) => !Rc::ptr_eq(x, y) && y.is_subclass(x),
        _ => false,
    };
    if reflected_first && let Some(r) = call_opt(b, "__rdivmod__", a)? {
        return Ok(Some(r));
    }
    if let Some(r) = call_opt(a, "__divmod__", b)? {
        return Ok(Some(r));
    }
    let same = matches!((ta, tb), (Some(x), Some(y)) if Rc::ptr_eq(x, y));
    if !reflected_first
        && !same
        && let Some(r) = call_opt(b, "__rdivmod__", a)?
    {
        return Ok(Some(r));
    }
    // Subclasses of int and float divide as their builtin value (the caller's path).
    if has_payload(a) || has_payload(b) {
        return Ok(None);
    }
    type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        a.class_name(),
        b.class_name()
    ))
}

/// Whether `v` is an instance of a subclass of a builtin type.
fn has_payload(v: &Value) -> bool {
    super::builtin_base::payload(v).is_some()
}

/// `pow(a, b, m)` when an instance is involved: only `a.__pow__(b, m)` (slot_nb_power:
/// three-argument power never calls `__rpow__`). None: no instance.
pub(crate) fn pow3(a: &Value, b: &Value, m: &Value) -> PyResult<Option<Value>> {
    if instance_class(a).is_none() && instance_class(b).is_none() && instance_class(m).is_none() {
        return Ok(None);
    }
    if let Value::Obj(o) = a
        && let Some(i) = crate::object::inst(o)
        && let Some(r) = i.call_special("__pow__", vec![b.clone(), m.clone()])?
        && !is_not_implemented(&r)
    {
        return Ok(Some(r));
    }
    if has_payload(a) || has_payload(b) || has_payload(m) {
        return Ok(None);
    }
    type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        a.class_name(),
        b.class_name(),
        m.class_name()
    ))
}

/// `a op= b`: `__iop__`, else `a op b`, with the in-place operator in the error message.
pub fn inplace(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let (_, _, iname) = op_names(op);
    if let Some(r) = call_opt(a, iname, b)? {
        return Ok(r);
    }
    crate::value::binop(op, a, b).map_err(|e| {
        let sym = op.symbol();
        let isym = if op == BinOp::Pow { "**" } else { sym };
        let prefix = format!("unsupported operand type(s) for {sym}:");
        match e.args() {
            [Value::Str(m)]
                if e.kind() == ExcKind::TypeError && m.as_str().starts_with(&prefix) =>
            {
                PyErr::msg(
                    ExcKind::TypeError,
                    format!(
                        "unsupported operand type(s) for {isym}=:{}",
                        &m.as_str()[prefix.len()..]
                    ),
                )
            }
            _ => e,
        }
    })
}

/// `operator.index(v)`: ints, bools, and objects with `__index__`.
pub(crate) fn index_of(v: &Value) -> PyResult<Int> {
    if let Some(i) = v.as_int() {
        return Ok(i);
    }
    if let Value::Obj(o) = v
        && let Some(i) = crate::object::inst(o)
        && let Some(r) = i.call_special("__index__", vec![])?
    {
        return match r.as_int() {
            Some(n) => Ok(n),
            None => type_error(format!(
                "__index__ returned non-int (type {})",
                r.class_name()
            )),
        };
    }
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.class_name()
    ))
}

/// int(x), float(x), operator.index(x) for an instance (PyNumber_Long & co.).
pub(crate) fn convert(i: &Instance, to: &str) -> PyResult<Option<Value>> {
    let name = i.class.sname.get();
    match to {
        "int" => {
            if let Some(r) = i.call_special("__int__", vec![])? {
                return match r.as_int() {
                    Some(n) => Ok(Some(Value::Int(n))),
                    None => type_error(format!(
                        "__int__ returned non-int (type {})",
                        r.class_name()
                    )),
                };
            }
            if i.special("__index__").is_some() {
                return Ok(Some(Value::Int(index_of(&i.value())?)));
            }
            if let Some(r) = i.call_special("__trunc__", vec![])? {
                return match r.as_int() {
                    Some(n) => Ok(Some(Value::Int(n))),
                    None => type_error(format!(
                        "__trunc__ returned non-Integral (type {})",
                        r.class_name()
                    )),
                };
            }
            Ok(None)
        }
        "float" => {
            if let Some(r) = i.call_special("__float__", vec![])? {
                return match r {
                    Value::Float(f) => Ok(Some(Value::Float(f))),
                    other => type_error(format!(
                        "{name}.__float__ returned non-float (type {})",
                        other.class_name()
                    )),
                };
            }
            if i.special("__index__").is_some() {
                return Ok(Some(Value::Float(index_of(&i.value())?.to_f64()?)));
            }
            Ok(None)
        }
        "index" => {
            if i.special("__index__").is_some() {
                return Ok(Some(Value::Int(index_of(&i.value())?)));
            }
            Ok(None)
        }
        // math.floor/ceil/trunc: whatever the special method returns (math_floor does not
        // check its type).
        "floor" => i.call_special("__floor__", vec![]),
        "ceil" => i.call_special("__ceil__", vec![]),
        "trunc" => i.call_special("__trunc__", vec![]),
        // complex(x): the result is checked by the caller (complex.rs).
        "complex" => i.call_special("__complex__", vec![]),
        _ => Ok(None),
    }
}

/// reversed(x) for an instance without `__reversed__`: the sequence protocol.
pub(crate) fn reversed_sequence(i: &Instance) -> PyResult<Value> {
    let (Some(len), Some(gi)) = (i.special("__len__"), i.special("__getitem__")) else {
        return type_error(format!(
            "'{}' object is not reversible",
            i.class.sname.get()
        ));
    };
    let n = i.length(&len)? as i64;
    let me = i.value();
    let cls = i.class.clone();
    let mut k = n - 1;
    Ok(Value::Iter(crate::iter::Iter::from_fn(
        "reversed",
        move || {
            if k < 0 {
                return Ok(None);
            }
            match call_descr(&gi, &me, vec![Value::int(k)], vec![], &cls) {
                Ok(v) => {
                    k -= 1;
                    Ok(Some(v))
                }
                Err(e) if e.matches(ExcKind::IndexError) || e.matches(ExcKind::StopIteration) => {
                    k = -1;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        },
    )))
}

/// `with mgr as x:` entry: returns (the bound `__exit__`, the result of `__enter__`).
pub fn ctx_enter(v: &Value) -> PyResult<(Value, Value)> {
    let unsupported = |extra: &str| {
        type_error(format!(
            "'{}' object does not support the context manager protocol{extra}",
            v.class_name()
        ))
    };
    match v {
        Value::Obj(o) => {
            if let Some(i) = crate::object::inst(o) {
                let Some(enter) = i.special("__enter__") else {
                    return unsupported("");
                };
                let Some(exit) = i.special("__exit__") else {
                    return unsupported(" (missed __exit__ method)");
                };
                let bound_exit = descr_get(&exit, Some(v), &i.class)?;
                let r = call_descr(&enter, v, vec![], vec![], &i.class)?;
                return Ok((bound_exit, r));
            }
            let r = o.call_method(o, "__enter__", vec![], vec![]).map_err(|e| {
                if e.matches(ExcKind::AttributeError) {
                    PyErr::msg(
                        ExcKind::TypeError,
                        format!(
                            "'{}' object does not support the context manager protocol",
                            v.class_name()
                        ),
                    )
                } else {
                    e
                }
            })?;
            Ok((crate::attr::bound_builtin(v.clone(), "__exit__"), r))
        }
        _ => unsupported(""),
    }
}

/// `with` exit: calls `exit(type, value, traceback)` (all None without an exception)
/// and returns whether the exception is suppressed (the truth of the result).
pub fn ctx_exit(exit: &Value, err: Option<&PyErr>) -> PyResult<bool> {
    let args = match err {
        None => vec![Value::None, Value::None, Value::None],
        Some(e) => {
            let v = crate::obj::PyObj::to_value(e);
            vec![super::type_of(&v)?, v, crate::exc_state::traceback(e)]
        }
    };
    crate::func::call(exit, args, vec![])?.try_truthy()
}
