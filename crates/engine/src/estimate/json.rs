//! Reading a scenario from JSON (the command line, saved files) with errors a person can act
//! on: the field's path (`workforce[0].annual_pay`) and what belongs there, instead of serde's
//! "invalid type: string, expected a Decimal at line 1 column 40".

use serde_json::error::Category;

use super::errors::{ScenarioError, ScenarioErrors};
use super::problems::ScenarioProblem;
use super::scenario::Scenario;

impl Scenario {
    /// Reads one scenario from JSON text. Defaults fill every optional field; any problem
    /// names the field it is in.
    pub fn from_json(text: &str) -> Result<Scenario, ScenarioErrors> {
        // serde would also read a struct from an array, by position: refuse that.
        if text.trim_start().starts_with('[') {
            return Err(ScenarioErrors::one("", input(NOT_AN_OBJECT)));
        }
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let scenario = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
            ScenarioErrors::from(explain(&error.path().to_string(), error.inner()))
        })?;
        deserializer
            .end()
            .map_err(|error| ScenarioErrors::one("", input(not_json(&error))))?;
        Ok(scenario)
    }
}

const NOT_AN_OBJECT: &str =
    "A scenario must be a JSON object, like {\"workforce\":[{\"employees\":10,\
    \"annual_pay\":\"30000\"}],\"lost_output_pct\":50,\"shutdown_weeks\":6}.";

fn input(message: impl Into<String>) -> ScenarioProblem {
    ScenarioProblem::Input(message.into())
}

fn not_json(error: &serde_json::Error) -> String {
    format!("This is not a valid scenario in JSON ({error}).")
}

fn explain(path: &str, error: &serde_json::Error) -> ScenarioError {
    let field = if path == "." { "" } else { path };
    match error.classify() {
        Category::Syntax | Category::Eof | Category::Io => ScenarioError::new("", input(not_json(error))),
        Category::Data => {
            let text = error.to_string();
            // Every field has a default, so the only field-level error besides a wrong value
            // is a field we do not know (usually a typo).
            if text.starts_with("unknown field") {
                let detail = text.split(" at line ").next().unwrap_or(&text);
                return ScenarioError::new(
                    field,
                    input(format!(
                        "This field is not part of a scenario: {detail}. Check the spelling."
                    )),
                );
            }
            let name = field.rsplit('.').next().unwrap_or(field);
            match expected(name) {
                Some(expected) => {
                    ScenarioError::new(field, input(format!("{name} must be {expected}.")))
                }
                None if field.is_empty() => ScenarioError::new("", input(NOT_AN_OBJECT)),
                None => {
                    ScenarioError::new(field, input(format!("This value is not valid here ({text}).")))
                }
            }
        }
    }
}

/// What belongs in each field, for type errors.
fn expected(name: &str) -> Option<&'static str> {
    let name = name.split('[').next().unwrap_or(name);
    Some(match name {
        "version" => "a whole number (1)",
        "tax_year" => "a tax year written like \"2025-26\"",
        "workforce" => "a list of groups, like [{\"employees\":10,\"annual_pay\":\"30000\"}]",
        "label" => "text",
        "employees" => "a whole number of people, 0 or more",
        "annual_pay" | "monthly_cap" | "cash_reserves" | "weekly_revenue" => {
            "an amount in pounds written as a number, like 32000 or \"32000.00\""
        }
        "age" | "years_service" => "a whole number of years",
        "nic_category" => "one of the letters \"A\", \"M\", \"H\", \"Z\" or \"X\"",
        "pension_enrolled" | "covers_employer_nic" | "covers_pension" => "true or false",
        "exposure" => "\"per_group\" or \"whole_workforce\"",
        "lost_output_pct" | "gov_rate_pct" | "employee_floor_pct" | "top_up_to_pct" => {
            "a percentage written as a number from 0 to 100, like 60"
        }
        "shutdown_weeks" => "a whole number of weeks, from 1 to 104",
        "max_weeks" => "a whole number of weeks, or null for the whole shutdown",
        "scheme" | "finances" => "an object of named values, like {\"cash_reserves\":\"600000\"}",
        "cash_buffer_days" => "a number of days, like 27",
        "labour_cost_share" | "operating_margin" | "variable_cost_share" => {
            "a fraction written as a number, like 0.25"
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(json: &str) -> ScenarioError {
        Scenario::from_json(json).unwrap_err().errors()[0].clone()
    }

    #[test]
    fn text_where_a_number_belongs_names_the_field_and_what_belongs_there() {
        let e = error(r#"{"workforce":[{"employees":10,"annual_pay":"lots"}]}"#);
        assert_eq!(e.field, "workforce[0].annual_pay");
        assert!(
            e.message()
                .starts_with("annual_pay must be an amount in pounds"),
            "{}",
            e.message()
        );
    }

    #[test]
    fn a_negative_headcount_is_refused_on_its_field() {
        let e = error(r#"{"workforce":[{"employees":1},{"employees":-5}]}"#);
        assert_eq!(e.field, "workforce[1].employees");
        assert_eq!(
            e.message(),
            "employees must be a whole number of people, 0 or more."
        );
    }

    #[test]
    fn a_misspelt_field_is_named() {
        let e = error(r#"{"finances":{"cash_reserve":"1"}}"#);
        assert!(e.field.starts_with("finances"), "{}", e.field);
        assert!(e.message().contains("cash_reserve"), "{}", e.message());
    }

    #[test]
    fn broken_json_is_reported_for_the_whole_line() {
        for text in ["{", "not json", "{} {}", ""] {
            let e = error(text);
            assert_eq!(e.field, "", "{text}");
            assert!(
                e.message()
                    .starts_with("This is not a valid scenario in JSON"),
                "{text}: {}",
                e.message()
            );
        }
        for text in ["[1]", " [] ", "1", "\"scenario\"", "null"] {
            let e = error(text);
            assert_eq!(
                (e.field.as_str(), e.message().as_str()),
                ("", NOT_AN_OBJECT),
                "{text}"
            );
        }
    }

    #[test]
    fn a_wrong_tax_year_and_category_say_what_is_allowed() {
        assert!(error(r#"{"tax_year":"2025"}"#)
            .message()
            .contains("like \"2025-26\""));
        assert!(error(r#"{"workforce":[{"nic_category":"B"}]}"#)
            .message()
            .contains("\"A\", \"M\""));
    }
}
