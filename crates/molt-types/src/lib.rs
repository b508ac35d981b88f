//! Whole-program type inference for molt's HIR.
//!
//! Architecture invariant: inference decides what each value's type is; it never decides
//! how a type is represented in Rust (that is codegen's job) and never changes behaviour:
//! a value it cannot type is `Dyn`, which the runtime handles exactly like Python.

pub mod engine;
pub mod flow;
pub mod infer;
pub mod ty;

pub use infer::{
    ClassTypes, MethodPlan, SLOT_AUG, SLOT_ELEM, SLOT_ITEM, TypeInfo, callable_lambda,
    counts_items_ty, genexpr_call, genexpr_source, infer, iter_late_ok_ty, memo_method, op_methods,
};
pub use ty::Ty;
