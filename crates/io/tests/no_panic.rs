//! No input may panic a reader: arbitrary bytes through every format, plain and gzipped.

use attache_io::{read_bytes, ReadOptions};
use proptest::prelude::*;
use std::io::Write;

const NAMES: &[&str] = &[
    "a.txt",
    "a.html",
    "a.json",
    "a.jsonl",
    "a",
    "a.txt.gz",
    "a.jsonl.gz",
];

fn read_all(name: &str, bytes: &[u8]) -> usize {
    let opts = ReadOptions {
        date: None,
        max_article_bytes: 1 << 20,
    };
    let mut n = 0;
    read_bytes(name, bytes, &opts, &mut |a| {
        // Every span must lie on character boundaries inside the text.
        for b in &a.doc.blocks {
            assert!(
                a.doc.text.get(b.span.range()).is_some(),
                "block span off a char boundary"
            );
        }
        n += 1;
    });
    n
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_any_reader(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        for name in NAMES {
            prop_assert!(read_all(name, &bytes) >= 1, "every input yields an article or a failure record");
        }
        let gz = gzip(&bytes);
        prop_assert!(read_all("b.gz", &gz) >= 1);
        prop_assert!(read_all("b.gz", &gz[..gz.len() / 2]) >= 1);
    }

    #[test]
    fn markup_like_text_never_panics(s in "([<>/=\"'&;#a-z0-9 \n{}\\[\\],:]|<p>|</p>|<script>|&amp;|&#x|\\{\"text\":){0,80}") {
        for name in NAMES {
            read_all(name, s.as_bytes());
        }
    }

    #[test]
    fn datelines_never_panic(s in "\\PC{0,60}") {
        let _ = attache_io::dateline::parse_dateline(&s);
        let _ = attache_io::dateline::parse_timestamp(&s);
    }
}
