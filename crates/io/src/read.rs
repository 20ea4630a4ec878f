//! Reading inputs: files, directories, stdin; plain text, HTML, JSON, JSON Lines, each
//! optionally gzip-compressed. Reading never panics and never stops a batch: an input that
//! cannot be read becomes an [`Article`] with `failed = true`, an empty text and a warning
//! that says what went wrong and what to do.

use crate::dateline::{parse_dateline, parse_timestamp};
use crate::html::read_html;
use crate::text::{plain_document, strip_outlet_credit};
use attache_core::{Block, BlockKind, Date, Document, Published, Span};
use std::borrow::Cow;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Reader settings (validated by the CLI).
#[derive(Clone, Debug)]
pub struct ReadOptions {
    /// Overrides every article's publication date.
    pub date: Option<Date>,
    /// Largest article accepted, in bytes (a JSON Lines file may be larger; each line may not).
    pub max_article_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            date: None,
            max_article_bytes: 16 * 1024 * 1024,
        }
    }
}

/// One article as read, or the record of an input that could not be read.
#[derive(Debug)]
pub struct Article {
    pub doc: Document,
    pub failed: bool,
}

/// Input formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Json,
    JsonLines,
}

/// One input of a batch, in the order given: a file to read, or a path that failed.
#[derive(Debug)]
pub enum Input {
    File(String),
    Failed(Box<Article>),
}

/// Expands paths in order: directories recursively (sorted, hidden entries skipped, each
/// directory visited once even through symbolic links), `-` kept for stdin. Unreadable
/// paths come back as failed articles in their place.
pub fn expand_inputs(paths: &[String]) -> Vec<Input> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for p in paths {
        if p == "-" {
            out.push(Input::File(p.clone()));
            continue;
        }
        let path = Path::new(p);
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => walk(path, &mut out, &mut seen),
            Ok(_) => out.push(Input::File(p.clone())),
            Err(e) => out.push(Input::Failed(Box::new(failed(
                p,
                "R001",
                format!("cannot read {p}: {e}"),
            )))),
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Input>, seen: &mut std::collections::HashSet<PathBuf>) {
    // A directory reached twice (a symbolic-link loop, or two links to one place) is read once.
    if let Ok(real) = std::fs::canonicalize(dir) {
        if !seen.insert(real) {
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            let p = dir.display().to_string();
            out.push(Input::Failed(Box::new(failed(
                &p,
                "R001",
                format!("cannot read directory {p}: {e}"),
            ))));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, out, seen);
        } else {
            out.push(Input::File(p.display().to_string()));
        }
    }
}

/// A failed-input record.
pub fn failed(path: &str, code: &'static str, message: String) -> Article {
    let mut doc = Document::new(format!("failed-{:016x}", fnv1a(path.as_bytes())), "");
    doc.source.path = Some(path.to_string());
    doc.warn(code, message);
    Article { doc, failed: true }
}

/// Reads one input (a file path, or `-` for stdin) and hands each article to `sink`.
pub fn read_input(path: &str, opts: &ReadOptions, sink: &mut dyn FnMut(Article)) {
    let limit = opts.max_article_bytes;
    let (reader, size): (Box<dyn Read>, Option<u64>) = if path == "-" {
        (Box::new(std::io::stdin().lock()), None)
    } else {
        match std::fs::File::open(path) {
            Ok(f) => {
                let size = f.metadata().ok().map(|m| m.len());
                (Box::new(f), size)
            }
            Err(e) => return sink(failed(path, "R001", format!("cannot read {path}: {e}"))),
        }
    };
    let mut reader = BufReader::with_capacity(64 * 1024, reader);
    let head = match reader.fill_buf() {
        Ok(h) => h.to_vec(),
        Err(e) => return sink(failed(path, "R001", format!("cannot read {path}: {e}"))),
    };
    if head.starts_with(&[0xff, 0xfe]) || head.starts_with(&[0xfe, 0xff]) {
        // UTF-16: read whole, decode, then detect the format on the decoded text.
        let mut bytes = Vec::new();
        if let Err(e) = (&mut reader).take(limit as u64 + 1).read_to_end(&mut bytes) {
            return sink(failed(path, "R001", format!("cannot read {path}: {e}")));
        }
        if bytes.len() > limit {
            return sink(failed(
                path,
                "R004",
                too_large(path, bytes.len() as u64, limit),
            ));
        }
        return read_bytes(path, &bytes, opts, sink);
    }
    let gz = head.starts_with(&[0x1f, 0x8b]);
    let name = path.strip_suffix(".gz").unwrap_or(path);
    let by_name = format_from_name(name);
    if gz {
        let mut inner = BufReader::new(flate2::read::MultiGzDecoder::new(reader));
        let head = match inner.fill_buf() {
            Ok(h) => h.to_vec(),
            Err(e) => {
                return sink(failed(path, "R006", format!("{path}: gzip data is corrupt or truncated ({e}); re-download or re-compress the file")));
            }
        };
        let format = by_name.unwrap_or_else(|| sniff(&head));
        stream(path, format, inner, opts, sink, true);
    } else {
        let format = by_name.unwrap_or_else(|| sniff(&head));
        if format != Format::JsonLines {
            if let Some(size) = size.filter(|&s| s > limit as u64) {
                return sink(failed(path, "R004", too_large(path, size, limit)));
            }
        }
        stream(path, format, reader, opts, sink, false);
    }
}

