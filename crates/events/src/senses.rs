//! Sentence and doer guards of session 17 (issue 7, precision on real news): readings in
//! which a political verb states no act.
//!
//! - A yes/no question ("Has he called for changing the law?", "Will Jordan close the
//!   border?") asks whether an act is done; it states none. (An event noun inside one,
//!   "did the inquiry blame anyone for the attacks?", names an act that was done: it is
//!   still coded.) A negative one ("Didn't Moscow
//!   sign the accord?") is rhetorical and asserts the act: it is coded.
//! - A share of a poll's respondents as the doer ("44 percent would back the mayor") is an
//!   opinion measured, not an act of an actor.
//!
//! Session 20 added: a verb's form read as an adjective ("is free of influence", "a promising
//! transition", "looks promising"); an act held back by a noun or adjective ("his refusal to
//! meet", "was reluctant to impose"), or weighed ("is considering sending troops"); and an act
//! done by saying it, wished for in those words ("would like to apologize"): done, not
//! hypothetical.

use std::sync::OnceLock;

use crate::frame::{is_in, Ctx};

/// Auxiliaries that open a yes/no question (attache's own list).
const QUESTION_AUX: &[&str] = &[
    "has", "have", "had", "did", "do", "does", "will", "would", "can", "could", "should", "shall",
    "is", "are", "was", "were", "may", "might", "must",
];

/// Words that may come before the auxiliary ("But has he ...?", "And will Kyiv ...?").
const LEADING: &[&str] = &[
    "but", "and", "so", "or", "yet", "now", "then", "well", ",", "\"", "'", "“", "‘", "(", "--",
    "—",
];

/// Closing marks that may follow the question mark.
const CLOSING: &[&str] = &["\"", "'", "”", "’", ")"];

/// Words of a poll's share of respondents in a doer's phrase (attache's own list).
const POLL_SHARES: &[&str] = &["percent", "%", "respondents", "respondent"];

/// Is the sentence a yes/no question: it ends with a question mark and opens (after a
/// conjunction or an opening quote) with an auxiliary that is not negated?
pub fn yes_no_question(ctx: &Ctx) -> bool {
    let words = &ctx.lower;
    let last = words.iter().rev().find(|w| !CLOSING.contains(&w.as_ref()));
    if last.map(|w| w.as_ref()) != Some("?") {
        return false;
    }
    let Some(first) = words.iter().position(|w| !LEADING.contains(&w.as_ref())) else {
        return false;
    };
    QUESTION_AUX.contains(&words[first].as_ref())
        && !words
            .get(first + 1)
            .is_some_and(|w| matches!(w.as_ref(), "n't" | "not"))
}

/// Clause boundaries the look-back before a trigger stops at (a relative pronoun too: "the 2
/// percent that NATO members committed to spend" is what they committed to).
const BOUNDARY: &[&str] = &[
    ",", ";", ":", "and", "but", "while", "whereas", "that", "which", "who", "--", "—",
];

/// Is a poll's share named in the few words before the trigger `t`, within its clause
/// ("55 percent of Poles would back Tusk", where the parse gives the verb no subject)?
pub fn share_before(ctx: &Ctx, t: usize) -> bool {
    ctx.lower[..t.min(ctx.lower.len())]
        .iter()
        .rev()
        .take(6)
        .take_while(|w| !BOUNDARY.contains(&w.as_ref()))
        .any(|w| POLL_SHARES.contains(&w.as_ref()))
}

/// The words of a poll's share, as the doer-phrase check reads them.
pub fn poll_shares() -> &'static [String] {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS.get_or_init(|| POLL_SHARES.iter().map(|w| w.to_string()).collect())
}

/// Words before a degree's number ("was 100 percent committed", "is not 100 percent sure").
const DEGREE_BEFORE: &[&str] = &[
    "is", "was", "are", "were", "am", "be", "been", "'m", "'re", "'s", "not", "n't",
];

/// Does the sentence hold a word of a poll's share at all (checked before the doer's
/// phrase is read), other than as a degree right before the trigger `t`, after a copula
/// ("was 100 percent committed to an open process"; a share that is the subject, "while
/// 15 percent backed the senator", is none)?
pub fn mentions_poll_share(ctx: &Ctx, t: usize) -> bool {
    let share = |w: &str| POLL_SHARES.contains(&w);
    let word = |i: usize| t.checked_sub(i).map_or("", |j| ctx.lower[j].as_ref());
    // Before the number, a copula (past an opening quote mark: was "100 percent committed").
    let before_number = (3..6)
        .map(word)
        .find(|w| !matches!(*w, "\"" | "'" | "\u{201c}" | "`" | "``"))
        .unwrap_or("");
    let degree = share(word(1)) && DEGREE_BEFORE.contains(&before_number);
    !degree && ctx.lower.iter().any(|w| share(w.as_ref()))
}

/// Verbs that permit or forbid an act: the act in their complement is what may (or may not)
/// be done, not an act done ("won't allow the army to take control of the border").
const PERMITTING: &[&str] = &["allow", "permit", "let", "forbid", "authorize", "authorise"];

/// Verbs of a habit, a liking or a need: the act in their infinitive is what one is wont, fond
/// or in need of doing, no act done ("loves to mock the press", "likes to taunt his
/// rivals", "didn't need to meet him", "needs to talk to Paris"), as what one is able to do
/// (attache's own list; wishes and plans, "wants to", "plans to", stay intended acts).
const HABIT_OR_NEED: &[&str] = &["love", "like", "enjoy", "hate", "tend", "need"];

/// Is the verb at local token `h` one of habit, liking or need whose infinitive states no
/// act? Not a wish ("would like to express its condolences", "'d love to visit"), nor a need
/// the speaker's side states for itself or the one addressed ("we need to consult our allies",
/// "you need to close the border": an intention, an appeal).
fn habit_or_need(ctx: &Ctx, h: usize) -> bool {
    if habitual_wish(ctx, h) {
        return true;
    }
    if !HABIT_OR_NEED.contains(&ctx.lemma(h)) {
        return false;
    }
    let wish = ctx.kids(h).any(|c| {
        ctx.deprel(c) == "aux" && matches!(ctx.lower[c].as_ref(), "would" | "'d" | "should")
    });
    let own_or_addressed = ctx.kids(h).any(|c| {
        ctx.deprel(c).starts_with("nsubj") && matches!(ctx.lower[c].as_ref(), "we" | "i" | "you")
    });
    !wish && !own_or_addressed
}

/// Adverbs of a habit: a wish said to come "sometimes" or "usually" is a generic statement
/// about a class, no intention of an actor (attache's own list; session 28).
const HABITUAL_ADVERBS: &[&str] = &[
    "sometimes",
    "often",
    "usually",
    "generally",
    "typically",
    "frequently",
    "rarely",
    "seldom",
    "commonly",
    "normally",
];

/// Is the verb at local token `h` a wish said of a habit ("judges sometimes wish to offer
/// help", "donors often want to give more")? Its infinitive is no intended act.
fn habitual_wish(ctx: &Ctx, h: usize) -> bool {
    matches!(ctx.lemma(h), "want" | "wish")
        && ctx
            .kids(h)
            .any(|c| ctx.deprel(c) == "advmod" && HABITUAL_ADVERBS.contains(&ctx.lower[c].as_ref()))
}

/// Nouns of a permission or a possibility: an infinitive on one names what may be done
/// ("were not granted visas to travel", "gives prosecutors two chances to try him", "the
/// right to protest"), not an act done (attache's own list).
const LEAVE_NOUNS: &[&str] = &[
    "visa",
    "permit",
    "permission",
    "right",
    "licence",
    "license",
    "chance",
    "authority",
    "power",
    "mandate",
    "leave",
    "ability",
    "capability",
    "capacity",
];

/// Nouns and adjectives of an act held back: an infinitive on one names what is refused,
/// resisted or not managed, not an act done ("his refusal to meet the Dalai Lama", "her
/// reluctance to send tanks", "was reluctant to impose sanctions", "unable to reach a deal").
/// attache's own lists.
const WITHHELD_NOUNS: &[&str] = &[
    "refusal",
    "reluctance",
    "unwillingness",
    "failure",
    "inability",
    "hesitation",
    "hesitancy",
    "reticence",
];
const WITHHELD_ADJECTIVES: &[&str] = &[
    "reluctant",
    "unwilling",
    "loath",
    "loth",
    "hesitant",
    "unable",
    "afraid",
];

/// Adjectives of leave: the infinitive on one is what one may do, no act done ("Kyiv is free to
/// strike targets in Russia"). attache's own list.
const PERMITTING_ADJECTIVES: &[&str] = &["free"];

/// Nouns of what one is able to do, read on the surface before "to" (not "right", "power"
/// or "authorities": "was right to urge", "joined the authorities to investigate").
const ABILITY_NOUNS: &[&str] = &["ability", "capability", "capacity", "chance"];

/// Is the verb at local token `t` only what someone is able to do, on the surface: "capable
/// of deploying", "the ability to broker", "two chances to prosecute"?
fn ability_before(ctx: &Ctx, t: usize) -> bool {
    let word = |i: usize| t.checked_sub(i).map_or("", |j| ctx.lower[j].as_ref());
    let noun = |w: &str| {
        let singular = match w.strip_suffix("ies") {
            Some(stem) => format!("{stem}y"),
            None => w.strip_suffix('s').unwrap_or(w).to_string(),
        };
        ABILITY_NOUNS.contains(&w) || ABILITY_NOUNS.contains(&singular.as_str())
    };
    word(2) == "capable" && word(1) == "of" || word(1) == "to" && noun(word(2))
}

/// Is the verb at local token `t` what a source spoke anonymously about, on the surface:
/// "requested anonymity to discuss a private conversation", "spoke anonymously to share
/// internal information"? The infinitive names the subject of the source's terms, no act.
pub fn anonymous_terms(ctx: &Ctx, t: usize) -> bool {
    t >= 2 && ctx.word(t - 1) == "to" && matches!(ctx.word(t - 2), "anonymity" | "anonymously")
}

/// Is the verb at local token `t` the act a permission or a possibility names: the
/// complement of a permitting verb, what one is capable of, or an infinitive on a noun of
/// leave or ability?
pub fn permitted_act(ctx: &Ctx, t: usize) -> bool {
    permitted_at(ctx, t, 0)
}

/// Verbs whose object is an act going on, not one merely permitted: "allowing the group to
/// continue its attacks" leaves the attacks an act done. attache's own list.
const ONGOING_VERBS: &[&str] = &["continue"];

