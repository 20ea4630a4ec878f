//! Repairs of parses that no well-formed UD tree has, applied after the parser.
//!
//! A coordinating conjunction (`cc`) attaches to the conjunct after it, and that conjunct
//! hangs from the first one by `conj`. The greedy parser sometimes reads a coordination of
//! names as one noun phrase: in "Canada and the United States held talks" it makes
//! `Canada` a `compound` of `States`, with `and` as a `cc` of `States` too. A `cc` whose
//! head has a nominal modifier on the far side of the conjunction is that mistake: the
//! modifier is the first conjunct. The repair gives it the phrase's place in the tree and
//! hangs the second phrase from it by `conj`, as the treebanks do.
//!
//! A speaker named after the clause it reports ("Talks will resume next week, Foreign
//! Minister Ana Reyes said") is the reporting verb's subject. The beam parser (twenty-fourth
//! session) sometimes keeps the reported verb's object on the stack until the reporting verb
//! comes, makes it that verb's subject and hangs the speaker's phrase on a noun before the
//! comma: [`repair_reported_speaker`] puts both back.

use attache_core::tags::{Deprel, Upos, Xpos};

/// Relations under which the parser puts a first conjunct it did not see as one.
const FIRST_CONJUNCT_AS: [&str; 2] = ["compound", "nmod"];

/// Repairs `heads` (1-based, 0 for the root) and `labels` of one sentence in place. Keeps
/// a tree: only a modifier and its head swap places, and the head's dependents before the
/// modifier move to it.
pub fn repair_coordination(upos: &[Upos], heads: &mut [u32], labels: &mut [Deprel]) {
    let n = heads.len().min(labels.len()).min(upos.len());
    for c in 0..n {
        if !labels[c].is("cc") {
            continue;
        }
        let h = heads[c] as usize;
        // The head of the conjunction, 1-based, after it.
        if h <= c + 1 || h > n || !is_name_or_noun(upos[h - 1]) {
            continue;
        }
        // The modifier of the same head nearest before the conjunction; only its own
        // dependents may stand between it and the conjunction.
        let Some(x) = (0..c).rev().find(|&i| heads[i] as usize == h) else {
            continue;
        };
        if !FIRST_CONJUNCT_AS.iter().any(|l| labels[x].is(l)) || !is_name_or_noun(upos[x]) {
            continue;
        }
        if (x + 1..c).any(|i| heads[i] as usize != x + 1) {
            continue;
        }
        let (h_head, h_label) = (heads[h - 1], labels[h - 1]);
        for head in heads.iter_mut().take(x) {
            if *head as usize == h {
                *head = x as u32 + 1;
            }
        }
        heads[x] = h_head;
        labels[x] = h_label;
        heads[h - 1] = x as u32 + 1;
        labels[h - 1] = Deprel::from_label("conj");
    }
}

/// Repairs a clause-final speaker in `heads` (1-based, 0 for the root) and `labels` of one
/// sentence: a verb `r` with a clausal complement `c` before it and a subject `n` between
/// `c` and a comma before `r`, where the words from that comma to `r` are one nominal phrase
/// whose head `s` hangs on a word before the comma ("imposed sanctions on X, Minister Y
/// said" parsed with "sanctions" the subject of "said" and "Y" an apposition of "X"). When
/// `c` has no object, `n` becomes its object, `s` the subject of `r`, and a comma on `s`
/// moves to `r`. Keeps a tree: `s`'s phrase lies between the comma and `r`, and `n` lies
/// inside `c`'s stretch.
pub fn repair_reported_speaker(
    upos: &[Upos],
    xpos: &[Xpos],
    heads: &mut [u32],
    labels: &mut [Deprel],
) {
    let n_words = heads
        .len()
        .min(labels.len())
        .min(upos.len())
        .min(xpos.len());
    let comma = Xpos::from_label(",");
    for r in 0..n_words {
        if !upos[r].is("VERB") {
            continue;
        }
        let kid = |i: usize, l: &str, heads: &[u32], labels: &[Deprel]| {
            heads[i] as usize == r + 1 && labels[i].is(l)
        };
        let Some(c) = (0..r).find(|&i| kid(i, "ccomp", heads, labels)) else {
            continue;
        };
        let Some(n) = (c + 1..r).find(|&i| kid(i, "nsubj", heads, labels)) else {
            continue;
        };
        if !is_nominal(upos[n]) || !upos[c].is("VERB") {
            continue;
        }
        if (0..n_words).any(|i| heads[i] as usize == c + 1 && labels[i].is("obj")) {
            continue;
        }
        let Some(k) = (n + 1..r).rev().find(|&i| xpos[i] == comma) else {
            continue;
        };
        // The phrase between the comma and the verb: one word hangs outside it, before
        // the comma; every other word hangs inside it.
        let inside = |h: u32| (k + 2..=r).contains(&(h as usize));
        let outer: Vec<usize> = (k + 1..r).filter(|&i| !inside(heads[i])).collect();
        let [s] = outer[..] else {
            continue;
        };
        if !is_nominal(upos[s]) || heads[s] == 0 || heads[s] as usize > k {
            continue;
        }
        heads[s] = r as u32 + 1;
        labels[s] = Deprel::from_label("nsubj");
        heads[n] = c as u32 + 1;
        labels[n] = Deprel::from_label("obj");
        if heads[k] as usize == s + 1 {
            heads[k] = r as u32 + 1;
        }
    }
}

fn is_nominal(u: Upos) -> bool {
    u.is("PROPN") || u.is("NOUN") || u.is("PRON")
}

