//! Instance field layouts: for a class the compiler proves simple, every instance keeps
//! the fields it names in a vector of slots (`Instance::slots`) instead of its `__dict__`,
//! and compiled code reaches a field by its number without a hash probe. This is the
//! runtime half of typed classes, after CPython 3.11's inline values / shared keys
//! (Objects/dictobject.c `_PyObject_InitializeDict`, Python/specialize.c
//! LOAD_ATTR_INSTANCE_VALUE).
//!
//! The compiler numbers every field name of the program (a "field id", dense from 0) and
//! calls `set_layout` once per class, right after making it. A layout field is an
//! instance attribute like any other: the generic attribute paths (instance.rs), the
//! inline caches (ic.rs), `dir`, copy and `__dict__` all see it.
//!
//! Invariants of an instance of a class with a layout:
//! - "slot mode" (`slots.len() == layout.len()`): a layout name lives only in its slot
//!   (None = unset), never in the dict; the dict holds the other names.
//! - "dict mode" (`slots` shorter, in practice empty): everything is in the dict. An
//!   instance enters it once, when its live `__dict__` is asked for
//!   (`Instance::live_dict`: CPython materialises the dict from the inline values the same
//!   way), and never leaves it. The fast paths see no slot there and take the generic
//!   path.
//!
//! A class with `__slots__` (its own or inherited) gets a "member layout" instead: no
//! slots of its own (`names` is empty, so the generic paths never see a layout field);
//! `slot_of` maps a field id straight to the index of the `__slots__` member descriptor
//! (descr.rs `SlotMember`) of that name, so the fast paths read and write the very slot
//! the descriptor would, while the class's lookup of each such name still finds that
//! descriptor (`members`, checked by `revalidate`). Other fields take the generic path
//! (the instance `__dict__`, or CPython's AttributeError).

use super::{Class, DKind, as_class};
use crate::exc::PyResult;
use crate::str::Str;
use crate::value::Value;
use std::cell::Cell;

/// Names at most this many are found by a linear scan, more through a map.
const SCAN: usize = 8;

/// The fields of a class's instances (one per class, set once).
pub struct Layout {
    /// The compiler's class number (`tag()`).
    pub(crate) tag: u32,
    /// Field names by slot index, interned.
    pub(crate) names: Vec<Str>,
    /// Slot index by field id; `u16::MAX` for a field the class lacks.
    pub(crate) slot_of: Vec<u16>,
    /// Slot index by name, for layouts too long to scan.
    by_name: Option<hashbrown::HashMap<Str, u16>>,
    /// A member layout's fields (name, `__slots__` index); empty otherwise.
    members: Vec<(Str, u16)>,
    /// The class tag (`Class::tag`) for which the fast paths were found valid: no
    /// `__getattribute__`/`__setattr__`/`__delattr__` override and no data descriptor named
    /// like a field anywhere in the MRO. Any class change gives the class a new tag, so a
    /// stale answer never matches (0: not checked yet; tags start at 1).
    ok: Cell<u64>,
    /// The same for reads and `object.__setattr__` stores, which no `__setattr__` /
    /// `__delattr__` override changes (a frozen dataclass has both).
    read_ok: Cell<u64>,
}

impl Layout {
    /// Number of slots.
    pub(crate) fn len(&self) -> usize {
        self.names.len()
    }

    /// The slot of a field name.
    pub(crate) fn slot_of_name(&self, name: &Str) -> Option<usize> {
        match &self.by_name {
            Some(m) => m.get(name).map(|&i| i as usize),
            // Interned names compare by pointer; others by cached hash, then text.
            None => self.names.iter().position(|n| n == name),
        }
    }

    /// Whether the fast paths apply to instances of `cls` (whose layout this is) now.
    #[inline]
    pub(crate) fn fast(&self, cls: &Class) -> bool {
        self.ok.get() == cls.tag.get()
    }

    /// Whether the fast read path applies (and `object.__setattr__`'s store).
    #[inline]
    pub(crate) fn fast_read(&self, cls: &Class) -> bool {
        self.read_ok.get() == cls.tag.get()
    }

