//! The event pattern lexicon: trigger verbs with their roles and constraints, mapped to
//! CAMEO codes. Linted on load; every coded event names the entry (`id`) that fired.
//!
//! # Format (`data/patterns.txt`)
//! One entry per line, fields separated by blanks, `#` starts a comment:
//!
//! ```text
//! <id> <code> <trigger> [option...]
//! consult.meet       040  meet        tgt=obj,with sym
//! request.call_on    100  call        prt=on tgt=on embeds commit=demand
//! sanction.impose    163  impose      need=sanction|embargo tgt=on,against,obj
//! ```
//!
//! - `id`: unique, letters, digits, `.`, `_`, `-`.
//! - `code`: a CAMEO code of the ontology (2 to 4 digits).
//! - `trigger`: the verb's lemma, lower case (the noun's singular with `noun`).
//! - options:
//!   - `noun`: the trigger is an event noun ("the meeting between X and Y", "Russia's
//!     invasion of Ukraine", "US sanctions on Iran"). Its subject slot is the possessor or
//!     the actor before it ("Russia's", "Russian", "US"), else a `by` phrase; its other
//!     slots are its prepositional phrases; `need`/`not` words are read in the whole noun
//!     phrase. A noun inside the phrase of a verb that was coded is that verb's content,
//!     never an event of its own.
//!   - `prt=WORD`: a particle or preposition that must follow the trigger ("call on").
//!   - `tgt=SLOT,SLOT`: where the target comes from, first found wins: `obj` (direct or
//!     indirect object), a preposition (`with`, `on`, `against`...), `comp` (the subject of a
//!     complement clause: "demanded that NATO ..."), `cond` (the subject of an if-clause),
//!     `parties` (for a participle after its noun, "a ceasefire brokered by the United
//!     States": the subject of the verb the noun belongs to, "Israel and Lebanon agreed to").
//!     A time word (`after`, `before`, `since`, `until`) with no phrase of its own reads the
//!     subject of the time clause it opens ("raised its alert level after North Korea fired
//!     a missile": North Korea). Default `obj`.
//!   - `src=SLOT,SLOT`: where the source comes from when it is not the subject (`from`),
//!     first found wins.
//!   - `need=W|W|W`: one of these lemmas must occur after the trigger in its clause (object,
//!     complement or prepositional phrase). Repeat the option to need several groups. A word
//!     ending in `*` matches as a prefix.
//!   - `not=W|W`: none of these may occur there.
//!   - `sym`: a symmetric act (met, agreed): coded in both directions; conjuncts expand.
//!   - `pass=CODE`: the code in the passive voice (`visit` 042, passive 043).
//!   - `voice=passive|active`: the entry fires only in that voice.
//!   - `needtgt`: the entry codes nothing unless a target is found.
//!   - `partner`: with no target found, the entry codes nothing unless its doers are several:
//!     actors joined in the subject, a plural or a group ("the leaders discussed the
//!     crisis"), or a `with` phrase the actors stage left uncoded ("discussed it with
//!     advisers"). One speaker talking about a topic ("Cruz discussed his immigration plan"
//!     on television) consults no one.
//!   - `needsrc`: the entry codes nothing unless a source is found ("The storm killed three
//!     people": no one killed them).
//!   - `objactor`: the head of the trigger's direct object is an actor mention ("supported
//!     Clinton", "supports the Ethiopian government"), not a thing named by an actor's
//!     possessive or modifier ("supports Speaker Ryan's agenda", "supported her campaign").
//!   - `cond`: the entry fires only when the act carries an if- or unless-clause ("warned
//!     that it would respond if ...": a threat, not a warning).
//!   - `ifneed=W|W`: with `cond`, one of these words must occur in the if-clause ("would
//!     respond if Israel attacked": a hostile condition).
//!   - `own=W|W`: the act stated in the complement is the source's own: its subject, before
//!     the modal ("warned that it would respond if ..."), is an actor on the source's side or
//!     a bare it/we/they, and the verb after the modal is not one of these state changes
//!     ("warned that growth would slow if ...", "that it would suffer if ...").
//!   - `must`: the entry fires only when its complement clause is stated with "must" and
//!     names as its subject an actor not on the source's side ("said that Sudan must return
//!     the helicopter": a demand on Sudan; "said it must protect its citizens" is none).
//!   - `needarg=W|W`: the act a `need` word names has an object or an `against` phrase that
//!     is an actor, a place or one of these nouns ("vowed to crush the rebels", "to retake El
//!     Fasher", "to retake the town", "to fight against Israel"; not "to fight poverty", "to
//!     strike a trade deal").
//!   - `notphrase`: the `not` words are not read in a purpose clause under the trigger ("met
//!     Xi to discuss the terms of a deal" is a meeting; "would not meet the demands" is
//!     none).
//!   - `objnot=W|W`: none of these words heads the trigger's object (or its passive
//!     subject), nor the of-phrase of a number or quantity heading it ("are killing
//!     animals", "killed thousands of chickens"; not "killed three cattle herders" or
//!     "killed 12 villagers and stole their cattle"). Unparsed, they count as `not` words.
//!   - `notnext=W|W`: none of these words comes right after the trigger; `_` joins the
//!     words of a phrase ("backed away", "backing down": `notnext=away|down|off`; the show
//!     "Meet the Press": `notnext=the_press`), so that the same word later in the sentence
//!     ("backed Cruz ... then stepped down") does not count.
//!   - `needobj`: parsed, the `need` words are read in the trigger's object only (or the
//!     subject of its passive), and an object under "no" is none ("offered support" is an
//!     offer; "offered no real plans", "a money pit the plan offered" are not).
//!   - `toinf`: the trigger governs a to-infinitive, `to` and a verb among its words
//!     ("declined to threaten Moscow"; not "exports declined to $3 billion").
//!   - `objprep=W|W`: the verb's active voice puts its object before this preposition
//!     ("accused Serbia of", "blamed Iran for"): the past form right before it, after a noun,
//!     is a passive whose patient is that noun ("officers accused of torture"). Read from
//!     every entry of the lemma.
//!   - `clause`: the trigger governs a clausal complement in the parse (unparsed: "that"
//!     within the three words after it): "critics charged that ...", not "police charged
//!     him after finding that ...".
//!   - `noclause`: in a parsed sentence the trigger governs no clausal complement opened by
//!     "that" ("demonstrated outside the embassy" is a protest; "to demonstrate to North Korea
//!     that there are consequences" shows something).
//!   - `needinf`: the `need` words are read on the verb of the trigger's to-infinitive
//!     ("refused to say whether", not "refused to meet him, saying ...").
//!   - `thing`: in a parsed sentence the trigger takes an object or a phrase and no clausal
//!     complement ("agreed to a moratorium", "agreed on an inquiry"; not the view of "agrees
//!     Trump is an opportunist", nor a bare "Bystrom agreed").
//!   - `bare`: the act is one only with a bare or "must" complement ("insisted that Maduro
//!     step down"); with a tensed one or another modal it states a fact ("insisted that the
//!     sheets showed ...", "that Mexico will pay").
//!   - `needcompl`: the `need` words are read in the object complement only: after a noun or
//!     actor that follows the trigger (its object), before the clause goes on past a comma,
//!     a dash, a colon, `to`, `that`, a wh-word or a subordinator ("called the vote a sham";
//!     not "called Netanyahu on Sunday to discuss interference", "call it whatever you
//!     want -- a propaganda arm").
//!   - `adj`: the trigger is an adjective after a copula, parsed ("said he was hopeful");
//!     not one before a noun, a noun ("White House hopefuls") or a comparison ("less
//!     upbeat", "more optimistic than").
//!   - `mutual`: with no target named and two or more actors joined in the subject, the act
//!     is coded between them in both directions ("Thai and Cambodian soldiers fought"); with
//!     a target it is one-way.
//!   - `noobj`: in a parsed sentence the trigger takes no direct object: "protesters
//!     rallied outside parliament" is a protest, "tried to rally world leaders behind the
//!     fund" mobilises them and is none.
//!   - `placeprep=WORD`: a place of the article (a toponym the places stage found) follows
//!     this preposition among the trigger's words ("would withdraw from Goma").
//!   - `ownprep=WORD`: in a parsed sentence the trigger itself governs a phrase opened by this
//!     preposition ("spoke with Merkel"; not "spoke of his friendship with Merkel").
//!   - `subjneed=W|W`: one of these words is in the doer's phrase: the subject, or the
//!     `by` phrase of a passive ("protesters stormed parliament", "were hit by drones").
//!   - `subjnot=W|W`: none of these words is in the doer's phrase ("rail unions resumed
//!     their strike" is no fighting).
//!   - `pre=WORD`: the trigger is the second half of a hyphenated verb with this first half
//!     ("test-fired a missile", "test-launched"); entries without `pre` do not fire on such a
//!     verb when an entry with it matches (it is more specific).
//!   - `passsubj=W|W`: the entry fires only in the passive, with one of these words in the
//!     subject's phrase, which is then the doer: the thing done is the doer's own ("French
//!     peacekeepers were deployed to Mali": France deploys them). The target comes from the
//!     entry's slots.
//!   - `elite=CODE`: the code when the target is a named person with a political role
//!     (CAMEO 186: a killing is an assassination when the victim's position is reported).
//!   - `armed`: like `verbal=`, the act is force only in a context of force; otherwise it
//!     is no event ("fighting for every delegate", "fight Zika", "shot back at Trump").
//!   - `adv=W|W`: one of these adverbs modifies the trigger (right before it, or its
//!     `advmod` in the parse): "sexually assaulted" is a sexual assault (1821).
//!   - `factual`: the entry codes only an act stated as done: not negated, not under a
//!     modal or an intention, not on a condition, and not the bare verb ("to resign",
//!     "should resign", "demands Ginsburg resign", "calls for him to step down" are no
//!     resignation; "resigned", "resigns", "stepped down" are).
//!   - `verbal=CODE`: the act is force only in a context of force: a word of
//!     `data/force_context.txt` in the attack's own phrase (weapons, casualties, terror, a
//!     facility; not the trigger itself), a word of `data/force_modifiers.txt` modifying it
//!     ("a military attack"), an armed actor on either side (MIL, COP, REB, INS, IMG, UAF,
//!     SPY), a target that is a place (a toponym, a country by name, unless the source is a
//!     person; a nationality word before a place or force noun), a name of place or date
//!     before it ("the Paris attacks", "the Friday attacks") or a place the act is located
//!     in. Otherwise it is
//!     a verbal attack, coded CODE ("relentless attacks on Clinton", "attacked Rubio for not
//!     answering": 111), and as a noun modifying another noun ("attack ads") nothing.
//!   - `weighed`: the trigger's gerund complement is an act the lexicon codes ("is
//!     considering sending troops to Poland": the act weighed, none done); the event takes
//!     that act's target when the trigger's own slots give none. Its trigger is a verb of
//!     weighing for every reading (`Lexicon::weighs`), as are the verbs of
//!     `data/weighing_verbs.txt`, which have no such entry.
//!   - `pluralevent`: a noun entry that in the singular is an event only with a target from
//!     its own slots ("talk with Iran"; "his tough talk on immigration" is speech; "talks"
//!     are talks).
//!   - `received`: a noun entry read only as an act its target received ("won praise from
//!     Japan", "drew a rebuke from Berlin": `frame::received_from`); elsewhere the noun is
//!     no event of its own.
//!   - `embeds`: the complement is this act's content ("agreed to meet", "threatened to
//!     strike"): triggers inside it are not coded as events of their own.
//!   - `commit=KIND`: the act is a commitment (`promise`, `threat`, `demand`, `denial`,
//!     `offer`, `agreement`, `refusal`).
//!
//! Error codes: EV010 bad field count, EV011 bad id, EV012 unknown option, EV013 code not in
//! the ontology, EV014 duplicate id, EV015 bad commitment kind, EV016 bad slot, EV017 bad
//! word list, EV018 unreadable file, EV019 bad verb forms line, EV020 PETRARCH syntax, EV021 bad discard line.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// The fast hasher for the short word keys looked up for every token (the std SipHash
/// cost a tenth of the stage's time); keys are our own data, not untrusted.
pub use attache_core::hash::WordHasher;
use attache_core::hash::WordSet;
use attache_core::CommitmentKind;

