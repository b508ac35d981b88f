//! The program's module graph: the main script and every module of the user's own that it
//! imports (directly or through other modules), found the way CPython's path finder finds
//! them with `sys.path[0]` = the script's directory (Lib/importlib/_bootstrap_external.py):
//! `a.b` is `a/b.py` or the package `a/b/__init__.py`, below the package `a/__init__.py`.
//! Stdlib modules molt implements stay with the catalog.
//!
//! Every file is parsed once, here. All files share one span space: file k's offsets start
//! at `base` (its position in the concatenation of the sources), so a `Span` anywhere in the
//! program says which file it is in; `render` shows a diagnostic against that file.

use crate::catalog;
use crate::diag::{Diagnostic, Span};
use ruff_python_ast as ast;
use ruff_python_ast::statement_visitor::{StatementVisitor, walk_stmt};
use ruff_python_ast::visitor::Visitor as _;
use ruff_text_size::Ranged;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One Python source file of the program.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The module's dotted name; `__main__` for the script.
    pub name: String,
    pub path: String,
    pub source: String,
    /// Offset of this file's first byte in the program's span space.
    pub base: u32,
    /// A package's `__init__.py`.
    pub is_package: bool,
}

/// The files of a program and their syntax trees (index 0: the main script).
pub struct Graph {
    pub files: Vec<SourceFile>,
    pub asts: Vec<ast::ModModule>,
    pub by_name: HashMap<String, usize>,
    root: PathBuf,
    next_base: u32,
}

/// Renders a diagnostic whose span is in the program's span space against its own file.
pub fn render(files: &[SourceFile], d: &Diagnostic) -> String {
    let Some(f) = files.iter().rev().find(|f| f.base <= d.span.start) else {
        return d.render("<unknown>", "");
    };
    let mut local = d.clone();
    local.span = Span::new(d.span.start - f.base, d.span.end.max(d.span.start) - f.base);
    local.render(&f.path, &f.source)
}

/// The sources of all files, concatenated: the text every span of the program points into.
pub fn combined_source(files: &[SourceFile]) -> String {
    let mut s = String::new();
    for f in files {
        s.push_str(&f.source);
        s.push('\n');
    }
    s
}

fn shifted(span: Span, base: u32) -> Span {
    Span::new(span.start + base, span.end + base)
}

/// Parses a file (Python 3.11 syntax), with spans relative to the file.
pub fn parse(source: &str) -> Result<ast::ModModule, Vec<Diagnostic>> {
    use ruff_python_parser::{ParseOptions, parse};
    let options = ParseOptions::from(ruff_python_ast::PySourceType::Python)
        .with_target_version(ast::PythonVersion::PY311);
    let parsed = match parse(source, options) {
        Ok(p) => p,
        Err(e) => {
            let r = e.location;
            return Err(vec![
                Diagnostic::error(
                    Span::new(r.start().to_u32(), r.end().to_u32()),
                    format!("invalid syntax: {}", e.error),
                )
                .label("here")
                .hint("molt compiles Python 3.11; fix the syntax error first"),
            ]);
        }
    };
    let unsupported: Vec<Diagnostic> = parsed
        .unsupported_syntax_errors()
        .iter()
        .map(|e| {
            Diagnostic::error(
                Span::new(e.range.start().to_u32(), e.range.end().to_u32()),
                format!("{e}"),
            )
            .label("not valid in Python 3.11")
            .hint("molt targets CPython 3.11")
        })
        .collect();
    if !unsupported.is_empty() {
        return Err(unsupported);
    }
    match parsed.into_syntax() {
        ast::Mod::Module(mut m) => {
            crate::mangle::mangle_body(&mut m.body);
            crate::lower::lower_dataclass::add_inits(&mut m.body, source);
            Ok(m)
        }
        ast::Mod::Expression(_) => Err(vec![Diagnostic::error(
            Span::default(),
            "expected a module",
        )]),
    }
}

/// Where a module lives on disk.
enum Found {
    Module(PathBuf),
    Package(PathBuf),
    /// A directory without `__init__.py` (a namespace package, PEP 420).
    Namespace,
    Missing,
}

