//! Session 29, known gaps: a wire dateline whose place is written in title case
//! ("Beirut (Reuters) -") gives the place and the outlet, as one in capitals does; an
//! ordinary title-case opening stays prose. Invented text.

use attache_io::dateline::parse_dateline;

/// (place, outlet, story left) of a dateline, or `None`.
fn read(line: &str) -> Option<(String, Option<String>, &str)> {
    let d = parse_dateline(line)?;
    assert_eq!(d.published, None, "{line:?} has no date");
    Some((d.place?, d.outlet, &line[d.consumed..]))
}

#[test]
fn a_title_case_place_before_a_wire_credit_and_a_dash_is_a_dateline() {
    let (place, outlet, story) =
        read("Beirut (Reuters) - The army said it had seized a weapons cache.").unwrap();
    assert_eq!(
        (place.as_str(), outlet.as_deref(), story),
        (
            "Beirut",
            Some("Reuters"),
            "The army said it had seized a weapons cache."
        )
    );
    let (place, outlet, story) =
        read("New York (AFP) \u{2013} The mayor opened the new bridge on Monday.").unwrap();
    assert_eq!(
        (place.as_str(), outlet.as_deref(), story),
        (
            "New York",
            Some("AFP"),
            "The mayor opened the new bridge on Monday."
        )
    );
    let (place, _, _) = read("Mombasa, Kenya (AP) -- Dockworkers ended their strike.").unwrap();
    assert_eq!(place, "Mombasa, Kenya");
}

#[test]
fn a_title_case_opening_without_a_credit_and_a_dash_is_prose() {
    for line in [
        "Beirut - The army said it had seized a weapons cache.",
        "Beirut (Reuters) said the army had seized a weapons cache.",
        "Officials (two of them) - said the talks had failed.",
        "Senator Smith (the committee chair) - A short aside.",
        "Beirut (Reuters): The army said it had seized a cache.",
        "Beirut (Reuters) - the army said it had seized a cache.",
    ] {
        assert!(parse_dateline(line).is_none(), "{line:?} is no dateline");
    }
}
