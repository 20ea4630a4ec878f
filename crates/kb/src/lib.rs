//! attache-kb: a dated knowledge base of political actors, loaded and linted from TSV
//! data files that are compiled into the binary.
//!
//! # What it holds
//! - **countries** (`countries.tsv`): ISO alpha-3 (= CAMEO country code) and alpha-2, name,
//!   formal name, UN membership, demonyms ("Russian", "Russians"), aliases ("Burma", "UK",
//!   "U.S.", "Ivory Coast");
//! - **IGOs** (`igos.tsv`): CAMEO code (Phoenix convention: NATO `IGOWSTNAT`, UN `IGOUNO`),
//!   name, aliases ("NATO"), descriptive nouns ("alliance", "bloc": not names — for
//!   resolving descriptions against organisations already in the article);
//! - **seats of power** (`seats.tsv`): capitals and buildings standing for a government
//!   (Moscow, Kyiv/Kiev, the Kremlin, the White House, Downing Street → `RUSGOV`/`UKRGOV`/...;
//!   Brussels → the EU);
//! - **people** (`people.tsv`) and their dated **roles** (`roles.tsv`): heads of state and
//!   government, foreign and defence ministers, spokespeople, IGO heads;
//! - **agents** (`agents.tsv`): role nouns ("troops" → MIL, "police" → COP, "rebels" → REB,
//!   "foreign ministry" → GOV, "state media" → MED);
//! - **titles** (`titles.tsv`): words naming an office, generally or in one country
//!   ("secretary of state" is the US foreign minister; "chancellor" the German head of
//!   government).
//!
//! # API (the actors crate builds on this)
//! ```no_run
//! use attache_kb::{Kb, Office, EntryRef, NameForm};
//! use attache_core::Date;
//! let kb = Kb::embedded().expect("embedded KB is linted by tests");
//! let d = Date::new(2022, 1, 21);
//! // 1. names → entries read at a date (people in office at `d` first)
//! for hit in kb.lookup("Lavrov", d) {
//!     println!("{} {:?} {:?} current={}", hit.info.name, hit.info.code, hit.form, hit.current);
//! }
//! // 2. officeholders (country alpha-3 or IGO id); several for collective offices
//! let fm = kb.officeholder("RUS", Office::ForeignMinister, d.unwrap()); // Sergei Lavrov, RUSGOV
//! let sg = kb.officeholder("nato", Office::IgoHead, d.unwrap());        // Jens Stoltenberg
//! let all = kb.officeholders("BIH", Office::HeadOfState, d.unwrap());  // three members
//! let none = kb.office_absent("LIE", Office::DefenceMinister, d.unwrap()); // "no armed forces"
//! // 3. countries, seats, IGOs, agents, titles
//! let rus = kb.country("Russian");            // demonym → Russia (also alpha-3/alpha-2/aliases)
//! let kremlin = kb.seat("the Kremlin");       // → code RUSGOV
//! let nato = kb.igo("NATO");                  // → IGOWSTNAT, nouns ["alliance", ...]
//! let blocs = kb.igos_described_by("alliance"); // IGOs a description may refer to
//! let troops = kb.agent("troops");            // → role MIL, kind group
//! let fm_office = kb.office_for_title("secretary of state", Some("USA")); // ForeignMinister
//! // 4. every surface name, for an Aho-Corasick automaton
//! for s in kb.surfaces() {
//!     let _ = (&s.text, &s.key, s.entry, s.form, s.case_sensitive());
//! }
//! // 5. an entry as an actor record; a person's offices
//! let info = kb.info(EntryRef::Person(0), d);
//! let actor = info.to_actor(); // core::Actor with kb_id, code, country, role
//! let roles: Vec<_> = kb.roles_of(0).collect();
//! let lavrov = kb.person("sergei-lavrov"); // by KB id
//! ```
//!
//! Types: [`Kb`], [`Hit`] (entry, form, [`ActorInfo`], current), [`ActorInfo`] (name, kind,
//! code, country, role, kb_id, office, valid), [`EntryRef`] (Country/Seat/Igo/Person/Agent
//! index), [`NameForm`] (Name, Formal, Alias, Short, Demonym, Noun), [`Surface`],
//! [`Holder`] (person, role), records in [`model`].
//!
//! - Names match case-sensitively after [`norm::fold`] (diacritics, apostrophes, dashes,
//!   spaces folded: "Cote d'Ivoire" = "Côte d’Ivoire"); agent nouns and titles match
//!   case-insensitively. A leading "the " is tried off when the full text does not match.
//! - Short forms (`NameForm::Short`: "Lavrov", "May", "Wong") are ambiguous and some are
//!   common words: resolve them against actors already named in the article.
//! - Dates: roles are half-open `[start, end)`; on a changeover day the successor holds the
//!   office. In the files a date is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a partial end covers
//!   its whole period).
//! - A person read at a date gets the code of the highest office held then (`RUSGOV`);
//!   after their last office `<country>ELI` (CAMEO "elite/former") with `current = false`.
//! - Countries with no separate head of government (USA, presidential republics) record the
//!   same person twice, once per office, so counting offices stays honest; states with no
//!   such office at all are listed in `no_office.tsv` ([`Kb::office_absent`]).
//! - Former states (Soviet Union `SUN`, Yugoslavia `YUG`, East Germany `DDR`, Czechoslovakia
//!   `CSK`) are countries whose names mean that state at any date; a seat of a state today
//!   that was their seat of government ("Moscow", "the Kremlin") reads as theirs until they
//!   ended (`former_states.tsv`, [`Kb::former_state_of_seat`]), with a date only.
//! - Every role carries its source tag (`knowledge`, `knowledge-unsure`, `countryinfo`,
//!   `phoenix`, `wikidata:Q…`); see `data/SOURCES.md`.
//! - The KB is read-only after load; share it with `Arc<Kb>`.
//!
//! # Data files
//! TAB-separated, UTF-8, one header line naming the columns ([`load::FILES`]), `#` comments,
//! lists separated by `|`. Sources: `data/SOURCES.md`.
//!
//! # Loading, linting, importing
//! - [`Kb::embedded`] (the compiled-in data), [`Kb::load_dir`] (a directory of the same
//!   files; missing files are empty, except that a directory without `countries.tsv` or
//!   `igos.tsv` — an import — uses the embedded countries and IGOs), [`Kb::embedded_with`]
//!   (the embedded data grown by a directory's files, e.g. an import; linted by
//!   [`lint_embedded_with`]).
//! - [`lint_dir`], [`lint_embedded`] → every problem as a [`KbError`]
//!   (`[KB012] roles.tsv:41: role ends before it starts (2024-05-06..2021-12-08)`).
//! - Importers into the same files: [`import::import_phoenix`]`(reader, source_name)` for
//!   PETRARCH/Phoenix actor and agent dictionaries, [`import::import_wikidata`]`(path)` for
//!   Wikidata dumps (`.json`, `.json.gz`, `.json.bz2` behind the default `bz2` feature),
//!   both returning an [`import::ImportResult`] with `write_dir(dir)`; `_with` variants take
//!   the KB to resolve codes against.
//! - [`cli`]: printable results for the maintainers' subcommands:
//!   `cli::lint_report(dir: Option<&Path>) -> (String, usize)` for `attache kb lint [DIR]`
//!   (exit non-zero when the count is > 0) and `cli::lookup_report(&kb, name, date) -> String`
//!   with `cli::parse_date_arg(s) -> Option<Date>` for `attache kb lookup NAME [--date D]`.
//!
//! # Error codes
//! | code | meaning | what to do |
//! |---|---|---|
//! | KB001 | file cannot be read / no data files | check the path |
//! | KB002 | wrong number of TAB-separated fields | count the TABs; empty fields still need theirs |
//! | KB003 | header line differs from the expected columns | copy the header from the embedded file |
//! | KB004 | required field empty | fill it |
//! | KB005 | duplicate id (or ISO code) | rename one, or merge the lines |
//! | KB006 | unknown country code | use an alpha-3 from countries.tsv |
//! | KB007 | bad date | write YYYY, YYYY-MM or YYYY-MM-DD |
//! | KB008 | unknown office | use one of head_of_state, head_of_government, foreign_minister, defence_minister, spokesperson, igo_head, other |
//! | KB009 | role of an unknown person | add the person to people.tsv first |
//! | KB010 | unknown IGO id | add it to igos.tsv or fix the id |
//! | KB011 | bad CAMEO code | upper-case letter triples: RUS, GOV, IGOWSTNAT |
//! | KB012 | role ends before it starts | swap or fix the dates |
//! | KB013 | malformed ISO 3166 code | alpha-3: three capitals; alpha-2: two |
//! | KB014 | value outside its set (un, gender, attach, kind, id syntax) | see the column's doc |
//! | KB015 | same name given twice for one entry | drop the repeat |
//! | KB020 | importer cannot read its input | check the file and its compression |
//! | KB021 | importer skipped a malformed record | informational; the rest was imported |

pub mod cli;
pub mod error;
pub mod import;
mod kb;
pub mod load;
pub mod model;
pub mod norm;

pub use error::{ErrorCode, KbError};
pub use kb::{
    lint_dir, lint_embedded, lint_embedded_with, ActorInfo, EntryRef, Hit, Holder, Kb, NameForm,
    Surface,
};
pub use model::{
    Agent, Attach, Country, FormerState, Igo, NoOffice, Office, Person, Role, Seat, Title, Validity,
};
