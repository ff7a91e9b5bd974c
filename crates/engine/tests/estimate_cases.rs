//! Hand-checked estimates, one per behaviour the spec describes. Each figure in a comment was
//! worked out by hand from the spec's method; the test checks the engine agrees.

use furlough_engine::estimate::{estimate, read_roster, Estimate, Outcome, Scenario, SchemePreset};
use furlough_engine::Money;
use rust_decimal::Decimal;

fn run(json: &str) -> Estimate {
    let scenario = Scenario::from_json(json).unwrap_or_else(|e| panic!("{json}: {e}"));
    estimate(&scenario).unwrap_or_else(|e| panic!("{json}: {e}"))
}

fn pence(amount: i64) -> Money {
    Money::pence(amount)
}

fn pounds(amount: i64) -> Money {
    Money::pounds(amount)
}

fn weeks(hundredths: i64) -> Option<Decimal> {
    Some(Decimal::new(hundredths, 2))
}

const WORKED_EXAMPLE: &str = r#"{"tax_year":"2025-26","workforce":[{"employees":200,"annual_pay":"32000","age":40,"years_service":8}],
    "lost_output_pct":60,"shutdown_weeks":6,"finances":{"cash_reserves":"600000"}}"#;

/// 100 people on £26,000 (£500.00 a week; NIC 60.60; pension 11.40; cost 572.00), age 30 with
/// 5 years (redundancy 5 weeks = £2,500 each), half the output lost. P = 57,200; R = 228,800;
/// K = 164,736 (variable 123,552, fixed 41,184); E = 50 exposed, full cost 28,600 a week.
/// In the shutdown R' = 114,400, K' = 102,960: CF0 = −45,760; after layoffs −17,160;
/// furlough: grant 400.00, firm pays NIC 45.60 + pension 8.40 = 54.00 → CF1 = −19,860.
fn small_firm(cash: i64, shutdown_weeks: u32, max_weeks: &str) -> Estimate {
    run(&format!(
        r#"{{"tax_year":"2025-26","workforce":[{{"employees":100,"annual_pay":"26000","age":30,"years_service":5}}],
            "lost_output_pct":50,"shutdown_weeks":{shutdown_weeks},"scheme":{{"max_weeks":{max_weeks}}},
            "finances":{{"cash_reserves":"{cash}"}}}}"#
    ))
}

#[test]
fn the_small_firms_weekly_figures_are_as_worked_by_hand() {
    let e = small_firm(300_000, 8, "26");
    assert_eq!(e.weekly.payroll_cost, pounds(57_200));
    assert_eq!(e.weekly.revenue, pounds(228_800));
    assert_eq!(
        (
            e.finances.non_pay_costs,
            e.finances.variable_costs,
            e.finances.fixed_costs
        ),
        (pounds(164_736), pounds(123_552), pounds(41_184))
    );
    assert_eq!(
        (e.shutdown_week.revenue, e.shutdown_week.non_pay_costs),
        (pounds(114_400), pounds(102_960))
    );
    assert_eq!(e.weekly.cash_flow_without_scheme, pounds(-45_760));
    assert_eq!(e.weekly.cash_flow_with_scheme, pounds(-19_860));
    assert_eq!(e.shutdown_week.after_layoffs, pounds(-17_160));
    assert_eq!(
        (e.weekly.government_grant, e.weekly.employer_furlough_cost),
        (pounds(20_000), pounds(2_700))
    );
    assert_eq!(
        (
            e.exposed_jobs,
            e.exposed_full_cost,
            e.redundancy_cost_exposed
        ),
        (50, pounds(28_600), pounds(125_000))
    );
}

