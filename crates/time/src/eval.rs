//! `attache eval times`: scoring the stage on TimeML (`.tml`) files.
//!
//! Each file's document creation time (DCT) is the publication date; the plain text is the
//! characters inside `<TEXT>` with tags removed and XML entities decoded; gold expressions
//! are the `TIMEX3` elements inside `<TEXT>` (the DCT is outside it; a `CREATION_TIME` timex
//! inside is skipped too). The text is split into paragraphs at blank lines and run through
//! `SentenceSplit` and [`TimeNormalization`] (no syntax stage).
//!
//! Matching, per document: predicted and gold spans are paired one-to-one, each prediction
//! (in text order) taking the unpaired gold span it overlaps most.
//! - `span strict`: a prediction is correct when its span equals a gold span exactly.
//! - `span relaxed`: a prediction is correct when it is paired (overlaps a gold span).
//! - `value`: a prediction is correct when it is paired and its value equals the gold value
//!   as a string (TempEval-3's value F1: precision over all predictions, recall over all
//!   gold expressions). A prediction without a value is never correct.
//! - `value_accuracy` / `type_accuracy`: over the paired predictions, the share whose value
//!   / TIMEX3 type (DATE, TIME, DURATION, SET) equals the gold one.

use attache_core::eval::{Counts, Report};
use attache_core::segment::SentenceSplit;
use attache_core::{Block, BlockKind, Date, Document, Published, Span, Stage, TimeKind};

use crate::TimeNormalization;

/// A gold TIMEX3 inside `<TEXT>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldTimex {
    /// Byte span into [`TimeMl::text`].
    pub span: Span,
    pub value: String,
    /// TIMEX3 type: `DATE`, `TIME`, `DURATION`, `SET`.
    pub kind: String,
}

/// A TimeML document read for evaluation.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeMl {
    pub dct: Option<Date>,
    /// Characters inside `<TEXT>`, tags removed, entities decoded.
    pub text: String,
    pub timexes: Vec<GoldTimex>,
}

/// Reads a TimeML file: the DCT, the plain text of `<TEXT>` and its TIMEX3 elements.
pub fn read_timeml(xml: &str) -> Result<TimeMl, String> {
    let dct = xml.find("<DCT>").and_then(|at| {
        let rest = &xml[at..];
        let end = rest.find("</DCT>").unwrap_or(rest.len());
        attribute(&rest[..end], "value").and_then(|v| parse_iso_date(&v))
    });
    let open = xml.find("<TEXT>").ok_or("no <TEXT> element")? + "<TEXT>".len();
    let close = xml[open..].find("</TEXT>").ok_or("<TEXT> is not closed")? + open;
    let body = &xml[open..close];
    let mut text = String::with_capacity(body.len());
    let mut timexes = Vec::new();
    let mut open_timex: Vec<(usize, Option<(String, String)>)> = Vec::new();
    let mut rest = body;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => {
                let end = rest.find('>').ok_or("unclosed tag in <TEXT>")?;
                let tag = &rest[1..end];
                rest = &rest[end + 1..];
                if let Some(attrs) = tag.strip_prefix("TIMEX3") {
                    if attrs.ends_with('/') {
                        continue;
                    }
                    let creation =
                        attribute(attrs, "functionInDocument").as_deref() == Some("CREATION_TIME");
                    let gold = (!creation).then(|| {
                        (
                            attribute(attrs, "value").unwrap_or_default(),
                            attribute(attrs, "type").unwrap_or_default(),
                        )
                    });
                    open_timex.push((text.len(), gold));
                } else if tag == "/TIMEX3" {
                    let (start, gold) = open_timex.pop().ok_or("</TIMEX3> without <TIMEX3>")?;
                    if let Some((value, kind)) = gold {
                        timexes.push(GoldTimex {
                            span: Span::new(start, text.len()),
                            value,
                            kind,
                        });
                    }
                }
            }
            '&' => {
                let (decoded, used) = decode_entity(rest);
                text.push(decoded);
                rest = &rest[used..];
            }
            c => {
                text.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    timexes.sort_by_key(|t| (t.span.start, t.span.end));
    Ok(TimeMl { dct, text, timexes })
}

/// The character an entity at the start of `s` stands for and the bytes it takes; a bare
/// `&` stands for itself.
fn decode_entity(s: &str) -> (char, usize) {
    let Some(semi) = s.get(..12).unwrap_or(s).find(';') else {
        return ('&', 1);
    };
    let name = &s[1..semi];
    let c = match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => name.strip_prefix('#').and_then(|num| {
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => num.parse().ok(),
            };
            code.and_then(char::from_u32)
        }),
    };
    match c {
        Some(c) => (c, semi + 1),
        None => ('&', 1),
    }
}

