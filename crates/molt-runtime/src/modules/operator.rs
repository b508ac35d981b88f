//! `operator` (Modules/_operator.c, CPython 3.11): the operators as functions, and the
//! itemgetter / attrgetter / methodcaller callables.

use super::util::{self, clinic_count, no_kwargs, tuple};
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::int::Int;
use crate::obj::{CmpOp, PyObj};
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::{BinOp, Value};
use std::any::Any;
use std::rc::Rc;

const BINARY: &[&str] = &[
    "add",
    "sub",
    "mul",
    "truediv",
    "floordiv",
    "mod",
    "pow",
    "lshift",
    "rshift",
    "and_",
    "or_",
    "xor",
    "concat",
    "eq",
    "ne",
    "lt",
    "le",
    "gt",
    "ge",
    "is_",
    "is_not",
    "contains",
    "countOf",
    "indexOf",
    "getitem",
    "iadd",
    "isub",
    "imul",
    "itruediv",
    "ifloordiv",
    "imod",
    "ipow",
    "ilshift",
    "irshift",
    "iand",
    "ior",
    "ixor",
    "iconcat",
    "delitem",
];
const UNARY: &[&str] = &[
    "neg", "pos", "abs", "inv", "invert", "not_", "truth", "index",
];

/// Whether `operator.name` is one of the functions implemented here.
pub fn is_function(name: &str) -> bool {
    BINARY.contains(&name) || UNARY.contains(&name) || name == "setitem"
}

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "itemgetter" => return itemgetter(args, kwargs),
        "attrgetter" => return attrgetter(args, kwargs),
        "methodcaller" => return methodcaller(args, kwargs),
        _ => {}
    }
    if !is_function(name) {
        return Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: operator.{name} is not supported yet"),
        ));
    }
    no_kwargs(&format!("_operator.{name}"), &kwargs)?;
    if UNARY.contains(&name) {
        if args.len() != 1 {
            return type_error(format!(
                "_operator.{name}() takes exactly one argument ({} given)",
                args.len()
            ));
        }
        return unary(name, &args[0]);
    }
    if name == "setitem" {
        clinic_count(name, args.len(), 3, 3)?;
        args[0].setitem(args[1].clone(), args[2].clone())?;
        return Ok(Value::None);
    }
    clinic_count(name, args.len(), 2, 2)?;
    binary(name, &args[0], &args[1])
}

fn unary(name: &str, a: &Value) -> PyResult<Value> {
    Ok(match name {
        "neg" => a.neg()?,
        "pos" => a.pos()?,
        "abs" => a.abs()?,
        "inv" | "invert" => a.invert()?,
        "not_" => Value::Bool(!a.try_truthy()?),
        "truth" => Value::Bool(a.try_truthy()?),
        _ => Value::Int(util::index_of(a)?),
    })
}

fn binop_of(name: &str) -> Option<BinOp> {
    // The in-place forms (iadd, ...) name the same operators.
    let base = match name {
        "iadd" | "isub" | "imul" | "itruediv" | "ifloordiv" | "imod" | "ipow" | "ilshift"
        | "irshift" | "iand" | "ior" | "ixor" => &name[1..],
        n => n,
    };
    // operator.and_ / or_ carry a trailing underscore (keywords).
    BinOp::from_name(match base {
        "and_" => "and",
        "or_" => "or",
        b => b,
    })
}

fn base_name(name: &str) -> &str {
    match name {
        "iadd" | "isub" | "imul" | "itruediv" | "ifloordiv" | "imod" | "ipow" | "ilshift"
        | "irshift" | "iand" | "ior" | "ixor" => &name[1..],
        n => n,
    }
}

fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Range(_)
    ) || matches!(v, Value::Obj(o) if o.type_name() == "collections.deque")
}

