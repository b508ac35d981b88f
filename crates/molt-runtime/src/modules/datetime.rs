//! `datetime`: naive `date`, `datetime` and `timedelta` (Lib/datetime.py and
//! Modules/_datetimemodule.c of CPython 3.11): construction with range checks, arithmetic
//! and normalisation, comparisons, hashes equal to CPython's, str/repr, isoformat,
//! fromisoformat (all 3.11 forms without a UTC offset), strftime (glibc's C-locale
//! directives), weekday/isoweekday/isocalendar, replace, toordinal/fromordinal,
//! timestamp/fromtimestamp, today/now. Local time is supported when the machine's zone is
//! UTC (TZ unset or UTC, /etc/localtime UTC); other zones and tz-aware values raise
//! NotImplementedError rather than give a wrong answer.

use super::fractions::Fraction;
use super::stdc_util::{as_obj, bind, class, obj, s, tuple, unknown};
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::int::Int;
use crate::obj::CmpOp;
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::{BinOp, Value, ValueIter};
use std::any::Any;
use std::cmp::Ordering;

const MAX_ORDINAL: i64 = 3652059;
const US_PER_DAY: i128 = 86_400_000_000;
const EPOCH_ORDINAL: i64 = 719163;
const DAYS_IN_MONTH: [i64; 13] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTH_NAMES: [&str; 12] = [
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

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    if m == 2 && is_leap(y) {
        29
    } else {
        DAYS_IN_MONTH[m as usize]
    }
}

fn days_before_month(y: i64, m: i64) -> i64 {
    (1..m).map(|k| days_in_month(y, k)).sum()
}

fn ymd_to_ord(y: i64, m: i64, d: i64) -> i64 {
    let y1 = y - 1;
    y1 * 365 + y1 / 4 - y1 / 100 + y1 / 400 + days_before_month(y, m) + d
}

/// `_ord2ymd`.
fn ord_to_ymd(n: i64) -> (i64, i64, i64) {
    const DI400Y: i64 = 146097;
    const DI100Y: i64 = 36524;
    const DI4Y: i64 = 1461;
    let n = n - 1;
    let (n400, n) = (n.div_euclid(DI400Y), n.rem_euclid(DI400Y));
    let mut year = n400 * 400 + 1;
    let (n100, n) = (n / DI100Y, n % DI100Y);
    let (n4, n) = (n / DI4Y, n % DI4Y);
    let (n1, n) = (n / 365, n % 365);
    year += n100 * 100 + n4 * 4 + n1;
    if n1 == 4 || n100 == 4 {
        return (year - 1, 12, 31);
    }
    let mut month = 1;
    let mut n = n;
    while n >= days_in_month(year, month) {
        n -= days_in_month(year, month);
        month += 1;
    }
    (year, month, n + 1)
}

fn isoweek1monday(year: i64) -> i64 {
    let firstday = ymd_to_ord(year, 1, 1);
    let firstweekday = (firstday + 6) % 7;
    let mut w = firstday - firstweekday;
    if firstweekday > 3 {
        w += 7;
    }
    w
}

fn range_err() -> PyErr {
    PyErr::msg(ExcKind::OverflowError, "date value out of range")
}

// ---------------------------------------------------------------- timedelta

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct TimeDelta {
    days: i64,
    secs: i64,
    us: i64,
}

impl TimeDelta {
    fn total_us(&self) -> i128 {
        self.days as i128 * US_PER_DAY + self.secs as i128 * 1_000_000 + self.us as i128
    }

    fn from_us(us: i128) -> PyResult<TimeDelta> {
        let days = us.div_euclid(US_PER_DAY);
        let rem = us.rem_euclid(US_PER_DAY);
        if days.abs() > 999_999_999 {
            return Err(PyErr::msg(
                ExcKind::OverflowError,
                format!("days={days}; must have magnitude <= 999999999"),
            ));
        }
        Ok(TimeDelta {
            days: days as i64,
            secs: (rem / 1_000_000) as i64,
            us: (rem % 1_000_000) as i64,
        })
    }

    fn from_int(us: &Int) -> PyResult<TimeDelta> {
        match us.to_i128() {
            Some(x) if x.abs() < i128::MAX / 4 => TimeDelta::from_us(x),
            _ => Err(PyErr::msg(
                ExcKind::OverflowError,
                "Python int too large to convert to C int",
            )),
        }
    }

    fn repr(&self) -> String {
        let mut parts = Vec::new();
        if self.days != 0 {
            parts.push(format!("days={}", self.days));
        }
        if self.secs != 0 {
            parts.push(format!("seconds={}", self.secs));
        }
        if self.us != 0 {
            parts.push(format!("microseconds={}", self.us));
        }
        if parts.is_empty() {
            parts.push("0".to_string());
        }
        format!("datetime.timedelta({})", parts.join(", "))
    }

    fn str(&self) -> String {
        let (mm, ss) = (self.secs / 60, self.secs % 60);
        let (hh, mm) = (mm / 60, mm % 60);
        let mut s = format!("{hh}:{mm:02}:{ss:02}");
        if self.days != 0 {
            let plural = if self.days.abs() != 1 { "s" } else { "" };
            s = format!("{} day{plural}, {s}", self.days);
        }
        if self.us != 0 {
            s.push_str(&format!(".{:06}", self.us));
        }
        s
    }
}

fn td(t: TimeDelta) -> Value {
    obj(t)
}

/// The microseconds of a timedelta component (`days=1.5` etc.), exactly.
fn component(v: &Value, unit_us: i64, name: &str) -> PyResult<Fraction> {
    let unit = Fraction::from_int(Int::from(unit_us));
    let x = match v {
        Value::Float(f) => Fraction::from_f64(*f)?,
        _ => match v.as_int() {
            Some(i) => Fraction::from_int(i),
            None => {
                return type_error(format!(
                    "unsupported type for timedelta {name} component: {}",
                    v.class_name()
                ));
            }
        },
    };
    x.mul(&unit)
}

