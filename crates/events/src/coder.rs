//! The `EventCoding` stage: finds triggers, reads their frames, picks the lexicon entry
//! that fits, assigns source and target actors, and writes `doc.events` and
//! `doc.commitments`. An uncodable sentence yields nothing: there is no fallback code.

use attache_core::hash::WordSet;
use attache_core::{
    is_private_role, ActorKind, ActorRef, Commitment, CommitmentKind, Date, DatePrecision,
    Document, Event, Evidence, MentionForm, QuoteKind, Span, Stage, TimeKind, Upos,
};

use crate::anaphora::{Anaphor, Anaphors, Refers};
use crate::error::LoadError;
use crate::frame::{
    self, borrow_verb_actors, case_of, dep_frame, dep_noun_frame, drop_reporting_tag, for_subject,
    governs, hyphen_partners, is_in, is_noun, noun_modality, participle_after_noun, received_from,
    skip_time_after_trigger, subject_of, surface_frame, surface_noun_frame, surface_verb,
    with_partner_doer, Ctx, Frame, MODALS, RELATIVE_WORDS, TIME_PREPS,
};
use crate::lexicon::{Lexicon, Pattern, Slot, Voice};
use crate::ontology::{root, Ontology};
use crate::senses;
use crate::threats::ConditionalThreats;

/// Codes events and commitments from the parse, actors, times, places and quotes.
pub struct EventCoding {
    lexicon: Lexicon,
    ontology: Ontology,
    /// Object phrases that refer back to earlier actors (`data/anaphors.tsv`).
    anaphors: Option<&'static Anaphors>,
    /// Acts stated on a condition that are threats (`data/conditional_threats.tsv`).
    threats: Option<&'static ConditionalThreats>,
}

/// One coded event before it is written, with what its commitment needs.
struct Draft {
    event: Event,
    content: Span,
    due: Option<(Date, Date)>,
    /// First event of its trigger (commitments are written once per trigger).
    first_of_trigger: bool,
    /// The commitment the act makes, if any.
    commitment: Option<CommitmentKind>,
    /// The act is stated as a will or an intention ("would not negotiate", "is not ready to
    /// meet"): negated, a refusal.
    stance: bool,
}

impl EventCoding {
    /// The stage with this lexicon and ontology, and the embedded lists of object phrases
    /// that refer back and of conditional threats (none if a list did not lint: `standard`
    /// reports it).
    pub fn new(lexicon: Lexicon, ontology: Ontology) -> EventCoding {
        EventCoding {
            lexicon,
            ontology,
            anaphors: Anaphors::embedded().ok(),
            threats: ConditionalThreats::embedded().ok(),
        }
    }

    /// The embedded ontology, lexicon and lists of object phrases that refer back and of
    /// conditional threats.
    pub fn standard() -> Result<EventCoding, LoadError> {
        Anaphors::embedded()?;
        ConditionalThreats::embedded()?;
        let ontology = Ontology::load()?;
        let lexicon = Lexicon::load(&ontology)?;
        Ok(EventCoding::new(lexicon, ontology))
    }

    /// The embedded lexicon plus every PETRARCH verb dictionary (`*.verbs`, `*.txt` whose
    /// first verb block parses, e.g. `CAMEO.2.0.txt`) and attache pattern file
    /// (`*.patterns`) found in `dir`. Files that hold no verb patterns are skipped.
    pub fn with_dictionaries(dir: &std::path::Path) -> Result<EventCoding, LoadError> {
        Anaphors::embedded()?;
        ConditionalThreats::embedded()?;
        let ontology = Ontology::load()?;
        let name = dir.display().to_string();
        let entries = std::fs::read_dir(dir).map_err(|e| {
            LoadError::new(
                "EV018",
                &name,
                0,
                format!("cannot read the dictionary folder: {e}"),
            )
        })?;
        let mut paths: Vec<std::path::PathBuf> =
            entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        let mut extra = Vec::new();
        for path in paths {
            let file = path.display().to_string();
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if ext == "patterns" {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| LoadError::new("EV018", &file, 0, format!("cannot read: {e}")))?;
                extra.extend(crate::lexicon::parse_patterns(&text, &file, &ontology)?);
            } else if ext == "verbs" || ext == "txt" {
                let bytes = std::fs::read(&path)
                    .map_err(|e| LoadError::new("EV018", &file, 0, format!("cannot read: {e}")))?;
                let text = String::from_utf8_lossy(&bytes);
                if !text.contains("VERB PATTERNS") && ext == "txt" {
                    continue;
                }
                let pats = crate::petrarch::import_petrarch_verbs(&text).map_err(|mut e| {
                    e.file = file.clone();
                    e
                })?;
                extra.extend(pats.into_iter().filter(|p| ontology.contains(&p.code)));
            }
        }
        let lexicon = Lexicon::with_extra(&ontology, extra)?;
        Ok(EventCoding::new(lexicon, ontology))
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    pub fn ontology(&self) -> &Ontology {
        &self.ontology
    }

    fn trigger_lemma<'c>(&'c self, ctx: &'c Ctx, k: usize) -> Option<&'c str> {
        let l = ctx.doc.lemma(ctx.start + k);
        if !l.is_empty() && !self.lexicon.entries(l).is_empty() {
            return Some(self.lexicon.trigger_lemma(l).unwrap_or(l));
        }
        self.lexicon.trigger_lemma(ctx.word(k))
    }

    fn noun_lemma<'c>(&'c self, ctx: &'c Ctx, k: usize) -> Option<&'c str> {
        let l = ctx.doc.lemma(ctx.start + k);
        if !l.is_empty() && !self.lexicon.noun_entries(l).is_empty() {
            return Some(self.lexicon.noun_lemma(l).unwrap_or(l));
        }
        self.lexicon.noun_lemma(ctx.word(k))
    }

    fn is_verb(&self, ctx: &Ctx, k: usize, lemma: &str) -> bool {
        let tok = &ctx.doc.tokens[ctx.start + k];
        if ctx.mention_at[k].is_some() || frame::word_of_a_name(ctx, k) {
            return false;
        }
        // "its most promising path", "the most pressing challenges": an -ing form after a
        // word of degree is an adjective; "as opposed to" compares.
        let prev = |i: usize| k.checked_sub(i).map_or("", |j| ctx.lower[j].as_ref());
        if ctx.word(k).ends_with("ing")
            && matches!(prev(1), "most" | "more" | "less" | "least" | "very")
            || ctx.lower[k].as_ref() == "opposed"
                && prev(1) == "as"
                && ctx.lower.get(k + 1).is_some_and(|w| w.as_ref() == "to")
        {
            return false;
        }
        // A tagger's VERB is trusted; anything else is checked on the surface too, since a
        // weak tagger calls "shot" or "lifted" a noun or an adjective.
        if tok.upos.is("VERB") {
            return true;
        }
        // "talking points", "a consulting firm", "pension investing": an -ing form the tagger
        // calls a noun that modifies a noun, or that has a noun modifier of its own and no
        // dependent after it ("a campaign railing against X" still acts), is a noun. (After a
        // plural noun it is a reduced relative's verb: "nations lending support".)
        let after_plural = k > 0
            && matches!(
                ctx.doc.tokens[ctx.start + k - 1].xpos.as_str(),
                "NNS" | "NNPS"
            );
        if ctx.parsed
            && tok.upos.is("NOUN")
            && ctx.word(k).ends_with("ing")
            && (ctx.deprel(k) == "compound" && !after_plural
                || ctx.kids(k).any(|c| c < k && ctx.deprel(c) == "compound")
                    && !ctx.kids(k).any(|c| c > k))
        {
            return false;
        }
        if ing_noun_phrase(ctx, k) {
            return false;
        }
        // "US sanctions against Russia": a tagged event noun is read as one.
        let noun = self.lexicon.noun_lemma(ctx.word(k)).is_some();
        if noun && (tok.upos.is("NOUN") || tok.upos == Upos::NONE && is_noun(ctx, k)) {
            return false;
        }
        if !surface_verb(ctx, k) {
            return false;
        }
        // Bare and -s forms are nouns as often as verbs ("the attack", "talks",
        // "sanctions"): accept them only where a verb is expected.
        let form = ctx.word(k);
        let prev = if k > 0 { ctx.word(k - 1) } else { "" };
        let after_subject = k > 0
            && ctx.mention_at[k - 1]
                .and_then(|m| ctx.doc.mentions.get(m as usize))
                .is_some_and(|m| m.form != attache_core::MentionForm::Adjective);
        let adverb = prev.ends_with("ly")
            || matches!(
                prev,
                "also" | "now" | "again" | "still" | "often" | "jointly"
            );
        if form == lemma {
            return after_subject
                || matches!(
                    prev,
                    "to" | "will"
                        | "would"
                        | "may"
                        | "might"
                        | "could"
                        | "can"
                        | "shall"
                        | "should"
                        | "must"
                        | "did"
                        | "do"
                        | "does"
                        | "not"
                        | "n't"
                        | "never"
                        | "also"
                        | "'ll"
                        | "and"
                        | "or"
                        | "cannot"
                );
        }
        if form.ends_with('s') && !form.ends_with("ss") {
            return after_subject || adverb;
        }
        true
    }