/// Is a noun object of the verb at local token `h` an act not done because the verb is a
/// permitted act ("won't allow them to sign an accord")? Not when the verb goes on with the
/// act ([`ONGOING_VERBS`]: "allowing the group to continue its attacks").
pub fn permitted_object(ctx: &Ctx, h: usize) -> bool {
    !ONGOING_VERBS.contains(&ctx.lemma(h)) && permitted_act(ctx, h)
}

/// [`permitted_act`], `depth` verbs down a chain of complements and conjuncts: "has the
/// authority to seek to seize assets", "the right to march and to strike" (at most three).
fn permitted_at(ctx: &Ctx, t: usize, depth: usize) -> bool {
    if ability_before(ctx, t) {
        return true;
    }
    // On the surface: "allow [a few words] to take": a permitting verb shortly before the
    // `to` of the infinitive, within its clause.
    if t >= 2 && ctx.word(t - 1) == "to" {
        let back = (t.saturating_sub(6)..t - 1).rev();
        for k in back {
            if BOUNDARY.contains(&ctx.word(k)) {
                break;
            }
            if PERMITTING.contains(&ctx.lemma(k)) {
                return true;
            }
        }
    }
    if !ctx.parsed {
        return false;
    }
    let Some(h) = ctx.head(t) else {
        return false;
    };
    let infinitive = ctx
        .kids(t)
        .any(|c| ctx.deprel(c) == "mark" && ctx.word(c) == "to");
    let permits = |v: usize| {
        PERMITTING.contains(&ctx.lemma(v))
            || infinitive
                && ctx.doc.tokens[ctx.start + v].upos.is("ADJ")
                && PERMITTING_ADJECTIVES.contains(&ctx.lemma(v))
    };
    // A verb in the complement of, or joined to, a permitted act is permitted too.
    let chained = |v: usize| depth < 3 && permitted_at(ctx, v, depth + 1);
    // The gerund of a verb of weighing (`Lexicon::weighs`: "is considering sending troops",
    // "discussed expelling diplomats") is an act weighed, not done. (A gerund supported,
    // opposed or recommended is kept as a hypothetical act, and one resisted or avoided as a
    // negated one: the coder's `proposed_gerund` and its resist/avoid rule.)
    match ctx.deprel(t) {
        "xcomp" => {
            permits(h)
                || infinitive
                    && (habit_or_need(ctx, h) || WITHHELD_ADJECTIVES.contains(&ctx.lemma(h)))
                || !infinitive && gerund(ctx, t) && ctx.lex.weighs(ctx.lemma(h))
                || chained(h)
        }
        // Only a bare verb shares the permitted infinitive ("to freeze or seize"); a tensed
        // one is an act of its own ("was allowed to enter and attacked the market").
        "conj" => {
            (infinitive || ctx.word(t) == ctx.lemma(t))
                && !ctx.kids(t).any(|c| ctx.deprel(c).starts_with("nsubj"))
                && chained(h)
        }
        "ccomp" => permits(h),
        // "is exploring deporting refugees": the parse may cut a gerund right after the
        // weighing verb off as a clause of its own.
        "parataxis" => !infinitive && gerund(ctx, t) && t == h + 1 && ctx.lex.weighs(ctx.lemma(h)),
        // "is considering sending troops": the parse may hang the gerund as an adverbial
        // clause with no marker of its own.
        "advcl" => {
            infinitive && permits(h)
                || !infinitive
                    && gerund(ctx, t)
                    && !ctx
                        .kids(t)
                        .any(|c| matches!(ctx.deprel(c), "mark" | "case"))
                    && ctx.lex.weighs(ctx.lemma(h))
        }
        // "allow [Hamas fighters to take control]": the parse may hang the infinitive on
        // the permitted party.
        "acl" => {
            infinitive
                && (LEAVE_NOUNS.contains(&ctx.lemma(h))
                    || WITHHELD_NOUNS.contains(&ctx.lemma(h))
                    || ctx.deprel(h) == "obj" && ctx.head(h).is_some_and(permits))
        }
        _ => false,
    }
}

/// Is the verb at local token `t` what a whether-clause asks about, the clause's own verb or a
/// conjunct or complement of it (at most three verbs up): "did not know whether Pence would
/// endorse him", "a vote on whether to endorse", "whether they decide to launch attacks"?
/// A question states no act. A clause hung on the asked one in another way states its own
/// ("asked whether he was glad Iraq is discussing talks": the talks go on). Parsed
/// sentences only.
pub fn asked_act(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed {
        return false;
    }
    let mut k = t;
    for _ in 0..4 {
        if ctx
            .kids(k)
            .any(|c| ctx.deprel(c) == "mark" && ctx.word(c) == "whether")
        {
            return true;
        }
        if !matches!(ctx.deprel(k), "xcomp" | "conj") {
            return false;
        }
        match ctx.head(k) {
            Some(h) => k = h,
            None => return false,
        }
    }
    false
}

/// Verbs of holding back from an act named by "from" ("refrained from attacking his
/// rivals", "abstained from criticism"). attache's own list.
const REFRAINING_VERBS: &[&str] = &["refrain", "abstain", "desist"];

/// Verbs that keep someone from an act (attache's own list): "the law bars banks from
/// extending credit", "the treaty prohibits Russia from deploying missiles".
const PREVENTING_VERBS: &[&str] = &[
    "bar",
    "prevent",
    "prohibit",
    "forbid",
    "stop",
    "keep",
    "block",
    "ban",
    "preclude",
    "restrain",
    "deter",
    "dissuade",
    "discourage",
];

/// Is the act at local token `t` (a gerund or an event noun) one held back: the "from" phrase
/// of a verb of refraining that is not itself negated ("refrained from endorsing Clinton";
/// "did not refrain from attacking" did attack)? Parsed sentences only.
pub fn refrained_from(ctx: &Ctx, t: usize) -> bool {
    from_phrase_of(ctx, t, REFRAINING_VERBS)
}

/// Is the act at local token `t` one someone or something keeps its doer from: the "from"
/// phrase of a verb of preventing that is not itself negated ("the law bars American banks
/// from extending credit to Cuba", "was barred from the talks")? The act was not done
/// (session 25). Parsed sentences only.
pub fn prevented_from(ctx: &Ctx, t: usize) -> bool {
    from_phrase_of(ctx, t, PREVENTING_VERBS) || prevented_by_words(ctx, t) || prohibited_act(ctx, t)
}

/// Verbs that forbid the act they take as object (attache's own list): "the law prohibits
/// extending credit to Cuba", "the treaty bans nuclear tests". Not "stop" or "keep" ("kept
/// arming the rebels" did arm them).
const PROHIBITING_VERBS: &[&str] = &[
    "prohibit",
    "forbid",
    "ban",
    "bar",
    "outlaw",
    "preclude",
    "prevent",
    "proscribe",
];

/// Is the act at local token `t` (a gerund or an event noun) the object of a verb of
/// forbidding that is not itself negated ("the law prohibits extending credit to Cuba",
/// "the law bans arms sales to Iran"; "did not ban extending credit" allows it)? The act is
/// forbidden, not done (session 27). Parsed sentences only.
fn prohibited_act(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed || !matches!(ctx.deprel(t), "obj" | "xcomp" | "ccomp") {
        return false;
    }
    let Some(h) = ctx
        .head(t)
        .filter(|&h| PROHIBITING_VERBS.contains(&ctx.lemma(h)))
    else {
        return false;
    };
    !has_not(ctx, h)
}

/// Has the verb at local token `h` a "not", "n't" or "never" of its own (`advmod` or `neg`)?
fn has_not(ctx: &Ctx, h: usize) -> bool {
    ctx.kids(h).any(|c| {
        matches!(ctx.deprel(c), "advmod" | "neg") && matches!(ctx.word(c), "not" | "n't" | "never")
    })
}

/// Does the gerund at local token `t` follow "from" and a noun phrase that follows a form of
/// a verb of preventing ("bars American banks from extending", where the parse took "bars"
/// for a noun)?
fn prevented_by_words(ctx: &Ctx, t: usize) -> bool {
    if t < 3 || !gerund(ctx, t) || ctx.lower[t - 1].as_ref() != "from" {
        return false;
    }
    let in_phrase = |k: usize| {
        matches!(
            ctx.doc.tokens[ctx.start + k].upos.as_str(),
            "DET" | "ADJ" | "NOUN" | "PROPN" | "NUM" | "PRON" | "PART"
        )
    };
    let mut k = t - 2;
    while k > 0 && t - k <= 6 && in_phrase(k) {
        if k < t - 2 && PREVENTING_VERBS.contains(&ctx.lemma(k)) {
            return true;
        }
        k -= 1;
    }
    k < t - 2 && PREVENTING_VERBS.contains(&ctx.lemma(k))
}

/// Is local token `t` the "from" phrase or clause of a verb of `verbs` that is not negated?
fn from_phrase_of(ctx: &Ctx, t: usize, verbs: &[&str]) -> bool {
    if !ctx.parsed {
        return false;
    }
    let Some(h) = ctx.head(t).filter(|&h| verbs.contains(&ctx.lemma(h))) else {
        return false;
    };
    let from = ctx
        .kids(t)
        .any(|c| matches!(ctx.deprel(c), "mark" | "case") && ctx.word(c) == "from");
    from && !has_not(ctx, h)
}

/// Is local token `t` a gerund (an -ing verb form)?
fn gerund(ctx: &Ctx, t: usize) -> bool {
    ctx.doc.tokens[ctx.start + t].xpos.as_str() == "VBG"
}

/// Nouns of an act that may come, is feared or is one of several choices: an act hung on one
/// by "of" is what may happen, not what happened ("the threat of air strikes", "the stark
/// choice of backing down or launching new attacks", "the risk of a wider war").
/// ("held out the prospect of more aid" is an offer: "prospect" is not listed.) An act whose
/// chance or wisdom is weighed, or that is only an idea, is none done either ("any chance of
/// threatening the United States", "question the wisdom of committing to Scott", session
/// 29). attache's own list.
const POSSIBILITY_NOUNS: &[&str] = &[
    "threat",
    "risk",
    "danger",
    "fear",
    "possibility",
    "likelihood",
    "chance",
    "odds",
    "wisdom",
    "idea",
    "spectre",
    "specter",
    "option",
    "choice",
    "alternative",
];

