//! Weight tables on huge pages: their lookups are random, so with ordinary 4 KiB pages
//! most of them also miss the address-translation cache; a table held on 2 MiB pages needs
//! one translation entry per 2 MiB.
//!
//! [`PagedTable`] copies a table into memory aligned to 2 MiB and, on Linux, asks the kernel
//! for huge pages there (`madvise`). That is only advice: where the kernel has none, or on
//! other systems, the table is ordinary memory and reads the same values. The cost is the
//! memory before the first 2 MiB boundary of the allocation (less than 2 MiB a table,
//! zero-filled), and the unused end of the table's last huge page.

/// Size of a huge page (x86-64, and the usual size on aarch64).
const HUGE_PAGE: usize = 2 << 20;

/// Tables smaller than this stay in ordinary memory (a huge page for them would waste more
/// than it saves).
const MIN_BYTES: usize = 512 << 10;

/// A read-only table of `T`, aligned to a huge page when it is large.
#[derive(Default)]
pub struct PagedTable<T: Copy + Default> {
    buf: Vec<T>,
    /// Where the table starts in `buf`.
    start: usize,
}

impl<T: Copy + Default> PagedTable<T> {
    /// The values of `values`, copied.
    pub fn new(values: &[T]) -> PagedTable<T> {
        let size = std::mem::size_of::<T>().max(1);
        let bytes = std::mem::size_of_val(values);
        if bytes < MIN_BYTES || !HUGE_PAGE.is_multiple_of(size) {
            return PagedTable {
                buf: values.to_vec(),
                start: 0,
            };
        }
        let rounded = bytes.div_ceil(HUGE_PAGE) * HUGE_PAGE;
        let mut buf: Vec<T> = Vec::with_capacity((rounded + HUGE_PAGE) / size);
        let addr = buf.as_ptr() as usize;
        // Elements before the first 2 MiB boundary (the allocation is aligned to `T`).
        let start = ((HUGE_PAGE - addr % HUGE_PAGE) % HUGE_PAGE) / size;
        advise_huge(addr + start * size, rounded);
        buf.resize(start, T::default());
        buf.extend_from_slice(values);
        PagedTable { buf, start }
    }

    #[inline]
    pub fn as_slice(&self) -> &[T] {
        self.buf.get(self.start..).unwrap_or(&[])
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
    // SAFETY: the range lies inside one live allocation of ours (the caller reserved
    // `len` bytes past `addr`); MADV_HUGEPAGE changes no contents and no permissions, only
    // how the kernel backs the pages. A failure (no THP support) leaves ordinary pages.
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
        assert_eq!(PagedTable::new(&small).as_slice(), &small[..]);
        let large: Vec<i8> = (0..3 << 20).map(|i| (i % 251) as i8).collect();
        let t = PagedTable::new(&large);
        assert_eq!(t.as_slice(), &large[..]);
        assert_eq!(t.as_slice().as_ptr() as usize % HUGE_PAGE, 0);
    }
}