/// A map keyed by words, hashed with [`WordHasher`].
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;

use crate::error::LoadError;
use crate::ontology::{is_code, Ontology};

const PATTERNS: &str = include_str!("../data/patterns.txt");
const VERB_FORMS: &str = include_str!("../data/verb_forms.txt");
const DISCARDS: &str = include_str!("../data/discards.txt");
const FORCE_CONTEXT: &str = include_str!("../data/force_context.txt");
const FORCE_MODIFIERS: &str = include_str!("../data/force_modifiers.txt");
const BUSINESS_NOUNS: &str = include_str!("../data/business_nouns.txt");
const COMMERCE_WORDS: &str = include_str!("../data/commerce_words.txt");
const PUBLIC_BODY_WORDS: &str = include_str!("../data/public_body_words.txt");
const QUESTION_VERBS: &str = include_str!("../data/question_verbs.txt");
const WEIGHING_VERBS: &str = include_str!("../data/weighing_verbs.txt");
const OCCASION_NOUNS: &str = include_str!("../data/occasion_nouns.txt");
const GROUP_NOUNS: &str = include_str!("../data/group_nouns.txt");

/// Where an argument comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slot {
    Subject,
    Object,
    /// A prepositional phrase of the trigger.
    Prep(String),
    /// The subject of a complement clause.
    Complement,
    /// The subject of an if/unless clause.
    Condition,
    /// For a participle after its noun ("a ceasefire brokered by the United States"): the
    /// subject of the verb that noun belongs to ("Israel and Lebanon agreed to ...").
    Parties,
}

