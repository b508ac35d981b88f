//! `fmt % args`, ported from PyUnicode_Format in CPython 3.11's Objects/unicodeobject.c
//! (unicode_format_arg_parse, unicode_format_arg_format, unicode_format_arg_output), keeping
//! its quirks: the parser's countdown decides between "incomplete format" and other errors,
//! arguments are fetched before the conversion character is checked, and any object with
//! `__getitem__` (dict, list, range) counts as a mapping.

use super::number::{self, DtoaFlags, reserve};
use crate::exc::{ExcKind, PyErr, PyResult, overflow_error, type_error, value_error};
use crate::int::Int;
use crate::obj::PyObj;
use crate::str::Str;
use crate::value::Value;

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

struct Ctx<'a> {
    fmt: &'a str,
    /// Byte position of the next character to read.
    pos: usize,
    /// Characters left to read, counted down like CPython's fmtcnt.
    cnt: isize,
    /// The current argument source: the tuple, the single argument, or a mapping item.
    cur: Value,
    tuple: Option<&'a [Value]>,
    arglen: isize,
    argidx: isize,
    dict: Option<&'a Value>,
    /// Formatting bytes (_PyBytes_FormatEx): `fmt` holds the bytes as code points below
    /// 256, and so does the output.
    bytes: bool,
}

struct Arg {
    ch: char,
    flags: u8,
    width: isize,
    prec: isize,
    sign: bool,
}

impl Ctx<'_> {
    fn peek(&self) -> char {
        self.fmt[self.pos..].chars().next().unwrap_or('\0')
    }

    /// Reads the character at the cursor and moves past it.
    fn read(&mut self) -> char {
        let c = self.peek();
        self.pos += c.len_utf8().min(self.fmt.len() - self.pos);
        c
    }

    fn next_arg(&mut self) -> PyResult<Value> {
        let i = self.argidx;
        if i < self.arglen {
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.cur.clone());
            }
            if let Some(t) = self.tuple
                && let Some(v) = t.get(i as usize)
            {
                return Ok(v.clone());
            }
        }
        type_error("not enough arguments for format string")
    }

    /// unicode_format_arg_parse: everything between the `%` and the conversion character.
    fn parse_arg(&mut self, arg: &mut Arg) -> PyResult<()> {
        if self.peek() == '(' {
            let Some(dict) = self.dict else {
                return type_error("format requires a mapping");
            };
            self.read();
            self.cnt -= 1;
            let keystart = self.pos;
            let mut pcount = 1;
            let mut keyend = self.pos;
            while pcount > 0 && {
                self.cnt -= 1;
                self.cnt >= 0
            } {
                keyend = self.pos;
                arg.ch = self.read();
                if arg.ch == ')' {
                    pcount -= 1;
                } else if arg.ch == '(' {
                    pcount += 1;
                }
            }
            if self.cnt < 0 || pcount > 0 {
                return value_error("incomplete format key");
            }
            let key = if self.bytes {
                crate::modules::bytes::literal(&self.fmt[keystart..keyend])
            } else {
                Value::Str(Str::new(&self.fmt[keystart..keyend]))
            };
            self.cur = dict.getitem(&key)?;
            self.tuple = None;
            self.arglen = -1;
            self.argidx = -2;
        }
        while {
            self.cnt -= 1;
            self.cnt >= 0
        } {
            arg.ch = self.read();
            match arg.ch {
                '-' => arg.flags |= F_LJUST,
                '+' => arg.flags |= F_SIGN,
                ' ' => arg.flags |= F_BLANK,
                '#' => arg.flags |= F_ALT,
                '0' => arg.flags |= F_ZERO,
                _ => break,
            }
        }
        if arg.ch == '*' {
            let v = self.next_arg()?;
            let Some(w) = star_int(&v) else {
                return type_error("* wants int");
            };
            let Some(w) = w.as_i64() else {
                return overflow_error("Python int too large to convert to C ssize_t");
            };
            arg.width = w as isize;
            if arg.width < 0 {
                arg.flags |= F_LJUST;
                arg.width = arg.width.saturating_neg();
            }
            self.cnt -= 1;
            if self.cnt >= 0 {
                arg.ch = self.read();
            }
        } else if arg.ch.is_ascii_digit() {
            arg.width = arg.ch as isize - '0' as isize;
            while {
                self.cnt -= 1;
                self.cnt >= 0
            } {
                arg.ch = self.read();
                if !arg.ch.is_ascii_digit() {
                    break;
                }
                let d = arg.ch as isize - '0' as isize;
                if arg.width > (isize::MAX - d) / 10 {
                    return value_error("width too big");
                }
                arg.width = arg.width * 10 + d;
            }
        }
        if arg.ch == '.' {
            arg.prec = 0;
            self.cnt -= 1;
            if self.cnt >= 0 {
                arg.ch = self.read();
            }
            if arg.ch == '*' {
                let v = self.next_arg()?;
                let Some(p) = star_int(&v) else {
                    return type_error("* wants int");
                };
                let p = match p.as_i64() {
                    Some(p) if p <= i32::MAX as i64 && p >= i32::MIN as i64 => p,
                    _ => return overflow_error("Python int too large to convert to C int"),
                };
                arg.prec = p.max(0) as isize;
                self.cnt -= 1;
                if self.cnt >= 0 {
                    arg.ch = self.read();
                }
            } else if arg.ch.is_ascii_digit() {
                arg.prec = arg.ch as isize - '0' as isize;
                while {
                    self.cnt -= 1;
                    self.cnt >= 0
                } {
                    arg.ch = self.read();
                    if !arg.ch.is_ascii_digit() {
                        break;
                    }
                    let d = arg.ch as isize - '0' as isize;
                    if arg.prec > (i32::MAX as isize - d) / 10 {
                        return value_error("precision too big");
                    }
                    arg.prec = arg.prec * 10 + d;
                }
            }
        }
        // Length modifiers are accepted and ignored ("%ld").
        if self.cnt >= 0 && matches!(arg.ch, 'h' | 'l' | 'L') {
            self.cnt -= 1;
            if self.cnt >= 0 {
                arg.ch = self.read();
            }
        }
        if self.cnt < 0 {
            return value_error("incomplete format");
        }
        Ok(())
    }
}

