//! collections.namedtuple and typing.NamedTuple.

use super::Class;
use crate::exc::PyResult;
use crate::str::Str;
use crate::value::Value;
use std::rc::Rc;

pub(crate) fn instantiate(
    _c: &Rc<Class>,
    _a: &[Value],
    _k: &[(Str, Value)],
) -> PyResult<Option<Value>> {
    Ok(None)
}
