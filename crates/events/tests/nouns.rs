//! Event nouns ("the meeting between X and Y", "Russia's invasion of Ukraine") and the
//! dates of background acts, on small documents with hand-placed actors and, where the
//! rule reads the parse, hand-built arcs (also a verb joined to another, which shares its
//! subject).

use attache_core::{
    Actor, ActorKind, CommitmentKind, Date, Deprel, Document, Mention, MentionForm, Published,
    Span, Stage, Upos, Xpos,
};
use attache_events::EventCoding;

/// A one-sentence document published on Friday 2022-01-21, annotated by words.
struct Sketch {
    doc: Document,
}

/// What a test compares: source, target, code, negated, hypothetical, date, date reason.
type Row = (
    Option<String>,
    Option<String>,
    String,
    bool,
    bool,
    Option<String>,
    Option<String>,
);

impl Sketch {
    fn new(text: &str) -> Sketch {
        let mut doc = Document::from_plain(text);
        doc.published = Date::new(2022, 1, 21).map(Published::day);
        attache_time::TimeNormalization::new().run(&mut doc);
        Sketch { doc }
    }

    fn tok(&self, word: &str) -> usize {
        (0..self.doc.tokens.len())
            .find(|&i| self.doc.word(i) == word)
            .unwrap_or_else(|| panic!("no token {word:?}"))
    }

    /// `words` (first occurrence) is a mention of an actor coded `code`.
    fn actor(mut self, words: &str, code: &str) -> Sketch {
        let at = self.doc.text.find(words).expect("words in text");
        let span = Span::new(at, at + words.len());
        let form = if words.ends_with("ian") || words.ends_with("ese") {
            MentionForm::Adjective
        } else {
            MentionForm::Name
        };
        let actor = self.doc.actors.len() as u32;
        self.doc.actors.push(Actor {
            name: words.into(),
            kind: ActorKind::Country,
            code: Some(code.into()),
            country: Some(code[..3].into()),
            role: None,
            kb_id: None,
            mentions: vec![self.doc.mentions.len() as u32],
        });
        self.doc.mentions.push(Mention {
            span,
            actor,
            form,
            sentence: 0,
        });
        self
    }

    fn tag(mut self, word: &str, upos: &str, xpos: &str, lemma: &str) -> Sketch {
        let i = self.tok(word);
        self.doc.tokens[i].upos = Upos::from_label(upos);
        self.doc.tokens[i].xpos = Xpos::from_label(xpos);
        self.doc.set_lemma(i, lemma);
        self
    }

    /// `dep` hangs off `head` by `rel`; every other token is left unattached to the root.
    fn arc(mut self, dep: &str, head: &str, rel: &str) -> Sketch {
        let (d, h) = (self.tok(dep), self.tok(head));
        self.doc.tokens[d].head = h as u32;
        self.doc.tokens[d].deprel = Deprel::from_label(rel);
        self
    }

    fn code(mut self) -> Vec<Row> {
        EventCoding::standard()
            .expect("lexicon loads")
            .run(&mut self.doc);
        let doc = &self.doc;
        let code = |r: Option<attache_core::ActorRef>| {
            r.and_then(|r| doc.actors.get(r.actor as usize))
                .and_then(|a| a.code.clone())
        };
        doc.events
            .iter()
            .map(|e| {
                (
                    code(e.source),
                    code(e.target),
                    e.cameo.clone(),
                    e.negated,
                    e.hypothetical,
                    e.date.clone(),
                    e.date_reason.clone(),
                )
            })
            .collect()
    }
}

impl Sketch {
    /// Codes the sentence; the kind and due window of every commitment.
    fn dues(mut self) -> Vec<(CommitmentKind, Option<(Date, Date)>)> {
        EventCoding::standard()
            .expect("lexicon loads")
            .run(&mut self.doc);
        self.doc
            .commitments
            .iter()
            .map(|c| (c.kind, c.due))
            .collect()
    }
}

fn dyads(rows: &[Row]) -> Vec<(Option<&str>, Option<&str>, &str)> {
    let mut v: Vec<_> = rows
        .iter()
        .map(|r| (r.0.as_deref(), r.1.as_deref(), r.2.as_str()))
        .collect();
    v.sort();
    v
}

