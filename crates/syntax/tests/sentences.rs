//! The committed models tag and parse plain sentences sensibly and never panic.

use crate::common;
use common::*;

#[test]
fn transitive_clause_gets_subject_object_tags_and_lemmas() {
    let doc = parsed("The minister met his counterpart in Geneva on Friday.");
    let met = find(&doc, "met");
    let why = dump(&doc, met);
    assert_eq!(doc.tokens[met].xpos.as_str(), "VBD", "{why}");
    assert_eq!(doc.tokens[met].upos.as_str(), "VERB", "{why}");
    assert_eq!(doc.lemma(met), "meet", "{why}");
    assert_eq!(doc.head(met), None, "{why}");
    assert_eq!(doc.tokens[met].deprel.as_str(), "root", "{why}");
    let subj = deps(&doc, met, &["nsubj"]);
    assert_eq!(subj, vec![find(&doc, "minister")], "{why}");
    assert_eq!(
        deps(&doc, met, &["obj"]),
        vec![find(&doc, "counterpart")],
        "{why}"
    );
    let geneva = find(&doc, "Geneva");
    assert_eq!(doc.tokens[geneva].upos.as_str(), "PROPN", "{why}");
    assert_eq!(doc.lemma(find(&doc, "The")), "the", "{why}");
    assert_eq!(doc.lemma(find(&doc, "his")), "his", "{why}");
}

#[test]
fn passive_subject_and_plural_lemma() {
    let doc = parsed("The proposals were rejected by the allies.");
    let v = find(&doc, "rejected");
    let why = dump(&doc, v);
    assert_eq!(
        deps(&doc, v, &["nsubj"]),
        vec![find(&doc, "proposals")],
        "{why}"
    );
    assert_eq!(
        doc.tokens[find(&doc, "proposals")].deprel.as_str(),
        "nsubj:pass",
        "{why}"
    );
    assert_eq!(doc.lemma(find(&doc, "proposals")), "proposal", "{why}");
    assert_eq!(doc.lemma(find(&doc, "were")), "be", "{why}");
    assert_eq!(doc.lemma(v), "reject", "{why}");
}

#[test]
fn every_sentence_has_one_root_and_heads_stay_inside_it() {
    let doc = parsed(
        "Russia demanded guarantees. NATO refused, and talks stalled.\n\
         Officials said the meeting would resume next week in Brussels.",
    );
    assert!(doc.sentences.len() >= 3);
    for s in &doc.sentences {
        let r = s.tokens.start as usize..s.tokens.end as usize;
        let roots = r.clone().filter(|&t| doc.head(t).is_none()).count();
        assert_eq!(roots, 1);
        for t in r.clone() {
            if let Some(h) = doc.head(t) {
                assert!(r.contains(&h) && h != t);
            }
            assert!(!doc.tokens[t].upos.as_str().is_empty());
            assert!(!doc.lemma(t).is_empty());
        }
    }
}

#[test]
fn odd_input_does_not_panic() {
    let long = vec!["word"; 500].join(" ");
    let odd = "🙂🙂 ... ?? 中文 テスト — ' \" ( ) [ ] 1/2 $5.00 #tag @user\n\u{200b}\n.";
    for text in [long.as_str(), odd, "", "\n\n", "a"] {
        let doc = parsed(text);
        for t in 0..doc.tokens.len() {
            if let Some(h) = doc.head(t) {
                assert!(h < doc.tokens.len());
            }
        }
    }
    // Empty and one-word sentences through the direct API.
    let s = syntax();
    assert!(s.analyze(&[]).heads.is_empty());
    let one = s.analyze(&["Hello"]);
    assert_eq!(one.heads, vec![0]);
    assert_eq!(one.deprels[0].as_str(), "root");
}