impl Slot {
    fn parse(s: &str) -> Option<Slot> {
        match s {
            "subj" => Some(Slot::Subject),
            "obj" => Some(Slot::Object),
            "comp" => Some(Slot::Complement),
            "cond" => Some(Slot::Condition),
            "parties" => Some(Slot::Parties),
            p if !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase()) => {
                Some(Slot::Prep(p.to_string()))
            }
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Voice {
    Any,
    Active,
    Passive,
}

/// One lexicon entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub id: String,
    pub code: String,
    /// Trigger lemma, lower case.
    pub lemma: String,
    pub particle: Option<String>,
    pub target: Vec<Slot>,
    /// Where the source comes from, first found wins.
    pub source: Vec<Slot>,
    /// The trigger is an event noun (`noun`), not a verb.
    pub noun: bool,
    /// In the singular the noun is an event only with a target from its own slots
    /// (`pluralevent`: "talk with Iran"; "his tough talk" is speech).
    pub plural_event: bool,
    /// A noun entry read only as an act received (`received`: "won praise from Japan").
    pub received: bool,
    /// Groups of alternatives; every group must match.
    pub need: Vec<Vec<String>>,
    pub not: Vec<String>,
    pub symmetric: bool,
    pub passive_code: Option<String>,
    pub voice: Voice,
    pub embeds: bool,
    /// The entry codes nothing unless a target is found (`needtgt`).
    pub needs_target: bool,
    /// The entry codes nothing unless a source is found (`needsrc`).
    pub needs_source: bool,
    /// With no target, the entry codes nothing unless several doers act together (`partner`).
    pub needs_partner: bool,
    /// The trigger's direct object is itself an actor mention, not a thing an actor's
    /// possessive or modifier names (`objactor`).
    pub object_actor: bool,
    /// The entry fires only when the act carries an if- or unless-clause (`cond`).
    pub needs_condition: bool,
    /// One of these words must occur in the if-clause (`ifneed`).
    pub condition_need: Vec<String>,
    /// The entry fires only when its complement clause is under "must" (`must`).
    pub needs_must: bool,
    /// The act a `need` word names has an object or an `against` phrase that is an actor, a
    /// place, or one of these nouns (`needarg=W|W`).
    pub need_arg: Option<Vec<String>>,
    /// The `not` words are not read in a purpose clause under the trigger ("met Xi to
    /// discuss the terms", `notphrase`).
    pub not_in_phrase: bool,
    /// Words or phrases (words joined by `_`) none of which comes right after the trigger
    /// (`notnext=`: "backed away", "Meet the Press").
    pub not_next: Vec<Vec<String>>,
    /// Parsed, the `need` words are read in the object only, which "no" negates (`needobj`).
    pub need_in_object: bool,
    /// Words none of which heads the trigger's object (`objnot=`: "killing animals").
    pub not_object: Vec<String>,
    /// The trigger governs a to-infinitive ("declined to threaten", `toinf`).
    pub needs_infinitive: bool,
    /// Prepositions the active voice puts after its object (`objprep=of`).
    pub object_prep: Vec<String>,
    /// The act needs a bare or "must" complement; a tensed one states a fact (`bare`).
    pub bare_content: bool,
    /// The trigger governs a clausal complement (`clause`: "charged that ...").
    pub needs_clause: bool,
    /// The trigger governs no that-clause, parsed (`noclause`: "demonstrated to
    /// North Korea that ..." shows something).
    pub no_clause: bool,
    /// The `need` words are read on the verb of the trigger's to-infinitive (`needinf`).
    pub need_in_infinitive: bool,
    /// The trigger's gerund complement is an act the lexicon codes (`weighed`: "is
    /// considering sending troops").
    pub weighs_act: bool,
    /// The trigger takes a thing (an object or a phrase), not a clause nor nothing (`thing`:
    /// "agreed to a moratorium", not "agrees Trump is an opportunist" or "Bystrom agreed").
    pub needs_thing: bool,
    /// The trigger takes no direct object, parsed (`noobj`: "protesters rallied", not
    /// "rallied world leaders").
    pub no_object: bool,
    /// The `need` words are read in the object complement only ("called the vote a sham",
    /// `needcompl`).
    pub need_in_complement: bool,
    /// The trigger is an adjective predicated of the subject by a copula ("was hopeful",
    /// `adj`), never an attribute ("a hopeful candidate", "White House hopefuls") nor a
    /// comparison ("less upbeat than").
    pub adjective: bool,
    /// The act is one of two sides on each other when the subject joins two or more actors
    /// and no target is named ("Thai and Cambodian soldiers fought", `mutual`): coded in
    /// both directions. With a target named it is one-way ("Israel fought Hamas").
    pub mutual: bool,
    /// A place of the article follows this preposition among the trigger's words
    /// ("withdraw from Goma", `placeprep=from`).
    pub place_after: Option<String>,
    /// The trigger itself governs a phrase opened by this preposition (`ownprep=with`).
    pub own_prep: Option<String>,
    /// The complement states the source's own act (`own`); these verbs are state changes,
    /// not acts.
    pub own_act: Option<Vec<String>>,
    pub commitment: Option<CommitmentKind>,
    /// One of these words is in the doer's phrase: the subject, or the `by` phrase of a
    /// passive (`subjneed=W|W`: "protesters stormed", "were hit by drones").
    pub subj_need: Vec<String>,
    /// Words none of which may be in the doer's phrase (`subjnot=`: "unions resumed their
    /// strike" is no fighting).
    pub subj_not: Vec<String>,
    /// The first half of a hyphenated trigger ("test-fired", `pre=test`).
    pub prefix: Option<String>,
    /// In the passive, one of these words is in the subject's phrase, the doer
    /// (`passsubj=W|W`: "French peacekeepers were deployed").
    pub pass_subj: Vec<String>,
    /// The code when the target is a named person with a political role (`elite=CODE`:
    /// "shot dead former prime minister Shinzo Abe" is an assassination, 186).
    pub elite_code: Option<String>,
    /// The code of the act when no context of force surrounds it (`verbal=CODE`: a verbal
    /// attack is a criticism, 111).
    pub verbal_code: Option<String>,
    /// One of these adverbs modifies the trigger (`adv=W|W`: "sexually assaulted").
    pub adverb: Vec<String>,
    /// The entry codes nothing out of a context of force (`armed`).
    pub armed: bool,
    /// The entry codes only an act stated as done (`factual`).
    pub factual: bool,
    /// Where the entry was read: `patterns.txt:12`.
    pub origin: String,
    /// Extra word forms of the trigger (irregular forms given by an imported dictionary).
    pub forms: Vec<String>,
}

impl Pattern {
    /// A bare entry: `lemma` coded `code`, target the object.
    pub fn new(id: &str, code: &str, lemma: &str) -> Pattern {
        Pattern {
            id: id.to_string(),
            code: code.to_string(),
            lemma: lemma.to_string(),
            particle: None,
            target: vec![Slot::Object],
            source: vec![Slot::Subject],
            noun: false,
            plural_event: false,
            received: false,
            need: Vec::new(),
            not: Vec::new(),
            symmetric: false,
            passive_code: None,
            voice: Voice::Any,
            embeds: false,
            needs_target: false,
            needs_partner: false,
            needs_source: false,
            object_actor: false,
            needs_condition: false,
            adjective: false,
            mutual: false,
            condition_need: Vec::new(),
            needs_must: false,
            need_arg: None,
            not_in_phrase: false,
            not_next: Vec::new(),
            need_in_object: false,
            not_object: Vec::new(),
            needs_infinitive: false,
            need_in_complement: false,
            bare_content: false,
            needs_clause: false,
            no_clause: false,
            needs_thing: false,
            no_object: false,
            need_in_infinitive: false,
            weighs_act: false,
            object_prep: Vec::new(),
            place_after: None,
            own_prep: None,
            own_act: None,
            commitment: None,
            subj_need: Vec::new(),
            subj_not: Vec::new(),
            prefix: None,
            pass_subj: Vec::new(),
            elite_code: None,
            verbal_code: None,
            factual: false,
            armed: false,
            adverb: Vec::new(),
            origin: String::new(),
            forms: Vec::new(),
        }
    }

