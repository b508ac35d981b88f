//! molt's front end: Python source to HIR (parsing with ruff, scopes, name resolution,
//! call binding) and the diagnostics for what molt refuses.
//!
//! Architecture invariant: the front end knows nothing of types or Rust.

pub mod catalog;
pub mod catalog_cpython;
pub mod catalog_doc;
pub mod diag;
pub mod hir;
pub mod hir_visit;
pub mod lower;
mod mangle;
pub mod modules_graph;
mod split;

pub use diag::{Diagnostic, Span};
pub use lower::{lower_module, lower_program};
