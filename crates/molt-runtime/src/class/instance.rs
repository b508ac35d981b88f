//! Instances of user classes: attribute access (PyObject_GenericGetAttr/SetAttr with the
//! slot_tp_getattr_hook `__getattr__` fallback) and every protocol dispatched to the class's
//! dunders (Objects/typeobject.c's slot_* functions), with CPython's TypeErrors.

use super::descr::{
    Property, SlotMember, bound, call_descr, call_descr_slot_pos, descr_get, getset_set,
    is_not_implemented,
};
use super::excs::ExcState;
use super::layout::Layout;
use super::{Class, DKind, dict_get};
use crate::attr::{intern, intern_static};
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::obj::PyObj;
use crate::object::{ObjRef, Object, downcast};
use crate::str::Str;
use crate::value::{BinOp, Value, ValueIter};
use std::any::Any;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub struct Instance {
    pub(crate) class: Rc<Class>,
    /// `__dict__`, unless the class has `__slots__` only; made on first use.
    pub(crate) dict: InstDict,
    pub(crate) slots: RefCell<Vec<Option<Value>>>,
    /// The state of exception instances (args, cause, context); boxed so that other
    /// instances, made far more often, stay small.
    pub(crate) exc: Option<Box<RefCell<ExcState>>>,
    /// The instance itself, for the `Object` methods that get no `this`.
    me: Weak<Instance>,
    /// The builtin value of an instance of a subclass of list, dict, str, ...
    /// (class/builtin_base.rs). A RefCell because `deque.__init__` makes the deque
    /// anew (its maxlen is fixed when made).
    pub(crate) base: RefCell<Option<Value>>,
}

/// An instance's `__dict__`, made when first needed: most instances of classes with a
/// layout keep every attribute in slots and never need one (CPython 3.11 likewise makes
/// an instance's dict only when asked, keeping the values inline until then).
pub(crate) struct InstDict(Option<std::cell::OnceCell<Dict<Value, Value>>>);

impl InstDict {
    fn new(has_dict: bool) -> InstDict {
        InstDict(has_dict.then(std::cell::OnceCell::new))
    }

    /// The dict, made now if the instance may have one. None: no `__dict__`.
    pub(crate) fn get_or_make(&self) -> Option<&Dict<Value, Value>> {
        self.0.as_ref().map(|c| c.get_or_init(Dict::new))
    }

    /// The dict if it exists already: for lookups, which find nothing in a dict not made.
    #[inline]
    pub(crate) fn made(&self) -> Option<&Dict<Value, Value>> {
        self.0.as_ref().and_then(|c| c.get())
    }

    /// The dict itself (a new reference), made if needed.
    pub(crate) fn clone_dict(&self) -> Option<Dict<Value, Value>> {
        self.get_or_make().cloned()
    }

    /// Whether the instance has a `__dict__` (made or not).
    pub(crate) fn is_some(&self) -> bool {
        self.0.is_some()
    }

    pub(crate) fn is_none(&self) -> bool {
        self.0.is_none()
    }
}

impl Instance {
    pub(crate) fn alloc(cls: &Rc<Class>, exc_args: Vec<Value>) -> Rc<Instance> {
        Self::alloc_full(cls, exc_args, None)
    }

    /// An instance of a subclass of a builtin type, carrying the builtin value.
    pub(crate) fn alloc_with_base(cls: &Rc<Class>, base: Value) -> Rc<Instance> {
        Self::alloc_full(cls, vec![], Some(base))
    }

    fn alloc_full(cls: &Rc<Class>, exc_args: Vec<Value>, base: Option<Value>) -> Rc<Instance> {
        Self::alloc_owned(cls.clone(), exc_args, base)
    }

    /// An instance of `cls`, which it keeps (callers holding a fresh `Rc` save a count).
    pub(crate) fn alloc_owned(
        cls: Rc<Class>,
        exc_args: Vec<Value>,
        base: Option<Value>,
    ) -> Rc<Instance> {
        // `__slots__` slots, or the layout's (a class never has both). Not
        // `vec![None; n]`, which clones a `Value` option per slot.
        let n = cls.nslots + cls.layout.get().map_or(0, |l| l.len());
        let slots: Vec<Option<Value>> = std::iter::repeat_with(|| None).take(n).collect();
        Rc::new_cyclic(|me| Instance {
            dict: InstDict::new(cls.has_dict),
            slots: RefCell::new(slots),
            exc: cls
                .exc_kind
                .map(|_| Box::new(RefCell::new(ExcState::new(exc_args)))),
            me: me.clone(),
            base: RefCell::new(base),
            class: cls,
        })
    }

    pub fn class(&self) -> &Rc<Class> {
        &self.class
    }

    pub fn dict(&self) -> Option<&Dict<Value, Value>> {
        self.dict.get_or_make()
    }

    /// The instance as a value.
    pub(crate) fn value(&self) -> Value {
        match self.me.upgrade() {
            Some(rc) => Value::Obj(rc as ObjRef),
            None => Value::None,
        }
    }

