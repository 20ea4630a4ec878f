//! Predicate frames: for one trigger token, its arguments (subject, object, prepositional
//! phrases, complement, condition) as actor mentions, and its modality (negated, modal,
//! inside a condition). Read from the dependency parse when the sentence has one, else
//! from the word sequence ("surface" reading).

use attache_core::{Actor, ActorKind, CueClass, Document, Mention, MentionForm, Span, NO_HEAD};

use crate::lexicon::Lexicon;

/// Prepositions that open a phrase whose actor is not a subject or object.
const PREPS: &[&str] = &[
    "in", "with", "on", "to", "of", "from", "by", "against", "at", "for", "about", "over",
    "between", "into", "near", "across", "along", "toward", "towards", "through", "under",
    "behind", "outside", "inside", "during", "after", "before", "since", "among", "amid",
    "without", "via", "per", "like", "onto", "around", "beyond", "despite",
];
const NEGATORS: &[&str] = &["not", "n't", "never", "no", "neither", "nor", "nowhere"];
pub(crate) const MODALS: &[&str] = &[
    "will", "would", "may", "might", "could", "can", "shall", "should", "must", "'ll", "wo", "ca",
    "going",
];
/// Verbs whose infinitival complement has not happened (yet): "plans to invade".
const INTENT: &[&str] = &[
    "plan",
    "plans",
    "planned",
    "planning",
    "intend",
    "intends",
    "intended",
    "intending",
    "prepare",
    "prepares",
    "prepared",
    "preparing",
    "want",
    "wants",
    "wanted",
    "seek",
    "seeks",
    "sought",
    "seeking",
    "hope",
    "hopes",
    "hoped",
    "hoping",
    "expect",
    "expects",
    "expected",
    "aim",
    "aims",
    "aimed",
    "try",
    "tries",
    "tried",
    "trying",
    "attempt",
    "attempts",
    "attempted",
    "ready",
    "willing",
    "likely",
    "set",
    "poised",
    "threaten",
    "threatens",
    "threatened",
    "promise",
    "promised",
    "promises",
    "pledge",
    "pledged",
    "vow",
    "vowed",
    "agree",
    "agreed",
    "agrees",
    "offer",
    "offered",
    "refuse",
    "refused",
    "decline",
    "declined",
    "urge",
    "urged",
    "call",
    "called",
    "calls",
    "ask",
    "asked",
    "demand",
    "demanded",
    "able",
    "due",
    "scheduled",
    "considering",
    "consider",
    "considers",
    "weighing",
    "mulling",
    "going",
    "about",
    "need",
    "needs",
    "needed",
    "require",
    "requires",
    "required",
    "propose",
    "proposed",
];
/// Verbs whose object does what their infinitive says ("urged Iran to halt", "sent troops to
/// retake the town"); after other verbs a purpose infinitive is the subject's act.
pub(crate) const OBJECT_CONTROL: &[&str] = &[
    "urge",
    "ask",
    "order",
    "tell",
    "send",
    "deploy",
    "dispatch",
    "invite",
    "allow",
    "permit",
    "force",
    "encourage",
    "persuade",
    "press",
    "pressure",
    "authorize",
    "authorise",
    "instruct",
    "direct",
    "request",
    "call",
    "help",
    "enable",
    "compel",
    "coerce",
    "push",
    "oblige",
    "mandate",
    "task",
    "commission",
    "empower",
    "expect",
    "want",
    "need",
    "train",
    "hire",
    "recruit",
    "appoint",
];
/// The verbs of [`OBJECT_CONTROL`] that make their object do the act by word or pressure
/// ("persuaded the voters to", "forced the banks to"); a sender's or hirer's object acts for
/// the subject.
const PERSUASION_VERBS: &[&str] = &[
    "urge",
    "ask",
    "order",
    "tell",
    "invite",
    "allow",
    "permit",
    "force",
    "encourage",
    "persuade",
    "convince",
    "press",
    "pressure",
    "instruct",
    "compel",
    "coerce",
    "oblige",
];
/// Verbs whose infinitival complement did not happen: "failed to reach agreement".
const FAILED: &[&str] = &["fail", "fails", "failed", "failing"];
/// Words that end a clause when reading leftwards from a trigger.
const LEFT_STOP: &[&str] = &[
    ";", ":", "that", "which", "who", "whom", "whose", "if", "unless", "while", "whereas",
    "although", "though", "because", "after", "before", "when", "since", "until", "but", "\"",
    "\u{201c}", "\u{201d}", "whether", "where", "once", "as",
];
/// Words that end a clause when reading rightwards from a trigger.
const RIGHT_STOP: &[&str] = &[
    ";",
    ".",
    "while",
    "whereas",
    "but",
    "although",
    "though",
    "because",
    "if",
    "unless",
    "when",
    "after",
    "before",
    "said",
    "says",
    "told",
    "according",
    "who",
    "which",
    "whose",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "adding",
    "saying",
    "since",
    "until",
    "as",
    "where",
    "whether",
    "despite",
];
const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am", "get", "got", "gets",
];
/// Words allowed between a passive auxiliary and its participle.
const PASSIVE_GAP: &[&str] = &[
    "not",
    "n't",
    "never",
    "also",
    "reportedly",
    "allegedly",
    "being",
    "been",
    "widely",
    "repeatedly",
    "already",
    "formally",
    "officially",
    "now",
    "often",
    "be",
    "openly",
    "publicly",
    "still",
    "recently",
    "again",
];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "my", "your",
    "'s", "any", "every", "each", "such", "no", "new", "recent", "latest", "first", "further",
    "fresh",
];

/// Max tokens read to the right of a trigger on the surface.
const RIGHT_WINDOW: usize = 24;

pub fn is_in(w: &str, set: &[&str]) -> bool {
    set.contains(&w)
}

/// Words before a conditional "provided" or "providing" that state the main act as one to
/// come ("will reopen the consulate provided Syria withdraws").
const PROVIDED_MODALS: &[&str] = &[
    "will", "would", "could", "can", "may", "might", "shall", "'ll", "ready", "willing",
    "prepared", "offered", "agreed",
];

/// Words before an "if" that make it no condition: verbs of asking or finding out, after
/// which "if" is "whether" ("to see if", "asked if", "wonder if").
const IF_AS_WHETHER: &[&str] = &[
    "see",
    "ask",
    "asked",
    "asks",
    "asking",
    "wonder",
    "wondered",
    "wondering",
    "know",
    "knew",
    "check",
    "checked",
    "determine",
    "decide",
    "learn",
    "unclear",
    "uncertain",
];

