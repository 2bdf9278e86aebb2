//! Text from files made safe to print on a terminal.
//!
//! A deck, an import or a file name can hold characters a terminal acts on instead of
//! showing: `ESC ] 0 ; … BEL` sets the window's title, `ESC [ 2 J` clears the screen, a
//! carriage return writes over the line, and the bidirectional controls (U+202E …) make
//! text read backwards, so a message could say something else than it seems to. Every
//! line the command line prints goes through `escape` (`cli`'s `say!` and `tell!`), so no
//! caller can forget it; JSON output goes through `escape_json`, which keeps it valid JSON.

use std::borrow::Cow;

/// Whether a terminal would act on `c` (or show it misleadingly) rather than show it.
/// Line breaks and tabs are layout, and ordinary text (umlauts, „quotes“, emoji) is text.
fn acted_on(c: char) -> bool {
    match c {
        '\n' | '\t' => false,
        // C0 controls (ESC, BEL, CR, NUL …), DEL and the C1 controls (U+0080–U+009F,
        // where U+009B is a one-character `ESC [` to some terminals).
        c if c.is_control() => true,
        // Bidirectional marks, embeddings, overrides and isolates.
        '\u{061C}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}' => true,
        _ => false,
    }
}

/// `text` with every character a terminal would act on written as a visible escape in
/// Rust's notation (`\u{1b}`), the rest unchanged. A carriage return right before a line
/// break (a Windows line end) is kept: it moves nothing.
pub fn escape(text: &str) -> Cow<'_, str> {
    escape_with(text, |c, out| {
        out.push_str(&format!("\\u{{{:x}}}", u32::from(c)))
    })
}

/// JSON text with every such character written as a JSON escape (`\u202e`). serde_json
/// escapes C0 controls itself but writes DEL, the C1 controls and the bidirectional
/// controls as they are; they can only stand inside strings, where `\uXXXX` means the same
/// character, so the JSON read back is unchanged.
pub fn escape_json(json: &str) -> Cow<'_, str> {
    escape_with(json, |c, out| {
        // Every character `acted_on` is in the Basic Multilingual Plane.
        out.push_str(&format!("\\u{:04x}", u32::from(c)));
    })
}

fn escape_with(text: &str, write: impl Fn(char, &mut String)) -> Cow<'_, str> {
    let needs = |i: usize, c: char| acted_on(c) && !(c == '\r' && text[i + 1..].starts_with('\n'));
    if !text.char_indices().any(|(i, c)| needs(i, c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (i, c) in text.char_indices() {
        if needs(i, c) {
            write(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_commands_become_visible_escapes() {
        assert_eq!(
            escape("a\u{1b}]0;title\u{7}b\u{1b}[2J"),
            "a\\u{1b}]0;title\\u{7}b\\u{1b}[2J"
        );
        assert_eq!(escape("\u{9b}31m\u{7f}\0"), "\\u{9b}31m\\u{7f}\\u{0}");
    }

    #[test]
    fn bidirectional_overrides_become_visible() {
        assert_eq!(escape("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(escape("\u{2066}x\u{2069}"), "\\u{2066}x\\u{2069}");
    }

    #[test]
    fn ordinary_text_line_breaks_and_tabs_are_kept() {
        let text = "Atomgespräche „über 120.000“ – ok\n\tnext line 🙂\r\n";
        assert!(matches!(escape(text), Cow::Borrowed(_)));
        assert_eq!(escape(text), text);
    }

    #[test]
    fn a_carriage_return_that_could_overwrite_the_line_is_escaped() {
        assert_eq!(escape("ok\rfake"), "ok\\u{d}fake");
        assert_eq!(escape("end\r"), "end\\u{d}");
    }

    #[test]
    fn json_keeps_its_meaning() {
        let value = serde_json::json!({ "title": "a\u{202e}b\u{9b}c\u{1b}d\u{7f}" });
        let json = serde_json::to_string(&value).unwrap();
        let escaped = escape_json(&json);
        assert!(!escaped.chars().any(acted_on), "{escaped}");
        let back: serde_json::Value = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back, value);
    }
}
