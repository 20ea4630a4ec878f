//! Session 15 coverage pass: verbs and light-verb phrases that reporters use between two
//! actors and that no lexicon entry caught (found by counting uncoded actor-to-actor clauses
//! in news text), each coded by the CAMEO codebook; and the guards that keep their other
//! senses uncoded. Sentences invented.

use crate::common;

use common::{assert_no_event, codes, doc, has, has_code};

/// `text` holds an event `src` -> `tgt` whose code starts with `code`.
fn coded(text: &str, src: &str, tgt: &str, code: &str) {
    let d = doc(text);
    assert!(has(&d, src, Some(tgt), code), "{text}: {:?}", codes(&d));
}

#[test]
fn taking_a_swipe_at_or_issue_with_an_actor_is_criticism() {
    coded(
        "The Iranian foreign minister took a swipe at France on Monday.",
        "IRN",
        "FRA",
        "111",
    );
    coded(
        "The Iranian foreign minister took issue with France over the nuclear file.",
        "IRN",
        "FRA",
        "111",
    );
    // Taking the stage or a seat is no criticism of anyone.
    assert_no_event(
        "The Iranian foreign minister took his seat at the table with France.",
        |e| e.cameo == "111",
    );
}

#[test]
fn hammering_an_actor_is_criticism_but_shelling_hammers_no_one_in_words() {
    coded(
        "Senator Bernie Sanders hammered Hillary Clinton over her paid speeches.",
        "USA",
        "USA",
        "111",
    );
    assert_no_event(
        "Russian artillery hammered the Ukrainian town of Avdiivka overnight.",
        |e| e.cameo == "111",
    );
}

#[test]
fn exhorting_imploring_lobbying_and_encouraging_an_actor_to_act_are_appeals() {
    coded(
        "The Kenyan president exhorted Uganda to reopen the border.",
        "KEN",
        "UGA",
        "020",
    );
    coded(
        "The Pakistani envoy implored the United Nations to send observers.",
        "PAK",
        "IGOUNO",
        "020",
    );
    coded(
        "Israel lobbied Washington to veto the resolution.",
        "ISR",
        "USA",
        "020",
    );
    coded(
        "The European Union encouraged Serbia to resume talks with Kosovo.",
        "IGOEUREEC",
        "SRB",
        "020",
    );
    // Something that encourages others is no appeal by anyone.
    assert_no_event(
        "Paying ransoms encourages militants to seize more Americans.",
        |e| e.evidence.rule == "coverage.encourage",
    );
}

#[test]
fn making_demands_of_an_actor_is_a_demand() {
    coded(
        "The Brazilian president made demands of Argentina on trade.",
        "BRA",
        "ARG",
        "100",
    );
}

#[test]
fn issuing_a_warning_to_or_cautioning_an_actor_is_disapproval() {
    coded(
        "Beijing issued a warning to Taiwan on Friday.",
        "CHN",
        "TWN",
        "110",
    );
    coded(
        "The Indian minister cautioned Pakistan not to test the ceasefire.",
        "IND",
        "PAK",
        "110",
    );
    // Cautioning that something may happen warns no actor.
    assert_no_event(
        "The German chancellor cautioned that the euro would weaken.",
        |e| e.evidence.rule == "coverage.caution",
    );
}

#[test]
fn lauding_and_throwing_or_signalling_support_behind_an_actor_is_praise() {
    coded(
        "The Canadian prime minister lauded Mexico for its cooperation.",
        "CAN",
        "MEX",
        "051",
    );
    coded(
        "Germany threw its support behind France on the budget rules.",
        "DEU",
        "FRA",
        "051",
    );
    coded(
        "Italy signalled support for Greece in the dispute.",
        "ITA",
        "GRC",
        "051",
    );
    coded(
        "The Russian president offered kind words about Donald Trump.",
        "RUS",
        "USA",
        "051",
    );
    coded(
        "The Spanish prime minister reiterated his support for Portugal.",
        "ESP",
        "PRT",
        "051",
    );
}