/// Is the "if" at local token `k` of the sentence starting at token `start` the "if not" of
/// a stronger alternative, with no verb before the phrase ends ("back their struggle for
/// autonomy, if not for independence") or an "if" that asks whether (`IF_AS_WHETHER`)? It
/// states no condition ("if not resolved" does).
pub(crate) fn concessive_if(
    doc: &Document,
    start: usize,
    lower: &[std::borrow::Cow<'_, str>],
    k: usize,
) -> bool {
    if lower.get(k).is_none_or(|w| w != "if") {
        return false;
    }
    // "to see if a deal was possible", "asked if he would" ask whether
    if k >= 1 && is_in(lower[k - 1].as_ref(), IF_AS_WHETHER) {
        return true;
    }
    lower.get(k + 1).is_some_and(|w| w == "not")
        && lower[k + 2..]
            .iter()
            .zip(&doc.tokens[start + k + 2..])
            .take_while(|(w, _)| !matches!(w.as_ref(), "," | ";" | ":" | "."))
            .all(|(_, t)| {
                let x = t.xpos.as_str();
                !x.starts_with("VB") && x != "MD"
            })
}

/// Does local token `k` of the sentence starting at token `start` open a condition other than
/// "if" and "unless": "as long as" / "so long as", "on (the) condition that", a conditional
/// "provided" or "providing" (with "that", or after a modal or readiness word, before a
/// subject and a present-tense verb: "will reopen ... provided Syria withdraws"; not "provided
/// Ukraine with arms"), or an inverted "should" before its subject ("..., should the African
/// Union request it"; not after a wh-word: "what should the UN do")? Its verb states what must happen first, as an if-clause's does.
fn condition_opener(
    doc: &Document,
    start: usize,
    lower: &[std::borrow::Cow<'_, str>],
    k: usize,
) -> bool {
    let w = |i: usize| lower.get(i).map_or("", |x| x.as_ref());
    let xpos = |i: usize| doc.tokens[start + i].xpos.as_str();
    let nominal = |i: usize| {
        i < lower.len()
            && matches!(
                xpos(i),
                "DT" | "NNP" | "NNPS" | "NN" | "NNS" | "PRP" | "PRP$" | "JJ" | "CD"
            )
    };
    // The first verb after `k` before the clause ends, if it is finite and present, with no
    // relative word before it ("provided evidence that shows ..." is no condition).
    let present_verb_after = |k: usize| {
        for i in k + 1..lower.len() {
            let x = w(i);
            if matches!(
                x,
                "," | ";" | ":" | "." | "that" | "which" | "who" | "with" | "to"
            ) {
                return false;
            }
            let t = xpos(i);
            if t.starts_with("VB") || t == "MD" {
                return matches!(t, "VBZ" | "VBP" | "MD");
            }
        }
        false
    };
    match w(k) {
        "as" | "so" => {
            w(k + 1) == "long" && w(k + 2) == "as" && !(w(k) == "as" && k > 0 && w(k - 1) == "so")
        }
        "on" => {
            (w(k + 1) == "condition" && w(k + 2) == "that")
                || (w(k + 1) == "the" && w(k + 2) == "condition" && w(k + 3) == "that")
        }
        "provided" | "providing" => {
            if w(k + 1) == "that" {
                return k > 0 && !matches!(xpos(k - 1), "NNP" | "NNPS" | "PRP");
            }
            k > 0
                && !matches!(
                    w(k - 1),
                    "have" | "has" | "had" | "be" | "been" | "was" | "were" | "is" | "are"
                )
                && (0..k).any(|i| is_in(w(i), PROVIDED_MODALS))
                && nominal(k + 1)
                && present_verb_after(k)
        }
        "should" => {
            (k == 0
                || !matches!(
                    w(k - 1),
                    "why" | "what" | "how" | "where" | "when" | "who" | "which" | "whom"
                ))
                && nominal(k + 1)
                && !matches!(w(k + 1), "not")
                && ((k + 2..lower.len())
                    .take_while(|&i| !matches!(w(i), "," | ";" | "."))
                    .any(|i| matches!(xpos(i), "VB" | "VBP"))
                    // "Should Russia attack Estonia, NATO will ...": at the sentence's start,
                    // before a comma and in no question, whatever the tagger made of the
                    // verb.
                    || k == 0
                        && lower.iter().any(|x| x == ",")
                        && !lower.iter().any(|x| x == "?"))
        }
        _ => false,
    }
}

/// The dependents of each token of a parsed sentence (local indices, in sentence order),
/// all in one array: token `k`'s are `kids[first[k]..first[k + 1]]`. Empty (every `get`
/// none) for a sentence with no parse.
#[derive(Debug, Default)]
pub struct Kids {
    first: Vec<u32>,
    kids: Vec<u32>,
}

impl Kids {
    /// The dependents of the tokens whose (local) heads are `heads`.
    fn new(heads: &[Option<usize>]) -> Kids {
        let mut first = vec![0u32; heads.len() + 1];
        for &h in heads.iter().flatten() {
            first[h + 1] += 1;
        }
        for k in 1..first.len() {
            first[k] += first[k - 1];
        }
        let mut next = first.clone();
        let mut kids = vec![0u32; first[heads.len()] as usize];
        for (k, h) in heads.iter().enumerate() {
            if let Some(h) = *h {
                kids[next[h] as usize] = k as u32;
                next[h] += 1;
            }
        }
        Kids { first, kids }
    }

    /// The dependents of token `k`; none past the sentence or when it has no parse.
    pub fn get(&self, k: usize) -> Option<&[u32]> {
        let (&lo, &hi) = (self.first.get(k)?, self.first.get(k + 1)?);
        self.kids.get(lo as usize..hi as usize)
    }
}

impl std::ops::Index<usize> for Kids {
    type Output = [u32];

    /// The dependents of token `k`, which must be a token of a parsed sentence.
    fn index(&self, k: usize) -> &[u32] {
        let (lo, hi) = (self.first[k], self.first[k + 1]);
        &self.kids[lo as usize..hi as usize]
    }
}

/// The lower case of `w`: borrowed when `w` is already ASCII lower case, else a copy.
pub(crate) fn lower_case(w: &str) -> std::borrow::Cow<'_, str> {
    if w.bytes().any(|b| b.is_ascii_uppercase()) || !w.is_ascii() {
        std::borrow::Cow::Owned(w.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

/// Per-sentence view with lower-case words and mention lookup.
pub struct Ctx<'a> {
    pub doc: &'a Document,
    pub lex: &'a Lexicon,
    /// Global index of the sentence's first token.
    pub start: usize,
    pub end: usize,
    pub lower: Vec<std::borrow::Cow<'a, str>>,
    /// Mention index covering each token of the sentence.
    pub mention_at: Vec<Option<u32>>,
    /// Mention index of an uncoded person, group or organisation covering each token.
    pub uncoded_at: Vec<Option<u32>>,
    /// Spans of the sentence's actor mentions that no code names ("Western governments").
    pub uncoded: Vec<Span>,
    /// Spans of the sentence's coded actor mentions.
    pub coded: Vec<Span>,
    /// Dependents of each token (local indices), filled when the sentence is parsed.
    pub children: Kids,
    /// Head (local) and relation of each token, as parsed, after [`rejoin_auxiliaries`] and
    /// [`rejoin_fronted_subject`].
    heads: Vec<Option<usize>>,
    rels: Vec<&'static str>,
    pub parsed: bool,
    /// If-clauses on the surface: (first token, end token exclusive), local.
    pub conditions: Vec<(usize, usize)>,
}

impl<'a> Ctx<'a> {
    /// Does local token `k` open a condition: "unless", or an "if" that is no concessive
    /// "if not" ([`concessive_if`])?
    pub fn condition_word(&self, k: usize) -> bool {
        self.clause_condition_word(k) && !self.even_if(k)
    }

    /// Does local token `k` open a clause whose own verb is no fact: a condition of
    /// [`Ctx::condition_word`] or an "even if" ("even if they criticize you": the criticism
    /// is supposed; what the clause leads to holds whatever happens, so it conditions no
    /// other act)?
    pub fn clause_condition_word(&self, k: usize) -> bool {
        match self.lower.get(k).map(|w| w.as_ref()) {
            Some("unless") => true,
            Some("if") => !concessive_if(self.doc, self.start, &self.lower, k),
            _ => false,
        }
    }

    /// Is local token `k` the "if" of "even if"?
    pub fn even_if(&self, k: usize) -> bool {
        k >= 1 && self.lower[k] == "if" && self.lower[k - 1] == "even"
    }

    pub fn new(doc: &'a Document, lex: &'a Lexicon, s: usize, mentions: &[u32]) -> Ctx<'a> {
        let r = &doc.sentences[s].tokens;
        let (start, end) = (r.start as usize, (r.end as usize).min(doc.tokens.len()));
        let start = start.min(end);
        let n = end - start;
        let lower: Vec<std::borrow::Cow<'a, str>> = (start..end)
            .map(|i| {
                let w = doc.word(i);
                // Curly apostrophes read as straight ones: "’s", and "n’t" a negation
                // ("hadn’t received") as "n't" is.
                let w = match w {
                    "\u{2019}s" => "'s",
                    "n\u{2019}t" | "N\u{2019}T" | "N\u{2019}t" => "n't",
                    _ => w,
                };
                lower_case(w)
            })
            .collect();
        let mut mention_at = vec![None; n];
        let mut uncoded_at = vec![None; n];
        let mut uncoded = Vec::new();
        let mut coded = Vec::new();
        for &m in mentions {
            let Some(ment) = doc.mentions.get(m as usize) else {
                continue;
            };
            let Some(actor) = doc.actors.get(ment.actor as usize) else {
                continue;
            };
            // Uncoded mentions ("officials", "military" as a modifier) are not actors in the
            // frames; a person, group or organisation among them ("Opposition leader Ana
            // Vidal") may still fill a slot no coded actor fills (`uncoded_at`).
            let slots = if actor.code.is_none() {
                uncoded.push(ment.span);
                if !uncoded_actor(doc, ment, actor) {
                    continue;
                }
                &mut uncoded_at
            } else {
                coded.push(ment.span);
                &mut mention_at
            };
            let toks = &doc.tokens[start..end];
            let first = toks.partition_point(|t| t.span.end <= ment.span.start);
            for (k, slot) in slots.iter_mut().enumerate().skip(first) {
                let t = toks[k].span;
                if t.start >= ment.span.end {
                    break;
                }
                if ment.span.contains(t) && slot.is_none() {
                    *slot = Some(m);
                }
            }
        }
        let parsed = (start..end).any(|i| doc.tokens[i].head != NO_HEAD);
        let mut heads: Vec<Option<usize>> = (start..end)
            .map(|i| {
                let h = doc.tokens[i].head;
                (h != NO_HEAD && (h as usize) >= start && (h as usize) < end && h as usize != i)
                    .then(|| h as usize - start)
            })
            .collect();
        let mut rels: Vec<&'static str> = (start..end)
            .map(|i| doc.tokens[i].deprel.as_str())
            .collect();
        let mut children = Kids::default();
        if parsed {
            rejoin_auxiliaries(doc, start, &mut heads, &mut rels);
            rehang_time_subject(doc, start, &mut heads, &mut rels);
            rejoin_fronted_subject(doc, start, &mut heads, &mut rels);
            rejoin_participle_root(doc, start, &mut heads, &mut rels);
            rejoin_named_talks(doc, start, &mut heads, &mut rels);
            children = Kids::new(&heads);
        }
        let mut conditions = Vec::new();
        for (k, w) in lower.iter().enumerate() {
            if (w == "if" && !concessive_if(doc, start, &lower, k))
                || w == "unless"
                || condition_opener(doc, start, &lower, k)
            {
                let stop = (k + 1..n)
                    .find(|&j| matches!(lower[j].as_ref(), "," | ";" | "then" | "\"" | "\u{201d}"))
                    .unwrap_or(n);
                conditions.push((k, stop));
            }
        }
        Ctx {
            doc,
            lex,
            start,
            end,
            lower,
            mention_at,
            uncoded_at,
            uncoded,
            coded,
            children,
            heads,
            rels,
            parsed,
            conditions,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn word(&self, k: usize) -> &str {
        self.lower.get(k).map_or("", |w| w.as_ref())
    }

    pub fn span(&self, k: usize) -> Span {
        self.doc.tokens[self.start + k].span
    }

    pub fn deprel(&self, k: usize) -> &'static str {
        self.rels.get(k).copied().unwrap_or("")
    }

    pub fn lemma(&self, k: usize) -> &str {
        let l = self.doc.lemma(self.start + k);
        if l.is_empty() {
            self.word(k)
        } else {
            l
        }
    }

    pub fn head(&self, k: usize) -> Option<usize> {
        self.heads.get(k).copied().flatten()
    }

    /// Whether the tagger called token `k` a verb.
    pub(crate) fn is_verb_token(&self, k: usize) -> bool {
        self.doc.tokens[self.start + k].upos.is("VERB")
    }

    /// Whether an auxiliary of verb `v` (a child `aux`, `aux:pass`) has a PTB tag of `tags`
    /// ("would" MD: `&["MD"]`).
    pub(crate) fn aux_tagged(&self, v: usize, tags: &[&str]) -> bool {
        self.kids(v).any(|a| {
            self.deprel(a).starts_with("aux")
                && tags.contains(&self.doc.tokens[self.start + a].xpos.as_str())
        })
    }

    /// Whether verb `v` or one of its auxiliaries has a PTB tag of `tags` (a finite clause:
    /// `&["VBD", "VBZ", "VBP", "MD"]`).
    pub(crate) fn tagged_or_aux(&self, v: usize, tags: &[&str]) -> bool {
        tags.contains(&self.doc.tokens[self.start + v].xpos.as_str()) || self.aux_tagged(v, tags)
    }

    pub(crate) fn kids(&self, k: usize) -> impl Iterator<Item = usize> + '_ {
        self.children
            .get(k)
            .into_iter()
            .flatten()
            .map(|&c| c as usize)
    }

    /// Appends the tokens (local) of `k`'s subtree to `out`, `k` first, at most 512.
    pub fn subtree(&self, k: usize, out: &mut Vec<usize>) {
        // (room for the whole sentence at once: no growing token by token)
        out.reserve(self.len().min(512));
        self.walk_subtree(k, |x| out.push(x));
    }

    /// Local token range of `k`'s subtree, end exclusive (of the tokens [`Ctx::subtree`]
    /// gives).
    pub fn subtree_span(&self, k: usize) -> (usize, usize) {
        let (mut lo, mut hi) = (k, k);
        self.walk_subtree(k, |x| {
            lo = lo.min(x);
            hi = hi.max(x);
        });
        (lo, hi + 1)
    }

    /// Calls `visit` on each token of `k`'s subtree, depth first from `k`, stopping after
    /// 512 (a guard against a cycle).
    fn walk_subtree(&self, k: usize, mut visit: impl FnMut(usize)) {
        let mut stack = Vec::with_capacity(16);
        stack.push(k);
        let mut guard = 0;
        while let Some(x) = stack.pop() {
            guard += 1;
            if guard > 512 {
                break;
            }
            visit(x);
            if let Some(kids) = self.children.get(x) {
                stack.extend(kids.iter().map(|&c| c as usize));
            }
        }
    }

    fn preceded_by_prep(&self, m_first: usize) -> bool {
        let p = self.after_determiners_before(m_first);
        p > 0 && is_in(self.word(p - 1), PREPS)
    }

    /// The first local token of the run of determiners (not "'s") that ends right before
    /// local token `first`; `first` itself when none stands there ("with *the* envoy").
    fn after_determiners_before(&self, first: usize) -> usize {
        let mut p = first;
        while p > 0 && is_in(self.word(p - 1), DETERMINERS) && self.word(p - 1) != "'s" {
            p -= 1;
        }
        p
    }

    /// First local token of mention `m` in the sentence, if it has one there.
    pub(crate) fn first_token_of(&self, m: u32) -> Option<usize> {
        (0..self.len()).find(|&k| self.mention_at[k] == Some(m))
    }

    /// First local token of the mention covering `k`.
    fn mention_first(&self, k: usize) -> usize {
        let m = self.mention_at[k];
        let mut j = k;
        while j > 0 && self.mention_at[j - 1] == m {
            j -= 1;
        }
        j
    }

    fn mention_last(&self, k: usize) -> usize {
        let m = self.mention_at[k];
        let mut j = k;
        while j + 1 < self.len() && self.mention_at[j + 1] == m {
            j += 1;
        }
        j
    }
}

/// "A spokesman said Monday that Obama has long called for tax fairness": the parse may hang
/// the time after a verb of saying on the reported clause as a second, passive subject, so
/// that the clause's perfect reads as a passive and its subject as the one acted on. A
/// subject that is a time expression, with only its own words between it and the reported
/// clause's "that" (or other marker), and whose verb is a complement of an earlier verb,
/// is that earlier verb's time.
fn rehang_time_subject(
    doc: &Document,
    start: usize,
    heads: &mut [Option<usize>],
    rels: &mut [&'static str],
) {
    let n = heads.len();
    let timed = |k: usize| {
        let t = doc.tokens[start + k].span;
        doc.times.iter().any(|x| x.span.contains(t))
    };
    for k in 0..n {
        if !matches!(rels[k], "nsubj" | "nsubj:pass") || !timed(k) {
            continue;
        }
        let Some(v) = heads[k].filter(|&v| v > k) else {
            continue;
        };
        let Some(mark) = (k + 1..v).find(|&j| heads[j] == Some(v) && rels[j] == "mark") else {
            continue;
        };
        if !(k + 1..mark).all(timed) {
            continue;
        }
        let Some(h) = heads[v].filter(|&h| h < k && rels[v] == "ccomp") else {
            continue;
        };
        heads[k] = Some(h);
        rels[k] = "obl:tmod";
    }
}

/// "that Russia has nowhere and never threatened the Ukrainian people": the parse may make a
/// perfect or progressive auxiliary the head of its clause (with the subject and "that") and
/// hang the participle after it elsewhere, as a conjunct of an earlier verb, so that the act
/// would inherit that verb's modality ("I would like to remind ..."). When only adverbs and
/// conjunctions stand between the auxiliary and a participle that does not depend on it,
/// the participle takes the auxiliary's place and dependents, and the auxiliary becomes its
/// `aux`. A conjunct opened by "that" with a subject of its own is a complement clause.
/// `heads` and `rels` are the sentence's local heads and relations.
fn rejoin_auxiliaries(
    doc: &Document,
    start: usize,
    heads: &mut [Option<usize>],
    rels: &mut [&'static str],
) {
    let n = heads.len();
    for a in 0..n {
        let tok = &doc.tokens[start + a];
        if !tok.upos.is("AUX") {
            continue;
        }
        let word = doc.word(start + a);
        let is_any = |forms: &[&str]| forms.iter().any(|f| word.eq_ignore_ascii_case(f));
        let perfect = is_any(&["has", "have", "had"]);
        let progressive = is_any(&["is", "are", "was", "were"]);
        if !(perfect || progressive)
            || rels[a].starts_with("aux")
            || rels[a] == "cop"
            || !(0..n).any(|c| heads[c] == Some(a) && rels[c].starts_with("nsubj"))
        {
            continue;
        }
        let Some(v) = (a + 1..n.min(a + 6)).find(|&j| {
            let t = &doc.tokens[start + j];
            !(t.upos.is("ADV") || t.upos.is("CCONJ") || t.upos.is("PART"))
        }) else {
            continue;
        };
        let vt = &doc.tokens[start + v];
        let form = vt.xpos.as_str();
        // (A tagger may call the participle a past tense: "has never threatened" VBD.)
        let fits = if perfect {
            matches!(form, "VBN" | "VBD")
        } else {
            form == "VBG"
        };
        if !vt.upos.is("VERB")
            || !fits
            || heads[v] == Some(a)
            || (v + 1..n).any(|c| heads[c] == Some(a) && rels[c] == "obj")
            // Not when the auxiliary is below the participle already.
            || {
                let mut h = heads[a];
                let mut steps = 0;
                while let Some(x) = h.filter(|&x| x != v && steps < 64) {
                    h = heads[x];
                    steps += 1;
                }
                h == Some(v)
            }
        {
            continue;
        }
        for (c, h) in heads.iter_mut().enumerate() {
            if *h == Some(a) && c != v {
                *h = Some(v);
            }
        }
        heads[v] = heads[a];
        rels[v] = rels[a];
        heads[a] = Some(v);
        rels[a] = "aux";
    }
    // "We would like to stress that Ukraine has never shelled Russian villages" with
    // `shelled` a conjunct of `stress`: a verb opened by "that" with a subject of its own is
    // the complement clause, not a second predicate sharing the first one's modality.
    for v in 0..n {
        if rels[v] != "conj" || !doc.tokens[start + v].upos.is("VERB") {
            continue;
        }
        let kids: Vec<usize> = (0..n).filter(|&c| heads[c] == Some(v)).collect();
        let that = kids
            .iter()
            .copied()
            .find(|&c| rels[c] == "mark" && doc.word(start + c).eq_ignore_ascii_case("that"));
        // Not after a noun, which the clause may describe ("denounced suggestions by X that
        // they would deport ...").
        let after_verb = |m: usize| {
            heads[v].is_some_and(|h| {
                h < m
                    && (h + 1..m).all(|j| {
                        let u = doc.tokens[start + j].upos;
                        !(u.is("NOUN") || u.is("PROPN"))
                    })
            })
        };
        if that.is_some_and(after_verb) && kids.iter().any(|&c| rels[c] == "nsubj") {
            rels[v] = "ccomp";
        }
    }
}

/// "After meeting Russian officials in Geneva, Antony Blinken proposed talks": the parse may
/// hang the name after the comma that closes a fronted phrase on a noun of that phrase (as
/// its conjunct or apposition), leaving the main verb with no subject. A run of proper nouns
/// right before a root verb with no subject (past its auxiliaries and adverbs), after that
/// comma, whose one head lies before the comma, is the verb's subject.
fn rejoin_fronted_subject(
    doc: &Document,
    start: usize,
    heads: &mut [Option<usize>],
    rels: &mut [&'static str],
) {
    let n = heads.len();
    let upos = |k: usize| doc.tokens[start + k].upos;
    for v in 0..n {
        if rels[v] != "root"
            || !upos(v).is("VERB")
            || (0..n).any(|c| {
                heads[c] == Some(v)
                    && (rels[c].starts_with("nsubj") || rels[c].starts_with("csubj"))
            })
        {
            continue;
        }
        let mut last = v;
        while last > 0
            && (upos(last - 1).is("AUX") || upos(last - 1).is("PART") || upos(last - 1).is("ADV"))
        {
            last -= 1;
        }
        if last == 0 || !upos(last - 1).is("PROPN") {
            continue;
        }
        let mut first = last - 1;
        while first > 0 && upos(first - 1).is("PROPN") {
            first -= 1;
        }
        if first < 2 || doc.word(start + first - 1) != "," {
            continue;
        }
        let outside: Vec<usize> = (first..last)
            .filter(|&k| heads[k].is_none_or(|h| !(first..last).contains(&h)))
            .collect();
        // (The rest of the name may hang on the same noun: "Geneva, Antony Blinken" with
        // both words on "Geneva".)
        let Some(&head) = outside.first() else {
            continue;
        };
        let rest = &outside[1..];
        if rest
            .iter()
            .any(|&k| rels[k] != "flat" || heads[k] != heads[head])
            || heads[head].is_none_or(|h| h >= first - 1)
            || !matches!(
                rels[head],
                "appos" | "conj" | "nmod:unmarked" | "nmod" | "compound"
            )
            || (0..n).any(|c| heads[c] == Some(head) && rels[c] == "cc")
        {
            continue;
        }
        for &k in rest {
            heads[k] = Some(head);
        }
        heads[head] = Some(v);
        rels[head] = if (0..n).any(|c| heads[c] == Some(v) && rels[c] == "aux:pass") {
            "nsubj:pass"
        } else {
            "nsubj"
        };
    }
}

/// "The Krenz talks with Kohl ended", "the Kohl talks with Krenz were cordial": "talks" the
/// tagger read as a verb (VBZ) after "the" and capitalised proper nouns (a name after "the"
/// is no subject), with a preposition and at most four words that are no verb before a
/// finite verb, where the parse's root is "talks" or that verb: the verb becomes the root,
/// "talks" its subject, the names before it its compounds and the phrase after the
/// preposition its nominal modifier, so the talks' frame reads the name before it as its
/// doer and the one after "with" as its partner (the tag stays: the verb frame codes it).
fn rejoin_named_talks(
    doc: &Document,
    start: usize,
    heads: &mut [Option<usize>],
    rels: &mut [&'static str],
) {
    let n = heads.len();
    let tok = |k: usize| &doc.tokens[start + k];
    let word = |k: usize| doc.word(start + k);
    let Some(t) = (2..n).find(|&k| {
        word(k) == "talks"
            && tok(k).xpos.as_str() == "VBZ"
            && tok(k - 1).upos.is("PROPN")
            && word(k - 1).starts_with(char::is_uppercase)
    }) else {
        return;
    };
    let mut j = t - 1;
    while j > 0 && tok(j - 1).upos.is("PROPN") {
        j -= 1;
    }
    if j == 0 || !word(j - 1).eq_ignore_ascii_case("the") {
        return;
    }
    let p = t + 1;
    if p + 1 >= n || !tok(p).upos.is("ADP") {
        return;
    }
    let Some(v) = (p + 1..n.min(p + 6)).find(|&k| tok(k).upos.is("VERB") || tok(k).upos.is("AUX"))
    else {
        return;
    };
    if !matches!(tok(v).xpos.as_str(), "VBD" | "VBZ" | "VBP") {
        return;
    }
    let Some(h) = (p + 1..v)
        .rev()
        .find(|&k| tok(k).upos.is("PROPN") || tok(k).upos.is("NOUN"))
    else {
        return;
    };
    // (only where the parse's root is "talks" or that verb)
    let root = (0..n).find(|&k| rels[k] == "root");
    if root != Some(t) && root != Some(v) {
        return;
    }
    // what hung on "talks" after the verb goes with the verb
    for hd in heads.iter_mut().skip(v + 1) {
        if *hd == Some(t) {
            *hd = Some(v);
        }
    }
    heads[v] = None;
    rels[v] = "root";
    heads[t] = Some(v);
    rels[t] = "nsubj";
    heads[j - 1] = Some(t);
    rels[j - 1] = "det";
    for k in j..t {
        heads[k] = Some(t);
        rels[k] = "compound";
    }
    heads[p] = Some(h);
    rels[p] = "case";
    for k in p + 1..h {
        heads[k] = Some(h);
        rels[k] = "compound";
    }
    heads[h] = Some(t);
    rels[h] = "nmod";
}

/// "Terrorists kidnapped the mayor", "A teacher insulted President Moi": the tagger may
/// read a short sentence's past tense as a participle, and the parse then makes the subject
/// noun the sentence's root with the verb as its reduced relative (`acl`), so the act would
/// have no subject and its object would be an oblique. A root noun with no verb of its own,
/// a past form right after it as its `acl`, with no auxiliary, marker, subject or by-phrase
/// and a noun phrase right after it that names no time (a pronoun, or a noun with no case
/// word: "Soldiers killed in an ambush", "Three people injured Monday" stay), is that
/// sentence's verb: it takes the root's place, the noun becomes its subject and the noun
/// phrase, parsed as an oblique, its object. `heads` and `rels` are the sentence's local heads and relations.
fn rejoin_participle_root(
    doc: &Document,
    start: usize,
    heads: &mut [Option<usize>],
    rels: &mut [&'static str],
) {
    let n = heads.len();
    let Some(r) = (0..n).find(|&k| rels[k] == "root") else {
        return;
    };
    let tok = |k: usize| &doc.tokens[start + k];
    let v = r + 1;
    if v + 1 >= n
        || !(tok(r).upos.is("NOUN") || tok(r).upos.is("PROPN"))
        || heads[v] != Some(r)
        || rels[v] != "acl"
        || !tok(v).upos.is("VERB")
        || !matches!(tok(v).xpos.as_str(), "VBN" | "VBD")
    {
        return;
    }
    let (hd, rl): (&[Option<usize>], &[&str]) = (heads, rels);
    let kids = |h: usize| (0..n).filter(move |&c| hd[c] == Some(h));
    let case_word = |h: usize| kids(h).any(|c| rl[c] == "case");
    if kids(v).any(|c| {
        matches!(rl[c], "aux" | "aux:pass" | "mark" | "cop" | "expl")
            || rl[c].starts_with("nsubj")
            || rl[c] == "obl:agent" && case_word(c)
    }) {
        return;
    }
    // The noun phrase opening right after the verb: one of its dependents, whose words from
    // the verb on all hang inside it.
    let inside = |j: usize, c: usize| {
        let mut h = hd[j];
        let mut steps = 0;
        while let Some(x) = h.filter(|&x| x != c && x > v && steps < 16) {
            h = hd[x];
            steps += 1;
        }
        h == Some(c)
    };
    let Some(o) = kids(v).find(|&c| {
        c > v
            && (tok(c).upos.is("NOUN") || tok(c).upos.is("PROPN") || tok(c).upos.is("PRON"))
            && !case_word(c)
            && (v + 1..c).all(|j| inside(j, c))
    }) else {
        return;
    };
    let timed = (v + 1..=o).any(|j| {
        let span = tok(j).span;
        doc.times.iter().any(|t| t.span.contains(span))
    });
    if timed {
        return;
    }
    // The root's sentence-level dependents after the verb (punctuation, a trailing phrase)
    // go with the verb; the noun keeps the words before it.
    for h in heads.iter_mut().skip(v + 1) {
        if *h == Some(r) {
            *h = Some(v);
        }
    }
    heads[v] = None;
    rels[v] = "root";
    heads[r] = Some(v);
    rels[r] = "nsubj";
    // (An oblique with no case word is the object; another relation, such as the `xcomp`
    // of "police detained Ahmet Kaya, a member of ...", is left as the parse read it.)
    if rels[o].starts_with("obl") {
        rels[o] = "obj";
    }
}

/// "the talks between Albright and the rebels ended": "between" names two parties, but the
/// parse may hang the second after "and" elsewhere (here as the verb's subject). The actor
/// mention opening right after the "and" that ends the between-phrase at local token `c`,
/// past an article, a number or lower-case adjectives, is the second party.
fn between_second(ctx: &Ctx, c: usize) -> Option<u32> {
    let end = ctx.subtree_span(c).1;
    if end + 1 >= ctx.len() || ctx.lower[end] != "and" {
        return None;
    }
    let first = (end + 1..ctx.len().min(end + 4)).find(|&j| ctx.mention_at[j].is_some())?;
    let describes = |j: usize| {
        let tok = &ctx.doc.tokens[ctx.start + j];
        matches!(tok.xpos.as_str(), "DT" | "CD" | "JJ" | "PRP$")
    };
    let m = ctx.mention_at[first]?;
    // (Only the mention's first word: "and Russia's president" names the president.)
    let whole = (first..ctx.len())
        .take_while(|&j| ctx.mention_at[j] == Some(m))
        .last()
        .is_some_and(|last| {
            last + 1 >= ctx.len() || !matches!(ctx.word(last + 1), "'s" | "'" | "\u{2019}s")
        });
    ((end + 1..first).all(describes) && whole).then_some(m)
}

/// "Three soldiers killed in an ambush", "Two journalists arrested in Minsk": a participle
/// of harm done to someone (`UNDERGONE_PARTICIPLES`), with no object, clause or infinitive
/// of its own, as a sentence's main verb with no auxiliary, is a passive with its auxiliary
/// left out, as headlines write it: its subject is the one harmed, never the doer ("The
/// Dutch government apologised", with no such verb, stays active).
fn headline_passive(ctx: &Ctx, t: usize) -> bool {
    // ("Hezbollah fighters killed three Israeli soldiers", the object parsed elsewhere: a
    // noun phrase right after the participle, or after the last past verb joined to it by
    // "and" or commas, is its object.)
    let xpos = |k: usize| ctx.doc.tokens[ctx.start + k].xpos.as_str();
    let joined = |k: usize| matches!(xpos(k), "CC" | "," | "VBN" | "VBD" | "VBP" | "VBZ");
    let mut next = t + 1;
    while next < ctx.len() && joined(next) {
        next += 1;
    }
    if next > t + 1 && !xpos(next - 1).starts_with("VB") {
        next = t + 1;
    }
    let object_after = next < ctx.len()
        && matches!(
            xpos(next),
            "DT" | "CD" | "PRP" | "PRP$" | "NN" | "NNS" | "NNP" | "NNPS" | "JJ"
        );
    // ("Rebels killed and wounded 30 soldiers", "police detained, beat and deported two
    // journalists": a verb joined to it with an object of its own shares that object;
    // review 27.)
    let shared_object = || {
        ctx.kids(t).any(|c| {
            ctx.deprel(c) == "conj"
                && ctx.is_verb_token(c)
                && ctx.kids(c).any(|g| ctx.deprel(g) == "obj")
        })
    };
    ctx.doc.tokens[ctx.start + t].xpos.as_str() == "VBN"
        && !object_after
        && is_in(ctx.lemma(t), UNDERGONE_PARTICIPLES)
        && !ctx.kids(t).any(|c| {
            matches!(
                ctx.deprel(c),
                "obj" | "iobj" | "ccomp" | "xcomp" | "obl:unmarked"
            )
        })
        && !shared_object()
}

/// "Two aid workers kidnapped and killed by rebels": a bare past participle joined by "and"
/// to another word, with a by-phrase of its own and no subject or auxiliary, is a passive
/// whatever its conjunct is: the subject it shares is the one acted on, the by-phrase the
/// doer. (The parse may hang it on the noun the first participle describes, where the
/// shared subject would otherwise be read as its doer.)
fn joined_bare_passive(ctx: &Ctx, t: usize) -> bool {
    ctx.deprel(t) == "conj"
        && ctx.doc.tokens[ctx.start + t].xpos.as_str() == "VBN"
        && by_phrase_without_subject(ctx, t)
        && !ctx.kids(t).any(|c| ctx.deprel(c) == "obj")
}

/// Has the verb at local token `t` a by-phrase of its own (`obl:agent` with "by") and no
/// subject or auxiliary ("kidnapped and killed by rebels", "bystanders struck by
/// terrorism")?
fn by_phrase_without_subject(ctx: &Ctx, t: usize) -> bool {
    ctx.kids(t).any(|c| {
        ctx.deprel(c) == "obl:agent"
            && case_of(ctx, c).is_some_and(|w| w.eq_ignore_ascii_case("by"))
    }) && !ctx.kids(t).any(|c| {
        let d = ctx.deprel(c);
        d.starts_with("nsubj") || d.starts_with("aux")
    })
}

/// Verbs of harm that need someone to harm: with no object after them, their past
/// participle describes the one harmed ([`headline_passive`]).
const UNDERGONE_PARTICIPLES: &[&str] = &[
    "kill",
    "wound",
    "injure",
    "arrest",
    "detain",
    "kidnap",
    "abduct",
    "capture",
    "jail",
    "imprison",
    "execute",
    "shoot",
    "murder",
    "slay",
    "deport",
    "expel",
    "sentence",
    "assassinate",
    "torture",
];

/// One trigger's arguments and modality.
#[derive(Clone, Debug, Default)]
pub struct Frame {
    pub trigger: usize,
    pub subj: Vec<u32>,
    pub obj: Vec<u32>,
    pub preps: Vec<(String, Vec<u32>)>,
    pub agent: Vec<u32>,
    pub comp_subj: Vec<u32>,
    pub cond_subj: Vec<u32>,
    pub passive: bool,
    pub negated: bool,
    pub modal: bool,
    /// Governed by an intention verb ("plans to", "is ready to").
    pub intent: bool,
    pub in_condition: bool,
    pub condition: Option<Span>,
    /// The condition is read from inside a clause of the trigger's content that has a
    /// subject of its own ("agreed that the talks will succeed if ..."): that clause's, not
    /// the trigger's; the act itself is stated (a threat's content keeps it: a threat on a
    /// condition is conditional).
    pub inner_condition: bool,
    /// The condition is read only from inside the trigger's to-infinitive complement
    /// ("pressed Iran to free the sailors if it wanted talks"): that act's, not the
    /// trigger's, except that a promise, offer or threat whose content holds the condition
    /// is itself conditional ("offered to delay the sanctions if Iran resumed talks").
    pub inner_xcomp_condition: bool,
    /// Local tokens after the trigger that `need`/`not` words are matched against.
    pub right: Vec<usize>,
    /// Local token range of the clause (for times and places).
    pub clause: (usize, usize),
    /// Local token range of the complement (content of a promise, demand...).
    pub content: Option<(usize, usize)>,
    /// Particles/prepositions directly attached to the trigger.
    pub particles: Vec<String>,
    /// The trigger is joined to a verb that has a subject ("X accused Y and called on Z"):
    /// its subject is that one, even when it is no actor, never a word read leftwards.
    pub shared_subject: bool,
    /// The parse gives the trigger a subject noun that names no actor ("the first aircraft
    /// would arrive", "M23 fighters had massacred"): its local index. An actor read leftwards
    /// stands for it only from the same phrase ("Vietnamese-led forces"), never from across
    /// a verb or a comma ("A UN official said M23 fighters had ...").
    pub subject_not_actor: Option<usize>,
    /// A participle after its noun ("a ceasefire brokered by the United States"): a passive
    /// whose patient is that noun; the local index of the noun.
    pub reduced_of: Option<usize>,
    /// With `reduced_of`: the subject of the verb that noun belongs to ("Israel and Lebanon
    /// agreed to a ceasefire brokered by ...": the parties to the ceasefire).
    pub parties: Vec<u32>,
    /// A purpose infinitive the parse hung on the object of this verb ("summoned the envoy
    /// to protest"): the verb's local index.
    pub purpose_of: Option<usize>,
    /// A participle of words said by the speaker of the complement clause it ends
    /// ("demanded that Tokyo withdraw the boat, accusing Japan ..."): the speaker's act,
    /// with no modality from the complement.
    pub spoken: bool,
    /// An event noun read as an act its target received (`received_from`: "drew criticism
    /// from the EU"): the doer is the `from` actor, the target the receiver.
    pub received: bool,
}

impl Frame {
    pub fn prep(&self, p: &str) -> &[u32] {
        self.preps
            .iter()
            .find(|(q, m)| q == p && !m.is_empty())
            .map_or(&[], |(_, m)| m.as_slice())
    }

    pub fn hypothetical(&self) -> bool {
        self.modal || self.intent || self.in_condition || self.condition.is_some()
    }
}

fn push_unique(v: &mut Vec<u32>, ctx: &Ctx, m: u32) {
    let actor = ctx.doc.mentions.get(m as usize).map(|x| x.actor);
    if !v
        .iter()
        .any(|&o| ctx.doc.mentions.get(o as usize).map(|x| x.actor) == actor)
    {
        v.push(m);
    }
}

// ---------------------------------------------------------------------------------------
// Dependency reading

/// "top Russian and American officials": the actors stage gives the first of two modifiers
/// coordinated under one head noun a mention of its own, which the parse may hang anywhere
/// (even make the root). The phrase of the mention covering `k` stands for both when the
/// mention opens with a modifier and is preceded, across "and", by a one-word adjective or
/// proper-noun mention.
fn coordinated_modifier(ctx: &Ctx, k: usize) -> Option<u32> {
    let m = ctx.mention_at[k]?;
    let first = ctx.mention_first(k);
    if first < 2 || ctx.mention_last(k) == first || ctx.word(first - 1) != "and" {
        return None;
    }
    let m2 = ctx.mention_at[first - 2].filter(|&m2| m2 != m)?;
    let one_word = ctx.mention_first(first - 2) == first - 2;
    let modifier_like = |j: usize| {
        let u = ctx.doc.tokens[ctx.start + j].upos;
        u.is("ADJ") || u.is("PROPN")
    };
    (one_word && modifier_like(first - 2) && modifier_like(first)).then_some(m2)
}

/// Mentions an argument headed by `k` stands for, with its conjuncts.
fn dep_arg(ctx: &Ctx, k: usize, out: &mut Vec<u32>, depth: u8) {
    if let Some(m) = ctx.mention_at[k] {
        push_unique(out, ctx, m);
        if let Some(m2) = coordinated_modifier(ctx, k) {
            push_unique(out, ctx, m2);
        }
    } else {
        // "the Iranian attack on Israel", "the attack by Iran": an event noun stands for
        // its own actor.
        let event_noun = ctx.lex.noun_lemma(ctx.lemma(k)).is_some();
        if event_noun {
            let modifier = |c: usize| {
                matches!(ctx.deprel(c), "nmod:poss" | "compound" | "amod")
                    && ctx.mention_at[c].is_some()
            };
            let agent = ctx
                .kids(k)
                .find(|&c| modifier(c))
                // "Israeli air strikes": the demonym hangs on the compound noun.
                .or_else(|| {
                    ctx.kids(k)
                        .filter(|&c| ctx.deprel(c) == "compound")
                        .find_map(|c| ctx.kids(c).find(|&g| modifier(g)))
                })
                .or_else(|| {
                    ctx.kids(k).find(|&c| {
                        ctx.deprel(c) == "nmod"
                            && ctx.mention_at[c].is_some()
                            && case_of(ctx, c).as_deref() == Some("by")
                    })
                });
            if let Some((c, m)) = agent.and_then(|c| Some((c, ctx.mention_at[c]?))) {
                push_unique(out, ctx, m);
                // "the attack by Russia and Syria", "the Russian and Syrian attack": the
                // doer's conjuncts do the act with it; one set apart by "not" does not
                // ("the mediation by Uganda and not by Burundi").
                if depth < 3 {
                    for g in ctx.kids(c).collect::<Vec<_>>() {
                        if ctx.deprel(g) == "conj"
                            && joined(ctx, g)
                            && !ctx.kids(g).any(|n| ctx.lower[n] == "not")
                        {
                            dep_arg(ctx, g, out, depth + 1);
                        }
                    }
                }
                return;
            }
        }
        // "The European Union's foreign policy chief, Kaja Kallas,": the appositive names
        // the one the phrase describes, before any modifier.
        // ("his wife, Democratic presidential nominee Hillary Clinton": the name stands in
        // apposition to the title that is the appositive; session 29.)
        let appositive = ctx
            .kids(k)
            .find(|&c| ctx.deprel(c) == "appos")
            .and_then(|c| {
                ctx.mention_at[c].or_else(|| {
                    ctx.kids(c)
                        .filter(|&g| {
                            ctx.deprel(g) == "appos"
                                && ctx.doc.tokens[ctx.start + g].upos.is("PROPN")
                        })
                        .find_map(|g| ctx.mention_at[g])
                })
            });
        // "Trump critic Mark Cuban": the name after a relational noun is one uncoded
        // person, whatever the parse hangs on the noun from it ("Cuban" is no Cuba).
        let relational = is_in(ctx.lemma(k), RELATIONAL_NOUNS);
        let name_end = relational.then(|| name_after(ctx, k)).flatten();
        // "Russian forces": the mention is a modifier of the head noun.
        let found = appositive.or_else(|| {
            ctx.kids(k).find_map(|c| {
                if name_end.is_some_and(|e| k < c && c <= e) {
                    return None;
                }
                let d = ctx.deprel(c);
                // "the forces of Russia", "talks with Taiwan" name them; an agent phrase ("the
                // leader by Tanzanian police") does not.
                // Nor does the aim of an act ("strikes on Lebanon").
                let names = match d {
                    // "the United States' allies" are others, not the United States.
                    "nmod:poss" => !is_in(ctx.lemma(k), RELATIONAL_NOUNS),
                    // Nor is Trump in "Trump critic Mark Cuban": a name before a relational
                    // noun that runs on into a person's name is the relation's other party.
                    "compound" => name_end.is_none(),
                    "amod" | "flat" | "appos" => true,
                    // Nor the one something goes to ("referred the dispute to the Security
                    // Council").
                    // Nor the party of a comparison ("The senator, unlike Trump, praised").
                    "nmod" => {
                        case_of(ctx, c).is_none_or(|p| {
                            p != "by"
                                && p != "to"
                                && p != "unlike"
                                && !(event_noun
                                    && matches!(p.as_str(), "on" | "against" | "at" | "into"))
                        }) && !compared_party(ctx, c)
                    }
                    _ => false,
                };
                (names && ctx.mention_at[c].is_some())
                    .then(|| ctx.mention_at[c])
                    .flatten()
            })
        });
        if let Some(m) = found {
            push_unique(out, ctx, m);
        } else if is_in(&ctx.word(k).to_ascii_lowercase(), QUANTITY_NOUNS) && depth < 3 {
            // "Tens of thousands of Serbian students", "dozens of Kenyan doctors": a word of
            // number stands for the people its "of" phrase names.
            if let Some(c) = of_phrase(ctx, k) {
                counted(ctx, c, out, depth + 1);
            }
        }
    }
    if depth < 3 {
        for c in ctx.kids(k).collect::<Vec<_>>() {
            if ctx.deprel(c) == "conj" && joined(ctx, c) {
                dep_arg(ctx, c, out, depth + 1);
            }
        }
    }
}

/// The last local token of a person's name, coded or not, that starts right after local
/// token `k` ("critic *Mark Cuban*").
fn name_after(ctx: &Ctx, k: usize) -> Option<usize> {
    if k + 1 >= ctx.len() {
        return None;
    }
    let at = ctx.span(k + 1).start;
    let m = ctx.doc.mentions.iter().find(|m| {
        m.span.start == at
            && m.form == MentionForm::Name
            && ctx
                .doc
                .actors
                .get(m.actor as usize)
                .is_some_and(|a| a.kind == ActorKind::Person)
    })?;
    let end = (k + 1..ctx.len())
        .take_while(|&j| ctx.span(j).end <= m.span.end)
        .last()?;
    // (the capitalised words right after it are the rest of the name: "Mark" and "Cuban",
    // the demonym, split apart)
    let capital = |j: usize| {
        let tok = &ctx.doc.tokens[ctx.start + j];
        (tok.upos.is("PROPN") || tok.upos.is("ADJ"))
            && ctx.doc.word(ctx.start + j).starts_with(char::is_uppercase)
    };
    Some(
        (end + 1..ctx.len())
            .take_while(|&j| capital(j))
            .last()
            .unwrap_or(end),
    )
}

/// The doer and the aim of an act word at local token `t` that describes the noun after it
/// ("disparaging remarks Trump had made about Machado"): the subject of the noun's relative
/// clause, when an actor is named there, and the actors of that clause's "about", "of",
/// "on" or "against" phrase.
fn relative_clause_author(ctx: &Ctx, t: usize) -> Option<(Vec<u32>, Vec<u32>)> {
    if !ctx.parsed || ctx.deprel(t) != "amod" {
        return None;
    }
    let h = ctx.head(t).filter(|&h| h > t)?;
    // (the parse may hang a relative clause with no pronoun on the verb the noun is the
    // object of, as its complement: "cited remarks Donald Trump had made about ...")
    let subject_of = |r: usize| {
        ctx.kids(r)
            .find(|&c| c < r && ctx.deprel(c) == "nsubj" && ctx.mention_at[c].is_some())
    };
    let r = ctx
        .kids(h)
        .find(|&c| c > h && ctx.deprel(c) == "acl:relcl")
        .or_else(|| {
            let v = ctx.head(h)?;
            ctx.kids(v).find(|&c| {
                c > h
                    && ctx.deprel(c) == "ccomp"
                    && subject_of(c).is_some_and(|s| ctx.subtree_span(s).0 == h + 1)
            })
        })?;
    let subject = subject_of(r)?;
    let mut doer = Vec::new();
    dep_arg(ctx, subject, &mut doer, 0);
    let mut aim = Vec::new();
    for c in ctx.kids(r).filter(|&c| c > r && ctx.deprel(c) == "obl") {
        if case_of(ctx, c).is_some_and(|p| matches!(p.as_str(), "about" | "of" | "on" | "against"))
        {
            dep_arg(ctx, c, &mut aim, 0);
        }
    }
    (!doer.is_empty()).then_some((doer, aim))
}

/// The "of" phrase after local token `k` ("dozens *of* students"), if any.
pub(crate) fn of_phrase(ctx: &Ctx, k: usize) -> Option<usize> {
    ctx.kids(k)
        .find(|&c| c > k && ctx.deprel(c) == "nmod" && case_of(ctx, c).as_deref() == Some("of"))
}

/// The actors a word of number's "of" phrase at local token `c` counts: a mention at its
/// head or in its modifiers ("Serbian students"), another word of number ("tens of
/// thousands of ..."), or the "of" phrase of its head ("dozens of members of his party");
/// never a mention deeper in it ("a number of flights between Australia and Indonesia"
/// counts no Australians).
fn counted(ctx: &Ctx, c: usize, out: &mut Vec<u32>, depth: u8) {
    if let Some(m) = ctx.mention_at[c] {
        push_unique(out, ctx, m);
        return;
    }
    let modifier = ctx.kids(c).find_map(|g| {
        matches!(ctx.deprel(g), "amod" | "compound" | "nmod:poss")
            .then(|| ctx.mention_at[g])
            .flatten()
    });
    if let Some(m) = modifier {
        push_unique(out, ctx, m);
    } else if depth < 3 {
        if let Some(g) = of_phrase(ctx, c) {
            counted(ctx, g, out, depth + 1);
        }
    }
}

/// Words of number that head the phrase of the people they count ("tens of thousands of
/// students", "scores of villagers", "a handful of lawmakers").
pub(crate) const QUANTITY_NOUNS: &[&str] = &[
    "tens",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "scores",
    "handful",
    "number",
    "majority",
    "minority",
    "group",
    "crowd",
    "crowds",
    "throngs",
    "busloads",
    "batch",
];

/// Is the conjunct at local token `c` joined by a conjunction or a list comma? "detained
/// dozens of protesters outside parliament" parsed with "parliament" a conjunct of "dozens"
/// (and "outside" its adjective) joins nothing: the place is no second patient.
fn joined(ctx: &Ctx, c: usize) -> bool {
    let first = ctx.subtree_span(c).0;
    // ("Germany, unlike France, condemned": a comparison the parse made a conjunct is no
    // party of the act; session 29 review.)
    if ctx
        .kids(c)
        .any(|g| ctx.deprel(g) == "case" && matches!(ctx.lower[g].as_ref(), "like" | "unlike"))
    {
        return false;
    }
    ctx.kids(c)
        .any(|g| ctx.deprel(g) == "cc" || ctx.deprel(g) == "punct" && ctx.word(g) == ",")
        || first > 0 && matches!(ctx.word(first - 1), "," | "and" | "or" | "nor" | "&")
}

/// "wounded two soldiers in a bomb attack", "a roadside bombing killed one soldier": an event
/// noun with no phrase naming its aim, in an in/during phrase of a verb or as its subject,
/// takes the verb's actors: the verb's subject as the act's source (in a phrase, when the
/// noun names no doer of its own), its object, or the subject of a passive verb, as the
/// target.
pub fn borrow_verb_actors(ctx: &Ctx, f: &mut Frame) {
    let t = f.trigger;
    // "A US drone strike killed General Soleimani" parsed with `killed` a participle on
    // `strike`: the one killed right after the noun is the one hit all the same.
    if let Some(v) = ctx.kids(t).find(|&c| {
        c == t + 1 && ctx.deprel(c) == "acl" && is_in(ctx.lemma(c), HARMED) && ctx.is_verb_token(c)
    }) {
        let mut hit = Vec::new();
        for c in ctx.kids(v) {
            if matches!(ctx.deprel(c), "obj" | "obl:unmarked") {
                dep_arg(ctx, c, &mut hit, 0);
            }
        }
        if !hit.is_empty() {
            f.preps.push(("on".to_string(), hit));
            return;
        }
    }
    let Some(v) = ctx.head(t).filter(|&v| ctx.is_verb_token(v)) else {
        return;
    };
    let d = ctx.deprel(t);
    let inside = d == "obl" && matches!(case_of(ctx, t).as_deref(), Some("in" | "during"));
    if !inside && d != "nsubj" {
        return;
    }
    let mut obj = Vec::new();
    for c in ctx.kids(v) {
        if ctx.deprel(c) == "obj" {
            dep_arg(ctx, c, &mut obj, 0);
        }
    }
    // A noun with a doer of its own takes only a passive verb's subject: the object of a
    // verb it is the subject of may be no one it hit ("the Russian offensive reversed the
    // fortunes of Assad's military"), unless the verb says it hit them ("a US drone strike
    // killed General Soleimani").
    if !f.subj.is_empty() && !is_in(ctx.lemma(v), HARMED) {
        obj.clear();
    }
    if inside {
        // "A Hezbollah commander was killed in an Israeli drone strike": the subject of a
        // passive verb is the one the act hit, never its doer.
        let (vsubj, passive) = dep_subject(ctx, v);
        if passive {
            obj.extend(vsubj);
        } else if f.subj.is_empty() {
            f.subj = vsubj;
        }
    }
    if !obj.is_empty() && f.preps.iter().all(|(_, m)| m.is_empty()) {
        f.preps.push(("on".to_string(), obj));
    }
}

/// "officials drafted the rules in consultation with Iraqi diplomats", "said during talks
/// with Putin": an event noun with a `with` partner and no doer of its own, in an in/during
/// phrase of an active verb, is the act of that verb's subject (the partner stays the
/// target). So is one in a phrase of time before or after the verb's act ("After talks with
/// Chinese officials, the president announced ...", "following a meeting with Putin").
/// [`borrow_verb_actors`] lends no subject to a noun whose phrases name a side.
/// Session 25: a journey (`TRAVEL_NOUNS`) takes its `to` phrase as the partner, and "on" is
/// an occasion for it ("Sharon, on a visit to Jordan, praised"); a phrase after a determiner
/// counts ("during a meeting with"); a journey or talks a verb of motion leaves for or
/// returns from (`MOTION_VERBS`: "left for consultations with", "returned from a trip to
/// Cairo"), and one a verb of taking part has for its object (`PARTAKING_VERBS`: "wrapped up
/// a meeting with Saddam"), are that verb's subject's.
pub fn with_partner_doer(ctx: &Ctx, f: &mut Frame) {
    if !f.subj.is_empty() || !f.agent.is_empty() || f.trigger == 0 {
        return;
    }
    match partner_doer(ctx, f) {
        Some(PartnerDoer::Aside(m)) => f.subj = vec![m],
        Some(PartnerDoer::Subject(vsubj)) => f.subj = vsubj,
        _ => {}
    }
}

/// Whose journey or talks [`with_partner_doer`] reads: a name the aside follows, the coded
/// subjects of the verb, or that verb when it has no coded subject (the coder then reads
/// an uncoded person there: "Ambassador Ana Vidal left for consultations with Putin").
pub(crate) enum PartnerDoer {
    Aside(u32),
    Subject(Vec<u32>),
    Uncoded(usize),
}

/// The doer [`with_partner_doer`] gives an event noun with a partner and no doer of its own.
pub(crate) fn partner_doer(ctx: &Ctx, f: &Frame) -> Option<PartnerDoer> {
    let t = f.trigger;
    if t == 0 {
        return None;
    }
    let travel = is_in(ctx.lemma(t), TRAVEL_NOUNS);
    let mut partner = f.prep("with").to_vec();
    if partner.is_empty() && travel {
        partner = f.prep("to").to_vec();
    }
    if partner.is_empty() {
        return None;
    }
    let case = if ctx.parsed { case_of(ctx, t) } else { None };
    let case = case.as_deref().map(str::to_ascii_lowercase);
    let case = case.as_deref();
    let time_phrase = matches!(case, Some("after" | "following" | "before"));
    let occasion = matches!(ctx.lower[t - 1].as_ref(), "in" | "during")
        || matches!(case, Some("in" | "during"))
        || travel && case == Some("on");
    let verb_of = |lemmas: &[&str]| {
        ctx.parsed
            && ctx
                .head(t)
                .is_some_and(|v| ctx.is_verb_token(v) && is_in(ctx.lemma(v), lemmas))
    };
    let moved = matches!(case, Some("for" | "from")) && verb_of(MOTION_VERBS);
    let partaken = ctx.parsed && ctx.deprel(t) == "obj" && verb_of(PARTAKING_VERBS);
    if !occasion && !time_phrase && !moved && !partaken {
        return None;
    }
    // "Last month, Interior Minister Ana Vidal, on a short visit to Chile, urged ...": a journey
    // set off by commas right after an actor is that actor's, however the parse hangs the
    // aside.
    if travel && ctx.parsed {
        let before = ctx
            .kids(t)
            .find(|&c| ctx.deprel(c) == "case" && matches!(ctx.lower[c].as_ref(), "on" | "during"))
            .and_then(|c| c.checked_sub(2))
            .filter(|&k| ctx.word(k + 1) == ",")
            // (The name before the comma, or a mention in its run of proper nouns: "CIA
            // Director Ana Vidal" is coded by "CIA".)
            .and_then(|k| {
                (k.saturating_sub(4)..=k)
                    .rev()
                    .take_while(|&j| {
                        j == k
                            || ctx.doc.tokens[ctx.start + j]
                                .xpos
                                .as_str()
                                .starts_with("NNP")
                    })
                    .find_map(|j| ctx.mention_at[j])
            });
        if let Some(m) = before.filter(|m| !partner.contains(m)) {
            return Some(PartnerDoer::Aside(m));
        }
    }
    // (The parse may hang the phrase on the verb's object: "drafted the rules in
    // consultation with": the nearest verb above.)
    let mut v = t;
    for _ in 0..3 {
        v = ctx.head(v)?;
        if ctx.is_verb_token(v) {
            break;
        }
    }
    if !ctx.is_verb_token(v) {
        return None;
    }
    // ("finished drafting the rules in consultation with": the controlling verb's subject.)
    let v = controller(ctx, v).unwrap_or(v);
    let (vsubj, passive) = dep_subject(ctx, v);
    if passive {
        return None;
    }
    // "Police arrested protesters during a visit to Jordan": a journey with no partner but
    // its destination is the subject's only when the subject is a person, or the journey is
    // the occasion "on" names or the verb's own object or aim.
    let actor_of = |m: &u32| {
        ctx.doc
            .mentions
            .get(*m as usize)
            .and_then(|x| ctx.doc.actors.get(x.actor as usize))
    };
    let person = |m: &u32| actor_of(m).is_some_and(|a| a.kind == ActorKind::Person);
    let loose = f.prep("with").is_empty() && !moved && !partaken && case != Some("on");
    if loose && !vsubj.iter().all(person) {
        return None;
    }
    // "During a meeting with Biden in Washington, police arrested protesters": police or
    // troops (no person) acting at the time of talks are no party to them; a journey is
    // theirs ("Israeli soldiers, on a mission to Gaza"). Session 25 review.
    let force = |m: &u32| {
        actor_of(m).is_some_and(|a| {
            a.kind != ActorKind::Person && matches!(a.role.as_deref(), Some("COP" | "MIL"))
        })
    };
    if !travel && !moved && !partaken && vsubj.iter().any(force) {
        return None;
    }
    let vsubj: Vec<u32> = vsubj.into_iter().filter(|m| !partner.contains(m)).collect();
    // (An uncoded subject is read only for a partner or a journey the verb takes part in or
    // moves for, never a loose destination.)
    if vsubj.is_empty() && !loose {
        return Some(PartnerDoer::Uncoded(v));
    }
    Some(PartnerDoer::Subject(vsubj))
}

/// "the Sanders campaign kept up its attacks on Clinton", "have been vocal in their criticism
/// of Trump", "the FBI, during its investigation of Clinton": an event noun whose only owner
/// is a possessive pronoun no mention stands for (the actors stage left it open) is the act
/// of the subject of the clause it stands in, when it names a side or is the object of its
/// verb: the subject of the nearest word above it (at
/// most three steps, through an object or phrase, never out of a clause of its own) that has
/// one, when the pronoun agrees with that subject ("his"/"her" a person; "its" no person;
/// "their" a plural or a group). Parsed sentences only (session 25).
pub fn possessive_pronoun_doer(ctx: &Ctx, f: &mut Frame) {
    let t = f.trigger;
    if !ctx.parsed || !f.subj.is_empty() || !f.agent.is_empty() {
        return;
    }
    // Only a noun with a side of its own, or the object of its verb ("kept up its
    // condemnation"): "would readmit Myanmar's leaders to its summits" names an institution's
    // meetings, no act.
    if f.preps.iter().all(|(_, m)| m.is_empty()) && ctx.deprel(t) != "obj" {
        return;
    }
    let Some(p) = ctx.kids(t).find(|&c| {
        matches!(ctx.deprel(c), "nmod:poss" | "det:poss")
            && matches!(ctx.lower[c].as_ref(), "his" | "her" | "its" | "their")
            && ctx.mention_at[c].is_none()
            && ctx.uncoded_at[c].is_none()
    }) else {
        return;
    };
    let mut h = t;
    for _ in 0..3 {
        // (A clause of its own, or a relative clause, holds its own subject, not the noun's.)
        // (A participle on a noun is one too: "the sanctions imposed on Iraq after its
        // invasion of Kuwait".)
        if h != t
            && matches!(
                ctx.deprel(h),
                "acl" | "acl:relcl" | "ccomp" | "advcl" | "csubj" | "parataxis"
            )
        {
            return;
        }
        let Some(g) = ctx.head(h) else { return };
        h = g;
        let Some(sj) = ctx.kids(h).find(|&c| ctx.deprel(c) == "nsubj") else {
            continue;
        };
        let (vsubj, passive) = dep_subject(ctx, h);
        if passive || vsubj.is_empty() {
            return;
        }
        // ("Ukraine welcomed Germany and its aid to Kyiv": a mention between the verb and
        // the pronoun is as near an owner as the subject; session 25 review.)
        if (h + 1..p).any(|k| ctx.mention_at[k].is_some()) {
            return;
        }
        let tok = &ctx.doc.tokens[ctx.start + sj];
        let person_head = is_person_token(ctx, sj);
        let plural = matches!(tok.xpos.as_str(), "NNS" | "NNPS")
            || vsubj.len() > 1
            || vsubj.iter().any(|&m| {
                ctx.doc
                    .mentions
                    .get(m as usize)
                    .and_then(|x| ctx.doc.actors.get(x.actor as usize))
                    .is_some_and(|a| a.kind == ActorKind::Group)
            });
        let agrees = match ctx.lower[p].as_ref() {
            "his" | "her" => person_head && !plural,
            "its" => !person_head && !plural,
            _ => plural,
        };
        if agrees {
            f.subj = vsubj
                .into_iter()
                .filter(|m| !f.preps.iter().any(|(_, v)| v.contains(m)))
                .collect();
        }
        return;
    }
}

/// Nouns of a journey, whose `to` phrase names the one visited and which "on" makes an
/// occasion ("on a visit to Jordan").
const TRAVEL_NOUNS: &[&str] = &["visit", "trip", "tour", "journey", "mission", "stopover"];

/// Verbs of motion whose for/from phrase is a journey or talks their subject goes to or comes
/// back from ("left for talks with", "returned from a visit to").
const MOTION_VERBS: &[&str] = &[
    "leave", "return", "depart", "head", "travel", "fly", "arrive", "come", "go", "set",
];

/// Verbs whose object event noun their subject takes part in ("wrapped up a meeting with",
/// "began a visit to", "cut short his trip").
const PARTAKING_VERBS: &[&str] = &[
    "begin",
    "start",
    "end",
    "conclude",
    "wrap",
    "finish",
    "complete",
    "cut",
    "resume",
    "continue",
    "attend",
    "have",
    "make",
    "pay",
    "undertake",
    "open",
];

/// Event nouns of both readings that a receiving verb may take as an act received
/// ("drew criticism from", "came under attack from"): a threat or an investigation "faced"
/// is a danger, no act done to the subject.
const REACTION_NOUNS: &[&str] = &["criticism", "condemnation", "attack"];

/// Verbs whose subject receives the act an event noun object names, done by the actor of
/// the noun's `from` phrase ("drew criticism from the EU", "won praise from Japan", "faced
/// condemnation from", "received support from").
const RECEIVERS: &[&str] = &[
    "draw", "face", "win", "earn", "receive", "attract", "garner", "get", "incur",
];

/// "The government drew sharp criticism from the European Union", "came under criticism from
/// Congress": an event noun that is the object of a receiving verb (`RECEIVERS`), or the
/// "under" phrase of "come", with a `from` phrase naming an actor, is the act of that actor
/// towards the receiving verb's subject (the frame's object). The receiving verb's negation
/// and modality are the act's ("did not draw", "could face criticism"). A noun with no `from`
/// actor, or a passive receiving verb, is left alone; so is one whose own possessor names
/// its doer. Returns whether the frame was read so.
pub fn received_from(ctx: &Ctx, f: &mut Frame) -> bool {
    let t = f.trigger;
    if !ctx.parsed {
        return false;
    }
    let Some(v) = ctx.head(t).filter(|&v| v < t && ctx.is_verb_token(v)) else {
        return false;
    };
    if !is_in(ctx.lemma(t), REACTION_NOUNS) && ctx.lex.received_noun_lemma(ctx.lemma(t)).is_none() {
        return false;
    }
    let receiving = match ctx.deprel(t) {
        "obj" => {
            is_in(ctx.lemma(v), RECEIVERS) && !ctx.kids(v).any(|c| ctx.deprel(c) == "compound:prt")
        }
        "obl" => ctx.lemma(v) == "come" && case_of(ctx, t).as_deref() == Some("under"),
        _ => false,
    };
    if !receiving {
        return false;
    }
    // The `from` phrase: on the noun, or hung by the parse on the receiving verb.
    let mut from = f.prep("from").to_vec();
    if from.is_empty() {
        for c in ctx.kids(v) {
            if c > t && ctx.deprel(c) == "obl" && case_of(ctx, c).as_deref() == Some("from") {
                dep_arg(ctx, c, &mut from, 0);
            }
        }
    }
    // "won the support of France", "earned the praise of the UN": a noun read only as an act
    // received takes its doer from an "of" phrase too (criticism "of" names its target).
    let of_doer = from.is_empty() && ctx.lex.received_noun_lemma(ctx.lemma(t)).is_some();
    if of_doer {
        from = f.prep("of").to_vec();
    }
    // "endorsements from his fellow senators": a possessor inside the phrase is not its
    // actor.
    from.retain(|&m| {
        ctx.first_token_of(m)
            .is_none_or(|k| ctx.deprel(k) != "nmod:poss")
    });
    if from.is_empty() || !f.subj.is_empty() {
        return false;
    }
    let (receiver, passive) = dep_subject(ctx, v);
    // (A perfect "has drawn criticism" the parse may label passive: only a form of "be"
    // makes the receiving verb passive.)
    let be = ctx
        .kids(v)
        .any(|c| ctx.deprel(c).starts_with("aux") && ctx.lemma(c) == "be");
    if passive && be {
        return false;
    }
    let receiver: Vec<u32> = receiver.into_iter().filter(|m| !from.contains(m)).collect();
    let gov = dep_frame(ctx, v);
    f.subj = from;
    f.preps
        .retain(|(p, _)| p != "from" && !(of_doer && p == "of"));
    f.obj = receiver;
    f.received = true;
    f.negated |= gov.negated;
    f.modal |= gov.modal;
    f.intent |= gov.intent;
    f.in_condition |= gov.in_condition;
    if f.condition.is_none() {
        f.condition = gov.condition;
        f.cond_subj = gov.cond_subj;
    }
    // "best placed to draw support from", "sought to win praise from": an infinitive
    // receiving verb is an aim, nothing received yet.
    if ctx
        .kids(v)
        .any(|c| ctx.deprel(c) == "mark" && ctx.word(c) == "to")
    {
        f.intent = true;
    }
    true
}

/// Verbs that say whom an act hit ("the strike killed ...").
const HARMED: &[&str] = &["kill", "wound", "injure", "maim"];

/// "called on Tuesday for the withdrawal": a time expression right after the trigger (with
/// its preposition) stands between the verb and its particle. Its preposition is no
/// particle; the word after it is.
pub fn skip_time_after_trigger(ctx: &Ctx, f: &mut Frame) {
    let t = f.trigger;
    let doc = ctx.doc;
    let starts_time = |k: usize| {
        k < ctx.len() && {
            let at = ctx.span(k).start;
            doc.times.iter().any(|x| x.span.start == at)
        }
    };
    let first = if starts_time(t + 1) {
        t + 1
    } else if t + 2 < ctx.len() && is_in(ctx.word(t + 1), PREPS) && starts_time(t + 2) {
        t + 2
    } else {
        return;
    };
    let at = ctx.span(first).start;
    let Some(end) = doc
        .times
        .iter()
        .find(|x| x.span.start == at)
        .map(|x| x.span.end)
    else {
        return;
    };
    let next = (first..ctx.len())
        .find(|&k| ctx.span(k).start >= end)
        .unwrap_or(ctx.len());
    if first == t + 2 {
        let prep = ctx.word(t + 1);
        if let Some(i) = f.particles.iter().position(|p| p == prep) {
            f.particles.remove(i);
        }
    }
    if next < ctx.len() && is_in(ctx.word(next), PREPS) {
        f.particles.push(ctx.word(next).to_string());
    }
}

/// Does the phrase headed by `k` hold a coded actor mention anywhere, even one inside a
/// word ("Vietnamese-led forces", "Indian business leaders")?
fn names_actor(ctx: &Ctx, k: usize) -> bool {
    let mut sub = Vec::new();
    ctx.subtree(k, &mut sub);
    sub.iter().any(|&j| {
        ctx.mention_at[j].is_some() || {
            let span = ctx.span(j);
            ctx.coded.iter().any(|m| m.overlaps(span))
        }
    })
}

/// Is the phrase at local token `c` opened by "like" or "unlike" ("He, like Donald Trump,
/// has refused", "Unlike Obama, the senator ...")? The party compared with is no side.
/// (The parse may hang the "like" on the party as its case marker, opening its subtree.)
fn compared_party(ctx: &Ctx, c: usize) -> bool {
    let start = ctx.subtree_span(c).0;
    comparison_before(ctx, start)
        || start < c
            && matches!(ctx.lower[start].as_ref(), "like" | "unlike")
            && comparison_before(ctx, start + 1)
}

/// Does a comparison's "like" or "unlike" open the sentence or follow a comma or dash right
/// before local token `k` ("He, like Donald Trump, ...", "Like Trump, the senator ...")? Not
/// an example ("candidates like Marco Rubio have blasted Obama") nor the verb ("would like
/// Trump to explain").
pub(crate) fn comparison_before(ctx: &Ctx, k: usize) -> bool {
    let Some(like) = k.checked_sub(1) else {
        return false;
    };
    matches!(ctx.lower[like].as_ref(), "like" | "unlike")
        && !ctx.doc.tokens[ctx.start + like].upos.is("VERB")
        && (like == 0
            || matches!(
                ctx.word(like - 1),
                "," | "--" | "\u{2014}" | "\"" | "\u{201c}"
            ))
}

pub(crate) fn dep_subject(ctx: &Ctx, k: usize) -> (Vec<u32>, bool) {
    let mut v = Vec::new();
    let mut pass = false;
    // "the rebels, who are backed by Kigali", "a minister who fled after ...": a relative
    // pronoun the actors stage left open stands for the noun its clause describes.
    // (Only as the clause's one subject: "the war, which most Whigs opposed" parsed with two
    // subjects has the pronoun for its object.)
    let subjects = ctx
        .kids(k)
        .filter(|&c| ctx.deprel(c).starts_with("nsubj"))
        .count();
    let described = |c: usize| {
        let w = ctx.word(c).to_ascii_lowercase();
        if subjects != 1
            || ctx.mention_at[c].is_some()
            || !is_in(&w, RELATIVE_WORDS)
            || w == "whom"
            || !(ctx.deprel(k) == "acl:relcl"
                // (The parse may hang the clause on the main verb: its noun is then the
                // one before the comma, "aid to Malian herders, who were ...".)
                || ctx.deprel(k) == "advcl" && c >= 2 && ctx.word(c - 1) == ",")
        {
            return None;
        }
        Some(described_noun(ctx, k, c, &w))
    };
    for c in ctx.kids(k) {
        let rel = ctx.deprel(c);
        if !matches!(
            rel,
            "nsubj" | "nsubj:outer" | "csubj" | "nsubj:pass" | "csubj:pass"
        ) {
            continue;
        }
        if rel.ends_with(":pass") {
            pass = true;
        }
        // "He, like Donald Trump, has refused to apologize": the parse may make the party of
        // a comparison a second subject; it is no doer (session 29).
        if compared_party(ctx, c) {
            continue;
        }
        match described(c) {
            // The pronoun stands for no one the clause can name: left open.
            Some(Described::Open) => {}
            Some(Described::One(m)) => push_unique(&mut v, ctx, m),
            Some(Described::Phrase(h)) => dep_arg(ctx, h, &mut v, 0),
            // "Senator Ruiz's husband, Pedro, accused ...": a relative of the possessor does
            // the act, named only by an apposition.
            None if kin_of_possessor(ctx, c) => {
                if let Some(m) = ctx
                    .kids(c)
                    .find(|&g| ctx.deprel(g) == "appos")
                    .and_then(|g| ctx.mention_at[g])
                {
                    push_unique(&mut v, ctx, m);
                }
            }
            None => dep_arg(ctx, c, &mut v, 0),
        }
    }
    let joined: Vec<u32> = v.iter().filter_map(|&m| joined_country(ctx, m)).collect();
    for m in joined {
        push_unique(&mut v, ctx, m);
    }
    (v, pass)
}

/// Relative words opening a clause about the noun before them ("the envoy who ...", "the
/// decree which ...", "the offer that ...", "the man whom ...").
pub(crate) const RELATIVE_WORDS: &[&str] = &["who", "whom", "which", "that"];

/// What the relative pronoun subject of a clause stands for.
enum Described {
    /// No actor: the pronoun is left open.
    Open,
    /// One mention, alone (not its conjuncts).
    One(u32),
    /// The phrase headed by this token, read as any subject is.
    Phrase(usize),
}

/// Is the verb at local token `t` a perfect ("has called") with no form of "be" or "get"
/// among its auxiliaries, so no passive whatever relation the parse gives its subject?
/// (Not a relative pronoun's clause: "Rubio, who many had backed" has the pronoun for its
/// object.)
pub(crate) fn perfect_not_passive(ctx: &Ctx, t: usize) -> bool {
    let aux = |c: &usize| ctx.deprel(*c).starts_with("aux");
    let mut subjects = ctx.kids(t).filter(|&c| ctx.deprel(c).starts_with("nsubj"));
    let (Some(subject), None) = (subjects.next(), subjects.next()) else {
        return false;
    };
    !is_in(ctx.word(subject), RELATIVE_WORDS)
        && ctx.kids(t).filter(aux).any(|c| ctx.lemma(c) == "have")
        && !ctx.kids(t).filter(aux).any(|c| passive_auxiliary(ctx, c))
}

/// Is local token `c` a form of "be" or "get", the only words a passive auxiliary can be?
fn passive_auxiliary(ctx: &Ctx, c: usize) -> bool {
    let word = ctx.lower[c].as_ref();
    matches!(ctx.lemma(c), "be" | "get")
        || matches!(word, "'s" | "'re" | "’s" | "’re")
        || GET_FORMS.contains(&word)
}

/// The forms of "get" a tagger may lemmatise as some other verb ("got", "gotten",
/// "getting"): passive auxiliaries by their surface ([`passive_auxiliary`], [`get_passive`]).
const GET_FORMS: &[&str] = &["got", "gotten", "getting"];

/// Is the trigger at local token `t` a past participle right after a form of "get" (adverbs
/// between): "the ambassador got arrested", "is going to get killed", "got quickly
/// criticized by X"? It is a passive whatever the parse made of "get", its subject the one
/// acted on.
fn get_passive(ctx: &Ctx, t: usize) -> bool {
    if ctx.doc.tokens[ctx.start + t].xpos.as_str() != "VBN" {
        return false;
    }
    let mut j = t;
    while j > 0 {
        j -= 1;
        if ctx.doc.tokens[ctx.start + j].upos.is("ADV") {
            continue;
        }
        let word = ctx.lower[j].as_ref();
        return matches!(word, "get" | "gets") || GET_FORMS.contains(&word);
    }
    false
}

/// Is local token `h` a person: a mention of a person, or a name the actors stage left
/// without one?
fn is_person_token(ctx: &Ctx, h: usize) -> bool {
    let person = |m: Option<u32>| {
        m.and_then(|m| ctx.doc.mentions.get(m as usize))
            .and_then(|x| ctx.doc.actors.get(x.actor as usize))
            .is_some_and(|a| a.kind == ActorKind::Person)
    };
    person(ctx.mention_at[h])
        || person(ctx.uncoded_at[h])
        || ctx.mention_at[h].is_none() && ctx.doc.tokens[ctx.start + h].upos.is("PROPN")
}

/// Is the verb of the relative clause at local token `k` singular ("who has", "which was",
/// "who criticizes")?
fn singular_verb(ctx: &Ctx, k: usize) -> bool {
    let singular = |t: usize| {
        ctx.doc.tokens[ctx.start + t].xpos.as_str() == "VBZ"
            || matches!(ctx.word(t), "was" | "is" | "has" | "does")
    };
    singular(k)
        || ctx
            .kids(k)
            .any(|c| matches!(ctx.deprel(c), "aux" | "aux:pass" | "cop") && singular(c))
}

/// The noun the relative clause at local token `k` describes, for its pronoun subject `c`
/// (lower-cased word `w`).
/// - "which" never stands for a person: after "X, the head of the farmers' union, which
///   ...", the clause is the union's (the last noun before the pronoun, when it names a body
///   or place); else nothing.
/// - A described noun in apposition ("X, a delegate who ...") is the name it describes.
/// - A common noun with no mention of its own is not the person its modifier names
///   ("Sanders supporters who ...", "a Macron voter who ..."); a nationality still codes
///   it ("South Korean missionaries who ...").
/// - A singular verb ("who has") after nouns joined by "and" is the last one's alone; after
///   a plural noun, no one's.
fn described_noun(ctx: &Ctx, k: usize, c: usize, w: &str) -> Described {
    let noun = if ctx.deprel(k) == "advcl" {
        Some(c - 2).filter(|&n| {
            let upos = ctx.doc.tokens[ctx.start + n].upos;
            upos.is("NOUN") || upos.is("PROPN")
        })
    } else {
        ctx.head(k).filter(|&h| h < c)
    };
    let Some(mut h) = noun else {
        return Described::Open;
    };
    if w == "which" {
        if !is_person_token(ctx, h) && !ctx.kids(h).any(|g| ctx.deprel(g) == "appos") {
            return match ctx.mention_at[h] {
                Some(_) => Described::Phrase(h),
                None => Described::Open,
            };
        }
        let mut n = c;
        while n > 0 && ctx.doc.tokens[ctx.start + n - 1].upos.is("PUNCT") {
            n -= 1;
        }
        return match n.checked_sub(1).and_then(|j| Some((j, ctx.mention_at[j]?))) {
            Some((j, m)) if !is_person_token(ctx, j) => Described::One(m),
            _ => Described::Open,
        };
    }
    let singular = singular_verb(ctx, k);
    if singular {
        // "Trump and Cruz, who has": the conjunct nearest the pronoun.
        // (Joined by a conjunction: "Burr, a North Carolina Republican who has" parsed as
        // conjuncts is an apposition.)
        if let Some(last) = ctx
            .kids(h)
            .filter(|&g| ctx.deprel(g) == "conj" && g < c)
            .max()
            .filter(|&g| ctx.kids(g).any(|x| ctx.deprel(x) == "cc"))
        {
            h = last;
        }
        if ctx.doc.tokens[ctx.start + h]
            .xpos
            .as_str()
            .starts_with("NNS")
        {
            return Described::Open;
        }
    }
    // "Tom Baker, a delegate and Macron supporter who ...": up the conjuncts and the
    // apposition to the name.
    if ctx.mention_at[h].is_none() {
        let mut up = h;
        for _ in 0..4 {
            match (ctx.deprel(up), ctx.head(up)) {
                ("appos", Some(g)) => up = g,
                ("conj", Some(g)) if !singular => up = g,
                _ => break,
            }
            if ctx.mention_at[up].is_some() {
                h = up;
                break;
            }
        }
    }
    // "bin Laden, the exiled Saudi millionaire who ...": the coded name, not its description.
    if ctx.deprel(h) == "appos" && ctx.doc.tokens[ctx.start + h].upos.is("NOUN") {
        if let Some(g) = ctx.head(h).filter(|&g| ctx.mention_at[g].is_some()) {
            h = g;
        }
    }
    match ctx.mention_at[h] {
        // "Sanders supporters who ...": a person named in a modifier is someone else.
        None if ctx.kids(h).any(|g| {
            matches!(ctx.deprel(g), "compound" | "amod" | "nmod:poss")
                && ctx.mention_at[g].is_some()
                && is_person_token(ctx, g)
        }) =>
        {
            Described::Open
        }
        None => Described::Phrase(h),
        Some(m) if singular => Described::One(m),
        Some(_) => Described::Phrase(h),
    }
}

/// The verb of a present participle at local token `t` that follows a comma and hangs, in
/// the parse, on that verb's object or oblique noun before it ("criticized Putin on Monday,
/// accusing him": `accusing` an `acl` of `Putin`), with no subject or marker of its own.
fn comma_participle_on_object(ctx: &Ctx, t: usize) -> Option<usize> {
    if ctx.deprel(t) != "acl"
        || ctx.doc.tokens[ctx.start + t].xpos.as_str() != "VBG"
        || t == 0
        || ctx.word(t - 1) != ","
        || ctx
            .kids(t)
            .any(|c| matches!(ctx.deprel(c), "mark" | "nsubj" | "nsubj:pass"))
    {
        return None;
    }
    let n = ctx.head(t).filter(|&n| n < t)?;
    let v = ctx.head(n).filter(|&v| v < n && ctx.is_verb_token(v))?;
    if !matches!(ctx.deprel(n), "obj" | "obl") {
        return None;
    }
    // "asked the UN mission to leave the country, accusing it": past a complement with no
    // subject of its own, to the verb whose subject acts.
    Some(top_controller(ctx, v))
}

/// The verb at the top of the chain of [`controller`]s above `v`: `v` itself when no verb
/// controls it.
fn top_controller(ctx: &Ctx, mut v: usize) -> usize {
    while let Some(g) = controller(ctx, v) {
        v = g;
    }
    v
}

/// The verb that governs the subjectless to-infinitive at local token `v` ("ordered
/// French troops *to leave*", also when the parse hangs the infinitive on the object noun:
/// "asked the UN mission *to leave*"), if any.
fn controller(ctx: &Ctx, v: usize) -> Option<usize> {
    if !dep_subject(ctx, v).0.is_empty() {
        return None;
    }
    let h = ctx.head(v).filter(|&h| h < v)?;
    match ctx.deprel(v) {
        "xcomp" => Some(h).filter(|&h| ctx.is_verb_token(h)),
        "acl"
            if ctx
                .kids(v)
                .any(|c| ctx.deprel(c) == "mark" && ctx.word(c) == "to")
                && matches!(ctx.deprel(h), "obj" | "iobj") =>
        {
            ctx.head(h).filter(|&g| g < h && ctx.is_verb_token(g))
        }
        _ => None,
    }
}

/// "Germany criticized Poland, accusing it of blocking aid": the pronoun object of a
/// participle clause that shares the main verb's subject stands for the main verb's object
/// when the actors stage left it unresolved or resolved it to the subject itself (who would
/// be "itself", "himself"). `obj` is the participle's object, rewritten in place.
fn bind_pronoun_object(ctx: &Ctx, t: usize, subj: &[u32], obj: &mut Vec<u32>) {
    if ctx.doc.tokens[ctx.start + t].xpos.as_str() != "VBG" {
        return;
    }
    let Some(o) = ctx.kids(t).find(|&c| ctx.deprel(c) == "obj") else {
        return;
    };
    if !matches!(ctx.word(o), "it" | "him" | "her" | "them") {
        return;
    }
    let actor = |m: u32| ctx.doc.mentions.get(m as usize).map(|x| x.actor);
    let unresolved = match ctx.mention_at[o] {
        None => true,
        Some(m) => subj.iter().any(|&s| actor(s) == actor(m)),
    };
    if !unresolved {
        return;
    }
    let main = match ctx.deprel(t) {
        "advcl" => ctx.head(t).filter(|&h| h < t),
        // "by praising Trump and urging him to": the gerund it is joined to.
        "conj" => ctx
            .head(t)
            .filter(|&h| h < t && ctx.doc.tokens[ctx.start + h].xpos.as_str() == "VBG"),
        _ => comma_participle_on_object(ctx, t),
    };
    let Some(mut h) = main else {
        return;
    };
    // The nearest object that names an actor, up the chain of infinitives ("asked the UN
    // mission to leave the country, accusing it": the mission).
    loop {
        let mut main_obj = Vec::new();
        for c in ctx
            .kids(h)
            .filter(|&c| c < t && matches!(ctx.deprel(c), "obj" | "iobj"))
        {
            dep_arg(ctx, c, &mut main_obj, 0);
        }
        main_obj.retain(|&m| !subj.iter().any(|&s| actor(s) == actor(m)));
        if !main_obj.is_empty() {
            *obj = main_obj;
            return;
        }
        match controller(ctx, h) {
            Some(g) => h = g,
            None => return,
        }
    }
}

/// "Saudi and US mediators": the actors stage makes the group two mentions, "Saudi" and
/// "US mediators"; the first, right before "and" and modifying the same head, is a party
/// too (as in "Saudi Arabia and the US agreed").
fn joined_country(ctx: &Ctx, m: u32) -> Option<u32> {
    let first = ctx.mention_at.iter().position(|&x| x == Some(m))?;
    if first < 2 || ctx.word(first - 1) != "and" {
        return None;
    }
    let other = ctx.mention_at[first - 2].filter(|&o| o != m)?;
    let actor = |x: u32| ctx.doc.mentions.get(x as usize).map(|x| x.actor);
    let inside = |k: usize| ctx.mention_at.get(k).copied().flatten() == Some(m);
    (actor(other) != actor(m) && ctx.head(first - 2).is_some_and(inside)).then_some(other)
}

/// The actor mentions that are the parsed subject of token `k` (with their conjuncts).
pub fn subject_of(ctx: &Ctx, k: usize) -> Vec<u32> {
    dep_subject(ctx, k).0
}

/// Does an uncoded mention stand for someone who acts? A name of a person, group or
/// organisation ("Opposition leader Ana Vidal", "Human Rights Watch"), a pronoun for one
/// ("she"), or a description of a group ("the rebels", "protesters") that is no modifier of
/// another noun ("intelligence sharing"). A single unnamed person ("a man", "a gunman") is
/// no one a political event is coded for.
fn uncoded_actor(doc: &Document, ment: &Mention, actor: &Actor) -> bool {
    let named = || {
        actor.mentions.iter().any(|&m| {
            doc.mentions
                .get(m as usize)
                .is_some_and(|x| x.form == MentionForm::Name)
        })
    };
    let people = matches!(
        actor.kind,
        ActorKind::Person | ActorKind::Group | ActorKind::Organization
    );
    match ment.form {
        MentionForm::Name => people && named(),
        // ("they" for "the farmers" named before, `groups::group_pronouns`)
        MentionForm::Pronoun => people && named() || actor.kind == ActorKind::Group,
        MentionForm::Description => {
            (actor.kind == ActorKind::Group || people && named()) && {
                // The phrase's last token heads it; a modifier hangs on a noun outside it.
                let last = doc
                    .tokens
                    .partition_point(|t| t.span.end <= ment.span.end)
                    .min(doc.tokens.len());
                last == 0 || {
                    // ("denied the professor's application": a possessor marked as one is
                    // the owner a slot reader may take, `uncoded_owner`.)
                    let marked = || {
                        doc.tokens
                            .get(last)
                            .is_some_and(|t| t.xpos.as_str() == "POS")
                    };
                    match doc.tokens[last - 1].deprel.as_str() {
                        "compound" | "amod" => false,
                        "nmod:poss" => marked(),
                        _ => true,
                    }
                }
            }
        }
        MentionForm::Adjective => false,
    }
}

/// "Yaounde denied that the vote was rigged and refused demands for a recount": a verb the
/// parse joins to the head `h` of a complement clause, with no subject of its own and the
/// form of the clause's governing verb but not of `h` (refused, denied; was rigged), is the
/// governing verb's second act. Returns that governing verb. Not when the clause's own
/// subject is an actor in the active voice ("Russia said Ukraine is shelling the city and
/// attacked a power plant": Ukraine may well be the attacker too).
pub(crate) fn matrix_of_conjunct(ctx: &Ctx, t: usize, h: usize) -> Option<usize> {
    if !ctx.parsed || ctx.deprel(h) != "ccomp" || has_subject(ctx, t) {
        return None;
    }
    let (clause_subject, passive) = dep_subject(ctx, h);
    if !passive && !clause_subject.is_empty() {
        return None;
    }
    let g = ctx.head(h)?;
    let xpos = |k: usize| ctx.doc.tokens[ctx.start + k].xpos.as_str();
    let finite = |k: usize| matches!(xpos(k), "VBD" | "VBZ" | "VBP");
    (ctx.is_verb_token(g)
        && finite(t)
        && xpos(t) == xpos(g)
        && xpos(h) != xpos(t)
        && has_subject(ctx, g))
    .then_some(g)
}

/// Is the relative clause at local token `t` missing its object ("the reporter [whom] the
/// junta had jailed")? It has an active subject of its own, no relative word, no object,
/// complement or stranded preposition, and its verb is transitive in the lexicon's sense of a
/// past or present verb form (not a copula or an adjective).
fn object_gap(ctx: &Ctx, t: usize) -> bool {
    let tag = ctx.doc.tokens[ctx.start + t].xpos.as_str();
    matches!(tag, "VBD" | "VBN" | "VBZ" | "VBP")
        && ctx.kids(t).any(|c| ctx.deprel(c) == "nsubj")
        && !ctx.kids(t).any(|c| {
            matches!(
                ctx.deprel(c),
                "obj" | "iobj" | "ccomp" | "xcomp" | "nsubj:pass" | "aux:pass" | "cop" | "expl"
            ) || matches!(
                ctx.word(c).to_ascii_lowercase().as_str(),
                "who" | "whom" | "which" | "that" | "where" | "when" | "why" | "how" | "whose"
            )
        })
        // "the country it fled to": a preposition after the verb with no noun of its own.
        && !(t + 1..ctx.len()).any(|k| {
            ctx.head(k) == Some(t) && ctx.doc.tokens[ctx.start + k].upos.is("ADP")
        })
}

/// Is local token `t` a gerund clause of time or manner with no subject of its own, hung on
/// a verb ("after seizing the town", "before meeting the envoy", "by blocking the road")?
/// ("without" and "instead of" state an act not done: no such clause.)
/// ("on" + gerund is "about": "not ready yet on recognising Palestine" states no act.)
fn time_gerund(ctx: &Ctx, t: usize) -> bool {
    matches!(ctx.deprel(t), "advcl" | "acl")
        && ctx.doc.tokens[ctx.start + t].xpos.as_str() == "VBG"
        && !has_subject(ctx, t)
        && time_mark(ctx, t).is_some_and(|w| is_in(w, GERUND_MARKS))
}

/// Is local token `t` a participle clause opening its sentence (only punctuation before it),
/// with no subject or marker of its own, hung on a later verb with a comma between them
/// ("Railing against the deal, Sanders vows ..."; the parse may make it the verb's clausal
/// subject though the verb has a subject of its own: "Criticizing the Kremlin, Merkel urged".)
/// A perfect participle counts too: "Having met Putin in Paris, Macron flew to Berlin".
fn fronted_participle(ctx: &Ctx, t: usize) -> bool {
    let clausal_subject = ctx.deprel(t) == "csubj"
        && ctx
            .head(t)
            .is_some_and(|h| ctx.kids(h).any(|c| c > t && ctx.deprel(c) == "nsubj"));
    let xpos = ctx.doc.tokens[ctx.start + t].xpos.as_str();
    // "Having" as the participle's own auxiliary, the only word before it.
    let perfect = |k: usize| {
        xpos == "VBN"
            && ctx.lower[k] == "having"
            && ctx.deprel(k) == "aux"
            && ctx.head(k) == Some(t)
    };
    (ctx.deprel(t) == "advcl" || clausal_subject)
        && (xpos == "VBG" || (xpos == "VBN" && (0..t).any(perfect)))
        && !has_subject(ctx, t)
        && gerund_mark(ctx, t).is_none()
        && (0..t).all(|k| ctx.doc.tokens[ctx.start + k].upos.is("PUNCT") || perfect(k))
        && ctx.head(t).is_some_and(|h| {
            h > t && ctx.is_verb_token(h) && (t + 1..h).any(|k| ctx.word(k) == ",")
        })
}

/// Is local token `t` a gerund clause opened by "without" with no subject of its own, hung on
/// a verb ("signed the decree without consulting parliament")? Its act, left undone
/// (`senses::left_undone`), is the verb's subject's, as a gerund of time is (session 26).
fn undone_gerund(ctx: &Ctx, t: usize) -> bool {
    matches!(ctx.deprel(t), "advcl" | "acl")
        && ctx.doc.tokens[ctx.start + t].xpos.as_str() == "VBG"
        && !has_subject(ctx, t)
        && gerund_mark(ctx, t) == Some("without")
}

/// The lower-cased word that opens the gerund clause headed by local token `t` as one of
/// time or manner: its marker ("After seizing" at a sentence's start too), or "when" /
/// "while" read by the parse as an adverb of the gerund ("said when endorsing X").
fn time_mark<'c>(ctx: &'c Ctx, t: usize) -> Option<&'c str> {
    gerund_mark(ctx, t).or_else(|| {
        ctx.kids(t)
            .find(|&c| {
                c < t && ctx.deprel(c) == "advmod" && matches!(ctx.word(c), "when" | "while")
            })
            .map(|c| ctx.word(c))
    })
}

/// Is event noun `t` in a before-phrase whose act lies ahead: the phrase says "next",
/// "coming" or "upcoming", or holds a time after the publication date, or the verb the phrase
/// hangs on is future ("will", "shall", "going to")? "Before a meeting with X on Monday, Y
/// said" leaves a past meeting done.
fn before_future(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed
        || !ctx
            .kids(t)
            .any(|c| ctx.deprel(c) == "case" && ctx.lower[c] == "before")
    {
        return false;
    }
    let verb = ctx.head(t).filter(|&h| ctx.is_verb_token(h));
    let future_verb = verb.is_some_and(|v| {
        ctx.kids(v).any(|c| {
            ctx.deprel(c) == "aux"
                && matches!(ctx.lower[c].as_ref(), "will" | "'ll" | "shall" | "wo")
        }) || ctx.lower[v] == "going"
    });
    // The phrase's words: from the noun to a comma or the verb it hangs on.
    let end = (t + 1..ctx.len())
        .find(|&k| ctx.word(k) == "," || Some(k) == verb || ctx.is_verb_token(k))
        .unwrap_or(ctx.len());
    let ahead_word = (t + 1..end)
        .any(|k| matches!(ctx.lower[k].as_ref(), "next" | "coming" | "upcoming"))
        || (0..t)
            .rev()
            .take(3)
            .any(|k| matches!(ctx.lower[k].as_ref(), "coming" | "upcoming"));
    let published = ctx.doc.published_date();
    let ahead_time = end > t + 1 && {
        let from = ctx.span(t + 1).start;
        let to = ctx.span(end - 1).end;
        ctx.doc.times.iter().any(|x| {
            from <= x.span.start
                && x.span.end <= to
                && match (x.interval, published) {
                    (Some((start, _)), Some(p)) => start > p,
                    _ => false,
                }
        })
    };
    future_verb || ahead_word || ahead_time
}

/// Words before an event noun that leave open whether it happens ("any attack", "a possible
/// strike", "further talks").
const OPEN_NOUN_MARKS: &[&str] = &[
    "any",
    "possible",
    "future",
    "further",
    "potential",
    "eventual",
];

/// Prepositions that put an event noun in a phrase of time ("after Israeli strikes",
/// "during a visit by the premier").
pub(crate) const TIME_PREPS: &[&str] = &["after", "before", "following", "during", "amid", "since"];

/// Is local token `h` a plural common noun whose mention, if any, is no group of people
/// ("parties" read as political parties in "the holiday parties he hosted")?
fn plural_thing(ctx: &Ctx, h: usize) -> bool {
    ctx.doc.tokens[ctx.start + h].xpos.as_str() == "NNS"
        && !ctx.mention_at[h]
            .and_then(|m| ctx.doc.mentions.get(m as usize))
            .and_then(|x| ctx.doc.actors.get(x.actor as usize))
            .is_some_and(|a| a.kind == ActorKind::Group)
}

/// Verbs whose gerund complement is the content of a plan, deal or duty ("includes seizing",
/// "involves signing", "entails leaving").
const CONTENT_VERBS: &[&str] = &["include", "involve", "entail"];

/// Verbs whose object does the act of their complement ("let the farmers block the road",
/// "watched the senator charm the crowd", "helped the rebels take the town").
const SMALL_CLAUSE_VERBS: &[&str] = &["let", "make", "see", "watch", "help", "hear", "have"];

/// Is there a clause with a doer of its own between verb `h` and the gerund at `t` that
/// hangs on it? "Germany let Polish truckers block the road after accusing Moscow": the
/// gerund may be Germany's act or the truckers'; its doer is left open.
fn small_clause_between(ctx: &Ctx, h: usize, t: usize) -> bool {
    // (The complement's doer is an actor: "saw his support collapse after mocking X" is
    // still the one who saw.)
    let named = |c: usize| ctx.mention_at[c].is_some() || ctx.uncoded_at[c].is_some();
    let actor_head = |c: usize| {
        named(c)
            || ctx
                .kids(c)
                .any(|m| matches!(ctx.deprel(m), "amod" | "compound") && named(m))
    };
    let inner = |x: usize| {
        matches!(ctx.deprel(x), "xcomp" | "ccomp")
            && ctx
                .head(x)
                .is_some_and(|g| is_in(ctx.lemma(g), SMALL_CLAUSE_VERBS))
            && (ctx
                .kids(x)
                .any(|c| ctx.deprel(c).starts_with("nsubj") && actor_head(c))
                || ctx.head(x).is_some_and(|g| {
                    ctx.kids(g)
                        .any(|o| ctx.deprel(o) == "obj" && o < x && actor_head(o))
                }))
    };
    // ("watches Mr. Sanders thrill young audiences by exhorting them" tagged with `thrill` a
    // noun: an actor named inside the object of such a verb may be the complement's doer.)
    let named_in_object = |o: usize| {
        ctx.deprel(o) == "obj" && {
            let mut sub = Vec::new();
            ctx.subtree(o, &mut sub);
            sub.iter()
                .any(|&j| j < o && ctx.deprel(j) == "compound" && ctx.mention_at[j].is_some())
        }
    };
    inner(h)
        || is_in(ctx.lemma(h), SMALL_CLAUSE_VERBS)
            && ctx.lemma(h) != "have"
            && ctx
                .kids(h)
                .any(|x| x > h && x < t && (inner(x) || named_in_object(x)))
}

/// Verbs that praise or blame someone "on" an act they did ("congratulated Ghana on holding
/// the vote").
const JUDGED_FOR: &[&str] = &[
    "congratulate",
    "praise",
    "commend",
    "hail",
    "thank",
    "criticize",
    "criticise",
    "fault",
    "attack",
    "slam",
];

/// Words that open a gerund clause of time or manner, whose doer is its verb's subject
/// ("after seizing", "before meeting", "by blocking", "upon landing").
const GERUND_MARKS: &[&str] = &["after", "before", "while", "when", "since", "by", "upon"];

/// The lower-cased marker word of the clause headed by local token `t`, if any.
fn gerund_mark<'c>(ctx: &'c Ctx, t: usize) -> Option<&'c str> {
    ctx.kids(t)
        .find(|&c| ctx.deprel(c) == "mark")
        .map(|c| ctx.word(c))
}

/// The verb whose clause holds local token `h`: `h` itself when a verb, else the verb over
/// an object and the adjective that predicates of it ("called Turkey reckless", "pummeled
/// Trump as divisive").
fn predicated_verb(ctx: &Ctx, h: usize) -> Option<usize> {
    if ctx.is_verb_token(h) {
        return Some(h);
    }
    let o = match ctx.deprel(h) {
        "amod" | "xcomp" | "acl" | "obl" if ctx.doc.tokens[ctx.start + h].upos.is("ADJ") => {
            ctx.head(h)?
        }
        _ => return None,
    };
    if ctx.is_verb_token(o) {
        return Some(o);
    }
    ctx.head(o)
        .filter(|&g| ctx.deprel(o) == "obj" && g < o && ctx.is_verb_token(g))
}

/// Is local token `t` a gerund clause of words said before its verb's act ("after accusing
/// Seoul of ...", "since criticising the court")? Inside what another act promises or
/// threatens, it is still stated as done. (An act of another kind may be part of what is
/// promised: "promised to withdraw after signing the accord".)
pub(crate) fn done_before(ctx: &Ctx, t: usize) -> bool {
    time_gerund(ctx, t)
        && words_participle(ctx, t)
        && time_mark(ctx, t).is_some_and(|w| matches!(w, "after" | "since"))
}

/// The object verb `t` shares with the verb joined right after it: "shot and killed the
/// mayor", "for shooting and killing Crutcher" — two verbs with nothing between them but
/// "and" (or "or"), the second with an object and no subject of its own, the first with no
/// object or complement before the second. Read alone, the first verb had no one acted on.
pub(crate) fn shared_object(ctx: &Ctx, t: usize) -> Option<usize> {
    let c = t + 2;
    if !matches!(ctx.word(t + 1), "and" | "or")
        || ctx.head(c) != Some(t)
        || ctx.deprel(c) != "conj"
        || !ctx.is_verb_token(c)
        || has_subject(ctx, c)
        || ctx.kids(c).any(|g| ctx.deprel(g) == "aux:pass")
        || ctx
            .kids(t)
            .any(|g| g < c && matches!(ctx.deprel(g), "obj" | "iobj" | "ccomp" | "xcomp"))
    {
        return None;
    }
    ctx.kids(c).find(|&o| o > c && ctx.deprel(o) == "obj")
}

/// "Trump has criticized trade deals such as NAFTA and called for tariffs": a verb the parse
/// joins by "and" to a noun inside the object (or a phrase) of an earlier verb of the same
/// form, with no subject of its own, is that verb's second act. Returns that verb (with a
/// subject).
fn verb_above_joined_noun(ctx: &Ctx, t: usize) -> Option<usize> {
    let xpos = |k: usize| ctx.doc.tokens[ctx.start + k].xpos.as_str();
    let h = ctx.head(t).filter(|&h| {
        h < t
            && ctx.is_verb_token(t)
            && matches!(xpos(t), "VBD" | "VBN" | "VBZ")
            && {
                let u = ctx.doc.tokens[ctx.start + h].upos;
                u.is("NOUN") || u.is("PROPN")
            }
            && ctx
                .kids(t)
                .any(|c| ctx.deprel(c) == "cc" && ctx.word(c) == "and")
    })?;
    let mut k = h;
    for _ in 0..4 {
        let g = ctx.head(k)?;
        if ctx.is_verb_token(g) {
            // ("has criticized ... and called": a perfect's second participle the tagger
            // calls a past tense.)
            let perfect = xpos(g) == "VBN"
                && xpos(t) == "VBD"
                && ctx
                    .kids(g)
                    .any(|a| ctx.deprel(a) == "aux" && matches!(ctx.lemma(a), "have"));
            return (matches!(ctx.deprel(k), "obj" | "obl")
                && (xpos(g) == xpos(t) || perfect)
                && has_subject(ctx, g))
            .then_some(g);
        }
        if !matches!(ctx.deprel(k), "nmod" | "conj" | "appos" | "compound") {
            return None;
        }
        k = g;
    }
    None
}

/// Whether token `k` has a subject in the parse, an actor or not.
pub(crate) fn has_subject(ctx: &Ctx, k: usize) -> bool {
    ctx.kids(k).any(|c| ctx.deprel(c).starts_with("nsubj"))
}

pub(crate) fn case_of(ctx: &Ctx, k: usize) -> Option<String> {
    ctx.kids(k)
        .find(|&c| ctx.deprel(c) == "case")
        .map(|c| ctx.word(c).to_string())
}

/// Prepositional phrases nested inside the phrase headed by `k` ("500 million euros in aid
/// to Ukraine", "an operation in northern Syria"), a few levels deep.
fn nested_preps(ctx: &Ctx, k: usize, out: &mut Vec<(String, Vec<u32>)>, depth: u8) {
    if depth > 3 {
        return;
    }
    for g in ctx.kids(k).collect::<Vec<_>>() {
        let d = ctx.deprel(g);
        // ("a peace plan put forward by South Africa": the agent of a participle on the noun.)
        // ("support for the United States' allies": a possessor of others is not named.)
        if d == "nmod:poss" && is_in(ctx.lemma(k), RELATIONAL_NOUNS) || before_relational(ctx, g) {
            continue;
        }
        if matches!(d, "nmod" | "obl" | "nmod:poss")
            || (depth > 0 && matches!(d, "obj" | "xcomp" | "obl:agent"))
        {
            if let Some(p) = case_of(ctx, g) {
                let mut m = Vec::new();
                dep_arg(ctx, g, &mut m, 0);
                out.push((p, m));
            }
            nested_preps(ctx, g, out, depth + 1);
        } else if matches!(d, "obj" | "xcomp" | "acl" | "acl:relcl") {
            nested_preps(ctx, g, out, depth + 1);
        }
    }
}

/// Is local token `t` a past participle the parse hangs on a noun before it ("a ceasefire
/// *brokered* by the United States", "the detainees *released* on Friday")? The one test
/// behind both readings of such a participle: a reduced passive in [`dep_frame`] (when it
/// has no object), and an act of its own inside another act's content when it names its
/// agent (the coder's embedded-act exception).
/// ("four men *accused* of spying": a form both past tense and participle, tagged past,
/// that the parse still hangs on the noun before it with no subject of its own, is one too.)
pub(crate) fn participle_after_noun(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed || ctx.deprel(t) != "acl" {
        return false;
    }
    match ctx.doc.tokens[ctx.start + t].xpos.as_str() {
        "VBN" => true,
        "VBD" => {
            ctx.head(t).is_some_and(|h| h < t)
                && ctx.lex.is_participle(ctx.word(t), ctx.lemma(t))
                && !ctx.kids(t).any(|c| ctx.deprel(c).starts_with("nsubj"))
        }
        _ => false,
    }
}

/// Is the verb at local token `t` a passive with no auxiliary, after the noun it is about
/// ("officers *accused* of torturing", "leaders *charged* with"): a past form of a verb of
/// the lexicon whose entries name the preposition after it (`objprep`), with no perfect auxiliary before it
/// ("has accused of" is no English) and no "been" (a full passive, read as one already)?
fn reduced_passive(ctx: &Ctx, t: usize) -> bool {
    let past = matches!(ctx.doc.tokens[ctx.start + t].xpos.as_str(), "VBD" | "VBN");
    if !past || t == 0 {
        return false;
    }
    // "the smugglers that Interior Minister Bello accused of piracy", "the banker whom
    // Lagos suspected of fraud": a relative pronoun a few words before, with only the
    // clause's subject between (no verb, no punctuation), makes the pronoun the fronted
    // object.
    let mut np = t;
    while np > 0 && t - np < 8 && {
        let k = np - 1;
        let x = ctx.doc.tokens[ctx.start + k].xpos.as_str();
        let stop = x.starts_with("VB")
            || x == "MD"
            || matches!(ctx.word(k), "," | ";" | ":" | "." | "(" | ")" | "\"")
            || is_in(ctx.word(k), RELATIVE_WORDS);
        !stop
    } {
        np -= 1;
    }
    let fronted = np > 0 && np < t && is_in(ctx.word(np - 1), RELATIVE_WORDS);
    !fronted
        && !matches!(
            ctx.word(t - 1),
            "has" | "have" | "had" | "been" | "be" | "was" | "were" | "is" | "are"
        )
        && ctx.lex.entries(ctx.lemma(t)).iter().any(|&i| {
            ctx.lex
                .pattern(i)
                .object_prep
                .iter()
                .any(|w| w == ctx.word(t + 1))
        })
}

/// Roots of acts done in words: statements, appeals, demands, disapproval, rejection,
/// threats.
pub(crate) const VERBAL_ROOTS: &[&str] = &["01", "02", "10", "11", "12", "13"];

/// Is the verb at local token `t` an act in words here: every lexicon entry of its lemma
/// that can fire (its particle next, its `need` words after it: "calling the raid a
/// provocation" is the blame entry, not "calling up") of a root in [`VERBAL_ROOTS`]?
pub(crate) fn words_participle(ctx: &Ctx, t: usize) -> bool {
    let n = ctx.len();
    let fits = |w: &str, k: usize| crate::coder::word_matches(ctx, k, w);
    let possible: Vec<u32> = ctx
        .lex
        .entries(ctx.lemma(t))
        .iter()
        .copied()
        .filter(|&i| {
            let p = ctx.lex.pattern(i);
            !p.noun
                && p.particle.as_deref().is_none_or(|w| ctx.word(t + 1) == w)
                && p.need
                    .iter()
                    .all(|group| group.iter().any(|w| (t + 1..n).any(|k| fits(w, k))))
        })
        .collect();
    !possible.is_empty()
        && possible
            .iter()
            .all(|&i| VERBAL_ROOTS.contains(&crate::ontology::root(&ctx.lex.pattern(i).code)))
}

/// The verb whose subject says the participle of words at local token `t` ("accusing",
/// "calling", "urging": every lexicon entry of its lemma an act in words), when it follows a
/// comma with no subject or marker of its own and hangs on a complement clause that has a
/// subject of its own ("demanded that Tokyo withdraw the boat, *accusing* Japan").
fn speaker_of_participle(ctx: &Ctx, t: usize) -> Option<usize> {
    if t == 0
        || ctx.word(t - 1) != ","
        || ctx.deprel(t) != "advcl"
        || ctx.doc.tokens[ctx.start + t].xpos.as_str() != "VBG"
        || ctx
            .kids(t)
            .any(|c| matches!(ctx.deprel(c), "mark" | "nsubj" | "nsubj:pass"))
    {
        return None;
    }
    if !words_participle(ctx, t) {
        return None;
    }
    let g = ctx.head(t).filter(|&g| g < t)?;
    let v = ctx.head(g).filter(|&v| v < g && ctx.is_verb_token(v))?;
    // ("said Kosovo must disarm, accusing ...": the parse may hang the complement's
    // subject on the speaking verb, after it.)
    let subject = |h: usize, after: usize| {
        ctx.kids(h)
            .any(|c| c > after && matches!(ctx.deprel(c), "nsubj" | "nsubj:pass"))
    };
    if !matches!(ctx.deprel(g), "ccomp" | "xcomp") || !subject(g, 0) && !subject(v, v) {
        return None;
    }
    Some(v)
}

/// The subject of the verb at local token `v` named before it: its subject as
/// [`dep_subject`] reads it, less a subject the parse hung on it after the verb (the subject
/// of its complement: "said Kosovo must disarm").
fn subject_before(ctx: &Ctx, v: usize) -> (Vec<u32>, bool) {
    let (subj, pass) = dep_subject(ctx, v);
    let after = subjects_after(ctx, v);
    (
        subj.into_iter().filter(|m| !after.contains(m)).collect(),
        pass,
    )
}

/// The actors of the subjects the parse hung on the verb at local token `v` after it, when
/// it also has one before it ("The minister said Kosovo must disarm": `Kosovo`, the
/// complement's subject).
pub(crate) fn subjects_after(ctx: &Ctx, v: usize) -> Vec<u32> {
    if !ctx
        .kids(v)
        .any(|c| c < v && ctx.deprel(c).starts_with("nsubj"))
    {
        return Vec::new();
    }
    ctx.kids(v)
        .filter(|&c| c > v && ctx.deprel(c).starts_with("nsubj"))
        .flat_map(|c| {
            let mut m = Vec::new();
            dep_arg(ctx, c, &mut m, 0);
            m
        })
        .collect()
}

pub fn dep_frame(ctx: &Ctx, t: usize) -> Frame {
    let mut f = Frame {
        trigger: t,
        ..Frame::default()
    };
    let (mut subj, mut pass) = dep_subject(ctx, t);
    // "The British government has called for the rebels to be expelled": a perfect the
    // parse gives a passive subject (misled by a passive further on) is active when no form
    // of "be" or "get" is among its auxiliaries.
    if pass && perfect_not_passive(ctx, t) {
        pass = false;
    }
    // "Petro's government and the ELN rebels agreed": a verb the parse joined to the first
    // of two coordinated subjects (its "and" before its own subject, the other subject the
    // head of the whole sentence) has both.
    if !subj.is_empty() && !pass && ctx.deprel(t) == "conj" {
        if let Some(h) = ctx.head(t).filter(|&h| {
            let u = ctx.doc.tokens[ctx.start + h].upos;
            h < t && (u.is("NOUN") || u.is("PROPN")) && ctx.deprel(h) == "root"
        }) {
            let own = ctx.kids(t).find(|&c| ctx.deprel(c) == "nsubj");
            let and = ctx
                .kids(t)
                .find(|&c| ctx.deprel(c) == "cc" && ctx.word(c) == "and");
            if let (Some(own), Some(and)) = (own, and) {
                if h < and && and < own && (h + 1..and).all(|k| ctx.head(k) != Some(t)) {
                    let mut first = Vec::new();
                    dep_arg(ctx, h, &mut first, 0);
                    for m in first {
                        push_unique(&mut subj, ctx, m);
                    }
                }
            }
        }
    }
    // "X accused Y ... and called on Z": a verb joined to another shares its subject; the
    // words read leftwards would give it the first verb's object instead.
    if subj.is_empty() && ctx.deprel(t) == "conj" && !has_subject(ctx, t) {
        if let Some(h) = ctx
            .head(t)
            .map(|h| matrix_of_conjunct(ctx, t, h).unwrap_or(h))
            .filter(|&h| ctx.is_verb_token(h) && has_subject(ctx, h))
        {
            (subj, pass) = dep_subject(ctx, h);
            f.shared_subject = true;
        }
    }
    if subj.is_empty() && ctx.deprel(t) == "conj" && !has_subject(ctx, t) {
        if let Some(g) = verb_above_joined_noun(ctx, t) {
            let (gs, gp) = dep_subject(ctx, g);
            if !gp || perfect_not_passive(ctx, g) {
                subj = gs;
                f.shared_subject = !subj.is_empty();
            }
        }
    }
    // "Limbaugh began by crediting Trump ... and urging him to": a verb joined to a gerund of
    // manner or time ("by", "after", "while" ...) with no subject of its own shares the
    // subject of the verb that gerund hangs on; read leftwards it would get the first
    // gerund's object.
    if subj.is_empty() && ctx.deprel(t) == "conj" && !has_subject(ctx, t) {
        if let Some(g) = ctx
            .head(t)
            .filter(|&h| {
                h < t
                    && ctx.deprel(h) == "advcl"
                    && ctx.doc.tokens[ctx.start + h].xpos.as_str() == "VBG"
                    && !has_subject(ctx, h)
                    && time_mark(ctx, h).is_some_and(|w| is_in(w, GERUND_MARKS) || w == "without")
            })
            .and_then(|h| ctx.head(h))
            .filter(|&g| ctx.is_verb_token(g) && has_subject(ctx, g))
        {
            // (A subject that names no coded actor is still the doer: no one is read leftwards.)
            let (gs, gp) = dep_subject(ctx, g);
            if !gp {
                subj = gs;
                f.shared_subject = true;
            }
        }
    }
    // "the militia shelled the port after seizing the airport", "threatened to retaliate
    // after accusing Seoul": a gerund of time or manner with no subject of its own is done by
    // the subject of the verb it hangs on (past subjectless infinitives to the verb that
    // controls them); read leftwards it would get that verb's object or nobody.
    // (The parse may hang the clause on the verb's object: "released two hostages after
    // meeting the mediators", or on an adjective that predicates of the object: "called
    // Turkey reckless while praising Greece"; it is still the verb's.)
    // ("While praising X, the minister ...": a clause before its verb is done by the subject
    // after the comma; "was recalled after denouncing X": a passive's subject is the doer.)
    if subj.is_empty() && (time_gerund(ctx, t) || undone_gerund(ctx, t)) {
        let verb = ctx.head(t).and_then(|h| {
            if ctx.deprel(t) == "acl" {
                ctx.head(h)
                    .filter(|&g| h < t && g < h && matches!(ctx.deprel(h), "obj" | "obl"))
            } else if h > t {
                Some(h)
            } else {
                predicated_verb(ctx, h)
            }
        });
        if let Some(h) = verb.filter(|&h| ctx.is_verb_token(h) && !small_clause_between(ctx, h, t))
        {
            let (hs, _) = dep_subject(ctx, top_controller(ctx, h));
            if !hs.is_empty() {
                subj = hs;
                f.shared_subject = true;
            }
        }
    }
    // "Railing against the deal, Sanders vows to block it", "Accusing Russia of lying, the
    // minister said": a participle clause opening the sentence, with no subject or marker of
    // its own and a comma before the verb it hangs on, is done by that verb's subject (read
    // leftwards it had no one). (Session 29.)
    if subj.is_empty() && fronted_participle(ctx, t) {
        if let Some(h) = ctx.head(t) {
            let (hs, _) = dep_subject(ctx, top_controller(ctx, h));
            if !hs.is_empty() {
                subj = hs;
                f.shared_subject = true;
            }
        }
    }
    // "the lone congressman to oppose the measure, Rep. Ana Vidal,": a to-infinitive on a
    // noun that a name in apposition names is that one's act (read leftwards it had no doer,
    // and the name after the comma became its target).
    if subj.is_empty() && ctx.deprel(t) == "acl" && infinitive_mark(ctx, t) {
        let named = ctx.head(t).filter(|&h| h < t).and_then(|h| {
            ctx.kids(h)
                .find(|&a| a > t && ctx.deprel(a) == "appos")
                .and_then(|a| ctx.mention_at[a])
        });
        if let Some(m) = named {
            push_unique(&mut subj, ctx, m);
        }
    }
    // "Ethiopia suspended negotiations with Egypt and Sudan, blaming Cairo": a participle
    // clause after a comma with no subject of its own shares the subject of the active verb it hangs on
    // (not the actors nearest before it).
    if subj.is_empty()
        && ctx.deprel(t) == "advcl"
        && ctx.doc.tokens[ctx.start + t].xpos.as_str() == "VBG"
        && t > 0
        && ctx.word(t - 1) == ","
        && !ctx.kids(t).any(|c| ctx.deprel(c) == "mark")
    {
        if let Some(mut h) = ctx.head(t).filter(|&h| h < t && ctx.is_verb_token(h)) {
            // "ordered French troops to leave the country, accusing Paris": the parse may hang
            // the participle on the complement; the act is the ordering verb's subject's.
            let hung = h;
            h = top_controller(ctx, h);
            // ("urged Greece to withdraw its ships, accusing Athens ...": the accusation is
            // made by the urging side, stated; not one of the act asked for.)
            // (Only with an actor for that side: else the reading leftwards stays.)
            let climbed = h != hung && words_participle(ctx, t);
            // "demanded that Tokyo withdraw the boat, accusing Japan of ...": a participle of
            // words hung on a complement clause with a subject of its own is said by the
            // speaker of the clause, not by the complement's subject.
            let spoken = speaker_of_participle(ctx, t);
            if let Some(v) = spoken {
                h = v;
                f.spoken = true;
            }
            let (hs, hp) = if spoken.is_some() {
                subject_before(ctx, h)
            } else {
                dep_subject(ctx, h)
            };
            if !hs.is_empty() && !hp {
                subj = hs;
                f.shared_subject = true;
                f.spoken |= climbed;
            } else if spoken.is_some() {
                // A speaker who is no actor lends no one: the complement's subject and the
                // actors before the participle are not the speaker.
                f.subject_not_actor = ctx.kids(h).find(|&c| c < h && ctx.deprel(c) == "nsubj");
            }
        }
    }
    // "Biden criticized Putin on Monday, accusing him of war crimes": the parse may hang the
    // participle clause on the object named before the comma; it is still the act of the
    // main verb's subject.
    if subj.is_empty() {
        if let Some(h) = comma_participle_on_object(ctx, t) {
            let (hs, hp) = dep_subject(ctx, h);
            if !hs.is_empty() && !hp {
                subj = hs;
                f.shared_subject = true;
            }
        }
    }
    // A passive subject but no passive auxiliary, and a direct object: a misread active
    // clause ("Minister Hakan Fidan hosted the delegations" parsed as a reduced passive), as
    // is one with an infinitive complement ("Cairo has offered to host a conference").
    let has_kid = |rel: &str| ctx.kids(t).any(|c| ctx.deprel(c) == rel);
    // (Only a form of "be" or "get" is a passive auxiliary: "the fighters it promised to
    // release" parsed with the noun as one is no passive.)
    let pass_aux = ctx
        .kids(t)
        .any(|c| ctx.deprel(c) == "aux:pass" && passive_auxiliary(ctx, c));
    if pass && !f.shared_subject && !pass_aux && (has_kid("obj") || has_kid("xcomp")) {
        pass = false;
    }
    // "The farmers were opposed to the reform", "activists who were opposed to the senator":
    // "opposed to" with no one by whom is a stance of the subject, no passive.
    // So is "be committed to X" / "to doing X" with an actor for its subject in the parse:
    // the subject's own commitment.
    let opposed_to = (ctx.lemma(t) == "oppose"
        || ctx.lemma(t) == "commit"
            && ctx
                .kids(t)
                .any(|c| ctx.deprel(c).starts_with("nsubj") && names_actor(ctx, c)))
        && !has_kid("obl:agent")
        && ctx.kids(t).any(|c| {
            matches!(ctx.deprel(c), "obl" | "nmod") && case_of(ctx, c).as_deref() == Some("to")
                || ctx.lemma(t) == "commit"
                    && matches!(ctx.deprel(c), "advcl" | "xcomp")
                    && ctx.doc.tokens[ctx.start + c].xpos.as_str() == "VBG"
                    && ctx
                        .kids(c)
                        .any(|m| ctx.deprel(m) == "mark" && ctx.lower[m] == "to")
        })
        && !ctx
            .kids(t)
            .any(|c| ctx.deprel(c) == "obl" && case_of(ctx, c).as_deref() == Some("by"));
    if opposed_to {
        pass = false;
    }
    // So is a participle the parse made an adjective of the noun after it, with a subject
    // of its own ("Russia supplied gas to Germany" read as "Russia [is] supplied gas"), ...
    if pass
        && !f.shared_subject
        && !has_kid("aux:pass")
        && (ctx.deprel(t) == "amod" && ctx.head(t).is_some_and(|h| h > t)
            // or the sentence's main verb: a bare participle with a subject and no
            // auxiliary at all ("The Dutch government formally apologised to Indonesia").
            || ctx.deprel(t) == "root"
                && !ctx.kids(t).any(|c| matches!(ctx.deprel(c), "aux" | "cop"))
                && !headline_passive(ctx, t))
    {
        pass = false;
    }
    if subj.is_empty() && !f.spoken {
        // ("and I don't blame them": a first-person pronoun the actors stage left open is
        // the speaker, no actor read leftwards either.)
        f.subject_not_actor = ctx.kids(t).find(|&c| {
            ctx.deprel(c).starts_with("nsubj")
                && {
                    let upos = ctx.doc.tokens[ctx.start + c].upos;
                    upos.is("NOUN")
                        || upos.is("PROPN")
                        || upos.is("PRON") && ctx.lower[c].as_ref() == "i"
                }
                && !names_actor(ctx, c)
        });
    }
    // "Mexico dismissed Sonora's threat to close the border and slap tariffs on ...": the act
    // of an infinitive on a noun of intent (and of its conjuncts) is the noun's own actor's,
    // never the main clause's subject's nor the object of the conjunct before it.
    if subj.is_empty() {
        let own = intended_doer(ctx, t).or_else(|| {
            ctx.head(t)
                .filter(|&g| ctx.deprel(t) == "conj" && g < t)
                .and_then(|g| intended_doer(ctx, g))
        });
        // (With no actor in the noun's phrase, the first infinitive is the subject's as
        // before: "announced a plan to sanction Uganda"; a conjunct borrows nothing.)
        match own {
            Some((_, own)) if !own.is_empty() => {
                subj = own;
                f.shared_subject = true;
            }
            Some(_) if ctx.deprel(t) == "conj" => f.shared_subject = true,
            _ => {}
        }
    }
    // "questioned Acme's offer of providing food", "doubts the rationale in accepting it": a
    // gerund in a noun's phrase is the act of the noun's possessor or by-agent (none when
    // that names no actor), and one under a noun of reason or cost that the outer verb
    // questions is no one's; never the outer subject's read leftwards (session 29).
    if subj.is_empty() {
        if let Some(n) = gerund_on_noun(ctx, t) {
            let owners: Vec<usize> = ctx
                .kids(n)
                .filter(|&c| {
                    ctx.deprel(c) == "nmod:poss"
                        || ctx.deprel(c) == "nmod" && case_of(ctx, c).as_deref() == Some("by")
                })
                .collect();
            // ("Syria indicated its interest in resuming talks": a possessive pronoun no
            // mention stands for is the subject of the verb the noun is the object of.)
            let open_pronoun = |c: usize| {
                matches!(ctx.lower[c].as_ref(), "his" | "her" | "its" | "their")
                    && ctx.mention_at[c].is_none()
                    && ctx.uncoded_at[c].is_none()
            };
            if !owners.is_empty() {
                for &c in &owners {
                    dep_arg(ctx, c, &mut subj, 0);
                }
                if owners.iter().all(|&c| open_pronoun(c)) {
                    if let Some(v) = ctx
                        .head(n)
                        .filter(|&v| v < n && ctx.deprel(n) == "obj" && ctx.is_verb_token(v))
                    {
                        let (vs, vp) = dep_subject(ctx, v);
                        if !vp {
                            subj = vs;
                        }
                    }
                }
                f.shared_subject = true;
                if subj.is_empty() {
                    f.subject_not_actor = owners.first().copied();
                }
            } else if is_in(ctx.lemma(n), REASON_NOUNS)
                && ctx
                    .head(n)
                    .is_some_and(|v| is_in(ctx.lemma(v), QUESTIONING_VERBS))
            {
                f.shared_subject = true;
            }
        }
    }
    // "donors like Bolivia seeking help from Chile": a participle hung on a noun is that
    // noun's act, never the main clause subject's; on a noun that names no actor it has no
    // doer.
    if subj.is_empty()
        && ctx.deprel(t) == "acl"
        && ctx.doc.tokens[ctx.start + t].xpos.as_str() == "VBG"
        && t > 0
        && ctx.word(t - 1) != ","
        && !ctx
            .kids(t)
            .any(|c| matches!(ctx.deprel(c), "mark" | "nsubj" | "nsubj:pass"))
    {
        // (A letter, rally or speech "asking", "calling for" or "blasting" is its author's
        // instrument: the clause subject's act as before. As the object of a verb with a
        // subject, the instrument is that subject's, whatever the words between name: "Ana
        // Vidal wrote a letter to the Kenyan president asking" is her asking.)
        let instrument = ctx
            .head(t)
            .filter(|&h| h < t && is_in(ctx.lemma(h), INSTRUMENT_NOUNS));
        if let Some(h) = instrument {
            // (its own author first, a possessor, compound, by-phrase or from-phrase: "a G7
            // statement criticizing", "delivered a letter from President Clinton urging" is
            // the president's urging, whoever carries it; never a phrase the parse hangs on
            // it otherwise, "a letter to President Museveni")
            for c in ctx.kids(h).filter(|&c| {
                matches!(ctx.deprel(c), "nmod:poss" | "compound")
                    || ctx.deprel(c) == "nmod" && case_of(ctx, c).as_deref() == Some("by")
                    || sender_phrase(ctx, c)
            }) {
                if let Some(m) = ctx.mention_at[c] {
                    push_unique(&mut subj, ctx, m);
                }
            }
            let authored = authored_by(ctx, h);
            if let (true, Some(v)) = (subj.is_empty(), authored) {
                subj = dep_subject(ctx, v).0;
            }
            // (a from-phrase naming no actor leaves the act with no doer: the one who
            // carries the letter is not its sender)
            if !subj.is_empty() || authored.is_some() || sent_from(ctx, h) {
                f.shared_subject = true;
            }
        }
        if let Some(h) = ctx
            .head(t)
            .filter(|&h| h < t && !is_in(ctx.lemma(h), INSTRUMENT_NOUNS))
        {
            let mut own = Vec::new();
            dep_arg(ctx, h, &mut own, 0);
            if own.is_empty() {
                f.subject_not_actor = f.subject_not_actor.or(Some(h));
            } else {
                subj = own;
            }
        }
    }
    // "a ceasefire brokered by the United States": a past participle hung on the noun it
    // describes is a passive with that noun as its patient; one with an object is a misread
    // active verb ("Israeli police detained Palestinian activists"), as is one on a noun the
    // parse made the sentence's root ("Indian and Chinese troops clashed on the border") or
    // on an actor ("Doctors from two American aid groups donated ...": the actor's verb).
    if participle_after_noun(ctx, t) && !ctx.kids(t).any(|c| ctx.deprel(c) == "obj") {
        // ("innocent bystanders struck by terrorism": a by-phrase makes a passive of a bare
        // participle on the root noun too; "..., who was shot by" is a clause of its own.)
        if let Some(h) = ctx.head(t).filter(|&h| {
            h < t
                && (ctx.head(h).is_some() || by_phrase_without_subject(ctx, t))
                && ctx.mention_at[h].is_none()
        }) {
            pass = true;
            f.reduced_of = Some(h);
            if let Some(g) = ctx.head(h).filter(|&g| ctx.is_verb_token(g)) {
                f.parties = dep_subject(ctx, g).0;
            }
        }
    }
    // "Three Kenyan soldiers arrested in Uganda were freed": a participle of harm with no
    // object, on an actor's noun, describes the one harmed, even on the sentence's root
    // noun (`headline_passive`); the participle of a verb of doing stays the actor's own
    // act ("Indian and Chinese troops clashed on the border").
    if !pass && participle_after_noun(ctx, t) && headline_passive(ctx, t) {
        if let Some(h) = ctx
            .head(t)
            .filter(|&h| h < t && ctx.mention_at[h].is_some())
        {
            let mut own = Vec::new();
            dep_arg(ctx, h, &mut own, 0);
            if !own.is_empty() {
                pass = true;
                subj = own;
                f.shared_subject = true;
            }
        }
    }
    // "sanctioned Serbian officers accused of torturing prisoners", "two activists detained
    // for protesting": a verb that puts its object before this preposition, followed by the
    // preposition itself, has no object: it is a passive whatever the tagger says, and the
    // noun right before it is its patient (none when that noun names no actor).
    if !pass && t > 0 && reduced_passive(ctx, t) {
        pass = true;
        subj = ctx.mention_at[t - 1].into_iter().collect();
        f.shared_subject = true;
    }
    // (Joined to the noun the first participle describes, that noun is the one acted on.)
    let joined_passive = joined_bare_passive(ctx, t);
    if joined_passive && subj.is_empty() {
        if let Some(h) = ctx
            .head(t)
            .filter(|&h| h < t && ctx.mention_at[h].is_some() && !ctx.is_verb_token(h))
        {
            dep_arg(ctx, h, &mut subj, 0);
            f.shared_subject = !subj.is_empty();
        }
    }
    f.subj = subj;
    f.passive = pass || get_passive(ctx, t) || joined_passive;
    // "No troops were deployed", "no country has recognised it": a subject under "no"
    // negates the act.
    if ctx.kids(t).any(|c| {
        ctx.deprel(c).starts_with("nsubj")
            && ctx
                .kids(c)
                .any(|g| ctx.deprel(g) == "det" && ctx.word(g) == "no")
    }) {
        f.negated = true;
    }
    // "offered no real plans", "has endorsed none of this", "I apologize to nobody": an
    // object under "no", or a word of none as the object or the to-phrase, negates the act.
    // Not "shelled the town to no avail" (the act was done, in vain), nor one done to the
    // ones excepted ("arrested no one but the leader", "killed nobody except").
    let word_of_none = |c: usize| {
        matches!(ctx.word(c), "nothing" | "none" | "nobody" | "no-one")
            || ctx.word(c) == "one" && c >= 1 && ctx.word(c - 1) == "no"
    };
    let excepted = |c: usize| {
        matches!(
            ctx.word(c + 1),
            "but" | "except" | "apart" | "besides" | "save" | "bar" | "beyond"
        ) || ctx.word(c + 1) == "other" && ctx.word(c + 2) == "than"
    };
    let under_no = |c: usize| {
        ctx.kids(c)
            .any(|g| ctx.deprel(g) == "det" && ctx.word(g) == "no")
    };
    if ctx.kids(t).any(|c| match ctx.deprel(c) {
        "obj" => (word_of_none(c) || under_no(c)) && !excepted(c),
        "obl" => case_of(ctx, c).is_some_and(|p| p == "to") && word_of_none(c) && !excepted(c),
        _ => false,
    }) {
        f.negated = true;
    }
    let mut excluded: Vec<usize> = Vec::new();
    for c in ctx.kids(t).collect::<Vec<_>>() {
        let d = ctx.deprel(c);
        let w = ctx.word(c);
        match d {
            "nsubj" | "nsubj:pass" | "csubj" | "csubj:pass" | "nsubj:outer" => excluded.push(c),
            // ("Graham, who's called for troops": "'s" with an active subject is "has".)
            "aux:pass"
                if !(opposed_to || w == "'s" && has_kid("nsubj")) && passive_auxiliary(ctx, c) =>
            {
                f.passive = true
            }
            "obj" | "iobj" => dep_arg(ctx, c, &mut f.obj, 0),
            // "hosted Russian and Ukrainian delegations" with the second noun joined to the
            // verb: an object conjunct the parse hung too high.
            "conj"
                if has_kid("obj")
                    && {
                        let upos = ctx.doc.tokens[ctx.start + c].upos;
                        upos.is("NOUN") || upos.is("PROPN")
                    }
                    && ctx.kids(c).any(|g| ctx.deprel(g) == "cc")
                    && !has_subject(ctx, c) =>
            {
                dep_arg(ctx, c, &mut f.obj, 0)
            }
            "obl" | "obl:agent" | "nmod" | "obl:tmod" | "obl:npmod" | "obl:unmarked" => {
                let prep = case_of(ctx, c).unwrap_or_default();
                if d == "obl:agent" || (prep == "by" && f.passive) {
                    dep_arg(ctx, c, &mut f.agent, 0);
                } else if prep == "to" && up_to_number(ctx, c) {
                    // "sent up to 3,000 troops": a number's bound, the object, no phrase.
                    dep_arg(ctx, c, &mut f.obj, 0);
                } else if !prep.is_empty() {
                    let mut m = Vec::new();
                    dep_arg(ctx, c, &mut m, 0);
                    if prep == "between" && m.len() == 1 {
                        m.extend(between_second(ctx, c).filter(|x| !m.contains(x)));
                    }
                    // "pressure on Kiev": a PP inside the object also counts.
                    f.preps.push((prep, m));
                }
            }
            "ccomp" | "xcomp" => {
                let (cs, _) = dep_subject(ctx, c);
                f.comp_subj = cs;
                if f.comp_subj.is_empty() && d == "xcomp" {
                    // "demanded the alliance not expand": subject raised to object.
                    f.comp_subj = f.obj.clone();
                }
                let (lo, mut hi) = ctx.subtree_span(c);
                // The trigger's own second act is no part of what it says.
                for j in ctx.kids(c) {
                    if ctx.deprel(j) == "conj" && matrix_of_conjunct(ctx, j, c) == Some(t) {
                        hi = hi.min(ctx.subtree_span(j).0).max(lo + 1);
                    }
                }
                f.content = Some((lo, hi));
                nested_preps(ctx, c, &mut f.preps, 0);
            }
            // "not only did the ministry turn down ...": no negation; nor "vowed not to take
            // calls", "asked you not to protest", where the parse hangs the infinitive's "not"
            // on the verb: what is vowed or asked is negated, not the vow.
            "advmod" | "neg"
                if is_in(w, NEGATORS)
                    && !(w == "not" && ctx.word(c + 1) == "only")
                    && !(c > t && ctx.word(c + 1) == "to") =>
            {
                f.negated = true
            }
            "aux" if is_in(w, MODALS) => f.modal = true,
            "aux" if is_in(w, NEGATORS) => f.negated = true,
            "advcl" => {
                if let Some(mark) = ctx.kids(c).find(|&g| ctx.deprel(g) == "mark") {
                    if ctx.condition_word(mark) {
                        let (lo, hi) = ctx.subtree_span(c);
                        f.condition = Some(ctx.span(lo.min(mark)).cover(ctx.span(hi - 1)));
                        f.cond_subj = dep_subject(ctx, c).0;
                        excluded.push(c);
                    }
                }
            }
            "compound:prt" => f.particles.push(w.to_string()),
            "mark" if ctx.clause_condition_word(c) => f.in_condition = true,
            // Another predicate's words ("... and is not planning to invade").
            "punct" | "conj" | "cc" | "parataxis" => excluded.push(c),
            _ => {}
        }
        if d == "obl" || d == "obj" {
            // PPs inside the object ("put pressure on Kiev").
            nested_preps(ctx, c, &mut f.preps, 0);
        }
        if matches!(d, "obl" | "nmod") {
            if let Some(p) = case_of(ctx, c) {
                if c == t + 1 || ctx.kids(c).any(|g| g == t + 1) {
                    f.particles.push(p);
                }
            }
        }
    }
    if f.obj.is_empty() && !f.passive {
        if let Some(o) = shared_object(ctx, t) {
            dep_arg(ctx, o, &mut f.obj, 0);
        }
    }
    // "Obama is to blame for the crisis", "disagreement may have been partially to blame":
    // the subject of "be to blame" is the one blamed, and nobody named blames it.
    if ctx.lemma(t) == "blame"
        && ctx.kids(t).any(|c| ctx.deprel(c) == "cop")
        && ctx
            .kids(t)
            .any(|c| ctx.deprel(c) == "mark" && ctx.word(c) == "to")
    {
        for m in std::mem::take(&mut f.subj) {
            push_unique(&mut f.obj, ctx, m);
        }
        f.shared_subject = true;
    }
    if f.shared_subject {
        let subj = f.subj.clone();
        bind_pronoun_object(ctx, t, &subj, &mut f.obj);
    }
    // "the cartel, which the minister accused of bribery": a relative pronoun object stands
    // for the noun the clause describes.
    // (The parse may hang the clause on the main verb: its noun is then the one before the
    // comma, "expelled the Sudanese ambassador, whom Nairobi accused of spying".)
    if f.obj.is_empty() {
        // ("which most Whigs opposed" parsed with two subjects: the first is the object.)
        let two_subjects = ctx.kids(t).filter(|&c| ctx.deprel(c) == "nsubj").count() == 2;
        let relative = ctx.kids(t).find(|&c| {
            (ctx.deprel(c) == "obj" || two_subjects && ctx.deprel(c) == "nsubj")
                && is_in(ctx.word(c), RELATIVE_WORDS)
        });
        let noun = match (relative, ctx.deprel(t)) {
            (Some(_), "acl:relcl" | "acl") => ctx.head(t).filter(|&h| h < t),
            (Some(r), "advcl") if r >= 2 && ctx.word(r - 1) == "," => Some(r - 2),
            // "a reporter the junta had jailed", "the envoy Ankara expelled": a relative
            // clause with a subject of its own, no relative word and nothing in its object's
            // place has the noun it describes as that object.
            // (Not a plural common noun that is no group of people: "the holiday parties he
            // hosted" are no political parties.)
            (None, "acl:relcl") if object_gap(ctx, t) => {
                ctx.head(t).filter(|&h| h < t && !plural_thing(ctx, h))
            }
            _ => None,
        };
        if let Some(h) = noun {
            dep_arg(ctx, h, &mut f.obj, 0);
            // "the junta freed a reporter it had jailed": a pronoun subject the actors stage
            // left open is the one who acts on that noun in the clause it belongs to; never
            // the noun itself (its object).
            let pronoun = ctx.kids(t).find(|&c| {
                ctx.deprel(c) == "nsubj"
                    && ctx.mention_at[c].is_none()
                    && matches!(
                        ctx.word(c).to_ascii_lowercase().as_str(),
                        "it" | "they" | "he" | "she"
                    )
            });
            if f.subj.is_empty() && pronoun.is_some() && !f.obj.is_empty() {
                if let Some(g) = ctx.head(h).filter(|&g| {
                    g < h && ctx.is_verb_token(g) && matches!(ctx.deprel(h), "obj" | "obl")
                }) {
                    let (gs, gp) = dep_subject(ctx, g);
                    if !gp && !gs.iter().any(|m| f.obj.contains(m)) {
                        f.subj = gs;
                    }
                }
                f.shared_subject = true;
            }
        }
    }
    // "the mayor, against whom she argued in the hall": a relative pronoun after a preposition
    // stands for the noun the clause describes, in that preposition's phrase.
    if matches!(ctx.deprel(t), "acl:relcl" | "acl") {
        let noun = ctx.head(t).filter(|&h| h < t);
        let fronted = ctx.kids(t).find_map(|c| {
            let case = ctx.kids(c).find(|&g| ctx.deprel(g) == "case")?;
            (c < t && ctx.deprel(c) == "obl" && matches!(ctx.word(c), "whom" | "which"))
                .then(|| ctx.word(case).to_string())
        });
        if let (Some(h), Some(prep)) = (noun, fronted) {
            let mut found = Vec::new();
            dep_arg(ctx, h, &mut found, 0);
            if !found.is_empty() && f.prep(&prep).is_empty() {
                f.preps.retain(|(q, _)| q != &prep);
                f.preps.push((prep, found));
            }
        }
    }
    // Right context: the trigger's subtree minus subjects, conditions and punctuation.
    let mut sub = Vec::new();
    for c in ctx.kids(t) {
        if !excluded.contains(&c) {
            ctx.subtree(c, &mut sub);
        }
    }
    sub.sort_unstable();
    f.right = sub.into_iter().filter(|&k| k > t).collect();
    // "If Russia attacks ..., the alliance will defend every inch ..., Stoltenberg warned": a
    // verb after the clause it reports (parataxis), with no object or complement of its own,
    // has that clause's words as its own.
    if ctx.deprel(t) == "parataxis"
        && f.right.is_empty()
        && !ctx
            .kids(t)
            .any(|c| matches!(ctx.deprel(c), "obj" | "ccomp" | "xcomp"))
    {
        if let Some(h) = ctx.head(t).filter(|&h| h < t) {
            let mut own = Vec::new();
            ctx.subtree(t, &mut own);
            let mut reported = Vec::new();
            ctx.subtree(h, &mut reported);
            reported
                .retain(|k| !own.contains(k) && !ctx.doc.tokens[ctx.start + k].upos.is("PUNCT"));
            reported.sort_unstable();
            if let (Some(&a), Some(&b)) = (reported.first(), reported.last()) {
                f.content = Some((a, b + 1));
            }
            f.right = reported;
        }
    }
    // The described noun is the participle's patient: "need" words are read in it. So is
    // the head noun of a passive's subject ("the conviction was upheld").
    if let Some(h) = f.reduced_of {
        f.right.insert(0, h);
    } else if let Some(h) = ctx.kids(t).find(|&c| ctx.deprel(c) == "nsubj:pass") {
        // "the curfew, which was imposed by ...": the relative pronoun stands for the noun
        // the clause describes.
        let h = match (ctx.word(h), ctx.deprel(t), ctx.head(t)) {
            ("which" | "that", "acl:relcl", Some(n)) if n < h => n,
            _ => h,
        };
        if ctx.mention_at[h].is_none() && !f.right.contains(&h) {
            f.right.insert(0, h);
        }
    }
    if f.content.is_none() {
        if let (Some(&a), Some(&b)) = (f.right.first(), f.right.last()) {
            f.content = Some((a, b + 1));
        }
    }
    // Clause span: the whole subtree.
    f.clause = ctx.subtree_span(t);
    if let Some(&next) = f.right.first() {
        if next == t + 1 && is_in(ctx.word(next), PREPS) {
            f.particles.push(ctx.word(next).to_string());
        }
    }
    if ctx.word(t + 1) == "down"
        || ctx.word(t + 1) == "out"
        || ctx.word(t + 1) == "up"
        || ctx.word(t + 1) == "off"
    {
        f.particles.push(ctx.word(t + 1).to_string());
    }
    // Climb control and coordination chains for a missing subject and inherited modality.
    // Past a complement clause the modality is the reporting verb's, not the act's ("I would
    // like to remind them that Canada has never threatened Norway": a fact the speaker
    // states).
    // A participle said by the speaker of the clause it ends is the speaker's act, stated as
    // done: it climbs no further.
    let mut k = t;
    let mut across = false;
    // An act done before the one its clause hangs on ("vowed to retaliate after accusing
    // Israel") takes none of that act's modality either.
    let climbs = if f.spoken || done_before(ctx, t) {
        0
    } else {
        4
    };
    // "indicated its interest in resuming talks": the act of a gerund right after "interest
    // in" is wanted, not done, wherever the parse hangs it.
    if t >= 2
        && ctx.lower[t - 1] == "in"
        && ctx.lemma(t - 2) == "interest"
        && ctx.doc.tokens[ctx.start + t].xpos.as_str() == "VBG"
    {
        f.intent = true;
    }
    // "still hesitant on backing Kyiv", "stand united on arresting the smugglers": a
    // subjectless gerund after "on" or "about" is the topic of a stance, an act not stated
    // as done (unless praised or blamed for: "congratulated Ghana on holding the vote").
    if matches!(ctx.deprel(t), "advcl" | "acl")
        && !has_subject(ctx, t)
        && gerund_mark(ctx, t).is_some_and(|w| matches!(w, "on" | "about"))
        && ctx.head(t).is_none_or(|h| !is_in(ctx.lemma(h), JUDGED_FOR))
    {
        f.modal = true;
    }
    // "weighing whether to arm the rebels": an act asked about is not done.
    if ctx
        .kids(t)
        .any(|c| ctx.deprel(c) == "mark" && ctx.lower[c] == "whether")
    {
        f.modal = true;
    }
    // Past a clause of means ("an effort to keep the lead by hailing ..."), the act is done
    // whatever the intent it serves.
    let mut means = false;
    // An act handed to an object no actor stands for has no subject further up.
    let mut handed_to_no_actor = false;
    let finite = |k: usize| matches!(ctx.doc.tokens[ctx.start + k].xpos.as_str(), "VBZ" | "VBD");
    for _ in 0..climbs {
        // "killings in Yemen, where a coalition is battling rebels": a relative where-clause
        // states what goes on there, with no modality of the clause it describes.
        if ctx
            .kids(k)
            .any(|c| ctx.word(c) == "where" && matches!(ctx.deprel(c), "advmod" | "mark"))
        {
            break;
        }
        let d = ctx.deprel(k);
        let Some(g) = ctx.head(k) else { break };
        means |= d == "advcl"
            && !ctx
                .kids(k)
                .any(|c| ctx.deprel(c) == "mark" && ctx.lower[c] == "to");
        if ctx.lower[g] == "whether" && !means {
            f.modal = true;
        }
        // "his threats to close the border", "a plan to arm the rebels": the act of an
        // infinitive on a noun of intent is not done.
        if !means
            && matches!(d, "acl" | "acl:relcl")
            && is_in(ctx.lemma(g), UNREALISED_NOUNS)
            && ctx
                .kids(k)
                .any(|c| ctx.deprel(c) == "mark" && ctx.lower[c] == "to")
        {
            f.modal = true;
        }
        // "summoned China's ambassador on Monday to protest the ramming": the parse may hang
        // a purpose infinitive on the object noun; its subject is the verb's subject, unless
        // the verb hands the act to its object ("urged Iran to halt").
        if d == "acl" && k == t && f.subj.is_empty() && !f.shared_subject && ctx.deprel(g) == "obj"
        {
            let to = ctx
                .kids(k)
                .any(|c| ctx.deprel(c) == "mark" && ctx.lower[c] == "to");
            if let Some(v) = ctx.head(g).filter(|_| to) {
                if !is_in(ctx.lemma(v), OBJECT_CONTROL) {
                    f.subj = dep_subject(ctx, v).0;
                    f.shared_subject = true;
                    f.purpose_of = Some(v);
                    // "will assemble a force to round up migrants": the purpose of a planned
                    // act is planned too.
                    if planned(ctx, v) {
                        f.modal = true;
                    }
                }
            }
        }
        // "the resolution's calls on Israel to withdraw", "his appeal to Hamas to free the
        // hostages": an infinitive on a noun of appeal is the act asked of its addressee, not
        // done.
        if d == "acl" && k == t && f.subj.is_empty() && !f.shared_subject {
            if let Some(c) = appeal_addressee(ctx, g, k) {
                dep_arg(ctx, c, &mut f.subj, 0);
                f.shared_subject = !f.subj.is_empty();
                f.modal = true;
            }
        }
        if !matches!(d, "xcomp" | "conj" | "ccomp" | "advcl") {
            break;
        }
        // "the plan, which includes seizing the assets": an act a plan or duty includes is
        // its content, done by no one the clause names; not done at all when what includes
        // it is a plan or proposal.
        if matches!(d, "xcomp" | "ccomp")
            && ctx.doc.tokens[ctx.start + k].xpos.as_str() == "VBG"
            && is_in(ctx.lemma(g), CONTENT_VERBS)
        {
            let includer = ctx.kids(g).find(|&c| ctx.deprel(c) == "nsubj").map(|c| {
                if is_in(ctx.word(c), RELATIVE_WORDS) {
                    ctx.head(g).unwrap_or(c)
                } else {
                    c
                }
            });
            if includer.is_some_and(|c| is_in(ctx.lemma(c), UNREALISED_NOUNS)) {
                f.modal = true;
            }
            break;
        }
        across |= d == "ccomp";
        let (gs, gpass) = dep_subject(ctx, g);
        // "began a hunger strike to demand ...": a purpose infinitive's subject is the main one.
        let purpose = d == "advcl"
            && ctx
                .kids(k)
                .any(|c| ctx.deprel(c) == "mark" && ctx.lower[c] == "to");
        // "is \"ready\" to sign": a quote mark makes the parse read an adjective's complement
        // as a purpose clause; after a copula it is the complement all the same.
        let d = if purpose && ctx.kids(g).any(|c| ctx.deprel(c) == "cop") {
            "xcomp"
        } else {
            d
        };
        // "summoned the charge d'affaires to protest against ...": the purpose of an act.
        if purpose && k == t && f.purpose_of.is_none() {
            f.purpose_of = Some(g);
        }
        if purpose && planned(ctx, g) {
            f.modal = true;
        }
        if f.subj.is_empty()
            && !handed_to_no_actor
            && f.subject_not_actor.is_none()
            && (d != "advcl" || purpose)
            && d != "ccomp"
        {
            if d == "xcomp" {
                let mut go = Vec::new();
                for c in ctx.kids(g) {
                    if matches!(ctx.deprel(c), "obj" | "iobj") {
                        dep_arg(ctx, c, &mut go, 0);
                    }
                }
                if go.is_empty() {
                    if let Some(c) = appeal_addressee(ctx, g, k) {
                        dep_arg(ctx, c, &mut go, 0);
                    }
                }
                f.passive |= go.is_empty() && get_passive(ctx, t);
                f.subj = if go.is_empty() { gs } else { go };
            } else {
                // "coerce countries to release prisoners", "called upon the U.S. to press
                // China", parsed as purpose clauses: after a verb that hands the act to its
                // object, the object (or the one called on) does it.
                // ("called Sanders to congratulate him": a call's object is no one called on.)
                let handed = if purpose && k == t && is_in(ctx.lemma(g), OBJECT_CONTROL) {
                    let mut go = Vec::new();
                    let objects = ctx
                        .kids(g)
                        .filter(|&c| c < k && !is_in(ctx.lemma(g), APPEAL_ON));
                    for c in objects {
                        if matches!(ctx.deprel(c), "obj" | "iobj") {
                            dep_arg(ctx, c, &mut go, 0);
                        }
                    }
                    if go.is_empty() {
                        if let Some(c) = appeal_addressee(ctx, g, k) {
                            dep_arg(ctx, c, &mut go, 0);
                            // What one is called on to do is asked, not done.
                            f.modal |= !go.is_empty();
                        }
                    }
                    go
                } else {
                    Vec::new()
                };
                // ("coerce countries to release prisoners": an object no actor stands for
                // still does the act; the subject does not.)
                handed_to_no_actor = purpose
                    && k == t
                    && handed.is_empty()
                    && is_in(ctx.lemma(g), PERSUASION_VERBS)
                    && ctx.kids(g).any(|c| {
                        c < k
                            && ctx.deprel(c) == "obj"
                            && ctx.doc.tokens[ctx.start + c].upos.is("NOUN")
                    });
                if handed_to_no_actor {
                    f.shared_subject = true;
                } else if handed.is_empty() {
                    f.subj = gs;
                    f.passive |= gpass && ctx.doc.tokens[ctx.start + t].xpos.as_str() == "VBN";
                } else {
                    f.subj = handed;
                }
            }
        }
        // "will open the crossing before meeting the envoys": a gerund of time done by its
        // verb's subject is as planned as that verb's act.
        // ("may have violated the law by calling on Russia": a guess about a past act
        // leaves the means stated.)
        let gerund = d == "advcl"
            && f.shared_subject
            && time_gerund(ctx, k)
            && !ctx
                .kids(g)
                .any(|c| ctx.deprel(c) == "aux" && ctx.lemma(c) == "have");
        for c in ctx.kids(g) {
            let w = ctx.word(c);
            match ctx.deprel(c) {
                "advmod" | "neg" | "aux" if is_in(w, NEGATORS) && d != "advcl" && d != "conj" => {
                    f.negated = true
                }
                // "will fight on and refuses to answer": a conjunct with a tense of its own
                // takes no modal of the verb it is joined to.
                "aux"
                    if is_in(w, MODALS)
                        && (d != "advcl" || gerund)
                        && !across
                        && !(d == "conj" && finite(k)) =>
                {
                    f.modal = true
                }
                "mark" if ctx.clause_condition_word(c) => f.in_condition = true,
                "mark" if w == "whether" && d == "conj" => f.modal = true,
                "advcl" if f.condition.is_none() && d != "advcl" => {
                    if let Some(mark) = ctx.kids(c).find(|&m| ctx.deprel(m) == "mark") {
                        if ctx.condition_word(mark) {
                            let (lo, hi) = ctx.subtree_span(c);
                            f.condition = Some(ctx.span(lo.min(mark)).cover(ctx.span(hi - 1)));
                            f.cond_subj = dep_subject(ctx, c).0;
                        }
                    }
                }
                _ => {}
            }
        }
        // "failed to reach agreement": it did not happen.
        if d == "xcomp" && !across && is_in(ctx.word(g), FAILED) {
            f.negated = true;
        }
        if d == "xcomp" && !across && (is_in(ctx.word(g), INTENT) || is_in(ctx.lemma(g), INTENT)) {
            f.intent = true;
        }
        // "looked forward to visiting Kenya": an act looked forward to is intended.
        if matches!(d, "advcl" | "xcomp")
            && !across
            && ctx.lemma(g) == "look"
            && ctx.kids(g).any(|c| ctx.lower[c] == "forward")
        {
            f.intent = true;
        }
        k = g;
    }
    // "Clinton cited disparaging remarks Trump had made about Machado": an act word that
    // describes a noun whose relative clause has an actor for its subject is that actor's
    // act, aimed at whom the clause's "about", "of", "on" or "against" phrase names, never
    // the main clause's.
    if let Some((doer, aim)) = relative_clause_author(ctx, t) {
        f.subj = doer;
        f.obj = aim;
        f.agent.clear();
        f.preps.clear();
        f.comp_subj.clear();
        f.passive = false;
    }
    f
}

/// Nouns of others related to an actor: its possessor is not the one they name.
const RELATIONAL_NOUNS: &[&str] = &[
    "ally",
    "allies",
    "partner",
    "neighbor",
    "neighbour",
    "rival",
    "enemy",
    "foe",
    "opponent",
    "critic",
    "friend",
    "adversary",
];

/// Nouns of a person's following: as doers they are not the person who possesses or modifies
/// them ("Boric's biggest supporters insisted", "a Clinton supporter praised"), though the
/// supporters of a party or group are that side ("opposition supporters protested") and
/// what is done to a person's supporters touches the person, as with kin.
const FOLLOWER_NOUNS: &[&str] = &[
    "supporter",
    "backer",
    "booster",
    "follower",
    "fan",
    "donor",
    "voter",
];

/// Kin of a person: what they do is not the possessor's act ("the senator's wife accused
/// ..."), though what is done to them touches the possessor (`coder::TIED_ROLES`), so only a
/// doer is kept apart ([`kin_of_possessor`], [`before_others`]).
const KIN_NOUNS: &[&str] = &[
    "wife", "husband", "spouse", "son", "daughter", "child", "children", "brother", "sister",
    "father", "mother", "parent", "family", "relative", "widow", "widower",
];

/// Nouns of an act intended, threatened or attempted: an infinitive on one is not done.
pub(crate) const UNREALISED_NOUNS: &[&str] = &[
    "threat",
    "plan",
    "promise",
    "pledge",
    "vow",
    "proposal",
    "bid",
    "attempt",
    "effort",
    "push",
    "call",
    "demand",
    "intention",
    "plot",
    "scheme",
    "campaign",
    "order",
    "commitment",
];

/// Verbs of opposition and disapproval whose object is the thing opposed; unlike "impose
/// sanctions on" or "put pressure on", their object's on/against phrase is no side of theirs.
const OPPOSING_VERBS: &[&str] = &[
    "oppose",
    "denounce",
    "condemn",
    "deplore",
    "decry",
    "criticize",
    "criticise",
    "reject",
    "protest",
    "slam",
    "blast",
    "lambaste",
    "assail",
    "rail",
];

/// Is `c`, the object of the verb `t` or its against phrase ("protested against the
/// sanctions"), a thing (a common noun no mention covers) that a verb of [`OPPOSING_VERBS`]
/// opposes?
pub(crate) fn opposes_thing(ctx: &Ctx, t: usize, c: usize) -> bool {
    let opposed = match ctx.deprel(c) {
        "obj" => true,
        "obl" => case_of(ctx, c).is_some_and(|p| p == "against"),
        _ => false,
    };
    opposed
        && is_in(ctx.lemma(t), OPPOSING_VERBS)
        && ctx.doc.tokens[ctx.start + c].upos.is("NOUN")
        && ctx.mention_at[c].is_none()
}

/// The mentions of the on/against phrases of the thing at local token `c` ("discrimination
/// *against Muslims*"): the ones that thing is done to. A phrase right after the thing that
/// the parse hangs on the verb above it is the thing's too ("deplored the acts against the
/// embassy").
pub(crate) fn aimed_at(ctx: &Ctx, c: usize) -> Vec<u32> {
    let end = ctx.subtree_span(c).1;
    let after = ctx
        .head(c)
        .into_iter()
        .flat_map(|v| ctx.kids(v))
        .filter(|&g| ctx.deprel(g) == "obl" && ctx.subtree_span(g).0 == end);
    let mut out = Vec::new();
    for g in ctx.kids(c).chain(after) {
        if matches!(ctx.deprel(g), "nmod" | "obl")
            && case_of(ctx, g).is_some_and(|p| matches!(p.as_str(), "against" | "on" | "upon"))
        {
            dep_arg(ctx, g, &mut out, 0);
        }
    }
    out
}

/// Words of appeal whose on/upon phrase (call) or to phrase (appeal, plea) names the one asked
/// to do what their infinitive says.
const APPEAL_ON: &[&str] = &["call", "calls"];
const APPEAL_TO: &[&str] = &["appeal", "plea", "plead"];

/// "called on Israel to withdraw", "the calls upon Iraq to release", "appealed to Hamas to
/// free": the phrase of the appeal word `g`, before its infinitive `k`, that names the one
/// asked to act; the parse makes it an oblique, not the object the controller reads.
fn appeal_addressee(ctx: &Ctx, g: usize, k: usize) -> Option<usize> {
    let lemma = ctx.lemma(g);
    let cases: &[&str] = if is_in(lemma, APPEAL_ON) {
        &["on", "upon"]
    } else if is_in(lemma, APPEAL_TO) {
        &["to"]
    } else {
        return None;
    };
    if !ctx
        .kids(k)
        .any(|c| ctx.deprel(c) == "mark" && ctx.lower[c] == "to")
    {
        return None;
    }
    ctx.kids(g).find(|&c| {
        g < c
            && c < k
            && matches!(ctx.deprel(c), "obl" | "nmod")
            && case_of(ctx, c).is_some_and(|p| cases.contains(&p.as_str()))
    })
}

/// Is the `to` of the phrase at local token `c` the bound of a number ("up to 3,000
/// troops"), not a preposition?
fn up_to_number(ctx: &Ctx, c: usize) -> bool {
    ctx.kids(c).any(|k| {
        ctx.deprel(k) == "case"
            && ctx.word(k) == "to"
            && k > 0
            && ctx.word(k - 1) == "up"
            && k + 1 < ctx.len()
            && ctx.doc.tokens[ctx.start + k + 1].xpos.as_str() == "CD"
    })
}

/// The noun of intent an infinitive at `v` is hung on ("threats *to* close"), with the
/// actors its phrase names (its possessor or modifier), if it is one.
fn intended_doer(ctx: &Ctx, v: usize) -> Option<(usize, Vec<u32>)> {
    let h = ctx.head(v).filter(|&h| h < v)?;
    if ctx.deprel(v) != "acl"
        || !is_in(ctx.lemma(h), UNREALISED_NOUNS)
        || !ctx
            .kids(v)
            .any(|c| ctx.deprel(c) == "mark" && ctx.lower[c] == "to")
        || has_subject(ctx, v)
    {
        return None;
    }
    let mut own = Vec::new();
    dep_arg(ctx, h, &mut own, 0);
    Some((h, own))
}

/// Nouns of the reason, sense or cost of an act ("the rationale in accepting", "the cost of
/// sending troops"): an act under one that is questioned is weighed, not done.
/// attache's own list.
const REASON_NOUNS: &[&str] = &[
    "rationale",
    "reason",
    "reasoning",
    "logic",
    "wisdom",
    "sense",
    "merit",
    "merits",
    "justification",
    "basis",
    "cost",
    "costs",
    "point",
    "purpose",
    "legality",
];

/// Verbs that question or doubt what they take ("questioned the rationale in accepting").
/// attache's own list.
const QUESTIONING_VERBS: &[&str] = &[
    "question",
    "doubt",
    "challenge",
    "dispute",
    "query",
    "criticize",
    "criticise",
    "ask",
];

/// The common noun whose phrase holds the gerund at local token `t`: one with no subject of
/// its own, opened by "of", "in", "for", "behind" or "about", hung on that noun ("the
/// rationale in accepting") or right after it though the parse hangs it elsewhere ("Acme's
/// offer of providing" read as a clause of the verb before). A noun that names an actor is
/// none ("accused Seoul of sending", "accused the government of sending": the object's act).
fn gerund_on_noun(ctx: &Ctx, t: usize) -> Option<usize> {
    if !ctx.parsed || ctx.doc.tokens[ctx.start + t].xpos.as_str() != "VBG" || has_subject(ctx, t) {
        return None;
    }
    let mark = ctx
        .kids(t)
        .find(|&c| matches!(ctx.deprel(c), "mark" | "case"))
        .filter(|&c| c + 1 == t)?;
    if !matches!(
        ctx.lower[mark].as_ref(),
        "of" | "in" | "for" | "behind" | "about"
    ) {
        return None;
    }
    let common = |n: usize| {
        ctx.doc.tokens[ctx.start + n].upos.is("NOUN")
            && ctx.mention_at[n].is_none()
            && ctx.uncoded_at[n].is_none()
    };
    let n = match ctx.head(t) {
        Some(h) if h < t && ctx.deprel(t) == "acl" => h,
        _ => t.checked_sub(2)?,
    };
    common(n).then_some(n)
}

/// Is verb `v` a planned or possible act (a modal or future auxiliary of its own)?
fn planned(ctx: &Ctx, v: usize) -> bool {
    ctx.kids(v)
        .any(|c| ctx.deprel(c) == "aux" && is_in(ctx.word(c), MODALS))
}

/// The verb at whose subject's hands the instrument noun at local token `h` came to be: a
/// verb of making or sending it (`AUTHORING_VERBS`: "wrote a letter", "passed a
/// resolution") that takes it as its object and has a subject; not "rejected a statement",
/// nor "delivered a letter from the president" (its from-phrase names another sender).
pub(crate) fn authored_by(ctx: &Ctx, h: usize) -> Option<usize> {
    ctx.head(h).filter(|&v| {
        !sent_from(ctx, h)
            && ctx.deprel(h) == "obj"
            && ctx.is_verb_token(v)
            && is_in(ctx.lemma(v), AUTHORING_VERBS)
            && ctx.kids(v).any(|c| ctx.deprel(c) == "nsubj")
    })
}

/// Has the instrument noun at local token `h` a from-phrase naming its sender ("a letter
/// from the president")?
fn sent_from(ctx: &Ctx, h: usize) -> bool {
    ctx.kids(h).any(|c| sender_phrase(ctx, c))
}

/// Is the phrase at local token `c` a from-phrase naming a sender, not a place no actor
/// holds that the thing came from ("issued a statement from Chicago" is hers)?
fn sender_phrase(ctx: &Ctx, c: usize) -> bool {
    let span = ctx.span(c);
    ctx.deprel(c) == "nmod"
        && case_of(ctx, c).as_deref() == Some("from")
        && (ctx.mention_at[c].is_some() || !ctx.doc.places.iter().any(|p| p.span.contains(span)))
}

/// Verbs of making, sending or putting out a letter, statement or resolution.
const AUTHORING_VERBS: &[&str] = &[
    "write",
    "send",
    "issue",
    "release",
    "publish",
    "pass",
    "adopt",
    "approve",
    "sign",
    "post",
    "deliver",
    "give",
    "make",
    "run",
    "air",
    "launch",
    "file",
    "submit",
    "draft",
    "circulate",
    "introduce",
    "put",
];

/// Nouns of what an actor speaks or acts through ("a letter asking", "a rally blasting"): a
/// participle on one is the author's act.
pub(crate) const INSTRUMENT_NOUNS: &[&str] = &[
    "letter",
    "statement",
    "petition",
    "ad",
    "advertisement",
    "speech",
    "rally",
    "sign",
    "record",
    "paperwork",
    "video",
    "tweet",
    "post",
    "message",
    "column",
    "op-ed",
    "report",
    "resolution",
    "bill",
    "memo",
    "interview",
    "remark",
    "comment",
    "appearance",
    "address",
];

/// Is local token `c` a noun of kin or of a following with no mention of its own whose
/// possessor or modifier is a person ("Boric's wife", "the president's children", "a Boric
/// supporter")? As a doer it is someone else.
fn kin_of_possessor(ctx: &Ctx, c: usize) -> bool {
    ctx.mention_at[c].is_none()
        && kin_or_follower(ctx, c)
        && ctx
            .kids(c)
            .any(|g| matches!(ctx.deprel(g), "nmod:poss" | "compound") && person_mention(ctx, g))
}

/// Does the verb at local token `t` open a to-infinitive ("to" its marker)?
fn infinitive_mark(ctx: &Ctx, t: usize) -> bool {
    ctx.kids(t)
        .any(|c| c < t && ctx.deprel(c) == "mark" && ctx.word(c) == "to")
}

/// People who act for, work with or stand beside someone: as the head of a phrase they, not
/// their possessor, are the ones named ("met Ana Vidal's lawyer").
const PERSON_NOUNS: &[&str] = &[
    "lawyer",
    "attorney",
    "counsel",
    "aide",
    "adviser",
    "advisor",
    "assistant",
    "deputy",
    "secretary",
    "staff",
    "staffer",
    "manager",
    "director",
    "chief",
    "head",
    "leader",
    "official",
    "officer",
    "agent",
    "envoy",
    "representative",
    "delegate",
    "delegation",
    "lawmaker",
    "colleague",
    "associate",
    "successor",
    "predecessor",
    "boss",
    "employee",
    "guard",
    "bodyguard",
    "driver",
    "doctor",
    "nominee",
    "candidate",
    "running mate",
    "member",
    "team",
    "surrogate",
    "biographer",
    "friend",
];

/// Does local token `k` name a person or people rather than a thing ("lawyer", "wife",
/// "rivals", "spokesman", a group noun of `data/group_nouns.txt`)?
pub(crate) fn person_noun(ctx: &Ctx, k: usize) -> bool {
    let lemma = ctx.lemma(k);
    let word = lower_case(ctx.word(k));
    is_in(lemma, PERSON_NOUNS)
        || is_in(lemma, RELATIONAL_NOUNS)
        || kin_or_follower(ctx, k)
        || ctx.lex.is_group_noun(&word)
        || ["man", "men", "woman", "women", "person", "people"]
            .iter()
            .any(|e| word.ends_with(e))
}

/// Is the lemma of local token `k` a noun of kin or of a following (`KIN_NOUNS`,
/// `FOLLOWER_NOUNS`)?
fn kin_or_follower(ctx: &Ctx, k: usize) -> bool {
    is_in(ctx.lemma(k), KIN_NOUNS) || is_in(ctx.lemma(k), FOLLOWER_NOUNS)
}

/// Is there a mention of a person at local token `k`?
fn person_mention(ctx: &Ctx, k: usize) -> bool {
    ctx.mention_at[k]
        .and_then(|m| ctx.doc.mentions.get(m as usize))
        .and_then(|x| ctx.doc.actors.get(x.actor as usize))
        .is_some_and(|a| a.kind == ActorKind::Person)
}

/// Is the mention whose last word is `last` the possessor or modifier of a doer who is
/// someone else: a noun of others ("Iran's allies"), or, when it is a person, of kin or a
/// following ("Boric's wife", "a Boric supporter")? Adjectives and quote marks may stand
/// between.
fn before_others(ctx: &Ctx, last: usize) -> bool {
    let mark = matches!(ctx.word(last + 1), "'s" | "'" | "’s" | "’");
    // ("American voters", "his Pakistani wife": a demonym describes the one the noun names.)
    let demonym = ctx.mention_at[last]
        .and_then(|m| ctx.doc.mentions.get(m as usize))
        .is_some_and(|m| m.form == MentionForm::Adjective);
    if demonym && !mark {
        return false;
    }
    let from = last + 1 + usize::from(mark);
    (from..(from + 4).min(ctx.len()))
        .find(|&j| {
            let u = ctx.doc.tokens[ctx.start + j].upos;
            !(u.is("ADJ")
                || matches!(ctx.deprel(j), "amod" | "compound") && !u.is("NOUN")
                || u.is("PUNCT") && matches!(ctx.word(j), "\"" | "“" | "‘" | "``"))
        })
        .is_some_and(|j| {
            ctx.mention_at[j].is_none()
                && (is_in(ctx.lemma(j), RELATIONAL_NOUNS)
                    || person_mention(ctx, last) && kin_or_follower(ctx, j))
        })
}

/// Does the negating adverb at local token `j` negate a verb of another clause than the
/// trigger's at `t`, in the parse ("that he's not backing any candidate, and ... he also
/// hosted Bush")? It negates the trigger when it hangs on the trigger, on a word that is no
/// verb (an auxiliary), or on a verb above the trigger ("did not agree to meet").
fn negates_other_verb(ctx: &Ctx, j: usize, t: usize) -> bool {
    if !ctx.parsed || !matches!(ctx.lower[j].as_ref(), "not" | "n't" | "never") {
        return false;
    }
    let Some(h) = ctx.head(j) else {
        return false;
    };
    h != t && ctx.doc.tokens[ctx.start + h].upos.is("VERB") && !governs(ctx, h, t)
}

/// Is the modal at local token `j`, read leftwards from the trigger at `t`, the auxiliary of
/// a relative clause, or of a subordinate clause with its own subject, that does not hold
/// the trigger ("The accord, which would fund two new ports, was initialled on Monday": the
/// conditional is the ports', and the initialling is done; "(though she granted that a few
/// could stay) and vowed to close the camp")?
fn modal_of_relative_clause(ctx: &Ctx, j: usize, t: usize) -> bool {
    modal_in_relative_aside(ctx, j, t)
        || ctx.parsed
            && ctx.head(j).is_some_and(|v| {
                v != t
                    && !governs(ctx, v, t)
                    && (matches!(ctx.deprel(v), "acl:relcl" | "acl")
                        || matches!(ctx.deprel(v), "ccomp" | "advcl" | "csubj")
                            && ctx.kids(v).any(|c| ctx.deprel(c).starts_with("nsubj")))
            })
}

/// Is the modal at local token `j` inside a relative clause set off by commas, ", who" or
/// ", which" before it and a comma after it, before the trigger at `t`? ("Senator Ana Vidal,
/// who could face impeachment, criticized Congress": the parse may make the relative clause
/// the main one and the trigger its conjunct; the criticism is stated all the same.)
fn modal_in_relative_aside(ctx: &Ctx, j: usize, t: usize) -> bool {
    (j + 1..t)
        .find(|&k| ctx.word(k) == ",")
        .is_some_and(|comma| relative_aside_before(ctx, comma))
}

/// Is local token `h` above local token `t` in the parse?
pub(crate) fn governs(ctx: &Ctx, h: usize, t: usize) -> bool {
    let mut k = t;
    for _ in 0..ctx.len() {
        match ctx.head(k) {
            Some(g) if g == h => return true,
            Some(g) => k = g,
            None => return false,
        }
    }
    false
}

/// Is the mention from local token `first` to `last` the object of a participle clause set
/// off by commas before the trigger at `t` (", facing Saudi troops at the border,", ", backed
/// by Iran,")? Determiners may stand between the participle and the mention. (", saying
/// Iraqi troops threatened X" is no such clause: no comma closes it before the trigger.)
fn object_of_comma_participle(ctx: &Ctx, first: usize, last: usize, t: usize) -> bool {
    let mut p = ctx.after_determiners_before(first);
    if p > 0 && ctx.word(p - 1) == "by" {
        p -= 1;
    }
    p >= 2
        && ctx.word(p - 2) == ","
        && ctx.doc.tokens[ctx.start + p - 1].upos.is("VERB")
        && matches!(
            ctx.doc.tokens[ctx.start + p - 1].xpos.as_str(),
            "VBG" | "VBN"
        )
        && (last + 1..t).any(|k| ctx.word(k) == ",")
}

/// Is the word after the relative word at local token `j` the subject of the clause it
/// opens ("said on CNN that he opposes", "told the Journal that delegates may reconsider")?
/// Then the word is a complementizer, or the clause's object: its antecedent does not act.
fn own_subject_after(ctx: &Ctx, j: usize) -> bool {
    j + 1 < ctx.len() && {
        let tok = &ctx.doc.tokens[ctx.start + j + 1];
        tok.upos.is("DET")
            || tok.upos.is("NOUN")
            || tok.upos.is("PROPN")
            || tok.upos.is("PRON") && !is_in(ctx.lower[j + 1].as_ref(), RELATIVE_WORDS)
    }
}

/// The antecedent of a relative clause whose last word before it is the mention covering
/// local token `a`: that mention, unless it is the object of a preposition of place ("a U.S.
/// consulate aide in Lagos, who declined", "a lawyer born in Peru who argued"), where
/// the clause describes the noun before the preposition: a mention ending right there, or
/// no one.
fn relative_antecedent(ctx: &Ctx, a: usize) -> Option<usize> {
    let p = ctx.after_determiners_before(ctx.mention_first(a));
    if p == 0 || !matches!(ctx.lower[p - 1].as_ref(), "in" | "at" | "near" | "inside") {
        return Some(a);
    }
    (p >= 2 && ctx.mention_at[p - 2].is_some()).then(|| p - 2)
}

/// Is the mention at `k` the possessor of a relational noun ("Iran's allies")?
fn relational_possessor(ctx: &Ctx, k: usize) -> bool {
    let last = ctx.mention_last(k);
    // ("invited Trump critic Mark Cuban": the name before the relational noun is the other
    // party, the name after it the one invited.)
    before_relational(ctx, last)
        || last + 1 < ctx.len()
            && is_in(ctx.lemma(last + 1), RELATIONAL_NOUNS)
            && name_after(ctx, last + 1).is_some()
}

/// Is the word at `last` followed by a possessive mark and a relational noun, past quote
/// marks and modifiers ("the United States' 'trusted allies'")?
fn before_relational(ctx: &Ctx, last: usize) -> bool {
    if !matches!(ctx.word(last + 1), "'s" | "'" | "’s" | "’") {
        return false;
    }
    (last + 2..(last + 6).min(ctx.len()))
        .find(|&j| {
            let u = ctx.doc.tokens[ctx.start + j].upos;
            !(u.is("ADJ")
                || matches!(ctx.deprel(j), "amod" | "compound")
                || u.is("PUNCT") && matches!(ctx.word(j), "\"" | "“" | "‘" | "``"))
        })
        .is_some_and(|j| is_in(ctx.lemma(j), RELATIONAL_NOUNS))
}

// ---------------------------------------------------------------------------------------
// Surface reading

/// The mention at local token `k` and the mentions coordinated before it ("X and Y").
fn left_conjuncts(ctx: &Ctx, k: usize, out: &mut Vec<u32>) -> usize {
    let Some(m) = ctx.mention_at[k] else { return k };
    let mut first = ctx.mention_first(k);
    push_unique(out, ctx, m);
    loop {
        let mut a = first;
        while a > 0 && matches!(ctx.word(a - 1), "the" | "a" | "an") {
            a -= 1;
        }
        if a < 2 || !matches!(ctx.word(a - 1), "and" | ",") {
            break;
        }
        let mut j = a - 2;
        if ctx.word(j) == "," {
            if j == 0 {
                break;
            }
            j -= 1;
        }
        match ctx.mention_at[j] {
            Some(m2) => {
                push_unique(out, ctx, m2);
                first = ctx.mention_first(j);
            }
            None => break,
        }
    }
    first
}

/// Mentions from local token `k` rightwards joined by "and"/","; returns the last token.
fn right_conjuncts(ctx: &Ctx, k: usize, out: &mut Vec<u32>) -> usize {
    let Some(m) = ctx.mention_at[k] else { return k };
    push_unique(out, ctx, m);
    let mut last = ctx.mention_last(k);
    loop {
        let mut j = last + 1;
        let comma = j < ctx.len() && ctx.word(j) == ",";
        if comma {
            j += 1;
        }
        if j < ctx.len() && ctx.word(j) == "and" {
            j += 1;
        } else if !comma {
            break;
        } else {
            // "X, Y and Z": a comma continues only a list that goes on.
            let mut e = j;
            while e < ctx.len() && is_in(ctx.word(e), DETERMINERS) {
                e += 1;
            }
            if ctx.mention_at.get(e).copied().flatten().is_none() {
                break;
            }
            let after = ctx.mention_last(e) + 1;
            if !matches!(ctx.word(after), "," | "and") {
                break;
            }
        }
        // ("by Mr. Kerry and Mr. Obama": a courtesy title the actors stage left out of the
        // name is skipped as a determiner is.)
        while j < ctx.len()
            && (is_in(ctx.word(j), DETERMINERS) || is_in(ctx.word(j), COURTESY_TITLES))
            && ctx.mention_at[j].is_none()
        {
            j += 1;
        }
        match ctx.mention_at.get(j).copied().flatten() {
            Some(m2) => {
                push_unique(out, ctx, m2);
                last = ctx.mention_last(j);
            }
            None => break,
        }
    }
    last
}

/// Courtesy titles before a name ("Mr. Obama"), lower-cased.
const COURTESY_TITLES: &[&str] = &["mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"];

/// Is local token `k` likely a verb form, reading the words around it?
pub fn surface_verb(ctx: &Ctx, k: usize) -> bool {
    if ctx.mention_at[k].is_some() {
        return false;
    }
    if k > 0 {
        let p = ctx.word(k - 1);
        if is_in(p, DETERMINERS) || (is_in(p, PREPS) && p != "to") {
            return false;
        }
    }
    true
}

/// Is the negator at local token `j` inside an aside that ends with a comma before the
/// trigger `t`, with a verb or noun of its own between it and that comma ("Lavrov, who is
/// not known for loud threats, warned ...", "the minister, never one for threats,
/// said ...")? It negates the aside, not the trigger ("did not, however, warn" still does:
/// nothing of its own stands between "not" and the comma) (session 22).
fn negator_in_aside(ctx: &Ctx, j: usize, t: usize) -> bool {
    let Some(comma) = (j + 1..t).find(|&k| ctx.word(k) == ",") else {
        return false;
    };
    (j + 1..comma).any(|k| {
        let x = ctx.doc.tokens[ctx.start + k].xpos.as_str();
        x.starts_with("VB") || x.starts_with("NN")
    })
}

pub fn surface_frame(ctx: &Ctx, t: usize, lemma: &str) -> Frame {
    let n = ctx.len();
    let mut f = Frame {
        trigger: t,
        ..Frame::default()
    };
    // Leftwards: subject, negation, modality, infinitive governor.
    let mut j = t;
    let mut infinitive = false;
    let mut subj_at: Option<usize> = None;
    while j > 0 {
        j -= 1;
        let w = ctx.word(j);
        if ctx.mention_at[j].is_some() {
            let first = ctx.mention_first(j);
            if ctx.preceded_by_prep(first) || (first > 0 && ctx.word(first - 1) == "'s") {
                j = first;
                continue;
            }
            // "Ruiz's husband accused", "Ana Soto, a Boric supporter, praised": the mention
            // names the one the doer is related to, not the doer.
            // ("Iraq, facing Saudi troops at the border, sought peace by promising": the
            // object of a participle set off by a comma is no doer either.)
            if before_others(ctx, ctx.mention_last(j))
                || object_of_comma_participle(ctx, first, ctx.mention_last(j), t)
            {
                j = first;
                continue;
            }
            // Object of the governing verb in "urged Iran to halt": the controller.
            let first = left_conjuncts(ctx, j, &mut f.subj);
            subj_at = Some(first);
            j = first;
            break;
        }
        if is_in(w, NEGATORS)
            && !(w == "not" && ctx.word(j + 1) == "only")
            && !negates_other_verb(ctx, j, t)
        {
            // ("No one, in fact, is eager to attack him": a "no" before its noun negates the
            // subject of the clause, aside or not; one opening an aside set off by commas
            // after the subject describes the subject: "Erdogan, no friend of Israel,
            // criticized".)
            let opens_aside = j > 0 && ctx.word(j - 1) == ",";
            f.negated |= (w == "no" && !opens_aside) || !negator_in_aside(ctx, j, t);
        } else if is_in(w, MODALS) {
            f.modal |= !modal_of_relative_clause(ctx, j, t);
        } else if w == "to" && j + 1 == t {
            infinitive = true;
        } else if infinitive && is_in(w, FAILED) {
            f.negated = true;
        } else if infinitive && is_in(w, INTENT) {
            f.intent = true;
        }
        if is_in(w, LEFT_STOP) {
            // Relative clause: "Lavrov, who met Blinken" -> subject is the antecedent.
            // ("whom" is the clause's object, not its subject.)
            if is_in(w, RELATIVE_WORDS) && w != "whom" && j > 0 && !own_subject_after(ctx, j) {
                let mut a = j - 1;
                if ctx.word(a) == "," && a > 0 {
                    a -= 1;
                }
                if let Some(a) = ctx.mention_at[a].and_then(|_| relative_antecedent(ctx, a)) {
                    left_conjuncts(ctx, a, &mut f.subj);
                    subj_at = Some(ctx.mention_first(a));
                }
            }
            break;
        }
    }
    // Clause start: keep reading left to the next clause boundary.
    let mut lo = subj_at.unwrap_or(j);
    while lo > 0 && !is_in(ctx.word(lo - 1), LEFT_STOP) && !is_in(ctx.word(lo), LEFT_STOP) {
        lo -= 1;
    }
    // Passive: a form of "be" right before a participle trigger.
    let from = subj_at.map_or(0, |s| s + 1);
    let mut b = t;
    while b > from {
        b -= 1;
        let w = ctx.word(b);
        if is_in(w, BE) && !is_in(w, PASSIVE_GAP) || (w == "been" || w == "being" || w == "be") {
            if ctx.lex.is_participle(ctx.word(t), lemma) {
                f.passive = true;
            }
            break;
        }
        if !is_in(w, PASSIVE_GAP) && !w.ends_with("ly") {
            break;
        }
    }
    // Rightwards: objects, prepositional phrases, complement subject.
    let mut prep: Option<String> = None;
    let mut comp_mode = false;
    let mut k = t + 1;
    let mut hi_limit = (t + 1 + RIGHT_WINDOW).min(n);
    if let Some(&(_, c1)) = ctx.conditions.iter().find(|&&(c0, c1)| c0 < t && t < c1) {
        hi_limit = hi_limit.min(c1);
    }
    while k < hi_limit {
        let w = ctx.word(k);
        if is_in(w, RIGHT_STOP) {
            break;
        }
        if w == "and" && k + 1 < n && ctx.mention_at[k + 1].is_none() {
            let next = ctx.word(k + 1);
            if ctx.lex.trigger_lemma(next).is_some()
                || is_in(next, MODALS)
                || is_in(next, NEGATORS)
                || is_in(next, BE)
                || matches!(next, "has" | "have" | "had")
            {
                break;
            }
        }
        if k == t + 1
            && matches!(
                w,
                "on" | "out" | "up" | "down" | "off" | "over" | "to" | "with" | "for"
            )
        {
            f.particles.push(w.to_string());
        }
        f.right.push(k);
        if w == "that" && ctx.mention_at[k].is_none() {
            comp_mode = true;
            prep = None;
            f.content = Some((k + 1, hi_limit));
        } else if w == "to"
            && k + 1 < n
            && ctx.mention_at[k + 1].is_none()
            && !is_in(ctx.word(k + 1), DETERMINERS)
        {
            // Infinitival complement: "promised to explain".
            if f.content.is_none() {
                f.content = Some((k + 1, hi_limit));
            }
            prep = None;
        } else if is_in(w, PREPS) {
            prep = Some(w.to_string());
        } else if ctx.mention_at[k].is_some()
            && matches!(
                ctx.word(ctx.mention_first(k)),
                "its" | "their" | "his" | "her" | "our"
            )
        {
            // "put its forces on alert": the subject's own, not a target.
            let last = ctx.mention_last(k);
            for x in k + 1..=last.min(n - 1) {
                f.right.push(x);
            }
            k = last + 1;
            continue;
        } else if ctx.mention_at[k].is_some() && relational_possessor(ctx, k) {
            // "support for the United States' allies": others, not the United States. (The
            // name after "Trump critic" goes with it: "Mark Cuban" is no Cuba.)
            let last = ctx.mention_last(k);
            let last = name_after(ctx, last + 1).unwrap_or(last);
            for x in k + 1..=last.min(n - 1) {
                f.right.push(x);
            }
            k = last + 1;
            continue;
        } else if ctx.mention_at[k].is_some() {
            let mut ms = Vec::new();
            let last = right_conjuncts(ctx, k, &mut ms);
            match &prep {
                Some(p) => {
                    if p == "by" && f.passive {
                        f.agent.extend(ms);
                    } else {
                        f.preps.push((p.clone(), ms));
                    }
                }
                None if comp_mode => {
                    if f.comp_subj.is_empty() {
                        f.comp_subj = ms;
                    }
                }
                None => {
                    if f.obj.is_empty() && f.preps.is_empty() {
                        f.obj = ms;
                        if f.content.is_none() {
                            f.content = Some((last + 1, hi_limit));
                        }
                    }
                }
            }
            for x in k + 1..=last.min(n - 1) {
                f.right.push(x);
            }
            k = last + 1;
            prep = None;
            continue;
        }
        k += 1;
    }
    let hi = k.min(n);
    if let Some((c0, _)) = f.content {
        f.content = Some((c0.min(hi), hi));
    }
    // The subject of a complement clause right after the trigger: "demanded NATO halt".
    if f.comp_subj.is_empty() {
        f.comp_subj = f.obj.clone();
    }
    f.clause = (lo, hi);
    if f.content.is_none() && t + 1 < hi {
        f.content = Some((t + 1, hi));
    }
    if f.passive {
        // "The ambassador was summoned": the patient's words count as the object's.
        f.right.extend(lo..t);
    }
    // Conditions.
    for &(c0, c1) in &ctx.conditions {
        if c0 < t && t < c1 {
            f.in_condition = true;
        } else if f.condition.is_none() && !ctx.even_if(c0) {
            f.condition = Some(ctx.span(c0).cover(ctx.span(c1.max(c0 + 1) - 1)));
            // The if-clause's subject, with its conjuncts ("if South Korea and the United
            // States attacked").
            for x in c0 + 1..c1 {
                if ctx.mention_at[x].is_some() && !ctx.preceded_by_prep(ctx.mention_first(x)) {
                    right_conjuncts(ctx, x, &mut f.cond_subj);
                    break;
                }
            }
        }
    }
    f
}

// ---------------------------------------------------------------------------------------
// Event nouns ("the meeting between X and Y", "Russia's invasion of Ukraine")

/// Adjectives that make an event noun a plan or a possibility, not a fact.
const UNREAL_ADJ: &[&str] = &[
    "possible",
    "planned",
    "proposed",
    "potential",
    "future",
    "upcoming",
    "expected",
    "prospective",
    "would-be",
    "hypothetical",
    "threatened",
    "feared",
    "imminent",
    "next",
    "slated",
    "scheduled",
];
/// Participles of planning that leave the event noun they follow still to come ("the summit,
/// scheduled for May", "talks planned for next week").
const PLANNING_PARTICIPLES: &[&str] = &["schedule", "slate", "plan", "propose"];

/// Is event noun `t` described by a participle of planning (`PLANNING_PARTICIPLES`) with no
/// auxiliary of its own? Parsed sentences only (session 25).
fn planned_noun(ctx: &Ctx, t: usize) -> bool {
    ctx.parsed
        && ctx.kids(t).any(|c| {
            ctx.deprel(c) == "acl"
                && ctx.doc.tokens[ctx.start + c].xpos.as_str() == "VBN"
                && is_in(ctx.lemma(c), PLANNING_PARTICIPLES)
                && !ctx.kids(c).any(|a| ctx.deprel(a).starts_with("aux"))
        })
}

/// Verbs of the step that makes an act given or under way; a relative clause that says the
/// step is yet to come leaves the act pending ("aid which Congress has yet to approve", "the
/// talks, which have not begun"; attache's own list).
const PENDING_VERBS: &[&str] = &[
    "approve",
    "pass",
    "authorize",
    "authorise",
    "ratify",
    "sign",
    "deliver",
    "disburse",
    "release",
    "finalize",
    "finalise",
    "complete",
    "implement",
    "enact",
    "arrive",
    "reach",
    "materialize",
    "materialise",
    "begin",
    "start",
    "receive",
    "conclude",
    "fund",
];

/// Is event noun `t` described by a relative clause saying the step that would make it
/// happen is yet to come: "has/is yet to" + a `PENDING_VERBS` verb, or one negated ("aid
/// to the rebels, which Congress has yet to approve", "the accord, which has not been
/// ratified")? The parse may hang the clause on the noun's own phrase ("aid to the rebels,
/// which"): there only a "which" clause counts, never one on a person. Parsed sentences
/// only (session 25).
fn pending_noun(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed {
        return false;
    }
    let pending = |v: usize| {
        let yet = ctx
            .kids(v)
            .any(|c| ctx.deprel(c) == "advmod" && ctx.lower[c] == "yet");
        let yet_to = yet
            && ctx.kids(v).any(|c| {
                ctx.deprel(c) == "xcomp"
                    && is_in(ctx.lemma(c), PENDING_VERBS)
                    && ctx.kids(c).any(|g| ctx.lower[g] == "to")
            });
        let not_done = is_in(ctx.lemma(v), PENDING_VERBS)
            && ctx.kids(v).any(|c| {
                ctx.deprel(c) == "advmod"
                    && matches!(ctx.lower[c].as_ref(), "not" | "never" | "n't")
            });
        yet_to || not_done
    };
    let relative =
        |v: usize, words: &[&str]| ctx.kids(v).any(|c| is_in(ctx.lower[c].as_ref(), words));
    let on_noun = ctx
        .kids(t)
        .any(|c| ctx.deprel(c) == "acl:relcl" && relative(c, &["which", "that"]) && pending(c));
    on_noun
        || ctx.kids(t).any(|n| {
            ctx.deprel(n) == "nmod"
                && !is_person_token(ctx, n)
                && ctx
                    .kids(n)
                    .any(|c| ctx.deprel(c) == "acl:relcl" && relative(c, &["which"]) && pending(c))
        })
}

/// Verbs whose subject or object event noun happens or not by them ("the talks did not
/// take place"): their negation and modality are the noun's.
const LIGHT: &[&str] = &[
    "take",
    "happen",
    "occur",
    "begin",
    "start",
    "resume",
    "go",
    "proceed",
    "materialize",
    "materialise",
    "hold",
    "be",
    "continue",
    "end",
    "conclude",
    "collapse",
    "stall",
    "open",
    "last",
];

/// Is local token `t` a capitalised word inside a sentence, beside another capitalised word,
/// among words that are no title-case headline's: a word of a name ("the Fair Sentencing
/// Act", "Demand Progress", "the Boycott Divestment and Sanction movement", "the Morning
/// Meeting program"), no act (session 29)?
pub(crate) fn word_of_a_name(ctx: &Ctx, t: usize) -> bool {
    let surface = |k: usize| ctx.doc.word(ctx.start + k);
    let capital = |k: usize| {
        let w = surface(k);
        w != "I" && w.chars().next().is_some_and(char::is_uppercase)
    };
    // The sentence's first word, after any opening quote or dash, is capitalised as such.
    let first_word = (0..ctx.len())
        .find(|&k| surface(k).chars().next().is_some_and(char::is_alphabetic))
        .unwrap_or(0);
    // (A word all in capitals is shouted or a heading's: "CONGRESS HAS INVESTIGATED HIM".)
    let shouted = surface(t)
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    if t <= first_word || !capital(t) || shouted {
        return false;
    }
    let beside = capital(t - 1) && t - 1 > first_word || t + 1 < ctx.len() && capital(t + 1);
    if !beside {
        return false;
    }
    // A title-case headline, also one quoted inside a sentence ("stating, \"Governor Ann Blake
    // Joins Long List of Mayors Rebuking Senate Plan\""), leaves few of the longer words
    // around the trigger in lower case.
    let (mut long, mut lower) = (0, 0);
    for k in (first_word + 1).max(t.saturating_sub(6))..ctx.len().min(t + 7) {
        let w = surface(k);
        if k != t && w.chars().count() >= 5 && w.chars().all(char::is_alphabetic) {
            long += 1;
            lower += usize::from(!capital(k));
        }
    }
    lower * 4 > long
}

/// Is local token `k` an event noun by its tag, or by its neighbours without one?
pub fn is_noun(ctx: &Ctx, k: usize) -> bool {
    if ctx.mention_at[k].is_some() || word_of_a_name(ctx, k) {
        return false;
    }
    let tok = &ctx.doc.tokens[ctx.start + k];
    if tok.upos != attache_core::Upos::NONE {
        return tok.upos.is("NOUN") || tok.upos.is("PROPN");
    }
    // Past modifiers ("a possible meeting", "a ceasefire agreement") to a determiner, a
    // possessor, an actor or the sentence start.
    let mut j = k;
    while j > 0 && k - j < 2 && noun_modifier(ctx, j - 1) {
        j -= 1;
    }
    if j == 0 {
        return true;
    }
    let p = ctx.word(j - 1);
    is_in(p, DETERMINERS) || ctx.mention_at[j - 1].is_some() || p == "'s"
}

/// Is local token `k` a word that may sit between a noun's actor and the noun ("the
/// Russian *military* invasion", "US *economic* sanctions")?
fn noun_modifier(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.word(k);
    if ctx.mention_at[k].is_some()
        || !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        || is_in(w, DETERMINERS)
        || is_in(w, PREPS)
        || is_in(w, NEGATORS)
        || is_in(w, MODALS)
        || is_in(w, BE)
        || ctx.lex.trigger_lemma(w).is_some()
    {
        return false;
    }
    let tok = &ctx.doc.tokens[ctx.start + k];
    tok.upos == attache_core::Upos::NONE || tok.upos.is("ADJ") || tok.upos.is("NOUN")
}

/// "Viktor Orban, whose party won in Budapest, did not attack Merkel": the parse may join
/// the main verb after a relative clause to that clause's verb as a conjunct or an adverbial
/// clause. Such a verb with no conjunction, marker or subject of its own, after the comma
/// that closes a relative clause on an actor, is that actor's act.
pub fn main_verb_after_relative(ctx: &Ctx, f: &mut Frame) {
    let t = f.trigger;
    if !f.subj.is_empty() || f.passive || !matches!(ctx.deprel(t), "conj" | "advcl") {
        return;
    }
    if ctx
        .kids(t)
        .any(|c| matches!(ctx.deprel(c), "cc" | "mark") || ctx.deprel(c).starts_with("nsubj"))
    {
        return;
    }
    let Some(h) = ctx.head(t).filter(|&h| h < t) else {
        return;
    };
    // ", who ..." or ", whose ..." right after the actor, opening the clause of `h`.
    let Some(r) = (2..h)
        .rev()
        .find(|&r| matches!(ctx.lower[r].as_ref(), "who" | "whose") && ctx.word(r - 1) == ",")
    else {
        return;
    };
    let Some(m) = ctx.mention_at[r - 2] else {
        return;
    };
    // The comma that closes the relative clause stands right before the verb's own first
    // word ("did not attack").
    let first = ctx.kids(t).filter(|&c| c < t).min().unwrap_or(t);
    if first > h && (ctx.word(first) == "," || ctx.word(first - 1) == ",") {
        f.subj = vec![m];
    }
}

/// "'... the codes,' warned Angela Merkel.", "The army, warned Merkel, is not ready": a verb
/// right after the closing quote of what was said, or after a comma, with its speaker after
/// it closing the clause (the parse reads the speaker as the object), has that speaker for
/// its subject and no object.
pub fn inverted_speaker(ctx: &Ctx, f: &mut Frame) {
    let t = f.trigger;
    if !f.subj.is_empty() || f.passive || t < 2 || t + 1 >= ctx.len() {
        return;
    }
    // (Or a parenthetical tag after a comma: "The army, warned Angela Merkel, is not ready.")
    let closing = matches!(ctx.word(t - 1), "\"" | "''" | "\u{201d}" | "\u{2019}");
    // (A participle after a comma is a clause of its own: ", slamming the senator".)
    let tense = ctx.doc.tokens[ctx.start + t].xpos.as_str() == "VBD";
    let comma = ctx.word(t - 1) == "," && tense;
    if !(closing && matches!(ctx.word(t - 2), "," | "?" | "!") || comma) {
        return;
    }
    // ("Hana Okafor, a former aide, criticized Russia": a person or group the parse makes
    // the verb's subject before it, though uncoded, makes the verb no inverted tag and Russia
    // no speaker; "The army, complained Merkel, is" has no actor there.)
    if ctx.parsed
        && ctx
            .kids(t)
            .any(|c| c < t && ctx.deprel(c).starts_with("nsubj") && ctx.uncoded_at[c].is_some())
    {
        return;
    }
    // ("Senator Ana Vidal, who ran for president, criticized Iran": the comma closes a
    // relative clause on the subject, which the parse may make the main clause; Iran is no
    // speaker.)
    if comma && relative_aside_before(ctx, t - 1) {
        return;
    }
    let Some(m) = ctx.mention_at[t + 1] else {
        return;
    };
    // The speaker ends the clause: nothing but a time phrase or a comma after it.
    let last = ctx.mention_last(t + 1);
    let ends = last + 1 >= ctx.len()
        || matches!(ctx.word(last + 1), "." | "," | ";")
        || closing && ctx.word(last + 1) == "on";
    if ends {
        f.subj = vec![m];
        f.obj.retain(|&x| x != m);
        for (_, ms) in f.preps.iter_mut() {
            ms.retain(|&x| x != m);
        }
    }
}

/// "Russia will respond harshly, warned John Smith, an analyst at a bank": a verb that is
/// the cue of a statement the speech stage found is the speaker's act. A subject the frame
/// read only inside the statement's content (a country the analyst talks about) gives way
/// to the speaker's mention, taken out of the object and prepositions; the subject is left
/// empty when no mention covers the speaker (session 28).
pub fn speaker_of_cue(ctx: &Ctx, f: &mut Frame) {
    let t = f.trigger;
    if f.subj.is_empty() || f.passive {
        return;
    }
    let sp = ctx.span(t);
    let Some(q) = ctx.doc.quotes.iter().find(|q| {
        q.class == CueClass::Speech
            && q.cue
                .is_some_and(|c| c.start <= sp.start && sp.end <= c.end)
    }) else {
        return;
    };
    let Some(source) = q.source else {
        return;
    };
    let inside = |m: u32| {
        ctx.first_token_of(m).is_some_and(|k| {
            let s = ctx.span(k);
            q.span.start <= s.start && s.end <= q.span.end
        })
    };
    if !f.subj.iter().all(|&m| inside(m)) {
        return;
    }
    let speaker = (0..ctx.len())
        .find(|&k| {
            let s = ctx.span(k);
            source.start <= s.start && s.end <= source.end && ctx.mention_at[k].is_some()
        })
        .and_then(|k| ctx.mention_at[k]);
    f.subj = speaker.into_iter().collect();
    if let Some(m) = speaker {
        f.obj.retain(|&x| x != m);
        for (_, ms) in f.preps.iter_mut() {
            ms.retain(|&x| x != m);
        }
    }
}

/// Does the comma at local token `comma` close a relative clause opened by ", who" or
/// ", which" after the comma before it?
fn relative_aside_before(ctx: &Ctx, comma: usize) -> bool {
    (0..comma)
        .rev()
        .find(|&k| ctx.word(k) == ",")
        .is_some_and(|p| p + 1 < comma && matches!(ctx.lower[p + 1].as_ref(), "who" | "which"))
}

/// "a mistake for Germany to criticize Poland", "the hope is for Washington to oppose": the
/// actor between "for" and the "to" of the infinitive `t` (past one adverb: "to openly
/// oppose") is its subject, which the parse seldom reads.
pub fn for_subject(ctx: &Ctx, t: usize) -> Option<u32> {
    let mut k = t.checked_sub(1)?;
    if ctx.doc.tokens[ctx.start + k].xpos.as_str() == "RB" {
        k = k.checked_sub(1)?;
    }
    if ctx.word(k) != "to" {
        return None;
    }
    let m = ctx.mention_at[k.checked_sub(1)?]?;
    let mut first = ctx.mention_first(k - 1);
    if first >= 1 && ctx.word(first - 1).eq_ignore_ascii_case("the") {
        first -= 1;
    }
    (first >= 1 && ctx.word(first - 1).eq_ignore_ascii_case("for")).then_some(m)
}

/// "the EU-Turkey deal", "the Indian-Pakistani talks": an actor before an event noun joined
/// by a hyphen (no space either side) to another actor before it; both name sides of the
/// act. Adds each such partner to the frame's subjects, the left one first.
pub fn hyphen_partners(ctx: &Ctx, f: &mut Frame) {
    let mut out: Vec<u32> = Vec::new();
    for &m in &f.subj {
        let Some(k) = ctx.first_token_of(m) else {
            continue;
        };
        if k >= 2 && ctx.word(k - 1) == "-" {
            let (h, left) = (ctx.span(k - 1), ctx.span(k - 2));
            let tight = left.end == h.start && h.end == ctx.span(k).start;
            if let Some(p) = ctx.mention_at[k - 2].filter(|&p| tight && p != m) {
                if !f.subj.contains(&p) && !out.contains(&p) {
                    out.push(p);
                }
            }
        }
    }
    if !out.is_empty() {
        out.extend(f.subj.iter().copied());
        f.subj = out;
    }
}

/// "Orban's highly personal, openly hostile attacks": the last token of an actor whose
/// possessive "'s" stands before the noun `t` past a run of adjectives, adverbs and
/// participles (joined by commas or "and"), longer than the two modifiers
/// [`surface_noun_frame`] walks itself. The parse often hangs such a possessor on one of the
/// adjectives; the run holds no determiner, noun, verb of its own or actor.
fn possessor_past_adjectives(ctx: &Ctx, t: usize) -> Option<usize> {
    const RUN: usize = 7;
    let mut k = t;
    let mut modifiers = 0;
    while k > 0 && t - k < RUN {
        let w = ctx.word(k - 1);
        if w == "'s" || w == "\u{2019}s" {
            let owner = k.checked_sub(2)?;
            return (modifiers > 0 && ctx.mention_at[owner].is_some()).then_some(owner);
        }
        let tok = &ctx.doc.tokens[ctx.start + k - 1];
        // A participle after an adverb ("racially tinged", "thinly veiled") even when the
        // tagger read it as a past tense.
        let after_adverb = k >= 2 && ctx.doc.tokens[ctx.start + k - 2].xpos.as_str() == "RB";
        let adjective = tok.upos.is("ADJ")
            || tok.upos.is("ADV")
            || matches!(tok.xpos.as_str(), "JJ" | "JJR" | "JJS" | "RB" | "VBN")
            || (after_adverb && tok.xpos.as_str() == "VBD");
        let joiner = (w == "," || w == "and") && modifiers > 0;
        if ctx.mention_at[k - 1].is_some()
            || !(adjective || joiner)
            || ctx.lex.trigger_lemma(w).is_some()
        {
            return None;
        }
        if adjective {
            modifiers += 1;
        }
        k -= 1;
    }
    None
}

/// The noun's actors, phrases and modality on the surface: an actor or possessor before it
/// (past at most two modifiers, or a longer run of adjectives after a possessor), prepositional
/// phrases after it.
pub fn surface_noun_frame(ctx: &Ctx, t: usize) -> Frame {
    let n = ctx.len();
    let mut f = Frame {
        trigger: t,
        ..Frame::default()
    };
    let mut j = t;
    while j > 0 && t - j < 2 && noun_modifier(ctx, j - 1) {
        j -= 1;
    }
    let mut lo = j;
    if (j.saturating_sub(1)..t).any(|x| is_in(ctx.word(x), UNREAL_ADJ)) {
        f.intent = true;
    }
    if j >= 2 && ctx.word(j - 1) == "'s" && ctx.mention_at[j - 2].is_some() {
        lo = left_conjuncts(ctx, j - 2, &mut f.subj);
    } else if let Some(p) = possessor_past_adjectives(ctx, t) {
        lo = left_conjuncts(ctx, p, &mut f.subj);
    } else if j >= 1 && ctx.mention_at[j - 1].is_some() {
        let first = ctx.mention_first(j - 1);
        if !ctx.preceded_by_prep(first) || first + 1 == j {
            lo = left_conjuncts(ctx, j - 1, &mut f.subj);
        }
    }
    if lo > 0 && ctx.word(lo - 1) == "no" {
        f.negated = true;
    }
    // Rightwards: phrases "on X", "between X and Y", "by X", a few filler words each.
    let mut prep: Option<String> = None;
    // Inside a phrase: after a preposition, and after its actor ("of Chinese warships").
    let mut in_phrase = false;
    let mut filler = 0;
    let mut k = t + 1;
    let hi_limit = (t + 1 + 14).min(n);
    while k < hi_limit {
        let w = ctx.word(k);
        let tok = &ctx.doc.tokens[ctx.start + k];
        if is_in(w, PREPS) {
            prep = Some(w.to_string());
            in_phrase = true;
            filler = 0;
            k += 1;
            continue;
        }
        if in_phrase {
            if let (Some(p), Some(_)) = (&prep, ctx.mention_at[k]) {
                let mut ms = Vec::new();
                let last = right_conjuncts(ctx, k, &mut ms);
                if p == "by" {
                    f.agent.extend(ms);
                } else {
                    f.preps.push((p.clone(), ms));
                }
                prep = None;
                filler = 0;
                k = last + 1;
                continue;
            }
            let verbish = tok.upos.is("VERB")
                || tok.upos.is("AUX")
                || ctx.lex.trigger_lemma(w).is_some() && !tok.upos.is("NOUN");
            if filler < 3 && !verbish && w.chars().all(|c| c.is_alphanumeric() || c == '-') {
                filler += 1;
                k += 1;
                continue;
            }
        }
        break;
    }
    for x in lo..k.min(n) {
        if x != t {
            f.right.push(x);
        }
    }
    f.clause = (lo, k.min(n).max(t + 1));
    f.content = Some((t + 1, k.min(n).max(t + 1)));
    if f.subj.is_empty() {
        f.subj = std::mem::take(&mut f.agent);
    }
    for &(c0, c1) in &ctx.conditions {
        if c0 < t && t < c1 {
            f.in_condition = true;
        }
    }
    f
}

/// The by-phrase of the past participle at local token `c` that the parse hangs on a noun
/// before it with no object of its own, when the participle is a verb whose object noun
/// names its subject's act (`LIGHT_DOERS`: "the sanctions *imposed by the EU*", "the talks
/// *held by* the ministers", "the attack *carried out by* rebels"); not one who reacts to
/// the act or only arranges it ("talks *brokered by* Oman", "a visit *attended by*").
pub(crate) fn participle_agent(ctx: &Ctx, c: usize) -> Option<usize> {
    if !participle_after_noun(ctx, c)
        || !is_in(ctx.lemma(c), LIGHT_DOERS)
        || ctx.kids(c).any(|g| ctx.deprel(g) == "obj")
    {
        return None;
    }
    ctx.kids(c).find(|&g| {
        matches!(ctx.deprel(g), "obl:agent" | "obl") && case_of(ctx, g).is_some_and(|w| w == "by")
    })
}

/// The noun's actors and phrases from the parse: possessor, actor modifiers (`nmod:poss`,
/// `compound`, `amod`), `nmod` phrases with their case word; its modality from its own
/// determiner and adjectives (the governing verb's is added by [`noun_modality`]).
/// Nouns of an inquiry into or an accusation against someone: a person's name compounded
/// before them names who is investigated or accused ("the Clinton investigation").
const INQUIRY_NOUNS: &[&str] = &[
    "investigation",
    "probe",
    "inquiry",
    "accusation",
    "allegation",
    "charge",
    "indictment",
    "impeachment",
    "prosecution",
    "trial",
];

/// "the Clinton investigation", "the Clinton accusations": a person's name compounded
/// before a noun of `INQUIRY_NOUNS` names the one it is about, not its doer: the mention
/// moves from the frame's subject to its `of` phrase. Says whether one moved.
pub fn person_under_inquiry(ctx: &Ctx, f: &mut Frame) -> bool {
    let t = f.trigger;
    if !ctx.parsed || !is_in(ctx.lemma(t), INQUIRY_NOUNS) {
        return false;
    }
    let person = |m: u32| {
        ctx.doc
            .mentions
            .get(m as usize)
            .and_then(|x| ctx.doc.actors.get(x.actor as usize))
            .is_some_and(|a| a.kind == ActorKind::Person)
    };
    let named: Vec<u32> = ctx
        .kids(t)
        .filter(|&c| c < t && ctx.deprel(c) == "compound")
        .filter_map(|c| ctx.mention_at[c])
        .filter(|&m| person(m) && f.subj.contains(&m))
        .collect();
    if named.is_empty() {
        return false;
    }
    f.subj.retain(|m| !named.contains(m));
    match f.preps.iter_mut().find(|(p, _)| p == "of") {
        Some((_, v)) => v.extend(named),
        None => f.preps.push(("of".to_string(), named)),
    }
    true
}

pub fn dep_noun_frame(ctx: &Ctx, t: usize) -> Frame {
    let mut f = Frame {
        trigger: t,
        ..Frame::default()
    };
    for c in ctx.kids(t).collect::<Vec<_>>() {
        let d = ctx.deprel(c);
        let w = ctx.word(c);
        match d {
            "nmod:poss" | "compound" | "amod" | "det:poss" | "flat" => {
                if is_in(w, UNREAL_ADJ) {
                    f.intent = true;
                } else {
                    dep_arg(ctx, c, &mut f.subj, 0);
                }
            }
            "nmod" | "obl" | "acl" => {
                if let Some(p) = case_of(ctx, c) {
                    let mut m = Vec::new();
                    dep_arg(ctx, c, &mut m, 0);
                    if p == "between" && m.len() == 1 {
                        m.extend(between_second(ctx, c).filter(|x| !m.contains(x)));
                    }
                    if p == "by" {
                        f.agent.extend(m);
                    } else {
                        f.preps.push((p, m));
                    }
                } else if let Some(a) = participle_agent(ctx, c) {
                    // "the sanctions on Iran imposed by the EU": the agent of a participle
                    // on the noun does the act the noun names, and the participle's other
                    // phrases are the noun's ("the talks held by Oman with Iran").
                    dep_arg(ctx, a, &mut f.agent, 0);
                    for g in ctx.kids(c).filter(|&g| g != a) {
                        if !matches!(ctx.deprel(g), "obl" | "nmod") {
                            continue;
                        }
                        if let Some(p) = case_of(ctx, g) {
                            let mut m = Vec::new();
                            dep_arg(ctx, g, &mut m, 0);
                            f.preps.push((p, m));
                        }
                    }
                }
            }
            "det" if w == "no" => f.negated = true,
            _ => {}
        }
    }
    let mut sub = Vec::new();
    for c in ctx.kids(t) {
        if !matches!(
            ctx.deprel(c),
            "acl:relcl" | "punct" | "conj" | "cc" | "appos"
        ) {
            ctx.subtree(c, &mut sub);
        }
    }
    sub.sort_unstable();
    f.clause = match (sub.first(), sub.last()) {
        (Some(&a), Some(&b)) => (a.min(t), b.max(t) + 1),
        _ => (t, t + 1),
    };
    f.right = sub;
    f.content = Some((t + 1, f.clause.1.max(t + 1)));
    if f.subj.is_empty() {
        f.subj = std::mem::take(&mut f.agent);
    }
    // "Biden made a surprise visit to Kyiv", "paid a visit": the noun is the act of the
    // light verb's subject.
    if f.subj.is_empty() && ctx.deprel(t) == "obj" {
        // ("began meeting at ten": a bare gerund right after the verb is a verb of its own.)
        let gerund = ctx.word(t).ends_with("ing") && ctx.kids(t).all(|c| c > t);
        if let Some(v) = ctx
            .head(t)
            .filter(|&v| v < t && is_in(ctx.lemma(v), LIGHT_DOERS))
            .filter(|&v| !(gerund && v + 1 == t))
        {
            let (vs, passive) = dep_subject(ctx, v);
            if !passive {
                f.subj = vs;
            }
            // "Chile began conducting airstrikes": a light verb with no subject of its own
            // takes the subject of the verb that controls it.
            if f.subj.is_empty() && !passive {
                if let Some(c) = controller(ctx, v) {
                    let (cs, cpassive) = dep_subject(ctx, c);
                    if !cpassive {
                        f.subj = cs;
                    }
                }
            }
        }
    }
    f
}

/// Verbs whose object noun names the act their subject does ("made a visit", "paid a
/// visit", "carried out an attack", "conducted talks", "had a meeting with", "held
/// consultations with", "imposed sanctions", "led the talks", "posed a threat"), or
/// starts, resumes or steps up ("launched an offensive", "increased aid to", "stepped up
/// its attacks on").
const LIGHT_DOERS: &[&str] = &[
    "have",
    "hold",
    "impose",
    "lead",
    "file",
    "level",
    "pose",
    "wage",
    "commit",
    "make",
    "pay",
    "conduct",
    "carry",
    "undertake",
    "stage",
    "mount",
    "launch",
    "begin",
    "start",
    "resume",
    "renew",
    "continue",
    "increase",
    "boost",
    "expand",
    "intensify",
    "escalate",
    "step",
];

/// The modality an event noun takes from the verb it is the subject or object of: "the
/// talks will not take place", "plans for a summit", a condition on that verb.
pub fn noun_modality(ctx: &Ctx, f: &mut Frame) {
    let mut t = f.trigger;
    // "the 1946 agreement may be invoked again", "the talks that took place in May might
    // resume": an act its own words mark as done takes no modality from the verb.
    if realized_noun(ctx, t) {
        return;
    }
    // "the visit to Cairo next month", "the summit, scheduled for May": an act with a time of
    // its own after the publication, or a participle of planning on it, is still to come.
    if crate::senses::scheduled_ahead(ctx, t) || planned_noun(ctx, t) || pending_noun(ctx, t) {
        f.modal = true;
        return;
    }
    // "Before talks with Iran next week, the envoy will visit Riyadh": an act that a phrase
    // of time puts ahead of the story, or ahead of an act still to come, has not happened.
    if before_future(ctx, t) {
        f.modal = true;
        return;
    }
    // "called off the talks after Israeli strikes on its sites": an act in a phrase of time
    // that has already happened takes no modality of the noun or verb it hangs on.
    // ("before" is left out: what comes before an act has not happened yet.)
    let in_time_phrase = |k: usize| {
        ctx.kids(k).any(|c| {
            ctx.deprel(c) == "case" && ctx.word(c) != "before" && is_in(ctx.word(c), TIME_PREPS)
        })
    };
    // ("After the closeout of the FBI probe July 6, Judicial Watch asked to depose Clinton":
    // the phrase of time may be that of the noun the event noun's of-phrase hangs on; session
    // 25.)
    let timed_head = Some(t)
        .filter(|&k| ctx.deprel(k) == "nmod" && !in_time_phrase(k))
        .and_then(|k| ctx.head(k))
        .filter(|&h| h < t && in_time_phrase(h) && !is_in(ctx.lemma(h), UNREALISED_NOUNS));
    if in_time_phrase(t) || timed_head.is_some() {
        let t = timed_head.unwrap_or(t);
        // "will strike back after any Israeli attack", "would close the strait after an
        // American attack on its ships": an act the phrase leaves open, or one after which
        // something is only planned, has not happened.
        let open = ctx.kids(t).any(|c| {
            matches!(ctx.deprel(c), "det" | "amod") && is_in(ctx.word(c), OPEN_NOUN_MARKS)
        });
        let planned = ctx.head(t).is_some_and(|h| {
            let verb = if ctx.is_verb_token(h) {
                Some(h)
            } else {
                ctx.head(h).filter(|&v| ctx.is_verb_token(v))
            };
            // (The verb's own modal, not one it inherits: "a review of what happened after
            // the 2012 attacks must include ...".)
            verb.is_some_and(|v| {
                ctx.kids(v)
                    .any(|c| ctx.deprel(c) == "aux" && is_in(ctx.word(c), MODALS))
            })
        });
        // ("after the 2012 attacks": a dated act has happened.)
        let dated = ctx
            .kids(t)
            .any(|c| ctx.doc.tokens[ctx.start + c].xpos.as_str() == "CD");
        if open || planned && !dated {
            f.modal = true;
        }
        return;
    }
    // "a new round of negotiations will take place": the phrase's head stands for it.
    if ctx.deprel(t) == "nmod" {
        if let Some(h) = ctx.head(t).filter(|&h| h < t) {
            t = h;
        }
    }
    if let Some(h) = ctx.head(t) {
        let d = ctx.deprel(t);
        // "U.S. aid to the rebels is still pending in the Senate": an act whose subject
        // phrase is said to wait for a decision has not happened
        if d == "nsubj" && matches!(ctx.lower[h].as_ref(), "pending" | "stalled" | "undecided") {
            f.modal = true;
        }
        let gov = dep_frame(ctx, h);
        let light = is_in(ctx.lemma(h), LIGHT);
        let core = matches!(d, "nsubj" | "nsubj:pass" | "obj");
        // ("the ceasefire did not last": a negated "last" ends an act that took place, it
        // does not deny it; session 25 review.)
        if core && light && ctx.lemma(h) != "last" {
            f.negated |= gov.negated;
        }
        // "Erdogan's accusations against Greece could inflame the dispute", "the minister's
        // criticism might harden positions", "the strikes on the convoy threaten the truce":
        // an act a definite or possessed noun names is the subject of what may follow, not
        // itself what may happen or is intended (unless the verb says it takes place).
        // (Not the subject of a verb that goes on in an infinitive: "the assassination might
        // have to be carried out".)
        let given = d == "nsubj"
            && !light
            && definite_noun(ctx, t)
            && !ctx.kids(h).any(|c| ctx.deprel(c) == "xcomp");
        // ("In his talks with Mubarak, Carter urged Israel to stop": a phrase of "in" or
        // "at" on a verb stated as done is the occasion of that act, not what it asks for;
        // "not expected to surface in the talks" still leaves the talks to come)
        let occasion = crate::senses::past_act(ctx, h)
            && ctx
                .kids(t)
                .any(|c| ctx.deprel(c) == "case" && matches!(ctx.lower[c].as_ref(), "in" | "at"));
        // ("his attacks have been aimed at her character": a passive "aimed at" directs, it
        // states no aim of the subject's; session 25.)
        let directed = ctx.lemma(h) == "aim" && !ctx.kids(h).any(|c| ctx.deprel(c) == "xcomp");
        if !directed
            && (core || matches!(d, "obl" | "nmod") && !occasion && is_in(ctx.lemma(h), INTENT))
        {
            f.modal |= gov.modal && (light || d.starts_with("nsubj")) && !given;
            f.intent |=
                !given && (gov.intent || is_in(ctx.lemma(h), INTENT) || is_in(ctx.word(h), INTENT));
        }
        f.in_condition |= gov.in_condition;
        if f.condition.is_none() && (core || light) {
            f.condition = gov.condition;
            f.cond_subj = gov.cond_subj;
        }
    }
}

/// Is the noun at local token `t` definite: after the, this, that, these or those, or held by a
/// possessor ("Trump's accusations", "her attacks")? Parsed sentences only.
fn definite_noun(ctx: &Ctx, t: usize) -> bool {
    ctx.kids(t).any(|c| match ctx.deprel(c) {
        "det" => matches!(
            ctx.lower[c].as_ref(),
            "the" | "this" | "that" | "these" | "those"
        ),
        "nmod:poss" | "det:poss" => true,
        _ => false,
    })
}

/// Participles that state the act a noun names was done ("the signed accord", "the talks
/// held in May", "the deal reached last year"; attache's own list).
const DONE_PARTICIPLES: &[&str] = &[
    "sign", "hold", "reach", "conclude", "ratify", "stage", "strike", "broker", "complete",
    "conduct", "seal", "finalize", "finalise",
];

/// Adjectives that mark the acts an event noun names as already done ("previous
/// criticisms", "repeated accusations", "recent attacks"; attache's own list).
const PAST_ADJECTIVES: &[&str] = &[
    "previous",
    "earlier",
    "past",
    "prior",
    "recent",
    "repeated",
    "former",
    // Under way already (session 26): "the ongoing occupation of Crimea could end".
    "ongoing",
    "continuing",
    "existing",
    "current",
    "long-running",
    "longstanding",
    "long-standing",
    "decades-long",
    "years-long",
    "months-long",
    "weeks-long",
];

/// Does the event noun at local token `t` carry its own mark of having happened (session
/// 22)? A year before the article's ("the agreement of 1946", "Turkey's 2019 invasion"), a
/// participle of completion on it ("the accord signed by both sides", "the signed accord"),
/// or a relative clause on it in the past tense with no modal ("the protests that took
/// place", "the talks that were held in May"). Parsed sentences only.
fn realized_noun(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed {
        return false;
    }
    let tok = |k: usize| &ctx.doc.tokens[ctx.start + k];
    let published = ctx.doc.published.as_ref().map(|p| p.date.year);
    let past_year = |k: usize| {
        tok(k).xpos.as_str() == "CD"
            && ctx.word(k).len() == 4
            && ctx
                .word(k)
                .parse::<i32>()
                .is_ok_and(|y| y >= 1000 && published.is_some_and(|p| y < p))
    };
    let modal = |v: usize| ctx.aux_tagged(v, &["MD"]);
    ctx.kids(t).any(|c| match ctx.deprel(c) {
        "nummod" | "compound" | "amod" | "nmod" | "nmod:tmod" => {
            past_year(c)
                || ctx.deprel(c) == "amod"
                    && tok(c).xpos.as_str() == "VBN"
                    && DONE_PARTICIPLES.contains(&ctx.lemma(c))
                // "his previous criticisms of Trump", "Trump's repeated accusations"
                || ctx.deprel(c) == "amod" && PAST_ADJECTIVES.contains(&ctx.lower[c].as_ref())
        }
        "acl" => {
            tok(c).xpos.as_str() == "VBN" && DONE_PARTICIPLES.contains(&ctx.lemma(c)) && !modal(c)
        }
        "acl:relcl" => !modal(c) && ctx.tagged_or_aux(c, &["VBD"]),
        _ => false,
    })
}

// ---------------------------------------------------------------------------------------
// Reporting tags

/// Whether local token `k` is the cue of a statement the speech stage found ("said",
/// "told"): a verb that reports, not one that acts.
fn is_speech_cue(ctx: &Ctx, k: usize) -> bool {
    let sp = ctx.span(k);
    ctx.doc.quotes.iter().any(|q| {
        q.class == CueClass::Speech
            && q.cue
                .is_some_and(|c| c.start <= sp.start && sp.end <= c.end)
    })
}

/// The local tokens of the reporting clauses around trigger `t` in the parse: a speech verb
/// whose complement (or parataxis) holds the trigger ("Anna Berg said Norway had agreed",
/// "Norway has offered ..., the minister said"), with its subject and other words but not
/// the reported clause; and a speech verb the parse hangs under the trigger after a comma
/// ("..., a diplomat said" as the trigger's parataxis or conjunct), with all its words.
pub fn reporting_tag(ctx: &Ctx, t: usize) -> Vec<usize> {
    let mut tag = Vec::new();
    if !ctx.parsed {
        return tag;
    }
    let mut k = t;
    for _ in 0..6 {
        let d = ctx.deprel(k);
        let Some(g) = ctx.head(k) else { break };
        if matches!(d, "ccomp" | "parataxis") && g != t && is_speech_cue(ctx, g) {
            let mut inner = Vec::new();
            ctx.subtree(k, &mut inner);
            let mut all = Vec::new();
            ctx.subtree(g, &mut all);
            tag.extend(all.into_iter().filter(|x| !inner.contains(x)));
            break;
        }
        if !matches!(d, "xcomp" | "conj" | "ccomp" | "parataxis") {
            break;
        }
        k = g;
    }
    let mut below = Vec::new();
    ctx.subtree(t, &mut below);
    below.sort_unstable();
    let boundary = |j: usize| matches!(ctx.word(j), "," | "\"" | "\u{201d}" | "'");
    for &c in &below {
        let d = ctx.deprel(c);
        if c <= t
            || !matches!(d, "parataxis" | "ccomp" | "xcomp" | "conj" | "advcl")
            || tag.contains(&c)
            || !is_speech_cue(ctx, c)
        {
            continue;
        }
        let mut sub = Vec::new();
        ctx.subtree(c, &mut sub);
        // The tag is the cue's words after the last comma or quote before it (the parse
        // sometimes hangs the reported words under the cue too).
        let mut j = c;
        while j > t + 1 && !boundary(j - 1) {
            j -= 1;
        }
        if !boundary(j - 1) || !(j..c).all(|x| sub.contains(&x)) {
            continue;
        }
        let tail: Vec<usize> = sub.into_iter().filter(|&x| x >= j).collect();
        let marked = ctx
            .kids(c)
            .any(|g| matches!(ctx.deprel(g), "mark" | "ccomp"));
        let speaker = ctx
            .kids(c)
            .any(|g| ctx.deprel(g).starts_with("nsubj") && tail.contains(&g));
        if !marked && (speaker || d == "parataxis") {
            tag.extend(tail);
        }
    }
    tag.sort_unstable();
    tag.dedup();
    tag
}

/// Takes the reporting tag's words out of trigger `f.trigger`'s frame: its speaker is no
/// object, partner or complement subject of the reported act, and its words are no part of
/// the act's content or clause ("offered to host the talks, the minister said").
pub fn drop_reporting_tag(ctx: &Ctx, f: &mut Frame) {
    let tag = reporting_tag(ctx, f.trigger);
    if tag.is_empty() {
        return;
    }
    let in_tag = |m: &u32| {
        ctx.doc
            .mentions
            .get(*m as usize)
            .is_some_and(|x| tag.iter().any(|&k| x.span.overlaps(ctx.span(k))))
    };
    f.obj.retain(|m| !in_tag(m));
    f.agent.retain(|m| !in_tag(m));
    f.comp_subj.retain(|m| !in_tag(m));
    f.parties.retain(|m| !in_tag(m));
    for (_, ms) in f.preps.iter_mut() {
        ms.retain(|m| !in_tag(m));
    }
    f.preps.retain(|(_, ms)| !ms.is_empty());
    f.right.retain(|k| !tag.contains(k));
    let t = f.trigger;
    let Some(&first) = tag.iter().find(|&&k| k > t) else {
        return;
    };
    let is_punct = |k: usize| ctx.doc.tokens[ctx.start + k].upos.is("PUNCT");
    if let Some((a, b)) = f.content {
        // Cut at the tag, or drop the quote mark or comma left just before it.
        if a <= first && (first < b || (b..first).all(is_punct)) {
            let mut end = first.min(b);
            // A closing bracket whose opening one is in the content stays ("its commitment
            // [to NATO's non-expansion]", said Lavrov).
            let closes_inside = |k: usize| {
                let close = ctx.word(k);
                let open = match close {
                    ")" => "(",
                    "]" => "[",
                    _ => return false,
                };
                let count = |w: &str| (a..k).filter(|&j| ctx.word(j) == w).count();
                count(open) > count(close)
            };
            while end > a && is_punct(end - 1) && !closes_inside(end - 1) {
                end -= 1;
            }
            f.content = (end > a).then_some((a, end));
        }
    }
    // The complement was the tag ("rejected the demand, his office said"): what is left of
    // the trigger's own words.
    if f.content.is_none() {
        let last = f.right.iter().rev().find(|&&k| !is_punct(k));
        if let (Some(&a), Some(&b)) = (f.right.first(), last) {
            f.content = (a <= b).then_some((a, b + 1));
        }
    }
    if let Some(cond) = f.condition {
        let cut = ctx.span(first).start;
        if cond.start < cut && cut < cond.end {
            let last = (t..first)
                .rev()
                .find(|&k| ctx.span(k).end <= cut && !is_punct(k));
            f.condition = last
                .map(|k| ctx.span(k).end)
                .filter(|&end| end > cond.start)
                .map(|end| Span::new(cond.start as usize, end as usize));
        }
    }
    let (c0, c1) = f.clause;
    if c0 <= t && first < c1 {
        f.clause = (c0, first.max(t + 1));
    }
}

#[cfg(test)]
mod tests {
    use super::Kids;

    #[test]
    fn dependents_keep_sentence_order_and_a_sentence_without_parse_has_none() {
        // 0 <- 1 -> 2, 3 under 0, 4 the root's other child
        let kids = Kids::new(&[Some(1), None, Some(1), Some(0), Some(1)]);
        assert_eq!(kids.get(1), Some(&[0, 2, 4][..]));
        assert_eq!(&kids[0], &[3][..]);
        assert_eq!(kids.get(2), Some(&[][..]));
        assert_eq!(kids.get(5), None);
        assert_eq!(Kids::default().get(0), None);
    }
}
