//! The `PlaceResolution` stage: find toponyms, drop those that are actors or parts of other
//! names, and resolve the rest against the gazetteer using the article's context.
//!
//! Find candidates: in each sentence, the longest gazetteer name starting at each
//! capitalised word (leftmost-longest, on word boundaries); plus capitalised names
//! after a locative preposition ("in Xyz") that the gazetteer does not know.
//! Write annotations: each distinct name is resolved once per document (one sense per
//! discourse) by population, kind (a country is always the country), "X, Y" containment and
//! the countries and divisions the article mentions elsewhere.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use attache_core::hash::WordSet;
use attache_core::{ActorKind, Document, MentionForm, Place, Span, Stage};

use crate::cues::Cues;
use crate::gazetteer::{Entry, Gazetteer, PlaceKind};

/// Resolves toponyms into `doc.places`.
pub struct PlaceResolution {
    gaz: Arc<Gazetteer>,
    cues: Cues,
    /// Also emit unresolved capitalised names after "in/at/near" (without coordinates).
    pub unknown_names: bool,
    /// Apply the actor rules ("Moscow said") to countries too, not only to cities.
    pub countries_as_actors: bool,
}

/// A name found in the text.
#[derive(Clone, Copy, Debug)]
struct Found {
    span: Span,
    /// Index into `Gazetteer::names`; `None` for an unknown name after a preposition.
    name: Option<u32>,
    sentence: u32,
    /// The name's region entries are left out here: the text gives no region context and
    /// the name has other readings ("Zanzibar goes to the polls").
    no_region: bool,
}

/// What a found name is in its context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reading {
    NotPlace,
    Place,
    /// A place, but not the region of that name.
    PlaceNotRegion,
}

impl PlaceResolution {
    pub fn new(gaz: Arc<Gazetteer>) -> PlaceResolution {
        PlaceResolution {
            gaz,
            // The cue file is compiled in and linted by a test; an empty list only weakens
            // the filters.
            cues: Cues::embedded().unwrap_or_default(),
            unknown_names: true,
            countries_as_actors: false,
        }
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gaz
    }

    /// Gazetteer names in `doc` that pass the boundary and context filters.
    fn find(&self, doc: &Document) -> Vec<Found> {
        let text = doc.text.as_str();
        let mut out = Vec::new();
        for (s, sent) in doc.sentences.iter().enumerate() {
            let (lo, hi) = (sent.span.start as usize, sent.span.end as usize);
            let Some(body) = text.get(lo..hi) else {
                continue;
            };
            let mut skip_to = 0;
            let mut prev_alnum = false;
            for (i, c) in body.char_indices() {
                let starts = c.is_uppercase() && !prev_alnum && i >= skip_to;
                prev_alnum = c.is_alphanumeric();
                if !starts {
                    continue;
                }
                let Some((end, name)) = self.gaz.longest_at(body, i) else {
                    continue;
                };
                if !on_word_boundaries(body, i, end) {
                    continue;
                }
                // "Dallas County", "Nyanza Province": the division named after the place
                // lies around it; the span takes the suffix.
                let end = match word_after(body, end, body.len()) {
                    Some((w, ws))
                        if ws == end + 1
                            && body[end..].starts_with(' ')
                            && self.cues.admin_suffix.contains(w) =>
                    {
                        ws + w.len()
                    }
                    _ => end,
                };
                skip_to = end;
                out.push(Found {
                    span: Span::new(lo + i, lo + end),
                    name: Some(name),
                    sentence: s as u32,
                    no_region: false,
                });
            }
        }
        out
    }

