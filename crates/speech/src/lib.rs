//! attache-speech: every quotation and reported statement, attributed to its speaker.
//!
//! [`QuoteAttribution`] is the pipeline stage. It runs after `SentenceSplit`, the syntax
//! stage and the actors stage and fills `Document::quotes`:
//!
//! 1. **Direct quotations** ([`marks`]): quotation marks are paired per paragraph (straight
//!    and curly, an open quote running to the end of its paragraph and re-opened in the next
//!    one). A quoted stretch that stands as an utterance (it opens a sentence or follows a
//!    colon, comma or cue, and closes the sentence or is followed by a comma) is a direct
//!    quote; a quoted fragment inside running text ("described the meeting as "frank"")
//!    makes the statement around it *mixed*.
//! 2. **Attribution** ([`attribute`]): the cue and source before (`X said: "..."`), after
//!    (`"...", X said` / `"...", said X`) or around the quote; a quote with neither
//!    continues the statement just before it (same or previous paragraph) and carries its
//!    source and cue; a statement made inside an earlier quote's tag (`"...," said Ms.
//!    Varga, pointing to ...`) does not interrupt that quote. A cue word that does not
//!    fit as the tag (no subject before it: "told the paper in a *written* statement";
//!    inside the source's relative clause: `"...," Ruiz, who has not endorsed anyone,
//!    told reporters`) gives way to the next one. After a colon, a quote ending in a
//!    comma takes its closing tag first (`... what the coach expected: "A," Dlamini
//!    wrote`). Tags read from their shape: an unlisted verb after a description or with
//!    a day (`the crowd roared`, `Adeyemi seethed on Friday`), two descriptions joined by
//!    "and", a name with several appositives (`Ms. Okoro, once a judge and now a farmer
//!    near Jos, Nigeria, said`), a quotation dash and a name after the close (`"..." —
//!    Ana Lund, 28`), and the names after a spaced dash in a digest line (`TOPIC - Ana
//!    Lund: "..."`). A quote right after a cue word that goes on in lower case (`what the
//!    mayor calls "a fair share"`) continues the writer's sentence: a fragment that makes
//!    the statement around it mixed (`the senator said "no."`), not a direct quote.
//! 3. **Reported speech** ([`attribute`]): cue verbs and phrases from the lexicon
//!    (`data/cues.tsv`, `data/phrases.tsv`) with their frames: `SOURCE cue [that] CONTENT`,
//!    `CONTENT, SOURCE cue`, `According to SOURCE, CONTENT`, `..., saying that CONTENT`,
//!    `SOURCE, cue, CONTENT` (a cue between commas), and noun cues after a possessive
//!    (`data/nouns.tsv`: "his claim that CONTENT", "Trump's decision to CONTENT"). A content
//!    after its cue ends before what the writer adds: a closing tag (", Sanders said"), a
//!    participle clause, an adverbial or relative clause, a new main clause, a semicolon
//!    or a second verb of the source.
//!    Verbs no list names are read from the parse: an active verb (not a light or
//!    aspectual one, `data/not_cues.txt`) with a finite clausal complement after it and a
//!    subject (its own, that of the verb it completes or is conjoined to: "continued to
//!    say", "and said", or the noun a participle modifies) is a cue ("Ortiz wagered the
//!    plan would fail"); listed cues the surface reader missed are read the same way. A
//!    content that is the cue's object or infinitive ends where the parse ends that phrase
//!    when a comma or "and"/"but" follows it ("criticized the plan and left the room": "the plan").
//!    Statements inside another statement's content are kept and point at it through
//!    `Quote::reported_by`.
//!    Some attributions are made by a construction rather than a cue word: a question
//!    put to someone ("Asked whether he would run, ..."; no source), a poll as the source
//!    ("In the latest CNN poll, CONTENT" / "CONTENT in a Fox poll."), a raised subject
//!    ("X is expected to ...", "X seems to ..."; the subject and the infinitive are the
//!    content, no source), a headline naming its speaker ("Reid: Never underestimate
//!    Trump", first or title-case one-sentence paragraph), and participle cues after
//!    "by"/"after" (the clause's subject speaks) or after a noun phrase ("a super PAC
//!    supporting Jeb Bush": the phrase is the source).
//! 4. **Speakers**: the source phrase is kept in `Quote::source` as written (a name, a
//!    description, "he", or the relative pronoun of "Sanders, who said ..."); the speaker
//!    is the actor mention (from the actors stage, which resolves pronouns) that covers
//!    it, or for a relative pronoun the mention right before it. No mention, no speaker.
//!    A mention that only modifies a later name in the phrase ("EU foreign policy chief
//!    Kaja Kallas", "UN aid coordinator Maria Lindqvist") gives way to that name.
//!    A sentence opening with a participle clause ("Asked whether ..., Varga said") has
//!    its subject after the clause's comma. A speech participle on a message or its
//!    addressees ("mailed a leaflet to its members saying: ...", "put out a notice
//!    saying, ...") reports the sender, the subject of the verb above it, when that verb
//!    sends or issues (`data/senders.txt`) and the message names no author of its own
//!    ("read a letter from a soldier's mother saying" is the letter's).
//!    A statement whose verb is the second of a coordination ("... and says") takes the
//!    clause's subject; a cue between commas ("Still, he said, ...") attributes the
//!    clause around it; in a title-case headline a capitalized cue counts ("Trump Says").
//!    After a comma, a cue followed by a name the actors stage found and nothing else
//!    (", said Okafor, a trustee") is an inverted tag even when the parse gives the verb a
//!    subject in the content before it. A phrase after the cue whose own clause has a verb
//!    ("31%, say the border deserves more money") is a content, not an inverted source; a
//!    verb that only modifies its noun (a participle, a relative clause: "says the union
//!    representing the workers", "said monitors who watched the polls") leaves the phrase
//!    a source. A sentence in brackets keeps its tag (`("...," he said.)`).
//! 5. **Cue words the parse reads as nouns** after a modifier ("the reality TV show") are
//!    no cues. This trusts the tagger: where it reads the noun as a verb ("its new game
//!    show drew crowds") the cue stays. A cue right before a finite verb cannot be
//!    dropped by shape alone, since relative clauses share it ("the rule, which officials
//!    said will last"; with a determiner-opened subject too: "a move that the ministers
//!    hope will work"): both rules cost PolNeAR train 0.0003-0.0017 content F1.
//!    A one-word content is a name or an object pronoun ("endorsed him"; "it", "us" and
//!    "me" only after a stance cue: `data/object_pronouns.tsv`).
//!
//! Reported beliefs and intentions ("Moscow hopes", "Trump wants", "is convinced"),
//! stances ("criticized", "endorsed Clinton") and evidence ("a poll shows") are kept as
//! quotes (indirect or mixed) because attribution corpora such as PolNeAR annotate them as
//! attributions (and the PolNeAR gold does not tell them from statements). Each quote
//! carries what its cue reports in `Quote::class` ([`CueClass`], defined in core:
//! `speech`, `belief`, `intent`, `stance`, `evidence`), so consumers can keep statements
//! only; the readout lists statements under "Who said what" and the rest under
//! "Reported beliefs, intentions and positions". A noun cue has the noun's class
//! (`data/nouns.tsv`), a listed verb or phrase its entry's; a quote with no cue (a
//! direct quote carrying the speaker before it) and a cue no list names (read from the
//! parse or the shape of a tag: "Ortiz wagered the plan would fail", `the crowd
//! roared: "..."`) count as speech ([`Lexicon::class_of`] still gives `None` for those).
//! A quote whose source is a lone relative pronoun no actor stands behind ("free to
//! choose which alliances they join" gives "which" for "they join") stays in the JSON
//! but not in the readout: dropping those in the stage, even only where the pronoun
//! has no antecedent word, cost PolNeAR train content overlap 0.6770 -> 0.6769 (and
//! 0.6969 -> 0.6939 on dev when every unresolved one was dropped).
//!
//! When nothing names the speaker, `Quote::source` and `Quote::speaker` are both `None`;
//! when a source phrase is found but no actor mention covers it, `source` is `Some` and
//! `speaker` is `None`.
//!
//! Where the PolNeAR misses are (seventh session, train split, `miss_shapes` example:
//! `cargo run --release -p attache-speech --features pipeline --example miss_shapes --
//! DIR`): of 7,971 gold attributions no prediction matched, 73% share no word with any
//! prediction and 27% overlap one of the wrong length. By how the content hangs from its
//! cue in the parse: object 2,022, oblique ("talked about X") 1,163, noun-cue modifiers
//! ("criticism of X") 691, subjects of passives and raising verbs 638, tags after the
//! content 607, clausal complements 586, "to"-infinitives 243. By cue: 52% have a cue
//! word the lexicon does not list (mostly verbs and nouns of stance or topic: "focus on",
//! "talk about", "support for"), 23% a speech verb, 8% a verb `data/not_cues.txt` keeps
//! out, 7% a stance verb, 5% a belief verb ("hope", "expect", "believe"), 3% an intent
//! verb. Beliefs are thus a small share of what is missed; the bulk is stance and topic
//! attributions over noun phrases. A general rule does not reach them: of the verbs the
//! lexicon does not list that have an actor subject (a pronoun or a mention), the object
//! is an attribution's content in 8% of the places (427 of 5,382), an oblique in 8%
//! (443 of 5,561), a "to"-infinitive in 5% (81 of 1,475) and a clausal complement in
//! 25% (100 of 406; `PROBE=1` in the same example).
//! The ninth session's count (same example, after its rules) is much the same: 7,966 of
//! 19,832 missed, 5,825 sharing no word with any prediction and 2,141 overlapping one of
//! the wrong length; object 1,954, oblique 1,008, clausal complement 536, tag after the
//! content 401, noun-cue modifiers 399 (and 264 in other noun shapes), passive subjects
//! 343, infinitives 296, "according to" 50. Of the 3,688 misses in the 400 largest
//! cue-and-shape groups, 38% have a cue the lexicon does not list, 30% a speech verb,
//! 12% a verb `data/not_cues.txt` keeps out, 8% a stance verb, 5% a belief verb.
//! Content F1 0.80 would need most of the object and oblique attributions of unlisted
//! stance and topic verbs, which the probe above shows no general rule reaches.
//! Tenth session (same example, start -> end): 7,963 -> 7,958 of 19,832 missed; by shape
//! (no overlapping prediction / one of the wrong length) objects 1,369 / 583 -> 1,366 /
//! 583, obliques 809 / 193 (unchanged), noun-cue modifiers 364, passive subjects 302,
//! tags after the content 287 / 114, clausal complements 230 / 169 (with "that"),
//! "to"-infinitives 148 / 73 -> 144 / 75. The largest groups by cue are stance objects of
//! listed verbs that the stage does not reach (`supported`, `endorsed`: nouns such as
//! "endorsement of X", infinitives such as "the first to endorse X", relative clauses)
//! and topic obliques of unlisted verbs ("talk about", "focus on", "vote for").
//!
//! Figures (ninth session, `attache eval quotes --gold $S/polnear/dev`; the same from
//! `cargo run --release -p attache-speech --features pipeline --example pipeline --
//! $S/polnear/dev`): content overlap F1 0.6969 (train 0.6770), content with the right
//! speaker 0.6474 (train 0.6292), direct quotes with the right speaker 0.8886 (train
//! 0.8950; direct content alone 0.9198 and 0.9200). The train direct rows fell from
//! 0.8976 and 0.9233 when the scorer stopped counting a clause before a colon as the
//! writer's lead-in (22 train contents are mixed again; dev has none); the `pipeline`
//! example, which runs no time stage, gave train 0.8975 and 0.9231 before that change.
//! Rules are written on train; dev is in-sample for two rules. Since the eighth
//! session, the quotation dash after the close (`"..." — Ana Lund, 28`) was found in the
//! dev split's speaker errors (16 of its 29, in one list article) and lifted dev
//! direct+speaker from 0.8355 to 0.8729 (train has no such line). In the ninth session,
//! the participle after a reported clause speaking for the main clause's subject
//! (804b8bd) was measured and kept for its dev gain (direct+speaker 0.8862 -> 0.8886,
//! content+speaker 0.6464 -> 0.6474; train 0.8909 -> 0.8916), so that part of the dev
//! figure is in-sample too. Reported beliefs and stances count as gold attributions
//! there, as the paragraph above says. Of the ninth session's direct gains, most come
//! from how the scorer reads the gold (see [`eval`]: a mark right next to a gold content
//! is its own; the writer's noun phrase before a colon, `a curt rejoinder: "..."`, does
//! not make a quote indirect), the rest from the stage (a participle after a reported
//! clause speaks for the main clause's subject; an opening curly mark set the wrong way
//! after a comma closes the quote; a dash and a name in the next paragraph tag a quote
//! that closes its own).
//!
//! Tenth session (same commands; `pipeline` now runs the time stage as the CLI does, so
//! its figures equal `attache eval quotes`): dev content overlap 0.6969 -> 0.6971, with
//! the right speaker 0.6474 -> 0.6507, direct with the right speaker 0.8886 -> 0.9006;
//! train 0.6770 -> 0.6773, 0.6299 -> 0.6311, 0.8950 -> 0.8990. **Most of the dev direct
//! gain is the scorer's**: a gold Source that is only a reporting word with the speaker
//! in its Cue (`"...," Hester said` annotated Source `said`, Cue `Hester`) is read the
//! other way round ([`eval`]); that alone took dev direct+speaker 0.8886 -> 0.9006 (5
//! of the dev direct quotes, 11 train, changed their score; the rule reads 6 dev and 15
//! train attributions as swapped) and train 0.8950 -> 0.8979. The ninth session
//! had counted those slips on train (10 gold sources that are the cue word, below); the
//! rule was written from the guidelines and checked on both splits, so dev is not
//! in-sample for it, but the dev figure clears 0.90 by one match and the stage rules of
//! this session moved only train. They are: a speech participle after a subordinator
//! before a quote (`while chanting, "..."`) takes the clause's subject; "without saying"
//! says nothing; a period-final quote's closing tag is no tag when its cue reports a
//! clause of its own (`"..." Ruiz said he would resign.`); a direct quote after a
//! pronoun's belief or stance goes on from the direct quote before it; a message no one
//! sends speaks as its own phrase and its finder says nothing (review9); parsed subjects
//! lose a stray edge comma; a content holding its own "according to" is the two stretches
//! around it (QA 29; PolNeAR splits all 32 such train contents around the cue), and
//! [`utterances`] joins quotes that share a cue (QA 11: PolNeAR marks `"If A," she said,
//! "B."` as one attribution whose content is split around the tag, 2,841 of the 3,149
//! discontinuous train contents); and forms that are mostly nouns are cues where the
//! tagger reads them as verbs (`data/verb_cues.tsv`: "plan", "question", "request";
//! "support" was tried and dropped, see the file). Each stage rule was kept only if
//! neither split fell on any of the three figures; each gained 0-5 train matches and
//! none moved dev except the verb-only cues (dev content 0.6969 -> 0.6971, with speaker
//! 0.6505 -> 0.6507).
//!
//! Closing phase (QA10 N5/R2, N13, N15 and the colon cue): a person's name in apposition
//! to a role noun that an organisation modifies speaks (`An RSF adviser, Hamid Osman,`;
//! `The EU's foreign policy chief, Kaja Kallas,`), not the organisation; an appositive
//! source with no actor is its name (`a party spokeswoman, Aminatou Bello` ->
//! `Aminatou Bello`); a relative "that" on a noun of an infinitive content
//! (`threatened to bomb any convoy that enters ...`) opens no reported clause; a cue
//! verb after the subject of a colon lead-in is the cue however long the tag. Dev
//! unchanged 0.6971 / 0.6507 / 0.9006; train 0.6773 / 0.6311 / 0.8990 -> 0.6774 /
//! 0.6312 / 0.8990. A wider relative rule (any "that" the parse hangs as a relative
//! subject after the cue, infinitive or not) lowered train direct+speaker to 0.8988 and
//! was narrowed; the colon rule without its verb check dropped reported clauses before
//! a colon (`She said she recalls X: "..."`) and got the check.
//!
//! Eleventh session (same commands; each rule kept only if train content F1 rose and dev
//! did not fall): a speech participle on a message a sender issues speaks for the sender
//! ("The ministry issued a statement saying ...", read from the words, since the parse
//! often makes "a statement" the reported clause's subject; train content+speaker
//! 0.6312 -> 0.6320, dev 0.6507 -> 0.6512); a colon lead-in passes over a relative clause
//! after its subject (QA10: `Tchiroma, who says he won, told ...: "..."` has cue "told");
//! "that A, but that B" is one report (train content 0.6774 -> 0.6778); a passive cue with
//! its agent, right after it or after a short adjunct, reports on its subject ("The
//! tariff was criticized by Mexico"; train 0.6778 -> 0.6783 and 0.6784 -> 0.6785, dev
//! 0.6971 -> 0.6984, content+speaker 0.6512 -> 0.6521); a raised subject reads past an
//! adverb after "to"; a poll phrase ending a clause may be followed by a comma (train
//! 0.6783 -> 0.6784). Tried and dropped: a one-word passive subject ("Cruz was endorsed
//! by", train +3 matches, +10 false alarms) and "in the polls" (no particular poll) as a
//! source (+6, +12). Dev end: 0.6984 / 0.6521 / 0.9006; train 0.6785 / 0.6331 / 0.8990.
//! The direct row did not move: its dev errors (8 wrong speakers, 28 misses, 39 false
//! alarms) are mostly single-article shapes (a transcript whose turns open with a
//! quotation mark and `NAME:`, seven false alarms; a list of readers' answers; song and
//! book titles; chants with no tag), gold pronouns the actors stage resolves to another
//! mention, and quotes the gold joins or splits otherwise than the stage. The train
//! wrong speakers (84) are as scattered (24 with no predicted source, junk phrases such
//! as "Likewise" or "carrying signs", transcript labels, outlets as gold sources); no
//! rule was written from the dev errors.
//!
//! QA11 fixes (eleventh session, second speech helper; each rule measured alone against
//! the others off, PolNeAR content overlap / content+speaker, `pipeline` example):
//! - F7: a mention inside the apposition or relative clause after a source's head speaks
//!   no more when that head is a name no mention covers ("Erin Murphy, a former Clinton
//!   aide who ...": not Clinton; the source stays as written). A name making up the whole
//!   apposition still speaks. Figures unchanged (the eval matches sources by span).
//! - F16: a tell-type cue takes the whole object the parse hangs on it before the verb's
//!   clausal complement ("told a news briefing in Beijing that", "told USA TODAY's weekly
//!   video series it is clear"), not one or two words; not when a verb follows the
//!   phrase ("warned the country would lose") nor without a complement ("want safe
//!   homes"). Train +1 tp -1 fp; dev 0.6984 -> 0.6989, 0.6521 -> 0.6526.
//! - F14: "and" before a word the parse makes part of the reported clause's subject ends
//!   nothing ("government troops and allied militias had attacked": "allied" modifies or,
//!   misparsed, is conjoined to the subject noun), and a cue verb whose subject's
//!   conjunct stands right before it is no second statement. Train +2 tp -2 fp and
//!   -6 fp; dev unchanged.
//! - F15: a comma inside a list of nouns in the parse ("a day after France, Germany and
//!   Britain triggered ...") opens no new clause (train -1 fp). The trailing tag
//!   (", a State Department spokeswoman, Laura Pines, said") was already cut in speech;
//!   the refusal content QA11 saw is the events stage's.
//! - F21: the span shown of a mixed quote holds both marks of a quoted fragment it opens
//!   (`that Manila "will not be intimidated,"`); the candidates keep their ends, since a
//!   later direct quote's continuation is read from them (changing them lost a dev
//!   match). The DFA's statement nests Lazaro's as before (`reported_by`).
//! - F10: a source phrase keeps both halves of a hyphenated word the parse splits
//!   ("Guinea-Bissau's military rulers", not "-Bissau's ..."); a spaced dash ends a phrase
//!   read leftwards ("Aid is late - army chiefs said": "army chiefs"; train +1 tp -2 fp).
//!
//! All together train +3 tp -11 fp. End: dev 0.6984 / 0.6521 / 0.9006 -> 0.6989 /
//! 0.6526 / 0.9006; train 0.6785 / 0.6331 / 0.8990 -> 0.6788 / 0.6334 / 0.8990.
//!
//! Thirteenth session (`attache eval quotes`; content / content+speaker / direct+speaker):
//! content F1 rises with any class of new quotes whose precision is above half the F1
//! (about 0.35 here), so recall was sought in the lexicon, each entry kept when at least
//! half of its quotes matched on train (the `MATCH` and `FALSE` lines of `pipeline -- DIR
//! --diag` give every cue's counts): verb-and-particle phrases of stance and topic ("pushed
//! for", "took issue with", "laid out"), adjectives with the word opening their content
//! ("critical of", "confident that"), a few stance verbs ("ignore", "accept"), and ten
//! forms dropped that matched in under a third of their places ("knew", "favors"). Rules:
//! an active belief verb reports its infinitive ("hopes to win"); a content after its cue
//! ends where the parse ends the cue's clause before a comma; a determiner "that" opens an
//! object; a noun cue with no possessor reports its that-clause (source: the subject of the
//! verb it hangs on); "As X noted, CONTENT" and "CONTENT, as X said." Train 0.6832 / 0.6394
//! / 0.8999 -> 0.6949 / 0.6491 / 0.9006; dev 0.7039 / 0.6591 / 0.9028 -> 0.7116 / 0.6653 /
//! 0.9028. Tried and dropped: nominal objects ended at the parse's phrase (train -0.031:
//! PolNeAR contents keep their adjuncts), clauses cut at the verb's conjuncts, nested
//! statements scored apart from the one reporting them (train -0.027: the gold keeps them
//! inside), noun cues with an object after a possessor ("her criticism of X": train
//! +0.0019, dev -0.0003), a second batch of phrases ("line up behind", "draw attention to":
//! train +0.0006, dev -0.0002). Reported beliefs need no new quote kind: `Quote::class`
//! (`belief`) tells "X believes" from "X said" (`speech`).
//!
//! What keeps the direct row from 0.90 (train, ninth session, by the `D` lines of
//! `pipeline -- DIR --diag`, each miss or false alarm by the item of any kind sharing most
//! of its words; the example's counts, before the colon lead-in change above): 317 false
//! alarms: 139 match a gold item that is not direct by its text (mostly mixed quotes the
//! gold opens at the writer's words, `called his rival "..."`, and contents that run past
//! the closing mark), 55 are part of a longer gold direct item
//! (`"A," X said. "B."` joined by the gold, split by the stage), 74 overlap a gold item of
//! another length, 49 have no gold item at all (titles, transcript turns, tweets); 283
//! misses: 98 are read as mixed or indirect by the stage (mostly a carried quote joined
//! with the indirect statement before it), 34 lie inside a longer predicted quote, 80
//! overlap a prediction of another length, 71 have no prediction (titles, chants and
//! slogans: "chants of "..."", "titled "...""); 100 wrong speakers: 10 gold sources that
//! are the cue word ("said"), 9 gold pronouns where the stage names another person, 24
//! quotes the stage gives no source, 3 it gives one the gold does not, 54 others (a quote
//! whose tag says `according to CNN` has the outlet as the gold source; transcript
//! labels; list items).
//! Tenth session, same `D` lines (the example now with the time stage), session start
//! -> end. Train: 340 -> 338 false alarms (193 -> 193 inside a longer gold item that is
//! not direct by its text: mostly a writer's lead-in the gold includes, `In past
//! campaigns, "..."`, `that "..."`, `which he called "..."`; 57 -> 55 inside a longer
//! gold direct item; 49 -> 49 with no gold item; 41 -> 41 others), 283 -> 280 misses
//! (71 -> 71 with no prediction; 96 -> 94 inside a longer prediction of another kind;
//! 41 -> 41 predicted with the same words but as mixed, `chanted "..."`, `called it
//! "..."`; 75 -> 74 others), 97 -> 84 wrong speakers (10 -> 0 gold sources that are the
//! cue word, now read by the scorer; 24 -> 24 with no predicted source; the rest a
//! pronoun the actors stage does not resolve, a junk phrase, a transcript label).
//! Dev: 39 false alarms, 28 misses (unchanged), 13 -> 8 wrong speakers. Reading the
//! 41 same-word fragments as direct was tried: it cost 90 train false alarms (the gold
//! opens most of them at "that", "what" or "which") and was dropped; so was splitting a
//! carried quote from the indirect statement before it (train direct+speaker 0.8979 ->
//! 0.8801: the gold joins them too).
//!
//! Fourteenth session (`attache eval quotes`, train the development split, dev to confirm;
//! the `FALSE` diagnostics now name their nearest gold item too). Contents the gold splits
//! around their cue are split the same way: a raised subject ("The envoy | to arrive",
//! cue "is expected"; "The farmers | equally unperturbed", cue "seemed") and a tag between
//! commas inside its clause ("The budget, the minister said, will balance": "The budget |
//! will balance", the second stretch cut like any content after its cue); strict matches
//! rose 8207 -> 8519 on train. A speech or stance cue in an infinitive ("was the first
//! senator to endorse Mendes", "used the speech to propose a tax", "stopped me to
//! announce, "..."") is spoken by the infinitive's controller in the parse (train +79
//! matched, +64 false alarms; belief and intent infinitives added nothing); after review
//! 14a only when the act was done by its subject: a purpose clause, a copular noun, or
//! a verb of going on or seeming ("refused to", "failed to", "asked him to", "not ready
//! to", "too early to" report nothing; 61 wrong and 9 right quotes removed on dev and a
//! third of train). A quoted
//! fragment opened inside a content and closed in a later sentence carries the content
//! to its closing mark (`said the mayor "has courage. He is not afraid."`: train +39
//! matched, -39 false alarms, the largest single gain). Contents end
//! before the writer's additions: an indefinite gloss after a reported clause (", a figure
//! that surprised analysts"), a temporal clause after an object ("endorsed him while
//! ..."; not "because": reasons are mostly the source's), a verb phrase joined to an
//! object ("criticized the tariff and has voted against it"); they go on past "even if
//! X," and ", as well as". "But according to X, Y" reports Y; "Poll:" heads a headline
//! like a name; an -ly adverb after a cue is skipped. Cue forms dropped under a third
//! matched: invited, interrupted, bet, rebuffed, the verb "worries". A hyphen or a dash
//! aside no longer ends an object content, nor an -ing word the tagger reads as no verb
//! (", nothing more"); a split content's head starts after an opening subordinate
//! clause. Train content / content+speaker / direct+speaker 0.6947 / 0.6490 / 0.9007 ->
//! 0.7017 / 0.6552 / 0.9010; dev 0.7114 / 0.6665 / 0.9028 -> 0.7169 / 0.6726 / 0.9038.
//! Review 14a then narrowed the new rules for correct quotes first: an -ly adverb is
//! skipped only as the cue's advmod; the indefinite gloss cut spares a main clause after
//! an opening clause and jumps a paired apposition; "and"/"but" and a verb end an object
//! content only with a finite verb, an auxiliary or a conjunct of the cue; ", something
//! she opposed" is a gloss; "if and when" and a dash aside keep a temporal clause; a tag
//! inside a relative clause reports only what follows it. Train 0.7014 / 0.6552 /
//! 0.9006, dev 0.7169 / 0.6735 / 0.9038.
//! The participle cut dropped, or kept for cue participles only, raised train (+0.0006,
//! +0.0010) but lowered dev (-0.0013 content): kept. Tried and dropped (train):
//! noun-phrase objects ended before an oblique or adverbial clause of the cue verb
//! (-0.018; with only prepositions of time and place, -0.001: the gold keeps most
//! adjuncts), or before a
//! preposition after a name or pronoun (-0.001); a content ended before a verb the parse
//! conjoins to the cue (-0.004: the parse often conjoins the content's own verb); a
//! content ended before the sentence's main verb when the cue is in a relative clause
//! (-0.0002); passives of opinion with no agent ("is seen as", "is known for") and of
//! any listed cue (+-0); stance participles after a noun phrase ("a group backing Bush",
//! content +0.0006, content+speaker 0: most such phrases are messages, not speakers);
//! junk sources (a time expression, a lone adverb) dropped (-0.0002 / -0.0009); scoring
//! inner statements instead of, or with, the ones reporting them (-0.025 / -0.028).
//!
//! Session 16 (boundaries and speakers; the quotes evaluation's `BOUND` lines pair each
//! false alarm with the unmatched gold content it overlaps): a content goes on past
//! ", but" when the parse makes the clause after it a conjunct of a verb inside the
//! content, past "and" + a past form that is no cue conjoined inside ("said the mill
//! released waste and poisoned the fish"), and past "and" + an adjective conjoined to
//! one inside ("a credible and appealing plan"). A source that is a time expression
//! ("X on Thursday evening said") gives way to the phrase before the time adjunct, and
//! one of adverbs, prepositions or verbs only ("As", "Having") to the parse's subject of
//! the cue. "though" and "although" join two statements like "and" and "but" (`"A,"
//! although Y supports B` ends the content before "although", before "even" in "even
//! though"; a content opened by "although" keeps its clause). A "seem"/"appear" hedge
//! whose infinitive is itself a cue ("appeared to mock the rules") gives way, with the
//! stretch of its raised subject, to the inner cue's quote, as the gold annotates it.
//! Train 0.7057 / 0.6597 / 0.9005 -> 0.7066 / 0.6614 / 0.9005; dev 0.7174 / 0.6746 /
//! 0.9052 -> 0.7201 / 0.6779 / 0.9052. Tried and dropped: the "and" rule for
//! cue forms too (90 matches lost for 74 gained), the same parse test before a
//! coordinated cue (-8 matches), an object ended before an in/on/at phrase headed by a
//! venue of speech (train +0.0004, dev -0.0005).
//!
//! Evaluation: [`eval_quotes`] scores any text -> Document pipeline on PolNeAR's folder
//! format ([`eval::load_polnear`] reads it); see [`eval`] for the matching rules.

