//! The loaded, indexed, read-only knowledge base and its lookups.

use crate::error::{ErrorCode, KbError};
use crate::load::{self, Parsed, Sources, FILES};
use crate::model::*;
use crate::norm::{fold, fold_lower};
use attache_core::{Actor, ActorKind, Date};
use std::collections::HashMap;
use std::path::Path;

/// A pointer to one record of the KB.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryRef {
    Country(u32),
    Seat(u32),
    Igo(u32),
    Person(u32),
    Agent(u32),
    /// A named non-state group (`groups.tsv`).
    Group(u32),
}

/// How a surface name relates to its entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NameForm {
    /// The canonical name.
    Name,
    /// A country's formal name ("Russian Federation").
    Formal,
    /// Another name or spelling ("Kyiv", "Burma", "U.S.", "NATO").
    Alias,
    /// A person's short form ("Lavrov"): ambiguous alone, best resolved against actors
    /// already in the article.
    Short,
    /// A country adjective or people noun ("Russian", "Russians").
    Demonym,
    /// An agent noun or plural ("troops", "police"), matched case-insensitively.
    Noun,
}

/// One name the KB knows, for building a multi-pattern matcher.
#[derive(Clone, Debug)]
pub struct Surface {
    /// As written in the data ("Côte d'Ivoire"); agent nouns are lower case.
    pub text: String,
    /// The matching key ([`crate::norm::fold`]; [`crate::norm::fold_lower`] for nouns).
    pub key: String,
    pub entry: EntryRef,
    pub form: NameForm,
}

impl Surface {
    /// Whether text must match case-sensitively (all names) or not (agent nouns).
    pub fn case_sensitive(&self) -> bool {
        self.form != NameForm::Noun
    }
}

/// What an entry stands for at a date: the fields of an actor record.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorInfo {
    pub name: String,
    pub kind: ActorKind,
    /// Full CAMEO code at the date (`RUSGOV`, `USA`, `IGOWSTNAT`, `RUSELI`); for agents
    /// only the role (`MIL`), which the caller joins to the actor it modifies.
    pub code: Option<String>,
    /// ISO alpha-3.
    pub country: Option<String>,
    /// CAMEO role (`GOV`, `MIL`, `IGO`, `ELI`...).
    pub role: Option<String>,
    /// Stable KB id: `country:RUS`, `seat:kremlin`, `igo:nato`, `person:sergei-lavrov`,
    /// `agent:troops`, `group:hamas`.
    pub kb_id: String,
    /// The office held at the date, for people.
    pub office: Option<Office>,
    /// When this reading holds (the role's dates for people; always for the rest).
    pub valid: Validity,
}

impl ActorInfo {
    /// A `core::Actor` with no mentions yet.
    pub fn to_actor(&self) -> Actor {
        Actor {
            name: self.name.clone(),
            kind: self.kind,
            code: self.code.clone(),
            country: self.country.clone(),
            role: self.role.clone(),
            kb_id: Some(self.kb_id.clone()),
            mentions: Vec::new(),
        }
    }
}

/// One answer of [`Kb::lookup`].
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub entry: EntryRef,
    pub form: NameForm,
    pub info: ActorInfo,
    /// For people: whether they held a KB office at the date asked (always true when no
    /// date was given, and for non-people).
    pub current: bool,
}

/// A person holding an office at a date.
#[derive(Clone, Copy, Debug)]
pub struct Holder<'k> {
    pub person: &'k Person,
    pub role: &'k Role,
    pub person_index: u32,
}

/// The knowledge base: read-only after load.
#[derive(Debug, Default)]
pub struct Kb {
    countries: Vec<Country>,
    igos: Vec<Igo>,
    seats: Vec<Seat>,
    people: Vec<Person>,
    roles: Vec<Role>,
    agents: Vec<Agent>,
    titles: Vec<Title>,
    no_office: Vec<NoOffice>,
    former_states: Vec<FormerState>,
    groups: Vec<Group>,
    surfaces: Vec<Surface>,
    /// fold(name) → surface indices (case-sensitive names).
    by_key: HashMap<String, Vec<u32>>,
    /// fold_lower(noun) → agent index.
    agent_by_noun: HashMap<String, u32>,
    country_by_code: HashMap<String, u32>,
    igo_by_id: HashMap<String, u32>,
    person_by_id: HashMap<String, u32>,
    /// person index → role indices.
    roles_of: Vec<Vec<u32>>,
    /// (country alpha-3 or IGO id, office) → role indices sorted by start.
    holders: HashMap<(String, Office), Vec<u32>>,
}