#[test]
fn meeting_between_two_actors_is_a_symmetric_undated_consult() {
    let rows = Sketch::new("The meeting between Lavrov and Blinken lasted two hours.")
        .actor("Lavrov", "RUSGOV")
        .actor("Blinken", "USAGOV")
        .code();
    assert_eq!(
        dyads(&rows),
        [
            (Some("RUSGOV"), Some("USAGOV"), "040"),
            (Some("USAGOV"), Some("RUSGOV"), "040")
        ]
    );
    let r = &rows[0];
    assert_eq!(
        (r.5.as_deref(), r.6.as_deref()),
        (None, Some("event noun, undated"))
    );
    assert!(
        !r.3 && !r.4,
        "a plain mention is neither negated nor hypothetical"
    );
}

#[test]
fn possessor_is_the_source_and_the_of_phrase_the_target() {
    let rows = Sketch::new("Russia's invasion of Ukraine entered its second year.")
        .actor("Russia", "RUS")
        .actor("Ukraine", "UKR")
        .code();
    assert_eq!(dyads(&rows), [(Some("RUS"), Some("UKR"), "192")]);
}

#[test]
fn actor_before_the_noun_imposes_sanctions_against_the_phrase() {
    let rows = Sketch::new("New US sanctions against Iran took effect.")
        .actor("US", "USA")
        .actor("Iran", "IRN")
        .tag("sanctions", "NOUN", "NNS", "sanction")
        .code();
    assert_eq!(dyads(&rows), [(Some("USA"), Some("IRN"), "163")]);
}

#[test]
fn visit_to_is_dated_by_its_own_time_expression() {
    let rows = Sketch::new("Macron's visit to China ended on Wednesday.")
        .actor("Macron", "FRAGOV")
        .actor("China", "CHN")
        .code();
    assert_eq!(dyads(&rows), [(Some("FRAGOV"), Some("CHN"), "042")]);
    assert_eq!(rows[0].5.as_deref(), Some("2022-01-19"));
    assert_eq!(rows[0].6.as_deref(), Some("time expression"));
}

#[test]
fn ceasefire_agreement_is_a_truce_and_a_trade_agreement_a_formal_one() {
    let rows = Sketch::new("A ceasefire agreement between Israel and Egypt took effect.")
        .actor("Israel", "ISR")
        .actor("Egypt", "EGY")
        .code();
    assert_eq!(
        dyads(&rows),
        [
            (Some("EGY"), Some("ISR"), "0871"),
            (Some("ISR"), Some("EGY"), "0871")
        ]
    );
    let rows = Sketch::new("A trade agreement between Chile and Peru took effect.")
        .actor("Chile", "CHL")
        .actor("Peru", "PER")
        .code();
    assert!(dyads(&rows).iter().all(|d| d.2 == "057"), "{rows:?}");
}

#[test]
fn noun_in_a_coded_verbs_phrase_is_that_verbs_content() {
    let rows = Sketch::new("Saudi Arabia condemned the attack on Israel.")
        .actor("Saudi Arabia", "SAU")
        .actor("Israel", "ISR")
        .code();
    assert_eq!(dyads(&rows), [(Some("SAU"), Some("ISR"), "111")]);
    let rows = Sketch::new("Japan is considering sanctions against Russia.")
        .actor("Japan", "JPN")
        .actor("Russia", "RUS")
        .code();
    assert!(
        rows.iter().all(|r| !r.2.starts_with("16")),
        "sanctions under consideration are not imposed: {rows:?}"
    );
}

#[test]
fn possible_meeting_is_hypothetical_and_no_talks_negated() {
    let rows = Sketch::new("A possible meeting between Putin and Biden remains uncertain.")
        .actor("Putin", "RUSGOV")
        .actor("Biden", "USAGOV")
        .code();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows.iter().all(|r| r.4 && r.5.is_none()), "{rows:?}");
    let rows = Sketch::new("There were no talks between Serbia and Kosovo.")
        .actor("Serbia", "SRB")
        .actor("Kosovo", "XKX")
        .code();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows.iter().all(|r| r.3), "{rows:?}");
}