fn too_large(path: &str, size: u64, limit: usize) -> String {
    format!(
        "{path}: article is {:.1} MB, over the {:.1} MB limit for one article; split it or raise --max-article-bytes",
        size as f64 / 1e6,
        limit as f64 / 1e6
    )
}

fn stream(
    path: &str,
    format: Format,
    mut reader: impl BufRead,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Article),
    gz: bool,
) {
    let limit = opts.max_article_bytes;
    let corrupt = |e: std::io::Error| {
        if gz {
            ("R006", format!("{path}: gzip data is corrupt or truncated ({e}); re-download or re-compress the file"))
        } else {
            ("R001", format!("cannot read {path}: {e}"))
        }
    };
    if format == Format::JsonLines {
        let mut line = Vec::new();
        let mut n = 0usize;
        loop {
            line.clear();
            match (&mut reader)
                .take(limit as u64 + 1)
                .read_until(b'\n', &mut line)
            {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    let (code, msg) = corrupt(e);
                    return sink(failed(path, code, msg));
                }
            }
            n += 1;
            if line.len() > limit && !line.ends_with(b"\n") {
                sink(failed(
                    &format!("{path}:{n}"),
                    "R004",
                    too_large(&format!("{path}:{n}"), line.len() as u64, limit),
                ));
                // Skip the rest of the over-long line.
                let mut skip = Vec::new();
                let _ = reader.read_until(b'\n', &mut skip);
                continue;
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let loc = format!("{path}:{n}");
            let (text, warn) = decode(&line);
            let mut arts = read_json_text(&loc, &text, opts);
            if let Some(w) = warn {
                for a in &mut arts {
                    a.doc.warn("R002", format!("{loc}: {w}"));
                }
            }
            for mut a in arts {
                a.doc.source.path = Some(path.to_string());
                sink(a);
            }
        }
        return;
    }
    let mut bytes = Vec::new();
    if let Err(e) = (&mut reader).take(limit as u64 + 1).read_to_end(&mut bytes) {
        let (code, msg) = corrupt(e);
        return sink(failed(path, code, msg));
    }
    if bytes.len() > limit {
        return sink(failed(
            path,
            "R004",
            too_large(path, bytes.len() as u64, limit),
        ));
    }
    read_bytes_as(path, format, &bytes, opts, sink);
}

/// Reads an in-memory input whose format is detected from its name and content. Used for
/// stdin-like sources and by the property tests.
pub fn read_bytes(name: &str, bytes: &[u8], opts: &ReadOptions, sink: &mut dyn FnMut(Article)) {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        let mut dec =
            flate2::read::MultiGzDecoder::new(bytes).take(opts.max_article_bytes as u64 + 1);
        if let Err(e) = dec.read_to_end(&mut out) {
            return sink(failed(name, "R006", format!("{name}: gzip data is corrupt or truncated ({e}); re-download or re-compress the file")));
        }
        if out.len() > opts.max_article_bytes {
            return sink(failed(
                name,
                "R004",
                too_large(name, out.len() as u64, opts.max_article_bytes),
            ));
        }
        let inner = name.strip_suffix(".gz").unwrap_or(name);
        let format = format_from_name(inner).unwrap_or_else(|| sniff(&out));
        return read_bytes_as(name, format, &out, opts, sink);
    }
    let utf16 = bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]);
    let format = format_from_name(name).unwrap_or_else(|| {
        if utf16 {
            sniff(decode(bytes).0.as_bytes())
        } else {
            sniff(bytes)
        }
    });
    read_bytes_as(name, format, bytes, opts, sink)
}