pub mod attribute;
pub mod eval;
pub mod lexicon;
pub mod marks;

use attache_core::{Document, Stage};

pub use eval::eval_quotes;
pub use lexicon::{CueClass, Lexicon};

/// Whether a name (in title case: "New Delhi") is a well-known place, so that a transcript
/// label in capitals spelling it ("NEW DELHI:") is a dateline, no speaker.
pub type PlaceName = std::sync::Arc<dyn Fn(&str) -> bool + Send + Sync>;

/// Fills `Document::quotes` (see the crate docs).
pub struct QuoteAttribution {
    lexicon: &'static Lexicon,
    place_name: Option<PlaceName>,
}

impl QuoteAttribution {
    /// The stage with the embedded cue lexicon.
    pub fn new() -> QuoteAttribution {
        QuoteAttribution {
            lexicon: Lexicon::embedded(),
            place_name: None,
        }
    }

    /// The stage, telling datelines from transcript labels with `place_name` (the CLI
    /// passes a gazetteer test): a label spelling a place names no person.
    pub fn with_place_names(place_name: PlaceName) -> QuoteAttribution {
        QuoteAttribution {
            lexicon: Lexicon::embedded(),
            place_name: Some(place_name),
        }
    }
}

impl Default for QuoteAttribution {
    fn default() -> Self {
        QuoteAttribution::new()
    }
}

