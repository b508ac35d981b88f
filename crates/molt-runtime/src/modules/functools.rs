//! `functools` (Modules/_functoolsmodule.c and Lib/functools.py, CPython 3.11): reduce,
//! partial, the caches, wraps, cmp_to_key, singledispatch.

use super::callable::{Callable, call_value_kw, is_callable};
use super::util::{self, no_kwargs};
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::obj::PyObj;
use crate::object::{ObjRef, Object, downcast};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "reduce" => reduce(args, kwargs),
        "partial" => partial(args, kwargs),
        "lru_cache" => lru_cache(args, kwargs),
        "cache" => {
            no_kwargs("cache", &kwargs)?;
            util::clinic_count("cache", args.len(), 1, 1)?;
            let f = args.into_iter().next().unwrap_or(Value::None);
            make_lru(f, None, false)
        }
        "wraps" => wraps(args, kwargs),
        "update_wrapper" => {
            let a = super::stdc_util::bind(
                "update_wrapper",
                &["wrapper", "wrapped", "assigned", "updated"],
                2,
                args,
                kwargs,
            )?;
            let wrapper = a[0].clone().unwrap_or_default();
            let wrapped = a[1].clone().unwrap_or_default();
            let spec = WrapSpec::of(&a[2], &a[3])?;
            update_wrapper_with(&wrapper, &wrapped, &spec)?;
            Ok(wrapper)
        }
        "singledispatch" => {
            no_kwargs("singledispatch", &kwargs)?;
            util::clinic_count("singledispatch", args.len(), 1, 1)?;
            singledispatch(args.into_iter().next().unwrap_or(Value::None))
        }
        "cmp_to_key" => {
            util::clinic_count("cmp_to_key", args.len(), 1, 1)?;
            let cmp = args.into_iter().next().unwrap_or(Value::None);
            Ok(Value::Obj(Rc::new(CmpToKey { cmp })))
        }
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

// ------------------------------------------------------------------ lru_cache, cache

/// `lru_cache(maxsize=128, typed=False)`, `lru_cache(func)`, `lru_cache(maxsize)(func)`.
fn lru_cache(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let mut maxsize = Value::Int(crate::int::Int::from(128));
    let mut typed = false;
    let mut a = args.into_iter();
    let first = a.next();
    if a.next().is_some() {
        return type_error("lru_cache() takes at most 2 arguments");
    }
    for (k, v) in kwargs {
        match k.as_str() {
            "maxsize" => maxsize = v,
            "typed" => typed = v.truthy(),
            _ => {
                return type_error(format!(
                    "lru_cache() got an unexpected keyword argument '{k}'"
                ));
            }
        }
    }
    if let Some(f) = &first {
        if is_callable(f) && !matches!(f, Value::Int(_) | Value::Bool(_)) {
            // Used bare: `@lru_cache`.
            return make_lru(f.clone(), Some(128), typed);
        }
        maxsize = f.clone();
    }
    let size = match &maxsize {
        Value::None => None,
        Value::Int(i) => Some(i.as_i64().unwrap_or(i64::MAX).max(0) as usize),
        Value::Bool(b) => Some(*b as usize),
        _ => return type_error("Expected first argument to be an integer, a callable, or None"),
    };
    Ok(Value::Obj(Rc::new(LruDecorator { size, typed })))
}

struct LruDecorator {
    size: Option<usize>,
    typed: bool,
}

impl Object for LruDecorator {
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        no_kwargs("decorating_function", &kwargs)?;
        util::clinic_count("decorating_function", args.len(), 1, 1)?;
        let f = args.into_iter().next().unwrap_or(Value::None);
        make_lru(f, self.size, self.typed)
    }
}

fn make_lru(func: Value, size: Option<usize>, typed: bool) -> PyResult<Value> {
    if !is_callable(&func) {
        return type_error("the first argument must be callable");
    }
    let size = size.map(|n| i64::try_from(n).unwrap_or(i64::MAX));
    wrapper(memo::Memo::shared(size, typed), func)
}

