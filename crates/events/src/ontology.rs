//! CAMEO event codes (names, QuadClass, Goldstein) and the CAMEO -> PLOVER crosswalk,
//! embedded from `data/` and checked on load.

use std::collections::HashMap;

use crate::error::LoadError;

const CODES: &str = include_str!("../data/cameo_codes.tsv");
const CROSSWALK: &str = include_str!("../data/cameo_to_plover.tsv");

/// One CAMEO event code.
#[derive(Clone, Debug, PartialEq)]
pub struct CameoCode {
    pub code: String,
    pub name: String,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    /// Goldstein value (ICEWS scale); codes without one inherit their parent's.
    pub goldstein: f32,
    /// PLOVER event type from the crosswalk (most specific row: code, base, root).
    pub plover: Option<String>,
    pub plover_mode: Option<String>,
}

/// The CAMEO codebook as attache uses it.
#[derive(Clone, Debug)]
pub struct Ontology {
    codes: HashMap<String, CameoCode>,
}

impl Ontology {
    /// The embedded tables.
    pub fn load() -> Result<Ontology, LoadError> {
        Ontology::parse(CODES, CROSSWALK)
    }

    /// Parses a codes table and a crosswalk table (same formats as the embedded files).
    pub fn parse(codes_tsv: &str, crosswalk_tsv: &str) -> Result<Ontology, LoadError> {
        let file = "cameo_codes.tsv";
        let mut raw: Vec<(usize, String, u8, Option<f32>, String)> = Vec::new();
        for (n, line) in data_lines(codes_tsv) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 4 {
                return Err(LoadError::new(
                    "EV001",
                    file,
                    n,
                    "expected 4 tab-separated fields: code, quad, goldstein, name",
                ));
            }
            let code = f[0];
            if !is_code(code) {
                return Err(LoadError::new(
                    "EV002",
                    file,
                    n,
                    format!("`{code}` is not a CAMEO code (2 to 4 digits)"),
                ));
            }
            let quad: u8 = match f[1].parse() {
                Ok(q @ 1..=4) => q,
                _ => {
                    return Err(LoadError::new(
                        "EV003",
                        file,
                        n,
                        format!("QuadClass `{}` is not 1-4", f[1]),
                    ))
                }
            };
            let gold = if f[2] == "-" {
                None
            } else {
                match f[2].parse::<f32>() {
                    Ok(g) if (-10.0..=10.0).contains(&g) => Some(g),
                    _ => {
                        return Err(LoadError::new(
                            "EV004",
                            file,
                            n,
                            format!("Goldstein `{}` is not a number in -10..10", f[2]),
                        ))
                    }
                }
            };
            raw.push((n, code.to_string(), quad, gold, f[3].to_string()));
        }
        let mut codes: HashMap<String, CameoCode> = HashMap::new();
        for (n, code, quad, gold, name) in &raw {
            if codes.contains_key(code) {
                return Err(LoadError::new(
                    "EV005",
                    file,
                    *n,
                    format!("code {code} listed twice"),
                ));
            }
            if let Some(p) = parent(code) {
                if !raw.iter().any(|r| r.1 == p) {
                    return Err(LoadError::new(
                        "EV006",
                        file,
                        *n,
                        format!("code {code} has no parent {p} in the table"),
                    ));
                }
            }
            let goldstein = match gold {
                Some(g) => *g,
                None => inherited_goldstein(&raw, code).ok_or_else(|| {
                    LoadError::new(
                        "EV004",
                        file,
                        *n,
                        format!("code {code} has no Goldstein value and no parent with one"),
                    )
                })?,
            };
            codes.insert(
                code.clone(),
                CameoCode {
                    code: code.clone(),
                    name: name.clone(),
                    quad_class: *quad,
                    goldstein,
                    plover: None,
                    plover_mode: None,
                },
            );
        }
        let file = "cameo_to_plover.tsv";
        let mut walk: HashMap<String, (String, Option<String>)> = HashMap::new();
        for (n, line) in data_lines(crosswalk_tsv) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 2 || f[1].is_empty() {
                return Err(LoadError::new(
                    "EV007",
                    file,
                    n,
                    "expected cameo code, PLOVER event[, mode]",
                ));
            }
            if !codes.contains_key(f[0]) {
                return Err(LoadError::new(
                    "EV008",
                    file,
                    n,
                    format!("crosswalk code `{}` is not in cameo_codes.tsv", f[0]),
                ));
            }
            let mode = f.get(2).filter(|m| !m.is_empty()).map(|m| m.to_string());
            walk.insert(f[0].to_string(), (f[1].to_string(), mode));
        }
        let keys: Vec<String> = codes.keys().cloned().collect();
        for k in keys {
            let mut c = Some(k.clone());
            while let Some(code) = c {
                if let Some((ev, mode)) = walk.get(&code) {
                    if let Some(entry) = codes.get_mut(&k) {
                        entry.plover = Some(ev.clone());
                        entry.plover_mode = mode.clone();
                    }
                    break;
                }
                c = parent(&code).map(str::to_string);
            }
        }
        Ok(Ontology { codes })
    }

    pub fn get(&self, code: &str) -> Option<&CameoCode> {
        self.codes.get(code)
    }

    pub fn contains(&self, code: &str) -> bool {
        self.codes.contains_key(code)
    }

    pub fn len(&self) -> usize {
        self.codes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }
}

