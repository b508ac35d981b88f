//! `calendar` (Lib/calendar.py of CPython 3.11): the date arithmetic (isleap, leapdays,
//! weekday, monthrange, monthcalendar, timegm), the English month and day names, the
//! first weekday setting, and the plain-text month (`month`, `prmonth`).

use super::stdc_util::{bind, unknown};
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::list::List;
use crate::str::Str;
use crate::value::Value;
use std::cell::Cell;

const MONTH_NAMES: [&str; 13] = [
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MDAYS: [i64; 13] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

thread_local! {
    /// `calendar.firstweekday()` (the module-level TextCalendar's setting).
    static FIRST: Cell<i64> = const { Cell::new(0) };
}

fn int_arg(v: &Option<Value>, what: &str) -> PyResult<i64> {
    let v = v.clone().unwrap_or(Value::None);
    match v.as_int() {
        Some(i) => match i.as_i64() {
            Some(x) => Ok(x),
            None => Err(PyErr::msg(
                ExcKind::OverflowError,
                format!("{what}: Python int too large to convert to C long"),
            )),
        },
        None => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.class_name()
        )),
    }
}

fn isleap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn illegal_month(m: i64) -> PyErr {
    PyErr::msg(
        ExcKind::CalendarIllegalMonth,
        format!("bad month number {m}; must be 1-12"),
    )
}

/// calendar.weekday: datetime.date(year, month, day).weekday(), years outside 1..9999
/// mapped into the 400-year cycle.
fn weekday(y: i64, m: i64, d: i64) -> PyResult<i64> {
    let y = if (1..=9999).contains(&y) {
        y
    } else {
        2000 + y.rem_euclid(400)
    };
    if !(1..=12).contains(&m) {
        return Err(PyErr::msg(ExcKind::ValueError, "month must be in 1..12"));
    }
    let dim = MDAYS[m as usize] + i64::from(m == 2 && isleap(y));
    if d < 1 || d > dim {
        return Err(PyErr::msg(
            ExcKind::ValueError,
            "day is out of range for month",
        ));
    }
    // 1970-01-01 was a Thursday (weekday 3).
    Ok((days_from_civil(y, m, d) + 3).rem_euclid(7))
}

fn monthrange(y: i64, m: i64) -> PyResult<(i64, i64)> {
    if !(1..=12).contains(&m) {
        return Err(illegal_month(m));
    }
    let day1 = weekday(y, m, 1)?;
    Ok((day1, MDAYS[m as usize] + i64::from(m == 2 && isleap(y))))
}

/// Calendar.monthdayscalendar: weeks of 7 day numbers, 0 outside the month.
fn month_weeks(y: i64, m: i64) -> PyResult<Vec<Vec<i64>>> {
    let (day1, ndays) = monthrange(y, m)?;
    let first = FIRST.with(|f| f.get());
    let lead = (day1 - first).rem_euclid(7);
    let mut days: Vec<i64> = vec![0; lead as usize];
    days.extend(1..=ndays);
    while !days.len().is_multiple_of(7) {
        days.push(0);
    }
    Ok(days.chunks(7).map(|w| w.to_vec()).collect())
}

/// str.center as CPython pads (Objects/stringlib/transmogrify.h pad).
fn center(s: &str, width: usize) -> String {
    let n = s.chars().count();
    if n >= width {
        return s.to_string();
    }
    let marg = width - n;
    let left = marg / 2 + (marg & width & 1);
    format!("{}{}{}", " ".repeat(left), s, " ".repeat(marg - left))
}

/// TextCalendar.formatmonth.
fn formatmonth(y: i64, m: i64, w: i64, l: i64) -> PyResult<String> {
    let w = w.max(2) as usize;
    let l = l.max(1) as usize;
    if !(1..=12).contains(&m) {
        // month_name[themonth] fails first in CPython for out-of-range months.
        return Err(PyErr::msg(ExcKind::IndexError, "list index out of range"));
    }
    let nl = "\n".repeat(l);
    let mut s = center(&format!("{} {y}", MONTH_NAMES[m as usize]), 7 * (w + 1) - 1)
        .trim_end()
        .to_string();
    s.push_str(&nl);
    let first = FIRST.with(|f| f.get());
    let header: Vec<String> = (0..7)
        .map(|i| {
            let d = ((first + i) % 7) as usize;
            let name = if w >= 9 {
                DAY_NAMES[d]
            } else {
                &DAY_NAMES[d][..3]
            };
            let cut: String = name.chars().take(w).collect();
            center(&cut, w)
        })
        .collect();
    s.push_str(header.join(" ").trim_end());
    s.push_str(&nl);
    for week in month_weeks(y, m)? {
        let cells: Vec<String> = week
            .iter()
            .map(|&d| {
                center(
                    &if d == 0 {
                        String::new()
                    } else {
                        format!("{d:2}")
                    },
                    w,
                )
            })
            .collect();
        s.push_str(cells.join(" ").trim_end());
        s.push_str(&nl);
    }
    Ok(s)
}

fn names(full: bool, months: bool) -> Value {
    let items: Vec<Value> = if months {
        MONTH_NAMES
            .iter()
            .map(|n| Value::str(if full { n } else { &n[..n.len().min(3)] }))
            .collect()
    } else {
        DAY_NAMES
            .iter()
            .map(|n| Value::str(if full { n } else { &n[..3] }))
            .collect()
    };
    Value::List(List::from_vec(items))
}

