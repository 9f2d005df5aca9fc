package org.quartierwerk.handbuch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text of the handbook's HTML for a terminal. */
class KlartextTest {

	@Test
	void tagsGoCharacterReferencesAreResolvedUmlautsStay() {
		assertEquals("Ziele & Wirkung: Strg+Z nimmt „alles“ zurück – auch <b> im Text.",
				Klartext.von("<p>Ziele &amp; Wirkung: <kbd>Strg</kbd>+<kbd>Z</kbd> nimmt &#x201E;alles&#8220; zurück –\n   auch &lt;b&gt; im Text.</p>"));
	}

	@Test
	void paragraphsListsAndDefinitionsGetTheirLines() {
		String html = "<p>Erst\ndies.</p>\n<ol>\n  <li>Eins</li>\n  <li>Zwei <ul><li>innen</li></ul></li>\n</ol>\n"
				+ "<dl><dt>Steckbrief</dt><dd>Titel und Ort.</dd></dl><p>Ende<br>neue Zeile</p>";
		assertEquals("Erst dies.\n\n1. Eins\n2. Zwei\n\n  - innen\n\nSteckbrief\n  Titel und Ort.\n\nEnde\nneue Zeile", Klartext.von(html));
	}

	@Test
	void preformattedTextKeepsItsLines() {
		assertEquals("So:\n\n./quartierwerk pruefen\n./quartierwerk bericht --vorlagen",
				Klartext.von("<p>So:</p>\n<pre>./quartierwerk pruefen\n./quartierwerk bericht --vorlagen</pre>"));
	}

	@Test
	void commentsAreNoText() {
		assertEquals("vorher nachher", Klartext.von("vorher <!-- <p>nicht</p> --> nachher"));
	}
}
