//! typing: the names annotations use, as opaque values (Lib/typing.py, 3.11). molt never
//! evaluates function annotations; class-body annotations that are plain names are
//! evaluated (dataclasses and NamedTuple read `__annotations__`). Subscripting a form
//! gives another opaque form; its repr is refused rather than guessed.

use crate::class::Class;
use crate::exc::{ExcKind, PyErr, PyResult};
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;
use std::rc::Rc;

/// A typing special form or generic alias (`typing.List`, `typing.Optional[int]`, a
/// TypeVar).
pub struct Form {
    pub name: String,
    /// Subscripted (`List[int]`): its repr is not reproduced.
    pub subscripted: bool,
    pub typevar: bool,
    /// `C[...]` for a user generic class C: the class it stands for as a base
    /// (`__mro_entries__`) or when called.
    pub origin: Option<Rc<Class>>,
}

impl Object for Form {
    fn type_name(&self) -> &'static str {
        if self.typevar {
            "TypeVar"
        } else {
            "_SpecialForm"
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        if self.subscripted {
            return Err(PyErr::msg(
                ExcKind::NotImplementedError,
                format!(
                    "molt: the repr of typing.{}[...] is not supported",
                    self.name
                ),
            ));
        }
        if self.typevar {
            out.push('~');
            out.push_str(&self.name);
        } else {
            out.push_str("typing.");
            out.push_str(&self.name);
        }
        Ok(())
    }
    fn getitem(&self, _this: &ObjRef, _key: &Value) -> PyResult<Value> {
        Ok(Value::Obj(Rc::new(Form {
            name: self.name.clone(),
            subscripted: true,
            typevar: false,
            origin: self.origin.clone(),
        })))
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        match &self.origin {
            // _GenericAlias.__call__: the origin class's instance.
            Some(c) => crate::func::call(&crate::class::class_value(c), args, kwargs),
            None => {
                crate::exc::type_error(format!("'{}' object is not callable", self.type_name()))
            }
        }
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "__name__" if self.typevar || !self.subscripted => Ok(Value::str(&self.name)),
            _ => Err(crate::attr::no_attr(self.type_name(), name)),
        }
    }
    fn hash(&self, this: &ObjRef) -> PyResult<i64> {
        Ok((Rc::as_ptr(this) as *const u8 as usize >> 4) as i64)
    }
}

/// The typing form's name when `v` is an unsubscripted typing form (`typing.ClassVar`),
/// or the base name of a subscripted one.
pub fn form_name(v: &Value) -> Option<String> {
    match v {
        Value::Obj(o) => o
            .as_any()
            .downcast_ref::<Form>()
            .filter(|f| !f.typevar)
            .map(|f| f.name.clone()),
        _ => None,
    }
}

thread_local! {
    static FORMS: std::cell::RefCell<hashbrown::HashMap<String, Value>> =
        std::cell::RefCell::new(hashbrown::HashMap::new());
}

/// `typing.name` as a value.
pub fn attr(name: &str) -> PyResult<Value> {
    match name {
        "TYPE_CHECKING" => Ok(Value::Bool(false)),
        "NamedTuple" => Ok(crate::class::namedtuple::namedtuple_fn()),
        "TypeVar" | "cast" => crate::modules::callable::module_function("typing", name),
        _ => {
            if let Some(v) = FORMS.with(|f| f.borrow().get(name).cloned()) {
                return Ok(v);
            }
            let v = Value::Obj(Rc::new(Form {
                name: name.to_string(),
                subscripted: false,
                typevar: false,
                origin: None,
            }));
            FORMS.with(|f| f.borrow_mut().insert(name.to_string(), v.clone()));
            Ok(v)
        }
    }
}

/// `typing.name(*args, **kwargs)`.
pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "NamedTuple" => crate::func::call(&crate::class::namedtuple::namedtuple_fn(), args, kwargs),
        "cast" => match <[Value; 2]>::try_from(args) {
            Ok([_, v]) if kwargs.is_empty() => Ok(v),
            _ => crate::exc::type_error("cast() takes 2 positional arguments"),
        },
        "TypeVar" => match args.first() {
            Some(Value::Str(s)) => Ok(Value::Obj(Rc::new(Form {
                name: s.as_str().to_string(),
                subscripted: false,
                typevar: true,
                origin: None,
            }))),
            _ => crate::exc::type_error("TypeVar() argument 'name' must be str"),
        },
        _ => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: typing.{name}() is not supported"),
        )),
    }
}

thread_local! {
    static CLASSES: std::cell::RefCell<Option<(Rc<Class>, Rc<Class>)>> =
        const { std::cell::RefCell::new(None) };
}

/// `typing.Generic` and `typing.Protocol` as classes (both with `__slots__ = ()`).
fn generic_and_protocol() -> (Rc<Class>, Rc<Class>) {
    if let Some(c) = CLASSES.with(|c| c.borrow().clone()) {
        return c;
    }
    let obj = crate::class::object_class();
    let ns = || {
        let d = crate::dict::Dict::new();
        let _ = d.setitem(Value::str("__module__"), Value::str("typing"));
        let _ = d.setitem(
            Value::str("__slots__"),
            Value::Tuple(crate::tuple::Tup::from_vec(vec![])),
        );
        d
    };
    let generic = Class::new_typing("Generic", vec![obj.clone()], vec![obj.clone()], ns());
    let protocol = Class::new_typing(
        "Protocol",
        vec![generic.clone()],
        vec![generic.clone(), obj],
        ns(),
    );
    let pair = (generic, protocol);
    CLASSES.with(|c| *c.borrow_mut() = Some(pair.clone()));
    pair
}

/// The class a base written as a typing form stands for: `Generic[T]` is typing.Generic,
/// `Protocol`/`Protocol[T]` typing.Protocol, `Box[int]` the class Box
/// (`__mro_entries__`).
pub(crate) fn base_class_of(v: &Value) -> Option<Rc<Class>> {
    let Value::Obj(o) = v else { return None };
    let f = o.as_any().downcast_ref::<Form>()?;
    if let Some(c) = &f.origin {
        return Some(c.clone());
    }
    match f.name.as_str() {
        "Generic" if !f.typevar => Some(generic_and_protocol().0),
        "Protocol" if !f.typevar => Some(generic_and_protocol().1),
        _ => None,
    }
}

/// `C[...]` for a class deriving from Generic: an alias that stands for C.
pub(crate) fn class_getitem(c: &Rc<Class>) -> Option<Value> {
    let generic = CLASSES.with(|k| k.borrow().as_ref().map(|(g, _)| g.clone()))?;
    if !c.is_subclass(&generic) {
        return None;
    }
    Some(Value::Obj(Rc::new(Form {
        name: c.name().as_str().to_string(),
        subscripted: true,
        typevar: false,
        origin: Some(c.clone()),
    })))
}

/// Whether a class with these bases is a protocol (typing's `_is_protocol`): Protocol is
/// one of them. Worked out once, when the class is made (`Class::protocol`).
pub(crate) fn lists_protocol(bases: &[Rc<Class>]) -> bool {
    !bases.is_empty()
        && CLASSES.with(|k| {
            k.borrow()
                .as_ref()
                .is_some_and(|(_, p)| bases.iter().any(|b| Rc::ptr_eq(b, p)))
        })
}
