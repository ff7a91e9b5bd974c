//! The fuzz run of issue 6: random and mutated share links through the decoder (and everything
//! the app does with a link when it starts), and random and mutated CSV files through the roster
//! and supply-chain readers. Nothing may panic: a wasm panic kills the page.
//!
//! A million cases take about a minute in release, so this is not part of `make test`; run it
//! with `make fuzz` (set `FUZZ_CASES` for more or fewer).
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use furlough_app::share::fragment::Fragment;
use furlough_app::startup::{embed_options, embedded_state_for, state_for};
use furlough_app::state::AppState;
use furlough_engine::estimate::{read_firms, read_roster, Scenario, ROSTER_TEMPLATE, SUPPLY_CHAIN_TEMPLATE};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

const GOLDEN: [&str; 5] = [
    include_str!("golden-links/estimate-v1-quick.txt"),
    include_str!("golden-links/estimate-v1-detailed.txt"),
    include_str!("golden-links/claim-v1-phase1-monthly.txt"),
    include_str!("golden-links/roster-v1-200-employees.txt"),
    include_str!("golden-links/supply-chain-v1-two-firms.txt"),
];

const VIEWS: [&str; 4] = ["estimate", "claim", "roster", "supply-chain"];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default()
}

/// What can happen to text on its way: characters changed, inserted or removed, or the end cut.
#[derive(Clone, Debug)]
enum Mutation {
    Replace(usize, char),
    Insert(usize, char),
    Remove(usize),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<char>()).prop_map(|(at, c)| Mutation::Replace(at, c)),
        (any::<usize>(), any::<char>()).prop_map(|(at, c)| Mutation::Insert(at, c)),
        any::<usize>().prop_map(Mutation::Remove),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

fn mutate(text: &str, mutations: &[Mutation]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for mutation in mutations {
        let len = chars.len().max(1);
        match *mutation {
            Mutation::Replace(at, c) if !chars.is_empty() => {
                let at = at % chars.len();
                chars[at] = c;
            }
            Mutation::Insert(at, c) => {
                let at = at % (chars.len() + 1);
                chars.insert(at, c);
            }
            Mutation::Remove(at) if !chars.is_empty() => {
                chars.remove(at % chars.len());
            }
            Mutation::Truncate(at) => chars.truncate(at % len),
            _ => {}
        }
    }
    chars.into_iter().collect()
}

/// A link-shaped or CSV-shaped input: random text, or a real one mutated.
#[derive(Clone, Debug)]
enum Input {
    Fragment(String),
    Roster(String),
    Firms(String),
}

fn input() -> impl Strategy<Value = Input> {
    let golden = prop::sample::select(GOLDEN.to_vec()).prop_map(|link| link.trim().split_once('#').map(|(_, f)| f.to_string()).unwrap_or_default());
    let view = prop::sample::select(VIEWS.to_vec());
    let payload_like = (view.clone(), "[a-zA-Z0-9_-]{0,400}").prop_map(|(view, body)| format!("{view}/v1.z{body}"));
    let json_like = (view, "[{}\\[\\]\",:a-z0-9 <>]{0,200}").prop_map(|(view, json)| {
        use base64::Engine;
        format!("{view}/v1.j{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json))
    });
    prop_oneof![
        ".{0,300}".prop_map(Input::Fragment),
        payload_like.prop_map(Input::Fragment),
        json_like.prop_map(Input::Fragment),
        (golden, prop::collection::vec(mutation(), 1..8)).prop_map(|(link, m)| Input::Fragment(mutate(&link, &m))),
        ".{0,300}".prop_map(Input::Roster),
        prop::collection::vec(mutation(), 1..12).prop_map(|m| Input::Roster(mutate(ROSTER_TEMPLATE, &m))),
        ".{0,300}".prop_map(Input::Firms),
        prop::collection::vec(mutation(), 1..12).prop_map(|m| Input::Firms(mutate(SUPPLY_CHAIN_TEMPLATE, &m))),
    ]
}

fn run(input: Input) {
    match input {
        Input::Fragment(fragment) => {
            let fragment = Fragment::parse(&fragment);
            let state = state_for(&fragment, AppState::default(), today());
            let embedded = embedded_state_for(&fragment, None, &embed_options(&fragment), today());
            let _ = furlough_app::derive::estimate::derive_estimate(&embedded.estimate, today());
            let _ = furlough_app::derive::estimate::derive_estimate(&state.estimate, today());
            let _ = furlough_app::derive::claim::derive_claim(&state.claim);
            let _ = furlough_app::derive::supply_chain::derive_supply_chain(&state.supply_chain, today());
        }
        Input::Roster(csv) => {
            if let Ok(groups) = read_roster(csv.as_bytes()) {
                let mut scenario = Scenario::default();
                scenario.use_roster(groups);
                let _ = furlough_engine::estimate::estimate(&scenario);
            }
        }
        Input::Firms(csv) => {
            if let Ok(firms) = read_firms(csv.as_bytes(), &Scenario::default()) {
                for firm in firms {
                    let _ = firm.estimate();
                }
            }
        }
    }
}

#[test]
#[ignore = "a million cases: run with `make fuzz`"]
fn no_link_or_csv_file_makes_the_app_panic() {
    let cases: u32 = std::env::var("FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(1_000_000);
    let config = Config { cases, failure_persistence: None, ..Config::default() };
    let started = std::time::Instant::now();
    let result = TestRunner::new(config).run(&input(), |input| {
        run(input);
        Ok(())
    });
    println!("fuzz: {cases} cases of links and CSV files in {:.1} s", started.elapsed().as_secs_f64());
    if let Err(failure) = result {
        panic!("{failure}");
    }
}