#[test]
fn talks_that_did_not_take_place_are_negated_by_their_verb() {
    let rows = Sketch::new("The talks with Iran did not take place.")
        .actor("Iran", "IRN")
        .tag("talks", "NOUN", "NNS", "talk")
        .tag("take", "VERB", "VB", "take")
        .arc("talks", "take", "nsubj")
        .arc("The", "talks", "det")
        .arc("Iran", "talks", "nmod")
        .arc("with", "Iran", "case")
        .arc("did", "take", "aux")
        .arc("not", "take", "advmod")
        .arc("place", "take", "obj")
        .code();
    assert_eq!(dyads(&rows), [(None, Some("IRN"), "040")]);
    assert!(rows[0].3, "negated: {rows:?}");
}

#[test]
fn by_phrase_is_the_source_of_an_event_noun() {
    let rows = Sketch::new("The attack by Iran on Israel drew condemnation.")
        .actor("Iran", "IRN")
        .actor("Israel", "ISR")
        .code();
    assert!(
        dyads(&rows).contains(&(Some("IRN"), Some("ISR"), "190")),
        "{rows:?}"
    );
}

#[test]
fn past_perfect_act_keeps_no_publication_date() {
    let rows = Sketch::new("Germany had sent tanks to Ukraine.")
        .actor("Germany", "DEU")
        .actor("Ukraine", "UKR")
        .code();
    assert_eq!(dyads(&rows), [(Some("DEU"), Some("UKR"), "072")]);
    assert_eq!(rows[0].5, None);
    assert_eq!(rows[0].6.as_deref(), Some("past perfect, undated"));
    let rows = Sketch::new("Germany sent tanks to Ukraine.")
        .actor("Germany", "DEU")
        .actor("Ukraine", "UKR")
        .code();
    assert_eq!(
        rows[0].5.as_deref(),
        Some("2022-01-21"),
        "a plain past is dated"
    );
}

#[test]
fn talks_held_before_this_meeting_are_background() {
    let rows = Sketch::new("Russia held talks with NATO before this meeting.")
        .actor("Russia", "RUS")
        .actor("NATO", "IGOWSTNAT")
        .code();
    assert!(!rows.is_empty(), "talks are coded");
    for r in &rows {
        assert_eq!(r.5, None, "{r:?}");
        assert_eq!(r.6.as_deref(), Some("before the reported event, undated"));
    }
}

#[test]
fn past_after_clause_of_a_present_report_is_background() {
    let rows = Sketch::new("The summit comes after Moscow held talks with NATO.")
        .actor("Moscow", "RUSGOV")
        .actor("NATO", "IGOWSTNAT")
        .tag("comes", "VERB", "VBZ", "come")
        .tag("held", "VERB", "VBD", "hold")
        .tag("summit", "NOUN", "NN", "summit")
        .tag("talks", "NOUN", "NNS", "talk")
        .arc("The", "summit", "det")
        .arc("summit", "comes", "nsubj")
        .arc("held", "comes", "advcl")
        .arc("after", "held", "mark")
        .arc("Moscow", "held", "nsubj")
        .arc("talks", "held", "obj")
        .arc("NATO", "talks", "nmod")
        .arc("with", "NATO", "case")
        .code();
    assert_eq!(
        dyads(&rows),
        [
            (Some("IGOWSTNAT"), Some("RUSGOV"), "046"),
            (Some("RUSGOV"), Some("IGOWSTNAT"), "046")
        ]
    );
    assert!(
        rows.iter()
            .all(|r| r.5.is_none() && r.6.as_deref() == Some("before the reported event, undated")),
        "{rows:?}"
    );
}