    /// How specific the entry is: more constraints are tried first.
    pub fn specificity(&self) -> usize {
        self.need.len() * 2
            + usize::from(self.particle.is_some()) * 2
            + usize::from(!self.not.is_empty() || !self.not_object.is_empty())
            + usize::from(self.voice != Voice::Any)
            + usize::from(self.needs_condition) * 2
            + usize::from(!self.condition_need.is_empty()) * 2
            + usize::from(self.own_act.is_some()) * 2
            + usize::from(self.needs_must) * 2
            + usize::from(!self.subj_need.is_empty()) * 2
            + usize::from(self.prefix.is_some()) * 2
            + usize::from(!self.pass_subj.is_empty()) * 4
            + usize::from(!self.adverb.is_empty()) * 2
            + usize::from(self.weighs_act)
    }
}

/// The loaded lexicon: entries indexed by every inflected form of their trigger.
#[derive(Clone, Debug)]
pub struct Lexicon {
    patterns: Vec<Pattern>,
    /// Lower-case word form -> lemma.
    forms: WordMap<String>,
    /// Trigger lemma -> entry indices, most specific first.
    by_lemma: WordMap<Vec<u32>>,
    /// Event nouns: lower-case form (singular, plural) -> noun lemma.
    noun_forms: WordMap<String>,
    /// Noun lemma -> entry indices, most specific first.
    nouns: WordMap<Vec<u32>>,
    /// Nouns read only as acts received (`received`): form -> lemma, lemma -> entries. Kept
    /// apart so that they are no event nouns anywhere else ("to praise Putin" stays a verb).
    received_forms: WordMap<String>,
    received: WordMap<Vec<u32>>,
    /// Irregular forms read from `verb_forms.txt`: lemma -> forms.
    irregular: HashMap<String, Vec<String>>,
    /// Words and phrases of sport, markets and weather news (`discards.txt`), split into
    /// words (hyphens split too, as the tokenizer does): sentences holding one are skipped.
    discard_words: std::collections::HashSet<String, BuildHasherDefault<WordHasher>>,
    discard_phrases: Vec<Vec<String>>,
    /// Words that make an attack one of force (`force_context.txt`, read by `verbal=`).
    force_context: Vec<String>,
    /// Words that make an attack one of force only when they modify it
    /// (`force_modifiers.txt`: "a military attack", not "armed with talking points").
    force_modifiers: Vec<String>,
    /// Verbs that ask a question (`question_verbs.txt`): the content of a question they
    /// ask is no act.
    question_verbs: Vec<String>,
    /// Verbs of weighing: the act of their gerund is weighed, not done. The triggers of
    /// `weighed` entries, and the verbs of `weighing_verbs.txt` that have none.
    weighing_verbs: Vec<String>,
    /// Nouns of an occasion other than calendar units (`occasion_nouns.txt`: "this time").
    occasion_nouns: Vec<String>,
    /// Nouns and name-closing words of businesses (`business_nouns.txt`: "company", "inc").
    business_nouns: WordSet<String>,
    /// Words of commerce and finance (`commerce_words.txt`: "stake", "takeover").
    commerce_words: Vec<String>,
    /// Words naming a public body (`public_body_words.txt`: "department", "commission").
    public_body_words: Vec<String>,
    /// Nouns naming a group of people or an organisation (`group_nouns.txt`: "creditors",
    /// "the public", "the utility"), read by `groups.rs`.
    group_nouns: WordSet<String>,
}

impl Lexicon {
    /// The embedded lexicon, checked against the ontology.
    pub fn load(ontology: &Ontology) -> Result<Lexicon, LoadError> {
        let patterns = parse_patterns(PATTERNS, "patterns.txt", ontology)?;
        Lexicon::from_patterns(patterns)
    }

    /// The embedded lexicon plus a user pattern file (same format); user entries with the
    /// same trigger are tried before embedded ones of equal specificity.
    pub fn load_with(
        ontology: &Ontology,
        extra_path: &std::path::Path,
    ) -> Result<Lexicon, LoadError> {
        let name = extra_path.display().to_string();
        let text = std::fs::read_to_string(extra_path).map_err(|e| {
            LoadError::new(
                "EV018",
                &name,
                0,
                format!("cannot read the pattern file: {e}"),
            )
        })?;
        let mut patterns = parse_patterns(&text, &name, ontology)?;
        patterns.extend(parse_patterns(PATTERNS, "patterns.txt", ontology)?);
        Lexicon::from_patterns(patterns)
    }