/// The embedded data files (compiled into the binary).
const EMBEDDED: [(&str, &str); 10] = [
    ("countries.tsv", include_str!("../data/countries.tsv")),
    ("igos.tsv", include_str!("../data/igos.tsv")),
    ("seats.tsv", include_str!("../data/seats.tsv")),
    ("people.tsv", include_str!("../data/people.tsv")),
    ("roles.tsv", include_str!("../data/roles.tsv")),
    ("agents.tsv", include_str!("../data/agents.tsv")),
    ("titles.tsv", include_str!("../data/titles.tsv")),
    ("no_office.tsv", include_str!("../data/no_office.tsv")),
    ("groups.tsv", include_str!("../data/groups.tsv")),
    (
        "former_states.tsv",
        include_str!("../data/former_states.tsv"),
    ),
];

fn embedded_sources() -> Sources<'static> {
    let mut s = Sources::new();
    for (name, text) in EMBEDDED {
        if let Some((fname, _)) = FILES.iter().find(|(f, _)| *f == name) {
            s.insert(fname, (format!("embedded {name}"), text));
        }
    }
    s
}

/// Reads the data files present in `dir`; missing files count as empty.
fn read_dir(dir: &Path, errors: &mut Vec<KbError>) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for (name, _) in FILES {
        let path = dir.join(name);
        if !path.exists() {
            continue;
        }
        match std::fs::read(&path) {
            Ok(bytes) => out.push((name, String::from_utf8_lossy(&bytes).into_owned())),
            Err(e) => errors.push(KbError::new(
                ErrorCode::Read,
                name,
                0,
                format!("cannot read {}: {e}", path.display()),
            )),
        }
    }
    if out.is_empty() && errors.is_empty() {
        errors.push(KbError::new(
            ErrorCode::Read,
            &dir.display().to_string(),
            0,
            "no KB data files here (countries.tsv, people.tsv, roles.tsv...)",
        ));
    }
    out
}

fn parse_dir(dir: &Path) -> (Parsed, Vec<KbError>) {
    let mut errors = Vec::new();
    let files = read_dir(dir, &mut errors);
    let mut sources = Sources::new();
    for (name, text) in &files {
        sources.insert(name, (name.to_string(), text.as_str()));
    }
    // A directory without its own countries or IGOs (an import) refers to the embedded ones.
    for (name, text) in EMBEDDED {
        if (name == "countries.tsv" || name == "igos.tsv") && !sources.contains_key(name) {
            if let Some((fname, _)) = FILES.iter().find(|(f, _)| *f == name) {
                sources.insert(fname, (format!("embedded {name}"), text));
            }
        }
    }
    let (parsed, mut more) = load::parse(&sources);
    errors.append(&mut more);
    (parsed, errors)
}