    /// Is the sentence sport, market or weather news (`data/discards.txt`)? Capitalised words
    /// inside an actor's name do not count ("Arab League Secretary-General ... urged"); a
    /// lower-case word of a description does ("the Japanese baseball league rejected").
    fn discarded(&self, ctx: &Ctx) -> bool {
        let words: Vec<&str> = ctx
            .lower
            .iter()
            .zip(&ctx.mention_at)
            .enumerate()
            .filter(|(k, (_, m))| {
                m.is_none()
                    || ctx
                        .doc
                        .word(ctx.start + *k)
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase)
            })
            .map(|(_, (w, _))| w.as_ref())
            .collect();
        self.lexicon.is_discarded(&words)
    }

    fn matches(&self, ctx: &Ctx, f: &Frame, p: &Pattern) -> bool {
        // `received`: "won praise from Japan" is an act; "his praise" alone is not read.
        if p.received && !f.received {
            return false;
        }
        // `pluralevent`: "Trump's tough talk on immigration" is speech, no talks.
        if p.plural_event && ctx.word(f.trigger) == p.lemma && act_targets(p, f).is_empty() {
            return false;
        }
        // "insisting that the tally sheets showed he had lost": a verb that demands only
        // with a bare or "must" complement states a fact with a tensed one.
        if p.bare_content && tensed_content(ctx, f) {
            return false;
        }
        // "it's a two-way street, they insist.", "Trump insisted, \"I ...\"": a demand verb
        // with nothing it governs after it tags words said, it demands nothing. ("insisted on
        // lifting the sanctions": a gerund opened by on/upon is parsed `advcl`, and governed.)
        if p.bare_content
            && ctx.parsed
            && !ctx.kids(f.trigger).any(|c| {
                c > f.trigger
                    && (matches!(ctx.deprel(c), "ccomp" | "xcomp" | "obj")
                        // ("insisted to the gathered cameras": an addressee is no content.)
                        || ctx.deprel(c) == "obl"
                            && !matches!(case_of(ctx, c).as_deref(), Some("to" | "in" | "at"))
                        || ctx.deprel(c) == "advcl"
                            && ctx.kids(c).any(|m| {
                                m < c
                                    && matches!(ctx.deprel(m), "mark" | "case")
                                    && matches!(ctx.lower[m].as_ref(), "on" | "upon")
                            }))
            })
        {
            return false;
        }
        if p.needs_clause && !governs_clause(ctx, f.trigger) {
            return false;
        }
        // (A clause opened by "that", not a noun the parse reads as one: "demonstrated
        // against the foreign agents bill".)
        if p.no_clause
            && ctx.parsed
            && ctx.kids(f.trigger).any(|c| {
                ctx.deprel(c) == "ccomp"
                    && (ctx
                        .kids(c)
                        .any(|m| ctx.deprel(m) == "mark" && ctx.lower[m].as_ref() == "that")
                        // (The tagger may read the "that" as the clause's subject: "to
                        // demonstrate to the West that sanctions have failed".)
                        || ctx.lower[ctx.subtree_span(c).0].as_ref() == "that")
            })
        {
            return false;
        }
        if p.needs_thing && ctx.parsed && !takes_thing(ctx, f.trigger) {
            return false;
        }
        if p.no_object && ctx.parsed && has_object_not_against(ctx, f.trigger) {
            return false;
        }
        let compared = |t: usize| {
            ctx.kids(t)
                .any(|c| matches!(ctx.word(c), "more" | "less" | "most" | "least" | "than"))
        };
        if p.adjective && (!copular_adjective(ctx, f.trigger) || compared(f.trigger)) {
            return false;
        }
        // "the probe is free of outside influence", "the talks look promising", "an awkward
        // but promising transition": a verb's form the tagger reads as an adjective, with a
        // copula or without an object or clause of its own, states a quality, not the verb's
        // act; only the `adj` entries read adjectives (`senses`).
        if !p.adjective && senses::adjective_not_act(ctx, f.trigger) {
            return false;
        }
        // "U.S. imports from Japan rose 5 percent", "Japan's exports to China fell": a trade
        // noun the tagger read as a verb is a figure, no trade done (`senses`).
        if senses::trade_figure(ctx, f.trigger) {
            return false;
        }
        // "an issue so politically charged that ...", "a highly charged debate": a participle
        // after an adverb of degree or domain is a quality (`senses`).
        if !p.adjective && senses::qualified_participle(ctx, f.trigger) {
            return false;
        }
        // "the minister's tax plan promises to double farm incomes", "the border rules
        // guaranteed that ...": a thing's
        // commitment is its content or effect, no one's promise (`senses`).
        if p.commitment == Some(CommitmentKind::Promise) && senses::thing_commits(ctx, f.trigger) {
            return false;
        }
        // "is committed to transparency", "remains committed to finishing the campaign": a
        // stance held, no intent to cooperate (`senses`).
        if senses::committed_stance(ctx, f.trigger) {
            return false;
        }
        // "talked about asking for a loan": a topic of talk, no act done; "a reporter asked:
        // Did ...?": a question, no appeal (`senses`).
        if senses::talked_about(ctx, f.trigger) || senses::question_asked(ctx, f.trigger) {
            return false;
        }
        // "vowed not to be distracted by the inquiry": an act promised left undone, no intent
        // to cooperate (`senses`).
        if p.code == "030"
            && p.commitment == Some(CommitmentKind::Promise)
            && senses::negated_vow(ctx, f.trigger)
        {
            return false;
        }
        // "it is widely conceded that ...", "are widely acknowledged to be weak": the
        // writer's assessment, no concession or admission (`senses`).
        if senses::assessed_passive(ctx, f.trigger) {
            return false;
        }
        // "could not justify the spending": no justification given (`senses`).
        if senses::denied_justification(ctx, f.trigger) {
            return false;
        }
        // "said she would appeal": a court's appeal, no one asked for anything (`senses`).
        if p.code.starts_with("02") && senses::appeal_in_court(ctx, f.trigger) {
            return false;
        }
        // "his plan calls for higher rates", "a memorandum that calls for elections": a
        // text's provision, no appeal or demand by anyone (`senses`).
        if (p.code.starts_with("02") || p.code.starts_with("10"))
            && senses::text_provides(ctx, f.trigger)
        {
            return false;
        }
        // "charges nothing for filings", "charged passengers $25 for bags": a price billed, no
        // one accused (`senses`).
        if senses::billed_charge(ctx, f.trigger) {
            return false;
        }
        // "gave the architect credit for the design": praise, no economic aid (`senses`).
        if p.code.starts_with("071") && senses::credit_as_praise(ctx, f.trigger) {
            return false;
        }
        // "a Serb who feels threatened", "the elections were threatened", "threatening the
        // peace": a thing endangered, no threat made (`senses`).
        if p.commitment == Some(CommitmentKind::Threat) && senses::endangered_thing(ctx, f.trigger)
        {
            return false;
        }
        // "ringing bells attacked the peace of the street", "the storm threatened Cuba",
        // "high prices attacked the incomes of families": a thing that attacks or threatens
        // does no one's act (`senses`).
        if senses::thing_assails(ctx, f.trigger) {
            return false;
        }
        // "her voters are hopeful", "found few grounds to stay hopeful": the stance
        // is its own subject's, an actor or a personal pronoun as the copula's subject (or
        // the subject of the verb it is joined to); none is read from a possessor or a
        // clause above.
        if p.adjective
            && ctx.parsed
            && ctx.deprel(f.trigger) != "conj"
            && !ctx.kids(f.trigger).any(|c| {
                ctx.deprel(c) == "nsubj"
                    && (ctx.mention_at[c].is_some()
                        || ctx.doc.tokens[ctx.start + c].xpos.as_str() == "PRP")
            })
        {
            return false;
        }
        if p.needs_condition && (f.condition.is_none() || f.in_condition) {
            return false;
        }
        if p.needs_must && demanded_act(ctx, f).is_none() {
            return false;
        }
        if p.needs_infinitive && !governs_infinitive(ctx, f) {
            return false;
        }
        // `weighed`: "is considering sending troops", not "is considering its options".
        if p.weighs_act && self.weighed_act(ctx, f).is_none() {
            return false;
        }
        // `needinf`: "refused to say whether", not "refused to meet him, saying ...".
        if p.need_in_infinitive
            && !infinitive_verb(ctx, f).is_some_and(|v| {
                p.need
                    .iter()
                    .all(|group| group.iter().any(|w| word_matches(ctx, v, w)))
            })
        {
            return false;
        }
        // "called for him to resign", "should resign", "demands Ginsburg resign": a bare verb
        // or an act stated as wanted, possible or not done is no act done.
        if !p.adverb.is_empty() && !has_adverb(ctx, f.trigger, &p.adverb) {
            return false;
        }
        if p.factual && (f.negated || f.hypothetical() || bare_verb(ctx, f.trigger, &p.lemma)) {
            return false;
        }
        if p.place_after
            .as_deref()
            .is_some_and(|prep| !place_after(ctx, f, prep))
        {
            return false;
        }
        // "spoke of his friendship with Merkel", "talked about training troops with Iraqi
        // units": a partner named inside what was spoken of is no partner of the talk.
        if p.own_prep
            .as_deref()
            .is_some_and(|w| ctx.parsed && !governs_prep(ctx, f.trigger, w))
        {
            return false;
        }
        match p.voice {
            Voice::Passive if !f.passive => return false,
            Voice::Active if f.passive => return false,
            _ => {}
        }
        if let Some(prt) = &p.particle {
            if !f.particles.iter().any(|x| x == prt) {
                return false;
            }
        }
        if !p.subj_need.is_empty() && !doer_has(ctx, f, &p.subj_need) {
            return false;
        }
        if !p.subj_not.is_empty() && doer_has(ctx, f, &p.subj_not) {
            return false;
        }
        if p.prefix
            .as_deref()
            .is_some_and(|w| hyphen_prefix(ctx, f.trigger) != Some(w))
        {
            return false;
        }
        // "hard-pressed to make up the difference", "the establishment-endorsed candidate",
        // "Iranian-backed militias": an inflected verb form after a word and a hyphen is
        // half of a compound adjective or noun, no act (a verb with a prefix of its own,
        // "re-imposed", "carpet-bomb", or an entry with `pre`, still acts; so does one whose
        // object follows, which no compound adjective has: "police tear-gassed the
        // protesters", "jets carpet-bombed the suburb").
        if p.prefix.is_none()
            && hyphen_prefix(ctx, f.trigger).is_some_and(|w| !is_in(w, VERB_PREFIXES))
            && ctx.word(f.trigger) != ctx.lemma(f.trigger)
            && !object_follows(ctx, f.trigger)
        {
            return false;
        }
        if !p.pass_subj.is_empty() && (!f.passive || !passive_subject_has(ctx, f, &p.pass_subj)) {
            return false;
        }
        if !p.condition_need.is_empty() && !hostile_condition(ctx, f, &p.condition_need) {
            return false;
        }
        if let Some(states) = &p.own_act {
            if !own_act(ctx, f, states) {
                return false;
            }
        }
        // "demanded free speech": a trigger read as an adjective names no act, unless the noun
        // it describes is a need word too ("carried out mass killings") (`senses`).
        let adjective_only = |k: usize| {
            senses::adjective_need_word(ctx, k)
                && !ctx
                    .head(k)
                    .is_some_and(|h| p.need.iter().flatten().any(|w| word_matches(ctx, h, w)))
        };
        // The words of an if-clause name the condition, not the act ("offered to delay the
        // sanctions if Iran resumed talks" is no offer of talks).
        let hit = |w: &str| {
            f.right.iter().any(|&k| {
                !in_condition_of_other(ctx, f, k) && word_matches(ctx, k, w) && !adjective_only(k)
            })
        };
        if !p.need.iter().all(|group| group.iter().any(|w| hit(w))) {
            return false;
        }
        if p.need_in_object && ctx.parsed && !need_in_object(ctx, f, &p.need) {
            return false;
        }
        if p.need_in_complement && !need_in_complement(ctx, f, &p.need) {
            return false;
        }
        if p.need_arg
            .as_ref()
            .is_some_and(|nouns| !need_has_arg(ctx, f, &p.need, nouns))
        {
            return false;
        }
        // The phrase of an `objprep` preposition after the object names what the act is
        // about: "charged the mayor with laundering money" (a fee's "money" of `not` counts
        // only before "with"), "charged the inspectors with verifying" (a `notnext` phrase
        // opened by the preposition is read there too).
        let about = f
            .right
            .iter()
            .copied()
            .filter(|&k| k > f.trigger && p.object_prep.iter().any(|w| ctx.word(k) == w))
            .min()
            .unwrap_or(usize::MAX);
        // `notnext`: "backing down", "Meet the Press": the words right after the trigger.
        let phrase_at = |start: usize, phrase: &[String]| {
            phrase.iter().enumerate().all(|(i, w)| {
                let k = start + i;
                k < ctx.len() && word_matches(ctx, k, w)
            })
        };
        if p.not_next.iter().any(|phrase| {
            phrase_at(f.trigger + 1, phrase)
                || (about < ctx.len()
                    && phrase
                        .first()
                        .is_some_and(|w| w.as_str() == ctx.word(about))
                    && phrase_at(about, phrase))
        }) {
            return false;
        }
        // `objnot`: "are killing animals", "killed thousands of chickens": the object's own
        // noun, not a word elsewhere in the clause ("killed three cattle herders").
        if !p.not_object.is_empty() && object_is(ctx, f, &p.not_object) {
            return false;
        }
        if p.not.is_empty() {
            return true;
        }
        // `notphrase`: "met Xi to discuss the terms of a deal": a purpose clause is not
        // what was met.
        let mut clauses = Vec::new();
        if p.not_in_phrase && ctx.parsed {
            for c in ctx.children[f.trigger].iter().map(|&c| c as usize) {
                if matches!(ctx.deprel(c), "advcl" | "xcomp")
                    && ctx.children[c]
                        .iter()
                        .any(|&g| ctx.deprel(g as usize) == "mark" && ctx.word(g as usize) == "to")
                {
                    ctx.subtree(c, &mut clauses);
                }
            }
        }
        // "the agreement that Uganda struck with Rwanda", "the visa that Kenya denied him": a
        // relative clause or participle with no object of its own but its relative word
        // acts on the noun it describes, whose word counts as the object's (session 24).
        let described = (ctx.parsed
            && matches!(ctx.deprel(f.trigger), "acl:relcl" | "acl")
            && !ctx.kids(f.trigger).any(|c| {
                ctx.deprel(c) == "obj"
                    && !matches!(ctx.doc.tokens[ctx.start + c].xpos.as_str(), "WDT" | "WP")
            }))
        .then(|| ctx.head(f.trigger))
        .flatten()
        .filter(|&h| h < f.trigger);
        !p.not.iter().any(|w| {
            described.is_some_and(|h| word_matches(ctx, h, w))
                || f.right
                    .iter()
                    .any(|&k| k < about && !clauses.contains(&k) && word_matches(ctx, k, w))
        })
    }

    fn code_sentence(&self, doc: &Document, s: usize, mentions: &[u32], out: &mut Vec<Draft>) {
        let ctx = Ctx::new(doc, &self.lexicon, s, mentions);
        let mut embedded: Vec<(usize, usize)> = Vec::new();
        // The subject of a trigger whose complement a participle of words ends ("demanded
        // that Manila leave, accusing ..."), at the participle.
        let mut said_by: Vec<Option<Vec<u32>>> = vec![None; ctx.len()];
        let mut covered = vec![false; ctx.len()];
        // Tokens in the phrase of a coded veto (129: vetoed, blocked): what they name never
        // came into being.
        let mut rejected = vec![false; ctx.len()];
        // Triggers coded as a force posture or force (15, 18-20).
        let mut force_at = vec![false; ctx.len()];
        let first_out = out.len();
        let mut discarded = None;
        // Reporting verbs are triggers only of "said that X must ..." (`must` entries).
        let has_must = ctx.lower.iter().any(|w| w == "must");
        // The sentence's words for the `need` test below, gathered once (on first use).
        let words = std::cell::OnceCell::new();
        for t in 0..ctx.len() {
            let Some(lemma) = self.trigger_lemma(&ctx, t) else {
                continue;
            };
            if !has_must && self.lexicon.only_must(lemma) {
                continue;
            }
            // "helped shape the Fair Sentencing Act", "groups such as Demand Progress": a word
            // of a name is no act.
            if frame::word_of_a_name(&ctx, t) {
                continue;
            }
            // "the occupied West Bank", "the Israeli-occupied territories": a participle after
            // an article or a hyphen, describing the noun after it, is a state, not an act, as
            // is a past participle after a number, an adjective or another verb ("release four
            // detained farmers"). The parse also calls some verbs amod: one right after a
            // noun or pronoun, its likely subject ("India supplied vaccines"), or an auxiliary
            // ("is investigating alleged crimes") stays a verb.
            if ctx.parsed && ctx.deprel(t) == "amod" && ctx.head(t).is_some_and(|h| h > t) && {
                let prev = t.checked_sub(1);
                let article = prev.is_some_and(|p| matches!(ctx.word(p), "the" | "a" | "an" | "-"));
                let verb_place = prev.is_some_and(|p| {
                    let upos = doc.tokens[ctx.start + p].upos;
                    upos.is("NOUN") || upos.is("PROPN") || upos.is("PRON") || upos.is("AUX")
                });
                let past = doc.tokens[ctx.start + t].xpos.as_str() == "VBN";
                article || past && !verb_place
            } {
                continue;
            }
            // "set the senator back", "put the refugees back in the camps": an adverb the
            // parse hangs on a verb before it is no verb of its own. (The tagger also calls
            // the verb of "will not back Trump" an adverb: one that modifies what follows.)
            if ctx.parsed
                && doc.tokens[ctx.start + t].upos.is("ADV")
                && ctx.deprel(t) == "advmod"
                && ctx.head(t).is_some_and(|h| h < t)
            {
                continue;
            }
            // "won't allow the army to take control", "were denied visas to travel": what a
            // permission names is no act done (`senses`).
            if senses::permitted_act(&ctx, t) {
                continue;
            }
            // "spoke on condition of anonymity to discuss the talks": the source's terms;
            // "did not know whether Pence would endorse him": what a question asks about.
            // No act (`senses`), nor is an act in its phrase (the talks; "whether they
            // decide to launch attacks").
            if senses::anonymous_terms(&ctx, t) || senses::asked_act(&ctx, t) {
                embedded.push((t + 1, ctx.subtree_span(t).1));
                continue;
            }
            // "the stark choice of backing down or launching new attacks": an act one may
            // choose, or that is feared, is none done (`senses`).
            if senses::possible_act(&ctx, t) {
                continue;
            }
            // "considers the sanctions essential": an opinion, no option weighed (`senses`).
            if senses::judged_opinion(&ctx, t) {
                continue;
            }
            // "voted against the bill to protest the cuts": the vote's purpose, no protest
            // held (`senses`).
            if senses::protest_as_purpose(&ctx, t) {
                continue;
            }
            // "agrees Trump is an opportunist", "assured the crowd that Trump is no racist": a
            // view or a fact, no agreement or promise (`senses`). (An act it states is
            // reported, as one a speaker states: "assured him the talks had resumed".)
            if senses::agreed_view(&ctx, t) || senses::assured_fact(&ctx, t) {
                continue;
            }
            // No entry's `need` words anywhere in the sentence: no frame to read ("the end of
            // the year", "remained calm").
            let possible = |i: &u32| {
                self.lexicon.pattern(*i).need.iter().all(|group| {
                    group.iter().any(|w| {
                        matches_anywhere(&ctx, words.get_or_init(|| sentence_words(&ctx)), w)
                    })
                })
            };
            let entries = self.lexicon.entries(lemma);
            let free = |i: &u32| self.lexicon.pattern(*i).need.is_empty();
            if !entries.iter().any(free) && !entries.iter().any(possible) {
                continue;
            }
            // A participle with its own agent inside the content is another actor's act ("agreed
            // to a ceasefire brokered by the United States").
            // So is a relative clause with an actor of its own ("demanded that Quito free
            // the fishermen who were seized by its coast guard": the seizure is stated as done),
            // and a gerund of an act done before ("vowed to retaliate after accusing Israel").
            if embedded.iter().any(|&(a, b)| a <= t && t < b)
                && !agent_participle(&ctx, t)
                && !(ctx.parsed
                    && (ctx.deprel(t) == "acl:relcl" && relative_with_own_actor(&ctx, t)
                        || frame::done_before(&ctx, t)))
                || !(self.is_verb(&ctx, t, lemma) || copular_adjective(&ctx, t))
                || prenominal_participle(&ctx, t)
                || named_act(&ctx, t)
            {
                continue;
            }
            let frame = if ctx.parsed {
                let mut dep = dep_frame(&ctx, t);
                // "for Washington to oppose Erdogan's policy": the actor before the
                // infinitive, only for an act on an actor named as its object ("the need for
                // Americans to recognize the contributions of Muslims", "illegal for the bank
                // to grant loans" name a possibility, not an act between parties).
                if dep.subj.is_empty() && !dep.passive && !dep.obj.is_empty() {
                    dep.subj.extend(for_subject(&ctx, t));
                }
                let parsed_condition = dep.condition.is_some();
                let mut frame = merge(&ctx, dep, surface_frame(&ctx, t, lemma));
                // An if-clause the parse hangs elsewhere is another verb's ("was willing to
                // negotiate if Canberra suspended the probe, and demanded an apology").
                if !parsed_condition && frame.condition.is_some() && !condition_below(&ctx, t) {
                    frame.condition = None;
                    frame.cond_subj.clear();
                }
                if frame.condition.is_some() {
                    frame.inner_condition = !parsed_condition
                        && condition_of_inner_clause(&ctx, t, false)
                        || condition_before_aside(&ctx, t);
                    frame.inner_xcomp_condition = !frame.inner_condition
                        && !parsed_condition
                        && condition_of_inner_clause(&ctx, t, true);
                }
                drop_reporting_tag(&ctx, &mut frame);
                frame::inverted_speaker(&ctx, &mut frame);
                frame::speaker_of_cue(&ctx, &mut frame);
                frame::main_verb_after_relative(&ctx, &mut frame);
                frame
            } else {
                surface_frame(&ctx, t, lemma)
            };
            let mut frame = frame;
            // The speaker's own act, stated as done: no modality of the complement it ends
            // ("demanded that Russia release the journalist, accusing Moscow ...": the
            // accusation was made); an empty subject when the speaker is no actor.
            if let Some(subj) = said_by[t].take() {
                frame.subj = subj;
                frame.passive = false;
                frame.modal = false;
                frame.intent = false;
            }
            // "would like to apologize to Riyadh", "we wish to thank Norway": an act done by
            // saying it, wished for in its own words, is done (`senses`).
            if senses::performed_wish(&ctx, t) {
                frame.modal = false;
                frame.intent = false;
            }
            // "backed proposals for ... and stripping citizenship from ...", "would not support
            // driving thousands out": a gerund that names what is proposed or supported is no
            // act done, and only a subject of its own does it.
            // ("did not recommend indicting the mayor": a recommendation keeps the
            // recommending side as the source of what it recommends.)
            if proposed_gerund(&ctx, t) {
                frame.modal = true;
                let recommended = ctx.parsed
                    && ctx.deprel(t) != "conj"
                    && ctx.head(t).is_some_and(|h| ctx.lemma(h) == "recommend");
                if !recommended {
                    frame.subj.clear();
                    frame.shared_subject = true;
                }
            }
            // "refrained from endorsing Clinton", "the law bars banks from extending credit":
            // the act was not done (`senses`).
            if senses::refrained_from(&ctx, t) || senses::prevented_from(&ctx, t) {
                frame.negated = true;
            }
            // "signed the decree without consulting parliament", "instead of meeting the
            // envoy": the act was left undone (`senses`).
            if let Some(undone) = senses::left_undone(&ctx, t) {
                frame.negated = undone;
            }
            // "stopped short of calling the vote a sham", "steered clear of blaming Iran": the
            // act was not done (`senses`).
            if senses::kept_away_from(&ctx, t) {
                frame.negated = true;
            }
            // "has yet to apologize to the Khans": not done so far (`senses`).
            if senses::yet_to_do(&ctx, t) {
                frame.negated = true;
            }
            // "was to arrive on Monday", "are to meet next week": arranged, not done (`senses`).
            if senses::arranged_act(&ctx, t) {
                frame.modal = true;
            }
            // "could not resist taking swipes at ...": the act is done; "resisted taking" it is
            // not.
            if ctx.parsed && ctx.deprel(t) == "xcomp" {
                if let Some(g) = ctx
                    .head(t)
                    .filter(|&g| matches!(ctx.lemma(g), "resist" | "avoid"))
                {
                    frame.negated = !ctx.kids(g).any(|c| {
                        matches!(ctx.deprel(c), "advmod" | "neg" | "aux")
                            && matches!(ctx.word(c), "not" | "n't" | "never")
                    });
                }
            }
            // "would withdraw only if the government guaranteed their safety": the condition's
            // own verb states what must happen first, no act and no commitment of anyone's.
            // Only a verb inside the if-clause's words: one the parse joins to it after a
            // comma ("if Athens withdrew the claim, and demanded an apology") is an act.
            if frame.in_condition && ctx.conditions.iter().any(|&(c0, c1)| c0 < t && t < c1) {
                continue;
            }
            // "summoned China's ambassador to protest the ramming", "blocked a highway to
            // demand a deal": the purpose of a coded act is why it was done, not a second act
            // (CAMEO codes demands made by protest under 14). Force sent to use force ("sent
            // troops to attack") is checked below, once the purpose's own code is known.
            let purpose_of_coded = frame
                .purpose_of
                .filter(|&v| covered.get(v).copied().unwrap_or(false));
            let purpose_root_force = purpose_of_coded
                .and_then(|v| force_at.get(v).copied())
                .unwrap_or(false);
            if purpose_of_coded.is_some() && !purpose_root_force {
                continue;
            }
            // "vetoed a resolution that would have extended sanctions": a relative clause on
            // a thing in a coded act's phrase describes what the act was about; it is not an
            // act. On an actor ("protesters who had blocked the road") it is that actor's act.
            // Nor does a participle on a thing vetoed ("vetoed a resolution demanding a
            // ceasefire": no demand was made; "adopted a resolution demanding" one was, and
            // "rejected a statement criticizing" it was made).
            // A clause the parse hung on a time noun ("criticized Germany, but this time he
            // praised France") is no description of a thing: it keeps its own act.
            // One with an actor of its own, its subject or its `by` agent ("lifted the
            // curfew, which was imposed by the president last week"), is that actor's act.
            if ctx.parsed
                && (ctx.deprel(t) == "acl:relcl"
                    && covered.get(t).copied() == Some(true)
                    && !relative_with_own_actor(&ctx, t)
                    && !ctx
                        .head(t)
                        .is_some_and(|h| self.lexicon.is_occasion_noun(ctx.lemma(h)))
                    || rejected.get(t).copied() == Some(true) && on_thing_before(&ctx, t))
                && ctx.head(t).is_some_and(|h| ctx.mention_at[h].is_none())
            {
                continue;
            }
            skip_time_after_trigger(&ctx, &mut frame);
            // "even after she retires, she will keep writing": a present tense in a time
            // clause under a future is itself to come.
            if future_time_clause(&ctx, t) {
                frame.modal = true;
            }
            // "the talks between Israel and Syria were held in Washington": a passive "hold"
            // with no agent is the occasion of its subject event noun, which is coded with its
            // own sides (and the verb's negation and modality, `noun_modality`).
            if ctx.parsed
                && ctx.lemma(t) == "hold"
                && ctx.kids(t).any(|c| ctx.deprel(c) == "aux:pass")
                // (Any "by" after the verb, wherever the parse hangs it: "were held in
                // Washington by Israel and Syria".)
                && !(t + 1..ctx.len()).any(|k| ctx.lower[k] == "by")
                && ctx.kids(t).any(|c| {
                    ctx.deprel(c) == "nsubj:pass"
                        && ctx.mention_at[c].is_none()
                        && self.noun_lemma(&ctx, c).is_some()
                })
            {
                continue;
            }
            // "the ministers meet in Oslo next month": a present tense with a time of its own
            // after the publication is scheduled, not done; so is one in a relative clause on
            // an occasion a future verb names ("will attend the summit at which they meet").
            if senses::scheduled_ahead(&ctx, t) || senses::future_occasion(&ctx, t) {
                frame.modal = true;
            }
            let Some(&pid) = self
                .lexicon
                .entries(lemma)
                .iter()
                .find(|&&i| self.matches(&ctx, &frame, self.lexicon.pattern(i)))
            else {
                // "asked Sanders why he had criticized Clinton": what a question asks about is
                // not stated as done; no act inside it is coded.
                // A verb that asks is listed in `data/question_verbs.txt` (`ask`).
                if self.lexicon.asks_questions(lemma) && asks_question(&ctx, &frame) {
                    if let Some(c) = frame.content {
                        embedded.push(c);
                    }
                }
                continue;
            };
            // Sport, markets, weather: checked once, only for sentences with a match.
            if *discarded.get_or_insert_with(|| self.discarded(&ctx)) {
                return;
            }
            // A yes/no question states no act; a poll's share is no doer (`senses`).
            if senses::yes_no_question(&ctx)
                || senses::mentions_poll_share(&ctx, t)
                    && (senses::share_before(&ctx, t)
                        || doer_has(&ctx, &frame, senses::poll_shares()))
            {
                continue;
            }
            let p = self.lexicon.pattern(pid);
            if purpose_of_coded.is_some() && !FORCE_ROOTS.contains(&root(&p.code)) {
                continue;
            }
            // "shelled the city, killing two civilians", "a train derailed, killing 12": a
            // participle clause of harm states the outcome of the main clause's event (coded
            // there, or no act at all), not a second act with a source of its own.
            if outcome_participle(&ctx, t)
                && is_in(lemma, HARM_VERBS)
                && self
                    .ontology
                    .get(&p.code)
                    .is_some_and(|i| i.quad_class == 4)
            {
                continue;
            }
            if p.embeds {
                if let Some((a, b)) = frame.content {
                    // A coordinated predicate ("... and is not planning to invade") is not
                    // part of the content, whatever the parse attached it to.
                    // One the parse joins to a verb of the content and shares its subject
                    // is ("denied that its police had beaten and detained protesters").
                    // So is a participle clause after a comma when the trigger hands an act to
                    // its object ("ordered French troops to leave the country, accusing
                    // Paris ...": the ordering side accuses).
                    let control = frame::is_in(ctx.lemma(t), frame::OBJECT_CONTROL);
                    // "demanded that Tokyo withdraw the boat, accusing Japan of ...": a
                    // participle of words (an accusation, an appeal, a criticism) after a
                    // comma ends a complement clause too; the speaker says it, not the
                    // complement's subject.
                    let verbal = |k: usize| {
                        comma_participle(&ctx, k) && frame::words_participle(&ctx, k + 1)
                    };
                    // Nor is the means of the act asked for ("pressured them to stop by
                    // threatening their funds") or what it is set against ("rather than
                    // continuing to attack").
                    let b = (a..b)
                        .find(|&k| {
                            starts_predicate(&ctx, k) && !inner_conjunct(&ctx, k + 1, (a, b))
                                || (control || verbal(k)) && comma_participle(&ctx, k)
                                || k > a && means_or_contrast(&ctx, k)
                        })
                        .unwrap_or(b);
                    // Whatever the parse hung the participle on, its speaker is the
                    // trigger's subject.
                    // Not a participle that goes on a series of them on a noun ("her appeals
                    // urging crowds to gather ..., urging them to carry candles"): the
                    // noun's, not the speaker's.
                    let on_noun = |k: usize| {
                        ctx.head(k).is_some_and(|h| {
                            ctx.doc.tokens[ctx.start + h]
                                .xpos
                                .as_str()
                                .starts_with("NN")
                                && ctx.kids(h).any(|c| {
                                    c < k
                                        && ctx.deprel(c) == "acl"
                                        && ctx.doc.tokens[ctx.start + c].xpos.as_str() == "VBG"
                                })
                        })
                    };
                    if b + 1 < ctx.len()
                        && !control
                        && verbal(b)
                        && !frame.passive
                        && !(ctx.parsed && on_noun(b + 1))
                    {
                        // ("The minister said Kosovo must disarm, accusing ...": not a
                        // subject of the complement the parse hung on the speaking verb.)
                        let after = if ctx.parsed {
                            frame::subjects_after(&ctx, t)
                        } else {
                            Vec::new()
                        };
                        let subj = frame.subj.iter().filter(|m| !after.contains(m));
                        said_by[b + 1] = Some(subj.copied().collect());
                    }
                    // "exhorted citizens to keep rallying": an act asked to go on is going on;
                    // it is coded on its own.
                    let first = if ctx.word(a) == "to" { a + 1 } else { a };
                    // (Only an appeal or demand to others: a promise "to continue
                    // supporting" is the promise's content.)
                    if !(matches!(root(&p.code), "02" | "10")
                        && matches!(ctx.lemma(first), "keep" | "continue"))
                    {
                        embedded.push((a, b));
                    }
                }
            }
            // The verb's phrases are its own: "imposed sanctions on Iran", "condemned the
            // attack on the embassy" hold no event noun of their own.
            let before = out.len();
            self.emit(&ctx, s, &frame, pid, out);
            if out.len() > before {
                force_at[t] = FORCE_ROOTS.contains(&root(&out[before].event.cameo));
                let rejection = out[before].event.cameo == "129";
                let occasion = time_adjuncts(&ctx, t);
                for &k in frame.right.iter().chain(std::iter::once(&t)) {
                    // "called off the talks after Israeli strikes on its sites": a phrase of
                    // time says when the act was done, not what it was about; an event noun in
                    // it is an act of its own.
                    if occasion.contains(&k) {
                        continue;
                    }
                    if let Some(c) = covered.get_mut(k) {
                        *c = true;
                    }
                    if let Some(r) = rejected.get_mut(k) {
                        *r |= rejection;
                    }
                }
            }
        }
        // Event nouns outside every coded verb's phrases, with an actor near them.
        for (t, &done) in covered.iter().enumerate() {
            if done
                || embedded.iter().any(|&(a, b)| a <= t && t < b)
                || !ctx.mention_at[t.saturating_sub(4)..(t + 15).min(ctx.len())]
                    .iter()
                    .any(Option::is_some)
            {
                continue;
            }
            let upos = doc.tokens[ctx.start + t].upos;
            if upos != Upos::NONE && !upos.is("NOUN") && !upos.is("PROPN") {
                continue;
            }
            // (A noun read only as an act received, "won praise from", has entries apart.)
            let (lemma, received_only) = match self.noun_lemma(&ctx, t) {
                Some(l) => (l, false),
                None => match self
                    .lexicon
                    .received_noun_lemma(ctx.lemma(t))
                    .or_else(|| self.lexicon.received_noun_lemma(ctx.word(t)))
                {
                    Some(l) => (l, true),
                    None => continue,
                },
            };
            // An event noun of an if-clause is part of the condition ("unless the attacks stop").
            let conditional = ctx.conditions.iter().any(|&(c0, c1)| c0 < t && t < c1);
            // "the threat of air strikes", "the risk of a wider war": what may come is no
            // act (`senses`).
            if !is_noun(&ctx, t)
                || ended(&ctx, t)
                || conditional
                || named_act(&ctx, t)
                || names_no_act(&ctx, t)
                || frame::word_of_a_name(&ctx, t)
                || senses::possible_act(&ctx, t)
                // "was reluctant to impose sanctions", "won't allow them to sign an accord":
                // the object of an act not done is none done either (`senses`); what one is
                // allowed to go on with ("allowing the group to continue its attacks") is.
                || ctx.parsed
                    && ctx.deprel(t) == "obj"
                    && ctx.head(t).is_some_and(|h| senses::permitted_object(&ctx, h))
            {
                continue;
            }
            let mut frame = if ctx.parsed {
                merge(&ctx, dep_noun_frame(&ctx, t), surface_noun_frame(&ctx, t))
            } else {
                surface_noun_frame(&ctx, t)
            };
            hyphen_partners(&ctx, &mut frame);
            let accused = frame::person_under_inquiry(&ctx, &mut frame);
            // "drew criticism from the EU": the from-actor's act towards the subject.
            if received_from(&ctx, &mut frame) {
                // (Its doer and target are read: no verb lends it others.)
            } else if ctx.parsed && frame.preps.iter().all(|(_, m)| m.is_empty()) {
                borrow_verb_actors(&ctx, &mut frame);
            } else if ctx.parsed {
                with_partner_doer(&ctx, &mut frame);
            }
            frame::possessive_pronoun_doer(&ctx, &mut frame);
            // "the Clinton accusations dominated the news": a person's name compounded before
            // an accusation, with no accuser and no verb lending one, is a topic; who accused
            // whom is unknown (session 24).
            if accused
                && frame.subj.is_empty()
                && frame.agent.is_empty()
                && matches!(lemma, "accusation" | "allegation" | "charge")
            {
                continue;
            }
            if frame.subj.is_empty() && frame.preps.iter().all(|(_, m)| m.is_empty()) {
                continue;
            }
            // (Parties named by "between" are its doers: "Markets rallied amid talks between
            // Russia and Ukraine" keeps the talks.)
            if frame.subj.is_empty()
                && frame.agent.is_empty()
                && frame.prep("between").len() < 2
                && background_noun(&ctx, t)
            {
                continue;
            }
            if ctx.parsed {
                noun_modality(&ctx, &mut frame);
            }
            // "refrained from criticism of Obama", "steered clear of criticism of Obama": the
            // act was not done (`senses`).
            if senses::refrained_from(&ctx, t)
                || senses::prevented_from(&ctx, t)
                || senses::kept_away_from(&ctx, t)
            {
                frame.negated = true;
            }
            // "acted without consultations with Berlin": not done (`senses`).
            if let Some(undone) = senses::left_undone(&ctx, t) {
                frame.negated = undone;
            }
            let entries = if received_only {
                self.lexicon.received_entries(lemma)
            } else {
                self.lexicon.noun_entries(lemma)
            };
            let Some(&pid) = entries
                .iter()
                .find(|&&i| self.matches(&ctx, &frame, self.lexicon.pattern(i)))
            else {
                continue;
            };
            if *discarded.get_or_insert_with(|| self.discarded(&ctx)) {
                return;
            }
            self.emit(&ctx, s, &frame, pid, out);
        }
        // One event per (root, source actor, target actor) and sentence; but a visit and a
        // meeting ("visited Pyongyang and met Kim Jong Un") are two consultations: two
        // consultations (04) of different codes, read from verbs that a conjunction or a
        // comma separates, are both kept ("held talks" stays one act).
        let at =
            |e: &Event| (0..ctx.len()).find(|&k| ctx.span(k).start == e.evidence.trigger.start);
        let separate = |a: &Event, b: &Event| {
            let verbs =
                !a.evidence.rule.starts_with("noun.") && !b.evidence.rule.starts_with("noun.");
            match (at(a), at(b)) {
                (Some(x), Some(y)) if verbs && x != y => {
                    (x.min(y) + 1..x.max(y)).any(|k| matches!(ctx.word(k), "and" | "," | ";"))
                }
                _ => false,
            }
        };
        // One act read twice through two actors with one code is one event ("Hamas political
        // leader Ismail Haniyeh ..., the group said, blaming Israel": both PSEREBHMS); two
        // people of one code ("Obama and Clinton withdrew ...") or acting on each other stay
        // two.
        let code_of = |r: Option<ActorRef>| {
            r.and_then(|r| doc.actors.get(r.actor as usize))
                .and_then(|a| a.code.as_deref())
        };
        let person = |r: Option<ActorRef>| {
            r.and_then(|r| doc.actors.get(r.actor as usize))
                .is_some_and(|a| a.kind == ActorKind::Person)
        };
        let reread = |a: &Event, b: &Event| {
            a.evidence.trigger == b.evidence.trigger
                && !(person(a.source) && person(b.source))
                && !(person(a.target) && person(b.target))
                && root(&a.cameo) == root(&b.cameo)
                && code_of(a.source).is_some()
                && code_of(a.source) == code_of(b.source)
                && code_of(a.target) == code_of(b.target)
                && code_of(a.source) != code_of(a.target)
        };
        let mut kept: Vec<usize> = Vec::new();
        let mut i = first_out;
        while i < out.len() {
            let e = &out[i].event;
            let key = (
                root(&e.cameo),
                e.source.map(|a| a.actor),
                e.target.map(|a| a.actor),
            );
            let dup = kept.iter().any(|&j| {
                let o = &out[j].event;
                (
                    root(&o.cameo),
                    o.source.map(|a| a.actor),
                    o.target.map(|a| a.actor),
                ) == key
                    && !(key.0 == "04" && o.cameo != e.cameo && separate(o, e))
                    || reread(o, e)
            });
            if dup {
                out.remove(i);
            } else {
                kept.push(i);
                i += 1;
            }
        }
    }

    fn emit(&self, ctx: &Ctx, s: usize, f: &Frame, pid: u32, out: &mut Vec<Draft>) {
        let doc = ctx.doc;
        let p = self.lexicon.pattern(pid);
        let code = if f.passive {
            p.passive_code.as_ref().unwrap_or(&p.code)
        } else {
            &p.code
        };
        // "ready to negotiate", "plans to meet": an intended meeting has not taken place;
        // CAMEO codes the intention (036). A meeting on a condition ("will negotiate if ...")
        // keeps its own code, as the labelled set has it.
        let intended = INTENDED_MEETING.to_string();
        let mut intended_cooperation: Option<String> = None;
        // "agreed to release the prisoners", "pledged to withdraw its troops": a promise,
        // agreement or offer the lexicon codes only as 030 is coded as the intention of the
        // act it is about, when the lexicon codes that act.
        let generic_intent = p.code == "030"
            && p.embeds
            && !p.noun
            && matches!(
                p.commitment,
                Some(CommitmentKind::Promise | CommitmentKind::Agreement | CommitmentKind::Offer)
            );
        let inner = if generic_intent {
            self.intended_act(ctx, f)
        } else {
            None
        };
        // "vowed to kill Americans", "pledged to destroy Israel": a promise of force against
        // a side is a threat to it (13x), not an intent to cooperate; an agreement or offer
        // to use force stays what it was.
        // Only against a side the act names ("vowed to fight on" threatens no one).
        let inner = inner.filter(|(c, t)| {
            root(c) != "13" || p.commitment == Some(CommitmentKind::Promise) && !t.is_empty()
        });
        let vowed_force = inner.as_ref().is_some_and(|(c, _)| root(c) == "13");
        let inner_code = inner.as_ref().map(|(c, _)| c.to_string());
        let code = if let Some(c) = &inner_code {
            c
        } else if root(code) == "04" && !p.noun && !f.negated && f.intent {
            &intended
        } else if let Some(&(_, c)) = INTENDED_COOPERATION
            .iter()
            .find(|(act, _)| code.starts_with(act))
            .filter(|_| !p.noun && !f.negated && (f.intent || voted_for(ctx, f.trigger)))
        {
            // "ready to share evidence", "plans to send aid": the intention (031x, 033x).
            intended_cooperation.get_or_insert_with(|| c.to_string())
        } else {
            code
        };
        let Some(mut info) = self.ontology.get(code) else {
            return;
        };
        let mut code = code.clone();
        let mut commitment = p.commitment;
        if vowed_force {
            commitment = Some(CommitmentKind::Threat);
        }
        let slot = |sl: &Slot| -> Vec<u32> {
            match sl {
                Slot::Subject => f.subj.clone(),
                Slot::Object => f.obj.clone(),
                Slot::Prep(x) if f.prep(x).is_empty() => {
                    let v = clause_subject(ctx, f, x);
                    if v.is_empty() && p.object_prep.iter().any(|w| w == x) {
                        object_prep_phrase(ctx, f, x)
                    } else {
                        v
                    }
                }
                Slot::Prep(x) => f.prep(x).to_vec(),
                Slot::Complement => f.comp_subj.clone(),
                Slot::Condition => f.cond_subj.clone(),
                Slot::Parties => f.parties.clone(),
            }
        };
        let first = |slots: &[Slot]| -> Vec<u32> {
            slots
                .iter()
                .map(slot)
                .find(|v| !v.is_empty())
                .unwrap_or_default()
        };
        let from_subject = p.source.first() == Some(&Slot::Subject);
        // "warned Western governments against interfering in Georgia": the object is the
        // target, though no code names it; not a country further on.
        // A listed phrase ("invited both governments") is resolved below instead.
        let listed = || {
            self.anaphors.is_some_and(|a| {
                let word = |i: usize| ctx.lower.get(i).map(|w| w.as_ref());
                let k = f.trigger + 1;
                let k = if p.particle.as_deref().is_some_and(|prt| ctx.word(k) == prt) {
                    k + 1
                } else {
                    k
                };
                a.at(word, k).is_some()
            })
        };
        // (An `objprep` phrase listed before the object, empty here, leaves the object first:
        // "blamed the media for ...".)
        let object_first = match p.target.as_slice() {
            [Slot::Object, ..] => true,
            [sl @ Slot::Prep(x), Slot::Object, ..] => {
                p.object_prep.iter().any(|w| w == x) && slot(sl).is_empty()
            }
            _ => false,
        };
        let uncoded_target = !f.passive && object_first && uncoded_object(ctx, f) && !listed();
        let (mut sources, mut targets) = if f.passive && !p.pass_subj.is_empty() {
            // "French peacekeepers were deployed to Mali": the subject is the doer.
            (f.subj.clone(), first(&p.target))
        } else if f.passive && p.passive_code.is_some() {
            (f.subj.clone(), f.agent.clone())
        } else if f.passive {
            let src = if from_subject {
                f.agent.clone()
            } else {
                first(&p.source)
            };
            let tgt = if from_subject && (f.reduced_of.is_some() || f.subj.is_empty()) {
                // The described noun is no actor, nor is a passive subject that names the
                // act's thing ("Sanctions were imposed on Iran by the EU"): the entry's own
                // target slots.
                first(&p.target)
            } else if from_subject {
                f.subj.clone()
            } else {
                first(&p.target)
            };
            (src, tgt)
        } else if uncoded_target {
            (first(&p.source), Vec::new())
        } else {
            (first(&p.source), first(&p.target))
        };
        // The intended act's own targets ("agreed to provide aid to Sri Lanka"), when the
        // promise names none; made to them, not with them (no reverse event).
        // Only a `with` phrase names a partner of an agreement to act; any other target is
        // the act's ("agreed to free 50 Palestinian prisoners").
        let mut one_way = inner.is_some() && f.prep("with").is_empty();
        // "agreed to temporarily host 200 people from Honduras": an agreement to act whose
        // other side no with- or between-phrase names is made towards that side, not with
        // it, even when the lexicon codes no act for the infinitive.
        if p.symmetric && p.embeds && f.prep("with").is_empty() && f.prep("between").is_empty() {
            one_way = true;
        }
        if let Some((_, t)) = inner.filter(|(_, t)| targets.is_empty() && !t.is_empty()) {
            targets = t;
            one_way = true;
        }
        // The weighed act's own targets ("is weighing sending troops to Iraq"), when the
        // weighing names none.
        if p.weighs_act && targets.is_empty() {
            if let Some(t) = self.weighed_act(ctx, f) {
                targets = t;
                one_way = true;
            }
        }
        sources.retain(|&m| !place_modifier(ctx, m));
        // "explain how his wife became a citizen": a noun predicated of someone names no one
        // the act is aimed at (session 29); what an accusation says someone is, is the
        // accusation's own ("Iraq alleged the inspector was an American spy").
        let accusation = root(&p.code) == "11";
        targets.retain(|&m| !predicate_mention(ctx, m, accusation.then_some(f.trigger)));
        // "asked for the information in a letter to the Justice Department": an appeal or
        // demand made in writing is made to the letter's addressee (session 29).
        if targets.is_empty() && matches!(root(&p.code), "02" | "10") {
            if let Some(m) = letter_addressee(ctx, f.trigger) {
                if !sources.contains(&m) {
                    targets.push(m);
                }
            }
        }
        // "He promised to explain how the US views ...": when the parse gives the promise no
        // object, the surface object is a word of what was promised; the subject of a clause
        // inside it is no one the promise was made to ("vowed to support Ukraine" keeps
        // Ukraine, the object of the promised act).
        let subject_inside = |m: u32| {
            (0..ctx.len()).any(|k| {
                ctx.mention_at[k] == Some(m)
                    && ctx.deprel(k).starts_with("nsubj")
                    && ctx.head(k) != Some(f.trigger)
            })
        };
        if commitment == Some(CommitmentKind::Promise)
            && ctx.parsed
            && !f.passive
            && p.target.first() == Some(&Slot::Object)
            && !targets.is_empty()
            && targets == f.obj
            && targets.iter().all(|&m| subject_inside(m))
            && !ctx
                .kids(f.trigger)
                .any(|c| matches!(ctx.deprel(c), "obj" | "iobj"))
        {
            let mut content = Vec::new();
            for c in ctx.kids(f.trigger) {
                if matches!(ctx.deprel(c), "xcomp" | "ccomp" | "advcl") {
                    ctx.subtree(c, &mut content);
                }
            }
            let outside = |m: &u32| {
                doc.mentions
                    .get(*m as usize)
                    .is_some_and(|x| !content.iter().any(|&k| x.span.overlaps(ctx.span(k))))
            };
            targets = p.target[1..]
                .iter()
                .map(|sl| {
                    let mut v = slot(sl);
                    v.retain(|&m| outside(&m) && !subject_inside(m));
                    v
                })
                .find(|v| !v.is_empty())
                .unwrap_or_default();
        }
        // Acts of conflict aim at whoever the object phrase names ("investigated war
        // crimes in Ukraine", "rejected the demands of the IAEA").
        // An entry that needs a target names its own slots ("waged war in Syria" aims at no
        // one).
        if targets.is_empty()
            && info.quad_class >= 3
            && !f.passive
            && !uncoded_target
            && !p.needs_target
        {
            targets = ["of", "in", "into", "against", "on", "at"]
                .iter()
                .map(|pr| f.prep(pr))
                .find(|v| !v.is_empty())
                .map(<[u32]>::to_vec)
                .unwrap_or_default();
        }
        // "condemned the bombing of the US embassy", "denounced two attacks in Kenya": a
        // disapproval of an act aims at its doer, never at the one it hit or its place; so
        // does an investigation ("an inquiry into the bombing of the embassy").
        // (A phrase of the verb's own `objprep` preposition the parse hung on that act is the
        // one blamed: "blamed the bombing on Israel".)
        if matches!(root(&code), "11" | "09") && !f.passive {
            let own: Vec<u32> = p
                .target
                .iter()
                .filter_map(|sl| match sl {
                    Slot::Prep(x) if p.object_prep.iter().any(|w| w == x) => Some(x),
                    _ => None,
                })
                .flat_map(|x| object_prep_phrase(ctx, f, x))
                .collect();
            targets.retain(|&m| own.contains(&m) || !patient_of_object_act(ctx, f.trigger, m));
        }
        // "called for the United States to step up its efforts", "calling for Ana Vidal to
        // resign": a call for an act is made on the one asked to do it.
        if targets.is_empty()
            && !f.passive
            && p.particle.as_deref() == Some("for")
            && matches!(root(&code), "02" | "10")
        {
            // ("called for a special prosecutor to investigate": one still to be named.)
            let indefinite = |x: usize| {
                ctx.kids(x)
                    .any(|d| ctx.deprel(d) == "det" && matches!(ctx.lower[d].as_ref(), "a" | "an"))
            };
            if let Some(x) = asked_to_act(ctx, f.trigger).filter(|&x| !indefinite(x)) {
                targets.extend(ctx.mention_at[x].or_else(|| uncoded_head(ctx, x)));
            }
        }
        // "rejected the proposal", "urged both sides": the actors named before.
        if targets.is_empty() && !f.passive && !uncoded_target {
            targets = self.referred_back(ctx, s, f, p, &sources, out);
        }
        let quote = quote_of(doc, ctx.span(f.trigger));
        // "New Delhi would suspend the talks if Pakistan failed to act", reported by its own
        // side: a threat, made when it was reported, aimed at whoever the condition names.
        let threat = self.conditional_threat(ctx, f, &code, &sources, quote);
        if let Some(t) = threat.and_then(|c| self.ontology.get(c)) {
            info = t;
            code = t.code.clone();
            commitment = Some(CommitmentKind::Threat);
            if targets.is_empty() {
                targets = f.cond_subj.clone();
            }
        }
        // "warned that Israel would resume air strikes if the deadline passed": the party the
        // deadline was set for.
        if targets.is_empty() && commitment == Some(CommitmentKind::Threat) && !f.passive {
            targets = self.condition_refers_back(ctx, f, &sources, out);
        }
        // "India struck nine sites in Pakistan. Islamabad vowed to retaliate": a response
        // vowed after an act of force against the source's side is a threat of force (138)
        // against whoever used it.
        if targets.is_empty()
            && commitment == Some(CommitmentKind::Threat)
            && root(&code) == "13"
            && !f.passive
            && f.right
                .iter()
                .any(|&k| RESPONSE_WORDS.iter().any(|w| word_matches(ctx, k, w)))
        {
            if let Some(m) = force_against(ctx, s, f, &sources, out) {
                targets = vec![m];
                if code == "130" {
                    if let Some(t) = self.ontology.get("138") {
                        info = t;
                        code = t.code.clone();
                    }
                }
            }
        }
        // "China warned it would invade Taiwan if ...": a threat of force that names no one it
        // is aimed at (or only its own side: "it") is aimed at the object of the force verb it
        // states, when that is an actor off the source's side.
        if commitment == Some(CommitmentKind::Threat)
            && code.starts_with("138")
            && !f.passive
            && targets.iter().all(|&t| on_side_of(doc, t, &sources))
        {
            if let Some(m) = threatened_object(ctx, f, &sources) {
                targets = vec![m];
            }
        }
        // "'If Russian forces cross the border, it will be met with a severe response,' Rubio
        // told journalists": a passive threat whose agent the text does not name is made by
        // its speaker, unless the speaker is on the side it is aimed at.
        if sources.is_empty() && f.passive && commitment == Some(CommitmentKind::Threat) {
            if let Some(sp) = quote
                .and_then(|q| doc.quotes.get(q as usize))
                .and_then(|q| q.speaker)
            {
                let aimed_at_speaker = targets.iter().any(|&t| {
                    doc.mentions
                        .get(t as usize)
                        .is_some_and(|x| same_side(doc, x.actor, sp.actor))
                });
                if !aimed_at_speaker {
                    sources.push(u32::MAX);
                }
            }
        }
        // "'We offered a quota system,' Marcelo Ebrard said": a first-person subject inside a
        // direct quote that no mention resolved is its speaker's side.
        if sources.is_empty() && !f.passive && from_subject && first_person_subject(ctx, f) {
            let direct = quote
                .and_then(|q| doc.quotes.get(q as usize))
                .filter(|q| q.kind == QuoteKind::Direct && q.speaker.is_some());
            if direct.is_some() {
                sources.push(u32::MAX);
            }
        }
        // "Opposition leader Ana Vidal met President Paul Biya": a named person, group or
        // organisation no code places fills the subject or object slot no coded actor fills,
        // shown by name.
        if !f.passive && from_subject && sources.is_empty() {
            sources.extend(uncoded_arg(ctx, f.trigger, true));
        }
        // "Ambassador Ana Vidal left for consultations with Putin": talks or a journey with
        // no doer of its own are the act of the verb's subject (`frame::with_partner_doer`),
        // named though uncoded.
        if !f.passive && from_subject && sources.is_empty() && ctx.parsed && is_noun(ctx, f.trigger)
        {
            if let Some(frame::PartnerDoer::Uncoded(v)) = frame::partner_doer(ctx, f) {
                sources.extend(uncoded_arg(ctx, v, true));
            }
        }
        // "criticized his former adviser, Ana Vidal": a possessor in the object phrase that is
        // the doer itself names no one else (the act would be left with no target); the
        // name in apposition to the phrase does.
        if !f.passive && !targets.is_empty() && ctx.parsed {
            let actor = |m: u32| doc.mentions.get(m as usize).map(|x| x.actor);
            let own_possessor = |m: u32| {
                ctx.first_token_of(m).is_some_and(|k| {
                    ctx.deprel(k) == "nmod:poss"
                        && ctx.head(k).is_some_and(|h| {
                            ctx.kids(h)
                                .any(|a| ctx.deprel(a) == "appos" && ctx.uncoded_at[a].is_some())
                        })
                }) && sources
                    .iter()
                    .any(|&s| actor(s).is_some() && actor(s) == actor(m))
            };
            if targets.iter().all(|&m| own_possessor(m)) {
                targets.clear();
            }
        }
        // "met with Ana Vidal", "appealed to the rebels", "fatally shot Rui Costa": the
        // entry's target slots in order, first found wins; a visit's "to" names where it
        // went ("her visit to the Harbour Tower"), which the visit rules judge.
        if !f.passive && targets.is_empty() {
            let visit = matches!(code.as_str(), "042" | "043");
            // ("laid a wreath at the Tomb of the Unknown Soldier": only a hostile act is
            // aimed at whom "at" or "into" names.)
            let hostile = info.quad_class >= 3;
            let place_prep = |pr: &str| match pr {
                "to" => visit,
                "at" | "into" => visit || !hostile,
                _ => false,
            };
            targets.extend(p.target.iter().find_map(|sl| {
                match sl {
                    // "demanding \"Freedom for Ana\"": an object the entry needs, after other
                    // slots, is what is acted for, no party ("welcomed world leaders" keeps its
                    // first slot).
                    Slot::Object
                        if p.target.first() == Some(&Slot::Object)
                            || !need_word_object(ctx, f.trigger, &p.need) =>
                    {
                        uncoded_arg(ctx, f.trigger, false)
                            .or_else(|| uncoded_right_after(ctx, f.trigger))
                            .or_else(|| {
                                let o = ctx.kids(f.trigger).find(|&c| ctx.deprel(c) == "obj")?;
                                uncoded_owner(ctx, f.trigger, o, visit)
                            })
                    }
                    // "demanded that the army stop air strikes": the party asked to act.
                    Slot::Complement => ctx
                        .kids(f.trigger)
                        .find(|&c| ctx.deprel(c) == "ccomp")
                        .and_then(|c| uncoded_arg(ctx, c, true)),
                    // "threatened to revoke his parole if his great-uncle, Rui Costa, did not
                    // sign": the party the condition is set for.
                    Slot::Condition => {
                        condition_clause(ctx, f.trigger).and_then(|c| uncoded_arg(ctx, c, true))
                    }
                    Slot::Prep(pr) if PARTY_PREPS.contains(&pr.as_str()) && !place_prep(pr) => {
                        uncoded_prep(ctx, f.trigger, pr)
                            .or_else(|| {
                                uncoded_after_prep(ctx, f.trigger, pr, p.particle.as_deref())
                            })
                            // ("railed against Ana Vidal's plan")
                            .or_else(|| {
                                let c = ctx.kids(f.trigger).find(|&c| {
                                    matches!(ctx.deprel(c), "obl" | "nmod")
                                        && case_of(ctx, c).is_some_and(|w| w == *pr)
                                })?;
                                uncoded_owner(ctx, f.trigger, c, visit)
                            })
                    }
                    _ => None,
                }
            }));
        }
        // "plans to meet with Ana Vidal": an intention to meet (036) whose own slots name no
        // one is aimed at whom the meeting's infinitive names.
        if !f.passive && targets.is_empty() && p.embeds && code.starts_with("036") {
            targets.extend(
                ctx.kids(f.trigger)
                    .find(|&c| ctx.deprel(c) == "xcomp")
                    .and_then(|c| {
                        uncoded_arg(ctx, c, false).or_else(|| uncoded_prep(ctx, c, "with"))
                    }),
            );
        }
        // "Rui Costa, who was shot by police": the passive's subject is the one it hit.
        if f.passive && from_subject && targets.is_empty() && f.reduced_of.is_none() {
            targets.extend(uncoded_passive_subject(ctx, f.trigger));
        }
        // "The envoy was kidnapped by gunmen": the passive's doer, named though uncoded.
        if f.passive && from_subject && sources.is_empty() {
            sources.extend(uncoded_prep(ctx, f.trigger, "by"));
        }
        // "The two presidents will meet again": a phrase for two parties is never one actor,
        // even when the actors stage resolved its noun to one (the latest president's country).
        if p.symmetric && targets.is_empty() && !f.passive {
            let pair = self.subject_referred_back(ctx, s, f, out);
            if !pair.is_empty() {
                sources = pair;
            }
        }
        // "said that Sudan must return the helicopter": a demand on others only.
        if p.needs_must {
            // A demand made by nobody named is no demand ("The minister said ...").
            if sources.is_empty() {
                return;
            }
            let actor = |m: u32| doc.mentions.get(m as usize).map(|x| x.actor);
            // The demand is on the subject of the act, not on another actor in its clause
            // ("said Europe must protect its farmers, not Brazil").
            targets = match demanded_act(ctx, f) {
                Some(v) if ctx.parsed => subject_of(ctx, v),
                _ => f.comp_subj.clone(),
            };
            targets.retain(|&t| {
                !sources.iter().any(|&s| {
                    actor(s)
                        .zip(actor(t))
                        .is_some_and(|(a, b)| same_side(doc, a, b))
                })
            });
        }
        // "France closed its embassy": relations are cut with others, never with one's own
        // side (whose embassy the object may name).
        if root(&code) == "16" {
            let actor = |m: u32| doc.mentions.get(m as usize).map(|x| x.actor);
            targets.retain(|&t| {
                !sources.iter().any(|&s| {
                    actor(s)
                        .zip(actor(t))
                        .is_some_and(|(a, b)| same_side(doc, a, b))
                })
            });
        }
        // "denied any role in the fighting in eastern Congo", "denied sending troops into
        // Lebanon": a statement is about what happened somewhere; the place it names is where,
        // not whom the statement is aimed at.
        // So is the place of a fight ("battling wildfires in Greece", "battling the militants
        // in Iraq and Syria") or of an expulsion ("drove thousands out of their homes in
        // Sudan").
        if root(&code) == "01" || p.mutual || code == "201" {
            targets.retain(|&m| !located_place(ctx, m));
        }
        // "arrested the mayor, a critic of President Ruto,", "detained Ahmed Tantawy,
        // President Sisi's main challenger,", "..., Ethiopia's rights commission said": an
        // actor that only modifies an apposition after a comma, or names who reports the
        // act, is not the one acted on.
        targets.retain(|&m| !aside_actor(ctx, f.trigger, m));
        // "In the United States, both candidates have opposed the deal", "In a White House
        // statement, Obama condemned the test": a scene set before the subject is where or
        // how words were said, not whom they aim at.
        if root(&code) < "14" {
            targets.retain(|&m| !fronted_scene(ctx, f.trigger, m));
        }
        // "Rising prices hammered the exporters", "China's slowdown hit Germany": an entry that
        // needs a source takes no possessor of a thing ("slowdown") for the doer.
        if p.needs_source && ctx.parsed {
            sources.retain(|&m| !possessor_of_thing(ctx, m));
        }
        let mutual = p.mutual && !f.passive && targets.is_empty() && mutual_subject(ctx, &sources);
        if p.needs_target && targets.is_empty() && !mutual || p.needs_source && sources.is_empty() {
            return;
        }
        // "denied Garland a hearing", "to deny Trump the nomination": something kept from
        // someone, no denial of responsibility; "warned Ukraine of an attack", "warned the
        // city that the storm would hit": a danger told, no disapproval of anyone; "was asked
        // about the loan", "was asked to name an achievement": a question, no appeal. No event,
        // and what the trigger embeds is still no act of its own (`senses`).
        if code == "016" && senses::denied_to_someone(ctx, f.trigger)
            || code == "110" && senses::warned_of(ctx, f.trigger)
            || code.starts_with("02") && senses::asked_about(ctx, f.trigger)
        {
            return;
        }
        // "Trump's campaign rallies", "Cruz rallied support to win Iowa", "Clinton marched in
        // the parade": a politician who rallies, marches or demonstrates campaigns, no
        // demonstration (CAMEO 141), unless it is against someone or something. (One who
        // protests or boycotts still does: "Cruz is protesting Obama's executive actions".)
        if code == "141"
            && ctx.lemma(f.trigger) != "protest"
            && campaign_not_protest(ctx, f, &sources)
        {
            return;
        }
        // `partner`: "Cruz discussed his immigration plan" talks about a topic; "the leaders
        // discussed the crisis", "Obama and Xi discussed trade" consult.
        // ("discussed the crisis in a phone call to Biden": the call names the partner.)
        if p.needs_partner && targets.is_empty() {
            targets = call_partner(ctx, f, &sources);
        }
        if p.needs_partner && targets.is_empty() && !several_doers(ctx, f, &sources) {
            return;
        }
        // "Turkey is fighting wildfires in Greece": a fight whose object is a thing, no side
        // (and no war fought), with no sides joined in its subject, is no fighting.
        if p.mutual
            && ctx.parsed
            && targets.is_empty()
            && !mutual
            && ctx.kids(f.trigger).any(|c| {
                ctx.deprel(c) == "obj"
                    && ctx.mention_at[c].is_none()
                    && !is_in(ctx.lemma(c), FOUGHT_THINGS)
            })
        {
            return;
        }
        // "supported Clinton" (not "supported Speaker Ryan's agenda"): the object is the actor;
        // and a participle on a noun that names no actor ("a super PAC supporting Clinton",
        // "delegates now supporting her") is that thing's, not the clause subject's.
        if p.object_actor
            && !(ctx.parsed
                && ctx
                    .kids(f.trigger)
                    .any(|c| ctx.deprel(c) == "obj" && ctx.mention_at[c].is_some())
                && !(ctx.deprel(f.trigger) == "acl"
                    && ctx.doc.tokens[ctx.start + f.trigger].xpos.as_str() == "VBG"
                    && ctx
                        .head(f.trigger)
                        .is_some_and(|h| ctx.mention_at[h].is_none())))
        {
            return;
        }
        // "Israeli air strikes on Lebanon killed 12 people": the killing is the strikes'
        // outcome, coded with the strikes (their noun), not a second act of force.
        if info.quad_class == 4 && !p.noun && from_subject && event_noun_subject(ctx, f.trigger) {
            return;
        }
        // "said it had not been consulted": an act by no one named that did not happen is a
        // complaint, not an event.
        if f.negated && f.passive && sources.is_empty() {
            return;
        }
        // "a deal negotiated by Qatar": a participle on a noun is an act only towards someone
        // its entry names ("a ceasefire brokered by Qatar" between the parties who agreed to
        // it); an agent with nobody is no event.
        if f.reduced_of.is_some() && targets.is_empty() {
            return;
        }
        // A promise reported by someone else was made to them ("According to Lavrov,
        // Blinken promised ..."). An offer or agreement is not made to whoever reports it
        // ("Norway has offered to host the talks, a diplomat said").
        if targets.is_empty() && commitment == Some(CommitmentKind::Promise) {
            if let Some(q) = quote.and_then(|q| doc.quotes.get(q as usize)) {
                if let Some(sp) = q.speaker {
                    // Not the source, nor someone on its side ("Canberra had offered", said
                    // by an Australian spokeswoman).
                    let same = |m: u32| {
                        doc.mentions
                            .get(m as usize)
                            .is_some_and(|x| same_side(doc, x.actor, sp.actor))
                    };
                    if !sources.iter().any(|&m| same(m)) {
                        targets.push(sp.mention.unwrap_or(u32::MAX));
                    }
                }
            }
        }
        let actor_of = |m: u32| -> Option<ActorRef> {
            if m == u32::MAX {
                return quote
                    .and_then(|q| doc.quotes.get(q as usize))
                    .and_then(|q| q.speaker);
            }
            doc.mentions.get(m as usize).map(|x| ActorRef {
                actor: x.actor,
                mention: Some(m),
            })
        };
        // "invited both leaders": the actors stage gives each member of a plural phrase a
        // mention with the phrase's span; the frame read the first of them.
        let mut sources = with_members(doc, sources);
        let mut targets = with_members(doc, targets);
        let mut pairs: Vec<(Option<ActorRef>, Option<ActorRef>)> = Vec::new();
        // "the meeting between X and Y", "mediated between X and Y": both parties.
        if p.symmetric && sources.is_empty() && targets.len() >= 2 && f.prep("between") == targets {
            sources = std::mem::take(&mut targets);
        }
        // "a majority of pledged delegates": a phrase holding the trigger is no party to it.
        let trigger_span = ctx.span(f.trigger);
        targets.retain(|&m| {
            doc.mentions
                .get(m as usize)
                .is_none_or(|x| !x.span.contains(trigger_span))
        });
        // "Israel and Hamas accused each other": each side's act towards the other.
        let reciprocal =
            targets.is_empty() && sources.len() >= 2 && (reciprocal_object(ctx, f) || mutual);
        if (p.symmetric || reciprocal) && targets.is_empty() && sources.len() >= 2 {
            for &a in &sources {
                for &b in &sources {
                    if a != b {
                        pairs.push((actor_of(a), actor_of(b)));
                    }
                }
            }
        } else {
            if sources.is_empty() && targets.is_empty() {
                return;
            }
            let src: Vec<Option<ActorRef>> = if sources.is_empty() {
                vec![None]
            } else {
                sources.drain(..).map(actor_of).collect()
            };
            let tgt: Vec<Option<ActorRef>> = if targets.is_empty() {
                vec![None]
            } else {
                targets.drain(..).map(actor_of).collect()
            };
            for a in &src {
                for b in &tgt {
                    pairs.push((*a, *b));
                    // "Israel would not negotiate with Beirut": the refusal is Israel's alone.
                    let refused = f.negated && (f.modal || f.intent);
                    // "would be ready to hold talks with India": an intention is the
                    // subject's own; the other side has stated none. ("protesters clashed
                    // with supporters", "villagers clashed with troops": a group described by
                    // a common noun and no code takes part in one record only.)
                    if p.symmetric
                        && a.is_some()
                        && b.is_some()
                        && !uncoded_description(doc, *a)
                        && !uncoded_description(doc, *b)
                        && !refused
                        && !f.intent
                        && !one_way
                    {
                        pairs.push((*b, *a));
                    }
                }
            }
        }
        let same = |(a, b): &(Option<ActorRef>, Option<ActorRef>)| {
            a.is_some() && b.is_some() && a.map(|x| x.actor) == b.map(|x| x.actor)
        };
        // "denounced ... the suppression of Albanian unrest" (Albania): a target that is the
        // source itself names no one else; the act stays, with no target, when nothing else
        // is left.
        let source_alone = pairs.iter().all(same) && !p.symmetric;
        let alone: Option<(Option<ActorRef>, Option<ActorRef>)> = pairs
            .first()
            .filter(|_| source_alone)
            .map(|&(a, _)| (a, None));
        pairs.retain(|pair| (pair.0.is_some() || pair.1.is_some()) && !same(pair));
        if let Some(pair) = alone {
            pairs.push(pair);
        }
        // "Killings go on in Darfur as China supports the government": a state never acts on
        // its own government, so a bare "the government" the actors stage gave the acting
        // state (the story's main country) is some other state's, which the clause does not
        // name: that side stays empty (and a mirror record made of it goes).
        // ("as China and Russia support the government": the doers act together, so the
        // description is none of theirs.)
        let doers: Vec<ActorRef> = pairs.iter().filter_map(|p| p.0).collect();
        let others: Vec<ActorRef> = pairs.iter().filter_map(|p| p.1).collect();
        for pair in pairs.iter_mut() {
            if let (Some(a), Some(b)) = *pair {
                if doers.iter().any(|&d| own_government_described(doc, d, b)) {
                    pair.1 = None;
                } else if others.iter().any(|&o| own_government_described(doc, o, a)) {
                    pair.0 = None;
                }
            }
        }
        let emptied: Vec<(Option<ActorRef>, Option<ActorRef>)> = pairs.clone();
        pairs.retain(|&(a, b)| match (a, b) {
            (None, Some(b)) => !emptied.contains(&(Some(b), None)),
            _ => true,
        });
        pairs.dedup();
        // An act between people no code places ("A man attacked a shopkeeper") is no political
        // event, unless a named organisation or a named person with a political role says it
        // ("Opposition leader Ana Vidal rejected ..."); a private person's accusation ("John
        // Smith, a farmer, accused his neighbour") is not, and a material act between named
        // people alone is sport or crime as often ("Rafael Nadal beat Novak Djokovic").
        // A meeting kept one way is kept both ways ("Ana Vidal met with Rui Costa", where only
        // he has a political role).
        let verbal = matches!(info.quad_class, 1 | 3);
        let kept = |a: Option<ActorRef>, b: Option<ActorRef>| {
            coded(doc, a) || coded(doc, b) || verbal && named(doc, a) && political(doc, a)
        };
        pairs.retain(|&(a, b)| {
            kept(a, b) || p.symmetric && a.is_some() && b.is_some() && kept(b, a)
        });
        // "The company agreed to acquire a retailer for $50 a share", "he urged his allies to
        // raise their stakes": a cooperative or verbal act between businesses, or between
        // parties none of which is political in a sentence about commerce, is no political
        // event (`commerce`). An act of force stays whoever its parties are.
        if info.quad_class != 4 {
            pairs.retain(|&(a, b)| !crate::commerce::business_dealing(ctx, a, b, f.trigger, &code));
        }
        // "The company exports to Chile", "Toyota invests in Mexico": trade a company or a
        // private party does is commerce, no economic cooperation between states (CAMEO 061)
        // (session 25).
        if code == "061" {
            pairs.retain(|&(a, b)| !crate::commerce::private_trade(ctx, a, b, f.trigger));
        }
        // "spoke with The Huffington Post", "met a Reuters reporter", "visited NBC's Today":
        // talking to the press is a statement, whose content the quotes stage keeps, not a
        // consultation: no 04 code with a news outlet or journalist (role MED) on either side.
        if code.starts_with("04") {
            let press = |r: Option<ActorRef>| {
                r.and_then(|r| doc.actors.get(r.actor as usize))
                    .is_some_and(|a| a.role.as_deref() == Some("MED"))
            };
            pairs.retain(|&(a, b)| !press(a) && !press(b));
        }
        // "The publisher of Le Monde resigned", "the bank's chairman stepped down": leaving an
        // office in a company, a newspaper, a school or a hospital is no change in a state's
        // leadership (CAMEO 0831) (session 25).
        if code.starts_with("083") {
            pairs.retain(|&(a, _)| !crate::commerce::private_office(ctx, a));
        }
        // "visited a downtown train station", "arrived in Philadelphia", "his trip to Atlantic
        // City": a visit that names no one visited is a trip at home or to a site, no CAMEO
        // visit, unless the sentence names a place in another country than the visitor's
        // ("where she arrived next" after Tanzania and Kenya).
        if matches!(p.code.as_str(), "042" | "043") {
            pairs.retain(|&(a, b)| b.is_some() || abroad(ctx, a));
        }
        // "the party recognizes him as its nominee", "voters recognize the merits of the
        // plan": CAMEO 054 is a state (or an IGO) recognizing another state or its
        // government. A party, a group or an uncoded doer recognizes no person, party or
        // group, and recognition between two actors of one country is a role or a merit
        // acknowledged at home.
        if p.code == "054" {
            let actor = |r: Option<ActorRef>| r.and_then(|r| doc.actors.get(r.actor as usize));
            let state = |r: Option<ActorRef>| {
                actor(r).is_some_and(|x| {
                    let code = x.code.as_deref().unwrap_or("");
                    code.starts_with("IGO")
                        || !code.is_empty() && matches!(x.role.as_deref(), None | Some("GOV"))
                })
            };
            let country = |r: Option<ActorRef>| actor(r).and_then(|x| x.country.as_deref());
            // (An unnamed doer recognizing a state keeps the act: "dozens of countries have
            // recognized the new republic".)
            let uncoded = |r: Option<ActorRef>| actor(r).is_none_or(|x| x.code.is_none());
            pairs.retain(|&(a, b)| {
                state(a) && (country(a).is_none() || country(a) != country(b))
                    || uncoded(a) && state(b)
            });
            // "recognizes the Danish king as its sovereign": someone recognized in a role of
            // the recognizer's own ("as its", "as their") is a constitutional or internal tie,
            // no diplomatic recognition ("as the legitimate government of" is).
            let t = f.trigger;
            let own_role = (t + 1..ctx.len().min(t + 12))
                .take_while(|&k| !matches!(ctx.word(k), "," | ";" | "." | "and" | "but"))
                .any(|k| {
                    ctx.word(k) == "as"
                        && matches!(
                            ctx.lower[k + 1..].first().map(|w| w.as_ref()),
                            Some("its" | "their" | "our" | "his" | "her")
                        )
                });
            if own_role {
                pairs.clear();
            }
        }
        if pairs.is_empty() {
            return;
        }
        // "relentless attacks on Clinton", "attacked Rubio for not answering": an attack with
        // no weapon, casualty, armed actor or place attacked around it is words (`verbal=`),
        // and an attack noun modifying another noun ("attack ads", "attack dog") no act.
        // "fighting for every delegate", "fight Zika": no act at all (`armed`).
        if p.armed
            && !force_context(
                ctx,
                f,
                &pairs,
                self.lexicon.force_context(),
                self.lexicon.force_modifiers(),
                false,
            )
        {
            return;
        }
        if let Some(v) = p.verbal_code.as_deref() {
            if !force_context(
                ctx,
                f,
                &pairs,
                self.lexicon.force_context(),
                self.lexicon.force_modifiers(),
                true,
            ) {
                // Parsed, only the compound relation says so: "Clinton's attack yesterday on
                // Trump" has a noun after the trigger that modifies nothing.
                let modifier = p.noun
                    && if ctx.parsed {
                        ctx.deprel(f.trigger) == "compound"
                    } else {
                        f.trigger + 1 < ctx.len()
                            && ctx.doc.tokens[ctx.start + f.trigger + 1].upos.is("NOUN")
                    };
                match self.ontology.get(v) {
                    Some(i) if !modifier => {
                        info = i;
                        code = i.code.clone();
                        commitment = None;
                    }
                    _ => return,
                }
            }
        }
        // "Former prime minister Shinzo Abe was shot dead": killing a named person whose
        // political position the text reports is an assassination (CAMEO 186's note).
        if let Some(e) = p.elite_code.as_deref().and_then(|c| self.ontology.get(c)) {
            let elite = |r: Option<ActorRef>| {
                named(doc, r)
                    && r.and_then(|r| doc.actors.get(r.actor as usize))
                        .is_some_and(|a| {
                            a.kind == ActorKind::Person
                                && a.role.as_deref().is_some_and(|x| ELITE_ROLES.contains(&x))
                        })
            };
            if pairs.iter().any(|&(_, b)| elite(b)) {
                info = e;
                code = e.code.clone();
            }
        }
        let trigger = {
            let mut sp = ctx.span(f.trigger);
            if let Some(prt) = &p.particle {
                if ctx.word(f.trigger + 1) == prt {
                    sp = sp.cover(ctx.span(f.trigger + 1));
                }
            }
            sp
        };
        let (c0, c1) = f.clause;
        let clause_span = ctx
            .span(c0.min(f.trigger))
            .cover(ctx.span(c1.max(f.trigger + 1).min(ctx.len()) - 1));
        // "Dock workers voted to strike": a protest voted for is still to come.
        // "the settlement he reached with Trump", "Ryan has invited Trump to meet": a finite
        // past verb with no modal of its own is asserted, whatever modal or intention verb
        // the parse hangs it under (`senses::past_act`); "the agreement reached with India in
        // 1946" under "will honour": done as dated. An act on a condition stays conditional,
        // as the contract's `hypothetical` says, even when stated in the past ("reiterated
        // the threats of a severe response if Russia moves its troops").
        let done = !p.noun
            && (senses::past_act(ctx, f.trigger) || senses::dated_participle(ctx, f.trigger));
        let hypothetical = f.in_condition
            || f.condition.is_some()
                && !(f.inner_condition && root(&code) != "13"
                    || f.inner_xcomp_condition && !matches!(root(&code), "03" | "13"))
            || !done && (f.modal || f.intent)
            || root(&code) == "14" && !p.noun && voted_for(ctx, f.trigger);
        let published = doc.published_date();
        // A threat on a condition was made all the same ("warned that it would respond if
        // ..."): dated as an act, unless it is itself only intended or possible.
        let made = root(&code) == "13" && !(f.modal || f.intent || f.in_condition || f.negated);
        let (date, precision, reason) = match (threat.is_some(), published) {
            // The threat was made when it was reported; its condition's times are deadlines.
            (true, Some(p)) => (Some(p.iso()), DatePrecision::Day, Some("publication date")),
            _ => self.event_date(
                ctx,
                f,
                p.noun,
                hypothetical && !made,
                commitment.is_some(),
                reports_another_act(&code),
                published,
            ),
        };
        // A material conflict act aimed at a place ("struck the towns of Kupiansk and
        // Balakliia") took place there; the place's country, when it is an actor of the
        // article, is the target the text leaves unnamed.
        // A visit to a town ("visited Algiers") is a visit to its country: its government,
        // else the country, when the article names either as an actor and it is not the
        // visitor's own.
        let conflict = info.quad_class == 4;
        let visit = code == "042";
        let place = place_of(ctx, f, &pairs, conflict);
        let pairs = match place.and_then(|i| doc.places[i as usize].country.as_deref()) {
            Some(country) if conflict || visit => {
                let coded = |c: &str| doc.actors.iter().position(|a| a.code.as_deref() == Some(c));
                let actor = if visit {
                    coded(&format!("{country}GOV")).or_else(|| coded(country))
                } else {
                    coded(country)
                };
                let own = |a: ActorRef| {
                    visit
                        && doc
                            .actors
                            .get(a.actor as usize)
                            .and_then(|x| x.code.as_deref())
                            .is_some_and(|c| c.starts_with(country))
                };
                pairs
                    .into_iter()
                    .map(|(a, b)| match (b, actor) {
                        (None, Some(x)) if a.is_some_and(|a| a.actor != x as u32 && !own(a)) => (
                            a,
                            Some(ActorRef {
                                actor: x as u32,
                                mention: None,
                            }),
                        ),
                        _ => (a, b),
                    })
                    .collect()
            }
            _ => pairs,
        };
        let content = match f.content {
            Some((a, b)) if a < b && b <= ctx.len() => {
                let b = without_trailing_punct(ctx, a, b);
                ctx.span(a).cover(ctx.span(b - 1))
            }
            _ => {
                let a = (f.trigger + 1).min(ctx.len() - 1);
                let b = without_trailing_punct(ctx, a, c1.max(a + 1).min(ctx.len()));
                ctx.span(a).cover(ctx.span(b - 1))
            }
        };
        // Nothing but punctuation after an intransitive act ("would not disarm."): the act
        // itself.
        let bare = (0..ctx.len())
            .filter(|&k| content.contains(ctx.span(k)))
            .all(|k| doc.tokens[ctx.start + k].upos.is("PUNCT"));
        let content = if bare { trigger } else { content };
        let condition = f.condition.map(|c| condition_without_punct(ctx, c));
        let mut due = due_of(ctx, s, content, ctx.span(f.trigger).end, clause_span.end);
        // A threat falls due when its condition's deadline passes ("if Pakistan failed to act
        // by Sunday").
        if due.is_none() && commitment == Some(CommitmentKind::Threat) {
            if let Some(c) = condition {
                due = deadline_in(ctx, s, c);
            }
        }
        if let (Some(w), Some(day)) = (due, date.as_deref().and_then(iso_day)) {
            if precision == DatePrecision::Day {
                due = Some(reanchored(doc, s, w, day));
            }
        }
        for (n, (a, b)) in pairs.into_iter().enumerate() {
            out.push(Draft {
                event: Event {
                    source: a,
                    target: b,
                    cameo: code.clone(),
                    plover: info.plover.clone(),
                    quad_class: info.quad_class,
                    goldstein: info.goldstein,
                    date: date.clone(),
                    date_precision: precision,
                    date_reason: reason.map(str::to_string),
                    place,
                    negated: f.negated,
                    hypothetical,
                    condition,
                    sentence: s as u32,
                    quote,
                    evidence: Evidence {
                        span: clause_span,
                        trigger,
                        rule: p.id.clone(),
                    },
                    restates: None,
                },
                content,
                due,
                first_of_trigger: n == 0,
                commitment,
                stance: f.modal || f.intent,
            });
        }
    }

    /// The threat code of an act stated on a condition by its own side: not negated, under
    /// a modal ("would suspend"), with an if- or unless-clause of its own, not itself inside a
    /// condition, and reported by a speaker on the source's side (a bare "Iran will attack
    /// Israel if it strikes" stays the attack, hypothetical). `None` otherwise.
    /// The act a promise, agreement or offer at `f` is about ("agreed to *release* the
    /// prisoners": its infinitive complement), when the lexicon codes it: the intention CAMEO
    /// codes for that act ([`intention_of`]) and the act's own targets. Acts with no
    /// intention code under 03 (sanctions, force) give none.
    fn intended_act(&self, ctx: &Ctx, f: &Frame) -> Option<(&'static str, Vec<u32>)> {
        if !ctx.parsed {
            return None;
        }
        let parsed = ctx.kids(f.trigger).find(|&c| {
            ctx.deprel(c) == "xcomp"
                && c > f.trigger
                && ctx
                    .kids(c)
                    .any(|g| ctx.deprel(g) == "mark" && ctx.word(g) == "to")
        });
        // "agreed to exchange prisoners", "to free 50 prisoners" tagged as a preposition and
        // a noun or adjective: a verb of the lexicon in its base form right after "to" is
        // the infinitive all the same, read on the surface.
        let surface = || {
            let v = f.trigger + 1;
            (ctx.word(v) == "to"
                && self
                    .lexicon
                    .trigger_lemma(ctx.word(v + 1))
                    .is_some_and(|l| l == ctx.word(v + 1)))
            .then_some(v + 1)
        };
        let (v, read_parse) = match parsed {
            Some(v) => (v, true),
            None => (surface()?, false),
        };
        let (q, frame) = self.coded_act(ctx, v, read_parse)?;
        if q.embeds || q.noun {
            return None;
        }
        let code = match &q.passive_code {
            Some(c) if frame.passive => c,
            _ => &q.code,
        };
        let intent = intention_of(code).or_else(|| threat_of_force(code))?;
        Some((intent, act_targets(q, &frame)))
    }

    /// The act a weighing verb at `f` takes as its gerund complement ("is considering
    /// *sending* troops to Poland", the complement `senses::permitted_act` reads as no act
    /// done), or as an event noun object ("is considering a *visit* to Bolivia", "is mulling
    /// an *invasion*"), when the lexicon codes it: that act's own targets. Parsed sentences
    /// only.
    fn weighed_act(&self, ctx: &Ctx, f: &Frame) -> Option<Vec<u32>> {
        if !ctx.parsed {
            return None;
        }
        let gerund = ctx.kids(f.trigger).find(|&c| {
            c > f.trigger
                && ctx.doc.tokens[ctx.start + c].xpos.as_str() == "VBG"
                && match ctx.deprel(c) {
                    "xcomp" => true,
                    "advcl" => !ctx
                        .kids(c)
                        .any(|m| matches!(ctx.deprel(m), "mark" | "case")),
                    // "is exploring deporting refugees": the parse may cut the gerund right
                    // after the verb off as a clause of its own.
                    "parataxis" => c == f.trigger + 1,
                    _ => false,
                }
        });
        if let Some(v) = gerund {
            let (q, frame) = self.coded_act(ctx, v, true)?;
            return (!q.noun).then(|| act_targets(q, &frame));
        }
        // (The second of two objects is a small clause's predicate: "consider it a good deal"
        // judges, it weighs nothing.)
        let objects: Vec<usize> = ctx
            .kids(f.trigger)
            .filter(|&c| c > f.trigger && matches!(ctx.deprel(c), "obj" | "iobj"))
            .collect();
        let &[n] = objects.as_slice() else {
            return None;
        };
        if !is_noun(ctx, n) {
            return None;
        }
        let lemma = self.noun_lemma(ctx, n)?;
        let frame = merge(ctx, dep_noun_frame(ctx, n), surface_noun_frame(ctx, n));
        let q = self
            .lexicon
            .noun_entries(lemma)
            .iter()
            .map(|&i| self.lexicon.pattern(i))
            .find(|q| self.matches(ctx, &frame, q))?;
        Some(act_targets(q, &frame))
    }

    /// The entry that codes the verb at local token `v` and its frame (read from the parse
    /// when `read_parse`, else on the surface), if any.
    fn coded_act(&self, ctx: &Ctx, v: usize, read_parse: bool) -> Option<(&Pattern, Frame)> {
        let lemma = self.trigger_lemma(ctx, v)?;
        if read_parse && !self.is_verb(ctx, v, lemma) {
            return None;
        }
        let mut frame = if read_parse {
            merge(ctx, dep_frame(ctx, v), surface_frame(ctx, v, lemma))
        } else {
            surface_frame(ctx, v, lemma)
        };
        skip_time_after_trigger(ctx, &mut frame);
        let q = self
            .lexicon
            .entries(lemma)
            .iter()
            .map(|&i| self.lexicon.pattern(i))
            .find(|q| self.matches(ctx, &frame, q))?;
        Some((q, frame))
    }

    fn conditional_threat(
        &self,
        ctx: &Ctx,
        f: &Frame,
        code: &str,
        sources: &[u32],
        quote: Option<u32>,
    ) -> Option<&'static str> {
        let threats = self.threats?;
        if f.negated || !f.modal || f.in_condition {
            return None;
        }
        // Violence stated by its own side as what it will do is a threat with no condition too
        // ("said it would strike the bases"); a plan ("plans to attack") is not.
        let force = matches!(root(code), "15" | "18" | "19" | "20");
        if force && (f.intent || perfect(ctx, f.trigger)) {
            return None;
        }
        // (A show of force with no condition is a plan: "would send troops to Poland".)
        let violence = matches!(root(code), "18" | "19" | "20");
        if f.condition.is_none() && !(violence && stated_future(ctx, f.trigger)) {
            return None;
        }
        let threat = threats.threat_for(code)?;
        let doc = ctx.doc;
        let quote = quote.and_then(|q| doc.quotes.get(q as usize))?;
        // Force is a threat when the speaker's verb comes first ("Iran said it would strike
        // Israel if ..."); the labelled sets keep a force act reported before its attribution
        // ("If ..., Israel will strike ..., officials said") as the act, hypothetical.
        if force
            && quote
                .cue
                .is_some_and(|c| c.start > ctx.span(f.trigger).start)
        {
            return None;
        }
        let speaker = quote.speaker?;
        let source = sources
            .first()
            .and_then(|&m| doc.mentions.get(m as usize))?;
        same_side(doc, speaker.actor, source.actor).then_some(threat)
    }

    /// The mentions a listed phrase refers back to ("rejected the proposal": the proposer;
    /// "urged both sides", "mediate between the two countries": the two parties). The phrase
    /// is the verb's object or follows one of the entry's target prepositions. Looked for
    /// first in the nearest earlier coded act that fits (its source for `author`, its two
    /// parties, of different sides, for `parties`; an act of the kind the phrase names when
    /// the list gives one: "praised the sanctions" -> who imposed them), else in the nearest
    /// earlier sentence naming such actors (its first one, or its first two). A plain
    /// `author` phrase and the sentences are looked for only in the same and the previous
    /// paragraph. Actors on the source's own side never count.
    fn referred_back(
        &self,
        ctx: &Ctx,
        s: usize,
        f: &Frame,
        p: &Pattern,
        sources: &[u32],
        out: &[Draft],
    ) -> Vec<u32> {
        let doc = ctx.doc;
        let Some(anaphors) = self.anaphors else {
            return Vec::new();
        };
        let word = |i: usize| ctx.lower.get(i).map(|w| w.as_ref());
        // Where the phrase may start: right after the verb (and its particle) for the object,
        // after a target preposition of the verb's phrases.
        let starts = p.target.iter().filter_map(|slot| match slot {
            Slot::Object => {
                let k = f.trigger + 1;
                Some(
                    if p.particle.as_deref().is_some_and(|prt| ctx.word(k) == prt) {
                        k + 1
                    } else {
                        k
                    },
                )
            }
            Slot::Prep(x) => f.right.iter().find(|&&j| ctx.word(j) == x).map(|&j| j + 1),
            _ => None,
        });
        let whole = |k: usize, n: usize| {
            // The phrase must be the whole phrase: "the proposal of the mediators" names them.
            !((k..k + n).any(|i| ctx.mention_at.get(i).copied().flatten().is_some())
                || k + n < ctx.len()
                    && (matches!(ctx.word(k + n), "of" | "'s" | "\u{2019}s")
                        || doc.tokens[ctx.start + k + n].upos.is("NOUN")
                        || doc.tokens[ctx.start + k + n].upos.is("PROPN")))
        };
        let mut found = None;
        for k in starts {
            if let Some(a) = anaphors.at(word, k) {
                if whole(k, a.words) {
                    found = Some(a);
                }
                break;
            }
        }
        let Some(anaphor) = found else {
            return Vec::new();
        };
        self.resolve_back(ctx, s, f, anaphor, sources, out)
    }

    /// The target of a threat whose condition names no actor but a listed phrase for an
    /// earlier act of the source's own side ("if the deadline passed": the demand that set
    /// it, `data/anaphors.tsv`): that act's target ("Israel gave Lebanon until December 15").
    fn condition_refers_back(
        &self,
        ctx: &Ctx,
        f: &Frame,
        sources: &[u32],
        out: &[Draft],
    ) -> Vec<u32> {
        let (Some(anaphors), Some(cond)) = (self.anaphors, f.condition) else {
            return Vec::new();
        };
        let doc = ctx.doc;
        let word = |i: usize| ctx.lower.get(i).map(|w| w.as_ref());
        let own: Vec<u32> = sources
            .iter()
            .filter_map(|&m| doc.mentions.get(m as usize).map(|x| x.actor))
            .collect();
        if own.is_empty() {
            return Vec::new();
        }
        let ours = |a: u32| own.iter().any(|&o| same_side(doc, o, a));
        let at = ctx.span(f.trigger).start;
        for k in (0..ctx.len()).filter(|&k| cond.contains(ctx.span(k))) {
            let Some(phrase) = anaphors
                .at(word, k)
                .filter(|a| a.refers == Refers::Author && !a.acts.is_empty())
            else {
                continue;
            };
            let found = out.iter().rev().find_map(|d| {
                let e = &d.event;
                let (src, tgt) = (e.source?, e.target?);
                let fits = e.evidence.trigger.start < at
                    && phrase.names(&e.cameo)
                    && ours(src.actor)
                    && !ours(tgt.actor);
                fits.then_some(tgt.mention).flatten()
            });
            if let Some(m) = found {
                return vec![m];
            }
        }
        Vec::new()
    }

    /// The subject of a symmetric act when it is a listed phrase for two parties right
    /// before the verb ("The two leaders agreed to double trade"): the two parties named
    /// before, as for an object phrase.
    /// Does sentence `s` hold a phrase of `data/anaphors.tsv`?
    fn refers_back(&self, doc: &Document, s: usize) -> bool {
        let Some(anaphors) = self.anaphors else {
            return false;
        };
        let r = &doc.sentences[s].tokens;
        let (lo, hi) = (r.start as usize, (r.end as usize).min(doc.tokens.len()));
        let lower: Vec<std::borrow::Cow<str>> =
            (lo..hi).map(|i| frame::lower_case(doc.word(i))).collect();
        let word = |i: usize| lower.get(i).map(|w| w.as_ref());
        (0..lower.len()).any(|k| anaphors.at(word, k).is_some())
    }

    fn subject_referred_back(&self, ctx: &Ctx, s: usize, f: &Frame, out: &[Draft]) -> Vec<u32> {
        let Some(anaphors) = self.anaphors else {
            return Vec::new();
        };
        let word = |i: usize| ctx.lower.get(i).map(|w| w.as_ref());
        // The phrase, then only auxiliaries and adverbs up to the verb ("will meet again").
        let Some(anaphor) = (f.trigger.saturating_sub(6)..f.trigger).find_map(|k| {
            anaphors.at(word, k).filter(|a| {
                a.refers == Refers::Parties
                    && k + a.words <= f.trigger
                    && (k + a.words..f.trigger).all(|j| {
                        let w = ctx.word(j);
                        is_in(w, MODALS) || matches!(w, "have" | "has" | "also" | "again")
                    })
            })
        }) else {
            return Vec::new();
        };
        // A subject pair is first two actors who acted together before (an act coded both
        // ways: "Ruto and Erdogan signed ...", not "Somalia invited both leaders").
        let at = ctx.span(f.trigger).start;
        let actor_of = |r: Option<ActorRef>| r.map(|r| r.actor);
        let together = out.iter().rev().find_map(|d| {
            let e = &d.event;
            let (a, b) = (e.source?, e.target?);
            (e.evidence.trigger.start < at
                && a.actor != b.actor
                && can_be_side(ctx.doc, a.actor)
                && can_be_side(ctx.doc, b.actor)
                && out.iter().any(|o| {
                    actor_of(o.event.source) == Some(b.actor)
                        && actor_of(o.event.target) == Some(a.actor)
                }))
            .then_some(vec![a.mention?, b.mention?])
        });
        together.unwrap_or_else(|| self.resolve_back(ctx, s, f, anaphor, &[], out))
    }

    /// The mentions listed phrase `anaphor` (in act `f` of sentence `s`) refers back to.
    fn resolve_back(
        &self,
        ctx: &Ctx,
        s: usize,
        f: &Frame,
        anaphor: &Anaphor,
        sources: &[u32],
        out: &[Draft],
    ) -> Vec<u32> {
        let doc = ctx.doc;
        let refers = anaphor.refers;
        let actor = |m: u32| doc.mentions.get(m as usize).map(|x| x.actor);
        let own: Vec<u32> = sources.iter().filter_map(|&m| actor(m)).collect();
        // Not the source, nor another actor on its side ("Araghchi" and "Tehran").
        let other = |a: Option<u32>| a.is_some_and(|a| !own.iter().any(|&o| same_side(doc, o, a)));
        let apart = |a: u32, b: u32| !same_side(doc, a, b);
        // ("Both sides have agreed" after "the ambassador criticized the media": a group the
        // KB cannot code is no side of talks or a conflict.)
        let side =
            |a: Option<u32>| refers != Refers::Parties || a.is_some_and(|a| can_be_side(doc, a));
        let block = |sent: usize| doc.sentences.get(sent).map_or(0, |x| x.block);
        let here = block(s);
        let near = |sent: usize| block(sent) + 1 >= here && block(sent) <= here;
        let anywhere = refers == Refers::Parties || !anaphor.acts.is_empty();
        let at = ctx.span(f.trigger).start;
        // "both sides" are first the sides of a conflict ("called on both sides to respect
        // the truce" after "Aoun rejected the ultimatum" and "appealed to the United States").
        let conflict_first = refers == Refers::Parties && anaphor.acts.is_empty();
        let earlier = out.iter().rev().filter(|d| {
            let e = &d.event;
            (anywhere || near(e.sentence as usize))
                && e.evidence.trigger.start < at
                && anaphor.names(&e.cameo)
        });
        let conflicts = earlier
            .clone()
            .filter(|d| conflict_first && d.event.quad_class >= 3);
        for d in conflicts.chain(earlier) {
            let e = &d.event;
            let mention = |r: Option<ActorRef>| r.and_then(|r| r.mention);
            match refers {
                Refers::Author => {
                    if let Some(m) = mention(e.source).filter(|&m| other(actor(m))) {
                        return vec![m];
                    }
                }
                Refers::Parties => {
                    if let (Some(a), Some(b)) = (mention(e.source), mention(e.target)) {
                        let (x, y) = (actor(a), actor(b));
                        if other(x)
                            && other(y)
                            && side(x)
                            && side(y)
                            && x.zip(y).is_some_and(|(x, y)| apart(x, y))
                        {
                            return vec![a, b];
                        }
                    }
                }
            }
        }
        if !anaphor.acts.is_empty() {
            return Vec::new();
        }
        let want = if refers == Refers::Author { 1 } else { 2 };
        let mut sent = s;
        loop {
            let mut found: Vec<u32> = Vec::new();
            for (i, m) in doc.mentions.iter().enumerate() {
                if m.sentence as usize == sent
                    && m.span.end <= at
                    && other(Some(m.actor))
                    && side(Some(m.actor))
                    && found
                        .iter()
                        .all(|&o| actor(o).is_some_and(|o| apart(o, m.actor)))
                {
                    found.push(i as u32);
                }
            }
            if found.len() >= want {
                found.truncate(want);
                return found;
            }
            if sent == 0 || !near(sent - 1) {
                return Vec::new();
            }
            sent -= 1;
        }
    }

    /// The event's date: the time expression attached to its clause
    /// (`attache_time::time_for_clause`), unless it lies in the future of an act that took
    /// place (then it is a deadline) or it modifies another noun ("after last week's
    /// summit"). Without one: a background act (past perfect, "before this meeting", an
    /// after-clause of a present report, "previously") or an event noun keeps no date
    /// rather than the publication's; any other act that took place is dated by the
    /// publication. An act that reports or denies another (`reports_other`: a denial, an
    /// accusation) takes only its own time (`attache_time::own_time_for_clause`), never the
    /// time of the act its complement reports.
    #[allow(clippy::too_many_arguments)]
    fn event_date(
        &self,
        ctx: &Ctx,
        f: &Frame,
        noun: bool,
        hypothetical: bool,
        commitment: bool,
        reports_other: bool,
        published: Option<Date>,
    ) -> (Option<String>, DatePrecision, Option<&'static str>) {
        let doc = ctx.doc;
        let usable = |i: usize| {
            let t = &doc.times[i];
            t.value.is_some()
                && !matches!(t.kind, TimeKind::Duration | TimeKind::Set)
                && (hypothetical
                    || match (t.interval, published) {
                        (Some((start, _)), Some(p)) => start <= p,
                        _ => true,
                    })
                && (noun || !modifies_other_noun(ctx, t.span, f.trigger))
                && !in_relative_clause(ctx, t.span, f.trigger)
                && !(commitment && open_deadline(ctx, t, published))
        };
        let clause_time = if reports_other {
            attache_time::own_time_for_clause
        } else {
            attache_time::time_for_clause
        };
        if let Some(i) = clause_time(doc, ctx.start + f.trigger).filter(|&i| usable(i)) {
            let v = doc.times[i].value.clone().unwrap_or_default();
            let precision = attache_time::precision_of(&v);
            if precision != DatePrecision::Unknown {
                return (Some(v), precision, Some("time expression"));
            }
        }
        if hypothetical {
            return (None, DatePrecision::Unknown, None);
        }
        if noun {
            return (None, DatePrecision::Unknown, Some("event noun, undated"));
        }
        if let Some(reason) = background(ctx, f) {
            return (None, DatePrecision::Unknown, Some(reason));
        }
        match published {
            Some(p) => (Some(p.iso()), DatePrecision::Day, Some("publication date")),
            None => (None, DatePrecision::Unknown, None),
        }
    }
}

