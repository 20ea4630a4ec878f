//! Every actor a quote's source names as a speaker (`Quote::speakers`): the conjuncts of a
//! coordinated source ("Russia and China", "both Lavrov and Blinken", "France, Germany and
//! Britain") and the two actors a group phrase stands for ("the two ministers" after both
//! were named). The choice of `speaker` is not changed here: it comes first.

use attache_core::{ActorKind, ActorRef, Mention, MentionForm};

use super::{is_in, Ctx, Tokens};

/// Plural nouns of a group phrase that stands for people ("the two leaders").
const PEOPLE: &[&str] = &[
    "leaders",
    "ministers",
    "presidents",
    "premiers",
    "diplomats",
    "envoys",
    "men",
    "women",
    "candidates",
    "senators",
    "chiefs",
    "heads",
    "politicians",
    "negotiators",
    "lawmakers",
    "rivals",
];

/// Plural nouns of a group phrase that stands for states ("both countries").
const STATES: &[&str] = &[
    "countries",
    "nations",
    "governments",
    "states",
    "neighbours",
    "neighbors",
];

/// Plural nouns of a group phrase that stands for either ("both sides").
const EITHER: &[&str] = &["sides", "parties"];

impl Ctx<'_> {
    /// `Quote::speakers` for a quote whose source phrase covers `source` and whose chosen
    /// speaker is `speaker`.
    pub(super) fn speakers(&self, source: Tokens, speaker: Option<ActorRef>) -> Vec<ActorRef> {
        let group = self.group_members(source);
        match speaker {
            None => group,
            Some(sp) => {
                let coordinated = self.conjuncts(source, sp);
                if coordinated.len() > 1 {
                    return coordinated;
                }
                // "The two ministers" read as one of the two: that one first, then the other.
                if group.iter().any(|g| g.actor == sp.actor) {
                    let mut all = vec![sp];
                    all.extend(group.into_iter().filter(|g| g.actor != sp.actor));
                    return all;
                }
                vec![sp]
            }
        }
    }

    /// The speaker's mention and the mentions coordinated with it inside the source: after
    /// it, each joined to the one before by a comma, "and" or ", and", the last by "and"
    /// (a comma alone is an apposition: "Lavrov, Russia's minister"). A mention after any
    /// other word (a preposition: "the head of NATO", a possessive's noun) ends the list.
    fn conjuncts(&self, source: Tokens, speaker: ActorRef) -> Vec<ActorRef> {
        let Some(first) = speaker
            .mention
            .and_then(|m| self.doc.mentions.get(m as usize))
        else {
            return vec![speaker];
        };
        let (s0, s1) = (
            self.doc.tokens[source.0].span.start,
            self.doc.tokens[source.1 - 1].span.end,
        );
        // The object of a preposition inside the source ("the bombings in Kenya and
        // Tanzania", "a spokesperson for the Parks and Recreation Department") is no
        // speaker beside the head; "officials from X and Y" are X's and Y's, "candidates
        // like X and Y" are X and Y.
        let at_first = self.token_from(first.span.start).min(source.1);
        if (source.0..at_first).any(|t| {
            self.doc.tokens[t].upos.is("ADP")
                && !is_in(self.word(t), &["from", "like", "including", "as"])
        }) {
            return vec![speaker];
        }
        let mut list = vec![speaker];
        let mut joined_by_and = Vec::new();
        let mut at: &Mention = first;
        loop {
            let next = self
                .doc
                .mentions
                .iter()
                .enumerate()
                .filter(|(_, h)| h.span.start >= at.span.end && h.span.start > at.span.start)
                .filter(|(_, h)| h.span.end <= s1 && h.span.start >= s0)
                .min_by_key(|(_, h)| (h.span.start, std::cmp::Reverse(h.span.end)));
            let Some((i, h)) = next else {
                break;
            };
            let Some(and) = self.separator(at.span.end, h.span.start) else {
                break;
            };
            // A name after its premodifiers ("and Chinese President Xi Jinping") is the
            // conjunct, as for the first speaker.
            let (mut i, mut h) = (i, h);
            while let Some((j, n)) = self
                .doc
                .mentions
                .iter()
                .enumerate()
                .filter(|(_, n)| n.span.start > h.span.start && n.span.start >= h.span.end)
                .filter(|(_, n)| n.span.end <= s1)
                .min_by_key(|(_, n)| (n.span.start, std::cmp::Reverse(n.span.end)))
            {
                if n.form != MentionForm::Name || !self.only_premodifiers(h.span.end, n.span.start)
                {
                    break;
                }
                (i, h) = (j, n);
            }
            // A comma before another mention of the same actor is an apposition ("Ana
            // Lund, the former governor and ..."): the list ends there.
            if h.actor == at.actor {
                break;
            }
            // A conjunct modifying a noun after it names that noun's owner, not a speaker
            // ("the Ohio harbor board", "Reuters' Tomas Reyes"); with a plural noun both
            // own their part ("the Sanders and Clinton campaigns").
            if self.modifies_a_singular_noun(h.span.end, s1) {
                break;
            }
            list.push(ActorRef {
                actor: h.actor,
                mention: Some(i as u32),
            });
            joined_by_and.push(and);
            at = h;
        }
        // Commas between the first conjuncts, "and" before the last.
        while joined_by_and.last() == Some(&false) {
            joined_by_and.pop();
            list.pop();
        }
        let mut seen = Vec::new();
        list.retain(|r| {
            let new = !seen.contains(&r.actor);
            seen.push(r.actor);
            new
        });
        list
    }

    /// Whether the token starting at or after byte `end` (before `limit`) is a possessive
    /// marker or a singular common noun: the mention ending at `end` then modifies it (a
    /// proper noun may be the rest of a name split in two mentions).
    fn modifies_a_singular_noun(&self, end: u32, limit: u32) -> bool {
        let t = self.token_from(end);
        if t >= self.doc.tokens.len() || self.doc.tokens[t].span.start >= limit {
            return false;
        }
        let token = &self.doc.tokens[t];
        is_in(self.word(t), &["'", "\u{2019}", "'s", "\u{2019}s"]) || token.xpos.as_str() == "NN"
    }

    /// Whether the text from byte `from` to `to` only joins two conjuncts: `Some(true)` for
    /// "and" or ", and", `Some(false)` for a comma, `None` for anything else.
    fn separator(&self, from: u32, to: u32) -> Option<bool> {
        let (first, mut last) = (self.token_from(from), self.token_from(to));
        // The article and titles of the next conjunct when its mention leaves them out
        // ("and the", "and Sen.", "and campaign manager").
        while last > first + 1
            && (is_in(self.word(last - 1), &["the"])
                || matches!(
                    self.doc.tokens[last - 1].upos.as_str(),
                    "NOUN" | "PROPN" | "ADJ"
                ))
        {
            last -= 1;
        }
        let words: Vec<&str> = (first..last).map(|t| self.word(t)).collect();
        match words.as_slice() {
            [","] => Some(false),
            [w] | [",", w] if is_in(w, &["and", "&"]) => Some(true),
            _ => None,
        }
    }

    /// The two actors a group phrase ("the two leaders", "both countries", "both sides")
    /// stands for: exactly two actors of its kind named in the sentence before or in the
    /// same sentence before the phrase. Empty for any other source, or with fewer or more
    /// candidates.
    fn group_members(&self, (a, b): Tokens) -> Vec<ActorRef> {
        let mut end = b;
        while end > a && !self.word(end - 1).chars().any(char::is_alphanumeric) {
            end -= 1;
        }
        let words: Vec<&str> = (a..end).map(|t| self.word(t)).collect();
        // "Both" or "the two" alone: two people.
        let alone = match words.as_slice() {
            [both] => is_in(both, &["both"]),
            [the, two] => is_in(the, &["the"]) && is_in(two, &["two"]),
            _ => false,
        };
        if alone {
            return self.two_named_before(a, &[ActorKind::Person]);
        }
        if end < a + 2 {
            return Vec::new();
        }
        let counted = match words.as_slice() {
            [both, ..] if is_in(both, &["both"]) => true,
            // Not a bare "two senators": that introduces two people, not the two named.
            [the, two, ..] if is_in(the, &["the"]) && is_in(two, &["two"]) => true,
            _ => false,
        };
        // Only nouns and adjectives between the count and the head ("the two foreign
        // ministers"), so that "both ministers of the bloc" is no group of two.
        let head = words[words.len() - 1];
        let modifiers_only = (a + 1..end - 1).all(|t| {
            matches!(
                self.doc.tokens[t].upos.as_str(),
                "ADJ" | "NOUN" | "NUM" | "DET"
            )
        });
        if !counted || !modifiers_only {
            return Vec::new();
        }
        let kinds: &[ActorKind] = if is_in(head, PEOPLE) {
            &[ActorKind::Person]
        } else if is_in(head, STATES) {
            &[ActorKind::Country]
        } else if is_in(head, EITHER) {
            &[ActorKind::Person, ActorKind::Country]
        } else {
            return Vec::new();
        };
        self.two_named_before(a, kinds)
    }

    /// The two actors of the first of `kinds` that has exactly two named in the sentence
    /// before token `a` or in its own sentence before it.
    fn two_named_before(&self, a: usize, kinds: &[ActorKind]) -> Vec<ActorRef> {
        let start = self.doc.tokens[a].span.start;
        let sentence = self.sent_of[a];
        for &kind in kinds {
            let mut found: Vec<ActorRef> = Vec::new();
            for (i, m) in self.doc.mentions.iter().enumerate() {
                let near = m.sentence == sentence || m.sentence + 1 == sentence;
                let is_kind = self
                    .doc
                    .actors
                    .get(m.actor as usize)
                    .is_some_and(|x| x.kind == kind);
                // An adjective ("a French company") names no party that could speak.
                if !near || !is_kind || m.span.end > start || m.form == MentionForm::Adjective {
                    continue;
                }
                let r = ActorRef {
                    actor: m.actor,
                    mention: Some(i as u32),
                };
                // The actor's last mention before the phrase stands for it.
                match found.iter_mut().find(|f| f.actor == m.actor) {
                    Some(f) => *f = r,
                    None => found.push(r),
                }
            }
            if found.len() == 2 {
                return found;
            }
        }
        Vec::new()
    }
}