fn is_name_or_noun(u: Upos) -> bool {
    u.is("PROPN") || u.is("NOUN")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(rows: &[(&str, u32, &str)]) -> (Vec<Upos>, Vec<u32>, Vec<Deprel>) {
        (
            rows.iter().map(|r| Upos::from_label(r.0)).collect(),
            rows.iter().map(|r| r.1).collect(),
            rows.iter().map(|r| Deprel::from_label(r.2)).collect(),
        )
    }

    /// [`tree`] with each word's XPOS after its UPOS.
    fn tagged_tree(
        rows: &[(&str, &str, u32, &str)],
    ) -> (Vec<Upos>, Vec<Xpos>, Vec<u32>, Vec<Deprel>) {
        let (u, h, l) = tree(&rows.iter().map(|r| (r.0, r.2, r.3)).collect::<Vec<_>>());
        (
            u,
            rows.iter().map(|r| Xpos::from_label(r.1)).collect(),
            h,
            l,
        )
    }

    #[test]
    fn a_speaker_after_the_reported_clause_is_the_subject_again() {
        // Norway has not lifted tariffs on steel , Trade Minister Ola Berg said .
        // parsed with "tariffs" the subject of "said" and "Ola" an apposition of "steel"
        let rows = [
            ("PROPN", "NNP", 4, "nsubj"),
            ("AUX", "VBZ", 4, "aux"),
            ("PART", "RB", 4, "advmod"),
            ("VERB", "VBN", 13, "ccomp"),
            ("NOUN", "NNS", 13, "nsubj"),
            ("ADP", "IN", 7, "case"),
            ("NOUN", "NN", 5, "nmod"),
            ("PUNCT", ",", 11, "punct"),
            ("PROPN", "NNP", 10, "compound"),
            ("PROPN", "NNP", 11, "nmod:desc"),
            ("PROPN", "NNP", 7, "appos"),
            ("PROPN", "NNP", 11, "flat"),
            ("VERB", "VBD", 0, "root"),
            ("PUNCT", ".", 13, "punct"),
        ];
        let (u, x, mut h, mut l) = tagged_tree(&rows);
        repair_reported_speaker(&u, &x, &mut h, &mut l);
        assert_eq!((h[4], l[4].as_str()), (4, "obj"), "tariffs");
        assert_eq!((h[10], l[10].as_str()), (13, "nsubj"), "Ola");
        assert_eq!(h[7], 13, "the comma before the speaker");
    }

    #[test]
    fn a_subject_before_its_apposition_and_the_verb_is_left_alone() {
        // Talks resumed , the minister , an ally of Reyes , said .  (the minister is the
        // subject; the words after the last comma are no phrase of their own)
        let rows = [
            ("NOUN", "NNS", 2, "nsubj"),
            ("VERB", "VBD", 12, "ccomp"),
            ("PUNCT", ",", 5, "punct"),
            ("DET", "DT", 5, "det"),
            ("NOUN", "NN", 12, "nsubj"),
            ("PUNCT", ",", 8, "punct"),
            ("DET", "DT", 8, "det"),
            ("NOUN", "NN", 5, "appos"),
            ("ADP", "IN", 10, "case"),
            ("PROPN", "NNP", 8, "nmod"),
            ("PUNCT", ",", 5, "punct"),
            ("VERB", "VBD", 0, "root"),
        ];
        let (u, x, mut h, mut l) = tagged_tree(&rows);
        let before = (h.clone(), l.clone());
        repair_reported_speaker(&u, &x, &mut h, &mut l);
        assert_eq!((h, l), before);
    }

    fn labels(l: &[Deprel]) -> Vec<&'static str> {
        l.iter().map(|d| d.as_str()).collect()
    }

    #[test]
    fn a_name_before_and_the_name_is_the_first_conjunct() {
        // Canada and the United States held talks: parsed with Canada as a compound of
        // States and "and" hanging from States.
        let (u, mut h, mut l) = tree(&[
            ("PROPN", 5, "compound"),
            ("CCONJ", 5, "cc"),
            ("DET", 5, "det"),
            ("PROPN", 5, "compound"),
            ("PROPN", 6, "nsubj"),
            ("VERB", 0, "root"),
            ("NOUN", 6, "obj"),
        ]);
        repair_coordination(&u, &mut h, &mut l);
        assert_eq!(h, vec![6, 5, 5, 5, 1, 0, 6]);
        assert_eq!(
            labels(&l),
            vec!["nsubj", "cc", "det", "compound", "conj", "root", "obj"]
        );
    }

    #[test]
    fn a_well_formed_coordination_is_left_alone() {
        // Israel and Hamas accused ...: Hamas is already conj of Israel.
        let (u, mut h, mut l) = tree(&[
            ("PROPN", 4, "nsubj"),
            ("CCONJ", 3, "cc"),
            ("PROPN", 1, "conj"),
            ("VERB", 0, "root"),
        ]);
        let before = (h.clone(), l.clone());
        repair_coordination(&u, &mut h, &mut l);
        assert_eq!((h, l), before);
    }

    #[test]
    fn an_adjective_before_and_is_not_taken_for_a_conjunct() {
        // "political and economic reforms" misparsed with "and" on "reforms": the adjective
        // is no nominal, so nothing moves.
        let (u, mut h, mut l) = tree(&[
            ("ADJ", 4, "amod"),
            ("CCONJ", 4, "cc"),
            ("ADJ", 4, "amod"),
            ("NOUN", 0, "root"),
        ]);
        let before = (h.clone(), l.clone());
        repair_coordination(&u, &mut h, &mut l);
        assert_eq!((h, l), before);
    }
}
