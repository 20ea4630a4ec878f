//! Weight tables on huge pages: their lookups are random, so with ordinary 4 KiB pages
//! most of them also miss the address-translation cache; a table held on 2 MiB pages needs
//! one translation entry per 2 MiB.
//!
//! [`PagedTable`] copies a table into its own allocation aligned to 2 MiB and, on Linux,
//! asks the kernel for huge pages there (`madvise`) before the copy touches it. That is only
//! advice: where the kernel has none, or on other systems, the table is ordinary memory and
//! reads the same values. The cost is the unused end of the table's last huge page
//! (resident when the kernel backs it with a huge page): less than 2 MiB a table. The
//! allocator may reserve address space before the aligned start; it is never written, so it
//! does not become resident.

use std::alloc::Layout;
use std::ptr::NonNull;

/// Size of a huge page (x86-64, and the usual size on aarch64).
const HUGE_PAGE: usize = 2 << 20;

/// Tables smaller than this stay in ordinary memory (a huge page for them would waste more
/// than it saves).
const MIN_BYTES: usize = 512 << 10;

/// A read-only table of `T`, aligned to a huge page when it is large.
pub struct PagedTable<T: Copy + Default> {
    store: Store<T>,
}

enum Store<T> {
    /// A small table (or one the aligned allocation failed for).
    Plain(Vec<T>),
    /// `len` values at `ptr` (initialised), at the start of an allocation of `layout`
    /// (align `HUGE_PAGE`, size a multiple of it) that this table owns.
    Aligned {
        ptr: NonNull<T>,
        len: usize,
        layout: Layout,
    },
}

// SAFETY: an `Aligned` store owns its allocation exclusively (like a `Vec<T>`) and is only
// read through `&self`, so it may move to or be shared with another thread when `T` may.
unsafe impl<T: Copy + Default + Send> Send for PagedTable<T> {}
// SAFETY: as above; no interior mutability.
unsafe impl<T: Copy + Default + Sync> Sync for PagedTable<T> {}

impl<T: Copy + Default> Default for PagedTable<T> {
    fn default() -> PagedTable<T> {
        PagedTable {
            store: Store::Plain(Vec::new()),
        }
    }
}

impl<T: Copy + Default> PagedTable<T> {
    /// The values of `values`, copied.
    pub fn new(values: &[T]) -> PagedTable<T> {
        let bytes = std::mem::size_of_val(values);
        let plain = || PagedTable {
            store: Store::Plain(values.to_vec()),
        };
        if bytes < MIN_BYTES || std::mem::align_of::<T>() > HUGE_PAGE {
            return plain();
        }
        let rounded = bytes.div_ceil(HUGE_PAGE) * HUGE_PAGE;
        let Ok(layout) = Layout::from_size_align(rounded, HUGE_PAGE) else {
            return plain();
        };
        // SAFETY: `layout` has a non-zero size (`bytes >= MIN_BYTES`).
        let raw = unsafe { std::alloc::alloc(layout) };
        let Some(base) = NonNull::new(raw) else {
            return plain();
        };
        advise_huge(base.as_ptr() as usize, rounded);
        // SAFETY: the allocation holds `rounded >= bytes` bytes and is aligned to
        // `HUGE_PAGE >= align_of::<T>()`, so `values.len()` values of `T` fit at its start;
        // the source is a live slice that cannot overlap a fresh allocation. The bytes past
        // the values stay uninitialised and are never read.
        unsafe {
            std::ptr::copy_nonoverlapping(values.as_ptr(), base.as_ptr().cast::<T>(), values.len());
        }
        PagedTable {
            store: Store::Aligned {
                ptr: base.cast::<T>(),
                len: values.len(),
                layout,
            },
        }
    }

    #[inline]
    pub fn as_slice(&self) -> &[T] {
        match &self.store {
            Store::Plain(v) => v,
            // SAFETY: `ptr` holds `len` initialised values of `T` (written in `new`), owned
            // by `self` and never written again, so they live as long as `&self`.
            Store::Aligned { ptr, len, .. } => unsafe {
                std::slice::from_raw_parts(ptr.as_ptr(), *len)
            },
        }
    }

    /// Whether the table is in its own huge-page-aligned allocation.
    #[cfg(test)]
    fn is_aligned(&self) -> bool {
        matches!(self.store, Store::Aligned { .. })
    }
}

impl<T: Copy + Default> Drop for PagedTable<T> {
    fn drop(&mut self) {
        if let Store::Aligned { ptr, layout, .. } = self.store {
            // SAFETY: `ptr` came from `alloc(layout)` in `new` and is freed only here.
            unsafe { std::alloc::dealloc(ptr.as_ptr().cast::<u8>(), layout) };
        }
    }
}

impl<T: Copy + Default> Clone for PagedTable<T> {
    /// A copy placed (and advised) as its own table: a plain copy of the buffer would lose
    /// the alignment.
    fn clone(&self) -> PagedTable<T> {
        PagedTable::new(self.as_slice())
    }
}

/// Asks for huge pages for the `len` bytes at `addr` (allocated, not yet touched).
#[cfg(target_os = "linux")]
fn advise_huge(addr: usize, len: usize) {
    // SAFETY: the range is one live allocation of ours, aligned to `HUGE_PAGE` (a multiple
    // of the page size); MADV_HUGEPAGE changes no contents and no permissions, only how the
    // kernel backs the pages. A failure (no THP support) leaves ordinary pages.
    unsafe {
        libc::madvise(addr as *mut libc::c_void, len, libc::MADV_HUGEPAGE);
    }
}

#[cfg(not(target_os = "linux"))]
fn advise_huge(_addr: usize, _len: usize) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paged_table_reads_the_values_it_was_given() {
        let small: Vec<u32> = (0..100).collect();
        let t = PagedTable::new(&small);
        assert_eq!(t.as_slice(), &small[..]);
        assert!(!t.is_aligned());
        let large: Vec<i8> = (0..3 << 20).map(|i| (i % 251) as i8).collect();
        let t = PagedTable::new(&large);
        assert_eq!(t.as_slice(), &large[..]);
        assert_eq!(t.as_slice().as_ptr() as usize % HUGE_PAGE, 0);
        let c = t.clone();
        drop(t);
        assert_eq!(c.as_slice(), &large[..]);
    }

    #[test]
    fn a_table_of_values_larger_than_their_alignment_starts_on_a_huge_page() {
        // (u32, u32) has size 8 and alignment 4: the start must still be a 2 MiB boundary.
        let pairs: Vec<(u32, u32)> = (0..200_000u32).map(|i| (i, i.wrapping_mul(7))).collect();
        let t = PagedTable::new(&pairs);
        assert!(t.is_aligned());
        assert_eq!(t.as_slice().as_ptr() as usize % HUGE_PAGE, 0);
        assert_eq!(t.as_slice(), &pairs[..]);
        // A table whose size is not a multiple of a huge page reads exactly its values.
        let odd: Vec<[u8; 3]> = (0..300_001u32).map(|i| [i as u8, 1, 2]).collect();
        let t = PagedTable::new(&odd);
        assert_eq!(t.as_slice(), &odd[..]);
        assert_eq!(PagedTable::<u64>::default().as_slice(), &[] as &[u64]);
    }
}