fn binary(name: &str, a: &Value, b: &Value) -> PyResult<Value> {
    Ok(match name {
        "eq" => Value::Bool(a.eq(b)?),
        "ne" => Value::Bool(!a.eq(b)?),
        "lt" => Value::Bool(a.compare(b, CmpOp::Lt)?),
        "le" => Value::Bool(a.compare(b, CmpOp::Le)?),
        "gt" => Value::Bool(a.compare(b, CmpOp::Gt)?),
        "ge" => Value::Bool(a.compare(b, CmpOp::Ge)?),
        "is_" => Value::Bool(a.py_is(b)),
        "is_not" => Value::Bool(!a.py_is(b)),
        "contains" => Value::Bool(a.contains(b)?),
        "countOf" => {
            let mut n: i64 = 0;
            let mut it = a.iter()?;
            while let Some(x) = it.next()? {
                if util::eq_bool(&x, b)? {
                    n += 1;
                }
            }
            Value::Int(Int::from(n))
        }
        "indexOf" => {
            let mut it = a.iter()?;
            let mut i: i64 = 0;
            while let Some(x) = it.next()? {
                if util::eq_bool(&x, b)? {
                    return Ok(Value::Int(Int::from(i)));
                }
                i += 1;
            }
            return value_error("sequence.index(x): x not in sequence");
        }
        "getitem" => a.getitem(b)?,
        "delitem" => {
            a.delitem(b)?;
            Value::None
        }
        "concat" | "iconcat" => {
            if !is_sequence(a) {
                return type_error(format!("'{}' object can't be concatenated", a.class_name()));
            }
            if name == "iconcat" {
                inplace(BinOp::Add, a, b)?
            } else {
                crate::value::binop(BinOp::Add, a, b)?
            }
        }
        _ => {
            let Some(op) = binop_of(name) else {
                return Err(PyErr::msg(
                    ExcKind::NotImplementedError,
                    format!("molt: operator.{name} is not supported yet"),
                ));
            };
            if name != base_name(name) {
                inplace(op, a, b)?
            } else {
                crate::value::binop(op, a, b)?
            }
        }
    })
}

/// `a op= b`: the object's in-place operator, lists and sets in place, else `a op b`.
#[inline]
pub fn inplace(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    match crate::value::scalar_binop(op, a, b) {
        Some(r) => r,
        None => inplace_general(op, a, b).map_err(|e| inplace_error(e, op, a, b)),
    }
}

/// binary_iop's TypeError names the augmented operator (`+=`), where the binary
/// operator's fallback raised its own (`+`).
#[inline(never)]
fn inplace_error(e: PyErr, op: BinOp, a: &Value, b: &Value) -> PyErr {
    let types = format!("'{}' and '{}'", a.class_name(), b.class_name());
    let binary = format!("unsupported operand type(s) for {}: {types}", op.symbol());
    match e.args() {
        [Value::Str(m)] if e.kind() == ExcKind::TypeError && m.as_str() == binary => {
            let sym = if op == BinOp::Pow { "**" } else { op.symbol() };
            PyErr::msg(
                ExcKind::TypeError,
                format!("unsupported operand type(s) for {sym}=: {types}"),
            )
        }
        _ => e,
    }
}

#[inline(never)]
fn inplace_general(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = a
        && let Some(r) = o.inplace(o, op, b)?
    {
        return Ok(r);
    }
    match (op, a) {
        (BinOp::Add, Value::List(l)) => {
            l.extend_vec(b.to_vec()?);
            Ok(a.clone())
        }
        (BinOp::Mul, Value::List(l)) => match b.as_int() {
            Some(n) => {
                l.irepeat(&n)?;
                Ok(a.clone())
            }
            None => crate::value::binop(op, a, b),
        },
        // dict.__ior__ is dict.update's merge: a mapping, else an iterable of pairs
        // (`d |= [("k", 1)]`), with update's errors; it never returns NotImplemented.
        (BinOp::BitOr, Value::Dict(d)) => {
            match super::collections::as_dict(b) {
                Some(o) => d.update(&o)?,
                None => crate::builtins::dict_update_from(d, b)?,
            }
            Ok(a.clone())
        }
        (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(_))
            if matches!(b, Value::Set(_) | Value::FrozenSet(_)) =>
        {
            crate::setops::value_set_inplace(op, a, b)
        }
        _ => crate::value::binop(op, a, b),
    }
}

