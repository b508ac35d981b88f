//! `calendar` (Lib/calendar.py of CPython 3.11): the date arithmetic (isleap, leapdays,
//! weekday, monthrange, monthcalendar, timegm), the English month and day names, the
//! first weekday setting, `Calendar` and `TextCalendar` (the plain-text month and year), and
//! the module-level functions that are bound methods of the module's TextCalendar
//! (`month`, `prmonth`, `calendar`, `prcal`, `weekheader`, `monthcalendar`).

use super::stdc_util::{bind, unknown};
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::list::List;
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

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

/// Calendar.itermonthdays: the day numbers of the whole weeks covering the month, 0
/// outside it, for weeks starting on `first`.
fn month_days(y: i64, m: i64, first: i64) -> PyResult<Vec<i64>> {
    let (day1, ndays) = monthrange(y, m)?;
    let first = first.rem_euclid(7);
    let lead = (day1 - first).rem_euclid(7);
    let mut days: Vec<i64> = vec![0; lead as usize];
    days.extend(1..=ndays);
    let after = (first - day1 - ndays).rem_euclid(7);
    days.extend(std::iter::repeat_n(0, after as usize));
    Ok(days)
}

/// Calendar.monthdayscalendar: weeks of 7 day numbers, 0 outside the month.
fn month_weeks(y: i64, m: i64, first: i64) -> PyResult<Vec<Vec<i64>>> {
    Ok(month_days(y, m, first)?
        .chunks(7)
        .map(|w| w.to_vec())
        .collect())
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

/// `month_name[m]`: the list has 13 entries, so -13..=12 index it (a negative month then
/// fails in monthrange with IllegalMonthError, as in CPython).
fn month_name(m: i64) -> PyResult<&'static str> {
    let i = if m < 0 { m + 13 } else { m };
    usize::try_from(i)
        .ok()
        .and_then(|i| MONTH_NAMES.get(i))
        .copied()
        .ok_or_else(|| PyErr::msg(ExcKind::IndexError, "list index out of range"))
}

/// TextCalendar.formatweekday.
fn formatweekday(d: usize, w: usize) -> String {
    let name = if w >= 9 {
        DAY_NAMES[d % 7]
    } else {
        &DAY_NAMES[d % 7][..3]
    };
    let cut: String = name.chars().take(w).collect();
    center(&cut, w)
}