fn new_timedelta(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<TimeDelta> {
    const NAMES: [&str; 7] = [
        "days",
        "seconds",
        "microseconds",
        "milliseconds",
        "minutes",
        "hours",
        "weeks",
    ];
    const UNITS: [i64; 7] = [
        86_400_000_000,
        1_000_000,
        1,
        1000,
        60_000_000,
        3_600_000_000,
        604_800_000_000,
    ];
    let a = bind("timedelta", &NAMES, 0, args, kwargs)?;
    let mut total = Fraction::from_int(Int::ZERO);
    for (i, v) in a.iter().enumerate() {
        if let Some(v) = v {
            total = total.add(&component(v, UNITS[i], NAMES[i])?)?;
        }
    }
    TimeDelta::from_int(&total.round()?)
}

/// `round(us * n / d)`, half to even (`_divide_and_round`).
fn scaled(us: i128, n: &Int, d: &Int) -> PyResult<TimeDelta> {
    let f = Fraction::new(Int::from(us).mul(n), d.clone())?;
    TimeDelta::from_int(&f.round()?)
}

fn tdiv_zero() -> PyErr {
    PyErr::msg(
        ExcKind::ZeroDivisionError,
        "integer division or modulo by zero",
    )
}

/// copy/deepcopy of these immutable values: an equal, new object, as CPython's
/// `__reduce_ex__` makes (so `copy.copy(d) is d` is False there too).
macro_rules! copy_as_new {
    () => {
        fn py_copy(&self, _this: &ObjRef) -> Option<PyResult<Value>> {
            Some(Ok(obj(*self)))
        }
        fn py_deepcopy(
            &self,
            _this: &ObjRef,
            _deep: &mut dyn FnMut(&Value) -> PyResult<Value>,
        ) -> Option<PyResult<Value>> {
            Some(Ok(obj(*self)))
        }
    };
}

impl Object for TimeDelta {
    copy_as_new!();
    fn type_name(&self) -> &'static str {
        "timedelta"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&self.repr());
        Ok(())
    }
    fn str_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&self.str());
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        Ok(Some(as_obj::<TimeDelta>(other).is_some_and(|o| o == self)))
    }
    fn compare(&self, _this: &ObjRef, other: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        match as_obj::<TimeDelta>(other) {
            Some(o) => Ok(Some(cmp_op(self.total_us().cmp(&o.total_us()), op))),
            None => Err(cmp_type_error(op, "datetime.timedelta", other)),
        }
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        let hs = [self.days, self.secs, self.us].map(crate::hash::hash_i64);
        Ok(crate::hash::hash_tuple(hs.into_iter()))
    }
    fn truthy(&self, _this: &ObjRef) -> PyResult<bool> {
        Ok(self.total_us() != 0)
    }
    fn unary(&self, _this: &ObjRef, op: &str) -> PyResult<Value> {
        match op {
            "-" => Ok(td(TimeDelta::from_us(-self.total_us())?)),
            "+" => Ok(td(*self)),
            "abs" => Ok(td(TimeDelta::from_us(self.total_us().abs())?)),
            _ => type_error(format!(
                "bad operand type for unary {op}: 'datetime.timedelta'"
            )),
        }
    }
    fn binop(
        &self,
        _this: &ObjRef,
        op: BinOp,
        other: &Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        let me = self.total_us();
        if let Some(o) = as_obj::<TimeDelta>(other) {
            let (a, b) = if reflected {
                (o.total_us(), me)
            } else {
                (me, o.total_us())
            };
            return Ok(Some(match op {
                BinOp::Add => td(TimeDelta::from_us(a + b)?),
                BinOp::Sub => td(TimeDelta::from_us(a - b)?),
                BinOp::TrueDiv => {
                    if b == 0 {
                        return Err(tdiv_zero());
                    }
                    Value::Float(Int::from(a).truediv(&Int::from(b))?)
                }
                BinOp::FloorDiv => {
                    if b == 0 {
                        return Err(tdiv_zero());
                    }
                    Value::Int(Int::from(a).floordiv(&Int::from(b))?)
                }
                BinOp::Mod => {
                    if b == 0 {
                        return Err(tdiv_zero());
                    }
                    let r = Int::from(a).modulo(&Int::from(b))?;
                    td(TimeDelta::from_int(&r)?)
                }
                _ => {
                    return Err(op_type_error(
                        op,
                        if reflected { other } else { &Value::None },
                        self,
                        other,
                        reflected,
                    ));
                }
            }));
        }
        // Dates and datetimes handle timedelta + date themselves.
        if as_obj::<Date>(other).is_some() || as_obj::<DateTime>(other).is_some() {
            return Ok(None);
        }
        match (op, other) {
            (BinOp::Mul, Value::Float(f)) => {
                let (n, d) = crate::float::as_integer_ratio(*f)?;
                Ok(Some(td(scaled(me, &n, &d)?)))
            }
            (BinOp::Mul, v) if v.as_int().is_some() => {
                let n = v.as_int().unwrap_or(Int::ZERO);
                Ok(Some(td(TimeDelta::from_int(&Int::from(me).mul(&n))?)))
            }
            (BinOp::TrueDiv, Value::Float(f)) if !reflected => {
                let (n, d) = crate::float::as_integer_ratio(*f)?;
                if n.is_zero() {
                    return Err(PyErr::msg(
                        ExcKind::ZeroDivisionError,
                        "float division by zero",
                    ));
                }
                Ok(Some(td(scaled(me, &d, &n)?)))
            }
            (BinOp::TrueDiv, v) if !reflected && v.as_int().is_some() => {
                let n = v.as_int().unwrap_or(Int::ZERO);
                if n.is_zero() {
                    return Err(tdiv_zero());
                }
                Ok(Some(td(scaled(me, &Int::ONE, &n)?)))
            }
            (BinOp::FloorDiv, v) if !reflected && v.as_int().is_some() => {
                let n = v.as_int().unwrap_or(Int::ZERO);
                if n.is_zero() {
                    return Err(tdiv_zero());
                }
                Ok(Some(td(TimeDelta::from_int(&Int::from(me).floordiv(&n)?)?)))
            }
            _ => Err(op_type_error(op, other, self, other, reflected)),
        }
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "days" => Ok(Value::int(self.days)),
            "seconds" => Ok(Value::int(self.secs)),
            "microseconds" => Ok(Value::int(self.us)),
            _ => Err(no_attr("datetime.timedelta", name)),
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
            "total_seconds" => {
                bind("total_seconds", &[], 0, args, kwargs)?;
                Ok(Value::Float(
                    Int::from(self.total_us()).truediv(&Int::from(1_000_000))?,
                ))
            }
            _ => Err(no_attr("datetime.timedelta", name)),
        }
    }
}

fn no_attr(t: &str, name: &str) -> PyErr {
    PyErr::msg(
        ExcKind::AttributeError,
        format!("'{t}' object has no attribute '{name}'"),
    )
}

fn qualname(v: &Value) -> String {
    if as_obj::<TimeDelta>(v).is_some() {
        "datetime.timedelta".into()
    } else if as_obj::<DateTime>(v).is_some() {
        "datetime.datetime".into()
    } else if as_obj::<Date>(v).is_some() {
        "datetime.date".into()
    } else if as_obj::<Time>(v).is_some() {
        "datetime.time".into()
    } else {
        v.class_name().into()
    }
}

fn op_type_error(
    op: BinOp,
    _unused: &Value,
    me: &dyn Object,
    other: &Value,
    reflected: bool,
) -> PyErr {
    let mine = match me.type_name() {
        "timedelta" => "datetime.timedelta",
        "datetime" => "datetime.datetime",
        _ => "datetime.date",
    };
    let theirs = qualname(other);
    let (a, b) = if reflected {
        (theirs.as_str(), mine)
    } else {
        (mine, theirs.as_str())
    };
    PyErr::msg(
        ExcKind::TypeError,
        format!(
            "unsupported operand type(s) for {}: '{a}' and '{b}'",
            op.symbol()
        ),
    )
}

fn cmp_type_error(op: CmpOp, mine: &str, other: &Value) -> PyErr {
    PyErr::msg(
        ExcKind::TypeError,
        format!(
            "'{}' not supported between instances of '{mine}' and '{}'",
            op.symbol(),
            qualname(other)
        ),
    )
}

fn cmp_op(o: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

// ---------------------------------------------------------------- date

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub struct Date {
    y: i64,
    m: i64,
    d: i64,
}

fn int_field(v: &Value) -> PyResult<i64> {
    match v {
        Value::Float(_) => type_error("'float' object cannot be interpreted as an integer"),
        _ => match v.as_int() {
            Some(i) => Ok(i.as_i64().unwrap_or(i64::MAX)),
            None => type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.class_name()
            )),
        },
    }
}

fn check_date(y: i64, m: i64, d: i64) -> PyResult<Date> {
    if !(1..=9999).contains(&y) {
        return value_error(format!("year {y} is out of range"));
    }
    if !(1..=12).contains(&m) {
        return value_error("month must be in 1..12");
    }
    if d < 1 || d > days_in_month(y, m) {
        return value_error("day is out of range for month");
    }
    Ok(Date { y, m, d })
}

fn check_time(h: i64, mi: i64, s: i64, us: i64) -> PyResult<()> {
    if !(0..=23).contains(&h) {
        return value_error("hour must be in 0..23");
    }
    if !(0..=59).contains(&mi) {
        return value_error("minute must be in 0..59");
    }
    if !(0..=59).contains(&s) {
        return value_error("second must be in 0..59");
    }
    if !(0..=999_999).contains(&us) {
        return value_error("microsecond must be in 0..999999");
    }
    Ok(())
}

impl Date {
    fn ordinal(&self) -> i64 {
        ymd_to_ord(self.y, self.m, self.d)
    }
    fn from_ordinal(n: i64) -> PyResult<Date> {
        if !(1..=MAX_ORDINAL).contains(&n) {
            return Err(range_err());
        }
        let (y, m, d) = ord_to_ymd(n);
        Ok(Date { y, m, d })
    }
    fn weekday(&self) -> i64 {
        (self.ordinal() + 6) % 7
    }
    fn isocalendar(&self) -> (i64, i64, i64) {
        let mut year = self.y;
        let mut w1 = isoweek1monday(year);
        let today = self.ordinal();
        let (mut week, mut day) = ((today - w1).div_euclid(7), (today - w1).rem_euclid(7));
        if week < 0 {
            year -= 1;
            w1 = isoweek1monday(year);
            week = (today - w1).div_euclid(7);
            day = (today - w1).rem_euclid(7);
        } else if week >= 52 && today >= isoweek1monday(year + 1) {
            year += 1;
            week = 0;
        }
        (year, week + 1, day + 1)
    }
    fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
    fn hash_bytes(&self) -> [u8; 4] {
        [
            (self.y >> 8) as u8,
            (self.y & 0xff) as u8,
            self.m as u8,
            self.d as u8,
        ]
    }
}

/// glibc strftime in the C locale, plus Python's %f.
fn strftime(date: &Date, h: i64, mi: i64, sec: i64, us: i64, fmt: &str) -> String {
    strftime_tz(date, h, mi, sec, us, fmt, ("", ""))
}

/// strftime with the texts of %z and %Z (empty for naive values).
/// Broken-down time for strftime (struct tm): month 1-12, weekday Monday=0, yday 0-based.
pub(super) struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    pub wday: i64,
    pub yday: i64,
}

fn strftime_tz(
    date: &Date,
    h: i64,
    mi: i64,
    sec: i64,
    us: i64,
    fmt: &str,
    tz: (&str, &str),
) -> String {
    let tm = Tm {
        year: date.y,
        mon: date.m,
        mday: date.d,
        hour: h,
        min: mi,
        sec,
        wday: date.weekday(),
        yday: date.ordinal() - ymd_to_ord(date.y, 1, 1),
    };
    strftime_tm(&tm, us, fmt, tz)
}

/// glibc's iso_week_days (time/strftime_l.c): days since the Monday of ISO week 1.
fn iso_week_days(yday: i64, wday_sun0: i64) -> i64 {
    let big = (366 / 7 + 2) * 7;
    yday - (yday - wday_sun0 + 4 + big) % 7 + 4 - 1
}