/// The targets entry `q` reads in `frame`: its object or a phrase of its target slots, first
/// found.
fn act_targets(q: &Pattern, frame: &Frame) -> Vec<u32> {
    q.target
        .iter()
        .map(|sl| match sl {
            Slot::Object => frame.obj.clone(),
            Slot::Prep(x) => frame.prep(x).to_vec(),
            _ => Vec::new(),
        })
        .find(|v| !v.is_empty())
        .unwrap_or_default()
}

/// The end of local tokens `a..b` without the punctuation that closes the clause around
/// them ("to host the talks in February,", "if necessary."): commas, stops, colons,
/// dashes, and a quote mark that closes no quote opened inside. At least one token stays.
fn without_trailing_punct(ctx: &Ctx, a: usize, b: usize) -> usize {
    let quote = |k: usize| matches!(ctx.word(k), "\"" | "\u{201c}" | "\u{201d}");
    let mut b = b.min(ctx.len());
    while b > a + 1 {
        let w = ctx.word(b - 1);
        let closing = matches!(
            w,
            "," | "." | ";" | ":" | "-" | "--" | "\u{2013}" | "\u{2014}" | "..." | "\u{2026}"
        ) || quote(b - 1) && (a..b).filter(|&k| quote(k)).count() % 2 == 1;
        if !closing {
            break;
        }
        b -= 1;
    }
    b
}