#[test]
fn layoffs_without_the_scheme_when_redundancies_keep_the_firm_afloat_and_safe_with_it() {
    // Without: 300,000 − 8 × 45,760 < 0; after paying 125,000 redundancy, 175,000 − 8 × 17,160 = 37,720 ≥ 0.
    // With: 300,000 − 8 × 19,860 = 141,120 ≥ 0.
    let e = small_firm(300_000, 8, "26");
    assert_eq!(
        (e.without_scheme.outcome, e.without_scheme.jobs_at_risk),
        (Outcome::Layoffs, 50)
    );
    assert_eq!(
        (e.with_scheme.outcome, e.with_scheme.jobs_at_risk),
        (Outcome::Safe, 0)
    );
    assert_eq!(e.without_scheme.runway_weeks, weeks(656)); // 300,000 ÷ 45,760 = 6.556
    assert_eq!(e.with_scheme.runway_weeks, weeks(1511)); // 300,000 ÷ 19,860 = 15.106
    assert_eq!(e.jobs_saved, 50);
    assert_eq!(
        (e.government_cost, e.employer_cost),
        (pounds(160_000), pounds(21_600))
    );
    assert_eq!(e.cost_per_job_saved, Some(pounds(3_200)));
    assert_eq!(e.cash_by_week.len(), 9);
    assert_eq!(e.cash_by_week[0].with_layoffs, pounds(175_000));
    assert_eq!(e.cash_by_week[8].with_layoffs, pounds(37_720));
    assert_eq!(e.cash_by_week[8].with_scheme, pounds(141_120));
}

#[test]
fn safe_without_the_scheme_means_no_job_is_saved_though_the_scheme_still_pays() {
    // 400,000 − 8 × 45,760 = 33,920 ≥ 0.
    let e = small_firm(400_000, 8, "26");
    assert_eq!(
        (e.without_scheme.outcome, e.with_scheme.outcome),
        (Outcome::Safe, Outcome::Safe)
    );
    assert_eq!((e.jobs_saved, e.cost_per_job_saved), (0, None));
    assert_eq!(e.government_cost, pounds(160_000));
}

#[test]
fn insolvency_with_and_without_when_even_redundancies_cannot_be_paid() {
    // 100,000 cannot pay 125,000 of redundancy; 100,000 − 8 × 19,860 < 0 with the scheme.
    let e = small_firm(100_000, 8, "26");
    assert_eq!(
        (e.without_scheme.outcome, e.without_scheme.jobs_at_risk),
        (Outcome::Insolvency, 100)
    );
    assert_eq!(
        (e.with_scheme.outcome, e.with_scheme.jobs_at_risk),
        (Outcome::Insolvency, 100)
    );
    assert_eq!((e.jobs_saved, e.cost_per_job_saved), (0, None));
}

#[test]
fn a_scheme_shorter_than_the_shutdown_pays_for_its_weeks_then_cf0_applies_again() {
    // 12-week shutdown, 4-week scheme: 400,000 − 4 × 19,860 − 8 × 45,760 = −45,520 → layoffs
    // (275,000 − 12 × 17,160 = 69,080 ≥ 0) both with and without.
    let e = small_firm(400_000, 12, "4");
    assert_eq!(e.scheme_weeks, 4);
    assert_eq!(
        (e.without_scheme.outcome, e.with_scheme.outcome),
        (Outcome::Layoffs, Outcome::Layoffs)
    );
    assert_eq!(
        (e.government_cost, e.employer_cost),
        (pounds(80_000), pounds(10_800))
    );
    assert_eq!((e.jobs_saved, e.cost_per_job_saved), (0, None));
    assert_eq!(e.without_scheme.runway_weeks, weeks(874)); // 400,000 ÷ 45,760
    assert_eq!(e.with_scheme.runway_weeks, weeks(1101)); // 4 + 320,560 ÷ 45,760
    assert_eq!(e.cash_by_week[4].with_scheme, pounds(320_560));
    assert_eq!(e.cash_by_week[5].with_scheme, pounds(274_800));
    // Sensitivity: without the scheme 8 weeks leave 33,920 and 9 weeks −11,840; with it the
    // cash lasts 11 weeks (240 left), not 12.
    let point = |w: usize| {
        (
            e.sensitivity[w - 1].jobs_at_risk_without,
            e.sensitivity[w - 1].jobs_at_risk_with,
        )
    };
    assert_eq!(point(8), (0, 0));
    assert_eq!(point(9), (50, 0));
    assert_eq!(point(11), (50, 0));
    assert_eq!(point(12), (50, 50));
}

