//! Spec step 2: exposed jobs (the people the firm has no work for) and what those people cost
//! each week in work, on furlough, and if made redundant.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use super::furlough::FurloughCosts;
use super::pay::WeeklyPay;
use super::scenario::Exposure;
use crate::money::{Money, MoneyError};

/// One group's per-person figures.
pub(super) struct PersonFigures {
    pub week: WeeklyPay,
    pub furlough: FurloughCosts,
    pub redundancy_pay: Money,
}

/// The exposed staff of the whole firm.
pub(super) struct ExposedStaff {
    pub jobs: u32,
    /// Exposed people in each group: whole people for [`Exposure::PerGroup`], a share for
    /// [`Exposure::WholeWorkforce`] (2 decimals, for display).
    pub per_group: Vec<Decimal>,
    /// What the exposed staff cost a week at work (pay, NIC, pension).
    pub full_cost: Money,
    /// Their furloughed week.
    pub furlough: FurloughCosts,
    /// Statutory redundancy pay if they are all made redundant.
    pub redundancy: Money,
}

/// round(people × lost output %), half up, as whole people.
fn whole_people(people: Decimal, lost_output_pct: Decimal) -> Result<Decimal, MoneyError> {
    people
        .checked_mul(lost_output_pct)
        .and_then(|p| p.checked_div(Decimal::ONE_HUNDRED))
        .map(|p| p.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero))
        .ok_or(MoneyError::Overflow)
}

pub(super) fn exposed_staff<'a>(
    exposure: Exposure,
    lost_output_pct: Decimal,
    headcount: u32,
    groups: impl Iterator<Item = (u32, &'a PersonFigures)>,
) -> Result<ExposedStaff, MoneyError> {
    match exposure {
        Exposure::PerGroup => {
            let mut totals = Totals::default();
            let mut per_group = Vec::new();
            for (employees, person) in groups {
                let exposed = whole_people(Decimal::from(employees), lost_output_pct)?;
                totals.add(person, exposed)?;
                per_group.push(exposed);
            }
            let jobs = per_group
                .iter()
                .try_fold(0u32, |sum, n| n.to_u32().and_then(|n| sum.checked_add(n)));
            Ok(totals.into_staff(jobs.ok_or(MoneyError::Overflow)?, per_group))
        }
        Exposure::WholeWorkforce => {
            let headcount = Decimal::from(headcount);
            let jobs = whole_people(headcount, lost_output_pct)?;
            let mut everyone = Totals::default();
            let mut per_group = Vec::new();
            for (employees, person) in groups {
                let employees = Decimal::from(employees);
                everyone.add(person, employees)?;
                per_group.push(
                    share(employees, jobs, headcount)?
                        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero),
                );
            }
            let scale = |amount: Money| amount.checked_mul(jobs)?.checked_div(headcount);
            let exposed = Totals {
                full_cost: scale(everyone.full_cost)?.round_half_up(),
                furlough: everyone.furlough.scaled_with_exact_totals(scale)?,
                redundancy: scale(everyone.redundancy)?.round_half_up(),
            };
            Ok(exposed.into_staff(jobs.to_u32().ok_or(MoneyError::Overflow)?, per_group))
        }
    }
}

/// employees × jobs ÷ headcount: this group's share of the exposed jobs.
fn share(employees: Decimal, jobs: Decimal, headcount: Decimal) -> Result<Decimal, MoneyError> {
    if headcount.is_zero() {
        return Err(MoneyError::DivisionByZero);
    }
    employees
        .checked_mul(jobs)
        .and_then(|p| p.checked_div(headcount))
        .ok_or(MoneyError::Overflow)
}

#[derive(Default)]
struct Totals {
    full_cost: Money,
    furlough: FurloughCosts,
    redundancy: Money,
}

impl Totals {
    fn add(&mut self, person: &PersonFigures, people: Decimal) -> Result<(), MoneyError> {
        self.full_cost = self
            .full_cost
            .checked_add(person.week.cost.checked_mul(people)?)?;
        self.furlough = self.furlough.checked_add(&person.furlough.times(people)?)?;
        self.redundancy = self
            .redundancy
            .checked_add(person.redundancy_pay.checked_mul(people)?)?;
        Ok(())
    }

    fn into_staff(self, jobs: u32, per_group: Vec<Decimal>) -> ExposedStaff {
        ExposedStaff {
            jobs,
            per_group,
            full_cost: self.full_cost,
            furlough: self.furlough,
            redundancy: self.redundancy,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(cost_pence: i64) -> PersonFigures {
        PersonFigures {
            week: WeeklyPay {
                cost: Money::pence(cost_pence),
                ..WeeklyPay::default()
            },
            furlough: FurloughCosts {
                grant: Money::pence(cost_pence / 2),
                ..FurloughCosts::default()
            },
            redundancy_pay: Money::pounds(1000),
        }
    }

    fn exposed(exposure: Exposure, lost: i64, groups: &[(u32, i64)]) -> ExposedStaff {
        let headcount = groups.iter().map(|g| g.0).sum();
        let people: Vec<(u32, PersonFigures)> =
            groups.iter().map(|&(n, cost)| (n, person(cost))).collect();
        exposed_staff(
            exposure,
            Decimal::from(lost),
            headcount,
            people.iter().map(|(n, p)| (*n, p)),
        )
        .unwrap()
    }

    #[test]
    fn each_group_rounds_to_whole_people_half_up() {
        let staff = exposed(
            Exposure::PerGroup,
            50,
            &[(3, 10000), (5, 20000), (1, 30000)],
        );
        // 1.5 → 2, 2.5 → 3, 0.5 → 1
        assert_eq!(
            staff.per_group,
            [Decimal::from(2), Decimal::from(3), Decimal::from(1)]
        );
        assert_eq!(staff.jobs, 6);
        assert_eq!(staff.full_cost, Money::pounds(2 * 100 + 3 * 200 + 300));
        assert_eq!(staff.redundancy, Money::pounds(6000));
    }

    #[test]
    fn the_whole_workforce_exposes_a_representative_share_of_everyone() {
        // 9 people, 50% → 4.5 → 5 exposed: 5/9 of every amount.
        let staff = exposed(
            Exposure::WholeWorkforce,
            50,
            &[(3, 10000), (5, 20000), (1, 30000)],
        );
        assert_eq!(staff.jobs, 5);
        assert_eq!(
            staff.per_group,
            [
                Decimal::new(167, 2),
                Decimal::new(278, 2),
                Decimal::new(56, 2)
            ]
        );
        // (300 + 1000 + 300) × 5 ÷ 9 = 888.888… → 888.89
        assert_eq!(staff.full_cost, Money::pence(88889));
        assert_eq!(staff.redundancy, Money::pence(500000));
    }

    #[test]
    fn one_group_gives_the_same_result_either_way() {
        let per_group = exposed(Exposure::PerGroup, 60, &[(200, 70815)]);
        let whole = exposed(Exposure::WholeWorkforce, 60, &[(200, 70815)]);
        assert_eq!(
            (per_group.jobs, per_group.full_cost, per_group.furlough),
            (whole.jobs, whole.full_cost, whole.furlough)
        );
        assert_eq!(per_group.full_cost, Money::pounds(84978));
    }
}
