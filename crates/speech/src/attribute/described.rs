//! Speakers for sources no actor mention covers (session 26): a name the article's actors
//! already hold ("DuVernay said" after "Ava DuVernay"), a person's name the article writes
//! in full and again by surname ("Rachel Maddow" ... "Maddow said"), and a description of
//! who spoke ("the announcer", "campaign aides", "the group"): the person or organisation
//! named before by the same noun, else an uncoded group actor named by the phrase. Sources
//! naming no one ("the report", "in a box") stay unresolved.

use attache_core::{Actor, ActorKind, ActorRef, Document, Mention, MentionForm, Span};

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
    "majority",
    "minority",
    "many",
    "most",
    "some",
    "half",
    "percent",
    "number",
    "share",
    "third",
    "quarter",
    "two-thirds",
    "all",
    "none",
    "few",
    "several",
    "dozens",
    "hundreds",
    "thousands",
    "group",
    "team",
    "panel",
];

/// Determiners of a definite description, which may refer back to someone named before.
const DEFINITE: &[&str] = &["the", "this", "that"];

/// What a source phrase says about its speaker.
enum Reading {
    /// A name an actor of the article holds: that actor.
    Known(u32),
    /// A person's name no actor holds, as the article gives it in full, and the words
    /// of the source that write it.
    NewPerson(String, Span),
    /// A description: the actor named before by its noun (a person or an organisation, as
    /// `kind` says; a plural looks back for no one), or a new uncoded group.
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
pub fn describe_speakers(
    doc: &mut Document,
    lex: &Lexicon,
    from: usize,
    place_name: &dyn Fn(&str) -> bool,
) {
    let mut made: Vec<(String, u32)> = Vec::new();
    // Two quotes of one phrase ("Critics accused X of Y, saying Z"; a headline's "Actor Who
    // Endorsed X Just Called Y") are one speaker on one mention, not two actors whose twin
    // mentions make every act of the phrase twice.
    let actors_from = doc.actors.len() as u32;
    let made_here = |doc: &Document, span: Span| {
        doc.mentions
            .iter()
            .position(|m| m.span == span && m.actor >= actors_from)
            .map(|i| ActorRef {
                actor: doc.mentions[i].actor,
                mention: Some(i as u32),
            })
    };
    for q in from..doc.quotes.len() {
        let quote = &doc.quotes[q];
        let Some(source) = quote.source else {
            continue;
        };
        if quote.speaker.is_some() || !quote.speakers.is_empty() {
            continue;
        }
        let reading = read_source(doc, lex, source, place_name);
        let again = match &reading {
            Some(Reading::NewPerson(_, span)) => made_here(doc, *span),
            Some(Reading::Described { name, .. }) => made_here(doc, *name),
            _ => None,
        };
        let speaker = if let Some(r) = again {
            r
        } else {
            match reading {
                Some(Reading::Known(actor)) => ActorRef {
                    actor,
                    mention: None,
                },
                Some(Reading::NewPerson(name, span)) => {
                    let actor = match made.iter().find(|(k, _)| *k == name) {
                        Some(&(_, a)) => a,
                        None => {
                            let a = doc.actors.len() as u32;
                            doc.actors.push(Actor::uncoded_person(name.clone()));
                            made.push((name, a));
                            a
                        }
                    };
                    let sentence = sentence_of(doc, span);
                    let m = insert_mention(
                        doc,
                        Mention {
                            span,
                            actor,
                            form: MentionForm::Name,
                            sentence,
                        },
                    );
                    ActorRef {
                        actor,
                        mention: Some(m),
                    }
                }
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
                            // An unnamed speaker is a group actor, as the actors stage's
                            // descriptions ("a senior official") and the event coder's group
                            // nouns are, whichever kind of referent its noun looks back for.
                            let mut actor = Actor::uncoded_person(doc.slice(name));
                            actor.kind = ActorKind::Group;
                            doc.actors.push(actor);
                            made.push((key, a));
                            a
                        }
                    };
                    let sentence = sentence_of(doc, name);
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
            }
        };
        doc.quotes[q].speaker = Some(speaker);
        doc.quotes[q].speakers = vec![speaker];
    }
}

/// The sentence that holds the start of `span`.
fn sentence_of(doc: &Document, span: Span) -> u32 {
    doc.sentences
        .iter()
        .position(|s| s.span.start <= span.start && span.start < s.span.end)
        .unwrap_or(0) as u32
}

/// The first token starting at or after byte offset `at`.
fn token_from(doc: &Document, at: u32) -> usize {
    doc.tokens.partition_point(|t| t.span.start < at)
}