#[test]
fn max_weeks_null_pays_for_the_whole_shutdown() {
    let e = small_firm(400_000, 12, "null");
    assert_eq!(e.scheme_weeks, 12);
    assert_eq!(e.government_cost, pounds(240_000));
    assert_eq!(e.with_scheme.outcome, Outcome::Safe); // 400,000 − 12 × 19,860 = 161,680
}

#[test]
fn a_scheme_covering_nic_and_pension_costs_the_government_those_too() {
    // Spring 2020 CJRS on the worked example: the government pays 492.30 + 59.45 + 11.17 =
    // 562.92 a person; the firm pays nothing; CF1 = 2,266.08 − 56,652 = −54,385.92.
    let mut scenario = Scenario::from_json(WORKED_EXAMPLE).unwrap();
    scenario.scheme = SchemePreset::CjrsSpring2020.scheme();
    let e = estimate(&scenario).unwrap();
    assert_eq!(e.weekly.government_grant, pence(6_755_040));
    assert_eq!(
        (
            e.weekly_furlough.government_nic,
            e.weekly_furlough.government_pension
        ),
        (pence(713_400), pence(134_040))
    );
    assert_eq!(e.weekly.employer_furlough_cost, Money::ZERO);
    assert_eq!(e.weekly.cash_flow_with_scheme, pence(-5_438_592));
    assert_eq!(e.government_cost, pence(40_530_240));
    assert_eq!(e.cost_per_job_saved, Some(pence(202_651))); // 405,302.40 ÷ 200 = 2,026.512
}

#[test]
fn a_top_up_to_full_pay_costs_the_firm_the_difference_and_its_on_costs() {
    // Top-up 615.38 − 492.30 = 123.08, plus NIC 77.91 and pension 14.86 on full pay = 215.85.
    let json = WORKED_EXAMPLE.replace(
        r#""shutdown_weeks":6,"#,
        r#""shutdown_weeks":6,"scheme":{"top_up_to_pct":100},"#,
    );
    let e = run(&json);
    assert_eq!(e.groups[0].furlough.furlough_pay, pence(61_538));
    assert_eq!(e.weekly.employer_furlough_cost, pence(2_590_200)); // 120 × 215.85
    assert_eq!(e.weekly.government_grant, pence(5_907_600));
    assert_eq!(e.weekly.cash_flow_with_scheme, pence(-8_028_792));
    assert_eq!(e.employer_cost, pence(15_541_200));
    assert_eq!(e.with_scheme.outcome, Outcome::Safe); // 600,000 − 6 × 80,287.92 = 118,272.48
    assert_eq!(e.with_scheme.runway_weeks, weeks(747));
}

