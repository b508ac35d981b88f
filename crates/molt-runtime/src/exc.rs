//! Python exceptions: the builtin class hierarchy and the error value that generated code
//! propagates with `?` (`PyResult<T>`).

use crate::value::Value;
use std::fmt::Write as _;

pub type PyResult<T> = Result<T, PyErr>;

macro_rules! exc_kinds {
    ($($name:ident => $parent:expr),* $(,)?) => {
        /// The builtin exception classes, with CPython 3.11's hierarchy.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(non_camel_case_types)] // re.error is named `error`
        pub enum ExcKind { $($name),* }

        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$name),*];

            fn ident_name(self) -> &'static str {
                match self { $(ExcKind::$name => stringify!($name)),* }
            }

            pub fn parent(self) -> Option<ExcKind> {
                match self { $(ExcKind::$name => $parent),* }
            }
        }
    };
}

use ExcKind as K;
exc_kinds! {
    BaseException => None,
    SystemExit => Some(K::BaseException),
    KeyboardInterrupt => Some(K::BaseException),
    GeneratorExit => Some(K::BaseException),
    Exception => Some(K::BaseException),
    StopIteration => Some(K::Exception),
    StopAsyncIteration => Some(K::Exception),
    ArithmeticError => Some(K::Exception),
    FloatingPointError => Some(K::ArithmeticError),
    OverflowError => Some(K::ArithmeticError),
    ZeroDivisionError => Some(K::ArithmeticError),
    AssertionError => Some(K::Exception),
    AttributeError => Some(K::Exception),
    BufferError => Some(K::Exception),
    EOFError => Some(K::Exception),
    ImportError => Some(K::Exception),
    ModuleNotFoundError => Some(K::ImportError),
    LookupError => Some(K::Exception),
    IndexError => Some(K::LookupError),
    KeyError => Some(K::LookupError),
    MemoryError => Some(K::Exception),
    NameError => Some(K::Exception),
    UnboundLocalError => Some(K::NameError),
    OSError => Some(K::Exception),
    BlockingIOError => Some(K::OSError),
    ChildProcessError => Some(K::OSError),
    ConnectionError => Some(K::OSError),
    BrokenPipeError => Some(K::ConnectionError),
    ConnectionAbortedError => Some(K::ConnectionError),
    ConnectionRefusedError => Some(K::ConnectionError),
    ConnectionResetError => Some(K::ConnectionError),
    FileExistsError => Some(K::OSError),
    FileNotFoundError => Some(K::OSError),
    InterruptedError => Some(K::OSError),
    IsADirectoryError => Some(K::OSError),
    NotADirectoryError => Some(K::OSError),
    PermissionError => Some(K::OSError),
    ProcessLookupError => Some(K::OSError),
    TimeoutError => Some(K::OSError),
    ReferenceError => Some(K::Exception),
    RuntimeError => Some(K::Exception),
    NotImplementedError => Some(K::RuntimeError),
    RecursionError => Some(K::RuntimeError),
    SyntaxError => Some(K::Exception),
    SystemError => Some(K::Exception),
    TypeError => Some(K::Exception),
    ValueError => Some(K::Exception),
    UnicodeError => Some(K::ValueError),
    UnicodeDecodeError => Some(K::UnicodeError),
    UnicodeEncodeError => Some(K::UnicodeError),
    UnicodeTranslateError => Some(K::UnicodeError),
    Warning => Some(K::Exception),
    UserWarning => Some(K::Warning),
    DeprecationWarning => Some(K::Warning),
    RuntimeWarning => Some(K::Warning),
    PendingDeprecationWarning => Some(K::Warning),
    SyntaxWarning => Some(K::Warning),
    FutureWarning => Some(K::Warning),
    ImportWarning => Some(K::Warning),
    UnicodeWarning => Some(K::Warning),
    BytesWarning => Some(K::Warning),
    ResourceWarning => Some(K::Warning),
    EncodingWarning => Some(K::Warning),
    // Exception classes of stdlib modules.
    JSONDecodeError => Some(K::ValueError),
    error => Some(K::Exception),
    // Exceptions of stdlib modules (tracebacks show them module-qualified).
    StatisticsError => Some(K::ValueError),
    BinasciiError => Some(K::ValueError),
    StructError => Some(K::Exception),
    CsvError => Some(K::Exception),
    CalendarIllegalMonth => Some(K::ValueError),
    ShutilError => Some(K::OSError),
    SameFileError => Some(K::ShutilError),
    CalendarIllegalWeekday => Some(K::ValueError),
    // io.UnsupportedOperation derives from OSError and ValueError; molt keeps OSError.
    UnsupportedOperation => Some(K::OSError),
    // decimal's trapped signals (DecimalException derives from ArithmeticError;
    // DivisionByZero also from ZeroDivisionError, which molt keeps as its parent).
    DecimalInvalidOperation => Some(K::ArithmeticError),
    DecimalDivisionByZero => Some(K::ZeroDivisionError),
    DecimalOverflow => Some(K::ArithmeticError),
}

