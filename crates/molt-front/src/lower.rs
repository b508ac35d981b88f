//! Lowering from ruff's AST to molt's HIR: scopes and name resolution, binding of call
//! arguments to parameters, and a diagnostic for every construct molt does not compile.

use crate::catalog;
use crate::diag::{Diagnostic, Span};
use crate::hir::*;
use ruff_python_ast as ast;
use ruff_text_size::Ranged;
use std::collections::{HashMap, HashSet};

#[path = "lower_cache.rs"]
mod lower_cache;
#[path = "lower_class.rs"]
mod lower_class;
#[path = "lower_dataclass.rs"]
pub(crate) mod lower_dataclass;
#[path = "lower_direct.rs"]
mod lower_direct;
#[path = "lower_import.rs"]
mod lower_import;
#[path = "lower_match.rs"]
mod lower_match;
#[path = "lower_scopes.rs"]
mod lower_scopes;
#[path = "lower_suggest.rs"]
mod lower_suggest;
#[path = "lower_with.rs"]
mod lower_with;
pub use lower_import::lower_program;

// Switched on as the runtime gains the object model and generators.
const RUNTIME_HAS_CLASSES: bool = true;
const RUNTIME_HAS_GENERATORS: bool = true;
const RUNTIME_HAS_MATCH: bool = true;

/// What an imported name refers to.
#[derive(Clone, Debug)]
enum Import {
    Module(String),
    Member(String, String),
    /// A module of the user's own (lower_import.rs).
    User(String),
    /// A static function of another module (`from m import f`).
    Func(FuncId),
}

/// What a name means at a point of use.
enum Resolved {
    Var(Var),
    Func(FuncId),
    Builtin(String),
    Module(String),
    ModuleMember(String, String),
    UserModule(String),
    /// `__name__`.
    DunderName,
    /// `__file__`: the module's source path, known when compiling.
    DunderFile,
    /// `__doc__` of the module: its docstring (or None), known when compiling.
    DunderDoc,
    Undefined,
}

struct FnScope {
    func: FuncId,
    locals: Vec<Local>,
    local_ids: HashMap<String, LocalId>,
    global_decls: HashSet<String>,
    nonlocal_decls: HashSet<String>,
    imports: HashMap<String, Import>,
    /// Variables of enclosing functions used here, and their indexes.
    free: Vec<FreeVar>,
    free_ids: HashMap<String, u32>,
    /// Own locals captured by nested functions.
    cells: Vec<LocalId>,
    /// The comprehension names active where a nested function was entered (while the
    /// scope is suspended on the `outer` stack).
    comp_saved: Vec<HashMap<String, LocalId>>,
    /// A class body: its names are not visible to the functions nested in it (except
    /// `__class__`, for `super()`).
    is_class: bool,
    /// The first positional parameter (what zero-argument `super()` binds to).
    first_param: Option<LocalId>,
    /// A class body: which of its names the statements lowered so far bind.
    class_flow: ClassFlow,
    /// Nested `def`s called directly (lower_direct.rs), with their function once lowered.
    direct: HashMap<String, Option<FuncId>>,
}

/// Where a class body's names stand as its statements are lowered in order. A class body
/// reads its names with LOAD_NAME (Python/ceval.c): the class namespace, then the module's
/// globals, then the builtins; so `q = q` and `len = len` read the global or builtin while
/// the class's own name is not bound yet.
#[derive(Default)]
struct ClassFlow {
    /// Names some statement lowered so far may have bound.
    seen: HashSet<LocalId>,
    /// Names bound on every path to the statement being lowered (and not deleted since).
    definite: HashSet<LocalId>,
    /// Compound statements around the statement being lowered, and loops among them.
    depth: u32,
    loops: u32,
}

/// What a class-body read of one of the class's names finds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ClassRead {
    /// Bound: the namespace's value.
    Bound,
    /// Certainly unbound here: the global or builtin of that name.
    Unbound,
    /// Bound on some paths only.
    Maybe,
}

impl ClassFlow {
    fn read(&self, l: LocalId) -> ClassRead {
        if self.definite.contains(&l) {
            ClassRead::Bound
        } else if self.seen.contains(&l) || self.loops > 0 {
            // In a loop, an earlier iteration may have bound it.
            ClassRead::Maybe
        } else {
            ClassRead::Unbound
        }
    }

    fn bind(&mut self, l: LocalId) {
        self.seen.insert(l);
        self.definite.insert(l);
    }

    /// After a block that ran on some paths only: its bindings are not certain, its
    /// deletions may have happened.
    fn leave_block(&mut self, before: HashSet<LocalId>) {
        self.definite = before.intersection(&self.definite).copied().collect();
    }

    fn delete(&mut self, l: LocalId) {
        self.definite.remove(&l);
        if self.depth == 0 && self.loops == 0 {
            self.seen.remove(&l);
        }
    }
}

impl FnScope {
    fn add_free(&mut self, name: &str, src: FreeSrc) -> u32 {
        if let Some(i) = self.free_ids.get(name) {
            return *i;
        }
        let i = self.free.len() as u32;
        self.free.push(FreeVar {
            name: name.to_string(),
            src,
        });
        self.free_ids.insert(name.to_string(), i);
        i
    }
}

struct Lowerer<'a> {
    source: &'a str,
    diags: Vec<Diagnostic>,
    next_expr: u32,
    globals: Vec<Global>,
    global_ids: HashMap<String, GlobalId>,
    funcs: Vec<Function>,
    func_ids: HashMap<String, FuncId>,
    imports: HashMap<String, Import>,
    scope: Option<FnScope>,
    /// Enclosing function scopes of the current one, outermost first.
    outer: Vec<FnScope>,
    /// The module body's comprehension names while a function nested in them is lowered.
    module_comp_saved: Vec<HashMap<String, LocalId>>,
    /// Module locals captured by lambdas.
    module_cells: Vec<LocalId>,
    /// Functions whose `def` runs after module code that may call them.
    late_defs: HashSet<FuncId>,
    /// (name, kind, has default) per parameter, read before any body is lowered so that
    /// calls can be bound wherever they appear.
    signatures: HashMap<FuncId, Vec<(String, ParamKind, bool)>>,
    /// Module-level names that no function mentions (locals of the module body).
    module_locals: Vec<Local>,
    module_local_ids: HashMap<String, LocalId>,
    /// Statements a lowered statement needs run just before it (`with` enters its
    /// context managers before its `try`).
    prelude: Vec<Stmt>,
    /// Names bound by the comprehensions being lowered (innermost last): each maps to a
    /// fresh local of the enclosing scope, so the names do not leak.
    comp_names: Vec<HashMap<String, LocalId>>,
    /// The program's modules (lower_import.rs).
    imp: lower_import::ImportState<'a>,
    /// Classes whose plain methods are static functions (lower_class.rs): by the start of
    /// the class name's span, the methods that qualify.
    static_classes: HashMap<u32, Vec<String>>,
    /// The class statement of that kind being lowered.
    static_class: Option<lower_class::StaticClass>,
    classes: Vec<ClassInfo>,
    /// The current module's global names in the order a run binds them first (its dict
    /// order, for a NameError's suggestion), with the offset of the first binding.
    module_names: Vec<(u32, String)>,
    /// The "Did you mean" suggestion of each NameError raise, by its span (suggest.rs).
    name_hints: HashMap<(u32, u32), String>,
    /// Names bound by `class` statements of the module and never by `def`.
    class_names: HashSet<String>,
    /// Classes of the program that are metaclasses (they extend `type`, `abc.ABCMeta` or
    /// another of them).
    metaclass_names: HashSet<String>,
    /// Some `def register` exists in the module (a class's own `register` method).
    defines_register: bool,
    /// The program mentions `__annotations__`: every `def` evaluates its annotations.
    pub(crate) keep_annotations: bool,
    /// The program imports logging and may give a handler a stream other than
    /// `sys.stderr` (`logging_to_other_stream`): tracebacks it logs are refused.
    pub(crate) logging_other_stream: bool,
    /// The program's text mentions `logging` (gates the checks above).
    pub(crate) imports_logging: bool,
}

fn span_of(node: &impl Ranged) -> Span {
    let r = node.range();
    let base = lower_import::span_base();
    Span::new(r.start().to_u32() + base, r.end().to_u32() + base)
}

/// Parses and lowers one module. On failure returns every diagnostic found.
pub fn lower_module(name: &str, path: &str, source: &str) -> Result<Module, Vec<Diagnostic>> {
    use ruff_python_parser::{ParseOptions, parse};
    let options = ParseOptions::from(ruff_python_ast::PySourceType::Python)
        .with_target_version(ast::PythonVersion::PY311);
    let parsed = match parse(source, options) {
        Ok(p) => p,
        Err(e) => {
            let span = span_of(&e.location);
            return Err(vec![
                Diagnostic::error(span, format!("invalid syntax: {}", e.error))
                    .label("here")
                    .hint("molt compiles Python 3.11; fix the syntax error first"),
            ]);
        }
    };
    let unsupported: Vec<Diagnostic> = parsed
        .unsupported_syntax_errors()
        .iter()
        .map(|e| {
            Diagnostic::error(span_of(&e.range), format!("{e}"))
                .label("not valid in Python 3.11")
                .hint("molt targets CPython 3.11")
        })
        .collect();
    if !unsupported.is_empty() {
        return Err(unsupported);
    }
    let module = match parsed.into_syntax() {
        ast::Mod::Module(mut m) => {
            crate::mangle::mangle_body(&mut m.body);
            lower_dataclass::add_inits(&mut m.body, source);
            m
        }
        ast::Mod::Expression(_) => {
            return Err(vec![Diagnostic::error(
                Span::default(),
                "expected a module",
            )]);
        }
    };
    lower_import::lower_body(name, path, source, source.to_string(), &module.body, None)
}

impl<'a> Lowerer<'a> {
    fn new(source: &'a str) -> Self {
        Lowerer {
            source,
            diags: vec![],
            next_expr: 0,
            globals: vec![],
            global_ids: HashMap::new(),
            funcs: vec![],
            func_ids: HashMap::new(),
            imports: HashMap::new(),
            scope: None,
            outer: vec![],
            module_comp_saved: vec![],
            module_cells: vec![],
            late_defs: HashSet::new(),
            signatures: HashMap::new(),
            module_locals: vec![],
            module_local_ids: HashMap::new(),
            prelude: Vec::new(),
            comp_names: vec![],
            imp: lower_import::ImportState::new(),
            static_classes: HashMap::new(),
            static_class: None,
            classes: vec![],
            module_names: vec![],
            name_hints: HashMap::new(),
            class_names: HashSet::new(),
            metaclass_names: HashSet::new(),
            defines_register: false,
            keep_annotations: false,
            logging_other_stream: false,
            imports_logging: false,
        }
    }

    fn finish(
        mut self,
        name: &str,
        path: &str,
        source: String,
        body: Vec<Stmt>,
    ) -> Result<Module, Vec<Diagnostic>> {
        if !self.diags.is_empty() {
            self.diags.sort_by_key(|d| d.span.start);
            self.diags.dedup();
            return Err(self.diags);
        }
        for f in &self.late_defs {
            self.funcs[f.index()].needs_defined_flag = true;
        }
        let mut module = Module {
            name: name.to_string(),
            path: path.to_string(),
            source,
            globals: self.globals,
            funcs: self.funcs,
            body,
            n_exprs: self.next_expr,
            module_locals: self.module_locals,
            module_cells: self.module_cells,
            classes: self.classes,
            name_hints: self.name_hints,
            releases: HashMap::new(),
        };
        crate::split::split_module(&mut module);
        Ok(module)
    }
}

impl<'a> Lowerer<'a> {
    fn error(&mut self, span: Span, msg: impl Into<String>, hint: impl Into<String>) {
        self.diags.push(
            Diagnostic::error(span, msg)
                .label("not supported")
                .hint(hint),
        );
    }

    fn expr(&mut self, span: Span, kind: ExprKind) -> Expr {
        let id = ExprId(self.next_expr);
        self.next_expr += 1;
        Expr { id, span, kind }
    }

    fn global(&mut self, name: &str, span: Span) -> GlobalId {
        if let Some(g) = self.global_ids.get(name) {
            return *g;
        }
        // A name a cycle partner used before this module's declarations (lower_import.rs).
        let key = (self.imp.cur.clone(), name.to_string());
        if let Some((g, _)) = self.imp.pending.remove(&key) {
            self.globals[g.index()].span = span;
            self.global_ids.insert(name.to_string(), g);
            return g;
        }
        let g = GlobalId(self.globals.len() as u32);
        self.globals.push(Global {
            name: name.to_string(),
            span,
            hidden: false,
        });
        self.global_ids.insert(name.to_string(), g);
        g
    }

    fn hidden_global(&mut self, name: String, span: Span) -> GlobalId {
        let g = GlobalId(self.globals.len() as u32);
        self.globals.push(Global {
            name,
            span,
            hidden: true,
        });
        g
    }

    // ---------------------------------------------------------------- module level

    fn lower_module_body(&mut self, body: &[ast::Stmt]) -> Vec<Stmt> {
        // Pass 1: functions, imports and global names. A top-level `def` that is defined
        // once, undecorated and never rebound is a static function (called directly);
        // every other `def` makes a function object at run time, bound to a variable.
        let mut assigned = Vec::new();
        collect_bindings(body, &mut assigned, true);
        walrus_names(body, &mut assigned);
        self.plan_imports(body, &mut assigned);
        // `from m import x` inside a block of the module body (top-level ones are planned).
        for s in body {
            if !matches!(s, ast::Stmt::ImportFrom(_)) {
                self.imported_value_names(std::slice::from_ref(s), &mut assigned);
            }
        }
        let mut global_decls = vec![];
        for s in body {
            if let ast::Stmt::FunctionDef(f) = s {
                collect_decls(&f.body, &mut global_decls, true);
            }
        }
        let rebound: HashSet<String> = assigned
            .iter()
            .chain(global_decls.iter())
            .map(|(n, _)| n.clone())
            .collect();
        let mut def_count: HashMap<String, usize> = HashMap::new();
        for s in body {
            if let ast::Stmt::FunctionDef(f) = s {
                *def_count.entry(f.name.id.to_string()).or_default() += 1;
            }
        }
        // A name a cycle partner reads before this module runs is a global (lower_import.rs).
        let pending: HashSet<String> = self
            .imp
            .pending
            .keys()
            .filter(|(m, _)| *m == self.imp.cur)
            .map(|(_, n)| n.clone())
            .collect();
        let cached = self.cache_decorated(body, &rebound);
        self.plan_static_classes(body, &assigned, &def_count, &pending);
        let is_static = |f: &ast::StmtFunctionDef| {
            let n = f.name.id.as_str();
            (f.decorator_list.is_empty() || cached.contains_key(n))
                && def_count.get(n) == Some(&1)
                && !rebound.contains(n)
                && !pending.contains(n)
        };
        let mut first_call_stmt: Option<usize> = None;
        let def_names: HashSet<String> = body
            .iter()
            .filter_map(|s| match s {
                ast::Stmt::FunctionDef(f) if is_static(f) => Some(f.name.id.to_string()),
                _ => None,
            })
            .collect();
        for (i, s) in body.iter().enumerate() {
            if let ast::Stmt::FunctionDef(f) = s {
                let name = f.name.id.to_string();
                if !is_static(f) {
                    assigned.push((name, span_of(&f.name)));
                    continue;
                }
                let id = self.new_function(&name, &name, span_of(&f.name), false, None);
                self.funcs[id.index()].cache = cached.get(&name).copied();
                self.func_ids.insert(name, id);
                self.signatures.insert(id, signature_of(&f.parameters));
                if first_call_stmt.is_some_and(|c| c < i) {
                    self.late_defs.insert(id);
                }
            } else if first_call_stmt.is_none() && stmt_may_call(s, &def_names) {
                first_call_stmt = Some(i);
            }
        }
        self.record_module_names(body, &assigned, &global_decls);
        // Names declared `global` in functions are module globals too.
        for (n, sp) in global_decls {
            if !self.func_ids.contains_key(n.as_str()) {
                self.global(&n, sp);
            }
        }
        // A module-level name that no function mentions cannot be seen from outside the
        // module body, so it is a local of the module's code (much cheaper than a global).
        let mut mentioned = HashSet::new();
        lower_scopes::names_in_nested_scopes(body, &mut mentioned);
        for (name, span) in assigned {
            if self.func_ids.contains_key(name.as_str())
                || self.global_ids.contains_key(name.as_str())
            {
                continue;
            }
            if mentioned.contains(&name) || self.imp.in_imported_module() {
                self.global(&name, span);
            } else if !self.module_local_ids.contains_key(&name) {
                let id = LocalId(self.module_locals.len() as u32);
                self.module_locals.push(Local {
                    name: name.clone(),
                    span,
                });
                self.module_local_ids.insert(name, id);
            }
        }
        // Pass 2: lower the code. A module that binds `__doc__` itself starts with its
        // docstring there (CPython stores it before the body runs).
        let mut out = vec![];
        if let Some(first) = body.first()
            && let Resolved::Var(v) = self.resolve("__doc__")
        {
            let span = span_of(first);
            let value = match &self.imp.cur_doc {
                Some(d) => ExprKind::Str(d.clone()),
                None => ExprKind::None,
            };
            let value = self.expr(span, value);
            out.push(Stmt {
                span,
                kind: StmtKind::Assign {
                    targets: vec![Target {
                        span,
                        kind: TargetKind::Var(v),
                    }],
                    value,
                },
            });
        }
        out.extend(self.lower_block(body));
        out
    }