/// The `_lru_cache_wrapper` object of a function whose cache is `memo` (compiled
/// memoised functions share theirs with this object: see `memo`).
pub fn wrapper(memo: Rc<memo::Memo<Value, Value>>, func: Value) -> PyResult<Value> {
    let w = Rc::new(LruWrapper {
        func: func.clone(),
        memo,
        attrs: RefCell::new(vec![]),
    });
    let v = Value::Obj(w);
    update_wrapper(&v, &func)?;
    Ok(v)
}

/// `_lru_cache_wrapper` (the C version in _functoolsmodule.c).
pub struct LruWrapper {
    func: Value,
    memo: Rc<memo::Memo<Value, Value>>,
    /// `__name__`, `__wrapped__`, ... copied by update_wrapper, and user attributes.
    attrs: RefCell<Vec<(Str, Value)>>,
}

impl Object for LruWrapper {
    fn type_name(&self) -> &'static str {
        "functools._lru_cache_wrapper"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<functools._lru_cache_wrapper object at {:#x}>",
            self as *const LruWrapper as usize
        ));
        Ok(())
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        // The wrapper is called through tp_call, which counts toward the recursion limit.
        let _guard = crate::rt::enter_call()?;
        if self.memo.uncached() {
            self.memo.count_miss();
            return call_value_kw(&self.func, args, kwargs);
        }
        let key = memo::key(&args, &kwargs, self.memo.typed());
        self.memo
            .call(key, || call_value_kw(&self.func, args, kwargs))
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            "cache_info" => {
                no_kwargs("cache_info", &kwargs)?;
                util::clinic_count("cache_info", args.len(), 0, 0)?;
                Ok(self.memo.cache_info())
            }
            "cache_parameters" => {
                no_kwargs("cache_parameters", &kwargs)?;
                util::clinic_count("cache_parameters", args.len(), 0, 0)?;
                self.memo.cache_parameters()
            }
            "cache_clear" => {
                no_kwargs("cache_clear", &kwargs)?;
                self.memo.cache_clear();
                Ok(Value::None)
            }
            _ => {
                let f = self.getattr(this, name)?;
                call_value_kw(&f, args, kwargs)
            }
        }
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        if let Some((_, v)) = self.attrs.borrow().iter().find(|(k, _)| k.as_str() == name) {
            return Ok(v.clone());
        }
        Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'functools._lru_cache_wrapper' object has no attribute '{name}'"),
        ))
    }
    fn setattr(&self, _this: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        let mut attrs = self.attrs.borrow_mut();
        match attrs.iter_mut().find(|(k, _)| k.as_str() == name) {
            Some(slot) => slot.1 = value,
            None => attrs.push((Str::from(name), value)),
        }
        Ok(())
    }
}

/// `CacheInfo(hits=..., misses=..., maxsize=..., currsize=...)`, a named tuple in CPython.
struct CacheInfo {
    hits: i64,
    misses: i64,
    maxsize: Value,
    currsize: i64,
}

#[path = "functools_memo.rs"]
pub mod memo;

impl CacheInfo {
    fn items(&self) -> Vec<Value> {
        vec![
            Value::Int(crate::int::Int::from(self.hits)),
            Value::Int(crate::int::Int::from(self.misses)),
            self.maxsize.clone(),
            Value::Int(crate::int::Int::from(self.currsize)),
        ]
    }
}

impl Object for CacheInfo {
    fn type_name(&self) -> &'static str {
        "CacheInfo"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "CacheInfo(hits={}, misses={}, maxsize={}, currsize={})",
            self.hits,
            self.misses,
            util::repr_of(&self.maxsize)?,
            self.currsize
        ));
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        let mine = util::tuple(self.items());
        match other {
            Value::Tuple(_) => Ok(Some(util::eq_bool(&mine, other)?)),
            Value::Obj(o) => match downcast::<CacheInfo>(o) {
                Some(c) => Ok(Some(util::eq_bool(&mine, &util::tuple(c.items()))?)),
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        let items = self.items();
        let i = match name {
            "hits" => 0,
            "misses" => 1,
            "maxsize" => 2,
            "currsize" => 3,
            _ => {
                return Err(PyErr::msg(
                    ExcKind::AttributeError,
                    format!("'CacheInfo' object has no attribute '{name}'"),
                ));
            }
        };
        Ok(items[i].clone())
    }
    fn getitem(&self, _this: &ObjRef, key: &Value) -> PyResult<Value> {
        util::tuple(self.items()).getitem(key)
    }
    fn len(&self, _this: &ObjRef) -> PyResult<usize> {
        Ok(4)
    }
    fn iter(&self, _this: &ObjRef) -> PyResult<crate::value::ValueIter> {
        Ok(crate::value::ValueIter::Vec(self.items().into_iter()))
    }
}

