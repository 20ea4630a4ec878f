//! Commercial dealings: an act between businesses is no political event.
//!
//! CAMEO codes the acts of political actors. A company that agrees to acquire another, pays
//! its shareholders, accuses a bank of planning a takeover or urges its allies to raise
//! their stakes does nothing an event analyst follows, unless a state, a government, a
//! party, an armed group or an international body is a party to the act (a government that
//! sets a deadline for a bidder, a state buying a company, sanctions on a firm). This module
//! says which side of an act is which kind of party, and whether a cooperative or verbal act
//! between non-political parties is a business dealing.

use attache_core::{ActorKind, ActorRef};

use crate::coder::word_matches;
use crate::frame::Ctx;

/// What kind of party one side of an act is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Party {
    /// No actor on this side.
    Nobody,
    /// A company, its owners or its units: an organisation or group of role `BUS` or with
    /// a word of `business_nouns.txt` in its name or description, or a country or name
    /// modifying such a word ("its U.S. subsidiary").
    Business,
    /// An actor no code and no role places (an unlisted organisation or person), or a
    /// person of any role `BUS` (an executive, a contractor).
    Private,
    /// A coded actor or one with a political role.
    Political,
}

/// The kind of party `r` is, in the sentence of `ctx`.
pub(crate) fn party(ctx: &Ctx, r: Option<ActorRef>) -> Party {
    let Some(r) = r else {
        return Party::Nobody;
    };
    let Some(actor) = ctx.doc.actors.get(r.actor as usize) else {
        return Party::Nobody;
    };
    // A business person acts for a campaign or is accused of spying as often as they
    // trade: only an organisation or group is a business by its role; a person of role
    // `BUS` is a private party.
    if actor.role.as_deref() == Some("BUS") {
        // "Pakistan's central bank" coded as a business is the state's bank.
        return if actor.kind == ActorKind::Person && !described_as_business(ctx, actor) {
            Party::Private
        } else if actor_words(ctx, actor)
            .windows(2)
            .any(|p| CENTRAL_BANKS.contains(&[p[0].as_str(), p[1].as_str()]))
        {
            Party::Political
        } else {
            Party::Business
        };
    }
    // A person with a role but no country is placed by nothing the knowledge base knows:
    // private when a title of a company's officer names them ("Chairman Marc Fournier" read
    // as an official), political when it is an office of state ("Health Minister Ana
    // Lucero", "Senator Maria Okafor") or a body's ("the party chairman").
    if actor.kind == ActorKind::Person && actor.code.is_none() {
        let words = actor_words(ctx, actor);
        let officer = words.iter().any(|w| OFFICER_TITLES.contains(&w.as_str()));
        let public = words.iter().any(|w| ctx.lex.is_public_body_word(w));
        return if actor.role.is_some() && (public || !officer) {
            Party::Political
        } else {
            Party::Private
        };
    }
    let lex = ctx.lex;
    let tokens = r
        .mention
        .map(|m| mention_tokens(ctx, m))
        .unwrap_or_default();
    // "its U.S. subsidiary", and "a Swiss fund" coded as its country: a country or name
    // modifying a business noun, or a description of a business that has no role.
    if modifies_business_noun(ctx, &tokens)
        || staff_of_business(ctx, &tokens)
        || actor.role.is_none()
            && actor.kind != ActorKind::Person
            && tokens.iter().any(|&k| lex.is_business_noun(ctx.word(k)))
    {
        return Party::Business;
    }
    let name_has = |f: &dyn Fn(&str) -> bool| {
        actor
            .name
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| !w.is_empty() && f(&w.to_lowercase()))
    };
    // "the Commerce Department", "the Fair Trade Commission": a public body the actors
    // stage leaves uncoded is still a political party.
    // "The hardliners", "mayors" filled in as an uncoded group: a political camp or office
    // named by a noun of `PUBLIC_PERSON_NOUNS` is a political party too.
    let public_noun = tokens.iter().any(|&k| {
        matches!(
            ctx.doc.tokens[ctx.start + k].upos.as_str(),
            "NOUN" | "PROPN"
        ) && public_person(ctx, k)
    });
    if actor.code.is_some()
        || actor.role.is_some()
        || name_has(&|w| lex.is_public_body_word(w))
        || public_noun
    {
        return Party::Political;
    }
    if actor.kind == ActorKind::Person {
        return Party::Private;
    }
    if name_has(&|w| lex.is_business_noun(w))
        || tokens.iter().any(|&k| lex.is_business_noun(ctx.word(k)))
    {
        Party::Business
    } else {
        Party::Private
    }
}

