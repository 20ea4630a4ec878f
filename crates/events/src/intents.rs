//! Stated intentions with a deadline. "Tehran would announce its response within ten days",
//! said by a spokesman of the Iranian Foreign Ministry, commits Iran to act within ten days,
//! though announcing is no CAMEO event: it is written as a promise with that due window and no
//! event. Only a future act of the speaker's own side counts (a forecast about others is no
//! commitment), only with a deadline ("by", "until", "before", "within"), never negated or on
//! a condition, and never an act already coded (its own commitment, if any, stands).

use attache_core::{ActorRef, Commitment, CommitmentKind, Document, Event, NO_HEAD};

use crate::coder::{same_side, DEADLINE};

/// Words that make a following verb a future act.
const FUTURE: &[&str] = &["would", "will", "'ll", "shall"];
const NEGATORS: &[&str] = &["not", "n't", "never"];

/// Appends the promises stated in `doc`'s quotes with a deadline to `out`; `events` are the
/// events coded in the document (their triggers are left to them).
pub fn stated_intents(doc: &Document, events: &[Event], out: &mut Vec<Commitment>) {
    let lower = |i: usize| doc.word(i).to_ascii_lowercase();
    let mut done: Vec<usize> = Vec::new();
    // The dependents of the current sentence's tokens, built at its first candidate verb.
    let mut children: Option<Children> = None;
    for (qi, q) in doc.quotes.iter().enumerate() {
        let Some(speaker) = q.speaker.map(|r| r.actor) else {
            continue;
        };
        let Some(s) = doc.sentence_at(q.span.start) else {
            continue;
        };
        let r = &doc.sentences[s].tokens;
        let (lo, hi) = (r.start as usize, (r.end as usize).min(doc.tokens.len()));
        // The quote's own tokens.
        let from = lo + doc.tokens[lo..hi].partition_point(|t| t.span.start < q.span.start);
        for i in from..hi {
            let tok = &doc.tokens[i];
            if tok.span.end > q.span.end {
                break;
            }
            if tok.head == NO_HEAD
                || !tok.deprel.as_str().starts_with("aux")
                || !FUTURE.iter().any(|f| doc.word(i).eq_ignore_ascii_case(f))
            {
                continue;
            }
            let v = tok.head as usize;
            if v <= i || v >= hi || !doc.tokens[v].upos.is("VERB") || done.contains(&v) {
                continue;
            }
            let vspan = doc.tokens[v].span;
            if !q.span.contains(vspan) || events.iter().any(|e| e.evidence.trigger.overlaps(vspan))
            {
                continue;
            }
            if children.as_ref().is_none_or(|c| c.lo != lo) {
                children = Some(Children::new(doc, lo, hi));
            }
            let Some(kids) = children.as_ref() else {
                continue;
            };
            if kids
                .of(v)
                .iter()
                .any(|&k| NEGATORS.contains(&lower(k).as_str()) || on_condition(doc, kids, k))
            {
                continue;
            }
            // The subject, or the subject of the verb it is joined to ("would consider the
            // offer and would reply").
            let nsubj = |v: usize| {
                kids.of(v)
                    .iter()
                    .copied()
                    .find(|&k| doc.tokens[k].deprel.as_str() == "nsubj")
            };
            let subject = nsubj(v).or_else(|| {
                let h = doc.tokens[v].head as usize;
                (doc.tokens[v].deprel.as_str() == "conj" && (lo..hi).contains(&h))
                    .then(|| nsubj(h))
                    .flatten()
            });
            let Some(subject) = subject else { continue };
            let sub_span = doc.tokens[subject].span;
            let Some((m, mention)) = doc
                .mentions
                .iter()
                .enumerate()
                .find(|(_, m)| m.span.contains(sub_span))
            else {
                continue;
            };
            if !same_side(doc, mention.actor, speaker) {
                continue;
            }
            let content = vspan.cover(doc.tokens[subtree_end(doc, v, lo, hi)].span);
            let due = doc
                .times
                .iter()
                .enumerate()
                .filter(|(_, t)| t.sentence as usize == s && content.contains(t.span))
                .filter(|(_, t)| t.span.start > vspan.end)
                .filter(|(_, t)| {
                    doc.token_at(t.span.start)
                        .filter(|&k| k > lo)
                        .is_some_and(|k| DEADLINE.contains(&lower(k - 1).as_str()))
                })
                .find_map(|(ti, _)| attache_time::due_window(doc, ti))
                .filter(|&(a, b)| a <= b && doc.published_date().is_none_or(|p| b >= p));
            let Some(due) = due else { continue };
            done.push(v);
            out.push(Commitment {
                kind: CommitmentKind::Promise,
                by: Some(ActorRef {
                    actor: mention.actor,
                    mention: Some(m as u32),
                }),
                to: None,
                content,
                due: Some(due),
                condition: None,
                status: "pending",
                quote: Some(qi as u32),
                sentence: s as u32,
                event: None,
                restates: None,
            });
        }
    }
}

/// The dependents of every token of one sentence (`lo..hi`), in text order.
struct Children {
    lo: usize,
    kids: Vec<Vec<usize>>,
}

impl Children {
    fn new(doc: &Document, lo: usize, hi: usize) -> Children {
        let mut kids = vec![Vec::new(); hi.saturating_sub(lo)];
        for k in lo..hi {
            let h = doc.tokens[k].head as usize;
            if let Some(list) = h.checked_sub(lo).and_then(|i| kids.get_mut(i)) {
                list.push(k);
            }
        }
        Children { lo, kids }
    }

    fn of(&self, v: usize) -> &[usize] {
        v.checked_sub(self.lo)
            .and_then(|i| self.kids.get(i))
            .map_or(&[], Vec::as_slice)
    }
}

/// Is token `k` an if- or unless-clause (or its marker) of its head?
fn on_condition(doc: &Document, kids: &Children, k: usize) -> bool {
    let is_if = |j: usize| matches!(doc.word(j).to_ascii_lowercase().as_str(), "if" | "unless");
    if doc.tokens[k].deprel.as_str() == "mark" {
        return is_if(k);
    }
    doc.tokens[k].deprel.as_str() == "advcl"
        && kids
            .of(k)
            .iter()
            .any(|&j| doc.tokens[j].deprel.as_str() == "mark" && is_if(j))
}

/// Last token of `v`'s subtree within the sentence `lo..hi`.
fn subtree_end(doc: &Document, v: usize, lo: usize, hi: usize) -> usize {
    let mut last = v;
    for k in v + 1..hi {
        let mut h = k;
        for _ in 0..32 {
            if h == v {
                last = k;
                break;
            }
            let next = doc.tokens[h].head;
            if next == NO_HEAD || (next as usize) < lo || (next as usize) >= hi {
                break;
            }
            h = next as usize;
        }
    }
    last
}