    /// The embedded lexicon plus `extra` entries (e.g. imported PETRARCH verbs), tried first.
    pub fn with_extra(ontology: &Ontology, extra: Vec<Pattern>) -> Result<Lexicon, LoadError> {
        let mut patterns = extra;
        for p in &patterns {
            if !ontology.contains(&p.code) {
                return Err(LoadError::new(
                    "EV013",
                    &p.origin,
                    0,
                    format!("code {} is not a CAMEO code", p.code),
                ));
            }
        }
        patterns.extend(parse_patterns(PATTERNS, "patterns.txt", ontology)?);
        Lexicon::from_patterns(patterns)
    }

    /// A lexicon of exactly these entries.
    pub fn from_patterns(patterns: Vec<Pattern>) -> Result<Lexicon, LoadError> {
        let irregular = parse_verb_forms(VERB_FORMS)?;
        let discards = parse_discards(DISCARDS, "discards.txt")?;
        let mut lex = Lexicon {
            patterns: Vec::new(),
            forms: WordMap::default(),
            by_lemma: WordMap::default(),
            noun_forms: WordMap::default(),
            received_forms: WordMap::default(),
            received: WordMap::default(),
            nouns: WordMap::default(),
            irregular,
            discard_words: Default::default(),
            discard_phrases: Vec::new(),
            force_context: parse_word_list(FORCE_CONTEXT, "force_context.txt")?,
            force_modifiers: parse_word_list(FORCE_MODIFIERS, "force_modifiers.txt")?,
            question_verbs: parse_word_list(QUESTION_VERBS, "question_verbs.txt")?,
            weighing_verbs: parse_word_list(WEIGHING_VERBS, "weighing_verbs.txt")?,
            occasion_nouns: parse_word_list(OCCASION_NOUNS, "occasion_nouns.txt")?,
            business_nouns: parse_word_list(BUSINESS_NOUNS, "business_nouns.txt")?
                .into_iter()
                .collect(),
            commerce_words: parse_word_list(COMMERCE_WORDS, "commerce_words.txt")?,
            public_body_words: parse_word_list(PUBLIC_BODY_WORDS, "public_body_words.txt")?,
            group_nouns: parse_word_list(GROUP_NOUNS, "group_nouns.txt")?
                .into_iter()
                .collect(),
        };
        for d in discards {
            let words: Vec<String> = d
                .split([' ', '-'])
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            match words.len() {
                0 => {}
                1 => {
                    lex.discard_words
                        .insert(words.into_iter().next().unwrap_or_default());
                }
                _ => lex.discard_phrases.push(words),
            }
        }
        for p in patterns {
            let lemma = p.lemma.clone();
            if p.weighs_act && !lex.weighing_verbs.contains(&lemma) {
                lex.weighing_verbs.push(lemma.clone());
            }
            if p.noun {
                // Nouns read only as acts received keep their own tables.
                let (forms, index) = if p.received {
                    (&mut lex.received_forms, &mut lex.received)
                } else {
                    (&mut lex.noun_forms, &mut lex.nouns)
                };
                for f in [lemma.clone(), plural(&lemma)] {
                    forms.entry(f).or_insert_with(|| lemma.clone());
                }
                index
                    .entry(lemma)
                    .or_default()
                    .push(lex.patterns.len() as u32);
                lex.patterns.push(p);
                continue;
            }
            for f in lex
                .inflections(&lemma)
                .into_iter()
                .chain(p.forms.iter().cloned())
            {
                lex.forms.entry(f).or_insert_with(|| lemma.clone());
            }
            lex.by_lemma
                .entry(lemma)
                .or_default()
                .push(lex.patterns.len() as u32);
            lex.patterns.push(p);
        }
        let pats = &lex.patterns;
        for list in lex
            .by_lemma
            .values_mut()
            .chain(lex.nouns.values_mut())
            .chain(lex.received.values_mut())
        {
            // Stable: equal specificity keeps file order (user entries first).
            list.sort_by_key(|&i| std::cmp::Reverse(pats[i as usize].specificity()));
        }
        Ok(lex)
    }

    pub fn patterns(&self) -> &[Pattern] {
        &self.patterns
    }

    pub fn pattern(&self, i: u32) -> &Pattern {
        &self.patterns[i as usize]
    }

    /// Entries whose trigger is `lemma`, most specific first.
    pub fn entries(&self, lemma: &str) -> &[u32] {
        self.by_lemma.get(lemma).map_or(&[], Vec::as_slice)
    }

    /// Whether every entry of `lemma` is a `must` entry (a reporting verb: "said that ...
    /// must").
    pub fn only_must(&self, lemma: &str) -> bool {
        let e = self.entries(lemma);
        !e.is_empty() && e.iter().all(|&i| self.pattern(i).needs_must)
    }

    /// The noun read only as an act received (`received`) that a lower-case word form
    /// stands for, if any.
    pub fn received_noun_lemma(&self, form: &str) -> Option<&str> {
        self.received_forms.get(form).map(String::as_str)
    }

    /// Entries of a noun read only as an act received, most specific first.
    pub fn received_entries(&self, lemma: &str) -> &[u32] {
        self.received.get(lemma).map_or(&[], Vec::as_slice)
    }

    /// Noun entries whose trigger is `lemma`, most specific first.
    pub fn noun_entries(&self, lemma: &str) -> &[u32] {
        self.nouns.get(lemma).map_or(&[], Vec::as_slice)
    }

    /// The event noun a lower-case word form (singular or plural) stands for, if any.
    pub fn noun_lemma(&self, form: &str) -> Option<&str> {
        self.noun_forms.get(form).map(String::as_str)
    }

    /// The trigger lemma a lower-case word form stands for, if any entry has it.
    pub fn trigger_lemma(&self, form: &str) -> Option<&str> {
        self.forms.get(form).map(String::as_str)
    }

    /// Words of weapons, casualties, terror and facilities that make an attack one of
    /// force (`force_context.txt`; lemmas, forms or `prefix*`).
    pub fn force_context(&self) -> &[String] {
        &self.force_context
    }

    /// Words that make an attack one of force when they modify it (`force_modifiers.txt`).
    pub fn force_modifiers(&self) -> &[String] {
        &self.force_modifiers
    }

    /// Is `lemma` a noun of an occasion or a time ("this time", "that week", "one morning")?
    /// Calendar units and parts of the day are the time stage's lexicon's.
    pub fn is_occasion_noun(&self, lemma: &str) -> bool {
        self.occasion_nouns.iter().any(|w| w == lemma)
            || attache_time::lexicon::Lexicon::builtin()
                .get(lemma)
                .is_some_and(|w| w.unit.is_some() || w.daypart.is_some())
    }