// ------------------------------------------------------------------ wraps, update_wrapper

/// WRAPPER_ASSIGNMENTS then `__dict__` (WRAPPER_UPDATES), then `__wrapped__`.
fn update_wrapper(wrapper: &Value, wrapped: &Value) -> PyResult<()> {
    update_wrapper_with(wrapper, wrapped, &WrapSpec::default())
}

/// update_wrapper's `assigned` and `updated` (WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES).
struct WrapSpec {
    assigned: Vec<Str>,
    /// Whether `__dict__` is among `updated` (the only attribute molt updates).
    dict: bool,
}

impl Default for WrapSpec {
    fn default() -> Self {
        WrapSpec {
            assigned: [
                "__module__",
                "__name__",
                "__qualname__",
                "__doc__",
                "__annotations__",
            ]
            .into_iter()
            .map(Str::from)
            .collect(),
            dict: true,
        }
    }
}

impl WrapSpec {
    fn of(assigned: &Option<Value>, updated: &Option<Value>) -> PyResult<WrapSpec> {
        let mut spec = WrapSpec::default();
        let names = |v: &Value| -> PyResult<Vec<Str>> {
            v.to_vec()?
                .into_iter()
                .map(|n| match n {
                    Value::Str(s) => Ok(s),
                    o => type_error(format!(
                        "attribute name must be string, not '{}'",
                        o.class_name()
                    )),
                })
                .collect()
        };
        if let Some(a) = assigned {
            spec.assigned = names(a)?;
        }
        if let Some(u) = updated {
            let u = names(u)?;
            if let Some(other) = u.iter().find(|n| n.as_str() != "__dict__") {
                return Err(PyErr::msg(
                    ExcKind::NotImplementedError,
                    format!("molt: update_wrapper(updated=...) of '{other}' is not supported"),
                ));
            }
            spec.dict = !u.is_empty();
        }
        Ok(spec)
    }
}

fn update_wrapper_with(wrapper: &Value, wrapped: &Value, spec: &WrapSpec) -> PyResult<()> {
    let (Value::Obj(w), Value::Obj(src)) = (wrapper, wrapped) else {
        return Ok(());
    };
    for attr in &spec.assigned {
        if let Ok(v) = src.getattr(src, attr.as_str()) {
            w.setattr(w, attr.as_str(), v)?;
        }
    }
    if spec.dict
        && let Ok(Value::Dict(d)) = src.getattr(src, "__dict__")
    {
        for (k, v) in d.items_vec() {
            if let Value::Str(k) = k {
                w.setattr(w, k.as_str(), v)?;
            }
        }
    }
    w.setattr(w, "__wrapped__", wrapped.clone())?;
    Ok(())
}

/// `wraps(wrapped, assigned=..., updated=...)`: a decorator applying update_wrapper.
fn wraps(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let a = super::stdc_util::bind(
        "wraps",
        &["wrapped", "assigned", "updated"],
        1,
        args,
        kwargs,
    )?;
    let wrapped = a[0].clone().unwrap_or_default();
    let spec = WrapSpec::of(&a[1], &a[2])?;
    Ok(Value::Obj(Rc::new(Wraps { wrapped, spec })))
}

struct Wraps {
    wrapped: Value,
    spec: WrapSpec,
}

impl Object for Wraps {
    fn type_name(&self) -> &'static str {
        "functools.partial"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        no_kwargs("update_wrapper", &kwargs)?;
        util::clinic_count("update_wrapper", args.len(), 1, 1)?;
        let wrapper = args.into_iter().next().unwrap_or(Value::None);
        update_wrapper_with(&wrapper, &self.wrapped, &self.spec)?;
        Ok(wrapper)
    }
}