/// Is the act of `source` on `target` (a `code`) a business dealing: no side political, and
/// either side a business or the sentence about commerce (a word of `commerce_words.txt`, or
/// a sum with a currency sign), or a side's country word only describing a private doer? A
/// business that is only the target of an act whose doer the text does not name ("a
/// contractor accused of spying") may be a state's target: the act stays.
pub(crate) fn business_dealing(
    ctx: &Ctx,
    source: Option<ActorRef>,
    target: Option<ActorRef>,
    trigger: usize,
    code: &str,
) -> bool {
    // A visit's country is the place visited: "The U.S. team traveled to Brazil".
    let visit = code.starts_with("04");
    let (mut ps, pt) = (party(ctx, source), party(ctx, target));
    // "The French carmaker Renault threatened to close its Turkish plant", "Investors
    // welcomed the move": a doer no actor stands for, named by a business noun, is a
    // business (session 22).
    if ps == Party::Nobody && business_doer(ctx, trigger) {
        ps = Party::Business;
    }
    // "A writer visited Japanese carmakers": a doer named by a common noun no actor stands
    // for, and no public body, is a private party (session 25).
    if ps == Party::Nobody && private_doer(ctx, trigger) {
        ps = Party::Private;
    }
    // "Halvorsen Foods signed a distribution deal with Brightwell": an event noun a verb
    // takes as its object is done by that verb's subject, a business or private party here.
    if ps == Party::Nobody {
        if let Some(p) = verb_subject_party(ctx, trigger) {
            ps = p;
        }
    }
    // "An American writer visited Japanese manufacturers", "Japanese companies accused the
    // Brazilian institutions": a country word that only describes a private noun the actors
    // stage left out of its mention names a private party, not the state, when the other
    // side is a business (session 23). "The Japanese pitcher threatened to leave the club",
    // "Japanese organisers rejected the players' demand": when that noun is the doer of the
    // verb, no other side political makes it no one's political act (session 25).
    if pt == Party::Business && ps == Party::Political && demonym_of_private_noun(ctx, source)
        || ps == Party::Business && pt == Party::Political && demonym_of_private_noun(ctx, target)
        || ps == Party::Political
            && (pt != Party::Political || visit && bare_country(ctx, target))
            && demonym_of_private_noun(ctx, source)
            && demonym_doer(ctx, source, trigger)
        // "U.S. bankers met Mexican bankers": both sides such words, either way round.
        || ps == Party::Political
            && pt == Party::Political
            && demonym_of_private_noun(ctx, source)
            && demonym_of_private_noun(ctx, target)
            && (demonym_doer(ctx, source, trigger) || demonym_doer(ctx, target, trigger))
    {
        return true;
    }
    // "a tourist visiting Uganda", "residents who had travelled to Mexico", "passengers
    // arriving in Egypt": a traveller no actor stands for going to a country is no state's
    // visit (session 27).
    if visit && ps != Party::Political && bare_country(ctx, target) && traveller_doer(ctx, trigger)
    {
        return true;
    }
    // "Negotiations with the Swedish buyer", "a distribution deal with Brightwell": an event
    // noun of cooperation whose only party is a business names no state (session 25).
    if ps == Party::Nobody
        && pt == Party::Business
        && !code.starts_with(['1', '2'])
        && ctx.doc.tokens[ctx.start + trigger].upos.is("NOUN")
    {
        return true;
    }
    // A doer the text leaves unnamed may be a state ("the Hamas-run ministry accused the
    // Israeli company", with no actor found for the ministry): no dealing shown.
    if ps == Party::Political || pt == Party::Political || ps == Party::Nobody {
        return false;
    }
    // "Halvorsen signed a distribution deal with Brightwell Ltd": a private party dealing
    // with a business is business too (session 25).
    ps == Party::Business || pt == Party::Business || commercial_sentence(ctx)
}

/// Is either side of a trade a business or a private party (a doer no actor stands for
/// counts by its noun, as in [`business_dealing`])?
pub(crate) fn private_trade(
    ctx: &Ctx,
    source: Option<ActorRef>,
    target: Option<ActorRef>,
    trigger: usize,
) -> bool {
    let private = |p: Party| matches!(p, Party::Business | Party::Private);
    private(party(ctx, source))
        || private(party(ctx, target))
        || source.is_none() && (business_doer(ctx, trigger) || private_doer(ctx, trigger))
}