    /// Is the lower-case word a noun or name-closing word of a business
    /// (`business_nouns.txt`: "subsidiary", "investors", "inc")?
    pub fn is_business_noun(&self, word: &str) -> bool {
        // ("tire-maker", "arms-maker": the last part of a hyphened word too.)
        let last = word.rsplit('-').next().unwrap_or(word);
        self.business_nouns.contains(word) || self.business_nouns.contains(last)
    }

    /// Is the lower-case word a noun naming a group of people or an organisation
    /// (`group_nouns.txt`: "creditors", "public", "utility")?
    pub fn is_group_noun(&self, word: &str) -> bool {
        self.group_nouns.contains(word)
    }

    /// Is the lower-case word one naming a public body (`public_body_words.txt`:
    /// "department", "commission")?
    pub fn is_public_body_word(&self, word: &str) -> bool {
        self.public_body_words.iter().any(|w| w == word)
    }

    /// Words of commerce and finance (`commerce_words.txt`; lemmas, forms or `prefix*`).
    pub fn commerce_words(&self) -> &[String] {
        &self.commerce_words
    }

    /// Does the verb `lemma` ask questions (`question_verbs.txt`: "ask")?
    pub fn asks_questions(&self, lemma: &str) -> bool {
        self.question_verbs.iter().any(|w| w == lemma)
    }

    /// Is the verb `lemma` one of weighing, whose gerund is an act weighed, not done (the
    /// trigger of a `weighed` entry, or listed in `weighing_verbs.txt`: "discuss")?
    pub fn weighs(&self, lemma: &str) -> bool {
        self.weighing_verbs.iter().any(|w| w == lemma)
    }

    /// Do these lower-case tokens hold a discard word or phrase? Tokens are read split at
    /// their hyphens ("semi-final" holds the phrase "semi final"); hyphen tokens are skipped.
    pub fn is_discarded<S: AsRef<str>>(&self, lower: &[S]) -> bool {
        let words: Vec<&str> = lower
            .iter()
            .map(AsRef::as_ref)
            .flat_map(|w| w.split('-'))
            .filter(|w| !w.is_empty())
            .collect();
        words.iter().enumerate().any(|(i, w)| {
            self.discard_words.contains(*w)
                || self.discard_phrases.iter().any(|p| {
                    words.len() >= i + p.len() && p.iter().zip(&words[i..]).all(|(a, b)| a == b)
                })
        })
    }

    /// Is `form` a past participle of `lemma` (for passive detection without tags)?
    pub fn is_participle(&self, form: &str, lemma: &str) -> bool {
        if form.ends_with("ed") {
            return true;
        }
        self.irregular.get(lemma).is_some_and(|fs| {
            fs.iter().any(|f| f == form) && !form.ends_with('s') && !form.ends_with("ing")
        })
    }

    /// All forms of a verb: the lemma, regular -s/-ed/-ing forms and listed irregular ones.
    pub fn inflections(&self, lemma: &str) -> Vec<String> {
        let mut out = vec![lemma.to_string()];
        out.extend(regular_forms(lemma));
        if let Some(irr) = self.irregular.get(lemma) {
            out.extend(irr.iter().cloned());
        }
        out
    }
}

/// Regular English verb forms: -s, -ed, -ing with the usual spelling changes.
pub fn regular_forms(lemma: &str) -> Vec<String> {
    let b = lemma.as_bytes();
    let n = b.len();
    if n < 2 || !lemma.is_ascii() {
        return Vec::new();
    }
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let last = b[n - 1];
    let s = if lemma.ends_with("ss")
        || lemma.ends_with("sh")
        || lemma.ends_with("ch")
        || last == b'x'
        || last == b'z'
        || last == b'o'
    {
        format!("{lemma}es")
    } else if last == b'y' && !vowel(b[n - 2]) {
        format!("{}ies", &lemma[..n - 1])
    } else {
        format!("{lemma}s")
    };
    let (ed, ing) = if last == b'e' {
        (format!("{lemma}d"), format!("{}ing", &lemma[..n - 1]))
    } else if last == b'y' && !vowel(b[n - 2]) {
        (format!("{}ied", &lemma[..n - 1]), format!("{lemma}ing"))
    } else if n >= 3
        && !vowel(last)
        && vowel(b[n - 2])
        && !vowel(b[n - 3])
        && !matches!(last, b'w' | b'x' | b'y')
        && vowel_groups(lemma) == 1
    {
        // Short CVC verbs double the consonant (ban, plan, stop); longer ones vary.
        let c = last as char;
        (format!("{lemma}{c}ed"), format!("{lemma}{c}ing"))
    } else {
        (format!("{lemma}ed"), format!("{lemma}ing"))
    };
    let mut v = vec![s, ed, ing];
    // Doubled and single spellings both occur for longer CVC verbs (target(t)ed).
    if n > 4
        && !vowel(last)
        && vowel(b[n - 2])
        && !vowel(b[n - 3])
        && matches!(last, b'l' | b'p' | b't' | b'r' | b'n' | b'g')
    {
        let c = last as char;
        v.push(format!("{lemma}{c}ed"));
        v.push(format!("{lemma}{c}ing"));
    }
    v
}

/// The regular English plural of a noun (`talk` -> `talks`, `strike` -> `strikes`,
/// `embassy` -> `embassies`, `crash` -> `crashes`).
pub fn plural(noun: &str) -> String {
    let b = noun.as_bytes();
    let n = b.len();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    if noun.ends_with("ss")
        || noun.ends_with("sh")
        || noun.ends_with("ch")
        || noun.ends_with('x')
        || noun.ends_with('z')
    {
        format!("{noun}es")
    } else if n >= 2 && b[n - 1] == b'y' && !vowel(b[n - 2]) {
        format!("{}ies", &noun[..n - 1])
    } else {
        format!("{noun}s")
    }
}

/// One lower-case word or phrase per line (EV021 otherwise).
pub fn parse_discards(text: &str, file: &str) -> Result<Vec<String>, LoadError> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if line.chars().any(|c| c.is_uppercase()) || line.contains("  ") {
            return Err(LoadError::new(
                "EV021",
                file,
                i + 1,
                format!("`{line}` must be a lower-case word or phrase"),
            ));
        }
        out.push(line.to_string());
    }
    Ok(out)
}

/// One lower-case word (or `prefix*`) per line (EV017 otherwise).
pub fn parse_word_list(text: &str, file: &str) -> Result<Vec<String>, LoadError> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if !line.is_empty() {
            out.push(word(line, file, i + 1)?);
        }
    }
    Ok(out)
}

fn vowel_groups(w: &str) -> usize {
    let mut groups = 0;
    let mut prev = false;
    for c in w.bytes() {
        let v = matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
        if v && !prev {
            groups += 1;
        }
        prev = v;
    }
    groups
}

