//! The global allocator of compiled programs: per-thread free lists of small blocks in
//! front of the system allocator. Python programs allocate and free small objects at a
//! high rate (tuples, instances, boxed values); a glibc malloc/free pair costs about 80
//! instructions, a free-list pop and push about ten. As with CPython's pymalloc, a freed
//! small block is kept for the next allocation of its size class and never returned to the
//! system, so peak memory is the peak of live small blocks, not their total.
//!
//! This is one of the runtime's few audited `unsafe` places (design.md, "Safe Rust"): the
//! `GlobalAlloc` contract is unsafe by nature.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr::null_mut;

/// Size classes are multiples of 16 bytes up to 256; every block is 16-byte aligned.
const GRAIN: usize = 16;
const CLASSES: usize = 16;
const MAX_SMALL: usize = GRAIN * CLASSES;
/// Fresh blocks are carved from slabs of this size, taken from the system.
const SLAB_BYTES: usize = 32 * 1024;

pub struct PyAlloc;

thread_local! {
    // Heads of the free lists; each free block's first word points to the next. Const
    // initialised and without a destructor, so usable at any point of a thread's life
    // (including while other thread-locals are being destroyed) and never allocating.
    static FREE: [Cell<*mut u8>; CLASSES] = const { [const { Cell::new(null_mut()) }; CLASSES] };
}

/// The size class serving `layout`, if it is small.
#[inline]
fn class_of(size: usize, align: usize) -> Option<usize> {
    if size == 0 || size > MAX_SMALL || align > GRAIN {
        None
    } else {
        Some((size - 1) / GRAIN)
    }
}

/// Takes a fresh slab for class `c`: returns its first block and puts the rest on the list.
#[cold]
#[inline(never)]
fn refill(head: &Cell<*mut u8>, c: usize) -> *mut u8 {
    let size = (c + 1) * GRAIN;
    // SAFETY: the layout has a non-zero size and a power-of-two alignment.
    let slab = unsafe { System.alloc(Layout::from_size_align_unchecked(SLAB_BYTES, GRAIN)) };
    if slab.is_null() {
        return slab;
    }
    let mut next = null_mut();
    for i in (1..SLAB_BYTES / size).rev() {
        // SAFETY: block i lies inside the slab (i * size + size <= SLAB_BYTES), is 16-byte
        // aligned (slab and size are), and is ours: nothing else has seen the slab yet.
        unsafe {
            let b = slab.add(i * size);
            b.cast::<*mut u8>().write(next);
            next = b;
        }
    }
    head.set(next);
    slab
}

// SAFETY: small blocks are handed out once (a block is on at most one free list and is
// removed before it is returned), are at least as large and as aligned as the layout asks
// (class size >= size, 16 >= align), and are only ever put back on a list, never given to
// `System.dealloc` (a slab's interior blocks were not allocated by the system one by one).
// Large requests go to the system allocator unchanged.
unsafe impl GlobalAlloc for PyAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class_of(layout.size(), layout.align()) {
            // SAFETY: the caller's layout is valid (GlobalAlloc contract).
            None => unsafe { System.alloc(layout) },
            Some(c) => FREE.with(|f| {
                let head = f[c].get();
                if head.is_null() {
                    return refill(&f[c], c);
                }
                // SAFETY: a block on the list is 16-aligned, at least 16 bytes, and its first
                // word holds the next block (written by `dealloc` or `refill`).
                f[c].set(unsafe { head.cast::<*mut u8>().read() });
                head
            }),
        }
    }

    #[inline]
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        match class_of(layout.size(), layout.align()) {
            // SAFETY: p came from `System.alloc` with this layout (large blocks only go there).
            None => unsafe { System.dealloc(p, layout) },
            Some(c) => FREE.with(|f| {
                // SAFETY: p is a block of class c that the caller gives up; its first word is
                // free to hold the list link.
                unsafe { p.cast::<*mut u8>().write(f[c].get()) };
                f[c].set(p);
            }),
        }
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old = class_of(layout.size(), layout.align());
        let new = class_of(new_size, layout.align());
        match (old, new) {
            // SAFETY: a large block stays large: the system allocator resizes its own block.
            (None, None) => unsafe { System.realloc(p, layout, new_size) },
            // The block already has room for the new size.
            (Some(a), Some(b)) if a == b => p,
            _ => {
                // SAFETY: new_size rounded up to the alignment does not overflow (GlobalAlloc
                // contract for realloc); the copy stays within both blocks.
                unsafe {
                    let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
                    let q = self.alloc(new_layout);
                    if !q.is_null() {
                        std::ptr::copy_nonoverlapping(p, q, layout.size().min(new_size));
                        self.dealloc(p, layout);
                    }
                    q
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        // Blocks of mixed sizes, written with a pattern, freed and resized in random
        // order: no two live blocks overlap and every block keeps its contents.
        #[test]
        fn blocks_stay_distinct(ops in proptest::collection::vec((0usize..600, 0u8..4, any::<u8>()), 1..300)) {
            let mut live: Vec<(Vec<u8>, Box<[u8]>)> = vec![];
            for (size, op, byte) in ops {
                match op {
                    0 | 1 if size > 0 => {
                        let b: Box<[u8]> = vec![byte; size].into_boxed_slice();
                        live.push((vec![byte; size], b));
                    }
                    2 if !live.is_empty() => {
                        let i = size % live.len();
                        live.swap_remove(i);
                    }
                    _ if !live.is_empty() => {
                        // Grow or shrink through realloc, keeping the common prefix.
                        let i = size % live.len();
                        let (want, b) = live.swap_remove(i);
                        let mut v = b.into_vec();
                        v.resize(size, byte);
                        let mut w = want;
                        w.resize(size, byte);
                        live.push((w, v.into_boxed_slice()));
                    }
                    _ => {}
                }
                for (want, b) in &live {
                    prop_assert_eq!(&want[..], &b[..]);
                }
            }
        }
    }

    #[test]
    fn classes() {
        assert_eq!(class_of(1, 1), Some(0));
        assert_eq!(class_of(16, 8), Some(0));
        assert_eq!(class_of(17, 8), Some(1));
        assert_eq!(class_of(256, 16), Some(15));
        assert_eq!(class_of(257, 8), None);
        assert_eq!(class_of(32, 32), None);
        assert_eq!(class_of(0, 1), None);
    }
}
