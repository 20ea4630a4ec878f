//! The eleventh analyst QA's actor findings: the two Congos, juntas and military rulers,
//! names after "Minister of State", an unknown given name before a KB surname, the
//! listener of "told", other unions, particles of surnames, foreign aliases that are
//! English words, and officeholders the KB gained. Each with a negative.

use attache_actors::resolve::render_mentions;
use attache_core::{ActorKind, Date, Document, Published, Stage};

use crate::common;
use common::{actor_exact as actor, resolve_at, stage};

/// `text` published on `date`, resolved.
fn resolve(text: &str, date: (i32, u32, u32)) -> Document {
    resolve_at(text, date, None)
}

fn code(doc: &Document, text: &str) -> Option<String> {
    actor(doc, text).and_then(|a| a.code.clone())
}

fn kb_id(doc: &Document, text: &str) -> Option<String> {
    actor(doc, text).and_then(|a| a.kb_id.clone())
}

// ---- F1: "Congo" ----------------------------------------------------------------------

#[test]
fn bare_congo_is_the_drc_by_default_and_with_eastern_places() {
    let doc = resolve(
        "Congo accused the rebels of breaking the ceasefire.",
        (2025, 11, 17),
    );
    let listing = render_mentions(&doc);
    assert_eq!(code(&doc, "Congo").as_deref(), Some("COD"), "{listing}");
    let doc = resolve(
        "Fighting resumed near Goma in North Kivu. Congo accused the rebels of breaking the \
         ceasefire.",
        (2025, 11, 17),
    );
    let listing = render_mentions(&doc);
    assert_eq!(code(&doc, "Congo").as_deref(), Some("COD"), "{listing}");
}

#[test]
fn congo_with_brazzaville_evidence_is_the_republic_of_the_congo() {
    let doc = resolve(
        "Brazzaville announced new elections. Voters in Pointe-Noire welcomed the plan. \
         Congo will vote in March.",
        (2025, 11, 17),
    );
    let listing = render_mentions(&doc);
    assert_eq!(code(&doc, "Congo").as_deref(), Some("COG"), "{listing}");
    // the full names stay what they say, whatever the evidence
    let doc = resolve(
        "The Republic of Congo and the Democratic Republic of Congo signed a river accord.",
        (2025, 11, 17),
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        code(&doc, "Republic of Congo").as_deref(),
        Some("COG"),
        "{listing}"
    );
    assert_eq!(
        code(&doc, "Democratic Republic of Congo").as_deref(),
        Some("COD"),
        "{listing}"
    );
}

// ---- F10: juntas ------------------------------------------------------------------------

#[test]
fn military_rulers_are_the_military_and_a_military_government_is_the_government() {
    let doc = resolve(
        "Niger's military rulers said they would hand power to civilians.",
        (2025, 12, 3),
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.actors
            .iter()
            .any(|a| a.code.as_deref() == Some("NERMIL")),
        "{listing}"
    );
    let doc = resolve(
        "Mali's military government expelled the French ambassador.",
        (2025, 12, 3),
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.actors
            .iter()
            .any(|a| a.code.as_deref() == Some("MLIGOV")),
        "{listing}"
    );
    // a civilian government stays the government
    let doc = resolve(
        "Mali's government expelled the French ambassador.",
        (2025, 12, 3),
    );
    assert!(!doc
        .actors
        .iter()
        .any(|a| a.code.as_deref() == Some("MLIMIL")));
}

// ---- F12: names after titles ----------------------------------------------------------

#[test]
fn a_name_after_minister_of_state_is_kept() {
    let doc = resolve(
        "Qatar's Minister of State Ana Lind urged both sides to respect the truce.",
        (2025, 11, 17),
    );
    let listing = render_mentions(&doc);
    let a = doc
        .actors
        .iter()
        .find(|a| a.name == "Ana Lind")
        .expect(&listing);
    assert_eq!(a.country.as_deref(), Some("QAT"), "{listing}");
    // "the Minister of State" with no name after it names no person
    let doc = resolve(
        "The Minister of State said the talks would resume.",
        (2025, 11, 17),
    );
    let listing = render_mentions(&doc);
    assert!(
        !doc.actors.iter().any(|a| a.kind == ActorKind::Person),
        "{listing}"
    );
}

// ---- F5: another given name is another person ------------------------------------------

#[test]
fn an_unknown_given_name_before_a_kb_surname_is_someone_else() {
    let doc = resolve(
        "The envoy Derek Mitchell said the sanctions had worked.",
        (2016, 9, 8),
    );
    let listing = render_mentions(&doc);
    assert_ne!(
        kb_id(&doc, "Derek Mitchell").as_deref(),
        Some("person:keith-mitchell"),
        "{listing}"
    );
    assert!(
        !doc.actors
            .iter()
            .any(|a| a.code.as_deref() == Some("GRDGOV")),
        "{listing}"
    );
    // the KB person's own given name keeps them
    let doc = resolve("Keith Mitchell said the budget was balanced.", (2016, 9, 8));
    let listing = render_mentions(&doc);
    assert_eq!(
        kb_id(&doc, "Keith Mitchell").as_deref(),
        Some("person:keith-mitchell"),
        "{listing}"
    );
}