/// Roles of bodies whose offices are no office of state: businesses, the press, schools,
/// hospitals, farmers and civilians (Phoenix codes).
const PRIVATE_ROLES: &[&str] = &["BUS", "MED", "EDU", "HLH", "AGR", "CVL"];

/// Is `r` a business, or an actor of a private role, whose office someone leaves?
pub(crate) fn private_office(ctx: &Ctx, r: Option<ActorRef>) -> bool {
    let role = r
        .and_then(|r| ctx.doc.actors.get(r.actor as usize))
        .and_then(|a| a.role.as_deref());
    let party = party(ctx, r);
    // "The chairman of the Greek central bank resigned": a state's bank the knowledge base
    // codes as a business is the state's (`party` reads it as political).
    role.is_some_and(|role| {
        PRIVATE_ROLES.contains(&role) && !(role == "BUS" && party == Party::Political)
    }) || party == Party::Business
}

/// Is the subject of the verb at local token `t` (or of the verb whose infinitive it is) a
/// lower-case common noun no mention covers, or a name no mention covers, and no public body
/// word ("A *writer* visited", "the *organisers* rejected", "*Citibank* signed")? Parsed
/// sentences only.
fn private_doer(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed {
        return false;
    }
    let mut v = t;
    for _ in 0..3 {
        if let Some(s) = ctx.kids(v).find(|&c| ctx.deprel(c) == "nsubj") {
            return private_noun(ctx, s);
        }
        match ctx.head(v) {
            Some(h) if ctx.deprel(v) == "xcomp" => v = h,
            _ => return false,
        }
    }
    false
}

/// People and craft who travel for themselves, not for a state (lemmas; attache's own list).
const TRAVELLER_NOUNS: &[&str] = &[
    "tourist",
    "traveler",
    "traveller",
    "visitor",
    "passenger",
    "resident",
    "patient",
    "student",
    "pilgrim",
    "backpacker",
    "holidaymaker",
    "vacationer",
    "ship",
    "aircraft",
    "plane",
    "flight",
];

/// Is the doer of the verb at local token `t` a traveller's noun (`TRAVELLER_NOUNS`) no
/// mention covers: its subject (through "that"/"who" to the noun a relative clause
/// describes, and up from an infinitive), or the noun its participle describes ("a *tourist*
/// visiting Uganda", "*residents* that had travelled to Mexico", "*passengers* arriving at
/// Cairo airport")? Parsed sentences only (session 27).
fn traveller_doer(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed {
        return false;
    }
    let traveller = |k: usize| {
        ctx.mention_at[k].is_none()
            && ctx.doc.tokens[ctx.start + k].upos.is("NOUN")
            && TRAVELLER_NOUNS.contains(&ctx.lemma(k))
    };
    // ("All of the patients", "eleven of the residents": the people of the of-phrase.)
    let counted = |k: usize| {
        let quantity = ctx.doc.tokens[ctx.start + k].upos.is("NUM")
            || matches!(
                ctx.lower[k].as_ref(),
                "all" | "some" | "many" | "most" | "several" | "few" | "both"
            );
        traveller(k) || quantity && ctx.kids(k).any(|c| ctx.deprel(c) == "nmod" && traveller(c))
    };
    let mut v = t;
    for _ in 0..3 {
        if let Some(s) = ctx
            .kids(v)
            .find(|&c| matches!(ctx.deprel(c), "nsubj" | "nsubj:pass"))
        {
            // A relative word stands for the noun its clause describes, or, where the parse
            // hangs the clause elsewhere, the noun right before it.
            if matches!(ctx.lower[s].as_ref(), "that" | "who" | "which") {
                return if ctx.deprel(v) == "acl:relcl" {
                    ctx.head(v).is_some_and(counted)
                } else {
                    s > 0 && traveller(s - 1)
                };
            }
            return counted(s);
        }
        match ctx.head(v) {
            Some(h) if ctx.deprel(v) == "xcomp" => v = h,
            // ("a case in a tourist visiting Mexico", parsed with the participle on "case".)
            Some(h) if ctx.deprel(v).starts_with("acl") => {
                return traveller(h) || v > 0 && traveller(v - 1);
            }
            _ => return false,
        }
    }
    false
}