/// Whether an imported name is a stdlib module molt implements (and not the user's own).
pub fn is_stdlib(name: &str) -> bool {
    catalog::MODULES.contains(&name)
        || name
            .split('.')
            .next()
            .is_some_and(|top| catalog::MODULES.contains(&top) && top != name)
}

/// The package a relative import in `importer` is relative to (`level` dots), following
/// importlib's `_resolve_name`; Err is ImportError's message.
pub fn relative_base(
    importer: &str,
    importer_is_package: bool,
    level: u32,
) -> Result<String, String> {
    if importer == "__main__" {
        return Err("attempted relative import with no known parent package".into());
    }
    let mut package: Vec<&str> = importer.split('.').collect();
    if !importer_is_package {
        package.pop();
    }
    if package.is_empty() {
        return Err("attempted relative import with no known parent package".into());
    }
    for _ in 1..level {
        if package.len() <= 1 {
            return Err("attempted relative import beyond top-level package".into());
        }
        package.pop();
    }
    Ok(package.join("."))
}

/// The absolute module name of `from <level dots><module> import ...`.
pub fn from_target(
    importer: &str,
    importer_is_package: bool,
    level: u32,
    module: Option<&str>,
) -> Result<String, String> {
    if level == 0 {
        return Ok(module.unwrap_or_default().to_string());
    }
    let base = relative_base(importer, importer_is_package, level)?;
    Ok(match module {
        Some(m) if !m.is_empty() => format!("{base}.{m}"),
        _ => base,
    })
}

impl Graph {
    /// Loads the main script and every user module reachable through its imports. Errors
    /// (syntax errors in a module, a local file shadowing a stdlib module) come with spans
    /// in the program's span space.
    pub fn load(main_path: &str, main_source: &str) -> (Graph, Vec<Diagnostic>) {
        let root = Path::new(main_path)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let mut g = Graph {
            files: vec![],
            asts: vec![],
            by_name: HashMap::new(),
            root,
            next_base: 0,
        };
        let mut diags = vec![];
        g.add_file(
            "__main__",
            main_path.to_string(),
            main_source.to_string(),
            false,
            &mut diags,
        );
        let mut i = 0;
        while i < g.asts.len() {
            let mut v = ImportScan::default();
            v.visit_body(&g.asts[i].body);
            let (name, is_pkg, base) = (
                g.files[i].name.clone(),
                g.files[i].is_package,
                g.files[i].base,
            );
            for (level, module, names, span) in v.found {
                let target = if level == 0 && names.is_empty() {
                    Ok(module.clone().unwrap_or_default())
                } else {
                    from_target(&name, is_pkg, level, module.as_deref())
                };
                let Ok(target) = target else { continue };
                if level == 0 && is_stdlib(&target) {
                    if let Some(top) = target.split('.').next()
                        && !matches!(g.find(top), Found::Missing)
                    {
                        diags.push(
                            Diagnostic::error(
                                shifted(span, base),
                                format!("the local module `{top}` has the name of a stdlib module"),
                            )
                            .label("imported here")
                            .hint("rename the local module: molt cannot tell which one CPython would import"),
                        );
                    }
                    continue;
                }
                g.load_module(&target, &mut diags);
                for n in names {
                    let sub = format!("{target}.{n}");
                    if g.by_name
                        .get(&target)
                        .is_some_and(|k| g.files[*k].is_package)
                    {
                        g.load_module(&sub, &mut diags);
                    }
                }
            }
            i += 1;
        }
        g.add_preludes(&mut diags);
        (g, diags)
    }