    fn new_function(
        &mut self,
        name: &str,
        qualname: &str,
        span: Span,
        dynamic: bool,
        parent: Option<FuncId>,
    ) -> FuncId {
        let id = FuncId(self.funcs.len() as u32);
        let rust_name = if dynamic {
            let base: String = name
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { '_' })
                .collect();
            format!("{}__{}", base.trim_matches('_'), id.0)
        } else if self.imp.in_imported_module() {
            // Static functions of different modules may share a name.
            let m: String = self
                .imp
                .cur
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { '_' })
                .collect();
            format!("{m}__{name}")
        } else {
            name.to_string()
        };
        self.funcs.push(Function {
            name: name.to_string(),
            qualname: qualname.to_string(),
            rust_name,
            span,
            params: vec![],
            locals: vec![],
            body: vec![],
            needs_defined_flag: false,
            dynamic,
            direct_only: false,
            parent,
            free: vec![],
            cells: vec![],
            is_lambda: false,
            is_generator: false,
            class_body: false,
            class_ns: vec![],
            doc: None,
            module: self.imp.cur.clone(),
            cache: None,
            method_of: None,
        });
        id
    }

    // ---------------------------------------------------------------- functions

    /// Makes `scope` current; the current one becomes an enclosing scope.
    fn enter_scope(&mut self, scope: FnScope) {
        let comp = std::mem::take(&mut self.comp_names);
        match self.scope.take() {
            Some(mut cur) => {
                cur.comp_saved = comp;
                self.outer.push(cur);
            }
            None => self.module_comp_saved = comp,
        }
        self.scope = Some(scope);
    }

    /// The name of a base class molt cannot extend (`bytes`, `collections.Counter`).
    fn unsupported_base(&mut self, a: &ast::Expr) -> Option<String> {
        // Counter, defaultdict, OrderedDict and deque can be extended
        // (class/builtin_base.rs).
        // (UserDict, UserList and UserString are classes of a prelude module.)
        const COLLECTIONS: &[&str] = &["ChainMap"];
        match a {
            ast::Expr::Name(n) => match self.resolve(n.id.as_str()) {
                Resolved::Builtin(b)
                    if b != "object"
                        && b != "type"
                        && !catalog::is_exception(&b)
                        && !catalog::SUBCLASSABLE_TYPES.contains(&b.as_str()) =>
                {
                    Some(b)
                }
                Resolved::ModuleMember(m, x)
                    if (m == "collections" && COLLECTIONS.contains(&x.as_str()))
                        || catalog::module_base_unsupported(&m, &x) =>
                {
                    Some(format!("{m}.{x}"))
                }
                _ => None,
            },
            ast::Expr::Attribute(at) => match at.value.as_ref() {
                ast::Expr::Name(n) => match self.resolve(n.id.as_str()) {
                    Resolved::Module(m)
                        if (m == "collections" && COLLECTIONS.contains(&at.attr.id.as_str()))
                            || catalog::module_base_unsupported(&m, at.attr.id.as_str()) =>
                    {
                        Some(format!("{m}.{}", at.attr.id))
                    }
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `e` names a metaclass: `type`, `abc.ABCMeta` or a class of the program
    /// that extends one.
    fn is_metaclass_expr(&mut self, e: &ast::Expr) -> bool {
        match e {
            ast::Expr::Name(n) => match self.resolve(n.id.as_str()) {
                Resolved::Builtin(b) => b == "type",
                Resolved::ModuleMember(m, x) => m == "abc" && x == "ABCMeta",
                _ => self.metaclass_names.contains(n.id.as_str()),
            },
            ast::Expr::Attribute(at) => match at.value.as_ref() {
                ast::Expr::Name(n) => match self.resolve(n.id.as_str()) {
                    Resolved::Module(m) => m == "abc" && at.attr.id.as_str() == "ABCMeta",
                    // `mod.Meta` of one of the program's modules (lowered before this one).
                    Resolved::UserModule(_) => self.metaclass_names.contains(at.attr.id.as_str()),
                    _ => false,
                },
                _ => false,
            },
            _ => false,
        }
    }

    /// Whether a `metaclass=` value is certainly a function (a `def`, a lambda, a call):
    /// molt runs only classes as metaclasses.
    fn metaclass_is_function(&mut self, e: &ast::Expr) -> bool {
        match e {
            ast::Expr::Lambda(_) | ast::Expr::Call(_) => true,
            ast::Expr::Name(n) => matches!(self.resolve(n.id.as_str()), Resolved::Func(_)),
            _ => false,
        }
    }

    /// A metaclass's body may define the hooks the runtime calls on classes
    /// (class/mod.rs, `meta_special`); other special methods of a metaclass would change
    /// how classes behave in ways molt does not implement, so they are refused.
    fn check_metaclass_body(&mut self, c: &ast::StmtClassDef) {
        const SUPPORTED: &[&str] = &[
            "__new__",
            "__init__",
            "__call__",
            "__repr__",
            "__str__",
            "__iter__",
            "__len__",
            "__contains__",
            "__getitem__",
            "__bool__",
            "__instancecheck__",
            "__subclasscheck__",
            "__init_subclass__",
            "__doc__",
            "__module__",
            "__qualname__",
        ];
        for st in &c.body {
            let names: Vec<(String, Span)> = match st {
                ast::Stmt::FunctionDef(f) => vec![(f.name.id.to_string(), span_of(&f.name))],
                ast::Stmt::Assign(a) => a
                    .targets
                    .iter()
                    .filter_map(|t| match t {
                        ast::Expr::Name(n) => Some((n.id.to_string(), span_of(n))),
                        _ => None,
                    })
                    .collect(),
                ast::Stmt::AnnAssign(a) => match a.target.as_ref() {
                    ast::Expr::Name(n) => vec![(n.id.to_string(), span_of(n))],
                    _ => vec![],
                },
                _ => vec![],
            };
            for (n, sp) in names {
                if n.starts_with("__") && n.ends_with("__") && !SUPPORTED.contains(&n.as_str()) {
                    self.error(
                        sp,
                        format!("`{n}` in a metaclass is not supported yet"),
                        "metaclasses may define __new__, __init__, __call__, __repr__, __str__, __iter__, __len__, __contains__, __getitem__, __bool__, __instancecheck__, __subclasscheck__ and ordinary methods and properties",
                    );
                }
            }
        }
    }

    /// Whether the code being lowered is in a function defined in a class body (a method).
    fn in_class_body_function(&self) -> bool {
        self.outer.iter().any(|s| s.is_class)
    }

    /// Leaves the current scope for the enclosing one (the module body when none).
    fn exit_scope(&mut self) -> Option<FnScope> {
        let scope = self.scope.take();
        match self.outer.pop() {
            Some(mut cur) => {
                self.comp_names = std::mem::take(&mut cur.comp_saved);
                self.scope = Some(cur);
            }
            None => self.comp_names = std::mem::take(&mut self.module_comp_saved),
        }
        scope
    }

    /// `class C(bases, **kw): body`: decorators, bases and keywords are evaluated here;
    /// the body runs as a function of its own (whose locals become the namespace) and
    /// the class is bound to `C`.
    fn lower_class(&mut self, c: &ast::StmtClassDef) -> Stmt {
        let span = span_of(c);
        let name = c.name.id.to_string();
        // Finalizers run when CPython frees the object; molt's objects are freed by Rust
        // without running Python code, so a `__del__` would silently never print or act.
        for s in &c.body {
            if let ast::Stmt::FunctionDef(f) = s
                && f.name.id.as_str() == "__del__"
            {
                self.error(
                    span_of(&f.name),
                    "`__del__` finalizers are not supported",
                    "release the resource explicitly, or with a `with` statement",
                );
            }
        }
        if !RUNTIME_HAS_CLASSES {
            self.error(
                span_of(&c.name),
                "classes are not supported yet",
                "this version of molt compiles functions and builtin types",
            );
            return Stmt {
                span,
                kind: StmtKind::Pass,
            };
        }
        if c.type_params.is_some() {
            self.error(
                span,
                "type parameters are not supported",
                "remove the type parameters",
            );
        }
        let decorators: Vec<Expr> = c
            .decorator_list
            .iter()
            .map(|d| self.lower_expr(&d.expression))
            .collect();
        let mut bases = vec![];
        let mut kwargs = vec![];
        if let Some(args) = &c.arguments
            && args.args.iter().any(|b| self.is_metaclass_expr(b))
        {
            self.metaclass_names.insert(name.clone());
            self.check_metaclass_body(c);
        }
        if let Some(args) = &c.arguments {
            for k in args.keywords.iter() {
                if k.arg.as_ref().is_some_and(|n| n.id.as_str() == "metaclass")
                    && !self.is_metaclass_expr(&k.value)
                    && matches!(
                        &k.value,
                        ast::Expr::Lambda(_) | ast::Expr::Name(_) | ast::Expr::Call(_)
                    )
                    && self.metaclass_is_function(&k.value)
                {
                    self.error(
                        span_of(&k.value),
                        "a metaclass that is not a class is not supported",
                        "make the metaclass a class deriving from `type`, or use a class decorator",
                    );
                }
            }
            for a in args.args.iter() {
                if let ast::Expr::Starred(s) = a {
                    self.error(
                        span_of(s),
                        "`*` in a class's bases is not supported",
                        "list the base classes",
                    );
                    continue;
                }
                // The builtin types a class can extend (list, dict, set, str, int, float,
                // tuple: the runtime carries their value in the instance, class/
                // builtin_base.rs); the other builtin types, and the collections types, are
                // refused here rather than failing when the class statement runs.
                if let Some(b) = self.unsupported_base(a) {
                    self.error(
                        span_of(a),
                        format!("subclassing `{b}` is not supported yet"),
                        format!(
                            "subclass one of {}, collections.Counter, defaultdict, OrderedDict, deque, or wrap a `{b}` in an attribute",
                            catalog::SUBCLASSABLE_TYPES.join(", ")
                        ),
                    );
                    continue;
                }
                let base = self.lower_expr(a);
                // A collections.abc class (or typing's alias of one, subscripted or not):
                // the class of the same name in molt's Python definitions of them
                // (prelude/collections_abc.py), which carry the mixin methods.
                let head = match &base.kind {
                    ExprKind::Subscript(h, _) => &h.kind,
                    k => k,
                };
                if let ExprKind::ModuleAttr(m, n) = head
                    && let Some(abc) = abc_base_name(m, n)
                {
                    let (m, n) = (m.clone(), n.clone());
                    let Some(g) = self.abc_prelude_class(abc) else {
                        self.error(
                            span_of(a),
                            format!("subclassing `{m}.{n}` is not supported here"),
                            "implement the methods on a plain class",
                        );
                        continue;
                    };
                    let span = base.span;
                    bases.push(self.expr(span, ExprKind::Name(Var::Global(g))));
                    if m == "typing" {
                        // typing's `__mro_entries__` adds Generic after the ABC unless a
                        // later base is generic.
                        if !args.args.last().is_some_and(|l| std::ptr::eq(l, a)) {
                            self.error(
                                span_of(a),
                                format!("`typing.{n}` before other bases is not supported"),
                                format!("derive from `collections.abc.{abc}` instead"),
                            );
                            continue;
                        }
                        let generic = ExprKind::ModuleAttr("typing".into(), "Generic".into());
                        bases.push(self.expr(span, generic));
                    }
                    continue;
                }
                if let ExprKind::ModuleAttr(m, n) = &base.kind
                    && m == "numbers"
                {
                    // Their mixin methods (Real.__complex__, ...) are not implemented;
                    // isinstance checks against them are.
                    self.error(
                        span_of(a),
                        format!("subclassing `{m}.{n}` is not supported yet"),
                        format!("implement the methods on a plain class (isinstance and issubclass checks against {m} work)"),
                    );
                    continue;
                }
                // typing's aliases of builtin and collections classes (`List[int]`,
                // `MutableMapping`): the runtime has only Generic and Protocol as bases.
                let head = match &base.kind {
                    ExprKind::Subscript(h, _) => &h.kind,
                    k => k,
                };
                if let ExprKind::ModuleAttr(m, n) = head
                    && m == "typing"
                    && !matches!(
                        n.as_str(),
                        "Generic" | "Protocol" | "NamedTuple" | "TypedDict"
                    )
                {
                    let hint = match catalog::typing_alias_origin(n) {
                        Some(o) => format!("subclass `{o}` instead"),
                        None => "implement the methods on a plain class".to_string(),
                    };
                    self.error(
                        span_of(a),
                        format!("subclassing `typing.{n}` is not supported yet"),
                        hint,
                    );
                    continue;
                }
                bases.push(base);
            }
            for k in args.keywords.iter() {
                match &k.arg {
                    Some(n) => kwargs.push((n.id.to_string(), self.lower_expr(&k.value))),
                    None => self.error(
                        span_of(k),
                        "`**` in a class's keywords is not supported",
                        "pass the keywords explicitly",
                    ),
                }
            }
        }
        let qual = self.qualname_for(&name);
        let parent = self.scope.as_ref().map(|s| s.func);
        let fid = self.new_function(&name, &qual, span_of(&c.name), true, parent);
        self.funcs[fid.index()].class_body = true;
        let mut scope = FnScope {
            func: fid,
            locals: vec![Local {
                name: "__class__".into(),
                span,
            }],
            local_ids: HashMap::new(),
            global_decls: HashSet::new(),
            nonlocal_decls: HashSet::new(),
            imports: HashMap::new(),
            free: vec![],
            free_ids: HashMap::new(),
            cells: vec![],
            comp_saved: vec![],
            is_class: true,
            first_param: None,
            class_flow: ClassFlow::default(),
            direct: HashMap::new(),
        };
        scope.local_ids.insert("__class__".into(), LocalId(0));
        let mut decls = vec![];
        collect_decls(&c.body, &mut decls, true);
        scope.global_decls = decls.into_iter().map(|(n, _)| n).collect();
        let mut decls = vec![];
        collect_decls(&c.body, &mut decls, false);
        scope.nonlocal_decls = decls.into_iter().map(|(n, _)| n).collect();
        let mut assigned = vec![];
        // Class annotations: `__annotations__` is bound first (SETUP_ANNOTATIONS).
        if has_class_annotations(&c.body) {
            assigned.push(("__annotations__".to_string(), span));
        }
        collect_bindings(&c.body, &mut assigned, false);
        walrus_names(&c.body, &mut assigned);
        for (n, sp) in assigned {
            if scope.global_decls.contains(&n)
                || scope.nonlocal_decls.contains(&n)
                || scope.local_ids.contains_key(&n)
            {
                continue;
            }
            let id = LocalId(scope.locals.len() as u32);
            scope.locals.push(Local {
                name: n.clone(),
                span: sp,
            });
            scope.local_ids.insert(n, id);
        }
        let mut ns: Vec<LocalId> = scope
            .local_ids
            .values()
            .copied()
            .filter(|l| l.0 != 0)
            .collect();
        ns.sort();
        self.enter_scope(scope);
        // Only a class statement of the module body (no enclosing function) is planned.
        let planned = self
            .outer
            .is_empty()
            .then(|| self.static_classes.get(&span_of(&c.name).start).cloned())
            .flatten();
        let saved_static = self.static_class.take();
        if let Some(methods) = planned
            && let Some(&global) = self.global_ids.get(&name)
        {
            let base_ids = bases
                .iter()
                .filter_map(|b| match &b.kind {
                    ExprKind::Name(Var::Global(g)) => {
                        self.classes.iter().position(|k| k.global == *g)
                    }
                    _ => None,
                })
                .collect();
            self.classes.push(ClassInfo {
                name: name.clone(),
                global,
                body: fid,
                bases: base_ids,
                methods: vec![],
                props: vec![],
                dataclass: !c.decorator_list.is_empty(),
            });
            self.static_class = Some(lower_class::StaticClass {
                index: self.classes.len() - 1,
                body: fid,
                global,
                methods,
            });
        }
        let base_asts: Vec<&ast::Expr> = c.arguments.iter().flat_map(|a| a.args.iter()).collect();
        let mut body = self.lower_class_block(&c.body, &base_asts);
        self.static_class = saved_static;
        if let Some(st) = self.class_annotations(&c.body, span) {
            body.push(st);
        }
        let scope = self.exit_scope();
        let func = &mut self.funcs[fid.index()];
        func.body = body;
        func.class_ns = ns;
        func.doc = docstring(&c.body);
        if let Some(s) = scope {
            func.locals = s.locals;
            func.free = s.free;
            func.cells = s.cells;
        }
        let mut value = self.expr(
            span_of(&c.name),
            ExprKind::MakeClass {
                body: fid,
                bases,
                kwargs,
            },
        );
        for (d, dast) in decorators.into_iter().zip(c.decorator_list.iter()).rev() {
            let kind = ExprKind::CallValue {
                func: Box::new(d),
                args: vec![Arg::Pos(value)],
                kwargs: vec![],
            };
            value = self.expr(span_of(dast), kind);
        }
        let target = Target {
            span: span_of(&c.name),
            kind: TargetKind::Var(self.bind_name(&name, span_of(&c.name))),
        };
        Stmt {
            span,
            kind: StmtKind::Assign {
                targets: vec![target],
                value,
            },
        }
    }

    /// The class body's `__annotations__` dict: `{"x": T, ...}` for each `x: T` at the top
    /// of the body, in source order (what SETUP_ANNOTATIONS and the STORE_SUBSCRs of
    /// annotated names build). Each annotation is evaluated, as CPython 3.11 does, unless
    /// the module has `from __future__ import annotations`: then it is its source text.
    /// Bound after the body ran.
    fn class_annotations(&mut self, body: &[ast::Stmt], span: Span) -> Option<Stmt> {
        if !has_class_annotations(body) {
            return None;
        }
        let future = self.source.contains("from __future__ import annotations");
        let mut items = vec![];
        for st in body {
            match st {
                ast::Stmt::AnnAssign(a) => {
                    let ast::Expr::Name(n) = a.target.as_ref() else {
                        continue;
                    };
                    let key = self.expr(span_of(n), ExprKind::Str(n.id.to_string()));
                    let ann = a.annotation.as_ref();
                    let value = match ann {
                        _ if !future => self.lower_expr(ann),
                        _ => {
                            let r = ann.range();
                            let text = self
                                .source
                                .get(r.start().to_usize()..r.end().to_usize())
                                .unwrap_or_default()
                                .to_string();
                            self.expr(span_of(ann), ExprKind::Str(text))
                        }
                    };
                    items.push((key, value));
                }
                other => {
                    let mut nested = false;
                    visit_nested_annassign(other, &mut nested);
                    if nested {
                        self.error(
                            span_of(other),
                            "annotations inside compound statements of a class body are not supported",
                            "move the annotated name to the top of the class body",
                        );
                    }
                }
            }
        }
        let value = self.expr(span, ExprKind::Dict(items));
        let target = Target {
            span,
            kind: TargetKind::Var(self.bind_name("__annotations__", span)),
        };
        Some(Stmt {
            span,
            kind: StmtKind::Assign {
                targets: vec![target],
                value,
            },
        })
    }

    /// Assigning `obj.__class__`: compiled objects keep the class they were made with.
    fn refuse_class_assign(&mut self, span: Span) -> ExprKind {
        self.refuse(
            span,
            "assigning `__class__` is not supported",
            "make a new object of the other class instead",
        )
    }

    /// `super()`: the class the method is defined in (the `__class__` cell) and the
    /// method's first argument; `super(cls, obj)` as written.
    fn lower_super(&mut self, c: &ast::ExprCall, span: Span) -> ExprKind {
        if !c.arguments.keywords.is_empty() {
            return self.refuse(span, "super() takes no keyword arguments", "remove them");
        }
        match c.arguments.args.len() {
            2 => {
                let cls = self.lower_expr(&c.arguments.args[0]);
                let obj = self.lower_expr(&c.arguments.args[1]);
                ExprKind::Super(Box::new(cls), Box::new(obj))
            }
            0 if !self.comp_names.is_empty() => self.refuse(
                span,
                "zero-argument super() inside a comprehension is not supported",
                "in Python 3.11 it binds the comprehension's iterator, not `self`: write super(Class, self)",
            ),
            0 => {
                let first = self
                    .scope
                    .as_ref()
                    .filter(|s| !s.is_class)
                    .and_then(|s| s.first_param);
                if let (Some(g), Some(first)) = (self.static_method_class(), first) {
                    let cls = self.expr(span, ExprKind::Name(Var::Global(g)));
                    let obj = self.expr(span, ExprKind::Name(Var::Local(first)));
                    return ExprKind::Super(Box::new(cls), Box::new(obj));
                }
                let class = self.resolve_free("__class__");
                match (class, first) {
                    (Some(k), Some(first)) => {
                        let cls = self.expr(span, ExprKind::Name(Var::Free(k)));
                        let obj = self.expr(span, ExprKind::Name(Var::Local(first)));
                        ExprKind::Super(Box::new(cls), Box::new(obj))
                    }
                    (None, _) => ExprKind::Raise {
                        kind: "RuntimeError".into(),
                        msg: "super(): __class__ cell not found".into(),
                        effects: vec![],
                    },
                    (Some(_), None) => ExprKind::Raise {
                        kind: "RuntimeError".into(),
                        msg: "super(): no arguments".into(),
                        effects: vec![],
                    },
                }
            }
            _ => self.refuse(
                span,
                "super() with one argument is not supported",
                "use super() or super(cls, obj)",
            ),
        }
    }

    /// The qualified name of a function defined in the current scope.
    fn qualname_for(&self, name: &str) -> String {
        match &self.scope {
            Some(s) if s.is_class => format!("{}.{name}", self.funcs[s.func.index()].qualname),
            Some(s) => format!("{}.<locals>.{name}", self.funcs[s.func.index()].qualname),
            None => name.to_string(),
        }
    }

    fn lower_function(&mut self, f: &ast::StmtFunctionDef) -> Stmt {
        let span = span_of(f);
        let name = f.name.id.to_string();
        if f.is_async {
            self.error(
                span_of(&f.name),
                "async functions are not supported",
                "molt compiles synchronous code",
            );
        }
        if f.type_params.is_some() {
            self.error(
                span,
                "type parameters are not supported",
                "remove the type parameters",
            );
        }
        let static_id = match self.func_ids.get(&name) {
            Some(&id)
                if self.scope.is_none() && self.funcs[id.index()].span == span_of(&f.name) =>
            {
                Some(id)
            }
            _ => None,
        };
        if let Some(st) = self.lower_static_method(f) {
            return st;
        }
        if let Some(fid) = static_id {
            let defaults = self.lower_callable(fid, &f.parameters, Body::Stmts(&f.body));
            let inits = defaults
                .into_iter()
                .map(|(g, e)| (g.unwrap_or(GlobalId(0)), e))
                .collect();
            let def = Stmt {
                span,
                kind: StmtKind::FuncDef {
                    func: fid,
                    defaults: inits,
                },
            };
            if !self.keep_annotations {
                return def;
            }
            // The def, then its annotations given to its (cached) function value.
            let value = self.expr(span_of(&f.name), ExprKind::FuncRef(fid));
            let annotated = self.annotated(value, f, false);
            if matches!(annotated.kind, ExprKind::FuncRef(_)) {
                return def;
            }
            self.prelude.push(def);
            return Stmt {
                span,
                kind: StmtKind::Expr(annotated),
            };
        }
        // Decorators are evaluated before the function is made, outermost first.
        let decorators: Vec<Expr> = f
            .decorator_list
            .iter()
            .map(|d| self.lower_expr(&d.expression))
            .collect();
        let qual = self.qualname_for(&name);
        let parent = self.scope.as_ref().map(|s| s.func);
        let fid = self.new_function(&name, &qual, span_of(&f.name), true, parent);
        if let Some(slot) = self.scope.as_mut().and_then(|s| s.direct.get_mut(&name)) {
            // Known before its body is lowered, for the body's recursive calls.
            *slot = Some(fid);
            self.funcs[fid.index()].direct_only = true;
            self.signatures.insert(fid, signature_of(&f.parameters));
        }
        let defaults = self.lower_callable(fid, &f.parameters, Body::Stmts(&f.body));
        let mut value = self.expr(
            span_of(&f.name),
            ExprKind::MakeFunc {
                func: fid,
                defaults: defaults.into_iter().map(|(_, e)| e).collect(),
            },
        );
        let for_register = f.decorator_list.iter().any(
            |d| matches!(&d.expression, ast::Expr::Attribute(a) if a.attr.as_str() == "register"),
        );
        if self.keep_annotations || for_register {
            value = self.annotated(value, f, for_register);
        }
        for (d, dast) in decorators.into_iter().zip(f.decorator_list.iter()).rev() {
            let kind = ExprKind::CallValue {
                func: Box::new(d),
                args: vec![Arg::Pos(value)],
                kwargs: vec![],
            };
            value = self.expr(span_of(dast), kind);
        }
        let target = Target {
            span: span_of(&f.name),
            kind: TargetKind::Var(self.bind_name(&name, span_of(&f.name))),
        };
        Stmt {
            span,
            kind: StmtKind::Assign {
                targets: vec![target],
                value,
            },
        }
    }

    /// The function value `func` with its `__annotations__` (parameters in order, then
    /// `return`), evaluated here as CPython does when it makes the function. molt keeps
    /// annotations only for a function decorated with `@x.register`, the decorator that
    /// reads them (functools.singledispatch), and in a program that mentions
    /// `__annotations__`; elsewhere nothing can observe them.
    pub(crate) fn annotated(
        &mut self,
        func: Expr,
        f: &ast::StmtFunctionDef,
        for_register: bool,
    ) -> Expr {
        let mut anns: Vec<(&str, &ast::Expr)> = f
            .parameters
            .iter()
            .filter_map(|p| {
                let p = p.as_parameter();
                p.annotation.as_deref().map(|a| (p.name.as_str(), a))
            })
            .collect();
        if anns.is_empty() && f.returns.is_none() {
            return func;
        }
        if let Some(r) = f.returns.as_deref() {
            anns.push(("return", r));
        }
        let span = func.span;
        let mut args = vec![func];
        for (name, a) in anns {
            if for_register && matches!(a, ast::Expr::StringLiteral(_)) {
                // typing.get_type_hints would evaluate the string in the function's
                // globals.
                self.error(
                    span_of(a),
                    "a string annotation read by `register` is not supported",
                    "write the annotation without quotes",
                );
                continue;
            }
            args.push(self.expr(span_of(a), ExprKind::Str(name.to_string())));
            if !for_register && self.source.contains("from __future__ import annotations") {
                // PEP 563: the annotation is kept as its text, never evaluated.
                let text = match annotation_text(a) {
                    Some(t) => t,
                    None => {
                        self.error(
                            span_of(a),
                            "this annotation under `from __future__ import annotations` is not supported",
                            "annotate with names, subscripts and `|` (the text CPython keeps is not reproduced for other forms)",
                        );
                        String::new()
                    }
                };
                args.push(self.expr(span_of(a), ExprKind::Str(text)));
                continue;
            }
            args.push(self.lower_expr(a));
        }
        self.expr(
            span,
            ExprKind::Call {
                callee: Callee::Builtin("__molt_annotate".to_string()),
                args,
                kwargs: vec![],
            },
        )
    }

    /// Lowers a function's parameters and body into `funcs[fid]`. Returns the defaults
    /// evaluated when the function is made: for static functions with the hidden global
    /// that keeps each, for dynamic ones in the order of `Default::Stored`.
    fn lower_callable(
        &mut self,
        fid: FuncId,
        p: &ast::Parameters,
        body: Body,
    ) -> Vec<(Option<GlobalId>, Expr)> {
        let dynamic = self.funcs[fid.index()].dynamic;
        let fname = self.funcs[fid.index()].name.clone();
        // The function's scope: parameters, then every name it assigns.
        let mut scope = FnScope {
            func: fid,
            locals: vec![],
            local_ids: HashMap::new(),
            global_decls: HashSet::new(),
            nonlocal_decls: HashSet::new(),
            imports: HashMap::new(),
            free: vec![],
            free_ids: HashMap::new(),
            cells: vec![],
            comp_saved: vec![],
            is_class: false,
            first_param: None,
            class_flow: ClassFlow::default(),
            direct: HashMap::new(),
        };
        if let Body::Stmts(stmts) = body {
            let names: Vec<String> = p.iter().map(|a| a.name().id.to_string()).collect();
            scope.direct = lower_direct::direct_defs(stmts, &names)
                .into_iter()
                .map(|n| (n, None))
                .collect();
            let mut decls = vec![];
            collect_decls(stmts, &mut decls, true);
            scope.global_decls = decls.into_iter().map(|(n, _)| n).collect();
            let mut decls = vec![];
            collect_decls(stmts, &mut decls, false);
            scope.nonlocal_decls = decls.into_iter().map(|(n, _)| n).collect();
        }
        let mut params_ast: Vec<(&ast::Parameter, Option<&ast::Expr>, ParamKind)> = vec![];
        for a in p.posonlyargs.iter() {
            params_ast.push((
                &a.parameter,
                a.default.as_deref(),
                ParamKind::PositionalOnly,
            ));
        }
        for a in p.args.iter() {
            params_ast.push((&a.parameter, a.default.as_deref(), ParamKind::Normal));
        }
        if let Some(v) = &p.vararg {
            params_ast.push((v, None, ParamKind::VarPositional));
        }
        for a in p.kwonlyargs.iter() {
            params_ast.push((&a.parameter, a.default.as_deref(), ParamKind::KeywordOnly));
        }
        if let Some(v) = &p.kwarg {
            params_ast.push((v, None, ParamKind::VarKeyword));
        }
        if let Some((_, _, k)) = params_ast.first()
            && *k != ParamKind::KeywordOnly
            && *k != ParamKind::VarKeyword
        {
            scope.first_param = Some(LocalId(0));
        }
        for (a, _, _) in &params_ast {
            let n = a.name.id.to_string();
            if scope.local_ids.contains_key(&n) {
                continue;
            }
            let id = LocalId(scope.locals.len() as u32);
            scope.locals.push(Local {
                name: n.clone(),
                span: span_of(*a),
            });
            scope.local_ids.insert(n, id);
        }
        let mut assigned = vec![];
        match body {
            Body::Stmts(stmts) => {
                collect_bindings(stmts, &mut assigned, false);
                walrus_names(stmts, &mut assigned);
                self.imported_value_names(stmts, &mut assigned);
            }
            Body::Expr(e) => walrus_expr(e, &mut assigned),
        }
        for (n, sp) in assigned {
            if scope.global_decls.contains(&n)
                || scope.nonlocal_decls.contains(&n)
                || scope.local_ids.contains_key(&n)
            {
                continue;
            }
            let id = LocalId(scope.locals.len() as u32);
            scope.locals.push(Local {
                name: n.clone(),
                span: sp,
            });
            scope.local_ids.insert(n, id);
        }
        // Defaults are evaluated in the enclosing scope, when `def` runs.
        let mut params = vec![];
        let mut default_inits = vec![];
        for (a, d, kind) in &params_ast {
            let pname = a.name.id.to_string();
            let default = d.map(|d| {
                let e = self.lower_expr(d);
                if Expr::is_constant(&e) {
                    Default::Const(e)
                } else if dynamic {
                    default_inits.push((None, e));
                    Default::Stored(default_inits.len() as u32 - 1)
                } else {
                    let g = self.hidden_global(format!("{fname}.{pname}"), span_of(d));
                    default_inits.push((Some(g), e));
                    Default::Global(g)
                }
            });
            params.push(Param {
                local: scope.local_ids[&pname],
                name: pname,
                span: span_of(*a),
                default,
                kind: *kind,
            });
        }
        self.enter_scope(scope);
        let doc = match body {
            Body::Stmts(stmts) => docstring(stmts),
            Body::Expr(_) => None,
        };
        self.funcs[fid.index()].doc = doc;
        let body = match body {
            Body::Stmts(stmts) => self.lower_block(stmts),
            Body::Expr(e) => {
                let span = span_of(e);
                let v = self.lower_expr(e);
                vec![Stmt {
                    span,
                    kind: StmtKind::Return(Some(v)),
                }]
            }
        };
        let scope = self.exit_scope();
        if let Some(s) = &scope {
            self.check_direct(s, &body);
        }
        let func = &mut self.funcs[fid.index()];
        func.params = params;
        func.body = body;
        if let Some(s) = scope {
            func.locals = s.locals;
            func.free = s.free;
            func.cells = s.cells;
        }
        default_inits
    }

    // ---------------------------------------------------------------- statements

    /// A class body. `NAME = auto()` stores the value enum._EnumDict.__setitem__ would
    /// generate (`__molt_enum_auto`, given the bases again and the names the body bound
    /// before), so that later statements (`RW = R | W`) see it; outside an enum body the
    /// builtin returns the `auto` object unchanged.
    fn lower_class_block(&mut self, body: &[ast::Stmt], bases: &[&ast::Expr]) -> Vec<Stmt> {
        // The bases are evaluated a second time: only plain names (`Flag`, `enum.Flag`).
        fn plain(e: &ast::Expr) -> bool {
            match e {
                ast::Expr::Name(_) => true,
                ast::Expr::Attribute(a) => plain(&a.value),
                _ => false,
            }
        }
        let resolve = !bases.is_empty() && bases.iter().all(|b| plain(b));
        let mut prior: Vec<(String, LocalId)> = vec![];
        let mut out = Vec::with_capacity(body.len());
        for s in body {
            let st = self.lower_stmt(s);
            out.append(&mut self.prelude);
            let Some(mut st) = st else { continue };
            let mut bound: Option<String> = None;
            match s {
                ast::Stmt::Assign(a) if a.targets.len() == 1 => {
                    if let ast::Expr::Name(n) = &a.targets[0] {
                        bound = Some(n.id.to_string());
                    }
                }
                ast::Stmt::FunctionDef(f) if f.name.id.as_str() == "_generate_next_value_" => {
                    bound = Some(f.name.id.to_string());
                }
                ast::Stmt::Delete(d) => {
                    for t in &d.targets {
                        if let ast::Expr::Name(n) = t {
                            prior.retain(|(k, _)| k.as_str() != n.id.as_str());
                        }
                    }
                }
                _ => {}
            }
            let local = bound.as_ref().and_then(|n| {
                let sc = self.scope.as_ref()?;
                if sc.global_decls.contains(n) || sc.nonlocal_decls.contains(n) {
                    return None;
                }
                sc.local_ids.get(n).copied()
            });
            if resolve
                && let Some(name) = &bound
                && let StmtKind::Assign { value, .. } = &mut st.kind
                && matches!(&value.kind, ExprKind::Call { callee: Callee::Module(m, f), args, kwargs }
                    if m == "enum" && f == "auto" && args.is_empty() && kwargs.is_empty())
            {
                let sp = value.span;
                let auto = std::mem::replace(value, self.expr(sp, ExprKind::None));
                let bs: Vec<Expr> = bases.iter().map(|b| self.lower_expr(b)).collect();
                let bs = self.expr(sp, ExprKind::Tuple(bs));
                let mut items = vec![];
                for (k, l) in &prior {
                    let k = self.expr(sp, ExprKind::Str(k.clone()));
                    let v = self.expr(sp, ExprKind::Name(Var::Local(*l)));
                    items.push(self.expr(sp, ExprKind::Tuple(vec![k, v])));
                }
                let items = self.expr(sp, ExprKind::Tuple(items));
                let n = self.expr(sp, ExprKind::Str(name.clone()));
                *value = self.expr(
                    sp,
                    ExprKind::Call {
                        callee: Callee::Builtin("__molt_enum_auto".to_string()),
                        args: vec![auto, n, bs, items],
                        kwargs: vec![],
                    },
                );
            }
            if let (Some(n), Some(l)) = (bound, local) {
                prior.retain(|(k, _)| *k != n);
                prior.push((n, l));
            }
            out.push(st);
        }
        out
    }

    fn lower_block(&mut self, body: &[ast::Stmt]) -> Vec<Stmt> {
        // A class body's nested block may not run: what it binds is certain only inside.
        let before = self
            .scope
            .as_ref()
            .filter(|sc| sc.is_class)
            .map(|sc| sc.class_flow.definite.clone());
        let out = self.lower_block_stmts(body);
        if let Some(b) = before
            && let Some(sc) = self.scope.as_mut()
        {
            sc.class_flow.leave_block(b);
        }
        out
    }

    fn lower_block_stmts(&mut self, body: &[ast::Stmt]) -> Vec<Stmt> {
        let mut out = Vec::with_capacity(body.len());
        for s in body {
            let s = self.lower_stmt(s);
            out.append(&mut self.prelude);
            if let Some(s) = s {
                out.push(s);
            }
        }
        out
    }

    fn lower_stmt(&mut self, s: &ast::Stmt) -> Option<Stmt> {
        let class = self.scope.as_ref().is_some_and(|sc| sc.is_class);
        if !class {
            return self.lower_stmt_kind(s);
        }
        let (compound, looping) = match s {
            ast::Stmt::For(_) | ast::Stmt::While(_) => (true, true),
            ast::Stmt::If(_) | ast::Stmt::Try(_) | ast::Stmt::With(_) | ast::Stmt::Match(_) => {
                (true, false)
            }
            _ => (false, false),
        };
        if let ast::Stmt::AugAssign(a) = s
            && let ast::Expr::Name(n) = a.target.as_ref()
            && matches!(
                self.class_read(n.id.as_str()),
                Some(ClassRead::Unbound | ClassRead::Maybe)
            )
            && self.has_global_fallback(n.id.as_str())
        {
            // `x += v` would read the global x in place (INPLACE_ADD on it) and bind the
            // class's own x.
            self.error(
                span_of(a.target.as_ref()),
                "augmented assignment to a class attribute not bound yet in the class body is not supported",
                "assign it first (`x = x + v`)",
            );
            return None;
        }
        let mut before = None;
        if let Some(sc) = self.scope.as_mut() {
            sc.class_flow.depth += u32::from(compound);
            sc.class_flow.loops += u32::from(looping);
            if looping {
                // A name a loop deletes may be unbound at the top of a later iteration.
                let mut deleted = vec![];
                deleted_names(std::slice::from_ref(s), &mut deleted);
                for n in deleted {
                    if let Some(l) = sc.local_ids.get(&n).copied() {
                        sc.class_flow.definite.remove(&l);
                    }
                }
            }
            if compound {
                before = Some(sc.class_flow.definite.clone());
            }
        }
        let out = self.lower_stmt_kind(s);
        if let Some(sc) = self.scope.as_mut() {
            sc.class_flow.depth -= u32::from(compound);
            sc.class_flow.loops -= u32::from(looping);
            if let Some(b) = before {
                sc.class_flow.leave_block(b);
            }
        }
        if let ast::Stmt::Delete(d) = s {
            for t in &d.targets {
                if let ast::Expr::Name(n) = t
                    && let Some(sc) = self.scope.as_mut()
                    && let Some(l) = sc.local_ids.get(n.id.as_str()).copied()
                    && !sc.global_decls.contains(n.id.as_str())
                {
                    sc.class_flow.delete(l);
                }
            }
        }
        out
    }

    /// Whether a class-body read of `name` that misses the class namespace finds a
    /// global, a builtin or an imported name (LOAD_NAME's fallbacks).
    fn has_global_fallback(&self, name: &str) -> bool {
        self.global_ids.contains_key(name)
            || self.func_ids.contains_key(name)
            || self.imports.contains_key(name)
            || name == "__name__"
            || catalog::BUILTINS.contains(&name)
            || catalog::is_exception(name)
            || catalog::TYPES.contains(&name)
    }

    fn lower_stmt_kind(&mut self, s: &ast::Stmt) -> Option<Stmt> {
        let span = span_of(s);
        let kind = match s {
            ast::Stmt::FunctionDef(f) => return Some(self.lower_function(f)),
            ast::Stmt::ClassDef(c) => return Some(self.lower_class(c)),
            ast::Stmt::Return(r) => {
                if self.scope.as_ref().is_none_or(|s| s.is_class) {
                    self.error(
                        span,
                        "'return' outside function",
                        "remove the return statement",
                    );
                    return None;
                }
                StmtKind::Return(r.value.as_ref().map(|v| self.lower_expr(v)))
            }
            ast::Stmt::Delete(d) => {
                let mut targets = vec![];
                for t in &d.targets {
                    match t {
                        ast::Expr::Subscript(_)
                        | ast::Expr::Name(_)
                        | ast::Expr::Attribute(_)
                        | ast::Expr::Tuple(_)
                        | ast::Expr::List(_) => targets.push(self.lower_target(t)),
                        _ => {
                            self.error(
                                span_of(t),
                                "cannot delete this expression",
                                "delete names, attributes, items or slices",
                            );
                        }
                    }
                }
                StmtKind::Delete(targets)
            }
            ast::Stmt::TypeAlias(_) => {
                self.error(
                    span,
                    "type aliases are not supported",
                    "remove the `type` statement",
                );
                return None;
            }
            ast::Stmt::Assign(a) => {
                let value = self.lower_expr(&a.value);
                if let Some((n, l)) = lower_direct::lambda_assign(s)
                    && let ExprKind::MakeFunc { func, .. } = value.kind
                    && let Some(slot) = self.scope.as_mut().and_then(|sc| sc.direct.get_mut(n))
                {
                    // A lambda only called (lower_direct.rs), as a direct `def` is.
                    *slot = Some(func);
                    self.funcs[func.index()].direct_only = true;
                    let empty = ast::Parameters::default();
                    let params = l.parameters.as_deref().unwrap_or(&empty);
                    self.signatures.insert(func, signature_of(params));
                }
                let targets = a.targets.iter().map(|t| self.lower_target(t)).collect();
                StmtKind::Assign { targets, value }
            }
            ast::Stmt::AugAssign(a) => {
                let target = self.lower_target(&a.target);
                if matches!(target.kind, TargetKind::Tuple(_) | TargetKind::Slice { .. }) {
                    self.error(
                        span_of(a.target.as_ref()),
                        "this augmented assignment target is not supported",
                        "write the assignment out in full",
                    );
                }
                let value = self.lower_expr(&a.value);
                StmtKind::AugAssign {
                    target,
                    op: binop(a.op),
                    value,
                }
            }
            ast::Stmt::AnnAssign(a) => {
                let Some(v) = &a.value else { return None };
                let value = self.lower_expr(v);
                let target = self.lower_target(&a.target);
                StmtKind::Assign {
                    targets: vec![target],
                    value,
                }
            }
            ast::Stmt::For(f) => {
                if f.is_async {
                    self.error(span, "async for is not supported", "use a plain for loop");
                }
                let iter = self.lower_expr(&f.iter);
                let target = self.lower_target(&f.target);
                StmtKind::For {
                    target,
                    iter,
                    body: self.lower_block(&f.body),
                    orelse: self.lower_block(&f.orelse),
                }
            }
            ast::Stmt::While(w) => StmtKind::While {
                test: self.lower_expr(&w.test),
                body: self.lower_block(&w.body),
                orelse: self.lower_block(&w.orelse),
            },
            ast::Stmt::If(i) => {
                let test = self.lower_expr(&i.test);
                let body = self.lower_block(&i.body);
                let orelse = self.lower_elif(&i.elif_else_clauses);
                StmtKind::If { test, body, orelse }
            }
            ast::Stmt::With(w) => self.lower_with(w)?,
            ast::Stmt::Match(m) if !RUNTIME_HAS_MATCH => {
                self.error(
                    span_of(m.subject.as_ref()),
                    "`match` statements are not supported yet",
                    "use if/elif chains",
                );
                return None;
            }
            ast::Stmt::Match(m) => self.lower_match(m),
            ast::Stmt::Raise(r) => StmtKind::Raise {
                exc: r.exc.as_ref().map(|e| self.lower_expr(e)),
                cause: r.cause.as_ref().map(|e| self.lower_expr(e)),
            },
            ast::Stmt::Try(t) => {
                if t.is_star {
                    self.error(
                        span,
                        "`except*` is not supported",
                        "use plain except clauses",
                    );
                }
                let body = self.lower_block(&t.body);
                let mut handlers = vec![];
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    let types = match &h.type_ {
                        None => vec![],
                        Some(t) => self.lower_exc_classes(t),
                    };
                    let name = h
                        .name
                        .as_ref()
                        .map(|n| self.bind_name(n.id.as_str(), span_of(n)));
                    let body = self.lower_block(&h.body);
                    // `except E as e` deletes e when the handler ends.
                    if let Some(Var::Local(l)) = name
                        && let Some(sc) = self.scope.as_mut()
                        && sc.is_class
                    {
                        sc.class_flow.definite.remove(&l);
                    }
                    handlers.push(Handler {
                        span: span_of(h),
                        types,
                        name,
                        body,
                    });
                }
                StmtKind::Try {
                    body,
                    handlers,
                    orelse: self.lower_block(&t.orelse),
                    finalbody: self.lower_block(&t.finalbody),
                }
            }
            ast::Stmt::Assert(a) => StmtKind::Assert {
                test: self.lower_expr(&a.test),
                msg: a.msg.as_ref().map(|m| self.lower_expr(m)),
            },
            ast::Stmt::Import(i) => {
                if self.lower_user_import(s, span) {
                    return None;
                }
                for alias in &i.names {
                    let m = alias.name.id.to_string();
                    if !catalog::MODULES.contains(&m.as_str()) {
                        self.unsupported_module(&m, span_of(alias));
                        continue;
                    }
                    let (bound, m) = lower_import::stdlib_binding(&m, alias.asname.as_ref());
                    self.add_import(bound, Import::Module(m));
                }
                return None;
            }
            ast::Stmt::ImportFrom(i) => {
                if self.lower_user_import(s, span) {
                    return None;
                }
                let m = i
                    .module
                    .as_ref()
                    .map(|m| m.id.to_string())
                    .unwrap_or_default();
                if m == "__future__" {
                    return None;
                }
                if i.level > 0 || !catalog::MODULES.contains(&m.as_str()) {
                    self.unsupported_module(&m, span);
                    return None;
                }
                for alias in &i.names {
                    let n = alias.name.id.to_string();
                    if n == "*" {
                        self.error(
                            span_of(alias),
                            "`import *` is not supported",
                            "import the names you use",
                        );
                        continue;
                    }
                    if !catalog::module_functions(&m).contains(&n.as_str())
                        && !catalog::module_values(&m).contains(&n.as_str())
                    {
                        // A name CPython's module lacks: ImportError at run time, when
                        // CPython's message names no file (a module built into the
                        // interpreter); the names after it are not bound.
                        if UNKNOWN_LOCATION.contains(&m.as_str())
                            && crate::catalog_cpython::lacks(&m, &n)
                        {
                            self.push_raise(
                                "ImportError",
                                format!("cannot import name '{n}' from '{m}' (unknown location)"),
                                span_of(alias),
                            );
                            break;
                        }
                        self.error(
                            span_of(alias),
                            format!("{m}.{n} is not supported yet"),
                            format!(
                                "molt implements these names of {m}: {}",
                                catalog::module_functions(&m)
                                    .iter()
                                    .chain(catalog::module_values(&m))
                                    .filter(|f| !f.starts_with('_'))
                                    .copied()
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        );
                        continue;
                    }
                    let bound = alias
                        .asname
                        .as_ref()
                        .map_or(n.clone(), |a| a.id.to_string());
                    self.add_import(bound, Import::Member(m.clone(), n));
                }
                return None;
            }
            ast::Stmt::Global(_) => return None,
            ast::Stmt::Nonlocal(n) => {
                for name in &n.names {
                    if self.scope.is_none() || self.resolve_free(name.id.as_str()).is_none() {
                        self.diags.push(
                            Diagnostic::error(
                                span_of(name),
                                format!("no binding for nonlocal '{}' found", name.id),
                            )
                            .label("SyntaxError in Python")
                            .hint("a nonlocal name must be a variable of an enclosing function"),
                        );
                    }
                }
                return None;
            }
            ast::Stmt::Expr(e) => {
                if matches!(e.value.as_ref(), ast::Expr::EllipsisLiteral(_)) {
                    StmtKind::Pass
                } else {
                    StmtKind::Expr(self.lower_expr(&e.value))
                }
            }
            ast::Stmt::Pass(_) => StmtKind::Pass,
            ast::Stmt::Break(_) => StmtKind::Break,
            ast::Stmt::Continue(_) => StmtKind::Continue,
            ast::Stmt::IpyEscapeCommand(_) => {
                self.error(span, "IPython escape commands are not Python", "remove it");
                return None;
            }
        };
        Some(Stmt { span, kind })
    }

    fn unsupported_module(&mut self, m: &str, span: Span) {
        self.diags.push(
            Diagnostic::error(span, format!("module `{m}` is not supported yet"))
                .label("imported here")
                .hint(format!(
                    "molt implements these modules: {}",
                    catalog::MODULES.join(", ")
                )),
        );
    }

    fn add_import(&mut self, bound: String, imp: Import) {
        match &mut self.scope {
            Some(s) => {
                s.imports.insert(bound, imp);
            }
            None => {
                self.imports.insert(bound, imp);
            }
        }
    }

    fn lower_elif(&mut self, clauses: &[ast::ElifElseClause]) -> Vec<Stmt> {
        let Some((first, rest)) = clauses.split_first() else {
            return vec![];
        };
        match &first.test {
            None => self.lower_block(&first.body),
            Some(test) => {
                let span = span_of(first);
                let test = self.lower_expr(test);
                let body = self.lower_block(&first.body);
                let orelse = self.lower_elif(rest);
                vec![Stmt {
                    span,
                    kind: StmtKind::If { test, body, orelse },
                }]
            }
        }
    }

    fn lower_exc_classes(&mut self, e: &ast::Expr) -> Vec<ExcClass> {
        match e {
            ast::Expr::Tuple(t) => t
                .elts
                .iter()
                .flat_map(|x| self.lower_exc_classes(x))
                .collect(),
            ast::Expr::Name(n) => {
                let name = catalog::exception_alias(n.id.as_str());
                if catalog::is_exception(name) && self.is_unshadowed(n.id.as_str()) {
                    vec![ExcClass::Builtin(name.to_string())]
                } else {
                    vec![ExcClass::Value(self.lower_expr(e))]
                }
            }
            // Any other expression is a class (or tuple of classes) at run time.
            _ => vec![ExcClass::Value(self.lower_expr(e))],
        }
    }

    /// True if the name is not rebound by the program (so it means the builtin).
    fn is_unshadowed(&mut self, name: &str) -> bool {
        matches!(self.resolve(name), Resolved::Builtin(_))
    }

    /// `(x := v)`: binds x in the enclosing function scope (comprehensions are inlined, so
    /// that is the current scope; a generator expression is a scope of its own).
    fn lower_named(&mut self, n: &ast::ExprNamed, span: Span) -> ExprKind {
        let ast::Expr::Name(name) = n.target.as_ref() else {
            return self.refuse(span, "this `:=` target is not supported", "use a name");
        };
        let id = name.id.as_str();
        if self.comp_names.iter().any(|m| m.contains_key(id)) {
            return self.refuse(
                span,
                "assignment expression cannot rebind comprehension iteration variable",
                "use another name",
            );
        }
        if let Some(s) = &self.scope
            && s.is_class
            && !self.comp_names.is_empty()
        {
            return self.refuse(
                span,
                "assignment expression within a comprehension cannot be used in a class body",
                "move the comprehension into a function",
            );
        }
        if self
            .scope
            .as_ref()
            .is_some_and(|s| self.funcs[s.func.index()].name == "<genexpr>")
        {
            return self.lower_named_in_genexpr(name, &n.value, span);
        }
        let value = self.lower_expr(&n.value);
        let var = self.bind_name(id, span_of(name));
        let target = Target {
            span: span_of(name),
            kind: TargetKind::Var(var),
        };
        ExprKind::Named(Box::new(target), Box::new(value))
    }

    /// `(name := v)` inside a generator expression: the name belongs to the nearest
    /// enclosing scope that is not a generator expression (PEP 572), so the generator
    /// stores into that scope's cell, or into the global at module level.
    fn lower_named_in_genexpr(
        &mut self,
        name: &ast::ExprName,
        value: &ast::Expr,
        span: Span,
    ) -> ExprKind {
        let id = name.id.as_str();
        let is_genexpr = |s: &FnScope| self.funcs[s.func.index()].name == "<genexpr>";
        let cur = self.scope.as_ref().into_iter();
        let mut gens = cur
            .chain(self.outer.iter().rev())
            .take_while(|s| is_genexpr(s));
        // The iteration variables of the generator expressions and comprehensions in
        // between are theirs; CPython rejects rebinding them.
        let rebinds = gens.any(|s| {
            s.local_ids.contains_key(id) || s.comp_saved.iter().any(|m| m.contains_key(id))
        });
        let depth = self
            .outer
            .iter()
            .rev()
            .take_while(|s| is_genexpr(s))
            .count();
        let owner = self
            .outer
            .len()
            .checked_sub(depth + 1)
            .map(|k| &self.outer[k]);
        let owner_comp = match owner {
            Some(o) => o.comp_saved.iter().any(|m| m.contains_key(id)),
            None => self.module_comp_saved.iter().any(|m| m.contains_key(id)),
        };
        if rebinds || owner_comp {
            return self.refuse(
                span,
                "assignment expression cannot rebind comprehension iteration variable",
                "use another name",
            );
        }
        if owner.is_some_and(|o| o.is_class) {
            return self.refuse(
                span,
                "assignment expression within a comprehension cannot be used in a class body",
                "move the comprehension into a function",
            );
        }
        let global = owner.is_none_or(|o| o.global_decls.contains(id));
        let value = self.lower_expr(value);
        let var = if global {
            Var::Global(self.global(id, span_of(name)))
        } else {
            match self.resolve_free(id) {
                Some(i) => Var::Free(i),
                None => Var::Global(self.global(id, span_of(name))),
            }
        };
        let target = Target {
            span: span_of(name),
            kind: TargetKind::Var(var),
        };
        ExprKind::Named(Box::new(target), Box::new(value))
    }

    fn bind_name(&mut self, name: &str, span: Span) -> Var {
        for m in self.comp_names.iter().rev() {
            if let Some(l) = m.get(name) {
                return Var::Local(*l);
            }
        }
        if let Some(s) = &mut self.scope
            && !s.global_decls.contains(name)
            && let Some(l) = s.local_ids.get(name).copied()
        {
            if s.is_class && l.0 != 0 {
                s.class_flow.bind(l);
            }
            return Var::Local(l);
        }
        if self
            .scope
            .as_ref()
            .is_some_and(|s| s.nonlocal_decls.contains(name))
            && let Some(i) = self.resolve_free(name)
        {
            return Var::Free(i);
        }
        if self.scope.is_none()
            && let Some(l) = self.module_local_ids.get(name)
        {
            return Var::Local(*l);
        }
        Var::Global(self.global(name, span))
    }

    fn lower_target(&mut self, t: &ast::Expr) -> Target {
        let span = span_of(t);
        let kind = match t {
            ast::Expr::Name(n) => TargetKind::Var(self.bind_name(n.id.as_str(), span)),
            ast::Expr::Tuple(ast::ExprTuple { elts, .. })
            | ast::Expr::List(ast::ExprList { elts, .. }) => {
                let stars = elts
                    .iter()
                    .filter(|e| matches!(e, ast::Expr::Starred(_)))
                    .count();
                if stars > 1 {
                    self.diags.push(
                        Diagnostic::error(span, "multiple starred expressions in assignment")
                            .label("SyntaxError in Python")
                            .hint("use at most one `*name` per target"),
                    );
                }
                let parts = elts
                    .iter()
                    .map(|e| match e {
                        ast::Expr::Starred(s) => Target {
                            span: span_of(s),
                            kind: TargetKind::Star(Box::new(self.lower_target(&s.value))),
                        },
                        e => self.lower_target(e),
                    })
                    .collect();
                TargetKind::Tuple(parts)
            }
            ast::Expr::Subscript(s) => {
                let obj = self.lower_expr(&s.value);
                match s.slice.as_ref() {
                    ast::Expr::Slice(sl) => TargetKind::Slice {
                        obj,
                        lower: sl.lower.as_ref().map(|e| self.lower_expr(e)),
                        upper: sl.upper.as_ref().map(|e| self.lower_expr(e)),
                        step: sl.step.as_ref().map(|e| self.lower_expr(e)),
                    },
                    idx => TargetKind::Subscript {
                        obj,
                        index: self.lower_expr(idx),
                    },
                }
            }
            ast::Expr::Starred(_) => {
                self.diags.push(
                    Diagnostic::error(span, "starred assignment target must be in a list or tuple")
                        .label("SyntaxError in Python")
                        .hint("write `*name,` or `[*name]`"),
                );
                TargetKind::Tuple(vec![])
            }
            ast::Expr::Attribute(a) if a.attr.id.as_str() == "__class__" => {
                self.refuse_class_assign(span);
                TargetKind::Tuple(vec![])
            }
            ast::Expr::Attribute(a) => match self.user_module_target(a, span) {
                Some(k) => k,
                None => TargetKind::Attr {
                    obj: self.lower_expr(&a.value),
                    name: a.attr.id.to_string(),
                },
            },
            _ => {
                self.error(
                    span,
                    "cannot assign to this expression",
                    "assign to a name, an item or a slice",
                );
                TargetKind::Tuple(vec![])
            }
        };
        Target { span, kind }
    }

    // ---------------------------------------------------------------- names

    /// Finds `name` in an enclosing function (or in a module-level comprehension around a
    /// lambda): marks the variable as a cell there and threads it through every scope in
    /// between as a free variable. Returns its index among the current scope's free vars.
    fn resolve_free(&mut self, name: &str) -> Option<u32> {
        self.scope.as_ref()?;
        if let Some(i) = self.scope.as_ref().and_then(|s| s.free_ids.get(name)) {
            return Some(*i);
        }
        // (index in `outer`, or None for the module body; the variable)
        let mut origin: Option<(Option<usize>, LocalId)> = None;
        for k in (0..self.outer.len()).rev() {
            let s = &self.outer[k];
            if let Some(l) = s.comp_saved.iter().rev().find_map(|m| m.get(name)) {
                origin = Some((Some(k), *l));
                break;
            }
            // Class bodies do not enclose their methods, except for `__class__`.
            if s.is_class && name != "__class__" {
                continue;
            }
            if s.global_decls.contains(name) {
                return None;
            }
            if s.nonlocal_decls.contains(name) {
                continue;
            }
            if let Some(l) = s.local_ids.get(name) {
                origin = Some((Some(k), *l));
                break;
            }
        }
        if origin.is_none()
            && let Some(l) = self
                .module_comp_saved
                .iter()
                .rev()
                .find_map(|m| m.get(name))
        {
            origin = Some((None, *l));
        }
        let (at, local) = origin?;
        let first = match at {
            Some(k) => {
                let s = &mut self.outer[k];
                if !s.cells.contains(&local) {
                    s.cells.push(local);
                }
                k + 1
            }
            None => {
                if !self.module_cells.contains(&local) {
                    self.module_cells.push(local);
                }
                0
            }
        };
        let mut src = FreeSrc::Local(local);
        for k in first..self.outer.len() {
            let i = self.outer[k].add_free(name, src);
            src = FreeSrc::Free(i);
        }
        self.scope.as_mut().map(|s| s.add_free(name, src))
    }

    /// How a read of `name` in the class body being lowered finds it, when it is one of
    /// the class's names (`None` otherwise, and outside class bodies).
    fn class_read(&self, name: &str) -> Option<ClassRead> {
        let s = self.scope.as_ref()?;
        if !s.is_class || s.global_decls.contains(name) || s.nonlocal_decls.contains(name) {
            return None;
        }
        let l = *s.local_ids.get(name)?;
        (l.0 != 0).then(|| s.class_flow.read(l))
    }

    fn resolve(&mut self, name: &str) -> Resolved {
        for m in self.comp_names.iter().rev() {
            if let Some(l) = m.get(name) {
                return Resolved::Var(Var::Local(*l));
            }
        }
        if let Some(s) = &self.scope
            && !s.global_decls.contains(name)
        {
            // Inside a comprehension in a class body, the class's names are not visible
            // (the comprehension is a function scope in Python; its first iterable is
            // lowered with no comprehension names active).
            let hidden_class = s.is_class && !self.comp_names.is_empty();
            // A class's own name not bound yet: LOAD_NAME goes on to the globals (never
            // to an enclosing function's variable).
            let class_unbound = !hidden_class && self.class_read(name) == Some(ClassRead::Unbound);
            if !hidden_class
                && !class_unbound
                && let Some(l) = s.local_ids.get(name)
            {
                return Resolved::Var(Var::Local(*l));
            }
            if !hidden_class && let Some(i) = s.imports.get(name) {
                return import_resolved(i);
            }
            if !class_unbound && let Some(i) = self.resolve_free(name) {
                return Resolved::Var(Var::Free(i));
            }
        }
        if self.scope.is_none()
            && let Some(l) = self.module_local_ids.get(name)
        {
            return Resolved::Var(Var::Local(*l));
        }
        if let Some(g) = self.global_ids.get(name) {
            return Resolved::Var(Var::Global(*g));
        }
        if let Some(f) = self.func_ids.get(name) {
            return Resolved::Func(*f);
        }
        if let Some(i) = self.imports.get(name) {
            return import_resolved(i);
        }
        if name == "__name__" {
            return Resolved::DunderName;
        }
        if name == "__file__" {
            return Resolved::DunderFile;
        }
        // In a class body `__doc__` may be the class's own (stored before the body runs).
        if name == "__doc__" && !self.scope.as_ref().is_some_and(|s| s.is_class) {
            return Resolved::DunderDoc;
        }
        if catalog::BUILTINS.contains(&name)
            || catalog::is_exception(name)
            || catalog::TYPES.contains(&name)
            || catalog::unsupported_builtin(name).is_some()
        {
            return Resolved::Builtin(catalog::exception_alias(name).to_string());
        }
        Resolved::Undefined
    }

    /// A name CPython's builtins define but molt does not implement (ExceptionGroup,
    /// FutureWarning's relatives, aiter, ...) is refused: a NameError would differ.
    fn refuse_missing_builtin(&mut self, name: &str, span: Span) -> Option<ExprKind> {
        let module_dunder = lower_suggest::module_dunders(true, false).contains(&name)
            || lower_suggest::module_dunders(false, true).contains(&name);
        if module_dunder {
            return Some(self.refuse(
                span,
                &format!("the module attribute `{name}` is not supported"),
                "molt's modules have only the names they define (and `__name__`)",
            ));
        }
        if !lower_suggest::BUILTINS_DICT.contains(&name) {
            return None;
        }
        Some(self.refuse(
            span,
            &format!("the builtin `{name}` is not supported"),
            "molt does not implement this builtin",
        ))
    }

    fn check_builtin(&mut self, name: &str, span: Span) -> bool {
        if let Some(why) = catalog::unsupported_builtin(name) {
            self.diags.push(
                Diagnostic::error(span, format!("`{name}()` is not supported"))
                    .label("used here")
                    .hint(why.to_string()),
            );
            return false;
        }
        true
    }

    fn lower_name(&mut self, name: &str, span: Span) -> ExprKind {
        if name == lower_dataclass::FACTORY_SENTINEL {
            return ExprKind::ModuleAttr("dataclasses".into(), "_HAS_DEFAULT_FACTORY".into());
        }
        if self.comp_names.is_empty() && self.class_read(name) == Some(ClassRead::Maybe) {
            if self.has_global_fallback(name) {
                // LOAD_NAME would read the global where the class's name is unbound.
                return self.refuse(
                    span,
                    &format!("reading class attribute `{name}` in the class body where it may not be bound yet, while a global or builtin `{name}` exists, is not supported"),
                    "bind it unconditionally before this point, or rename it",
                );
            }
            // Unbound here, it is a NameError (codegen raises it for class bodies).
            self.hint_name_error(name, span);
        }
        match self.resolve(name) {
            Resolved::Var(v) => {
                // A module variable may be unbound when read (deleted, not assigned yet).
                let module_var = match v {
                    Var::Global(_) => true,
                    Var::Local(l) => {
                        self.scope.is_none() && self.module_local_ids.get(name) == Some(&l)
                    }
                    Var::Free(_) => false,
                };
                if module_var {
                    self.hint_name_error(name, span);
                }
                ExprKind::Name(v)
            }
            Resolved::Func(f) => ExprKind::FuncRef(f),
            Resolved::Builtin(b) => {
                self.check_builtin(&b, span);
                ExprKind::BuiltinRef(b)
            }
            Resolved::Module(m) => {
                self.error(
                    span,
                    format!("using module `{m}` as a value is not supported"),
                    "use its functions and constants directly",
                );
                ExprKind::None
            }
            Resolved::ModuleMember(m, n) if m == "traceback" && n.starts_with("print_") => self
                .refuse(
                    span,
                    &format!("traceback.{n} as a value is not supported"),
                    "call it directly (molt checks where it prints)",
                ),
            Resolved::ModuleMember(m, n) if m == "warnings" && n == "warn" => self.refuse(
                span,
                "warnings.warn as a value is not supported",
                "call it directly (molt gives each call its file and line)",
            ),
            Resolved::ModuleMember(m, n) => ExprKind::ModuleAttr(m, n),
            Resolved::UserModule(m) => self.refuse(
                span,
                &format!("using module `{m}` as a value is not supported"),
                "use its functions and constants directly",
            ),
            Resolved::DunderName => ExprKind::Str(self.imp.cur.clone()),
            Resolved::DunderFile => ExprKind::Str(self.imp.cur_file.clone()),
            Resolved::DunderDoc => match &self.imp.cur_doc {
                Some(d) => ExprKind::Str(d.clone()),
                None => ExprKind::None,
            },
            Resolved::Undefined => {
                if let Some(k) = self.refuse_missing_builtin(name, span) {
                    return k;
                }
                self.hint_name_error(name, span);
                ExprKind::Raise {
                    kind: "NameError".into(),
                    msg: format!("name '{name}' is not defined"),
                    effects: vec![],
                }
            }
        }
    }

    // ---------------------------------------------------------------- expressions

    fn lower_exprs(&mut self, es: &[ast::Expr]) -> Vec<Expr> {
        es.iter().map(|e| self.lower_expr(e)).collect()
    }

    fn lower_expr(&mut self, e: &ast::Expr) -> Expr {
        let span = span_of(e);
        let mut kind = self.lower_expr_kind(e, span);
        if let ExprKind::ModuleAttr(m, n) = &kind
            && let Some(k) = self.prelude_value(m, n, span)
        {
            kind = k;
        }
        self.expr(span, kind)
    }

    /// `collections.UserDict` (a name of `modules_graph::PRELUDE_NAMES`): the class of
    /// the prelude module defining it.
    fn prelude_value(&mut self, m: &str, n: &str, span: Span) -> Option<ExprKind> {
        Some(match self.prelude_name(m, n)? {
            Ok(g) => ExprKind::Name(Var::Global(g)),
            Err(()) => self.refuse(
                span,
                &format!("{m}.{n} is not supported here"),
                "use it in the main script or in a module imported after its first use there",
            ),
        })
    }

    fn lower_expr_kind(&mut self, e: &ast::Expr, span: Span) -> ExprKind {
        match e {
            ast::Expr::BoolOp(b) => ExprKind::BoolOp(
                match b.op {
                    ast::BoolOp::And => BoolOpKind::And,
                    ast::BoolOp::Or => BoolOpKind::Or,
                },
                self.lower_exprs(&b.values),
            ),
            ast::Expr::Named(n) => self.lower_named(n, span),
            ast::Expr::BinOp(b) => {
                let l = self.lower_expr(&b.left);
                let r = self.lower_expr(&b.right);
                ExprKind::Binary(binop(b.op), Box::new(l), Box::new(r))
            }
            ast::Expr::UnaryOp(u) => {
                let op = match u.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                };
                // Fold `-<int literal>` so that -9223372036854775808 stays an i64.
                if op == UnaryOp::Neg
                    && let ast::Expr::NumberLiteral(n) = u.operand.as_ref()
                    && let ast::Number::Int(i) = &n.value
                {
                    let text = i.to_string();
                    if let Ok(v) = format!("-{text}").parse::<i64>() {
                        return ExprKind::Int(v);
                    }
                }
                ExprKind::Unary(op, Box::new(self.lower_expr(&u.operand)))
            }
            ast::Expr::Lambda(l) => {
                let qual = self.qualname_for("<lambda>");
                let parent = self.scope.as_ref().map(|s| s.func);
                let fid = self.new_function("<lambda>", &qual, span, true, parent);
                self.funcs[fid.index()].is_lambda = true;
                let empty = ast::Parameters::default();
                let params = l.parameters.as_deref().unwrap_or(&empty);
                let defaults = self.lower_callable(fid, params, Body::Expr(&l.body));
                ExprKind::MakeFunc {
                    func: fid,
                    defaults: defaults.into_iter().map(|(_, e)| e).collect(),
                }
            }
            ast::Expr::If(i) => ExprKind::IfExp(
                Box::new(self.lower_expr(&i.test)),
                Box::new(self.lower_expr(&i.body)),
                Box::new(self.lower_expr(&i.orelse)),
            ),
            ast::Expr::Dict(d) if d.items.iter().any(|i| i.key.is_none()) => {
                // `{**m, k: v}`: built at run time by `__molt_display_dict(flags, ...)`
                // (flags: `*` for a mapping, `.` for a key and its value).
                let flags: String = d
                    .items
                    .iter()
                    .map(|i| if i.key.is_none() { '*' } else { '.' })
                    .collect();
                let mut args = vec![self.expr(span, ExprKind::Str(flags))];
                for item in &d.items {
                    if let Some(k) = &item.key {
                        args.push(self.lower_expr(k));
                    }
                    args.push(self.lower_expr(&item.value));
                }
                ExprKind::Call {
                    callee: Callee::Builtin("__molt_display_dict".to_string()),
                    args,
                    kwargs: vec![],
                }
            }
            ast::Expr::Dict(d) => {
                let mut items = vec![];
                for item in &d.items {
                    if let Some(k) = &item.key {
                        let k = self.lower_expr(k);
                        let v = self.lower_expr(&item.value);
                        items.push((k, v));
                    }
                }
                ExprKind::Dict(items)
            }
            ast::Expr::Set(s) => self.lower_display("set", &s.elts, span),
            ast::Expr::ListComp(c) => {
                self.lower_comp(CompKind::List, &c.elt, None, &c.generators, span)
            }
            ast::Expr::SetComp(c) => {
                self.lower_comp(CompKind::Set, &c.elt, None, &c.generators, span)
            }
            ast::Expr::DictComp(c) => match &c.key {
                Some(k) => self.lower_comp(CompKind::Dict, &c.value, Some(k), &c.generators, span),
                None => self.refuse(
                    span,
                    "`**` in a dict comprehension is not valid",
                    "write key: value",
                ),
            },
            ast::Expr::Generator(g) => self.lower_genexp(g, span),
            ast::Expr::Await(_) => self.refuse(
                span,
                "await is not supported",
                "molt compiles synchronous code",
            ),
            ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) if !RUNTIME_HAS_GENERATORS => self
                .refuse(
                    span,
                    "generators (`yield`) are not supported yet",
                    "return a list instead",
                ),
            ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) => {
                let Some(s) = &self.scope else {
                    self.diags.push(
                        Diagnostic::error(span, "'yield' outside function")
                            .label("SyntaxError in Python")
                            .hint("yield makes the enclosing function a generator"),
                    );
                    return ExprKind::None;
                };
                if !self.comp_names.is_empty() {
                    self.diags.push(
                        Diagnostic::error(span, "'yield' inside list comprehension")
                            .label("SyntaxError in Python")
                            .hint("write the loop out, or use a generator expression"),
                    );
                    return ExprKind::None;
                }
                let f = s.func;
                self.funcs[f.index()].is_generator = true;
                match e {
                    ast::Expr::Yield(y) => {
                        ExprKind::Yield(y.value.as_ref().map(|v| Box::new(self.lower_expr(v))))
                    }
                    ast::Expr::YieldFrom(y) => {
                        ExprKind::YieldFrom(Box::new(self.lower_expr(&y.value)))
                    }
                    _ => ExprKind::None,
                }
            }
            ast::Expr::Compare(c) => {
                if let Some(k) = self.module_identity(c) {
                    return k;
                }
                // `type(x) is int`, `type(a) == type(b)`: compare class names, which are
                // unique among the builtin classes molt supports.
                let is_type_call = |e: &ast::Expr| -> bool {
                    matches!(e, ast::Expr::Call(call) if matches!(call.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "type")
                        && call.arguments.args.len() == 1 && call.arguments.keywords.is_empty())
                };
                if self.is_unshadowed("type")
                    && c.ops.iter().all(|o| {
                        matches!(
                            o,
                            ast::CmpOp::Eq | ast::CmpOp::NotEq | ast::CmpOp::Is | ast::CmpOp::IsNot
                        )
                    })
                    && (is_type_call(&c.left) || c.comparators.iter().any(&is_type_call))
                    && std::iter::once(c.left.as_ref())
                        .chain(c.comparators.iter())
                        .all(|e| {
                            is_type_call(e)
                                || matches!(e, ast::Expr::Name(n)
                                    if matches!(self.resolve(n.id.as_str()), Resolved::Builtin(b)
                                        if catalog::TYPES.contains(&b.as_str()) || catalog::is_exception(&b)))
                        })
                {
                    let operand = |l: &mut Self, e: &ast::Expr| -> Expr {
                        let sp = span_of(e);
                        if let ast::Expr::Call(call) = e
                            && is_type_call(e)
                        {
                            let x = l.lower_expr(&call.arguments.args[0]);
                            return l.expr(sp, ExprKind::TypeName(Box::new(x)));
                        }
                        if let ast::Expr::Name(n) = e
                            && let Resolved::Builtin(b) = l.resolve(n.id.as_str())
                            && (catalog::TYPES.contains(&b.as_str()) || catalog::is_exception(&b))
                        {
                            return l.expr(sp, ExprKind::Str(b));
                        }
                        l.lower_expr(e)
                    };
                    let left = operand(self, &c.left);
                    let mut rest = vec![];
                    for (op, e) in c.ops.iter().zip(c.comparators.iter()) {
                        let op = match op {
                            ast::CmpOp::Is => CmpOp::Eq,
                            ast::CmpOp::IsNot => CmpOp::NotEq,
                            o => cmpop(*o),
                        };
                        rest.push((op, operand(self, e)));
                    }
                    return ExprKind::Compare(Box::new(left), rest);
                }
                let left = self.lower_expr(&c.left);
                let rest = c
                    .ops
                    .iter()
                    .zip(c.comparators.iter())
                    .map(|(op, e)| (cmpop(*op), self.lower_expr(e)))
                    .collect();
                ExprKind::Compare(Box::new(left), rest)
            }
            ast::Expr::Call(c) => self.lower_call(c, span),
            ast::Expr::FString(f) => {
                let mut parts = vec![];
                for part in f.value.iter() {
                    match part {
                        ast::FStringPart::Literal(l) => parts.push(FPart::Lit(l.value.to_string())),
                        ast::FStringPart::FString(fs) => {
                            let p = self.lower_fstring_elements(&fs.elements);
                            parts.extend(p);
                        }
                    }
                }
                ExprKind::FString(parts)
            }
            ast::Expr::TString(_) => self.refuse(
                span,
                "template strings are not supported",
                "use an f-string",
            ),
            ast::Expr::StringLiteral(s) => ExprKind::Str(s.value.to_str().to_string()),
            // A bytes literal is built at run time from a str of its bytes as code points
            // (each below 256) by the internal builtin `__molt_bytes`.
            ast::Expr::BytesLiteral(b) => {
                let text: String = b.value.bytes().map(char::from).collect();
                let arg = self.expr(span, ExprKind::Str(text));
                ExprKind::Call {
                    callee: Callee::Builtin("__molt_bytes".to_string()),
                    args: vec![arg],
                    kwargs: vec![],
                }
            }
            ast::Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => match i.as_i64() {
                    Some(v) => ExprKind::Int(v),
                    None => ExprKind::BigInt(
                        self.source[n.range().start().to_usize()..n.range().end().to_usize()]
                            .to_string(),
                    ),
                },
                ast::Number::Float(f) => ExprKind::Float(*f),
                // `2j` is complex(0.0, 2.0) (a positive zero real part), made by the
                // builtin whatever the name `complex` is bound to.
                ast::Number::Complex { real, imag } => {
                    let args = vec![
                        self.expr(span, ExprKind::Float(*real)),
                        self.expr(span, ExprKind::Float(*imag)),
                    ];
                    ExprKind::Call {
                        callee: Callee::Builtin("complex".to_string()),
                        args,
                        kwargs: vec![],
                    }
                }
            },
            ast::Expr::BooleanLiteral(b) => ExprKind::Bool(b.value),
            ast::Expr::NoneLiteral(_) => ExprKind::None,
            // `...` is always the singleton, even where the name `Ellipsis` is rebound.
            ast::Expr::EllipsisLiteral(_) => ExprKind::BuiltinRef("Ellipsis".into()),
            ast::Expr::Attribute(a) => self.lower_attribute(a, span),
            ast::Expr::Subscript(s) => {
                let obj = self.lower_expr(&s.value);
                match s.slice.as_ref() {
                    ast::Expr::Slice(sl) => ExprKind::Slice {
                        obj: Box::new(obj),
                        lower: sl.lower.as_ref().map(|e| Box::new(self.lower_expr(e))),
                        upper: sl.upper.as_ref().map(|e| Box::new(self.lower_expr(e))),
                        step: sl.step.as_ref().map(|e| Box::new(self.lower_expr(e))),
                    },
                    idx => ExprKind::Subscript(Box::new(obj), Box::new(self.lower_expr(idx))),
                }
            }
            ast::Expr::Starred(_) => self.refuse(
                span,
                "star-unpacking is not supported yet",
                "pass the items explicitly",
            ),
            ast::Expr::Name(n) => self.lower_name(n.id.as_str(), span),
            ast::Expr::List(l) => self.lower_display("list", &l.elts, span),
            ast::Expr::Tuple(t) => self.lower_display("tuple", &t.elts, span),
            // `m[i:j, k]`: a slice inside a tuple index is a `slice` object
            // (BUILD_SLICE), missing parts None.
            ast::Expr::Slice(sl) => {
                let mut part = |e: &Option<Box<ast::Expr>>| match e {
                    Some(e) => self.lower_expr(e),
                    None => self.expr(span, ExprKind::None),
                };
                let args = vec![part(&sl.lower), part(&sl.upper), part(&sl.step)];
                ExprKind::Call {
                    callee: Callee::Builtin("slice".to_string()),
                    args,
                    kwargs: vec![],
                }
            }
            ast::Expr::IpyEscapeCommand(_) => {
                self.refuse(span, "IPython escape commands are not Python", "remove it")
            }
        }
    }

    /// A list, tuple or set display; with `*x` items it is built at run time by the
    /// internal `__molt_display(kind, flags, items...)` (flags: `*` for an unpacked item).
    fn lower_display(&mut self, kind: &str, elts: &[ast::Expr], span: Span) -> ExprKind {
        if !elts.iter().any(|e| matches!(e, ast::Expr::Starred(_))) {
            let items = self.lower_exprs(elts);
            return match kind {
                "list" => ExprKind::List(items),
                "tuple" => ExprKind::Tuple(items),
                _ => ExprKind::Set(items),
            };
        }
        let flags: String = elts
            .iter()
            .map(|e| {
                if matches!(e, ast::Expr::Starred(_)) {
                    '*'
                } else {
                    '.'
                }
            })
            .collect();
        let mut args = vec![
            self.expr(span, ExprKind::Str(kind.to_string())),
            self.expr(span, ExprKind::Str(flags)),
        ];
        for e in elts {
            args.push(match e {
                ast::Expr::Starred(s) => self.lower_expr(&s.value),
                e => self.lower_expr(e),
            });
        }
        ExprKind::Call {
            callee: Callee::Builtin("__molt_display".to_string()),
            args,
            kwargs: vec![],
        }
    }

    /// A fresh local of the current scope (function or module body).
    fn fresh_local(&mut self, name: &str, span: Span) -> LocalId {
        match &mut self.scope {
            Some(s) => {
                let id = LocalId(s.locals.len() as u32);
                s.locals.push(Local {
                    name: name.to_string(),
                    span,
                });
                id
            }
            None => {
                let id = LocalId(self.module_locals.len() as u32);
                self.module_locals.push(Local {
                    name: name.to_string(),
                    span,
                });
                id
            }
        }
    }

    /// Lowers a comprehension into loops around an append to a fresh accumulator. The
    /// first iterable is evaluated in the enclosing scope; the loop variables are fresh
    /// locals, so they do not leak (Python 3 semantics).
    fn lower_comp(
        &mut self,
        kind: CompKind,
        elt: &ast::Expr,
        key: Option<&ast::Expr>,
        gens: &[ast::Comprehension],
        span: Span,
    ) -> ExprKind {
        if gens.iter().any(|g| g.is_async) {
            return self.refuse(
                span,
                "async comprehensions are not supported",
                "use a plain comprehension",
            );
        }
        let acc = Var::Local(self.fresh_local("<comprehension>", span));
        // Iterables and targets, outermost first.
        let mut levels: Vec<(Expr, Target, Vec<Expr>, Span)> = vec![];
        self.comp_names.push(HashMap::new());
        for (i, g) in gens.iter().enumerate() {
            let iter = if i == 0 {
                // Evaluated outside the comprehension's own names.
                let saved = self.comp_names.pop();
                let it = self.lower_expr(&g.iter);
                if let Some(s) = saved {
                    self.comp_names.push(s);
                }
                it
            } else {
                self.lower_expr(&g.iter)
            };
            let mut names = vec![];
            target_names(&g.target, &mut names);
            for (n, sp) in names {
                let l = self.fresh_local(&n, sp);
                if let Some(m) = self.comp_names.last_mut() {
                    m.insert(n, l);
                }
            }
            let target = self.lower_target(&g.target);
            let ifs = g.ifs.iter().map(|c| self.lower_expr(c)).collect();
            levels.push((iter, target, ifs, span_of(g)));
        }
        let value = self.lower_expr(elt);
        let key = key.map(|k| self.lower_expr(k));
        self.comp_names.pop();
        // CPython evaluates a dict comprehension's key before its value.
        let body = vec![Stmt {
            span,
            kind: StmtKind::CompAppend {
                acc,
                kind,
                value,
                key,
            },
        }];
        let body = nest_for_levels(levels, body);
        ExprKind::Comp { kind, acc, body }
    }

    /// `(elt for x in it if c ...)`: a generator function of its own scope, called with
    /// an iterator over the first iterable (evaluated here, eagerly, as in Python).
    fn lower_genexp(&mut self, g: &ast::ExprGenerator, span: Span) -> ExprKind {
        if !RUNTIME_HAS_GENERATORS {
            return self.refuse(
                span,
                "generator expressions are not supported yet",
                "build a list with a for loop",
            );
        }
        if g.generators.iter().any(|c| c.is_async) {
            return self.refuse(
                span,
                "async generator expressions are not supported",
                "use a plain generator expression",
            );
        }
        let Some(first) = g.generators.first() else {
            return ExprKind::None;
        };
        let first_iter = self.lower_expr(&first.iter);
        let qual = self.qualname_for("<genexpr>");
        let parent = self.scope.as_ref().map(|s| s.func);
        let fid = self.new_function("<genexpr>", &qual, span, true, parent);
        self.funcs[fid.index()].is_generator = true;
        let mut scope = FnScope {
            func: fid,
            locals: vec![],
            local_ids: HashMap::new(),
            global_decls: HashSet::new(),
            nonlocal_decls: HashSet::new(),
            imports: HashMap::new(),
            free: vec![],
            free_ids: HashMap::new(),
            cells: vec![],
            comp_saved: vec![],
            is_class: false,
            first_param: None,
            class_flow: ClassFlow::default(),
            direct: HashMap::new(),
        };
        let arg = LocalId(0);
        // Zero-argument super() in a generator expression binds `.0`, as in CPython.
        scope.first_param = Some(arg);
        scope.locals.push(Local {
            name: ".0".into(),
            span,
        });
        for c in &g.generators {
            let mut names = vec![];
            target_names(&c.target, &mut names);
            for (n, sp) in names {
                if !scope.local_ids.contains_key(&n) {
                    let id = LocalId(scope.locals.len() as u32);
                    scope.locals.push(Local {
                        name: n.clone(),
                        span: sp,
                    });
                    scope.local_ids.insert(n, id);
                }
            }
        }
        self.enter_scope(scope);
        let mut levels = vec![];
        for (i, c) in g.generators.iter().enumerate() {
            let iter = if i == 0 {
                self.expr(span_of(&c.iter), ExprKind::Name(Var::Local(arg)))
            } else {
                self.lower_expr(&c.iter)
            };
            let target = self.lower_target(&c.target);
            let ifs: Vec<Expr> = c.ifs.iter().map(|x| self.lower_expr(x)).collect();
            levels.push((iter, target, ifs, span_of(c)));
        }
        let elt_span = span_of(g.elt.as_ref());
        let value = self.lower_expr(&g.elt);
        let y = self.expr(elt_span, ExprKind::Yield(Some(Box::new(value))));
        let body = vec![Stmt {
            span: elt_span,
            kind: StmtKind::Expr(y),
        }];
        let body = nest_for_levels(levels, body);
        let scope = self.exit_scope();
        let func = &mut self.funcs[fid.index()];
        func.params = vec![Param {
            name: ".0".into(),
            local: arg,
            span,
            default: None,
            kind: ParamKind::PositionalOnly,
        }];
        func.body = body;
        if let Some(s) = scope {
            func.locals = s.locals;
            func.free = s.free;
            func.cells = s.cells;
        }
        let make = self.expr(
            span,
            ExprKind::MakeFunc {
                func: fid,
                defaults: vec![],
            },
        );
        let it = self.expr(
            span_of(&first.iter),
            ExprKind::Call {
                callee: Callee::Builtin("iter".into()),
                args: vec![first_iter],
                kwargs: vec![],
            },
        );
        ExprKind::CallValue {
            func: Box::new(make),
            args: vec![Arg::Pos(it)],
            kwargs: vec![],
        }
    }

    /// A keyword argument of a stdlib function that molt does not implement
    /// (`catalog::unsupported_kwarg`): refused at its location.
    fn refused_kwarg(&mut self, m: &str, f: &str, c: &ast::ExprCall) -> Option<ExprKind> {
        if m == "logging"
            && let Some(k) = self.refused_logging_format(f, c)
        {
            return Some(k);
        }
        if m == "traceback"
            && let Some(k) = self.refused_traceback_print(f, c)
        {
            return Some(k);
        }
        for k in c.arguments.keywords.iter() {
            let Some(name) = &k.arg else { continue };
            if let Some(why) = catalog::unsupported_kwarg(m, f, name.id.as_str()) {
                return Some(self.refuse(
                    span_of(k),
                    &format!("{m}.{f}({}=...) is not supported yet", name.id),
                    why,
                ));
            }
        }
        None
    }

    /// A literal `logging` format (`Formatter(fmt)`, `basicConfig(format=...)`) naming a
    /// record attribute molt cannot give CPython's value for (the caller's frame, the clock,
    /// the process). A computed format is checked when the formatter is made.
    fn refused_logging_format(&mut self, f: &str, c: &ast::ExprCall) -> Option<ExprKind> {
        let fmt = match f {
            "Formatter" => c.arguments.args.first().or_else(|| {
                c.arguments
                    .keywords
                    .iter()
                    .find(|k| k.arg.as_ref().is_some_and(|n| n.id.as_str() == "fmt"))
                    .map(|k| &k.value)
            }),
            "basicConfig" => c
                .arguments
                .keywords
                .iter()
                .find(|k| k.arg.as_ref().is_some_and(|n| n.id.as_str() == "format"))
                .map(|k| &k.value),
            _ => None,
        }?;
        let ast::Expr::StringLiteral(lit) = fmt else {
            return None;
        };
        let text = lit.value.to_str();
        let field = catalog::LOGGING_UNSUPPORTED_FIELDS
            .iter()
            .find(|k| text.contains(&format!("%({k})")))?;
        Some(self.refuse(
            span_of(fmt),
            &format!("the logging format field %({field}) is not supported"),
            "molt keeps no frames and does not reproduce timestamps or process details; the fields it supports are name, levelname, levelno, message, msg, args and the keys of extra=",
        ))
    }

    /// A logged traceback (`logger.exception(...)`, `exc_info=`) in a program that may log
    /// to a stream other than stderr: molt prints tracebacks without frame lines, which
    /// only stderr's earlier lines would show. `stack_info=` is refused everywhere.
    fn refused_logged_traceback(&mut self, c: &ast::ExprCall) -> Option<ExprKind> {
        for k in c.arguments.keywords.iter() {
            let Some(n) = &k.arg else { continue };
            if n.id.as_str() == "stack_info"
                && !matches!(k.value, ast::Expr::BooleanLiteral(ref b) if !b.value)
            {
                return Some(self.refuse(
                    span_of(k),
                    "logging with stack_info= is not supported",
                    "molt keeps no frames to print a stack",
                ));
            }
        }
        if !self.logging_other_stream {
            return None;
        }
        let exception = matches!(c.func.as_ref(), ast::Expr::Attribute(a) if a.attr.id.as_str() == "exception")
            || matches!(c.func.as_ref(), ast::Expr::Name(n)
                if matches!(self.resolve(n.id.as_str()), Resolved::ModuleMember(m, f) if m == "logging" && f == "exception"));
        let exc_info = c
            .arguments
            .keywords
            .iter()
            .find(|k| k.arg.as_ref().is_some_and(|n| n.id.as_str() == "exc_info"))
            // `exc_info=False` / `None` logs no traceback.
            .filter(|k| {
                !matches!(&k.value, ast::Expr::BooleanLiteral(b) if !b.value)
                    && !matches!(k.value, ast::Expr::NoneLiteral(_))
            });
        let span = match (exception, exc_info) {
            (_, Some(k)) => span_of(k),
            (true, None) => span_of(c),
            (false, None) => return None,
        };
        Some(self.refuse(
            span,
            "logging a traceback in a program that may log to a stream other than sys.stderr is not supported",
            "molt keeps no frames, so it prints tracebacks without their frame lines, which only stderr may hold",
        ))
    }

    /// `warnings.warn(...)`: molt keeps no frames, so the call gets its own location as
    /// the hidden keyword `__molt_loc` (file, line, module, source line; what CPython's
    /// frame and linecache give for stacklevel 1). A location that would be a caller's
    /// (`stacklevel` above 1, or not a literal) is refused.
    fn warn_location(
        &mut self,
        m: &str,
        f: &str,
        c: &ast::ExprCall,
        span: Span,
        kwargs: &mut Vec<(String, Expr)>,
    ) -> Result<(), ExprKind> {
        if m != "warnings" || f != "warn" {
            return Ok(());
        }
        let level = c.arguments.args.get(2).or_else(|| {
            c.arguments
                .keywords
                .iter()
                .find(|k| {
                    k.arg
                        .as_ref()
                        .is_some_and(|n| n.id.as_str() == "stacklevel")
                })
                .map(|k| &k.value)
        });
        let literal_le_1 = |e: &ast::Expr| match e {
            ast::Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => i.as_u64().is_some_and(|v| v <= 1),
                _ => false,
            },
            ast::Expr::UnaryOp(u) => {
                matches!(u.op, ast::UnaryOp::USub)
                    && matches!(u.operand.as_ref(), ast::Expr::NumberLiteral(n)
                        if matches!(n.value, ast::Number::Int(_)))
            }
            _ => false,
        };
        let hidden = c
            .arguments
            .args
            .iter()
            .any(|a| matches!(a, ast::Expr::Starred(_)))
            || c.arguments.keywords.iter().any(|k| k.arg.is_none());
        if hidden || level.is_some_and(|l| !literal_le_1(l)) {
            let at = level.map_or(span, span_of);
            return Err(self.refuse(
                at,
                "warnings.warn with a stacklevel above 1 is not supported",
                "molt keeps no frames: the warning would name a caller's file and line; warn at the line to report (stacklevel 1)",
            ));
        }
        // Spans are in the program's span space; the file being lowered starts at the base.
        let local = span.start.saturating_sub(lower_import::span_base());
        let (line, _) = Diagnostic::line_col(self.source, local);
        let text = self.source.lines().nth(line - 1).unwrap_or("");
        let loc = format!("{}\0{line}\0{}\0{text}", self.imp.cur_file, self.imp.cur);
        kwargs.push((
            "__molt_loc".to_string(),
            self.expr(span, ExprKind::Str(loc)),
        ));
        Ok(())
    }

    /// `traceback.print_exc()`/`print_exception()` print no frame lines (molt keeps no
    /// frames), which only stderr's earlier lines would show: refused when the output may
    /// go elsewhere (`file=` other than `sys.stderr`, `redirect_stderr` in the program).
    fn refused_traceback_print(&mut self, f: &str, c: &ast::ExprCall) -> Option<ExprKind> {
        let file_pos = match f {
            "print_exc" => 1,
            "print_exception" => 4,
            _ => return None,
        };
        let hint =
            "molt keeps no frames, so it prints tracebacks to stderr without their frame lines";
        let is_stderr = |lw: &mut Self, e: &ast::Expr| {
            matches!(e, ast::Expr::Attribute(a)
                if a.attr.id.as_str() == "stderr"
                    && matches!(a.value.as_ref(), ast::Expr::Name(n)
                        if matches!(lw.resolve(n.id.as_str()), Resolved::Module(m) if m == "sys")))
        };
        // `*sys.exc_info()` is three positional arguments; other starred ones may hold a file.
        let is_exc_info = |lw: &mut Self, e: &ast::Expr| {
            matches!(e, ast::Expr::Starred(st)
                if matches!(st.value.as_ref(), ast::Expr::Call(call)
                    if call.arguments.args.is_empty()
                        && call.arguments.keywords.is_empty()
                        && matches!(call.func.as_ref(), ast::Expr::Attribute(fa)
                            if fa.attr.id.as_str() == "exc_info"
                                && matches!(fa.value.as_ref(), ast::Expr::Name(n)
                                    if matches!(lw.resolve(n.id.as_str()), Resolved::Module(m) if m == "sys")))))
        };
        let mut i = 0;
        for a in c.arguments.args.iter() {
            if is_exc_info(self, a) {
                i += 3;
                continue;
            }
            let bad = matches!(a, ast::Expr::Starred(_)) || (i == file_pos && !is_stderr(self, a));
            i += 1;
            if bad {
                return Some(self.refuse(
                    span_of(a),
                    &format!("traceback.{f}() to a file other than sys.stderr is not supported"),
                    hint,
                ));
            }
        }
        for k in c.arguments.keywords.iter() {
            let file = k.arg.as_ref().is_none_or(|n| n.id.as_str() == "file");
            if file && !is_stderr(self, &k.value) {
                return Some(self.refuse(
                    span_of(k),
                    &format!("traceback.{f}() to a file other than sys.stderr is not supported"),
                    hint,
                ));
            }
        }
        if self.source.contains("redirect_stderr") {
            return Some(self.refuse(
                span_of(c),
                &format!("traceback.{f}() in a program that redirects stderr is not supported"),
                hint,
            ));
        }
        None
    }

    /// `traceback.print_exc` / `print_exception` (or the name imported from traceback)
    /// as the callee of a call: which one.
    fn traceback_print_callee(&mut self, f: &ast::Expr) -> Option<String> {
        let name = match f {
            ast::Expr::Attribute(a) => match a.value.as_ref() {
                ast::Expr::Name(n) if matches!(self.resolve(n.id.as_str()), Resolved::Module(m) if m == "traceback") => {
                    a.attr.id.to_string()
                }
                _ => return None,
            },
            ast::Expr::Name(n) => match self.resolve(n.id.as_str()) {
                Resolved::ModuleMember(m, f) if m == "traceback" => f,
                _ => return None,
            },
            _ => return None,
        };
        matches!(name.as_str(), "print_exc" | "print_exception").then_some(name)
    }

    fn refuse(&mut self, span: Span, msg: &str, hint: &str) -> ExprKind {
        self.error(span, msg, hint);
        ExprKind::None
    }

    /// `os.path.name` (a stdlib submodule reached through its package) when molt does not
    /// have `name`: refused here like `m.name`, instead of failing when the program runs.
    fn refuse_submodule_attr(&mut self, a: &ast::ExprAttribute) -> Option<ExprKind> {
        let ast::Expr::Attribute(inner) = a.value.as_ref() else {
            return None;
        };
        let ast::Expr::Name(n) = inner.value.as_ref() else {
            return None;
        };
        let Resolved::Module(m) = self.resolve(n.id.as_str()) else {
            return None;
        };
        let sub = format!("{m}.{}", inner.attr.id);
        let attr = a.attr.id.as_str();
        if !catalog::MODULES.contains(&sub.as_str())
            || catalog::module_functions(&sub).contains(&attr)
            || catalog::module_values(&sub).contains(&attr)
        {
            return None;
        }
        if let Some(k) = missing_module_attr(&sub, attr) {
            return Some(k);
        }
        let hint = format!(
            "molt implements these functions of {sub}: {}",
            catalog::module_functions(&sub).join(", ")
        );
        Some(self.refuse(
            span_of(a),
            &format!("{sub}.{attr} is not supported yet"),
            &hint,
        ))
    }

    fn lower_fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) -> Vec<FPart> {
        let mut parts = vec![];
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    parts.push(FPart::Lit(l.value.to_string()))
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let expr = self.lower_expr(&i.expression);
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => None,
                        ast::ConversionFlag::Str => Some('s'),
                        ast::ConversionFlag::Repr => Some('r'),
                        ast::ConversionFlag::Ascii => Some('a'),
                    };
                    if let Some(d) = &i.debug_text {
                        parts.push(FPart::Lit(format!(
                            "{}{}{}",
                            d.leading(),
                            d.expression(),
                            d.trailing()
                        )));
                        if conversion.is_none() && i.format_spec.is_none() {
                            conversion = Some('r');
                        }
                    }
                    let spec = match &i.format_spec {
                        Some(s) => self.lower_fstring_elements(&s.elements),
                        None => vec![],
                    };
                    parts.push(FPart::Value {
                        expr,
                        conversion,
                        spec,
                    });
                }
            }
        }
        parts
    }

    fn lower_attribute(&mut self, a: &ast::ExprAttribute, span: Span) -> ExprKind {
        let attr = a.attr.id.to_string();
        // type(x).__name__
        if attr == "__name__"
            && let ast::Expr::Call(c) = a.value.as_ref()
            && let ast::Expr::Name(n) = c.func.as_ref()
            && n.id.as_str() == "type"
            && self.is_unshadowed("type")
            && c.arguments.args.len() == 1
            && c.arguments.keywords.is_empty()
        {
            let x = self.lower_expr(&c.arguments.args[0]);
            return ExprKind::TypeName(Box::new(x));
        }
        if let Some(k) = self.user_module_attr(a, span) {
            return k;
        }
        if let Some(r) = self.refuse_submodule_attr(a) {
            return r;
        }
        // `collections.abc.Iterable`: a value of a stdlib submodule reached through its
        // package (its functions are calls, lowered elsewhere).
        if let ast::Expr::Attribute(inner) = a.value.as_ref()
            && let ast::Expr::Name(n) = inner.value.as_ref()
            && let Resolved::Module(m) = self.resolve(n.id.as_str())
        {
            let sub = format!("{m}.{}", inner.attr.id);
            if catalog::MODULES.contains(&sub.as_str())
                && catalog::module_values(&sub).contains(&attr.as_str())
            {
                return ExprKind::ModuleAttr(sub, attr);
            }
        }
        if let Some(r) = self.refuse_abc_register(a, span) {
            return r;
        }
        if let Some((why, hint)) = introspection_attr(&attr) {
            return self.refuse(span, &format!("`.{attr}` ({why}) is not supported"), hint);
        }
        if let ast::Expr::Name(n) = a.value.as_ref() {
            match self.resolve(n.id.as_str()) {
                Resolved::Module(m) => {
                    if m == "traceback" && attr.starts_with("print_") {
                        return self.refuse(
                            span,
                            &format!("traceback.{attr} as a value is not supported"),
                            "call it directly (molt checks where it prints)",
                        );
                    }
                    if m == "warnings" && attr == "warn" {
                        return self.refuse(
                            span,
                            "warnings.warn as a value is not supported",
                            "call it directly (molt gives each call its file and line)",
                        );
                    }
                    if catalog::module_values(&m).contains(&attr.as_str())
                        || catalog::module_functions(&m).contains(&attr.as_str())
                    {
                        return ExprKind::ModuleAttr(m, attr);
                    }
                    if let Some(k) = missing_module_attr(&m, &attr) {
                        return k;
                    }
                    return self.refuse(
                        span,
                        &format!("{m}.{attr} is not supported yet"),
                        "see the README for the supported functions",
                    );
                }
                // The names of a builtin type are data attributes of the type object.
                Resolved::Builtin(t)
                    if catalog::TYPES.contains(&t.as_str())
                        && !matches!(
                            attr.as_str(),
                            "__name__"
                                | "__qualname__"
                                | "__module__"
                                | "__mro__"
                                | "__bases__"
                                | "__base__"
                        ) =>
                {
                    return ExprKind::MethodRef(t, attr);
                }
                _ => {}
            }
        }
        let value = self.lower_expr(&a.value);
        let value = self.abc_receiver(value);
        ExprKind::Attr(Box::new(value), attr)
    }

    /// `Set._hash`, `Sequence.index(self, x)`: when the program subclasses the
    /// collections.abc classes, their attributes are those of molt's Python definitions
    /// (the classes its subclasses derive from).
    fn abc_receiver(&mut self, value: Expr) -> Expr {
        if let ExprKind::ModuleAttr(m, n) = &value.kind
            && let Some(abc) = abc_base_name(m, n)
            && let Some(g) = self.abc_prelude_class(abc)
        {
            return self.expr(value.span, ExprKind::Name(Var::Global(g)));
        }
        value
    }

    /// `C.register` of an ABC (a virtual subclass), which would change what isinstance
    /// answers: a class of the module that no `def register` may give its own method,
    /// or a numbers ABC.
    fn refuse_abc_register(&mut self, a: &ast::ExprAttribute, span: Span) -> Option<ExprKind> {
        if a.attr.as_str() != "register" {
            return None;
        }
        // numbers' and collections.abc's classes (`collections.abc.Sequence.register`,
        // through an alias, or a name imported from the module; typing's aliases too).
        let abc_module = |m: &str| matches!(m, "numbers" | "collections.abc" | "typing");
        let numbers_abc = match a.value.as_ref() {
            ast::Expr::Attribute(inner) => match inner.value.as_ref() {
                ast::Expr::Name(n) => matches!(self.resolve(n.id.as_str()),
                    Resolved::Module(m) if abc_module(&m)),
                ast::Expr::Attribute(pkg) => {
                    pkg.attr.as_str() == "abc"
                        && matches!(pkg.value.as_ref(), ast::Expr::Name(n)
                        if matches!(self.resolve(n.id.as_str()),
                            Resolved::Module(m) if m == "collections"))
                }
                _ => false,
            },
            ast::Expr::Name(n) => matches!(self.resolve(n.id.as_str()),
                Resolved::ModuleMember(m, _) if abc_module(&m)),
            _ => false,
        };
        if numbers_abc || (self.is_class_name(&a.value) && !self.defines_register) {
            return Some(self.refuse(
                span,
                "registering a virtual subclass of an ABC (`register`) is not supported yet",
                "subclass the ABC instead",
            ));
        }
        None
    }

    /// A call of a value: any callee, `*` and `**` arguments, bound at run time.
    fn lower_dynamic_call(&mut self, c: &ast::ExprCall, func: Expr) -> ExprKind {
        let args = c
            .arguments
            .args
            .iter()
            .map(|a| match a {
                ast::Expr::Starred(s) => Arg::Star(self.lower_expr(&s.value)),
                a => Arg::Pos(self.lower_expr(a)),
            })
            .collect();
        let kwargs = c
            .arguments
            .keywords
            .iter()
            .map(|k| KwArg {
                name: k.arg.as_ref().map(|a| a.id.to_string()),
                value: self.lower_expr(&k.value),
            })
            .collect();
        ExprKind::CallValue {
            func: Box::new(func),
            args,
            kwargs,
        }
    }

    fn lower_call(&mut self, c: &ast::ExprCall, span: Span) -> ExprKind {
        if let Some(k) = self.object_setattr(c) {
            return k;
        }
        if self.imports_logging
            && let Some(k) = self.refused_logged_traceback(c)
        {
            return k;
        }
        if let ast::Expr::Name(n) = c.func.as_ref()
            && matches!(n.id.as_str(), "getattr" | "hasattr")
            && let [_, ast::Expr::StringLiteral(s), ..] = &c.arguments.args[..]
            && let Some((why, hint)) = introspection_attr(s.value.to_str())
        {
            return self.refuse(
                span,
                &format!("`{}` ({why}) is not supported", s.value.to_str()),
                hint,
            );
        }
        // `hasattr(math, "isqrt")` of a stdlib module and a member molt implements: True
        // (CPython's module has it). Other names stay refused with the module as a value.
        if let ast::Expr::Name(f) = c.func.as_ref()
            && let [ast::Expr::Name(m), ast::Expr::StringLiteral(s)] = &c.arguments.args[..]
            && c.arguments.keywords.is_empty()
            && matches!(self.resolve(f.id.as_str()), Resolved::Builtin(b) if b == "hasattr")
            && let Resolved::Module(m) = self.resolve(m.id.as_str())
            && (catalog::module_functions(&m).contains(&s.value.to_str())
                || catalog::module_values(&m).contains(&s.value.to_str()))
        {
            return ExprKind::Bool(true);
        }
        let has_star = c
            .arguments
            .args
            .iter()
            .any(|a| matches!(a, ast::Expr::Starred(_)))
            || c.arguments.keywords.iter().any(|k| k.arg.is_none());
        if has_star && let Some(f) = self.traceback_print_callee(&c.func) {
            if let Some(k) = self.refused_traceback_print(&f, c) {
                return k;
            }
            let func = self.expr(
                span_of(c.func.as_ref()),
                ExprKind::ModuleAttr("traceback".into(), f),
            );
            return self.lower_dynamic_call(c, func);
        }
        if has_star {
            let f = self.lower_expr(&c.func);
            return self.lower_dynamic_call(c, f);
        }
        let kw_names: Vec<String> = c
            .arguments
            .keywords
            .iter()
            .map(|k| k.arg.as_ref().map(|a| a.id.to_string()).unwrap_or_default())
            .collect();
        if let ast::Expr::Name(n) = c.func.as_ref()
            && let Some(f) = self.direct_callee(n.id.as_str())
        {
            // Not resolved: a recursive call needs no cell for the function's own name.
            let args = self.lower_exprs(&c.arguments.args);
            let kwargs = self.lower_kwargs(c, kw_names);
            return self.bind_call(f, args, kwargs);
        }
        match c.func.as_ref() {
            ast::Expr::Name(n) => match self.resolve(n.id.as_str()) {
                Resolved::Func(f) => {
                    let args = self.lower_exprs(&c.arguments.args);
                    let kwargs: Vec<(String, Expr)> = kw_names
                        .into_iter()
                        .zip(c.arguments.keywords.iter())
                        .map(|(n, k)| (n, self.lower_expr(&k.value)))
                        .collect();
                    self.bind_call(f, args, kwargs)
                }
                Resolved::Builtin(b) => {
                    if !self.check_builtin(&b, span_of(n)) {
                        return ExprKind::None;
                    }
                    if b == "super" {
                        return self.lower_super(c, span);
                    }
                    if matches!(b.as_str(), "dir" | "vars")
                        && c.arguments.args.is_empty()
                        && c.arguments.keywords.is_empty()
                    {
                        return self.refuse(
                            span,
                            &format!("`{b}()` without an argument is not supported"),
                            "it lists the local namespace, which molt does not keep; pass an object",
                        );
                    }
                    if b == "setattr"
                        && let Some(ast::Expr::StringLiteral(name)) = c.arguments.args.get(1)
                        && name.value.to_str() == "__class__"
                    {
                        return self.refuse_class_assign(span);
                    }
                    let mut args = self.lower_exprs(&c.arguments.args);
                    let mut kwargs = self.lower_kwargs(c, kw_names);
                    if let Some(allowed) = catalog::builtin_keywords(&b)
                        && let Some((k, _)) =
                            kwargs.iter().find(|(k, _)| !allowed.contains(&k.as_str()))
                    {
                        // CPython checks the keywords once all arguments are evaluated.
                        let msg = catalog::bad_builtin_keyword(&b, k);
                        args.extend(kwargs.into_iter().map(|(_, v)| v));
                        return ExprKind::Raise {
                            kind: "TypeError".into(),
                            msg,
                            effects: args,
                        };
                    }
                    if !positional_keywords(&b, &mut args, &mut kwargs) {
                        // Keywords out of parameter order: the call through the builtin's
                        // value binds them at run time (same order of evaluation).
                        let func = self.expr(span_of(n), ExprKind::BuiltinRef(b));
                        return ExprKind::CallValue {
                            func: Box::new(func),
                            args: args.into_iter().map(Arg::Pos).collect(),
                            kwargs: kwargs
                                .into_iter()
                                .map(|(n, value)| KwArg {
                                    name: Some(n),
                                    value,
                                })
                                .collect(),
                        };
                    }
                    ExprKind::Call {
                        callee: Callee::Builtin(b),
                        args,
                        kwargs,
                    }
                }
                Resolved::ModuleMember(m, f) => {
                    if let Some(k) = self.prelude_value(&m, &f, span_of(n)) {
                        let func = self.expr(span_of(n), k);
                        return self.lower_dynamic_call(c, func);
                    }
                    if catalog::CALLABLE_MODULE_EXCEPTIONS.contains(&(m.as_str(), f.as_str())) {
                        let func = self.expr(span_of(n), ExprKind::ModuleAttr(m, f));
                        return self.lower_dynamic_call(c, func);
                    }
                    if !catalog::module_functions(&m).contains(&f.as_str()) {
                        return self.refuse(
                            span,
                            &format!("{m}.{f} is not callable"),
                            "it is a value",
                        );
                    }
                    if let Some(k) = self.refused_kwarg(&m, &f, c) {
                        return k;
                    }
                    let args = self.lower_exprs(&c.arguments.args);
                    let mut kwargs = self.lower_kwargs(c, kw_names);
                    if let Err(k) = self.warn_location(&m, &f, c, span, &mut kwargs) {
                        return k;
                    }
                    ExprKind::Call {
                        callee: Callee::Module(m, f),
                        args,
                        kwargs,
                    }
                }
                Resolved::Var(v) => {
                    let f = self.expr(span_of(n), ExprKind::Name(v));
                    self.lower_dynamic_call(c, f)
                }
                Resolved::Module(m) => self.refuse(
                    span,
                    &format!("module `{m}` is not callable"),
                    "call one of its functions",
                ),
                Resolved::DunderName => {
                    self.refuse(span, "`__name__` is not callable", "remove the call")
                }
                Resolved::DunderFile => {
                    self.refuse(span, "`__file__` is not callable", "remove the call")
                }
                Resolved::DunderDoc => {
                    self.refuse(span, "`__doc__` is not callable", "remove the call")
                }
                Resolved::UserModule(m) => self.refuse(
                    span,
                    &format!("module `{m}` is not callable"),
                    "call one of its functions",
                ),
                Resolved::Undefined => {
                    if let Some(k) = self.refuse_missing_builtin(n.id.as_str(), span) {
                        return k;
                    }
                    self.hint_name_error(n.id.as_str(), span);
                    let effects = self.lower_exprs(&c.arguments.args);
                    ExprKind::Raise {
                        kind: "NameError".into(),
                        msg: format!("name '{}' is not defined", n.id),
                        effects,
                    }
                }
            },
            ast::Expr::Attribute(a) => {
                if let Some(k) = self.user_module_call(c, a, kw_names.clone()) {
                    return k;
                }
                let attr = a.attr.id.to_string();
                if let Some(r) = self.refuse_submodule_attr(a) {
                    return r;
                }
                if let ast::Expr::Name(n) = a.value.as_ref() {
                    match self.resolve(n.id.as_str()) {
                        Resolved::Module(m) => {
                            if let Some(k) = self.prelude_value(&m, &attr, span_of(a)) {
                                let func = self.expr(span_of(a), k);
                                return self.lower_dynamic_call(c, func);
                            }
                            if catalog::CALLABLE_MODULE_EXCEPTIONS
                                .contains(&(m.as_str(), attr.as_str()))
                            {
                                let func = self.expr(span_of(a), ExprKind::ModuleAttr(m, attr));
                                return self.lower_dynamic_call(c, func);
                            }
                            if let Some(k) = missing_module_attr(&m, &attr) {
                                return k;
                            }
                            if !catalog::module_functions(&m).contains(&attr.as_str()) {
                                return self.refuse(
                                    span_of(a),
                                    &format!("{m}.{attr} is not supported yet"),
                                    &format!(
                                        "molt implements these functions of {m}: {}",
                                        catalog::module_functions(&m)
                                            .iter()
                                            .filter(|f| !f.starts_with('_'))
                                            .copied()
                                            .collect::<Vec<_>>()
                                            .join(", ")
                                    ),
                                );
                            }
                            if let Some(k) = self.refused_kwarg(&m, &attr, c) {
                                return k;
                            }
                            let args = self.lower_exprs(&c.arguments.args);
                            let mut kwargs = self.lower_kwargs(c, kw_names);
                            if let Err(k) = self.warn_location(&m, &attr, c, span, &mut kwargs) {
                                return k;
                            }
                            return ExprKind::Call {
                                callee: Callee::Module(m, attr),
                                args,
                                kwargs,
                            };
                        }
                        // `dict.fromkeys(keys[, value])`: typed where inference can type it;
                        // other spellings (keywords, `*args`) take `__molt_type_method`.
                        Resolved::Builtin(t)
                            if t == "dict"
                                && attr == "fromkeys"
                                && (1..=2).contains(&c.arguments.args.len())
                                && c.arguments.keywords.is_empty()
                                && !c
                                    .arguments
                                    .args
                                    .iter()
                                    .any(|a| matches!(a, ast::Expr::Starred(_))) =>
                        {
                            let args = self.lower_exprs(&c.arguments.args);
                            return ExprKind::Call {
                                callee: Callee::Builtin("dict.fromkeys".to_string()),
                                args,
                                kwargs: vec![],
                            };
                        }
                        // Class and static methods that take no instance (`bytes.fromhex`).
                        Resolved::Builtin(t) if catalog::is_type_method(&t, &attr) => {
                            let mut args = vec![
                                self.expr(span, ExprKind::Str(t.clone())),
                                self.expr(span, ExprKind::Str(attr.clone())),
                            ];
                            args.extend(self.lower_exprs(&c.arguments.args));
                            let kwargs = self.lower_kwargs(c, kw_names);
                            return ExprKind::Call {
                                callee: Callee::Builtin("__molt_type_method".to_string()),
                                args,
                                kwargs,
                            };
                        }
                        Resolved::Builtin(t)
                            if catalog::SUBCLASSABLE_TYPES.contains(&t.as_str())
                                && catalog::subclass_method_supported(&t, &attr)
                                && (attr.starts_with("__") || self.in_class_body_function())
                                && !c.arguments.args.is_empty() =>
                        {
                            // `dict.__getitem__(self, k)`, `list.append(self, x)` in a
                            // subclass: the builtin type's method on the builtin value, never
                            // the subclass's override (so no `self.name()` call).
                            let func = self.expr(span_of(a), ExprKind::MethodRef(t, attr));
                            return self.lower_dynamic_call(c, func);
                        }
                        Resolved::Builtin(t)
                            if catalog::TYPES.contains(&t.as_str())
                                && !c.arguments.args.is_empty()
                                // `type.__new__(mcs, ...)` in a metaclass is type's own
                                // method (class/natives.rs), not the receiver's.
                                && !(t == "type"
                                    && matches!(attr.as_str(), "__new__" | "__init__" | "__call__")) =>
                        {
                            // `str.lower(s)` is str's method applied to `s`, never a
                            // subclass's override, and a TypeError when `s` is not a str:
                            // the internal builtin `__molt_type_call(T, name, s, ...)`,
                            // which codegen emits as `s.lower()` when `s` is exactly a str.
                            // `type`'s methods (`type.mro(C)`) stay method calls.
                            let mut args = self.lower_exprs(&c.arguments.args);
                            let kwargs = self.lower_kwargs(c, kw_names);
                            if t == "type" {
                                let recv = args.remove(0);
                                return ExprKind::Call {
                                    callee: Callee::Method(Box::new(recv), attr),
                                    args,
                                    kwargs,
                                };
                            }
                            let head = [
                                self.expr(span, ExprKind::Str(t)),
                                self.expr(span_of(a), ExprKind::Str(attr)),
                            ];
                            args.splice(0..0, head);
                            return ExprKind::Call {
                                callee: Callee::Builtin(TYPE_CALL.to_string()),
                                args,
                                kwargs,
                            };
                        }
                        _ => {}
                    }
                }
                // sys.stdin.readline() and friends.
                if let ast::Expr::Attribute(inner) = a.value.as_ref()
                    && let ast::Expr::Name(n) = inner.value.as_ref()
                    && let Resolved::Module(m) = self.resolve(n.id.as_str())
                    && m == "sys"
                {
                    let stream = inner.attr.id.to_string();
                    let is_stream = ["stdin", "stdout", "stderr"].contains(&stream.as_str());
                    // Other values of sys (`sys.version.split()`) are ordinary receivers.
                    if !is_stream && !catalog::module_values("sys").contains(&stream.as_str()) {
                        return self.refuse(
                            span_of(inner),
                            &format!("sys.{stream} is not supported yet"),
                            "see the README",
                        );
                    }
                    if is_stream && !catalog::stream_methods(&stream).contains(&attr.as_str()) {
                        return self.refuse(
                            span_of(a),
                            &format!("sys.{stream}.{attr} is not supported yet"),
                            &format!("supported: {}", catalog::stream_methods(&stream).join(", ")),
                        );
                    }
                }
                if let Some(r) = self.refuse_abc_register(a, span_of(a)) {
                    return r;
                }
                let recv = self.lower_expr(&a.value);
                let recv = self.abc_receiver(recv);
                let args = self.lower_exprs(&c.arguments.args);
                let kwargs = self.lower_kwargs(c, kw_names);
                ExprKind::Call {
                    callee: Callee::Method(Box::new(recv), attr),
                    args,
                    kwargs,
                }
            }
            other => {
                let f = self.lower_expr(other);
                self.lower_dynamic_call(c, f)
            }
        }
    }

    fn lower_kwargs(&mut self, c: &ast::ExprCall, names: Vec<String>) -> Vec<(String, Expr)> {
        names
            .into_iter()
            .zip(c.arguments.keywords.iter())
            .map(|(n, k)| (n, self.lower_expr(&k.value)))
            .collect()
    }

    /// Binds a call's arguments to the parameters of a user function, or produces the
    /// TypeError CPython raises for a bad call (Python/ceval.c, the same checks as
    /// `rt::func::bind` for calls through values).
    fn bind_call(&mut self, f: FuncId, args: Vec<Expr>, kwargs: Vec<(String, Expr)>) -> ExprKind {
        let (args, kwargs) = match self.cached_call(f, args, kwargs) {
            Ok(call) => return call,
            Err(rest) => rest,
        };
        let fname = self.funcs[f.index()].qualname.clone();
        let span = self.funcs[f.index()].span;
        let sig = self.signature(f);
        let positional: Vec<usize> = (0..sig.len())
            .filter(|&i| matches!(sig[i].1, ParamKind::PositionalOnly | ParamKind::Normal))
            .collect();
        let var_pos = sig.iter().position(|p| p.1 == ParamKind::VarPositional);
        let var_kw = sig.iter().position(|p| p.1 == ParamKind::VarKeyword);
        let mut bound: Vec<Option<Expr>> = (0..sig.len()).map(|_| None).collect();
        let mut effects = vec![];
        let mut error: Option<String> = None;
        let n_args = args.len();
        let mut extra = vec![];
        for (i, a) in args.into_iter().enumerate() {
            match positional.get(i) {
                Some(&slot) => bound[slot] = Some(a),
                None => extra.push(a),
            }
        }
        if !extra.is_empty() && var_pos.is_none() {
            let n_positional = positional.len();
            let required = positional.iter().filter(|&&i| !sig[i].2).count();
            let kw_given = kwargs
                .iter()
                .filter(|(k, _)| {
                    sig.iter()
                        .any(|p| &p.0 == k && p.1 == ParamKind::KeywordOnly)
                })
                .count();
            let plural = |n: usize, w: &str| {
                if n == 1 {
                    format!("{n} {w}")
                } else {
                    format!("{n} {w}s")
                }
            };
            let takes = if required == n_positional {
                plural(n_positional, "positional argument")
            } else {
                format!("from {required} to {n_positional} positional arguments")
            };
            let given = if kw_given > 0 {
                format!(
                    "{} (and {})",
                    plural(n_args, "positional argument"),
                    plural(kw_given, "keyword-only argument")
                )
            } else {
                n_args.to_string()
            };
            let verb = if n_args == 1 && kw_given == 0 {
                "was"
            } else {
                "were"
            };
            error = Some(format!("{fname}() takes {takes} but {given} {verb} given"));
            effects.append(&mut extra);
        }
        let mut extra_kw: Vec<(Expr, Expr)> = vec![];
        let mut posonly_as_kw = vec![];
        for (name, e) in kwargs {
            let found = sig.iter().position(|p| {
                p.0 == name && !matches!(p.1, ParamKind::VarPositional | ParamKind::VarKeyword)
            });
            match found {
                Some(i) if sig[i].1 == ParamKind::PositionalOnly => {
                    if var_kw.is_some() {
                        let k = self.expr(e.span, ExprKind::Str(name.clone()));
                        extra_kw.push((k, e));
                    } else {
                        posonly_as_kw.push(name.clone());
                        effects.push(e);
                    }
                }
                Some(i) => {
                    if bound[i].is_some() {
                        error.get_or_insert(format!(
                            "{fname}() got multiple values for argument '{name}'"
                        ));
                        effects.push(e);
                    } else {
                        bound[i] = Some(e);
                    }
                }
                None if var_kw.is_some() => {
                    let k = self.expr(e.span, ExprKind::Str(name.clone()));
                    extra_kw.push((k, e));
                }
                None => {
                    error.get_or_insert(format!(
                        "{fname}() got an unexpected keyword argument '{name}'"
                    ));
                    effects.push(e);
                }
            }
        }
        if !posonly_as_kw.is_empty() && error.is_none() {
            error = Some(format!(
                "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            ));
        }
        if error.is_none() {
            let missing = |kinds: &[ParamKind]| -> Vec<&str> {
                sig.iter()
                    .zip(bound.iter())
                    .filter(|(p, b)| b.is_none() && !p.2 && kinds.contains(&p.1))
                    .map(|(p, _)| p.0.as_str())
                    .collect()
            };
            let missing_pos = missing(&[ParamKind::PositionalOnly, ParamKind::Normal]);
            let missing_kw = missing(&[ParamKind::KeywordOnly]);
            if !missing_pos.is_empty() {
                error = Some(missing_message(&fname, &missing_pos, "positional"));
            } else if !missing_kw.is_empty() {
                error = Some(missing_message(&fname, &missing_kw, "keyword-only"));
            }
        }
        if let Some(msg) = error {
            effects.splice(0..0, bound.into_iter().flatten());
            effects.extend(extra);
            for (_, v) in extra_kw {
                effects.push(v);
            }
            return ExprKind::Raise {
                kind: "TypeError".into(),
                msg,
                effects,
            };
        }
        if let Some(vp) = var_pos {
            bound[vp] = Some(self.expr(span, ExprKind::Tuple(extra)));
        }
        if let Some(vk) = var_kw {
            bound[vk] = Some(self.expr(span, ExprKind::Dict(extra_kw)));
        }
        ExprKind::CallFunc {
            func: f,
            args: bound,
        }
    }

    /// (name, kind, has default) for each parameter of a function, read from its AST.
    fn signature(&self, f: FuncId) -> Vec<(String, ParamKind, bool)> {
        self.signatures.get(&f).cloned().unwrap_or_default()
    }
}

/// What a function's body is: statements, or a lambda's expression.
#[derive(Clone, Copy)]
enum Body<'a> {
    Stmts(&'a [ast::Stmt]),
    Expr(&'a ast::Expr),
}

/// (name, kind, has default) for each parameter, in CPython's order.
fn signature_of(p: &ast::Parameters) -> Vec<(String, ParamKind, bool)> {
    let mut sig = vec![];
    for a in p.posonlyargs.iter() {
        sig.push((
            a.parameter.name.id.to_string(),
            ParamKind::PositionalOnly,
            a.default.is_some(),
        ));
    }
    for a in p.args.iter() {
        sig.push((
            a.parameter.name.id.to_string(),
            ParamKind::Normal,
            a.default.is_some(),
        ));
    }
    if let Some(v) = &p.vararg {
        sig.push((v.name.id.to_string(), ParamKind::VarPositional, false));
    }
    for a in p.kwonlyargs.iter() {
        sig.push((
            a.parameter.name.id.to_string(),
            ParamKind::KeywordOnly,
            a.default.is_some(),
        ));
    }
    if let Some(v) = &p.kwarg {
        sig.push((v.name.id.to_string(), ParamKind::VarKeyword, false));
    }
    sig
}

fn missing_message(fname: &str, names: &[&str], what: &str) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    format!(
        "{fname}() missing {} required {what} argument{}: {list}",
        names.len(),
        if names.len() == 1 { "" } else { "s" }
    )
}

fn import_resolved(i: &Import) -> Resolved {
    match i {
        Import::Module(m) => Resolved::Module(m.clone()),
        Import::Member(m, n) => Resolved::ModuleMember(m.clone(), n.clone()),
        Import::User(m) => Resolved::UserModule(m.clone()),
        Import::Func(f) => Resolved::Func(*f),
    }
}

fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::Div,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::BitOr,
        ast::Operator::BitXor => BinOp::BitXor,
        ast::Operator::BitAnd => BinOp::BitAnd,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(op: ast::CmpOp) -> CmpOp {
    match op {
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::NotEq,
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::LtE,
        ast::CmpOp::Gt => CmpOp::Gt,
        ast::CmpOp::GtE => CmpOp::GtE,
        ast::CmpOp::Is => CmpOp::Is,
        ast::CmpOp::IsNot => CmpOp::IsNot,
        ast::CmpOp::In => CmpOp::In,
        ast::CmpOp::NotIn => CmpOp::NotIn,
    }
}

/// Whether a module-level statement may call a user function while it runs: it mentions
/// the name of one (calling it or passing it to a builtin).
fn stmt_may_call(s: &ast::Stmt, defs: &HashSet<String>) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    struct Finder<'d>(bool, &'d HashSet<String>);
    impl<'b> Visitor<'b> for Finder<'_> {
        fn visit_expr(&mut self, e: &'b ast::Expr) {
            if let ast::Expr::Name(n) = e
                && self.1.contains(n.id.as_str())
            {
                self.0 = true;
            }
            walk_expr(self, e);
        }
    }
    if matches!(
        s,
        ast::Stmt::FunctionDef(_) | ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_)
    ) {
        return false;
    }
    let mut f = Finder(false, defs);
    ruff_python_ast::visitor::walk_stmt(&mut f, s);
    f.0
}

