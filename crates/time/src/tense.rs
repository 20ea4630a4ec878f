//! The tense of the clause around a time expression, from the tagger's tags when present
//! and from surface cues otherwise.

use attache_core::{Document, Xpos};

use crate::grammar::FUNCTION_WORDS;
use crate::lexicon::{Lexicon, Modifier, Tense, WordInfo};

/// Tense of the clause around tokens `first..=last` (the expression's own tokens are not
/// cues): the nearest cue before the expression in its sentence, else the nearest after it
/// (a `;` ends the search). `None` when there is no cue (present tense counts as none).
pub(crate) fn clause_tense(
    doc: &Document,
    lex: &Lexicon,
    first: usize,
    last: usize,
) -> Option<Tense> {
    let at = doc.tokens.get(first)?.span.start;
    let s = doc.sentence_at(at)?;
    let range = doc.sentences[s].tokens.clone();
    let (lo, hi) = (range.start as usize, range.end as usize);
    if first > lo {
        if let Some(t) = lex.get(doc.word(first - 1)).and_then(|w| w.preposition) {
            // a pluperfect "had" (not "had to", "had until")
            let had_perfect = |k: usize| {
                doc.word(k).eq_ignore_ascii_case("had")
                    && !matches!(doc.word(k + 1), "to" | "until" | "till")
            };
            // "had filed reports by Wednesday": done by a day that has passed
            let pluperfect = t == Tense::Future
                && (lo..first - 1)
                    .rev()
                    .take_while(|&k| {
                        let w = doc.word(k);
                        w != ";" && w != "," && !lex.get(w).is_some_and(|i| i.boundary)
                    })
                    .any(had_perfect);
            // "By Sunday the toll had passed 40": the preposition opens the clause, its
            // pluperfect comes after the expression
            let opening = first - 1 == lo
                || matches!(doc.word(first - 2), "," | ";" | ":" | "\"" | "``")
                || lex.get(doc.word(first - 2)).is_some_and(|i| i.boundary);
            let pluperfect_after = t == Tense::Future
                && opening
                && (last + 1..hi)
                    .take_while(|&k| {
                        let w = doc.word(k);
                        w != ";" && !lex.get(w).is_some_and(|i| i.boundary)
                    })
                    .take(8)
                    .any(had_perfect);
            return Some(if pluperfect || pluperfect_after {
                Tense::Past
            } else {
                t
            });
        }
    }
    if let Some(t) = fixed_ahead(doc, lex, (lo, hi), first, last) {
        return Some(t);
    }
    let tagged = doc.sentence_tokens(s).iter().any(|t| t.xpos != Xpos::NONE);
    if reported_onset(doc, lex, lo, (first, last), tagged) {
        return Some(Tense::Future);
    }
    // "postponed until Tuesday", "extended the loans through January": a verb of deferral
    // in the clause before "until"/"through" looks ahead
    let weak_ahead = first > lo
        && lex
            .get(doc.word(first - 1))
            .and_then(|w| w.weak_preposition)
            == Some(Tense::Future);
    if weak_ahead {
        let clause = || {
            (lo..first - 1).rev().take_while(|&k| {
                let w = doc.word(k);
                w != ";" && w != ":" && !lex.get(w).is_some_and(|i| i.boundary)
            })
        };
        // the clause's own tense comes first: "which had been delayed until Friday" is a
        // delay that has run out
        let pluperfect = clause().any(|k| {
            doc.word(k).eq_ignore_ascii_case("had")
                && !matches!(doc.word(k + 1), "to" | "until" | "till")
        });
        // "Protests extended through Sunday": used without an object the verb only says how
        // long something lasted; "was extended until", "postponed until Tuesday any action"
        // (the object after the time) still push a thing later
        let shifted_object = lex.get(doc.word(last + 1)).is_some_and(|w| w.not_verb);
        let deferred = clause().any(|k| {
            let intransitive = k + 2 == first
                && !shifted_object
                && !(k > lo
                    && matches!(
                        doc.word(k - 1).to_ascii_lowercase().as_str(),
                        "was" | "were" | "been" | "be" | "being" | "is" | "are"
                    ));
            lex.get(doc.word(k)).is_some_and(|w| w.defer) && !intransitive
        });
        if deferred && !pluperfect {
            return Some(Tense::Future);
        }
    }
    // first within the expression's own clause (up to a clause-opening word or a `;`),
    // then in the whole sentence; before the expression first, then after it
    // an infinitive ("to resume") is a weak cue: a finite verb further on in the same
    // phrase wins ("was beaten to death on Oct. 23", "held concerts to celebrate the charter on Friday")
    // (tense, whether it comes from an infinitive only)
    let scan = |ks: &mut dyn Iterator<Item = usize>, bounded: bool| {
        let mut weak = None;
        for k in ks {
            let w = doc.word(k);
            // a finite verb overrides an infinitive only within its phrase ("to undermine
            // the ceasefire talks, set to restart Monday")
            if w == ";" || (w == "," && weak.is_some()) {
                return weak.map(|t| (t, true));
            }
            // a quotation mark after the expression: the speaker's words and the writer's
            // tag after them keep their own tenses ('"We need these systems ... in the
            // summer," he said' is no past summer); before it, the search still reaches into
            // a closed quote ('"Prices rose sharply," according to the survey for March')
            if k > last && QUOTE_MARKS.contains(&w) {
                return weak.map(|t| (t, true));
            }
            if bounded && (w == ":" || lex.get(w).is_some_and(|i| i.boundary)) {
                return weak.map(|t| (t, true));
            }
            match cue(doc, lex, k, tagged, (first, last)) {
                Some(Cue::Finite(t)) => return Some((t, false)),
                Some(Cue::Infinitive) => {
                    weak.get_or_insert(Tense::Future);
                }
                None => {}
            }
        }
        weak.map(|t| (t, true))
    };
    let before = || (lo..first.min(hi)).rev();
    let after = || last + 1..hi;
    // an infinitive before the expression yields to a finite verb right after it in the
    // same phrase ("the states to sign on Friday were Norway and Chile")
    let own = match scan(&mut before(), true) {
        Some((t, true)) => {
            let phrase = (last + 1..hi).take_while(|&k| doc.word(k) != ",");
            match scan(&mut phrase.into_iter(), true) {
                Some((p, false)) => Some(p),
                _ => Some(t),
            }
        }
        found => found.map(|(t, _)| t),
    };
    let scan =
        |ks: &mut dyn Iterator<Item = usize>, bounded: bool| scan(ks, bounded).map(|(t, _)| t);
    own.or_else(|| scan(&mut after(), true))
        .or_else(|| scan(&mut before(), false))
        .or_else(|| scan(&mut after(), false))
        .or_else(|| {
            (first > lo)
                .then(|| {
                    lex.get(doc.word(first - 1))
                        .and_then(|w| w.weak_preposition)
                })
                .flatten()
        })
        // "must reply no later than Friday": a deadline, like "until"; a past verb in the
        // clause wins ("arrived no later than Friday")
        .or_else(|| no_later_than(doc, lo, first).then_some(Tense::Future))
}

