//! Imports of the user's own modules. The whole program becomes one HIR `Module`: each
//! Python module is lowered with its own namespace (globals, static functions, imports) into
//! the shared tables, and its top-level code is spliced into the importer's code where the
//! first import of it runs (CPython's `import` executes a module once, at its first import,
//! and caches it in sys.modules: Python/import.c, Lib/importlib/_bootstrap.py).
//!
//! Module objects are compile-time entities: `mod.x` is the module's global `x` (its current
//! value), `mod.f(...)` a direct call of its static function, `from mod import x` a copy
//! into the importer's variable at import time. What has no faithful compile-time
//! equivalent (a module used as a value, a first import inside a function) is refused.
//!
//! An import cycle that CPython accepts works as there: importing a module whose code is
//! still running binds it without running it again, and a use of one of its names
//! (`m.x`, `from m import x`) is a `CycleAttr` read, which raises CPython's AttributeError
//! or ImportError when the name is not bound yet. Such a name is declared ahead of the
//! module's own lowering (`ImportState::pending`), so it is a global of that module.

use super::*;
use crate::modules_graph::{self, Graph, SourceFile};
use std::cell::Cell;

thread_local! {
    /// Offset of the file being lowered in the program's span space (modules_graph.rs).
    static SPAN_BASE: Cell<u32> = const { Cell::new(0) };
}

pub(super) fn span_base() -> u32 {
    SPAN_BASE.with(Cell::get)
}

/// A lowered module's namespace.
pub(super) struct ModInfo {
    path: String,
    global_ids: HashMap<String, GlobalId>,
    func_ids: HashMap<String, FuncId>,
    imports: HashMap<String, Import>,
    /// The module's docstring (its `__doc__`).
    doc: Option<String>,
}

/// What one top-level import statement does when it runs, in order.
enum Step {
    /// The top-level code of modules imported for the first time.
    Run(Vec<Stmt>),
    /// `from m import x` of a value: the importer's variable takes it.
    Bind(String, Span, BindSrc),
    /// ImportError / ModuleNotFoundError: the statement stops here.
    Raise(&'static str, String, Span),
}

#[derive(Clone)]
enum BindSrc {
    Global(GlobalId),
    Func(FuncId),
    /// A name of a module whose code is still running (an import cycle).
    Cycle(AttrCheck),
}

/// What `module.attr` is.
enum Member {
    Var(GlobalId),
    Func(FuncId),
    Module(String),
    Stdlib(Import),
    DunderName,
    /// `__doc__`, the module's docstring (None without one).
    DunderDoc(Option<String>),
    /// A name of a module whose code is still running: its namespace is not known yet.
    Pending,
    Missing,
}

pub(super) struct ImportState<'a> {
    graph: Option<&'a Graph>,
    /// The module being lowered.
    pub(super) cur: String,
    pub(super) cur_is_package: bool,
    /// `__file__` of the module being lowered.
    pub(super) cur_file: String,
    /// `__doc__` of the module being lowered.
    pub(super) cur_doc: Option<String>,
    modules: HashMap<String, ModInfo>,
    /// Modules whose top-level code is being lowered (an import of one is circular).
    loading: Vec<String>,
    /// The steps of each top-level import statement, by span start.
    plans: HashMap<u32, Vec<Step>>,
    /// Per top-level import statement (by span start): how many modules have started
    /// running once it has run (`started`'s length when it was planned).
    plan_ends: HashMap<u32, usize>,
    /// The order in which modules start running: modules are lowered (pass 1 of their
    /// importer's body) in the order their code starts at run time.
    started: HashMap<String, usize>,
    /// How many modules (in `started` order) have started running where the code being
    /// lowered runs: a function's body runs after its `def`, so after these.
    ran_upto: usize,
    /// Names of modules whose code is running, used from a cycle partner before their
    /// own declaration: (module, name) -> the global the module will declare, and the
    /// first use (refused if the module never binds the name).
    pub(super) pending: HashMap<(String, String), (GlobalId, Span)>,
    /// Per module in a cycle: a hidden global bound when its top-level code has run.
    init_flags: HashMap<String, GlobalId>,
    /// Checks gathered by `user_module_of` on the way to a module (`pkg.sub` while `sub`
    /// runs is an AttributeError: a package gets its submodule attribute at the end).
    guards: Vec<AttrCheck>,
}

impl ImportState<'_> {
    pub(super) fn new() -> Self {
        ImportState {
            graph: None,
            cur: "__main__".into(),
            cur_is_package: false,
            cur_file: String::new(),
            cur_doc: None,
            modules: HashMap::new(),
            loading: vec![],
            plans: HashMap::new(),
            plan_ends: HashMap::new(),
            started: HashMap::new(),
            ran_upto: 0,
            pending: HashMap::new(),
            init_flags: HashMap::new(),
            guards: vec![],
        }
    }

    /// Whether the module being lowered is imported (not the script): all its top-level
    /// names are then globals, visible as its attributes.
    pub(super) fn in_imported_module(&self) -> bool {
        self.cur != "__main__"
    }
}

/// Loads the program's module graph from the main script and lowers it into one `Module`.
/// Returns the files (to render diagnostics, whose spans are in the program's span space).
pub fn lower_program(
    path: &str,
    source: &str,
) -> (Vec<SourceFile>, Result<Module, Vec<Diagnostic>>) {
    let (graph, diags) = Graph::load(path, source);
    if !diags.is_empty() {
        return (graph.files.clone(), Err(diags));
    }
    let name = std::path::Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| "main".into());
    SPAN_BASE.with(|b| b.set(0));
    let combined = modules_graph::combined_source(&graph.files);
    let r = lower_body(
        &name,
        path,
        source,
        combined,
        &graph.asts[0].body,
        Some(&graph),
    );
    (graph.files.clone(), r)
}

fn is_stdlib_from(level: u32, module: &str) -> bool {
    level == 0 && (module == "__future__" || modules_graph::is_stdlib(module))
}