/// Condition span `c` without its closing punctuation ("if Iran refused." -> "if Iran
/// refused").
fn condition_without_punct(ctx: &Ctx, c: Span) -> Span {
    let mut toks = (0..ctx.len()).filter(|&k| c.contains(ctx.span(k)));
    let Some(a) = toks.next() else {
        return c;
    };
    let b = toks.next_back().map_or(a + 1, |k| k + 1);
    let end = without_trailing_punct(ctx, a, b);
    Span::new(c.start as usize, ctx.span(end - 1).end as usize)
}

/// Words that open a deadline before a time ("by Friday", "within ten days").
pub(crate) const DEADLINE: &[&str] = &["by", "until", "till", "before", "within"];

/// The due window of a commitment whose content is `content`: from a time expression in the
/// content, else from one after it in the clause (after the trigger, before `clause_end`:
/// "agreed to double trade between them by 2028"). A time that is not after the publication
/// day is when the act was made or a background date ("demanded a new election on Monday",
/// "the results of Sunday's election"), no due date, unless a deadline word opens it ("by",
/// "until", "before", "within").
fn due_of(
    ctx: &Ctx,
    s: usize,
    content: Span,
    trigger_end: u32,
    clause_end: u32,
) -> Option<(Date, Date)> {
    let doc = ctx.doc;
    let published = doc.published_date();
    let ahead = |i: usize| {
        let t = &doc.times[i];
        let cue = ctx
            .doc
            .token_at(t.span.start)
            .filter(|&k| k > ctx.start)
            .map_or("", |k| ctx.doc.word(k - 1))
            .to_ascii_lowercase();
        DEADLINE.contains(&cue.as_str())
            || t.kind == TimeKind::Duration
            || match (t.interval, published) {
                (Some((_, end)), Some(p)) => end > p,
                _ => true,
            }
    };
    let in_sentence = |i: &usize| doc.times[*i].sentence as usize == s;
    let inside = (0..doc.times.len())
        .filter(in_sentence)
        .filter(|&i| content.contains(doc.times[i].span));
    // After the content, up to the next clause ("pledged to build a hospital and said
    // Ankara would open a consulate next year": not the hospital's date).
    let from = content.end.max(trigger_end);
    let until = (0..ctx.len())
        .filter(|&k| ctx.span(k).start >= from && ctx.span(k).end <= clause_end)
        .find(|&k| {
            let tok = &doc.tokens[ctx.start + k];
            matches!(
                ctx.word(k),
                "and" | "but" | "or" | "," | ";" | "while" | "as"
            ) || tok.upos.is("VERB")
                || tok.upos.is("AUX")
        })
        .map_or(clause_end, |k| ctx.span(k).start);
    let after = (0..doc.times.len()).filter(in_sentence).filter(|&i| {
        let sp = doc.times[i].span;
        sp.start >= from && sp.end <= until
    });
    // A window that ends before it starts is a misread date ("before Christmas" read as
    // last year's), no due date.
    inside
        .chain(after)
        .filter(|&i| ahead(i))
        .find_map(|i| attache_time::due_window(doc, i))
        .filter(|&(a, b)| a <= b)
}

/// A due window counted from the publication day, for an act made on the earlier day `day`
/// ("suspended Guinea-Bissau on Friday and threatened ... within 30 days", reported on
/// Wednesday): it opens on that day, and a duration ends as many days after it.
fn reanchored(doc: &Document, s: usize, (a, b): (Date, Date), day: Date) -> (Date, Date) {
    let Some(published) = doc.published_date() else {
        return (a, b);
    };
    if a != published || day >= published {
        return (a, b);
    }
    let duration = (0..doc.times.len()).any(|i| {
        doc.times[i].sentence as usize == s
            && doc.times[i].kind == TimeKind::Duration
            && attache_time::due_window(doc, i) == Some((a, b))
    });
    let b = if duration {
        b.add_days(day.to_days() - published.to_days())
    } else {
        b
    };
    (day, b.max(day))
}

/// The day of an ISO date `YYYY-MM-DD` (none for a week, month or year).
fn iso_day(iso: &str) -> Option<Date> {
    let mut parts = iso.splitn(3, '-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.parse().ok()?;
    Date::new(y, m, d)
}

/// The due window of a deadline inside `span` (a time opened by "by", "until", "before" or
/// "within": "if Pakistan failed to act by Sunday").
fn deadline_in(ctx: &Ctx, s: usize, span: Span) -> Option<(Date, Date)> {
    let doc = ctx.doc;
    (0..doc.times.len())
        .filter(|&i| doc.times[i].sentence as usize == s && span.contains(doc.times[i].span))
        .filter(|&i| {
            doc.token_at(doc.times[i].span.start)
                .filter(|&k| k > ctx.start)
                .is_some_and(|k| DEADLINE.contains(&doc.word(k - 1).to_ascii_lowercase().as_str()))
        })
        .find_map(|i| attache_time::due_window(doc, i))
        .filter(|&(a, b)| a <= b)
}

/// The act a complement clause says another side "must" do ("said that Sudan must return
/// the helicopter"): the base form of a verb right after "must" or "must not" that heads the
/// complement. None for a guess ("must have known"), a state or a passive ("must be feeling",
/// "must be worried", "must not be allowed to lose"), or a "must" in an if-clause.
fn demanded_act(ctx: &Ctx, f: &Frame) -> Option<usize> {
    let (a, b) = f.content?;
    let xpos = |k: usize| ctx.doc.tokens[ctx.start + k].xpos.as_str();
    (a..b.min(ctx.len())).find_map(|k| {
        if ctx.lower[k] != "must"
            || ctx.parsed && ctx.deprel(k) != "aux"
            || ctx.conditions.iter().any(|&(c0, c1)| c0 <= k && k < c1)
        {
            return None;
        }
        let mut v = k + 1;
        if matches!(ctx.word(v), "not" | "n't" | "never") {
            v += 1;
        }
        if v >= ctx.len() || xpos(v) != "VB" || ctx.lemma(v) == "be" {
            return None;
        }
        // "must have known", "must have already left": a guess about the past.
        if ctx.lemma(v) == "have" && (v + 1..(v + 3).min(ctx.len())).any(|j| xpos(j) == "VBN") {
            return None;
        }
        // The verb heads the complement, and the "must" is its own.
        if ctx.parsed && (ctx.head(k) != Some(v) || ctx.head(v) != Some(f.trigger)) {
            return None;
        }
        Some(v)
    })
}

/// Does the act a `need` word names take an actor, a place or one of `nouns` as its object
/// or `against` phrase ("vowed to crush the rebels", "to retake El Fasher", "to retake the
/// town", "to fight against the militias")? Not "to fight poverty", "to strike a trade
/// deal", "to march peacefully".
/// Does the trigger at local token `t` take a direct object, with no "against" phrase on it
/// or on the object ("rallied world leaders behind the fund"; not "rallied thousands of
/// people against the new law", which is the protest)? Parsed sentences only (`noobj`).
fn has_object_not_against(ctx: &Ctx, t: usize) -> bool {
    let Some(o) = ctx.kids(t).find(|&c| ctx.deprel(c) == "obj") else {
        return false;
    };
    // Only a phrase after the object's head is on it: "demonstrating against fuel price rises"
    // parsed with "rises" as the object has its "against" inside the object's own words, and
    // the labelled set codes no protest for that participle of those arrested.
    let mut words = Vec::new();
    ctx.subtree(o, &mut words);
    words.retain(|&w| w > o);
    words.extend(ctx.kids(t).filter(|&c| ctx.deprel(c) == "obl"));
    let against = words.iter().any(|&w| {
        ctx.kids(w)
            .any(|c| ctx.deprel(c) == "case" && ctx.lower[c].as_ref() == "against")
    });
    !against
}

/// Verbs of holding a post ("officials working at the embassy", "staff serving in the
/// consulate"): a clause of one on an object says what the object is. attache's own list.
const POST_VERBS: &[&str] = &[
    "work", "serve", "post", "station", "accredit", "assign", "employ",
];

/// Is every `need` group matched inside the trigger's object (or its passive subject), with
/// no "no" before it ("offered support"; not "offered no real plans")?
fn need_in_object(ctx: &Ctx, f: &Frame, need: &[Vec<String>]) -> bool {
    // The object first: a parse may also call an active verb's subject a passive one.
    let kid = |rel: &str| ctx.kids(f.trigger).find(|&c| ctx.deprel(c) == rel);
    let Some(o) = kid("obj").or_else(|| kid("nsubj:pass")) else {
        return false;
    };
    if ctx
        .kids(o)
        .any(|c| ctx.deprel(c) == "det" && ctx.word(c) == "no")
    {
        return false;
    }
    let mut words = Vec::new();
    ctx.subtree(o, &mut words);
    // A relative clause on the object says more of it, it is not what is acted on ("expelled
    // two men who had visited the embassy", "seized a truck parked in a village"); one of
    // the post they hold is what they are ("expelled officials working at the embassy").
    let mut relative = Vec::new();
    for &c in &words {
        if c != o
            && matches!(ctx.deprel(c), "acl" | "acl:relcl")
            && !POST_VERBS.contains(&ctx.lemma(c))
        {
            ctx.subtree(c, &mut relative);
        }
    }
    words.retain(|k| !relative.contains(k));
    need.iter().all(|group| {
        group
            .iter()
            .any(|w| words.iter().any(|&k| word_matches(ctx, k, w)))
    })
}

/// Quantities whose of-phrase names what an object counts ("thousands of chickens").
const QUANTITY_NOUNS: &[&str] = &[
    "thousand", "hundred", "dozen", "million", "number", "flock", "herd", "head",
];

/// Is one of `words` (`objnot`) the head of the trigger's object (or its passive subject),
/// or of the of-phrase of a number or quantity heading it ("killing animals", "killed
/// thousands of chickens"; not "killed three cattle herders", "killed 12 villagers and stole
/// their cattle")? Unparsed, any word after the trigger in its clause counts, as `not`.
fn object_is(ctx: &Ctx, f: &Frame, words: &[String]) -> bool {
    let is_word = |k: usize| words.iter().any(|w| word_matches(ctx, k, w));
    if !ctx.parsed {
        return f.right.iter().any(|&k| is_word(k));
    }
    let kid = |rel: &str| ctx.kids(f.trigger).find(|&c| ctx.deprel(c) == rel);
    // ("will kill and sacrifice animals": a verb joined to it shares its object.)
    let shared = || {
        ctx.kids(f.trigger)
            .filter(|&c| ctx.deprel(c) == "conj" && ctx.is_verb_token(c))
            .find_map(|c| ctx.kids(c).find(|&g| ctx.deprel(g) == "obj"))
    };
    let Some(o) = kid("obj").or_else(|| kid("nsubj:pass")).or_else(shared) else {
        return false;
    };
    let quantity =
        ctx.doc.tokens[ctx.start + o].upos.is("NUM") || is_in(ctx.lemma(o), QUANTITY_NOUNS);
    // ("killed three cattle herders", parsed with "cattle" the object: a noun right after
    // the word is the phrase's head.)
    let head_word = |k: usize| {
        is_word(k) && !(k + 1 < ctx.len() && ctx.doc.tokens[ctx.start + k + 1].upos.is("NOUN"))
    };
    head_word(o)
        || quantity
            && ctx.kids(o).any(|c| {
                ctx.deprel(c) == "nmod" && case_of(ctx, c).as_deref() == Some("of") && head_word(c)
            })
}

/// Are the `need` words in the object complement of the trigger at `f`: after a noun,
/// pronoun or actor that follows the trigger (its object), before the clause goes on past a
/// comma, dash, colon, an infinitive, a that-clause, a wh-word or a subordinator ("called
/// the vote a sham", "called Iran's moves illegal"; not "called Rome on Friday to discuss
/// interference", "call it whatever you like -- a tool")?
fn need_in_complement(ctx: &Ctx, f: &Frame, need: &[Vec<String>]) -> bool {
    let t = f.trigger;
    let end = (t + 1..ctx.len())
        .find(|&k| {
            matches!(
                ctx.word(k),
                "," | ";"
                    | ":"
                    | "--"
                    | "\u{2014}"
                    | "\u{2013}"
                    | "("
                    | "to"
                    | "that"
                    | "whatever"
                    | "what"
                    | "which"
                    | "who"
                    | "whom"
                    | "because"
                    | "after"
                    | "before"
                    | "when"
                    | "while"
                    | "if"
                    | "since"
                    | "as"
                    | "but"
                    | "though"
                    | "although"
            )
        })
        .unwrap_or(ctx.len());
    let nominal = |k: usize| {
        ctx.mention_at[k].is_some()
            || matches!(
                ctx.doc.tokens[ctx.start + k].xpos.as_str(),
                "NN" | "NNS" | "NNP" | "NNPS" | "PRP"
            )
    };
    let hits = |k: usize| need.iter().flatten().any(|w| word_matches(ctx, k, w));
    let Some(first) = (t + 1..end).find(|&k| hits(k)) else {
        return false;
    };
    // An object stands before the complement, and every group is met inside it.
    (t + 1..first).any(nominal)
        && need.iter().all(|group| {
            group
                .iter()
                .any(|w| (first..end).any(|k| word_matches(ctx, k, w)))
        })
}

fn need_has_arg(ctx: &Ctx, f: &Frame, need: &[Vec<String>], nouns: &[String]) -> bool {
    let names = |k: usize| {
        let span = ctx.span(k);
        ctx.mention_at[k].is_some()
            || nouns.iter().any(|w| word_matches(ctx, k, w))
            || ctx.uncoded.iter().any(|m| m.contains(span))
            || ctx.doc.places.iter().any(|p| p.span.contains(span))
    };
    f.right.iter().any(|&k| {
        if !need.iter().flatten().any(|w| word_matches(ctx, k, w)) {
            return false;
        }
        if !ctx.parsed {
            // The next few words, up to a punctuation mark.
            return (k + 1..(k + 5).min(ctx.len()))
                .take_while(|&j| ctx.word(j).chars().any(char::is_alphanumeric))
                .any(names);
        }
        ctx.children[k].iter().map(|&c| c as usize).any(|c| {
            let d = ctx.deprel(c);
            let own = d == "obj"
                || d.starts_with("obl")
                    && ctx.children[c].iter().any(|&g| {
                        ctx.deprel(g as usize) == "case" && ctx.word(g as usize) == "against"
                    });
            own && (names(c)
                || ctx.children[c].iter().map(|&g| g as usize).any(|g| {
                    matches!(ctx.deprel(g), "compound" | "amod" | "nmod:poss") && names(g)
                }))
        })
    })
}

/// Is token `t` a participle after a noun with an agent of its own ("a ceasefire brokered by
/// the United States")?
fn agent_participle(ctx: &Ctx, t: usize) -> bool {
    participle_after_noun(ctx, t)
        && ctx.children[t]
            .iter()
            .any(|&c| ctx.deprel(c as usize) == "obl:agent" && ctx.mention_at[c as usize].is_some())
}

/// The tokens of the phrases of time in the phrase of the verb at local token `t` ("after
/// Israeli strikes on its sites", "during a visit by the premier", also where the parse hangs
/// them on the verb's object): a noun phrase whose preposition is one of `TIME_PREPS`.
fn time_adjuncts(ctx: &Ctx, t: usize) -> Vec<usize> {
    let mut toks = Vec::new();
    if !ctx.parsed {
        return toks;
    }
    let mut under = Vec::new();
    ctx.subtree(t, &mut under);
    for c in under {
        if c == t || !matches!(ctx.deprel(c), "obl" | "obl:tmod" | "nmod") || toks.contains(&c) {
            continue;
        }
        let timed = ctx.kids(c).any(|g| {
            g < c
                && matches!(ctx.deprel(g), "case" | "mark")
                && is_in(&ctx.word(g).to_ascii_lowercase(), TIME_PREPS)
        });
        if timed {
            ctx.subtree(c, &mut toks);
        }
    }
    toks
}

/// Is mention `m` a noun predicated of a subject: the complement of "become" or "remain",
/// or a noun with a copula ("became a citizen", "is a citizen"), parsed? Not the predicate
/// heading the clause of `reported`, an accusation's trigger ("alleged the inspector was a
/// spy": what is alleged; session 29 review).
fn predicate_mention(ctx: &Ctx, m: u32, reported: Option<usize>) -> bool {
    ctx.parsed
        && (0..ctx.len()).any(|k| {
            ctx.mention_at[k] == Some(m)
                && !(reported.is_some() && ctx.head(k) == reported)
                && (ctx.deprel(k) == "xcomp"
                    && ctx
                        .head(k)
                        .is_some_and(|h| matches!(ctx.lemma(h), "become" | "remain"))
                    || ctx.kids(k).any(|c| ctx.deprel(c) == "cop"))
        })
}

/// Written messages: their `to` phrase names whom what they say is addressed to.
const LETTER_NOUNS: &[&str] = &["letter", "email", "e-mail", "memo", "message", "note"];

/// The actor a letter near the trigger at local token `t` is addressed to ("in a letter to
/// the Justice Department, asked ...", "wrote a letter to Zucker asking ..."): the mention of
/// the letter's `to` phrase, the letter within three links of the trigger in the parse, through
/// no other verb.
fn letter_addressee(ctx: &Ctx, t: usize) -> Option<u32> {
    if !ctx.parsed {
        return None;
    }
    let near = |k: usize| {
        let up = |x: usize, n: usize| {
            let mut x = x;
            for _ in 0..n {
                match ctx.head(x) {
                    Some(h) => x = h,
                    None => return false,
                }
                if x == t {
                    return true;
                }
                // (Not a letter the act asks for: "urge you to send a message to the Saudis".)
                if ctx.is_verb_token(x) {
                    return false;
                }
            }
            false
        };
        up(k, 3) || ctx.head(t) == Some(k)
    };
    (0..ctx.len())
        .filter(|&k| is_in(ctx.lemma(k), LETTER_NOUNS) && near(k))
        .find_map(|k| {
            ctx.kids(k)
                .filter(|&c| ctx.deprel(c) == "nmod" && case_of(ctx, c).as_deref() == Some("to"))
                .find_map(|c| ctx.mention_at[c])
        })
}

/// Verbs that give a name to something: what they name it is no act of its own.
const NAMING_VERBS: &[&str] = &["call", "describe", "term", "label", "dub", "brand"];

/// Is local token `t` a noun naming what a speaker calls something ("in what officials
/// called a carefully planned killing", "called the shelling an act of terror")? The act is
/// the one already reported, not a second one.
fn named_act(ctx: &Ctx, t: usize) -> bool {
    ctx.parsed
        && ctx.doc.tokens[ctx.start + t].upos.is("NOUN")
        && ctx.deprel(t) == "xcomp"
        && ctx
            .head(t)
            .is_some_and(|h| NAMING_VERBS.contains(&ctx.lemma(h)))
}

/// Heads that make an act of the event noun compounded before them ("a bombing campaign",
/// "a protest march"): the phrase still names the act, as the instruments that enact it do
/// ("the Security Council embargo resolution").
const ACT_HEADS: &[&str] = &[
    "campaign",
    "march",
    "operation",
    "wave",
    "spree",
    "blitz",
    "mission",
    "series",
    "resolution",
    "decree",
];

/// Things whose about/on phrase is their topic ("an ad about the attack", "a book on the
/// invasion", "a fund for the victims of the bombing"): the act named there is what the
/// thing is about, not one the sentence reports. attache's own list.
const TOPIC_THINGS: &[&str] = &[
    "ad",
    "advertisement",
    "commercial",
    "book",
    "film",
    "movie",
    "documentary",
    "report",
    "article",
    "story",
    "fund",
    "movement",
    "essay",
    "column",
    "op-ed",
    "editorial",
    "memoir",
    "novel",
    "play",
    "song",
    "poem",
    "exhibit",
    "exhibition",
    "museum",
    "memorial",
    "lecture",
    "course",
    "class",
    "study",
    "paper",
    "series",
    "show",
    "podcast",
    "website",
    "video",
    "poster",
    "survey",
    "poll",
    "bill",
    "law",
    "hearing",
    // session 27: laws, rules and talk about an act ("legislation on foreign aid to Egypt",
    // "a speech on economic aid to Haiti", "a joke about the invasion"; not "questions about
    // her criticisms", which were made)
    "legislation",
    "speech",
    "rule",
    "regulation",
    "provision",
    "amendment",
    "joke",
];

/// Prepositions that open the topic of a thing.
const TOPIC_PREPS: &[&str] = &["about", "on", "regarding", "concerning"];

/// Is event noun `t` no act of its own, parsed (session 25, event nouns)?
/// - a modifier of another noun: a compound ("a kidnapping charge", "the inquiry desk", "ads
///   about assault survivors"), or the possessive of a noun that names no act ("the protest
///   movement's founder", "the invasion's anniversary"); the head noun is what the phrase
///   names ("a bombing campaign", `ACT_HEADS`, stays an act);
/// - the topic of a thing (`TOPIC_THINGS`, `TOPIC_PREPS`: "a book on the invasion", "ads
///   about the attacks");
/// - an inquiry or question put to someone ("Kennedy's inquiry to two law professors"): a
///   question asked, no investigation.
fn names_no_act(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed {
        return false;
    }
    let Some(h) = ctx.head(t) else {
        return false;
    };
    let head_noun = ctx.doc.tokens[ctx.start + h].upos.is("NOUN");
    // ("a NATO summit set for April": the tagger may read the participle "set" as a noun.)
    let act_head = is_in(ctx.lemma(h), ACT_HEADS) || ctx.word(h) == "set";
    // (The head comes soon after, with no preposition between: "Talks between Protestant and
    // Catholic leaders resumed", parsed with "Talks" a compound of "leaders", are talks.)
    let adjacent =
        h > t && h - t <= 3 && (t + 1..h).all(|k| !ctx.doc.tokens[ctx.start + k].upos.is("ADP"));
    let modifier = adjacent
        && match ctx.deprel(t) {
            "compound" => head_noun && !act_head,
            // ("the invasion's aftermath" names no act; "the talks' agenda" neither.)
            "nmod:poss" => head_noun && !act_head && ctx.lex.noun_lemma(ctx.lemma(h)).is_none(),
            _ => false,
        };
    // ("gave a speech on economic aid to Uganda", the phrase parsed on the verb: the topic
    // of the thing its object names; review 27.)
    let object_thing = || {
        ctx.deprel(t) == "obl"
            && ctx.kids(h).any(|c| {
                c < t
                    && ctx.deprel(c) == "obj"
                    && ctx.doc.tokens[ctx.start + c].upos.is("NOUN")
                    && is_in(ctx.lemma(c), TOPIC_THINGS)
            })
    };
    let topic = (ctx.deprel(t) == "nmod" && head_noun && is_in(ctx.lemma(h), TOPIC_THINGS)
        || object_thing())
        && case_of(ctx, t).is_some_and(|p| is_in(&p, TOPIC_PREPS));
    let put_to = matches!(ctx.lemma(t), "inquiry" | "question" | "query")
        && ctx
            .kids(t)
            .any(|c| ctx.deprel(c) == "nmod" && case_of(ctx, c).as_deref() == Some("to"));
    modifier || topic || put_to
}

/// Prepositions that set an event noun in the background of a clause ("fell after the
/// accusations against the mayor", "amid allegations of fraud").
const BACKGROUND_PREPS: &[&str] = &[
    "after",
    "amid",
    "amidst",
    "following",
    "despite",
    "since",
    "before",
    "over",
];

/// Is event noun `t` in a background phrase (`BACKGROUND_PREPS`) of a verb whose subject is
/// no actor's mention, parsed ("Tourism in Peru fell after the accusations against the
/// mayor": the head "Tourism" is none, whatever its phrase names)? With no doer of
/// its own the noun is then no event the sentence reports: it is about something else
/// (session 25, event nouns).
fn background_noun(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed || !matches!(ctx.deprel(t), "obl" | "nmod") {
        return false;
    }
    let Some(v) = ctx.head(t).filter(|&v| ctx.is_verb_token(v)) else {
        return false;
    };
    // (An owner, even a pronoun the actors stage left open, is a doer of its own: "sanctions
    // imposed on Iraq after its invasion of Kuwait".)
    let owned = ctx
        .kids(t)
        .any(|c| matches!(ctx.deprel(c), "nmod:poss" | "det:poss"));
    !owned
        && case_of(ctx, t).is_some_and(|p| is_in(&p.to_ascii_lowercase(), BACKGROUND_PREPS))
        && !ctx
            .kids(v)
            .any(|c| ctx.deprel(c).starts_with("nsubj") && ctx.mention_at[c].is_some())
}

/// Words that open a time clause as well as a phrase: an entry's slot `after` reads the
/// subject of an after-clause when no phrase has one ("raised its alert level after North
/// Korea launched a missile").
const CLAUSE_SLOTS: &[&str] = &["after", "before", "since", "until"];

/// The subject of a time clause under the trigger opened by `mark` (one of
/// [`CLAUSE_SLOTS`]), parsed only.
fn clause_subject(ctx: &Ctx, f: &Frame, mark: &str) -> Vec<u32> {
    if !ctx.parsed || !CLAUSE_SLOTS.contains(&mark) {
        return Vec::new();
    }
    ctx.kids(f.trigger)
        .find(|&c| {
            ctx.deprel(c) == "advcl"
                && ctx
                    .kids(c)
                    .any(|g| ctx.deprel(g) == "mark" && ctx.word(g) == mark)
        })
        .map(|c| crate::frame::dep_subject(ctx, c).0)
        .unwrap_or_default()
}

/// The actors of a phrase of preposition `prep` the parse hung on the verb's object, for an
/// entry whose verb puts its object before that preposition (`objprep`): "blamed the
/// bombing on Israel" is blamed on Israel, not a bombing on Israel (session 29).
fn object_prep_phrase(ctx: &Ctx, f: &Frame, prep: &str) -> Vec<u32> {
    let mut out = Vec::new();
    if !ctx.parsed {
        return out;
    }
    for o in ctx.kids(f.trigger).filter(|&o| ctx.deprel(o) == "obj") {
        for n in ctx
            .kids(o)
            .filter(|&n| n > o && ctx.deprel(n).starts_with("nmod"))
        {
            // ("blamed the attack on the Russian embassy": a building is what was hit, never
            // the one blamed; session 29 review.)
            if is_in(ctx.lemma(n), STRUCK_PLACES)
                || !ctx
                    .kids(n)
                    .any(|c| ctx.deprel(c) == "case" && ctx.word(c) == prep)
            {
                continue;
            }
            let conjuncts = ctx.kids(n).filter(|&c| ctx.deprel(c) == "conj");
            for k in std::iter::once(n).chain(conjuncts) {
                if let Some(m) = ctx.mention_at[k] {
                    if !out.contains(&m) {
                        out.push(m);
                    }
                }
            }
        }
    }
    out
}

/// Buildings and posts an attack hits, which no one blames a thing on. attache's own list.
const STRUCK_PLACES: &[&str] = &[
    "embassy",
    "consulate",
    "mission",
    "base",
    "headquarters",
    "office",
    "compound",
    "checkpoint",
    "post",
    "outpost",
    "camp",
    "station",
    "building",
    "hotel",
    "mosque",
    "church",
    "synagogue",
    "temple",
    "school",
    "hospital",
    "market",
    "convoy",
];

/// Prefixes that make a verb of a verb ("re-imposed", "co-sponsored"). attache's own list.
const VERB_PREFIXES: &[&str] = &[
    "re", "co", "pre", "counter", "over", "under", "out", "mis", "cross", "double", "dis",
];

/// Does a noun phrase open right after the verb at local token `t`, with a determiner or a
/// possessive ("tear-gassed *the* protesters", "carpet-bombed *its* suburbs")? A compound
/// adjective is followed by its noun ("Iranian-backed militias"), never by these. (Not a
/// number: "the UN-brokered 2015 deal".)
fn object_follows(ctx: &Ctx, t: usize) -> bool {
    t + 1 < ctx.len()
        && matches!(
            ctx.doc.tokens[ctx.start + t + 1].xpos.as_str(),
            "DT" | "PRP$" | "PDT"
        )
}

/// The first half of a hyphenated verb at local token `t` ("test" of "test-fired"), if it is
/// one: the token before it a hyphen, or ending in one, written with no space between.
fn hyphen_prefix<'c>(ctx: &'c Ctx, t: usize) -> Option<&'c str> {
    let joined = |a: usize, b: usize| ctx.span(a).end == ctx.span(b).start;
    if t >= 2 && ctx.word(t - 1) == "-" && joined(t - 2, t - 1) && joined(t - 1, t) {
        return Some(ctx.word(t - 2));
    }
    if t >= 1 && joined(t - 1, t) {
        return ctx.word(t - 1).strip_suffix('-');
    }
    None
}

