//! Sides named by a group noun: "leaders rebuked computer makers", "the ministry reached an
//! agreement with creditors", "police urged the public to stay home". The actors stage makes
//! no mention of a group of people or an organisation named by a common noun and no country,
//! so such an act would be printed with an empty side although its sentence names it. Before
//! coding, [`add`] gives each such phrase an uncoded group actor with one mention (a word of
//! `data/group_nouns.txt` heading a noun phrase no mention covers); the coder's uncoded
//! slot readers (`uncoded_arg`, `uncoded_prep`...) then fill an empty side with it, by its
//! text and with no code, as the contract's convention for uncoded actors says. After coding,
//! [`drop_unused`] removes those no event or commitment points at, so the article's actors
//! are the actors stage's plus the groups that are sides.

use crate::lexicon::Lexicon;
use attache_core::{
    Actor, ActorKind, ActorRef, Deprel, Document, Mention, MentionForm, QuoteKind, Span, Xpos,
    NO_HEAD,
};

/// What [`add`] added: the actors from this index on, each with its one mention.
pub(crate) struct Added {
    actors_from: usize,
}

/// Relations of the words before a group noun that belong to its phrase ("the", "computer",
/// "Holocaust", "farmers'", "two", "foreign").
/// ("case" only for a possessive's mark.)
const PHRASE_RELS: &[&str] = &["det", "amod", "compound", "nmod:poss", "nummod", "case"];

