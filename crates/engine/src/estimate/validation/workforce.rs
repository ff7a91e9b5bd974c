//! Checks of the workforce groups: headcount, pay, age, service and NIC category.

use super::{CheckedGroup, ScenarioError, ScenarioProblem};
use crate::estimate::limits::{
    EARLIEST_WORKING_AGE, MAX_ANNUAL_PAY_POUNDS, MAX_GROUP_EMPLOYEES, MAX_HEADCOUNT, OLDEST, YOUNGEST,
};
use crate::estimate::scenario::{Scenario, WorkforceGroup};
use crate::money::Money;

const AGES: std::ops::RangeInclusive<u32> = YOUNGEST..=OLDEST;

/// The problems of one person's (or group's) pay, age, service and NIC category, each with
/// its field. Also checks each row of a roster as it is read, so a bad row names its line.
pub(crate) fn person_problems(group: &WorkforceGroup) -> Vec<(&'static str, ScenarioProblem)> {
    let mut problems = Vec::new();
    let mut add = |field: &'static str, problem| problems.push((field, problem));
    match group.annual_pay {
        None => add("annual_pay", ScenarioProblem::AnnualPayMissing),
        Some(pay) if pay <= Money::ZERO => add("annual_pay", ScenarioProblem::AnnualPayNotPositive),
        Some(pay) if pay > Money::pounds(MAX_ANNUAL_PAY_POUNDS) => {
            add("annual_pay", ScenarioProblem::AnnualPayTooHigh { entered: pay })
        }
        Some(pay) if pay.amount().normalize().scale() > 2 => {
            add("annual_pay", ScenarioProblem::AnnualPayNotInPence)
        }
        Some(_) => {}
    }
    let age_ok = AGES.contains(&group.age);
    if !age_ok {
        add(
            "age",
            ScenarioProblem::AgeOutOfRange {
                entered: group.age,
            },
        );
    }
    let most_service = group.age.saturating_sub(EARLIEST_WORKING_AGE);
    if age_ok && group.years_service > most_service {
        add(
            "years_service",
            ScenarioProblem::ServiceTooLong {
                age: group.age,
                most: most_service,
                entered: group.years_service,
            },
        );
    }
    if let Some(limit) = group.nic_category.under_age() {
        if age_ok && group.age >= limit {
            add(
                "nic_category",
                ScenarioProblem::NicCategoryTooOld {
                    category: group.nic_category,
                    age: group.age,
                },
            );
        }
    }
    problems
}

pub(super) fn check_workforce<'a>(
    scenario: &'a Scenario,
    problems: &mut Vec<ScenarioError>,
) -> (Vec<CheckedGroup<'a>>, u32) {
    let mut add = |index: usize, field: &str, problem| {
        problems.push(ScenarioError::new(
            format!("workforce[{index}].{field}"),
            problem,
        ));
    };
    let mut groups = Vec::with_capacity(scenario.workforce.len());
    let mut headcount: u64 = 0;
    for (i, group) in scenario.workforce.iter().enumerate() {
        let employees = match group.employees {
            None => {
                add(i, "employees", ScenarioProblem::EmployeesMissing);
                None
            }
            Some(n) if n > MAX_GROUP_EMPLOYEES => {
                add(
                    i,
                    "employees",
                    ScenarioProblem::GroupTooLarge { entered: n },
                );
                None
            }
            Some(n) => Some(n),
        };
        let person = person_problems(group);
        let annual_pay = group
            .annual_pay
            .filter(|_| !person.iter().any(|(field, _)| *field == "annual_pay"));
        for (field, problem) in person {
            add(i, field, problem);
        }
        if let (Some(employees), Some(annual_pay)) = (employees, annual_pay) {
            headcount += u64::from(employees);
            groups.push(CheckedGroup {
                label: &group.label,
                employees,
                annual_pay,
                age: group.age,
                years_service: group.years_service,
                nic_category: group.nic_category,
                pension_enrolled: group.pension_enrolled,
            });
        }
    }
    let all_groups_read = groups.len() == scenario.workforce.len();
    let problem = if scenario.workforce.is_empty() {
        Some(ScenarioProblem::NoGroups)
    } else if all_groups_read && headcount == 0 {
        Some(ScenarioProblem::NoEmployees)
    } else if headcount > MAX_HEADCOUNT {
        Some(ScenarioProblem::WorkforceTooLarge { headcount })
    } else {
        None
    };
    problems.extend(problem.map(|problem| ScenarioError::new("workforce", problem)));
    (groups, u32::try_from(headcount).unwrap_or(u32::MAX))
}
