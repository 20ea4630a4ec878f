//! attache-actors: mention detection and actor resolution.
//!
//! - [`tagger`]: a statistical name tagger (person / organization / place), trained by
//!   `examples/train_ner.rs` on GUM's openly licensed genres; the weights ship in
//!   `models/ner.bin`.
//! - [`eval::eval_entities`]: mention P/R/F1 on GUM (`attache eval entities`).
//! - [`gum`]: reading GUM's entity layer.
//! - [`resolve::ActorResolution`]: the pipeline stage filling `doc.actors` and
//!   `doc.mentions` from the KB (`attache-kb`), the tagger and the description lexicon.
//!
//! # Entry points
//! ```no_run
//! use attache_actors::{eval_entities, ActorResolution};
//! use std::sync::Arc;
//! let kb = Arc::new(attache_kb::Kb::embedded().expect("KB"));
//! let stage = ActorResolution::with_builtin_model(kb).expect("model"); // impl Stage
//! let files: Vec<(String, String)> = Vec::new(); // (file name, .conllu contents)
//! let report = eval_entities(&files, &stage); // attache_core::eval::Report
//! ```
//!
//! # Data files (embedded, linted on load; sources in data/SOURCES.md, models/README.md)
//! - `data/gazetteer.tsv`: word classes for the tagger's gazetteer features;
//! - `data/descriptions.tsv`: how descriptions headed by role nouns find their referent;
//! - `data/report_verbs.txt`: reporting verbs after which "it", "they", "we" find the speaker;
//! - `data/calendar_words.txt`: months, weekdays, holidays, never a later surname alone;
//! - `data/compound_heads.txt`: "-led", "-backed"..., before which a name ends;
//! - `data/company_suffixes.txt`: "Group", "Inc"..., closing a company name a rank opens;
//! - `data/eponym_heads.txt`: "Organization", "Foundation", "National"...: after a KB
//!   person's name they make an organisation or venue named after the person ("the Trump
//!   Organization"), no mention of the person;
//! - `data/market_names.txt`, `data/market_verbs.txt`, `data/market_words.txt`: stock
//!   markets and share indices ("Sensex", "FTSE 100"), the verbs of their moves ("fell") and
//!   the words marking a move as a market's ("index", "shares"): never actors;
//! - `data/destination_heads.txt`: "envoy", "ambassador"...: the capital after "to" is the
//!   state they are sent to, never their own;
//! - `data/ambiguous_capitals.txt`: capitals whose names are often something else
//!   ("Victoria", "Kingston"): only these keep the homonym guard;
//! - `data/no_story_country.txt`: agent nouns that never take the story's country;
//! - `data/issue_nouns.txt`: nouns naming a matter, not a group ("crisis", "camp"): after
//!   a demonym and a role word ("the Syrian refugee crisis") the phrase names no body;
//! - `data/follower_nouns.txt`: nouns naming a person's followers ("supporters", "backers",
//!   "loyalists"): a person's name, or name with "'s", right before one is no mention of
//!   the person but of an uncoded group ("Sanders supporters"; "his supporters" stays his);
//! - `data/outsider_nouns.txt`: nouns naming people against or hurt by a body ("critics",
//!   "victims", "veterans"): after a demonym and a role word the phrase names no body;
//! - `data/country_thing_nouns.txt`: nouns naming a thing of a country ("dollars",
//!   "flags", "passport"): a country's name or demonym right before one is no actor;
//! - `data/company_nouns.txt`: nouns naming a company ("carmaker", "bank"): a country's
//!   possessive before a superlative and one of them ("Japan's biggest carmaker") is no
//!   actor;
//! - `data/rule_system_nouns.txt`: agent nouns ("regime") that a common noun before them
//!   makes a system of rules, no body ("the sanctions regime", "the new security regime");
//! - `data/government_leaders.txt`: countries whose leader is the head of government
//!   ("the two leaders" of Armenia is its prime minister, of France its president);
//! - `data/country_cues.tsv`: words telling which country a name shared by several means
//!   ("Goma" for the DRC, "Pointe-Noire" for the Republic of the Congo), see below;
//! - `data/body_countries.tsv`: bodies named by a role noun ("the Senate", "the House",
//!   "Congress", "the Foreign Office"): "House" only when capitalised; a capitalised one with no country of its
//!   own is the country listed (USA, GBR), unless the story's country comes from the
//!   dateline (only for names marked `yields`: "Congress" `keeps` its country under any
//!   dateline) or the article never names the listed country; a title after one makes a
//!   legislator of that country ("Senate Minority Leader X" USALEG), the legislature word
//!   no mention of its own; after a proper noun naming no place the noun ends another name
//!   ("Fuller House", "Youth Congress");
//! - `data/body_name_heads.tsv`: words closing a capitalised name the KB lacks, or opening
//!   it before "of" ("Justice Department", "Department of Justice", "Supreme Court", "Acme
//!   Corp."), with the CAMEO role they give it (GOV, JUD, COP, BUS): such a name with no
//!   country of its own is the story's country's body or company (ACT102), never guessed;
//! - `data/title_abbreviations.txt`: abbreviated titles ("Sen.", "Gov.", "Lt."), never a
//!   name alone;
//! - `data/partisan_words.txt`: party words ("Republican", "GOP") that modify a body or a
//!   group without naming one; named alone ("Republicans", "the Democratic Party") in a
//!   story whose country is the United States they are the American party, USAPTY, and
//!   no "he" or "she" refers to them;
//! - `data/state_offices.tsv`: offices held for a US state (senator, representative,
//!   governor), the nouns naming them, the titles before their holders' names and their
//!   CAMEO role: a person with no KB code whom the text titles with a state's office ("Ohio
//!   Gov. X", "Sen. X (R-Tex)") is coded USA with that role (ELI after "former"); titled
//!   with no state ("Sen. X", "Gov. X"), only in a story whose country is the United States,
//!   or, for a chamber's title (`chamber`: "Sen.", "Rep."), where a bare "the Senate" or
//!   "the House of Representatives" would be American (no dateline's or story country's
//!   own chamber takes it);
//! - `data/us_states.tsv`: the US states with their AP and postal abbreviations and the
//!   country whose offices their officeholders hold (USA, no longer written in code): "the
//!   Vermont senator" is the person the story titles with that state's office ("Vermont
//!   Sen. X", "Sen. X of Vermont", "Sen. X (D-Vt.)", "X, the Vermont senator"), else a group
//!   of that state's office (USA), never another state's; a US state's officeholder is
//!   American whatever the story's country, its bodies ("the Kentucky House") are not the
//!   national ones;
//! - `data/police_or_military.txt`: "officer(s)", MIL in the KB, is COP bare in a story
//!   whose role words name the police and no armed forces;
//! - `data/relation_nouns.txt`: after a possessive and a relation noun ("her son
//!   Martin") a one-word KB short form names a relative, not the KB person, unless the
//!   article names that person in full;
//! - `data/given_names.tsv`: common given names by gender (names of both genders are
//!   neutral): "she"/"her" never refers to an unknown person newly named in full with a
//!   man's given name ("Peter Halasz"), "he"/"his" never to a woman's; it gives no gender
//!   otherwise (KB people keep the KB's);
//! - `data/heritage_words.txt`: "of Mexican heritage", "Mexican-American", "Cuban-born": a
//!   nationality word naming a heritage gives no actor a country and is no evidence of the
//!   story's; so does one naming a sponsor ("Iranian-backed") or, after "pro-"/"anti-", a
//!   stance ("pro-Iranian guerrillas");
//! - `data/faith_words.tsv`: a faith word and its CAMEO religion code ("Jewish" JEW,
//!   "Catholic" CHRCTH): before a leadership noun, a clergy noun or "community" it makes a
//!   group of that faith ("Jewish leaders" JEW, "American Jewish leaders" USAJEW), never the
//!   story country's government;
//! - `data/private_name_heads.txt`: a word ("Legion", "Association", "Foundation") that,
//!   in a run of capitalised words opened by a demonym or a country's name, makes the run a
//!   private body's own name: the country's word is a word of it, no mention of the country
//!   ("the American Legion", "the U.S. Olympic Committee");
//! - `data/staff_nouns.txt`, `data/staff_owners.txt`: a staff or leadership noun
//!   ("spokesman", "officials") after a campaign, party, union, business or faith word
//!   ("campaign spokesman", "labor leaders") is someone's other than the state's and takes
//!   no story country; between a coded person's name and an unknown person's ("Sanders
//!   campaign manager X") it makes the second the first one's aide, coded as them, in one
//!   mention from the first name on;
//! - `data/office_words.txt`: an office right after one of these words ("run for governor",
//!   "served as senator", "became governor") is the office spoken of, with no holder;
//! - `data/former_words.tsv`: "former", "ex-", "then-" before an office title make a
//!   former holder (ELI); "late" too keeps a KB person whose roles ended a former holder;
//! - `models/ner.bin`: the tagger's weights.
//!
//! # Names shared by several countries ("Congo", "Congolese")
//! The KB gives "Congo" and "Congolese" to both Congos. Such a name stands for the country
//! the article's other evidence names most: the cue words of `data/country_cues.tsv`
//! (Goma, Kivu, Tshisekedi / Pointe-Noire, Sassou Nguesso) and the article's KB names that
//! are not shared (Kinshasa or Brazzaville, "Democratic Republic of the Congo", KB people
//! and armed groups of either: M23). With no evidence or a tie it is the country listed
//! first in that file, the DRC, as wire usage has it ("Congo and the M23 rebels").
//!
//! # The story's country (agents named without one)
//! Wire stories about one country's politics name "police", "security forces",
//! "protesters", "rebels", "the opposition", "a local official", "Opposition leader Ana
//! Vidal" or "Government spokesman Paulo Mendes" without repeating the country. As in
//! ICEWS/PETRARCH coding, such an agent takes the story's country:
//! - the story's country is the dateline's (`doc.source.dateline`: "YAOUNDE", or "NAIROBI,
//!   Kenya" of an undated wire dateline, which the reader takes out of the text) when the KB
//!   knows the place as a capital, seat of power or country; else the country holding a
//!   clear majority of the article's country-coded KB names (countries, demonyms,
//!   capitals, people, armed groups): at least two of them and more than two thirds of
//!   all. A dateline whose country disagrees with such a majority gives no story country;
//!   two countries named about equally give none either;
//! - it is used only for agent nouns whose role is COP, SPY, MIL, OPP, GOV, REB, CVL, PTY,
//!   LEG, JUD, SEP or INS (`attache-kb` `agents.tsv`), except those in
//!   `data/no_story_country.txt` ("people", "terrorist"), and whose phrase has no country of its
//!   own (demonym, possessive, "of X", "in X"), no possessor, no IGO ("a NATO spokesman")
//!   and no named group ("a Hamas official"); never for a named person the KB knows, and
//!   never for a bare office description ("a spokesman": the KB's spokesperson is not
//!   guessed);
//! - with no story country, a bare agent noun opening its clause ("In Cambodia, soldiers
//!   were seen...") takes the one country its sentence names after "in", when no other
//!   country, KB person, group or IGO is named there;
//! - a junta's spokesman or official speaks for the government ("Junta spokesman Colonel
//!   X", "the junta's spokesman": GOV, not MIL); a rank after an official's noun holds that
//!   office ("army spokesman Colonel X" MIL);
//! - every actor coded so is reported once as inferred in `doc.warnings` (ACT102: `country
//!   CMR of "Security forces" inferred from the dateline`), for the readout to show.
//! - a role word right before a generic official's noun names their body ("a party
//!   spokeswoman" PTY, "army spokesman" MIL, "police official" COP).
//!
//! # Person names and descriptions (some rules)
//! - One word the syntax tagger calls a proper noun, opening its sentence (or after a
//!   comma or "the") right before a reporting verb, is a speaker: an organisation after
//!   "the", with capitals inside ("FBI", "PolitiFact") or as a gazetteer organisation
//!   word, else a person ("Flynn says"); not a plural ("Millennials say"), a place,
//!   country, title or calendar word, nor a word the article writes in lower case.
//! - An unknown person with a government title and no country, opening an absolute
//!   clause (", with Vice President X calling ...") or trailing before a reporting verb
//!   (", Foreign Minister X said") in a sentence a state opens, is that state's.
//! - A KB surname after another given name is someone else ("Derek Mitchell" is not Keith
//!   Mitchell); at the opening of a clause the word before the surname counts as a given
//!   name only when the syntax tagger calls it a proper noun ("Did Trump" stays Trump).
//! - Two or three words the syntax tagger calls proper nouns, opening a clause or after a
//!   comma, right before a reporting verb are a person ("Domingos Simoes Pereira said").
//! - A surname opening in a particle joins the full name in either case ("De Blasio"
//!   after "Bill de Blasio").
//! - The object of a verb of telling ("told the envoy") is never its subject.
//! - A capitalised IGO noun after another capitalised word ends another name ("the Soviet
//!   Union"), never a description of the article's union.
//! - "both governments", "the two leaders" with too few named before: the countries the
//!   article pairs with "and" ("Thailand and Cambodia", "Thai and Cambodian leaders") come
//!   before the most named and latest ("talks hosted by Malaysia").
//! - "he" or "she" as subject of the clause a reporting verb governs ("After talks with
//!   Yeltsin, Kohl said he would...") is that verb's subject when it is a person of the
//!   pronoun's window, not the first person the sentence names; so is "his" or "her"
//!   before the verb's object or oblique ("After a call with Yeltsin, Kohl sent his
//!   envoy"); a name right before the verb is its subject when the parse gives none.
//! - "it" or "they" as subject of a wh-clause of wanting, seeing or saying ("what it sees
//!   as", "which alliances they want") is the subject of the clause holding it when that
//!   agrees in number; a bare plural noun there ("countries") becomes an unnamed group.
//! - "the group", "the militant group" (a KB group's nouns, lower case, the determiner and
//!   the noun alone): the KB group named in the last three sentences with no other
//!   organisation named since ("Houthi targets ... after the group attacked"); "her
//!   group", "the BLM group" are nobody.
//! - A title after a KB group makes a member coded as the group ("Hezbollah commander X"
//!   LBNREB), as "a Hamas official" is.
//! - A force's base, ship or vehicle stands for the force ("a Somali army base" SOMMIL),
//!   and so do "its jets", "their drones" for the possessor named before in the sentence
//!   ("Turkey's defence ministry said its jets had struck" TURMIL).
//! - "the two sides", "both sides" (descriptions.tsv reading `parties`): the officeholders
//!   of as many different countries named in the sentence or the two before, else nobody
//!   (the event coder reads the countries); "the Chinese side" before a verb is China's
//!   government, "the Kazakh side of the zone" nobody.
//! - "the prime minister", "the president" with no country, in a clause a government or
//!   country reports ("Downing Street said the prime minister had spoken"), is that
//!   country's officeholder.
//! - After a title, a given name that is also a place opens a name before a surname (the
//!   gazetteer's or a KB person's): "Vice President Rosario Murillo" is a new person, not
//!   the KB's Murillo.
//! - "it" or "them" as the object of a verb of accusing, urging, telling... before "of",
//!   "to", "against", "for" or "over" is the latest fitting mention of its sentence after
//!   the subject ("Russia expelled two British diplomats, accusing them of spying": a
//!   country or organisation for "it", an unnamed group for "them"); "he"/"him" may be an
//!   unnamed official of a country named definitely in the same sentence ("China summoned
//!   the Japanese ambassador, accusing him") when no person is named within reach.
//! - A government's website, building or compound stands for the government ("its
//!   government websites" ESTGOV).
//! - A capital after a place cue that acts in a relative clause ("a statement issued in
//!   Beijing, which brokered the deal") is its government; "in Nairobi, which is" a place.
//! - A capital is the city, not its government, on a journey ("flew from Kyiv to Warsaw",
//!   "a train from Berlin to"), in a club's name ("Real Madrid"; "Madrid beat Barcelona
//!   2-1"), in a sentence with a year before 1800 ("Rome fell in 410") and as someone's
//!   home ("London was her home").
//! - A KB surname opening a full name after a title is someone else's given name
//!   ("Senator Mara Quinlan" is Mara Quinlan); after a possessive and a relation noun a
//!   one-word KB short form is a relative ("her son Martin").
//! - "their" + a body after a plural antecedent (one span several actors share, or names
//!   joined by "and"; a comma list only when "and" closes it) is one body per member over
//!   the phrase ("Both countries put their navies on alert"); "its" never takes one member
//!   of such a unit.
//! - "the country's"/"the nation's" + a body or group is of the country named last before
//!   it (sentence and the two before), not the story's most named; offices are left out.
//!   A body noun before a word and a determiner is no modifier of that word, which is the
//!   clause's verb ("demanded that the commission order a recount").
//! - "both sides"/"the two sides" are first the two named in "between A and B" in the
//!   sentence or the two before; "the army" never refers back to a rebel group whose name
//!   ends in "Army".
//! - Session 17 (`tests/qa17_real_news.rs`): a dateline left at the opening of a line of
//!   the text ("OSORNO, Chile (AP)_", "MIAMI (AP) --": a first word in capitals, a short
//!   place, then a wire credit, a dash or an underscore) names no actor, its wire credit
//!   neither; it sets no story country (a filing place is too often not the story's). A
//!   country word is no actor before a noun of its things ("Canadian dollars"), before a
//!   capitalised "War" ("the Vietnam War"), as the possessor of a superlative company
//!   ("Italy's second-largest carmaker") or as a demonym describing a person named after
//!   one or two nouns that are no role ("Chilean swimmer Marta Rojas"). An army, party,
//!   front or movement "of" a word naming no place, country, body or person ("the Army of
//!   Light", "an army of volunteers"; not a gerund: "accused the party of rigging") takes
//!   no story country and no default body country. A capital after "in the capital"
//!   ("in the Kenyan capital, Nairobi") is the city. "the king", "the emir", "the
//!   monarch" refer to no KB person of the article whose office at the story's date is
//!   titled otherwise ("President"), or "Head of State" in a country whose own titles
//!   (`titles.tsv`) name no crown, and to none but the crowned when the article names one
//!   ("the king" of a story naming King Hussein and President Bush is Jordan's). The KB
//!   holds 1990s officeholders whose spells ended before 2000 (`x_1990s.txt` in
//!   `attache-kb`: George H. W. Bush, King Hussein, Janet Reno...). A title before the
//!   short form of one KB person who held the office it names by the story's date, the
//!   name ending there, is that person even out of office ("President Reagan" in 2016:
//!   USAELI); "Senator George" is no king of Tonga.
//!
//! # Codes
//! | code | meaning | what to do |
//! |---|---|---|
//! | ACT001 | gazetteer.tsv line unreadable (line-numbered) | fix the line: `class<TAB>word` |
//! | ACT002 | descriptions.tsv line unreadable (line-numbered) | fix the line: noun, plural, reading, offices |
//! | ACT003 | a word list (report_verbs.txt, calendar_words.txt, compound_heads.txt, company_suffixes.txt, eponym_heads.txt, market_verbs.txt, market_words.txt, destination_heads.txt, no_story_country.txt, issue_nouns.txt, outsider_nouns.txt, follower_nouns.txt, country_thing_nouns.txt, company_nouns.txt, rule_system_nouns.txt, heritage_words.txt, police_or_military.txt, staff_nouns.txt, staff_owners.txt, private_name_heads.txt, office_words.txt, relation_nouns.txt) line is not one lower-case word (line-numbered) | fix the line |
//! | ACT004 | place_cues.txt line is not lower-case words separated by one blank (line-numbered) | fix the line |
//! | ACT005 | market_names.txt or ambiguous_capitals.txt line is not a name (words separated by one blank; line-numbered) | fix the line |
//! | ACT009 | title_abbreviations.txt or partisan_words.txt line is not one token (letters, '.', '-'; line-numbered) | fix the line |
//! | ACT010 | us_states.tsv line unreadable: header, a name of capitalised words, abbreviations starting with a capital, the states' one country (three capitals; line-numbered) | fix the line |
//! | ACT012 | former_words.tsv line unreadable: header, a lower-case word (letters, an optional final '-') and its uses among title, stale, description (line-numbered) | fix the line |
//! | ACT013 | given_names.tsv line unreadable: header, a given name (one capitalised word of letters) and m or f (line-numbered) | fix the line |
//! | ACT011 | state_offices.tsv line unreadable: header, lower-case nouns, titles as written, a three-letter role and a chamber word or `-` (line-numbered) | fix the line |
//! | NER001 | tagger model file unreadable | retrain with `examples/train_ner.rs` |
//! | ACT006 | government_leaders.txt line is not an alpha-3 code (three capitals; line-numbered) | fix the line |
//! | ACT007 | country_cues.tsv line unreadable: header, alpha-3 code, or a cue that is not one capitalised word (line-numbered) | fix the line |
//! | ACT008 | body_countries.tsv line unreadable: header, name (letters, words separated by one blank), country (alpha-3 or `-`) or dateline (`keeps` or `yields`) (line-numbered) | fix the line |
//! | ACT014 | body_name_heads.tsv line unreadable: header, one lower-case word of letters, a role of three capitals (line-numbered) | fix the line |
//! | ACT015 | faith_words.tsv line unreadable: header, one capitalised word of letters, a code of one or two segments of three capitals (line-numbered) | fix the line |
//! | ACT101 | warning: a definite description found no actor ("the foreign minister" with no minister in the article, or no publication date to read officeholders at) | informational |
//! | ACT102 | warning: an agent named without a country was given the story's country (see above) | informational: the code is inferred |