    /// Capitalised names after a locative preposition that the gazetteer does not know.
    fn find_unknown(&self, doc: &Document, known: &[Found]) -> Vec<Found> {
        let text = doc.text.as_str();
        let mut out = Vec::new();
        for (s, sent) in doc.sentences.iter().enumerate() {
            let mut at = sent.span.start as usize;
            let end = sent.span.end as usize;
            while let Some((w, ws)) = word_after(text, at, end) {
                at = ws + w.len();
                if !self.cues.place_preposition.contains(w) {
                    continue;
                }
                let (mut span_start, mut span_end) = (0, 0);
                let mut cursor = at;
                let mut words = 0;
                while let Some((n, ns)) = word_after(text, cursor, end) {
                    let capital = n.chars().next().is_some_and(char::is_uppercase);
                    if !capital
                        || &text[cursor..ns] != " "
                        || n.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
                        || self.cues.not_place.contains(&n.to_lowercase())
                        || words == 4
                    {
                        break;
                    }
                    if words == 0 {
                        span_start = ns;
                    }
                    words += 1;
                    span_end = ns + n.len();
                    cursor = span_end;
                }
                if words == 0 {
                    continue;
                }
                let span = Span::new(span_start, span_end);
                let next = word_after(text, span_end, end);
                let tail_ok = next.is_none_or(|(n, ns)| {
                    text[span_end..ns].trim().is_empty()
                        && !n.chars().next().is_some_and(char::is_uppercase)
                        || !text[span_end..ns].trim().is_empty()
                });
                let facility = text[span_start..span_end]
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| self.cues.org_tail.contains(&last.to_lowercase()));
                if tail_ok
                    && !facility
                    && !known.iter().any(|k| k.span.overlaps(span))
                    && !doc.mentions.iter().any(|m| m.span.overlaps(span))
                {
                    out.push(Found {
                        span,
                        name: None,
                        sentence: s as u32,
                        no_region: false,
                    });
                }
            }
        }
        out
    }

    /// Whether a found name is a place here (not an actor, not part of another name), and
    /// whether it may be its region reading; `all` holds every name found in the document.
    fn reading(
        &self,
        doc: &Document,
        f: &Found,
        all: &[Found],
        person_words: &HashSet<&str>,
    ) -> Reading {
        use Reading::{NotPlace, Place};
        let text = doc.text.as_str();
        let sent = doc.sentences[f.sentence as usize].span;
        let (start, end) = (f.span.start as usize, f.span.end as usize);
        let (sent_start, sent_end) = (sent.start as usize, sent.end as usize);
        let initial = text[sent_start..start]
            .chars()
            .all(|c| !c.is_alphanumeric());
        let prev = word_before(text, start, sent_start);
        let prev2 = prev.and_then(|(_, ps)| word_before(text, ps, sent_start));
        let next = word_after(text, end, sent_end);
        let gap_after = next.map_or("", |(_, ns)| &text[end..ns]);
        let gap_before = prev.map_or("", |(p, ps)| &text[ps + p.len()..start]);
        let lower = |w: &str| w.to_lowercase();
        let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);

        let Some(name_id) = f.name else {
            return Place;
        };
        let Some(name) = self.gaz.name(name_id) else {
            return NotPlace;
        };
        let entries = &name.entries;
        let top_kind = entries
            .first()
            .and_then(|&e| self.gaz.entry(e))
            .map_or(PlaceKind::City, |e| e.kind);
        let is_region = |e: u32| {
            self.gaz
                .entry(e)
                .is_some_and(|x| x.kind == PlaceKind::Region)
        };
        let all_regions = entries.iter().all(|&e| is_region(e));
        // The readings besides a region of the name ("Zanzibar": the islands and the city).
        let others: Vec<u32> = if all_regions {
            entries.to_vec()
        } else {
            entries.iter().copied().filter(|&e| !is_region(e)).collect()
        };
        // Second-level divisions ("Surrey", "Nord") are as often part of longer names as
        // towns are.
        let only_cities = others.iter().all(|&e| {
            self.gaz
                .entry(e)
                .is_some_and(|x| x.kind == PlaceKind::City || x.second_level)
        });
        let country = matches!(top_kind, PlaceKind::Country | PlaceKind::Continent);
        let region = top_kind == PlaceKind::Region;
        let surface = doc.slice(f.span);
        // "Al-Minya", "Port-Au-Prince": a piece of a hyphenated name.
        if !country && text[..start].ends_with('-') {
            let before_hyphen = text[..start - 1].chars().next_back();
            if before_hyphen.is_some_and(char::is_alphanumeric) {
                return NotPlace;
            }
        }
        // "St. Marc": an abbreviation, not the place "St".
        if only_cities
            && !surface.ends_with('.')
            && text[end..].starts_with('.')
            && surface.len() <= 3
            && !surface.chars().all(|c| c.is_uppercase())
        {
            return NotPlace;
        }
        let has_capital = !country
            && entries
                .iter()
                .any(|&e| self.gaz.entry(e).is_some_and(|x| x.capital));
        let after_locative = prev.is_some_and(|(p, _)| self.cues.locative.contains(p));
        if self.cues.not_place.contains(&lower(doc.slice(f.span))) {
            return NotPlace;
        }
        // CNN's "State of the Union": a word of a quoted title.
        if in_quoted_title(text, sent_start, sent_end, start, end) {
            return NotPlace;
        }

        // Part of a longer name: "Geneva Conventions", "Michael Jordan", "Minsk agreements".
        // A country keeps its place reading inside names ("U.S. Army").
        if let Some((n, _)) = next {
            if gap_after == " "
                && (only_cities || region)
                && capitalised(n)
                && !self.cues.not_place.contains(&lower(n))
            {
                return NotPlace;
            }
            if gap_after == " " && self.cues.name_tail.contains(&lower(n)) {
                return NotPlace;
            }
            // "New York Times", "Ohio State University": an organisation's name.
            if gap_after == " " && capitalised(n) && self.cues.org_tail.contains(&lower(n)) {
                return NotPlace;
            }
            // "in East Africa", "West Prince": a direction word, not the town "East".
            if gap_after == " " && capitalised(n) && self.cues.modifier.contains(&lower(surface)) {
                return NotPlace;
            }
        }
        if let Some((p, ps)) = prev {
            if !country && self.follows_name_word(text, p, ps, sent_start, gap_before) {
                return NotPlace;
            }
            // "University of California", "the University of the Pacific".
            let of_at = match (p, prev2) {
                ("of", _) => Some(ps),
                ("the", Some(("of", os))) => Some(os),
                _ => None,
            };
            if let Some(os) = of_at {
                if let Some((h, _)) = word_before(text, os, sent_start) {
                    if capitalised(h) && self.cues.org_head.contains(&lower(h)) {
                        return NotPlace;
                    }
                }
            }
        }

        // Mentions the actors stage made: persons and organisations are not places; a
        // place name marked as a country actor is a capital standing for its government.
        for m in &doc.mentions {
            if !m.span.overlaps(f.span) {
                continue;
            }
            let kind = doc.actors.get(m.actor as usize).map(|a| a.kind);
            match kind {
                Some(ActorKind::Person | ActorKind::Organization) if m.span != f.span => {
                    return NotPlace
                }
                // A country inside a longer place name ("South China Sea") leaves it a place.
                Some(ActorKind::Country) if !country && m.span.contains(f.span) => return NotPlace,
                _ => {}
            }
        }

        // A one-word name that is a word of a person's name in this article ("Tom Fletcher
        // ... Fletcher said", "Hillary Clinton ... Clinton"): the person, unless a locative
        // cue right before it makes it a place ("in Clinton"; not '"... shot at," Fletcher').
        // Only towns: a state or division in a person's name mention is mostly a title's
        // ("Vermont Sen. ..."), and stays a place elsewhere.
        let locative_right_before = after_locative && gap_before.trim().is_empty();
        if only_cities
            && !country
            && !surface.contains(' ')
            && person_words.contains(surface)
            && !locative_right_before
        {
            return NotPlace;
        }

        // Actor rules: "Moscow said", "calls on Washington".
        if (only_cities || has_capital || self.countries_as_actors) && !after_locative {
            if let Some((n, ns)) = next {
                // One adverb may stand between ("Moscow also said").
                let verb = if self.cues.adverb.contains(n) {
                    word_after(text, ns + n.len(), sent_end).map_or("", |(v, _)| v)
                } else {
                    n
                };
                // "the district of Nairobi said": the noun before "of" speaks.
                let after_of = prev.is_some_and(|(p, _)| p == "of");
                if gap_after == " " && self.cues.actor_verb.contains(verb) && !after_of {
                    return NotPlace;
                }
            }
            if let (Some((p, _)), Some((p2, _))) = (prev, prev2) {
                if matches!(p, "on" | "with" | "to") && self.cues.actor_lead.contains(p2) {
                    return NotPlace;
                }
            }
            if self.is_parsed_actor(doc, f.span) {
                return NotPlace;
            }
        }

        // A one-word region ("Pacific", "Java", "Darfur") is also an adjective, a language
        // or a name's first word: it needs a region context. Without one, a name that is
        // also a city or division may be that (where the article names its country).
        let mut no_region = false;
        if region {
            if surface.contains(' ') || self.region_context(doc, f.span, sent, all) {
                return Place;
            }
            // "The Atlantic flyway": a region's adjective, not a town of that name.
            let modifies = next.is_some_and(|(n, ns)| {
                gap_after == " "
                    && !capitalised(n)
                    && !self.cues.region_noun.contains(n)
                    && !self.cues.place_noun.contains(n)
                    && self.is_noun(doc, n, ns)
            });
            if all_regions || modifies {
                return NotPlace;
            }
            no_region = true;
        }
        // Names that are also common words, short names and names known only as
        // alternates ("Eastern", "Saudi") need a place-like context.
        // Without its region, a name is primary when it is a remaining place's own name.
        let primary = if no_region {
            others.iter().any(|&e| {
                self.gaz
                    .entry(e)
                    .is_some_and(|x| !x.small && self.gaz.entry_name(x) == name.text)
            })
        } else {
            name.primary
        };
        // a one-word name found through its plain letters ("Male" for the Maldives' "Malé")
        // is as weak as an alternate
        let folded_word = !surface.starts_with(name.text) && !surface.contains(' ');
        let weak = name.common_word && !country
            || only_cities && (surface.chars().count() <= 3 || !primary)
            || folded_word && !country;
        if weak {
            let comma_pair = gap_after.trim() == "," && next.is_some_and(|(n, _)| capitalised(n));
            // "in Saudi hospitals", "at Church locations": an adjective or a noun's modifier.
            let modifies = gap_after == " "
                && next.is_some_and(|(n, _)| {
                    !capitalised(n)
                        && !self.cues.modifier.contains(n)
                        && !self.cues.adverb.contains(n)
                        && !self.cues.actor_verb.contains(n)
                        && !self.cues.locative.contains(n)
                });
            // "in the Bafata region", "the Masisi district": the noun names the place
            let named = gap_after == " "
                && next.is_some_and(|(n, _)| {
                    self.cues.division_noun.contains(n) || self.cues.place_noun.contains(n)
                });
            if (initial || modifies) && !named || !(after_locative || comma_pair || named) {
                return NotPlace;
            }
        }
        if no_region {
            Reading::PlaceNotRegion
        } else {
            Place
        }
    }

    /// A place-like context for a one-word region name at `span`: a locative or "of" before
    /// it, with "the" and region adjectives between ("in the tropical Pacific", "the island
    /// of Java"); a list with another found name ("Sudan and Darfur", "Al-Fashir, Darfur");
    /// or a region noun or possessive after it ("Darfur region", "Java's coast"). "Of" does
    /// not count after an institution ("the University of the Pacific") nor when the name
    /// modifies a noun after it ("of Caribbean descent").
    fn region_context(&self, doc: &Document, span: Span, sent: Span, all: &[Found]) -> bool {
        let text = doc.text.as_str();
        let (start, end) = (span.start as usize, span.end as usize);
        let (sent_start, sent_end) = (sent.start as usize, sent.end as usize);
        let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        // Another found name ends with the word at `ws..we` / starts with the word at `ws`.
        // (`all` is in text order and its names do not overlap.)
        let name_ends = |ws: usize, we: usize| {
            let i = all.partition_point(|g| g.span.start as usize <= ws);
            i.checked_sub(1)
                .and_then(|i| all.get(i))
                .is_some_and(|g| g.span != span && (we..=we + 1).contains(&(g.span.end as usize)))
        };
        let name_starts = |ws: usize| {
            let i = all.partition_point(|g| (g.span.start as usize) < ws);
            all.get(i).is_some_and(|g| g.span.start as usize == ws)
        };
        let next = word_after(text, end, sent_end);
        let modifies_next = next.is_some_and(|(n, ns)| {
            &text[end..ns] == " " && !capitalised(n) && self.is_noun(doc, n, ns)
        });
        let mut at = start;
        for step in 0..4 {
            let Some((p, ps)) = word_before(text, at, sent_start) else {
                break;
            };
            let gap = &text[ps + p.len()..at];
            if step == 0 && gap.trim_start_matches('.') == ", " && name_ends(ps, ps + p.len()) {
                return true;
            }
            if gap != " " {
                break;
            }
            // "in the Pacific", "northern Luzon".
            if self.cues.locative.contains(p)
                || step == 0 && p != "both" && self.cues.region_adjective.contains(p)
            {
                return true;
            }
            if p == "of" {
                let institution = word_before(text, ps, sent_start).is_some_and(|(h, _)| {
                    capitalised(h) && self.cues.org_head.contains(&h.to_lowercase())
                });
                if institution {
                    return false;
                }
                if modifies_next {
                    break;
                }
                return true;
            }
            if step == 0 && matches!(p, "and" | "or") {
                return word_before(text, ps, sent_start).is_some_and(|(q, qs)| {
                    &text[qs + q.len()..ps] == " " && name_ends(qs, qs + q.len())
                });
            }
            if p != "the" && !self.cues.region_adjective.contains(p) {
                break;
            }
            at = ps;
        }
        let Some((n, ns)) = next else {
            return false;
        };
        match &text[end..ns] {
            ", " => name_starts(ns),
            " " if matches!(n, "and" | "or") => word_after(text, ns + n.len(), sent_end)
                .is_some_and(|(_, ms)| ms == ns + n.len() + 1 && name_starts(ms)),
            " " => self.cues.region_noun.contains(&n.to_lowercase()),
            "'" | "\u{2019}" => n == "s",
            _ => false,
        }
    }

    /// Whether the lowercase word `w` at byte `at` is a noun: by the parse when the
    /// document is tagged, else when it is none of the words that go on a clause after a
    /// name (verbs, prepositions, conjunctions, adverbs).
    fn is_noun(&self, doc: &Document, w: &str, at: usize) -> bool {
        let upos = doc
            .token_at(at as u32)
            .and_then(|t| doc.tokens.get(t))
            .map(|t| t.upos.as_str())
            .unwrap_or("");
        if !upos.is_empty() {
            return upos == "NOUN";
        }
        let c = &self.cues;
        !(c.clause_word.contains(w)
            || c.locative.contains(w)
            || c.adverb.contains(w)
            || c.actor_verb.contains(w)
            || c.region_noun.contains(w))
    }

    /// Whether `gap` joins two items of a list: ", ", " and ", ", or "..., optionally
    /// followed by a count and a locative ("Ontario, eight in Alberta, and one in Quebec").
    fn list_gap(&self, gap: &str) -> bool {
        let Some(rest) = [", and ", ", or ", ", ", " and ", " or "]
            .iter()
            .find_map(|sep| gap.strip_prefix(sep))
        else {
            return false;
        };
        if rest.is_empty() {
            return true;
        }
        let mut words = rest.split(' ');
        match (words.next(), words.next(), words.next(), words.next()) {
            (Some(count), Some(prep), Some(""), None) => {
                (self.cues.count_word.contains(count)
                    || !count.is_empty() && count.chars().all(|c| c.is_ascii_digit()))
                    && self.cues.locative.contains(prep)
            }
            _ => false,
        }
    }

    /// The country of a name that is one first-level division and nothing else of that
    /// country's ("Colorado", not "Cairo" or "Georgia").
    fn division_only(&self, x: u32) -> Option<&str> {
        let gaz = &*self.gaz;
        let n = gaz.name(x)?;
        let entries = || n.entries.iter().filter_map(|&e| gaz.entry(e));
        let mut firsts = entries().filter(|e| e.kind == PlaceKind::Admin1 && !e.second_level);
        let (Some(d), None) = (firsts.next(), firsts.next()) else {
            return None;
        };
        let other = entries().any(|e| {
            e.kind == PlaceKind::Country || e.kind == PlaceKind::City && e.country == d.country
        });
        (!other).then_some(d.country.as_str())
    }

    /// "Michael Jordan": a capitalised word that is not sentence-initial and not a modifier
    /// stands right before the name.
    fn follows_name_word(
        &self,
        text: &str,
        p: &str,
        ps: usize,
        sent_start: usize,
        gap: &str,
    ) -> bool {
        let p_initial = text[sent_start..ps].chars().all(|c| !c.is_alphanumeric());
        gap == " "
            && p.chars().next().is_some_and(char::is_uppercase)
            && !p_initial
            && !self.cues.modifier.contains(&p.to_lowercase())
    }

    /// City names used as a person's name somewhere in the article: after a title ("Dr.
    /// Ivins"), after "according to", or followed by an age ("Ali, 31,"). They are a
    /// person's name throughout (one sense per discourse).
    fn surnames(&self, doc: &Document, found: &[Found]) -> HashSet<u32> {
        let text = doc.text.as_str();
        let mut out = HashSet::new();
        for f in found {
            let Some(n) = f.name else { continue };
            let only_cities = self
                .gaz
                .name(n)
                .and_then(|x| x.entries.first())
                .and_then(|&e| self.gaz.entry(e))
                .is_some_and(|e| e.kind == PlaceKind::City);
            if !only_cities {
                continue;
            }
            let sent_start = doc.sentences[f.sentence as usize].span.start as usize;
            let start = f.span.start as usize;
            let end = f.span.end as usize;
            let prev = word_before(text, start, sent_start);
            let titled = prev.is_some_and(|(p, _)| self.cues.title.contains(&p.to_lowercase()));
            // "according to Buffalo Fire Chief ...": the name heads a longer name, no surname.
            let heads_name = text[end..].starts_with(' ')
                && text[end + 1..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
            let according = !heads_name
                && prev.is_some_and(|(p, ps)| {
                    p == "to"
                        && word_before(text, ps, sent_start)
                            .is_some_and(|(a, _)| a.eq_ignore_ascii_case("according"))
                });
            let aged = text[end..].starts_with(", ")
                && text[end + 2..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit())
                && text[end + 2..]
                    .trim_start_matches(|c: char| c.is_ascii_digit())
                    .starts_with(',');
            if titled || according || aged {
                out.insert(n);
                continue;
            }
        }
        out
    }

    /// Subject of a speech or action verb, or object of a verb of communication or
    /// pressure, in the parse (when the document is parsed). (when the document is parsed).
    fn is_parsed_actor(&self, doc: &Document, span: Span) -> bool {
        let (Some(first), Some(last)) = (
            doc.token_at(span.start),
            doc.token_at(span.end.saturating_sub(1)),
        ) else {
            return false;
        };
        // The name's head token: the one whose head lies outside the name.
        let Some(t) = (first..=last).find(|&t| doc.head(t).is_none_or(|h| h < first || h > last))
        else {
            return false;
        };
        let Some(h) = doc.head(t) else {
            return false;
        };
        let is_verb = doc
            .tokens
            .get(h)
            .is_some_and(|h| matches!(h.upos.as_str(), "VERB" | "AUX"));
        let (word, lemma) = (doc.word(h).to_lowercase(), doc.lemma(h).to_lowercase());
        let cue = |set: &WordSet<String>| set.contains(&word) || set.contains(&lemma);
        match doc.tokens[t].deprel.base() {
            "nsubj" => is_verb && (cue(&self.cues.actor_verb) || cue(&self.cues.actor_object_verb)),
            "obj" | "iobj" => is_verb && cue(&self.cues.actor_object_verb),
            _ => false,
        }
    }

    /// Whether a gazetteer name is a direction word ("Northeast") and whether it is a
    /// district name ("Uptown"), by the cue lists (spaces and hyphens left out).
    fn direction_or_district(&self, name: &str) -> (bool, bool) {
        // every such word is short and ASCII, and starts with one of these letters
        let first = name.as_bytes().first().map(u8::to_ascii_lowercase);
        if name.len() > 16 || !first.is_some_and(|b| b"cdemnsuw".contains(&b)) {
            return (false, false);
        }
        // lower-case it on the stack
        let mut key = [0u8; 16];
        let mut len = 0;
        for b in name.bytes() {
            if b == b' ' || b == b'-' {
                continue;
            }
            if len == key.len() || !b.is_ascii_alphabetic() {
                return (false, false);
            }
            key[len] = b.to_ascii_lowercase();
            len += 1;
        }
        let Ok(key) = std::str::from_utf8(&key[..len]) else {
            return (false, false);
        };
        (
            self.cues.compass.contains(key),
            self.cues.district_name.contains(key),
        )
    }

    /// The towns and counties of a first pass (not countries, continents, regions or
    /// first-level divisions, which back their towns already; district names take no
    /// reading there), as context for the second.
    fn anchors(&self, chosen: &HashMap<u32, u32>) -> Vec<Anchor> {
        let mut anchors: Vec<Anchor> = chosen
            .iter()
            .filter_map(|(&name, &e)| {
                let entry = self.gaz.entry(e)?;
                // a first-level division named by the article already backs the towns in it
                // (`named_by_others`): only towns and counties are anchors
                let division = match entry.kind {
                    PlaceKind::City => entry.division,
                    PlaceKind::Admin1 if entry.second_level => entry.division,
                    _ => return None,
                };
                Some(Anchor {
                    name,
                    lat: entry.lat,
                    lon: entry.lon,
                    division,
                })
            })
            .collect();
        // the map's order is random; the scores do not depend on it, but keep runs alike
        anchors.sort_by_key(|a| a.name);
        anchors
    }

    /// Chooses an entry for every distinct name, using the whole article as context; also
    /// returns the names whose only readings are small places the article gives no ground
    /// for (not places here).
    ///
    /// Two passes: the second prefers, among the towns of a name the first made a town,
    /// a reading in the first-level division of, or within [`LOCAL_KM`] of, a town or
    /// county another name took (see [`Anchor`]), much more so when that name owns it in
    /// the text ("Manhattan's Chelsea").
    fn resolve(&self, doc: &Document, found: &[Found]) -> (HashMap<u32, u32>, HashSet<u32>) {
        let gaz = &*self.gaz;
        let text = doc.text.as_str();
        // Context: countries and divisions the article names unambiguously.
        let mut countries: HashMap<&str, f64> = HashMap::new();
        // What each name itself added, so that a name is not its own context.
        let mut own: HashMap<u32, (&str, f64)> = HashMap::new();
        // Division -> the names that point to it.
        let mut divisions: HashMap<u32, HashSet<u32>> = HashMap::new();
        // The entries each name may take: not its regions where no occurrence reads as one.
        let mut readings: HashMap<u32, Vec<u32>> = HashMap::new();
        for f in found {
            let Some(x) = f.name else { continue };
            let Some(n) = gaz.name(x) else {
                continue;
            };
            let keep = |&e: &u32| {
                !f.no_region || gaz.entry(e).is_some_and(|e| e.kind != PlaceKind::Region)
            };
            let kept: Vec<u32> = n.entries.iter().copied().filter(keep).collect();
            match readings.get_mut(&x) {
                Some(r) if r.len() < kept.len() => *r = kept,
                Some(_) => {}
                None => {
                    readings.insert(x, kept);
                }
            }
        }
        for f in found {
            let Some(x) = f.name else { continue };
            let Some(entries) = readings.get(&x) else {
                continue;
            };
            let Some(first) = entries.first().and_then(|&e| gaz.entry(e)) else {
                continue;
            };
            if first.small {
                continue;
            }
            let vote = match first.kind {
                PlaceKind::Country => 1.0,
                PlaceKind::Admin1
                    if entries
                        .iter()
                        .filter(|&&e| gaz.entry(e).is_some_and(|a| a.kind == PlaceKind::Admin1))
                        .count()
                        == 1 =>
                {
                    0.5
                }
                PlaceKind::City | PlaceKind::Region if entries.len() == 1 => 0.5,
                _ => 0.0,
            };
            if vote > 0.0 {
                own.entry(x).or_insert((first.country.as_str(), 0.0)).1 += vote;
            }
            match first.kind {
                PlaceKind::Country => *countries.entry(first.country.as_str()).or_default() += 1.0,
                PlaceKind::Admin1 => {
                    let admins: Vec<u32> = entries
                        .iter()
                        .copied()
                        .filter(|&e| gaz.entry(e).is_some_and(|x| x.kind == PlaceKind::Admin1))
                        .collect();
                    if admins.len() == 1 {
                        divisions.entry(admins[0]).or_default().insert(x);
                        *countries.entry(first.country.as_str()).or_default() += 0.5;
                    }
                }
                _ => {
                    // Continents and regions across borders have no country.
                    if entries.len() == 1 && !first.country.is_empty() {
                        *countries.entry(first.country.as_str()).or_default() += 0.5;
                        if let Some(d) = first.division {
                            divisions.entry(d).or_default().insert(x);
                        }
                    }
                }
            }
        }
        // The countries of the article's actors ("Israeli officials", "Pakistani police",
        // "Moscow said"): context like a name found once, for an actor none of whose mentions
        // is a place name found here (a country named as a place counts above already).
        let mut actor_countries: HashSet<&str> = HashSet::new();
        for a in &doc.actors {
            let Some(alpha2) = a.country.as_deref().and_then(|c| gaz.alpha2_of(c)) else {
                continue;
            };
            let as_place = a
                .mentions
                .iter()
                .filter_map(|&m| doc.mentions.get(m as usize))
                .all(|m| found.iter().any(|f| f.span.overlaps(m.span)));
            if !as_place {
                actor_countries.insert(alpha2);
            }
        }
        for c in actor_countries {
            *countries.entry(c).or_default() += 0.5;
        }
        // "X, Y": entries of X lying in a country or division named Y.
        // "X's Y": the name X owns Y in the text ("Manhattan's Chelsea").
        let mut owners: HashMap<u32, u32> = HashMap::new();
        let mut containers: HashMap<u32, Vec<u32>> = HashMap::new();
        for w in found.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            let (Some(x), Some(y)) = (a.name, b.name) else {
                continue;
            };
            let between = text
                .get(a.span.end as usize..b.span.start as usize)
                .unwrap_or("");
            if matches!(between, "'s " | "\u{2019}s ") && x != y {
                owners.entry(y).or_insert(x);
            }
            if between.trim() != "," {
                continue;
            }
            if let Some(n) = gaz.name(y) {
                containers
                    .entry(x)
                    .or_default()
                    .extend(n.entries.iter().copied());
            }
        }

        // Evidence that a name denotes a division rather than a same-named city or country:
        // the container of "X, Y" ("Buffalo, New York", "Atlanta, Georgia": the divisions of
        // Y holding a place named X), a list of divisions of one country ("Colorado,
        // Georgia, Idaho") and a division noun after the name ("New York state").
        let mut holds: HashMap<u32, HashSet<u32>> = HashMap::new();
        let mut listed_with: HashMap<u32, HashSet<&str>> = HashMap::new();
        let mut division_named: HashSet<u32> = HashSet::new();
        let joined = |a: &Found, b: &Found| {
            let gap = text
                .get(a.span.end as usize..b.span.start as usize)
                .unwrap_or("");
            a.sentence == b.sentence && matches!(gap, ", " | " and " | ", and " | " or " | ", or ")
        };
        for (i, f) in found.iter().enumerate() {
            let Some(y) = f.name else { continue };
            if let Some(prev) = i.checked_sub(1).and_then(|j| found.get(j)) {
                let gap = text
                    .get(prev.span.end as usize..f.span.start as usize)
                    .unwrap_or("");
                if gap == ", " {
                    if let Some(x) = prev.name.and_then(|x| gaz.name(x)) {
                        holds
                            .entry(y)
                            .or_default()
                            .extend(x.entries.iter().filter_map(|&e| gaz.entry(e)?.division));
                    }
                }
            }
            let neighbours = [i.checked_sub(1).map(|j| (j, i)), Some((i, i + 1))];
            for (a, b) in neighbours.into_iter().flatten() {
                let (Some(fa), Some(fb)) = (found.get(a), found.get(b)) else {
                    continue;
                };
                if !joined(fa, fb) {
                    continue;
                }
                let other = if a == i { fb } else { fa };
                let Some(o) = other.name.and_then(|o| gaz.name(o)) else {
                    continue;
                };
                // The other name is a division only: one first-level division and no city of
                // its country mainly so named ("Colorado", not "Cairo").
                let entries = || o.entries.iter().filter_map(|&e| gaz.entry(e));
                let mut firsts = o.entries.iter().copied().filter(|&e| {
                    gaz.entry(e)
                        .is_some_and(|e| e.kind == PlaceKind::Admin1 && !e.second_level)
                });
                if let (Some(di), None) = (firsts.next(), firsts.next()) {
                    let Some(d) = gaz.entry(di) else { continue };
                    let namesake = |e: &Entry| {
                        e.kind == PlaceKind::City
                            && e.country == d.country
                            && gaz.entry_name(e) == o.text
                    };
                    // "Washington, D.C.": a place in the division the other name is, not a
                    // list of divisions (a list goes on: "Washington, Pennsylvania and
                    // California", "Virginia, Washington, West Virginia").
                    let in_list = i
                        .checked_sub(1)
                        .and_then(|j| found.get(j))
                        .is_some_and(|p| joined(p, f))
                        || found.get(i + 2).is_some_and(|n| joined(fb, n));
                    let contained = a == i
                        && !in_list
                        && fb.sentence == f.sentence
                        && text.get(f.span.end as usize..fb.span.start as usize) == Some(", ")
                        && gaz.name(y).is_some_and(|n| {
                            n.entries
                                .iter()
                                .any(|&e| gaz.entry(e).is_some_and(|e| e.division == Some(di)))
                        });
                    if !contained && !entries().any(namesake) {
                        listed_with.entry(y).or_default().insert(d.country.as_str());
                    }
                }
            }
            // "New York state", "the state of Washington".
            let sent_start = doc
                .sentences
                .get(f.sentence as usize)
                .map_or(0, |s| s.span.start as usize);
            let noun_before = word_before(text, f.span.start as usize, sent_start)
                .filter(|&(p, ps)| p == "of" && ps + 3 == f.span.start as usize)
                .and_then(|(_, ps)| word_before(text, ps, sent_start))
                .is_some_and(|(w, _)| self.cues.division_noun.contains(w));
            if noun_before
                || word_after(text, f.span.end as usize, text.len()).is_some_and(|(w, ws)| {
                    ws == f.span.end as usize + 1
                        && self.cues.division_noun.contains(&w.to_lowercase())
                })
            {
                division_named.insert(y);
            }
        }
        // A name in an enumeration of three or more division-only names of one country in
        // its sentence and the one before ("twelve in Ontario, eight in Alberta, ... and one
        // in Quebec"): the name must be listed right beside one of them.
        let mut by_sentence: HashMap<u32, Vec<(&str, u32)>> = HashMap::new();
        for f in found {
            let Some(x) = f.name else { continue };
            if let Some(c) = self.division_only(x) {
                by_sentence.entry(f.sentence).or_default().push((c, x));
            }
        }
        if !by_sentence.is_empty() {
            for (i, f) in found.iter().enumerate() {
                let Some(y) = f.name else { continue };
                let beside: HashSet<&str> = [i.checked_sub(1).map(|j| (j, i)), Some((i, i + 1))]
                    .into_iter()
                    .flatten()
                    .filter_map(|(a, b)| {
                        let (fa, fb) = (found.get(a)?, found.get(b)?);
                        let gap = text.get(fa.span.end as usize..fb.span.start as usize)?;
                        let other = if a == i { fb } else { fa };
                        (fa.sentence == fb.sentence && self.list_gap(gap))
                            .then(|| self.division_only(other.name?))
                            .flatten()
                    })
                    .collect();
                if beside.is_empty() {
                    continue;
                }
                let mut seen: HashMap<&str, HashSet<u32>> = HashMap::new();
                for s in [f.sentence.checked_sub(1), Some(f.sentence)]
                    .into_iter()
                    .flatten()
                {
                    for &(c, x) in by_sentence.get(&s).into_iter().flatten() {
                        if x != y && beside.contains(c) {
                            seen.entry(c).or_default().insert(x);
                        }
                    }
                }
                for (c, names) in seen {
                    if names.len() >= 3 {
                        listed_with.entry(y).or_default().insert(c);
                    }
                }
            }
        }

        // Points of the countries the article names: a reading in another country near one
        // of them (not named by the reading's own name only) is what the article points to
        // ("Gaza" in a story about Israel).
        let country_points: Vec<(&str, f64, f64)> = countries
            .keys()
            .filter_map(|&c| gaz.entry(gaz.country(c)?).map(|e| (c, e.lat, e.lon)))
            .collect();
        let mut seen = HashSet::new();
        let names: Vec<u32> = found
            .iter()
            .filter_map(|f| f.name)
            .filter(|&x| seen.insert(x))
            .collect();
        let decide = |x: u32, anchors: &[Anchor], movable: bool| -> Choice {
            let Some(n) = gaz.name(x) else {
                return Choice::Unplaced;
            };
            let inside = containers.get(&x);
            // "Manhattan's Chelsea": the name that owns this one in the text
            let owner = owners.get(&x);
            // in the division of, or near, the place another name of the article took
            let local = |entry: &Entry, e: u32, owned: bool| {
                let owner = if owned { Some(owner.copied()) } else { None };
                near_anchor(anchors, x, entry, e, owner)
            };
            // "Northeast" (Iceland), "Uptown": see the cue lists
            let (compass, district) = self.direction_or_district(n.text);
            let support = |cc: &str| -> f64 {
                let all = countries.get(cc).copied().unwrap_or(0.0);
                match own.get(&x) {
                    Some(&(c, w)) if c == cc => all - w,
                    _ => all,
                }
            };
            // A division sharing its name with a country ("Georgia") is the division when
            // the article is about the division's country and says nothing else of the
            // other country.
            let homonym_country = n
                .entries
                .iter()
                .filter_map(|&e| gaz.entry(e))
                .find(|e| e.kind == PlaceKind::Country)
                .map(|e| e.country.as_str());
            let named_by_others = |d: u32| {
                divisions
                    .get(&d)
                    .is_some_and(|names| names.iter().any(|&k| k != x))
            };
            let score = |&e: &u32| -> f64 {
                let Some(entry) = gaz.entry(e) else {
                    return f64::MIN;
                };
                let mut s = ((entry.population as f64) + 1.0).log10();
                match entry.kind {
                    PlaceKind::Country | PlaceKind::Continent => s += 20.0,
                    // Above a town of the same name ("Pacific", Missouri) unless the text
                    // places the town ("X, Missouri" adds 12).
                    PlaceKind::Region => s += 6.0,
                    PlaceKind::Admin1 => {
                        // "Gaza": a division bearing the name only as an alternate ("Gaza
                        // Province") takes no bonus of its kind over a populated place
                        // elsewhere whose own name it is and that is at least as populous
                        let outshone = gaz.entry_name(entry) != n.text
                            && n.entries.iter().any(|&c| {
                                gaz.entry(c).is_some_and(|c| {
                                    c.kind == PlaceKind::City
                                        && !c.small
                                        && c.country != entry.country
                                        && c.population >= entry.population
                                        && gaz.entry_name(c) == n.text
                                })
                            });
                        if !outshone {
                            s += 0.3;
                        }
                        if holds.get(&x).is_some_and(|h| h.contains(&e)) {
                            s += 30.0;
                        } else if !entry.second_level
                            && (division_named.contains(&x)
                                || listed_with
                                    .get(&x)
                                    .is_some_and(|c| c.contains(entry.country.as_str())))
                        {
                            s += 25.0;
                        }
                        if homonym_country.is_some_and(|c| support(c) == 0.0)
                            && support(&entry.country) >= 2.0
                        {
                            s += 25.0;
                        }
                        // Named unambiguously as a division, unless a same-named city
                        // lies in it (then the division is named after the city).
                        let city_inside = n
                            .entries
                            .iter()
                            .any(|&c| gaz.entry(c).is_some_and(|c| c.division == Some(e)));
                        // A capital of the same name ("Washington") is not named after it
                        // but is the name's usual sense, without other evidence.
                        let capital_namesake = n.entries.iter().any(|&c| {
                            gaz.entry(c).is_some_and(|c| {
                                c.capital && c.kind == PlaceKind::City && c.country == entry.country
                            })
                        });
                        if divisions.contains_key(&e)
                            && !city_inside
                            && !capital_namesake
                            && !outshone
                        {
                            s += 2.0;
                        }
                    }
                    PlaceKind::City => {}
                }
                if entry.capital {
                    s += 1.5;
                }
                // A city inside a same-named division ("Geneva" in the canton of Geneva) is
                // the place the division is named after.
                if entry.kind == PlaceKind::City
                    && entry.division.is_some_and(|d| n.entries.contains(&d))
                {
                    s += 2.0;
                }
                if let Some(inside) = inside {
                    let in_country = gaz
                        .country(&entry.country)
                        .is_some_and(|c| inside.contains(&c));
                    let in_division = entry.division.is_some_and(|d| inside.contains(&d));
                    if in_division {
                        s += 12.0;
                    } else if in_country {
                        s += 10.0;
                    }
                }
                if entry.kind == PlaceKind::City && movable && local(entry, e, false) {
                    s += if owner.is_some() && local(entry, e, true) {
                        OWNED_BONUS
                    } else {
                        LOCAL_BONUS
                    };
                }
                let v = support(&entry.country);
                if v > 0.0 {
                    s += 2.0;
                } else if country_points.iter().any(|&(c, lat, lon)| {
                    // a degree of latitude is 111 km: most points are ruled out without trig
                    (entry.lat - lat).abs() * 111.0 <= NEAR_CONTEXT_KM
                        && km(entry.lat, entry.lon, lat, lon) <= NEAR_CONTEXT_KM
                        && support(c) > 0.0
                }) {
                    s += 1.0;
                }
                if entry.division.is_some_and(named_by_others) {
                    s += 2.0;
                }
                s
            };
            // A small place needs the article to name its country or division; so does the
            // other reading of a region name read without region context ("Midlands" is not
            // the Zimbabwean province in an article about England).
            let not_region = readings.get(&x).is_some_and(|r| r.len() < n.entries.len());
            let backed = |e: &Entry| {
                !e.small && !not_region
                    || support(&e.country) > 0.0
                    || e.division.is_some_and(named_by_others)
            };
            // a direction word is a division or region only in its named country (or the
            // "X, Y" container); a district name only near another place of the article
            let placed = |&e: &u32| {
                let Some(entry) = gaz.entry(e) else {
                    return false;
                };
                let contained = inside.is_some_and(|i| {
                    entry.division.is_some_and(|d| i.contains(&d))
                        || gaz.country(&entry.country).is_some_and(|c| i.contains(&c))
                });
                (!compass || support(&entry.country) > 0.0 || contained)
                    && (!district || local(entry, e, false))
                    && (backed(entry) || local(entry, e, false))
            };
            let best = readings
                .get(&x)
                .map_or(n.entries, Vec::as_slice)
                .iter()
                .filter(|e| placed(e))
                .max_by(|a, b| score(a).total_cmp(&score(b)));
            match best {
                Some(&best) => Choice::Entry(best),
                // a district name with no reading near the story is still a place, kept
                // without coordinates
                None if district => Choice::Unplaced,
                None => Choice::Unbacked,
            }
        };
        let mut chosen = HashMap::new();
        let mut unbacked = HashSet::new();
        for &x in &names {
            match decide(x, &[], false) {
                Choice::Entry(e) => {
                    chosen.insert(x, e);
                }
                Choice::Unplaced => {}
                Choice::Unbacked => {
                    unbacked.insert(x);
                }
            }
        }
        // A second pass prefers, for the names the first made a town (not a capital) and
        // that have another town reading, and for district names, the readings near the
        // towns and counties the other names took.
        let anchors = self.anchors(&chosen);
        if anchors.is_empty() {
            return (chosen, unbacked);
        }
        // another town reading near the anchors
        let local_town = |x: u32, now: u32| {
            readings.get(&x).is_some_and(|entries| {
                entries.iter().any(|&e| {
                    e != now
                        && gaz.entry(e).is_some_and(|entry| {
                            entry.kind == PlaceKind::City
                                && near_anchor(&anchors, x, entry, e, None)
                        })
                })
            })
        };
        for &x in &names {
            let movable = chosen.get(&x).is_some_and(|&now| {
                gaz.entry(now)
                    .is_some_and(|e| e.kind == PlaceKind::City && !e.capital)
                    && local_town(x, now)
            });
            let district = !movable
                && !chosen.contains_key(&x)
                && !unbacked.contains(&x)
                && gaz
                    .name(x)
                    .is_some_and(|n| self.direction_or_district(n.text).1);
            if !movable && !district {
                continue;
            }
            if let Choice::Entry(e) = decide(x, &anchors, movable) {
                chosen.insert(x, e);
            }
        }
        (chosen, unbacked)
    }
}

