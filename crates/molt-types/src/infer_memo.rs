//! Memoised functions (`Function::cache`): `f.cache_info()`, `f.cache_clear()` and
//! `f.cache_parameters()` read the function's cache, not its value, so they do not make
//! the function escape (its parameters stay typed; codegen's memo.rs emits them).

use super::*;

/// The memoised function whose cache method this call is (`f.cache_info()` with no
/// arguments on a module-level memoised `f`).
pub fn memo_method(
    m: &Module,
    recv: &Expr,
    name: &str,
    args: &[Expr],
    kwargs: &[(String, Expr)],
) -> Option<FuncId> {
    let ExprKind::FuncRef(f) = recv.kind else {
        return None;
    };
    let ok = m.funcs[f.index()].cache.is_some()
        && matches!(name, "cache_info" | "cache_clear" | "cache_parameters")
        && args.is_empty()
        && kwargs.is_empty();
    ok.then_some(f)
}

impl<'m> Infer<'m> {
    /// Types a cache method call; false when the call is not one.
    pub(super) fn memo_call(
        &mut self,
        e: &Expr,
        recv: &Expr,
        name: &str,
        args: &[Expr],
        kwargs: &[(String, Expr)],
    ) -> bool {
        if memo_method(self.m, recv, name, args, kwargs).is_none() {
            return false;
        }
        match name {
            "cache_clear" => self.set_ctor(e, Ctor::None),
            _ => self.set_dyn(e),
        }
        true
    }
}
