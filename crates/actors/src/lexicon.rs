//! The description lexicon (`data/descriptions.tsv`): how a definite description headed by
//! a role noun ("the Russian diplomat", "his US counterpart", "a source") finds its
//! referent. Linted on load with line-numbered errors.

use crate::DataError;
use attache_kb::Office;

/// The embedded lexicon.
pub static DESCRIPTIONS_TSV: &str = include_str!("../data/descriptions.tsv");

/// The embedded reporting verbs (`data/report_verbs.txt`).
pub static REPORT_VERBS_TXT: &str = include_str!("../data/report_verbs.txt");

/// The embedded calendar words (`data/calendar_words.txt`): months, weekdays, holidays.
pub static CALENDAR_WORDS_TXT: &str = include_str!("../data/calendar_words.txt");

/// The embedded compound heads (`data/compound_heads.txt`): "led" of "Otieno-led".
pub static COMPOUND_HEADS_TXT: &str = include_str!("../data/compound_heads.txt");

/// The embedded company-name suffixes (`data/company_suffixes.txt`): "Group", "Inc".
pub static COMPANY_SUFFIXES_TXT: &str = include_str!("../data/company_suffixes.txt");

/// The embedded eponym heads (`data/eponym_heads.txt`): "Organization" of "the Trump
/// Organization".
pub static EPONYM_HEADS_TXT: &str = include_str!("../data/eponym_heads.txt");

/// The embedded market and index names (`data/market_names.txt`): "Sensex", "FTSE".
pub static MARKET_NAMES_TXT: &str = include_str!("../data/market_names.txt");

/// The embedded verbs of market moves (`data/market_verbs.txt`): "fell", "closed".
pub static MARKET_VERBS_TXT: &str = include_str!("../data/market_verbs.txt");

/// The embedded words marking a move as a market's (`data/market_words.txt`): "index".
pub static MARKET_WORDS_TXT: &str = include_str!("../data/market_words.txt");

/// The embedded capitals whose names are often something else (`data/ambiguous_capitals.txt`).
pub static AMBIGUOUS_CAPITALS_TXT: &str = include_str!("../data/ambiguous_capitals.txt");

/// The embedded agent nouns that never take the story's country (`data/no_story_country.txt`).
pub static NO_STORY_COUNTRY_TXT: &str = include_str!("../data/no_story_country.txt");

/// The embedded nouns naming a matter, not a group, after a demonym and a role word
/// (`data/issue_nouns.txt`).
pub static ISSUE_NOUNS_TXT: &str = include_str!("../data/issue_nouns.txt");

/// The embedded nouns naming a thing of a country, not the country acting, after its name
/// or demonym (`data/country_thing_nouns.txt`: "Canadian dollars", "Brazilian flags").
pub static COUNTRY_THING_NOUNS_TXT: &str = include_str!("../data/country_thing_nouns.txt");

/// The embedded nouns naming a company after a country's possessive and a superlative
/// (`data/company_nouns.txt`: "Norway's largest bank").
pub static COMPANY_NOUNS_TXT: &str = include_str!("../data/company_nouns.txt");

/// The embedded nouns naming people against or hurt by a body, after a demonym and a role
/// word (`data/outsider_nouns.txt`).
pub static OUTSIDER_NOUNS_TXT: &str = include_str!("../data/outsider_nouns.txt");
/// Nouns naming a person's followers, not the person (`data/follower_nouns.txt`).
pub static FOLLOWER_NOUNS_TXT: &str = include_str!("../data/follower_nouns.txt");

/// The embedded relation nouns ("son", "wife") after which a one-word KB short form names a
/// relative (`data/relation_nouns.txt`).
pub static RELATION_NOUNS_TXT: &str = include_str!("../data/relation_nouns.txt");

/// The embedded agent nouns that a common noun before them makes a system of rules
/// (`data/rule_system_nouns.txt`).
pub static RULE_SYSTEM_NOUNS_TXT: &str = include_str!("../data/rule_system_nouns.txt");

/// The embedded countries led by their head of government (`data/government_leaders.txt`).
pub static GOVERNMENT_LEADERS_TXT: &str = include_str!("../data/government_leaders.txt");

/// The embedded evidence for names shared by several countries (`data/country_cues.tsv`).
pub static COUNTRY_CUES_TSV: &str = include_str!("../data/country_cues.tsv");

/// Reads `country_cues.tsv`: a header `alpha3<TAB>cues`, then one country a line with its
/// cue words (`|`-separated, each one word starting with a capital), `#` comments; the
/// countries in file order (the first is the default reading of a shared name). Bad lines
/// are skipped and reported (ACT007).
pub fn parse_country_cues(text: &str) -> (Vec<(String, Vec<String>)>, Vec<DataError>) {
    let mut out = Vec::new();
    let (rows, mut errors) = crate::tsv_pairs(text, "ACT007", "country_cues.tsv", "alpha3\tcues");
    for (line, code, cues) in rows {
        let err = |message: String| DataError {
            code: "ACT007",
            file: "country_cues.tsv",
            line,
            message,
        };
        if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
            errors.push(err(format!("{code:?} is not an alpha-3 country code")));
            continue;
        }
        let words: Vec<String> = cues.split('|').map(str::to_string).collect();
        if let Some(bad) = words.iter().find(|w| {
            !w.chars().next().is_some_and(char::is_uppercase) || w.contains(char::is_whitespace)
        }) {
            errors.push(err(format!("cue {bad:?} is not one capitalised word")));
            continue;
        }
        out.push((code.to_string(), words));
    }
    errors.sort_by_key(|e| e.line);
    (out, errors)
}