/// Whether the expression on tokens `expr` (first, last) opens a period ("starting on
/// Saturday", "beginning Monday"; `onset` words of `data/tense.tsv`, "on"/"from" between)
/// and the nearest tense cue before the onset word in the sentence (not across a `;`) is
/// the past of a reporting verb: the report is dated, the period it tells of starts later
/// ("announced a truce starting on Saturday", "said the new fares apply for a month
/// beginning Monday"). Any other cue leaves the clause's tense to decide ("The strike
/// lasted three days starting on Monday").
fn reported_onset(
    doc: &Document,
    lex: &Lexicon,
    lo: usize,
    expr: (usize, usize),
    tagged: bool,
) -> bool {
    let (first, _) = expr;
    let is_onset = |k: usize| lex.get(doc.word(k)).is_some_and(|w| w.onset);
    // "effective on Monday": a future preposition before "on"/"from" opens a period too
    let onset_before_on = |k: usize| {
        is_onset(k)
            || lex
                .get(doc.word(k))
                .is_some_and(|w| w.preposition == Some(Tense::Future))
    };
    let onset = match first.checked_sub(1).filter(|&k| k >= lo) {
        Some(k) if is_onset(k) => k,
        Some(k) if matches!(doc.word(k), "on" | "from") && k > lo && onset_before_on(k - 1) => {
            k - 1
        }
        _ => return false,
    };
    let nearest = (lo..onset)
        .rev()
        .take_while(|&k| doc.word(k) != ";")
        .find_map(|k| cue(doc, lex, k, tagged, expr).map(|c| (k, c)));
    matches!(nearest, Some((k, Cue::Finite(Tense::Past))) if lex.get(doc.word(k)).is_some_and(|w| w.report))
}

/// Tokens that open or close a quotation.
const QUOTE_MARKS: [&str; 7] = ["\"", "``", "''", "\u{201c}", "\u{201d}", "\u{ab}", "\u{bb}"];

/// Whether "no later than" stands right before token `first` (not before `lo`).
fn no_later_than(doc: &Document, lo: usize, first: usize) -> bool {
    first >= lo + 3
        && doc.word(first - 1).eq_ignore_ascii_case("than")
        && doc.word(first - 2).eq_ignore_ascii_case("later")
        && doc.word(first - 3).eq_ignore_ascii_case("no")
}

