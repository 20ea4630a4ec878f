//! Undated wire datelines: the place (and the outlet) a story was filed from, read without
//! a date, and the ordinary openings that must never be taken for one. Invented text.

use attache_io::dateline::parse_dateline;
use attache_io::text::plain_document;

/// (place, outlet, story left) of a dateline, or `None`.
fn read(line: &str) -> Option<(String, Option<String>, &str)> {
    let d = parse_dateline(line)?;
    assert_eq!(d.published, None, "{line:?} has no date");
    Some((d.place?, d.outlet, &line[d.consumed..]))
}

fn place_of(line: &str) -> Option<String> {
    read(line).map(|(p, _, _)| p)
}

#[test]
fn a_wire_credit_and_a_double_dash_end_the_dateline() {
    let (place, outlet, story) =
        read("WASHINGTON (AP) -- The committee approved the budget late on Tuesday.").unwrap();
    assert_eq!(place, "WASHINGTON");
    assert_eq!(outlet.as_deref(), Some("AP"));
    assert_eq!(story, "The committee approved the budget late on Tuesday.");
}

#[test]
fn a_region_after_the_place_stays_with_it_and_an_underscore_is_a_dash() {
    let (place, outlet, story) =
        read("MOMBASA, Kenya (AP) _ Dockworkers ended their strike on Monday.").unwrap();
    assert_eq!(place, "MOMBASA, Kenya");
    assert_eq!(outlet.as_deref(), Some("AP"));
    assert_eq!(story, "Dockworkers ended their strike on Monday.");
    let (place, _, story) =
        read("SPRINGFIELD, Mass. (AP)_ A school board member resigned.").unwrap();
    assert_eq!(
        (place.as_str(), story),
        ("SPRINGFIELD, Mass.", "A school board member resigned.")
    );
    let (place, _, _) = read("JOPLIN, MO. (AP)-- Voters turned out early.").unwrap();
    assert_eq!(place, "JOPLIN, MO.");
}

#[test]
fn a_place_of_several_words_and_a_plain_hyphen() {
    let (place, outlet, story) =
        read("UNITED NATIONS (Reuters) - Envoys met behind closed doors.").unwrap();
    assert_eq!(place, "UNITED NATIONS");
    assert_eq!(outlet.as_deref(), Some("Reuters"));
    assert_eq!(story, "Envoys met behind closed doors.");
    assert_eq!(
        place_of("SAN JUAN DEL SUR (AP) - Fishermen stayed in port.").as_deref(),
        Some("SAN JUAN DEL SUR")
    );
}

#[test]
fn an_em_dash_or_a_horizontal_bar_alone_ends_a_dateline() {
    let (place, outlet, story) =
        read("HANOI \u{2014} Officials opened a new bridge over the river.").unwrap();
    assert_eq!((place.as_str(), outlet), ("HANOI", None));
    assert_eq!(story, "Officials opened a new bridge over the river.");
    assert_eq!(
        place_of("TBILISI \u{2015}\u{a0}Protesters gathered outside the parliament.").as_deref(),
        Some("TBILISI")
    );
    assert_eq!(
        place_of("LA PAZ\u{2014}Miners blocked a highway for a third day.").as_deref(),
        Some("LA PAZ")
    );
}

#[test]
fn a_colon_ends_a_dateline_with_a_credit_or_region() {
    let (place, outlet, story) =
        read("KARACHI (Dawn Wire): The port reopened after the storm.").unwrap();
    assert_eq!(place, "KARACHI");
    assert_eq!(outlet.as_deref(), Some("Dawn Wire"));
    assert_eq!(story, "The port reopened after the storm.");
    assert_eq!(
        place_of("PUNE, India: The city council approved a new bus line.").as_deref(),
        Some("PUNE, India")
    );
}

#[test]
fn a_day_without_a_year_is_read_past_and_gives_no_date() {
    let (place, outlet, story) =
        read("OSLO, Feb. 9 (Xinhua) -- Norway pledged more aid to the region.").unwrap();
    assert_eq!(place, "OSLO");
    assert_eq!(outlet.as_deref(), Some("Xinhua"));
    assert_eq!(story, "Norway pledged more aid to the region.");
    let (place, outlet, _) =
        read("AUSTIN, Texas, March 3 (UPI) \u{2014} Lawmakers met again.").unwrap();
    assert_eq!(
        (place.as_str(), outlet.as_deref()),
        ("AUSTIN, Texas", Some("UPI"))
    );
}

