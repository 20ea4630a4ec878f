//! Writers for people and spreadsheets: the readout and TSV. Untrusted text is escaped in
//! both (control characters, bidirectional overrides; tabs and newlines in TSV).

use attache_core::{ActorRef, CommitmentKind, CueClass, Document};
use std::fmt::Write as _;

/// Escapes text for a terminal: control characters and bidi overrides become `\u{..}`.
pub fn escape_terminal(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let dangerous = (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}');
        if dangerous {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

/// Escapes one TSV field: backslash, tab, newline, carriage return, other controls.
pub fn escape_tsv(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

fn one_line(s: &str) -> String {
    escape_terminal(&s.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn clip(s: &str, max: usize) -> String {
    let s = one_line(s);
    if s.chars().count() <= max {
        return s;
    }
    let cut: String = s.chars().take(max.saturating_sub(1)).collect();
    format!("{cut}\u{2026}")
}

fn actor_label(doc: &Document, r: Option<ActorRef>) -> String {
    let Some(r) = r else {
        return "(unknown)".into();
    };
    let Some(a) = doc.actors.get(r.actor as usize) else {
        return "(unknown)".into();
    };
    match &a.code {
        Some(code) => format!("{} [{}]", one_line(&a.name), one_line(code)),
        None => one_line(&a.name),
    }
}

/// Several speakers as a reader writes them: "A and B", "A, B and C".
fn speakers_label(doc: &Document, speakers: &[ActorRef]) -> String {
    let labels: Vec<String> = speakers
        .iter()
        .map(|&r| actor_label(doc, Some(r)))
        .collect();
    match labels.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => labels.concat(),
    }
}

/// Items grouped by a key, in the order each key first occurs; each group lists its members
/// in text order.
fn group_by_first<T, K: PartialEq>(
    items: impl Iterator<Item = T>,
    key: impl Fn(&T) -> K,
) -> Vec<Vec<T>> {
    let mut groups: Vec<(K, Vec<T>)> = Vec::new();
    for item in items {
        let k = key(&item);
        match groups.iter_mut().find(|(g, _)| *g == k) {
            Some((_, members)) => members.push(item),
            None => groups.push((k, vec![item])),
        }
    }
    groups.into_iter().map(|(_, members)| members).collect()
}

/// The distinct sentence indices of some records, in order.
fn distinct(sentences: impl Iterator<Item = u32>) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    for s in sentences {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// `[s1, s4, s9]`, the first eight sentences of a list and a count of the rest.
fn sentence_refs(sentences: &[u32]) -> String {
    const SHOWN: usize = 8;
    let mut refs: Vec<String> = sentences
        .iter()
        .take(SHOWN)
        .map(|s| format!("s{s}"))
        .collect();
    if sentences.len() > SHOWN {
        refs.push(format!("+{} more", sentences.len() - SHOWN));
    }
    format!("[{}]", refs.join(", "))
}

/// The distinct sentences of the records that restate record `first` (`(restates,
/// sentence)` of every record, in order).
fn restated_in(records: impl Iterator<Item = (Option<u32>, u32)>, first: usize) -> Vec<u32> {
    distinct(
        records
            .filter(|&(r, _)| r == Some(first as u32))
            .map(|(_, s)| s),
    )
}

/// Whether a quote's only source is a relative pronoun no actor stands behind ("which"
/// in "free to choose which alliances they join"): it names nobody an analyst can read,
/// so the readout leaves it out (the JSON keeps it, as PolNeAR-style scoring does).
fn names_nobody(doc: &Document, q: &attache_core::Quote) -> bool {
    q.speaker.is_none()
        && q.source.is_some_and(|s| {
            let source = doc.slice(s).trim();
            ["which", "that", "who", "whom", "whose"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(source))
        })
}

/// Whether every mention of a place (its indices into `Document::places`) is also an actor
/// mention, none is an event's place and none follows a locative preposition ("fighting
/// in eastern Ukraine"): the text names it as a party, not a location.
fn only_named_as_actor(doc: &Document, members: &[(usize, &attache_core::Place)]) -> bool {
    members.iter().all(|&(i, p)| {
        let event_place = doc.events.iter().any(|e| e.place == Some(i as u32));
        let actor = doc.mentions.iter().any(|m| m.span.contains(p.span));
        actor
            && !event_place
            && !after_locative(&doc.text[..(p.span.start as usize).min(doc.text.len())])
    })
}

/// Whether the text before a name ends with a locative preposition or a verb of movement
/// into or out of a place, perhaps with "the" and a direction between ("in", "into the",
/// "across eastern", "near the northern", "troops entered").
fn after_locative(before: &str) -> bool {
    const LOCATIVE: &[&str] = &[
        "in",
        "at",
        "near",
        "from",
        "into",
        "to",
        "across",
        "inside",
        "outside",
        "toward",
        "towards",
        "around",
        "throughout",
        "within",
        "through",
        "over",
        "off",
        "onto",
        "via",
        // Verbs of movement whose object is a place.
        "entered",
        "enter",
        "enters",
        "entering",
        "visited",
        "visit",
        "visits",
        "visiting",
        "invaded",
        "crossed",
        "reached",
        "toured",
        "fled",
        "left",
    ];
    const BETWEEN: &[&str] = &[
        "the",
        "eastern",
        "western",
        "northern",
        "southern",
        "central",
        "north",
        "south",
        "east",
        "west",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north-eastern",
        "north-western",
        "south-eastern",
        "south-western",
    ];
    let mut words = before
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .take(4);
    for w in words.by_ref() {
        let w = w.to_lowercase();
        if LOCATIVE.contains(&w.as_str()) {
            return true;
        }
        if !BETWEEN.contains(&w.as_str()) {
            return false;
        }
    }
    false
}

/// The readout: what an analyst reads on screen.
pub fn readout(doc: &Document) -> String {
    let mut o = String::new();
    let title = doc
        .title
        .as_deref()
        .map(one_line)
        .unwrap_or_else(|| "(no headline)".into());
    let _ = writeln!(o, "\u{2550}\u{2550} {title}");
    let mut meta = vec![doc
        .published
        .map(|p| p.iso())
        .unwrap_or_else(|| "date unknown".into())];
    if let Some(x) = &doc.source.outlet {
        meta.push(one_line(x));
    }
    if let Some(x) = &doc.source.dateline {
        meta.push(format!("filed from {}", one_line(x)));
    }
    if let Some(x) = doc.source.url.as_ref().or(doc.source.path.as_ref()) {
        meta.push(one_line(x));
    }
    meta.push(format!("id {}", one_line(&doc.id)));
    let _ = writeln!(o, "   {}", meta.join(" \u{b7} "));
    let _ = writeln!(
        o,
        "   {} sentences, {} actors, {} quotes, {} events, {} commitments",
        doc.sentences.len(),
        doc.actors.len(),
        doc.quotes.len(),
        doc.events.len(),
        doc.commitments.len()
    );

    if !doc.actors.is_empty() {
        let _ = writeln!(o, "\nWho took part");
        let mut order: Vec<usize> = (0..doc.actors.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(doc.actors[i].mentions.len()));
        for i in order {
            let a = &doc.actors[i];
            let forms: Vec<String> = {
                let mut seen: Vec<String> = Vec::new();
                for &m in &a.mentions {
                    if let Some(m) = doc.mentions.get(m as usize) {
                        let t = one_line(doc.slice(m.span));
                        if !seen.contains(&t) {
                            seen.push(t);
                        }
                    }
                }
                seen.into_iter()
                    .take(6)
                    .map(|t| format!("\u{201c}{t}\u{201d}"))
                    .collect()
            };
            let _ = writeln!(
                o,
                "  {:<36} {:<12} {:>2}\u{d7}  {}",
                clip(&a.name, 36),
                a.code
                    .as_deref()
                    .map(one_line)
                    .unwrap_or_else(|| a.kind.as_str().into()),
                a.mentions.len(),
                forms.join(", ")
            );
        }
    }

    // Statements apart from the beliefs, intentions and positions ascribed to someone;
    // each quote keeps its number (Q1 ...), which the events and commitments refer to.
    let sections = [
        ("Who said what", true),
        ("Reported beliefs, intentions and positions", false),
    ];
    for (title, speech) in sections {
        let quotes = doc
            .quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| (q.class == CueClass::Speech) == speech && !names_nobody(doc, q));
        // The stretches of one utterance around its tag ('"If A," she said, "B."', 'X,
        // according to Y, did Z') share the cue, the source and the reporting quote: one
        // line, its parts joined by an ellipsis.
        let utterances = group_by_first(quotes, |(i, q)| match q.cue {
            Some(cue) => (Some((cue, q.source, q.reported_by)), usize::MAX),
            None => (None, *i),
        });
        if utterances.is_empty() {
            continue;
        }
        let _ = writeln!(o, "\n{title}");
        for parts in utterances {
            let q = parts[0].1;
            let who = match (q.speaker, q.source) {
                // Every actor of a coordinated or group source ("Lavrov and Blinken").
                _ if q.speakers.len() > 1 => speakers_label(doc, &q.speakers),
                (Some(_), _) => actor_label(doc, q.speaker),
                (None, Some(s)) if doc.speaker_status(q) == "author" => {
                    format!("{} (the article's own voice)", one_line(doc.slice(s)))
                }
                (None, Some(s)) => format!("{} (unresolved)", one_line(doc.slice(s))),
                (None, None) => "(no speaker in the text)".into(),
            };
            let cue = q
                .cue
                .map(|c| format!(" ({})", one_line(doc.slice(c))))
                .unwrap_or_default();
            let number: Vec<String> = parts.iter().map(|(i, _)| (i + 1).to_string()).collect();
            let text: Vec<&str> = parts.iter().map(|(_, q)| doc.slice(q.span)).collect();
            let _ = writeln!(
                o,
                "  Q{:<3} {:<8} {who}{cue}: \u{201c}{}\u{201d}  [s{}]",
                number.join("+"),
                q.kind.as_str(),
                clip(&text.join(" \u{2026} "), 160),
                q.sentence
            );
        }
    }

    if !doc.events.is_empty() {
        let _ = writeln!(o, "\nEvents");
        // A restatement ("The meeting ..." after "met") is no second event: its first
        // statement's line says where it was restated.
        for (i, e) in doc.events.iter().enumerate() {
            if e.restates.is_some() {
                continue;
            }
            let mut flags = Vec::new();
            if e.negated {
                flags.push("NEGATED".to_string());
            }
            if e.hypothetical {
                flags.push("hypothetical".to_string());
            }
            if let Some(c) = e.condition {
                flags.push(format!("condition: {}", clip(doc.slice(c), 60)));
            }
            let again = restated_in(doc.events.iter().map(|x| (x.restates, x.sentence)), i);
            if !again.is_empty() {
                flags.push(format!("restated in {}", sentence_refs(&again)));
            }
            let place = e
                .place
                .and_then(|p| doc.places.get(p as usize))
                .map(|p| format!(" in {}", one_line(&p.name)))
                .unwrap_or_default();
            let _ = writeln!(
                o,
                "  {:<10} {} \u{2192} {}  {} {}{place}  \u{201c}{}\u{201d} [s{}, {}]{}",
                e.date.as_deref().unwrap_or("?"),
                actor_label(doc, e.source),
                actor_label(doc, e.target),
                e.cameo,
                e.plover.as_deref().unwrap_or(""),
                clip(doc.slice(e.evidence.trigger), 30),
                e.sentence,
                one_line(&e.evidence.rule),
                if flags.is_empty() {
                    String::new()
                } else {
                    format!("  ({})", flags.join("; "))
                }
            );
        }
    }

    let sections: [(&str, &[CommitmentKind]); 3] = [
        (
            "Commitments",
            &[
                CommitmentKind::Promise,
                CommitmentKind::Offer,
                CommitmentKind::Agreement,
                CommitmentKind::Demand,
                CommitmentKind::Refusal,
            ],
        ),
        ("Threats", &[CommitmentKind::Threat]),
        ("Denials", &[CommitmentKind::Denial]),
    ];
    for (heading, kinds) in sections {
        let items: Vec<_> = doc
            .commitments
            .iter()
            .enumerate()
            .filter(|(_, c)| kinds.contains(&c.kind) && c.restates.is_none())
            .collect();
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(o, "\n{heading}");
        for (i, c) in items {
            let again = restated_in(doc.commitments.iter().map(|x| (x.restates, x.sentence)), i);
            let again = if again.is_empty() {
                String::new()
            } else {
                format!("  restated in {}", sentence_refs(&again))
            };
            let due = c
                .due
                .map(|(a, b)| format!("  due {a}..{b}"))
                .unwrap_or_default();
            let cond = c
                .condition
                .map(|x| format!("  condition: {}", clip(doc.slice(x), 80)))
                .unwrap_or_default();
            let _ = writeln!(
                o,
                "  {:<9} {} \u{2192} {}: {}{due}{cond}  [{}]{again}",
                c.kind.as_str(),
                actor_label(doc, c.by),
                actor_label(doc, c.to),
                clip(doc.slice(c.content), 120),
                c.status
            );
        }
    }

    if !doc.times.is_empty() {
        let _ = writeln!(o, "\nWhen");
        // One line per expression and value: a story repeats "Friday" or "next week".
        let groups = group_by_first(doc.times.iter(), |t| {
            let surface = one_line(doc.slice(t.span)).to_lowercase();
            (surface, t.value.clone(), t.kind)
        });
        for members in groups {
            let t = members[0];
            let _ = writeln!(
                o,
                "  {:<28} {:<12} {:<8} {}",
                clip(doc.slice(t.span), 28),
                t.value.as_deref().unwrap_or("(unresolved)"),
                t.kind.as_str(),
                sentence_refs(&distinct(members.iter().map(|t| t.sentence)))
            );
        }
    }
    if !doc.places.is_empty() {
        // One line per resolved place, with every surface form that named it. A place named
        // only as an actor ("Canada criticized Norway") is no location: those go on one
        // short line after the places where something happened or that the text locates.
        let groups = group_by_first(doc.places.iter().enumerate(), |(_, p)| {
            (p.name.clone(), p.country.clone(), p.geonames_id)
        });
        let (located, named): (Vec<_>, Vec<_>) = groups
            .into_iter()
            .partition(|members| !only_named_as_actor(doc, members));
        if !located.is_empty() {
            let _ = writeln!(o, "\nWhere");
        }
        for members in located {
            let members: Vec<&attache_core::Place> = members.iter().map(|(_, p)| *p).collect();
            let p = members[0];
            let coords = match (p.lat, p.lon) {
                (Some(a), Some(b)) => format!("{a:.2}, {b:.2}"),
                _ => "no coordinates".into(),
            };
            let mut forms: Vec<String> = Vec::new();
            for q in &members {
                let form = format!("\u{201c}{}\u{201d}", clip(doc.slice(q.span), 30));
                if !forms.contains(&form) {
                    forms.push(form);
                }
            }
            let _ = writeln!(
                o,
                "  {:<36} {:<16} {:>3}\u{d7}  {}  {}",
                format!(
                    "{} ({})",
                    clip(&p.name, 28),
                    p.country.as_deref().unwrap_or("?")
                ),
                coords,
                members.len(),
                forms.join(", "),
                sentence_refs(&distinct(members.iter().map(|p| p.sentence)))
            );
        }
        if !named.is_empty() {
            let list: Vec<String> = named
                .iter()
                .map(|members| {
                    let p = members[0].1;
                    format!("{} \u{d7}{}", clip(&p.name, 28), members.len())
                })
                .collect();
            let _ = writeln!(
                o,
                "\nCountries and places named as actors\n  {}",
                list.join(", ")
            );
        }
    }
    if !doc.warnings.is_empty() {
        let _ = writeln!(o, "\nWarnings");
        for w in &doc.warnings {
            let _ = writeln!(o, "  {}", one_line(&w.to_string()));
        }
    }
    o
}

/// TSV header: one event per row, GDELT-like columns.
pub const TSV_HEADER: &str = "article_id\tpublished\tevent_date\tdate_precision\tsource_name\tsource_code\tsource_country\ttarget_name\ttarget_code\ttarget_country\tcameo\troot\tplover\tquad_class\tgoldstein\tnegated\thypothetical\tplace\tplace_country\tlat\tlon\tsentence\ttrigger\trule\tevidence\turl";

/// TSV rows (no header) for one document's events.
pub fn tsv_rows(doc: &Document) -> String {
    let mut o = String::new();
    let actor = |r: Option<ActorRef>| -> [String; 3] {
        match r.and_then(|r| doc.actors.get(r.actor as usize)) {
            Some(a) => [
                escape_tsv(&a.name),
                escape_tsv(a.code.as_deref().unwrap_or("")),
                escape_tsv(a.country.as_deref().unwrap_or("")),
            ],
            None => Default::default(),
        }
    };
    for e in &doc.events {
        let [sn, sc, sk] = actor(e.source);
        let [tn, tc, tk] = actor(e.target);
        let place = e.place.and_then(|p| doc.places.get(p as usize));
        let fields = [
            escape_tsv(&doc.id),
            doc.published.map(|p| p.iso()).unwrap_or_default(),
            escape_tsv(e.date.as_deref().unwrap_or("")),
            e.date_precision.as_str().to_string(),
            sn,
            sc,
            sk,
            tn,
            tc,
            tk,
            escape_tsv(&e.cameo),
            escape_tsv(e.cameo.get(..2).unwrap_or("")),
            escape_tsv(e.plover.as_deref().unwrap_or("")),
            e.quad_class.to_string(),
            format!("{:.1}", e.goldstein),
            e.negated.to_string(),
            e.hypothetical.to_string(),
            place.map(|p| escape_tsv(&p.name)).unwrap_or_default(),
            place
                .and_then(|p| p.country.as_deref())
                .map(escape_tsv)
                .unwrap_or_default(),
            place
                .and_then(|p| p.lat)
                .map(|v| format!("{v:.4}"))
                .unwrap_or_default(),
            place
                .and_then(|p| p.lon)
                .map(|v| format!("{v:.4}"))
                .unwrap_or_default(),
            e.sentence.to_string(),
            escape_tsv(doc.slice(e.evidence.trigger)),
            escape_tsv(&e.evidence.rule),
            escape_tsv(doc.slice(e.evidence.span)),
            escape_tsv(doc.source.url.as_deref().unwrap_or("")),
        ];
        let _ = writeln!(o, "{}", fields.join("\t"));
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_escapes_neutralise_ansi_and_bidi_controls() {
        assert_eq!(escape_terminal("a\u{1b}[31mred"), "a\\u{1b}[31mred");
        assert_eq!(escape_terminal("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(
            escape_terminal("plain \u{201c}text\u{201d}"),
            "plain \u{201c}text\u{201d}"
        );
    }

    #[test]
    fn tsv_fields_never_contain_tabs_or_newlines() {
        assert_eq!(escape_tsv("a\tb\nc\\d"), "a\\tb\\nc\\\\d");
    }

    #[test]
    fn a_commitment_condition_is_labelled_not_prefixed_with_a_second_if() {
        let text = "Arland will cut gas supplies if Borduria attacks.";
        let mut doc = Document::new("x", text);
        let at = |w: &str| text.find(w).expect("word in text");
        doc.commitments.push(attache_core::Commitment {
            kind: CommitmentKind::Threat,
            by: None,
            to: None,
            content: attache_core::Span::new(at("cut"), at(" if")),
            due: None,
            condition: Some(attache_core::Span::new(at("if"), text.len() - 1)),
            status: "pending",
            quote: None,
            sentence: 0,
            event: None,
            restates: None,
        });
        let r = readout(&doc);
        assert!(r.contains("condition: if Borduria attacks"), "{r}");
        assert!(!r.contains("if if"), "{r}");
    }

    #[test]
    fn a_restated_commitment_is_one_line_that_says_where_it_was_restated() {
        let text = "Arland will cut gas supplies. Arland will cut gas supplies, it said.";
        let mut doc = Document::new("x", text);
        let second = text.rfind("Arland").expect("second sentence");
        for (start, sentence, restates) in [(0, 0, None), (second, 1, Some(0))] {
            doc.commitments.push(attache_core::Commitment {
                kind: CommitmentKind::Threat,
                by: None,
                to: None,
                content: attache_core::Span::new(start + 12, start + 28),
                due: None,
                condition: None,
                status: "pending",
                quote: None,
                sentence,
                event: None,
                restates,
            });
        }
        let r = readout(&doc);
        let lines: Vec<&str> = r.lines().filter(|l| l.contains("gas supplies")).collect();
        assert_eq!(lines.len(), 1, "{r}");
        assert!(lines[0].ends_with("restated in [s1]"), "{r}");
    }

    #[test]
    fn statements_and_reported_beliefs_are_listed_apart_with_their_numbers() {
        let text = "The mayor said the bridge would open. The council hopes the tolls stay low, which helps.";
        let mut doc = Document::new("x", text);
        let span = |w: &str| {
            let at = text.find(w).expect("phrase in text");
            attache_core::Span::new(at, at + w.len())
        };
        let quote = |content: &str, cue: &str, class| attache_core::Quote {
            span: span(content),
            kind: attache_core::QuoteKind::Indirect,
            class,
            speaker: None,
            speakers: Vec::new(),
            cue: Some(span(cue)),
            sentence: 0,
            reported_by: None,
            source: None,
        };
        doc.quotes
            .push(quote("the tolls stay low", "hopes", CueClass::Belief));
        doc.quotes
            .push(quote("the bridge would open", "said", CueClass::Speech));
        let r = readout(&doc);
        let said = r.find("Who said what").expect("statements section");
        let beliefs = r
            .find("Reported beliefs, intentions and positions")
            .expect("beliefs section");
        let q1 = r.find("Q1 ").expect("Q1");
        let q2 = r.find("Q2 ").expect("Q2");
        // Q2, the statement, is under "Who said what"; Q1, the hope, under the beliefs.
        assert!(said < q2 && q2 < beliefs && beliefs < q1, "{r}");
        // An unresolved relative pronoun as the source: left out of the readout.
        let mut which = quote("the bridge would open", "said", CueClass::Speech);
        which.source = Some(span("which"));
        let mut with_which = doc.clone();
        with_which.quotes.push(which);
        let r = readout(&with_which);
        assert!(!r.contains("Q3"), "{r}");
        assert!(!r.contains("which (unresolved)"), "{r}");
        // Only statements: no beliefs section.
        doc.quotes.remove(0);
        let r = readout(&doc);
        assert!(r.contains("Who said what"), "{r}");
        assert!(!r.contains("Reported beliefs"), "{r}");
    }

    #[test]
    fn a_quote_with_two_speakers_names_both_in_the_readout() {
        let text = "Ines Varga and Tomas Reyes said the talks ended.";
        let mut doc = Document::new("x", text);
        let span = |w: &str| {
            let at = text.find(w).expect("phrase in text");
            attache_core::Span::new(at, at + w.len())
        };
        for name in ["Ines Varga", "Tomas Reyes"] {
            doc.actors.push(attache_core::Actor::uncoded_person(name));
        }
        let speakers: Vec<ActorRef> = (0..2)
            .map(|actor| ActorRef {
                actor,
                mention: None,
            })
            .collect();
        doc.quotes.push(attache_core::Quote {
            span: span("the talks ended"),
            kind: attache_core::QuoteKind::Indirect,
            class: CueClass::Speech,
            speaker: speakers.first().copied(),
            speakers,
            cue: Some(span("said")),
            sentence: 0,
            reported_by: None,
            source: Some(span("Ines Varga and Tomas Reyes")),
        });
        let r = readout(&doc);
        assert!(r.contains("Ines Varga and Tomas Reyes (said)"), "{r}");
    }

    #[test]
    fn readout_of_a_hostile_title_is_escaped() {
        let mut doc = Document::new("x", "Text.");
        doc.title = Some("Evil\u{1b}]0;pwned\u{7}".into());
        let r = readout(&doc);
        assert!(!r.contains('\u{1b}') && !r.contains('\u{7}'), "{r}");
    }

    fn place(doc_text: &str, word: &str, nth: usize, sentence: u32) -> attache_core::Place {
        let at = doc_text
            .match_indices(word)
            .nth(nth)
            .map(|(i, _)| i)
            .expect("word in text");
        attache_core::Place {
            span: attache_core::Span::new(at, at + word.len()),
            name: "Borduria".into(),
            country: Some("BRD".into()),
            lat: Some(1.0),
            lon: Some(2.0),
            geonames_id: Some(7),
            sentence,
        }
    }

    #[test]
    fn repeated_places_are_one_line_with_their_forms_and_sentences() {
        let text = "Borduria protested. Troops left Borduria. Bordurian envoys met.";
        let mut doc = Document::new("x", text);
        doc.places.push(place(text, "Borduria", 0, 0));
        doc.places.push(place(text, "Borduria", 1, 1));
        doc.places.push(place(text, "Bordurian", 0, 2));
        let r = readout(&doc);
        let lines: Vec<&str> = r.lines().filter(|l| l.contains("Borduria (BRD)")).collect();
        assert_eq!(lines.len(), 1, "{r}");
        assert!(lines[0].contains("3\u{d7}"), "{r}");
        assert!(
            lines[0].contains("\u{201c}Borduria\u{201d}, \u{201c}Bordurian\u{201d}"),
            "{r}"
        );
        assert!(lines[0].ends_with("[s0, s1, s2]"), "{r}");
    }

    #[test]
    fn repeated_times_with_one_value_are_one_line_and_other_values_stay_apart() {
        let text = "Talks began on Friday. They end on Friday. Talks resume on Friday.";
        let mut doc = Document::new("x", text);
        let mut push = |nth: usize, value: &str, sentence: u32| {
            let at = text
                .match_indices("Friday")
                .nth(nth)
                .map(|(i, _)| i)
                .expect("word in text");
            doc.times.push(attache_core::TimeExpr {
                span: attache_core::Span::new(at, at + "Friday".len()),
                value: Some(value.into()),
                kind: attache_core::TimeKind::Date,
                interval: None,
                sentence,
            });
        };
        push(0, "2026-01-16", 0);
        push(1, "2026-01-16", 1);
        push(2, "2026-01-23", 2);
        let r = readout(&doc);
        let lines: Vec<&str> = r.lines().filter(|l| l.contains("Friday")).collect();
        assert_eq!(lines.len(), 2, "{r}");
        assert!(
            lines[0].contains("2026-01-16") && lines[0].ends_with("[s0, s1]"),
            "{r}"
        );
        assert!(
            lines[1].contains("2026-01-23") && lines[1].ends_with("[s2]"),
            "{r}"
        );
    }

    /// A name mention of actor 0 at the first occurrence of `word` in sentence 0.
    fn name_mention(text: &str, word: &str) -> attache_core::Mention {
        let at = text.find(word).expect("word in text");
        attache_core::Mention {
            span: attache_core::Span::new(at, at + word.len()),
            actor: 0,
            form: attache_core::MentionForm::Name,
            sentence: 0,
        }
    }

    #[test]
    fn places_named_only_as_actors_are_not_listed_as_locations() {
        let text = "Borduria criticized Syldavia. Troops left Borduria.";
        let mut doc = Document::new("x", text);
        doc.actors.push(attache_core::Actor {
            name: "Borduria".into(),
            kind: attache_core::ActorKind::Country,
            code: Some("BRD".into()),
            country: Some("BRD".into()),
            role: None,
            kb_id: None,
            mentions: vec![0],
        });
        doc.mentions.push(name_mention(text, "Borduria"));
        // The first "Borduria" is an actor, the second a place troops left.
        doc.places.push(place(text, "Borduria", 0, 0));
        let r = readout(&doc);
        assert!(!r.contains("\nWhere"), "{r}");
        assert!(r.contains("named as actors\n  Borduria \u{d7}1"), "{r}");
        doc.places.push(place(text, "Borduria", 1, 1));
        let r = readout(&doc);
        assert!(r.contains("\nWhere\n  Borduria (BRD)"), "{r}");
        assert!(!r.contains("named as actors"), "{r}");
        // An actor mention after a locative preposition is a location too.
        let text = "Fighting went on in eastern Borduria.";
        let mut doc = Document::new("x", text);
        doc.mentions.push(name_mention(text, "Borduria"));
        doc.places.push(place(text, "Borduria", 0, 0));
        let r = readout(&doc);
        assert!(r.contains("\nWhere\n  Borduria (BRD)"), "{r}");
        assert!(after_locative("talks across the northern"));
        assert!(!after_locative("Canada criticized"));
        assert!(!after_locative(""));
    }

    #[test]
    fn the_stretches_of_one_utterance_around_its_tag_are_one_line() {
        let text = "\"If the troops stay,\" she said, \"the deal is off.\" \"We wait,\" he said.";
        let mut doc = Document::new("x", text);
        let span = |w: &str| {
            let at = text.find(w).expect("phrase in text");
            attache_core::Span::new(at, at + w.len())
        };
        let quote = |content: &str, cue: attache_core::Span, source: &str| attache_core::Quote {
            span: span(content),
            kind: attache_core::QuoteKind::Direct,
            class: CueClass::Speech,
            speaker: None,
            speakers: Vec::new(),
            cue: Some(cue),
            sentence: 0,
            reported_by: None,
            source: Some(span(source)),
        };
        let she_said = span("said");
        let he_said = attache_core::Span::new(text.rfind("said").expect("said"), text.len() - 1);
        doc.quotes
            .push(quote("If the troops stay,", she_said, "she"));
        doc.quotes.push(quote("the deal is off.", she_said, "she"));
        doc.quotes.push(quote("We wait,", he_said, "he"));
        let r = readout(&doc);
        assert!(
            r.contains("Q1+2 ") && r.contains("If the troops stay, \u{2026} the deal is off."),
            "{r}"
        );
        // Another tag is another utterance.
        assert!(
            r.contains("Q3 ") && r.contains("\u{201c}We wait,\u{201d}"),
            "{r}"
        );
    }
}