fn read_bytes_as(
    path: &str,
    format: Format,
    bytes: &[u8],
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Article),
) {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return sink(failed(
            path,
            "R005",
            format!("{path}: the input is empty; nothing to read"),
        ));
    }
    if let Some(reason) = binary_reason(bytes) {
        return sink(failed(path, "R003", format!("{path}: looks like a binary file ({reason}), not an article; attache reads text, HTML, JSON and JSON Lines, optionally gzip-compressed")));
    }
    let (text, warn) = decode(bytes);
    let mut deliver = |mut a: Article| {
        a.doc.source.path = Some(path.to_string());
        if let Some(w) = &warn {
            a.doc.warn("R002", format!("{path}: {w}"));
        }
        sink(a);
    };
    // A text or HTML file is one article, handed on without a list around it.
    let arts = match format {
        Format::Text => {
            let doc = dated_by_file_name(path, plain_document(&text, true).0, opts);
            return deliver(finish(path, doc, opts));
        }
        Format::Html => {
            let doc = dated_by_file_name(path, html_document(&text), opts);
            return deliver(finish(path, doc, opts));
        }
        Format::JsonLines => {
            let mut v = Vec::new();
            for (n, line) in text.lines().enumerate() {
                if !line.trim().is_empty() {
                    v.extend(read_json_text(&format!("{path}:{}", n + 1), line, opts));
                }
            }
            v
        }
        Format::Json => read_json_text(path, &text, opts),
    };
    for a in arts {
        deliver(a);
    }
}

fn format_from_name(name: &str) -> Option<Format> {
    let ext = Path::new(name).extension()?.to_str()?;
    // Compared without case and without a lowercase copy (one allocation per file).
    let is = |names: &[&str]| names.iter().any(|n| ext.eq_ignore_ascii_case(n));
    if is(&["txt", "text", "md"]) {
        Some(Format::Text)
    } else if is(&["html", "htm", "xhtml"]) {
        Some(Format::Html)
    } else if is(&["json"]) {
        Some(Format::Json)
    } else if is(&["jsonl", "ndjson"]) {
        Some(Format::JsonLines)
    } else {
        None
    }
}

/// Detects the format from the first bytes.
pub fn sniff(head: &[u8]) -> Format {
    let s = String::from_utf8_lossy(head);
    let t = s.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with('{') {
        // JSON Lines unless the object is spread over lines (pretty-printed JSON): a first
        // line that parses alone, or runs past the sniffed head, is a record.
        let Some(nl) = t.find('\n') else {
            return Format::JsonLines;
        };
        let first = t[..nl].trim();
        if serde_json::from_str::<serde_json::Value>(first).is_ok() {
            return Format::JsonLines;
        }
        return Format::Json;
    }
    if t.starts_with('[') {
        return Format::Json;
    }
    let lower = t.to_ascii_lowercase();
    if lower.starts_with('<')
        && [
            "<html",
            "<!doctype",
            "<body",
            "<p",
            "<article",
            "<div",
            "<head",
        ]
        .iter()
        .any(|m| lower.contains(m))
    {
        return Format::Html;
    }
    Format::Text
}

fn binary_reason(bytes: &[u8]) -> Option<String> {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return None; // UTF-16 with a byte-order mark: decoded below
    }
    let head = &bytes[..bytes.len().min(8192)];
    // Bytes below 0x20 include every control byte (and line ends and tabs besides): count
    // them first; only when they are over a tenth are control bytes counted exactly, and a
    // NUL is searched for only when some byte is below 0x20.
    let low = low_bytes(head);
    if low > 0 && memchr::memchr(0, head).is_some() {
        return Some("it contains NUL bytes".into());
    }
    if low * 10 <= head.len() {
        return None;
    }
    let control = control_bytes(head);
    (control * 10 > head.len())
        .then(|| format!("{control} control bytes in the first {} bytes", head.len()))
}