impl<'a> Lowerer<'a> {
    /// Pass 1 of a module body: runs (lowers) the modules its top-level imports load and
    /// decides how each imported name is bound; names that become variables join
    /// `assigned`.
    pub(super) fn plan_imports(&mut self, body: &[ast::Stmt], assigned: &mut Vec<(String, Span)>) {
        if self.imp.graph.is_none() {
            return;
        }
        let mut taken: HashSet<String> = assigned.iter().map(|(n, _)| n.clone()).collect();
        let mut decls = vec![];
        for s in body {
            match s {
                ast::Stmt::FunctionDef(f) => {
                    taken.insert(f.name.id.to_string());
                    collect_decls(&f.body, &mut decls, true);
                }
                ast::Stmt::ClassDef(c) => {
                    taken.insert(c.name.id.to_string());
                }
                _ => {}
            }
        }
        taken.extend(decls.into_iter().map(|(n, _)| n));
        for s in body {
            let span = span_of(s);
            let mut steps = vec![];
            match s {
                ast::Stmt::Import(i) => {
                    if i.names
                        .iter()
                        .all(|a| modules_graph::is_stdlib(a.name.id.as_str()))
                    {
                        continue;
                    }
                    for alias in &i.names {
                        let m = alias.name.id.to_string();
                        if modules_graph::is_stdlib(&m) {
                            let (bound, m) = stdlib_binding(&m, alias.asname.as_ref());
                            self.imports.insert(bound, Import::Module(m));
                            continue;
                        }
                        let (run, found) = self.run_chain(&m, span_of(alias));
                        steps.push(Step::Run(run));
                        if !found {
                            steps.push(Step::Raise(
                                "ModuleNotFoundError",
                                format!("No module named '{m}'"),
                                span_of(alias),
                            ));
                            break;
                        }
                        let (bound, target) = match &alias.asname {
                            Some(a) => (a.id.to_string(), m.clone()),
                            None => {
                                let top = m.split('.').next().unwrap_or_default().to_string();
                                (top.clone(), top)
                            }
                        };
                        if taken.contains(&bound) {
                            self.refuse_rebound(&bound, span_of(alias));
                        }
                        self.imports.insert(bound, Import::User(target));
                    }
                }
                ast::Stmt::ImportFrom(i) => {
                    let m = i.module.as_ref().map(|m| m.id.to_string());
                    if is_stdlib_from(i.level, m.as_deref().unwrap_or_default()) {
                        continue;
                    }
                    let Some(target) = self.import_target(i, span) else {
                        continue;
                    };
                    let (run, found) = self.run_chain(&target, span);
                    steps.push(Step::Run(run));
                    if !found {
                        steps.push(Step::Raise(
                            "ModuleNotFoundError",
                            format!("No module named '{target}'"),
                            span,
                        ));
                    } else {
                        let mut names: Vec<(String, String, Span)> = vec![];
                        for alias in &i.names {
                            let n = alias.name.id.to_string();
                            let asp = span_of(alias);
                            if n == "*" {
                                for n in self.star_names(&target, asp).unwrap_or_default() {
                                    names.push((n.clone(), n, asp));
                                }
                                continue;
                            }
                            let bound = alias
                                .asname
                                .as_ref()
                                .map_or(n.clone(), |a| a.id.to_string());
                            names.push((n, bound, asp));
                        }
                        for (n, bound, asp) in names {
                            // `from m import Meta as M`: M names a metaclass too (for the
                            // checks of classes deriving from it, lower.rs).
                            if self.metaclass_names.contains(&n) {
                                self.metaclass_names.insert(bound.clone());
                            }
                            match self.member_or_submodule(&target, &n, asp, &mut steps) {
                                Member::Var(g) => {
                                    assigned.push((bound.clone(), asp));
                                    steps.push(Step::Bind(bound, asp, BindSrc::Global(g)));
                                }
                                Member::Func(f) if taken.contains(&bound) => {
                                    assigned.push((bound.clone(), asp));
                                    steps.push(Step::Bind(bound, asp, BindSrc::Func(f)));
                                }
                                Member::Func(f) => {
                                    self.imports.insert(bound, Import::Func(f));
                                }
                                Member::Module(sub) => {
                                    if taken.contains(&bound) {
                                        self.refuse_rebound(&bound, asp);
                                    }
                                    self.imports.insert(bound, Import::User(sub));
                                }
                                Member::Stdlib(imp) => {
                                    if taken.contains(&bound) {
                                        self.refuse_rebound(&bound, asp);
                                    }
                                    self.imports.insert(bound, imp);
                                }
                                Member::Pending => {
                                    let check = self.pending_check(&target, &n, asp, true);
                                    assigned.push((bound.clone(), asp));
                                    steps.push(Step::Bind(bound, asp, BindSrc::Cycle(check)));
                                }
                                Member::DunderName | Member::DunderDoc(_) | Member::Missing => {
                                    steps.push(self.cannot_import(&n, &target, asp));
                                    break;
                                }
                            }
                        }
                    }
                }
                _ => continue,
            }
            self.imp.plans.insert(span.start, steps);
            self.imp
                .plan_ends
                .insert(span.start, self.imp.started.len());
        }
    }

