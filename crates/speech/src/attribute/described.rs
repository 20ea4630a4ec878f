//! Speakers for sources no actor mention covers (session 26): a name the article's actors
//! already hold ("DuVernay said" after "Ava DuVernay"), "I" inside a quoted speaker's own
//! words, and a description of who spoke ("the announcer", "campaign aides", "the group"):
//! the person or organisation named before by the same noun, else an uncoded person, group
//! or organisation named by the phrase. Sources naming no one ("the report", "in a box")
//! stay unresolved.

use attache_core::{Actor, ActorKind, ActorRef, Document, Mention, MentionForm, QuoteKind, Span};

use super::insert_mention;
use crate::lexicon::{Lexicon, WordList};

/// Titles before a name in a source ("Mr. Holtz-Eakin").
const TITLES: &[&str] = &[
    "Mr.", "Ms.", "Mrs.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Mr", "Ms", "Mrs", "Dr",
];

/// Words that end a source's noun phrase: what follows describes its head.
const PHRASE_ENDS: &[&str] = &[
    ",", "who", "whom", "whose", "which", "that", "(", "\u{2014}", "\u{2013}", ":",
];

/// Quantity words heading "X of <people>" ("a majority of voters", "74 percent of voters").
const QUANTITIES: &[&str] = &[
    "majority", "minority", "many", "most", "some", "half", "percent", "number", "share",
    "third", "quarter", "two-thirds", "all", "none", "few", "several", "dozens", "hundreds",
    "thousands", "group", "team", "panel",
];

/// Determiners of a definite description, which may refer back to someone named before.
const DEFINITE: &[&str] = &["the", "this", "that"];

/// What a source phrase says about its speaker.
enum Reading {
    /// "I" inside the words of the quote that reports this one: that quote's speaker.
    Quoter(ActorRef),
    /// A name an actor of the article holds: that actor.
    Known(u32),
    /// A description: the actor named before by its noun, or a new uncoded one.
    Described {
        name: Span,
        kind: ActorKind,
        definite: bool,
        head: usize,
    },
}

/// Gives a speaker to each quote of `doc.quotes[from..]` whose source phrase no actor
/// mention covers (see the module docs). A described speaker stands on its phrase as a
/// description mention; one definite phrase ("the announcer") is one actor throughout
/// the article.
pub fn describe_speakers(doc: &mut Document, lex: &Lexicon, from: usize) {
    let mut made: Vec<(String, u32)> = Vec::new();
    for q in from..doc.quotes.len() {
        let quote = &doc.quotes[q];
        let Some(source) = quote.source else {
            continue;
        };
        if quote.speaker.is_some() || !quote.speakers.is_empty() {
            continue;
        }
        let speaker = match read_source(doc, lex, q, source) {
            Some(Reading::Quoter(sp)) => ActorRef {
                actor: sp.actor,
                mention: None,
            },
            Some(Reading::Known(actor)) => ActorRef {
                actor,
                mention: None,
            },
            Some(Reading::Described {
                name,
                kind,
                definite,
                head,
            }) => {
                let sentence = doc.quotes[q].sentence;
                let earlier = definite
                    .then(|| named_before(doc, name, head, kind, sentence))
                    .flatten();
                let key = doc.slice(name).to_lowercase();
                let actor = match (earlier, made.iter().find(|(k, _)| definite && *k == key)) {
                    (Some(a), _) => a,
                    (None, Some(&(_, a))) => a,
                    (None, None) => {
                        let a = doc.actors.len() as u32;
                        let mut actor = Actor::uncoded_person(doc.slice(name));
                        actor.kind = kind;
                        doc.actors.push(actor);
                        made.push((key, a));
                        a
                    }
                };
                let sentence = doc
                    .sentences
                    .iter()
                    .position(|s| s.span.start <= name.start && name.start < s.span.end)
                    .unwrap_or(0) as u32;
                let m = insert_mention(
                    doc,
                    Mention {
                        span: name,
                        actor,
                        form: MentionForm::Description,
                        sentence,
                    },
                );
                ActorRef {
                    actor,
                    mention: Some(m),
                }
            }
            None => continue,
        };
        doc.quotes[q].speaker = Some(speaker);
        doc.quotes[q].speakers = vec![speaker];
    }
}

/// The first token starting at or after byte offset `at`.
fn token_from(doc: &Document, at: u32) -> usize {
    doc.tokens.partition_point(|t| t.span.start < at)
}

