//! The storage of a `str`: one reference-counted heap block holding a small header and the
//! UTF-8 text right after it, like CPython's compact unicode objects. A `Rc<struct with a
//! String>` costs two allocations per string and 72 bytes of header (Rc counts, String,
//! count, hash, index) before the text; this costs one allocation and 48 bytes, which is
//! most of a short string's memory (word lists, split lines, dict keys).
//!
//! This is one of the runtime's few audited `unsafe` places (design.md, "Safe Rust"): a
//! thin pointer to a block whose layout the compiler does not know. Everything here keeps
//! three invariants, on which each SAFETY comment relies:
//! 1. `ptr` points to a live block allocated with `block_layout(cap)`, whose first
//!    `size_of::<Header>()` bytes are an initialised `Header` with that `cap`, followed by
//!    `cap` bytes of which the first `len` are initialised, valid UTF-8.
//! 2. `strong` counts the `Heap` values pointing at the block; the block is freed when it
//!    drops to 0. `Heap` is neither `Send` nor `Sync` (it holds a raw pointer), so counts
//!    are only touched by one thread, as `Rc`'s.
//! 3. The text and `len`/`cap`/`nchars` change only through `&mut Heap` while `strong ==
//!    1`, so no `&str` into the block can be alive meanwhile (it would borrow that `Heap`).

use std::alloc::{Layout, alloc, dealloc, handle_alloc_error, realloc};
use std::cell::{Cell, OnceCell};
use std::marker::PhantomData;
use std::ptr::NonNull;

#[repr(C)]
struct Header {
    strong: Cell<usize>,
    /// -1 while not computed (CPython's convention; a real hash is never -1).
    hash: Cell<i64>,
    nchars: Cell<usize>,
    len: Cell<usize>,
    cap: Cell<usize>,
    /// Byte offsets of every INDEX_STEP-th code point (long non-ASCII strings only; see
    /// str.rs). Boxed twice so that the header keeps a thin pointer.
    index: OnceCell<Box<Box<[u32]>>>,
}

const HDR: usize = std::mem::size_of::<Header>();
const _: () = assert!(HDR == 48);

/// The layout of a block with room for `cap` bytes of text; None past isize::MAX.
fn block_layout(cap: usize) -> Option<Layout> {
    Layout::from_size_align(HDR.checked_add(cap)?, std::mem::align_of::<Header>()).ok()
}

pub(crate) struct Heap {
    ptr: NonNull<Header>,
    _owns: PhantomData<Header>,
}

impl Heap {
    /// A fresh, unshared block with room for `cap` bytes and no text; None when the
    /// allocation fails or `cap` is absurd (the caller raises MemoryError).
    pub(crate) fn try_with_capacity(cap: usize) -> Option<Heap> {
        let layout = block_layout(cap)?;
        // SAFETY: the layout has a non-zero size (HDR > 0).
        let raw = unsafe { alloc(layout) } as *mut Header;
        let ptr = NonNull::new(raw)?;
        // SAFETY: the block is fresh, large enough and aligned for a Header (invariant 1
        // is established here: len 0, so no text needs initialising).
        unsafe {
            ptr.as_ptr().write(Header {
                strong: Cell::new(1),
                hash: Cell::new(-1),
                nchars: Cell::new(0),
                len: Cell::new(0),
                cap: Cell::new(cap),
                index: OnceCell::new(),
            })
        };
        Some(Heap {
            ptr,
            _owns: PhantomData,
        })
    }

    /// As `try_with_capacity`, aborting on allocation failure like `String` does.
    pub(crate) fn with_capacity(cap: usize) -> Heap {
        match Heap::try_with_capacity(cap) {
            Some(h) => h,
            None => alloc_failed(cap),
        }
    }

    /// A block holding exactly `s`, which has `nchars` code points.
    pub(crate) fn new(s: &str, nchars: usize) -> Heap {
        let mut h = Heap::with_capacity(s.len());
        h.push(s, nchars);
        h
    }

    #[inline(always)]
    fn header(&self) -> &Header {
        // SAFETY: invariant 1; the shared borrow lives no longer than &self.
        unsafe { self.ptr.as_ref() }
    }

