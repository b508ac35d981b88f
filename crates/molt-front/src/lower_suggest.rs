//! "Did you mean" for a NameError (Python/suggestions.c, offer_suggestions_for_name_error):
//! CPython searches the raising frame's `co_varnames`, then its module's globals, then the
//! builtins, each in order, and takes the closest name of the first list that has one.
//! The front end knows all three lists, so the suggestion is computed here and the uncaught
//! traceback prints it (never `str(e)`).
//!
//! The globals are the module's names in the order of their first binding in the source,
//! and, for code that runs at module level, only those bound above the raising line: a
//! global bound later in a loop, or only on a branch not taken, is the one approximation.

use super::{FnScope, Lowerer, ParamKind, Span, ast, span_of};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// `builtins.__dict__` of CPython 3.11 running a script (site adds the last six), in order.
pub const BUILTINS_DICT: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__build_class__",
    "__import__",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "breakpoint",
    "callable",
    "chr",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "aiter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "anext",
    "oct",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "map",
    "object",
    "range",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "zip",
    "__debug__",
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
    "EnvironmentError",
    "IOError",
    "open",
    "quit",
    "exit",
    "copyright",
    "credits",
    "license",
    "help",
];

/// The globals every module has before its code runs, in dict order: the main script's
/// (runpy), a module's and a package's (importlib).
pub fn module_dunders(is_main: bool, is_package: bool) -> &'static [&'static str] {
    if is_main {
        &[
            "__name__",
            "__doc__",
            "__package__",
            "__loader__",
            "__spec__",
            "__annotations__",
            "__builtins__",
            "__file__",
            "__cached__",
        ]
    } else if is_package {
        &[
            "__name__",
            "__doc__",
            "__package__",
            "__loader__",
            "__spec__",
            "__path__",
            "__file__",
            "__cached__",
            "__builtins__",
        ]
    } else {
        &[
            "__name__",
            "__doc__",
            "__package__",
            "__loader__",
            "__spec__",
            "__file__",
            "__cached__",
            "__builtins__",
        ]
    }
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// levenshtein_distance of suggestions.c, on UTF-8 bytes, with its early exits.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first())
        && x == y
    {
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last())
        && x == y
    {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (cell, &ac) in row.iter_mut().zip(a) {
            let substitute = distance + substitution_cost(bc, ac);
            distance = *cell;
            result = (result.min(distance) + MOVE_COST).min(substitute);
            *cell = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// calculate_suggestions: the closest name of `dir` (the first of equals), if any is close.
pub fn closest<'s>(dir: &[&'s str], name: &str) -> Option<&'s str> {
    if dir.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in dir {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d <= max_distance && best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

/// offer_suggestions_for_name_error over the frame's variable names, the module's bound
/// globals and the builtins.
pub fn for_name_error(name: &str, varnames: &[&str], globals: &[&str]) -> Option<String> {
    closest(varnames, name)
        .or_else(|| closest(globals, name))
        .or_else(|| closest(BUILTINS_DICT, name))
        .map(str::to_string)
}

fn is_identifier(name: &str) -> bool {
    name.chars()
        .next()
        .is_some_and(|c| c == '_' || c.is_alphabetic())
        && name.chars().all(|c| c == '_' || c.is_alphanumeric())
}

impl Lowerer<'_> {
    /// Records the module's global names in binding order (pass 1 of the module body).
    pub(super) fn record_module_names(
        &mut self,
        body: &[ast::Stmt],
        assigned: &[(String, Span)],
        global_decls: &[(String, Span)],
    ) {
        let mut names: Vec<(u32, String)> = assigned
            .iter()
            .chain(global_decls)
            .map(|(n, sp)| (sp.start, n.clone()))
            .collect();
        for s in body {
            if let ast::Stmt::FunctionDef(f) = s {
                names.push((span_of(&f.name).start, f.name.id.to_string()));
            }
        }
        import_names(body, &mut names);
        let (mut classes, mut defs) = (vec![], vec![]);
        def_and_class_names(body, &mut classes, &mut defs);
        self.defines_register = defs.iter().any(|d| d == "register");
        self.class_names = classes.into_iter().filter(|c| !defs.contains(c)).collect();
        names.sort();
        let mut seen = std::collections::HashSet::new();
        names.retain(|(_, n)| is_identifier(n) && seen.insert(n.clone()));
        self.module_names = names;
    }

    /// co_varnames of the frame being lowered: a function's parameters (positional,
    /// keyword-only, `*args`, `**kwargs`) then its other locals that are not cells; a
    /// comprehension's own variables; nothing for module or class code.
    fn frame_varnames(&self) -> Vec<String> {
        if let Some(m) = self.comp_names.last() {
            let mut v: Vec<(u32, &String)> = m.iter().map(|(n, l)| (l.0, n)).collect();
            v.sort();
            return v.into_iter().map(|(_, n)| n.clone()).collect();
        }
        let Some(s) = &self.scope else {
            return vec![];
        };
        if s.is_class {
            return vec![];
        }
        scope_varnames(self, s)
    }

    /// Records the suggestion CPython's traceback gives for the undefined `name` at `span`.
    pub(super) fn hint_name_error(&mut self, name: &str, span: Span) {
        let varnames = self.frame_varnames();
        let varnames: Vec<&str> = varnames.iter().map(String::as_str).collect();
        // Module and class-body code runs once, top to bottom: only names bound above it.
        let top_level =
            self.outer.iter().all(|s| s.is_class) && self.scope.as_ref().is_none_or(|s| s.is_class);
        let dunders = module_dunders(!self.imp.in_imported_module(), self.imp.cur_is_package);
        let globals: Vec<&str> = dunders
            .iter()
            .copied()
            .chain(
                self.module_names
                    .iter()
                    .filter(|(at, _)| !top_level || *at < span.start)
                    .map(|(_, n)| n.as_str()),
            )
            .collect();
        if let Some(s) = for_name_error(name, &varnames, &globals) {
            self.name_hints.insert((span.start, span.end), s);
        }
    }
}

impl Lowerer<'_> {
    /// Whether `e` names a class (a `class` statement's name that no `def` rebinds).
    pub(super) fn is_class_name(&self, e: &ast::Expr) -> bool {
        matches!(e, ast::Expr::Name(n) if self.class_names.contains(n.id.as_str()))
    }
}

