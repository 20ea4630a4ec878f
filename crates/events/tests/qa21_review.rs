//! Session 21 review of the events guards (s21-events at 738276d): shapes in which a guard
//! dropped or negated a real act an analyst wants. Invented sentences; each test also holds
//! the reading the guard is meant for, which still codes nothing (or a negated act).

use crate::common;

use common::{coded, doc, none_of, rows};

/// `text` holds an event from `src` whose code starts with `root`, whatever its target.
fn from(text: &str, src: &str, root: &str) {
    let d = doc(text);
    assert!(
        rows(&d).iter().any(
            |(s, _, c)| s.as_deref().is_some_and(|s| s.starts_with(src)) && c.starts_with(root)
        ),
        "{text}: {:?}",
        rows(&d)
    );
}

/// Every event of `text` whose code starts with `root` is negated as `negated` says, and
/// there is one.
fn negated(text: &str, root: &str, negated: bool) {
    let d = doc(text);
    let hits: Vec<_> = d
        .events
        .iter()
        .filter(|e| e.cameo.starts_with(root))
        .map(|e| (e.cameo.clone(), e.negated))
        .collect();
    assert!(
        !hits.is_empty() && hits.iter().all(|(_, n)| *n == negated),
        "{text}: {hits:?}"
    );
}

#[test]
fn an_assurance_of_an_act_to_come_is_a_promise_whatever_the_parse() {
    // The parse hangs the that-clause on the assured party.
    coded(
        "Russian President Vladimir Putin assured French President Emmanuel Macron that \
         Russia would not attack Ukraine.",
        "RUSGOV",
        Some("FRAGOV"),
        "03",
    );
    // "won't", "going to", an infinitive one level down, a present-tense act.
    coded(
        "Canada assured Mexico it won't impose tariffs.",
        "CAN",
        Some("MEX"),
        "03",
    );
    coded(
        "Egypt assured Israel that Egyptian forces were going to stop the smuggling.",
        "EGY",
        Some("ISR"),
        "03",
    );
    coded(
        "Turkey assured Sweden that it is ready to lift its veto.",
        "TUR",
        Some("SWE"),
        "03",
    );
    coded(
        "France assured Chad that French troops remain in Ndjamena.",
        "FRA",
        Some("TCD"),
        "03",
    );
    // Assured of support.
    coded(
        "China assured Pakistan of its full support.",
        "CHN",
        Some("PAK"),
        "03",
    );
    coded(
        "Washington assured Kyiv of continued military aid.",
        "USA",
        None,
        "03",
    );
    // A fact assured is still no promise.
    none_of(
        "The Pentagon assured Congress that no American troops were sent to Niger.",
        "03",
    );
    none_of(
        "The Chilean president assured a crowd of Bolivian miners that their strike was \
         legal.",
        "03",
    );
}

#[test]
fn an_agreement_with_a_clause_of_when_or_why_or_a_date_is_an_agreement() {
    coded(
        "Ukraine agreed to the ceasefire after Russia withdrew its troops.",
        "UKR",
        None,
        "08",
    );
    coded(
        "Armenia agreed to the peace deal when Azerbaijan returned the prisoners.",
        "ARM",
        None,
        "03",
    );
    coded(
        "Israel and Hamas agreed that the ceasefire begins on Monday.",
        "ISR",
        Some("PSE"),
        "08",
    );
    coded(
        "South Korea and Japan agreed that the summit takes place in Seoul in May.",
        "KOR",
        Some("JPN"),
        "03",
    );
    // A view in the present tense, with no date, is still no agreement.
    none_of(
        "The Chilean senator agrees the Bolivian plan works badly for Peru.",
        "03",
    );
}

#[test]
fn an_act_in_vain_or_done_to_the_ones_excepted_is_not_negated() {
    negated(
        "Israeli troops shelled the Lebanese town for hours to no avail.",
        "19",
        false,
    );
    negated(
        "Nigerian police arrested no one but the leader of the march.",
        "17",
        false,
    );
    negated(
        "Ecuadorian troops killed nobody except the gang leader.",
        "18",
        false,
    );
    negated(
        "Nigerian police released the hostages to nobody but the Red Cross.",
        "08",
        false,
    );
    // No one at all: negated.
    negated(
        "Sudanese soldiers killed no one, the Sudanese army said.",
        "18",
        true,
    );
}

#[test]
fn a_hyphenated_verb_followed_by_its_object_is_an_act() {
    coded(
        "Syrian jets carpet-bombed the rebel-held suburb.",
        "SYR",
        None,
        "19",
    );
    coded(
        "Israeli jets have carpet-bombed the northern districts of Gaza.",
        "ISR",
        None,
        "19",
    );
    // A compound adjective before its noun is still no act.
    none_of("Venezuelan-backed militias crossed into Colombia.", "05");
}

