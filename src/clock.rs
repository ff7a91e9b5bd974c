//! Today's date, from the browser's clock: it picks the default tax year. The engines have no
//! clock of their own, so that their results depend on their inputs alone.

use chrono::NaiveDate;

/// Today in the browser's time zone; a fixed date natively (tests), which never happens in the
/// app.
pub fn today() -> NaiveDate {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        let date = NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date());
        if let Some(date) = date {
            return date;
        }
    }
    NaiveDate::from_ymd_opt(2026, 4, 6).unwrap_or_default()
}