/// Is one of `words` in the subject's phrase of a passive verb (its `nsubj:pass`; unparsed,
/// the words before the trigger)?
fn passive_subject_has(ctx: &Ctx, f: &Frame, words: &[String]) -> bool {
    let t = f.trigger;
    let mut phrase = Vec::new();
    if ctx.parsed {
        for c in ctx.kids(t) {
            if ctx.deprel(c) == "nsubj:pass" {
                ctx.subtree(c, &mut phrase);
            }
        }
    } else {
        phrase.extend(0..t);
    }
    // "no troops were deployed": nothing was.
    !phrase.iter().any(|&k| ctx.word(k) == "no")
        && phrase
            .iter()
            .any(|&k| words.iter().any(|w| word_matches(ctx, k, w)))
}

/// Is one of `words` in the doer's phrase of the act: the subject of an active verb (of the
/// verb it is coordinated with or governed by, when it has none), the `by` phrase of a
/// passive? Unparsed, the words before the trigger.
fn doer_has(ctx: &Ctx, f: &Frame, words: &[String]) -> bool {
    let t = f.trigger;
    let mut phrase = Vec::new();
    if ctx.parsed {
        let mut v = t;
        for _ in 0..4 {
            for c in ctx.kids(v) {
                let d = ctx.deprel(c);
                let by = ctx
                    .kids(c)
                    .any(|g| ctx.deprel(g) == "case" && ctx.word(g) == "by");
                // (a subject the parse calls passive on a verb the frame reads as active,
                // "Cholera struck the camps" with "struck" tagged a participle, is the doer)
                // (a name the parse leaves as a vocative or dislocated word of a verb with no
                // subject, "H5N1, which has spread to Egypt, has killed 100 people", is its
                // subject; session 28)
                let subject = d == "nsubj"
                    || d == "nsubj:pass"
                    || matches!(d, "vocative" | "dislocated") && !frame::has_subject(ctx, v);
                if (!f.passive && subject) || (f.passive && d.starts_with("obl") && by) {
                    ctx.subtree(c, &mut phrase);
                }
            }
            if !phrase.is_empty() || !matches!(ctx.deprel(v), "conj" | "xcomp") {
                break;
            }
            match ctx.head(v) {
                Some(h) => v = h,
                None => break,
            }
        }
    }
    // A finite verb the parse hangs on the noun before it as a participle ("An earthquake
    // struck off the coast" read as "an earthquake [that was] struck"): that noun's words
    // are the doer's.
    if phrase.is_empty() && ctx.parsed && ctx.deprel(t) == "acl" && !f.passive {
        if let Some(h) = ctx.head(t).filter(|&h| h < t) {
            let mut noun = Vec::new();
            ctx.subtree(h, &mut noun);
            phrase.extend(noun.into_iter().filter(|&k| k < t));
        }
    }
    // Unparsed, or a parse with no subject on the verb ("Israeli jets struck targets" read as
    // a noun phrase): the words from the frame's subject to the trigger.
    if phrase.is_empty() {
        let start = if ctx.parsed {
            f.subj
                .iter()
                .filter_map(|&m| (0..t).find(|&k| ctx.mention_at[k] == Some(m)))
                .min()
        } else {
            Some(0)
        };
        if let Some(a) = start {
            phrase.extend(a..t);
        }
    }
    phrase
        .iter()
        .any(|&k| words.iter().any(|w| word_matches(ctx, k, w)))
}

/// Is mention `m` only the possessor of a head noun that names no actor ("China's slowdown",
/// "the candidate's speech")?
fn possessor_of_thing(ctx: &Ctx, m: u32) -> bool {
    let mut roots = (0..ctx.len())
        .filter(|&k| {
            ctx.mention_at[k] == Some(m) && ctx.head(k).is_none_or(|h| ctx.mention_at[h] != Some(m))
        })
        .peekable();
    roots.peek().is_some()
        && roots.all(|k| {
            ctx.deprel(k) == "nmod:poss" && ctx.head(k).is_some_and(|h| ctx.mention_at[h].is_none())
        })
}

/// Does token `k` open the means of an act ("by threatening ...") or what it is set against
/// ("rather than continuing ...")?
fn means_or_contrast(ctx: &Ctx, k: usize) -> bool {
    match ctx.word(k) {
        "by" => {
            ctx.doc
                .tokens
                .get(ctx.start + k + 1)
                .is_some_and(|t| t.xpos.as_str() == "VBG")
                && k + 1 < ctx.len()
        }
        "rather" => ctx.word(k + 1) == "than",
        _ => false,
    }
}

/// Verbs of harm done to people or things: in a participle clause they state the main act's
/// outcome ("..., killing two civilians"); other participles ("..., annexing Crimea") are
/// acts of their own.
const HARM_VERBS: &[&str] = &["kill", "wound", "injure", "maim", "destroy", "damage"];

/// Roles of a named person whose killing CAMEO codes as an assassination (186's example: the
/// deputy chief of a militia); civilians, journalists, doctors and the like are not among them.
const ELITE_ROLES: &[&str] = &[
    "GOV", "ELI", "LEG", "OPP", "JUD", "REB", "MIL", "SPY", "IGO",
];

/// Roots of force posture and force: a purpose of force under one is an act of its own
/// ("sent troops to attack Norway").
const FORCE_ROOTS: &[&str] = &["15", "18", "19", "20"];

/// Is local token `t` a present participle heading an adverbial clause of another verb (or,
/// after a comma, of a noun), with no subject of its own ("..., killing two civilians")?
fn outcome_participle(ctx: &Ctx, t: usize) -> bool {
    // (The parse hangs some on a noun: "A bus plunged ..., killing 20 people"; some on the
    // reporting verb after them: "Militants attacked a base, killing several soldiers,
    // officials said".)
    let after_comma = t > 0 && ctx.word(t - 1) == ",";
    let verb_before = (0..t).any(|k| ctx.doc.tokens[ctx.start + k].upos.is("VERB"));
    ctx.parsed
        && (ctx.deprel(t) == "advcl" || ctx.deprel(t) == "acl" && after_comma)
        && ctx.doc.tokens[ctx.start + t].xpos.as_str() == "VBG"
        && ctx
            .head(t)
            .is_some_and(|h| h < t || after_comma && verb_before)
        && !ctx.kids(t).any(|c| match ctx.deprel(c) {
            "nsubj" | "nsubj:pass" => true,
            // "after killing", "by killing"; not a preposition the parse hung on it from
            // across the comma.
            "mark" => !(c.min(t)..c.max(t)).any(|k| ctx.word(k) == ","),
            _ => false,
        })
}

/// Is mention `m` named in an of/in/on/at phrase (any but `by`) of a hostile act's noun that
/// stands below the verb at local token `t` ("condemned the *bombing of the US embassy*", "two
/// *attacks in Kenya*"): the one the act hit or its place, not its doer? Unparsed, no.
fn patient_of_object_act(ctx: &Ctx, t: usize, m: u32) -> bool {
    if !ctx.parsed {
        return false;
    }
    // The mention's head: its token whose head lies outside the mention.
    let Some(mut k) = (0..ctx.len()).find(|&k| {
        ctx.mention_at[k] == Some(m) && ctx.head(k).is_none_or(|h| ctx.mention_at[h] != Some(m))
    }) else {
        return false;
    };
    // "condemned the detention of journalists in Egypt": where an arrest or a detention (root
    // 17) was made, that place's state made it; it is no victim.
    let in_place = case_of(ctx, k).as_deref() == Some("in");
    let mut patient = false;
    for _ in 0..8 {
        let Some(h) = ctx.head(k) else {
            return false;
        };
        if h == t {
            return patient;
        }
        if ctx.deprel(k) == "nmod"
            && case_of(ctx, k).is_some_and(|p| p != "by")
            && hostile_act_noun(ctx, h)
            && !(in_place && coercion_noun(ctx, h))
        {
            patient = true;
        }
        // "condemned the bomb explosions near U.S. embassies", "deplores these acts against
        // the American embassies": a word of harm that is no event noun of its own; its
        // of-phrase may name the doer ("acts of Hamas").
        if ctx.deprel(k) == "nmod"
            && case_of(ctx, k).is_some_and(|p| p != "by" && p != "of")
            && is_in(ctx.lemma(h), HARM_WORDS)
        {
            patient = true;
        }
        k = h;
    }
    false
}

/// Words of harm done that the lexicon holds no event noun for; what they were done to or
/// near is no target of their condemnation ([`patient_of_object_act`]).
const HARM_WORDS: &[&str] = &[
    "explosion",
    "blast",
    "act",
    "outrage",
    "atrocity",
    "violence",
    "terrorism",
    "crime",
];

/// Is local token `h` an event noun whose entries are all of coercion (root 17: "arrest",
/// "detention")?
fn coercion_noun(ctx: &Ctx, h: usize) -> bool {
    let lex = ctx.lex;
    lex.noun_lemma(ctx.lemma(h))
        .or_else(|| lex.noun_lemma(&ctx.word(h).to_ascii_lowercase()))
        .is_some_and(|l| {
            let entries = lex.noun_entries(l);
            !entries.is_empty() && entries.iter().all(|&i| root(&lex.pattern(i).code) == "17")
        })
}

/// Is local token `h` an event noun of a hostile act done to someone (an entry of root 16 to
/// 20: "bombing", "attacks", "arrest", "sanctions"), not one of words ("accusations
/// against", "a protest with Manila") nor of posture, whose of-phrase names the doer's own
/// force ("the deployment of US warships")?
fn hostile_act_noun(ctx: &Ctx, h: usize) -> bool {
    let lex = ctx.lex;
    lex.noun_lemma(ctx.lemma(h))
        .or_else(|| lex.noun_lemma(&ctx.word(h).to_ascii_lowercase()))
        .is_some_and(|l| {
            lex.noun_entries(l)
                .iter()
                .any(|&i| root(&lex.pattern(i).code) >= "16")
        })
}

/// Does mention `m` only describe a place ("the Ukrainian city of Kherson")? A place is no
/// actor that acts.
fn place_modifier(ctx: &Ctx, m: u32) -> bool {
    let Some(last) = (0..ctx.len()).rev().find(|&k| ctx.mention_at[k] == Some(m)) else {
        return false;
    };
    // "the Chinese coast guard", "the city council": the place noun modifies a body that
    // acts.
    let body = last + 2 < ctx.len() && ctx.doc.tokens[ctx.start + last + 2].upos.is("NOUN");
    is_in(ctx.word(last + 1), PLACE_NOUNS) && !body
}

/// Is mention `m` inside an "in" or "at" phrase of the trigger at local `t` that stands
/// before the trigger's subject ("In Washington, the senator denounced ...")?
fn fronted_scene(ctx: &Ctx, t: usize, m: u32) -> bool {
    if !ctx.parsed {
        return false;
    }
    let Some(mut k) = ctx.first_token_of(m) else {
        return false;
    };
    for _ in 0..6 {
        let Some(h) = ctx.head(k) else {
            return false;
        };
        if h == t {
            return k < t
                && ctx.deprel(k).starts_with("obl")
                && case_of(ctx, k).is_some_and(|p| matches!(p.as_str(), "in" | "at"))
                && ctx
                    .kids(t)
                    .any(|s| k < s && ctx.deprel(s).starts_with("nsubj"));
        }
        k = h;
    }
    false
}

/// Is mention `m` an actor named only aside, after a comma that follows the trigger at
/// local token `t` and its object: the possessor or the of-phrase of an apposition ("the
/// mayor, a critic of President Ruto,"; "Tantawy, President Sisi's main challenger,"), or a
/// word of the clause that reports the act ("..., Ethiopia's rights commission said")?
fn aside_actor(ctx: &Ctx, t: usize, m: u32) -> bool {
    let Some(first) = ctx.first_token_of(m) else {
        return false;
    };
    let last = (first..ctx.len())
        .take_while(|&k| ctx.mention_at[k] == Some(m))
        .last()
        .unwrap_or(first);
    let Some(c) = (t + 1..first).rev().find(|&k| ctx.word(k) == ",") else {
        return false;
    };
    let xpos = |k: usize| ctx.doc.tokens[ctx.start + k].xpos.as_str();
    // Something the act is done to stands between the trigger and the comma.
    let object = (t + 1..c).any(|k| {
        ctx.mention_at[k].is_some() || matches!(xpos(k), "NN" | "NNS" | "NNP" | "NNPS" | "PRP")
    });
    // No verb of its own between the comma and the mention: an apposition, not a clause.
    let verbless = !(c + 1..first).any(|k| xpos(k).starts_with("VB") || xpos(k) == "MD");
    if !object || !verbless {
        return false;
    }
    let end = (last + 1..ctx.len())
        .find(|&k| matches!(ctx.word(k), "," | ";" | "." | ":"))
        .unwrap_or(ctx.len());
    // "..., Ethiopia's human rights commission said."
    let reports = (last + 1..end).any(|k| {
        matches!(
            ctx.lemma(k),
            "say" | "tell" | "report" | "announce" | "state" | "confirm"
        ) && xpos(k).starts_with("VB")
    });
    if reports {
        return true;
    }
    // An apposition: an article or a title ("President Sisi's") opens it, and the mention is its possessor or
    // sits in its of-phrase, closed by a comma or the sentence's end.
    let opens = matches!(ctx.word(c + 1), "a" | "an" | "the")
        || (c + 1..first).all(|k| matches!(xpos(k), "NNP" | "NNPS"));
    let possessor = matches!(ctx.word(last + 1), "'s" | "\u{2019}s" | "'");
    // "Ali Khan, a member of the PTI": a member, leader or official of a group is acted on
    // as that group's; only a relation of another kind is aside ("a critic of").
    let of_phrase = (c + 1..first).any(|k| {
        ctx.word(k) == "of"
            && !(k > 0
                && matches!(
                    ctx.word(k - 1),
                    "member"
                        | "members"
                        | "leader"
                        | "leaders"
                        | "official"
                        | "officials"
                        | "head"
                        | "chief"
                        | "commander"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                        | "founder"
                        | "chairman"
                        | "president"
                ))
    });
    let closed = end == ctx.len() || matches!(ctx.word(end), "," | ".");
    // ", a claim that the governor's office disputes": a clause of its own after the
    // mention, which does something there; no aside.
    if (c + 1..first).any(|k| is_in(ctx.word(k), RELATIVE_WORDS))
        && (last + 1..end).any(|k| matches!(xpos(k), "VBD" | "VBZ" | "VBP" | "MD"))
    {
        return false;
    }
    // "attacked Ana Ruiz, Senator Ruiz's wife,": a person tied to the possessor by the
    // apposition's role, when the one named is no actor, is acted on as the possessor's.
    if possessor
        && !(t + 1..c).any(|k| ctx.mention_at[k].is_some())
        && (last + 2..end).any(|k| is_in(ctx.lemma(k), TIED_ROLES))
    {
        return false;
    }
    opens && closed && (possessor && last + 2 < end || of_phrase)
}

/// What a side fights that is the fighting itself ("fought a war", "battled an insurgency").
const FOUGHT_THINGS: &[&str] = &[
    "war",
    "battle",
    "fight",
    "campaign",
    "insurgency",
    "conflict",
    "skirmish",
    "duel",
    "offensive",
    "rebellion",
];

/// Roles that tie a person to the one who holds them in a possessive ("the senator's wife",
/// "the president's nominee"): what is done to the person touches the possessor.
const TIED_ROLES: &[&str] = &[
    "wife",
    "husband",
    "spouse",
    "son",
    "daughter",
    "brother",
    "sister",
    "father",
    "mother",
    "nominee",
    "pick",
    "appointee",
    "aide",
    "adviser",
    "advisor",
    "envoy",
    "deputy",
    "spokesman",
    "spokeswoman",
];

/// Verbs whose gerund object is an act proposed or supported by one who need not do it
/// ("would not support driving them out", "recommended indicting her"; not "would consider
/// sending troops", the subject's own act).
const SUPPORTING_VERBS: &[&str] = &[
    "support",
    "back",
    "favor",
    "favour",
    "endorse",
    "oppose",
    "advocate",
    "recommend",
];

/// Is the verb at local token `t` a gerund with no subject of its own that names an act
/// proposed or supported: the object or complement of a verb of [`SUPPORTING_VERBS`], or a
/// conjunct or phrase of a noun of intent ("proposals for deportations and stripping
/// citizenship")? Its doer is not the one who proposes or supports it.
fn proposed_gerund(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed
        || ctx.doc.tokens[ctx.start + t].xpos.as_str() != "VBG"
        || ctx.kids(t).any(|c| ctx.deprel(c).starts_with("nsubj"))
    {
        return false;
    }
    let mut k = t;
    for _ in 0..3 {
        let d = ctx.deprel(k);
        let Some(h) = ctx.head(k) else {
            return false;
        };
        let noun = ctx.doc.tokens[ctx.start + h]
            .xpos
            .as_str()
            .starts_with("NN");
        if noun && matches!(d, "conj" | "nmod") && is_in(ctx.lemma(h), frame::UNREALISED_NOUNS)
            || !noun
                && (matches!(d, "xcomp" | "obj" | "ccomp")
                    || d == "advcl"
                        && k.checked_sub(1).is_none_or(|p| ctx.word(p) != ",")
                        && !ctx.kids(k).any(|c| ctx.deprel(c) == "mark"))
                && is_in(ctx.lemma(h), SUPPORTING_VERBS)
        {
            return true;
        }
        if !matches!(d, "conj" | "nmod") {
            return false;
        }
        k = h;
    }
    false
}

/// Words of a contest that is no fighting ("battled in the cup final", "fought for the
/// title").
const CONTEST_WORDS: &[&str] = &[
    "final",
    "finals",
    "semifinal",
    "cup",
    "trophy",
    "title",
    "medal",
    "game",
    "games",
    "race",
    "derby",
];

/// Roles of those in power or running for it: their rallies and marches are campaign events.
const POLITICAL_ROLES: &[&str] = &["ELI", "LEG", "GOV"];

/// Beginnings of words that name a protest in the words of a rally or march ("marched with
/// striking workers", "rallied with protesters", "with rights activists"). attache's own list.
const PROTEST_STEMS: &[&str] = &["protest", "demonstrat", "strik", "activist", "picket"];

/// Is the protest at `f` a politician's campaign event: every source a person of a political
/// role ([`POLITICAL_ROLES`]), and no "against" nor a word of protest in the act's words?
fn campaign_not_protest(ctx: &Ctx, f: &Frame, sources: &[u32]) -> bool {
    let politician = |m: u32| {
        ctx.doc
            .mentions
            .get(m as usize)
            .and_then(|x| ctx.doc.actors.get(x.actor as usize))
            .is_some_and(|a| {
                a.kind == ActorKind::Person
                    && a.role
                        .as_deref()
                        .is_some_and(|r| POLITICAL_ROLES.contains(&r))
            })
    };
    !sources.is_empty()
        && sources.iter().all(|&m| politician(m))
        && !f.right.iter().any(|&k| {
            ctx.word(k) == "against" || PROTEST_STEMS.iter().any(|p| ctx.word(k).starts_with(p))
        })
}

/// Words of a body whose members act among themselves ("the committee discussed the bill").
/// attache's own list.
const GROUP_WORDS: &[&str] = &[
    "group",
    "council",
    "committee",
    "cabinet",
    "panel",
    "board",
    "team",
    "delegation",
    "parliament",
    "congress",
    "senate",
    "assembly",
    "alliance",
    "coalition",
];

/// Are the doers of the act at `f` several, or other than people: two or more sources, a
/// plural or a group among them ("the leaders", "the council", "we"), a country or body
/// ("Iraq is discussing negotiations": its government deliberates), or a `with` phrase in
/// the act's words whose actor may be uncoded ("discussed the plan with advisers", "in a
/// conference call with Podesta")?
fn several_doers(ctx: &Ctx, f: &Frame, sources: &[u32]) -> bool {
    let mention = |m: u32| ctx.doc.mentions.get(m as usize);
    let person = |m: u32| {
        mention(m)
            .and_then(|x| ctx.doc.actors.get(x.actor as usize))
            .is_some_and(|a| a.kind == ActorKind::Person)
    };
    let plural = |m: u32| {
        let Some(first) = ctx.first_token_of(m) else {
            return false;
        };
        (first..ctx.len())
            .take_while(|&k| ctx.mention_at[k] == Some(m))
            .any(|k| {
                matches!(ctx.doc.tokens[ctx.start + k].xpos.as_str(), "NNS" | "NNPS")
                    || matches!(ctx.word(k), "we" | "they" | "both")
                    || is_in(ctx.word(k), GROUP_WORDS)
            })
    };
    // The subject word itself: "we discussed", where the quote's speaker is the source.
    let plural_subject = ctx.parsed
        && ctx
            .kids(f.trigger)
            .any(|c| ctx.deprel(c).starts_with("nsubj") && matches!(ctx.word(c), "we" | "they"));
    sources.len() >= 2
        || sources.iter().any(|&m| plural(m) || !person(m))
        || plural_subject
        || f.right.iter().any(|&k| ctx.word(k) == "with")
}

/// Means of talking at a distance: a call or letter "to"/"with" someone names the other side
/// of the talk. attache's own list.
const CALL_NOUNS: &[&str] = &[
    "call",
    "phone",
    "telephone",
    "conversation",
    "letter",
    "message",
    "videoconference",
];

/// The partner a call or letter in the trigger's clause names ("discussed the crisis in a
/// phone call to Biden", "during a telephone conversation with Xi"): the actor right after
/// the call noun's "to"/"with", in a phrase opened by in/during/over/by/via, other than a
/// source. Empty when there is none.
fn call_partner(ctx: &Ctx, f: &Frame, sources: &[u32]) -> Vec<u32> {
    let actor = |m: u32| ctx.doc.mentions.get(m as usize).map(|x| x.actor);
    let own: Vec<_> = sources.iter().filter_map(|&m| actor(m)).collect();
    let end = (f.trigger + 1..ctx.len())
        .find(|&k| matches!(ctx.word(k), "." | ";" | ":") || ctx.is_verb_token(k))
        .unwrap_or(ctx.len());
    for k in f.trigger + 1..end.saturating_sub(2) {
        if !is_in(&ctx.lower[k], CALL_NOUNS) || !matches!(ctx.lower[k + 1].as_ref(), "to" | "with")
        {
            continue;
        }
        let opened = (k.saturating_sub(4)..k).any(|j| {
            matches!(
                ctx.lower[j].as_ref(),
                "in" | "during" | "over" | "by" | "via"
            )
        });
        match ctx.mention_at[k + 2] {
            Some(m) if opened && actor(m).is_some_and(|a| !own.contains(&a)) => return vec![m],
            _ => {}
        }
    }
    Vec::new()
}

/// Do the subject mentions `sources` join two or more distinct actors by a conjunction
/// ("Thai and Cambodian soldiers", "Armenia and Azerbaijan"), not an apposition ("this
/// fighter, this stateswoman"), in a sentence that names no contest ("battled in the cup
/// final")?
fn mutual_subject(ctx: &Ctx, sources: &[u32]) -> bool {
    let actor = |m: u32| ctx.doc.mentions.get(m as usize).map(|x| x.actor);
    let mut spans: Vec<(usize, usize, Option<u32>)> = sources
        .iter()
        .filter_map(|&m| {
            let first = ctx.first_token_of(m)?;
            let last = (first..ctx.len())
                .take_while(|&k| ctx.mention_at[k] == Some(m))
                .last()
                .unwrap_or(first);
            Some((first, last, actor(m)))
        })
        .collect();
    spans.sort();
    let distinct = spans.iter().any(|a| spans.iter().any(|b| a.2 != b.2));
    let joined = spans
        .windows(2)
        .all(|w| (w[0].1 + 1..w[1].0).any(|k| matches!(ctx.word(k), "and" | "&" | "or")));
    distinct
        && spans.len() >= 2
        && joined
        && !(0..ctx.len()).any(|k| is_in(ctx.word(k), CONTEST_WORDS))
}