impl Stage for PlaceResolution {
    fn name(&self) -> &'static str {
        "PlaceResolution"
    }

    fn run(&self, doc: &mut Document) {
        if doc.sentences.is_empty() {
            return;
        }
        let all = self.find(doc);
        let surnames = self.surnames(doc, &all);
        let person_words = person_words(doc);
        let mut found: Vec<Found> = all
            .iter()
            .filter(|f| f.name.is_none_or(|n| !surnames.contains(&n)))
            .filter_map(|f| match self.reading(doc, f, &all, &person_words) {
                Reading::NotPlace => None,
                Reading::Place => Some(*f),
                Reading::PlaceNotRegion => Some(Found {
                    no_region: true,
                    ..*f
                }),
            })
            .collect();
        if self.unknown_names {
            let unknown = self.find_unknown(doc, &all);
            found.extend(unknown);
            found.sort_by_key(|f| f.span);
        }
        let (chosen, unbacked) = self.resolve(doc, &found);
        found.retain(|f| f.name.is_none_or(|n| !unbacked.contains(&n)));
        let mut places = Vec::with_capacity(found.len());
        for f in &found {
            let entry = f
                .name
                .and_then(|n| chosen.get(&n))
                .and_then(|&e| self.gaz.entry(e));
            let place = match entry {
                Some(e) => Place {
                    span: f.span,
                    name: self.gaz.entry_name(e).to_string(),
                    country: self.gaz.iso3(&e.country).map(str::to_string),
                    lat: Some(e.lat),
                    lon: Some(e.lon),
                    geonames_id: (e.geonames_id != 0).then_some(e.geonames_id),
                    sentence: f.sentence,
                },
                None => Place {
                    span: f.span,
                    name: doc.slice(f.span).to_string(),
                    country: None,
                    lat: None,
                    lon: None,
                    geonames_id: None,
                    sentence: f.sentence,
                },
            };
            places.push(place);
        }
        let unresolved: Vec<String> = places
            .iter()
            .filter(|p| p.lat.is_none())
            .map(|p| format!("{:?}", doc.slice(p.span)))
            .collect();
        if !unresolved.is_empty() {
            doc.warn(
                "G001",
                format!(
                    "place names not in the gazetteer, kept without coordinates: {}",
                    unresolved.join(", ")
                ),
            );
        }
        doc.places.extend(places);
    }
}