/// `pow(2, 10, mod=7)`, `round(x, ndigits=2)`: keywords that name the next positional
/// parameters become positional arguments (the same call; the order of evaluation is
/// kept, as the keywords follow the positional arguments in parameter order).
/// Returns false when keywords remain that do not follow in parameter order.
fn positional_keywords(name: &str, args: &mut Vec<Expr>, kwargs: &mut Vec<(String, Expr)>) -> bool {
    let params: &[&str] = match name {
        "pow" => &["base", "exp", "mod"],
        "round" => &["number", "ndigits"],
        _ => return true,
    };
    if kwargs.is_empty() {
        return true;
    }
    let in_order = kwargs
        .iter()
        .enumerate()
        .all(|(i, (k, _))| params.get(args.len() + i) == Some(&k.as_str()));
    if in_order {
        args.extend(std::mem::take(kwargs).into_iter().map(|(_, v)| v));
    }
    in_order
}

/// Names deleted by `del` statements in a block (not inside nested functions or classes).
fn deleted_names(body: &[ast::Stmt], out: &mut Vec<String>) {
    fn targets(t: &ast::Expr, out: &mut Vec<String>) {
        match t {
            ast::Expr::Name(n) => out.push(n.id.to_string()),
            ast::Expr::Tuple(t) => t.elts.iter().for_each(|e| targets(e, out)),
            ast::Expr::List(t) => t.elts.iter().for_each(|e| targets(e, out)),
            _ => {}
        }
    }
    for s in body {
        match s {
            ast::Stmt::Delete(d) => d.targets.iter().for_each(|t| targets(t, out)),
            ast::Stmt::For(f) => {
                deleted_names(&f.body, out);
                deleted_names(&f.orelse, out);
            }
            ast::Stmt::While(w) => {
                deleted_names(&w.body, out);
                deleted_names(&w.orelse, out);
            }
            ast::Stmt::If(i) => {
                deleted_names(&i.body, out);
                for c in &i.elif_else_clauses {
                    deleted_names(&c.body, out);
                }
            }
            ast::Stmt::Try(t) => {
                deleted_names(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    // The handler's name is deleted when it ends.
                    if let Some(n) = &h.name {
                        out.push(n.id.to_string());
                    }
                    deleted_names(&h.body, out);
                }
                deleted_names(&t.orelse, out);
                deleted_names(&t.finalbody, out);
            }
            ast::Stmt::With(w) => deleted_names(&w.body, out),
            ast::Stmt::Match(m) => m.cases.iter().for_each(|c| deleted_names(&c.body, out)),
            _ => {}
        }
    }
}

