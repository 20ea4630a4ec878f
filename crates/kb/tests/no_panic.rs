//! No input text makes a lookup or an importer panic.

use attache_core::Date;
use attache_kb::import::phoenix::import_phoenix_with;
use attache_kb::import::wikidata::import_wikidata_reader;
use attache_kb::{norm, Kb, Office};
use proptest::prelude::*;
use std::sync::OnceLock;

fn kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| Kb::embedded().expect("embedded KB loads"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn lookups_never_panic(text in "\\PC{0,40}", y in 1800i32..2100, m in 1u32..13, d in 1u32..29) {
        let kb = kb();
        let date = Date::new(y, m, d);
        let _ = kb.lookup(&text, date);
        let _ = kb.country(&text);
        let _ = kb.seat(&text);
        let _ = kb.igo(&text);
        let _ = kb.agent(&text);
        let _ = kb.office_for_title(&text, Some("USA"));
        let _ = kb.person(&text);
        if let Some(date) = date {
            let _ = kb.officeholders(&text, Office::HeadOfState, date);
            let _ = kb.officeholder(&text, Office::ForeignMinister, date);
        }
        let _ = attache_kb::cli::lookup_report(kb, &text, date);
        let _ = attache_kb::cli::parse_date_arg(&text);
    }

    #[test]
    fn folding_is_idempotent(text in "\\PC{0,40}") {
        let once = norm::fold(&text);
        prop_assert_eq!(norm::fold(&once), once.clone());
        let _ = norm::slug(&text);
    }

    #[test]
    fn phoenix_importer_survives_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = import_phoenix_with(bytes.as_slice(), "random", kb());
    }

    #[test]
    fn phoenix_importer_survives_dictionary_shaped_noise(
        lines in proptest::collection::vec("[A-Z_!{}\\[\\]~+<>0-9 #-]{0,30}", 0..20)
    ) {
        let text = lines.join("\n");
        let _ = import_phoenix_with(text.as_bytes(), "noise", kb());
    }

    #[test]
    fn wikidata_importer_survives_malformed_entities(
        lines in proptest::collection::vec(
            prop_oneof![
                Just("{\"id\":\"Q1\",\"claims\":{\"P39\":[{\"mainsnak\":{}}]}},".to_string()),
                Just("{\"id\":\"Q2\",\"labels\":{\"en\":{\"value\":\"X\"}},\"claims\":{\"P39\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q3\"}}},\"qualifiers\":{\"P580\":[{\"datavalue\":{\"value\":{\"time\":\"-0044-13-99T00:00:00Z\",\"precision\":11}}}]}}]}},".to_string()),
                "\\PC{0,60}",
            ],
            0..12,
        )
    ) {
        let text = format!("[\n{}\n]", lines.join("\n"));
        let _ = import_wikidata_reader(text.as_bytes(), "noise", kb());
    }
}