/// A populated place or division a name of the article took in a first pass: context for
/// the other names' readings, over the whole article (one sense per discourse).
#[derive(Clone, Copy, Debug)]
struct Anchor {
    name: u32,
    lat: f64,
    lon: f64,
    /// The first-level division it is or lies in.
    division: Option<u32>,
}

/// The choice for one name in [`PlaceResolution::resolve`].
enum Choice {
    Entry(u32),
    /// A place without coordinates (or no gazetteer name at all).
    Unplaced,
    /// Only small places the article gives no ground for: not a place here.
    Unbacked,
}

/// A reading this near a place another name of the article took is local to the story
/// ("Chelsea" near "Manhattan").
const LOCAL_KM: f64 = 100.0;

/// The score a town local to the story gains: about a factor 30 in population.
const LOCAL_BONUS: f64 = 1.5;

/// The score a town gains in the division of, or near, the place of the name that owns it
/// ("Manhattan's Chelsea"), as much as an "X, Y" container gives.
const OWNED_BONUS: f64 = 12.0;

/// A reading this near the point of a country the article names (and in no named country)
/// is near the story: "Gaza" (Palestine) in a story about Israel, not Mozambique's province.
const NEAR_CONTEXT_KM: f64 = 300.0;

/// The capitalised words of the person actors' name mentions ("Tom", "Fletcher"), at least
/// three letters long (initials stay out); descriptions ("the mayor of Kharkiv") give none.
fn person_words(doc: &Document) -> HashSet<&str> {
    let mut out = HashSet::new();
    for m in &doc.mentions {
        let person = doc
            .actors
            .get(m.actor as usize)
            .is_some_and(|a| a.kind == ActorKind::Person);
        if !person || m.form != MentionForm::Name {
            continue;
        }
        for w in doc
            .slice(m.span)
            .split(|c: char| c.is_whitespace() || c == ',')
        {
            let w = w.trim_end_matches('.');
            if w.chars().count() >= 3 && w.chars().next().is_some_and(char::is_uppercase) {
                out.insert(w);
            }
        }
    }
    out
}