// ------------------------------------------------------------------ cmp_to_key

struct CmpToKey {
    cmp: Value,
}

impl Object for CmpToKey {
    fn type_name(&self) -> &'static str {
        "functools.KeyWrapper"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        no_kwargs("K", &kwargs)?;
        util::clinic_count("K", args.len(), 1, 1)?;
        let obj = args.into_iter().next().unwrap_or(Value::None);
        Ok(Value::Obj(Rc::new(CmpKey {
            cmp: self.cmp.clone(),
            obj,
        })))
    }
}

/// functools.KeyWrapper: compares by calling `cmp(a, b)` against 0.
struct CmpKey {
    cmp: Value,
    obj: Value,
}

impl Object for CmpKey {
    fn type_name(&self) -> &'static str {
        "functools.KeyWrapper"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn compare(
        &self,
        _this: &ObjRef,
        other: &Value,
        op: crate::obj::CmpOp,
    ) -> PyResult<Option<bool>> {
        let Value::Obj(o) = other else {
            return type_error("other argument must be K instance");
        };
        let Some(k) = downcast::<CmpKey>(o) else {
            return type_error("other argument must be K instance");
        };
        let r = call_value_kw(&self.cmp, vec![self.obj.clone(), k.obj.clone()], vec![])?;
        let zero = Value::Int(crate::int::Int::from(0));
        Ok(Some(crate::obj::PyObj::py_cmp(&r, &zero, op)?))
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        let Value::Obj(o) = other else {
            return Ok(None);
        };
        let Some(k) = downcast::<CmpKey>(o) else {
            return Ok(None);
        };
        let r = call_value_kw(&self.cmp, vec![self.obj.clone(), k.obj.clone()], vec![])?;
        let zero = Value::Int(crate::int::Int::from(0));
        Ok(Some(crate::obj::PyObj::py_eq(&r, &zero)?))
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        type_error("unhashable type: 'functools.KeyWrapper'")
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "obj" => Ok(self.obj.clone()),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'functools.KeyWrapper' object has no attribute '{name}'"),
            )),
        }
    }
}

// ------------------------------------------------------------------ singledispatch

/// `singledispatch(func)` (Lib/functools.py): the wrapper function, with `register`,
/// `dispatch` and `registry`, and func's attributes (update_wrapper).
fn singledispatch(func: Value) -> PyResult<Value> {
    let object = crate::class::builtin_class("object")?;
    let w = Rc::new(SingleDispatch {
        func: func.clone(),
        registry: RefCell::new(vec![(object, func.clone())]),
        attrs: RefCell::new(vec![]),
    });
    let v = Value::Obj(w);
    update_wrapper(&v, &func)?;
    Ok(v)
}

pub struct SingleDispatch {
    func: Value,
    /// class -> implementation, in registration order (a dict keyed by class in CPython;
    /// classes compare by identity).
    registry: RefCell<Vec<(Value, Value)>>,
    attrs: RefCell<Vec<(Str, Value)>>,
}