/// Adds an uncoded group actor and its mention for each phrase headed by a group noun that
/// no mention covers, keeping `doc.mentions` in text order (every index into it is
/// renumbered). Needs the parse: an unparsed article gets nothing.
pub(crate) fn add(doc: &mut Document, lexicon: &Lexicon) -> Option<Added> {
    if doc.tokens.iter().all(|t| t.head == NO_HEAD) {
        return None;
    }
    let mut covered = vec![false; doc.tokens.len()];
    // Mentions come in text order, so one cursor walks the tokens (searched afresh for a
    // mention that starts before the one before it).
    let (mut first, mut last_start) = (0, 0);
    for m in &doc.mentions {
        if m.span.start < last_start {
            first = doc.tokens.partition_point(|t| t.span.end <= m.span.start);
        } else {
            while doc
                .tokens
                .get(first)
                .is_some_and(|t| t.span.end <= m.span.start)
            {
                first += 1;
            }
        }
        last_start = m.span.start;
        for (k, c) in covered.iter_mut().enumerate().skip(first) {
            if doc.tokens[k].span.start >= m.span.end {
                break;
            }
            *c = true;
        }
    }
    // The tags this loop compares on every word, as their one-byte ids.
    let nouns = [Xpos::from_label("NN"), Xpos::from_label("NNS")];
    let proper = [Xpos::from_label("NNP"), Xpos::from_label("NNPS")];
    let modifiers = ["compound", "amod", "nmod:poss", "flat"].map(Deprel::from_label);
    let mut found: Vec<(Span, u32)> = Vec::new();
    // (the phrases headed by a plural noun: "the protesters", "farmers")
    let mut plural: Vec<(Span, u32, Ante)> = Vec::new();
    for (s, sent) in doc.sentences.iter().enumerate() {
        let (a, b) = (sent.tokens.start as usize, sent.tokens.end as usize);
        let b = b.min(doc.tokens.len());
        for h in a..b {
            let t = &doc.tokens[h];
            // ("a super PAC": an acronym of the list, even tagged a name, heads a group phrase
            // too.)
            let acronym = {
                let w = doc.word(h);
                w.len() >= 2
                    && w.trim_end_matches('s')
                        .chars()
                        .all(|c| c.is_ascii_uppercase())
                    && (proper.contains(&t.xpos) || nouns.contains(&t.xpos))
            };
            if covered[h] || !(nouns.contains(&t.xpos) || acronym) {
                continue;
            }
            // A modifier of another noun ("company officials", "farmers' union") heads no
            // phrase; neither does a capitalised word inside the sentence (a name's word).
            if modifiers.contains(&t.deprel) && !owner_of_thing(doc, lexicon, &covered, h) {
                continue;
            }
            // "the national teachers unions": a noun before another is its modifier.
            if h + 1 < b && nouns.contains(&doc.tokens[h + 1].xpos) {
                continue;
            }
            let w = doc.word(h);
            if h > a && w.starts_with(|c: char| c.is_uppercase()) && !acronym {
                continue;
            }
            // (lower-cased only when it has a capital: a sentence's first word)
            let lower;
            let key = if w.chars().any(char::is_uppercase) {
                lower = w.to_lowercase();
                lower.as_str()
            } else {
                w
            };
            if !lexicon.is_group_noun(key) {
                continue;
            }
            // "a group of senators": a collective counting others names them, not itself.
            if matches!(key, "group" | "groups") && counts_others(doc, a..b, h) {
                continue;
            }
            // The phrase: the words before the noun that hang on it, or on one of them, by a
            // relation of `PHRASE_RELS`, up to the first that does not.
            let mut inside = vec![false; h + 1 - a];
            inside[h - a] = true;
            // (right to left, a word joins once its head has; a head to its left joins later
            // in the pass, so three passes take chains with up to three such steps)
            for _ in 0..3 {
                for k in (a..h).rev() {
                    let tk = &doc.tokens[k];
                    let rel = tk.deprel.as_str();
                    let takes =
                        PHRASE_RELS.contains(&rel) && (rel != "case" || tk.xpos.as_str() == "POS");
                    let hd = tk.head as usize;
                    if takes && tk.head != NO_HEAD && (a..=h).contains(&hd) && inside[hd - a] {
                        inside[k - a] = true;
                    }
                }
            }
            let mut start = h;
            while start > a && inside[start - 1 - a] {
                start -= 1;
            }
            // "high-profile hedge fund managers": a hyphened word is whole.
            let glued = |k: usize| doc.tokens[k].span.end == doc.tokens[k + 1].span.start;
            while start >= a + 2
                && doc.word(start - 1) == "-"
                && glued(start - 1)
                && glued(start - 2)
            {
                start -= 2;
            }
            if (start..h).any(|k| covered[k]) {
                continue;
            }
            // "no terrorist organization has claimed": a phrase denying there is one names
            // no one; nor does one open to any of a kind ("will meet with any candidate").
            if ["no", "any", "every", "each"]
                .iter()
                .any(|q| doc.word(start).eq_ignore_ascii_case(q))
            {
                continue;
            }
            // "would not meet a candidate who lied", "has never mocked a reporter": one of a
            // kind after a negated verb is no one in particular ("A woman did not attend"
            // is one).
            if t.xpos.as_str() == "NN"
                && !t.deprel.as_str().starts_with("nsubj")
                && ["a", "an"]
                    .iter()
                    .any(|q| doc.word(start).eq_ignore_ascii_case(q))
                && negated_head(doc, a..b, h)
            {
                continue;
            }
            // "a paper supplies company": an organisation noun in the singular
            // names one only with a determiner or possessor ("the utility", "its lender").
            if (t.xpos.as_str() == "NN" || acronym && !w.ends_with('s'))
                && !(start..h).any(|k| matches!(doc.tokens[k].deprel.as_str(), "det" | "nmod:poss"))
            {
                continue;
            }
            let span = doc.tokens[start].span.cover(doc.tokens[h].span);
            found.push((span, s as u32));
            if t.xpos.as_str() == "NNS" {
                plural.push((span, s as u32, Ante::Phrase(span.start)));
            }
        }
    }
    // (and the actors stage's uncoded groups named by a plural noun: "dozens of protesters")
    plural.extend(doc.mentions.iter().filter_map(|m| {
        let a = doc.actors.get(m.actor as usize)?;
        let last = doc.tokens.partition_point(|t| t.span.end < m.span.end);
        let noun = doc.tokens.get(last)?.xpos.as_str() == "NNS";
        (m.form == MentionForm::Description
            && a.kind == ActorKind::Group
            && a.code.is_none()
            && noun)
            .then_some((m.span, m.sentence, Ante::Actor(m.actor)))
    }));
    let pronouns = group_pronouns(doc, &covered, &plural);
    found.extend(unnamed_names(doc, &covered));
    found.extend(states_as_objects(doc, &covered));
    let parties = parties_of_policies(doc, &covered);
    found.extend(parties.iter().map(|p| (p.0, p.1)));
    if found.is_empty() {
        return None;
    }
    // (a pronoun carries the start of its group's phrase; a phrase carries none)
    let mut found: Vec<(Span, u32, Option<Ante>)> =
        found.into_iter().map(|(span, s)| (span, s, None)).collect();
    found.extend(
        pronouns
            .into_iter()
            .map(|(span, s, group)| (span, s, Some(group))),
    );
    // (pronouns of the actors stage's groups join their mention lists once renumbered)
    let mut late: Vec<(u32, u32)> = Vec::new();
    found.sort_by_key(|f| f.0.start);
    let actors_from = doc.actors.len();
    // Merge in text order, renumbering the old mentions.
    let old = std::mem::take(&mut doc.mentions);
    let mut map = vec![0u32; old.len()];
    let mut actor_at: std::collections::HashMap<u32, u32> = std::collections::HashMap::new();
    let mut next = found.into_iter().peekable();
    let mut push = |doc: &mut Document, (span, s, group): (Span, u32, Option<Ante>)| match group {
        None => {
            actor_at.insert(span.start, doc.actors.len() as u32);
            push_group(doc, span, s, role_of(&parties, span));
        }
        Some(Ante::Phrase(g)) => {
            // "they" or "them" joins the group added for the phrase it stands for.
            if let Some(&actor) = actor_at.get(&g) {
                push_mention(doc, span, s, actor, MentionForm::Pronoun);
            }
        }
        Some(Ante::Actor(actor)) => {
            late.push((actor, doc.mentions.len() as u32));
            doc.mentions.push(Mention {
                span,
                actor,
                form: MentionForm::Pronoun,
                sentence: s,
            });
        }
    };
    for (i, m) in old.into_iter().enumerate() {
        while let Some(&f) = next.peek() {
            if f.0.start >= m.span.start {
                break;
            }
            push(doc, f);
            next.next();
        }
        map[i] = doc.mentions.len() as u32;
        doc.mentions.push(m);
    }
    for f in next {
        push(doc, f);
    }
    renumber(
        doc,
        actors_from,
        |m| Some(map.get(m as usize).copied().unwrap_or(m)),
        Some,
    );
    for (actor, m) in late {
        if let Some(a) = doc.actors.get_mut(actor as usize) {
            a.mentions.push(m);
            a.mentions.sort_unstable();
        }
    }
    Some(Added { actors_from })
}

