//! Inline caches for the attribute accesses in compiled code, after CPython 3.11's
//! specialised LOAD_ATTR_INSTANCE_VALUE, LOAD_METHOD and STORE_ATTR_INSTANCE_VALUE.
//!
//! Each `obj.name`, `obj.name = x` and `obj.name(...)` in the program owns a `Site` (a
//! thread-local static made by `rt::site!()`). For the last few classes it met, the site
//! remembers what the MRO lookup gave and where the name sat in the instance dict, so a
//! repeat visit skips the MRO walk and usually the hash probe. Entries are keyed by
//! `Class::tag`, which changes whenever the class or one of its bases changes, so a stale
//! entry can never match. Everything the cache cannot answer goes to the generic path
//! (`Instance::get_attr` & co.), which is the definition of the behaviour.

use super::descr::{bound, call_descr_slot, call_descr_slot_pos, descr_get};
use super::{DKind, Instance};
use crate::attr::intern_static;
use crate::exc::PyResult;
use crate::str::Str;
use crate::value::Value;
use std::cell::{Cell, OnceCell, RefCell};
use std::thread::LocalKey;

thread_local! {
    static NEXT_TAG: Cell<u64> = const { Cell::new(1) };
}

/// A tag no class has had before (0 is never given out: it marks an empty entry).
pub(crate) fn new_tag() -> u64 {
    NEXT_TAG.with(|t| {
        let v = t.get();
        t.set(v + 1);
        v
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// The generic path only (an overridden `__getattribute__`/`__setattr__`, ...).
    Slow,
    /// The instance dict first, then the class attribute in `found` (no data descriptor
    /// on the class, no `__getattribute__`/`__setattr__` override).
    Dict,
    /// A data descriptor on the class (property, slot member).
    Data,
    /// A function or non-data descriptor on the class, called unless the instance dict
    /// shadows it.
    Method,
    /// `C.name` of a class receiver (`Strength.REQUIRED`, `Shape.create(...)`): `found`
    /// holds what the class's MRO gives, a plain value or function (returned as is; a
    /// staticmethod's function is stored), or a classmethod's function (`DKind::NonData`:
    /// called with the class first; a read makes a bound method, so it is not cached).
    /// Only for classes whose metaclass is `type` or ABCMeta and names that are not
    /// dunders: nothing on those metaclasses can intercept such a name.
    ClassAttr,
    /// A layout field (layout.rs) in slot `pos`, with no data descriptor of its name on
    /// the class and no `__getattribute__`/`__setattr__` override: a set slot answers a
    /// get and a call, a store goes to the slot; anything else takes the generic path.
    Slot,
}

#[derive(Clone, Copy)]
enum Op {
    Get,
    Set,
    Call,
}

struct Entry {
    tag: Cell<u64>,
    kind: Cell<Kind>,
    /// Where the name was last found in an instance dict (a hint, checked by identity);
    /// for `Kind::Slot`, the slot.
    pos: Cell<usize>,
    /// The class lookup's answer when the entry was filled.
    found: RefCell<Option<(Value, DKind)>>,
}

impl Entry {
    const fn new() -> Entry {
        Entry {
            tag: Cell::new(0),
            kind: Cell::new(Kind::Slow),
            pos: Cell::new(0),
            found: RefCell::new(None),
        }
    }

    fn found(&self) -> Option<(Value, DKind)> {
        self.found.try_borrow().ok().and_then(|f| f.clone())
    }
}

/// Entries per site: enough for the few classes a polymorphic call site usually sees.
const WAYS: usize = 4;

/// The cache of one attribute access site.
pub struct Site {
    /// The attribute name, interned, and as a dict key.
    name: OnceCell<(Str, Value)>,
    entries: [Entry; WAYS],
    /// The entry the next fill replaces (round robin).
    next: Cell<usize>,
    /// The kind of builtin value (`str`, `list`, ...) whose type was last found to have
    /// the method called here: the next call on one skips that check (`attr::type_has`,
    /// a search of the type's `dir()`).
    builtin: Cell<Option<std::mem::Discriminant<Value>>>,
}

impl Default for Site {
    fn default() -> Self {
        Site::new()
    }
}

impl Site {
    pub const fn new() -> Site {
        Site {
            name: OnceCell::new(),
            entries: [const { Entry::new() }; WAYS],
            next: Cell::new(0),
            builtin: Cell::new(None),
        }
    }

    fn name(&self, name: &'static str) -> &(Str, Value) {
        self.name.get_or_init(|| {
            let s = intern_static(name);
            (s.clone(), Value::Str(s))
        })
    }

    fn entry(&self, tag: u64) -> Option<&Entry> {
        self.entries.iter().find(|e| e.tag.get() == tag)
    }

    /// The method this site calls on `inst` (name `n`, as a key `k`), when the cache knows
    /// it and the instance dict does not shadow it.
    #[inline]
    fn method(&self, inst: &Instance, n: &Str, k: &Value) -> PyResult<Option<Value>> {
        if let Some(e) = self.entry(inst.class.tag.get())
            && e.kind.get() == Kind::Method
            && let Some((f, _)) = e.found()
        {
            let shadowed = match inst.dict.made() {
                Some(d) => d.find_key(k, n.hash())?.is_some(),
                None => false,
            };
            if !shadowed {
                return Ok(Some(f));
            }
        }
        Ok(None)
    }

    /// The value of the layout field this site reaches, when the cache knows the class
    /// and the instance has the slot set.
    #[inline]
    fn field(&self, inst: &Instance) -> Option<Value> {
        let e = self.entry(inst.class.tag.get())?;
        if e.kind.get() != Kind::Slot {
            return None;
        }
        inst.slots.try_borrow().ok()?.get(e.pos.get())?.clone()
    }

    /// The entry for class tag `tag`: its own, else the next one round robin.
    fn claim(&self, tag: u64) -> &Entry {
        match self.entry(tag) {
            Some(e) => e,
            None => {
                let i = self.next.get();
                self.next.set((i + 1) % WAYS);
                &self.entries[i]
            }
        }
    }

    /// The class attribute this site reads on class `c`, when cached.
    #[inline]
    fn class_attr(&self, c: &super::Class) -> Option<(Value, DKind)> {
        let e = self.entry(c.tag.get())?;
        if e.kind.get() != Kind::ClassAttr {
            return None;
        }
        e.found()
    }

    /// Records `C.name` for class `c` when it may be cached (see `Kind::ClassAttr`);
    /// `got` is what the generic path returned for the read (None for a call), which the
    /// cached answer must be.
    fn fill_class(&self, c: &super::Class, name: &Str, got: Option<&Value>) {
        if c.user_meta.get().is_some()
            || c.meta == super::Meta::EnumMeta
            || c.builtin.is_some()
            || (name.as_str().starts_with("__") && name.as_str().ends_with("__"))
        {
            return;
        }
        let found = match c.lookup(name) {
            Some((v, k @ (DKind::Plain | DKind::Function))) => (v, k),
            Some((Value::Obj(o), DKind::NonData)) => {
                let a = o.as_any();
                if let Some(sm) = a.downcast_ref::<super::descr::StaticMethod>() {
                    (sm.0.clone(), DKind::Function)
                } else if let Some(cm) = a.downcast_ref::<super::descr::ClassMethod>()
                    && let Value::Obj(f) = &cm.0
                    && crate::object::downcast::<crate::func::Function>(f).is_some()
                {
                    (cm.0.clone(), DKind::NonData)
                } else {
                    return;
                }
            }
            _ => return,
        };
        if let Some(g) = got
            && (found.1 == DKind::NonData || !crate::obj::PyObj::py_is(g, &found.0))
        {
            return;
        }
        let e = self.claim(c.tag.get());
        let Ok(mut slot) = e.found.try_borrow_mut() else {
            return;
        };
        *slot = Some(found);
        e.kind.set(Kind::ClassAttr);
        e.tag.set(c.tag.get());
    }

    /// Records what the generic path would do for this class.
    fn fill(&self, inst: &Instance, name: &Str, op: Op) {
        let cls = &inst.class;
        let flags = cls.flags();
        let found = cls.lookup(name);
        let data = matches!(found, Some((_, DKind::Data)));
        // A layout field is an instance attribute, after data descriptors (layout.rs).
        let field = cls.layout.get().and_then(|l| l.slot_of_name(name));
        let kind = match op {
            Op::Get if flags.getattribute => Kind::Slow,
            Op::Get if data => Kind::Data,
            Op::Get if field.is_some() => Kind::Slot,
            Op::Get => Kind::Dict,
            Op::Set if flags.setattr || data || inst.dict.is_none() => Kind::Slow,
            Op::Set if field.is_some() => Kind::Slot,
            Op::Set => Kind::Dict,
            Op::Call if field.is_some() => {
                if flags.getattribute || data {
                    Kind::Slow
                } else {
                    Kind::Slot
                }
            }
            Op::Call
                if !flags.getattribute
                    && matches!(found, Some((_, DKind::Function | DKind::NonData))) =>
            {
                Kind::Method
            }
            Op::Call => Kind::Slow,
        };
        let e = self.claim(cls.tag.get());
        let Ok(mut slot) = e.found.try_borrow_mut() else {
            return;
        };
        *slot = found;
        e.kind.set(kind);
        if let (Kind::Slot, Some(p)) = (kind, field) {
            e.pos.set(p);
        }
        e.tag.set(cls.tag.get());
    }
}

/// A site of the program: `rt::site!()` makes one per use.
pub type SiteKey = LocalKey<Site>;

/// The instance behind `v`, when the caches apply to it.
fn instance(v: &Value) -> Option<&Instance> {
    match v {
        Value::Obj(o) => crate::object::inst(o),
        _ => None,
    }
}

/// `v.name`: the hit on an instance dict at its remembered position here, the rest in
/// `getattr_rest` (kept out of line so this path saves and restores few registers).
pub(crate) fn getattr(v: &Value, name: &'static str, s: &Site) -> PyResult<Value> {
    if let Some(inst) = instance(v)
        && let Some(e) = s.entry(inst.class.tag.get())
    {
        match e.kind.get() {
            Kind::Dict => {
                if let Some(d) = inst.dict.made()
                    && let Some((n, _)) = s.name.get()
                    && let Some(x) = d.value_at_if(e.pos.get(), n)
                {
                    return Ok(x);
                }
            }
            Kind::Slot => {
                if let Ok(slots) = inst.slots.try_borrow()
                    && let Some(Some(x)) = slots.get(e.pos.get())
                {
                    return Ok(x.clone());
                }
            }
            _ => {}
        }
    }
    getattr_rest(v, name, s)
}

#[inline(never)]
fn getattr_rest(v: &Value, name: &'static str, s: &Site) -> PyResult<Value> {
    let Some(inst) = instance(v) else {
        return class_getattr(v, name, s);
    };
    let (n, k) = s.name(name);
    let cls = &inst.class;
    if let Some(e) = s.entry(cls.tag.get()) {
        match e.kind.get() {
            Kind::Dict => {
                if let Some(d) = inst.dict.made() {
                    if let Some(x) = d.value_at_if(e.pos.get(), n) {
                        return Ok(x);
                    }
                    if let Some((p, x)) = d.find_key(k, n.hash())? {
                        e.pos.set(p);
                        return Ok(x);
                    }
                }
                match e.found() {
                    Some((f, DKind::Plain)) => return Ok(f),
                    Some((f, DKind::Function)) => return Ok(bound(f, v.clone())),
                    Some((f, _)) => {
                        return crate::attr::with_ctx(descr_get(&f, Some(v), cls), v, name);
                    }
                    // A miss: the generic path raises or calls `__getattr__`.
                    None => {}
                }
            }
            Kind::Data => {
                if let Some((f, _)) = e.found() {
                    return crate::attr::with_ctx(descr_get(&f, Some(v), cls), v, name);
                }
            }
            // An unset field (or an instance in dict mode): the generic path.
            Kind::Slot | Kind::Method | Kind::Slow | Kind::ClassAttr => {}
        }
    }
    let r = crate::attr::getattr_static(v, name);
    s.fill(inst, n, Op::Get);
    r
}

/// `v.name` of anything but an instance: a class's cached attribute, else the generic
/// path (which fills the cache for a class).
fn class_getattr(v: &Value, name: &'static str, s: &Site) -> PyResult<Value> {
    let Some(c) = class_of_value(v) else {
        return crate::attr::getattr_static(v, name);
    };
    if let Some((f, k)) = s.class_attr(&c)
        && k != DKind::NonData
    {
        return Ok(f);
    }
    let r = crate::attr::getattr_static(v, name)?;
    s.fill_class(&c, &s.name(name).0, Some(&r));
    Ok(r)
}

/// The class a value is, when it is a class object.
#[inline]
fn class_of_value(v: &Value) -> Option<std::rc::Rc<super::Class>> {
    match v {
        Value::Obj(o) => super::obj_as_class(o),
        _ => None,
    }
}

/// `C.name(*args[1..])` of a class receiver `v` (class `c`), through the site's cache: a plain function
/// gets the arguments as they are, a classmethod's function the class in the free slot.
/// None when the cache does not know it (after which the caller's generic call fills it).
fn class_call_pos(
    c: &super::Class,
    v: &Value,
    args: &mut [Value],
    s: &Site,
) -> Option<PyResult<Value>> {
    let (f, k) = s.class_attr(c)?;
    Some(match k {
        // A classmethod's function (`fill_class` stores only Python functions).
        DKind::NonData => match (&f, args.first_mut()) {
            (Value::Obj(o), Some(first)) => {
                let func = crate::object::downcast::<crate::func::Function>(o)?;
                *first = v.clone();
                func.call_slice(args)
            }
            _ => return None,
        },
        _ => crate::func::call_pos(&f, args),
    })
}

/// `v.name = x`.
pub(crate) fn setattr(v: &Value, name: &'static str, x: Value, s: &Site) -> PyResult<()> {
    let Some(inst) = instance(v) else {
        return crate::attr::setattr_static(v, name, x);
    };
    let (n, _) = s.name(name);
    if let Some(e) = s.entry(inst.class.tag.get()) {
        if e.kind.get() == Kind::Dict
            && let Some(d) = inst.dict.get_or_make()
        {
            let p = d.set_str_hinted(e.pos.get(), n, x)?;
            e.pos.set(p);
            return Ok(());
        }
        if e.kind.get() == Kind::Slot
            && let Ok(mut slots) = inst.slots.try_borrow_mut()
            && let Some(slot) = slots.get_mut(e.pos.get())
        {
            let old = slot.replace(x);
            // The old value is dropped after the borrow ends.
            drop(slots);
            drop(old);
            return Ok(());
        }
    }
    let r = crate::attr::setattr_static(v, name, x);
    s.fill(inst, n, Op::Set);
    r
}

/// `v.name(*args[1..], **kwargs)`: `args[0]` is a free slot, where a method found on the
/// class gets `self` without a bound method being made or the arguments moved.
pub(crate) fn call_method(
    v: &Value,
    name: &'static str,
    mut args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
    s: &Site,
) -> PyResult<Value> {
    let Some(inst) = instance(v) else {
        drop_slot(&mut args);
        return crate::attr::call_method_static(v, name, args, kwargs);
    };
    let (n, k) = s.name(name);
    if let Some(f) = s.method(inst, n, k)? {
        return call_descr_slot(&f, v, args, kwargs, &inst.class);
    }
    drop_slot(&mut args);
    if let Some(f) = s.field(inst) {
        return crate::func::call(&f, args, kwargs);
    }
    let r = crate::attr::call_method_static(v, name, args, kwargs);
    s.fill(inst, n, Op::Call);
    r
}

/// `call_method` for positional arguments in the caller's array: nothing is allocated
/// when the method is a compiled function of that arity.
pub(crate) fn call_method_pos(
    v: &Value,
    name: &'static str,
    args: &mut [Value],
    s: &Site,
) -> PyResult<Value> {
    let Some(inst) = instance(v) else {
        let cls = class_of_value(v);
        if let Some(c) = &cls
            && let Some(r) = class_call_pos(c, v, args, s)
        {
            return r;
        }
        let rest = args
            .get_mut(1..)
            .map(crate::func::take_all)
            .unwrap_or_default();
        let r = crate::attr::call_method_site(v, name, rest, &s.builtin);
        if let Some(c) = cls {
            s.fill_class(&c, &s.name(name).0, None);
        }
        return r;
    };
    let (n, k) = s.name(name);
    if let Some(f) = s.method(inst, n, k)? {
        return call_descr_slot_pos(&f, v, args, &inst.class);
    }
    let rest = args
        .get_mut(1..)
        .map(crate::func::take_all)
        .unwrap_or_default();
    if let Some(f) = s.field(inst) {
        return crate::func::call(&f, rest, vec![]);
    }
    let r = crate::attr::call_method_static(v, name, rest, vec![]);
    s.fill(inst, n, Op::Call);
    r
}

/// Removes the free first slot of a method call's arguments.
fn drop_slot(args: &mut Vec<Value>) {
    if !args.is_empty() {
        args.remove(0);
    }
}