    /// Looks up a special method on the class (not the instance, as CPython's
    /// _PyObject_LookupSpecial) and calls it on self. None when the class lacks it.
    pub(crate) fn call_special(
        &self,
        name: &'static str,
        args: Vec<Value>,
    ) -> PyResult<Option<Value>> {
        match <[Value; 1]>::try_from(args) {
            Ok([y]) => self.call_special_pos(name, &mut [Value::None, y]),
            Err(args) if args.is_empty() => self.call_special_pos(name, &mut [Value::None]),
            Err(args) => {
                let n = intern_static(name);
                match self.class.lookup(&n) {
                    None => Ok(None),
                    Some((f, _)) => {
                        call_descr(&f, &self.value(), args, vec![], &self.class).map(Some)
                    }
                }
            }
        }
    }

    /// `call_special` with the arguments in the caller's array, `args[0]` free for self:
    /// a compiled method's exact-arity entry takes them without a new argument list.
    pub(crate) fn call_special_pos(
        &self,
        name: &'static str,
        args: &mut [Value],
    ) -> PyResult<Option<Value>> {
        let n = intern_static(name);
        match self.class.lookup(&n) {
            None => Ok(None),
            Some((f, _)) => call_descr_slot_pos(&f, &self.value(), args, &self.class).map(Some),
        }
    }

    /// The special method as found on the class (None also when it is set to None).
    pub(crate) fn special(&self, name: &'static str) -> Option<Value> {
        self.class
            .lookup_value(&intern_static(name))
            .filter(|v| !v.is_none())
    }

    // -------------------------------------------------------------- attributes

    /// The layout of the instance's class while the instance keeps its fields in slots
    /// (layout.rs: slot mode).
    #[inline]
    fn slot_layout(&self) -> Option<&Layout> {
        let l = self.class.layout.get()?;
        let n = self.slots.try_borrow().map_or(usize::MAX, |s| s.len());
        (n == l.len()).then_some(l)
    }

    /// The slot holding the instance attribute `name`, when it is a layout field kept in
    /// a slot.
    #[inline]
    pub(crate) fn field_slot(&self, name: &Str) -> Option<usize> {
        self.slot_layout()?.slot_of_name(name)
    }

    /// The instance's own attribute `name`: its layout slot, else its `__dict__` entry
    /// (a layout name in slot mode is never in the dict, so the order is moot).
    pub(crate) fn own_attr(&self, name: &Str) -> Option<Value> {
        if let Some(s) = self.field_slot(name) {
            return self.slots.try_borrow().ok()?.get(s).cloned().flatten();
        }
        dict_get(self.dict.made()?, name)
    }

    /// Sets the instance's own attribute `k` (a key of a state dict) without descriptors:
    /// a layout slot for a layout name, else the dict (copy's `__dict__.update(state)`).
    pub(crate) fn set_own(&self, k: Value, v: Value) -> PyResult<()> {
        if let Value::Str(n) = &k
            && let Some(s) = self.field_slot(n)
            && let Ok(mut slots) = self.slots.try_borrow_mut()
            && let Some(slot) = slots.get_mut(s)
        {
            *slot = Some(v);
            return Ok(());
        }
        match self.dict.get_or_make() {
            Some(d) => d.setitem(k, v),
            None => Ok(()),
        }
    }

    /// The set layout fields, as (name, value), in slot order.
    fn set_fields(&self) -> Vec<(Str, Value)> {
        let Some(l) = self.slot_layout() else {
            return vec![];
        };
        let Ok(slots) = self.slots.try_borrow() else {
            return vec![];
        };
        l.names
            .iter()
            .zip(slots.iter())
            .filter_map(|(n, v)| Some((n.clone(), v.clone()?)))
            .collect()
    }

    /// The names of the instance's own attributes (`dir`): set layout fields, then the
    /// dict's keys.
    pub(crate) fn own_names(&self) -> Vec<Value> {
        let mut out: Vec<Value> = self
            .set_fields()
            .into_iter()
            .map(|(n, _)| Value::Str(n))
            .collect();
        if let Some(d) = self.dict.made() {
            out.extend(d.keys_vec());
        }
        out
    }

    /// A new dict of the instance's own attributes (copy's default state), leaving the
    /// instance as it is. None without a `__dict__`.
    fn state_dict(&self) -> PyResult<Option<Dict<Value, Value>>> {
        let Some(d) = self.dict.get_or_make() else {
            return Ok(None);
        };
        let fields = self.set_fields();
        if fields.is_empty() {
            return Ok(Some(d.copy()));
        }
        let out = Dict::new();
        for (n, v) in fields {
            out.setitem_hashed(Value::Str(n.clone()), n.hash(), v)?;
        }
        for (k, v) in d.items_vec() {
            out.setitem(k, v)?;
        }
        Ok(Some(out))
    }

    /// The live `__dict__`: an instance keeping layout fields in slots moves them into its
    /// dict first, for good (dict mode, layout.rs), so writes through the dict are seen by
    /// every later access (CPython's _PyObject_GetDictPtr materialising inline values).
    /// The fields come first, in slot order, then the other attributes. None without a
    /// `__dict__`.
    pub(crate) fn live_dict(&self) -> PyResult<Option<Dict<Value, Value>>> {
        let Some(d) = self.dict.get_or_make() else {
            return Ok(None);
        };
        let fields = self.set_fields();
        if let Some(l) = self.slot_layout()
            && !l.names.is_empty()
        {
            if let Ok(mut slots) = self.slots.try_borrow_mut() {
                slots.clear();
            }
            if !fields.is_empty() {
                let rest = d.items_vec();
                d.clear();
                for (n, v) in fields {
                    d.setitem_hashed(Value::Str(n.clone()), n.hash(), v)?;
                }
                for (k, v) in rest {
                    d.setitem(k, v)?;
                }
            }
        }
        Ok(Some(d.clone()))
    }

