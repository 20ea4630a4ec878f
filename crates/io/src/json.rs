//! # Format
//!
//! The contract JSON (`attache/1`), one object per article; see docs/schema.md for the
//! whole schema with an example. Offsets are CHARACTER offsets into `text` (converted here,
//! at the edge, from the byte spans the pipeline uses). Fields of the contract are never
//! renamed or dropped without a schema bump; fields beyond it are marked "extra" in
//! docs/schema.md.

use attache_core::span::CharIndex;
use attache_core::{ActorRef, Document, Span};
use serde::Serialize;

pub const SCHEMA: &str = "attache/1";

#[derive(Serialize)]
pub struct ArticleOut<'a> {
    pub schema: &'static str,
    pub id: &'a str,
    pub title: Option<&'a str>,
    pub published: Option<String>,
    pub source: SourceOut<'a>,
    pub text: &'a str,
    pub sentences: Vec<SpanOut>,
    pub headings: Vec<TextSpanOut<'a>>,
    pub actors: Vec<ActorFullOut<'a>>,
    pub quotes: Vec<QuoteOut<'a>>,
    pub events: Vec<EventOut<'a>>,
    pub commitments: Vec<CommitmentOut<'a>>,
    pub times: Vec<TimeOut<'a>>,
    pub places: Vec<PlaceOut<'a>>,
    pub warnings: Vec<String>,
}

#[derive(Serialize)]
pub struct SourceOut<'a> {
    pub path: Option<&'a str>,
    pub url: Option<&'a str>,
    pub outlet: Option<&'a str>,
    pub dateline: Option<&'a str>,
}

#[derive(Serialize, Clone, Copy)]
pub struct SpanOut {
    pub start: u32,
    pub end: u32,
}

#[derive(Serialize)]
pub struct TextSpanOut<'a> {
    pub start: u32,
    pub end: u32,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct ActorOut<'a> {
    pub name: &'a str,
    pub kind: &'static str,
    pub code: Option<&'a str>,
    pub country: Option<&'a str>,
    pub role: Option<&'a str>,
    pub kb_id: Option<&'a str>,
    pub text: Option<&'a str>,
}

#[derive(Serialize)]
pub struct ActorFullOut<'a> {
    #[serde(flatten)]
    pub actor: ActorOut<'a>,
    pub mentions: Vec<MentionOut<'a>>,
}

#[derive(Serialize)]
pub struct MentionOut<'a> {
    pub start: u32,
    pub end: u32,
    pub text: &'a str,
    pub form: &'static str,
    pub sentence: u32,
}

#[derive(Serialize)]
pub struct QuoteOut<'a> {
    pub text: &'a str,
    pub start: u32,
    pub end: u32,
    pub kind: &'static str,
    /// What the cue reports: `speech`, `belief`, `intent`, `stance` or `evidence`.
    pub class: &'static str,
    pub speaker: Option<ActorOut<'a>>,
    /// Every actor the source names as a speaker, in text order ("Russia and China said":
    /// both); `speaker` first when it is set; empty when no actor speaks.
    pub speakers: Vec<ActorOut<'a>>,
    /// `resolved`, `author` (the "I" or "we" of the article's own voice), `unresolved` (a
    /// source phrase with no actor) or `unattributed`: see [`Document::speaker_status`].
    pub speaker_status: &'static str,
    /// The source phrase as written, when there is one.
    pub source_text: Option<&'a str>,
    pub cue: Option<&'a str>,
    pub sentence: u32,
    pub reported_by: Option<u32>,
}