/// Reads the source phrase `source`.
fn read_source(
    doc: &Document,
    lex: &Lexicon,
    source: Span,
    place_name: &dyn Fn(&str) -> bool,
) -> Option<Reading> {
    let mut first = token_from(doc, source.start);
    let mut end = token_from(doc, source.end).min(doc.tokens.len());
    let upos = |t: usize| doc.tokens[t].upos.as_str();
    // A relative pronoun ("voters who said"): the noun phrase its clause describes.
    if end == first + 1
        && ["who", "that", "which"].contains(&doc.word(first).to_lowercase().as_str())
    {
        let (from, noun) = antecedent(doc, first)?;
        if let Some(m) = doc
            .mentions
            .iter()
            .find(|m| m.span.contains(doc.tokens[noun].span))
        {
            let a = doc.actors.get(m.actor as usize)?;
            let person = a.kind == ActorKind::Person;
            let speaks = matches!(
                a.kind,
                ActorKind::Person | ActorKind::Organization | ActorKind::Group
            );
            let which = doc.word(first).eq_ignore_ascii_case("which");
            return (speaks && !(which && person)).then_some(Reading::Known(m.actor));
        }
        if doc.word(first).eq_ignore_ascii_case("which") {
            return None;
        }
        // a name no actor holds is left alone here ("North Rhine-Westphalia, who")
        if doc.tokens[noun].upos.is("PROPN") {
            return None;
        }
        first = from;
        end = noun + 1;
    }
    // an adverb or conjunction the source took in before a determiner ("Later the
    // announcer said")
    while first + 1 < end
        && matches!(upos(first), "ADV" | "CCONJ" | "INTJ")
        && upos(first + 1) == "DET"
    {
        first += 1;
    }
    if first >= end {
        return None;
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
    // "no terrorist organization" (has claimed ...) is no one speaking, nor is one open to
    // any of a kind ("every voter must reject", "any candidate who says": as the event
    // coder's group nouns read them)
    let nobody = ["no", "neither", "none", "any", "every"]
        .contains(&doc.word(first).to_lowercase().as_str());
    if nobody || last == first || matches!(upos(first), "ADP" | "VERB" | "AUX" | "SCONJ") {
        return None;
    }
    let mut head = last - 1;
    // "a majority of voters", "Many of the experts": the people after "of".
    // "the president of Judicial Watch": whose president the phrase says itself, so it
    // refers back to no one named before.
    let mut quantity = false;
    let mut complement = false;
    let noun_end = last;
    let finite =
        |t: usize| upos(t) == "VERB" && !matches!(doc.tokens[t].xpos.as_str(), "VBN" | "VBG");
    if last < end && doc.word(last) == "of" {
        let mut t = last + 1;
        while t < end
            && !PHRASE_ENDS.contains(&doc.word(t))
            && !matches!(upos(t), "ADP" | "AUX")
            && !finite(t)
        {
            t += 1;
        }
        // "Director of Medical Service Dr. James Nyikal": a titled name ends the of-phrase,
        // and the person so named speaks (session 26, review)
        if t > last + 1 && !is_quantity(doc, head) {
            if let Some((start, true)) = name_run(doc, last + 1, t) {
                return known_name(doc, start, t)
                    .map(Reading::Known)
                    .or_else(|| new_person(doc, start, t, true, place_name));
            }
        }
        if t > last + 1 {
            quantity = is_quantity(doc, head);
            complement = !quantity;
            if quantity {
                head = t - 1;
            }
            last = t;
        }
    }
    let span = Span::new(
        doc.tokens[first].span.start as usize,
        doc.tokens[last - 1].span.end as usize,
    );
    match upos(head) {
        "PROPN" => {
            let (start, titled) = name_run(doc, first, noun_end)?;
            known_name(doc, start, noun_end)
                .map(Reading::Known)
                .or_else(|| new_person(doc, start, noun_end, titled, place_name))
        }
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
            // "the two leaders", "both sides": named people counted back, which the
            // group reading lists (`Ctx::speakers`) or leaves to no one
            let counted = (first..noun_end)
                .any(|t| doc.tokens[t].upos.is("NUM") || doc.word(t).eq_ignore_ascii_case("both"));
            if counted && !quantity && is_plural(doc, head) && upos(first) == "DET" {
                return None;
            }
            let definite = !quantity
                && !complement
                && DEFINITE
                    .iter()
                    .any(|d| doc.word(first).eq_ignore_ascii_case(d));
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

/// The noun phrase a relative pronoun at `rel` (its clause's subject) stands for: the
/// noun its clause hangs on in the parse (`acl:relcl`), else the noun right before it
/// from its first premodifier; `(first token, noun token)`.
fn antecedent(doc: &Document, rel: usize) -> Option<(usize, usize)> {
    if !doc.tokens[rel].deprel.as_str().starts_with("nsubj") {
        return None;
    }
    let verb = doc.head(rel)?;
    // the noun the clause hangs on, else (a parse that missed the relative clause) the
    // noun right before the pronoun ("met with farmers who said"; after a comma the
    // noun may end a longer phrase: "a Democrat familiar with the organization, who")
    let parsed = doc.tokens[verb]
        .deprel
        .is("acl:relcl")
        .then(|| doc.head(verb))
        .flatten();
    let before = rel.checked_sub(1).filter(|&t| doc.word(t) != ",");
    let noun = parsed.or(before)?;
    if noun >= rel || !matches!(doc.tokens[noun].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let mut from = noun;
    while from > 0
        && doc
            .head(from - 1)
            .is_some_and(|h| h > from - 1 && h <= noun)
        && matches!(
            doc.tokens[from - 1].deprel.as_str(),
            "det" | "amod" | "compound" | "nummod" | "advmod" | "flat" | "nmod:poss"
        )
    {
        from -= 1;
    }
    Some((from, noun))
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

/// The trailing run of proper nouns of `first..last` (after titles and a description:
/// "talk radio host Rush Limbaugh"): its first token, and whether a title stands right
/// before it ("Ms. Samour").
fn name_run(doc: &Document, first: usize, last: usize) -> Option<(usize, bool)> {
    let mut start = last;
    while start > first
        && doc.tokens[start - 1].upos.is("PROPN")
        && !TITLES.contains(&doc.word(start - 1))
    {
        start -= 1;
    }
    let titled = start > first && TITLES.contains(&doc.word(start - 1));
    (start < last).then_some((start, titled))
}

/// A person no actor stands for, named by the run of proper nouns `start..last`: a run
/// of two or three capitalised words whose last word the article also writes alone
/// (people are named again by surname: "Scot Ross ... Ross said"), or one word the
/// article also writes after one given name ("Maddow" after "Rachel Maddow": that name),
/// or any run after a personal title. Never a place (`place_name`, the article's places
/// and place actors).
fn new_person(
    doc: &Document,
    start: usize,
    last: usize,
    titled: bool,
    place_name: &dyn Fn(&str) -> bool,
) -> Option<Reading> {
    let capitalised = |t: usize| {
        doc.word(t).chars().next().is_some_and(char::is_uppercase)
            && doc.word(t).chars().any(char::is_lowercase)
    };
    // after a determiner the words are a description ("The Republican"), no name
    let described = start > 0 && doc.tokens[start - 1].upos.is("DET");
    if described || last - start > 3 || !(start..last).all(capitalised) {
        return None;
    }
    let surname = doc.word(last - 1);
    // Every other place the article writes the surname: the capitalised word before it.
    let others: Vec<Option<usize>> = (0..doc.tokens.len())
        .filter(|&t| doc.word(t) == surname && !(start..last).contains(&t))
        .map(|t| (t > 0 && doc.tokens[t - 1].upos.is("PROPN") && capitalised(t - 1)).then(|| t - 1))
        .collect();
    let span = Span::new(
        doc.tokens[start].span.start as usize,
        doc.tokens[last - 1].span.end as usize,
    );
    let name = if last - start >= 2 {
        (titled || others.iter().any(Option::is_none)).then(|| doc.slice(span).to_string())?
    } else {
        let mut given: Vec<&str> = others
            .iter()
            .flatten()
            .map(|&g| doc.word(g))
            .filter(|g| !TITLES.contains(g))
            .collect();
        given.sort_unstable();
        given.dedup();
        match given.as_slice() {
            [one] => format!("{one} {surname}"),
            [] if titled => surname.to_string(),
            _ => return None,
        }
    };
    let place = place_name(&name)
        || doc
            .places
            .iter()
            .any(|p| p.span.overlaps(span) || p.name == name)
        || doc
            .actors
            .iter()
            .any(|a| matches!(a.kind, ActorKind::Country | ActorKind::Place) && a.name == name);
    (!place).then_some(Reading::NewPerson(name, span))
}

/// The actor of the article the name `start..last` stands for: the name's last word
/// ends the name of an actor that is a person, organisation or group. With several such
/// actors, a person is preferred, then one named in full by the run; two different names
/// sharing the word ("Bill Clinton" and "Hillary Clinton") are neither.
fn known_name(doc: &Document, start: usize, last: usize) -> Option<u32> {
    let run: Vec<&str> = (start..last).map(|t| doc.word(t)).collect();
    let full = run.join(" ");
    let surname = *run.last()?;
    let fits = |a: &Actor| {
        matches!(
            a.kind,
            ActorKind::Person | ActorKind::Organization | ActorKind::Group
        ) && a.name.split_whitespace().last() == Some(surname)
    };
    let candidates: Vec<(usize, &Actor)> = doc
        .actors
        .iter()
        .enumerate()
        .filter(|(_, a)| fits(a))
        .collect();
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
    let pool: Vec<_> = pool
        .into_iter()
        .filter(|(_, a)| run.len() == 1 || ends_run(a))
        .collect();
    let (i, one) = pool.first()?;
    pool.iter()
        .all(|(_, a)| a.name == one.name)
        .then_some(*i as u32)
}

/// Whether the name mention at `span` is titled by the description `name` (head token
/// `head`): its noun stands in the words right before the name ("Republican nominee Ana
/// Lund") or in an apposition right after it ("Ana Lund, the Republican nominee,"), with
/// the description's capitalised modifiers ("Republican") when it has any.
fn titled_by(doc: &Document, span: Span, name: Span, head: usize) -> bool {
    let nominal = |t: usize| matches!(doc.tokens[t].upos.as_str(), "NOUN" | "ADJ" | "PROPN");
    let mut words: Vec<usize> = Vec::new();
    let start = token_from(doc, span.start);
    let mut t = start;
    while t > 0 && start - t < 5 && nominal(t - 1) {
        t -= 1;
        words.push(t);
    }
    let end = token_from(doc, span.end);
    if end + 1 < doc.tokens.len() && doc.word(end) == "," {
        let mut t = end + 1;
        if doc.tokens[t].upos.is("DET") {
            t += 1;
        }
        let from = t;
        while t < doc.tokens.len() && t < end + 8 && nominal(t) {
            t += 1;
        }
        // an apposition closes with a comma or the sentence's end ("Ana Lund, the
        // nominee, said"; not "Ana Lund, the nominee said", the next clause's subject)
        let closed = t >= doc.tokens.len() || matches!(doc.word(t), "," | "." | ";");
        if closed {
            words.extend(from..t);
        }
    }
    let noun = doc.word(head);
    let has = |w: &str| words.iter().any(|&t| doc.word(t).eq_ignore_ascii_case(w));
    let first = token_from(doc, name.start);
    let modifiers: Vec<&str> = (first..head)
        .map(|t| doc.word(t))
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter(|w| !DEFINITE.iter().any(|d| w.eq_ignore_ascii_case(d)))
        .collect();
    // "the former president" is none of the sitting president's titles
    let former = (first..head).any(|t| doc.word(t).eq_ignore_ascii_case("former"));
    has(noun)
        && (modifiers.is_empty() || modifiers.iter().any(|w| has(w)))
        && (!former || has("former"))
}

/// Whether the description `name` before its head token `head` has a capitalised
/// modifier ("The Republican nominee"), which tells one titled person from another.
fn has_capital_modifier(doc: &Document, name: Span, head: usize) -> bool {
    (token_from(doc, name.start)..head).any(|t| {
        let w = doc.word(t);
        w.chars().next().is_some_and(char::is_uppercase)
            && !DEFINITE.iter().any(|d| w.eq_ignore_ascii_case(d))
    })
}

/// The actor a definite description ("the mayor", "the group") refers back to: for a
/// person, the latest earlier mention of a person whose mention or name holds the noun
/// ("Mayor Ana Lund"), or whose name the noun titles ("Republican nominee Ana Lund"); for an organisation, the latest earlier organisation or group
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
        ActorKind::Person => {
            let fits = |m: &&Mention| {
                doc.actors
                    .get(m.actor as usize)
                    .is_some_and(|a| a.kind == ActorKind::Person)
                    && m.form != MentionForm::Pronoun
                    && named(m.actor)
            };
            // written with the noun ("Mayor Ana Lund", a description the actors stage
            // resolved): the latest
            let former = doc.slice(name).to_lowercase().contains("former");
            let written = before.clone().rev().find(|m| {
                let text = doc.slice(m.span);
                fits(m)
                    && (holds(text) || holds(&doc.actors[m.actor as usize].name))
                    && (!former || text.to_lowercase().contains("former"))
            });
            // titled by the noun beside the name: the latest with a capitalised modifier
            // that tells them apart ("The Republican nominee"), else the only one
            let titled: Vec<&Mention> = before
                .filter(|m| {
                    fits(m) && m.form == MentionForm::Name && titled_by(doc, m.span, name, head)
                })
                .collect();
            if let Some(w) = written {
                // another person titled so after it ("Democratic nominee Tom Berg" after
                // "the nominee" was Ana Lund) makes the bare noun ambiguous (session 26,
                // review)
                let rival = titled
                    .iter()
                    .any(|m| m.actor != w.actor && m.span.start > w.span.start);
                if !rival {
                    return Some(w.actor);
                }
            }
            let titled: Vec<u32> = titled.iter().map(|m| m.actor).collect();
            let last = *titled.last()?;
            (has_capital_modifier(doc, name, head) || titled.iter().all(|&a| a == last))
                .then_some(last)
        }
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