    /// The names `from target import *` binds (Python/ceval.c import_all_from): those of
    /// `__all__`, else every public name of the module. Refused unless each is known to be
    /// bound when the module's code has run (a name bound only in an `if`, `try`, loop or
    /// function may be missing, and `import *` then skips it silently).
    fn star_names(&mut self, target: &str, span: Span) -> Option<Vec<String>> {
        let refuse = |l: &mut Self, why: &str| {
            l.error(
                span,
                format!("`from {target} import *`: {why}"),
                "import the names you use",
            );
            None
        };
        if self.imp.loading.iter().any(|m| m == target) {
            return refuse(self, "the module is still running (an import cycle)");
        }
        let graph = self.imp.graph?;
        let idx = graph.file(target)?;
        let file = &graph.files[idx];
        let mut sure: Vec<String> = vec![];
        let mut maybe: Vec<(String, Span)> = vec![];
        let mut all: Option<Vec<String>> = None;
        for st in &graph.asts[idx].body {
            let mut bound = vec![];
            match st {
                ast::Stmt::Assign(a) => {
                    a.targets.iter().for_each(|t| target_names(t, &mut bound));
                    if let [ast::Expr::Name(n)] = &a.targets[..]
                        && n.id.as_str() == "__all__"
                    {
                        let elts = match a.value.as_ref() {
                            ast::Expr::List(l) => Some(&l.elts),
                            ast::Expr::Tuple(t) => Some(&t.elts),
                            _ => None,
                        };
                        let strs: Option<Vec<String>> = elts.and_then(|es| {
                            es.iter()
                                .map(|e| match e {
                                    ast::Expr::StringLiteral(s) => {
                                        Some(s.value.to_str().to_string())
                                    }
                                    _ => None,
                                })
                                .collect()
                        });
                        match strs {
                            Some(v) => all = Some(v),
                            None => return refuse(self, "its `__all__` is not a list of strings"),
                        }
                    }
                }
                ast::Stmt::AnnAssign(a) if a.value.is_some() => target_names(&a.target, &mut bound),
                ast::Stmt::AugAssign(a) => target_names(&a.target, &mut bound),
                ast::Stmt::FunctionDef(f) => {
                    bound.push((f.name.id.to_string(), span));
                    collect_decls(&f.body, &mut maybe, true);
                }
                ast::Stmt::ClassDef(c) => bound.push((c.name.id.to_string(), span)),
                ast::Stmt::Import(i) => {
                    for a in &i.names {
                        let n = match &a.asname {
                            Some(x) => x.id.to_string(),
                            None => a.name.id.split('.').next().unwrap_or_default().to_string(),
                        };
                        bound.push((n, span));
                    }
                }
                ast::Stmt::ImportFrom(i) => {
                    for a in &i.names {
                        if a.name.id.as_str() == "*" {
                            let m = i.module.as_ref().map(|m| m.id.as_str());
                            let Ok(sub) =
                                modules_graph::from_target(target, file.is_package, i.level, m)
                            else {
                                return refuse(self, "its own `import *` cannot be resolved");
                            };
                            if modules_graph::is_stdlib(&sub) {
                                return refuse(self, "the module itself uses a stdlib `import *`");
                            }
                            for n in self.star_names(&sub, span)? {
                                bound.push((n, span));
                            }
                            continue;
                        }
                        if i.module
                            .as_ref()
                            .is_some_and(|m| m.id.as_str() == "__future__")
                        {
                            return refuse(self, "the module has a `__future__` import");
                        }
                        let n = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
                        bound.push((n, span));
                    }
                }
                // Code under `if __name__ == "__main__":` never runs in an imported module.
                ast::Stmt::If(i) if is_main_check(&i.test) && i.elif_else_clauses.is_empty() => {}
                other => collect_bindings(std::slice::from_ref(other), &mut maybe, false),
            }
            walrus_names(std::slice::from_ref(st), &mut maybe);
            for (n, _) in bound {
                if !sure.contains(&n) {
                    sure.push(n);
                }
            }
        }
        if all.is_some() && name_uses(&graph.asts[idx].body, "__all__") != 1 {
            return refuse(self, "its `__all__` changes after its assignment");
        }
        let is_maybe = |n: &str| maybe.iter().any(|(m, _)| m == n) && !sure.iter().any(|s| s == n);
        let submodule = |n: &str| file.is_package && graph.file(&format!("{target}.{n}")).is_some();
        let names = match all {
            Some(names) => {
                for n in &names {
                    if is_maybe(n) || !(sure.contains(n) || submodule(n)) {
                        return refuse(self, &format!("`{n}` of its `__all__` may not be bound"));
                    }
                }
                names
            }
            None => {
                let public = |n: &str| !n.starts_with('_');
                if let Some((n, _)) = maybe.iter().find(|(n, _)| public(n) && is_maybe(n)) {
                    let why = format!("its name `{n}` is bound only in a block or function");
                    return refuse(self, &why);
                }
                let mut names: Vec<String> = sure.into_iter().filter(|n| public(n)).collect();
                // Submodules imported so far are attributes of the package too.
                let prefix = format!("{target}.");
                let mut subs: Vec<String> = self
                    .imp
                    .modules
                    .keys()
                    .filter_map(|m| m.strip_prefix(&prefix))
                    .filter(|n| !n.contains('.') && public(n))
                    .map(str::to_string)
                    .collect();
                subs.sort();
                for n in subs {
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                names
            }
        };
        Some(names)
    }

    /// The names a function's own `from m import x` statements bind to values (a variable
    /// or class of a user module, not a static function, module or stdlib name, which stay
    /// compile-time aliases): locals of the function, as in CPython.
    pub(super) fn imported_value_names(
        &mut self,
        body: &[ast::Stmt],
        out: &mut Vec<(String, Span)>,
    ) {
        if self.imp.graph.is_none() {
            return;
        }
        for s in body {
            match s {
                ast::Stmt::ImportFrom(i) => {
                    let m = i.module.as_ref().map(|m| m.id.to_string());
                    if is_stdlib_from(i.level, m.as_deref().unwrap_or_default()) {
                        continue;
                    }
                    let Ok(target) = modules_graph::from_target(
                        &self.imp.cur,
                        self.imp.cur_is_package,
                        i.level,
                        m.as_deref(),
                    ) else {
                        continue;
                    };
                    for a in &i.names {
                        if matches!(
                            self.member(&target, a.name.id.as_str()),
                            Member::Var(_) | Member::Pending
                        ) {
                            let n = a.asname.as_ref().unwrap_or(&a.name);
                            out.push((n.id.to_string(), span_of(n)));
                        }
                    }
                }
                ast::Stmt::If(x) => {
                    self.imported_value_names(&x.body, out);
                    for c in &x.elif_else_clauses {
                        self.imported_value_names(&c.body, out);
                    }
                }
                ast::Stmt::For(x) => {
                    self.imported_value_names(&x.body, out);
                    self.imported_value_names(&x.orelse, out);
                }
                ast::Stmt::While(x) => {
                    self.imported_value_names(&x.body, out);
                    self.imported_value_names(&x.orelse, out);
                }
                ast::Stmt::With(x) => self.imported_value_names(&x.body, out),
                ast::Stmt::Try(x) => {
                    self.imported_value_names(&x.body, out);
                    for h in &x.handlers {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        self.imported_value_names(&h.body, out);
                    }
                    self.imported_value_names(&x.orelse, out);
                    self.imported_value_names(&x.finalbody, out);
                }
                ast::Stmt::Match(x) => {
                    for c in &x.cases {
                        self.imported_value_names(&c.body, out);
                    }
                }
                _ => {}
            }
        }
    }

    fn refuse_rebound(&mut self, name: &str, span: Span) {
        self.error(
            span,
            format!("the module name `{name}` is also assigned in this module"),
            "molt resolves module names at compile time: use another name for the variable",
        );
    }

    fn cannot_import(&self, n: &str, target: &str, span: Span) -> Step {
        let path = self.imp.modules.get(target).map_or("", |i| i.path.as_str());
        let path = std::fs::canonicalize(path)
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| path.to_string());
        Step::Raise(
            "ImportError",
            format!("cannot import name '{n}' from '{target}' ({path})"),
            span,
        )
    }