/// Names bound by assignment-like statements in a block (not inside nested functions).
fn collect_bindings(body: &[ast::Stmt], out: &mut Vec<(String, Span)>, module_level: bool) {
    for s in body {
        match s {
            ast::Stmt::Assign(a) => a.targets.iter().for_each(|t| target_names(t, out)),
            ast::Stmt::AugAssign(a) => target_names(&a.target, out),
            ast::Stmt::AnnAssign(a) => target_names(&a.target, out),
            ast::Stmt::For(f) => {
                target_names(&f.target, out);
                collect_bindings(&f.body, out, false);
                collect_bindings(&f.orelse, out, false);
            }
            ast::Stmt::While(w) => {
                collect_bindings(&w.body, out, false);
                collect_bindings(&w.orelse, out, false);
            }
            ast::Stmt::If(i) => {
                collect_bindings(&i.body, out, false);
                for c in &i.elif_else_clauses {
                    collect_bindings(&c.body, out, false);
                }
            }
            ast::Stmt::Try(t) => {
                collect_bindings(&t.body, out, false);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        out.push((n.id.to_string(), span_of(n)));
                    }
                    collect_bindings(&h.body, out, false);
                }
                collect_bindings(&t.orelse, out, false);
                collect_bindings(&t.finalbody, out, false);
            }
            ast::Stmt::Delete(d) => d.targets.iter().for_each(|t| target_names(t, out)),
            ast::Stmt::With(w) => {
                for item in &w.items {
                    if let Some(v) = &item.optional_vars {
                        target_names(v, out);
                    }
                }
                collect_bindings(&w.body, out, false);
            }
            ast::Stmt::FunctionDef(f) if !module_level => {
                out.push((f.name.id.to_string(), span_of(&f.name)))
            }
            ast::Stmt::ClassDef(c) => out.push((c.name.id.to_string(), span_of(&c.name))),
            ast::Stmt::Match(m) => {
                for case in &m.cases {
                    pattern_names(&case.pattern, out);
                    collect_bindings(&case.body, out, false);
                }
            }
            _ => {}
        }
    }
}

