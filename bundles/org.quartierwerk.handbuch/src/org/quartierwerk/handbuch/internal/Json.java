package org.quartierwerk.handbuch.internal;

/** A Java string as a JSON string literal that may stand inside a {@code <script>} file. */
public final class Json {

	private Json() {
	}

	public static String text(String s) {
		StringBuilder aus = new StringBuilder("\"");
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> aus.append("\\\"");
			case '\\' -> aus.append("\\\\");
			case '\n' -> aus.append("\\n");
			case '\r' -> aus.append("\\r");
			case '\t' -> aus.append("\\t");
			case '<' -> aus.append("\\u003c");
			case '\u2028' -> aus.append("\\u2028");
			case '\u2029' -> aus.append("\\u2029");
			default -> {
				if (c < 0x20) {
					aus.append(String.format("\\u%04x", (int) c));
				} else {
					aus.append(c);
				}
			}
			}
		}
		return aus.append('"').toString();
	}
}