/// The tense of the cue nearest to tokens `first..=last` within `reach` tokens on either
/// side (the nearer side first, before on a tie), not across a comma, `;` or a
/// clause-opening word: for a word like "soon", whose own verb is the one next to it ("will
/// soon reopen", "soon will begin", "and soon the army left"). An infinitive counts as future.
pub(crate) fn nearest_cue(
    doc: &Document,
    lex: &Lexicon,
    first: usize,
    last: usize,
    reach: usize,
) -> Option<Tense> {
    let at = doc.tokens.get(first)?.span.start;
    let s = doc.sentence_at(at)?;
    let range = doc.sentences[s].tokens.clone();
    let (lo, hi) = (range.start as usize, range.end as usize);
    let tagged = doc.sentence_tokens(s).iter().any(|t| t.xpos != Xpos::NONE);
    let stop = |k: usize| {
        let w = doc.word(k);
        w == "," || w == ";" || w == ":" || lex.get(w).is_some_and(|i| i.boundary)
    };
    let (mut open_before, mut open_after) = (true, true);
    for d in 1..=reach {
        let before = first.checked_sub(d).filter(|&k| k >= lo);
        let after = Some(last + d).filter(|&k| k < hi);
        for (k, open) in [(before, &mut open_before), (after, &mut open_after)] {
            let Some(k) = k.filter(|_| *open) else {
                *open = false;
                continue;
            };
            if stop(k) {
                *open = false;
                continue;
            }
            // a split infinitive, "to soon grow": the tagger sees no verb after "to"
            if k + 1 == first && doc.word(k) == "to" {
                return Some(Tense::Future);
            }
            match cue(doc, lex, k, tagged, (first, last)) {
                Some(Cue::Finite(t)) => return Some(t),
                Some(Cue::Infinitive) => return Some(Tense::Future),
                None => {}
            }
        }
    }
    None
}

/// What a token says about the tense of its clause.
enum Cue {
    /// A finite verb, modal or listed word.
    Finite(Tense),
    /// "to" before a verb: looks ahead, unless a finite verb says otherwise.
    Infinitive,
}

/// The tense cue token `k` gives, if any, for the expression on tokens `expr` (first, last).
fn cue(doc: &Document, lex: &Lexicon, k: usize, tagged: bool, expr: (usize, usize)) -> Option<Cue> {
    // "travels to Oslo on Monday": a scheduled act is a cue for its own time only
    if let Some(info) = lex.get(doc.word(k)).filter(|w| w.schedule.is_some()) {
        let words = info.schedule.as_deref().unwrap_or_default();
        // only a time after the verb and its words can be scheduled by it
        if k + 1 + words.len() > expr.0 {
            return None;
        }
        // "the two ministers meet in Geneva on Friday", "polls open on Sunday": the plural
        // present of a scheduled act, after a plural subject
        let form_fits = match (info.schedule_base, tagged) {
            (false, true) => doc.tokens[k].xpos.as_str() == "VBZ",
            (true, true) => doc.tokens[k].xpos.as_str() == "VBP",
            (false, false) => true,
            (true, false) => plural_subject_before(doc, lex, k),
        };
        let ahead = form_fits && scheduled(doc, lex, k, words, tagged, expr);
        return ahead.then_some(Cue::Finite(Tense::Future));
    }
    if infinitive(doc, lex, k, tagged) {
        // "urged both sides to sign on Friday": the act asked for lies ahead of the appeal
        if appealed(doc, lex, k) {
            return Some(Cue::Finite(Tense::Future));
        }
        let governor = k.checked_sub(1).and_then(|j| lex.get(doc.word(j)));
        // "offered to resign on Monday after his party lost the vote": after a past offer or
        // plan only a deadline or an explicitly future time lies ahead for sure ("had offered
        // to hold talks before Christmas", "offered to resign next week"); any other time is
        // left to the past verb itself, so "offered" dates the offer while "planned", a word
        // of planning, still looks ahead (planned + infinitive + weekday: the weekday of
        // the plan's act)
        // "has offered to host the talks in March": an offer that stands now (the present
        // perfect takes no past time of its own) looks ahead like "offers"
        let standing = k.checked_sub(1).is_some_and(|j| present_perfect(doc, j));
        if governor.is_some_and(|w| w.past_intent && !w.commit) && !standing {
            // a past offer's month may lie before or after the offer ("offered to host the
            // talks in March, but Russia refused" in a July story is the March past): only a
            // deadline or an explicitly future time lies ahead for sure
            return Some(if deadline_or_ahead(doc, lex, expr) {
                Cue::Finite(Tense::Future)
            } else {
                Cue::Infinitive
            });
        }
        // "agreed to buy it in February", "had agreed to meet on Monday", "vowed to strike on
        // Tuesday": what is promised lies ahead of the promise, whatever its tense; so does
        // what one is ready, willing or planning to do ("was ready to resume negotiations in
        // January", "plans to vote on Monday")
        let committed = governor.is_some_and(|w| w.commit || w.intent);
        // with a parse, a time hanging from the word of promise itself dates the promise
        // ("Rebels threatened on Monday to kill the hostages", or the parser's reading of
        // "threatened to kill the hostages on Monday" with Monday under "threatened")
        if committed && hangs_from(doc, expr, k - 1) {
            return Some(Cue::Infinitive);
        }
        return Some(if committed {
            Cue::Finite(Tense::Future)
        } else {
            Cue::Infinitive
        });
    }
    // a time opening the sentence and set off by a comma is the time of the main verb, so
    // the past form of a verb of planning after it dates the plan, not what was planned
    // (<weekday>, <subject> planned ...: the weekday past); a time after the planned act
    // still looks ahead
    let (first, last) = expr;
    let w = doc.word(k);
    let past_plan = k > last
        && w.ends_with("ed")
        && lex
            .get(w)
            .is_some_and(|i| i.tense == Some(Tense::Future) && i.intent);
    if past_plan && doc.word(last + 1) == "," && opens_sentence(doc, lex, first) {
        return Some(Cue::Finite(Tense::Past));
    }
    // "the results are announced on Saturday", "the winner is named Monday": the present
    // passive of an act with a time in its own phrase after it is what is scheduled (a past
    // act would be "were announced")
    if (w.eq_ignore_ascii_case("is") || w.eq_ignore_ascii_case("are"))
        && participle(doc, lex, k + 1, tagged)
        && scheduled(doc, lex, k + 1, &[], tagged, expr)
    {
        return Some(Cue::Finite(Tense::Future));
    }
    // "called for nationwide protests on Sunday": the event called for lies ahead of the call
    // (not "called for calm on Sunday", which names no event, nor "called on Sunday for")
    if called_for_event(doc, lex, k) {
        return Some(Cue::Finite(Tense::Future));
    }
    // "called for renewed protests on Sunday": an -ed word inside the phrase called for is
    // an adjective of the event, no past verb
    let in_call = w.ends_with("ed")
        && (k.saturating_sub(6)..k.saturating_sub(1))
            .any(|j| called_event_at(doc, lex, j).is_some_and(|noun| k < noun));
    if in_call {
        return None;
    }
    // "have agreed to a truce starting on Friday": a promise that stands now (the present
    // perfect takes no past day of its own) looks ahead
    if lex.get(doc.word(k)).is_some_and(|w| w.commit) && present_perfect(doc, k) {
        return Some(Cue::Finite(Tense::Future));
    }
    // "Farmers can sell their grain, though frost hit the region on Thursday": "could",
    // "can" and "must" speak only for a time in their own phrase after them
    let own_phrase = lex.get(w).is_some_and(|i| i.own_phrase);
    if own_phrase && k < first && (k + 1..first).any(|j| matches!(doc.word(j), "," | ";" | ":")) {
        return None;
    }
    finite(doc, lex, k, tagged).map(Cue::Finite)
}

