//! `functools` (Modules/_functoolsmodule.c, CPython 3.11): reduce and partial.

use super::callable::{Callable, call_value_kw, is_callable};
use super::util::{self, no_kwargs};
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::object::{ObjRef, Object, downcast};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;
use std::rc::Rc;

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "reduce" => reduce(args, kwargs),
        "partial" => partial(args, kwargs),
        _ => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: functools.{name} is not supported yet"),
        )),
    }
}

/// functools_reduce.
fn reduce(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    no_kwargs("reduce", &kwargs)?;
    util::clinic_count("reduce", args.len(), 2, 3)?;
    let mut a = args.into_iter();
    let f = Callable::new(a.next().unwrap_or(Value::None));
    let seq = a.next().unwrap_or(Value::None);
    let mut acc = a.next();
    let Ok(mut it) = seq.iter() else {
        return type_error("reduce() arg 2 must support iteration");
    };
    while let Some(x) = it.next()? {
        acc = Some(match acc {
            None => x,
            Some(r) => f.call(vec![r, x])?,
        });
    }
    match acc {
        Some(r) => Ok(r),
        None => type_error("reduce() of empty iterable with no initial value"),
    }
}

pub struct Partial {
    func: Value,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
}

fn partial(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let mut a = args.into_iter();
    let Some(mut func) = a.next() else {
        return type_error("type 'partial' takes at least one argument");
    };
    if !is_callable(&func) {
        return type_error("the first argument must be callable");
    }
    let mut pargs: Vec<Value> = Vec::new();
    let mut pkw: Vec<(Str, Value)> = Vec::new();
    // A partial of a partial flattens into one (partial_new).
    if let Value::Obj(o) = &func
        && let Some(inner) = downcast::<Partial>(o)
    {
        pargs = inner.args.clone();
        pkw = inner.kwargs.clone();
        func = inner.func.clone();
    }
    pargs.extend(a);
    merge_kwargs(&mut pkw, kwargs);
    Ok(Value::Obj(Rc::new(Partial {
        func,
        args: pargs,
        kwargs: pkw,
    })))
}

/// Later keywords replace earlier ones in place (dict update order).
fn merge_kwargs(into: &mut Vec<(Str, Value)>, more: Vec<(Str, Value)>) {
    for (k, v) in more {
        match into.iter_mut().find(|(n, _)| n.as_str() == k.as_str()) {
            Some(slot) => slot.1 = v,
            None => into.push((k, v)),
        }
    }
}

impl Object for Partial {
    fn type_name(&self) -> &'static str {
        "functools.partial"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let mut parts = vec![util::repr_of(&self.func)?];
        for a in &self.args {
            parts.push(util::repr_of(a)?);
        }
        for (k, v) in &self.kwargs {
            parts.push(format!("{}={}", k.as_str(), util::repr_of(v)?));
        }
        out.push_str(&format!("functools.partial({})", parts.join(", ")));
        Ok(())
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        let mut a = self.args.clone();
        a.extend(args);
        let mut kw = self.kwargs.clone();
        merge_kwargs(&mut kw, kwargs);
        call_value_kw(&self.func, a, kw)
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "func" => Ok(self.func.clone()),
            "args" => Ok(util::tuple(self.args.clone())),
            "keywords" => {
                let d = crate::dict::Dict::new();
                for (k, v) in &self.kwargs {
                    d.setitem(Value::Str(k.clone()), v.clone())?;
                }
                Ok(Value::Dict(d))
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'functools.partial' object has no attribute '{name}'"),
            )),
        }
    }
}
