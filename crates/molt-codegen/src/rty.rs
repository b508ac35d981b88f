//! Rust representations of inferred types.

use molt_types::Ty;
use proc_macro2::TokenStream;
use quote::quote;

pub fn rust_type(t: &Ty) -> TokenStream {
    match t {
        Ty::Int => quote! { rt::Int },
        Ty::Float => quote! { f64 },
        Ty::Bool => quote! { bool },
        Ty::None => quote! { () },
        Ty::Str => quote! { rt::Str },
        Ty::List(e) => {
            let e = rust_type(e);
            quote! { rt::List<#e> }
        }
        Ty::Dict(k, v) => {
            let (k, v) = (rust_type(k), rust_type(v));
            quote! { rt::Dict<#k, #v> }
        }
        Ty::Set(e) => {
            let e = rust_type(e);
            quote! { rt::Set<#e> }
        }
        Ty::FrozenSet(e) => {
            let e = rust_type(e);
            quote! { rt::FrozenSet<#e> }
        }
        Ty::Tuple(items) if items.is_empty() => quote! { rt::EmptyTuple },
        Ty::Tuple(items) => {
            let items = items.iter().map(rust_type);
            quote! { (#(#items,)*) }
        }
        Ty::TupleVar(e) => {
            let e = rust_type(e);
            quote! { rt::Tup<#e> }
        }
        Ty::Range => quote! { rt::Range },
        Ty::Exc => quote! { rt::PyErr },
        Ty::Iter(e) => {
            let e = rust_type(e);
            quote! { rt::Iter<#e> }
        }
        Ty::Gen(e) => {
            let e = rust_type(e);
            quote! { rt::Gen<#e> }
        }
        Ty::Deque(e) => {
            let e = rust_type(e);
            quote! { rt::DequeT<#e> }
        }
        Ty::DefaultDict(k, v) => {
            let (k, v) = (rust_type(k), rust_type(v));
            quote! { rt::DefaultDictT<#k, #v> }
        }
        Ty::Counter(k, v) => {
            let (k, v) = (rust_type(k), rust_type(v));
            quote! { rt::CounterT<#k, #v> }
        }
        Ty::Optional(e) => {
            let e = rust_type(e);
            quote! { Option<#e> }
        }
        Ty::KeysView(k, v) => {
            let (k, v) = (rust_type(k), rust_type(v));
            quote! { rt::KeysView<#k, #v> }
        }
        Ty::ValuesView(k, v) => {
            let (k, v) = (rust_type(k), rust_type(v));
            quote! { rt::ValuesView<#k, #v> }
        }
        Ty::ItemsView(k, v) => {
            let (k, v) = (rust_type(k), rust_type(v));
            quote! { rt::ItemsView<#k, #v> }
        }
        Ty::Stream => quote! { rt::io::Stream },
        Ty::Dyn => quote! { rt::Value },
    }
}

/// Types whose values are `Copy` in Rust (no clone needed when read).
pub fn is_copy(t: &Ty) -> bool {
    matches!(t, Ty::Float | Ty::Bool | Ty::None | Ty::Stream)
}