#[test]
fn sitting_down_with_an_actor_is_a_consultation() {
    coded(
        "The Saudi king sat down with the Egyptian president in Riyadh.",
        "SAU",
        "EGY",
        "040",
    );
    coded(
        "The Saudi king sat down with the Egyptian president in Riyadh.",
        "EGY",
        "SAU",
        "040",
    );
}

#[test]
fn striking_a_deal_with_an_actor_is_an_agreement_signed() {
    coded(
        "Ukraine struck a deal with Poland on grain transit.",
        "UKR",
        "POL",
        "057",
    );
    coded(
        "Ukraine struck a deal with Poland on grain transit.",
        "POL",
        "UKR",
        "057",
    );
}

#[test]
fn withholding_or_freezing_aid_and_freezing_assets_reduce_relations() {
    coded(
        "The United States withheld aid from Egypt.",
        "USA",
        "EGY",
        "162",
    );
    coded(
        "The European Union froze the assets of Russia's central bank.",
        "IGOEUREEC",
        "RUS",
        "163",
    );
}

#[test]
fn rounding_up_overrunning_and_skirmishing_are_coded() {
    let d = doc("Police rounded up dozens of Egyptian activists.");
    assert!(has_code(&d, "173"), "{:?}", codes(&d));
    let d = doc("Rebels overran the Malian army's base near Gao.");
    assert!(has_code(&d, "192"), "{:?}", codes(&d));
    coded(
        "Indian troops skirmished with Chinese soldiers along the border.",
        "IND",
        "CHN",
        "190",
    );
}

#[test]
fn hosting_a_show_or_a_party_with_no_guest_is_no_visit_hosted() {
    for text in [
        "The former Israeli ambassador hosts a talk show on Sunday nights.",
        "Senator Ted Cruz hosted a fundraiser in Houston on Friday.",
    ] {
        assert_no_event(text, |e| e.cameo == "043");
    }
    // A guest actor keeps the visit hosted.
    coded(
        "Egypt hosted the Sudanese president in Cairo.",
        "EGY",
        "SDN",
        "043",
    );
}

#[test]
fn mounting_an_offensive_or_waging_war_on_an_actor_is_force() {
    coded(
        "Ethiopian troops mounted an offensive against Eritrea on Monday.",
        "ETH",
        "ERI",
        "190",
    );
    coded(
        "Russia waged war on Ukraine for three years.",
        "RUS",
        "UKR",
        "190",
    );
    // An attack mounted on a person's record is words.
    let text = "Senator Elizabeth Warren mounted an attack on Donald Trump's record.";
    assert_no_event(text, |e| e.cameo == "190");
}

#[test]
fn repelling_an_attack_is_force_against_the_attackers() {
    coded(
        "Kenyan soldiers repelled an attack by Somali militants.",
        "KEN",
        "SOM",
        "190",
    );
    // The passive keeps the attack noun's own event, attacker first.
    coded(
        "An attack by Syrian forces on Turkish positions near Idlib was repelled.",
        "SYR",
        "TUR",
        "190",
    );
}

#[test]
fn seeking_talks_contacting_reassuring_and_spurning_are_coded() {
    coded(
        "The Iranian president sought talks with Saudi Arabia.",
        "IRN",
        "SAU",
        "036",
    );
    coded("France contacted Iran on Sunday.", "FRA", "IRN", "040");
    coded(
        "The American president reassured Poland that NATO would defend it.",
        "USA",
        "POL",
        "030",
    );
    coded(
        "Israel spurned Egypt's offer of mediation.",
        "ISR",
        "EGY",
        "120",
    );
}