    /// PyObject_GenericGetAttr.
    pub(crate) fn generic_getattr(&self, this: &ObjRef, name: &Str) -> PyResult<Value> {
        let cls = &self.class;
        let found = cls.lookup(name);
        if let Some((v, DKind::Data)) = &found {
            return descr_get(v, Some(&Value::Obj(this.clone())), cls);
        }
        if let Some(v) = self.own_attr(name) {
            return Ok(v);
        }
        match found {
            Some((v, DKind::Plain)) => Ok(v),
            Some((v, DKind::Function)) => Ok(bound(v, Value::Obj(this.clone()))),
            Some((v, _)) => descr_get(&v, Some(&Value::Obj(this.clone())), cls),
            None => Err(crate::attr::attr_error(
                &Value::Obj(this.clone()),
                name,
                &format!("'{}' object has no attribute '{}'", cls.sname.get(), name),
            )),
        }
    }

    /// `self.name`: `__getattribute__` (generic unless overridden), then `__getattr__`
    /// for an AttributeError (slot_tp_getattr_hook).
    pub(crate) fn get_attr(&self, this: &ObjRef, name: &Str) -> PyResult<Value> {
        let flags = self.class.flags();
        let r = if flags.getattribute {
            let f = self
                .class
                .lookup_value(&intern_static("__getattribute__"))
                .unwrap_or(Value::None);
            call_descr(
                &f,
                &Value::Obj(this.clone()),
                vec![Value::Str(name.clone())],
                vec![],
                &self.class,
            )
        } else {
            self.generic_getattr(this, name)
        };
        match r {
            Err(e) if flags.getattr && e.matches(ExcKind::AttributeError) => {
                let f = self
                    .class
                    .lookup_value(&intern_static("__getattr__"))
                    .unwrap_or(Value::None);
                call_descr(
                    &f,
                    &Value::Obj(this.clone()),
                    vec![Value::Str(name.clone())],
                    vec![],
                    &self.class,
                )
            }
            r => r,
        }
    }

    /// PyObject_GenericSetAttr; `value` None deletes.
    pub(crate) fn generic_setattr(
        &self,
        this: &ObjRef,
        name: &Str,
        value: Option<Value>,
    ) -> PyResult<()> {
        let cls = &self.class;
        let found = cls.lookup(name);
        let me = Value::Obj(this.clone());
        if let Some((d, DKind::Data)) = &found {
            return descr_set(d, &me, value, cls);
        }
        if let Some(s) = self.field_slot(name) {
            let deleting = value.is_none();
            let old = match self.slots.try_borrow_mut() {
                Ok(mut slots) => match slots.get_mut(s) {
                    Some(slot) => std::mem::replace(slot, value),
                    None => None,
                },
                Err(_) => None,
            };
            // Deleting an unset field is deleting a missing attribute (3.11's
            // _PyObject_GenericSetAttrWithDict sets no name/obj: no suggestion).
            if deleting && old.is_none() {
                return Err(PyErr::msg(
                    ExcKind::AttributeError,
                    format!("'{}' object has no attribute '{}'", cls.sname.get(), name),
                ));
            }
            return Ok(());
        }
        match (self.dict.get_or_make(), value) {
            (Some(d), Some(v)) => d.setitem_hashed(Value::Str(name.clone()), name.hash(), v),
            (Some(d), None) => match d.remove(&Value::Str(name.clone()))? {
                Some(_) => Ok(()),
                None => Err(PyErr::msg(
                    ExcKind::AttributeError,
                    format!("'{}' object has no attribute '{}'", cls.sname.get(), name),
                )),
            },
            (None, _) => {
                let msg = if found.is_none() {
                    format!("'{}' object has no attribute '{}'", cls.sname.get(), name)
                } else {
                    format!(
                        "'{}' object attribute '{}' is read-only",
                        cls.sname.get(),
                        name
                    )
                };
                Err(PyErr::msg(ExcKind::AttributeError, msg))
            }
        }
    }

    /// `self.name = value` (`__setattr__` if the class overrides it).
    pub(crate) fn set_attr(&self, this: &ObjRef, name: &Str, value: Value) -> PyResult<()> {
        if self.class.flags().setattr {
            let f = self
                .class
                .lookup_value(&intern_static("__setattr__"))
                .unwrap_or(Value::None);
            call_descr(
                &f,
                &Value::Obj(this.clone()),
                vec![Value::Str(name.clone()), value],
                vec![],
                &self.class,
            )?;
            return Ok(());
        }
        self.generic_setattr(this, name, Some(value))
    }

    /// `del self.name`.
    pub(crate) fn del_attr(&self, this: &ObjRef, name: &Str) -> PyResult<()> {
        if self.class.flags().delattr {
            let f = self
                .class
                .lookup_value(&intern_static("__delattr__"))
                .unwrap_or(Value::None);
            call_descr(
                &f,
                &Value::Obj(this.clone()),
                vec![Value::Str(name.clone())],
                vec![],
                &self.class,
            )?;
            return Ok(());
        }
        self.generic_setattr(this, name, None)
    }