/// Every name bound by a `class` or a `def` statement, at any depth.
fn def_and_class_names(body: &[ast::Stmt], classes: &mut Vec<String>, defs: &mut Vec<String>) {
    for s in body {
        match s {
            ast::Stmt::ClassDef(c) => {
                classes.push(c.name.id.to_string());
                def_and_class_names(&c.body, classes, defs);
            }
            ast::Stmt::FunctionDef(f) => {
                defs.push(f.name.id.to_string());
                def_and_class_names(&f.body, classes, defs);
            }
            ast::Stmt::If(i) => {
                def_and_class_names(&i.body, classes, defs);
                for c in &i.elif_else_clauses {
                    def_and_class_names(&c.body, classes, defs);
                }
            }
            ast::Stmt::Try(t) => {
                def_and_class_names(&t.body, classes, defs);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    def_and_class_names(&h.body, classes, defs);
                }
                def_and_class_names(&t.orelse, classes, defs);
                def_and_class_names(&t.finalbody, classes, defs);
            }
            ast::Stmt::With(w) => def_and_class_names(&w.body, classes, defs),
            ast::Stmt::For(f) => def_and_class_names(&f.body, classes, defs),
            ast::Stmt::While(w) => def_and_class_names(&w.body, classes, defs),
            _ => {}
        }
    }
}

/// The names the module's import statements bind (outside functions and classes).
fn import_names(body: &[ast::Stmt], out: &mut Vec<(u32, String)>) {
    for s in body {
        match s {
            ast::Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or_default().to_string(),
                    };
                    out.push((span_of(a).start, bound));
                }
            }
            ast::Stmt::ImportFrom(i) => {
                for a in &i.names {
                    let bound = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
                    out.push((span_of(a).start, bound));
                }
            }
            ast::Stmt::If(i) => {
                import_names(&i.body, out);
                for c in &i.elif_else_clauses {
                    import_names(&c.body, out);
                }
            }
            ast::Stmt::Try(t) => {
                import_names(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    import_names(&h.body, out);
                }
                import_names(&t.orelse, out);
                import_names(&t.finalbody, out);
            }
            ast::Stmt::With(w) => import_names(&w.body, out),
            ast::Stmt::For(f) => import_names(&f.body, out),
            ast::Stmt::While(w) => import_names(&w.body, out),
            _ => {}
        }
    }
}

fn scope_varnames(l: &Lowerer<'_>, s: &FnScope) -> Vec<String> {
    let params = &l.funcs[s.func.index()].params;
    let rank = |k: ParamKind| match k {
        ParamKind::VarPositional => 1,
        ParamKind::VarKeyword => 2,
        _ => 0,
    };
    let mut ordered: Vec<(usize, &str)> = params
        .iter()
        .map(|p| (rank(p.kind), p.name.as_str()))
        .collect();
    ordered.sort_by_key(|(r, _)| *r);
    let mut out: Vec<String> = ordered.into_iter().map(|(_, n)| n.to_string()).collect();
    let mut locals: Vec<(u32, &String)> = s
        .local_ids
        .iter()
        .filter(|(n, id)| {
            is_identifier(n) && !s.cells.contains(id) && !params.iter().any(|p| &p.name == *n)
        })
        .map(|(n, id)| (id.0, n))
        .collect();
    locals.sort();
    out.extend(locals.into_iter().map(|(_, n)| n.clone()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_follow_suggestions_c() {
        let d = |a: &str, b: &str| levenshtein(a.as_bytes(), b.as_bytes(), 1000);
        assert_eq!(d("lenght", "length"), 4);
        assert_eq!(d("abc", "ABC"), 3);
        assert_eq!(d("x", "xyz"), 4);
        assert_eq!(d("", "ab"), 4);
    }

    #[test]
    fn suggestions_match_cpython() {
        // Each checked against CPython 3.11's traceback.
        assert_eq!(
            for_name_error("lenght", &[], &["length"]).as_deref(),
            Some("length")
        );
        assert_eq!(for_name_error("prnt", &[], &[]).as_deref(), Some("print"));
        assert_eq!(
            for_name_error("countr", &["counter"], &[]).as_deref(),
            Some("counter")
        );
        assert_eq!(for_name_error("x", &["y"], &[]), None);
        assert_eq!(for_name_error("lst", &[], &[]).as_deref(), Some("list"));
        // The first of equally close names wins; locals before globals.
        assert_eq!(
            for_name_error("ab", &[], &["ac", "ad"]).as_deref(),
            Some("ac")
        );
        assert_eq!(
            for_name_error("valu", &["value"], &["valy"]).as_deref(),
            Some("value")
        );
    }
}