/// Bytes below 0x20, counted as [`control_bytes`] counts.
fn low_bytes(bytes: &[u8]) -> usize {
    bytes
        .chunks(255)
        .map(|run| run.iter().fold(0u8, |n, &b| n + (b < 0x20) as u8) as usize)
        .sum()
}

/// Control bytes other than tab, newline, carriage return and form feed. Counted in
/// byte-wide sums over runs of at most 255 bytes, which the compiler vectorises.
fn control_bytes(bytes: &[u8]) -> usize {
    bytes
        .chunks(255)
        .map(|run| {
            run.iter().fold(0u8, |n, &b| {
                let control = b < 0x20 && b != b'\t' && b != b'\n' && b != b'\r' && b != 0x0c;
                n + control as u8
            }) as usize
        })
        .sum()
}

/// UTF-8 (lossy, with a warning), or UTF-16 with a byte-order mark.
fn decode(bytes: &[u8]) -> (Cow<'_, str>, Option<String>) {
    let utf16 = |le: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| {
                if le {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        Cow::Owned(String::from_utf16_lossy(&units))
    };
    let odd = (bytes.len() % 2 == 1)
        .then(|| "UTF-16 input has an odd number of bytes; the last byte was dropped".to_string());
    if bytes.starts_with(&[0xff, 0xfe]) {
        return (utf16(true), odd);
    }
    if bytes.starts_with(&[0xfe, 0xff]) {
        return (utf16(false), odd);
    }
    let bytes = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (Cow::Borrowed(s), None),
        Err(_) => {
            let s = String::from_utf8_lossy(bytes);
            let bad = s.matches('\u{fffd}').count();
            (
                s,
                Some(format!(
                    "invalid UTF-8: {bad} byte sequence(s) replaced with U+FFFD"
                )),
            )
        }
    }
}

fn html_document(html: &str) -> Document {
    let mut art = read_html(html);
    let mut dateline = None;
    // The first paragraph may open with a dateline or an outlet credit, as in plain text.
    if let Some((false, first)) = art.blocks.first_mut() {
        if let Some(d) = parse_dateline(first) {
            art.published = art.published.or(d.published);
            if let Some(outlet) = d.outlet {
                art.outlet.get_or_insert(outlet);
            }
            dateline = d.place;
            *first = first[d.consumed..].to_string();
        }
        let (name, rest) = strip_outlet_credit(first);
        if let Some(name) = name {
            art.outlet.get_or_insert(name);
            *first = rest.to_string();
        }
        if first.is_empty() {
            art.blocks.remove(0);
        }
    }
    let mut doc = Document::default();
    for (heading, t) in &art.blocks {
        if !doc.text.is_empty() {
            doc.text.push('\n');
        }
        let start = doc.text.len();
        doc.text.push_str(t);
        let kind = if *heading {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        doc.blocks.push(Block {
            span: Span::new(start, doc.text.len()),
            kind,
        });
    }
    doc.title = art.title;
    doc.published = art.published;
    doc.source.outlet = art.outlet;
    doc.source.url = art.url;
    doc.source.dateline = dateline;
    doc
}

fn read_json_text(loc: &str, text: &str, opts: &ReadOptions) -> Vec<Article> {
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return vec![failed(loc, "R021", format!("{loc}: not valid JSON ({e})"))],
    };
    match value {
        serde_json::Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| json_article(&format!("{loc}[{i}]"), v, opts))
            .collect(),
        v => vec![json_article(loc, &v, opts)],
    }
}

fn json_str<'a>(v: &'a serde_json::Value, keys: &[&str]) -> Option<&'a str> {
    keys.iter()
        .find_map(|k| v.get(*k).and_then(|x| x.as_str()))
        .filter(|s| !s.trim().is_empty())
}