/// Reads a list of ISO 3166 alpha-3 codes (`file` names it in errors): one code a line,
/// three capital letters, `#` comments. Bad lines are skipped and reported (ACT006).
pub fn parse_country_codes(text: &str, file: &'static str) -> (Vec<String>, Vec<DataError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (line, code) in list_lines(text) {
        if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
            errors.push(DataError {
                code: "ACT006",
                file,
                line,
                message: format!("{code:?} is not an alpha-3 country code (three capitals)"),
            });
            continue;
        }
        out.push(code.to_string());
    }
    (out, errors)
}

/// The embedded bodies named by a role noun with their default country
/// (`data/body_countries.tsv`).
pub static BODY_COUNTRIES_TSV: &str = include_str!("../data/body_countries.tsv");

/// A body named by a role noun ("the Senate", "the Foreign Office") and the country its
/// bare capitalised name stands for (`data/body_countries.tsv`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BodyCountry {
    /// The name in lower case ("house of representatives").
    pub name: String,
    /// Matched in the text only when written with a capital ("the House").
    pub capital_only: bool,
    /// The country a capitalised mention without one of its own stands for, by default.
    pub country: Option<String>,
    /// The default holds whatever the dateline ("Congress" of a story from Jerusalem is
    /// still the United States'); else a dateline's own country wins ("MANILA - The
    /// Senate" is the Philippines').
    pub keeps_over_dateline: bool,
}

/// Reads `body_countries.tsv`: a header `name<TAB>country<TAB>dateline`, then one name a
/// line (lower-case words, or capitalised when the text must capitalise it too) with an
/// alpha-3 code or `-` and `keeps` or `yields` (whether the default holds over a
/// dateline's country), `#` comments. Bad lines are skipped and reported (ACT008).
pub fn parse_body_countries(text: &str) -> (Vec<BodyCountry>, Vec<DataError>) {
    let mut out = Vec::new();
    let (rows, mut errors) = crate::tsv_pairs(
        text,
        "ACT008",
        "body_countries.tsv",
        "name\tcountry\tdateline",
    );
    for (line, name, rest) in rows {
        let err = |message: String| DataError {
            code: "ACT008",
            file: "body_countries.tsv",
            line,
            message,
        };
        let words_ok = !name.is_empty()
            && name
                .split(' ')
                .all(|w| !w.is_empty() && w.chars().all(char::is_alphabetic));
        if !words_ok {
            errors.push(err(format!(
                "{name:?} is not a name (letters, words separated by one blank)"
            )));
            continue;
        }
        let (country, dateline) = rest.split_once('\t').unwrap_or((rest, ""));
        let keeps_over_dateline = match dateline {
            "keeps" => true,
            "yields" => false,
            other => {
                errors.push(err(format!(
                    "{other:?} is neither keeps nor yields (whether the country holds over a \
                     dateline's)"
                )));
                continue;
            }
        };
        let country = match country {
            "-" => None,
            c if c.len() == 3 && c.chars().all(|x| x.is_ascii_uppercase()) => Some(c.to_string()),
            other => {
                errors.push(err(format!(
                    "{other:?} is neither an alpha-3 country code nor -"
                )));
                continue;
            }
        };
        out.push(BodyCountry {
            name: name.to_lowercase(),
            capital_only: name.chars().next().is_some_and(char::is_uppercase),
            country,
            keeps_over_dateline,
        });
    }
    errors.sort_by_key(|e| e.line);
    (out, errors)
}

/// The embedded role nouns of people sent to another state (`data/destination_heads.txt`).
pub static DESTINATION_HEADS_TXT: &str = include_str!("../data/destination_heads.txt");

/// Reads a list of names (`file` names it in errors): one name a line, words separated by
/// one blank, starting with a letter or digit, `#` comments; returned in lower case. Bad
/// lines are skipped and reported (ACT005).
pub fn parse_names(text: &str, file: &'static str) -> (Vec<String>, Vec<DataError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (line, name) in list_lines(text) {
        let ok = name.chars().next().is_some_and(char::is_alphanumeric)
            && !name.contains('\t')
            && name.split(' ').all(|w| !w.is_empty());
        if !ok {
            errors.push(DataError {
                code: "ACT005",
                file,
                line,
                message: format!("{name:?} is not a name (words separated by one blank, no tab)"),
            });
            continue;
        }
        out.push(name.to_lowercase());
    }
    (out, errors)
}

/// The embedded nouns shared by the army and the police (`data/police_or_military.txt`).
pub static POLICE_OR_MILITARY_TXT: &str = include_str!("../data/police_or_military.txt");

/// The embedded heritage nouns (`data/heritage_words.txt`): "heritage", "descent".
pub static HERITAGE_WORDS_TXT: &str = include_str!("../data/heritage_words.txt");

/// The embedded staff and leadership nouns (`data/staff_nouns.txt`): "spokesman", "aide".
pub static STAFF_NOUNS_TXT: &str = include_str!("../data/staff_nouns.txt");

/// The embedded words that make a name opened by a demonym a private body's
/// (`data/private_name_heads.txt`): "Legion" of "the American Legion".
pub static PRIVATE_NAME_HEADS_TXT: &str = include_str!("../data/private_name_heads.txt");

/// The embedded words naming a staff noun's owner (`data/staff_owners.txt`): "campaign".
pub static STAFF_OWNERS_TXT: &str = include_str!("../data/staff_owners.txt");

/// The embedded words before an office that make it the office (`data/office_words.txt`):
/// "for", "as", "became".
pub static OFFICE_WORDS_TXT: &str = include_str!("../data/office_words.txt");