/// Whether the expression on tokens `expr` (first, last) is a deadline, right after
/// "before", "by", "until" or "no later than" (a future preposition of `data/tense.tsv`) or
/// with "within" in or before it, or explicitly future, with "next", "coming" or the like
/// in or right before it ("next Monday", "the coming weeks").
fn deadline_or_ahead(doc: &Document, lex: &Lexicon, expr: (usize, usize)) -> bool {
    let (first, last) = expr;
    let before = first.checked_sub(1).and_then(|j| lex.get(doc.word(j)));
    let deadline_prep = before.is_some_and(|w| {
        w.preposition == Some(Tense::Future) || w.weak_preposition == Some(Tense::Future)
    });
    let no_later = first >= 3 && no_later_than(doc, first - 3, first);
    let marked = (first.saturating_sub(1)..=last).any(|k| {
        lex.get(doc.word(k))
            .is_some_and(|w| matches!(w.modifier, Some(Modifier::Within | Modifier::Next)))
    });
    deadline_prep || no_later || marked
}

/// Whether the third-person present at `k` (a `schedule` word of `data/tense.tsv`, followed
/// by its `words`) schedules the expression on tokens `expr`: the expression comes after the
/// verb in the verb's own phrase ("travels to Oslo on Monday", "takes effect in January").
/// With tags the verb is a VBZ and the expression hangs from it (or from its fixed words);
/// without, at most eight tokens lie between, none a comma, `;`, `:`, clause-opening word
/// or other verb. A time before the verb ("A report out Monday takes aim") is not its own.
fn scheduled(
    doc: &Document,
    lex: &Lexicon,
    k: usize,
    words: &[String],
    tagged: bool,
    expr: (usize, usize),
) -> bool {
    let (first, last) = expr;
    let after = k + 1 + words.len();
    let fixed = words
        .iter()
        .enumerate()
        .all(|(n, w)| doc.word(k + 1 + n).eq_ignore_ascii_case(w));
    if !fixed || after > first || !doc.word(k).starts_with(char::is_lowercase) {
        return false;
    }
    if tagged {
        return (first..=last).any(|t| {
            let head = doc.tokens[t].head as usize;
            (k..after).contains(&head)
        });
    }
    first - after <= 8
        && (after..first).all(|j| {
            let w = doc.word(j);
            !matches!(w, "," | ";" | ":")
                && !lex.get(w).is_some_and(|i| i.boundary)
                && finite(doc, lex, j, false).is_none()
        })
}