/// The names a `case` pattern binds.
fn pattern_names(p: &ast::Pattern, out: &mut Vec<(String, Span)>) {
    match p {
        ast::Pattern::MatchAs(a) => {
            if let Some(n) = &a.name {
                out.push((n.id.to_string(), span_of(n)));
            }
            if let Some(q) = &a.pattern {
                pattern_names(q, out);
            }
        }
        ast::Pattern::MatchStar(s) => {
            if let Some(n) = &s.name {
                out.push((n.id.to_string(), span_of(n)));
            }
        }
        ast::Pattern::MatchOr(o) => o.patterns.iter().for_each(|q| pattern_names(q, out)),
        ast::Pattern::MatchSequence(s) => s.patterns.iter().for_each(|q| pattern_names(q, out)),
        ast::Pattern::MatchMapping(m) => {
            m.patterns.iter().for_each(|q| pattern_names(q, out));
            if let Some(r) = &m.rest {
                out.push((r.id.to_string(), span_of(r)));
            }
        }
        ast::Pattern::MatchClass(c) => {
            c.arguments
                .patterns
                .iter()
                .for_each(|q| pattern_names(q, out));
            c.arguments
                .keywords
                .iter()
                .for_each(|k| pattern_names(&k.pattern, out));
        }
        ast::Pattern::MatchValue(_) | ast::Pattern::MatchSingleton(_) => {}
    }
}