impl SingleDispatch {
    /// `dispatch(cls)`: the implementation registered for the first class of cls's MRO
    /// that has one (`_find_impl`). molt refuses ABCs as registry keys (see `register`),
    /// so the MRO is the class's own.
    fn dispatch(&self, cls: &Value) -> PyResult<Value> {
        let Some(mro) = crate::class::mro_values(cls)? else {
            // The dispatch cache is a WeakKeyDictionary; `_find_impl` then reads
            // `cls.__mro__`.
            if !matches!(cls, Value::Obj(_)) {
                return type_error(format!(
                    "cannot create weak reference to '{}' object",
                    cls.class_name()
                ));
            }
            return Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'{}' object has no attribute '__mro__'", cls.class_name()),
            ));
        };
        let registry = self.registry.borrow();
        for c in &mro {
            if let Some((_, f)) = registry.iter().find(|(k, _)| k.py_is(c)) {
                return Ok(f.clone());
            }
        }
        Ok(self.func.clone())
    }

    fn add(&self, cls: Value, func: Value) -> PyResult<()> {
        if crate::modules::collections_abc::abc_of(&cls).is_some() {
            // `_compose_mro` places the ABCs a class implements among its bases; molt
            // does not reproduce that order.
            return Err(PyErr::msg(
                ExcKind::NotImplementedError,
                "molt: singledispatch on a collections.abc class is not supported",
            ));
        }
        let mut reg = self.registry.borrow_mut();
        match reg.iter_mut().find(|(k, _)| k.py_is(&cls)) {
            Some(slot) => slot.1 = func,
            None => reg.push((cls, func)),
        }
        Ok(())
    }

    /// `register(cls, func=None)`.
    fn register(&self, this: &ObjRef, cls: Value, func: Option<Value>) -> PyResult<Value> {
        if is_dispatch_type(&cls) {
            let Some(func) = func else {
                return Ok(Value::Obj(Rc::new(Register {
                    target: this.clone(),
                    cls,
                })));
            };
            for c in union_members(&cls).unwrap_or_else(|| vec![cls.clone()]) {
                self.add(c, func.clone())?;
            }
            return Ok(func);
        }
        if func.is_some() {
            return type_error(format!(
                "Invalid first argument to `register()`. {} is not a class or union type.",
                util::repr_of(&cls)?
            ));
        }
        // `@f.register` on an annotated function: the first annotation's class.
        let func = cls;
        let anns = match crate::attr::getattr(&func, "__annotations__") {
            Ok(Value::Dict(d)) => d.items_vec(),
            _ => vec![],
        };
        let Some((argname, ann)) = anns.into_iter().next() else {
            if let Value::Obj(o) = &func
                && let Some(f) = downcast::<crate::func::Function>(o)
                && f.name.borrow().as_str() != "<lambda>"
            {
                // molt keeps a function's annotations only under `@x.register`.
                return Err(PyErr::msg(
                    ExcKind::NotImplementedError,
                    "molt: register() reads the annotations of a function only when used as its decorator (`@f.register`)",
                ));
            }
            return type_error(format!(
                "Invalid first argument to `register()`: {}. Use either `@register(some_class)` or plain `@register` on an annotated function.",
                util::repr_of(&func)?
            ));
        };
        // get_type_hints turns None into NoneType.
        let ann = if ann.is_none() {
            crate::class::type_of(&Value::None)?
        } else {
            ann
        };
        if !is_dispatch_type(&ann) {
            let what = if union_members(&ann).is_some() {
                "not all arguments are classes"
            } else {
                "is not a class"
            };
            return type_error(format!(
                "Invalid annotation for {}. {} {what}.",
                util::repr_of(&argname)?,
                util::repr_of(&ann)?
            ));
        }
        for c in union_members(&ann).unwrap_or_else(|| vec![ann.clone()]) {
            self.add(c, func.clone())?;
        }
        Ok(func)
    }
}

/// The members of a `typing.Union[...]` / `Optional[...]`, None as NoneType.
fn union_members(v: &Value) -> Option<Vec<Value>> {
    let Value::Obj(o) = v else { return None };
    let f = o.as_any().downcast_ref::<super::typing::Form>()?;
    if !f.subscripted || f.typevar || f.abc || f.origin.is_some() {
        return None;
    }
    let mut members = match f.name.as_str() {
        "Union" | "Optional" | "UnionType" => f.args.clone()?,
        _ => return None,
    };
    if f.name == "Optional" {
        members.push(Value::None);
    }
    let mut out: Vec<Value> = vec![];
    for m in members {
        let m = if m.is_none() {
            crate::class::type_of(&Value::None).ok()?
        } else {
            m
        };
        // typing.Union removes duplicates.
        if !out.iter().any(|x| x.py_is(&m)) {
            out.push(m);
        }
    }
    Some(out)
}

/// `_is_valid_dispatch_type`: a class, or a union of classes.
fn is_dispatch_type(v: &Value) -> bool {
    crate::class::is_class_value(v)
        || union_members(v).is_some_and(|m| m.iter().all(crate::class::is_class_value))
}

