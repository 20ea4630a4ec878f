//! Sentences about weather, sport, markets and other non-political news yield no events,
//! through the whole pipeline (syntax, actors, times, places, quotes, events): the coder
//! never falls back to a code, and discard words keep sport and market verbs ("beat",
//! "attack", "struck") from reading as acts of force.

use std::sync::Arc;

use attache_core::{Date, Document, Published, Stage};
use attache_events::EventCoding;

/// Weather, natural events, sport, markets and the economy: written for this test.
const QUIET: &[&str] = &[
    // weather and natural events
    "Heavy rain flooded parts of Spain as temperatures fell below freezing.",
    "A typhoon struck the Philippines on Tuesday, forcing thousands to leave their homes.",
    "Snowfall closed roads across northern Italy on Monday.",
    "Forecasters in Japan warned of a heatwave this weekend.",
    "A hurricane battered the coast of Mexico overnight.",
    "Record rainfall hit southern Brazil in May.",
    "Temperatures in India reached 48 degrees Celsius on Sunday.",
    "A magnitude 6.1 earthquake struck eastern Turkey on Sunday.",
    "Wildfires burned across Greece as the heatwave continued.",
    // a hazard as the doer of a force verb, with no discard word in the sentence
    "An earthquake struck off the coast of Chile early on Monday.",
    "A cyclone struck Mozambique, cutting power to the port of Beira.",
    "Cholera struck refugee camps in Sudan again this month.",
    "Heavy storms pounded Ireland over the weekend.",
    "Drought has cut the harvest in Kenya by a third.",
    // sport
    "France beat England 2-1 in the World Cup quarter-final.",
    "Japan beat Germany in their opening match of the tournament.",
    "Argentina defeated Brazil in the football final in Rio de Janeiro.",
    "The Real Madrid striker scored twice against Barcelona.",
    "Australia won the cricket series against India.",
    "Kenyan runners dominated the Boston Marathon on Monday.",
    "Novak Djokovic of Serbia won the tennis title in Melbourne.",
    "China topped the medal table at the Olympics.",
    "The New Zealand rugby team attacked relentlessly in the second half against South Africa.",
    "Morocco reached the semi-final of the World Cup for the first time.",
    "Italy's goalkeeper saved two penalties against Spain.",
    "Germany will host the European Championship next summer.",
    // markets and the economy
    "Stocks in Japan fell sharply on Thursday.",
    "Shares in London rose as the pound strengthened against the dollar.",
    "The Nikkei closed 2 percent higher in Tokyo.",
    "Oil prices rose after Saudi Arabia extended its output cuts.",
    "The Japanese yen hit a 34-year low against the US dollar.",
    "Bitcoin fell below $30,000 on Wednesday.",
    "The Dow Jones index lost 500 points as US inflation data disappointed.",
    "Germany's economy shrank by 0.3 percent last year, official data showed.",
    "China's exports grew 7 percent in March.",
    "Inflation in Turkey eased to 38 percent in June.",
    "The Bank of England kept interest rates unchanged.",
    "Gold prices climbed to a record high on Friday.",
    // other non-political news
    "Chinese tourists flocked to Thailand for the Lunar New Year holiday.",
    "A new museum of modern art opened in Abu Dhabi.",
    "The French film won the top prize at the festival in Cannes.",
    "Scientists in Switzerland discovered a new species of frog.",
    // "release" of things about people is no release of people (CAMEO 0841)
    "Turkish police released the names of two men on Tuesday.",
    "Iran released a video of a woman speaking at a rally.",
];

fn pipeline() -> Vec<Box<dyn Stage>> {
    let kb = Arc::new(attache_kb::Kb::embedded().expect("kb"));
    vec![
        Box::new(attache_syntax::SyntaxStage::embedded().expect("syntax")),
        Box::new(attache_actors::ActorResolution::with_builtin_model(kb).expect("actors")),
        Box::new(attache_time::TimeNormalization::new()),
        Box::new(attache_geo::PlaceResolution::new(Arc::new(
            attache_geo::Gazetteer::embedded().expect("gazetteer"),
        ))),
        Box::new(attache_speech::QuoteAttribution::new()),
        Box::new(EventCoding::standard().expect("lexicon")),
    ]
}

#[test]
fn weather_sport_markets_and_other_news_yield_no_events() {
    let stages = pipeline();
    let mut coded = Vec::new();
    for text in QUIET {
        let mut doc = Document::from_plain(text);
        doc.published = Date::new(2024, 6, 14).map(Published::day);
        for s in &stages {
            s.run(&mut doc);
        }
        if !doc.events.is_empty() || !doc.commitments.is_empty() {
            let rules: Vec<&str> = doc
                .events
                .iter()
                .map(|e| e.evidence.rule.as_str())
                .collect();
            coded.push(format!("{text} -> {rules:?}"));
        }
    }
    assert!(QUIET.len() >= 35);
    assert!(
        coded.is_empty(),
        "events in quiet news:\n{}",
        coded.join("\n")
    );
}

#[test]
fn the_same_pipeline_codes_a_political_sentence() {
    // Guards the test above against passing because the pipeline codes nothing at all.
    let stages = pipeline();
    let mut doc = Document::from_plain("Russia attacked Ukraine on Thursday.");
    doc.published = Date::new(2024, 6, 14).map(Published::day);
    for s in &stages {
        s.run(&mut doc);
    }
    assert!(
        doc.events.iter().any(|e| e.cameo.starts_with("19")),
        "{:?}",
        doc.events
    );
}