/// Reads the source phrase `source` of quote `q`.
fn read_source(doc: &Document, lex: &Lexicon, q: usize, source: Span) -> Option<Reading> {
    let first = token_from(doc, source.start);
    let end = token_from(doc, source.end).min(doc.tokens.len());
    if first >= end {
        return None;
    }
    let upos = |t: usize| doc.tokens[t].upos.as_str();
    // "I" inside a quote: the quoted speaker ('"I think he lied," Ruiz said').
    if end == first + 1 && doc.word(first) == "I" {
        let outer = doc.quotes[q].reported_by?;
        let outer = doc.quotes.get(outer as usize)?;
        let quoted = matches!(outer.kind, QuoteKind::Direct | QuoteKind::Mixed);
        return (quoted && outer.span.contains(source))
            .then_some(outer.speaker)
            .flatten()
            .map(Reading::Quoter);
    }
    // The noun phrase: up to a comma, a relative word, a dash or a preposition.
    let mut last = first;
    while last < end {
        let w = doc.word(last);
        if ["'s", "\u{2019}s", "'"].contains(&w) {
            // a possessor ("the agency's system"): the phrase's head comes after it
            return None;
        }
        let stop = PHRASE_ENDS.contains(&w)
            || (last > first && matches!(upos(last), "ADP" | "PRON" | "VERB" | "AUX"));
        if stop {
            break;
        }
        last += 1;
    }
    if last == first || matches!(upos(first), "ADP" | "VERB" | "AUX" | "SCONJ") {
        return None;
    }
    let mut head = last - 1;
    // "a majority of voters", "Many of the experts": the people after "of".
    let mut quantity = false;
    if last < end && doc.word(last) == "of" && is_quantity(doc, head) {
        let mut t = last + 1;
        while t < end && !PHRASE_ENDS.contains(&doc.word(t)) && upos(t) != "ADP" {
            t += 1;
        }
        if t > last + 1 {
            head = t - 1;
            last = t;
            quantity = true;
        }
    }
    let span = Span::new(
        doc.tokens[first].span.start as usize,
        doc.tokens[last - 1].span.end as usize,
    );
    match upos(head) {
        "PROPN" => known_name(doc, first, last).map(Reading::Known),
        "NOUN" => {
            let word = doc.word(head);
            let kind = if lex.in_list(WordList::BodyNouns, word) && !quantity {
                ActorKind::Organization
            } else if lex.in_list(WordList::SpeakerNouns, word) {
                if quantity || is_plural(doc, head) {
                    ActorKind::Group
                } else {
                    ActorKind::Person
                }
            } else {
                return None;
            };
            let definite = !quantity && DEFINITE.iter().any(|d| doc.word(first).eq_ignore_ascii_case(d));
            Some(Reading::Described {
                name: span,
                kind,
                definite,
                head,
            })
        }
        _ => None,
    }
}

/// Whether token `t` is a quantity word ("majority", "74 percent", "many").
fn is_quantity(doc: &Document, t: usize) -> bool {
    let w = doc.word(t).to_lowercase();
    QUANTITIES.contains(&w.as_str()) || doc.tokens[t].upos.is("NUM")
}

/// Whether the noun at `t` is plural (its fine tag, or a plural-only people noun).
fn is_plural(doc: &Document, t: usize) -> bool {
    doc.tokens[t].xpos.is("NNS")
        || doc.tokens[t].xpos.is("NNPS")
        || ["people", "men", "women"].contains(&doc.word(t).to_lowercase().as_str())
}