/// `*` takes an int (bool included), as PyLong_Check does.
fn star_int(v: &Value) -> Option<Int> {
    v.as_int()
}

/// PyNumber_Check for the runtime's values.
fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
}

/// PyFloat_AsDouble.
pub(crate) fn as_double(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => i.to_f64(),
        Value::Bool(b) => Ok(*b as i64 as f64),
        // `__float__`, else `__index__` (Decimal, Fraction and instances).
        Value::Obj(o) if let Some(Value::Float(f)) = o.convert(o, "float")? => Ok(f),
        _ => type_error(format!("must be real number, not {}", v.class_name())),
    }
}

/// The text of an int conversion (`%d %i %u %o %x %X`): None when it was written to `out`
/// directly (CPython's fast path), else the string to pad.
fn format_long(v: &Value, arg: &Arg, out: &mut String) -> PyResult<Option<String>> {
    let ty = arg.ch;
    let wrong = || {
        let what = if matches!(ty, 'o' | 'x' | 'X') {
            "an integer is required"
        } else {
            "a real number is required"
        };
        PyErr::msg(
            ExcKind::TypeError,
            format!("%{ty} format: {what}, not {}", v.class_name()),
        )
    };
    if let Value::Obj(o) = v {
        // PyNumber_Index for %o %x %X, PyNumber_Long otherwise; a TypeError from either
        // (or an object that is no number) is this conversion's own TypeError.
        let to = if matches!(ty, 'o' | 'x' | 'X') {
            "index"
        } else {
            "int"
        };
        return match o.convert(o, to) {
            Ok(Some(Value::Int(i))) => long_text(&i, arg).map(Some),
            Ok(_) => Err(wrong()),
            Err(e) if e.matches(ExcKind::TypeError) => Err(wrong()),
            Err(e) => Err(e),
        };
    }
    if !is_number(v) {
        return Err(wrong());
    }
    let iobj = match v {
        Value::Float(f) => {
            if matches!(ty, 'o' | 'x' | 'X') {
                return Err(wrong());
            }
            Int::from_f64(*f)?
        }
        _ => v.as_int().ok_or_else(wrong)?,
    };
    let (base, prefix) = match ty {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let alt = arg.flags & F_ALT != 0;
    if matches!(v, Value::Int(_))
        && arg.width == -1
        && arg.prec == -1
        && arg.flags & (F_SIGN | F_BLANK) == 0
        && ty != 'X'
    {
        if iobj.is_negative() {
            out.push('-');
        }
        if alt {
            out.push_str(prefix);
        }
        number::push_abs_digits(out, &iobj, base)?;
        return Ok(None);
    }
    long_text(&iobj, arg).map(Some)
}

/// _PyUnicode_FormatLong: the digits of an int conversion with sign, prefix and precision.
fn long_text(iobj: &Int, arg: &Arg) -> PyResult<String> {
    let ty = arg.ch;
    let (base, prefix) = match ty {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let mut digits = String::new();
    number::push_abs_digits(&mut digits, iobj, base)?;
    let mut s = String::with_capacity(digits.len() + 4);
    if iobj.is_negative() {
        s.push('-');
    }
    if arg.flags & F_ALT != 0 {
        s.push_str(prefix);
    }
    if arg.prec > digits.len() as isize {
        let n = arg.prec as usize - digits.len();
        reserve(&mut s, n)?;
        s.extend(std::iter::repeat_n('0', n));
    }
    s.push_str(&digits);
    if ty == 'X' {
        s.make_ascii_uppercase();
    }
    Ok(s)
}

/// formatchar: `%c` takes an int code point or a one-character str.
fn format_char(v: &Value) -> PyResult<char> {
    match v {
        Value::Str(s) if s.char_len() == 1 => Ok(s.as_str().chars().next().unwrap_or('\0')),
        Value::Int(_) | Value::Bool(_) => {
            let i = v.as_int().unwrap_or(Int::ZERO);
            if i.as_i64().is_none() {
                return overflow_error("%c arg not in range(0x110000)");
            }
            number::int_to_char(&i)
        }
        _ => type_error("%c requires int or char"),
    }
}

/// unicode_format_arg_output: pads the converted text `s`.
fn output(out: &mut String, arg: &mut Arg, s: &str) -> PyResult<()> {
    let fill = if arg.sign && arg.flags & F_ZERO != 0 {
        '0'
    } else {
        ' '
    };
    let mut len = s.chars().count() as isize;
    if (arg.width == -1 || arg.width <= len)
        && (arg.prec == -1 || arg.prec >= len)
        && arg.flags & (F_SIGN | F_BLANK) == 0
    {
        out.push_str(s);
        return Ok(());
    }
    if matches!(arg.ch, 's' | 'r' | 'a') && arg.prec >= 0 && len > arg.prec {
        len = arg.prec;
    }
    let mut body = s;
    let mut signchar = None;
    if arg.sign {
        match s.chars().next() {
            Some(c @ ('-' | '+')) => {
                signchar = Some(c);
                len -= 1;
                body = &s[1..];
            }
            _ if arg.flags & F_SIGN != 0 => signchar = Some('+'),
            _ if arg.flags & F_BLANK != 0 => signchar = Some(' '),
            _ => arg.sign = false,
        }
    }
    if arg.width < len {
        arg.width = len;
    }
    reserve(out, arg.width as usize + 2)?;
    if arg.sign {
        if fill != ' '
            && let Some(c) = signchar
        {
            out.push(c);
        }
        if arg.width > len {
            arg.width -= 1;
        }
    }
    let alt_prefix = arg.flags & F_ALT != 0 && matches!(arg.ch, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.push_str(body.get(..2).unwrap_or(""));
            body = body.get(2..).unwrap_or("");
        }
        arg.width = (arg.width - 2).max(0);
        len -= 2;
    }
    if arg.width > len && arg.flags & F_LJUST == 0 {
        out.extend(std::iter::repeat_n(fill, (arg.width - len) as usize));
        arg.width = len;
    }
    if fill == ' ' {
        if arg.sign
            && let Some(c) = signchar
        {
            out.push(c);
        }
        if alt_prefix {
            out.push_str(body.get(..2).unwrap_or(""));
            body = body.get(2..).unwrap_or("");
        }
    }
    if len > 0 {
        match body.char_indices().nth(len as usize) {
            Some((end, _)) => out.push_str(&body[..end]),
            None => out.push_str(body),
        }
    }
    if arg.width > len {
        out.extend(std::iter::repeat_n(' ', (arg.width - len) as usize));
    }
    Ok(())
}

/// unicode_format_arg: one conversion starting right after a `%`.
fn format_arg(ctx: &mut Ctx, out: &mut String) -> PyResult<()> {
    if ctx.peek() == '%' {
        ctx.read();
        ctx.cnt -= 1;
        out.push('%');
        return Ok(());
    }
    let mut arg = Arg {
        ch: ctx.peek(),
        flags: 0,
        width: -1,
        prec: -1,
        sign: false,
    };
    ctx.parse_arg(&mut arg)?;
    let v = ctx.next_arg()?;
    // Numeric and %c conversions take the value of an instance of an int/float/str
    // subclass (PyLong_Check, PyFloat_Check, PyUnicode_Check accept subclasses).
    let v = match arg.ch {
        's' | 'r' | 'a' => v,
        _ => crate::class::builtin_base::payload(&v).unwrap_or(v),
    };
    let text: String = match arg.ch {
        // bytes: %s is %b (format_obj), %r is %a.
        's' | 'b' if ctx.bytes => bytes_obj(&v)?,
        'r' | 'a' if ctx.bytes => super::ascii_repr(&v)?,
        'c' if ctx.bytes => {
            let c = byte_converter(&v)?;
            if arg.width == -1 {
                out.push(c);
                return finish_arg(ctx);
            }
            c.to_string()
        }
        's' | 'r' | 'a' => {
            if let Value::Int(i) = &v
                && arg.width == -1
                && arg.prec == -1
            {
                i.write_decimal(out)?;
                return finish_arg(ctx);
            }
            match (&v, arg.ch) {
                (Value::Str(s), 's') => {
                    output(out, &mut arg, s.as_str())?;
                    return finish_arg(ctx);
                }
                (_, 's') => v.str_string()?,
                (_, 'r') => v.repr_string()?,
                _ => super::ascii_repr(&v)?,
            }
        }
        'i' | 'd' | 'u' | 'o' | 'x' | 'X' => match format_long(&v, &arg, out)? {
            None => return finish_arg(ctx),
            Some(s) => {
                arg.sign = true;
                s
            }
        },
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = as_double(&v)?;
            let prec = if arg.prec < 0 { 6 } else { arg.prec as i64 };
            let fl = DtoaFlags {
                alt: arg.flags & F_ALT != 0,
                ..DtoaFlags::default()
            };
            if arg.width == -1 && arg.prec == -1 && arg.flags & (F_SIGN | F_BLANK) == 0 {
                number::double_to_string(out, x, arg.ch, prec, fl)?;
                return finish_arg(ctx);
            }
            arg.sign = true;
            let mut s = String::new();
            number::double_to_string(&mut s, x, arg.ch, prec, fl)?;
            s
        }
        'c' => {
            let c = format_char(&v)?;
            if arg.width == -1 && arg.prec == -1 {
                out.push(c);
                return finish_arg(ctx);
            }
            c.to_string()
        }
        c => {
            // The index of the offending character, in code points.
            let at = ctx.fmt[..ctx.pos].chars().count().saturating_sub(1);
            let shown = if ctx.bytes || (31..=126).contains(&(c as u32)) {
                c
            } else {
                '?'
            };
            return value_error(format!(
                "unsupported format character '{shown}' (0x{:x}) at index {at}",
                c as u32
            ));
        }
    };
    output(out, &mut arg, &text)?;
    finish_arg(ctx)
}

