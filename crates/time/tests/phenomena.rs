//! One test per phenomenon the stage must get right, named after what it guards.

use attache_core::{Date, DatePrecision, Document, Published, Stage, TimeKind};
use attache_time::{
    add_period, date_for_clause, due_window, own_time_for_clause, precision_of, time_for_clause,
    TimeNormalization,
};

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::new(y, m, d).expect("valid test date")
}

/// The document over `text` published on `published` (None: no date), with times found.
fn annotate(published: Option<Date>, text: &str) -> Document {
    let mut doc = Document::from_plain(text);
    doc.published = published.map(Published::day);
    TimeNormalization::new().run(&mut doc);
    doc
}

/// `(text, value)` of every expression.
fn times(published: Option<Date>, text: &str) -> Vec<(String, String)> {
    let doc = annotate(published, text);
    doc.times
        .iter()
        .map(|t| {
            (
                doc.slice(t.span).to_string(),
                t.value.clone().unwrap_or_else(|| "None".into()),
            )
        })
        .collect()
}

fn friday() -> Option<Date> {
    Some(date(2022, 1, 21))
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn we_is_not_wednesday() {
    assert!(times(friday(), "We said we would wed them, and we did.").is_empty());
}

#[test]
fn may_the_modal_is_not_a_month() {
    assert!(times(friday(), "Lavrov and Blinken may meet again, we may add.").is_empty());
    assert_eq!(
        times(friday(), "The vote is due in May."),
        pairs(&[("May", "2022-05")])
    );
}

#[test]
fn next_week_is_a_week_not_a_day() {
    let doc = annotate(
        friday(),
        "Washington would submit a written response next week.",
    );
    let t = &doc.times[0];
    assert_eq!(doc.slice(t.span), "next week");
    assert_eq!(t.value.as_deref(), Some("2022-W04"));
    assert_eq!(t.kind, TimeKind::Week);
    assert_eq!(t.interval, Some((date(2022, 1, 24), date(2022, 1, 30))));
}

#[test]
fn past_tense_weekday_resolves_backwards() {
    let wednesday = Some(date(2022, 1, 19));
    assert_eq!(
        times(wednesday, "The ministers met on Monday."),
        pairs(&[("Monday", "2022-01-17")])
    );
    assert_eq!(
        times(wednesday, "The ministers said they had spoken Friday."),
        pairs(&[("Friday", "2022-01-14")])
    );
}

#[test]
fn future_tense_weekday_resolves_forwards() {
    let wednesday = Some(date(2022, 1, 19));
    assert_eq!(
        times(wednesday, "The ministers will meet on Monday."),
        pairs(&[("Monday", "2022-01-24")])
    );
    assert_eq!(
        times(wednesday, "Talks are set to resume Friday."),
        pairs(&[("Friday", "2022-01-21")])
    );
}

#[test]
fn weekday_of_a_story_published_that_day_is_the_publication_day() {
    assert_eq!(
        times(friday(), "Blinken described Friday's meeting as frank."),
        pairs(&[("Friday", "2022-01-21")])
    );
    assert_eq!(
        times(friday(), "They met on Friday in Geneva."),
        pairs(&[("Friday", "2022-01-21")])
    );
}

#[test]
fn december_in_january_story_is_last_year() {
    assert_eq!(
        times(friday(), "Russia's proposals were rolled out in December."),
        pairs(&[("December", "2021-12")])
    );
}

#[test]
fn month_in_a_future_clause_is_the_next_one() {
    assert_eq!(
        times(friday(), "Lavrov and Blinken may meet again in February."),
        pairs(&[("February", "2022-02")])
    );
    assert_eq!(
        times(
            Some(date(2022, 3, 10)),
            "The summit will be held in January."
        ),
        pairs(&[("January", "2023-01")])
    );
}

#[test]
fn absolute_dates_keep_their_year() {
    let got = times(
        friday(),
        "It began on 21 January 2022, or January 21, 2022, or 21/01/2022, not in 2021.",
    );
    assert_eq!(
        got,
        pairs(&[
            ("21 January 2022", "2022-01-21"),
            ("January 21, 2022", "2022-01-21"),
            ("21/01/2022", "2022-01-21"),
            ("2021", "2021"),
        ])
    );
}

#[test]
fn abbreviated_month_with_day_takes_the_nearest_year() {
    assert_eq!(
        times(
            friday(),
            "The deadline is Jan. 21 and the vote was Dec. 20."
        ),
        pairs(&[("Jan. 21", "2022-01-21"), ("Dec. 20", "2021-12-20")])
    );
}

#[test]
fn decades_and_parts_of_years() {
    assert_eq!(
        times(friday(), "Since the 1990s, and again in mid-2020, it grew."),
        pairs(&[("the 1990s", "199"), ("mid-2020", "2020")])
    );
}

#[test]
fn deictic_days_and_units() {
    let got = times(
        friday(),
        "Today and yesterday matter; last week did, next month will, and this week too.",
    );
    assert_eq!(
        got,
        pairs(&[
            ("Today", "2022-01-21"),
            ("yesterday", "2022-01-20"),
            ("last week", "2022-W02"),
            ("next month", "2022-02"),
            ("this week", "2022-W03"),
        ])
    );
}

#[test]
fn earlier_this_year_and_ago() {
    assert_eq!(
        times(
            friday(),
            "Earlier this year it fell, and two days ago it rose."
        ),
        pairs(&[
            ("Earlier this year", "2022"),
            ("two days ago", "2022-01-19")
        ])
    );
}

#[test]
fn durations_are_periods() {
    assert_eq!(
        times(friday(), "The talks lasted two months and 14 days."),
        pairs(&[("two months", "P2M"), ("14 days", "P14D")])
    );
}

#[test]
fn an_age_is_not_a_duration() {
    assert!(times(friday(), "A 6-year-old boy and a six-year-old girl.").is_empty());
}

#[test]
fn sets_repeat() {
    assert_eq!(
        times(friday(), "They meet every Monday and report weekly."),
        pairs(&[("every Monday", "XXXX-WXX-1"), ("weekly", "P1W")])
    );
}

#[test]
fn references_without_a_date() {
    assert_eq!(
        times(
            friday(),
            "Now the talks continue, as they will in the near future."
        ),
        pairs(&[("Now", "PRESENT_REF"), ("the near future", "FUTURE_REF")])
    );
}

#[test]
fn the_coming_weeks_are_some_weeks_as_recent_weeks_are() {
    assert_eq!(
        times(
            friday(),
            "Prices rose in recent weeks and may fall in the coming weeks or the months ahead."
        ),
        pairs(&[
            ("recent weeks", "PXW"),
            ("the coming weeks", "PXW"),
            ("the months ahead", "PXM")
        ])
    );
}

#[test]
fn deadlines_give_due_windows_from_publication() {
    let doc = annotate(
        friday(),
        "They promised a reply by the end of May, a deal within two months and a vote before the end of the year.",
    );
    let shown: Vec<(&str, Option<(Date, Date)>)> = (0..doc.times.len())
        .map(|i| (doc.slice(doc.times[i].span), due_window(&doc, i)))
        .collect();
    assert_eq!(
        shown,
        [
            (
                "the end of May",
                Some((date(2022, 1, 21), date(2022, 5, 31)))
            ),
            ("two months", Some((date(2022, 1, 21), date(2022, 3, 21)))),
            (
                "the end of the year",
                Some((date(2022, 1, 21), date(2022, 12, 31)))
            ),
        ]
    );
    let next_week = annotate(friday(), "A reply will come next week.");
    assert_eq!(
        due_window(&next_week, 0),
        Some((date(2022, 1, 24), date(2022, 1, 30)))
    );
}

#[test]
fn without_publication_date_relative_values_stay_empty_with_one_warning() {
    let doc = annotate(
        None,
        "They met on Friday and will meet next week, not in 2021.",
    );
    let values: Vec<Option<&str>> = doc.times.iter().map(|t| t.value.as_deref()).collect();
    assert_eq!(values, [None, None, Some("2021")]);
    let codes: Vec<&str> = doc.warnings.iter().map(|w| w.code).collect();
    assert_eq!(codes, ["T001"]);
}

#[test]
fn precision_follows_the_value_shape() {
    assert_eq!(precision_of("2022-01-21"), DatePrecision::Day);
    assert_eq!(precision_of("2022-01-21T13:55"), DatePrecision::Day);
    assert_eq!(precision_of("2022-W04"), DatePrecision::Week);
    assert_eq!(precision_of("2022-02"), DatePrecision::Month);
    assert_eq!(precision_of("2022"), DatePrecision::Year);
    assert_eq!(precision_of("2022-Q3"), DatePrecision::Year);
    assert_eq!(precision_of("P2M"), DatePrecision::Unknown);
    assert_eq!(precision_of("PRESENT_REF"), DatePrecision::Unknown);
    assert_eq!(precision_of("199"), DatePrecision::Unknown);
}

#[test]
fn clause_takes_the_nearest_expression_without_a_parse() {
    let doc = annotate(
        friday(),
        "They met on Friday in Geneva, and Washington would submit a response next week.",
    );
    let token = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).unwrap();
    let met = time_for_clause(&doc, token("met")).unwrap();
    assert_eq!(doc.slice(doc.times[met].span), "Friday");
    let submit = time_for_clause(&doc, token("submit")).unwrap();
    assert_eq!(doc.slice(doc.times[submit].span), "next week");
    let d = date_for_clause(&doc, token("submit"));
    assert_eq!(
        (d.value.as_deref(), d.precision, d.reason),
        (Some("2022-W04"), DatePrecision::Week, "time expression")
    );
}

#[test]
fn clause_follows_the_parse_when_there_is_one() {
    // "On Friday they said talks resume next week": "said" -> obl "Friday",
    // "resume" (ccomp of said) -> obl:tmod "week".
    let mut doc = Document::from_plain("On Friday they said talks resume next week.");
    doc.published = friday().map(Published::day);
    let heads: [(usize, &str); 9] = [
        (1, "case"),
        (3, "obl"),
        (3, "nsubj"),
        (usize::MAX, "root"),
        (5, "nsubj"),
        (3, "ccomp"),
        (7, "amod"),
        (3, "obl:tmod"),
        (3, "punct"),
    ];
    for (i, (h, rel)) in heads.iter().enumerate() {
        doc.tokens[i].head = if *h == usize::MAX {
            attache_core::NO_HEAD
        } else {
            *h as u32
        };
        doc.tokens[i].deprel = attache_core::Deprel::from_label(rel);
    }
    TimeNormalization::new().run(&mut doc);
    let said = time_for_clause(&doc, 3).unwrap();
    assert_eq!(doc.slice(doc.times[said].span), "Friday");
    // "resume" has no time of its own in this (deliberately odd) parse: the nearest wins
    let resume = time_for_clause(&doc, 5).unwrap();
    assert_eq!(doc.slice(doc.times[resume].span), "next week");
}

#[test]
fn event_dated_by_a_reference_falls_back_to_publication() {
    let doc = annotate(friday(), "Talks continue now.");
    let d = date_for_clause(&doc, 1);
    assert_eq!(
        (d.value.as_deref(), d.reason),
        (Some("2022-01-21"), "publication date")
    );
}

#[test]
fn event_without_expression_is_dated_by_publication() {
    let doc = annotate(friday(), "The ministers talked.");
    let d = date_for_clause(&doc, 2);
    assert_eq!(
        (d.value.as_deref(), d.precision, d.reason),
        (Some("2022-01-21"), DatePrecision::Day, "publication date")
    );
}

#[test]
fn holidays_resolve_to_their_day_by_tense() {
    // Thanksgiving 2021 fell on Nov. 25; Easter 2022 on April 17; US election day 2022 on
    // Nov. 8 (the Tuesday after the first Monday)
    assert_eq!(
        times(friday(), "Talks stalled after Thanksgiving Day."),
        pairs(&[("Thanksgiving Day", "2021-11-25")])
    );
    assert_eq!(
        times(friday(), "The ceasefire will hold until Easter."),
        pairs(&[("Easter", "2022-04-17")])
    );
    assert_eq!(
        times(friday(), "Turnout on Election Day will be high."),
        pairs(&[("Election Day", "2022-11-08")])
    );
    assert_eq!(
        times(friday(), "He spoke on New Year's Eve 2020."),
        pairs(&[("New Year's Eve 2020", "2020-12-31")])
    );
}

#[test]
fn holiday_week_is_the_iso_week_holding_the_day() {
    let published = Some(date(2000, 4, 17));
    assert_eq!(
        times(
            published,
            "Pilgrims filled the square as Easter week got under way."
        ),
        pairs(&[("Easter week", "2000-W16")])
    );
}

#[test]
fn lower_case_holiday_words_are_not_holidays() {
    assert!(times(friday(), "They ate an easter egg in christmas colours.").is_empty());
}

#[test]
fn that_year_and_that_day_refer_to_the_last_named_date() {
    assert_eq!(
        times(
            friday(),
            "The plant opened in 1988. Sales doubled later that year."
        ),
        pairs(&[("1988", "1988"), ("later that year", "1988")])
    );
    assert_eq!(
        times(
            friday(),
            "He was shot on Oct. 23, 1998. Earlier that day, police were warned."
        ),
        pairs(&[
            ("Oct. 23, 1998", "1998-10-23"),
            ("Earlier that day", "1998-10-23")
        ])
    );
}

#[test]
fn that_year_without_a_named_date_is_the_publication_year() {
    assert_eq!(
        times(friday(), "Sales doubled that year."),
        pairs(&[("that year", "2022")])
    );
}

#[test]
fn clock_time_without_a_day_falls_on_the_day_just_named() {
    assert_eq!(
        times(
            friday(),
            "The shooting happened on Oct. 23, 1998. It was 10 p.m. when police came."
        ),
        pairs(&[
            ("Oct. 23, 1998", "1998-10-23"),
            ("10 p.m.", "1998-10-23T22:00")
        ])
    );
    assert_eq!(
        times(friday(), "Police came at 10 p.m."),
        pairs(&[("10 p.m.", "2022-01-21T22:00")])
    );
}

fn october_1989() -> Option<Date> {
    Some(date(1989, 10, 26))
}

#[test]
fn year_ago_comparison_takes_the_quarter_being_reported() {
    assert_eq!(
        times(
            october_1989(),
            "Net rose in the third quarter. Sales rose from $3 million a year ago."
        ),
        pairs(&[("the third quarter", "1989-Q3"), ("a year ago", "1988-Q3")])
    );
}

#[test]
fn the_quarter_a_year_ago_is_one_expression() {
    assert_eq!(
        times(
            october_1989(),
            "Profit climbed in the third quarter. In the quarter a year ago, it made $2 million."
        ),
        pairs(&[
            ("the third quarter", "1989-Q3"),
            ("the quarter a year ago", "1988-Q3")
        ])
    );
    assert_eq!(
        times(
            october_1989(),
            "Profit climbed in the third quarter, up from the same period last year."
        ),
        pairs(&[
            ("the third quarter", "1989-Q3"),
            ("the same period last year", "1988-Q3")
        ])
    );
}

#[test]
fn last_year_after_compared_with_is_the_quarter_a_year_back() {
    assert_eq!(
        times(
            october_1989(),
            "Profit climbed in the third quarter. It made $17 million, compared with $5 million last year."
        ),
        pairs(&[("the third quarter", "1989-Q3"), ("last year", "1988-Q3")])
    );
    // without a comparison, last year is the year
    assert_eq!(
        times(
            october_1989(),
            "Net rose in the third quarter. Last year, the company moved to Ohio."
        ),
        pairs(&[("the third quarter", "1989-Q3"), ("Last year", "1988")])
    );
}

#[test]
fn a_forecast_quarter_is_not_the_one_compared_with_a_year_ago() {
    assert_eq!(
        times(
            october_1989(),
            "Losses will persist until the third quarter of 1990. Orders fell from $3 million a year ago."
        ),
        pairs(&[
            ("the third quarter of 1990", "1990-Q3"),
            ("a year ago", "1988")
        ])
    );
}

#[test]
fn the_following_month_counts_from_the_last_named_date() {
    assert_eq!(
        times(
            october_1989(),
            "The merger collapsed in March 1989. The following month, the board hired new bankers."
        ),
        pairs(&[
            ("March 1989", "1989-03"),
            ("The following month", "1989-04")
        ])
    );
    assert_eq!(
        times(
            october_1989(),
            "It was shot on Oct. 23, 1988. The same day, police were warned."
        ),
        pairs(&[
            ("Oct. 23, 1988", "1988-10-23"),
            ("The same day", "1988-10-23")
        ])
    );
}

#[test]
fn the_full_year_is_the_current_year() {
    assert_eq!(
        times(october_1989(), "It expects a loss for the full year."),
        pairs(&[("the full year", "1989")])
    );
    assert_eq!(
        times(october_1989(), "Sales for the full fiscal year 1988 rose."),
        pairs(&[("the full fiscal year 1988", "1988")])
    );
}

#[test]
fn earlier_in_the_year_is_the_current_year() {
    assert_eq!(
        times(
            october_1989(),
            "It had warned earlier in the year of losses."
        ),
        pairs(&[("earlier in the year", "1989")])
    );
}

#[test]
fn within_and_over_the_stay_outside_the_span() {
    assert_eq!(
        times(friday(), "A deal is due within 18 months."),
        pairs(&[("18 months", "P18M")])
    );
    assert_eq!(
        times(
            friday(),
            "Sales will grow over the next two years and over several years."
        ),
        pairs(&[("the next two years", "P2Y"), ("several years", "PXY")])
    );
    // before a number "over" is a hedge: more than
    assert_eq!(
        times(friday(), "The strike lasted over a week."),
        pairs(&[("over a week", "P1W")])
    );
}