fn parse_verb_forms(text: &str) -> Result<HashMap<String, Vec<String>>, LoadError> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let mut words = line.split_whitespace();
        let Some(lemma) = words.next() else { continue };
        let forms: Vec<String> = words.map(str::to_string).collect();
        if forms.is_empty() {
            return Err(LoadError::new(
                "EV019",
                "verb_forms.txt",
                i + 1,
                format!("`{lemma}` lists no forms"),
            ));
        }
        out.entry(lemma.to_string()).or_default().extend(forms);
    }
    Ok(out)
}

/// Parses a pattern file (format in the module docs), linting every line.
pub fn parse_patterns(
    text: &str,
    file: &str,
    ontology: &Ontology,
) -> Result<Vec<Pattern>, LoadError> {
    let mut out: Vec<Pattern> = Vec::new();
    let mut ids: HashMap<String, usize> = HashMap::new();
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.len() < 3 {
            return Err(LoadError::new(
                "EV010",
                file,
                n,
                "expected `<id> <code> <trigger> [options]`",
            ));
        }
        let (id, code, lemma) = (fields[0], fields[1], fields[2]);
        if !id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
        {
            return Err(LoadError::new(
                "EV011",
                file,
                n,
                format!("id `{id}` may hold only letters, digits, `.`, `_`, `-`"),
            ));
        }
        if !is_code(code) || !ontology.contains(code) {
            return Err(LoadError::new(
                "EV013",
                file,
                n,
                format!("`{code}` is not a CAMEO code of the ontology"),
            ));
        }
        if !lemma.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            return Err(LoadError::new(
                "EV010",
                file,
                n,
                format!("trigger `{lemma}` must be a lower-case lemma"),
            ));
        }
        if let Some(first) = ids.insert(id.to_string(), n) {
            return Err(LoadError::new(
                "EV014",
                file,
                n,
                format!("id `{id}` already used on line {first}"),
            ));
        }
        let mut p = Pattern::new(id, code, lemma);
        p.origin = format!("{file}:{n}");
        for opt in &fields[3..] {
            let (key, value) = opt.split_once('=').unwrap_or((opt, ""));
            match key {
                "sym" if value.is_empty() => p.symmetric = true,
                "noun" if value.is_empty() => p.noun = true,
                "pluralevent" if value.is_empty() => p.plural_event = true,
                "received" if value.is_empty() => p.received = true,
                "embeds" if value.is_empty() => p.embeds = true,
                "needtgt" if value.is_empty() => p.needs_target = true,
                "partner" if value.is_empty() => p.needs_partner = true,
                "needsrc" if value.is_empty() => p.needs_source = true,
                "objactor" if value.is_empty() => p.object_actor = true,
                "cond" if value.is_empty() => p.needs_condition = true,
                "must" if value.is_empty() => p.needs_must = true,
                "notphrase" if value.is_empty() => p.not_in_phrase = true,
                "toinf" if value.is_empty() => p.needs_infinitive = true,
                "needcompl" if value.is_empty() => p.need_in_complement = true,
                "bare" if value.is_empty() => p.bare_content = true,
                "clause" if value.is_empty() => p.needs_clause = true,
                "noclause" if value.is_empty() => p.no_clause = true,
                "thing" if value.is_empty() => p.needs_thing = true,
                "noobj" if value.is_empty() => p.no_object = true,
                "needinf" if value.is_empty() => p.need_in_infinitive = true,
                "weighed" if value.is_empty() => p.weighs_act = true,
                "objprep" if !value.is_empty() => {
                    p.object_prep = value.split('|').map(str::to_string).collect()
                }
                "adj" if value.is_empty() => p.adjective = true,
                "mutual" if value.is_empty() => p.mutual = true,
                "needobj" if value.is_empty() => p.need_in_object = true,
                "factual" if value.is_empty() => p.factual = true,
                "armed" if value.is_empty() => p.armed = true,
                "placeprep" => p.place_after = Some(word(value, file, n)?),
                "ownprep" => p.own_prep = Some(word(value, file, n)?),
                "prt" => p.particle = Some(word(value, file, n)?),
                "tgt" => {
                    p.target = value
                        .split(',')
                        .map(|s| {
                            Slot::parse(s).ok_or_else(|| {
                                LoadError::new(
                                    "EV016",
                                    file,
                                    n,
                                    format!(
                                        "`{s}` is not a slot (obj, comp, cond, parties or a preposition)"
                                    ),
                                )
                            })
                        })
                        .collect::<Result<_, _>>()?;
                }
                "src" => {
                    p.source = value
                        .split(',')
                        .map(|s| {
                            Slot::parse(s).ok_or_else(|| {
                                LoadError::new("EV016", file, n, format!("`{s}` is not a slot"))
                            })
                        })
                        .collect::<Result<_, _>>()?;
                }
                "need" => p.need.push(words(value, file, n)?),
                "ifneed" => p.condition_need.extend(words(value, file, n)?),
                "own" => p.own_act = Some(words(value, file, n)?),
                "needarg" => p.need_arg = Some(words(value, file, n)?),
                "not" => p.not.extend(words(value, file, n)?),
                "objnot" => p.not_object.extend(words(value, file, n)?),
                "notnext" => {
                    for phrase in value.split('|') {
                        p.not_next.push(
                            phrase
                                .split('_')
                                .map(|w| word(w, file, n))
                                .collect::<Result<_, _>>()?,
                        );
                    }
                }
                "subjneed" => p.subj_need.extend(words(value, file, n)?),
                "subjnot" => p.subj_not.extend(words(value, file, n)?),
                "pre" => p.prefix = Some(word(value, file, n)?),
                "adv" => p.adverb.extend(words(value, file, n)?),
                "passsubj" => p.pass_subj.extend(words(value, file, n)?),
                "elite" => p.elite_code = Some(code_of(ontology, value, "elite", file, n)?),
                "verbal" => p.verbal_code = Some(code_of(ontology, value, "verbal", file, n)?),
                "pass" => p.passive_code = Some(code_of(ontology, value, "passive", file, n)?),
                "voice" => {
                    p.voice = match value {
                        "passive" => Voice::Passive,
                        "active" => Voice::Active,
                        _ => {
                            return Err(LoadError::new(
                                "EV012",
                                file,
                                n,
                                format!("voice `{value}` is not active or passive"),
                            ))
                        }
                    }
                }
                "commit" => {
                    p.commitment = Some(commitment_kind(value).ok_or_else(|| {
                        LoadError::new("EV015", file, n, format!("`{value}` is not a commitment kind (promise, threat, demand, denial, offer, agreement, refusal)"))
                    })?);
                }
                _ => {
                    return Err(LoadError::new(
                        "EV012",
                        file,
                        n,
                        format!("unknown option `{opt}`"),
                    ))
                }
            }
        }
        if !p.condition_need.is_empty() && !p.needs_condition {
            return Err(LoadError::new(
                "EV012",
                file,
                n,
                "option `ifneed` needs `cond`".to_string(),
            ));
        }
        out.push(p);
    }
    Ok(out)
}