/// Is the group noun at token `h` the possessor of a thing that no mention covers and that
/// names no group itself ("denied the professor's application", "refused the attorneys'
/// assertions")? Such a possessor heads a phrase of its own, the owner the slot readers
/// take (`uncoded_owner`); the possessor of a group noun stays inside that noun's phrase
/// ("the farmers' union").
fn owner_of_thing(doc: &Document, lexicon: &Lexicon, covered: &[bool], h: usize) -> bool {
    let t = &doc.tokens[h];
    if t.deprel.as_str() != "nmod:poss" || t.head == NO_HEAD {
        return false;
    }
    let thing = t.head as usize;
    let marked = doc
        .tokens
        .get(h + 1)
        .is_some_and(|m| m.xpos.as_str() == "POS" && m.head as usize == h);
    let noun = &doc.tokens[thing];
    marked
        && thing > h + 1
        && !covered[thing]
        && noun.upos.is("NOUN")
        && !lexicon.is_group_noun(&doc.word(thing).to_lowercase())
}

/// Has the verb that local noun `h` hangs on a "not", "n't" or "never" of its own?
fn negated_head(doc: &Document, sent: std::ops::Range<usize>, h: usize) -> bool {
    let v = doc.tokens[h].head;
    v != NO_HEAD
        && doc.tokens[v as usize].upos.is("VERB")
        && sent.clone().any(|k| {
            doc.tokens[k].head == v
                && ["not", "n't", "never"].contains(&doc.word(k).to_lowercase().as_str())
        })
}

