//! Interface language: every string the views show, and number and date formatting. Components
//! never hold literal text; they read a [`Strings`] table, so adding English (or another
//! language) is a table, not a hunt through the views.

mod en;
pub mod format;
mod id;
pub mod people;
mod strings;

pub use strings::Strings;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    /// Indonesian, the first language of the app's readers.
    #[default]
    Id,
    En,
}

impl Lang {
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "id" => Some(Self::Id),
            "en" => Some(Self::En),
            _ => None,
        }
    }

    /// The BCP 47 code, for `<html lang>` and `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Id => "id",
            Self::En => "en",
        }
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Self::Id => &id::ID,
            Self::En => &en::EN,
        }
    }

    /// A dataset label in this language, falling back to Indonesian.
    pub fn pick(self, labels: &crate::data::Labels) -> &str {
        match self {
            Self::En => labels.en.as_deref().unwrap_or(&labels.id),
            Self::Id => &labels.id,
        }
    }
}

/// Shown when the app panics. In both languages at once: the panic hook cannot rely on the
/// app's state to know which one the reader chose.
pub const PANIC_MESSAGE: &str =
    "Terjadi kesalahan tak terduga di aplikasi. Muat ulang halaman; bila terulang, beri tahu \
     pengelola. (An unexpected error occurred in the app. Please reload the page.)";

/// Like [`fill`], for a template that counts something: `"{n} day|{n} days"` gives the first
/// form when `n` is 1 and the second otherwise (English); a template without `|` (Indonesian,
/// which does not inflect) is used for every `n`.
pub fn fill_n(template: &str, n: usize, args: &[(&str, &str)]) -> String {
    let form = match template.split_once('|') {
        Some((one, _)) if n == 1 => one,
        Some((_, many)) => many,
        None => template,
    };
    fill(form, args)
}

/// Replaces `{name}` placeholders in a template: `fill("{n} kota", &[("n", "4")])`.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests;