#[test]
fn a_politician_marching_or_rallying_with_protesters_demonstrates() {
    from(
        "US Senator Bernie Sanders marched with striking auto workers in Detroit.",
        "USALEG",
        "14",
    );
    from(
        "Georgian President Salome Zourabichvili rallied with protesters in Tbilisi.",
        "GEOGOV",
        "14",
    );
    from(
        "US Senator Elizabeth Warren demonstrated outside the Supreme Court with abortion \
         rights activists.",
        "USALEG",
        "14",
    );
    // A campaign rally is still none.
    none_of(
        "Peruvian President Dina Boluarte rallied in Cusco ahead of the vote.",
        "14",
    );
}

#[test]
fn an_appeal_to_a_bodys_members_or_a_majority_of_states_asks_something_of_them() {
    // "members" and "majority" are no group of voters a candidate draws.
    from(
        "Georgia's foreign minister appealed on Monday to the European Union's members for \
         more border monitors.",
        "GEOGOV",
        "02",
    );
    from(
        "The Kenyan government appealed to a majority of the African Union's states for \
         support of its candidate.",
        "KENGOV",
        "02",
    );
    // A candidate drawing voters still asks nothing.
    none_of(
        "The senator from Ohio is appealing to moderate Republicans in the suburbs.",
        "02",
    );
}

/// Whether the events of `text` from `src` to `tgt` whose code starts with `root` are all
/// hypothetical (`None`: there is no such event).
fn all_hypothetical(text: &str, src: &str, tgt: &str, root: &str) -> Option<bool> {
    let d = doc(text);
    let hits: Vec<bool> = d
        .events
        .iter()
        .filter(|e| {
            e.cameo.starts_with(root)
                && common::code_of(&d, e.source).is_some_and(|c| c.starts_with(src))
                && common::code_of(&d, e.target).is_some_and(|c| c.starts_with(tgt))
        })
        .map(|e| e.hypothetical)
        .collect();
    (!hits.is_empty()).then(|| hits.iter().all(|&h| h))
}

#[test]
fn talks_in_a_before_phrase_that_lie_ahead_are_not_held() {
    // "next", a date after the story's, or a main verb still to come: the talks are ahead.
    for text in [
        "Before talks with Bolivia next month, the Peruvian trade minister will fly to Lima.",
        "Before a meeting with the Chilean president on 20 April 2026, the Peruvian foreign \
         minister said the border would stay open.",
        "Before the coming negotiations with Chile, Peru will name a new envoy.",
    ] {
        assert_eq!(
            all_hypothetical(text, "PER", "", "04"),
            Some(true),
            "{text}: {:?}",
            rows(&doc(text))
        );
    }
    // A meeting before a past act is one that was held.
    let text = "Before a meeting with the Bolivian president on Monday, the Peruvian foreign \
                minister praised the new railway.";
    assert_eq!(
        all_hypothetical(text, "PER", "BOL", "04"),
        Some(false),
        "{text}: {:?}",
        rows(&doc(text))
    );
}

#[test]
fn an_act_judged_with_a_small_clause_is_no_option_weighed() {
    // The predicate the parse hangs inside the object: an adjective after its noun, or a
    // noun phrase with "a".
    none_of(
        "Lima considers the seizure of the Chilean ships unlawful.",
        "014",
    );
    none_of(
        "Bolivia considers the Chilean embargo on its ports a provocation.",
        "014",
    );
    // An act weighed is still one.
    from(
        "Peru is considering an invasion of the disputed Chilean islands.",
        "PER",
        "014",
    );
}

#[test]
fn declining_to_follow_another_actor_is_a_refusal_and_following_suit_is_not() {
    coded(
        "Peru declined to follow Chile in expelling the Bolivian diplomats.",
        "PER",
        Some("CHL"),
        "12",
    );
    coded(
        "Bolivia declined to follow Peru's lead on the fishing quotas.",
        "BOL",
        Some("PER"),
        "12",
    );
    none_of("The Chilean trade minister declined to follow suit.", "12");
}

#[test]
fn a_call_or_letter_to_someone_names_the_partner_of_a_discussion() {
    coded(
        "The Peruvian president discussed the drought in a telephone call to the Chilean \
         president.",
        "PERGOV",
        Some("CHLGOV"),
        "04",
    );
    coded(
        "Peru's foreign minister discussed fishing rights in a letter to Chile.",
        "PERGOV",
        Some("CHL"),
        "04",
    );
    // One speaker on a topic, with no partner, still consults no one.
    none_of(
        "The Peruvian president discussed his pension plan in a long interview.",
        "04",
    );
}