impl ExcKind {
    /// `issubclass(self, other)`.
    pub fn is_subclass(self, other: ExcKind) -> bool {
        let mut k = Some(self);
        while let Some(c) = k {
            if c == other {
                return true;
            }
            k = c.parent();
        }
        false
    }

    pub fn from_name(name: &str) -> Option<ExcKind> {
        ExcKind::ALL.iter().copied().find(|k| k.name() == name)
    }

    /// `type(e).__name__`.
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::BinasciiError => "Error",
            ExcKind::StructError => "error",
            ExcKind::CsvError => "Error",
            ExcKind::CalendarIllegalMonth => "IllegalMonthError",
            ExcKind::ShutilError => "Error",
            ExcKind::CalendarIllegalWeekday => "IllegalWeekdayError",
            ExcKind::DecimalInvalidOperation => "InvalidOperation",
            ExcKind::DecimalDivisionByZero => "DivisionByZero",
            ExcKind::DecimalOverflow => "Overflow",
            k => k.ident_name(),
        }
    }

    /// The name a traceback shows: module-qualified for the exceptions of stdlib modules.
    pub fn qualified_name(self) -> &'static str {
        match self {
            ExcKind::JSONDecodeError => "json.decoder.JSONDecodeError",
            ExcKind::error => "re.error",
            ExcKind::StatisticsError => "statistics.StatisticsError",
            ExcKind::BinasciiError => "binascii.Error",
            ExcKind::StructError => "struct.error",
            ExcKind::CsvError => "_csv.Error",
            ExcKind::CalendarIllegalMonth => "calendar.IllegalMonthError",
            ExcKind::ShutilError => "shutil.Error",
            ExcKind::SameFileError => "shutil.SameFileError",
            ExcKind::CalendarIllegalWeekday => "calendar.IllegalWeekdayError",
            ExcKind::UnsupportedOperation => "io.UnsupportedOperation",
            ExcKind::DecimalInvalidOperation => "decimal.InvalidOperation",
            ExcKind::DecimalDivisionByZero => "decimal.DivisionByZero",
            ExcKind::DecimalOverflow => "decimal.Overflow",
            k => k.name(),
        }
    }

    /// The method resolution order, most derived first (for `type(e).__mro__`-like walks).
    pub fn mro(self) -> Vec<ExcKind> {
        let mut v = vec![];
        let mut k = Some(self);
        while let Some(c) = k {
            v.push(c);
            k = c.parent();
        }
        v
    }
}

/// A raised exception. Behind an `Rc` so that `PyResult<T>` stays two words and clones
/// are the same Python object: a context set on one (at a re-raise) is seen by all.
#[derive(Clone)]
pub struct PyErr(std::rc::Rc<ErrInner>);

/// The chaining attributes of an exception object, shared by its clones.
#[derive(Clone, Default)]
struct Chain {
    cause: Option<PyErr>,
    context: Option<PyErr>,
    suppress_context: bool,
    /// The implicit-context rule has been applied (exc_state::raised): a runtime error
    /// gets it where compiled code first sees it, and only there.
    chained: bool,
    /// `__notes__` of a builtin exception value (set by `add_note` or assignment); a user
    /// exception instance keeps its own in its `__dict__`.
    notes: Option<Value>,
}

#[derive(Clone)]
struct ErrInner {
    kind: ExcKind,
    args: Vec<Value>,
    chain: std::cell::RefCell<Chain>,
    /// The instance of a user exception class this error raises (class/excs.rs); `kind`
    /// is then the builtin exception class it derives from.
    inst: Option<crate::object::ObjRef>,
    /// For an AttributeError from attribute access: the object and the name, from which
    /// the uncaught traceback computes "Did you mean" (CPython's AttributeError.obj/name).
    attr_ctx: Option<(Value, crate::Str)>,
    /// ImportError's `name` and `path` (None when not given).
    import_ctx: Option<Box<(Value, Value)>>,
    /// A NameError for an unbound name: the name (`e.name`) and CPython's "Did you mean"
    /// suggestion, which only the uncaught traceback prints (Python/suggestions.c).
    name_ctx: Option<Box<(crate::Str, Option<crate::Str>)>>,
    /// The identity of the Python exception object: clones of a PyErr are the same
    /// object (`err.__context__ is err.__cause__`).
    id: u64,
}