/// `value` written the long way: an ISO week number with two digits ("2000-W7" ->
/// "2000-W07", "2000-W7-WE" -> "2000-W07-WE") and an hour with minutes ("T17" ->
/// "T17:00"). For the diagnostic row only: the scored value is compared as written.
fn padded(value: &str) -> String {
    let mut out = value.to_string();
    if let Some(w) = out.find("-W") {
        let digits = out[w + 2..].bytes().take_while(u8::is_ascii_digit).count();
        if digits == 1 {
            out.insert(w + 2, '0');
        }
    }
    if let Some(t) = out.rfind('T') {
        let rest = &out[t + 1..];
        if rest.len() == 2 && rest.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(":00");
        }
    }
    out
}

/// The value of attribute `name` in a tag's attribute text.
fn attribute(attrs: &str, name: &str) -> Option<String> {
    let mut from = 0;
    while let Some(at) = attrs[from..].find(name) {
        let at = from + at;
        from = at + name.len();
        let before_ok = at == 0 || attrs.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = attrs[from..].trim_start();
        if let (true, Some(rest)) = (before_ok, rest.strip_prefix('=')) {
            let rest = rest.trim_start();
            let quote = rest.chars().next()?;
            if quote != '"' && quote != '\'' {
                return None;
            }
            let end = rest[1..].find(quote)?;
            let mut out = String::new();
            let mut raw = &rest[1..1 + end];
            while let Some(c) = raw.chars().next() {
                if c == '&' {
                    let (d, used) = decode_entity(raw);
                    out.push(d);
                    raw = &raw[used..];
                } else {
                    out.push(c);
                    raw = &raw[c.len_utf8()..];
                }
            }
            return Some(out);
        }
    }
    None
}

/// `1998-02-06`, `1998-02-06T22:29:00` or `19980206` -> the date.
fn parse_iso_date(v: &str) -> Option<Date> {
    let digits: String = v
        .chars()
        .take_while(|c| *c != 'T')
        .filter(char::is_ascii_digit)
        .collect();
    if digits.len() != 8 {
        return None;
    }
    Date::new(
        digits[..4].parse().ok()?,
        digits[4..6].parse().ok()?,
        digits[6..8].parse().ok()?,
    )
}

/// A document over a TimeML file's text: paragraphs at blank lines, segmented and with the
/// stage run.
pub fn annotate(name: &str, tml: &TimeMl, stage: &TimeNormalization) -> Document {
    annotate_with(name, tml, stage, &|_| {})
}

/// [`annotate`] with `before` run between segmentation and the time stage (e.g. a tagger,
/// so that tense comes from real tags).
pub fn annotate_with(
    name: &str,
    tml: &TimeMl,
    stage: &TimeNormalization,
    before: &dyn Fn(&mut Document),
) -> Document {
    let mut doc = Document::new(name, tml.text.clone());
    doc.published = tml.dct.map(Published::day);
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut at = 0;
    for line in tml.text.split_inclusive('\n') {
        let body = line.trim_end();
        if body.trim().is_empty() {
            if let Some(s) = start.take() {
                doc.blocks.push(Block {
                    span: Span::new(s, end),
                    kind: BlockKind::Paragraph,
                });
            }
        } else {
            let lead = body.len() - body.trim_start().len();
            start.get_or_insert(at + lead);
            end = at + body.len();
        }
        at += line.len();
    }
    if let Some(s) = start {
        doc.blocks.push(Block {
            span: Span::new(s, end),
            kind: BlockKind::Paragraph,
        });
    }
    SentenceSplit.run(&mut doc);
    before(&mut doc);
    stage.run(&mut doc);
    doc
}

/// The TIMEX3 type of a kind.
pub fn timex_type(kind: TimeKind) -> &'static str {
    match kind {
        TimeKind::Duration => "DURATION",
        TimeKind::Set => "SET",
        TimeKind::Time => "TIME",
        _ => "DATE",
    }
}

/// Per-document comparison: `(prediction index, gold index)` pairs.
fn pair(doc: &Document, gold: &[GoldTimex]) -> Vec<(usize, usize)> {
    let mut taken = vec![false; gold.len()];
    let mut pairs = Vec::new();
    for (p, t) in doc.times.iter().enumerate() {
        let best = gold
            .iter()
            .enumerate()
            .filter(|(g, x)| !taken[*g] && x.span.overlaps(t.span))
            .max_by_key(|(_, x)| x.span.end.min(t.span.end) - x.span.start.max(t.span.start));
        if let Some((g, _)) = best {
            taken[g] = true;
            pairs.push((p, g));
        }
    }
    pairs
}