/// Is mention `m` a country or place named as where something happened: after "in",
/// "into", "across", "inside", "near", "along" or "within", with only an article or a
/// word of direction between ("in eastern Congo", "into the north of Syria" is not read)?
fn located_place(ctx: &Ctx, m: u32) -> bool {
    let doc = ctx.doc;
    let place = doc
        .mentions
        .get(m as usize)
        .and_then(|x| doc.actors.get(x.actor as usize))
        .is_some_and(|a| matches!(a.kind, ActorKind::Country | ActorKind::Place));
    let Some(first) = ctx.first_token_of(m) else {
        return false;
    };
    let mut k = first;
    while k > 0
        && matches!(
            ctx.word(k - 1),
            "the"
                | "eastern"
                | "western"
                | "northern"
                | "southern"
                | "central"
                | "northeastern"
                | "northwestern"
                | "southeastern"
                | "southwestern"
                | "north-eastern"
                | "north-western"
                | "south-eastern"
                | "south-western"
        )
    {
        k -= 1;
    }
    // "in Iraq and Syria": a conjunct of a place so named.
    if place && k >= 2 && matches!(ctx.word(k - 1), "and" | "or" | ",") {
        if let Some(prev) = ctx.mention_at[k - 2].filter(|&p| p != m) {
            return located_place(ctx, prev);
        }
    }
    place
        && k > 0
        && matches!(
            ctx.word(k - 1),
            "in" | "into" | "across" | "inside" | "near" | "along" | "within"
        )
}

/// Is the attack at `f` one of force? A word of `data/force_context.txt` in the sentence
/// ("terrorist attack", "killed in the attack", "the attack on the consulate"), an armed actor
/// on either side ("attacks by Islamic State", "attacks on the police"), a target that is a
/// place ("an attack on America", "the attacks in Paris", "attacked Armenian positions": a
/// toponym, or a country by name or demonym),
/// or a place the act is located in.
fn force_context(
    ctx: &Ctx,
    f: &Frame,
    pairs: &[(Option<ActorRef>, Option<ActorRef>)],
    words: &[String],
    modifiers: &[String],
    verbal: bool,
) -> bool {
    let doc = ctx.doc;
    // The trigger is no word around it: "shoots back" is no shooting because "shoot*" is a
    // force word.
    if force_phrase(ctx, f.trigger)
        .into_iter()
        .filter(|&k| k != f.trigger)
        .any(|k| words.iter().any(|w| word_matches(ctx, k, w)))
    {
        return true;
    }
    // "a military attack", "a truck attack"; not "armed with new talking points".
    let t = f.trigger;
    let modifier = |k: usize| {
        if ctx.parsed {
            ctx.head(k) == Some(t)
                && matches!(ctx.deprel(k), "amod" | "compound" | "nmod" | "advmod")
        } else {
            k + 1 == t
        }
    };
    if (0..ctx.len())
        .filter(|&k| k + 1 == t || modifier(k))
        .any(|k| modifiers.iter().any(|w| word_matches(ctx, k, w)))
    {
        return true;
    }
    let actor = |r: &Option<ActorRef>| r.and_then(|r| doc.actors.get(r.actor as usize));
    let armed = |r: &Option<ActorRef>| {
        actor(r).is_some_and(|a| {
            a.role.as_deref().is_some_and(|x| ARMED_ROLES.contains(&x))
                || a.code.as_deref().is_some_and(|c| {
                    c.as_bytes()
                        .chunks(3)
                        .any(|ch| ARMED_ROLES.iter().any(|x| x.as_bytes() == ch))
                })
        })
    };
    let place = |a: &Option<ActorRef>, r: &Option<ActorRef>| {
        let Some(m) = r
            .and_then(|r| r.mention)
            .and_then(|m| doc.mentions.get(m as usize))
        else {
            return false;
        };
        // "Trump attacked China for stealing jobs": a person's attack on a country is words
        // (a person who fought in Vietnam fought).
        if verbal && actor(a).is_some_and(|x| x.kind == ActorKind::Person) {
            return false;
        }
        // "attacked Armenian positions"; not "attacked her Spanish-language skills": a
        // nationality word counts when the noun it modifies is a place or a force.
        if m.form == MentionForm::Adjective {
            let next = doc
                .token_at(m.span.end.saturating_sub(1))
                .and_then(|k| (k + 1).checked_sub(ctx.start))
                .filter(|&k| k < ctx.len());
            return next.is_some_and(|k| {
                is_in(ctx.word(k), PLACE_NOUNS) || is_in(ctx.word(k), FORCE_NOUNS)
            });
        }
        doc.places.iter().any(|p| p.span.overlaps(m.span))
            || m.form == MentionForm::Name
                && actor(r).is_some_and(|a| a.kind == ActorKind::Country && a.role.is_none())
    };
    // "attacked Cruz relentlessly in Iowa": where words aimed at a person were said; "we
    // were attacked in Manhattan": the speaker's own side is no person words are aimed at.
    let person = |r: &Option<ActorRef>| {
        let us = r
            .and_then(|r| r.mention)
            .and_then(|m| doc.mentions.get(m as usize))
            .is_some_and(|m| {
                m.form == MentionForm::Pronoun
                    && matches!(
                        doc.slice(m.span).to_lowercase().as_str(),
                        "we" | "us" | "i" | "me"
                    )
            });
        !us && actor(r).is_some_and(|a| a.kind == ActorKind::Person)
    };
    let no_person = !pairs.iter().any(|(_, b)| person(b));
    pairs
        .iter()
        .any(|(a, b)| armed(a) || armed(b) || place(a, b))
        || no_person && (named_attack(ctx, f) || place_of(ctx, f, pairs, true).is_some())
}

/// The local tokens of the attack's own phrase at `t`: its words but for clauses hung on
/// it directly, of which only the verb counts ("attacked the ship, killing 17 sailors";
/// not "attacked her, calling her plan to combat climate change weak"), the word it hangs
/// on and that word's own dependents ("killed in an attack", "the attack left four dead").
/// Unparsed, the sentence.
fn force_phrase(ctx: &Ctx, t: usize) -> Vec<usize> {
    if !ctx.parsed {
        return (0..ctx.len()).collect();
    }
    let clause = |k: usize| {
        matches!(
            ctx.deprel(k),
            "advcl" | "ccomp" | "parataxis" | "conj" | "xcomp" | "csubj"
        )
    };
    let mut out = Vec::new();
    let mut stack = vec![t];
    while let Some(x) = stack.pop() {
        if out.len() > 512 {
            break;
        }
        out.push(x);
        for c in ctx.kids(x) {
            if x == t && clause(c) {
                // "attacked the ship, killing 17 sailors": the clause's own verb only.
                out.push(c);
            } else {
                stack.push(c);
            }
        }
    }
    if let Some(h) = ctx.head(t) {
        out.push(h);
        out.extend(ctx.kids(h).filter(|&c| c != t));
    }
    out
}

/// Is the attack at `f` named by where or when it happened ("the Paris attacks", "the
/// Benghazi attack", "the Friday attacks", "the Sept. 11, 2001 attacks", "the 9/11 attacks")?
/// The words right before the trigger are a place, a date or a weekday, and no possessive
/// comes before them ("Trump's Tuesday attack" is someone's). Read on the surface: the
/// tagger often takes "attacks" after a name for a verb.
fn named_attack(ctx: &Ctx, f: &Frame) -> bool {
    let doc = ctx.doc;
    let inside = |k: usize, x: Span| {
        let sp = ctx.span(k);
        x.start <= sp.start && sp.end <= x.end
    };
    let named = |k: usize| {
        matches!(ctx.word(k), "9/11" | "9-11")
            || attache_core::date::Weekday::NAMES
                .iter()
                .any(|d| d.eq_ignore_ascii_case(ctx.word(k)))
            || doc.places.iter().any(|p| inside(k, p.span))
            || doc.times.iter().any(|x| inside(k, x.span))
    };
    let t = f.trigger;
    if t == 0 || !named(t - 1) {
        return false;
    }
    // The first word of the name: back over the words of a place or a date ("Sept. 11,
    // 2001", "San Bernardino").
    let mut k = t - 1;
    while k > 0 && (named(k - 1) || ctx.word(k - 1) == "," && k > 1 && named(k - 2)) {
        k -= 1;
    }
    k == 0
        || !matches!(
            ctx.word(k - 1),
            "'s" | "’s" | "his" | "her" | "their" | "its" | "our" | "my"
        )
}

/// Auxiliaries of a main clause that make the present tense of its time clause a future one
/// ("will meet him when he arrives", "would be handed over once the delegation arrives",
/// "must hold off until the envoy visits"), for [`future_time_clause`]. Not the frame's
/// `MODALS`, which marks any frame as not done: that list also holds "may", "might", "can",
/// "going" and the split halves "wo" and "ca" (this rule has not been judged with them;
/// "may", "might" and "can" added changed no output on PolNeAR train or TimeBank+AQUAINT),
/// and lacks the contracted "'d", read here as "would".
const TIME_CLAUSE_MODALS: &[&str] = &[
    "will", "'ll", "shall", "would", "'d", "must", "should", "could",
];

/// Is the verb at local token `t` in the present tense inside a time clause ("after",
/// "when", "once", "before", "until") whose main verb is under a modal ("will meet him when
/// he arrives", "would be handed over once the delegation arrives", "must hold off until
/// the envoy visits")?
fn future_time_clause(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed {
        return false;
    }
    let present = matches!(ctx.doc.tokens[ctx.start + t].xpos.as_str(), "VBZ" | "VBP");
    let time = |k: usize| {
        matches!(
            ctx.lower[k].as_ref(),
            "after" | "when" | "once" | "before" | "until" | "till"
        )
    };
    // The subordinator is the clause's marker, or, where the parse hangs it on the main
    // verb ("once" as its adverb), the word that opens the clause or comes right before it.
    let timed = ctx.kids(t).any(|c| ctx.deprel(c) == "mark" && time(c)) || {
        let mut clause = Vec::new();
        ctx.subtree(t, &mut clause);
        let first = clause.iter().copied().min().unwrap_or(t);
        time(first) || first.checked_sub(1).is_some_and(time)
    };
    let will = |v: usize| {
        ctx.kids(v)
            .any(|c| ctx.deprel(c) == "aux" && TIME_CLAUSE_MODALS.contains(&ctx.lower[c].as_ref()))
    };
    // The main clause is the time clause's head, or (a parse that hangs it the other way,
    // "after he steps down, he will return") a clause hung on it after a comma.
    let future = if ctx.deprel(t) == "advcl" {
        ctx.head(t).is_some_and(will)
    } else {
        ctx.kids(t)
            .any(|c| c > t && matches!(ctx.deprel(c), "ccomp" | "parataxis" | "conj") && will(c))
    };
    present && timed && future
}

/// Does the frame at `f` ask a question: a wh-word, "whether" or "if" opening its content
/// ("asked Obama what he thought", "was asked whether he would back her")?
fn asks_question(ctx: &Ctx, f: &Frame) -> bool {
    let Some((a, b)) = f.content else {
        return false;
    };
    (a.max(f.trigger + 1)..b.min(ctx.len())).take(6).any(|k| {
        matches!(
            ctx.word(k),
            "whether" | "if" | "what" | "why" | "how" | "who" | "which" | "when" | "where"
        )
    })
}

/// Does one of `words` modify the verb at local token `t` as an adverb: the word right before
/// it ("sexually assaulted", "were sexually abused") or an `advmod` of it in the parse?
fn has_adverb(ctx: &Ctx, t: usize, words: &[String]) -> bool {
    let hit = |k: usize| words.iter().any(|w| word_matches(ctx, k, w));
    t.checked_sub(1).is_some_and(hit)
        || ctx.parsed && ctx.kids(t).any(|c| ctx.deprel(c) == "advmod" && hit(c))
}

/// Is the verb at local token `t` in its bare form ("demands Ginsburg resign", "to resign",
/// "could step down") rather than a present tense with a plural subject ("Greek ministers
/// resign over bailout deal")? The tagger often misses a subjunctive, so the form decides
/// unless the parse gives a VBP verb a plural subject.
fn bare_verb(ctx: &Ctx, t: usize, lemma: &str) -> bool {
    if ctx.word(t) != lemma {
        return false;
    }
    let present_plural = ctx.parsed
        && ctx.doc.tokens[ctx.start + t].xpos.as_str() == "VBP"
        && ctx.kids(t).any(|c| {
            ctx.deprel(c) == "nsubj"
                && (matches!(ctx.doc.tokens[ctx.start + c].xpos.as_str(), "NNS" | "NNPS")
                    || matches!(ctx.word(c), "we" | "they"))
        });
    !present_plural
}

/// Nouns of armed positions a nationality word may modify in a target of force
/// ("attacked Armenian positions", "Russian troops").
const FORCE_NOUNS: &[&str] = &[
    "position",
    "positions",
    "forces",
    "troops",
    "border",
    "borders",
    "base",
    "bases",
    "soil",
    "homeland",
    "lines",
    "outposts",
];

/// Actor roles (and code parts) of armed forces and groups: an attack by or on one is force.
const ARMED_ROLES: &[&str] = &["MIL", "COP", "REB", "INS", "IMG", "UAF", "SPY"];

/// Nouns of places a demonym can describe.
const PLACE_NOUNS: &[&str] = &[
    "city",
    "cities",
    "town",
    "towns",
    "village",
    "villages",
    "capital",
    "region",
    "regions",
    "province",
    "provinces",
    "district",
    "districts",
    "port",
    "ports",
    "territory",
    "territories",
    "countryside",
    "coast",
    "island",
    "islands",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "suburbs",
    "oblast",
];

/// Is the time expression at `span` inside a relative clause below the trigger
/// ("released fishermen who had been detained in October", "accused Kinshasa of arming
/// militias that shelled villages last month")? Then it dates that clause's act.
fn in_relative_clause(ctx: &Ctx, span: Span, trigger: usize) -> bool {
    // (A participle's time stays: "In its proposals rolled out in December, Russia
    // demanded" dates the demand.)
    if !ctx.parsed {
        return false;
    }
    let Some(mut k) = (0..ctx.len()).find(|&k| {
        span.contains(ctx.span(k)) && ctx.head(k).is_none_or(|h| !span.contains(ctx.span(h)))
    }) else {
        return false;
    };
    let mut below = false;
    for _ in 0..16 {
        if k == trigger {
            return below;
        }
        below |= ctx.deprel(k) == "acl:relcl";
        match ctx.head(k) {
            Some(h) => k = h,
            None => return false,
        }
    }
    false
}

/// Is time `t` a deadline still open at publication ("vowed to retake the city before the
/// end of the year")? It is then the commitment's due date, not the date it was made.
fn open_deadline(ctx: &Ctx, t: &attache_core::TimeExpr, published: Option<Date>) -> bool {
    let doc = ctx.doc;
    let cue = doc
        .token_at(t.span.start)
        .filter(|&k| k > ctx.start)
        .is_some_and(|k| DEADLINE.contains(&doc.word(k - 1).to_ascii_lowercase().as_str()));
    cue && match (t.interval, published) {
        (Some((_, end)), Some(p)) => end >= p,
        _ => false,
    }
}

/// Does the time expression at `span` modify a noun other than the trigger ("last week's
/// summit", "the December proposals")? Then it dates that noun, not the trigger's clause.
fn modifies_other_noun(ctx: &Ctx, span: Span, trigger: usize) -> bool {
    let Some(h) = (0..ctx.len()).find(|&k| {
        span.contains(ctx.span(k)) && ctx.head(k).is_none_or(|h| !span.contains(ctx.span(h)))
    }) else {
        return false;
    };
    matches!(ctx.deprel(h), "nmod:poss" | "compound" | "amod")
        && ctx
            .head(h)
            .is_some_and(|n| n != trigger && ctx.doc.tokens[ctx.start + n].upos.is("NOUN"))
}

/// Why a coded act lies before the report's own events, if the text says so: a past
/// perfect ("had held talks"), a "before" phrase naming an event ("before this meeting"), a
/// past after-clause of a present report ("comes after Moscow held talks"), "previously".
fn background(ctx: &Ctx, f: &Frame) -> Option<&'static str> {
    let t = f.trigger;
    // Past perfect: "had" before the trigger, past adverbs, "been", "not" between.
    let mut j = t;
    while j > 0 {
        j -= 1;
        let w = ctx.word(j);
        if w == "had" || w == "'d" {
            return Some("past perfect, undated");
        }
        if !(matches!(
            w,
            "been"
                | "not"
                | "n't"
                | "never"
                | "already"
                | "also"
                | "just"
                | "earlier"
                | "previously"
        ) || w.ends_with("ly"))
        {
            break;
        }
    }
    let lexical_before = |k: usize| {
        ctx.word(k) == "before"
            && (k + 1..(k + 4).min(ctx.len())).any(|x| {
                let w = ctx.word(x);
                ctx.lex.noun_lemma(w).is_some()
                    || matches!(w, "meeting" | "talks" | "summit" | "visit" | "trip" | "war")
            })
    };
    let clause_end = (t + 1..ctx.len())
        .find(|&k| matches!(ctx.word(k), ";" | "," | "\"" | "\u{201c}" | "\u{201d}"))
        .unwrap_or(ctx.len());
    if (t + 1..clause_end).any(lexical_before) {
        return Some("before the reported event, undated");
    }
    if (0..ctx.len()).any(|k| ctx.word(k) == "previously" && ctx.head(k) == Some(t))
        || (t > 0 && ctx.word(t - 1) == "previously")
    {
        return Some("previously, undated");
    }
    // "The meeting comes after Moscow held talks with NATO": an after-clause in the past
    // under a present-tense report.
    if ctx.parsed && matches!(ctx.deprel(t), "advcl" | "ccomp") {
        let xpos = |k: usize| ctx.doc.tokens[ctx.start + k].xpos.as_str();
        let after = (0..ctx.len()).any(|k| {
            ctx.head(k) == Some(t)
                && ctx.deprel(k) == "mark"
                && matches!(ctx.word(k), "after" | "since")
        });
        if after && xpos(t) == "VBD" {
            if let Some(h) = ctx.head(t) {
                if matches!(xpos(h), "VBZ" | "VBP") {
                    return Some("before the reported event, undated");
                }
            }
        }
    }
    None
}

/// The parse's reading, with the gaps a parser error leaves filled from the surface
/// reading (a missing subject, object, phrase, complement or condition).
fn merge(ctx: &Ctx, mut d: Frame, mut s: Frame) -> Frame {
    // "condemned the strike, accusing Israel of ...": a participle clause after a comma,
    // hung on the trigger or on its object, is another act of the same subject; its actors
    // fill none of the trigger's own slots.
    let participle_clause = comma_participle_clause(ctx, d.trigger);
    if !participle_clause.is_empty() {
        let inside = |x: &u32| {
            participle_clause
                .iter()
                .any(|&k| ctx.mention_at[k] == Some(*x))
        };
        s.obj.retain(|x| !inside(x));
        for (_, m) in s.preps.iter_mut() {
            m.retain(|x| !inside(x));
        }
    }
    // "opposed discrimination against Muslims": whom the opposed thing is done to is no
    // side of the opposing, read either way.
    let t = d.trigger;
    if let Some(c) = ctx.kids(t).find(|&c| frame::opposes_thing(ctx, t, c)) {
        let aimed_at = frame::aimed_at(ctx, c);
        for f in [&mut d, &mut s] {
            f.obj.retain(|x| !aimed_at.contains(x));
            for (_, m) in f.preps.iter_mut() {
                m.retain(|x| !aimed_at.contains(x));
            }
        }
    }
    let same_phrase = |m: &u32| {
        d.subject_not_actor
            .is_none_or(|w| actor_in_subject_phrase(ctx, *m, w))
    };
    // "expects Lima to isolate the miners and slap tariffs on tin": a verb joined to an
    // infinitive with no subject of its own takes no word of that infinitive's phrase for
    // its subject.
    let borrowed = |m: &u32| {
        ctx.parsed
            && ctx.deprel(d.trigger) == "conj"
            && ctx.head(d.trigger).is_some_and(|g| {
                g < d.trigger
                    && ctx
                        .kids(g)
                        .any(|c| ctx.deprel(c) == "mark" && ctx.word(c) == "to")
                    && !ctx.kids(g).any(|c| ctx.deprel(c).starts_with("nsubj"))
                    && (g + 1..d.trigger).any(|k| ctx.mention_at[k] == Some(*m))
            })
    };
    // (A participle said by a speaker the parse names, who is no actor, has no source read
    // leftwards.)
    if d.subj.is_empty()
        && !d.passive
        && !d.shared_subject
        && (!d.spoken || d.subject_not_actor.is_none())
        && s.subj.iter().all(same_phrase)
        && !s.subj.iter().any(borrowed)
        && !s.subj.iter().any(|&m| compared_mention(ctx, m))
        // ("Ana Vidal started calling senators and asking them to ...": a person or body the
        // parse names as the subject, though uncoded, leaves no actor to be read leftwards.)
        && !uncoded_arg(ctx, d.trigger, true).is_some_and(|m| named_mention(ctx.doc, m))
        // ("we're blaming Muslims, we're blaming Mexicans": nor does a first or second person
        // the parse makes the subject, which no mention covers, unless what is read is the
        // subject of a verb above the trigger: "Trump says we should round up".)
        && (!personal_subject(ctx, d.trigger)
            || s.subj.iter().all(|&m| subject_above(ctx, m, d.trigger)))
    {
        d.subj = s.subj;
        d.passive = s.passive;
        if d.agent.is_empty() {
            d.agent = s.agent.clone();
        }
    }
    // "Sanctions were imposed on Iran by the European Union": a `by` phrase the parse hung
    // on the noun before it is still the passive's agent.
    if d.passive && s.passive && d.agent.is_empty() {
        d.agent = s.agent;
    }
    // "railed against the pact, a deal Uganda negotiated": a mention read rightwards in a
    // phrase of the trigger that the parse makes the subject of a clause on a noun is that
    // clause's doer, not the phrase's.
    for (_, m) in s.preps.iter_mut() {
        m.retain(|&x| !subject_elsewhere(ctx, x, d.trigger));
    }
    // "asked the crowd to welcome the governor": an object the parse names, though no actor,
    // is the one acted on; the clause on it is another act, whose actors the words read
    // rightwards would take for the object.
    if d.obj.is_empty() && ctx.parsed {
        let mut clause = Vec::new();
        for o in ctx.kids(t).filter(|&o| ctx.deprel(o) == "obj") {
            for c in ctx.kids(o).filter(|&c| ctx.deprel(c) == "acl") {
                if ctx
                    .kids(c)
                    .any(|g| ctx.deprel(g) == "mark" && ctx.word(g) == "to")
                {
                    ctx.subtree(c, &mut clause);
                }
            }
        }
        s.obj
            .retain(|x| !clause.iter().any(|&k| ctx.mention_at[k] == Some(*x)));
    }
    if d.obj.is_empty() {
        d.obj = s.obj;
    }
    // "signed a declaration ..., with Trump hosting Pashinyan and Aliyev": a word the parse
    // makes the marker of a clause of the trigger opens that clause, not a phrase of the
    // trigger; the clause's actors are not the act's.
    // So does a purpose clause after the trigger that the parse hangs higher up ("announced
    // plans to travel to a town, to explain to the voters why ...": "explain" on "announced").
    let clause_of = |p: &str| -> Vec<usize> {
        let mut toks = Vec::new();
        if ctx.parsed {
            for c in (0..ctx.len()).filter(|&c| ctx.deprel(c) == "advcl") {
                let own = ctx.head(c) == Some(d.trigger);
                let mut sub = Vec::new();
                ctx.subtree(c, &mut sub);
                let later = p == "to" && c > d.trigger && !sub.contains(&d.trigger);
                if (own || later)
                    && ctx
                        .kids(c)
                        .any(|g| ctx.deprel(g) == "mark" && ctx.word(g) == p)
                {
                    toks.extend(sub);
                }
            }
        }
        toks
    };
    for (p, mut m) in s.preps {
        let clause = clause_of(&p);
        if !clause.is_empty() {
            m.retain(|&x| !clause.iter().any(|&k| ctx.mention_at[k] == Some(x)));
        }
        if d.prep(&p).is_empty() && !m.is_empty() {
            d.preps.push((p, m));
        }
    }
    if d.comp_subj.is_empty() {
        d.comp_subj = s.comp_subj;
    }
    if d.condition.is_none() {
        d.condition = s.condition;
        d.cond_subj = s.cond_subj;
    }
    // The surface's content reaches to the clause end: used only when the parse gave the
    // trigger no dependents to its right at all.
    if d.content.is_none() && d.right.is_empty() {
        d.content = s.content;
    }
    for k in s.right {
        if !d.right.contains(&k) {
            d.right.push(k);
        }
    }
    for p in s.particles {
        if !d.particles.contains(&p) {
            d.particles.push(p);
        }
    }
    d.negated |= s.negated;
    // "will send police to Haiti and urged the UN ...": a conjunct with a tense of its own
    // takes no modal read leftwards across the verb it is joined to.
    let own_tense = ctx.deprel(d.trigger) == "conj"
        && matches!(
            ctx.doc.tokens[ctx.start + d.trigger].xpos.as_str(),
            "VBZ" | "VBD"
        );
    if !d.spoken {
        d.modal |= s.modal && !own_tense;
        d.intent |= s.intent;
    }
    d.in_condition |= s.in_condition;
    d.clause = (d.clause.0.min(s.clause.0), d.clause.1.max(s.clause.1));
    d
}

/// Is the mention `m` the subject of a tensed clause of its own after the trigger at local
/// token `t` ("a deal Uganda criticized", "the strategy Obama has announced"), in the parse:
/// the head word of its phrase an `nsubj` of a finite verb, or of one with a finite auxiliary,
/// that does not govern the trigger? (An infinitive's or gerund's subject, "allowed the
/// inspectors to visit", "accused Iran of arming", is no clause of its own.)
fn subject_elsewhere(ctx: &Ctx, m: u32, t: usize) -> bool {
    if !ctx.parsed {
        return false;
    }
    let Some(first) = ctx.first_token_of(m) else {
        return false;
    };
    // ("an attack on Hillary Clinton fell flat" parsed with the name the verb's subject: on
    // the surface a preposition's object.)
    if first > 0 && ctx.doc.tokens[ctx.start + first - 1].upos.is("ADP") {
        return false;
    }
    (first..ctx.len())
        .take_while(|&k| ctx.mention_at[k] == Some(m))
        .find(|&k| ctx.head(k).is_none_or(|h| ctx.mention_at[h] != Some(m)))
        .is_some_and(|k| {
            ctx.deprel(k).starts_with("nsubj")
                && ctx.head(k).is_some_and(|h| {
                    h > t
                        && ctx.doc.tokens[ctx.start + h].upos.is("VERB")
                        && ctx.tagged_or_aux(h, &["VBD", "VBZ", "VBP", "MD"])
                        && !governs(ctx, h, t)
                })
        })
}

/// Nouns of report whose that-clause states what is reported (`relative_with_own_actor`).
const REPORT_NOUNS: &[&str] = &[
    "report",
    "speculation",
    "rumour",
    "rumor",
    "claim",
    "allegation",
    "suggestion",
    "assertion",
    "accusation",
];

/// Does the relative clause headed by local token `t` name an actor of its own: a subject
/// or a `by` agent that is an actor mention, not the relative pronoun ("which was imposed by
/// the president", "which Moscow denied")?
fn relative_with_own_actor(ctx: &Ctx, t: usize) -> bool {
    // Only a clause opened by a relative pronoun ("which was imposed by"), not a bare one on
    // the thing it names ("the offer she made in Geneva").
    let mut sub = Vec::new();
    ctx.subtree(t, &mut sub);
    let pronoun = |k: usize| is_in(ctx.word(k), RELATIVE_WORDS) || ctx.word(k) == "what";
    // ("what the minister called ...": the free relative's pronoun is the clause's head.)
    let opened = sub.iter().any(|&k| k < t && pronoun(k)) || ctx.head(t).is_some_and(pronoun);
    // "denied media speculation that Cairo had met Hamas leaders": a that-clause on a noun of
    // report is the report's content, whatever the parse calls it, no relative clause.
    let content = ctx
        .head(t)
        .is_some_and(|h| is_in(ctx.lemma(h), REPORT_NOUNS))
        && sub.iter().any(|&k| k < t && ctx.word(k) == "that");
    opened
        && !content
        && ctx.kids(t).any(|c| {
            let d = ctx.deprel(c);
            let agent = d == "obl:agent"
                || d == "obl"
                    && ctx
                        .kids(c)
                        .any(|g| ctx.deprel(g) == "case" && ctx.word(g) == "by");
            (d == "nsubj" || agent) && {
                let mut sub = Vec::new();
                ctx.subtree(c, &mut sub);
                sub.iter().any(|&k| ctx.mention_at[k].is_some())
            }
        })
}

/// Is the first verb of the that-clause the frame at `f` holds a past or present tense or a
/// modal other than "must" and "should" ("that the sheets showed", "that he has", "that
/// they are", "that Mexico will pay"; not "that Maduro step down", "that Iran must leave")?
fn tensed_content(ctx: &Ctx, f: &Frame) -> bool {
    let Some((a, b)) = f.content else {
        return false;
    };
    // (A gerund is no finite verb: "that lifting the embargo was not ...".)
    let verbal = |k: usize| {
        let x = ctx.doc.tokens[ctx.start + k].xpos.as_str();
        x.starts_with("VB") && x != "VBG" || x == "MD"
    };
    let first = if ctx.word(a) == "that" || a > 0 && ctx.word(a - 1) == "that" {
        (a..b).find(|&k| verbal(k))
    } else {
        // "insisted they were ready", "insist most voters don't care": a complement with no
        // "that" is read from the parse: the first of its verb and that verb's auxiliaries.
        // Where the parse gives none ("insisted in the same interview that he was wrong",
        // a "that" read as a relative word), the first finite verb after the trigger, up to a
        // comma or colon, not after an on/upon phrase ("insisted on a judge they can
        // tolerate"), stands for it (session 24).
        complement_first_verb(ctx, f.trigger)
            .filter(|&k| verbal(k))
            .or_else(|| {
                if matches!(ctx.word(f.trigger + 1), "on" | "upon") {
                    return None;
                }
                (f.trigger + 1..ctx.len())
                    .take_while(|&k| !matches!(ctx.word(k), "," | ";" | ":" | "--" | "—"))
                    .find(|&k| verbal(k))
            })
    };
    first.is_some_and(|k| match ctx.doc.tokens[ctx.start + k].xpos.as_str() {
        "VBD" | "VBZ" | "VBN" => true,
        // "that they are", not "that any package include ...": a bare form after a
        // singular subject is a demand, whatever the tagger says.
        // ("the majority of voters don't understand": a negated "do" is no bare form.)
        "VBP" if ctx.lemma(k) == "do" && matches!(ctx.word(k + 1), "not" | "n't") => true,
        "VBP" => !ctx.kids(k).any(|c| {
            ctx.deprel(c) == "nsubj"
                && matches!(ctx.doc.tokens[ctx.start + c].xpos.as_str(), "NN" | "NNP")
        }),
        "MD" => !matches!(ctx.word(k), "must" | "should" | "shall"),
        _ => false,
    })
}

/// Does the verb at local token `t` govern a phrase opened by `w`: its own, or one on the
/// noun of its at/during phrase, the occasion of the act ("spoke with Merkel", "speaking at
/// a joint news conference with Merkel"; not "spoke of his friendship with Merkel", nor "in
/// an interview with CNN")?
fn governs_prep(ctx: &Ctx, t: usize, w: &str) -> bool {
    ctx.kids(t).any(|c| {
        let case = case_of(ctx, c);
        case.as_deref() == Some(w)
            || ctx.deprel(c) == "obl"
                && matches!(case.as_deref(), Some("at" | "during"))
                && ctx.kids(c).any(|g| case_of(ctx, g).as_deref() == Some(w))
    })
}

/// Does the verb at local token `t` govern a clausal complement: a `ccomp` in the parse, or a
/// "that" right after it which the parser hung on it ("critics charged that ..." parsed with
/// "that" as an `obl`) or made the preposition of its phrase ("charges that countries that
/// ... donated"), not a determiner nor the mark of a clause of another word ("charged that
/// man with theft on Monday"); or unparsed, "that" within the three words after it?
fn governs_clause(ctx: &Ctx, t: usize) -> bool {
    if ctx.parsed {
        let that_after = t + 1 < ctx.len()
            && ctx.lower[t + 1].as_ref() == "that"
            && ctx.head(t + 1).is_some_and(|h| {
                h == t && ctx.deprel(t + 1) != "det"
                    || ctx.deprel(t + 1) == "case"
                        && ctx.head(h) == Some(t)
                        && ctx.deprel(h) == "obl"
            });
        that_after || ctx.kids(t).any(|c| ctx.deprel(c) == "ccomp")
    } else {
        (t + 1..(t + 4).min(ctx.len())).any(|k| ctx.lower[k].as_ref() == "that")
    }
}

/// Does the verb at local token `t` take an object or a prepositional phrase (or a passive
/// subject) and no clausal complement?
fn takes_thing(ctx: &Ctx, t: usize) -> bool {
    !ctx.kids(t).any(|c| ctx.deprel(c) == "ccomp")
        && ctx
            .kids(t)
            .any(|c| matches!(ctx.deprel(c), "obj" | "iobj" | "obl" | "nsubj:pass"))
}

