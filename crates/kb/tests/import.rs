//! Importers: Phoenix dictionaries and Wikidata dumps into KB data files that load.

use attache_core::Date;
use attache_kb::import::{import_phoenix, import_wikidata, ImportResult};
use attache_kb::{Kb, Office};
use std::fs::File;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A fresh temporary directory, removed when the guard is dropped (also when a test fails).
struct Scratch(PathBuf);

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn scratch(name: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!("attache-kb-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    Scratch(dir)
}

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::new(y, m, day).expect("valid date")
}

/// Writes the import and loads it back as a KB (countries checked against the embedded ones).
fn round_trip(result: &ImportResult, name: &str) -> Kb {
    let dir = scratch(name);
    result.write_dir(&dir).expect("written");
    let errors = attache_kb::lint_dir(&dir);
    assert!(errors.is_empty(), "{errors:?}");
    Kb::load_dir(&dir).expect("imported files load")
}

#[test]
fn phoenix_actor_blocks_with_dates_become_people_with_roles() {
    let r = import_phoenix(
        File::open(fixture("phoenix/actors.txt")).expect("fixture"),
        "actors.txt",
    )
    .expect("imported");
    let names: Vec<&str> = r.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        ["Sergey Lavrov", "Ban Ki-Moon", "Broken Dates Person"]
    );
    let lavrov = &r.people[0];
    assert_eq!(lavrov.short, ["Lavrov"]);
    assert_eq!(lavrov.aliases, ["Sergey Viktorovich Lavrov"]);
    // The malformed 7-digit date and the unknown country code are skipped with notes.
    assert!(r
        .skipped
        .iter()
        .any(|e| e.line == 13 && e.message.contains("2004017")));
    assert!(r.skipped.iter().any(|e| e.message.contains("XXXGOV")));
    assert!(r
        .skipped
        .iter()
        .any(|e| e.message.contains("without dated codes")));

    let kb = round_trip(&r, "phoenix");
    let hits = kb.lookup("Lavrov", Some(d(2022, 1, 21)));
    assert_eq!(hits[0].info.code.as_deref(), Some("RUSGOV"));
    let ban = kb.lookup("Ban Ki-Moon", Some(d(2010, 1, 1)));
    assert_eq!(ban[0].info.code.as_deref(), Some("IGOUNO"));
    let ban_2005 = kb.lookup("Ban Ki-Moon", Some(d(2005, 1, 1)));
    assert_eq!(ban_2005[0].info.code.as_deref(), Some("KORGOV"));
}

#[test]
fn phoenix_agents_expand_sets_and_plurals() {
    let r = import_phoenix(
        File::open(fixture("phoenix/agents.txt")).expect("fixture"),
        "agents.txt",
    )
    .expect("imported");
    let get = |n: &str| r.agents.iter().find(|a| a.noun == n);
    let police = get("police").expect("police");
    assert_eq!(police.role, "COP");
    assert!(police.plurals.is_empty(), "{{}} means no plural");
    assert_eq!(get("militia").expect("militia").plurals, ["militias"]);
    assert_eq!(get("spy").expect("spy").plurals, ["spies"]);
    assert_eq!(get("spokeswoman").expect("set expanded").role, "GOV");
    assert!(get("ministry of foreign affairs").is_some());
    assert_eq!(
        get("attorney general").expect("irregular").plurals,
        ["attorneys general"]
    );
    let activist = get("human rights activist").expect("prefix code");
    assert_eq!(activist.role, "NGM");
    assert_eq!(activist.attach, attache_kb::Attach::Before);
    assert!(
        r.skipped.iter().any(|e| e.line == 12),
        "line without a code is reported"
    );

    let kb = round_trip(&r, "agents");
    assert_eq!(kb.agent("Rebels").map(|a| a.role.as_str()), Some("REB"));
}

fn check_wikidata(r: &ImportResult, name: &str) {
    let names: Vec<&str> = r.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Vladimir Putin", "Sergey Lavrov", "Douglas Adams"]);
    assert_eq!(r.igos.len(), 1);
    assert_eq!(r.igos[0].name, "NATO");
    assert!(r
        .skipped
        .iter()
        .any(|e| e.message.contains("not a JSON entity")));
    assert!(r.skipped.iter().any(|e| e.message.contains("Q999999")));
    let kb = round_trip(r, name);
    let hos = kb
        .officeholder("RUS", Office::HeadOfState, d(2022, 1, 21))
        .expect("P1906 office read as head of state");
    assert_eq!(hos.name, "Vladimir Putin");
    let hog = kb
        .officeholder("RUS", Office::HeadOfGovernment, d(2010, 1, 1))
        .expect("P1313 office read as head of government");
    assert_eq!(hog.name, "Vladimir Putin");
    let fm = kb
        .officeholder("RUS", Office::ForeignMinister, d(2022, 1, 21))
        .expect("office from the label");
    assert_eq!(fm.name, "Sergey Lavrov");
    let (_, putin) = kb.person("vladimir-putin").expect("id from name");
    assert_eq!(putin.gender, Some('m'));
}

