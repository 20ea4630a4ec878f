//! The `ActorResolution` stage: finds mentions of persons, governments, organisations and
//! groups and resolves each to an actor of the article, at the article's date.
//!
//! Find candidates, then write annotations:
//! 1. **Names the KB knows**: one Aho-Corasick automaton over every KB surface (countries,
//!    aliases, demonyms, seats of power, IGOs, people and their short forms), leftmost
//!    longest, word-boundary checked.
//! 2. **Role words**: a case-insensitive automaton over KB titles ("foreign minister",
//!    "secretary of state"), agent nouns ("troops", "diplomat", "delegation"), IGO nouns
//!    ("alliance", "bloc") and the description lexicon ("counterpart", "source").
//! 3. **Names the KB does not know**: the statistical [`NameFinder`] (persons and
//!    organisations; places are left to the geo stage).
//! 4. **Pronouns**: he/him/his/himself, she/her/hers/herself.
//!
//! Then, in text order: a role phrase ("Russian Foreign Minister", "his US counterpart",
//! "Moldova's foreign minister,") directly before or in apposition to a person's name
//! gives that person its country and role when the KB does not know them (the text wins
//! over the KB for unknown people); a role phrase alone is a description, resolved against
//! the article's actors and then the KB's officeholders at the article's date; pronouns
//! go to the best earlier person (gender, recency, subject preference); "He [Blinken]"
//! goes to the bracketed name.
//!
//! A plural phrase with a quantifier names the actors introduced before ("The two
//! presidents", "both leaders", "the three foreign ministers", "both delegations"): one
//! mention per member, every one with the phrase's span (members are kept apart when
//! mentions are deduplicated by span); a phrase whose members are not all found is left
//! unresolved, never one actor. "Two diplomats" without a determiner names nobody before.
//!
//! Groups of two countries are one mention per country, each over its own words: "Leaders
//! of Kenya and Turkey" is "Leaders of Kenya" (KENGOV) | "Turkey" (TURGOV, named "Leaders of
//! Turkey"), "Saudi and US mediators" is "Saudi" (SAUGOV, named "Saudi mediators") | "US
//! mediators" (USAGOV). A capital after "envoy to", "ambassador to" (`data/
//! destination_heads.txt`) is the state the envoy is sent to, a mention of its own and never
//! the envoy's country. Names of markets and share indices ("the Sensex fell") are no actors.
//!
//! Actor identity: one actor per KB entry, and one per country: a demonym ("Russian
//! officials") is an `Adjective` mention of the country (`RUS`). A capital or seat of power
//! ("Moscow said", "the Kremlin") stands for its government, not the country: one actor
//! per seat code (`RUSGOV`; "the Pentagon" `USAMIL`), shared by every seat with that code. Unknown
//! people are one actor per name (a later surname alone joins it); unnamed groups one per
//! (country, head noun).
//!
//! Works with or without POS tags (it reads none) and never panics: every index into the
//! text or the token list is checked.

use crate::lexicon::{
    parse_body_countries, parse_body_name_heads, parse_country_codes, parse_country_cues,
    parse_descriptions, parse_faith_words, parse_former_words, parse_given_names,
    parse_heritage_words, parse_names, parse_place_cues, parse_report_verbs, parse_state_offices,
    parse_tokens, parse_us_states, parse_words, BodyCountry, Description, FormerWord, Reading,
    StateOffice, AMBIGUOUS_CAPITALS_TXT, BODY_COUNTRIES_TSV, BODY_NAME_HEADS_TSV,
    CALENDAR_WORDS_TXT, COMPANY_NOUNS_TXT, COMPANY_SUFFIXES_TXT, COMPOUND_HEADS_TXT,
    COUNTRY_CUES_TSV, COUNTRY_THING_NOUNS_TXT, DESCRIPTIONS_TSV, DESTINATION_HEADS_TXT,
    EPONYM_HEADS_TXT, FAITH_WORDS_TSV, FOLLOWER_NOUNS_TXT, FORMER_WORDS_TSV, GIVEN_NAMES_TSV,
    GOVERNMENT_LEADERS_TXT, HERITAGE_WORDS_TXT, ISSUE_NOUNS_TXT, MARKET_NAMES_TXT,
    MARKET_VERBS_TXT, MARKET_WORDS_TXT, NO_STORY_COUNTRY_TXT, OFFICE_WORDS_TXT, OUTSIDER_NOUNS_TXT,
    PARTISAN_WORDS_TXT, PLACE_CUES_TXT, POLICE_OR_MILITARY_TXT, PRIVATE_NAME_HEADS_TXT,
    RELATION_NOUNS_TXT, REPORT_VERBS_TXT, RULE_SYSTEM_NOUNS_TXT, STAFF_NOUNS_TXT, STAFF_OWNERS_TXT,
    STATE_OFFICES_TSV, TITLE_ABBREVIATIONS_TXT, US_STATES_TSV,
};
use crate::tagger::{NameKind, NameSpan};
use crate::NameFinder;
use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, StartKind,
};
use attache_core::{
    is_private_role, Actor, ActorKind, Date, Document, Mention, MentionForm, Span, Stage,
};
use attache_kb::{ActorInfo, Agent, EntryRef, Kb, NameForm, Office};
use std::collections::HashMap;
use std::sync::Arc;

/// Characters that make up a quote-mark token.
const QUOTE_MARKS: &str = "\"“”‘’'`";

/// Warning codes of this stage (catalogued in docs/errors.md by the lead).
pub const W_UNRESOLVED: &str = "ACT101";
/// Informational: an agent named without a country ("police", "Opposition leader Ana
/// Vidal") was given the story's country (see [`ActorResolution`]'s docs on the rule).
pub const W_INFERRED_COUNTRY: &str = "ACT102";

/// What a role word can be.
#[derive(Clone, Debug, Default)]
struct RoleWord {
    /// Index into `Kb::agents`.
    agent: Option<u32>,
    plural: bool,
    /// A KB title text (office depends on the country: `Kb::office_for_title`).
    title: bool,
    igo_noun: bool,
    /// A noun a KB group is described by once named ("the group", "the movement").
    group_noun: bool,
    /// Index into the description lexicon.
    desc: Option<u32>,
}

/// The country (ISO alpha-3) of a place named as a dateline's town ("Miami"), when the
/// place is large enough for a reporter to file from it by name alone; the CLI passes the
/// gazetteer's answer ([`ActorResolution::with_place_country`]).
pub type PlaceCountry = Arc<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// Mention detection and actor resolution.
pub struct ActorResolution {
    kb: Arc<Kb>,
    /// The country of a dateline's town the KB does not know as a seat of power.
    place_country: Option<PlaceCountry>,
    names: NameFinder,
    /// Anchored: tried only where a name can start (see [`ActorResolution::find_names`]).
    name_ac: Option<AhoCorasick>,
    /// Where a KB name can begin.
    name_starts: NameStarts,
    /// Pattern id → KB surfaces with that text.
    name_surfaces: Vec<Vec<u32>>,
    word_ac: Option<AhoCorasick>,
    /// Pattern id → lower-case text and what it is.
    words: Vec<(String, RoleWord)>,
    descriptions: Vec<Description>,
    /// Reporting verbs ("said", "warned"), lower case.
    report_verbs: std::collections::HashSet<String>,
    /// Phrases before a capital that make it a place (`data/place_cues.txt`).
    place_cues: Vec<Vec<String>>,
    /// Months, weekdays and holidays, lower case (`data/calendar_words.txt`).
    calendar_words: std::collections::HashSet<String>,
    /// Heads of hyphenated compounds after a name, lower case (`data/compound_heads.txt`).
    compound_heads: std::collections::HashSet<String>,
    /// Words closing a company's name, lower case (`data/company_suffixes.txt`).
    company_suffixes: std::collections::HashSet<String>,
    /// Words after a person's name making it an organisation's or a venue's named after
    /// them, lower case (`data/eponym_heads.txt`).
    eponym_heads: std::collections::HashSet<String>,
    /// Names of markets and share indices, lower case (`data/market_names.txt`).
    market_names: std::collections::HashSet<String>,
    /// Verbs of market moves, lower case (`data/market_verbs.txt`).
    market_verbs: std::collections::HashSet<String>,
    /// Words marking a move as a market's, lower case (`data/market_words.txt`).
    market_words: std::collections::HashSet<String>,
    /// Role nouns of people sent to another state, lower case (`data/destination_heads.txt`).
    destination_heads: std::collections::HashSet<String>,
    /// Capitals whose names are often something else, lower case
    /// (`data/ambiguous_capitals.txt`).
    ambiguous_capitals: std::collections::HashSet<String>,
    /// Countries whose leader is the head of government (`data/government_leaders.txt`).
    government_leaders: std::collections::HashSet<String>,
    /// Agent nouns that never take the story's country (`data/no_story_country.txt`).
    no_story_country: std::collections::HashSet<String>,
    /// Nouns naming a matter, not a group (`data/issue_nouns.txt`): "the Syrian refugee
    /// crisis" names no body of Syria.
    issue_nouns: std::collections::HashSet<String>,
    /// Nouns naming a thing of a country (`data/country_thing_nouns.txt`): after the
    /// country's name or demonym ("Canadian dollars") it is no actor.
    country_thing_nouns: std::collections::HashSet<String>,
    /// Nouns naming a company (`data/company_nouns.txt`): "Norway's largest bank".
    company_nouns: std::collections::HashSet<String>,
    /// Nouns naming people against or hurt by a body (`data/outsider_nouns.txt`):
    /// "Russian government critics" are no government.
    outsider_nouns: std::collections::HashSet<String>,
    /// Nouns naming a person's followers (`data/follower_nouns.txt`): "supporters".
    follower_nouns: std::collections::HashSet<String>,
    /// Relation nouns ("son", "wife"; `data/relation_nouns.txt`): after a possessive, a
    /// one-word KB short form names a relative ([`Work::relatives_named_by_kb_short_forms`]).
    relation_nouns: std::collections::HashSet<String>,
    /// Agent nouns a common noun before them makes a system of rules
    /// (`data/rule_system_nouns.txt`): "the security regime" is no government.
    rule_system_nouns: std::collections::HashSet<String>,
    /// Bodies named by a role noun whose bare capitalised name is one country's, by
    /// lower-case name (`data/body_countries.tsv`).
    body_countries: HashMap<String, BodyCountry>,
    /// Head words of bodies and companies with their role, lower case
    /// (`data/body_name_heads.tsv`).
    body_name_heads: HashMap<String, String>,
    /// A news outlet's name cut to one word ("Fox" of "Fox News", "Guardian" of "The
    /// Guardian", "Time" of "Time magazine") → the KB surfaces of its full name: read as
    /// the outlet only right before a reporting verb ([`Work::names_after_titles`]).
    outlet_short_forms: HashMap<String, Vec<u32>>,
    /// Country alpha-3 → index into `Kb::countries`.
    country_index: HashMap<String, u32>,
    /// Cue word → index into `Kb::countries` (`data/country_cues.tsv`).
    country_cues: HashMap<String, u32>,
    /// Indexes into `Kb::countries` in `data/country_cues.tsv` order: the first listed is
    /// the default reading of a name several countries share.
    country_priority: Vec<u32>,
    /// Abbreviated titles, as written (`data/title_abbreviations.txt`).
    title_abbreviations: std::collections::HashSet<String>,
    /// Nouns making a nationality word a heritage, lower case (`data/heritage_words.txt`).
    heritage_words: std::collections::HashSet<String>,
    /// Suffixes after a nationality word and "-" that make it a heritage, as written
    /// ("American", "born"; `data/heritage_words.txt`).
    heritage_suffixes: Vec<String>,
    /// Nouns shared by the army and the police, lower case (`data/police_or_military.txt`).
    police_or_military: std::collections::HashSet<String>,
    /// Party words, as written (`data/partisan_words.txt`).
    partisan_words: std::collections::HashSet<String>,
    /// Staff and leadership nouns, lower case (`data/staff_nouns.txt`).
    staff_nouns: std::collections::HashSet<String>,
    /// Words naming a staff noun's owner other than the state, lower case
    /// (`data/staff_owners.txt`).
    staff_owners: std::collections::HashSet<String>,
    /// Words that make a capitalised name opened by a demonym a private body's, lower case
    /// (`data/private_name_heads.txt`).
    private_name_heads: std::collections::HashSet<String>,
    /// Faith words as written → the CAMEO religion code of the people they name
    /// (`data/faith_words.tsv`): "Jewish" JEW, "Catholic" CHRCTH.
    faith_words: HashMap<String, String>,
    /// Words before an office that make it the office, not its holder, lower case
    /// (`data/office_words.txt`).
    office_words: std::collections::HashSet<String>,
    /// Words saying an office or its holder is past (`data/former_words.tsv`).
    former_words: Vec<FormerWord>,
    /// Given names of one gender (`data/given_names.tsv`; names of both are left out).
    given_names: HashMap<String, char>,
    /// A US state's name or abbreviation, as written → its name (`data/us_states.tsv`).
    us_states: HashMap<String, String>,
    /// The country whose offices the states' officeholders hold (`data/us_states.tsv`'s
    /// country column: "USA").
    states_country: String,
    /// US states' names that are also a KB country's name, with that country's alpha-3
    /// ("Georgia", GEO): read as the state in an American story ([`Work::states_not_countries`]).
    state_countries: Vec<(String, String)>,
    /// The words after the first of the states' names of several words ("Mexico" of "New
    /// Mexico", "of Columbia"): a KB name that may end a state's name.
    state_name_ends: std::collections::HashSet<String>,
    /// Offices held for a US state (`data/state_offices.tsv`), the senator's first and
    /// the representative's second.
    state_offices: Vec<StateOffice>,
}

impl ActorResolution {
    /// Whether lower-case `w` is one of the role words (`words`, kept sorted).
    fn is_role_word(&self, w: &str) -> bool {
        self.words
            .binary_search_by(|(x, _)| x.as_str().cmp(w))
            .is_ok()
    }

    /// Builds the automata over `kb`'s names and role words.
    pub fn new(kb: Arc<Kb>, names: NameFinder) -> ActorResolution {
        let (descriptions, _) = parse_descriptions(DESCRIPTIONS_TSV);
        let mut by_text: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, s) in kb.surfaces().iter().enumerate() {
            if s.form == NameForm::Noun {
                continue;
            }
            for t in [&s.text, &s.key] {
                if !t.is_empty() {
                    let list = by_text.entry(t.clone()).or_default();
                    if !list.contains(&(i as u32)) {
                        list.push(i as u32);
                    }
                }
            }
        }
        let mut name_pats: Vec<(String, Vec<u32>)> = by_text.into_iter().collect();
        name_pats.sort();
        let name_ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .start_kind(StartKind::Anchored)
            .build(name_pats.iter().map(|p| p.0.as_str()))
            .ok();
        let name_starts = NameStarts::new(name_pats.iter().map(|p| p.0.as_bytes()));
        let name_surfaces = name_pats.into_iter().map(|p| p.1).collect();
        let outlet_short_forms = outlet_short_forms(&kb);

        let mut words: HashMap<String, RoleWord> = HashMap::new();
        for (i, a) in kb.agents().iter().enumerate() {
            let w = words.entry(a.noun.to_lowercase()).or_default();
            w.agent = Some(i as u32);
            for p in &a.plurals {
                let w = words.entry(p.to_lowercase()).or_default();
                w.agent = Some(i as u32);
                w.plural = true;
            }
        }
        for t in kb.titles() {
            // "us secretary of state": the country is read from the text, not the title
            let first = t.title.split(' ').next().unwrap_or("");
            if t.title.contains(' ') && kb.country(&first.to_uppercase()).is_some() {
                continue;
            }
            words.entry(t.title.to_lowercase()).or_default().title = true;
        }
        for g in kb.igos() {
            for n in &g.nouns {
                words.entry(n.to_lowercase()).or_default().igo_noun = true;
            }
        }
        for g in kb.groups() {
            for n in &g.nouns {
                words.entry(n.to_lowercase()).or_default().group_noun = true;
            }
        }
        for (i, d) in descriptions.iter().enumerate() {
            // ("the country" alone is no description: only "both countries" is)
            if d.reading != Reading::Countries {
                words.entry(d.noun.clone()).or_default().desc = Some(i as u32);
            }
            if !d.plural.is_empty() {
                let w = words.entry(d.plural.clone()).or_default();
                w.desc = Some(i as u32);
                w.plural = true;
            }
        }
        let mut words: Vec<(String, RoleWord)> = words.into_iter().collect();
        words.sort_by(|a, b| a.0.cmp(&b.0));
        let word_ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .build(words.iter().map(|w| w.0.as_str()))
            .ok();
        let country_index: HashMap<String, u32> = kb
            .countries()
            .iter()
            .enumerate()
            .map(|(i, c)| (c.alpha3.clone(), i as u32))
            .collect();
        let mut country_cues = HashMap::new();
        let mut country_priority = Vec::new();
        for (code, cues) in parse_country_cues(COUNTRY_CUES_TSV).0 {
            let Some(&i) = country_index.get(&code) else {
                continue;
            };
            country_priority.push(i);
            for cue in cues {
                country_cues.insert(cue, i);
            }
        }
        let state_countries = parse_us_states(US_STATES_TSV)
            .0
            .into_iter()
            .filter_map(|st| {
                let c = kb.country(&st.name).filter(|c| c.name == st.name)?;
                Some((st.name, c.alpha3.clone()))
            })
            .collect();
        let heritage = parse_heritage_words(HERITAGE_WORDS_TXT);
        // The word lists' errors are reported by the lexicon lint test, not at load.
        let word_set = |(words, _): (Vec<String>, Vec<crate::DataError>)| {
            words
                .into_iter()
                .collect::<std::collections::HashSet<String>>()
        };
        ActorResolution {
            place_country: None,
            kb,
            names,
            name_ac,
            name_starts,
            name_surfaces,
            word_ac,
            words,
            descriptions,
            report_verbs: parse_report_verbs(REPORT_VERBS_TXT).0.into_iter().collect(),
            place_cues: parse_place_cues(PLACE_CUES_TXT).0,
            calendar_words: word_set(parse_words(CALENDAR_WORDS_TXT, "calendar_words.txt")),
            compound_heads: word_set(parse_words(COMPOUND_HEADS_TXT, "compound_heads.txt")),
            company_suffixes: word_set(parse_words(COMPANY_SUFFIXES_TXT, "company_suffixes.txt")),
            eponym_heads: word_set(parse_words(EPONYM_HEADS_TXT, "eponym_heads.txt")),
            market_names: word_set(parse_names(MARKET_NAMES_TXT, "market_names.txt")),
            market_verbs: word_set(parse_words(MARKET_VERBS_TXT, "market_verbs.txt")),
            market_words: word_set(parse_words(MARKET_WORDS_TXT, "market_words.txt")),
            destination_heads: word_set(parse_words(
                DESTINATION_HEADS_TXT,
                "destination_heads.txt",
            )),
            ambiguous_capitals: word_set(parse_names(
                AMBIGUOUS_CAPITALS_TXT,
                "ambiguous_capitals.txt",
            )),
            government_leaders: parse_country_codes(
                GOVERNMENT_LEADERS_TXT,
                "government_leaders.txt",
            )
            .0
            .into_iter()
            .collect(),
            no_story_country: word_set(parse_words(NO_STORY_COUNTRY_TXT, "no_story_country.txt")),
            issue_nouns: word_set(parse_words(ISSUE_NOUNS_TXT, "issue_nouns.txt")),
            outsider_nouns: word_set(parse_words(OUTSIDER_NOUNS_TXT, "outsider_nouns.txt")),
            follower_nouns: word_set(parse_words(FOLLOWER_NOUNS_TXT, "follower_nouns.txt")),
            relation_nouns: word_set(parse_words(RELATION_NOUNS_TXT, "relation_nouns.txt")),
            country_thing_nouns: word_set(parse_words(
                COUNTRY_THING_NOUNS_TXT,
                "country_thing_nouns.txt",
            )),
            company_nouns: word_set(parse_words(COMPANY_NOUNS_TXT, "company_nouns.txt")),
            rule_system_nouns: word_set(parse_words(
                RULE_SYSTEM_NOUNS_TXT,
                "rule_system_nouns.txt",
            )),
            body_name_heads: parse_body_name_heads(BODY_NAME_HEADS_TSV)
                .0
                .into_iter()
                .collect(),
            body_countries: parse_body_countries(BODY_COUNTRIES_TSV)
                .0
                .into_iter()
                .map(|l| (l.name.clone(), l))
                .collect(),
            outlet_short_forms,
            country_index,
            country_cues,
            country_priority,
            title_abbreviations: parse_tokens(TITLE_ABBREVIATIONS_TXT, "title_abbreviations.txt")
                .0
                .into_iter()
                .collect(),
            heritage_words: heritage.0.into_iter().collect(),
            heritage_suffixes: heritage.1,
            police_or_military: word_set(parse_words(
                POLICE_OR_MILITARY_TXT,
                "police_or_military.txt",
            )),
            partisan_words: parse_tokens(PARTISAN_WORDS_TXT, "partisan_words.txt")
                .0
                .into_iter()
                .collect(),
            staff_nouns: word_set(parse_words(STAFF_NOUNS_TXT, "staff_nouns.txt")),
            staff_owners: word_set(parse_words(STAFF_OWNERS_TXT, "staff_owners.txt")),
            private_name_heads: word_set(parse_words(
                PRIVATE_NAME_HEADS_TXT,
                "private_name_heads.txt",
            )),
            faith_words: parse_faith_words(FAITH_WORDS_TSV).0.into_iter().collect(),
            office_words: word_set(parse_words(OFFICE_WORDS_TXT, "office_words.txt")),
            former_words: parse_former_words(FORMER_WORDS_TSV).0,
            given_names: parse_given_names(GIVEN_NAMES_TSV).0.into_iter().collect(),
            us_states: parse_us_states(US_STATES_TSV)
                .0
                .into_iter()
                .flat_map(|s| {
                    let name = s.name.clone();
                    std::iter::once(s.name)
                        .chain(s.abbreviations)
                        .map(move |k| (k, name.clone()))
                })
                .collect(),
            state_offices: parse_state_offices(STATE_OFFICES_TSV).0,
            states_country: parse_us_states(US_STATES_TSV)
                .0
                .first()
                .map(|s| s.country.clone())
                .unwrap_or_default(),
            state_countries,
            state_name_ends: parse_us_states(US_STATES_TSV)
                .0
                .into_iter()
                .filter_map(|s| Some(s.name.split_once(' ')?.1.to_string()))
                .collect(),
        }
    }

    /// Whether `w` is an abbreviated title ("Sen.", "Gov.").
    fn title_abbreviation(&self, w: &str) -> bool {
        self.title_abbreviations.contains(w)
    }

    /// Whether `w` is a party word ("Republican", "GOP").
    fn partisan(&self, w: &str) -> bool {
        self.partisan_words.contains(w)
    }

    /// The office of `data/state_offices.tsv` a lower-case noun names ("senator").
    fn state_office_of_noun(&self, noun: &str) -> Option<&StateOffice> {
        self.state_offices
            .iter()
            .find(|o| o.nouns.iter().any(|n| n == noun))
    }

    /// Whether `noun` names a single legislator (the nouns of the LEG rows of
    /// `data/state_offices.tsv`: the senator's and the representative's).
    fn legislator_noun(&self, noun: &str) -> bool {
        self.state_offices
            .iter()
            .filter(|o| o.role == "LEG")
            .any(|o| o.nouns.iter().any(|n| n == noun))
    }

    /// The stage, reading the country of a dateline's town that is no seat of power
    /// ("MIAMI", "BUFFALO") with `place_country`.
    pub fn with_place_country(mut self, place_country: PlaceCountry) -> ActorResolution {
        self.place_country = Some(place_country);
        self
    }

    /// With the shipped name tagger and gazetteer.
    pub fn with_builtin_model(kb: Arc<Kb>) -> Result<ActorResolution, crate::tagger::ModelError> {
        let tagger = crate::NameTagger::builtin()?;
        Ok(ActorResolution::new(
            kb,
            NameFinder::new(tagger, crate::default_gazetteer()),
        ))
    }

    pub fn kb(&self) -> &Kb {
        &self.kb
    }

    /// KB names in `text`, leftmost-longest and not overlapping, as `(start, end,
    /// pattern)`: the matches an unanchored leftmost-longest search gives, found by trying
    /// the anchored automaton only where the first three bytes begin a name (few places,
    /// as names are capitalized) instead of stepping it through every byte.
    fn find_names(&self, text: &str, mut found: impl FnMut(usize, usize, usize)) {
        let Some(ac) = &self.name_ac else {
            return;
        };
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some(k) = bytes
            .get(at..)
            .and_then(|rest| (0..rest.len()).find(|&k| self.name_starts.may_start(&rest[k..])))
        {
            at += k;
            let input = Input::new(text).range(at..).anchored(Anchored::Yes);
            match ac.find(input) {
                Some(m) => {
                    found(m.start(), m.end(), m.pattern().as_usize());
                    at = m.end().max(at + 1);
                }
                None => at += 1,
            }
        }
    }

    /// The names in `doc` with their type, as the stage sees them before resolution: KB
    /// names (people; countries and capitals as places; IGOs and seats of power that are
    /// buildings as organisations; demonyms left out) and the tagger's names, the longer
    /// one winning where they overlap. For `attache eval entities`.
    pub fn name_spans(&self, doc: &Document) -> Vec<(Span, NameKind)> {
        let mut work = Work::new(self, doc);
        work.gather();
        let mut out: Vec<(Span, NameKind)> = Vec::new();
        for c in &work.cands {
            let What::Kb(surfaces) = &c.what else {
                continue;
            };
            let Some(s) = work
                .best_surface(surfaces)
                .and_then(|s| self.kb.surfaces().get(s as usize))
            else {
                continue;
            };
            let kind = match (s.entry, s.form) {
                (_, NameForm::Demonym | NameForm::Noun) => None,
                (EntryRef::Person(_), NameForm::Short) => work
                    .tagged_persons
                    .iter()
                    .any(|t| t.contains(c.span))
                    .then_some(NameKind::Person),
                (EntryRef::Person(_), _) => Some(NameKind::Person),
                (EntryRef::Country(_), _) => Some(NameKind::Place),
                (EntryRef::Igo(_) | EntryRef::Group(_), _) => Some(NameKind::Organization),
                (EntryRef::Seat(i), _) => self.kb.seats().get(i as usize).map(|seat| {
                    if seat.kind == "capital" {
                        NameKind::Place
                    } else {
                        NameKind::Organization
                    }
                }),
                (EntryRef::Agent(_), _) => None,
            };
            if let Some(kind) = kind {
                out.push((c.span, kind));
            }
        }
        for &(span, kind) in &work.tagged {
            let overlapping: Vec<usize> = (0..out.len())
                .filter(|&k| out[k].0.overlaps(span))
                .collect();
            if overlapping
                .iter()
                .all(|&k| span.contains(out[k].0) && span != out[k].0)
            {
                for &k in overlapping.iter().rev() {
                    out.remove(k);
                }
                out.push((span, kind));
            }
        }
        out.sort_by_key(|x| x.0);
        out
    }
}

impl Stage for ActorResolution {
    fn name(&self) -> &'static str {
        "ActorResolution"
    }

    fn run(&self, doc: &mut Document) {
        let mut work = Work::new(self, doc);
        work.gather();
        work.choose_shared_country_names();
        work.link();
        work.resolve();
        work.code_state_officeholders();
        work.code_persons_titled_by_bodies();
        work.staff_of_named_people();
        work.code_us_party_names();
        work.code_party_people();
        work.resolve_collective_pronouns();
        work.possessed_force_units();
        work.demonyms_before_titled_names();
        work.drop_followers_owners();
        work.party_names_with_country_words();
        let story_country = work.prior_country();
        work.papal_modifiers();
        let (actors, mentions, warnings) = work.finish();
        doc.story_country = story_country;
        doc.actors = actors;
        doc.mentions = mentions;
        for (code, w) in warnings {
            doc.warn(code, w);
        }
    }
}

/// What a candidate is.
#[derive(Clone, Copy, Debug)]
enum What<'a> {
    /// A KB name; several surfaces may share the text.
    Kb(&'a [u32]),
    /// A name found by the tagger.
    Unknown(NameKind),
    /// A role word (index into `ActorResolution::words`).
    Role(u32),
    /// A personal pronoun and its gender.
    Pronoun(char),
}

impl<'a> What<'a> {
    /// The KB surfaces of a KB name.
    fn kb_surfaces(&self) -> Option<&'a [u32]> {
        match self {
            What::Kb(s) => Some(s),
            _ => None,
        }
    }
}

#[derive(Clone, Debug)]
struct Cand<'a> {
    span: Span,
    sentence: u32,
    what: What<'a>,
}

/// The phrase around a role word.
#[derive(Clone, Debug, Default)]
struct Phrase {
    span: Span,
    country: Option<String>,
    /// Determiner or possessive pronoun, lower case.
    det: Option<String>,
    /// A possessor: the candidate ("Lavrov's", "the junta's", "his").
    possessor: Option<usize>,
    /// The person name this phrase titles ("Foreign Minister Sergei Lavrov") or stands in
    /// apposition to ("Moldova's foreign minister, Ana Petrescu,").
    name: Option<usize>,
    apposition: bool,
    /// The country came from a prepositional phrase ending in a role word ("in the
    /// Russian diplomatic delegation"), not a bare place ("in Australia").
    pp_role: bool,
    /// That role word ("army" in "a spokesman for the Sudanese army").
    pp_role_cand: Option<usize>,
    /// The country came from a prepositional phrase.
    pp_country: bool,
    /// An IGO modifying the head ("the UN secretary-general"), by KB id.
    igo: Option<String>,
    /// A named non-state group modifying the head ("a Hamas official"), by index into
    /// `Kb::groups`.
    group: Option<u32>,
    /// Countries joined by "and" in a prepositional phrase ("leaders of Kenya and
    /// Turkey"): one (span, country, group name) a country, in text order, the spans
    /// cutting the phrase between them ("Leaders of Kenya" | "Turkey", named "Leaders of
    /// Kenya" and "Leaders of Turkey"); likewise two country adjectives joined by "and"
    /// before the head ("Saudi and US mediators": "Saudi" | "US mediators", named "Saudi
    /// mediators" and "US mediators"); empty otherwise.
    split: Vec<(Span, String, String)>,
    /// The name of the group the phrase makes, when not its text (a part of a split).
    label: Option<String>,
}

struct ActorState {
    actor: Actor,
    office: Option<Office>,
    gender: Option<char>,
    last: u32,
    count: u32,
    igo_nouns: Vec<String>,
    /// The role noun the actor was introduced with, singular and lower case ("delegation"
    /// of "the Russian delegation", "envoy" of "US envoy Steve Witkoff"), for plural
    /// phrases naming several actors ("both delegations", "the two envoys").
    head: Option<String>,
    /// The office a title in the text gives a person ("Prime Minister Shigeru Ishiba"),
    /// whether or not the KB has them in it at the article's date.
    titled: Option<Office>,
    /// An unnamed group introduced by a singular person's noun ("the Japanese
    /// ambassador"): one person, whom "he", "she", "him" or "her" may refer to.
    one_person: bool,
}

impl ActorState {
    /// A new actor with no office, gender or mentions yet.
    fn new(actor: Actor) -> ActorState {
        ActorState {
            actor,
            office: None,
            gender: None,
            last: 0,
            count: 0,
            igo_nouns: Vec::new(),
            head: None,
            titled: None,
            one_person: false,
        }
    }
}

struct Work<'a> {
    stage: &'a ActorResolution,
    text: &'a str,
    tokens: Vec<Span>,
    sentences: Vec<(Span, std::ops::Range<usize>)>,
    quotes: Vec<Span>,
    /// Per token: tagged NOUN by the syntax stage (all false without POS tags).
    noun: Vec<bool>,
    /// Per token: tagged VERB or AUX by the syntax stage (all false without POS tags).
    verb: Vec<bool>,
    /// Per token: tagged, and with another tag than PROPN (all false without POS tags).
    not_propn: Vec<bool>,
    /// Per token: tagged PROPN (all false without POS tags).
    propn: Vec<bool>,
    /// The document's tokens with their parse (heads `NO_HEAD` before parsing).
    parsed: &'a [attache_core::Token],
    /// Per sentence: in title case (see [`Work::title_case`]), read at the first call
    /// (`None` before it).
    title_case: Vec<std::cell::Cell<Option<bool>>>,
    date: Option<Date>,
    cands: Vec<Cand<'a>>,
    /// Bytes of the longest candidate when [`Work::sort_cands`] last ran.
    longest_cand: u32,
    phrases: HashMap<usize, Phrase>,
    /// Candidates used inside another's phrase (country modifiers, PP nouns).
    consumed: Vec<bool>,
    /// The phrase titling a name candidate.
    title_of: HashMap<usize, usize>,
    cand_actor: Vec<Option<u32>>,
    /// Every person name the tagger found, before KB names took precedence.
    tagged_persons: Vec<Span>,
    /// KB short forms after a possessive and a relation noun that name a relative the KB
    /// knows ("Asif Ali Zardari ... his son Bilawal"), with that person's entry.
    kin_links: HashMap<usize, EntryRef>,
    /// Every name the tagger found (places too), for [`ActorResolution::name_spans`].
    tagged: Vec<(Span, NameKind)>,
    actors: Vec<ActorState>,
    by_key: HashMap<String, u32>,
    /// KB entry → its actor (the same actors as their kb ids in `by_key`, without
    /// reading the entry to find its id).
    by_entry: HashMap<EntryRef, u32>,
    mentions: Vec<Mention>,
    /// Spans of plural phrases naming several actors ("the two presidents"): one mention
    /// per member, all with this span, kept apart when mentions are deduplicated.
    member_spans: Vec<Span>,
    /// (code, message): [`W_UNRESOLVED`] or [`W_INFERRED_COUNTRY`].
    warnings: Vec<(&'static str, String)>,
    /// The place the dateline names (`doc.source.dateline`, dated or an undated wire
    /// dateline the reader took out of the text: "NAIROBI, Kenya"), as written.
    dateline: Option<&'a str>,
    /// The article's headline (`doc.title`), read only for the story's country when the
    /// text gives none ([`Work::headline_country`]).
    headline: Option<&'a str>,
    /// The story's country for agents named without one ("police", "Opposition leader
    /// Ana Vidal"), and what gave it: see [`Work::document_country`].
    /// Computed the first time an agent needs it (`None` until then).
    doc_country: Option<Option<(String, &'static str)>>,
    /// Persons the text titles with a US state's office ("Ohio Gov. Tom Webb"): their
    /// "we" is their state's, not their country's government.
    state_holders: Vec<u32>,
    /// Mentions indexed so far for [`Work::apposed_person`] and
    /// [`Work::state_officeholder`] (each mention is read once: long texts stay linear).
    indexed: usize,
    /// Mentions indexed so far in `state_index`.
    state_indexed: usize,
    /// Bumped by every removal of mentions ([`Work::remove_mentions`]): an index built at an
    /// older generation may hold a removed mention or skip a later one, and is built anew.
    removals: u32,
    /// The generation `ends` was built at.
    indexed_removals: u32,
    /// The generation `state_index` was built at.
    state_indexed_removals: u32,
    /// Mention spans by end offset → their actors, in mention order.
    ends: HashMap<u32, Vec<u32>>,
    /// (office's index in `data/state_offices.tsv`, state) → the mentions tied to them
    /// ([`Work::mention_state`]) as (start, end, actor), sorted by start.
    state_index: HashMap<(usize, String), Vec<Holder>>,
    /// Whether the story names police and no armed forces ([`Work::story_names_police_only`]),
    /// once read.
    police_only: std::cell::Cell<Option<bool>>,
    /// Mentions and candidates read by the whole-document look-ups above (a guard for
    /// tests: it grows linearly with the text).
    checks: std::cell::Cell<usize>,
    /// Actors whose country came from `doc_country`, already reported as inferred.
    inferred: Vec<u32>,
    /// The countries (indexes into `Kb::countries`) that names shared by several stand
    /// for in this article: see [`Work::choose_shared_country_names`].
    preferred_countries: Vec<u32>,
    /// Committees of a legislature ("Select Committee on Benghazi") with the span of the
    /// legislature word before them ("House"): the committee stands for that legislature.
    committees: Vec<(Span, Span)>,
    /// What an undated article names ([`Work::article_sides`]), once a bare surname needs it.
    sides: Option<Sides>,
    /// The member of a plural antecedent a "their" phrase is being resolved for
    /// ([`Work::plural_antecedent`]): "their militaries" after "both countries" is one
    /// body per country.
    plural_owner: Option<u32>,
    /// The countries whose names open another name of the article ("Kenya" of "Kenya
    /// Airways", [`Work::country_in_other_name`]): no mentions, but evidence of the
    /// story's country.
    other_name_countries: Vec<&'a str>,
}

/// The people (by full name), countries and IGOs an article names.
#[derive(Default)]
struct Sides {
    persons: std::collections::HashSet<EntryRef>,
    countries: std::collections::HashSet<String>,
    igos: std::collections::HashSet<String>,
}

/// The words of a KB person's own names (name and aliases), split where `split` says.
fn own_name_words(
    person: &attache_kb::Person,
    split: fn(char) -> bool,
) -> impl Iterator<Item = &str> {
    std::iter::once(&person.name)
        .chain(&person.aliases)
        .flat_map(move |n| n.split(split).filter(|w| !w.is_empty()))
}

const DETERMINERS: &[&str] = &["the", "a", "an", "this", "that", "these", "those"];

/// Last words of places named like people ("Wall Street", "Carnaby Street", "Gordon
/// Square"): such a name before a sentence's terminator stays a place
/// (`Work::person_before_terminator`).
const ADDRESS_HEADS: &[&str] = &[
    "Street",
    "Avenue",
    "Road",
    "Square",
    "Boulevard",
    "Lane",
    "Park",
    "Bridge",
    "Hill",
];
/// Gazetteer classes of a word read as no word of a person's name after a title or
/// before a terminator: place, organisation, country and title words
/// (`Work::person_after_inner_title`, `Work::person_before_terminator`).
const NOT_PERSON_WORD: u8 = crate::Gazetteer::PLACE
    | crate::Gazetteer::ORGANIZATION
    | crate::Gazetteer::COUNTRY
    | crate::Gazetteer::TITLE;
/// Number words of plural phrases naming several actors ("the two presidents"), from two.
const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];
/// Words before a number that make it name actors introduced before ("the two", "all three").
const QUANTIFIER_DETERMINERS: &[&str] = &["the", "these", "those", "their", "all", "our"];
/// Words that end a role phrase read leftwards: no modifier of the head is one.
const PREPOSITIONS: &[&str] = &[
    "of", "from", "to", "by", "in", "on", "at", "with", "for", "into", "over", "against", "about",
    "after", "before", "than", "as",
];
/// Roles a person holds only in their own country's politics: a title naming one and no
/// country ("Opposition leader X", "party leader X") is read in the article's main country.
const DOMESTIC_ROLES: &[&str] = &["OPP", "PTY", "LEG", "JUD"];
/// Capitalised words of revolt that make an army named with a country's word a rebel
/// army ("the Free Syrian Army", "a Syrian Liberation Army", "the Irish Republican Army"),
/// see `Work::rebel_army`.
const REBEL_ARMY_WORDS: &[&str] = &["Free", "Liberation", "Revolutionary", "Republican"];
/// A mention tied to a state's office: (start, end, actor).
type Holder = (u32, u32, u32);
/// Roles of agents that, named without a country, belong to the story's country
/// ([`Work::document_country`]): police, spies, soldiers, the opposition, officials,
/// rebels, civilians, parties, lawmakers, judges, separatists, insurgents.
const STORY_COUNTRY_ROLES: &[&str] = &[
    "COP", "SPY", "MIL", "OPP", "GOV", "REB", "CVL", "PTY", "LEG", "JUD", "SEP", "INS",
];
/// Roles whose agents, with no country of their own, take the country of a sentence's
/// opening "In <place>," ([`Work::scene_country`]): a state's agents and residents. Exiles
/// (OPP), international courts (JUD) and parliaments (LEG) sit abroad as often as not.
const SCENE_ROLES: &[&str] = &["GOV", "MIL", "COP", "SPY", "CVL"];
/// The fewest country-coded names a country needs for an article's majority.
const PRIOR_MIN_MENTIONS: u32 = 2;

/// Rank words before an office or staff noun ("vice", "deputy", "lieutenant governor"):
/// part of the office, no owner of it.
const RANKS: &[&str] = &[
    "vice",
    "deputy",
    "acting",
    "chief",
    "executive",
    "senior",
    "assistant",
    "associate",
    "general",
    "interim",
    "press",
    "first",
    "lieutenant",
];

/// Words opening a role phrase that make it a holder, not an office ("the senator", "his
/// deputy"), for [`Work::office_not_holder`].
const DEFINITE_OPENERS: &[&str] = &[
    "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
];
/// Words that open another clause between a subject and a later description.
const CLAUSE_BREAKS: &[&str] = &[
    "that", "and", "but", "or", "while", "who", "whom", "which", "after", "before", "when", "as",
    "because", "since", "if", "whether", "then",
];
/// Lower-case particles opening a surname ("de Blasio", "van der Leyen", "al-Sisi").
const NAME_PARTICLES: &[&str] = &[
    "de", "del", "della", "di", "da", "dos", "das", "du", "van", "von", "der", "den", "ter", "la",
    "le", "al", "el", "bin", "ben",
];
/// Reporting verbs whose object is the listener ("told the envoy"), not a clause's subject.
const TELLING_VERBS: &[&str] = &[
    "told", "tell", "tells", "telling", "informed", "assured", "briefed", "reminded",
];
/// Roles of people who often work abroad (officials, diplomats, soldiers, reporters, IGO
/// staff): the place they are in is no evidence of their country.
const TRAVELLING_ROLES: &[&str] = &["GOV", "MIL", "MED", "IGO", "NGO", "SPY", "ELI"];
/// A state's bodies that sit in its own seat, like its ministries: "the government in
/// Beijing", "the regime in Damascus", "the authorities in Kenya" are that country's,
/// whoever travels ([`TRAVELLING_ROLES`]).
const SEATED_BODIES: &[&str] = &[
    "government",
    "governments",
    "regime",
    "authorities",
    "administration",
    "junta",
];
const POSSESSIVES: &[(&str, char)] = &[("his", 'm'), ("her", 'f'), ("its", 'n'), ("their", 'p')];
const PRONOUNS: &[(&str, char)] = &[
    ("he", 'm'),
    ("him", 'm'),
    ("his", 'm'),
    ("himself", 'm'),
    ("she", 'f'),
    ("her", 'f'),
    ("hers", 'f'),
    ("herself", 'f'),
];

impl<'a> Work<'a> {
    fn new(stage: &'a ActorResolution, doc: &'a Document) -> Work<'a> {
        let tokens: Vec<Span> = doc.tokens.iter().map(|t| t.span).collect();
        let sentences: Vec<(Span, std::ops::Range<usize>)> = doc
            .sentences
            .iter()
            .map(|s| {
                let r = (s.tokens.start as usize).min(tokens.len())
                    ..(s.tokens.end as usize).min(tokens.len());
                (s.span, r)
            })
            .collect();
        // the tags compared as ids, in one pass (not as labels, five times a token)
        let tag = |label| attache_core::Upos::exact(label).unwrap_or(attache_core::Upos::NONE);
        let (noun_tag, verb_tag, aux_tag, propn_tag) =
            (tag("NOUN"), tag("VERB"), tag("AUX"), tag("PROPN"));
        // (one collect a table: each is filled in a loop with no capacity check)
        fn per_token(
            tokens: &[attache_core::Token],
            test: impl Fn(attache_core::Upos) -> bool,
        ) -> Vec<bool> {
            tokens.iter().map(|t| test(t.upos)).collect()
        }
        let none = attache_core::Upos::NONE;
        let noun = per_token(&doc.tokens, |u| u == noun_tag);
        let verb = per_token(&doc.tokens, |u| u == verb_tag || u == aux_tag);
        let not_propn = per_token(&doc.tokens, |u| u != none && u != propn_tag);
        let propn = per_token(&doc.tokens, |u| u == propn_tag && u != none);
        let dateline = doc.source.dateline.as_deref();
        let title_case = vec![std::cell::Cell::new(None); sentences.len()];
        Work {
            stage,
            text: &doc.text,
            tokens,
            sentences,
            quotes: quote_regions(doc),
            noun,
            verb,
            not_propn,
            propn,
            parsed: &doc.tokens,
            title_case,
            date: doc.published_date(),
            cands: Vec::new(),
            longest_cand: 0,
            phrases: HashMap::new(),
            consumed: Vec::new(),
            title_of: HashMap::new(),
            cand_actor: Vec::new(),
            tagged_persons: Vec::new(),
            kin_links: HashMap::new(),
            tagged: Vec::new(),
            actors: Vec::new(),
            by_key: HashMap::new(),
            by_entry: HashMap::new(),
            mentions: Vec::new(),
            member_spans: Vec::new(),
            warnings: Vec::new(),
            dateline,
            headline: doc.title.as_deref(),
            doc_country: None,
            state_holders: Vec::new(),
            indexed: 0,
            state_indexed: 0,
            removals: 0,
            indexed_removals: 0,
            state_indexed_removals: 0,
            ends: HashMap::new(),
            state_index: HashMap::new(),
            police_only: std::cell::Cell::new(None),
            checks: std::cell::Cell::new(0),
            inferred: Vec::new(),
            preferred_countries: Vec::new(),
            committees: Vec::new(),
            sides: None,
            plural_owner: None,
            other_name_countries: Vec::new(),
        }
    }

    fn kb(&self) -> &'a Kb {
        &self.stage.kb
    }

    /// The KB agent role word `w` names ("officer", "refugee"), if any.
    fn role_agent(&self, w: u32) -> Option<&'a Agent> {
        self.stage
            .words
            .get(w as usize)
            .and_then(|(_, word)| word.agent)
            .and_then(|a| self.kb().agents().get(a as usize))
    }

    fn slice(&self, span: Span) -> &'a str {
        span.slice(self.text)
    }

    /// Whether a name found at `span` ends a US state's name of `data/us_states.tsv`
    /// with the one or two words before it ("Mexico" in "New Mexico"): no country then.
    fn inside_state_name(&self, span: Span) -> bool {
        let before = self.text.get(..span.start as usize).unwrap_or("");
        if !before.ends_with(' ') {
            return false;
        }
        let name = self.slice(span);
        // (only a name that ends a state's name of several words: "Mexico", "Jersey")
        if !self.stage.state_name_ends.contains(name) {
            return false;
        }
        // (the last few words only: "District of Columbia" is the longest)
        let mut from = before.len().saturating_sub(32);
        while !before.is_char_boundary(from) {
            from -= 1;
        }
        let words: Vec<&str> = before[from..].split_whitespace().rev().take(2).collect();
        (1..=words.len()).any(|n| {
            let mut joined: Vec<&str> = words[..n].iter().rev().copied().collect();
            joined.push(name);
            let joined = joined.join(" ");
            self.stage.us_states.get(&joined) == Some(&joined)
        })
    }

    /// Whether the KB name at `span`, a country's or a foreign seat's ("Jordan", "Paris",
    /// "Lebanon"), is an American town's: a US state's name or abbreviation of
    /// `data/us_states.tsv` follows it after a comma ("Jordan, Minnesota", "Paris, Texas,",
    /// "Lebanon, Pa."). The states' own country's names stay ("Washington, D.C.").
    fn us_town_named_like(&self, span: Span, surfaces: &[u32]) -> bool {
        let Some(rest) = self
            .text
            .get(span.end as usize..)
            .and_then(|r| r.strip_prefix(", "))
        else {
            return false;
        };
        let foreign = surfaces.iter().any(|&x| {
            self.kb().surfaces().get(x as usize).is_some_and(|s| {
                self.country_of_entry(s.entry)
                    .is_some_and(|c| c != self.stage.states_country)
            })
        });
        // (not a state named like a country or a seat: "Russia, Georgia and Ukraine",
        // "Israel, Washington and Moscow" are lists)
        foreign
            && self.stage.us_states.iter().any(|(k, name)| {
                !self.stage.state_countries.iter().any(|(n, _)| n == name)
                    && self.kb().seat(name).is_none()
                    && rest
                        .strip_prefix(k.as_str())
                        .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
            })
    }

    /// Whether the KB name at `span` is a state agency's of one country (`seats.tsv` kind
    /// `agency`: "Justice Department", "Department of Justice", USAGOV) written after
    /// another country's demonym or name, possessive or not ("the Kenyan Justice
    /// Department", "Kenya's Department of Justice"): that country's body, left to the
    /// role words ("department" of `agents.tsv`), not the agency.
    fn agency_of_another_country(&self, span: Span, surfaces: &[u32]) -> bool {
        let kb = self.kb();
        let mut agency_country = None;
        for &x in surfaces {
            match kb.surfaces().get(x as usize).map(|s| s.entry) {
                Some(EntryRef::Seat(i)) => match kb.seats().get(i as usize) {
                    Some(seat) if seat.kind == "agency" => agency_country = seat.country.as_deref(),
                    _ => return false,
                },
                _ => return false,
            }
        }
        let Some(own) = agency_country else {
            return false;
        };
        let before = self.text.get(..span.start as usize).unwrap_or("");
        let Some(before) = before.strip_suffix(' ') else {
            return false;
        };
        let word = before.rsplit(' ').next().unwrap_or("");
        let word = (word.strip_suffix("'s"))
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        !word.is_empty()
            && word.starts_with(char::is_uppercase)
            && kb.country(word).is_some_and(|c| c.alpha3 != own)
    }

    /// The names of `ActorResolution::state_countries` the article uses for the US state
    /// ("Georgia"): the dateline is American, the text gives the state's abbreviation
    /// after a comma ("Atlanta, Ga.") or calls it a state ("Georgia State Patrol", "the
    /// state of Georgia", "Georgia state police") or a county's ("Burke County, Georgia"),
    /// or names two other states by name and never sets the name beside a country; and the article names no seat of the
    /// country's power ("Tbilisi") nor, under a dateline that is not American, its
    /// demonym ("Georgian").
    fn states_not_countries(&self) -> Vec<&'a str> {
        let kb: &'a Kb = &self.stage.kb;
        let text = self.text;
        let stage = self.stage;
        let mut dateline_us: Option<bool> = None;
        let mut out = Vec::new();
        for (name, alpha3) in &stage.state_countries {
            if !text.contains(name.as_str()) {
                continue;
            }
            // (an American dateline other than a seat of the federal government: a
            // WASHINGTON story names Georgia the country as often as the state)
            let us = *dateline_us.get_or_insert_with(|| {
                self.dateline.is_some_and(|d| {
                    self.dateline_country(d).as_deref() == Some(stage.states_country.as_str())
                        && !self.dateline_is_seat(d)
                })
            });
            let seat = (kb.seats().iter())
                .filter(|s| s.country.as_deref() == Some(alpha3.as_str()))
                .any(|s| {
                    std::iter::once(&s.name)
                        .chain(&s.aliases)
                        .any(|n| text.contains(n.as_str()))
                });
            let demonym = !us
                && kb
                    .country(alpha3)
                    .is_some_and(|c| c.demonyms.iter().any(|d| text.contains(d.as_str())));
            if seat || demonym {
                continue;
            }
            let abbreviated = (stage.us_states.iter())
                .any(|(k, n)| n == name && k != name && text.contains(&format!(", {k}")));
            let state = [
                format!("{name} State "),
                format!("{name} state "),
                format!("state of {name}"),
                format!("State of {name}"),
                format!("state police in {name}"),
                format!("State police in {name}"),
                format!("state troopers in {name}"),
                format!("State troopers in {name}"),
                format!("County, {name}"),
            ]
            .iter()
            .any(|p| text.contains(p.as_str()));
            // The text on each side of an occurrence of the name, past a list's commas and
            // "and".
            let neighbours = |at: usize| {
                let before = text[..at].trim_end_matches([',', ' ']);
                let before = before.strip_suffix(" and").unwrap_or(before);
                let after = text[at + name.len()..].trim_start_matches([',', ' ']);
                (before, after.strip_prefix("and ").unwrap_or(after))
            };
            // ("primaries in Alabama, Georgia and Tennessee": one of a list of states, not
            // beside a state named as a seat, "in Washington, Georgia's envoy")
            let listed = text.match_indices(name.as_str()).any(|(at, _)| {
                let (before, after) = neighbours(at);
                stage.us_states.values().any(|n| {
                    n != name
                        && kb.seat(n).is_none()
                        && (before.ends_with(n.as_str()) || after.starts_with(n.as_str()))
                })
            });
            // (an article of American affairs names two other states by name: "Senators
            // from Ohio and Arkansas met voters in Georgia"; not where the name
            // stands in a list beside a country, "Cyprus, Georgia, India")
            let domestic = stage.us_states.iter().filter(|(k, n)| {
                k == n
                    && *n != name
                    && kb.seat(n).is_none()
                    && !stage.state_countries.iter().any(|(s, _)| s == *n)
                    && text
                        .match_indices(n.as_str())
                        .any(|(at, _)| bounded(text, at, at + n.len()))
            });
            let beside_country = text.match_indices(name.as_str()).any(|(at, _)| {
                let (before, after) = neighbours(at);
                let last = before.rsplit(' ').next().unwrap_or("");
                let next = after.split([' ', ',', '.', ';']).next().unwrap_or("");
                [last, next]
                    .iter()
                    .any(|w| w.starts_with(char::is_uppercase) && kb.country(w).is_some())
            });
            let american = domestic.take(2).count() == 2 && !beside_country;
            if us || abbreviated || state || listed || american {
                out.push(name.as_str());
            }
        }
        out
    }

    /// Whether the KB surfaces `surfaces` are some and all a country's, written in one of
    /// `forms`.
    fn country_surfaces(&self, surfaces: &[u32], forms: &[NameForm]) -> bool {
        let kb = self.kb();
        !surfaces.is_empty()
            && surfaces.iter().all(|&s| {
                kb.surfaces().get(s as usize).is_some_and(|x| {
                    matches!(x.entry, EntryRef::Country(_)) && forms.contains(&x.form)
                })
            })
    }

    /// Whether the KB country name at `span` (its name or an alias written out, not an
    /// abbreviation) is a word of another capitalised name: after "New" ("New Guinea",
    /// "Papua-New Guinea" spelled otherwise) or, a name of one word, before a capitalised
    /// word that is no month or weekday, no role or title word ("Russia President"), no
    /// abbreviated title, not "City" and opens no KB name ("Georgia Gulf", "America
    /// Online": companies, not the countries), outside a title-case headline.
    fn country_in_other_name(&self, span: Span, sentence: u32, surfaces: &[u32]) -> bool {
        let country = self.country_surfaces(
            surfaces,
            &[NameForm::Name, NameForm::Formal, NameForm::Alias],
        );
        let name = self.slice(span);
        if !country || name.contains('.') || !name.chars().any(char::is_lowercase) {
            return false;
        }
        let before = self.text.get(..span.start as usize).unwrap_or("");
        if before.ends_with("New ") && !name.starts_with("New ") {
            return true;
        }
        // ("the Iran-Contra Report", "the Iran-Contra committee": a country's name joined by
        // a hyphen to a capitalised word that opens no KB name nor role is a word of the
        // compound's name; "Iran-Iraq", "U.S.-Soviet" stay two countries)
        if let Some(after) = (self.text.get(span.end as usize..)).and_then(|r| r.strip_prefix('-'))
        {
            let next: &str = after
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            if next.len() >= 2
                && next.starts_with(char::is_uppercase)
                && !next.chars().skip(1).any(char::is_uppercase)
                && !self.stage.is_role_word(&next.to_lowercase())
            {
                let mut kb_name = false;
                self.stage.find_names(next, |start, end, _| {
                    kb_name |= start == 0 && end == next.len();
                });
                return !kb_name;
            }
        }
        // (a name of several words opens its state's own bodies: "United States District
        // Court", "United States Pacific Command")
        if name.contains(' ') {
            return false;
        }
        let Some(after) = (self.text.get(span.end as usize..)).and_then(|r| r.strip_prefix(' '))
        else {
            return false;
        };
        let next = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if next.len() < 2
            || !next.starts_with(char::is_uppercase)
            || next.chars().skip(1).any(char::is_uppercase)
        {
            return false;
        }
        // ("Kuwait City", "Panama City": the capital, in its country; "ambassador to Kenya
        // Prudence Bushnell": a person's name after it; "Why Does Israel Refuse": a verb)
        let gaz = &self.stage.names.gazetteer;
        let at = self.tokens.partition_point(|t| t.start <= span.end);
        if next == "City"
            || self.verb.get(at) == Some(&true)
            || self.stage.given_names.contains_key(next)
            || gaz.classes(next) & crate::Gazetteer::FIRST_NAME != 0
            || self.after_destination_head(before)
        {
            return false;
        }
        let lower = next.to_lowercase();
        let words = &self.stage.words;
        let i = words.partition_point(|(w, _)| w.as_str() < lower.as_str());
        let role = words.get(i).is_some_and(|(w, _)| {
            w == &lower
                || w.strip_prefix(lower.as_str())
                    .is_some_and(|r| r.starts_with(' '))
        });
        // ("the Philippines Department of Foreign Affairs", "the Nigeria Police": a state
        // body's head word, `data/body_name_heads.tsv`, opens the country's own body)
        let body = (self.stage.body_name_heads.get(&lower)).is_some_and(|r| r != "BUS");
        if role
            || body
            || self.stage.calendar_words.contains(&lower)
            || self.stage.title_abbreviations.contains(next)
            || self.title_case(sentence)
        {
            return false;
        }
        // ("Kosovo Liberation Army", "Kenya Defence Forces": a body of the country's name,
        // which the role rules read)
        let run = after
            .split(' ')
            .take(4)
            .take_while(|w| w.starts_with(char::is_uppercase))
            .map(|w| {
                w.trim_end_matches(|c: char| !c.is_alphabetic())
                    .to_lowercase()
            });
        if run.clone().skip(1).any(|w| self.stage.is_role_word(&w)) {
            return false;
        }
        let mut cut = after.len().min(64);
        while !after.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut kb_name = false;
        let after = &after[..cut];
        self.stage.find_names(after, |start, end, _| {
            kb_name |= start == 0 && bounded(after, start, end);
        });
        !kb_name
    }

    /// Whether the KB demonym or country name at `span` opens a run of capitalised words
    /// that a word of `data/private_name_heads.txt` makes a private body's own name ("the
    /// American Legion", "the American Civil Liberties Union", "the Cuban American National
    /// Foundation", "the U.S. Olympic Committee"): a word of that name, not the country's
    /// state. A run holding a role word before the head ("the Russian Army Football Club"),
    /// or in a title-case headline, is left to the role rules.
    fn country_word_opens_private_name(&self, span: Span, sentence: u32, surfaces: &[u32]) -> bool {
        let country_word = self.country_surfaces(
            surfaces,
            &[
                NameForm::Demonym,
                NameForm::Name,
                NameForm::Formal,
                NameForm::Alias,
            ],
        );
        let Some(after) = (self.text.get(span.end as usize..)).and_then(|r| r.strip_prefix(' '))
        else {
            return false;
        };
        if !country_word || !after.starts_with(char::is_uppercase) || self.title_case(sentence) {
            return false;
        }
        // the run: capitalised words, with "of", "for", "and", "&" between two of them, up
        // to a word that ends in punctuation
        let mut words = after.split(' ').take(8).peekable();
        while let Some(raw) = words.next() {
            let word = raw
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .trim_end_matches("'s")
                .trim_end_matches("’s");
            let capitalised = word.starts_with(char::is_uppercase);
            let joiner = matches!(word, "of" | "for" | "and" | "&")
                && words
                    .peek()
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            if !capitalised && !joiner {
                return false;
            }
            let lower = word.to_lowercase();
            if self.stage.private_name_heads.contains(&lower) {
                return true;
            }
            if capitalised && self.stage.is_role_word(&lower) {
                return false;
            }
            if word.len() != raw.len() && !raw.ends_with("'s") && !raw.ends_with("’s") {
                return false;
            }
        }
        false
    }

    /// Whether the KB country name at `span` closes a private body's name after "of" or
    /// "for": a run of capitalised words right before (with "of", "for", "and", "&" between
    /// two of them) holds a word of `data/private_name_heads.txt` ("the Law Society of
    /// Kenya", "the Red Cross Society of China", "the Consumer Federation of America");
    /// outside title-case headlines. The country's name is a word of the body's name, as
    /// where it opens one ([`Work::country_word_opens_private_name`]).
    fn country_word_closes_private_name(
        &self,
        span: Span,
        sentence: u32,
        surfaces: &[u32],
    ) -> bool {
        let country_word = self.country_surfaces(
            surfaces,
            &[NameForm::Name, NameForm::Formal, NameForm::Alias],
        );
        if !country_word || self.title_case(sentence) {
            return false;
        }
        let before = self.text.get(..span.start as usize).unwrap_or("");
        let Some(before) = before
            .strip_suffix(" of ")
            .or_else(|| before.strip_suffix(" for "))
            // ("the Tour de France": a French "of")
            .or_else(|| before.strip_suffix(" de "))
            .map(|b| b.strip_suffix(" the").unwrap_or(b))
        else {
            return false;
        };
        // the run leftwards: capitalised words, with a joiner between two of them
        let mut words = before.rsplit(' ').take(8).peekable();
        while let Some(word) = words.next() {
            let capitalised = word.starts_with(char::is_uppercase)
                && word.chars().all(|c| c.is_alphanumeric() || c == '-');
            let joiner = matches!(word, "of" | "for" | "and" | "&")
                && words
                    .peek()
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            if !capitalised && !joiner {
                return false;
            }
            if self.stage.private_name_heads.contains(&word.to_lowercase()) {
                return true;
            }
        }
        false
    }

    /// Whether text `before` ends in a destination noun of `data/destination_heads.txt` and
    /// "to" ("the ambassador to "): the name after it is the destination.
    fn after_destination_head(&self, before: &str) -> bool {
        let mut words = before.split_whitespace().rev();
        words.next() == Some("to")
            && words
                .next()
                .is_some_and(|w| self.stage.destination_heads.contains(&w.to_lowercase()))
    }

    /// Whether the all-capitals KB name at `span` ("ROC") is spelled out in the article
    /// as another name: it stands in brackets after capitalised words whose initials it
    /// is ("the Registrar of Companies (ROC)"; of, the, and, for, on between them), and
    /// those words are no KB name ("Republic of China (ROC)" keeps Taiwan).
    /// `bracketed`: the article's bracketed acronyms and where their brackets open
    /// ([`bracketed_acronyms`]).
    fn acronym_of_other_name(&self, span: Span, bracketed: &[(&str, usize)]) -> bool {
        let acronym = self.slice(span);
        if !(2..=6).contains(&acronym.len()) || !acronym.chars().all(|c| c.is_ascii_uppercase()) {
            return false;
        }
        let found = bracketed.iter().filter(|(a, _)| *a == acronym);
        found.map(|&(_, at)| at).any(|at| {
            let before = self.text[..at].trim_end();
            // the acronym's letters from the last, each the initial of a word before the
            // bracket (a capitalised one, or a small word: "of" in "ROC")
            let mut need = acronym.chars().rev().peekable();
            let mut from = before.len();
            for w in before.rsplit(' ') {
                let Some(&letter) = need.peek() else {
                    break;
                };
                let small = matches!(w, "of" | "the" | "and" | "for" | "on" | "&");
                let first = w.chars().next().unwrap_or(' ');
                if first.to_ascii_uppercase() == letter && (first.is_uppercase() || small) {
                    need.next();
                } else if !small {
                    break;
                }
                from = from.saturating_sub(w.len() + 1);
            }
            let long = before.get(from..).unwrap_or("").trim();
            let mut kb_name = false;
            self.stage
                .find_names(long, |s, e, _| kb_name |= s == 0 && e == long.len());
            need.peek().is_none() && long.starts_with(char::is_uppercase) && !kb_name
        })
    }

    /// Whether role word `w` at `span` names private people (`is_private_role`: immigrants,
    /// farmers, clerics) only as a stance after "anti-" or "pro-" ("anti-immigrant
    /// rhetoric") or as a word of a name, capitalised inside its sentence ("the Office of
    /// Immigrant Affairs", "Tourist Commission").
    fn stance_or_named_private_noun(&self, w: u32, span: Span) -> bool {
        let agent = self.role_agent(w);
        if !agent.is_some_and(|a| is_private_role(&a.role)) {
            return false;
        }
        // ("Muslims protested", "French Jews": the people of a faith are always written
        // capitalised; the capital names no body.)
        let faith_people =
            agent.is_some_and(|a| a.kind == ActorKind::Group && is_faith_role(&a.role));
        let before = self.text.get(..span.start as usize).unwrap_or("");
        let lower = before
            .get(before.len().saturating_sub(5)..)
            .unwrap_or("")
            .to_lowercase();
        if lower.ends_with("anti-") || lower.ends_with("pro-") {
            return true;
        }
        let Some(k) = self.token_at(span.start) else {
            return false;
        };
        // ("a tourist attraction", "immigrant visas": a modifier of a noun; refugees keep
        // the issue rules: "the Syrian refugee crisis")
        let next = k + 1;
        let refugee = self.role_agent(w).is_some_and(|a| a.role == "REF");
        if !refugee
            && self.noun.get(next) == Some(&true)
            && self.word(next).starts_with(char::is_lowercase)
            && self.sentence_of(self.tokens[next].start) == self.sentence_of(span.start)
        {
            return true;
        }
        let opens = k == 0
            || self.sentence_of(self.tokens[k - 1].start) != self.sentence_of(span.start)
            || !self.word(k - 1).chars().any(char::is_alphanumeric);
        self.slice(span).starts_with(char::is_uppercase)
            && !opens
            && !faith_people
            && !self
                .sentence_of(span.start)
                .is_some_and(|si| self.title_case(si))
    }

    fn sentence_of(&self, at: u32) -> Option<u32> {
        let i = self.sentences.partition_point(|s| s.0.end <= at);
        (i < self.sentences.len() && self.sentences[i].0.start <= at).then_some(i as u32)
    }

    fn token_at(&self, at: u32) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.end <= at);
        (i < self.tokens.len() && self.tokens[i].start <= at).then_some(i)
    }

    fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.slice(self.text))
    }

    /// The quote the pronoun or name at `span` attributes: the quote region ending right
    /// before it with only blanks and punctuation between ("...," she said).
    fn quote_attributed_by(&self, span: Span) -> Option<Span> {
        let i = self.quotes.partition_point(|q| q.end <= span.start);
        let q = *self.quotes.get(i.checked_sub(1)?)?;
        let between = self.text.get(q.end as usize..span.start as usize)?;
        between
            .chars()
            .all(|c| c.is_whitespace() || c.is_ascii_punctuation())
            .then_some(q)
    }

    fn in_quote(&self, at: u32) -> bool {
        let i = self.quotes.partition_point(|q| q.end <= at);
        i < self.quotes.len() && self.quotes[i].start <= at
    }

    // ---- 1. candidates ----

    fn gather(&mut self) {
        let text = self.text;
        let mut cands = Vec::new();
        let states = self.states_not_countries();
        let bracketed = bracketed_acronyms(text);
        let mut other_name_countries = Vec::new();
        let kb: &'a Kb = &self.stage.kb;
        self.stage.find_names(text, |start, end, pattern| {
            let span = Span::new(start, end);
            if !bounded(text, start, end)
                || after_elided_particle(text, start)
                || self.inside_state_name(span)
            {
                return;
            }
            let Some(sentence) = self.sentence_of(span.start) else {
                return;
            };
            let surfaces = self
                .stage
                .name_surfaces
                .get(pattern)
                .map_or(&[][..], Vec::as_slice);
            // "Georgia" of an American story, "Georgia Gulf", "New Guinea", the "ROC" a
            // Malaysian story spells out as its Registrar of Companies: no KB name
            if states.contains(&&text[start..end])
                || self.acronym_of_other_name(span, &bracketed)
                || self.us_town_named_like(span, surfaces)
                || self.agency_of_another_country(span, surfaces)
            {
                return;
            }
            // "the American Legion", "the Kenyan Bar Association": a private body's name
            let private = self.country_word_opens_private_name(span, sentence, surfaces)
                || self.country_word_closes_private_name(span, sentence, surfaces);
            if private || self.country_in_other_name(span, sentence, surfaces) {
                // ("Kenya Airways" is Kenyan, "New Guinea" no Guinea)
                if private || !text[..start].ends_with("New ") {
                    let country = surfaces.first().and_then(|&s| {
                        match kb.surfaces().get(s as usize)?.entry {
                            EntryRef::Country(i) => kb.countries().get(i as usize),
                            _ => None,
                        }
                    });
                    other_name_countries.extend(country.map(|c| c.alpha3.as_str()));
                }
                return;
            }
            cands.push(Cand {
                span,
                sentence,
                what: What::Kb(surfaces),
            });
        });
        self.other_name_countries = other_name_countries;
        // the KB names, in text order: a role word inside one is searched for among them
        let names = cands.len();
        if let Some(ac) = &self.stage.word_ac {
            for m in ac.find_iter(text) {
                if !bounded(text, m.start(), m.end()) {
                    continue;
                }
                let span = Span::new(m.start(), m.end());
                let Some(sentence) = self.sentence_of(span.start) else {
                    continue;
                };
                let before = cands[..names].partition_point(|c: &Cand| c.span.start < span.end);
                if cands[before.saturating_sub(8)..before]
                    .iter()
                    .chain(cands[names..].iter().rev().take(8))
                    .any(|c: &Cand| c.span.overlaps(span))
                {
                    continue; // names win over role words
                }
                // "anti-immigrant", "the Office of Immigrant Affairs": no one
                if self.stance_or_named_private_noun(m.pattern().as_u32(), span) {
                    continue;
                }
                // "the WHO's chief": a noun read only after a possessive
                if self.needs_possessor(m.pattern().as_u32())
                    && (!self.after_possessive(span) || self.head_of_a_person(span))
                {
                    continue;
                }
                // "a customs officer", "the chief investment officer", "a Kellogg officer":
                // an officer of no army
                if self.officer_of_no_army(m.pattern().as_u32(), span, &cands[..names]) {
                    continue;
                }
                // "the official Iraqi News Agency", "his official Twitter feed": an adjective
                if self.official_as_adjective(span) {
                    continue;
                }
                // "Germany remained firm": no company
                if self.bare_after_verb(m.pattern().as_u32(), span) {
                    continue;
                }
                // "a house", "House prices": only "the House" is a legislature; "Melville
                // House", "House Bill 1523" are other names
                if self.lower_case_legislature(m.pattern().as_u32(), span)
                    || self.legislature_in_other_name(m.pattern().as_u32(), span)
                    || self.speaker_of_no_legislature(m.pattern().as_u32(), span)
                {
                    continue;
                }
                // "Action Network", "Movement for ...": a capitalised word that is only a
                // group's description is part of another name
                if self.capitalised_group_noun(m.pattern().as_u32(), span) {
                    continue;
                }
                cands.push(Cand {
                    span,
                    sentence,
                    what: What::Role(m.pattern().as_u32()),
                });
            }
        }
        for t in &self.tokens {
            let w = t.slice(text);
            if w.len() > 7 || !w.starts_with(['h', 'H', 's', 'S']) {
                continue;
            }
            if let Some(&(_, g)) = PRONOUNS.iter().find(|p| p.0.eq_ignore_ascii_case(w)) {
                if let Some(sentence) = self.sentence_of(t.start) {
                    cands.push(Cand {
                        span: *t,
                        sentence,
                        what: What::Pronoun(g),
                    });
                }
            }
        }
        self.cands = cands;
        // the passes below find overlaps by binary search
        self.sort_cands();
        self.drop_unquantified_country_nouns();
        self.tag_unknown_names();
        self.sort_cands();
        self.party_committee_names();
        self.sort_cands();
        self.names_after_titles();
        self.sort_cands();
        self.names_split_after_capitalised_titles();
        self.sort_cands();
        self.companies_closed_by_suffixes();
        self.sort_cands();
        self.given_names_before_kb_surnames();
        self.surnames_that_are_titles_or_countries();
        self.relatives_named_by_kb_short_forms();
        self.company_names_opening_with_role_words();
        self.organisations_named_after_people();
        self.sort_cands();
        self.proper_names_ending_in_role_words();
        self.later_surnames();
        self.sort_cands();
        self.one_word_names_elsewhere();
        self.sort_cands();
        self.consumed = vec![false; self.cands.len()];
        self.cand_actor = vec![None; self.cands.len()];
    }

    /// "The Republican National Committee", "the Democratic National Committee": a party
    /// word of `data/partisan_words.txt` before "National Committee" is a name the tagger
    /// may miss (at a sentence start most of all); role words inside it give way, another
    /// name over it wins. [`Work::code_us_party_names`] codes it as the party.
    fn party_committee_names(&mut self) {
        let mut found = Vec::new();
        for (si, (_, range)) in self.sentences.iter().enumerate() {
            for k in range.start..range.end.saturating_sub(2) {
                if self.word(k + 1) != "National"
                    || self.word(k + 2) != "Committee"
                    || !self.stage.partisan(self.word(k))
                {
                    continue;
                }
                let span = Span::new(
                    self.tokens[k].start as usize,
                    self.tokens[k + 2].end as usize,
                );
                let other_name = self
                    .overlapping_cands(span)
                    .any(|c| !matches!(self.cands[c].what, What::Role(_)));
                if !other_name {
                    found.push((span, si as u32));
                }
            }
        }
        if found.is_empty() {
            return;
        }
        self.cands
            .retain(|c| !found.iter().any(|(span, _)| span.overlaps(c.span)));
        for (span, sentence) in found {
            self.cands.push(Cand {
                span,
                sentence,
                what: What::Unknown(NameKind::Organization),
            });
        }
    }

    /// "countries", "nations", "neighbours" (descriptions of reading `countries`) are role
    /// words only with a number ("both countries", "the two nations"): "their countries",
    /// "China's neighbours", "other Muslim nations" name no one and change no phrase.
    fn drop_unquantified_country_nouns(&mut self) {
        let keep: Vec<bool> = (0..self.cands.len())
            .map(|i| {
                if !matches!(self.cands[i].what, What::Role(_)) {
                    return true;
                }
                let countries = self.reading_of(i) == Some(Reading::Countries);
                !countries || self.quantified(i).is_some()
            })
            .collect();
        if keep.iter().all(|&k| k) {
            return;
        }
        let mut i = 0;
        self.cands.retain(|_| {
            i += 1;
            keep[i - 1]
        });
    }

    /// Whether role word `w` at `span` is the agent "officer" (MIL, as Phoenix codes it)
    /// after a word that makes it an officer of something other than an army: a common noun
    /// naming a duty ("a customs officer", "the chief investment officer", "law enforcement
    /// officers", "a hearing officer"), an adjective of a civil office (`CIVIL_OFFICER_WORDS`:
    /// "a consular officer"), or a capitalised name that is no country's word ("a Kellogg
    /// officer", "a CIA officer": the name is its own actor). Military words keep the army's
    /// officer (`MILITARY_OFFICER_WORDS`: "an Army officer", "a naval flight officer",
    /// "Special Operations officers"), and so do ranks and describing adjectives ("senior
    /// officers", "a retired officer") and a country's word ("Polish officers").
    fn officer_of_no_army(&self, w: u32, span: Span, names: &[Cand]) -> bool {
        let officer = self
            .role_agent(w)
            .is_some_and(|a| a.noun == "officer" && a.role == "MIL");
        let Some(k) = self
            .token_at(span.start)
            .filter(|&k| officer && k > 0)
            .map(|k| k - 1)
        else {
            return false;
        };
        // Is token `i` in the sentence of `span`?
        let sentence = self.sentence_of(span.start);
        let in_sentence = |i: usize| self.sentence_of(self.tokens[i].start) == sentence;
        if !in_sentence(k) {
            return false;
        }
        let before = self.word(k);
        let military = |w: &str| {
            MILITARY_OFFICER_WORDS
                .iter()
                .any(|m| w.eq_ignore_ascii_case(m))
        };
        if military(before) {
            return false;
        }
        // ("a Kenyan consular officer", "Serbian officers": a country's word in the two
        // words before keeps the agent, as the demonym's convention asks)
        let from = if k > 0 && in_sentence(k - 1) {
            self.tokens[k - 1].start
        } else {
            self.tokens[k].start
        };
        let country_word = names
            .iter()
            .filter(|c| c.span.start >= from && c.span.end <= span.start)
            .any(|c| {
                let What::Kb(ss) = &c.what else {
                    return false;
                };
                ss.iter().any(|&x| {
                    self.kb()
                        .surfaces()
                        .get(x as usize)
                        .is_some_and(|s| matches!(s.entry, EntryRef::Country(_)))
                })
            });
        if country_word {
            return false;
        }
        if before.starts_with(char::is_lowercase) {
            return CIVIL_OFFICER_WORDS.contains(&before)
                || (self.noun.get(k) == Some(&true) && !before.contains('-'));
        }
        // a capitalised word: a country's word or one that opens the sentence keeps the
        // officer
        let opens =
            k == 0 || !in_sentence(k - 1) || !self.word(k - 1).chars().any(char::is_alphanumeric);
        before.starts_with(char::is_uppercase) && !opens && self.propn.get(k) == Some(&true)
    }

    /// Whether the word at `span` is "official" as an adjective after a determiner or a
    /// possessive ("the official Iraqi News Agency", "Egypt's official news agency", "his
    /// official Twitter feed", "the official Japanese view"): no official, and no state's
    /// government. The parse must read it as a modifier (ADJ), so "the official said" and
    /// "the official Monday" stay people; a title before a name has no determiner
    /// ("immigration official Jurie de Wet").
    fn official_as_adjective(&self, span: Span) -> bool {
        if !self.slice(span).eq_ignore_ascii_case("official") {
            return false;
        }
        let Some(k) = self.token_at(span.start).filter(|&k| k > 0) else {
            return false;
        };
        let adjective = attache_core::Upos::exact("ADJ");
        if adjective.is_none() || self.parsed.get(k).map(|t| t.upos) != adjective {
            return false;
        }
        let before = self.word(k - 1);
        self.sentence_of(self.tokens[k - 1].start) == self.sentence_of(span.start)
            && ([
                "the", "an", "his", "her", "its", "their", "our", "your", "my",
            ]
            .iter()
            .any(|d| before.eq_ignore_ascii_case(d))
                || before.ends_with("'s")
                || before.ends_with("\u{2019}s"))
            && self.modified_word(k + 1, span)
    }

    /// Whether token `n` can be the noun an "official" before it modifies: a word of the
    /// same sentence, no verb, calendar word or pronoun ("the official said", "the
    /// official Monday", "the official who"), capitalised or read as a noun or adjective.
    fn modified_word(&self, n: usize, span: Span) -> bool {
        let Some(t) = self.tokens.get(n) else {
            return false;
        };
        let w = t.slice(self.text);
        let adjective = attache_core::Upos::exact("ADJ");
        w.starts_with(char::is_alphabetic)
            && self.sentence_of(t.start) == self.sentence_of(span.start)
            && self.verb.get(n) != Some(&true)
            && !self.stage.calendar_words.contains(&w.to_lowercase())
            && (w.starts_with(char::is_uppercase)
                || self.noun.get(n) == Some(&true)
                || (adjective.is_some() && self.parsed.get(n).map(|t| t.upos) == adjective))
            && !["who", "whom", "whose", "that", "which"]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
    }

    /// Whether role word `w` at `span` is capitalised and only a noun describing KB groups
    /// ("Network", "Movement"), no agent, title, IGO noun or description.
    fn capitalised_group_noun(&self, w: u32, span: Span) -> bool {
        self.stage.words.get(w as usize).is_some_and(|(_, word)| {
            word.group_noun
                && !word.igo_noun
                && !word.title
                && word.agent.is_none()
                && word.desc.is_none()
        }) && self.slice(span).starts_with(char::is_uppercase)
    }

    /// Whether role word `w` at `span` names a legislature only when capitalised
    /// (`data/body_countries.tsv`) and is not: written in lower case, or opening its sentence
    /// before a lower-case word ("House prices rose").
    fn lower_case_legislature(&self, w: u32, span: Span) -> bool {
        let Some((text, _)) = self.stage.words.get(w as usize) else {
            return false;
        };
        if !self
            .stage
            .body_countries
            .get(text)
            .is_some_and(|l| l.capital_only)
        {
            return false;
        }
        if !self.slice(span).starts_with(char::is_uppercase) {
            return true;
        }
        let Some(k) = self.token_at(span.start) else {
            return false;
        };
        let opens = self
            .sentence_of(span.start)
            .and_then(|s| self.sentences.get(s as usize))
            .is_some_and(|(_, range)| range.start == k);
        opens
            && self
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.slice(self.text).starts_with(char::is_lowercase))
    }

    /// Whether legislature word `w` at `span` (`data/body_countries.tsv`) is part of
    /// another name: a bill's ("House Bill 1523", "Senate Resolution 12", "House 5"), or,
    /// for a word that is a legislature only when capitalised ("House"), a publisher's or a
    /// building's ("Melville House"): right after a word the syntax tagger calls a proper
    /// noun that is no country, place, title or party word (the gazetteer's classes) and no
    /// word the KB knows, outside a headline in title case.
    fn legislature_in_other_name(&self, w: u32, span: Span) -> bool {
        let Some((text, _)) = self.stage.words.get(w as usize) else {
            return false;
        };
        let Some(body) = self.stage.body_countries.get(text) else {
            return false;
        };
        let next = self.tokens.partition_point(|t| t.start < span.end);
        let after = self.word(next);
        if matches!(after, "Bill" | "Resolution") || after.starts_with(|c: char| c.is_ascii_digit())
        {
            return true;
        }
        // (a headline in title case capitalises every word: "Clinton Reassures House
        // Democrats")
        if !body.capital_only
            || self
                .sentence_of(span.start)
                .is_some_and(|s| self.title_case(s))
        {
            return false;
        }
        let Some(prev) = self.token_before(span.start) else {
            return false;
        };
        if self.sentence_of(self.tokens[prev].start) != self.sentence_of(span.start) {
            return false;
        }
        let word = self.word(prev);
        // (a capitalised word inside the sentence the tagger reads as an adjective or a noun
        // names a company as well: "the chairman of Random House"; not a chamber's own
        // adjective, "Lower House", "White House"; session 28)
        let inside = self.token_before(self.tokens[prev].start).is_some_and(|p| {
            self.sentence_of(self.tokens[p].start) == self.sentence_of(span.start)
                && self.word(p).starts_with(char::is_lowercase)
        }) && !matches!(
            word,
            "Lower" | "Upper" | "White" | "State" | "Federal" | "National" | "Full" | "Entire"
        );
        word.starts_with(char::is_uppercase)
            && word.chars().all(char::is_alphabetic)
            && (self.propn.get(prev).copied().unwrap_or(false) || inside)
            && self.stage.names.gazetteer.classes(word) & !crate::Gazetteer::PERSON_NAME == 0
            && !self.stage.partisan(word)
            && self.kb().lookup(word, self.date).is_empty()
    }

    /// Whether role word `w` at `span` is a lower-case "speaker" (or "speakers") that no
    /// legislature word precedes: "a speaker at the rally" is no legislator, "House
    /// speaker Newt Gingrich" and "Speaker Paul Ryan" are.
    fn speaker_of_no_legislature(&self, w: u32, span: Span) -> bool {
        let Some((text, _)) = self.stage.words.get(w as usize) else {
            return false;
        };
        if !text.starts_with("speaker") || self.slice(span).starts_with(char::is_uppercase) {
            return false;
        }
        let Some(prev) = self.token_before(span.start) else {
            return true;
        };
        !self
            .stage
            .body_countries
            .contains_key(&self.word(prev).to_lowercase())
            && !self.stage.body_countries.contains_key(self.word(prev))
    }

    /// Whether a role phrase narrows its head with a lower-case modifier that is no
    /// generic adjective ("the interior minister", "the rebel leader"; not "the top
    /// diplomat", "the former minister") or with a legislature word ("the Senate minority
    /// leader"): words between its determiner and role word `r`.
    fn narrowed(&self, phrase: &Phrase, span: Span, r: usize) -> bool {
        const GENERIC: &[&str] = &[
            "top",
            "senior",
            "former",
            "new",
            "veteran",
            "visiting",
            "current",
            "outgoing",
            "incoming",
            "then",
            "acting",
            "interim",
            "longtime",
            "powerful",
            "influential",
        ];
        let head_start = self.cands[r].span.start;
        let before = self.slice(Span {
            start: span.start,
            end: head_start.max(span.start),
        });
        // (the phrase may start after its determiner: only a word equal to it is skipped)
        before
            .split_whitespace()
            .enumerate()
            .filter(|&(i, w)| i > 0 || phrase.det.as_deref() != Some(w.to_lowercase().as_str()))
            .any(|(_, w)| {
                w.chars().all(|ch| ch.is_lowercase() || ch == '-')
                    && !GENERIC.contains(&w)
                    && !DETERMINERS.contains(&w)
            })
            || self.legislature_modifies(span, r)
    }

    /// Whether a legislature word (`data/body_countries.tsv`) comes between the start of
    /// role phrase `span` and its role word `r`: "the Senate minority leader" is a
    /// legislature's, no state's.
    fn legislature_modifies(&self, span: Span, r: usize) -> bool {
        let head_start = self.cands[r].span.start;
        self.overlapping_cands(Span {
            start: span.start,
            end: head_start.max(span.start),
        })
        .any(|k| {
            let c = &self.cands[k];
            c.span.start >= span.start
                && c.span.end <= head_start
                && matches!(c.what, What::Role(w)
                if self.stage.words.get(w as usize).is_some_and(|(t, _)| {
                    self.stage.body_countries.contains_key(t)
                }))
        })
    }

    /// The country of the first mention of the sentence at `span` before it, when that
    /// mention opens the sentence (its subject): "Somalia's federal government accused...".
    fn subject_country(&self, span: Span) -> Option<String> {
        let sentence = self.sentence_of(span.start)?;
        let (_, range) = self.sentences.get(sentence as usize)?;
        let opening = self.tokens.get(range.start)?.start;
        let first = self
            .mentions
            .iter()
            .filter(|m| m.sentence == sentence && m.span.end <= span.start)
            .min_by_key(|m| m.span.start)?;
        let opens = first.span.start == opening
            || (first.span.start > opening
                && DETERMINERS.contains(
                    &self
                        .slice(Span {
                            start: opening,
                            end: first.span.start,
                        })
                        .trim()
                        .to_lowercase()
                        .as_str(),
                ));
        opens
            .then(|| self.actors.get(first.actor as usize)?.actor.country.clone())
            .flatten()
    }

    /// The country opening the sentence of `span` (a country or its government, as
    /// [`Work::subject_country`] finds it), when `span` opens an absolute clause after
    /// it (", with Vice President X calling ...") or trails it before a reporting verb
    /// (", Foreign Minister X said").
    fn subject_state_country(&self, span: Span) -> Option<String> {
        let mut k = self.token_at(span.start)?;
        // "Vice President": capitalised words before the title belong to it
        while k > 0 && self.word(k - 1).starts_with(char::is_uppercase) {
            k -= 1;
        }
        let with = k >= 2 && self.word(k - 1) == "with" && self.word(k - 2) == ",";
        let next = self.tokens.partition_point(|t| t.start < span.end);
        let trailing = k >= 1
            && self.word(k - 1) == ","
            && (next..(next + 4).min(self.tokens.len())).any(|j| self.is_report_verb(j));
        if !with && !trailing {
            return None;
        }
        let country = self.subject_country(span)?;
        let sentence = self.sentence_of(span.start)?;
        let before: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| m.sentence == sentence && m.span.end <= span.start)
            .collect();
        let first = before.iter().min_by_key(|m| m.span.start)?;
        let state = self
            .actors
            .get(first.actor as usize)
            .is_some_and(|a| a.actor.kind == ActorKind::Country);
        let comma = self
            .slice(Span {
                start: first.span.end,
                end: span.start,
            })
            .contains(',');
        state.then_some(())?;
        comma.then_some(country)
    }

    /// Whether the phrase at `span` follows a comma and a reporting verb follows it
    /// within two words: ", its foreign ministry said", ", their spokesman told reporters".
    fn trailing_attribution(&self, span: Span) -> bool {
        let Some(first) = self.token_at(span.start).filter(|&k| k > 0) else {
            return false;
        };
        let next = self.tokens.partition_point(|t| t.start < span.end);
        self.word(first - 1) == ","
            && (next..(next + 2).min(self.tokens.len())).any(|k| self.is_report_verb(k))
    }

    /// Whether role word `w` at `span` is a singular organisation noun ("firm") right
    /// after a verb, with no determiner: an adjective or adverb there ("remained firm",
    /// "stood firm against"), not a company; but a legislature the syntax tagger reads as
    /// a noun there is the body ("protesters stormed parliament"; "shared intelligence"
    /// stays no agency).
    fn bare_after_verb(&self, w: u32, span: Span) -> bool {
        let Some((text, word)) = self.stage.words.get(w as usize) else {
            return false;
        };
        let agent = word.agent.and_then(|a| self.kb().agents().get(a as usize));
        let organisation = agent.is_some_and(|a| a.kind == ActorKind::Organization);
        let legislature = agent.is_some_and(|a| a.role == "LEG");
        let Some(k) = self.token_at(span.start).filter(|&k| k > 0) else {
            return false;
        };
        // "passed Congress", "told Parliament": a capitalised noun is the body's name
        organisation
            && !word.plural
            && !text.contains(' ')
            && self.verb.get(k - 1) == Some(&true)
            && (!legislature || self.noun.get(k) != Some(&true))
            && !self.slice(span).starts_with(char::is_uppercase)
    }

    /// Runs the name tagger on each sentence and adds person and organisation names that
    /// no KB name or role word covers (a leading role word is trimmed off).
    fn tag_unknown_names(&mut self) {
        let mut found = Vec::new();
        // KB short forms inside a longer name of someone else ("King" in "Larry King")
        let mut shadowed: Vec<usize> = Vec::new();
        let mut words: Vec<&str> = Vec::new();
        let mut spans: Vec<Span> = Vec::new();
        for (si, (_, range)) in self.sentences.iter().enumerate() {
            words.clear();
            spans.clear();
            let mut any_upper = false;
            for t in &self.tokens[range.clone()] {
                let w = t.slice(self.text);
                any_upper |= w.chars().next().is_some_and(char::is_uppercase);
                // GUM (the training data) splits the possessive off.
                let stem = w
                    .strip_suffix("'s")
                    .or_else(|| w.strip_suffix("\u{2019}s"))
                    .filter(|s| !s.is_empty());
                match stem {
                    Some(stem) => {
                        let cut = t.start as usize + stem.len();
                        words.push(stem);
                        spans.push(Span::new(t.start as usize, cut));
                        words.push(&w[stem.len()..]);
                        spans.push(Span::new(cut, t.end as usize));
                    }
                    None => {
                        words.push(w);
                        spans.push(*t);
                    }
                }
            }
            if !any_upper {
                continue;
            }
            let mut names = self.stage.names.find(&words);
            self.person_before_terminator(&words, &spans, &mut names);
            for n in names {
                let (Some(a), Some(b)) = (spans.get(n.start), spans.get(n.end.saturating_sub(1)))
                else {
                    continue;
                };
                let mut span = Span {
                    start: a.start,
                    end: b.end,
                };
                if n.kind == NameKind::Person {
                    span.end = self.hyphenated_word_end(span);
                    // (not at the sentence's start, where a KB word inside the name
                    // wins over it: "Marie" alone)
                    let start = self.hyphenated_word_start(span);
                    if self.tokens.partition_point(|t| t.start < start) > range.start {
                        span.start = start;
                    }
                }
                self.tagged.push((span, n.kind));
                if n.kind == NameKind::Place {
                    continue;
                }
                if n.kind == NameKind::Person {
                    self.tagged_persons.push(span);
                }
                // trim leading role words and KB names ("Foreign Minister Ana Petrescu"),
                // not someone else's surname used as this one's given name, also after a
                // trimmed title ("Senator Mara Quinlan" is not Fiji's Kamisese Mara)
                let tagged_span = span;
                let mut kind = n.kind;
                let mut lead_word: Option<Span> = None;
                loop {
                    let lead = self
                        .overlapping_cands(span)
                        .map(|k| &self.cands[k])
                        .find(|c| {
                            c.span.start <= span.start
                                && !(n.kind == NameKind::Person
                                    && c.span.start == span.start
                                    && self.short_form_of_someone_else(c, span))
                        });
                    match lead {
                        Some(c) if c.span.end < span.end => {
                            let rest = self.slice(Span {
                                start: c.span.end,
                                end: span.end,
                            });
                            // "Brigadier Nabil Osman" read as an organisation: after a
                            // title or rank, a short capitalised name is a person's
                            if self.role_names_person(c)
                                && (2..=3).contains(&rest.split_whitespace().count())
                                && rest
                                    .split_whitespace()
                                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                            {
                                kind = NameKind::Person;
                            }
                            // "Fox News Poll", "Huffington Post Pollster": one word left
                            // after a news outlet's name is no name of its own
                            if !rest.trim().contains(' ') && self.is_outlet(c) {
                                span.end = span.start;
                                break;
                            }
                            let skip = rest.len() - rest.trim_start().len();
                            lead_word = Some(c.span);
                            span.start = c.span.end + skip as u32;
                        }
                        Some(_) => {
                            span.end = span.start;
                            break;
                        }
                        None => break,
                    }
                }
                // "the House Select Committee on Benghazi": a committee of the legislature
                // word before it, named up to its "on/of" phrase, is a name of its own that
                // stands for that legislature
                if kind == NameKind::Organization {
                    if let Some(body) = lead_word.filter(|&w| self.legislature_word(w)) {
                        if self
                            .slice(span)
                            .split(' ')
                            .any(|w| matches!(w, "Committee" | "Subcommittee"))
                        {
                            span.end = self.committee_topic_end(span.end, range.clone());
                            // ("Judiciary Committee on Tuesday" as the tagger reads it)
                            let name = self.slice(span);
                            if let Some((head, last)) = name.rsplit_once(' ') {
                                let when = self.stage.calendar_words.contains(&last.to_lowercase());
                                if let Some(cut) = head
                                    .strip_suffix(" on")
                                    .or_else(|| head.strip_suffix(" of"))
                                    .filter(|_| when)
                                {
                                    span.end = span.start + cut.len() as u32;
                                }
                            }
                            if !found.iter().any(|f: &Cand| f.span.overlaps(span))
                                && self.overlapping_cands(span).next().is_none()
                            {
                                self.committees.push((span, body));
                                found.push(Cand {
                                    span,
                                    sentence: si as u32,
                                    what: What::Unknown(kind),
                                });
                            }
                            continue;
                        }
                    }
                }
                if kind == NameKind::Organization {
                    if let Some(person) = self.person_after_inner_title(span, si as u32) {
                        span.start = person;
                        kind = NameKind::Person;
                    }
                }
                // "Democrat Clinton", "Republican Smith", "Team Clinton": a party word (or
                // "Team") opening a person's name is no given name but the person's party
                // (campaign); the name is the rest
                if kind == NameKind::Person {
                    let first = self.tokens.partition_point(|t| t.start < span.start);
                    if (self.stage.partisan(self.word(first)) || self.word(first) == "Team")
                        && self.tokens.get(first + 1).is_some_and(|t| {
                            t.start < span.end
                                && self.word(first + 1).starts_with(char::is_uppercase)
                        })
                    {
                        span.start = self.tokens[first + 1].start;
                    }
                }
                if kind == NameKind::Organization {
                    span.start = self.organisation_start(span.start, range.clone());
                    // "Senate Republican leaders": one word left after a leading role word,
                    // right before another role word, modifies that role; no name
                    let next = self.tokens.partition_point(|t| t.start < span.end);
                    if span.start > tagged_span.start
                        && !self.slice(span).contains(' ')
                        && self
                            .tokens
                            .get(next)
                            .and_then(|t| self.cand_at(t.start))
                            .is_some_and(|k| matches!(self.cands[k].what, What::Role(_)))
                    {
                        continue;
                    }
                }
                // "University of" (a name cut short): trailing lower-case words go
                while let Some((head, last)) = self.slice(span).rsplit_once(' ') {
                    if last.chars().next().is_some_and(char::is_uppercase) {
                        break;
                    }
                    span.end = span.start + head.trim_end().len() as u32;
                }
                let name = self.slice(span);
                // "Sen." alone before a name the tagger left out ("Sen. Richard
                // Blumenthal"): the name is the capitalised words after it
                if self.stage.title_abbreviation(name) {
                    let next = self.tokens.partition_point(|t| t.start < span.end);
                    let last = (next..range.end.min(next + 4))
                        .take_while(|&k| {
                            let w = self.word(k);
                            w.starts_with(char::is_uppercase)
                                && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
                        })
                        .last();
                    if let Some(k) = last {
                        span.end = self.tokens[k].end;
                        kind = NameKind::Person;
                    }
                }
                let name = self.slice(span);
                // "Justice Department", "Interior Ministry": a run of more than one word
                // ending in a word of organisations' names that is no given name or surname
                // is an organisation, not a title and a person
                if kind == NameKind::Person {
                    let gaz = &self.stage.names.gazetteer;
                    if let Some((_, last)) = name.rsplit_once(' ') {
                        let class = gaz.classes(last);
                        if class & crate::Gazetteer::ORGANIZATION != 0
                            && class
                                & (crate::Gazetteer::FIRST_NAME | crate::Gazetteer::PERSON_NAME)
                                == 0
                        {
                            kind = NameKind::Organization;
                        }
                    }
                }
                // "Vermont Sen. Bernie Sanders", "the Florida senator": one word the gazetteer
                // knows as a place, and as no given name unless a title or role word follows,
                // is no person
                if kind == NameKind::Person && !name.contains(' ') {
                    let class = self.stage.names.gazetteer.classes(name);
                    let next = self.tokens.partition_point(|t| t.start < span.end);
                    let before_role = next < range.end
                        && (self.stage.title_abbreviation(self.word(next))
                            || self
                                .cand_at(self.tokens[next].start)
                                .is_some_and(|k| matches!(self.cands[k].what, What::Role(_))));
                    if class & crate::Gazetteer::PLACE != 0
                        && (class & crate::Gazetteer::FIRST_NAME == 0 || before_role)
                    {
                        continue;
                    }
                }
                // "Director" alone: a title, not a name
                let title_only = name.split_whitespace().all(|w| {
                    self.stage.names.gazetteer.classes(w.trim_end_matches('.'))
                        & crate::Gazetteer::TITLE
                        != 0
                        || self.stage.title_abbreviation(w)
                });
                if span.is_empty()
                    || title_only
                    || !name.chars().next().is_some_and(char::is_uppercase)
                    || self.is_market(span, range.clone())
                {
                    continue;
                }
                let overlapping: Vec<usize> = self.overlapping_cands(span).collect();
                let others_surname = kind == NameKind::Person
                    && !overlapping.is_empty()
                    && overlapping
                        .iter()
                        .all(|&k| self.short_form_of_someone_else(&self.cands[k], span));
                // "National Union of ... Traders": capitalised role words inside an
                // organisation's name are part of it, but not a title before the two or
                // three words ending it ("Minority Leader Nancy Pelosi": a person's name)
                let roles_inside = kind == NameKind::Organization
                    && overlapping.iter().all(|&k| {
                        let c = &self.cands[k];
                        let rest = self.slice(Span {
                            start: c.span.end.min(span.end),
                            end: span.end,
                        });
                        let titles_name = self.role_names_person(c)
                            && (2..=3).contains(&rest.split_whitespace().count())
                            && rest
                                .split_whitespace()
                                .all(|w| w.chars().next().is_some_and(char::is_uppercase));
                        matches!(c.what, What::Role(_))
                            && span.contains(c.span)
                            && c.span.start > span.start
                            && !titles_name
                            && self
                                .slice(c.span)
                                .chars()
                                .next()
                                .is_some_and(char::is_uppercase)
                    });
                if !overlapping.is_empty() && !others_surname && !roles_inside {
                    continue;
                }
                // "a Democratic Senate", "the Republican House": a party word before a
                // legislature (`data/body_countries.tsv`) is no name of its own; the body
                // stays
                let partisan_body = kind == NameKind::Organization
                    && overlapping.iter().any(|&k| {
                        let c = &self.cands[k];
                        let body = match c.what {
                            What::Role(w) => self
                                .stage
                                .words
                                .get(w as usize)
                                .is_some_and(|(t, _)| self.stage.body_countries.contains_key(t)),
                            _ => false,
                        };
                        body && c.span.end == span.end
                            && c.span.start > span.start
                            && self
                                .slice(Span {
                                    start: span.start,
                                    end: c.span.start,
                                })
                                .split_whitespace()
                                .all(|w| self.stage.partisan(w))
                    });
                if partisan_body {
                    continue;
                }
                shadowed.extend(overlapping);
                if kind == NameKind::Person && n.kind != NameKind::Person {
                    self.tagged_persons.push(span);
                }
                // a name grown over an earlier one of the sentence replaces it
                if found
                    .iter()
                    .any(|f: &Cand| f.span.contains(span) && f.span != span)
                {
                    continue;
                }
                found.retain(|f| !span.contains(f.span));
                found.push(Cand {
                    span,
                    sentence: si as u32,
                    what: What::Unknown(kind),
                });
            }
        }
        self.drop_cands(&shadowed);
        self.cands.extend(found);
    }

    /// "Supreme Court Justice Ruth Bader Ginsburg" read as one organisation: a title word
    /// of the gazetteer (or an abbreviated title) after the name's first word, followed
    /// by two or three capitalised words that end the name, none a word of organisations,
    /// places, countries or titles, titles a person: where that person's name starts. Not
    /// in a headline in title case ("Wisconsin Elects A Supreme Court Justice Who Once").
    fn person_after_inner_title(&self, span: Span, si: u32) -> Option<u32> {
        if self.title_case(si) {
            return None;
        }
        let gaz = &self.stage.names.gazetteer;
        let first = self.token_at(span.start)?;
        let end = self.tokens.partition_point(|t| t.start < span.end);
        let title = (first + 1..end).rev().find(|&k| {
            let w = self.word(k);
            gaz.classes(w.trim_end_matches('.')) & crate::Gazetteer::TITLE != 0
                || self.stage.title_abbreviation(w)
        })?;
        let rest = title + 1..end;
        let name_word = |k: usize| {
            let w = self.word(k);
            w.starts_with(char::is_uppercase)
                && w.chars().any(char::is_lowercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
                && gaz.classes(w.trim_end_matches('.')) & NOT_PERSON_WORD == 0
        };
        ((2..=3).contains(&rest.len()) && rest.clone().all(name_word))
            .then(|| self.tokens[rest.start].start)
    }

    /// "The minister apologized to Hana Okafor.": before a sentence's final terminator the
    /// tagger reads "to X ." as a destination. A place of two or three capitalised words
    /// right before the terminator is a person's name when the sentence, tagged again
    /// without its terminator, reads the same words as a person, its last word is no word
    /// of places, organisations, countries or titles in the gazetteer and no calendar
    /// word, and its first word is no place word unless it is also a given name ("Victoria
    /// Falls", "Sandy Hook", "Jefferson County" stay places; "George Pataki" is a person).
    fn person_before_terminator(&self, words: &[&str], spans: &[Span], names: &mut [NameSpan]) {
        let mut end = words.len();
        while end > 0 && matches!(words[end - 1], "\"" | "\u{201d}" | "'" | "\u{2019}" | "''") {
            end -= 1;
        }
        if end == 0 || !matches!(words[end - 1], "." | "!" | "?") {
            return;
        }
        let term = end - 1;
        let Some(at) = names
            .iter()
            .position(|n| n.kind == NameKind::Place && n.end == term)
        else {
            return;
        };
        let n = names[at];
        let name = &words[n.start..n.end];
        let gaz = &self.stage.names.gazetteer;
        let (first, last) = (name[0], name[name.len() - 1]);
        let capitalised = |w: &&str| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}'))
                && w.chars().any(char::is_lowercase)
        };
        let first_class = gaz.classes(first);
        if !(2..=3).contains(&name.len())
            || !name.iter().all(capitalised)
            || gaz.classes(last) & NOT_PERSON_WORD != 0
            || self.stage.calendar_words.contains(&last.to_lowercase())
            || (first_class & crate::Gazetteer::PLACE != 0
                && first_class & crate::Gazetteer::FIRST_NAME == 0)
        {
            return;
        }
        // no KB name, demonym or role word inside ("the Washington Examiner", "the
        // Philippine Star"), and none but a person's title right before ("the group Code
        // Pink"; "principal Dawn Hochsprung" is a person)
        let span = Span {
            start: spans[n.start].start,
            end: spans[n.end - 1].end,
        };
        let before_ok = n.start == 0
            || self
                .cand_covering(spans[n.start - 1].start)
                .is_none_or(|k| self.role_names_person(&self.cands[k]));
        if self.overlapping_cands(span).next().is_some()
            || !before_ok
            || ADDRESS_HEADS.contains(&last)
        {
            return;
        }
        let again = self.stage.names.find(&words[..term]);
        if again
            .iter()
            .any(|m| m.kind == NameKind::Person && m.start == n.start && m.end == n.end)
        {
            names[at].kind = NameKind::Person;
        }
    }

    /// A name the tagger found is a stock market or share index: a listed name, alone or
    /// with its number ("the Sensex", "the FTSE 100"), or an unlisted name right before a
    /// verb of market moves with a number and "points" or "percent" soon after, when the
    /// move is a market's: a market word (`data/market_words.txt`) in the name, right
    /// before it or in the words after the verb, or a level of four or more digits there
    /// ("the Karambo Composite fell 120 points", "Orbis shed 2 percent to 8,140"). A name
    /// with a known first name, a country or organisation word, or one the KB knows is
    /// never read so: "Labour rose 2 points to 41 percent in the poll" keeps Labour.
    fn is_market(&self, name: Span, range: std::ops::Range<usize>) -> bool {
        let text = self.slice(name).to_lowercase();
        let listed = |t: &str| self.stage.market_names.contains(t);
        let bare = text
            .rsplit_once(' ')
            .filter(|(_, n)| n.chars().all(|c| c.is_ascii_digit()))
            .map_or(text.as_str(), |(head, _)| head);
        if listed(&text) || listed(bare) {
            return true;
        }
        let market_word = |w: &str| self.stage.market_words.contains(&w.to_lowercase());
        let first = self.tokens.partition_point(|t| t.start < name.start);
        let mut k = self.tokens.partition_point(|t| t.start < name.end);
        let mut marked = text.split_whitespace().any(market_word)
            || (first > range.start && market_word(self.word(first - 1)));
        // the name's own number ("Nikkei 225"), "index"
        while k < range.end
            && (self.word(k).chars().all(|c| c.is_ascii_digit()) || market_word(self.word(k)))
        {
            marked |= market_word(self.word(k));
            k += 1;
        }
        if k >= range.end
            || !self
                .stage
                .market_verbs
                .contains(&self.word(k).to_lowercase())
        {
            return false;
        }
        let known = self.slice(name).split_whitespace().any(|w| {
            self.stage.names.gazetteer.classes(w)
                & (crate::Gazetteer::FIRST_NAME
                    | crate::Gazetteer::COUNTRY
                    | crate::Gazetteer::ORGANIZATION)
                != 0
        }) || self
            .overlapping_cands(name)
            .any(|c| matches!(self.cands[c].what, What::Kb(_)));
        let window = k + 1..(k + 7).min(range.end);
        let number = window.clone().any(|j| {
            self.word(j)
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        });
        let unit = window.clone().any(|j| {
            matches!(
                self.word(j).to_lowercase().as_str(),
                "points" | "point" | "percent" | "%" | "pct"
            )
        });
        // a market's level: "to 18,204", "at 3,412.5"
        let level = window.clone().any(|j| {
            let w = self.word(j);
            let whole = w.split('.').next().unwrap_or(w);
            matches!(self.word(j - 1), "to" | "at")
                && whole.chars().all(|c| c.is_ascii_digit() || c == ',')
                && whole.chars().filter(char::is_ascii_digit).count() >= 4
        });
        marked |= window.into_iter().any(|j| market_word(self.word(j)));
        !known && number && unit && (marked || level)
    }

    /// Removes the candidates at the indices in `shadowed` (indices into `self.cands`).
    fn drop_cands(&mut self, shadowed: &[usize]) {
        if shadowed.is_empty() {
            return;
        }
        let mut k = 0;
        self.cands.retain(|_| {
            k += 1;
            !shadowed.contains(&(k - 1))
        });
    }

    /// Sorts the candidates by start (longest first) and notes the longest one's length,
    /// as [`Work::overlapping_cands`] needs.
    /// Candidates `k` become unknown persons over `span` (a name the tagger left alone, read
    /// as a person by one of the surname rules), each also kept in `tagged_persons`.
    fn name_as_persons(&mut self, named: &[(usize, Span)]) {
        for &(k, span) in named {
            self.cands[k].span = span;
            self.cands[k].what = What::Unknown(NameKind::Person);
            self.tagged_persons.push(span);
        }
        if !named.is_empty() {
            self.sort_cands();
        }
    }

    fn sort_cands(&mut self) {
        self.cands
            .sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
        self.longest_cand = (self.cands.iter())
            .map(|c| c.span.end.saturating_sub(c.span.start))
            .max()
            .unwrap_or(0);
    }

    /// Indices of the candidates overlapping `span`, by binary search: the candidates
    /// must be as [`Work::sort_cands`] left them (sorted by start; none longer than
    /// `longest_cand` bytes, so none starting further back reaches `span`).
    fn overlapping_cands(&self, span: Span) -> impl Iterator<Item = usize> + '_ {
        let reach = self.longest_cand;
        let lo = self
            .cands
            .partition_point(|c| c.span.start.saturating_add(reach) <= span.start);
        (lo..self.cands.len())
            .take_while(move |&k| self.cands[k].span.start < span.end.max(span.start + 1))
            .filter(move |&k| self.cands[k].span.overlaps(span))
    }

    /// Whether candidate `k` is a KB person's short form ("Maiga"), which may be someone
    /// else's surname.
    fn is_short_form_person(&self, k: usize) -> bool {
        self.cands
            .get(k)
            .and_then(|c| c.what.kb_surfaces())
            .and_then(|s| self.best_surface(s))
            .and_then(|b| self.kb().surfaces().get(b as usize))
            .is_some_and(|s| matches!((s.entry, s.form), (EntryRef::Person(_), NameForm::Short)))
    }

    /// Whether candidate `k` is a person's name found by the tagger that starts at byte
    /// `at` (the tagger may stop after a first name it knows: "Issa| Tchiroma Bakary"), or
    /// one word it read as an organisation that is a known first name or follows a title
    /// ("Army spokesman Nabil| Abdallah").
    fn is_cut_short_person(&self, k: usize, at: u32) -> bool {
        self.cands.get(k).is_some_and(|c| {
            c.span.start == at
                && match c.what {
                    What::Unknown(NameKind::Person) => true,
                    What::Unknown(NameKind::Organization) => {
                        let w = self.slice(c.span);
                        let after_title = self
                            .token_at(c.span.start)
                            .filter(|&t| t > 0)
                            .and_then(|t| self.cand_covering(self.tokens[t - 1].start))
                            .is_some_and(|r| self.role_names_person(&self.cands[r]));
                        !w.contains(' ')
                            && (after_title
                                || self.stage.names.gazetteer.classes(w)
                                    & crate::Gazetteer::FIRST_NAME
                                    != 0)
                    }
                    _ => false,
                }
        })
    }

    /// Whether role candidate `c` names a person: a title ("chairman", "foreign
    /// minister") or an agent noun for one person ("spokesman", "brigadier").
    fn role_names_person(&self, c: &Cand) -> bool {
        let What::Role(w) = c.what else {
            return false;
        };
        let Some((_, word)) = self.stage.words.get(w as usize) else {
            return false;
        };
        let agent = word.agent.and_then(|a| self.kb().agents().get(a as usize));
        !word.plural && (word.title || agent.is_some_and(|a| a.kind == ActorKind::Person))
    }

    /// A title or rank right before two or three capitalised words the tagger left
    /// alone ("Commission chairman Peter Otieno", "Chief Cabinet Secretary Hiroshi
    /// Tanabe") titles a person's name: they are a name candidate when no candidate covers
    /// them, none is a country, organisation or title word (or a place that is no
    /// person's name), and no capitalised word follows (a longer name of something
    /// else). Likewise two or three such words in apposition after the role word and its
    /// phrase, within eight words and no verb ("Mozambique's ambassador to Pretoria, Armando
    /// Cossa,"), closed by a comma, full stop, bracket, semicolon or the sentence end. Not
    /// in a headline in title case.
    fn names_after_titles(&mut self) {
        let mut found = Vec::new();
        let mut outlets = Vec::new();
        let mut shadowed: Vec<usize> = Vec::new();
        let mut words: Vec<Span> = Vec::with_capacity(4);
        let mut runs: Vec<(Span, u32, NameKind)> = Vec::new();
        for c in &self.cands {
            if !self.role_names_person(c) {
                continue;
            }
            let Some(first) = self.token_at(c.span.end).or_else(|| {
                let k = self.tokens.partition_point(|t| t.start < c.span.end);
                (k < self.tokens.len()).then_some(k)
            }) else {
                continue;
            };
            let Some((_, range)) = self.sentences.get(c.sentence as usize) else {
                continue;
            };
            // a name starts with a capital right after the title, and no name found
            // already starts there (a KB person's surname of someone else aside)
            if let Some(span) = self.name_run(first, Some(c.span.end), range.clone(), &mut words) {
                runs.push((span, c.sentence, NameKind::Person));
            }
            // "Mozambique's ambassador to Pretoria, Armando Cossa,": a name in apposition
            // after the role's prepositional phrase, closed by a comma or the sentence end
            let appos = (first..range.end.min(first + 8))
                .take_while(|&k| self.verb.get(k) != Some(&true) && self.word(k) != "\"")
                .find(|&k| self.word(k) == ",");
            if let Some(comma) = appos.filter(|&k| k + 1 < range.end) {
                if let Some(span) = self.name_run(
                    comma + 1,
                    Some(self.tokens[comma].end),
                    range.clone(),
                    &mut words,
                ) {
                    let next = self.tokens.partition_point(|t| t.start < span.end);
                    let closed =
                        next >= range.end || matches!(self.word(next), "," | "." | ")" | ";");
                    if closed {
                        runs.push((span, c.sentence, NameKind::Person));
                    }
                }
            }
        }
        // "Edmundo Ruiz, Venezuela's opposition candidate,": a name in apposition before
        // the role's phrase
        for c in &self.cands {
            if let Some(span) = self.name_before_apposition(c, &mut words) {
                runs.push((span, c.sentence, NameKind::Person));
            }
        }
        // '"We will fight," Mamadou Diallo said': two or three capitalised words between a
        // quotation closed after a comma, question or exclamation mark and a report verb
        // (closing marks found by their bytes: no token is sliced on the way)
        let bytes = self.text.as_bytes();
        let closing = |t: &Span| match bytes.get(t.start as usize..t.end as usize) {
            Some(b) => b == b"\"" || b == "\u{201d}".as_bytes(),
            None => false,
        };
        for (si, (_, range)) in self.sentences.iter().enumerate() {
            for k in range.start + 1..range.end.saturating_sub(1) {
                if !closing(&self.tokens[k]) || !matches!(self.word(k - 1), "," | "?" | "!") {
                    continue;
                }
                let Some(span) =
                    self.name_run(k + 1, Some(self.tokens[k].end), range.clone(), &mut words)
                else {
                    continue;
                };
                let next = self.tokens.partition_point(|t| t.start < span.end);
                if next < range.end && self.is_report_verb(next) {
                    runs.push((span, si as u32, NameKind::Person));
                }
            }
        }
        // "Domingos Simoes Pereira said": two or three words the syntax tagger calls
        // proper nouns, opening a clause (or after a comma) right before a report verb
        let gaz = &self.stage.names.gazetteer;
        for (si, (_, range)) in self.sentences.iter().enumerate() {
            for k in range.start + 2..range.end {
                if !self.propn[k - 1] || !self.is_report_verb(k) {
                    continue;
                }
                let first = (k.saturating_sub(3).max(range.start)..k - 1)
                    .find(|&f| (f..k).all(|j| self.propn[j]));
                let Some(first) = first else {
                    continue;
                };
                let opening = first == range.start || matches!(self.word(first - 1), "," | "and");
                let plain = (first..k).all(|j| {
                    let w = self.word(j);
                    w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().all(|ch| ch.is_alphabetic() || ch == '-')
                        && gaz.classes(w)
                            & (crate::Gazetteer::COUNTRY
                                | crate::Gazetteer::ORGANIZATION
                                | crate::Gazetteer::TITLE)
                            == 0
                        && (j == first || self.tokens[j].start == self.tokens[j - 1].end + 1)
                });
                if opening && plain {
                    let span = Span {
                        start: self.tokens[first].start,
                        end: self.tokens[k - 1].end,
                    };
                    runs.push((span, si as u32, NameKind::Person));
                }
            }
        }
        // "Flynn says", "PolitiFact announced", "the FBI warned": one word the syntax
        // tagger calls a proper noun, opening its sentence (or after a comma or "the")
        // right before a reporting verb, that no gazetteer class names a country, place or
        // title, and that is no calendar word: an organisation after "the" or when it has
        // capitals inside ("FBI", "PolitiFact") or a word of organisations' names in the
        // gazetteer, no plural ("Millennials say"), a person otherwise
        for (si, (_, range)) in self.sentences.iter().enumerate() {
            for k in range.start + 1..range.end {
                let w = k - 1;
                let word = self.word(w);
                // (cheap tests first: this runs on every word)
                let outlet = if self.propn[w] || word.starts_with(char::is_uppercase) {
                    self.stage.outlet_short_forms.get(word)
                } else {
                    None
                };
                if (!self.propn[w] && outlet.is_none()) || !self.is_report_verb(k) {
                    continue;
                }
                let opening = w == range.start || matches!(self.word(w - 1), "," | "the" | "The");
                // "Fox said", "Time reported" (whatever its tag): a news outlet known by
                // that one word, unless the article names a person of that surname ("Mayor
                // Don Guardian ... Guardian said": the person, as below) and no "its" of
                // the outlet's own follows the verb ("Bloomberg says its poll"), or the
                // article also writes the word in lower case ("a good time to buy": no
                // name at all)
                if let Some(surfaces) = outlet {
                    if self.common_noun(word) {
                        continue;
                    }
                    if !self.names_person_called(word) || self.its_after(k, range.end) {
                        if opening && self.overlapping_cands(self.tokens[w]).next().is_none() {
                            outlets.push(Cand {
                                span: self.tokens[w],
                                sentence: si as u32,
                                what: What::Kb(surfaces),
                            });
                        }
                        continue;
                    }
                }
                if !self.propn[w] {
                    continue;
                }
                let capitals = word.chars().filter(|c| c.is_uppercase()).count();
                let plain = word.chars().next().is_some_and(char::is_uppercase)
                    && word.len() >= 2
                    && word.chars().all(char::is_alphabetic)
                    && gaz.classes(word)
                        & (crate::Gazetteer::COUNTRY
                            | crate::Gazetteer::PLACE
                            | crate::Gazetteer::TITLE)
                        == 0
                    && !self.stage.calendar_words.contains(&word.to_lowercase());
                // "Time says": a word the article writes in lower case too is no name
                let acronym = capitals == word.chars().count();
                if !opening
                    || !plain
                    || self.overlapping_cands(self.tokens[w]).next().is_some()
                    || (!acronym && self.common_noun(word))
                {
                    continue;
                }
                let kind = if capitals > 1
                    || (w > range.start && self.word(w - 1) != ",")
                    || gaz.classes(word) & crate::Gazetteer::ORGANIZATION != 0
                {
                    NameKind::Organization
                } else if word.ends_with('s') {
                    continue; // "Millennials say": a plural noun
                } else {
                    NameKind::Person
                };
                runs.push((self.tokens[w], si as u32, kind));
            }
        }
        found.extend(outlets);
        for (span, sentence, kind) in runs {
            if self.title_case(sentence) {
                continue;
            }
            // a KB surname of someone else inside ("Colonel Issa Maiga") gives way, and so
            // do two KB short forms of different people side by side ("Mohamed Ali, an
            // Egyptian official": neither Comoros's Mohamed nor Guyana's Ali)
            let overlapping: Vec<usize> = self.overlapping_cands(span).collect();
            if !(overlapping.iter().all(|&k| {
                self.short_form_of_someone_else(&self.cands[k], span)
                    || (self.is_cut_short_person(k, span.start)
                        && span.contains(self.cands[k].span)
                        && self.cands[k].span != span)
            }) || self.short_forms_of_two_people(&overlapping, span))
                || found.iter().any(|f: &Cand| f.span.overlaps(span))
            {
                continue;
            }
            shadowed.extend(overlapping);
            found.push(Cand {
                span,
                sentence,
                what: What::Unknown(kind),
            });
        }
        self.drop_cands(&shadowed);
        self.tagged_persons.extend(
            found
                .iter()
                .filter(|c| matches!(c.what, What::Unknown(NameKind::Person)))
                .map(|c| c.span),
        );
        self.cands.extend(found);
    }

    /// "Lonmark Corp.", "Baltic Steel Works": one to three capitalised words closed by a
    /// company's word (`data/company_suffixes.txt`), no capitalised word after it, that no
    /// candidate of two words or more overlaps and none covers the closing word
    /// ("Deposit Insurance Corporation" is no "Deposit Insurance"), and whose words before
    /// the suffix are no name found already ("Microsoft Corp." stays Microsoft): one
    /// organisation's name, a candidate
    /// over it in place of the one-word ones inside ("Baltic" a region). A determiner or
    /// the sentence's opening "The" is no part of it; not in a headline in title case.
    fn companies_closed_by_suffixes(&mut self) {
        let mut found: Vec<Cand> = Vec::new();
        let mut shadowed: Vec<usize> = Vec::new();
        for (si, (_, range)) in self.sentences.iter().enumerate() {
            if self.title_case(si as u32) {
                continue;
            }
            for k in range.start + 1..range.end {
                let suffix = self.word(k);
                // (the cheap tests first: a capitalised word after a capitalised one, none
                // after it)
                if !suffix.starts_with(char::is_uppercase)
                    || !self.word(k - 1).starts_with(char::is_uppercase)
                    || (k + 1 < range.end && self.word(k + 1).starts_with(char::is_uppercase))
                    || !with_lower(suffix.trim_end_matches('.'), |s| {
                        self.stage.company_suffixes.contains(s)
                    })
                    || self.cand_covering(self.tokens[k].start).is_some()
                {
                    continue;
                }
                let name_word = |j: usize| {
                    let w = self.word(j);
                    w.starts_with(char::is_uppercase)
                        && w.chars().any(char::is_lowercase)
                        && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '&')
                        && !with_lower(w, |w| DETERMINERS.contains(&w))
                        && self.tokens[j + 1].start == self.tokens[j].end + 1
                };
                let mut first = k;
                while first > range.start && k - first < 3 && name_word(first - 1) {
                    first -= 1;
                }
                if first == k {
                    continue;
                }
                let span = Span {
                    start: self.tokens[first].start,
                    end: self.tokens[k].end,
                };
                let overlapping: Vec<usize> = self.overlapping_cands(span).collect();
                let one_word = overlapping.iter().all(|&c| {
                    let c = &self.cands[c];
                    span.contains(c.span) && !self.slice(c.span).contains(' ')
                });
                // ("Microsoft Corp.": a name found before its suffix is that name)
                let named = (overlapping.iter()).any(|&c| {
                    self.cands[c].span.start == span.start
                        && self.cands[c].span.end == self.tokens[k - 1].end
                });
                if !one_word || named || found.iter().any(|f| f.span.overlaps(span)) {
                    continue;
                }
                shadowed.extend(overlapping);
                found.push(Cand {
                    span,
                    sentence: si as u32,
                    what: What::Unknown(NameKind::Organization),
                });
            }
        }
        self.drop_cands(&shadowed);
        self.cands.extend(found);
    }

    /// "FBI Director James Comey": a capitalised title word of the gazetteer (not the
    /// sentence's first word) before two or three capitalised words, the first a given
    /// name, that end the name (no capitalised word follows) and that the KB read as
    /// one-word names of other things ("James" a place, a surname alone), where at least
    /// one word has no candidate at all: the words are one person's name, a candidate
    /// over them in place of the one-word ones. A country, organisation or title word
    /// among them, or a KB name of two words or more, leaves them alone; not in a headline
    /// in title case.
    fn names_split_after_capitalised_titles(&mut self) {
        use crate::Gazetteer as G;
        let gaz = &self.stage.names.gazetteer;
        let mut found: Vec<Cand> = Vec::new();
        let mut shadowed: Vec<usize> = Vec::new();
        for (si, (_, range)) in self.sentences.iter().enumerate() {
            if self.title_case(si as u32) {
                continue;
            }
            for t in range.start + 1..range.end.saturating_sub(2) {
                let w = self.word(t);
                // (the cheap tests first: the title and the two words after it capitalised)
                if !w.starts_with(char::is_uppercase)
                    || !self.word(t + 1).starts_with(char::is_uppercase)
                    || !self.word(t + 2).starts_with(char::is_uppercase)
                    || with_lower(w, |w| gaz.classes(w)) & G::TITLE == 0
                {
                    continue;
                }
                // (the tagger may have read title and name as one organisation:
                // "Director John Brennan")
                let title_org = self.cand_covering(self.tokens[t].start);
                let opens_org = title_org.is_some_and(|k| {
                    let c = &self.cands[k];
                    c.span.start == self.tokens[t].start
                        && matches!(c.what, What::Unknown(NameKind::Organization))
                });
                if title_org.is_some() && !opens_org {
                    continue;
                }
                let mut end = t + 1;
                while end < range.end.min(t + 4) && {
                    let x = self.word(end);
                    x.starts_with(char::is_uppercase)
                        && x.chars().skip(1).all(|c| c.is_lowercase() || c == '\'')
                        && x.len() > 1
                        && gaz.classes(x) & (G::COUNTRY | G::ORGANIZATION | G::TITLE) == 0
                        && self.tokens[end].start == self.tokens[end - 1].end + 1
                } {
                    end += 1;
                }
                let closed = end >= range.end || !self.word(end).starts_with(char::is_uppercase);
                if !(3..=4).contains(&(end - t))
                    || !closed
                    || gaz.classes(self.word(t + 1)) & G::FIRST_NAME == 0
                {
                    continue;
                }
                let span = Span {
                    start: self.tokens[t + 1].start,
                    end: self.tokens[end - 1].end,
                };
                let whole = Span {
                    start: self.tokens[t].start,
                    end: span.end,
                };
                let overlapping: Vec<usize> = self.overlapping_cands(span).collect();
                let title_and_name = |k: usize| Some(k) == title_org && self.cands[k].span == whole;
                let one_word_kb = overlapping.iter().all(|&k| {
                    let c = &self.cands[k];
                    title_and_name(k)
                        || (matches!(c.what, What::Kb(_))
                            && span.contains(c.span)
                            && !self.slice(c.span).contains(' '))
                });
                let uncovered = (t + 1..end)
                    .any(|k| (self.cand_covering(self.tokens[k].start)).is_none_or(title_and_name));
                if overlapping.is_empty()
                    || !one_word_kb
                    || !uncovered
                    || (title_org.is_some() && !overlapping.iter().any(|&k| title_and_name(k)))
                {
                    continue;
                }
                shadowed.extend(overlapping);
                found.push(Cand {
                    span,
                    sentence: si as u32,
                    what: What::Unknown(NameKind::Person),
                });
            }
        }
        self.drop_cands(&shadowed);
        self.tagged_persons.extend(found.iter().map(|c| c.span));
        self.cands.extend(found);
    }

    /// Whether "its" follows the report verb at token `k` within its next three words (a
    /// "that" among them), before `end` and any punctuation: the speaker is no person.
    fn its_after(&self, k: usize, end: usize) -> bool {
        (k + 1..end.min(k + 4))
            .take_while(|&j| self.word(j) == "that" || self.word(j) == "its")
            .any(|j| self.word(j) == "its")
    }

    /// Whether the article names a person whose name of two words or more ends in `word`
    /// ("Mayor Don Guardian", "Liam Fox"): a name the tagger or the KB found, or `word`
    /// anywhere right after a capitalised word other than "The".
    fn names_person_called(&self, word: &str) -> bool {
        let after_name = (1..self.tokens.len()).any(|i| {
            self.word(i) == word && {
                // ("A Bloomberg poll", "This Guardian report": a determiner is no name)
                let before = self.word(i - 1);
                !DETERMINERS.contains(&before.to_lowercase().as_str())
                    && before.chars().next().is_some_and(char::is_uppercase)
                    && before.chars().all(char::is_alphabetic)
            }
        });
        after_name || self.names_in_full_person_called(word, false)
    }

    /// Whether the tagger or the KB found a person's name of two words or more ending in
    /// `word` ("Judge Amy Roberts" for "Roberts"); with `given`, one the tagger found only
    /// when a given name that is no place, or an initial, stands before `word` (not
    /// "Virginia Democrats", "Rockefeller Republicans").
    fn names_in_full_person_called(&self, word: &str, given: bool) -> bool {
        let gaz = &self.stage.names.gazetteer;
        let ends = |span: Span| {
            let name = self.slice(span);
            let mut words = name.rsplit(' ');
            words.next() == Some(word)
                && words.next().is_some_and(|before| {
                    !given
                        || gaz.classes(before)
                            & (crate::Gazetteer::FIRST_NAME | crate::Gazetteer::PLACE)
                            == crate::Gazetteer::FIRST_NAME
                        || (before.len() == 2 && before.ends_with('.'))
                })
        };
        let kb_ends = |span: Span| {
            let name = self.slice(span);
            name.contains(' ') && name.rsplit(' ').next() == Some(word)
        };
        self.tagged_persons.iter().any(|&s| ends(s))
            || self.cands.iter().any(|c| match c.what {
                What::Unknown(kind) => kind == NameKind::Person && ends(c.span),
                What::Kb(surfaces) => {
                    kb_ends(c.span)
                        && surfaces.iter().any(|&k| {
                            self.kb()
                                .surfaces()
                                .get(k as usize)
                                .is_some_and(|s| matches!(s.entry, EntryRef::Person(_)))
                        })
                }
                _ => false,
            })
    }

    /// Two or three capitalised words closed by a comma right before the phrase of role
    /// candidate `c` (a title or a person's role noun), the phrase closed by a comma, full
    /// stop, bracket, semicolon or the sentence end: "Edmundo Ruiz, Venezuela's opposition
    /// candidate, was granted asylum". The words follow no capitalised word, the first is
    /// no preposition, determiner or calendar word, and with POS tags every one is a
    /// proper noun. `words` is scratch space.
    fn name_before_apposition(&self, c: &Cand, words: &mut Vec<Span>) -> Option<Span> {
        if !self.role_names_person(c) {
            return None;
        }
        let (_, range) = self.sentences.get(c.sentence as usize)?.clone();
        let head = self.token_at(c.span.start).filter(|h| range.contains(h))?;
        let next = self.tokens.partition_point(|t| t.start < c.span.end);
        if next < range.end && !matches!(self.word(next), "," | "." | ")" | ";") {
            return None;
        }
        // the phrase back to its comma: a few words, no verb or quotation mark
        let comma = (head.saturating_sub(6).max(range.start)..head)
            .rev()
            .take_while(|&j| self.verb.get(j) != Some(&true) && self.word(j) != "\"")
            .find(|&j| self.word(j) == ",")?;
        let capitalised = |w: &str| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        };
        for len in [3, 2] {
            let Some(first) = comma.checked_sub(len).filter(|&f| f >= range.start) else {
                continue;
            };
            let lead = self.word(first).to_lowercase();
            if (first > range.start && capitalised(self.word(first - 1)))
                || DETERMINERS.contains(&lead.as_str())
                || PREPOSITIONS.contains(&lead.as_str())
                || self.stage.calendar_words.contains(&lead)
            {
                continue;
            }
            let prev_end = (first > range.start).then(|| self.tokens[first - 1].end);
            let Some(span) = self.name_run(first, prev_end, range.clone(), words) else {
                continue;
            };
            let tagged = (first..comma).any(|j| self.propn[j] || self.not_propn[j]);
            if span.end == self.tokens[comma - 1].end
                && (!tagged || self.all_propn(span.start, span.end))
            {
                return Some(span);
            }
        }
        None
    }

    /// Whether candidates `ks` are two or more KB short forms of people inside `span`, no
    /// one person behind two of them: one name of someone else.
    fn short_forms_of_two_people(&self, ks: &[usize], span: Span) -> bool {
        if ks.len() < 2
            || !ks
                .iter()
                .all(|&k| self.is_short_form_person(k) && span.contains(self.cands[k].span))
        {
            return false;
        }
        let ids: Vec<Vec<&str>> = ks
            .iter()
            .map(|&k| {
                let surfaces = self.cands[k].what.kb_surfaces().unwrap_or(&[]);
                self.people_of(surfaces).map(|p| p.id.as_str()).collect()
            })
            .collect();
        ids.iter().enumerate().all(|(i, a)| {
            ids.iter()
                .skip(i + 1)
                .all(|b| !a.iter().any(|x| b.contains(x)))
        })
    }

    /// A person's name of two or three capitalised words starting at token `first`, one
    /// blank after `prev_end` if given (whole words joined by hyphens: "Al-Harbi" is three tokens),
    /// none of them a country, organisation or title word, and no capitalised word after
    /// it (a headline capitalises every word). `words` is scratch space.
    fn name_run(
        &self,
        first: usize,
        prev_end: Option<u32>,
        range: std::ops::Range<usize>,
        words: &mut Vec<Span>,
    ) -> Option<Span> {
        let gaz = &self.stage.names.gazetteer;
        use crate::Gazetteer as G;
        // "Peter" is a place too: a place word is no name unless it is a person's name
        let not_name = |w: &str| {
            let class = gaz.classes(w);
            class & (G::COUNTRY | G::ORGANIZATION | G::TITLE) != 0
                || (class & G::PLACE != 0 && class & (G::FIRST_NAME | G::PERSON_NAME) == 0)
        };
        let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        // a person the tagger cut short ("Opposition candidate Issa| Tchiroma Bakary")
        // may grow into the run; the run must then be longer than it
        let mut cut_short: Option<u32> = None;
        if !capitalised(self.word(first))
            || self.overlapping_cands(*self.tokens.get(first)?).any(|k| {
                if self.is_cut_short_person(k, self.tokens[first].start) {
                    cut_short = Some(self.cands[k].span.end);
                    return false;
                }
                !self.is_short_form_person(k)
            })
        {
            return None;
        }
        {
            words.clear();
            let mut k = first;
            let mut prev_end = prev_end;
            while k < range.end && words.len() <= 3 {
                let t = self.tokens[k];
                if let Some(prev_end) = prev_end {
                    if t.start != prev_end + 1
                        || !self.text[prev_end as usize..t.start as usize].eq(" ")
                    {
                        break;
                    }
                }
                let mut end = k;
                while end + 2 < range.end
                    && self.word(end + 1) == "-"
                    && self.tokens[end + 1].start == self.tokens[end].end
                    && self.tokens[end + 2].start == self.tokens[end + 1].end
                {
                    end += 2;
                }
                let span = Span::new(t.start as usize, self.tokens[end].end as usize);
                words.push(span);
                prev_end = Some(span.end);
                k = end + 1;
            }
            let mut n = 0;
            for (i, w) in words.iter().enumerate() {
                let word = self.slice(*w);
                // after the first word a place's name may be a surname ("Aminatou Bello"),
                // and a place's name may be a given name before a surname, a KB person's
                // or the gazetteer's ("Vice President Rosario Murillo")
                let before_surname = || {
                    words.get(1).is_some_and(|w| {
                        let next = gaz.classes(self.slice(*w));
                        (next & G::PERSON_NAME != 0
                            && next & (G::COUNTRY | G::ORGANIZATION | G::TITLE | G::PLACE) == 0)
                            || self
                                .overlapping_cands(*w)
                                .any(|k| self.is_short_form_person(k))
                    }) && gaz.classes(word) & (G::COUNTRY | G::ORGANIZATION | G::TITLE) == 0
                };
                let other = if i == 0 {
                    not_name(word) && !before_surname()
                } else {
                    gaz.classes(word) & (G::COUNTRY | G::ORGANIZATION | G::TITLE) != 0
                };
                let ok = capitalised(word)
                    && word
                        .chars()
                        .all(|ch| ch.is_alphabetic() || ch == '-' || ch == '\'')
                    && !other;
                if !ok {
                    break;
                }
                n += 1;
            }
            // a headline capitalises every word after a title ("Defense Minister Warns Of")
            if !(2..=3).contains(&n)
                || words.get(n).is_some_and(|w| capitalised(self.slice(*w)))
                || cut_short.is_some_and(|end| end >= words[n - 1].end)
            {
                return None;
            }
            Some(Span {
                start: words[0].start,
                end: words[n - 1].end,
            })
        }
    }

    /// A capitalised role word opening a run of capitalised words that a company's word
    /// closes (`data/company_suffixes.txt`: "Admiral Insurance Group", "General Electric
    /// Company") is part of that organisation's name, no role: the run becomes one
    /// organisation candidate over every candidate inside it. Not in a headline in title
    /// case, where every word is capitalised.
    fn company_names_opening_with_role_words(&mut self) {
        let mut found: Vec<(Span, u32)> = Vec::new();
        for c in &self.cands {
            if !matches!(c.what, What::Role(_))
                || !self
                    .slice(c.span)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            {
                continue;
            }
            let Some((_, range)) = self.sentences.get(c.sentence as usize) else {
                continue;
            };
            let company = self.capitalised_run_head(c.span.end, range.end, |w| {
                self.stage.company_suffixes.contains(w)
            });
            let Some(end) = company.filter(|_| !self.title_case(c.sentence)) else {
                continue;
            };
            found.push((
                Span {
                    start: c.span.start,
                    end,
                },
                c.sentence,
            ));
        }
        self.organisations_over(found);
    }

    /// Organisation candidates over `spans` (with their sentences), in place of every
    /// candidate they overlap.
    fn organisations_over(&mut self, spans: Vec<(Span, u32)>) {
        let shadowed: Vec<usize> = (spans.iter())
            .flat_map(|&(span, _)| self.overlapping_cands(span))
            .collect();
        self.drop_cands(&shadowed);
        self.cands
            .extend(spans.into_iter().map(|(span, sentence)| Cand {
                span,
                sentence,
                what: What::Unknown(NameKind::Organization),
            }));
    }

    /// The end of the last word that `head` accepts (lower case) in the run of capitalised
    /// words ("Global Initiative", "Holdings Group") that follows byte `from` word after
    /// word, one blank apart, before token `stop`.
    fn capitalised_run_head(
        &self,
        from: u32,
        stop: usize,
        head: impl Fn(&str) -> bool,
    ) -> Option<u32> {
        let capitalised = |w: &str| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|ch| ch.is_alphabetic() || ch == '-')
        };
        let mut k = self.tokens.partition_point(|t| t.start < from);
        let mut end = from;
        let mut found = None;
        while let Some(t) = self.tokens.get(k).filter(|_| k < stop) {
            let word = self.word(k);
            if t.start != end + 1
                || self.text.as_bytes().get(end as usize) != Some(&b' ')
                || !capitalised(word)
            {
                break;
            }
            end = t.end;
            if head(&word.to_lowercase()) {
                found = Some(end);
            }
            k += 1;
        }
        found
    }

    /// A KB person's name opening a run of capitalised words that an eponym head or a
    /// company's word closes (`data/eponym_heads.txt`, `data/company_suffixes.txt`: "the
    /// Trump Organization", "Trump National Doral", "the Clinton Global Initiative") names
    /// an organisation or a venue named after the person, not the person: the run becomes
    /// one organisation candidate over every candidate inside it. Not in a headline in
    /// title case, where every word is capitalised.
    fn organisations_named_after_people(&mut self) {
        let mut found: Vec<(Span, u32)> = Vec::new();
        for c in &self.cands {
            let What::Kb(surfaces) = c.what else {
                continue;
            };
            let Some((_, range)) = self.sentences.get(c.sentence as usize) else {
                continue;
            };
            // (the run of capitalised words first: most names end at the next word)
            let head = self.capitalised_run_head(c.span.end, range.end, |w| {
                self.stage.eponym_heads.contains(w) || self.stage.company_suffixes.contains(w)
            });
            let Some(end) = head else {
                continue;
            };
            // the surname alone, after no given name ("the Clinton Foundation"; in "the
            // Bill, Hillary and Chelsea Clinton Foundation" the person named in full
            // stays)
            let first = self.tokens.partition_point(|t| t.start < c.span.start);
            let given = first > range.start && {
                let w = self.word(first - 1);
                w.starts_with(char::is_uppercase) && !matches!(w, "The" | "A" | "An")
            };
            if given || self.slice(c.span).contains(' ') {
                continue;
            }
            let person = (self.best_surface(surfaces))
                .and_then(|s| self.kb().surfaces().get(s as usize))
                .is_some_and(|s| matches!(s.entry, EntryRef::Person(_)));
            if !person || self.title_case(c.sentence) {
                continue;
            }
            found.push((
                Span {
                    start: c.span.start,
                    end,
                },
                c.sentence,
            ));
        }
        self.organisations_over(found);
    }

    /// A capitalised role word for a group ("Forces", "Militia") after capitalised words
    /// no candidate covers is the end of a proper name ("the Rapid Support Forces"), an
    /// organisation of that name rather than unnamed forces; a body ("Commission") needs
    /// two such words ("the Independent Electoral Commission"), as "the Supreme Court"
    /// is better read as the country's court. One word opening the sentence is no name.
    fn proper_names_ending_in_role_words(&mut self) {
        let gaz = &self.stage.names.gazetteer;
        let mut replaced: Vec<(usize, Cand<'a>)> = Vec::new();
        for (ci, c) in self.cands.iter().enumerate() {
            let What::Role(w) = c.what else {
                continue;
            };
            let kind = self.role_agent(w).map(|a| a.kind);
            let need = match kind {
                Some(ActorKind::Group) => 1,
                Some(ActorKind::Organization) => 2,
                _ => continue,
            };
            if !self
                .slice(c.span)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            {
                continue;
            }
            let Some((head, range)) = self.first_token_and_sentence(c) else {
                continue;
            };
            let mut first = head;
            while first > range.start && head - first < 4 {
                let k = first - 1;
                let t = self.tokens[k];
                let word = self.word(k);
                let modifier = word.chars().next().is_some_and(char::is_uppercase)
                    && word.chars().all(char::is_alphabetic)
                    && !DETERMINERS.contains(&word.to_lowercase().as_str())
                    && gaz.classes(word) & (crate::Gazetteer::TITLE | crate::Gazetteer::COUNTRY)
                        == 0
                    && self.overlapping_cands(t).next().is_none();
                if !modifier {
                    break;
                }
                first = k;
            }
            let words = head - first;
            if words < need || (words == 1 && first == range.start) {
                continue;
            }
            replaced.push((
                ci,
                Cand {
                    span: Span {
                        start: self.tokens[first].start,
                        end: c.span.end,
                    },
                    sentence: c.sentence,
                    what: What::Unknown(NameKind::Organization),
                },
            ));
        }
        for (ci, cand) in replaced {
            if let Some(slot) = self.cands.get_mut(ci) {
                *slot = cand;
            }
        }
    }

    /// The first token of candidate `c` and the token range of its sentence.
    fn first_token_and_sentence(&self, c: &Cand) -> Option<(usize, std::ops::Range<usize>)> {
        let t = self.token_at(c.span.start)?;
        let (_, range) = self.sentences.get(c.sentence as usize)?;
        Some((t, range.clone()))
    }

    /// A one-word title or country word right after a given name of
    /// `data/given_names.tsv` and before no further capitalised word ("Mark Cuban said",
    /// "Senate candidate Anna Judge") is that person's surname: the two words are one
    /// person's name, not a country's adjective or a judge. The given name is covered by
    /// no other candidate, opens no headline in title case, and is no word the article
    /// writes in lower case ("to mark"); a party word is no surname ("Christian
    /// Democrats"), nor a role word that is no title ("Lawrence Group").
    fn surnames_that_are_titles_or_countries(&mut self) {
        use crate::Gazetteer as G;
        let gaz = &self.stage.names.gazetteer;
        let mut named = Vec::new();
        for (k, c) in self.cands.iter().enumerate() {
            if self.title_case(c.sentence) {
                continue;
            }
            let Some((t, range)) = self.first_token_and_sentence(c) else {
                continue;
            };
            // one word, inside its sentence, after a word of the same sentence
            if t <= range.start || self.tokens[t].end != c.span.end {
                continue;
            }
            let word = self.word(t);
            let given = self.word(t - 1);
            // (the rare given name first: the word's classes and country are looked up
            // only after one)
            if !word.starts_with(char::is_uppercase) || !self.stage.given_names.contains_key(given)
            {
                continue;
            }
            // (a title, not any role word: "Lawrence Group" is a company)
            let title = gaz.classes(word) & G::TITLE != 0
                || matches!(c.what, What::Role(w) if self.stage.words.get(w as usize).is_some_and(|x| x.1.title));
            let country = || matches!(c.what, What::Kb(_)) && self.kb().country(word).is_some();
            if !(title || country()) || self.stage.partisan(word) {
                continue;
            }
            let start = self.tokens[t - 1].start;
            if self.common_noun(given) || self.cand_covering(start).is_some() {
                continue;
            }
            // no further name after it ("Mark Cuban Enterprises", "Anna Judge Smith")
            let next_capital =
                t + 1 < range.end && self.word(t + 1).starts_with(char::is_uppercase);
            if next_capital {
                continue;
            }
            named.push((
                k,
                Span {
                    start,
                    end: c.span.end,
                },
            ));
        }
        self.name_as_persons(&named);
    }

    /// A one-word KB short form right after a possessive and a relation noun ("Anna
    /// Varga and her son Martin", "the senator's wife Rita"; `data/relation_nouns.txt`)
    /// names a relative, someone else, when the article never names the KB person in full.
    fn relatives_named_by_kb_short_forms(&mut self) {
        let mut relatives = Vec::new();
        let mut kin_found = Vec::new();
        for (k, c) in self.cands.iter().enumerate() {
            if !self.is_short_form_person(k) || self.slice(c.span).contains(' ') {
                continue;
            }
            let Some((t, range)) = self.first_token_and_sentence(c) else {
                continue;
            };
            if t < range.start + 2 {
                continue;
            }
            let relation = self.word(t - 1).to_lowercase();
            let owner = self.word(t - 2).replace('\u{2019}', "'").to_lowercase();
            let possessive =
                matches!(owner.as_str(), "his" | "her" | "their" | "'s") || owner.ends_with("'s");
            // a possessor with 's is a person or a noun of none ("the couple's son"), not a
            // country or a body ("Russia's partner Xi")
            let owner_token = if owner == "'s" {
                t.checked_sub(3)
            } else {
                Some(t - 2)
            };
            let owner_is_person = owner_token
                .and_then(|o| self.cand_covering(self.tokens[o].start))
                .is_none_or(|o| match &self.cands[o].what {
                    What::Kb(_) => matches!(self.entry_of_cand(o), Some(EntryRef::Person(_))),
                    What::Unknown(kind) => *kind == NameKind::Person,
                    What::Role(_) => self.role_names_person(&self.cands[o]),
                    What::Pronoun(_) => true,
                });
            let surfaces = c.what.kb_surfaces().unwrap_or(&[]);
            // "Asif Ali Zardari ... His son Bilawal": a KB person whose full name holds
            // the surname of someone named before is that relative, and keeps the link
            let short = self.slice(c.span);
            let earlier_surnames: Vec<&str> = self.cands[..k]
                .iter()
                .filter(|x| match &x.what {
                    What::Unknown(kind) => *kind == NameKind::Person,
                    What::Kb(f) => self.people_of(f).next().is_some(),
                    _ => false,
                })
                .filter_map(|x| self.slice(x.span).rsplit_once(' ').map(|(_, last)| last))
                .filter(|last| *last != short)
                .collect();
            let all = self.kb().surfaces();
            let kin = surfaces.iter().find_map(|&x| {
                let entry = all.get(x as usize)?.entry;
                let EntryRef::Person(i) = entry else {
                    return None;
                };
                let p = self.kb().people().get(i as usize)?;
                own_name_words(p, char::is_whitespace)
                    .any(|w| earlier_surnames.contains(&w))
                    .then_some(entry)
            });
            if !self.stage.relation_nouns.contains(&relation) || !possessive || !owner_is_person {
                continue;
            }
            if let Some(entry) = kin {
                kin_found.push((k, entry));
            } else if !self.names_kb_person_in_full(surfaces) {
                relatives.push(k);
            }
        }
        self.kin_links.extend(kin_found);
        for k in relatives {
            self.cands[k].what = What::Unknown(NameKind::Person);
            let span = self.cands[k].span;
            self.tagged_persons.push(span);
        }
    }

    /// A KB person's short form right after a capitalised word the name tagger left alone
    /// ("polls show that Ted Cruz would win", "Sen. Ted Cruz"): when the syntax tagger
    /// calls that word a proper noun, or the gazetteer a first name, and it is no title,
    /// country, place or organisation word, no word the article writes in lower case and
    /// none of the KB people's own names, the two words are someone else's name, as the
    /// tagged "Derek Mitchell" is (see [`Work::short_form_of_someone_else`]). A month is
    /// no given name. Not in a headline in title case.
    fn given_names_before_kb_surnames(&mut self) {
        use crate::Gazetteer as G;
        let gaz = &self.stage.names.gazetteer;
        let mut named = Vec::new();
        for (k, c) in self.cands.iter().enumerate() {
            if !self.is_short_form_person(k) || self.title_case(c.sentence) {
                continue;
            }
            let Some((t, range)) = self.first_token_and_sentence(c) else {
                continue;
            };
            if t <= range.start {
                continue;
            }
            let given = self.word(t - 1);
            let start = self.tokens[t - 1].start;
            let class = gaz.classes(given);
            let first_name = class & G::FIRST_NAME != 0;
            // a month is a date ("in June Trump said")
            if self.stage.calendar_words.contains(&given.to_lowercase())
                || given.chars().count() < 2
                || !given.starts_with(char::is_uppercase)
                || !given.chars().all(char::is_alphabetic)
                || (!first_name && class & !G::PERSON_NAME != 0)
                || (!first_name && !self.all_propn(start, c.span.start))
                || self.common_noun(given)
                || self.cand_covering(start).is_some()
                // ("Democrat Clinton", "Republican Trump": the person's party; "Team
                // Clinton": the person's campaign, coded as its candidate as staff are)
                || self.stage.partisan(given)
                || given == "Team"
            {
                continue;
            }
            let surfaces = c.what.kb_surfaces().unwrap_or(&[]);
            if self
                .people_of(surfaces)
                .any(|p| own_name_words(p, char::is_whitespace).any(|o| o == given))
            {
                continue;
            }
            // opening a sentence, a proper noun no first name of the gazetteer needs more
            // evidence, unless the article never names the KB person in full ("Jimmy
            // Carter lent ..." with no "Ash Carter" anywhere) and it is no headline
            // (the headline, often opened by an adjective, always needs it: "Derelict
            // Obama and Clinton")
            let doubtful = t - 1 == range.start
                && !first_name
                && (c.sentence == 0 || self.names_kb_person_in_full(surfaces));
            named.push((
                k,
                Span {
                    start,
                    end: c.span.end,
                },
                doubtful,
            ));
        }
        // opening the sentence ("Playing Trump is ...") a word no first name of the
        // gazetteer is a given name only when the article writes the same name inside a
        // sentence too, or never names the KB person in full
        let inside: Vec<&str> = named
            .iter()
            .filter(|n| !n.2)
            .map(|n| self.slice(n.1))
            .collect();
        let named: Vec<(usize, Span)> = named
            .iter()
            .filter(|n| !n.2 || inside.contains(&self.slice(n.1)))
            .map(|n| (n.0, n.1))
            .collect();
        self.name_as_persons(&named);
    }

    /// A person the tagger found by full name ("Karim Abdelnour") is often named later by
    /// the surname alone where the tagger, without the first name, sees no name
    /// ("Abdelnour told reporters"): every later word equal to such a surname, standing
    /// alone (no capitalised word right before, titles and a clause start aside, or right
    /// after) and covered by no other candidate, is a name candidate too; resolution joins
    /// it to the full name. A date is no surname: a word of the calendar
    /// (`data/calendar_words.txt`: "Helen August" ... "on August 3", "Tom Sunday" ... "on
    /// Sunday") or a word with a number right before or after it stays a date word; with POS
    /// tags the word must be a proper noun ("Maria Young" ... "Young people").
    fn later_surnames(&mut self) {
        let mut surnames: Vec<(&'a str, u32)> = Vec::new();
        for c in &self.cands {
            if !matches!(c.what, What::Unknown(NameKind::Person)) {
                continue;
            }
            let name = self.slice(c.span);
            let mut words = name.split_whitespace();
            let (Some(_), Some(last)) = (words.next(), words.last()) else {
                continue;
            };
            let surname_like = last.chars().count() >= 3
                && last.chars().next().is_some_and(char::is_uppercase)
                && last.chars().all(|ch| ch.is_alphabetic() || ch == '-');
            if surname_like && !surnames.iter().any(|s| s.0 == last) {
                surnames.push((last, c.span.end));
            }
        }
        if surnames.is_empty() {
            return;
        }
        let gaz = &self.stage.names.gazetteer;
        let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let mut found = Vec::new();
        let first = surnames.iter().map(|s| s.1).min().unwrap_or(u32::MAX);
        let start = self.tokens.partition_point(|t| t.start < first);
        let bytes = self.text.as_bytes();
        for (k, t) in self.tokens.iter().enumerate().skip(start) {
            // (a word opening in a lower-case ASCII letter, digit or mark is passed over
            // without slicing it)
            if bytes
                .get(t.start as usize)
                .is_some_and(|b| b.is_ascii() && !b.is_ascii_uppercase())
            {
                continue;
            }
            let w = t.slice(self.text);
            if !w.chars().next().is_some_and(char::is_uppercase) || w.len() < 3 {
                continue;
            }
            let stem = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("\u{2019}s"))
                .unwrap_or(w);
            if !surnames
                .iter()
                .any(|&(s, after)| s == stem && t.start >= after)
            {
                continue;
            }
            let span = Span::new(t.start as usize, t.start as usize + stem.len());
            let Some(sentence) = self.sentence_of(t.start) else {
                continue;
            };
            let prev = k.checked_sub(1).map_or("", |p| self.word(p));
            let number = |w: &str| w.starts_with(|ch: char| ch.is_ascii_digit());
            if self.not_propn.get(k).copied().unwrap_or(false)
                || number(prev)
                || number(self.word(k + 1))
                || self.stage.calendar_words.contains(&stem.to_lowercase())
            {
                continue;
            }
            let prev_ok = !capitalised(prev)
                || gaz.classes(prev.trim_end_matches('.')) & crate::Gazetteer::TITLE != 0
                || self.opens_clause(t.start);
            let next = self.word(k + 1);
            let same_sentence =
                self.sentence_of(self.tokens.get(k + 1).map_or(0, |n| n.start)) == Some(sentence);
            let next_ok = !same_sentence || !capitalised(next) || next == "'s";
            if prev_ok && next_ok && !self.cands.iter().any(|c| c.span.overlaps(span)) {
                found.push(Cand {
                    span,
                    sentence,
                    what: What::Unknown(NameKind::Person),
                });
            }
        }
        self.cands.extend(found);
    }

    /// "Merieux officials said", "Verizon executives have admitted": where a one-word name
    /// opens a sentence the tagger, which reads the capital there as no evidence, often
    /// misses it. A word (or its possessive) opening a sentence or a quote, outside
    /// title-case headlines and before no other capitalised word, equal to a one-word name
    /// the tagger found elsewhere in the article inside a sentence (a person or
    /// organisation of three letters or more, no calendar, party, title, place or country
    /// word: "Still," opening a sentence twice is no evidence) and
    /// covered by no candidate, is that name too, when the article never writes the word
    /// in lower case ("Federal officials" ... "federal" stays a word). A one-word person's
    /// name is found inside a sentence too, after no capitalised word ("said Mchami, a
    /// teacher" ... "President Kenyatta praised Mchami").
    fn one_word_names_elsewhere(&mut self) {
        let gaz = &self.stage.names.gazetteer;
        // (both maps are probed with every capitalised or lower-case token: word hashes)
        let mut names: attache_core::hash::WordMap<&'a str, NameKind> = Default::default();
        for c in &self.cands {
            let What::Unknown(kind) = c.what else {
                continue;
            };
            let name = self.slice(c.span);
            let word_like = name.chars().count() >= 3
                && name.starts_with(char::is_uppercase)
                && name.chars().any(char::is_lowercase)
                && name.chars().all(|ch| ch.is_alphabetic() || ch == '-');
            let not_name =
                crate::Gazetteer::TITLE | crate::Gazetteer::PLACE | crate::Gazetteer::COUNTRY;
            if kind != NameKind::Place
                && word_like
                && !self.stage.calendar_words.contains(&name.to_lowercase())
                && gaz.classes(name) & not_name == 0
                && !self.stage.partisan(name)
                && !self.opens_clause(c.span.start)
            {
                names.entry(name).or_insert(kind);
            }
        }
        if names.is_empty() {
            return;
        }
        // (a name the article also writes in lower case is a word: "Federal", "Thrift")
        let lower: attache_core::hash::WordMap<String, &'a str> =
            names.keys().map(|&n| (n.to_lowercase(), n)).collect();
        let bytes = self.text.as_bytes();
        for t in &self.tokens {
            if bytes
                .get(t.start as usize)
                .is_some_and(u8::is_ascii_lowercase)
            {
                if let Some(name) = lower.get(t.slice(self.text)) {
                    names.remove(name);
                }
            }
        }
        let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let mut found = Vec::new();
        for (k, t) in self.tokens.iter().enumerate() {
            if !bytes
                .get(t.start as usize)
                .is_some_and(u8::is_ascii_uppercase)
            {
                continue;
            }
            let w = t.slice(self.text);
            let stem = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("\u{2019}s"))
                .unwrap_or(w);
            let Some(&kind) = names.get(stem) else {
                continue;
            };
            let span = Span::new(t.start as usize, t.start as usize + stem.len());
            // (a candidate covering or starting at the word overlaps it)
            if self.overlapping_cands(span).next().is_some() {
                continue;
            }
            let Some(sentence) = self.sentence_of(t.start) else {
                continue;
            };
            // inside a sentence only a person's name, no acronym ("PACs"), after no
            // capitalised word (which would make the word part of another name)
            let inside = !self.opens_clause(t.start);
            if self.title_case(sentence)
                || inside
                    && (kind != NameKind::Person
                        || stem.chars().nth(1).is_some_and(char::is_uppercase)
                        || k.checked_sub(1).is_some_and(|p| capitalised(self.word(p))))
            {
                continue;
            }
            let next = self.word(k + 1);
            let same_sentence =
                self.sentence_of(self.tokens.get(k + 1).map_or(0, |n| n.start)) == Some(sentence);
            if !same_sentence || !capitalised(next) || next == "'s" {
                found.push(Cand {
                    span,
                    sentence,
                    what: What::Unknown(kind),
                });
            }
        }
        self.cands.extend(found);
    }

    /// Where an organisation name the tagger found from byte `start` really starts: the
    /// tagger may keep only its last words ("Traders" of "the National Union of
    /// Cross-Border Traders"). Capitalised words right before it, joined by hyphens or by
    /// "of", "for" or "and" between capitalised words, belong to it ("Union" may be a role
    /// word); a determiner, a lower-case word, a calendar word ("Wednesday for Supreme
    /// Court ..."), a name candidate or the sentence start ends it.
    fn organisation_start(&self, start: u32, range: std::ops::Range<usize>) -> u32 {
        let capitalised = |k: usize| {
            let w = self.word(k);
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|ch| ch.is_alphabetic() || ch == '-')
                && !DETERMINERS.contains(&w.to_lowercase().as_str())
                && !self.stage.calendar_words.contains(&w.to_lowercase())
                && self
                    .cand_covering(self.tokens[k].start)
                    .is_none_or(|c| matches!(self.cands[c].what, What::Role(_)))
        };
        let Some(mut first) = self.token_at(start).filter(|k| range.contains(k)) else {
            return start;
        };
        let mut best = first;
        while first > range.start {
            let k = first - 1;
            let glued = self.tokens[k].end == self.tokens[first].start;
            if capitalised(k) && k > range.start {
                first = k;
                best = k;
            } else if self.word(k) == "-" && glued && k > range.start && capitalised(k - 1) {
                first = k - 1;
                best = first;
            } else if matches!(self.word(k), "of" | "for" | "and")
                && k > range.start + 1
                && capitalised(k - 1)
            {
                first = k; // kept only if a capitalised word precedes it
            } else {
                break;
            }
        }
        self.tokens.get(best).map_or(start, |t| t.start.min(start))
    }

    /// Where the name `name` really ends: the tokenizer splits "Min-ho" at its hyphen and
    /// the tagger may stop there ("Lee Min-"); the rest of a word joined by a hyphen
    /// belongs to the name, up to the head of a compound (`data/compound_heads.txt`: "a
    /// Peter Otieno-led commission" names "Peter Otieno"), where the name ends before the
    /// hyphen whether the tagger stopped there or not.
    fn hyphenated_word_end(&self, name: Span) -> u32 {
        let text = self.text.as_bytes();
        let at = (name.end as usize).min(text.len());
        let start = hyphenated_run_start(text, at);
        let stop = at
            + text[at..]
                .iter()
                .position(|b| !hyphenated_part(b))
                .unwrap_or(text.len() - at);
        let word = &text[start..stop];
        if start == at || !word.contains(&b'-') {
            return name.end;
        }
        // segments joined by single hyphens, ending on a letter, up to a compound head
        let mut cut = None;
        let mut pos = start;
        for (i, seg) in word.split(|&b| b == b'-').enumerate() {
            let head = std::str::from_utf8(seg)
                .is_ok_and(|w| self.stage.compound_heads.contains(&w.to_ascii_lowercase()));
            if seg.is_empty() || (i > 0 && head) {
                break;
            }
            pos += seg.len();
            cut = Some(pos);
            pos += 1;
        }
        cut.filter(|&c| c > name.start as usize)
            .map_or(name.end, |c| c as u32)
    }

    /// Where the person's name `name` really starts: the tokenizer splits "Anne-Marie" at
    /// its hyphen and the tagger may start the name at the second given name ("Marie
    /// Slaughter"); capitalised words joined to it by single hyphens, opening a blank or
    /// the text, belong to it. Only for a name of two words or more: a lone surname after
    /// another ("the Clinton-Kaine ticket") stays one person's.
    fn hyphenated_word_start(&self, name: Span) -> u32 {
        let text = self.text.as_bytes();
        let at = (name.start as usize).min(text.len());
        let end = (name.end as usize).min(text.len());
        if at == 0 || text[at - 1] != b'-' || !text[at..end].contains(&b' ') {
            return name.start;
        }
        let start = hyphenated_run_start(text, at);
        let opens = start == 0 || text[start - 1].is_ascii_whitespace();
        let segments_ok = text[start..at - 1].split(|&b| b == b'-').all(|seg| {
            seg.len() > 1
                && seg[0].is_ascii_uppercase()
                && seg[1..].iter().all(u8::is_ascii_lowercase)
        });
        if opens && start < at - 1 && segments_ok {
            start as u32
        } else {
            name.start
        }
    }

    /// Whether KB candidate `c` is a person's short form (a surname: "King") inside the
    /// longer person name `name` ("Larry King") whose words before it, titles aside, are
    /// none of that person's own names or their initials: then it is someone else's
    /// surname. "Antony J. Blinken" and "S. King" stay the KB person; "Mr. King" has no
    /// first name and stays too.
    fn short_form_of_someone_else(&self, c: &Cand, name: Span) -> bool {
        let What::Kb(surfaces) = &c.what else {
            return false;
        };
        if !name.contains(c.span) || c.span == name {
            return false;
        }
        let all = self.kb().surfaces();
        let Some(best) = self
            .best_surface(surfaces)
            .and_then(|s| all.get(s as usize))
        else {
            return false;
        };
        if !matches!(
            (best.entry, best.form),
            (EntryRef::Person(_), NameForm::Short)
        ) {
            return false;
        }
        let gaz = &self.stage.names.gazetteer;
        if c.span.start == name.start {
            return self.leading_short_form_of_someone_else(c, name, surfaces);
        }
        let before = self.slice(Span {
            start: name.start,
            end: c.span.start,
        });
        let given: Vec<&str> = before
            .split_whitespace()
            .map(|w| w.trim_end_matches('.'))
            .filter(|w| !w.is_empty() && gaz.classes(w) & crate::Gazetteer::TITLE == 0)
            .collect();
        if given.is_empty() {
            return false;
        }
        // "Did Trump", "If Trump" open a sentence or a quote: there the first word must be
        // a known first name. A headline in title case capitalises every word and the
        // tagger's names run on ("Lindsey Graham Says"): there only a known first name
        // and the surname, nothing more, make someone else.
        let known_first = given
            .first()
            .is_some_and(|w| gaz.classes(w) & crate::Gazetteer::FIRST_NAME != 0);
        if self.title_case(c.sentence) {
            if !(known_first && given.len() == 1 && c.span.end == name.end) {
                return false;
            }
        } else if !known_first
            && self.opens_clause(name.start)
            && !self.all_propn(name.start, c.span.start)
        {
            // "Did Trump", "If Trump": an unknown word opening a clause is a given name
            // only when the syntax tagger calls every word before the surname a proper
            // noun ("Derek Mitchell said")
            return false;
        }
        // every person the text may name, by any surface with this text
        for person in self.people_of(surfaces) {
            let mut own = own_name_words(person, |ch| ch.is_whitespace());
            let matches = own.any(|o| {
                given
                    .iter()
                    .any(|&g| o == g || (g.chars().count() == 1 && o.starts_with(g)))
            });
            if matches {
                return false;
            }
        }
        true
    }

    /// [`Work::short_form_of_someone_else`] for a short form opening the longer name: a
    /// surname used as a given name ("Faisal Al-Harbi" is not Ameen Faisal) or a family
    /// name written first with another given name ("Lee Min-ho" is not Lee Jae-myung).
    /// It is someone else when the words after it are capitalised, no title, and not all
    /// among the words of one such person's names; a headline in title case runs names on ("Lavrov
    /// Says"), so there it stays the KB person.
    fn leading_short_form_of_someone_else(&self, c: &Cand, name: Span, surfaces: &[u32]) -> bool {
        if self.title_case(c.sentence) {
            return false;
        }
        let gaz = &self.stage.names.gazetteer;
        let after = self.slice(Span {
            start: c.span.end,
            end: name.end,
        });
        let rest: Vec<&str> = after
            .split(|ch: char| ch.is_whitespace() || ch == '-')
            .filter(|w| !w.is_empty())
            .collect();
        let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
        if rest.is_empty()
            || !rest.first().is_some_and(capitalised)
            || rest
                .iter()
                .any(|w| gaz.classes(w.trim_end_matches('.')) & crate::Gazetteer::TITLE != 0)
        {
            return false;
        }
        for person in self.people_of(surfaces) {
            let own: Vec<&str> =
                own_name_words(person, |ch| ch.is_whitespace() || ch == '-').collect();
            if rest
                .iter()
                .all(|w| own.iter().any(|o| o.eq_ignore_ascii_case(w)))
            {
                return false;
            }
        }
        true
    }

    /// Whether a candidate of the article names one of the KB people behind `surfaces` by
    /// a full KB name (no short form).
    fn names_kb_person_in_full(&self, surfaces: &[u32]) -> bool {
        let all = self.kb().surfaces();
        let people: Vec<u32> = surfaces
            .iter()
            .filter_map(|&s| match all.get(s as usize)?.entry {
                EntryRef::Person(p) => Some(p),
                _ => None,
            })
            .collect();
        self.cands.iter().any(|c| {
            c.what.kb_surfaces().is_some_and(|found| {
                found.iter().any(|&s| {
                    all.get(s as usize).is_some_and(|f| {
                        f.form != NameForm::Short
                            && matches!(f.entry, EntryRef::Person(p) if people.contains(&p))
                    })
                })
            })
        })
    }

    /// The KB people behind `surfaces` (KB surface indices): every person the text of a
    /// name may be.
    fn people_of<'s>(
        &'s self,
        surfaces: &'s [u32],
    ) -> impl Iterator<Item = &'s attache_kb::Person> + 's {
        let all = self.kb().surfaces();
        surfaces
            .iter()
            .filter_map(move |&s| match all.get(s as usize)?.entry {
                EntryRef::Person(p) => self.kb().people().get(p as usize),
                _ => None,
            })
    }

    /// Whether candidate `r` is capitalised and follows a capitalised word with no KB
    /// name there: the last word of another proper name ("Soviet Union").
    fn ends_other_name(&self, r: usize) -> bool {
        let span = self.cands[r].span;
        let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        if !capitalised(self.slice(span)) {
            return false;
        }
        let Some(k) = self.token_at(span.start) else {
            return false;
        };
        if k == 0 || self.opens_clause(span.start) {
            return false;
        }
        let before = self.word(k - 1);
        let at = self.tokens[k - 1].start;
        capitalised(before)
            && before.chars().all(char::is_alphabetic)
            && self
                .cand_covering(at)
                .is_none_or(|c| !matches!(self.cands[c].what, What::Kb(_)))
    }

    /// Whether every token from byte `start` up to byte `end` is tagged PROPN (false
    /// without POS tags or with no token there).
    fn all_propn(&self, start: u32, end: u32) -> bool {
        let first = self.tokens.partition_point(|t| t.start < start);
        let last = self.tokens.partition_point(|t| t.start < end);
        first < last
            && (first..last).all(|k| {
                self.propn.get(k).copied().unwrap_or(false) && !self.common_noun(self.word(k))
            })
    }

    /// Whether a capitalised `word` is a common noun: a role word of the KB or the
    /// lexicon ("President", "Minister"), or written in lower case elsewhere in the
    /// article ("Candidate Trump" in an article about "a candidate for president").
    fn common_noun(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        if self.stage.is_role_word(&lower) {
            return true;
        }
        let mut from = 0;
        while let Some(i) = self.text.get(from..).and_then(|t| t.find(lower.as_str())) {
            let at = from + i;
            if bounded(self.text, at, at + lower.len()) {
                return true;
            }
            from = at + lower.len();
        }
        false
    }

    /// Whether byte `at` starts a token that opens its sentence or follows a quote mark
    /// or a colon, where any word is capitalised.
    fn opens_clause(&self, at: u32) -> bool {
        let (Some(si), Some(k)) = (self.sentence_of(at), self.token_at(at)) else {
            return false;
        };
        let Some((_, range)) = self.sentences.get(si as usize) else {
            return false;
        };
        if k <= range.start {
            return true;
        }
        let before = self.word(k - 1);
        before == ":" || before.chars().all(|c| QUOTE_MARKS.contains(c))
    }

    /// Whether sentence `si` is in title case (a headline): at least four words with a
    /// letter, and at most one in five of them lower case.
    fn title_case(&self, si: u32) -> bool {
        let (Some(known), Some((_, range))) = (
            self.title_case.get(si as usize),
            self.sentences.get(si as usize),
        ) else {
            return false;
        };
        if let Some(answer) = known.get() {
            return answer;
        }
        let answer = title_case_words(self.tokens.get(range.clone()).unwrap_or(&[]), self.text);
        known.set(Some(answer));
        answer
    }

    /// Whether candidate `c` is a name of a KB news outlet (a group with role `MED`).
    fn is_outlet(&self, c: &Cand) -> bool {
        let What::Kb(surfaces) = &c.what else {
            return false;
        };
        surfaces.iter().any(|&k| {
            self.kb()
                .surfaces()
                .get(k as usize)
                .is_some_and(|s| match s.entry {
                    EntryRef::Group(g) => self
                        .kb()
                        .groups()
                        .get(g as usize)
                        .is_some_and(|g| g.role == "MED"),
                    _ => false,
                })
        })
    }

    /// The KB person last given an actor whose name ends in the one word `surname`.
    fn kb_person_with_surname(&self, surname: &str) -> Option<u32> {
        self.actors
            .iter()
            .rposition(|a| {
                a.actor.kind == ActorKind::Person
                    && a.actor.kb_id.is_some()
                    && !surname.contains(' ')
                    && a.actor.name.contains(' ')
                    && a.actor.name.rsplit(' ').next() == Some(surname)
            })
            .map(|a| a as u32)
    }

    /// The one KB person of the article so far whose full name opens with the one word
    /// `given` ("Hillary" of "Hillary Clinton"), when no other person of the article has
    /// that first word or that surname; a month or weekday is never a given name.
    ///
    /// Not a relative: after a relation noun ("his son Donald") or before "Jr."/"Sr.".
    fn kb_person_with_given_name(&self, given: &str, at: Span) -> Option<u32> {
        if given.contains(' ') || self.stage.calendar_words.contains(&given.to_lowercase()) {
            return None;
        }
        let relative = self.token_before(at.start).is_some_and(|k| {
            self.stage
                .relation_nouns
                .contains(&self.word(k).to_lowercase())
        });
        let junior = self.text.get(at.end as usize..).is_some_and(|rest| {
            let rest = rest.trim_start_matches([' ', ',']);
            ["Jr", "Sr", "III", "II"]
                .iter()
                .any(|x| rest.starts_with(x) && !rest[x.len()..].starts_with(char::is_alphabetic))
        });
        if relative || junior {
            return None;
        }
        let mut found = None;
        for (i, a) in self.actors.iter().enumerate() {
            if a.actor.kind != ActorKind::Person || a.count == 0 {
                continue;
            }
            let mut words = a.actor.name.split(' ');
            let first = words.next() == Some(given);
            let last = a.actor.name.rsplit(' ').next() == Some(given);
            if !(first || last) {
                continue;
            }
            if found.is_some() || !first || a.actor.kb_id.is_none() || words.next().is_none() {
                return None;
            }
            found = Some(i as u32);
        }
        found
    }

    /// The gender an honorific gives the name at `span` ("Mr. Khan": m; "Ms.", "Mrs.",
    /// "Miss": f), written as its first word or right before it.
    fn honorific_gender(&self, span: Span) -> Option<char> {
        let first = self.slice(span).split(' ').next().unwrap_or("");
        let before = self.token_before(span.start).map_or("", |k| self.word(k));
        [first, before]
            .iter()
            .find_map(|w| match w.trim_end_matches('.') {
                "Mr" => Some('m'),
                "Ms" | "Mrs" | "Miss" => Some('f'),
                _ => None,
            })
    }

    /// The unknown person of the article whose name ends in `surname`, of `gender` if
    /// one is given; of two namesakes (a family: "Grace Okonkwo ... her brother Peter
    /// Okonkwo") the one mentioned more often so far, the later named on a tie.
    fn unknown_person_with_surname(&self, surname: &str, gender: Option<char>) -> Option<u32> {
        self.actors
            .iter()
            .enumerate()
            .filter(|(_, a)| {
                a.actor.kind == ActorKind::Person
                    && gender.is_none_or(|g| {
                        a.gender
                            .or_else(|| self.given_name_gender(a))
                            .is_none_or(|x| x == g)
                    })
                    && a.actor.kb_id.is_none()
                    && if surname.contains(' ') {
                        // "De Blasio" of "Bill de Blasio": the particle in either case
                        let name = &a.actor.name;
                        name.len() > surname.len()
                            && name
                                .get(name.len() - surname.len() - 1..)
                                .is_some_and(|end| {
                                    end.starts_with(' ') && end[1..].eq_ignore_ascii_case(surname)
                                })
                    } else {
                        a.actor.name.rsplit(' ').next() == Some(surname)
                    }
            })
            .max_by_key(|&(i, a)| (a.count, i))
            .map(|(i, _)| i as u32)
    }

    // ---- 2. phrases ----

    fn is_person_name(&self, c: usize) -> bool {
        match self.cands.get(c).map(|c| &c.what) {
            Some(What::Unknown(NameKind::Person)) => true,
            Some(What::Kb(surfaces)) => self.best_surface(surfaces).is_some_and(|s| {
                matches!(self.kb().surfaces()[s as usize].entry, EntryRef::Person(_))
            }),
            _ => false,
        }
    }

    /// Index of the candidate starting exactly at byte `at`.
    fn cand_at(&self, at: u32) -> Option<usize> {
        let i = self.cands.partition_point(|c| c.span.start < at);
        (i < self.cands.len() && self.cands[i].span.start == at).then_some(i)
    }

    /// Index of the candidate covering byte `at`.
    fn cand_covering(&self, at: u32) -> Option<usize> {
        let i = self.cands.partition_point(|c| c.span.start <= at);
        (0..i)
            .rev()
            .take(4)
            .find(|&k| self.cands[k].span.start <= at && at < self.cands[k].span.end)
    }

    /// The KB entry a candidate names, through its best surface form.
    fn entry_of_cand(&self, c: usize) -> Option<EntryRef> {
        let What::Kb(surfaces) = &self.cands.get(c)?.what else {
            return None;
        };
        let s = self
            .kb()
            .surfaces()
            .get(self.best_surface(surfaces)? as usize)?;
        Some(s.entry)
    }

    /// The country a KB candidate stands for (country, alias, demonym or seat).
    fn country_of_cand(&self, c: usize) -> Option<String> {
        match self.entry_of_cand(c)? {
            EntryRef::Country(_)
                if self.heritage_adjective(c)
                    || self.demonym_inside_organisation_name(self.cands[c].span) =>
            {
                None
            }
            EntryRef::Country(i) => self
                .kb()
                .countries()
                .get(i as usize)
                .map(|c| c.alpha3.clone()),
            EntryRef::Seat(i) => self.kb().seats().get(i as usize)?.country.clone(),
            _ => None,
        }
    }

    /// Whether country candidate `c` names a heritage, a sponsor or a stance, not a
    /// country: before a noun of `data/heritage_words.txt` ("of Mexican heritage"), before
    /// a hyphen and one of its suffixes ("Mexican-American", "Cuban-born",
    /// "Iranian-backed"), or after "pro-" or "anti-" ("pro-Iranian guerrillas" are no
    /// Iranians).
    fn heritage_adjective(&self, c: usize) -> bool {
        let Some(cand) = self.cands.get(c) else {
            return false;
        };
        let before = self.text.get(..cand.span.start as usize).unwrap_or("");
        let stance = |p: &str| {
            before.len() >= p.len()
                && before.is_char_boundary(before.len() - p.len())
                && before[before.len() - p.len()..].eq_ignore_ascii_case(p)
                && !before[..before.len() - p.len()].ends_with(|ch: char| ch.is_alphanumeric())
        };
        if stance("pro-") || stance("anti-") {
            return true;
        }
        // ("Mexican-American": the first word; the second is the country they live in,
        // and "Russian-Iranian" stays two countries)
        let rest = self.text.get(cand.span.end as usize..).unwrap_or("");
        if let Some(after) = rest.strip_prefix('-') {
            // ("-born", "-American": `data/heritage_words.txt`)
            let Some((suffix, after)) = (self.stage.heritage_suffixes.iter())
                .find_map(|s| Some((s, after.strip_prefix(s.as_str())?)))
            else {
                return false;
            };
            // (a lower-case suffix names no second people: "Cuban-born")
            if !suffix.starts_with(char::is_uppercase) {
                return true;
            }
            // a heritage ("a Mexican-American judge", "Cuban-American voters", "the
            // Cuban-American diaspora"), except before a noun of what two countries share
            // ("Russian-American talks", "Israeli-American relations")
            const RELATIONS: &[&str] = &[
                "relations",
                "relationship",
                "relationships",
                "talks",
                "ties",
                "trade",
                "cooperation",
                "summit",
                "agreement",
                "agreements",
                "deal",
                "deals",
                "alliance",
                "dialogue",
                "partnership",
                "negotiations",
                "treaty",
                "accord",
                "pact",
                "border",
                "war",
                "conflict",
                "tensions",
                "rivalry",
                "friendship",
                "meeting",
                "exercises",
                "drills",
                "rapprochement",
                "dispute",
            ];
            let at = cand.span.end as usize + 1 + suffix.len();
            let next = self.tokens.partition_point(|t| (t.start as usize) < at);
            return !(after.starts_with(' ') && RELATIONS.contains(&self.word(next)));
        }
        let next = self.tokens.partition_point(|t| t.start < cand.span.end);
        self.stage
            .heritage_words
            .contains(&self.word(next).to_lowercase())
    }

    /// The index into `Kb::groups` of the non-state group a candidate names ("Hamas").
    fn group_of_cand(&self, c: usize) -> Option<u32> {
        match self.entry_of_cand(c)? {
            EntryRef::Group(i) => Some(i),
            _ => None,
        }
    }

    /// The KB id of the IGO a candidate names ("NATO" → `nato`).
    fn igo_of_cand(&self, c: usize) -> Option<String> {
        match self.entry_of_cand(c)? {
            EntryRef::Igo(i) => Some(self.kb().igos().get(i as usize)?.id.clone()),
            _ => None,
        }
    }

    fn link(&mut self) {
        for c in 0..self.cands.len() {
            if matches!(self.cands[c].what, What::Role(_)) {
                let phrase = self.phrase(c);
                if let Some(n) = phrase.name {
                    // "A NATO spokesman, Lieutenant Colonel Henrik Dahl": the apposition
                    // saying whose spokesman wins over the bare rank
                    let keep = self
                        .title_of
                        .get(&n)
                        .and_then(|r| self.phrases.get(r))
                        .is_some_and(|e| e.apposition && (e.country.is_some() || e.igo.is_some()));
                    if !keep {
                        self.title_of.insert(n, c);
                    }
                }
                self.phrases.insert(c, phrase);
            }
        }
    }

    /// Reads the phrase around role candidate `c`.
    fn phrase(&mut self, c: usize) -> Phrase {
        let cand = self.cands[c].clone();
        let mut p = Phrase {
            span: cand.span,
            ..Phrase::default()
        };
        let Some(range) = self
            .sentences
            .get(cand.sentence as usize)
            .map(|s| s.1.clone())
        else {
            return p;
        };
        // A candidate whose first token lies outside its sentence's tokens (a name read
        // across a sentence break) has no phrase to read.
        let Some(head) = self.token_at(cand.span.start).filter(|h| range.contains(h)) else {
            return p;
        };
        // left: modifiers back to a determiner or possessor
        let mut committed = cand.span.start;
        let mut j = head;
        let mut steps = 0;
        let mut tentative = 0;
        let mut split_possessive = false;
        // the leftmost token read into the phrase so far
        let mut edge = head;
        // countries read as modifiers, right to left
        let mut left_countries: Vec<(usize, String)> = Vec::new();
        // a word the tagger calls a verb was read as a modifier
        let mut crossed_verb = false;
        // a lower-case word naming a ministry before it was read ("oil ministry")
        let mut body_word = false;
        // an "and" joining two country words was read; the country before it was read
        let (mut joined, mut pair_closed) = (false, false);
        while j > range.start && steps < 5 {
            j -= 1;
            steps += 1;
            let t = self.tokens[j];
            let w = self.word(j);
            if w == "'s" || w == "\u{2019}s" {
                // the tokenizer split the possessive off: it belongs to the word before
                split_possessive = true;
                continue;
            }
            // "The bill passed Congress": a verb the head depends on in the parse is
            // no modifier of it, and nothing before it is part of the phrase
            if self.verb.get(j) == Some(&true)
                && self.parsed.get(head).is_some_and(|t| t.head == j as u32)
            {
                break;
            }
            let lower = w.to_lowercase();
            if DETERMINERS.contains(&lower.as_str()) {
                // "told reporters that troops were...": "that" or "this" before a plural
                // head is a complementizer, no determiner of it
                let head_word = self.slice(cand.span);
                let plural_head = match cand.what {
                    What::Role(w) => self.stage.words.get(w as usize).is_some_and(|x| {
                        x.1.plural || (head_word.ends_with('s') && !head_word.ends_with("ss"))
                    }),
                    _ => false,
                };
                if plural_head && matches!(lower.as_str(), "that" | "this") {
                    break;
                }
                p.det = Some(lower);
                committed = t.start;
                break;
            }
            if POSSESSIVES.iter().any(|x| x.0 == lower) {
                p.det = Some(lower);
                p.possessor = self.cand_at(t.start);
                committed = t.start;
                break;
            }
            // "Turkey hosted Russian and Ukrainian delegations": two countries joined by
            // "and" open the phrase, after a determiner at most
            if pair_closed {
                break;
            }
            if let Some(k) = self.cand_covering(t.start).filter(|&k| k != c) {
                let possessive = split_possessive || w.ends_with("'s") || w.ends_with("\u{2019}s");
                // "Latin American governments": a region's adjective gives no country
                if self.after_compass_word(self.cands[k].span) {
                    break;
                }
                // "The ambassador to Kyiv met Ukrainian officials": no name before a verb
                // read over modifies the head
                if tentative > 1 || crossed_verb {
                    break;
                }
                if let Some(country) = self.country_of_cand(k) {
                    // a name of several words is read once ("South African")
                    if left_countries.last().is_none_or(|x| x.0 != k) {
                        left_countries.push((k, country.clone()));
                        pair_closed = joined;
                    }
                    if p.country.is_none() {
                        p.country = Some(country);
                    }
                    self.consumed[k] = true;
                    // a name of several words starts before this token ("Ivory Coast's")
                    committed = t.start.min(self.cands[k].span.start);
                    // a possessive country ends the phrase ("Moldova's foreign minister")
                    if possessive {
                        break;
                    }
                    continue;
                }
                if let Some(igo) = self.igo_of_cand(k) {
                    p.igo = Some(igo);
                }
                if let Some(g) = self.group_of_cand(k) {
                    p.group = Some(g);
                }
                if possessive {
                    p.possessor = Some(k);
                    committed = t.start.min(self.cands[k].span.start);
                    // "the junta's spokesman": take the possessor's determiner too
                    if j > range.start
                        && DETERMINERS.contains(&self.word(j - 1).to_lowercase().as_str())
                    {
                        committed = self.tokens[j - 1].start;
                    }
                    break;
                }
                // another role word used as a modifier ("Russian military forces"), of
                // one or more words ("Egyptian Foreign Ministry spokesman"): a role word
                // right before the phrase counts as one modifier
                if matches!(self.cands[k].what, What::Role(_)) && tentative < 2 {
                    // one modifier however many words, when right before the phrase
                    // ("the opposition leader by Tanzanian police" stays "Tanzanian police")
                    if tentative == 0 {
                        if let Some(first) = self.token_at(self.cands[k].span.start) {
                            j = first.max(range.start);
                            edge = j;
                        }
                    }
                    tentative += 1;
                    continue;
                }
                break;
            }
            let alphabetic = w.chars().all(|ch| ch.is_alphabetic() || ch == '-');
            let upper = w.chars().next().is_some_and(char::is_uppercase);
            // a lower-case modifier ("top", "senior", "diplomatic"), or a title-case one
            // next to the head ("Deputy Foreign Minister"): tentative; a preposition ends
            // the phrase ("the cost from parliament" is no phrase of "parliament")
            // "Nigerien Interior Ministry spokesman": a title-case word right before a
            // role modifier is part of that body's name and costs nothing
            if upper && alphabetic && j + 1 == edge && edge != head {
                edge = j;
                continue;
            }
            // "an Iraqi oil ministry spokesman": one lower-case word right before a
            // ministry read as a modifier names that ministry and costs nothing either
            let before_ministry = j + 1 == edge
                && edge != head
                && self.cand_at(self.tokens[edge].start).is_some_and(|k| {
                    self.slice(self.cands[k].span)
                        .to_lowercase()
                        .ends_with("ministry")
                });
            if !upper
                && alphabetic
                && before_ministry
                && !body_word
                && self.verb.get(j) != Some(&true)
                && !matches!(lower.as_str(), "and" | "or")
                && !PREPOSITIONS.contains(&lower.as_str())
            {
                edge = j;
                body_word = true;
                continue;
            }
            if !alphabetic
                || w.is_empty()
                || (upper && j + 1 != head)
                || tentative >= 2
                || PREPOSITIONS.contains(&lower.as_str())
            {
                break;
            }
            // "Indonesian and Malaysian fisheries officials": the "and" joining two
            // country words costs nothing
            let joins_countries = lower == "and"
                && left_countries.last().is_some_and(|x| {
                    self.tokens.get(j + 1).map(|t| t.start) == Some(self.cands[x.0].span.start)
                });
            if joins_countries {
                edge = j;
                joined = true;
                continue;
            }
            edge = j;
            tentative += 1;
            crossed_verb |= self.verb.get(j) == Some(&true);
        }
        p.span.start = committed.min(p.span.start);
        // "Saudi and US mediators": "Saudi" | "US mediators", one group a country
        if let [(b, cty_b), (a, cty_a)] = left_countries.as_slice() {
            let (sa, sb) = (self.cands[*a].span, self.cands[*b].span);
            let between = self.slice(Span {
                start: sa.end,
                end: sb.start.max(sa.end),
            });
            if cty_a != cty_b && between.trim() == "and" {
                let first = Span {
                    start: p.span.start,
                    end: sa.end,
                };
                let second = Span {
                    start: sb.start,
                    end: p.span.end,
                };
                let rest = self.slice(Span {
                    start: sb.end,
                    end: p.span.end,
                });
                p.split = vec![
                    (first, cty_a.clone(), format!("{}{rest}", self.slice(first))),
                    (second, cty_b.clone(), self.slice(second).to_string()),
                ];
            }
        }

        // right: title + name, apposition, or a prepositional phrase with a country
        let after = self.tokens[head..range.end]
            .iter()
            .position(|t| t.start >= cand.span.end)
            .map(|k| head + k);
        if let Some(k) = after {
            let next = self.tokens[k];
            let gap = self.slice(Span {
                start: cand.span.end,
                end: next.start,
            });
            if let Some(n) = self.cand_at(next.start).filter(|&n| self.is_person_name(n)) {
                if gap.trim().is_empty() {
                    p.name = Some(n);
                }
            } else if self.word(k) == "," {
                if let Some(n) = self.apposed_name(k, range.clone()) {
                    p.name = Some(n);
                    p.apposition = true;
                }
            } else if self.word(k).eq_ignore_ascii_case("to") && self.sent_abroad(&cand) {
                // "India's ambassador to Beijing, Vikram Rao,": the state they are sent to
                // stays a mention of its own (the role's target), the name after it is theirs
                let mut q = k + 1;
                if q < range.end && self.word(q).eq_ignore_ascii_case("the") {
                    q += 1;
                }
                let end = self
                    .tokens
                    .get(q)
                    .filter(|_| q < range.end)
                    .and_then(|t| self.cand_covering(t.start))
                    .filter(|&x| self.country_of_cand(x).is_some())
                    .map(|x| self.cands[x].span.end);
                let comma = end.and_then(|end| {
                    let q = self.tokens[k..range.end]
                        .iter()
                        .position(|t| t.start >= end)
                        .map(|q| k + q)?;
                    (self.word(q) == ",").then_some(q)
                });
                if let Some(n) = comma.and_then(|q| self.apposed_name(q, range.clone())) {
                    p.name = Some(n);
                    p.apposition = true;
                }
            } else if matches!(
                self.word(k).to_lowercase().as_str(),
                "in" | "from" | "at" | "of" | "with" | "within" | "inside" | "for"
            )
                // ("funding from Congress for Tanzania": a legislature acts for the country
                // after "for", it is not that country's)
                && !(self.word(k).eq_ignore_ascii_case("for") && self.legislature_word(cand.span))
            {
                // "a source in the Russian diplomatic delegation"
                let mut q = k + 1;
                let mut country = None;
                let mut end = None;
                let mut role_end = false;
                // every country of the phrase, and whether "and" joined it to the one before
                let mut countries: Vec<(usize, String, bool)> = Vec::new();
                let mut pp_igo: Option<(String, u32)> = None;
                while q < range.end && q <= k + 6 {
                    let t = self.tokens[q];
                    let w = self.word(q);
                    // "parties in Georgia refused to accept the official results": a verb
                    // ends the phrase before a role noun of another clause joins it
                    if !w.chars().any(char::is_alphanumeric) || self.verb.get(q) == Some(&true) {
                        break;
                    }
                    // "withdraw his troops from Kuwait only if Israel withdraws": a clause
                    // opener ends the phrase before the next clause's subject
                    if CLAUSE_OPENERS.contains(&w.to_lowercase().as_str()) {
                        break;
                    }
                    // "the ministries of Trade and Defence during the Bosnian war": a
                    // phrase of time ends the body's phrase
                    if TIME_PREPOSITIONS.contains(&w.to_lowercase().as_str()) {
                        break;
                    }
                    // "the ambassador of Iran to Iraq": the state an envoy is sent to
                    // (after "to") is not theirs; their own is the one before it
                    if country.is_some() && w.eq_ignore_ascii_case("to") && self.sent_abroad(&cand)
                    {
                        break;
                    }
                    if let Some(x) = self.cand_covering(t.start) {
                        if let Some(igo) = self.igo_of_cand(x).filter(|_| country.is_none()) {
                            // "a spokeswoman for the Economic Community of West African
                            // States": the IGO stays a mention of its own
                            pp_igo = Some((igo, self.cands[x].span.end));
                            break;
                        }
                        if let Some(cty) = self
                            .country_of_cand(x)
                            .filter(|_| !self.after_compass_word(self.cands[x].span))
                        {
                            if countries.last().is_none_or(|c| c.0 != x) {
                                let joined = self.word(q - 1).eq_ignore_ascii_case("and");
                                countries.push((x, cty.clone(), joined));
                            }
                            country = Some((x, cty));
                            end = Some(t.end);
                        } else if matches!(self.cands[x].what, What::Role(_)) {
                            if country.is_some() {
                                end = Some(self.cands[x].span.end);
                                self.consumed[x] = true;
                                role_end = true;
                                p.pp_role_cand = Some(x);
                            } else if self.word(q - 1).eq_ignore_ascii_case("the") {
                                // "a spokesman for the junta": the body named before
                                // (a mention of its own)
                                p.pp_role_cand = Some(x);
                            }
                            break;
                        }
                    }
                    q += 1;
                }
                // "A spokesman for the Sudanese army, Brigadier Nabil Osman,": the name in
                // apposition after the prepositional phrase
                let igo_end = pp_igo.as_ref().map(|g| g.1);
                if let Some(end) = end.filter(|_| country.is_some()).or(igo_end) {
                    let comma = self.tokens[k..range.end]
                        .iter()
                        .position(|t| t.start >= end)
                        .map(|q| k + q)
                        .filter(|&q| self.word(q) == ",");
                    if let Some(n) = comma.and_then(|q| self.apposed_name(q, range.clone())) {
                        p.name = Some(n);
                        p.apposition = true;
                        if country.is_none() && p.igo.is_none() {
                            p.igo = pp_igo.map(|g| g.0);
                        }
                    }
                }
                // "a diplomat in Vienna", "an official at Doha": where an official, a
                // soldier or a reporter sits is no nationality (Vienna hosts the IAEA,
                // Doha Hamas's office); a place after a locative preposition gives such a
                // phrase no country unless a role word closes it ("a source in the Russian
                // delegation"). Domestic groups are of the place ("opposition parties in
                // Armenia", "police in Paris"), and so is a ministry or a government: it
                // sits in its own capital ("the defence ministry in Berlin", "the
                // government in Beijing"; `SEATED_BODIES`).
                let locative = matches!(
                    self.word(k).to_lowercase().as_str(),
                    "in" | "at" | "within" | "inside"
                );
                let ministry = {
                    let head = self.slice(cand.span).to_lowercase();
                    let head_at = self.token_at(cand.span.start).unwrap_or(k);
                    // ("a professor of government at Georgetown": no body)
                    let seated = SEATED_BODIES.contains(&head.as_str())
                        && self.word(k) == "in"
                        && (head_at == 0 || self.word(head_at - 1) != "of");
                    head.contains("ministry") || head.contains("ministries") || seated
                };
                // ("union leaders in Denmark", "student leaders in Chile": a private
                // owner's leaders are of the place, as other domestic groups)
                let travels = !ministry
                    && self.private_owner_role(c).is_none()
                    && self
                        .office_of(c, None)
                        .1
                        .is_none_or(|r| TRAVELLING_ROLES.contains(&r.as_str()));
                let country = country.filter(|_| role_end || !(locative && travels));
                // "withdrew its forces from Lebanon": forces someone owns, or that a verb
                // of withdrawal moves, come from the place after "from", they are not its;
                // nor is a demonym before a noun of
                // its own a country of the phrase ("troops from Iranian territory")
                let from = self.word(k).eq_ignore_ascii_case("from");
                let owned = p.det.as_deref().is_some_and(|d| {
                    POSSESSIVES.iter().any(|x| x.0 == d) || d.ends_with("'s") || d.ends_with("’s")
                }) || p.possessor.is_some()
                    // ("withdrew troops from Kuwait": moved out of it)
                    || self
                        .token_at(p.span.start)
                        .and_then(|f| f.checked_sub(1))
                        .is_some_and(|v| {
                            WITHDRAWAL_FORMS.contains(&self.word(v).to_lowercase().as_str())
                        });
                let country = country.filter(|(x, _)| {
                    role_end || !(from && owned || self.demonym_before_noun(*x, range.end))
                });
                if let (Some((x, cty)), Some(end)) = (country, end) {
                    // "leaders of Kenya and Turkey": "leaders of Kenya" | "Turkey"
                    if p.country.is_none()
                        && !role_end
                        && countries.len() == 2
                        && countries[1].2
                        && countries[0].1 != countries[1].1
                    {
                        let (a, b) = (countries[0].0, countries[1].0);
                        self.consumed[a] = true;
                        let first = Span {
                            start: p.span.start,
                            end: self.cands[a].span.end,
                        };
                        // "Leaders of " + "Turkey"
                        let lead = self.slice(Span {
                            start: p.span.start,
                            end: self.cands[a].span.start,
                        });
                        let second = self.cands[b].span;
                        p.split = vec![
                            (first, countries[0].1.clone(), self.slice(first).to_string()),
                            (
                                second,
                                countries[1].1.clone(),
                                format!("{lead}{}", self.slice(second)),
                            ),
                        ];
                    }
                    if p.country.is_none() {
                        p.country = Some(cty);
                    }
                    self.consumed[x] = true;
                    p.span.end = end;
                    p.pp_country = true;
                    p.pp_role = role_end;
                }
            }
        }
        // reverse apposition: "Ana Petrescu, Moldova's foreign minister,"
        if p.name.is_none() {
            if let Some(first) = self.token_at(p.span.start) {
                if first >= range.start + 2 && self.word(first - 1) == "," {
                    let before = self.tokens[first - 2];
                    if let Some(n) = self.cand_covering(before.start) {
                        let end_ok = self.cands[n].span.end == before.end;
                        let closes = self.tokens[first..range.end]
                            .iter()
                            .position(|t| t.start >= p.span.end)
                            .is_none_or(|q| matches!(self.word(first + q), "," | "." | ")" | ";"));
                        if end_ok && closes && self.is_person_name(n) {
                            p.name = Some(n);
                            p.apposition = true;
                        }
                    }
                }
            }
        }
        p
    }

    /// Whether candidate `x` is a country's demonym right before a lower-case word of its
    /// sentence ("Iranian territory", "Lebanese soil"): it describes that word, not the
    /// phrase it stands in.
    fn demonym_before_noun(&self, x: usize, end: usize) -> bool {
        let demonym = matches!(self.cands[x].what, What::Kb(ss) if ss.iter().any(|&s| {
            self.kb()
                .surfaces()
                .get(s as usize)
                .is_some_and(|s| s.form == NameForm::Demonym)
        }));
        let next = self.tokens[..end].partition_point(|t| t.start < self.cands[x].span.end);
        demonym
            && next < end
            && self.word(next).starts_with(char::is_lowercase)
            && self.noun.get(next) == Some(&true)
    }

    /// A role candidate naming people sent to another state ("envoy", "ambassador").
    fn sent_abroad(&self, cand: &Cand) -> bool {
        let text = self.slice(cand.span).to_lowercase();
        let last = text.rsplit(' ').next().unwrap_or("");
        self.stage.destination_heads.contains(last)
    }

    /// The person named in apposition after the comma at token `comma` ("Moldova's
    /// foreign minister, Ana Petrescu,"), possibly behind a rank or title of their own
    /// ("A NATO spokesman, Lieutenant Colonel Henrik Dahl,"), when the name closes the
    /// apposition (a comma, full stop, bracket or semicolon, or the sentence end, after it).
    fn apposed_name(&self, comma: usize, range: std::ops::Range<usize>) -> Option<usize> {
        let first = self
            .tokens
            .get(comma + 1)
            .filter(|_| comma + 1 < range.end)?;
        let mut n = self.cand_at(first.start)?;
        if !self.is_person_name(n) && self.role_names_person(&self.cands[n]) {
            let after = self.cands[n].span.end;
            let next = self.tokens[comma + 1..range.end]
                .iter()
                .find(|t| t.start >= after)?;
            if self.slice(Span::new(after as usize, next.start as usize)) != " " {
                return None;
            }
            n = self.cand_at(next.start)?;
        }
        if !self.is_person_name(n) {
            return None;
        }
        let end = self.cands[n].span.end;
        let closes = match self.tokens[comma + 1..range.end]
            .iter()
            .position(|t| t.start >= end)
        {
            None => true,
            Some(q) => matches!(self.word(comma + 1 + q), "," | "." | ")" | ";"),
        };
        closes.then_some(n)
    }

    // ---- 3. resolution ----

    fn best_surface(&self, surfaces: &[u32]) -> Option<u32> {
        // of two countries sharing the name ("Congo"), the one this article means
        let chosen = |s: u32| match self.kb().surfaces().get(s as usize).map(|s| s.entry) {
            Some(EntryRef::Country(i)) if self.preferred_countries.contains(&i) => 0u8,
            _ => 1,
        };
        surfaces
            .iter()
            .copied()
            .min_by_key(|&s| (self.surface_rank(s), chosen(s)))
    }

    /// How strongly a surface reads as its entry: full names before demonyms before short
    /// forms before nouns; people before countries before organisations before seats.
    fn surface_rank(&self, s: u32) -> u8 {
        let Some(s) = self.kb().surfaces().get(s as usize) else {
            return 99;
        };
        let form = match s.form {
            NameForm::Name | NameForm::Formal | NameForm::Alias => 0,
            NameForm::Demonym => 1,
            NameForm::Short => 2,
            NameForm::Noun => 3,
        };
        let entry = match s.entry {
            EntryRef::Person(_) => 0,
            // a seat named as its own state ("the Vatican": the Holy See's curia, as "the
            // Kremlin" is Russia's government) reads as the seat, before the country
            EntryRef::Seat(i) if self.seat_named_as_its_state(i) => 0,
            EntryRef::Country(_) => 1,
            EntryRef::Igo(_) | EntryRef::Group(_) => 2,
            EntryRef::Seat(_) => 3,
            EntryRef::Agent(_) => 4,
        };
        form * 10 + entry
    }

    /// Whether seat `i` bears the name of the state it stands for ("Vatican": VAT).
    fn seat_named_as_its_state(&self, i: u32) -> bool {
        let Some(seat) = self.kb().seats().get(i as usize) else {
            return false;
        };
        seat.country.as_deref().is_some_and(|own| {
            self.kb()
                .country(&seat.name)
                .is_some_and(|c| c.alpha3 == own)
        })
    }

    /// The countries a name's best-ranked surfaces stand for, when more than one
    /// ("Congo", "Congolese": both Congos); empty otherwise.
    fn shared_countries(&self, surfaces: &[u32]) -> Vec<u32> {
        let Some(best) = surfaces.iter().map(|&s| self.surface_rank(s)).min() else {
            return Vec::new();
        };
        let mut countries = Vec::new();
        for &s in surfaces {
            if self.surface_rank(s) != best {
                continue;
            }
            if let Some(EntryRef::Country(i)) =
                self.kb().surfaces().get(s as usize).map(|s| s.entry)
            {
                if !countries.contains(&i) {
                    countries.push(i);
                }
            }
        }
        if countries.len() < 2 {
            countries.clear();
        }
        countries
    }

    /// Decides which country each name shared by several ("Congo") stands for in this
    /// article: the one with the most evidence — cue words of `data/country_cues.tsv`
    /// ("Goma", "Kivu") and the article's unshared KB names of a country (its capital,
    /// full name, KB people, armed groups) — else the first listed in that file (the DRC).
    fn choose_shared_country_names(&mut self) {
        let mut shared: Vec<Vec<u32>> = Vec::new();
        for c in &self.cands {
            if let What::Kb(surfaces) = c.what {
                let countries = self.shared_countries(surfaces);
                if !countries.is_empty() && !shared.contains(&countries) {
                    shared.push(countries);
                }
            }
        }
        if shared.is_empty() {
            return;
        }
        let mut evidence: HashMap<u32, u32> = HashMap::new();
        for c in 0..self.cands.len() {
            let What::Kb(surfaces) = self.cands[c].what else {
                continue;
            };
            if !self.shared_countries(surfaces).is_empty() {
                continue;
            }
            let country = self
                .entry_of_cand(c)
                .and_then(|e| self.country_of_entry(e))
                .and_then(|a| self.stage.country_index.get(a));
            if let Some(&i) = country {
                *evidence.entry(i).or_default() += 1;
            }
        }
        for &t in &self.tokens {
            if let Some(&i) = self.stage.country_cues.get(self.slice(t)) {
                *evidence.entry(i).or_default() += 1;
            }
        }
        let priority = |i: u32| {
            let listed = self.stage.country_priority.iter().position(|&p| p == i);
            (listed.is_none(), listed, i)
        };
        for countries in shared {
            let best = countries.iter().copied().min_by_key(|&i| {
                (
                    std::cmp::Reverse(evidence.get(&i).copied().unwrap_or(0)),
                    priority(i),
                )
            });
            if let Some(best) = best {
                self.preferred_countries.push(best);
            }
        }
    }

    /// The country (alpha-3) a KB entry belongs to at the article's date: a country, a
    /// capital or seat, an armed group's country, a person's office's country.
    fn country_of_entry(&self, entry: EntryRef) -> Option<&'a str> {
        let kb = self.kb();
        match entry {
            EntryRef::Country(i) => kb.countries().get(i as usize).map(|c| c.alpha3.as_str()),
            EntryRef::Seat(i) => kb
                .seats()
                .get(i as usize)
                .and_then(|s| s.country.as_deref()),
            EntryRef::Group(i) => kb
                .groups()
                .get(i as usize)
                .and_then(|g| g.country.as_deref()),
            EntryRef::Person(i) => self.person_country(i),
            EntryRef::Igo(_) | EntryRef::Agent(_) => None,
        }
    }

    fn resolve(&mut self) {
        // order: pronouns followed by a bracketed name come after that name
        let mut order: Vec<(u32, usize)> = (0..self.cands.len())
            .map(|c| {
                let cand = &self.cands[c];
                let key = match cand.what {
                    What::Pronoun(_) => self
                        .bracket_name(c)
                        .or_else(|| self.fronted_subject_name(c))
                        .map_or(cand.span.start, |n| self.cands[n].span.start + 1),
                    What::Kb(_) => self
                        .later_full_name(c)
                        .map_or(cand.span.start, |n| self.cands[n].span.start + 1),
                    _ => cand.span.start,
                };
                (key, c)
            })
            .collect();
        order.sort();
        for (_, c) in order {
            match self.cands[c].what {
                What::Kb(surfaces) => self.resolve_kb(c, surfaces),
                What::Unknown(kind) => self.resolve_unknown(c, kind),
                What::Role(_) => self.resolve_role(c),
                What::Pronoun(g) => self.resolve_pronoun(c, g),
            }
        }
    }

    /// The later full name of someone else that KB short form `c` (a surname: "Cruz" in a
    /// headline) stands for: the first unknown person after it whose name ends in that
    /// word ("Ted Cruz"), when no KB name of a person of that surname comes before it
    /// ("Hillary Clinton ... Clinton ... Chelsea Clinton" keeps the KB person), nor an
    /// unknown person of that surname ("Ramon Ortega ... Ortega said he ... Lazaro Ortega":
    /// the surname is Ramon's, and resolved in its place, a pronoun after it has it). The
    /// surname is resolved after that name, so it joins it as a later one would.
    fn later_full_name(&self, c: usize) -> Option<usize> {
        if !self.is_short_form_person(c) {
            return None;
        }
        let cand = &self.cands[c];
        let surname = self.slice(cand.span);
        let ends_in_surname = |k: usize| {
            matches!(self.cands[k].what, What::Unknown(NameKind::Person))
                && self
                    .slice(self.cands[k].span)
                    .rsplit_once(' ')
                    .is_some_and(|(_, last)| last == surname)
        };
        if (0..c).any(|k| self.cands[k].span.end <= cand.span.start && ends_in_surname(k)) {
            return None;
        }
        let all = self.kb().surfaces();
        let entries: Vec<EntryRef> = cand
            .what
            .kb_surfaces()?
            .iter()
            .filter_map(|&x| all.get(x as usize).map(|s| s.entry))
            .filter(|e| matches!(e, EntryRef::Person(_)))
            .collect();
        let n = (c + 1..self.cands.len()).find(|&k| {
            matches!(self.cands[k].what, What::Unknown(NameKind::Person))
                && self.cands[k].span.start > cand.span.end
                && self
                    .slice(self.cands[k].span)
                    .rsplit_once(' ')
                    .is_some_and(|(_, last)| last == surname)
        })?;
        let kb_name_before = (0..n).any(|k| {
            !self.is_short_form_person(k)
                && self.entry_of_cand(k).is_some_and(|e| entries.contains(&e))
        });
        (!kb_name_before).then_some(n)
    }

    /// A capital stands for its government wherever it is no modifier or part of a
    /// longer name ([`Work::capital_modifies`]: "Moscow-based", "the Moscow metro", "Paris
    /// Saint-Germain") and no place after a place cue (checked by the caller): "Russia held
    /// talks with Kyiv", "Moscow was ready to talk", whichever countries the article names.
    /// Capitals whose names are often something else (`data/ambiguous_capitals.txt`) keep a
    /// homonym guard: such a capital is its government when a reporting verb follows it,
    /// the article names its country, names no country at all, or names the capital more
    /// than once ("Victoria" in a list of Australian states is not the Seychelles).
    fn capital_plausible(&self, c: usize, seat: &attache_kb::Seat) -> bool {
        let Some(cty) = seat.country.as_deref() else {
            return true;
        };
        let span = self.cands[c].span;
        if !self.title_case(self.cands[c].sentence)
            && (self.capital_modifies(span) || self.capital_ends_other_name(span))
        {
            return false;
        }
        let ambiguous = self
            .stage
            .ambiguous_capitals
            .contains(&self.slice(span).to_lowercase());
        if !ambiguous {
            return true;
        }
        // "Kyiv said": a capital speaking is its government
        let end = self.cands[c].span.end;
        let next = self.tokens.partition_point(|t| t.start < end);
        if next < self.tokens.len()
            && self.is_report_verb(next)
            && !self.person_pronoun_at(next + 1)
        {
            return true;
        }
        let text = self.slice(self.cands[c].span);
        let mut named_countries = 0;
        let mut repeats = 0;
        for k in &self.cands {
            let What::Kb(surfaces) = &k.what else {
                continue;
            };
            if self.slice(k.span) == text {
                repeats += 1;
            }
            let Some(s) = self
                .best_surface(surfaces)
                .and_then(|s| self.kb().surfaces().get(s as usize))
            else {
                continue;
            };
            if let EntryRef::Country(i) = s.entry {
                if self
                    .kb()
                    .countries()
                    .get(i as usize)
                    .map(|x| x.alpha3.as_str())
                    == Some(cty)
                {
                    return true;
                }
                named_countries += 1;
            }
        }
        named_countries == 0 || repeats > 1
    }

    /// Whether the word right before `span` is a capitalised compass or region word
    /// ("Latin", "West", "Southeast"): a demonym after it names a region, not a country (a
    /// country's own such names, "South African", "North Korean", are longer KB names).
    fn after_compass_word(&self, span: Span) -> bool {
        let Some(k) = self.token_at(span.start).filter(|&k| k > 0) else {
            return false;
        };
        self.tokens[k - 1].end + 1 == span.start
            && matches!(
                self.word(k - 1),
                "Latin"
                    | "North"
                    | "South"
                    | "East"
                    | "West"
                    | "Central"
                    | "Northern"
                    | "Southern"
                    | "Eastern"
                    | "Western"
                    | "Southeast"
                    | "Northeast"
                    | "Southwest"
                    | "Northwest"
            )
    }

    /// Whether the capital at `span` is the last word of another name: a capitalised word
    /// right before it that no KB name covers ("George Washington", "Grandpa Bern", "the
    /// Carnegie Moscow Center"). A word opening the sentence or a clause is capitalised by
    /// its place ("Meanwhile Moscow said"), so there it counts only when the syntax tagger
    /// calls it a proper noun.
    fn capital_ends_other_name(&self, span: Span) -> bool {
        let Some(k) = self.token_at(span.start).filter(|&k| k > 0) else {
            return false;
        };
        let before = self.word(k - 1);
        let at = self.tokens[k - 1].start;
        if self.sentence_of(at) != self.sentence_of(span.start)
            || !before.chars().next().is_some_and(char::is_uppercase)
            || !before.chars().all(char::is_alphabetic)
            || self.tokens[k - 1].end + 1 != span.start
            || self.cand_covering(at).is_some_and(|k| {
                !matches!(self.entry_of_cand(k), Some(EntryRef::Person(_)))
                    && !matches!(self.cands[k].what, What::Unknown(_))
            })
            || self.stage.calendar_words.contains(&before.to_lowercase())
        {
            return false;
        }
        !self.opens_clause(at) || self.propn.get(k - 1) == Some(&true)
    }

    /// Whether the capital at `span` modifies what follows rather than naming a party: a
    /// hyphenated compound ("Moscow-based", "Kyiv-bound"), the first word of a longer
    /// capitalised name ("Paris Saint-Germain", "the Berlin Wall", "London Underground"), or
    /// a noun after it that no role word covers ("Moscow time", "Kyiv residents"; "Kyiv
    /// officials" is a role phrase of its own). Possessives ("Moscow's view") name the party.
    fn capital_modifies(&self, span: Span) -> bool {
        let rest = self.text.get(span.end as usize..).unwrap_or("");
        if rest.starts_with('-') || rest.starts_with('\u{2010}') || rest.starts_with('\u{2011}') {
            return true;
        }
        if rest.starts_with('\'') || rest.starts_with('\u{2019}') {
            return false;
        }
        let Some(sentence) = self
            .sentence_of(span.start)
            .and_then(|s| self.sentences.get(s as usize))
        else {
            return false;
        };
        let next = self.tokens.partition_point(|t| t.start < span.end);
        if next >= sentence.1.end || !rest.starts_with(' ') {
            return false;
        }
        let w = self.word(next);
        let capitalised_word = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|ch| ch.is_alphabetic() || ch == '-' || ch == '\'');
        let covered = self
            .cand_covering(self.tokens[next].start)
            .is_some_and(|k| !matches!(self.cands[k].what, What::Unknown(_)));
        (capitalised_word && !covered && !self.stage.calendar_words.contains(&w.to_lowercase()))
            || (self.noun.get(next) == Some(&true) && !covered)
    }

    /// The actors named as the subject of the clause a description at `span` closes: a
    /// mention earlier in the sentence with only a verb phrase between ("Sergei Lavrov met
    /// the minister", "Somalia invited both leaders"), no comma, semicolon, conjunction or
    /// complementizer. Subject and object of one verb are different parties.
    fn clause_subjects(&self, span: Span) -> Vec<u32> {
        let Some(sentence) = self.sentence_of(span.start) else {
            return Vec::new();
        };
        self.mentions
            .iter()
            .filter(|m| m.sentence == sentence && m.span.end <= span.start)
            .filter(|m| {
                let between = self.slice(Span {
                    start: m.span.end,
                    end: span.start,
                });
                // "Theresa Lazaro told the envoy": the listener of a verb of telling is
                // its object, not a reported clause's subject
                let listener = between
                    .split_whitespace()
                    .rfind(|w| !DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d)))
                    .filter(|w| TELLING_VERBS.contains(w));
                !between.trim().is_empty()
                    && !between.contains([',', ';', ':', '"', '\u{201c}', '\u{201d}', '(', ')'])
                    && !between.split_whitespace().any(|w| {
                        CLAUSE_BREAKS.iter().any(|b| w.eq_ignore_ascii_case(b))
                            || (self.stage.report_verbs.contains(w) && Some(w) != listener)
                    })
            })
            .map(|m| m.actor)
            .collect()
    }

    /// The person a short form names when the KB gives it to that one person only, and
    /// they hold an office at the article's date; none without a date, and none for
    /// calendar words.
    fn sole_incumbent(&self, span: Span, surfaces: &[u32]) -> Option<EntryRef> {
        self.date?;
        // the candidate's surfaces are every KB name with its text: one entry, or none
        let all = self.kb().surfaces();
        let first = all.get(*surfaces.first()? as usize)?.entry;
        if !matches!(first, EntryRef::Person(_))
            || surfaces
                .iter()
                .any(|&x| all.get(x as usize).is_none_or(|s| s.entry != first))
        {
            return None;
        }
        let text = self.slice(span);
        if self.stage.calendar_words.contains(&text.to_lowercase()) {
            return None;
        }
        let hits = self.kb().lookup(text, self.date);
        match hits.as_slice() {
            [h] if h.current && matches!(h.entry, EntryRef::Person(_)) => Some(h.entry),
            _ => None,
        }
    }

    /// The person the KB does not know named earlier by the last word of full name `name`
    /// alone ("Gowdy" in a headline before "Trey Gowdy"), when no other person with a full
    /// name ending in that word was named before.
    fn earlier_bare_surname(&self, name: &str, at: Span) -> Option<u32> {
        let (given, surname) = name.rsplit_once(' ')?;
        let a = *self.by_key.get(&format!("name:person:{surname}"))?;
        // (no word the article also writes in lower case, and first, after a title ("Sen.
        // Elizabeth Warren"), a given name the gazetteer knows or a proper noun of no other
        // class; no plural party word: "Even Republicans", "Said Comey", "Team Hillary",
        // "South Carolina", "Log Cabin Republicans" are no one's full names)
        let first = given.split(' ').find(|w| !w.ends_with('.'))?;
        let class = self.stage.names.gazetteer.classes(first);
        let given_name = class & crate::Gazetteer::FIRST_NAME != 0
            || (class & !crate::Gazetteer::PERSON_NAME == 0
                && self
                    .token_at(at.end.saturating_sub(name.len() as u32))
                    .and_then(|k| (k..self.tokens.len()).find(|&k| self.word(k) == first))
                    .is_some_and(|k| self.propn[k]));
        if !given_name
            || self.stage.partisan(surname.trim_end_matches('s'))
            || name
                .split(' ')
                .any(|w| self.common_noun(w) || !w.starts_with(char::is_uppercase))
        {
            return None;
        }
        let others = self.actors.iter().any(|x| {
            x.actor.kind == ActorKind::Person
                && x.actor.name != name
                && x.actor.name.ends_with(&format!(" {surname}"))
        });
        // nor when the text writes the surname after another given name or proper noun
        // before ("For Bitsy Kestler, ..." before "Hank Kestler", though the tagger missed
        // it; not "But Kestler")
        let own = given.rsplit(' ').next();
        let gaz = &self.stage.names.gazetteer;
        let written = (1..self.token_at(at.start)?).any(|k| {
            self.word(k) == surname && {
                let before = self.word(k - 1);
                Some(before) != own
                    && before != "The"
                    && before.starts_with(char::is_uppercase)
                    && before.chars().all(char::is_alphabetic)
                    && gaz.classes(before) & crate::Gazetteer::TITLE == 0
                    && (self.propn.get(k - 1).copied().unwrap_or(false)
                        || gaz.classes(before) & crate::Gazetteer::FIRST_NAME != 0)
            }
        });
        (!others && !written).then_some(a)
    }

    /// The person named last before `span`, in its sentence or the four before, who is a
    /// legislator: coded LEG, or named once after the title of `noun` ("Sen. Marco Rubio"
    /// for "senator", "Rep. Adam Schiff" for "congressman").
    fn last_legislator(&self, span: Span, noun: &str) -> Option<u32> {
        // a senator is titled "Sen.", a congressman "Rep."
        let titles: &[String] = self
            .stage
            .state_office_of_noun(noun)
            .map_or(&[], |o| &o.titles);
        let sentence = self.sentence_of(span.start)?;
        let person = |a: u32| {
            self.actors
                .get(a as usize)
                .is_some_and(|x| x.actor.kind == ActorKind::Person)
        };
        let titled: Vec<u32> = self
            .mentions
            .iter()
            .filter(|x| person(x.actor))
            .filter(|x| {
                let before = self.token_before(x.span.start).map(|k| self.word(k));
                let first = self.slice(x.span).split(' ').next();
                titles
                    .iter()
                    .any(|t| before == Some(t.as_str()) || first == Some(t.as_str()))
            })
            .map(|x| x.actor)
            .collect();
        self.mentions
            .iter()
            .filter(|m| m.span.end <= span.start && m.sentence + 4 >= sentence)
            .filter(|m| {
                person(m.actor)
                    && (self.actors[m.actor as usize].actor.role.as_deref() == Some("LEG")
                        || titled.contains(&m.actor))
            })
            .max_by_key(|m| m.span.start)
            .map(|m| m.actor)
    }

    /// "the former president", "the former prime minister" (role candidate `r`, definite,
    /// singular, no possessor or country of its own, a GOV, LEG or JUD office made former by
    /// a former word): the person named last before `span`, in its sentence or the two
    /// before, when that person is a former officeholder (ELI) and a person, not an
    /// apposition ("Nixon, the former president" is left to the apposition rules).
    fn former_officeholder_named(
        &mut self,
        r: usize,
        phrase: &Phrase,
        span: Span,
        plural: bool,
    ) -> Option<u32> {
        let definite = phrase
            .det
            .as_deref()
            .is_some_and(|d| d.eq_ignore_ascii_case("the"));
        if plural || !definite || phrase.possessor.is_some() || phrase.country.is_some() {
            return None;
        }
        let (office, role) = self.office_of(r, None);
        let role = self.former_role(role, self.token_at(self.cands[r].span.start));
        let office = office.filter(|_| role.as_deref() == Some("ELI"))?;
        let sentence = self.sentence_of(span.start)?;
        let last = self
            .mentions
            .iter()
            .filter(|m| m.span.end <= span.start && m.sentence + 2 >= sentence)
            .filter(|m| self.is_person(m.actor))
            .max_by_key(|m| m.span.start)?;
        // ("In his talks with Hosni Mubarak, the former president": the partner of
        // someone's talks is someone else)
        let partner = self
            .token_before(last.span.start)
            .is_some_and(|k| self.word(k).eq_ignore_ascii_case("with"));
        let person = self.actors.get(last.actor as usize)?;
        if partner || person.actor.role.as_deref() != Some("ELI") {
            return None;
        }
        // (who held that office before: the KB's spells, else the title the text gave them;
        // "Jimmy Carter arrived. The former senator" is someone else)
        let held = match person.actor.kb_id.as_deref() {
            Some(id) => {
                let id = id.strip_prefix("person:").unwrap_or(id);
                let kb = self.kb();
                let p = kb.people().iter().position(|x| x.id == id)?;
                // (a spell ended by the story's date: not one held only later)
                kb.roles_of(p as u32).any(|x| {
                    x.office == office
                        && x.valid
                            .end
                            .is_some_and(|e| self.date.is_none_or(|d| e <= d))
                })
            }
            None => person.titled == Some(office) || person.office == Some(office),
        };
        held.then_some(last.actor)
    }

    /// The states' country ("USA") when the words of `span` name a US state (`data/us_states.tsv`, by full name:
    /// "the Ohio governor", "New Hampshire Sen. Ana Ruiz").
    fn us_state_country(&self, span: Span) -> Option<String> {
        // with the capitalised words right before the span ("former Florida" + "governor")
        let mut start = span.start;
        let first = self.tokens.partition_point(|t| t.start < span.start);
        // (past "state": "Georgia state police")
        let mut reach = first.saturating_sub(2);
        for k in (first.saturating_sub(3)..first).rev() {
            if k < reach {
                break;
            }
            if self.word(k) == "state" && k + 1 == first {
                reach = reach.saturating_sub(1);
                continue;
            }
            if !self.word(k).starts_with(char::is_uppercase) {
                break;
            }
            start = self.tokens[k].start;
        }
        let words: Vec<&str> = self
            .slice(Span { start, ..span })
            .split_whitespace()
            .map(|w| w.trim_end_matches("'s").trim_end_matches('’'))
            .collect();
        let named = (0..words.len()).any(|i| {
            (1..=3).any(|n| {
                words.get(i..i + n).is_some_and(|ws| {
                    let joined = ws.join(" ");
                    self.stage.us_states.get(&joined) == Some(&joined)
                })
            })
        });
        let country = &self.stage.states_country;
        (named && self.stage.country_index.contains_key(country)).then(|| country.clone())
    }

    /// The US state a description of a state office names between its determiner and its
    /// head noun ("the Vermont senator", "the freshman New York senator" → "New York"),
    /// when `noun` names such an office (`data/state_offices.tsv`).
    fn state_of_description(&self, span: Span, noun: &str) -> Option<String> {
        self.stage.state_office_of_noun(noun)?;
        let words: Vec<&str> = self.slice(span).split(' ').collect();
        let middle = words.get(1..words.len().saturating_sub(1))?;
        (0..middle.len()).find_map(|i| {
            [3, 2, 1].iter().find_map(|&n| {
                let joined = middle.get(i..i + n)?.join(" ");
                self.stage
                    .us_states
                    .get(&joined)
                    .filter(|name| **name == joined)
                    .cloned()
            })
        })
    }

    /// Indexes the mentions added since the last call (see `indexed`).
    fn index_mentions(&mut self) {
        if self.indexed_removals != self.removals || self.indexed > self.mentions.len() {
            // (mentions were removed: index anew)
            self.indexed = 0;
            self.ends.clear();
            self.indexed_removals = self.removals;
        }
        for i in self.indexed..self.mentions.len() {
            self.checks.set(self.checks.get() + 1);
            let m = self.mentions[i];
            self.ends.entry(m.span.end).or_default().push(m.actor);
        }
        self.indexed = self.mentions.len();
    }

    /// Indexes the mentions added since the last call by the state offices they hold
    /// (see `state_indexed`).
    fn index_state_holders(&mut self) {
        if self.state_indexed_removals != self.removals || self.state_indexed > self.mentions.len()
        {
            // (mentions were removed: index anew)
            self.state_indexed = 0;
            self.state_index.clear();
            self.state_indexed_removals = self.removals;
        }
        for i in self.state_indexed..self.mentions.len() {
            self.checks.set(self.checks.get() + 1);
            let m = self.mentions[i];
            for (o, office) in self.stage.state_offices.iter().enumerate() {
                if let Some(state) = self.mention_state(&m, office) {
                    let list = self.state_index.entry((o, state)).or_default();
                    let at = list.partition_point(|x| x.0 <= m.span.start);
                    list.insert(at, (m.span.start, m.span.end, m.actor));
                }
            }
        }
        self.state_indexed = self.mentions.len();
    }

    fn is_person(&self, actor: u32) -> bool {
        self.actors
            .get(actor as usize)
            .is_some_and(|a| a.actor.kind == ActorKind::Person)
    }

    /// The person named right before the comma that opens `span` ("Ana Ruiz, the Vermont
    /// senator", "Sanders, the independent senator").
    fn apposed_person(&mut self, span: Span) -> Option<u32> {
        let k = self
            .token_before(span.start)
            .filter(|&k| self.word(k) == ",")?;
        let before = self.tokens.get(k)?.start;
        self.index_mentions();
        [before, before.checked_sub(1)?]
            .iter()
            .filter_map(|end| self.ends.get(end))
            .flatten()
            .copied()
            .find(|&a| self.is_person(a))
    }

    /// The US state a person mention is tied to with the office of `noun`: the state's name
    /// before the office's title ("Vermont Sen. Bernie Sanders", "Ohio Governor John
    /// Kasich"), or after the titled name as "of <state>" or as a party letter and the
    /// state's abbreviation ("Sen. Marco Rubio (R-Fla.)", "Rep. Ana Ruiz, D-N.Y.,").
    fn mention_state(&self, m: &Mention, office: &StateOffice) -> Option<String> {
        let is_title = |w: &str| office.titles.iter().any(|t| t == w);
        let state_name = |w: &str| {
            self.stage
                .us_states
                .get(w)
                .filter(|name| name.as_str() == w)
                .cloned()
        };
        let own: Vec<&str> = self.slice(m.span).split(' ').collect();
        // the words before the name: the tokens before the mention, then its own leading
        // words up to the title
        let first_token = self.tokens.partition_point(|t| t.start < m.span.start);
        let mut before: Vec<&str> = (first_token.saturating_sub(3)..first_token)
            .map(|k| self.word(k))
            .collect();
        let title_in_own = own.iter().position(|w| is_title(w));
        let titled = match title_in_own {
            Some(i) if i + 1 < own.len() => {
                before.extend(&own[..i]);
                true
            }
            _ => {
                before.last().is_some_and(|w| is_title(w)) && {
                    before.pop();
                    true
                }
            }
        };
        if !titled {
            return None;
        }
        for n in [3, 2, 1] {
            if before.len() >= n {
                if let Some(s) = state_name(&before[before.len() - n..].join(" ")) {
                    return Some(s);
                }
            }
        }
        // after the name: "of Vermont", "(I-Vt.)", ", R-Fla.,"
        let after = self.tokens.partition_point(|t| t.start < m.span.end);
        if self.word(after) == "of" {
            for n in [3, 2, 1] {
                let joined = (after + 1..after + 1 + n)
                    .map(|k| self.word(k))
                    .collect::<Vec<_>>()
                    .join(" ");
                if let Some(s) = state_name(&joined) {
                    return Some(s);
                }
            }
        }
        self.party_tag_state(m)
            .or_else(|| self.partisan_state_apposition(m.span.end))
    }

    /// The US state of an apposition of a state and a party word right after a name ending
    /// at `end`: ", the Iowa Republican", ", a New Mexico Democrat".
    fn partisan_state_apposition(&self, end: u32) -> Option<String> {
        let k = self.tokens.partition_point(|t| t.start < end);
        if self.word(k) != "," || !matches!(self.word(k + 1), "the" | "a" | "an") {
            return None;
        }
        (1..=3).rev().find_map(|n| {
            let joined = (k + 2..k + 2 + n)
                .map(|j| self.word(j))
                .collect::<Vec<_>>()
                .join(" ");
            let name = self
                .stage
                .us_states
                .get(&joined)
                .filter(|s| **s == joined)?;
            self.stage
                .partisan(self.word(k + 2 + n))
                .then(|| name.clone())
        })
    }

    /// The US state of a party tag right after a person mention: "(R-Fla.)", ", D-N.Y.,".
    fn party_tag_state(&self, m: &Mention) -> Option<String> {
        let rest = self.text.get(m.span.end as usize..)?;
        // (at most 24 bytes, cut at a character boundary)
        let mut cut = rest.len().min(24);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let rest = &rest[..cut];
        let rest = rest
            .strip_prefix(" (")
            .or_else(|| rest.strip_prefix(", "))
            .or_else(|| rest.strip_prefix("("))?;
        let (party, rest) = rest.split_once('-')?;
        if !matches!(party, "R" | "D" | "I") {
            return None;
        }
        let abbreviation = rest.split([')', ',', ' ']).next()?;
        self.stage
            .us_states
            .get(abbreviation)
            .or_else(|| self.stage.us_states.get(abbreviation.trim_end_matches('.')))
            // ("R-Tex" as often as "R-Tex.")
            .or_else(|| self.stage.us_states.get(&format!("{abbreviation}.")))
            .cloned()
    }

    /// Whether an office title or head noun at token `title` is a former one: "former",
    /// "ex-" or "then-" right before it, or before the capitalised words of the state or
    /// party between ("Former Ohio governor", "ex-Nevada Gov.", "the then-governor"); a
    /// comma or any other word before ends the look ("former hopefuls, Sen. X" is none).
    fn former_title(&self, title: usize) -> bool {
        let former = |w: &str| {
            let w = w.to_lowercase();
            (self.stage.former_words.iter()).any(|f| f.title && f.matches(&w))
        };
        if former(self.word(title)) {
            return true;
        }
        // (over the state, party or other capitalised words and a few lower-case modifiers
        // of an office: "former two-term Florida governor", "then-lieutenant governor",
        // "former Obama administration officials")
        const MODIFIERS: &[&str] = &[
            "lieutenant",
            "deputy",
            "vice",
            "state",
            "administration",
            "campaign",
            "chief",
            "assistant",
            "senior",
            "top",
            "attorney",
            "national",
            "federal",
            "city",
            "county",
        ];
        for k in (title.saturating_sub(4)..title).rev() {
            let w = self.word(k);
            if former(w) {
                return true;
            }
            let lower = w.to_lowercase();
            let over = w == "-"
                || w.starts_with(char::is_uppercase)
                || MODIFIERS.contains(&lower.as_str())
                || (w.contains('-') && w.starts_with(char::is_alphanumeric));
            if !over {
                return false;
            }
        }
        false
    }

    /// Whether role phrase `span` with head `r` names an office, not its holder, by the
    /// word before it: "run for governor", "served as senator", "while governor", "had
    /// become governor of", "was lieutenant governor", "As Ohio's governor," (the state's
    /// possessive between), "candidate for Governor".
    fn office_not_holder(&self, span: Span, r: usize) -> bool {
        let Some(head) = self.cands.get(r) else {
            return false;
        };
        let Some(mut k) = self.token_before(head.span.start) else {
            return false;
        };
        let is_state = |w: &str| self.stage.us_states.get(w).is_some_and(|n| n == w);
        // ("As Ohio's governor": the possessive state before the office)
        if matches!(self.word(k), "'s" | "’s") {
            if k < 2 || !is_state(self.word(k - 1)) {
                return false;
            }
            k -= 2;
        } else if let Some(w) = self
            .word(k)
            .strip_suffix("'s")
            .or_else(|| self.word(k).strip_suffix("’s"))
        {
            if k < 1 || !is_state(w) {
                return false;
            }
            k -= 1;
        } else if span.start == head.span.start {
            // ("became lieutenant governor": over the rank words before the office)
            while k > 0 && RANKS.contains(&self.word(k)) {
                k -= 1;
            }
        } else {
            // modifiers before the office ("became lieutenant governor", "as a U.S.
            // senator"): the word before the phrase, which opens with no definite
            // determiner or possessive ("the senator" is a holder)
            let Some(first) = self.token_at(span.start) else {
                return false;
            };
            if DEFINITE_OPENERS.contains(&self.word(first).to_lowercase().as_str()) {
                return false;
            }
            let Some(before) = first.checked_sub(1) else {
                return false;
            };
            k = before;
        }
        let word = self.word(k).to_lowercase();
        // ("there was a senator who ...": someone, not the office)
        if matches!(word.as_str(), "is" | "was")
            && k > 0
            && self.word(k - 1).eq_ignore_ascii_case("there")
        {
            return false;
        }
        self.stage.office_words.contains(&word)
    }

    /// Whether office `r` is followed by "'s" and a word of the office's contest or seat
    /// ("the governor's race", "a senator's seat"): the office, no holder.
    fn office_race(&self, r: usize) -> bool {
        let Some(cand) = self.cands.get(r) else {
            return false;
        };
        let k = self.tokens.partition_point(|t| t.start < cand.span.end);
        matches!(self.word(k), "'s" | "’s")
            && matches!(
                self.word(k + 1),
                "race" | "races" | "bracket" | "seat" | "contest" | "primary" | "election"
            )
    }

    /// Whether role word `r` is a generic staff or leadership noun ("spokeswoman",
    /// "chairman", "president", "leaders", "officials") right after a word that makes it
    /// someone's other than the state's: a campaign, party, union, business or faith word
    /// ("campaign spokesman", "labor leaders") or a capitalised name no country, seat,
    /// body or KB name covers ("Ruiz spokeswoman", "AFL-CIO president"). Such staff take
    /// no story country.
    fn named_staff(&self, r: usize) -> bool {
        let Some(cand) = self.cands.get(r) else {
            return false;
        };
        if !self
            .stage
            .staff_nouns
            .contains(&self.slice(cand.span).to_lowercase())
        {
            return false;
        }
        // ("a senior adviser to the Ruiz campaign", "officials of the Democratic Party",
        // "officials from the Clinton campaign": the owner in the prepositional phrase after
        // the noun)
        let next = self.tokens.partition_point(|t| t.start < cand.span.end);
        let end = self
            .sentences
            .get(cand.sentence as usize)
            .map_or(next, |(_, range)| range.end);
        if matches!(self.word(next), "to" | "of" | "at" | "for" | "from") {
            for q in next + 1..(next + 6).min(end) {
                let w = self.word(q);
                // ("officials of the musicians' union": a possessive mark goes on)
                if matches!(w, "'" | "’" | "'s" | "’s") {
                    continue;
                }
                if !w.chars().any(char::is_alphanumeric) || self.verb.get(q) == Some(&true) {
                    break;
                }
                if self.stage.staff_owners.contains(&w.to_lowercase()) || self.stage.partisan(w) {
                    return true;
                }
                // ("officials at Michelin": a one-word capitalised name nothing else reads,
                // no place, day or title, is an organisation of its own)
                if self.cand_covering(self.tokens[q].start).is_none()
                    && w.len() > 1
                    && w.starts_with(char::is_uppercase)
                    && w.chars().skip(1).all(char::is_lowercase)
                    && self.propn.get(q) == Some(&true)
                    && self.stage.names.gazetteer.classes(w)
                        & (crate::Gazetteer::PLACE | crate::Gazetteer::TITLE)
                        == 0
                    && !self.stage.calendar_words.contains(&w.to_lowercase())
                    && !self.word(q + 1).starts_with(char::is_uppercase)
                    && !self.word(q - 1).starts_with(char::is_uppercase)
                {
                    return true;
                }
                if let Some(x) = self.cand_covering(self.tokens[q].start) {
                    if let Some(EntryRef::Group(g)) = self.entry_of_cand(x) {
                        return self
                            .kb()
                            .groups()
                            .get(g as usize)
                            .is_some_and(|g| g.role != "GOV");
                    }
                    // (over a person's name: "the Ruiz campaign")
                    let person = matches!(self.cands[x].what, What::Unknown(NameKind::Person))
                        || matches!(self.entry_of_cand(x), Some(EntryRef::Person(_)));
                    if !person {
                        break;
                    }
                }
            }
        }
        let Some(k) = self.token_before(cand.span.start) else {
            return false;
        };
        // ("Molly Fenn's chairman", "the company's spokeswoman": the owner before the
        // possessive is read as one before the noun)
        let k = match self.word(k) {
            "'s" | "’s" => match k.checked_sub(1) {
                Some(j) => j,
                None => return false,
            },
            _ => k,
        };
        let w = self.word(k);
        // ("Republican officials", "Democratic leaders": the party's; but "Senate campaign
        // chairman": a chamber's own campaign arm, led by a member of the chamber)
        // (an owner word read as a verb after its subject owns nothing: "the minister
        // thought officials had lied", "he thought leaders"; but "conservative thought
        // leaders", which the tagger may also read as a verb)
        let pron = attache_core::Upos::exact("PRON");
        let subject_before = k
            .checked_sub(1)
            .filter(|&j| self.sentence_of(self.tokens[j].start) == Some(cand.sentence))
            .is_some_and(|j| {
                self.noun.get(j) == Some(&true)
                    || self.propn.get(j) == Some(&true)
                    || self.parsed.get(j).is_some_and(|t| Some(t.upos) == pron)
            });
        // (not a state's own: "central bank officials", "state-owned company executives";
        // but "State business leaders" are a US state's)
        let state_owned = k.checked_sub(1).is_some_and(|j| {
            matches!(
                self.word(j).to_lowercase().as_str(),
                "central" | "state-owned" | "state-run"
            )
        });
        // ("church and civic leaders", "business and labor leaders": an owner word
        // coordinated before the word right before the noun owns it too)
        let coordinated_owner = k >= 2
            && self.word(k - 1) == "and"
            && w.chars().all(|c| c.is_ascii_lowercase())
            && self
                .stage
                .staff_owners
                .contains(&self.word(k - 2).to_lowercase());
        let owner = (self.stage.staff_owners.contains(&w.to_lowercase()) || coordinated_owner)
            && !state_owned
            && !(self.verb.get(k) == Some(&true) && subject_before);
        if owner || self.stage.partisan(w) {
            return !k
                .checked_sub(1)
                .is_some_and(|j| self.legislature_role_at(j));
        }
        // ("Republican National Chairman Reince Priebus": the party's national level, not
        // the nation's)
        if w == "National"
            && k.checked_sub(1)
                .is_some_and(|j| self.stage.partisan(self.word(j)))
        {
            return true;
        }
        // "Cruz spokeswoman": a KB person's staff is of that person's role; only a
        // government member's ("Obama spokesman") is the government's
        if let Some(x) = self.cand_covering(self.tokens[k].start) {
            if let Some(EntryRef::Person(_)) = self.entry_of_cand(x) {
                let span = self.cands[x].span;
                let role = (self.mentions.iter().rev().take(64))
                    .find(|m| m.span == span)
                    .and_then(|m| self.actors.get(m.actor as usize))
                    .and_then(|a| a.actor.role.as_deref());
                return role.is_some_and(|r| r != "GOV");
            }
        }
        // ("Vice President Rosario Murillo", "Deputy Chairman X": a rank, no owner)
        // ("Homeland Security Department official": a body of government; "Charlotte
        // officials": a place's)
        const BODIES: &[&str] = &[
            "department",
            "ministry",
            "agency",
            "office",
            "bureau",
            "service",
            "administration",
            "commission",
            "council",
            "security",
            "committee",
            "city",
            "county",
            "state",
            "board",
        ];
        if RANKS.contains(&w.to_lowercase().as_str())
            || BODIES.contains(&w.to_lowercase().as_str())
            || self.stage.names.gazetteer.classes(w) & crate::Gazetteer::PLACE != 0
        {
            return false;
        }
        // (a capitalised word opening the sentence is a name only as a tagger's proper
        // noun: not "Local officials")
        let opens = k == 0 || self.sentence_of(self.tokens[k - 1].start) != Some(cand.sentence);
        w.starts_with(char::is_uppercase)
            && self.sentence_of(self.tokens[k].start) == Some(cand.sentence)
            && match self.cand_covering(self.tokens[k].start) {
                None => !opens || !self.not_propn.get(k).copied().unwrap_or(true),
                Some(x) => matches!(self.cands[x].what, What::Unknown(_)),
            }
    }

    /// Whether the article speaks of the politics of `country` (the United States, whose
    /// parties `data/partisan_words.txt` lists): a party noun or its plural ("a Republican",
    /// "House Democrats", "the GOP") that is no word of a longer name ("Sweden Democrats",
    /// "Liberal Democrats"; not before "Republic"), or a legislature of that country
    /// already coded ("Congress").
    fn names_us_politics(&self, country: &str) -> bool {
        let leg = format!("{country}LEG");
        if (self.actors.iter())
            .any(|x| x.count > 0 && x.actor.code.as_deref() == Some(leg.as_str()))
        {
            return true;
        }
        (0..self.tokens.len()).any(|k| {
            let w = self.word(k);
            // (not the adjective "Democratic": the Democratic Parties of Korea, Japan or
            // Italy, the Social and Christian Democratic ones)
            let party = w != "Democratic"
                && (self.stage.partisan(w)
                    || w.strip_suffix('s').is_some_and(|s| self.stage.partisan(s)));
            // (the sentence-boundary search only for a party word)
            let opens = || {
                k == 0
                    || self.sentence_of(self.tokens[k - 1].start)
                        != self.sentence_of(self.tokens[k].start)
            };
            party
                && self.word(k + 1) != "Republic"
                && (k
                    .checked_sub(1)
                    .is_none_or(|j| !self.word(j).starts_with(char::is_uppercase))
                    || opens())
        })
    }

    /// A GOV, LEG or JUD role as a former holder's: ELI, as the KB codes one.
    fn former_role(&self, role: Option<String>, title: Option<usize>) -> Option<String> {
        match (role.as_deref(), title) {
            (Some("GOV" | "LEG" | "JUD"), Some(k)) if self.former_title(k) => {
                Some("ELI".to_string())
            }
            _ => role,
        }
    }

    /// "Ohio Gov. Tom Webb", "Sen. Ana Ruiz (D-Vt.)": a person with no code of their own
    /// whom the text titles with a US state's office ([`Work::mention_state`]) holds that
    /// office of the United States (the role of `data/state_offices.tsv`).
    fn code_state_officeholders(&mut self) {
        let country = self.stage.states_country.clone();
        if !self.stage.country_index.contains_key(&country) {
            return;
        }
        let mut coded: Vec<(u32, String)> = Vec::new();
        let mut holders: Vec<u32> = Vec::new();
        // persons titled with an office but tied to no state ("Sen. Ana Ruiz"), with
        // the office's role: coded only in an American story, below
        let mut untied: Vec<(u32, String, Option<String>)> = Vec::new();
        // persons whose title a place or body names ("Nuevo Leon Gov. X", "Bank of Japan
        // Gov. X"): that place's or body's officeholders, not a US state's
        let mut abroad: Vec<u32> = Vec::new();
        for m in &self.mentions {
            let Some(a) = self.actors.get(m.actor as usize) else {
                continue;
            };
            if a.actor.kind != ActorKind::Person || holders.contains(&m.actor) {
                continue;
            }
            // ("Senator Ana Ruiz" coded a legislator of the story's country because the
            // story names Cuba: the title's chamber decides below, as for the bare body)
            let uncoded = a.actor.kb_id.is_none()
                && (a.actor.code.is_none()
                    || (a.actor.role.as_deref() == Some("LEG")
                        && self.inferred.contains(&m.actor)));
            // (a coded holder matters only as a government member: whose "we" it is)
            if !uncoded && a.actor.role.as_deref() != Some("GOV") {
                continue;
            }
            if let Some(o) = self
                .stage
                .state_offices
                .iter()
                .find(|o| self.mention_state(m, o).is_some())
            {
                holders.push(m.actor);
                if !uncoded {
                    continue;
                }
                // ("former Florida Gov. Tom Webb": a former officeholder, ELI as the KB
                // codes one; the title opens the mention or stands right before it)
                let first = self.tokens.partition_point(|t| t.start < m.span.start);
                let own_title = o.titles.iter().any(|t| t == self.word(first));
                let title = if own_title {
                    Some(first)
                } else {
                    first.checked_sub(1)
                };
                let role = self
                    .former_role(Some(o.role.clone()), title)
                    .unwrap_or_else(|| o.role.clone());
                coded.push((m.actor, role));
            } else if uncoded && self.party_tag_state(m).is_some() {
                // "Oversight Chairman Ana Ruiz (R-Utah)": a party tag with a state names
                // a member of Congress
                holders.push(m.actor);
                coded.push((m.actor, "LEG".to_string()));
            } else if uncoded {
                if let Some((o, title)) = (self.stage.state_offices.iter())
                    .find_map(|o| self.state_office_title(m, o).map(|t| (o, t)))
                {
                    if self.title_of_a_named_body(title) || self.of_a_place_abroad(m) {
                        abroad.push(m.actor);
                    } else if !untied.iter().any(|u| u.0 == m.actor) {
                        let role = self
                            .former_role(Some(o.role.clone()), Some(title))
                            .unwrap_or_else(|| o.role.clone());
                        // ("state Sen. Ana Ruiz": a state's chamber, not the nation's)
                        let state_chamber = title
                            .checked_sub(1)
                            .is_some_and(|k| self.word(k).eq_ignore_ascii_case("state"));
                        let chamber = o.chamber.clone().filter(|_| !state_chamber);
                        untied.push((m.actor, role, chamber));
                    }
                } else if let Some((title, role)) = (self.cabinet_secretary_title(m))
                    .map(|t| (t, "GOV"))
                    .or_else(|| self.justice_title(m).map(|t| (t, "JUD")))
                {
                    // "Labor Secretary Ana Ruiz", "Supreme Court Justice Ana Ruiz": a
                    // member of the national cabinet (GOV) or a judge (JUD), ELI when
                    // former, coded as the untied state titles are
                    if !untied.iter().any(|u| u.0 == m.actor) {
                        let role = self
                            .former_role(Some(role.to_string()), Some(title))
                            .unwrap_or_else(|| role.to_string());
                        untied.push((m.actor, role, None));
                    }
                }
            }
        }
        // "Sen. Ana Ruiz", "Gov. Tom Webb" with no state: the office is a US state's only
        // in a story whose country is the United States ([`Work::document_country`]);
        // elsewhere "Sen." and "Gov." title other countries' senators and governors; a
        // member of a chamber (`chamber` of `data/state_offices.tsv`) sits in the
        // country a bare capitalised name of that chamber stands for
        // ([`Work::body_default_country`]: the United States' unless a dateline's country
        // or the story country's own "Senate" takes it)
        untied.retain(|u| !holders.contains(&u.0) && !abroad.contains(&u.0));
        let prior = self.prior_country();
        let american = prior.as_deref() == Some(country.as_str());
        let politics = !untied.is_empty() && self.names_us_politics(&country);
        for (a, role, chamber) in untied {
            // (and only when the article names no other country, or speaks of that
            // country's politics: "Senator X said ... Australia's government ... the
            // United States" is no American, many states have senators)
            let other = |i: usize, x: &ActorState| {
                i != a as usize
                    && x.count > 0
                    && x.actor.country.as_ref().is_some_and(|c| *c != country)
            };
            let named = politics || !self.actors.iter().enumerate().any(|(i, x)| other(i, x));
            let member = named
                && chamber
                    .and_then(|c| self.body_default_country(&c))
                    .is_some_and(|c| c == country);
            if american || (member && role != "GOV") {
                holders.push(a);
                coded.push((a, role));
            }
        }
        self.state_holders = holders;
        for (a, role) in coded {
            if let Some(x) = self.actors.get_mut(a as usize) {
                x.actor.code = Some(format!("{country}{role}"));
                x.actor.country = Some(country.clone());
                x.actor.role = Some(role);
            }
        }
    }

    /// Whether the mention `m` is followed by "of" and a place the gazetteer puts in
    /// another country than the United States ("Mayor Vitali Klitschko of Kyiv": Kyiv's
    /// mayor, no American officeholder; session 26, review).
    fn of_a_place_abroad(&self, m: &Mention) -> bool {
        let end = self.tokens.partition_point(|t| t.start < m.span.end);
        if end + 1 >= self.tokens.len() || self.word(end) != "of" {
            return false;
        }
        let sentence = self.sentence_of(self.tokens[end].start);
        let words: Vec<&str> = (end + 1..self.tokens.len())
            .take_while(|&k| {
                self.sentence_of(self.tokens[k].start) == sentence
                    && self.word(k).starts_with(char::is_uppercase)
            })
            .map(|k| self.word(k))
            .collect();
        let place_country = self.stage.place_country.as_ref();
        !words.is_empty()
            && place_country
                .and_then(|f| f(&words.join(" ")))
                .is_some_and(|c| c != self.stage.states_country)
    }

    /// The token of "Secretary" after the name of a US cabinet department
    /// ([`CABINET_DEPARTMENTS`]: "Labor Secretary Ana Ruiz", "Homeland Security Secretary
    /// Tom Webb"), opening a person mention after the department's words or standing inside
    /// it or right before it. A bare "Secretary Ana Ruiz" (of a party, a club, a state) is
    /// none.
    fn cabinet_secretary_title(&self, m: &Mention) -> Option<usize> {
        let first = self.tokens.partition_point(|t| t.start < m.span.start);
        let end = self.tokens.partition_point(|t| t.start < m.span.end);
        let title = (first.saturating_sub(1)..end.saturating_sub(1))
            .find(|&k| matches!(self.word(k), "Secretary" | "secretary"))?;
        // (the title ends before the name's last word: "the Secretary" is no name)
        let department = CABINET_DEPARTMENTS.iter().any(|d| {
            let words: Vec<&str> = d.split(' ').collect();
            title >= words.len()
                && (words.iter().enumerate()).all(|(i, w)| self.word(title - words.len() + i) == *w)
        });
        department.then_some(title)
    }

    /// The token of the title "Justice" opening a person mention or right before it, with
    /// no capitalised word before it but "Chief", "Associate" or a bare "Supreme Court"
    /// ("Justice Ana Ruiz", "Chief Justice Ana Ruiz", "Supreme Court Justice Ana Ruiz"):
    /// a judge. A court named before the title ("Ohio Supreme Court Justice", "Kenya's
    /// Chief Justice") is some other court's.
    fn justice_title(&self, m: &Mention) -> Option<usize> {
        let first = self.tokens.partition_point(|t| t.start < m.span.start);
        let end = self.tokens.partition_point(|t| t.start < m.span.end);
        let title = (first.saturating_sub(1)..end.saturating_sub(1))
            .find(|&k| self.word(k) == "Justice")?;
        let plain = |k: usize| {
            let w = self.word(k);
            !w.starts_with(char::is_uppercase)
                || self.sentences.iter().any(|(_, r)| r.start == k)
                || matches!(w, "The" | "U.S." | "US")
                || self
                    .stage
                    .former_words
                    .iter()
                    .any(|f| f.title && f.matches(&w.to_lowercase()))
        };
        let mut k = title;
        if k > 0 && matches!(self.word(k - 1), "Chief" | "Associate") {
            k -= 1;
        }
        if k > 1 && self.word(k - 1) == "Court" && self.word(k - 2) == "Supreme" {
            k -= 2;
        }
        (k == 0 || plain(k - 1)).then_some(title)
    }

    /// Whether the title at token `title` ("Gov." of "Nuevo Leon Gov. Ana Ruiz") follows
    /// a capitalised word naming whose office it is: not a party word ("Republican Sen."),
    /// a former word ("Former Gov."), another abbreviated title ("Lt. Gov."), the United
    /// States ("U.S. Sen.") or a sentence's first word.
    fn title_of_a_named_body(&self, title: usize) -> bool {
        let Some(k) = title.checked_sub(1) else {
            return false;
        };
        let opens = self.sentences.iter().any(|(_, r)| r.start == title);
        let w = self.word(k);
        let lower = w.to_lowercase();
        // ("Boston Mayor Tom Webb": a town the gazetteer places in the United States names
        // no other body)
        let us_town = || {
            let place_country = self.stage.place_country.as_ref();
            place_country.and_then(|f| f(w)).as_deref() == Some(self.stage.states_country.as_str())
        };
        !opens
            && w.starts_with(char::is_uppercase)
            && !self.stage.partisan(w)
            && !self.stage.title_abbreviation(w)
            && !(self.stage.former_words.iter()).any(|f| f.title && f.matches(&lower))
            && !matches!(w, "U.S." | "US" | "American")
            && !us_town()
    }

    /// The token of the title of `office` that a person mention opens with or follows
    /// right after ("Sen. Ana Ruiz", "Governor Tom Webb"), the same titles
    /// [`Work::mention_state`] reads before a state's name.
    fn state_office_title(&self, m: &Mention, office: &StateOffice) -> Option<usize> {
        let first = self.tokens.partition_point(|t| t.start < m.span.start);
        let is_title = |k: usize| office.titles.iter().any(|t| t == self.word(k));
        let end = self.tokens.partition_point(|t| t.start < m.span.end);
        if (first..end.saturating_sub(1)).any(is_title) {
            return (first..end).find(|&k| is_title(k));
        }
        first.checked_sub(1).filter(|&k| is_title(k))
    }

    /// "FBI Director James Comey", "CIA Director Ana Ruiz": a person with no code or KB
    /// entry whose name follows a capitalised title word of the gazetteer, right after the
    /// name of a coded organisation or seat with a role, speaks for that body and takes its
    /// code (USAGOV, USASPY). The title may open the person's mention ("Director Ana
    /// Ruiz"). Only the word right before the title is read: "Trump campaign Chairman" and
    /// "Obama's Director" name no body.
    fn code_persons_titled_by_bodies(&mut self) {
        use crate::Gazetteer as G;
        let gaz = &self.stage.names.gazetteer;
        let mut coded: Vec<(u32, u32)> = Vec::new();
        for m in &self.mentions {
            let Some(a) = self.actors.get(m.actor as usize) else {
                continue;
            };
            if a.actor.kind != ActorKind::Person
                || a.actor.code.is_some()
                || a.actor.kb_id.is_some()
                || m.form != MentionForm::Name
                || coded.iter().any(|c| c.0 == m.actor)
            {
                continue;
            }
            let first = self.tokens.partition_point(|t| t.start < m.span.start);
            let is_title = |k: usize| {
                let w = self.word(k);
                w.starts_with(char::is_uppercase)
                    && with_lower(w, |w| gaz.classes(w)) & G::TITLE != 0
            };
            let title = if is_title(first) {
                first
            } else if first > 0 && is_title(first - 1) {
                first - 1
            } else {
                continue;
            };
            let Some(before) = title.checked_sub(1) else {
                continue;
            };
            let end = self.tokens[before].end;
            let body = self.mentions.iter().find(|b| {
                b.span.end == end
                    && b.actor != m.actor
                    && self.actors.get(b.actor as usize).is_some_and(|x| {
                        matches!(x.actor.kind, ActorKind::Organization | ActorKind::Country)
                            && x.actor.code.is_some()
                            && x.actor.role.is_some()
                    })
            });
            if let Some(b) = body {
                coded.push((m.actor, b.actor));
            }
        }
        for (person, body) in coded {
            let Some(b) = self.actors.get(body as usize) else {
                continue;
            };
            let (code, country, role) = (
                b.actor.code.clone(),
                b.actor.country.clone(),
                b.actor.role.clone(),
            );
            if let Some(x) = self.actors.get_mut(person as usize) {
                x.actor.code = code;
                x.actor.country = country;
                x.actor.role = role;
            }
        }
    }

    /// "Republicans", "Democrats", "the GOP", "the Democratic Party" named alone
    /// (`data/partisan_words.txt`, plural or with "Party") are the American party in a story
    /// whose country is the United States: USAPTY, as Phoenix.agents.txt (MIT) codes a
    /// DEMOCRATIC_PARTY with the party role. Elsewhere ("Republicans" in a story on
    /// Ireland, "Sweden Democrats") they stay uncoded. A mention that is no name of the
    /// party ([`Work::names_party`]: "a Democrat", "the GOP nominee") stays an uncoded actor
    /// of its own, as before.
    fn code_us_party_names(&mut self) {
        let party_name = |name: &str| {
            let name = name.strip_prefix("the ").unwrap_or(name);
            let word = (name.strip_suffix(" Party"))
                .or_else(|| name.strip_suffix(" party"))
                .or_else(|| name.strip_suffix('s'))
                .unwrap_or(name);
            self.stage.partisan(word) || self.party_committee(name)
        };
        let candidates: Vec<u32> = (self.actors.iter().enumerate())
            .filter(|(_, a)| {
                a.actor.code.is_none() && a.actor.kb_id.is_none() && party_name(&a.actor.name)
            })
            .map(|(i, _)| i as u32)
            .collect();
        if candidates.is_empty() {
            return;
        }
        let country = self.stage.states_country.clone();
        if self.prior_country().as_deref() != Some(country.as_str()) {
            return;
        }
        let mut parties: Vec<u32> = Vec::new();
        for a in candidates {
            let names: Vec<Span> = (self.mentions.iter())
                .filter(|m| m.actor == a && m.form == MentionForm::Name)
                .map(|m| m.span)
                .collect();
            // (a party's national committee is the party's by every name it has)
            let committee = self.party_committee(&self.actors[a as usize].actor.name);
            let (own, others): (Vec<Span>, Vec<Span>) =
                (names.into_iter()).partition(|&span| committee || self.names_party(span));
            if own.is_empty() {
                continue;
            }
            if !others.is_empty() && self.split_actor(a, &others).is_none() {
                continue;
            }
            // ("congressional Republicans", "Democrats in the Senate": its legislators,
            // as "House Republicans" are; its other mentions stay the party)
            let (bloc, plain): (Vec<Span>, Vec<Span>) = own
                .into_iter()
                .partition(|&span| self.congressional_bloc(span));
            let mut coded = vec![(a, if plain.is_empty() { "LEG" } else { "PTY" })];
            if !bloc.is_empty() && !plain.is_empty() {
                coded.extend(self.split_actor(a, &bloc).map(|b| (b, "LEG")));
            }
            for (id, role) in coded {
                if let Some(x) = self.actors.get_mut(id as usize) {
                    x.actor.code = Some(format!("{country}{role}"));
                    x.actor.country = Some(country.clone());
                    x.actor.role = Some(role.to_string());
                }
                parties.push(id);
            }
        }
        if parties.is_empty() {
            return;
        }
        // a party is no "he" or "she": such a pronoun linked to it is left unresolved
        let text = self.text;
        self.remove_mentions(|m| {
            m.form == MentionForm::Pronoun
                && parties.contains(&m.actor)
                && matches!(
                    text.get(m.span.start as usize..m.span.end as usize)
                        .map(str::to_lowercase)
                        .as_deref(),
                    Some("he" | "him" | "his" | "himself" | "she" | "her" | "hers" | "herself")
                )
        });
    }

    /// "Republican presidential candidates", "several GOP leaders", "top Democratic
    /// officials": an uncoded group named by a plural noun of a party's people
    /// (`PARTY_PEOPLE`) after a party word of `data/partisan_words.txt`, with at most two
    /// lower-case describing words between, is that US party (USAPTY; Phoenix codes a
    /// presidential candidate PTY) in a story whose country is the United States, as the
    /// party's plural name is ([`Work::code_us_party_names`]). The group's other mentions
    /// stay as they were.
    fn code_party_people(&mut self) {
        // the role of the party's people at `span`, when they are such: LEG after
        // "congressional" ("congressional Republican leaders", as "congressional
        // Republicans" are), else PTY
        let party_people = |work: &Self, span: Span| -> Option<&'static str> {
            let end = work.tokens.partition_point(|t| t.start < span.end);
            let head = end.checked_sub(1)?;
            if !with_lower(work.word(head), |w| PARTY_PEOPLE.contains(&w)) {
                return None;
            }
            let sentence = work.sentence_of(span.start);
            let mut k = head;
            for _ in 0..3 {
                k = k.checked_sub(1)?;
                if work.sentence_of(work.tokens[k].start) != sentence {
                    return None;
                }
                let w = work.word(k);
                if work.stage.partisan(w) {
                    // (not a name the word opens: "the Democratic Republic of")
                    if work.word(k + 1).starts_with(char::is_uppercase) && k + 1 != head {
                        return None;
                    }
                    // (nor another country's party the word ends: "Social Democratic
                    // leaders", "Irish Republican leaders"; session 26, review)
                    let longer = k.checked_sub(1).is_some_and(|j| {
                        work.sentence_of(work.tokens[j].start) == sentence
                            && PARTY_NAME_OPENERS.contains(&work.word(j))
                    });
                    if longer {
                        return None;
                    }
                    let congressional = (k.checked_sub(1))
                        .is_some_and(|j| work.word(j).eq_ignore_ascii_case("congressional"));
                    return Some(if congressional { "LEG" } else { "PTY" });
                }
                if !w.starts_with(char::is_lowercase)
                    || work.verb.get(k) == Some(&true)
                    || matches!(w, "and" | "or" | "of" | "the" | "for" | "to")
                {
                    return None;
                }
            }
            None
        };
        let candidates: Vec<u32> = (self.actors.iter().enumerate())
            .filter(|(_, a)| {
                a.actor.code.is_none()
                    && a.actor.kb_id.is_none()
                    && a.actor.kind != ActorKind::Person
            })
            .map(|(i, _)| i as u32)
            .collect();
        let country = self.stage.states_country.clone();
        // each actor's mentions but pronouns, in text order, gathered in one pass (a split
        // below moves only the split actor's mentions)
        let mut spans_of: Vec<Vec<Span>> = vec![Vec::new(); self.actors.len()];
        for m in &self.mentions {
            if m.form != MentionForm::Pronoun {
                if let Some(spans) = spans_of.get_mut(m.actor as usize) {
                    spans.push(m.span);
                }
            }
        }
        let mut coded = Vec::new();
        for a in candidates {
            let spans = std::mem::take(&mut spans_of[a as usize]);
            let Some(role) = spans.iter().find_map(|&span| party_people(self, span)) else {
                continue;
            };
            let (own, others): (Vec<Span>, Vec<Span>) =
                (spans.into_iter()).partition(|&span| party_people(self, span) == Some(role));
            if self.prior_country().as_deref() != Some(country.as_str()) {
                return;
            }
            let id = if others.is_empty() {
                Some(a)
            } else {
                self.split_mentions(a, &own)
            };
            coded.extend(id.map(|id| (id, role)));
        }
        for (id, role) in coded {
            if let Some(x) = self.actors.get_mut(id as usize) {
                x.actor.code = Some(format!("{country}{role}"));
                x.actor.country = Some(country.clone());
                x.actor.role = Some(role.to_string());
            }
        }
        // ("Republican presidential candidates": a noun no role word reads, which no
        // mention covers, is one mention of the party's group from the party word on)
        let mut found: Vec<(Span, u32, &str)> = Vec::new();
        for (si, (_, range)) in self.sentences.iter().enumerate() {
            for k in range.clone() {
                let token = self.tokens[k];
                let covered = |m: &Mention| m.span.start < token.end && token.start < m.span.end;
                // (before a name the noun titles its bearers: "Democratic candidates Hillary
                // Clinton or Bernie Sanders" are those two)
                if !with_lower(self.word(k), |w| PARTY_PEOPLE.contains(&w))
                    || self.mentions.iter().any(covered)
                    || (k + 1 < range.end && self.word(k + 1).starts_with(char::is_uppercase))
                {
                    continue;
                }
                let span = Span::new(token.start as usize, token.end as usize);
                let Some(first) = (range.start..k)
                    .rev()
                    .take(3)
                    .find(|&j| self.stage.partisan(self.word(j)))
                else {
                    continue;
                };
                let phrase = Span::new(self.tokens[first].start as usize, token.end as usize);
                let role = party_people(self, span);
                if let Some(role) =
                    role.filter(|_| !self.mentions.iter().any(|m| m.span.overlaps(phrase)))
                {
                    found.push((phrase, si as u32, role));
                }
            }
        }
        if found.is_empty() || self.prior_country().as_deref() != Some(country.as_str()) {
            return;
        }
        for (span, sentence, role) in found {
            let name = self.slice(span).to_string();
            let key = format!("group:party-people:{}", name.to_lowercase());
            let actor = self.actor_by_key(key, |_| Actor {
                name,
                kind: ActorKind::Group,
                code: Some(format!("{country}{role}")),
                country: Some(country.clone()),
                role: Some(role.to_string()),
                kb_id: None,
                mentions: Vec::new(),
            });
            self.mentions.push(Mention {
                span,
                actor,
                form: MentionForm::Description,
                sentence,
            });
            if let Some(a) = self.actors.get_mut(actor as usize) {
                a.last = a.last.max(span.start);
                a.count += 1;
            }
        }
    }

    /// Moves the name mentions of actor `a` at `spans` to a new actor of the same name,
    /// kind and codes; its id.
    fn split_actor(&mut self, a: u32, spans: &[Span]) -> Option<u32> {
        self.split_off(a, spans, true)
    }

    /// Moves the mentions of actor `a` at `spans` (of any form) to a new actor of the same
    /// name, kind and codes; its id.
    fn split_mentions(&mut self, a: u32, spans: &[Span]) -> Option<u32> {
        self.split_off(a, spans, false)
    }

    /// Moves the mentions of actor `a` at `spans` (only its name mentions when
    /// `names_only`) to a new actor of the same name, kind and codes; its id.
    fn split_off(&mut self, a: u32, spans: &[Span], names_only: bool) -> Option<u32> {
        let state = self.actors.get(a as usize)?;
        let mut rest = ActorState::new(state.actor.clone());
        rest.count = spans.len() as u32;
        rest.last = spans.iter().map(|s| s.start).max().unwrap_or(0);
        let id = self.actors.len() as u32;
        self.actors.push(rest);
        for m in self.mentions.iter_mut() {
            if m.actor == a
                && (!names_only || m.form == MentionForm::Name)
                && spans.contains(&m.span)
            {
                m.actor = id;
            }
        }
        Some(id)
    }

    /// Whether the party named at `span` is its members in a legislature: after
    /// "congressional" ("congressional Republicans") or before "in" or "on" and a
    /// legislature's mention ("Democrats in the Senate", "Republicans on Capitol Hill").
    fn congressional_bloc(&self, span: Span) -> bool {
        let first = self.tokens.partition_point(|t| t.start < span.start);
        if first
            .checked_sub(1)
            .is_some_and(|k| self.word(k).eq_ignore_ascii_case("congressional"))
        {
            return true;
        }
        let end = self.tokens.partition_point(|t| t.start < span.end);
        if !matches!(self.word(end), "in" | "on") {
            return false;
        }
        let at = if self.word(end + 1).eq_ignore_ascii_case("the") {
            end + 2
        } else {
            end + 1
        };
        let Some(start) = self.tokens.get(at).map(|t| t.start) else {
            return false;
        };
        self.mentions.iter().any(|m| {
            (m.span.start == start
                || self
                    .tokens
                    .get(end + 1)
                    .is_some_and(|t| t.start == m.span.start))
                && self
                    .actors
                    .get(m.actor as usize)
                    .is_some_and(|x| x.actor.role.as_deref() == Some("LEG"))
        })
    }

    /// "Republican National Committee", "the DNC": a US party's national committee, by its
    /// name (a party word of `data/partisan_words.txt` before "National Committee") or its
    /// initials (that word's initial before "NC"), coded as the party.
    fn party_committee(&self, name: &str) -> bool {
        let name = (name
            .strip_prefix("the ")
            .or_else(|| name.strip_prefix("The ")))
        .unwrap_or(name);
        if let Some(word) = name.strip_suffix(" National Committee") {
            return self.stage.partisan(word);
        }
        let mut letters = name.chars();
        let (Some(initial), "NC") = (letters.next(), letters.as_str()) else {
            return false;
        };
        initial.is_ascii_uppercase()
            && (self.stage.partisan_words.iter()).any(|w| w.len() > 3 && w.starts_with(initial))
    }

    /// Whether the mention at `span` of a party word names the party itself: a plural
    /// ("Republicans"), the word with "Party" ("the Democratic Party", "the Democratic
    /// party") or "GOP", before no noun or capitalised word, which it would modify ("the
    /// GOP nominee", "Democratic Party donors", "Another GOP Figure"; a staff noun,
    /// `data/staff_nouns.txt`, is the party's: "Democratic Party officials"). A singular
    /// ("a Democrat", "Ana Ruiz, Democrat of Oregon") is a person of the party.
    fn names_party(&self, span: Span) -> bool {
        let end = self.tokens.partition_point(|t| t.start < span.end);
        let Some(last) = end.checked_sub(1).map(|k| self.word(k)) else {
            return false;
        };
        let next = (self.tokens.get(end))
            .filter(|t| t.start == span.end + 1)
            .filter(|_| self.text.as_bytes().get(span.end as usize) == Some(&b' '))
            .map(|_| self.word(end));
        let party_next = next.is_some_and(|w| w.eq_ignore_ascii_case("party"));
        let plural = last
            .strip_suffix('s')
            .is_some_and(|w| self.stage.partisan(w));
        if !(plural || party_next || matches!(last, "Party" | "party" | "GOP")) {
            return false;
        }
        // (the party's own people speak and act for it: "Democratic Party officials")
        let modifies = next.is_some_and(|w| {
            w.starts_with(char::is_uppercase)
                || (self.noun.get(end) == Some(&true) && !self.stage.staff_nouns.contains(w))
        });
        party_next || !modifies
    }

    /// "Sanders campaign manager Ana Ruiz", "Trump adviser Tom Webb": a person the KB does
    /// not know, named after a coded person's name, at most three lower-case words of the
    /// office and a staff noun (`data/staff_nouns.txt`), works for that person: one mention
    /// from the principal's name on, coded as the principal (CAMEO codes an aide by whom
    /// they serve); the principal's name there is no mention of its own, so no act of the
    /// aide is read as the principal's.
    fn staff_of_named_people(&mut self) {
        let lower = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-');
        let mut joins: Vec<(usize, usize, usize)> = Vec::new();
        for (i, m) in self.mentions.iter().enumerate() {
            if m.form != MentionForm::Name {
                continue;
            }
            let Some(a) = self.actors.get(m.actor as usize) else {
                continue;
            };
            if a.actor.kind != ActorKind::Person || a.actor.kb_id.is_some() {
                continue;
            }
            // the office's words: lower-case ones opening the mention ("spokesman Brian
            // Fallon") and the ones right before it
            let first = self.tokens.partition_point(|t| t.start < m.span.start);
            let end = self.tokens.partition_point(|t| t.start < m.span.end);
            let mut k = first;
            while k + 1 < end && lower(self.word(k)) {
                k += 1;
            }
            let mut b = first;
            while b > 0 && first - b < 4 && lower(self.word(b - 1)) {
                b -= 1;
            }
            if k == b || k - b > 4 || !self.stage.staff_nouns.contains(self.word(k - 1)) || b == 0 {
                continue;
            }
            let before = self.tokens[b - 1].end;
            let principal = self.mentions.iter().position(|p| {
                p.span.end == before
                    && p.form == MentionForm::Name
                    && p.actor != m.actor
                    && self.actors.get(p.actor as usize).is_some_and(|x| {
                        x.actor.kind == ActorKind::Person && x.actor.code.is_some()
                    })
            });
            if let Some(p) = principal {
                joins.push((i, p, k - 1));
            }
        }
        if joins.is_empty() {
            return;
        }
        let mut gone: Vec<Span> = Vec::new();
        for (i, p, noun) in joins {
            let (staff, boss) = (self.mentions[i], self.mentions[p]);
            let Some(x) = self.actors.get(boss.actor as usize) else {
                continue;
            };
            let (mut code, country, role) = (
                x.actor.code.clone(),
                x.actor.country.clone(),
                x.actor.role.clone(),
            );
            // ("former Obama adviser Ana Ruiz": no longer in the principal's office)
            let role = match self.former_role(role.clone(), Some(noun)) {
                Some(r) if role.as_deref() != Some(r.as_str()) => {
                    code = country.as_ref().map(|c| format!("{c}{r}"));
                    Some(r)
                }
                r => r,
            };
            if let Some(a) = self.actors.get_mut(staff.actor as usize) {
                a.actor.code = code;
                a.actor.country = country;
                a.actor.role = role;
            }
            self.mentions[i].span = Span {
                start: boss.span.start,
                end: staff.span.end,
            };
            gone.push(boss.span);
        }
        self.remove_mentions(|m| m.form == MentionForm::Name && gone.contains(&m.span));
    }

    /// The person the story ties to `state` with the office `noun` names ([`Work::mention_state`]):
    /// the one named last before `span`, else the first named after it.
    fn state_officeholder(&mut self, state: &str, noun: &str, span: Span) -> Option<u32> {
        let office = self
            .stage
            .state_offices
            .iter()
            .position(|o| o.nouns.iter().any(|n| n == noun))?;
        self.index_state_holders();
        let holders = self.state_index.get(&(office, state.to_string()))?;
        let at = holders.partition_point(|x| x.0 < span.start);
        holders[..at]
            .iter()
            .rev()
            .inspect(|_| self.checks.set(self.checks.get() + 1))
            .find(|x| x.1 <= span.start && self.is_person(x.2))
            .or_else(|| holders.iter().find(|x| self.is_person(x.2)))
            .map(|x| x.2)
    }

    /// Whether the candidate word at `span` is a legislature word of
    /// `data/body_countries.tsv` coded LEG ("House", "Senate", "Congress").
    fn legislature_word(&self, span: Span) -> bool {
        let Some(x) = self.cand_at(span.start) else {
            return false;
        };
        let What::Role(w) = self.cands[x].what else {
            return false;
        };
        self.stage
            .words
            .get(w as usize)
            .is_some_and(|(t, _)| self.stage.body_countries.contains_key(t))
            && self.office_of(x, None).1.as_deref() == Some("LEG")
    }

    /// The end of a committee's name ending at `end`, over a following "on" or "of" and
    /// the capitalised words after it ("Select Committee on Foreign Relations"), not a
    /// weekday or month ("the Judiciary Committee on Tuesday").
    fn committee_topic_end(&self, end: u32, range: std::ops::Range<usize>) -> u32 {
        let k = self.tokens.partition_point(|t| t.start < end);
        if k >= range.end || !matches!(self.word(k), "on" | "of") {
            return end;
        }
        let words = (k + 1..range.end)
            .take_while(|&j| {
                let w = self.word(j);
                (w.starts_with(char::is_uppercase)
                    && !self.stage.calendar_words.contains(&w.to_lowercase()))
                    || (j > k + 1 && w == "and")
            })
            .last();
        match words {
            Some(j) if self.word(j) != "and" => self.tokens[j].end,
            _ => end,
        }
    }

    /// Whether the article names KB person `entry`, read at no date, by a full name, or
    /// names their country (the country, its demonym, a seat of its power or a KB person
    /// of that country by full name: "Putin ... the Kremlin", "Trump ... Hillary Clinton")
    /// or, for an officer of an intergovernmental organisation, that organisation.
    fn names_side_of(&self, entry: EntryRef, info: &ActorInfo) -> bool {
        let Some(sides) = &self.sides else {
            return false;
        };
        sides.persons.contains(&entry)
            || info
                .country
                .as_ref()
                .is_some_and(|c| sides.countries.contains(c))
            || info
                .code
                .as_ref()
                .is_some_and(|c| c.starts_with("IGO") && sides.igos.contains(c))
    }

    /// Whether `name` is one capitalised word ending in "s" whose singular the article
    /// also writes as a word of its own with a capital ("Republicans" and "Republican",
    /// "Muslims" and "Muslim"; not "Reynolds", whose "Reynold" it never writes). Not a
    /// surname of someone named in full ("Judge Amy Roberts"), nor one whose singular the
    /// article writes only as a given name ("Robert Kline" beside "Roberts").
    fn plural_of_article_word(&self, name: &str) -> bool {
        let Some(one) = name.strip_suffix('s') else {
            return false;
        };
        if one.len() < 3 || name.contains(' ') || !name.chars().all(char::is_alphabetic) {
            return false;
        }
        if self.names_in_full_person_called(name, true) {
            return false;
        }
        let given = self.stage.names.gazetteer.classes(one) & crate::Gazetteer::FIRST_NAME != 0;
        let mut from = 0;
        while let Some(i) = self.text.get(from..).and_then(|t| t.find(one)) {
            let at = from + i;
            let end = at + one.len();
            // "Robert Kline": a given name before a capitalised word is no singular
            let before_name = given
                && self.text.get(end..).is_some_and(|rest| {
                    rest.strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(char::is_uppercase))
                });
            if bounded(self.text, at, end) && !before_name {
                return true;
            }
            from = end;
        }
        false
    }

    /// What the article names, for [`Work::names_side_of`]: KB people by a full name,
    /// countries (by name, demonym, seat, or a KB person of theirs by full name) and IGOs.
    fn article_sides(&self) -> Sides {
        let kb = self.kb();
        let mut sides = Sides::default();
        for c in &self.cands {
            let What::Kb(surfaces) = c.what else {
                continue;
            };
            for &x in surfaces {
                let Some(s) = kb.surfaces().get(x as usize) else {
                    continue;
                };
                match s.entry {
                    EntryRef::Person(_) if s.form == NameForm::Short => {}
                    EntryRef::Person(_) if sides.persons.insert(s.entry) => {
                        sides.countries.extend(kb.info(s.entry, None).country);
                    }
                    EntryRef::Country(_) | EntryRef::Seat(_) => {
                        sides
                            .countries
                            .extend(self.country_of_entry(s.entry).map(str::to_string));
                    }
                    EntryRef::Igo(i) => {
                        sides
                            .igos
                            .extend(kb.igos().get(i as usize).map(|g| g.code.clone()));
                    }
                    _ => {}
                }
            }
        }
        sides
    }

    /// Whether role word `w` is a role only after a possessive (`possessed` in
    /// `data/descriptions.tsv`).
    fn needs_possessor(&self, w: u32) -> bool {
        self.word_reading(w) == Some(Reading::Possessed)
    }

    /// The reading of role word `w`'s description (`data/descriptions.tsv`), if it has one.
    fn word_reading(&self, w: u32) -> Option<Reading> {
        self.stage
            .words
            .get(w as usize)
            .and_then(|(_, word)| self.stage.descriptions.get(word.desc? as usize))
            .map(|d| d.reading)
    }

    /// The description reading of candidate `r` when it is a role word ("countries",
    /// "counterpart"); `None` for any other candidate.
    fn reading_of(&self, r: usize) -> Option<Reading> {
        match self.cands.get(r)?.what {
            What::Role(w) => self.word_reading(w),
            _ => None,
        }
    }

    /// Whether the word before `span` is possessive ("the WHO's", "its"), or is one word
    /// after one ("its top", "NATO's new").
    fn after_possessive(&self, span: Span) -> bool {
        let Some(t) = self.token_at(span.start) else {
            return false;
        };
        let possessive = |k: usize| {
            let w = self.word(k);
            w.ends_with("'s")
                || w.ends_with("\u{2019}s")
                || w.ends_with("s'")
                || matches!(w.to_lowercase().as_str(), "its" | "his" | "her" | "their")
        };
        (t >= 1 && possessive(t - 1)) || (t >= 2 && possessive(t - 2))
    }

    /// "shook his head", "over their heads": "head" right after a personal possessive
    /// pronoun is a body part, no one's chief ("its head" and "the FBI's head" stay).
    fn head_of_a_person(&self, span: Span) -> bool {
        let Some(t) = self.token_at(span.start).filter(|&t| t > 0) else {
            return false;
        };
        let w = self.word(t);
        (w.eq_ignore_ascii_case("head") || w.eq_ignore_ascii_case("heads"))
            && ["his", "her", "their", "my", "your", "our"]
                .iter()
                .any(|p| self.word(t - 1).eq_ignore_ascii_case(p))
    }

    fn preceded_by_the(&self, at: u32) -> bool {
        self.token_at(at)
            .filter(|&t| t > 0)
            .is_some_and(|t| self.word(t - 1).eq_ignore_ascii_case("the"))
    }

    /// "signed a deal in Nairobi", "talks at Ankara", "invited them to visit Mogadishu": a
    /// capital right after a place cue (`data/place_cues.txt`) is where something happens,
    /// not its government ("in Moscow's view" keeps the actor); so is a capital joined by
    /// "and", "or" or a comma to such a place ("officials in Islamabad and New Delhi").
    /// A capital acting in a relative clause after it ("a statement issued in Beijing,
    /// which brokered the deal") is its government all the same.
    fn after_locative(&self, span: Span) -> bool {
        let Some(t) = self.token_at(span.start).filter(|&t| t > 0) else {
            return false;
        };
        let next = self.tokens.partition_point(|x| x.start < span.end);
        let acts = next + 2 < self.tokens.len()
            && self.word(next) == ","
            && matches!(self.word(next + 1), "which" | "who")
            && self.verb.get(next + 2) == Some(&true)
            && !matches!(
                self.word(next + 2),
                "is" | "was"
                    | "are"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "remains"
                    | "lies"
                    | "sits"
                    | "borders"
                    | "hosts"
                    | "hosted"
                    | "became"
            );
        if acts {
            return false;
        }
        if t >= 2 && matches!(self.word(t - 1), "and" | "or" | ",") {
            let joined = self
                .cand_covering(self.tokens[t - 2].start)
                .filter(|&k| self.cands[k].span.end == self.tokens[t - 2].end)
                .filter(|&k| matches!(self.entry_of_cand(k), Some(EntryRef::Seat(_))));
            if let Some(k) = joined {
                if self.cands[k].span.start < span.start && self.after_locative(self.cands[k].span)
                {
                    return true;
                }
            }
        }
        let possessive = self
            .text
            .get(span.end as usize..)
            .is_some_and(|rest| rest.starts_with("'s") || rest.starts_with("\u{2019}s"));
        // "in the capital Abuja", "in the Nigerian capital, Abuja": the cue stands before
        // the phrase naming the city
        let mut starts = vec![t];
        let mut k = t;
        if k > 0 && self.word(k - 1) == "," {
            k -= 1;
        }
        if k > 1 && matches!(self.word(k - 1), "capital" | "city") {
            if let Some(the) = (k.saturating_sub(4)..k - 1)
                .rev()
                .find(|&j| self.word(j).eq_ignore_ascii_case("the"))
            {
                starts.push(the);
            }
        }
        !possessive
            && starts.iter().any(|&t| {
                self.stage.place_cues.iter().any(|cue| {
                    cue.len() <= t
                        && cue
                            .iter()
                            .enumerate()
                            .all(|(i, w)| self.word(t - cue.len() + i).eq_ignore_ascii_case(w))
                })
            })
    }

    /// Whether the capital at `span` is the city itself in its sentence, not its
    /// government: a leg of a journey ("flew from Kyiv to Warsaw", "a train from Berlin to
    /// Warsaw"), a football club ("Real Madrid", "Dynamo Kyiv"; "Madrid beat Barcelona
    /// 2-1": a capital next to a match verb in a sentence with a score), a city in history
    /// ("Rome fell in 410": a year before 1800 in the sentence), a place called someone's
    /// home ("London was her home") or one of a list of places struck ("after Beirut,
    /// after Paris").
    fn capital_is_city_here(&self, span: Span) -> bool {
        let Some(t) = self.token_at(span.start) else {
            return false;
        };
        let Some(range) = self
            .sentence_of(span.start)
            .and_then(|s| self.sentences.get(s as usize))
            .map(|s| s.1.clone())
        else {
            return false;
        };
        let last = self
            .token_at(span.end.saturating_sub(1))
            .unwrap_or(t)
            .max(t);
        let lower = |k: usize| self.word(k).to_lowercase();
        let before = |n: usize| (t >= range.start + n).then(|| lower(t - n));
        let after = |n: usize| (last + n < range.end).then(|| lower(last + n));
        // a journey: "from X" after a motion verb or a travel noun, and "to Y" after it
        let journey_from = |k: usize| {
            k > range.start
                && lower(k) == "from"
                && (JOURNEY_WORDS.contains(&lower(k - 1).as_str())
                    || MOTION_VERBS.contains(&lower(k - 1).as_str()))
        };
        let possessive = self
            .text
            .get(span.end as usize..)
            .is_some_and(|rest| rest.starts_with("'s") || rest.starts_with("\u{2019}s"));
        if possessive {
            return false;
        }
        if t > range.start && journey_from(t - 1) {
            return true;
        }
        if before(1).as_deref() == Some("to") && t >= range.start + 3 {
            // "from Kyiv to Warsaw", "from Berlin via Prague to Warsaw": the "from" is at
            // most four words back, after a motion verb or a travel noun
            let from = (range.start.max(t.saturating_sub(6))..t - 1)
                .rev()
                .find(|&k| lower(k) == "from");
            if from.is_some_and(journey_from) {
                return true;
            }
        }
        if before(1).as_deref() == Some("to")
            && before(2).is_some_and(|w| JOURNEY_WORDS.contains(&w.as_str()))
        {
            return true;
        }
        // a list of places struck: "after Beirut, after Paris, after Brussels"
        if before(1).as_deref() == Some("after")
            && after(1).is_none_or(|w| matches!(w.as_str(), "," | "and" | "or" | "." | ";"))
        {
            let afters = range
                .clone()
                .filter(|&k| {
                    lower(k) == "after"
                        && self
                            .word(k + 1)
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase)
                })
                .count();
            if afters >= 2 {
                return true;
            }
        }
        // a club: a prefix right before the name ("Real", "Dynamo"); suffixes ("Moscow
        // City", "Kyiv FC") are capitalised words after it, which `capital_modifies` reads
        if t > range.start
            && self.tokens[t - 1].end + 1 == span.start
            && CLUB_PREFIXES.contains(&self.word(t - 1))
        {
            return true;
        }
        let score = range.clone().any(|k| is_score(self.word(k)));
        if score {
            let verb_next = after(1).is_some_and(|w| MATCH_VERBS.contains(&w.as_str()));
            let verb_before = match before(1).as_deref() {
                Some("v" | "vs" | "versus") => true,
                Some("to" | "with" | "against") => {
                    before(2).is_some_and(|w| MATCH_VERBS.contains(&w.as_str()))
                }
                Some(w) => MATCH_VERBS.contains(&w),
                None => false,
            };
            if verb_next || verb_before {
                return true;
            }
        }
        // history: "in 410", "in 1453", "in 44 BC"
        let historical = range.clone().any(|k| {
            k > range.start
                && matches!(lower(k - 1).as_str(), "in" | "of" | "since" | "until")
                && self.word(k).len() <= 4
                && self.word(k).bytes().all(|b| b.is_ascii_digit())
                && self
                    .word(k)
                    .parse::<u32>()
                    .is_ok_and(|y| (100..1800).contains(&y))
                && !(k + 1 < range.end && self.noun.get(k + 1) == Some(&true))
        });
        // a government speaking today ("Moscow, founded in 1147, said on Monday") is none
        if historical && !range.clone().any(|k| self.is_report_verb(k)) {
            return true;
        }
        // "London was her home", "Paris is the city of light"
        if after(1).is_some_and(|w| matches!(w.as_str(), "is" | "was" | "became" | "remains")) {
            let mut k = last + 2;
            while k < range.end
                && k <= last + 4
                && matches!(
                    lower(k).as_str(),
                    "her"
                        | "his"
                        | "their"
                        | "my"
                        | "our"
                        | "your"
                        | "a"
                        | "the"
                        | "its"
                        | "new"
                        | "adopted"
                        | "second"
                        | "true"
                        | "spiritual"
                        | "favourite"
                        | "favorite"
                )
            {
                k += 1;
            }
            if k > last + 2
                && k < range.end
                && matches!(
                    lower(k).as_str(),
                    "home"
                        | "hometown"
                        | "birthplace"
                        | "city"
                        | "base"
                        | "playground"
                        | "destination"
                )
            {
                return true;
            }
        }
        false
    }

    /// "In setting out his plan, Mr. Bush said", "After his talks in Oslo, Kohl flew":
    /// the name candidate that is the main clause's subject, when candidate `c` is "his" or
    /// "her" in a phrase that opens the sentence before that subject and modifies the main
    /// verb, with no subject of its own on the way up the parse (the pronoun looks ahead
    /// to the person the sentence is about, not back to the last person named).
    fn fronted_subject_name(&self, c: usize) -> Option<usize> {
        let k = self.token_at(self.cands[c].span.start)?;
        if !matches!(self.word(k), "his" | "her" | "His" | "Her")
            || self.parsed.get(k)?.deprel.as_str() != "nmod:poss"
        {
            return None;
        }
        let (_, range) = self.sentences.get(self.cands[c].sentence as usize)?.clone();
        let has_subject = |v: usize| {
            range.clone().any(|i| {
                self.parsed
                    .get(i)
                    .is_some_and(|t| t.head == v as u32 && t.deprel.base() == "nsubj")
            })
        };
        let mut at = k;
        for _ in 0..5 {
            let t = self.parsed.get(at)?;
            if t.head == attache_core::NO_HEAD {
                return None;
            }
            // ("As Obama lectured the nation and defended his record, Trump responded":
            // a clause with its own subject keeps the pronoun)
            if at != k && has_subject(at) {
                return None;
            }
            let head = t.head as usize;
            let top = self.parsed.get(head)?;
            if top.head == attache_core::NO_HEAD {
                if !matches!(t.deprel.base(), "advcl" | "obl") || at > head {
                    return None;
                }
                let subject = self.subject_before(head, range.clone())?;
                // the whole opening phrase comes before the subject
                let last = range.clone().rev().find(|&i| {
                    let mut x = i;
                    for _ in 0..8 {
                        if x == at {
                            return true;
                        }
                        match self.parsed.get(x) {
                            Some(t) if t.head != attache_core::NO_HEAD => x = t.head as usize,
                            _ => return false,
                        }
                    }
                    false
                })?;
                if last >= subject || !(last..subject).any(|i| self.word(i) == ",") {
                    return None;
                }
                let n = self.cand_at(self.tokens[subject].start).or_else(|| {
                    (range.start..subject).rev().take(3).find_map(|i| {
                        self.cand_at(self.tokens[i].start)
                            .filter(|&n| self.cands[n].span.end >= self.tokens[subject].end)
                    })
                })?;
                return self.is_person_name(n).then_some(n);
            }
            at = head;
        }
        None
    }

    /// "Erdogan visited Athens. During his visit, Mitsotakis criticised Turkey": the main
    /// subject of the sentence before candidate `c` is a person of fitting gender other than
    /// actor `a` (the subject `fronted_subject_name` found, named for the first time) and
    /// not named again in `c`'s sentence; the pronoun looks back to that person (session 25
    /// review).
    fn prior_subject_fits(&self, c: usize, a: u32, gender: char) -> bool {
        let sentence = self.cands[c].sentence as usize;
        let Some((_, prev)) = sentence
            .checked_sub(1)
            .and_then(|i| self.sentences.get(i))
            .cloned()
        else {
            return false;
        };
        let Some(root) = prev.clone().find(|&i| {
            self.parsed
                .get(i)
                .is_some_and(|t| t.head == attache_core::NO_HEAD)
        }) else {
            return false;
        };
        let Some(subject) = prev.clone().find(|&i| {
            self.parsed
                .get(i)
                .is_some_and(|t| t.head == root as u32 && t.deprel.base() == "nsubj")
        }) else {
            return false;
        };
        let Some(b) = self
            .cand_covering(self.tokens[subject].start)
            .and_then(|p| self.cand_actor.get(p).copied().flatten())
        else {
            return false;
        };
        let Some(x) = self.actors.get(b as usize) else {
            return false;
        };
        if b == a
            || x.actor.kind != ActorKind::Person
            || x.gender
                .or_else(|| self.given_name_gender(x))
                .is_some_and(|g| g != gender)
        {
            return false;
        }
        // ("Kerry met Lavrov. After his talks with Kerry, Lavrov said": named in the phrase.)
        // (Nor when the subject was named before: "Francis' message is ... By contrast, Mr.
        // Trump divides people. In the final Mass of his trip, Francis told": the article
        // is about him.)
        !(0..self.cands.len()).any(|k| {
            k != c
                && ((self.cands[k].sentence as usize == sentence
                    && self.cand_actor.get(k).copied().flatten() == Some(b))
                    || ((self.cands[k].sentence as usize) < sentence
                        && self.cand_actor.get(k).copied().flatten() == Some(a)))
        })
    }

    /// "He [Blinken]": the name candidate inside brackets right after candidate `c`.
    fn bracket_name(&self, c: usize) -> Option<usize> {
        let end = self.cands[c].span.end as usize;
        let rest = self.text.get(end..)?;
        let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
        let open = rest.len() - trimmed.len();
        if !trimmed.starts_with('[') {
            return None;
        }
        let inner = (end + open + 1) as u32;
        let inner = inner
            + self
                .text
                .get(inner as usize..)?
                .chars()
                .take_while(|ch| ch.is_whitespace())
                .count() as u32;
        let n = self.cand_at(inner)?;
        let close = self
            .text
            .get(self.cands[n].span.end as usize..)?
            .trim_start();
        (close.starts_with(']') && self.is_person_name(n)).then_some(n)
    }

    fn ensure_kb(&mut self, entry: EntryRef) -> u32 {
        if let Some(&a) = self.by_entry.get(&entry) {
            return a;
        }
        let info = self.kb().info(entry, self.date);
        if let Some(&a) = self.by_key.get(&info.kb_id) {
            self.by_entry.insert(entry, a);
            return a;
        }
        let gender = match entry {
            EntryRef::Person(i) => self.kb().people().get(i as usize).and_then(|p| p.gender),
            _ => None,
        };
        let igo_nouns = match entry {
            EntryRef::Igo(i) => self
                .kb()
                .igos()
                .get(i as usize)
                .map(|g| g.nouns.clone())
                .unwrap_or_default(),
            EntryRef::Group(i) => self
                .kb()
                .groups()
                .get(i as usize)
                .map(|g| g.nouns.clone())
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        let a = self.push_kb_actor(&info, gender, igo_nouns);
        self.by_entry.insert(entry, a);
        a
    }

    /// A new actor for a KB entry read at the article's date, indexed by its kb id.
    fn push_kb_actor(
        &mut self,
        info: &ActorInfo,
        gender: Option<char>,
        igo_nouns: Vec<String>,
    ) -> u32 {
        let a = self.actors.len() as u32;
        self.by_key.insert(info.kb_id.clone(), a);
        self.actors.push(ActorState {
            actor: info.to_actor(),
            office: info.office,
            gender,
            last: 0,
            count: 0,
            igo_nouns,
            head: None,
            titled: None,
            one_person: false,
        });
        a
    }

    /// The actor a seat of power stands for: its code's institution ("Moscow", "the
    /// Kremlin" → the Russian government, RUSGOV; "the Pentagon" → USAMIL), one actor per
    /// code, distinct from the country itself (RUS). Kind `country` for a government (a
    /// capital standing for its state, as the output contract says), `organization` for
    /// another institution (military, legislature, intelligence).
    fn seat_actor(&mut self, seat: u32) -> u32 {
        let info = self.kb().info(EntryRef::Seat(seat), self.date);
        let code = info.code.clone().unwrap_or_default();
        let key = format!("gov:{code}");
        if let Some(&a) = self.by_key.get(&key) {
            return a;
        }
        let government = info.role.as_deref() == Some("GOV");
        let country_name = info.country.as_deref().and_then(|c| {
            let &i = self.stage.country_index.get(c)?;
            Some(self.kb().countries().get(i as usize)?.name.clone())
        });
        let name = match (government, country_name) {
            (true, Some(n)) => format!("{n} (government)"),
            _ => info.name.clone(),
        };
        let a = self.actors.len() as u32;
        self.by_key.insert(key, a);
        self.actors.push(ActorState::new(Actor {
            name,
            kind: if government {
                ActorKind::Country
            } else {
                ActorKind::Organization
            },
            code: info.code.clone(),
            country: info.country.clone(),
            role: info.role.clone(),
            kb_id: Some(info.kb_id.clone()),
            mentions: Vec::new(),
        }));
        a
    }

    fn country_actor(&mut self, alpha3: &str) -> Option<u32> {
        let &i = self.stage.country_index.get(alpha3)?;
        Some(self.ensure_kb(EntryRef::Country(i)))
    }

    /// The actor kept under `key`, made by `make` the first time the key is seen.
    fn actor_by_key(&mut self, key: String, make: impl FnOnce(&Self) -> Actor) -> u32 {
        if let Some(&a) = self.by_key.get(&key) {
            return a;
        }
        let a = self.actors.len() as u32;
        let actor = make(self);
        self.by_key.insert(key, a);
        self.actors.push(ActorState::new(actor));
        a
    }

    /// "Sanders supporters", "Abacha's loyalists", "his backers": a person's name or
    /// possessive right before a noun of `data/follower_nouns.txt` names the followers, not
    /// the person: the mention becomes one of an uncoded group spanning the phrase (the
    /// followers are nobody the KB or the text codes; a quote they give keeps its source).
    /// A possessive pronoun ("his supporters") stays the person's: the event coder reads
    /// an act on a person's followers as one on the person.
    fn drop_followers_owners(&mut self) {
        let text = self.text;
        let actors = &self.actors;
        let followers = &self.stage.follower_nouns;
        // the end of the follower noun after mention `m`, when there is one
        let follower_end = |m: &Mention| -> Option<u32> {
            if m.form == MentionForm::Pronoun
                || actors
                    .get(m.actor as usize)
                    .is_none_or(|a| a.actor.kind != ActorKind::Person)
            {
                return None;
            }
            let at = m.span.end as usize;
            let rest = text.get(at..).unwrap_or("");
            let after_s = (rest.strip_prefix("'s"))
                .or_else(|| rest.strip_prefix("’s"))
                .unwrap_or(rest);
            let word_start = at + (rest.len() - after_s.len()) + 1;
            let after_s = after_s.strip_prefix(' ')?;
            let word: String = after_s.chars().take_while(|c| c.is_alphabetic()).collect();
            followers
                .contains(word.as_str())
                .then_some((word_start + word.len()) as u32)
        };
        let found: Vec<(Span, Span, u32, u32)> = (self.mentions.iter())
            .filter_map(|m| {
                let end = follower_end(m)?;
                let span = Span::new(m.span.start as usize, end as usize);
                Some((m.span, span, m.sentence, m.actor))
            })
            .collect();
        if found.is_empty() {
            return;
        }
        self.remove_mentions(|m| found.iter().any(|f| f.0 == m.span));
        for (_, span, sentence, owner) in found {
            let name = self.slice(span).to_string();
            // (one group per person and noun: "Cruz supporters" and "Cruz's supporters"
            // are one, Rubio's another; "his supporters" stays a mention of Cruz)
            let noun = name.rsplit(' ').next().unwrap_or_default().to_lowercase();
            let key = format!("group:followers:{owner}:{noun}");
            let actor = self.actor_by_key(key, |_| uncoded_group(name));
            self.mentions.push(Mention {
                span,
                actor,
                form: MentionForm::Description,
                sentence,
            });
            if let Some(a) = self.actors.get_mut(actor as usize) {
                a.count += 1;
            }
        }
    }

    /// Removes the mentions `gone` picks, and marks the mention indexes stale (see
    /// `removals`): the only way mentions are removed while the indexes are in use.
    fn remove_mentions(&mut self, gone: impl Fn(&Mention) -> bool) {
        let before = self.mentions.len();
        self.mentions.retain(|m| !gone(m));
        if self.mentions.len() != before {
            self.removals = self.removals.wrapping_add(1);
        }
    }

    fn mention(&mut self, c: usize, actor: u32, span: Span, form: MentionForm) {
        let sentence = self.cands.get(c).map_or(0, |c| c.sentence);
        self.mentions.push(Mention {
            span,
            actor,
            form,
            sentence,
        });
        if let Some(slot) = self.cand_actor.get_mut(c) {
            *slot = Some(actor);
        }
        // "Mr. Khan", "Ms. Khan": an honorific fixes the gender of a person the KB does
        // not know, as a first pronoun does
        let honorific = match form {
            MentionForm::Name => self.honorific_gender(span),
            _ => None,
        };
        if let Some(a) = self.actors.get_mut(actor as usize) {
            a.last = a.last.max(span.start);
            a.count += 1;
            if a.gender.is_none() && a.actor.kind == ActorKind::Person {
                a.gender = honorific;
            }
        }
    }

    fn resolve_kb(&mut self, c: usize, surfaces: &[u32]) {
        // "Jordanian King Abdullah": a demonym right before the name rejects a KB person
        // of another country ("King Abdullah" of Saudi Arabia) when one of its own is left
        let agreeing: Vec<u32>;
        let surfaces = match self.demonym_country_before(self.cands[c].span) {
            Some(cty) => {
                agreeing = surfaces
                    .iter()
                    .copied()
                    .filter(
                        |&x| match self.kb().surfaces().get(x as usize).map(|s| s.entry) {
                            Some(EntryRef::Person(i)) => {
                                self.person_country(i).is_none_or(|p| p == cty)
                            }
                            _ => true,
                        },
                    )
                    .collect();
                // ("Filipino Clinton staffers", "German Ortega": with no person of that
                // country the name keeps its reading)
                if agreeing.iter().any(|&x| {
                    matches!(
                        self.kb().surfaces().get(x as usize).map(|s| s.entry),
                        Some(EntryRef::Person(_))
                    )
                }) {
                    agreeing.as_slice()
                } else {
                    surfaces
                }
            }
            None => surfaces,
        };
        let Some(best) = self.best_surface(surfaces) else {
            return;
        };
        let Some(s) = self.kb().surfaces().get(best as usize) else {
            return;
        };
        let span = self.cands[c].span;
        match (s.entry, s.form) {
            (EntryRef::Person(_), NameForm::Short) => {
                // a short form: the person already in the article, else one in office
                // when the tagger also reads a person's name there ("Hill" alone is not
                // Alexandra Hill Tinoco)
                // ("Mrs. Clinton": of the honorific's gender when it has one)
                let honorific = self.honorific_gender(span);
                let known = surfaces.iter().find_map(|&x| {
                    let e = self.kb().surfaces().get(x as usize)?.entry;
                    self.by_entry.get(&e).copied().filter(|&k| {
                        honorific.is_none_or(|g| {
                            self.actors
                                .get(k as usize)
                                .and_then(|a| a.gender)
                                .is_none_or(|x| x == g)
                        })
                    })
                });
                // or someone else of that surname named before ("Larry King ... King
                // said"); when both are, the KB person mentioned twice or more keeps it (a
                // relative, even one the story is about, goes by a given name: "Donald
                // Trump ... Melania Trump ... Trump's aides"), else the one mentioned more
                // often so far, the later named on a tie
                let namesake = self.unknown_person_with_surname(self.slice(span), honorific);
                let rank = |a: u32| {
                    self.actors
                        .get(a as usize)
                        .map_or((0, 0), |s| (s.count, s.last))
                };
                let known = match (known, namesake) {
                    (Some(k), Some(n)) => Some(if rank(k).0 < 2 && rank(n) > rank(k) {
                        n
                    } else {
                        k
                    }),
                    (k, n) => k.or(n),
                };
                let tagged = self.tagged_persons.iter().any(|t| t.contains(span));
                if tagged && known.is_none() && self.date.is_none() && self.sides.is_none() {
                    self.sides = Some(self.article_sides());
                }
                let actor = match known {
                    Some(a) => Some(a),
                    // "his son Bilawal": the relative the KB knows
                    None if self.kin_links.contains_key(&c) => {
                        let e = self.kin_links.get(&c).copied();
                        e.map(|e| self.ensure_kb(e))
                    }
                    // (with no date every officeholder is current: then only one whose
                    // country or organisation the article names, "Cruz" in a story on
                    // Texas is not Portugal's minister)
                    None if tagged => self
                        .kb()
                        .lookup(self.slice(span), self.date)
                        .into_iter()
                        .find(|h| {
                            h.current
                                && matches!(h.entry, EntryRef::Person(_))
                                && (self.date.is_some() || self.names_side_of(h.entry, &h.info))
                        })
                        .map(|h| self.ensure_kb(h.entry)),
                    // "Lavrov met Blinken on Friday": a surname the KB gives to one person
                    // only, in office at the article's date, is that person even when the
                    // tagger reads no name there (never a month or weekday: "May")
                    None => self
                        .sole_incumbent(span, surfaces)
                        .map(|e| self.ensure_kb(e)),
                };
                match actor {
                    Some(a) => self.mention(c, a, span, MentionForm::Name),
                    // a name the tagger reads, of no KB person the undated article
                    // supports: someone of that name the KB does not know
                    None if tagged && self.date.is_none() => {
                        self.resolve_unknown(c, NameKind::Person)
                    }
                    // "President Reagan" in a story after his time: a title before the
                    // short form of one KB person only is that person (the titled-office
                    // rules then make a former holder ELI)
                    None if self.title_of.contains_key(&c) && !self.name_goes_on(span) => {
                        let title = self.title_of.get(&c).copied().unwrap_or(c);
                        let (office, _) = self.office_of(title, None);
                        let mut people: Vec<EntryRef> = (surfaces.iter())
                            .filter_map(|&x| self.kb().surfaces().get(x as usize))
                            .map(|s| s.entry)
                            .filter(|e| match *e {
                                // (who held the office the title names by the story's
                                // date: "Senator George" is no king of Tonga)
                                EntryRef::Person(p) => office.is_some_and(|o| {
                                    self.kb().roles_of(p).any(|role| {
                                        role.office == o
                                            && self.date.is_none_or(|d| {
                                                role.valid.start.is_none_or(|s| s <= d)
                                            })
                                    })
                                }),
                                _ => false,
                            })
                            .collect();
                        people.dedup();
                        if let [one] = people[..] {
                            let a = self.ensure_kb(one);
                            self.name_with_title(c, a);
                        }
                    }
                    None => {}
                }
            }
            (EntryRef::Person(_), _) => {
                let a = self.ensure_kb(s.entry);
                self.name_with_title(c, a);
            }
            (EntryRef::Country(_), NameForm::Demonym) => {
                // "Latin American governments", "West African leaders": a region's adjective
                if self.consumed[c]
                    || self.after_compass_word(span)
                    || self.demonym_inside_organisation_name(span)
                    || self.country_names_no_actor(c)
                {
                    return;
                }
                if let Some(cty) = self.country_of_cand(c) {
                    if let Some(a) = self.country_actor(&cty) {
                        self.mention(c, a, span, MentionForm::Adjective);
                    }
                }
            }
            _ if self.consumed[c] => {}
            // ("Bank of America Stadium": the name's)
            (EntryRef::Country(_), _) if self.demonym_inside_organisation_name(span) => {}
            (EntryRef::Country(_), _) if self.country_names_no_actor(c) => {}
            // ("U.S.-backed rebels", "Russia-armed militias", "anti-U.S. protesters": a
            // sponsor or a stance, as with a demonym, not the country acting)
            (EntryRef::Country(_), _) if self.heritage_adjective(c) => {}
            (EntryRef::Country(_), _) => {
                let a = self.ensure_kb(s.entry);
                self.mention(c, a, span, MentionForm::Name);
            }
            (EntryRef::Seat(i), _) => {
                let Some(seat) = self.kb().seats().get(i as usize) else {
                    return;
                };
                // "the Minsk agreements", "the Moscow metro": a capital after "the" is a
                // modifier, not a government
                if seat.kind == "capital"
                    && (self.preceded_by_the(span.start)
                        || self.after_locative(span)
                        || self.capital_is_city_here(span)
                        || !self.capital_plausible(c, seat))
                {
                    return;
                }
                let actor = if seat.country.is_some() {
                    Some(self.seat_actor(i))
                } else if let Some(igo) = &seat.igo {
                    let igos = self.kb().igos();
                    igos.iter()
                        .position(|g| &g.id == igo)
                        .map(|g| self.ensure_kb(EntryRef::Igo(g as u32)))
                } else {
                    None
                };
                if let Some(a) = actor {
                    self.mention(c, a, span, MentionForm::Name);
                }
            }
            (EntryRef::Igo(_) | EntryRef::Group(_), _) => {
                let a = self.ensure_kb(s.entry);
                self.mention(c, a, span, MentionForm::Name);
            }
            (EntryRef::Agent(_), _) => {}
        }
    }

    /// Whether country candidate `c` is a modifier naming no actor: before a noun of a
    /// country's things (`data/country_thing_nouns.txt`: "Canadian dollars", "Brazilian
    /// flags"), before a capitalised "War" (the name of a war: "the Vietnam War"), as the
    /// possessor of a superlative company ("Japan's biggest carmaker",
    /// `data/company_nouns.txt`), or as a demonym before one or two lower-case nouns that
    /// are no role and then a name (a person so described, "Chilean swimmer Marta Rojas",
    /// is no state).
    fn country_names_no_actor(&self, c: usize) -> bool {
        let Some(cand) = self.cands.get(c) else {
            return false;
        };
        let next = self.tokens.partition_point(|t| t.start < cand.span.end);
        let word = |k: usize| self.word(k);
        // (the next token must follow the name after one blank, or after "'s")
        let rest = self.text.get(cand.span.end as usize..).unwrap_or("");
        if let Some(after) = rest.strip_prefix(' ') {
            let w = word(next);
            // (capitalised too: "a former Soviet Republic")
            if self.stage.country_thing_nouns.contains(w)
                || self.stage.country_thing_nouns.contains(&w.to_lowercase())
            {
                return true;
            }
            if (w == "War" || w == "Wars") && after.starts_with('W') {
                return true;
            }
        }
        if let Some(after) = (rest.strip_prefix("'s ")).or_else(|| rest.strip_prefix("’s ")) {
            // ("second-largest", "leading": the superlative, then the company within three
            // words)
            // (within its clause: "Britain's closest ally. U.S. companies" is two)
            let clause = after
                .split(['.', ',', ';', ':', '!', '?'])
                .next()
                .unwrap_or("");
            let mut words = clause.split(' ').take(4);
            let sup = words.next().unwrap_or("").to_lowercase();
            let superlative = (sup.ends_with("est") && sup.len() > 4)
                || matches!(sup.as_str(), "leading" | "top");
            return superlative && words.any(|w| self.stage.company_nouns.contains(w));
        }
        let demonym = matches!(self.cands.get(c).map(|x| &x.what), Some(What::Kb(ss)) if ss.iter().any(|&x| {
            self.kb()
                .surfaces()
                .get(x as usize)
                .is_some_and(|s| s.form == NameForm::Demonym)
        }));
        if !demonym || !rest.starts_with(' ') {
            return false;
        }
        // one or two lower-case nouns that start no candidate (no role, agent or name),
        // then a capitalised word that is no KB name (a person the KB does not know)
        // (a ruler's noun holds an office: "Italian dictator X" is the state's)
        const RULER_NOUNS: &[&str] = &[
            "dictator",
            "strongman",
            "ruler",
            "autocrat",
            "despot",
            "tyrant",
            "junta",
        ];
        let mut k = next;
        let mut nouns = 0;
        while nouns < 2 {
            if RULER_NOUNS.contains(&word(k)) {
                return false;
            }
            let Some(t) = self.tokens.get(k) else {
                return false;
            };
            let w = word(k);
            if !w.starts_with(char::is_lowercase)
                || !self.noun.get(k).copied().unwrap_or(false)
                || self.cand_covering(t.start).is_some()
            {
                break;
            }
            nouns += 1;
            k += 1;
        }
        let Some(t) = self.tokens.get(k) else {
            return false;
        };
        nouns > 0
            && word(k).starts_with(char::is_uppercase)
            && self.propn.get(k).copied().unwrap_or(false)
            && self
                .cand_covering(t.start)
                .is_none_or(|x| !matches!(self.cands[x].what, What::Kb(_) | What::Role(_)))
    }

    /// Whether role candidate `r`, an army, party, front or movement, is followed by "of"
    /// and a word naming no place, country, body, person or determiner, nor a gerund: a
    /// group's own name or a figure of speech ("the Army of Light", "an army of
    /// volunteers", "a party of hikers"), no body of the story's country; so is a
    /// "Congress for" a capitalised cause ("the Congress for Democracy and Progress").
    fn agent_of_a_thing(&self, r: usize) -> bool {
        let Some(cand) = self.cands.get(r) else {
            return false;
        };
        // only the nouns of armed or political groups that name themselves so ("the
        // government of Prime Minister X", "the Ministry of Defence" keep their country)
        const GROUP_HEADS: &[&str] = &[
            "army", "armies", "party", "parties", "front", "movement", "brigade", "brigades",
            "legion", "soldiers", "warriors", "militia", "militias",
        ];
        let head = self.slice(cand.span).rsplit(' ').next().unwrap_or("");
        let next = self.tokens.partition_point(|t| t.start < cand.span.end);
        // "the Congress for Democracy and Progress": a congress for a cause is a party or
        // movement's name, no legislature ("the Congress of Deputies" keeps its reading)
        if head == "Congress" && self.word(next) == "for" {
            let k = if self.word(next + 1) == "the" {
                next + 2
            } else {
                next + 1
            };
            return self.tokens.get(k).is_some_and(|t| {
                self.word(k).starts_with(char::is_uppercase)
                    && self.cand_covering(t.start).is_none_or(|x| {
                        !matches!(
                            self.cands[x].what,
                            What::Kb(_) | What::Unknown(NameKind::Place | NameKind::Person)
                        )
                    })
            });
        }
        if !GROUP_HEADS.contains(&head.to_lowercase().as_str()) {
            return false;
        }
        // a party, front or movement names itself in capitals ("the party of freedom" is
        // a figure for a real party); an army of anything is a figure or a group's name
        let figure_ok = matches!(head.to_lowercase().as_str(), "army" | "armies" | "soldiers");
        if !figure_ok && !head.starts_with(char::is_uppercase) {
            return false;
        }
        if self.word(next) != "of" {
            return false;
        }
        if self.tokens.get(next + 1).is_none() {
            return false;
        }
        let w = self.word(next + 1);
        // ("accused the party of rigging": what the party did)
        if w.ends_with("ing") {
            return false;
        }
        const DETERMINERS: &[&str] = &[
            "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that",
            "these", "those", "all", "both", "each", "every", "some", "state",
        ];
        if !w.starts_with(char::is_alphabetic) || DETERMINERS.contains(&w.to_lowercase().as_str()) {
            return false;
        }
        // (nor anyone named in the next three words: "the troops of dictator X")
        (next + 1..next + 4)
            .take_while(|&k| self.word(k).starts_with(char::is_alphabetic))
            .filter_map(|k| self.tokens.get(k))
            .all(|t| {
                self.cand_covering(t.start).is_none_or(|x| {
                    !matches!(
                        self.cands[x].what,
                        What::Kb(_)
                            | What::Role(_)
                            | What::Unknown(NameKind::Place | NameKind::Person)
                    )
                })
            })
    }

    /// The country (alpha-3) of a demonym right before `span`, one blank between ("Jordanian
    /// King Abdullah").
    fn demonym_country_before(&self, span: Span) -> Option<&'a str> {
        if span.start < 2
            || self.text.get(span.start as usize - 1..span.start as usize) != Some(" ")
        {
            return None;
        }
        let end = span.start - 1;
        // (candidates are sorted by start: the demonym is among the last few before)
        let i = self.cands.partition_point(|c| c.span.start < span.start);
        self.cands[..i]
            .iter()
            .rev()
            .take(8)
            .filter(|c| c.span.end == end)
            .find_map(|c| {
                let What::Kb(ss) = &c.what else {
                    return None;
                };
                ss.iter().find_map(|&x| {
                    let s = self.kb().surfaces().get(x as usize)?;
                    match (s.entry, s.form) {
                        (EntryRef::Country(k), NameForm::Demonym) => self
                            .kb()
                            .countries()
                            .get(k as usize)
                            .map(|x| x.alpha3.as_str()),
                        _ => None,
                    }
                })
            })
    }

    /// "his Turkish counterpart X": a counterpart with a country of its own, of another
    /// country than its possessor's, holds the possessor's office there (so "the two
    /// sides" after it finds both).
    fn counterpart_office(&mut self, r: usize, phrase: &Phrase) -> Option<Office> {
        if !matches!(self.cands.get(r)?.what, What::Role(_)) {
            return None;
        }
        let reading = self.reading_of(r);
        let cty = phrase.country.as_deref()?;
        if reading != Some(Reading::Counterpart) {
            return None;
        }
        let p = phrase.possessor?;
        if matches!(self.cands.get(p)?.what, What::Pronoun(_)) && self.cand_actor[p].is_none() {
            if let What::Pronoun(g) = self.cands[p].what {
                self.resolve_pronoun(p, g);
            }
        }
        let owner = self
            .actors
            .get(self.cand_actor.get(p).copied().flatten()? as usize)?;
        if owner.actor.country.as_deref() == Some(cty) {
            return None;
        }
        owner.office.or(owner.titled)
    }

    /// A person's name, with the role phrase titling it if any.
    fn name_with_title(&mut self, c: usize, actor: u32) {
        let span = self.cands[c].span;
        match self.title_of.get(&c).copied() {
            Some(r) => {
                let phrase = self.phrases.get(&r).cloned().unwrap_or_default();
                self.read_in_titled_office(actor, r, &phrase);
                let title = match self.cands[r].what {
                    What::Role(w) => self.stage.words.get(w as usize).map(|w| singular(&w.0)),
                    _ => None,
                };
                let (office, _) = self.office_of(r, phrase.country.as_deref());
                let office = office.or_else(|| self.counterpart_office(r, &phrase));
                if let Some(state) = self.actors.get_mut(actor as usize) {
                    state.head = state.head.take().or(title);
                    state.titled = state.titled.or(office);
                }
                if phrase.apposition {
                    self.mention(r, actor, phrase.span, MentionForm::Description);
                    self.mention(c, actor, span, MentionForm::Name);
                } else {
                    // the possessive determiner stays a pronoun mention of its own
                    let start = match (&phrase.det, phrase.possessor) {
                        (Some(_), _) => self
                            .token_at(phrase.span.start)
                            .and_then(|t| self.tokens.get(t + 1))
                            .map_or(phrase.span.start, |t| t.start),
                        _ => phrase.span.start,
                    };
                    self.mention(
                        c,
                        actor,
                        Span {
                            start,
                            end: span.end,
                        },
                        MentionForm::Name,
                    );
                }
            }
            None => self.mention(c, actor, span, MentionForm::Name),
        }
    }

    /// Whether KB person `id`, titled with `office` of `cty`, held it only long before
    /// `date` (their last spell ended five years or more before it: "President Bill
    /// Clinton" in 2016) or only after it ("President Trump" in 2016), while the KB knows
    /// someone else held it at the date in a spell that has ended: the title is a past
    /// or a hoped-for one. A spell that ended lately ("President Mohamed Bazoum" days
    /// after a coup, a minister the KB has replaced) or a holder whose spell is still
    /// open at the KB's last update (a date the KB may lag behind) leaves the text's
    /// title standing.
    fn long_gone_or_not_yet(&self, id: &str, cty: &str, office: Office, date: Date) -> bool {
        let Some((p, _)) = self.kb().person(id) else {
            return false;
        };
        // someone else holds the office at the date, in a spell whose end the KB knows
        // (the date is in the KB's past: no news it has not caught up with)
        let holders = self.kb().officeholders(cty, office, date);
        if holders.is_empty()
            || holders
                .iter()
                .any(|h| h.person_index == p || h.role.valid.end.is_none())
        {
            return false;
        }
        let spells: Vec<&attache_kb::Role> = self
            .kb()
            .roles_of(p)
            .filter(|r| r.office == office && r.country.as_deref() == Some(cty))
            .collect();
        let long_ago = |e: Date| (e.year + 5, e.month, e.day) <= (date.year, date.month, date.day);
        !spells.is_empty()
            && spells.iter().all(|r| {
                r.valid.start.is_some_and(|s| s > date) || r.valid.end.is_some_and(long_ago)
            })
    }

    /// Whether role word `r` follows a capitalised word that is no title abbreviation
    /// ("Parenthood President", "Massachusetts Secretary of State"; not "former
    /// President", "U.S. President" whose country the phrase reads).
    fn after_proper_noun(&self, r: usize) -> bool {
        let Some(k) = self.cands.get(r).and_then(|c| self.token_at(c.span.start)) else {
            return false;
        };
        if k == 0 || self.opens_clause(self.tokens[k].start) {
            return false;
        }
        let before = self.word(k - 1);
        before.chars().next().is_some_and(char::is_uppercase)
            && before.chars().all(char::is_alphabetic)
            && self
                .cand_covering(self.tokens[k - 1].start)
                .is_none_or(|x| !matches!(self.entry_of_cand(x), Some(EntryRef::Country(_))))
    }

    /// Whether `name`, a person the KB does not know, titled as head of state or government
    /// of `country` ("President Jimmy Carter" in a 2016 story), held it only in the past: the KB
    /// knows who held that office at the article's date, in a spell whose end it knows (so
    /// the KB is not simply behind the news), and that holder's surnames are not the
    /// name's last word.
    fn past_holder(&self, name: &str, country: Option<&str>, office: Option<Office>) -> bool {
        let (Some(cty), Some(office), Some(date)) = (country, office, self.date) else {
            return false;
        };
        // (heads of state and government only: a minister the KB does not know may be
        // one it has not caught up with)
        if !matches!(office, Office::HeadOfState | Office::HeadOfGovernment) {
            return false;
        }
        let last = name.rsplit(' ').next().unwrap_or(name);
        let holders = self.kb().officeholders(cty, office, date);
        !holders.is_empty()
            && holders.iter().all(|h| {
                h.role.valid.end.is_some()
                    && !h.person.short.iter().any(|s| s == last)
                    && !own_name_words(h.person, char::is_whitespace).any(|w| w == last)
            })
    }

    /// "French President Emmanuel Macron": a KB person holding several offices is read in
    /// the one the title names (FRAGOV, not his Andorran co-princeship).
    fn read_in_titled_office(&mut self, actor: u32, r: usize, phrase: &Phrase) {
        // "Foreign Minister Andrii Sybiha" in an article after the KB's last date for him:
        // the text's title says he is in government, not a former officeholder
        // ("Foreign Minister Jakaya Kikwete" in a 1998 story, years before the KB's first
        // office for him: coded by his country alone until the title says more)
        let stale = self
            .actors
            .get(actor as usize)
            .filter(|a| matches!(a.actor.role.as_deref(), Some("ELI") | None))
            .and_then(|a| a.actor.country.clone());
        // ("former Foreign Minister Dmytro Kuleba" stays former, and so does "Former Vice
        // President Dick Cheney": over the rank words opening the title)
        let mut from = self
            .token_at(phrase.span.start.min(self.cands[r].span.start))
            .unwrap_or(0);
        while from > 0 && RANKS.contains(&self.word(from - 1).to_lowercase().as_str()) {
            from -= 1;
        }
        let former = (from.saturating_sub(1)..self.token_at(self.cands[r].span.start).unwrap_or(0))
            .any(|k| {
                let w = self.word(k).to_lowercase();
                (self.stage.former_words.iter()).any(|f| f.stale && f.matches(&w))
            });
        if let Some(cty) = stale
            .filter(|_| !former)
            .filter(|c| phrase.country.as_deref().is_none_or(|p| p == c))
        {
            let (office, role) = self.office_of(r, Some(&cty));
            // "Kenyan opposition leader Raila Odinga": a former officeholder titled by an
            // opposition role is the opposition now
            if role.as_deref() == Some("OPP") {
                if let Some(a) = self.actors.get_mut(actor as usize) {
                    a.actor.code = Some(format!("{cty}OPP"));
                    a.actor.role = role;
                }
                return;
            }
            if let (Some(office), Some(role)) = (office, role) {
                if role == "GOV" {
                    // "President Bill Clinton" in a 2016 story: the KB knows who held the
                    // office at the date, and it is someone else, so the title is a past one
                    // (a person the KB does not know: as [`Work::past_holder`] says; a KB
                    // person: as [`Work::long_gone_or_not_yet`] says)
                    let held_by_other = match (self.date, self.actors.get(actor as usize)) {
                        (Some(date), Some(a)) => match a.actor.kb_id.as_deref() {
                            Some(id) => self.long_gone_or_not_yet(id, &cty, office, date),
                            None => self.past_holder(&a.actor.name, Some(&cty), Some(office)),
                        },
                        _ => false,
                    };
                    if held_by_other {
                        return;
                    }
                    if let Some(a) = self.actors.get_mut(actor as usize) {
                        a.actor.code = Some(format!("{cty}GOV"));
                        a.actor.role = Some(role);
                        a.office = Some(office);
                    }
                    return;
                }
            }
        }
        let (Some(cty), Some(date)) = (phrase.country.as_deref(), self.date) else {
            return;
        };
        let Some(kb_id) = self
            .actors
            .get(actor as usize)
            .and_then(|a| a.actor.kb_id.clone())
        else {
            return;
        };
        let (office, _) = self.office_of(r, Some(cty));
        let Some(office) = office else { return };
        let Some(info) = self.kb().officeholder(cty, office, date) else {
            return;
        };
        if info.kb_id != kb_id {
            return;
        }
        if let Some(a) = self.actors.get_mut(actor as usize) {
            a.actor.code = info.code;
            a.actor.country = info.country;
            a.actor.role = info.role;
            a.office = Some(office);
        }
    }

    /// The office and role a role phrase names ("foreign minister" → ForeignMinister, GOV).
    fn office_of(&self, r: usize, country: Option<&str>) -> (Option<Office>, Option<String>) {
        let Some(What::Role(w)) = self.cands.get(r).map(|c| &c.what) else {
            return (None, None);
        };
        let Some((text, word)) = self.stage.words.get(*w as usize) else {
            return (None, None);
        };
        let agent = word.agent.and_then(|a| self.kb().agents().get(a as usize));
        // "Deputy Foreign Minister X", "the deputy prime minister": the deputy of an office
        // holds no seat in a legislature, nor that office; the office's role
        if matches!(text.as_str(), "deputy" | "deputies") {
            let next = self
                .tokens
                .partition_point(|t| t.start < self.cands[r].span.end);
            let office_after = self
                .tokens
                .get(next)
                .and_then(|t| self.cand_covering(t.start))
                .filter(|&x| x != r && matches!(self.cands[x].what, What::Role(_)));
            if let Some(role) = office_after.and_then(|x| self.office_of(x, country).1) {
                return (None, Some(role));
            }
        }
        let office = if word.title {
            self.kb().office_for_title(text, country)
        } else {
            None
        }
        .or_else(|| agent.and_then(|a| a.office));
        let role = agent
            .map(|a| a.role.clone())
            .or_else(|| office.map(|_| "GOV".to_string()));
        (office, role)
    }

    fn resolve_unknown(&mut self, c: usize, kind: NameKind) {
        let span = self.cands[c].span;
        let name = self.slice(span).to_string();
        // "Brenner Kabelwerk GmbH": a company suffix makes no person's name
        let kind = match kind {
            NameKind::Person if self.body_name_role(&name, span).as_deref() == Some("BUS") => {
                NameKind::Organization
            }
            k => k,
        };
        match kind {
            // "Republicans", "Muslims": the plural of a capitalised word the article also
            // writes alone ("a Republican senator") names a group of people, not one
            NameKind::Person if self.plural_of_article_word(&name) => {
                let a = self.actor_by_key(format!("group:name:{}", singular(&name)), |_| {
                    uncoded_group(name.clone())
                });
                self.mention(c, a, span, MentionForm::Name);
            }
            NameKind::Person => {
                // "Professor Cres Eastman" and "Professor Eastman" are Cres Eastman
                let gaz = &self.stage.names.gazetteer;
                let mut words: Vec<&str> = name.split_whitespace().collect();
                let words_before = words.len();
                while words.len() > 1
                    && (gaz.classes(words[0].trim_end_matches('.')) & crate::Gazetteer::TITLE != 0
                        || self.stage.title_abbreviation(words[0]))
                {
                    words.remove(0);
                }
                let name = words.join(" ");
                let key = format!("name:person:{name}");
                // a surname alone joins the earlier full name, and so does one opening in
                // a name particle ("De Blasio" after "Bill de Blasio")
                let surname_only = !name.contains(' ')
                    || name
                        .split(' ')
                        .next()
                        .is_some_and(|w| NAME_PARTICLES.iter().any(|p| w.eq_ignore_ascii_case(p)));
                let existing = self
                    .by_key
                    .get(&key)
                    .copied()
                    .or_else(|| {
                        surname_only
                            .then(|| {
                                self.unknown_person_with_surname(&name, self.honorific_gender(span))
                            })
                            .flatten()
                    })
                    .or_else(|| {
                        // "Bernie Sanders ... Sen. Sanders": a titled surname of a KB
                        // person named before
                        (surname_only && words.len() < words_before)
                            .then(|| self.kb_person_with_surname(&name))
                            .flatten()
                    })
                    .or_else(|| {
                        (!surname_only)
                            .then(|| self.earlier_bare_surname(&name, span))
                            .flatten()
                    })
                    .or_else(|| {
                        // "Saddam Hussein ... Saddam", "Hillary Clinton ... Hillary": an
                        // untitled given name of the one KB person the article names so far
                        (words.len() == words_before && !name.contains(' '))
                            .then(|| self.kb_person_with_given_name(&name, span))
                            .flatten()
                    });
                let mut inferred = false;
                // "Ted Cruz ... Senator Ted Cruz": a later title codes the person named
                // untitled before
                let titled_later = existing.is_some_and(|a| {
                    self.actors[a as usize].actor.code.is_none()
                        && self
                            .title_of
                            .get(&c)
                            .is_some_and(|&r| self.role_names_person(&self.cands[r]))
                });
                let actor = match existing {
                    Some(a) if !titled_later => a,
                    _ => {
                        // ("candidate for governor, Ana Ruiz": the office she runs for is
                        // no title)
                        let run_for = |r: usize| {
                            self.token_before(self.cands[r].span.start)
                                .is_some_and(|k| self.word(k) == "for")
                        };
                        let (country, office, role) = match self.title_of.get(&c).copied() {
                            Some(r) if !run_for(r) => {
                                let p = self.phrases.get(&r).cloned().unwrap_or_default();
                                let (office, role) = self.office_of(r, p.country.as_deref());
                                // "a spokesman for the Sudanese army": the army's role
                                // ("a party spokeswoman, Aminatou Bello": the party's)
                                // "Senate Minority Leader Harry Reid": a legislator of
                                // that legislature's country
                                let legislature = self.legislature_before_title(r);
                                // ("Senate Minority Leader Harry Reid" holds no state
                                // office: "the president" is not him; a committee's
                                // "Chairman Bob Corker" stays "the chairman")
                                let office =
                                    office.filter(|o| legislature.is_none() || !o.of_state());
                                let role = p
                                    .pp_role_cand
                                    .and_then(|x| self.official_body_role(r, x))
                                    .or_else(|| legislature.map(|_| "LEG".to_string()))
                                    .or_else(|| self.body_modifier_role(r))
                                    .or_else(|| self.official_before_rank(r))
                                    .or(role);
                                // ("Ohio Gov. John Kasich": a US state's office is the
                                // United States')
                                let p = Phrase {
                                    country: p
                                        .country
                                        .clone()
                                        .or_else(|| {
                                            legislature.and_then(|x| self.legislature_country(x))
                                        })
                                        .or_else(|| self.us_state_country(p.span))
                                        .or_else(|| {
                                            // "Senator Ana Ruiz, the Iowa Republican"
                                            self.partisan_state_apposition(span.end)
                                                .and(
                                                    self.stage
                                                        .country_index
                                                        .get(&self.stage.states_country),
                                                )
                                                .map(|_| self.stage.states_country.clone())
                                        }),
                                    ..p
                                };
                                // "Opposition leader Nino Beridze": a domestic role with no
                                // country of its own is the article's main country's
                                // ("Government spokesman Rene Sadi": the story's country when
                                // it has one, see `document_country`)
                                let domestic =
                                    role.as_deref().is_some_and(|r| DOMESTIC_ROLES.contains(&r));
                                let story = p.country.is_none()
                                    && legislature.is_none()
                                    && (role.as_deref() != Some("GOV") || !self.named_staff(r))
                                    && p.igo.is_none()
                                    && p.group.is_none()
                                    && p.possessor.is_none()
                                    && role
                                        .as_deref()
                                        .is_some_and(|r| STORY_COUNTRY_ROLES.contains(&r));
                                // (not the scene's: "In Washington, Foreign Minister X
                                // said" is a visitor as often as not)
                                let prior = story.then(|| self.prior_country()).flatten();
                                inferred = prior.is_some();
                                // "Nicaragua broke off relations with Israel, with Vice
                                // President Rosario Murillo calling ...": a government title
                                // after a comma speaks for the state the sentence opens with
                                let state = (story && role.as_deref() == Some("GOV"))
                                    .then(|| self.subject_state_country(p.span))
                                    .flatten();
                                let country =
                                    p.country.or(prior).or(state).or_else(|| {
                                        domestic.then(|| self.salient_country()).flatten()
                                    });
                                // ("President Jimmy Carter" in a 2016 story: a past
                                // holder, ELI, who holds no office now; not a legislator's
                                // title, nor an organisation's office: "Acme Corp.
                                // President Dana Holt")
                                let plain = role.as_deref() == Some("GOV")
                                    && legislature.is_none()
                                    && !p.apposition
                                    && p.possessor.is_none()
                                    && p.pp_role_cand.is_none()
                                    && !self.after_proper_noun(r)
                                    // ("deputy prime minister Tariq Aziz": no holder of
                                    // the office named)
                                    && !self.token_before(self.cands[r].span.start).is_some_and(
                                        |k| {
                                            matches!(
                                                self.word(k).to_lowercase().as_str(),
                                                "deputy" | "vice" | "acting"
                                            )
                                        },
                                    );
                                let office_there =
                                    office.or_else(|| self.office_of(r, country.as_deref()).0);
                                let past = plain
                                    && self.past_holder(&name, country.as_deref(), office_there);
                                let (office, role) = match past {
                                    true => (None, Some("ELI".to_string())),
                                    false => (office, role),
                                };
                                // "Former Ohio governor Tom Webb": ELI
                                let role =
                                    self.former_role(role, self.token_at(self.cands[r].span.start));
                                (country, office, role)
                            }
                            _ => (None, None, None),
                        };
                        // "A NATO spokesman, Henrik Dahl": no country, the IGO's code
                        let igo_code = self
                            .title_of
                            .get(&c)
                            .and_then(|r| self.phrases.get(r)?.igo.as_deref())
                            .and_then(|id| self.kb().igos().iter().find(|g| g.id == id))
                            .map(|g| g.code.clone());
                        // "Hamas political leader Ismail Haniyeh": a member of the named
                        // group, coded as the group (as "a Hamas official" is)
                        let group = self
                            .title_of
                            .get(&c)
                            .and_then(|r| self.phrases.get(r))
                            .filter(|p| p.country.is_none())
                            .and_then(|p| self.kb().groups().get(p.group? as usize));
                        let (country, role, igo_code) = match group {
                            Some(g) => (
                                g.country.clone(),
                                Some(g.role.clone()),
                                Some(g.code.clone()),
                            ),
                            None => (country, role, igo_code),
                        };
                        let code = match (&country, &role) {
                            _ if group.is_some() => igo_code,
                            (Some(c), Some(r)) => Some(format!("{c}{r}")),
                            (None, _) => igo_code,
                            _ => None,
                        };
                        if let Some(a) = existing {
                            inferred &= code.is_some();
                            if code.is_some() {
                                let state = &mut self.actors[a as usize];
                                state.actor.code = code;
                                state.actor.country = country;
                                state.actor.role = role;
                                state.office = office;
                            }
                            a
                        } else {
                            let a = self.actors.len() as u32;
                            self.by_key.insert(key.clone(), a);
                            let mut state = ActorState::new(Actor {
                                name: name.clone(),
                                kind: ActorKind::Person,
                                code,
                                country,
                                role,
                                kb_id: None,
                                mentions: Vec::new(),
                            });
                            state.office = office;
                            self.actors.push(state);
                            a
                        }
                    }
                };
                // "Gowdy promises ..." in the headline, "Chairman Trey Gowdy" after: the
                // surname named first takes the full name
                if self.actors[actor as usize].actor.name != name
                    && name.ends_with(&format!(" {}", self.actors[actor as usize].actor.name))
                {
                    self.actors[actor as usize].actor.name = name.clone();
                    self.by_key.insert(key, actor);
                }
                if inferred {
                    self.note_inferred(actor);
                }
                // the legislature word titling the person is no mention of its own
                if let Some(k) = self
                    .title_of
                    .get(&c)
                    .and_then(|&r| self.legislature_before_title(r))
                {
                    let word = self.cands[k].span;
                    self.remove_mentions(|m| m.span == word);
                }
                self.name_with_title(c, actor);
            }
            NameKind::Organization => {
                // a legislature's committee: that legislature's actor
                let body = self
                    .committees
                    .iter()
                    .find(|(c, _)| c.overlaps(span))
                    .and_then(|&(_, w)| self.cand_at(w.start))
                    .and_then(|x| self.cand_actor.get(x).copied().flatten());
                if let Some(a) = body {
                    self.mention(c, a, span, MentionForm::Name);
                    return;
                }
                // "the Justice Department", "Acme Corp.": a body or company of the
                // country a demonym before it names, else of the story's country
                let role = self.body_name_role(&name, span);
                let before = role
                    .as_ref()
                    .and_then(|_| self.demonym_country_before(span))
                    .map(str::to_string);
                let story = (role.is_some() && before.is_none())
                    .then(|| self.prior_country())
                    .flatten();
                let inferred = story.is_some();
                let country = before.or(story);
                let code = country
                    .as_ref()
                    .zip(role.as_ref())
                    .map(|(c, r)| format!("{c}{r}"));
                let (country, role) = match code {
                    Some(_) => (country, role),
                    None => (None, None),
                };
                let key = format!("name:org:{name}");
                let actor = self.actor_by_key(key, |_| Actor {
                    name,
                    kind: ActorKind::Organization,
                    code,
                    country,
                    role,
                    kb_id: None,
                    mentions: Vec::new(),
                });
                if inferred {
                    self.note_inferred(actor);
                }
                self.mention(c, actor, span, MentionForm::Name);
            }
            NameKind::Place => {}
        }
    }

    /// The role `data/body_name_heads.tsv` gives an organisation's name by its last word
    /// ("Justice Department" GOV, "Acme Corp." BUS) or by its first before "of"
    /// ("Department of Justice"); none when a word of the name names a country ("Iraqi
    /// Justice Ministry" is left to the country's own rules).
    ///
    /// A head word right before the head gives its own role ("Police Department" COP). In a
    /// headline in title case only names of one or two words count, and never a name
    /// holding a capitalised preposition or auxiliary ("Suspect Named By Police").
    fn body_name_role(&self, name: &str, span: Span) -> Option<String> {
        const CLOSED: &[&str] = &[
            "by", "to", "on", "in", "at", "for", "with", "from", "would", "will", "could",
            "should", "can", "may", "is", "are", "was", "were",
        ];
        let words: Vec<&str> = name
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        let at = match words.iter().position(|w| *w == "of") {
            Some(1) => 0,
            Some(_) => return None,
            None => words.len().checked_sub(1)?,
        };
        let role_of = |w: &str| {
            self.stage
                .body_name_heads
                .get(&w.trim_end_matches('.').to_lowercase())
        };
        let mut role = role_of(words[at])?;
        if let Some(r) = at.checked_sub(1).and_then(|k| role_of(words[k])) {
            role = r;
        }
        let headline = self
            .sentence_of(span.start)
            .is_some_and(|s| self.title_case(s));
        // ("Inc." alone is a cut name, no company)
        if (headline && words.len() > 2)
            || (role == "BUS" && words.len() < 2)
            || words.iter().any(|w| {
                CLOSED.contains(&w.to_lowercase().as_str()) || self.kb().country(w).is_some()
            })
        {
            return None;
        }
        Some(role.clone())
    }

    /// Person actors of the article, best first, for a description.
    fn known_person(
        &self,
        country: Option<&str>,
        offices: &[Office],
        need_office: bool,
        not: &[u32],
    ) -> Option<u32> {
        let mut best: Option<(usize, u32, u32)> = None; // (office rank, -, last)
        for (i, a) in self.actors.iter().enumerate() {
            if a.actor.kind != ActorKind::Person || a.count == 0 || not.contains(&(i as u32)) {
                continue;
            }
            if let Some(c) = country {
                if a.actor.country.as_deref() != Some(c) {
                    continue;
                }
            }
            let rank = a
                .office
                .and_then(|o| offices.iter().position(|&x| x == o))
                .unwrap_or(offices.len());
            if need_office && rank == offices.len() {
                continue;
            }
            if !need_office && a.actor.role.as_deref() != Some("GOV") && rank == offices.len() {
                continue;
            }
            let better = match best {
                None => true,
                Some((r, _, last)) => rank < r || (rank == r && a.last > last),
            };
            if better {
                best = Some((rank, i as u32, a.last));
            }
        }
        best.map(|b| b.1)
    }

    /// Whether a capitalised word or an initial follows `span` after one blank ("Petro
    /// O. Poroshenko"): the name goes on past it.
    fn name_goes_on(&self, span: Span) -> bool {
        let next = self.tokens.partition_point(|t| t.start < span.end);
        self.text
            .get(span.end as usize..)
            .is_some_and(|r| r.starts_with(' '))
            && self.word(next).starts_with(char::is_uppercase)
    }

    /// For a monarch's noun ("the king", "the emir", "the monarch"), the KB people of the
    /// article who hold no crown at its date: their offices there are titled otherwise
    /// ("President"), or titled "Head of State" in a country whose own titles for it
    /// (`titles.tsv`) leave the noun out (a US president), or another person of the article
    /// holds an office so titled ("King"). Empty for other nouns or with no date.
    fn not_monarchs(&self, r: usize) -> Vec<u32> {
        const MONARCH_WORDS: &[&str] = &[
            "king", "queen", "monarch", "emir", "amir", "sultan", "emperor", "prince",
        ];
        let Some(date) = self.date else {
            return Vec::new();
        };
        let Some(cand) = self.cands.get(r) else {
            return Vec::new();
        };
        let noun = self
            .slice(cand.span)
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .to_lowercase();
        if !MONARCH_WORDS.contains(&noun.as_str()) {
            return Vec::new();
        }
        let crowned = |t: &str| {
            let t = t.to_lowercase();
            MONARCH_WORDS.iter().any(|w| t.split(' ').any(|x| x == *w))
        };
        // per KB person of the article: (actor, crowned, a title that excludes a crown)
        let mut people: Vec<(u32, bool, bool)> = Vec::new();
        for (entry, &a) in &self.by_entry {
            let EntryRef::Person(p) = *entry else {
                continue;
            };
            let mut crown = false;
            let mut other = false;
            for role in self.kb().roles_of(p).filter(|x| x.valid.contains(date)) {
                if role.office != Office::HeadOfState && role.office != Office::HeadOfGovernment {
                    continue;
                }
                if crowned(&role.title) {
                    crown = true;
                } else if role.title.to_lowercase() != "head of state" {
                    other = true;
                } else if let Some(c) = role.country.as_deref() {
                    // a country whose own titles for the office name no crown
                    let own: Vec<&attache_kb::Title> = (self.kb().titles().iter())
                        .filter(|t| t.country.as_deref() == Some(c) && t.office == role.office)
                        .collect();
                    if !own.is_empty() && !own.iter().any(|t| crowned(&t.title)) {
                        other = true;
                    }
                }
            }
            people.push((a, crown, other && !crown));
        }
        let any_crowned = people.iter().any(|&(_, c, _)| c);
        let mut out: Vec<u32> = people
            .iter()
            .filter(|&&(_, crown, other)| other || (any_crowned && !crown))
            .map(|&(a, _, _)| a)
            .collect();
        out.sort_unstable();
        out
    }

    fn resolve_role(&mut self, r: usize) {
        if self.consumed[r] {
            return;
        }
        if self.is_modifier(r) && !self.demonym_body(r) {
            return;
        }
        let before = self.mentions.len();
        self.resolve_role_phrase(r);
        if self.mentions.len() > before {
            return;
        }
        // nothing came of the phrase: its country words are mentions of their own again
        let Some(phrase) = self.phrases.get(&r).cloned() else {
            return;
        };
        if phrase.name.is_some() {
            return;
        }
        for k in 0..self.cands.len() {
            if self.consumed[k] && k != r && phrase.span.contains(self.cands[k].span) {
                self.consumed[k] = false;
                if let What::Kb(surfaces) = self.cands[k].what {
                    self.resolve_kb(k, surfaces);
                }
            }
        }
    }

    /// A role word used as a modifier: "separatist positions" (NOUN after it, when POS
    /// tags exist), "government troops" (another role word right after it).
    fn is_modifier(&self, r: usize) -> bool {
        let end = self.cands[r].span.end;
        let next = self.tokens.partition_point(|t| t.start < end);
        let Some(t) = self.tokens.get(next) else {
            return false;
        };
        if self.sentence_of(t.start) != Some(self.cands[r].sentence) {
            return false;
        }
        let word = self.word(next);
        // "a Kenyan army convoy", "a police patrol", "an army base": a force's own vehicles, units and bases
        // stand for the force, which the phrase names
        let role = self.office_of(r, None).1;
        if FORCE_UNIT_NOUNS.contains(&word.to_lowercase().as_str())
            && matches!(role.as_deref(), Some("MIL" | "COP"))
        {
            return false;
        }
        // "its government websites", "a ministry building": a government's property
        // stands for the government
        let body = match self.cands[r].what {
            What::Role(w) => self
                .stage
                .words
                .get(w as usize)
                .and_then(|(_, x)| x.agent)
                .and_then(|a| self.kb().agents().get(a as usize))
                .is_some_and(|a| a.kind == ActorKind::Organization),
            _ => false,
        };
        if GOVERNMENT_PROPERTY_NOUNS.contains(&word.to_lowercase().as_str())
            && role.as_deref() == Some("GOV")
            && body
        {
            return false;
        }
        // "demanded that the commission order a recount": a noun followed by a determiner
        // is the clause's verb (a subjunctive the tagger read as a noun), not the head the
        // body modifies
        // ("The army commanders the president appointed": a plural noun, ending in -s
        // but not -ss or -us, is no subjunctive verb and is modified)
        let then = self.word(next + 1).to_lowercase();
        let lower = word.to_lowercase();
        let plural = lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us");
        if !plural
            && VERB_OBJECT_OPENERS.contains(&then.as_str())
            && self.sentence_of(self.tokens.get(next + 1).map_or(0, |t| t.start))
                == Some(self.cands[r].sentence)
        {
            return false;
        }
        let lower_word = word.chars().next().is_some_and(char::is_lowercase);
        (lower_word && self.noun.get(next).copied().unwrap_or(false))
            || self
                .cand_at(t.start)
                .is_some_and(|k| matches!(self.cands[k].what, What::Role(_)))
    }

    /// The role word right before role candidate `r` in its sentence when it names the
    /// opposition ("Opposition parties", "opposition lawmakers"): it gives the phrase its role.
    fn opposition_modifier(&self, r: usize) -> Option<usize> {
        let start = self.cands[r].span.start;
        let prev = self.token_before(start)?;
        let k = self.cand_at(self.tokens.get(prev)?.start)?;
        let What::Role(w) = self.cands[k].what else {
            return None;
        };
        let (_, word) = self.stage.words.get(w as usize)?;
        let agent = word
            .agent
            .and_then(|a| self.kb().agents().get(a as usize))?;
        (agent.role == "OPP" && self.cands[k].sentence == self.cands[r].sentence).then_some(k)
    }

    /// Whether legislature candidate `r` (`data/body_countries.tsv`) is a state's or
    /// province's: "state" or a capitalised place that is no country right before it ("the
    /// Kentucky House", "the state Senate", "the Missouri House of Representatives"). Such
    /// a body is no country's national legislature.
    fn subnational_body(&mut self, r: usize) -> bool {
        use crate::Gazetteer as G;
        let Some(What::Role(w)) = self.cands.get(r).map(|c| &c.what) else {
            return false;
        };
        let w = *w;
        let Some((text, entry)) = self.stage.words.get(w as usize) else {
            return false;
        };
        // ("state senators", "state lawmakers": a legislator noun too)
        let legislator = entry
            .agent
            .and_then(|a| self.kb().agents().get(a as usize))
            .is_some_and(|a| a.role == "LEG");
        if !self.stage.body_countries.contains_key(text) && !legislator {
            return false;
        }
        // "the legislature passed" in a US story: a state's (the US one is Congress)
        if matches!(text.as_str(), "legislature" | "legislatures")
            && self.prior_country().as_deref() == Some(self.stage.states_country.as_str())
        {
            return true;
        }
        let Some((_, prev)) = self.token_before_cand(r) else {
            return false;
        };
        let word = self.word(prev);
        if word.eq_ignore_ascii_case("state") || word.eq_ignore_ascii_case("provincial") {
            return true;
        }
        if !self.stage.body_countries.contains_key(text) {
            return false;
        }
        let class = self.stage.names.gazetteer.classes(word);
        // ("In Congress": a word the syntax tagger calls no proper noun is no state)
        word.starts_with(char::is_uppercase)
            && !self.not_propn.get(prev).copied().unwrap_or(false)
            && class & G::PLACE != 0
            && class & G::COUNTRY == 0
            && self
                .cand_covering(self.tokens[prev].start)
                .is_none_or(|k| self.entry_of_cand(k).is_none())
    }

    /// The token right before candidate `r` in its sentence: (its start, its index).
    fn token_before_cand(&self, r: usize) -> Option<(u32, usize)> {
        let start = self.cands.get(r)?.span.start;
        let prev = self.token_before(start)?;
        let t = self.tokens[prev];
        (self.sentence_of(t.start) == Some(self.cands[r].sentence)).then_some((t.start, prev))
    }

    /// Whether the word right before candidate `r` names a region of several countries
    /// ("Caribbean leaders", "European diplomats"): such a group is nobody's of the story's
    /// country.
    fn region_word_before(&self, r: usize) -> bool {
        let start = self.cands[r].span.start;
        let Some(prev) = self.token_before(start) else {
            return false;
        };
        self.sentence_of(self.tokens[prev].start) == Some(self.cands[r].sentence)
            && (REGION_ADJECTIVES.contains(&self.word(prev))
                || PEOPLE_ADJECTIVES.contains(&self.word(prev)))
    }

    /// Whether the description at `span` is followed by "of" or "from" and a number of states
    /// ("ministers of 12 nations", "leaders from several countries", "officials of both
    /// governments"): a group of many states, of none of them alone, nor of the story's or
    /// the scene's country.
    fn of_many_states(&self, span: Span) -> bool {
        let Some(rest) = self.text.get(span.end as usize..) else {
            return false;
        };
        let Some(rest) = rest
            .strip_prefix(" of ")
            .or_else(|| rest.strip_prefix(" from "))
        else {
            return false;
        };
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        let mut words = rest.split(' ');
        let count = words.next().unwrap_or("");
        let count = count.to_lowercase();
        let many = count.chars().all(|c| c.is_ascii_digit()) && !count.is_empty()
            || NUMBER_WORDS.contains(&count.as_str())
            || MANY_WORDS.contains(&count.as_str());
        // ("ministers of 12 Asian nations", "from six Southeast Asian countries", "of 15
        // member states": up to three capitalised or describing words before the noun)
        let states = words
            .take(4)
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphabetic()))
            .find(|w| !(w.starts_with(char::is_uppercase) || STATE_DESCRIBING_WORDS.contains(w)))
            .is_some_and(|w| matches!(w, "nations" | "countries" | "states" | "governments"));
        many && states
    }

    /// Whether a word of [`NOT_OWN_WORDS`] ("a foreign government", "any party") modifies
    /// role word `r`: among the lower-case words right before it (at most three, back to a
    /// determiner, punctuation or a verb), or `r`'s own phrase opens with one. Such a body
    /// is no particular one of the story's country.
    fn not_own_modifier(&self, r: usize, phrase: &Phrase) -> bool {
        let Some(at) = self.token_at(self.cands[r].span.start) else {
            return false;
        };
        // (capitalised only where it opens the sentence: "World leaders met", not the
        // "Workers World Party")
        let sentence = self.cands[r].sentence;
        let listed = |k: usize| {
            let w = self.word(k);
            let opens = k == 0 || self.sentence_of(self.tokens[k - 1].start) != Some(sentence);
            NOT_OWN_WORDS
                .iter()
                .any(|n| w == *n || (opens && w.eq_ignore_ascii_case(n)))
        };
        if self
            .token_at(phrase.span.start)
            .is_some_and(|k| k < at && listed(k))
        {
            return true;
        }
        for k in (at.saturating_sub(3)..at).rev() {
            if listed(k) {
                return true;
            }
            let w = self.word(k);
            if self.verb.get(k) == Some(&true)
                || !w.chars().all(char::is_alphabetic)
                || matches!(w.to_lowercase().as_str(), "a" | "an" | "the")
            {
                return false;
            }
        }
        false
    }

    /// The owner a role word's own words name, when it has one and no possessor: the
    /// country of the person named right before an organisation's noun ("the Ortega
    /// regime"; none for a person the KB does not know; a KB name of no country tells
    /// nothing: "the Bush administration" of an undated story), of the name before ",
    /// whose" ("Iran, whose leaders"), or nobody's for "your" (the people addressed).
    /// `None`: no such owner. A person's staff ("Trump officials") are
    /// [`Work::named_staff`]'s.
    fn named_owner(&self, r: usize, body: bool) -> Option<Option<String>> {
        let at = self.token_at(self.cands[r].span.start)?;
        let prev = at.checked_sub(1)?;
        let actor_country = |c: usize| {
            self.cand_actor
                .get(c)
                .copied()
                .flatten()
                .and_then(|a| self.actors.get(a as usize)?.actor.country.clone())
                .or_else(|| self.country_of_cand(c))
        };
        match self.word(prev).to_lowercase().as_str() {
            "your" => return Some(None),
            "whose" => {
                let mut k = prev.checked_sub(1)?;
                if self.word(k) == "," {
                    k = k.checked_sub(1)?;
                }
                let c = self.cand_at(self.tokens.get(k)?.start)?;
                return Some(actor_country(c));
            }
            _ => {}
        }
        if !body {
            return None;
        }
        let (c, _) = self.cand_on_token_before(r)?;
        match &self.cands[c].what {
            What::Unknown(NameKind::Person) => Some(actor_country(c)),
            What::Kb(_) if matches!(self.entry_of_cand(c), Some(EntryRef::Person(_))) => {
                actor_country(c).map(Some)
            }
            _ => None,
        }
    }

    /// The candidate on the token right before candidate `r`, with that token's index.
    fn cand_on_token_before(&self, r: usize) -> Option<(usize, usize)> {
        let start = self.cands.get(r)?.span.start;
        let prev = self.token_before(start)?;
        Some((self.cand_at(self.tokens.get(prev)?.start)?, prev))
    }

    /// Whether token `k` is a legislature's role word (`data/body_countries.tsv`, a LEG
    /// office: "Senate", "House").
    fn legislature_role_at(&self, k: usize) -> bool {
        self.tokens
            .get(k)
            .is_some_and(|t| self.legislature_word(*t))
    }

    /// Whether the country name or adjective at `span` is inside an organisation's capitalised
    /// name: right after "for", "of" or "on" that follows a capitalised word of
    /// organisations' names (the gazetteer's) and right before another capitalised word
    /// ("the Institute for Canadian Progress"): the name's, no mention of the country.
    fn demonym_inside_organisation_name(&self, span: Span) -> bool {
        let Some(k) = self.token_at(span.start) else {
            return false;
        };
        let next = self.tokens.partition_point(|t| t.start < span.end);
        let (Some(of), Some(head)) = (k.checked_sub(1), k.checked_sub(2)) else {
            return false;
        };
        let same = |j: usize| {
            self.tokens
                .get(j)
                .is_some_and(|t| self.sentence_of(t.start) == self.sentence_of(span.start))
        };
        let head_word = self.word(head);
        matches!(self.word(of), "for" | "of" | "on")
            && same(head)
            && same(next)
            && head_word.starts_with(char::is_uppercase)
            && self.stage.names.gazetteer.classes(head_word) & crate::Gazetteer::ORGANIZATION != 0
            && self.word(next).starts_with(char::is_uppercase)
            && self.word(next).chars().all(char::is_alphabetic)
    }

    /// The capitalised legislature word (`data/body_countries.tsv`) opening the run of up to
    /// four capitalised words right before title candidate `r` ("Senate Minority Leader",
    /// "Senate Foreign Relations Committee Chairman").
    fn legislature_before_title(&self, r: usize) -> Option<usize> {
        let c = self.cands.get(r)?;
        if !self.role_names_person(c) {
            return None;
        }
        let (_, range) = self.sentences.get(c.sentence as usize)?;
        let head = self.token_at(c.span.start)?;
        let mut k = head;
        while k > range.start && head - k < 4 {
            k -= 1;
            let w = self.word(k);
            if !w.starts_with(char::is_uppercase) || !w.chars().all(char::is_alphabetic) {
                return None;
            }
            let Some(x) = self.cand_at(self.tokens[k].start) else {
                continue;
            };
            let What::Role(rw) = self.cands[x].what else {
                return None;
            };
            let text = &self.stage.words.get(rw as usize)?.0;
            let legislature = self.stage.body_countries.contains_key(text)
                && self.office_of(x, None).1.as_deref() == Some("LEG");
            return legislature.then_some(x);
        }
        None
    }

    /// The role of the role word right before role candidate `r` in its sentence, when `r`
    /// names a generic official (a GOV noun: "spokeswoman", "official") and that word
    /// another body ("party spokeswoman" PTY, "army spokesman" MIL, "police official" COP).
    fn body_modifier_role(&self, r: usize) -> Option<String> {
        let k = self.body_before(r)?;
        if self.cands[k].sentence != self.cands[r].sentence
            || !matches!(self.cands[k].what, What::Role(_))
            || self.office_of(r, None).1.as_deref() != Some("GOV")
            || self.is_junta(k)
        {
            return None;
        }
        self.office_of(k, None)
            .1
            .filter(|role| role != "GOV" && STORY_COUNTRY_ROLES.contains(&role.as_str()))
    }

    /// The role of the private owner word right before generic official `r` (a GOV staff
    /// noun of `data/staff_nouns.txt`: "leaders", "officials"), from `PRIVATE_OWNER_ROLES`:
    /// "Chilean union leaders" are Chile's labour (CHLLAB), "Cuban exile leaders" its
    /// opposition in exile (CUBOPP), "student leaders" EDU, "business leaders" BUS; never the
    /// state's government.
    fn private_owner_role(&self, r: usize) -> Option<String> {
        let cand = self.cands.get(r)?;
        if self.office_of(r, None).1.as_deref() != Some("GOV")
            || !self
                .stage
                .staff_nouns
                .contains(&self.slice(cand.span).to_lowercase())
        {
            return None;
        }
        let k = self.token_before(cand.span.start)?;
        if self.sentence_of(self.tokens[k].start) != Some(cand.sentence) {
            return None;
        }
        let w = self.word(k);
        PRIVATE_OWNER_ROLES
            .iter()
            .find(|(x, _)| *x == w)
            .map(|(_, role)| role.to_string())
    }

    /// The state body (a GOV or MIL organisation noun: "Foreign Ministry", "government",
    /// "army") right before generic official `r` in its sentence ("a Foreign Ministry
    /// spokesman"), with no country of its own. The story's country is the body's
    /// ([`Work::prior_country`]).
    fn state_body_before(&self, r: usize) -> Option<usize> {
        let prev = self.token_before(self.cands.get(r)?.span.start)?;
        let k = self.cand_covering(self.tokens.get(prev)?.start)?;
        let What::Role(w) = self.cands[k].what else {
            return None;
        };
        let (text, word) = self.stage.words.get(w as usize)?;
        // ("a Foreign Office spokesman": a body of `data/body_countries.tsv` has a
        // country of its own reading)
        if self.stage.body_countries.contains_key(text) {
            return None;
        }
        let organisation = word
            .agent
            .and_then(|a| self.kb().agents().get(a as usize))
            .is_some_and(|a| a.kind == ActorKind::Organization);
        (self.cands[k].sentence == self.cands[r].sentence
            && organisation
            && self.office_of(r, None).1.as_deref() == Some("GOV")
            && matches!(self.office_of(k, None).1.as_deref(), Some("GOV" | "MIL"))
            && self.phrases.get(&k).is_none_or(|p| p.country.is_none()))
        .then_some(k)
    }

    /// The one country whose head of state `title` names, when `titles.tsv` has it for
    /// that country alone and for no other office ("pope", "pontiff": VAT).
    fn sole_title_country(&self, title: &str) -> Option<String> {
        let title = title.to_lowercase();
        let mut rows = self.kb().titles().iter().filter(|t| t.title == title);
        let first = rows.next()?;
        let country = first.country.clone()?;
        (first.office == Office::HeadOfState
            && rows.all(|t| t.country.as_ref() == Some(&country) && t.office == first.office))
        .then_some(country)
    }

    /// Whether the article's role words name the police (COP) and no armed forces (MIL)
    /// other than the nouns the two share ([`ActorResolution::police_or_military`]).
    fn story_names_police_only(&self) -> bool {
        if let Some(known) = self.police_only.get() {
            return known;
        }
        let police = self.read_police_only();
        self.police_only.set(Some(police));
        police
    }

    fn read_police_only(&self) -> bool {
        let mut police = false;
        for (k, c) in self.cands.iter().enumerate() {
            self.checks.set(self.checks.get() + 1);
            if !matches!(c.what, What::Role(_)) {
                continue;
            }
            match self.office_of(k, None).1.as_deref() {
                Some("COP") => police = true,
                Some("MIL")
                    if !self
                        .stage
                        .police_or_military
                        .contains(&self.slice(c.span).to_lowercase()) =>
                {
                    return false;
                }
                _ => {}
            }
        }
        police
    }

    /// The role word right before role candidate `r`, over party words ("Senate
    /// Republican leaders": "Senate").
    fn body_before(&self, r: usize) -> Option<usize> {
        let mut prev = self.token_before(self.cands.get(r)?.span.start)?;
        while self.stage.partisan(self.word(prev))
            && self.cand_at(self.tokens[prev].start).is_none()
        {
            prev = prev.checked_sub(1)?;
        }
        self.cand_at(self.tokens.get(prev)?.start)
    }

    /// "Junta spokesman Colonel Amadou Diallo", "government spokesman Major X": a rank
    /// (`r`, a MIL or COP title) right after a generic official's noun (a GOV role word)
    /// holds that office; the role is the official's (GOV, or the body before it: "army
    /// spokesman Colonel X" MIL).
    fn official_before_rank(&self, r: usize) -> Option<String> {
        let role = self.office_of(r, None).1?;
        if !matches!(role.as_str(), "MIL" | "COP") {
            return None;
        }
        let (k, prev) = self.cand_on_token_before(r)?;
        if self.cands[k].sentence != self.cands[r].sentence
            || self.cands[k].span.end != self.tokens[prev].end
            || !matches!(self.cands[k].what, What::Role(_))
            || self.office_of(k, None).1.as_deref() != Some("GOV")
        {
            return None;
        }
        self.body_modifier_role(k).or(Some("GOV".to_string()))
    }

    /// Whether candidate `k` is the role word "junta": a junta is the military as a
    /// body, but its spokesman or official speaks for the government it is ("Junta
    /// spokesman Colonel Amadou Diallo", "a spokesman for the junta": GOV, not MIL).
    fn is_junta(&self, k: usize) -> bool {
        matches!(self.cands.get(k).map(|c| &c.what), Some(What::Role(_)))
            && matches!(
                self.slice(self.cands[k].span).to_lowercase().as_str(),
                "junta" | "juntas" | "military junta" | "military juntas"
            )
    }

    /// The role a body candidate `x` gives the generic official of role candidate `r`
    /// ("a spokeswoman for the defence ministry": MIL): its own, except a junta's
    /// official, who is the government's.
    fn official_body_role(&self, r: usize, x: usize) -> Option<String> {
        if self.is_junta(x) && self.office_of(r, None).1.as_deref() == Some("GOV") {
            return None;
        }
        self.office_of(x, None).1
    }

    /// "the Chinese military drills", "Kenyan opposition supporters": a role word after a
    /// demonym, modifying a noun that names no one, is the country's body it names (the
    /// labelled set's convention); without a demonym ("shared intelligence", "a police
    /// car") it stays a modifier.
    fn demonym_body(&self, r: usize) -> bool {
        let end = self.cands[r].span.end;
        let next = self.tokens.partition_point(|t| t.start < end);
        let Some(t) = self.tokens.get(next) else {
            return false;
        };
        // "the Syrian refugee crisis", "a Jordanian refugee camp": a noun of the compound
        // after the role word naming a matter (`data/issue_nouns.txt`) names no body, nor
        // one naming people against or hurt by it ("Russian government critics", "Kenyan
        // police victims": `data/outsider_nouns.txt`)
        let issue = (next..self.tokens.len())
            .take_while(|&k| self.noun.get(k) == Some(&true))
            .take(3)
            .any(|k| {
                let w = self.slice(self.tokens[k]);
                w.starts_with(char::is_lowercase)
                    && (self.stage.issue_nouns.contains(w) || self.stage.outsider_nouns.contains(w))
            });
        if issue {
            return false;
        }
        // ("Israeli army chief": the chief's phrase reads the demonym)
        if self
            .cand_at(t.start)
            .is_some_and(|k| matches!(self.cands[k].what, What::Role(_)))
        {
            return false;
        }
        let Some(phrase) = self.phrases.get(&r) else {
            return false;
        };
        let (start, role_start) = (phrase.span.start, self.cands[r].span.start);
        let mut demonyms = self
            .overlapping_cands(Span {
                start,
                end: role_start,
            })
            .filter(|&c| {
                let sp = self.cands[c].span;
                sp.start >= start
                    && sp.end <= role_start
                    && matches!(self.entry_of_cand(c), Some(EntryRef::Country(_)))
                    && self.cands[c].what.kb_surfaces().is_some_and(|ss| {
                        ss.iter().any(|&x| {
                            self.kb()
                                .surfaces()
                                .get(x as usize)
                                .is_some_and(|s| s.form == NameForm::Demonym)
                        })
                    })
            });
        // the phrase is the country's body the role word names, as before a force's own
        // vehicles ("a Kenyan army convoy"): "the Chinese military drills" CHNMIL,
        // "Kenyan opposition supporters" KENOPP
        demonyms.next().is_some()
    }

    /// "the new security regime", "a sanctions regime": a role word of
    /// `data/rule_system_nouns.txt` after a common noun, in a phrase that names no country,
    /// seat or possessor, is a system of rules, no body ("the Syrian regime", "the regime in
    /// Damascus", "Assad's regime" still are).
    fn rule_system(&self, phrase: &Phrase, r: usize, text: &str) -> bool {
        if !self.stage.rule_system_nouns.contains(text)
            || phrase.possessor.is_some()
            || phrase.igo.is_some()
            || phrase.group.is_some()
        {
            return false;
        }
        let Some(head) = self.token_at(self.cands[r].span.start) else {
            return false;
        };
        // a country the rules are for ("an inspection regime for Iran", "the sanctions
        // regime on Syria") is no seat of the body; one by name or in a place is ("the
        // Syrian regime", "the regime in Damascus")
        if phrase.country.is_some()
            && !(phrase.pp_country
                && matches!(self.word(head + 1), "for" | "on" | "against" | "over"))
        {
            return false;
        }
        let first = self.token_at(phrase.span.start).unwrap_or(head);
        (first..head).any(|k| {
            let w = self.slice(self.tokens[k]);
            self.noun.get(k) == Some(&true)
                && w.starts_with(char::is_lowercase)
                && self.cand_at(self.tokens[k].start).is_none()
        })
    }

    fn resolve_role_phrase(&mut self, r: usize) {
        if self.consumed[r] || (self.is_modifier(r) && !self.demonym_body(r)) {
            return;
        }
        let Some(mut phrase) = self.phrases.get(&r).cloned() else {
            return;
        };
        if phrase.name.is_some() {
            return; // handled with the name
        }
        let Some(What::Role(w)) = self.cands.get(r).map(|c| c.what) else {
            return;
        };
        let Some((mut text, word)) = self.stage.words.get(w as usize).cloned() else {
            return;
        };
        // "the two presidents", "both delegations": the actors named so before, never one
        if word.plural {
            if let Some((n, start)) = self.quantified(r) {
                let span = Span {
                    start: start.min(phrase.span.start),
                    end: phrase.span.end,
                };
                return self.members(r, span, &text, &word, n);
            }
        }
        // "Opposition parties", "opposition lawmakers": the opposition, whatever the head
        let opposition = self.opposition_modifier(r);
        if let Some(k) = opposition {
            phrase.span = self.cands[k].span.cover(phrase.span);
            text = format!("opposition {text}");
        }
        let definite = phrase.det.as_deref().is_some_and(|d| d != "a" && d != "an")
            || phrase.possessor.is_some();
        let span = phrase.span;
        if self.rule_system(&phrase, r, &text) {
            return;
        }
        // "The militant Muslim group Hamas": a description the KB group's name closes is
        // that group's, no second actor
        if self.describes_named_group(phrase.span) {
            return;
        }
        // "Jewish leaders", "Muslim clerics", "the Catholic bishops", "the Muslim
        // community": people of a faith, coded by its religion, never a government
        if let Some((code, country, start)) = self.faith_before(r, &text, &word) {
            // (a place of its own is its country too: "Catholic priests in Poland",
            // "Muslim leaders in France")
            let country = country
                .or_else(|| {
                    (phrase.pp_country && !phrase.pp_role)
                        .then(|| phrase.country.clone())
                        .flatten()
                })
                .or_else(|| self.place_after(span));
            let mut span = Span {
                start: start.min(span.start),
                end: span.end,
            };
            // (the demonym is the group's country, no mention of its own)
            self.remove_mentions(|m| {
                m.form == MentionForm::Adjective
                    && span.start <= m.span.start
                    && m.span.end <= span.end
            });
            // "Protestant and Roman Catholic political leaders": a faith word coordinated
            // before the phrase's own names the same people of its faith, a one-word
            // mention the event coder reads as the phrase's second side
            // (`frame::coordinated_modifier`); the phrase then opens after "and".
            if let Some((other, other_code, open)) = self.coordinated_faith(span.start) {
                span.start = open;
                let other_word = self.slice(other).to_string();
                let key = format!(
                    "faith:{}:{other_code}:{}",
                    country.as_deref().unwrap_or(""),
                    singular(&text)
                );
                let name = format!("{other_word} {text}");
                let other_country = country.clone();
                let b = self.actor_by_key(key, |_| Actor {
                    name,
                    kind: ActorKind::Group,
                    code: Some(format!(
                        "{}{other_code}",
                        other_country.as_deref().unwrap_or("")
                    )),
                    country: other_country,
                    role: Some(other_code.clone()),
                    kb_id: None,
                    mentions: Vec::new(),
                });
                self.mention(r, b, other, MentionForm::Description);
            }
            let key = format!(
                "faith:{}:{code}:{}",
                country.as_deref().unwrap_or(""),
                singular(&text)
            );
            let name = self.slice(span).to_string();
            let a = self.actor_by_key(key, |_| Actor {
                name,
                kind: ActorKind::Group,
                code: Some(format!("{}{code}", country.as_deref().unwrap_or(""))),
                country,
                role: Some(code.clone()),
                kb_id: None,
                mentions: Vec::new(),
            });
            return self.mention(r, a, span, MentionForm::Description);
        }
        // "Both countries put their militaries on alert": one body per member of a plural
        // antecedent, each a mention over the phrase
        if self.plural_owner.is_none()
            && phrase.possessor.is_none()
            && phrase.det.as_deref() == Some("their")
        {
            // (a plural group between the unit and "their" owns it: no country does)
            let Some(owners) = self.plural_antecedent(r, span) else {
                return;
            };
            if owners.len() > 1 {
                let before = self.mentions.len();
                for owner in owners {
                    self.plural_owner = Some(owner);
                    self.resolve_role_phrase(r);
                }
                self.plural_owner = None;
                if self.mentions.len() > before + 1 {
                    self.member_spans.push(span);
                }
                return;
            }
        }

        // "run for governor", "served as senator": a bare office after "for" or "as" is the
        // office, no one holding it
        if !word.plural
            && ((phrase.det.as_deref().is_none_or(|d| d == "a" || d == "an")
                && self.office_not_holder(span, r))
                || self.office_race(r))
            && self
                .office_of(r, None)
                .1
                .is_some_and(|role| matches!(role.as_str(), "GOV" | "LEG"))
            && word
                .agent
                .and_then(|a| self.kb().agents().get(a as usize))
                .is_some_and(|a| a.kind == ActorKind::Person)
        {
            return;
        }
        // "the Vermont senator", "the Ohio governor": the person the story names holding
        // that office for that state ("Vermont Sen. Bernie Sanders", "Gov. John Kasich of
        // Ohio", "Sen. Marco Rubio (R-Fla.)"), else a group of that state's office
        if !word.plural
            && phrase.possessor.is_none()
            && phrase
                .det
                .as_deref()
                .is_some_and(|d| d.eq_ignore_ascii_case("the"))
        {
            if let Some(state) = self.state_of_description(span, &text) {
                // ("Sanders, the Vermont senator": the name before the comma)
                if let Some(a) = self.apposed_person(span) {
                    return self.mention(r, a, span, MentionForm::Description);
                }
                if let Some(a) = self.state_officeholder(&state, &text, span) {
                    return self.mention(r, a, span, MentionForm::Description);
                }
                // else that state's office-holder, no one of another state named before
                // ("the former Ohio governor": ELI)
                let role = self.former_role(
                    self.office_of(r, None).1,
                    self.token_at(self.cands[r].span.start),
                );
                let country = &self.stage.states_country;
                if self.stage.country_index.contains_key(country) {
                    let country = country.clone();
                    return self.group(r, &phrase, &text, Some((country, role)));
                }
            }
        }
        // "the senator", "the congressman": the legislator named last, in this sentence or
        // the four before ("Sanders, the independent senator": the name before the comma;
        // not "the former senator", nor one of a state, "the Texas senator", "the senator
        // from Florida", whose state the article's legislators do not carry)
        if !word.plural
            && phrase.possessor.is_none()
            && phrase
                .det
                .as_deref()
                .is_some_and(|d| d.eq_ignore_ascii_case("the"))
            && self.stage.legislator_noun(&text)
        {
            let words: Vec<&str> = self.slice(span).split(' ').collect();
            let after = self.tokens.partition_point(|t| t.start < span.end);
            let apposed = self
                .token_before(span.start)
                .filter(|&k| self.word(k) == ",");
            let named = self.apposed_person(span);
            let of_a_state = words
                .iter()
                .skip(1)
                .take(words.len().saturating_sub(2))
                .any(|w| w.starts_with(char::is_uppercase))
                || (after < self.tokens.len() && self.word(after) == "from");
            let former = words
                .iter()
                .any(|w| (self.stage.former_words.iter()).any(|f| f.description && f.word == *w));
            match named {
                Some(a) => return self.mention(r, a, span, MentionForm::Description),
                None if apposed.is_none() && !of_a_state && !former => {
                    if let Some(a) = self.last_legislator(span, &text) {
                        return self.mention(r, a, span, MentionForm::Description);
                    }
                }
                None => {}
            }
        }
        // "Richard Nixon arrived. The former president held talks": "the former <office>"
        // is the former officeholder (ELI) named last, in its sentence or the two before
        if let Some(a) = self.former_officeholder_named(r, &phrase, span, word.plural) {
            return self.mention(r, a, span, MentionForm::Description);
        }

        // "the Soviet Union", "the Warsaw Pact": a capitalised noun after another
        // capitalised word ends the name of something else, never a description
        if word.igo_noun && self.ends_other_name(r) {
            return;
        }
        // "Chatham House", "Fuller House", "Youth Congress": so does a body's noun of
        // `data/body_countries.tsv` after a proper noun that names no place ("The House",
        // "In Congress", "the Kentucky House", "a Democratic Senate" stay the body)
        if self.stage.body_countries.contains_key(&text) && self.ends_other_name(r) {
            let gaz = &self.stage.names.gazetteer;
            let other = self
                .token_at(self.cands[r].span.start)
                .and_then(|k| k.checked_sub(1))
                .is_some_and(|k| {
                    self.propn[k]
                        && gaz.classes(self.word(k))
                            & (crate::Gazetteer::PLACE | crate::Gazetteer::COUNTRY)
                            == 0
                        && !DETERMINERS.contains(&self.word(k).to_lowercase().as_str())
                });
            if other {
                return;
            }
        }
        // "the alliance", "the bloc": the IGO of the article the noun describes
        if word.igo_noun && definite && phrase.country.is_none() {
            let igo = self.last_kb_with_noun(&text, "igo:").map(|(i, _)| i as u32);
            if let Some(a) = igo {
                self.mention(r, a, span, MentionForm::Description);
                return;
            }
            if word.agent.is_none() && word.desc.is_none() && !word.group_noun {
                return;
            }
        }
        // "the group", "the militant group": the KB group named before that the noun
        // describes, when the phrase is its determiner and the noun alone ("the BLM group",
        // "the foreign policy group" are others)
        let bare = phrase.det.as_deref() == Some("the")
            && self
                .slice(span)
                .split_whitespace()
                .skip(1)
                .collect::<Vec<_>>()
                .join(" ")
                .eq_ignore_ascii_case(&text);
        // ("the Group of 20" is another name), no other organisation was named since it
        // and it was named in the last three sentences (a state's body, "the army said",
        // is no group that could be meant)
        let lower = self
            .slice(self.cands[r].span)
            .starts_with(char::is_lowercase);
        if word.group_noun && bare && lower && phrase.country.is_none() {
            let sentence = self.cands[r].sentence;
            let group = self
                .last_kb_with_noun(&text, "group:")
                .filter(|(i, a)| {
                    let since = a.last..span.start;
                    self.sentence_of(a.last).is_some_and(|s| s + 3 >= sentence)
                        && !self.mentions.iter().any(|m| {
                            m.actor != *i as u32
                                && since.contains(&m.span.start)
                                && m.form != MentionForm::Adjective
                                && self.actors.get(m.actor as usize).is_some_and(|x| {
                                    x.actor.kind == ActorKind::Organization
                                        && !(x.actor.kb_id.is_none()
                                            && matches!(
                                                x.actor.role.as_deref(),
                                                Some("GOV" | "MIL" | "COP" | "JUD" | "LEG")
                                            ))
                                })
                        })
                })
                .map(|(i, _)| i as u32);
            if let Some(a) = group {
                self.mention(r, a, span, MentionForm::Description);
                return;
            }
        }
        // otherwise a noun only of groups ("his group", "her network") or IGOs ("the
        // union" none was named as) is nobody, except a named group's ("the ISIS network")
        let generic = word.agent.is_none() && word.desc.is_none() && !word.title;
        let igo_read = word.igo_noun && definite && phrase.country.is_none();
        if generic && (igo_read || (word.group_noun && !word.igo_noun && phrase.group.is_none())) {
            return;
        }
        let desc = word
            .desc
            .and_then(|d| self.stage.descriptions.get(d as usize))
            .cloned();
        // possessor: "his US counterpart", "the junta's spokesman"
        let possessor_actor = phrase.possessor.and_then(|p| {
            if matches!(self.cands.get(p)?.what, What::Pronoun(_)) && self.cand_actor[p].is_none() {
                if let What::Pronoun(g) = self.cands[p].what {
                    self.resolve_pronoun(p, g);
                }
            }
            self.cand_actor.get(p).copied().flatten()
        });
        // "its troops", "their leaders": the latest country or organisation of the sentence,
        // or of the sentence before when the phrase opens its own ("The African Union urged
        // calm. Its observer mission said"); a demonym modifying a noun ("a Palestinian
        // state") is no antecedent. A trailing attribution (", its foreign ministry said")
        // speaks for the sentence's subject: the first such mention of the sentence.
        // "its" is never one member of a plural phrase or of countries joined by "and"
        // ("The two countries expelled its diplomats").
        let possessor_actor = possessor_actor.or(self.plural_owner).or_else(|| {
            matches!(phrase.det.as_deref(), Some("its" | "their")).then(|| {
                let fitting = self.possessive_window(r, span);
                let plural = if phrase.det.as_deref() == Some("its") {
                    self.plural_units(&fitting).concat()
                } else {
                    Vec::new()
                };
                let fitting = fitting.iter().filter(|(s, _)| !plural.contains(s));
                if self.trailing_attribution(span) {
                    fitting.min_by_key(|(s, _)| s.start).map(|&(_, a)| a)
                } else {
                    fitting.max_by_key(|(s, _)| s.start).map(|&(_, a)| a)
                }
            })?
        });
        // "the pope", "the pontiff": a head of state's title only one country uses is that
        // country's (the Vatican's), never the story's; only after "the" ("Amy Pope" is a
        // surname, "being commander in chief" an office)
        let country = phrase.country.clone().or_else(|| {
            (word.title && phrase.det.as_deref() == Some("the"))
                .then(|| self.sole_title_country(&text))
                .flatten()
        });

        // "the Chinese side said" is China's government; "the sides", "the other side",
        // "the Kazakh side of the zone", "fighting on the American side" nobody
        if desc.as_ref().is_some_and(|d| d.reading == Reading::Parties) {
            let next = self.tokens.partition_point(|t| t.start < span.end);
            let acts = self.verb.get(next) == Some(&true);
            if let Some(cty) = phrase.country.as_deref().filter(|_| !word.plural && acts) {
                if let Some(a) = self.government_of(cty) {
                    self.mention(r, a, span, MentionForm::Description);
                }
            }
            return;
        }
        if let Some(d) = desc.as_ref().filter(|d| d.reading == Reading::Counterpart) {
            let _ = d;
            if word.plural {
                return self.group(r, &phrase, &text, None);
            }
            let Some(p) = possessor_actor else {
                return self.unresolved(span);
            };
            let office = self.actors[p as usize].office;
            let (Some(office), Some(cty)) = (office, country.clone()) else {
                return self.unresolved(span);
            };
            if self.actors[p as usize].actor.country.as_deref() == Some(cty.as_str()) {
                return self.unresolved(span);
            }
            return self.officeholder(r, span, &cty, office);
        }

        // "a Hamas official", "Hezbollah's fighters": a member or body of a named non-state
        // group, coded as the group, never a government
        let group = phrase.group.or_else(|| {
            let a = self.actors.get(possessor_actor? as usize)?;
            let id = a.actor.kb_id.as_deref()?.strip_prefix("group:")?;
            let g = self.kb().groups().iter().position(|g| g.id == id)?;
            Some(g as u32)
        });
        if let (Some(g), None) = (group, &country) {
            return self.group_body(r, span, &text, &word, g);
        }
        // "the Free Syrian Army": a rebel army named like its country's, not the state's
        if let Some((a, full)) = self.rebel_army(&phrase, &text) {
            // (the words of the name read before are no mentions of their own: "Kosovo"
            // and "Liberation" of "the Kosovo Liberation Army")
            self.remove_mentions(|m| full.start <= m.span.start && m.span.end <= full.end);
            return self.mention(r, a, full, MentionForm::Description);
        }
        // "Trump's advisers", "Sanders's spokesman": a coded person's staff, named by the
        // person's name, are coded as that person (as "Clinton spokesman X" is)
        if let Some(a) = self.staff_of_named_possessor(&phrase, possessor_actor, &text) {
            return self.mention(r, a, span, MentionForm::Description);
        }
        let (office, role) = self.office_of(r, country.as_deref());
        // "the Senate minority leader" holds no state office (`Office::of_state`): a
        // legislator
        let legislator =
            self.role_names_person(&self.cands[r]) && self.legislature_modifies(span, r);
        let office = office.filter(|o| !legislator || !o.of_state());
        let role = if legislator {
            Some("LEG".to_string())
        } else {
            role
        };
        // "NATO's secretary general", "the UN secretary-general": the IGO's head at the
        // article's date; "the secretary-general" alone: the head of the latest IGO named
        if office == Some(Office::IgoHead) && !word.plural && country.is_none() {
            let igo = phrase
                .igo
                .clone()
                .or_else(|| {
                    let a = self.actors.get(possessor_actor? as usize)?;
                    Some(a.actor.kb_id.as_deref()?.strip_prefix("igo:")?.to_string())
                })
                .or_else(|| {
                    definite
                        .then(|| {
                            self.actors
                                .iter()
                                .filter(|a| a.count > 0)
                                .filter_map(|a| {
                                    let id = a.actor.kb_id.as_deref()?.strip_prefix("igo:")?;
                                    Some((a.last, id))
                                })
                                .max()
                                .map(|(_, id)| id.to_string())
                        })
                        .flatten()
                });
            if let Some(igo) = igo {
                return self.officeholder(r, span, &igo, Office::IgoHead);
            }
        }
        // "a spokesman for the junta": the country of the body named so before, or, for
        // a junta, the story's
        let body_country = phrase
            .pp_role_cand
            .filter(|_| country.is_none() && self.role_names_person(&self.cands[r]))
            .and_then(|x| {
                let head = self.slice(self.cands[x].span).to_lowercase();
                let head = head.rsplit(' ').next().unwrap_or_default().to_string();
                self.earlier_headed_by(&head, self.cands[x].span.start)
                    .and_then(|a| self.actors.get(a as usize)?.actor.country.clone())
                    .or_else(|| self.is_junta(x).then(|| self.salient_country()).flatten())
            });
        // "A Foreign Ministry spokesman", "a government spokesman": a generic official of a
        // state body named without a country is of the story's country, as "the Foreign
        // Ministry" itself is
        let state_body = body_country.is_none()
            && country.is_none()
            && phrase.possessor.is_none()
            && phrase.igo.is_none()
            && phrase.group.is_none()
            && self.role_names_person(&self.cands[r])
            && self.state_body_before(r).is_some();
        let body_country = match state_body {
            true => self.prior_country(),
            false => body_country,
        };
        // ("UK Independence Party leader", "the leader of the UK Independence Party": a
        // party's leader holds no office of the state; the party's role below)
        let party_before = self
            .token_before(self.cands[r].span.start)
            .is_some_and(|k| self.word(k) == "Party")
            || self.slice(phrase.span).ends_with(" Party");
        if let Some(office) = office.filter(|_| !word.plural && !party_before) {
            // "A spokeswoman" with no country is nobody named before
            let known = (definite || country.is_some())
                .then(|| {
                    let mut not = self.clause_subjects(span);
                    // "the king" is no president: only a monarch of the article
                    not.extend(self.not_monarchs(r));
                    self.known_person(country.as_deref(), &[office], true, &not)
                })
                .flatten();
            if let Some(a) = known {
                return self.mention(r, a, span, MentionForm::Description);
            }
            // "a Sudanese army spokesman" is someone of that office, not its holder: an
            // unnamed person of the country (below)
            let indefinite = matches!(phrase.det.as_deref(), Some("a" | "an"));
            if let Some(cty) = country.clone().filter(|_| !indefinite) {
                return self.officeholder(r, span, &cty, office);
            }
            if country.is_none() && phrase.possessor.is_none() && body_country.is_none() {
                // "Downing Street said the prime minister had spoken to ...": a government
                // speaking of "the <office>" speaks of its own
                let own = (phrase.det.as_deref() == Some("the")
                    && !self.narrowed(&phrase, span, r))
                .then(|| self.speaking_government_country(span))
                .flatten();
                if let Some(cty) = own {
                    return self.officeholder(r, span, &cty, office);
                }
                if definite {
                    self.unresolved(span);
                }
                return;
            }
            // "the junta's spokesman", "a Sudanese army spokesman": falls through to an
            // unnamed group
        }
        // "the ministry", "the army": the organisation or group named so before
        // ("the army" is no rebel "National Liberation Army": a state force's noun never
        // refers back to a non-state group)
        if definite && !word.plural && phrase.country.is_none() && phrase.possessor.is_none() {
            let state_force = matches!(role.as_deref(), Some("MIL" | "COP"));
            if let Some(a) = self.earlier_headed_by(&text, span.start).filter(|&a| {
                !state_force
                    || !self.actors.get(a as usize).is_some_and(|x| {
                        matches!(x.actor.role.as_deref(), Some("REB" | "INS" | "SEP"))
                    })
            }) {
                return self.mention(r, a, span, MentionForm::Description);
            }
        }
        if let Some(d) = desc.as_ref().filter(|d| d.reading == Reading::Known) {
            // "the interior minister", "the rebel leader": a modifier naming another office
            // is nobody of the description's offices named before
            if definite && !word.plural && !self.narrowed(&phrase, span, r) {
                let not = self.clause_subjects(span);
                if let Some(a) = self.known_person(country.as_deref(), &d.offices, false, &not) {
                    return self.mention(r, a, span, MentionForm::Description);
                }
            }
        }
        // an unnamed group: needs a country, a possessor, or a role of its own
        let possessor_country =
            possessor_actor.and_then(|p| self.actors[p as usize].actor.country.clone());
        let possessor_role =
            phrase
                .possessor
                .and_then(|p| match self.cands.get(p).map(|c| &c.what) {
                    Some(What::Role(_)) => self.official_body_role(r, p),
                    _ => None,
                });
        let the = phrase.det.as_deref() == Some("the");
        // ("ministers of 12 nations", "the leaders of both countries": of no one state)
        let many_states = self.of_many_states(span);
        // ("taken to the emergency department": a body noun that takes no story country
        // is no state's body without a country of its own: it
        // refers back to no country and takes no salient one)
        let no_story = (word.agent)
            .and_then(|a| self.kb().agents().get(a as usize))
            .is_some_and(|a| {
                a.kind == ActorKind::Organization && self.stage.no_story_country.contains(&a.noun)
            })
            // ("the Department should investigate": a capitalised one is a named body's)
            && !(self.slice(span).rsplit(' ').next())
                .is_some_and(|w| w.starts_with(char::is_uppercase));
        let state_role =
            matches!(role.as_deref(), Some("GOV" | "MIL")) && !many_states && !no_story;
        // "the envoy", "the ambassador" are sent by another state as often as not
        let sent = self.stage.destination_heads.contains(text.as_str());
        // "the Senate", "Congress", "the Foreign Office": a capitalised body with no country
        // of its own is the country `data/body_countries.tsv` gives it, unless the story's
        // country comes from the dateline or the article never names the given country
        // ("MANILA - The Senate" is the Philippines')
        let subnational = self.subnational_body(r);
        // "the Army of Light", "the Congress of Racial Equality": a group's own name
        let of_a_thing = country.is_none() && self.agent_of_a_thing(r);
        let body_default = (country.is_none()
            && !subnational
            && !of_a_thing
            && opposition.is_none()
            && phrase.possessor.is_none()
            && phrase.igo.is_none()
            && phrase.group.is_none()
            && self
                .slice(self.cands[r].span)
                .starts_with(char::is_uppercase))
        .then(|| self.body_default_country(&text))
        .flatten();
        // "the country's electoral commission", "the nation's biggest banks": a body or
        // group of the country named last before (not an office: "as the nation's top
        // diplomat" is spoken of as an office as often as it names its holder)
        let refer_back = (possessor_actor.is_none()
            && country.is_none()
            && role.is_some()
            && !no_story
            && !self.role_names_person(&self.cands[r]))
        .then(|| self.country_named_before(span, self.cands[r].sentence))
        .flatten();
        // "the Ortega regime", "Iran, whose leaders", "your governments": the owner its
        // own words name, or nobody
        let body_noun = (word.agent)
            .and_then(|a| self.kb().agents().get(a as usize))
            .is_some_and(|a| a.kind == ActorKind::Organization);
        let owner = (country.is_none() && phrase.possessor.is_none() && possessor_actor.is_none())
            .then(|| self.named_owner(r, body_noun))
            .flatten();
        let country = country
            .or_else(|| {
                // "The Governor of Lagos", "the mayor of Mombasa": a state office "of" a
                // town the gazetteer places is that town's country's
                (the && state_role && !sent && phrase.possessor.is_none())
                    .then(|| self.of_place_country(r))
                    .flatten()
            })
            .or(body_default)
            .or(possessor_country)
            .or(owner.clone().flatten())
            .or(refer_back)
            .or(body_country)
            .or_else(|| {
                // "Somalia accused Ethiopia of ..., the information ministry said": a
                // trailing attribution speaks for the sentence's subject
                (the && state_role && !sent && self.trailing_attribution(span))
                    .then(|| self.subject_country(span))
                    .flatten()
            })
            .or_else(|| {
                // "In Havana, the government said": the scene's country
                (the && state_role && !sent && phrase.possessor.is_none())
                    .then(|| self.scene_country(r))
                    .flatten()
            })
            .or_else(|| {
                // "the junta's spokesman", "the government": the article's main country;
                // not for an IGO's own ("the EU's ambassador" is the EU's)
                let igo_possessor = possessor_actor
                    .and_then(|p| self.actors.get(p as usize))
                    .and_then(|a| a.actor.kb_id.as_deref())
                    .is_some_and(|id| id.starts_with("igo:"));
                // ("KUALA LUMPUR - ... The government said it would protest to the United
                // States": a story filed from a country it names speaks of that country's
                // government, however often it names another)
                let bare = phrase.possessor.is_none() && the && state_role && !sent && !of_a_thing;
                // (not an embassy, which is another state's, nor a plural)
                let own_body =
                    bare && !word.plural && !matches!(text.as_str(), "embassy" | "consulate");
                // ("the association's chairman", "the club's president": a possessor of
                // `data/staff_owners.txt` owns no government office; but "the intelligence
                // community's inspector general" does, and "the union's workers" are
                // labour of the story's country)
                let private_owner = role.as_deref() == Some("GOV")
                    && (phrase.possessor)
                        .and_then(|p| self.cands.get(p))
                        .and_then(|c| self.slice(c.span).rsplit(' ').next())
                        .is_some_and(|w| {
                            let w = w.trim_end_matches("'s").trim_end_matches("’s");
                            let w = w.to_lowercase();
                            w != "community" && self.stage.staff_owners.contains(&w)
                        });
                (!igo_possessor && !private_owner && (phrase.possessor.is_some() || bare))
                    .then(|| {
                        own_body
                            .then(|| self.named_dateline_country())
                            .flatten()
                            .or_else(|| {
                                self.salient_country()
                                    .filter(|c| !self.country_only_in_participle(c, span))
                            })
                    })
                    .flatten()
            });
        let role = match opposition {
            Some(_) => Some("OPP".to_string()),
            // "the president's party" is a party, not the government its owner serves
            None if role.as_deref() == Some("PTY") => role,
            // "a spokeswoman for the Israeli Defense Ministry": the body's role
            None => possessor_role
                .or_else(|| {
                    phrase
                        .pp_role_cand
                        .filter(|_| self.role_names_person(&self.cands[r]))
                        .and_then(|x| self.official_body_role(r, x))
                })
                .or_else(|| self.body_modifier_role(r))
                .or_else(|| self.private_owner_role(r))
                .or(role),
        };
        // "a white officer", "four officers": in a story that names the police and no
        // armed forces, the police's
        let role = match role.as_deref() {
            Some("MIL")
                if self.stage.police_or_military.contains(&text.to_lowercase())
                    && self.story_names_police_only() =>
            {
                Some("COP".to_string())
            }
            _ => role,
        };
        // "congressional leaders", "a congressional committee": Congress's, in the
        // country `data/body_countries.tsv` gives it ("Congress"), never the story's
        let congressional = word.agent.is_some()
            && role.as_deref().is_none_or(|r| matches!(r, "GOV" | "LEG"))
            && self
                .token_before(self.cands[r].span.start)
                .is_some_and(|k| self.word(k).eq_ignore_ascii_case("congressional"));
        // ("Virginia's congressional delegation": a state's, of the same Congress)
        let (country, role) = match (congressional, country) {
            (true, Some(c)) => (Some(c), Some("LEG".to_string())),
            (true, None) => match self.body_default_country("congress") {
                Some(c) => (Some(c), Some("LEG".to_string())),
                None => (None, role),
            },
            (false, country) => (country, role),
        };
        // (one group apart from the story country's plain "leaders")
        if congressional && role.as_deref() == Some("LEG") {
            text = format!("congressional {text}");
        }
        // "Senate Republican leaders": a legislature's leaders are of its country
        let country = match (&country, role.as_deref()) {
            (None, Some("LEG")) => self
                .body_before(r)
                .filter(|&k| self.legislature_word(self.cands[k].span))
                .and_then(|k| self.legislature_country(k)),
            _ => country,
        };
        // "the Ohio governor", "Texas senators": a US state's officeholder is the United
        // States' (not its bodies: "the Kentucky House")
        // ("Georgia state police", "Ohio police": a US state's police are the United
        // States' police, as its officeholders are)
        let state_office = word
            .agent
            .and_then(|a| self.kb().agents().get(a as usize))
            .is_some_and(|a| self.stage.state_office_of_noun(&a.noun).is_some())
            || role.as_deref() == Some("COP");
        let country = country.or_else(|| {
            state_office
                .then(|| self.us_state_country(phrase.span))
                .flatten()
        });
        // "police", "the rebels", "a local official": an agent with no country, possessor,
        // organisation or group of its own is the story's country's (`document_country`)
        let agent_noun = word
            .agent
            .and_then(|a| self.kb().agents().get(a as usize))
            .map(|a| a.noun.as_str());
        // ("a foreign government", "any party", "the Castro regime": not the story
        // country's)
        // ("98 senators voted": members of a chamber the KB's bodies name are of the
        // chamber's country, as "the Senate" is, never of a foreign story's)
        // (the plural only: "the senator from Ohio" is left to the state rules)
        let chamber = match self.slice(span).to_lowercase().rsplit(' ').next() {
            Some("senators") => Some("senate"),
            Some("congressmen") => Some("congress"),
            _ => None,
        };
        let prior = (country.is_none()
            && owner.is_none()
            && !self.not_own_modifier(r, &phrase)
            && agent_noun.is_some_and(|n| !self.stage.no_story_country.contains(n))
            && (role.as_deref() != Some("GOV") || !self.named_staff(r))
            && !self.region_word_before(r)
            && !many_states
            && !subnational
            && !of_a_thing
            && phrase.possessor.is_none()
            && phrase.igo.is_none()
            && phrase.group.is_none()
            && role
                .as_deref()
                .is_some_and(|r| STORY_COUNTRY_ROLES.contains(&r)))
        .then(|| {
            // ("Hamas claimed the attack. Militants fired mortars": armed men named without
            // a country beside a named armed group are of its country, or of none when the
            // group has none, never the story's: no Israeli rebels)
            // (not armed men placed by their own sentence: "Hamas condemned it. In Syria,
            // rebels attacked", "troops fired at militants in Jenin")
            if matches!(role.as_deref(), Some("REB" | "INS" | "SEP"))
                && !self.placed_in_own_sentence(r, span)
            {
                if let Some(country) = self.armed_group_nearby(span, self.cands[r].sentence) {
                    return country;
                }
            }
            if let Some(c) = chamber.and_then(|b| self.body_default_country(b)) {
                return Some(c);
            }
            // ("In Havana, the government said", "In Moscow, police": the scene's country
            // first, for a state's agents or residents; not "In Paris, the exiled
            // opposition" or "In The Hague, the court")
            (role.as_deref())
                .is_some_and(|x| SCENE_ROLES.contains(&x))
                .then(|| self.scene_country(r))
                .flatten()
                .or_else(|| self.prior_country())
                .or_else(|| {
                    // only a bare agent noun ("soldiers", "police"), not a description of
                    // one ("the opposition leader")
                    phrase
                        .det
                        .is_none()
                        .then(|| self.sentence_sole_country(r))
                        .flatten()
                })
        })
        .flatten();
        // "a former governor", "the former Florida governor": ELI
        let role = self.former_role(role, self.token_at(self.cands[r].span.start));
        if let Some(cty) = prior {
            let a = self.group_actor(r, &phrase, &text, Some((cty, role)));
            self.note_inferred(a);
            return self.mention(r, a, span, MentionForm::Description);
        }
        // "the major source of iodine in Australia": a lexicon-only head ("source") needs
        // a country of its own or a role word at the end of its prepositional phrase
        if word.agent.is_none() && phrase.pp_country && !phrase.pp_role {
            return;
        }
        // without a country, only political groups are actors ("protesters", "rebels"),
        // not "people" or "reporters"
        let political = matches!(
            role.as_deref(),
            Some(
                "GOV"
                    | "MIL"
                    | "REB"
                    | "OPP"
                    | "COP"
                    | "SEP"
                    | "INS"
                    | "IGO"
                    | "NGO"
                    | "SPY"
                    | "JUD"
                    | "LEG"
                    | "PTY"
                    | "REF"
                    | "ELI"
            )
        ) || role
            .as_deref()
            // ("Muslims protested", "Catholics demanded": the people of a faith, coded by
            // its religion as "Jewish leaders" are)
            .is_some_and(is_faith_role);
        // ("the emergency department", "the sales department": a body noun that takes no
        // story country is a state's only with a country of its own)
        let political = political && !no_story;
        // "its observer mission" of an IGO: a body of that IGO, with its code
        let igo_code = possessor_actor
            .and_then(|p| self.actors.get(p as usize))
            .filter(|a| {
                a.actor
                    .kb_id
                    .as_deref()
                    .is_some_and(|id| id.starts_with("igo:"))
            })
            .and_then(|a| a.actor.code.clone())
            // "an AU official", "a NATO spokesman": an IGO modifying the head
            .or_else(|| {
                let id = phrase.igo.as_deref()?;
                let g = self.kb().igos().iter().find(|g| g.id == id)?;
                Some(g.code.clone())
            });
        // "European Union" read as a demonym and "union": one of the IGO's own nouns is
        // the IGO itself
        if let (Some(id), None) = (phrase.igo.as_deref(), &country) {
            let own = self
                .kb()
                .igos()
                .iter()
                .position(|g| g.id == id && g.nouns.iter().any(|n| n == &text));
            if let Some(g) = own {
                let a = self.ensure_kb(EntryRef::Igo(g as u32));
                return self.mention(r, a, span, MentionForm::Description);
            }
        }
        if let (Some(code), None) = (igo_code, &country) {
            return self.igo_body(r, span, &text, code);
        }
        if phrase.split.len() > 1 && phrase.country.is_some() {
            // one group a country, each a mention over its own words
            for (part, cty, name) in phrase.split.clone() {
                let one = Phrase {
                    span: part,
                    country: Some(cty.clone()),
                    label: Some(name),
                    ..phrase.clone()
                };
                self.group(r, &one, &text, Some((cty, role.clone())));
            }
            return;
        }
        if country.is_some() || political {
            self.group(r, &phrase, &text, country.map(|c| (c, role)));
        }
    }

    /// The religion code of a faith word (`data/faith_words.tsv`) right before role
    /// candidate `r`, or one lower-case word before it ("Muslim religious leaders"), when
    /// the role word names people a faith has (a plural staff noun of
    /// `data/staff_nouns.txt`, or leader, official or spokesman; a clergy noun of the KB's
    /// agents, coded JEW, MOS, CHR or REL) or "community"; with the country of a demonym right before the faith word
    /// ("American Jewish leaders") and where the phrase starts.
    fn faith_before(
        &self,
        r: usize,
        text: &str,
        word: &RoleWord,
    ) -> Option<(String, Option<String>, u32)> {
        let cand = self.cands.get(r)?;
        let lower = text.to_lowercase();
        let clergy = (word.agent)
            .and_then(|a| self.kb().agents().get(a as usize))
            .is_some_and(|a| matches!(a.role.as_str(), "JEW" | "MOS" | "CHR" | "REL"));
        // (a singular office is one person's: "the first Jewish president")
        let staff = self.stage.staff_nouns.contains(&lower)
            && (word.plural
                || matches!(
                    lower.as_str(),
                    "leader" | "official" | "spokesman" | "spokeswoman" | "spokesperson"
                ));
        if !(clergy || staff || matches!(lower.as_str(), "community" | "communities")) {
            return None;
        }
        let head = self.token_at(cand.span.start)?;
        let same = |j: usize| self.sentence_of(self.tokens[j].start) == Some(cand.sentence);
        let mut j = head.checked_sub(1).filter(|&j| same(j))?;
        let w = self.word(j);
        if !self.stage.faith_words.contains_key(w)
            && w.chars().all(|c| c.is_ascii_lowercase())
            && self.verb.get(j) != Some(&true)
        {
            j = j.checked_sub(1).filter(|&j| same(j))?;
        }
        let code = self.stage.faith_words.get(self.word(j))?.clone();
        let mut start = self.tokens[j].start;
        let country = j
            .checked_sub(1)
            .filter(|&k| same(k))
            .and_then(|k| {
                let x = self.cand_covering(self.tokens[k].start)?;
                let demonym = matches!(self.cands[x].what, What::Kb(ss) if ss.iter().any(|&s| {
                    self.kb()
                        .surfaces()
                        .get(s as usize)
                        .is_some_and(|s| s.form == NameForm::Demonym)
                }));
                demonym
                    .then(|| self.country_of_cand(x))
                    .flatten()
                    .map(|c| (c, self.cands[x].span.start))
            })
            .map(|(c, at)| {
                start = at;
                c
            });
        Some((code, country, start))
    }

    /// A faith word coordinated before a faith phrase starting at `start` ("Protestant and
    /// Catholic leaders", "Protestant and Roman Catholic leaders": past one capitalised
    /// word of the phrase that is no faith word): its span, its religion code and where
    /// the phrase opens after "and".
    fn coordinated_faith(&self, start: u32) -> Option<(Span, String, u32)> {
        let j = self.token_at(start)?;
        let capitalised = |k: usize| self.word(k).chars().next().is_some_and(char::is_uppercase);
        let (and_at, open) = if self.word(j.checked_sub(1)?) == "and" {
            (j - 1, j)
        } else if j >= 2
            && self.word(j - 2) == "and"
            && capitalised(j - 1)
            && !self.stage.faith_words.contains_key(self.word(j - 1))
        {
            (j - 2, j - 1)
        } else {
            return None;
        };
        let k = and_at.checked_sub(1)?;
        if self.sentence_of(self.tokens[k].start) != self.sentence_of(start) {
            return None;
        }
        let code = self.stage.faith_words.get(self.word(k))?.clone();
        Some((self.tokens[k], code, self.tokens[open].start))
    }

    /// How many actors a plural role phrase names when a quantifier says so ("both
    /// leaders" 2, "the three ministers" 3, "all two..."), and where the quantifier (or the
    /// determiner before its number) starts. A number needs a determiner before it: "two
    /// diplomats were expelled" names nobody introduced before.
    fn quantified(&self, r: usize) -> Option<(usize, u32)> {
        let head = self.token_at(self.cands[r].span.start)?;
        let range = self
            .sentences
            .get(self.cands[r].sentence as usize)?
            .1
            .clone();
        let q = head.checked_sub(1).filter(|&q| q >= range.start)?;
        let word = self.word(q).to_lowercase();
        if word == "both" {
            return Some((2, self.tokens[q].start));
        }
        let n = NUMBER_WORDS
            .iter()
            .position(|&w| w == word)
            .map(|i| i + 2)
            .or_else(|| word.parse::<usize>().ok().filter(|n| (2..=12).contains(n)))?;
        let d = q.checked_sub(1).filter(|&d| d >= range.start)?;
        let det = self.word(d).to_lowercase();
        QUANTIFIER_DETERMINERS
            .contains(&det.as_str())
            .then(|| (n, self.tokens[d].start))
    }

    /// For a phrase at `span` opening with "the country's" or "the nation's" ("the
    /// country's army"), the country of the latest mention with one before it in its
    /// sentence or the two before (a country, a demonym, a national's or a body's mention);
    /// none when that mention is joined by "and" or "or" to one of another country
    /// ("Kenya and Uganda signed ... The country's parliament").
    fn country_named_before(&self, span: Span, sentence: u32) -> Option<String> {
        let words: Vec<&str> = self.slice(span).split_whitespace().take(2).collect();
        let [det, owner] = words[..] else {
            return None;
        };
        let owner = owner.replace('\u{2019}', "'").to_lowercase();
        if !det.eq_ignore_ascii_case("the") || !matches!(owner.as_str(), "country's" | "nation's") {
            return None;
        }
        let named: Vec<(Span, &str)> = self
            .mentions
            .iter()
            .filter(|m| m.span.end <= span.start && m.sentence + 2 >= sentence)
            .filter_map(|m| {
                let a = self.actors.get(m.actor as usize)?;
                Some((m.span, a.actor.country.as_deref()?))
            })
            .collect();
        let &(at, last) = named.iter().max_by_key(|(s, _)| s.start)?;
        // (not one of a pair: "Kenya and Uganda signed ... The country's parliament")
        let joined = |a: Span, b: Span| {
            self.text
                .get(a.end as usize..b.start as usize)
                .is_some_and(|gap| matches!(gap.trim(), "and" | "or" | "," | ", and"))
        };
        let paired = named
            .iter()
            .any(|&(other, cty)| cty != last && (joined(other, at) || joined(at, other)));
        (!paired).then(|| last.to_string())
    }

    /// The country and organisation mentions (span, actor) an "its"/"their" phrase at
    /// `span` (candidate `r`) may refer to: before it in its sentence, or in the sentence
    /// before when the phrase opens its clause; no demonyms.
    fn possessive_window(&self, r: usize, span: Span) -> Vec<(Span, u32)> {
        let sentence = self.cands[r].sentence;
        let opens = self.opens_clause(span.start);
        self.mentions
            .iter()
            .filter(|m| {
                (m.sentence == sentence || (opens && m.sentence + 1 == sentence))
                    && m.span.end <= span.start
                    && m.form != MentionForm::Adjective
            })
            .filter(|m| {
                self.actors.get(m.actor as usize).is_some_and(|a| {
                    matches!(a.actor.kind, ActorKind::Country | ActorKind::Organization)
                })
            })
            .map(|m| (m.span, m.actor))
            .collect()
    }

    /// The plural units among `window` (mentions in text order or not), each as the
    /// spans of its members: a span several actors share ("both countries"), or
    /// mentions joined by "and" or commas ("Chile, Peru and Bolivia", "Congo's government
    /// and the rebels").
    fn plural_units(&self, window: &[(Span, u32)]) -> Vec<Vec<Span>> {
        let mut sorted: Vec<(Span, u32)> = window.to_vec();
        sorted.sort_by_key(|(s, a)| (s.start, s.end, *a));
        sorted.dedup();
        let mut units: Vec<Vec<Span>> = Vec::new();
        let mut chain: Vec<(Span, u32)> = Vec::new();
        let mut joined = false;
        let mut flush = |chain: &mut Vec<(Span, u32)>, joined: bool| {
            let mut actors: Vec<u32> = chain.iter().map(|&(_, a)| a).collect();
            actors.sort_unstable();
            actors.dedup();
            if joined && actors.len() > 1 {
                let mut spans: Vec<Span> = chain.iter().map(|&(s, _)| s).collect();
                spans.dedup();
                units.push(spans);
            }
            chain.clear();
        };
        // a comma joins list members only in a list that an "and" closes ("Chile, Peru and
        // Bolivia"; not "Russia, Germany has pledged")
        for &(s, a) in &sorted {
            let link = chain.last().map(|&(last, _)| {
                if last == s {
                    return Some(true);
                }
                let gap = self
                    .text
                    .get(last.end as usize..s.start as usize)
                    .map(|g| g.split_whitespace().collect::<Vec<_>>().join(" "));
                match gap.as_deref() {
                    Some("and" | ", and" | "and the" | ", and the" | "&") => Some(true),
                    Some(",") => Some(false),
                    _ => None,
                }
            });
            match link.flatten() {
                Some(closes) => joined |= closes,
                None => {
                    flush(&mut chain, joined);
                    joined = false;
                }
            }
            chain.push((s, a));
        }
        flush(&mut chain, joined);
        units
    }

    /// The members of the latest plural unit ([`Work::plural_units`]) a "their" phrase
    /// (candidate `r` at `span`) may refer to; the earliest for a trailing attribution
    /// (", their ministries said"). Empty when there is none; none at all when a plural
    /// group is named between the unit and the phrase (that group owns it).
    fn plural_antecedent(&self, r: usize, span: Span) -> Option<Vec<u32>> {
        let window = self.possessive_window(r, span);
        let units = self.plural_units(&window);
        let unit = if self.trailing_attribution(span) {
            units
                .into_iter()
                .min_by_key(|u| u.first().map_or(0, |s| s.start))
        } else {
            units
                .into_iter()
                .max_by_key(|u| u.last().map_or(0, |s| s.start))
        };
        // "Kenya and Uganda urged the rebels to replace their commanders": a plural group
        // named between the unit and "their" is the nearer owner, and no unit is
        let unit_end = unit.as_ref().and_then(|u| u.last()).map_or(0, |s| s.end);
        let plural_group_between = !self.trailing_attribution(span)
            && self.mentions.iter().any(|m| {
                let last = self.slice(m.span).rsplit(' ').next().unwrap_or("");
                m.span.start >= unit_end
                    && m.span.end <= span.start
                    && self
                        .actors
                        .get(m.actor as usize)
                        .is_some_and(|a| a.actor.kind == ActorKind::Group)
                    && last.ends_with('s')
                    && !last.ends_with("ss")
            });
        if plural_group_between && unit.is_some() {
            return None;
        }
        let mut owners: Vec<u32> = Vec::new();
        for s in unit.unwrap_or_default() {
            for &(x, a) in &window {
                if x == s && !owners.contains(&a) {
                    owners.push(a);
                }
            }
        }
        Some(owners)
    }

    /// The latest two actors named as "between A and B" (or "between the A and the B")
    /// before `span` in its sentence or the two before: the parties of "both sides".
    fn between_pair(&self, span: Span, sentence: u32) -> Option<[u32; 2]> {
        let mut window: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| m.span.end <= span.start && m.sentence + 2 >= sentence)
            .filter(|m| m.form != MentionForm::Pronoun)
            .collect();
        window.sort_by_key(|m| (m.span.start, m.span.end));
        let squash = |a: u32, b: u32| -> String {
            self.text
                .get(a as usize..b as usize)
                .unwrap_or("x")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        window
            .windows(2)
            .filter(|w| w[0].actor != w[1].actor && w[0].span.end <= w[1].span.start)
            .filter(|w| {
                matches!(
                    squash(w[0].span.end, w[1].span.start).as_str(),
                    "and" | "and the"
                )
            })
            .filter(|w| {
                // the words before A, read as tokens (a byte window may cut a character)
                let Some(k) = self.token_before(w[0].span.start) else {
                    return false;
                };
                let word = |i: usize| self.word(i).to_lowercase();
                word(k) == "between" || (word(k) == "the" && k > 0 && word(k - 1) == "between")
            })
            .map(|w| [w[0].actor, w[1].actor])
            .next_back()
    }

    /// The `n` actors a quantified plural phrase names ("the two presidents"): earlier
    /// actors introduced with the same role noun ("both delegations" after "the Russian
    /// delegation" and "the Ukrainian delegation"), else people holding the noun's offices
    /// or titled so (presidents, leaders, foreign ministers), whichever finds more; the
    /// rest from the countries the article names most before the phrase (its officeholder,
    /// or its group of that noun). The most recently mentioned win, one a country while
    /// there are enough countries. Each member gets a mention with the phrase's span; with
    /// fewer than `n` found, the phrase is left unresolved (never one actor).
    fn members(&mut self, r: usize, span: Span, text: &str, word: &RoleWord, n: usize) {
        let head = singular(text);
        let (office, role) = self.office_of(r, None);
        let mut offices: Vec<Office> = office.into_iter().collect();
        if let Some(d) = word
            .desc
            .and_then(|d| self.stage.descriptions.get(d as usize))
            .filter(|d| matches!(d.reading, Reading::Known | Reading::Parties))
        {
            for &o in &d.offices {
                if !offices.contains(&o) {
                    offices.push(o);
                }
            }
        }
        // "Somalia invited both leaders": the subject and its country are not among them
        let not = self.clause_subjects(span);
        let not_countries: Vec<String> = not
            .iter()
            .filter_map(|&a| self.actors.get(a as usize)?.actor.country.clone())
            .collect();
        // (a news outlet or a journalist is no party)
        let before = |a: &ActorState| {
            a.count > 0
                && a.last < span.start
                && a.actor.role.as_deref() != Some("MED")
                && !a
                    .actor
                    .country
                    .as_ref()
                    .is_some_and(|c| not_countries.contains(c))
        };
        // (last mention, actor, country), most recent first
        let pick = |keep: &dyn Fn(&ActorState) -> bool| -> Vec<(u32, u32, Option<String>)> {
            let mut v: Vec<(u32, u32, Option<String>)> = self
                .actors
                .iter()
                .enumerate()
                .filter(|(i, a)| before(a) && keep(a) && !not.contains(&(*i as u32)))
                .map(|(i, a)| (a.last, i as u32, a.actor.country.clone()))
                .collect();
            v.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
            v
        };
        let same_head = pick(&|a: &ActorState| a.head.as_deref() == Some(head.as_str()));
        let in_office = pick(&|a: &ActorState| {
            a.actor.kind == ActorKind::Person
                && [a.office, a.titled]
                    .iter()
                    .flatten()
                    .any(|o| offices.contains(o))
        });
        // one a country first, then anyone left
        let choose = |list: &[(u32, u32, Option<String>)]| {
            let mut chosen: Vec<(u32, Option<String>)> = Vec::new();
            for distinct in [true, false] {
                for (_, a, cty) in list {
                    if chosen.len() == n || chosen.iter().any(|c| c.0 == *a) {
                        continue;
                    }
                    if distinct && chosen.iter().any(|c| c.1.is_some() && c.1 == *cty) {
                        continue;
                    }
                    chosen.push((*a, cty.clone()));
                }
            }
            chosen
        };
        // "the two sides": the officeholders of as many countries named in this sentence
        // or the two before, or nobody ("both sides of the aisle")
        let parties = word
            .desc
            .and_then(|d| self.stage.descriptions.get(d as usize))
            .is_some_and(|d| d.reading == Reading::Parties);
        let reading = word
            .desc
            .and_then(|d| self.stage.descriptions.get(d as usize))
            .map(|d| d.reading);
        if reading == Some(Reading::Countries) {
            // "The United States and Britain urged both countries": the subject of the verb
            // the phrase hangs on, with its conjuncts, speaks to them and is none of them
            // (by the parse only: "X and Y signed a pact meant to guard the two nations'
            // rivers" names the two nations in its subjects)
            let mut not_these: Vec<String> = Vec::new();
            // (a subject of an infinitive the parse hangs on the verb, "urged both
            // countries to pull back", is that verb's object)
            let verb = self
                .token_at(self.cands[r].span.start)
                .and_then(|k| self.parsed.get(k))
                .and_then(|t| {
                    if t.deprel.base() != "nsubj" {
                        return Some(t.head as usize);
                    }
                    let v = self.parsed.get(t.head as usize)?;
                    (v.deprel.base() == "xcomp").then_some(v.head as usize)
                });
            // (on a noun, "the border between the two countries", no one speaks to them)
            if let Some(v) = verb.filter(|&v| self.verb.get(v) == Some(&true)) {
                let range = self
                    .sentences
                    .get(self.cands[r].sentence as usize)
                    .map_or(0..0, |s| s.1.clone());
                let subjects: Vec<usize> = range
                    .clone()
                    .filter(|&i| {
                        self.parsed
                            .get(i)
                            .is_some_and(|t| t.head as usize == v && t.deprel.base() == "nsubj")
                    })
                    .collect();
                let doers: Vec<usize> = range
                    .filter(|&i| {
                        subjects.contains(&i)
                            || self.parsed.get(i).is_some_and(|t| {
                                t.deprel.base() == "conj" && subjects.contains(&(t.head as usize))
                            })
                    })
                    .collect();
                // (no subject in the parse: everyone the sentence names before the phrase)
                let sentence = self.cands[r].sentence;
                let doer_spans: Vec<Span> = if doers.is_empty() {
                    self.mentions
                        .iter()
                        .filter(|m| m.sentence == sentence && m.span.end <= span.start)
                        .map(|m| m.span)
                        .collect()
                } else {
                    doers.iter().map(|&i| self.tokens[i]).collect()
                };
                for d in doer_spans {
                    let at = d.start;
                    for m in &self.mentions {
                        if m.span.start <= at && at < m.span.end {
                            if let Some(c) = self
                                .actors
                                .get(m.actor as usize)
                                .and_then(|a| a.actor.country.clone())
                            {
                                not_these.push(c);
                            }
                        }
                    }
                }
            }
            let chosen = self.named_countries(span, n, &not_these);
            if chosen.len() < n {
                return self.unresolved(span);
            }
            for a in chosen {
                self.mention(r, a, span, MentionForm::Description);
            }
            self.member_spans.push(span);
            return;
        }
        if parties {
            let sentence = self.cands[r].sentence;
            // "mediating between Kinshasa and the M23 rebels ..., and both sides": the two
            // named after "between" (whatever their kind and country)
            if n == 2 {
                if let Some(pair) = self.between_pair(span, sentence) {
                    for a in pair {
                        self.mention(r, a, span, MentionForm::Description);
                    }
                    self.member_spans.push(span);
                    return;
                }
            }
            // "Fidan urged both sides", "Barrot ... called on both sides": whoever the
            // sentence names before the phrase speaks to the sides, is none of them, and
            // neither is their country
            let outside: Vec<(u32, Option<String>)> = self
                .mentions
                .iter()
                .filter(|m| m.sentence == sentence && m.span.end <= span.start)
                .map(|m| {
                    let cty = self.actors.get(m.actor as usize);
                    (m.actor, cty.and_then(|a| a.actor.country.clone()))
                })
                .collect();
            let recent_of = |outside: &[(u32, Option<String>)]| -> Vec<(u32, u32, Option<String>)> {
                in_office
                    .iter()
                    .filter(|(last, a, cty)| {
                        cty.is_some()
                            && self.sentence_of(*last).is_some_and(|s| s + 2 >= sentence)
                            && !outside
                                .iter()
                                .any(|(b, c)| b == a || (c.is_some() && c == cty))
                    })
                    .cloned()
                    .collect()
            };
            let mut recent = recent_of(&outside);
            // "X held talks with his counterpart Y, who said the two sides had agreed": as
            // the subject of its clause the phrase speaks of the parties the sentence itself
            // names before it, when they are officeholders of as many countries
            let subject = self
                .token_at(self.cands[r].span.start)
                .and_then(|k| self.parsed.get(k))
                .is_some_and(|t| t.deprel.base() == "nsubj");
            if subject {
                let own: Vec<(u32, u32, Option<String>)> = recent_of(&[])
                    .into_iter()
                    .filter(|(_, a, _)| outside.iter().any(|(b, _)| b == a))
                    .collect();
                let mut countries: Vec<&Option<String>> = own.iter().map(|x| &x.2).collect();
                countries.sort();
                countries.dedup();
                if countries.len() >= n {
                    recent = own;
                }
            }
            let chosen = choose(&recent);
            let distinct = chosen
                .iter()
                .all(|(a, c)| chosen.iter().all(|(b, d)| a == b || c != d));
            if chosen.len() < n || !distinct {
                return self.unresolved(span);
            }
            for (a, _) in chosen {
                self.mention(r, a, span, MentionForm::Description);
            }
            self.member_spans.push(span);
            return;
        }
        let (by_head, by_office) = (choose(&same_head), choose(&in_office));
        let mut chosen = if by_head.len() == n || by_head.len() > by_office.len() {
            by_head
        } else {
            by_office
        };
        if chosen.len() < n {
            // the others from the countries the article names most before the phrase
            let mut weight: HashMap<String, (u32, u32)> = HashMap::new();
            for a in self.actors.iter().filter(|a| before(a)) {
                if let Some(c) = &a.actor.country {
                    let w = weight.entry(c.clone()).or_insert((0, 0));
                    w.0 += a.count;
                    w.1 = w.1.max(a.last);
                }
            }
            // "Thailand and Cambodia agreed... at talks hosted by Malaysia. Both governments":
            // countries named side by side as parties come before the latest named
            let parties = self.coordinated_countries(span.start);
            let mut countries: Vec<(bool, String, (u32, u32))> = weight
                .into_iter()
                .filter(|(c, _)| !chosen.iter().any(|x| x.1.as_ref() == Some(c)))
                .map(|(c, w)| (parties.contains(&c), c, w))
                .collect();
            countries.sort_by(|x, y| (y.0, y.2).cmp(&(x.0, x.2)).then(x.1.cmp(&y.1)));
            let countries = countries.into_iter().map(|(_, c, w)| (c, w));
            let missing = n - chosen.len();
            for (cty, _) in countries.take(missing) {
                let member = match office {
                    Some(o) => {
                        // a leader is the head of government where it leads ("the two
                        // leaders" of Armenia is its prime minister, not its president)
                        let leads = self.leading_offices(&cty, &offices, o);
                        self.known_person(Some(&cty), &leads, true, &not)
                            .or_else(|| self.named_later(span, &cty, &leads))
                            .or_else(|| self.officeholder_actor(&cty, leads[0]))
                    }
                    None => {
                        let noun = word
                            .agent
                            .and_then(|a| self.kb().agents().get(a as usize))
                            .map_or(text, |a| a.noun.as_str());
                        let one = Phrase {
                            span,
                            label: Some(format!("{} {noun}", self.country_label(&cty))),
                            ..Phrase::default()
                        };
                        Some(self.group_actor(r, &one, text, Some((cty.clone(), role.clone()))))
                    }
                };
                if let Some(a) = member {
                    chosen.push((a, Some(cty)));
                }
            }
        }
        if chosen.len() < n {
            return self.unresolved(span);
        }
        chosen.sort_by_key(|c| c.0);
        for (a, _) in chosen {
            self.mention(r, a, span, MentionForm::Description);
        }
        self.member_spans.push(span);
    }

    /// The `n` actors standing for different countries named in the sentence of `span` or
    /// the two before, before it (a country by name or demonym, else its government by its
    /// seat: "Beijing", or its officeholder by name: "Xi and Putin"), none of `not` and no
    /// news outlet's: for two, the latest pair of them the article joins with "and" in the
    /// window, else the `n` named when exactly that many countries are (a demonym making no
    /// mention counts too); otherwise none.
    fn named_countries(&mut self, span: Span, n: usize, not: &[String]) -> Vec<u32> {
        let Some(sentence) = self.sentence_of(span.start) else {
            return Vec::new();
        };
        let paired = self.coordinated_countries(span.start);
        // per country: (paired, latest mention, actor, a country rather than its government)
        let mut best: HashMap<String, (bool, u32, u32, u8)> = HashMap::new();
        for m in &self.mentions {
            if m.span.end > span.start || m.sentence + 2 < sentence || m.sentence > sentence {
                continue;
            }
            let Some(a) = self.actors.get(m.actor as usize) else {
                continue;
            };
            // a country (2), its government by its seat (1) or its officeholder by name
            // (0: "Xi and Putin signed ... the two nations")
            let rank = match (a.actor.kind, a.actor.role.as_deref()) {
                (ActorKind::Country, _) => 2u8,
                (ActorKind::Organization, Some("GOV"))
                    if a.actor.code.as_deref().is_some_and(|c| c.len() == 6) =>
                {
                    1
                }
                (ActorKind::Person, Some("GOV")) if m.form == MentionForm::Name => 0,
                _ => continue,
            };
            let Some(cty) = a.actor.country.as_ref() else {
                continue;
            };
            if not.contains(cty) {
                continue;
            }
            let entry = (paired.contains(cty), m.span.start, m.actor, rank);
            let slot = best.entry(cty.clone()).or_insert(entry);
            // the country itself over its government; then the latest mention
            if (entry.3, entry.1) > (slot.3, slot.1) {
                *slot = entry;
            }
            // (pairing and recency count for the country whichever mention stands for it)
            slot.0 |= entry.0;
            slot.1 = slot.1.max(entry.1);
        }
        let mut list: Vec<(String, (bool, u32, u32, u8))> = best.into_iter().collect();
        list.sort_by(|x, y| (y.1 .0, y.1 .1).cmp(&(x.1 .0, x.1 .1)).then(x.0.cmp(&y.0)));
        // exactly `n` countries the article pairs with "and", else exactly `n` named: with
        // more ("both countries" after three, the article's own country left unsaid) the
        // phrase is no one it can tell
        let latest_pair = (n == 2)
            .then(|| {
                self.coordinated_pairs(span.start)
                    .into_iter()
                    .filter(|(at, a, b, _)| {
                        self.sentence_of(*at).is_some_and(|s| s + 2 >= sentence)
                            && list.iter().any(|x| &x.0 == a)
                            && list.iter().any(|x| &x.0 == b)
                    })
                    .max_by_key(|p| p.0)
            })
            .flatten();
        // a demonym that made no mention still names a country: Peruvian fishermen, then
        // Ecuador, then "the two countries" are Peru and Ecuador
        let unnamed: std::collections::HashSet<&str> = self
            .cands
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.span.end <= span.start && c.sentence + 2 >= sentence && c.sentence <= sentence
            })
            .filter_map(|(c, _)| match self.entry_of_cand(c) {
                Some(EntryRef::Country(i)) => self
                    .kb()
                    .countries()
                    .get(i as usize)
                    .map(|x| x.alpha3.as_str()),
                _ => None,
            })
            .filter(|c| !list.iter().any(|x| x.0 == *c) && !not.iter().any(|x| x == c))
            .collect();
        // (and those named a little further back count too)
        let named = {
            let known: std::collections::HashSet<&str> = list
                .iter()
                .map(|x| x.0.as_str())
                .chain(unnamed.iter().copied())
                .collect();
            known.len() + self.countries_further_back(span, sentence, &known, not)
        };
        if let Some((_, a, b, _)) = latest_pair {
            list.retain(|x| x.0 == a || x.0 == b);
        } else if named != n {
            return Vec::new();
        }
        let mut out = Vec::new();
        for (cty, (_, _, actor, rank)) in list {
            // an officeholder stands for the country: "the two nations" are the countries
            let a = if rank == 0 {
                self.country_actor(&cty).unwrap_or(actor)
            } else {
                actor
            };
            out.push(a);
        }
        out
    }

    /// How many countries other than `known` and `not` the five sentences up
    /// to `sentence` name before `span` (by a name, a demonym, a seat or an officeholder):
    /// "the two countries" picked from the last two sentences is no one it can tell when
    /// a third was named a little before (Chile, then two sentences on, Peru's fleet and
    /// a minister in Bolivia, then "the two countries").
    fn countries_further_back(
        &self,
        span: Span,
        sentence: u32,
        known: &std::collections::HashSet<&str>,
        not: &[String],
    ) -> usize {
        const BACK: u32 = 5;
        let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for m in &self.mentions {
            if m.span.end > span.start || m.sentence + BACK < sentence || m.sentence > sentence {
                continue;
            }
            let Some(a) = self.actors.get(m.actor as usize) else {
                continue;
            };
            let counts = match (a.actor.kind, a.actor.role.as_deref()) {
                (ActorKind::Country, _) => true,
                (ActorKind::Organization, Some("GOV")) => {
                    a.actor.code.as_deref().is_some_and(|c| c.len() == 6)
                }
                (ActorKind::Person, Some("GOV")) => m.form == MentionForm::Name,
                _ => false,
            };
            if let (true, Some(c)) = (counts, a.actor.country.as_deref()) {
                seen.insert(c);
            }
        }
        for (c, cand) in self.cands.iter().enumerate() {
            if cand.span.end > span.start
                || cand.sentence + BACK < sentence
                || cand.sentence > sentence
            {
                continue;
            }
            if let Some(EntryRef::Country(i)) = self.entry_of_cand(c) {
                if let Some(x) = self.kb().countries().get(i as usize) {
                    seen.insert(x.alpha3.as_str());
                }
            }
        }
        seen.iter()
            .filter(|c| !known.contains(**c) && !not.iter().any(|x| x == *c))
            .count()
    }

    /// The countries of mentions before `before` that are joined to another country's
    /// mention by "and" or "&" ("Thailand and Cambodia", "Thai and Cambodian officials",
    /// "between Kyiv and Moscow"; not a comma, which also closes an opening phrase: "After
    /// talks with Thailand, Cambodia..."): the parties the article pairs.
    fn coordinated_countries(&self, before: u32) -> std::collections::HashSet<String> {
        let mut out = std::collections::HashSet::new();
        for (_, a, b, _) in self.coordinated_pairs(before).into_iter().filter(|p| !p.3) {
            out.insert(a);
            out.insert(b);
        }
        out
    }

    /// The pairs of [`Work::coordinated_countries`]: (start of the first mention, its
    /// country, the other's), in text order; the second may open with "the" ("Vietnam and
    /// the Philippines"), which the last field tells (not for the parties: "Israel and the
    /// Palestinian ..." leaves "both parties" to the actors named).
    fn coordinated_pairs(&self, before: u32) -> Vec<(u32, String, String, bool)> {
        // (first token, last token, country, whether a person)
        let mut ends: Vec<(usize, usize, &str, bool)> = self
            .mentions
            .iter()
            .filter(|m| m.span.end <= before)
            .filter_map(|m| {
                let actor = &self.actors.get(m.actor as usize)?.actor;
                let cty = actor.country.as_deref()?;
                let first = self.token_at(m.span.start)?;
                let last = self.token_at(m.span.end.saturating_sub(1))?;
                Some((first, last, cty, actor.kind == ActorKind::Person))
            })
            .collect();
        ends.sort_unstable();
        let mut out = Vec::new();
        for &(first, last, cty, person) in &ends {
            if !matches!(self.word(last + 1), "and" | "&") {
                continue;
            }
            // the last two of a list of three or more are no pair ("France, Germany and
            // Italy": a comma and another country of the same kind right before the first;
            // not a place before the pair: "in Hangzhou, China, Obama and Xi")
            if first >= 2
                && self.word(first - 1) == ","
                && ends
                    .iter()
                    .any(|&(_, l, other, p)| l + 2 == first && other != cty && p == person)
            {
                continue;
            }
            // (a determiner, a title or a lower-case modifier may open the second: "Vietnam
            // and the Philippines", "Mr. Obama and Mr. Xi", "Bolivia and neighbouring Peru")
            let opener = self.word(last + 2);
            let modifier = opener.starts_with(char::is_lowercase)
                && opener.chars().all(|c| c.is_alphabetic() || c == '-')
                && self.noun.get(last + 2) != Some(&true);
            let next = if opener.eq_ignore_ascii_case("the")
                || modifier
                || self.stage.title_abbreviation(opener)
                || matches!(opener, "Mr." | "Mrs." | "Ms." | "Dr.")
            {
                last + 3
            } else {
                last + 2
            };
            let joined = ends.iter().find(|&&(first, _, other, _)| {
                (first == last + 2 || first == next) && other != cty
            });
            if let Some(&(second, _, other, _)) = joined {
                out.push((
                    self.tokens[first].start,
                    cty.to_string(),
                    other.to_string(),
                    second != last + 2 && opener.eq_ignore_ascii_case("the"),
                ));
            }
        }
        out
    }

    /// The offices a plural description's noun names in `country`, the office leading there
    /// first: for a head of state (`office`), the head of government first where the
    /// government leads (`data/government_leaders.txt`); `offices` are the noun's others.
    fn leading_offices(&self, country: &str, offices: &[Office], office: Office) -> Vec<Office> {
        let mut leads = vec![office];
        for &o in offices {
            if !leads.contains(&o) {
                leads.push(o);
            }
        }
        if office == Office::HeadOfState
            && leads.contains(&Office::HeadOfGovernment)
            && self.stage.government_leaders.contains(country)
        {
            leads.retain(|&o| o != Office::HeadOfGovernment);
            leads.insert(0, Office::HeadOfGovernment);
        }
        leads
    }

    /// A KB person named after `span` in the article who holds one of `offices` of
    /// `country` at its date, the earliest office of the list first: a description read
    /// before the name ("the two leaders ... Prime Minister Nikol Pashinyan") takes the
    /// person the article names over a KB officeholder it never mentions.
    fn named_later(&mut self, span: Span, country: &str, offices: &[Office]) -> Option<u32> {
        let date = self.date?;
        let mut best: Option<(usize, EntryRef)> = None;
        for c in 0..self.cands.len() {
            if self.cands[c].span.start < span.end {
                continue;
            }
            let Some(entry @ EntryRef::Person(_)) = self.entry_of_cand(c) else {
                continue;
            };
            let info = self.kb().info(entry, Some(date));
            if info.country.as_deref() != Some(country) || info.role.as_deref() != Some("GOV") {
                continue;
            }
            let Some(rank) = info
                .office
                .and_then(|o| offices.iter().position(|&x| x == o))
            else {
                continue;
            };
            if best.is_none_or(|(r, _)| rank < r) {
                best = Some((rank, entry));
            }
        }
        let (_, entry) = best?;
        Some(self.ensure_kb(entry))
    }

    /// A country's adjective for naming its group ("Russian"), else its name.
    fn country_label(&self, alpha3: &str) -> String {
        self.stage
            .country_index
            .get(alpha3)
            .and_then(|&i| self.kb().countries().get(i as usize))
            .map_or_else(
                || alpha3.to_string(),
                |c| c.demonyms.first().unwrap_or(&c.name).clone(),
            )
    }

    /// A body or group of an IGO named by a possessive ("its observer mission" after the
    /// African Union): one actor per (IGO code, head noun), coded as the IGO.
    fn igo_body(&mut self, r: usize, span: Span, head: &str, code: String) {
        let key = format!("igo-body:{code}:{}", head.trim_end_matches('s'));
        let a = self.actor_by_key(key, |this| Actor {
            name: this.slice(span).to_string(),
            kind: ActorKind::Organization,
            code: Some(code),
            country: None,
            role: Some("IGO".to_string()),
            kb_id: None,
            mentions: Vec::new(),
        });
        self.mention(r, a, span, MentionForm::Description);
    }

    /// A member or body of a named non-state group ("a Hamas official", "Hezbollah
    /// fighters"): a singular noun of a person is one person actor per (group, head noun),
    /// with the group's code, country and role ("Hamas official"); anything else ("Houthi
    /// insurgents", "Hamas negotiators", "RSF forces") is the group itself, under its own
    /// name.
    fn group_body(&mut self, r: usize, span: Span, head: &str, word: &RoleWord, g: u32) {
        let person = !word.plural
            && word
                .agent
                .and_then(|a| self.kb().agents().get(a as usize))
                .is_some_and(|a| a.kind == ActorKind::Person);
        if !person {
            let a = self.ensure_kb(EntryRef::Group(g));
            return self.mention(r, a, span, MentionForm::Description);
        }
        let Some(group) = self.kb().groups().get(g as usize).cloned() else {
            return;
        };
        let singular_head = singular(head);
        let key = format!("group-body:{}:{singular_head}:{}", group.id, word.plural);
        let a = self.actor_by_key(key, |_| Actor {
            name: format!("{} {head}", group.name),
            kind: ActorKind::Person,
            code: Some(group.code.clone()),
            country: group.country.clone(),
            role: Some(group.role.clone()),
            kb_id: None,
            mentions: Vec::new(),
        });
        self.mention(r, a, span, MentionForm::Description);
    }

    /// The latest organisation or group actor mentioned before `before` whose name ends in
    /// the word `head` ("Russia's Foreign Ministry" for "the ministry"), when its code is
    /// known ("a government" said earlier is no evidence for "the government").
    fn earlier_headed_by(&self, head: &str, before: u32) -> Option<u32> {
        // ("the regime in Damascus": headed by "regime", `SEATED_BODIES`)
        let seated = SEATED_BODIES.contains(&head.to_lowercase().as_str());
        self.mentions
            .iter()
            .filter(|m| m.span.end <= before && m.form != MentionForm::Adjective)
            .filter(|m| {
                self.actors.get(m.actor as usize).is_some_and(|a| {
                    let name = if seated {
                        a.actor.name.split(" in ").next().unwrap_or_default()
                    } else {
                        a.actor.name.as_str()
                    };
                    matches!(a.actor.kind, ActorKind::Organization | ActorKind::Group)
                        && a.actor.code.is_some()
                        && name.contains(' ')
                        && name
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| w.eq_ignore_ascii_case(head))
                })
            })
            .max_by_key(|m| m.span.start)
            .map(|m| m.actor)
    }

    // ---- 4. "it", "they", "we" ----

    /// Resolves "it" and "they" to the speaker of a reporting verb ("NATO said on Monday
    /// that it would...", "Protesters gathered... They said"), and "we" in a quote to the
    /// government of the official quoted ("\"We will not accept this,\" Lavrov said").
    /// Everything else stays unresolved: these pronouns are left alone rather than guessed.
    fn resolve_collective_pronouns(&mut self) {
        for k in 0..self.tokens.len() {
            let word = self.word(k);
            if matches!(word, "it" | "them") {
                if let Some(a) = self.object_pronoun(k) {
                    let span = self.tokens[k];
                    if let Some(sentence) = self.sentence_of(span.start) {
                        self.push_counted(span, a, MentionForm::Pronoun, sentence);
                    }
                    continue;
                }
            }
            let kind = match word {
                "it" | "It" => 'n',
                "they" | "They" => 'p',
                "we" | "We" => 'w',
                _ => continue,
            };
            let span = self.tokens[k];
            let Some(sentence) = self.sentence_of(span.start) else {
                continue;
            };
            let actor = match kind {
                'w' => self.we_actor(k, sentence),
                _ if self.in_quote(span.start) => None,
                _ => self
                    .speaker_pronoun(k, sentence, kind)
                    .or_else(|| self.wh_clause_pronoun(k, sentence, kind))
                    .or_else(|| self.subordinate_subject_pronoun(k, sentence, kind)),
            };
            if let Some(a) = actor {
                self.push_counted(span, a, MentionForm::Pronoun, sentence);
            }
        }
    }

    /// "Dutch King Willem-Alexander", "Saudi Crown Prince X": a demonym right before a
    /// person's name that the KB writes with a title of an office ("King X", "Crown Prince
    /// X") is part of that person's mention, as it is before a title the phrase reads
    /// ("Spanish President X"), when the person is of the demonym's country: one mention of
    /// the officeholder, not a second one of the country.
    /// "the Iraqi Communist Party": a capitalised "Party" coded as a country's party, right
    /// after names no code places ("Communist", read as a name of its own) right after that
    /// country's demonym or name, is one mention of the party over the whole name; the
    /// country word and the names in between are words of it, no actors of their own (as
    /// "the British National Party" is read whole).
    fn party_names_with_country_words(&mut self) {
        let mut joined: Vec<(usize, u32, Vec<usize>)> = Vec::new();
        for (i, m) in self.mentions.iter().enumerate() {
            let word = self.slice(m.span);
            let Some(party) = self.actors.get(m.actor as usize) else {
                continue;
            };
            let Some(country) = party.actor.country.as_deref() else {
                continue;
            };
            if word != "Party"
                || !party
                    .actor
                    .code
                    .as_deref()
                    .is_some_and(|c| c.ends_with("PTY"))
            {
                continue;
            }
            let ending_at = |end: u32| {
                self.mentions
                    .iter()
                    .position(|x| x.span.end + 1 == end && x.sentence == m.sentence)
                    .filter(|_| self.text.get(end as usize - 1..end as usize) == Some(" "))
            };
            let mut start = m.span.start;
            let mut inside = Vec::new();
            let mut first = None;
            while let Some(j) = ending_at(start) {
                let x = &self.mentions[j];
                let Some(a) = self.actors.get(x.actor as usize) else {
                    break;
                };
                if a.actor.code.is_none() && x.form == MentionForm::Name {
                    inside.push(j);
                    start = x.span.start;
                    continue;
                }
                if a.actor.kind == ActorKind::Country
                    && a.actor.country.as_deref() == Some(country)
                    && matches!(x.form, MentionForm::Adjective | MentionForm::Name)
                {
                    first = Some(j);
                }
                break;
            }
            if let (Some(f), false) = (first, inside.is_empty()) {
                inside.push(f);
                joined.push((i, self.mentions[f].span.start, inside));
            }
        }
        if joined.is_empty() {
            return;
        }
        let mut gone = std::collections::HashSet::new();
        for (i, start, inside) in joined {
            self.mentions[i].span.start = start;
            let (span, actor) = (self.mentions[i].span, self.mentions[i].actor as usize);
            let name = self.slice(span).to_string();
            if let Some(a) = self
                .actors
                .get_mut(actor)
                .filter(|a| a.actor.name == "Party")
            {
                a.actor.name = name;
            }
            for j in inside {
                let x = &self.mentions[j];
                gone.insert((x.span.start, x.span.end, x.actor));
            }
        }
        self.remove_mentions(|m| gone.contains(&(m.span.start, m.span.end, m.actor)));
    }

    /// "papal" stands for the pope as a demonym stands for its country, only before a noun
    /// of its sentence the tagger calls one: before a role word ("a papal envoy", "the
    /// papal nuncio") the phrase is the Holy See's government, as "a Spanish envoy" is
    /// Spain's; before any other noun ("the papal visit to Havana", "a papal message") the
    /// adjective is a mention of whoever was pope at the article's date (the Holy See
    /// without a date), which the event stage reads as it reads a demonym on an act.
    /// Run after the story country is read: the word names no country of the story.
    fn papal_modifiers(&mut self) {
        for i in 0..self.tokens.len() {
            let span = self.tokens[i];
            if !self.slice(span).eq_ignore_ascii_case("papal") {
                continue;
            }
            let next = i + 1;
            let (Some(&noun_span), Some(sentence)) =
                (self.tokens.get(next), self.sentence_of(span.start))
            else {
                continue;
            };
            if self.sentence_of(noun_span.start) != Some(sentence)
                || !self.noun.get(next).copied().unwrap_or(false)
            {
                continue;
            }
            let role = (0..self.cands.len()).find(|&c| {
                matches!(self.cands[c].what, What::Role(_))
                    && self.cands[c].span.start == noun_span.start
            });
            if let Some(c) = role {
                let phrase = self.phrases.get(&c).map_or(self.cands[c].span, |p| p.span);
                let coded = self.cand_actor[c]
                    .and_then(|a| self.actors.get(a as usize))
                    .is_some_and(|a| a.actor.code.is_some());
                if coded || phrase.start > span.start {
                    continue;
                }
                let Some(a) = self.government_of("VAT") else {
                    continue;
                };
                self.remove_mentions(|m| m.span == phrase);
                self.mention(c, a, phrase, MentionForm::Description);
                continue;
            }
            // ("papal flags": a thing of the Holy See, as "Brazilian flags" are Brazil's)
            let noun = self.slice(noun_span).to_lowercase();
            if self.mentions.iter().any(|m| m.span.contains(span))
                || self.stage.country_thing_nouns.contains(&noun)
            {
                continue;
            }
            let pope = match self.officeholder_actor("VAT", Office::HeadOfState) {
                Some(a) => Some(a),
                None => self.government_of("VAT"),
            };
            if let Some(a) = pope {
                self.mentions.push(Mention {
                    span,
                    actor: a,
                    form: MentionForm::Adjective,
                    sentence,
                });
                if let Some(s) = self.actors.get_mut(a as usize) {
                    s.count += 1;
                }
            }
        }
    }

    fn demonyms_before_titled_names(&mut self) {
        let mut starts: HashMap<u32, usize> = HashMap::new();
        for (i, m) in self.mentions.iter().enumerate() {
            if m.form == MentionForm::Name {
                starts.insert(m.span.start, i);
            }
        }
        let mut joined: Vec<(usize, usize)> = Vec::new();
        for (i, m) in self.mentions.iter().enumerate() {
            let Some(country) = self.actors.get(m.actor as usize) else {
                continue;
            };
            if m.form != MentionForm::Adjective || country.actor.kind != ActorKind::Country {
                continue;
            }
            let Some(cty) = country.actor.country.as_deref() else {
                continue;
            };
            // one blank, then a name of the same sentence
            if self.text.get(m.span.end as usize..m.span.end as usize + 1) != Some(" ") {
                continue;
            }
            let Some(&j) = starts.get(&(m.span.end + 1)) else {
                continue;
            };
            let person = &self.mentions[j];
            let Some(state) = self.actors.get(person.actor as usize) else {
                continue;
            };
            if person.sentence != m.sentence
                || state.actor.kind != ActorKind::Person
                || state.actor.country.as_deref() != Some(cty)
            {
                continue;
            }
            let words: Vec<&str> = self.slice(person.span).split(' ').collect();
            // the title is the first or second word before the name ("Crown Prince")
            let titled = (1..words.len().min(3)).any(|n| {
                words[..n].iter().all(|w| w.starts_with(char::is_uppercase))
                    && (self
                        .kb()
                        .office_for_title(&words[..n].join(" "), Some(cty))
                        .is_some()
                        || self
                            .kb()
                            .office_for_title(words[n - 1], Some(cty))
                            .is_some())
            });
            if titled {
                joined.push((i, j));
            }
        }
        if joined.is_empty() {
            return;
        }
        for &(i, j) in &joined {
            let start = self.mentions[i].span.start;
            self.mentions[j].span.start = start;
        }
        let gone: std::collections::HashSet<(u32, u32, u32)> = joined
            .iter()
            .map(|&(i, _)| {
                let m = &self.mentions[i];
                (m.span.start, m.span.end, m.actor)
            })
            .collect();
        self.remove_mentions(|m| gone.contains(&(m.span.start, m.span.end, m.actor)));
    }

    /// Whether the words right after a reporting verb speak of a person ("Victoria said she
    /// would not attend": a woman named Victoria, not the Seychelles' government).
    /// "its jets", "their drones", "its fighter jets": a force's vehicles
    /// (`FORCE_VEHICLE_NOUNS`) after "its" or "their" (one lower-case modifier between at
    /// most) stand for the possessor: the latest country or organisation ("its"), or
    /// group, organisation or country ("their"), mentioned before in the sentence, or in
    /// the one before when the sentence names none ("Turkey's defence ministry said its
    /// jets had struck": the ministry).
    fn possessed_force_units(&mut self) {
        for k in 1..self.tokens.len() {
            if !FORCE_VEHICLE_NOUNS.contains(&self.word(k)) {
                continue;
            }
            let modifier = |w: &str| w.chars().all(|c| c.is_lowercase() || c == '-');
            let p = match self.word(k - 1) {
                "its" | "their" | "Its" | "Their" => k - 1,
                w if k >= 2 && modifier(w) && self.verb.get(k - 1) != Some(&true) => k - 2,
                _ => continue,
            };
            let kind = match self.word(p) {
                "its" | "Its" => 'n',
                "their" | "Their" => 'p',
                _ => continue,
            };
            let span = Span {
                start: self.tokens[p].start,
                end: self.tokens[k].end,
            };
            let Some(sentence) = self.sentence_of(span.start) else {
                continue;
            };
            if self.mentions.iter().any(|m| m.span.overlaps(span)) {
                continue;
            }
            let fits = |w: &Work, m: &Mention| {
                w.actors.get(m.actor as usize).is_some_and(|a| match kind {
                    'n' => matches!(a.actor.kind, ActorKind::Country | ActorKind::Organization),
                    _ => matches!(
                        a.actor.kind,
                        ActorKind::Country | ActorKind::Organization | ActorKind::Group
                    ),
                })
            };
            let latest = |s: u32| {
                self.mentions
                    .iter()
                    .filter(|m| m.sentence == s && m.span.end <= span.start)
                    .filter(|m| m.form != MentionForm::Adjective && fits(self, m))
                    .max_by_key(|m| m.span.start)
                    .map(|m| m.actor)
            };
            let here = self
                .mentions
                .iter()
                .any(|m| m.sentence == sentence && m.span.end <= span.start);
            let actor = latest(sentence).or_else(|| {
                (!here && sentence > 0)
                    .then(|| latest(sentence - 1))
                    .flatten()
            });
            if let Some(a) = actor {
                self.push_counted(span, a, MentionForm::Description, sentence);
            }
        }
    }

    /// "Ethiopia recalled its envoy to Egypt, accusing it of ...", "Russia expelled two
    /// British diplomats, accusing them of spying": "it" or "them" as the object of a verb
    /// of accusing, urging, telling... (`OBJECT_PRONOUN_VERBS`; or of "calling on"), before
    /// "of", "to", "against", "for" or "over", is the latest
    /// fitting mention before it in its sentence other than the sentence's first (its
    /// subject): a country or organisation for "it", an unnamed group for "them". Not in
    /// a quotation; "use it to win" is no such verb.
    fn object_pronoun(&self, k: usize) -> Option<u32> {
        let span = *self.tokens.get(k)?;
        if k == 0 || self.in_quote(span.start) {
            return None;
        }
        let verb = match self.word(k - 1) {
            "on" if k >= 2 => k - 2,
            _ => k - 1,
        };
        let lower = self.word(verb).to_lowercase();
        let governed = self.verb.get(verb) == Some(&true)
            && OBJECT_PRONOUN_VERBS.iter().any(|v| lower.starts_with(v));
        let before_prep = k + 1 < self.tokens.len()
            && matches!(self.word(k + 1), "of" | "to" | "against" | "for" | "over");
        if !governed || !before_prep {
            return None;
        }
        let plural = self.word(k) == "them";
        let sentence = self.sentence_of(span.start)?;
        let here: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| m.sentence == sentence && !self.in_quote(m.span.start))
            .collect();
        let subject = here.iter().map(|m| m.span.start).min()?;
        here.iter()
            .filter(|m| m.span.end <= span.start && m.span.start > subject)
            .filter(|m| m.form != MentionForm::Adjective)
            // "filed a case against X at the court, accusing it of": the venue after "at"
            // or "before" is no party
            .filter(|m| !self.after_venue_preposition(m.span))
            .filter(|m| {
                self.actors.get(m.actor as usize).is_some_and(|a| {
                    if plural {
                        a.actor.kind == ActorKind::Group && !a.one_person
                    } else {
                        matches!(a.actor.kind, ActorKind::Country | ActorKind::Organization)
                    }
                })
            })
            .max_by_key(|m| m.span.start)
            .map(|m| m.actor)
    }

    /// Whether the mention at `span` follows "at" or "before" (with "the" between at most):
    /// a venue ("at the International Court of Justice", "before the tribunal").
    fn after_venue_preposition(&self, span: Span) -> bool {
        let Some(first) = self.token_at(span.start) else {
            return false;
        };
        let mut k = first;
        if k > 0 && self.word(k - 1).eq_ignore_ascii_case("the") {
            k -= 1;
        }
        if k > 0 && matches!(self.word(k - 1), "at" | "before") {
            return true;
        }
        // (or by the parse, across modifiers: "at a UN tribunal", of "UN" too, which
        // modifies the noun the preposition marks)
        let last = self.token_at(span.end.saturating_sub(1)).unwrap_or(first);
        let noun = self
            .parsed
            .get(last)
            .filter(|t| t.deprel.base() == "compound" && t.head != attache_core::NO_HEAD)
            .map_or(last, |t| t.head as usize);
        let from = first.saturating_sub(6);
        (from..first).any(|j| {
            self.parsed.get(j).is_some_and(|t| {
                let h = t.head as usize;
                t.deprel.base() == "case"
                    && ((first..=last).contains(&h) || h == noun)
                    && matches!(self.word(j), "at" | "before")
            })
        })
    }

    /// Records a mention of actor `a` and counts it in the actor's tallies (its latest
    /// position and number of mentions).
    fn push_counted(&mut self, span: Span, a: u32, form: MentionForm, sentence: u32) {
        self.mentions.push(Mention {
            span,
            actor: a,
            form,
            sentence,
        });
        if let Some(x) = self.actors.get_mut(a as usize) {
            x.last = x.last.max(span.start);
            x.count += 1;
        }
    }

    fn person_pronoun_at(&self, k: usize) -> bool {
        (k..(k + 2).min(self.tokens.len()))
            .any(|i| matches!(self.word(i), "he" | "she" | "his" | "her" | "him"))
    }

    fn is_report_verb(&self, k: usize) -> bool {
        self.stage.report_verbs.contains(self.word(k))
    }

    /// Whether an actor can be "it" (`n`: a state, government or organisation) or
    /// "they" (`p`: a group).
    fn fits(&self, actor: u32, kind: char) -> bool {
        self.actors.get(actor as usize).is_some_and(|a| match kind {
            'n' => matches!(a.actor.kind, ActorKind::Country | ActorKind::Organization),
            _ => a.actor.kind == ActorKind::Group,
        })
    }

    /// "it was unclear whether...", "it is likely that...": an expletive "it" refers to nothing.
    fn expletive_it(&self, k: usize) -> bool {
        matches!(
            self.word(k + 1),
            "is" | "was" | "'s" | "remains" | "remained" | "seems" | "seemed"
        ) && matches!(
            self.word(k + 2),
            "unclear"
                | "clear"
                | "likely"
                | "unlikely"
                | "possible"
                | "impossible"
                | "important"
                | "necessary"
                | "time"
                | "hard"
                | "difficult"
                | "true"
                | "understood"
                | "believed"
                | "expected"
                | "thought"
                | "reported"
        )
    }

    /// The index of the last token starting before byte `at` (the token right before a
    /// span that starts at `at`), if any.
    fn token_before(&self, at: u32) -> Option<usize> {
        self.tokens.partition_point(|t| t.start < at).checked_sub(1)
    }

    /// The actor mentioned last whose KB entry (id starting with `kb_prefix`: "igo:",
    /// "group:") lists `noun` among its own nouns ("the alliance", "the group"), with its
    /// index.
    fn last_kb_with_noun(&self, noun: &str, kb_prefix: &str) -> Option<(usize, &ActorState)> {
        self.actors
            .iter()
            .enumerate()
            .filter(|(_, a)| a.count > 0 && a.igo_nouns.iter().any(|n| n == noun))
            .filter(|(_, a)| {
                a.actor
                    .kb_id
                    .as_deref()
                    .is_some_and(|id| id.starts_with(kb_prefix))
            })
            .max_by_key(|(_, a)| a.last)
    }

    /// The country of the government that speaks in the clause holding `span`: the
    /// mention right before a reporting verb at most six words before `span` in its
    /// sentence, when that is a country or a government (a seat: "Downing Street", "the
    /// Kremlin"; a GOV body).
    fn speaking_government_country(&self, span: Span) -> Option<String> {
        let sentence = self.sentence_of(span.start)?;
        let (_, range) = self.sentences.get(sentence as usize)?.clone();
        let k = self.tokens.partition_point(|t| t.start < span.start);
        let verb = (k.saturating_sub(6).max(range.start)..k)
            .rev()
            .find(|&v| self.is_report_verb(v))?;
        let before = self.tokens[verb].start;
        let m = self
            .mentions
            .iter()
            .filter(|m| m.sentence == sentence && m.span.end <= before)
            .filter(|m| m.form != MentionForm::Adjective && !self.in_quote(m.span.start))
            .max_by_key(|m| m.span.start)?;
        let a = &self.actors.get(m.actor as usize)?.actor;
        let government = a.kind == ActorKind::Country
            || (a.role.as_deref() == Some("GOV") && a.kind != ActorKind::Person);
        government.then(|| a.country.clone()).flatten()
    }

    fn speaker_pronoun(&self, k: usize, sentence: u32, kind: char) -> Option<u32> {
        if kind == 'n' && self.expletive_it(k) {
            return None;
        }
        let (sent_span, range) = self.sentences.get(sentence as usize)?.clone();
        // "X said (on Monday) (that) it ...": the nearest fitting mention before the verb
        let verb = (k.saturating_sub(6).max(range.start)..k)
            .rev()
            .find(|&v| self.is_report_verb(v));
        if let Some(v) = verb {
            // the pronoun must stand in what the verb reports: not in a clause the verb
            // interrupts as an aside ("The problem with the proposals, officials say, was
            // that they would ...": the proposals, not the officials)
            let aside = self.word(v + 1) == ","
                || self
                    .parsed
                    .get(v)
                    .is_some_and(|t| t.deprel.base() == "parataxis");
            if aside && !self.parsed.is_empty() && !self.governs_token(v, k) {
                return None;
            }
            // the verb's own subject in the parse, when it has one before it ("Saudi Arabia
            // is sending members of Congress a paper that the kingdom hopes will show that
            // it ...": not Congress); a subject naming no actor gives no referent
            // (a relative or personal pronoun as the subject: the nearest mention, as below)
            if let Some(subject) = self.subject_before(v, range.clone()) {
                // the subject's own mention, else one of a noun it governs ("a spokeswoman
                // for YouTube", "the bank's board", "Teck, the mining company",
                // "experts and U.S. officials")
                // ("the chairman of the board of Freedom Partners": two nouns down)
                let governs = |i: usize, of: usize| {
                    self.parsed.get(i).is_some_and(|t| {
                        t.head == of as u32 && matches!(t.deprel.base(), "nmod" | "appos" | "conj")
                    })
                };
                let dependents = (range.start..range.end).filter(|&i| governs(i, subject));
                let second = (range.start..range.end).filter(|&i| {
                    self.parsed.get(i).is_some_and(|t| {
                        governs(t.head as usize, subject) && governs(i, t.head as usize)
                    })
                });
                let here: Vec<&Mention> = self
                    .mentions
                    .iter()
                    .filter(|m| m.sentence == sentence && m.form != MentionForm::Adjective)
                    .collect();
                let covering = std::iter::once(subject)
                    .chain(dependents)
                    .chain(second)
                    .find_map(|i| {
                        let at = self.tokens[i];
                        here.iter()
                            .filter(|m| m.span.start <= at.start && m.span.end >= at.end)
                            .filter(|m| !self.in_quote(m.span.start))
                            .max_by_key(|m| m.span.end - m.span.start)
                            .map(|m| m.actor)
                    });
                // (a subject that cannot be "it", "Cummings, chair of the committee, said
                // that it": the nearest fitting mention, as below)
                match covering {
                    Some(a) if self.fits(a, kind) => return Some(a),
                    Some(_) => {}
                    None if self.noun.get(subject) == Some(&true)
                        || self.propn.get(subject) == Some(&true) =>
                    {
                        return None
                    }
                    None => {}
                }
            }
            let before = self.tokens[v].start;
            // ("attorneys for the department said that they", parsed with no subject of
            // "said": not the judge named before the attorneys) for "they", a plural
            // common noun naming no one between the mention and the verb, other than an
            // oblique ("in statements"; one after "of" counts: "several of the candidates"),
            // is the sayer the text does not code
            let of_phrase = |i: usize| {
                (range.start..i).any(|j| {
                    self.parsed.get(j).is_some_and(|t| {
                        t.head == i as u32 && t.deprel.base() == "case" && self.word(j) == "of"
                    })
                })
            };
            let unnamed_between = |m: &Mention| {
                kind == 'p'
                    && (range.start..v).any(|i| {
                        self.tokens[i].start >= m.span.end
                            && self.parsed.get(i).is_some_and(|t| {
                                t.xpos.as_str() == "NNS"
                                    && (t.deprel.base() != "obl" || of_phrase(i))
                            })
                            && !self.mentions.iter().any(|x| {
                                x.span.start <= self.tokens[i].start
                                    && x.span.end >= self.tokens[i].end
                            })
                    })
            };
            return self
                .mentions
                .iter()
                .filter(|m| m.sentence == sentence && m.span.end <= before)
                .filter(|m| m.form != MentionForm::Adjective && !self.in_quote(m.span.start))
                .max_by_key(|m| m.span.start)
                .filter(|m| self.fits(m.actor, kind) && !unnamed_between(m))
                .map(|m| m.actor);
        }
        // "They said ..." opening a sentence: the subject opening the sentence before
        if k != range.start || sentence == 0 {
            return None;
        }
        // ("The ministry rejected the claim. It accused Kyiv of lying.": "It" as the
        // subject of a verb of its own, not a copula's, when the organisation or state
        // opening the sentence before is that sentence's subject)
        let acting_it = || {
            self.parsed.get(k).is_some_and(|t| {
                t.deprel.as_str() == "nsubj"
                    && t.head == k as u32 + 1
                    && self
                        .parsed
                        .get(k + 1)
                        .is_some_and(|v| v.upos.as_str() == "VERB" && v.xpos.as_str() != "VBG")
            })
        };
        let next_ok = match kind {
            'n' => k + 1 < range.end && (self.is_report_verb(k + 1) || acting_it()),
            _ => self
                .word(k + 1)
                .chars()
                .next()
                .is_some_and(char::is_lowercase),
        };
        if !next_ok {
            return None;
        }
        let (_, prev) = self.sentences.get(sentence as usize - 1)?.clone();
        let mut first = prev.start;
        if DETERMINERS.contains(&self.word(first).to_lowercase().as_str()) {
            first += 1;
        }
        let opening = self.tokens.get(first)?.start;
        let _ = sent_span;
        self.mentions
            .iter()
            .filter(|m| m.sentence == sentence - 1 && m.form != MentionForm::Adjective)
            .min_by_key(|m| m.span.start)
            .filter(|m| m.span.start <= opening && m.span.end > opening)
            .filter(|m| self.fits(m.actor, kind) && !self.in_quote(m.span.start))
            .filter(|m| self.is_report_verb(k + 1) || kind != 'n' || self.mention_is_subject(m))
            .map(|m| m.actor)
    }

    /// Whether a token of mention `m` is a nominal subject in the parse ("The ministry"
    /// of "The ministry rejected the claim").
    fn mention_is_subject(&self, m: &Mention) -> bool {
        let first = self.tokens.partition_point(|t| t.start < m.span.start);
        (first..self.tokens.len())
            .take_while(|&i| self.tokens[i].end <= m.span.end)
            .any(|i| {
                self.parsed
                    .get(i)
                    .is_some_and(|p| p.deprel.as_str() == "nsubj")
            })
    }

    /// "The ministry is weighing what steps it will take", "officials insist that they gave
    /// no support": "it" or "they" as the subject of a clause below another clause (not an
    /// adverbial one)
    /// (up the parse from the pronoun's verb, at most six steps) is the subject of the
    /// first clause above it that has one before the pronoun, when that subject is an
    /// organisation or state (for "it") or a group (for "they") and no other actor is named
    /// between them. A subject naming no actor, or one that does not agree, gives none.
    fn subordinate_subject_pronoun(&self, k: usize, sentence: u32, kind: char) -> Option<u32> {
        if kind == 'n' && self.expletive_it(k) {
            return None;
        }
        let (_, range) = self.sentences.get(sentence as usize)?.clone();
        let token = |i: usize| self.parsed.get(i);
        if token(k)?.deprel.base() != "nsubj" {
            return None;
        }
        let head_of = |i: usize| {
            token(i)
                .map(|t| t.head as usize)
                .filter(|&h| h != attache_core::NO_HEAD as usize && range.contains(&h))
        };
        let mut at = head_of(k)?;
        // each clause on the way up is an argument or a description of the one above it
        // (not a clause of time, reason or condition: "Pakistan has forced migrants out
        // since it launched a campaign"; not a clause joined by "and": "where Washington
        // might move the detainees and how much it would cost" is a thing)
        let below =
            |i: usize| token(i).is_some_and(|t| !matches!(t.deprel.base(), "advcl" | "conj"));
        let mut subject = None;
        for _ in 0..6 {
            if !below(at) {
                return None;
            }
            at = head_of(at)?;
            subject = (range.start..k).find(|&i| {
                head_of(i) == Some(at) && token(i).is_some_and(|t| t.deprel.base() == "nsubj")
            });
            if subject.is_some() {
                break;
            }
        }
        let subject = subject?;
        let start = self.tokens[subject].start;
        let end = self.tokens[subject].end;
        let here: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| m.sentence == sentence && m.form != MentionForm::Adjective)
            .collect();
        let covering = here
            .iter()
            .filter(|m| m.span.start <= start && m.span.end >= end)
            .max_by_key(|m| m.span.end - m.span.start)?;
        let pronoun = self.tokens[k].start;
        let between = here
            .iter()
            .any(|m| m.span.start >= covering.span.end && m.span.end <= pronoun);
        (self.fits(covering.actor, kind) && !between && !self.in_quote(covering.span.start))
            .then_some(covering.actor)
    }

    /// Whether token `v` is an ancestor of token `k` in the parse (at most ten steps up).
    fn governs_token(&self, v: usize, k: usize) -> bool {
        let mut at = k;
        for _ in 0..10 {
            match self.parsed.get(at) {
                Some(t) if t.head != attache_core::NO_HEAD => at = t.head as usize,
                _ => return false,
            }
            if at == v {
                return true;
            }
        }
        false
    }

    /// The token of verb `v`'s nominal subject in the parse (`nsubj`), when it comes before
    /// the verb inside `range`; none without a parse.
    fn subject_before(&self, v: usize, range: std::ops::Range<usize>) -> Option<usize> {
        (range.start..v).rev().find(|&i| {
            self.parsed
                .get(i)
                .is_some_and(|t| t.head == v as u32 && t.deprel.as_str() == "nsubj")
        })
    }

    /// "Moscow has voiced concerns about what it sees as...", "countries are free to choose
    /// which alliances they want to join": "it" or "they" as the subject of a wh-clause (a
    /// wh-word at most three words before it, no punctuation between) is the subject of the
    /// clause that holds the wh-clause, found up the parse, when that subject agrees in
    /// number (a plural noun for "they", a singular one for "it"). A plural common noun
    /// naming no actor becomes an unnamed group of its own ("countries"), so that what
    /// "they" want has a source.
    fn wh_clause_pronoun(&mut self, k: usize, sentence: u32, kind: char) -> Option<u32> {
        if kind == 'n' && self.expletive_it(k) {
            return None;
        }
        let (_, range) = self.sentences.get(sentence as usize)?.clone();
        let wh = (k.saturating_sub(3).max(range.start)..k).rev().find(|&w| {
            matches!(
                self.word(w).to_lowercase().as_str(),
                "what" | "which" | "whom" | "whose" | "how" | "whatever" | "whichever"
            )
        })?;
        if (wh + 1..k).any(|w| !self.word(w).chars().all(char::is_alphanumeric)) {
            return None;
        }
        let token = |i: usize| self.parsed.get(i);
        let head_of = |i: usize| {
            token(i)
                .map(|t| t.head)
                .filter(|&h| h != attache_core::NO_HEAD)
                .map(|h| h as usize)
        };
        // the wh-clause says what the pronoun's referent wants, sees or says
        let verb = head_of(k)?;
        if !WH_CLAUSE_VERBS.contains(&self.word(verb).to_lowercase().as_str()) {
            return None;
        }
        // up from the pronoun's verb, past the wh-word, to a clause with a subject of its own
        let mut at = verb;
        let mut passed_wh = false;
        let mut subject = None;
        for _ in 0..8 {
            if at < range.start || at >= range.end {
                return None;
            }
            if at <= wh {
                passed_wh = true;
            }
            if passed_wh {
                subject = (range.start..range.end).find(|&i| {
                    i != k
                        && head_of(i) == Some(at)
                        && token(i).is_some_and(|t| t.deprel.base() == "nsubj")
                });
                if subject.is_some() {
                    break;
                }
            }
            at = head_of(at)?;
        }
        let subject = subject?;
        if subject > k {
            return None;
        }
        let xpos = token(subject)?.xpos.as_str();
        let plural = matches!(xpos, "NNS" | "NNPS");
        let noun = matches!(xpos, "NN" | "NNS" | "NNP" | "NNPS");
        if !noun || plural != (kind == 'p') {
            return None;
        }
        let covering = self
            .mentions
            .iter()
            .filter(|m| m.sentence == sentence && m.form != MentionForm::Adjective)
            .filter(|m| {
                m.span.start <= self.tokens[subject].start && m.span.end >= self.tokens[subject].end
            })
            .max_by_key(|m| m.span.end - m.span.start)
            .map(|m| m.actor);
        if let Some(a) = covering {
            return self.fits(a, kind).then_some(a);
        }
        // a bare plural common noun, no named part, no determiner or a plain one
        if kind != 'p' || self.propn.get(subject) == Some(&true) {
            return None;
        }
        let mut first = subject;
        while first > range.start
            && head_of(first - 1) == Some(subject)
            && token(first - 1)
                .is_some_and(|t| matches!(t.deprel.base(), "det" | "amod" | "compound"))
        {
            first -= 1;
        }
        if (first..subject).any(|i| self.propn.get(i) == Some(&true)) {
            return None;
        }
        let span = Span {
            start: self.tokens[first].start,
            end: self.tokens[subject].end,
        };
        let head = self.word(subject).to_lowercase();
        let a = self.actor_by_key(format!("group::{}", singular(&head)), |w| {
            uncoded_group(w.slice(span).to_string())
        });
        self.push_counted(span, a, MentionForm::Description, sentence);
        Some(a)
    }

    /// "We" inside a quote whose speaker, named right after it with a reporting verb, is an
    /// official of a government: that government.
    fn we_actor(&mut self, k: usize, sentence: u32) -> Option<u32> {
        let at = self.tokens[k].start;
        let quote = {
            let i = self.quotes.partition_point(|q| q.end <= at);
            self.quotes.get(i).filter(|q| q.start <= at).copied()?
        };
        let (_, range) = self.sentences.get(sentence as usize)?.clone();
        // ", Lavrov said" / ", he said" / ", said Lavrov" right after the quote
        let after = self.tokens[range.clone()]
            .iter()
            .position(|t| t.start >= quote.end)
            .map(|p| range.start + p)?;
        let window = after..(after + 4).min(range.end);
        if !window.clone().any(|v| self.is_report_verb(v)) {
            return None;
        }
        let speaker = self
            .mentions
            .iter()
            .filter(|m| m.sentence == sentence && m.span.start >= quote.end)
            .filter(|m| {
                self.token_at(m.span.start)
                    .is_some_and(|t| window.contains(&t))
            })
            .find(|m| {
                self.actors
                    .get(m.actor as usize)
                    .is_some_and(|a| a.actor.kind == ActorKind::Person)
            })
            .map(|m| m.actor)?;
        let a = self.actors.get(speaker as usize)?;
        // (a state governor's "we" is the state's)
        if a.actor.role.as_deref() != Some("GOV") || self.state_holders.contains(&speaker) {
            return None;
        }
        let country = a.actor.country.clone()?;
        self.government_of(&country)
    }

    /// The government actor of a country (as its capital would stand for it).
    fn government_of(&mut self, country: &str) -> Option<u32> {
        let code = format!("{country}GOV");
        let seat = self
            .kb()
            .seats()
            .iter()
            .position(|s| s.country.as_deref() == Some(country) && s.code == code)?;
        Some(self.seat_actor(seat as u32))
    }

    /// The story's country, for agents named without one (ICEWS practice: the unnamed
    /// country of a domestic agent is the story's): the country of the dateline's place
    /// when the KB knows it as a capital, seat or country ("YAOUNDE" → CMR), else the
    /// country holding a clear majority of the article's country-coded KB names (countries,
    /// demonyms, capitals, people, armed groups): at least [`PRIOR_MIN_MENTIONS`] of them and
    /// more than two thirds of all. The dateline counts only when the article names no
    /// country, names the dateline's at least as often as any other, or names its
    /// government or people (a person, group or government building of the KB) and no
    /// other country more than twice as often ("LONDON" over a story of Russian strikes
    /// on Kyiv gives no prior); when it and a majority disagree
    /// ("WASHINGTON" over a story naming Venezuela throughout), there is no prior.
    fn document_country(&self) -> Option<(String, &'static str)> {
        let mut counts: Vec<(&str, u32)> = Vec::new();
        let mut with_outlets: Vec<(&str, u32)> = Vec::new();
        // countries whose government or people the article names (a KB person serving it,
        // a group of it, a seat of power that is a building: "White House aides"), not
        // only its name, a demonym or a city
        let mut governed: Vec<&str> = Vec::new();
        let add = |counts: &mut Vec<(&'a str, u32)>, country: &'a str| match counts
            .iter_mut()
            .find(|(k, _)| *k == country)
        {
            Some((_, n)) => *n += 1,
            None => counts.push((country, 1)),
        };
        // the surnames of people the article names in full who are no KB person ("Pete
        // Johnson"): that bare surname is theirs, not a KB namesake's ("Johnson" is then
        // no British prime minister)
        let others: Vec<&str> = (self.cands.iter())
            .filter(|c| matches!(c.what, What::Unknown(NameKind::Person)))
            .filter_map(|c| self.slice(c.span).rsplit_once(' ').map(|(_, last)| last))
            .collect();
        for c in 0..self.cands.len() {
            let Some(entry) = self.entry_of_cand(c) else {
                continue;
            };
            let Some(country) = self.country_of_entry(entry) else {
                continue;
            };
            if matches!(entry, EntryRef::Person(_))
                && others.contains(&self.slice(self.cands[c].span))
            {
                continue;
            }
            // ("a judge of Mexican heritage" says nothing of where the story is)
            if matches!(entry, EntryRef::Country(_)) && self.heritage_adjective(c) {
                continue;
            }
            // undated, a KB person counts by a full name only: a bare surname is too often
            // someone else's ("Sen. Cruz" is no Portuguese minister)
            if self.date.is_none()
                && matches!(entry, EntryRef::Person(_))
                && !self.slice(self.cands[c].span).contains(' ')
            {
                continue;
            }
            add(&mut with_outlets, country);
            // a news outlet's home is no evidence of where the story is ("CNN quoted a
            // witness" in a story on France) but as a last resort, below
            if let EntryRef::Group(g) = entry {
                if self
                    .kb()
                    .groups()
                    .get(g as usize)
                    .is_some_and(|g| g.role == "MED")
                {
                    continue;
                }
            }
            add(&mut counts, country);
            let own = match entry {
                EntryRef::Person(_) | EntryRef::Group(_) => true,
                EntryRef::Seat(s) => {
                    (self.kb().seats().get(s as usize)).is_some_and(|s| s.kind != "capital")
                }
                _ => false,
            };
            if own && !governed.contains(&country) {
                governed.push(country);
            }
        }
        for &country in &self.other_name_countries {
            add(&mut counts, country);
            add(&mut with_outlets, country);
        }
        let majority_of = |counts: &[(&str, u32)]| {
            let total: u32 = counts.iter().map(|(_, n)| n).sum();
            counts
                .iter()
                .find(|(_, n)| *n >= PRIOR_MIN_MENTIONS && 3 * n > 2 * total)
                .map(|(c, _)| c.to_string())
        };
        let total: u32 = counts.iter().map(|(_, n)| n).sum();
        let majority = majority_of(&counts);
        let dateline = self.dateline.and_then(|d| self.dateline_country(d));
        // The dateline names where the story was filed, not always what it is about
        // ("LONDON" over Russian strikes on Kyiv): alone it counts only when the article
        // names no country, names the dateline's at least as often as any other, or names
        // the dateline country's government or people ("White House aides" under
        // "WASHINGTON") and no other country more than twice as often (a story from
        // Washington that mentions Beijing and the Chinese once each is still American;
        // "the Kenyan capital" under "NAIROBI" in a story on Somalia is no more than a
        // place).
        let most = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
        let named_enough = |d: &str| {
            let own = counts.iter().find(|(c, _)| *c == d).map_or(0, |(_, n)| *n);
            total == 0 || (own > 0 && own >= most) || (governed.contains(&d) && 2 * own >= most)
        };
        // The headline's one country ("Lebanese army seizes arms" over "The army said"),
        // when the text names no other country: with a dateline not named enough, only the
        // dateline's own (session 29).
        let headline = || {
            self.headline_country()
                .filter(|h| counts.iter().all(|(c, _)| *c == h.as_str()))
        };
        match (dateline, majority) {
            (Some(d), Some(m)) if d != m => None,
            (Some(d), _) if named_enough(&d) => Some((d, "the dateline")),
            (Some(d), _) => headline()
                .filter(|h| *h == d)
                .map(|h| (h, "the dateline and the headline")),
            (None, Some(m)) => Some((m, "most of the article's places and actors")),
            // nothing else gives a country: the home of the news outlets it names counts
            // with the rest ("The Washington Post" in a story from Charlotte)
            (None, None) => majority_of(&with_outlets)
                .map(|m| (m, "most of the article's places and actors"))
                .or_else(|| headline().map(|h| (h, "the headline"))),
        }
    }

    /// The one country the headline names by a KB country's name, alias or demonym, or a
    /// seat of power ("Lebanese army seizes weapons near border": LBN); none when it names
    /// none or several. Words of three letters or more, alone or two together ("South
    /// Korea"); a headline in capitals is read in title case.
    fn headline_country(&self) -> Option<String> {
        let line = self.headline?;
        let capitals = !line.chars().any(char::is_lowercase);
        let words: Vec<String> = line
            .split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
            .filter(|w| !w.is_empty())
            .map(|w| {
                if capitals {
                    let mut cs = w.chars();
                    cs.next().map_or(String::new(), |f| {
                        f.to_uppercase()
                            .chain(cs.flat_map(char::to_lowercase))
                            .collect()
                    })
                } else {
                    w.to_string()
                }
            })
            .collect();
        let country_of = |name: &str| -> Option<String> {
            if name.len() < 3 || !name.starts_with(char::is_uppercase) {
                return None;
            }
            self.kb()
                .country(name)
                .map(|c| c.alpha3.clone())
                .or_else(|| self.kb().seat(name).and_then(|s| s.country.clone()))
        };
        // In a headline in sentence case, a country's word beside another title-case word
        // that is no country's is a word of a name ("Michael Jordan backs mayor", "Jordan
        // River floods"); a US state's name is no country's ("Georgia storms"). (Session 29
        // review.)
        let sentence_case = !capitals
            && words
                .iter()
                .any(|w| w.chars().count() >= 4 && w.starts_with(char::is_lowercase));
        let titled_other = |w: Option<&String>| {
            w.is_some_and(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().skip(1).any(char::is_lowercase)
                    && country_of(w).is_none()
            })
        };
        let mut found: Vec<String> = Vec::new();
        let mut k = 0;
        while k < words.len() {
            let pair = words.get(k + 1).map(|n| format!("{} {}", words[k], n));
            if pair
                .as_ref()
                .is_some_and(|p| self.stage.us_states.contains_key(p))
            {
                // ("New Mexico wildfire": no Mexico.)
                k += 2;
                continue;
            }
            if let Some(c) = pair.as_deref().and_then(country_of) {
                found.push(c);
                k += 2;
                continue;
            }
            let named = sentence_case
                && (titled_other(k.checked_sub(1).and_then(|j| words.get(j)))
                    || titled_other(words.get(k + 1)));
            let country = country_of(&words[k]);
            let state = self.stage.us_states.contains_key(&words[k]);
            if state
                && country
                    .as_deref()
                    .is_some_and(|c| c != self.stage.states_country)
            {
                // (Georgia: unsure which.)
                return None;
            }
            // a word that is a food as well as a country before a market's or a kitchen's
            // word ("Turkey prices soar"), a city before the meeting it hosts ("Paris talks
            // stall": the talks' parties are elsewhere) is no country of the story
            // (session 29, dateline29)
            let next = words.get(k + 1).map(|w| w.to_lowercase());
            let food = FOOD_COUNTRIES.contains(&words[k].as_str())
                && next
                    .as_deref()
                    .is_some_and(|n| FOOD_MARKET_WORDS.contains(&n));
            let venue = country.is_some()
                && self.kb().country(&words[k]).is_none()
                && next.as_deref().is_some_and(|n| VENUE_WORDS.contains(&n));
            if let Some(c) = country.filter(|_| !(named || food || venue)) {
                found.push(c);
            }
            k += 1;
        }
        found.sort();
        found.dedup();
        match found.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        }
    }

    /// The country a KB person serves at the article's date (the office held then, else
    /// the latest one before it), without reading their whole record.
    fn person_country(&self, person: u32) -> Option<&'a str> {
        // with no date, the country of the latest office, the one the person is coded by
        // (`Kb::info`): Trump's mentions make an undated story American
        let Some(date) = self.date else {
            return self
                .kb()
                .roles_of(person)
                .max_by_key(|r| r.valid.start)?
                .country
                .as_deref();
        };
        let mut best: Option<(bool, Option<Date>, &attache_kb::Role)> = None;
        for r in self.kb().roles_of(person) {
            let current = r.valid.contains(date);
            if !current && r.valid.start.is_some_and(|s| s > date) {
                continue;
            }
            let key = (current, r.valid.start);
            if best.is_none_or(|(c, s, _)| key > (c, s)) {
                best = Some((current, r.valid.start, r));
            }
        }
        best?.2.country.as_deref()
    }

    /// The country of a dateline's place ("YAOUNDE", "Kyiv", "NEW YORK") by the KB's
    /// capitals, seats and country names.
    /// Whether the place of `dateline` (before any comma, any case) is a KB seat of
    /// government ("WASHINGTON").
    fn dateline_is_seat(&self, dateline: &str) -> bool {
        let place = dateline.split(',').next().unwrap_or("").trim();
        let mut title = String::with_capacity(place.len());
        let mut start = true;
        for ch in place.chars() {
            if start {
                title.extend(ch.to_uppercase());
            } else {
                title.extend(ch.to_lowercase());
            }
            start = !ch.is_alphabetic();
        }
        [place, title.as_str()]
            .iter()
            .any(|name| !name.is_empty() && self.kb().seat(name).is_some())
    }

    fn dateline_country(&self, dateline: &str) -> Option<String> {
        let mut title = String::with_capacity(dateline.len());
        let mut start = true;
        for ch in dateline.trim().chars() {
            if start {
                title.extend(ch.to_uppercase());
            } else {
                title.extend(ch.to_lowercase());
            }
            start = !ch.is_alphabetic() && ch != '\'' && ch != '’';
        }
        // "TORREON, Mexico": the region after the place may be the country
        let region = dateline.rsplit_once(',').map_or("", |(_, r)| r.trim());
        let known = [dateline.trim(), title.as_str(), region]
            .iter()
            .filter(|name| !name.is_empty())
            .find_map(|name| {
                self.kb()
                    .seat(name)
                    .and_then(|s| s.country.clone())
                    .or_else(|| self.kb().country(name).map(|c| c.alpha3.clone()))
            });
        if known.is_some() {
            return known;
        }
        // "MANCHESTER, N.H.", "DES MOINES, Iowa": a US state after the town
        if self.stage.us_states.contains_key(region) && !self.stage.states_country.is_empty() {
            return Some(self.stage.states_country.clone());
        }
        // "MIAMI", "BUFFALO, N.Y." (above): a large town the gazetteer knows
        let town = title.split(',').next().unwrap_or("").trim();
        let place_country = self.stage.place_country.as_ref()?;
        (!town.is_empty()).then(|| place_country(town)).flatten()
    }

    /// The story's country for an agent with no country of its own.
    fn prior_country(&mut self) -> Option<String> {
        if self.doc_country.is_none() {
            self.doc_country = Some(self.document_country());
        }
        self.doc_country.clone().flatten().map(|(c, _)| c)
    }

    /// The country of the place a sentence opens with as its scene, "In <place>," ("In
    /// Havana, the government said"; "In Dar es Salaam, officials"), for an agent of
    /// candidate `r` after that comma with no verb before it: a country or seat of the KB,
    /// else a town the gazetteer places ([`ActorResolution::with_place_country`]); none
    /// when the place is more than three words, not all capitalised, or the sentence opens
    /// otherwise.
    fn scene_country(&self, r: usize) -> Option<String> {
        let cand = self.cands.get(r)?;
        let (_, range) = self.sentences.get(cand.sentence as usize)?.clone();
        if !self.word(range.start).eq_ignore_ascii_case("in") {
            return None;
        }
        let at = self.token_at(cand.span.start)?;
        let comma = (range.start + 2..(range.start + 5).min(at)).find(|&k| self.word(k) == ",")?;
        // (the agent opens the clause after the comma: "In Havana, the government said",
        // not "In Havana, Castro said ... decided in the courts")
        if (comma + 1..at).any(|k| self.verb.get(k) == Some(&true)) {
            return None;
        }
        let place = range.start + 1..comma;
        if !place
            .clone()
            .all(|k| self.word(k).starts_with(char::is_uppercase))
        {
            return None;
        }
        let first = self.tokens[place.start].start;
        let last = self.tokens[comma].end;
        let country = match self.cand_covering(first) {
            Some(x) => self.country_of_cand(x),
            None => {
                let name = place.map(|k| self.word(k)).collect::<Vec<_>>().join(" ");
                self.stage.place_country.as_ref().and_then(|f| f(&name))
            }
        }?;
        // (only a country the article names outside the opener: a venue's host, "In
        // Geneva, officials said" of talks on Iran, is no actor of the story)
        let named = self.mentions.iter().any(|m| {
            (m.span.end <= first || m.span.start >= last)
                && (self.actors.get(m.actor as usize))
                    .is_some_and(|a| a.actor.country.as_deref() == Some(country.as_str()))
        });
        named.then_some(country)
    }

    /// The country of the town right after "of" that follows candidate `r` ("The Governor
    /// of Lagos", "the mayor of Mombasa"): one to three capitalised words of its sentence
    /// (a trailing "State" or "City" left out) that no candidate covers and the gazetteer
    /// places; none for a US state (its offices are read by the state-office rules) or
    /// when the place is followed by another capitalised word.
    fn of_place_country(&self, r: usize) -> Option<String> {
        let cand = self.cands.get(r)?;
        let of = self.tokens.partition_point(|t| t.start < cand.span.end);
        if self.word(of) != "of" {
            return None;
        }
        let sentence = self.sentence_of(self.tokens.get(of)?.start);
        let words: Vec<usize> = (of + 1..self.tokens.len())
            .take_while(|&k| {
                self.sentence_of(self.tokens[k].start) == sentence
                    && self.word(k).starts_with(char::is_uppercase)
            })
            .collect();
        if words.is_empty() || words.len() > 3 {
            return None;
        }
        if words
            .iter()
            .any(|&k| self.cand_covering(self.tokens[k].start).is_some())
        {
            return None;
        }
        let mut names: Vec<&str> = words.iter().map(|&k| self.word(k)).collect();
        if names.len() > 1 && matches!(names.last(), Some(&("State" | "City"))) {
            names.pop();
        }
        let name = names.join(" ");
        if self.stage.us_states.contains_key(name.as_str()) {
            return None;
        }
        self.stage.place_country.as_ref().and_then(|f| f(&name))
    }

    /// With no story country (a story of several countries): the one country the sentence
    /// of an agent subject names as its scene, after "in" ("In Cambodia, soldiers were
    /// seen massing near the border", "Protesters in Bangkok marched"), when the agent
    /// opens its clause (no verb before it in the sentence) and no other country, person,
    /// group or IGO of the KB is named there.
    fn sentence_sole_country(&self, r: usize) -> Option<String> {
        let cand = self.cands.get(r)?;
        let (_, range) = self.sentences.get(cand.sentence as usize)?.clone();
        let at = self.token_at(cand.span.start)?;
        if (range.start..at).any(|k| self.verb.get(k) == Some(&true)) {
            return None;
        }
        let mut sole: Option<(String, bool)> = None;
        for (k, c) in self.cands.iter().enumerate() {
            if c.sentence != cand.sentence || k == r {
                continue;
            }
            let country = match &c.what {
                What::Kb(_) => match self.entry_of_cand(k) {
                    Some(EntryRef::Country(_) | EntryRef::Seat(_)) => self.country_of_cand(k),
                    Some(EntryRef::Person(_) | EntryRef::Group(_) | EntryRef::Igo(_)) => {
                        return None
                    }
                    _ => None,
                },
                _ => None,
            };
            if let Some(cty) = country {
                if sole.as_ref().is_some_and(|s| s.0 != cty) {
                    return None;
                }
                let after_in = self.token_at(c.span.start).is_some_and(|t| {
                    t > range.start && self.word(t - 1).eq_ignore_ascii_case("in")
                });
                let scene = after_in || sole.as_ref().is_some_and(|s| s.1);
                sole = Some((cty, scene));
            }
        }
        sole.filter(|s| s.1).map(|s| s.0)
    }

    /// The country of the capitalised legislature word `x` opening a legislator's title
    /// ("Senate Foreign Relations Committee Chairman Bob Corker"): its actor's, else its own
    /// phrase's, else the default of [`Work::body_default_country`]; never the story's
    /// country by itself ("sanctions on Iran" make no Iranian senator).
    fn legislature_country(&mut self, x: usize) -> Option<String> {
        if self.subnational_body(x) {
            return None;
        }
        if let Some(a) = self.cand_actor.get(x).copied().flatten() {
            return self.actors.get(a as usize)?.actor.country.clone();
        }
        if let Some(c) = self.phrases.get(&x).and_then(|p| p.country.clone()) {
            return Some(c);
        }
        let What::Role(w) = self.cands.get(x)?.what else {
            return None;
        };
        let text = self.stage.words.get(w as usize)?.0.clone();
        self.body_default_country(&text)
    }

    /// The country a capitalised body with no country of its own stands for ("the
    /// Senate", "Congress", "the Foreign Office"): the one `data/body_countries.tsv` gives
    /// `text` (its lower-case role word), when [`Work::legislature_default_holds`].
    fn body_default_country(&mut self, text: &str) -> Option<String> {
        let c = self.stage.body_countries.get(text)?.country.clone()?;
        self.legislature_default_holds(&c, text).then_some(c)
    }

    /// Whether the story's country (computed before) is the dateline's.
    fn story_country_from_dateline(&self) -> bool {
        (self.doc_country.as_ref())
            .is_some_and(|d| d.as_ref().is_some_and(|(_, why)| *why == "the dateline"))
    }

    /// Whether body word `text`'s default country `alpha3` (`data/body_countries.tsv`)
    /// wins over the story's country: always, unless the story's country is the
    /// dateline's and the name `yields` to it ("MANILA - The Senate" is the Philippines',
    /// "JERUSALEM - members of Congress" are American) or the article names the
    /// story's country's own body by the same word ("the Philippine Senate ... the
    /// Senate"; "the Knesset" leaves "members of Congress" American). A story country
    /// counted from names only (a nationality word inside "Mark Cuban") never overrides it.
    fn legislature_default_holds(&mut self, alpha3: &str, text: &str) -> bool {
        let Some(prior) = self.prior_country() else {
            return true;
        };
        if prior == alpha3 {
            return true;
        }
        // ("Congress" is the United States' under a "JERUSALEM" dateline too)
        let keeps = (self.stage.body_countries.get(text)).is_some_and(|b| b.keeps_over_dateline);
        if !keeps && self.story_country_from_dateline() {
            return false;
        }
        !(0..self.cands.len()).any(|x| {
            matches!(self.cands[x].what, What::Role(w)
                if self.stage.words.get(w as usize).is_some_and(|(t, _)| t == text))
                && self.phrases.get(&x).and_then(|p| p.country.as_deref()) == Some(prior.as_str())
        })
    }

    /// Records that `actor`'s country came from the story's country (once per actor).
    fn note_inferred(&mut self, actor: u32) {
        if self.inferred.contains(&actor) {
            return;
        }
        let Some((country, from)) = self.doc_country.clone().flatten() else {
            return;
        };
        self.inferred.push(actor);
        let name = self
            .actors
            .get(actor as usize)
            .map_or("", |a| a.actor.name.as_str());
        self.warnings.push((
            W_INFERRED_COUNTRY,
            format!("country {country} of {name:?} inferred from {from}"),
        ));
    }

    /// Whether every mention so far of `country`'s actors stands in a past participle on
    /// another noun of the sentence of `span`, the phrase at `span` outside it ("The rebels,
    /// backed by U.S. forces, attacked the army": the backer names the rebels' ally, not the
    /// army's country).
    fn country_only_in_participle(&self, country: &str, span: Span) -> bool {
        let participle = |at: Span| {
            let mut k = self.token_at(at.start)?;
            for _ in 0..6 {
                let t = self.parsed.get(k)?;
                if t.deprel.as_str() == "acl" && t.xpos.as_str() == "VBN" {
                    let own = self.tokens.get(k)?;
                    return Some(!(span.start <= own.start && own.end <= span.end));
                }
                if t.head == attache_core::NO_HEAD {
                    return None;
                }
                k = t.head as usize;
            }
            None
        };
        let sentence = self.sentence_of(span.start);
        let mut any = false;
        for m in &self.mentions {
            let of_country = (self.actors.get(m.actor as usize))
                .is_some_and(|a| a.actor.country.as_deref() == Some(country));
            if !of_country {
                continue;
            }
            if m.sentence != sentence.unwrap_or(u32::MAX) || participle(m.span) != Some(true) {
                return false;
            }
            any = true;
        }
        any
    }

    /// The country the article's actors so far belong to most (by mentions).
    fn salient_country(&self) -> Option<String> {
        let mut weight: HashMap<&str, (u32, u32)> = HashMap::new();
        for a in &self.actors {
            if let (Some(c), true) = (a.actor.country.as_deref(), a.count > 0) {
                let w = weight.entry(c).or_insert((0, 0));
                w.0 += a.count;
                w.1 = w.1.max(a.last);
            }
        }
        weight
            .into_iter()
            .max_by_key(|&(c, w)| (w, std::cmp::Reverse(c)))
            .map(|(c, _)| c.to_string())
    }

    /// The country of the KB's armed non-state group (role REB, INS, SEP, UAF or IMG)
    /// named last before `span`, in its sentence or the three before: `Some(None)` for a
    /// group of no country ("Islamic State"), `None` when no such group was named.
    fn armed_group_nearby(&self, span: Span, sentence: u32) -> Option<Option<String>> {
        self.actors
            .iter()
            .filter(|a| a.count > 0 && a.last < span.start)
            .filter(|a| {
                a.actor
                    .kb_id
                    .as_deref()
                    .is_some_and(|id| id.starts_with("group:"))
                    && matches!(
                        a.actor.role.as_deref(),
                        Some("REB" | "INS" | "SEP" | "UAF" | "IMG")
                    )
            })
            .filter(|a| self.sentence_of(a.last).is_some_and(|s| s + 3 >= sentence))
            .max_by_key(|a| a.last)
            .map(|a| a.actor.country.clone())
    }

    /// Whether the phrase at `span` runs on, across nouns and adjectives only ("Muslim
    /// group", "Shiite militia"; at most four words, no verb, preposition or punctuation),
    /// into the name of a KB group ("The militant Muslim group Hamas", "the Lebanese
    /// militia Hezbollah"): the phrase describes that group.
    fn describes_named_group(&self, span: Span) -> bool {
        let Some(last) = span.end.checked_sub(1).and_then(|e| self.token_at(e)) else {
            return false;
        };
        let open = [
            attache_core::Upos::exact("NOUN"),
            attache_core::Upos::exact("ADJ"),
            attache_core::Upos::exact("PROPN"),
        ];
        for k in last + 1..(last + 6).min(self.tokens.len()) {
            if self.sentence_of(self.tokens[k].start) != self.sentence_of(span.start) {
                return false;
            }
            if let Some(x) = self.cand_covering(self.tokens[k].start) {
                if let Some(EntryRef::Group(_)) = self.entry_of_cand(x) {
                    return self.tokens[k].start == self.cands[x].span.start;
                }
            }
            let tagged = self.parsed.get(k).map(|t| t.upos);
            if !self.word(k).chars().all(char::is_alphabetic)
                || !open.iter().any(|u| u.is_some() && *u == tagged)
            {
                return false;
            }
        }
        false
    }

    /// The country of a place named right after `span` by "in" ("leaders in France"): a
    /// KB name's or a town the gazetteer places.
    fn place_after(&self, span: Span) -> Option<String> {
        let last = self.token_at(span.end.checked_sub(1)?)?;
        if self.word(last + 1) != "in" {
            return None;
        }
        let place = self.tokens.get(last + 2)?;
        if !self.word(last + 2).starts_with(char::is_uppercase) {
            return None;
        }
        self.country_of_cand(self.cand_covering(place.start)?)
    }

    /// Whether candidate `r` (at `span`) is placed by its own sentence: the sentence opens
    /// with "In <Place>," before it, or "in <Place>" follows it.
    fn placed_in_own_sentence(&self, r: usize, span: Span) -> bool {
        let capital = |k: usize| self.word(k).starts_with(char::is_uppercase);
        let after = span
            .end
            .checked_sub(1)
            .and_then(|e| self.token_at(e))
            .map(|k| k + 1);
        if after.is_some_and(|k| self.word(k) == "in" && capital(k + 1)) {
            return true;
        }
        let Some((_, range)) = self
            .cands
            .get(r)
            .and_then(|c| self.sentences.get(c.sentence as usize))
        else {
            return false;
        };
        let range = range.clone();
        let Some(at) = self.token_at(span.start) else {
            return false;
        };
        self.word(range.start).eq_ignore_ascii_case("in")
            && (range.start + 1..at)
                .take_while(|&k| self.word(k) != ",")
                .all(capital)
            && (range.start + 2..(range.start + 5).min(at)).any(|k| self.word(k) == ",")
    }

    /// The dateline's country when the article also names it (its name, demonym, a
    /// seat of its power or a KB person serving it).
    fn named_dateline_country(&self) -> Option<String> {
        let d = self.dateline_country(self.dateline?)?;
        (0..self.cands.len())
            .any(|c| {
                self.entry_of_cand(c)
                    .and_then(|e| self.country_of_entry(e))
                    .is_some_and(|x| x == d)
            })
            .then_some(d)
    }

    fn unresolved(&mut self, span: Span) {
        let text = self.slice(span);
        self.warnings.push((
            W_UNRESOLVED,
            format!("description not resolved to an actor: {text:?}"),
        ));
    }

    fn officeholder(&mut self, r: usize, span: Span, country: &str, office: Office) {
        match self.officeholder_actor(country, office) {
            Some(a) => self.mention(r, a, span, MentionForm::Description),
            None => self.unresolved(span),
        }
    }

    /// The actor of whoever held `office` in `country` at the article's date.
    fn officeholder_actor(&mut self, country: &str, office: Office) -> Option<u32> {
        let info = self.kb().officeholder(country, office, self.date?)?;
        let person = self.kb().person(&info.kb_id);
        let a = match self.by_key.get(&info.kb_id) {
            Some(&a) => a,
            None => self.push_kb_actor(&info, person.and_then(|(_, p)| p.gender), Vec::new()),
        };
        if let Some((i, _)) = person {
            self.by_entry.insert(EntryRef::Person(i), a);
        }
        Some(a)
    }

    /// An unnamed group actor ("a source in the Russian diplomatic delegation").
    fn group(
        &mut self,
        r: usize,
        phrase: &Phrase,
        head: &str,
        with: Option<(String, Option<String>)>,
    ) {
        let a = self.group_actor(r, phrase, head, with);
        self.mention(r, a, phrase.span, MentionForm::Description);
    }

    /// The group of staff (`data/staff_nouns.txt`) of the coded person whose name, with
    /// 's, is `phrase`'s possessor and who gives it no country of its own ("Trump's
    /// advisers"), or a singular pronoun ("his advisers", "her spokesman") the pronoun rules
    /// resolved to that person, and who gives it no country of its own: one group per
    /// person and noun, with the person's code. Not after "their" or "its", nor after a
    /// role word ("the senator's aides" is left to the other rules).
    fn staff_of_named_possessor(
        &mut self,
        phrase: &Phrase,
        possessor: Option<u32>,
        head: &str,
    ) -> Option<u32> {
        if phrase.country.is_some() || !self.stage.staff_nouns.contains(head) {
            return None;
        }
        let named = phrase
            .possessor
            .and_then(|p| self.cands.get(p))
            .is_some_and(|c| match c.what {
                What::Role(_) => false,
                What::Pronoun(_) => {
                    let w = self.slice(c.span).to_lowercase();
                    w == "his" || w == "her"
                }
                _ => true,
            });
        let p = possessor.filter(|_| named)?;
        let owner = &self.actors.get(p as usize)?.actor;
        if owner.kind != ActorKind::Person {
            return None;
        }
        let code = owner.code.clone()?;
        let (country, role) = (owner.country.clone(), owner.role.clone());
        let name = self.slice(phrase.span).to_string();
        let key = format!("group:staff:{p}:{}", singular(head));
        Some(self.actor_by_key(key, |_| Actor {
            name,
            kind: ActorKind::Group,
            code: Some(code),
            country,
            role,
            kb_id: None,
            mentions: Vec::new(),
        }))
    }

    /// The rebels of a country whose army is named with a capitalised word of revolt
    /// (`REBEL_ARMY_WORDS`) right before the country's word or inside the name ("the Free
    /// Syrian Army", "the Syrian Liberation Army"): one actor per name, apart from the
    /// state's army. Not "People's" (the armies of China and North Korea are named so).
    fn rebel_army(&mut self, phrase: &Phrase, head: &str) -> Option<(u32, Span)> {
        let span = phrase.span;
        let name = self.slice(span);
        if !head.eq_ignore_ascii_case("army") || !name.ends_with("Army") {
            return None;
        }
        let before = self
            .token_before(span.start)
            .filter(|&k| self.sentence_of(self.tokens[k].start) == self.sentence_of(span.start))
            .filter(|&k| REBEL_ARMY_WORDS.contains(&self.word(k)));
        // ("the Kosovo Liberation Army", "the Irish Republican Army": the country's word
        // stands before the word of revolt the tagger left outside the phrase)
        let country = phrase.country.clone().or_else(|| {
            let k = before?.checked_sub(1)?;
            let x = self.cand_covering(self.tokens[k].start)?;
            (self.sentence_of(self.tokens[k].start) == self.sentence_of(span.start))
                .then(|| self.country_of_cand(x))
                .flatten()
        })?;
        let before = before.map(|k| {
            // (the country's word opens the name then)
            match phrase.country {
                None => k.saturating_sub(1),
                Some(_) => k,
            }
        });
        let inside = name
            .split_whitespace()
            .any(|w| REBEL_ARMY_WORDS.contains(&w));
        if before.is_none() && !inside {
            return None;
        }
        let start = before.map_or(span.start, |k| self.tokens[k].start);
        let full = self
            .text
            .get(start as usize..span.end as usize)
            .unwrap_or(name)
            .to_string();
        let key = format!("group:rebels:{country}:{full}");
        let full_span = Span::new(start as usize, span.end as usize);
        let actor = self.actor_by_key(key, |_| Actor {
            name: full,
            kind: ActorKind::Organization,
            code: Some(format!("{country}REB")),
            country: Some(country),
            role: Some("REB".to_string()),
            kb_id: None,
            mentions: Vec::new(),
        });
        Some((actor, full_span))
    }

    /// The actor of an unnamed group: one per (country, head noun).
    fn group_actor(
        &mut self,
        r: usize,
        phrase: &Phrase,
        head: &str,
        with: Option<(String, Option<String>)>,
    ) -> u32 {
        let (country, role) = match with {
            Some((c, role)) => (Some(c), role),
            None => (phrase.country.clone(), self.office_of(r, None).1),
        };
        let kind = match self.cands.get(r).map(|c| &c.what) {
            Some(What::Role(w)) => self.role_agent(*w).map_or(ActorKind::Group, |a| {
                if a.kind == ActorKind::Organization {
                    ActorKind::Organization
                } else {
                    ActorKind::Group
                }
            }),
            _ => ActorKind::Group,
        };
        // "the Vermont senator", "the Florida senator": a place word that is no country
        // (a US state) keeps each place's group apart
        // (with the story's country too: "the Texas senator" is no Florida senator)
        let gaz = &self.stage.names.gazetteer;
        let places: Vec<&str> = self
            .slice(phrase.span)
            .split(' ')
            .filter(|w| {
                w.starts_with(char::is_uppercase)
                    && (self.stage.us_states.get(*w).is_some_and(|n| n == w)
                        || (country.is_none() && gaz.classes(w) & crate::Gazetteer::PLACE != 0))
            })
            .collect();
        let plain = format!(
            "group:{}:{}",
            country.as_deref().unwrap_or(""),
            singular(head)
        );
        let key = format!(
            "{plain}{}",
            places.iter().map(|w| format!(":{w}")).collect::<String>()
        );
        let a = match self.by_key.get(&key) {
            Some(&a) => a,
            None => {
                // (a later "the senator" is the first state's senator when no plain one
                // came before: "the Texas senator ... the senator")
                if !places.is_empty() {
                    self.by_key.entry(plain).or_insert(self.actors.len() as u32);
                }
                let code = match (&country, &role) {
                    (Some(c), Some(r)) => Some(format!("{c}{r}")),
                    (Some(c), None) => Some(c.clone()),
                    // ("Muslims", "the Catholics": a faith's code stands alone, as
                    // "Jewish leaders" JEW)
                    (None, Some(r)) if is_faith_role(r) => Some(r.clone()),
                    _ => None,
                };
                let a = self.actors.len() as u32;
                self.by_key.insert(key, a);
                let mut state = ActorState::new(Actor {
                    name: phrase
                        .label
                        .clone()
                        .unwrap_or_else(|| self.slice(phrase.span).to_string()),
                    kind,
                    code,
                    country,
                    role,
                    kb_id: None,
                    mentions: Vec::new(),
                });
                state.head = Some(singular(head));
                let definite = phrase.det.as_deref().is_some_and(|d| d != "a" && d != "an");
                state.one_person = definite
                    && match self.cands.get(r).map(|c| &c.what) {
                        Some(What::Role(w)) => {
                            self.stage.words.get(*w as usize).is_some_and(|(_, x)| {
                                !x.plural
                                    && x.agent
                                        .and_then(|g| self.kb().agents().get(g as usize))
                                        .is_some_and(|g| g.kind == ActorKind::Person)
                            })
                        }
                        _ => false,
                    };
                self.actors.push(state);
                a
            }
        };
        a
    }

    /// The gender `data/given_names.tsv` gives the first word of an unknown person's full
    /// name ("Peter Halasz": m), used only to refuse a pronoun of the other gender; none
    /// for KB people, one-word names and given names of both genders.
    fn given_name_gender(&self, a: &ActorState) -> Option<char> {
        if a.actor.kind != ActorKind::Person || a.actor.kb_id.is_some() {
            return None;
        }
        let (first, _) = a.actor.name.split_once(' ')?;
        self.stage.given_names.get(first).copied()
    }

    /// "Grace Okonkwo ... Peter Okonkwo ... Okonkwo has a rival. He says": the last bare
    /// surname before a pronoun at `span`, shared by two people of the article and given
    /// to one of the other gender with no mention since, is the namesake of the pronoun's
    /// gender, and moves to them; with no such namesake the pronoun is left unresolved
    /// (true) rather than sent further back to someone else.
    fn regender_bare_surname(&mut self, span: Span, sentence: u32, gender: char) -> bool {
        if !matches!(gender, 'm' | 'f') {
            return false;
        }
        let gender_of = |a: &ActorState| a.gender.or_else(|| self.given_name_gender(a));
        let is_person = |m: &Mention| {
            self.actors
                .get(m.actor as usize)
                .is_some_and(|a| a.actor.kind == ActorKind::Person)
        };
        let namesakes_of = |m: &Mention| -> Vec<usize> {
            let word = self.slice(m.span);
            (0..self.actors.len())
                .filter(|&b| {
                    b != m.actor as usize
                        && self.actors[b].actor.kind == ActorKind::Person
                        && self.actors[b].actor.name.rsplit_once(' ').map(|(_, s)| s) == Some(word)
                })
                .collect()
        };
        let before: Vec<(usize, Mention)> = self
            .mentions
            .iter()
            .copied()
            .enumerate()
            .filter(|(_, m)| m.span.start < span.start && m.sentence + 2 >= sentence)
            .filter(|(_, m)| is_person(m))
            .collect();
        // the latest such bare surname whose person has no mention after it
        let found = before.iter().enumerate().rev().find(|(k, (_, m))| {
            m.form == MentionForm::Name
                && !self.slice(m.span).contains(' ')
                && before[k + 1..].iter().all(|(_, x)| x.actor != m.actor)
                && self
                    .actors
                    .get(m.actor as usize)
                    .and_then(gender_of)
                    .is_some_and(|g| g != gender)
                && !namesakes_of(m).is_empty()
        });
        let Some((k, &(i, m))) = found else {
            return false;
        };
        // ("Murphy met Obama. He said": a person who may be the pronoun's, named since)
        if before[k + 1..].iter().any(|(_, x)| {
            self.actors
                .get(x.actor as usize)
                .is_some_and(|a| gender_of(a).is_none_or(|g| g == gender))
        }) {
            return false;
        }
        let namesakes = namesakes_of(&m);
        // a namesake known to be of the pronoun's gender; with none the pronoun stays
        // unresolved
        let Some(&b) = namesakes
            .iter()
            .rev()
            .find(|&&b| gender_of(&self.actors[b]) == Some(gender))
        else {
            return true;
        };
        let (old, new) = (m.actor, b as u32);
        self.mentions[i].actor = new;
        if let Some(k) = self.cands.iter().position(|x| x.span == m.span) {
            if self.cand_actor.get(k).copied().flatten() == Some(old) {
                self.cand_actor[k] = Some(new);
            }
        }
        let last = self
            .mentions
            .iter()
            .filter(|x| x.actor == old)
            .map(|x| x.span.start)
            .max()
            .unwrap_or(0);
        if let Some(x) = self.actors.get_mut(old as usize) {
            x.count = x.count.saturating_sub(1);
            x.last = last;
        }
        if let Some(x) = self.actors.get_mut(b) {
            x.count += 1;
            x.last = x.last.max(m.span.start);
        }
        false
    }

    fn resolve_pronoun(&mut self, c: usize, gender: char) {
        if self.cand_actor[c].is_some() {
            return;
        }
        let span = self.cands[c].span;
        if let Some(n) = self.bracket_name(c) {
            if let Some(a) = self.cand_actor.get(n).copied().flatten() {
                self.mention(c, a, span, MentionForm::Pronoun);
            }
            return;
        }
        if let Some(n) = self.fronted_subject_name(c) {
            if let Some(a) = self.cand_actor.get(n).copied().flatten() {
                let fits = self.actors.get(a as usize).is_some_and(|x| {
                    x.actor.kind == ActorKind::Person
                        && x.gender
                            .or_else(|| self.given_name_gender(x))
                            .is_none_or(|g| g == gender)
                });
                if fits && !self.prior_subject_fits(c, a, gender) {
                    self.mention(c, a, span, MentionForm::Pronoun);
                    return;
                }
            }
        }
        if self.in_quote(span.start) {
            return;
        }
        if self.regender_bare_surname(span, self.cands[c].sentence, gender) {
            return;
        }
        let sentence = self.cands[c].sentence;
        // ("Hillary never answers," she said: the speaker is not a person named inside the
        // quote "she" attributes)
        let attributed = self.quote_attributed_by(span);
        let outside = |m: &Mention| {
            attributed.is_none_or(|q| !(q.start <= m.span.start && m.span.start < q.end))
        };
        // earlier person mentions in this and the two previous sentences; the first
        // person named in a sentence (its likely subject) is preferred
        // an unnamed official with a country ("the Japanese ambassador") only when no
        // person is named there, and only in the pronoun's own sentence
        let fitting = |one_person: bool| -> Vec<&Mention> {
            let reach = if one_person { 0 } else { 2 };
            self.mentions
                .iter()
                .filter(|m| {
                    m.span.start < span.start
                        && m.sentence + reach >= sentence
                        && m.sentence <= sentence
                        && outside(m)
                })
                .filter(|m| {
                    self.actors.get(m.actor as usize).is_some_and(|a| {
                        let kind = if one_person {
                            a.one_person && a.actor.code.is_some() && !self.in_quote(m.span.start)
                        } else {
                            a.actor.kind == ActorKind::Person
                        };
                        kind && a
                            .gender
                            .or_else(|| self.given_name_gender(a))
                            .is_none_or(|g| g == gender || !matches!(gender, 'm' | 'f'))
                    })
                })
                .collect()
        };
        let mut window = fitting(false);
        if window.is_empty() {
            window = fitting(true);
        }
        // "Biden criticized Putin, accusing him of": an object pronoun is never the
        // subject of its own clause
        if let Some(subject) = self.own_clause_subject(span) {
            window.retain(|m| m.actor != subject);
        }
        // "During a call with Leeds, Hale outlined his plan. When he...": a sentence's
        // main-clause subject, when the window has it, is preferred over the first person
        // the sentence names
        let mut subjects: HashMap<u32, Option<u32>> = HashMap::new();
        for m in &window {
            subjects.entry(m.sentence).or_insert_with(|| {
                self.main_clause_subject(m.sentence).filter(|&a| {
                    window
                        .iter()
                        .any(|x| x.sentence == m.sentence && x.actor == a)
                })
            });
        }
        let mut scores: HashMap<u32, i32> = HashMap::new();
        for m in &window {
            let first = match subjects.get(&m.sentence).copied().flatten() {
                Some(a) => m.actor == a,
                None => window
                    .iter()
                    .filter(|x| x.sentence == m.sentence)
                    .all(|x| x.span.start >= m.span.start),
            };
            let dist = (sentence - m.sentence) as i32;
            let score = -4 * dist + if first { 2 } else { 0 };
            let s = scores.entry(m.actor).or_insert(i32::MIN);
            *s = (*s).max(score);
        }
        // "After talks with Yeltsin, Kohl said he would...": the subject of a clause a
        // reporting verb governs is that verb's subject, not the first person named
        if let Some(a) = self
            .reporter_of_subject_pronoun(span)
            .or_else(|| self.subject_of_possessive_clause(span))
        {
            if let Some(s) = scores.get_mut(&a) {
                *s += 10;
            }
        }
        // "his Russian counterpart Vladimir Putin": the possessor holds the named person's
        // office in another country
        let counterpart = self
            .phrases
            .iter()
            .filter(|(_, p)| p.possessor == Some(c) && p.name.is_some())
            .min_by_key(|(&k, _)| k)
            .and_then(|(_, p)| {
                let n = p.name?;
                let What::Kb(surfaces) = &self.cands.get(n)?.what else {
                    return None;
                };
                let s = self
                    .kb()
                    .surfaces()
                    .get(self.best_surface(surfaces)? as usize)?;
                let info = self.kb().info(s.entry, self.date);
                Some((info.office?, info.country))
            });
        if let Some((office, country)) = counterpart {
            for (a, score) in scores.iter_mut() {
                if let Some(x) = self.actors.get(*a as usize) {
                    if x.office == Some(office) && x.actor.country != country {
                        *score += 5;
                    }
                }
            }
        }
        // A full tie goes to the actor introduced first, so that the result does not
        // depend on the map's iteration order.
        let best = scores
            .iter()
            .max_by_key(|(&a, &s)| {
                (
                    s,
                    self.actors.get(a as usize).map_or(0, |x| x.last),
                    std::cmp::Reverse(a),
                )
            })
            .map(|(&a, _)| a);
        if let Some(a) = best {
            // the first pronoun fixes the gender of a person the KB does not know
            if let Some(x) = self.actors.get_mut(a as usize) {
                if x.gender.is_none() && matches!(gender, 'm' | 'f') {
                    x.gender = Some(gender);
                }
            }
            self.mention(c, a, span, MentionForm::Pronoun);
        }
    }

    /// The actor of the subject of `sentence`'s root verb, else of the first of its
    /// conjuncts, complement clauses and parataxis that has one (see
    /// [`Work::subject_mention`]): "Hale" in "During a call with Leeds, Hale outlined his
    /// plan" (the parse may make "broadcast" of "a call with Leeds that was broadcast" the
    /// root, with the relative "that" as its subject, and "outlined" its conjunct or
    /// complement).
    fn main_clause_subject(&self, sentence: u32) -> Option<u32> {
        let (_, range) = self.sentences.get(sentence as usize)?.clone();
        let root = range.clone().find(|&i| {
            self.parsed
                .get(i)
                .is_some_and(|t| t.head == attache_core::NO_HEAD)
        })?;
        let conjuncts = range.clone().filter(|&i| {
            self.parsed.get(i).is_some_and(|t| {
                t.head == root as u32 && matches!(t.deprel.as_str(), "conj" | "ccomp" | "parataxis")
            })
        });
        std::iter::once(root)
            .chain(conjuncts)
            .find_map(|v| self.subject_mention(v, sentence))
    }

    /// "Kohl said he would fly", "Kohl told reporters that she...": the actor of the
    /// subject of the reporting verb whose complement clause has the pronoun at `span`
    /// ("he", "she") as its subject, when a mention outside quotes covers that subject.
    fn reporter_of_subject_pronoun(&self, span: Span) -> Option<u32> {
        let k = self.token_at(span.start)?;
        let t = self.parsed.get(k)?;
        if t.deprel.base() != "nsubj" || !matches!(self.word(k), "he" | "she") {
            return None;
        }
        let clause = t.head;
        if clause == attache_core::NO_HEAD {
            return None;
        }
        let c = self.parsed.get(clause as usize)?;
        if c.deprel.as_str() != "ccomp" || c.head == attache_core::NO_HEAD {
            return None;
        }
        let verb = c.head as usize;
        if !self.is_report_verb(verb) {
            return None;
        }
        let sentence = self.sentence_of(span.start)?;
        self.subject_mention(verb, sentence)
    }

    /// The actor of the mention outside quotes covering the subject of verb `verb` in
    /// `sentence`: its `nsubj` before it, else a name right before it that the parse left
    /// without the relation ("After lunch with Yeltsin, Helmut Kohl said", parsed with
    /// Kohl in apposition).
    fn subject_mention(&self, verb: usize, sentence: u32) -> Option<u32> {
        let (_, range) = self.sentences.get(sentence as usize)?.clone();
        let subject = self.subject_before(verb, range.clone()).or_else(|| {
            (verb > range.start && self.propn.get(verb - 1) == Some(&true)).then(|| verb - 1)
        })?;
        let at = self.tokens[subject];
        self.mentions
            .iter()
            .filter(|m| m.sentence == sentence && m.span.start <= at.start && m.span.end >= at.end)
            .filter(|m| !self.in_quote(m.span.start))
            .max_by_key(|m| m.span.end - m.span.start)
            .map(|m| m.actor)
    }

    /// "After a call with Yeltsin, Kohl sent his envoy": the actor of the subject of the
    /// verb whose argument the possessive "his" or "her" at `span` modifies (the noun it
    /// is `nmod:poss` of, that noun an `obj`, `iobj` or `obl` of the verb), when a mention
    /// outside quotes covers that subject.
    fn subject_of_possessive_clause(&self, span: Span) -> Option<u32> {
        let k = self.token_at(span.start)?;
        let t = self.parsed.get(k)?;
        if t.deprel.as_str() != "nmod:poss" || !matches!(self.word(k), "his" | "her") {
            return None;
        }
        let noun = self.parsed.get(t.head as usize)?;
        if !matches!(noun.deprel.base(), "obj" | "iobj" | "obl")
            || noun.head == attache_core::NO_HEAD
        {
            return None;
        }
        let sentence = self.sentence_of(span.start)?;
        self.subject_mention(noun.head as usize, sentence)
    }

    /// The actor of the subject of the clause whose object is the pronoun at `span` ("him",
    /// "her", "them" as obj or iobj in the parse), which the pronoun cannot refer to: the
    /// verb's own subject, or for a verb with none that shares its head's subject (a
    /// conjunct, "called Scholz and urged him"; a participle clause after a comma,
    /// ", accusing him of") the head's subject. Not across a marked clause ("thanked
    /// Cameron for supporting him": the supporter is Cameron, not the subject).
    fn own_clause_subject(&self, span: Span) -> Option<u32> {
        let k = self.token_at(span.start)?;
        let t = self.parsed.get(k)?;
        // "her" before a noun, adjective or number is a possessive the parse may have taken
        // for an object ("drops her plan"), and so before a "verb" in s the tagger made of
        // a plural noun ("selling her plans"; an object is followed by a bare verb: "let
        // her go")
        let possessive = self.word(k) == "her"
            && self
                .parsed
                .get(k + 1)
                .is_some_and(|n| match n.upos.as_str() {
                    "NOUN" | "ADJ" | "PROPN" | "NUM" => true,
                    "VERB" => {
                        let w = self.word(k + 1);
                        w.len() > 2 && w.ends_with('s') && !w.ends_with("ss")
                    }
                    _ => false,
                });
        if !matches!(t.deprel.base(), "obj" | "iobj")
            || !matches!(self.word(k), "him" | "her" | "them")
            || possessive
        {
            return None;
        }
        let head_of = |i: usize| {
            self.parsed
                .get(i)
                .map(|t| t.head)
                .filter(|&h| h != attache_core::NO_HEAD)
                .map(|h| h as usize)
        };
        let (_, range) = self
            .sentences
            .get(self.sentence_of(span.start)? as usize)?
            .clone();
        let child = |of: usize, rel: &[&str]| {
            (range.start..range.end).find(|&i| {
                head_of(i) == Some(of)
                    && self
                        .parsed
                        .get(i)
                        .is_some_and(|t| rel.contains(&t.deprel.as_str()))
            })
        };
        let mut verb = head_of(k)?;
        let mut subject = child(verb, &["nsubj"]);
        if subject.is_none() {
            let rel = self.parsed.get(verb)?.deprel.as_str();
            // a participle of saying something of or to someone (", accusing him of"), not
            // one of an outcome (", earning her a second win", ", putting him at odds")
            let participle = self.word(verb).to_lowercase();
            let shares = child(verb, &["mark"]).is_none()
                && match rel {
                    "conj" => true,
                    "advcl" => {
                        verb > range.start
                            && self.word(verb - 1) == ","
                            && PARTICIPLES_OF_SAYING_TO.contains(&participle.as_str())
                    }
                    _ => false,
                };
            if !shares {
                return None;
            }
            let head = head_of(verb)?;
            // "was talking when the guards found her and asked her": a verb of the
            // conjunct's form (not the head's) with a subject of its own between the two is
            // likely the conjunct's true head
            let form = |i: usize| self.parsed.get(i).map(|t| t.xpos);
            if rel == "conj"
                && form(head) != form(verb)
                && (head.min(verb) + 1..head.max(verb))
                    .any(|i| form(i) == form(verb) && child(i, &["nsubj"]).is_some())
            {
                return None;
            }
            verb = head;
            subject = child(verb, &["nsubj"]);
        }
        let at = *self.tokens.get(subject?)?;
        let mention = self
            .mentions
            .iter()
            .filter(|m| m.span.start <= at.start && m.span.end >= at.end)
            .filter(|m| m.form != MentionForm::Adjective)
            .max_by_key(|m| m.span.end - m.span.start)?;
        // a name right after a preposition is its object, whatever the parse says ("of
        // all the items linked to Donald J. Trump, few have given him")
        let first = self.token_at(mention.span.start)?;
        if first > range.start
            && self
                .parsed
                .get(first - 1)
                .is_some_and(|t| t.upos.as_str() == "ADP")
        {
            return None;
        }
        Some(mention.actor)
    }

    fn finish(self) -> (Vec<Actor>, Vec<Mention>, Vec<(&'static str, String)>) {
        let mut mentions = self.mentions;
        let text = self.text;
        mentions.retain(|m| !is_wire_credit(text, m.span));
        // a dateline's place says where the story was filed: no actor of its sentence
        let datelines: Vec<std::ops::Range<usize>> = (text_datelines(text))
            .map(|(place, end)| place.start..end)
            .collect();
        if !datelines.is_empty() {
            mentions.retain(|m| !(datelines.iter()).any(|r| r.contains(&(m.span.start as usize))));
        }
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
        // the members of a plural phrase share its span; any other span is one mention
        let members = self.member_spans;
        mentions.dedup_by(|b, a| {
            a.span == b.span && (a.actor == b.actor || !members.contains(&a.span))
        });
        // keep only actors with mentions, in order of first mention
        let mut remap: Vec<Option<u32>> = vec![None; self.actors.len()];
        let mut actors: Vec<Actor> = Vec::new();
        let mut states = self.actors;
        for (i, m) in mentions.iter_mut().enumerate() {
            let old = m.actor as usize;
            let new = match remap.get(old).copied().flatten() {
                Some(n) => n,
                None => {
                    let Some(state) = states.get_mut(old) else {
                        continue;
                    };
                    let mut actor = state.actor.clone();
                    actor.mentions.clear();
                    actors.push(actor);
                    let n = (actors.len() - 1) as u32;
                    if let Some(slot) = remap.get_mut(old) {
                        *slot = Some(n);
                    }
                    n
                }
            };
            m.actor = new;
            if let Some(a) = actors.get_mut(new as usize) {
                a.mentions.push(i as u32);
            }
        }
        (actors, mentions, self.warnings)
    }
}

/// Whether `span` is the wire service's credit after a dateline ("MACAU (Reuters) –",
/// "ORLANDO, Fla. (AP) —"): a name alone in parentheses, a dash after them, and only a
/// short capitalised place before them on its line. It names who filed the story, no
/// actor of it (the events and quotes stages would otherwise take the agency for the
/// subject of the sentence it opens).
fn is_wire_credit(text: &str, span: Span) -> bool {
    let (Some(before), Some(after)) = (
        text.get(..span.start as usize),
        text.get(span.end as usize..),
    ) else {
        return false;
    };
    let Some(before) = before.trim_end_matches(' ').strip_suffix('(') else {
        return false;
    };
    let Some(after) = after.trim_start_matches(' ').strip_prefix(')') else {
        return false;
    };
    let place = before[before.rfind('\n').map_or(0, |i| i + 1)..].trim();
    after.trim_start().starts_with(['–', '—', '-'])
        && place.len() <= 40
        && place.chars().next().is_some_and(char::is_uppercase)
}

/// The places of the datelines left at the opening of a line of `text` (byte ranges of the
/// place, its region included, and where the dateline ends before its dash): "CAGUAS, Puerto Rico (AP)_ Kidnappers...", "MIAMI (AP) --
/// ...", "OSORNO, Chile -- ...". The place's first word is in capitals, the place is short
/// and ends in a wire credit in parentheses, a dash or an underscore; a line opening in
/// ordinary case ("Mexico (the country) - ...") has none.
fn text_datelines(text: &str) -> impl Iterator<Item = (std::ops::Range<usize>, usize)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < text.len() {
            let start = at;
            let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
            at = line_end + 1;
            if let Some((place, head)) = dateline_place_end(&text[start..line_end]) {
                return Some((start..start + place, start + head));
            }
        }
        None
    })
}

/// Whether the words `tokens` of `text` are in title case (a headline): at least four
/// words with a letter, and at most one in five of them lower case.
/// The US cabinet departments whose names title their secretaries ("Labor Secretary Ana
/// Ruiz"), as the text writes them before "Secretary"; project word list.
const CABINET_DEPARTMENTS: &[&str] = &[
    "Agriculture",
    "Commerce",
    "Defense",
    "Education",
    "Energy",
    "Health and Human Services",
    "HHS",
    "Homeland Security",
    "Housing",
    "HUD",
    "Interior",
    "Labor",
    "Transportation",
    "Treasury",
    "Veterans Affairs",
    "VA",
];

/// `f` of `word` in lower case, as `str::to_lowercase` gives it, without allocating for
/// a short ASCII word (the per-token loops' common case).
fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    match buf.get_mut(..word.len()) {
        Some(lower) if word.is_ascii() => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            f(std::str::from_utf8(lower).unwrap_or_default())
        }
        _ => f(&word.to_lowercase()),
    }
}

fn title_case_words(tokens: &[Span], text: &str) -> bool {
    let (mut words, mut lower) = (0, 0);
    for t in tokens {
        let Some(first) = t.slice(text).chars().find(|c| c.is_alphabetic()) else {
            continue;
        };
        words += 1;
        lower += usize::from(first.is_lowercase());
    }
    words >= 4 && lower * 5 <= words
}

/// The acronyms of two to six capital letters the text writes in brackets ("(ROC)"), with
/// the offset of each opening bracket: one pass over the text.
fn bracketed_acronyms(text: &str) -> Vec<(&str, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for (at, _) in text.match_indices('(') {
        let rest = &bytes[at + 1..];
        let n = rest.iter().take_while(|b| b.is_ascii_uppercase()).count();
        if (2..=6).contains(&n) && rest.get(n) == Some(&b')') {
            out.push((&text[at + 1..at + 1 + n], at));
        }
    }
    out
}

/// The ends of the dateline's place opening `line` and of the whole dateline before its
/// dash, wire credit included (see [`text_datelines`]).
fn dateline_place_end(line: &str) -> Option<(usize, usize)> {
    const MAX_PLACE: usize = 40;
    let mut cut = line.len().min(MAX_PLACE + 30);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &line[..cut];
    // (no mark that can end a dateline's place, no dateline: most lines, told in one pass)
    if !head.contains(['(', '_', '—', '–']) && !head.contains("--") && !head.contains(" - ") {
        return None;
    }
    let first = head.split([',', '(']).next()?.trim_end();
    let letters = first.chars().filter(|c| c.is_alphabetic()).count();
    // ("Washington (AFP) –": a place in ordinary case opens a dateline only before a
    // one-word wire credit in parentheses, below)
    let ordinary_case = first.chars().any(char::is_lowercase);
    if letters < 2
        || ordinary_case && !first.starts_with(char::is_uppercase)
        || !first
            .chars()
            .all(|c| c.is_alphabetic() || " .-'’".contains(c))
    {
        return None;
    }
    // the place runs to a credit in parentheses or to the dash ending the dateline
    let place_end = head
        .char_indices()
        .find(|&(i, c)| {
            c == '('
                || c == '_'
                || c == '—'
                || c == '–'
                || head[i..].starts_with("--")
                || head[i..].starts_with(" - ")
        })
        .map(|(i, _)| i)?;
    let place = head[..place_end].trim_end();
    if place.len() > MAX_PLACE || place.len() < first.len() {
        return None;
    }
    let mut rest = head[place_end..].trim_start();
    let mut credited = false;
    if let Some(credit) = rest.strip_prefix('(') {
        let close = credit.find(')')?;
        let name = &credit[..close];
        if name.is_empty() || name.len() > 30 || !name.starts_with(char::is_uppercase) {
            return None;
        }
        credited = !name.contains(' ');
        rest = credit[close + 1..].trim_start();
    }
    if ordinary_case && !credited {
        return None;
    }
    let dash = rest.starts_with(['_', '—', '–', '-']);
    dash.then_some((place.len(), head.len() - rest.len()))
}

/// A filter on where a name can begin: the first byte of every name, and the first two
/// or three bytes (hashed into a bit table; a false positive only costs a search). A
/// place it rejects begins no name.
struct NameStarts {
    first: [bool; 256],
    /// Names of one byte.
    whole1: [bool; 256],
    /// Names of two bytes, and the first three bytes of longer ones (hashed).
    prefix: Vec<u64>,
}

impl NameStarts {
    const BITS: u32 = 16;

    fn new<'p>(names: impl Iterator<Item = &'p [u8]>) -> NameStarts {
        let mut s = NameStarts {
            first: [false; 256],
            whole1: [false; 256],
            prefix: vec![0; (1 << Self::BITS) / 64],
        };
        for name in names {
            match name {
                [] => {}
                [b] => {
                    s.first[*b as usize] = true;
                    s.whole1[*b as usize] = true;
                }
                [a, rest @ ..] => {
                    s.first[*a as usize] = true;
                    let h = Self::hash(&name[..name.len().min(3)]) as usize;
                    s.prefix[h / 64] |= 1 << (h % 64);
                    let _ = rest;
                }
            }
        }
        s
    }

    #[inline]
    fn hash(bytes: &[u8]) -> u32 {
        let mut h = 0x9e37_79b9u32;
        for &b in bytes {
            h = (h ^ b as u32).wrapping_mul(0x0100_0193);
        }
        h >> (32 - Self::BITS)
    }

    /// Whether a name may begin at the start of `rest`.
    #[inline]
    fn may_start(&self, rest: &[u8]) -> bool {
        let Some(&b) = rest.first() else {
            return false;
        };
        if !self.first[b as usize] {
            return false;
        }
        if self.whole1[b as usize] {
            return true;
        }
        let bit = |k: usize| {
            let h = Self::hash(&rest[..k]) as usize;
            self.prefix[h / 64] & (1 << (h % 64)) != 0
        };
        (rest.len() >= 2 && bit(2)) || (rest.len() >= 3 && bit(3))
    }
}

/// A group of people with no code, country or role of its own ("Republicans", "the
/// voters").
fn uncoded_group(name: String) -> Actor {
    Actor {
        name,
        kind: ActorKind::Group,
        code: None,
        country: None,
        role: None,
        kb_id: None,
        mentions: Vec::new(),
    }
}

/// Words a news outlet's name adds to the word it is known by alone ("Fox News", "Time
/// magazine").
const OUTLET_NAME_WORDS: &[&str] = &["News", "magazine", "Magazine", "Channel"];

/// One-word short forms of the KB's news outlets (groups with role `MED`): a name or alias
/// without a leading "The" and a trailing [`OUTLET_NAME_WORDS`] word, when one word is left
/// and it is not a name of its own, mapped to the surfaces of the outlet's names.
fn outlet_short_forms(kb: &Kb) -> HashMap<String, Vec<u32>> {
    let mut out: HashMap<String, Vec<u32>> = HashMap::new();
    for (i, g) in kb.groups().iter().enumerate() {
        if g.role != "MED" {
            continue;
        }
        let surfaces: Vec<u32> = kb
            .surfaces()
            .iter()
            .enumerate()
            .filter(|(_, s)| s.entry == EntryRef::Group(i as u32) && s.form != NameForm::Noun)
            .map(|(k, _)| k as u32)
            .collect();
        for name in std::iter::once(&g.name).chain(&g.aliases) {
            let mut words: Vec<&str> = name.split(' ').collect();
            if words.first().is_some_and(|w| matches!(*w, "The" | "the")) {
                words.remove(0);
            }
            if words.len() == 2 && OUTLET_NAME_WORDS.contains(&words[1]) {
                words.pop();
            }
            let short = words.join(" ");
            if words.len() == 1 && short != *name && kb.lookup(&short, None).is_empty() {
                out.entry(short).or_insert_with(|| surfaces.clone());
            }
        }
    }
    out
}

/// Whether `text[start..end]` stands as a word: no letter or digit right before or after.
/// A possessive "'s" may follow.
/// A role noun's key form: lower case, without a plural's final s ("Delegations" and
/// "delegation" are both "delegation").
fn singular(noun: &str) -> String {
    noun.to_lowercase().trim_end_matches('s').to_string()
}

/// Whether the name at `start` follows a letter and an apostrophe: the rest of a surname
/// with an elided particle ("D'Amato", "O'Brien"), no name of its own ("Amato").
fn after_elided_particle(text: &str, start: usize) -> bool {
    let mut before = text.get(..start).unwrap_or("").chars().rev();
    matches!(before.next(), Some('\'' | '’')) && before.next().is_some_and(char::is_alphabetic)
}

fn bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let after = text.get(end..).and_then(|s| s.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Byte regions inside quotation marks, per block ("...", “...”, and the wire and newspaper
/// pairs ``...'' and ''...'').
fn quote_regions(doc: &Document) -> Vec<Span> {
    let mut out = Vec::new();
    for b in &doc.blocks {
        // bytes, not chars: '"' is one byte, “ and ” are E2 80 9C and E2 80 9D
        let bytes = b.span.slice(&doc.text).as_bytes();
        let mut open: Option<usize> = None;
        let mut i = 0;
        while i < bytes.len() {
            // (most bytes are none of the marks below: passed over with one test)
            if !matches!(bytes[i], 0xE2 | b'"' | b'`' | b'\'' | b'\n') {
                i += 1;
                continue;
            }
            let at = b.span.start as usize + i;
            let pair = bytes.get(i + 1) == Some(&bytes[i]);
            match (bytes[i], bytes.get(i + 1..i + 3)) {
                (0xE2, Some([0x80, 0x9C])) => open = Some(at),
                (0xE2, Some([0x80, 0x9D])) => {
                    if let Some(s) = open.take() {
                        out.push(Span::new(s, at + 3));
                    }
                }
                (b'"', _) => match open.take() {
                    Some(s) => out.push(Span::new(s, at + 1)),
                    None => open = Some(at),
                },
                // `` opens; '' closes what is open, else opens (a newspaper's '' ... '')
                (b'`', _) if pair => {
                    open = Some(at);
                    i += 1;
                }
                (b'\'', _) if pair => {
                    match open.take() {
                        Some(s) => out.push(Span::new(s, at + 2)),
                        None => open = Some(at),
                    }
                    i += 1;
                }
                // a quote left open at a paragraph's end goes on in the next one, which
                // opens it again: what is open is dropped, so that the next mark opens
                (b'\n', _) => open = None,
                _ => {}
            }
            i += 1;
        }
    }
    out.sort();
    out
}

/// The actors and mentions of `doc` as an analyst reads them, one mention a line:
/// `s3 "the Russian diplomat" (description) -> Sergei Lavrov [RUSGOV]`.
pub fn render_mentions(doc: &Document) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for m in &doc.mentions {
        let Some(a) = doc.actors.get(m.actor as usize) else {
            continue;
        };
        let form = match m.form {
            MentionForm::Name => "name",
            MentionForm::Description => "description",
            MentionForm::Pronoun => "pronoun",
            MentionForm::Adjective => "adjective",
        };
        let _ = writeln!(
            out,
            "s{} {:?} ({form}) -> {} [{}] {}",
            m.sentence,
            doc.slice(m.span),
            a.name,
            a.code.as_deref().unwrap_or("-"),
            a.kind.as_str()
        );
    }
    out
}

/// Verbs of a wh-clause whose subject pronoun [`Work::wh_clause_pronoun`] resolves: what
/// someone wants, sees, says or believes ("what it sees as", "which alliances they want").
const WH_CLAUSE_VERBS: &[&str] = &[
    "want",
    "wants",
    "wanted",
    "see",
    "sees",
    "saw",
    "consider",
    "considers",
    "considered",
    "regard",
    "regards",
    "regarded",
    "view",
    "views",
    "viewed",
    "hope",
    "hopes",
    "hoped",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "say",
    "says",
    "said",
    "call",
    "calls",
    "called",
    "describe",
    "describes",
    "described",
    "need",
    "needs",
    "needed",
    "feel",
    "feels",
    "felt",
    "know",
    "knows",
    "knew",
    "argue",
    "argues",
    "argued",
    "claim",
    "claims",
    "claimed",
    "fear",
    "fears",
    "feared",
    "perceive",
    "perceives",
    "perceived",
    "deem",
    "deems",
    "deemed",
    "expect",
    "expects",
    "expected",
    "wish",
    "wishes",
    "wished",
    "prefer",
    "prefers",
    "preferred",
    "term",
    "terms",
    "termed",
    "like",
    "likes",
    "liked",
];

/// Words counting the states after a description's "of" or "from" ("ministers of 12
/// nations", "leaders of both countries"), besides [`NUMBER_WORDS`]: see
/// [`Work::of_many_states`].
const MANY_WORDS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "dozens", "several", "many", "both", "various",
    "numerous", "other", "some", "all", "member",
];

/// Words right before "officer(s)" that make it an army's officer ("an Army officer", "a
/// naval flight officer", "Special Operations officers", "artillery officers"): see
/// [`Work::officer_of_no_army`].
const MILITARY_OFFICER_WORDS: &[&str] = &[
    "army",
    "navy",
    "naval",
    "marine",
    "marines",
    "air",
    "force",
    "military",
    "operations",
    "artillery",
    "infantry",
    "cavalry",
    "armored",
    "armoured",
    "combat",
    "flight",
    "staff",
    "field",
    "flag",
    "warrant",
    "petty",
    "commissioned",
    "noncommissioned",
    "guard",
];

/// Lower-case words of civil offices before "officer(s)" that the tagger may read as
/// adjectives ("a consular officer", "the presiding officer", "a customs officer"): no army's
/// officer ([`Work::officer_of_no_army`]).
const CIVIL_OFFICER_WORDS: &[&str] = &[
    "consular",
    "customs",
    "presiding",
    "principal",
    "financial",
    "executive",
    "medical",
    "legal",
    "judicial",
];

/// Adjectives of regions of several countries before an agent noun ("Caribbean leaders").
/// Words before a body or agent noun that make it no particular one of the story's
/// country: another state's ("a foreign government", "overseas troops") or any at all
/// ("any party"), or those of many ("world leaders").
const NOT_OWN_WORDS: &[&str] = &["foreign", "overseas", "any", "world"];
const REGION_ADJECTIVES: &[&str] = &[
    "Caribbean",
    "European",
    "African",
    "Asian",
    "Arab",
    "Gulf",
    "Western",
    "Nordic",
    "Baltic",
    "Balkan",
    "Scandinavian",
    "Pacific",
    "Eastern",
];

/// Words of peoples with no state of their own before an agent noun ("Kurdish leaders",
/// "Rohingya activists", "Tamil politicians"): such a group is not the government or any
/// body of the country it lives in, nor of the story's country (CAMEO's ethnic codes do not
/// fit the contract's country-first code, so the group gets no code).
/// Lower-case owner words before a generic official noun whose people are no state's
/// officials, with the CAMEO role they take (Phoenix's agents: UNION LAB, EXILE OPP,
/// STUDENT EDU, BUSINESS BUS): "union leaders", "exile leaders", "student leaders".
/// Plural nouns of a party's people: after a party word ("Republican candidates", "GOP
/// leaders") they name the party ([`Work::code_party_people`]).
const PARTY_PEOPLE: &[&str] = &[
    "candidates",
    "hopefuls",
    "contenders",
    "nominees",
    "leaders",
    "officials",
    "activists",
    "operatives",
    "strategists",
    "delegates",
    "superdelegates",
];

/// Capitalised words that open a longer party name ending in a party word ("Social
/// Democratic", "Christian Democratic", "Liberal Democratic", "New Democratic", "Irish
/// Republican"): other countries' parties, no US party's people (attache's own list).
const PARTY_NAME_OPENERS: &[&str] = &[
    "Social",
    "Christian",
    "Liberal",
    "Free",
    "New",
    "Irish",
    "Popular",
    "Radical",
    "National",
];

const PRIVATE_OWNER_ROLES: &[(&str, &str)] = &[
    ("union", "LAB"),
    ("unions", "LAB"),
    ("labor", "LAB"),
    ("labour", "LAB"),
    ("exile", "OPP"),
    ("student", "EDU"),
    ("business", "BUS"),
    ("industry", "BUS"),
    ("company", "BUS"),
    ("corporate", "BUS"),
];

/// Lower-case words that may describe the states counted in "ministers of 12 member
/// states", "leaders of several other nations" ([`Work::of_many_states`]).
const STATE_DESCRIBING_WORDS: &[&str] = &[
    "other",
    "member",
    "neighboring",
    "neighbouring",
    "major",
    "western",
    "eastern",
    "northern",
    "southern",
    "donor",
    "developing",
    "industrialized",
    "industrialised",
    "rich",
    "poor",
    "oil-producing",
    "allied",
];

/// Words that open a clause and so end a prepositional phrase read after a role word
/// ("his troops from Kuwait only if Israel withdraws").
const CLAUSE_OPENERS: &[&str] = &[
    "if", "unless", "only", "when", "while", "because", "although", "though", "until", "once",
    "whereas", "than",
];

/// Prepositions of time that end a role phrase's prepositional phrase ("the ministries of
/// Trade and Defence during the Bosnian war": the war's country is not the ministries').
const TIME_PREPOSITIONS: &[&str] = &["during", "since", "throughout", "amid", "before", "after"];

/// Forms of the verbs that move forces out of a place: the country after "from" in the
/// phrase of their object is where they leave ("withdrew troops from Kuwait").
const WITHDRAWAL_FORMS: &[&str] = &[
    "withdraw",
    "withdraws",
    "withdrew",
    "withdrawn",
    "withdrawing",
    "pull",
    "pulls",
    "pulled",
    "pulling",
    "evacuate",
    "evacuates",
    "evacuated",
    "evacuating",
    "remove",
    "removes",
    "removed",
    "removing",
    "redeploy",
    "redeploys",
    "redeployed",
    "redeploying",
];

/// Is `role` a religion's code of CAMEO (JEW, MOS, CHR and its branches CHRCTH, CHRPRO...,
/// HIN, BUD), which codes the people of that faith with or without a country?
fn is_faith_role(role: &str) -> bool {
    matches!(role.get(..3), Some("JEW" | "MOS" | "CHR" | "HIN" | "BUD"))
}

const PEOPLE_ADJECTIVES: &[&str] = &[
    "Kurdish", "Kurd", "Kurds", "Tamil", "Tamils", "Uighur", "Uighurs", "Uyghur", "Uyghurs",
    "Rohingya", "Pashtun", "Pashtuns", "Baloch", "Baluch", "Hazara", "Tuareg", "Berber", "Yazidi",
    "Oromo", "Hutu", "Tutsi", "Kachin",
];

/// Determiners that open a verb's object: a word between a body noun and one of these is
/// a verb ("the commission order a recount"), whatever the tagger says
/// ([`Work::is_modifier`]).
const VERB_OBJECT_OPENERS: &[&str] = &["a", "an", "the", "its", "their", "his", "her"];

/// Nouns of a force's vehicles, units, bases and posts after its role word ("an army convoy", "a
/// police patrol", "a Somali army base"): the phrase stands for the force.
const FORCE_UNIT_NOUNS: &[&str] = &[
    "base",
    "bases",
    "camp",
    "camps",
    "barracks",
    "headquarters",
    "ship",
    "ships",
    "vessel",
    "vessels",
    "warship",
    "boat",
    "boats",
    "jet",
    "warplane",
    "drone",
    "convoy",
    "convoys",
    "patrol",
    "patrols",
    "vehicle",
    "vehicles",
    "truck",
    "trucks",
    "helicopter",
    "helicopters",
    "checkpoint",
    "checkpoints",
    "outpost",
    "outposts",
    "unit",
    "units",
    "positions",
    "jets",
    "warplanes",
    "aircraft",
    "drones",
    "warships",
    "gunboats",
    "tanks",
];

/// Nouns of a government's property after its role word ("its government websites", "a
/// ministry building"): the phrase stands for the government.
const GOVERNMENT_PROPERTY_NOUNS: &[&str] = &[
    "website",
    "websites",
    "servers",
    "networks",
    "building",
    "buildings",
    "compound",
];

/// Participles that say something to or of their object, whose implicit subject is the
/// subject of the clause they follow after a comma ("criticized Putin, accusing him of"):
/// an object pronoun of one is never that subject ([`Work::own_clause_subject`]).
const PARTICIPLES_OF_SAYING_TO: &[&str] = &[
    "accusing",
    "asking",
    "blaming",
    "branding",
    "calling",
    "criticizing",
    "criticising",
    "describing",
    "dubbing",
    "labeling",
    "labelling",
    "mocking",
    "praising",
    "telling",
    "thanking",
    "urging",
    "warning",
];

/// Stems of verbs whose object "it" or "them" is an actor ([`Work::object_pronoun`]):
/// accusing, urging, calling on, asking, telling, warning, pressing, blaming,
/// criticising, condemning, inviting, ordering, encouraging, pressuring.
const OBJECT_PRONOUN_VERBS: &[&str] = &[
    "accus", "urg", "call", "ask", "tell", "told", "warn", "press", "blam", "critici", "condemn",
    "invit", "order", "encourag",
];

/// A force's vehicles and weapons: after "its" or "their" they stand for the possessor
/// ([`Work::possessed_force_units`]).
const FORCE_VEHICLE_NOUNS: &[&str] = &[
    "jets",
    "warplanes",
    "aircraft",
    "drones",
    "warships",
    "gunboats",
    "helicopters",
    "tanks",
    "missiles",
    "rockets",
];

/// Nouns of travel before "from" or "to" a city: "a train from Berlin", "flights to Kyiv".
const JOURNEY_WORDS: &[&str] = &[
    "train",
    "trains",
    "flight",
    "flights",
    "bus",
    "buses",
    "coach",
    "ferry",
    "ferries",
    "plane",
    "planes",
    "journey",
    "journeys",
    "trip",
    "trips",
    "route",
    "routes",
    "road",
    "highway",
    "motorway",
    "railway",
    "rail",
    "convoy",
    "convoys",
    "voyage",
    "drive",
    "ride",
    "passage",
    "crossing",
    "distance",
    "miles",
    "kilometres",
    "kilometers",
    "km",
];

/// Verbs of motion before "from" a city: "flew from Kyiv", "drove from Berlin".
const MOTION_VERBS: &[&str] = &[
    "flew",
    "fly",
    "flies",
    "flying",
    "flown",
    "drove",
    "drive",
    "drives",
    "driving",
    "driven",
    "travelled",
    "traveled",
    "travel",
    "travels",
    "travelling",
    "traveling",
    "went",
    "moved",
    "move",
    "moves",
    "moving",
    "walked",
    "walk",
    "marched",
    "march",
    "sailed",
    "sail",
    "rode",
    "ride",
    "commuted",
    "commute",
    "relocated",
    "journeyed",
    "departed",
    "depart",
    "departs",
    "headed",
    "heading",
    "returned",
    "return",
    "returning",
    "returns",
    "arrived",
    "arrive",
    "arriving",
    "arrives",
    "stretches",
    "stretched",
    "stretch",
];

/// Words opening a football club's name before a city: "Real Madrid", "Dynamo Kyiv".
const CLUB_PREFIXES: &[&str] = &[
    "Real",
    "Atletico",
    "Atlético",
    "Dynamo",
    "Dinamo",
    "Spartak",
    "Lokomotiv",
    "CSKA",
    "Sporting",
    "Olympique",
    "Racing",
    "Rapid",
    "Austria",
    "Hertha",
    "Union",
    "Inter",
    "Lazio",
    "FC",
    "AC",
    "AS",
    "SC",
    "SK",
    "FK",
    "Partizan",
    "Crvena",
    "Legia",
    "Slavia",
    "Sparta",
    "Shakhtar",
    "Zenit",
    "Torpedo",
    "Hapoel",
    "Maccabi",
    "Beitar",
];

/// Verbs of a match result next to a city when the sentence has a score: "Madrid beat
/// Barcelona 2-1", "lost to Moscow 1-0".
const MATCH_VERBS: &[&str] = &[
    "beat", "beats", "defeated", "defeats", "drew", "draw", "draws", "thrashed", "routed", "edged",
    "lost", "lose", "loses", "won", "wins", "win", "hammered", "stunned", "overcame", "downed",
];

/// A match score: "2-1", "3–0".
fn is_score(w: &str) -> bool {
    let mut parts = w.split(['-', '\u{2013}']);
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let digits = |x: &str| !x.is_empty() && x.len() <= 2 && x.bytes().all(|b| b.is_ascii_digit());
    digits(a) && digits(b)
}

/// A byte of a hyphenated word: a letter or a hyphen.
fn hyphenated_part(b: &u8) -> bool {
    b.is_ascii_alphabetic() || *b == b'-'
}

/// Where the run of letters and hyphens that ends at byte `at` of `text` starts
/// (`Work::hyphenated_word_start`, `Work::hyphenated_word_end`).
fn hyphenated_run_start(text: &[u8], at: usize) -> usize {
    text[..at]
        .iter()
        .rposition(|b| !hyphenated_part(b))
        .map_or(0, |p| p + 1)
}

/// Countries whose name is also a food's ("Turkey prices soar").
const FOOD_COUNTRIES: &[&str] = &["Turkey"];

/// Words after a food's name in a headline: its market or its kitchen.
const FOOD_MARKET_WORDS: &[&str] = &[
    "dinner",
    "dinners",
    "farm",
    "farmers",
    "farms",
    "flu",
    "meat",
    "prices",
    "producers",
    "recipe",
    "recipes",
    "sales",
    "sandwich",
    "sandwiches",
    "shortage",
    "shortages",
    "supplies",
    "supply",
];

/// Words after a city in a headline that make it the venue of a meeting or an event, not a
/// party ("Paris talks stall", "Geneva summit opens").
const VENUE_WORDS: &[&str] = &[
    "accord",
    "accords",
    "agreement",
    "conference",
    "forum",
    "marathon",
    "meeting",
    "summit",
    "talks",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_repeated_text_is_resolved_in_checks_linear_in_its_length() {
        let kb = Kb::embedded().expect("embedded KB loads");
        let stage = ActorResolution::with_builtin_model(Arc::new(kb)).expect("model loads");
        let checks = |n: usize| {
            let text = "Police said four officers were hurt near the depot. Ohio Gov. Tom Webb \
                        spoke. The Ohio governor said Webb, the Ohio governor, agreed. "
                .repeat(n);
            let doc = Document::from_plain(&text);
            let mut work = Work::new(&stage, &doc);
            work.gather();
            work.choose_shared_country_names();
            work.link();
            work.resolve();
            work.code_state_officeholders();
            work.checks.get()
        };
        let (one, two) = (checks(100), checks(200));
        assert!(one > 100, "{one}");
        assert!(
            two <= one * 5 / 2,
            "{one} checks for 100 copies, {two} for 200"
        );
    }

    #[test]
    fn a_removed_mention_leaves_the_apposition_index_even_when_another_is_added() {
        let kb = Kb::embedded().expect("embedded KB loads");
        let stage = ActorResolution::with_builtin_model(Arc::new(kb)).expect("model loads");
        let text = "Ana Ruiz, the senator, spoke. Bo Lind, the mayor, spoke.";
        let doc = Document::from_plain(text);
        let mut work = Work::new(&stage, &doc);
        let at = |w: &str| {
            let s = text.find(w).unwrap_or(0);
            Span::new(s, s + w.len())
        };
        let person = Actor::uncoded_person;
        work.actors.push(ActorState::new(person("Ana Ruiz")));
        work.actors.push(ActorState::new(person("Bo Lind")));
        work.mention(usize::MAX, 0, at("Ana Ruiz"), MentionForm::Name);
        assert_eq!(work.apposed_person(at("the senator")), Some(0));
        // one removed, one added: the count is unchanged, the index is not
        let ana = at("Ana Ruiz");
        work.remove_mentions(|m| m.span == ana);
        work.mention(usize::MAX, 1, at("Bo Lind"), MentionForm::Name);
        assert_eq!(work.apposed_person(at("the senator")), None);
        assert_eq!(work.apposed_person(at("the mayor")), Some(1));
    }

    #[test]
    fn overlaps_are_found_behind_a_candidate_of_any_length() {
        let kb = Kb::embedded().expect("embedded KB loads");
        let stage = ActorResolution::with_builtin_model(Arc::new(kb)).expect("model loads");
        let text = format!("{}Union said so.", "Alpha Beta Gamma Delta ".repeat(20));
        let doc = Document::from_plain(&text);
        let mut work = Work::new(&stage, &doc);
        let long = Span::new(0, text.find(" said").unwrap_or(0));
        assert!(long.end > 400);
        work.cands = vec![
            Cand {
                span: Span::new(long.end as usize + 1, long.end as usize + 5),
                sentence: 0,
                what: What::Pronoun('m'),
            },
            Cand {
                span: long,
                sentence: 0,
                what: What::Unknown(NameKind::Organization),
            },
        ];
        work.sort_cands();
        let near_end = Span::new(long.end as usize - 5, long.end as usize - 1);
        let found: Vec<Span> = work
            .overlapping_cands(near_end)
            .map(|k| work.cands[k].span)
            .collect();
        assert_eq!(found, vec![long]);
    }
}