/// The embedded words saying an office or its holder is past (`data/former_words.tsv`):
/// "former", "ex-", "then-", "late".
pub static FORMER_WORDS_TSV: &str = include_str!("../data/former_words.tsv");
/// The embedded given names by gender (`data/given_names.tsv`).
pub static GIVEN_NAMES_TSV: &str = include_str!("../data/given_names.tsv");

/// The embedded US states and their abbreviations (`data/us_states.tsv`).
pub static US_STATES_TSV: &str = include_str!("../data/us_states.tsv");

/// The embedded offices held for a US state (`data/state_offices.tsv`).
pub static STATE_OFFICES_TSV: &str = include_str!("../data/state_offices.tsv");

/// The embedded abbreviated titles (`data/title_abbreviations.txt`): "Sen.", "Gov.".
pub static TITLE_ABBREVIATIONS_TXT: &str = include_str!("../data/title_abbreviations.txt");

/// The embedded party words (`data/partisan_words.txt`): "Republican", "GOP".
pub static PARTISAN_WORDS_TXT: &str = include_str!("../data/partisan_words.txt");

/// Reads a list of tokens kept as written (`file` names it in errors): one token a line
/// (letters, `.` and `-`, starting with a letter), `#` comments. Bad lines are skipped and
/// reported (ACT009).
pub fn parse_tokens(text: &str, file: &'static str) -> (Vec<String>, Vec<DataError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (line, token) in list_lines(text) {
        if !token.starts_with(char::is_alphabetic)
            || !token
                .chars()
                .all(|c| c.is_alphabetic() || c == '.' || c == '-')
        {
            errors.push(DataError {
                code: "ACT009",
                file,
                line,
                message: format!("{token:?} is not one token (letters, '.', '-')"),
            });
            continue;
        }
        out.push(token.to_string());
    }
    (out, errors)
}

/// Reads `heritage_words.txt`: one lower-case noun a line ("heritage"), or a suffix after
/// the nationality word, as written, after a "-" ("-American", "-born"). Returns the nouns
/// and the suffixes (without their "-"); bad lines are skipped and reported (ACT003).
pub fn parse_heritage_words(text: &str) -> (Vec<String>, Vec<String>, Vec<DataError>) {
    let (mut nouns, mut suffixes, mut errors) = (Vec::new(), Vec::new(), Vec::new());
    for (line, word) in list_lines(text) {
        let (stem, suffix) = match word.strip_prefix('-') {
            Some(s) => (s, true),
            None => (word, false),
        };
        let ok = !stem.is_empty()
            && if suffix {
                stem.chars().all(char::is_alphabetic)
            } else {
                stem.chars()
                    .all(|c| c.is_lowercase() || c == '-' || c == '\'')
            };
        if !ok {
            errors.push(DataError {
                code: "ACT003",
                file: "heritage_words.txt",
                line,
                message: format!("{word:?} is not one lower-case word or a \"-\" suffix"),
            });
            continue;
        }
        if suffix {
            suffixes.push(stem.to_string());
        } else {
            nouns.push(stem.to_string());
        }
    }
    (nouns, suffixes, errors)
}

/// One word of `data/former_words.tsv` saying an office or its holder is past ("former",
/// "ex-", "late") and the places it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct FormerWord {
    /// As written, lower case; one ending in '-' also begins a hyphenated word ("ex-senator").
    pub word: String,
    /// Makes the office title right after it a former one.
    pub title: bool,
    /// Keeps a KB person with ended roles a former officeholder though titled.
    pub stale: bool,
    /// Keeps "the former senator" from being the last legislator named.
    pub description: bool,
}

impl FormerWord {
    /// Whether lower-case word `w` is this word (or, for "ex-", begins with it: "ex-senator").
    pub fn matches(&self, w: &str) -> bool {
        w == self.word || (self.word.ends_with('-') && w.starts_with(self.word.as_str()))
    }
}

/// Reads `former_words.tsv`: a header `word<TAB>uses`, then a lower-case word (letters, an
/// optional final '-') and its `|`-separated uses (`title`, `stale`, `description`) a line.
/// Bad lines are skipped and reported (ACT012).
pub fn parse_former_words(text: &str) -> (Vec<FormerWord>, Vec<DataError>) {
    let mut out = Vec::new();
    let (rows, mut errors) = crate::tsv_pairs(text, "ACT012", "former_words.tsv", "word\tuses");
    for (line, word, uses) in rows {
        let stem = word.strip_suffix('-').unwrap_or(word);
        let uses: Vec<&str> = uses.split('|').collect();
        let word_ok = !stem.is_empty() && stem.chars().all(char::is_lowercase);
        let uses_ok = uses
            .iter()
            .all(|u| matches!(*u, "title" | "stale" | "description"));
        if !word_ok || !uses_ok {
            errors.push(DataError {
                code: "ACT012",
                file: "former_words.tsv",
                line,
                message: format!(
                    "{word:?} is not a lower-case word with uses among title, stale, description"
                ),
            });
            continue;
        }
        out.push(FormerWord {
            word: word.to_string(),
            title: uses.contains(&"title"),
            stale: uses.contains(&"stale"),
            description: uses.contains(&"description"),
        });
    }
    errors.sort_by_key(|e| e.line);
    (out, errors)
}