/// Great-circle distance in km.
fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let h = ((p2 - p1) / 2.0).sin().powi(2)
        + p1.cos() * p2.cos() * ((lon2 - lon1).to_radians() / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// Whether `entry` (index `e`), a reading of name `x`, lies in the first-level division of,
/// or within [`LOCAL_KM`] of, an anchor of another name; with `owner` given, only that
/// name's anchors count (`Some(None)`: none does).
fn near_anchor(
    anchors: &[Anchor],
    x: u32,
    entry: &Entry,
    e: u32,
    owner: Option<Option<u32>>,
) -> bool {
    anchors.iter().any(|a| {
        a.name != x
            && owner.is_none_or(|o| o == Some(a.name))
            && (a.division.is_some() && (entry.division == a.division || Some(e) == a.division)
                || (entry.lat - a.lat).abs() * 111.0 <= LOCAL_KM
                    && km(entry.lat, entry.lon, a.lat, a.lon) <= LOCAL_KM)
    })
}

/// Whether `start..end` lies inside a quoted title: a quotation within the sentence
/// (`sent_start..sent_end`) of two to ten words, each capitalised, a number or a short
/// function word, with no punctuation but at its end (CNN's "State of the Union", "Meet the
/// Press."). A quotation of speech ("Syria is burning," ...) is no title.
fn in_quoted_title(
    text: &str,
    sent_start: usize,
    sent_end: usize,
    start: usize,
    end: usize,
) -> bool {
    const QUOTES: [char; 3] = ['"', '\u{201c}', '\u{201d}'];
    // a title of ten words lies within this many bytes of its quotation marks
    const REACH: usize = 120;
    let mut from = sent_start.max(start.saturating_sub(REACH));
    while from < start && !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = sent_end.min(end + REACH);
    while to > end && !text.is_char_boundary(to) {
        to -= 1;
    }
    let (Some(before), Some(after)) = (text.get(from..start), text.get(end..to)) else {
        return false;
    };
    let (Some(open), Some(close)) = (before.rfind(QUOTES), after.find(QUOTES)) else {
        return false;
    };
    // a straight quote opens when an even number of them stands before it in the sentence
    let opens = before[open..].starts_with('\u{201c}')
        || before[open..].starts_with('"')
            && text
                .get(sent_start..from + open)
                .is_some_and(|head| head.matches('"').count() % 2 == 0);
    let inner_start = open + before[open..].chars().next().map_or(1, char::len_utf8);
    let (Some(head), Some(name), Some(tail)) = (
        before.get(inner_start..),
        text.get(start..end),
        after.get(..close),
    ) else {
        return false;
    };
    if !opens || !head.trim_start().starts_with(char::is_uppercase) {
        return false;
    }
    // A quotation that opens the sentence and ends in a comma is speech with its tag to
    // follow ("Welcome to Kyiv," Zelensky said), not a title.
    let opens_sentence = text
        .get(sent_start..from + open)
        .is_some_and(|h| h.trim().is_empty());
    if opens_sentence && tail.trim_end().ends_with(',') {
        return false;
    }
    // no punctuation inside, but at the end ("Meet the Press.")
    let tail = tail.trim_end().trim_end_matches(['.', ',', '!', '?']);
    let punctuated = |part: &str| part.contains([',', '.', ';', ':', '!', '?']);
    if punctuated(head) || punctuated(name) || punctuated(tail) {
        return false;
    }
    let titled = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || TITLE_FUNCTION_WORDS.contains(&w)
    };
    let words = || {
        head.split_whitespace()
            .chain(name.split_whitespace())
            .chain(tail.split_whitespace())
    };
    (2..=10).contains(&words().count()) && words().all(titled)
}

