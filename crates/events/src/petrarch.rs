//! Import of PETRARCH-2 / TABARI verb dictionaries (`CAMEO.2.0.txt` format) into attache
//! patterns. See the format notes in the shared data's `actors/phoenix/README.md`.
//!
//! What is kept: every verb of a block with its code (the block's, or its own `[code]`),
//! and every pattern whose constraints follow the verb: head nouns and `{multi word}` heads
//! become `need` words, synsets (`&NAME`) expand to their members, `(PREP ...)` phrases need
//! their nouns, `+` in a phrase makes it the target and `$` the source, `[A:B]` gives the
//! active and passive codes. What is dropped (counted in [`ImportStats`]): patterns with
//! nouns before the verb (attache does not constrain the subject's words), `[---]`
//! patterns, verbs written with a prefix word (`WIRE_+TAP`), and the transformations.

use std::collections::HashMap;

use crate::error::LoadError;
use crate::lexicon::{Pattern, Slot, Voice};

/// What an import kept and dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportStats {
    pub verbs: usize,
    pub patterns: usize,
    pub dropped_pre_verb: usize,
    pub dropped_null: usize,
    pub dropped_verbs: usize,
}

/// Imports a PETRARCH verb dictionary; see [`import_petrarch_verbs_with_stats`].
pub fn import_petrarch_verbs(text: &str) -> Result<Vec<Pattern>, LoadError> {
    import_petrarch_verbs_with_stats(text).map(|(p, _)| p)
}

struct Verb {
    lemma: String,
    particle: Option<String>,
    forms: Vec<String>,
}

pub fn import_petrarch_verbs_with_stats(
    text: &str,
) -> Result<(Vec<Pattern>, ImportStats), LoadError> {
    let file = "verbs";
    let mut stats = ImportStats::default();
    let mut synsets: HashMap<String, Vec<String>> = HashMap::new();
    let mut current_syn: Option<String> = None;
    let mut block_code: (Option<String>, Option<String>) = (None, None);
    let mut verbs: Vec<Verb> = Vec::new();
    let mut in_block = false;
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty()
            || line.starts_with('~')
            || line.starts_with("<!--")
            || line.starts_with(';')
        {
            if line.is_empty() {
                current_syn = None;
            }
            continue;
        }
        if let Some(label) = line.strip_prefix('&') {
            current_syn = Some(label.trim_end_matches('_').to_ascii_uppercase());
            continue;
        }
        if line.starts_with("---") {
            let inner = line.trim_matches('-').trim();
            let code = bracket(inner).ok_or_else(|| {
                LoadError::new(
                    "EV020",
                    file,
                    n,
                    "verb block header needs `--- NAME [CODE] ---`",
                )
            })?;
            block_code = split_code(code);
            verbs.clear();
            in_block = true;
            current_syn = None;
            continue;
        }
        if let Some(member) = line.strip_prefix('+') {
            if let (Some(syn), false) = (&current_syn, in_block) {
                let head = member
                    .trim_end_matches('_')
                    .rsplit('_')
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase();
                if !head.is_empty() {
                    synsets.entry(syn.clone()).or_default().push(head);
                }
                continue;
            }
        }
        if !in_block {
            continue;
        }
        if let Some(body) = line.strip_prefix('-') {
            let Some((lhs, code_part)) = body.split_once('[') else {
                return Err(LoadError::new("EV020", file, n, "pattern needs a `[CODE]`"));
            };
            let code = code_part.split(']').next().unwrap_or("").trim();
            let (active, passive) = split_code(code);
            if active.is_none() && passive.is_none() {
                stats.dropped_null += 1;
                continue;
            }
            let Some((pre, post)) = lhs.split_once('*') else {
                return Err(LoadError::new(
                    "EV020",
                    file,
                    n,
                    "pattern needs a `*` for the verb",
                ));
            };
            if pre
                .split_whitespace()
                .any(|w| w != "$" && w != "+" && w != "%")
            {
                stats.dropped_pre_verb += 1;
                continue;
            }
            let (need, target, source) = parse_post(post, &synsets);
            for v in &verbs {
                let mut p = Pattern::new(&format!("petrarch.{}.{n}", v.lemma), "", &v.lemma);
                match (&active, &passive) {
                    (Some(a), b) => {
                        p.code = a.clone();
                        p.passive_code = b.clone();
                    }
                    (None, Some(b)) => {
                        p.code = b.clone();
                        p.voice = Voice::Passive;
                    }
                    (None, None) => continue,
                }
                p.particle = v.particle.clone();
                p.forms = v.forms.clone();
                p.need = need.clone();
                if let Some(t) = &target {
                    p.target = vec![t.clone(), Slot::Object];
                }
                if let Some(s) = &source {
                    p.source = vec![s.clone()];
                }
                p.origin = format!("petrarch:{n}");
                out.push(p);
                stats.patterns += 1;
            }
            continue;
        }
        // A verb line: WORD [{FORMS}] [[CODE]]
        let word = line.split_whitespace().next().unwrap_or("");
        let own_code = bracket(line).map(split_code);
        let forms: Vec<String> = line
            .split_once('{')
            .and_then(|(_, r)| r.split_once('}'))
            .map(|(f, _)| {
                f.split_whitespace()
                    .filter_map(|w| {
                        let w = w.trim_start_matches('+');
                        (!w.contains('_')).then(|| w.to_ascii_lowercase())
                    })
                    .collect()
            })
            .unwrap_or_default();
        let (lemma, particle) = match word.strip_prefix('+') {
            Some(rest) => {
                let mut parts = rest.split('_').filter(|w| !w.is_empty());
                let v = parts.next().unwrap_or("").to_ascii_lowercase();
                (v, parts.next().map(str::to_ascii_lowercase))
            }
            None if word.contains('_') => {
                stats.dropped_verbs += 1;
                continue;
            }
            None => (word.to_ascii_lowercase(), None),
        };
        if lemma.is_empty() || !lemma.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            stats.dropped_verbs += 1;
            continue;
        }
        let (code, passive) = own_code.unwrap_or_else(|| block_code.clone());
        stats.verbs += 1;
        if let Some(c) = &code {
            let mut p = Pattern::new(&format!("petrarch.{lemma}.{n}"), c, &lemma);
            p.passive_code = passive;
            p.particle = particle.clone();
            p.forms = forms.clone();
            p.origin = format!("petrarch:{n}");
            out.push(p);
            stats.patterns += 1;
        }
        verbs.push(Verb {
            lemma,
            particle,
            forms,
        });
    }
    Ok((out, stats))
}