/// TextCalendar.formatweekheader.
fn weekheader(w: usize, first: i64) -> String {
    let first = first.rem_euclid(7) as usize;
    (0..7)
        .map(|i| formatweekday(first + i, w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// TextCalendar.formatmonthname.
fn formatmonthname(y: i64, m: i64, width: usize, withyear: bool) -> PyResult<String> {
    let name = month_name(m)?;
    Ok(if withyear {
        center(&format!("{name} {y}"), width)
    } else {
        center(name, width)
    })
}

/// TextCalendar.formatweek of a week of day numbers (formatday centers '%2i').
fn formatweek(week: &[i64], w: usize) -> String {
    week.iter()
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
        .collect::<Vec<_>>()
        .join(" ")
}

/// TextCalendar.formatmonth.
fn formatmonth(y: i64, m: i64, w: i64, l: i64, first: i64) -> PyResult<String> {
    let w = w.max(2) as usize;
    let l = l.max(1) as usize;
    let nl = "\n".repeat(l);
    let mut s = formatmonthname(y, m, 7 * (w + 1) - 1, true)?
        .trim_end()
        .to_string();
    s.push_str(&nl);
    s.push_str(weekheader(w, first).trim_end());
    s.push_str(&nl);
    for week in month_weeks(y, m, first)? {
        s.push_str(formatweek(&week, w).trim_end());
        s.push_str(&nl);
    }
    Ok(s)
}

/// calendar.py's formatstring: columns centered in `colwidth`, joined by `c` spaces.
fn formatstring(cols: &[String], colwidth: usize, c: usize) -> String {
    cols.iter()
        .map(|s| center(s, colwidth))
        .collect::<Vec<_>>()
        .join(&" ".repeat(c))
}

/// TextCalendar.formatyear.
fn formatyear(y: i64, w: i64, l: i64, c: i64, m: i64, first: i64) -> PyResult<String> {
    let w = w.max(2) as usize;
    let l = l.max(1) as usize;
    let c = c.max(2) as usize;
    let nl = "\n".repeat(l);
    if m <= 0 {
        // yeardays2calendar's range(0, 12, width): a zero width raises, a negative one
        // gives no rows (and the title is not padded).
        if m == 0 {
            return Err(PyErr::msg(
                ExcKind::ValueError,
                "range() arg 3 must not be zero",
            ));
        }
        return Ok(format!("{y}{nl}"));
    }
    let m = m as usize;
    let colwidth = (w + 1) * 7 - 1;
    let mut v = String::new();
    v.push_str(center(&y.to_string(), colwidth * m + c * (m - 1)).trim_end());
    v.push_str(&nl);
    let header = weekheader(w, first);
    let months: Vec<Vec<Vec<i64>>> = (1..=12)
        .map(|k| month_weeks(y, k, first))
        .collect::<PyResult<_>>()?;
    for (i, row) in months.chunks(m).enumerate() {
        let ks: Vec<i64> = (m * i + 1..(m * (i + 1) + 1).min(13))
            .map(|k| k as i64)
            .collect();
        v.push_str(&nl);
        let names: Vec<String> = ks
            .iter()
            .map(|&k| formatmonthname(y, k, colwidth, false))
            .collect::<PyResult<_>>()?;
        v.push_str(formatstring(&names, colwidth, c).trim_end());
        v.push_str(&nl);
        let headers: Vec<String> = ks.iter().map(|_| header.clone()).collect();
        v.push_str(formatstring(&headers, colwidth, c).trim_end());
        v.push_str(&nl);
        let height = row.iter().map(|cal| cal.len()).max().unwrap_or(0);
        for j in 0..height {
            let weeks: Vec<String> = row
                .iter()
                .map(|cal| cal.get(j).map(|wk| formatweek(wk, w)).unwrap_or_default())
                .collect();
            v.push_str(formatstring(&weeks, colwidth, c).trim_end());
            v.push_str(&nl);
        }
    }
    Ok(v)
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

fn opt_int(v: &Option<Value>, what: &str, dflt: i64) -> PyResult<i64> {
    match v {
        Some(_) => int_arg(v, what),
        None => Ok(dflt),
    }
}

/// A list of lists of day numbers.
fn weeks_value(weeks: &[Vec<i64>]) -> Value {
    Value::List(List::from_vec(weeks.iter().map(|w| ints(w)).collect()))
}

/// A generator-like iterator over computed values (Calendar's `iter*` methods are
/// generators in Lib/calendar.py).
fn gen_of(func: &'static str, items: Vec<Value>) -> Value {
    let mut it = items.into_iter();
    super::itertools::IterObj::generator(
        func,
        crate::iter::Iter::from_fn("generator", move || Ok(it.next())),
    )
}

/// The methods shared by `calendar.Calendar`/`TextCalendar` objects and the module-level
/// functions (which are bound methods of the module's TextCalendar in Lib/calendar.py).
/// `first` is the calendar's first weekday.
fn cal_method(
    name: &str,
    first: i64,
    text: bool,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    let ym = |q: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>| -> PyResult<(i64, i64)> {
        let a = bind(q, &["year", "month"], 2, args, kwargs)?;
        Ok((int_arg(&a[0], "year")?, int_arg(&a[1], "month")?))
    };
    Ok(match (name, text) {
        ("iterweekdays", _) => {
            bind("Calendar.iterweekdays", &[], 0, args, kwargs)?;
            let f = first.rem_euclid(7);
            gen_of(
                "Calendar.iterweekdays",
                (0..7).map(|i| Value::int((f + i) % 7)).collect(),
            )
        }
        ("itermonthdays", _) => {
            let (y, m) = ym("Calendar.itermonthdays", args, kwargs)?;
            let days = month_days(y, m, first)?;
            gen_of(
                "Calendar.itermonthdays",
                days.into_iter().map(Value::int).collect(),
            )
        }
        ("itermonthdays2", _) => {
            let (y, m) = ym("Calendar.itermonthdays2", args, kwargs)?;
            let f = first.rem_euclid(7);
            let days = month_days(y, m, first)?;
            let items = days
                .into_iter()
                .enumerate()
                .map(|(i, d)| {
                    super::stdc_util::tuple(vec![Value::int(d), Value::int((f + i as i64) % 7)])
                })
                .collect();
            gen_of("Calendar.itermonthdays2", items)
        }
        ("monthdayscalendar", _) => {
            let (y, m) = ym("Calendar.monthdayscalendar", args, kwargs)?;
            weeks_value(&month_weeks(y, m, first)?)
        }
        ("monthdays2calendar", _) => {
            let (y, m) = ym("Calendar.monthdays2calendar", args, kwargs)?;
            let f = first.rem_euclid(7);
            let weeks = month_weeks(y, m, first)?;
            Value::List(List::from_vec(
                weeks
                    .iter()
                    .map(|w| {
                        Value::List(List::from_vec(
                            w.iter()
                                .enumerate()
                                .map(|(i, &d)| {
                                    super::stdc_util::tuple(vec![
                                        Value::int(d),
                                        Value::int((f + i as i64) % 7),
                                    ])
                                })
                                .collect(),
                        ))
                    })
                    .collect(),
            ))
        }
        ("yeardayscalendar", _) => {
            let a = bind(
                "Calendar.yeardayscalendar",
                &["year", "width"],
                1,
                args,
                kwargs,
            )?;
            let y = int_arg(&a[0], "year")?;
            let width = opt_int(&a[1], "width", 3)?;
            if width <= 0 {
                if width == 0 {
                    return Err(PyErr::msg(
                        ExcKind::ValueError,
                        "range() arg 3 must not be zero",
                    ));
                }
                return Ok(Value::List(List::from_vec(vec![])));
            }
            let months: Vec<Value> = (1..=12)
                .map(|k| month_weeks(y, k, first).map(|w| weeks_value(&w)))
                .collect::<PyResult<_>>()?;
            Value::List(List::from_vec(
                months
                    .chunks(width as usize)
                    .map(|c| Value::List(List::from_vec(c.to_vec())))
                    .collect(),
            ))
        }
        ("formatmonth" | "prmonth", true) => {
            let q = if name == "prmonth" {
                "TextCalendar.prmonth"
            } else {
                "TextCalendar.formatmonth"
            };
            let a = bind(q, &["theyear", "themonth", "w", "l"], 2, args, kwargs)?;
            let text = formatmonth(
                int_arg(&a[0], "theyear")?,
                int_arg(&a[1], "themonth")?,
                opt_int(&a[2], "w", 0)?,
                opt_int(&a[3], "l", 0)?,
                first,
            )?;
            emit(name == "prmonth", text)
        }
        ("formatyear" | "pryear", true) => {
            let q = if name == "pryear" {
                "TextCalendar.pryear"
            } else {
                "TextCalendar.formatyear"
            };
            let a = bind(q, &["theyear", "w", "l", "c", "m"], 1, args, kwargs)?;
            let dw = if name == "pryear" { 0 } else { 2 };
            let dl = if name == "pryear" { 0 } else { 1 };
            let text = formatyear(
                int_arg(&a[0], "theyear")?,
                opt_int(&a[1], "w", dw)?,
                opt_int(&a[2], "l", dl)?,
                opt_int(&a[3], "c", 6)?,
                opt_int(&a[4], "m", 3)?,
                first,
            )?;
            emit(name == "pryear", text)
        }
        ("formatweekheader", true) => {
            let a = bind("TextCalendar.formatweekheader", &["width"], 1, args, kwargs)?;
            let w = int_arg(&a[0], "width")?;
            Value::str(&weekheader(w.max(0) as usize, first))
        }
        ("formatmonthname", true) => {
            let a = bind(
                "TextCalendar.formatmonthname",
                &["theyear", "themonth", "width", "withyear"],
                3,
                args,
                kwargs,
            )?;
            let withyear = match &a[3] {
                Some(v) => v.try_truthy()?,
                None => true,
            };
            Value::str(&formatmonthname(
                int_arg(&a[0], "theyear")?,
                int_arg(&a[1], "themonth")?,
                int_arg(&a[2], "width")?.max(0) as usize,
                withyear,
            )?)
        }
        ("formatweekday", true) => {
            let a = bind(
                "TextCalendar.formatweekday",
                &["day", "width"],
                2,
                args,
                kwargs,
            )?;
            let d = int_arg(&a[0], "day")?;
            let w = int_arg(&a[1], "width")?;
            // day_name[day]: a list of 7.
            let d = if d < 0 { d + 7 } else { d };
            if !(0..7).contains(&d) {
                return Err(PyErr::msg(ExcKind::IndexError, "list index out of range"));
            }
            Value::str(&formatweekday(d as usize, w.max(0) as usize))
        }
        _ => return Err(unknown("calendar", name)),
    })
}

/// Whether `name` is a method `cal_method` implements (TextCalendar's only when `text`).
fn is_cal_method(name: &str, text: bool) -> bool {
    matches!(
        name,
        "iterweekdays"
            | "itermonthdays"
            | "itermonthdays2"
            | "monthdayscalendar"
            | "monthdays2calendar"
            | "yeardayscalendar"
    ) || (text
        && matches!(
            name,
            "formatmonth"
                | "prmonth"
                | "formatyear"
                | "pryear"
                | "formatweekheader"
                | "formatmonthname"
                | "formatweekday"
        ))
}

/// The text, or print it without a newline (`print(..., end='')`) for the `pr*` methods.
fn emit(print: bool, text: String) -> Value {
    if print {
        crate::io::stdout_write(&text);
        Value::None
    } else {
        Value::str(&text)
    }
}

/// `calendar.Calendar(firstweekday=0)` and `calendar.TextCalendar(firstweekday=0)`.
pub struct CalObj {
    /// `_firstweekday`, as set (the `firstweekday` property reads it modulo 7).
    first: Cell<i64>,
    text: bool,
}

impl Object for CalObj {
    fn type_name(&self) -> &'static str {
        if self.text {
            "calendar.TextCalendar"
        } else {
            "calendar.Calendar"
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<{} object at {:#x}>",
            self.type_name(),
            self as *const _ as usize
        ));
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "firstweekday" => Ok(Value::int(self.first.get().rem_euclid(7))),
            _ => Err(crate::attr::no_attr(self.cls(), name)),
        }
    }
    fn setattr(&self, _this: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        match name {
            "firstweekday" => {
                self.first.set(int_arg(&Some(value), "firstweekday")?);
                Ok(())
            }
            _ => Err(crate::attr::no_attr(self.cls(), name)),
        }
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            "getfirstweekday" => {
                bind("Calendar.getfirstweekday", &[], 0, args, kwargs)?;
                Ok(Value::int(self.first.get().rem_euclid(7)))
            }
            "setfirstweekday" => {
                let a = bind(
                    "Calendar.setfirstweekday",
                    &["firstweekday"],
                    1,
                    args,
                    kwargs,
                )?;
                self.first.set(int_arg(&a[0], "firstweekday")?);
                Ok(Value::None)
            }
            _ if is_cal_method(name, self.text) => {
                cal_method(name, self.first.get(), self.text, args, kwargs)
            }
            _ => Err(crate::attr::no_attr(self.cls(), name)),
        }
    }
}

impl CalObj {
    fn cls(&self) -> &'static str {
        if self.text {
            "TextCalendar"
        } else {
            "Calendar"
        }
    }
}

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let first = FIRST.with(|f| f.get());
    // The module-level functions that are bound methods of the module's TextCalendar.
    let method = match name {
        "month" => Some("formatmonth"),
        "prmonth" => Some("prmonth"),
        "calendar" => Some("formatyear"),
        "prcal" => Some("pryear"),
        "weekheader" => Some("formatweekheader"),
        "monthcalendar" => Some("monthdayscalendar"),
        _ => None,
    };
    if let Some(m) = method {
        return cal_method(m, first, true, args, kwargs);
    }
    match name {
        "Calendar" | "TextCalendar" => {
            let a = bind(
                &format!("{name}.__init__"),
                &["firstweekday"],
                0,
                args,
                kwargs,
            )?;
            let first = opt_int(&a[0], "firstweekday", 0)?;
            Ok(Value::Obj(Rc::new(CalObj {
                first: Cell::new(first),
                text: name == "TextCalendar",
            })))
        }
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
        "firstweekday" => {
            bind("Calendar.getfirstweekday", &[], 0, args, kwargs)?;
            Ok(Value::int(first.rem_euclid(7)))
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
