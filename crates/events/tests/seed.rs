//! Coder-level tests on the seed article's key sentences, with hand-built parse, actor,
//! place and quote annotations (times come from attache-time). The article is read from
//! the shared folder, never copied; the tests skip when it is absent.

use attache_core::{
    Actor, ActorKind, ActorRef, CommitmentKind, Date, DatePrecision, Deprel, Document, Mention,
    MentionForm, Place, Published, Quote, QuoteKind, Span, Stage, Upos,
};
use attache_events::EventCoding;

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/seed/000_3f578599382f4b0e.txt"
);

/// The article body (lines after the dateline) as a plain document published 2022-01-21.
fn seed() -> Option<Document> {
    let Ok(text) = std::fs::read_to_string(SEED) else {
        eprintln!("skipping: the seed article {SEED} is absent");
        return None;
    };
    let body: Vec<&str> = text.lines().skip(2).collect();
    let mut doc = Document::from_plain(&body.join("\n"));
    doc.published = Date::new(2022, 1, 21).map(Published::day);
    attache_time::TimeNormalization::new().run(&mut doc);
    Some(doc)
}

/// Annotates one sentence of the seed by its words.
struct Sent<'a> {
    doc: &'a mut Document,
    s: usize,
}

impl<'a> Sent<'a> {
    /// The sentence holding `phrase`.
    fn find(doc: &'a mut Document, phrase: &str) -> Sent<'a> {
        let at = doc
            .text
            .find(phrase)
            .unwrap_or_else(|| panic!("seed lacks {phrase:?}")) as u32;
        let s = doc.sentence_at(at).expect("sentence");
        Sent { doc, s }
    }

    /// Global index of the `nth` token whose text is `word` in the sentence.
    fn tok(&self, word: &str, nth: usize) -> usize {
        let r = self.doc.sentences[self.s].tokens.clone();
        (r.start as usize..r.end as usize)
            .filter(|&i| self.doc.word(i) == word)
            .nth(nth)
            .unwrap_or_else(|| panic!("no {word:?} #{nth} in sentence {}", self.s))
    }

    fn arc(&mut self, dep: (&str, usize), head: (&str, usize), rel: &str) -> &mut Self {
        let (d, h) = (self.tok(dep.0, dep.1), self.tok(head.0, head.1));
        self.doc.tokens[d].head = h as u32;
        self.doc.tokens[d].deprel = Deprel::from_label(rel);
        self
    }

    fn xpos(&mut self, word: &str, tag: &str) -> &mut Self {
        let i = self.tok(word, 0);
        self.doc.tokens[i].xpos = attache_core::Xpos::from_label(tag);
        self
    }

    fn verb(&mut self, word: &str, lemma: &str) -> &mut Self {
        let i = self.tok(word, 0);
        self.doc.tokens[i].upos = Upos::from_label("VERB");
        self.doc.set_lemma(i, lemma);
        self
    }

    /// A mention over words `first..=last` (first occurrences) of the actor coded `code`.
    fn mention(&mut self, first: &str, last: &str, code: &str, form: MentionForm) -> u32 {
        let (a, b) = (self.tok(first, 0), self.tok(last, 0));
        let span = self.doc.tokens[a].span.cover(self.doc.tokens[b].span);
        let actor = match self
            .doc
            .actors
            .iter()
            .position(|x| x.code.as_deref() == Some(code))
        {
            Some(i) => i as u32,
            None => {
                self.doc.actors.push(Actor {
                    name: code.to_string(),
                    kind: ActorKind::Country,
                    code: Some(code.to_string()),
                    country: Some(code[..3].to_string()),
                    role: None,
                    kb_id: None,
                    mentions: vec![],
                });
                self.doc.actors.len() as u32 - 1
            }
        };
        self.doc.mentions.push(Mention {
            span,
            actor,
            form,
            sentence: self.s as u32,
        });
        self.doc.mentions.len() as u32 - 1
    }

    fn span(&self, first: &str, last: &str) -> Span {
        let (a, b) = (self.tok(first, 0), self.tok(last, 0));
        self.doc.tokens[a].span.cover(self.doc.tokens[b].span)
    }
}

fn code(doc: &Document, r: Option<ActorRef>) -> Option<&str> {
    r.and_then(|r| doc.actors.get(r.actor as usize))
        .and_then(|a| a.code.as_deref())
}

fn coded(doc: &mut Document) {
    EventCoding::standard().expect("lexicon loads").run(doc);
}

#[test]
fn meeting_is_symmetric_consult_dated_friday_in_geneva() {
    let Some(mut doc) = seed() else { return };
    let mut s = Sent::find(&mut doc, "met on Friday in Geneva");
    s.mention("Foreign", "Lavrov", "RUSGOV", MentionForm::Name);
    s.mention("his", "Blinken", "USAGOV", MentionForm::Description);
    s.verb("met", "meet");
    s.arc(("Lavrov", 0), ("met", 0), "nsubj")
        .arc(("Blinken", 0), ("Lavrov", 0), "conj")
        .arc(("and", 0), ("Blinken", 0), "cc")
        .arc(("Friday", 0), ("met", 0), "obl")
        .arc(("on", 0), ("Friday", 0), "case")
        .arc(("Geneva", 0), ("met", 0), "obl")
        .arc(("in", 0), ("Geneva", 0), "case");
    let geneva = s.span("Geneva", "Geneva");
    let sentence = s.s as u32;
    doc.places.push(Place {
        span: geneva,
        name: "Geneva".into(),
        country: Some("CHE".into()),
        lat: Some(46.2),
        lon: Some(6.15),
        geonames_id: None,
        sentence,
    });
    coded(&mut doc);
    let meets: Vec<_> = doc
        .events
        .iter()
        .filter(|e| e.cameo.starts_with("04"))
        .collect();
    assert_eq!(meets.len(), 2, "both directions: {:?}", doc.events);
    let dyads: Vec<_> = meets
        .iter()
        .map(|e| (code(&doc, e.source), code(&doc, e.target)))
        .collect();
    assert!(
        dyads.contains(&(Some("RUSGOV"), Some("USAGOV")))
            && dyads.contains(&(Some("USAGOV"), Some("RUSGOV")))
    );
    for e in meets {
        assert_eq!(e.cameo, "040");
        assert_eq!(e.plover.as_deref(), Some("CONSULT"));
        assert_eq!((e.quad_class, e.goldstein), (1, 1.0));
        assert_eq!(e.date.as_deref(), Some("2022-01-21"));
        assert_eq!(e.date_precision, DatePrecision::Day);
        assert_eq!(e.date_reason.as_deref(), Some("time expression"));
        assert_eq!(
            e.place.map(|p| doc.places[p as usize].name.as_str()),
            Some("Geneva")
        );
        assert!(!e.negated && !e.hypothetical);
        assert_eq!(e.evidence.rule, "consult.meet");
        assert_eq!(doc.slice(e.evidence.trigger), "met");
    }
}

#[test]
fn reported_promise_is_intent_to_cooperate_with_a_due_window_next_week() {
    let Some(mut doc) = seed() else { return };
    let mut s = Sent::find(&mut doc, "Blinken promised that Washington");
    let lavrov = s.mention("Lavrov", "Lavrov", "RUSGOV", MentionForm::Name);
    s.mention("Blinken", "Blinken", "USAGOV", MentionForm::Name);
    s.mention("Washington", "Washington", "USAGOV", MentionForm::Name);
    s.verb("promised", "promise").verb("submit", "submit");
    s.arc(("Blinken", 0), ("promised", 0), "nsubj")
        .arc(("submit", 0), ("promised", 0), "ccomp")
        .arc(("that", 0), ("submit", 0), "mark")
        .arc(("Washington", 0), ("submit", 0), "nsubj")
        .arc(("would", 0), ("submit", 0), "aux")
        .arc(("response", 0), ("submit", 0), "obj")
        .arc(("week", 0), ("submit", 0), "obl:tmod")
        .arc(("next", 0), ("week", 0), "amod");
    let content = s.span("Blinken", "week");
    let sentence = s.s as u32;
    doc.quotes.push(Quote {
        span: content,
        kind: QuoteKind::Indirect,
        class: attache_core::CueClass::Speech,
        speaker: Some(ActorRef {
            actor: doc.mentions[lavrov as usize].actor,
            mention: Some(lavrov),
        }),
        speakers: vec![ActorRef {
            actor: doc.mentions[lavrov as usize].actor,
            mention: Some(lavrov),
        }],
        cue: None,
        source: None,
        sentence,
        reported_by: None,
    });
    coded(&mut doc);
    let e = doc
        .events
        .iter()
        .find(|e| e.cameo.starts_with("03"))
        .expect("a 03 intent event");
    assert_eq!(
        (code(&doc, e.source), code(&doc, e.target)),
        (Some("USAGOV"), Some("RUSGOV"))
    );
    assert!(!e.hypothetical, "the promise was made");
    assert_eq!(e.quote, Some(0));
    assert_eq!(
        e.date.as_deref(),
        Some("2022-01-21"),
        "next week is the deadline, not the date"
    );
    assert_eq!(e.date_reason.as_deref(), Some("publication date"));
    let c = doc
        .commitments
        .iter()
        .find(|c| c.kind == CommitmentKind::Promise)
        .expect("promise");
    assert_eq!(
        (code(&doc, c.by), code(&doc, c.to)),
        (Some("USAGOV"), Some("RUSGOV"))
    );
    assert_eq!(
        c.due,
        Some((
            Date::new(2022, 1, 24).unwrap(),
            Date::new(2022, 1, 30).unwrap()
        ))
    );
    assert_eq!(c.status, "pending");
    assert_eq!(c.quote, Some(0));
    assert!(doc.slice(c.content).contains("written response"));
}

#[test]
fn conditional_threat_is_hypothetical_and_keeps_its_condition() {
    let Some(mut doc) = seed() else { return };
    let mut s = Sent::find(&mut doc, "it will be met with");
    s.mention("Russian", "forces", "RUSMIL", MentionForm::Description);
    s.mention("US", "US", "USA", MentionForm::Name);
    s.verb("met", "meet").verb("move", "move");
    s.arc(("it", 0), ("met", 0), "nsubj:pass")
        .arc(("will", 0), ("met", 0), "aux")
        .arc(("be", 0), ("met", 0), "aux:pass")
        .arc(("response", 0), ("met", 0), "obl")
        .arc(("with", 0), ("response", 0), "case")
        .arc(("US", 0), ("response", 0), "nmod")
        .arc(("from", 0), ("US", 0), "case")
        .arc(("move", 0), ("met", 0), "advcl")
        .arc(("if", 0), ("move", 0), "mark")
        .arc(("forces", 0), ("move", 0), "nsubj")
        .arc(("any", 0), ("forces", 0), "det")
        .arc(("border", 0), ("move", 0), "obl");
    coded(&mut doc);
    let e = doc
        .events
        .iter()
        .find(|e| e.cameo.starts_with("13"))
        .expect("a threat");
    assert_eq!(
        (code(&doc, e.source), code(&doc, e.target)),
        (Some("USA"), Some("RUSMIL"))
    );
    assert!(e.hypothetical && !e.negated);
    let cond = doc.slice(e.condition.expect("condition"));
    assert!(
        cond.starts_with("if any Russian military forces move across"),
        "{cond}"
    );
    let c = doc
        .commitments
        .iter()
        .find(|c| c.kind == CommitmentKind::Threat)
        .expect("threat commitment");
    assert_eq!(c.condition, e.condition);
    assert_eq!(code(&doc, c.by), Some("USA"));
}

#[test]
fn reiterated_threat_takes_its_target_from_the_condition() {
    let Some(mut doc) = seed() else { return };
    let mut s = Sent::find(&mut doc, "Blinken reiterated the US threats");
    s.mention("Blinken", "Blinken", "USAGOV", MentionForm::Name);
    s.mention("US", "US", "USA", MentionForm::Name);
    s.mention("Russia", "Russia", "RUS", MentionForm::Name);
    s.verb("reiterated", "reiterate").verb("moves", "move");
    s.arc(("Blinken", 0), ("reiterated", 0), "nsubj")
        .arc(("threats", 0), ("reiterated", 0), "obj")
        .arc(("US", 0), ("threats", 0), "compound")
        .arc(("moves", 0), ("reiterated", 0), "advcl")
        .arc(("if", 0), ("moves", 0), "mark")
        .arc(("Russia", 0), ("moves", 0), "nsubj");
    coded(&mut doc);
    let e = doc
        .events
        .iter()
        .find(|e| e.cameo.starts_with("13"))
        .expect("a threat");
    assert_eq!(
        (code(&doc, e.source), code(&doc, e.target)),
        (Some("USAGOV"), Some("RUS"))
    );
    assert!(e.hypothetical);
    assert!(doc
        .slice(e.condition.unwrap())
        .starts_with("if Russia moves"));
}

#[test]
fn moscow_calls_on_washington_is_a_demand() {
    let Some(mut doc) = seed() else { return };
    let mut s = Sent::find(&mut doc, "Moscow calls on Washington");
    s.mention("Moscow", "Moscow", "RUSGOV", MentionForm::Name);
    s.mention("Washington", "Washington", "USAGOV", MentionForm::Name);
    s.mention("Kiev", "Kiev", "UKRGOV", MentionForm::Name);
    s.verb("calls", "call").verb("put", "put");
    s.arc(("Moscow", 0), ("calls", 0), "nsubj")
        .arc(("Washington", 0), ("calls", 0), "obl")
        .arc(("on", 0), ("Washington", 0), "case")
        .arc(("put", 0), ("calls", 0), "xcomp")
        .arc(("pressure", 0), ("put", 0), "obj")
        .arc(("Kiev", 0), ("pressure", 0), "nmod")
        .arc(("on", 1), ("Kiev", 0), "case");
    coded(&mut doc);
    let e = doc
        .events
        .iter()
        .find(|e| e.cameo.starts_with("10"))
        .expect("a demand");
    assert_eq!(
        (code(&doc, e.source), code(&doc, e.target)),
        (Some("RUSGOV"), Some("USAGOV"))
    );
    assert_eq!(doc.slice(e.evidence.trigger), "calls on");
    assert!(doc
        .commitments
        .iter()
        .any(|c| c.kind == CommitmentKind::Demand && code(&doc, c.to) == Some("USAGOV")));
}

#[test]
fn december_proposals_demand_nato_and_keep_their_month() {
    let Some(mut doc) = seed() else { return };
    let mut s = Sent::find(&mut doc, "Russia demanded that the alliance");
    s.mention("Russia", "Russia", "RUS", MentionForm::Name);
    s.mention("the", "alliance", "IGOWSTNAT", MentionForm::Description);
    s.verb("demanded", "demand")
        .verb("deploy", "deploy")
        .verb("expand", "expand");
    s.arc(("Russia", 0), ("demanded", 0), "nsubj")
        .arc(("deploy", 0), ("demanded", 0), "ccomp")
        .arc(("that", 0), ("deploy", 0), "mark")
        .arc(("alliance", 0), ("deploy", 0), "nsubj")
        .arc(("not", 0), ("deploy", 0), "advmod")
        .arc(("weapons", 0), ("deploy", 0), "obj")
        .arc(("expand", 0), ("deploy", 0), "conj")
        .arc(("not", 1), ("expand", 0), "advmod")
        .arc(("eastward", 0), ("expand", 0), "advmod")
        .arc(("proposals", 0), ("demanded", 0), "obl")
        .arc(("rolled", 0), ("proposals", 0), "acl")
        .arc(("December", 0), ("rolled", 0), "obl");
    coded(&mut doc);
    let sentence = doc
        .sentence_at(doc.text.find("Russia demanded").unwrap() as u32)
        .unwrap() as u32;
    let here: Vec<_> = doc
        .events
        .iter()
        .filter(|e| e.sentence == sentence)
        .collect();
    assert_eq!(
        here.len(),
        1,
        "the deployment is the demand's content, not an event: {here:?}"
    );
    let e = here[0];
    assert!(e.cameo.starts_with("10"));
    assert_eq!(
        (code(&doc, e.source), code(&doc, e.target)),
        (Some("RUS"), Some("IGOWSTNAT"))
    );
    assert_eq!(e.date.as_deref(), Some("2021-12"));
    assert_eq!(e.date_precision, DatePrecision::Month);
    assert!(!e.negated, "the negation belongs to the content");
    let c = doc
        .commitments
        .iter()
        .find(|c| c.kind == CommitmentKind::Demand)
        .expect("demand");
    assert_eq!(code(&doc, c.to), Some("IGOWSTNAT"));
    assert!(doc.slice(c.content).contains("not expand eastward"));
}

#[test]
fn not_planning_to_invade_is_a_negated_hypothetical_and_a_denial() {
    let Some(mut doc) = seed() else { return };
    let mut s = Sent::find(&mut doc, "is not planning to invade Ukraine");
    s.mention("foreign", "minister", "RUSGOV", MentionForm::Description);
    s.mention("Russia", "Russia", "RUS", MentionForm::Name);
    s.mention("Ukrainian", "Ukrainian", "UKR", MentionForm::Adjective);
    s.mention("Ukraine", "Ukraine", "UKR", MentionForm::Name);
    s.verb("said", "say")
        .verb("threatened", "threaten")
        .verb("planning", "plan")
        .verb("invade", "invade");
    s.arc(("minister", 0), ("said", 0), "nsubj")
        .arc(("threatened", 0), ("said", 0), "ccomp")
        .arc(("Russia", 0), ("threatened", 0), "nsubj")
        .arc(("never", 0), ("threatened", 0), "advmod")
        .arc(("people", 0), ("threatened", 0), "obj")
        .arc(("Ukrainian", 0), ("people", 0), "amod")
        .arc(("planning", 0), ("threatened", 0), "conj")
        .arc(("is", 0), ("planning", 0), "aux")
        .arc(("not", 0), ("planning", 0), "advmod")
        .arc(("invade", 0), ("planning", 0), "xcomp")
        .arc(("Ukraine", 0), ("invade", 0), "obj");
    coded(&mut doc);
    let invade = doc
        .events
        .iter()
        .find(|e| e.cameo.starts_with("19"))
        .expect("invasion event");
    assert_eq!(
        (code(&doc, invade.source), code(&doc, invade.target)),
        (Some("RUS"), Some("UKR"))
    );
    assert!(invade.negated && invade.hypothetical);
    let threat = doc
        .events
        .iter()
        .find(|e| e.cameo.starts_with("13"))
        .expect("threat event");
    assert!(
        threat.negated && !threat.hypothetical,
        "never threatened: a negated fact"
    );
    let denials: Vec<_> = doc
        .commitments
        .iter()
        .filter(|c| c.kind == CommitmentKind::Denial)
        .collect();
    assert!(denials.iter().all(|c| code(&doc, c.by) == Some("RUS")));
    assert!(denials.iter().any(|c| c
        .event
        .is_some_and(|i| doc.events[i as usize].cameo.starts_with("19"))));
}

#[test]
fn accused_passive_has_no_source_and_russia_as_target() {
    let Some(mut doc) = seed() else { return };
    let mut s = Sent::find(&mut doc, "Russia is accused of");
    s.mention("Russia", "Russia", "RUS", MentionForm::Name);
    s.mention("Moscow", "Moscow", "RUSGOV", MentionForm::Name);
    s.verb("accused", "accuse")
        .verb("amassing", "amass")
        .verb("voiced", "voice");
    s.arc(("accused", 0), ("voiced", 0), "advcl")
        .arc(("While", 0), ("accused", 0), "mark")
        .arc(("Russia", 0), ("accused", 0), "nsubj:pass")
        .arc(("is", 0), ("accused", 0), "aux:pass")
        .arc(("amassing", 0), ("accused", 0), "advcl")
        .arc(("troops", 0), ("amassing", 0), "obj")
        .arc(("Moscow", 0), ("voiced", 0), "nsubj");
    coded(&mut doc);
    let e = doc
        .events
        .iter()
        .find(|e| e.cameo.starts_with("11"))
        .expect("accusation");
    assert_eq!(
        (code(&doc, e.source), code(&doc, e.target)),
        (None, Some("RUS"))
    );
    assert_eq!(e.cameo, "1123");
    assert!(
        !doc.events.iter().any(|e| e.cameo.starts_with("15")),
        "amassing is the accusation's content"
    );
}

#[test]
fn separate_negotiations_reach_both_partners() {
    let Some(mut doc) = seed() else { return };
    let mut s = Sent::find(&mut doc, "Moscow held separate security negotiations");
    s.mention("Moscow", "Moscow", "RUSGOV", MentionForm::Name);
    s.mention("US", "US", "USA", MentionForm::Name);
    s.mention("NATO", "NATO", "IGOWSTNAT", MentionForm::Name);
    s.verb("held", "hold").verb("comes", "come");
    s.xpos("held", "VBD").xpos("comes", "VBZ");
    s.arc(("Moscow", 0), ("held", 0), "nsubj")
        .arc(("held", 0), ("comes", 0), "advcl")
        .arc(("after", 0), ("held", 0), "mark")
        .arc(("negotiations", 0), ("held", 0), "obj")
        .arc(("US", 0), ("held", 0), "obl")
        .arc(("with", 0), ("US", 0), "case")
        .arc(("NATO", 0), ("US", 0), "conj");
    coded(&mut doc);
    let held: Vec<_> = doc
        .events
        .iter()
        .filter(|e| e.cameo.starts_with("04") && doc.slice(e.evidence.trigger) == "held")
        .collect();
    for e in &held {
        assert_eq!(e.date, None, "held before this meeting: {e:?}");
        assert_eq!(
            e.date_reason.as_deref(),
            Some("before the reported event, undated")
        );
    }
    let dyads: Vec<_> = held
        .iter()
        .map(|e| (code(&doc, e.source), code(&doc, e.target)))
        .collect();
    assert!(dyads.contains(&(Some("RUSGOV"), Some("USA"))), "{dyads:?}");
    assert!(
        dyads.contains(&(Some("RUSGOV"), Some("IGOWSTNAT"))),
        "{dyads:?}"
    );
}

/// A plain document with every listed word a mention of the actor coded next to it.
fn plain_with_actors(text: &str, actors: &[(&str, &str)]) -> Document {
    let mut doc = Document::from_plain(text);
    doc.published = Date::new(2022, 5, 19).map(Published::day);
    for (i, &(word, code)) in actors.iter().enumerate() {
        let at = doc.text.find(word).expect("word");
        let span = Span::new(at, at + word.len());
        doc.actors.push(Actor {
            name: word.into(),
            kind: ActorKind::Country,
            code: Some(code.into()),
            country: Some(code.into()),
            role: None,
            kb_id: None,
            mentions: vec![i as u32],
        });
        let sentence = doc.sentence_at(at as u32).unwrap_or(0) as u32;
        doc.mentions.push(Mention {
            span,
            actor: i as u32,
            form: MentionForm::Name,
            sentence,
        });
    }
    doc
}

#[test]
fn weather_sport_and_markets_yield_no_events() {
    for (text, actors) in [
        (
            "France beat England 2-1 in the World Cup quarter-final.",
            &[("France", "FRA"), ("England", "GBR")][..],
        ),
        (
            "Japan beat Germany in their opening match.",
            &[("Japan", "JPN"), ("Germany", "DEU")][..],
        ),
        (
            "Stocks in Japan fell sharply on Thursday.",
            &[("Japan", "JPN")][..],
        ),
        (
            "Heavy rain flooded parts of Spain as temperatures fell.",
            &[("Spain", "ESP")][..],
        ),
        (
            "A typhoon struck the Philippines on Tuesday.",
            &[("Philippines", "PHL")][..],
        ),
    ] {
        let mut doc = plain_with_actors(text, actors);
        coded(&mut doc);
        assert!(doc.events.is_empty(), "{text}: {:?}", doc.events);
    }
}

#[test]
fn surface_reading_codes_without_a_parse() {
    let mut doc = plain_with_actors(
        "Iran and Saudi Arabia agreed to resume talks. Israel was criticised by Egypt. Russia did not attack Ukraine.",
        &[("Iran", "IRN"), ("Saudi Arabia", "SAU"), ("Israel", "ISR"), ("Egypt", "EGY"), ("Russia", "RUS"), ("Ukraine", "UKR")],
    );
    coded(&mut doc);
    let got: Vec<(Option<&str>, Option<&str>, &str, bool)> = doc
        .events
        .iter()
        .map(|e| {
            (
                code(&doc, e.source),
                code(&doc, e.target),
                e.cameo.as_str(),
                e.negated,
            )
        })
        .collect();
    assert!(
        got.contains(&(Some("IRN"), Some("SAU"), "036", false)),
        "{got:?}"
    );
    assert!(
        got.contains(&(Some("SAU"), Some("IRN"), "036", false)),
        "{got:?}"
    );
    assert!(
        got.contains(&(Some("EGY"), Some("ISR"), "111", false)),
        "{got:?}"
    );
    assert!(
        got.contains(&(Some("RUS"), Some("UKR"), "190", true)),
        "{got:?}"
    );
    assert_eq!(
        got.len(),
        4,
        "no statement fallback, no event for the talks: {got:?}"
    );
}

#[test]
fn uncodable_sentence_yields_nothing() {
    let mut doc = plain_with_actors(
        "Russia said the weather in Moscow was mild.",
        &[("Russia", "RUS")],
    );
    coded(&mut doc);
    assert!(doc.events.is_empty() && doc.commitments.is_empty());
}

/// s9 "I would like to once again remind those who are analysing our position that Russia has
/// nowhere and never threatened the Ukrainian people": the parser makes "has" the head of the
/// that-clause and hangs "threatened" (tagged past tense) as a conjunct of "remind", under
/// "would like". The denial states a fact: negated, not hypothetical, Russia's own.
#[test]
fn a_denial_the_parse_hangs_under_would_like_is_a_negated_fact() {
    let Some(mut doc) = seed() else { return };
    let mut s = Sent::find(&mut doc, "has nowhere and never threatened");
    s.mention("Russia", "Russia", "RUS", MentionForm::Name);
    s.mention("Ukrainian", "people", "UKRCVL", MentionForm::Description);
    s.verb("like", "like")
        .verb("remind", "remind")
        .verb("analysing", "analyse")
        .verb("threatened", "threaten")
        .xpos("threatened", "VBD")
        .xpos("has", "VBZ")
        .xpos("would", "MD");
    for (word, tag) in [
        ("has", "AUX"),
        ("would", "AUX"),
        ("nowhere", "ADV"),
        ("and", "CCONJ"),
        ("never", "ADV"),
    ] {
        let i = s.tok(word, 0);
        s.doc.tokens[i].upos = Upos::from_label(tag);
    }
    s.arc(("I", 0), ("like", 0), "nsubj")
        .arc(("would", 0), ("like", 0), "aux")
        .arc(("remind", 0), ("like", 0), "xcomp")
        .arc(("those", 0), ("remind", 0), "obj")
        .arc(("analysing", 0), ("those", 0), "acl:relcl")
        .arc(("position", 0), ("analysing", 0), "obj")
        .arc(("has", 0), ("analysing", 0), "ccomp")
        .arc(("that", 0), ("has", 0), "mark")
        .arc(("Russia", 0), ("has", 0), "nsubj")
        .arc(("nowhere", 0), ("has", 0), "advmod")
        .arc(("and", 0), ("threatened", 0), "cc")
        .arc(("never", 0), ("threatened", 0), "advmod")
        .arc(("threatened", 0), ("remind", 0), "conj")
        .arc(("people", 0), ("threatened", 0), "obj");
    let sentence = s.s as u32;
    coded(&mut doc);
    let threat = doc
        .events
        .iter()
        .find(|e| e.sentence == sentence && e.cameo.starts_with("13"))
        .expect("threat event");
    assert_eq!(code(&doc, threat.source), Some("RUS"));
    assert!(threat.negated, "never threatened");
    assert!(
        !threat.hypothetical,
        "a fact the speaker states, not a modal act"
    );
}