    /// Adds the prelude modules (prelude/*.py, `PRELUDES`) the program needs and imports
    /// them first thing in the script, in `PRELUDES` order (a later one may derive from an
    /// earlier one's classes): collections.abc's classes when some class statement may
    /// subclass one (`class Deck(Sequence)`, `collections.abc.Mapping[str, int]`,
    /// typing's aliases; lower.rs maps such a base to the module's class), and the module
    /// defining a stdlib name the program mentions (`PRELUDE_NAMES`: `UserDict`, ...).
    fn add_preludes(&mut self, diags: &mut Vec<Diagnostic>) {
        if self.asts.is_empty() {
            return;
        }
        let mut abc = AbcBaseScan::default();
        let mut names = NameScan::default();
        for a in &self.asts {
            abc.visit_body(&a.body);
            names.visit_body(&a.body);
        }
        let mut wanted: Vec<&'static str> = vec![];
        if abc.found {
            wanted.push(ABC_PRELUDE);
        }
        for (_, n, p) in PRELUDE_NAMES {
            if names.found.contains(*n) {
                let needs = PRELUDES
                    .iter()
                    .find(|x| x.module == *p)
                    .map_or(&[][..], |x| x.needs);
                wanted.extend(needs.iter().copied());
                wanted.push(p);
            }
        }
        let wanted: Vec<&Prelude> = PRELUDES
            .iter()
            .filter(|p| wanted.contains(&p.module))
            .collect();
        if wanted.is_empty() {
            return;
        }
        for p in &wanted {
            self.add_file(
                p.module,
                format!("<molt {}>", p.module),
                p.source.to_string(),
                false,
                diags,
            );
        }
        // `import __molt_collections_abc, ...` after the docstring and `from __future__`
        // imports; its span is the (empty) separator after the script's text, where no
        // statement of the script starts (import plans are keyed by span start).
        let list: Vec<&str> = wanted.iter().map(|p| p.module).collect();
        let Ok(mut m) = parse(&format!("import {}\n", list.join(", "))) else {
            return;
        };
        let Some(ast::Stmt::Import(mut imp)) = m.body.pop() else {
            return;
        };
        let at = self.files[0].source.len() as u32;
        let r = ruff_text_size::TextRange::empty(ruff_text_size::TextSize::new(at));
        imp.range = r;
        for a in &mut imp.names {
            a.range = r;
            a.name.range = r;
        }
        let body = &mut self.asts[0].body;
        let mut k = 0;
        if let Some(ast::Stmt::Expr(e)) = body.first()
            && matches!(*e.value, ast::Expr::StringLiteral(_))
        {
            k = 1;
        }
        while let Some(ast::Stmt::ImportFrom(f)) = body.get(k)
            && f.module
                .as_ref()
                .is_some_and(|m| m.id.as_str() == "__future__")
        {
            k += 1;
        }
        body.insert(k, ast::Stmt::Import(imp));
    }

    fn add_file(
        &mut self,
        name: &str,
        path: String,
        source: String,
        is_package: bool,
        diags: &mut Vec<Diagnostic>,
    ) {
        let base = self.next_base;
        self.next_base = base.saturating_add(source.len() as u32 + 1);
        let ast = match parse(&source) {
            Ok(m) => m,
            Err(ds) => {
                diags.extend(ds.into_iter().map(|mut d| {
                    d.span = shifted(d.span, base);
                    d
                }));
                ast::ModModule {
                    node_index: Default::default(),
                    range: Default::default(),
                    body: Default::default(),
                }
            }
        };
        self.by_name.insert(name.to_string(), self.files.len());
        self.files.push(SourceFile {
            name: name.to_string(),
            path,
            source,
            base,
            is_package,
        });
        self.asts.push(ast);
    }

    fn find(&self, name: &str) -> Found {
        let mut dir = self.root.clone();
        for p in name.split('.') {
            dir.push(p);
        }
        let init = dir.join("__init__.py");
        if init.is_file() {
            return Found::Package(init);
        }
        let file = dir.with_extension("py");
        if file.is_file() {
            return Found::Module(file);
        }
        if dir.is_dir() {
            return Found::Namespace;
        }
        Found::Missing
    }

