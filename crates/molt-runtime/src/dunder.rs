//! Operator dunders of builtin values called directly: `(3).__add__(4)`, `"a".__eq__(1)`,
//! `(5).__radd__(1)`, `[1].__mul__(2)`. Each is the type's slot itself, so it answers only
//! for the operand types that slot accepts and returns `NotImplemented` for the others
//! (Objects/longobject.c, floatobject.c, unicodeobject.c, listobject.c, setobject.c,
//! dictobject.c); where a slot raises instead (sequence concatenation and repetition), it
//! raises the slot's own TypeError. `None`: a dunder not handled here.

use crate::class::builtin_base;
use crate::class::not_implemented;
use crate::exc::{PyResult, type_error};
use crate::obj::CmpOp;
use crate::value::{BinOp, Value};

/// The operand classes the numeric slots accept.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    Other,
}

fn kind(v: &Value) -> Kind {
    match v {
        Value::Int(_) | Value::Bool(_) => Kind::Int,
        Value::Float(_) => Kind::Float,
        Value::Str(_) => Kind::Str,
        Value::List(_) => Kind::List,
        Value::Tuple(_) => Kind::Tuple,
        Value::Dict(_) => Kind::Dict,
        Value::Set(_) | Value::FrozenSet(_) => Kind::Set,
        _ => Kind::Other,
    }
}

/// The builtin value an operand stands for (an instance of a subclass of a builtin type
/// is accepted by the base type's slots).
fn unwrap(v: &Value) -> Value {
    builtin_base::payload(v).unwrap_or_else(|| v.clone())
}

fn binop_of(name: &str) -> Option<(BinOp, bool)> {
    let (op, refl) = match name.strip_prefix("__r") {
        Some(rest) if name != "__rshift__" && name != "__round__" => (rest, true),
        _ => (&name[2..], false),
    };
    let op = BinOp::from_name(op.strip_suffix("__")?)?;
    Some((op, refl))
}

fn cmp_of(name: &str) -> Option<Option<CmpOp>> {
    Some(match name {
        "__eq__" | "__ne__" => None,
        "__lt__" => Some(CmpOp::Lt),
        "__le__" => Some(CmpOp::Le),
        "__gt__" => Some(CmpOp::Gt),
        "__ge__" => Some(CmpOp::Ge),
        _ => return None,
    })
}

/// Whether the slot of `s`'s type for `op` handles an operand of kind `o`.
fn accepts(s: Kind, o: Kind, op: BinOp) -> bool {
    match s {
        Kind::Int => o == Kind::Int,
        Kind::Float => matches!(o, Kind::Int | Kind::Float),
        Kind::Set => {
            o == Kind::Set
                && matches!(
                    op,
                    BinOp::Sub | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor
                )
        }
        Kind::Dict => o == Kind::Dict && op == BinOp::BitOr,
        // str % anything formats (unicode_mod is str's nb_remainder).
        Kind::Str => op == BinOp::Mod && o == Kind::Str,
        _ => false,
    }
}

/// The slot wrappers' argument check (Objects/typeobject.c, check_num_args).
fn arity(args: &[Value], k: usize) -> PyResult<()> {
    if args.len() == k {
        Ok(())
    } else {
        type_error(format!(
            "expected {k} argument{}, got {}",
            if k == 1 { "" } else { "s" },
            args.len()
        ))
    }
}

/// `v.name(*args)` for an operator dunder of a builtin value.
pub fn call(v: &Value, name: &str, args: &[Value]) -> Option<PyResult<Value>> {
    let s = unwrap(v);
    let sk = kind(&s);
    if sk == Kind::Other {
        return None;
    }
    if let Some(op) = cmp_of(name) {
        return Some(compare(&s, sk, name, op, args));
    }
    if let Some((op, refl)) = binop_of(name) {
        return binary(&s, sk, op, refl, args);
    }
    unary(&s, sk, name, args)
}

fn compare(s: &Value, sk: Kind, name: &str, op: Option<CmpOp>, args: &[Value]) -> PyResult<Value> {
    arity(args, 1)?;
    let o = unwrap(&args[0]);
    let ok = match sk {
        Kind::Float => matches!(kind(&o), Kind::Int | Kind::Float),
        // dict defines only equality (dict_richcompare).
        Kind::Dict => op.is_none() && kind(&o) == Kind::Dict,
        k => kind(&o) == k,
    };
    if !ok {
        return Ok(not_implemented());
    }
    Ok(Value::Bool(match op {
        None if name == "__ne__" => !s.eq(&o)?,
        None => s.eq(&o)?,
        Some(op) => s.compare(&o, op)?,
    }))
}

