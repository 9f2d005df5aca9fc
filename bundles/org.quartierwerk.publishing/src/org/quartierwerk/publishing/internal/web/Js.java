package org.quartierwerk.publishing.internal.web;

/** JavaScript string literals for the data file: quoted, with everything outside printable ASCII as \\u escape. */
final class Js {

	static String text(String s) {
		StringBuilder b = new StringBuilder("\"");
		for (char c : (s == null ? "" : s).toCharArray()) {
			if (c == '"' || c == '\\') {
				b.append('\\').append(c);
			} else if (c < 0x20 || c > 0x7E || c == '<' || c == '>' || c == '&') {
				b.append(String.format("\\u%04x", (int) c));
			} else {
				b.append(c);
			}
		}
		return b.append('"').toString();
	}

	private Js() {
	}
}