pub fn commitment_kind(s: &str) -> Option<CommitmentKind> {
    Some(match s {
        "promise" => CommitmentKind::Promise,
        "threat" => CommitmentKind::Threat,
        "demand" => CommitmentKind::Demand,
        "denial" => CommitmentKind::Denial,
        "offer" => CommitmentKind::Offer,
        "agreement" => CommitmentKind::Agreement,
        "refusal" => CommitmentKind::Refusal,
        _ => return None,
    })
}

fn word(s: &str, file: &str, n: usize) -> Result<String, LoadError> {
    // (Digits after the first letter name a strain or a model, "h5n1"; session 28.)
    if s.is_empty()
        || s.starts_with(|c: char| c.is_ascii_digit())
        || !s
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'*')
    {
        return Err(LoadError::new(
            "EV017",
            file,
            n,
            format!("`{s}` is not a lower-case word"),
        ));
    }
    Ok(s.to_string())
}

/// An option's CAMEO code (`elite=`, `verbal=`, `pass=`), checked against the ontology.
fn code_of(
    ontology: &Ontology,
    value: &str,
    option: &str,
    file: &str,
    n: usize,
) -> Result<String, LoadError> {
    if !ontology.contains(value) {
        return Err(LoadError::new(
            "EV013",
            file,
            n,
            format!("{option} code `{value}` is not a CAMEO code of the ontology"),
        ));
    }
    Ok(value.to_string())
}

fn words(s: &str, file: &str, n: usize) -> Result<Vec<String>, LoadError> {
    s.split('|').map(|w| word(w, file, n)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn onto() -> Ontology {
        Ontology::load().unwrap()
    }

    #[test]
    fn weighing_verbs_are_the_weighed_triggers_and_the_listed_verbs() {
        let o = onto();
        let lex = Lexicon::load(&o).unwrap();
        // By a `weighed` entry, by weighing_verbs.txt; a verb of neither is none.
        assert!(lex.weighs("consider") && lex.weighs("ponder"));
        assert!(lex.weighs("discuss") && lex.weighs("explore"));
        assert!(!lex.weighs("meet") && !lex.weighs("send"));
        // A user's `weighed` entry makes its trigger a weighing verb.
        let user = parse_patterns("user.eval 014 evaluate weighed\n", "user.txt", &o).unwrap();
        assert!(Lexicon::from_patterns(user).unwrap().weighs("evaluate"));
    }

    #[test]
    fn embedded_lexicon_lints_and_covers_all_twenty_roots() {
        let o = onto();
        let lex = Lexicon::load(&o).expect("patterns.txt lints clean");
        for r in 1..=20 {
            let root = format!("{r:02}");
            assert!(
                lex.patterns().iter().any(|p| p.code.starts_with(&root)),
                "root {root} has no entry"
            );
        }
        assert_eq!(lex.trigger_lemma("met"), Some("meet"));
        assert!(lex.asks_questions("ask"));
        assert!(!lex.asks_questions("offer"));
        assert_eq!(lex.trigger_lemma("shelled"), Some("shell"));
    }

    #[test]
    fn lint_errors_name_line_and_code() {
        let o = onto();
        let e = parse_patterns("# c\n\nx.a 040 meet\nx.a 042 visit\n", "f.txt", &o).unwrap_err();
        assert_eq!((e.code, e.line), ("EV014", 4));
        assert_eq!(
            parse_patterns("a 999 meet\n", "f", &o).unwrap_err().code,
            "EV013"
        );
        for opt in ["elite=999", "verbal=999", "pass=999"] {
            let e = parse_patterns(&format!("a 190 attack {opt}\n"), "f", &o).unwrap_err();
            assert_eq!((e.code, e.line), ("EV013", 1), "{opt}");
        }
        assert_eq!(
            parse_patterns("a 040 meet bogus=1\n", "f", &o)
                .unwrap_err()
                .code,
            "EV012"
        );
        assert_eq!(
            parse_patterns("a 040 meet commit=wish\n", "f", &o)
                .unwrap_err()
                .code,
            "EV015"
        );
        assert_eq!(
            parse_patterns("a 040 meet tgt=Obj\n", "f", &o)
                .unwrap_err()
                .code,
            "EV016"
        );
        assert_eq!(
            parse_patterns("a 040\n", "f", &o).unwrap_err().code,
            "EV010"
        );
        let e = parse_patterns("a 130 respond ifneed=attack*\n", "f", &o).unwrap_err();
        assert_eq!((e.code, e.line), ("EV012", 1), "{e}");
        let e = parse_patterns("a 040 meet\nb 040 meet need=\n", "f", &o).unwrap_err();
        assert_eq!((e.code, e.line), ("EV017", 2));
        assert!(e.to_string().starts_with("[EV017] f:2:"));
        // Digits after the first letter name a strain ("h5n1"); a word opening with one is none.
        assert!(parse_patterns("a 1823 kill subjnot=h5n1\n", "f", &o).is_ok());
        let e = parse_patterns("a 1823 kill subjnot=5g\n", "f", &o).unwrap_err();
        assert_eq!((e.code, e.line), ("EV017", 1));
    }

    #[test]
    fn regular_forms_follow_english_spelling() {
        assert_eq!(regular_forms("accuse"), ["accuses", "accused", "accusing"]);
        assert_eq!(regular_forms("deny"), ["denies", "denied", "denying"]);
        assert_eq!(regular_forms("ban"), ["bans", "banned", "banning"]);
        assert_eq!(regular_forms("visit")[1], "visited");
        assert_eq!(regular_forms("open")[1], "opened");
        assert_eq!(regular_forms("plan")[1], "planned");
        assert!(regular_forms("target").contains(&"targeted".to_string()));
    }

    #[test]
    fn user_file_entries_are_tried_first() {
        let o = onto();
        let dir = std::env::temp_dir().join(format!("attache-events-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("mine.txt");
        std::fs::write(&path, "mine.consult 044 consult tgt=with sym\n").unwrap();
        let lex = Lexicon::load_with(&o, &path).unwrap();
        let first = lex.pattern(lex.entries("consult")[0]);
        assert_eq!(first.id, "mine.consult");
        std::fs::write(&path, "ok 040 meet\nbad 040 meet tgt=\n").unwrap();
        let e = Lexicon::load_with(&o, &path).unwrap_err();
        assert_eq!((e.code, e.line), ("EV016", 2));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