    /// The absolute name of a `from` import's module, or a refusal.
    fn import_target(&mut self, i: &ast::StmtImportFrom, span: Span) -> Option<String> {
        let m = i.module.as_ref().map(|m| m.id.to_string());
        match modules_graph::from_target(
            &self.imp.cur,
            self.imp.cur_is_package,
            i.level,
            m.as_deref(),
        ) {
            Ok(t) => Some(t),
            Err(msg) => {
                self.error(
                    span,
                    format!("ImportError: {msg}"),
                    "use an absolute import",
                );
                None
            }
        }
    }

    /// `from target import n`: the module's attribute, else its submodule (importing it,
    /// as importlib's `_handle_fromlist` does).
    fn member_or_submodule(
        &mut self,
        target: &str,
        n: &str,
        span: Span,
        steps: &mut Vec<Step>,
    ) -> Member {
        match self.member(target, n) {
            Member::Missing | Member::DunderName | Member::DunderDoc(_) | Member::Pending => {}
            m => return m,
        }
        let sub = format!("{target}.{n}");
        let graph = self.imp.graph;
        let is_pkg = graph
            .and_then(|g| g.file(target).map(|i| g.files[i].is_package))
            .unwrap_or(false);
        if is_pkg && graph.is_some_and(|g| g.file(&sub).is_some()) {
            let (run, found) = self.run_chain(&sub, span);
            steps.push(Step::Run(run));
            if found {
                return Member::Module(sub);
            }
        }
        if self.imp.loading.iter().any(|l| l == target) && n != "__name__" {
            return Member::Pending;
        }
        Member::Missing
    }

    /// Lowers the modules of `name`'s chain (`a`, `a.b`, `a.b.c`) not imported yet, in
    /// that order; returns their top-level code and whether `name` exists.
    fn run_chain(&mut self, name: &str, span: Span) -> (Vec<Stmt>, bool) {
        let mut out = vec![];
        let parts: Vec<&str> = name.split('.').collect();
        for k in 1..=parts.len() {
            let prefix = parts[..k].join(".");
            if self.imp.modules.contains_key(&prefix) {
                continue;
            }
            // A module whose code is running is in sys.modules already: importing it
            // again binds it without running it (an import cycle).
            if self.imp.loading.contains(&prefix) {
                continue;
            }
            if prefix == "__main__" {
                self.error(
                    span,
                    format!("circular import of module `{prefix}`"),
                    "molt runs each module's code before its importer's: break the cycle",
                );
                return (out, true);
            }
            let Some(graph) = self.imp.graph else {
                return (out, false);
            };
            let Some(idx) = graph.file(&prefix) else {
                if k == 1 && catalog::CPYTHON_STDLIB.contains(&prefix.as_str()) {
                    self.unsupported_module(&prefix, span);
                    return (out, true);
                }
                if graph.is_namespace(&prefix) {
                    self.error(
                        span,
                        format!(
                            "`{prefix}` is a namespace package (a directory without __init__.py)"
                        ),
                        "add an __init__.py to the directory",
                    );
                }
                return (out, false);
            };
            out.extend(self.lower_imported(graph, idx));
        }
        (out, true)
    }

    /// Lowers an imported module's top-level code in its own namespace.
    fn lower_imported(&mut self, graph: &'a Graph, idx: usize) -> Vec<Stmt> {
        let file = &graph.files[idx];
        self.imp.loading.push(file.name.clone());
        let seq = self.imp.started.len();
        self.imp.started.insert(file.name.clone(), seq);
        let ran_upto = std::mem::replace(&mut self.imp.ran_upto, seq + 1);
        if file.name.contains('.') {
            // A submodule is its package's attribute once its code has run; code that
            // may run before then reads this flag (`user_module_of`).
            self.init_flag(&file.name);
        }
        let saved_base = SPAN_BASE.with(|b| b.replace(file.base));
        let source = std::mem::replace(&mut self.source, file.source.as_str());
        let global_ids = std::mem::take(&mut self.global_ids);
        let func_ids = std::mem::take(&mut self.func_ids);
        let imports = std::mem::take(&mut self.imports);
        let module_local_ids = std::mem::take(&mut self.module_local_ids);
        let prelude = std::mem::take(&mut self.prelude);
        let comp_names = std::mem::take(&mut self.comp_names);
        let module_names = std::mem::take(&mut self.module_names);
        let class_names = std::mem::take(&mut self.class_names);
        let cur = std::mem::replace(&mut self.imp.cur, file.name.clone());
        let cur_pkg = std::mem::replace(&mut self.imp.cur_is_package, file.is_package);
        let cur_file = std::mem::replace(&mut self.imp.cur_file, imported_file(&file.path));
        let cur_doc = std::mem::replace(&mut self.imp.cur_doc, docstring(&graph.asts[idx].body));

        let mut body = self.lower_module_body(&graph.asts[idx].body);
        if let Some(&flag) = self.imp.init_flags.get(&file.name) {
            let span = Span::new(file.base, file.base);
            let value = self.expr(span, ExprKind::Bool(true));
            body.push(Stmt {
                span,
                kind: StmtKind::Assign {
                    targets: vec![Target {
                        span,
                        kind: TargetKind::Var(Var::Global(flag)),
                    }],
                    value,
                },
            });
        }
        let unbound: Vec<((String, String), (GlobalId, Span))> = self
            .imp
            .pending
            .iter()
            .filter(|((m, _), _)| *m == file.name)
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        for ((m, n), (_, sp)) in unbound {
            self.imp.pending.remove(&(m.clone(), n.clone()));
            self.error(
                sp,
                format!("circular import: module `{m}` does not bind `{n}` as a variable"),
                "molt knows a module in an import cycle by the names its own code assigns",
            );
        }

        let info = ModInfo {
            path: file.path.clone(),
            global_ids: std::mem::replace(&mut self.global_ids, global_ids),
            func_ids: std::mem::replace(&mut self.func_ids, func_ids),
            imports: std::mem::replace(&mut self.imports, imports),
            doc: std::mem::replace(&mut self.imp.cur_doc, cur_doc),
        };
        self.module_local_ids = module_local_ids;
        self.prelude = prelude;
        self.comp_names = comp_names;
        self.module_names = module_names;
        self.class_names = class_names;
        self.imp.cur = cur;
        self.imp.cur_is_package = cur_pkg;
        self.imp.cur_file = cur_file;
        self.imp.ran_upto = ran_upto;
        self.source = source;
        SPAN_BASE.with(|b| b.set(saved_base));
        self.imp.loading.pop();
        self.imp.modules.insert(file.name.clone(), info);
        body
    }

