//! Averaged perceptron: the trainer (f32/f64, sparse rows) and the two compact runtime
//! forms it exports to (i16 weights, one row per hash bucket).
//!
//! A feature hash `h` falls into bucket `h >> (64 - bits)`. Training and runtime use the
//! same buckets, so colliding features share weights in both.

use crate::io::{ByteReader, ByteWriter};

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
        let avg = self.averaged();
        let mut mags: Vec<f64> = avg.iter().map(|a| a.2.abs()).collect();
        mags.sort_by(|a, b| a.total_cmp(b));
        let top = mags
            .get(((mags.len() as f64) * 0.9999) as usize)
            .or(mags.last())
            .copied()
            .unwrap_or(1.0)
            .max(1e-9);
        let scale = 32000.0 / top;
        avg.into_iter()
            .filter_map(|(b, c, w)| {
                let q = (w * scale).round().clamp(-32767.0, 32767.0) as i16;
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
        SparseModel {
            bits: self.bits,
            n_classes: self.n_classes,
            offsets,
            entries,
        }
    }

    pub fn to_dense(&self) -> DenseModel {
        let mut weights = vec![0i16; (1 << self.bits) * self.n_classes];
        for (b, c, w) in self.quantized() {
            weights[b * self.n_classes + c as usize] = w;
        }
        DenseModel {
            bits: self.bits,
            n_classes: self.n_classes,
            weights,
        }
    }
}

/// Runtime weights stored per bucket as a run of `(class << 16 | i16 weight)` entries.
#[derive(Clone)]
pub struct SparseModel {
    bits: u32,
    n_classes: usize,
    offsets: Vec<u32>,
    entries: Vec<u32>,
}

impl SparseModel {
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Adds the weights of `feats` to `scores`. Reads all bucket offsets first, then all
    /// entries, so that the (independent) cache misses overlap.
    #[inline]
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        let mut ranges = [(0u32, 0u32); 64];
        for chunk in feats.chunks(64) {
            for (r, &h) in ranges.iter_mut().zip(chunk) {
                let b = bucket(h, self.bits);
                *r = (self.offsets[b], self.offsets[b + 1]);
            }
            for &(lo, hi) in &ranges[..chunk.len()] {
                for &e in &self.entries[lo as usize..hi as usize] {
                    if let Some(s) = scores.get_mut((e >> 16) as usize) {
                        *s += (e as u16 as i16) as i32;
                    }
                }
            }
        }
    }

    pub fn write(&self, w: &mut ByteWriter) {
        w.u32(self.bits);
        w.u32(self.n_classes as u32);
        w.u32s(&self.offsets);
        w.u32s(&self.entries);
    }

    pub fn read(r: &mut ByteReader) -> Result<SparseModel, String> {
        let bits = r.u32()?;
        let n_classes = r.u32()? as usize;
        if !(8..=26).contains(&bits) {
            return Err(format!("sparse table: bad bucket bits {bits}"));
        }
        let offsets = r.u32s()?;
        let entries = r.u32s()?;
        if offsets.len() != (1 << bits) + 1 {
            return Err("sparse table: offsets do not match bucket count".into());
        }
        if offsets.windows(2).any(|w| w[0] > w[1])
            || offsets.last().copied().unwrap_or(0) as usize != entries.len()
        {
            return Err("sparse table: offsets are not a partition of the entries".into());
        }
        Ok(SparseModel {
            bits,
            n_classes,
            offsets,
            entries,
        })
    }

    pub fn bytes(&self) -> usize {
        4 * (self.offsets.len() + self.entries.len())
    }
}

/// Runtime weights for few classes: `n_classes` i16 per bucket.
pub struct DenseModel {
    bits: u32,
    n_classes: usize,
    weights: Vec<i16>,
}

impl DenseModel {
    #[inline]
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        let n = self.n_classes;
        if n == 3 {
            let mut acc = [0i32; 3];
            for &h in feats {
                let b = bucket(h, self.bits) * 3;
                if let Some(row) = self.weights.get(b..b + 3) {
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
            if let Some(row) = self.weights.get(b..b + n) {
                for (s, &w) in scores.iter_mut().zip(row) {
                    *s += w as i32;
                }
            }
        }
    }

    pub fn write(&self, w: &mut ByteWriter) {
        w.u32(self.bits);
        w.u32(self.n_classes as u32);
        w.i16s(&self.weights);
    }

    pub fn read(r: &mut ByteReader) -> Result<DenseModel, String> {
        let bits = r.u32()?;
        let n_classes = r.u32()? as usize;
        if !(8..=26).contains(&bits) || n_classes == 0 || n_classes > 16 {
            return Err(format!("dense table: bad shape {bits} bits x {n_classes}"));
        }
        let weights = r.i16s()?;
        if weights.len() != (1 << bits) * n_classes {
            return Err("dense table: weight count does not match its shape".into());
        }
        Ok(DenseModel {
            bits,
            n_classes,
            weights,
        })
    }

    pub fn bytes(&self) -> usize {
        2 * self.weights.len()
    }
}