fn target_names(t: &ast::Expr, out: &mut Vec<(String, Span)>) {
    match t {
        ast::Expr::Name(n) => out.push((n.id.to_string(), span_of(n))),
        ast::Expr::Tuple(tu) => tu.elts.iter().for_each(|e| target_names(e, out)),
        ast::Expr::List(l) => l.elts.iter().for_each(|e| target_names(e, out)),
        ast::Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}

/// Names declared `global` (or, with `global == false`, `nonlocal`) in a function body.
fn collect_decls(body: &[ast::Stmt], out: &mut Vec<(String, Span)>, global: bool) {
    for s in body {
        match s {
            ast::Stmt::Global(g) if global => g
                .names
                .iter()
                .for_each(|n| out.push((n.id.to_string(), span_of(n)))),
            ast::Stmt::Nonlocal(g) if !global => g
                .names
                .iter()
                .for_each(|n| out.push((n.id.to_string(), span_of(n)))),
            ast::Stmt::For(f) => {
                collect_decls(&f.body, out, global);
                collect_decls(&f.orelse, out, global);
            }
            ast::Stmt::While(w) => {
                collect_decls(&w.body, out, global);
                collect_decls(&w.orelse, out, global);
            }
            ast::Stmt::If(i) => {
                collect_decls(&i.body, out, global);
                for c in &i.elif_else_clauses {
                    collect_decls(&c.body, out, global);
                }
            }
            ast::Stmt::Try(t) => {
                collect_decls(&t.body, out, global);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    collect_decls(&h.body, out, global);
                }
                collect_decls(&t.orelse, out, global);
                collect_decls(&t.finalbody, out, global);
            }
            ast::Stmt::With(w) => collect_decls(&w.body, out, global),
            ast::Stmt::Match(m) => {
                for c in &m.cases {
                    collect_decls(&c.body, out, global);
                }
            }
            _ => {}
        }
    }
}