fn ints(v: &[i64]) -> Value {
    Value::List(List::from_vec(v.iter().map(|&x| Value::int(x)).collect()))
}

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "isleap" => {
            let a = bind("isleap", &["year"], 1, args, kwargs)?;
            Ok(Value::Bool(isleap(int_arg(&a[0], "year")?)))
        }
        "leapdays" => {
            let a = bind("leapdays", &["y1", "y2"], 2, args, kwargs)?;
            let y1 = int_arg(&a[0], "y1")? - 1;
            let y2 = int_arg(&a[1], "y2")? - 1;
            let f = |y: i64, k: i64| y.div_euclid(k);
            Ok(Value::int(
                (f(y2, 4) - f(y1, 4)) - (f(y2, 100) - f(y1, 100)) + (f(y2, 400) - f(y1, 400)),
            ))
        }
        "weekday" => {
            let a = bind("weekday", &["year", "month", "day"], 3, args, kwargs)?;
            Ok(Value::int(weekday(
                int_arg(&a[0], "year")?,
                int_arg(&a[1], "month")?,
                int_arg(&a[2], "day")?,
            )?))
        }
        "monthrange" => {
            let a = bind("monthrange", &["year", "month"], 2, args, kwargs)?;
            let (d, n) = monthrange(int_arg(&a[0], "year")?, int_arg(&a[1], "month")?)?;
            Ok(super::stdc_util::tuple(vec![Value::int(d), Value::int(n)]))
        }
        "monthcalendar" => {
            let a = bind("monthcalendar", &["year", "month"], 2, args, kwargs)?;
            let weeks = month_weeks(int_arg(&a[0], "year")?, int_arg(&a[1], "month")?)?;
            Ok(Value::List(List::from_vec(
                weeks.iter().map(|w| ints(w)).collect(),
            )))
        }
        "firstweekday" => {
            bind("firstweekday", &[], 0, args, kwargs)?;
            Ok(Value::int(FIRST.with(|f| f.get())))
        }
        "setfirstweekday" => {
            let a = bind("setfirstweekday", &["firstweekday"], 1, args, kwargs)?;
            let d = int_arg(&a[0], "firstweekday")?;
            if !(0..=6).contains(&d) {
                return Err(PyErr::msg(
                    ExcKind::CalendarIllegalWeekday,
                    format!("bad weekday number {d}; must be 0 (Monday) to 6 (Sunday)"),
                ));
            }
            FIRST.with(|f| f.set(d));
            Ok(Value::None)
        }
        "month" | "prmonth" => {
            let a = bind(
                if name == "month" {
                    "formatmonth"
                } else {
                    "prmonth"
                },
                &["theyear", "themonth", "w", "l"],
                2,
                args,
                kwargs,
            )?;
            let w = match &a[2] {
                Some(_) => int_arg(&a[2], "w")?,
                None => 0,
            };
            let l = match &a[3] {
                Some(_) => int_arg(&a[3], "l")?,
                None => 0,
            };
            let text = formatmonth(
                int_arg(&a[0], "theyear")?,
                int_arg(&a[1], "themonth")?,
                w,
                l,
            )?;
            if name == "month" {
                Ok(Value::str(&text))
            } else {
                crate::io::stdout_write(&text);
                Ok(Value::None)
            }
        }
        "timegm" => {
            let a = bind("timegm", &["tuple"], 1, args, kwargs)?;
            let t = a[0].clone().unwrap_or(Value::None).to_vec()?;
            if t.len() < 6 {
                return Err(PyErr::msg(
                    ExcKind::ValueError,
                    format!("not enough values to unpack (expected 6, got {})", t.len()),
                ));
            }
            let n = |i: usize| int_arg(&Some(t[i].clone()), "timegm");
            let (y, mo, d) = (n(0)?, n(1)?, n(2)?);
            // timegm: days = datetime.date(year, month, 1).toordinal() - EPOCH + day - 1
            if !(1..=12).contains(&mo) {
                return Err(PyErr::msg(ExcKind::ValueError, "month must be in 1..12"));
            }
            let days = days_from_civil(y, mo, 1) + d - 1;
            Ok(Value::int(((days * 24 + n(3)?) * 60 + n(4)?) * 60 + n(5)?))
        }
        _ => Err(unknown("calendar", name)),
    }
}

pub fn attr(name: &str) -> PyResult<Value> {
    let day = |d: i64| Ok(Value::int(d));
    match name {
        "month_name" => Ok(names(true, true)),
        "month_abbr" => Ok(names(false, true)),
        "day_name" => Ok(names(true, false)),
        "day_abbr" => Ok(names(false, false)),
        "MONDAY" => day(0),
        "TUESDAY" => day(1),
        "WEDNESDAY" => day(2),
        "THURSDAY" => day(3),
        "FRIDAY" => day(4),
        "SATURDAY" => day(5),
        "SUNDAY" => day(6),
        _ => Ok(super::callable::module_callable("calendar", name)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_and_ranges() {
        assert_eq!(weekday(2024, 2, 29).ok(), Some(3));
        assert_eq!(weekday(1, 1, 1).ok(), Some(0));
        assert_eq!(monthrange(2024, 2).ok(), Some((3, 29)));
        assert_eq!(monthrange(1900, 2).ok(), Some((3, 28)));
        assert_eq!(center("ab", 5), "  ab ");
    }
}