#[test]
fn nic_categories_m_h_and_x_change_only_the_employers_nic() {
    let e = run(
        r#"{"tax_year":"2025-26","lost_output_pct":100,"shutdown_weeks":1,"workforce":[
        {"label":"under 21","employees":1,"annual_pay":"26000","age":19,"years_service":2,"nic_category":"M"},
        {"label":"apprentice","employees":1,"annual_pay":"60000","age":22,"years_service":3,"nic_category":"H"},
        {"label":"no NIC","employees":1,"annual_pay":"26000","age":40,"years_service":2,"nic_category":"X"},
        {"label":"standard","employees":1,"annual_pay":"26000","age":40,"years_service":2,"nic_category":"A"}]}"#,
    );
    let nic: Vec<Money> = e.groups.iter().map(|g| g.week.employer_nic).collect();
    // M below £967: 0. H: 15% × (1,153.85 − 967) = 28.03. X: 0. A: 15% × (500 − 96) = 60.60.
    assert_eq!(nic, [Money::ZERO, pence(2_803), Money::ZERO, pence(6_060)]);
    let pension: Vec<Money> = e.groups.iter().map(|g| g.week.employer_pension).collect();
    assert_eq!(
        pension,
        [pence(1_140), pence(2_541), pence(1_140), pence(1_140)]
    );
    // On furlough the apprentice's capped £576.92 is below £967: no NIC; pension 13.71.
    assert_eq!(
        (
            e.groups[1].furlough.firm_nic,
            e.groups[1].furlough.firm_pension
        ),
        (Money::ZERO, pence(1_371))
    );
    assert_eq!(
        (e.groups[0].furlough.firm_nic, e.groups[3].furlough.firm_nic),
        (Money::ZERO, pence(4_560))
    );
    // Redundancy: age 19 with 2 years → 1 week; apprentice age 22 with 3 years (ages 21, 20,
    // 19) → 1.5 weeks at the £719 cap.
    assert_eq!(e.groups[0].redundancy_pay, pounds(500));
    assert_eq!(e.groups[1].redundancy_pay, pence(107_850));
}

#[test]
fn several_groups_each_round_their_exposed_people_and_add_up() {
    // 150 on £32,000 (cost 708.15) and 50 under-21s on £20,000 unenrolled (384.62, no on-costs);
    // 30% lost: 45 + 15 exposed. P = 125,453.50; R = 501,814; K = 361,306.08; default cash
    // round(27 ÷ 7 × 486,759.58) = 1,877,501.24; R' = 351,269.80; K' = 90,326.52 + 189,685.69.
    let e = run(
        r#"{"tax_year":"2025-26","lost_output_pct":30,"shutdown_weeks":6,"workforce":[
        {"employees":150,"annual_pay":"32000","age":40,"years_service":8},
        {"employees":50,"annual_pay":"20000","age":19,"years_service":2,"nic_category":"M","pension_enrolled":false}]}"#,
    );
    let exposed: Vec<Decimal> = e.groups.iter().map(|g| g.exposed).collect();
    assert_eq!(exposed, [Decimal::from(45), Decimal::from(15)]);
    assert_eq!((e.exposed_jobs, e.headcount), (60, 200));
    assert_eq!(e.weekly.payroll_cost, pence(12_545_350));
    assert_eq!(e.exposed_full_cost, pence(3_763_605));
    assert_eq!(e.weekly.revenue, pounds(501_814));
    assert_eq!(e.finances.non_pay_costs, pence(36_130_608));
    assert_eq!(e.weekly.cash_reserves, pence(187_750_124));
    assert_eq!(e.weekly.cash_flow_without_scheme, pence(-5_419_591));
    assert_eq!(e.weekly.cash_flow_with_scheme, pence(-1_973_776));
    assert_eq!(e.weekly.government_grant, pence(2_676_900)); // 45 × 492.30 + 15 × 307.70
    assert_eq!(e.weekly.employer_furlough_cost, pence(317_790)); // 45 × 70.62
    assert_eq!(e.redundancy_cost_exposed, pence(22_730_610)); // 45 × 4,923.04 + 15 × 384.62
    assert_eq!(
        (e.without_scheme.outcome, e.without_scheme.runway_weeks),
        (Outcome::Safe, weeks(3464))
    );
    assert_eq!(e.with_scheme.runway_weeks, weeks(5117)); // 26 + 1,364,319.48 ÷ 54,195.91
}

