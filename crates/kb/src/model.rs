//! The records of the knowledge base, as loaded from the data files.

use attache_core::{ActorKind, Date};
use std::fmt;

/// An office whose holders the KB tracks with dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Office {
    HeadOfState,
    HeadOfGovernment,
    ForeignMinister,
    DefenceMinister,
    /// A spokesperson of a government body (the `title` says which: MFA, Kremlin...).
    Spokesperson,
    /// The head of an intergovernmental organisation (NATO SG, UN SG, EU presidents...).
    IgoHead,
    /// Any other office held, kept for the CAMEO code (`GOV`, `MIL`, `LEG`...).
    Other,
}

impl Office {
    /// Whether this is an office of a state's executive (head of state or government, a
    /// foreign or defence minister): none a legislator holds as such.
    pub fn of_state(self) -> bool {
        matches!(
            self,
            Office::HeadOfState
                | Office::HeadOfGovernment
                | Office::ForeignMinister
                | Office::DefenceMinister
        )
    }

    pub const ALL: [Office; 7] = [
        Office::HeadOfState,
        Office::HeadOfGovernment,
        Office::ForeignMinister,
        Office::DefenceMinister,
        Office::Spokesperson,
        Office::IgoHead,
        Office::Other,
    ];

    /// The name used in the data files (`head_of_state`, `foreign_minister`...).
    pub fn as_str(self) -> &'static str {
        match self {
            Office::HeadOfState => "head_of_state",
            Office::HeadOfGovernment => "head_of_government",
            Office::ForeignMinister => "foreign_minister",
            Office::DefenceMinister => "defence_minister",
            Office::Spokesperson => "spokesperson",
            Office::IgoHead => "igo_head",
            Office::Other => "other",
        }
    }

    /// Parses [`Office::as_str`] names.
    pub fn parse(s: &str) -> Option<Office> {
        Office::ALL.into_iter().find(|o| o.as_str() == s)
    }

    /// Order of precedence when a person holds several offices at once (lower first).
    pub fn rank(self) -> u8 {
        self as u8
    }
}

impl fmt::Display for Office {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A half-open validity interval `[start, end)`; `None` is open on that side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Validity {
    pub start: Option<Date>,
    pub end: Option<Date>,
}

impl Validity {
    pub const ALWAYS: Validity = Validity {
        start: None,
        end: None,
    };

    /// `start <= date < end`.
    pub fn contains(&self, date: Date) -> bool {
        !matches!(self.start, Some(s) if s > date) && !matches!(self.end, Some(e) if date >= e)
    }
}

impl fmt::Display for Validity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.start {
            Some(d) => write!(f, "{d}")?,
            None => f.write_str("…")?,
        }
        f.write_str("..")?;
        match self.end {
            Some(d) => write!(f, "{d}"),
            None => f.write_str("…"),
        }
    }
}

/// A sovereign state or territory (`countries.tsv`).
#[derive(Clone, Debug, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-3, also the CAMEO country code (`RUS`).
    pub alpha3: String,
    /// ISO 3166-1 alpha-2 (`RU`).
    pub alpha2: String,
    /// Canonical English name ("Russia").
    pub name: String,
    /// Formal name ("Russian Federation").
    pub formal: String,
    pub un_member: bool,
    /// Adjectives and people nouns: "Russian", "Russians".
    pub demonyms: Vec<String>,
    /// Other names and spellings: "Russian Federation", "Burma", "Ivory Coast", "UK", "U.S.".
    pub aliases: Vec<String>,
}

/// A place or building whose name stands for a government (`seats.tsv`):
/// capitals, the Kremlin, the White House, Downing Street, Brussels (EU).
#[derive(Clone, Debug, PartialEq)]
pub struct Seat {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    /// Country alpha-3 when it stands for a national government.
    pub country: Option<String>,
    /// IGO id when it stands for an organisation (Brussels → `eu`).
    pub igo: Option<String>,
    /// Full CAMEO code it stands for (`RUSGOV`, `IGOEUREEC`).
    pub code: String,
    /// `capital` or `building` (or another word the data uses).
    pub kind: String,
}

/// An intergovernmental organisation (`igos.tsv`).
#[derive(Clone, Debug, PartialEq)]
pub struct Igo {
    pub id: String,
    /// CAMEO code, Phoenix convention (`IGOWSTNAT` for NATO).
    pub code: String,
    pub name: String,
    /// Short forms and acronyms: "NATO", "UN", "U.N.".
    pub aliases: Vec<String>,
    /// Descriptive nouns an article may use for it once introduced ("alliance", "bloc").
    /// These are not names: the actors crate resolves them against earlier mentions.
    pub nouns: Vec<String>,
}