/// The two-digit root of a CAMEO code (`"1383"` -> `"13"`).
pub fn root(code: &str) -> &str {
    code.get(..2).unwrap_or(code)
}

/// The parent of a code: 4-digit -> 3-digit base, 3-digit -> root, root -> none.
pub fn parent(code: &str) -> Option<&str> {
    match code.len() {
        3 => code.get(..2),
        4 => code.get(..3),
        _ => None,
    }
}

/// 2 to 4 ASCII digits with a root 01..20.
pub fn is_code(code: &str) -> bool {
    (2..=4).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_digit())
        && matches!(code[..2].parse::<u8>(), Ok(1..=20))
}

fn inherited_goldstein(
    raw: &[(usize, String, u8, Option<f32>, String)],
    code: &str,
) -> Option<f32> {
    let mut c = parent(code);
    while let Some(p) = c {
        if let Some(g) = raw.iter().find(|r| r.1 == p).and_then(|r| r.3) {
            return Some(g);
        }
        c = parent(p);
    }
    None
}

/// Non-comment, non-header lines with their 1-based line numbers.
fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_tables_load_with_every_root_and_crosswalk() {
        let o = Ontology::load().expect("embedded ontology lints clean");
        assert!(o.len() > 300);
        for r in 1..=20 {
            assert!(o.contains(&format!("{r:02}")), "root {r:02}");
        }
        let c = o.get("043").unwrap();
        assert_eq!((c.quad_class, c.goldstein), (1, 2.8));
        assert_eq!(c.plover.as_deref(), Some("CONSULT"));
        assert_eq!(o.get("1383").unwrap().plover.as_deref(), Some("THREATEN"));
        assert_eq!(
            o.get("155").unwrap().goldstein,
            -7.2,
            "inherits root 15's value"
        );
        assert_eq!(
            o.get("010").unwrap().plover,
            None,
            "statements have no PLOVER type"
        );
        // The crosswalk has no row for roots 01 and 02: PLOVER drops statements and appeals
        // (an appeal is not one of its REQUESTs).
        for code in ["01", "011", "016", "02", "020", "0256"] {
            assert_eq!(o.get(code).unwrap().plover, None, "{code}");
        }
    }

    #[test]
    fn bad_rows_are_reported_with_line_and_code() {
        let codes = "# c\ncode\tquad\tgoldstein\tname\n01\t1\t0\tX\n013\t7\t0\tY\n";
        let e = Ontology::parse(codes, "cameo\tevent\tmode\n").unwrap_err();
        assert_eq!((e.code, e.line), ("EV003", 4));
        let codes = "code\tquad\tgoldstein\tname\n0131\t1\t0\tY\n";
        assert_eq!(Ontology::parse(codes, "h\n").unwrap_err().code, "EV006");
        let codes = "code\tquad\tgoldstein\tname\n01\t1\t0\tX\n";
        let e = Ontology::parse(codes, "h\n02\tAGREE\t\n").unwrap_err();
        assert_eq!((e.code, e.line), ("EV008", 2));
    }
}