/// strftime over the fields of a struct tm, as glibc formats them in the C locale.
pub(super) fn strftime_tm(tm: &Tm, us: i64, fmt: &str, tz: (&str, &str)) -> String {
    let mut out = String::new();
    let mut it = fmt.chars().peekable();
    let (h, mi, sec) = (tm.hour, tm.min, tm.sec);
    let wd = tm.wday.rem_euclid(7);
    let yday = tm.yday;
    let sunday_wd = (wd + 1) % 7;
    let h12 = if h % 12 == 0 { 12 } else { h % 12 };
    let (iy, iw, iday) = {
        let mut year = tm.year;
        let mut days = iso_week_days(yday, sunday_wd);
        if days < 0 {
            year -= 1;
            days = iso_week_days(yday + 365 + is_leap(year) as i64, sunday_wd);
        } else {
            let d = iso_week_days(yday - (365 + is_leap(year) as i64), sunday_wd);
            if d >= 0 {
                year += 1;
                days = d;
            }
        }
        (year, days / 7 + 1, (sunday_wd + 6) % 7 + 1)
    };
    struct D {
        y: i64,
        m: i64,
        d: i64,
    }
    let date = D {
        y: tm.year,
        m: tm.mon,
        d: tm.mday,
    };
    while let Some(c) = it.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = it.next() else {
            out.push('%');
            break;
        };
        let piece = match d {
            'a' => DAY_NAMES[wd as usize][..3].to_string(),
            'A' => DAY_NAMES[wd as usize].to_string(),
            'b' | 'h' => MONTH_NAMES[date.m as usize - 1][..3].to_string(),
            'B' => MONTH_NAMES[date.m as usize - 1].to_string(),
            'c' => format!(
                "{} {} {:>2} {:02}:{:02}:{:02} {}",
                &DAY_NAMES[wd as usize][..3],
                &MONTH_NAMES[date.m as usize - 1][..3],
                date.d,
                h,
                mi,
                sec,
                date.y
            ),
            // glibc prints the century of years before 1000 unpadded.
            'C' => format!("{}", date.y / 100),
            'd' => format!("{:02}", date.d),
            'D' | 'x' => format!("{:02}/{:02}/{:02}", date.m, date.d, date.y % 100),
            'e' => format!("{:>2}", date.d),
            'f' => format!("{us:06}"),
            'F' => format!("{}-{:02}-{:02}", date.y, date.m, date.d),
            'g' => format!("{:02}", iy % 100),
            'G' => format!("{iy}"),
            'H' => format!("{h:02}"),
            'I' => format!("{h12:02}"),
            'j' => format!("{:03}", yday + 1),
            'k' => format!("{h:>2}"),
            'l' => format!("{h12:>2}"),
            'm' => format!("{:02}", date.m),
            'M' => format!("{mi:02}"),
            'n' => "\n".to_string(),
            'p' => (if h < 12 { "AM" } else { "PM" }).to_string(),
            'P' => (if h < 12 { "am" } else { "pm" }).to_string(),
            'r' => format!(
                "{h12:02}:{mi:02}:{sec:02} {}",
                if h < 12 { "AM" } else { "PM" }
            ),
            'R' => format!("{h:02}:{mi:02}"),
            'S' => format!("{sec:02}"),
            't' => "\t".to_string(),
            'T' | 'X' => format!("{h:02}:{mi:02}:{sec:02}"),
            'u' => format!("{iday}"),
            'U' => format!("{:02}", (yday + 7 - sunday_wd) / 7),
            'V' => format!("{iw:02}"),
            'w' => format!("{sunday_wd}"),
            'W' => format!("{:02}", (yday + 7 - wd) / 7),
            'y' => format!("{:02}", date.y % 100),
            'Y' => format!("{}", date.y),
            'z' => tz.0.to_string(),
            'Z' => tz.1.to_string(),
            '%' => "%".to_string(),
            other => format!("%{other}"),
        };
        out.push_str(&piece);
    }
    out
}

fn date_v(d: Date) -> Value {
    obj(d)
}

fn add_days(d: &Date, days: i64) -> PyResult<Date> {
    Date::from_ordinal(d.ordinal().checked_add(days).ok_or_else(range_err)?)
}

impl Object for Date {
    copy_as_new!();
    fn type_name(&self) -> &'static str {
        "date"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "datetime.date({}, {}, {})",
            self.y, self.m, self.d
        ));
        Ok(())
    }
    fn str_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&self.iso());
        Ok(())
    }
    fn format(&self, _this: &ObjRef, spec: &str) -> PyResult<String> {
        Ok(if spec.is_empty() {
            self.iso()
        } else {
            strftime(self, 0, 0, 0, 0, spec)
        })
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        Ok(Some(as_obj::<Date>(other).is_some_and(|o| o == self)))
    }
    fn compare(&self, _this: &ObjRef, other: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        if as_obj::<DateTime>(other).is_some() {
            return type_error("can't compare datetime.datetime to datetime.date");
        }
        match as_obj::<Date>(other) {
            Some(o) => Ok(Some(cmp_op(self.cmp(o), op))),
            None => Err(cmp_type_error(op, "datetime.date", other)),
        }
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        Ok(crate::hash::hash_bytes(&self.hash_bytes()))
    }
    fn binop(
        &self,
        _this: &ObjRef,
        op: BinOp,
        other: &Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        if let Some(t) = as_obj::<TimeDelta>(other) {
            // Only the days of the timedelta count (date_add in _datetimemodule.c).
            return match (op, reflected) {
                (BinOp::Add, _) => Ok(Some(date_v(add_days(self, t.days)?))),
                (BinOp::Sub, false) => Ok(Some(date_v(add_days(self, -t.days)?))),
                _ => Err(op_type_error(op, other, self, other, reflected)),
            };
        }
        if let (BinOp::Sub, Some(o)) = (op, as_obj::<Date>(other)) {
            let (a, b) = if reflected { (o, self) } else { (self, o) };
            return Ok(Some(td(TimeDelta::from_us(
                (a.ordinal() - b.ordinal()) as i128 * US_PER_DAY,
            )?)));
        }
        if as_obj::<DateTime>(other).is_some() {
            return Err(op_type_error(op, other, self, other, reflected));
        }
        Err(op_type_error(op, other, self, other, reflected))
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "year" => Ok(Value::int(self.y)),
            "month" => Ok(Value::int(self.m)),
            "day" => Ok(Value::int(self.d)),
            _ => Err(no_attr("datetime.date", name)),
        }
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        if let Some(v) = common_method(self, None, name, &args, &kwargs)? {
            return Ok(v);
        }
        match name {
            "isoformat" | "__str__" => {
                bind(name, &[], 0, args, kwargs)?;
                Ok(s(&self.iso()))
            }
            "strftime" => {
                let a = bind("strftime", &["format"], 1, args, kwargs)?;
                let f = fmt_arg(&a[0])?;
                Ok(s(&strftime(self, 0, 0, 0, 0, &f)))
            }
            "replace" => {
                let a = bind("replace", &["year", "month", "day"], 0, args, kwargs)?;
                let pick = |i: usize, d: i64| -> PyResult<i64> {
                    match &a[i] {
                        Some(v) => int_field(v),
                        None => Ok(d),
                    }
                };
                Ok(date_v(check_date(
                    pick(0, self.y)?,
                    pick(1, self.m)?,
                    pick(2, self.d)?,
                )?))
            }
            _ => Err(no_attr("datetime.date", name)),
        }
    }
}

fn fmt_arg(v: &Option<Value>) -> PyResult<String> {
    match v {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(v) => type_error(format!(
            "strftime() argument 1 must be str, not {}",
            v.class_name()
        )),
        None => Ok(String::new()),
    }
}

/// Methods shared by date and datetime.
fn common_method(
    d: &Date,
    _dt: Option<&DateTime>,
    name: &str,
    args: &[Value],
    kwargs: &[(Str, Value)],
) -> PyResult<Option<Value>> {
    let noargs = || bind(name, &[], 0, args.to_vec(), kwargs.to_vec()).map(|_| ());
    Ok(Some(match name {
        "weekday" => {
            noargs()?;
            Value::int(d.weekday())
        }
        "isoweekday" => {
            noargs()?;
            Value::int(d.weekday() + 1)
        }
        "toordinal" => {
            noargs()?;
            Value::int(d.ordinal())
        }
        "isocalendar" => {
            noargs()?;
            let (y, w, wd) = d.isocalendar();
            obj(IsoCalendarDate(y, w, wd))
        }
        "timetuple" => {
            noargs()?;
            let (h, mi, sec) = _dt.map_or((0, 0, 0), |t| (t.h, t.mi, t.s));
            let yday = d.ordinal() - ymd_to_ord(d.y, 1, 1) + 1;
            super::time::naive_struct_time([d.y, d.m, d.d, h, mi, sec, d.weekday(), yday, -1])
        }
        "ctime" => {
            noargs()?;
            let (h, mi, sec) = _dt.map_or((0, 0, 0), |t| (t.h, t.mi, t.s));
            s(&strftime(d, h, mi, sec, 0, "%a %b %e %H:%M:%S %Y"))
        }
        _ => return Ok(None),
    }))
}