#[test]
fn time_of_another_noun_does_not_date_the_clause() {
    let rows = Sketch::new("After last week's summit, Russia attacked Ukraine.")
        .actor("Russia", "RUS")
        .actor("Ukraine", "UKR")
        .tag("summit", "NOUN", "NN", "summit")
        .tag("week", "NOUN", "NN", "week")
        .tag("attacked", "VERB", "VBD", "attack")
        .arc("summit", "attacked", "obl")
        .arc("After", "summit", "case")
        .arc("week", "summit", "nmod:poss")
        .arc("last", "week", "amod")
        .arc("'s", "week", "case")
        .arc("Russia", "attacked", "nsubj")
        .arc("Ukraine", "attacked", "obj")
        .code();
    assert_eq!(dyads(&rows), [(Some("RUS"), Some("UKR"), "190")]);
    assert_eq!(rows[0].5.as_deref(), Some("2022-01-21"), "{rows:?}");
    assert_eq!(rows[0].6.as_deref(), Some("publication date"));
    let rows = Sketch::new("Last week's summit between India and Pakistan ended.")
        .actor("India", "IND")
        .actor("Pakistan", "PAK")
        .code();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(
        rows.iter().all(
            |r| r.5.as_deref() == Some("2022-W02") && r.6.as_deref() == Some("time expression")
        ),
        "{rows:?}"
    );
}

#[test]
fn december_in_a_january_story_dates_the_act_in_the_previous_year() {
    let rows = Sketch::new(
        "Russia rolled out its proposals in December and demanded guarantees from NATO.",
    )
    .actor("Russia", "RUS")
    .actor("NATO", "IGOWSTNAT")
    .code();
    assert!(!rows.is_empty(), "the demand is coded");
    let r = &rows[0];
    assert_eq!(r.2.get(..2), Some("10"));
    assert_eq!(r.5.as_deref(), Some("2021-12"), "{rows:?}");
}

#[test]
fn a_verb_joined_by_and_shares_the_first_verbs_subject_not_its_object() {
    // The leader is no actor: the second verb's source is unknown, not Russia.
    let rows =
        Sketch::new("The opposition leader accused Russia of fraud and called on Egypt to act.")
            .actor("Russia", "RUS")
            .actor("Egypt", "EGY")
            .tag("accused", "VERB", "VBD", "accuse")
            .tag("called", "VERB", "VBD", "call")
            .arc("leader", "accused", "nsubj")
            .arc("Russia", "accused", "obj")
            .arc("fraud", "Russia", "nmod")
            .arc("of", "fraud", "case")
            .arc("and", "called", "cc")
            .arc("called", "accused", "conj")
            .arc("on", "called", "compound:prt")
            .arc("Egypt", "called", "obj")
            .code();
    let called: Vec<_> = dyads(&rows)
        .into_iter()
        .filter(|d| d.2.starts_with("10"))
        .collect();
    assert!(!called.is_empty(), "{rows:?}");
    assert!(called.iter().all(|d| d.0.is_none()), "{rows:?}");
}

#[test]
fn a_passive_subject_with_a_direct_object_and_no_auxiliary_is_read_as_active() {
    let rows = Sketch::new("Minister Hakan Fidan hosted Russian delegations in Istanbul.")
        .actor("Minister Hakan Fidan", "TURGOV")
        .actor("Russian delegations", "RUSGOV")
        .tag("hosted", "VERB", "VBN", "host")
        .arc("Hakan", "hosted", "nsubj:pass")
        .arc("Minister", "Hakan", "nmod:desc")
        .arc("Fidan", "Hakan", "flat")
        .arc("delegations", "hosted", "obj")
        .arc("Russian", "delegations", "amod")
        .arc("Istanbul", "hosted", "obl")
        .arc("in", "Istanbul", "case")
        .code();
    assert_eq!(
        dyads(&rows),
        [(Some("TURGOV"), Some("RUSGOV"), "043")],
        "{rows:?}"
    );
}

#[test]
fn return_to_the_negotiating_table_is_a_consultation_and_returning_land_is_not() {
    let rows = Sketch::new("Ukraine will return to the negotiating table with Russia.")
        .actor("Ukraine", "UKR")
        .actor("Russia", "RUS")
        .code();
    assert!(
        dyads(&rows).contains(&(Some("UKR"), Some("RUS"), "040")),
        "{rows:?}"
    );
    let rows = Sketch::new("Armenia will return the land to Azerbaijan.")
        .actor("Armenia", "ARM")
        .actor("Azerbaijan", "AZE")
        .code();
    assert!(rows.iter().all(|r| !r.2.starts_with("04")), "{rows:?}");
}

