//! ActorResolution on small texts: one behaviour per test.

use attache_actors::resolve::render_mentions;
use attache_actors::ActorResolution;
use attache_core::{Actor, Date, Document, MentionForm, Published, Stage};
use attache_kb::Kb;
use std::sync::{Arc, OnceLock};

fn stage() -> &'static ActorResolution {
    static STAGE: OnceLock<ActorResolution> = OnceLock::new();
    STAGE.get_or_init(|| {
        let kb = Kb::embedded().expect("embedded KB loads");
        ActorResolution::with_builtin_model(Arc::new(kb)).expect("model loads")
    })
}

fn resolve(text: &str, date: Option<(i32, u32, u32)>) -> Document {
    let mut doc = Document::from_plain(text);
    doc.published = date
        .and_then(|(y, m, d)| Date::new(y, m, d))
        .map(Published::day);
    stage().run(&mut doc);
    doc
}

/// The actor of the first mention whose text is `text`.
fn actor<'d>(doc: &'d Document, text: &str) -> Option<&'d Actor> {
    doc.mentions
        .iter()
        .find(|m| doc.slice(m.span) == text)
        .and_then(|m| doc.actors.get(m.actor as usize))
}

const DAY: Option<(i32, u32, u32)> = Some((2022, 1, 21));