#[derive(Serialize)]
pub struct EvidenceOut<'a> {
    pub start: u32,
    pub end: u32,
    pub trigger: &'a str,
    pub rule: &'a str,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct EventOut<'a> {
    pub source: Option<ActorOut<'a>>,
    pub target: Option<ActorOut<'a>>,
    pub cameo: &'a str,
    pub plover: Option<&'a str>,
    pub quad_class: u8,
    pub goldstein: f32,
    pub date: Option<&'a str>,
    pub date_precision: &'static str,
    pub date_reason: Option<&'a str>,
    pub place: Option<PlaceOut<'a>>,
    pub negated: bool,
    pub hypothetical: bool,
    pub condition: Option<&'a str>,
    pub sentence: u32,
    pub quote: Option<u32>,
    pub evidence: EvidenceOut<'a>,
    pub restates: Option<u32>,
}

#[derive(Serialize)]
pub struct DueOut {
    pub start: String,
    pub end: String,
}

#[derive(Serialize)]
pub struct CommitmentOut<'a> {
    pub kind: &'static str,
    pub by: Option<ActorOut<'a>>,
    pub to: Option<ActorOut<'a>>,
    pub content: &'a str,
    pub content_start: u32,
    pub content_end: u32,
    pub due: Option<DueOut>,
    pub condition: Option<&'a str>,
    pub status: &'static str,
    pub quote: Option<u32>,
    pub sentence: u32,
    pub event: Option<u32>,
    pub restates: Option<u32>,
}

#[derive(Serialize)]
pub struct TimeOut<'a> {
    pub text: &'a str,
    pub start: u32,
    pub end: u32,
    pub value: Option<&'a str>,
    pub kind: &'static str,
    pub sentence: u32,
}

#[derive(Serialize)]
pub struct PlaceOut<'a> {
    pub text: &'a str,
    pub start: u32,
    pub end: u32,
    pub name: &'a str,
    pub country: Option<&'a str>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geonames_id: Option<u64>,
    pub sentence: u32,
}