    /// `self.name(*args, **kwargs)`: a function found on the class is called with self
    /// prepended, without a bound method (CPython's LOAD_METHOD), unless the instance
    /// dict shadows it.
    pub(crate) fn call_attr(
        &self,
        this: &ObjRef,
        name: &Str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let flags = self.class.flags();
        if !flags.getattribute
            && let Some((f, kind)) = self.class.lookup(name)
            && matches!(kind, DKind::Function | DKind::NonData)
            && self.own_attr(name).is_none()
        {
            return call_descr(&f, &Value::Obj(this.clone()), args, kwargs, &self.class);
        }
        let f = match self.get_attr(this, name) {
            Ok(f) => f,
            Err(e) => return Err(self.missing_method(name, e)),
        };
        crate::func::call(&f, args, kwargs)
    }

    /// The error for a method the runtime calls by name on an object that lacks it
    /// (round(), reversed(), slicing go through call_method).
    fn missing_method(&self, name: &Str, e: PyErr) -> PyErr {
        if !e.matches(ExcKind::AttributeError) {
            return e;
        }
        let n = self.class.sname.get();
        match name.as_str() {
            "__round__" => PyErr::msg(
                ExcKind::TypeError,
                format!("type {n} doesn't define __round__ method"),
            ),
            _ => e,
        }
    }

    // -------------------------------------------------------------- protocols

    fn check_str(&self, r: Value, what: &str) -> PyResult<String> {
        match r {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => type_error(format!(
                "{what} returned non-string (type {})",
                other.class_name()
            )),
        }
    }

    /// `len(self)` (slot_sq_length): the result must be a non-negative int.
    pub(crate) fn length(&self, f: &Value) -> PyResult<usize> {
        let r = call_descr(f, &self.value(), vec![], vec![], &self.class)?;
        let i = super::ops::index_of(&r)?;
        if i.is_negative() {
            return crate::exc::value_error("__len__() should return >= 0");
        }
        match i.as_i64() {
            Some(n) => Ok(n as usize),
            None => crate::exc::overflow_error("cannot fit 'int' into an index-sized integer"),
        }
    }

    /// `PyObject_LengthHint(self)` for its side effects and errors (list(x), tuple(x),
    /// sorted(x), list.extend(x) ask for it after `iter(x)`): `__len__` if the class has
    /// one (a TypeError from it falls through), else `__length_hint__`. The size itself
    /// only presizes CPython's buffer, so it is dropped.
    pub(crate) fn length_hint(&self) -> PyResult<()> {
        if let Some(f) = self.special("__len__") {
            match self.length(&f) {
                Ok(_) => return Ok(()),
                Err(e) if e.matches(crate::exc::ExcKind::TypeError) => {}
                Err(e) => return Err(e),
            }
        }
        let Some(f) = self.special("__length_hint__") else {
            return Ok(());
        };
        let r = match call_descr(&f, &self.value(), vec![], vec![], &self.class) {
            Ok(r) => r,
            Err(e) if e.matches(crate::exc::ExcKind::TypeError) => return Ok(()),
            Err(e) => return Err(e),
        };
        if super::descr::is_not_implemented(&r) {
            return Ok(());
        }
        let n = match &r {
            Value::Int(i) => i,
            // False/True: 0 or 1, a valid size.
            Value::Bool(_) => return Ok(()),
            other => {
                return type_error(format!(
                    "__length_hint__ must be an integer, not {}",
                    other.class_name()
                ));
            }
        };
        if n.as_i64().is_none() {
            return crate::exc::overflow_error("Python int too large to convert to C ssize_t");
        }
        if n.is_negative() {
            return crate::exc::value_error("__length_hint__() should return >= 0");
        }
        Ok(())
    }

    /// An iterator over self: `__iter__`, else the `__getitem__` sequence protocol.
    pub(crate) fn make_iter(&self) -> PyResult<ValueIter> {
        let it_name = intern_static("__iter__");
        match self.class.lookup(&it_name) {
            Some((Value::None, _)) => {}
            Some((f, _)) => {
                let r = call_descr(&f, &self.value(), vec![], vec![], &self.class)?;
                return iter_of_iterator(r);
            }
            None => {
                if let Some(gi) = self.special("__getitem__") {
                    let me = self.value();
                    let cls = self.class.clone();
                    let mut i: i64 = 0;
                    let mut done = false;
                    return Ok(ValueIter::Iter(crate::iter::Iter::from_fn(
                        "iterator",
                        move || {
                            if done {
                                return Ok(None);
                            }
                            match call_descr(&gi, &me, vec![Value::int(i)], vec![], &cls) {
                                Ok(v) => {
                                    i += 1;
                                    Ok(Some(v))
                                }
                                Err(e)
                                    if e.matches(ExcKind::IndexError)
                                        || e.matches(ExcKind::StopIteration) =>
                                {
                                    done = true;
                                    Ok(None)
                                }
                                Err(e) => Err(e),
                            }
                        },
                    )));
                }
            }
        }
        type_error(format!(
            "'{}' object is not iterable",
            self.class.sname.get()
        ))
    }
}