pub mod eval;
pub mod gum;
pub mod lexicon;
pub mod resolve;
pub mod tagger;

pub use eval::eval_entities;
pub use resolve::{ActorResolution, PlaceCountry};
pub use tagger::{Gazetteer, NameKind, NameSpan, NameTagger};

/// The name tagger with the gazetteer it was trained with.
#[derive(Clone)]
pub struct NameFinder {
    pub tagger: NameTagger,
    pub gazetteer: Gazetteer,
}

impl NameFinder {
    pub fn new(tagger: NameTagger, gazetteer: Gazetteer) -> NameFinder {
        NameFinder { tagger, gazetteer }
    }

    /// Names in one sentence of words.
    pub fn find(&self, words: &[&str]) -> Vec<NameSpan> {
        self.tagger.tag(words, &self.gazetteer)
    }
}

/// The gazetteer file the shipped model was trained with (`data/gazetteer.tsv`).
pub static GAZETTEER_TSV: &str = include_str!("../data/gazetteer.tsv");

/// A problem in a data file of this crate, with its 1-based line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub code: &'static str,
    pub file: &'static str,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "[{}] {}:{}: {}",
            self.code, self.file, self.line, self.message
        )
    }
}

impl std::error::Error for DataError {}

/// The rows of a two-column TSV data file under its header line `header` (blank lines and
/// `#` comments skipped), each with its 1-based line number. A wrong header or a row without
/// a tab is reported under `code` and skipped.
pub(crate) fn tsv_pairs<'t>(
    text: &'t str,
    code: &'static str,
    file: &'static str,
    header: &str,
) -> (Vec<(usize, &'t str, &'t str)>, Vec<DataError>) {
    let shown = header.replace('\t', "<TAB>");
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut seen_header = false;
    for (n, line) in text.lines().enumerate() {
        let err = |message: String| DataError {
            code,
            file,
            line: n + 1,
            message,
        };
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !seen_header {
            seen_header = true;
            if line != header {
                errors.push(err(format!(
                    "expected the header \"{shown}\", found {line:?}"
                )));
            }
            continue;
        }
        match line.split_once('\t') {
            Some((a, b)) => rows.push((n + 1, a, b)),
            None => errors.push(err(format!("expected {shown}"))),
        }
    }
    (rows, errors)
}

