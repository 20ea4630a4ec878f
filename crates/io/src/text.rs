//! Plain-text articles: headline, dateline, outlet credit, paragraphs and headings.

use crate::dateline::{parse_dateline, Dateline};
use attache_core::{Block, BlockKind, Document, Span};
use std::borrow::Cow;

/// Outlet names that may be glued to a story's first word (`SputnikRussian ...`).
static OUTLETS: &str = include_str!("../data/outlets.txt");

/// The outlet names starting with byte `first`, in list order.
fn outlets(first: u8) -> &'static [&'static str] {
    static BY_FIRST: std::sync::OnceLock<Vec<Vec<&'static str>>> = std::sync::OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut by_first = vec![Vec::new(); 256];
        for name in OUTLETS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            by_first[name.as_bytes()[0] as usize].push(name);
        }
        by_first
    });
    &by_first[first as usize]
}

/// What the header lines and body layout of a plain-text article gave.
pub struct PlainParts {
    pub title: Option<String>,
    pub dateline: Option<Dateline>,
    pub outlet: Option<String>,
    /// Body text (paragraphs and headings separated by `\n`).
    pub text: String,
    pub blocks: Vec<Block>,
}

/// Splits a plain-text article. `with_header`: look for a headline and dateline in the
/// first lines (false for JSON bodies, whose title comes with the record).
pub fn split_plain(raw: &str, with_header: bool) -> PlainParts {
    let mut title = None;
    let mut dateline = None;
    let mut outlet = None;
    // Header lines (headline, dateline, byline) are read line by line, before the body's
    // lines are grouped into paragraphs.
    let mut rest = raw;
    if with_header {
        let mut seen = 0;
        while seen < 4 {
            let Some((line, after)) = next_line(rest) else {
                break;
            };
            if line.is_empty() {
                rest = after;
                continue;
            }
            seen += 1;
            let more_follows = after.lines().any(|l| !l.trim().is_empty());
            if dateline.is_none() {
                if let Some(d) = parse_dateline(line) {
                    if d.consumed == line.len() {
                        outlet = outlet.or(d.outlet.clone());
                        dateline = Some(d);
                        rest = after;
                        continue;
                    }
                }
            }
            if title.is_none() && seen == 1 && more_follows && looks_like_headline(line) {
                title = Some(line.to_string());
                rest = after;
                continue;
            }
            if is_byline(line) {
                rest = after;
                continue;
            }
            break;
        }
    }
    let paragraphs = paragraphs(rest);
    // The body is written as its paragraphs are read: no list of them in between.
    let mut text = String::with_capacity(raw.len());
    let mut blocks = Vec::with_capacity(paragraphs.len());
    let mut short_before = true;
    for (i, para) in paragraphs.iter().enumerate() {
        let mut para: &str = para.as_ref();
        // The dateline opens the first paragraph, or the second or third after a headline
        // and standfirst the header lines did not take (short lines: "Talks resume?\n\n
        // DALLAS (AP) — ..."); never one further down (a story quoted inside another).
        if dateline.is_none() && i > 0 && i < 3 {
            short_before &= is_headline_left_in_body(&paragraphs[i - 1]);
        }
        let opens_story = i == 0 || (i < 3 && short_before);
        if opens_story && dateline.is_none() {
            if let Some(d) = parse_dateline(para) {
                para = &para[d.consumed..];
                outlet = outlet.or(d.outlet.clone());
                dateline = Some(d);
            }
        }
        // An outlet credit opens one of the first paragraphs (a standfirst may come first).
        if outlet.is_none() && blocks.len() < 3 {
            let (name, rest) = strip_outlet_credit(para);
            if name.is_some() {
                outlet = name;
                para = rest;
            }
        }
        if para.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push('\n');
        }
        let start = text.len();
        text.push_str(para);
        let kind = if looks_like_heading(para) {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        blocks.push(Block {
            span: Span::new(start, text.len()),
            kind,
        });
    }
    PlainParts {
        title,
        dateline,
        outlet,
        text,
        blocks,
    }
}

/// A paragraph before the dateline that is a headline or standfirst left in the body: one
/// line of at most 40 words, however it ends ("Can talks resume?", "Talks resume.").
fn is_headline_left_in_body(para: &str) -> bool {
    para.len() <= 400 && !para.contains('\n') && para.bytes().filter(|&b| b == b' ').count() < 40
}

/// The first line of `s` (trimmed) and what follows it.
fn next_line(s: &str) -> Option<(&str, &str)> {
    if s.is_empty() {
        return None;
    }
    Some(match s.find('\n') {
        Some(i) => (s[..i].trim(), &s[i + 1..]),
        None => (s.trim(), ""),
    })
}