/// `date.isocalendar()`'s named tuple.
struct IsoCalendarDate(i64, i64, i64);

impl IsoCalendarDate {
    fn items(&self) -> Vec<Value> {
        vec![Value::int(self.0), Value::int(self.1), Value::int(self.2)]
    }
}

impl Object for IsoCalendarDate {
    fn type_name(&self) -> &'static str {
        "IsoCalendarDate"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "datetime.IsoCalendarDate(year={}, week={}, weekday={})",
            self.0, self.1, self.2
        ));
        Ok(())
    }
    fn len(&self, _this: &ObjRef) -> PyResult<usize> {
        Ok(3)
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        let mine = tuple(self.items());
        match other {
            Value::Tuple(_) => Ok(Some(mine.eq(other)?)),
            _ => {
                Ok(Some(as_obj::<IsoCalendarDate>(other).is_some_and(|o| {
                    (o.0, o.1, o.2) == (self.0, self.1, self.2)
                })))
            }
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
        match name {
            "year" => Ok(Value::int(self.0)),
            "week" => Ok(Value::int(self.1)),
            "weekday" => Ok(Value::int(self.2)),
            _ => Err(no_attr("datetime.IsoCalendarDate", name)),
        }
    }
}

// ---------------------------------------------------------------- datetime

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub struct DateTime {
    date: Date,
    h: i64,
    mi: i64,
    s: i64,
    us: i64,
}

impl DateTime {
    fn total_us(&self) -> i128 {
        (self.date.ordinal() as i128 * 86400 + (self.h * 3600 + self.mi * 60 + self.s) as i128)
            * 1_000_000
            + self.us as i128
    }
    fn from_total_us(t: i128) -> PyResult<DateTime> {
        let days = t.div_euclid(US_PER_DAY);
        let rem = t.rem_euclid(US_PER_DAY);
        if days < 1 || days > MAX_ORDINAL as i128 {
            return Err(range_err());
        }
        let date = Date::from_ordinal(days as i64)?;
        let secs = (rem / 1_000_000) as i64;
        Ok(DateTime {
            date,
            h: secs / 3600,
            mi: secs / 60 % 60,
            s: secs % 60,
            us: (rem % 1_000_000) as i64,
        })
    }
    fn time_iso(&self, timespec: &str) -> PyResult<String> {
        Ok(match timespec {
            "auto" if self.us == 0 => format!("{:02}:{:02}:{:02}", self.h, self.mi, self.s),
            "auto" | "microseconds" => {
                format!("{:02}:{:02}:{:02}.{:06}", self.h, self.mi, self.s, self.us)
            }
            "hours" => format!("{:02}", self.h),
            "minutes" => format!("{:02}:{:02}", self.h, self.mi),
            "seconds" => format!("{:02}:{:02}:{:02}", self.h, self.mi, self.s),
            "milliseconds" => format!(
                "{:02}:{:02}:{:02}.{:03}",
                self.h,
                self.mi,
                self.s,
                self.us / 1000
            ),
            _ => return value_error("Unknown timespec value"),
        })
    }
    fn iso(&self, sep: &str, timespec: &str) -> PyResult<String> {
        Ok(format!(
            "{}{sep}{}",
            self.date.iso(),
            self.time_iso(timespec)?
        ))
    }
    fn hash_bytes(&self) -> [u8; 10] {
        let b = self.date.hash_bytes();
        [
            b[0],
            b[1],
            b[2],
            b[3],
            self.h as u8,
            self.mi as u8,
            self.s as u8,
            (self.us >> 16) as u8,
            ((self.us >> 8) & 0xff) as u8,
            (self.us & 0xff) as u8,
        ]
    }
    fn strftime(&self, f: &str) -> String {
        strftime(&self.date, self.h, self.mi, self.s, self.us, f)
    }
}

fn dt_v(d: DateTime) -> Value {
    obj(d)
}

impl Object for DateTime {
    copy_as_new!();
    fn type_name(&self) -> &'static str {
        "datetime"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let d = &self.date;
        let mut r = format!(
            "datetime.datetime({}, {}, {}, {}, {}",
            d.y, d.m, d.d, self.h, self.mi
        );
        if self.us != 0 {
            r.push_str(&format!(", {}, {}", self.s, self.us));
        } else if self.s != 0 {
            r.push_str(&format!(", {}", self.s));
        }
        r.push(')');
        out.push_str(&r);
        Ok(())
    }
    fn str_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&self.iso(" ", "auto")?);
        Ok(())
    }
    fn format(&self, _this: &ObjRef, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            self.iso(" ", "auto")
        } else {
            Ok(self.strftime(spec))
        }
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        Ok(Some(as_obj::<DateTime>(other).is_some_and(|o| o == self)))
    }
    fn compare(&self, _this: &ObjRef, other: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        if let Some(o) = as_obj::<DateTime>(other) {
            return Ok(Some(cmp_op(self.cmp(o), op)));
        }
        if as_obj::<Date>(other).is_some() {
            return type_error("can't compare datetime.datetime to datetime.date");
        }
        Err(cmp_type_error(op, "datetime.datetime", other))
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        Ok(crate::hash::hash_bytes(&self.hash_bytes()))
    }
    fn binop(
        &self,
        _this: &ObjRef,
        op: BinOp,
        other: &Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        if let Some(t) = as_obj::<TimeDelta>(other) {
            return match (op, reflected) {
                (BinOp::Add, _) => Ok(Some(dt_v(DateTime::from_total_us(
                    self.total_us() + t.total_us(),
                )?))),
                (BinOp::Sub, false) => Ok(Some(dt_v(DateTime::from_total_us(
                    self.total_us() - t.total_us(),
                )?))),
                _ => Err(op_type_error(op, other, self, other, reflected)),
            };
        }
        if let (BinOp::Sub, Some(o)) = (op, as_obj::<DateTime>(other)) {
            let (a, b) = if reflected { (o, self) } else { (self, o) };
            return Ok(Some(td(TimeDelta::from_us(a.total_us() - b.total_us())?)));
        }
        Err(op_type_error(op, other, self, other, reflected))
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "year" => Ok(Value::int(self.date.y)),
            "month" => Ok(Value::int(self.date.m)),
            "day" => Ok(Value::int(self.date.d)),
            "hour" => Ok(Value::int(self.h)),
            "minute" => Ok(Value::int(self.mi)),
            "second" => Ok(Value::int(self.s)),
            "microsecond" => Ok(Value::int(self.us)),
            "tzinfo" => Ok(Value::None),
            "fold" => Ok(Value::int(0)),
            _ => Err(no_attr("datetime.datetime", name)),
        }
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        if let Some(v) = common_method(&self.date, Some(self), name, &args, &kwargs)? {
            return Ok(v);
        }
        match name {
            "isoformat" => {
                let a = bind("isoformat", &["sep", "timespec"], 0, args, kwargs)?;
                let sep = match &a[0] {
                    None => "T".to_string(),
                    Some(Value::Str(x)) if x.char_len() == 1 => x.as_str().to_string(),
                    Some(Value::Str(x)) => {
                        return type_error(format!(
                            "isoformat() argument 1 must be a unicode character, not str (length {})",
                            x.char_len()
                        ));
                    }
                    Some(v) => {
                        return type_error(format!(
                            "isoformat() argument 1 must be a unicode character, not {}",
                            v.class_name()
                        ));
                    }
                };
                let spec = match &a[1] {
                    None => "auto".to_string(),
                    Some(Value::Str(x)) => x.as_str().to_string(),
                    Some(v) => {
                        return type_error(format!(
                            "isoformat() argument 2 must be str, not {}",
                            v.class_name()
                        ));
                    }
                };
                Ok(s(&self.iso(&sep, &spec)?))
            }
            "strftime" => {
                let a = bind("strftime", &["format"], 1, args, kwargs)?;
                Ok(s(&self.strftime(&fmt_arg(&a[0])?)))
            }
            "date" => {
                bind("date", &[], 0, args, kwargs)?;
                Ok(date_v(self.date))
            }
            "time" => {
                bind("time", &[], 0, args, kwargs)?;
                Ok(time_v(Time {
                    h: self.h,
                    mi: self.mi,
                    s: self.s,
                    us: self.us,
                }))
            }
            "replace" => {
                let a = bind(
                    "replace",
                    &[
                        "year",
                        "month",
                        "day",
                        "hour",
                        "minute",
                        "second",
                        "microsecond",
                        "tzinfo",
                        "fold",
                    ],
                    0,
                    args,
                    kwargs,
                )?;
                if a[7].as_ref().is_some_and(|v| !v.is_none()) {
                    return Err(aware_unsupported());
                }
                let cur = [
                    self.date.y,
                    self.date.m,
                    self.date.d,
                    self.h,
                    self.mi,
                    self.s,
                    self.us,
                ];
                let mut f = cur;
                for (i, slot) in f.iter_mut().enumerate() {
                    if let Some(v) = &a[i] {
                        *slot = int_field(v)?;
                    }
                }
                Ok(dt_v(make_datetime(f)?))
            }
            "timestamp" => {
                bind("timestamp", &[], 0, args, kwargs)?;
                local_is_utc()?;
                let secs = (self.date.ordinal() - EPOCH_ORDINAL) * 86400
                    + self.h * 3600
                    + self.mi * 60
                    + self.s;
                Ok(Value::Float(secs as f64 + self.us as f64 / 1e6))
            }
            _ => Err(no_attr("datetime.datetime", name)),
        }
    }
}

