//! Cue words of the place stage, from `data/cues.tsv` (linted on load).

use attache_core::hash::WordSet;

static CUES: &str = include_str!("../data/cues.tsv");

/// Word lists that decide whether a gazetteer match is a place (all lowercase), hashed
/// with the words' fast hasher: the stage only looks words up in them.
#[derive(Clone, Debug, Default)]
pub struct Cues {
    /// A name followed by one of these is an actor ("Moscow said").
    pub actor_verb: WordSet<String>,
    /// "<word> on|with|to <name>": the name is an actor ("calls on Washington").
    pub actor_lead: WordSet<String>,
    /// "<Head> of <name>" is an organisation ("University of California").
    pub org_head: WordSet<String>,
    /// "<name> <tail>" is a name of something else ("Minsk agreements").
    pub name_tail: WordSet<String>,
    /// Prepositions that introduce places.
    pub locative: WordSet<String>,
    /// Prepositions after which an unknown capitalised name is taken as a place.
    pub place_preposition: WordSet<String>,
    /// Capitalised words that are never places after a preposition.
    pub not_place: WordSet<String>,
    /// Words that may stand before a place name without forming a longer name.
    pub modifier: WordSet<String>,
    /// Capitalised words that make the name before them an organisation's ("Times",
    /// "University") and the last word of a facility ("Farm", "Hospital").
    pub org_tail: WordSet<String>,
    /// Verbs (forms or lemmas) whose subject or object is an actor, not a place ("urge",
    /// "accuse", "pressure").
    pub actor_object_verb: WordSet<String>,
    /// Capitalised words after a place name that name the division around it ("County").
    pub admin_suffix: WordSet<String>,
    /// Adverbs that may stand between an actor and its verb ("also").
    pub adverb: WordSet<String>,
    /// Titles before a person's name ("Dr. Ivins", "Mr. Clawson").
    pub title: WordSet<String>,
    /// Nouns right after a name that make it a division ("New York state").
    pub division_noun: WordSet<String>,
    /// Nouns right after a one-word region name that make it a place ("Darfur region").
    pub region_noun: WordSet<String>,
    /// Adjectives that may stand between a preposition and a one-word region name ("in the
    /// tropical Pacific", "in northern Sumatra").
    pub region_adjective: WordSet<String>,
    /// Nouns after a name that it names rather than modifies ("Nyanza district").
    pub place_noun: WordSet<String>,
    /// Counts that may open a list item before a locative ("eight in Alberta").
    pub count_word: WordSet<String>,
    /// Lowercase words that may follow a place name without the name modifying them ("is",
    /// "and", "on"), unlike a noun ("of Caribbean descent").
    pub clause_word: WordSet<String>,
    /// Direction words, written without spaces or hyphens ("northeast"): a division or
    /// region so named ("Northeast", Iceland) is a place only where the article names its
    /// country ("the Northeast of the state" is no Icelandic region).
    pub compass: WordSet<String>,
    /// Names of a part of any city ("Uptown", "Downtown"): resolved only to an entry in the
    /// first-level division of another place of the article, else kept without coordinates.
    pub district_name: WordSet<String>,
}

/// A malformed line in the cue file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CueError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for CueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "[GEO002] cues.tsv:{}: {}", self.line, self.message)
    }
}

impl std::error::Error for CueError {}

impl Cues {
    /// The cue lists compiled into the binary.
    pub fn embedded() -> Result<Cues, CueError> {
        Cues::parse(CUES)
    }

    pub fn parse(text: &str) -> Result<Cues, CueError> {
        let mut cues = Cues::default();
        for (i, line) in text.lines().enumerate() {
            let line_no = i + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((cat, word)) = line.split_once('\t') else {
                return Err(CueError {
                    line: line_no,
                    message: "expected category<TAB>word".into(),
                });
            };
            let word = word.trim();
            if word.is_empty() || (cat != "admin_suffix" && word.chars().any(char::is_uppercase)) {
                return Err(CueError {
                    line: line_no,
                    message: format!(
                        "word {word:?} must be non-empty and lowercase (admin_suffix words are \
                         written as in text)"
                    ),
                });
            }
            let set = match cat {
                "actor_verb" => &mut cues.actor_verb,
                "actor_lead" => &mut cues.actor_lead,
                "org_head" => &mut cues.org_head,
                "name_tail" => &mut cues.name_tail,
                "locative" => &mut cues.locative,
                "place_preposition" => &mut cues.place_preposition,
                "not_place" => &mut cues.not_place,
                "modifier" => &mut cues.modifier,
                "title" => &mut cues.title,
                "org_tail" => &mut cues.org_tail,
                "adverb" => &mut cues.adverb,
                "admin_suffix" => &mut cues.admin_suffix,
                "actor_object_verb" => &mut cues.actor_object_verb,
                "division_noun" => &mut cues.division_noun,
                "region_noun" => &mut cues.region_noun,
                "region_adjective" => &mut cues.region_adjective,
                "place_noun" => &mut cues.place_noun,
                "count_word" => &mut cues.count_word,
                "clause_word" => &mut cues.clause_word,
                "compass" => &mut cues.compass,
                "district_name" => &mut cues.district_name,
                other => {
                    return Err(CueError {
                        line: line_no,
                        message: format!("unknown category {other:?}"),
                    })
                }
            };
            set.insert(word.to_string());
        }
        Ok(cues)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_cues_load() {
        let c = Cues::embedded().expect("cues.tsv must lint clean");
        assert!(c.actor_verb.contains("said"));
        assert!(c.locative.contains("in"));
    }

    #[test]
    fn cue_errors_name_the_line() {
        let e = Cues::parse("# c\nlocative\tin\nbogus\tx\n").unwrap_err();
        assert_eq!(e.line, 3);
        let e = Cues::parse("locative\tIn\n").unwrap_err();
        assert_eq!(e.line, 1);
    }
}