/// Reads `given_names.tsv`: a header `name<TAB>gender`, then a given name (one capitalised
/// word of letters) and `m` or `f` a line. Returns each name with its one gender; a name
/// listed under both genders is neutral and left out. Bad lines are skipped and reported
/// (ACT013).
pub fn parse_given_names(text: &str) -> (Vec<(String, char)>, Vec<DataError>) {
    let (rows, mut errors) = crate::tsv_pairs(text, "ACT013", "given_names.tsv", "name\tgender");
    let mut out: Vec<(String, char)> = Vec::new();
    let mut neutral: Vec<&str> = Vec::new();
    for (line, name, gender) in rows {
        let name_ok = name.chars().next().is_some_and(char::is_uppercase)
            && name.chars().all(char::is_alphabetic);
        let problem = match (gender, name_ok) {
            ("m" | "f", true) => None,
            ("m" | "f", false) => Some(format!("{name:?} is not one capitalised word of letters")),
            _ => Some(format!("{gender:?} is not a gender: m or f")),
        };
        if let Some(message) = problem {
            errors.push(DataError {
                code: "ACT013",
                file: "given_names.tsv",
                line,
                message,
            });
            continue;
        }
        let gender = if gender == "m" { 'm' } else { 'f' };
        match out.iter().position(|(n, _)| n == name) {
            Some(i) if out[i].1 != gender => {
                out.remove(i);
                neutral.push(name);
            }
            Some(_) => {}
            None if neutral.contains(&name) => {}
            None => out.push((name.to_string(), gender)),
        }
    }
    errors.sort_by_key(|e| e.line);
    (out, errors)
}

/// The embedded head words of bodies and companies (`data/body_name_heads.tsv`).
pub static BODY_NAME_HEADS_TSV: &str = include_str!("../data/body_name_heads.tsv");

/// Reads `body_name_heads.tsv`: a header `word<TAB>role`, then one lower-case word of
/// letters and a three-capital CAMEO role a line ("ministry GOV", "inc BUS"), `#`
/// comments. Bad lines are skipped and reported (ACT014).
pub fn parse_body_name_heads(text: &str) -> (Vec<(String, String)>, Vec<DataError>) {
    let (rows, mut errors) = crate::tsv_pairs(text, "ACT014", "body_name_heads.tsv", "word\trole");
    let mut out = Vec::new();
    for (line, word, role) in rows {
        let word_ok = !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase());
        let role_ok = role.len() == 3 && role.chars().all(|c| c.is_ascii_uppercase());
        let problem = match (word_ok, role_ok) {
            (true, true) => None,
            (false, _) => Some(format!("{word:?} is not one lower-case word of letters")),
            (_, false) => Some(format!("{role:?} is not a role of three capitals")),
        };
        match problem {
            Some(message) => errors.push(DataError {
                code: "ACT014",
                file: "body_name_heads.tsv",
                line,
                message,
            }),
            None => out.push((word.to_string(), role.to_string())),
        }
    }
    errors.sort_by_key(|e| e.line);
    (out, errors)
}

/// The embedded faith words and their religion codes (`data/faith_words.tsv`).
pub static FAITH_WORDS_TSV: &str = include_str!("../data/faith_words.tsv");

/// Reads `faith_words.tsv`: a header `word<TAB>code`, then a capitalised word of letters
/// and a code of one or two segments of three capitals a line. Bad lines are skipped and
/// reported (ACT015).
pub fn parse_faith_words(text: &str) -> (Vec<(String, String)>, Vec<DataError>) {
    let (rows, mut errors) = crate::tsv_pairs(text, "ACT015", "faith_words.tsv", "word\tcode");
    let mut out = Vec::new();
    for (line, word, code) in rows {
        let word_ok = word.starts_with(|c: char| c.is_ascii_uppercase())
            && word.chars().all(|c| c.is_ascii_alphabetic());
        let code_ok = matches!(code.len(), 3 | 6) && code.chars().all(|c| c.is_ascii_uppercase());
        let problem = match (word_ok, code_ok) {
            (true, true) => None,
            (false, _) => Some(format!("{word:?} is not one capitalised word of letters")),
            (_, false) => Some(format!(
                "{code:?} is not a code of one or two segments of three capitals"
            )),
        };
        match problem {
            Some(message) => errors.push(DataError {
                code: "ACT015",
                file: "faith_words.tsv",
                line,
                message,
            }),
            None => out.push((word.to_string(), code.to_string())),
        }
    }
    errors.sort_by_key(|e| e.line);
    (out, errors)
}

/// One US state of `data/us_states.tsv`: its name and abbreviations as written.
#[derive(Debug, Clone, PartialEq)]
pub struct UsState {
    pub name: String,
    pub abbreviations: Vec<String>,
    /// The country (alpha-3) whose offices the state's officeholders hold ("USA").
    pub country: String,
}

/// Reads `us_states.tsv`: a header `state<TAB>abbreviations<TAB>country`, then a name
/// (capitalised words), its `|`-separated abbreviations (one token each) and a country
/// (three capital letters, the same on every line) a line. Bad lines are skipped and
/// reported (ACT010).
pub fn parse_us_states(text: &str) -> (Vec<UsState>, Vec<DataError>) {
    let mut out = Vec::new();
    let (rows, mut errors) = crate::tsv_pairs(
        text,
        "ACT010",
        "us_states.tsv",
        "state\tabbreviations\tcountry",
    );
    let mut first_country: Option<&str> = None;
    for (line, name, rest) in rows {
        let (abbreviations, country) = rest.split_once('\t').unwrap_or((rest, ""));
        let country_ok = country.len() == 3
            && country.chars().all(|c| c.is_ascii_uppercase())
            && first_country.is_none_or(|f| f == country);
        let words_ok = name
            .split(' ')
            .all(|w| w.starts_with(char::is_uppercase) || w == "of");
        let abbreviations: Vec<String> = abbreviations.split('|').map(str::to_string).collect();
        let abbr_ok = abbreviations.iter().all(|a| {
            a.starts_with(char::is_uppercase) && a.chars().all(|c| c.is_alphabetic() || c == '.')
        });
        if !words_ok || !abbr_ok || !country_ok {
            errors.push(DataError {
                code: "ACT010",
                file: "us_states.tsv",
                line,
                message: format!(
                    "{name:?} is not a state name with abbreviations and the states' one country"
                ),
            });
            continue;
        }
        first_country.get_or_insert(country);
        out.push(UsState {
            name: name.to_string(),
            abbreviations,
            country: country.to_string(),
        });
    }
    errors.sort_by_key(|e| e.line);
    (out, errors)
}