fn make_datetime(f: [i64; 7]) -> PyResult<DateTime> {
    let date = check_date(f[0], f[1], f[2])?;
    check_time(f[3], f[4], f[5], f[6])?;
    Ok(DateTime {
        date,
        h: f[3],
        mi: f[4],
        s: f[5],
        us: f[6],
    })
}

fn aware_unsupported() -> PyErr {
    PyErr::msg(
        ExcKind::NotImplementedError,
        "molt: time-zone-aware datetimes are not supported",
    )
}

/// Local time is UTC on this machine (TZ unset, empty or UTC; /etc/localtime UTC or
/// absent), else NotImplementedError: molt does not read zone rules.
fn local_is_utc() -> PyResult<()> {
    let utc_names = [
        "",
        "UTC",
        "UTC0",
        "Etc/UTC",
        "GMT",
        "GMT0",
        "Etc/GMT",
        "UCT",
        "Universal",
        "Zulu",
    ];
    let ok = match std::env::var("TZ") {
        Ok(tz) => utc_names.contains(&tz.trim_start_matches(':')),
        Err(_) => match std::fs::read("/etc/localtime") {
            // A TZif file ends with a POSIX TZ string between newlines.
            Ok(data) => {
                let text = String::from_utf8_lossy(&data);
                let footer = text
                    .trim_end_matches('\n')
                    .rsplit('\n')
                    .next()
                    .unwrap_or("");
                footer == "UTC0" || footer == "GMT0"
            }
            Err(_) => true,
        },
    };
    if ok {
        Ok(())
    } else {
        Err(PyErr::msg(
            ExcKind::NotImplementedError,
            "molt: local time is supported only when the machine's time zone is UTC",
        ))
    }
}

fn now_utc_us() -> PyResult<i128> {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|_| PyErr::msg(ExcKind::OSError, "system clock is before 1970"))?;
    Ok(d.as_micros() as i128 + EPOCH_ORDINAL as i128 * US_PER_DAY)
}

/// `_PyTime_ObjectToTimeval` with ROUND_HALF_EVEN: (seconds, microseconds).
fn timestamp_parts(v: &Value) -> PyResult<i128> {
    match v {
        Value::Float(x) => {
            if !x.is_finite() {
                return value_error("Invalid value NaN (not a number)");
            }
            let intpart = x.trunc();
            let mut floatpart = (x - intpart) * 1e6;
            let r = floatpart.round();
            floatpart = if (floatpart - floatpart.trunc()).abs() == 0.5 {
                2.0 * (floatpart / 2.0).round()
            } else {
                r
            };
            let (mut ip, mut fp) = (intpart, floatpart);
            if fp >= 1e6 {
                fp -= 1e6;
                ip += 1.0;
            } else if fp < 0.0 {
                fp += 1e6;
                ip -= 1.0;
            }
            if ip.abs() > 1e14 {
                return Err(PyErr::msg(
                    ExcKind::OverflowError,
                    "timestamp out of range for platform time_t",
                ));
            }
            Ok(ip as i128 * 1_000_000 + fp as i128)
        }
        _ => match v.as_int() {
            Some(i) => match i.as_i64() {
                Some(x) if x.abs() < 100_000_000_000_000 => Ok(x as i128 * 1_000_000),
                _ => Err(PyErr::msg(
                    ExcKind::OverflowError,
                    "timestamp out of range for platform time_t",
                )),
            },
            None => type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.class_name()
            )),
        },
    }
}

fn from_unix_us(us: i128) -> PyResult<DateTime> {
    let t = us + EPOCH_ORDINAL as i128 * US_PER_DAY;
    DateTime::from_total_us(t).map_err(|_| PyErr::msg(ExcKind::ValueError, "year is out of range"))
}

// ---------------------------------------------------------------- fromisoformat

fn invalid_iso(text: &str) -> PyErr {
    let mut r = String::new();
    crate::str::repr_str_into(text, &mut r);
    PyErr::msg(
        ExcKind::ValueError,
        format!("Invalid isoformat string: {r}"),
    )
}

fn digits(s: &[u8], from: usize, n: usize) -> Option<i64> {
    let part = s.get(from..from + n)?;
    if !part.iter().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(part.iter().fold(0, |a, c| a * 10 + (c - b'0') as i64))
}

/// `_find_isoformat_datetime_separator`.
fn date_len(s: &[u8]) -> Option<usize> {
    let n = s.len();
    if n == 7 {
        return Some(7);
    }
    if n < 8 {
        return None;
    }
    let isd = |i: usize| s.get(i).is_some_and(|c| c.is_ascii_digit());
    if s[4] == b'-' {
        if s[5] == b'W' {
            if n > 8 && s[8] == b'-' {
                if n == 9 {
                    return None;
                }
                if n > 10 && isd(10) {
                    return Some(8);
                }
                return Some(10);
            }
            return Some(8);
        }
        return Some(10);
    }
    if s[4] == b'W' {
        let mut idx = 7;
        while idx < n && isd(idx) {
            idx += 1;
        }
        if idx < 9 {
            return Some(idx);
        }
        return Some(if idx % 2 == 0 { 7 } else { 8 });
    }
    Some(8)
}

/// `_parse_isoformat_date`: Err(None) is a format error, Err(Some(e)) a range error.
fn parse_iso_date(s: &[u8]) -> Result<(i64, i64, i64), Option<PyErr>> {
    if !matches!(s.len(), 7 | 8 | 10) {
        return Err(None);
    }
    let year = digits(s, 0, 4).ok_or(None)?;
    let has_sep = s[4] == b'-';
    let mut pos = 4 + has_sep as usize;
    if s.get(pos) == Some(&b'W') {
        pos += 1;
        let week = digits(s, pos, 2).ok_or(None)?;
        pos += 2;
        let mut day = 1;
        if s.len() > pos {
            if (s[pos] == b'-') != has_sep {
                return Err(None);
            }
            pos += has_sep as usize;
            day = digits(s, pos, 1).ok_or(None)?;
            if pos + 1 != s.len() {
                return Err(None);
            }
        }
        if !(1..=9999).contains(&year) {
            return Err(None);
        }
        let mut ok_week = (1..53).contains(&week);
        if week == 53 {
            let first = ymd_to_ord(year, 1, 1) % 7;
            ok_week = first == 4 || (first == 3 && is_leap(year));
        }
        if !ok_week || !(1..8).contains(&day) {
            return Err(None);
        }
        let ord = isoweek1monday(year) + (week - 1) * 7 + (day - 1);
        if !(1..=MAX_ORDINAL).contains(&ord) {
            return Err(None);
        }
        return Ok(ord_to_ymd(ord));
    }
    let month = digits(s, pos, 2).ok_or(None)?;
    pos += 2;
    if (s.get(pos) == Some(&b'-')) != has_sep {
        return Err(None);
    }
    pos += has_sep as usize;
    let day = digits(s, pos, 2).ok_or(None)?;
    if pos + 2 != s.len() {
        return Err(None);
    }
    Ok((year, month, day))
}

/// `_parse_hh_mm_ss_ff` on the time part (no UTC offset): None on a format error.
fn parse_iso_time(t: &[u8]) -> Option<[i64; 4]> {
    let n = t.len();
    if n < 2 {
        return None;
    }
    let mut comps = [0i64; 4];
    let mut pos = 0;
    let mut has_sep = false;
    #[allow(clippy::needless_range_loop)] // mirrors _parse_hh_mm_ss_ff
    for comp in 0..3 {
        if n - pos < 2 {
            return None;
        }
        comps[comp] = digits(t, pos, 2)?;
        pos += 2;
        let next = t.get(pos);
        if comp == 0 {
            has_sep = next == Some(&b':');
        }
        if next.is_none() || comp >= 2 {
            break;
        }
        if has_sep && next != Some(&b':') {
            return None;
        }
        pos += has_sep as usize;
    }
    if pos < n {
        if t[pos] != b'.' && t[pos] != b',' {
            return None;
        }
        pos += 1;
        let rem = n - pos;
        if rem == 0 {
            return None;
        }
        let take = rem.min(6);
        let mut us = digits(t, pos, take)?;
        for _ in take..6 {
            us *= 10;
        }
        if !t[pos + take..].iter().all(|c| c.is_ascii_digit()) {
            return None;
        }
        comps[3] = us;
    }
    Some(comps)
}

