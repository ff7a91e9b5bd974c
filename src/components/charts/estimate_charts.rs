//! The firm estimate's three charts (issue, "Charts"), as data for the generic charts:
//! cash week by week with and without the scheme; jobs at risk against the shutdown's length;
//! and who pays for a week of furlough. Each summary sentence is worked out from the figures
//! the chart draws, so the caption always agrees with the picture.

use furlough_engine::estimate::{Estimate, SENSITIVITY_WEEKS};
use furlough_engine::Money;
use rust_decimal::{Decimal, RoundingStrategy};
use yew::AttrValue;

use super::bar_chart::BarChartProps;
use super::data::{Bar, LineShape, Point, Series, SeriesStyle, ValueAxis, ValueUnit, WeekAxis, WeekReading};
use super::line_chart::LineChartProps;
use crate::format;
use crate::messages::{text, text_with, ChartText};

/// Cash at the end of each week from week 0, without the scheme (dashed), with it (solid), and
/// after making the exposed staff redundant at the start (dotted); the region below zero is
/// shaded. The lead's view may drop the third series (`props.series.truncate(2)`).
pub fn cash_position_chart(estimate: &Estimate) -> LineChartProps {
    let weeks = &estimate.cash_by_week;
    let series_of = |name: ChartText, style, cash: fn(&_) -> Money| Series {
        name: label(name),
        points: weeks.iter().map(|w| Point::new(w.week, cash(w).amount())).collect(),
        style,
    };
    let runs_out = |cash: fn(&_) -> Money| weeks.iter().find(|w| cash(w).is_negative()).map(|w| w.week);
    let without = runs_out(|w| w.without_scheme);
    let with = runs_out(|w| w.with_scheme);
    let week = |w: u32| format::count(u64::from(w));
    let summary = match (without, with) {
        (Some(without), Some(with)) => {
            text_with(ChartText::CashRunsOutBoth, &[("without", &week(without)), ("with", &week(with))])
        }
        (Some(without), None) => text_with(ChartText::CashRunsOutWithoutOnly, &[("without", &week(without))]),
        (None, Some(with)) => text_with(ChartText::CashRunsOutWithOnly, &[("with", &week(with))]),
        (None, None) => text(ChartText::CashLasts).to_string(),
    };
    LineChartProps {
        id: "cash-position-chart".into(),
        title: label(ChartText::CashTitle),
        summary: summary.into(),
        weeks: WeekAxis { label: label(ChartText::CashWeekAxis), reading: WeekReading::WeekNumber },
        values: ValueAxis { label: label(ChartText::CashValueAxis), unit: ValueUnit::Money },
        series: vec![
            series_of(ChartText::WithoutScheme, SeriesStyle::Dashed, |w| w.without_scheme),
            series_of(ChartText::WithScheme, SeriesStyle::Solid, |w| w.with_scheme),
            series_of(ChartText::WithLayoffs, SeriesStyle::Dotted, |w| w.with_layoffs),
        ],
        shape: LineShape::Straight,
        below_zero_label: Some(label(ChartText::CashBelowZero)),
    }
}

/// Jobs at risk if the shutdown lasted 1 to 52 weeks, without the scheme (dashed) and with it
/// (solid), as step lines.
pub fn jobs_at_risk_chart(estimate: &Estimate) -> LineChartProps {
    let points = &estimate.sensitivity;
    let series_of = |name: ChartText, style, jobs: fn(&_) -> u32| Series {
        name: label(name),
        points: points.iter().map(|p| Point::new(p.weeks, Decimal::from(jobs(p)))).collect(),
        style,
    };
    let first_at_risk = |jobs: fn(&_) -> u32| points.iter().find(|p| jobs(p) > 0).map(|p| length(p.weeks));
    let without = first_at_risk(|p| p.jobs_at_risk_without);
    let with = first_at_risk(|p| p.jobs_at_risk_with);
    let longest = length(points.last().map_or(SENSITIVITY_WEEKS, |p| p.weeks));
    let summary = match (without, with) {
        (Some(without), Some(with)) => text_with(ChartText::RiskBoth, &[("without", &without), ("with", &with)]),
        (Some(without), None) => text_with(ChartText::RiskWithoutOnly, &[("without", &without), ("longest", &longest)]),
        (None, Some(with)) => text_with(ChartText::RiskWithOnly, &[("with", &with), ("longest", &longest)]),
        (None, None) => text_with(ChartText::RiskNone, &[("longest", &longest)]),
    };
    LineChartProps {
        id: "jobs-at-risk-chart".into(),
        title: label(ChartText::RiskTitle),
        summary: summary.into(),
        weeks: WeekAxis { label: label(ChartText::RiskLengthAxis), reading: WeekReading::Length },
        values: ValueAxis { label: label(ChartText::RiskValueAxis), unit: ValueUnit::Count },
        series: vec![
            series_of(ChartText::WithoutScheme, SeriesStyle::Dashed, |p| p.jobs_at_risk_without),
            series_of(ChartText::WithScheme, SeriesStyle::Solid, |p| p.jobs_at_risk_with),
        ],
        shape: LineShape::Steps,
        below_zero_label: None,
    }
}

/// A week of furlough for all the exposed staff: what the government pays (grants and any NIC
/// and pension it covers) and what the firm pays (top-ups and the rest of the NIC and pension).
pub fn weekly_cost_chart(estimate: &Estimate) -> BarChartProps {
    let government = estimate.weekly.government_grant;
    let firm = estimate.weekly.employer_furlough_cost;
    let total = government.amount() + firm.amount();
    let summary = if total.is_zero() {
        text(ChartText::CostNothing).to_string()
    } else {
        let share = (government.amount() * Decimal::ONE_HUNDRED / total)
            .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
        text_with(
            ChartText::CostSummary,
            &[
                ("government", &format::money(government)),
                ("firm", &format::money(firm)),
                ("share", &format::percent(share)),
            ],
        )
    };
    let bar = |name: ChartText, amount: Money, style| Bar { label: label(name), value: amount.amount(), style };
    BarChartProps {
        id: "weekly-cost-chart".into(),
        title: label(ChartText::CostTitle),
        summary: summary.into(),
        category_label: label(ChartText::CostCategory),
        values: ValueAxis { label: label(ChartText::CostValueAxis), unit: ValueUnit::Money },
        bars: vec![
            bar(ChartText::CostGovernment, government, SeriesStyle::Solid),
            bar(ChartText::CostFirm, firm, SeriesStyle::Dashed),
        ],
    }
}

fn label(id: ChartText) -> AttrValue {
    AttrValue::Static(text(id))
}

/// "1 week", "5 weeks".
fn length(weeks: u32) -> String {
    match weeks {
        1 => text(ChartText::OneWeek).to_string(),
        _ => text_with(ChartText::Weeks, &[("weeks", &format::count(u64::from(weeks)))]),
    }
}

#[cfg(test)]
mod tests;