/// Reads a gazetteer file (`class<TAB>word`, header `class\tword`, `#` comments). Bad
/// lines are skipped and returned as errors.
pub fn parse_gazetteer(text: &str) -> (Gazetteer, Vec<DataError>) {
    let mut gaz = Gazetteer::default();
    let (rows, mut errors) = tsv_pairs(text, "ACT001", "gazetteer.tsv", "class\tword");
    for (line, class, word) in rows {
        let err = |message: String| DataError {
            code: "ACT001",
            file: "gazetteer.tsv",
            line,
            message,
        };
        let bit = match class {
            "first" => Gazetteer::FIRST_NAME,
            "surname" => Gazetteer::PERSON_NAME,
            "country" | "demonym" => Gazetteer::COUNTRY,
            "place" => Gazetteer::PLACE,
            "org" => Gazetteer::ORGANIZATION,
            "title" => Gazetteer::TITLE,
            other => {
                errors.push(err(format!(
                    "unknown class {other:?} (first, surname, country, demonym, place, org, title)"
                )));
                continue;
            }
        };
        if word.is_empty() || word.contains(char::is_whitespace) {
            errors.push(err(format!(
                "word {word:?} must be one word without spaces"
            )));
            continue;
        }
        gaz.insert(word, bit);
    }
    errors.sort_by_key(|e| e.line);
    (gaz, errors)
}

/// The gazetteer the shipped model was trained with.
pub fn default_gazetteer() -> Gazetteer {
    parse_gazetteer(GAZETTEER_TSV).0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_gazetteer_lints_clean() {
        let (gaz, errors) = parse_gazetteer(GAZETTEER_TSV);
        assert!(errors.is_empty(), "{}", errors[0]);
        assert!(gaz.len() > 10_000);
    }

    #[test]
    fn gazetteer_errors_carry_their_line() {
        let (_, errors) = parse_gazetteer("class\tword\nfirst\tanna\nwhat\tx\nfirst\n");
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![3, 4]);
    }
}
