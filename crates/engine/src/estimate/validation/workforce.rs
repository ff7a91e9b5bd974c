//! Checks of the workforce groups: headcount, pay, age, service and NIC category.

use super::{CheckedGroup, ScenarioError};
use crate::estimate::scenario::{Scenario, WorkforceGroup};
use crate::money::Money;

const MAX_GROUP_EMPLOYEES: u32 = 1_000_000;
const MAX_HEADCOUNT: u64 = 10_000_000;
const MAX_ANNUAL_PAY: i64 = 10_000_000;
const AGES: std::ops::RangeInclusive<u32> = 16..=99;
/// Nobody in a UK firm has worked there since before the age of 15.
const EARLIEST_WORKING_AGE: u32 = 15;

/// The problems of one person's (or group's) pay, age, service and NIC category, each with
/// its field. Also checks each row of a roster as it is read, so a bad row names its line.
pub(crate) fn person_problems(group: &WorkforceGroup) -> Vec<(&'static str, String)> {
    let mut problems = Vec::new();
    let mut add = |field: &'static str, message: String| problems.push((field, message));
    match group.annual_pay {
        None => add(
            "annual_pay",
            "Enter one person's annual pay before tax, in pounds (for example 32000).".into(),
        ),
        Some(pay) if pay <= Money::ZERO => {
            add("annual_pay", "Annual pay must be more than £0: enter one person's yearly pay before tax, for example 32000.".into());
        }
        Some(pay) if pay > Money::pounds(MAX_ANNUAL_PAY) => {
            add(
                "annual_pay",
                format!(
                    "Annual pay must be at most £10,000,000 a year per person; you entered £{pay}."
                ),
            );
        }
        Some(pay) if pay.amount().normalize().scale() > 2 => add(
            "annual_pay",
            "Annual pay must be in pounds and pence, with at most 2 decimal places.".into(),
        ),
        Some(_) => {}
    }
    let age_ok = AGES.contains(&group.age);
    if !age_ok {
        add("age", format!(
            "Age must be between 16 and 99 (the age at the start of the shutdown; it sets redundancy pay); you entered {}.",
            group.age
        ));
    }
    if age_ok && group.years_service > group.age - EARLIEST_WORKING_AGE {
        add("years_service", format!(
            "Years of service can be at most the age minus 15 ({} for someone aged {}: nobody starts work before \
             15); you entered {}.",
            group.age - EARLIEST_WORKING_AGE, group.age, group.years_service
        ));
    }
    if let Some(limit) = group.nic_category.under_age() {
        if age_ok && group.age >= limit {
            add("nic_category", format!(
                "NIC category {} is for employees {}, but this group's age is {}: use category A, or correct the age.",
                group.nic_category.letter(), group.nic_category.description(), group.age
            ));
        }
    }
    problems
}

pub(super) fn check_workforce<'a>(
    scenario: &'a Scenario,
    problems: &mut Vec<ScenarioError>,
) -> (Vec<CheckedGroup<'a>>, u32) {
    let mut add = |index: usize, field: &str, message: String| {
        problems.push(ScenarioError::new(
            format!("workforce[{index}].{field}"),
            message,
        ));
    };
    let mut groups = Vec::with_capacity(scenario.workforce.len());
    let mut headcount: u64 = 0;
    for (i, group) in scenario.workforce.iter().enumerate() {
        let employees = match group.employees {
            None => {
                add(
                    i,
                    "employees",
                    "Enter how many employees are in this group.".into(),
                );
                None
            }
            Some(n) if n > MAX_GROUP_EMPLOYEES => {
                add(
                    i,
                    "employees",
                    format!("A group can have at most 1,000,000 employees; you entered {n}."),
                );
                None
            }
            Some(n) => Some(n),
        };
        let person = person_problems(group);
        let annual_pay = group
            .annual_pay
            .filter(|_| !person.iter().any(|(field, _)| *field == "annual_pay"));
        for (field, message) in person {
            add(i, field, message);
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
    if scenario.workforce.is_empty() {
        problems.push(ScenarioError::new(
            "workforce",
            "Add at least one group of employees: how many people and their annual pay.",
        ));
    } else if all_groups_read && headcount == 0 {
        problems.push(ScenarioError::new(
            "workforce",
            "The workforce has no employees: enter at least one person in a group.",
        ));
    } else if headcount > MAX_HEADCOUNT {
        problems.push(ScenarioError::new("workforce", format!(
            "The workforce adds up to {headcount} people; the calculator handles up to 10,000,000 (more than any UK employer)."
        )));
    }
    (groups, u32::try_from(headcount).unwrap_or(u32::MAX))
}
