//! PlaceResolution on short texts and on the seed article.

use std::sync::{Arc, OnceLock};

use attache_core::{Document, Place, Stage};
use attache_geo::{Gazetteer, PlaceResolution};
use proptest::prelude::*;

fn stage() -> &'static PlaceResolution {
    static STAGE: OnceLock<PlaceResolution> = OnceLock::new();
    STAGE.get_or_init(|| {
        let gaz = Gazetteer::embedded().expect("the committed gazetteer must load");
        PlaceResolution::new(Arc::new(gaz))
    })
}

fn run(text: &str) -> (Document, Vec<Place>) {
    let mut doc = Document::from_plain(text);
    stage().run(&mut doc);
    let places = doc.places.clone();
    (doc, places)
}

/// The place whose span reads `surface`, if any.
fn place<'a>(doc: &Document, places: &'a [Place], surface: &str) -> Option<&'a Place> {
    places.iter().find(|p| doc.slice(p.span) == surface)
}

fn near(p: &Place, lat: f64, lon: f64, tolerance: f64) -> bool {
    p.lat.is_some_and(|a| (a - lat).abs() < tolerance)
        && p.lon.is_some_and(|o| (o - lon).abs() < tolerance)
}

#[test]
fn seed_article_geneva_is_the_swiss_city() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seed/000_3f578599382f4b0e.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipping: seed article not found at {path}");
        return;
    };
    let (doc, places) = run(&text);
    let geneva = place(&doc, &places, "Geneva").expect("Geneva is a place of the seed article");
    assert_eq!(geneva.country.as_deref(), Some("CHE"));
    assert!(near(geneva, 46.20, 6.15, 0.05), "{geneva:?}");
    assert_eq!(geneva.geonames_id, Some(2660646));
    // Washington only ever acts in the article ("Washington provides", "calls on
    // Washington"); Kiev is pressured; the Minsk agreements are not a place.
    for actor in ["Washington", "Kiev", "Minsk"] {
        assert!(
            place(&doc, &places, actor).is_none(),
            "{actor} must not be a place: {places:?}"
        );
    }
}

#[test]
fn a_country_resolves_to_the_country_not_a_same_named_town() {
    // GeoNames has towns named Jordan, Georgia and Chad; the country must win.
    let (doc, places) =
        run("Aid convoys crossed into Jordan on Monday.\nTalks were held in Georgia last year.");
    let jordan = place(&doc, &places, "Jordan").expect("Jordan found");
    assert_eq!(jordan.country.as_deref(), Some("JOR"));
    assert!(near(jordan, 31.0, 36.5, 2.0), "{jordan:?}");
    let georgia = place(&doc, &places, "Georgia").expect("Georgia found");
    assert_eq!(georgia.country.as_deref(), Some("GEO"));
}

#[test]
fn a_capital_acting_is_not_a_place() {
    let (doc, places) = run(
        "Moscow said the talks would continue.\nThe minister calls on Washington to put pressure on Kiev.\nThe delegation met in Moscow on Friday.",
    );
    let moscow: Vec<_> = places
        .iter()
        .filter(|p| doc.slice(p.span) == "Moscow")
        .collect();
    assert_eq!(moscow.len(), 1, "only the meeting place: {places:?}");
    assert!(doc.sentence_at(moscow[0].span.start) == Some(2));
    assert!(place(&doc, &places, "Washington").is_none(), "{places:?}");
    assert!(place(&doc, &places, "Kiev").is_none(), "{places:?}");
}

#[test]
fn paris_texas_is_in_texas_and_paris_alone_is_in_france() {
    let (doc, places) = run("The storm hit Paris, Texas, on Sunday.");
    let paris = place(&doc, &places, "Paris").expect("Paris found");
    assert_eq!(paris.country.as_deref(), Some("USA"));
    assert!(near(paris, 33.66, -95.56, 0.5), "{paris:?}");
    let texas = place(&doc, &places, "Texas").expect("Texas found");
    assert_eq!(texas.country.as_deref(), Some("USA"));

    let (doc, places) = run("Ministers gathered in Paris for the summit.");
    let paris = place(&doc, &places, "Paris").expect("Paris found");
    assert_eq!(paris.country.as_deref(), Some("FRA"));
    assert!(near(paris, 48.85, 2.35, 0.2), "{paris:?}");
}