/// Iteration over the result of `__iter__`: it must be an iterator.
pub(crate) fn iter_of_iterator(r: Value) -> PyResult<ValueIter> {
    match &r {
        Value::Iter(it) => Ok(ValueIter::Iter(it.clone())),
        Value::Obj(o) => {
            if let Some(i) = crate::object::inst(o) {
                let Some(next) = i.special("__next__") else {
                    return type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        i.class.sname.get()
                    ));
                };
                let me = r.clone();
                let cls = i.class.clone();
                return Ok(ValueIter::Iter(crate::iter::Iter::from_fn(
                    "iterator",
                    move || match call_descr(&next, &me, vec![], vec![], &cls) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if e.matches(ExcKind::StopIteration) => Ok(None),
                        Err(e) => Err(e),
                    },
                )));
            }
            // A runtime iterator object (file lines, ...).
            o.iter(o)
        }
        _ => type_error(format!(
            "iter() returned non-iterator of type '{}'",
            r.class_name()
        )),
    }
}

/// Sets or deletes through a data descriptor.
pub(crate) fn descr_set(
    d: &Value,
    obj: &Value,
    value: Option<Value>,
    cls: &Rc<Class>,
) -> PyResult<()> {
    let Value::Obj(o) = d else {
        return Ok(());
    };
    if let Some(p) = downcast::<Property>(o) {
        return match value {
            Some(v) => p.set(obj, v),
            None => p.delete(obj),
        };
    }
    if let Some(s) = downcast::<SlotMember>(o) {
        return s.set(obj, value);
    }
    if let Some(g) = downcast::<super::namedtuple::TupleGetter>(o) {
        return g.set(value);
    }
    if getset_set(o, obj, value.clone())? {
        return Ok(());
    }
    if let Some(i) = crate::object::inst(o) {
        let (name, args) = match value {
            Some(v) => ("__set__", vec![obj.clone(), v]),
            None => ("__delete__", vec![obj.clone()]),
        };
        return match i.special(name) {
            Some(f) => call_descr(&f, d, args, vec![], &i.class).map(|_| ()),
            None => Err(PyErr::msg(ExcKind::AttributeError, name)),
        };
    }
    let _ = cls;
    Ok(())
}