/// The first word of the verb group of the clausal complement (`ccomp`) of the verb at local
/// token `t`: the complement's head or the earliest of its auxiliaries and copula. Unparsed,
/// none.
fn complement_first_verb(ctx: &Ctx, t: usize) -> Option<usize> {
    if !ctx.parsed {
        return None;
    }
    let c = ctx.kids(t).find(|&c| ctx.deprel(c) == "ccomp" && c > t)?;
    ctx.kids(c)
        .filter(|&g| matches!(ctx.deprel(g), "aux" | "aux:pass" | "cop") && g < c)
        .min()
        .or(Some(c))
}

/// The local tokens of the participle clauses of words after a comma that hang, in the parse,
/// on the verb at local token `t` or on its object ("rejected the report, *calling it biased*",
/// "condemned the strike, *accusing Israel of ...*"). Unparsed, none.
fn comma_participle_clause(ctx: &Ctx, t: usize) -> Vec<usize> {
    let mut toks = Vec::new();
    if !ctx.parsed {
        return toks;
    }
    for p in t + 2..ctx.len() {
        if ctx.word(p - 1) != "," || ctx.doc.tokens[ctx.start + p].xpos.as_str() != "VBG" {
            continue;
        }
        let on_trigger = ctx.head(p) == Some(t)
            || ctx
                .head(p)
                .is_some_and(|h| h > t && ctx.head(h) == Some(t) && ctx.deprel(h) == "obj");
        // Only a participle of words ("calling", "accusing"): one of force or harm
        // ("attacked the destroyer, killing 17 sailors") says what the act did to its object.
        if on_trigger
            && matches!(ctx.deprel(p), "advcl" | "acl" | "conj" | "parataxis")
            && frame::words_participle(ctx, p)
        {
            ctx.subtree(p, &mut toks);
        }
    }
    toks
}

/// Is mention `m` the party of a comparison ("The senator, *unlike Trump*, praised
/// Mexico")? It is no side of the act.
fn compared_mention(ctx: &Ctx, m: u32) -> bool {
    ctx.doc
        .mentions
        .get(m as usize)
        .and_then(|x| ctx.doc.token_at(x.span.start))
        .is_some_and(|f| f >= ctx.start && frame::comparison_before(ctx, f - ctx.start))
}

/// Is mention `m` part of the phrase of the subject noun at local token `w`, which names no
/// actor ("*Vietnamese*-led forces", "*Russian*-backed, newly armed fighters")? Only when no
/// verb, auxiliary or comma stands between the mention's last word and that noun (a past
/// participle may): an actor across a verb or a comma is another clause's ("A UN official
/// said M23 fighters had ...", "In Kinshasa, rebel fighters ...").
fn actor_in_subject_phrase(ctx: &Ctx, m: u32, w: usize) -> bool {
    let Some(last) = ctx
        .doc
        .mentions
        .get(m as usize)
        .and_then(|x| ctx.doc.token_at(x.span.end.saturating_sub(1)))
    else {
        return false;
    };
    last >= ctx.start
        && (last + 1 - ctx.start..w).all(|k| {
            let tok = &ctx.doc.tokens[ctx.start + k];
            !(tok.upos.is("VERB") || tok.upos.is("AUX") || ctx.word(k) == ",")
                || tok.xpos.as_str() == "VBN"
        })
}

/// CAMEO "Express intent to meet or negotiate": a consultation (root 04) under an intention
/// verb.
const INTENDED_MEETING: &str = "036";

/// CAMEO's intentions of material cooperation and aid (031x, 033x) for the acts (06x, 07x)
/// under an intention verb ("ready to share evidence"); the most specific prefix first.
/// (Yielding, 08x, keeps its code: the labelled set codes "Japan is expected to lift the
/// export ban" 085, and the intention words do not tell the actor's own from others'.)
const INTENDED_COOPERATION: &[(&str, &str)] = &[
    ("061", "0311"),
    ("062", "0312"),
    ("063", "0313"),
    ("064", "0314"),
    ("06", "031"),
    ("071", "0331"),
    ("072", "0332"),
    ("073", "0333"),
    ("074", "0334"),
    ("07", "033"),
];

/// The intentions CAMEO codes under 03 for the acts a generic promise, agreement or offer
/// is about ("agreed to release the prisoners": 084 -> 0353; "pledged to withdraw its
/// troops": 0873 -> 0356), besides those of [`INTENDED_COOPERATION`] (their prefixes do
/// not overlap), the most specific prefix first. A ceasefire agreed to keeps 0871 (the
/// codebook's note on 0871). Acts of conflict have no intention of cooperation and are not
/// listed; nor is diplomatic cooperation (05), whose agreements are coded as acts.
const INTENDED_OTHER_ACTS: &[(&str, &str)] = &[
    ("045", "039"),
    ("04", "036"),
    ("0831", "0341"),
    ("0832", "0342"),
    ("0833", "0343"),
    ("0834", "0344"),
    ("083", "034"),
    ("084", "0353"),
    ("085", "0354"),
    ("086", "0355"),
    ("0871", "0871"),
    ("087", "0356"),
    ("08", "035"),
];

/// The 03 intention of act `code` under a generic promise, agreement or offer
/// ([`INTENDED_COOPERATION`], then [`INTENDED_OTHER_ACTS`]).
fn intention_of(code: &str) -> Option<&'static str> {
    INTENDED_COOPERATION
        .iter()
        .chain(INTENDED_OTHER_ACTS)
        .find(|(act, _)| code.starts_with(act))
        .map(|&(_, c)| c)
}

/// The threat CAMEO codes for an act of violence (18 assault, 19 fight, 20 mass violence)
/// promised against a side ("vowed to kill Americans": 130; "pledged to destroy Israel",
/// "to wipe out the rebels": 138, threaten with military force). `None` for other acts.
fn threat_of_force(code: &str) -> Option<&'static str> {
    match root(code) {
        "18" => Some("130"),
        "19" | "20" => Some("138"),
        _ => None,
    }
}

/// Is local token `t` a participle describing the thing named right before it: an `acl`
/// of that noun, or a present participle the parse hangs as an `advcl` on the verb whose
/// object ends right before it, with no comma between ("vetoed a resolution demanding a
/// ceasefire")?
fn on_thing_before(ctx: &Ctx, t: usize) -> bool {
    if t == 0 || ctx.mention_at[t - 1].is_some() {
        return false;
    }
    match ctx.deprel(t) {
        "acl" => true,
        "advcl" => {
            ctx.doc.tokens[ctx.start + t].xpos.as_str() == "VBG"
                && ctx.deprel(t - 1) == "obj"
                && ctx.head(t - 1) == ctx.head(t)
                && !ctx
                    .kids(t)
                    .any(|c| matches!(ctx.deprel(c), "mark" | "nsubj"))
        }
        _ => false,
    }
}

/// "The Bundestag voted to send heavy weapons to Ukraine": aid a body voted to give is a
/// commitment to give it (033x), decided, not hypothetical. (A vote to condemn or endorse is
/// the condemnation or endorsement itself.)
fn voted_for(ctx: &Ctx, t: usize) -> bool {
    ctx.parsed
        && matches!(ctx.deprel(t), "xcomp" | "advcl")
        && ctx
            .kids(t)
            .any(|c| ctx.deprel(c) == "mark" && ctx.word(c) == "to")
        && ctx.head(t).is_some_and(|h| h < t && ctx.lemma(h) == "vote")
}

/// Words of a response vowed to an earlier act ("vowed to retaliate", "a harsh response").
const RESPONSE_WORDS: &[&str] = &["respond", "response", "retaliat*", "revenge", "avenge"];

/// The source mention of the nearest earlier act of force (18-20) in this or the two
/// sentences before sentence `s`, aimed at the side of `sources` by another side.
fn force_against(ctx: &Ctx, s: usize, f: &Frame, sources: &[u32], out: &[Draft]) -> Option<u32> {
    let doc = ctx.doc;
    let own: Vec<u32> = sources
        .iter()
        .filter_map(|&m| doc.mentions.get(m as usize).map(|x| x.actor))
        .collect();
    if own.is_empty() {
        return None;
    }
    let ours = |a: u32| own.iter().any(|&o| same_side(doc, o, a));
    let at = ctx.span(f.trigger).start;
    out.iter().rev().find_map(|d| {
        let e = &d.event;
        let (src, tgt) = (e.source?, e.target?);
        let fits = e.evidence.trigger.start < at
            && (e.sentence as usize) + 2 >= s
            && FORCE_ROOTS.contains(&root(&e.cameo))
            && !e.negated
            && ours(tgt.actor)
            && !ours(src.actor);
        fits.then_some(src.mention).flatten()
    })
}

/// Does an if- or unless-clause hang from local token `t` (or from a word below it) in the
/// parse, or open the sentence ("If Russia invades Ukraine, the United States will impose
/// sanctions": the main clause's, however the parse hangs it)?
fn condition_below(ctx: &Ctx, t: usize) -> bool {
    // "If Russia attacks ..., the alliance will defend ..., Stoltenberg warned": a reporting
    // verb after its content (parataxis) has the content's if-clause.
    let content = Some(t)
        .filter(|&t| ctx.deprel(t) == "parataxis")
        .and_then(|t| ctx.head(t));
    (0..ctx.len()).any(|k| {
        if !ctx.condition_word(k) {
            return false;
        }
        if k == 0 {
            return true;
        }
        let mut h = k;
        for _ in 0..24 {
            // "criticised the agreement and warned that it would ... if ...": the if-clause
            // of a verb joined to the trigger is that verb's.
            if ctx.deprel(h) == "conj" && ctx.head(h) == Some(t) {
                return false;
            }
            match ctx.head(h) {
                Some(g) if g == t || Some(g) == content => return true,
                Some(g) => h = g,
                None => return false,
            }
        }
        false
    })
}

/// "If the talks fail, Hamas warned Israel, the region will suffer": an if/unless clause
/// opening the sentence before a trigger set off by commas, with a clause of its own subject
/// after the second comma, conditions that clause (the warning's content), however the parse
/// hangs it on the trigger; the trigger's act is stated (session 25, leftovers).
fn condition_before_aside(ctx: &Ctx, t: usize) -> bool {
    if !ctx.parsed || t == 0 {
        return false;
    }
    let conditions: Vec<usize> = (0..t).filter(|&k| ctx.condition_word(k)).collect();
    let Some(&first) = conditions.first() else {
        return false;
    };
    // (the condition opens the sentence, and a comma ends it before the trigger's clause)
    if first != 0 || ctx.head(first).and_then(|v| ctx.head(v)) != Some(t) {
        return false;
    }
    if !(first..t).any(|j| ctx.word(j) == ",") {
        return false;
    }
    ctx.kids(t).any(|c| {
        c > t
            && matches!(ctx.deprel(c), "ccomp" | "parataxis")
            && ctx.kids(c).any(|s| ctx.deprel(s).starts_with("nsubj"))
            && (t + 1..c).any(|j| ctx.word(j) == ",")
            && !(t + 1..c).any(|j| ctx.word(j) == "that")
    })
}

/// Does every if/unless clause below the trigger at local token `t` belong to a clause inside
/// its content: one with a subject of its own between the if-clause and the trigger ("have
/// agreed that the talks will succeed if ...", "asking them to tell Bush that the party
/// would object if ..."), or opened right after a "that" to the trigger's right ("warned
/// lawyers that if he is indicted, the government may ...")? With `through_xcomp`, a
/// to-infinitive complement of the trigger counts as such a clause too.
fn condition_of_inner_clause(ctx: &Ctx, t: usize, through_xcomp: bool) -> bool {
    let mut any = false;
    for k in (0..ctx.len()).filter(|&k| ctx.condition_word(k)) {
        let Some(v) = ctx.head(k) else { continue };
        if v != t && !frame::governs(ctx, t, v) {
            continue;
        }
        any = true;
        let after_that = k > t + 1 && ctx.word(k - 1) == "that";
        // ("chiding Trump who, if he wins, would be in charge": the parse may make the
        // if-clause's verb the relative clause on a noun of the act)
        let mut inner = v != t && ctx.deprel(v) == "acl:relcl";
        let mut h = v;
        while let Some(g) = ctx.head(h).filter(|_| h != t) {
            if g == t {
                break;
            }
            inner |= ctx.deprel(g) == "acl:relcl"
                || ctx
                    .kids(g)
                    .any(|c| c != h && ctx.deprel(c).starts_with("nsubj"))
                // "pressed Iran to free the sailors if it wanted talks", "declined to guess at
                // a fallback if the vote failed": the condition of the act a to-infinitive
                // complement names is no condition of the pressing (session 25).
                || through_xcomp && g != t && ctx.deprel(g) == "xcomp" && ctx.head(g) == Some(t);
            h = g;
        }
        if !(inner || after_that) {
            return false;
        }
    }
    any
}

/// Can actor `a` be one of "both sides", "the two leaders": anyone but a group the KB
/// cannot code ("the media", "foreigners", "the protesters": a description, no party).
fn can_be_side(doc: &Document, a: u32) -> bool {
    doc.actors
        .get(a as usize)
        .is_some_and(|x| x.code.is_some() || x.kind != ActorKind::Group)
}

/// Are actors `a` and `b` on one side: the same actor, codes of which one extends the other
/// ("ETH" and "ETHGOV", "IGOUNO" and "IGOUNOIAE"), or organs of one state ("LBNGOV" and
/// "LBNMIL"; an opposition party is not its government's side)?
pub(crate) fn same_side(doc: &Document, a: u32, b: u32) -> bool {
    if a == b {
        return true;
    }
    let (Some(x), Some(y)) = (doc.actors.get(a as usize), doc.actors.get(b as usize)) else {
        return false;
    };
    let (Some(c), Some(d)) = (x.code.as_deref(), y.code.as_deref()) else {
        return false;
    };
    if c.starts_with(d) || d.starts_with(c) {
        return true;
    }
    let organ = |code: &str| {
        let role = code.get(3..6).unwrap_or("");
        matches!(role, "" | "GOV" | "MIL" | "SPY" | "COP")
    };
    x.country.is_some() && x.country == y.country && organ(c) && organ(d)
}

/// Is the trigger's direct object (in the parse) an actor no code names ("Western
/// governments")?
fn uncoded_object(ctx: &Ctx, f: &Frame) -> bool {
    if !ctx.parsed || !f.obj.is_empty() || ctx.uncoded.is_empty() {
        return false;
    }
    ctx.children.get(f.trigger).is_some_and(|kids| {
        kids.iter().any(|&c| {
            let c = c as usize;
            ctx.deprel(c) == "obj" && ctx.uncoded.iter().any(|sp| sp.contains(ctx.span(c)))
        })
    })
}

/// Words before the place where an act happened.
/// Nouns of "the town(s)/city/village of PLACE" before a struck place's name.
const SETTLEMENT_NOUNS: &[&str] = &[
    "town", "towns", "city", "cities", "village", "villages", "port", "region",
];

const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "across",
    "around",
    "off",
    "into",
    "to",
    "from",
    "over",
    "along",
    "toward",
    "towards",
    "throughout",
    "within",
];

/// Verbs that end, prevent or deny what their object names ("lifted the blockade",
/// "removing the sanctions", "would prohibit all aid"): that object is no event of its own.
const ENDING: &[&str] = &[
    "lift", "end", "remove", "ease", "halt", "stop", "suspend", "cancel", "postpone", "scrap",
    "prevent", "prohibit", "deny", "avert", "block", "oppose", "reject", "refuse", "delay",
    "abandon", "drop", "revoke", "rescind", "withdraw", "break", "violate", "breach",
];

/// Is the event noun at local `t` the object of an ending verb (through a parse), or what
/// a side pulls, backs or drops out of ("pulled out of the nuclear deal": no deal made;
/// session 26, review)?
fn ended(ctx: &Ctx, t: usize) -> bool {
    ctx.head(t).is_some_and(|h| {
        matches!(ctx.deprel(t), "obj" | "nsubj:pass") && ENDING.contains(&ctx.lemma(h))
            || ctx.deprel(t) == "obl"
                && matches!(ctx.lemma(h), "pull" | "back" | "drop" | "walk" | "opt")
                && ctx
                    .kids(t)
                    .any(|c| ctx.deprel(c) == "case" && ctx.lower[c].as_ref() == "of")
                && (h + 1..t).any(|o| ctx.lower[o].as_ref() == "out")
    })
}

/// Is local token `k` an "and" that opens a new predicate ("and is", "and will", "and
/// threatened")?
/// Is local token `t` a verb the parse joins to another verb inside `(a, b)`, as that verb's
/// second act rather than the governing verb's ([`frame::matrix_of_conjunct`])?
fn inner_conjunct(ctx: &Ctx, t: usize, (a, b): (usize, usize)) -> bool {
    ctx.parsed
        && t < ctx.len()
        && ctx.deprel(t) == "conj"
        && ctx
            .head(t)
            .is_some_and(|h| (a..b).contains(&h) && frame::matrix_of_conjunct(ctx, t, h).is_none())
}

/// Does a present participle that the lexicon knows follow the comma at local token `k`?
fn comma_participle(ctx: &Ctx, k: usize) -> bool {
    ctx.word(k) == ","
        && ctx
            .doc
            .tokens
            .get(ctx.start + k + 1)
            .is_some_and(|t| t.xpos.as_str() == "VBG")
        && ctx.lex.trigger_lemma(ctx.word(k + 1)).is_some()
}

fn starts_predicate(ctx: &Ctx, k: usize) -> bool {
    // ", which Tehran denied": a relative clause with an actor of its own as subject is that
    // actor's act, not part of what the trigger says.
    if ctx.word(k) == ","
        && matches!(ctx.word(k + 1), "which" | "who")
        && ctx.mention_at.get(k + 2).copied().flatten().is_some()
    {
        return true;
    }
    if ctx.word(k) != "and" || ctx.mention_at.get(k + 1).copied().flatten().is_some() {
        return false;
    }
    let next = ctx.word(k + 1);
    ctx.lex.trigger_lemma(next).is_some()
        || matches!(
            next,
            "is" | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "may"
                | "might"
                | "could"
                | "can"
                | "not"
                | "never"
                | "did"
                | "does"
        )
}

/// Does the act's if-clause hold one of `words` ("would respond if Israel attacked")?
/// Does the trigger of `f` govern a to-infinitive: `to` among its words, right before a verb
/// ("declined on Tuesday to threaten Moscow"; "declined to $3 billion" has none)?
fn governs_infinitive(ctx: &Ctx, f: &Frame) -> bool {
    infinitive_verb(ctx, f).is_some()
}

/// The verb of the to-infinitive the trigger of `f` governs ([`governs_infinitive`]), if any.
fn infinitive_verb(ctx: &Ctx, f: &Frame) -> Option<usize> {
    // Parsed, the verb hangs on the trigger or on its object ("told Iran to give ..."), not
    // on a predicate of another clause ("told reporters that Moscow was ready to resume").
    // A verb with a subject of its own heads a clause ("told the marines that their goal is
    // to restore order": the goal's predicate), not the infinitive of the trigger.
    let own = |v: usize| {
        !ctx.parsed
            || ctx.head(v).is_some_and(|h| {
                h == f.trigger
                    || ctx.head(h) == Some(f.trigger) && matches!(ctx.deprel(h), "obj" | "iobj")
            }) && !ctx.kids(v).any(|c| ctx.deprel(c).starts_with("nsubj"))
    };
    // "to “donate”", "to voluntarily suspend": a quote mark or an adverb may come between.
    let skip = |k: usize| {
        let upos = ctx.doc.tokens[ctx.start + k].upos;
        upos.is("ADV") || matches!(ctx.word(k), "“" | "\"" | "'" | "‘" | "``")
    };
    f.right.iter().find_map(|&k| {
        if ctx.word(k) != "to" {
            return None;
        }
        let v = (k + 1..(k + 4).min(ctx.len())).find(|&x| !skip(x))?;
        (f.right.contains(&v)
            && {
                let upos = ctx.doc.tokens[ctx.start + v].upos;
                upos.is("VERB") || upos.is("AUX")
            }
            && own(v))
        .then_some(v)
    })
}

/// Does a place of the article follow `prep` among the trigger's words, with at most an
/// article between ("withdraw from Goma", "from the Donbas")?
fn place_after(ctx: &Ctx, f: &Frame, prep: &str) -> bool {
    f.right.iter().any(|&k| {
        ctx.word(k) == prep
            && (k + 1..(k + 3).min(ctx.len()))
                .take_while(|&j| j == k + 1 || ctx.word(k + 1) == "the")
                .any(|j| {
                    let span = ctx.span(j);
                    ctx.doc.places.iter().any(|p| p.span.contains(span))
                })
    })
}

/// Is the trigger's object "each other" or "one another", right after it or after its
/// particle ("accused each other", "lashed out at one another")?
fn reciprocal_object(ctx: &Ctx, f: &Frame) -> bool {
    let t = f.trigger;
    (t + 1..(t + 3).min(ctx.len().saturating_sub(1))).any(|k| {
        matches!(
            (ctx.word(k), ctx.word(k + 1)),
            ("each", "other") | ("one", "another")
        ) && (k == t + 1 || f.particles.iter().any(|p| p == ctx.word(t + 1)))
    })
}

/// Is local token `k` inside an if- or unless-clause that does not hold the trigger of `f`
/// (the frame's condition, or one the surface reading found)?
fn in_condition_of_other(ctx: &Ctx, f: &Frame, k: usize) -> bool {
    let t = f.trigger;
    f.condition.is_some_and(|c| c.contains(ctx.span(k)))
        || ctx
            .conditions
            .iter()
            .any(|&(c0, c1)| c0 <= k && k < c1 && !(c0 < t && t < c1))
}

fn hostile_condition(ctx: &Ctx, f: &Frame, words: &[String]) -> bool {
    let Some(c) = f.condition else {
        return false;
    };
    (0..ctx.len())
        .filter(|&k| c.contains(ctx.span(k)))
        .any(|k| words.iter().any(|w| word_matches(ctx, k, w)))
}

/// Does the complement state the source's own act ("warned that it would respond if ...")?
/// Its subject, the words before its first modal, is an actor on the source's side or a bare
/// it/we/they, and the verb after the modal is not one of `states` ("warned that growth in
/// Kenya would slow if ...", "that inflation would rise if ...": forecasts, not threats).
fn own_act(ctx: &Ctx, f: &Frame, states: &[String]) -> bool {
    let Some((a, b)) = f.content else {
        return false;
    };
    let cond_start = f.condition.map_or(u32::MAX, |c| c.start);
    let b = (a..b.min(ctx.len()))
        .find(|&k| ctx.span(k).start >= cond_start)
        .unwrap_or(b.min(ctx.len()));
    let Some(modal) = (a..b).find(|&k| is_in(ctx.word(k), MODALS)) else {
        return false;
    };
    let a = if ctx.word(a) == "that" { a + 1 } else { a };
    if a >= modal {
        return false;
    }
    let doc = ctx.doc;
    let actor = |m: u32| doc.mentions.get(m as usize).map(|m| m.actor);
    let subject_own = match (a..modal).find_map(|k| ctx.mention_at[k]) {
        Some(m) => match (f.subj.first().and_then(|&s| actor(s)), actor(m)) {
            (Some(x), Some(y)) => same_side(doc, x, y),
            _ => false,
        },
        None => modal == a + 1 && matches!(ctx.word(a), "it" | "we" | "they"),
    };
    let verb = (modal + 1..b).find(|&k| !matches!(ctx.word(k), "not" | "n't" | "also" | "then"));
    subject_own && verb.is_some_and(|k| !states.iter().any(|w| word_matches(ctx, k, w)))
}

/// The forms and lemmas of the sentence's tokens, and each form without a final `s` or
/// (on a stem that takes it) `es`: a lexicon word without `*` matches some token
/// ([`word_matches`]) exactly when it is in this set.
fn sentence_words<'c>(ctx: &'c Ctx) -> WordSet<&'c str> {
    // Up to four words a token: sized once, never rehashed.
    let mut set = WordSet::with_capacity_and_hasher(4 * ctx.len(), Default::default());
    for k in 0..ctx.len() {
        let form = ctx.word(k);
        set.insert(form);
        set.insert(ctx.lemma(k));
        if let Some(stem) = form.strip_suffix('s') {
            set.insert(stem);
        }
        if let Some(stem) = form.strip_suffix("es").filter(|stem| takes_es(stem)) {
            set.insert(stem);
        }
    }
    set
}

/// Does any token of the sentence match the lexicon word `w` ([`word_matches`])? `words`
/// is [`sentence_words`] of the sentence; a `prefix*` word is compared token by token.
fn matches_anywhere(ctx: &Ctx, words: &WordSet<&str>, w: &str) -> bool {
    if w.ends_with('*') {
        (0..ctx.len()).any(|k| word_matches(ctx, k, w))
    } else {
        words.contains(w)
    }
}

/// Does local token `k` match a lexicon word (lemma, form, plural, or `prefix*`)? A plural
/// in `-es` is read only on a word that takes it (ending in s, x, z, ch, sh or o: "taxes",
/// "marches"): "aides" is no plural of "aid" (session 19).
pub(crate) fn word_matches(ctx: &Ctx, k: usize, w: &str) -> bool {
    let form = ctx.word(k);
    let lemma = ctx.lemma(k);
    if let Some(prefix) = w.strip_suffix('*') {
        return form.starts_with(prefix) || lemma.starts_with(prefix);
    }
    form == w
        || lemma == w
        || form.strip_suffix('s') == Some(w)
        || form.strip_suffix("es") == Some(w) && takes_es(w)
}

/// Does a noun form its plural with `-es` ("tax", "march", "bush", "hero")?
fn takes_es(w: &str) -> bool {
    ["s", "x", "z", "ch", "sh", "o"]
        .iter()
        .any(|e| w.ends_with(e))
}

/// The uncoded actor mention that is the subject (`subject`) or the direct object of the
/// verb at local token `t` in the parse; a verb joined to another shares its subject. The
/// subject of a relative clause is the noun it describes ("the militants who kidnapped the
/// envoy"); that of an event noun is its possessor ("Hana Okafor's investigation"), else its
/// by-phrase ("the kidnapping of the envoy by militants").
fn uncoded_arg(ctx: &Ctx, t: usize, subject: bool) -> Option<u32> {
    if !ctx.parsed {
        return None;
    }
    if subject && is_noun(ctx, t) {
        let doer = ctx
            .kids(t)
            .find(|&c| ctx.deprel(c) == "nmod:poss")
            .or_else(|| {
                ctx.kids(t).find(|&c| {
                    matches!(ctx.deprel(c), "nmod" | "nmod:agent" | "obl:agent")
                        && case_of(ctx, c).is_some_and(|w| w.eq_ignore_ascii_case("by"))
                })
            })
            // ("the sanctions imposed by the rebels": a participle's by-phrase.)
            .or_else(|| {
                ctx.kids(t)
                    .filter(|&c| ctx.deprel(c) == "acl")
                    .find_map(|c| frame::participle_agent(ctx, c))
            })
            .and_then(|c| uncoded_head(ctx, c));
        if doer.is_some() {
            return doer;
        }
    }
    // "a super PAC backing Jeb Bush": a present participle on a noun, with no subject of its
    // own, is that noun's act.
    if subject
        && ctx.deprel(t) == "acl"
        && ctx.doc.tokens[ctx.start + t].xpos.as_str() == "VBG"
        && !ctx.kids(t).any(|c| ctx.deprel(c).starts_with("nsubj"))
    {
        // (The noun's own mention: "the bulk of it attacking Dewhurst" names no doer.)
        let h = ctx.head(t).filter(|&h| h < t)?;
        if ctx.uncoded_at[h].is_some() || !is_in(ctx.lemma(h), frame::INSTRUMENT_NOUNS) {
            return ctx.uncoded_at[h];
        }
        // "The City Council approved a resolution condemning", "wrote an op-ed urging": a
        // letter, statement or resolution acting is its author's instrument, as the frame
        // reads a coded author: its possessor or by-phrase, else the subject of the verb of
        // making or sending it (`frame::authored_by`).
        if let Some(m) = uncoded_arg(ctx, h, true) {
            return Some(m);
        }
        return frame::authored_by(ctx, h).and_then(|v| uncoded_arg(ctx, v, true));
    }
    if subject && ctx.deprel(t) == "acl:relcl" {
        let rel = ctx.kids(t).find(|&c| ctx.deprel(c) == "nsubj")?;
        if is_in(ctx.word(rel), RELATIVE_WORDS) {
            return relative_clause_noun(ctx, t);
        }
    }
    if !subject {
        // "offered him money": the indirect object is the one the act is done to; else
        // the direct object.
        let object = |rel: &str| ctx.kids(t).find(|&c| ctx.deprel(c) == rel);
        if let Some(m) = object("iobj").and_then(|k| uncoded_head(ctx, k)) {
            return Some(m);
        }
        // ("shot and killed Rui Costa": the object the verb shares with the one joined
        // after it, `frame::shared_object`.)
        return object("obj")
            .and_then(|k| uncoded_head(ctx, k))
            .or_else(|| frame::shared_object(ctx, t).and_then(|k| uncoded_head(ctx, k)));
    }
    // ("she had not consulted", parsed with a passive subject: a perfect with no form of be
    // or get is active, `frame::perfect_not_passive`.)
    let slot = |v: usize| {
        ctx.kids(v).find(|&c| match ctx.deprel(c) {
            "nsubj" | "nsubj:outer" => true,
            "nsubj:pass" => frame::perfect_not_passive(ctx, v),
            _ => false,
        })
    };
    let mut v = t;
    for _ in 0..3 {
        if let Some(k) = slot(v) {
            // ("In the interview, Ana Vidal, who endorsed him in May, said": a "who" the
            // parse leaves as a main clause's subject stands for the name before its comma.)
            if ctx.lower[k] == "who" && k >= 2 && ctx.word(k - 1) == "," {
                if let Some(m) = ctx.uncoded_at[k - 2] {
                    return Some(m);
                }
            }
            return uncoded_head(ctx, k);
        }
        let h = ctx.head(v)?;
        v = match ctx.deprel(v) {
            "conj" => frame::matrix_of_conjunct(ctx, v, h).unwrap_or(h),
            // "flew to Washington to appeal to Reno": a subjectless infinitive under a verb
            // with no object is that verb's subject's act ("ordered the envoy to leave" is
            // the envoy's).
            "xcomp"
                if h < v
                    && ctx.is_verb_token(h)
                    && !ctx.kids(h).any(|c| matches!(ctx.deprel(c), "obj" | "iobj")) =>
            {
                h
            }
            _ => return None,
        };
    }
    None
}

/// Prepositions whose phrase names a party to an act rather than its place or time, when
/// the entry lists them as a target slot ("the arrest *of* Ana Vidal", "took aim *at* Rui
/// Costa", "an inquiry *into* Harlow Mining").
const PARTY_PREPS: &[&str] = &[
    "with", "to", "against", "on", "from", "between", "of", "at", "into", "toward", "towards",
];

/// The uncoded actor mention heading the `prep` phrase of the verb or noun at local token
/// `t` in the parse ("met *with Ana Vidal*"), else a name in apposition to its head ("met
/// with the boy's uncle, Rui Costa"). A verb's phrase may hang on the event noun that is
/// its object ("held a meeting *with Ana Vidal*", "filed a lawsuit *against Harlow
/// Mining*"), as the frame reads a coded actor there.
fn uncoded_prep(ctx: &Ctx, t: usize, prep: &str) -> Option<u32> {
    if !ctx.parsed {
        return None;
    }
    let phrase = |h: usize| {
        ctx.kids(h).find(|&c| {
            matches!(ctx.deprel(c), "obl" | "obl:agent" | "nmod")
                && case_of(ctx, c).is_some_and(|w| w.eq_ignore_ascii_case(prep))
        })
    };
    if let Some(c) = phrase(t) {
        return uncoded_head(ctx, c);
    }
    if prep == "by" {
        return None;
    }
    if is_noun(ctx, t) {
        // "the talks held by the minister with Ana Vidal": a phrase of the participle whose
        // agent does the noun's act.
        let held = ctx
            .kids(t)
            .find(|&c| ctx.deprel(c) == "acl" && frame::participle_agent(ctx, c).is_some())?;
        return uncoded_head(ctx, phrase(held)?);
    }
    let object = ctx.kids(t).find(|&c| ctx.deprel(c) == "obj")?;
    if ctx.mention_at[object].is_some() || ctx.uncoded_at[object].is_some() {
        return None;
    }
    uncoded_head(ctx, phrase(object)?)
}

/// The uncoded actor mention opening right after the preposition `prep` that follows the
/// trigger at local token `t` (after its particle, if any), read on the surface where the
/// parse hangs the phrase elsewhere ("called on Ana Vidal to ...", whose name the parse may
/// make the subject of the infinitive).
fn uncoded_after_prep(ctx: &Ctx, t: usize, prep: &str, particle: Option<&str>) -> Option<u32> {
    let mut k = t + 1;
    if particle.is_some_and(|w| w != prep && ctx.word(k).eq_ignore_ascii_case(w)) {
        k += 1;
    }
    if !ctx.word(k).eq_ignore_ascii_case(prep) {
        return None;
    }
    // ("talks with union leaders": modifiers of the mention's head may open the phrase.)
    let first = (k + 1..ctx.len().min(k + 4)).find(|&j| ctx.uncoded_at[j].is_some())?;
    let m = opens_uncoded(ctx, first)?;
    let modifies = |j: usize| {
        matches!(ctx.deprel(j), "det" | "amod" | "compound" | "nummod")
            && ctx.head(j).is_some_and(|h| ctx.uncoded_at[h] == Some(m))
    };
    (k + 1..first).all(modifies).then_some(m)
}