impl Object for SingleDispatch {
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let q = match self.getattr_own("__qualname__") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => "singledispatch.<locals>.wrapper".to_string(),
        };
        out.push_str(&format!(
            "<function {q} at {:#x}>",
            self as *const SingleDispatch as usize
        ));
        Ok(())
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        let Some(first) = args.first() else {
            let name = match crate::attr::getattr(&self.func, "__name__") {
                Ok(Value::Str(s)) => s.as_str().to_string(),
                _ => "singledispatch function".to_string(),
            };
            return type_error(format!("{name} requires at least 1 positional argument"));
        };
        let cls = crate::attr::getattr(first, "__class__")?;
        let f = self.dispatch(&cls)?;
        call_value_kw(&f, args, kwargs)
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            "register" => {
                let mut cls = None;
                let mut func = None;
                let mut a = args.into_iter();
                if let Some(v) = a.next() {
                    cls = Some(v);
                }
                if let Some(v) = a.next() {
                    func = Some(v);
                }
                if a.next().is_some() {
                    return type_error(
                        "register() takes from 2 to 3 positional arguments but more were given",
                    );
                }
                for (k, v) in kwargs {
                    match k.as_str() {
                        "cls" if cls.is_none() => cls = Some(v),
                        "func" if func.is_none() => func = Some(v),
                        "cls" | "func" => {
                            return type_error(format!(
                                "register() got multiple values for argument '{k}'"
                            ));
                        }
                        _ => {
                            return type_error(format!(
                                "register() got an unexpected keyword argument '{k}'"
                            ));
                        }
                    }
                }
                let Some(cls) = cls else {
                    return type_error("register() missing 1 required positional argument: 'cls'");
                };
                self.register(this, cls, func)
            }
            "dispatch" => {
                no_kwargs("dispatch", &kwargs)?;
                if args.len() != 1 {
                    return type_error(format!(
                        "dispatch() takes 1 positional argument but {} were given",
                        args.len()
                    ));
                }
                self.dispatch(&args[0])
            }
            _ => {
                let f = self.getattr(this, name)?;
                call_value_kw(&f, args, kwargs)
            }
        }
    }
    fn getattr(&self, this: &ObjRef, name: &str) -> PyResult<Value> {
        if let Some(v) = self.getattr_own(name) {
            return Ok(v);
        }
        match name {
            "registry" => {
                let d = crate::dict::Dict::new();
                for (k, v) in self.registry.borrow().iter() {
                    d.setitem(k.clone(), v.clone())?;
                }
                Ok(Value::Obj(Rc::new(super::re::MappingProxy(d))))
            }
            "register" | "dispatch" => {
                Ok(crate::attr::bound_builtin(Value::Obj(this.clone()), name))
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'function' object has no attribute '{name}'"),
            )),
        }
    }
    fn setattr(&self, _this: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        let mut attrs = self.attrs.borrow_mut();
        match attrs.iter_mut().find(|(k, _)| k.as_str() == name) {
            Some(slot) => slot.1 = value,
            None => attrs.push((Str::from(name), value)),
        }
        Ok(())
    }
}

impl SingleDispatch {
    fn getattr_own(&self, name: &str) -> Option<Value> {
        self.attrs
            .borrow()
            .iter()
            .find(|(k, _)| k.as_str() == name)
            .map(|(_, v)| v.clone())
    }
}

// ------------------------------------------------------------------ singledispatchmethod