/// Converts a document to its contract form.
pub fn article_out(doc: &Document) -> ArticleOut<'_> {
    let ci = CharIndex::new(&doc.text);
    let cs = |s: Span| SpanOut {
        start: ci.char_offset(s.start),
        end: ci.char_offset(s.end),
    };
    let actor = |r: ActorRef| -> Option<ActorOut<'_>> {
        let a = doc.actors.get(r.actor as usize)?;
        let text = r
            .mention
            .and_then(|m| doc.mentions.get(m as usize))
            .map(|m| doc.slice(m.span));
        Some(ActorOut {
            name: &a.name,
            kind: a.kind.as_str(),
            code: a.code.as_deref(),
            country: a.country.as_deref(),
            role: a.role.as_deref(),
            kb_id: a.kb_id.as_deref(),
            text,
        })
    };
    let place = |i: usize| {
        let p = doc.places.get(i)?;
        let s = cs(p.span);
        Some(PlaceOut {
            text: doc.slice(p.span),
            start: s.start,
            end: s.end,
            name: &p.name,
            country: p.country.as_deref(),
            lat: p.lat,
            lon: p.lon,
            geonames_id: p.geonames_id,
            sentence: p.sentence,
        })
    };
    ArticleOut {
        schema: SCHEMA,
        id: &doc.id,
        title: doc.title.as_deref(),
        published: doc.published.map(|p| p.iso()),
        source: SourceOut {
            path: doc.source.path.as_deref(),
            url: doc.source.url.as_deref(),
            outlet: doc.source.outlet.as_deref(),
            dateline: doc.source.dateline.as_deref(),
        },
        text: &doc.text,
        sentences: doc.sentences.iter().map(|s| cs(s.span)).collect(),
        headings: doc
            .blocks
            .iter()
            .filter(|b| b.kind == attache_core::BlockKind::Heading)
            .map(|b| {
                let s = cs(b.span);
                TextSpanOut {
                    start: s.start,
                    end: s.end,
                    text: doc.slice(b.span),
                }
            })
            .collect(),
        actors: doc
            .actors
            .iter()
            .enumerate()
            .filter_map(|(i, a)| {
                let first = a.mentions.first().copied();
                let mut out = ActorFullOut {
                    actor: actor(ActorRef {
                        actor: i as u32,
                        mention: first,
                    })?,
                    mentions: Vec::with_capacity(a.mentions.len()),
                };
                for &m in &a.mentions {
                    if let Some(m) = doc.mentions.get(m as usize) {
                        let s = cs(m.span);
                        out.mentions.push(MentionOut {
                            start: s.start,
                            end: s.end,
                            text: doc.slice(m.span),
                            form: form_str(m.form),
                            sentence: m.sentence,
                        });
                    }
                }
                Some(out)
            })
            .collect(),
        quotes: doc
            .quotes
            .iter()
            .map(|q| {
                let s = cs(q.span);
                let speaker = q.speaker.and_then(actor);
                let speakers = q.speakers.iter().filter_map(|&r| actor(r)).collect();
                let speaker_status = doc.speaker_status(q);
                QuoteOut {
                    text: doc.slice(q.span),
                    start: s.start,
                    end: s.end,
                    kind: q.kind.as_str(),
                    class: q.class.as_str(),
                    speaker,
                    speakers,
                    speaker_status,
                    source_text: q.source.map(|s| doc.slice(s)),
                    cue: q.cue.map(|c| doc.slice(c)),
                    sentence: q.sentence,
                    reported_by: q.reported_by,
                }
            })
            .collect(),
        events: doc
            .events
            .iter()
            .map(|e| {
                let s = cs(e.evidence.span);
                EventOut {
                    source: e.source.and_then(actor),
                    target: e.target.and_then(actor),
                    cameo: &e.cameo,
                    plover: e.plover.as_deref(),
                    quad_class: e.quad_class,
                    goldstein: e.goldstein,
                    date: e.date.as_deref(),
                    date_precision: e.date_precision.as_str(),
                    date_reason: e.date_reason.as_deref(),
                    place: e.place.and_then(|p| place(p as usize)),
                    negated: e.negated,
                    hypothetical: e.hypothetical,
                    condition: e.condition.map(|c| doc.slice(c)),
                    sentence: e.sentence,
                    quote: e.quote,
                    evidence: EvidenceOut {
                        start: s.start,
                        end: s.end,
                        trigger: doc.slice(e.evidence.trigger),
                        rule: &e.evidence.rule,
                        text: doc.slice(e.evidence.span),
                    },
                    restates: e.restates,
                }
            })
            .collect(),
        commitments: doc
            .commitments
            .iter()
            .map(|c| {
                let s = cs(c.content);
                CommitmentOut {
                    kind: c.kind.as_str(),
                    by: c.by.and_then(actor),
                    to: c.to.and_then(actor),
                    content: doc.slice(c.content),
                    content_start: s.start,
                    content_end: s.end,
                    due: c.due.map(|(a, b)| DueOut {
                        start: a.iso(),
                        end: b.iso(),
                    }),
                    condition: c.condition.map(|x| doc.slice(x)),
                    status: c.status,
                    quote: c.quote,
                    sentence: c.sentence,
                    event: c.event,
                    restates: c.restates,
                }
            })
            .collect(),
        times: doc
            .times
            .iter()
            .map(|t| {
                let s = cs(t.span);
                TimeOut {
                    text: doc.slice(t.span),
                    start: s.start,
                    end: s.end,
                    value: t.value.as_deref(),
                    kind: t.kind.as_str(),
                    sentence: t.sentence,
                }
            })
            .collect(),
        places: (0..doc.places.len()).filter_map(place).collect(),
        warnings: doc.warnings.iter().map(|w| w.to_string()).collect(),
    }
}

fn form_str(f: attache_core::MentionForm) -> &'static str {
    match f {
        attache_core::MentionForm::Name => "name",
        attache_core::MentionForm::Description => "description",
        attache_core::MentionForm::Pronoun => "pronoun",
        attache_core::MentionForm::Adjective => "adjective",
    }
}

