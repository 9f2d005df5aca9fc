package org.quartierwerk.publishing.internal;

/**
 * A personal datum the workspace knows: a person's name, an e-mail address or a phone number, the role that replaces it
 * in published text, and where it was recorded (project or Teilnahme, field in the editor's terms).
 */
record Kennung(String text, Art art, String rolle, String herkunft, String feld) {

	enum Art {
		NAME, EMAIL, TELEFON
	}
}