/// One office of `data/state_offices.tsv`: the nouns naming it and the titles before
/// its holder's name.
#[derive(Debug, Clone, PartialEq)]
pub struct StateOffice {
    pub office: String,
    pub nouns: Vec<String>,
    pub titles: Vec<String>,
    /// The CAMEO role of its holders ("LEG", "GOV").
    pub role: String,
    /// The national chamber whose members carry the office's titles ("senate" for "Sen."):
    /// a role word of `body_countries.tsv`, or none for an office of a state alone.
    pub chamber: Option<String>,
}

/// Reads `state_offices.tsv`: a header `office<TAB>nouns<TAB>titles<TAB>role<TAB>chamber`,
/// then one office a line with `|`-separated lower-case nouns, titles as written, a
/// three-letter CAMEO role and a lower-case chamber word or `-`. Bad lines are skipped and
/// reported (ACT011).
pub fn parse_state_offices(text: &str) -> (Vec<StateOffice>, Vec<DataError>) {
    let mut out = Vec::new();
    let (rows, mut errors) = crate::tsv_pairs(
        text,
        "ACT011",
        "state_offices.tsv",
        "office\tnouns\ttitles\trole\tchamber",
    );
    for (line, office, rest) in rows {
        let parts: Vec<&str> = rest.split('\t').collect();
        let list = |s: &str| s.split('|').map(str::to_string).collect::<Vec<String>>();
        let ok = parts.len() == 4
            && parts[3]
                .chars()
                .all(|c| c.is_lowercase() || c == ' ' || c == '-')
            && !parts[3].is_empty()
            && parts[2].len() == 3
            && parts[2].chars().all(|c| c.is_ascii_uppercase())
            && parts[0]
                .split('|')
                .all(|n| !n.is_empty() && n.chars().all(char::is_lowercase))
            && parts[1]
                .split('|')
                .all(|t| t.starts_with(char::is_uppercase) && !t.contains(' '));
        if !ok {
            errors.push(DataError {
                code: "ACT011",
                file: "state_offices.tsv",
                line,
                message: format!("{office:?}: expected lower-case nouns and titles"),
            });
            continue;
        }
        out.push(StateOffice {
            office: office.to_string(),
            nouns: list(parts[0]),
            titles: list(parts[1]),
            role: parts[2].to_string(),
            chamber: (parts[3] != "-").then(|| parts[3].to_string()),
        });
    }
    errors.sort_by_key(|e| e.line);
    (out, errors)
}

/// Reads the reporting verbs: a word list of `report_verbs.txt` (see [`parse_words`]).
pub fn parse_report_verbs(text: &str) -> (Vec<String>, Vec<DataError>) {
    parse_words(text, "report_verbs.txt")
}

/// Reads a word list (`file` names it in errors): one lower-case word a line, `#`
/// comments. Bad lines are skipped and reported (ACT003).
pub fn parse_words(text: &str, file: &'static str) -> (Vec<String>, Vec<DataError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (line, word) in list_lines(text) {
        if !word
            .chars()
            .all(|c| c.is_lowercase() || c == '-' || c == '\'')
        {
            errors.push(DataError {
                code: "ACT003",
                file,
                line,
                message: format!("{word:?} is not one lower-case word"),
            });
            continue;
        }
        out.push(word.to_string());
    }
    (out, errors)
}

/// The trimmed lines of a word-list file that are neither blank nor `#` comments, with
/// their 1-based numbers.
fn list_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(n, line)| (n + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
}

/// The embedded place cues (`data/place_cues.txt`).
pub static PLACE_CUES_TXT: &str = include_str!("../data/place_cues.txt");

/// Reads the place cues: one phrase of lower-case words a line, `#` comments. Bad lines are
/// skipped and reported (ACT004).
pub fn parse_place_cues(text: &str) -> (Vec<Vec<String>>, Vec<DataError>) {
    parse_phrases(text, "place_cues.txt")
}

/// Reads a list of lower-case phrases (`file` names it in errors): words separated by one
/// blank, one phrase a line, `#` comments. Bad lines are skipped and reported (ACT004).
pub fn parse_phrases(text: &str, file: &'static str) -> (Vec<Vec<String>>, Vec<DataError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (line, phrase) in list_lines(text) {
        let words: Vec<String> = phrase.split(' ').map(str::to_string).collect();
        if words
            .iter()
            .any(|w| w.is_empty() || !w.chars().all(|c| c.is_lowercase() || c == '-'))
        {
            errors.push(DataError {
                code: "ACT004",
                file,
                line,
                message: format!("{phrase:?} is not lower-case words separated by one blank"),
            });
            continue;
        }
        out.push(words);
    }
    (out, errors)
}