fn json_article(loc: &str, v: &serde_json::Value, opts: &ReadOptions) -> Article {
    if !v.is_object() {
        return failed(
            loc,
            "R020",
            format!(
                "{loc}: expected a JSON object with a text field, found {}",
                kind_of(v)
            ),
        );
    }
    let Some(body) = json_str(v, &["text", "body", "content", "article", "maintext"]) else {
        return failed(loc, "R020", format!("{loc}: the object has no text (looked for \"text\", \"body\", \"content\"); add the article body in one of them"));
    };
    let mut doc = if sniff(body.as_bytes()) == Format::Html || body.contains("</p>") {
        html_document(body)
    } else {
        plain_document(body, false).0
    };
    if let Some(t) = json_str(v, &["title", "headline"]) {
        doc.title = Some(t.trim().to_string());
    }
    if let Some(u) = json_str(v, &["url", "link"]) {
        doc.source.url = Some(u.to_string());
    }
    if let Some(o) = json_str(v, &["outlet", "source", "site", "publisher"]) {
        doc.source.outlet = Some(o.to_string());
    }
    let mut bad_date = None;
    const DATE_KEYS: &[&str] = &[
        "published",
        "date",
        "datePublished",
        "published_at",
        "pubdate",
    ];
    if let Some(d) = json_str(v, DATE_KEYS) {
        match parse_timestamp(d) {
            Some(p) => doc.published = Some(p),
            None => bad_date = Some(d.to_string()),
        }
    } else if let Some(d) = DATE_KEYS
        .iter()
        .find_map(|k| v.get(*k))
        .filter(|d| !d.is_null())
    {
        bad_date = Some(d.to_string());
    }
    let id = match v.get("id") {
        Some(serde_json::Value::String(s)) if !s.is_empty() => Some(s.clone()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let mut a = finish(loc, doc, opts);
    if let Some(id) = id {
        a.doc.id = id;
    }
    if let Some(d) = bad_date {
        a.doc.warn("R011", format!("{loc}: publication date {d:?} is not a date attache reads (use ISO 8601, e.g. 2022-01-21T13:55:00Z)"));
    }
    a
}

fn kind_of(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// A one-article file whose text and metadata give no date but whose name carries a
/// full date (`reuters_2016-03-01_talks.txt`, `2016_03_01.html`) is dated by its name, as
/// scraped collections are named, and the warning R013 says where the date came from.
fn dated_by_file_name(path: &str, mut doc: Document, opts: &ReadOptions) -> Document {
    if doc.published.is_some() || opts.date.is_some() {
        return doc;
    }
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    if let Some(d) = date_in_name(name) {
        doc.published = Some(Published::day(d));
        doc.warn(
            "R013",
            format!("{path}: no date in the text or metadata; publication date {d} taken from the file name (pass --date to override)"),
        );
    }
    doc
}

/// The first `YYYY-MM-DD` or `YYYY_MM_DD` (years 1900-2099) in `name` that is a real
/// date and is not part of a longer run of digits.
fn date_in_name(name: &str) -> Option<Date> {
    let b = name.as_bytes();
    let digits = |s: &[u8]| -> Option<u32> {
        s.iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + (c - b'0') as u32)
        })
    };
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let w = &b[i..i + 10];
        let sep = w[4];
        if !(sep == b'-' || sep == b'_') || w[7] != sep {
            return None;
        }
        let bounded = (i == 0 || !b[i - 1].is_ascii_digit())
            && b.get(i + 10).is_none_or(|c| !c.is_ascii_digit());
        let year = digits(&w[..4])?;
        if !bounded || !(1900..=2099).contains(&year) {
            return None;
        }
        Date::new(year as i32, digits(&w[5..7])?, digits(&w[8..10])?)
    })
}

/// Final touches common to every format: id, date override, missing-date warning.
fn finish(path: &str, mut doc: Document, opts: &ReadOptions) -> Article {
    if doc.id.is_empty() {
        let mut h = fnv1a(doc.text.as_bytes());
        if let Some(t) = &doc.title {
            h ^= fnv1a(t.as_bytes()).rotate_left(1);
        }
        doc.id = format!("{h:016x}");
    }
    if let Some(d) = opts.date {
        doc.published = Some(Published::day(d));
    }
    if doc.published.is_none() {
        doc.warn("R010", "no publication date found (no dateline, metadata or --date); relative dates are left unresolved");
    }
    if doc.text.trim().is_empty() {
        doc.warn("R012", format!("{path}: no article text found"));
    }
    Article { doc, failed: false }
}