thread_local! {
    static SD_METHOD: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// `functools.singledispatchmethod` (Lib/functools.py, 3.11): a class whose instances
/// keep a singledispatch `dispatcher` of their function; `__get__` gives a function that
/// dispatches on the class of its first argument and calls the implementation bound to
/// the instance (or class) it was read from.
pub fn singledispatchmethod_class() -> PyResult<Value> {
    if let Some(c) = SD_METHOD.with(|c| c.borrow().clone()) {
        return Ok(c);
    }
    use crate::func::function;
    let arg = |a: &[Value], i: usize| a.get(i).cloned().unwrap_or_default();
    let init = function("__init__", "singledispatchmethod.__init__", move |a, kw| {
        no_kwargs("singledispatchmethod.__init__", &kw)?;
        if a.len() != 2 {
            return type_error(format!(
                "singledispatchmethod.__init__() takes 2 positional arguments but {} were given",
                a.len()
            ));
        }
        let (me, func) = (arg(&a, 0), arg(&a, 1));
        if !crate::builtins::callable(&func) && !crate::attr::hasattr(&func, "__get__")? {
            return type_error(format!(
                "{} is not callable or a descriptor",
                util::repr_of(&func)?
            ));
        }
        crate::attr::setattr(&me, "dispatcher", singledispatch(func.clone())?)?;
        crate::attr::setattr(&me, "func", func)?;
        Ok(Value::None)
    });
    let register = function("register", "singledispatchmethod.register", move |a, kw| {
        let me = arg(&a, 0);
        let d = crate::attr::getattr(&me, "dispatcher")?;
        let mut args: Vec<Value> = a.into_iter().skip(1).collect();
        let mut kwargs = vec![];
        for (k, v) in kw {
            match k.as_str() {
                "method" => kwargs.push((Str::from("func"), v)),
                "cls" => kwargs.push((k, v)),
                _ => {
                    return type_error(format!(
                        "singledispatchmethod.register() got an unexpected keyword argument '{k}'"
                    ));
                }
            }
        }
        if args.len() > 2 {
            return type_error(format!(
                "singledispatchmethod.register() takes from 2 to 3 positional arguments but {} were given",
                args.len() + 1
            ));
        }
        if args.is_empty() && kwargs.iter().all(|(k, _)| k.as_str() != "cls") {
            return type_error(
                "singledispatchmethod.register() missing 1 required positional argument: 'cls'",
            );
        }
        let f = crate::attr::getattr(&d, "register")?;
        call_value_kw(&f, std::mem::take(&mut args), kwargs)
    });
    let get = function("__get__", "singledispatchmethod.__get__", move |a, _| {
        let (me, obj, cls) = (arg(&a, 0), arg(&a, 1), arg(&a, 2));
        let dispatcher = crate::attr::getattr(&me, "dispatcher")?;
        let func = crate::attr::getattr(&me, "func")?;
        let owner = match crate::class::as_class(&cls) {
            Some(c) => Some(c),
            None => crate::class::as_class(&crate::class::type_of(&obj)?),
        };
        let (d, o) = (dispatcher.clone(), obj.clone());
        let method = function(
            "_method",
            "singledispatchmethod.__get__.<locals>._method",
            move |args: Vec<Value>, kwargs: Vec<(Str, Value)>| {
                let Some(first) = args.first() else {
                    return Err(PyErr::msg(ExcKind::IndexError, "tuple index out of range"));
                };
                let c = crate::attr::getattr(first, "__class__")?;
                let m = crate::attr::call_method(&d, "dispatch", vec![c], vec![])?;
                let bound = match &owner {
                    Some(k) => crate::class::descr_get(&m, (!o.is_none()).then_some(&o), k)?,
                    None => m,
                };
                call_value_kw(&bound, args, kwargs)
            },
        );
        crate::attr::setattr(&method, "register", crate::attr::getattr(&me, "register")?)?;
        update_wrapper(&method, &func)?;
        Ok(method)
    });
    let c = crate::class::new_class(
        "singledispatchmethod",
        "singledispatchmethod",
        "functools",
        vec![],
        vec![
            (Str::from("__init__"), init),
            (Str::from("register"), register),
            (Str::from("__get__"), get),
        ],
        vec![],
    )?;
    SD_METHOD.with(|x| *x.borrow_mut() = Some(c.clone()));
    Ok(c)
}

/// `register(cls)` used as a decorator: registers the function it is called with.
struct Register {
    target: ObjRef,
    cls: Value,
}

impl Object for Register {
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        no_kwargs("<lambda>", &kwargs)?;
        util::clinic_count("<lambda>", args.len(), 1, 1)?;
        let f = args.into_iter().next().unwrap_or(Value::None);
        match downcast::<SingleDispatch>(&self.target) {
            Some(sd) => sd.register(&self.target, self.cls.clone(), Some(f)),
            None => Err(PyErr::msg(
                ExcKind::SystemError,
                "molt: bad register target",
            )),
        }
    }
}