// ---- F6: the listener of "told" ---------------------------------------------------------

#[test]
fn the_listener_of_told_is_not_the_teller() {
    let doc = resolve(
        "Foreign Secretary Theresa Lazaro told the envoy that Manila would not be \
         intimidated.",
        (2025, 10, 13),
    );
    let listing = render_mentions(&doc);
    let lazaro = doc
        .mentions
        .iter()
        .find(|m| doc.slice(m.span).ends_with("Lazaro"))
        .map(|m| m.actor)
        .expect(&listing);
    assert!(
        !doc.mentions
            .iter()
            .any(|m| doc.slice(m.span).ends_with("envoy") && m.actor == lazaro),
        "{listing}"
    );
    // nor is the envoy she tells given her country: envoys are sent by other states
    assert_ne!(
        code(&doc, "the envoy").as_deref(),
        Some("PHLGOV"),
        "{listing}"
    );
    // a description after the teller's own verb of saying may still be them elsewhere:
    // "the minister" as the subject of a later clause refers back
    let doc = resolve(
        "Sergei Lavrov arrived in Ankara. The minister said talks would resume.",
        (2022, 1, 21),
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        kb_id(&doc, "The minister").as_deref(),
        Some("person:sergei-lavrov"),
        "{listing}"
    );
}

// ---- F20, F24, F4: other unions, particles, "Island" -----------------------------------

#[test]
fn the_soviet_union_is_not_the_european_union() {
    let doc = resolve(
        "Many nations joined the European Union after 1990. The dissolution of the Soviet \
         Union left them feeling safe.",
        (2016, 9, 8),
    );
    let listing = render_mentions(&doc);
    assert!(
        !doc.mentions
            .iter()
            .any(|m| doc.slice(m.span).contains("Soviet")
                && doc
                    .actors
                    .get(m.actor as usize)
                    .and_then(|a| a.code.as_deref())
                    == Some("IGOEUREEC")),
        "{listing}"
    );
    // "the union" lower case still finds the EU named before
    let doc = resolve(
        "Hungary joined the European Union in 2004. The union later imposed sanctions.",
        (2016, 9, 8),
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        code(&doc, "The union").as_deref(),
        Some("IGOEUREEC"),
        "{listing}"
    );
}

#[test]
fn a_surname_with_a_capitalised_particle_is_the_same_person() {
    let doc = resolve(
        "Mayor Bill de Blasio said the blast was intentional. De Blasio said there was no \
         link to terrorism.",
        (2016, 9, 18),
    );
    let listing = render_mentions(&doc);
    let persons: Vec<&str> = doc
        .actors
        .iter()
        .filter(|a| a.name.contains("Blasio"))
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(persons.len(), 1, "{listing}");
    // a different surname after the same particle is a different person
    let doc = resolve(
        "Mayor Bill de Blasio said the blast was intentional. Anna de Souza said there was \
         no link to terrorism.",
        (2016, 9, 18),
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.actors.iter().any(|a| a.name.contains("Souza"))
            && doc.actors.iter().any(|a| a.name.contains("Blasio")),
        "{listing}"
    );
}

#[test]
fn island_in_a_place_name_is_not_iceland() {
    let doc = resolve(
        "A Chinese ship rammed a Philippine vessel near Thitu Island on Sunday.",
        (2025, 10, 13),
    );
    let listing = render_mentions(&doc);
    assert!(
        !doc.actors.iter().any(|a| a.code.as_deref() == Some("ISL")),
        "{listing}"
    );
    let doc = resolve("Iceland protested to Norway.", (2025, 10, 13));
    assert_eq!(code(&doc, "Iceland").as_deref(), Some("ISL"));
}

// ---- F23: officeholders ----------------------------------------------------------------