thread_local! {
    static NEXT_ERR_ID: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// The OSError subclass for an errno (Objects/exceptions.c, the errnomap of OSError_new).
pub fn oserror_kind(errno: i64) -> ExcKind {
    match errno {
        11 | 114 | 115 => ExcKind::BlockingIOError,
        10 => ExcKind::ChildProcessError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        111 => ExcKind::ConnectionRefusedError,
        104 => ExcKind::ConnectionResetError,
        17 => ExcKind::FileExistsError,
        2 => ExcKind::FileNotFoundError,
        21 => ExcKind::IsADirectoryError,
        20 => ExcKind::NotADirectoryError,
        4 => ExcKind::InterruptedError,
        1 | 13 => ExcKind::PermissionError,
        3 => ExcKind::ProcessLookupError,
        110 => ExcKind::TimeoutError,
        _ => ExcKind::OSError,
    }
}

impl PyErr {
    pub fn new(kind: ExcKind, args: Vec<Value>) -> PyErr {
        // OSError(errno, strerror, ...) is the subclass for errno (OSError_new).
        let kind = match (kind, args.first()) {
            (ExcKind::OSError, Some(Value::Int(n))) if (2..=5).contains(&args.len()) => {
                n.as_i64().map_or(kind, oserror_kind)
            }
            _ => kind,
        };
        PyErr(std::rc::Rc::new(ErrInner {
            kind,
            args,
            chain: std::cell::RefCell::new(Chain::default()),
            inst: None,
            attr_ctx: None,
            import_ctx: None,
            name_ctx: None,
            id: NEXT_ERR_ID.with(|n| {
                let id = n.get();
                n.set(id + 1);
                id
            }),
        }))
    }

    /// The error that raising an instance of a user exception class makes.
    pub fn from_instance(kind: ExcKind, args: Vec<Value>, inst: crate::object::ObjRef) -> PyErr {
        let mut e = PyErr::new(kind, args);
        e.inner_mut().inst = Some(inst);
        e
    }

    /// `type(e).__name__`: the user class of a carried instance, else the builtin kind.
    pub fn class_name(&self) -> &'static str {
        match &self.0.inst {
            Some(o) => o.type_name(),
            None => self.0.kind.name(),
        }
    }

    /// The identity of the Python exception object (what `is` compares).
    pub fn identity(&self) -> u64 {
        match &self.0.inst {
            Some(o) => std::rc::Rc::as_ptr(o) as *const () as usize as u64,
            None => self.0.id,
        }
    }

    /// The user exception instance this error carries.
    pub fn instance(&self) -> Option<&crate::object::ObjRef> {
        self.0.inst.as_ref()
    }

    /// The inner record for a builder step on a new error (one not yet shared, so
    /// `make_mut` does not copy it).
    fn inner_mut(&mut self) -> &mut ErrInner {
        std::rc::Rc::make_mut(&mut self.0)
    }

    /// Sets cause, context and `__suppress_context__` (from an instance being raised).
    pub fn set_chain(&mut self, cause: Option<PyErr>, context: Option<PyErr>, suppress: bool) {
        let mut c = self.0.chain.borrow_mut();
        c.cause = cause;
        c.context = context;
        c.suppress_context = suppress;
    }

    /// Records the object and attribute name of an AttributeError raised by attribute
    /// access (once, like CPython's set_attribute_error_context).
    pub fn with_attr_context(mut self, obj: &Value, name: &crate::Str) -> PyErr {
        if self.0.kind == ExcKind::AttributeError
            && self.0.inst.is_none()
            && self.0.attr_ctx.is_none()
        {
            self.inner_mut().attr_ctx = Some((obj.clone(), name.clone()));
        }
        self
    }

    pub fn attr_context(&self) -> Option<&(Value, crate::Str)> {
        self.0.attr_ctx.as_ref()
    }

    /// An exception whose single argument is a message string.
    pub fn msg(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        let s: String = msg.into();
        PyErr::new(kind, vec![Value::Str(crate::Str::from(s.as_str()))])
    }

    /// The ImportError an import statement raises, with its `name` and `path` (empty: None).
    pub fn import_error(kind: ExcKind, msg: &str, name: &str, path: &str) -> PyErr {
        let mut e = PyErr::msg(kind, msg);
        let opt = |s: &str| {
            if s.is_empty() {
                Value::None
            } else {
                Value::Str(crate::Str::from(s))
            }
        };
        e.inner_mut().import_ctx = Some(Box::new((opt(name), opt(path))));
        e
    }

    /// The NameError reading the unbound `name` raises (ceval.c's format_exc_check_arg
    /// sets `name`), with the suggestion the front end computed for the place.
    pub fn name_error(msg: &str, name: &str, suggestion: Option<&str>) -> PyErr {
        let mut e = PyErr::msg(ExcKind::NameError, msg);
        e.inner_mut().name_ctx = Some(Box::new((
            crate::Str::from(name),
            suggestion.map(crate::Str::from),
        )));
        e
    }

    /// The NameError of an unbound name, given the suggestion for the place it was read.
    pub fn with_name_hint(mut self, hint: &str) -> PyErr {
        if self.0.name_ctx.is_none() {
            return self;
        }
        if let Some(c) = &mut self.inner_mut().name_ctx {
            c.1 = Some(crate::Str::from(hint));
        }
        self
    }

    /// NameError's `name` attribute (None unless the error is an unbound name's).
    pub fn name_attr(&self) -> Value {
        match &self.0.name_ctx {
            Some(c) => Value::Str(c.0.clone()),
            None => Value::None,
        }
    }

    /// Whether this is an OSError built from (errno, strerror[, filename[, winerror[,
    /// filename2]]]) (oserror_parse_args): its args are then the first two.
    fn os_parts(&self) -> Option<&[Value]> {
        let a = self.0.args.as_slice();
        (self.0.inst.is_none()
            && self.0.kind.is_subclass(ExcKind::OSError)
            && (2..=5).contains(&a.len()))
        .then_some(a)
    }

    /// `e.args` (an OSError keeps only errno and strerror there).
    pub fn visible_args(&self) -> &[Value] {
        match self.os_parts() {
            Some(a) => &a[..2],
            None => &self.0.args,
        }
    }

    /// OSError's `errno`, `strerror`, `filename` and `filename2` (None when not given).
    pub fn os_attr(&self, attr: &str) -> Value {
        let Some(a) = self.os_parts() else {
            return Value::None;
        };
        let i = match attr {
            "errno" => 0,
            "strerror" => 1,
            "filename" => 2,
            _ => 4,
        };
        a.get(i).cloned().unwrap_or(Value::None)
    }

    /// An OSError as the OS reports it: errno, strerror and the file name(s).
    pub fn os_error(
        kind: ExcKind,
        errno: i64,
        strerror: &str,
        file: &str,
        file2: Option<&str>,
    ) -> PyErr {
        let mut args = vec![Value::int(errno), Value::str(strerror), Value::str(file)];
        if let Some(f2) = file2 {
            args.push(Value::None);
            args.push(Value::str(f2));
        }
        PyErr::new(kind, args)
    }

    /// UnicodeDecodeError / UnicodeEncodeError as a codec raises them: args (encoding,
    /// object, start, end, reason), which str() and the attributes read.
    pub fn unicode_error(
        kind: ExcKind,
        encoding: &str,
        object: Value,
        start: usize,
        end: usize,
        reason: &str,
    ) -> PyErr {
        let args = vec![
            Value::str(encoding),
            object,
            Value::int(start as i64),
            Value::int(end as i64),
            Value::str(reason),
        ];
        PyErr::new(kind, args)
    }

    /// The (encoding, object, start, end, reason) of a UnicodeDecodeError or
    /// UnicodeEncodeError whose args have those types.
    fn unicode_parts(&self) -> Option<(&crate::Str, &Value, i64, i64, &crate::Str)> {
        if self.0.inst.is_some()
            || !matches!(
                self.0.kind,
                ExcKind::UnicodeDecodeError | ExcKind::UnicodeEncodeError
            )
        {
            return None;
        }
        match self.0.args.as_slice() {
            [
                Value::Str(enc),
                obj,
                Value::Int(s),
                Value::Int(e),
                Value::Str(why),
            ] => Some((enc, obj, s.as_i64()?, e.as_i64()?, why)),
            _ => None,
        }
    }

    /// `encoding`, `object`, `start`, `end` and `reason` of a codec error; None when the
    /// error was not built from those five.
    pub fn unicode_attr(&self, attr: &str) -> Option<Value> {
        let (enc, obj, start, end, why) = self.unicode_parts()?;
        Some(match attr {
            "encoding" => Value::Str(enc.clone()),
            "object" => obj.clone(),
            "start" => Value::int(start),
            "end" => Value::int(end),
            _ => Value::Str(why.clone()),
        })
    }

    /// UnicodeDecodeError_str / UnicodeEncodeError_str.
    fn unicode_str(&self, out: &mut String) -> bool {
        let Some((enc, obj, start, end, why)) = self.unicode_parts() else {
            return false;
        };
        let (enc, why) = (enc.as_str(), why.as_str());
        let single = usize::try_from(start).ok().filter(|_| end == start + 1);
        if self.0.kind == ExcKind::UnicodeDecodeError {
            let byte = single
                .and_then(|i| crate::modules::bytes::as_bytes(obj).and_then(|b| b.get(i).copied()));
            let _ = match byte {
                Some(c) => write!(
                    out,
                    "'{enc}' codec can't decode byte 0x{c:02x} in position {start}: {why}"
                ),
                None => write!(
                    out,
                    "'{enc}' codec can't decode bytes in position {start}-{}: {why}",
                    end - 1
                ),
            };
        } else {
            let ch = match (single, obj) {
                (Some(i), Value::Str(s)) if i < s.char_len() => Some(s.char_at(i) as u32),
                _ => None,
            };
            let _ = match ch {
                Some(c) => {
                    let esc = if c <= 0xff {
                        format!("\\x{c:02x}")
                    } else if c <= 0xffff {
                        format!("\\u{c:04x}")
                    } else {
                        format!("\\U{c:08x}")
                    };
                    write!(
                        out,
                        "'{enc}' codec can't encode character '{esc}' in position {start}: {why}"
                    )
                }
                None => write!(
                    out,
                    "'{enc}' codec can't encode characters in position {start}-{}: {why}",
                    end - 1
                ),
            };
        }
        true
    }

    /// ImportError's `name` and `path` attributes.
    pub fn import_attr(&self, attr: &str) -> Value {
        match (&self.0.import_ctx, attr) {
            (Some(c), "name") => c.0.clone(),
            (Some(c), "path") => c.1.clone(),
            _ => Value::None,
        }
    }

    pub fn kind(&self) -> ExcKind {
        self.0.kind
    }

    pub fn args(&self) -> &[Value] {
        &self.0.args
    }

    pub fn matches(&self, kind: ExcKind) -> bool {
        match &self.0.inst {
            None => self.0.kind.is_subclass(kind),
            Some(o) => crate::class::excs_instance_matches(o, kind),
        }
    }

    /// `__cause__` (a user exception's instance holds the authoritative chain).
    pub fn cause(&self) -> Option<PyErr> {
        if let Some(o) = &self.0.inst
            && let Some(c) = crate::class::excs_chain(o)
        {
            return c.0;
        }
        self.0.chain.borrow().cause.clone()
    }

    /// `__context__`.
    pub fn context(&self) -> Option<PyErr> {
        if let Some(o) = &self.0.inst
            && let Some(c) = crate::class::excs_chain(o)
        {
            return c.1;
        }
        self.0.chain.borrow().context.clone()
    }

    /// `raise self from cause` (`None` for `from None`).
    pub fn with_cause(self, cause: Option<PyErr>) -> PyErr {
        if let Some(o) = &self.0.inst {
            crate::class::excs_sync_chain(o, Some(cause.clone()), None);
        }
        {
            let mut c = self.0.chain.borrow_mut();
            c.cause = cause;
            c.suppress_context = true;
        }
        self
    }

    /// Records the exception being handled when this one was raised, unless it has a
    /// context already (the lexical rule of programs that do not track the handled
    /// exceptions, Gen::exc_state).
    pub fn with_context(self, context: Option<PyErr>) -> PyErr {
        // An exception is never its own context (re-raising the handled one).
        if context.as_ref().is_some_and(|c| c.py_is_exc(&self)) {
            return self;
        }
        if let Some(o) = &self.0.inst {
            crate::class::excs_sync_chain(o, None, context.clone());
        }
        let mut c = self.0.chain.borrow_mut();
        if c.context.is_none() {
            c.context = context;
        }
        drop(c);
        self
    }

    /// Sets `__context__` (replacing any), as `_PyErr_SetObject` and `e.__context__ = c` do.
    pub fn set_context(&self, context: Option<PyErr>) {
        if let Some(o) = &self.0.inst {
            crate::class::excs_set_context(o, context.clone());
        }
        self.0.chain.borrow_mut().context = context;
    }

    /// `e.__cause__ = c`: also sets `__suppress_context__` (BaseException_set_cause).
    pub fn set_cause(&self, cause: Option<PyErr>) {
        if let Some(o) = &self.0.inst {
            crate::class::excs_sync_chain(o, Some(cause.clone()), None);
        }
        let mut c = self.0.chain.borrow_mut();
        c.cause = cause;
        c.suppress_context = true;
    }

    /// `e.__suppress_context__ = b`.
    pub fn set_suppress_context(&self, b: bool) {
        self.0.chain.borrow_mut().suppress_context = b;
    }

    /// `__notes__` of a builtin exception value, when it has one.
    pub fn notes(&self) -> Option<Value> {
        self.0.chain.borrow().notes.clone()
    }

    /// `e.__notes__ = v` on a builtin exception value.
    pub fn set_notes(&self, v: Value) {
        self.0.chain.borrow_mut().notes = Some(v);
    }

    /// `e.add_note(note)` on a builtin exception value (BaseException_add_note): creates
    /// `__notes__` as a list at the first note.
    pub fn add_note(&self, note: Value) -> PyResult<()> {
        if !matches!(note, Value::Str(_)) {
            return type_error(format!("note must be a str, not '{}'", note.class_name()));
        }
        let cur = self.notes();
        match cur {
            Some(Value::List(l)) => l.append(note),
            Some(_) => return type_error("Cannot add note: __notes__ is not a list"),
            None => self.set_notes(Value::List(crate::list::List::from_vec(vec![note]))),
        }
        Ok(())
    }

    /// Whether the implicit-context rule has been applied to this exception.
    pub fn is_chained(&self) -> bool {
        self.0.chain.borrow().chained
    }

    /// Records that the implicit-context rule has been applied.
    pub fn mark_chained(&self) {
        self.0.chain.borrow_mut().chained = true;
    }

    /// Whether two errors are the same Python exception object.
    pub fn py_is_exc(&self, other: &PyErr) -> bool {
        match (&self.0.inst, &other.0.inst) {
            (Some(a), Some(b)) => std::rc::Rc::ptr_eq(a, b),
            (None, None) => self.0.id == other.0.id,
            _ => false,
        }
    }

    pub fn suppress_context(&self) -> bool {
        if let Some(o) = &self.0.inst
            && let Some(c) = crate::class::excs_chain(o)
        {
            return c.2;
        }
        self.0.chain.borrow().suppress_context
    }

    /// `str(e)`: empty for no args, str(arg) for one, repr(args) otherwise;
    /// KeyError shows the repr of its key.
    pub fn str_into(&self, out: &mut String) -> PyResult<()> {
        use crate::obj::PyObj;
        if let Some(o) = &self.0.inst {
            return o.str_into(out);
        }
        if let Some(a) = self.os_parts() {
            // OSError_str: "[Errno e] strerror: 'file' -> 'file2'".
            let f2 = a.get(4).filter(|v| !v.is_none());
            match a.get(2).filter(|v| !v.is_none()) {
                Some(f) => {
                    out.push_str("[Errno ");
                    a[0].py_str(out)?;
                    out.push_str("] ");
                    a[1].py_str(out)?;
                    out.push_str(": ");
                    f.py_repr(out)?;
                    if let Some(f2) = f2 {
                        out.push_str(" -> ");
                        f2.py_repr(out)?;
                    }
                    return Ok(());
                }
                None if a.len() == 2 || f2.is_none() => {
                    out.push_str("[Errno ");
                    a[0].py_str(out)?;
                    out.push_str("] ");
                    return a[1].py_str(out);
                }
                None => {}
            }
        }
        if self.unicode_str(out) {
            return Ok(());
        }
        match self.0.args.as_slice() {
            [] => Ok(()),
            [a] if self.0.kind == ExcKind::KeyError => a.py_repr(out),
            [a] => a.py_str(out),
            args => crate::tuple::repr_items(args, out),
        }
    }

    pub fn to_str(&self) -> String {
        let mut s = String::new();
        if self.str_into(&mut s).is_err() {
            s = "<exception str() failed>".to_string();
        }
        s
    }

    /// `repr(e)`: `ValueError('msg')`.
    pub fn repr_into(&self, out: &mut String) -> PyResult<()> {
        if let Some(o) = &self.0.inst {
            return o.repr_into(out);
        }
        out.push_str(self.0.kind.name());
        crate::tuple::repr_items_paren_only(self.visible_args(), out)
    }

    /// The last line of a traceback: `ValueError: msg` or just `ValueError`.
    pub fn traceback_line(&self) -> String {
        let mut msg = self.to_str();
        let name = match &self.0.inst {
            Some(o) => crate::class::excs_traceback_name(o),
            None => self.0.kind.qualified_name().to_string(),
        };
        if self.0.kind == ExcKind::AttributeError
            && self.0.inst.is_none()
            && let Some((obj, attr)) = &self.0.attr_ctx
            && let Some(s) = crate::attr::suggestion(obj, attr)
        {
            let _ = write!(msg, ". Did you mean: '{s}'?");
        }
        if self.0.kind == ExcKind::NameError
            && self.0.inst.is_none()
            && let Some(c) = &self.0.name_ctx
            && let Some(s) = &c.1
        {
            let _ = write!(msg, ". Did you mean: '{s}'?");
        }
        let mut s = if msg.is_empty() {
            name
        } else {
            let mut s = String::new();
            let _ = write!(s, "{name}: {msg}");
            s
        };
        let notes = match &self.0.inst {
            Some(o) => crate::class::excs_notes(o),
            None => self
                .notes()
                .map_or_else(Vec::new, |v| crate::class::note_lines(&v)),
        };
        for n in notes {
            s.push('\n');
            s.push_str(&n);
        }
        s
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.traceback_line())
    }
}