impl Object for Instance {
    fn type_name(&self) -> &'static str {
        self.class.sname.get()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_instance(&self) -> Option<&Instance> {
        Some(self)
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        match self.call_special("__repr__", vec![])? {
            Some(r) => out.push_str(&self.check_str(r, "__repr__")?),
            None => out.push_str(&super::natives::default_repr(&self.value())),
        }
        Ok(())
    }
    fn str_into(&self, out: &mut String) -> PyResult<()> {
        match self.call_special("__str__", vec![])? {
            Some(r) => out.push_str(&self.check_str(r, "__str__")?),
            None => self.repr_into(out)?,
        }
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        let r = super::ops::compare_op(&self.value(), other, super::ops::Cmp::Eq)?;
        Ok(Some(r.try_truthy()?))
    }
    fn compare(
        &self,
        _this: &ObjRef,
        other: &Value,
        op: crate::obj::CmpOp,
    ) -> PyResult<Option<bool>> {
        let r = super::ops::compare_op(&self.value(), other, super::ops::Cmp::from(op))?;
        Ok(Some(r.try_truthy()?))
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        let unhashable = || type_error(format!("unhashable type: '{}'", self.class.sname.get()));
        match self.class.lookup_value(&intern_static("__hash__")) {
            None | Some(Value::None) => unhashable(),
            Some(f) => {
                if super::natives::is_object_method(&f, "__hash__") {
                    return Ok(super::natives::identity_hash(&self.value()));
                }
                let r = call_descr(&f, &self.value(), vec![], vec![], &self.class)?;
                // slot_tp_hash: an int, reduced like int's hash; -1 becomes -2.
                match r.as_int() {
                    Some(i) => {
                        let h = match i.as_i64() {
                            Some(v) => v,
                            None => i.hash(),
                        };
                        Ok(if h == -1 { -2 } else { h })
                    }
                    None => type_error("__hash__ method should return an integer"),
                }
            }
        }
    }
    fn truthy(&self, _this: &ObjRef) -> PyResult<bool> {
        if let Some(f) = self.special("__bool__") {
            let r = call_descr(&f, &self.value(), vec![], vec![], &self.class)?;
            return match r {
                Value::Bool(b) => Ok(b),
                other => type_error(format!(
                    "__bool__ should return bool, returned {}",
                    other.class_name()
                )),
            };
        }
        if let Some(f) = self.special("__len__") {
            return Ok(self.length(&f)? != 0);
        }
        Ok(true)
    }
    fn len(&self, _this: &ObjRef) -> PyResult<usize> {
        match self.special("__len__") {
            Some(f) => self.length(&f),
            None => type_error(format!(
                "object of type '{}' has no len()",
                self.class.sname.get()
            )),
        }
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            // Value::getslice asks objects for `__getslice__`: a slice object for __getitem__.
            "__getslice__" => {
                let mut a = args.into_iter();
                let s = super::descr::slice(
                    a.next().unwrap_or_default(),
                    a.next().unwrap_or_default(),
                    a.next().unwrap_or_default(),
                );
                return self.getitem(this, &s);
            }
            "__reversed__" if self.special("__reversed__").is_none() => {
                // `__reversed__ = None` (collections.abc.Mapping) blocks the sequence
                // protocol, as reversed_new_impl does.
                if self
                    .class
                    .lookup_value(&intern_static("__reversed__"))
                    .is_some()
                {
                    return type_error(format!(
                        "'{}' object is not reversible",
                        self.class.sname.get()
                    ));
                }
                return super::ops::reversed_sequence(self);
            }
            _ => {}
        }
        self.call_attr(this, &intern(name), args, kwargs)
    }
    fn getattr(&self, this: &ObjRef, name: &str) -> PyResult<Value> {
        self.get_attr(this, &intern(name))
    }
    fn setattr(&self, this: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        self.set_attr(this, &intern(name), value)
    }
    fn delattr(&self, this: &ObjRef, name: &str) -> PyResult<()> {
        self.del_attr(this, &intern(name))
    }
    fn getitem(&self, _this: &ObjRef, key: &Value) -> PyResult<Value> {
        match self.special("__getitem__") {
            Some(f) => call_descr(&f, &self.value(), vec![key.clone()], vec![], &self.class),
            None => {
                if let Some(r) = super::enums::class_getitem_of_instance(self, key)? {
                    return Ok(r);
                }
                type_error(format!(
                    "'{}' object is not subscriptable",
                    self.class.sname.get()
                ))
            }
        }
    }
    fn setitem(&self, _this: &ObjRef, key: Value, value: Value) -> PyResult<()> {
        match self.special("__setitem__") {
            Some(f) => {
                call_descr(&f, &self.value(), vec![key, value], vec![], &self.class)?;
                Ok(())
            }
            None => type_error(format!(
                "'{}' object does not support item assignment",
                self.class.sname.get()
            )),
        }
    }
    fn delitem(&self, _this: &ObjRef, key: &Value) -> PyResult<()> {
        match self.special("__delitem__") {
            Some(f) => {
                call_descr(&f, &self.value(), vec![key.clone()], vec![], &self.class)?;
                Ok(())
            }
            None => type_error(format!(
                "'{}' object doesn't support item deletion",
                self.class.sname.get()
            )),
        }
    }
    fn contains(&self, _this: &ObjRef, x: &Value) -> PyResult<Option<bool>> {
        if let Some(f) = self.special("__contains__") {
            let r = call_descr(&f, &self.value(), vec![x.clone()], vec![], &self.class)?;
            return Ok(Some(r.try_truthy()?));
        }
        // _PySequence_IterSearch over __iter__ or __getitem__.
        let has_iter = self
            .class
            .lookup_value(&intern_static("__iter__"))
            .is_some_and(|v| !v.is_none());
        if !has_iter && self.special("__getitem__").is_none() {
            return type_error(format!(
                "argument of type '{}' is not iterable",
                self.class.sname.get()
            ));
        }
        let mut it = self.make_iter()?;
        while let Some(v) = it.next()? {
            if v.py_is(x) || v.eq(x)? {
                return Ok(Some(true));
            }
        }
        Ok(Some(false))
    }
    fn iter(&self, _this: &ObjRef) -> PyResult<ValueIter> {
        self.make_iter()
    }
    fn binop(
        &self,
        _this: &ObjRef,
        op: BinOp,
        other: &Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        let (fwd, rev, _) = super::ops::op_names(op);
        let name = if reflected { rev } else { fwd };
        match self.call_special_pos(name, &mut [Value::None, other.clone()])? {
            Some(r) if !is_not_implemented(&r) => Ok(Some(r)),
            _ => Ok(None),
        }
    }
    fn inplace(&self, _this: &ObjRef, op: BinOp, other: &Value) -> PyResult<Option<Value>> {
        super::ops::inplace(op, &self.value(), other).map(Some)
    }
    fn unary(&self, _this: &ObjRef, op: &str) -> PyResult<Value> {
        let name = match op {
            "-" => "__neg__",
            "+" => "__pos__",
            "~" => "__invert__",
            _ => "__abs__",
        };
        match self.call_special(name, vec![])? {
            Some(r) => Ok(r),
            None if op == "abs" => type_error(format!(
                "bad operand type for abs(): '{}'",
                self.class.sname.get()
            )),
            None => type_error(format!(
                "bad operand type for unary {op}: '{}'",
                self.class.sname.get()
            )),
        }
    }
    fn is_callable(&self) -> bool {
        self.special("__call__").is_some()
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        match self.special("__call__") {
            Some(f) => call_descr(&f, &self.value(), args, kwargs, &self.class),
            None => type_error(format!(
                "'{}' object is not callable",
                self.class.sname.get()
            )),
        }
    }
    fn convert(&self, _this: &ObjRef, to: &str) -> PyResult<Option<Value>> {
        super::ops::convert(self, to)
    }
    fn format(&self, _this: &ObjRef, spec: &str) -> PyResult<String> {
        match self.call_special("__format__", vec![Value::str(spec)])? {
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => type_error(format!(
                "__format__ must return a str, not {}",
                other.class_name()
            )),
            None => {
                let mut s = String::new();
                self.str_into(&mut s)?;
                Ok(s)
            }
        }
    }
    fn py_copy(&self, _this: &ObjRef) -> Option<PyResult<Value>> {
        if let Some(r) = self.call_special("__copy__", vec![]).transpose() {
            return Some(r);
        }
        if let Some(r) = self.copy_protocol(None, &mut |_| {}) {
            return Some(r);
        }
        Some(Ok(self.shallow_copy()))
    }
    fn py_deepcopy(
        &self,
        _this: &ObjRef,
        deep: &mut dyn FnMut(&Value) -> PyResult<Value>,
    ) -> Option<PyResult<Value>> {
        if let Some(r) = self.copy_protocol(Some(&mut *deep), &mut |_| {}) {
            return Some(r);
        }
        Some(self.deepcopy_state(&mut |_| {}, deep))
    }
}