/// Whether the expression starting at token `first` opens its sentence, alone or after one
/// preposition ("Friday, ...", "On Friday, ...").
fn opens_sentence(doc: &Document, lex: &Lexicon, first: usize) -> bool {
    let Some(s) = doc
        .tokens
        .get(first)
        .and_then(|t| doc.sentence_at(t.span.start))
    else {
        return false;
    };
    let lo = doc.sentences[s].tokens.start as usize;
    first == lo
        || first == lo + 1
            && lex
                .get(doc.word(lo))
                .is_some_and(|w| w.preposition.is_some() || w.weak_preposition.is_some())
        || first == lo + 1 && doc.word(lo).eq_ignore_ascii_case("on")
}

/// Whether token `k` is a past participle: VBN with tags; without, a lower-case regular
/// "-ed" form that no list gives another role than a verb of reporting.
fn participle(doc: &Document, lex: &Lexicon, k: usize, tagged: bool) -> bool {
    if k >= doc.tokens.len() {
        return false;
    }
    if tagged {
        return doc.tokens[k].xpos.as_str() == "VBN";
    }
    let w = doc.word(k);
    // a verb of reporting listed only as such ("announced", `report` without a tense) is
    // still a participle after "is"/"are" ("the results are announced on Saturday")
    w.len() > 4
        && w.ends_with("ed")
        && w.chars().all(|c| c.is_ascii_lowercase())
        && lex.get(w).is_none_or(|i| i.report && i.tense.is_none())
}

/// Whether the word before token `k` (an -ly adverb may come between: "meet separately")
/// is a plural subject: "they"/"we", a lower-case or capitalised word ending in -s that no
/// list knows ("the ministers", "Polls", "Talks"; not "this", "its", "news", "was"), or
/// the last name of a subject joined by "and" ("the mayor and Councillor Tembo fly ..."),
/// with no punctuation, verb, clause-opening word or preposition between.
fn plural_subject_before(doc: &Document, lex: &Lexicon, k: usize) -> bool {
    let Some(mut j) = k.checked_sub(1) else {
        return false;
    };
    let w = doc.word(j);
    if w.len() > 4 && w.ends_with("ly") && w.starts_with(char::is_lowercase) {
        let Some(before) = j.checked_sub(1) else {
            return false;
        };
        j = before;
    }
    let word = doc.word(j).to_ascii_lowercase();
    let listed = lex.get(&word).and_then(|w| w.plural_subject);
    if listed == Some(true) {
        return true;
    }
    let plural = word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
        && !word.ends_with("'s")
        && word.chars().all(|c| c.is_ascii_alphabetic())
        && listed.is_none()
        && lex.get(&word).is_none_or(|w| {
            w.tense.is_none()
                && !w.not_verb
                && !w.boundary
                && w.unit.is_none()
                && w.number.is_none()
                && w.weekday.is_none()
                && w.month.is_none()
        })
        && !FUNCTION_WORDS.contains(&word.as_str());
    if plural {
        return true;
    }
    // a name closing a subject joined by "and" (… "and Councillor Tembo" + verb)
    let name = |i: usize| doc.word(i).starts_with(char::is_uppercase);
    if !name(j) {
        return false;
    }
    (j.saturating_sub(5)..j)
        .rev()
        .take_while(|&i| {
            let w = doc.word(i);
            w.eq_ignore_ascii_case("and")
                || (w.starts_with(char::is_alphabetic)
                    && lex.get(w).is_none_or(|i| i.tense.is_none() && !i.boundary)
                    && !FUNCTION_WORDS.contains(&w.to_ascii_lowercase().as_str()))
        })
        .any(|i| doc.word(i).eq_ignore_ascii_case("and"))
}

/// Whether the word at `k` continues a phrase: no comma, `;`, `:` or clause-opening word.
fn within_phrase(doc: &Document, lex: &Lexicon, k: usize) -> bool {
    let w = doc.word(k);
    !matches!(w, "," | ";" | ":") && !lex.get(w).is_some_and(|i| i.boundary)
}

/// The words before `k` in its phrase, nearest first, at most eight.
fn phrase_before<'a>(
    doc: &'a Document,
    lex: &'a Lexicon,
    k: usize,
) -> impl Iterator<Item = usize> + 'a {
    (k.saturating_sub(8)..k)
        .rev()
        .take_while(move |&j| within_phrase(doc, lex, j))
}

/// Whether the infinitive "to" at `k` follows a word of appeal in its phrase ("urged both
/// sides to sign", "called on supporters to rally"): no comma, `;`, `:` or clause-opening
/// word between, at most eight words back.
fn appealed(doc: &Document, lex: &Lexicon, k: usize) -> bool {
    phrase_before(doc, lex, k).any(|j| {
        lex.get(doc.word(j)).is_some_and(|w| {
            w.appeal
                || w.appeal_on
                    && matches!(doc.word(j + 1).to_ascii_lowercase().as_str(), "on" | "upon")
        })
    })
}