fn fromisoformat(text: &str, want_datetime: bool) -> PyResult<Value> {
    let b = text.as_bytes();
    if !text.is_ascii() {
        return Err(invalid_iso(text));
    }
    if !want_datetime {
        let (y, m, d) = parse_iso_date(b).map_err(|e| e.unwrap_or_else(|| invalid_iso(text)))?;
        return Ok(date_v(check_date(y, m, d)?));
    }
    let Some(dl) = date_len(b) else {
        return Err(invalid_iso(text));
    };
    let dl = dl.min(b.len());
    let (y, m, d) = parse_iso_date(&b[..dl]).map_err(|e| e.unwrap_or_else(|| invalid_iso(text)))?;
    let mut tm = [0i64; 4];
    if b.len() > dl {
        let t = &b[dl + 1..];
        if t.iter().any(|c| matches!(c, b'+' | b'-' | b'Z')) {
            // A UTC offset: an aware datetime (a format error is still reported first).
            return if parse_iso_time(
                &t[..t
                    .iter()
                    .position(|c| matches!(c, b'+' | b'-' | b'Z'))
                    .unwrap_or(0)],
            )
            .is_some()
            {
                Err(aware_unsupported())
            } else {
                Err(invalid_iso(text))
            };
        }
        tm = parse_iso_time(t).ok_or_else(|| invalid_iso(text))?;
    }
    Ok(dt_v(make_datetime([y, m, d, tm[0], tm[1], tm[2], tm[3]])?))
}

// ---------------------------------------------------------------- module

fn date_args(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Date> {
    let a = bind("date", &["year", "month", "day"], 3, args, kwargs)?;
    let f = |i: usize| int_field(a[i].as_ref().unwrap_or(&Value::None));
    check_date(f(0)?, f(1)?, f(2)?)
}

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "timedelta" => Ok(td(new_timedelta(args, kwargs)?)),
        "date" => Ok(date_v(date_args(args, kwargs)?)),
        "datetime" => {
            let a = bind(
                "datetime",
                &[
                    "year",
                    "month",
                    "day",
                    "hour",
                    "minute",
                    "second",
                    "microsecond",
                    "tzinfo",
                    "fold",
                ],
                3,
                args,
                kwargs,
            )?;
            if a[7].as_ref().is_some_and(|v| !v.is_none()) {
                return Err(aware_unsupported());
            }
            let mut f = [0i64; 7];
            for (i, slot) in f.iter_mut().enumerate() {
                if let Some(v) = &a[i] {
                    *slot = int_field(v)?;
                }
            }
            Ok(dt_v(make_datetime(f)?))
        }
        "date.today" | "datetime.today" | "datetime.now" => {
            let a = bind(name, &["tz"], 0, args, kwargs)?;
            if a[0].as_ref().is_some_and(|v| !v.is_none()) {
                return Err(aware_unsupported());
            }
            local_is_utc()?;
            let dt = DateTime::from_total_us(now_utc_us()?)?;
            Ok(if name == "date.today" {
                date_v(dt.date)
            } else {
                dt_v(dt)
            })
        }
        "datetime.utcnow" => {
            bind(name, &[], 0, args, kwargs)?;
            Ok(dt_v(DateTime::from_total_us(now_utc_us()?)?))
        }
        "date.fromordinal" | "datetime.fromordinal" => {
            let a = bind("fromordinal", &["ordinal"], 1, args, kwargs)?;
            let n = int_field(a[0].as_ref().unwrap_or(&Value::None))?;
            if n < 1 {
                return value_error("ordinal must be >= 1");
            }
            let d = Date::from_ordinal(n).map_err(|_| {
                PyErr::msg(
                    ExcKind::ValueError,
                    format!("year {} is out of range", 10000),
                )
            })?;
            Ok(if name.starts_with("date.") {
                date_v(d)
            } else {
                dt_v(DateTime {
                    date: d,
                    h: 0,
                    mi: 0,
                    s: 0,
                    us: 0,
                })
            })
        }
        "date.fromisoformat" | "datetime.fromisoformat" => {
            let a = bind("fromisoformat", &["date_string"], 1, args, kwargs)?;
            match &a[0] {
                Some(Value::Str(x)) => fromisoformat(x.as_str(), name.starts_with("datetime")),
                Some(v) => type_error(format!(
                    "fromisoformat: argument must be str, not {}",
                    v.class_name()
                )),
                None => Ok(Value::None),
            }
        }
        "datetime.fromtimestamp" | "datetime.utcfromtimestamp" | "date.fromtimestamp" => {
            let a = bind("fromtimestamp", &["timestamp", "tz"], 1, args, kwargs)?;
            if a[1].as_ref().is_some_and(|v| !v.is_none()) {
                return Err(aware_unsupported());
            }
            if name != "datetime.utcfromtimestamp" {
                local_is_utc()?;
            }
            let dt = from_unix_us(timestamp_parts(a[0].as_ref().unwrap_or(&Value::None))?)?;
            Ok(if name.starts_with("date.") {
                date_v(dt.date)
            } else {
                dt_v(dt)
            })
        }
        "datetime.strptime" => strptime_call(args, kwargs),
        "time" => Ok(time_v(new_time(args, kwargs)?)),
        "time.fromisoformat" => {
            let a = bind("fromisoformat", &["time_string"], 1, args, kwargs)?;
            match &a[0] {
                Some(Value::Str(x)) => Ok(time_v(time_fromisoformat(x.as_str())?)),
                Some(v) => type_error(format!(
                    "fromisoformat: argument must be str, not {}",
                    v.class_name()
                )),
                None => Ok(Value::None),
            }
        }
        "datetime.combine" => {
            let a = bind("combine", &["date", "time", "tzinfo"], 2, args, kwargs)?;
            if a[2].as_ref().is_some_and(|v| !v.is_none()) {
                return Err(aware_unsupported());
            }
            let d = a[0].as_ref().unwrap_or(&Value::None);
            let t = a[1].as_ref().unwrap_or(&Value::None);
            let date = match (as_obj::<DateTime>(d), as_obj::<Date>(d)) {
                (Some(x), _) => x.date,
                (None, Some(x)) => *x,
                _ => {
                    return type_error(format!(
                        "combine() argument 1 must be datetime.date, not {}",
                        d.class_name()
                    ));
                }
            };
            let Some(t) = as_obj::<Time>(t) else {
                return type_error(format!(
                    "combine() argument 2 must be datetime.time, not {}",
                    t.class_name()
                ));
            };
            Ok(dt_v(DateTime {
                date,
                h: t.h,
                mi: t.mi,
                s: t.s,
                us: t.us,
            }))
        }
        _ => Err(unknown("datetime", name)),
    }
}