#[test]
fn apposition_gives_an_unknown_person_country_and_role() {
    let doc = resolve(
        "Moldova's foreign minister, Ana Petrescu, met reporters in Chisinau.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let a = actor(&doc, "Ana Petrescu").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.kind.as_str(), "person", "{listing}");
    assert_eq!(a.country.as_deref(), Some("MDA"), "{listing}");
    assert_eq!(a.role.as_deref(), Some("GOV"), "{listing}");
    assert_eq!(a.code.as_deref(), Some("MDAGOV"), "{listing}");
    assert!(a.kb_id.is_none(), "{listing}");
    let d = actor(&doc, "Moldova's foreign minister").map(|x| x.name.as_str());
    assert_eq!(d, Some("Ana Petrescu"), "{listing}");
}

#[test]
fn apposition_after_the_name_works_too() {
    let doc = resolve(
        "Ana Petrescu, Moldova's foreign minister, said the talks would go on.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let a = actor(&doc, "Ana Petrescu").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.code.as_deref(), Some("MDAGOV"), "{listing}");
}

#[test]
fn title_before_an_unknown_name_gives_country_and_role() {
    let doc = resolve(
        "Moldovan Foreign Minister Ana Petrescu arrived on Monday.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let m = doc
        .mentions
        .iter()
        .find(|m| doc.slice(m.span).ends_with("Ana Petrescu"))
        .unwrap_or_else(|| panic!("{listing}"));
    let a = &doc.actors[m.actor as usize];
    assert_eq!(a.name, "Ana Petrescu", "{listing}");
    assert_eq!(a.code.as_deref(), Some("MDAGOV"), "{listing}");
}

#[test]
fn a_capital_stands_for_its_government() {
    let doc = resolve("Moscow said on Monday that the talks had failed.", DAY);
    let listing = render_mentions(&doc);
    let a = actor(&doc, "Moscow").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.code.as_deref(), Some("RUSGOV"), "{listing}");
    assert_eq!(a.country.as_deref(), Some("RUS"), "{listing}");
    assert_eq!(a.role.as_deref(), Some("GOV"), "{listing}");
    assert_eq!(a.kind.as_str(), "country", "{listing}");
}

#[test]
fn capitals_and_seats_of_one_government_are_one_actor_apart_from_the_country() {
    let doc = resolve(
        "Washington warned Russia on Monday. The White House said sanctions were ready, \
         and the United States would act.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let washington = actor(&doc, "Washington").unwrap_or_else(|| panic!("{listing}"));
    let white_house = actor(&doc, "White House").unwrap_or_else(|| panic!("{listing}"));
    let country = actor(&doc, "United States").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(washington.code.as_deref(), Some("USAGOV"), "{listing}");
    assert_eq!(washington, white_house, "{listing}");
    assert_eq!(country.code.as_deref(), Some("USA"), "{listing}");
    assert_ne!(country, washington, "{listing}");
    assert_eq!(
        actor(&doc, "Russia").and_then(|a| a.code.as_deref()),
        Some("RUS"),
        "{listing}"
    );
}

#[test]
fn the_kremlin_is_the_russian_government_and_the_pentagon_the_us_military() {
    let doc = resolve(
        "The Kremlin said the Pentagon had misread the drills near Ukraine.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let kremlin = actor(&doc, "Kremlin").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(kremlin.code.as_deref(), Some("RUSGOV"), "{listing}");
    let pentagon = actor(&doc, "Pentagon").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(pentagon.code.as_deref(), Some("USAMIL"), "{listing}");
    assert_eq!(pentagon.kind.as_str(), "organization", "{listing}");
}

#[test]
fn brussels_stands_for_the_eu() {
    let doc = resolve("Brussels said the new sanctions would start in March.", DAY);
    let listing = render_mentions(&doc);
    let a = actor(&doc, "Brussels").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.kb_id.as_deref(), Some("igo:eu"), "{listing}");
}

#[test]
fn a_capital_after_the_is_a_modifier_not_a_government() {
    let doc = resolve("Both sides backed the Minsk agreements.", DAY);
    assert!(actor(&doc, "Minsk").is_none(), "{}", render_mentions(&doc));
}

#[test]
fn the_bloc_is_the_igo_mentioned_before() {
    let doc = resolve(
        "EU ministers met in Brussels on Monday. The bloc said it would act.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let a = actor(&doc, "The bloc").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.kb_id.as_deref(), Some("igo:eu"), "{listing}");
}

#[test]
fn a_description_resolves_to_the_officeholder_at_the_article_date() {
    let doc = resolve("The German foreign minister arrived in Kyiv.", DAY);
    let listing = render_mentions(&doc);
    let a = actor(&doc, "The German foreign minister").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.name, "Annalena Baerbock", "{listing}");
}

#[test]
fn without_a_date_an_officeholder_description_is_a_warning_not_a_guess() {
    let doc = resolve("The German foreign minister arrived in Kyiv.", None);
    assert!(actor(&doc, "The German foreign minister").is_none());
    assert!(doc.warnings.iter().any(|w| w.code == "ACT101"));
}

#[test]
fn pronouns_agree_in_gender_with_kb_people() {
    let doc = resolve(
        "Annalena Baerbock met Sergei Lavrov in Moscow. She said the talks were hard.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let a = actor(&doc, "She").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.name, "Annalena Baerbock", "{listing}");
}

#[test]
fn a_surname_alone_joins_the_unknown_person_named_before() {
    let doc = resolve(
        "Moldova's foreign minister, Ana Petrescu, met reporters. Petrescu said little.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let first = actor(&doc, "Ana Petrescu").map(|a| a.name.clone());
    let again = actor(&doc, "Petrescu").map(|a| a.name.clone());
    assert_eq!(first, again, "{listing}");
}

#[test]
fn a_short_form_alone_needs_the_tagger_or_an_earlier_mention() {
    // "Hill" is the short form of a KB person, but here it is a place word
    let doc = resolve("Protesters gathered on the hill near Capitol Hill.", DAY);
    assert!(
        doc.actors.iter().all(|a| a.kind.as_str() != "person"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn mentions_are_in_text_order_and_point_at_their_actor() {
    let doc = resolve(
        "Sergei Lavrov met Antony Blinken in Geneva. He said Moscow wanted answers.",
        DAY,
    );
    let starts: Vec<u32> = doc.mentions.iter().map(|m| m.span.start).collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
    for (i, a) in doc.actors.iter().enumerate() {
        for &m in &a.mentions {
            assert_eq!(doc.mentions[m as usize].actor, i as u32);
        }
    }
    assert!(doc.mentions.iter().any(|m| m.form == MentionForm::Pronoun));
}

#[test]
fn odd_text_never_panics_and_spans_stay_on_char_boundaries() {
    for text in [
        "",
        "\u{201c}He [",
        "He [Blinken",
        "[] he his her ] [ she",
        "Ünïcödé Müller’s “Kremlin” said — the bloc, the alliance’s counterpart’s.",
        "his US counterpart",
        "the Russian",
        "A source in the",
        "Moscow's Moscow's Moscow's Moscow",
        "日本の外務大臣は東京で述べた。 Tokyo said.",
    ] {
        let doc = resolve(text, DAY);
        for m in &doc.mentions {
            assert!(doc.text.get(m.span.range()).is_some(), "{text:?}");
        }
    }
}

#[test]
fn a_title_picks_the_office_a_person_holds_in_that_country() {
    // Macron is also co-prince of Andorra; "French President" reads him as FRAGOV
    let doc = resolve("French President Emmanuel Macron arrived in Berlin.", DAY);
    let listing = render_mentions(&doc);
    let a = doc
        .actors
        .iter()
        .find(|a| a.name == "Emmanuel Macron")
        .unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.code.as_deref(), Some("FRAGOV"), "{listing}");
}

#[test]
fn the_juntas_spokesman_is_a_group_of_the_articles_country() {
    let doc = resolve(
        "Myanmar's military seized power on Monday. The junta's spokesman said elections would follow.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let a = actor(&doc, "The junta's spokesman").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.kind.as_str(), "group", "{listing}");
    assert_eq!(a.country.as_deref(), Some("MMR"), "{listing}");
}

#[test]
fn a_capital_of_a_country_the_article_never_names_is_not_its_government() {
    // Victoria is the capital of the Seychelles, here a state of Australia
    let doc = resolve(
        "Children in New South Wales, Victoria and Queensland lack iodine, Australia's study says.",
        DAY,
    );
    assert!(
        actor(&doc, "Victoria").is_none(),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_source_of_something_in_a_country_is_not_a_group_actor() {
    let doc = resolve("Bread was the major source of iodine in Australia.", DAY);
    assert!(
        doc.actors.iter().all(|a| a.kind.as_str() != "group"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn titled_and_untitled_forms_of_an_unknown_name_are_one_actor() {
    let doc = resolve(
        "Professor Cres Eastman led the study. Professor Eastman said more salt was needed.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let first = actor(&doc, "Professor Cres Eastman").map(|a| a.name.clone());
    let again = actor(&doc, "Professor Eastman").map(|a| a.name.clone());
    assert_eq!(first.as_deref(), Some("Cres Eastman"), "{listing}");
    assert_eq!(first, again, "{listing}");
}

#[test]
fn it_after_a_reporting_verb_is_the_organisation_that_spoke() {
    let doc = resolve(
        "NATO said on Monday that it would send more ships to the Baltic.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let a = actor(&doc, "it").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.kb_id.as_deref(), Some("igo:nato"), "{listing}");
}

#[test]
fn it_without_a_speaker_stays_unresolved() {
    let doc = resolve(
        "The European Union met in Brussels. It is unclear whether the talks will resume.",
        DAY,
    );
    assert!(actor(&doc, "It").is_none(), "{}", render_mentions(&doc));
}

#[test]
fn it_never_goes_to_a_person() {
    let doc = resolve(
        "Sergei Lavrov said it was too early to judge the talks.",
        DAY,
    );
    assert!(actor(&doc, "it").is_none(), "{}", render_mentions(&doc));
}

#[test]
fn they_opening_a_sentence_is_the_group_that_opened_the_one_before() {
    let doc = resolve(
        "Protesters gathered outside parliament in Minsk. They said they would stay until \
         the vote was annulled.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let they: Vec<&str> = doc
        .mentions
        .iter()
        .filter(|m| doc.slice(m.span).eq_ignore_ascii_case("they"))
        .map(|m| doc.actors[m.actor as usize].name.as_str())
        .collect();
    assert_eq!(they, vec!["Protesters", "Protesters"], "{listing}");
}

#[test]
fn they_after_an_organisation_is_left_alone() {
    let doc = resolve(
        "The European Union met in Brussels. They said nothing about the sanctions.",
        DAY,
    );
    assert!(actor(&doc, "They").is_none(), "{}", render_mentions(&doc));
}

#[test]
fn we_in_a_quote_is_the_government_of_the_official_quoted() {
    let doc = resolve(
        "Russian Foreign Minister Sergei Lavrov met reporters in Geneva. \
         \"We will not accept this,\" Lavrov said.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let a = actor(&doc, "We").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.code.as_deref(), Some("RUSGOV"), "{listing}");
}

#[test]
fn we_of_an_unknown_speaker_stays_unresolved() {
    let doc = resolve("\"We are ready,\" a fan said after the match.", DAY);
    assert!(actor(&doc, "We").is_none(), "{}", render_mentions(&doc));
}

#[test]
fn the_ministry_is_the_ministry_named_before() {
    let doc = resolve(
        "Russia's Foreign Ministry said it had summoned the British ambassador. \
         The ministry said the envoy had been warned.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let first = actor(&doc, "Russia's Foreign Ministry").unwrap_or_else(|| panic!("{listing}"));
    let later = actor(&doc, "The ministry").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(first, later, "{listing}");
    assert_eq!(later.code.as_deref(), Some("RUSGOV"), "{listing}");
    assert_eq!(actor(&doc, "it"), Some(first), "{listing}");
}

#[test]
fn the_alliance_without_an_alliance_before_is_not_guessed() {
    let doc = resolve("The alliance said the drills would go on.", DAY);
    let listing = render_mentions(&doc);
    assert!(
        actor(&doc, "The alliance").is_none_or(|a| a.kb_id.is_none()),
        "{listing}"
    );
}

#[test]
fn an_igos_secretary_general_is_its_head_at_the_article_date() {
    let text = "NATO's secretary general said the alliance was united.";
    for (date, who) in [
        (DAY, "Jens Stoltenberg"),
        (Some((2025, 6, 1)), "Mark Rutte"),
    ] {
        let doc = resolve(text, date);
        let listing = render_mentions(&doc);
        let a = actor(&doc, "NATO's secretary general").unwrap_or_else(|| panic!("{listing}"));
        assert_eq!(a.name, who, "{listing}");
    }
    let doc = resolve("The UN secretary-general called for calm.", DAY);
    let listing = render_mentions(&doc);
    let a = actor(&doc, "secretary-general").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.name, "António Guterres", "{listing}");
}

#[test]
fn a_capital_that_speaks_is_its_government_even_when_its_country_is_not_named() {
    let doc = resolve(
        "China and Germany traded barbs. Kyiv said its forces held the line.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let a = actor(&doc, "Kyiv").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.code.as_deref(), Some("UKRGOV"), "{listing}");
    let forces = actor(&doc, "its forces").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(forces.code.as_deref(), Some("UKRMIL"), "{listing}");
}

#[test]
fn a_description_after_a_country_of_two_words_covers_the_whole_name() {
    let doc = resolve("Ivory Coast's president met reporters.", DAY);
    let listing = render_mentions(&doc);
    let a = actor(&doc, "Ivory Coast's president").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.code.as_deref(), Some("CIVGOV"), "{listing}");
}

#[test]
fn a_capital_named_person_who_speaks_of_herself_is_not_a_government() {
    let doc = resolve(
        "Russia and Ukraine traded barbs. Victoria said she would not attend the talks.",
        DAY,
    );
    let listing = render_mentions(&doc);
    if let Some(a) = actor(&doc, "Victoria") {
        assert_ne!(a.code.as_deref(), Some("SYCGOV"), "{listing}");
    }
}

#[test]
fn an_expletive_it_after_a_reporting_verb_refers_to_nothing() {
    let doc = resolve(
        "NATO said on Monday that it was unclear whether the talks would resume.",
        DAY,
    );
    let listing = render_mentions(&doc);
    assert!(actor(&doc, "it").is_none(), "{listing}");
}

/// Saint Lucia's prime minister then was Stephenson King (KB short form "King").
const KING_IN_OFFICE: Option<(i32, u32, u32)> = Some((2010, 6, 1));

#[test]
fn a_short_form_ending_someone_elses_full_name_is_not_the_officeholder() {
    let doc = resolve(
        "The talk show host Larry King interviewed two senators on Tuesday.",
        KING_IN_OFFICE,
    );
    let listing = render_mentions(&doc);
    let a = actor(&doc, "Larry King").expect(&listing);
    assert_eq!(a.name, "Larry King", "{listing}");
    assert_eq!(a.kb_id, None, "{listing}");
    assert!(
        doc.actors
            .iter()
            .all(|a| a.code.as_deref() != Some("LCAGOV")),
        "{listing}"
    );
}

#[test]
fn a_later_surname_joins_the_earlier_full_name_rather_than_the_officeholder() {
    let doc = resolve(
        "The talk show host Larry King interviewed two senators on Tuesday. \
         King said the senators disagreed on taxes.",
        KING_IN_OFFICE,
    );
    let listing = render_mentions(&doc);
    let full = actor(&doc, "Larry King").map(|a| a.name.clone());
    let again = actor(&doc, "King").map(|a| a.name.clone());
    assert_eq!(full.as_deref(), Some("Larry King"), "{listing}");
    assert_eq!(again, full, "{listing}");
}

#[test]
fn the_officeholders_own_first_name_or_initial_keeps_the_kb_person() {
    for text in [
        "Prime Minister S. King opened the session on Tuesday.",
        "Antony J. Blinken spoke to reporters in Geneva.",
    ] {
        let doc = resolve(text, KING_IN_OFFICE);
        let listing = render_mentions(&doc);
        assert!(
            doc.actors
                .iter()
                .any(|a| a.kind.as_str() == "person" && a.kb_id.is_some()),
            "{text}\n{listing}"
        );
    }
}

#[test]
fn a_capitalised_word_opening_a_sentence_is_not_taken_for_a_first_name() {
    // the tagger may read "Did Lavrov" as one name; "Did" is no first name of another Lavrov
    for text in [
        "Sergei Lavrov met the envoys. Did Lavrov mislead the council on Friday?",
        "Sergei Lavrov met the envoys. Beyond Lavrov, nobody spoke.",
        "Lavrov Says Talks In Geneva Failed. Sergei Lavrov met the envoys.",
        "Did Biden Mislead Voters On Taxes? Joe Biden spoke in Ohio.",
        "Joe Biden spoke in Ohio. If Biden wins, taxes rise.",
        "Joe Biden spoke in Ohio. Candidate Biden wants lower taxes.",
        "Blinken Faces Key Test In Geneva Talks With Russia",
        "Joe Biden spoke in Ohio. An adviser asked: \"Did Biden mislead voters?\"",
    ] {
        let doc = resolve(text, DAY);
        let listing = render_mentions(&doc);
        assert!(
            doc.actors
                .iter()
                .filter(|a| a.kind.as_str() == "person")
                .all(|a| a.kb_id.is_some()),
            "{text}\n{listing}"
        );
    }
}

#[test]
fn a_capital_after_in_or_at_is_a_place_not_its_government() {
    let doc = resolve(
        "Leaders of Kenya and Turkey met in Nairobi. Nairobi said the talks went well. \
         The ministers will meet again at Ankara.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let in_nairobi = doc.text.find("in Nairobi").map(|i| i + 3);
    let at_ankara = doc.text.find("at Ankara").map(|i| i + 3);
    for at in [in_nairobi, at_ankara].into_iter().flatten() {
        assert!(
            !doc.mentions.iter().any(|m| m.span.start as usize == at),
            "{listing}"
        );
    }
    let speaking = actor(&doc, "Nairobi").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(speaking.code.as_deref(), Some("KENGOV"), "{listing}");
}

#[test]
fn a_capital_in_a_possessive_after_in_stays_its_government() {
    let doc = resolve("The ceasefire was seen as a win in Moscow's view.", DAY);
    let listing = render_mentions(&doc);
    let a = actor(&doc, "Moscow").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.code.as_deref(), Some("RUSGOV"), "{listing}");
}

#[test]
fn a_country_phrase_after_a_description_stops_at_a_tagged_verb() {
    let mut doc = Document::from_plain(
        "Opposition parties in Georgia refused to accept the official results.",
    );
    doc.published = Date::new(2022, 1, 21).map(Published::day);
    for i in 0..doc.tokens.len() {
        if matches!(doc.word(i), "refused" | "accept") {
            doc.tokens[i].upos = attache_core::Upos::from_label("VERB");
        }
    }
    stage().run(&mut doc);
    let listing = render_mentions(&doc);
    for m in &doc.mentions {
        assert!(!doc.slice(m.span).contains("refused"), "{listing}");
    }
}

#[test]
fn opposition_before_a_role_noun_gives_the_group_the_opposition_role() {
    let doc = resolve(
        "Armenia's government met unions on Monday. Opposition parties in Armenia boycotted \
         the session.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let a = actor(&doc, "Opposition parties in Armenia").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.code.as_deref(), Some("ARMOPP"), "{listing}");
}

#[test]
fn an_opposition_leader_title_without_country_takes_the_articles_country() {
    let doc = resolve(
        "Moldova's government lost a vote in parliament. Opposition leader Radu Ciobanu \
         called for early elections in Moldova.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let a = doc
        .mentions
        .iter()
        .find(|m| doc.slice(m.span).starts_with("Opposition leader"))
        .and_then(|m| doc.actors.get(m.actor as usize))
        .unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.code.as_deref(), Some("MDAOPP"), "{listing}");
}

#[test]
fn a_capital_after_visit_or_travelled_to_is_a_place_not_its_government() {
    let doc = resolve(
        "Chile invited the ministers to visit Santiago. Peru's envoy travelled to Lima. \
         Santiago said the talks went well.",
        DAY,
    );
    let listing = render_mentions(&doc);
    for cue in ["visit Santiago", "travelled to Lima"] {
        let at = doc
            .text
            .find(cue)
            .map(|i| i + cue.rfind(' ').unwrap_or(0) + 1);
        assert!(
            !doc.mentions
                .iter()
                .any(|m| Some(m.span.start as usize) == at),
            "{cue}: {listing}"
        );
    }
    let speaking = actor(&doc, "Santiago").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(speaking.code.as_deref(), Some("CHLGOV"), "{listing}");
}

#[test]
fn a_kb_surname_opening_a_longer_name_is_someone_elses_given_name() {
    // "Faisal" is a KB short form (Ameen Faisal); "Lee" is Lee Jae-myung's
    let doc = resolve(
        "\"This is a first step,\" said Saudi mediator Faisal Al-Harbi. \
         \"It is time,\" said Lee Min-ho, a senior adviser.",
        Some((2026, 5, 27)),
    );
    let listing = render_mentions(&doc);
    for name in ["Faisal Al-Harbi", "Lee Min-ho"] {
        let a = doc
            .mentions
            .iter()
            .find(|m| doc.slice(m.span).ends_with(name))
            .map(|m| &doc.actors[m.actor as usize])
            .unwrap_or_else(|| panic!("{name}: {listing}"));
        assert_eq!(a.name, name, "{listing}");
        assert!(a.kb_id.is_none(), "{listing}");
    }
}

#[test]
fn a_later_surname_the_tagger_misses_joins_the_full_name() {
    let doc = resolve(
        "Foreign Ministry spokesman Karim Abdelnour said on Wednesday that talks would resume.\n\
         \"We have lost too much time already,\" Abdelnour told reporters.",
        Some((2027, 1, 14)),
    );
    let listing = render_mentions(&doc);
    let a = actor(&doc, "Abdelnour").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.name, "Karim Abdelnour", "{listing}");
}

#[test]
fn a_ministry_of_several_words_before_a_title_keeps_the_country() {
    let doc = resolve(
        "Egyptian Foreign Ministry spokesman Karim Abdelnour said on Wednesday that talks \
         would resume.",
        Some((2027, 1, 14)),
    );
    let listing = render_mentions(&doc);
    let m = doc
        .mentions
        .iter()
        .find(|m| doc.slice(m.span).ends_with("Karim Abdelnour"))
        .unwrap_or_else(|| panic!("{listing}"));
    let a = &doc.actors[m.actor as usize];
    assert_eq!(a.code.as_deref(), Some("EGYGOV"), "{listing}");
}

#[test]
fn a_rank_before_a_name_the_tagger_reads_as_an_organisation_makes_a_person() {
    let doc = resolve(
        "A spokesman for the Sudanese army, Brigadier Nabil Osman, said the army would \
         respect the truce.",
        Some((2026, 5, 27)),
    );
    let listing = render_mentions(&doc);
    let m = doc
        .mentions
        .iter()
        .find(|m| doc.slice(m.span).ends_with("Nabil Osman"))
        .unwrap_or_else(|| panic!("{listing}"));
    let a = &doc.actors[m.actor as usize];
    assert_eq!(a.name, "Nabil Osman", "{listing}");
    assert_eq!(a.kind.as_str(), "person", "{listing}");
}

#[test]
fn a_title_before_capitalised_words_the_tagger_misses_titles_a_person() {
    let doc = resolve(
        "Commission chairman Peter Otieno told reporters the delay was caused by a server \
         failure.\nJapanese Chief Cabinet Secretary Hiroshi Tanabe said the summit would go \
         ahead. \"Our two countries share the same challenges,\" Tanabe said.",
        Some((2026, 3, 3)),
    );
    let listing = render_mentions(&doc);
    let otieno = actor(&doc, "chairman Peter Otieno").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(otieno.name, "Peter Otieno", "{listing}");
    let tanabe = actor(&doc, "Japanese Chief Cabinet Secretary Hiroshi Tanabe")
        .unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(tanabe.name, "Hiroshi Tanabe", "{listing}");
    assert_eq!(tanabe.code.as_deref(), Some("JPNGOV"), "{listing}");
    let later = actor(&doc, "Tanabe").map(|a| a.name.as_str());
    assert_eq!(later, Some("Hiroshi Tanabe"), "{listing}");
}

#[test]
fn capitalised_words_before_a_group_noun_make_an_organisation_name() {
    let doc = resolve(
        "The Rapid Support Forces said in a statement that its fighters would hold their \
         positions. Russian forces shelled the town.",
        Some((2026, 5, 27)),
    );
    let listing = render_mentions(&doc);
    let rsf = actor(&doc, "Rapid Support Forces").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(rsf.kind.as_str(), "organization", "{listing}");
    // an ordinary group noun after a demonym stays the country's forces
    let russian = actor(&doc, "Russian forces").and_then(|a| a.code.as_deref());
    assert_eq!(russian, Some("RUSMIL"), "{listing}");
}

#[test]
fn commissions_and_observer_missions_are_organisations() {
    let doc = resolve(
        "Kenya's main opposition coalition called for protests. The electoral commission \
         said the count would be completed by Monday.",
        Some((2027, 1, 9)),
    );
    let listing = render_mentions(&doc);
    let ec = actor(&doc, "The electoral commission").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(ec.kind.as_str(), "organization", "{listing}");
    let opp = actor(&doc, "Kenya's main opposition coalition").and_then(|a| a.code.as_deref());
    assert_eq!(opp, Some("KENOPP"), "{listing}");
}

#[test]
fn a_role_word_beyond_a_loose_word_does_not_join_the_phrase() {
    let doc = resolve(
        "The arrest of the opposition leader by Tanzanian police sparked protests.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let police = actor(&doc, "Tanzanian police").and_then(|a| a.code.as_deref());
    assert_eq!(police, Some("TZACOP"), "{listing}");
}

#[test]
fn its_opening_a_sentence_is_the_igo_of_the_sentence_before() {
    let doc = resolve(
        "The African Union urged calm. Its observer mission said in a statement that the vote \
         had been largely orderly.",
        Some((2027, 1, 9)),
    );
    let listing = render_mentions(&doc);
    let mission = actor(&doc, "Its observer mission").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(mission.code.as_deref(), Some("IGOAFRAFU"), "{listing}");
    assert_eq!(mission.kind.as_str(), "organization", "{listing}");
}

#[test]
fn a_group_of_two_countries_in_a_prepositional_phrase_is_one_mention_per_country() {
    let doc = resolve("Leaders of Kenya and Turkey signed a trade agreement.", DAY);
    let listing = render_mentions(&doc);
    let code = |text: &str| actor(&doc, text).and_then(|a| a.code.as_deref());
    assert_eq!(code("Leaders of Kenya"), Some("KENGOV"), "{listing}");
    let turkey = doc
        .mentions
        .iter()
        .filter(|m| doc.slice(m.span) == "Turkey")
        .filter_map(|m| doc.actors[m.actor as usize].code.as_deref())
        .collect::<Vec<_>>();
    assert!(turkey.contains(&"TURGOV"), "{listing}");
    let names: Vec<&str> = doc.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(names.contains(&"Leaders of Turkey"), "{listing}");
}

#[test]
fn a_name_in_apposition_after_a_prepositional_phrase_takes_its_country_and_role() {
    let doc = resolve(
        "A spokesman for the Sudanese army, Brigadier Nabil Osman, said the army would \
         respect the truce.",
        Some((2026, 5, 27)),
    );
    let listing = render_mentions(&doc);
    let osman = actor(&doc, "Nabil Osman").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(osman.code.as_deref(), Some("SDNMIL"), "{listing}");
}

#[test]
fn a_spokesperson_of_an_igo_in_apposition_takes_the_igo_code() {
    let doc = resolve(
        "A spokeswoman for the Economic Community of West African States, Dr Amina \
         Bello-Sow, said the bloc welcomed the deal. A NATO spokesman, Lieutenant Colonel \
         Henrik Dahl, said planners had been consulted.",
        Some((2026, 6, 10)),
    );
    let listing = render_mentions(&doc);
    let code = |name: &str| {
        doc.actors
            .iter()
            .find(|a| a.name == name)
            .and_then(|a| a.code.as_deref())
    };
    assert_eq!(code("Amina Bello-Sow"), Some("IGOWAFBUSWAS"), "{listing}");
    assert_eq!(code("Henrik Dahl"), Some("IGOWSTNAT"), "{listing}");
}

#[test]
fn an_indefinite_spokesperson_without_a_country_is_not_one_named_before() {
    let doc = resolve(
        "German Defence Ministry spokeswoman Katrin Vogelsang said Berlin would deliver the \
         launchers. A spokesman said the plan was ready.",
        Some((2026, 6, 10)),
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        actor(&doc, "Katrin Vogelsang")
            .or_else(|| {
                doc.mentions
                    .iter()
                    .find(|m| doc.slice(m.span).ends_with("Katrin Vogelsang"))
                    .map(|m| &doc.actors[m.actor as usize])
            })
            .and_then(|a| a.code.as_deref()),
        Some("DEUGOV"),
        "{listing}"
    );
    let wrong = actor(&doc, "A spokesman").or_else(|| actor(&doc, "spokesman"));
    assert!(
        wrong.is_none_or(|a| a.name != "Katrin Vogelsang"),
        "{listing}"
    );
}

#[test]
fn a_title_case_body_name_before_a_role_modifier_keeps_the_country() {
    let doc = resolve(
        "Nigerien Interior Ministry spokesman Abdoulaye Garba said Niamey would send a team.",
        Some((2026, 10, 15)),
    );
    let listing = render_mentions(&doc);
    let garba = doc
        .actors
        .iter()
        .find(|a| a.name == "Abdoulaye Garba")
        .unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(garba.code.as_deref(), Some("NERGOV"), "{listing}");
}

#[test]
fn a_preposition_ends_a_role_phrase_read_leftwards() {
    let doc = resolve(
        "Opposition lawmaker Tomasz Wrona said the government had hidden the cost from \
         parliament.",
        Some((2026, 6, 10)),
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.mentions
            .iter()
            .all(|m| !doc.slice(m.span).starts_with("the cost")),
        "{listing}"
    );
}

#[test]
fn an_organisation_name_cut_short_by_the_tagger_grows_over_capitalised_words() {
    let doc = resolve(
        "The National Union of Cross-Border Traders said its members had lost millions.",
        Some((2026, 10, 15)),
    );
    let listing = render_mentions(&doc);
    let org = actor(&doc, "National Union of Cross-Border Traders")
        .unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(org.kind.as_str(), "organization", "{listing}");
    assert_eq!(doc.actors.len(), 1, "{listing}");
}

/// The mentions whose text is `text`, with their actors' names.
fn mentions_of<'d>(doc: &'d Document, text: &str) -> Vec<&'d str> {
    doc.mentions
        .iter()
        .filter(|m| doc.slice(m.span) == text)
        .filter_map(|m| doc.actors.get(m.actor as usize))
        .map(|a| a.name.as_str())
        .collect()
}

#[test]
fn a_surname_that_is_a_month_or_weekday_stays_a_date() {
    // the review's three sentences: the later calendar word is no mention of the person
    for (text, person, word) in [
        (
            "Opposition lawmaker Helen August said the count had been rigged. The new \
             parliament will sit on August 3.",
            "Helen August",
            "August",
        ),
        (
            "Analyst Tom Sunday said turnout would be low. Voting ends on Sunday.",
            "Tom Sunday",
            "Sunday",
        ),
        (
            "Senior adviser Daniel March said the delegation would return home. Talks will \
             resume in March.",
            "Daniel March",
            "March",
        ),
    ] {
        let doc = resolve(text, Some((2026, 6, 10)));
        let listing = render_mentions(&doc);
        assert!(
            doc.actors.iter().any(|a| a.name == person),
            "{person}: {listing}"
        );
        assert!(mentions_of(&doc, word).is_empty(), "{word}: {listing}");
    }
}

#[test]
fn a_later_surname_before_a_number_is_no_mention() {
    let doc = resolve(
        "Commission chairman Peter Otieno told reporters the count was over. Results from \
         Otieno 4 polling district were delayed.",
        Some((2026, 6, 10)),
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.actors.iter().any(|a| a.name == "Peter Otieno"),
        "{listing}"
    );
    assert!(mentions_of(&doc, "Otieno").is_empty(), "{listing}");
}

#[test]
fn with_pos_tags_a_later_surname_must_be_a_proper_noun() {
    // the tagger misses the later "Abdelnour"; the surname rule finds it only as a PROPN
    let text = "Foreign Ministry spokesman Karim Abdelnour said on Wednesday that talks would \
                resume.\n\"We have lost too much time already,\" Abdelnour told reporters.";
    let later = text.rfind("Abdelnour").unwrap_or(0);
    for (tag, joined) in [("PROPN", true), ("ADJ", false)] {
        let mut doc = Document::from_plain(text);
        doc.published = Date::new(2027, 1, 14).map(Published::day);
        for t in &mut doc.tokens {
            let upos = if t.span.start as usize == later {
                tag
            } else {
                "PROPN"
            };
            t.upos = attache_core::Upos::exact(upos).expect("a UD tag");
        }
        stage().run(&mut doc);
        let listing = render_mentions(&doc);
        let found = mentions_of(&doc, "Abdelnour");
        assert_eq!(found == vec!["Karim Abdelnour"], joined, "{tag}: {listing}");
    }
}

#[test]
fn a_compound_head_after_a_hyphen_ends_the_name() {
    let doc = resolve(
        "A Peter Otieno-led commission will review the results. Otieno said the review \
         would take a month.",
        Some((2026, 6, 10)),
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.actors.iter().all(|a| !a.name.contains("-led")),
        "{listing}"
    );
    assert_eq!(
        mentions_of(&doc, "Peter Otieno"),
        vec!["Peter Otieno"],
        "{listing}"
    );
}

#[test]
fn a_rank_opening_a_company_name_is_no_role() {
    for (text, company, rank) in [
        (
            "Admiral Insurance Group reported higher profits on Tuesday.",
            "Admiral Insurance Group",
            "Admiral",
        ),
        (
            "General Electric Company said it would cut jobs.",
            "General Electric Company",
            "General",
        ),
    ] {
        let doc = resolve(text, Some((2026, 6, 10)));
        let listing = render_mentions(&doc);
        assert!(mentions_of(&doc, rank).is_empty(), "{rank}: {listing}");
        let org = actor(&doc, company).unwrap_or_else(|| panic!("{company}: {listing}"));
        assert_eq!(org.kind.as_str(), "organization", "{listing}");
    }
}

#[test]
fn a_very_long_capitalised_run_keeps_mentions_sound_and_apart() {
    // far longer than any real name: overlaps must still be found across it
    let run = "Alpha Beta Gamma Delta Epsilon Zeta Theta Iota Kappa Lambda ".repeat(6);
    let text = format!(
        "The {run}Union said on Monday that Colonel Issa Maiga had left. \
         Maiga declined to comment."
    );
    let doc = resolve(&text, Some((2026, 6, 10)));
    let listing = render_mentions(&doc);
    for m in &doc.mentions {
        assert!(
            doc.text
                .get(m.span.start as usize..m.span.end as usize)
                .is_some(),
            "{listing}"
        );
    }
    // no two mentions overlap
    for w in doc.mentions.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "{listing}");
    }
}

/// The codes of every actor with a mention whose text is `text`, in mention order.
fn codes_at(doc: &Document, text: &str) -> Vec<String> {
    doc.mentions
        .iter()
        .filter(|m| doc.slice(m.span) == text)
        .map(|m| {
            let a = &doc.actors[m.actor as usize];
            a.code.clone().unwrap_or_else(|| format!("({})", a.name))
        })
        .collect()
}

#[test]
fn two_country_adjectives_joined_by_and_are_one_group_a_country() {
    let doc = resolve("Saudi and US mediators said the truce would hold.", DAY);
    let listing = render_mentions(&doc);
    assert_eq!(codes_at(&doc, "Saudi"), vec!["SAUGOV"], "{listing}");
    assert_eq!(codes_at(&doc, "US mediators"), vec!["USAGOV"], "{listing}");
    let names: Vec<&str> = doc.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(names.contains(&"Saudi mediators"), "{listing}");
    let doc = resolve(
        "Turkey hosted Russian and Ukrainian delegations in Istanbul.",
        DAY,
    );
    let listing = render_mentions(&doc);
    assert_eq!(codes_at(&doc, "Russian"), vec!["RUSGOV"], "{listing}");
    assert_eq!(
        codes_at(&doc, "Ukrainian delegations"),
        vec!["UKRGOV"],
        "{listing}"
    );
}

#[test]
fn an_envoy_to_a_capital_is_of_the_sending_country_and_the_capital_its_target() {
    let doc = resolve("The US envoy to Moscow said the talks had stalled.", DAY);
    let listing = render_mentions(&doc);
    assert_eq!(codes_at(&doc, "The US envoy"), vec!["USAGOV"], "{listing}");
    assert_eq!(codes_at(&doc, "Moscow"), vec!["RUSGOV"], "{listing}");
    let doc = resolve(
        "China summoned India's ambassador to Beijing, Vikram Rao, on Monday.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let rao = actor(&doc, "Vikram Rao").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(rao.code.as_deref(), Some("INDGOV"), "{listing}");
}

#[test]
fn market_and_index_names_are_no_actors() {
    let doc = resolve(
        "In Mumbai, the Sensex fell 1.4 percent. The FTSE 100 closed higher in London and \
         the Nikkei gained 300 points, while Dow Jones futures slipped.",
        DAY,
    );
    let listing = render_mentions(&doc);
    for name in ["Sensex", "FTSE", "FTSE 100", "Nikkei", "Dow Jones"] {
        assert!(actor(&doc, name).is_none(), "{name}: {listing}");
    }
}

#[test]
fn a_party_moving_points_in_a_poll_stays_an_actor() {
    // "Likud" of the second is not tagged as a name, rule or no rule
    for text in [
        "Labour rose 2 points to 41 percent in the poll.",
        "Likud fell 3 points in the latest poll, while Labour gained 2 points.",
    ] {
        let doc = resolve(text, DAY);
        let listing = render_mentions(&doc);
        assert!(
            doc.actors.iter().any(|a| a.name == "Labour"),
            "{text}: Labour lost: {listing}"
        );
    }
}

#[test]
fn an_unlisted_name_is_a_market_only_with_a_market_word_or_level() {
    // each name is an actor when the rule is off (checked when the rule was narrowed)
    for text in [
        "In Lagos, the Tarvo Composite Index fell 120 points on Friday.",
        "In Jakarta, the Velbo Composite shed 80 points on Monday.",
        "In Nairobi, Mr Otieno said the Sambara fell 95 points to 8,140 on Friday.",
    ] {
        let doc = resolve(text, DAY);
        let listing = render_mentions(&doc);
        for name in ["Tarvo", "Velbo", "Sambara"] {
            assert!(
                !doc.actors.iter().any(|a| a.name.contains(name)),
                "{text}: {name} kept: {listing}"
            );
        }
    }
}

#[test]
fn a_country_before_a_tagged_verb_is_no_modifier_of_a_role_after_it() {
    let mut doc = Document::from_plain("The ambassador to Kyiv met Ukrainian officials.");
    doc.published = Date::new(2022, 1, 21).map(Published::day);
    for i in 0..doc.tokens.len() {
        if doc.word(i) == "met" {
            doc.tokens[i].upos = attache_core::Upos::from_label("VERB");
        }
    }
    stage().run(&mut doc);
    let listing = render_mentions(&doc);
    assert_eq!(
        codes_at(&doc, "Ukrainian officials"),
        vec!["UKRGOV"],
        "{listing}"
    );
    assert!(
        doc.mentions
            .iter()
            .all(|m| !doc.slice(m.span).contains("met")),
        "{listing}"
    );
}

#[test]
fn the_two_presidents_are_the_two_presidents_named_before_one_mention_each() {
    let doc = resolve(
        "Kenyan President William Ruto and Turkish President Recep Tayyip Erdogan met in \
         Nairobi on Friday. Ruto praised the deal. The two presidents will meet again in March.",
        Some((2026, 11, 20)),
    );
    let listing = render_mentions(&doc);
    let names: Vec<&str> = doc
        .mentions
        .iter()
        .filter(|m| doc.slice(m.span) == "The two presidents")
        .map(|m| doc.actors[m.actor as usize].name.as_str())
        .collect();
    assert_eq!(names.len(), 2, "{listing}");
    assert!(names.contains(&"William Ruto"), "{listing}");
    assert!(names.iter().any(|n| n.starts_with("Recep")), "{listing}");
}

#[test]
fn both_foreign_ministers_are_the_two_named_before_not_the_latest() {
    let doc = resolve(
        "Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister Hakan Fidan in \
         Ankara. Fidan said the talks were useful. Both foreign ministers called for calm.",
        Some((2025, 6, 1)),
    );
    let listing = render_mentions(&doc);
    let mut codes = codes_at(&doc, "Both foreign ministers");
    codes.sort();
    assert_eq!(codes, vec!["RUSGOV", "TURGOV"], "{listing}");
}

#[test]
fn both_delegations_are_the_groups_of_that_noun_named_before() {
    let doc = resolve(
        "A Russian delegation and a Ukrainian delegation arrived in Istanbul on Sunday. \
         Turkey said both delegations would meet on Monday.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let mut codes = codes_at(&doc, "both delegations");
    codes.sort();
    assert_eq!(codes, vec!["RUSGOV", "UKRGOV"], "{listing}");
}

#[test]
fn the_two_governments_without_groups_named_before_are_those_of_the_main_countries() {
    let doc = resolve(
        "Egypt and Ethiopia resumed talks on the dam. Ethiopia said the filling would go on. \
         The two governments will meet again in May.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let mut codes = codes_at(&doc, "The two governments");
    codes.sort();
    assert_eq!(codes, vec!["EGYGOV", "ETHGOV"], "{listing}");
}

#[test]
fn two_country_adjectives_of_several_words_or_with_a_modifier_between_are_split_too() {
    let doc = resolve(
        "South African and Mozambican police officers will patrol the route. Indonesian and \
         Malaysian fisheries officials will meet in Batam.",
        DAY,
    );
    let listing = render_mentions(&doc);
    assert_eq!(codes_at(&doc, "South African"), vec!["ZAFCOP"], "{listing}");
    assert_eq!(
        codes_at(&doc, "Mozambican police officers"),
        vec!["MOZCOP"],
        "{listing}"
    );
    assert_eq!(codes_at(&doc, "Indonesian"), vec!["IDNGOV"], "{listing}");
}

#[test]
fn a_quantified_plural_with_too_few_actors_before_it_is_never_one_actor() {
    let doc = resolve(
        "Kenyan President William Ruto arrived on Friday. The two presidents will meet again.",
        Some((2026, 11, 20)),
    );
    let listing = render_mentions(&doc);
    let codes = codes_at(&doc, "The two presidents");
    assert!(codes.is_empty() || codes.len() == 2, "{listing}");
}

#[test]
fn a_number_without_a_determiner_names_no_actors_introduced_before() {
    let doc = resolve(
        "Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister Hakan Fidan. \
         Two diplomats were expelled on Monday.",
        Some((2025, 6, 1)),
    );
    let listing = render_mentions(&doc);
    assert!(
        !doc.mentions
            .iter()
            .any(|m| doc.slice(m.span).starts_with("Two diplomats")
                && doc.actors[m.actor as usize].kind.as_str() == "person"),
        "{listing}"
    );
}

#[test]
fn a_name_in_apposition_after_a_role_and_its_phrase_is_a_person_the_tagger_missed() {
    let doc = resolve(
        "Mozambique's ambassador to Pretoria, Armando Cossa, said the deliveries would \
         begin. A spokeswoman for the Mozambican energy ministry, Lurdes Mabunda, said the \
         talks were over.",
        Some((2026, 8, 5)),
    );
    let listing = render_mentions(&doc);
    for name in ["Armando Cossa", "Lurdes Mabunda"] {
        let a = actor(&doc, name).unwrap_or_else(|| panic!("{name}: {listing}"));
        assert_eq!(a.kind.as_str(), "person", "{listing}");
        assert_eq!(a.code.as_deref(), Some("MOZGOV"), "{name}: {listing}");
    }
}

#[test]
fn a_named_armed_group_is_an_organization_with_its_country_and_role_never_a_person() {
    let doc = resolve(
        "Hamas rejected the demand. Hezbollah said it would respond. The Houthis attacked a ship. The Taliban refused.",
        Some((2026, 1, 16)),
    );
    for (name, code, country, role) in [
        ("Hamas", "PSEREBHMS", "PSE", "REB"),
        ("Hezbollah", "LBNREB", "LBN", "REB"),
        ("Houthis", "YEMREB", "YEM", "REB"),
        ("Taliban", "AFGREB", "AFG", "REB"),
    ] {
        let a = actor(&doc, name).unwrap_or_else(|| panic!("{name} is an actor"));
        assert_eq!(a.kind, attache_core::ActorKind::Organization, "{name}");
        assert_eq!(a.code.as_deref(), Some(code), "{name}");
        assert_eq!(a.country.as_deref(), Some(country), "{name}");
        assert_eq!(a.role.as_deref(), Some(role), "{name}");
    }
}

#[test]
fn a_transnational_group_has_a_code_but_no_country() {
    let doc = resolve("Islamic State claimed the attack.", Some((2026, 1, 16)));
    let a = actor(&doc, "Islamic State").expect("an actor");
    assert_eq!(a.code.as_deref(), Some("IMGMUSISI"));
    assert_eq!(a.country, None);
}

#[test]
fn a_member_of_a_named_group_is_coded_as_the_group_not_a_government() {
    let doc = resolve(
        "A Hamas official accused Israel of violating the truce.",
        Some((2026, 1, 16)),
    );
    let a = actor(&doc, "official").expect("the official is an actor");
    assert_eq!(a.code.as_deref(), Some("PSEREBHMS"));
    assert_eq!(a.kind, attache_core::ActorKind::Person);
    assert_eq!(
        actor(&doc, "Hamas").and_then(|a| a.code.as_deref()),
        Some("PSEREBHMS")
    );
}

#[test]
fn a_place_where_an_official_sits_is_not_their_nationality() {
    for text in [
        "A diplomat in Vienna said the talks would resume.",
        "An official in Doha accused Israel of violating the truce.",
        "A Hamas official in Doha accused Israel of violating the truce.",
    ] {
        let doc = resolve(text, Some((2026, 1, 16)));
        for a in &doc.actors {
            assert!(
                !matches!(a.code.as_deref(), Some("AUTGOV" | "QATGOV")),
                "{text}: {} coded {:?}",
                a.name,
                a.code
            );
        }
    }
    // a demonym or a possessive still gives the country
    let doc = resolve(
        "An Austrian diplomat in Vienna said the talks would resume.",
        Some((2026, 1, 16)),
    );
    assert_eq!(
        actor(&doc, "An Austrian diplomat").and_then(|a| a.code.as_deref()),
        Some("AUTGOV")
    );
    // a role word closing the phrase does too
    let doc = resolve(
        "A source in the Russian delegation said the talks would resume.",
        DAY,
    );
    assert!(doc
        .actors
        .iter()
        .any(|a| a.country.as_deref() == Some("RUS")));
}

/// `text` resolved with `verbs` tagged as verbs (as the syntax stage would).
fn resolve_with_verbs(text: &str, verbs: &[&str]) -> Document {
    let mut doc = Document::from_plain(text);
    doc.published = Date::new(2026, 1, 16).map(Published::day);
    for i in 0..doc.tokens.len() {
        if verbs.contains(&doc.word(i)) {
            doc.tokens[i].upos = attache_core::Upos::from_label("VERB");
        }
    }
    stage().run(&mut doc);
    doc
}

#[test]
fn a_capital_addressed_by_a_party_verb_is_its_government_when_another_country_is_named() {
    for (text, capital, code) in [
        (
            "Brazil urged Washington to lift the tariffs.",
            "Washington",
            "USAGOV",
        ),
        (
            "Brazil called on Tokyo to lift the tariffs.",
            "Tokyo",
            "JPNGOV",
        ),
        (
            "Canada accused Beijing of dumping steel.",
            "Beijing",
            "CHNGOV",
        ),
    ] {
        let doc = resolve_with_verbs(text, &["urged", "called", "lift", "accused", "dumping"]);
        let listing = render_mentions(&doc);
        let a = actor(&doc, capital).unwrap_or_else(|| panic!("{text}\n{listing}"));
        assert_eq!(a.code.as_deref(), Some(code), "{listing}");
    }
}

#[test]
fn a_capital_as_the_subject_of_a_verb_is_its_government_when_another_country_is_named() {
    let doc = resolve_with_verbs(
        "Armenia and Azerbaijan signed the deal. Moscow declined to comment.",
        &["signed", "declined", "comment"],
    );
    let listing = render_mentions(&doc);
    let a = actor(&doc, "Moscow").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.code.as_deref(), Some("RUSGOV"), "{listing}");
}

#[test]
fn an_ambiguous_capital_name_before_a_verb_keeps_the_homonym_guard() {
    // Victoria is the Seychelles' capital and an Australian state
    let doc = resolve_with_verbs(
        "Victoria recorded no new cases, Australia's health ministry reported.",
        &["recorded", "reported"],
    );
    let listing = render_mentions(&doc);
    assert!(actor(&doc, "Victoria").is_none(), "{listing}");
}

#[test]
fn an_organisations_chief_in_apposition_is_one_person_affiliated_with_it() {
    let doc = resolve(
        "The World Health Organization's chief, Anna Berg, welcomed the decision.",
        Some((2026, 1, 16)),
    );
    let listing = render_mentions(&doc);
    let berg = actor(&doc, "Anna Berg").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(berg.kind, attache_core::ActorKind::Person, "{listing}");
    assert_eq!(berg.code.as_deref(), Some("IGOUNOHLHWHO"), "{listing}");
    // the head noun is a mention of her, not of the organisation
    let chief = doc
        .mentions
        .iter()
        .find(|m| doc.slice(m.span).ends_with("chief"))
        .unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(
        doc.actors
            .get(chief.actor as usize)
            .map(|a| a.name.as_str()),
        Some("Anna Berg"),
        "{listing}"
    );
}

#[test]
fn head_chief_and_director_are_roles_only_after_a_possessive() {
    let doc = resolve(
        "The head of the delegation said the talks would resume.",
        Some((2026, 1, 16)),
    );
    let listing = render_mentions(&doc);
    assert!(
        !doc.mentions
            .iter()
            .any(|m| doc.slice(m.span).contains("head")),
        "{listing}"
    );
}

#[test]
fn a_description_object_is_not_the_subject_of_its_own_verb() {
    for (text, name) in [
        ("Sergei Lavrov met the minister on Friday.", "Sergei Lavrov"),
        (
            "On Friday, Volodymyr Zelensky met the envoy.",
            "Volodymyr Zelensky",
        ),
    ] {
        let doc = resolve(text, DAY);
        let listing = render_mentions(&doc);
        let subject = actor(&doc, name).unwrap_or_else(|| panic!("{listing}"));
        for object in ["the minister", "the envoy"] {
            if let Some(o) = actor(&doc, object) {
                assert_ne!(o.name, subject.name, "{text}\n{listing}");
            }
        }
    }
    // across a reporting verb the description may still be the speaker's counterpart or
    // himself: only the clause's own subject is excluded
    let doc = resolve(
        "Sergei Lavrov arrived in Geneva. He said the minister would speak later.",
        DAY,
    );
    let listing = render_mentions(&doc);
    assert!(actor(&doc, "the minister").is_some(), "{listing}");
}

#[test]
fn plural_members_exclude_the_clauses_own_subject_and_its_country() {
    let doc = resolve(
        "Kenyan President William Ruto met Turkish President Recep Tayyip Erdogan. \
         Somali President Hassan Sheikh Mohamud hosted them. Somalia invited both leaders \
         to the summit.",
        Some((2024, 3, 1)),
    );
    let listing = render_mentions(&doc);
    let members: Vec<&str> = doc
        .mentions
        .iter()
        .filter(|m| doc.slice(m.span).ends_with("both leaders"))
        .filter_map(|m| doc.actors.get(m.actor as usize))
        .map(|a| a.code.as_deref().unwrap_or("-"))
        .collect();
    assert!(!members.iter().any(|c| c.starts_with("SOM")), "{listing}");
}

#[test]
fn coordinated_demonyms_before_one_noun_are_one_group_a_country() {
    let doc = resolve(
        "The talks between top Swedish and Finnish officials will take place next week.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let codes: Vec<&str> = doc
        .actors
        .iter()
        .filter_map(|a| a.code.as_deref())
        .collect();
    assert!(codes.contains(&"SWEGOV"), "{listing}");
    assert!(codes.contains(&"FINGOV"), "{listing}");
}

#[test]
fn a_bare_surname_of_the_only_kb_person_so_named_in_office_is_that_person() {
    let doc = resolve("Lavrov met Blinken on Friday.", DAY);
    let listing = render_mentions(&doc);
    assert_eq!(
        actor(&doc, "Lavrov").and_then(|a| a.code.as_deref()),
        Some("RUSGOV"),
        "{listing}"
    );
    assert_eq!(
        actor(&doc, "Blinken").and_then(|a| a.code.as_deref()),
        Some("USAGOV"),
        "{listing}"
    );
    // a month is never a surname
    let doc = resolve(
        "Talks resumed in May. May said the deal was done.",
        Some((2018, 3, 1)),
    );
    let listing = render_mentions(&doc);
    assert!(actor(&doc, "May").is_none(), "{listing}");
}

#[test]
fn a_government_title_before_the_name_overrides_a_past_kb_office() {
    // the KB ends Kuleba's term as foreign minister in 2024
    let doc = resolve(
        "Foreign Minister Dmytro Kuleba said the talks would resume.",
        Some((2026, 1, 16)),
    );
    let listing = render_mentions(&doc);
    let a = actor(&doc, "Foreign Minister Dmytro Kuleba").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.code.as_deref(), Some("UKRGOV"), "{listing}");
    // "former" keeps the former officeholder
    let doc = resolve(
        "Former Foreign Minister Dmytro Kuleba said the talks would resume.",
        Some((2026, 1, 16)),
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.actors
            .iter()
            .any(|a| a.name == "Dmytro Kuleba" && a.code.as_deref() == Some("UKRELI")),
        "{listing}"
    );
}

#[test]
fn sybiha_is_foreign_minister_in_the_cabinet_formed_in_july_2025() {
    let doc = resolve(
        "Andrii Sybiha said the talks would resume.",
        Some((2026, 1, 16)),
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        actor(&doc, "Andrii Sybiha").and_then(|a| a.code.as_deref()),
        Some("UKRGOV"),
        "{listing}"
    );
}

/// No mention starts at the word after `cue` (the capital it names is a place there).
fn no_mention_after(doc: &Document, cue: &str) -> bool {
    let at = doc
        .text
        .find(cue)
        .map(|i| i + cue.rfind(' ').unwrap_or(0) + 1);
    at.is_some()
        && !doc
            .mentions
            .iter()
            .any(|m| Some(m.span.start as usize) == at)
}

#[test]
fn a_capital_a_team_is_sent_or_someone_returns_to_is_a_place_not_its_government() {
    let doc = resolve(
        "The African Union offered to send a mediation team to Yaounde. \
         The delegation would return to Cairo next week, officials said. \
         Chad deployed troops to Bangui.",
        DAY,
    );
    let listing = render_mentions(&doc);
    for cue in ["team to Yaounde", "return to Cairo", "troops to Bangui"] {
        assert!(no_mention_after(&doc, cue), "{cue}: {listing}");
    }
}

#[test]
fn a_capital_receiving_a_letter_or_speaking_stays_its_government() {
    let doc = resolve(
        "The African Union sent a letter to Yaounde. Cairo said it would return to the talks.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let yaounde = actor(&doc, "Yaounde").and_then(|a| a.code.as_deref());
    assert_eq!(yaounde, Some("CMRGOV"), "{listing}");
    let cairo = actor(&doc, "Cairo").and_then(|a| a.code.as_deref());
    assert_eq!(cairo, Some("EGYGOV"), "{listing}");
}

#[test]
fn a_countrys_economy_or_trade_ministry_is_its_government() {
    let doc = resolve(
        "Mexico's Economy Ministry denied the report. Brazil's Trade Ministry said exports rose.",
        DAY,
    );
    let listing = render_mentions(&doc);
    for (name, code) in [("Economy Ministry", "MEXGOV"), ("Trade Ministry", "BRAGOV")] {
        let m = doc
            .mentions
            .iter()
            .find(|m| doc.slice(m.span).ends_with(name))
            .unwrap_or_else(|| panic!("{name}: {listing}"));
        let a = &doc.actors[m.actor as usize];
        assert_eq!(a.code.as_deref(), Some(code), "{name}: {listing}");
    }
}

#[test]
fn a_ministry_of_no_named_country_gets_no_country() {
    let doc = resolve("The Economy Ministry denied the report.", DAY);
    let listing = render_mentions(&doc);
    assert!(
        doc.mentions
            .iter()
            .all(|m| doc.actors[m.actor as usize].country.is_none()),
        "{listing}"
    );
}

/// The actor of the mention whose text ends with `text`.
fn actor_ending<'d>(doc: &'d Document, text: &str) -> Option<&'d Actor> {
    doc.mentions
        .iter()
        .find(|m| doc.slice(m.span).ends_with(text))
        .and_then(|m| doc.actors.get(m.actor as usize))
}

#[test]
fn a_country_before_trade_representative_and_a_name_is_one_government_person() {
    let doc = resolve(
        "US Trade Representative Ana Lind rejected the proposal. \
         Japan's trade representative met her.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let a = actor_ending(&doc, "Ana Lind").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.name, "Ana Lind", "{listing}");
    assert_eq!(a.code.as_deref(), Some("USAGOV"), "{listing}");
    assert!(
        !doc.actors.iter().any(|x| x.name.contains("Representative")),
        "{listing}"
    );
}

#[test]
fn a_three_word_name_after_a_role_is_one_person_even_when_the_tagger_stops_early() {
    let doc = resolve(
        "Opposition candidate Issa Tchiroma Bakary rejected the results. \
         Cameroonian opposition candidate Ana Lund agreed.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let a = actor_ending(&doc, "Issa Tchiroma Bakary").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(a.name, "Issa Tchiroma Bakary", "{listing}");
    assert_eq!(a.kind.as_str(), "person", "{listing}");
    assert!(!doc.actors.iter().any(|x| x.name == "Issa"), "{listing}");
    let b = actor_ending(&doc, "Ana Lund").unwrap_or_else(|| panic!("{listing}"));
    assert_eq!(b.code.as_deref(), Some("CMROPP"), "{listing}");
}

#[test]
fn a_name_run_after_a_role_stops_before_a_capitalised_organisation_word() {
    let doc = resolve(
        "Opposition leader Issa Tchiroma Bakary Group rejected the results.",
        DAY,
    );
    let listing = render_mentions(&doc);
    assert!(
        !doc.actors
            .iter()
            .any(|x| x.name == "Issa Tchiroma Bakary" && x.kind.as_str() == "person"),
        "{listing}"
    );
}

#[test]
fn two_capitalised_words_between_a_closed_quote_and_a_report_verb_are_a_person() {
    let doc = resolve(
        "\"We are ready to talk,\" Aminatou Bello said. \
         \"Is it over?\" Ana Lund asked. \
         \"We will wait,\" a party spokeswoman, Amina Bello, said.",
        DAY,
    );
    let listing = render_mentions(&doc);
    for name in ["Aminatou Bello", "Ana Lund", "Amina Bello"] {
        let a = actor(&doc, name).unwrap_or_else(|| panic!("{name}: {listing}"));
        assert_eq!(a.kind.as_str(), "person", "{name}: {listing}");
    }
}

#[test]
fn a_country_or_words_without_a_report_verb_after_a_quote_are_no_new_person() {
    let doc = resolve(
        "\"We will fight,\" South Africa said. \"We will fight,\" Aminatou Bello wrote in red.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let za = actor(&doc, "South Africa").and_then(|a| a.code.as_deref());
    assert_eq!(za, Some("ZAF"), "{listing}");
    assert!(
        !doc.actors.iter().any(|x| x.kind.as_str() == "person"),
        "{listing}"
    );
}
