//! The chart components rendered to HTML natively with Yew's server-side renderer: checks of
//! the whole markup (no `NaN`, the figure's wiring), and a gallery page of the charts for the
//! worked example and for awkward data, written to `target/screenshots/charts.html` for
//! `tests/e2e/chart_gallery.test.mjs` to screenshot and run axe-core on.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::path::PathBuf;

use furlough_app::components::charts::{
    bar_chart, cash_position_chart, jobs_at_risk_chart, line_chart, weekly_cost_chart, Bar, BarChartProps,
    LineChartProps, LineShape, Point, Series, SeriesStyle, ValueAxis, ValueUnit, WeekAxis,
};
use rust_decimal::Decimal;
use support::worked_example;
use yew::prelude::*;
use yew::{BaseComponent, LocalServerRenderer};

fn render<C: BaseComponent>(props: C::Properties) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let local = tokio::task::LocalSet::new();
    local.block_on(&runtime, LocalServerRenderer::<C>::with_props(props).hydratable(false).render())
}

/// The charts are plain functions of their data; this component holds one for the renderer.
#[derive(Properties, PartialEq)]
struct ChartHostProps {
    chart: Html,
}

#[function_component(ChartHost)]
fn chart_host(props: &ChartHostProps) -> Html {
    props.chart.clone()
}

fn render_chart(chart: Html) -> String {
    render::<ChartHost>(ChartHostProps { chart })
}

fn render_line(props: LineChartProps) -> String {
    render_chart(line_chart(&props))
}

fn line(id: &str, title: &str, series: Vec<Series>, shape: LineShape) -> LineChartProps {
    LineChartProps {
        id: id.to_string().into(),
        title: title.to_string().into(),
        summary: "A chart of awkward data.".into(),
        weeks: WeekAxis { label: "Week".into(), ..WeekAxis::default() },
        values: ValueAxis { label: "Amount".into(), unit: ValueUnit::Money },
        series,
        shape,
        below_zero_label: Some("Below zero".into()),
    }
}

fn series(name: &str, values: &[(u32, i64)], style: SeriesStyle) -> Series {
    let points = values.iter().map(|&(week, pounds)| Point::new(week, Decimal::from(pounds))).collect();
    Series { name: name.to_string().into(), points, style }
}

/// Each chart's heading and markup, in gallery order.
fn gallery() -> Vec<(&'static str, String)> {
    let example = worked_example(600_000);
    let poorer = worked_example(100_000);
    let mut poorer_cash = cash_position_chart(&poorer);
    poorer_cash.id = "poorer-cash-chart".into();
    poorer_cash.title = "Cash at the end of each week, starting with £100,000".into();
    let negative_bars = BarChartProps {
        id: "negative-bars".into(),
        title: "Bars either side of zero".into(),
        summary: "A chart of awkward data.".into(),
        category_label: "Bar".into(),
        values: ValueAxis { label: "Amount".into(), unit: ValueUnit::Money },
        bars: vec![
            Bar { label: "A loss".into(), value: Decimal::from(-1_250_000), style: SeriesStyle::Dotted },
            Bar { label: "A gain".into(), value: Decimal::from(2_500_000), style: SeriesStyle::Solid },
        ],
    };
    vec![
        ("Worked example: cash", render_line(cash_position_chart(&example))),
        ("Worked example: jobs at risk", render_line(jobs_at_risk_chart(&example))),
        ("Worked example: weekly cost", render_chart(bar_chart(&weekly_cost_chart(&example)))),
        ("£100,000 of cash: both paths run out", render_line(poorer_cash)),
        ("Bars either side of zero", render_chart(bar_chart(&negative_bars))),
        (
            "All values below zero and equal",
            render_line(line(
                "all-negative",
                "All negative",
                vec![series("Flat", &[(1, -500), (2, -500), (3, -500)], SeriesStyle::Dashed)],
                LineShape::Straight,
            )),
        ),
        (
            "One point",
            render_line(line(
                "one-point",
                "One point",
                vec![series("Only", &[(4, 12)], SeriesStyle::Solid)],
                LineShape::Steps,
            )),
        ),
        (
            "No data",
            render_line(line(
                "no-data",
                "No data",
                vec![series("Empty", &[], SeriesStyle::Solid)],
                LineShape::Straight,
            )),
        ),
    ]
}

fn page(charts: &[(&str, String)]) -> String {
    let sections: String =
        charts.iter().map(|(heading, chart)| format!("<h2 class=\"heading-m\">{heading}</h2>\n{chart}\n")).collect();
    format!(
        r#"<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chart gallery</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="../../styles/base.css">
<link rel="stylesheet" href="../../styles/charts.css">
</head>
<body>
<main class="page">
<h1 class="heading-l">Chart gallery</h1>
{sections}</main>
</body>
</html>
"#
    )
}

#[test]
fn every_chart_renders_finite_numbers_and_wires_its_figure_svg_and_table() {
    let charts = gallery();
    for (heading, html) in &charts {
        assert!(!html.contains("NaN") && !html.contains("inf\""), "{heading}: a non-number in {html}");
        assert_eq!(html.matches("<figure").count(), 1, "{heading}");
        assert_eq!(html.matches("<figcaption").count(), 1, "{heading}");
        assert_eq!(html.matches(r#"role="img""#).count(), 1, "{heading}");
        assert!(html.contains("<title id=") && html.contains("<desc id="), "{heading}");
        assert!(html.contains("Show the data as a table"), "{heading}");
    }
    let cash = &charts[0].1;
    assert!(cash.contains(r#"aria-labelledby="cash-position-chart-title cash-position-chart-desc""#));
    assert!(cash.contains("chart__zero-line"), "the worked example's cash goes below zero");
    assert!(cash.contains("-£236,183.52"), "the table has the exact figure for week 6");
    assert!(!charts[1].1.contains("chart__zero-line"), "no job count is below zero");
}

#[test]
fn the_gallery_page_is_written_for_the_screenshots() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots/charts.html");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, page(&gallery())).unwrap();
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(written.matches("<figure").count(), 8);
}

#[derive(Properties, PartialEq)]
struct EstimateChartsProps {
    cash: i64,
}

/// The three charts placed as a view would place them.
#[function_component(EstimateCharts)]
fn estimate_charts(props: &EstimateChartsProps) -> Html {
    let estimate = worked_example(props.cash);
    html! {
        <>
            { line_chart(&cash_position_chart(&estimate)) }
            { line_chart(&jobs_at_risk_chart(&estimate)) }
            { bar_chart(&weekly_cost_chart(&estimate)) }
        </>
    }
}

#[test]
fn the_three_estimate_charts_sit_together_on_one_page_with_unique_ids() {
    let html = render::<EstimateCharts>(EstimateChartsProps { cash: 600_000 });
    assert_eq!(html.matches("<figure").count(), 3);
    let ids: Vec<&str> = html.split(" id=\"").skip(1).map(|rest| &rest[..rest.find('"').unwrap()]).collect();
    assert!(ids.contains(&"weekly-cost-chart-stripes") && ids.len() > 10, "{ids:?}");
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "repeated ids in {ids:?}");
}