fn finish_arg(ctx: &Ctx) -> PyResult<()> {
    if ctx.dict.is_some() && ctx.argidx < ctx.arglen {
        return not_all_converted(ctx);
    }
    Ok(())
}

fn not_all_converted(ctx: &Ctx) -> PyResult<()> {
    type_error(if ctx.bytes {
        "not all arguments converted during bytes formatting"
    } else {
        "not all arguments converted during string formatting"
    })
}

/// format_obj (Objects/bytesobject.c): the bytes `%b`/`%s` inserts, as code points.
fn bytes_obj(v: &Value) -> PyResult<String> {
    let b = match crate::modules::bytes::buffer(v) {
        Some(b) => b,
        None => match crate::modules::bytes::dunder_bytes(v)? {
            Some(b) => b,
            None => {
                return type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    v.class_name()
                ));
            }
        },
    };
    Ok(b.into_iter().map(char::from).collect())
}

/// byte_converter (Objects/bytesobject.c): `%c` of bytes takes one byte or an int < 256.
fn byte_converter(v: &Value) -> PyResult<char> {
    if let Some(b) = crate::modules::bytes::buffer(v)
        && b.len() == 1
    {
        return Ok(char::from(b[0]));
    }
    match v.as_index()? {
        Some(i) => match i.as_i64() {
            Some(c @ 0..=255) => Ok(char::from(c as u8)),
            _ => overflow_error("%c arg not in range(256)"),
        },
        None => type_error("%c requires an integer in range(256) or a single byte"),
    }
}