/// A 64-bit content hash for ids: FNV-1a's constants over 8-byte words (fast on long
/// texts), then the tail bytes. Stable across platforms (little-endian words).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    const PRIME: u64 = 0x100000001b3;
    let mut h: u64 = 0xcbf29ce484222325;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ w).wrapping_mul(PRIME).rotate_left(29);
    }
    for &b in chunks.remainder() {
        h = (h ^ b as u64).wrapping_mul(PRIME);
    }
    h ^ (bytes.len() as u64).wrapping_mul(PRIME)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_input_is_told_from_text_by_nul_and_control_bytes() {
        let text = b"Talks resumed.\r\n\tThe envoys met\x0cagain.\n".repeat(50);
        assert_eq!(binary_reason(&text), None);
        // One NUL anywhere in the head is enough, whatever else the bytes are.
        let mut nul = text.clone();
        nul[700] = 0;
        assert_eq!(
            binary_reason(&nul).as_deref(),
            Some("it contains NUL bytes")
        );
        // Control bytes other than tab, line ends and form feed: binary above a tenth.
        let mut control = b"word ".repeat(20);
        for b in control.iter_mut().step_by(9) {
            *b = 0x01;
        }
        assert!(binary_reason(&control).is_some_and(|r| r.contains("control bytes")));
        // Line breaks alone, even more than a tenth of the bytes, are text.
        assert_eq!(binary_reason(&b"a\n\n\n".repeat(100)), None);
        let mut few = b"word ".repeat(20);
        few[3] = 0x01;
        assert_eq!(binary_reason(&few), None);
    }

    #[test]
    fn a_full_date_in_the_file_name_dates_an_undated_article() {
        let d = |y, m, day| Date::new(y, m, day);
        assert_eq!(
            date_in_name("wire_2016-03-01_talks-resume.txt"),
            d(2016, 3, 1)
        );
        assert_eq!(date_in_name("2019_11_30.html"), d(2019, 11, 30));
        // Not a date: a longer digit run, a month 13, a mixed separator, a year out of range.
        assert_eq!(date_in_name("id12016-03-01.txt"), None);
        assert_eq!(date_in_name("2016-03-011.txt"), None);
        assert_eq!(date_in_name("2016-13-01.txt"), None);
        assert_eq!(date_in_name("2016-03_01.txt"), None);
        assert_eq!(date_in_name("1850-03-01.txt"), None);
        assert_eq!(date_in_name("short.txt"), None);
        assert_eq!(
            date_in_name("2016-02-30 and 2016-02-28.txt"),
            d(2016, 2, 28)
        );
    }

    #[test]
    fn a_dateline_or_the_date_option_wins_over_the_file_name() {
        let text = b"Envoys meet again\n\nThe envoys met on Tuesday in a hotel by the lake.\n";
        let read = |name: &str, opts: &ReadOptions| {
            let mut got = Vec::new();
            read_bytes(name, text, opts, &mut |a| got.push(a));
            got.pop().unwrap().doc
        };
        let doc = read(
            "dir.2020-01-01/wire_2016-03-01_envoys.txt",
            &ReadOptions::default(),
        );
        assert_eq!(
            doc.published.map(|p| p.iso()).as_deref(),
            Some("2016-03-01")
        );
        assert!(doc.warnings.iter().any(|w| w.code == "R013"));
        assert!(!doc.warnings.iter().any(|w| w.code == "R010"));
        let opts = ReadOptions {
            date: Date::new(2017, 5, 5),
            ..ReadOptions::default()
        };
        let doc = read("wire_2016-03-01_envoys.txt", &opts);
        assert_eq!(
            doc.published.map(|p| p.iso()).as_deref(),
            Some("2017-05-05")
        );
        assert!(!doc.warnings.iter().any(|w| w.code == "R013"));
        let dated =
            b"BEIJING, March 10, 2023\n\nThe envoys met on Tuesday in a hotel by the lake.\n";
        let mut got = Vec::new();
        read_bytes(
            "wire_2016-03-01_envoys.txt",
            dated,
            &ReadOptions::default(),
            &mut |a| got.push(a),
        );
        assert_eq!(
            got[0].doc.published.map(|p| p.iso()).as_deref(),
            Some("2023-03-10")
        );
        // No date anywhere: the warning that says so.
        let doc = read("envoys.txt", &ReadOptions::default());
        assert!(doc.published.is_none() && doc.warnings.iter().any(|w| w.code == "R010"));
    }
}