/// Names the name tagger left out ("ordered Edison to pay", "police are investigating
/// Harlow Mining"): a proper noun that is the subject or object of a verb, with the proper
/// nouns joined to it by `flat` or `compound` on either side, all capitalised, that no
/// mention, place or time covers, in a sentence that is no title-case headline. Such a
/// phrase names a party to the verb's act, by its text and with no code.
fn unnamed_names(doc: &Document, covered: &[bool]) -> Vec<(Span, u32)> {
    let proper = [Xpos::from_label("NNP"), Xpos::from_label("NNPS")];
    let flat = ["flat", "compound"].map(Deprel::from_label);
    let slots = ["obj", "nsubj"].map(Deprel::from_label);
    let mut elsewhere = vec![false; doc.tokens.len()];
    for span in doc
        .places
        .iter()
        .map(|p| p.span)
        .chain(doc.times.iter().map(|t| t.span))
    {
        let first = doc.tokens.partition_point(|t| t.span.end <= span.start);
        for (k, e) in elsewhere.iter_mut().enumerate().skip(first) {
            if doc.tokens[k].span.start >= span.end {
                break;
            }
            *e = true;
        }
    }
    let capitalised = |k: usize| {
        let w = doc.word(k);
        w.starts_with(|c: char| c.is_uppercase()) && w.chars().any(|c| c.is_lowercase())
    };
    let mut found = Vec::new();
    for (s, sent) in doc.sentences.iter().enumerate() {
        let (a, b) = (sent.tokens.start as usize, sent.tokens.end as usize);
        let b = b.min(doc.tokens.len());
        // (a headline in title case capitalises every word)
        let words = (a..b).filter(|&k| doc.word(k).chars().any(char::is_alphabetic));
        let (n, caps) = words.fold((0, 0), |(n, c), k| (n + 1, c + capitalised(k) as usize));
        if n >= 4 && caps * 5 >= n * 3 {
            continue;
        }
        for h in a..b {
            let t = &doc.tokens[h];
            if !proper.contains(&t.xpos) || !slots.contains(&t.deprel) || t.head == NO_HEAD {
                continue;
            }
            let v = t.head as usize;
            if !(a..b).contains(&v) || !doc.tokens[v].upos.is("VERB") {
                continue;
            }
            let (mut start, mut end) = (h, h);
            while start > a
                && doc.tokens[start - 1].head as usize == h
                && flat.contains(&doc.tokens[start - 1].deprel)
                && proper.contains(&doc.tokens[start - 1].xpos)
            {
                start -= 1;
            }
            while end + 1 < b
                && doc.tokens[end + 1].head as usize == h
                && flat.contains(&doc.tokens[end + 1].deprel)
                && proper.contains(&doc.tokens[end + 1].xpos)
            {
                end += 1;
            }
            if (start..=end).any(|k| covered[k] || elsewhere[k] || !capitalised(k)) {
                continue;
            }
            // "The Prince of Wales", "the King of Ise": a title "of" a place or body is one
            // name with it (the place may be one the gazetteer knows, not a mention)
            if let Some(j) = of_name_end(doc, h, end, b) {
                if !(end + 1..=j).any(|k| covered[k]) {
                    end = j;
                }
            }
            // A proper noun right before (not an abbreviated title: "Ms. Khan"), a
            // capitalised word right after or a hyphen makes the phrase part of a longer name
            // the parse split ("The New Yorker", "Phoenix Mayor Greg Stanton",
            // "Mark-Viverito").
            let glued = |k: usize| {
                (k > a && doc.tokens[k - 1].span.end == doc.tokens[k].span.start)
                    || (k + 1 < b && doc.tokens[k].span.end == doc.tokens[k + 1].span.start)
                        && doc.word(k + 1) == "-"
            };
            let name_before = start > a
                && capitalised(start - 1)
                && proper.contains(&doc.tokens[start - 1].xpos)
                && !doc.word(start - 1).ends_with('.');
            if name_before || end + 1 < b && capitalised(end + 1) || glued(start) || glued(end) {
                continue;
            }
            found.push((doc.tokens[start].span.cover(doc.tokens[end].span), s as u32));
        }
    }
    found
}