    /// Loads `name` and its parent packages (those that exist: a missing one is
    /// ModuleNotFoundError at run time).
    fn load_module(&mut self, name: &str, diags: &mut Vec<Diagnostic>) {
        let parts: Vec<&str> = name.split('.').collect();
        for k in 1..=parts.len() {
            let prefix = parts[..k].join(".");
            if self.by_name.contains_key(&prefix) {
                continue;
            }
            let (path, is_package) = match self.find(&prefix) {
                Found::Package(p) => (p, true),
                Found::Module(p) if k == parts.len() => (p, false),
                // A pure-Python stdlib module molt ships as source: after the script's
                // directory, as on CPython's sys.path.
                Found::Missing if k == parts.len() => {
                    if let Some((_, source)) = PY_STDLIB.iter().find(|(n, _)| *n == prefix) {
                        let path = format!("<molt {prefix}.py>");
                        self.add_file(&prefix, path, source.to_string(), false, diags);
                    }
                    return;
                }
                _ => return,
            };
            let Ok(source) = std::fs::read_to_string(&path) else {
                return;
            };
            let path = path.display().to_string();
            self.add_file(&prefix, path, source, is_package, diags);
            if !is_package {
                return;
            }
        }
    }

    /// The file of module `name`, if the program has it.
    pub fn file(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// Whether `name` names a namespace package (a directory without `__init__.py`).
    pub fn is_namespace(&self, name: &str) -> bool {
        matches!(self.find(name), Found::Namespace)
    }
}

/// Pure-Python stdlib modules molt compiles from source (prelude/), as modules of the
/// program, when it imports them and has no module of that name of its own.
const PY_STDLIB: &[(&str, &str)] = &[("graphlib", include_str!("prelude/graphlib.py"))];

/// The module holding molt's collections.abc classes as Python classes (prelude/).
pub const ABC_PRELUDE: &str = "__molt_collections_abc";
/// collections.UserDict, UserList and UserString (prelude/collections_user.py).
pub const USER_PRELUDE: &str = "__molt_collections_user";
/// statistics.NormalDist (prelude/statistics_normal.py).
pub const NORMAL_PRELUDE: &str = "__molt_statistics_normal";

/// A module of Python source that molt compiles with a program that needs it.
pub struct Prelude {
    pub module: &'static str,
    source: &'static str,
    /// The preludes it imports (earlier in `PRELUDES`).
    needs: &'static [&'static str],
}

/// The prelude modules, in the order they run.
pub const PRELUDES: &[Prelude] = &[
    Prelude {
        module: ABC_PRELUDE,
        source: include_str!("prelude/collections_abc.py"),
        needs: &[],
    },
    Prelude {
        module: USER_PRELUDE,
        source: include_str!("prelude/collections_user.py"),
        needs: &[ABC_PRELUDE],
    },
    Prelude {
        module: NORMAL_PRELUDE,
        source: include_str!("prelude/statistics_normal.py"),
        needs: &[],
    },
];

/// The stdlib names that are classes of a prelude module: (stdlib module, name, prelude
/// module). `m.name` and `from m import name` are that module's global.
pub const PRELUDE_NAMES: &[(&str, &str, &str)] = &[
    ("collections", "UserDict", USER_PRELUDE),
    ("collections", "UserList", USER_PRELUDE),
    ("collections", "UserString", USER_PRELUDE),
    ("statistics", "NormalDist", NORMAL_PRELUDE),
];

/// The prelude module defining stdlib name `m.n`, if one does.
pub fn prelude_of(m: &str, n: &str) -> Option<&'static str> {
    PRELUDE_NAMES
        .iter()
        .find(|(pm, pn, _)| *pm == m && *pn == n)
        .map(|(_, _, p)| *p)
}

/// Whether a base named `n` may be a collections.abc class (typing's `AbstractSet` is
/// `Set`): the names the catalog lists for collections.abc.
fn abc_base_named(n: &str) -> bool {
    n == "AbstractSet" || crate::catalog::module_values("collections.abc").contains(&n)
}

/// Whether some class statement has a base named like a collections.abc class (a name or
/// an attribute, subscripted or not); a false positive only adds the unused module.
#[derive(Default)]
struct AbcBaseScan {
    found: bool,
}