#[test]
fn encircling_beheading_and_slaughtering_are_material_conflict() {
    coded(
        "Syrian troops encircled the Turkish observation post.",
        "SYR",
        "TUR",
        "191",
    );
    coded(
        "Islamic State militants beheaded a Japanese journalist.",
        "IMG",
        "JPN",
        "1823",
    );
    coded(
        "Sudanese militiamen slaughtered Chadian villagers.",
        "SDN",
        "TCD",
        "202",
    );
    // Cattle slaughtered is no mass killing; fans surrounding a bus are no blockade.
    assert_no_event("Sudanese herders slaughtered cattle for the feast.", |e| {
        e.cameo == "202"
    });
    assert_no_event("Chelsea fans surrounded the team bus in London.", |e| {
        e.cameo == "191"
    });
}

#[test]
fn arming_equipping_training_and_financing_an_actor_are_aid() {
    coded("Iran armed the Houthi rebels.", "IRN", "YEM", "072");
    coded(
        "The United States equipped the Ukrainian army.",
        "USA",
        "UKR",
        "072",
    );
    coded("Britain trained Nigerian soldiers.", "GBR", "NGA", "072");
    coded(
        "Saudi Arabia financed the Yemeni government.",
        "SAU",
        "YEM",
        "071",
    );
    coded(
        "Germany committed 500 troops to the United Nations mission in Mali.",
        "DEU",
        "IGOUNO",
        "074",
    );
}

#[test]
fn pressuring_an_actor_to_act_is_a_demand() {
    coded(
        "The United States pressured Turkey to release the pastor.",
        "USA",
        "TUR",
        "100",
    );
}

#[test]
fn calling_or_branding_an_actor_an_insult_is_criticism() {
    coded(
        "Senator Bernie Sanders called Donald Trump a liar.",
        "USA",
        "USA",
        "111",
    );
    coded(
        "The Turkish president branded Germany a fascist state.",
        "TUR",
        "DEU",
        "111",
    );
    coded(
        "Iranian officials hurled insults at Saudi Arabia.",
        "IRN",
        "SAU",
        "111",
    );
    // Calling someone a friend is no criticism; nor is calling oneself anything.
    assert_no_event("The Turkish president called Germany a friend.", |e| {
        e.cameo == "111"
    });
}

#[test]
fn levelling_accusations_and_making_threats_or_appeals_are_coded() {
    coded(
        "Venezuela levelled accusations of sabotage against Colombia.",
        "VEN",
        "COL",
        "112",
    );
    coded(
        "North Korea made threats against Japan on Sunday.",
        "PRK",
        "JPN",
        "130",
    );
    coded(
        "The Lebanese government made an appeal to France for help.",
        "LBN",
        "FRA",
        "020",
    );
    coded(
        "The Chinese president extended an invitation to Kenya.",
        "CHN",
        "KEN",
        "020",
    );
}

#[test]
fn paying_a_visit_or_tribute_and_lending_support_are_coded() {
    coded(
        "The Indian prime minister paid a visit to Japan.",
        "IND",
        "JPN",
        "042",
    );
    coded(
        "The Polish president paid tribute to Ukraine.",
        "POL",
        "UKR",
        "051",
    );
    coded(
        "Poland reaffirmed support for Ukraine.",
        "POL",
        "UKR",
        "051",
    );
    // Support lent is no loan.
    let text = "Hillary Clinton lent her support to Bernie Sanders.";
    coded(text, "USA", "USA", "051");
    assert_no_event(text, |e| e.cameo == "071");
}

#[test]
fn torching_razing_nationalising_sinking_and_exiling_are_coerce_or_force() {
    coded(
        "Israeli troops razed the Palestinian village.",
        "ISR",
        "PSE",
        "1712",
    );
    let d = doc("Protesters torched the Danish embassy in Beirut.");
    assert!(has_code(&d, "1712"), "{:?}", codes(&d));
    coded(
        "Bolivia nationalised the Brazilian oil companies.",
        "BOL",
        "BRA",
        "1711",
    );
    coded(
        "A Russian submarine sank the Ukrainian frigate.",
        "RUS",
        "UKR",
        "190",
    );
    coded(
        "Nicaragua exiled the Nicaraguan opposition leader.",
        "NIC",
        "NIC",
        "174",
    );
}