/// Is the act at local token `t` (an event noun or a gerund) the content of a noun of
/// possibility by "of", itself or as a conjunct of such an act or in its complement (at
/// most three verbs down)? Parsed sentences only.
pub fn possible_act(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed {
        return false;
    }
    let mut k = t;
    // "of backing down or launching attacks": the second act hangs on the first; "of
    // ordering troops to attack", "of launching attacks": the attack is in the complement
    // or the object of the chosen act.
    for _ in 0..3 {
        if !matches!(ctx.deprel(k), "conj" | "xcomp" | "obj") {
            break;
        }
        match ctx.head(k) {
            Some(h) => k = h,
            None => return false,
        }
    }
    let Some(h) = ctx.head(k).filter(|&h| h < k) else {
        return false;
    };
    // "has an idea to attack the rebels": an infinitive on a noun of an idea or a choice is
    // its content too ("had the chance to meet Putin" may well have met him; "the threat to
    // slap tariffs" is the threatening side's act, coded as threatened).
    let infinitive = |c: usize| {
        ctx.deprel(k) == "acl"
            && ctx.deprel(c) == "mark"
            && ctx.word(c) == "to"
            && matches!(
                ctx.lemma(h),
                "idea" | "option" | "choice" | "alternative" | "possibility"
            )
    };
    // "their own ideas for attacking Trump": an idea for an act is none done.
    let idea_for = |c: usize| ctx.lemma(h) == "idea" && gerund(ctx, k) && ctx.word(c) == "for";
    matches!(ctx.deprel(k), "nmod" | "acl" | "acl:relcl" | "advcl")
        && POSSIBILITY_NOUNS.contains(&ctx.lemma(h))
        && ctx.kids(k).any(|c| {
            matches!(ctx.deprel(c), "case" | "mark") && (ctx.word(c) == "of" || idea_for(c))
                || infinitive(c)
        })
}

/// Verbs of judging that take a small clause ("considers the sanctions essential", "deems
/// the vote illegal"): with one, the verb states an opinion, not an act of weighing or
/// judging anything. attache's own list.
const JUDGING_VERBS: &[&str] = &["consider", "deem", "regard", "view"];

/// Is the verb at local token `t` a verb of judging with a small clause: an adjective or noun
/// predicate as its complement ("consider X essential", "deem X a threat"), or "as" after its
/// object ("regard X as a threat")? Parsed sentences only.
pub fn judged_opinion(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed || !JUDGING_VERBS.contains(&ctx.lemma(t)) {
        return false;
    }
    let upos = |k: usize| ctx.doc.tokens[ctx.start + k].upos;
    ctx.kids(t).any(|c| match ctx.deprel(c) {
        "xcomp" => {
            (upos(c).is("ADJ") || upos(c).is("NOUN"))
                && !ctx
                    .kids(c)
                    .any(|g| ctx.deprel(g) == "mark" && ctx.word(g) == "to")
        }
        // The parse may hang the predicate on the object as a modifier after it, or
        // elsewhere: an English adjective right after its noun, before no noun of its own,
        // is a predicate ("the sanctions essential to ...").
        "obj" => {
            let noun_at = |k: usize| k < ctx.len() && (upos(k).is("NOUN") || upos(k).is("PROPN"));
            c + 1 < ctx.len() && upos(c + 1).is("ADJ") && !noun_at(c + 2)
                || predicate_in_object(ctx, c)
        }
        _ => false,
    })
}

/// Does the object at local token `o` end in a small clause's predicate the parse hung inside
/// it: an adjective after the noun it modifies, before no noun ("considers the annexation of
/// Crimea illegal"), or an unmarked noun phrase with "a"/"an" that is no time ("considers the
/// blockade of Taiwan a threat")?
fn predicate_in_object(ctx: &Ctx, o: usize) -> bool {
    let upos = |k: usize| ctx.doc.tokens[ctx.start + k].upos;
    let noun_at = |k: usize| k < ctx.len() && (upos(k).is("NOUN") || upos(k).is("PROPN"));
    let mut words = Vec::new();
    ctx.subtree(o, &mut words);
    // (the subtree's end, exclusive, as `Ctx::subtree_span` gives it)
    let end = words.iter().copied().max().unwrap_or(o) + 1;
    let in_time = |k: usize| {
        let sp = ctx.span(k);
        ctx.doc
            .times
            .iter()
            .any(|x| x.span.start <= sp.start && sp.end <= x.span.end)
    };
    words.into_iter().any(|k| {
        k > o
            && match ctx.deprel(k) {
                "amod" => {
                    upos(k).is("ADJ")
                        && ctx.head(k).is_some_and(|h| h < k && noun_at(h))
                        && k + 1 == end
                }
                "nmod:unmarked" => {
                    upos(k).is("NOUN")
                        && ctx.word(k.saturating_sub(1)) != ","
                        && !in_time(k)
                        && ctx.kids(k).any(|d| {
                            ctx.deprel(d) == "det" && matches!(ctx.lower[d].as_ref(), "a" | "an")
                        })
                }
                _ => false,
            }
    })
}

/// Modals under which an agreed clause binds its parties ("agreed that talks would resume"):
/// an agreement, not a view. attache's own list.
const BINDING_MODALS: &[&str] = &[
    "would",
    "will",
    "'ll",
    "\u{2019}ll",
    "'d",
    "\u{2019}d",
    "shall",
    "should",
    "must",
];

/// Is the verb at local token `t` "agree" with a clause that states a view: a state or a fact
/// ("agrees Trump is an opportunist", "agree the plan does not add up", "agreed that Peru was
/// right", "agreed the obstacle can be removed"), not what the parties bind themselves to (no
/// "would", "will", "shall", "should", "must"; no to-infinitive; not an act in the present
/// tense with a time of its own: "agreed that the ceasefire begins on Monday")? An adverbial
/// clause with a marker of its own tells when or why, it is not what is agreed ("agreed to
/// the ceasefire after Russia withdrew its troops", "when Azerbaijan returned them"). A view shared is no act. Parsed
/// sentences only.
pub fn agreed_view(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed || ctx.lemma(t) != "agree" {
        return false;
    }
    let tok = |k: usize| &ctx.doc.tokens[ctx.start + k];
    ctx.kids(t).any(|c| {
        if c <= t || !matches!(ctx.deprel(c), "ccomp" | "obj" | "advcl") {
            return false;
        }
        let kid = |rels: &[&str]| ctx.kids(c).any(|g| rels.contains(&ctx.deprel(g)));
        if ctx.deprel(c) == "advcl"
            && ctx.kids(c).any(|g| {
                ctx.deprel(g) == "mark" && ctx.word(g) != "that"
                    || ctx.deprel(g) == "advmod"
                        && ctx.doc.tokens[ctx.start + g].xpos.as_str() == "WRB"
            })
        {
            return false;
        }
        // A clause: a copula or a subject of its own, or a finite verb.
        let clause = kid(&["cop", "nsubj", "nsubj:pass"])
            || tok(c).upos.is("VERB") && matches!(tok(c).xpos.as_str(), "VBZ" | "VBD" | "VBP")
            || ctx
                .kids(c)
                .any(|g| ctx.deprel(g) == "aux" && matches!(ctx.word(g), "does" | "do" | "did"));
        let bound_or_infinitive = ctx.kids(c).any(|g| {
            matches!(ctx.deprel(g), "aux" | "mark")
                && (BINDING_MODALS.contains(&ctx.word(g)) || ctx.word(g) == "to")
        });
        // An act in the present tense with a time in its clause is one scheduled.
        let scheduled = tok(c).upos.is("VERB")
            && matches!(tok(c).xpos.as_str(), "VBZ" | "VBP")
            && !kid(&["cop"])
            && {
                let (lo, hi) = ctx.subtree_span(c);
                let (from, to) = (ctx.span(lo).start, ctx.span(hi - 1).end);
                ctx.doc
                    .times
                    .iter()
                    .any(|tm| from <= tm.span.start && tm.span.end <= to)
            };
        clause && !bound_or_infinitive && !scheduled
    })
}

/// Is the verb at local token `t` "assure" with no act to come in what it assures: a state or a
/// fact ("assured him it was done without his knowledge", "assured the crowd Trump is no
/// racist", "I can assure you"), not a promise? It is read on the surface, to the end of the
/// sentence or of the quote, as the parse often hangs the assured clause on the assured party
/// ("assured Macron [that Russia would not attack]"); any sign of an act to come makes a
/// promise: a binding modal or "won't" ("assured voters he'd force Mexico to pay"), "going
/// to", a to-infinitive ("is ready to lift its veto"), a present-tense verb other than "be"
/// ("French troops remain"), or an "of" phrase right after the party ("assured Kyiv of its
/// support"). Parsed sentences only.
pub fn assured_fact(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed || ctx.lemma(t) != "assure" {
        return false;
    }
    let tok = |k: usize| &ctx.doc.tokens[ctx.start + k];
    // "assured Kyiv of its support", "assured South Korea of", "assured them of": the party
    // named, then what it is assured of (not "assured a crowd of supporters"). On the surface:
    // the parse may make the party the subject of a clause.
    let party = (t + 1..ctx.len())
        .take_while(|&k| tok(k).upos.is("PROPN") || tok(k).upos.is("PRON"))
        .last();
    if party.is_some_and(|k| ctx.word(k + 1) == "of") {
        return false;
    }
    // To the end of the sentence, or of the quote the assurance stands in.
    let end = (t + 1..ctx.len())
        .find(|&k| tok(k).xpos.as_str() == "''" || ctx.word(k) == ";")
        .unwrap_or(ctx.len());
    !(t + 1..end).any(|k| {
        let w = ctx.word(k);
        BINDING_MODALS.contains(&w)
            || w == "wo"
            || w == "going" && ctx.word(k + 1) == "to"
            // (An infinitive of a word or a verb, "ready to lift", not of a noun: "their trip
            // to retrieve the boy".)
            || tok(k).xpos.as_str() == "TO"
                && k + 1 < ctx.len()
                && tok(k + 1).xpos.as_str() == "VB"
                && ctx.deprel(k + 1) == "xcomp"
            || matches!(tok(k).xpos.as_str(), "VBZ" | "VBP")
                && ctx.lemma(k) != "be"
                && !matches!(ctx.deprel(k), "aux" | "aux:pass" | "cop")
                // (Not a relative clause, "supporters who make up his base"; a that-clause
                // the parse hangs on the party as one has its "that" as a marker.)
                && (!ctx.deprel(k).starts_with("acl")
                    || ctx
                        .kids(k)
                        .any(|g| ctx.deprel(g) == "mark" && ctx.word(g) == "that"))
    })
}

/// Verbs that link a subject to a quality ("the talks look promising").
const LINKING_VERBS: &[&str] = &[
    "look", "seem", "sound", "appear", "remain", "become", "prove",
];

