//! `range` objects. Bounds are Python ints (ranges may be astronomically long, as in
//! CPython); iteration counts with i64 when everything fits, which is nearly always.

use crate::exc::{ExcKind, PyErr, PyResult, index_error, value_error};
use crate::int::Int;
use crate::obj::{CmpOp, PyObj};
use crate::value::Value;

#[derive(Clone, Debug)]
pub struct Range {
    pub start: Int,
    pub stop: Int,
    pub step: Int,
}

fn overflow() -> PyErr {
    PyErr::msg(
        ExcKind::OverflowError,
        "Python int too large to convert to C ssize_t",
    )
}

impl Range {
    pub fn new(start: &Int, stop: &Int, step: &Int) -> PyResult<Range> {
        if step.is_zero() {
            return value_error("range() arg 3 must not be zero");
        }
        Ok(Range {
            start: start.clone(),
            stop: stop.clone(),
            step: step.clone(),
        })
    }

    /// `len(range)` as a Python int (exact, however long).
    pub fn len_int(&self) -> Int {
        if let (Some(lo), Some(hi), Some(step)) =
            (self.start.as_i64(), self.stop.as_i64(), self.step.as_i64())
        {
            let (lo, hi, step) = (lo as i128, hi as i128, step as i128);
            let n = if step > 0 && lo < hi {
                (hi - lo - 1) / step + 1
            } else if step < 0 && lo > hi {
                (lo - hi - 1) / (-step) + 1
            } else {
                0
            };
            return match i64::try_from(n) {
                Ok(n) => Int::Small(n),
                Err(_) => Int::from_literal(&n.to_string()),
            };
        }
        let (lo, hi, step) = (&self.start, &self.stop, &self.step);
        let one = Int::ONE;
        // (hi - lo - 1) // step + 1, for the direction of step.
        let n = if !step.is_negative() && lo.lt(hi) {
            hi.sub(lo).sub(&one).floordiv(step).map(|q| q.add(&one))
        } else if step.is_negative() && lo.gt(hi) {
            lo.sub(hi)
                .sub(&one)
                .floordiv(&step.neg())
                .map(|q| q.add(&one))
        } else {
            Ok(Int::ZERO)
        };
        n.unwrap_or(Int::ZERO)
    }

    /// The length as an i64 (what iteration and indexing use), if it fits.
    pub fn len(&self) -> i64 {
        self.len_int().as_i64().unwrap_or(i64::MAX)
    }

    pub fn is_empty(&self) -> bool {
        self.len_int().is_zero()
    }

    /// `len(range)`: OverflowError when the length does not fit, as in CPython.
    pub fn len_checked(&self) -> PyResult<usize> {
        match self.len_int().as_i64() {
            Some(n) => Ok(n as usize),
            None => Err(overflow()),
        }
    }

    /// The i-th element (0 <= i), for iteration.
    pub fn nth(&self, i: i64) -> Option<Int> {
        if Int::from(i).lt(&self.len_int()) {
            Some(self.start.add(&Int::from(i).mul(&self.step)))
        } else {
            None
        }
    }

    pub fn getitem(&self, i: &Int) -> PyResult<Int> {
        let n = self.len_int();
        let i = if i.is_negative() {
            i.add(&n)
        } else {
            i.clone()
        };
        if i.is_negative() || i.ge(&n) {
            return index_error("range object index out of range");
        }
        Ok(self.start.add(&i.mul(&self.step)))
    }

    pub fn slice(
        &self,
        start: Option<i64>,
        stop: Option<i64>,
        step: Option<i64>,
    ) -> PyResult<Range> {
        self.slice_by(start, stop, step, None)
    }

    /// `self[start:stop:step]`, the step given exactly by `big` when it does not fit i64
    /// (`step` is then its clamped value, which gives the same indices).
    /// Objects/rangeobject.c compute_slice: the items at the adjusted indices.
    pub fn slice_by(
        &self,
        start: Option<i64>,
        stop: Option<i64>,
        step: Option<i64>,
        big: Option<&Int>,
    ) -> PyResult<Range> {
        let n = self.len_int().as_i64().ok_or_else(overflow)?;
        let (a, b, s, _) = crate::slice::indices(start, stop, step, n)?;
        let new_start = self.start.add(&Int::from(a).mul(&self.step));
        let new_step = self.step.mul(&big.cloned().unwrap_or_else(|| Int::from(s)));
        let new_stop = self.start.add(&Int::from(b).mul(&self.step));
        Ok(Range {
            start: new_start,
            stop: new_stop,
            step: new_step,
        })
    }

    pub fn contains(&self, x: &Int) -> bool {
        let in_bounds = if !self.step.is_negative() {
            x.ge(&self.start) && x.lt(&self.stop)
        } else {
            x.le(&self.start) && x.gt(&self.stop)
        };
        in_bounds
            && x.sub(&self.start)
                .modulo(&self.step)
                .is_ok_and(|r| r.is_zero())
    }

    pub fn index(&self, x: &Int) -> PyResult<Int> {
        if self.contains(x) {
            return x.sub(&self.start).floordiv(&self.step);
        }
        let mut s = String::new();
        x.write_decimal(&mut s)?;
        value_error(format!("{s} is not in range"))
    }

    /// (start, step, len) when they all fit in i64 (the fast iteration path).
    pub fn small(&self) -> Option<(i64, i64, i64)> {
        Some((
            self.start.as_i64()?,
            self.step.as_i64()?,
            self.len_int().as_i64()?,
        ))
    }
}

impl PyObj for Range {
    fn to_value(&self) -> Value {
        Value::Range(std::rc::Rc::new(self.clone()))
    }
    fn type_name(&self) -> &'static str {
        "range"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        out.push_str("range(");
        self.start.write_decimal(out)?;
        out.push_str(", ");
        self.stop.write_decimal(out)?;
        if !self.step.eq_int(&Int::ONE) {
            out.push_str(", ");
            self.step.write_decimal(out)?;
        }
        out.push(')');
        Ok(())
    }
    fn py_eq(&self, o: &Self) -> PyResult<bool> {
        // Ranges are equal when they describe the same sequence.
        let (n, m) = (self.len_int(), o.len_int());
        if !n.eq_int(&m) {
            return Ok(false);
        }
        if n.is_zero() {
            return Ok(true);
        }
        if !self.start.eq_int(&o.start) {
            return Ok(false);
        }
        Ok(n.eq_int(&Int::ONE) || self.step.eq_int(&o.step))
    }
    fn py_hash(&self) -> PyResult<i64> {
        let n = self.len_int();
        let none = ().py_hash()?;
        let items = if n.is_zero() {
            [n.hash(), none, none]
        } else if n.eq_int(&Int::ONE) {
            [n.hash(), self.start.hash(), none]
        } else {
            [n.hash(), self.start.hash(), self.step.hash()]
        };
        Ok(crate::hash::hash_tuple(items.into_iter()))
    }
    fn py_cmp(&self, o: &Self, op: CmpOp) -> PyResult<bool> {
        crate::exc::type_error(format!(
            "'{}' not supported between instances of 'range' and '{}'",
            op.symbol(),
            o.type_name()
        ))
    }
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(!self.is_empty())
    }
    fn py_is(&self, o: &Self) -> bool {
        self.start.eq_int(&o.start) && self.stop.eq_int(&o.stop) && self.step.eq_int(&o.step)
    }
}