/// The last token of a capitalised proper-noun phrase hung on `h` by "of" right after
/// `end` ("Prince" + "of Wales"), within the sentence's tokens up to `b`.
fn of_name_end(doc: &Document, h: usize, end: usize, b: usize) -> Option<usize> {
    let proper = [Xpos::from_label("NNP"), Xpos::from_label("NNPS")];
    if end + 2 >= b || doc.word(end + 1) != "of" {
        return None;
    }
    let j = (end + 2..b)
        .find(|&j| doc.tokens[j].head as usize == h && doc.tokens[j].deprel.as_str() == "nmod")?;
    let of_case = doc.tokens[end + 1].head as usize == j;
    let words = (end + 2..=j).all(|k| {
        proper.contains(&doc.tokens[k].xpos)
            && doc.word(k).starts_with(|c: char| c.is_uppercase())
            && (k == j || doc.tokens[k].head as usize == j)
    });
    (of_case && words).then_some(j)
}

/// Words of US parties and houses of Congress as a modifier ("Republican efforts", "the
/// GOP budget", "the Senate bill"), with the role they code.
const PARTY_WORDS: &[(&str, &str)] = &[
    ("Republican", "PTY"),
    ("Democratic", "PTY"),
    ("GOP", "PTY"),
    ("Senate", "LEG"),
    ("House", "LEG"),
];

