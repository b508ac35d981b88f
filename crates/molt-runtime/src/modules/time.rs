//! `time`: time, time_ns, perf_counter(_ns), monotonic(_ns), process_time(_ns), sleep.
//! The monotonic clocks count from the first use in the process (only differences are
//! meaningful, as in CPython); process_time reads the process's CPU time from /proc.

use super::stdc_util::{arity, as_obj, no_kwargs, obj, s, tuple, unknown};
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::int::Int;
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::Value;
use crate::value::ValueIter;
use std::any::Any;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    static START: Instant = Instant::now();
}

fn since_start() -> Duration {
    START.with(|s| s.elapsed())
}

fn unix_now() -> PyResult<Duration> {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_err(|_| PyErr::msg(ExcKind::OSError, "system clock is before 1970"))
}

/// utime + stime of this process, in nanoseconds (clock ticks of 1/100 s, the Linux
/// USER_HZ).
fn cpu_ns() -> PyResult<u128> {
    let stat = std::fs::read_to_string("/proc/self/stat")
        .map_err(|e| PyErr::msg(ExcKind::OSError, e.to_string()))?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|x| x.parse::<u128>().ok()).unwrap_or(0);
    // utime and stime are fields 14 and 15 of stat(5); `rest` starts at field 3.
    Ok((ticks(11) + ticks(12)) * 10_000_000)
}

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    if matches!(
        name,
        "gmtime" | "localtime" | "strftime" | "asctime" | "ctime" | "mktime"
    ) {
        return call_tm(name, args, kwargs);
    }
    no_kwargs(name, &kwargs)?;
    if name != "sleep" {
        arity(name, &args, 0, 0)?;
    }
    Ok(match name {
        "time" => Value::Float(unix_now()?.as_secs_f64()),
        "time_ns" => Value::Int(Int::from(unix_now()?.as_nanos() as i128)),
        "perf_counter" | "monotonic" => Value::Float(since_start().as_secs_f64()),
        "perf_counter_ns" | "monotonic_ns" => {
            Value::Int(Int::from(since_start().as_nanos() as i128))
        }
        "process_time" => Value::Float(cpu_ns()? as f64 / 1e9),
        "process_time_ns" => Value::Int(Int::from(cpu_ns()? as i128)),
        "sleep" => {
            arity("sleep", &args, 1, 1)?;
            let secs = match &args[0] {
                Value::Float(f) => {
                    if f.is_nan() {
                        return value_error("Invalid value NaN (not a number)");
                    }
                    *f
                }
                v => match v.as_int() {
                    Some(i) => i.to_f64()?,
                    None => {
                        return type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            v.class_name()
                        ));
                    }
                },
            };
            if secs < 0.0 {
                return value_error("sleep length must be non-negative");
            }
            if secs.is_finite() && secs < 1e12 {
                std::thread::sleep(Duration::from_secs_f64(secs));
            } else {
                return Err(PyErr::msg(
                    ExcKind::OverflowError,
                    "timestamp too large to convert to C _PyTime_t",
                ));
            }
            Value::None
        }
        _ => return Err(unknown("time", name)),
    })
}

pub fn attr(name: &str) -> PyResult<Value> {
    Err(unknown("time", name))
}

// ---------------------------------------------------------------- struct_time

/// `time.struct_time`: the nine fields, tm_zone and tm_gmtoff.
pub struct StructTime {
    f: [i64; 9],
    /// None for the struct_time of a naive date or datetime (`timetuple()`), whose
    /// tm_zone and tm_gmtoff are None.
    zone: Option<&'static str>,
}

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

impl StructTime {
    fn items(&self) -> Vec<Value> {
        self.f.iter().map(|x| Value::int(*x)).collect()
    }
}

impl Object for StructTime {
    fn type_name(&self) -> &'static str {
        "struct_time"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let parts: Vec<String> = FIELDS
            .iter()
            .zip(self.f.iter())
            .map(|(n, v)| format!("{n}={v}"))
            .collect();
        out.push_str(&format!("time.struct_time({})", parts.join(", ")));
        Ok(())
    }
    fn len(&self, _this: &ObjRef) -> PyResult<usize> {
        Ok(9)
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        let mine = tuple(self.items());
        match other {
            Value::Tuple(_) => Ok(Some(mine.eq(other)?)),
            _ => Ok(Some(
                as_obj::<StructTime>(other).is_some_and(|o| o.f == self.f),
            )),
        }
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        tuple(self.items()).hash()
    }
    fn getitem(&self, _this: &ObjRef, key: &Value) -> PyResult<Value> {
        tuple(self.items()).getitem(key)
    }
    fn iter(&self, _this: &ObjRef) -> PyResult<ValueIter> {
        Ok(ValueIter::Vec(self.items().into_iter()))
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        if let Some(i) = FIELDS.iter().position(|n| *n == name) {
            return Ok(Value::int(self.f[i]));
        }
        match name {
            "tm_zone" => Ok(self.zone.map_or(Value::None, s)),
            "tm_gmtoff" => Ok(self.zone.map_or(Value::None, |_| Value::int(0))),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'time.struct_time' object has no attribute '{name}'"),
            )),
        }
    }
}

/// `_PyTime_ObjectToTime_t` with ROUND_FLOOR; None is now.
fn secs_arg(v: Option<&Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(unix_now()?.as_secs() as i64),
        Some(Value::Float(f)) => {
            if f.is_nan() {
                return value_error("Invalid value NaN (not a number)");
            }
            let x = f.floor();
            if x.abs() > 1e17 {
                return Err(PyErr::msg(
                    ExcKind::OverflowError,
                    "timestamp out of range for platform time_t",
                ));
            }
            Ok(x as i64)
        }
        Some(v) => match v.as_int() {
            Some(i) => i.as_i64().ok_or_else(|| {
                PyErr::msg(
                    ExcKind::OverflowError,
                    "timestamp out of range for platform time_t",
                )
            }),
            None => type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.class_name()
            )),
        },
    }
}