/// Is local token `t` an adjective, as the tagger reads it, that states a quality rather than
/// a verb's act? Parsed sentences only. Either a word not in -ing or -ed with a copula ("the
/// probe is free of influence"), or an -ing form that
/// describes the noun right after it, after a determiner, adjective, adverb or conjunction
/// ("an awkward but promising transition", "a broadly appealing campaign"; not "many
/// slamming Trump"), or that follows a linking verb ("the talks look promising"). (The
/// tagger also calls a progressive's verb an adjective, "is promising to bomb", "is
/// appealing to the combatants to stop": a copula does not make an -ing form a quality.)
pub fn adjective_not_act(ctx: &Ctx, t: usize) -> bool {
    let tok = |k: usize| &ctx.doc.tokens[ctx.start + k];
    if !ctx.parsed || !tok(t).upos.is("ADJ") {
        return false;
    }
    if !ctx.word(t).ends_with("ing") {
        // A participle with a copula keeps its verb's sense ("is committed to opening the
        // economy" is an intent).
        return !ctx.word(t).ends_with("ed") && ctx.kids(t).any(|c| ctx.deprel(c) == "cop");
    }
    let Some(p) = t.checked_sub(1) else {
        return false;
    };
    let before_noun = t + 1 < ctx.len()
        && tok(t + 1).upos.is("NOUN")
        && matches!(
            tok(p).xpos.as_str(),
            "DT" | "JJ" | "JJR" | "JJS" | "RB" | "CC" | "PRP$" | "POS" | "CD"
        );
    let linked = LINKING_VERBS.contains(&ctx.lemma(p))
        && !ctx
            .kids(t)
            .any(|c| matches!(ctx.deprel(c), "obj" | "iobj" | "xcomp" | "ccomp"));
    before_noun || linked
}

/// Acts done by saying them (attache's own list): wishing to do one, in the words that do
/// it, does it. (Not "welcome": "would like to welcome the delegation next week" is a visit
/// to host.)
const PERFORMATIVES: &[&str] = &[
    "apologize",
    "apologise",
    "thank",
    "congratulate",
    "express",
    "commend",
    "condemn",
];

/// Is the verb at local token `t` an act done by saying it, the complement of a wish stated
/// as such: "would like to" ("Tehran would like to apologize to Riyadh") or the speaker's own
/// "want to" or "wish to" ("we wish to thank Norway")? Parsed sentences only; a negated wish
/// ("would not like to") is none.
pub fn performed_wish(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed || !PERFORMATIVES.contains(&ctx.lemma(t)) || ctx.deprel(t) != "xcomp" {
        return false;
    }
    let Some(h) = ctx.head(t) else {
        return false;
    };
    let has = |words: &[&str], rels: &[&str]| {
        ctx.kids(h).any(|c| {
            rels.iter().any(|r| ctx.deprel(c).starts_with(r))
                && words.contains(&ctx.lower[c].as_ref())
        })
    };
    // ("would have liked to thank him": a wish of the past, the thanks not given.)
    if has(&["not", "n't", "never"], &["advmod", "neg"]) || has(&["have", "'ve"], &["aux"]) {
        return false;
    }
    match ctx.lemma(h) {
        "like" => has(&["would", "'d"], &["aux"]),
        "want" | "wish" => has(&["i", "we"], &["nsubj"]),
        _ => false,
    }
}

/// Is local token `k`, matched for an entry's `need` word, a trigger verb of the lexicon that
/// the tagger reads as an adjective describing a noun ("demanded *free* speech", "promised
/// *free* college")? It names no act, so it meets no need ("urged Hamas to *free* the
/// hostages" still does). Parsed sentences only (session 22).
pub fn adjective_need_word(ctx: &Ctx, k: usize) -> bool {
    let tok = |j: usize| &ctx.doc.tokens[ctx.start + j];
    // Only right before a common noun: a number, determiner, name or participle after it
    // starts an object ("demanded that Ecuador free two fishermen", "urged it to free jailed
    // reporters", which a tagger may still call an adjective).
    let noun_next = k + 1 < ctx.len()
        && tok(k + 1).upos.is("NOUN")
        && matches!(tok(k + 1).xpos.as_str(), "NN" | "NNS");
    ctx.parsed
        && tok(k).upos.is("ADJ")
        && ctx.deprel(k) == "amod"
        && noun_next
        && !ctx.lex.entries(ctx.lemma(k)).is_empty()
}

/// Is the trigger at local token `t` "imports" or "exports" read by the tagger as a verb
/// where it is a noun, a figure of trade: after a possessive, a determiner or an adjective
/// ("Japan's exports to China", "the rise in manufacturing imports"), or the subject of a
/// past-tense verb the parse hangs on it with no subject and no conjunction of its own ("U.S.
/// imports from Japan rose 5 percent", "imports to the United States came from Germany")?
/// No act of trade (session 27). ("The United States imports most of its oil from Canada" is
/// one.)
pub fn trade_figure(ctx: &Ctx, t: usize) -> bool {
    let tok = |k: usize| &ctx.doc.tokens[ctx.start + k];
    if !matches!(ctx.lower[t].as_ref(), "imports" | "exports") || tok(t).xpos.as_str() != "VBZ" {
        return false;
    }
    // ("Iran's military imports most of its weapons from Russia": after an adjective, a
    // verb with an object of its own trades; review 27.)
    let object = ctx.parsed && ctx.kids(t).any(|c| ctx.deprel(c) == "obj");
    let noun_before = t > 0
        && (ctx.lower[t - 1].as_ref() == "'s"
            || tok(t - 1).upos.is("DET")
            || tok(t - 1).upos.is("ADJ") && !object
            || tok(t - 1).upos.is("NOUN") && ctx.lower[t - 1].ends_with("ing"));
    let figure_verb = ctx.parsed
        && ctx.kids(t).any(|c| {
            matches!(ctx.deprel(c), "conj" | "ccomp" | "parataxis")
                && tok(c).xpos.as_str() == "VBD"
                // ("imports gas from Russia and imported coal": a second verb of the same
                // subject, joined by "and".)
                && !ctx
                    .kids(c)
                    .any(|g| matches!(ctx.deprel(g), "nsubj" | "nsubj:pass" | "expl" | "cc"))
        });
    noun_before || figure_verb
}

/// Verbs of keeping away, with the word between them and the preposition, that leave the act
/// after them undone ("steered clear of blaming Iran", "shied away from endorsing him",
/// "stopped short of calling it a coup"; attache's own list).
const KEEPING_AWAY: &[(&str, &str, &str)] = &[
    ("stop", "short", "of"),
    ("fall", "short", "of"),
    ("steer", "clear", "of"),
    ("stay", "clear", "of"),
    ("keep", "clear", "of"),
    ("shy", "away", "from"),
    ("stay", "away", "from"),
    ("back", "away", "from"),
    ("step", "back", "from"),
];

/// Does a verb of keeping away come right before the trigger at local token `t` ("steered
/// clear of blaming", "shied away from criticizing", "balked at hacking")? The act was not done (session 22;
/// "stopped short of" since session 16).
pub fn kept_away_from(ctx: &Ctx, t: usize) -> bool {
    t >= 3
        && KEEPING_AWAY.iter().any(|&(verb, adv, prep)| {
            ctx.word(t - 1) == prep && ctx.lower[t - 2].as_ref() == adv && ctx.lemma(t - 3) == verb
        })
        // "the company balked at hacking the phone" (session 27).
        || t >= 2 && ctx.word(t - 1) == "at" && ctx.lemma(t - 2) == "balk"
}

/// Adverbs of degree or domain that make a past participle right after them a quality
/// ("a politically charged issue", "so charged that", "deeply divided"; attache's own list):
/// a verb's act takes "very much", never "very".
const QUALITY_ADVERBS: &[&str] = &[
    "so",
    "too",
    "very",
    "quite",
    "rather",
    "politically",
    "emotionally",
    "racially",
    "ideologically",
    "religiously",
    "culturally",
    "highly",
    "increasingly",
    "less",
];

/// Is the past participle at local token `t` a quality after an adverb of degree or domain,
/// with no object or agent of its own ("remains so politically charged that", "a highly
/// charged debate")? No act (session 22).
pub fn qualified_participle(ctx: &Ctx, t: usize) -> bool {
    let tok = |k: usize| &ctx.doc.tokens[ctx.start + k];
    t >= 1
        && matches!(tok(t).xpos.as_str(), "VBN" | "JJ")
        && QUALITY_ADVERBS.contains(&ctx.lower[t - 1].as_ref())
        && !(ctx.parsed
            && ctx.kids(t).any(|c| {
                matches!(ctx.deprel(c), "obj" | "iobj" | "obl:agent")
                    || ctx.deprel(c) == "obl"
                        && ctx
                            .kids(c)
                            .any(|g| ctx.deprel(g) == "case" && ctx.word(g) == "by")
            }))
}

/// Nouns of a plan, text or result that "promises", "guarantees" or "assures" what it
/// brings about, no one's commitment ("the minister's tax plan promises to double farm
/// incomes", "the border rules guaranteed that ...", "the win assures her of a majority";
/// attache's own list).
const THING_DOERS: &[&str] = &[
    "plan",
    "bill",
    "law",
    "budget",
    "proposal",
    "platform",
    "agenda",
    "policy",
    "measure",
    "program",
    "programme",
    "win",
    "victory",
    "defeat",
    "result",
    "outcome",
    "system",
    "rule",
    "reform",
    "package",
    "strategy",
    "initiative",
    "legislation",
    "constitution",
    "job",
    "position",
    "approach",
    "model",
    "scheme",
    "formula",
    "framework",
    "design",
    "deal",
    "treaty",
    "accord",
    "agreement",
    "arrangement",
    "provision",
    "clause",
    "text",
    "draft",
    "amendment",
    "vote",
    "majority",
    "lead",
    "margin",
];

/// Verbs of assailing that a thing may do in a figurative sense ("the storm threatened
/// Cuba", "bells attacked the peace").
const ASSAIL_VERBS: &[&str] = &["attack", "threaten", "assail"];