#[test]
fn analyzing_a_batch_gives_what_analyzing_each_sentence_gives() {
    let s = syntax();
    let sentences: Vec<Vec<&str>> = [
        "The minister met his counterpart in Geneva on Friday .",
        "",
        "According to officials , talks will resume next week .",
        "Émigrés — naïve ? — said “ no ” .",
    ]
    .iter()
    .map(|l| l.split(' ').filter(|w| !w.is_empty()).collect())
    .collect();
    let refs: Vec<&[&str]> = sentences.iter().map(Vec::as_slice).collect();
    let mut sc = attache_syntax::Scratch::default();
    let mut all = Vec::new();
    s.analyze_all(&refs, &mut sc, &mut all);
    assert_eq!(all.len(), sentences.len());
    for (forms, batch) in refs.iter().zip(&all) {
        let one = s.analyze(forms);
        assert_eq!(
            (&one.xpos, &one.heads, &one.deprels, &one.lemma_text),
            (&batch.xpos, &batch.heads, &batch.deprels, &batch.lemma_text),
            "{forms:?}"
        );
    }
}

#[test]
fn a_name_coordinated_with_the_name_is_a_subject_not_a_compound() {
    // The parser alone reads "Canada" as a compound of "States"; the coordination repair
    // makes it the subject with "States" as its conjunct.
    let doc = parsed("Canada and the United States held talks on Monday.");
    let held = find(&doc, "held");
    let why = dump(&doc, held);
    let canada = find(&doc, "Canada");
    assert_eq!(deps(&doc, held, &["nsubj"]), vec![canada], "{why}");
    assert_eq!(
        deps(&doc, canada, &["conj"]),
        vec![find(&doc, "States")],
        "{why}"
    );
}

#[test]
fn a_bracketed_name_after_a_pronoun_is_its_apposition_and_the_pronoun_the_subject() {
    let doc = parsed("He [Blinken] promised to explain the position of the United States.");
    let v = find(&doc, "promised");
    let why = dump(&doc, v);
    assert_eq!(deps(&doc, v, &["nsubj"]), vec![find(&doc, "He")], "{why}");
    let name = find(&doc, "Blinken");
    assert_eq!(doc.head(name), Some(find(&doc, "He")), "{why}");
    assert_eq!(doc.tokens[name].deprel.as_str(), "appos", "{why}");
    assert!(
        deps(&doc, v, &["xcomp"]).contains(&find(&doc, "explain")),
        "{why}"
    );
}

#[test]
fn bracketed_insertions_keep_one_root_and_every_token_a_head_in_the_sentence() {
    for text in [
        "[...] I have not heard a single argument today.",
        "It will be met with [a] swift and severe response [from the US].",
        "[ He ] said [ that ] nothing [ had ] changed [.",
        "[Blinken]",
    ] {
        let doc = parsed(text);
        let roots = (0..doc.tokens.len())
            .filter(|&i| doc.head(i).is_none())
            .count();
        assert_eq!(roots, 1, "{text}: {:?}", doc.tokens);
        for i in 0..doc.tokens.len() {
            // Every chain of heads ends at the root without a cycle.
            let mut k = i;
            for _ in 0..=doc.tokens.len() {
                match doc.head(k) {
                    Some(h) => k = h,
                    None => break,
                }
            }
            assert!(doc.head(k).is_none(), "{text}: cycle at {i}");
        }
    }
}

#[test]
fn las_universal_forgives_a_subtype_that_las_counts_wrong() {
    // An invented sentence whose subject is annotated with a subtype the parser never gives
    // to a plain active subject: LAS counts that word wrong, the universal-part LAS right.
    let conllu = "\
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tenvoy\tenvoy\tNOUN\tNN\t_\t3\tnsubj:outer\t_\t_
3\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_
4\tearly\tearly\tADV\tRB\t_\t3\tadvmod\t_\t_
5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

";
    let model = attache_syntax::Syntax::embedded().expect("committed weights load");
    let report = attache_syntax::eval_parse(&[conllu.to_string()], &model);
    let figure = |k: &str| {
        report
            .figures
            .iter()
            .find(|(name, _)| name == k)
            .map(|&(_, v)| v)
            .unwrap_or_else(|| panic!("no {k} in {:?}", report.figures))
    };
    assert_eq!(figure("uas"), 1.0, "{:?}", report.figures);
    assert!((figure("las") - 0.8).abs() < 1e-9, "{:?}", report.figures);
    assert_eq!(figure("las_universal"), 1.0, "{:?}", report.figures);
}