#[test]
fn hitting_a_rival_on_an_issue_is_words_and_hitting_an_armed_group_force() {
    coded(
        "The Kenyan foreign minister hit Tanzania on trade barriers at the summit.",
        "KEN",
        "TZA",
        "111",
    );
    coded("Israel hit Hamas on Tuesday.", "ISR", "PSE", "190");
    // Weather hits no one.
    assert_no_event("The hurricane hit Cuba on Monday.", |e| {
        e.evidence.rule == "coverage.hit"
    });
}

#[test]
fn pushing_an_actor_to_act_is_an_appeal_and_accepting_refugees_gives_refuge() {
    coded(
        "Brazil's environment minister kept pushing Indonesia to protect its rainforests.",
        "BRA",
        "IDN",
        "020",
    );
    coded(
        "Germany accepted Syrian refugees in 2015.",
        "DEU",
        "SYR",
        "075",
    );
}

#[test]
fn faulting_saluting_clinching_a_deal_and_freezing_aid_are_coded() {
    coded(
        "The Greek prime minister faulted Turkey for the migrant crisis.",
        "GRC",
        "TUR",
        "111",
    );
    coded(
        "The Cuban president saluted Venezuela for its solidarity.",
        "CUB",
        "VEN",
        "051",
    );
    coded(
        "Chile clinched a deal with Peru on fishing rights.",
        "PER",
        "CHL",
        "057",
    );
    coded("Washington froze aid to Honduras.", "USA", "HND", "162");
}

#[test]
fn a_clause_hung_on_a_time_noun_keeps_its_own_act() {
    // The parse makes "he praised France" a relative clause on "time" inside the criticism's
    // phrase; it is no description of a thing criticized.
    coded(
        "The Polish minister criticized Lithuania in March, yet this time he thanked Latvia.",
        "POL",
        "LTU",
        "111",
    );
    let text =
        "The Polish minister criticized Lithuania in March, yet this time he thanked Latvia.";
    let d = doc(text);
    assert!(has_code(&d, "051"), "{text}: {:?}", codes(&d));
}

#[test]
fn agreeing_with_or_echoing_a_view_is_accord_and_rallying_allies_against_is_113() {
    coded(
        "Russia agreed with China's assessment of the crisis.",
        "RUS",
        "CHN",
        "019",
    );
    assert_no_event(
        "Russia agreed with China's assessment of the crisis.",
        |e| e.cameo == "030",
    );
    coded(
        "South Korea echoed Japan's concerns about the missile test.",
        "KOR",
        "JPN",
        "019",
    );
    coded(
        "The United States rallied its allies against Iran.",
        "USA",
        "IRN",
        "113",
    );
    // Agreeing to act is still an intent.
    coded(
        "Russia agreed with China to expand trade.",
        "RUS",
        "CHN",
        "030",
    );
}

#[test]
fn voicing_support_optimism_or_doubts_are_statements_of_their_kind() {
    coded(
        "Poland has voiced support for Ukraine.",
        "POL",
        "UKR",
        "051",
    );
    coded(
        "Japan voiced optimism about talks with China.",
        "JPN",
        "CHN",
        "013",
    );
    coded(
        "Germany voiced doubts about Poland's plan.",
        "DEU",
        "POL",
        "012",
    );
    coded("Italy expressed doubts about Greece.", "ITA", "GRC", "012");
}

#[test]
fn seeking_aid_or_support_and_expressing_readiness_are_coded() {
    coded("Egypt sought aid from Saudi Arabia.", "EGY", "SAU", "023");
    coded(
        "The Pakistani government sought the support of China.",
        "PAK",
        "CHN",
        "020",
    );
    coded(
        "Russia expressed readiness to resume talks with Ukraine.",
        "RUS",
        "UKR",
        "03",
    );
}

#[test]
fn backing_down_or_bowing_to_pressure_is_yielding() {
    coded(
        "Iran backed down in its dispute with the United Arab Emirates.",
        "IRN",
        "ARE",
        "080",
    );
    coded(
        "The Greek government bowed to pressure from Germany.",
        "GRC",
        "DEU",
        "080",
    );
    // Backing down from one's own proposal yields to no one named.
    assert_no_event(
        "The senator was backing down from his own tax proposal.",
        |e| e.cameo == "080",
    );
}