#[test]
fn the_before_a_compound_modifier_belongs_to_the_noun() {
    let spans: Vec<String> = times(friday(), "The 30-day review and the third-quarter results.")
        .into_iter()
        .map(|(text, _)| text)
        .collect();
    assert_eq!(spans, ["30-day", "third-quarter"]);
}

#[test]
fn the_stays_with_a_year_back_period_noun() {
    let shown = times(
        friday(),
        "Revenue grew in the third quarter. In the year-ago period the mill lost money.",
    );
    assert_eq!(shown[1].0, "the year-ago period");
}

#[test]
fn a_year_earlier_figure_leaves_the_article_out() {
    let shown = times(friday(), "Sales rose from a year-earlier level.");
    assert_eq!(shown.first().map(|(t, _)| t.as_str()), Some("year-earlier"));
}

#[test]
fn current_fiscal_year_is_the_calendar_year() {
    assert_eq!(
        times(
            october_1989(),
            "The brewer forecasts wider margins in the current fiscal year."
        ),
        pairs(&[("the current fiscal year", "1989")])
    );
    assert_eq!(
        times(october_1989(), "Costs rose last fiscal year."),
        pairs(&[("last fiscal year", "1988")])
    );
}

/// Tags every token of `doc` with `tags` (one per token, in order).
fn tag(doc: &mut Document, tags: &[&str]) {
    assert_eq!(doc.tokens.len(), tags.len(), "one tag per token");
    for (t, x) in doc.tokens.iter_mut().zip(tags) {
        t.xpos = attache_core::Xpos::from_label(x);
    }
}

#[test]
fn tagged_tense_reads_past_verbs_and_planning_verbs() {
    // published on a Friday: a past-tense Monday is this week's, a planned one next week's
    let mut past = Document::from_plain("Talks resumed Monday .");
    tag(&mut past, &["NNS", "VBD", "NNP", "."]);
    past.published = friday().map(Published::day);
    TimeNormalization::new().run(&mut past);
    assert_eq!(past.times[0].value.as_deref(), Some("2022-01-17"));

    let mut planned = Document::from_plain("Talks are planned for Monday .");
    tag(&mut planned, &["NNS", "VBP", "VBN", "IN", "NNP", "."]);
    planned.published = friday().map(Published::day);
    TimeNormalization::new().run(&mut planned);
    assert_eq!(planned.times[0].value.as_deref(), Some("2022-01-24"));
}

#[test]
fn a_tagged_participle_after_a_determiner_is_no_past_cue() {
    // "the shattered city": an adjective, so the modal before it dates Saturday ahead
    let mut ahead =
        Document::from_plain("Both sides will sign the accord in the shattered city on Saturday .");
    tag(
        &mut ahead,
        &[
            "DT", "NNS", "MD", "VB", "DT", "NN", "IN", "DT", "VBN", "NN", "IN", "NNP", ".",
        ],
    );
    ahead.published = friday().map(Published::day);
    TimeNormalization::new().run(&mut ahead);
    assert_eq!(ahead.times[0].value.as_deref(), Some("2022-01-22"));
    // the same word as the clause's past verb still looks back
    let mut past = Document::from_plain("Shelling shattered the city on Saturday .");
    tag(&mut past, &["NN", "VBD", "DT", "NN", "IN", "NNP", "."]);
    past.published = friday().map(Published::day);
    TimeNormalization::new().run(&mut past);
    assert_eq!(past.times[0].value.as_deref(), Some("2022-01-15"));
}

#[test]
fn a_period_starting_after_a_past_reporting_verb_looks_ahead() {
    // the report is dated; the period it announces starts later (published on a Friday)
    assert_eq!(
        times(
            friday(),
            "The port authority announced a two-week closure starting on Monday."
        ),
        pairs(&[("two-week", "P2W"), ("Monday", "2022-01-24")])
    );
    assert_eq!(
        times(
            friday(),
            "Officials said the new tolls apply for a month beginning Sunday."
        ),
        pairs(&[("a month", "P1M"), ("Sunday", "2022-01-23")])
    );
    assert_eq!(
        times(
            friday(),
            "The ministry said the levy is effective from Tuesday."
        ),
        pairs(&[("Tuesday", "2022-01-25")])
    );
    // after an apposition too
    assert_eq!(
        times(
            friday(),
            "The agency said a curfew in Tessaoua, the largest town of the district, holds for a week starting on Sunday."
        ),
        pairs(&[("a week", "P1W"), ("Sunday", "2022-01-23")])
    );
}

#[test]
fn a_period_starting_in_a_past_clause_stays_past() {
    // a past verb that is no report keeps the clause's tense
    assert_eq!(
        times(
            friday(),
            "The blockade lasted for three days starting on Monday."
        ),
        pairs(&[("three days", "P3D"), ("Monday", "2022-01-17")])
    );
    assert_eq!(
        times(
            friday(),
            "The rallies, starting on Sunday, drew large crowds."
        ),
        pairs(&[("Sunday", "2022-01-16")])
    );
    // no onset word before the weekday: the report's past decides as before
    assert_eq!(
        times(friday(), "The ministry said the levy rose on Tuesday."),
        pairs(&[("Tuesday", "2022-01-18")])
    );
}

#[test]
fn second_day_of_a_range_takes_the_first_days_month() {
    let published = Some(date(1999, 2, 10));
    assert_eq!(
        times(published, "The summit will be held on June 9 and 10."),
        pairs(&[("June 9", "1999-06-09"), ("10", "1999-06-10")])
    );
    assert_eq!(
        times(published, "Talks ran Jan. 14-16."),
        pairs(&[("Jan. 14", "1999-01-14"), ("16", "1999-01-16")])
    );
    // a count after the date is no day
    assert_eq!(
        times(published, "On June 9 and 10 percent of voters stayed home."),
        pairs(&[("June 9", "1998-06-09")])
    );
}

#[test]
fn until_looks_ahead_unless_the_clause_is_past() {
    assert_eq!(
        times(friday(), "The relatives have until Tuesday."),
        pairs(&[("Tuesday", "2022-01-25")])
    );
    assert_eq!(
        times(friday(), "The office stayed closed until Tuesday."),
        pairs(&[("Tuesday", "2022-01-18")])
    );
}

#[test]
fn a_finite_verb_outweighs_an_infinitive_in_the_same_phrase() {
    // "to death", "to mark" are no future: the past verb before them rules
    assert_eq!(
        times(
            Some(date(1999, 5, 5)),
            "The farmer was beaten to death in his barn on Oct. 23."
        ),
        pairs(&[("Oct. 23", "1998-10-23")])
    );
    assert_eq!(
        times(
            Some(date(1999, 3, 13)),
            "The ministry held concerts to celebrate the new charter on Friday."
        ),
        pairs(&[("Friday", "1999-03-12")])
    );
    // across a comma the infinitive stays: "..., set to resume Monday"
    assert_eq!(
        times(
            Some(date(1998, 3, 22)),
            "Hardliners rejected the ceasefire talks, set to restart Monday in Tarvik."
        ),
        pairs(&[("Monday", "1998-03-23")])
    );
}

#[test]
fn a_month_eleven_months_back_is_read_as_the_coming_one() {
    let october = Some(date(1989, 10, 30));
    assert_eq!(
        times(
            october,
            "The government gave the bidder until mid-November."
        ),
        pairs(&[("mid-November", "1989-11")])
    );
    // ten months back is still the past reading
    assert_eq!(
        times(october, "The company changed its fiscal year in December."),
        pairs(&[("December", "1988-12")])
    );
}

#[test]
fn agreed_is_a_past_verb_and_effective_looks_ahead() {
    let october = Some(date(1989, 10, 26));
    assert_eq!(
        times(
            october,
            "Lindqvist Savings agreed in June to acquire Harbor Trust."
        ),
        pairs(&[("June", "1989-06")])
    );
    assert_eq!(
        times(october, "The bank created a new office, effective Feb. 1."),
        pairs(&[("Feb. 1", "1990-02-01")])
    );
}

#[test]
fn a_modal_before_have_looks_back() {
    assert_eq!(
        times(
            Some(date(1989, 10, 27)),
            "Worry about rates may have driven the slide on Wednesday."
        ),
        pairs(&[("Wednesday", "1989-10-25")])
    );
}

#[test]
fn the_year_ended_is_a_fiscal_year_and_for_the_year_the_current_one() {
    let november = Some(date(1989, 11, 2));
    assert_eq!(
        times(
            november,
            "Turnover reached $41 million for the year ended June 30."
        ),
        pairs(&[("the year", "P1Y"), ("June 30", "1989-06-30")])
    );
    assert_eq!(
        times(november, "For the year, volume was flat."),
        pairs(&[("the year", "1989")])
    );
    // "the year before" is not the current year but the one before the date the text is
    // about (here publication)
    assert_eq!(
        times(november, "Sales fell from the year before."),
        pairs(&[("the year before", "1988")])
    );
}

#[test]
fn a_month_with_this_or_last_year_takes_that_year() {
    let february = Some(date(1998, 2, 19));
    assert_eq!(
        times(february, "In June last year, talks broke down."),
        pairs(&[("June last year", "1997-06")])
    );
    assert_eq!(
        times(february, "It began in January this year."),
        pairs(&[("January this year", "1998-01")])
    );
}

#[test]
fn decades_and_weeks_ago_follow_timebank_granularity() {
    let published = Some(date(2000, 1, 6));
    assert_eq!(
        times(
            published,
            "Joblessness is at its lowest in almost two decades."
        ),
        pairs(&[("almost two decades", "P20Y")])
    );
    assert_eq!(
        times(published, "They tried to cross six weeks ago."),
        pairs(&[("six weeks ago", "1999-W47")])
    );
    assert_eq!(
        times(
            Some(date(1991, 2, 25)),
            "Only a week or so ago, the envoy resigned."
        ),
        pairs(&[("a week or so ago", "1991-02-18")])
    );
}

#[test]
fn the_week_of_a_day_the_last_half_and_a_season_of_a_year() {
    let published = Some(date(2000, 2, 24));
    assert_eq!(
        times(published, "A trial is scheduled for the week of March 13."),
        pairs(&[("the week of March 13", "2000-W11")])
    );
    assert_eq!(
        times(published, "Exports will recover in the last half of 1990."),
        pairs(&[("the last half of 1990", "1990-H2")])
    );
    assert_eq!(
        times(published, "Prices fell in the winter of 1994."),
        pairs(&[("the winter of 1994", "1994-WI")])
    );
}

#[test]
fn the_plan_is_a_noun_and_been_a_past_cue() {
    let october = Some(date(1989, 10, 27));
    assert_eq!(
        times(october, "The utility unveiled the plan Aug. 14."),
        pairs(&[("Aug. 14", "1989-08-14")])
    );
    assert_eq!(
        times(
            Some(date(1999, 5, 6)),
            "Detectives have been looking for the gunman since the Oct. 23 robbery."
        ),
        pairs(&[("Oct. 23", "1998-10-23")])
    );
}

#[test]
fn fractions_of_units_are_written_out() {
    let published = Some(date(1998, 2, 27));
    assert_eq!(
        times(published, "She spent 2 1/2 years in exile."),
        pairs(&[("2 1/2 years", "P2Y6M")])
    );
    assert_eq!(
        times(published, "The envoy waited about 3 1/2 hours in Lusaka."),
        pairs(&[("about 3 1/2 hours", "PT3H30M")])
    );
    assert_eq!(
        times(published, "The sirens stopped an hour and a half later."),
        pairs(&[("an hour and a half", "PT1H30M")])
    );
}

#[test]
fn one_day_after_a_modal_is_the_future() {
    assert_eq!(
        times(
            friday(),
            "Engineers hope the canal will one day carry ocean ships."
        ),
        pairs(&[("one day", "FUTURE_REF")])
    );
    assert_eq!(
        times(friday(), "The talks lasted one day."),
        pairs(&[("one day", "P1D")])
    );
}

#[test]
fn a_part_of_the_day_before_yesterday_stays_in_the_span() {
    assert_eq!(
        times(
            Some(date(1989, 10, 27)),
            "A spokeswoman couldn't be reached late yesterday."
        ),
        pairs(&[("late yesterday", "1989-10-26")])
    );
}

#[test]
fn the_quarter_a_story_reports_on_is_the_one_named_first_not_a_passing_one() {
    let published = Some(date(1989, 11, 1));
    let found = times(
        published,
        "Halvorsen Paper reported an 11% rise in third-quarter profit. After a weak second \
         quarter, the mill credited its packaging unit. In the 1989 period, debt costs were \
         smaller than a year ago.",
    );
    assert_eq!(
        found,
        pairs(&[
            ("third-quarter", "1989-Q3"),
            ("second quarter", "1989-Q2"),
            ("the 1989 period", "1989-Q3"),
            ("a year ago", "1988-Q3"),
        ])
    );
    // a historical quarter is no topic: "a year ago" follows the recent one
    let found = times(
        Some(date(1989, 10, 27)),
        "Margins were the thinnest since the third quarter of 1982. Orwell Gas posted \
         third-quarter earnings of $31 million, against $29 million a year ago.",
    );
    assert_eq!(
        found.last(),
        Some(&("a year ago".to_string(), "1988-Q3".to_string()))
    );
}

#[test]
fn a_bracketed_conversion_does_not_hide_the_day_of_a_clock_time() {
    assert_eq!(
        times(
            Some(date(1998, 8, 8)),
            "The explosion came at about 9:50 a.m. (0650 GMT) Friday."
        ),
        pairs(&[("9:50 a.m.", "1998-08-07T09:50"), ("Friday", "1998-08-07")])
    );
}

#[test]
fn the_last_half_of_a_decade_is_the_decade() {
    assert_eq!(
        times(
            Some(date(1989, 10, 26)),
            "Rents echo the pattern of the last half of the '70s."
        ),
        pairs(&[("the last half of the '70s", "197")])
    );
}

#[test]
fn a_number_after_a_name_is_no_year() {
    let published = Some(date(1998, 4, 18));
    assert!(times(
        published,
        "They formed a fund called Atlas 1975, buying bonds."
    )
    .is_empty());
    // a year at the start of a sentence or after a preposition stays one
    assert_eq!(
        times(published, "In 1975, he sailed. He sailed in 1975."),
        pairs(&[("1975", "1975"), ("1975", "1975")])
    );
}

#[test]
fn the_near_term_is_the_future_but_a_long_term_plan_is_no_time() {
    assert_eq!(
        times(friday(), "Prices will stay weak in the near term."),
        pairs(&[("the near term", "FUTURE_REF")])
    );
    assert!(times(friday(), "They discussed the long-term consequences.").is_empty());
}

#[test]
fn an_age_is_no_duration() {
    assert!(times(friday(), "Marek was elected when he was 41 years old.").is_empty());
    assert!(times(friday(), "A 6-year-old boy was found.").is_empty());
}

#[test]
fn titles_and_names_with_time_words_are_no_times() {
    let published = Some(date(1991, 2, 25));
    assert!(times(
        published,
        "Ruiz, appearing on the channel's \"This Week,\" said so."
    )
    .is_empty());
    assert!(times(published, "Thousands joined the March for Peace downtown.").is_empty());
    assert!(times(published, "She led the March of the Silent Widows.").is_empty());
    assert_eq!(
        times(
            published,
            "This week the talks resume, as they did in March of 1990."
        ),
        pairs(&[("This week", "1991-W09"), ("March of 1990", "1990-03")])
    );
}

#[test]
fn the_reported_quarter_stays_the_reference_for_eight_sentences() {
    let found = times(
        Some(date(1989, 10, 26)),
        "Carver Steel's third-quarter profit fell. Orders slipped. Costs rose. Coil prices fell. \
         Demand weakened. Brokers were wary. In the year-ago period, Carver Steel earned \
         $58.2 million.",
    );
    assert_eq!(
        found.last(),
        Some(&("the year-ago period".to_string(), "1988-Q3".to_string()))
    );
}

#[test]
fn verbs_of_deferral_make_until_and_through_look_ahead() {
    let thursday = Some(date(2000, 3, 30));
    assert_eq!(
        times(
            thursday,
            "The council delayed until Monday evening any vote on the budget."
        ),
        pairs(&[("Monday evening", "2000-04-03TEV")])
    );
    let monday = Some(date(1989, 10, 30));
    assert_eq!(
        times(
            monday,
            "Creditors have extended the credit lines through January."
        ),
        pairs(&[("January", "1990-01")])
    );
    // without a verb of deferral a past clause still looks back
    assert_eq!(
        times(monday, "The walkout continued through January."),
        pairs(&[("January", "1989-01")])
    );
}

#[test]
fn pluperfect_plans_lie_in_the_past() {
    let monday = Some(date(1989, 10, 30));
    assert_eq!(
        times(
            monday,
            "The tender had been scheduled to close Friday evening."
        ),
        pairs(&[("Friday evening", "1989-10-27TEV")])
    );
    assert_eq!(
        times(monday, "The tender is scheduled to close Friday evening."),
        pairs(&[("Friday evening", "1989-11-03TEV")])
    );
}

#[test]
fn planned_as_adjective_or_plans_as_noun_give_no_future_cue() {
    let monday = Some(date(1998, 8, 17));
    assert_eq!(
        times(
            monday,
            "On Friday, the envoy put aside holiday plans for a hastily planned visit."
        ),
        pairs(&[("Friday", "1998-08-14")])
    );
    let tuesday = Some(date(1991, 2, 26));
    assert_eq!(
        times(
            tuesday,
            "The general let the assault start as planned Saturday night."
        ),
        pairs(&[("Saturday night", "1991-02-23TNI")])
    );
}