pub fn attr(name: &str) -> PyResult<Value> {
    Ok(match name {
        "date" => class("datetime", "date", "datetime"),
        "datetime" => class("datetime", "datetime", "datetime"),
        "timedelta" => class("datetime", "timedelta", "datetime"),
        "time" => class("datetime", "time", "datetime"),
        "MINYEAR" => Value::int(1),
        "MAXYEAR" => Value::int(9999),
        "timedelta.max" => td(TimeDelta {
            days: 999_999_999,
            secs: 86399,
            us: 999_999,
        }),
        "timedelta.min" => td(TimeDelta {
            days: -999_999_999,
            secs: 0,
            us: 0,
        }),
        "timedelta.resolution" => td(TimeDelta {
            days: 0,
            secs: 0,
            us: 1,
        }),
        "date.min" => date_v(Date { y: 1, m: 1, d: 1 }),
        "date.max" => date_v(Date {
            y: 9999,
            m: 12,
            d: 31,
        }),
        "datetime.min" => dt_v(DateTime {
            date: Date { y: 1, m: 1, d: 1 },
            h: 0,
            mi: 0,
            s: 0,
            us: 0,
        }),
        "datetime.max" => dt_v(DateTime {
            date: Date {
                y: 9999,
                m: 12,
                d: 31,
            },
            h: 23,
            mi: 59,
            s: 59,
            us: 999_999,
        }),
        _ => return Err(unknown("datetime", name)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_roundtrip() {
        for n in [1, 59, 60, 365, 366, 730120, 738890, MAX_ORDINAL] {
            let (y, m, d) = ord_to_ymd(n);
            assert_eq!(ymd_to_ord(y, m, d), n);
        }
        assert_eq!(ord_to_ymd(EPOCH_ORDINAL), (1970, 1, 1));
    }
}

// ---------------------------------------------------------------- time

/// A naive `datetime.time`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub struct Time {
    h: i64,
    mi: i64,
    s: i64,
    us: i64,
}

impl Time {
    fn as_dt(&self) -> DateTime {
        DateTime {
            date: Date {
                y: 1900,
                m: 1,
                d: 1,
            },
            h: self.h,
            mi: self.mi,
            s: self.s,
            us: self.us,
        }
    }
}

fn time_v(t: Time) -> Value {
    obj(t)
}

impl Object for Time {
    copy_as_new!();
    fn type_name(&self) -> &'static str {
        "time"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let mut r = format!("datetime.time({}, {}", self.h, self.mi);
        if self.us != 0 {
            r.push_str(&format!(", {}, {}", self.s, self.us));
        } else if self.s != 0 {
            r.push_str(&format!(", {}", self.s));
        }
        r.push(')');
        out.push_str(&r);
        Ok(())
    }
    fn str_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&self.as_dt().time_iso("auto")?);
        Ok(())
    }
    fn format(&self, _this: &ObjRef, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            self.as_dt().time_iso("auto")
        } else {
            Ok(self.as_dt().strftime(spec))
        }
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        Ok(Some(as_obj::<Time>(other).is_some_and(|o| o == self)))
    }
    fn compare(&self, _this: &ObjRef, other: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        match as_obj::<Time>(other) {
            Some(o) => Ok(Some(cmp_op(self.cmp(o), op))),
            None => Err(cmp_type_error(op, "datetime.time", other)),
        }
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        let b = [
            self.h as u8,
            self.mi as u8,
            self.s as u8,
            (self.us >> 16) as u8,
            ((self.us >> 8) & 0xff) as u8,
            (self.us & 0xff) as u8,
        ];
        Ok(crate::hash::hash_bytes(&b))
    }
    fn truthy(&self, _this: &ObjRef) -> PyResult<bool> {
        Ok(true)
    }
    fn binop(
        &self,
        _this: &ObjRef,
        op: BinOp,
        other: &Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        let theirs = qualname(other);
        let (a, b) = if reflected {
            (theirs.as_str(), "datetime.time")
        } else {
            ("datetime.time", theirs.as_str())
        };
        type_error(format!(
            "unsupported operand type(s) for {}: '{a}' and '{b}'",
            op.symbol()
        ))
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "hour" => Ok(Value::int(self.h)),
            "minute" => Ok(Value::int(self.mi)),
            "second" => Ok(Value::int(self.s)),
            "microsecond" => Ok(Value::int(self.us)),
            "tzinfo" => Ok(Value::None),
            "fold" => Ok(Value::int(0)),
            _ => Err(no_attr("datetime.time", name)),
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
            "isoformat" => {
                let a = bind("isoformat", &["timespec"], 0, args, kwargs)?;
                let spec = match &a[0] {
                    None => "auto".to_string(),
                    Some(Value::Str(x)) => x.as_str().to_string(),
                    Some(v) => {
                        return type_error(format!(
                            "isoformat() argument 1 must be str, not {}",
                            v.class_name()
                        ));
                    }
                };
                Ok(s(&self.as_dt().time_iso(&spec)?))
            }
            "strftime" => {
                let a = bind("strftime", &["format"], 1, args, kwargs)?;
                Ok(s(&self.as_dt().strftime(&fmt_arg(&a[0])?)))
            }
            "replace" => {
                let a = bind(
                    "replace",
                    &["hour", "minute", "second", "microsecond", "tzinfo", "fold"],
                    0,
                    args,
                    kwargs,
                )?;
                if a[4].as_ref().is_some_and(|v| !v.is_none()) {
                    return Err(aware_unsupported());
                }
                let cur = [self.h, self.mi, self.s, self.us];
                let mut f = cur;
                for (i, slot) in f.iter_mut().enumerate() {
                    if let Some(v) = &a[i] {
                        *slot = int_field(v)?;
                    }
                }
                check_time(f[0], f[1], f[2], f[3])?;
                Ok(time_v(Time {
                    h: f[0],
                    mi: f[1],
                    s: f[2],
                    us: f[3],
                }))
            }
            _ => Err(no_attr("datetime.time", name)),
        }
    }
}

fn new_time(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Time> {
    let a = bind(
        "time",
        &["hour", "minute", "second", "microsecond", "tzinfo", "fold"],
        0,
        args,
        kwargs,
    )?;
    if a[4].as_ref().is_some_and(|v| !v.is_none()) {
        return Err(aware_unsupported());
    }
    let mut f = [0i64; 4];
    for (i, slot) in f.iter_mut().enumerate() {
        if let Some(v) = &a[i] {
            *slot = int_field(v)?;
        }
    }
    check_time(f[0], f[1], f[2], f[3])?;
    Ok(Time {
        h: f[0],
        mi: f[1],
        s: f[2],
        us: f[3],
    })
}

/// `time.fromisoformat` (3.11 also takes a leading 'T').
fn time_fromisoformat(text: &str) -> PyResult<Time> {
    let b = text.as_bytes();
    let body = if b.first() == Some(&b'T') { &b[1..] } else { b };
    if !text.is_ascii() || body.iter().any(|c| matches!(c, b'+' | b'-' | b'Z')) {
        if text.is_ascii() && body.iter().any(|c| matches!(c, b'+' | b'-' | b'Z')) {
            let cut = body
                .iter()
                .position(|c| matches!(c, b'+' | b'-' | b'Z'))
                .unwrap_or(0);
            if parse_iso_time(&body[..cut]).is_some() {
                return Err(aware_unsupported());
            }
        }
        return Err(invalid_iso(text));
    }
    let t = parse_iso_time(body).ok_or_else(|| invalid_iso(text))?;
    check_time(t[0], t[1], t[2], t[3])?;
    Ok(Time {
        h: t[0],
        mi: t[1],
        s: t[2],
        us: t[3],
    })
}

// ---------------------------------------------------------------- for the time module

/// The broken-down UTC time of a Unix timestamp: (year, month, day, hour, minute, second,
/// weekday, day of year).
pub(super) fn civil_from_unix(secs: i64) -> PyResult<[i64; 8]> {
    let days = secs.div_euclid(86400) + EPOCH_ORDINAL;
    let rem = secs.rem_euclid(86400);
    if !(1..=MAX_ORDINAL).contains(&days) {
        return Err(PyErr::msg(
            ExcKind::OverflowError,
            "timestamp out of range for platform time_t",
        ));
    }
    let d = Date::from_ordinal(days)?;
    let yday = days - ymd_to_ord(d.y, 1, 1) + 1;
    Ok([
        d.y,
        d.m,
        d.d,
        rem / 3600,
        rem / 60 % 60,
        rem % 60,
        d.weekday(),
        yday,
    ])
}

/// Seconds since the epoch of a UTC civil time (timegm), with mktime's normalisation of
/// out-of-range months, days, hours, minutes and seconds.
pub(super) fn unix_from_civil(f: &[i64; 6]) -> PyResult<i64> {
    let y = f[0] + (f[1] - 1).div_euclid(12);
    let m = (f[1] - 1).rem_euclid(12) + 1;
    let d = check_date(y, m, 1)
        .map_err(|_| PyErr::msg(ExcKind::OverflowError, "mktime argument out of range"))?;
    let days = d.ordinal() - EPOCH_ORDINAL + (f[2] - 1);
    Ok(days * 86400 + f[3] * 3600 + f[4] * 60 + f[5])
}

pub(super) fn local_time_is_utc() -> PyResult<()> {
    local_is_utc()
}

// ---------------------------------------------------------------- strptime

/// A piece of a compiled strptime format (Lib/_strptime.py's TimeRE, matched with the
/// same alternation order and backtracking as its regular expression).
#[derive(Clone, Copy, Debug)]
enum Tok {
    Lit(char),
    Ws,
    Dir(char),
}

const WEEKDAYS_LC: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const MONTHS_LC: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn compile_format(fmt: &str, out: &mut Vec<Tok>) -> PyResult<()> {
    let bad = |d: &str| {
        PyErr::msg(
            ExcKind::ValueError,
            format!("'{d}' is a bad directive in format '{fmt}'"),
        )
    };
    let mut it = fmt.chars().peekable();
    while let Some(c) = it.next() {
        if c == '%' {
            let Some(d) = it.next() else {
                return value_error(format!("stray % in format '{fmt}'"));
            };
            match d {
                'c' => compile_format("%a %b %d %H:%M:%S %Y", out)?,
                'x' => compile_format("%m/%d/%y", out)?,
                'X' => compile_format("%H:%M:%S", out)?,
                '%' => out.push(Tok::Lit('%')),
                'd' | 'f' | 'H' | 'I' | 'j' | 'm' | 'M' | 'S' | 'w' | 'u' | 'y' | 'Y' | 'A'
                | 'a' | 'B' | 'b' | 'p' => out.push(Tok::Dir(d)),
                'U' | 'W' | 'G' | 'V' | 'z' | 'Z' => {
                    return Err(PyErr::msg(
                        ExcKind::NotImplementedError,
                        format!("molt: strptime directive %{d} is not supported"),
                    ));
                }
                // A backslash directive reads as a stray '%' in CPython (escaped regex).
                '\\' => return Err(bad("%")),
                other => return Err(bad(&other.to_string())),
            }
        } else if crate::str::is_py_whitespace(c) {
            while it.peek().is_some_and(|x| crate::str::is_py_whitespace(*x)) {
                it.next();
            }
            out.push(Tok::Ws);
        } else {
            out.push(Tok::Lit(c));
        }
    }
    Ok(())
}

fn is_digit(c: Option<&char>) -> bool {
    c.is_some_and(|c| crate::int_ops::decimal_digit_value(*c).is_some())
}

fn in_range(c: Option<&char>, lo: char, hi: char) -> bool {
    c.is_some_and(|c| (lo..=hi).contains(c))
}

/// The lengths a directive's alternatives can match at `t[i..]`, in the regex's order.
fn candidates(d: char, t: &[char], i: usize) -> Vec<usize> {
    let at = |k: usize| t.get(i + k);
    let ch = |k: usize, c: char| at(k) == Some(&c);
    let r = |k: usize, lo: char, hi: char| in_range(at(k), lo, hi);
    let dg = |k: usize| is_digit(at(k));
    let mut v = Vec::new();
    let mut alt = |ok: bool, n: usize| {
        if ok {
            v.push(n);
        }
    };
    match d {
        'd' => {
            alt(ch(0, '3') && r(1, '0', '1'), 2);
            alt(r(0, '1', '2') && dg(1), 2);
            alt(ch(0, '0') && r(1, '1', '9'), 2);
            alt(r(0, '1', '9'), 1);
            alt(ch(0, ' ') && r(1, '1', '9'), 2);
        }
        'f' => {
            let mut n = 0;
            while n < 6 && r(n, '0', '9') {
                n += 1;
            }
            for k in (1..=n).rev() {
                alt(true, k);
            }
        }
        'H' => {
            alt(ch(0, '2') && r(1, '0', '3'), 2);
            alt(r(0, '0', '1') && dg(1), 2);
            alt(dg(0), 1);
        }
        'I' | 'm' => {
            alt(ch(0, '1') && r(1, '0', '2'), 2);
            alt(ch(0, '0') && r(1, '1', '9'), 2);
            alt(r(0, '1', '9'), 1);
        }
        'j' => {
            alt(ch(0, '3') && ch(1, '6') && r(2, '0', '6'), 3);
            alt(ch(0, '3') && r(1, '0', '5') && dg(2), 3);
            alt(r(0, '1', '2') && dg(1) && dg(2), 3);
            alt(ch(0, '0') && r(1, '1', '9') && dg(2), 3);
            alt(ch(0, '0') && ch(1, '0') && r(2, '1', '9'), 3);
            alt(r(0, '1', '9') && dg(1), 2);
            alt(ch(0, '0') && r(1, '1', '9'), 2);
            alt(r(0, '1', '9'), 1);
        }
        'M' => {
            alt(r(0, '0', '5') && dg(1), 2);
            alt(dg(0), 1);
        }
        'S' => {
            alt(ch(0, '6') && r(1, '0', '1'), 2);
            alt(r(0, '0', '5') && dg(1), 2);
            alt(dg(0), 1);
        }
        'w' => alt(r(0, '0', '6'), 1),
        'u' => alt(r(0, '1', '7'), 1),
        'y' => alt(dg(0) && dg(1), 2),
        'Y' => alt(dg(0) && dg(1) && dg(2) && dg(3), 4),
        'A' | 'a' | 'B' | 'b' | 'p' => {
            let names: Vec<String> = match d {
                'A' => WEEKDAYS_LC.iter().map(|s| s.to_string()).collect(),
                'a' => WEEKDAYS_LC.iter().map(|s| s[..3].to_string()).collect(),
                'B' => MONTHS_LC.iter().map(|s| s.to_string()).collect(),
                'b' => MONTHS_LC.iter().map(|s| s[..3].to_string()).collect(),
                _ => vec!["am".to_string(), "pm".to_string()],
            };
            let mut names = names;
            // __seqToRE: longest first, so that a name is not cut by its prefix.
            names.sort_by_key(|n| std::cmp::Reverse(n.len()));
            for n in names {
                let len = n.chars().count();
                let ok = t.len() >= i + len
                    && t[i..i + len]
                        .iter()
                        .zip(n.chars())
                        .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()));
                alt(ok, len);
            }
        }
        _ => {}
    }
    v
}