fn bracket(s: &str) -> Option<&str> {
    let (_, r) = s.split_once('[')?;
    Some(r.split_once(']')?.0.trim())
}

/// `042:043` -> active and passive codes; `---` -> none.
fn split_code(code: &str) -> (Option<String>, Option<String>) {
    match code.split_once(':') {
        Some((a, b)) => (real_code(a), real_code(b)),
        None => (real_code(code), None),
    }
}

fn real_code(c: &str) -> Option<String> {
    let c = c.trim();
    (!c.is_empty() && c != "---" && crate::ontology::is_code(c)).then(|| c.to_string())
}

/// Need groups, target slot and source slot of the part after `*`.
fn parse_post(
    post: &str,
    synsets: &HashMap<String, Vec<String>>,
) -> (Vec<Vec<String>>, Option<Slot>, Option<Slot>) {
    let mut need = Vec::new();
    let mut target = None;
    let mut source = None;
    let expand = |w: &str| -> Vec<String> {
        if let Some(name) = w.strip_prefix('&') {
            return synsets
                .get(&name.trim_end_matches('_').to_ascii_uppercase())
                .cloned()
                .unwrap_or_default();
        }
        let w = w
            .trim_end_matches('_')
            .rsplit('_')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if w.is_empty() || !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            Vec::new()
        } else {
            vec![w]
        }
    };
    let mut rest = post.trim();
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('(') {
            let (inner, after) = r.split_once(')').unwrap_or((r, ""));
            let inner = inner.replace(['{', '}'], " ");
            let mut words = inner.split_whitespace();
            let prep = words.next().unwrap_or("").to_ascii_lowercase();
            let others: Vec<&str> = words.collect();
            if others.contains(&"+") {
                target = Some(Slot::Prep(prep.clone()));
            } else if others.contains(&"$") {
                source = Some(Slot::Prep(prep.clone()));
            }
            let head = others
                .iter()
                .rev()
                .find(|w| !matches!(**w, "+" | "$" | "^" | "%"));
            match head {
                Some(h) => {
                    let g = expand(h);
                    if !g.is_empty() {
                        need.push(g);
                    }
                }
                None if !prep.is_empty() && others.is_empty() => need.push(vec![prep]),
                None => {}
            }
            rest = after.trim();
        } else if let Some(r) = rest.strip_prefix('{') {
            let (inner, after) = r.split_once('}').unwrap_or((r, ""));
            if let Some(h) = inner.split_whitespace().last() {
                let g = expand(h);
                if !g.is_empty() {
                    need.push(g);
                }
            }
            rest = after.trim();
        } else {
            let (w, after) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
            if !matches!(w, "+" | "$" | "^" | "%") {
                let g = expand(w);
                if !g.is_empty() {
                    need.push(g);
                }
            }
            rest = after.trim();
        }
    }
    (need, target, source)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = "\
# a small dictionary in the PETRARCH format, written for this test
####### SYNONYM SETS #######
&ARMS
+WEAPON
+RIFLE_
+HEAVY_GUN