    /// Pass 2 of an import statement: its planned steps (top level), or the import of
    /// modules already loaded (elsewhere). False: only stdlib modules, for the caller.
    pub(super) fn lower_user_import(&mut self, s: &ast::Stmt, span: Span) -> bool {
        if self.imp.graph.is_none() {
            return false;
        }
        if let Some(steps) = self.imp.plans.remove(&span.start) {
            if let Some(end) = self.imp.plan_ends.remove(&span.start) {
                self.imp.ran_upto = self.imp.ran_upto.max(end);
            }
            for step in steps {
                match step {
                    Step::Run(stmts) => self.prelude.extend(stmts),
                    Step::Bind(name, sp, src) => {
                        let value = bind_value(src);
                        let value = self.expr(sp, value);
                        let var = self.bind_name(&name, sp);
                        self.prelude.push(Stmt {
                            span: sp,
                            kind: StmtKind::Assign {
                                targets: vec![Target {
                                    span: sp,
                                    kind: TargetKind::Var(var),
                                }],
                                value,
                            },
                        });
                    }
                    Step::Raise(kind, msg, sp) => self.push_raise(kind, msg, sp),
                }
            }
            return true;
        }
        match s {
            ast::Stmt::Import(i) => {
                if i.names
                    .iter()
                    .all(|a| modules_graph::is_stdlib(a.name.id.as_str()))
                {
                    return false;
                }
                for alias in &i.names {
                    let m = alias.name.id.to_string();
                    let bound = alias.asname.as_ref().map(|a| a.id.to_string());
                    if modules_graph::is_stdlib(&m) {
                        let (bound, m) = stdlib_binding(&m, alias.asname.as_ref());
                        self.add_import(bound, Import::Module(m));
                        continue;
                    }
                    if !self.loaded_or_raise(&m, span_of(alias)) {
                        break;
                    }
                    let (bound, target) = match bound {
                        Some(b) => (b, m.clone()),
                        None => {
                            let top = m.split('.').next().unwrap_or_default().to_string();
                            (top.clone(), top)
                        }
                    };
                    self.add_import(bound, Import::User(target));
                }
                true
            }
            ast::Stmt::ImportFrom(i) => {
                let m = i.module.as_ref().map(|m| m.id.to_string());
                if is_stdlib_from(i.level, m.as_deref().unwrap_or_default()) {
                    return false;
                }
                let Some(target) = self.import_target(i, span) else {
                    return true;
                };
                if !self.loaded_or_raise(&target, span) {
                    return true;
                }
                for alias in &i.names {
                    let n = alias.name.id.to_string();
                    let asp = span_of(alias);
                    let bound = alias
                        .asname
                        .as_ref()
                        .map_or(n.clone(), |a| a.id.to_string());
                    let member = match self.member(&target, &n) {
                        Member::Missing
                            if self.imp.modules.contains_key(&format!("{target}.{n}")) =>
                        {
                            Member::Module(format!("{target}.{n}"))
                        }
                        m => m,
                    };
                    let src = match member {
                        Member::Var(g) => BindSrc::Global(g),
                        Member::Func(f) => BindSrc::Func(f),
                        Member::Pending => {
                            BindSrc::Cycle(self.pending_check(&target, &n, asp, true))
                        }
                        Member::Module(sub) if self.has_run(&sub) => {
                            self.add_import(bound, Import::User(sub));
                            continue;
                        }
                        Member::Stdlib(imp) => {
                            self.add_import(bound, imp);
                            continue;
                        }
                        Member::Module(_) | Member::Missing
                            if self
                                .imp
                                .graph
                                .is_some_and(|g| g.file(&format!("{target}.{n}")).is_some()) =>
                        {
                            // A submodule whose code has not run yet: it would run here.
                            self.error(
                                asp,
                                format!("the first import of module `{target}.{n}` is inside a block or function"),
                                "import it at the top level of a module first (molt runs module code once, at its first import)",
                            );
                            break;
                        }
                        Member::DunderName
                        | Member::DunderDoc(_)
                        | Member::Missing
                        | Member::Module(_) => {
                            if let Step::Raise(k, msg, sp) = self.cannot_import(&n, &target, asp) {
                                self.push_raise(k, msg, sp);
                            }
                            break;
                        }
                    };
                    match (self.resolve(&bound), src) {
                        (Resolved::Var(v), src) => {
                            let value = bind_value(src);
                            let value = self.expr(asp, value);
                            self.prelude.push(Stmt {
                                span: asp,
                                kind: StmtKind::Assign {
                                    targets: vec![Target {
                                        span: asp,
                                        kind: TargetKind::Var(v),
                                    }],
                                    value,
                                },
                            });
                        }
                        (_, BindSrc::Func(f)) => self.add_import(bound, Import::Func(f)),
                        _ => self.error(
                            asp,
                            format!("`from {target} import {n}` inside a block or function is not supported"),
                            "import the name at the top level of the module",
                        ),
                    }
                }
                true
            }
            _ => false,
        }
    }

