//! Session 29, dateline29: a wire's column or rubric name before a credit and a dash
//! ("Breaking News (Reuters) -", "Analysis (Reuters) -") is no title-case dateline; a
//! place's is. Invented text.

use attache_io::dateline::parse_dateline;

#[test]
fn a_rubric_name_before_a_wire_credit_is_no_dateline() {
    for line in [
        "Breaking News (Reuters) - The army said it had found a tunnel.",
        "Analysis (Reuters) - Investors weighed the central bank's next move.",
        "Taking Stock (Reuters) - Shares rose in early trade.",
        "Exclusive (Reuters) - The ministry plans to sell its stake.",
        "Factbox (Reuters) - Here are the main candidates.",
        "Market Wrap (AFP) - Asian shares slipped on Monday.",
        "Explainer (AP) - What the new law means for tenants.",
    ] {
        let place = parse_dateline(line).and_then(|d| d.place);
        assert_eq!(place, None, "{line:?} names no place");
    }
}

#[test]
fn a_place_before_a_wire_credit_stays_a_dateline() {
    for (line, place) in [
        (
            "Reading (Reuters) - The council approved a new bus depot.",
            "Reading",
        ),
        (
            "Little Rock (AP) - The police arrested two men.",
            "Little Rock",
        ),
        (
            "Addis Ababa (Reuters) - Officials said the dam would open.",
            "Addis Ababa",
        ),
    ] {
        let got = parse_dateline(line).and_then(|d| d.place);
        assert_eq!(got.as_deref(), Some(place), "{line:?}");
    }
}
