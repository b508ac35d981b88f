//! `time`: time, time_ns, perf_counter(_ns), monotonic(_ns), process_time(_ns), sleep.
//! The monotonic clocks count from the first use in the process (only differences are
//! meaningful, as in CPython); process_time reads the process's CPU time from /proc.

use super::stdc_util::{arity, no_kwargs, unknown};
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::int::Int;
use crate::str::Str;
use crate::value::Value;
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