impl Instance {
    /// copy.deepcopy's `_reconstruct` of an instance: the new instance is passed to
    /// `register` (the memo) before its state is deep-copied, so that cycles through it
    /// find the copy.
    pub fn deepcopy_state(
        &self,
        register: &mut dyn FnMut(&Value),
        deep: &mut dyn FnMut(&Value) -> PyResult<Value>,
    ) -> PyResult<Value> {
        let base = match self.base.borrow().clone() {
            Some(b) => Some(deep(&b)?),
            None => None,
        };
        let copy = Instance::alloc_full(&self.class, vec![], base);
        register(&copy.value());
        let run = || -> PyResult<Value> {
            if let (Some(src), Some(dst)) = (self.dict.made(), copy.dict.get_or_make()) {
                for (k, v) in src.items_vec() {
                    let v = deep(&v)?;
                    dst.setitem(k, v)?;
                }
            }
            let slots: Vec<Option<Value>> = self.slots.borrow().clone();
            let mut out = Vec::with_capacity(slots.len());
            for s in slots {
                out.push(match s {
                    Some(v) => Some(deep(&v)?),
                    None => None,
                });
            }
            *copy.slots.borrow_mut() = out;
            if let (Some(a), Some(b)) = (&self.exc, &copy.exc) {
                let args = a.borrow().args.clone();
                let mut na = Vec::with_capacity(args.len());
                for x in &args {
                    na.push(deep(x)?);
                }
                b.borrow_mut().args = na;
            }
            Ok(copy.value())
        };
        let mut run = run;
        run()
    }
}

/// copy.deepcopy's recursive copier, handed to an object's state copy.
type DeepFn<'a> = dyn FnMut(&Value) -> PyResult<Value> + 'a;

impl Instance {
    /// A special method the class defines itself (not object's).
    fn user_special(&self, name: &'static str) -> Option<Value> {
        self.special(name)
            .filter(|f| !super::natives::is_object_method(f, name))
    }

    /// copy's reduce protocol where a class customises it, as copy.copy/deepcopy and
    /// `_reconstruct` run it (Lib/copy.py, 3.11): a user `__reduce_ex__(4)` or `__reduce__`,
    /// else a user `__getstate__`/`__setstate__`. `register` receives the new object before
    /// its state is copied (deepcopy's memo, for cycles through it). None: the default copy
    /// applies.
    pub(crate) fn copy_protocol(
        &self,
        deep: Option<&mut DeepFn<'_>>,
        register: &mut dyn FnMut(&Value),
    ) -> Option<PyResult<Value>> {
        let me = self.value();
        let rv = if let Some(f) = self.user_special("__reduce_ex__") {
            call_descr(&f, &me, vec![Value::Int(4.into())], vec![], &self.class)
        } else if let Some(f) = self.user_special("__reduce__") {
            call_descr(&f, &me, vec![], vec![], &self.class)
        } else {
            return self.getstate_protocol(deep, register);
        };
        let run = || -> PyResult<Value> {
            let rv = rv?;
            if let Value::Str(_) = rv {
                return Ok(me.clone());
            }
            let parts = match &rv {
                Value::Tuple(_) | Value::List(_) => rv.to_vec()?,
                _ => match rv.to_vec() {
                    Ok(v) => v,
                    Err(e) if e.matches(ExcKind::TypeError) => {
                        return type_error(format!(
                            "Value after * must be an iterable, not {}",
                            rv.class_name()
                        ));
                    }
                    Err(e) => return Err(e),
                },
            };
            reconstruct(parts, deep, register)
        };
        Some(run())
    }

    /// The `__getstate__`/`__setstate__` half of `copy_protocol` (object's
    /// `__reduce_ex__` with a customised state).
    fn getstate_protocol(
        &self,
        deep: Option<&mut DeepFn<'_>>,
        register: &mut dyn FnMut(&Value),
    ) -> Option<PyResult<Value>> {
        let getstate = self.user_special("__getstate__");
        let setstate = self.user_special("__setstate__");
        if getstate.is_none() && setstate.is_none() {
            return None;
        }
        let run = || -> PyResult<Value> {
            let state = match getstate {
                Some(f) => call_descr(&f, &self.value(), vec![], vec![], &self.class)?,
                None => match self.state_dict()? {
                    Some(d) if !d.is_empty() => Value::Dict(d),
                    _ => Value::None,
                },
            };
            let base = self
                .base
                .borrow()
                .as_ref()
                .map(super::builtin_base::copy_payload);
            let y = Instance::alloc_full(&self.class, vec![], base).value();
            register(&y);
            if state.is_none() {
                return Ok(y);
            }
            let state = match deep {
                Some(d) => d(&state)?,
                None => state,
            };
            set_state(&y, state)?;
            Ok(y)
        };
        Some(run())
    }