/// The party of the subject of the verb that takes the event noun at local token `t` as its
/// object, when a business or private actor's mention stands there. Parsed sentences only.
fn verb_subject_party(ctx: &Ctx, t: usize) -> Option<Party> {
    if !ctx.parsed || !ctx.doc.tokens[ctx.start + t].upos.is("NOUN") || ctx.deprel(t) != "obj" {
        return None;
    }
    let v = ctx.head(t)?;
    let s = ctx.kids(v).find(|&c| ctx.deprel(c) == "nsubj")?;
    let Some(m) = ctx.mention_at[s].or(ctx.uncoded_at[s]) else {
        return private_noun(ctx, s).then_some(Party::Private);
    };
    let actor = ctx.doc.mentions.get(m as usize)?.actor;
    let p = party(
        ctx,
        Some(ActorRef {
            actor,
            mention: Some(m),
        }),
    );
    matches!(p, Party::Business | Party::Private).then_some(p)
}

/// Does a description of the actor end in a business noun ("Halvorsen Foods, *a Norwegian
/// food company*"): a company the actors stage took for a person?
fn described_as_business(ctx: &Ctx, actor: &attache_core::Actor) -> bool {
    actor.mentions.iter().any(|&m| {
        ctx.doc.mentions.get(m as usize).is_some_and(|ment| {
            ment.form == attache_core::MentionForm::Description
                && ctx
                    .doc
                    .text
                    .get(ment.span.start as usize..ment.span.end as usize)
                    .and_then(|d| d.split_whitespace().last())
                    .is_some_and(|w| ctx.lex.is_business_noun(&w.to_lowercase()))
        })
    })
}

/// Is the subject of the verb at local token `t` (or of the verb whose infinitive it is:
/// "agreed to buy") a business noun, its head or a noun naming it ("the French *carmaker*
/// Renault", "Italian tyre *maker* Pirelli", "*Investors*"), also the last part of a hyphened
/// word ("tire-*maker*")? Parsed sentences only.
fn business_doer(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed {
        return false;
    }
    let business = |k: usize| ctx.lex.is_business_noun(ctx.lower[k].as_ref());
    let mut v = t;
    for _ in 0..3 {
        if let Some(s) = ctx.kids(v).find(|&c| ctx.deprel(c) == "nsubj") {
            return ctx.mention_at[s].is_none() && business(s)
                || ctx.kids(s).any(|c| {
                    matches!(ctx.deprel(c), "compound" | "appos" | "flat")
                        && ctx.mention_at[c].is_none()
                        && business(c)
                });
        }
        match ctx.head(v) {
            Some(h) if ctx.deprel(v) == "xcomp" => v = h,
            _ => return false,
        }
    }
    false
}

/// Titles of a company's officers: a person with a role read from one and no country is a
/// private party, unless a word of a public body or party names them too ("the party
/// chairman"). attache's own list.
const OFFICER_TITLES: &[&str] = &[
    "chairman",
    "chairwoman",
    "chairperson",
    "chief",
    "executive",
    "executives",
    "director",
    "founder",
    "ceo",
];

/// Names of a state's bank, which the knowledge base may code as a business. attache's own
/// list.
const CENTRAL_BANKS: &[[&str; 2]] = &[
    ["central", "bank"],
    ["reserve", "bank"],
    ["federal", "reserve"],
];

/// The lower-case words of the actor's name and of all its mentions.
fn actor_words(ctx: &Ctx, actor: &attache_core::Actor) -> Vec<String> {
    let text = &ctx.doc.text;
    let mut words: Vec<String> = Vec::new();
    let mut add = |s: &str| {
        words.extend(
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase),
        );
    };
    add(&actor.name);
    for &m in &actor.mentions {
        if let Some(ment) = ctx.doc.mentions.get(m as usize) {
            if let Some(s) = text.get(ment.span.start as usize..ment.span.end as usize) {
                add(s);
            }
        }
    }
    words
}

/// Does the sentence hold a word of commerce or a sum with a currency sign?
fn commercial_sentence(ctx: &Ctx) -> bool {
    (0..ctx.len()).any(|k| {
        let w = ctx.word(k);
        w.starts_with(['$', '£', '€', '¥'])
            || ctx
                .lex
                .commerce_words()
                .iter()
                .any(|c| word_matches(ctx, k, c))
    })
}