/// Is the subject of the verb of assailing at local token `t` a clause, or a thing: a
/// lower-case common noun of `THING_ASSAILERS` (a force of nature, a disease, a force of the
/// economy, a contest) that no mention, coded or not, covers ("ringing *bells* attacked the
/// peace of the street", "the *storm* threatened Cuba", "high *prices* attacked the incomes
/// of families")? Any other noun may name people or a body the actors stage left without a
/// mention ("the junta threatened Uganda", "the navy attacked the embassy", "bandits
/// attacked the village": a review found those dropped when every unlisted noun counted as a
/// thing); "the rockets attacked the city", "the editorial attacked the plan" stay. Parsed
/// sentences only (session 25).
pub fn thing_assails(ctx: &Ctx, t: usize) -> bool {
    let assail = ASSAIL_VERBS
        .iter()
        .any(|v| ctx.lemma(t) == *v || ctx.lower[t].starts_with(v));
    if !ctx.parsed
        || !assail
        || !ctx.doc.tokens[ctx.start + t]
            .xpos
            .as_str()
            .starts_with("VB")
    {
        return false;
    }
    // "Ringing church bells attacked ...": a clause as the subject is an activity, no one.
    if ctx.kids(t).any(|c| ctx.deprel(c) == "csubj") {
        return true;
    }
    let Some(s) = ctx.kids(t).find(|&c| ctx.deprel(c) == "nsubj") else {
        return false;
    };
    // (A second subject the parse hangs on the verb that an actor stands for is the doer.)
    let actor_subject = ctx.kids(t).any(|c| {
        ctx.deprel(c) == "nsubj" && (ctx.mention_at[c].is_some() || ctx.uncoded_at[c].is_some())
    });
    !actor_subject
        && ctx.doc.tokens[ctx.start + s].upos.is("NOUN")
        && ctx.word(s).chars().next().is_some_and(char::is_lowercase)
        && ctx.mention_at[s].is_none()
        && ctx.uncoded_at[s].is_none()
        && THING_ASSAILERS.contains(&ctx.lemma(s))
}

/// Things that attack or threaten in a figurative sense: forces of nature, diseases, forces
/// of the economy and contests (lemmas; attache's own list).
const THING_ASSAILERS: &[&str] = &[
    "storm",
    "hurricane",
    "typhoon",
    "cyclone",
    "tornado",
    "flood",
    "flooding",
    "drought",
    "fire",
    "wildfire",
    "blaze",
    "earthquake",
    "quake",
    "tsunami",
    "eruption",
    "avalanche",
    "landslide",
    "weather",
    "rain",
    "snow",
    "heat",
    "cold",
    "wind",
    "wave",
    "tide",
    "erosion",
    "bell",
    "noise",
    "virus",
    "disease",
    "epidemic",
    "pandemic",
    "outbreak",
    "infection",
    "bacteria",
    "cancer",
    "plague",
    "pest",
    "locust",
    "famine",
    "hunger",
    "pollution",
    "smog",
    "climate",
    "warming",
    "price",
    "cost",
    "inflation",
    "deflation",
    "recession",
    "slump",
    "downturn",
    "crisis",
    "debt",
    "deficit",
    "unemployment",
    "poverty",
    "shortage",
    "competition",
    "import",
    "uncertainty",
    "instability",
    "volatility",
    "primary",
    "election",
    "scandal",
];

/// Is the subject of the commitment verb at local token `t` a plan, text or result
/// (`THING_DOERS`) with no actor mention of its own? What it "promises" or "guarantees" is
/// its effect or content, no promise made (session 22). Parsed sentences only.
pub fn thing_commits(ctx: &Ctx, t: usize) -> bool {
    ctx.parsed
        && ctx.kids(t).any(|c| {
            ctx.deprel(c) == "nsubj"
                && ctx.mention_at[c].is_none()
                && THING_DOERS.contains(&ctx.lemma(c))
        })
}

/// Verbs after which a participle states a lasting stance ("remains committed to").
const STANCE_LINKS: &[&str] = &[
    "remain", "stay", "seem", "appear", "become", "look", "sound",
];

/// Is "committed" at local token `t` a stance held ("is committed to transparency", "remains
/// committed to finishing the campaign", "a leader committed to defending the order"),
/// with nothing in its to-phrase the lexicon codes as an act (an event noun, a verb it codes)
/// or names as an actor? Such a commitment to a value or a course is no intent to cooperate
/// with anyone ("is committed to a new round of talks with Argentina" still codes; so does
/// "Iran committed to hosting the talks", an act) (session 22). Parsed sentences only.
pub fn committed_stance(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed || ctx.lemma(t) != "commit" && ctx.lower[t].as_ref() != "committed" {
        return false;
    }
    let tok = |k: usize| &ctx.doc.tokens[ctx.start + k];
    if !matches!(tok(t).xpos.as_str(), "VBN" | "JJ") {
        return false;
    }
    let held = ctx
        .kids(t)
        .any(|c| matches!(ctx.deprel(c), "cop" | "aux:pass") && ctx.lemma(c) == "be")
        || matches!(ctx.deprel(t), "acl" | "amod" | "appos")
        || ctx.deprel(t) == "xcomp"
            && ctx
                .head(t)
                .is_some_and(|h| STANCE_LINKS.contains(&ctx.lemma(h)));
    if !held {
        return false;
    }
    let mut phrase = Vec::new();
    for c in ctx.kids(t).filter(|&c| c > t) {
        if matches!(ctx.deprel(c), "obl" | "xcomp" | "advcl" | "ccomp" | "obj") {
            ctx.subtree(c, &mut phrase);
        }
    }
    !phrase.iter().any(|&k| {
        ctx.mention_at[k].is_some()
            || ctx.lex.noun_lemma(ctx.word(k)).is_some()
            || tok(k).upos.is("VERB") && !ctx.lex.entries(ctx.lemma(k)).is_empty()
    })
}

/// Does "yet to" follow a form of have or be right before the trigger at local token `t`
/// ("Trump has yet to apologize", "aid Congress is yet to approve")? The act is not done so
/// far, as with "has not yet" (session 23).
pub fn yet_to_do(ctx: &Ctx, t: usize) -> bool {
    t >= 3
        && ctx.word(t - 1) == "to"
        && ctx.lower[t - 2].as_ref() == "yet"
        && matches!(ctx.lemma(t - 3), "have" | "be")
}

/// Forms of "be" that take an infinitive of arrangement ("is to meet", "were to arrive").
const ARRANGING_BE: &[&str] = &["is", "are", "was", "were", "am", "'s", "'re"];

/// Is the trigger at local token `t` an infinitive right after a form of "be" ("the premier
/// was to fly to Lima on Sunday", "the ministers are to meet next week", "the troops were to
/// be withdrawn")? An act arranged or aimed at, not one done; "is to blame"
/// is a judgement the coder reads apart (session 23).
pub fn arranged_act(ctx: &Ctx, t: usize) -> bool {
    let to = match t.checked_sub(1) {
        Some(k) if ctx.lower[k].as_ref() == "be" && k >= 1 && ctx.word(k - 1) == "to" => k - 1,
        Some(k) if ctx.word(k) == "to" => k,
        _ => return false,
    };
    to >= 1 && is_in(ctx.lower[to - 1].as_ref(), ARRANGING_BE) && ctx.lemma(t) != "blame"
}

/// Is the verb at local token `t` stated as done in the past: a simple past, or a past
/// participle after a form of "have" ("having" too), with no modal auxiliary ("promised",
/// "has vowed", "had threatened", "after having slammed"; not "would have vetoed", "may have
/// contributed")? Parsed sentences only
/// (session 23).
pub fn past_act(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed || ctx.aux_tagged(t, &["MD"]) {
        return false;
    }
    match ctx.doc.tokens[ctx.start + t].xpos.as_str() {
        "VBD" => true,
        // ("after having slammed an effort": a perfect gerund is done, whatever plan the verb
        // it hangs on states; session 25.)
        "VBN" => ctx.kids(t).any(|a| {
            ctx.deprel(a) == "aux"
                && ctx.lemma(a) == "have"
                && matches!(
                    ctx.doc.tokens[ctx.start + a].xpos.as_str(),
                    "VBZ" | "VBP" | "VBD" | "VBG"
                )
        }),
        _ => false,
    }
}

/// Words that date a phrase before the article ("last year", "two years ago", "earlier this
/// month", "yesterday"). attache's own list.
const PAST_TIME_WORDS: &[&str] = &["last", "ago", "earlier", "yesterday", "previously"];

/// Is the trigger at local token `t` a participle after its noun dated before the article by
/// a phrase after it, before a comma or another verb ("the agreement *reached* with India in 1946", "the truce *brokered*
/// by Russia last year"): an act done, whatever modal the verb of its noun has? Parsed
/// sentences only (session 23).
pub fn dated_participle(ctx: &Ctx, t: usize) -> bool {
    if !crate::frame::participle_after_noun(ctx, t) {
        return false;
    }
    let published = ctx.doc.published.as_ref().map(|p| p.date.year);
    let past_word = |k: usize| {
        let w = ctx.word(k);
        is_in(w, PAST_TIME_WORDS)
            || w.len() == 4
                && ctx.doc.tokens[ctx.start + k].xpos.as_str() == "CD"
                && w.parse::<i32>()
                    .is_ok_and(|y| y >= 1000 && published.is_some_and(|p| y < p))
    };
    // The parse hangs the time on the participle, its noun or the main verb alike: read the
    // words after the participle up to a comma or the next verb.
    (t + 1..ctx.len())
        .take_while(|&k| ctx.word(k) != "," && !ctx.is_verb_token(k) && k < t + 9)
        .any(past_word)
}

/// Verbs whose purpose clause "to protest" names why they were done, not a protest held
/// in the street: votes, words, papers and leaving posts ("voted against the bill to
/// protest the cuts", "issued a statement to protest", "resigned to protest").
const PROTEST_PURPOSE_HEADS: &[&str] = &[
    "vote",
    "abstain",
    "cast",
    "say",
    "speak",
    "state",
    "write",
    "issue",
    "publish",
    "post",
    "tweet",
    "sign",
    "send",
    "resign",
    "quit",
    "veto",
    "introduce",
    "file",
    "return",
    "skip",
    "cancel",
    "declare",
    "announce",
    "wear",
];

/// Nouns of words or papers whose "to protest" infinitive is their purpose.
const PROTEST_PURPOSE_NOUNS: &[&str] = &[
    "statement",
    "letter",
    "note",
    "resolution",
    "motion",
    "vote",
    "petition",
    "message",
];

/// Is the protest at local token `t` the purpose of a vote, a statement or another act
/// that is no demonstration ("voted against the bill *to protest* the cuts")? No protest
/// (14) was held: only one done ("marched to protest", "gathered outside to protest") is
/// (session 23). Parsed sentences only.
pub fn protest_as_purpose(ctx: &Ctx, t: usize) -> bool {
    ctx.parsed
        && ctx.lemma(t) == "protest"
        && ctx
            .kids(t)
            .any(|c| ctx.deprel(c) == "mark" && ctx.word(c) == "to")
        && ctx.head(t).is_some_and(|h| {
            h < t
                && match ctx.deprel(t) {
                    "advcl" => is_in(ctx.lemma(h), PROTEST_PURPOSE_HEADS),
                    // "resigned to protest": the parse may read the purpose as the verb's
                    // complement; "voted to protest" is a protest decided (`voted_for`).
                    "xcomp" => ctx.lemma(h) != "vote" && is_in(ctx.lemma(h), PROTEST_PURPOSE_HEADS),
                    // "issued a statement to protest the cuts".
                    "acl" => is_in(ctx.lemma(h), PROTEST_PURPOSE_NOUNS),
                    _ => false,
                }
        })
}

