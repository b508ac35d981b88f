//! molt's high-level IR: Python with names resolved (locals, globals, functions, builtins,
//! modules), calls bound to parameters, and every expression numbered so later stages can
//! attach types to it. It is still Python: no Rust and no types here.

use crate::diag::Span;

macro_rules! id_type {
    ($name:ident) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);
        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

id_type!(ExprId);
id_type!(LocalId);
id_type!(GlobalId);
id_type!(FuncId);

#[derive(Debug)]
pub struct Module {
    pub name: String,
    pub path: String,
    pub source: String,
    pub globals: Vec<Global>,
    pub funcs: Vec<Function>,
    /// The module's top-level code.
    pub body: Vec<Stmt>,
    /// Number of expression ids handed out (ExprId(0..n_exprs)).
    pub n_exprs: u32,
    /// Variables of the module body that no function mentions: plain locals of the
    /// module's code rather than globals.
    pub module_locals: Vec<Local>,
    /// Module locals captured by a lambda (comprehension variables): closure cells.
    pub module_cells: Vec<LocalId>,
    /// CPython's "Did you mean" for the NameError a `Raise` at this span (start, end)
    /// raises: printed by the uncaught traceback only.
    pub name_hints: std::collections::HashMap<(u32, u32), String>,
    /// The classes whose plain methods are static functions (lower_class.rs).
    pub classes: Vec<ClassInfo>,
    /// Split webs (split.rs) whose value an assignment to another web of the same name
    /// releases, by the assignment's value: Python drops the old value when the name is
    /// bound again (a generator's `finally`, a file's flush run there), so codegen drops
    /// these variables right after that assignment instead of at the end of the scope.
    pub releases: std::collections::HashMap<ExprId, Vec<LocalId>>,
}

/// A top-level class bound once to `global`, with no decorators (but a plain
/// `@dataclass`), keywords or attribute hooks, whose bases are such classes (indices into `Module::classes`) or `object`.
#[derive(Debug, Clone)]
pub struct ClassInfo {
    pub name: String,
    pub global: GlobalId,
    /// The class body function (its `class_ns` is the namespace).
    pub body: FuncId,
    pub bases: Vec<usize>,
    /// Its plain methods: static functions whose first parameter is the instance.
    pub methods: Vec<(String, FuncId)>,
    /// Its read-only properties (`@property def name(self)`, no setter): the getters,
    /// static functions like the methods, which the namespace binds wrapped in
    /// `property(...)`.
    pub props: Vec<(String, FuncId)>,
    /// Decorated by `dataclasses.dataclass` (lower_dataclass.rs `plain_dataclass`): the
    /// decorator returns the class itself.
    pub dataclass: bool,
}

#[derive(Debug, Clone)]
pub struct Global {
    pub name: String,
    pub span: Span,
    /// Hidden globals hold default argument values evaluated at `def` time.
    pub hidden: bool,
}

#[derive(Debug, Clone)]
pub struct Local {
    pub name: String,
    pub span: Span,
}

#[derive(Debug)]
pub struct Param {
    pub name: String,
    pub local: LocalId,
    pub span: Span,
    pub default: Option<Default>,
    pub kind: ParamKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamKind {
    PositionalOnly,
    Normal,
    KeywordOnly,
    /// `*args`: a tuple of the extra positional arguments.
    VarPositional,
    /// `**kwargs`: a dict of the extra keyword arguments.
    VarKeyword,
}

/// A default argument value: constants are re-created at each call (indistinguishable);
/// anything else is evaluated once, when the `def` runs, into a hidden global.
#[derive(Debug)]
pub enum Default {
    Const(Expr),
    Global(GlobalId),
    /// The i-th default stored in the function object (functions made at run time:
    /// nested defs, lambdas, decorated or rebound defs).
    Stored(u32),
}

#[derive(Debug)]
pub struct Function {
    pub name: String,
    /// `outer.<locals>.inner`, `<lambda>`: what error messages and reprs show.
    pub qualname: String,
    /// A Rust identifier unique in the module.
    pub rust_name: String,
    pub span: Span,
    pub params: Vec<Param>,
    pub locals: Vec<Local>,
    pub body: Vec<Stmt>,
    /// Whether some call may run before the `def` statement has executed, in which case
    /// calls check a flag and raise NameError like Python.
    pub needs_defined_flag: bool,
    /// Made at run time (`MakeFunc`): a nested def, a lambda, or a module-level def that
    /// is decorated or rebound. Such functions are only called through their value.
    pub dynamic: bool,
    /// A nested `def` whose every use is a direct call (`CallFunc`) by its parent's body or
    /// by itself (lower_direct.rs): its parameters are typed by those calls although it is
    /// `dynamic` (its function object is still made, and never called).
    pub direct_only: bool,
    /// The function whose body holds this one's `def` (None: the module body).
    pub parent: Option<FuncId>,
    /// Variables of enclosing functions this one uses (its closure).
    pub free: Vec<FreeVar>,
    /// Own locals that nested functions capture: stored in shared cells.
    pub cells: Vec<LocalId>,
    pub is_lambda: bool,
    /// Contains `yield`: calling it makes a generator object that runs the body lazily.
    pub is_generator: bool,
    /// The body of a `class` statement: runs once, and its bound locals become the
    /// class namespace (`MakeClass`). Local 0 is the `__class__` cell.
    pub class_body: bool,
    /// For a class body: the locals that are class attributes, in order.
    pub class_ns: Vec<LocalId>,
    /// The docstring (`__doc__`).
    pub doc: Option<String>,
    /// The dotted name of the Python module that defines it (`__main__` for the script).
    pub module: String,
    /// A static function decorated with `functools.cache`/`lru_cache` (lower_cache.rs):
    /// its direct calls go through its cache.
    pub cache: Option<CacheSpec>,
    /// A plain method of `Module::classes[k]` (lower_class.rs): a static function.
    pub method_of: Option<u32>,
}

/// The parameters of a memoised function's cache, as `lru_cache` normalises them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CacheSpec {
    /// None: unbounded; a negative size is 0 (no caching).
    pub maxsize: Option<i64>,
    pub typed: bool,
}