/// Whether token `k` is a word of appeal (`appealon`) followed by "for" and a phrase headed
/// by an event noun ("called for a general strike", "called for nationwide protests"): only
/// determiners, numbers, adjectives and nouns lie between, at most five words, within the
/// sentence. A preposition, other function word, verb or punctuation ends the phrase first:
/// "called for calm after the protests on Sunday" calls for no event.
fn called_for_event(doc: &Document, lex: &Lexicon, k: usize) -> bool {
    called_event_at(doc, lex, k).is_some()
}

/// The event noun that heads the phrase called for at token `k` (see `called_for_event`).
fn called_event_at(doc: &Document, lex: &Lexicon, k: usize) -> Option<usize> {
    if !(lex.get(doc.word(k)).is_some_and(|w| w.appeal_on)
        && doc.word(k + 1).eq_ignore_ascii_case("for"))
    {
        return None;
    }
    let s = doc
        .tokens
        .get(k)
        .and_then(|t| doc.sentence_at(t.span.start))?;
    let hi = doc.sentences[s].tokens.end as usize;
    let tagged = doc.sentence_tokens(s).iter().any(|t| t.xpos != Xpos::NONE);
    for j in k + 2..(k + 7).min(hi) {
        let w = doc.word(j);
        if lex.get(w).is_some_and(|i| i.event) {
            return Some(j);
        }
        let tag = doc.tokens[j].xpos;
        let ends = !w.starts_with(char::is_alphanumeric)
            || FUNCTION_WORDS.contains(&w.to_ascii_lowercase().as_str())
            || lex.get(w).is_some_and(|i| i.boundary)
            || (tagged && matches!(tag.as_str(), "IN" | "TO" | "CC" | "MD" | "WDT" | "WRB"))
            || (tagged && tag.as_str().starts_with("VB"))
            // a listed verb form; an -ed word may be an adjective ("renewed protests")
            || lex.get(w).is_some_and(|i| i.tense.is_some());
        if ends {
            return None;
        }
    }
    None
}

/// Whether the clause ending before token `end` (back to `lo`, a `;`, `:` or clause-opening
/// word) is pluperfect: a "had" not opening "had to"/"had until".
fn pluperfect_clause(doc: &Document, lex: &Lexicon, lo: usize, end: usize) -> bool {
    (lo..end)
        .rev()
        .take_while(|&k| {
            let w = doc.word(k);
            w != ";" && w != ":" && !lex.get(w).is_some_and(|i| i.boundary)
        })
        .any(|k| {
            doc.word(k).eq_ignore_ascii_case("had")
                && !matches!(doc.word(k + 1), "to" | "until" | "till")
        })
}

/// A date fixed ahead by the words right before the expression at `first..=last`: "set for
/// / scheduled for / deadline of X" (`setfor` in `data/tense.tsv`), or "until/by/before X"
/// after a verb of giving time with an object between ("gave the negotiators until
/// Friday", `allot`). A pluperfect clause keeps its own past ("had been set for Friday"), and
/// so does a clause with an explicit past anchor ("was given until Friday last week").
/// `sentence` is the token range of the sentence.
fn fixed_ahead(
    doc: &Document,
    lex: &Lexicon,
    sentence: (usize, usize),
    first: usize,
    last: usize,
) -> Option<Tense> {
    let (lo, hi) = sentence;
    if first < lo + 2 {
        return None;
    }
    let prep = doc.word(first - 1).to_ascii_lowercase();
    let set_for = matches!(prep.as_str(), "for" | "of")
        && lex.get(doc.word(first - 2)).is_some_and(|w| w.set_for);
    let deadline_prep = prep == "before"
        || lex.get(&prep).is_some_and(|w| {
            w.weak_preposition == Some(Tense::Future) || w.preposition == Some(Tense::Future)
        });
    // the verb of giving, then at least one word of object, then the preposition
    let allotted = deadline_prep
        && (lo..first - 2)
            .rev()
            .take_while(|&k| within_phrase(doc, lex, k))
            .any(|k| {
                // "gave up before Friday", "gave in until Monday": a particle, no object
                let particle = matches!(
                    doc.word(k + 1).to_ascii_lowercase().as_str(),
                    "up" | "in" | "out" | "way" | "back"
                );
                lex.get(doc.word(k)).is_some_and(|w| w.allot) && !particle
            });
    // the passive names the one given the time as its subject: "were given until Friday"
    let given = deadline_prep
        && first >= lo + 3
        && lex.get(doc.word(first - 2)).is_some_and(|w| w.allot)
        && matches!(
            doc.word(first - 3).to_ascii_lowercase().as_str(),
            "was" | "were" | "been" | "be" | "being" | "is" | "are"
        );
    ((set_for || allotted || given)
        && !pluperfect_clause(doc, lex, lo, first - 1)
        && !past_anchor(doc, lex, lo, hi, last))
    .then_some(Tense::Future)
}

