//! Set algebra with CPython's algorithms (the order of the result is observable).

use crate::exc::PyResult;
use crate::obj::PyObj;
use crate::set::{FrozenSet, Set, SetTable};
use crate::value::{BinOp, Value};

/// `a | b`: a copy of a, then b merged in.
pub fn union<T: PyObj>(a: &SetTable<T>, b: &SetTable<T>) -> PyResult<SetTable<T>> {
    let mut r = SetTable::new();
    r.merge(a)?;
    r.merge(b)?;
    Ok(r)
}

/// `a & b` (set_intersection): iterate over the smaller set.
pub fn intersection<T: PyObj>(a: &SetTable<T>, b: &SetTable<T>) -> PyResult<SetTable<T>> {
    let (small, big) = if b.len() > a.len() { (a, b) } else { (b, a) };
    let mut r = SetTable::new();
    for (h, k) in small.entries() {
        if big.contains_entry(k, h)? {
            r.add_entry(k.clone(), h)?;
        }
    }
    Ok(r)
}

/// `a - b` (set_difference).
pub fn difference<T: PyObj>(a: &SetTable<T>, b: &SetTable<T>) -> PyResult<SetTable<T>> {
    if (a.len() >> 2) > b.len() {
        // set_copy_and_difference
        let mut r = SetTable::new();
        r.merge(a)?;
        for (h, k) in b.entries() {
            r.discard_entry(k, h)?;
        }
        return Ok(r);
    }
    let mut r = SetTable::new();
    for (h, k) in a.entries() {
        if !b.contains_entry(k, h)? {
            r.add_entry(k.clone(), h)?;
        }
    }
    Ok(r)
}

/// `a ^ b` (set_symmetric_difference: a copy of b, updated with a).
pub fn symmetric_difference<T: PyObj>(a: &SetTable<T>, b: &SetTable<T>) -> PyResult<SetTable<T>> {
    let mut r = SetTable::new();
    r.merge(b)?;
    symmetric_difference_update(&mut r, a)?;
    Ok(r)
}

pub fn symmetric_difference_update<T: PyObj>(
    r: &mut SetTable<T>,
    other: &SetTable<T>,
) -> PyResult<()> {
    for (h, k) in other.entries() {
        if !r.discard_entry(k, h)? {
            r.add_entry(k.clone(), h)?;
        }
    }
    Ok(())
}

pub fn value_set_binop(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let table = |v: &Value| -> SetTable<Value> {
        match v {
            Value::Set(s) => s.snapshot(),
            Value::FrozenSet(f) => f.table().clone(),
            _ => SetTable::new(),
        }
    };
    let (ta, tb) = (table(a), table(b));
    let r = match op {
        BinOp::BitOr => union(&ta, &tb)?,
        BinOp::BitAnd => intersection(&ta, &tb)?,
        BinOp::Sub => difference(&ta, &tb)?,
        _ => symmetric_difference(&ta, &tb)?,
    };
    // The result has the type of the left operand.
    Ok(match a {
        Value::FrozenSet(_) => Value::FrozenSet(FrozenSet::from_table(r)),
        _ => Value::Set(Set::from_table(r)),
    })
}