/// Verbs after which "threatened" is a feeling ("feels threatened", "seemed threatened").
const FEELING_LINKS: &[&str] = &[
    "feel", "seem", "appear", "look", "sound", "become", "remain",
];

/// Acts a threat names as its object ("threatened a lawsuit", "threatened reprisals"): the
/// threat's content, not a thing endangered (attache's own list; event nouns of the lexicon
/// count too).
const THREATENED_ACTS: &[&str] = &[
    "action",
    "lawsuit",
    "suit",
    "litigation",
    "retaliation",
    "reprisal",
    "revenge",
    "veto",
    "consequence",
    "punishment",
    "penalty",
    "tariff",
    "measure",
    "step",
    "boycott",
    "walkout",
    "shutdown",
    "prosecution",
    "charge",
    "fine",
    "violence",
    "war",
    "force",
    "resignation",
    "expulsion",
    "retribution",
    "response",
];

/// Is the verb "threaten" at local token `t` used in its sense of endangering, no threat
/// made by anyone (session 24)? A feeling ("a Serb who feels threatened"); a passive whose
/// subject is a thing, no actor ("said the elections were threatened"); an active verb
/// whose subject is a thing an actor has or an event ("his rhetoric threatens national
/// security"); or an active verb whose object is a thing, neither an actor, a group noun of
/// `group_nouns.txt` nor an act threatened ("threatening the peace on our streets";
/// "threatened a lawsuit", "threatened sanctions", "threatened Ukraine" stay threats). A
/// verb with a to-infinitive, a clause or a with-phrase states a threat made ("were
/// threatened with arrest"). Parsed sentences only.
pub fn endangered_thing(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed || ctx.lemma(t) != "threaten" {
        return false;
    }
    let tok = |k: usize| &ctx.doc.tokens[ctx.start + k];
    // A thing: a common noun no actor mention covers, that names no act.
    let thing = |k: usize| {
        tok(k).upos.is("NOUN")
            && ctx.mention_at[k].is_none()
            && !ctx.lex.is_group_noun(ctx.word(k))
            && ctx.lex.noun_lemma(ctx.word(k)).is_none()
            && !THREATENED_ACTS.contains(&ctx.lemma(k))
    };
    // (The parse may hang "feels" on the participle as its auxiliary.)
    if matches!(tok(t).xpos.as_str(), "VBN" | "JJ")
        && (ctx.deprel(t) == "xcomp"
            && ctx
                .head(t)
                .is_some_and(|h| FEELING_LINKS.contains(&ctx.lemma(h)))
            || t > 0 && FEELING_LINKS.contains(&ctx.lemma(t - 1)))
    {
        return true;
    }
    // "threatened to leave", "threatened that ...", "were threatened with arrest": a threat
    // made, whatever its side.
    let threat_made = ctx.kids(t).any(|c| {
        matches!(ctx.deprel(c), "xcomp" | "ccomp")
            || ctx.deprel(c) == "obl" && ctx.kids(c).any(|g| ctx.word(g) == "with")
    });
    if threat_made {
        return false;
    }
    let passive = ctx
        .kids(t)
        .any(|c| matches!(ctx.deprel(c), "aux:pass" | "nsubj:pass"));
    if passive {
        return ctx
            .kids(t)
            .any(|c| ctx.deprel(c) == "nsubj:pass" && thing(c));
    }
    // An event's or an actor's thing as the subject: "Trump's rhetoric threatens ...".
    let thing_subject = ctx.kids(t).any(|c| {
        ctx.deprel(c) == "nsubj"
            && tok(c).upos.is("NOUN")
            && ctx.mention_at[c].is_none()
            && (ctx.lex.noun_lemma(ctx.word(c)).is_some()
                || ctx
                    .kids(c)
                    .any(|g| ctx.deprel(g) == "nmod:poss" && ctx.mention_at[g].is_some()))
    });
    if thing_subject {
        return true;
    }
    ctx.kids(t).any(|c| {
        ctx.deprel(c) == "obj" && thing(c) && {
            let mut phrase = Vec::new();
            ctx.subtree(c, &mut phrase);
            !phrase.iter().any(|&k| ctx.mention_at[k].is_some())
        }
    })
}

/// Words right before "credit" that make it a sum or a facility ("a tax credit", "export
/// credit", "$2 billion in credit"), not praise (attache's own list).
const CREDIT_MONEY_WORDS: &[&str] = &[
    "a",
    "an",
    "tax",
    "export",
    "import",
    "trade",
    "bank",
    "loan",
    "new",
    "fresh",
    "emergency",
    "short-term",
    "long-term",
    "cheap",
    "easy",
    "in",
    "of",
    "billion",
    "million",
];

/// Quantity words right before "credit" in its sense of praise ("some credit", "too much
/// credit", "full credit").
const CREDIT_QUANTITY: &[&str] = &[
    "some", "much", "any", "more", "no", "full", "little", "enough", "less", "great", "due",
    "partial", "the",
];

/// Is the economic aid "given" at local token `t` praise ("did give Trump some credit",
/// "gave the architect credit for the design", "shouldn't give him too much credit.")? A
/// singular "credit" among the verb's words, after no article, amount or money word
/// (`CREDIT_MONEY_WORDS`), is praise when a quantity word stands before it
/// (`CREDIT_QUANTITY`), "for" or "where" follows it ("credit where credit is due"), or it ends
/// the clause; and no other economic aid word (loan, funding, ...) or amount follows the
/// verb (session 24).
pub fn credit_as_praise(ctx: &Ctx, t: usize) -> bool {
    if ctx.lemma(t) != "give" {
        return false;
    }
    let Some(c) = (t + 1..ctx.len().min(t + 8)).find(|&k| ctx.word(k) == "credit") else {
        return false;
    };
    let before = ctx.word(c - 1);
    let after = ctx.word(c + 1);
    let money = (t + 1..ctx.len()).any(|k| {
        matches!(
            ctx.lemma(k),
            "loan" | "financial" | "economic" | "budget" | "funding" | "grant" | "$" | "dollar"
        ) || ctx.doc.tokens[ctx.start + k].xpos.as_str() == "CD"
    });
    !money
        && !CREDIT_MONEY_WORDS.contains(&before)
        && (CREDIT_QUANTITY.contains(&before)
            || matches!(after, "for" | "where")
            || c + 1 == ctx.len()
            || ctx.doc.tokens[ctx.start + c + 1].upos.is("PUNCT"))
}

/// Nouns of texts that lay down what is to be done, besides `THING_DOERS` (attache's own
/// list).
const TEXT_DOERS: &[&str] = &[
    "memorandum",
    "memo",
    "document",
    "guideline",
    "regulation",
    "directive",
    "charter",
    "manifesto",
];

/// Is the doer of the appeal or demand at local token `t` a plan, law or text with no actor
/// mention of its own (`THING_DOERS`, `TEXT_DOERS`): the subject, or the noun a relative
/// clause or participle describes ("his plan calls for higher rates", "a memorandum that
/// calls for new elections", "a bill calling on the agency to")? What it calls for is its
/// provision, no one's appeal (session 24; "a resolution calling on Turkey", "a letter
/// calling for" are their authors' and stay). Parsed sentences only.
pub fn text_provides(ctx: &Ctx, t: usize) -> bool {
    let text = |k: usize| {
        ctx.mention_at[k].is_none()
            && (THING_DOERS.contains(&ctx.lemma(k)) || TEXT_DOERS.contains(&ctx.lemma(k)))
    };
    if !ctx.parsed {
        return false;
    }
    let relative = |k: usize| matches!(ctx.doc.tokens[ctx.start + k].xpos.as_str(), "WDT" | "WP");
    match ctx.deprel(t) {
        // (After a comma the participle is the clause subject's: "spoke against the law,
        // inviting her to".)
        "acl" | "acl:relcl" => ctx.head(t).is_some_and(|h| {
            h < t
                && text(h)
                && !(h + 1..t).any(|k| ctx.word(k) == ",")
                && !ctx
                    .kids(t)
                    .any(|c| ctx.deprel(c) == "nsubj" && !relative(c))
        }),
        _ => ctx
            .kids(t)
            .any(|c| ctx.deprel(c) == "nsubj" && !relative(c) && text(c)),
    }
}

/// Is "appeal" at local token `t` a court's appeal: no phrase opened by to or for, no object
/// and no to-infinitive ("said she would appeal", "the family will appeal")? No one is asked
/// for anything (session 24; "appealed to Russia", "appealed for calm", "appealed to voters
/// to" stay appeals). Parsed sentences only.
pub fn appeal_in_court(ctx: &Ctx, t: usize) -> bool {
    ctx.parsed
        && ctx.lemma(t) == "appeal"
        && ctx.doc.tokens[ctx.start + t].upos.is("VERB")
        && !ctx.kids(t).any(|c| {
            matches!(ctx.deprel(c), "obj" | "iobj" | "xcomp" | "ccomp")
                || matches!(ctx.deprel(c), "obl" | "advcl")
                    && ctx
                        .kids(c)
                        .any(|g| matches!(ctx.word(g), "to" | "for" | "with" | "on"))
        })
        && !matches!(ctx.word(t + 1), "to" | "for" | "with" | "on")
}

/// Words of talk, thought and jest whose about-phrase names a topic ("talking about
/// deporting", "joked about asking for a loan", "the talk about killing him"; attache's own
/// list).
const TALK_WORDS: &[&str] = &[
    "talk",
    "speak",
    "joke",
    "jest",
    "think",
    "dream",
    "fantasize",
    "fantasise",
    "muse",
    "story",
    "address",
    "speech",
    "remark",
    "comment",
    "chatter",
    "rumor",
    "rumour",
    "speculation",
    "speculate",
    "question",
    "ask",
    "write",
    "tweet",
    "boast",
    "brag",
    "laugh",
    "wonder",
    "fret",
    "worry",
    "argue",
    "debate",
    "gossip",
    "quip",
    "conversation",
];

