//! Averaged perceptron: the trainer (f32/f64, sparse rows) and the two compact runtime
//! forms it exports to (i16 weights, one row per hash bucket).
//!
//! A feature hash `h` falls into bucket `h >> (64 - bits)`. Training and runtime use the
//! same buckets, so colliding features share weights in both.

use crate::io::{ByteReader, ByteWriter};
use crate::pages::PagedTable;

#[inline]
pub fn bucket(h: u64, bits: u32) -> usize {
    (h >> (64 - bits)) as usize
}

#[derive(Clone, Copy, Debug)]
struct Entry {
    class: u16,
    w: f32,
    /// Sum of `w` over all steps up to `ts`.
    tot: f64,
    ts: u64,
}

/// Averaged perceptron under training.
pub struct Trainer {
    bits: u32,
    n_classes: usize,
    /// Bucket -> row + 1 (0: no row yet).
    index: Vec<u32>,
    rows: Vec<Vec<Entry>>,
    /// Number of examples seen (the averaging clock).
    t: u64,
}

impl Trainer {
    pub fn new(bits: u32, n_classes: usize) -> Trainer {
        Trainer {
            bits,
            n_classes,
            index: vec![0; 1 << bits],
            rows: Vec::new(),
            t: 0,
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Buckets that hold at least one weight.
    pub fn used_buckets(&self) -> usize {
        self.rows.len()
    }

    /// Adds the current (not averaged) weights of `feats` to `scores`.
    pub fn score(&self, feats: &[u64], scores: &mut [f32]) {
        for &h in feats {
            let r = self.index[bucket(h, self.bits)];
            if r == 0 {
                continue;
            }
            for e in &self.rows[r as usize - 1] {
                scores[e.class as usize] += e.w;
            }
        }
    }

    /// One example done: advances the averaging clock.
    pub fn tick(&mut self) {
        self.t += 1;
    }

    /// Moves the weights of `feats` for `class` by `delta`.
    pub fn update(&mut self, feats: &[u64], class: usize, delta: f32) {
        let t = self.t;
        for &h in feats {
            let b = bucket(h, self.bits);
            if self.index[b] == 0 {
                self.rows.push(Vec::with_capacity(2));
                self.index[b] = self.rows.len() as u32;
            }
            let row = &mut self.rows[self.index[b] as usize - 1];
            let e = match row.iter().position(|e| e.class as usize == class) {
                Some(i) => &mut row[i],
                None => {
                    row.push(Entry {
                        class: class as u16,
                        w: 0.0,
                        tot: 0.0,
                        ts: t,
                    });
                    let last = row.len() - 1;
                    &mut row[last]
                }
            };
            e.tot += (t - e.ts) as f64 * e.w as f64;
            e.ts = t;
            e.w += delta;
        }
    }

    /// Averaged weights as `(bucket, class, weight)`, dropping zeros.
    fn averaged(&self) -> Vec<(usize, u16, f64)> {
        let t = self.t.max(1);
        let mut out = Vec::new();
        for (b, &r) in self.index.iter().enumerate() {
            if r == 0 {
                continue;
            }
            for e in &self.rows[r as usize - 1] {
                let tot = e.tot + (t - e.ts) as f64 * e.w as f64;
                let avg = tot / t as f64;
                if avg != 0.0 {
                    out.push((b, e.class, avg));
                }
            }
        }
        out
    }

    /// The averaged weights scaled to i16 (clipped at the 99.99th percentile of |w|).
    fn quantized(&self) -> Vec<(usize, u16, i16)> {
        self.quantized_to(32000.0)
            .into_iter()
            .map(|(b, c, q)| (b, c, q as i16))
            .collect()
    }

    /// The averaged weights scaled so that the 99.99th percentile of |w| is `limit`,
    /// rounded, clipped at ±`limit` (at most 32767), zeros dropped.
    fn quantized_to(&self, limit: f64) -> Vec<(usize, u16, i32)> {
        let avg = self.averaged();
        let mut mags: Vec<f64> = avg.iter().map(|a| a.2.abs()).collect();
        mags.sort_by(|a, b| a.total_cmp(b));
        let top = mags
            .get(((mags.len() as f64) * 0.9999) as usize)
            .or(mags.last())
            .copied()
            .unwrap_or(1.0)
            .max(1e-9);
        let limit = limit.min(32767.0);
        let scale = limit / top;
        avg.into_iter()
            .filter_map(|(b, c, w)| {
                let q = (w * scale).round().clamp(-limit, limit) as i32;
                (q != 0).then_some((b, c, q))
            })
            .collect()
    }

    pub fn to_sparse(&self) -> SparseModel {
        let q = self.quantized();
        let mut offsets = vec![0u32; (1 << self.bits) + 1];
        for &(b, _, _) in &q {
            offsets[b + 1] += 1;
        }
        for i in 1..offsets.len() {
            offsets[i] += offsets[i - 1];
        }
        // `q` is in bucket order already.
        let entries = q
            .iter()
            .map(|&(_, c, w)| ((c as u32) << 16) | (w as u16 as u32))
            .collect();
        SparseModel::build(self.bits, self.n_classes, offsets, entries)
            .expect("the trainer writes a well-formed table of at most 128 classes")
    }

    /// Dense i8 weights (enough for few classes: the parser's moves lose nothing
    /// measurable against i16, and the table is half the size, so fewer cache misses).
    pub fn to_dense(&self) -> DenseModel {
        let mut weights = vec![0i8; (1 << self.bits) * self.n_classes];
        for (b, c, w) in self.quantized_to(127.0) {
            weights[b * self.n_classes + c as usize] = w as i8;
        }
        DenseModel::new(self.bits, self.n_classes, weights)
    }
}

/// [`add_dense_rows`] for rows of a length known when compiled (the whole row is added at
/// once, without a bounds check per eight classes).
#[inline(always)]
fn add_rows_of<const N: usize>(dense: &[i16], rows: &[usize], acc: &mut [i32; N]) {
    let mut sum = [0i32; N];
    for &r in rows {
        if let Some(Ok(row)) = dense.get(r..r + N).map(<&[i16; N]>::try_from) {
            for k in 0..N {
                sum[k] += row[k] as i32;
            }
        }
    }
    for k in 0..N {
        acc[k] += sum[k];
    }
}

/// The row length [`add_dense_rows`] adds whole, with a length known when compiled: the
/// parser's labeller stride (its labels, rounded up to eight). Other lengths are added right
/// but slower; a parser test checks the embedded labeller's stride against it.
pub const WHOLE_ROW_CLASSES: usize = 64;

/// Adds the dense rows of `dense` that start at the offsets `rows` to `acc`, eight classes
/// at a time over all rows so the partial sums stay in registers (a row is `acc.len()` long,
/// a multiple of eight; rows that would run past `dense` are skipped).
#[inline(always)]
pub fn add_dense_rows(dense: &[i16], rows: &[usize], acc: &mut [i32]) {
    if let Ok(acc) = <&mut [i32; WHOLE_ROW_CLASSES]>::try_from(&mut *acc) {
        add_rows_of(dense, rows, acc);
        return;
    }
    for (c, out) in acc.chunks_exact_mut(8).enumerate() {
        let mut sum = [0i32; 8];
        for &r in rows {
            if let Some(w) = dense.get(r + 8 * c..r + 8 * c + 8) {
                for k in 0..8 {
                    sum[k] += w[k] as i32;
                }
            }
        }
        for k in 0..8 {
            out[k] += sum[k];
        }
    }
}

/// Most classes a sparse table may have (scores accumulate in a fixed-size array).
pub const MAX_SPARSE_CLASSES: usize = 128;
/// An entry with all of these bits set stands for a dense row (its low 16 bits index it).
const DENSE_MARK: u32 = 0xffff_0000;
/// Buckets per block of the two-part run index.
const BLOCK_BITS: u32 = 6;

/// Runtime weights stored per bucket as a run of `(class << 16 | i16 weight)` entries.
/// Buckets with many classes (the bias, frequent words and tags) are stored at run time as
/// one dense row of `stride` i16 instead, which adds up faster than a long run of entries;
/// such a bucket's run is then a single `DENSE_MARK | row` entry. Files always hold the
/// plain entries.
#[derive(Clone)]
pub struct SparseModel {
    bits: u32,
    n_classes: usize,
    /// Where each bucket's run starts, in two parts to halve the index's memory:
    /// `base[b >> BLOCK_BITS] + rel[b]` (a block's runs are at most
    /// `2^BLOCK_BITS * MAX_SPARSE_CLASSES` entries long, so `rel` fits 16 bits).
    base: Vec<u32>,
    rel: Vec<u16>,
    entries: PagedTable<u32>,
    /// Dense rows, `stride` weights each (`stride` is `n_classes` rounded up to 8).
    dense: Vec<i16>,
    stride: usize,
}

impl SparseModel {
    /// Checks the plain table and moves its crowded buckets into dense rows.
    fn build(
        bits: u32,
        n_classes: usize,
        offsets: Vec<u32>,
        entries: Vec<u32>,
    ) -> Result<SparseModel, String> {
        if n_classes == 0 || n_classes > MAX_SPARSE_CLASSES {
            return Err(format!("sparse table: bad class count {n_classes}"));
        }
        if offsets.len() != (1 << bits) + 1 {
            return Err("sparse table: offsets do not match bucket count".into());
        }
        if offsets.first() != Some(&0)
            || offsets.windows(2).any(|w| w[0] > w[1])
            || offsets.last().copied().unwrap_or(0) as usize != entries.len()
        {
            return Err("sparse table: offsets are not a partition of the entries".into());
        }
        if entries.iter().any(|&e| (e >> 16) as usize >= n_classes) {
            return Err("sparse table: an entry names a class beyond the class count".into());
        }
        let stride = n_classes.div_ceil(8) * 8;
        // A dense row costs about as much to add up as `stride / 4` sparse entries.
        // (With i16 rows and the parser's 64-class stride, 16 measured as fast as 12, 24
        // or 32, and faster than 6 or 8: more rows, more memory.)
        let dense_min = (stride / 4).max(8);
        let mut new_offsets = Vec::with_capacity(offsets.len());
        let mut new_entries = Vec::with_capacity(entries.len());
        let mut dense: Vec<i16> = Vec::new();
        new_offsets.push(0u32);
        let mut rows = 0usize;
        let mut row = vec![0i32; stride];
        for w in offsets.windows(2) {
            let run = &entries[w[0] as usize..w[1] as usize];
            row.iter_mut().for_each(|v| *v = 0);
            for &e in run {
                row[(e >> 16) as usize] += (e as u16 as i16) as i32;
            }
            // A row whose sums would not fit i16 (a class twice in a run) stays a run.
            let narrow = row.iter().all(|&v| i16::try_from(v).is_ok());
            if run.len() >= dense_min && rows < 0xffff && narrow {
                new_entries.push(DENSE_MARK | rows as u32);
                dense.extend(row.iter().map(|&v| v as i16));
                rows += 1;
            } else {
                new_entries.extend_from_slice(run);
            }
            new_offsets.push(new_entries.len() as u32);
        }
        let base: Vec<u32> = new_offsets
            .iter()
            .step_by(1 << BLOCK_BITS)
            .copied()
            .collect();
        // Offsets rise, so no difference below is negative; a block holds at most
        // 2^BLOCK_BITS dense marks and short runs, unless a damaged table has more crowded
        // buckets than dense rows can take: then its runs may not fit `rel`.
        let rel = new_offsets
            .iter()
            .enumerate()
            .map(|(b, &o)| u16::try_from(o - base[b >> BLOCK_BITS]).ok())
            .collect::<Option<Vec<u16>>>()
            .ok_or("sparse table: a block of buckets holds too many entries")?;
        Ok(SparseModel {
            bits,
            n_classes,
            base,
            rel,
            entries: PagedTable::new(&new_entries),
            dense,
            stride,
        })
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// The length of a dense row: the class count rounded up to eight.
    pub fn stride(&self) -> usize {
        self.stride
    }

    /// Where the run of bucket `b` starts in `entries` (`b` up to the bucket count; [`build`]
    /// checked that these never fall and end at `entries.len()`).
    ///
    /// [`build`]: SparseModel::build
    #[inline(always)]
    fn start(&self, b: usize) -> u32 {
        self.base[b >> BLOCK_BITS] + self.rel[b] as u32
    }

    /// Starts loading where the runs of `feats` start (their index entries; see
    /// [`prefetch`]).
    #[inline(always)]
    pub fn prefetch_index(&self, feats: &[u64]) {
        for &h in feats {
            let b = bucket(h, self.bits);
            prefetch(self.rel.as_ptr().wrapping_add(b));
        }
    }

    /// Starts loading the runs of `feats` (best after [`SparseModel::prefetch_index`] of
    /// them has had time to finish).
    #[inline(always)]
    pub fn prefetch_runs(&self, feats: &[u64]) {
        for &h in feats {
            let b = bucket(h, self.bits);
            let start = self.start(b) as usize;
            prefetch(self.entries.as_slice().as_ptr().wrapping_add(start));
        }
    }

    /// Adds the weights of `feats` to `scores`. Reads all bucket offsets first, then all
    /// entries, so that the (independent) cache misses overlap; dense rows are summed
    /// eight classes at a time over all rows, the partial sums staying in registers.
    #[inline(always)]
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        let mut acc = [0i32; MAX_SPARSE_CLASSES];
        let mut ranges = [(0u32, 0u32); 64];
        let mut rows = [0usize; 64];
        let stride = self.stride;
        let entries = self.entries.as_slice();
        for chunk in feats.chunks(64) {
            for (r, &h) in ranges.iter_mut().zip(chunk) {
                let b = bucket(h, self.bits);
                *r = (self.start(b), self.start(b + 1));
                prefetch(entries.as_ptr().wrapping_add(r.0 as usize));
            }
            let mut n_rows = 0;
            for &(lo, hi) in &ranges[..chunk.len()] {
                let run = entries.get(lo as usize..hi as usize).unwrap_or(&[]);
                match run.first() {
                    Some(&e) if e >= DENSE_MARK => {
                        rows[n_rows] = (e & 0xffff) as usize * stride;
                        n_rows += 1;
                    }
                    _ => {
                        for &e in run {
                            // Classes were checked against MAX_SPARSE_CLASSES on load.
                            acc[(e >> 16) as usize & (MAX_SPARSE_CLASSES - 1)] +=
                                (e as u16 as i16) as i32;
                        }
                    }
                }
            }
            add_dense_rows(&self.dense, &rows[..n_rows], &mut acc[..stride]);
        }
        for (s, a) in scores.iter_mut().zip(&acc[..self.n_classes]) {
            *s += a;
        }
    }

    /// The plain entries (dense rows expanded back, classes in order within a bucket).
    pub fn plain(&self) -> (Vec<u32>, Vec<u32>) {
        let mut offsets = Vec::with_capacity(self.rel.len());
        let mut entries = Vec::with_capacity(self.entries.as_slice().len());
        offsets.push(0u32);
        for b in 0..self.rel.len().saturating_sub(1) {
            let (lo, hi) = (self.start(b) as usize, self.start(b + 1) as usize);
            let run = self.entries.as_slice().get(lo..hi).unwrap_or(&[]);
            match run.first() {
                Some(&e) if e >= DENSE_MARK => {
                    let start = (e & 0xffff) as usize * self.stride;
                    let row = self.dense.get(start..start + self.n_classes).unwrap_or(&[]);
                    for (c, &v) in row.iter().enumerate() {
                        if v != 0 {
                            entries.push(((c as u32) << 16) | v as u16 as u32);
                        }
                    }
                }
                _ => entries.extend_from_slice(run),
            }
            offsets.push(entries.len() as u32);
        }
        (offsets, entries)
    }

    pub fn write(&self, w: &mut ByteWriter) {
        let (offsets, entries) = self.plain();
        w.u32(self.bits);
        w.u32(self.n_classes as u32);
        w.u32s(&offsets);
        w.u32s(&entries);
    }

    pub fn read(r: &mut ByteReader) -> Result<SparseModel, String> {
        let bits = r.u32()?;
        let n_classes = r.u32()? as usize;
        if !(8..=26).contains(&bits) {
            return Err(format!("sparse table: bad bucket bits {bits}"));
        }
        let offsets = r.u32s()?;
        let entries = r.u32s()?;
        SparseModel::build(bits, n_classes, offsets, entries)
    }

    pub fn bytes(&self) -> usize {
        4 * (self.base.len() + self.entries.as_slice().len())
            + 2 * (self.rel.len() + self.dense.len())
    }
}

/// The first index of `v` in `s` (0 when there is none): eight scores compared at a
/// time, without an early exit inside the eight.
#[inline(always)]
pub(crate) fn first_index_of(s: &[i32], v: i32) -> usize {
    let (eights, rest) = s.as_chunks::<8>();
    for (c, eight) in eights.iter().enumerate() {
        if eight.iter().fold(false, |seen, &x| seen | (x == v)) {
            return 8 * c + eight.iter().position(|&x| x == v).unwrap_or(0);
        }
    }
    rest.iter()
        .position(|&x| x == v)
        .map_or(0, |k| 8 * eights.len() + k)
}

/// Asks the CPU to start loading the cache line of `p` (a hint: it never faults, whatever
/// the address, and changes no value). A no-op where the target has no prefetch instruction.
#[inline(always)]
pub fn prefetch<T>(p: *const T) {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse"))]
    // SAFETY: PREFETCHT0 is part of SSE (enabled, checked by the cfg above); it reads
    // nothing architecturally and cannot fault on any address.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>(p as *const i8);
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse")))]
    let _ = p;
}

/// Runtime weights for few classes: `n_classes` i8 per bucket (on huge pages where the
/// system gives them: see [`PagedTable`]), then one padding byte (0), so that the row of any
/// bucket of a three-class table can be read as a 32-bit word (see [`DenseModel::score`]).
pub struct DenseModel {
    bits: u32,
    n_classes: usize,
    weights: PagedTable<i8>,
    /// Whether the table has three classes, `3 * 2^bits + 1` bytes and `bits` in 1..64:
    /// then each row and the byte after it lie inside it.
    words3: bool,
}

/// Most features of a three-class table summed in 16-bit lanes before the lanes are added
/// to the scores: each lane takes one i8 weight per four features, and 255 weights of at
/// most 128 in size (32,640) fit an i16.
const LANE_FEATURES: usize = 1020;

impl DenseModel {
    /// A table of `2^bits` rows of `n_classes` weights (`weights`, row after row).
    fn new(bits: u32, n_classes: usize, mut weights: Vec<i8>) -> DenseModel {
        weights.push(0);
        let words3 = n_classes == 3
            && (1..64).contains(&bits)
            && (3usize << bits).checked_add(1) == Some(weights.len());
        DenseModel {
            bits,
            n_classes,
            weights: PagedTable::new(&weights),
            words3,
        }
    }

    /// The rows, without the padding byte.
    fn rows(&self) -> &[i8] {
        let w = self.weights.as_slice();
        &w[..w.len().saturating_sub(1)]
    }

    /// Starts loading the rows of `feats` (see [`prefetch`]), so that a later
    /// [`DenseModel::score`] of them finds them in cache.
    #[inline(always)]
    pub fn prefetch(&self, feats: &[u64]) {
        let base = self.weights.as_slice().as_ptr();
        for &h in feats {
            prefetch(base.wrapping_add(bucket(h, self.bits) * self.n_classes));
        }
    }

    /// Adds the weights of `feats` to `scores` (the same integer sums however they are
    /// added: a three-class table is summed four features at a time where the processor
    /// has AVX2).
    #[inline(always)]
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        #[cfg(target_arch = "x86_64")]
        if self.words3 && std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor has AVX2 (checked on the line above: std caches the
            // answer) and the table the shape `words3` stands for.
            unsafe { self.score3_avx2(feats, scores) };
            return;
        }
        self.score_plain(feats, scores);
    }

    /// [`DenseModel::score`] one feature and one class at a time.
    #[inline(always)]
    fn score_plain(&self, feats: &[u64], scores: &mut [i32]) {
        let n = self.n_classes;
        let weights = self.rows();
        if n == 3 {
            let rows = weights.as_chunks::<3>().0;
            let mut acc = [0i32; 3];
            for &h in feats {
                if let Some(row) = rows.get(bucket(h, self.bits)) {
                    acc[0] += row[0] as i32;
                    acc[1] += row[1] as i32;
                    acc[2] += row[2] as i32;
                }
            }
            for (s, a) in scores.iter_mut().zip(acc) {
                *s += a;
            }
            return;
        }
        for &h in feats {
            let b = bucket(h, self.bits) * n;
            if let Some(row) = weights.get(b..b + n) {
                for (s, &w) in scores.iter_mut().zip(row) {
                    *s += w as i32;
                }
            }
        }
    }

    /// [`DenseModel::score`] of a three-class table with AVX2: the rows of four features
    /// are read as four 32-bit words (three weights and the byte after them, whose lanes
    /// are dropped), widened to sixteen 16-bit lanes and added in one instruction.
    ///
    /// Not compiled for AVX2 itself (`#[target_feature]` functions do not inline into their
    /// callers): it and its intrinsics inline into the parser's copy compiled for AVX2. A
    /// caller compiled without it still gets the right sums, through calls.
    ///
    /// # Safety
    /// The processor must have AVX2, and the table the shape of `words3`.
    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    unsafe fn score3_avx2(&self, feats: &[u64], scores: &mut [i32]) {
        use std::arch::x86_64::{
            __m128i, _mm256_add_epi16, _mm256_add_epi32, _mm256_castsi256_si128,
            _mm256_cvtepi16_epi32, _mm256_cvtepi8_epi16, _mm256_extracti128_si256,
            _mm256_setzero_si256, _mm_add_epi32, _mm_cvtepi8_epi32, _mm_cvtsi32_si128,
            _mm_setr_epi32, _mm_setzero_si128, _mm_storeu_si128,
        };
        let shift = 64 - self.bits;
        let base = self.weights.as_slice().as_ptr();
        let word = |h: u64| {
            // SAFETY: `h >> shift < 2^bits`, so the four bytes from `3 * (h >> shift)` end
            // at most at `3 * 2^bits + 1`, the table's length (the caller's contract).
            unsafe {
                base.add(3 * (h >> shift) as usize)
                    .cast::<i32>()
                    .read_unaligned()
            }
        };
        // Lanes 0..3: the three classes' sums (lane 3 sums the bytes after the rows).
        let mut total: __m128i = _mm_setzero_si128();
        for block in feats.chunks(LANE_FEATURES) {
            let (fours, rest) = block.as_chunks::<4>();
            let mut acc = _mm256_setzero_si256();
            for f in fours {
                let rows = _mm_setr_epi32(word(f[0]), word(f[1]), word(f[2]), word(f[3]));
                acc = _mm256_add_epi16(acc, _mm256_cvtepi8_epi16(rows));
            }
            // The four features' lanes of each class, widened to i32 and added up.
            let pairs = _mm256_add_epi32(
                _mm256_cvtepi16_epi32(_mm256_castsi256_si128(acc)),
                _mm256_cvtepi16_epi32(_mm256_extracti128_si256::<1>(acc)),
            );
            total = _mm_add_epi32(total, _mm256_castsi256_si128(pairs));
            total = _mm_add_epi32(total, _mm256_extracti128_si256::<1>(pairs));
            for &h in rest {
                total = _mm_add_epi32(total, _mm_cvtepi8_epi32(_mm_cvtsi32_si128(word(h))));
            }
        }
        let mut sums = [0i32; 4];
        // SAFETY: `sums` is 16 bytes, the size of the store (unaligned allowed).
        unsafe { _mm_storeu_si128(sums.as_mut_ptr().cast::<__m128i>(), total) };
        for (s, t) in scores.iter_mut().zip(&sums[..3]) {
            *s += t;
        }
    }

    pub fn write(&self, w: &mut ByteWriter) {
        w.u32(self.bits);
        w.u32(self.n_classes as u32);
        w.i8s(self.rows());
    }

    pub fn read(r: &mut ByteReader) -> Result<DenseModel, String> {
        let bits = r.u32()?;
        let n_classes = r.u32()? as usize;
        if !(8..=26).contains(&bits) || n_classes == 0 || n_classes > 16 {
            return Err(format!("dense table: bad shape {bits} bits x {n_classes}"));
        }
        let weights = r.i8s()?;
        if weights.len() != (1 << bits) * n_classes {
            return Err("dense table: weight count does not match its shape".into());
        }
        Ok(DenseModel::new(bits, n_classes, weights))
    }

    pub fn bytes(&self) -> usize {
        self.rows().len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sparse table file of `bits` buckets and `n_classes` classes as written.
    fn table_file(bits: u32, n_classes: u32, offsets: &[u32], entries: &[u32]) -> Vec<u8> {
        let mut w = ByteWriter::default();
        w.u32(bits);
        w.u32(n_classes);
        w.u32s(offsets);
        w.u32s(entries);
        w.buf
    }

    fn read_table(bytes: &[u8]) -> Result<SparseModel, String> {
        SparseModel::read(&mut ByteReader::new(bytes))
    }

    fn entry(class: u32, weight: i16) -> u32 {
        (class << 16) | weight as u16 as u32
    }

    /// 2^8 buckets: bucket 1 has two entries, bucket 2 a crowded run (a dense row at run
    /// time), the rest none.
    fn small_table() -> (Vec<u32>, Vec<u32>) {
        let mut entries = vec![entry(0, 5), entry(2, -3)];
        entries.extend((0..10).map(|c| entry(c, c as i16 + 1)));
        let mut offsets = vec![0, 0, 2];
        offsets.resize(257, 12);
        (offsets, entries)
    }

    #[test]
    fn a_sparse_table_reads_back_its_plain_entries() {
        let (offsets, entries) = small_table();
        let model = read_table(&table_file(8, 10, &offsets, &entries));
        let model = model.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(model.plain(), (offsets, entries));
        let mut w = ByteWriter::default();
        model.write(&mut w);
        assert_eq!(w.buf, table_file(8, 10, &small_table().0, &small_table().1));
    }

    #[test]
    fn crowded_buckets_score_their_exact_sums_even_beyond_i16() {
        // 64 classes (rows added whole): bucket 1 names class 3 twice (60,000 together, more
        // than an i16 row holds), bucket 2 is an ordinary crowded run.
        let mut entries: Vec<u32> = (0..18).map(|c| entry(c, 100 + c as i16)).collect();
        entries.extend([entry(3, 30_000), entry(3, 30_000)]);
        entries.extend((0..64).map(|c| entry(c, -(c as i16))));
        let mut offsets = vec![0, 0, 20];
        offsets.resize(257, 84);
        let model = read_table(&table_file(8, 64, &offsets, &entries));
        let model = model.unwrap_or_else(|e| panic!("{e}"));
        let feats = [1u64 << 56, 2u64 << 56];
        let mut scores = vec![0i32; 64];
        model.score(&feats, &mut scores);
        let mut want = vec![0i32; 64];
        for &e in &entries {
            want[(e >> 16) as usize] += (e as u16 as i16) as i32;
        }
        assert_eq!(scores, want);
        assert_eq!(scores[3], 103 + 60_000 - 3);
        // The crowded bucket stayed a run: its entries read back as they were, the repeated
        // class included.
        let (plain_offsets, plain_entries) = model.plain();
        let (lo, hi) = (plain_offsets[1] as usize, plain_offsets[2] as usize);
        assert_eq!(plain_entries.get(lo..hi), Some(&entries[..20]));
    }

    #[test]
    fn rows_of_the_whole_row_length_and_of_other_lengths_add_up_the_same() {
        for stride in [16, WHOLE_ROW_CLASSES, WHOLE_ROW_CLASSES + 8] {
            let dense: Vec<i16> = (0..5 * stride)
                .map(|k| (k as i16).wrapping_mul(97) % 3000)
                .collect();
            // Rows 0, 2 and 4, row 2 twice, and one past the end of `dense` (skipped).
            let rows = [0, 2 * stride, 4 * stride, 2 * stride, 5 * stride];
            let mut want = vec![7i32; stride];
            for &r in &rows[..4] {
                for (w, &v) in want.iter_mut().zip(&dense[r..r + stride]) {
                    *w += v as i32;
                }
            }
            let mut got = vec![7i32; stride];
            add_dense_rows(&dense, &rows, &mut got);
            assert_eq!(got, want, "stride {stride}");
        }
    }

    /// A dense table of `2^8` rows of `n` classes, as a file holds it.
    fn dense_file(n: u32, weight: impl Fn(usize) -> i8) -> Vec<u8> {
        let mut w = ByteWriter::default();
        w.u32(8);
        w.u32(n);
        w.i8s(&(0..(n as usize) << 8).map(weight).collect::<Vec<_>>());
        w.buf
    }

    #[test]
    fn three_class_rows_sum_four_at_a_time_as_one_at_a_time() {
        // Mixed weights, and the extremes on every row, whose sums over many features show
        // any lane that overflows; feature counts around the four-feature groups and the
        // lane blocks, the last row (read with the padding byte after it) included.
        let mixed = |k: usize| ((k * 89 + 7) % 256) as u8 as i8;
        for weight in [&mixed as &dyn Fn(usize) -> i8, &|_| i8::MIN, &|_| i8::MAX] {
            let file = dense_file(3, weight);
            let model =
                DenseModel::read(&mut ByteReader::new(&file)).unwrap_or_else(|e| panic!("{e}"));
            for n_feats in [0, 1, 3, 4, 7, 62, 1019, 1020, 1021, 2100, 4200] {
                let feats: Vec<u64> = (0..n_feats as u64)
                    .map(|k| match k % 5 {
                        0 => u64::MAX,
                        _ => k.wrapping_mul(0x9e37_79b9_7f4a_7c15),
                    })
                    .collect();
                let (mut fast, mut plain) = ([5i32; 3], [5i32; 3]);
                model.score(&feats, &mut fast);
                model.score_plain(&feats, &mut plain);
                assert_eq!(fast, plain, "{n_feats} features");
            }
            // The padding byte is not part of the table the file holds.
            let mut w = ByteWriter::default();
            model.write(&mut w);
            assert_eq!(w.buf, file);
            assert_eq!(model.bytes(), 3 << 8);
        }
    }

    #[test]
    fn a_damaged_sparse_table_is_an_error_not_a_panic() {
        let (offsets, entries) = small_table();
        let good = table_file(8, 10, &offsets, &entries);
        // cut anywhere
        for cut in 0..good.len() {
            assert!(read_table(&good[..cut]).is_err(), "cut at {cut}");
        }
        // an offset past the entries, offsets that fall, a class beyond the class count
        let mut past = offsets.clone();
        past[200] = 40;
        let mut falling = offsets.clone();
        falling[2] = 1;
        falling[1] = 2;
        let mut classes = entries.clone();
        classes[1] = entry(10, 1);
        for (what, file) in [
            ("past the end", table_file(8, 10, &past, &entries)),
            ("falling", table_file(8, 10, &falling, &entries)),
            ("short offsets", table_file(8, 10, &offsets[1..], &entries)),
            ("bad class", table_file(8, 10, &offsets, &classes)),
            ("no classes", table_file(8, 0, &offsets, &entries)),
            ("bad bits", table_file(40, 10, &offsets, &entries)),
        ] {
            assert!(read_table(&file).is_err(), "{what}");
        }
    }

    #[test]
    fn runs_too_long_for_the_run_index_are_an_error() {
        // Every dense row taken by 0xffff crowded buckets, then one bucket with a run of
        // `long` entries: from 2^16 on, its block's relative offsets do not fit 16 bits.
        let bits = 17;
        let crowded = 0xffffusize;
        let file = |long: usize| {
            let mut offsets = Vec::with_capacity((1 << bits) + 1);
            let mut entries = Vec::new();
            offsets.push(0);
            for b in 0..1usize << bits {
                let run = match b {
                    _ if b < crowded => 8,
                    _ if b == crowded + 1 => long,
                    _ => 0,
                };
                entries.extend((0..run).map(|k| entry(k as u32 % 8, 1)));
                offsets.push(entries.len() as u32);
            }
            (table_file(bits, 8, &offsets, &entries), entries.len())
        };
        let e = read_table(&file(1 << 16).0).err();
        assert!(e.unwrap_or_default().contains("too many entries"));
        // a run that fits loads, and reads back whole
        let (fits, n_entries) = file((1 << 16) - 64);
        let model = read_table(&fits).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(model.plain().1.len(), n_entries);
    }
}