    /// Checks again, after the class changed, whether the fast paths apply.
    #[inline(never)]
    pub(crate) fn revalidate(&self, cls: &Class) {
        let tag = cls.tag.get();
        if self.ok.get() == tag && self.read_ok.get() == tag {
            return;
        }
        let f = cls.flags();
        let read_ok = !f.getattribute
            && self
                .names
                .iter()
                .all(|n| !matches!(cls.lookup(n), Some((_, DKind::Data))))
            && self
                .members
                .iter()
                .all(|(n, s)| member_index(cls, n) == Some(*s as usize));
        let ok = read_ok && !f.setattr && !f.delattr;
        self.ok.set(if ok { tag } else { 0 });
        self.read_ok.set(if read_ok { tag } else { 0 });
    }
}

/// Gives `cls` its instance layout: `fields` lists (field id, name), a field's slot being
/// its position in the list. Called once per class, before any instance exists. A class
/// whose instances cannot keep their attributes in slots (`__slots__`, a builtin or
/// exception base, no `__dict__`, an enum) keeps no layout and behaves as without the call;
/// so does a second call.
pub fn set_layout(cls: &Value, tag: u32, fields: &[(u32, &'static str)]) {
    let Some(c) = as_class(cls) else { return };
    if member_layout_allowed(&c) && c.nslots < u16::MAX as usize {
        set_member_layout(&c, tag, fields);
        return;
    }
    if !layout_allowed(&c) || fields.len() >= u16::MAX as usize {
        return;
    }
    let names: Vec<Str> = fields
        .iter()
        .map(|(_, n)| crate::attr::intern_static(n))
        .collect();
    let n = fields
        .iter()
        .map(|(f, _)| *f as usize + 1)
        .max()
        .unwrap_or(0);
    let mut slot_of = vec![u16::MAX; n];
    for (i, (f, _)) in fields.iter().enumerate() {
        if let Some(s) = slot_of.get_mut(*f as usize) {
            *s = i as u16;
        }
    }
    let by_name = (names.len() > SCAN).then(|| {
        names
            .iter()
            .enumerate()
            .map(|(i, s)| (s.clone(), i as u16))
            .collect()
    });
    let _ = c.layout.set(Layout {
        tag,
        names,
        slot_of,
        by_name,
        members: vec![],
        ok: Cell::new(0),
        read_ok: Cell::new(0),
    });
}

/// The member layout of a `__slots__` class: each field that the class's `__slots__`
/// member descriptor of that name serves is reached at the descriptor's index.
fn set_member_layout(c: &std::rc::Rc<Class>, tag: u32, fields: &[(u32, &'static str)]) {
    let mut members = vec![];
    let n = fields
        .iter()
        .map(|(f, _)| *f as usize + 1)
        .max()
        .unwrap_or(0);
    let mut slot_of = vec![u16::MAX; n];
    for (f, name) in fields {
        let name = crate::attr::intern_static(name);
        if let Some(i) = member_index(c, &name)
            && let Some(s) = slot_of.get_mut(*f as usize)
        {
            *s = i as u16;
            members.push((name, i as u16));
        }
    }
    let _ = c.layout.set(Layout {
        tag,
        names: vec![],
        slot_of,
        by_name: None,
        members,
        ok: Cell::new(0),
        read_ok: Cell::new(0),
    });
}

/// The index of the `__slots__` member descriptor that `c`'s lookup of `name` finds.
fn member_index(c: &Class, name: &Str) -> Option<usize> {
    match c.lookup(name) {
        Some((Value::Obj(o), DKind::Data)) => o
            .as_any()
            .downcast_ref::<super::descr::SlotMember>()
            .map(|m| m.index)
            .filter(|&i| i < c.nslots),
        _ => None,
    }
}

/// Whether `c` gets a member layout: a plain user class with `__slots__` members.
fn member_layout_allowed(c: &Class) -> bool {
    c.is_user()
        && c.nslots > 0
        && c.exc_kind.is_none()
        && c.meta != super::Meta::EnumMeta
        && super::builtin_base::base_of(c).is_none()
}

/// Whether instances of `c` may keep fields in layout slots: a plain class with an
/// instance dict and no other use for `Instance::slots`.
fn layout_allowed(c: &Class) -> bool {
    c.is_user()
        && c.has_dict
        && c.nslots == 0
        && c.exc_kind.is_none()
        && c.meta != super::Meta::EnumMeta
        && super::builtin_base::base_of(c).is_none()
}

/// The instance behind a value, with its class's layout.
#[inline(always)]
fn with_layout(obj: &Value) -> Option<(&super::Instance, &Layout)> {
    match obj {
        Value::Obj(o) => {
            let i = crate::object::inst(o)?;
            let l = i.class.layout.get()?;
            Some((i, l))
        }
        _ => None,
    }
}

/// `obj.name` where the compiler numbered the field `fid`: a set slot when the layout of
/// obj's class has it, else exactly `getattr(obj, name)`.
#[inline(always)]
pub fn field_get(obj: &Value, fid: u32, name: &'static str) -> PyResult<Value> {
    field_get_as::<Value>(obj, fid, name)
}

/// A field's value read in place, without cloning the boxed `Value` first (scalars are
/// copied out; a str or big int bumps one reference count).
pub trait SlotValue: crate::conv::FromValue {
    fn from_slot(v: &Value) -> Option<Self>;
}

impl SlotValue for Value {
    #[inline(always)]
    fn from_slot(v: &Value) -> Option<Value> {
        Some(v.clone())
    }
}

impl SlotValue for f64 {
    #[inline(always)]
    fn from_slot(v: &Value) -> Option<f64> {
        match v {
            Value::Float(f) => Some(*f),
            _ => None,
        }
    }
}

impl SlotValue for bool {
    #[inline(always)]
    fn from_slot(v: &Value) -> Option<bool> {
        match v {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
}

impl SlotValue for crate::int::Int {
    #[inline(always)]
    fn from_slot(v: &Value) -> Option<crate::int::Int> {
        match v {
            Value::Int(i) => Some(i.clone()),
            _ => None,
        }
    }
}

impl SlotValue for Str {
    #[inline(always)]
    fn from_slot(v: &Value) -> Option<Str> {
        match v {
            Value::Str(s) => Some(s.clone()),
            _ => None,
        }
    }
}

/// `obj.name` of a field the compiler typed `T`: `field_get` then the conversion, with the
/// slot read in place. A value of another type (never stored by compiled code, but the
/// conversion decides) takes the general path and its error.
/// The fast path is inlined into compiled code (a few loads and compares); the rest
/// is out of line so that it costs the caller no register saves.
#[inline(always)]
pub fn field_get_as<T: SlotValue>(obj: &Value, fid: u32, name: &'static str) -> PyResult<T> {
    vfield_get_as(view(obj), obj, fid, name)
}

/// An instance with its class's layout, found once: a compiled method finds it for its
/// borrowed `self` at entry (one virtual call) instead of at every field access. An
/// instance's class and a class's layout never change, so it stays valid while `self` is
/// borrowed; whether the fast paths apply (`Layout::fast`) is still checked per access,
/// as the class may change in between.
#[derive(Clone, Copy)]
pub struct View<'a>(Option<(&'a super::Instance, &'a Layout)>);

/// The view of `obj` (empty for anything but an instance of a class with a layout).
#[inline(always)]
pub fn view(obj: &Value) -> View<'_> {
    View(with_layout(obj))
}

/// `field_get_as` with obj's view found already (`v` must be `view(obj)`).
#[inline(always)]
pub fn vfield_get_as<T: SlotValue>(
    v: View<'_>,
    obj: &Value,
    fid: u32,
    name: &'static str,
) -> PyResult<T> {
    if let Some((i, l)) = v.0
        && l.fast_read(&i.class)
        && let Some(&s) = l.slot_of.get(fid as usize)
        && let Ok(slots) = i.slots.try_borrow()
        && let Some(Some(v)) = slots.get(s as usize)
        && let Some(t) = T::from_slot(v)
    {
        return Ok(t);
    }
    field_get_as_slow(obj, name)
}

#[inline(never)]
fn field_get_as_slow<T: SlotValue>(obj: &Value, name: &'static str) -> PyResult<T> {
    T::from_value(field_get_slow(obj, name)?)
}

#[inline(never)]
fn field_get_slow(obj: &Value, name: &'static str) -> PyResult<Value> {
    if let Some((i, l)) = with_layout(obj) {
        l.revalidate(&i.class);
    }
    crate::attr::getattr_static(obj, name)
}

/// `obj.name = v` where the compiler numbered the field `fid`: stored in its slot when
/// the layout of obj's class has it, else exactly `setattr(obj, name, v)`.
#[inline(always)]
pub fn field_set(obj: &Value, fid: u32, name: &'static str, v: Value) -> PyResult<()> {
    vfield_set(view(obj), obj, fid, name, v)
}

/// `field_set` with obj's view found already (`view` must be `view(obj)`).
#[inline(always)]
pub fn vfield_set(
    view: View<'_>,
    obj: &Value,
    fid: u32,
    name: &'static str,
    v: Value,
) -> PyResult<()> {
    let v = match view.0 {
        Some((i, l)) if l.fast(&i.class) => match store_slot(i, l, fid, v) {
            Ok(()) => return Ok(()),
            Err(v) => v,
        },
        _ => v,
    };
    field_set_slow(obj, name, v)
}

/// Writes `v` into field `fid`'s slot of `i`; hands `v` back when there is no such slot
/// (or the slots are borrowed).
#[inline(always)]
fn store_slot(i: &super::Instance, l: &Layout, fid: u32, v: Value) -> Result<(), Value> {
    if let Some(&s) = l.slot_of.get(fid as usize)
        && let Ok(mut slots) = i.slots.try_borrow_mut()
        && let Some(slot) = slots.get_mut(s as usize)
    {
        let old = slot.replace(v);
        // The old value is dropped after the borrow ends.
        drop(slots);
        drop(old);
        return Ok(());
    }
    Err(v)
}

/// `obj.name` read straight from its slot when obj's class has a layout with that name
/// and no `__getattribute__` or data descriptor can intervene (what `getattr` would find
/// first); None when that is not known, or the slot is unset.
pub(crate) fn slot_read(obj: &Value, name: &Str) -> Option<Value> {
    let (i, l) = with_layout(obj)?;
    if !l.fast_read(&i.class) {
        l.revalidate(&i.class);
        if !l.fast_read(&i.class) {
            return None;
        }
    }
    let s = i.field_slot(name)?;
    i.slots.try_borrow().ok()?.get(s).cloned().flatten()
}

/// `object.__setattr__(obj, name, v)` where the compiler numbered the field `fid`: the
/// slot, past any `__setattr__` of obj's class (a frozen dataclass's `__init__` stores
/// so), else exactly `object.__setattr__`.
#[inline(always)]
pub fn field_set_raw(obj: &Value, fid: u32, name: &'static str, v: Value) -> PyResult<()> {
    let v = match with_layout(obj) {
        Some((i, l)) if l.fast_read(&i.class) => match store_slot(i, l, fid, v) {
            Ok(()) => return Ok(()),
            Err(v) => v,
        },
        _ => v,
    };
    field_set_raw_slow(obj, name, v)
}

#[inline(never)]
fn field_set_raw_slow(obj: &Value, name: &'static str, v: Value) -> PyResult<()> {
    if let Some((i, l)) = with_layout(obj) {
        l.revalidate(&i.class);
    }
    super::natives::object_setattr_value(obj, name, v)
}

#[inline(never)]
fn field_set_slow(obj: &Value, name: &'static str, v: Value) -> PyResult<()> {
    if let Some((i, l)) = with_layout(obj) {
        l.revalidate(&i.class);
    }
    crate::attr::setattr_static(obj, name, v)
}

/// The layout tag of obj's class; `u32::MAX` for anything else.
#[inline]
pub fn tag(obj: &Value) -> u32 {
    vtag(view(obj))
}

/// `tag` of the object whose view this is.
#[inline(always)]
pub fn vtag(v: View<'_>) -> u32 {
    match v.0 {
        Some((_, l)) => l.tag,
        None => u32::MAX,
    }
}

/// A new instance of the user class `cls`, as `object.__new__(cls)` makes it, without
/// calling `__init__` (compiled code calls its typed `__init__` itself). None for a
/// value that is not a class (the compiler never passes one).
pub fn alloc(cls: &Value) -> Value {
    match as_class(cls) {
        Some(c) => Value::Obj(super::Instance::alloc_owned(c, vec![], None)),
        None => Value::None,
    }
}