/// Is the act at local token `t` a gerund in the about-phrase of a word of talk or thought
/// (`TALK_WORDS`): the topic of the talk, no act done ("Ruto talked about asking the Bank for
/// a loan", "the clerks joked about asking for a loan", "his address about fighting the
/// militants")? Read on the surface (the word before "about") and in the parse (the word the
/// gerund hangs on) (session 24).
pub fn talked_about(ctx: &Ctx, t: usize) -> bool {
    // (A lemmatizer may miss a form: "joked" read as "jok"; the form's start counts.)
    let talk = |k: usize| {
        TALK_WORDS.contains(&ctx.lemma(k)) || TALK_WORDS.iter().any(|w| ctx.word(k).starts_with(w))
    };
    t >= 2
        && ctx.doc.tokens[ctx.start + t].xpos.as_str() == "VBG"
        && ctx.word(t - 1) == "about"
        && (talk(t - 2) || ctx.parsed && ctx.head(t).is_some_and(|h| h < t && talk(h)))
}

/// Is the "ask" at local token `t` a question asked: right before a colon ("A reporter
/// asked: Did they ...?"), or a tag set off by a comma after a quote or a question mark
/// ("'... ?' Mr. Ruto asked, repeating the charge")? No one is asked to act (session 24).
pub fn question_asked(ctx: &Ctx, t: usize) -> bool {
    if ctx.lemma(t) != "ask" {
        return false;
    }
    let next = ctx.word(t + 1);
    next == ":"
        || next == ","
            && (t.saturating_sub(4)..t)
                .any(|k| matches!(ctx.word(k), "?" | "\"" | "”" | "''" | "’"))
}

/// Verbs of telling whose to-infinitive after "ask" makes the asking a question put
/// ("was asked to name a single achievement", "asked him to explain the vote"; attache's own
/// list: "asked X to share intelligence" and "asked them to tell Bush that" are requests).
const TELLING_VERBS: &[&str] = &[
    "name",
    "explain",
    "describe",
    "say",
    "comment",
    "elaborate",
    "clarify",
    "identify",
    "list",
    "specify",
    "answer",
    "respond",
    "reply",
    "characterize",
    "characterise",
];

/// Is the "ask" at local token `t` a question put: with an about-phrase on the verb or on
/// the one asked and no to-infinitive or clause ("was asked about the need for a new
/// strategy", "asked him about the loan"), or with a to-infinitive of telling ("was asked to
/// name a decision")? No one is asked to act (session 26). Parsed sentences only.
pub fn asked_about(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed || ctx.lemma(t) != "ask" {
        return false;
    }
    if ctx
        .kids(t)
        .any(|c| ctx.deprel(c) == "xcomp" && is_in(ctx.lemma(c), TELLING_VERBS))
    {
        return true;
    }
    let mut phrases = ctx.kids(t).collect::<Vec<_>>();
    for o in ctx
        .kids(t)
        .filter(|&o| matches!(ctx.deprel(o), "obj" | "iobj" | "nsubj:pass"))
    {
        phrases.extend(ctx.kids(o).filter(|&c| c > o));
    }
    let about = phrases.iter().any(|&k| {
        k > t
            && matches!(ctx.deprel(k), "obl" | "nmod")
            && ctx
                .kids(k)
                .any(|c| ctx.deprel(c) == "case" && ctx.lower[c].as_ref() == "about")
    });
    about
        && !ctx
            .kids(t)
            .any(|c| matches!(ctx.deprel(c), "xcomp" | "ccomp") && c > t)
}

/// Is the commitment at local token `t` a vow, pledge, promise or oath whose to-infinitive
/// right after it is negated ("vowed not to be distracted by the inquiry", "pledged never to
/// raise taxes")? What is promised is an act left undone, no intent to cooperate with anyone
/// (session 24).
pub fn negated_vow(ctx: &Ctx, t: usize) -> bool {
    matches!(ctx.lemma(t), "vow" | "pledge" | "promise" | "swear")
        && matches!(ctx.word(t + 1), "not" | "never")
        && ctx.word(t + 2) == "to"
}

/// Is the justifying at local token `t` denied ("said he could not justify the spending",
/// "never justified the strikes")? A justification not given defends nothing; the speaker
/// who cannot justify a thing is more often against it (session 24). Parsed sentences only.
pub fn denied_justification(ctx: &Ctx, t: usize) -> bool {
    ctx.parsed
        && ctx.lemma(t) == "justify"
        && ctx
            .kids(t)
            .any(|c| matches!(ctx.word(c), "not" | "n't" | "never"))
}

/// Forms' starts of the verbs of conceding a point (a lemmatizer may read "conceded" as
/// "conced").
const CONCEDING: &[&str] = &["conced", "admit", "acknowledg"];

/// Is the conceding verb at local token `t` an impersonal passive with no agent: "it is
/// widely conceded that the governors are weak", "the governors are widely acknowledged to
/// be weak", "Mexico is generally conceded to have lost"? The writer's assessment, no
/// concession or admission by anyone; "the seat was conceded to the opposition" (no
/// infinitive or clause) still yields (session 24). Parsed sentences only.
pub fn assessed_passive(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed || !CONCEDING.iter().any(|w| ctx.word(t).starts_with(w)) {
        return false;
    }
    let kids: Vec<usize> = ctx.kids(t).collect();
    let passive = kids.iter().any(|&c| ctx.deprel(c) == "aux:pass");
    let agent = kids.iter().any(|&c| {
        ctx.deprel(c) == "obl:agent" || ctx.kids(c).any(|g| ctx.word(g) == "by" && g < c)
    });
    let raised = kids
        .iter()
        .any(|&c| ctx.deprel(c) == "xcomp" && c > t && ctx.kids(c).any(|g| ctx.word(g) == "to"));
    let impersonal = kids.iter().any(|&c| {
        matches!(ctx.deprel(c), "expl" | "expl:pass")
            || ctx.deprel(c) == "nsubj:pass" && ctx.word(c) == "it"
    }) && kids
        .iter()
        .any(|&c| matches!(ctx.deprel(c), "ccomp" | "csubj:pass" | "csubj") && c > t);
    passive && !agent && (raised || impersonal)
}

/// Is the act at local token `t` scheduled, not done: a time of its own (an expression in the
/// phrase of a dependent of `t`) that begins after the publication date, on a verb in the
/// present tense ("the ministers meet in Oslo next month", "Trump and Ryan are meeting next
/// week") or on an event noun ("the visit to Cairo next month")? The time must say it lies
/// ahead (`AHEAD_WORDS`) or begin more than a week after the publication. A past tense or a perfect
/// with the same time is a deadline or a report, not read here. Parsed sentences only
/// (session 25).
pub fn scheduled_ahead(ctx: &Ctx, t: usize) -> bool {
    let Some(published) = ctx.doc.published_date() else {
        return false;
    };
    if !ctx.parsed {
        return false;
    }
    let tok = |k: usize| &ctx.doc.tokens[ctx.start + k];
    let present_aux = |k: usize| {
        ctx.kids(k).any(|a| {
            matches!(ctx.deprel(a), "aux" | "aux:pass")
                && matches!(tok(a).xpos.as_str(), "VBZ" | "VBP")
        })
    };
    let past_aux = |k: usize| {
        ctx.kids(k).any(|a| {
            matches!(ctx.deprel(a), "aux" | "aux:pass")
                && (matches!(tok(a).xpos.as_str(), "VBD" | "MD") || ctx.lemma(a) == "have")
        })
    };
    let noun = tok(t).upos.is("NOUN") || tok(t).upos.is("PROPN");
    let present = match tok(t).xpos.as_str() {
        "VBZ" | "VBP" => !past_aux(t),
        "VBG" => present_aux(t) && !past_aux(t),
        _ => false,
    };
    if !noun && !present {
        return false;
    }
    ctx.kids(t).any(|c| {
        let base = ctx.deprel(c).split(':').next().unwrap_or_default();
        if !matches!(base, "obl" | "nmod" | "advmod") {
            return false;
        }
        let (lo, hi) = ctx.subtree_span(c);
        let (from, to) = (ctx.span(lo).start, ctx.span(hi - 1).end);
        // ("the sanctions on Iran through 2026", "until next year": a time that ends the act
        // says when it stops, not that it is still to come; session 25 review.)
        let ends = |start: u32| {
            (lo..hi)
                .rfind(|&k| ctx.span(k).end <= start)
                .is_some_and(|k| {
                    matches!(ctx.lower[k].as_ref(), "until" | "till" | "through" | "thru")
                })
        };
        ctx.doc.times.iter().any(|x| {
            from <= x.span.start
                && x.span.end <= to
                && !ends(x.span.start)
                && x.interval.is_some_and(|(start, _)| {
                    start.to_days() > published.to_days() + 7
                        || start > published
                            && ctx
                                .doc
                                .slice(x.span)
                                .split_whitespace()
                                .any(|w| is_in(w, AHEAD_WORDS))
                })
        })
    })
}

/// Words of a time expression that put it after the article whatever the tense ("next week",
/// "tomorrow"). A bare weekday is not read as ahead: the time stage resolves "on Thursday" by
/// the verb's tense, and a present tense reporting a past day ("are hailing the speech on
/// Thursday") would make it a day to come; a date more than a week after the publication is
/// ahead with no such word.
const AHEAD_WORDS: &[&str] = &["next", "coming", "upcoming", "tomorrow", "later"];

/// Whether the act at local token `t` (a gerund or an event noun) is one its sentence says
/// was left undone: the clause or phrase opened by "without" or "instead of" ("signed the
/// decree without consulting parliament", "acted without consultations with Germany",
/// "instead of meeting the envoy") was not done (`Some(true)`, session 26); under a negated
/// verb ("did not act without consulting Berlin") it was done (`Some(false)`), whatever
/// negation the verb lends it. `None` for any other act. Parsed sentences only.
pub fn left_undone(ctx: &Ctx, t: usize) -> Option<bool> {
    if !ctx.parsed {
        return None;
    }
    let opened = ctx.kids(t).any(|c| {
        c < t
            && matches!(ctx.deprel(c), "mark" | "case")
            && (ctx.lower[c].as_ref() == "without"
                || ctx.lower[c].as_ref() == "of" && c > 0 && ctx.lower[c - 1].as_ref() == "instead"
                // (the parse's fixed "instead of" hangs on "instead"; session 26, review)
                || ctx.lower[c].as_ref() == "instead"
                    && ctx.lower.get(c + 1).is_some_and(|w| w.as_ref() == "of"))
    });
    if !opened {
        return None;
    }
    // "not without criticism from Kyiv": there was criticism.
    let not_without = ctx.kids(t).any(|c| {
        c > 0
            && c < t
            && ctx.lower[c].as_ref() == "without"
            && matches!(ctx.lower[c - 1].as_ref(), "not" | "never")
    });
    let negated_head = not_without || ctx.head(t).is_some_and(|h| has_not(ctx, h));
    Some(!negated_head)
}

