//! Rust names for Python names: keep them where possible (readable output), escape Rust
//! keywords, and keep generated helpers out of the user's namespace.

use molt_front::hir::{Function, Module};
use proc_macro2::{Ident, Span};
use std::collections::HashSet;

const STRICT: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false",
    "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
    "return", "static", "struct", "trait", "true", "type", "unsafe", "use", "where", "while",
    "abstract", "become", "box", "do", "final", "gen", "macro", "override", "priv", "try",
    "typeof", "unsized", "virtual", "yield",
];
/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];
/// Names the generated module itself uses.
const RESERVED: &[&str] = &[
    "rt", "PyObj", "GLOBALS", "Globals", "Ok", "Err", "Some", "None", "Option", "String", "Vec",
    "Box", "std", "core",
];

pub fn rust_ident(name: &str) -> Ident {
    if NOT_RAW.contains(&name)
        || RESERVED.contains(&name)
        || name.starts_with("STR_")
        || name.starts_with("DEFINED_")
    {
        return Ident::new(&format!("{name}_"), Span::call_site());
    }
    if STRICT.contains(&name) {
        return Ident::new_raw(name, Span::call_site());
    }
    if name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Ident::new(name, Span::call_site());
    }
    // Non-ASCII identifiers are valid Rust too, but keep generated code plain ASCII.
    let mut s = String::from("u_");
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            s.push(c);
        } else {
            s.push_str(&format!("{:x}_", c as u32));
        }
    }
    Ident::new(&s, Span::call_site())
}

pub fn func_ident(name: &str) -> Ident {
    if name == "__module__" {
        return Ident::new("__module___", Span::call_site());
    }
    rust_ident(name)
}

pub fn module_ident(name: &str) -> Ident {
    let cleaned: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let cleaned = if cleaned.is_empty() || cleaned.starts_with(|c: char| c.is_ascii_digit()) {
        format!("m_{cleaned}")
    } else {
        cleaned
    };
    if cleaned == "main" || cleaned == "molt_runtime" {
        return Ident::new("program", Span::call_site());
    }
    rust_ident(&cleaned)
}

pub fn defined_flag(func: &str) -> Ident {
    let i = rust_ident(func);
    Ident::new(
        &format!("DEFINED_{}", i.to_string().trim_start_matches("r#")),
        Span::call_site(),
    )
}

/// The field of `Globals` for a global (hidden default-value globals get a clear name).
pub fn global_field(i: usize, m: &Module) -> Ident {
    let g = &m.globals[i];
    if g.hidden {
        let cleaned: String = g
            .name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        return Ident::new(&format!("default_{cleaned}_{i}"), Span::call_site());
    }
    // Modules of one program may have globals of the same name (lower_import.rs).
    if m.globals[..i].iter().any(|o| !o.hidden && o.name == g.name) {
        return rust_ident(&format!("{}_{i}", g.name));
    }
    rust_ident(&g.name)
}

/// Rust identifiers for a function's locals, unique within the function.
pub fn local_idents(f: &Function) -> Vec<Ident> {
    idents_for(&f.locals)
}

thread_local! {
    /// The Rust names of the functions of the program being generated. A local of the
    /// same name would shadow its function in the Rust code (a class body or a
    /// comprehension may bind `f` and call the function `f`), so locals avoid them.
    static FUNCTION_NAMES: std::cell::RefCell<HashSet<String>> =
        std::cell::RefCell::new(HashSet::new());
}

/// Records the program's function names, for `idents_for`.
pub fn set_function_names(m: &Module) {
    let names = m
        .funcs
        .iter()
        .map(|f| func_ident(&f.rust_name).to_string())
        .collect();
    FUNCTION_NAMES.with(|n| *n.borrow_mut() = names);
}

/// Rust identifiers for locals, unique among them and distinct from the functions'.
pub fn idents_for(locals: &[molt_front::hir::Local]) -> Vec<Ident> {
    let mut used = FUNCTION_NAMES.with(|n| n.borrow().clone());
    locals
        .iter()
        .map(|l| {
            let mut id = rust_ident(&l.name);
            while !used.insert(id.to_string()) {
                id = Ident::new(
                    &format!("{}_", id.to_string().trim_start_matches("r#")),
                    Span::call_site(),
                );
            }
            id
        })
        .collect()
}

/// The `name` and `path` attributes of an ImportError the front end raises for an import
/// (lower_import.rs writes these messages, as Python/import.c and importlib word them).
pub fn import_error_parts(kind: &str, msg: &str) -> Option<(String, String)> {
    match kind {
        "ModuleNotFoundError" => {
            let name = msg.strip_prefix("No module named '")?.strip_suffix('\'')?;
            Some((name.to_string(), String::new()))
        }
        "ImportError" => {
            let rest = msg.strip_prefix("cannot import name '")?;
            let (_, rest) = rest.split_once("' from '")?;
            let (module, rest) = rest.split_once("' (")?;
            let path = rest.strip_suffix(')')?;
            Some((module.to_string(), path.to_string()))
        }
        _ => None,
    }
}