#[test]
fn an_infinitive_yields_to_the_finite_verb_right_after_the_expression() {
    let saturday = Some(date(1999, 3, 13));
    assert_eq!(
        times(
            saturday,
            "Among the states to sign on Friday were Norway and Chile."
        ),
        pairs(&[("Friday", "1999-03-12")])
    );
    // a comma closes the phrase: the infinitive still looks ahead
    assert_eq!(
        times(saturday, "The ceasefire, set to begin Monday, was agreed."),
        pairs(&[("Monday", "1999-03-15")])
    );
}

#[test]
fn the_next_day_counts_from_the_last_named_day() {
    let thursday = Some(date(2000, 2, 24));
    assert_eq!(
        times(
            thursday,
            "They met on Jan. 3 and talked again the next day."
        ),
        pairs(&[("Jan. 3", "2000-01-03"), ("the next day", "2000-01-04")])
    );
    assert_eq!(
        times(
            thursday,
            "She was detained on Feb. 20 and was freed the next morning."
        ),
        pairs(&[
            ("Feb. 20", "2000-02-20"),
            ("the next morning", "2000-02-21TMO")
        ])
    );
}

#[test]
fn a_season_in_a_future_clause_is_the_next_one() {
    let january = Some(date(2024, 1, 10));
    assert_eq!(
        times(
            january,
            "The government plans to hold a referendum in the spring."
        ),
        pairs(&[("the spring", "2024-SP")])
    );
    let july = Some(date(2023, 7, 10));
    assert_eq!(
        times(july, "The government will hold a referendum in the spring."),
        pairs(&[("the spring", "2024-SP")])
    );
    assert_eq!(
        times(july, "The government held a referendum in the spring."),
        pairs(&[("the spring", "2023-SP")])
    );
}

#[test]
fn a_clock_time_takes_the_day_after_on() {
    let thursday = Some(date(2019, 9, 19));
    assert_eq!(
        times(thursday, "The deal was reached at 3 a.m. on Wednesday."),
        pairs(&[("3 a.m.", "2019-09-18T03:00"), ("Wednesday", "2019-09-18")])
    );
}

#[test]
fn names_and_idioms_are_not_times() {
    let friday = Some(date(1999, 3, 12));
    let text =
        "The bar was named after the film High Noon. For the league, high noon arrives today. \
                This is KDX Today. He said so on WKR's 60 Minutes. The last-minute effort \
                failed. Quarter-to-quarter growth slowed.";
    assert_eq!(times(friday, text), pairs(&[("today", "1999-03-12")]));
    // the same words as times
    assert_eq!(
        times(
            friday,
            "Co. Recently, talks lasted 60 minutes and ended at noon."
        ),
        pairs(&[
            ("Recently", "PAST_REF"),
            ("60 minutes", "PT60M"),
            ("noon", "1999-03-12T12:00")
        ])
    );
}

#[test]
fn the_past_decade_is_the_ten_years_up_to_now() {
    let sunday = Some(date(1998, 10, 25));
    assert_eq!(
        times(sunday, "Floods have grown common over the past decade."),
        pairs(&[("the past decade", "P10Y")])
    );
    assert_eq!(
        times(sunday, "A decade ago the clinic was quiet."),
        pairs(&[("A decade ago", "1988")])
    );
}

#[test]
fn the_past_before_a_count_is_not_past_ref() {
    let sunday = Some(date(1998, 3, 22));
    assert!(times(sunday, "Fires raged during the past three summers.").is_empty());
}

#[test]
fn an_infinitive_after_a_word_of_commitment_looks_ahead() {
    let thursday = Some(date(1989, 11, 2));
    assert_eq!(
        times(
            thursday,
            "The utility signed an agreement to build the plant in January."
        ),
        pairs(&[("January", "1990-01")])
    );
    assert_eq!(
        times(
            thursday,
            "Norvik agreed to sell its ferry line for $9 million in February."
        ),
        pairs(&[("February", "1990-02")])
    );
    // a purpose infinitive after a past verb still looks back
    assert_eq!(
        times(
            thursday,
            "Students held marches to honor the anniversary in February."
        ),
        pairs(&[("February", "1989-02")])
    );
}

#[test]
fn by_a_day_in_a_pluperfect_clause_looks_back() {
    let thursday = Some(date(1990, 8, 16));
    assert_eq!(
        times(
            thursday,
            "Thirty-two members had filed reports by Wednesday."
        ),
        pairs(&[("Wednesday", "1990-08-15")])
    );
    assert_eq!(
        times(
            thursday,
            "The bond issue, which had been expected, repays the debt by Wednesday."
        ),
        pairs(&[("Wednesday", "1990-08-22")])
    );
}

#[test]
fn the_day_before_or_after_a_named_day() {
    let thursday = Some(date(2021, 2, 25));
    assert_eq!(
        times(
            thursday,
            "The day before last Monday's ballot, the envoy left Lima."
        ),
        pairs(&[("The day before last Monday", "2021-02-21")])
    );
}

#[test]
fn two_quarters_of_a_year_are_a_half_and_a_quarter_ending_mid_quarter_is_its_middle_month() {
    let thursday = Some(date(1989, 10, 26));
    assert_eq!(
        times(
            thursday,
            "Deficits will persist in the first two quarters of 1991."
        ),
        pairs(&[("the first two quarters of 1991", "1991-H1")])
    );
    assert_eq!(
        times(
            thursday,
            "For the quarter ended Aug. 31, Brennick Tools posted a loss."
        ),
        pairs(&[("the quarter", "1989-Q3"), ("Aug. 31", "1989-08-31")])
    );
}

#[test]
fn an_hour_with_a_part_of_day_is_a_clock_time() {
    let wednesday = Some(date(2000, 4, 5));
    assert_eq!(
        times(
            wednesday,
            "The convoy will leave at 5 in the morning (around 5 a.m. EDT on Thursday, army time), a spokesman said."
        ),
        pairs(&[
            ("5 in the morning", "2000-04-06T05:00"),
            ("5 a.m. EDT", "2000-04-06T05:00"),
            ("Thursday", "2000-04-06")
        ])
    );
    assert_eq!(
        times(wednesday, "They spoke until 9 in the evening."),
        pairs(&[("9 in the evening", "2000-04-05T21:00")])
    );
    // a count before "in the morning" is no clock time
    assert!(times(wednesday, "They had 4 in the morning session.").is_empty());
}

#[test]
fn a_year_ago_compares_with_the_quarter_named_first_in_its_sentence() {
    let thursday = Some(date(1989, 10, 26));
    let text = "Norfield Air had a record fiscal first quarter. The fiscal first quarter \
                was busy. For the quarter ended Sept. 30, Norfield Air earned \
                $48 million, against $39 million a year earlier.";
    let found = times(thursday, text);
    assert_eq!(
        found.last(),
        Some(&("a year earlier".to_string(), "1988-Q3".to_string()))
    );
}

#[test]
fn a_month_with_a_spelled_ordinal_day_and_a_weekday_before_it_are_one_date() {
    let thursday = Some(date(1998, 3, 5));
    assert_eq!(
        times(
            thursday,
            "The harvest fair opens this coming Saturday, March seventh."
        ),
        pairs(&[("this coming Saturday, March seventh", "1998-03-07")])
    );
    assert_eq!(
        times(
            thursday,
            "They met last Friday, Feb. 27, and vote on May first."
        ),
        pairs(&[
            ("last Friday, Feb. 27", "1998-02-27"),
            ("May first", "1998-05-01")
        ])
    );
    // an ordinal that counts a quarter is not a day
    assert_eq!(
        times(thursday, "In September third-quarter profits fell."),
        pairs(&[("September", "1997-09"), ("third-quarter", "1997-Q3")])
    );
}

#[test]
fn a_quarter_ended_in_january_is_the_previous_years_fourth_quarter() {
    let published = Some(date(2015, 2, 24));
    assert_eq!(
        times(
            published,
            "Earnings for the quarter ended Jan. 31, 2015, beat forecasts."
        ),
        pairs(&[("the quarter", "2014-Q4"), ("Jan. 31, 2015", "2015-01-31")])
    );
    // a quarter ended in another month keeps the year of its end
    assert_eq!(
        times(
            published,
            "Earnings for the quarter ended Nov. 30, 2014, beat forecasts."
        ),
        pairs(&[("the quarter", "2014-Q4"), ("Nov. 30, 2014", "2014-11-30")])
    );
}

#[test]
fn a_spelled_ordinal_after_a_month_is_a_day_only_at_the_end_of_a_phrase_and_not_after_a_name() {
    let published = Some(date(2017, 5, 10));
    assert_eq!(
        times(
            published,
            "Theresa May first announced the election in April."
        ),
        pairs(&[("April", "2017-04")])
    );
    assert!(times(published, "Macron won the May second round easily.")
        .iter()
        .all(|(_, value)| value != "2017-05-02"));
    // the ordinal before punctuation or a year is a day
    assert_eq!(
        times(published, "The count ends on June fourth, 2017, at dusk."),
        pairs(&[("June fourth, 2017", "2017-06-04")])
    );
    assert_eq!(
        times(published, "Ballots were mailed on April third."),
        pairs(&[("April third", "2017-04-03")])
    );
}

#[test]
fn a_pluperfect_or_intransitive_clause_keeps_its_tense_before_until_or_through() {
    let monday = Some(date(2022, 3, 7));
    assert_eq!(
        times(monday, "Protests extended through Sunday, police said."),
        pairs(&[("Sunday", "2022-03-06")])
    );
    let thursday = Some(date(2000, 2, 24));
    assert_eq!(
        times(
            thursday,
            "The talks, which had been delayed until Friday, ended without a deal."
        ),
        pairs(&[("Friday", "2000-02-18")])
    );
    // a passive or an object still pushes the thing later
    assert_eq!(
        times(monday, "The curfew was extended through Sunday."),
        pairs(&[("Sunday", "2022-03-13")])
    );
    assert_eq!(
        times(
            monday,
            "The mayor delayed until Friday any ruling on the permit."
        ),
        pairs(&[("Friday", "2022-03-11")])
    );
}

#[test]
fn only_words_of_promise_make_an_infinitive_look_ahead_even_for_a_weekday_after_a_past_one() {
    let saturday = Some(date(2022, 2, 26));
    assert_eq!(
        times(
            saturday,
            "Russia decided to invade on Thursday, officials said."
        ),
        pairs(&[("Thursday", "2022-02-24")])
    );
    // what is vowed lies ahead of the vow, a weekday too
    assert_eq!(
        times(
            saturday,
            "The rebels vowed to strike on Tuesday, a spokesman said."
        ),
        pairs(&[("Tuesday", "2022-03-01")])
    );
    // a month after a promise still lies ahead
    assert_eq!(
        times(saturday, "The firm agreed to sell its ferry line in March."),
        pairs(&[("March", "2022-03")])
    );
}

#[test]
fn today_after_a_title_case_word_is_a_headline_time_and_after_an_acronym_a_name() {
    let friday = Some(date(2022, 1, 21));
    assert_eq!(
        times(friday, "Senate Votes Today On Budget Deal"),
        pairs(&[("Today", "2022-01-21")])
    );
    assert!(times(friday, "She spoke to NBC Today about it.").is_empty());
}

#[test]
fn twelve_at_night_is_the_end_of_the_day() {
    let friday = Some(date(2022, 1, 21));
    assert_eq!(
        times(friday, "The polls stay open until 12 at night."),
        pairs(&[("12 at night", "2022-01-21T24:00")])
    );
    assert_eq!(
        times(friday, "The polls stay open until 11 at night."),
        pairs(&[("11 at night", "2022-01-21T23:00")])
    );
}

#[test]
fn several_quarters_of_losses_is_a_period_but_three_quarters_of_the_vote_a_fraction() {
    assert_eq!(
        times(
            friday(),
            "The airline returned to profit after several quarters of losses."
        ),
        pairs(&[("several quarters", "PXQ")])
    );
    assert_eq!(
        times(friday(), "The economy shrank for two quarters of decline."),
        pairs(&[("two quarters", "P2Q")])
    );
    assert!(times(friday(), "He won three quarters of the vote.").is_empty());
    assert!(times(friday(), "Three-quarters of them stayed home.").is_empty());
}

#[test]
fn the_fiscal_year_alone_is_the_current_year() {
    assert_eq!(
        times(
            friday(),
            "The miner expects lower earnings for the fiscal year."
        ),
        pairs(&[("the fiscal year", "2022")])
    );
    // a fiscal year that ended is a length, as before
    assert_eq!(
        times(friday(), "In the fiscal year ended June 30, sales rose."),
        pairs(&[("the fiscal year", "P1Y"), ("June 30", "2021-06-30")])
    );
}

#[test]
fn over_the_years_is_some_years_but_the_weeks_before_a_killing_is_no_length() {
    assert_eq!(
        times(friday(), "Over the years the port has changed hands twice."),
        pairs(&[("the years", "PXY")])
    );
    assert_eq!(
        times(
            friday(),
            "In the months that followed, the rebels regrouped."
        ),
        pairs(&[("the months", "PXM")])
    );
    assert!(times(
        friday(),
        "Witnesses recall a grey van near the depot in the weeks before the blast."
    )
    .is_empty());
    assert!(times(friday(), "The years of war left the city in ruins.").is_empty());
}

#[test]
fn a_long_compound_is_a_length_without_the_article() {
    assert_eq!(
        times(friday(), "Talks ended a day-long meeting in Doha."),
        pairs(&[("day-long", "P1D")])
    );
    assert_eq!(
        times(
            friday(),
            "The decades-long dispute over the border flared again."
        ),
        pairs(&[("decades-long", "PXY")])
    );
    assert_eq!(
        times(friday(), "Dockers called off a two-week-long strike."),
        pairs(&[("two-week-long", "P2W")])
    );
}

#[test]
fn for_a_while_is_a_length_of_unknown_unit() {
    assert_eq!(
        times(friday(), "The border will stay closed for a while."),
        pairs(&[("a while", "PXX")])
    );
    // only "for a while" is a length: not "a while ago", "in a while", "after a while"
    for text in [
        "A while ago the mayor resigned.",
        "The mayor will answer in a while.",
        "After a while the crowd went home.",
        "Keep the while loop short.",
    ] {
        let found = times(friday(), text);
        assert!(!found.iter().any(|(_, v)| v == "PXX"), "{text}: {found:?}");
    }
}

#[test]
fn a_set_word_before_a_name_is_a_newspaper() {
    assert!(times(friday(), "The party daily Zorya printed the speech.").is_empty());
    assert!(times(friday(), "The weekly Der Spiegel broke the story.").is_empty());
    // a common noun between the word and the name: still the publication
    assert!(times(friday(), "The daily newspaper Zorya reported the deal.").is_empty());
    assert!(times(friday(), "She writes for the weekly magazine Kolo.").is_empty());
    // a noun naming a measured quantity: the period it is counted over, no routine
    assert!(times(friday(), "The daily average fell.").is_empty());
    assert!(times(friday(), "Fishers exceeded their weekly quota.").is_empty());
    // while a rhythm before a preposition and a name, or a noun and a place, stays one
    assert_eq!(
        times(friday(), "Rallies are held annually for Kestrel, the poet."),
        pairs(&[("annually", "P1Y")])
    );
    assert_eq!(
        times(friday(), "Crowds held a daily vigil in the square."),
        pairs(&[("daily", "P1D")])
    );
    assert_eq!(
        times(friday(), "Protesters gather daily outside the court."),
        pairs(&[("daily", "P1D")])
    );
}

#[test]
fn the_next_couple_of_years_counts_two() {
    assert_eq!(
        times(
            friday(),
            "Over the next couple of years the fleet will double."
        ),
        pairs(&[("the next couple of years", "P2Y")])
    );
    assert!(times(friday(), "A couple said they had left.").is_empty());
}

#[test]
fn the_nth_day_after_a_present_copula_is_the_publication_day() {
    assert_eq!(
        times(
            friday(),
            "Today is the ninth day of the walkout at the mill."
        ),
        pairs(&[("Today", "2022-01-21"), ("the ninth day", "2022-01-21")])
    );
    assert_eq!(
        times(friday(), "It's the second week of the strike."),
        pairs(&[("the second week", "2022-W03")])
    );
    // a past copula or no copula: no date of publication
    assert!(times(
        friday(),
        "For the bakers, it was the fourth week of the lockout."
    )
    .is_empty());
    assert!(times(friday(), "The first day of school went well.").is_empty());
}

#[test]
fn in_the_afternoon_is_a_part_of_the_day_the_text_is_about() {
    assert_eq!(
        times(
            friday(),
            "The protest began at 9 a.m. and ended in the afternoon."
        ),
        pairs(&[
            ("9 a.m.", "2022-01-21T09:00"),
            ("the afternoon", "2022-01-21TAF")
        ])
    );
    assert_eq!(
        times(
            friday(),
            "Markets fell on Wednesday. Dealers sold heavily in the morning."
        ),
        pairs(&[
            ("Wednesday", "2022-01-19"),
            ("the morning", "2022-01-19TMO")
        ])
    );
    // a modifier or "of" after the part of day: not a part of this day
    assert!(times(friday(), "He appeared in the evening news.").is_empty());
}

#[test]
fn the_previous_weekday_counts_from_the_day_the_story_is_about() {
    assert_eq!(
        times(
            friday(),
            "Copper ended lower on Monday, 3% under its price of the previous Friday."
        ),
        pairs(&[
            ("Monday", "2022-01-17"),
            ("the previous Friday", "2022-01-14")
        ])
    );
    assert_eq!(
        times(
            friday(),
            "The vote was held on Jan. 5; the following Monday the cabinet quit."
        ),
        pairs(&[
            ("Jan. 5", "2022-01-05"),
            ("the following Monday", "2022-01-10")
        ])
    );
    // no day named: from publication
    assert_eq!(
        times(friday(), "Prices were lower than the previous Friday."),
        pairs(&[("the previous Friday", "2022-01-14")])
    );
}

