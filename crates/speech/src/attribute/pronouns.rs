//! Speakers for pronoun sources the actors stage left open (session 26): a pronoun that
//! opens what another source reports is that source when they agree ("Half of the voters
//! said they want": the voters; "Karimi said she hopes": Karimi), and a "he" or "she"
//! after a quote of one person, with no other person named between, is that person
//! again (`"...," Brunner said. "...," she said.`). A person's gender is read from the
//! pronouns the actors stage already gave them; a person of the other gender is never
//! the speaker. Session 27: an "it" or "they" continues the quote before in the same way
//! when it agrees with its speaker and no other organisation or group is named between
//! ("The company said ... It added"), and people named inside that quote's content whom
//! the actors stage gave only pronouns of the other gender do not stop a he/she; the "I"
//! of a transcript line is the person its label names ("FALLIN: Well, I think"). The
//! speaker stands on no mention: the events stage reads the actors stage's mentions only.

use attache_core::{ActorKind, ActorRef, CueClass, Document, Quote, QuoteKind, Span};

/// Pronouns a source may be that this pass reads, lower case.
const PRONOUNS: &[&str] = &["he", "she", "they", "it"];

/// Heads of a described group phrase that an "it" may stand for ("the company says it").
const BODY_HEADS: &[&str] = &[
    "company",
    "campaign",
    "agency",
    "committee",
    "department",
    "firm",
    "group",
    "organization",
    "union",
];

/// Sentences back a "he" or "she" may look for the quote of the person it continues.
const CARRY_REACH: u32 = 2;

/// Gives a speaker to each quote of `doc.quotes[from..]` whose source is a bare pronoun
/// and that has none (see the module docs).
pub fn pronoun_speakers(doc: &mut Document, from: usize) {
    for q in from..doc.quotes.len() {
        let quote = &doc.quotes[q];
        if quote.speaker.is_some() || !quote.speakers.is_empty() {
            continue;
        }
        let Some(source) = quote.source else {
            continue;
        };
        if let Some(actor) = labelled(doc, source).or_else(|| doc.interview_speaker(source)) {
            let speaker = ActorRef {
                actor,
                mention: None,
            };
            doc.quotes[q].speaker = Some(speaker);
            doc.quotes[q].speakers = vec![speaker];
            continue;
        }
        let word = doc.slice(source).to_lowercase();
        if !PRONOUNS.contains(&word.as_str()) {
            continue;
        }
        let found = reporter(doc, q, source, &word).or_else(|| carried(doc, q, source, &word));
        if let Some(speakers) = found {
            doc.quotes[q].speaker = speakers.first().copied();
            doc.quotes[q].speakers = speakers;
        }
    }
}

/// "Karimi said she hopes ...", "half of voters say they prefer ...": the speaker of the
/// quote whose content opens with the pronoun (after an optional "that"), reported by a
/// one-word cue (a cue with an addressee, "told his supporters they", may mean them),
/// in the same sentence, when the pronoun fits that speaker; a "they" takes every speaker of a coordinated
/// source ("Reagan and Trump have shown they are").
fn reporter(doc: &Document, q: usize, source: Span, word: &str) -> Option<Vec<ActorRef>> {
    let outer = doc.quotes.iter().enumerate().find(|&(i, o)| {
        i != q
            && o.speaker.is_some()
            && o.span.start <= source.start
            && source.start < o.span.end
            && matches!(
                doc.text
                    .get(o.span.start as usize..source.start as usize)
                    .map(str::trim),
                Some("" | "that")
            )
    })?;
    let o = outer.1;
    let cue = o.cue?;
    // the cue and the pronoun in one sentence: a report running into the next sentence
    // ("Breitbart reported. He had a reason") opens with someone else
    // the cue before the content it reports: a cue after it is no report the pronoun opens
    // ("an insurgency, which it claims was supported by Sudan": no "Sudan ... it claims";
    // "He tells audiences ..., many Democrats say, ..."), unless its source is the same
    // pronoun ("She compared ... all of whom, she explained, needed")
    let same_pronoun = o
        .source
        .is_some_and(|s| doc.slice(s).eq_ignore_ascii_case(word));
    if doc.slice(cue).split_whitespace().count() != 1
        || last_sentence(doc, cue) != last_sentence(doc, source)
        || (cue.end > o.span.start && !same_pronoun)
    {
        return None;
    }
    agreeing(doc, o, word)
}