/// The embedded data with the files of `dir` added after it (ids must not repeat across
/// the two). Errors in the added files name them as `DIR/people.tsv` with their own line
/// numbers.
fn parse_layered(dir: &Path) -> (Parsed, Vec<KbError>) {
    let mut errors = Vec::new();
    let files = read_dir(dir, &mut errors);
    let shown = |name: &str| format!("{}/{name}", dir.display());
    // (file, combined text, lines of the embedded part)
    let mut combined: Vec<(&'static str, String, usize)> = Vec::new();
    for (fname, columns) in FILES {
        let Some((_, base)) = EMBEDDED.iter().find(|(n, _)| *n == fname) else {
            continue;
        };
        let mut text = base.to_string();
        if !text.ends_with('\n') {
            text.push('\n');
        }
        let offset = text.matches('\n').count();
        if let Some((_, extra)) = files.iter().find(|(n, _)| *n == fname) {
            let mut header_seen = false;
            for (i, line) in extra.lines().enumerate() {
                let data = !(line.trim().is_empty() || line.starts_with('#'));
                if data && !header_seen {
                    header_seen = true;
                    let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
                    if fields != columns {
                        errors.push(KbError::new(
                            ErrorCode::Header,
                            &shown(fname),
                            i + 1,
                            format!(
                                "header is `{}`, expected `{}`",
                                fields.join(" "),
                                columns.join(" ")
                            ),
                        ));
                    }
                    // Keep the line count: the added header becomes a comment.
                    text.push_str("# header of the added file\n");
                } else {
                    text.push_str(line);
                    text.push('\n');
                }
            }
        }
        combined.push((fname, text, offset));
    }
    let mut sources = Sources::new();
    for (name, text, _) in &combined {
        sources.insert(name, (name.to_string(), text.as_str()));
    }
    let (parsed, more) = load::parse(&sources);
    for mut e in more {
        if let Some((name, _, offset)) = combined.iter().find(|c| c.0 == e.file) {
            if e.line > *offset {
                e.file = shown(name);
                e.line -= offset;
            }
        }
        errors.push(e);
    }
    (parsed, errors)
}

/// Lints the embedded data with `dir`'s files added (see [`Kb::embedded_with`]).
pub fn lint_embedded_with(dir: &Path) -> Vec<KbError> {
    parse_layered(dir).1
}

/// Lints the data files in `dir` (all problems, line-numbered). A directory without
/// `countries.tsv` / `igos.tsv` is checked against the embedded ones.
pub fn lint_dir(dir: &Path) -> Vec<KbError> {
    parse_dir(dir).1
}

/// Lints the embedded data (empty when it is clean, which a test guards).
pub fn lint_embedded() -> Vec<KbError> {
    load::parse(&embedded_sources()).1
}

impl Kb {
    /// The KB compiled into the binary.
    pub fn embedded() -> Result<Kb, KbError> {
        let (parsed, errors) = load::parse(&embedded_sources());
        match errors.into_iter().next() {
            Some(e) => Err(e),
            None => Ok(Kb::index(parsed)),
        }
    }

    /// The embedded KB grown by the data files of `dir` (imports, local additions): their
    /// records are added to the embedded ones, and may refer to embedded people, countries
    /// and IGOs. Ids must not repeat an embedded id (KB005).
    pub fn embedded_with(dir: &Path) -> Result<Kb, KbError> {
        let (parsed, errors) = parse_layered(dir);
        match errors.into_iter().next() {
            Some(e) => Err(e),
            None => Ok(Kb::index(parsed)),
        }
    }

    /// Loads the data files of `dir`; the first error refuses the whole KB (run
    /// [`lint_dir`] to see them all).
    pub fn load_dir(dir: &Path) -> Result<Kb, KbError> {
        let (parsed, errors) = parse_dir(dir);
        match errors.into_iter().next() {
            Some(e) => Err(e),
            None => Ok(Kb::index(parsed)),
        }
    }

    fn index(p: Parsed) -> Kb {
        let mut kb = Kb {
            countries: p.countries,
            igos: p.igos,
            seats: p.seats,
            people: p.people,
            roles: p.roles,
            agents: p.agents,
            titles: p.titles,
            no_office: p.no_office,
            groups: p.groups,
            former_states: p.former_states,
            ..Kb::default()
        };
        let mut surfaces = Vec::new();
        let mut add = |text: &str, entry: EntryRef, form: NameForm| {
            let key = if form == NameForm::Noun {
                fold_lower(text)
            } else {
                fold(text)
            };
            if !key.is_empty() {
                surfaces.push(Surface {
                    text: text.to_string(),
                    key,
                    entry,
                    form,
                });
            }
        };
        for (i, c) in kb.countries.iter().enumerate() {
            let e = EntryRef::Country(i as u32);
            add(&c.name, e, NameForm::Name);
            if !c.formal.is_empty() && c.formal != c.name {
                add(&c.formal, e, NameForm::Formal);
            }
            c.aliases.iter().for_each(|a| add(a, e, NameForm::Alias));
            c.demonyms.iter().for_each(|a| add(a, e, NameForm::Demonym));
            kb.country_by_code.insert(c.alpha3.clone(), i as u32);
        }
        for (i, s) in kb.seats.iter().enumerate() {
            let e = EntryRef::Seat(i as u32);
            add(&s.name, e, NameForm::Name);
            s.aliases.iter().for_each(|a| add(a, e, NameForm::Alias));
        }
        for (i, g) in kb.igos.iter().enumerate() {
            let e = EntryRef::Igo(i as u32);
            add(&g.name, e, NameForm::Name);
            g.aliases.iter().for_each(|a| add(a, e, NameForm::Alias));
            kb.igo_by_id.insert(g.id.clone(), i as u32);
        }
        for (i, g) in kb.groups.iter().enumerate() {
            let e = EntryRef::Group(i as u32);
            add(&g.name, e, NameForm::Name);
            g.aliases.iter().for_each(|a| add(a, e, NameForm::Alias));
        }
        for (i, p) in kb.people.iter().enumerate() {
            let e = EntryRef::Person(i as u32);
            add(&p.name, e, NameForm::Name);
            p.aliases.iter().for_each(|a| add(a, e, NameForm::Alias));
            p.short.iter().for_each(|a| add(a, e, NameForm::Short));
            kb.person_by_id.insert(p.id.clone(), i as u32);
        }
        for (i, a) in kb.agents.iter().enumerate() {
            let e = EntryRef::Agent(i as u32);
            add(&a.noun, e, NameForm::Noun);
            a.plurals.iter().for_each(|p| add(p, e, NameForm::Noun));
        }
        for (i, s) in surfaces.iter().enumerate() {
            if s.form == NameForm::Noun {
                if let EntryRef::Agent(a) = s.entry {
                    kb.agent_by_noun.entry(s.key.clone()).or_insert(a);
                }
            } else {
                kb.by_key.entry(s.key.clone()).or_default().push(i as u32);
            }
        }
        kb.surfaces = surfaces;
        kb.roles_of = vec![Vec::new(); kb.people.len()];
        for (i, r) in kb.roles.iter().enumerate() {
            if let Some(list) = kb.roles_of.get_mut(r.person as usize) {
                list.push(i as u32);
            }
            let of = r
                .country
                .clone()
                .or_else(|| r.igo.clone())
                .unwrap_or_default();
            kb.holders.entry((of, r.office)).or_default().push(i as u32);
        }
        let roles = &kb.roles;
        for list in kb.holders.values_mut() {
            list.sort_by_key(|&i| roles[i as usize].valid.start);
        }
        kb
    }

    // ---- raw records -------------------------------------------------------------

    pub fn countries(&self) -> &[Country] {
        &self.countries
    }
    pub fn igos(&self) -> &[Igo] {
        &self.igos
    }
    pub fn seats(&self) -> &[Seat] {
        &self.seats
    }
    /// Named non-state groups (`groups.tsv`).
    pub fn groups(&self) -> &[Group] {
        &self.groups
    }
    pub fn people(&self) -> &[Person] {
        &self.people
    }
    pub fn roles(&self) -> &[Role] {
        &self.roles
    }
    pub fn agents(&self) -> &[Agent] {
        &self.agents
    }
    pub fn titles(&self) -> &[Title] {
        &self.titles
    }
    /// Every name and noun with its entry, for a multi-pattern matcher.
    pub fn surfaces(&self) -> &[Surface] {
        &self.surfaces
    }
    /// The roles of a person, in file order.
    pub fn roles_of(&self, person: u32) -> impl Iterator<Item = &Role> {
        self.roles_of
            .get(person as usize)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.roles.get(i as usize))
    }

    // ---- lookups -------------------------------------------------------------------

    /// Entries named `name` (case-sensitive after [`fold`]; a leading "the " is tried
    /// off when nothing matches), each read at `date`. People holding an office at the date
    /// come first; with no date every entry is `current`.
    pub fn lookup(&self, name: &str, date: Option<Date>) -> Vec<Hit> {
        let mut key = fold(name);
        if !self.by_key.contains_key(&key) {
            for the in ["the ", "The "] {
                if let Some(rest) = key.strip_prefix(the) {
                    key = rest.to_string();
                    break;
                }
            }
        }
        let mut hits: Vec<Hit> = Vec::new();
        for &si in self.by_key.get(&key).into_iter().flatten() {
            let Some(s) = self.surfaces.get(si as usize) else {
                continue;
            };
            if hits.iter().any(|h| h.entry == s.entry) {
                continue;
            }
            let (info, current) = self.read(s.entry, date);
            hits.push(Hit {
                entry: s.entry,
                form: s.form,
                info,
                current,
            });
        }
        if hits.is_empty() {
            if let Some(&a) = self.agent_by_noun.get(&fold_lower(&key)) {
                let e = EntryRef::Agent(a);
                let (info, current) = self.read(e, date);
                hits.push(Hit {
                    entry: e,
                    form: NameForm::Noun,
                    info,
                    current,
                });
            }
        }
        hits.sort_by_key(|h| !h.current);
        hits
    }

    /// The former state a seat of power stood for at `date` ("Moscow" in 1987: the Soviet
    /// Union), from `former_states.tsv`; none without a date or once that state has ended.
    pub fn former_state_of_seat(&self, seat: &Seat, date: Option<Date>) -> Option<&FormerState> {
        let date = date?;
        self.former_states.iter().find(|f| {
            seat.country.as_deref() == Some(f.successor.as_str())
                && f.seats.contains(&seat.id)
                && f.valid.contains(date)
        })
    }

    /// The former states whose governments sat in seats of states today.
    pub fn former_states(&self) -> &[FormerState] {
        &self.former_states
    }

    /// What `entry` stands for at `date` (see [`ActorInfo`]), and whether it is current.
    pub fn info(&self, entry: EntryRef, date: Option<Date>) -> ActorInfo {
        self.read(entry, date).0
    }

    fn read(&self, entry: EntryRef, date: Option<Date>) -> (ActorInfo, bool) {
        let plain = |name: &str, kind, code: Option<String>, country, role, kb_id| ActorInfo {
            name: name.to_string(),
            kind,
            code,
            country,
            role,
            kb_id,
            office: None,
            valid: Validity::ALWAYS,
        };
        match entry {
            EntryRef::Country(i) => match self.countries.get(i as usize) {
                Some(c) => (
                    plain(
                        &c.name,
                        ActorKind::Country,
                        Some(c.alpha3.clone()),
                        Some(c.alpha3.clone()),
                        None,
                        format!("country:{}", c.alpha3),
                    ),
                    true,
                ),
                None => (self.missing(entry), false),
            },
            EntryRef::Seat(i) => match self.seats.get(i as usize) {
                Some(s) => {
                    let role = if s.igo.is_some() {
                        Some("IGO".to_string())
                    } else {
                        s.code
                            .get(3..)
                            .filter(|r| !r.is_empty())
                            .map(str::to_string)
                    };
                    let (code, country) = match self.former_state_of_seat(s, date) {
                        Some(f) => (
                            format!("{}{}", f.country, role.as_deref().unwrap_or("")),
                            Some(f.country.clone()),
                        ),
                        None => (s.code.clone(), s.country.clone()),
                    };
                    (
                        plain(
                            &s.name,
                            ActorKind::Place,
                            Some(code),
                            country,
                            role,
                            format!("seat:{}", s.id),
                        ),
                        true,
                    )
                }
                None => (self.missing(entry), false),
            },
            EntryRef::Igo(i) => match self.igos.get(i as usize) {
                Some(g) => (
                    plain(
                        &g.name,
                        ActorKind::Organization,
                        Some(g.code.clone()),
                        None,
                        Some("IGO".to_string()),
                        format!("igo:{}", g.id),
                    ),
                    true,
                ),
                None => (self.missing(entry), false),
            },
            EntryRef::Group(i) => match self.groups.get(i as usize) {
                Some(g) => (
                    plain(
                        &g.name,
                        ActorKind::Organization,
                        Some(g.code.clone()),
                        g.country.clone(),
                        Some(g.role.clone()),
                        format!("group:{}", g.id),
                    ),
                    true,
                ),
                None => (self.missing(entry), false),
            },
            EntryRef::Agent(i) => match self.agents.get(i as usize) {
                Some(a) => {
                    let mut info = plain(
                        &a.noun,
                        a.kind,
                        Some(a.role.clone()),
                        None,
                        Some(a.role.clone()),
                        format!("agent:{}", a.id),
                    );
                    info.office = a.office;
                    (info, true)
                }
                None => (self.missing(entry), false),
            },
            EntryRef::Person(i) => self.read_person(i, date),
        }
    }

    fn missing(&self, entry: EntryRef) -> ActorInfo {
        ActorInfo {
            name: String::new(),
            kind: ActorKind::Group,
            code: None,
            country: None,
            role: None,
            kb_id: format!("missing:{entry:?}"),
            office: None,
            valid: Validity::ALWAYS,
        }
    }

    fn role_code(&self, r: &Role) -> String {
        match (&r.country, &r.igo) {
            (Some(c), _) => format!("{c}{}", r.role),
            (None, Some(g)) => self
                .igo(g)
                .map(|g| g.code.clone())
                .unwrap_or_else(|| "IGO".to_string()),
            (None, None) => r.role.clone(),
        }
    }

    /// A person at a date: the highest-ranked office held then (of two of one rank, one not
    /// shared with a co-holder); else, after their last
    /// office, the country with role `ELI` (former officeholder, as in CAMEO); else (before
    /// any office) the country of the first office with no role. With no date: the most
    /// recent office.
    fn read_person(&self, i: u32, date: Option<Date>) -> (ActorInfo, bool) {
        let Some(p) = self.people.get(i as usize) else {
            return (self.missing(EntryRef::Person(i)), false);
        };
        let roles: Vec<&Role> = self.roles_of(i).collect();
        let mut info = ActorInfo {
            name: p.name.clone(),
            kind: ActorKind::Person,
            code: None,
            country: None,
            role: None,
            kb_id: format!("person:{}", p.id),
            office: None,
            valid: Validity::ALWAYS,
        };
        let set_role = |info: &mut ActorInfo, r: &Role| {
            info.code = Some(self.role_code(r));
            info.country = r.country.clone();
            info.role = Some(r.role.clone());
            info.office = Some(r.office);
            info.valid = r.valid;
        };
        let Some(date) = date else {
            if let Some(r) = roles
                .iter()
                .max_by_key(|r| (r.valid.start, std::cmp::Reverse(r.office.rank())))
            {
                set_role(&mut info, r);
            }
            return (info, true);
        };
        // Of two offices of one rank, the one with a plain title ("King", not "King
        // (Commonwealth realm)": Charles III is coded as the United Kingdom's), then the one
        // the person holds alone (the French president is also one of Andorra's two
        // co-princes, and is coded as France's).
        let current: Vec<&Role> = roles
            .iter()
            .copied()
            .filter(|r| r.valid.contains(date))
            .collect();
        let shared = |r: &Role| {
            current.len() > 1
                && r.country
                    .as_deref()
                    .is_some_and(|c| self.officeholders(c, r.office, date).len() > 1)
        };
        if let Some(r) = current
            .iter()
            .min_by_key(|r| (r.office.rank(), r.title.contains('('), shared(r)))
        {
            set_role(&mut info, r);
            return (info, true);
        }
        if let Some(r) = roles
            .iter()
            .filter(|r| r.valid.end.is_some_and(|e| e <= date))
            .max_by_key(|r| r.valid.end)
        {
            info.country = r.country.clone();
            info.code = r.country.as_ref().map(|c| format!("{c}ELI"));
            info.role = Some("ELI".to_string());
            info.valid = Validity {
                start: r.valid.end,
                end: None,
            };
            return (info, false);
        }
        if let Some(r) = roles.iter().min_by_key(|r| r.valid.start) {
            info.country = r.country.clone();
            info.code = r.country.clone();
        }
        (info, false)
    }

    /// Holders of `office` in `of` (a country alpha-3 or an IGO id) on `date`, highest
    /// precedence first. Several holders are normal for collective offices (Andorra's
    /// co-princes, Bosnia's presidency).
    pub fn officeholders(&self, of: &str, office: Office, date: Date) -> Vec<Holder<'_>> {
        let mut out = Vec::new();
        for &ri in self
            .holders
            .get(&(of.to_string(), office))
            .into_iter()
            .flatten()
        {
            let Some(role) = self.roles.get(ri as usize) else {
                continue;
            };
            if !role.valid.contains(date) {
                continue;
            }
            if let Some(person) = self.people.get(role.person as usize) {
                out.push(Holder {
                    person,
                    role,
                    person_index: role.person,
                });
            }
        }
        // The latest-starting holder first: on a changeover day it is the new one.
        out.reverse();
        out
    }

    /// The holder of `office` in `of` on `date`, as an actor ([`Kb::officeholders`]'s
    /// first).
    pub fn officeholder(&self, of: &str, office: Office, date: Date) -> Option<ActorInfo> {
        let h = self.officeholders(of, office, date).into_iter().next()?;
        let mut info = self.info(EntryRef::Person(h.person_index), Some(date));
        // Read the person in the office asked about, not their highest office.
        info.code = Some(self.role_code(h.role));
        info.country = h.role.country.clone();
        info.role = Some(h.role.role.clone());
        info.office = Some(office);
        info.valid = h.role.valid;
        Some(info)
    }

    /// Why `country` has nobody in `office` on `date`, when the data records that it has no
    /// such office (no armed forces → no defence minister).
    pub fn office_absent(&self, country: &str, office: Office, date: Date) -> Option<&NoOffice> {
        self.no_office
            .iter()
            .find(|n| n.country == country && n.office == office && n.valid.contains(date))
    }

    /// A country by alpha-3, alpha-2, name, formal name, alias or demonym
    /// (case-sensitive after folding: "US" yes, "us" no).
    pub fn country(&self, text: &str) -> Option<&Country> {
        if let Some(&i) = self.country_by_code.get(text) {
            return self.countries.get(i as usize);
        }
        if text.len() == 2 {
            if let Some(c) = self.countries.iter().find(|c| c.alpha2 == text) {
                return Some(c);
            }
        }
        self.first_hit(text, |e| match e {
            EntryRef::Country(i) => self.countries.get(i as usize),
            _ => None,
        })
    }

    /// A seat of power by name ("Kremlin", "the White House", "Moscow", "Kyiv").
    pub fn seat(&self, name: &str) -> Option<&Seat> {
        self.first_hit(name, |e| match e {
            EntryRef::Seat(i) => self.seats.get(i as usize),
            _ => None,
        })
    }

    /// An IGO by id (`nato`), name or alias ("NATO", "North Atlantic Treaty Organization").
    pub fn igo(&self, name: &str) -> Option<&Igo> {
        if let Some(&i) = self.igo_by_id.get(name) {
            return self.igos.get(i as usize);
        }
        self.first_hit(name, |e| match e {
            EntryRef::Igo(i) => self.igos.get(i as usize),
            _ => None,
        })
    }

    /// IGOs that may be described by `noun` ("alliance" → NATO), for resolving a
    /// description against the organisations already named in an article.
    pub fn igos_described_by(&self, noun: &str) -> impl Iterator<Item = &Igo> {
        let noun = fold_lower(noun);
        self.igos.iter().filter(move |g| g.nouns.contains(&noun))
    }

    /// A person by KB id (`sergei-lavrov`, with or without `person:`).
    pub fn person(&self, id: &str) -> Option<(u32, &Person)> {
        let id = id.strip_prefix("person:").unwrap_or(id);
        let &i = self.person_by_id.get(id)?;
        Some((i, self.people.get(i as usize)?))
    }

    /// An agent by noun or plural, case-insensitive ("troops", "Police", "foreign ministry").
    pub fn agent(&self, noun: &str) -> Option<&Agent> {
        let key = fold_lower(noun);
        let key = key.strip_prefix("the ").unwrap_or(&key);
        self.agents.get(*self.agent_by_noun.get(key)? as usize)
    }

    /// The office a title names, in `country` if given: country-specific titles first
    /// ("secretary of state" in USA → foreign minister, "chancellor" in DEU → head of
    /// government), then general ones ("foreign minister", "president").
    pub fn office_for_title(&self, title: &str, country: Option<&str>) -> Option<Office> {
        let key = fold_lower(title);
        if let Some(c) = country {
            if let Some(t) = self
                .titles
                .iter()
                .find(|t| t.country.as_deref() == Some(c) && t.title == key)
            {
                return Some(t.office);
            }
        }
        self.titles
            .iter()
            .find(|t| t.country.is_none() && t.title == key)
            .map(|t| t.office)
    }

    fn first_hit<'k, T>(
        &'k self,
        name: &str,
        pick: impl Fn(EntryRef) -> Option<&'k T>,
    ) -> Option<&'k T> {
        let mut key = fold(name);
        for _ in 0..2 {
            for &si in self.by_key.get(&key).into_iter().flatten() {
                if let Some(found) = self.surfaces.get(si as usize).and_then(|s| pick(s.entry)) {
                    return Some(found);
                }
            }
            match key
                .strip_prefix("the ")
                .or_else(|| key.strip_prefix("The "))
            {
                Some(rest) => key = rest.to_string(),
                None => break,
            }
        }
        None
    }
}
