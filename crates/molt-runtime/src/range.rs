//! `range` objects (i64 bounds; CPython allows bigger ones, which molt reports as
//! OverflowError when created).

use crate::exc::{PyResult, index_error, overflow_error, value_error};
use crate::int::Int;
use crate::obj::{CmpOp, PyObj};
use crate::value::Value;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn new(start: &Int, stop: &Int, step: &Int) -> PyResult<Range> {
        let (Some(start), Some(stop), Some(step)) = (start.as_i64(), stop.as_i64(), step.as_i64())
        else {
            return overflow_error("Python int too large to convert to C ssize_t");
        };
        if step == 0 {
            return value_error("range() arg 3 must not be zero");
        }
        Ok(Range { start, stop, step })
    }

    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n.min(i64::MAX as i128) as i64
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn len_checked(&self) -> PyResult<usize> {
        Ok(self.len() as usize)
    }

    /// The i-th element (0 <= i < len), for iteration.
    #[inline]
    pub fn nth(&self, i: i64) -> Option<Int> {
        if i < self.len() {
            Some(Int::from(self.start + i * self.step))
        } else {
            None
        }
    }

    pub fn getitem(&self, i: &Int) -> PyResult<Int> {
        let n = self.len();
        let Some(mut i) = i.as_i64() else {
            return index_error("range object index out of range");
        };
        if i < 0 {
            i += n;
        }
        if i < 0 || i >= n {
            return index_error("range object index out of range");
        }
        Ok(Int::from(self.start + i * self.step))
    }

    pub fn slice(
        &self,
        start: Option<i64>,
        stop: Option<i64>,
        step: Option<i64>,
    ) -> PyResult<Range> {
        let (a, _, s, n) = crate::slice::indices(start, stop, step, self.len())?;
        let new_start = self.start + a * self.step;
        let new_step = self.step * s;
        Ok(Range {
            start: new_start,
            stop: new_start + n * new_step,
            step: new_step,
        })
    }

    pub fn contains(&self, x: &Int) -> bool {
        let Some(x) = x.as_i64() else { return false };
        let in_bounds = if self.step > 0 {
            x >= self.start && x < self.stop
        } else {
            x <= self.start && x > self.stop
        };
        in_bounds && (x as i128 - self.start as i128) % (self.step as i128) == 0
    }

    pub fn index(&self, x: &Int) -> PyResult<Int> {
        if self.contains(x) {
            let x = x.as_i64().unwrap_or(0);
            return Ok(Int::from((x - self.start) / self.step));
        }
        let mut s = String::new();
        x.write_decimal(&mut s)?;
        value_error(format!("{s} is not in range"))
    }
}

impl PyObj for Range {
    fn to_value(&self) -> Value {
        Value::Range(self.clone())
    }
    fn type_name(&self) -> &'static str {
        "range"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        use std::fmt::Write;
        if self.step == 1 {
            let _ = write!(out, "range({}, {})", self.start, self.stop);
        } else {
            let _ = write!(out, "range({}, {}, {})", self.start, self.stop, self.step);
        }
        Ok(())
    }
    fn py_eq(&self, o: &Self) -> PyResult<bool> {
        // Ranges are equal when they describe the same sequence.
        let (n, m) = (self.len(), o.len());
        Ok(n == m && (n == 0 || (self.start == o.start && (n == 1 || self.step == o.step))))
    }
    fn py_hash(&self) -> PyResult<i64> {
        let n = self.len();
        let items = if n == 0 {
            [Int::from(n).hash(), ().py_hash()?, ().py_hash()?]
        } else if n == 1 {
            [
                Int::from(n).hash(),
                Int::from(self.start).hash(),
                ().py_hash()?,
            ]
        } else {
            [
                Int::from(n).hash(),
                Int::from(self.start).hash(),
                Int::from(self.step).hash(),
            ]
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
        Ok(self.len() > 0)
    }
    fn py_is(&self, o: &Self) -> bool {
        self == o
    }
}