/// An annotation as `from __future__ import annotations` keeps it: the text CPython's
/// ast_unparse.c makes of it. None for expressions beyond the forms annotations take
/// (names, attributes, subscripts, `|`, lists, tuples, simple constants).
fn annotation_text(e: &ast::Expr) -> Option<String> {
    Some(match e {
        ast::Expr::Name(n) => n.id.to_string(),
        ast::Expr::Attribute(a) => match a.value.as_ref() {
            ast::Expr::Name(_) | ast::Expr::Attribute(_) | ast::Expr::Subscript(_) => {
                format!("{}.{}", annotation_text(&a.value)?, a.attr.as_str())
            }
            _ => return None,
        },
        ast::Expr::Subscript(sub) => {
            let value = match sub.value.as_ref() {
                ast::Expr::Name(_) | ast::Expr::Attribute(_) | ast::Expr::Subscript(_) => {
                    annotation_text(&sub.value)?
                }
                _ => return None,
            };
            let slice = match sub.slice.as_ref() {
                ast::Expr::Tuple(t) if !t.elts.is_empty() => {
                    let items = t
                        .elts
                        .iter()
                        .map(annotation_text)
                        .collect::<Option<Vec<_>>>()?;
                    if items.len() == 1 {
                        format!("{},", items[0])
                    } else {
                        items.join(", ")
                    }
                }
                other => annotation_text(other)?,
            };
            format!("{value}[{slice}]")
        }
        ast::Expr::BinOp(b) if matches!(b.op, ast::Operator::BitOr) => {
            let left = annotation_text(&b.left)?;
            let right = annotation_text(&b.right)?;
            // `|` is left-associative: a `|` on the right keeps its parentheses.
            if matches!(b.right.as_ref(), ast::Expr::BinOp(_)) {
                format!("{left} | ({right})")
            } else {
                format!("{left} | {right}")
            }
        }
        ast::Expr::List(l) => {
            let items = l
                .elts
                .iter()
                .map(annotation_text)
                .collect::<Option<Vec<_>>>()?;
            format!("[{}]", items.join(", "))
        }
        ast::Expr::Tuple(t) => {
            let items = t
                .elts
                .iter()
                .map(annotation_text)
                .collect::<Option<Vec<_>>>()?;
            match items.len() {
                1 => format!("({},)", items[0]),
                _ => format!("({})", items.join(", ")),
            }
        }
        ast::Expr::NoneLiteral(_) => "None".to_string(),
        ast::Expr::BooleanLiteral(b) => if b.value { "True" } else { "False" }.to_string(),
        ast::Expr::EllipsisLiteral(_) => "...".to_string(),
        ast::Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => i.as_i64()?.to_string(),
            _ => return None,
        },
        ast::Expr::StringLiteral(lit) => {
            // repr() of the str: quotes as CPython picks them; escapes are not reproduced.
            let v = lit.value.to_str();
            if v.chars().any(|c| c == '\\' || c.is_control()) {
                return None;
            }
            if v.contains('\'') && !v.contains('"') {
                format!("\"{v}\"")
            } else {
                format!("'{}'", v.replace('\'', "\\'"))
            }
        }
        _ => return None,
    })
}