/// `fmt % args` for bytes and bytearray (_PyBytes_FormatEx).
pub fn bytes_percent_format(fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&c| char::from(c)).collect();
    let mut out = String::new();
    format_into(&text, args, &mut out, true)?;
    // Every character written is below 256 (bytes, ASCII conversions).
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

/// `fmt % args`: `args` is a tuple for several values, a mapping for `%(name)s`, or a single
/// value.
pub fn percent_format(fmt: &str, args: &Value) -> PyResult<Str> {
    let mut out = String::new();
    percent_format_into(fmt, args, &mut out)?;
    Ok(Str::from_string(out))
}

/// `fmt % args`, appended to `out`.
pub fn percent_format_into(fmt: &str, args: &Value, out: &mut String) -> PyResult<()> {
    format_into(fmt, args, out, false)
}

fn format_into(fmt: &str, args: &Value, out: &mut String, bytes: bool) -> PyResult<()> {
    // A tuple subclass (a named tuple) supplies its items, as PyTuple_Check accepts it.
    let items;
    let args = match crate::class::namedtuple::tuple_subclass_items(args) {
        Some(t) => {
            items = Value::Tuple(t);
            &items
        }
        None => args,
    };
    let (tuple, arglen, argidx) = match args {
        Value::Tuple(t) => (Some(t.as_slice()), t.len() as isize, 0),
        _ => (None, -1, -2),
    };
    let dict = match args {
        Value::Dict(_) | Value::List(_) | Value::Range(_) => Some(args),
        _ => None,
    };
    let mut ctx = Ctx {
        fmt,
        pos: 0,
        cnt: fmt.chars().count() as isize,
        cur: args.clone(),
        tuple,
        arglen,
        argidx,
        dict,
        bytes,
    };
    out.reserve(fmt.len() + 16);
    let bytes = fmt.as_bytes();
    while ctx.pos < bytes.len() {
        match bytes[ctx.pos..].iter().position(|&b| b == b'%') {
            None => {
                out.push_str(&fmt[ctx.pos..]);
                break;
            }
            Some(off) => {
                let lit = &fmt[ctx.pos..ctx.pos + off];
                out.push_str(lit);
                // cnt counts the characters after the '%', as CPython's fmtcnt does.
                ctx.cnt -= lit.chars().count() as isize + 1;
                ctx.pos += off + 1;
                format_arg(&mut ctx, out)?;
            }
        }
    }
    if ctx.argidx < ctx.arglen && ctx.dict.is_none() {
        return not_all_converted(&ctx);
    }
    Ok(())
}