/// One line of JSON Lines.
pub fn to_jsonl(doc: &Document) -> String {
    serde_json::to_string(&article_out(doc)).unwrap_or_else(|e| error_object(doc, &e))
}

/// Pretty JSON.
pub fn to_json_pretty(doc: &Document) -> String {
    serde_json::to_string_pretty(&article_out(doc)).unwrap_or_else(|e| error_object(doc, &e))
}

fn error_object(doc: &Document, e: &serde_json::Error) -> String {
    serde_json::json!({"schema": SCHEMA, "id": doc.id, "warnings": [format!("[W001] could not serialise: {e}")]}).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_is_written_with_its_class() {
        let text = "The union fears the plant will close.";
        let mut doc = Document::new("x", text);
        let at = |w: &str| text.find(w).expect("phrase in text");
        doc.quotes.push(attache_core::Quote {
            span: attache_core::Span::new(at("the plant"), text.len() - 1),
            kind: attache_core::QuoteKind::Indirect,
            class: attache_core::CueClass::Belief,
            speaker: None,
            speakers: Vec::new(),
            cue: Some(attache_core::Span::new(at("fears"), at(" the plant"))),
            sentence: 0,
            reported_by: None,
            source: None,
        });
        let v: serde_json::Value = serde_json::from_str(&to_jsonl(&doc)).expect("valid JSON");
        assert_eq!(v["quotes"][0]["class"], "belief");
        assert_eq!(v["quotes"][0]["kind"], "indirect");
    }

    /// A document "Ines Varga and Tomas Reyes said the talks ended." with both names as
    /// mentions of two people and one quote whose source covers both.
    fn two_speakers(speakers: Vec<ActorRef>) -> Document {
        let text = "Ines Varga and Tomas Reyes said the talks ended.";
        let mut doc = Document::new("x", text);
        let at = |w: &str| {
            let s = text.find(w).expect("phrase in text");
            Span::new(s, s + w.len())
        };
        for (i, name) in ["Ines Varga", "Tomas Reyes"].into_iter().enumerate() {
            let mut actor = attache_core::Actor::uncoded_person(name);
            actor.mentions.push(i as u32);
            doc.actors.push(actor);
            doc.mentions.push(attache_core::Mention {
                span: at(name),
                actor: i as u32,
                form: attache_core::MentionForm::Name,
                sentence: 0,
            });
        }
        doc.quotes.push(attache_core::Quote {
            span: at("the talks ended"),
            kind: attache_core::QuoteKind::Indirect,
            class: attache_core::CueClass::Speech,
            speaker: speakers.first().copied(),
            speakers,
            cue: Some(at("said")),
            sentence: 0,
            reported_by: None,
            source: Some(at("Ines Varga and Tomas Reyes")),
        });
        doc
    }

    #[test]
    fn a_quote_with_two_speakers_writes_both_and_keeps_the_first_as_speaker() {
        let both = (0..2)
            .map(|i| ActorRef {
                actor: i,
                mention: Some(i),
            })
            .collect();
        let v: serde_json::Value =
            serde_json::from_str(&to_jsonl(&two_speakers(both))).expect("valid JSON");
        let q = &v["quotes"][0];
        assert_eq!(q["speaker"]["name"], "Ines Varga");
        assert_eq!(q["speakers"][0]["name"], "Ines Varga");
        assert_eq!(q["speakers"][1]["name"], "Tomas Reyes");
        assert_eq!(q["speakers"][1]["text"], "Tomas Reyes");
        assert_eq!(q["speakers"].as_array().map(Vec::len), Some(2));
        // No speaker: an empty list, not null, so filters need no null check.
        let v: serde_json::Value =
            serde_json::from_str(&to_jsonl(&two_speakers(Vec::new()))).expect("valid JSON");
        assert_eq!(v["quotes"][0]["speakers"], serde_json::json!([]));
    }
}