#[test]
fn every_other_week_and_weekdays_in_the_plural_are_sets() {
    assert_eq!(
        times(friday(), "The board meets every other week."),
        pairs(&[("every other week", "P2W")])
    );
    assert_eq!(
        times(friday(), "The market is closed on Sundays."),
        pairs(&[("Sundays", "XXXX-WXX-7")])
    );
    // a name, not a set
    assert!(times(friday(), "TGI Fridays opened a branch.").is_empty());
}

#[test]
fn quarter_half_and_fiscal_year_codes_are_periods_but_a_car_is_not() {
    assert_eq!(
        times(friday(), "Revenue fell in Q3 2021 and rose in H1 2022."),
        pairs(&[("Q3 2021", "2021-Q3"), ("H1 2022", "2022-H1")])
    );
    assert_eq!(
        times(friday(), "Output rose 4% in FY2021."),
        pairs(&[("FY2021", "2021")])
    );
    assert_eq!(
        times(friday(), "Sales slowed in Q4, the company said."),
        pairs(&[("Q4", "2021-Q4")])
    );
    assert!(times(friday(), "He drove the Audi Q3 to the border.").is_empty());
}

#[test]
fn the_day_after_tomorrow_is_two_days_ahead() {
    assert_eq!(
        times(friday(), "The vote is the day after tomorrow."),
        pairs(&[("the day after tomorrow", "2022-01-23")])
    );
    assert_eq!(
        times(friday(), "He left the day before yesterday."),
        pairs(&[("the day before yesterday", "2022-01-19")])
    );
}

#[test]
fn narrative_units_count_from_the_date_the_story_named() {
    let story = "On Jan. 3, troops entered the city. That night, shelling began. \
                 The next week, talks opened.";
    assert_eq!(
        times(friday(), story),
        pairs(&[
            ("Jan. 3", "2022-01-03"),
            ("That night", "2022-01-03TNI"),
            ("The next week", "2022-W02"),
        ])
    );
    assert_eq!(
        times(
            friday(),
            "In 2019, the war began. The previous year, talks had failed."
        ),
        pairs(&[("2019", "2019"), ("The previous year", "2018")])
    );
    assert_eq!(
        times(
            friday(),
            "On Jan. 3, troops entered the city. The day before, he fled."
        ),
        pairs(&[("Jan. 3", "2022-01-03"), ("The day before", "2022-01-02")])
    );
    // an event after "before" is no date; "over the next year" counts from publication
    assert!(times(friday(), "He voted the day before the election.").is_empty());
    assert_eq!(
        times(
            friday(),
            "On Jan. 3, troops entered. The plant will close over the next year or so."
        ),
        pairs(&[("Jan. 3", "2022-01-03"), ("the next year", "2023")])
    );
}

#[test]
fn the_most_recent_quarter_is_the_latest_one() {
    let october = Some(date(1989, 10, 30));
    assert_eq!(
        times(october, "Sales in the most recent quarter fell 5%."),
        pairs(&[("the most recent quarter", "1989-Q3")])
    );
}

#[test]
fn n_and_a_half_units_keep_the_half() {
    assert_eq!(
        times(friday(), "The war lasted four and a half years."),
        pairs(&[("four and a half years", "P4Y6M")])
    );
    assert_eq!(
        times(friday(), "Fighting raged for a week and a half."),
        pairs(&[("a week and a half", "P10DT12H")])
    );
}

#[test]
fn every_morning_is_a_set_of_parts_of_days() {
    assert_eq!(
        times(friday(), "Each morning, guards check the gate."),
        pairs(&[("Each morning", "XXXX-XX-XXTMO")])
    );
    assert_eq!(
        times(friday(), "Shelling resumes every night."),
        pairs(&[("every night", "XXXX-XX-XXTNI")])
    );
}

#[test]
fn halves_and_quarters_of_next_or_last_year_take_that_year() {
    assert_eq!(
        times(
            friday(),
            "Growth will pick up in the second half of next year."
        ),
        pairs(&[("the second half of next year", "2023-H2")])
    );
    assert_eq!(
        times(friday(), "Sales fell in the third quarter of last year."),
        pairs(&[("the third quarter of last year", "2021-Q3")])
    );
}

#[test]
fn a_clock_time_on_an_inherited_day_does_not_carry_that_day_on() {
    // "noon" is on the Tuesday just named; "8 p.m." two sentences later is not
    assert_eq!(
        times(
            friday(),
            "The deal was signed on Tuesday. The attack came before noon. Voting ends at 8 p.m."
        ),
        pairs(&[
            ("Tuesday", "2022-01-18"),
            ("noon", "2022-01-18T12:00"),
            ("8 p.m.", "2022-01-21T20:00"),
        ])
    );
}

#[test]
fn the_foreseeable_future_and_a_matter_of_days_are_vague() {
    assert_eq!(
        times(
            friday(),
            "The border will stay shut for the foreseeable future."
        ),
        pairs(&[("the foreseeable future", "FUTURE_REF")])
    );
    assert_eq!(
        times(friday(), "Within a matter of days, the town fell."),
        pairs(&[("a matter of days", "PXD")])
    );
}

#[test]
fn a_code_after_a_sentence_initial_preposition_is_a_period() {
    assert_eq!(
        times(friday(), "In Q4, exports to Norland slowed sharply."),
        pairs(&[("Q4", "2021-Q4")])
    );
    assert_eq!(
        times(friday(), "During Q3 the brewery lost money."),
        pairs(&[("Q3", "2021-Q3")])
    );
    // a capitalised name before the code still makes it a name
    assert!(times(friday(), "Tova parked her Audi Q3 outside.").is_empty());
}

#[test]
fn a_code_after_a_bare_article_is_not_a_period() {
    assert!(times(friday(), "Experts debated the H1 scheme at length.").is_empty());
    assert!(times(friday(), "The Q3 is a small car.").is_empty());
    // with its year, or after a preposition, it is one
    assert_eq!(
        times(friday(), "Analysts read the Q3 2021 figures."),
        pairs(&[("the Q3 2021", "2021-Q3")])
    );
    assert_eq!(
        times(friday(), "Orders picked up in H2."),
        pairs(&[("H2", "2021-H2")])
    );
}