    /// For an import below the top level: the module must already be loaded (its code
    /// cannot run here, once), or not exist (ModuleNotFoundError when the import runs).
    fn loaded_or_raise(&mut self, name: &str, span: Span) -> bool {
        let parts: Vec<&str> = name.split('.').collect();
        for k in 1..=parts.len() {
            let prefix = parts[..k].join(".");
            if self.has_run(&prefix) {
                continue;
            }
            if self.imp.graph.is_some_and(|g| g.file(&prefix).is_some()) {
                self.error(
                    span,
                    format!("the first import of module `{prefix}` is inside a block or function"),
                    "import it at the top level of a module first (molt runs module code once, at its first import)",
                );
            } else if k == 1 && catalog::CPYTHON_STDLIB.contains(&prefix.as_str()) {
                self.unsupported_module(&prefix, span);
            } else {
                self.push_raise(
                    "ModuleNotFoundError",
                    format!("No module named '{name}'"),
                    span,
                );
            }
            return false;
        }
        true
    }

    /// Whether module `m`'s code has started where the code being lowered runs (an
    /// import below the top level then binds it without running it).
    fn has_run(&self, m: &str) -> bool {
        self.imp.loading.iter().any(|l| l == m)
            || self
                .imp
                .started
                .get(m)
                .is_some_and(|&s| s < self.imp.ran_upto)
    }

    pub(super) fn push_raise(&mut self, kind: &str, msg: String, span: Span) {
        let e = self.expr(
            span,
            ExprKind::Raise {
                kind: kind.to_string(),
                msg,
                effects: vec![],
            },
        );
        self.prelude.push(Stmt {
            span,
            kind: StmtKind::Expr(e),
        });
    }

    /// The global of molt's Python definition of collections.abc class `name`, when the
    /// program has that module (modules_graph.rs, `add_abc_prelude`) and it has run.
    pub(super) fn abc_prelude_class(&self, name: &str) -> Option<GlobalId> {
        let m = modules_graph::ABC_PRELUDE;
        if !self.has_run(m) {
            return None;
        }
        self.imp.modules.get(m)?.global_ids.get(name).copied()
    }

    /// The global of stdlib name `m.n` when a prelude module defines it (`UserDict`:
    /// modules_graph.rs, `PRELUDE_NAMES`) and that module has run: Err when it has not
    /// (a use from a module molt lowers before the prelude).
    pub(super) fn prelude_name(&self, m: &str, n: &str) -> Option<Result<GlobalId, ()>> {
        let p = modules_graph::prelude_of(m, n)?;
        if !self.has_run(p) {
            return Some(Err(()));
        }
        Some(
            self.imp
                .modules
                .get(p)
                .and_then(|i| i.global_ids.get(n).copied())
                .ok_or(()),
        )
    }

    /// `module.attr`, looked up in the module's namespace as `getattr(module, attr)` does.
    fn member(&self, module: &str, attr: &str) -> Member {
        if attr == "__name__" {
            return Member::DunderName;
        }
        let sub = format!("{module}.{attr}");
        let Some(info) = self.imp.modules.get(module) else {
            if self.imp.loading.iter().any(|l| l == module) {
                if self.imp.modules.contains_key(&sub) || self.imp.loading.contains(&sub) {
                    return Member::Module(sub);
                }
                return Member::Pending;
            }
            return Member::Missing;
        };
        if let Some(g) = info.global_ids.get(attr) {
            return Member::Var(*g);
        }
        if let Some(f) = info.func_ids.get(attr) {
            return Member::Func(*f);
        }
        match info.imports.get(attr) {
            Some(Import::User(m)) => return Member::Module(m.clone()),
            Some(Import::Func(f)) => return Member::Func(*f),
            Some(i) => return Member::Stdlib(i.clone()),
            None => {}
        }
        // A package's submodule is its attribute once imported (or being imported: a use
        // before then is guarded by `user_module_of`).
        if self.imp.modules.contains_key(&sub) || self.imp.loading.contains(&sub) {
            return Member::Module(sub);
        }
        if attr == "__doc__" {
            return Member::DunderDoc(info.doc.clone());
        }
        Member::Missing
    }