/// (text, name, article date, expected code)
type Case = (&'static str, &'static str, (i32, u32, u32), &'static str);

#[test]
fn officeholders_of_the_qa11_stories_are_known() {
    let cases: &[Case] = &[
        (
            "Theresa Lazaro met the envoy.",
            "Theresa Lazaro",
            (2025, 10, 13),
            "PHLGOV",
        ),
        (
            "Patrick Muyaya said the talks would go on.",
            "Patrick Muyaya",
            (2025, 11, 17),
            "CODGOV",
        ),
        (
            "Lawrence Kanyuka said the rebels would stay.",
            "Lawrence Kanyuka",
            (2025, 11, 17),
            "CODREB",
        ),
        (
            "Massad Boulos visited Kigali.",
            "Massad Boulos",
            (2025, 11, 17),
            "USAGOV",
        ),
        (
            "Aung San Suu Kyi met the envoy.",
            "Aung San Suu Kyi",
            (2016, 9, 8),
            "MMRGOV",
        ),
        (
            "Mitch McConnell said the trip mattered.",
            "Mitch McConnell",
            (2016, 9, 8),
            "USALEG",
        ),
        (
            "Bernie Sanders said the vote mattered.",
            "Bernie Sanders",
            (2016, 9, 8),
            "USALEG",
        ),
        (
            "Donald Trump said the vote was rigged.",
            "Donald Trump",
            (2016, 9, 8),
            "USAELI",
        ),
    ];
    for (text, name, date, want) in cases {
        let doc = resolve(text, *date);
        let listing = render_mentions(&doc);
        assert_eq!(
            code(&doc, name).as_deref(),
            Some(*want),
            "{text}\n{listing}"
        );
    }
    // before their offices they hold none of them
    let doc = resolve("Theresa Lazaro met the envoy.", (2024, 1, 10));
    assert_ne!(code(&doc, "Theresa Lazaro").as_deref(), Some("PHLGOV"));
    let doc = resolve("Donald Trump said the vote was rigged.", (2018, 1, 10));
    assert_eq!(code(&doc, "Donald Trump").as_deref(), Some("USAGOV"));
}

#[test]
fn spains_prime_minister_is_not_colombias_defence_minister() {
    let doc = resolve("Pedro Sánchez met European leaders.", (2025, 6, 1));
    let listing = render_mentions(&doc);
    let a = actor(&doc, "Pedro Sánchez").expect(&listing);
    assert_eq!(a.country.as_deref(), Some("ESP"), "{listing}");
    let doc = resolve(
        "Pedro Arnulfo Sánchez visited troops in Cauca.",
        (2025, 6, 1),
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        code(&doc, "Pedro Arnulfo Sánchez").as_deref(),
        Some("COLGOV"),
        "{listing}"
    );
}

#[test]
fn a_kb_legislator_before_an_apposition_keeps_his_name() {
    let text = "Rep. Adam Schiff, the ranking Democrat on a House panel on spying, urged \
                the White House to answer Moscow.";
    let doc = resolve(text, (2016, 9, 8));
    let listing = render_mentions(&doc);
    assert_eq!(
        code(&doc, "Adam Schiff").as_deref(),
        Some("USALEG"),
        "{listing}"
    );
    // before his first term in Congress he held no seat the KB knows
    let doc = resolve(text, (1995, 9, 8));
    assert_ne!(code(&doc, "Adam Schiff").as_deref(), Some("USALEG"));
}

/// `text` resolved with the given POS tags on its first tokens (the syntax stage's work).
fn resolve_tagged(text: &str, tags: &[&str], (y, m, d): (i32, u32, u32)) -> Document {
    let mut doc = Document::from_plain(text);
    doc.published = Date::new(y, m, d).map(Published::day);
    for (t, tag) in doc.tokens.iter_mut().zip(tags) {
        t.upos = attache_core::Upos::exact(tag).expect("a UD tag");
    }
    stage().run(&mut doc);
    doc
}

#[test]
fn a_proper_noun_opening_the_sentence_before_a_kb_surname_is_a_given_name() {
    let doc = resolve_tagged(
        "Derek Mitchell said the sanctions had worked.",
        &[
            "PROPN", "PROPN", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT",
        ],
        (2016, 9, 8),
    );
    let listing = render_mentions(&doc);
    assert!(
        !doc.actors
            .iter()
            .any(|a| a.code.as_deref() == Some("GRDGOV")),
        "{listing}"
    );
    // an auxiliary opening a question is no given name: the surname stays the KB person's
    let doc = resolve_tagged(
        "Did Mitchell resign?",
        &["AUX", "PROPN", "VERB", "PUNCT"],
        (2016, 9, 8),
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.actors
            .iter()
            .any(|a| a.code.as_deref() == Some("GRDGOV")),
        "{listing}"
    );
}

#[test]
fn three_proper_nouns_before_a_report_verb_are_a_person() {
    let doc = resolve_tagged(
        "Domingos Simoes Pereira said the vote was fair.",
        &[
            "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT",
        ],
        (2025, 12, 3),
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.actors
            .iter()
            .any(|a| a.name == "Domingos Simoes Pereira" && a.kind == ActorKind::Person),
        "{listing}"
    );
    // without a report verb after them they are not made a person by this rule
    let doc = resolve_tagged(
        "Domingos Simoes Pereira Avenue was closed.",
        &["PROPN", "PROPN", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"],
        (2025, 12, 3),
    );
    let listing = render_mentions(&doc);
    assert!(
        !doc.actors
            .iter()
            .any(|a| a.name == "Domingos Simoes Pereira" && a.kind == ActorKind::Person),
        "{listing}"
    );
}

#[test]
fn a_common_noun_opening_the_sentence_is_no_given_name() {
    let doc = resolve_tagged(
        "A candidate must be open. Candidate Trump should release his tax returns.",
        &[
            "DET", "NOUN", "AUX", "AUX", "ADJ", "PUNCT", "PROPN", "PROPN", "AUX", "VERB", "PRON",
            "NOUN", "NOUN", "PUNCT",
        ],
        (2016, 9, 30),
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.actors
            .iter()
            .any(|a| a.kb_id.as_deref() == Some("person:donald-trump")),
        "{listing}"
    );
    assert!(
        !doc.actors.iter().any(|a| a.name == "Candidate Trump"),
        "{listing}"
    );
}
