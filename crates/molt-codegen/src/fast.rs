//! Fast versions of pure numeric functions (see molt-runtime's fast.rs for why they are
//! exact). A function qualifies when its parameters, locals and result are ints, floats or
//! bools, it only does arithmetic and comparisons, control flow and calls to other
//! qualifying functions, and touches nothing outside its own frame except reading numeric
//! globals. Its fast version works on i64/f64 and gives up (`None`) on anything unusual
//! (overflow, a zero divisor, an int too large to meet a float exactly); the exact version
//! then runs from the start.

use crate::Gen;
use crate::stmt::lifetime;
use molt_front::hir::*;
use molt_types::Ty;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use std::collections::HashSet;

type Fast = Result<TokenStream, ()>;

pub(crate) fn fast_ident(name: &str) -> Ident {
    let base = crate::names::func_ident(name).to_string();
    format_ident!("{}__fast", base.trim_start_matches("r#"))
}

pub(crate) fn switch_ident(name: &str) -> Ident {
    let base = crate::names::func_ident(name).to_string();
    format_ident!("FAST_{}", base.trim_start_matches("r#"))
}

fn small(t: &Ty) -> bool {
    matches!(t, Ty::Int | Ty::Bool | Ty::Float)
}

/// State while generating fast code: a whole function, or one loop of exact code.
pub(crate) struct Ctx {
    func: Option<FuncId>,
    locals: Vec<Ident>,
    /// (continue code, break code) of the enclosing loops, innermost last.
    loops: Vec<(TokenStream, TokenStream)>,
    counter: u32,
    /// Where giving up goes: `?` (a fast function returns None) or a labeled block.
    fail: Option<syn::Lifetime>,
    /// Locals read and written by the code generated so far.
    pub(crate) used: HashSet<u32>,
    pub(crate) written: HashSet<u32>,
    /// For a fast loop: locals unbound on entry, with the flag recording that they were
    /// bound by an iteration.
    flags: std::collections::HashMap<u32, Ident>,
    /// For a fast loop: the list locals whose items (ints, floats, bools) the body may read
    /// and store, borrowed for the whole loop: bound on entry and never rebound in it.
    list_ok: HashSet<u32>,
    /// The lists the body indexes, and whether it stores into them.
    lists: std::collections::BTreeMap<u32, bool>,
    /// An item may have been stored earlier in this iteration: giving up now must undo it.
    dirty: bool,
    /// Giving up was generated after a store (see `dirty`).
    needs_undo: std::cell::Cell<bool>,
    /// Stores log the item they replace, so that giving up restores it.
    undo: bool,
    /// The code calls fast functions (which take the call depth).
    calls: bool,
    /// For a fast loop: list locals the body binds to items of a list of lists (see
    /// `Handle`).
    handles: std::collections::HashMap<u32, Handle>,
    /// Lists borrowed for the whole loop and indexed only by constants below N: one length
    /// check on entry, then fixed-size arrays (no check, no give-up per access).
    arrays: std::collections::HashMap<u32, usize>,
    /// The handles bound where the code being generated runs: (local, block depth, the
    /// borrow, the array), innermost last; a read of a handle not bound here is not fast.
    hbound: Vec<(u32, usize, Ident, Ident)>,
    /// Block nesting depth of the code being generated.
    depth: usize,
    /// Lists whose only stores are prefix reversals (`freverse`): an undoable reversal
    /// logs its length, and undoing reverses again.
    rev_only: HashSet<u32>,
    /// Lists whose stores logged items (`{name}__u`) / reversals (`{name}__r`).
    item_logged: HashSet<u32>,
    rev_logged: HashSet<u32>,
    /// A store inside a nested loop logs the item it replaces: the log grows with the
    /// inner loop's length (a sieve's outer loop would log millions of items per
    /// iteration), so the outer loop is left exact and the inner one gets its own attempt.
    logged_in_inner_loop: bool,
}

/// A list local that a fast loop binds, in every place it binds it, to an item of one list
/// of lists (`b = bodies[i]`, `for b in bodies:`) and indexes only by constants below `n`.
/// Each binding borrows the item list (mutably when the loop stores into it; a list that
/// is already borrowed, aliased by another handle or by a list of the loop, gives up) and
/// checks its length once. The exact local is written back after the loop from `src`'s
/// item at the last bound position.
#[derive(Clone)]
struct Handle {
    src: u32,
    n: usize,
    stored: bool,
}

/// How the code reaches a list's items: a borrowed vector (Python indexes, checked per
/// access) or a fixed-size array (constant indexes, checked once).
enum Acc {
    Vec(Ident),
    Arr(Ident),
}