#[test]
fn default_cash_is_27_days_of_outgoings_and_is_listed_with_its_source() {
    let e = run(
        r#"{"lost_output_pct":60,"shutdown_weeks":6,"workforce":[{"employees":200,"annual_pay":"32000","age":40,"years_service":8}]}"#,
    );
    assert_eq!(e.weekly.cash_reserves, pence(211_959_411));
    let cash = e
        .assumptions
        .iter()
        .find(|a| a.field() == "finances.cash_buffer_days")
        .unwrap();
    assert!(cash.source().contains("JPMorgan Chase Institute"));
    let year = e
        .assumptions
        .iter()
        .find(|a| a.field() == "tax_year")
        .unwrap();
    assert_eq!(year.value(), "2026-27");
    let cap = e
        .assumptions
        .iter()
        .find(|a| a.field() == "redundancy_cap")
        .unwrap();
    assert_eq!(cap.value(), "£751.00 a week");
}

#[test]
fn a_roster_of_identical_people_gives_the_worked_example() {
    let mut roster =
        String::from("label,annual_pay,age,years_service,nic_category,pension_enrolled\n");
    for _ in 0..200 {
        roster.push_str("Line,32000,40,8,A,yes\n");
    }
    let groups = read_roster(roster.as_bytes()).unwrap();
    let mut scenario = Scenario::from_json(WORKED_EXAMPLE).unwrap();
    let per_group = estimate(&scenario).unwrap();
    scenario.workforce.clear();
    scenario.use_roster(groups);
    let from_roster = estimate(&scenario).unwrap();
    assert_eq!(from_roster.exposed_jobs, 120);
    assert_eq!(from_roster.weekly, per_group.weekly);
    assert_eq!(
        (from_roster.without_scheme, from_roster.with_scheme),
        (per_group.without_scheme, per_group.with_scheme)
    );
    assert_eq!(
        from_roster.redundancy_cost_exposed,
        per_group.redundancy_cost_exposed
    );
}

#[test]
fn a_roster_spreads_lost_output_over_everyone_rather_than_rounding_each_person() {
    // Two different people, 60% lost: round(2 × 0.6) = 1 exposed job, made of half of each.
    let roster = "annual_pay,age,years_service\n26000,30,5\n52000,50,10\n";
    let mut scenario =
        Scenario::from_json(r#"{"tax_year":"2025-26","lost_output_pct":60,"shutdown_weeks":4}"#)
            .unwrap();
    scenario.use_roster(read_roster(roster.as_bytes()).unwrap());
    let e = estimate(&scenario).unwrap();
    assert_eq!(e.exposed_jobs, 1);
    assert_eq!(
        e.groups.iter().map(|g| g.exposed).collect::<Vec<_>>(),
        [Decimal::new(50, 2), Decimal::new(50, 2)]
    );
    // Grants 400.00 and 576.92 (capped): half of 976.92 = 488.46.
    assert_eq!(e.weekly.government_grant, pence(48_846));
}

#[test]
fn one_more_exposed_person_can_turn_insolvency_into_layoffs() {
    // A model property the spec's whole-person rounding breaks (reported to the lead): two
    // people on £30,000, £10,000 of cash, a 26-week shutdown. At 24% lost output nobody is
    // exposed (round(0.48) = 0), so redundancies cannot help and the firm is insolvent: 2 jobs
    // at risk. At 25% one person is exposed (round(0.5) = 1); making them redundant saves
    // more each week than the extra 1% of output costs, so only 1 job is at risk.
    let firm = |lost: u32| {
        run(&format!(
            r#"{{"tax_year":"2025-26","workforce":[{{"employees":2,"annual_pay":"30000","age":45,"years_service":10}}],
                "lost_output_pct":{lost},"shutdown_weeks":26,"finances":{{"cash_reserves":"10000"}}}}"#
        ))
    };
    let (less, more) = (firm(24), firm(25));
    assert_eq!(
        (
            less.exposed_jobs,
            less.without_scheme.outcome,
            less.without_scheme.jobs_at_risk
        ),
        (0, Outcome::Insolvency, 2)
    );
    assert_eq!(
        (
            more.exposed_jobs,
            more.without_scheme.outcome,
            more.without_scheme.jobs_at_risk
        ),
        (1, Outcome::Layoffs, 1)
    );
}
