//! Bad input: each case gets a clear message on stderr and in that article's warnings,
//! the batch goes on, and the exit code is 2.

use crate::common;
use common::*;
use std::io::Write;

/// Runs a batch of `bad` plus one good article; checks the good one still comes out, the
/// bad one is reported with `code` on stderr and in its warnings, and the exit code is 2.
fn check_bad(bad: &std::path::Path, code: &str) {
    let good = examples().join("chisinau-power-line.txt");
    let (docs, stderr, exit) = code_jsonl(&[bad.to_str().unwrap(), good.to_str().unwrap()]);
    assert_eq!(exit, 2, "exit code; stderr: {stderr}");
    assert!(stderr.contains(code), "stderr lacks {code}: {stderr}");
    let failed = docs
        .iter()
        .find(|d| {
            d["warnings"]
                .as_array()
                .unwrap()
                .iter()
                .any(|w| w.as_str().unwrap().contains(code))
        })
        .unwrap_or_else(|| panic!("no article carries {code}: {docs:?}"));
    assert_eq!(failed["schema"], "attache/1");
    assert!(
        docs.iter()
            .any(|d| d["title"] == "Moldova and Romania Sign Deal on Second Power Line"),
        "the good article after the bad one was not coded"
    );
}

#[test]
fn binary_file_is_refused_with_a_message() {
    let dir = scratch("binary");
    let p = dir.join("image.txt");
    std::fs::write(&p, [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xff, 0x00, 0x10]).unwrap();
    check_bad(&p, "R003");
}

#[test]
fn empty_file_is_reported() {
    let dir = scratch("empty");
    let p = dir.join("empty.txt");
    std::fs::write(&p, "").unwrap();
    check_bad(&p, "R005");
}

#[test]
fn unreadable_path_is_reported() {
    let dir = scratch("missing");
    check_bad(&dir.join("does-not-exist.txt"), "R001");
}

#[test]
fn truncated_gzip_is_reported() {
    let dir = scratch("truncgz");
    let gz = gzip(
        "Talks resumed in Geneva on Friday. "
            .repeat(2000)
            .as_bytes(),
    );
    let p = dir.join("story.txt.gz");
    std::fs::write(&p, &gz[..gz.len() / 2]).unwrap();
    check_bad(&p, "R006");
}

#[test]
fn json_without_text_is_reported_and_its_neighbours_are_coded() {
    let dir = scratch("notext");
    let p = dir.join("records.jsonl");
    std::fs::write(
        &p,
        "{\"id\":\"a\",\"title\":\"No body\"}\n{\"id\":\"b\",\"text\":\"Russia and China met.\",\"date\":\"2022-01-21\"}\nnot json\n",
    )
    .unwrap();
    let (docs, stderr, exit) = code_jsonl(&[p.to_str().unwrap()]);
    assert_eq!(exit, 2);
    assert!(
        stderr.contains("R020") && stderr.contains("R021"),
        "{stderr}"
    );
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[1]["id"], "b");
    assert_eq!(docs[1]["published"], "2022-01-21");
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning() {
    let dir = scratch("utf8");
    let p = dir.join("latin1.txt");
    std::fs::write(
        &p,
        b"Talks in Z\xfcrich\nBERN, 3 May 2022\nThe ministers met in Z\xfcrich.\n",
    )
    .unwrap();
    let (docs, _, exit) = code_jsonl(&[p.to_str().unwrap()]);
    assert_eq!(exit, 0, "a lossy decode is a warning, not a failure");
    let w = docs[0]["warnings"].to_string();
    assert!(w.contains("R002") && w.contains("invalid UTF-8"), "{w}");
    assert!(docs[0]["text"].as_str().unwrap().contains("Z\u{fffd}rich"));
}

#[test]
fn huge_file_without_newline_is_refused_not_loaded() {
    let dir = scratch("huge");
    let p = dir.join("huge.txt");
    {
        let f = std::fs::File::create(&p).unwrap();
        let mut w = std::io::BufWriter::new(f);
        let chunk = "word ".repeat(200_000); // 1 MB, no newline
        for _ in 0..200 {
            w.write_all(chunk.as_bytes()).unwrap();
        }
    }
    check_bad(&p, "R004");
    let _ = std::fs::remove_file(&p);
}

