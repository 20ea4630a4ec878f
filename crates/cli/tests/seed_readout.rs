//! The project's first acceptance test: what ../shared/seed/EXPECTED.md says a correct
//! readout of the seed article holds, checked on `attache code --format jsonl` output.
//! The article is read from ../shared at test time (never copied into the repository).

use crate::common;
use common::*;
use serde_json::Value;

fn seed() -> Option<Value> {
    let shared = shared()?;
    let seed = shared.join("seed/000_3f578599382f4b0e.txt");
    let (docs, stderr, code) = code_jsonl(&[seed.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    Some(docs.into_iter().next().expect("one article"))
}

fn text_at(a: &Value, v: &Value) -> String {
    char_slice(a["text"].as_str().unwrap(), v)
}

/// The actor (in `actors`) with a mention whose text is `mention`.
fn actor_of_mention<'a>(a: &'a Value, mention: &str) -> Option<&'a Value> {
    a["actors"].as_array()?.iter().find(|act| {
        act["mentions"]
            .as_array()
            .is_some_and(|ms| ms.iter().any(|m| m["text"] == mention))
    })
}

fn name(v: &Value) -> &str {
    v["name"].as_str().unwrap_or("")
}

#[test]
fn seed_actors_resolve_names_and_descriptions() {
    let Some(a) = seed() else { return };
    let expect = [
        (
            "Russian Foreign Minister Sergei Lavrov",
            "Sergei Lavrov",
            "RUSGOV",
        ),
        ("Antony Blinken", "Antony Blinken", "USAGOV"),
        ("Joe Biden", "Joe Biden", "USAGOV"),
        ("Vladimir Putin", "Vladimir Putin", "RUSGOV"),
        ("the foreign minister", "Sergei Lavrov", "RUSGOV"),
        ("the Russian diplomat", "Sergei Lavrov", "RUSGOV"),
        ("the US secretary of state", "Antony Blinken", "USAGOV"),
    ];
    for (mention, who, code) in expect {
        let act = actor_of_mention(&a, mention)
            .or_else(|| {
                // Mention spans may include or exclude a leading determiner or title.
                a["actors"].as_array().unwrap().iter().find(|act| {
                    act["mentions"].as_array().unwrap().iter().any(|m| {
                        let t = m["text"].as_str().unwrap().to_lowercase();
                        let want = mention.to_lowercase();
                        want.ends_with(&t) || t.ends_with(&want)
                    }) && name(act) == who
                })
            })
            .unwrap_or_else(|| panic!("no actor mention {mention:?}"));
        assert_eq!(name(act), who, "{mention:?}");
        assert_eq!(act["code"], code, "{mention:?}");
    }
    let nato = a["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["code"] == "IGOWSTNAT")
        .expect("NATO");
    assert!(
        nato["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["text"].as_str().unwrap().contains("alliance")),
        "`the alliance` resolves to NATO: {nato}"
    );
    for (mention, country) in [
        ("Moscow", "RUS"),
        ("Washington", "USA"),
        ("Kiev", "UKR"),
        ("Russia", "RUS"),
    ] {
        let act = actor_of_mention(&a, mention).unwrap_or_else(|| panic!("no actor for {mention}"));
        assert_eq!(act["country"], country, "{mention}");
    }
    let blinken = a["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| name(x) == "Antony Blinken")
        .unwrap();
    assert!(
        blinken["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["text"].as_str().unwrap().starts_with("He")),
        "`He [Blinken]` resolves to Blinken"
    );
}

fn quote_by<'a>(a: &'a Value, needle: &str) -> &'a Value {
    a["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["text"].as_str().unwrap().contains(needle))
        .unwrap_or_else(|| panic!("no quote containing {needle:?}"))
}

#[test]
fn seed_quotes_have_their_speakers_and_kinds() {
    let Some(a) = seed() else { return };
    let expect = [
        (
            "Our American colleagues once again",
            "direct",
            "Sergei Lavrov",
        ),
        ("But we ended with an agreement", "direct", "Sergei Lavrov"),
        ("You mentioned the statement", "direct", "Sergei Lavrov"),
        (
            "I have not heard a single argument",
            "direct",
            "Sergei Lavrov",
        ),
        (
            "promised to explain how the US views",
            "direct",
            "Sergei Lavrov",
        ),
        (
            "We've been clear if any Russian military forces",
            "direct",
            "Antony Blinken",
        ),
        ("Based on our discussion", "direct", "Antony Blinken"),
        (
            "Blinken promised that Washington would submit",
            "indirect",
            "Sergei Lavrov",
        ),
        (
            "Russia has never threatened the Ukrainian people and is not planning",
            "indirect",
            "Sergei Lavrov",
        ),
        (
            "NATO sees Ukraine as its own sphere of influence",
            "indirect",
            "Sergei Lavrov",
        ),
        ("frank", "mixed", "Antony Blinken"),
        ("severe response", "mixed", "Antony Blinken"),
        ("reduce emotions", "mixed", "Sergei Lavrov"),
        ("always ready", "mixed", "Sergei Lavrov"),
        ("fully prepared", "mixed", "Antony Blinken"),
    ];
    for (needle, kind, who) in expect {
        let q = quote_by(&a, needle);
        assert_eq!(q["kind"], kind, "kind of {needle:?}: {q}");
        assert_eq!(name(&q["speaker"]), who, "speaker of {needle:?}: {q}");
    }
    let src = quote_by(&a, "may meet again in February");
    assert_eq!(src["kind"], "indirect");
    assert_eq!(
        src["speaker"]["country"], "RUS",
        "the delegation source is Russian: {src}"
    );
}

fn events_with<'a>(a: &'a Value, root: &str) -> Vec<&'a Value> {
    a["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["cameo"].as_str().unwrap().starts_with(root))
        .collect()
}

fn country(v: &Value) -> &str {
    v["country"]
        .as_str()
        .or_else(|| v["code"].as_str())
        .unwrap_or("")
}

#[test]
fn seed_events_are_coded_with_dyads_dates_and_flags() {
    let Some(a) = seed() else { return };
    let meeting = events_with(&a, "04")
        .into_iter()
        .find(|e| {
            e["date"] == "2022-01-21"
                && e["place"]["name"]
                    .as_str()
                    .is_some_and(|p| p.contains("Geneva"))
        })
        .unwrap_or_else(|| panic!("no 04 meeting on 2022-01-21 in Geneva: {:#}", a["events"]));
    let pair = [country(&meeting["source"]), country(&meeting["target"])];
    assert!(pair.contains(&"RUS") && pair.contains(&"USA"), "{meeting}");

    let threat = events_with(&a, "13")
        .into_iter()
        .find(|e| country(&e["source"]) == "USA")
        .unwrap_or_else(|| panic!("no USA 13 threat: {:#}", a["events"]));
    assert_eq!(threat["hypothetical"], true, "{threat}");

    assert!(
        events_with(&a, "10")
            .iter()
            .any(|e| country(&e["source"]) == "RUS" && country(&e["target"]) == "USA"),
        "Moscow calls on Washington: RUS -> USA 10"
    );
    assert!(
        events_with(&a, "10")
            .iter()
            .any(|e| country(&e["source"]) == "RUS"
                && e["target"]["code"] == "IGOWSTNAT"
                && e["date"] == "2021-12"),
        "the December 2021 proposals: RUS -> NATO 10, dated 2021-12"
    );
    assert!(
        events_with(&a, "03")
            .iter()
            .any(|e| country(&e["source"]) == "USA" && country(&e["target"]) == "RUS"),
        "the promised written response: USA -> RUS 03"
    );
}

/// EXPECTED.md's last events: the separate security negotiations Moscow held with the US
/// and with NATO before this meeting, each a 04 CONSULT in both directions (symmetric).
#[test]
fn seed_earlier_negotiations_with_us_and_nato_are_both_consultations() {
    let Some(a) = seed() else { return };
    let consults = events_with(&a, "04");
    let has = |src: &dyn Fn(&Value) -> bool, tgt: &dyn Fn(&Value) -> bool| {
        consults
            .iter()
            .any(|e| e["evidence"]["trigger"] != "met" && src(&e["source"]) && tgt(&e["target"]))
    };
    let rus = |v: &Value| country(v) == "RUS";
    let usa = |v: &Value| country(v) == "USA";
    let nato = |v: &Value| v["code"] == "IGOWSTNAT";
    assert!(
        has(&rus, &usa) && has(&usa, &rus),
        "RUS <-> USA negotiations"
    );
    assert!(
        has(&rus, &nato) && has(&nato, &rus),
        "RUS <-> NATO negotiations"
    );
}

#[test]
fn seed_commitments_have_parties_deadlines_and_conditions() {
    let Some(a) = seed() else { return };
    let cs = a["commitments"].as_array().unwrap();
    let promise = cs
        .iter()
        .find(|c| {
            c["kind"] == "promise" && c["content"].as_str().unwrap().contains("written response")
        })
        .unwrap_or_else(|| panic!("no promise of a written response: {cs:#?}"));
    assert_eq!(country(&promise["by"]), "USA");
    assert_eq!(promise["due"]["start"], "2022-01-24");
    assert_eq!(promise["due"]["end"], "2022-01-30");
    let threat = cs
        .iter()
        .find(|c| {
            c["kind"] == "threat"
                && c["condition"]
                    .as_str()
                    .is_some_and(|t| t.contains("move across Ukraine's border"))
        })
        .unwrap_or_else(|| panic!("no threat on the border condition: {cs:#?}"));
    assert_eq!(country(&threat["by"]), "USA");
    assert_eq!(country(&threat["to"]), "RUS");
    // The article also denies threatening the Ukrainian people; EXPECTED names this one.
    let denial = cs
        .iter()
        .find(|c| {
            c["kind"] == "denial"
                && c["content"]
                    .as_str()
                    .is_some_and(|t| t.contains("invade Ukraine"))
        })
        .unwrap_or_else(|| panic!("no denial of invading Ukraine: {cs:#?}"));
    assert_eq!(country(&denial["by"]), "RUS");
    let demand = cs
        .iter()
        .find(|c| c["kind"] == "demand" && c["to"]["code"] == "IGOWSTNAT")
        .unwrap_or_else(|| panic!("no demand to NATO: {cs:#?}"));
    assert_eq!(country(&demand["by"]), "RUS");
}

#[test]
fn seed_times_and_places_have_their_values() {
    let Some(a) = seed() else { return };
    let times: Vec<(String, String)> = a["times"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                text_at(&a, t),
                t["value"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let has = |text: &str, value: &str| times.iter().any(|(t, v)| t.contains(text) && v == value);
    assert!(has("Friday", "2022-01-21"), "{times:?}");
    assert!(has("next week", "2022-W04"), "{times:?}");
    assert!(has("February", "2022-02"), "{times:?}");
    assert!(has("December 2021", "2021-12"), "{times:?}");
    assert!(
        times
            .iter()
            .filter(|(t, v)| t.contains("December") && v == "2021-12")
            .count()
            >= 2,
        "`rolled out in December` in a January story is December 2021: {times:?}"
    );
    let geneva = a["places"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"].as_str().unwrap().contains("Geneva"))
        .expect("Geneva");
    assert_eq!(geneva["country"], "CHE");
    assert!((geneva["lat"].as_f64().unwrap() - 46.20).abs() < 0.05);
    assert!((geneva["lon"].as_f64().unwrap() - 6.15).abs() < 0.05);
    for p in a["places"].as_array().unwrap() {
        let t = text_at(&a, p);
        assert!(
            !["Moscow", "Washington", "Kiev"].contains(&t.as_str()),
            "capital as actor coded as place: {p}"
        );
    }
}