/// Whether the clause of an expression ending at token `last` names a past time after it,
/// up to a comma, `;`, `:` or clause-opening word: "last"/"past"/"previous" before a unit or
/// a calendar word ("last week", "last Monday"), "yesterday", or "ago".
fn past_anchor(doc: &Document, lex: &Lexicon, lo: usize, hi: usize, last: usize) -> bool {
    let calendar = |k: usize| {
        lex.get(doc.word(k)).is_some_and(|w| {
            w.unit.is_some() || w.weekday.is_some() || w.month.is_some() || w.season.is_some()
        })
    };
    (last.max(lo) + 1..hi)
        .take_while(|&k| within_phrase(doc, lex, k))
        .any(|k| {
            let w = doc.word(k);
            w.eq_ignore_ascii_case("ago")
                || w.eq_ignore_ascii_case("yesterday")
                || lex
                    .get(w)
                    .is_some_and(|i| i.modifier == Some(Modifier::Prev))
                    && calendar(k + 1)
        })
}

/// Whether the word at `k` follows "has"/"have"/"'ve" (an -ly adverb may come between):
/// a present perfect, "have agreed", "has firmly pledged".
fn present_perfect(doc: &Document, k: usize) -> bool {
    let is_have = |j: usize| {
        matches!(
            doc.word(j).to_ascii_lowercase().as_str(),
            "has" | "have" | "'ve" | "\u{2019}ve"
        )
    };
    let adverb = |j: usize| {
        let w = doc.word(j);
        w.len() > 3 && w.ends_with("ly")
    };
    match k.checked_sub(1) {
        Some(j) if is_have(j) => true,
        Some(j) if adverb(j) => j.checked_sub(1).is_some_and(is_have),
        _ => false,
    }
}

/// Is token `k` the "to" of an infinitive ("set to restart Monday")?
fn infinitive(doc: &Document, lex: &Lexicon, k: usize, tagged: bool) -> bool {
    if tagged {
        return doc.tokens[k].xpos.as_str() == "TO"
            && doc
                .tokens
                .get(k + 1)
                .is_some_and(|n| n.xpos.as_str() == "VB");
    }
    let next = doc.word(k + 1);
    doc.word(k) == "to"
        && next.chars().next().is_some_and(char::is_lowercase)
        && next.chars().all(char::is_alphabetic)
        && !lex
            .get(next)
            .is_some_and(|w| w.not_verb || w.number.is_some() || w.month.is_some())
}

/// The tense a finite verb, modal or listed word at `k` signals.
fn finite(doc: &Document, lex: &Lexicon, k: usize, tagged: bool) -> Option<Tense> {
    let word = doc.word(k);
    let info = lex.get(word);
    // a scheduled act is read by `scheduled`, for its own time only
    if info.is_some_and(|w| w.schedule.is_some()) {
        return None;
    }
    // a modal before "have" looks back ("may have driven the slide on Wednesday")
    let ahead = info.and_then(|w| w.tense) == Some(Tense::Future);
    if ahead && doc.word(k + 1).eq_ignore_ascii_case("have") {
        return Some(Tense::Past);
    }
    // "could not attend on Thursday", "couldn't", "could never": what was not possible then;
    // the clause's other verbs decide
    if info.is_some_and(|w| w.ability)
        && (negation(doc.word(k + 1)) || negative_subject(doc, lex, k) || perceived(doc, lex, k))
    {
        return None;
    }
    let going_to = word.eq_ignore_ascii_case("going") && doc.word(k + 1).eq_ignore_ascii_case("to");
    if going_to {
        return Some(Tense::Future);
    }
    if let Some(t) = info
        .filter(|_| ahead)
        .and_then(|w| planning(doc, lex, k, w))
    {
        return t;
    }
    // a participle after "be" is passive, not past ("will be held", "to be published")
    let passive = k > 0
        && matches!(
            doc.word(k - 1).to_ascii_lowercase().as_str(),
            "be" | "been" | "being" | "is" | "are" | "am"
        );
    if tagged {
        let xpos = doc.tokens[k].xpos;
        let tag = xpos.as_str();
        let listed = lex.get(word).and_then(|w| w.tense);
        // verbs of planning look ahead whatever their form ("planned", "is expected")
        let verb_like = tag.starts_with("VB") || tag == "JJ";
        if verb_like && listed == Some(Tense::Future) {
            return Some(Tense::Future);
        }
        // "the besieged capital", "a still unspecified date": a participle after a
        // determiner is an adjective (a past form after one is the tagger's verb: "they
        // all agreed")
        let attributive = k > 0 && {
            let prev = doc.word(k - 1);
            lex.get(prev).is_some_and(|w| w.not_verb) || prev.eq_ignore_ascii_case("still")
        };
        return match tag {
            "MD" => listed.filter(|t| *t == Tense::Future),
            "VBN" if attributive => None,
            "VBD" => Some(Tense::Past),
            "VBN" => (!passive).then_some(Tense::Past),
            _ => None,
        };
    }
    if word == "to" {
        return None;
    }
    if !word
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c == '\'')
    {
        return None;
    }
    if let Some(info) = lex.get(word).filter(|w| w.tense.is_some()) {
        // "the plan", "its plans": a noun, no cue
        let noun = info.also_noun && k > 0 && lex.get(doc.word(k - 1)).is_some_and(|w| w.not_verb);
        return info
            .tense
            .filter(|t| !(noun || passive && *t == Tense::Past));
    }
    // contractions: "we'll", "didn't", "wasn't"
    if word.ends_with("'ll") || word.ends_with("\u{2019}ll") {
        return Some(Tense::Future);
    }
    if let Some(base) = word
        .strip_suffix("n't")
        .or_else(|| word.strip_suffix("n\u{2019}t"))
    {
        // "couldn't": see `negation`
        return lex.get(base).filter(|w| !w.ability).and_then(|w| w.tense);
    }
    // "a still unspecified date", "the proposed deal": an adjective, not a verb
    let attributive = k > 0 && {
        let prev = doc.word(k - 1);
        lex.get(prev).is_some_and(|w| w.not_verb) || prev.eq_ignore_ascii_case("still")
    };
    let regular_past = !passive
        && !attributive
        && word.len() >= 5
        && word.is_ascii()
        && word.ends_with("ed")
        && !word.ends_with("eed")
        && word.bytes().all(|b| b.is_ascii_lowercase());
    regular_past.then_some(Tense::Past)
}

