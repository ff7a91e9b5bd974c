/// A problem with one field: the id of its input on the page and a message saying what to do.
/// Shown next to the field and in the error summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field_id: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field_id: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError { field_id: field_id.into(), message: message.into() }
    }
}

/// The message for one field, if it has a problem.
pub fn error_for<'a>(errors: &'a [FieldError], field_id: &str) -> Option<&'a str> {
    errors.iter().find(|error| error.field_id == field_id).map(|error| error.message.as_str())
}