/// Paragraphs as line groups. When blank lines separate multi-line groups, a group is a
/// paragraph with soft-wrapped lines (joined by `\n`); otherwise each line is one.
fn paragraphs(raw: &str) -> Vec<Cow<'_, str>> {
    // One pass over the lines: the trimmed non-empty lines, and the groups they form
    // (first line, line count) between empty lines.
    let mut lines: Vec<Cow<'_, str>> = Vec::with_capacity(raw.len() / 128 + 1);
    let mut groups: Vec<(usize, usize)> = Vec::with_capacity(lines.capacity());
    let mut open = false;
    let mut multi = 0;
    let mut short = true;
    for line in lines_of(raw).map(trim) {
        if line.is_empty() {
            open = false;
            continue;
        }
        short &= line.len() < 100;
        match groups.last_mut() {
            Some(g) if open => {
                g.1 += 1;
                multi += (g.1 == 2) as usize;
            }
            _ => {
                groups.push((lines.len(), 1));
                open = true;
            }
        }
        lines.push(Cow::Borrowed(line));
    }
    let soft_wrapped = groups.len() > 1 && multi * 2 >= groups.len() && short;
    if soft_wrapped {
        groups
            .iter()
            .map(|&(i, n)| Cow::Owned(lines[i..i + n].join("\n")))
            .collect()
    } else {
        lines
    }
}

/// The lines of `s` as `str::lines` gives them (split at `\n`, a `\r` before it dropped,
/// no empty last line after a final `\n`), found with the memchr crate's vectorised
/// search.
fn lines_of(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        Some(match memchr::memchr(b'\n', rest.as_bytes()) {
            Some(i) => {
                let line = &rest[..i];
                rest = &rest[i + 1..];
                line.strip_suffix('\r').unwrap_or(line)
            }
            None => std::mem::take(&mut rest),
        })
    })
}

/// `str::trim`, with a shortcut for the usual line that starts and ends with a visible
/// ASCII character.
#[inline]
fn trim(line: &str) -> &str {
    let b = line.as_bytes();
    let visible = |c: Option<&u8>| c.is_some_and(|&c| c.is_ascii_graphic());
    if visible(b.first()) && visible(b.last()) {
        line
    } else {
        line.trim()
    }
}

/// `(Reuters) - ...`, `Reuters - ...`, or an outlet glued to the first word:
/// `SputnikRussian Foreign Minister` -> (`Sputnik`, `Russian Foreign Minister`).
pub fn strip_outlet_credit(para: &str) -> (Option<String>, &str) {
    if let Some(rest) = para.strip_prefix('(') {
        if let Some(close) = rest.find(')') {
            let name = rest[..close].trim();
            let after = rest[close + 1..].trim_start();
            for dash in ["\u{2014}", "\u{2013}", "--", "-"] {
                if let Some(story) = after.strip_prefix(dash) {
                    if !name.is_empty() && name.len() < 40 {
                        return (Some(name.to_string()), story.trim_start());
                    }
                }
            }
        }
    }
    let mut best: Option<&str> = None;
    let first = para.as_bytes().first().copied().unwrap_or(0);
    for &name in outlets(first) {
        if para.starts_with(name) && best.is_none_or(|b| name.len() > b.len()) {
            let rest = &para[name.len()..];
            let glued = rest.chars().next().is_some_and(char::is_uppercase)
                && rest.chars().nth(1).is_some_and(char::is_lowercase);
            let credited = [" \u{2014} ", " \u{2013} ", " - ", " -- "]
                .iter()
                .any(|d| rest.starts_with(d));
            if glued || credited {
                best = Some(name);
            }
        }
    }
    match best {
        Some(name) => {
            let rest = para[name.len()..]
                .trim_start_matches([' ', '-', '\u{2014}', '\u{2013}'])
                .trim_start();
            (Some(name.to_string()), rest)
        }
        None => (None, para),
    }
}

/// Words that stay lower case in title case.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "de", "for", "from", "in", "into", "nor", "of",
    "on", "or", "over", "per", "the", "to", "up", "upon", "via", "vs", "with", "after", "amid",
    "about", "than", "off", "out",
];