#[test]
fn x_comma_y_picks_the_place_inside_y() {
    let (doc, places) = run("Officials closed a market in Pandi, Bulacan in Central Luzon.");
    let pandi = place(&doc, &places, "Pandi").expect("Pandi found");
    assert_eq!(pandi.country.as_deref(), Some("PHL"));
    assert!(near(pandi, 14.87, 120.95, 0.3), "{pandi:?}");
}

#[test]
fn names_inside_other_names_are_not_places() {
    let (doc, places) = run(
        "Both sides invoked the Geneva Conventions.\nKiev must implement the Minsk agreements.",
    );
    assert!(place(&doc, &places, "Geneva").is_none(), "{places:?}");
    assert!(place(&doc, &places, "Minsk").is_none(), "{places:?}");
}

#[test]
fn country_actor_mentions_from_the_actor_stage_are_honoured() {
    use attache_core::{Actor, ActorKind, Mention, MentionForm};
    let mut doc = Document::from_plain("Officials in Beijing responded on Tuesday.");
    let start = doc.text.find("Beijing").expect("in text");
    doc.actors.push(Actor {
        name: "China".into(),
        kind: ActorKind::Country,
        code: Some("CHN".into()),
        country: Some("CHN".into()),
        role: None,
        kb_id: None,
        mentions: vec![0],
    });
    doc.mentions.push(Mention {
        span: attache_core::Span::new(start, start + "Beijing".len()),
        actor: 0,
        form: MentionForm::Name,
        sentence: 0,
    });
    stage().run(&mut doc);
    assert!(doc.places.is_empty(), "{:?}", doc.places);
}

#[test]
fn common_words_need_a_place_context() {
    // "Reading" and "Mobile" are towns and common words.
    let (doc, places) = run("Reading the report, officials said Mobile phones spread the news.");
    assert!(places.is_empty(), "{places:?} in {:?}", doc.text);
    let (doc, places) = run("The outbreak began in Reading last week.");
    assert!(place(&doc, &places, "Reading").is_some(), "{places:?}");
}

#[test]
fn months_are_not_places() {
    let (_, places) = run("The vaccine arrived in August and again in March.");
    assert!(places.is_empty(), "{places:?}");
}