/// Local tokens of mention `m`, when it lies in this sentence.
fn mention_tokens(ctx: &Ctx, m: u32) -> Vec<usize> {
    let Some(ment) = ctx.doc.mentions.get(m as usize) else {
        return Vec::new();
    };
    (0..ctx.len())
        .filter(|&k| ment.span.contains(ctx.span(k)))
        .collect()
}

/// Is the mention a modifier of a business noun outside it ("U.S." in "its U.S.
/// subsidiary", "Ratners Group PLC's" in "Ratners Group PLC's unit")? Parsed sentences only.
fn modifies_business_noun(ctx: &Ctx, tokens: &[usize]) -> bool {
    if !ctx.parsed {
        return false;
    }
    tokens.iter().any(|&k| {
        let Some(h) = ctx.head(k) else {
            return false;
        };
        !tokens.contains(&h)
            && matches!(
                ctx.deprel(k),
                "compound" | "amod" | "nmod:poss" | "nmod" | "flat"
            )
            && ctx.lex.is_business_noun(ctx.word(h))
    })
}

/// Is local token `s` a lower-case common noun no mention covers, or a name no mention
/// (coded or not) covers, and no public body word?
fn private_noun(ctx: &Ctx, s: usize) -> bool {
    let word = ctx.word(s);
    let upos = &ctx.doc.tokens[ctx.start + s].upos;
    let common = upos.is("NOUN") && word.chars().next().is_some_and(char::is_lowercase);
    // "Citibank signed an agreement with the Mexican bank": a name no mention, coded or
    // not, stands for is no one the knowledge base places.
    let unknown_name = upos.is("PROPN") && ctx.uncoded_at[s].is_none();
    ctx.mention_at[s].is_none()
        && (common || unknown_name)
        && !ctx.lex.is_public_body_word(ctx.lower[s].as_ref())
        && !public_person(ctx, s)
}

/// Does local token `k`, or a compound on it, name a public office, a state's force or a
/// political camp (`PUBLIC_PERSON_NOUNS`: "*mayors* criticized the bank", "the Kenyan
/// *spokesman*", "the Kenyan defense *minister*", "a police *inspector*")?
fn public_person(ctx: &Ctx, k: usize) -> bool {
    let public = |j: usize| {
        let lower = ctx.lower[j].as_ref();
        PUBLIC_PERSON_NOUNS.contains(&ctx.lemma(j))
            || PUBLIC_PERSON_NOUNS.contains(&lower)
            // ("Mayors" opening a sentence, tagged as a name with itself as lemma.)
            || lower
                .strip_suffix('s')
                .is_some_and(|w| PUBLIC_PERSON_NOUNS.contains(&w))
    };
    public(k)
        || ctx.parsed
            && ctx.kids(k).any(|c| {
                ctx.deprel(c) == "compound"
                    && (public(c) || ctx.lex.is_public_body_word(ctx.lower[c].as_ref()))
            })
}

/// Nouns of a public office, a state's forces, a state's representatives and political camps:
/// a country word on one names the state's person, and one as a subject is no private party
/// (a review found "the Kenyan spokesman rejected the Ugandan demand", "the Kenyan mayor
/// resigned", "marines criticized the bank" dropped as private acts). Lemmas; attache's own
/// list.
const PUBLIC_PERSON_NOUNS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokesmen",
    "spokeswomen",
    "consul",
    "delegate",
    "delegation",
    "emissary",
    "envoy",
    "representative",
    "attache",
    "ambassador",
    "diplomat",
    "negotiator",
    "mediator",
    "official",
    "minister",
    "premier",
    "president",
    "lawmaker",
    "legislator",
    "senator",
    "congressman",
    "congresswoman",
    "mp",
    "councillor",
    "councilor",
    "mayor",
    "governor",
    "sheriff",
    "prosecutor",
    "judge",
    "magistrate",
    "inspector",
    "investigator",
    "regulator",
    "commissioner",
    "police",
    "policeman",
    "officer",
    "soldier",
    "trooper",
    "marine",
    "commando",
    "paratrooper",
    "sailor",
    "general",
    "colonel",
    "commander",
    "admiral",
    "defense",
    "defence",
    "military",
    "army",
    "navy",
    "militant",
    "insurgent",
    "rebel",
    "guerrilla",
    "separatist",
    "nationalist",
    "loyalist",
    "royalist",
    "monarchist",
    "hardliner",
    "radical",
    "moderate",
    "reformist",
    "conservative",
    "liberal",
    "leftist",
    "rightist",
    "islamist",
    "jihadi",
    "jihadist",
];

