//! No text panics the segmenter, and every span it makes is well-formed.

use attache_core::segment::SentenceSplit;
use attache_core::{Block, BlockKind, Document, Span, Stage};
use proptest::prelude::*;

/// Text built from pieces the segmenter treats specially, so the generator reaches its
/// branches far more often than uniform characters would.
fn tricky_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("U.S.".to_string()),
        Just("Mr.".to_string()),
        Just("e.g.".to_string()),
        Just("...".to_string()),
        Just("\u{2026}".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("\u{201c}".to_string()),
        Just("\u{2019}s".to_string()),
        Just("n't".to_string()),
        Just("[...]".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just(". ".to_string()),
        Just("? ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("-".to_string()),
        Just("\u{2014}".to_string()),
        Just("http://x.org/".to_string()),
        Just("a@b.c".to_string()),
        Just("#tag".to_string()),
        Just(":)".to_string()),
        Just("01/24/2001 ".to_string()),
        Just("12:33 ".to_string()),
        Just("PM ".to_string()),
        Just(" @ ".to_string()),
        Just(" <".to_string()),
        Just("> ".to_string()),
        Just("Sent by: ".to_string()),
        Just("Hi ".to_string()),
        Just("Dear ".to_string()),
        Just("Thanks ".to_string()),
        Just(", ".to_string()),
        Just(": ".to_string()),
        Just("3.5".to_string()),
        Just("1,000".to_string()),
        Just(" ".to_string()),
        Just("\u{a0}".to_string()),
        "[A-Za-z]{1,8}",
        "[0-9]{1,4}",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check(doc: &Document) -> Result<(), TestCaseError> {
    let text = &doc.text;
    let mut prev_end = 0u32;
    for t in &doc.tokens {
        let (s, e) = (t.span.start as usize, t.span.end as usize);
        prop_assert!(s < e, "empty token {:?}", t.span);
        prop_assert!(e <= text.len());
        prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        prop_assert!(t.span.start >= prev_end, "tokens overlap or go back");
        prev_end = t.span.end;
    }
    let mut next_token = 0u32;
    for s in &doc.sentences {
        prop_assert_eq!(
            s.tokens.start,
            next_token,
            "sentences skip or repeat tokens"
        );
        prop_assert!(s.tokens.start < s.tokens.end, "empty sentence");
        next_token = s.tokens.end;
        let block = doc.blocks[s.block as usize];
        prop_assert_eq!(block.kind, BlockKind::Paragraph);
        prop_assert!(block.span.contains(s.span), "sentence outside its block");
        for t in &doc.tokens[s.tokens.start as usize..s.tokens.end as usize] {
            prop_assert!(s.span.contains(t.span));
        }
    }
    prop_assert_eq!(next_token as usize, doc.tokens.len());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_text_segments_into_well_formed_spans(text in any::<String>()) {
        check(&Document::from_plain(&text))?;
    }

    #[test]
    fn tricky_text_segments_into_well_formed_spans(text in tricky_text()) {
        check(&Document::from_plain(&text))?;
    }

    #[test]
    fn any_block_span_is_safe(text in tricky_text(), a in 0u32..400, b in 0u32..400) {
        // Blocks that do not fit the text or cut a character must not panic either.
        let mut doc = Document::new("p", text);
        let (a, b) = (a.min(b), a.max(b));
        doc.blocks.push(Block { span: Span { start: a, end: b }, kind: BlockKind::Paragraph });
        SentenceSplit.run(&mut doc);
        let text = &doc.text;
        for t in &doc.tokens {
            prop_assert!(text.is_char_boundary(t.span.start as usize));
            prop_assert!(text.is_char_boundary(t.span.end as usize));
            prop_assert!(t.span.end as usize <= text.len());
        }
    }
}
