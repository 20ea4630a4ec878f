//! Repairs of parses that no well-formed UD tree has, applied after the parser.
//!
//! A coordinating conjunction (`cc`) attaches to the conjunct after it, and that conjunct
//! hangs from the first one by `conj`. The greedy parser sometimes reads a coordination of
//! names as one noun phrase: in "Canada and the United States held talks" it makes
//! `Canada` a `compound` of `States`, with `and` as a `cc` of `States` too. A `cc` whose
//! head has a nominal modifier on the far side of the conjunction is that mistake: the
//! modifier is the first conjunct. The repair gives it the phrase's place in the tree and
//! hangs the second phrase from it by `conj`, as the treebanks do.

use attache_core::tags::{Deprel, Upos};

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