    /// The user module an expression names (`lib`, `lib.shapes`, an alias), if any.
    pub(super) fn user_module_of(&mut self, e: &ast::Expr) -> Option<String> {
        self.imp.graph?;
        match e {
            ast::Expr::Name(n) => match self.resolve(n.id.as_str()) {
                Resolved::UserModule(m) => Some(m),
                _ => None,
            },
            ast::Expr::Attribute(a) => {
                let m = self.user_module_of(&a.value)?;
                match self.member(&m, a.attr.id.as_str()) {
                    Member::Module(s) => {
                        if self.imp.loading.contains(&s) {
                            let present = self.init_flag(&s);
                            let owner_init = self.owner_init(&m);
                            self.imp.guards.push(AttrCheck {
                                present,
                                owner_init,
                                owner: m,
                                attr: a.attr.id.to_string(),
                                import_path: None,
                                submodule: true,
                            });
                        } else if !self.has_run(&s) {
                            // Imported by a later top-level import: code that may run
                            // before it finds no such attribute.
                            let present = self.init_flag(&s);
                            self.imp.guards.push(AttrCheck {
                                present,
                                owner_init: None,
                                owner: m,
                                attr: a.attr.id.to_string(),
                                import_path: None,
                                submodule: false,
                            });
                        }
                        Some(s)
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// `module.attr` as an expression, when `a.value` is a user module.
    pub(super) fn user_module_attr(
        &mut self,
        a: &ast::ExprAttribute,
        span: Span,
    ) -> Option<ExprKind> {
        self.imp.guards.clear();
        let m = self.user_module_of(&a.value)?;
        let attr = a.attr.id.as_str();
        let mut checks = std::mem::take(&mut self.imp.guards);
        if !checks.is_empty()
            && let Member::Var(g) = self.member(&m, attr)
        {
            // The module is complete, but reached through a package attribute that may not
            // be set yet.
            checks.push(AttrCheck {
                present: g,
                owner_init: None,
                owner: m.clone(),
                attr: attr.to_string(),
                import_path: None,
                submodule: false,
            });
            return Some(ExprKind::CycleAttr { checks, value: g });
        }
        Some(match self.member(&m, attr) {
            Member::Pending => {
                let check = self.pending_check(&m, attr, span, false);
                let value = check.present;
                checks.push(check);
                ExprKind::CycleAttr { checks, value }
            }
            Member::Func(f) if !checks.is_empty() => {
                let value = self.expr(span, ExprKind::FuncRef(f));
                self.guarded(span, checks, value)
            }
            _ if !checks.is_empty() => self.refuse(
                span,
                &format!("`{m}.{attr}` through a module in an import cycle is not supported"),
                "import the module with `from ... import` or `import ... as`",
            ),
            Member::Var(g) => ExprKind::Name(Var::Global(g)),
            Member::Func(f) => ExprKind::FuncRef(f),
            Member::DunderName => ExprKind::Str(m),
            Member::DunderDoc(Some(d)) => ExprKind::Str(d),
            Member::DunderDoc(None) => ExprKind::None,
            Member::Stdlib(Import::Member(sm, n)) => ExprKind::ModuleAttr(sm, n),
            Member::Module(s) | Member::Stdlib(Import::User(s) | Import::Module(s)) => self.refuse(
                span,
                &format!("using module `{s}` as a value is not supported"),
                "use its functions and constants directly",
            ),
            Member::Stdlib(Import::Func(f)) => ExprKind::FuncRef(f),
            Member::Missing if attr.starts_with("__") => self.refuse(
                span,
                &format!("module attribute `{attr}` is not supported"),
                "molt's modules have only the names they define",
            ),
            Member::Missing => ExprKind::Raise {
                kind: "AttributeError".into(),
                msg: format!("module '{m}' has no attribute '{attr}'"),
                effects: vec![],
            },
        })
    }

    /// `module.f(...)`: a direct call of a static function of the module.
    pub(super) fn user_module_call(
        &mut self,
        c: &ast::ExprCall,
        a: &ast::ExprAttribute,
        kw_names: Vec<String>,
    ) -> Option<ExprKind> {
        self.imp.guards.clear();
        let m = self.user_module_of(&a.value)?;
        if let Member::Func(f) = self.member(&m, a.attr.id.as_str()) {
            let checks = std::mem::take(&mut self.imp.guards);
            let args = self.lower_exprs(&c.arguments.args);
            let kwargs = self.lower_kwargs(c, kw_names);
            let call = self.bind_call(f, args, kwargs);
            if checks.is_empty() {
                return Some(call);
            }
            let span = span_of(c);
            let call = self.expr(span, call);
            return Some(self.guarded(span, checks, call));
        }
        let f = self.lower_expr(&c.func);
        Some(self.lower_dynamic_call(c, f))
    }

    /// `module.x = v`: the module's global `x`.
    pub(super) fn user_module_target(
        &mut self,
        a: &ast::ExprAttribute,
        span: Span,
    ) -> Option<TargetKind> {
        self.imp.guards.clear();
        let m = self.user_module_of(&a.value)?;
        let attr = a.attr.id.as_str();
        if !std::mem::take(&mut self.imp.guards).is_empty() {
            self.error(
                span,
                format!("setting attribute `{attr}` of module `{m}` where the module may not be imported yet is not supported"),
                "import the module at the top level before the code that sets it",
            );
            return Some(TargetKind::Tuple(vec![]));
        }
        Some(match self.member(&m, attr) {
            Member::Var(g) => TargetKind::Var(Var::Global(g)),
            _ => {
                self.error(
                    span,
                    format!("setting attribute `{attr}` of module `{m}` is not supported"),
                    "only the module's own variables can be rebound from outside",
                );
                TargetKind::Tuple(vec![])
            }
        })
    }

    /// `a is b` where both name modules: modules are singletons, so this is known.
    pub(super) fn module_identity(&mut self, c: &ast::ExprCompare) -> Option<ExprKind> {
        let [op] = &c.ops[..] else { return None };
        let [right] = &c.comparators[..] else {
            return None;
        };
        if !matches!(op, ast::CmpOp::Is | ast::CmpOp::IsNot) {
            return None;
        }
        let l = self.user_module_of(&c.left)?;
        let r = self.user_module_of(right)?;
        Some(ExprKind::Bool((l == r) == matches!(op, ast::CmpOp::Is)))
    }
}

impl Lowerer<'_> {
    /// `value` once `checks` pass (each raises the AttributeError of a module attribute
    /// not set yet): the checks are the condition of a conditional expression whose
    /// other branch is never taken.
    fn guarded(&mut self, span: Span, checks: Vec<AttrCheck>, value: Expr) -> ExprKind {
        let Some(last) = checks.last() else {
            return value.kind;
        };
        let flag = last.present;
        let cond = self.expr(
            span,
            ExprKind::CycleAttr {
                checks,
                value: flag,
            },
        );
        let never = self.expr(
            span,
            ExprKind::Raise {
                kind: "AssertionError".into(),
                msg: "unreachable".into(),
                effects: vec![],
            },
        );
        ExprKind::IfExp(Box::new(cond), Box::new(value), Box::new(never))
    }

    /// The hidden global bound once module `m`'s top-level code has run.
    fn init_flag(&mut self, m: &str) -> GlobalId {
        if let Some(&g) = self.imp.init_flags.get(m) {
            return g;
        }
        let g = self.hidden_global(format!("__molt_init_{m}"), Span::new(0, 0));
        self.imp.init_flags.insert(m.to_string(), g);
        g
    }

    /// `owner`'s init flag when its code is still running (else it is complete).
    fn owner_init(&mut self, owner: &str) -> Option<GlobalId> {
        if self.imp.loading.iter().any(|l| l == owner) {
            Some(self.init_flag(owner))
        } else {
            None
        }
    }

    /// The check for name `n` of module `m`, whose code is still running: the global it
    /// will declare for `n` (made now), bound or not when the use runs.
    fn pending_check(&mut self, m: &str, n: &str, span: Span, from_import: bool) -> AttrCheck {
        let key = (m.to_string(), n.to_string());
        let present = match self.imp.pending.get(&key) {
            Some((g, _)) => *g,
            None => {
                let g = GlobalId(self.globals.len() as u32);
                self.globals.push(Global {
                    name: n.to_string(),
                    span,
                    hidden: false,
                });
                self.imp.pending.insert(key, (g, span));
                g
            }
        };
        let import_path = from_import.then(|| {
            let path = self
                .imp
                .graph
                .and_then(|g| g.file(m).map(|i| g.files[i].path.clone()))
                .unwrap_or_default();
            std::fs::canonicalize(&path)
                .map(|p| p.display().to_string())
                .unwrap_or(path)
        });
        AttrCheck {
            present,
            owner_init: self.owner_init(m),
            owner: m.to_string(),
            attr: n.to_string(),
            import_path,
            submodule: false,
        }
    }
}

/// How many times the code of `body` mentions the name `name` (its own scope and nested
/// ones).
fn name_uses(body: &[ast::Stmt], name: &str) -> usize {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct Count<'n>(&'n str, usize);
    impl<'b> Visitor<'b> for Count<'_> {
        fn visit_stmt(&mut self, s: &'b ast::Stmt) {
            if let ast::Stmt::Global(g) = s {
                self.1 += g.names.iter().filter(|n| n.id.as_str() == self.0).count();
            }
            walk_stmt(self, s);
        }
        fn visit_expr(&mut self, e: &'b ast::Expr) {
            if let ast::Expr::Name(n) = e
                && n.id.as_str() == self.0
            {
                self.1 += 1;
            }
            walk_expr(self, e);
        }
    }
    let mut c = Count(name, 0);
    for s in body {
        c.visit_stmt(s);
    }
    c.1
}

/// `__name__ == "__main__"` (either order).
fn is_main_check(e: &ast::Expr) -> bool {
    let ast::Expr::Compare(c) = e else {
        return false;
    };
    let ([ast::CmpOp::Eq], [right]) = (&c.ops[..], &c.comparators[..]) else {
        return false;
    };
    let is_name = |e: &ast::Expr| matches!(e, ast::Expr::Name(n) if n.id.as_str() == "__name__");
    let is_main =
        |e: &ast::Expr| matches!(e, ast::Expr::StringLiteral(s) if s.value.to_str() == "__main__");
    (is_name(&c.left) && is_main(right)) || (is_main(&c.left) && is_name(right))
}

fn bind_value(src: BindSrc) -> ExprKind {
    match src {
        BindSrc::Global(g) => ExprKind::Name(Var::Global(g)),
        BindSrc::Func(f) => ExprKind::FuncRef(f),
        BindSrc::Cycle(check) => {
            let value = check.present;
            ExprKind::CycleAttr {
                checks: vec![check],
                value,
            }
        }
    }
}

/// Lowers a parsed main module (with its graph, for a program of several files).
pub(super) fn lower_body(
    name: &str,
    path: &str,
    source: &str,
    module_source: String,
    body: &[ast::Stmt],
    graph: Option<&Graph>,
) -> Result<Module, Vec<Diagnostic>> {
    let mut l = Lowerer::new(source);
    // Function annotations are evaluated (as CPython does at each `def`) only when the
    // program may read them: a plain text test, since `__annotations__` is the way in.
    // singledispatch's `register(f)` reads them too (also as a plain call).
    l.keep_annotations =
        module_source.contains("__annotations__") || module_source.contains("singledispatch");
    l.imports_logging = module_source.contains("logging");
    l.logging_other_stream = l.imports_logging && logging_to_other_stream(&module_source);
    l.imp.graph = graph;
    l.imp.cur_file = main_file(path);
    l.imp.cur_doc = docstring(body);
    let body = l.lower_module_body(body);
    l.finish(name, path, module_source, body)
}

/// Whether a logging handler of the program may write to a stream other than
/// `sys.stderr`: a plain text test, conservative (`StreamHandler(x)` or `stream=x` with x
/// other than `sys.stderr`, `setStream`, a redirected stderr).
fn logging_to_other_stream(src: &str) -> bool {
    let other = |pat: &str, ok: &[&str]| {
        src.match_indices(pat).any(|(i, _)| {
            let rest = src[i + pat.len()..].trim_start();
            !ok.iter().any(|o| rest.starts_with(o))
        })
    };
    other(
        "StreamHandler(",
        &[")", "sys.stderr)", "stream=sys.stderr)"],
    ) || other("stream=", &["sys.stderr"])
        || src.contains("setStream")
        || src.contains("redirect_stderr")
}

/// The main script's `__file__`: its path joined to the working directory when relative,
/// not normalised (CPython 3.9+ makes it absolute that way: `./a/../p.py` stays).
fn main_file(path: &str) -> String {
    let p = std::path::Path::new(path);
    if p.is_absolute() {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(d) => d.join(p).to_string_lossy().into_owned(),
        Err(_) => path.to_string(),
    }
}

/// An imported module's `__file__`: found through `sys.path[0]`, the script's directory
/// with symbolic links resolved.
fn imported_file(path: &str) -> String {
    std::fs::canonicalize(path)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| main_file(path))
}

/// The name `import a.b [as c]` binds and the module it names: `c` is `a.b`, while a plain
/// `import os.path` binds the top-level package `os` (Python/ceval.c, IMPORT_NAME then
/// STORE_NAME of the first component).
pub(crate) fn stdlib_binding(m: &str, asname: Option<&ast::Identifier>) -> (String, String) {
    match asname {
        Some(a) => (a.id.to_string(), m.to_string()),
        None => {
            let top = m.split('.').next().unwrap_or(m).to_string();
            (top.clone(), top)
        }
    }
}