#[test]
fn places_point_into_their_sentence() {
    let (doc, places) = run("Quiet day.\nFlooding hit Nairobi and Mombasa in Kenya.");
    assert_eq!(places.len(), 3, "{places:?}");
    for p in &places {
        let s = &doc.sentences[p.sentence as usize];
        assert!(s.span.contains(p.span));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn no_text_panics_the_stage(text in "\\PC{0,200}") {
        let mut doc = Document::from_plain(&text);
        stage().run(&mut doc);
        for p in &doc.places {
            prop_assert!(doc.text.is_char_boundary(p.span.start as usize));
            prop_assert!(doc.text.is_char_boundary(p.span.end as usize));
        }
    }

    #[test]
    fn place_like_text_does_not_panic(
        words in proptest::collection::vec(
            prop_oneof![
                Just("in"), Just("Paris"), Just(","), Just("Texas"), Just("said"),
                Just("U.S."), Just("Kiev's"), Just("\u{e9}"), Just("New"), Just("York"),
                Just("."), Just("Mobile"), Just("calls"), Just("on"), Just("Washington"),
            ],
            0..30,
        )
    ) {
        let text = words.join(" ");
        let mut doc = Document::from_plain(&text);
        stage().run(&mut doc);
        prop_assert!(doc.places.iter().all(|p| p.span.end as usize <= doc.text.len()));
    }
}

#[test]
fn a_parsed_object_of_a_pressure_verb_is_an_actor() {
    use attache_core::{Deprel, Upos};
    let text = "Brussels urged Moscow to act.";
    let (_, unparsed) = run(text);
    assert!(
        unparsed.iter().any(|p| p.name == "Moscow"),
        "without a parse Moscow reads as a place: {unparsed:?}"
    );
    let mut doc = Document::from_plain(text);
    let words: Vec<String> = (0..doc.tokens.len())
        .map(|i| doc.word(i).to_string())
        .collect();
    assert_eq!(words, ["Brussels", "urged", "Moscow", "to", "act", "."]);
    let rels = [
        ("nsubj", 1),
        ("root", u32::MAX),
        ("obj", 1),
        ("mark", 4),
        ("xcomp", 1),
        ("punct", 1),
    ];
    for (i, (rel, head)) in rels.iter().enumerate() {
        doc.tokens[i].deprel = Deprel::from_label(rel);
        doc.tokens[i].head = *head;
    }
    doc.tokens[1].upos = Upos::from_label("VERB");
    doc.set_lemma(1, "urge");
    stage().run(&mut doc);
    assert!(doc.places.is_empty(), "{:?}", doc.places);
}

#[test]
fn unknown_names_after_in_are_kept_with_a_warning() {
    let (doc, places) = run("Cases were reported in Zorbulak and nearby farms.");
    let p = place(&doc, &places, "Zorbulak").expect("kept as a place");
    assert!(p.lat.is_none() && p.country.is_none());
    assert!(doc
        .warnings
        .iter()
        .any(|w| w.code == "G001" && w.message.contains("Zorbulak")));
}

#[test]
fn the_container_of_x_comma_y_is_the_division_holding_x() {
    let (doc, places) = run("A girl from Buffalo, New York died of the flu.");
    let ny = place(&doc, &places, "New York").expect("New York is a place");
    assert_eq!(
        ny.geonames_id,
        Some(5128638),
        "the state, not the city: {ny:?}"
    );
    let (doc, places) = run("The sample was sent to a lab in Atlanta, Georgia on Monday.");
    let ga = place(&doc, &places, "Georgia").expect("Georgia is a place");
    assert_eq!(ga.country.as_deref(), Some("USA"), "{ga:?}");
}

#[test]
fn a_name_listed_with_divisions_is_a_division_and_with_countries_a_country() {
    let (doc, places) = run("Cases were reported in Arizona, Colorado, Georgia and Idaho.");
    let ga = place(&doc, &places, "Georgia").expect("Georgia is a place");
    assert_eq!(ga.country.as_deref(), Some("USA"), "{ga:?}");
    let (doc, places) = run("Travellers to Armenia, Azerbaijan, Georgia and Iran were warned.");
    let ga = place(&doc, &places, "Georgia").expect("Georgia is a place");
    assert_eq!(ga.country.as_deref(), Some("GEO"), "{ga:?}");
}

#[test]
fn a_small_town_needs_its_country_or_division_named() {
    let (doc, places) =
        run("Cyclone Larry hit Queensland on Monday. There is no power in Innisfail.");
    let town = place(&doc, &places, "Innisfail").expect("Innisfail is a place");
    assert_eq!(town.country.as_deref(), Some("AUS"), "{town:?}");
    // Without its country named, the larger Canadian namesake is the reading.
    let (doc, places) = run("There is no power in Innisfail.");
    let town = place(&doc, &places, "Innisfail").expect("Innisfail is a place");
    assert_eq!(town.country.as_deref(), Some("CAN"), "{town:?}");
}

#[test]
fn an_english_county_resolves_to_the_county() {
    let (doc, places) = run("Bird flu was found on a farm in Suffolk, England.");
    let county = place(&doc, &places, "Suffolk").expect("Suffolk is a place");
    assert_eq!(county.country.as_deref(), Some("GBR"), "{county:?}");
    assert!(near(county, 52.2, 1.0, 0.5), "{county:?}");
}

#[test]
fn a_region_in_place_context_resolves_to_its_point() {
    let (doc, places) = run("Aid agencies returned to camps in Darfur last week.");
    let darfur = place(&doc, &places, "Darfur").expect("Darfur after 'in' is a place");
    assert_eq!(darfur.country.as_deref(), Some("SDN"));
    assert!(near(darfur, 13.5, 24.5, 1.0), "{darfur:?}");
    let (doc, places) =
        run("Storms moved across the tropical Pacific; fighting hit Sudan and Darfur.");
    let pacific = place(&doc, &places, "Pacific").expect("'across the tropical Pacific'");
    assert!(near(pacific, 0.0, -160.0, 1.0), "{pacific:?}");
    assert_eq!(pacific.country, None);
    assert!(
        place(&doc, &places, "Darfur").is_some(),
        "a list with Sudan"
    );
}

#[test]
fn a_one_word_region_without_place_context_is_not_a_place() {
    let (doc, places) = run("Java developers met at Pacific Gas offices on Monday.");
    assert!(place(&doc, &places, "Java").is_none(), "{places:?}");
    assert!(place(&doc, &places, "Pacific").is_none(), "{places:?}");
    // Several words name the region on their own.
    let (doc, places) = run("Polio spread through the Middle East and West Africa.");
    assert!(place(&doc, &places, "Middle East").is_some(), "{places:?}");
    assert!(place(&doc, &places, "West Africa").is_some(), "{places:?}");
}

#[test]
fn a_former_province_is_chosen_over_a_same_named_town_abroad() {
    let (doc, places) = run("In Kenya, cases were reported in Nyanza and in Nairobi.");
    let nyanza = place(&doc, &places, "Nyanza").expect("Nyanza is a place");
    assert_eq!(nyanza.country.as_deref(), Some("KEN"), "{nyanza:?}");
}

#[test]
fn washington_dc_is_the_capital_not_the_state() {
    let (doc, places) = run("The senator toured a clinic in Washington, D.C. on Friday.");
    let w = place(&doc, &places, "Washington").expect("Washington is a place");
    assert!(near(w, 38.9, -77.0, 0.2), "{w:?}");
    // A list of states stays a list of states.
    let (doc, places) = run("Cases were found in Washington, Pennsylvania and California.");
    let w = place(&doc, &places, "Washington").expect("Washington is a place");
    assert!(near(w, 47.3, -120.2, 1.0), "{w:?}");
}

#[test]
fn a_name_among_several_provinces_is_the_province() {
    let (doc, places) = run(
        "Officials counted nine cases in Ontario, five in Alberta, two in New Brunswick, and \
         three in Quebec.",
    );
    let q = place(&doc, &places, "Quebec").expect("Quebec is a place");
    assert!(
        !near(q, 46.81, -71.21, 0.1),
        "the province, not the city: {q:?}"
    );
    assert_eq!(q.country.as_deref(), Some("CAN"));
    let (doc, places) = run("The flight from Quebec landed on time.");
    let q = place(&doc, &places, "Quebec").expect("Quebec is a place");
    assert!(near(q, 46.81, -71.21, 0.1), "alone, the city: {q:?}");
}

#[test]
fn a_place_after_of_before_said_is_a_place() {
    let (doc, places) = run("A doctor in the Kibera district of Nairobi said the clinic was full.");
    assert!(place(&doc, &places, "Nairobi").is_some(), "{places:?}");
    let (doc, places) = run("Nairobi said the clinic was full.");
    assert!(place(&doc, &places, "Nairobi").is_none(), "{places:?}");
}

#[test]
fn a_division_list_boosts_only_its_own_members() {
    // The list is in the sentence before: Washington alone is the capital.
    let (doc, places) = run(
        "Storms hit Texas, Kansas and Ohio on Monday. The president returned to Washington on \
         Tuesday.",
    );
    let w = place(&doc, &places, "Washington").expect("Washington is a place");
    assert!(near(w, 38.9, -77.0, 0.3), "the capital: {w:?}");
    // The list is in the same sentence but Washington is not one of its items.
    let (doc, places) = run("The governors of Texas, Kansas and Ohio met in Washington on Monday.");
    let w = place(&doc, &places, "Washington").expect("Washington is a place");
    assert!(near(w, 38.9, -77.0, 0.3), "the capital: {w:?}");
    // An item of the list, with counts between the items, is the state.
    let (doc, places) =
        run("Cases were confirmed in Texas, four in Kansas, two in Ohio, and one in Washington.");
    let w = place(&doc, &places, "Washington").expect("Washington is a place");
    assert!(near(w, 47.3, -120.2, 1.0), "the state: {w:?}");
}

#[test]
fn a_name_that_is_a_region_and_a_city_is_the_city_without_region_context() {
    let (doc, places) = run("Zanzibar goes to the polls on Wednesday.");
    let z = place(&doc, &places, "Zanzibar").expect("Zanzibar is a place");
    assert_eq!(z.country.as_deref(), Some("TZA"), "{z:?}");
    let (doc, places) = run("Cases were reported in Rwanda's Nyanza district.");
    let n = place(&doc, &places, "Nyanza").expect("Nyanza is a place");
    assert_eq!(n.country.as_deref(), Some("RWA"), "the Rwandan town: {n:?}");
    // Kenya named elsewhere does not bring back the Kenyan province.
    let (doc, places) =
        run("Cases were reported in Rwanda's Nyanza district.\nOfficials in Nairobi were told.");
    let n = place(&doc, &places, "Nyanza").expect("Nyanza is a place");
    assert_eq!(n.country.as_deref(), Some("RWA"), "{n:?}");
    // A region's adjective before a noun is not a town of that name.
    let (doc, places) = run("Birds from Alaska use it. The Atlantic flyway is busy.");
    assert!(place(&doc, &places, "Atlantic").is_none(), "{places:?}");
    // A compass adjective right before a region name is a region context.
    let (doc, places) = run("Pigs were tested on two northern Luzon farms.");
    let l = place(&doc, &places, "Luzon").expect("northern Luzon is a place");
    assert!(near(l, 16.0, 121.0, 2.0), "the island: {l:?}");
}

#[test]
fn a_region_name_in_a_non_place_context_is_not_a_place() {
    for text in [
        "However, Java remains the most popular language among developers.",
        "A man of Caribbean descent was detained.",
        "She teaches at the University of the Pacific.",
        "Students of Pacific history met on Monday.",
    ] {
        let (_, places) = run(text);
        assert!(places.is_empty(), "{text}: {places:?}");
    }
    // The same contexts with a place: a found name before the comma, "of" before a verb.
    let (doc, places) = run("Floods hit Jakarta, Java on Monday.");
    assert!(place(&doc, &places, "Java").is_some(), "{places:?}");
    let (doc, places) = run("The island of Java is densely populated.");
    assert!(place(&doc, &places, "Java").is_some(), "{places:?}");
}

#[test]
fn a_capital_beats_its_same_named_division_without_division_evidence() {
    let (doc, places) = run("The delegation flew to Washington on Monday.");
    let w = place(&doc, &places, "Washington").expect("Washington is a place");
    assert!(near(w, 38.9, -77.0, 0.3), "the capital: {w:?}");
    let (doc, places) = run("The first case was found in the state of Washington in 2003.");
    let w = place(&doc, &places, "Washington").expect("Washington is a place");
    assert!(near(w, 47.3, -120.2, 1.0), "the state: {w:?}");
}

/// `text` with one actor of `country` (ISO alpha-3) mentioned at `surface`, places resolved.
fn run_with_actor(text: &str, surface: &str, country: &str) -> (Document, Vec<Place>) {
    use attache_core::{Actor, ActorKind, Mention, MentionForm};
    let mut doc = Document::from_plain(text);
    let start = doc.text.find(surface).expect("in text");
    doc.actors.push(Actor {
        name: surface.into(),
        kind: ActorKind::Group,
        code: None,
        country: Some(country.into()),
        role: None,
        kb_id: None,
        mentions: vec![0],
    });
    doc.mentions.push(Mention {
        span: attache_core::Span::new(start, start + surface.len()),
        actor: 0,
        form: MentionForm::Description,
        sentence: 0,
    });
    stage().run(&mut doc);
    let places = doc.places.clone();
    (doc, places)
}

#[test]
fn a_bare_name_is_the_populous_place_not_a_division_that_bears_it_only_as_an_alternate() {
    // "Gaza": the city (PSE), not Mozambique's Gaza Province, which GeoNames also calls so
    let (doc, places) = run("Aid trucks entered Gaza on Thursday.");
    let gaza = place(&doc, &places, "Gaza").expect("a place");
    assert_eq!(gaza.country.as_deref(), Some("PSE"), "{gaza:?}");
    // the article's country still decides, and the division's full name is the division
    let (doc, places) = run("Farmers in Mozambique's Gaza harvested maize.");
    let gaza = place(&doc, &places, "Gaza").expect("a place");
    assert_eq!(gaza.country.as_deref(), Some("MOZ"), "{gaza:?}");
    let (doc, places) = run("Farmers in Gaza Province harvested maize.");
    let gaza = place(&doc, &places, "Gaza Province").expect("a place");
    assert_eq!(gaza.country.as_deref(), Some("MOZ"), "{gaza:?}");
}

#[test]
fn the_countries_of_the_article_actors_are_context_for_a_bare_name() {
    // Hyderabad: India's city is the more populous; Pakistani police point to Pakistan's
    let (doc, places) = run("Gunmen attacked a market in Hyderabad.");
    let city = place(&doc, &places, "Hyderabad").expect("a place");
    assert_eq!(city.country.as_deref(), Some("IND"), "{city:?}");
    let (doc, places) = run_with_actor(
        "Pakistani police said gunmen attacked a market in Hyderabad.",
        "Pakistani police",
        "PAK",
    );
    let city = place(&doc, &places, "Hyderabad").expect("a place");
    assert_eq!(city.country.as_deref(), Some("PAK"), "{city:?}");
}

#[test]
fn current_wire_spellings_are_places_without_a_place_like_context() {
    let (doc, places) =
        run("Shelling hit Kupiansk, Balakliia and Izium. Strikes hit Rafah and Khan Younis.");
    for (name, country) in [
        ("Kupiansk", "UKR"),
        ("Balakliia", "UKR"),
        ("Izium", "UKR"),
        ("Rafah", "PSE"),
        ("Khan Younis", "PSE"),
    ] {
        let p = place(&doc, &places, name).unwrap_or_else(|| panic!("{name}: {places:?}"));
        assert_eq!(p.country.as_deref(), Some(country), "{p:?}");
    }
    // the older transliterations are still names of the same places
    let (doc, places) = run("Shelling hit homes in Kupyansk.");
    let p = place(&doc, &places, "Kupyansk").expect("a place");
    assert!(near(p, 49.71, 37.62, 0.05), "{p:?}");
    // a site with no populated place of the gazetteer, in a place-like context
    let (doc, places) = run("Iran enriched uranium at Fordow.");
    let p = place(&doc, &places, "Fordow").expect("a place");
    assert!(near(p, 34.88, 50.99, 0.1), "{p:?}");
}

#[test]
fn a_name_before_region_is_the_first_level_division() {
    // "the Kharkiv region" is the oblast (49.59, 36.42); "Kharkiv" alone the city (49.98, 36.25)
    let (doc, places) = run("Drones struck the Kharkiv region overnight.");
    let p = place(&doc, &places, "Kharkiv").expect("a place");
    assert!(near(p, 49.59, 36.42, 0.05), "{p:?}");
    let (doc, places) = run("Drones struck Kharkiv overnight.");
    let p = place(&doc, &places, "Kharkiv").expect("a place");
    assert!(near(p, 49.98, 36.25, 0.05), "{p:?}");
    // "regional" is no division noun
    let (doc, places) = run("Drones struck the Kharkiv regional hospital overnight.");
    assert!(
        place(&doc, &places, "Kharkiv").is_none_or(|p| near(p, 49.98, 36.25, 0.05)),
        "{places:?}"
    );
}

/// `text` with one person actor named by each of `names` (every occurrence not inside an
/// earlier name's a name mention), places resolved.
fn run_with_people(text: &str, names: &[&str]) -> (Document, Vec<Place>) {
    use attache_core::{Actor, Mention, MentionForm, Span};
    let mut doc = Document::from_plain(text);
    let mut spans: Vec<(Span, u32)> = Vec::new();
    for (a, name) in names.iter().enumerate() {
        for (at, _) in doc.text.match_indices(name) {
            let span = Span::new(at, at + name.len());
            if !spans.iter().any(|(s, _)| s.overlaps(span)) {
                spans.push((span, a as u32));
            }
        }
        doc.actors.push(Actor::uncoded_person(*name));
    }
    spans.sort();
    for (span, actor) in spans {
        let sentence = doc.sentence_at(span.start).unwrap_or(0) as u32;
        let m = doc.mentions.len() as u32;
        doc.actors[actor as usize].mentions.push(m);
        doc.mentions.push(Mention {
            span,
            actor,
            form: MentionForm::Name,
            sentence,
        });
    }
    stage().run(&mut doc);
    let places = doc.places.clone();
    (doc, places)
}

#[test]
fn a_surname_of_a_person_in_the_article_is_no_place_without_a_locative_cue() {
    // "Fletcher" is an alternate name of Aurora (USA) in the gazetteer
    // (a quotation ending in "at" before it is no locative cue)
    let text = "Aid chief Tom Fletcher toured a clinic in Nyala on Tuesday.\n\
                \"Convoys must never be fired at,\" Fletcher said after the visit.";
    let (doc, places) = run(text);
    // precondition: alone, the stage reads it as a place (Aurora, USA, an alternate name)
    assert!(
        place(&doc, &places, "Fletcher").is_some(),
        "the stage alone: {places:?}"
    );
    let (doc, places) = run_with_people(text, &["Tom Fletcher", "Fletcher"]);
    assert!(place(&doc, &places, "Fletcher").is_none(), "{places:?}");
    assert!(place(&doc, &places, "Nyala").is_some(), "{places:?}");
    // a word of a person's name not tagged as a mention at this occurrence
    let text = "Senator Lena Clinton opened her campaign office on Monday.\n\
                Supporters of Clinton gathered outside.";
    let (doc, places) = run_with_people(text, &["Lena Clinton"]);
    assert!(place(&doc, &places, "Clinton").is_none(), "{places:?}");
}

#[test]
fn a_surname_after_a_locative_is_still_a_place() {
    // the same word after "in" names the town, even with a person of that name around
    let text = "Senator Lena Clinton opened her campaign office on Monday.\n\
                Voters in Clinton, Iowa, queued for hours.";
    let (doc, places) = run_with_people(text, &["Lena Clinton"]);
    assert!(place(&doc, &places, "Clinton").is_some(), "{places:?}");
    // a country keeps its reading whatever the person's name ("Jordan")
    let text = "Coach Ray Jordan arrived on Friday.\nJordan reopened its border crossing.";
    let (doc, places) = run_with_people(text, &["Ray Jordan"]);
    let p = place(&doc, &places, "Jordan").expect("the country");
    assert_eq!(p.country.as_deref(), Some("JOR"), "{p:?}");
    // a state named in a person's name mention stays a place elsewhere
    let text = "Vermont Senator Ana Reyes spoke on Monday.\nVermont banned the sale on Friday.";
    let (doc, places) = run_with_people(text, &["Vermont Senator Ana Reyes"]);
    assert!(place(&doc, &places, "Vermont").is_some(), "{places:?}");
    // without a person of that name, "Fletcher" reads as before
    let (doc, places) = run("Trucks reached Fletcher on Monday.");
    assert!(place(&doc, &places, "Fletcher").is_some(), "{places:?}");
}

#[test]
fn a_name_written_without_its_diacritics_is_found() {
    // "Nuevo Leon" is the state GeoNames spells "Nuevo León" (26.24, -99.89)
    let (doc, places) =
        run("Talks will be held in Monterrey, in the northern state of Nuevo Leon.");
    let p = place(&doc, &places, "Nuevo Leon").expect("the state");
    assert!(near(p, 26.24, -99.89, 0.1), "{p:?}");
    assert_eq!(p.name, "Nuevo León");
    // the spelling with the accents reads the same
    let (doc, places) =
        run("Talks will be held in Monterrey, in the northern state of Nuevo León.");
    assert!(place(&doc, &places, "Nuevo León").is_some_and(|p| near(p, 26.24, -99.89, 0.1)));
}

#[test]
fn a_one_word_name_found_without_its_diacritics_needs_a_place_context() {
    // "Male" is the Maldives' capital "Malé" only in a place-like context
    let (doc, places) = run("Male voters queued for hours.");
    assert!(place(&doc, &places, "Male").is_none(), "{places:?}");
    let (doc, places) = run("The president flew to Male on Monday.");
    let p = place(&doc, &places, "Male").expect("the capital");
    assert_eq!(p.country.as_deref(), Some("MDV"), "{p:?}");
}

#[test]
fn a_town_owned_by_a_place_of_the_text_is_the_one_near_it() {
    // QA 11 F19: "Manhattan's Chelsea" is no London district; the gazetteer's nearest
    // Chelsea to Manhattan is the Staten Island one (New York State)
    let (doc, places) =
        run("An explosion injured 29 people in Manhattan's Chelsea neighborhood on Saturday.");
    let p = place(&doc, &places, "Chelsea").expect("a place");
    assert_eq!(p.country.as_deref(), Some("USA"), "{p:?}");
    assert!(near(p, 40.75, -74.0, 0.5), "{p:?}");
    // with nothing around it the name is the best-known town
    let (doc, places) = run("Fans gathered in Chelsea on Saturday.");
    let p = place(&doc, &places, "Chelsea").expect("a place");
    assert_eq!(p.country.as_deref(), Some("GBR"), "{p:?}");
}

#[test]
fn a_town_near_the_other_towns_of_the_article_is_preferred() {
    // Austin, Indiana lies next to Scottsburg; Austin alone is the Texan capital
    let (doc, places) = run("The outbreak spread from Scottsburg to Austin.");
    let p = place(&doc, &places, "Austin").expect("a place");
    assert!(near(p, 38.76, -85.81, 0.2), "{p:?}");
    let (doc, places) = run("Musicians flew to Austin.");
    let p = place(&doc, &places, "Austin").expect("a place");
    assert!(near(p, 30.27, -97.74, 0.2), "{p:?}");
}

#[test]
fn a_district_name_takes_coordinates_only_near_the_story() {
    // QA 11 F19: Charlotte's Uptown is not Chicago's; the gazetteer has none in North
    // Carolina, so the place is kept without coordinates
    let (doc, places) =
        run("Protesters gathered again in Uptown on Sunday, the mayor of Charlotte said.");
    let p = place(&doc, &places, "Uptown").expect("still a place");
    assert_eq!(p.lat, None, "{p:?}");
    let (doc, places) = run("Police in Chicago said shots were fired in Uptown.");
    let p = place(&doc, &places, "Uptown").expect("a place");
    assert!(near(p, 41.97, -87.65, 0.1), "{p:?}");
}

#[test]
fn a_word_of_a_quoted_title_is_no_place() {
    // QA 11 F19: CNN's "State of the Union" holds no town called Union
    let (doc, places) =
        run("The senator said on CNN's \"State of the Union\" that the ban was unfair.");
    assert!(place(&doc, &places, "Union").is_none(), "{places:?}");
    let (doc, places) = run("He spoke on \u{201c}Meet the Press\u{201d} about Union County.");
    assert!(place(&doc, &places, "Union County").is_some(), "{places:?}");
    // quoted speech is no title
    let (doc, places) = run("\"Life in Aleppo is hard,\" she said.");
    assert!(place(&doc, &places, "Aleppo").is_some(), "{places:?}");
    // a short capitalised quotation opening the sentence, with its tag after the comma, is
    // speech too (the review's case)
    let (doc, places) = run("\"Welcome to Kyiv,\" Zelensky told the visitors.");
    assert!(place(&doc, &places, "Kyiv").is_some(), "{places:?}");
}

#[test]
fn a_division_named_by_a_direction_word_needs_its_country_named() {
    // QA 11 F4: Iceland's "Northeast" region is no place in a story about a US state
    let (doc, places) = run("Voters have been removed in the Northeast of the state.");
    assert!(place(&doc, &places, "Northeast").is_none(), "{places:?}");
    let (doc, places) = run("Farmers in Iceland's Northeast lost sheep.");
    let p = place(&doc, &places, "Northeast").expect("a place");
    assert_eq!(p.country.as_deref(), Some("ISL"), "{p:?}");
}

#[test]
fn a_name_known_only_by_an_alternate_is_a_place_before_a_division_noun() {
    // QA 11 F19: "in the Bafata region" (GeoNames: Bafatá)
    let (doc, places) = run(
        "Troops expelled two journalists from the town of Bambadinca, in the Bafata region, on Tuesday.",
    );
    let p = place(&doc, &places, "Bafata").expect("a place");
    assert_eq!(p.country.as_deref(), Some("GNB"), "{p:?}");
    // without the noun or a locative the alternate alone is still no place
    let (doc, places) = run("The Bafata team won.");
    assert!(place(&doc, &places, "Bafata").is_none(), "{places:?}");
}

#[test]
fn natanz_is_the_wire_spelling_of_its_town() {
    // QA 11 F19: GeoNames names it "Naţanz"; the wire spelling needs no place-like context
    let (doc, places) = run("Inspectors visited Natanz on Monday.");
    let p = place(&doc, &places, "Natanz").expect("a place");
    assert_eq!(p.country.as_deref(), Some("IRN"), "{p:?}");
    assert_eq!(p.name, "Natanz");
}
