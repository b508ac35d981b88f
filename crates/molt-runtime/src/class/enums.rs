//! enum: Enum, IntEnum, Flag, IntFlag, StrEnum and auto (Lib/enum.py, 3.11).

use super::Class;
use super::instance::Instance;
use crate::exc::PyResult;
use crate::str::Str;
use crate::value::{Value, ValueIter};
use std::rc::Rc;

/// The builtin type a class's instances are (`isinstance(x, tuple)` for named tuples).
pub(crate) fn mixin_of(c: &Class) -> Option<&'static str> {
    if super::namedtuple::info_of(c).is_some() {
        return Some("tuple");
    }
    None
}
pub(crate) fn class_repr(_c: &Class) -> Option<String> {
    None
}
pub(crate) fn class_iter(_c: &Rc<Class>) -> PyResult<ValueIter> {
    crate::exc::type_error("not iterable")
}
pub(crate) fn class_len(_c: &Rc<Class>) -> PyResult<usize> {
    Ok(0)
}
pub(crate) fn class_contains(_c: &Rc<Class>, _x: &Value) -> PyResult<bool> {
    Ok(false)
}
pub(crate) fn class_getitem(_c: &Rc<Class>, _k: &Value) -> PyResult<Value> {
    crate::exc::type_error("not subscriptable")
}
pub(crate) fn class_getattr(_c: &Rc<Class>, _n: &Str) -> PyResult<Option<Value>> {
    Ok(None)
}
pub(crate) fn members_proxy(_c: &Rc<Class>) -> PyResult<Value> {
    Ok(Value::None)
}
pub(crate) fn check_class_setattr(_c: &Rc<Class>, _n: &Str) -> PyResult<()> {
    Ok(())
}
pub(crate) fn check_bases(_b: &[Rc<Class>]) -> PyResult<()> {
    Ok(())
}
pub(crate) fn finish_class(_c: &Rc<Class>, _items: &[(Str, Value)]) -> PyResult<()> {
    Ok(())
}
pub(crate) fn call_enum_class(
    _c: &Rc<Class>,
    _a: Vec<Value>,
    _k: Vec<(Str, Value)>,
) -> PyResult<Value> {
    Ok(Value::None)
}
pub(crate) fn class_getitem_of_instance(_i: &Instance, _k: &Value) -> PyResult<Option<Value>> {
    Ok(None)
}

/// `enum.name` as a value.
pub(crate) fn module_attr(_name: &str) -> Option<PyResult<Value>> {
    None
}