/// Shorthands for the errors the runtime raises most.
pub fn type_error<T>(msg: impl Into<String>) -> PyResult<T> {
    Err(PyErr::msg(ExcKind::TypeError, msg))
}
pub fn value_error<T>(msg: impl Into<String>) -> PyResult<T> {
    Err(PyErr::msg(ExcKind::ValueError, msg))
}
pub fn index_error<T>(msg: impl Into<String>) -> PyResult<T> {
    Err(PyErr::msg(ExcKind::IndexError, msg))
}
pub fn zero_division<T>(msg: impl Into<String>) -> PyResult<T> {
    Err(PyErr::msg(ExcKind::ZeroDivisionError, msg))
}
pub fn overflow_error<T>(msg: impl Into<String>) -> PyResult<T> {
    Err(PyErr::msg(ExcKind::OverflowError, msg))
}
pub fn raise<T>(kind: ExcKind, msg: impl Into<String>) -> PyResult<T> {
    Err(PyErr::msg(kind, msg))
}

/// `raise x` where x is a dynamic value: it must be an exception.
pub fn to_exception(v: Value) -> PyResult<PyErr> {
    match v {
        Value::Exc(e) => Ok(e),
        Value::Obj(_) => crate::class::excs_to_exception(&v),
        _ => type_error("exceptions must derive from BaseException"),
    }
}

impl crate::obj::PyObj for PyErr {
    fn to_value(&self) -> Value {
        match &self.0.inst {
            Some(o) => Value::Obj(o.clone()),
            None => Value::Exc(self.clone()),
        }
    }
    fn type_name(&self) -> &'static str {
        match &self.0.inst {
            Some(o) => o.type_name(),
            None => self.kind().name(),
        }
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        self.repr_into(out)
    }
    fn py_str(&self, out: &mut String) -> PyResult<()> {
        self.str_into(out)
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        Ok(self.py_is(other))
    }
    fn py_hash(&self) -> PyResult<i64> {
        if let Some(o) = &self.0.inst {
            return Ok((std::rc::Rc::as_ptr(o) as *const () as usize >> 4) as i64);
        }
        Ok((self.0.id as i64).wrapping_mul(0x9e37_79b9) >> 4)
    }
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(true)
    }
    fn py_is(&self, other: &Self) -> bool {
        match (&self.0.inst, &other.0.inst) {
            (Some(a), Some(b)) => std::rc::Rc::ptr_eq(a, b),
            _ => self.0.id == other.0.id,
        }
    }
}