/// A named non-state armed or political group (`groups.tsv`): Hamas, Hezbollah, the
/// Taliban; or a news outlet (role `MED`: CNN, The Guardian, Xinhua). An organisation,
/// never a person, with the country it is based in (none for transnational ones such as
/// the Islamic State) and its CAMEO role.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub id: String,
    /// Full CAMEO code (`PSEREBHMS` for Hamas, `LBNREB` for Hezbollah, `IMGMUSISI`).
    pub code: String,
    pub name: String,
    /// Other names and spellings ("Hizbollah", "Ansar Allah", "ISIS").
    pub aliases: Vec<String>,
    /// Country alpha-3, when the group is based in one.
    pub country: Option<String>,
    /// CAMEO role (`REB`, `MIL`, `IMG`...).
    pub role: String,
    /// Descriptive nouns an article may use for it once introduced ("group", "movement").
    pub nouns: Vec<String>,
}

/// A person (`people.tsv`); offices are in [`Role`]s (`roles.tsv`).
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub id: String,
    pub name: String,
    /// Full-name variants and transliterations ("Sergey Lavrov").
    pub aliases: Vec<String>,
    /// Short forms used after first mention ("Lavrov", "Xi", "Kim").
    pub short: Vec<String>,
    /// `Some('m')`, `Some('f')` or `None` when the data does not say.
    pub gender: Option<char>,
}

/// One dated office held by a person (`roles.tsv`).
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    /// Index into [`crate::Kb::people`].
    pub person: u32,
    /// Country alpha-3 for national offices.
    pub country: Option<String>,
    /// IGO id for offices in an organisation.
    pub igo: Option<String>,
    /// CAMEO role (`GOV`, `MIL`, `LEG`, `IGO`...).
    pub role: String,
    pub office: Office,
    /// The office's title as written in the data ("Secretary of State", "Chancellor").
    pub title: String,
    pub valid: Validity,
    /// Where the fact comes from (short tag, see data/SOURCES.md).
    pub source: String,
}

/// Where an agent's role code goes relative to the actor it modifies (PETRARCH `~`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attach {
    /// `RUS` + `MIL` → `RUSMIL` (PETRARCH `[~MIL]`).
    After,
    /// `NGO` + `RUS` → `NGORUS` (PETRARCH `[NGO~]`).
    Before,
}

/// A generic role noun (`agents.tsv`): "troops" → MIL, "police" → COP.
#[derive(Clone, Debug, PartialEq)]
pub struct Agent {
    pub id: String,
    /// Singular (or the only) form, lower case.
    pub noun: String,
    /// Plural form(s); empty when the noun has none.
    pub plurals: Vec<String>,
    /// CAMEO role code (`MIL`, `COP`, `REB`, `GOV`...).
    pub role: String,
    pub attach: Attach,
    /// The office the noun names, when it names one ("foreign minister").
    pub office: Option<Office>,
    /// Person for individuals ("soldier", "spokesman"), group for collectives ("troops"),
    /// organization for bodies ("the foreign ministry").
    pub kind: ActorKind,
}

/// A title naming an office, in general or in one country (`titles.tsv`):
/// "secretary of state" is the US foreign minister, "chancellor" the German head of
/// government.
#[derive(Clone, Debug, PartialEq)]
pub struct Title {
    /// `None` for titles used everywhere.
    pub country: Option<String>,
    pub office: Office,
    /// Lower-case title words.
    pub title: String,
}

/// An office a country does not have (`no_office.tsv`): states with no armed forces have no
/// defence minister. Lets coverage counts tell "nobody to find" from "not in the data".
#[derive(Clone, Debug, PartialEq)]
pub struct NoOffice {
    pub country: String,
    pub office: Office,
    pub valid: Validity,
    /// Why ("no armed forces since 1868").
    pub note: String,
}

/// A former state's government seated in a seat of power of a state today
/// (`former_states.tsv`): "Moscow" and "the Kremlin" stood for the Soviet government until
/// the USSR ended; [`crate::Kb::info`] reads such a seat as the former state's within
/// `valid`.
#[derive(Clone, Debug, PartialEq)]
pub struct FormerState {
    /// The former state's alpha-3 code (`SUN`).
    pub country: String,
    /// The state whose seats these are today (`RUS`).
    pub successor: String,
    /// Seat ids (`cap-rus`, `kremlin`).
    pub seats: Vec<String>,
    pub valid: Validity,
}