impl Stage for QuoteAttribution {
    fn name(&self) -> &'static str {
        "QuoteAttribution"
    }

    fn run(&self, doc: &mut Document) {
        let quotes = attribute::find_quotes(doc, self.lexicon);
        let from = doc.quotes.len();
        doc.quotes.extend(quotes);
        let place_name = |name: &str| self.place_name.as_ref().is_some_and(|f| f(name));
        attribute::name_label_speakers(doc, self.lexicon, from, &place_name);
        attribute::describe_speakers(doc, self.lexicon, from, &place_name);
        attribute::pronoun_speakers(doc, from);
    }
}

/// The quotes of `doc` grouped into utterances, each a list of indices into
/// `doc.quotes` in text order. Quotes that share their cue span, their source and the
/// quote reporting them are one utterance in several stretches: the halves of a quote
/// around a tag in its middle (`"If the talks fail," Okafor said, "the strike goes
/// on."`) and of a statement around its "according to" (`Varga, according to Novak,
/// welcomed the offer`). PolNeAR annotates both as one attribution whose content is
/// split around the tag; the stage keeps one quote per stretch (a `Quote` has one
/// span), so consumers that read an utterance as a whole (a condition and its
/// consequence) join them here. Every other quote is an utterance of its own.
pub fn utterances(doc: &Document) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut by_tag: std::collections::HashMap<_, usize> = std::collections::HashMap::new();
    for (i, q) in doc.quotes.iter().enumerate() {
        let Some(cue) = q.cue else {
            out.push(vec![i]);
            continue;
        };
        let key = (
            cue.start,
            cue.end,
            q.source.map(|s| (s.start, s.end)),
            q.reported_by,
        );
        match by_tag.get(&key) {
            Some(&g) => out[g].push(i),
            None => {
                by_tag.insert(key, out.len());
                out.push(vec![i]);
            }
        }
    }
    out
}

/// One line per quote, as an analyst reads it: `Q1 direct "..." <- Lavrov (cue: said)`;
/// the source phrase as written (`<- ?` when the text names none) and `[in Qn]` for a
/// statement reported inside quote n.
pub fn render_quotes(doc: &Document) -> String {
    let mut out = String::new();
    for (i, q) in doc.quotes.iter().enumerate() {
        let source = q.source.map_or("?", |s| doc.slice(s));
        out.push_str(&format!(
            "Q{} {} \"{}\" <- {}",
            i + 1,
            q.kind.as_str(),
            doc.slice(q.span),
            source
        ));
        if let Some(c) = q.cue {
            out.push_str(&format!(" (cue: {})", doc.slice(c)));
        }
        if let Some(p) = q.reported_by {
            out.push_str(&format!(" [in Q{}]", p + 1));
        }
        out.push('\n');
    }
    out
}