    #[inline(always)]
    pub(crate) fn as_str(&self) -> &str {
        let h = self.header();
        // SAFETY: invariant 1 (the first `len` bytes after the header are initialised
        // UTF-8); invariant 3 (they do not change while this borrow of self lives).
        unsafe {
            let data = (self.ptr.as_ptr() as *const u8).add(HDR);
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(data, h.len.get()))
        }
    }

    #[inline(always)]
    pub(crate) fn len(&self) -> usize {
        self.header().len.get()
    }

    #[inline(always)]
    pub(crate) fn nchars(&self) -> usize {
        self.header().nchars.get()
    }

    #[inline(always)]
    pub(crate) fn hash_cell(&self) -> &Cell<i64> {
        &self.header().hash
    }

    pub(crate) fn index(&self) -> &OnceCell<Box<Box<[u32]>>> {
        &self.header().index
    }

    #[inline(always)]
    pub(crate) fn ptr_eq(&self, o: &Heap) -> bool {
        self.ptr == o.ptr
    }

    #[inline(always)]
    pub(crate) fn is_unique(&self) -> bool {
        self.header().strong.get() == 1
    }

    /// Appends `s` (`nchars` code points) when this is the only reference, growing the
    /// block (amortised doubling); forgets the cached hash and index. False, changing
    /// nothing, when the block is shared.
    pub(crate) fn push(&mut self, s: &str, nchars: usize) -> bool {
        if !self.is_unique() {
            return false;
        }
        let (len, cap) = (self.len(), self.header().cap.get());
        let need = match len.checked_add(s.len()) {
            Some(n) => n,
            None => alloc_failed(usize::MAX),
        };
        if need > cap {
            self.grow(need.max(cap.saturating_mul(2)));
        }
        let h = self.header();
        // SAFETY: the block is unshared (checked above) and `&mut self` is held, so no
        // `&str` into it is alive (invariant 3); `len + s.len() <= cap` after growing, so
        // the copy stays inside the block, and `s` cannot overlap it (a `&str` into this
        // block would borrow self). Appending valid UTF-8 to valid UTF-8 keeps it valid.
        unsafe {
            let data = (self.ptr.as_ptr() as *mut u8).add(HDR);
            std::ptr::copy_nonoverlapping(s.as_ptr(), data.add(len), s.len());
        }
        h.len.set(need);
        h.nchars.set(h.nchars.get() + nchars);
        h.hash.set(-1);
        // SAFETY: unshared and `&mut self` held: no other reference to the header is alive
        // (the shared one above is not used after this point).
        unsafe { self.ptr.as_mut().index.take() };
        true
    }

    /// The text, writable, when this is the only reference (None when shared); the
    /// cached hash and index are forgotten, as the caller may change it. `&mut str` only
    /// allows changes that keep it valid UTF-8 of the same length (e.g.
    /// `make_ascii_lowercase`), so `len` and `nchars` stay right.
    pub(crate) fn as_mut_str(&mut self) -> Option<&mut str> {
        if !self.is_unique() {
            return None;
        }
        let len = self.len();
        self.header().hash.set(-1);
        // SAFETY: unshared and `&mut self` held, so no other reference into the block is
        // alive (invariant 3); the first `len` bytes are initialised UTF-8 (invariant 1);
        // the returned borrow holds `&mut self`, so nothing else reads or changes the
        // block while it lives.
        unsafe {
            self.ptr.as_mut().index.take();
            let data = (self.ptr.as_ptr() as *mut u8).add(HDR);
            Some(std::str::from_utf8_unchecked_mut(
                std::slice::from_raw_parts_mut(data, len),
            ))
        }
    }

    /// Moves the unshared block to one with room for `cap` bytes.
    fn grow(&mut self, cap: usize) {
        let old = self.header().cap.get();
        let (Some(old_layout), Some(new_layout)) = (block_layout(old), block_layout(cap)) else {
            alloc_failed(cap)
        };
        // SAFETY: the block was allocated with `old_layout` (invariant 1) by the global
        // allocator; the new size is non-zero and a valid layout size. realloc keeps the
        // header and text (the first min(old, new) bytes); the old pointer is not used
        // again.
        let raw = unsafe { realloc(self.ptr.as_ptr() as *mut u8, old_layout, new_layout.size()) };
        match NonNull::new(raw as *mut Header) {
            Some(p) => self.ptr = p,
            None => handle_alloc_error(new_layout),
        }
        self.header().cap.set(cap);
    }
}

#[cold]
fn alloc_failed(cap: usize) -> ! {
    match block_layout(cap) {
        Some(l) => handle_alloc_error(l),
        // Only a length past isize::MAX gets here; callers that can raise MemoryError
        // check sizes first, as CPython does.
        None => {
            eprintln!("MemoryError: string too large");
            std::process::abort()
        }
    }
}

impl Clone for Heap {
    #[inline(always)]
    fn clone(&self) -> Heap {
        let h = self.header();
        let n = h.strong.get().wrapping_add(1);
        // As Rc: a count that wraps would free a live block; abort instead (unreachable
        // in practice, it needs usize::MAX references).
        if n == 0 {
            std::process::abort();
        }
        h.strong.set(n);
        Heap {
            ptr: self.ptr,
            _owns: PhantomData,
        }
    }
}

impl Drop for Heap {
    #[inline]
    fn drop(&mut self) {
        let h = self.header();
        let n = h.strong.get() - 1;
        h.strong.set(n);
        if n == 0 {
            self.free();
        }
    }
}

impl Heap {
    #[inline(never)]
    fn free(&mut self) {
        let cap = self.header().cap.get();
        // SAFETY: the count reached 0, so this was the last reference (invariant 2): the
        // header is dropped in place (only `index` owns anything) and the block returned
        // with the layout it was allocated or last reallocated with (invariant 1).
        unsafe {
            std::ptr::drop_in_place(self.ptr.as_ptr());
            if let Some(l) = block_layout(cap) {
                dealloc(self.ptr.as_ptr() as *mut u8, l);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_grows_and_shares() {
        let mut a = Heap::new("héllo", 5);
        assert_eq!((a.as_str(), a.nchars(), a.len()), ("héllo", 5, 6));
        for _ in 0..100 {
            assert!(a.push("xyz", 3));
        }
        assert_eq!(a.nchars(), 305);
        assert!(a.as_str().starts_with("héllo") && a.as_str().ends_with("xyzxyz"));
        let b = a.clone();
        assert!(!a.is_unique() && a.ptr_eq(&b));
        assert!(!a.push("q", 1));
        drop(b);
        assert!(a.is_unique() && a.push("q", 1));
        assert!(a.as_str().ends_with("zq"));
        let e = Heap::new("", 0);
        assert_eq!(e.as_str(), "");
        let mut m = Heap::new("AbC", 3);
        let keep = m.clone();
        assert!(m.as_mut_str().is_none());
        drop(keep);
        if let Some(t) = m.as_mut_str() {
            t.make_ascii_lowercase();
        }
        assert_eq!(m.as_str(), "abc");
    }
}
