//! Browser tests of the chart components with the spec's worked example: the figure, caption
//! and SVG wiring a screen reader relies on, the data table's numbers, the zero line, and how
//! series are told apart.
#![cfg(target_arch = "wasm32")]

mod support;

use furlough_app::components::charts::{
    bar_chart, cash_position_chart, jobs_at_risk_chart, line_chart, weekly_cost_chart, BarChartProps, LineChartProps,
    Series, SeriesStyle, ValueUnit,
};
use support::worked_example;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg";

/// A container of the given width in CSS pixels, attached to the page.
fn fresh_element(width_px: u32) -> Element {
    let document = gloo_utils::document();
    let element = document.create_element("div").unwrap();
    element.set_attribute("style", &format!("width: {width_px}px")).unwrap();
    document.body().unwrap().append_child(&element).unwrap();
    element
}

/// The charts are plain functions of their data; these components mount them.
#[derive(Properties, PartialEq)]
struct LineChartHostProps {
    chart: LineChartProps,
}

#[function_component(LineChartHost)]
fn line_chart_host(props: &LineChartHostProps) -> Html {
    line_chart(&props.chart)
}

#[derive(Properties, PartialEq)]
struct BarChartHostProps {
    chart: BarChartProps,
}

#[function_component(BarChartHost)]
fn bar_chart_host(props: &BarChartHostProps) -> Html {
    bar_chart(&props.chart)
}

async fn mount_line_chart(props: LineChartProps, width_px: u32) -> Element {
    let root = fresh_element(width_px);
    yew::Renderer::<LineChartHost>::with_root_and_props(root.clone(), LineChartHostProps { chart: props }).render();
    yew::scheduler::flush().await;
    root
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().dyn_into().unwrap()).collect()
}

fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_chart_is_a_figure_whose_svg_image_is_named_by_its_title_and_description() {
    let props = cash_position_chart(&worked_example(600_000));
    let (title, summary) = (props.title.to_string(), props.summary.to_string());
    let root = mount_line_chart(props, 600).await;

    let figure = one(&root, "figure#cash-position-chart");
    let caption = one(&figure, "figcaption");
    assert_eq!(text(&one(&caption, ".chart__title")), title);
    assert_eq!(text(&one(&caption, ".chart__summary")), summary);
    assert_eq!(
        summary,
        "Without the scheme the firm's cash runs out in week 5; with it, the cash lasts the whole shutdown."
    );

    let svg = one(&figure, "svg.chart__svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    let labelled_by = svg.get_attribute("aria-labelledby").unwrap();
    let ids: Vec<&str> = labelled_by.split(' ').collect();
    assert_eq!(ids, ["cash-position-chart-title", "cash-position-chart-desc"]);
    let svg_title = one(&svg, "title");
    let desc = one(&svg, "desc");
    assert_eq!((svg_title.id(), desc.id()), (ids[0].to_string(), ids[1].to_string()));
    assert_eq!(text(&svg_title), title);
    let description = text(&desc);
    assert!(description.starts_with(&summary), "{description}");
    assert!(
        description.contains("Without the scheme: £600,000.00 in week 0 and -£236,183.52 in week 6"),
        "{description}"
    );
    assert!(description.contains("It is first below zero in week 5."), "{description}");
    assert_eq!(svg_title.namespace_uri().as_deref(), Some(SVG_NAMESPACE));
    assert_eq!(one(&svg, "path").namespace_uri().as_deref(), Some(SVG_NAMESPACE));
}

#[wasm_bindgen_test]
async fn the_data_table_holds_the_same_numbers_as_the_chart() {
    let props = cash_position_chart(&worked_example(600_000));
    let series: Vec<Series> = props.series.clone();
    let root = mount_line_chart(props, 600).await;

    let details = one(&root, "details.chart__details");
    assert!(!details.has_attribute("open"), "the table starts folded away");
    assert_eq!(text(&one(&details, "summary")).trim(), "Show the data as a table");
    let region = one(&details, ".table-scroll");
    assert_eq!(region.get_attribute("tabindex").as_deref(), Some("0"));
    let caption_id = region.get_attribute("aria-labelledby").unwrap();
    assert_eq!(text(&one(&root, &format!("caption#{caption_id}"))), "Cash at the end of each week of the shutdown");

    let headings: Vec<String> = all(&details, "thead th").iter().map(text).collect();
    assert_eq!(
        headings,
        ["Week of the shutdown", "Without the scheme", "With the scheme", "Making the exposed staff redundant"]
    );
    let rows = all(&details, "tbody tr");
    assert_eq!(rows.len(), 7);
    for (week, row) in rows.iter().enumerate() {
        assert_eq!(text(&one(row, "th[scope=row]")), week.to_string());
        let cells: Vec<String> = all(row, "td").iter().map(text).collect();
        let expected: Vec<String> = series.iter().map(|s| ValueUnit::Money.exact(s.points[week].value)).collect();
        assert_eq!(cells, expected);
    }
    assert_eq!(text(&all(&rows[6], "td")[0]), "-£236,183.52");
}

#[wasm_bindgen_test]
async fn a_heavy_zero_line_and_shading_mark_zero_when_the_cash_goes_below_it() {
    let root = mount_line_chart(cash_position_chart(&worked_example(600_000)), 600).await;
    let svg = one(&root, "svg.chart__svg");
    let zero_line = one(&svg, "line.chart__zero-line");
    let zero_tick = all(&svg, "text.chart__tick").into_iter().find(|t| text(t) == "£0").expect("a £0 tick");
    let zero_y: f64 = zero_line.get_attribute("y1").unwrap().parse().unwrap();
    let tick_y: f64 = zero_tick.get_attribute("y").unwrap().parse().unwrap();
    assert!((tick_y - zero_y - 7.0).abs() < 0.01, "the £0 label sits on the zero line ({tick_y} vs {zero_y})");
    assert!(svg.query_selector(".chart__below-zero rect").unwrap().is_some());
    let key: Vec<String> = all(&root, ".chart__legend-item").iter().map(text).collect();
    assert_eq!(key.last().map(String::as_str), Some("Cash has run out"));
}

#[wasm_bindgen_test]
async fn job_counts_never_below_zero_have_no_zero_line_and_step_between_lengths() {
    let root = mount_line_chart(jobs_at_risk_chart(&worked_example(600_000)), 600).await;
    let svg = one(&root, "svg.chart__svg");
    assert!(svg.query_selector(".chart__zero-line").unwrap().is_none());
    assert!(svg.query_selector(".chart__below-zero").unwrap().is_none());
    for path in all(&svg, "path.chart__line") {
        let d = path.get_attribute("d").unwrap();
        assert!(d.contains(" H") && d.contains(" V") && !d.contains('L'), "a step line: {d}");
    }
    assert_eq!(all(&root, "tbody tr").len(), 52);
    let description = text(&one(&svg, "desc"));
    assert!(description.contains("Without the scheme: 0 from 1 to 4 weeks; 200 from 5 to 52 weeks."), "{description}");
}

#[wasm_bindgen_test]
async fn series_differ_by_dash_pattern_and_marker_shape_as_well_as_colour() {
    let root = mount_line_chart(cash_position_chart(&worked_example(600_000)), 600).await;
    let svg = one(&root, "svg.chart__svg");
    let lines = all(&svg, "path.chart__line");
    let dashes: Vec<Option<String>> = lines.iter().map(|l| l.get_attribute("stroke-dasharray")).collect();
    assert_eq!(dashes, [None, Some("12 6".into()), Some("0.5 7".into())]);
    let colours: Vec<String> = lines.iter().map(|l| l.get_attribute("stroke").unwrap()).collect();
    assert_eq!(colours, [SeriesStyle::Solid, SeriesStyle::Dashed, SeriesStyle::Dotted].map(|s| s.colour().to_string()));
    // Seven weeks: a marker at every point, each series its own shape.
    assert_eq!(all(&svg, "circle.chart__marker").len(), 7);
    assert_eq!(all(&svg, "rect.chart__marker").len(), 7);
    assert_eq!(all(&svg, "polygon.chart__marker").len(), 7);

    let key = all(&root, "ul.chart__legend > li");
    let names: Vec<String> = key.iter().take(3).map(text).collect();
    assert_eq!(names, ["Without the scheme", "With the scheme", "Making the exposed staff redundant"]);
    for item in &key {
        assert_eq!(one(item, "svg").get_attribute("aria-hidden").as_deref(), Some("true"));
    }
}

#[wasm_bindgen_test]
async fn the_svg_scales_to_the_width_of_its_figure_keeping_its_shape() {
    // Without the stylesheet the figure keeps the browser's 40px side margins: what matters is
    // that the drawing fills whatever width its figure has.
    for container in [290, 600] {
        let root = mount_line_chart(cash_position_chart(&worked_example(600_000)), container).await;
        let (figure, svg) = (one(&root, "figure"), one(&root, "svg.chart__svg"));
        assert_eq!(svg.client_width(), figure.client_width(), "in a {container}px container");
        let expected_height = f64::from(svg.client_width()) * 320.0 / 480.0;
        assert!((f64::from(svg.client_height()) - expected_height).abs() <= 1.0, "in a {container}px container");
    }
}

#[wasm_bindgen_test]
async fn the_bar_chart_labels_each_bar_with_its_exact_weekly_cost() {
    let root = fresh_element(600);
    let chart = weekly_cost_chart(&worked_example(600_000));
    yew::Renderer::<BarChartHost>::with_root_and_props(root.clone(), BarChartHostProps { chart }).render();
    yew::scheduler::flush().await;

    let svg = one(&root, "figure#weekly-cost-chart svg[role=img]");
    assert_eq!(all(&svg, "rect.chart__bar").len(), 2);
    let labels: Vec<String> = all(&svg, ".chart__bar-row text").iter().map(text).collect();
    assert_eq!(labels, ["The government", "£59,076.00", "Your firm", "£8,474.40"]);
    let cells: Vec<String> = all(&root, "tbody tr").iter().map(text).collect();
    assert_eq!(cells, ["The government£59,076.00", "Your firm£8,474.40"]);
    let firm_bar = &all(&svg, "rect.chart__bar")[1];
    assert_eq!(firm_bar.get_attribute("fill").as_deref(), Some("url(#weekly-cost-chart-stripes)"));
    assert!(svg.query_selector("pattern#weekly-cost-chart-stripes").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn a_chart_with_no_figures_says_so_and_draws_no_broken_numbers() {
    let mut props = cash_position_chart(&worked_example(600_000));
    props.id = "empty-chart".into();
    for series in &mut props.series {
        series.points.clear();
    }
    let root = mount_line_chart(props, 600).await;
    let svg = one(&root, "svg.chart__svg");
    assert!(text(&one(&svg, "desc")).ends_with("There are no figures to show."));
    assert!(all(&root, "tbody tr").is_empty());
    assert!(!svg.outer_html().contains("NaN"));
}