/// The speakers of quote `o` that `word` (he, she, they, it) may stand for: "he"/"she" a
/// single person the actors stage gave no pronoun of the other gender only; "they" every
/// speaker of a coordinated source, or a group, organisation or country whose source phrase
/// or described name ends in a plural; "it" an organisation or country, or a described body
/// headed by a word of [`BODY_HEADS`].
fn agreeing(doc: &Document, o: &Quote, word: &str) -> Option<Vec<ActorRef>> {
    let speaker = o.speaker?.actor;
    let kind = doc.actors.get(speaker as usize)?.kind;
    // the source phrase or, for a described speaker, its name ("Half of the farmers in the
    // county": "Half of the farmers") ends in a plural
    let phrase = o.source.map_or("", |s| doc.slice(s));
    let last_word = |p: &str| p.split_whitespace().last().unwrap_or("").to_string();
    let plural_word = |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
    let last = last_word(phrase);
    let plural = plural_word(&last)
        || (kind == ActorKind::Group
            && plural_word(&last_word(&doc.actors[speaker as usize].name)));
    let fits = match word {
        "he" | "she" => {
            kind == ActorKind::Person && o.speakers.len() <= 1 && !other_gender(doc, speaker, word)
        }
        // a group of the speech stage may be one person described ("the nominee says they
        // both"): only a plural phrase
        "they" => {
            o.speakers.len() >= 2
                || (matches!(
                    kind,
                    ActorKind::Group | ActorKind::Organization | ActorKind::Country
                ) && plural)
        }
        // "police" is a group but no "it"
        _ => {
            o.speakers.len() <= 1
                && !plural
                && (matches!(kind, ActorKind::Organization | ActorKind::Country)
                    || kind == ActorKind::Group
                        && BODY_HEADS.contains(&last.to_lowercase().as_str()))
        }
    };
    let speakers = if word == "they" && o.speakers.len() >= 2 {
        o.speakers.clone()
    } else {
        vec![ActorRef {
            actor: speaker,
            mention: None,
        }]
    };
    fits.then_some(speakers)
}

/// `"...," Brunner said. "...," she said.`: the speakers of the latest earlier quote within
/// [`CARRY_REACH`] sentences that no other quote holds, when `word` agrees with them
/// ([`agreeing`]; a "he" or "she" only a person the actors stage gave pronouns of this
/// gender and none of the other) and no rival is named between the start of that quote's
/// sentence and the pronoun, outside direct quotes: another person for he/she, another
/// group, organisation or country for "it" ("The company said ... It added") and "they"
/// ("Facebook officials say ... Sometimes, they say"). The pronoun stands in its cue's
/// sentence, and an "it" is the subject of a one-word verb cue ("It sends a clear message"
/// is a thing).
/// A person named inside the earlier quote's own content whom the actors stage gave only
/// pronouns of the other gender is no rival ("Lund said Mr. Ortiz erred. She added").
/// Only for a quote of something said.
fn carried(doc: &Document, q: usize, source: Span, word: &str) -> Option<Vec<ActorRef>> {
    let quote = &doc.quotes[q];
    // the pronoun in its cue's sentence: a source carried over from a quote before to one
    // with its own cue ("It added, ... The listing was replaced by a message that said,
    // ...") is no reading
    let own = quote
        .cue
        .is_none_or(|c| last_sentence(doc, c) == last_sentence(doc, source));
    // "it" only as the subject of a one-word verb cue: "It sends a clear message", "it
    // refers to" are things
    let subject_of_cue = || {
        let cue = quote.cue?;
        let verb = doc.token_at(cue.start)?;
        let pronoun = doc.token_at(source.start)?;
        (doc.slice(cue).split_whitespace().count() == 1
            && doc.tokens[verb].upos.is("VERB")
            && doc.tokens[pronoun].head as usize == verb)
            .then_some(())
    };
    // "it" only before a clause: "It has claimed 488 lives" is a disease's toll, no
    // statement (review27b); only the tokens from the quote's start on are read
    let clause = || {
        let first = doc
            .tokens
            .partition_point(|t| t.span.start < quote.span.start);
        doc.tokens[first..]
            .iter()
            .take_while(|t| t.span.start <= quote.span.end)
            .any(|t| t.span.end <= quote.span.end && (t.upos.is("VERB") || t.upos.is("AUX")))
    };
    if quote.class != CueClass::Speech
        || !own
        || (word == "it" && (subject_of_cue().is_none() || !clause()))
    {
        return None;
    }
    let sentence = quote.sentence;
    let (_, prev) = doc
        .quotes
        .iter()
        .enumerate()
        .filter(|&(i, o)| {
            i != q
                && o.span.end <= source.start
                && !nested(doc, i)
                && last_sentence(doc, o.span) + CARRY_REACH >= sentence
                && o.sentence <= sentence
        })
        .max_by_key(|(_, o)| o.span.start)?;
    let speakers = agreeing(doc, prev, word)?;
    let person = matches!(word, "he" | "she");
    if person && !same_gender(doc, speakers[0].actor, word) {
        return None;
    }
    // from the start of the earlier quote's sentence: "Sen. Lund, who said ...": a relative
    // source resolved past its person leaves that person between
    let at = prev
        .source
        .map_or(prev.span.start, |s| s.start.min(prev.span.start));
    let from = doc
        .sentences
        .iter()
        .find(|s| s.span.start <= at && at < s.span.end)
        .map_or(at, |s| s.span.start);
    let in_direct = |at: u32| {
        doc.quotes
            .iter()
            .any(|x| x.kind == QuoteKind::Direct && x.span.start <= at && at < x.span.end)
    };
    let in_content = |at: u32| prev.span.start <= at && at < prev.span.end;
    let rival = doc.mentions.iter().any(|m| {
        if m.span.start < from
            || m.span.start >= source.start
            || speakers.iter().any(|s| s.actor == m.actor)
            || in_direct(m.span.start)
        {
            return false;
        }
        let Some(kind) = doc.actors.get(m.actor as usize).map(|a| a.kind) else {
            return false;
        };
        match word {
            "he" | "she" => {
                kind == ActorKind::Person
                    && !(in_content(m.span.start) && other_gender(doc, m.actor, word))
            }
            _ => matches!(
                kind,
                ActorKind::Group | ActorKind::Organization | ActorKind::Country
            ),
        }
    });
    (!rival).then_some(speakers)
}