fn lit_eq(a: char, b: char) -> bool {
    a == b || a.to_lowercase().eq(b.to_lowercase())
}

/// Backtracking match of the tokens from `ti` at `pos`: the end and the captures.
fn match_toks(
    toks: &[Tok],
    ti: usize,
    t: &[char],
    pos: usize,
    caps: &mut Vec<(char, String)>,
) -> Option<usize> {
    let Some(tok) = toks.get(ti) else {
        return Some(pos);
    };
    match *tok {
        Tok::Lit(c) => {
            if t.get(pos).is_some_and(|x| lit_eq(*x, c)) {
                match_toks(toks, ti + 1, t, pos + 1, caps)
            } else {
                None
            }
        }
        Tok::Ws => {
            let mut n = 0;
            while t
                .get(pos + n)
                .is_some_and(|c| crate::str::is_py_whitespace(*c))
            {
                n += 1;
            }
            for k in (1..=n).rev() {
                if let Some(e) = match_toks(toks, ti + 1, t, pos + k, caps) {
                    return Some(e);
                }
            }
            None
        }
        Tok::Dir(d) => {
            for len in candidates(d, t, pos) {
                caps.push((d, t[pos..pos + len].iter().collect()));
                if let Some(e) = match_toks(toks, ti + 1, t, pos + len, caps) {
                    return Some(e);
                }
                caps.pop();
            }
            None
        }
    }
}

fn num(s: &str) -> i64 {
    s.trim()
        .chars()
        .filter_map(crate::int_ops::decimal_digit_value)
        .fold(0, |a, d| a * 10 + d as i64)
}

/// `datetime.strptime(date_string, format)` (Lib/_strptime.py `_strptime`).
fn strptime(data: &str, fmt: &str) -> PyResult<DateTime> {
    let mut toks = Vec::new();
    compile_format(fmt, &mut toks)?;
    let mut seen = Vec::new();
    for tk in &toks {
        if let Tok::Dir(d) = tk {
            if seen.contains(d) {
                return Err(PyErr::msg(
                    ExcKind::NotImplementedError,
                    "molt: strptime formats that repeat a directive are not supported",
                ));
            }
            seen.push(*d);
        }
    }
    let t: Vec<char> = data.chars().collect();
    let mut caps = Vec::new();
    let Some(end) = match_toks(&toks, 0, &t, 0, &mut caps) else {
        let (mut a, mut b) = (String::new(), String::new());
        crate::str::repr_str_into(data, &mut a);
        crate::str::repr_str_into(fmt, &mut b);
        return value_error(format!("time data {a} does not match format {b}"));
    };
    if end != t.len() {
        return value_error(format!(
            "unconverted data remains: {}",
            t[end..].iter().collect::<String>()
        ));
    }
    let mut year: Option<i64> = None;
    let (mut month, mut day, mut hour, mut minute, mut second, mut fraction) = (1, 1, 0, 0, 0, 0);
    let mut julian: Option<i64> = None;
    let ampm = caps
        .iter()
        .find(|(d, _)| *d == 'p')
        .map(|(_, v)| v.to_lowercase())
        .unwrap_or_default();
    for (d, v) in &caps {
        match d {
            'y' => {
                let y = num(v);
                year = Some(if y <= 68 { y + 2000 } else { y + 1900 });
            }
            'Y' => year = Some(num(v)),
            'm' => month = num(v),
            'B' | 'b' => {
                let l = v.to_lowercase();
                month = MONTHS_LC
                    .iter()
                    .position(|m| if *d == 'B' { *m == l } else { m[..3] == l })
                    .map_or(1, |p| p as i64 + 1);
            }
            'd' => day = num(v),
            'H' => hour = num(v),
            'I' => {
                hour = num(v);
                if ampm.is_empty() || ampm == "am" {
                    if hour == 12 {
                        hour = 0;
                    }
                } else if ampm == "pm" && hour != 12 {
                    hour += 12;
                }
            }
            'M' => minute = num(v),
            'S' => second = num(v),
            'f' => fraction = num(&format!("{v:0<6}")),
            'j' => julian = Some(num(v)),
            _ => {}
        }
    }
    let leap_year_fix = year.is_none() && month == 2 && day == 29;
    let mut y = if leap_year_fix {
        1904
    } else {
        year.unwrap_or(1900)
    };
    if let Some(j) = julian {
        let first = check_date(y, 1, 1)?.ordinal();
        let d = Date::from_ordinal(j - 1 + first)?;
        y = d.y;
        month = d.m;
        day = d.d;
    } else {
        check_date(y, month, day)?;
    }
    if leap_year_fix {
        y = 1900;
    }
    make_datetime([y, month, day, hour, minute, second, fraction])
}

pub fn strptime_call(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    super::stdc_util::no_kwargs("strptime", &kwargs)?;
    super::stdc_util::arity("strptime", &args, 2, 2)?;
    let (Value::Str(data), Value::Str(fmt)) = (&args[0], &args[1]) else {
        let bad = if matches!(args[0], Value::Str(_)) {
            &args[1]
        } else {
            &args[0]
        };
        return type_error(format!(
            "strptime() argument {} must be str, not {}",
            if matches!(args[0], Value::Str(_)) {
                2
            } else {
                1
            },
            bad.class_name()
        ));
    };
    Ok(dt_v(strptime(data.as_str(), fmt.as_str())?))
}
