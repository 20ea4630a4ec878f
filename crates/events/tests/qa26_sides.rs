//! Session 26, sides: sides left empty though the sentence names them, from a blind judge's
//! largest class of dyad errors on wire news. Sentences are invented.

use crate::qa22_sides::has_side;

#[test]
fn a_one_word_name_found_once_is_that_person_again_inside_a_sentence() {
    // The tagger finds "Mchami" in the first sentence only; the second names him too.
    has_side(
        "The Kenyan government said Mchami, a teacher, sued the Kenyan police on Monday. \
         President Kenyatta praised Mchami on Tuesday.",
        "Uhuru Kenyatta[KENGOV] -> Mchami[-] 051",
    );
}