impl Ctx {
    /// `code` is an `Option`: its value, or give up.
    fn t(&self, code: TokenStream) -> TokenStream {
        self.may_give_up();
        match &self.fail {
            None => quote! { #code? },
            Some(l) => quote! { match #code { Some(v) => v, None => break #l } },
        }
    }

    fn may_give_up(&self) {
        if self.dirty {
            self.needs_undo.set(true);
        }
    }

    fn new(func: Option<FuncId>, locals: Vec<Ident>) -> Ctx {
        Ctx {
            func,
            locals,
            loops: vec![],
            counter: 0,
            fail: None,
            used: HashSet::new(),
            written: HashSet::new(),
            flags: std::collections::HashMap::new(),
            list_ok: HashSet::new(),
            lists: std::collections::BTreeMap::new(),
            dirty: false,
            needs_undo: std::cell::Cell::new(false),
            undo: false,
            calls: false,
            handles: std::collections::HashMap::new(),
            arrays: std::collections::HashMap::new(),
            hbound: vec![],
            depth: 0,
            rev_only: HashSet::new(),
            item_logged: HashSet::new(),
            rev_logged: HashSet::new(),
            logged_in_inner_loop: false,
        }
    }

    /// Records a write of local `l`: its flag, if it has one.
    fn wrote(&mut self, l: LocalId) -> TokenStream {
        self.written.insert(l.0);
        match self.flags.get(&l.0) {
            Some(f) => quote! { #f = true; },
            None => quote! {},
        }
    }

    fn give_up(&self) -> TokenStream {
        self.may_give_up();
        match &self.fail {
            None => quote! { return None; },
            Some(l) => quote! { break #l; },
        }
    }
}

impl<'m> Gen<'m> {
    /// Decides which functions get a fast version, and generates them.
    pub(crate) fn fast_functions(&mut self) -> Vec<TokenStream> {
        let m = self.m;
        let mut set: HashSet<u32> = (0..m.funcs.len() as u32)
            .filter(|i| self.fast_signature_ok(FuncId(*i)))
            .collect();
        loop {
            let mut bad = vec![];
            for &i in &set {
                if self.fast_body(FuncId(i), &set).is_err() {
                    bad.push(i);
                }
            }
            if bad.is_empty() {
                break;
            }
            for b in bad {
                set.remove(&b);
            }
        }
        self.fast = set.clone();
        let mut out = vec![];
        let mut ids: Vec<u32> = set.into_iter().collect();
        ids.sort();
        for i in ids {
            if let Ok(code) = self.fast_body(FuncId(i), &self.fast.clone()) {
                out.push(code);
            }
        }
        out
    }

    fn local_ty(&self, cx: &Ctx, l: LocalId) -> Ty {
        self.info.var(cx.func, Var::Local(l)).clone()
    }

    fn fast_signature_ok(&self, fid: FuncId) -> bool {
        let f = &self.m.funcs[fid.index()];
        let tys = &self.info.locals[fid.index()];
        // Closures and cells live outside the i64 world.
        // A memoised function's calls go through its cache (memo.rs).
        !f.dynamic
            && f.cache.is_none()
            && !f.is_generator
            && f.cells.is_empty()
            && small(&self.info.returns[fid.index()])
            && tys.iter().all(small)
            && f.params
                .iter()
                .all(|p| !matches!(p.default, Some(Default::Global(_))))
            && crate::assign::maybe_unbound(f).is_empty()
    }

    fn fast_body(&mut self, fid: FuncId, set: &HashSet<u32>) -> Fast {
        let f = &self.m.funcs[fid.index()];
        let locals = crate::names::local_idents(f);
        let mut cx = Ctx::new(Some(fid), locals);
        let body = self.fblock(&f.body, &mut cx, set)?;
        let name = fast_ident(&f.rust_name);
        let rty = fty(&self.info.returns[fid.index()]);
        let params: Vec<TokenStream> = f
            .params
            .iter()
            .map(|p| {
                let id = &cx.locals[p.local.index()];
                let t = fty(&self.info.locals[fid.index()][p.local.index()]);
                quote! { mut #id: #t }
            })
            .collect();
        let param_set: HashSet<u32> = f.params.iter().map(|p| p.local.0).collect();
        let decls: Vec<TokenStream> = f
            .locals
            .iter()
            .enumerate()
            .filter(|(i, _)| !param_set.contains(&(*i as u32)))
            .map(|(i, _)| {
                let id = &cx.locals[i];
                let t = fty(&self.info.locals[fid.index()][i]);
                quote! { let mut #id: #t; }
            })
            .collect();
        let end = if molt_types::flow::falls_through(&f.body) {
            // Falling off the end returns None, which is not an int: not a fast function.
            return Err(());
        } else {
            quote! { None }
        };
        Ok(quote! {
            /// The i64 fast path of the function of the same name (see rt::fast).
            fn #name(#(#params,)* __depth: rt::fast::Depth) -> Option<#rty> {
                let __depth = __depth.enter()?;
                #(#decls)*
                #body
                #end
            }
        })
    }

    /// A block of statements, emitted inside a Rust block (handles bound in it go out of
    /// scope at its end).
    fn fblock(&mut self, body: &[Stmt], cx: &mut Ctx, set: &HashSet<u32>) -> Fast {
        let mark = cx.hbound.len();
        cx.depth += 1;
        let mut out = vec![];
        for s in body {
            match self.fstmt(s, cx, set) {
                Ok(c) => out.push(c),
                Err(()) => return Err(()),
            }
        }
        cx.depth -= 1;
        cx.hbound.truncate(mark);
        Ok(quote! { #(#out)* })
    }

    /// Binds handle `h` to item `a` (a usize in range or not) of its source list: the
    /// code is a sequence of `let`s whose scope is the rest of the enclosing block.
    fn bind_handle(&self, cx: &mut Ctx, h: u32, a: &Ident) -> Fast {
        let hd = cx.handles.get(&h).ok_or(())?.clone();
        cx.lists.entry(hd.src).or_insert(false);
        let src = list_vec_ident(&self.local_idents[hd.src as usize]);
        let base = &self.local_idents[h as usize];
        let hi = handle_index_ident(base);
        cx.counter += 1;
        let v = format_ident!(
            "{}__v{}",
            base.to_string().trim_start_matches("r#"),
            cx.counter
        );
        let arr = format_ident!(
            "{}__a{}",
            base.to_string().trim_start_matches("r#"),
            cx.counter
        );
        let hr = format_ident!("__h{}", cx.counter);
        let n = proc_macro2::Literal::usize_unsuffixed(hd.n);
        let give_up = cx.give_up();
        // A binding of the same handle earlier in this block still holds its borrow.
        let mut drop_old = quote! {};
        if let Some(pos) = cx.hbound.iter().rposition(|e| e.0 == h)
            && cx.hbound[pos].1 == cx.depth
        {
            let old = cx.hbound.remove(pos).2;
            drop_old = quote! { drop(#old); };
        }
        let borrow = if hd.stored {
            quote! {
                let Some(mut #v) = #hr.try_borrow_mut() else { #give_up };
                let Some(#arr) = #v.first_chunk_mut::<#n>() else { #give_up };
            }
        } else {
            quote! {
                let Some(#v) = #hr.try_borrow() else { #give_up };
                let Some(#arr) = #v.first_chunk::<#n>() else { #give_up };
            }
        };
        // Undoable stores: the items of the list as bound, restored (latest binding first)
        // if the iteration gives up. Only a position's first binding in the iteration is
        // logged (a bit per position below 64): nothing changed its items before it, and
        // restoring the first of each list last restores the iteration's start, also when
        // one list sits at two positions.
        let log = if hd.stored && cx.undo {
            let sid = &self.local_idents[hd.src as usize];
            let u = handle_log_ident(sid);
            let seen = handle_seen_ident(sid);
            quote! {
                let __bit: u64 = if #a < 64 { 1u64 << #a } else { 0 };
                if __bit == 0 || #seen & __bit == 0 {
                    #seen |= __bit;
                    #u.push((#a, #arr.clone()));
                }
            }
        } else {
            quote! {}
        };
        cx.hbound.push((h, cx.depth, v, arr));
        Ok(quote! {
            #drop_old
            let Some(#hr) = #src.get(#a) else { #give_up };
            #hi = #a;
            #borrow
            #log
        })
    }

    fn fstmt(&mut self, s: &Stmt, cx: &mut Ctx, set: &HashSet<u32>) -> Fast {
        Ok(match &s.kind {
            StmtKind::Pass => quote! {},
            StmtKind::Assign { targets, value }
                if let [t] = &targets[..]
                    && let TargetKind::Var(Var::Local(h)) = t.kind
                    && cx.handles.contains_key(&h.0) =>
            {
                // `b = bodies[i]`: a handle bound to an item of its list of lists.
                let ExprKind::Subscript(obj, index) = &value.kind else {
                    return Err(());
                };
                let src = cx.handles.get(&h.0).ok_or(())?.src;
                if !matches!(obj.kind, ExprKind::Name(Var::Local(l)) if l.0 == src) {
                    return Err(());
                }
                let (ic, it) = self.fexpr(index, cx, set)?;
                let ic = coerce(ic, &it, &Ty::Int)?;
                cx.lists.entry(src).or_insert(false);
                let sv = list_vec_ident(&self.local_idents[src as usize]);
                cx.counter += 1;
                let a = format_ident!("__a{}", cx.counter);
                let give_up = cx.give_up();
                let bind = self.bind_handle(cx, h.0, &a)?;
                quote! {
                    let Some(#a) = rt::list::norm_index(#ic, #sv.len()) else { #give_up };
                    #bind
                }
            }
            StmtKind::Assign { targets, value }
                if let [t] = &targets[..]
                    && let TargetKind::Slice { .. } = t.kind =>
            {
                self.freverse(t, value, cx, set)?
            }
            StmtKind::Assign { targets, value } => {
                // `a, b = b, a + b`: every item first, then the targets from left to right
                // (`a[i], a[j] = a[j], a[i]`).
                if let [t] = &targets[..]
                    && let TargetKind::Tuple(ts) = &t.kind
                    && let ExprKind::Tuple(items) = &value.kind
                    && ts.len() == items.len()
                {
                    let mut lets = vec![];
                    let mut vals = vec![];
                    for (i, item) in items.iter().enumerate() {
                        let (c, ct) = self.fexpr(item, cx, set)?;
                        let tmp = format_ident!("__t{}", i);
                        lets.push(quote! { let #tmp = #c; });
                        vals.push((tmp, ct));
                    }
                    let mut sets = vec![];
                    for (t, (tmp, ct)) in ts.iter().zip(vals) {
                        sets.push(self.fstore(t, quote! { #tmp }, &ct, cx, set)?);
                    }
                    return Ok(quote! { { #(#lets)* #(#sets)* } });
                }
                let (v, vt) = self.fexpr(value, cx, set)?;
                if let [t] = &targets[..] {
                    return self.fstore(t, v, &vt, cx, set);
                }
                // Chains `a[i] = b[j] = v`: the value once, then each target in order.
                let tmp = format_ident!("__sv");
                let mut stores = vec![];
                for t in targets {
                    stores.push(self.fstore(t, quote! { #tmp }, &vt, cx, set)?);
                }
                quote! { { let #tmp = #v; #(#stores)* } }
            }
            StmtKind::AugAssign { target, op, value } => {
                if let TargetKind::Subscript { obj, index } = &target.kind {
                    return self.faug_item(obj, index, *op, value, cx, set);
                }
                let TargetKind::Var(Var::Local(l)) = &target.kind else {
                    return Err(());
                };
                let lt = self.local_ty(cx, *l);
                let id = cx.locals[l.index()].clone();
                cx.used.insert(l.0);
                let flag = cx.wrote(*l);
                let (v, vt) = self.fexpr(value, cx, set)?;
                let r = match lt {
                    Ty::Int => {
                        let v = coerce(v, &vt, &Ty::Int)?;
                        fbinop(cx, *op, quote! { #id }, v, Some(value))?
                    }
                    Ty::Float => float_binop(cx, *op, quote! { #id }, &lt, v, &vt)?,
                    _ => return Err(()),
                };
                quote! { #id = #r; #flag }
            }
            StmtKind::If { test, body, orelse } => {
                let c = self.fcond(test, cx, set)?;
                let b = self.fblock(body, cx, set)?;
                let o = self.fblock(orelse, cx, set)?;
                quote! { if #c { #b } else { #o } }
            }
            StmtKind::While { test, body, orelse } => {
                if !orelse.is_empty() {
                    return Err(());
                }
                cx.counter += 1;
                let label = format_ident!("fast_loop_{}", cx.counter);
                let l = lifetime(&label);
                // From the second time round, the test follows the body's stores.
                cx.dirty |= stores_items(body);
                let c = self.fcond(test, cx, set)?;
                cx.loops
                    .push((quote! { continue #l; }, quote! { break #l; }));
                let b = self.fblock(body, cx, set);
                cx.loops.pop();
                let b = b?;
                quote! { #l: while #c { #b } }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } if orelse.is_empty()
                && let TargetKind::Var(Var::Local(h)) = target.kind
                && let ExprKind::Name(Var::Local(src)) = iter.kind
                && cx.handles.get(&h.0).is_some_and(|hd| hd.src == src.0) =>
            {
                // `for b in bodies:` over a list of lists: the list cannot change during
                // the fast loop (it is borrowed, and fast code has no way to resize it), so
                // its length is read once.
                cx.dirty |= stores_items(body);
                cx.lists.entry(src.0).or_insert(false);
                let sv = list_vec_ident(&self.local_idents[src.index()]);
                cx.counter += 1;
                let label = format_ident!("fast_loop_{}", cx.counter);
                let l = lifetime(&label);
                let a = format_ident!("__a{}", cx.counter);
                let n = format_ident!("__n{}", cx.counter);
                let k = format_ident!("__k{}", cx.counter);
                cx.loops
                    .push((quote! { continue #l; }, quote! { break #l; }));
                // The binding is in scope for the whole body.
                let mark = cx.hbound.len();
                cx.depth += 1;
                let bind = self.bind_handle(cx, h.0, &a);
                let b = match bind {
                    Ok(_) => self.fblock(body, cx, set),
                    Err(()) => Err(()),
                };
                cx.depth -= 1;
                cx.hbound.truncate(mark);
                cx.loops.pop();
                let (bind, b) = (bind?, b?);
                quote! {
                    {
                        let #n: usize = #sv.len();
                        let mut #k: usize = 0;
                        #l: while #k < #n {
                            let #a = #k;
                            #k += 1;
                            #bind
                            #b
                        }
                    }
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                if !orelse.is_empty() {
                    return Err(());
                }
                let TargetKind::Var(Var::Local(tl)) = &target.kind else {
                    return Err(());
                };
                let ExprKind::Call {
                    callee: Callee::Builtin(b),
                    args,
                    kwargs,
                } = &iter.kind
                else {
                    return Err(());
                };
                if b != "range" || !kwargs.is_empty() || args.is_empty() || args.len() > 3 {
                    return Err(());
                }
                if self.local_ty(cx, *tl) != Ty::Int {
                    return Err(());
                }
                cx.dirty |= stores_items(body);
                let mut vals = vec![];
                for a in args {
                    let (c, t) = self.fexpr(a, cx, set)?;
                    vals.push(coerce(c, &t, &Ty::Int)?);
                }
                let unit = vals.len() < 3;
                let (start, stop, step) = match vals.len() {
                    1 => (quote! { 0i64 }, vals[0].clone(), quote! { 1i64 }),
                    2 => (vals[0].clone(), vals[1].clone(), quote! { 1i64 }),
                    _ => (vals[0].clone(), vals[1].clone(), vals[2].clone()),
                };
                cx.counter += 1;
                let label = format_ident!("fast_loop_{}", cx.counter);
                let l = lifetime(&label);
                let id = cx.locals[tl.index()].clone();
                let tflag = cx.wrote(*tl);
                cx.loops
                    .push((quote! { continue #l; }, quote! { break #l; }));
                let b = self.fblock(body, cx, set);
                cx.loops.pop();
                let b = b?;
                // Python evaluates the range once; the loop counts the items (with a step
                // of 1, without a 128-bit division; a count beyond i64 cannot finish).
                let count = if unit {
                    quote! {
                        let __n: i64 = if __start < __stop {
                            (__stop as i128 - __start as i128).min(i64::MAX as i128) as i64
                        } else { 0 };
                    }
                } else {
                    let give_up = cx.give_up();
                    quote! {
                        if __step == 0 { #give_up }
                        let __n: i64 = if __step > 0 {
                            if __start < __stop { ((__stop as i128 - __start as i128 - 1) / __step as i128 + 1) as i64 } else { 0 }
                        } else if __start > __stop {
                            ((__start as i128 - __stop as i128 - 1) / (-(__step as i128)) + 1) as i64
                        } else { 0 };
                    }
                };
                quote! {
                    {
                        let __start: i64 = #start;
                        let __stop: i64 = #stop;
                        let __step: i64 = #step;
                        #count
                        let mut __k: i64 = 0;
                        #l: while __k < __n {
                            #id = __start + __k * __step;
                            #tflag
                            __k += 1;
                            #b
                        }
                    }
                }
            }
            StmtKind::Break => cx.loops.last().ok_or(())?.1.clone(),
            StmtKind::Continue => cx.loops.last().ok_or(())?.0.clone(),
            StmtKind::Return(Some(v)) => {
                let func = cx.func.ok_or(())?;
                if cx.fail.is_some() {
                    return Err(());
                }
                let (c, t) = self.fexpr(v, cx, set)?;
                let rt_ = self.info.returns[func.index()].clone();
                let c = coerce(c, &t, &rt_)?;
                quote! { return Some(#c); }
            }
            StmtKind::Expr(e) if matches!(e.kind, ExprKind::CallFunc { .. }) => {
                let (c, _) = self.fexpr(e, cx, set)?;
                quote! { let _ = #c; }
            }
            _ => return Err(()),
        })
    }

    /// A list local the fast loop may index: how its items are reached, and the item
    /// type.
    fn flist(&mut self, obj: &Expr, cx: &mut Ctx) -> Result<(Acc, Ty), ()> {
        let ExprKind::Name(Var::Local(l)) = obj.kind else {
            return Err(());
        };
        let Ty::List(el) = self.local_ty(cx, l) else {
            return Err(());
        };
        if cx.list_ok.contains(&l.0) {
            cx.lists.entry(l.0).or_insert(false);
            let base = &self.local_idents[l.index()];
            let acc = if cx.arrays.contains_key(&l.0) {
                Acc::Arr(list_arr_ident(base))
            } else {
                Acc::Vec(list_vec_ident(base))
            };
            return Ok((acc, *el));
        }
        // A handle, where a binding of it is in scope.
        match cx.hbound.iter().rev().find(|e| e.0 == l.0) {
            Some(e) => Ok((Acc::Arr(e.3.clone()), *el)),
            None => Err(()),
        }
    }

    /// Stores `val` into item `i` of list `obj` (`pre` runs first, with `__s` the item's
    /// place), logging the old item when stores must be undoable; gives up when `i` is out
    /// of range. Records that the loop stores into the list.
    #[allow(clippy::too_many_arguments)]
    fn put_item(
        &self,
        cx: &mut Ctx,
        obj: &Expr,
        el: &Ty,
        acc: &Acc,
        i: TokenStream,
        pre: TokenStream,
        val: TokenStream,
    ) -> Fast {
        let ExprKind::Name(Var::Local(l)) = obj.kind else {
            return Err(());
        };
        let handle = !cx.list_ok.contains(&l.0);
        if handle {
            // Stores into a handle must have been foreseen (it is borrowed mutably).
            if !cx.handles.get(&l.0).is_some_and(|h| h.stored) {
                return Err(());
            }
        } else {
            cx.lists.insert(l.0, true);
        }
        let base = &self.local_idents[l.index()];
        let x = match el {
            Ty::Int => quote! { rt::Int::Small(#val) },
            _ => val,
        };
        let give_up = cx.give_up();
        if cx.undo && !handle {
            cx.item_logged.insert(l.0);
            if cx.loops.len() > 1 {
                cx.logged_in_inner_loop = true;
            }
        }
        let code = match acc {
            Acc::Arr(a) => {
                // A handle's items were logged when it was bound.
                let log = if cx.undo && !handle {
                    let u = list_undo_ident(base);
                    quote! { #u.push((#i, std::mem::replace(__s, #x))); }
                } else {
                    quote! { *__s = #x; }
                };
                quote! {
                    {
                        let __s = &mut #a[#i];
                        #pre
                        #log
                    }
                }
            }
            Acc::Vec(v) if cx.undo => {
                let u = list_undo_ident(base);
                quote! {
                    match rt::list::norm_index(#i, #v.len()) {
                        Some(__j) => {
                            let __s = &mut #v[__j];
                            #pre
                            #u.push((__j, std::mem::replace(__s, #x)));
                        }
                        None => { #give_up }
                    }
                }
            }
            Acc::Vec(v) => quote! {
                match rt::list::item_mut(&mut #v, #i) {
                    Some(__s) => {
                        #pre
                        *__s = #x;
                    }
                    None => { #give_up }
                }
            },
        };
        cx.dirty = true;
        Ok(code)
    }

    /// `xs[i]` in a fast loop: how the items are reached, the item type, and the index
    /// (i64 code for a vector, a usize literal below the array's length for an array).
    fn fitem(
        &mut self,
        obj: &Expr,
        index: &Expr,
        cx: &mut Ctx,
        set: &HashSet<u32>,
    ) -> Result<(Acc, Ty, TokenStream), ()> {
        let (acc, el) = self.flist(obj, cx)?;
        if let Acc::Arr(_) = acc {
            let ExprKind::Name(Var::Local(l)) = obj.kind else {
                return Err(());
            };
            let n = match cx.handles.get(&l.0) {
                Some(h) => h.n,
                None => *cx.arrays.get(&l.0).ok_or(())?,
            };
            return match const_index(index) {
                Some(c) if c < n => Ok((acc, el, usize_lit(c))),
                _ => Err(()),
            };
        }
        let (ic, it) = self.fexpr(index, cx, set)?;
        Ok((acc, el, coerce(ic, &it, &Ty::Int)?))
    }

    /// Stores `val` (of type `vt`) into an assignment target of a fast loop.
    fn fstore(
        &mut self,
        t: &Target,
        val: TokenStream,
        vt: &Ty,
        cx: &mut Ctx,
        set: &HashSet<u32>,
    ) -> Fast {
        match &t.kind {
            TargetKind::Var(Var::Local(l)) => {
                let id = cx.locals[l.index()].clone();
                let flag = cx.wrote(*l);
                let lt = self.local_ty(cx, *l);
                let v = coerce(val, vt, &lt)?;
                Ok(quote! { #id = #v; #flag })
            }
            TargetKind::Subscript { obj, index } => {
                let (acc, el, i) = self.fitem(obj, index, cx, set)?;
                // The list keeps what was stored: a bool stays a bool in a list of ints.
                if vt != &el {
                    return Err(());
                }
                // The value first, as Python evaluates it (and so that it may read the
                // vector before the store borrows it).
                if let Acc::Arr(_) = acc {
                    let put = self.put_item(cx, obj, &el, &acc, i, quote! {}, quote! { __x })?;
                    return Ok(quote! { { let __x = #val; #put } });
                }
                let put = self.put_item(
                    cx,
                    obj,
                    &el,
                    &acc,
                    quote! { __i },
                    quote! {},
                    quote! { __x },
                )?;
                Ok(quote! { { let __x = #val; let __i: i64 = #i; #put } })
            }
            _ => Err(()),
        }
    }

    /// `xs[:m] = xs[k::-1]` in a fast loop: when 0 <= k < len(xs) and m == k + 1 (the
    /// right side has exactly the m items the left side replaces), Python reverses the
    /// prefix in place; anything else (a negative or large k, another m, which would
    /// resize the list or clamp the bounds) gives up to the exact code.
    fn freverse(&mut self, t: &Target, value: &Expr, cx: &mut Ctx, set: &HashSet<u32>) -> Fast {
        let TargetKind::Slice {
            obj,
            lower: None,
            upper: Some(upper),
            step: None,
        } = &t.kind
        else {
            return Err(());
        };
        let ExprKind::Slice {
            obj: src,
            lower: Some(k),
            upper: None,
            step: Some(step),
        } = &value.kind
        else {
            return Err(());
        };
        let (ExprKind::Name(Var::Local(l)), ExprKind::Name(Var::Local(l2))) =
            (&obj.kind, &src.kind)
        else {
            return Err(());
        };
        let minus_one = match &step.kind {
            ExprKind::Int(-1) => true,
            ExprKind::Unary(UnaryOp::Neg, x) => matches!(x.kind, ExprKind::Int(1)),
            _ => false,
        };
        if l != l2 || !minus_one {
            return Err(());
        }
        let (Acc::Vec(v), el) = self.flist(obj, cx)? else {
            return Err(());
        };
        // The right side first, as Python evaluates it.
        let (kc, kt) = self.fexpr(k, cx, set)?;
        let kc = coerce(kc, &kt, &Ty::Int)?;
        let (mc, mt) = self.fexpr(upper, cx, set)?;
        let mc = coerce(mc, &mt, &Ty::Int)?;
        let give_up = cx.give_up();
        cx.lists.insert(l.0, true);
        let log = if !cx.undo {
            quote! {}
        } else if cx.rev_only.contains(&l.0) {
            // Reversing the same prefix again undoes it.
            cx.rev_logged.insert(l.0);
            let r = list_rev_ident(&self.local_idents[l.index()]);
            quote! { #r.push(__s.len()); }
        } else {
            cx.item_logged.insert(l.0);
            let u = list_undo_ident(&self.local_idents[l.index()]);
            quote! {
                for (__j, __x) in __s.iter().enumerate() {
                    #u.push((__j, __x.clone()));
                }
            }
        };
        cx.dirty = true;
        if !small(&el) {
            return Err(());
        }
        Ok(quote! {
            {
                let __k: i64 = #kc;
                let __m: i64 = #mc;
                if __k < 0 || __k >= #v.len() as i64 || __m != __k + 1 { #give_up }
                // Always within the list (k < len).
                if let Some(__s) = #v.get_mut(..__m as usize) {
                    #log
                    __s.reverse();
                }
            }
        })
    }

    /// `xs[i] op= v` in a fast loop (ints with int operands, floats).
    fn faug_item(
        &mut self,
        obj: &Expr,
        index: &Expr,
        op: BinOp,
        value: &Expr,
        cx: &mut Ctx,
        set: &HashSet<u32>,
    ) -> Fast {
        let (acc, el, i) = self.fitem(obj, index, cx, set)?;
        let (x, xt) = self.fexpr(value, cx, set)?;
        let cur = match el {
            Ty::Int => {
                let g = cx.give_up();
                quote! { let Some(__c) = __s.as_i64() else { #g }; }
            }
            Ty::Float => quote! { let __c = *__s; },
            _ => return Err(()),
        };
        let r = match el {
            Ty::Int => {
                let x = coerce(quote! { __x }, &xt, &Ty::Int)?;
                fbinop(cx, op, quote! { __c }, x, Some(value))?
            }
            _ => float_binop(cx, op, quote! { __c }, &el, quote! { __x }, &xt)?,
        };
        let pre = quote! { #cur let __r = #r; };
        if let Acc::Arr(_) = acc {
            let put = self.put_item(cx, obj, &el, &acc, i, pre, quote! { __r })?;
            return Ok(quote! { { let __x = #x; #put } });
        }
        let put = self.put_item(cx, obj, &el, &acc, quote! { __i }, pre, quote! { __r })?;
        Ok(quote! { { let __x = #x; let __i: i64 = #i; #put } })
    }

    fn fcond(&mut self, e: &Expr, cx: &mut Ctx, set: &HashSet<u32>) -> Fast {
        let (c, t) = self.fexpr(e, cx, set)?;
        Ok(truth(c, &t))
    }

    /// An int, float or bool expression as i64/f64/bool code (with `?` giving up).
    fn fexpr(
        &mut self,
        e: &Expr,
        cx: &mut Ctx,
        set: &HashSet<u32>,
    ) -> Result<(TokenStream, Ty), ()> {
        let t = self.info.expr(e).clone();
        if !small(&t) {
            return Err(());
        }
        let code = match &e.kind {
            ExprKind::Int(v) => quote! { #v },
            ExprKind::Float(v) => crate::expr::float_lit(*v),
            ExprKind::Bool(b) => quote! { #b },
            ExprKind::Name(Var::Local(l)) => {
                cx.used.insert(l.0);
                let id = &cx.locals[l.index()];
                quote! { #id }
            }
            ExprKind::Name(Var::Global(g)) => {
                let field = crate::names::global_field(g.index(), self.m);
                let name = self.m.globals[g.index()].name.clone();
                match self.info.globals[g.index()] {
                    Ty::Int => {
                        let v = cx.t(quote! { GLOBALS.with(|g| g.#field.get(#name)).ok() });
                        cx.t(quote! { #v.as_i64() })
                    }
                    Ty::Bool | Ty::Float => {
                        cx.t(quote! { GLOBALS.with(|g| g.#field.get(#name)).ok() })
                    }
                    _ => return Err(()),
                }
            }
            ExprKind::Binary(op, l, r) => {
                let (lc, lt) = self.fexpr(l, cx, set)?;
                let (rc, rt_) = self.fexpr(r, cx, set)?;
                if lt == Ty::Bool && rt_ == Ty::Bool && t == Ty::Bool {
                    match op {
                        BinOp::BitAnd => quote! { (#lc & #rc) },
                        BinOp::BitOr => quote! { (#lc | #rc) },
                        BinOp::BitXor => quote! { (#lc ^ #rc) },
                        _ => return Err(()),
                    }
                } else if t == Ty::Float {
                    float_binop(cx, *op, lc, &lt, rc, &rt_)?
                } else {
                    if t != Ty::Int {
                        return Err(());
                    }
                    let lc = coerce(lc, &lt, &Ty::Int)?;
                    let rc = coerce(rc, &rt_, &Ty::Int)?;
                    // In a loop of exact code, value ranges may prove the operation cannot
                    // overflow (or divide by zero): then no check is needed.
                    let proven = cx.fail.is_some()
                        && [e.id, l.id, r.id].iter().all(|id| {
                            self.ranges
                                .get(id)
                                .is_some_and(|rg| crate::bounds::fits_i64(*rg))
                        });
                    let rr = self.ranges.get(&r.id).copied().unwrap_or((0, 0));
                    let lr = self.ranges.get(&l.id).copied().unwrap_or((-1, -1));
                    let nonzero = rr.0 > 0 || rr.1 < 0;
                    // Non-negative operands: Python's // and % are Rust's.
                    let both_pos = lr.0 >= 0 && rr.0 > 0;
                    match op {
                        BinOp::Add if proven => quote! { (#lc + #rc) },
                        BinOp::Sub if proven => quote! { (#lc - #rc) },
                        BinOp::Mul if proven => quote! { (#lc * #rc) },
                        BinOp::Mod if proven && both_pos => quote! { (#lc % #rc) },
                        BinOp::FloorDiv if proven && both_pos => quote! { (#lc / #rc) },
                        BinOp::Mod if proven && nonzero => quote! { rt::rt::mod_i64(#lc, #rc) },
                        BinOp::FloorDiv if proven && nonzero => {
                            quote! { rt::rt::floordiv_i64(#lc, #rc) }
                        }
                        _ => fbinop(cx, *op, lc, rc, Some(r))?,
                    }
                }
            }
            ExprKind::Unary(op, x) => {
                let (c, xt) = self.fexpr(x, cx, set)?;
                match op {
                    UnaryOp::Not => {
                        let b = truth(c, &xt);
                        quote! { !#b }
                    }
                    UnaryOp::Neg if xt == Ty::Float => quote! { (-#c) },
                    UnaryOp::Pos if xt == Ty::Float => c,
                    _ => {
                        let c = coerce(c, &xt, &Ty::Int)?;
                        match op {
                            UnaryOp::Neg => cx.t(quote! { rt::fast::neg(#c) }),
                            UnaryOp::Pos => c,
                            _ => quote! { !#c },
                        }
                    }
                }
            }
            ExprKind::Compare(first, rest) => {
                // With a float anywhere in the chain, every operand compares as a double;
                // ints only when exact (Python compares int with float exactly).
                let float = std::iter::once(&**first)
                    .chain(rest.iter().map(|(_, x)| x))
                    .any(|x| self.info.expr(x) == &Ty::Float);
                let operand = |c: TokenStream, ct: &Ty, cx: &Ctx| -> Fast {
                    match (float, ct) {
                        (true, Ty::Int) => Ok(cx.t(quote! { rt::fast::i2f_exact(#c) })),
                        (true, _) => coerce(c, ct, &Ty::Float),
                        (false, _) => coerce(c, ct, &Ty::Int),
                    }
                };
                let (fc, ft) = self.fexpr(first, cx, set)?;
                let mut prev = operand(fc, &ft, cx)?;
                let mut lets = vec![quote! { let __c0 = #prev; }];
                prev = quote! { __c0 };
                let mut tests = vec![];
                for (i, (op, x)) in rest.iter().enumerate() {
                    let (xc, xt) = self.fexpr(x, cx, set)?;
                    let xc = operand(xc, &xt, cx)?;
                    let sym = match op {
                        CmpOp::Eq => quote! { == },
                        CmpOp::NotEq => quote! { != },
                        CmpOp::Lt => quote! { < },
                        CmpOp::LtE => quote! { <= },
                        CmpOp::Gt => quote! { > },
                        CmpOp::GtE => quote! { >= },
                        _ => return Err(()),
                    };
                    let name = format_ident!("__c{}", i + 1);
                    // Later operands are evaluated only if the earlier tests passed.
                    tests.push((quote! { let #name = #xc; }, quote! { (#prev #sym #name) }));
                    prev = quote! { #name };
                }
                let mut acc = quote! { true };
                for (l, t) in tests.into_iter().rev() {
                    acc = quote! { { #l if #t { #acc } else { false } } };
                }
                let first_let = lets.remove(0);
                quote! { { #first_let #acc } }
            }
            ExprKind::BoolOp(kind, values) => {
                let mut parts = vec![];
                for v in values {
                    let (c, vt) = self.fexpr(v, cx, set)?;
                    // A bool of operands of other types is only truth-tested (infer.rs
                    // `truth_test`): each operand's truth.
                    parts.push(if t == Ty::Bool {
                        truth(c, &vt)
                    } else {
                        coerce(c, &vt, &t)?
                    });
                }
                let mut it = parts.into_iter().rev();
                let mut acc = it.next().ok_or(())?;
                for p in it {
                    let tst = truth(quote! { __v }, &t);
                    acc = match kind {
                        BoolOpKind::And => {
                            quote! { { let __v = #p; if #tst { #acc } else { __v } } }
                        }
                        BoolOpKind::Or => {
                            quote! { { let __v = #p; if #tst { __v } else { #acc } } }
                        }
                    };
                }
                acc
            }
            ExprKind::IfExp(c, a, b) => {
                let cc = self.fcond(c, cx, set)?;
                let (ac, at) = self.fexpr(a, cx, set)?;
                let (bc, bt) = self.fexpr(b, cx, set)?;
                let ac = coerce(ac, &at, &t)?;
                let bc = coerce(bc, &bt, &t)?;
                quote! { if #cc { #ac } else { #bc } }
            }
            ExprKind::CallFunc { func, args } => {
                if !set.contains(&func.0) {
                    return Err(());
                }
                let callee = &self.m.funcs[func.index()];
                let name = fast_ident(&callee.rust_name);
                let mut vals = vec![];
                for (i, a) in args.iter().enumerate() {
                    let p = &callee.params[i];
                    let pt = self.info.locals[func.index()][p.local.index()].clone();
                    let (c, ct) = match a {
                        Some(a) => self.fexpr(a, cx, set)?,
                        None => match &p.default {
                            Some(Default::Const(d)) => self.fexpr(d, cx, set)?,
                            _ => return Err(()),
                        },
                    };
                    vals.push(coerce(c, &ct, &pt)?);
                }
                let ret = self.info.returns[func.index()].clone();
                cx.calls = true;
                let call = cx.t(quote! { #name(#(#vals,)* __depth) });
                return Ok((coerce(call, &ret, &t)?, t));
            }
            ExprKind::Subscript(obj, index) => {
                let (acc, el, i) = self.fitem(obj, index, cx, set)?;
                if el != t {
                    return Err(());
                }
                match (acc, &el) {
                    (Acc::Arr(a), Ty::Int) => cx.t(quote! { #a[#i].as_i64() }),
                    (Acc::Arr(a), _) => quote! { #a[#i] },
                    (Acc::Vec(v), Ty::Int) => {
                        cx.t(quote! { rt::list::item(&#v, #i).and_then(rt::Int::as_i64) })
                    }
                    (Acc::Vec(v), _) => cx.t(quote! { rt::list::item(&#v, #i).copied() }),
                }
            }
            ExprKind::Call {
                callee: Callee::Builtin(b),
                args,
                kwargs,
            } if b == "len" && args.len() == 1 && kwargs.is_empty() => {
                let (Acc::Vec(v), _) = self.flist(&args[0], cx)? else {
                    return Err(());
                };
                quote! { (#v.len() as i64) }
            }
            ExprKind::Call {
                callee: Callee::Builtin(b),
                args,
                kwargs,
            } if kwargs.is_empty() => {
                let mut vals = vec![];
                let mut tys = vec![];
                for a in args {
                    let (c, ct) = self.fexpr(a, cx, set)?;
                    // Floats keep their type; bools count as ints, as in Python.
                    let to = if ct == Ty::Float { Ty::Float } else { Ty::Int };
                    vals.push(coerce(c, &ct, &to)?);
                    tys.push(to);
                }
                let all = |want: &Ty| tys.iter().all(|x| x == want);
                match (b.as_str(), vals.len()) {
                    ("abs", 1) if tys[0] == Ty::Float => {
                        let v = &vals[0];
                        quote! { #v.abs() }
                    }
                    ("abs", 1) => {
                        let v = &vals[0];
                        cx.t(quote! { rt::fast::abs(#v) })
                    }
                    // Mixed int/float arguments make the result a union: not fast.
                    ("min" | "max", _) if !all(&t) => return Err(()),
                    ("min", n) if n >= 2 => {
                        let first = &vals[0];
                        let rest = &vals[1..];
                        quote! { { let mut __m = #first; #( { let __x = #rest; if __x < __m { __m = __x; } } )* __m } }
                    }
                    ("max", n) if n >= 2 => {
                        let first = &vals[0];
                        let rest = &vals[1..];
                        quote! { { let mut __m = #first; #( { let __x = #rest; if __x > __m { __m = __x; } } )* __m } }
                    }
                    ("int", 1) if t == Ty::Int && tys[0] == Ty::Float => {
                        let v = &vals[0];
                        cx.t(quote! { rt::fast::f2i(#v) })
                    }
                    ("int", 1) if t == Ty::Int => vals[0].clone(),
                    ("float", 1) if t == Ty::Float => coerce(vals[0].clone(), &tys[0], &t)?,
                    _ => return Err(()),
                }
            }
            _ => return Err(()),
        };
        Ok((code, t))
    }
}

impl<'m> Gen<'m> {
    /// A call from exact code of a function with a fast version, when every argument is
    /// already a machine value (an int proven to fit an i64, a float, a bool): the fast
    /// version runs directly, without boxing the arguments for the exact function and
    /// unboxing them again. If it gives up, the exact function runs as usual.
    pub(crate) fn fast_direct_call(
        &mut self,
        fid: FuncId,
        args: &[Option<Expr>],
    ) -> Option<TokenStream> {
        let f = &self.m.funcs[fid.index()];
        if !self.fast.contains(&fid.0) || f.needs_defined_flag || args.len() != f.params.len() {
            return None;
        }
        // First decide, then generate: nothing is emitted for a call that does not qualify.
        let mut ints = vec![];
        for (i, a) in args.iter().enumerate() {
            let a = a.as_ref()?;
            let pt = &self.info.locals[fid.index()][f.params[i].local.index()];
            if self.info.expr(a) != pt {
                return None;
            }
            ints.push(match pt {
                Ty::Int => Some(self.native_expr(a)?),
                Ty::Float | Ty::Bool => None,
                _ => return None,
            });
        }
        let mut lets = vec![];
        let mut fast_args = vec![];
        let mut exact_args = vec![];
        for (a, native) in args.iter().zip(ints) {
            let tmp = self.fresh("farg");
            let code = match native {
                Some(c) => {
                    exact_args.push(quote! { rt::Int::Small(#tmp) });
                    c
                }
                None => {
                    exact_args.push(quote! { #tmp });
                    self.expr(a.as_ref()?)
                }
            };
            lets.push(quote! { let #tmp = #code; });
            fast_args.push(tmp);
        }
        let f = &self.m.funcs[fid.index()];
        let sw = switch_ident(&f.rust_name);
        let fname = fast_ident(&f.rust_name);
        let name = self.direct_fn_ident(fid);
        let exact = self.q(quote! { #name(#(#exact_args),*) });
        let r = match self.info.returns[fid.index()] {
            Ty::Int => quote! { rt::Int::Small(__r) },
            _ => quote! { __r },
        };
        self.counter += 1;
        let l = lifetime(&format_ident!("fast_call_{}", self.counter));
        Some(quote! {
            #l: {
                #(#lets)*
                if #sw.with(rt::fast::Switch::on) {
                    if let Some(__r) = #fname(#(#fast_args,)* rt::fast::Depth::current()) {
                        break #l #r;
                    }
                    #sw.with(rt::fast::Switch::off);
                }
                #exact
            }
        })
    }
}

/// The borrowed vector of list local `id` in a fast loop.
fn list_vec_ident(id: &Ident) -> Ident {
    format_ident!("{}__v", id.to_string().trim_start_matches("r#"))
}

/// The fixed-size array of the items of list local `id` in a fast loop (see `Ctx::arrays`).
fn list_arr_ident(id: &Ident) -> Ident {
    format_ident!("{}__a", id.to_string().trim_start_matches("r#"))
}

/// Where handle `id` was last bound: its position in the source list (usize::MAX: not
/// bound by the fast loop).
fn handle_index_ident(id: &Ident) -> Ident {
    format_ident!("{}__i", id.to_string().trim_start_matches("r#"))
}

/// The log of the items of handles bound from list `id`: (position, items as bound).
fn handle_log_ident(id: &Ident) -> Ident {
    format_ident!("{}__hs", id.to_string().trim_start_matches("r#"))
}

/// The positions (below 64) of list `id` whose handle items are logged in this iteration.
fn handle_seen_ident(id: &Ident) -> Ident {
    format_ident!("{}__seen", id.to_string().trim_start_matches("r#"))
}

/// A constant index 0..64 (a fixed-size array access).
fn const_index(e: &Expr) -> Option<usize> {
    match e.kind {
        ExprKind::Int(c) if (0..64).contains(&c) => Some(c as usize),
        _ => None,
    }
}

fn usize_lit(c: usize) -> TokenStream {
    let l = proc_macro2::Literal::usize_suffixed(c);
    quote! { #l }
}

/// The log of prefix reversals of list local `id` in a fast loop (their lengths).
fn list_rev_ident(id: &Ident) -> Ident {
    format_ident!("{}__r", id.to_string().trim_start_matches("r#"))
}

/// The undo log of list local `id` in a fast loop: (index, item replaced).
fn list_undo_ident(id: &Ident) -> Ident {
    format_ident!("{}__u", id.to_string().trim_start_matches("r#"))
}

/// Whether a statement list stores into items (`xs[i] = v`, `xs[i] += v`), at any depth.
fn stores_items(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::Assign { targets, .. } => targets.iter().any(target_stores),
        StmtKind::AugAssign { target, .. } => target_stores(target),
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => stores_items(body) || stores_items(orelse),
        _ => false,
    })
}

fn target_stores(t: &Target) -> bool {
    match &t.kind {
        TargetKind::Var(_) => false,
        TargetKind::Tuple(ts) => ts.iter().any(target_stores),
        TargetKind::Star(t) => target_stores(t),
        _ => true,
    }
}

/// The i64/f64/bool Rust type of an int/float/bool.
fn fty(t: &Ty) -> TokenStream {
    match t {
        Ty::Bool => quote! { bool },
        Ty::Float => quote! { f64 },
        _ => quote! { i64 },
    }
}

/// Converts between representations where Python does implicitly (bool -> int, and int
/// -> float in arithmetic, which rounds to nearest-even like `as f64`).
fn coerce(code: TokenStream, from: &Ty, to: &Ty) -> Fast {
    match (from, to) {
        (a, b) if a == b => Ok(code),
        (Ty::Bool, Ty::Int) => Ok(quote! { (#code as i64) }),
        (Ty::Int, Ty::Float) => Ok(quote! { (#code as f64) }),
        (Ty::Bool, Ty::Float) => Ok(quote! { (#code as i64 as f64) }),
        _ => Err(()),
    }
}

/// Python truth of an i64/f64/bool value (NaN is true).
fn truth(c: TokenStream, t: &Ty) -> TokenStream {
    match t {
        Ty::Bool => c,
        Ty::Float => quote! { (#c != 0.0) },
        _ => quote! { (#c != 0) },
    }
}

/// A binary operation whose result is a float. Two ints meet only in `/` (and `**` with a
/// negative exponent), where Python's own rules apply; otherwise ints convert to doubles.
fn float_binop(cx: &Ctx, op: BinOp, l: TokenStream, lt: &Ty, r: TokenStream, rt_: &Ty) -> Fast {
    let ints = lt != &Ty::Float && rt_ != &Ty::Float;
    if ints && op == BinOp::Div {
        let l = coerce(l, lt, &Ty::Int)?;
        let r = coerce(r, rt_, &Ty::Int)?;
        return Ok(cx.t(quote! { rt::fast::int_truediv(#l, #r) }));
    }
    if ints && op != BinOp::Pow {
        return Err(());
    }
    let l = coerce(l, lt, &Ty::Float)?;
    let r = coerce(r, rt_, &Ty::Float)?;
    Ok(match op {
        BinOp::Add => quote! { (#l + #r) },
        BinOp::Sub => quote! { (#l - #r) },
        BinOp::Mul => quote! { (#l * #r) },
        BinOp::Div => cx.t(quote! { rt::fast::fdiv(#l, #r) }),
        BinOp::FloorDiv => cx.t(quote! { rt::fast::ffloordiv(#l, #r) }),
        BinOp::Mod => cx.t(quote! { rt::fast::fmod(#l, #r) }),
        BinOp::Pow => cx.t(quote! { rt::fast::fpow(#l, #r) }),
        _ => return Err(()),
    })
}

fn fbinop(cx: &Ctx, op: BinOp, l: TokenStream, r: TokenStream, rexpr: Option<&Expr>) -> Fast {
    Ok(match op {
        BinOp::Add => cx.t(quote! { rt::fast::add(#l, #r) }),
        BinOp::Sub => cx.t(quote! { rt::fast::sub(#l, #r) }),
        BinOp::Mul => cx.t(quote! { rt::fast::mul(#l, #r) }),
        BinOp::FloorDiv => cx.t(quote! { rt::fast::floordiv(#l, #r) }),
        BinOp::Mod => cx.t(quote! { rt::fast::modulo(#l, #r) }),
        BinOp::Pow if rexpr.is_some_and(molt_types::infer::const_nonneg_int) => {
            cx.t(quote! { rt::fast::pow(#l, #r) })
        }
        BinOp::LShift => cx.t(quote! { rt::fast::shl(#l, #r) }),
        BinOp::RShift => cx.t(quote! { rt::fast::shr(#l, #r) }),
        BinOp::BitAnd => quote! { (#l & #r) },
        BinOp::BitOr => quote! { (#l | #r) },
        BinOp::BitXor => quote! { (#l ^ #r) },
        _ => return Err(()),
    })
}

/// Whether every read of a local in `body` either follows a write earlier in the same
/// iteration (in the same straight-line sequence, or in one enclosing it, or in both
/// branches of an `if` before it), or finds the local bound on loop entry.
fn reads_ok(body: &[Stmt], bound: &HashSet<u32>) -> bool {
    block_reads_ok(body, bound, &mut HashSet::new())
}

fn block_reads_ok(body: &[Stmt], bound: &HashSet<u32>, w: &mut HashSet<u32>) -> bool {
    let ok =
        |reads: &[u32], w: &HashSet<u32>| reads.iter().all(|l| bound.contains(l) || w.contains(l));
    for s in body {
        match &s.kind {
            StmtKind::If { test, body, orelse } => {
                let mut reads = vec![];
                expr_reads(test, &mut reads);
                if !ok(&reads, w) {
                    return false;
                }
                let mut w1 = w.clone();
                let mut w2 = w.clone();
                if !block_reads_ok(body, bound, &mut w1) || !block_reads_ok(orelse, bound, &mut w2)
                {
                    return false;
                }
                w.extend(w1.intersection(&w2).copied().collect::<Vec<u32>>());
            }
            // A loop's body may run no time: its writes count inside it only.
            StmtKind::While { test, body, orelse } => {
                let mut reads = vec![];
                expr_reads(test, &mut reads);
                if !ok(&reads, w)
                    || !block_reads_ok(body, bound, &mut w.clone())
                    || !block_reads_ok(orelse, bound, &mut w.clone())
                {
                    return false;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                let mut reads = vec![];
                expr_reads(iter, &mut reads);
                target_reads(target, &mut reads);
                if !ok(&reads, w) {
                    return false;
                }
                let mut w1 = w.clone();
                collect_target_locals(target, &mut w1);
                if !block_reads_ok(body, bound, &mut w1)
                    || !block_reads_ok(orelse, bound, &mut w.clone())
                {
                    return false;
                }
            }
            _ => {
                let mut reads = vec![];
                stmt_reads(s, &mut reads);
                if !ok(&reads, w) {
                    return false;
                }
                if let StmtKind::Assign { targets, .. } = &s.kind {
                    for t in targets {
                        collect_target_locals(t, w);
                    }
                }
            }
        }
    }
    true
}

/// How a fast loop's code uses each list local: the constant indexes (items below `n`),
/// whether any use is another (a computed index, `len`, the name itself), and whether it
/// stores items.
#[derive(Default)]
struct ListUse {
    n: usize,
    dynamic: bool,
    stored: bool,
}

#[derive(Default)]
struct ListUses(std::collections::HashMap<u32, ListUse>);

impl ListUses {
    fn index(&mut self, l: u32, index: &Expr, store: bool) {
        let u = self.0.entry(l).or_default();
        u.stored |= store;
        match const_index(index) {
            Some(c) => u.n = u.n.max(c + 1),
            None => u.dynamic = true,
        }
    }
}

impl molt_front::hir_visit::Visitor for ListUses {
    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Subscript(obj, index) => match obj.kind {
                ExprKind::Name(Var::Local(l)) => {
                    self.index(l.0, index, false);
                    self.expr(index);
                }
                _ => molt_front::hir_visit::walk_expr(self, e),
            },
            ExprKind::Name(Var::Local(l)) => self.0.entry(l.0).or_default().dynamic = true,
            _ => molt_front::hir_visit::walk_expr(self, e),
        }
    }

    fn target(&mut self, t: &Target) {
        match &t.kind {
            TargetKind::Subscript { obj, index } => match obj.kind {
                ExprKind::Name(Var::Local(l)) => {
                    self.index(l.0, index, true);
                    self.expr(index);
                }
                _ => molt_front::hir_visit::walk_target(self, t),
            },
            _ => molt_front::hir_visit::walk_target(self, t),
        }
    }
}

/// Whether every write of local `h` in `body` binds it to an item of a list local
/// (`h = xs[i]`, `for h in xs:`); the lists are added to `srcs`.
fn handle_writes(body: &[Stmt], h: u32, srcs: &mut Vec<u32>) -> bool {
    let writes = |t: &Target| {
        let mut w = HashSet::new();
        collect_target_locals(t, &mut w);
        w.contains(&h)
    };
    body.iter().all(|s| match &s.kind {
        StmtKind::Assign { targets, value } => {
            if !targets.iter().any(writes) {
                return true;
            }
            match (&targets[..], &value.kind) {
                ([t], ExprKind::Subscript(obj, _))
                    if matches!(t.kind, TargetKind::Var(Var::Local(l)) if l.0 == h) =>
                {
                    match obj.kind {
                        ExprKind::Name(Var::Local(src)) => {
                            srcs.push(src.0);
                            true
                        }
                        _ => false,
                    }
                }
                _ => false,
            }
        }
        StmtKind::AugAssign { target, .. } => !writes(target),
        StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
            handle_writes(body, h, srcs) && handle_writes(orelse, h, srcs)
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            let ok = if writes(target) {
                match (&target.kind, &iter.kind) {
                    (TargetKind::Var(Var::Local(l)), ExprKind::Name(Var::Local(src)))
                        if l.0 == h =>
                    {
                        srcs.push(src.0);
                        true
                    }
                    _ => false,
                }
            } else {
                true
            };
            ok && handle_writes(body, h, srcs) && handle_writes(orelse, h, srcs)
        }
        _ => true,
    })
}

impl<'m> Gen<'m> {
    /// The handles of a fast loop (see `Handle`): list locals of ints, floats or bools that
    /// the body writes only by binding them to items of one list of lists, bound on entry
    /// and never rebound, and indexes only by constants.
    fn find_handles(
        &self,
        body: &[Stmt],
        entries: &HashSet<u32>,
        maybe_written: &HashSet<u32>,
        uses: &std::collections::HashMap<u32, ListUse>,
    ) -> std::collections::HashMap<u32, Handle> {
        let mut cands: Vec<u32> = maybe_written.iter().copied().collect();
        cands.sort();
        let mut found: Vec<(u32, u32)> = vec![];
        for h in cands {
            let ty = self.info.var(self.func, Var::Local(LocalId(h))).clone();
            let Ty::List(el) = &ty else {
                continue;
            };
            if !small(el) || uses.get(&h).is_some_and(|u| u.dynamic) {
                continue;
            }
            let mut srcs = vec![];
            if !handle_writes(body, h, &mut srcs) {
                continue;
            }
            let Some(&src) = srcs.first() else {
                continue;
            };
            if srcs.iter().any(|s| *s != src)
                || !entries.contains(&src)
                || maybe_written.contains(&src)
                || self.optional_locals.contains(&src)
                || self.info.var(self.func, Var::Local(LocalId(src))) != &Ty::List(Box::new(ty))
            {
                continue;
            }
            found.push((h, src));
        }
        // One list of lists per loop: one log of the items bound keeps the order in which
        // an iteration that gives up restores them.
        let Some(&(_, src)) = found.first() else {
            return std::collections::HashMap::new();
        };
        if found.iter().any(|(_, s)| *s != src) {
            return std::collections::HashMap::new();
        }
        let n = found
            .iter()
            .map(|(h, _)| uses.get(h).map_or(0, |u| u.n))
            .max()
            .unwrap_or(0);
        found
            .into_iter()
            .map(|(h, src)| {
                let stored = uses.get(&h).is_some_and(|u| u.stored);
                (h, Handle { src, n, stored })
            })
            .collect()
    }
}

fn collect_target_locals(t: &Target, out: &mut HashSet<u32>) {
    match &t.kind {
        TargetKind::Var(Var::Local(l)) => {
            out.insert(l.0);
        }
        TargetKind::Tuple(ts) => ts.iter().for_each(|t| collect_target_locals(t, out)),
        TargetKind::Star(t) => collect_target_locals(t, out),
        _ => {}
    }
}

/// Locals a statement reads (conservatively: every local name in it, except plain
/// assignment targets).
fn stmt_reads(s: &Stmt, out: &mut Vec<u32>) {
    let ex = |e: &Expr, out: &mut Vec<u32>| expr_reads(e, out);
    match &s.kind {
        StmtKind::Expr(e) => ex(e, out),
        StmtKind::Assign { targets, value } => {
            ex(value, out);
            targets.iter().for_each(|t| target_reads(t, out));
        }
        StmtKind::AugAssign { target, value, .. } => {
            if let TargetKind::Var(Var::Local(l)) = target.kind {
                out.push(l.0);
            }
            target_reads(target, out);
            ex(value, out)
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            ex(test, out);
            body.iter()
                .chain(orelse.iter())
                .for_each(|s| stmt_reads(s, out));
        }
        StmtKind::For {
            iter, body, orelse, ..
        } => {
            ex(iter, out);
            body.iter()
                .chain(orelse.iter())
                .for_each(|s| stmt_reads(s, out));
        }
        StmtKind::Return(Some(e)) => ex(e, out),
        _ => {}
    }
}

/// Locals an assignment target reads: the list and index of `xs[i] = v`, not a plain name.
fn target_reads(t: &Target, out: &mut Vec<u32>) {
    struct Reads<'a>(&'a mut Vec<u32>);
    impl molt_front::hir_visit::Visitor for Reads<'_> {
        fn expr(&mut self, e: &Expr) {
            expr_reads(e, self.0)
        }
    }
    molt_front::hir_visit::walk_target(&mut Reads(out), t);
}

fn expr_reads(e: &Expr, out: &mut Vec<u32>) {
    if let ExprKind::Name(Var::Local(l)) = e.kind {
        out.push(l.0);
    }
    crate::assign::visit_children(e, &mut |c| expr_reads(c, out));
}

impl<'m> Gen<'m> {
    /// A fast attempt for `for target in range(...)` in exact code: runs iterations with
    /// i64 shadows of the int locals involved, and on anything unusual restores the
    /// iteration's starting state and leaves the rest to the exact loop (which continues
    /// from iteration `k`). Returns None when the loop does not qualify.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn fast_range_loop(
        &mut self,
        loop_span: molt_front::Span,
        target: &Target,
        body: &[Stmt],
        it: &Ident,
        k: &Ident,
        n: &Ident,
        done: &syn::Lifetime,
    ) -> Option<TokenStream> {
        let TargetKind::Var(Var::Local(tl)) = target.kind else {
            return None;
        };
        if self.info.var(self.func, Var::Local(tl)) != &Ty::Int {
            return None;
        }
        self.fast_loop(loop_span, FastKind::Range { tl, it, k, n }, body, done)
    }

    /// The same for `while test: ...` (without `else`, or with one: a loop left by its
    /// test falling false goes on to the exact loop, whose test is then false too: the
    /// test is pure, so evaluating it again is not seen).
    pub(crate) fn fast_while_loop(
        &mut self,
        loop_span: molt_front::Span,
        test: &Expr,
        body: &[Stmt],
        done: &syn::Lifetime,
    ) -> Option<TokenStream> {
        self.fast_loop(loop_span, FastKind::While(test), body, done)
    }

    fn fast_loop(
        &mut self,
        loop_span: molt_front::Span,
        kind: FastKind<'_>,
        body: &[Stmt],
        done: &syn::Lifetime,
    ) -> Option<TokenStream> {
        // The fast loop shadows locals in i64s: not for bodies with closures.
        if !self.cells.is_empty() || self.func.is_some_and(|f| self.m.funcs[f.index()].dynamic) {
            return None;
        }
        let entries = self
            .loop_entries
            .get(&(loop_span.start, loop_span.end))?
            .clone();
        let mut bound = entries.clone();
        // The loop variable (a range loop's), bound by every iteration.
        let tl = match &kind {
            FastKind::Range { tl, .. } => Some(*tl),
            FastKind::While(test) => {
                // The test runs first in every iteration: it reads only what the loop
                // finds bound.
                let mut reads = vec![];
                expr_reads(test, &mut reads);
                if reads.iter().any(|l| !entries.contains(l)) {
                    return None;
                }
                None
            }
        };
        if let Some(tl) = tl {
            bound.insert(tl.0);
        }
        // Locals that the body may write.
        let mut maybe_written = HashSet::new();
        for s in body {
            stmt_writes(s, &mut maybe_written);
        }
        // How the body (and a while loop's test) indexes each list.
        let mut uses = ListUses::default();
        molt_front::hir_visit::walk_block(&mut uses, body);
        if let FastKind::While(test) = &kind {
            molt_front::hir_visit::Visitor::expr(&mut uses, test);
        }
        let handles = self.find_handles(body, &entries, &maybe_written, &uses.0);
        // A handle's reads are checked where they are generated (a binding in scope).
        bound.extend(handles.keys().copied());
        if !reads_ok(body, &bound) {
            return None;
        }
        self.counter += 1;
        let id = self.counter;
        let fast_l = lifetime(&format_ident!("fast_{}", id));
        let loop_l = lifetime(&format_ident!("fast_loop_{}", id));
        let iter_l = lifetime(&format_ident!("fast_iter_{}", id));
        let n_locals = match self.func {
            Some(f) => self.m.funcs[f.index()].locals.len(),
            None => self.m.module_locals.len(),
        };
        let shadows: Vec<Ident> = (0..n_locals)
            .map(|i| {
                format_ident!(
                    "{}__f",
                    self.local_idents[i].to_string().trim_start_matches("r#")
                )
            })
            .collect();
        let broke = format_ident!("__broke_{}", id);
        // Locals that the body may write and that are unbound on entry get flags (handles
        // are written back from their position instead).
        let flag_map: std::collections::HashMap<u32, Ident> = maybe_written
            .iter()
            .filter(|l| {
                !entries.contains(l) && Some(LocalId(**l)) != tl && !handles.contains_key(l)
            })
            .map(|l| (*l, format_ident!("{}__set", shadows[*l as usize])))
            .collect();
        // Lists whose int, float or bool items the body may read and store (and lists of
        // such lists, whose items handles are bound to): bound on entry, never rebound in
        // the loop (so one borrow serves the whole loop).
        let list_ok: HashSet<u32> = entries
            .iter()
            .copied()
            .filter(|l| {
                !maybe_written.contains(l)
                    && !self.optional_locals.contains(l)
                    && matches!(self.info.var(self.func, Var::Local(LocalId(*l))),
                        Ty::List(el) if small(el) || matches!(&**el, Ty::List(x) if small(x)))
            })
            .collect();
        // Lists indexed only by constants: fixed-size arrays, their length checked once.
        let sources: HashSet<u32> = handles.values().map(|h| h.src).collect();
        let arrays: std::collections::HashMap<u32, usize> = list_ok
            .iter()
            .filter(|l| !sources.contains(l))
            .filter_map(|l| match uses.0.get(l) {
                Some(u) if !u.dynamic && u.n > 0 => Some((*l, u.n)),
                _ => None,
            })
            .collect();
        // Lists stored only by prefix reversals (no item stores).
        let rev_only: HashSet<u32> = list_ok
            .iter()
            .copied()
            .filter(|l| !uses.0.get(l).is_some_and(|u| u.stored))
            .collect();
        let set = self.fast.clone();
        let func = self.func;
        // A range loop counts the iterations in the exact loop's `k`, which the exact loop
        // continues from.
        let step = match &kind {
            FastKind::Range { k, .. } => quote! { #k += 1; },
            FastKind::While(_) => quote! {},
        };
        let make_cx = |undo: bool| {
            let mut cx = Ctx::new(func, shadows.clone());
            cx.loops = vec![(
                quote! { { #step continue #loop_l; } },
                quote! { { #step #broke = true; break #loop_l; } },
            )];
            cx.counter = 1000 + id * 1000;
            cx.fail = Some(iter_l.clone());
            cx.flags = flag_map.clone();
            cx.list_ok = list_ok.clone();
            cx.handles = handles.clone();
            cx.arrays = arrays.clone();
            cx.rev_only = rev_only.clone();
            cx.undo = undo;
            cx
        };
        let mut cx = make_cx(false);
        let mut b = self.fblock(body, &mut cx, &set).ok()?;
        if cx.needs_undo.get() {
            // Something may give up after a store of the same iteration: generate again
            // with stores that log what they replace.
            cx = make_cx(true);
            b = self.fblock(body, &mut cx, &set).ok()?;
            if cx.logged_in_inner_loop {
                return None;
            }
        }
        // A while loop's test, at the start of each iteration: false ends the fast loop
        // (the exact loop then tests again, false again, and runs any `else`).
        let test = match &kind {
            FastKind::While(test) => {
                cx.dirty = false;
                let c = self.fcond(test, &mut cx, &set).ok()?;
                quote! { if !(#c) { break #loop_l; } }
            }
            FastKind::Range { .. } => quote! {},
        };
        // Shadows: locals read on entry take their current value (giving up when it is
        // not a small int); locals only written start unset.
        let mut init = vec![];
        let mut all: Vec<u32> = cx.used.union(&cx.written).copied().collect();
        all.sort();
        for &l in &all {
            if Some(LocalId(l)) == tl {
                continue;
            }
            let sh = &shadows[l as usize];
            let lid = &self.local_idents[l as usize];
            let ty = self.info.var(self.func, Var::Local(LocalId(l))).clone();
            let native = self.native.contains(&l);
            let optional = self.optional_locals.contains(&l);
            if entries.contains(&l) {
                let read = match (&ty, native, optional) {
                    (Ty::Int, true, _) => quote! { Some(#lid) },
                    (Ty::Int, false, false) => quote! { #lid.as_i64() },
                    (Ty::Int, false, true) => quote! { #lid.as_ref().and_then(rt::Int::as_i64) },
                    (Ty::Bool | Ty::Float, _, false) => quote! { Some(#lid) },
                    (Ty::Bool | Ty::Float, _, true) => quote! { #lid },
                    _ => return None,
                };
                init.push(quote! { let Some(mut #sh) = #read else { break #fast_l; }; });
            } else {
                // Written before read in every iteration (reads_ok), so any start value.
                let zero = match ty {
                    Ty::Bool => quote! { false },
                    Ty::Float => quote! { 0f64 },
                    _ => quote! { 0i64 },
                };
                init.push(quote! { let mut #sh = #zero; });
            }
        }
        let written: Vec<u32> = {
            let mut w: Vec<u32> = cx
                .written
                .iter()
                .copied()
                .filter(|l| Some(LocalId(*l)) != tl)
                .collect();
            w.sort();
            w
        };
        // Locals first bound in the loop are written back only if an iteration bound them.
        let mut flags = vec![];
        let mut writeback = vec![];
        for &l in &written {
            let sh = &shadows[l as usize];
            let lid = &self.local_idents[l as usize];
            let ty = self.info.var(self.func, Var::Local(LocalId(l))).clone();
            let value = match (&ty, self.native.contains(&l)) {
                (Ty::Int, true) => quote! { #sh },
                (Ty::Int, false) => quote! { rt::Int::Small(#sh) },
                _ => quote! { #sh },
            };
            let store = if self.optional_locals.contains(&l) {
                quote! { #lid = Some(#value); }
            } else {
                quote! { #lid = #value; }
            };
            match flag_map.get(&l) {
                None => writeback.push(store),
                Some(f) => {
                    flags.push(quote! { let mut #f = false; });
                    writeback.push(quote! { if #f { #store } });
                }
            }
        }
        // Flags roll back with the shadows when an iteration gives up.
        let mut snap_vars: Vec<Ident> = written
            .iter()
            .map(|l| shadows[*l as usize].clone())
            .collect();
        let mut flag_ids: Vec<&Ident> = flag_map.values().collect();
        flag_ids.sort();
        snap_vars.extend(flag_ids.into_iter().cloned());
        // The lists, borrowed for the whole loop. A list already borrowed (two locals
        // naming one list, one of them stored into) leaves the loop to the exact code.
        let mut borrows = vec![];
        let mut clears = vec![];
        let mut undos = vec![];
        for (&l, &stores) in &cx.lists {
            let lid = &self.local_idents[l as usize];
            let v = list_vec_ident(lid);
            let arr = cx
                .arrays
                .get(&l)
                .map(|n| (list_arr_ident(lid), usize_lit(*n)));
            if !stores {
                borrows.push(quote! { let Some(#v) = #lid.try_borrow() else { break #fast_l; }; });
                if let Some((a, n)) = &arr {
                    borrows.push(
                        quote! { let Some(#a) = #v.first_chunk::<#n>() else { break #fast_l; }; },
                    );
                }
                continue;
            }
            borrows
                .push(quote! { let Some(mut #v) = #lid.try_borrow_mut() else { break #fast_l; }; });
            if let Some((a, n)) = &arr {
                borrows.push(
                    quote! { let Some(#a) = #v.first_chunk_mut::<#n>() else { break #fast_l; }; },
                );
            }
            if cx.rev_logged.contains(&l) {
                let r = list_rev_ident(lid);
                borrows.push(quote! { let mut #r: Vec<usize> = Vec::new(); });
                clears.push(quote! { #r.clear(); });
                undos.push(quote! {
                    while let Some(__m) = #r.pop() {
                        if let Some(__s) = #v.get_mut(..__m) { __s.reverse(); }
                    }
                });
            }
            if cx.item_logged.contains(&l) {
                let u = list_undo_ident(lid);
                borrows.push(quote! { let mut #u = Vec::new(); });
                clears.push(quote! { #u.clear(); });
                undos.push(match &arr {
                    // Logged positions are below the array's length.
                    Some((a, _)) => quote! {
                        while let Some((__j, __old)) = #u.pop() {
                            if let Some(__s) = #a.get_mut(__j) { *__s = __old; }
                        }
                    },
                    None => quote! {
                        while let Some((__j, __old)) = #u.pop() { #v[__j] = __old; }
                    },
                });
            }
        }
        // Handles: where each was last bound, written back to the exact local after the
        // loop; with undoable stores, the items of each stored handle as it was bound.
        let mut hs: Vec<(&u32, &Handle)> = cx.handles.iter().collect();
        hs.sort_by_key(|(l, _)| **l);
        let mut logged = HashSet::new();
        for (&h, hd) in hs {
            if !cx.lists.contains_key(&hd.src) {
                continue;
            }
            let sid = &self.local_idents[hd.src as usize];
            let sv = list_vec_ident(sid);
            let hid = &self.local_idents[h as usize];
            let hi = handle_index_ident(hid);
            borrows.push(quote! { let mut #hi: usize = usize::MAX; });
            let store = if self.optional_locals.contains(&h) {
                quote! { #hid = Some(__h.clone()); }
            } else {
                quote! { #hid = __h.clone(); }
            };
            writeback.push(quote! { if let Some(__h) = #sv.get(#hi) { #store } });
            if hd.stored && cx.undo && logged.insert(hd.src) {
                let u = handle_log_ident(sid);
                let Ty::List(el) = self.info.var(self.func, Var::Local(LocalId(h))).clone() else {
                    return None;
                };
                let t = crate::rty::rust_type(&el);
                let n = usize_lit(hd.n);
                let seen = handle_seen_ident(sid);
                borrows.push(quote! { let mut #u: Vec<(usize, [#t; #n])> = Vec::new(); });
                borrows.push(quote! { let mut #seen: u64 = 0; });
                clears.push(quote! { #u.clear(); #seen = 0; });
                // Every logged list was borrowed by its binding, which has ended; it still
                // has at least n items (fast code cannot shrink a list).
                undos.push(quote! {
                    while let Some((__a, __old)) = #u.pop() {
                        if let Some(__h) = #sv.get(__a)
                            && let Some(mut __v) = __h.try_borrow_mut()
                            && let Some(__c) = __v.first_chunk_mut::<#n>()
                        {
                            *__c = __old;
                        }
                    }
                });
            }
        }
        let body = quote! {
            let __snap = (#(#snap_vars,)*);
            #(#clears)*
            #iter_l: {
                #test
                #b
                #step
                continue #loop_l;
            }
            // Gave up: this iteration starts over in the exact loop.
            #(#undos)*
            (#(#snap_vars,)*) = __snap;
            break #loop_l;
        };
        // The depth (a thread-local read) only where the loop calls fast functions.
        let depth = if cx.calls {
            quote! { let __depth = rt::fast::Depth::current(); }
        } else {
            quote! {}
        };
        let prelude = quote! {
            #depth
            #(#borrows)*
            #(#init)*
            #(#flags)*
            let mut #broke = false;
        };
        Some(match kind {
            FastKind::While(_) => quote! {
                #fast_l: {
                    #prelude
                    #loop_l: loop { #body }
                    #(#writeback)*
                    if #broke {
                        break #done;
                    }
                }
            },
            FastKind::Range { tl, it, k, n } => {
                let tshadow = &shadows[tl.index()];
                let tid = &self.local_idents[tl.index()];
                let v = if self.native.contains(&tl.0) {
                    quote! { #tshadow }
                } else {
                    quote! { rt::Int::Small(#tshadow) }
                };
                let target_store = if self.optional_locals.contains(&tl.0) {
                    quote! { #tid = Some(#v); }
                } else {
                    quote! { #tid = #v; }
                };
                quote! {
                    #fast_l: {
                        let Ok((__fs, __fst)) = #it.start_step() else { break #fast_l; };
                        #prelude
                        let mut #tshadow: i64 = 0;
                        let __k0 = #k;
                        #loop_l: while #k < #n {
                            #tshadow = __fs + #k * __fst;
                            #body
                        }
                        #(#writeback)*
                        if #broke {
                            #target_store
                            break #done;
                        }
                        if #k > __k0 {
                            #tshadow = __fs + (#k - 1) * __fst;
                            #target_store
                        }
                    }
                }
            }
        })
    }
}

/// What a fast loop iterates.
enum FastKind<'a> {
    /// `for tl in range(...)`, counting with the exact loop's `k` up to `n`.
    Range {
        tl: LocalId,
        it: &'a Ident,
        k: &'a Ident,
        n: &'a Ident,
    },
    /// `while test: ...`.
    While(&'a Expr),
}

/// Locals a statement may write (assignment targets, loop targets).
fn stmt_writes(s: &Stmt, out: &mut HashSet<u32>) {
    match &s.kind {
        StmtKind::Assign { targets, .. } => {
            targets.iter().for_each(|t| collect_target_locals(t, out))
        }
        StmtKind::AugAssign { target, .. } => collect_target_locals(target, out),
        StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => body
            .iter()
            .chain(orelse.iter())
            .for_each(|s| stmt_writes(s, out)),
        StmtKind::For {
            target,
            body,
            orelse,
            ..
        } => {
            collect_target_locals(target, out);
            body.iter()
                .chain(orelse.iter())
                .for_each(|s| stmt_writes(s, out))
        }
        _ => {}
    }
}