#[test]
fn an_intention_to_negotiate_is_coded_as_intent_and_a_condition_keeps_the_talks() {
    let rows = Sketch::new("Serbia is ready to negotiate with Kosovo.")
        .actor("Serbia", "SRB")
        .actor("Kosovo", "XKX")
        .code();
    assert!(rows.iter().any(|r| r.2 == "036"), "{rows:?}");
    assert!(rows.iter().all(|r| !r.2.starts_with("04")), "{rows:?}");
    // a meeting on a condition is labelled as the meeting in the project's set
    let rows = Sketch::new("Armenia will negotiate with Azerbaijan if the shelling stops.")
        .actor("Armenia", "ARM")
        .actor("Azerbaijan", "AZE")
        .code();
    assert!(rows.iter().any(|r| r.2 == "046"), "{rows:?}");
    // talks that take place stay talks
    let rows = Sketch::new("Serbia negotiated with Kosovo on Monday.")
        .actor("Serbia", "SRB")
        .actor("Kosovo", "XKX")
        .code();
    assert!(rows.iter().any(|r| r.2 == "046"), "{rows:?}");
}

#[test]
fn a_call_for_an_end_to_the_fighting_is_an_appeal_for_de_escalation() {
    let rows = Sketch::new("Brazil called for an end to the fighting in Sudan.")
        .actor("Brazil", "BRA")
        .code();
    assert!(
        rows.iter()
            .any(|r| r.0.as_deref() == Some("BRA") && r.2 == "0256"),
        "{rows:?}"
    );
    let rows = Sketch::new("Chile called for new elections in Peru.")
        .actor("Chile", "CHL")
        .actor("Peru", "PER")
        .code();
    assert!(
        rows.iter().any(|r| r.2.starts_with("02")) && rows.iter().all(|r| !r.2.starts_with("10")),
        "{rows:?}"
    );
}

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::new(y, m, d).expect("valid date")
}

#[test]
fn a_deadline_after_the_commitments_content_is_its_due_date() {
    let dues = Sketch::new("Chile and Peru agreed to cut tariffs on copper by 2025.")
        .actor("Chile", "CHL")
        .actor("Peru", "PER")
        .dues();
    assert!(
        dues.iter()
            .any(|(k, d)| *k == CommitmentKind::Agreement
                && d.map(|d| d.1) == Some(day(2025, 12, 31))),
        "{dues:?}"
    );
    // a time in the next clause is that clause's
    let dues =
        Sketch::new("Chile pledged to build a port and said Peru would open a mine next year.")
            .actor("Chile", "CHL")
            .actor("Peru", "PER")
            .dues();
    assert!(
        dues.iter()
            .all(|(k, d)| *k != CommitmentKind::Promise || d.is_none()),
        "{dues:?}"
    );
}

#[test]
fn a_demand_dated_on_the_day_it_was_made_has_no_due_date() {
    // published on Friday 2022-01-21
    let dues = Sketch::new("Chile demanded a new vote on Friday.")
        .actor("Chile", "CHL")
        .dues();
    assert!(
        dues.iter()
            .any(|(k, d)| *k == CommitmentKind::Demand && d.is_none()),
        "{dues:?}"
    );
    let dues = Sketch::new("Chile demanded a new vote by March.")
        .actor("Chile", "CHL")
        .dues();
    assert!(
        dues.iter()
            .any(|(k, d)| *k == CommitmentKind::Demand && d.map(|d| d.1) == Some(day(2022, 3, 31))),
        "{dues:?}"
    );
}

#[test]
fn urging_a_truce_is_an_appeal_for_de_escalation() {
    let rows = Sketch::new("Norway urged Sudan to sign a truce.")
        .actor("Norway", "NOR")
        .actor("Sudan", "SDN")
        .code();
    assert!(
        dyads(&rows).contains(&(Some("NOR"), Some("SDN"), "0256")),
        "{rows:?}"
    );
}