/// One line per disagreement (for error analysis): `file<TAB>gold text<TAB>gold value
/// <TAB>predicted text<TAB>predicted value`, with `-` for a missing side.
pub fn mismatches(tml_files: &[(String, String)]) -> Vec<String> {
    mismatches_with(tml_files, &|_| {})
}

/// [`mismatches`] with `before` run ahead of the time stage (see [`annotate_with`]).
pub fn mismatches_with(
    tml_files: &[(String, String)],
    before: &dyn Fn(&mut Document),
) -> Vec<String> {
    comparison_lines(tml_files, before, false)
}

/// Like [`mismatches_with`] but with a line for every prediction and gold expression, the
/// agreeing ones too (to count how often a kind of phrase is read right).
pub fn comparisons_with(
    tml_files: &[(String, String)],
    before: &dyn Fn(&mut Document),
) -> Vec<String> {
    comparison_lines(tml_files, before, true)
}

fn comparison_lines(
    tml_files: &[(String, String)],
    before: &dyn Fn(&mut Document),
    agreeing_too: bool,
) -> Vec<String> {
    let stage = TimeNormalization::new();
    let mut out = Vec::new();
    for (name, xml) in tml_files {
        let Ok(tml) = read_timeml(xml) else {
            continue;
        };
        let doc = annotate_with(name, &tml, &stage, before);
        let pairs = pair(&doc, &tml.timexes);
        let dct = tml.dct.map_or("-".to_string(), |d| d.iso());
        let shown = |t: &attache_core::TimeExpr| {
            (
                doc.slice(t.span).replace('\n', " "),
                t.value.clone().unwrap_or_else(|| "None".into()),
            )
        };
        for (p, t) in doc.times.iter().enumerate() {
            match pairs.iter().find(|(q, _)| *q == p) {
                Some(&(_, g)) => {
                    let gold = &tml.timexes[g];
                    let (text, value) = shown(t);
                    let gold_text = tml.text[gold.span.range()].replace('\n', " ");
                    if agreeing_too || value != gold.value || text != gold_text {
                        let sentence = doc
                            .sentences
                            .get(t.sentence as usize)
                            .map_or(String::new(), |s| doc.slice(s.span).replace('\n', " "));
                        out.push(format!(
                            "{name}\t{dct}\t{gold_text}\t{}\t{text}\t{value}\t{sentence}",
                            gold.value
                        ));
                    }
                }
                None => {
                    let (text, value) = shown(t);
                    let sentence = doc
                        .sentences
                        .get(t.sentence as usize)
                        .map_or(String::new(), |s| doc.slice(s.span).replace('\n', " "));
                    out.push(format!("{name}\t{dct}\t-\t-\t{text}\t{value}\t{sentence}"));
                }
            }
        }
        for (g, gold) in tml.timexes.iter().enumerate() {
            if !pairs.iter().any(|(_, h)| *h == g) {
                let gold_text = tml.text[gold.span.range()].replace('\n', " ");
                let sentence = doc
                    .sentences
                    .iter()
                    .find(|s| s.span.start <= gold.span.start && gold.span.start < s.span.end)
                    .map_or(String::new(), |s| doc.slice(s.span).replace('\n', " "));
                out.push(format!(
                    "{name}\t{dct}\t{gold_text}\t{}\t-\t-\t{sentence}",
                    gold.value
                ));
            }
        }
    }
    out
}

/// Scores the stage on `(file name, TimeML contents)` pairs; see the module docs for the
/// definitions. Unreadable files are skipped and counted in the notes.
pub fn eval_times(tml_files: &[(String, String)]) -> Report {
    eval_times_with(tml_files, &|_| {})
}

