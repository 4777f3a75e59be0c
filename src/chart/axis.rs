//! The labels under a chart's groups (one per date): each as detailed as the room between the
//! groups allows, never overlapping. Ten yearly figures under a 420-unit chart left 37 units a
//! group, and "12 Februari 2016" needs about 100: the dates were drawn over each other. The
//! full dates stay in the chart's accessible name and in the table below it.

/// The estimated width of `text` set at `font` units: 0.6 em a character, a little more than
/// the app's sans-serif needs for digits and most letters (no text is measured at build time).
pub fn text_width(text: &str, font: f64) -> f64 {
    text.chars().count() as f64 * font * 0.6
}

/// Space kept between two neighbouring labels, in the chart's units.
const GAP: f64 = 4.0;

/// Each group's label, given its `forms` from the most detailed ("2023 (paling lambat 24 Juli
/// 2023)") to the shortest ("2023"), `room` units between group centres and a `font` size:
/// the most detailed level at which every group's form fits, the same level for all (a group
/// with fewer forms keeps its shortest beyond them). If even the shortest forms do not fit, every k-th group is labelled,
/// from the first. A label equal to the one before it is left out: "2023" once over two figures
/// of 2023.
pub fn group_labels(forms: &[Vec<String>], room: f64, font: f64) -> Vec<Option<String>> {
    let levels = forms.iter().map(Vec::len).max().unwrap_or(0);
    // A group with fewer forms keeps its last (shortest) for the levels beyond.
    let form = |g: usize, level: usize| forms[g].get(level).or_else(|| forms[g].last()).map(String::as_str);
    let widest =
        |level: usize| (0..forms.len()).filter_map(|g| form(g, level)).map(|t| text_width(t, font)).fold(0.0, f64::max);
    let fits = (0..levels).find(|&level| widest(level) + GAP <= room);
    let (level, every) = match fits {
        Some(level) => (level, 1),
        None => {
            let level = levels.saturating_sub(1);
            let every = ((widest(level) + GAP) / room.max(1.0)).ceil().max(1.0) as usize;
            (level, every)
        }
    };
    let mut previous: Option<&str> = None;
    (0..forms.len())
        .map(|g| {
            let text = form(g, level).filter(|_| g % every == 0)?;
            let repeated = previous == Some(text);
            previous = Some(text);
            (!repeated).then(|| text.to_string())
        })
        .collect()
}