#[test]
fn the_nth_day_after_a_dated_subject_is_that_day() {
    assert_eq!(
        times(friday(), "Tomorrow is the first day of the summit."),
        pairs(&[("Tomorrow", "2022-01-22"), ("the first day", "2022-01-22")])
    );
    assert_eq!(
        times(friday(), "Jan. 24 is the fifth day of the walkout."),
        pairs(&[("Jan. 24", "2022-01-24"), ("the fifth day", "2022-01-24")])
    );
    // whatever day a weekday subject resolves to, the Nth day is the same one
    let found = times(friday(), "Monday is the fifth day of the walkout.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1, found[1].1);
    // a subject that is no time and no "today/it": no day at all
    assert!(times(friday(), "The vote is the first day of business.").is_empty());
    // a day subject does not date a week
    assert_eq!(
        times(friday(), "Monday is the third week of the strike."),
        pairs(&[("Monday", "2022-01-17")])
    );
}

#[test]
fn the_next_year_follows_the_clause_tense() {
    // a past clause: the year after the one the story named
    assert_eq!(
        times(
            friday(),
            "Growth was weak in 2019. Over the next year the economy recovered."
        ),
        pairs(&[("2019", "2019"), ("the next year", "2020")])
    );
    // a future clause after a date that has passed: from publication
    assert_eq!(
        times(
            friday(),
            "Talks failed on Jan. 3. The summit will be held the next week."
        ),
        pairs(&[("Jan. 3", "2022-01-03"), ("the next week", "2022-W04")])
    );
    // a future clause after a date still ahead: from that date
    assert_eq!(
        times(
            friday(),
            "The plant opens in March. It will reach full output the next month."
        ),
        pairs(&[("March", "2022-03"), ("the next month", "2022-04")])
    );
}

#[test]
fn the_fiscal_year_in_a_past_clause_early_in_the_year_is_the_year_just_ended() {
    assert_eq!(
        times(friday(), "Profits at Velmar rose for the fiscal year."),
        pairs(&[("the fiscal year", "2021")])
    );
    assert_eq!(
        times(friday(), "Profits at Velmar will rise for the fiscal year."),
        pairs(&[("the fiscal year", "2022")])
    );
    // late in the year a past clause is about the year under way
    let october = Some(date(2022, 10, 21));
    assert_eq!(
        times(october, "Profits at Velmar rose for the fiscal year."),
        pairs(&[("the fiscal year", "2022")])
    );
}

#[test]
fn plural_weekdays_joined_by_and_or_a_comma_are_each_a_set() {
    assert_eq!(
        times(friday(), "The ferry sails on Mondays and Thursdays."),
        pairs(&[("Mondays", "XXXX-WXX-1"), ("Thursdays", "XXXX-WXX-4")])
    );
    assert_eq!(
        times(
            friday(),
            "Stalls open on Tuesdays, Wednesdays or Saturdays."
        ),
        pairs(&[
            ("Tuesdays", "XXXX-WXX-2"),
            ("Wednesdays", "XXXX-WXX-3"),
            ("Saturdays", "XXXX-WXX-6")
        ])
    );
    // no set before the list: names, not sets
    assert!(times(friday(), "Mondays and Thursdays are quiet.").is_empty());
}

#[test]
fn the_previous_weekday_counts_from_a_day_named_sentences_before() {
    let story = "Shares slid on Wednesday, Jan. 12. Traders blamed rates. \
                 Banks led the slide. Copper ended 2% under its price of the previous Friday.";
    assert_eq!(
        times(friday(), story),
        pairs(&[
            ("Wednesday, Jan. 12", "2022-01-12"),
            ("the previous Friday", "2022-01-07")
        ])
    );
}

#[test]
fn the_final_two_quarters_of_a_year_are_its_second_half() {
    assert_eq!(
        times(
            friday(),
            "Sales at Orvik rose in the final two quarters of 2021."
        ),
        pairs(&[("the final two quarters of 2021", "2021-H2")])
    );
}

#[test]
fn the_preceding_year_counts_back_from_the_story() {
    assert_eq!(
        times(
            friday(),
            "In 2019, the mine at Dolna closed. In the preceding year, output had halved."
        ),
        pairs(&[("2019", "2019"), ("the preceding year", "2018")])
    );
}

#[test]
fn a_frequency_adjective_after_a_determiner_is_a_set_but_not_bare_or_financial() {
    let d = Some(date(2024, 5, 8));
    assert_eq!(
        times(d, "The group holds a daily vigil outside the embassy."),
        pairs(&[("daily", "P1D")])
    );
    assert_eq!(
        times(
            d,
            "She spoke about her daily routine and his weekly column."
        ),
        pairs(&[("daily", "P1D"), ("weekly", "P1W")])
    );
    assert_eq!(
        times(d, "Complaints are reviewed on a daily basis."),
        pairs(&[("daily", "P1D")])
    );
    // a bare adjective, an average rate, a reporting period, a newspaper: no time
    assert!(times(d, "The airline added daily routes.").is_empty());
    assert!(times(d, "The average daily volume was 2 million shares.").is_empty());
    assert!(times(d, "The firm cut its quarterly payout.").is_empty());
    assert!(times(d, "The state daily Pravda Vostoka printed it.").is_empty());
}

#[test]
fn year_end_is_the_last_day_of_the_year_by_direction() {
    let d = Some(date(2024, 5, 8));
    assert_eq!(
        times(d, "The utility hopes to finish the line by year-end."),
        pairs(&[("year-end", "2024-12-31")])
    );
    assert_eq!(
        times(d, "Bond yields have fallen since year-end."),
        pairs(&[("year-end", "2023-12-31")])
    );
    assert_eq!(
        times(d, "Talks should conclude by year's end."),
        pairs(&[("year's end", "2024-12-31")])
    );
    // before a noun it only modifies it
    assert!(times(d, "The board approved year-end bonuses.").is_empty());
    // and "a year" without its "-end" is no duration
    assert!(times(d, "The carrier reported a year-end loss.").is_empty());
    // a year after it is the year whose end is meant
    assert_eq!(
        times(d, "Dividends will be paid by year-end 2025."),
        pairs(&[("year-end 2025", "2025-12-31")])
    );
    assert_eq!(
        times(d, "The subsidy lapsed at year-end 2023."),
        pairs(&[("year-end 2023", "2023-12-31")])
    );
    // a preposition after it ends the phrase: "end" is a noun, not a modifier
    assert_eq!(
        times(d, "Prices will settle by year end amid hopes of a truce."),
        pairs(&[("year end", "2024-12-31")])
    );
    // a fiscal year ends on the company's own day: no date
    assert!(times(d, "The lender must reach the goal by fiscal year-end.").is_empty());
    let fiscal = times(d, "The firm's fiscal year end is June 30.");
    assert!(
        fiscal.iter().all(|(text, _)| !text.contains("year")),
        "{fiscal:?}"
    );
}

#[test]
fn soon_is_a_future_reference_only_in_a_future_clause() {
    let d = Some(date(2024, 5, 8));
    assert_eq!(
        times(d, "The regulator will soon publish new rules."),
        pairs(&[("soon", "FUTURE_REF")])
    );
    assert_eq!(
        times(d, "Engineers may soon restart the reactor."),
        pairs(&[("soon", "FUTURE_REF")])
    );
    assert_eq!(
        times(d, "The bank expects exports to soon recover."),
        pairs(&[("soon", "FUTURE_REF")])
    );
    assert!(times(d, "The fire was soon contained.").is_empty());
    // the verb next to it decides, not a future verb earlier in the sentence
    assert_eq!(
        times(d, "Aid will arrive soon, and soon the roads were opened."),
        pairs(&[("soon", "FUTURE_REF")])
    );
    assert!(times(d, "The envoy will fly home soon after the summit.").is_empty());
    assert!(times(d, "The army will withdraw as soon as the road opens.").is_empty());
    // a degree word makes "soon" a comparison: "too soon to tell", "so soon after"
    assert!(times(d, "It is too soon to tell.").is_empty());
    assert!(times(d, "The mayor quit so soon after the vote that few noticed.").is_empty());
    assert_eq!(
        times(d, "The army said it would withdraw as soon as possible."),
        pairs(&[("as soon as possible", "FUTURE_REF")])
    );
}

#[test]
fn a_later_date_and_future_years_are_future_references() {
    let d = Some(date(2024, 5, 8));
    assert_eq!(
        times(d, "The hearing was moved to a later date."),
        pairs(&[("a later date", "FUTURE_REF")])
    );
    assert_eq!(
        times(d, "The levy will fund repairs in future years."),
        pairs(&[("future years", "FUTURE_REF")])
    );
    // "future" before another noun is no time
    assert!(times(d, "The minister discussed future cuts.").is_empty());
    // "future generations" are people, not a time
    assert!(times(d, "The forest must be kept for future generations.").is_empty());
}

#[test]
fn a_day_after_ended_lies_on_or_before_publication_and_dates_its_quarter() {
    // a fiscal second quarter that ended on Nov. 30, read in late October: last year's
    let d = Some(date(2024, 10, 25));
    assert_eq!(
        times(
            d,
            "In the second quarter ended Nov. 30, the grocer earned $4 million."
        ),
        pairs(&[("the second quarter", "2023-Q2"), ("Nov. 30", "2023-11-30")])
    );
    // without "ended" a near day follows the clause's tense as before
    assert_eq!(
        times(d, "The grocer will report results on Nov. 30."),
        pairs(&[("Nov. 30", "2024-11-30")])
    );
}

#[test]
fn a_weekday_before_a_plural_part_of_day_is_a_set() {
    let d = Some(date(2024, 5, 8));
    assert_eq!(
        times(d, "The market opens on Friday nights."),
        pairs(&[("Friday nights", "XXXX-WXX-5TNI")])
    );
    assert_eq!(
        times(d, "Ferries sail on Monday and Thursday mornings."),
        pairs(&[
            ("Monday", "XXXX-WXX-1TMO"),
            ("Thursday mornings", "XXXX-WXX-4TMO")
        ])
    );
    // one night is still a day
    assert_eq!(
        times(d, "The ferry sailed on Monday night."),
        pairs(&[("Monday night", "2024-05-06TNI")])
    );
}

#[test]
fn a_bare_plural_unit_before_of_and_an_activity_is_a_vague_duration() {
    let d = Some(date(2024, 5, 8));
    assert_eq!(
        times(d, "The accord ends weeks of fighting."),
        pairs(&[("weeks", "PXW")])
    );
    assert_eq!(
        times(d, "After years of drought, the river rose."),
        pairs(&[("years", "PXY")])
    );
    // a part of something, a counted stretch, a modified unit: not this rule
    assert!(times(d, "They were the worst days of the siege.").is_empty());
    assert_eq!(
        times(d, "It ends three years of talks."),
        pairs(&[("three years", "P3Y")])
    );
}

#[test]
fn a_year_earlier_stretch_is_one_duration() {
    let d = Some(date(2024, 10, 24));
    assert_eq!(
        times(d, "Sales for the year-earlier six months were lower."),
        pairs(&[("the year-earlier six months", "P6M")])
    );
}

#[test]
fn the_future_of_something_is_its_fate_not_a_time() {
    let d = Some(date(2024, 5, 8));
    assert!(times(d, "They argued about the future of the treaty.").is_empty());
    assert_eq!(
        times(d, "The treaty may be revised in the future."),
        pairs(&[("the future", "FUTURE_REF")])
    );
}

#[test]
fn until_then_is_the_day_just_named_or_nothing() {
    let d = Some(date(2024, 5, 8));
    assert_eq!(
        times(
            d,
            "The offer expires on June 14. Until then, holders may tender their shares."
        ),
        pairs(&[("June 14", "2024-06-14"), ("then", "2024-06-14")])
    );
    // no day named nearby, or "then" as a sequence word: no time
    assert!(times(d, "Until then, nobody had complained.").is_empty());
    assert!(times(d, "The troops advanced and then withdrew.").is_empty());
    // a later expression after the day: "then" is that one, which is no day, so no time
    assert_eq!(
        times(
            d,
            "The rebels left on June 1, and the vote, due in 2025, will decide who rules until then."
        ),
        pairs(&[("June 1", "2024-06-01"), ("2025", "2025")])
    );
    let later = times(
        d,
        "The congress opened on May 2 and closed three weeks later. By then, the fund was empty.",
    );
    assert!(later.iter().all(|(text, _)| text != "then"), "{later:?}");
    // "then" before a title says who held the office at the time, not when
    assert_eq!(
        times(
            d,
            "The accord was signed on May 5, 2010 by then-President Nalbandi."
        ),
        pairs(&[("May 5, 2010", "2010-05-05")])
    );
    assert_eq!(
        times(
            d,
            "The charter, signed on March 3 by then Prime Minister Oduya, lapsed."
        ),
        pairs(&[("March 3", "2024-03-03")])
    );
}

#[test]
fn the_quarter_alone_is_what_a_later_year_ago_compares_with() {
    // published in late October: the latest completed quarter is the third
    let published = Some(date(2024, 10, 24));
    assert_eq!(
        times(
            published,
            "Orders in the quarter rose 3 percent, after a 6 percent drop in the year-ago period."
        ),
        pairs(&[
            ("the quarter", "2024-Q3"),
            ("the year-ago period", "2023-Q3")
        ])
    );
    assert_eq!(
        times(
            published,
            "The mill shipped 40,000 tons in the quarter, against 52,000 tons a year ago."
        ),
        pairs(&[("the quarter", "2024-Q3"), ("a year ago", "2023-Q3")])
    );
}

#[test]
fn the_quarter_finals_are_no_quarter_and_set_no_context() {
    assert_eq!(
        times(
            Some(date(2024, 6, 10)),
            "The Dornach club reached the quarter finals. A year ago it was relegated."
        ),
        pairs(&[("A year ago", "2023")])
    );
    assert!(times(
        Some(date(2024, 6, 10)),
        "Her side lost in the quarter-final."
    )
    .is_empty());
}

#[test]
fn the_quarter_alone_carries_to_later_sentences_only_from_a_sentence_with_figures() {
    let published = Some(date(2024, 6, 10));
    // "the quarter" as a part of town (itself still read as a quarter, a known miss): the
    // next sentence's "a year ago" is a year
    let district = times(
        published,
        "Tourists crowd the quarter. A year ago its streets were empty.",
    );
    assert!(
        district.contains(&("A year ago".to_string(), "2023".to_string())),
        "{district:?}"
    );
    // in an earnings sentence it is the quarter the report is about
    assert_eq!(
        times(
            published,
            "Orders in the quarter rose 3 percent. A year ago they fell."
        ),
        pairs(&[("the quarter", "2024-Q1"), ("A year ago", "2023-Q1")])
    );
}

#[test]
fn the_year_earlier_quarter_without_a_named_quarter_is_the_latest_one_a_year_back() {
    let published = Some(date(2019, 5, 17));
    assert_eq!(
        times(
            published,
            "Bookings were flat against the year-earlier quarter, the carrier said."
        ),
        pairs(&[("the year-earlier quarter", "2018-Q1")])
    );
}

#[test]
fn a_year_earlier_after_a_month_in_its_sentence_is_that_month_a_year_back() {
    let published = Some(date(2024, 10, 24));
    assert_eq!(
        times(
            published,
            "Jobless claims stood at 5.6 percent in August, up from 4.9 percent a year earlier."
        ),
        pairs(&[("August", "2024-08"), ("a year earlier", "2023-08")])
    );
    // with no month or quarter in the sentence it stays a year
    assert_eq!(
        times(published, "A year ago the ferry line had no customers."),
        pairs(&[("A year ago", "2023")])
    );
}

#[test]
fn a_year_ago_after_a_month_outside_a_comparison_is_a_year_from_publication() {
    let published = Some(date(2024, 6, 10));
    assert_eq!(
        times(
            published,
            "In May, the envoy recalled that a year ago the truce had broken down."
        ),
        pairs(&[("May", "2024-05"), ("a year ago", "2023")])
    );
    assert_eq!(
        times(
            published,
            "The Kessa fair, held in May, drew 30,000 guests a year ago."
        ),
        pairs(&[("May", "2024-05"), ("a year ago", "2023")])
    );
    // as the second term of a comparison it is that month a year back
    assert_eq!(
        times(
            published,
            "Bread cost 3 percent more in April, up from 2 percent a year ago."
        ),
        pairs(&[("April", "2024-04"), ("a year ago", "2023-04")])
    );
    assert_eq!(
        times(published, "Rents in April were lower than a year ago."),
        pairs(&[("April", "2024-04"), ("a year ago", "2023-04")])
    );
}

#[test]
fn the_past_or_the_future_after_of_is_a_noun_not_a_time() {
    let published = Some(date(2026, 2, 11));
    assert!(times(
        published,
        "Critics called the tariff a remnant of the past."
    )
    .is_empty());
    assert!(times(published, "The mayor sketched the transport of the future.").is_empty());
    assert!(times(published, "She wants to train the engineers of tomorrow.").is_empty());
    // a unit after it makes it a counted stretch again
    assert_eq!(
        times(
            published,
            "Most of the rain of the past week fell in the hills."
        ),
        pairs(&[("the past week", "2026-W06")])
    );
    assert_eq!(
        times(published, "The decision was delayed in the past."),
        pairs(&[("the past", "PAST_REF")])
    );
}

#[test]
fn tomorrow_after_a_time_head_and_of_or_before_a_possessive_stays_a_day() {
    let published = Some(date(2024, 6, 10));
    assert_eq!(
        times(published, "The new fares apply as of tomorrow."),
        pairs(&[("tomorrow", "2024-06-11")])
    );
    assert_eq!(
        times(
            published,
            "Envoys gathered in Velmora ahead of tomorrow's ballot."
        ),
        pairs(&[("tomorrow", "2024-06-11")])
    );
    assert_eq!(
        times(
            published,
            "Nobody can predict the result of tomorrow's runoff."
        ),
        pairs(&[("tomorrow", "2024-06-11")])
    );
    assert_eq!(
        times(published, "Pickets formed on the eve of tomorrow's strike."),
        pairs(&[("tomorrow", "2024-06-11")])
    );
    // the generation meaning stays a noun
    assert!(times(published, "The school trains the pilots of tomorrow.").is_empty());
}

#[test]
fn then_current_is_a_past_present() {
    let published = Some(date(2026, 2, 11));
    assert_eq!(
        times(
            published,
            "Holders may buy shares at the then current price."
        ),
        pairs(&[("then current", "PAST_REF")])
    );
    // the hyphenated form spans the same words
    assert_eq!(
        times(
            published,
            "Holders may buy shares at the then-current price."
        ),
        pairs(&[("then-current", "PAST_REF")])
    );
    assert_eq!(
        times(published, "Bonds were swapped at then-current prices."),
        pairs(&[("then-current", "PAST_REF")])
    );
    // "then" closing "until then" or "since then" is not part of the adjective
    for text in [
        "Until then current rules apply.",
        "Since then current members have left.",
    ] {
        let found = times(published, text);
        assert!(
            found.iter().all(|(_, value)| value != "PAST_REF"),
            "{text}: {found:?}"
        );
    }
    assert_eq!(
        times(published, "The current price is too high."),
        pairs(&[("current", "PRESENT_REF")])
    );
}

#[test]
fn the_near_term_after_of_stays_a_time() {
    assert_eq!(
        times(
            Some(date(2026, 2, 11)),
            "The board does not hide the risks of the near term."
        ),
        pairs(&[("the near term", "FUTURE_REF")])
    );
}

#[test]
fn a_period_after_an_amount_is_its_unit_not_a_time() {
    let published = Some(date(2026, 2, 11));
    for text in [
        "The plan would save $40 million a year in fuel.",
        "The bonds pay 3.25 a year per share.",
        "The airline runs three flights a week to the island.",
        "Exports are expected to grow 6 percent annually.",
        "The plant will make 20,000 engines annually.",
    ] {
        assert!(times(published, text).is_empty(), "{text}");
    }
    // a frequency, a stretch and an event-anchored period stay times
    assert_eq!(
        times(published, "The council meets twice a week."),
        pairs(&[("twice a week", "P1W")])
    );
    assert_eq!(
        times(published, "The council meets three times a year."),
        pairs(&[("three times a year", "P1Y")])
    );
    assert_eq!(
        times(published, "The talks should end within a year."),
        pairs(&[("a year", "P1Y")])
    );
    assert_eq!(
        times(published, "The festival is held annually in the old town."),
        pairs(&[("annually", "P1Y")])
    );
}

#[test]
fn a_day_of_the_month_or_a_clock_number_before_a_set_word_is_no_amount() {
    let published = Some(date(2024, 6, 10));
    assert_eq!(
        times(published, "The Orvani fair is held on March 5 annually."),
        pairs(&[("March 5", "2024-03-05"), ("annually", "P1Y")])
    );
    assert_eq!(
        times(published, "Dues are collected on the 5th monthly."),
        pairs(&[("monthly", "P1M")])
    );
    assert_eq!(
        times(published, "The bakery opens at 9 daily."),
        pairs(&[("daily", "P1D")])
    );
    // a plain number is still an amount
    assert!(times(published, "The toll brings in 700 a year.").is_empty());
}

#[test]
fn a_period_after_a_count_of_events_is_a_recurrence_not_an_amount() {
    let published = Some(date(2024, 6, 10));
    assert_eq!(
        times(published, "The two envoys hold four meetings a year."),
        pairs(&[("a year", "P1Y")])
    );
    assert_eq!(
        times(
            published,
            "The ministers of Arlen and Tove hold two summits annually."
        ),
        pairs(&[("annually", "P1Y")])
    );
    // goods and scheduled services counted per period stay amounts
    assert!(times(published, "The ferry line adds 600 berths a week.").is_empty());
}

#[test]
fn a_period_into_an_event_after_a_counted_noun_stays_a_time() {
    assert_eq!(
        times(
            Some(date(2024, 6, 10)),
            "The two camps, a year into the siege, still refuse to meet."
        ),
        pairs(&[("a year", "P1Y")])
    );
}

#[test]
fn the_year_period_after_a_count_of_months_is_that_year_not_a_quarter() {
    let published = Some(date(2020, 11, 5));
    assert_eq!(
        times(
            published,
            "Third-quarter sales rose 4 percent. In the first nine months, profit was \
             $80 million, against $95 million in the 2019 period."
        ),
        pairs(&[
            ("Third-quarter", "2020-Q3"),
            ("the first nine months", "P9M"),
            ("the 2019 period", "2019")
        ])
    );
    // without the months, the period is the quarter the story reports
    assert_eq!(
        times(
            published,
            "Third-quarter sales rose 4 percent. Profit was $30 million, against $35 million \
             in the 2019 period."
        ),
        pairs(&[("Third-quarter", "2020-Q3"), ("the 2019 period", "2019-Q3")])
    );
}

#[test]
fn a_named_quarter_after_a_count_of_months_stays_a_quarter() {
    let published = Some(date(2020, 11, 5));
    assert_eq!(
        times(
            published,
            "Third-quarter orders grew 6 percent. Over the past 12 months margins widened, but \
             in the 2019 quarter they narrowed."
        ),
        pairs(&[
            ("Third-quarter", "2020-Q3"),
            ("the past 12 months", "P12M"),
            ("the 2019 quarter", "2019-Q3")
        ])
    );
    assert_eq!(
        times(
            published,
            "Third-quarter orders grew 6 percent. Orders slid for six months, and stayed \
             under last year's quarter."
        ),
        pairs(&[
            ("Third-quarter", "2020-Q3"),
            ("six months", "P6M"),
            ("last year's quarter", "2019-Q3")
        ])
    );
}

#[test]
fn a_bare_count_of_months_is_no_reported_period() {
    // "for six months" is how long something lasted, not the period a report covers: the
    // year period after it is still the quarter the story reports
    assert_eq!(
        times(
            Some(date(2020, 11, 5)),
            "Third-quarter orders grew 6 percent. Orders slid for six months, and stayed \
             under the 2019 period."
        ),
        pairs(&[
            ("Third-quarter", "2020-Q3"),
            ("six months", "P6M"),
            ("the 2019 period", "2019-Q3")
        ])
    );
}

#[test]
fn a_period_from_now_after_an_amount_stays_a_time() {
    assert_eq!(
        times(
            Some(date(2026, 2, 11)),
            "Prices should be 4 percent higher a year from now."
        ),
        pairs(&[("a year from now", "2027")])
    );
}

#[test]
fn a_weekday_after_a_promise_in_the_present_perfect_lies_ahead() {
    let wednesday = Some(date(2026, 5, 27));
    assert_eq!(
        times(
            wednesday,
            "The two militias have agreed to a truce starting on Friday, mediators said."
        ),
        pairs(&[("Friday", "2026-05-29")])
    );
    assert_eq!(
        times(
            wednesday,
            "The union has firmly pledged to strike on Monday."
        ),
        pairs(&[("Monday", "2026-06-01")])
    );
    // the simple past and the pluperfect too: the strike, the meeting are still to come
    assert_eq!(
        times(
            wednesday,
            "The union pledged to strike on Monday, its leader said."
        ),
        pairs(&[("Monday", "2026-06-01")])
    );
    assert_eq!(
        times(
            wednesday,
            "A spokesman said on Tuesday that the two sides had agreed to meet in Oslo on Monday."
        ),
        pairs(&[("Tuesday", "2026-05-26"), ("Monday", "2026-06-01")])
    );
}

#[test]
fn a_weekday_given_as_time_to_act_lies_ahead() {
    // published on a Wednesday: the Friday just past is 2026-05-22, the coming one 05-29
    let wednesday = Some(date(2026, 5, 27));
    assert_eq!(
        times(
            wednesday,
            "The mediators gave the two delegations until Friday to sign a truce."
        ),
        pairs(&[("Friday", "2026-05-29")])
    );
    assert_eq!(
        times(
            wednesday,
            "The court granted the ministry before Monday to answer."
        ),
        pairs(&[("Monday", "2026-06-01")])
    );
    // no object: how long something lasted, the day just past
    assert_eq!(
        times(wednesday, "The delegates stayed until Friday."),
        pairs(&[("Friday", "2026-05-22")])
    );
    assert_eq!(
        times(wednesday, "The rebels gave up before Friday."),
        pairs(&[("Friday", "2026-05-22")])
    );
    // a pluperfect allowance has run out
    assert_eq!(
        times(wednesday, "The council had given the firm until Friday."),
        pairs(&[("Friday", "2026-05-22")])
    );
}

#[test]
fn a_weekday_set_for_a_deadline_lies_ahead() {
    let wednesday = Some(date(2026, 5, 27));
    assert_eq!(
        times(
            wednesday,
            "The envoys met on Tuesday to prepare for a deadline set for Friday."
        ),
        pairs(&[("Tuesday", "2026-05-26"), ("Friday", "2026-05-29")])
    );
    assert_eq!(
        times(wednesday, "The runoff was scheduled for Sunday."),
        pairs(&[("Sunday", "2026-05-31")])
    );
    // decided: what was called off had not come yet
    assert_eq!(
        times(wednesday, "The vote was set for Friday but was cancelled."),
        pairs(&[("Friday", "2026-05-29")])
    );
    // pluperfect and plain past meetings look back
    assert_eq!(
        times(wednesday, "The vote had been set for Friday."),
        pairs(&[("Friday", "2026-05-22")])
    );
    assert_eq!(
        times(wednesday, "The ministers met on Friday."),
        pairs(&[("Friday", "2026-05-22")])
    );
}

#[test]
fn a_weekday_in_the_act_an_appeal_asks_for_lies_ahead() {
    let wednesday = Some(date(2026, 5, 27));
    assert_eq!(
        times(
            wednesday,
            "The opposition leader called on supporters to rally in the capital on Thursday."
        ),
        pairs(&[("Thursday", "2026-05-28")])
    );
    assert_eq!(
        times(
            wednesday,
            "The envoy urged both sides to resume talks on Monday."
        ),
        pairs(&[("Monday", "2026-06-01")])
    );
    // "called" without "on" is no appeal; a comma ends the appeal's phrase
    assert_eq!(
        times(wednesday, "He called Tuesday to say he would resign."),
        pairs(&[("Tuesday", "2026-05-26")])
    );
    assert_eq!(
        times(
            wednesday,
            "She urged calm, and the crowd began to disperse on Monday."
        ),
        pairs(&[("Monday", "2026-05-25")])
    );
}

#[test]
fn a_weekday_after_before_without_a_tense_lies_ahead() {
    let wednesday = Some(date(2026, 5, 27));
    // a headline in the present: no tense cue, "before" looks ahead like "until"
    assert_eq!(
        times(wednesday, "Talks seek a ceasefire before Friday deadline"),
        pairs(&[("Friday", "2026-05-29")])
    );
    // a past clause still wins
    assert_eq!(
        times(wednesday, "The team left before Friday."),
        pairs(&[("Friday", "2026-05-22")])
    );
}

#[test]
fn clock_time_followed_by_a_full_date_is_on_that_date_not_a_headline_weekday() {
    // a headline weekday must not date a dateline's clock time that names its own day
    let headline = "Envoys Race To Close Deal Before Friday Deadline\n";
    for line in [
        "11:05 GMT, 3 March 2031",
        "11:05 GMT on 3 March 2031",
        "3 March 2031, 11:05 GMT",
    ] {
        let found = times(Some(date(2031, 3, 3)), &format!("{headline}{line}"));
        let clock = found.iter().find(|(text, _)| text.starts_with("11:05"));
        assert_eq!(
            clock.map(|(_, v)| v.as_str()),
            Some("2031-03-03T11:05"),
            "{line}: {found:?}"
        );
        assert!(
            found.contains(&("3 March 2031".to_string(), "2031-03-03".to_string())),
            "{line}: the date stays an expression of its own: {found:?}"
        );
    }
}

#[test]
fn dateline_clock_time_and_date_keep_their_values_published_that_day() {
    assert_eq!(
        times(Some(date(2019, 8, 14)), "16:20 GMT, 14 August 2019"),
        pairs(&[
            ("16:20 GMT", "2019-08-14T16:20"),
            ("14 August 2019", "2019-08-14")
        ])
    );
}

/// `(text, value, kind)` of every expression.
fn kinds(published: Option<Date>, text: &str) -> Vec<(String, String, TimeKind)> {
    let doc = annotate(published, text);
    doc.times
        .iter()
        .map(|t| {
            (
                doc.slice(t.span).to_string(),
                t.value.clone().unwrap_or_else(|| "None".into()),
                t.kind,
            )
        })
        .collect()
}

#[test]
fn a_count_of_times_per_period_is_a_set_spanning_the_count() {
    let published = Some(date(2025, 4, 9));
    for (text, span, value) in [
        (
            "The commission meets three times a year.",
            "three times a year",
            "P1Y",
        ),
        (
            "Inspectors visit the mine twice a month.",
            "twice a month",
            "P1M",
        ),
        (
            "The ferry sails 4 times per week in winter.",
            "4 times per week",
            "P1W",
        ),
        (
            "Pensions are paid once every two weeks.",
            "once every two weeks",
            "P2W",
        ),
        (
            "Tremors were felt several times a day.",
            "several times a day",
            "P1D",
        ),
        ("The board reports twice yearly.", "twice yearly", "P1Y"),
    ] {
        assert_eq!(
            kinds(published, text),
            vec![(span.to_string(), value.to_string(), TimeKind::Set)],
            "{text}"
        );
    }
    // a count of events per period is as much a recurrence
    assert_eq!(
        kinds(published, "The two leaders hold four meetings a year."),
        vec![("a year".to_string(), "P1Y".to_string(), TimeKind::Set)]
    );
    // no period after the count: no time
    for text in [
        "The new port is three times the size of the old one.",
        "The once powerful party won two seats.",
        "Prices doubled twice in the decade's first half.",
    ] {
        assert!(
            kinds(published, text)
                .iter()
                .all(|(_, _, k)| *k != TimeKind::Set),
            "{text}"
        );
    }
}

#[test]
fn noon_or_midnight_before_on_and_a_day_is_on_that_day() {
    // published on a Wednesday: the coming Friday is 2024-03-08
    let wednesday = Some(date(2024, 3, 6));
    assert_eq!(
        times(
            wednesday,
            "The militia was given until midnight on Friday to leave the port."
        ),
        pairs(&[("midnight", "2024-03-08T24:00"), ("Friday", "2024-03-08")])
    );
    assert_eq!(
        times(
            wednesday,
            "Tenders must reach the ministry by noon on 15 March."
        ),
        pairs(&[("noon", "2024-03-15T12:00"), ("15 March", "2024-03-15")])
    );
    // midnight of a named day ends it; midnight alone stays the start of the day
    assert_eq!(
        times(wednesday, "The truce will end at midnight Friday."),
        pairs(&[("midnight Friday", "2024-03-08T24:00")])
    );
    assert_eq!(
        times(wednesday, "The curfew began at midnight."),
        pairs(&[("midnight", "2024-03-06T00:00")])
    );
    // a time given right after its day: midnight ends that day too
    assert_eq!(
        times(wednesday, "Voting will close on Friday at midnight."),
        pairs(&[("Friday", "2024-03-08"), ("midnight", "2024-03-08T24:00")])
    );
    assert_eq!(
        times(wednesday, "The minister will speak on Friday at 5 p.m."),
        pairs(&[("Friday", "2024-03-08"), ("5 p.m.", "2024-03-08T17:00")])
    );
}

#[test]
fn a_deadline_that_expires_or_a_time_given_in_the_passive_lies_ahead() {
    let thursday = Some(date(2026, 1, 15));
    assert_eq!(
        times(thursday, "The ultimatum expires at noon on Saturday."),
        pairs(&[("noon", "2026-01-17T12:00"), ("Saturday", "2026-01-17")])
    );
    assert_eq!(
        times(thursday, "The offer expires Friday."),
        pairs(&[("Friday", "2026-01-16")])
    );
    assert_eq!(
        times(
            thursday,
            "The strikers were given until Monday to return to work."
        ),
        pairs(&[("Monday", "2026-01-19")])
    );
    // what expired, and a time given before the story's past, stay back
    assert_eq!(
        times(thursday, "The ultimatum expired on Monday."),
        pairs(&[("Monday", "2026-01-12")])
    );
    assert_eq!(
        times(
            thursday,
            "The strikers had been given until Monday to return to work."
        ),
        pairs(&[("Monday", "2026-01-12")])
    );
}

#[test]
fn a_weekday_of_an_event_called_for_lies_ahead_of_the_call() {
    // published on a Saturday: the coming Sunday is 2025-06-22, the last one 2025-06-15
    let saturday = Some(date(2025, 6, 21));
    assert_eq!(
        times(
            saturday,
            "The opposition called for nationwide protests on Sunday."
        ),
        pairs(&[("Sunday", "2025-06-22")])
    );
    assert_eq!(
        times(saturday, "Unions called for a general strike on Tuesday."),
        pairs(&[("Tuesday", "2025-06-24")])
    );
    // no event called for, or the day placed on the call: the call's day
    assert_eq!(
        times(saturday, "The archbishop called for calm on Sunday."),
        pairs(&[("Sunday", "2025-06-15")])
    );
    assert_eq!(
        times(
            saturday,
            "The opposition called on Sunday for new elections."
        ),
        pairs(&[("Sunday", "2025-06-15")])
    );
}

#[test]
fn a_quarter_or_half_of_a_fiscal_year_named_by_number_takes_that_number() {
    let published = Some(date(2023, 9, 14));
    assert_eq!(
        times(
            published,
            "The chain expects a loss in the first quarter of fiscal 2024."
        ),
        pairs(&[("the first quarter of fiscal 2024", "2024-Q1")])
    );
    assert_eq!(
        times(
            published,
            "Sales rose in the second half of fiscal year 2023."
        ),
        pairs(&[("the second half of fiscal year 2023", "2023-H2")])
    );
}

#[test]
fn local_time_after_a_clock_time_lets_the_day_after_on_date_it() {
    // published on a Thursday: the Sunday just past is 2023-09-10
    let thursday = Some(date(2023, 9, 14));
    assert_eq!(
        times(thursday, "The polls closed at 8 p.m. local time on Sunday."),
        pairs(&[
            ("8 p.m. local time", "2023-09-10T20:00"),
            ("Sunday", "2023-09-10")
        ])
    );
}

#[test]
fn todays_or_tomorrows_before_a_noun_of_an_age_names_no_day() {
    let published = Some(date(2025, 4, 9));
    for text in [
        "The reform matters most to today's youth.",
        "Few of today's personal computers can run it.",
        "The academy trains tomorrow's leaders.",
    ] {
        assert!(times(published, text).is_empty(), "{text}");
    }
    // a possessive naming an event or an issue of that day keeps the day
    assert_eq!(
        times(published, "Today's vote was close."),
        pairs(&[("Today", "2025-04-09")])
    );
    assert_eq!(
        times(
            published,
            "Negotiators resume work in today's sessions at the ministry."
        ),
        pairs(&[("today", "2025-04-09")])
    );
    assert_eq!(
        times(published, "Delegates met ahead of tomorrow's summit."),
        pairs(&[("tomorrow", "2025-04-10")])
    );
}

#[test]
fn the_whole_of_a_period_per_period_is_all_the_time_not_a_time() {
    let published = Some(date(2025, 4, 9));
    for text in [
        "Soldiers guard the border 24 hours a day.",
        "The hotline is open seven days a week.",
        "The plant runs 365 days a year.",
    ] {
        assert!(times(published, text).is_empty(), "{text}");
    }
}

#[test]
fn a_part_of_every_period_is_a_set_of_that_period() {
    let published = Some(date(2025, 4, 9));
    for (text, span, value) in [
        ("The miners worked 12 hours a day.", "12 hours a day", "P1D"),
        (
            "The market opens three days a week.",
            "three days a week",
            "P1W",
        ),
        (
            "Staff train two weeks each year.",
            "two weeks each year",
            "P1Y",
        ),
    ] {
        assert_eq!(
            kinds(published, text),
            vec![(span.to_string(), value.to_string(), TimeKind::Set)],
            "{text}"
        );
    }
}

#[test]
fn should_and_no_later_than_look_ahead() {
    // published on a Wednesday: the coming Friday is 2024-03-08, the last one 2024-03-01
    let wednesday = Some(date(2024, 3, 6));
    assert_eq!(
        times(wednesday, "The talks should resume on Friday."),
        pairs(&[("Friday", "2024-03-08")])
    );
    assert_eq!(
        times(wednesday, "The parties must reply no later than Friday."),
        pairs(&[("Friday", "2024-03-08")])
    );
    // a modal before "have" still looks back; "later than" alone is no deadline
    assert_eq!(
        times(wednesday, "The letter should have arrived on Friday."),
        pairs(&[("Friday", "2024-03-01")])
    );
    assert_eq!(
        times(wednesday, "The envoy arrived later than Friday."),
        pairs(&[("Friday", "2024-03-01")])
    );
}

#[test]
fn that_quarter_is_the_quarter_the_text_last_named() {
    let published = Some(date(2024, 3, 6));
    assert_eq!(
        times(
            published,
            "The firm lost $5 million in the second quarter of 2023. Its filing for that quarter listed a loss on bonds."
        ),
        pairs(&[("the second quarter of 2023", "2023-Q2"), ("that quarter", "2023-Q2")])
    );
}

#[test]
fn a_scheduled_act_in_the_present_tense_lies_ahead() {
    // published on a Wednesday: the coming Monday is 2024-03-11, the last one 2024-03-04
    let wednesday = Some(date(2024, 3, 6));
    assert_eq!(
        times(wednesday, "The foreign minister travels to Oslo on Monday."),
        pairs(&[("Monday", "2024-03-11")])
    );
    assert_eq!(
        times(wednesday, "The new tariff takes effect in January."),
        pairs(&[("January", "2025-01")])
    );
    // the past, and a plural or base form, are no schedule
    assert_eq!(
        times(
            wednesday,
            "The foreign minister travelled to Oslo on Monday."
        ),
        pairs(&[("Monday", "2024-03-04")])
    );
    assert_eq!(
        times(wednesday, "The ministers did not meet on Monday."),
        pairs(&[("Monday", "2024-03-04")])
    );
}

#[test]
fn a_present_verb_schedules_only_a_time_in_its_own_phrase_after_it() {
    // published on a Wednesday: the last Monday is 2026-11-23, the coming one 2026-11-30
    let wednesday = Some(date(2026, 11, 25));
    // a time before the present verb, and a common verb with no schedule ("takes aim")
    assert_eq!(
        times(
            wednesday,
            "A report out Monday takes aim at the ministry's handling of the floods."
        ),
        pairs(&[("Monday", "2026-11-23")])
    );
    assert_eq!(
        times(
            wednesday,
            "Speaking on Monday, the minister takes a harder line than her predecessor."
        ),
        pairs(&[("Monday", "2026-11-23")])
    );
    assert_eq!(
        times(wednesday, "Fighting on Monday ends a week of calm."),
        pairs(&[("Monday", "2026-11-23"), ("a week", "P1W")])
    );
    // the fixed phrases that do schedule
    assert_eq!(
        times(wednesday, "The new levy goes into effect on Monday."),
        pairs(&[("Monday", "2026-11-30")])
    );
    assert_eq!(
        times(wednesday, "The ceasefire takes effect on Monday."),
        pairs(&[("Monday", "2026-11-30")])
    );
}

#[test]
fn a_call_looks_ahead_only_for_an_event_heading_its_for_phrase_in_its_sentence() {
    // published on a Wednesday: the last Sunday is 2026-11-22, the coming one 2026-11-29
    let wednesday = Some(date(2026, 11, 25));
    // the event noun sits in a phrase after a preposition: calm is called for, not protests
    assert_eq!(
        times(
            wednesday,
            "The president called for calm after the protests on Sunday."
        ),
        pairs(&[("Sunday", "2026-11-22")])
    );
    // the event noun is in the next sentence
    assert_eq!(
        times(
            wednesday,
            "On Sunday, the union leader called for calm. Protests followed anyway."
        ),
        pairs(&[("Sunday", "2026-11-22")])
    );
    // the event heads the phrase: it lies ahead of the call
    assert_eq!(
        times(wednesday, "The union called for fresh protests on Sunday."),
        pairs(&[("Sunday", "2026-11-29")])
    );
}

#[test]
fn a_count_before_a_period_counted_from_now_or_apart_is_no_frequency() {
    let wednesday = Some(date(2026, 11, 25));
    assert_eq!(
        times(wednesday, "The city was bombed twice a decade ago."),
        pairs(&[("a decade ago", "2016")])
    );
    assert_eq!(
        times(
            wednesday,
            "Opposition leaders met the president three times a year ago."
        ),
        pairs(&[("a year ago", "2025")])
    );
    assert_eq!(
        times(wednesday, "Rebels held three rallies a week ago."),
        pairs(&[("a week ago", "2026-11-18")])
    );
    assert_eq!(
        times(wednesday, "The leaders held two summits a year apart."),
        pairs(&[("a year", "P1Y")])
    );
    // still a frequency without such a word after the period
    assert_eq!(
        times(wednesday, "The leaders meet twice a year."),
        pairs(&[("twice a year", "P1Y")])
    );
}

#[test]
fn todays_before_a_name_or_a_modifier_of_another_noun_keeps_the_day() {
    let wednesday = Some(date(2026, 11, 25));
    assert_eq!(
        times(
            wednesday,
            "At today's world leaders' summit in Rome, the talks stalled."
        ),
        pairs(&[("today", "2026-11-25")])
    );
    assert_eq!(
        times(wednesday, "Today's World Cup final drew a record audience."),
        pairs(&[("Today", "2026-11-25")])
    );
    assert_eq!(
        times(
            wednesday,
            "Delegates gathered for today's People's Congress session."
        ),
        pairs(&[("today", "2026-11-25")])
    );
    // the generic noun heading its phrase (a compound of two) still names no day
    assert!(times(wednesday, "The forum hears from today's world leaders.").is_empty());
}

#[test]
fn a_day_at_the_end_of_one_paragraph_does_not_end_at_midnight_in_the_next() {
    let wednesday = Some(date(2026, 11, 25));
    // "midnight" in the second paragraph sits at the piece index that followed "Friday" in
    // the first: it is no time "on Friday at midnight"
    assert_eq!(
        times(
            wednesday,
            "Talks ended on Friday.\nA new round starts at midnight."
        ),
        pairs(&[("Friday", "2026-11-20"), ("midnight", "2026-11-20T00:00")])
    );
}

#[test]
fn a_past_verb_or_a_past_anchor_outweighs_a_deadline_phrase() {
    // published on a Wednesday: the last Friday is 2026-11-20, the coming one 2026-11-27
    let wednesday = Some(date(2026, 11, 25));
    assert_eq!(
        times(
            wednesday,
            "The envoy arrived no later than Friday, officials said."
        ),
        pairs(&[("Friday", "2026-11-20")])
    );
    assert_eq!(
        times(
            wednesday,
            "Each delegation was given until Friday last week to respond."
        ),
        pairs(&[("Friday", "2026-11-20"), ("last week", "2026-W47")])
    );
    // with no past in the clause both still look ahead
    assert_eq!(
        times(wednesday, "The parties must reply no later than Friday."),
        pairs(&[("Friday", "2026-11-27")])
    );
    assert_eq!(
        times(
            wednesday,
            "Each delegation was given until Friday to respond."
        ),
        pairs(&[("Friday", "2026-11-27")])
    );
}

#[test]
fn a_time_in_what_one_is_ready_offers_or_plans_to_do_lies_ahead() {
    // published on Wednesday 2026-11-25: the Friday to come is 11-27, the Monday past 11-23
    let wednesday = Some(date(2026, 11, 25));
    assert_eq!(
        times(
            wednesday,
            "The president said the republic was ready to reopen the border talks in January."
        ),
        pairs(&[("January", "2027-01")])
    );
    assert_eq!(
        times(
            Some(date(2026, 11, 30)),
            "An aide said the premier had offered to host the rival leaders before Christmas."
        ),
        pairs(&[("Christmas", "2026-12-25")])
    );
    assert_eq!(
        times(
            wednesday,
            "The ministry said it was willing to meet the dockers' union on Friday."
        ),
        pairs(&[("Friday", "2026-11-27")])
    );
    assert_eq!(
        times(
            wednesday,
            "Officials said the council plans to hold the recount in March."
        ),
        pairs(&[("March", "2027-03")])
    );
    assert_eq!(
        times(
            wednesday,
            "The envoy said she was prepared to fly to the capital on Friday."
        ),
        pairs(&[("Friday", "2026-11-27")])
    );
}

#[test]
fn a_time_of_the_main_past_clause_stays_behind_a_readiness_complement() {
    let wednesday = Some(date(2026, 11, 25));
    assert_eq!(
        times(wednesday, "In January, the republic was ready to talk."),
        pairs(&[("January", "2026-01")])
    );
    assert_eq!(
        times(
            wednesday,
            "On Monday, the dockers' union said it was prepared to strike."
        ),
        pairs(&[("Monday", "2026-11-23")])
    );
    assert_eq!(
        times(
            wednesday,
            "The union was willing to strike, its leader said on Monday."
        ),
        pairs(&[("Monday", "2026-11-23")])
    );
}

#[test]
fn a_period_in_hours_or_minutes_adds_whole_days_rounded_up() {
    let friday = date(2026, 11, 27);
    assert_eq!(add_period(friday, "PT48H"), Some(date(2026, 11, 29)));
    assert_eq!(add_period(friday, "PT12H"), Some(date(2026, 11, 28)));
    assert_eq!(add_period(friday, "PT24H"), Some(date(2026, 11, 28)));
    assert_eq!(add_period(friday, "PT90M"), Some(date(2026, 11, 28)));
    assert_eq!(add_period(friday, "PT0H"), Some(friday));
    // a vague or unknown period gives no date
    assert_eq!(add_period(friday, "PTXH"), None);
    assert_eq!(add_period(friday, "PT5S"), None);
    let doc = annotate(
        Some(friday),
        "The ministry demanded that the suspects be handed over within 48 hours.",
    );
    assert_eq!(doc.slice(doc.times[0].span), "48 hours");
    assert_eq!(due_window(&doc, 0), Some((friday, date(2026, 11, 29))));
}

#[test]
fn a_plain_time_after_a_past_offer_or_plan_dates_the_offer() {
    // published on Wednesday 2026-11-25: the Monday past is 11-23, the next 11-30
    let wednesday = Some(date(2026, 11, 25));
    assert_eq!(
        times(
            wednesday,
            "The harbour minister offered to step down on Monday after the ferry inquiry reported."
        ),
        pairs(&[("Monday", "2026-11-23")])
    );
    assert_eq!(
        times(
            wednesday,
            "The rebels had offered to free the engineers in March, a mediator recalled."
        ),
        pairs(&[("March", "2026-03")])
    );
}

#[test]
fn planned_stays_a_future_cue_of_its_own_after_the_offer_narrowing() {
    // "planned" looked ahead as a word of planning before the `intent` flag existed, and
    // the wire reads it so (planned + infinitive + weekday): a plain time stays ahead
    let wednesday = Some(date(2026, 11, 25));
    assert_eq!(
        times(
            wednesday,
            "The mediators planned to fly to the border town on Friday for a second round."
        ),
        pairs(&[("Friday", "2026-11-27")])
    );
    assert_eq!(
        times(
            wednesday,
            "The mediators had planned to fly to the border town on Monday."
        ),
        pairs(&[("Monday", "2026-11-23")])
    );
}

#[test]
fn a_deadline_or_an_explicitly_future_time_after_a_past_offer_lies_ahead() {
    let wednesday = Some(date(2026, 11, 25));
    assert_eq!(
        times(
            Some(date(2026, 11, 30)),
            "The mayor had offered to settle the dockers' claims before Christmas."
        ),
        pairs(&[("Christmas", "2026-12-25")])
    );
    assert_eq!(
        times(
            wednesday,
            "The junta offered to hand the airport back by Friday."
        ),
        pairs(&[("Friday", "2026-11-27")])
    );
    assert_eq!(
        times(
            wednesday,
            "The envoy offered to return to the capital next Monday."
        ),
        pairs(&[("next Monday", "2026-11-30")])
    );
    assert_eq!(
        times(
            wednesday,
            "The insurer offered to pay the growers no later than Friday."
        ),
        pairs(&[("Friday", "2026-11-27")])
    );
    assert_eq!(
        times(
            wednesday,
            "The ministry planned to publish the census until Friday."
        ),
        pairs(&[("Friday", "2026-11-27")])
    );
    // a present form or an adjective still looks ahead for a plain time
    assert_eq!(
        times(
            wednesday,
            "The harbour minister offers to step down on Monday if the inquiry finds fault."
        ),
        pairs(&[("Monday", "2026-11-30")])
    );
    assert_eq!(
        times(
            wednesday,
            "The senator said she was willing to testify on Monday."
        ),
        pairs(&[("Monday", "2026-11-30")])
    );
}

#[test]
fn days_or_hours_earlier_count_back_from_the_story_as_a_duration() {
    let published = Some(date(2022, 11, 25));
    assert_eq!(
        times(
            published,
            "The mill closed on Oct. 14. Three days earlier, its owner had fled."
        ),
        pairs(&[("Oct. 14", "2022-10-14"), ("Three days earlier", "P3D")])
    );
    assert_eq!(
        times(published, "A day earlier, the guards had been withdrawn."),
        pairs(&[("A day earlier", "P1D")])
    );
    // a year earlier stays the comparison's year
    assert_eq!(
        times(published, "Output fell from a year earlier."),
        pairs(&[("a year earlier", "2021")])
    );
}

#[test]
fn a_month_earlier_after_a_named_month_is_the_month_before_it() {
    let published = Some(date(2022, 11, 25));
    assert_eq!(
        times(
            published,
            "Prices rose 6 percent in January, after 5 percent a month earlier."
        ),
        pairs(&[("January", "2022-01"), ("a month earlier", "2021-12")])
    );
    // no month named in its sentence: the month before publication
    assert_eq!(
        times(published, "A month earlier, the talks had stalled."),
        pairs(&[("A month earlier", "2022-10")])
    );
}

#[test]
fn the_plural_present_of_a_scheduled_act_looks_ahead() {
    let wednesday = Some(date(2025, 3, 12));
    for (text, value) in [
        ("Polls open on Sunday across the south.", "2025-03-16"),
        (
            "The two trade ministers meet in Oslo on Friday.",
            "2025-03-14",
        ),
        ("Talks between the unions resume on Monday.", "2025-03-17"),
        (
            "The mayor and Councillor Tembo fly to Accra Monday.",
            "2025-03-17",
        ),
        ("The two premiers hold talks on Thursday.", "2025-03-13"),
        ("Voters go to the polls on Sunday.", "2025-03-16"),
        (
            "The finance minister flies to Lagos on Tuesday.",
            "2025-03-18",
        ),
    ] {
        assert_eq!(
            times(wednesday, text),
            pairs(&[(text_day(text), value)]),
            "{text}"
        );
    }
    // the base form after "did not", a past form, or a noun is no schedule
    for (text, value) in [
        ("The two premiers did not meet on Tuesday.", "2025-03-11"),
        ("The two premiers met on Tuesday.", "2025-03-11"),
        ("A vote on Monday approved the plan.", "2025-03-10"),
    ] {
        assert_eq!(
            times(wednesday, text),
            pairs(&[(text_day(text), value)]),
            "{text}"
        );
    }
}

/// The weekday a test sentence names.
fn text_day(text: &str) -> &str {
    attache_core::date::Weekday::NAMES
        .into_iter()
        .find(|d| text.contains(d))
        .unwrap_or("")
}

#[test]
fn an_adjective_in_the_phrase_called_for_keeps_the_event_ahead() {
    let wednesday = Some(date(2025, 3, 12));
    assert_eq!(
        times(wednesday, "The union called for renewed strikes on Sunday."),
        pairs(&[("Sunday", "2025-03-16")])
    );
    // a verb after the event noun is the clause's own: "protests that ended on Sunday"
    assert_eq!(
        times(
            wednesday,
            "The union called for protests that ended on Sunday."
        ),
        pairs(&[("Sunday", "2025-03-09")])
    );
}

#[test]
fn in_a_count_of_years_in_a_future_clause_is_a_point_ahead() {
    let published = Some(date(2021, 6, 9));
    assert_eq!(
        times(
            published,
            "Engineers say the dam will be finished in four years."
        ),
        pairs(&[("four years", "2025")])
    );
    assert_eq!(
        times(published, "The garrison will leave in six months."),
        pairs(&[("six months", "2021-12")])
    );
    // the same opening the sentence, with a capital "In"
    assert_eq!(
        times(
            published,
            "In four years, the port will handle twice the cargo."
        ),
        pairs(&[("four years", "2025")])
    );
    // a stretch: "within", a past clause, a comparison
    for (text, expr, value) in [
        (
            "The garrison will leave within six months.",
            "six months",
            "P6M",
        ),
        ("Exports doubled in four years.", "four years", "P4Y"),
        (
            "The mill will grind more grain in four years than it did in a decade.",
            "four years",
            "P4Y",
        ),
    ] {
        let shown = times(published, text);
        assert_eq!(
            shown.first(),
            Some(&(expr.to_string(), value.to_string())),
            "{text}"
        );
    }
    // a vague "a year or two" is no point ahead
    let vague = times(published, "It may happen in a year or two.");
    assert!(vague.iter().all(|(_, v)| v != "2022"), "{vague:?}");
}

#[test]
fn a_day_described_after_a_copula_is_the_day_the_story_is_about() {
    let saturday = Some(date(2024, 6, 15));
    // a past copula: the day the story named before
    assert_eq!(
        times(
            saturday,
            "Dock workers ended their strike on Thursday. For the harbour towns it was a quiet day at last."
        ),
        pairs(&[("Thursday", "2024-06-13"), ("day", "2024-06-13")])
    );
    // a day named later in the same sentence wins over the one named before
    assert_eq!(
        times(
            saturday,
            "The siege ended on Monday. It was a bleak day in Mosul on Thursday, residents recalled."
        ),
        pairs(&[
            ("Monday", "2024-06-10"),
            ("day", "2024-06-13"),
            ("Thursday", "2024-06-13")
        ])
    );
    // a present copula: the day of publication
    assert_eq!(
        times(saturday, "For the farmers this is a hard day."),
        pairs(&[("day", "2024-06-15")])
    );
    // no copula with "it", or a day off: no such day
    assert_eq!(
        times(saturday, "She took a day off."),
        pairs(&[("a day", "P1D")])
    );
    assert!(times(saturday, "They had a great day.").is_empty());
}

#[test]
fn a_day_before_a_noun_or_a_past_day_never_named_is_no_day_described() {
    let saturday = Some(date(2024, 6, 15));
    // "day" before a noun is a compound: no day
    for text in [
        "It was a day trip to the border.",
        "The strike began on Monday. It was a day care centre that was hit.",
        "It was a day job, she said.",
    ] {
        let shown = times(saturday, text);
        assert!(shown.iter().all(|(e, _)| e != "day"), "{text}: {shown:?}");
    }
    // a past copula with no day named: not publication, no time
    let shown = times(
        saturday,
        "That was a day of heavy shelling along the front.",
    );
    assert!(shown.is_empty(), "{shown:?}");
}

#[test]
fn a_bare_plural_unit_before_ago_is_a_vague_stretch_back() {
    let published = Some(date(2023, 4, 3));
    assert_eq!(
        times(
            published,
            "The firm, which only months ago was near collapse, is hiring."
        ),
        pairs(&[("months ago", "PXM")])
    );
    assert_eq!(
        times(published, "Years ago the port was busy."),
        pairs(&[("Years ago", "PXY")])
    );
    // a count or "several" keeps its own reading
    assert_eq!(
        times(
            published,
            "Several years ago the port was busy; two years ago it closed."
        ),
        pairs(&[("Several years ago", "PAST_REF"), ("two years ago", "2021")])
    );
}

#[test]
fn what_is_threatened_lies_ahead_of_the_threat() {
    let wednesday = Some(date(2025, 3, 12));
    assert_eq!(
        times(wednesday, "Dockers have threatened to walk out on Friday."),
        pairs(&[("Friday", "2025-03-14")])
    );
    // the day of the threat itself
    assert_eq!(
        times(wednesday, "The guild threatened on Monday to walk out."),
        pairs(&[("Monday", "2025-03-10")])
    );
}

#[test]
fn the_present_passive_of_an_act_with_its_day_is_scheduled() {
    let thursday = Some(date(2024, 10, 17));
    assert_eq!(
        times(
            thursday,
            "The names of the new judges are published on Saturday."
        ),
        pairs(&[("Saturday", "2024-10-19")])
    );
    // the past passive keeps its past
    assert_eq!(
        times(
            thursday,
            "The names of the new judges were published on Saturday."
        ),
        pairs(&[("Saturday", "2024-10-12")])
    );
}

#[test]
fn by_a_day_opening_a_pluperfect_clause_looks_back() {
    let wednesday = Some(date(2026, 1, 21));
    assert_eq!(
        times(wednesday, "By Sunday the rebels had taken the airport."),
        pairs(&[("Sunday", "2026-01-18")])
    );
    assert_eq!(
        times(
            wednesday,
            "By Sunday, the rebels will have taken the airport."
        ),
        pairs(&[("Sunday", "2026-01-25")])
    );
}

#[test]
fn a_weekday_of_an_act_called_off_is_the_nearer_one() {
    // published on a Sunday: the Saturday just past, not the next one
    let sunday = Some(date(2024, 10, 20));
    assert_eq!(
        times(
            sunday,
            "A concert planned in the park for Saturday was canceled."
        ),
        pairs(&[("Saturday", "2024-10-19")])
    );
    // published on a Wednesday: the coming Friday
    let wednesday = Some(date(2024, 10, 16));
    assert_eq!(
        times(wednesday, "A march planned for Friday was scrapped."),
        pairs(&[("Friday", "2024-10-18")])
    );
    // the weekday closing the subject of the calling off
    assert_eq!(
        times(sunday, "The gala on Saturday has been cancelled."),
        pairs(&[("Saturday", "2024-10-19")])
    );
}

#[test]
fn a_weekday_dating_the_calling_off_or_another_act_keeps_the_clause_tense() {
    // published on a Wednesday: each weekday is the one just past, as the past clause says
    let wednesday = Some(date(2024, 10, 16));
    for (text, day) in [
        (
            "On Thursday, the cabinet cancelled the by-elections.",
            "Thursday",
        ),
        (
            "Aides said on Thursday that the forum was cancelled.",
            "Thursday",
        ),
        (
            "Guards detained the promoter on Thursday after the gig was cancelled.",
            "Thursday",
        ),
        (
            "On Friday the agency scrapped the tour of the dam.",
            "Friday",
        ),
    ] {
        let want = if day == "Thursday" {
            "2024-10-10"
        } else {
            "2024-10-11"
        };
        assert_eq!(times(wednesday, text), pairs(&[(day, want)]), "{text}");
    }
}

#[test]
fn a_time_opening_the_sentence_dates_a_past_plan_not_the_act() {
    let wednesday = Some(date(2026, 11, 25));
    assert_eq!(
        times(
            wednesday,
            "On Friday, engineers at the weir planned a controlled release of water."
        ),
        pairs(&[("Friday", "2026-11-20")])
    );
    // the time inside what was planned still lies ahead
    assert_eq!(
        times(
            wednesday,
            "Engineers at the weir planned to open the sluices on Friday."
        ),
        pairs(&[("Friday", "2026-11-27")])
    );
}

#[test]
fn some_centuries_keep_the_century_unit() {
    // "for centuries" is some centuries, not some years; counted centuries stay in years
    assert_eq!(
        times(
            friday(),
            "The old bridge stood over the river for centuries."
        ),
        pairs(&[("centuries", "PXC")])
    );
    assert_eq!(
        times(
            friday(),
            "The monastery has kept its library for two centuries."
        ),
        pairs(&[("two centuries", "P200Y")])
    );
    assert_eq!(
        times(friday(), "The town has held a fair for decades."),
        pairs(&[("decades", "PXY")])
    );
}

#[test]
fn ordinal_quarters_in_a_clause_of_habit_are_every_year() {
    // each ordinal is its own expression, as TimeML marks coordinated quarters
    assert_eq!(
        times(
            friday(),
            "Most of the retailer's sales usually come in the third and fourth quarters."
        ),
        pairs(&[("third", "XXXX-Q3"), ("fourth quarters", "XXXX-Q4")])
    );
    // a lone ordinal before the plural names that quarter of every year
    assert_eq!(
        times(friday(), "Shipping firms earn most in fourth quarters."),
        pairs(&[("fourth quarters", "XXXX-Q4")])
    );
}

#[test]
fn coordinated_ordinal_quarters_without_habit_are_this_years() {
    // in a past clause in November, this year's quarters that have passed
    assert_eq!(
        times(
            Some(date(2022, 11, 10)),
            "The mill lost money in the second and third quarters."
        ),
        pairs(&[("the second", "2022-Q2"), ("third quarters", "2022-Q3")])
    );
    assert_eq!(
        times(
            friday(),
            "Exports fell in the first and second quarters of 2020."
        ),
        pairs(&[
            ("the first", "2020-Q1"),
            ("second quarters of 2020", "2020-Q2")
        ])
    );
}

#[test]
fn the_first_or_early_units_of_something_are_a_vague_stretch() {
    assert_eq!(
        times(
            friday(),
            "Hundreds of rebels surrendered in the first hours of the offensive."
        ),
        pairs(&[("the first hours", "PTXH")])
    );
    assert_eq!(
        times(friday(), "The fund lost money in the early years."),
        pairs(&[("the early years", "PXY")])
    );
}

#[test]
fn the_early_hours_of_a_day_are_part_of_that_day_not_a_stretch() {
    let found = times(
        friday(),
        "He was detained in the early hours of Thursday morning.",
    );
    assert!(
        found.iter().all(|(text, _)| !text.contains("hours")),
        "{found:?}"
    );
    // a stretch counted from an event is not read, as "the days after the vote" is not
    assert!(times(friday(), "In the first days after the vote, prices rose.").is_empty());
}

#[test]
fn could_can_and_must_after_a_past_report_look_ahead() {
    // published on Friday 21 January 2022: the coming Thursday is the 27th
    assert_eq!(
        times(
            friday(),
            "A diplomat said the envoys could meet on Thursday."
        ),
        pairs(&[("Thursday", "2022-01-27")])
    );
    assert_eq!(
        times(
            friday(),
            "Officials said both sides can sign the accord in March."
        ),
        pairs(&[("March", "2022-03")])
    );
    assert_eq!(
        times(
            friday(),
            "The minister said the convoy must leave on Thursday."
        ),
        pairs(&[("Thursday", "2022-01-27")])
    );
    // with the tagger's tags, as in the pipeline (a modal is MD)
    let mut doc = Document::from_plain("A diplomat said the envoys could meet on Thursday .");
    tag(
        &mut doc,
        &["DT", "NN", "VBD", "DT", "NNS", "MD", "VB", "IN", "NNP", "."],
    );
    doc.published = friday().map(Published::day);
    TimeNormalization::new().run(&mut doc);
    assert_eq!(doc.times[0].value.as_deref(), Some("2022-01-27"));
}

#[test]
fn could_as_a_past_ability_keeps_the_past() {
    // negated, or after a negative subject: what was not possible then (last Thursday, the 20th)
    for text in [
        "The mayor could not attend on Thursday.",
        "The mayor said she couldn't attend on Thursday.",
        "Nobody in the village could reach the wells on Thursday.",
        "The army could have struck on Thursday.",
        "Residents said they could hear shelling on Thursday.",
        "Police said the van could be seen on camera on Thursday.",
        "No spokesman could be reached on Thursday.",
    ] {
        assert_eq!(
            times(friday(), text),
            pairs(&[("Thursday", "2022-01-20")]),
            "{text}"
        );
    }
    let mut doc = Document::from_plain("The mayor could not attend on Thursday .");
    tag(&mut doc, &["DT", "NN", "MD", "RB", "VB", "IN", "NNP", "."]);
    doc.published = friday().map(Published::day);
    TimeNormalization::new().run(&mut doc);
    assert_eq!(doc.times[0].value.as_deref(), Some("2022-01-20"));
}

#[test]
fn a_modal_speaks_only_for_a_time_in_its_own_phrase() {
    // "hit" is no tense cue of its own (the same form as the present); "can" lies before
    // the comma, so no cue looks ahead and the weekday looks back
    assert_eq!(
        times(
            friday(),
            "Farmers can sell their grain, though frost hit the region on Thursday."
        ),
        pairs(&[("Thursday", "2022-01-20")])
    );
}

#[test]
fn a_standing_offer_looks_ahead() {
    assert_eq!(
        times(friday(), "Norway has offered to host the talks in March."),
        pairs(&[("March", "2022-03")])
    );
    // a plain past offer does not make its month lie ahead: in July the March past
    assert_eq!(
        times(
            Some(date(2022, 7, 15)),
            "Norway offered to host the talks in March, but Russia refused."
        ),
        pairs(&[("March", "2022-03")])
    );
    // a time before the offer dates the offer; a weekday after a past offer may date it too
    assert_eq!(
        times(friday(), "In March, Norway offered to host the talks."),
        pairs(&[("March", "2021-03")])
    );
    assert_eq!(
        times(
            friday(),
            "He offered to step down on Monday after his party lost."
        ),
        pairs(&[("Monday", "2022-01-17")])
    );
}

#[test]
fn a_season_in_a_present_clause_is_the_coming_one() {
    assert_eq!(
        times(friday(), "We need these systems in the summer."),
        pairs(&[("the summer", "2022-SU")])
    );
    assert_eq!(
        times(friday(), "Farmers can plant in the spring."),
        pairs(&[("the spring", "2022-SP")])
    );
    // a past clause still names the last one
    assert_eq!(
        times(friday(), "The harvest was poor in the summer."),
        pairs(&[("the summer", "2021-SU")])
    );
}

/// A tagged and parsed document: one `(xpos, head, deprel)` per token (`usize::MAX`: the
/// root), published on `friday()`, with times found.
fn parsed(text: &str, parse: &[(&str, usize, &str)]) -> Document {
    let mut doc = Document::from_plain(text);
    assert_eq!(doc.tokens.len(), parse.len(), "one analysis per token");
    for (t, (xpos, head, rel)) in doc.tokens.iter_mut().zip(parse) {
        t.xpos = attache_core::Xpos::from_label(xpos);
        t.head = if *head == usize::MAX {
            attache_core::NO_HEAD
        } else {
            *head as u32
        };
        t.deprel = attache_core::Deprel::from_label(rel);
    }
    doc.published = friday().map(Published::day);
    TimeNormalization::new().run(&mut doc);
    doc
}

#[test]
fn a_time_inside_a_clause_the_act_reports_does_not_date_the_report() {
    // "denied reports that the country had moved uranium in December": the moving was in
    // December (an acl under the object), the denial is undated by the sentence
    let doc = parsed(
        "Officials denied reports that the country had moved uranium in December .",
        &[
            ("NNS", 1, "nsubj"),
            ("VBD", usize::MAX, "root"),
            ("NNS", 1, "obj"),
            ("IN", 7, "mark"),
            ("DT", 5, "det"),
            ("NN", 7, "nsubj"),
            ("VBD", 7, "aux"),
            ("VBN", 2, "acl"),
            ("NN", 7, "obj"),
            ("IN", 10, "case"),
            ("NNP", 7, "obl"),
            (".", 1, "punct"),
        ],
    );
    assert_eq!(doc.times[0].value.as_deref(), Some("2021-12"));
    assert_eq!(time_for_clause(&doc, 1), None);
    assert_eq!(time_for_clause(&doc, 7), Some(0));
    assert_eq!(date_for_clause(&doc, 1).reason, "publication date");
    // the act's own time still dates it
    let doc = parsed(
        "Officials denied the reports on Monday .",
        &[
            ("NNS", 1, "nsubj"),
            ("VBD", usize::MAX, "root"),
            ("DT", 3, "det"),
            ("NNS", 1, "obj"),
            ("IN", 5, "case"),
            ("NNP", 1, "obl"),
            (".", 1, "punct"),
        ],
    );
    assert_eq!(time_for_clause(&doc, 1), Some(0));
    assert_eq!(own_time_for_clause(&doc, 1), Some(0));
    // a participle without a subject of its own describes the act's occasion and dates it
    let doc = parsed(
        "In its proposals published in March , the union demanded higher wages .",
        &[
            ("IN", 2, "case"),
            ("PRP$", 2, "nmod:poss"),
            ("NNS", 9, "obl"),
            ("VBN", 2, "acl"),
            ("IN", 5, "case"),
            ("NNP", 3, "obl"),
            (",", 9, "punct"),
            ("DT", 8, "det"),
            ("NN", 9, "nsubj"),
            ("VBD", usize::MAX, "root"),
            ("JJR", 11, "amod"),
            ("NNS", 9, "obj"),
            (".", 9, "punct"),
        ],
    );
    assert_eq!(time_for_clause(&doc, 9), Some(0));
}

#[test]
fn own_time_for_clause_leaves_out_the_time_of_a_complement() {
    // "denied that the troops had crossed the border in December": a ccomp's time dates the
    // clause for time_for_clause (an agreement to meet on Monday), not for the act itself
    let doc = parsed(
        "Officials denied that the troops had crossed the border in December .",
        &[
            ("NNS", 1, "nsubj"),
            ("VBD", usize::MAX, "root"),
            ("IN", 6, "mark"),
            ("DT", 4, "det"),
            ("NNS", 6, "nsubj"),
            ("VBD", 6, "aux"),
            ("VBN", 1, "ccomp"),
            ("DT", 8, "det"),
            ("NN", 6, "obj"),
            ("IN", 10, "case"),
            ("NNP", 6, "obl"),
            (".", 1, "punct"),
        ],
    );
    assert_eq!(time_for_clause(&doc, 1), Some(0));
    assert_eq!(own_time_for_clause(&doc, 1), None);
    assert_eq!(own_time_for_clause(&doc, 6), Some(0));
}

#[test]
fn a_tagged_present_of_a_scheduled_act_looks_ahead_by_its_tag() {
    // review9: the pipeline takes the tagged branches (VBP after a plural subject, VBZ),
    // which need the time to hang from the verb; published on Friday 2022-01-21
    let plural = parsed(
        "The two ministers meet in Geneva on Monday .",
        &[
            ("DT", 2, "det"),
            ("CD", 2, "nummod"),
            ("NNS", 3, "nsubj"),
            ("VBP", usize::MAX, "root"),
            ("IN", 5, "case"),
            ("NNP", 3, "obl"),
            ("IN", 7, "case"),
            ("NNP", 3, "obl"),
            (".", 3, "punct"),
        ],
    );
    assert_eq!(plural.times[0].value.as_deref(), Some("2022-01-24"));
    let third = parsed(
        "The minister travels to Oslo on Monday .",
        &[
            ("DT", 1, "det"),
            ("NN", 2, "nsubj"),
            ("VBZ", usize::MAX, "root"),
            ("IN", 4, "case"),
            ("NNP", 2, "obl"),
            ("IN", 6, "case"),
            ("NNP", 2, "obl"),
            (".", 2, "punct"),
        ],
    );
    assert_eq!(third.times[0].value.as_deref(), Some("2022-01-24"));
    // the base form after "did not" is no present: the past Monday
    let negated = parsed(
        "The ministers did not meet on Monday .",
        &[
            ("DT", 1, "det"),
            ("NNS", 4, "nsubj"),
            ("VBD", 4, "aux"),
            ("RB", 4, "advmod"),
            ("VB", usize::MAX, "root"),
            ("IN", 6, "case"),
            ("NNP", 4, "obl"),
            (".", 4, "punct"),
        ],
    );
    assert_eq!(negated.times[0].value.as_deref(), Some("2022-01-17"));
    // a VBP with the time hanging elsewhere schedules nothing: "meet" here heads no time
    let elsewhere = parsed(
        "The ministers meet after the vote ended on Monday .",
        &[
            ("DT", 1, "det"),
            ("NNS", 2, "nsubj"),
            ("VBP", usize::MAX, "root"),
            ("IN", 5, "mark"),
            ("DT", 5, "det"),
            ("NN", 6, "nsubj"),
            ("VBD", 2, "advcl"),
            ("IN", 8, "case"),
            ("NNP", 6, "obl"),
            (".", 2, "punct"),
        ],
    );
    assert_eq!(elsewhere.times[0].value.as_deref(), Some("2022-01-17"));
}

#[test]
fn a_time_the_parse_hangs_from_the_threat_dates_the_threat() {
    // review9: "threatened to kill the hostages on Monday" leaves both readings; with a
    // parse the attachment decides (published on Friday 2022-01-21)
    let parse = |rel_head: usize| {
        parsed(
            "Rebels threatened to kill the hostages on Monday .",
            &[
                ("NNS", 1, "nsubj"),
                ("VBD", usize::MAX, "root"),
                ("TO", 3, "mark"),
                ("VB", 1, "xcomp"),
                ("DT", 5, "det"),
                ("NNS", 3, "obj"),
                ("IN", 7, "case"),
                ("NNP", rel_head, "obl"),
                (".", 1, "punct"),
            ],
        )
    };
    // under "kill": what is threatened lies ahead
    assert_eq!(parse(3).times[0].value.as_deref(), Some("2022-01-24"));
    // under "threatened": the threat was made on the Monday past
    assert_eq!(parse(1).times[0].value.as_deref(), Some("2022-01-17"));
}

#[test]
fn the_tag_after_a_direct_quote_does_not_date_the_quoted_words() {
    // QA 9: the speaker's present looks ahead; the writer's "he said" is no cue for it
    assert_eq!(
        times(
            friday(),
            "\"We need these systems before winter, not in the summer,\" he said."
        ),
        pairs(&[("the summer", "2022-SU")])
    );
    // before the expression the search still reaches into a closed quote, and a past verb
    // inside the quote still dates the speaker's time
    assert_eq!(
        times(
            friday(),
            "\"Prices rose sharply,\" according to the bank's survey for March."
        ),
        pairs(&[("March", "2021-03")])
    );
    assert_eq!(
        times(friday(), "\"We met them on Monday,\" the envoy said."),
        pairs(&[("Monday", "2022-01-17")])
    );
}

#[test]
fn a_month_of_next_or_last_year_is_one_expression_in_that_year() {
    // QA 11 F9: "by March of next year" in September is next March, not the March past
    let sept = Some(date(2016, 9, 8));
    assert_eq!(
        times(
            sept,
            "The envoy said the two cabinets would draft a budget accord by March of next year."
        ),
        pairs(&[("March of next year", "2017-03")])
    );
    assert_eq!(
        times(sept, "The vote was held in June of last year."),
        pairs(&[("June of last year", "2015-06")])
    );
    // a month before "of" and a name is still no time; a month alone keeps its tense
    assert!(times(sept, "Thousands joined the March of the Living.").is_empty());
    assert_eq!(
        times(sept, "The talks resume in March."),
        pairs(&[("March", "2017-03")])
    );
}

#[test]
fn at_the_end_of_the_day_opening_a_clause_is_an_idiom() {
    // QA 11 F9: "all things considered", no date
    let sept = Some(date(2016, 9, 8));
    assert!(times(
        sept,
        "\"At the end of the day, voters want lower prices,\" the governor said."
    )
    .is_empty());
    assert!(times(sept, "The plan, at the end of the day, is a compromise.").is_empty());
    // the end of a real day stays a date
    assert_eq!(
        times(sept, "The border crossing closes at the end of the day."),
        pairs(&[("the end of the day", "2016-09-08")])
    );
    assert_eq!(
        times(sept, "He will decide by the end of the day."),
        pairs(&[("the end of the day", "2016-09-08")])
    );
}

#[test]
fn the_verb_last_stays_outside_the_duration_after_it() {
    // QA 11 F25: "will last one year" is the duration "one year"
    assert_eq!(
        times(
            friday(),
            "\"The transition will last one year,\" the spokesman said."
        ),
        pairs(&[("one year", "P1Y")])
    );
    assert_eq!(
        times(friday(), "The war could easily last five years."),
        pairs(&[("five years", "P5Y")])
    );
    // "last" as an adjective keeps its place in the expression
    assert_eq!(
        times(friday(), "Sales rose over the last two years."),
        pairs(&[("the last two years", "P2Y")])
    );
    assert_eq!(
        times(friday(), "Prices fell to last year's level."),
        pairs(&[("last year", "2021")])
    );
}

#[test]
fn a_season_in_a_sentence_about_every_year_has_no_calendar_value() {
    // QA 10/11: a habitual "in the summer" is every year's summer (TimeML `XXXX-SU`), no year
    let doc = annotate(
        friday(),
        "Working full time in the summer, a student is capable of earning 6,000 dollars annually.",
    );
    assert_eq!(doc.times.len(), 1);
    assert_eq!(doc.times[0].value.as_deref(), Some("XXXX-SU"));
    assert_eq!(doc.times[0].interval, None);
    assert_eq!(
        times(friday(), "Farmers usually sell their grain in the autumn."),
        pairs(&[("the autumn", "XXXX-FA")])
    );
    // a season of a single year keeps it, also next to a yearly sentence
    assert_eq!(
        times(friday(), "The plan will be ready in the summer."),
        pairs(&[("the summer", "2022-SU")])
    );
    assert_eq!(
        times(
            friday(),
            "The fair is held every year. The new hall opens in the summer."
        ),
        pairs(&[("every year", "P1Y"), ("the summer", "2022-SU")])
    );
}

#[test]
fn a_word_of_habit_in_another_clause_leaves_a_season_its_year() {
    // The review's cases: "usually" in a relative clause between commas, and "Every year"
    // before a semicolon, say nothing of the summer in the main clause: it is one summer
    // (the last one: both clauses are past), not every year's.
    for text in [
        "The ministry, which usually publishes its figures in May, said in the summer that exports fell.",
        "Every year the ministry publishes its figures; in the summer it changed the method.",
    ] {
        let got = times(friday(), text);
        assert!(
            got.iter()
                .any(|(t, v)| t == "the summer" && v.ends_with("-SU") && !v.starts_with("XXXX")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_verb_of_reporting_in_the_present_passive_schedules_its_day() {
    // the ninth session's "are announced on Saturday" (a present of schedule) had turned into
    // last Saturday when "announced" was listed as a verb of reporting
    let thursday = Some(date(2024, 10, 17));
    assert_eq!(
        times(thursday, "Results of the runoff are announced on Saturday."),
        pairs(&[("Saturday", "2024-10-19")])
    );
    assert_eq!(
        times(thursday, "The final figures are confirmed on Monday."),
        pairs(&[("Monday", "2024-10-21")])
    );
    // the past passive and the active past stay in the past
    assert_eq!(
        times(thursday, "The results were announced on Saturday."),
        pairs(&[("Saturday", "2024-10-12")])
    );
    assert_eq!(
        times(thursday, "The army announced on Saturday a truce."),
        pairs(&[("Saturday", "2024-10-12")])
    );
}