/// A body's docstring: its first statement, when that is a string literal.
fn docstring(body: &[ast::Stmt]) -> Option<String> {
    match body.first() {
        Some(ast::Stmt::Expr(e)) => match e.value.as_ref() {
            ast::Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a class body has annotated names (it then gets an `__annotations__` dict).
fn has_class_annotations(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| {
        let mut nested = false;
        visit_nested_annassign(s, &mut nested);
        nested || matches!(s, ast::Stmt::AnnAssign(a) if matches!(a.target.as_ref(), ast::Expr::Name(_)))
    })
}

/// Whether a compound statement of a class body contains an annotated name.
fn visit_nested_annassign(s: &ast::Stmt, found: &mut bool) {
    let blocks: Vec<&[ast::Stmt]> = match s {
        ast::Stmt::If(i) => std::iter::once(&i.body[..])
            .chain(i.elif_else_clauses.iter().map(|c| &c.body[..]))
            .collect(),
        ast::Stmt::For(f) => vec![&f.body, &f.orelse],
        ast::Stmt::While(w) => vec![&w.body, &w.orelse],
        ast::Stmt::With(w) => vec![&w.body],
        ast::Stmt::Try(t) => {
            let mut v: Vec<&[ast::Stmt]> = vec![&t.body, &t.orelse, &t.finalbody];
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                v.push(&h.body);
            }
            v
        }
        _ => vec![],
    };
    for b in blocks {
        for st in b {
            if matches!(st, ast::Stmt::AnnAssign(a) if matches!(a.target.as_ref(), ast::Expr::Name(_)))
            {
                *found = true;
            }
            visit_nested_annassign(st, found);
        }
    }
}

/// The loops of a comprehension around its innermost statements: one `for` per level,
/// with the level's conditions as nested `if`s.
fn nest_for_levels(levels: Vec<(Expr, Target, Vec<Expr>, Span)>, mut body: Vec<Stmt>) -> Vec<Stmt> {
    for (iter, target, ifs, sp) in levels.into_iter().rev() {
        for cond in ifs.into_iter().rev() {
            body = vec![Stmt {
                span: sp,
                kind: StmtKind::If {
                    test: cond,
                    body,
                    orelse: vec![],
                },
            }];
        }
        body = vec![Stmt {
            span: sp,
            kind: StmtKind::For {
                target,
                iter,
                body,
                orelse: vec![],
            },
        }];
    }
    body
}

/// The names `:=` binds in a scope's own code: its statements and comprehensions, not the
/// bodies of nested functions, lambdas and generator expressions (scopes of their own).
fn walrus_names(body: &[ast::Stmt], out: &mut Vec<(String, Span)>) {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct Names<'o>(&'o mut Vec<(String, Span)>);
    impl<'b> Visitor<'b> for Names<'_> {
        fn visit_stmt(&mut self, s: &'b ast::Stmt) {
            match s {
                // Decorators, defaults and bases run in this scope; the bodies do not.
                ast::Stmt::FunctionDef(f) => {
                    for d in &f.decorator_list {
                        self.visit_expr(&d.expression);
                    }
                    for p in f.parameters.iter_non_variadic_params() {
                        if let Some(d) = &p.default {
                            self.visit_expr(d);
                        }
                    }
                }
                ast::Stmt::ClassDef(c) => {
                    for d in &c.decorator_list {
                        self.visit_expr(&d.expression);
                    }
                    if let Some(a) = &c.arguments {
                        a.args.iter().for_each(|x| self.visit_expr(x));
                    }
                }
                _ => walk_stmt(self, s),
            }
        }
        fn visit_expr(&mut self, e: &'b ast::Expr) {
            walrus_expr(e, self.0);
        }
    }
    let mut v = Names(out);
    for s in body {
        v.visit_stmt(s);
    }
}

fn walrus_expr(e: &ast::Expr, out: &mut Vec<(String, Span)>) {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    struct Names<'o>(&'o mut Vec<(String, Span)>);
    impl<'b> Visitor<'b> for Names<'_> {
        fn visit_expr(&mut self, e: &'b ast::Expr) {
            match e {
                ast::Expr::Named(n) => {
                    if let ast::Expr::Name(t) = n.target.as_ref() {
                        self.0.push((t.id.to_string(), span_of(t)));
                    }
                    self.visit_expr(&n.value);
                }
                // A `:=` in a generator expression binds in the enclosing scope, like
                // one in a comprehension (PEP 572); a lambda is a scope of its own.
                ast::Expr::Lambda(_) => {}
                _ => walk_expr(self, e),
            }
        }
    }
    Names(out).visit_expr(e);
}

/// The interpreter-introspection attributes molt has no object for (code objects,
/// frames, tracebacks, closure cells, typing's generic-class bookkeeping): read, they
/// are refused rather than answering AttributeError or None where CPython gives an
/// object. Returns what the attribute is and the hint.
fn introspection_attr(attr: &str) -> Option<(&'static str, &'static str)> {
    const NATIVE: &str = "molt compiles functions and generators to native code and keeps no code, frame or traceback objects";
    Some(match attr {
        "__code__" => ("a function's code object", NATIVE),
        "__closure__" => ("a function's closure cells", NATIVE),
        "__globals__" => ("a function's globals", NATIVE),
        "__traceback__" => ("an exception's traceback", NATIVE),
        "tb_frame" | "tb_lineno" | "tb_next" | "tb_lasti" => ("a traceback's frames", NATIVE),
        "gi_code" => ("a generator's code object", NATIVE),
        "gi_frame" => ("a generator's frame", NATIVE),
        "gi_yieldfrom" => ("the iterator a generator delegates to", NATIVE),
        // typing.Generic's bookkeeping: molt's generic classes and aliases do not record
        // their type parameters or subscripted bases.
        "__parameters__" | "__orig_bases__" | "__orig_class__" => (
            "typing's generic type parameters",
            "molt keeps no type-parameter bookkeeping for generic classes; use `__origin__`/`__args__` of a subscripted alias",
        ),
        _ => return None,
    })
}

/// The collections.abc class a base `m.n` stands for: a class of collections.abc, or
/// typing's alias of one (`typing.AbstractSet` is `Set`; `typing.Set` is set's alias).
fn abc_base_name(m: &str, n: &str) -> Option<&'static str> {
    let n = match (m, n) {
        ("typing", "AbstractSet") => "Set",
        ("typing", "Set") | (_, "AbstractSet") => return None,
        ("typing" | "collections.abc", n) => n,
        _ => return None,
    };
    crate::catalog::module_values("collections.abc")
        .iter()
        .copied()
        .find(|b| *b == n)
}

/// The stdlib modules molt implements that CPython 3.11 builds into the interpreter
/// (`sys.builtin_module_names`): its ImportError for a name they lack says
/// `(unknown location)` instead of a file's path.
const UNKNOWN_LOCATION: &[&str] = &["itertools", "sys", "time"];

/// `m.attr` for a stdlib module CPython 3.11's version of which has no `attr`
/// (`itertools.batched`, new in 3.12): its AttributeError.
fn missing_module_attr(m: &str, attr: &str) -> Option<ExprKind> {
    crate::catalog_cpython::lacks(m, attr).then(|| ExprKind::Raise {
        kind: "AttributeError".into(),
        msg: format!(
            "module '{}' has no attribute '{attr}'",
            crate::catalog_cpython::module_name(m)
        ),
        effects: vec![],
    })
}