/// Is `r` a country named alone, with no role (the place a visit goes to)?
fn bare_country(ctx: &Ctx, r: Option<ActorRef>) -> bool {
    r.and_then(|r| ctx.doc.actors.get(r.actor as usize))
        .is_some_and(|a| a.kind == ActorKind::Country && a.role.is_none())
}

/// Is the noun the demonym `r` describes, one person or a plural no group noun names, the
/// doer of the verb at local token `t`: its subject, the subject of a verb whose infinitive
/// it is ("threatened to leave"), or the noun a participle describes ("a Lebanese man
/// visiting Nice")? Parsed sentences only.
fn demonym_doer(ctx: &Ctx, r: Option<ActorRef>, t: usize) -> bool {
    let Some(m) = r.and_then(|r| r.mention) else {
        return false;
    };
    let tokens = mention_tokens(ctx, m);
    let Some(noun) = tokens.last().and_then(|&k| ctx.head(k)) else {
        return false;
    };
    // "Kenyan teachers postponed their strike": a group of `group_nouns.txt` in the plural
    // is the country's civilians, coded by its country as before; one person ("a Lebanese
    // man", "the Japanese pitcher") or a plural no group noun names is a private party.
    if ctx.doc.tokens[ctx.start + noun].xpos.as_str() == "NNS"
        && ctx.lex.is_group_noun(ctx.lower[noun].as_ref())
    {
        return false;
    }
    if ctx.head(t) == Some(noun) && ctx.deprel(t).starts_with("acl") {
        return true;
    }
    let mut v = t;
    for _ in 0..3 {
        if let Some(s) = ctx.kids(v).find(|&c| ctx.deprel(c) == "nsubj") {
            return s == noun;
        }
        match ctx.head(v) {
            // "threatened to quit, complaining about his contract": a participle's clause
            // shares its verb's subject.
            Some(h)
                if ctx.deprel(v) == "xcomp"
                    || ctx.deprel(v) == "advcl"
                        && ctx.doc.tokens[ctx.start + v].xpos.as_str() == "VBG" =>
            {
                v = h
            }
            _ => return false,
        }
    }
    false
}

/// Is the mention (local `tokens`) the staff of a business named by a noun modifying it, in
/// the mention or outside ("a Japanese *bank* official", "the *company's* spokesman", "an official of the *bank*"), not
/// a state's bank ("a central bank official")? Parsed sentences only (session 25).
fn staff_of_business(ctx: &Ctx, tokens: &[usize]) -> bool {
    ctx.parsed
        && tokens.iter().any(|&k| {
            ctx.kids(k).any(|c| {
                matches!(ctx.deprel(c), "compound" | "amod" | "nmod:poss" | "nmod")
                    && ctx.lex.is_business_noun(ctx.lower[c].as_ref())
                    && !(c > 0
                        && CENTRAL_BANKS.iter().any(|p| {
                            p[0] == ctx.lower[c - 1].as_ref() && p[1] == ctx.lower[c].as_ref()
                        }))
            })
        })
}

/// Is `r` a country with no role whose mention here is only an adjective or compound on a
/// lower-case common noun outside it, no word of a public body ("An *American* writer",
/// "*Canadian* analysts"; not "American troops", which the actors stage names whole, nor
/// "the *American* government")? Parsed sentences only (session 23).
fn demonym_of_private_noun(ctx: &Ctx, r: Option<ActorRef>) -> bool {
    let Some(r) = r else {
        return false;
    };
    let Some(actor) = ctx.doc.actors.get(r.actor as usize) else {
        return false;
    };
    if !ctx.parsed || actor.kind != ActorKind::Country || actor.role.is_some() {
        return false;
    }
    let tokens = r
        .mention
        .map(|m| mention_tokens(ctx, m))
        .unwrap_or_default();
    let Some(&last) = tokens.last() else {
        return false;
    };
    let Some(h) = ctx.head(last).filter(|h| !tokens.contains(h)) else {
        return false;
    };
    let head = ctx.word(h);
    matches!(ctx.deprel(last), "amod" | "compound")
        && ctx.doc.tokens[ctx.start + h].upos.is("NOUN")
        && head.chars().next().is_some_and(char::is_lowercase)
        && !ctx.lex.is_public_body_word(ctx.lower[h].as_ref())
        && !ctx.lex.is_business_noun(ctx.lower[h].as_ref())
        && !public_person(ctx, h)
}