####### VERB PATTERNS #######
---  RUSH   [---]  ---
RUSH
SPEED {SPEEDING SPEEDS SPED }
- * &ARMS (TO +)                  [072]   # RUSH
- &MILITARY *                     [154]   # RUSH
- * POLICE                        [---]

---  VISIT   [042:043]  ---
VISIT
+CALL_ON [042]
WIRE_+TAP
- * (AT {HIS HOME})               [:043]
";

    #[test]
    fn petrarch_verbs_become_patterns_with_needs_and_slots() {
        let (pats, stats) = import_petrarch_verbs_with_stats(FIXTURE).unwrap();
        let arms: Vec<&Pattern> = pats.iter().filter(|p| p.code == "072").collect();
        assert_eq!(arms.len(), 2, "one per verb of the block: {pats:?}");
        let speed = arms.iter().find(|p| p.lemma == "speed").unwrap();
        assert_eq!(
            speed.need,
            vec![vec!["weapon".to_string(), "rifle".into(), "gun".into()]]
        );
        assert_eq!(speed.target[0], Slot::Prep("to".into()));
        assert!(speed.forms.contains(&"sped".to_string()));
        let visit = pats
            .iter()
            .find(|p| p.lemma == "visit" && p.need.is_empty())
            .unwrap();
        assert_eq!(
            (visit.code.as_str(), visit.passive_code.as_deref()),
            ("042", Some("043"))
        );
        let call = pats.iter().find(|p| p.lemma == "call").unwrap();
        assert_eq!(call.particle.as_deref(), Some("on"));
        let home = pats
            .iter()
            .find(|p| p.lemma == "visit" && !p.need.is_empty())
            .unwrap();
        assert_eq!((home.code.as_str(), home.voice), ("043", Voice::Passive));
        assert_eq!(stats.dropped_pre_verb, 1);
        assert_eq!(stats.dropped_null, 1);
        assert_eq!(stats.dropped_verbs, 1);
    }

    #[test]
    fn malformed_lines_are_reported() {
        let e = import_petrarch_verbs("--- X ---\n").unwrap_err();
        assert_eq!((e.code, e.line), ("EV020", 1));
        let e = import_petrarch_verbs("--- X [010] ---\nX\n- * FOO\n").unwrap_err();
        assert_eq!((e.code, e.line), ("EV020", 3));
    }

    #[test]
    fn the_shared_cameo_dictionary_imports() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/actors/phoenix/CAMEO.2.0.txt"
        );
        let Ok(bytes) = std::fs::read(path) else {
            eprintln!("skipping: {path} is absent");
            return;
        };
        let (pats, stats) =
            import_petrarch_verbs_with_stats(&String::from_utf8_lossy(&bytes)).unwrap();
        assert!(stats.verbs > 1000, "{stats:?}");
        assert!(pats.iter().any(|p| p.lemma == "visit" && p.code == "042"));
    }
}
