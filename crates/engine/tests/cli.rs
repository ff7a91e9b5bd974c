//! The `furlough` binary end to end: the worked example through `furlough estimate`, error
//! lines, rosters, and `furlough supply-chain` with its TOTAL row.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const WORKED_EXAMPLE: &str = r#"{"version":1,"tax_year":"2025-26","workforce":[{"label":"All staff","employees":200,"annual_pay":"32000","age":40,"years_service":8,"nic_category":"A","pension_enrolled":true}],"lost_output_pct":60,"shutdown_weeks":6,"scheme":{"gov_rate_pct":80,"employee_floor_pct":80,"monthly_cap":"2500","covers_employer_nic":false,"covers_pension":false,"top_up_to_pct":0,"max_weeks":26},"finances":{"cash_reserves":"600000"}}"#;

fn furlough(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_furlough"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn json_lines(output: &Output) -> Vec<Value> {
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

#[test]
fn the_worked_example_is_reproduced_exactly_through_the_cli() {
    let output = furlough(&["estimate"], &format!("{WORKED_EXAMPLE}\n"));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 1);
    let e = &lines[0];
    let mut fields: Vec<&str> = e.as_object().unwrap().keys().map(String::as_str).collect();
    fields.sort_unstable();
    assert_eq!(
        fields,
        [
            "cost_per_job_saved",
            "employer_cost",
            "exposed_jobs",
            "government_cost",
            "headcount",
            "jobs_saved",
            "redundancy_cost_exposed",
            "sensitivity",
            "weekly",
            "with_scheme",
            "without_scheme"
        ]
    );
    assert!(String::from_utf8_lossy(&output.stdout)
        .starts_with(r#"{"exposed_jobs":120,"headcount":200,"weekly":{"payroll_cost":"#));
    // payroll P, revenue R
    assert_eq!(e["weekly"]["payroll_cost"], "141630.00");
    assert_eq!(e["weekly"]["revenue"], "566520.00");
    assert_eq!(e["weekly"]["cash_reserves"], "600000.00");
    // exposed jobs
    assert_eq!(e["exposed_jobs"], 120);
    assert_eq!(e["headcount"], 200);
    // CF0, CF1
    assert_eq!(e["weekly"]["cash_flow_without_scheme"], "-139363.92");
    assert_eq!(e["weekly"]["cash_flow_with_scheme"], "-62860.32");
    // government grant per week, firm's furlough cost per week
    assert_eq!(e["weekly"]["government_grant"], "59076.00");
    assert_eq!(e["weekly"]["employer_furlough_cost"], "8474.40");
    // without scheme: insolvency, 200 jobs at risk, runway 4.31 weeks
    assert_eq!(
        e["without_scheme"],
        serde_json::json!({"outcome": "insolvency", "jobs_at_risk": 200, "runway_weeks": "4.31"})
    );
    // with scheme: safe, 0 jobs at risk, runway 9.54 weeks
    assert_eq!(
        e["with_scheme"],
        serde_json::json!({"outcome": "safe", "jobs_at_risk": 0, "runway_weeks": "9.54"})
    );
    // jobs saved, government cost, firm's cost, cost per job saved
    assert_eq!(e["jobs_saved"], 200);
    assert_eq!(e["government_cost"], "354456.00");
    assert_eq!(e["employer_cost"], "50846.40");
    assert_eq!(e["cost_per_job_saved"], "1772.28");
    // statutory redundancy of the exposed staff
    assert_eq!(e["redundancy_cost_exposed"], "590764.80");
    // the sensitivity curve: cash lasts 4 weeks without the scheme
    let curve = e["sensitivity"].as_array().unwrap();
    assert_eq!(curve.len(), 52);
    assert_eq!(
        curve[3],
        serde_json::json!({"weeks": 4, "jobs_at_risk_without": 0, "jobs_at_risk_with": 0})
    );
    assert_eq!(
        curve[4],
        serde_json::json!({"weeks": 5, "jobs_at_risk_without": 200, "jobs_at_risk_with": 0})
    );
}

#[test]
fn the_worked_examples_weekly_pay_nic_pension_and_cost_per_person_are_in_the_detail() {
    let output = furlough(&["estimate", "--detail"], WORKED_EXAMPLE);
    let e = &json_lines(&output)[0];
    let week = &e["groups"][0]["week"];
    assert_eq!(
        (
            &week["pay"],
            &week["employer_nic"],
            &week["employer_pension"],
            &week["cost"]
        ),
        (
            &Value::from("615.38"),
            &Value::from("77.91"),
            &Value::from("14.86"),
            &Value::from("708.15")
        )
    );
    assert_eq!(e["weekly_cap"], "576.92");
    assert_eq!(e["cash_by_week"].as_array().unwrap().len(), 7);
    assert!(e["assumptions"].as_array().unwrap().len() >= 8);
}

#[test]
fn a_bad_line_gets_an_error_naming_the_field_and_the_other_lines_are_still_answered() {
    let input = format!(
        "{WORKED_EXAMPLE}\n{}\n\n{}\n{WORKED_EXAMPLE}\n",
        r#"{"workforce":[{"employees":-3,"annual_pay":"1"}],"lost_output_pct":50,"shutdown_weeks":4}"#,
        r#"{"workforce":[{"employees":3,"annual_pay":"0"}],"lost_output_pct":150,"shutdown_weeks":4}"#,
    );
    let output = furlough(&["estimate"], &input);
    assert_eq!(output.status.code(), Some(1));
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 4, "a blank line gets no answer");
    assert_eq!(lines[0]["government_cost"], "354456.00");
    assert_eq!(lines[1]["error"]["field"], "workforce[0].employees");
    assert_eq!(lines[2]["error"]["field"], "workforce[0].annual_pay");
    assert_eq!(lines[2]["errors"][1]["field"], "lost_output_pct");
    assert!(lines[2]["errors"][1]["message"]
        .as_str()
        .unwrap()
        .contains("between 0 and 100"));
    assert_eq!(lines[3]["government_cost"], "354456.00");
}

#[test]
fn a_roster_file_is_every_scenarios_workforce() {
    let dir = std::env::temp_dir().join(format!("furlough-roster-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("roster.csv");
    let mut roster = String::from("label,annual_pay,age,years_service\n");
    for _ in 0..200 {
        roster.push_str("Line,32000,40,8\n");
    }
    std::fs::write(&path, roster).unwrap();
    let scenario = r#"{"tax_year":"2025-26","lost_output_pct":60,"shutdown_weeks":6,"finances":{"cash_reserves":"600000"}}"#;
    let output = furlough(
        &["estimate", "--roster", path.to_str().unwrap()],
        &format!("{scenario}\n{WORKED_EXAMPLE}\n"),
    );
    std::fs::remove_dir_all(&dir).unwrap();
    let lines = json_lines(&output);
    assert_eq!(lines[0]["government_cost"], "354456.00");
    assert_eq!(lines[0]["redundancy_cost_exposed"], "590764.80");
    assert_eq!(lines[1]["error"]["field"], "workforce");
}

#[test]
fn the_supply_chain_gets_a_row_per_firm_and_a_total_row_and_a_bad_row_names_its_line_and_column() {
    let input = "\
firm,employees,annual_pay,lost_output_pct,shutdown_weeks,cash_reserves,age,years_service
Pressings,200,32000,60,6,600000,40,8
Broken,lots,32000,60,6,,,
Trim,100,26000,50,8,300000,30,5
";
    let output = furlough(&["supply-chain", "--tax-year", "2025-26"], input);
    assert_eq!(output.status.code(), Some(1));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&output.stdout[..]);
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let rows: Vec<Vec<&str>> = records.iter().map(|r| r.iter().collect()).collect();
    assert_eq!(rows[0][..4], ["line", "firm", "headcount", "exposed_jobs"]);
    assert_eq!(rows.len(), 5);
    assert_eq!(
        rows[1],
        [
            "2",
            "Pressings",
            "200",
            "120",
            "insolvency",
            "200",
            "4.31",
            "safe",
            "0",
            "9.54",
            "200",
            "354456.00",
            "50846.40",
            "1772.28",
            "590764.80",
            ""
        ]
    );
    assert_eq!(rows[2][..2], ["3", "Broken"]);
    assert!(
        rows[2][15].starts_with("line 3, employees: Enter a whole number"),
        "{}",
        rows[2][15]
    );
    assert_eq!(
        rows[3],
        [
            "4",
            "Trim",
            "100",
            "50",
            "layoffs",
            "50",
            "6.56",
            "safe",
            "0",
            "15.11",
            "50",
            "160000.00",
            "21600.00",
            "3200.00",
            "125000.00",
            ""
        ]
    );
    assert_eq!(
        rows[4],
        [
            "",
            "TOTAL",
            "300",
            "170",
            "safe 0; layoffs 1; insolvency 1",
            "250",
            "",
            "safe 2; layoffs 0; insolvency 0",
            "0",
            "",
            "250",
            "514456.00",
            "72446.40",
            "2057.82",
            "715764.80",
            "1 firm with errors is not in the total"
        ]
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.starts_with("line 3, employees:"), "{stderr}");
}

#[test]
fn the_supply_chain_template_runs_cleanly_with_each_preset() {
    let template = include_str!("../templates/supply-chain.csv");
    for preset in [
        "cjrs-spring-2020",
        "cjrs-nov-2020",
        "cjrs-sept-2020",
        "cjrs-oct-2020",
        "supply-chain-26-weeks",
        "custom",
    ] {
        let output = furlough(&["supply-chain", "--scheme", preset], template);
        assert!(
            output.status.success(),
            "{preset}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(
            String::from_utf8(output.stdout).unwrap().lines().count(),
            5,
            "{preset}"
        );
    }
}

#[test]
fn a_file_without_the_required_columns_is_refused_with_the_documented_header() {
    let output = furlough(&["supply-chain"], "firm,employees\nA,3\n");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("annual_pay, lost_output_pct, shutdown_weeks"),
        "{stderr}"
    );
    assert!(
        stderr.contains("firm,employees,annual_pay,lost_output_pct,shutdown_weeks,cash_reserves"),
        "{stderr}"
    );
}

#[test]
fn unknown_commands_and_options_exit_with_status_2_and_the_usage() {
    for args in [
        &["frobnicate"][..],
        &["estimate", "--fast"],
        &["supply-chain", "--scheme", "cjrs-2099"],
    ] {
        let output = furlough(args, "");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8(output.stderr)
                .unwrap()
                .contains("usage: furlough"),
            "{args:?}"
        );
    }
    assert!(furlough(&["help"], "").status.success());
}