#[test]
fn over_long_jsonl_line_is_refused_and_later_lines_are_read() {
    let dir = scratch("longline");
    let p = dir.join("feed.jsonl");
    let long = format!("{{\"id\":\"big\",\"text\":\"{}\"}}\n", "x ".repeat(600_000));
    std::fs::write(
        &p,
        format!("{long}{{\"id\":\"ok\",\"text\":\"Russia and China met.\"}}\n"),
    )
    .unwrap();
    let (docs, stderr, exit) = code_jsonl(&["--max-article-bytes", "1000000", p.to_str().unwrap()]);
    assert_eq!(exit, 2);
    assert!(stderr.contains("R004"), "{stderr}");
    assert!(docs.iter().any(|d| d["id"] == "ok"));
}

#[test]
fn symlink_loops_in_a_directory_are_read_once() {
    let dir = scratch("symloop");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/a.txt"), "Russia and China met in Beijing.\n").unwrap();
    std::os::unix::fs::symlink("..", dir.join("sub/up")).unwrap();
    std::os::unix::fs::symlink(".", dir.join("sub/self")).unwrap();
    let (docs, stderr, exit) = code_jsonl(&["--date", "2022-01-21", dir.to_str().unwrap()]);
    assert_eq!(exit, 0, "{stderr}");
    assert_eq!(docs.len(), 1, "the one article, once");
}

#[test]
fn failed_inputs_keep_their_place_in_the_batch() {
    let dir = scratch("order");
    std::fs::write(dir.join("a.txt"), "Russia and China met.\n").unwrap();
    std::fs::write(dir.join("b.txt"), "India and Pakistan met.\n").unwrap();
    let (a, missing, b) = (
        dir.join("a.txt"),
        dir.join("missing.txt"),
        dir.join("b.txt"),
    );
    let (docs, _, exit) = code_jsonl(&[
        a.to_str().unwrap(),
        missing.to_str().unwrap(),
        b.to_str().unwrap(),
    ]);
    assert_eq!(exit, 2);
    let order: Vec<bool> = docs
        .iter()
        .map(|d| d["text"].as_str().unwrap().is_empty())
        .collect();
    assert_eq!(order, [false, true, false]);
}

#[test]
fn long_first_record_on_stdin_is_read_as_json_lines() {
    let rec = |id: &str| {
        format!(
            "{{\"id\":\"{id}\",\"text\":\"{}\"}}\n",
            "Lavrov met Blinken in Geneva. ".repeat(300)
        )
    };
    let input = format!("{}{}", rec("a"), rec("b"));
    let args = ["code", "--format", "jsonl", "--date", "2022-01-21", "-"];
    let (stdout, code) = attache_stdin(&args, input.as_bytes());
    assert_eq!(code, 0);
    assert_eq!(stdout.lines().count(), 2);
}

#[test]
fn utf16_html_with_a_byte_order_mark_is_decoded_before_detection() {
    let dir = scratch("utf16");
    let html = "<html><body><article><p>The ministers met in Geneva.</p></article></body></html>";
    let mut bytes = vec![0xff, 0xfe];
    for u in html.encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let p = dir.join("page");
    std::fs::write(&p, bytes).unwrap();
    let (docs, _, _) = code_jsonl(&["--date", "2022-01-21", p.to_str().unwrap()]);
    assert_eq!(docs[0]["text"], "The ministers met in Geneva.");
}

#[test]
fn json_date_that_is_not_a_string_is_a_warning() {
    let dir = scratch("numdate");
    let p = dir.join("r.jsonl");
    std::fs::write(
        &p,
        "{\"id\":\"n\",\"date\":20220101,\"text\":\"Russia and China met.\"}\n",
    )
    .unwrap();
    let (docs, _, _) = code_jsonl(&[p.to_str().unwrap()]);
    assert!(
        docs[0]["warnings"].to_string().contains("R011"),
        "{}",
        docs[0]["warnings"]
    );
}

#[test]
fn a_reader_closing_the_pipe_ends_eval_and_lookup_quietly() {
    use std::process::{Command, Stdio};
    for args in [
        &["kb", "lookup", "Lavrov", "--date", "2022-01-21"][..],
        &["bench", "--stage", "segment"][..],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_attache"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("attache starts");
        // Close the reading end before the command has loaded anything to print.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("attache ends");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(out.status.success(), "{args:?}: {:?} {stderr}", out.status);
    }
}