/// "FALLIN: Well, I think ...": the person a transcript line's label names is its "I" (the
/// one actor of the article, a person, whose name ends in the label's last word, in any
/// case), outside direct quotes.
fn labelled(doc: &Document, source: Span) -> Option<u32> {
    if doc.slice(source) != "I"
        || doc.quotes.iter().any(|x| {
            x.kind == QuoteKind::Direct && x.span.start <= source.start && source.end <= x.span.end
        })
    {
        return None;
    }
    let label = doc.line_label(source.start)?.split_whitespace().last()?;
    let mut named = doc.actors.iter().enumerate().filter(|(_, a)| {
        a.kind == ActorKind::Person
            && a.name
                .split_whitespace()
                .last()
                .is_some_and(|w| w.eq_ignore_ascii_case(label))
    });
    let (i, _) = named.next()?;
    named.next().is_none().then_some(i as u32)
}

/// The sentence that holds the end of `span`.
fn last_sentence(doc: &Document, span: Span) -> u32 {
    let at = span.end.saturating_sub(1);
    doc.sentences
        .iter()
        .position(|s| s.span.start <= at && at < s.span.end)
        .map_or(0, |i| i as u32)
}

/// Whether quote `i` lies inside another quote (what a source said someone said).
fn nested(doc: &Document, i: usize) -> bool {
    let q = &doc.quotes[i];
    doc.quotes.iter().enumerate().any(|(k, o)| {
        k != i && o.span.start <= q.span.start && q.span.end <= o.span.end && o.span != q.span
    })
}

/// Counts of the masculine and feminine pronouns the actors stage gave `actor`.
fn genders(doc: &Document, actor: u32) -> (usize, usize) {
    let Some(a) = doc.actors.get(actor as usize) else {
        return (0, 0);
    };
    let mut counts = (0, 0);
    for &i in &a.mentions {
        let Some(m) = doc.mentions.get(i as usize) else {
            continue;
        };
        match doc.slice(m.span).to_lowercase().as_str() {
            "he" | "him" | "his" | "himself" => counts.0 += 1,
            "she" | "her" | "hers" | "herself" => counts.1 += 1,
            _ => {}
        }
    }
    counts
}

/// Whether the actors stage gave `actor` only pronouns of the other gender than `word`.
fn other_gender(doc: &Document, actor: u32, word: &str) -> bool {
    let (m, f) = genders(doc, actor);
    if word == "he" {
        f > 0 && m == 0
    } else {
        m > 0 && f == 0
    }
}

/// Whether the actors stage gave `actor` pronouns of `word`'s gender and none of the other.
fn same_gender(doc: &Document, actor: u32, word: &str) -> bool {
    let (m, f) = genders(doc, actor);
    if word == "he" {
        m > 0 && f == 0
    } else {
        f > 0 && m == 0
    }
}
