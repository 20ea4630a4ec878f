//! The little-endian binary format of the model files.
//!
//! A file is a magic tag (`ATSX` + kind byte + version byte) followed by values written in
//! a fixed order by each model's `write`. Arrays are a u32 length then the items. Reading
//! checks every length against what is left, so a truncated or foreign file gives an
//! error, never a panic.

pub const VERSION: u8 = 1;

#[derive(Default)]
pub struct ByteWriter {
    pub buf: Vec<u8>,
}

impl ByteWriter {
    pub fn magic(&mut self, kind: u8) {
        self.buf.extend_from_slice(b"ATSX");
        self.buf.push(kind);
        self.buf.push(VERSION);
    }

    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }

    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    pub fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    pub fn u32s(&mut self, vs: &[u32]) {
        self.u32(vs.len() as u32);
        self.buf.reserve(vs.len() * 4);
        for v in vs {
            self.buf.extend_from_slice(&v.to_le_bytes());
        }
    }

    pub fn i8s(&mut self, vs: &[i8]) {
        self.u32(vs.len() as u32);
        self.buf.extend(vs.iter().map(|&v| v as u8));
    }

    pub fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.buf.extend_from_slice(s.as_bytes());
    }
}

pub struct ByteReader<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> ByteReader<'a> {
    pub fn new(data: &'a [u8]) -> ByteReader<'a> {
        ByteReader { data, at: 0 }
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.data.len())
            .ok_or_else(|| format!("model file truncated at byte {}", self.at))?;
        let s = &self.data[self.at..end];
        self.at = end;
        Ok(s)
    }

    pub fn magic(&mut self, kind: u8) -> Result<(), String> {
        let m = self.take(6)?;
        if &m[..4] != b"ATSX" || m[4] != kind {
            return Err("not an attache-syntax model file of the expected kind".into());
        }
        if m[5] != VERSION {
            return Err(format!(
                "model file version {} but this build reads version {VERSION}; retrain",
                m[5]
            ));
        }
        Ok(())
    }

    pub fn u8(&mut self) -> Result<u8, String> {
        match self.take(1)? {
            &[b] => Ok(b),
            _ => Err(format!("model file truncated at byte {}", self.at)),
        }
    }

    pub fn u32(&mut self) -> Result<u32, String> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    pub fn u64(&mut self) -> Result<u64, String> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }

    pub fn u32s(&mut self) -> Result<Vec<u32>, String> {
        let n = self.u32()? as usize;
        let b = self.take(n.checked_mul(4).ok_or("array too long")?)?;
        Ok(b.chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect())
    }

    pub fn i8s(&mut self) -> Result<Vec<i8>, String> {
        let n = self.u32()? as usize;
        Ok(self.take(n)?.iter().map(|&b| b as i8).collect())
    }

    pub fn str(&mut self) -> Result<String, String> {
        let n = self.u32()? as usize;
        let b = self.take(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| "model file holds a non-UTF-8 label".into())
    }

    pub fn done(&self) -> Result<(), String> {
        if self.at == self.data.len() {
            Ok(())
        } else {
            Err(format!(
                "model file has {} unread bytes at the end",
                self.data.len() - self.at
            ))
        }
    }
}