fn words_of(line: &str) -> impl Iterator<Item = &str> {
    line.split(|c: char| c.is_whitespace() || c == '-' || c == '\u{2013}' || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

/// Share of words (ignoring small words) that start upper case or with a digit.
fn title_case_share(line: &str) -> (usize, f64) {
    let mut n = 0;
    let mut cap = 0;
    for w in words_of(line) {
        let lower = w.to_lowercase();
        if SMALL_WORDS.contains(&lower.as_str()) {
            continue;
        }
        n += 1;
        if w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        {
            cap += 1;
        }
    }
    (n, if n == 0 { 0.0 } else { cap as f64 / n as f64 })
}

fn strip_wrapping_quotes(line: &str) -> &str {
    let quotes: &[char] = &['\'', '"', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}'];
    let inner = line.trim_start_matches(quotes).trim_end_matches(quotes);
    if inner.len() + 2 <= line.len() {
        inner
    } else {
        line
    }
}

fn ends_like_sentence(line: &str) -> bool {
    let core = line.trim_end_matches(['\'', '"', '\u{2019}', '\u{201d}', ')', ']']);
    core.ends_with(['.', '!', '?', ':', ';', ',', '\u{2026}'])
}

/// A headline: one short line that does not end like a sentence.
pub fn looks_like_headline(line: &str) -> bool {
    let words = words_of(line).count();
    (1..=30).contains(&words) && line.len() <= 300 && !ends_like_sentence(line)
}

/// A section heading inside the body: short, title case, not ending like a sentence.
pub fn looks_like_heading(line: &str) -> bool {
    // Most paragraphs end with sentence punctuation (what `ends_like_sentence` checks
    // last, reached directly).
    if matches!(
        line.as_bytes().last(),
        Some(b'.' | b'!' | b'?' | b':' | b';' | b',')
    ) {
        return false;
    }
    // A sentence's end inside closing quotes ("...end.”) is the commonest case left.
    if ends_like_sentence(line) {
        return false;
    }
    let inner = strip_wrapping_quotes(line);
    if ends_like_sentence(inner) || line.contains('\n') {
        return false;
    }
    // Long lines are no headings: the length is known at once, and words are counted
    // only up to one past the limit (an unpunctuated paragraph of a thousand words was
    // counted whole).
    if inner.len() > 120 {
        return false;
    }
    let words = words_of(inner).take(13).count();
    if words == 0 || words > 12 {
        return false;
    }
    let (n, share) = title_case_share(inner);
    n >= 1 && share >= 0.75
}

fn is_byline(line: &str) -> bool {
    line.strip_prefix("By ").is_some_and(|rest| {
        rest.chars().next().is_some_and(char::is_uppercase)
            && words_of(rest).count() <= 8
            && !ends_like_sentence(rest)
    })
}

/// Fills a document from plain-text parts.
pub fn plain_document(raw: &str, with_header: bool) -> (Document, Option<Dateline>) {
    let parts = split_plain(raw, with_header);
    let mut doc = Document::new(String::new(), parts.text);
    doc.title = parts.title;
    doc.blocks = parts.blocks;
    doc.source.outlet = parts.outlet;
    doc.published = parts.dateline.as_ref().and_then(|d| d.published);
    doc.source.dateline = parts.dateline.as_ref().and_then(|d| d.place.clone());
    (doc, parts.dateline)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlet_glued_to_first_word_is_split_off() {
        let (o, rest) = strip_outlet_credit("SputnikRussian Foreign Minister Sergei Lavrov met");
        assert_eq!(o.as_deref(), Some("Sputnik"));
        assert_eq!(rest, "Russian Foreign Minister Sergei Lavrov met");
        let (o, rest) = strip_outlet_credit("(Reuters) - Talks ended.");
        assert_eq!((o.as_deref(), rest), (Some("Reuters"), "Talks ended."));
        let (o, rest) = strip_outlet_credit("Reuters reported that talks ended.");
        assert_eq!((o, rest), (None, "Reuters reported that talks ended."));
        let (o, _) = strip_outlet_credit("APEC leaders met.");
        assert_eq!(o, None);
    }

    #[test]
    fn headings_are_short_title_case_lines_without_final_punctuation() {
        assert!(looks_like_heading(
            "'Russia Does Not Threaten Ukrainian People'"
        ));
        assert!(looks_like_heading("'Severe Response From US'"));
        assert!(looks_like_heading("Russia-US Security Talks"));
        assert!(!looks_like_heading(
            "Blinken, according to Lavrov, shared the sentiment."
        ));
        assert!(!looks_like_heading("\"We will respond\", he said"));
        assert!(!looks_like_heading("The talks ended without a deal"));
    }

    #[test]
    fn header_lines_give_title_and_date_and_the_rest_is_body() {
        let raw = "Talks End In Geneva\n13:55 GMT, 21 January 2022\nFirst paragraph here.\n\
                   Section Two\nSecond paragraph.\n";
        let (doc, _) = plain_document(raw, true);
        assert_eq!(doc.title.as_deref(), Some("Talks End In Geneva"));
        assert_eq!(
            doc.published.map(|p| p.iso()).as_deref(),
            Some("2022-01-21T13:55:00Z")
        );
        assert_eq!(
            doc.text,
            "First paragraph here.\nSection Two\nSecond paragraph."
        );
        let kinds: Vec<_> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Paragraph,
                BlockKind::Heading,
                BlockKind::Paragraph
            ]
        );
    }

    #[test]
    fn dateline_opening_the_first_paragraph_is_removed_from_the_body() {
        let raw = "Ukraine Reports Talks\n\nKYIV, 11 September 2023 \u{2014} Ukraine said talks went well.\n";
        let (doc, d) = plain_document(raw, true);
        assert_eq!(d.unwrap().place.as_deref(), Some("KYIV"));
        assert_eq!(doc.text, "Ukraine said talks went well.");
        assert_eq!(
            doc.published.map(|p| p.iso()).as_deref(),
            Some("2023-09-11")
        );
    }

    #[test]
    fn dateline_place_is_kept_as_where_the_story_was_filed() {
        let raw =
            "Talks Resume\nYEREVAN, 14 January 2026\n\nArmenia said the talks would resume.\n";
        let (doc, _) = plain_document(raw, true);
        assert_eq!(doc.source.dateline.as_deref(), Some("YEREVAN"));
        let (doc, _) = plain_document(
            "Published 09:40 GMT, Tuesday 15 November 2022\n\nTalks ended.\n",
            true,
        );
        assert_eq!(doc.source.dateline, None);
    }

    #[test]
    fn headline_and_dateline_before_a_blank_line_are_header_not_body() {
        let raw = "Talks End In Geneva\nGENEVA, 21 January 2022\n\nThe ministers met on Friday.\nLavrov said talks went well.\n\nSecond paragraph here.\n";
        let (doc, _) = plain_document(raw, true);
        assert_eq!(doc.title.as_deref(), Some("Talks End In Geneva"));
        assert_eq!(
            doc.published.map(|p| p.iso()).as_deref(),
            Some("2022-01-21")
        );
        assert!(
            doc.text.starts_with("The ministers met on Friday."),
            "{}",
            doc.text
        );
    }

    #[test]
    fn lines_split_as_str_lines_does() {
        for s in [
            "",
            "\n",
            "a",
            "a\n",
            "a\r\nb",
            "a\n\nb\n",
            "a\r",
            "\r\n\r\n",
            "x\ry\nz\r",
            "caf\u{e9}\n\u{2014}\r\n",
        ] {
            assert_eq!(
                lines_of(s).collect::<Vec<_>>(),
                s.lines().collect::<Vec<_>>(),
                "{s:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn paragraphs_keep_every_non_empty_line_in_order(
            lines in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just(String::new()),
                    proptest::strategy::Just(" \t".to_string()),
                    "[a-z ]{1,20}\r?",
                    "[A-Za-z\u{2014} ]{90,110}",
                ],
                0..12,
            )
        ) {
            let raw = lines.join("\n");
            let expected: Vec<&str> = raw.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
            let paras = paragraphs(&raw);
            let kept: Vec<&str> = paras.iter().flat_map(|p| p.split('\n')).collect();
            proptest::prop_assert_eq!(kept, expected);
        }
    }

    #[test]
    fn lines_join_only_when_most_groups_wrap_and_every_line_is_short() {
        let long = "x".repeat(100);
        let with_long = format!("a\n{long}\n\nc\nd");
        for (raw, expected) in [
            // Two groups, both wrapped: two paragraphs.
            ("a\nb\n\n c\nd ", vec!["a\nb", "c\nd"]),
            // Half of the groups wrapped is enough.
            ("a\nb\n\nc", vec!["a\nb", "c"]),
            // One of three is not: each line is a paragraph.
            ("a\nb\n\nc\n\nd", vec!["a", "b", "c", "d"]),
            // A single group is a run of one-line paragraphs.
            ("a\nb\r\nc", vec!["a", "b", "c"]),
            // A line of 100 bytes or more is not a soft-wrapped one.
            (with_long.as_str(), vec!["a", long.as_str(), "c", "d"]),
        ] {
            assert_eq!(paragraphs(raw), expected, "{raw:?}");
        }
    }

    #[test]
    fn soft_wrapped_paragraphs_stay_together() {
        let raw = "Title Here\n\nThe first line of a paragraph\ncontinues here.\n\nA second one\nalso wraps.\n";
        let (doc, _) = plain_document(raw, true);
        assert_eq!(doc.blocks.len(), 2);
        assert_eq!(
            doc.slice(doc.blocks[0].span),
            "The first line of a paragraph\ncontinues here."
        );
    }
}