/// Is the denial at local token `t` one of something kept from someone: "deny" with two noun
/// phrases after it, the one denied something and the thing ("denied Garland a hearing",
/// "to deny Trump the nomination", "denied his party the victory", "denying women
/// admission")? That is a refusal to grant, no denial of responsibility (CAMEO 016): no
/// statement is made (session 26). Read on the words, as the parse seldom gives the
/// indirect object: after the verb, a personal pronoun or a noun phrase ending in an actor's
/// mention or a name, then at once a determiner, possessive or noun opening a second phrase that no
/// verb follows.
pub fn denied_to_someone(ctx: &Ctx, t: usize) -> bool {
    if ctx.lemma(t) != "deny" {
        return false;
    }
    let upos = |k: usize| ctx.doc.tokens[ctx.start + k].upos.as_str();
    let xpos = |k: usize| ctx.doc.tokens[ctx.start + k].xpos.as_str();
    let n = ctx.len();
    let mut k = t + 1;
    // The first phrase: an object pronoun, or a phrase of nouns ending in an actor's
    // mention or a name (where a name or a plural noun meets another phrase's opener).
    if k < n
        && matches!(
            ctx.lower[k].as_ref(),
            "him" | "her" | "them" | "us" | "me" | "you"
        )
    {
        k += 1;
    } else {
        let start = k;
        while k < n
            && (matches!(upos(k), "DET" | "ADJ" | "PROPN" | "NOUN")
                && !(k > start && upos(k) == "DET")
                || xpos(k) == "PRP$"
                || xpos(k) == "POS")
        {
            // A phrase ends at a name or a plural noun followed by another phrase's opener.
            let ends = matches!(xpos(k), "NNP" | "NNPS" | "NNS")
                && k + 1 < n
                && (matches!(upos(k + 1), "DET") || xpos(k + 1) == "PRP$");
            k += 1;
            if ends {
                break;
            }
        }
        if k == start || k >= n {
            return false;
        }
        // Only an actor or a name is denied something: "denied the allegations the army
        // made" is a denial of allegations.
        if ctx.mention_at[k - 1].is_none() && !matches!(xpos(k - 1), "NNP" | "NNPS") {
            return false;
        }
    }
    // The second phrase opens right after the first, and no verb follows it: "denied Russia
    // the chance", not "denied Russia the army had attacked".
    let opens = k < n
        && (matches!(upos(k), "DET" | "NOUN") && !ctx.lower[k].starts_with("that")
            || xpos(k) == "PRP$");
    let mut end = k;
    while end < n && matches!(upos(end), "DET" | "ADJ" | "NOUN" | "PROPN" | "NUM") {
        end += 1;
    }
    opens && !(end < n && matches!(upos(end), "VERB" | "AUX"))
}

/// Is the warning at local token `t` one of a danger or of what may happen, told to someone:
/// "warn" with an of/about phrase on the verb or on the one warned, or a that-clause, and no
/// against-phrase nor to-infinitive ("warned Ukraine of an attack", "was warned about the
/// gunman", "warned the city that the storm would hit")? A
/// warning that something may happen disapproves of no one; CAMEO codes a warning only when
/// a side is warned against acting (session 26: "warned China against provocative
/// behaviour" and "warned Iran to stop" stay). Parsed sentences only.
pub fn warned_of(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed || ctx.lemma(t) != "warn" {
        return false;
    }
    let opened_by = |k: usize, words: &[&str]| {
        ctx.kids(k)
            .any(|c| matches!(ctx.deprel(c), "case" | "mark") && is_in(ctx.word(c), words))
    };
    let mut phrases = ctx.kids(t).collect::<Vec<_>>();
    for o in ctx
        .kids(t)
        .filter(|&o| matches!(ctx.deprel(o), "obj" | "nsubj:pass"))
    {
        phrases.extend(ctx.kids(o).filter(|&c| c > o));
    }
    let against = phrases.iter().any(|&k| {
        opened_by(k, &["against", "from", "away"])
            || ctx.deprel(k) == "xcomp"
            || ctx.deprel(k) == "compound:prt"
    });
    // "If the talks fail, Hamas warned Israel, the region will suffer": what follows from a
    // condition warns against it.
    let conditional = (0..ctx.len())
        .any(|c| ctx.deprel(c) == "mark" && matches!(ctx.lower[c].as_ref(), "if" | "unless"));
    !against
        && !conditional
        && phrases.iter().any(|&k| {
            k > t
                && (matches!(ctx.deprel(k), "obl" | "nmod")
                    && opened_by(k, &["of", "about"])
                    && !is_in(ctx.lemma(k), PENALTY_NOUNS)
                    && !owned_by_a_side(ctx, k)
                    || ctx.deprel(k) == "ccomp" && !names_a_side(ctx, k))
        })
}

/// Does the noun at local token `k` have a possessor that names a side: a pronoun of the
/// second or third person or an actor's mention ("warned Syria about its use of chemical
/// weapons": the warned side's own conduct, disapproved of; not "of an attack on its
/// border", where the pronoun is deeper)? Session 26, review.
fn owned_by_a_side(ctx: &Ctx, k: usize) -> bool {
    ctx.kids(k).any(|c| {
        ctx.deprel(c) == "nmod:poss"
            && (ctx.mention_at[c].is_some()
                || ctx.doc.tokens[ctx.start + c].xpos.as_str() == "PRP$"
                    && !matches!(ctx.lower[c].as_ref(), "my" | "our"))
    })
}

/// Nouns of what a side may be made to suffer: a warning of one is a threat, no danger told
/// ("warned Minsk of new sanctions", "warned NATO of serious consequences"; attache's own
/// list).
const PENALTY_NOUNS: &[&str] = &[
    "sanction",
    "consequence",
    "retaliation",
    "reprisal",
    "response",
    "measure",
    "step",
    "action",
    "punishment",
    "repercussion",
    "cost",
    "price",
    "penalty",
];

/// Does the clause headed by local token `k` name a side: a personal or possessive pronoun
/// of the third or second person ("that it would respond", "that its regime would end",
/// "that they should expect little help") or an actor's mention? A warning of what a side
/// does or undergoes is aimed at that side; one of what others or things may do ("that
/// exiles could force a reversal", "that the storm would hit") at no one.
fn names_a_side(ctx: &Ctx, k: usize) -> bool {
    let mut toks = Vec::new();
    ctx.subtree(k, &mut toks);
    toks.iter().any(|&c| {
        ctx.mention_at[c].is_some()
            || matches!(ctx.doc.tokens[ctx.start + c].xpos.as_str(), "PRP" | "PRP$")
                && !matches!(
                    ctx.lower[c].as_ref(),
                    "i" | "me" | "my" | "we" | "us" | "our"
                )
    })
}

/// Is the verb at local token `t` a simple present in a relative clause with no auxiliary of
/// its own, on a noun that is the object or oblique of a verb under "will", "shall" or
/// "going to" ("Obama will attend the conference at which he and Putin meet", "they will
/// travel to the summit where the leaders sign the accord")? The act lies ahead with the
/// occasion, as "are to meet" does (session 26). Parsed sentences only.
pub fn future_occasion(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed
        || ctx.deprel(t) != "acl:relcl"
        || !matches!(ctx.doc.tokens[ctx.start + t].xpos.as_str(), "VBP" | "VBZ")
        || ctx
            .kids(t)
            .any(|c| matches!(ctx.deprel(c), "aux" | "aux:pass" | "cop"))
    {
        return false;
    }
    let Some(noun) = ctx.head(t) else {
        return false;
    };
    // an occasion, not people: "will meet the leaders who criticize her" describes them
    // (session 26, review)
    let personal = ctx
        .kids(t)
        .any(|c| matches!(ctx.lower[c].as_ref(), "who" | "whom" | "whose"));
    if !matches!(ctx.deprel(noun), "obj" | "obl") || personal || ctx.mention_at[noun].is_some() {
        return false;
    }
    let Some(verb) = ctx.head(noun) else {
        return false;
    };
    ctx.kids(verb).any(|a| {
        ctx.deprel(a) == "aux" && matches!(ctx.lower[a].as_ref(), "will" | "shall" | "'ll")
            || ctx.deprel(a) == "aux"
                && ctx.lower[a].as_ref() == "going"
                && ctx.lower.get(a + 1).is_some_and(|w| w.as_ref() == "to")
    })
}

/// Is the verb "charge" at local token `t` a price billed, no one accused (session 28)?
/// Its object is "nothing", an amount (a number, a currency sign or a percentage in it:
/// "charged passengers $25", "charge 2 percent"), or two noun phrases follow it, the one
/// billed and the price ("charged the company a fee"), with no with-phrase naming the
/// crime ("charged him with fraud", "police charged three men" stay accusations). Parsed
/// sentences only.
pub fn billed_charge(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed || ctx.lemma(t) != "charge" {
        return false;
    }
    let with_phrase = ctx
        .kids(t)
        .any(|c| ctx.deprel(c).starts_with("obl") && ctx.kids(c).any(|g| ctx.word(g) == "with"));
    if with_phrase {
        return false;
    }
    let upos = |k: usize| ctx.doc.tokens[ctx.start + k].upos.as_str();
    // An amount: a number heading the phrase or counting it in a currency, a sign or a
    // percentage ("$25", "2 percent", "3 million shillings"), or "nothing".
    let amount = |k: usize| {
        matches!(ctx.lower[k].as_ref(), "nothing" | "$" | "%" | "percent")
            || upos(k) == "NUM" && ctx.deprel(k) != "nummod"
            || ctx.lower[k].starts_with('$')
            || ctx.kids(k).any(|g| {
                matches!(ctx.lower[g].as_ref(), "$" | "%" | "percent")
                    || upos(g) == "NUM"
                        && ctx.mention_at[k].is_none()
                        && !ctx.lex.is_group_noun(ctx.word(k))
                        && matches!(
                            ctx.lower[k].as_ref(),
                            "dollars"
                                | "euros"
                                | "pounds"
                                | "cents"
                                | "shillings"
                                | "rupees"
                                | "yen"
                                | "yuan"
                        )
            })
    };
    let objects: Vec<usize> = ctx
        .kids(t)
        .filter(|&c| matches!(ctx.deprel(c), "obj" | "iobj" | "dobj"))
        .collect();
    objects.iter().any(|&o| amount(o)) || objects.len() >= 2
}