    /// copy.copy(self): a new instance sharing the attribute values (object.__reduce_ex__).
    pub(crate) fn shallow_copy(&self) -> Value {
        // The builtin value is copied one level (copyreg's reconstruction refills a new
        // list/dict/set with the same items).
        let base = self
            .base
            .borrow()
            .as_ref()
            .map(super::builtin_base::copy_payload);
        let copy = Instance::alloc_full(&self.class, vec![], base);
        if let (Some(src), Some(dst)) = (self.dict.made(), copy.dict.get_or_make()) {
            for (k, v) in src.items_vec() {
                let _ = dst.setitem(k, v);
            }
        }
        *copy.slots.borrow_mut() = self.slots.borrow().clone();
        if let (Some(a), Some(b)) = (&self.exc, &copy.exc) {
            b.borrow_mut().args = a.borrow().args.clone();
        }
        copy.value()
    }
}

/// copy's `_reconstruct(x, memo, *rv)`: `func(*args)`, then the state, list items and dict
/// items of a reduce value, each deep-copied when `deep` is given (Lib/copy.py, 3.11).
fn reconstruct(
    rv: Vec<Value>,
    mut deep: Option<&mut DeepFn<'_>>,
    register: &mut dyn FnMut(&Value),
) -> PyResult<Value> {
    let n = rv.len();
    if n < 2 {
        return type_error(if n == 0 {
            "_reconstruct() missing 2 required positional arguments: 'func' and 'args'".to_string()
        } else {
            "_reconstruct() missing 1 required positional argument: 'args'".to_string()
        });
    }
    if n > 5 {
        return type_error(format!(
            "_reconstruct() takes from 4 to 7 positional arguments but {} were given",
            n + 2
        ));
    }
    let mut rv = rv.into_iter();
    let func = rv.next().unwrap_or(Value::None);
    let mut args = rv.next().unwrap_or(Value::None);
    let state = rv.next().unwrap_or(Value::None);
    let listiter = rv.next().unwrap_or(Value::None);
    let dictiter = rv.next().unwrap_or(Value::None);
    if let Some(d) = deep.as_deref_mut()
        && args.truthy()
    {
        args = d(&args)?;
    }
    let y = crate::func::call(&func, args.to_vec()?, vec![])?;
    register(&y);
    if !state.is_none() {
        let state = match deep.as_deref_mut() {
            Some(d) => d(&state)?,
            None => state,
        };
        set_state(&y, state)?;
    }
    if !listiter.is_none() {
        let mut it = listiter.iter()?;
        while let Some(item) = it.next()? {
            let item = match deep.as_deref_mut() {
                Some(d) => d(&item)?,
                None => item,
            };
            crate::attr::call_method(&y, "append", vec![item], vec![])?;
        }
    }
    if !dictiter.is_none() {
        let mut it = dictiter.iter()?;
        while let Some(pair) = it.next()? {
            let kv = pair.to_vec()?;
            let [k, v]: [Value; 2] = kv.try_into().map_err(|kv: Vec<Value>| {
                let msg = if kv.len() < 2 {
                    format!("not enough values to unpack (expected 2, got {})", kv.len())
                } else {
                    "too many values to unpack (expected 2)".to_string()
                };
                PyErr::msg(ExcKind::ValueError, msg)
            })?;
            let (k, v) = match deep.as_deref_mut() {
                Some(d) => (d(&k)?, d(&v)?),
                None => (k, v),
            };
            y.setitem(k, v)?;
        }
    }
    Ok(y)
}

/// `_reconstruct`'s state step: `y.__setstate__(state)` when y has one, else
/// `y.__dict__.update(state)` and `setattr` of a `(state, slotstate)` pair's slot state.
fn set_state(y: &Value, state: Value) -> PyResult<()> {
    let setstate = crate::attr::getattr_default(y, "__setstate__", Value::None)?;
    if !setstate.is_none() {
        crate::func::call(&setstate, vec![state], vec![])?;
        return Ok(());
    }
    let (state, slotstate) = match &state {
        Value::Tuple(t) if t.len() == 2 => (t.as_slice()[0].clone(), t.as_slice()[1].clone()),
        _ => (state, Value::None),
    };
    if !state.is_none() {
        match (&state, y) {
            // An instance's own attributes go to its layout slots or dict directly.
            (Value::Dict(src), Value::Obj(o))
                if let Some(dst) = crate::object::inst(o)
                    && dst.dict.is_some() =>
            {
                for (k, v) in src.items_vec() {
                    dst.set_own(k, v)?;
                }
            }
            _ => {
                let d = crate::attr::getattr_static(y, "__dict__")?;
                crate::attr::call_method(&d, "update", vec![state], vec![])?;
            }
        }
    }
    if !slotstate.is_none() {
        let items = crate::attr::call_method(&slotstate, "items", vec![], vec![])?;
        let mut it = items.iter()?;
        while let Some(pair) = it.next()? {
            let kv = pair.to_vec()?;
            if let [k, v] = kv.as_slice() {
                match k {
                    Value::Str(name) => crate::attr::setattr(y, name.as_str(), v.clone())?,
                    _ => {
                        return type_error(format!(
                            "attribute name must be string, not '{}'",
                            k.class_name()
                        ));
                    }
                }
            }
        }
    }
    Ok(())
}