#[test]
fn a_dateline_alone_on_its_line_is_read_whole() {
    for (line, place) in [
        ("MOMBASA, Kenya (AP) _", "MOMBASA, Kenya"),
        ("CHICAGO (AP) --", "CHICAGO"),
        ("CHICAGO _", "CHICAGO"),
    ] {
        let (p, _, story) = read(line).unwrap();
        assert_eq!((p.as_str(), story), (place, ""), "{line:?}");
    }
}

#[test]
fn a_capitalised_subject_is_no_dateline() {
    for line in [
        "NATO said on Friday that its ministers would meet.",
        "US troops crossed the river at dawn.",
        "OPEC members agreed to cut output.",
        "UNESCO, the agency, said the site was at risk.",
        "ACME Corp. said profits rose.",
        "TRAVCO Inc., Denver, said it would expand.",
        "BRAZIL's central bank raised rates.",
        "NATO \u{2014} which marks an anniversary this year \u{2014} met in private.",
    ] {
        assert_eq!(place_of(line), None, "{line:?}");
    }
}

#[test]
fn a_short_acronym_before_a_dash_is_no_place() {
    for line in [
        "US \u{2014} China trade talks resumed in the autumn.",
        "EU - Members disagreed over the budget.",
        "UN: Agencies warned of a poor harvest.",
        "PARIS, EU \u{2014} Ministers met.",
    ] {
        assert_eq!(place_of(line), None, "{line:?}");
    }
}

#[test]
fn a_heading_in_capitals_or_a_label_is_no_dateline() {
    for line in [
        "BREAKING: Ministers walked out of the talks this morning.",
        "EXCLUSIVE \u{2014} The mayor kept a second account.",
        "UPDATE: 4/2 \u{2014} The company issued a correction.",
        "RUSSIA - UKRAINE TALKS END",
        "PEACE TALKS \u{2014} A New Hope For The Region",
        "US, UK AND FRANCE \u{2014} Leaders met.",
        "ELECTION NIGHT:",
        "SUMMIT \u{2014}",
    ] {
        assert_eq!(place_of(line), None, "{line:?}");
    }
}

#[test]
fn a_speaker_label_before_a_colon_is_no_dateline() {
    assert_eq!(
        place_of("MORALES: Good evening, and welcome to the programme tonight."),
        None
    );
}

#[test]
fn an_undated_dateline_opening_the_first_paragraph_leaves_the_body() {
    let raw = "Dockers End Strike\n\nMOMBASA, Kenya (AP) _ Dockworkers ended their strike on Monday.\n\nThe union said talks would go on.\n";
    let (doc, d) = plain_document(raw, true);
    assert_eq!(
        doc.text,
        "Dockworkers ended their strike on Monday.\nThe union said talks would go on."
    );
    assert_eq!(doc.source.dateline.as_deref(), Some("MOMBASA, Kenya"));
    assert_eq!(doc.source.outlet.as_deref(), Some("AP"));
    assert_eq!(doc.published, None);
    assert!(d.is_some());
}

#[test]
fn an_undated_dateline_paragraph_alone_leaves_no_heading_behind() {
    let raw = "CHICAGO (AP) --\n\nThe council voted to close two schools.\n\nParents said they would appeal.\n";
    let (doc, _) = plain_document(raw, false);
    assert_eq!(doc.source.dateline.as_deref(), Some("CHICAGO"));
    assert_eq!(doc.source.outlet.as_deref(), Some("AP"));
    assert_eq!(doc.blocks.len(), 2);
    assert!(doc.text.starts_with("The council voted"), "{}", doc.text);
}

#[test]
fn a_headline_in_capitals_stays_the_title() {
    let raw = "CRISIS: Talks Collapse\n\nThe ministers left the room early.\n";
    let (doc, _) = plain_document(raw, true);
    assert_eq!(doc.title.as_deref(), Some("CRISIS: Talks Collapse"));
    assert_eq!(doc.source.dateline, None);
}