#[test]
fn wikidata_json_dump_imports_people_positions_and_organisations() {
    let r = import_wikidata(&fixture("wikidata/dump.json")).expect("imported");
    check_wikidata(&r, "wd-json");
}

#[test]
fn wikidata_gzip_dump_is_streamed() {
    let dir = scratch("gz-src");
    let path = dir.join("dump.json.gz");
    let raw = std::fs::read(fixture("wikidata/dump.json")).expect("fixture");
    let mut enc = flate2::write::GzEncoder::new(
        File::create(&path).expect("create"),
        flate2::Compression::default(),
    );
    std::io::Write::write_all(&mut enc, &raw).expect("compress");
    enc.finish().expect("finish");
    let r = import_wikidata(&path).expect("imported");
    check_wikidata(&r, "wd-gz");
}

#[cfg(feature = "bz2")]
#[test]
fn wikidata_bzip2_dump_is_streamed() {
    let r = import_wikidata(&fixture("wikidata/dump.json.bz2")).expect("imported");
    check_wikidata(&r, "wd-bz2");
}

#[test]
fn a_missing_dump_is_an_import_error() {
    let err = import_wikidata(Path::new("/no/such/dump.json.gz")).expect_err("missing");
    assert_eq!(err.code, attache_kb::ErrorCode::ImportRead);
}

/// The real PETRARCH-2 dictionaries (shared data, not in the repo) import without error and
/// load back; skipped when the shared folder is absent.
#[test]
fn shared_phoenix_dictionaries_import_and_load() {
    let shared =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/actors/phoenix");
    if !shared.exists() {
        eprintln!("skipped: {} is absent", shared.display());
        return;
    }
    for (file, min_people, min_agents) in [
        ("Phoenix.Countries.actors.txt", 5000, 0),
        ("Phoenix.International.actors.txt", 50, 0),
        ("Phoenix.agents.txt", 0, 1000),
    ] {
        let r = import_phoenix(File::open(shared.join(file)).expect("readable"), file)
            .expect("imported");
        eprintln!("{file}: {}", r.summary());
        assert!(r.people.len() >= min_people, "{file}: {}", r.summary());
        assert!(r.agents.len() >= min_agents, "{file}: {}", r.summary());
        let kb = round_trip(&r, file);
        assert_eq!(kb.people().len(), r.people.len());
    }
}

#[test]
fn an_import_grows_the_embedded_kb() {
    let dir = scratch("layer");
    std::fs::write(
        dir.join("people.tsv"),
        "id\tname\taliases\tshort\tgender\nana-petrescu\tAna Petrescu\t\tPetrescu\tf\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("roles.tsv"),
        "person\tof\trole\toffice\ttitle\tstart\tend\tsource\n\
         ana-petrescu\tMDA\tGOV\tother\tAdviser\t2024\t\tlocal\n\
         sergei-lavrov\tRUS\tGOV\tother\tCouncil member\t2030\t\tlocal\n",
    )
    .expect("write");
    let kb = Kb::embedded_with(&dir).expect("layered KB loads");
    assert_eq!(
        kb.lookup("Ana Petrescu", Some(d(2025, 1, 1)))[0]
            .info
            .code
            .as_deref(),
        Some("MDAGOV")
    );
    assert_eq!(
        kb.officeholder("RUS", Office::ForeignMinister, d(2022, 1, 21))
            .map(|i| i.name),
        Some("Sergei Lavrov".to_string()),
        "embedded data still there"
    );
    // A repeated id is reported in the added file, with its own line number.
    std::fs::write(
        dir.join("people.tsv"),
        "# local\nid\tname\taliases\tshort\tgender\nsergei-lavrov\tSomeone Else\t\t\tm\n",
    )
    .expect("write");
    let errors = attache_kb::lint_embedded_with(&dir);
    assert!(
        errors
            .iter()
            .any(|e| e.code == attache_kb::ErrorCode::DuplicateId
                && e.file.ends_with("/people.tsv")
                && e.line == 3),
        "{errors:?}"
    );
}
