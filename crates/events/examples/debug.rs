//! Prints the pipeline's view of one sentence: tokens, mentions, times, events.
//! cargo run --release -p attache-events --example debug -- "TEXT" [--surface]
//!     [--file STORY.txt] [--date YYYY-MM-DD]
use std::sync::Arc;

use attache_core::{Date, Document, Published, Stage};
use attache_events::EventCoding;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let opt = |k: &str| {
        args.iter()
            .position(|a| a == k)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    // `--file PATH`: a wire story (title and dateline lines skipped); `--date Y-M-D`.
    let text = match opt("--file") {
        Some(path) => std::fs::read_to_string(path)
            .map(|t| t.lines().skip(2).collect::<Vec<_>>().join("\n"))
            .unwrap_or_default(),
        None => args.get(1).cloned().unwrap_or_default(),
    };
    let date = opt("--date").and_then(|d| {
        let p: Vec<u32> = d.split('-').filter_map(|x| x.parse().ok()).collect();
        Date::new(*p.first()? as i32, *p.get(1)?, *p.get(2)?)
    });
    let surface = args.iter().any(|a| a == "--surface");
    let kb = Arc::new(attache_kb::Kb::embedded().expect("kb"));
    let mut stages: Vec<Box<dyn Stage>> = Vec::new();
    if !surface {
        stages.push(Box::new(
            attache_syntax::SyntaxStage::embedded().expect("syntax"),
        ));
    }
    stages.push(Box::new(
        attache_actors::ActorResolution::with_builtin_model(kb).expect("actors"),
    ));
    stages.push(Box::new(attache_time::TimeNormalization::new()));
    stages.push(Box::new(attache_geo::PlaceResolution::new(Arc::new(
        attache_geo::Gazetteer::embedded().expect("gaz"),
    ))));
    stages.push(Box::new(attache_speech::QuoteAttribution::new()));
    stages.push(Box::new(EventCoding::standard().expect("lexicon")));
    let mut doc = Document::from_plain(&text);
    doc.published = date.or(Date::new(2022, 1, 21)).map(Published::day);
    for s in &stages {
        s.run(&mut doc);
    }
    for (i, t) in doc.tokens.iter().enumerate() {
        let h = doc.head(i).map_or("-".to_string(), |h| h.to_string());
        println!(
            "{i}\t{}\t{}\t{}\t{}\t{h}\t{}",
            doc.word(i),
            doc.lemma(i),
            t.upos,
            t.xpos,
            t.deprel
        );
    }
    for m in &doc.mentions {
        println!(
            "mention {:?} -> {:?} {:?}",
            doc.slice(m.span),
            doc.actors[m.actor as usize].code,
            m.form
        );
    }
    for t in &doc.times {
        println!(
            "time {:?} {:?} {:?}",
            doc.slice(t.span),
            t.value,
            t.interval
        );
    }
    for p in &doc.places {
        println!("place {:?} {:?}", doc.slice(p.span), p.country);
    }
    for q in &doc.quotes {
        println!("quote {:?} speaker {:?}", doc.slice(q.span), q.speaker);
    }
    let restated = attache_events::restated_events(&doc);
    for (i, e) in doc.events.iter().enumerate() {
        let code = |r: Option<attache_core::ActorRef>| {
            r.and_then(|r| doc.actors[r.actor as usize].code.clone())
        };
        println!(
            "event {i} {:?}>{:?} {} neg={} hyp={} date={:?}/{:?} place={:?} cond={:?} rule={} trig={:?} restates={:?}",
            code(e.source), code(e.target), e.cameo, e.negated, e.hypothetical, e.date, e.date_reason,
            e.place.map(|p| doc.places[p as usize].name.clone()), e.condition.map(|c| doc.slice(c).to_string()),
            e.evidence.rule, doc.slice(e.evidence.trigger), restated[i]
        );
    }
    let restated = attache_events::restated_commitments(&doc, &restated);
    for (i, c) in doc.commitments.iter().enumerate() {
        println!(
            "commitment {i} {:?} by {:?} to {:?} due {:?} content {:?} cond {:?} restates {:?}",
            c.kind,
            c.by,
            c.to,
            c.due,
            doc.slice(c.content),
            c.condition.map(|x| doc.slice(x)),
            restated[i]
        );
    }
}