impl<'a> StatementVisitor<'a> for AbcBaseScan {
    fn visit_stmt(&mut self, stmt: &'a ast::Stmt) {
        if let ast::Stmt::ClassDef(c) = stmt
            && let Some(args) = &c.arguments
        {
            for b in args.args.iter() {
                let b = match b {
                    ast::Expr::Subscript(s) => &*s.value,
                    b => b,
                };
                let n = match b {
                    ast::Expr::Name(n) => n.id.as_str(),
                    ast::Expr::Attribute(a) => a.attr.id.as_str(),
                    _ => continue,
                };
                self.found |= abc_base_named(n);
            }
        }
        walk_stmt(self, stmt);
    }
}

/// Whether the program mentions a name of `PRELUDE_NAMES` (as a name, an attribute or an
/// imported name); a false positive only adds an unused module.
#[derive(Default)]
struct NameScan {
    found: std::collections::HashSet<String>,
}

impl NameScan {
    fn note(&mut self, n: &str) {
        if PRELUDE_NAMES.iter().any(|(_, p, _)| *p == n) {
            self.found.insert(n.to_string());
        }
    }
}

impl<'a> ast::visitor::Visitor<'a> for NameScan {
    fn visit_stmt(&mut self, stmt: &'a ast::Stmt) {
        if let ast::Stmt::ImportFrom(i) = stmt {
            for a in &i.names {
                self.note(a.name.id.as_str());
            }
        }
        ast::visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a ast::Expr) {
        match expr {
            ast::Expr::Name(n) => self.note(n.id.as_str()),
            ast::Expr::Attribute(a) => self.note(a.attr.id.as_str()),
            _ => {}
        }
        ast::visitor::walk_expr(self, expr);
    }
}

/// Every import statement of a file, at any depth: (level, module, imported names, span).
#[derive(Default)]
struct ImportScan {
    found: Vec<(u32, Option<String>, Vec<String>, Span)>,
}

impl<'a> StatementVisitor<'a> for ImportScan {
    fn visit_stmt(&mut self, stmt: &'a ast::Stmt) {
        let r = stmt.range();
        let span = Span::new(r.start().to_u32(), r.end().to_u32());
        match stmt {
            ast::Stmt::Import(i) => {
                for a in &i.names {
                    self.found
                        .push((0, Some(a.name.id.to_string()), vec![], span));
                }
            }
            ast::Stmt::ImportFrom(i) => {
                let names = i.names.iter().map(|a| a.name.id.to_string()).collect();
                self.found.push((
                    i.level,
                    i.module.as_ref().map(|m| m.id.to_string()),
                    names,
                    span,
                ));
            }
            _ => walk_stmt(self, stmt),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_names_follow_importlib() {
        assert_eq!(
            from_target("lib.geo.polygon", false, 1, Some("vector")).as_deref(),
            Ok("lib.geo.vector")
        );
        assert_eq!(
            from_target("lib.geo.polygon", false, 2, None).as_deref(),
            Ok("lib")
        );
        assert_eq!(
            from_target("lib.geo", true, 1, Some("vector")).as_deref(),
            Ok("lib.geo.vector")
        );
        assert_eq!(from_target("lib", true, 1, None).as_deref(), Ok("lib"));
        assert!(from_target("lib", true, 2, None).is_err());
        assert!(from_target("__main__", false, 1, Some("x")).is_err());
        assert!(from_target("top", false, 1, Some("x")).is_err());
    }

    #[test]
    fn stdlib_names_stay_with_the_catalog() {
        assert!(is_stdlib("math") && is_stdlib("os.path"));
        assert!(!is_stdlib("lib.shapes") && !is_stdlib("mathx"));
    }

    #[test]
    fn diagnostics_render_against_their_file() {
        let files = vec![
            SourceFile {
                name: "__main__".into(),
                path: "main.py".into(),
                source: "import m\n".into(),
                base: 0,
                is_package: false,
            },
            SourceFile {
                name: "m".into(),
                path: "m.py".into(),
                source: "x = 1\ny = ?\n".into(),
                base: 10,
                is_package: false,
            },
        ];
        let d = Diagnostic::error(Span::new(10 + 10, 10 + 11), "bad");
        let out = render(&files, &d);
        assert!(out.contains("m.py:2:5"), "{out}");
        assert_eq!(combined_source(&files).len(), 10 + 13);
    }
}