fn broken_down(secs: i64, zone: &'static str) -> PyResult<Value> {
    let c = super::datetime::civil_from_unix(secs)?;
    Ok(obj(StructTime {
        f: [c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], 0],
        zone: Some(zone),
    }))
}

/// `date.timetuple()` and `datetime.timetuple()` of a naive value: tm_isdst is -1.
pub(crate) fn naive_struct_time(f: [i64; 9]) -> Value {
    obj(StructTime { f, zone: None })
}

/// A struct_time or 9-tuple argument: the fields and the zone name (gettmarg).
fn time_tuple(fname: &str, v: Option<&Value>) -> PyResult<([i64; 9], &'static str)> {
    let v = match v {
        None | Some(Value::None) => {
            super::datetime::local_time_is_utc()?;
            let c = super::datetime::civil_from_unix(unix_now()?.as_secs() as i64)?;
            return Ok(([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], 0], "UTC"));
        }
        Some(v) => v,
    };
    if let Some(st) = as_obj::<StructTime>(v) {
        return Ok((st.f, st.zone.unwrap_or("")));
    }
    let items = match v {
        Value::Tuple(t) => t.as_slice().to_vec(),
        _ => return type_error("Tuple or struct_time argument required"),
    };
    if items.len() != 9 {
        return type_error(format!("{fname}(): illegal time tuple argument"));
    }
    let mut f = [0i64; 9];
    for (slot, x) in f.iter_mut().zip(&items) {
        *slot = match x.as_int() {
            Some(i) => i.as_i64().ok_or_else(|| {
                PyErr::msg(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C int",
                )
            })?,
            None => {
                return type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    x.class_name()
                ));
            }
        };
    }
    Ok((f, "UTC"))
}

/// checktm() of Modules/timemodule.c, after gettmarg: the struct tm for strftime.
fn checked_tm(f: &[i64; 9]) -> PyResult<super::datetime::Tm> {
    let mut mon = f[1];
    if mon == 0 {
        mon = 1;
    } else if !(1..=12).contains(&mon) {
        return value_error("month out of range");
    }
    let mut mday = f[2];
    if mday == 0 {
        mday = 1;
    } else if !(0..=31).contains(&mday) {
        return value_error("day of month out of range");
    }
    if !(0..=23).contains(&f[3]) {
        return value_error("hour out of range");
    }
    if !(0..=59).contains(&f[4]) {
        return value_error("minute out of range");
    }
    if !(0..=61).contains(&f[5]) {
        return value_error("seconds out of range");
    }
    if f[6] < 0 {
        return value_error("day of week out of range");
    }
    let mut yday = f[7] - 1;
    if yday == -1 {
        yday = 0;
    } else if !(0..=365).contains(&yday) {
        return value_error("day of year out of range");
    }
    Ok(super::datetime::Tm {
        year: f[0],
        mon,
        mday,
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: f[6].rem_euclid(7),
        yday,
    })
}

pub fn call_tm(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    no_kwargs(name, &kwargs)?;
    match name {
        "gmtime" => {
            arity(name, &args, 0, 1)?;
            broken_down(secs_arg(args.first())?, "GMT")
        }
        "localtime" => {
            arity(name, &args, 0, 1)?;
            super::datetime::local_time_is_utc()?;
            broken_down(secs_arg(args.first())?, "UTC")
        }
        "strftime" => {
            arity(name, &args, 1, 2)?;
            let Value::Str(fmt) = &args[0] else {
                return type_error(format!(
                    "strftime() argument 1 must be str, not {}",
                    args[0].class_name()
                ));
            };
            let (f, zone) = time_tuple("strftime", args.get(1))?;
            let tm = checked_tm(&f)?;
            // glibc's strftime gives %z and %Z nothing when tm_isdst is negative.
            let zone = if f[8] < 0 { ("", "") } else { ("+0000", zone) };
            Ok(Value::Str(Str::from_string(super::datetime::strftime_tm(
                &tm,
                0,
                fmt.as_str(),
                zone,
            ))))
        }
        "asctime" => {
            arity(name, &args, 0, 1)?;
            let (f, zone) = time_tuple("asctime", args.first())?;
            let tm = checked_tm(&f)?;
            Ok(Value::Str(Str::from_string(super::datetime::strftime_tm(
                &tm,
                0,
                "%a %b %e %H:%M:%S %Y",
                ("+0000", zone),
            ))))
        }
        "ctime" => {
            arity(name, &args, 0, 1)?;
            super::datetime::local_time_is_utc()?;
            let c = super::datetime::civil_from_unix(secs_arg(args.first())?)?;
            let tm = super::datetime::Tm {
                year: c[0],
                mon: c[1],
                mday: c[2],
                hour: c[3],
                min: c[4],
                sec: c[5],
                wday: c[6],
                yday: c[7] - 1,
            };
            Ok(Value::Str(Str::from_string(super::datetime::strftime_tm(
                &tm,
                0,
                "%a %b %e %H:%M:%S %Y",
                ("+0000", "UTC"),
            ))))
        }
        "mktime" => {
            arity(name, &args, 1, 1)?;
            super::datetime::local_time_is_utc()?;
            let (f, _) = time_tuple("mktime", args.first())?;
            let secs = super::datetime::unix_from_civil(&[f[0], f[1], f[2], f[3], f[4], f[5]])?;
            Ok(Value::Float(secs as f64))
        }
        _ => Err(unknown("time", name)),
    }
}