/// Lowercase words a title-case name may hold ("State of the Union").
const TITLE_FUNCTION_WORDS: [&str; 14] = [
    "of", "the", "a", "an", "and", "or", "in", "on", "at", "for", "to", "with", "from", "by",
];

/// The match does not start or end inside a word.
fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let after = text.get(end..).and_then(|s| s.chars().next());
    let rest = text.get(end..).unwrap_or("");
    let hyphen_name =
        rest.starts_with('-') && rest[1..].chars().next().is_some_and(char::is_uppercase);
    !before.is_some_and(|c| c.is_alphanumeric() || c == '/')
        && !after.is_some_and(|c| c.is_alphanumeric() || c == '$' || c == '/')
        && !hyphen_name
}

/// The word (alphanumeric run) that ends closest before `at`, not before `floor`, with its
/// start.
fn word_before(text: &str, at: usize, floor: usize) -> Option<(&str, usize)> {
    let head = text.get(floor..at)?;
    let trimmed = head.trim_end_matches(|c: char| !c.is_alphanumeric());
    if trimmed.is_empty() {
        return None;
    }
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric())
        .last()
        .map_or(trimmed.len(), |(i, _)| i);
    let word = trimmed.get(start..)?;
    (!word.is_empty()).then_some((word, floor + start))
}