/// The uncoded actor mention opening right after the verb at local token `t` that the parse
/// attaches to it by another relation than its object's ("detained Ana Vidal", read as a
/// predicate), never as its subject or a clause of its own.
fn uncoded_right_after(ctx: &Ctx, t: usize) -> Option<u32> {
    if !ctx.parsed || is_noun(ctx, t) {
        return None;
    }
    let m = opens_uncoded(ctx, t + 1)?;
    let head = (t + 1..ctx.len())
        .take_while(|&k| ctx.uncoded_at[k] == Some(m))
        .find(|&k| ctx.head(k).is_none_or(|h| ctx.uncoded_at[h] != Some(m)))?;
    let own = ctx.head(head) == Some(t)
        && !matches!(
            ctx.deprel(head).split(':').next(),
            Some("nsubj" | "csubj" | "ccomp" | "advcl" | "parataxis" | "conj" | "acl")
        );
    own.then_some(m)
}

/// The uncoded actor mention whose first token is local token `k`, when it is a whole noun
/// phrase: no possessor or modifier of a noun after it ("with Ana Vidal's lawyer", "to
/// Harlow's decision").
fn opens_uncoded(ctx: &Ctx, k: usize) -> Option<u32> {
    let m = ctx.uncoded_at.get(k).copied().flatten()?;
    if k > 0 && ctx.uncoded_at[k - 1] == Some(m) {
        return None;
    }
    let after = (k..ctx.len())
        .find(|&j| ctx.uncoded_at[j] != Some(m))
        .unwrap_or(ctx.len());
    let possessor =
        after < ctx.len() && matches!(ctx.word(after), "'s" | "'" | "\u{2019}s" | "\u{2019}");
    // (The parse's relation of the phrase's last word: a modifier hangs on a noun after it.)
    let modifier = matches!(ctx.deprel(after - 1), "compound" | "nmod:poss" | "amod");
    (!possessor && !modifier).then_some(m)
}

/// The if- or unless-clause on the verb at local token `t`, or on the to-infinitive it
/// governs ("threatened to revoke his parole *if he did not sign*").
fn condition_clause(ctx: &Ctx, t: usize) -> Option<usize> {
    let conditional = |v: usize| {
        ctx.kids(v).find(|&c| {
            ctx.deprel(c) == "advcl"
                && ctx
                    .kids(c)
                    .any(|m| ctx.deprel(m) == "mark" && matches!(ctx.word(m), "if" | "unless"))
        })
    };
    conditional(t).or_else(|| {
        ctx.kids(t)
            .filter(|&c| ctx.deprel(c) == "xcomp")
            .find_map(conditional)
    })
}

/// Is the direct object of the verb at local token `t` one of the entry's needed words
/// ("demanded *freedom*")?
fn need_word_object(ctx: &Ctx, t: usize, need: &[Vec<String>]) -> bool {
    ctx.kids(t)
        .find(|&c| ctx.deprel(c) == "obj")
        .is_some_and(|o| need.iter().flatten().any(|w| word_matches(ctx, o, w)))
}

/// The uncoded actor mention that is the passive subject of the verb at local token `t` (or
/// of the passive it is joined to), or the noun a relative clause opened by who/which/that
/// describes ("Rui Costa, who was shot").
fn uncoded_passive_subject(ctx: &Ctx, t: usize) -> Option<u32> {
    if !ctx.parsed {
        return None;
    }
    let Some(k) = ctx.kids(t).find(|&c| ctx.deprel(c) == "nsubj:pass") else {
        // "Rui Costa was shot and killed by police": a passive joined to another, with no
        // subject of its own, shares that one's.
        let h = ctx
            .head(t)
            .filter(|&h| h < t && ctx.deprel(t) == "conj" && !frame::has_subject(ctx, t))?;
        return uncoded_passive_subject(ctx, h);
    };
    if is_in(ctx.word(k), RELATIVE_WORDS) {
        return relative_clause_noun(ctx, t);
    }
    uncoded_head(ctx, k)
}

/// The uncoded actor mention on the noun that the relative clause headed by local token `t`
/// describes ("the militants who kidnapped the envoy"); none when `t` heads no such clause.
fn relative_clause_noun(ctx: &Ctx, t: usize) -> Option<u32> {
    let h = ctx.head(t).filter(|_| ctx.deprel(t) == "acl:relcl")?;
    // ("Robert Mercer, a longtime donor who backs Mr. Cruz": a noun in apposition to a name
    // climbs to the name.)
    uncoded_head(ctx, h).or_else(|| {
        ctx.head(h)
            .filter(|_| ctx.deprel(h) == "appos")
            .and_then(|n| ctx.uncoded_at[n])
    })
}

/// The uncoded actor mention on local token `k`, else on the rest of the name `k` heads
/// when the actors stage left `k` out of the mention: a title's name ("Fr. Tomas Berwick")
/// or a company's before the word closing it ("Harlow Mining Corp."), else on a name in
/// apposition to `k`.
fn uncoded_head(ctx: &Ctx, k: usize) -> Option<u32> {
    let at = |j: usize| ctx.uncoded_at.get(j).copied().flatten();
    if let Some(m) = at(k) {
        return Some(m);
    }
    // "A group of Holocaust survivors accused", "hundreds of teachers": a word of number
    // that names no one itself stands for those its "of" phrase names (as `frame::dep_arg`
    // reads a coded one).
    if ctx.mention_at.get(k).is_some_and(|m| m.is_none())
        && is_in(&ctx.lower[k], frame::QUANTITY_NOUNS)
    {
        if let Some(m) = frame::of_phrase(ctx, k).and_then(at) {
            return Some(m);
        }
    }
    let proper = ctx.mention_at.get(k).is_some_and(|m| m.is_none())
        && ctx.doc.tokens[ctx.start + k].upos.is("PROPN");
    // ("Inland Empire", "Trump University": a compound names its head's own thing, unless
    // the head is a company's closing word.)
    let closing = || ctx.lex.is_business_noun(ctx.word(k).trim_end_matches('.'));
    let name_word = ctx
        .kids(k)
        .filter(|&c| {
            proper
                && match ctx.deprel(c) {
                    "flat" | "flat:name" => true,
                    "compound" => closing(),
                    _ => false,
                }
        })
        .find_map(at);
    name_word.or_else(|| ctx.kids(k).find(|&a| ctx.deprel(a) == "appos").and_then(at))
}

/// The head of the phrase a call for an act at local token `t` asks to act: the `for`
/// phrase before a to-infinitive of the call ("called for the United States to step up"),
/// or the subject of a for-to clause. None when the infinitive is passive: "calling for
/// Ana Vidal to be fired" names one acted on, not the one asked.
fn asked_to_act(ctx: &Ctx, t: usize) -> Option<usize> {
    if !ctx.parsed {
        return None;
    }
    let infinitive = |v: usize| {
        matches!(ctx.deprel(v), "xcomp" | "advcl" | "ccomp")
            && ctx
                .kids(v)
                .any(|c| c < v && ctx.deprel(c) == "mark" && ctx.word(c) == "to")
            && !ctx.kids(v).any(|c| ctx.deprel(c) == "aux:pass")
    };
    ctx.kids(t)
        .filter(|&v| v > t && infinitive(v))
        .find_map(|v| {
            let own = ctx.kids(v).find(|&c| {
                c < v
                    && ctx.deprel(c) == "nsubj"
                    && ctx
                        .kids(v)
                        .any(|m| m < c && ctx.deprel(m) == "mark" && ctx.word(m) == "for")
            });
            own.or_else(|| {
                ctx.kids(t).find(|&x| {
                    t < x
                        && x < v
                        && ctx.deprel(x) == "obl"
                        && case_of(ctx, x).is_some_and(|p| p == "for")
                        && !ctx.kids(v).any(|c| ctx.deprel(c).starts_with("nsubj"))
                })
            })
        })
}

/// Has the verb at local token `t` a subject "I", "we" or "you" before it that no mention
/// covers?
fn personal_subject(ctx: &Ctx, t: usize) -> bool {
    ctx.parsed
        && ctx.kids(t).any(|c| {
            c < t
                && ctx.deprel(c).starts_with("nsubj")
                && ctx.mention_at[c].is_none()
                && matches!(ctx.lower[c].as_ref(), "i" | "we" | "you")
        })
}

/// Is mention `m` the subject of a verb that governs local token `t`?
fn subject_above(ctx: &Ctx, m: u32, t: usize) -> bool {
    (0..ctx.len()).any(|k| {
        ctx.mention_at[k] == Some(m)
            && ctx.deprel(k).starts_with("nsubj")
            && ctx.head(k).is_some_and(|h| governs(ctx, h, t))
    })
}

/// Is mention `m` a name or a pronoun (not a description such as "groups" or "the union")?
fn named_mention(doc: &Document, m: u32) -> bool {
    doc.mentions
        .get(m as usize)
        .is_some_and(|x| matches!(x.form, MentionForm::Name | MentionForm::Pronoun))
}

/// The uncoded actor mention owning the object at local token `o` of the verb at `t`, when
/// the object names no actor itself, as `frame::dep_arg` reads a coded one: its possessor
/// ("rejected Hana Okafor's claim") or its `by` or `of` phrase ("denied the request by Hana
/// Okafor", "mocked the story of Ana Vidal"). Not when the object is a person or group ("met
/// Ana Vidal's lawyer" met the lawyer; "urged his parishioners to vote": one asked to act),
/// a thing its owner undergoes or harm done to it (`UNDERGONE_NOUNS`, `HARM_NOUNS`: "demanded
/// Ana Vidal's release" is made on her captors, "condemned the killing of Ana Vidal" on her
/// killers, whom only a `by` phrase names), a place one visits ("visited the grave of Ana Vidal"), or a pronoun's
/// ("criticized her state's gun laws").
fn uncoded_owner(ctx: &Ctx, t: usize, o: usize, visit: bool) -> Option<u32> {
    let in_mention = |k: usize| {
        let sp = ctx.span(k);
        ctx.mention_at[k].is_some()
            || ctx.uncoded.iter().any(|u| u.contains(sp))
            || ctx.coded.iter().any(|c| c.contains(sp))
    };
    if visit
        || in_mention(o)
        || !is_noun(ctx, o)
        || frame::person_noun(ctx, o)
        || ctx.kids(t).any(|c| ctx.deprel(c) == "xcomp")
    {
        return None;
    }
    // What its owner undergoes is done by its by-phrase, if any: "criticized the detention
    // of Ana Vidal by police" is made on the police, never on her.
    let undergone = is_in(ctx.lemma(o), UNDERGONE_NOUNS) || is_in(ctx.lemma(o), HARM_NOUNS);
    ctx.kids(o).find_map(|c| {
        let owns = match ctx.deprel(c) {
            "nmod:poss" => !undergone && !ctx.doc.tokens[ctx.start + c].upos.is("PRON"),
            "nmod" => case_of(ctx, c).is_some_and(|p| p == "by" || (p == "of" && !undergone)),
            _ => false,
        };
        owns.then(|| uncoded_head(ctx, c)).flatten()
    })
}

/// Nouns of what is done to their possessor or of-phrase by another than the one asked or
/// acted on: a demand for "Ana Vidal's release" is made on whoever holds her.
const UNDERGONE_NOUNS: &[&str] = &[
    "release",
    "return",
    "freedom",
    "extradition",
    "repatriation",
    "handover",
    "rescue",
    "transfer",
    "safety",
    "custody",
];

/// Nouns of harm done to their possessor or of-phrase ("condemned the killing of Ana Vidal",
/// "criticized the arrest of Oleg Petrov"): the act is on whoever did it, not on its victim.
const HARM_NOUNS: &[&str] = &[
    "killing",
    "murder",
    "assassination",
    "execution",
    "arrest",
    "detention",
    "imprisonment",
    "jailing",
    "torture",
    "kidnapping",
    "abduction",
    "deportation",
    "expulsion",
    "persecution",
    "mistreatment",
    "beating",
    "shooting",
    "harassment",
    "ouster",
    "dismissal",
    "firing",
    "sacking",
];

/// Is local token `t` an adjective the parse makes a predicate with a copula ("we are
/// *ready*")? The lexicon lists such predicates only with the conditions that make them acts.
fn copular_adjective(ctx: &Ctx, t: usize) -> bool {
    ctx.parsed
        && ctx.doc.tokens[ctx.start + t].upos.is("ADJ")
        && ctx.kids(t).any(|c| ctx.deprel(c) == "cop")
}

/// Is the -ing form at local token `k`, tagged a noun, the head of a noun phrase: opened by
/// an article, a number or an adjective before it ("the deadliest mass *shooting* in the
/// nation's history", "the 1990 *shooting* of a judge"), with no object or clause of its
/// own? Read as a verb it would take its actors from whatever phrase stands around the
/// noun. (A gerund with its own object still acts: "the Republicans' denying him a hearing";
/// so does one whose doer is named by a demonym.)
fn ing_noun_phrase(ctx: &Ctx, k: usize) -> bool {
    let tok = |j: usize| &ctx.doc.tokens[ctx.start + j];
    // ("a statement calling on X": after a noun the form may be a reduced relative's verb
    // that the parse made the head; an adjective or number before it still makes a noun
    // phrase: "the worst mass shooting".)
    let after_noun = k > 0 && (tok(k - 1).upos.is("NOUN") || tok(k - 1).upos.is("PROPN"));
    ctx.parsed
        && tok(k).upos.is("NOUN")
        && ctx.word(k).ends_with("ing")
        && ctx.kids(k).any(|c| {
            c < k
                && match ctx.deprel(c) {
                    "det" => !after_noun,
                    d => matches!(d, "amod" | "nummod"),
                }
        })
        && !ctx.kids(k).any(|c| {
            matches!(
                ctx.deprel(c),
                "obj" | "iobj" | "ccomp" | "xcomp" | "obl:unmarked"
            )
            // "a German warning", "the Russian bombing of the city": a demonym before the
            // noun names its doer, and the verb's reading finds it.
            || ctx.deprel(c) == "amod" && ctx.mention_at[c].is_some()
        })
}

/// Is the past participle at local token `t` a noun's modifier on the surface, between a
/// numeral, determiner or possessive and the noun it describes ("released four *detained*
/// farmers", "the *jailed* journalists"), whatever the parse made of it?
fn prenominal_participle(ctx: &Ctx, t: usize) -> bool {
    let tok = |k: usize| &ctx.doc.tokens[ctx.start + k];
    t > 0
        && t + 1 < ctx.len()
        // A tagger may call it VBD ("by 271 pledged delegates"): after a number, an article,
        // a possessive pronoun or a word of quantity no past tense can stand.
        && matches!(tok(t).xpos.as_str(), "VBN" | "VBD")
        // ("the combination of pledged delegates": after a preposition too, not an adverb
        // the tagger calls one inside a verb group: "have since denounced".)
        // ("the convention's pledged delegates": after a possessive too.)
        && (matches!(tok(t - 1).xpos.as_str(), "CD" | "DT" | "PRP$" | "POS")
            || tok(t - 1).xpos.as_str() == "IN"
                && !(t >= 2
                    && matches!(
                        ctx.lower[t - 2].as_ref(),
                        "have" | "has" | "had" | "'ve" | "be" | "been" | "is" | "are" | "was"
                            | "were"
                    ))
            // "had enough pledged delegates": a word of quantity.
            || matches!(
                ctx.word(t - 1),
                "enough"
                    | "more"
                    | "most"
                    | "many"
                    | "few"
                    | "fewer"
                    | "several"
                    | "other"
                    | "both"
                    | "all"
            ))
        && !matches!(ctx.word(t - 1), "that" | "which")
        && ["NOUN", "PROPN", "ADJ"]
            .iter()
            .any(|u| tok(t + 1).upos.is(u))
}

/// Is the subject of the verb at local token `t` an event noun of the lexicon ("strikes",
/// "the attack"), in the parse?
fn event_noun_subject(ctx: &Ctx, t: usize) -> bool {
    ctx.parsed
        && ctx.kids(t).any(|c| {
            ctx.deprel(c) == "nsubj"
                && ctx.mention_at[c].is_none()
                && ctx.lex.noun_lemma(ctx.lemma(c)).is_some()
        })
}

/// Does the actor referred to carry a code?
fn coded(doc: &Document, r: Option<ActorRef>) -> bool {
    r.and_then(|r| doc.actors.get(r.actor as usize))
        .is_some_and(|a| a.code.is_some())
}

/// Is `desc` a bare description of a government ("the government", "the regime": "the" and
/// lower-case words, no name, country word or possessor of its own) coded as the government
/// of the state `state` is, where `state` stands for that state itself (its bare code, or its
/// government by a name or demonym)? Such a description took the state from the story, not
/// from its words: "as China supports the government" in a story about Darfur. A person is
/// no such state: a president or minister acting on or acted on by "the government" is
/// domestic politics ("President Kenyatta praised the government").
fn own_government_described(doc: &Document, state: ActorRef, desc: ActorRef) -> bool {
    let Some(m) = desc.mention.and_then(|m| doc.mentions.get(m as usize)) else {
        return false;
    };
    let (Some(s), Some(d)) = (
        doc.actors.get(state.actor as usize),
        doc.actors.get(desc.actor as usize),
    ) else {
        return false;
    };
    let text = doc.slice(m.span);
    let bare = m.form == MentionForm::Description
        && text.starts_with("the ")
        && text
            .split_whitespace()
            .all(|w| w.chars().all(|c| c.is_ascii_lowercase()));
    let state_side = state
        .mention
        .and_then(|m| doc.mentions.get(m as usize))
        .is_some_and(|m| matches!(m.form, MentionForm::Name | MentionForm::Adjective));
    let (Some(sc), Some(dc)) = (s.code.as_deref(), d.code.as_deref()) else {
        return false;
    };
    bare && state_side
        && s.kind != ActorKind::Person
        && dc.len() == 6
        && dc.ends_with("GOV")
        && (sc.len() == 3 || sc.len() == 6 && sc.ends_with("GOV"))
        && sc.get(..3) == dc.get(..3)
        && s.country.is_some()
}

/// Is `r` a mention describing a group no code places ("farmers' representatives", "the
/// victims")?
fn uncoded_description(doc: &Document, r: Option<ActorRef>) -> bool {
    r.is_some_and(|r| {
        let m = r.mention.and_then(|m| doc.mentions.get(m as usize));
        let a = doc.actors.get(r.actor as usize);
        m.is_some_and(|m| m.form == MentionForm::Description)
            && a.is_some_and(|a| a.code.is_none() && a.kind == ActorKind::Group)
    })
}

/// Is the actor referred to named in the text ("Ana Vidal", and "she" for her)?
fn named(doc: &Document, r: Option<ActorRef>) -> bool {
    let form = |m: u32| doc.mentions.get(m as usize).map(|x| x.form);
    r.and_then(|r| doc.actors.get(r.actor as usize))
        .is_some_and(|a| {
            a.mentions
                .iter()
                .any(|&m| form(m) == Some(MentionForm::Name))
        })
}

/// Is the actor referred to an organisation or group, or a person with a role
/// ("Opposition leader Ana Vidal": OPP), rather than a private person? A private role
/// (civilian, farmer, a faith's cleric: "John Smith, a farmer") is none.
fn political(doc: &Document, r: Option<ActorRef>) -> bool {
    r.and_then(|r| doc.actors.get(r.actor as usize))
        .is_some_and(|a| {
            a.kind != ActorKind::Person || a.role.as_deref().is_some_and(|r| !is_private_role(r))
        })
}

/// Is the act's subject "we" or "I" with no actor mention on it ("We offered ...")?
fn first_person_subject(ctx: &Ctx, f: &Frame) -> bool {
    let first = |k: usize| matches!(ctx.word(k), "we" | "i") && ctx.mention_at[k].is_none();
    if ctx.parsed {
        let mut v = f.trigger;
        // "We met them and offered ...": the subject of the verb this one is joined to.
        for _ in 0..3 {
            if let Some(s) = ctx.kids(v).find(|&c| ctx.deprel(c).starts_with("nsubj")) {
                return first(s);
            }
            match ctx.head(v) {
                Some(h) if matches!(ctx.deprel(v), "conj" | "xcomp") => v = h,
                _ => return false,
            }
        }
        false
    } else {
        f.trigger > 0 && first(f.trigger - 1)
    }
}

fn quote_of(doc: &Document, trigger: Span) -> Option<u32> {
    doc.quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.span.contains(trigger))
        .min_by_key(|(_, q)| q.span.len())
        .map(|(i, _)| i as u32)
}

/// `conflict`: the act is a material conflict one, whose object may be the place it struck
/// ("the towns of Kupiansk and Balakliia").
fn place_of(
    ctx: &Ctx,
    f: &Frame,
    pairs: &[(Option<ActorRef>, Option<ActorRef>)],
    conflict: bool,
) -> Option<u32> {
    let doc = ctx.doc;
    let (c0, c1) = f.clause;
    let lo = ctx.span(c0.min(ctx.len() - 1)).start;
    let hi = ctx.span((c1.max(1) - 1).min(ctx.len() - 1)).end;
    let used: Vec<Span> = pairs
        .iter()
        .flat_map(|(a, b)| [a, b])
        .filter_map(|r| r.and_then(|r| r.mention))
        .filter_map(|m| doc.mentions.get(m as usize).map(|x| x.span))
        .collect();
    let trig = ctx.span(f.trigger);
    // Where the act took place is named after a locative word ("met in Geneva", "clashes
    // near Kharkiv") or is the verb's own object ("visited Geneva"); a place named by another
    // word of the clause is what that word is about ("harm Egypt's water supply").
    // In the parse, the place's phrase hangs from the trigger, not from another verb
    // ("supply drones to Russia", "interfering in Georgia's affairs" under another act).
    // The phrase must hang from the trigger itself: climbing from the place passes only
    // through words of its own phrase ("the", "northern", "the Kharkiv region"), never
    // through another noun it modifies ("the situation in Ukraine", "the US threats"),
    // except a named actor or a time the parse hung it on ("met Hakan Fidan in Geneva",
    // "met on Friday in Geneva").
    let when = |g: usize| {
        let sp = ctx.span(g);
        doc.times
            .iter()
            .any(|x| x.span.start <= sp.start && sp.end <= x.span.end)
    };
    let own = |k: usize| {
        if !ctx.parsed {
            return true;
        }
        let mut h = k;
        for _ in 0..16 {
            if h == f.trigger {
                return true;
            }
            match ctx.head(h) {
                Some(g) if g == f.trigger => return true,
                Some(g)
                    if matches!(
                        ctx.deprel(h),
                        "det"
                            | "amod"
                            | "compound"
                            | "flat"
                            | "conj"
                            | "case"
                            | "fixed"
                            | "nummod"
                            | "nmod:desc"
                    ) =>
                {
                    h = g
                }
                Some(g) if ctx.deprel(h) == "nmod" && (ctx.mention_at[g].is_some() || when(g)) => {
                    h = g
                }
                _ => return false,
            }
        }
        false
    };
    // "visited Geneva": the place is the trigger's own object, not a word modifying it.
    let object = |k: usize| {
        !ctx.parsed
            || (ctx.head(k) == Some(f.trigger)
                && matches!(ctx.deprel(k), "obj" | "obl" | "obl:unmarked"))
    };
    let located = |sp: Span| {
        let Some(mut k) = doc
            .token_at(sp.start)
            .and_then(|k| k.checked_sub(ctx.start))
        else {
            return false;
        };
        // "struck the towns of Kupiansk": the settlement noun is the trigger's object.
        let mut settlement = None;
        while k > 0 {
            k -= 1;
            let w = ctx.word(k);
            if conflict && w == "of" && k > 1 && settlement.is_none() {
                let noun = ctx.word(k - 1).to_lowercase();
                if SETTLEMENT_NOUNS.contains(&noun.as_str()) {
                    k -= 1;
                    settlement = Some(k);
                    continue;
                }
            }
            if !matches!(
                w,
                "the" | "northern" | "southern" | "eastern" | "western" | "central" | "downtown"
            ) {
                // "aimed at China" names a target, not a place.
                let aimed = k > 0
                    && matches!(
                        ctx.word(k - 1),
                        "aimed" | "directed" | "targeted" | "pointed" | "angry" | "furious"
                    );
                // The place's own head word: the one whose head lies outside the name.
                let inside = |x: usize| sp.start <= ctx.span(x).start && ctx.span(x).end <= sp.end;
                let placed_at = (k + 1..ctx.len())
                    .take_while(|&x| ctx.span(x).start < sp.end)
                    .find(|&x| inside(x) && !ctx.head(x).is_some_and(inside))
                    .unwrap_or(k + 1);
                return (k == f.trigger && object(settlement.unwrap_or(placed_at)))
                    || (LOCATIVE.contains(&w) && !aimed && own(k + 1));
            }
        }
        false
    };
    doc.places
        .iter()
        .enumerate()
        .filter(|(_, p)| p.span.start >= lo && p.span.end <= hi)
        .filter(|(_, p)| located(p.span))
        .filter(|(_, p)| !used.iter().any(|u| u.overlaps(p.span)))
        .filter(|(_, p)| p.span.start > trig.start || f.subj.is_empty())
        .min_by_key(|(_, p)| p.span.start.abs_diff(trig.end))
        .map(|(i, _)| i as u32)
}

/// Is a visit by actor `a` one abroad? The sentence names a place in another country than
/// `a`'s (any country when `a` has none); or, naming no place with a country itself
/// ("Kuchma's four-day state visit"), it stands in an article that names places abroad more
/// often than at home.
fn abroad(ctx: &Ctx, a: Option<ActorRef>) -> bool {
    let home = a
        .and_then(|r| ctx.doc.actors.get(r.actor as usize))
        .and_then(|x| x.country.as_deref())
        .or(ctx.doc.story_country.as_deref())
        .or_else(|| places_country(ctx.doc));
    let Some(last) = ctx.len().checked_sub(1) else {
        return false;
    };
    let (lo, hi) = (ctx.span(0).start, ctx.span(last).end);
    let mut here = (ctx.doc.places.iter())
        .filter(|p| p.span.start >= lo && p.span.end <= hi)
        .filter_map(|p| p.country.as_deref())
        .peekable();
    if here.peek().is_some() {
        return here.any(|c| Some(c) != home);
    }
    let (mut away, mut total) = (0usize, 0usize);
    for c in ctx.doc.places.iter().filter_map(|p| p.country.as_deref()) {
        total += 1;
        away += usize::from(Some(c) != home);
    }
    away > total - away
}

/// The country the article's places name most often (the first named on a tie), standing for
/// the story's country of a visitor when the actors stage judged none for the story
/// (`Document::story_country`): "Chancellor Weber arrived in Munich" in a story of German
/// places is a trip at home.
fn places_country(doc: &Document) -> Option<&str> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for c in doc.places.iter().filter_map(|p| p.country.as_deref()) {
        match counts.iter_mut().find(|(k, _)| *k == c) {
            Some((_, n)) => *n += 1,
            None => counts.push((c, 1)),
        }
    }
    let best = counts.iter().map(|&(_, n)| n).max()?;
    counts.iter().find(|&&(_, n)| n == best).map(|&(c, _)| c)
}

impl Stage for EventCoding {
    fn name(&self) -> &'static str {
        "EventCoding"
    }

    fn run(&self, doc: &mut Document) {
        // Groups named by a common noun that no mention covers may fill an empty side.
        let groups = crate::groups::add(doc, &self.lexicon);
        let mut by_sentence: Vec<Vec<u32>> = vec![Vec::new(); doc.sentences.len()];
        for (i, m) in doc.mentions.iter().enumerate() {
            if let Some(v) = by_sentence.get_mut(m.sentence as usize) {
                v.push(i as u32);
            }
        }
        let mut drafts = Vec::new();
        for (s, ms) in by_sentence.iter().enumerate() {
            // A sentence with no actor is coded only when a listed phrase refers back to
            // earlier ones ("The two sides signed 37 agreements").
            if doc.sentences[s].tokens.is_empty() || ms.is_empty() && !self.refers_back(doc, s) {
                continue;
            }
            self.code_sentence(doc, s, ms, &mut drafts);
        }
        let base_event = doc.events.len() as u32;
        let mut commitments = Vec::new();
        for (i, d) in drafts.iter().enumerate() {
            if !d.first_of_trigger {
                continue;
            }
            let e = &d.event;
            let kind = match d.commitment {
                Some(_) if e.negated && e.quad_class >= 3 => Some(CommitmentKind::Denial),
                Some(_) if e.negated => None,
                Some(k) => Some(k),
                // "is not planning to invade": a denial of an intention.
                None if e.negated && e.quad_class >= 3 && e.source.is_some() => {
                    Some(CommitmentKind::Denial)
                }
                // "Israel would not negotiate with Beirut": a refusal.
                None if e.negated && d.stance && e.source.is_some() => {
                    Some(CommitmentKind::Refusal)
                }
                None => None,
            };
            let Some(kind) = kind else { continue };
            // A denial or refusal read off a negated act ("is not planning to invade Ukraine",
            // "would not disarm") names the act itself, not only its object.
            let read_off = e.negated
                && (kind == CommitmentKind::Denial
                    || kind == CommitmentKind::Refusal && d.commitment.is_none());
            let content = if read_off {
                e.evidence.trigger.cover(d.content)
            } else {
                d.content
            };
            commitments.push(Commitment {
                kind,
                by: e.source,
                to: e.target,
                content,
                due: if kind == CommitmentKind::Denial {
                    None
                } else {
                    d.due
                },
                condition: e.condition,
                status: "pending",
                quote: e.quote,
                sentence: e.sentence,
                event: Some(base_event + i as u32),
                restates: None,
            });
        }
        doc.events.extend(drafts.into_iter().map(|d| d.event));
        // "Tehran would announce its response within ten days": promises with a deadline
        // that no coded act holds.
        crate::intents::stated_intents(doc, &doc.events[base_event as usize..], &mut commitments);
        doc.commitments.extend(commitments);
        // One act reported twice: the later records point at the first.
        let events = crate::restate::restated_events(doc);
        for (e, r) in doc.events.iter_mut().zip(&events) {
            e.restates = *r;
        }
        let commitments = crate::restate::restated_commitments(doc, &events);
        for (c, r) in doc.commitments.iter_mut().zip(commitments) {
            c.restates = r;
        }
        crate::groups::drop_unused(doc, groups);
    }
}

/// `ms` with every other mention of the same span (the members of a plural phrase, "the two
/// presidents": one mention each), after the one listed.
fn with_members(doc: &Document, ms: Vec<u32>) -> Vec<u32> {
    let mut out = Vec::with_capacity(ms.len());
    for m in ms {
        out.push(m);
        let Some(span) = doc.mentions.get(m as usize).map(|x| x.span) else {
            continue;
        };
        let first = doc.mentions.partition_point(|x| x.span.start < span.start);
        for (o, x) in doc.mentions.iter().enumerate().skip(first) {
            if x.span.start != span.start {
                break;
            }
            if x.span == span && o as u32 != m && !out.contains(&(o as u32)) {
                out.push(o as u32);
            }
        }
    }
    out
}

/// Whether an act with this CAMEO code reports or denies another act (a denial, 016; an
/// accusation or other disapproval, 11x), so that a time inside its complement is the other
/// act's, not its own. Commitments and appeals keep their complement's time.
fn reports_another_act(code: &str) -> bool {
    code.starts_with("016") || root(code) == "11"
}

/// The verb at `v` is stated as what will be done: its own auxiliary is will, would, shall or
/// 'll ("would strike", not "could strike").
fn stated_future(ctx: &Ctx, v: usize) -> bool {
    ctx.kids(v).any(|d| {
        ctx.deprel(d) == "aux"
            && matches!(
                ctx.lower[d].as_ref(),
                "will" | "would" | "shall" | "'ll" | "wo"
            )
    })
}

/// The verb at `v` is a perfect ("would have struck"): a counterfactual, no threat.
fn perfect(ctx: &Ctx, v: usize) -> bool {
    ctx.kids(v)
        .any(|d| ctx.deprel(d) == "aux" && matches!(ctx.lower[d].as_ref(), "have" | "'ve"))
}

/// The actor a threat's stated force verb acts on: the direct object, an actor mention, of a
/// verb of the trigger's content ("warned it would invade Taiwan"), not on the side of any of
/// `sources`.
fn threatened_object(ctx: &Ctx, f: &Frame, sources: &[u32]) -> Option<u32> {
    let (a, b) = f.content.unwrap_or((f.trigger + 1, f.clause.1));
    (a..b.min(ctx.len()))
        .filter(|&k| ctx.deprel(k) == "obj")
        .filter(|&k| ctx.head(k).is_some_and(|h| (a..b).contains(&h)))
        .find_map(|k| ctx.mention_at[k])
        .filter(|&m| !on_side_of(ctx.doc, m, sources))
}

/// Mention `m` is on the side of one of `sources` (mentions).
fn on_side_of(doc: &Document, m: u32, sources: &[u32]) -> bool {
    let Some(x) = doc.mentions.get(m as usize) else {
        return false;
    };
    sources.iter().any(|&s| {
        doc.mentions
            .get(s as usize)
            .is_some_and(|y| same_side(doc, x.actor, y.actor))
    })
}