/// The role `parties` (of [`parties_of_policies`]) gives the phrase at `span`, if any.
fn role_of(parties: &[(Span, u32, &'static str)], span: Span) -> Option<&'static str> {
    parties.iter().find(|p| p.0 == span).map(|p| p.2)
}

/// Nouns of a party's acts and policies: the party that modifies one is the doer ("rejected
/// Republican efforts to cut taxes", "lambasted the Republican budget"); a thing merely
/// described by the party ("the Republican debate", "the Democratic nomination") names no
/// side.
const POLICY_NOUNS: &[&str] = &[
    "effort",
    "efforts",
    "budget",
    "budgets",
    "plan",
    "plans",
    "bill",
    "bills",
    "proposal",
    "proposals",
    "agenda",
    "policy",
    "policies",
    "platform",
    "legislation",
    "attempt",
    "attempts",
    "push",
    "bid",
    "attack",
    "attacks",
    "opposition",
    "obstruction",
    "obstructionism",
    "strategy",
];

/// "The Senate rejected Republican efforts to cut taxes": a party word of [`PARTY_WORDS`]
/// that no mention covers, as the modifier of a noun of [`POLICY_NOUNS`], names the US
/// party (USAPTY, as the actors stage codes "Republicans" in an American story; "the Senate
/// budget" the legislature, USALEG), only in a story whose country is the United States;
/// so does "the GOP" as a verb's or preposition's noun ("denounced the GOP"), which the
/// name tagger may leave out. Each with its sentence and role.
fn parties_of_policies(doc: &Document, covered: &[bool]) -> Vec<(Span, u32, &'static str)> {
    if doc.story_country.as_deref() != Some("USA") {
        return Vec::new();
    }
    let nouns = [Xpos::from_label("NN"), Xpos::from_label("NNS")];
    let modifiers = ["compound", "amod"].map(Deprel::from_label);
    let arguments = ["obj", "nsubj", "nsubj:pass", "obl", "nmod", "conj"].map(Deprel::from_label);
    let mut found = Vec::new();
    for (s, sent) in doc.sentences.iter().enumerate() {
        let (a, b) = (sent.tokens.start as usize, sent.tokens.end as usize);
        let b = b.min(doc.tokens.len());
        for k in a..b {
            let t = &doc.tokens[k];
            let Some(&(_, role)) = PARTY_WORDS.iter().find(|p| p.0 == doc.word(k)) else {
                continue;
            };
            if covered[k] {
                continue;
            }
            // ("the White House plan": a capitalised word before makes a longer name)
            if k > a
                && doc.word(k - 1).starts_with(|c: char| c.is_uppercase())
                && !doc.tokens[k - 1].upos.is("DET")
            {
                continue;
            }
            // ("GOP Rep. Chris Collins": a capitalised word after titles a name)
            let titles = k + 1 < b && doc.word(k + 1).starts_with(|c: char| c.is_uppercase());
            if doc.word(k) == "GOP" && arguments.contains(&t.deprel) && !titles {
                found.push((doc.tokens[k].span, s as u32, role));
                continue;
            }
            if !modifiers.contains(&t.deprel) {
                continue;
            }
            let h = t.head as usize;
            if t.head == NO_HEAD || !(k + 1..b).contains(&h) || covered[h] {
                continue;
            }
            // the policy noun with at most lower-case describing words between ("Republican
            // tax plan" has "tax", "the Republican Senate budget" a name: not this)
            let between_plain = (k + 1..h)
                .all(|j| doc.word(j).starts_with(|c: char| c.is_lowercase()) && !covered[j]);
            if !between_plain
                || !nouns.contains(&doc.tokens[h].xpos)
                || !POLICY_NOUNS.contains(&doc.word(h))
            {
                continue;
            }
            found.push((doc.tokens[k].span, s as u32, role));
        }
    }
    found
}

/// The states of the United States, one per line after the header (the actors stage's
/// `data/us_states.tsv`, first column).
const US_STATES: &str = include_str!("../../actors/data/us_states.tsv");

/// Verbs whose object place is where the subject goes or what it wins, never a side.
const PLACE_VERBS: &[&str] = &[
    "visit", "tour", "enter", "leave", "reach", "cross", "win", "carry", "lose", "sweep",
];

/// A US state named as a verb's direct object ("The Justice Department sued North
/// Carolina", "asked Texas to withdraw the law") is that state's government, a side the KB
/// cannot code: each such place no mention covers, with its sentence, printed by its text.
/// A place after a preposition ("in Texas") or a verb of going or winning ("visited
/// Texas", `PLACE_VERBS`) is where, not who.
fn states_as_objects(doc: &Document, covered: &[bool]) -> Vec<(Span, u32)> {
    let obj = Deprel::from_label("obj");
    let mut found = Vec::new();
    for place in &doc.places {
        if place.country.as_deref() != Some("USA") {
            continue;
        }
        let state = US_STATES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .filter_map(|l| l.split('\t').next())
            .any(|name| name == place.name && doc.slice(place.span) == name);
        if !state {
            continue;
        }
        let a = doc
            .tokens
            .partition_point(|t| t.span.end <= place.span.start);
        let b = doc
            .tokens
            .partition_point(|t| t.span.start < place.span.end);
        if a >= b || (a..b).any(|k| covered[k]) {
            continue;
        }
        // the phrase's head: the one word whose head is outside the place
        let mut heads = (a..b).filter(|&k| !(a..b).contains(&(doc.tokens[k].head as usize)));
        let (Some(h), None) = (heads.next(), heads.next()) else {
            continue;
        };
        let t = &doc.tokens[h];
        let verb = t.head != NO_HEAD
            && doc
                .tokens
                .get(t.head as usize)
                .is_some_and(|v| v.upos.is("VERB"));
        // ("Sanders visited Missouri", "carried Ohio": a place gone to or won, not a side)
        if t.deprel == obj && verb && !PLACE_VERBS.contains(&doc.lemma(t.head as usize)) {
            found.push((place.span, place.sentence));
        }
    }
    found
}

/// Does the noun at token `h` have an "of" phrase after it, within the sentence's tokens
/// `sent` ("a group *of senators*")?
fn counts_others(doc: &Document, sent: std::ops::Range<usize>, h: usize) -> bool {
    sent.clone().any(|c| {
        doc.tokens[c].head as usize == h
            && c > h
            && doc.tokens[c].deprel.as_str() == "nmod"
            && sent
                .clone()
                .any(|k| doc.tokens[k].head as usize == c && doc.word(k) == "of")
    })
}

/// Adds an uncoded group actor with one mention at `span` in sentence `s`; one with a `role`
/// (of [`parties_of_policies`]) is the US party or legislature, coded.
fn push_group(doc: &mut Document, span: Span, s: u32, role: Option<&str>) {
    let actor = doc.actors.len() as u32;
    let mut group = Actor::uncoded_person(doc.slice(span));
    group.kind = ActorKind::Group;
    if let Some(role) = role {
        group.kind = ActorKind::Organization;
        group.code = Some(format!("USA{role}"));
        group.country = Some("USA".to_string());
        group.role = Some(role.to_string());
    }
    doc.actors.push(group);
    push_mention(doc, span, s, actor, MentionForm::Description);
}

/// Records a mention of `actor` at `span` in sentence `s`, at the end of the document's
/// mentions and of the actor's.
fn push_mention(doc: &mut Document, span: Span, s: u32, actor: u32, form: MentionForm) {
    let m = doc.mentions.len() as u32;
    if let Some(a) = doc.actors.get_mut(actor as usize) {
        a.mentions.push(m);
        doc.mentions.push(Mention {
            span,
            actor,
            form,
            sentence: s,
        });
    }
}

/// "Police detained dozens of protesters and later released them": is `span` the subject
/// of the verb object pronoun `k` hangs on (or of the verb that verb is joined to by
/// "and")? An act's own subject is not its object ("themselves" would say so).
fn subject_of_verb(doc: &Document, k: usize, span: Span) -> bool {
    let head = |i: usize| {
        let h = doc.tokens.get(i)?.head;
        (h != NO_HEAD).then_some(h as usize)
    };
    let Some(v) = head(k) else { return false };
    let mut verbs = vec![v];
    if doc.tokens[v].deprel.as_str() == "conj" {
        verbs.extend(head(v));
    }
    // only the tokens inside `span` can be its subject
    let first = doc.tokens.partition_point(|t| t.span.start < span.start);
    (first..doc.tokens.len())
        .take_while(|&i| doc.tokens[i].span.end <= span.end)
        .any(|i| {
            doc.tokens[i].deprel.as_str().starts_with("nsubj")
                && head(i).is_some_and(|h| verbs.contains(&h))
        })
}

/// What a group pronoun stands for: the phrase [`add`] found starting there, or an actor
/// of the actors stage.
#[derive(Clone, Copy)]
enum Ante {
    Phrase(u32),
    Actor(u32),
}

/// "Police detained dozens of protesters and later released them", "Hundreds of farmers
/// marched on the capital. They demanded lower fuel prices": "they" or "them" that no
/// mention covers is the plural group phrase (of `plural`, found by [`add`]) nearest before
/// it in its sentence or the one before, when that phrase is the nearest of all mentions
/// (no party named between), the only plural group phrase there (by its words) and no
/// group actor of the actors stage is named there either; neither the pronoun nor the
/// phrase inside a quotation. Each pronoun comes with its sentence and the start of its
/// group's phrase.
fn group_pronouns(
    doc: &Document,
    covered: &[bool],
    plural: &[(Span, u32, Ante)],
) -> Vec<(Span, u32, Ante)> {
    let quoted = |at: u32| {
        doc.quotes
            .iter()
            .any(|q| q.kind != QuoteKind::Indirect && q.span.start <= at && at < q.span.end)
    };
    let mut out = Vec::new();
    for (s, sent) in doc.sentences.iter().enumerate() {
        let s = s as u32;
        let (a, b) = (sent.tokens.start as usize, sent.tokens.end as usize);
        for (k, &c) in covered.iter().enumerate().take(b).skip(a) {
            if c || !matches!(doc.word(k), "they" | "They" | "them") {
                continue;
            }
            let at = doc.tokens[k].span.start;
            if quoted(at) {
                continue;
            }
            let near = |x: u32, end: u32| (x == s || x + 1 == s) && end <= at;
            let groups: Vec<&(Span, u32, Ante)> = plural
                .iter()
                .filter(|(span, x, _)| near(*x, span.end))
                .collect();
            let Some(&&(group, _, ante)) = groups.iter().max_by_key(|g| g.0.start) else {
                continue;
            };
            let words = |span: Span| doc.slice(span).to_lowercase();
            if groups.iter().any(|g| words(g.0) != words(group)) || quoted(group.start) {
                continue;
            }
            // "people like them": a pronoun hanging on the group's own phrase is others
            let head = doc.tokens[k].head;
            let on_group = head != NO_HEAD
                && doc
                    .tokens
                    .get(head as usize)
                    .is_some_and(|t| group.start <= t.span.start && t.span.end <= group.end);
            if on_group || k > 0 && matches!(doc.word(k - 1), "like" | "as" | "than") {
                continue;
            }
            let others = doc
                .mentions
                .iter()
                .filter(|m| near(m.sentence, m.span.end))
                .filter(|m| !groups.iter().any(|g| g.0 == m.span))
                .filter(|m| !(doc.word(k) == "them" && subject_of_verb(doc, k, m.span)))
                .filter(|m| {
                    m.span.start > group.start
                        || doc
                            .actors
                            .get(m.actor as usize)
                            .is_some_and(|x| x.kind == ActorKind::Group)
                })
                .count();
            if others == 0 {
                out.push((doc.tokens[k].span, s, ante));
            }
        }
    }
    out
}

/// Removes the groups [`add`] added that no event or commitment points at.
pub(crate) fn drop_unused(doc: &mut Document, added: Option<Added>) {
    let Some(added) = added else { return };
    let mut used = vec![false; doc.mentions.len()];
    let refs = doc
        .events
        .iter()
        .flat_map(|e| [e.source, e.target])
        .chain(doc.commitments.iter().flat_map(|c| [c.by, c.to]));
    for m in refs.flatten().filter_map(|r| r.mention) {
        if let Some(u) = used.get_mut(m as usize) {
            *u = true;
        }
    }
    // `gone[m]`: mention `m` is an added group's that nothing uses.
    let mut gone = vec![false; doc.mentions.len()];
    let mut n_gone = 0;
    for &m in (doc.actors.get(added.actors_from..).unwrap_or_default())
        .iter()
        .flat_map(|a| &a.mentions)
    {
        if let Some(g) = gone.get_mut(m as usize) {
            if !used[m as usize] && !*g {
                *g = true;
                n_gone += 1;
            }
        }
    }
    if n_gone == 0 {
        return;
    }
    let is_gone = |m: &u32| gone.get(*m as usize).copied().unwrap_or(false);
    let mut mention_map = vec![None; doc.mentions.len()];
    let mut kept = Vec::with_capacity(doc.mentions.len() - n_gone);
    for (i, m) in std::mem::take(&mut doc.mentions).into_iter().enumerate() {
        if !gone[i] {
            mention_map[i] = Some(kept.len() as u32);
            kept.push(m);
        }
    }
    doc.mentions = kept;
    let mut actor_map: Vec<Option<u32>> = (0..doc.actors.len() as u32).map(Some).collect();
    let mut n = added.actors_from as u32;
    let actors = std::mem::take(&mut doc.actors);
    for (i, a) in actors.into_iter().enumerate() {
        if i < added.actors_from {
            doc.actors.push(a);
        } else if a.mentions.iter().any(|m| !is_gone(m)) {
            actor_map[i] = Some(n);
            n += 1;
            doc.actors.push(a);
        } else {
            actor_map[i] = None;
        }
    }
    let all = doc.actors.len();
    renumber(
        doc,
        all,
        |m| match mention_map.get(m as usize) {
            Some(x) => *x,
            None => Some(m),
        },
        |a| actor_map.get(a as usize).copied().unwrap_or(Some(a)),
    );
}

/// Renumbers every index into `doc.mentions` and `doc.actors` (a mapped-out mention or actor
/// leaves its reference empty); the mention lists of the first `upto` actors only.
fn renumber(
    doc: &mut Document,
    upto: usize,
    mention: impl Fn(u32) -> Option<u32>,
    actor: impl Fn(u32) -> Option<u32>,
) {
    for a in doc.actors.iter_mut().take(upto) {
        a.mentions = a.mentions.iter().filter_map(|&m| mention(m)).collect();
    }
    for m in &mut doc.mentions {
        m.actor = actor(m.actor).unwrap_or(m.actor);
    }
    let fix = |r: &mut Option<ActorRef>| {
        if let Some(x) = r {
            match actor(x.actor) {
                Some(a) => {
                    x.actor = a;
                    x.mention = x.mention.and_then(&mention);
                }
                None => *r = None,
            }
        }
    };
    for q in &mut doc.quotes {
        fix(&mut q.speaker);
        for s in &mut q.speakers {
            let mut r = Some(*s);
            fix(&mut r);
            if let Some(r) = r {
                *s = r;
            }
        }
    }
    for e in &mut doc.events {
        fix(&mut e.source);
        fix(&mut e.target);
    }
    for c in &mut doc.commitments {
        fix(&mut c.by);
        fix(&mut c.to);
    }
}