/// [`eval_times`] with `before` run ahead of the time stage (see [`annotate_with`]).
pub fn eval_times_with(tml_files: &[(String, String)], before: &dyn Fn(&mut Document)) -> Report {
    let stage = TimeNormalization::new();
    let (mut strict, mut relaxed, mut value) =
        (Counts::default(), Counts::default(), Counts::default());
    let mut value_padded = Counts::default();
    let (mut paired, mut same_value, mut same_type) = (0u64, 0u64, 0u64);
    let (mut docs, mut skipped) = (0u64, Vec::new());
    for (name, xml) in tml_files {
        let tml = match read_timeml(xml) {
            Ok(t) => t,
            Err(e) => {
                skipped.push(format!("{name}: {e}"));
                continue;
            }
        };
        docs += 1;
        let doc = annotate_with(name, &tml, &stage, before);
        let gold = &tml.timexes;
        let predicted = doc.times.len() as u64;
        let exact = doc
            .times
            .iter()
            .filter(|t| gold.iter().any(|g| g.span == t.span))
            .count() as u64;
        strict.add(Counts {
            tp: exact,
            fp: predicted - exact,
            fn_: gold.len() as u64 - exact,
        });
        let pairs = pair(&doc, gold);
        let matched = pairs.len() as u64;
        relaxed.add(Counts {
            tp: matched,
            fp: predicted - matched,
            fn_: gold.len() as u64 - matched,
        });
        let correct = pairs
            .iter()
            .filter(|&&(p, g)| doc.times[p].value.as_deref() == Some(gold[g].value.as_str()))
            .count() as u64;
        value.add(Counts {
            tp: correct,
            fp: predicted - correct,
            fn_: gold.len() as u64 - correct,
        });
        let same_padded = pairs
            .iter()
            .filter(|&&(p, g)| {
                doc.times[p]
                    .value
                    .as_deref()
                    .is_some_and(|v| padded(v) == padded(&gold[g].value))
            })
            .count() as u64;
        value_padded.add(Counts {
            tp: same_padded,
            fp: predicted - same_padded,
            fn_: gold.len() as u64 - same_padded,
        });
        paired += matched;
        same_value += correct;
        same_type += pairs
            .iter()
            .filter(|&&(p, g)| timex_type(doc.times[p].kind) == gold[g].kind)
            .count() as u64;
    }
    let mut report = Report::new("times");
    report.notes.push(
        "spans paired one-to-one by largest overlap; value = paired and same value string \
         (TempEval-3 value F1); accuracies over paired spans; DCT = publication date"
            .into(),
    );
    for s in &skipped {
        report.notes.push(format!("skipped {s}"));
    }
    report.row("span strict", strict);
    report.row("span relaxed", relaxed);
    report.row("value", value);
    report.notes.push(
        "value padded: a diagnostic, not the figure: values also equal after writing ISO \
         weeks with two digits (2000-W7 = 2000-W07) and hours with minutes (T17 = T17:00)"
            .into(),
    );
    report.row("value padded", value_padded);
    let share = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    report.figure("value_accuracy", share(same_value, paired));
    report.figure("type_accuracy", share(same_type, paired));
    report.figure("documents", docs as f64);
    report.figure("gold_timexes", (strict.tp + strict.fn_) as f64);
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-06T13:19:00" functionInDocument="CREATION_TIME">March 6</TIMEX3></DCT>
<TEXT>
AT&amp;T said &quot;no&quot; <TIMEX3 tid="t1" type="DATE" value="1998-03-05">Thursday</TIMEX3>.

It will rise <TIMEX3 tid="t2" type="DATE" value="1998-W11">next week</TIMEX3> &#233;.
</TEXT></TimeML>"#;

    #[test]
    fn the_padded_diagnostic_only_rewrites_week_numbers_and_bare_hours() {
        assert_eq!(padded("2000-W7"), "2000-W07");
        assert_eq!(padded("2000-W7-WE"), "2000-W07-WE");
        assert_eq!(padded("2000-W07"), "2000-W07");
        assert_eq!(padded("1989-11-06T17"), "1989-11-06T17:00");
        assert_eq!(padded("1989-10-27T24"), "1989-10-27T24:00");
        assert_eq!(padded("1998-02-12TEV"), "1998-02-12TEV");
        assert_eq!(padded("PT24H"), "PT24H");
        assert_eq!(padded("1949-XX"), "1949-XX");
    }

    #[test]
    fn timeml_text_drops_tags_and_decodes_entities_keeping_offsets() {
        let tml = read_timeml(SAMPLE).unwrap();
        assert_eq!(tml.dct, Date::new(1998, 3, 6));
        assert!(tml.text.contains("AT&T said \"no\" Thursday."));
        let shown: Vec<(&str, &str)> = tml
            .timexes
            .iter()
            .map(|t| (&tml.text[t.span.range()], t.value.as_str()))
            .collect();
        assert_eq!(
            shown,
            [("Thursday", "1998-03-05"), ("next week", "1998-W11")]
        );
        assert!(tml.text.ends_with("\u{e9}.\n"));
    }

    #[test]
    fn perfect_predictions_score_one() {
        let report = eval_times(&[("a.tml".into(), SAMPLE.into())]);
        let value = report.rows.iter().find(|(n, _)| n == "value").unwrap().1;
        assert_eq!((value.tp, value.fp, value.fn_), (2, 0, 0));
    }
}