#[test]
fn turning_down_brushing_aside_or_dismissing_an_offer_is_rejection() {
    coded("Serbia turned down Kosovo's request.", "SRB", "XKX", "120");
    coded(
        "Venezuela brushed aside the Colombian offer.",
        "VEN",
        "COL",
        "120",
    );
    coded("Israel dismissed Iran's proposal.", "ISR", "IRN", "120");
    // A campaign turned upside down rejects nothing; dismissing critics is no rejection of
    // an offer.
    assert_no_event(
        "By the summer the French campaign had turned upside down.",
        |e| e.cameo == "120",
    );
    assert_no_event(
        "The Brazilian president dismissed critics who called the remarks sexist.",
        |e| e.cameo == "120",
    );
}

#[test]
fn stabbing_is_physical_assault_but_a_stab_in_the_back_is_not() {
    coded(
        "A Palestinian man stabbed an Israeli soldier.",
        "PSE",
        "ISR",
        "182",
    );
    assert_no_event(
        "The Labour leader said Britain had stabbed France in the back.",
        |e| e.cameo == "182",
    );
}

#[test]
fn slapping_levying_or_hitting_with_sanctions_imposes_them() {
    coded(
        "The United States slapped sanctions on Venezuela.",
        "USA",
        "VEN",
        "163",
    );
    let text = "The European Union hit Russia with new sanctions.";
    coded(text, "IGOEUREEC", "RUS", "163");
    assert_no_event(text, |e| e.cameo == "111");
    coded(
        "Washington targeted Iran with sanctions on Monday.",
        "USA",
        "IRN",
        "163",
    );
    coded(
        "China levied tariffs on Australian wine.",
        "CHN",
        "AUS",
        "163",
    );
}

#[test]
fn clamping_down_laying_siege_staging_and_unleashing_attacks_are_coded() {
    let d = doc("Police clamped down on Egyptian protesters.");
    assert!(has_code(&d, "175"), "{:?}", codes(&d));
    coded(
        "Russian forces laid siege to the Ukrainian city of Mariupol.",
        "RUS",
        "UKR",
        "191",
    );
    coded(
        "Hamas militants staged an attack on Israel.",
        "PSE",
        "ISR",
        "190",
    );
    coded(
        "Russia unleashed an offensive against Ukraine.",
        "RUS",
        "UKR",
        "190",
    );
    coded(
        "The Turkish president unleashed a tirade against the Netherlands.",
        "TUR",
        "NLD",
        "111",
    );
    // Attacks staged by no one named on no one named are no event.
    assert_no_event(
        "Bandits could stage attacks along the highway, the local police fear.",
        |e| e.evidence.rule == "coverage.stage_attack",
    );
}

#[test]
fn caving_to_pressure_is_yielding() {
    coded(
        "The Greek government caved to pressure from Germany.",
        "GRC",
        "DEU",
        "080",
    );
}

#[test]
fn coverage_entries_keep_to_acts_between_named_sides() {
    // No one contacts, razes, pays homage, freezes assets or clamps down on a named side here.
    for (text, rule) in [
        (
            "Attempts to contact the Iranian officials failed on Monday.",
            "coverage.contact",
        ),
        (
            "Engineers say the crumbling French consulate in Dakar will probably be razed next year.",
            "coverage.raze",
        ),
        (
            "The singer paid homage to Brazilian samba music.",
            "coverage.pay_tribute",
        ),
        (
            "Under the new law the Kenyan government can freeze a suspect's assets.",
            "coverage.freeze_assets",
        ),
        (
            "The Turkish naval blockade aims to clamp down on smuggling.",
            "coverage.clamp_down",
        ),
    ] {
        assert_no_event(text, |e| e.evidence.rule == rule);
    }
}