#[test]
fn a_dated_dateline_still_gives_its_date_and_place() {
    let d = parse_dateline("QUITO, 4 May 2021 (Reuters) - Ecuador said.").unwrap();
    assert_eq!(d.published.map(|p| p.iso()).as_deref(), Some("2021-05-04"));
    assert_eq!(d.place.as_deref(), Some("QUITO"));
}

#[test]
fn a_dateline_after_a_headline_left_in_the_body_is_read() {
    let raw = "Council delays the vote on schools.\n\nTOLEDO, Ohio (AP) \u{2014} The council put off its vote until spring.\n\nParents welcomed the delay.\n";
    let (doc, _) = plain_document(raw, true);
    assert_eq!(doc.source.dateline.as_deref(), Some("TOLEDO, Ohio"));
    assert_eq!(
        doc.text,
        "Council delays the vote on schools.\nThe council put off its vote until spring.\nParents welcomed the delay."
    );
}

#[test]
fn a_dateline_after_a_first_paragraph_of_prose_stays_text() {
    let raw = "The council met on Monday, and after a long and at times angry debate it put off its vote on the two schools until the spring, when the state budget and the new enrolment figures for both districts are finally known to the members and to the parents.\n\nTOLEDO, Ohio (AP) \u{2014} Parents welcomed the delay.\n";
    let (doc, _) = plain_document(raw, false);
    assert_eq!(doc.source.dateline, None);
    assert!(doc.text.contains("TOLEDO, Ohio (AP)"));
}

#[test]
fn a_dateline_after_a_question_headline_and_a_standfirst_is_read() {
    let raw = "Will the council delay the vote?\n\nParents and teachers wait for a decision on two schools.\n\nTOLEDO, Ohio (AP) \u{2014} The council put off its vote until spring.\n\nParents welcomed the delay.\n";
    let (doc, _) = plain_document(raw, false);
    assert_eq!(doc.source.dateline.as_deref(), Some("TOLEDO, Ohio"));
    assert!(doc.text.contains("\nThe council put off"), "{}", doc.text);
}

#[test]
fn a_dateline_in_the_fourth_paragraph_stays_text() {
    let raw =
        "One.\n\nTwo.\n\nThree.\n\nTOLEDO, Ohio (AP) \u{2014} The council put off its vote.\n";
    let (doc, _) = plain_document(raw, false);
    assert_eq!(doc.source.dateline, None);
}

/// The documents `read_bytes` makes of `bytes` named `name`.
fn read_all(name: &str, bytes: &[u8]) -> Vec<attache_core::Document> {
    let mut got = Vec::new();
    attache_io::read_bytes(name, bytes, &attache_io::ReadOptions::default(), &mut |a| {
        got.push(a.doc)
    });
    got
}

#[test]
fn an_html_article_gives_its_undated_dateline_and_credit() {
    let html = b"<html><head><title>Miners block road</title></head><body><article>\
        <p>CUSCO, Peru (Reuters) - Miners blocked a highway for a third day on Sunday, \
        local officials said.</p><p>Talks with the ministry are planned for the week.</p>\
        </article></body></html>";
    let docs = read_all("miners.html", html);
    let doc = &docs[0];
    assert_eq!(doc.source.dateline.as_deref(), Some("CUSCO, Peru"));
    assert_eq!(doc.source.outlet.as_deref(), Some("Reuters"));
    assert!(
        doc.text.starts_with("Miners blocked a highway"),
        "{}",
        doc.text
    );
}

#[test]
fn a_json_record_keeps_its_own_outlet_and_date_over_the_datelines() {
    let json = br#"{"title": "Port reopens", "outlet": "Harbour Daily", "published": "2021-04-02", "text": "VALPARAISO, Chile (AP) _\n\nThe port reopened after the storm, its operator said."}"#;
    let docs = read_all("port.json", json);
    let doc = &docs[0];
    assert_eq!(doc.source.dateline.as_deref(), Some("VALPARAISO, Chile"));
    assert_eq!(doc.source.outlet.as_deref(), Some("Harbour Daily"));
    assert_eq!(
        doc.published.map(|p| p.iso()).as_deref(),
        Some("2021-04-02")
    );
    assert_eq!(
        doc.text,
        "The port reopened after the storm, its operator said."
    );
}