/// A captured variable and where the enclosing function finds it.
#[derive(Debug, Clone)]
pub struct FreeVar {
    pub name: String,
    pub src: FreeSrc,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FreeSrc {
    /// A cell local of the parent (of the module body when the parent is None).
    Local(LocalId),
    /// One of the parent's own free variables.
    Free(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Var {
    Local(LocalId),
    Global(GlobalId),
    /// The i-th free variable of the current function.
    Free(u32),
}

#[derive(Debug)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Debug)]
pub enum StmtKind {
    Expr(Expr),
    /// `t1 = t2 = value`.
    Assign {
        targets: Vec<Target>,
        value: Expr,
    },
    /// `target op= value`.
    AugAssign {
        target: Target,
        op: BinOp,
        value: Expr,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Target,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Break,
    Continue,
    Pass,
    Return(Option<Expr>),
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// Where a `def` executes: evaluates non-constant defaults and marks the function defined.
    FuncDef {
        func: FuncId,
        defaults: Vec<(GlobalId, Expr)>,
    },
    /// `del x`, `del a[i]`, `del a[i:j]`.
    Delete(Vec<Target>),
    /// The innermost step of a comprehension: add to its accumulator.
    CompAppend {
        acc: Var,
        kind: CompKind,
        value: Expr,
        key: Option<Expr>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
}

#[derive(Debug)]
pub struct Handler {
    pub span: Span,
    /// Empty: a bare `except:`.
    pub types: Vec<ExcClass>,
    pub name: Option<Var>,
    pub body: Vec<Stmt>,
}

/// An exception class named in `except`.
#[derive(Debug)]
pub enum ExcClass {
    Builtin(String),
    /// Any other class value (user exception classes, tuples of them).
    Value(Expr),
}

#[derive(Debug)]
pub struct Target {
    pub span: Span,
    pub kind: TargetKind,
}

// HIR nodes are built once per program; boxing the larger variants buys nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum TargetKind {
    Var(Var),
    Subscript {
        obj: Expr,
        index: Expr,
    },
    Slice {
        obj: Expr,
        lower: Option<Expr>,
        upper: Option<Expr>,
        step: Option<Expr>,
    },
    /// `a, (b, c) = ...` (also lists `[a, b] = ...`).
    Tuple(Vec<Target>),
    /// `*rest` inside a tuple target: takes the remaining items as a list.
    Star(Box<Target>),
    /// `obj.name = ...`
    Attr {
        obj: Expr,
        name: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOpKind {
    And,
    Or,
}

#[derive(Debug)]
pub struct Expr {
    pub id: ExprId,
    pub span: Span,
    pub kind: ExprKind,
}

/// The internal builtin for `T.name(obj, ...)` of a builtin type T: its arguments are
/// `Str(T)`, `Str(name)`, the receiver `obj`, then the call's other arguments. T's method
/// applies to `obj` (a subclass's override does not run; another type is CPython's
/// descriptor TypeError); codegen emits `obj.name(...)` when `obj` is exactly a T.
pub const TYPE_CALL: &str = "__molt_type_call";

/// What a call calls.
#[derive(Debug)]
pub enum Callee {
    /// A function defined in this module.
    Func(FuncId),
    /// A builtin function or type (`len`, `int`, `ValueError`, ...).
    Builtin(String),
    /// `recv.name(...)`.
    Method(Box<Expr>, String),
    /// `module.name(...)` for a stdlib module molt implements (`math.sqrt`).
    Module(String, String),
}

/// A positional argument of a dynamic call.
#[derive(Debug)]
pub enum Arg {
    Pos(Expr),
    /// `*xs`
    Star(Expr),
}

/// A keyword argument of a dynamic call; no name: `**mapping`.
#[derive(Debug)]
pub struct KwArg {
    pub name: Option<String>,
    pub value: Expr,
}

#[derive(Debug)]
pub enum FPart {
    Lit(String),
    Value {
        expr: Expr,
        conversion: Option<char>,
        spec: Vec<FPart>,
    },
}

/// One step of a `CycleAttr` read: attribute `attr` of module `owner` exists once the
/// global `present` is bound; `owner_init`, bound at the end of the owner's top-level code,
/// tells "partially initialized" apart in the message (Python/ceval.c import_from for a
/// `from` import).
#[derive(Debug, Clone)]
pub struct AttrCheck {
    pub present: GlobalId,
    pub owner_init: Option<GlobalId>,
    pub owner: String,
    pub attr: String,
    /// For `from owner import attr`: the owner's file, for CPython's ImportError instead.
    pub import_path: Option<String>,
    /// `attr` is a submodule being imported (its own message once `owner` is complete).
    pub submodule: bool,
}

#[derive(Debug)]
pub enum ExprKind {
    Int(i64),
    /// An int literal that does not fit in an i64, as written (prefixes, underscores).
    BigInt(String),
    Float(f64),
    Str(String),
    Bool(bool),
    None,
    Name(Var),
    /// A user function used as a value (`key=f`).
    FuncRef(FuncId),
    /// A `class` statement's class: evaluates the bases and keywords, runs the body
    /// function `body`, and makes the class from its namespace.
    MakeClass {
        body: FuncId,
        bases: Vec<Expr>,
        kwargs: Vec<(String, Expr)>,
    },
    /// `super()` (the class the method is defined in, and its first argument) and
    /// `super(cls, obj)`.
    Super(Box<Expr>, Box<Expr>),
    /// `yield value`: the value sent back in (None for `next()`).
    Yield(Option<Box<Expr>>),
    /// `(name := value)`: assigns the variable and evaluates to the value.
    Named(Box<Target>, Box<Expr>),
    /// `yield from iterable`: the sub-generator's return value.
    YieldFrom(Box<Expr>),
    /// Makes a function object at run time (nested def, lambda, decorated def), with the
    /// values of its non-constant defaults (`Default::Stored`).
    MakeFunc {
        func: FuncId,
        defaults: Vec<Expr>,
    },
    /// Calls any callable value, with `*` and `**` arguments.
    CallValue {
        func: Box<Expr>,
        args: Vec<Arg>,
        kwargs: Vec<KwArg>,
    },
    /// A builtin used as a value (`map(int, xs)`, `key=len`), or an exception class.
    BuiltinRef(String),
    /// `str.lower` and the like, used as a value.
    MethodRef(String, String),
    /// `math.pi`, `sys.argv`, `sys.stdin`.
    ModuleAttr(String, String),
    /// `m.x` where module `m` was still running its top-level code when this use was
    /// lowered (an import cycle): each check in order, then the global `value`, raising
    /// CPython's AttributeError where one is not bound yet (Objects/moduleobject.c,
    /// module_getattro).
    CycleAttr {
        checks: Vec<AttrCheck>,
        value: GlobalId,
    },
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    BoolOp(BoolOpKind, Vec<Expr>),
    /// `a < b < c`.
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    /// A call to a user function, with arguments bound to parameters: `None` means "use the
    /// default".
    CallFunc {
        func: FuncId,
        args: Vec<Option<Expr>>,
    },
    /// Any other call.
    Call {
        callee: Callee,
        args: Vec<Expr>,
        kwargs: Vec<(String, Expr)>,
    },
    Subscript(Box<Expr>, Box<Expr>),
    Slice {
        obj: Box<Expr>,
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    FString(Vec<FPart>),
    /// `type(x).__name__`.
    TypeName(Box<Expr>),
    /// An attribute of a value (`e.args`, `x.real`).
    Attr(Box<Expr>, String),
    /// `[elt for ...]`, `{...}`: runs `body` (for/if statements around a `CompAppend`)
    /// with a fresh accumulator `acc`, whose final value is the expression's value.
    Comp {
        kind: CompKind,
        acc: Var,
        body: Vec<Stmt>,
    },
    /// Raises when evaluated, after evaluating `effects` (a call Python would reject at run
    /// time, such as a missing argument, or an undefined name).
    Raise {
        kind: String,
        msg: String,
        effects: Vec<Expr>,
    },
}

impl Expr {
    /// An immutable literal (numbers, str, bool, None, negations and tuples of them): it
    /// can be rebuilt at every use without any observable difference (defaults, class
    /// constants).
    pub fn is_constant(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bool(_)
            | ExprKind::None => true,
            ExprKind::Unary(UnaryOp::Neg, x) => Expr::is_constant(x),
            ExprKind::Tuple(items) => items.iter().all(Expr::is_constant),
            _ => false,
        }
    }
}

impl Module {
    pub fn global_name(&self, g: GlobalId) -> &str {
        &self.globals[g.index()].name
    }
}