/// The actor of the article a name in `first..last` stands for: the trailing run of proper
/// nouns (after titles and a description: "talk radio host Rush Limbaugh") whose last word
/// ends the name of an actor that is a person, organisation or group. With several such
/// actors, a person is preferred, then one named in full by the run; two different names
/// sharing the word ("Bill Clinton" and "Hillary Clinton") are neither.
fn known_name(doc: &Document, first: usize, last: usize) -> Option<u32> {
    let mut start = last;
    while start > first
        && doc.tokens[start - 1].upos.is("PROPN")
        && !TITLES.contains(&doc.word(start - 1))
    {
        start -= 1;
    }
    if start == last {
        return None;
    }
    let run: Vec<&str> = (start..last).map(|t| doc.word(t)).collect();
    let full = run.join(" ");
    let surname = *run.last()?;
    let fits = |a: &Actor| {
        matches!(
            a.kind,
            ActorKind::Person | ActorKind::Organization | ActorKind::Group
        ) && a.name.split_whitespace().last() == Some(surname)
    };
    let candidates: Vec<(usize, &Actor)> =
        doc.actors.iter().enumerate().filter(|(_, a)| fits(a)).collect();
    let people: Vec<&(usize, &Actor)> = candidates
        .iter()
        .filter(|(_, a)| a.kind == ActorKind::Person)
        .collect();
    let pool: Vec<&(usize, &Actor)> = if people.is_empty() {
        candidates.iter().collect()
    } else {
        people
    };
    if let Some((i, _)) = pool.iter().find(|(_, a)| a.name == full) {
        return Some(*i as u32);
    }
    // A name given in full names someone else than an actor with another given name
    // ("Rakeyia Scott" is not "Keith Lamont Scott"); an actor known by the run's last
    // words only ("Caddell" for "Pat Caddell") is the same person.
    let ends_run = |a: &Actor| full.ends_with(&a.name);
    let pool: Vec<_> = pool.into_iter().filter(|(_, a)| run.len() == 1 || ends_run(a)).collect();
    let (i, one) = pool.first()?;
    pool.iter()
        .all(|(_, a)| a.name == one.name)
        .then_some(*i as u32)
}

/// The actor a definite description ("the mayor", "the group") refers back to: for a
/// person, the latest earlier mention of a person whose mention or name holds the noun
/// ("Mayor Ana Lund"); for an organisation, the latest earlier organisation or group
/// whose name holds the noun ("the Teachers Union"), else the one organisation named in
/// the three sentences before. `None` when there is none: a new described actor.
fn named_before(
    doc: &Document,
    name: Span,
    head: usize,
    kind: ActorKind,
    sentence: u32,
) -> Option<u32> {
    let noun = doc.word(head).to_lowercase();
    let holds = |text: &str| {
        text.split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| w.eq_ignore_ascii_case(&noun))
    };
    let before = doc.mentions.iter().filter(|m| m.span.end <= name.start);
    // an actor the text names (a description alone, "a senior official", is not named)
    let named = |a: u32| {
        doc.actors.get(a as usize).is_some_and(|a| {
            a.mentions.iter().any(|&m| {
                doc.mentions
                    .get(m as usize)
                    .is_some_and(|m| m.form == MentionForm::Name)
            })
        })
    };
    match kind {
        ActorKind::Person => before
            .filter(|m| {
                doc.actors
                    .get(m.actor as usize)
                    .is_some_and(|a| a.kind == ActorKind::Person)
                    && (holds(doc.slice(m.span)) || holds(&doc.actors[m.actor as usize].name))
                    && m.form != MentionForm::Pronoun
                    && named(m.actor)
            })
            .last()
            .map(|m| m.actor),
        ActorKind::Organization => {
            // Organisations named in the three sentences before, and before the phrase in
            // its own sentence.
            let orgs: Vec<&Mention> = before
                .filter(|m| {
                    m.form == MentionForm::Name
                        && m.sentence + 3 >= sentence
                        && doc.actors.get(m.actor as usize).is_some_and(|a| {
                            matches!(a.kind, ActorKind::Organization | ActorKind::Group)
                        })
                })
                .collect();
            if let Some(m) = orgs
                .iter()
                .rev()
                .find(|m| holds(&doc.actors[m.actor as usize].name))
            {
                return Some(m.actor);
            }
            // "the group" after one organisation only, no news outlet: that one ("the
            // campaign" is someone's, and a newspaper or network only the one so named).
            if ["campaign", "newspaper", "network", "paper"].contains(&noun.as_str()) {
                return None;
            }
            let recent: Vec<u32> = orgs
                .iter()
                .map(|m| m.actor)
                .filter(|&a| !is_outlet(&doc.actors[a as usize]))
                .collect();
            let one = *recent.first()?;
            recent.iter().all(|&a| a == one).then_some(one)
        }
        _ => None,
    }
}

/// Whether an actor is a news outlet (role `MED`).
fn is_outlet(a: &Actor) -> bool {
    a.role.as_deref() == Some("MED") || a.code.as_deref().is_some_and(|c| c.ends_with("MED"))
}