/// How a description headed by the noun is resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// A person already in the article (of the phrase's country, preferring offices).
    Known,
    /// The holder of the possessor's office in the phrase's country.
    Counterpart,
    /// An unnamed group actor.
    Group,
    /// A group reading, for a noun that names someone only after a possessive ("the WHO's
    /// chief, Anna Berg", "its director"): elsewhere ("ministers head to Geneva", "the
    /// head of the delegation") the word is no role.
    Possessed,
    /// The parties of the article: plural with a number ("the two sides", "both sides"),
    /// the actors named before, as for [`Reading::Known`]; singular with a country ("the
    /// Chinese side"), that country's government; otherwise ("the other side") nobody.
    Parties,
    /// The countries of the article, plural with a number only ("both countries", "the two
    /// neighbours"): as many different countries named (by name, demonym, seat or
    /// officeholder) in the sentence or the two before, the pair the article joins with
    /// "and" first; with more named and no such pair, no one. The singular is no
    /// description ("the country").
    Countries,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Description {
    /// Lower case.
    pub noun: String,
    pub plural: String,
    pub reading: Reading,
    pub offices: Vec<Office>,
}

/// Parses the lexicon; bad lines are skipped and reported.
pub fn parse_descriptions(text: &str) -> (Vec<Description>, Vec<DataError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut header = false;
    for (n, line) in text.lines().enumerate() {
        let err = |message: String| DataError {
            code: "ACT002",
            file: "descriptions.tsv",
            line: n + 1,
            message,
        };
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if !header {
            header = true;
            if cols != ["noun", "plural", "reading", "offices"] {
                errors.push(err(format!(
                    "expected the header noun<TAB>plural<TAB>reading<TAB>offices, found {line:?}"
                )));
            }
            continue;
        }
        if cols.len() != 4 {
            errors.push(err(format!(
                "expected 4 TAB-separated fields, found {}",
                cols.len()
            )));
            continue;
        }
        let reading = match cols[2] {
            "known" => Reading::Known,
            "counterpart" => Reading::Counterpart,
            "group" => Reading::Group,
            "possessed" => Reading::Possessed,
            "parties" => Reading::Parties,
            "countries" => Reading::Countries,
            other => {
                errors.push(err(format!(
                    "unknown reading {other:?} (known, counterpart, group, possessed, parties, countries)"
                )));
                continue;
            }
        };
        let mut offices = Vec::new();
        let mut bad = false;
        for o in cols[3].split('|').filter(|o| !o.is_empty()) {
            match Office::parse(o) {
                Some(o) => offices.push(o),
                None => {
                    errors.push(err(format!("unknown office {o:?}")));
                    bad = true;
                }
            }
        }
        if cols[0].is_empty() || bad {
            if cols[0].is_empty() {
                errors.push(err("empty noun".into()));
            }
            continue;
        }
        out.push(Description {
            noun: cols[0].to_lowercase(),
            plural: cols[1].to_lowercase(),
            reading,
            offices,
        });
    }
    (out, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_description_lexicon_lints_clean() {
        let (entries, errors) = parse_descriptions(DESCRIPTIONS_TSV);
        assert!(errors.is_empty(), "{}", errors[0]);
        assert!(entries.iter().any(|d| d.reading == Reading::Counterpart));
    }

    #[test]
    fn the_shipped_reporting_verbs_lint_clean_and_errors_carry_their_line() {
        let (verbs, errors) = parse_report_verbs(REPORT_VERBS_TXT);
        assert!(errors.is_empty(), "{}", errors[0]);
        assert!(verbs.iter().any(|v| v == "said"));
        let (verbs, errors) = parse_report_verbs("# c\nsaid\nSaid it\n");
        assert_eq!(verbs, vec!["said"]);
        assert_eq!(errors.iter().map(|e| e.line).collect::<Vec<_>>(), vec![3]);
    }

    #[test]
    fn the_shipped_word_lists_and_place_cues_lint_clean_and_errors_carry_their_line() {
        for (text, file) in [
            (CALENDAR_WORDS_TXT, "calendar_words.txt"),
            (COMPOUND_HEADS_TXT, "compound_heads.txt"),
            (COMPANY_SUFFIXES_TXT, "company_suffixes.txt"),
            (EPONYM_HEADS_TXT, "eponym_heads.txt"),
            (MARKET_VERBS_TXT, "market_verbs.txt"),
            (MARKET_WORDS_TXT, "market_words.txt"),
            (DESTINATION_HEADS_TXT, "destination_heads.txt"),
            (STAFF_NOUNS_TXT, "staff_nouns.txt"),
            (STAFF_OWNERS_TXT, "staff_owners.txt"),
            (PRIVATE_NAME_HEADS_TXT, "private_name_heads.txt"),
            (OFFICE_WORDS_TXT, "office_words.txt"),
            (ISSUE_NOUNS_TXT, "issue_nouns.txt"),
            (OUTSIDER_NOUNS_TXT, "outsider_nouns.txt"),
            (FOLLOWER_NOUNS_TXT, "follower_nouns.txt"),
            (RELATION_NOUNS_TXT, "relation_nouns.txt"),
            (COUNTRY_THING_NOUNS_TXT, "country_thing_nouns.txt"),
            (COMPANY_NOUNS_TXT, "company_nouns.txt"),
        ] {
            let (words, errors) = parse_words(text, file);
            assert!(errors.is_empty(), "{}", errors[0]);
            assert!(words.len() > 5, "{file}");
        }
        let (words, errors) = parse_words(RULE_SYSTEM_NOUNS_TXT, "rule_system_nouns.txt");
        assert!(errors.is_empty(), "{}", errors[0]);
        assert!(words.iter().any(|w| w == "regime"));
        let (words, errors) = parse_words(POLICE_OR_MILITARY_TXT, "police_or_military.txt");
        assert!(errors.is_empty(), "{}", errors[0]);
        assert!(words.iter().any(|w| w == "officers"));
        let (words, errors) = parse_words(NO_STORY_COUNTRY_TXT, "no_story_country.txt");
        assert!(errors.is_empty(), "{}", errors[0]);
        assert!(words.iter().any(|w| w == "people"));
        let (words, errors) = parse_words("# c\nled\nLed\nso called\n", "x.txt");
        assert_eq!(words, vec!["led".to_string()]);
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![3, 4]);
        assert!(errors.iter().all(|e| e.file == "x.txt"));
        let (names, errors) = parse_names(AMBIGUOUS_CAPITALS_TXT, "ambiguous_capitals.txt");
        assert!(errors.is_empty(), "{}", errors[0]);
        assert!(names.iter().any(|n| n == "victoria"));
        let (cues, errors) = parse_place_cues(PLACE_CUES_TXT);
        assert!(errors.is_empty(), "{}", errors[0]);
        assert!(cues.iter().any(|c| c == &["travelled", "to"]));
        let (cues, errors) = parse_place_cues("# c\nvisit\nfly  to\nIn\n");
        assert_eq!(cues, vec![vec!["visit".to_string()]]);
        assert_eq!(
            errors.iter().map(|e| e.line).collect::<Vec<_>>(),
            vec![3, 4]
        );
    }

    #[test]
    fn the_shipped_market_names_lint_clean_and_name_errors_carry_their_line() {
        let (names, errors) = parse_names(MARKET_NAMES_TXT, "market_names.txt");
        assert!(errors.is_empty(), "{}", errors[0]);
        assert!(names.iter().any(|n| n == "ftse 100" || n == "ftse"));
        let (names, errors) = parse_names("# c\nHang Seng\n Nikkei\nDow  Jones\n", "x.txt");
        assert_eq!(names, vec!["hang seng".to_string(), "nikkei".to_string()]);
        assert_eq!(
            errors.iter().map(|e| (e.line, e.code)).collect::<Vec<_>>(),
            vec![(4, "ACT005")]
        );
    }

    #[test]
    fn the_shipped_government_leaders_lint_clean_and_code_errors_carry_their_line() {
        let (codes, errors) = parse_country_codes(GOVERNMENT_LEADERS_TXT, "government_leaders.txt");
        assert!(errors.is_empty(), "{}", errors[0]);
        assert!(codes.iter().any(|c| c == "ARM") && codes.iter().any(|c| c == "GBR"));
        let (codes, errors) = parse_country_codes("# c\nARM\narm\nARME\n", "x.txt");
        assert_eq!(codes, vec!["ARM".to_string()]);
        assert_eq!(
            errors.iter().map(|e| (e.line, e.code)).collect::<Vec<_>>(),
            vec![(3, "ACT006"), (4, "ACT006")]
        );
    }

    #[test]
    fn the_shipped_body_countries_lint_clean_and_errors_carry_their_line() {
        let (rows, errors) = parse_body_countries(BODY_COUNTRIES_TSV);
        assert!(errors.is_empty(), "{}", errors[0]);
        let house = rows
            .iter()
            .find(|l| l.name == "house")
            .expect("House listed");
        assert!(house.capital_only);
        assert_eq!(house.country.as_deref(), Some("USA"));
        assert!(!house.keeps_over_dateline);
        let congress = rows.iter().find(|l| l.name == "congress");
        assert!(congress.is_some_and(|c| c.keeps_over_dateline));
        let (rows, errors) = parse_body_countries(
            "name\tcountry\tdateline\nsenate\t-\tyields\nHouse 2\tUSA\tyields\n\
             Duma\tRussia\tkeeps\nHouse\nDiet\tJPN\tmaybe\n",
        );
        assert_eq!(rows.len(), 1);
        assert!(!rows[0].capital_only && rows[0].country.is_none());
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![3, 4, 5, 6]);
    }

    #[test]
    fn the_shipped_country_cues_lint_clean_and_cue_errors_carry_their_line() {
        let (cues, errors) = parse_country_cues(COUNTRY_CUES_TSV);
        assert!(errors.is_empty(), "{}", errors[0]);
        assert_eq!(cues.first().map(|c| c.0.as_str()), Some("COD"));
        assert!(cues
            .iter()
            .any(|(c, w)| c == "COG" && w.iter().any(|w| w == "Pointe-Noire")));
        let text = "alpha3\tcues\nCOD\tGoma|Kivu\ncod\tGoma\nCOG\tpool\nCOG\n";
        let (cues, errors) = parse_country_cues(text);
        assert_eq!(cues.len(), 1);
        assert_eq!(
            errors.iter().map(|e| (e.line, e.code)).collect::<Vec<_>>(),
            vec![(3, "ACT007"), (4, "ACT007"), (5, "ACT007")]
        );
    }

    #[test]
    fn the_shipped_us_word_lists_lint_clean_and_errors_carry_their_line() {
        let (states, errors) = parse_us_states(US_STATES_TSV);
        assert!(errors.is_empty(), "{}", errors[0]);
        assert_eq!(states.len(), 51);
        assert!(states
            .iter()
            .any(|s| s.name == "Vermont" && s.abbreviations.contains(&"Vt.".to_string())));
        let (states, errors) =
            parse_us_states("state\tabbreviations\tcountry\nOhio\tOH\tUSA\nohio\tOH\tUSA\nUtah\tut\tUSA\nIowa\tIA\tCAN\nMaine\tME\n");
        assert_eq!(states.len(), 1);
        let lines: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.code)).collect();
        assert_eq!(
            lines,
            vec![(3, "ACT010"), (4, "ACT010"), (5, "ACT010"), (6, "ACT010")]
        );
        assert!(parse_us_states(US_STATES_TSV)
            .0
            .iter()
            .all(|s| s.country == "USA"));
        let (offices, errors) = parse_state_offices(STATE_OFFICES_TSV);
        assert!(errors.is_empty(), "{}", errors[0]);
        assert_eq!(offices[0].office, "senator");
        assert!(offices
            .iter()
            .any(|o| o.nouns.contains(&"governor".to_string())));
        let (offices, errors) = parse_state_offices(
            "office\tnouns\ttitles\trole\tchamber\nmayor\tmayor\tMayor\tGOV\t-\nx\tX\tY\tGOV\t-\ny\ty\n",
        );
        assert_eq!(offices.len(), 1);
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![3, 4]);
        for (text, file) in [
            (TITLE_ABBREVIATIONS_TXT, "title_abbreviations.txt"),
            (PARTISAN_WORDS_TXT, "partisan_words.txt"),
        ] {
            let (tokens, errors) = parse_tokens(text, file);
            assert!(errors.is_empty(), "{}", errors[0]);
            assert!(tokens.len() >= 4, "{file}");
        }
        let (tokens, errors) = parse_tokens("# c\nSen.\nSen Rep\n.x\n", "x.txt");
        assert_eq!(tokens, vec!["Sen.".to_string()]);
        let lines: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.code)).collect();
        assert_eq!(lines, vec![(3, "ACT009"), (4, "ACT009")]);
    }

    #[test]
    fn the_shipped_heritage_words_lint_clean_and_errors_carry_their_line() {
        let (nouns, suffixes, errors) = parse_heritage_words(HERITAGE_WORDS_TXT);
        assert!(errors.is_empty(), "{}", errors[0]);
        assert!(nouns.iter().any(|n| n == "descent"));
        assert!(suffixes.iter().any(|s| s == "American"));
        assert!(suffixes.iter().any(|s| s == "born"));
        let (nouns, suffixes, errors) =
            parse_heritage_words("# c\nroots\n-born\nRoots\n-\n-so called\n");
        assert_eq!(
            (nouns, suffixes),
            (vec!["roots".to_string()], vec!["born".to_string()])
        );
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![4, 5, 6]);
    }

    #[test]
    fn the_shipped_given_names_lint_clean_and_names_of_both_genders_are_neutral() {
        let (names, errors) = parse_given_names(GIVEN_NAMES_TSV);
        assert!(errors.is_empty(), "{}", errors[0]);
        assert!(names.contains(&("Peter".to_string(), 'm')));
        assert!(names.contains(&("Anna".to_string(), 'f')));
        assert!(!names.iter().any(|(n, _)| n == "Jean"));
        let (names, errors) =
            parse_given_names("name\tgender\nLena\tf\nKim\tm\nKim\tf\nKim\tm\nlena\tf\nOtto\tx\n");
        assert_eq!(names, vec![("Lena".to_string(), 'f')]);
        let lines: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.code)).collect();
        assert_eq!(lines, vec![(6, "ACT013"), (7, "ACT013")]);
    }

    #[test]
    fn the_shipped_body_name_heads_lint_clean_and_errors_carry_their_line() {
        let (heads, errors) = parse_body_name_heads(BODY_NAME_HEADS_TSV);
        assert!(errors.is_empty(), "{}", errors[0]);
        assert!(heads.contains(&("ministry".to_string(), "GOV".to_string())));
        let (heads, errors) =
            parse_body_name_heads("word\trole\ncourt\tJUD\nCourt\tJUD\ninc\tbus\n");
        assert_eq!(heads, vec![("court".to_string(), "JUD".to_string())]);
        let lines: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.code)).collect();
        assert_eq!(lines, vec![(3, "ACT014"), (4, "ACT014")]);
    }

    #[test]
    fn the_shipped_faith_words_lint_clean_and_errors_carry_their_line() {
        let (words, errors) = parse_faith_words(FAITH_WORDS_TSV);
        assert!(errors.is_empty(), "{}", errors[0]);
        assert!(words.contains(&("Jewish".to_string(), "JEW".to_string())));
        assert!(words.contains(&("Catholic".to_string(), "CHRCTH".to_string())));
        let (words, errors) = parse_faith_words("word\tcode\nHindu\tHIN\nhindu\tHIN\nSikh\tSI\n");
        assert_eq!(words, vec![("Hindu".to_string(), "HIN".to_string())]);
        let lines: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.code)).collect();
        assert_eq!(lines, vec![(3, "ACT015"), (4, "ACT015")]);
    }

    #[test]
    fn the_shipped_former_words_lint_clean_and_errors_carry_their_line() {
        let (words, errors) = parse_former_words(FORMER_WORDS_TSV);
        assert!(errors.is_empty(), "{}", errors[0]);
        let ex = words.iter().find(|w| w.word == "ex-").expect("ex-");
        assert!(ex.title && ex.matches("ex-senator") && !ex.matches("exile"));
        assert!(words
            .iter()
            .any(|w| w.word == "late" && w.stale && !w.title));
        let (words, errors) =
            parse_former_words("word\tuses\nformer\ttitle\nFormer\ttitle\nlate\tdead\nex\n");
        assert_eq!(words.len(), 1);
        let lines: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.code)).collect();
        assert_eq!(lines, vec![(3, "ACT012"), (4, "ACT012"), (5, "ACT012")]);
    }

    #[test]
    fn description_errors_carry_their_line() {
        let text = "noun\tplural\treading\toffices\nx\txs\tmaybe\t\ny\tys\tknown\tpope\n";
        let (entries, errors) = parse_descriptions(text);
        assert!(entries.is_empty());
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![2, 3]);
    }
}