// ------------------------------------------------------------------ itemgetter & co.

pub struct ItemGetter {
    items: Vec<Value>,
}

/// `operator.itemgetter(*items)` as a value (Counter.most_common uses itemgetter(1)).
pub fn itemgetter_value(items: Vec<Value>) -> Value {
    Value::Obj(Rc::new(ItemGetter { items }))
}

fn itemgetter(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    no_kwargs("itemgetter", &kwargs)?;
    if args.is_empty() {
        return type_error("itemgetter expected 1 argument, got 0");
    }
    Ok(itemgetter_value(args))
}

fn one_call_arg(name: &str, args: Vec<Value>, kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs(name, kwargs)?;
    clinic_count(name, args.len(), 1, 1)?;
    Ok(args.into_iter().next().unwrap_or(Value::None))
}

fn repr_args(name: &str, items: &[String], out: &mut String) {
    out.push_str(&format!("operator.{name}({})", items.join(", ")));
}

impl Object for ItemGetter {
    fn type_name(&self) -> &'static str {
        "operator.itemgetter"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let parts = self
            .items
            .iter()
            .map(util::repr_of)
            .collect::<PyResult<Vec<_>>>()?;
        repr_args("itemgetter", &parts, out);
        Ok(())
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        let obj = one_call_arg("itemgetter", args, &kwargs)?;
        if let [one] = self.items.as_slice() {
            return obj.getitem(one);
        }
        let mut out = Vec::with_capacity(self.items.len());
        for k in &self.items {
            out.push(obj.getitem(k)?);
        }
        Ok(tuple(out))
    }
}

pub struct AttrGetter {
    names: Vec<String>,
}

fn attrgetter(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    no_kwargs("attrgetter", &kwargs)?;
    if args.is_empty() {
        return type_error("attrgetter expected 1 argument, got 0");
    }
    let mut names = Vec::new();
    for a in &args {
        match a {
            Value::Str(s) => names.push(s.as_str().to_string()),
            _ => return type_error("attribute name must be a string"),
        }
    }
    Ok(Value::Obj(Rc::new(AttrGetter { names })))
}

impl Object for AttrGetter {
    fn type_name(&self) -> &'static str {
        "operator.attrgetter"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let parts = self
            .names
            .iter()
            .map(|n| util::repr_of(&Value::str(n)))
            .collect::<PyResult<Vec<_>>>()?;
        repr_args("attrgetter", &parts, out);
        Ok(())
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        let obj = one_call_arg("attrgetter", args, &kwargs)?;
        let get = |name: &str| -> PyResult<Value> {
            let mut v = obj.clone();
            for part in name.split('.') {
                v = crate::value::getattr(&v, part)?;
            }
            Ok(v)
        };
        if let [one] = self.names.as_slice() {
            return get(one);
        }
        let mut out = Vec::with_capacity(self.names.len());
        for n in &self.names {
            out.push(get(n)?);
        }
        Ok(tuple(out))
    }
}

pub struct MethodCaller {
    name: String,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
}

fn methodcaller(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let mut args = args.into_iter();
    let Some(name) = args.next() else {
        return type_error("methodcaller needs at least one argument, the method name");
    };
    let Value::Str(name) = name else {
        return type_error("method name must be a string");
    };
    Ok(Value::Obj(Rc::new(MethodCaller {
        name: name.as_str().to_string(),
        args: args.collect(),
        kwargs,
    })))
}

impl Object for MethodCaller {
    fn type_name(&self) -> &'static str {
        "operator.methodcaller"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let mut parts = vec![util::repr_of(&Value::str(&self.name))?];
        for a in &self.args {
            parts.push(util::repr_of(a)?);
        }
        for (k, v) in &self.kwargs {
            parts.push(format!("{}={}", k.as_str(), util::repr_of(v)?));
        }
        repr_args("methodcaller", &parts, out);
        Ok(())
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        let obj = one_call_arg("methodcaller", args, &kwargs)?;
        crate::methods::call_method(&obj, &self.name, self.args.clone(), self.kwargs.clone())
    }
}