/// The word (alphanumeric run) that starts first at or after `at`, before `ceil`, with its
/// start.
fn word_after(text: &str, at: usize, ceil: usize) -> Option<(&str, usize)> {
    let tail = text.get(at..ceil.min(text.len()))?;
    let i = first_char_at(tail, |alnum| alnum)?;
    let rest = &tail[i..];
    let len = first_char_at(rest, |alnum| !alnum).unwrap_or(rest.len());
    Some((&rest[..len], at + i))
}

/// The byte offset of the first char of `s` whose `is_alphanumeric` satisfies `wanted`:
/// ASCII bytes are read as bytes, others decoded (the stage calls this for every word).
#[inline]
fn first_char_at(s: &str, wanted: impl Fn(bool) -> bool) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            if wanted(b.is_ascii_alphanumeric()) {
                return Some(i);
            }
            i += 1;
        } else {
            let c = s[i..].chars().next()?;
            if wanted(c.is_alphanumeric()) {
                return Some(i);
            }
            i += c.len_utf8();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_around_a_position() {
        let t = "calls on Washington to act";
        assert_eq!(word_before(t, 9, 0), Some(("on", 6)));
        assert_eq!(word_before(t, 5, 0), Some(("calls", 0)));
        assert_eq!(word_after(t, 19, t.len()), Some(("to", 20)));
        assert_eq!(word_after(t, 26, t.len()), None);
    }

    #[test]
    fn words_after_a_position_may_hold_and_be_split_by_non_ascii_chars() {
        let t = "vers Zürich\u{2013}Genève, 2e";
        assert_eq!(word_after(t, 4, t.len()), Some(("Zürich", 5)));
        assert_eq!(word_after(t, 12, t.len()), Some(("Genève", 15)));
        assert_eq!(word_after(t, 22, t.len()), Some(("2e", 24)));
        assert_eq!(word_after(t, 22, 24), None);
        assert_eq!(word_after("\u{2013} \u{2014}", 0, 7), None);
    }

    #[test]
    fn boundaries_reject_matches_inside_words() {
        assert!(on_word_boundaries("in Paris.", 3, 8));
        assert!(!on_word_boundaries("Parisian", 0, 5));
        assert!(on_word_boundaries("Kiev-based", 0, 4));
    }
}