fn binary(s: &Value, sk: Kind, op: BinOp, refl: bool, args: &[Value]) -> Option<PyResult<Value>> {
    let seq = matches!(sk, Kind::Str | Kind::List | Kind::Tuple);
    if seq && op == BinOp::Add && !refl {
        return Some(concat(s, sk, args));
    }
    if seq && op == BinOp::Mul {
        return Some(repeat(s, args));
    }
    if seq && op == BinOp::Mod && matches!(sk, Kind::Str) && !refl {
        return Some(arity(args, 1).and_then(|_| crate::value::binop(op, s, &args[0])));
    }
    // A three-argument `__pow__(y, m)` is `pow(x, y, m)`.
    if op == BinOp::Pow && args.len() == 2 && !refl && sk == Kind::Int {
        let (y, m) = (unwrap(&args[0]), unwrap(&args[1]));
        if kind(&y) != Kind::Int || (kind(&m) != Kind::Int && !m.is_none()) {
            return Some(Ok(not_implemented()));
        }
        return Some(crate::builtins::call_builtin("pow", vec![s.clone(), y, m]));
    }
    if !matches!(
        sk,
        Kind::Int | Kind::Float | Kind::Set | Kind::Dict | Kind::Str
    ) {
        return None;
    }
    Some(arity(args, 1).and_then(|_| {
        let o = unwrap(&args[0]);
        if !accepts(sk, kind(&o), op) {
            return Ok(not_implemented());
        }
        if refl {
            crate::value::binop(op, &o, s)
        } else {
            crate::value::binop(op, s, &o)
        }
    }))
}

/// `seq.__add__(x)`: sq_concat, which raises for another type.
fn concat(s: &Value, sk: Kind, args: &[Value]) -> PyResult<Value> {
    arity(args, 1)?;
    let o = unwrap(&args[0]);
    if kind(&o) != sk {
        let t = s.class_name();
        if sk == Kind::Str {
            return type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                args[0].type_name_attr()
            ));
        }
        return type_error(format!(
            "can only concatenate {t} (not \"{}\") to {t}",
            args[0].type_name_attr()
        ));
    }
    crate::value::binop(BinOp::Add, s, &o)
}

/// `seq.__mul__(n)` / `__rmul__(n)`: sq_repeat, whose wrapper takes any index.
fn repeat(s: &Value, args: &[Value]) -> PyResult<Value> {
    arity(args, 1)?;
    match args[0].as_index()? {
        Some(n) => crate::value::binop(BinOp::Mul, s, &Value::Int(n)),
        None => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            args[0].type_name_attr()
        )),
    }
}

fn unary(s: &Value, sk: Kind, name: &str, args: &[Value]) -> Option<PyResult<Value>> {
    let num = matches!(sk, Kind::Int | Kind::Float);
    let call = |b: &str, mut extra: Vec<Value>| {
        extra.insert(0, s.clone());
        crate::builtins::call_builtin(b, extra)
    };
    let r = match name {
        "__neg__" if num => arity(args, 0).and_then(|_| s.neg()),
        "__pos__" if num => arity(args, 0).and_then(|_| s.pos()),
        "__abs__" if num => arity(args, 0).and_then(|_| s.abs()),
        "__invert__" if sk == Kind::Int => arity(args, 0).and_then(|_| s.invert()),
        "__bool__" if num => arity(args, 0).map(|_| Value::Bool(s.truthy())),
        "__int__" if num => arity(args, 0).and_then(|_| call("int", vec![])),
        "__float__" if num => arity(args, 0).and_then(|_| call("float", vec![])),
        "__index__" if sk == Kind::Int => arity(args, 0).and_then(|_| call("int", vec![])),
        "__divmod__" | "__rdivmod__" if num => arity(args, 1).and_then(|_| {
            let o = unwrap(&args[0]);
            if !accepts(sk, kind(&o), BinOp::FloorDiv) {
                return Ok(not_implemented());
            }
            if name == "__divmod__" {
                crate::builtins::call_builtin("divmod", vec![s.clone(), o])
            } else {
                crate::builtins::call_builtin("divmod", vec![o, s.clone()])
            }
        }),
        "__round__" if num => {
            if args.len() > 1 {
                return Some(type_error(format!(
                    "{}.__round__ expected at most 1 argument, got {}",
                    s.class_name(),
                    args.len()
                )));
            }
            call("round", args.to_vec())
        }
        "__trunc__" | "__floor__" | "__ceil__" if num => arity(args, 0).and_then(|_| {
            let f = name.trim_matches('_');
            crate::math::call(f, vec![s.clone()], vec![])
        }),
        _ => return None,
    };
    Some(r)
}
