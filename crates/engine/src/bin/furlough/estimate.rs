//! `furlough estimate`: one scenario (JSON) per line on stdin, one result per line on stdout
//! with the spec's fields (or the whole estimate with `--detail`). A bad line gets
//! `{"error":{"field":…,"message":…},"errors":[…]}`, the other lines are still answered, and
//! the exit status is 1 at the end.

use std::fs::File;
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use furlough_engine::estimate::{
    estimate, read_roster, Estimate, OutcomeSummary, Scenario, ScenarioErrors, ScenarioProblem, SensitivityPoint,
    WeeklyFigures, WorkforceGroup,
};
use furlough_engine::Money;
use serde::Serialize;

/// The spec's output fields ("Interfaces"), in the worked example's order.
#[derive(Serialize)]
struct SpecFields<'a> {
    exposed_jobs: u32,
    headcount: u32,
    weekly: &'a WeeklyFigures,
    without_scheme: &'a OutcomeSummary,
    with_scheme: &'a OutcomeSummary,
    jobs_saved: u32,
    government_cost: Money,
    employer_cost: Money,
    cost_per_job_saved: Option<Money>,
    redundancy_cost_exposed: Money,
    sensitivity: &'a [SensitivityPoint],
}

impl<'a> From<&'a Estimate> for SpecFields<'a> {
    fn from(e: &'a Estimate) -> SpecFields<'a> {
        SpecFields {
            exposed_jobs: e.exposed_jobs,
            headcount: e.headcount,
            weekly: &e.weekly,
            without_scheme: &e.without_scheme,
            with_scheme: &e.with_scheme,
            jobs_saved: e.jobs_saved,
            government_cost: e.government_cost,
            employer_cost: e.employer_cost,
            cost_per_job_saved: e.cost_per_job_saved,
            redundancy_cost_exposed: e.redundancy_cost_exposed,
            sensitivity: &e.sensitivity,
        }
    }
}

pub fn run(options: &[String]) -> Result<ExitCode, String> {
    let mut detail = false;
    let mut roster = None;
    let mut options = options.iter();
    while let Some(option) = options.next() {
        match option.as_str() {
            "--detail" => detail = true,
            "--roster" => {
                let path = options.next().ok_or("--roster needs a file name")?;
                roster = Some(load_roster(path)?);
            }
            other => return Err(format!("estimate: unknown option {other:?}")),
        }
    }

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    for line in io::stdin().lock().lines() {
        let line = line.map_err(|e| format!("could not read the input: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let result = Scenario::from_json(&line).and_then(|mut scenario| {
            if let Some(groups) = &roster {
                if !scenario.workforce.is_empty() {
                    return Err(ScenarioErrors::one(
                        "workforce",
                        ScenarioProblem::Input(
                            "Leave the workforce out of the scenario when you give a roster: the roster is the workforce."
                                .into(),
                        ),
                    ));
                }
                scenario.use_roster(groups.clone());
            }
            estimate(&scenario)
        });
        let json = match &result {
            Ok(e) if detail => serde_json::to_string(e),
            Ok(e) => serde_json::to_string(&SpecFields::from(e)),
            Err(errors) => {
                failed = true;
                serde_json::to_string(
                    &serde_json::json!({ "error": errors.first(), "errors": errors }),
                )
            }
        };
        let json = json.map_err(|e| format!("could not write a result: {e}"))?;
        writeln!(out, "{json}").map_err(|e| format!("could not write a result: {e}"))?;
    }
    out.flush()
        .map_err(|e| format!("could not write the results: {e}"))?;
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn load_roster(path: &str) -> Result<Vec<WorkforceGroup>, String> {
    let file = File::open(path).map_err(|e| format!("could not open the roster {path}: {e}"))?;
    read_roster(io::BufReader::new(file)).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        format!("the roster {path} has problems:\n{}", lines.join("\n"))
    })
}