/// What a word of planning ("planned", "scheduled", "expected", "plans") at `k` says when its
/// neighbours change its reading: `Some(Some(Past))` after pluperfect "had" ("had been
/// scheduled to expire Friday": the plan lay in the past), `Some(None)` when it is an
/// adjective or noun ("a hastily planned visit", "as previously planned", "holiday plans
/// for"), `None` when nothing changes.
fn planning(doc: &Document, lex: &Lexicon, k: usize, info: &WordInfo) -> Option<Option<Tense>> {
    let word = doc.word(k);
    // modals are listed as future cues too; only words of planning are read here
    let modal = matches!(
        word,
        "will"
            | "shall"
            | "would"
            | "may"
            | "might"
            | "should"
            | "won't"
            | "could"
            | "can"
            | "must"
    );
    if info.tense != Some(Tense::Future) || modal || !word.starts_with(char::is_lowercase) {
        return None;
    }
    let before = |n: usize| {
        k.checked_sub(n)
            .map_or(String::new(), |j| doc.word(j).to_ascii_lowercase())
    };
    // an adverb in between ("had previously been", "the hastily planned")
    let adverb = |w: &str| w.len() > 3 && w.ends_with("ly");
    let (p1, p2) = if adverb(&before(1)) {
        (before(2), before(3))
    } else {
        (before(1), before(2))
    };
    if p1 == "had" || p1 == "been" && p2 == "had" || p2 == "had" && adverb(&p1) {
        return Some(Some(Tense::Past));
    }
    let determiner = lex.get(&p1).is_some_and(|w| w.not_verb);
    let noun_after = info.also_noun
        && matches!(
            doc.word(k + 1).to_ascii_lowercase().as_str(),
            "for" | "of" | "on" | "in" | "at" | "with"
        );
    if p1 == "as" || determiner || noun_after {
        return Some(None);
    }
    None
}

/// Whether `w` negates the verb before it: "not", "n't", "never", "hardly", "barely",
/// "scarcely".
fn negation(w: &str) -> bool {
    [
        "not",
        "n't",
        "n\u{2019}t",
        "never",
        "hardly",
        "barely",
        "scarcely",
    ]
    .iter()
    .any(|n| w.eq_ignore_ascii_case(n))
}

/// Whether the subject before the modal at `k` is negative ("No one could", "Nobody in the
/// village could", "Neither ... nor ... could"): such a word at most eight tokens back, with no
/// comma, `;`, `:` or clause-opening word between.
/// Whether the verb after the modal at `k` (or after its "be": "could be seen") is one of
/// perception or attainment ("could hear", "could be reached"): a past ability.
fn perceived(doc: &Document, lex: &Lexicon, k: usize) -> bool {
    let next = if doc.word(k + 1).eq_ignore_ascii_case("be") {
        k + 2
    } else {
        k + 1
    };
    lex.get(doc.word(next)).is_some_and(|w| w.perceive)
}

fn negative_subject(doc: &Document, lex: &Lexicon, k: usize) -> bool {
    phrase_before(doc, lex, k).any(|j| {
        let w = doc.word(j).to_ascii_lowercase();
        matches!(w.as_str(), "neither" | "nobody" | "none" | "nothing")
            || w == "no" && (doc.word(j + 1).eq_ignore_ascii_case("one") || k - j <= 3)
    })
}

/// Whether the parse hangs the expression on tokens `expr` (first, last) from token `v`:
/// the expression's head (its one token whose head lies outside it) has `v` as head. False
/// without a parse.
fn hangs_from(doc: &Document, expr: (usize, usize), v: usize) -> bool {
    let (first, last) = expr;
    (first..=last)
        .find(|&t| doc.head(t).is_none_or(|h| h < first || h > last))
        .and_then(|t| doc.head(t))
        == Some(v)
}
