package org.quartierwerk.product.tests.feindlich;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.regex.Pattern;

import org.quartierwerk.product.tests.Quartierwerk.Result;

/** What a user must never read on the command line: Java's and the libraries' own wording. */
final class Meldungen {

	private static final List<Pattern> FREMD = List.of(Pattern.compile("Exception"), Pattern.compile("\\bat [a-z]+\\.[a-z]+\\."),
			Pattern.compile("Caused by"), Pattern.compile("\\bjava\\.[a-z]+\\."), Pattern.compile("\\borg\\.(eclipse|quartierwerk|xml|apache)\\."),
			Pattern.compile("\\bcom\\.fasterxml"), Pattern.compile("No space left"), Pattern.compile("Read-only file system"),
			Pattern.compile("Permission denied"), Pattern.compile("Is a directory"), Pattern.compile("Malformed input"),
			Pattern.compile("Unrecognized"), Pattern.compile("Unexpected character"), Pattern.compile("cannot be"),
			Pattern.compile("\\.tmp\\b"), Pattern.compile("Feature '"), Pattern.compile("Unresolved reference"),
			Pattern.compile("Package with uri"), Pattern.compile("INFORMATION:|WARNUNG:|SCHWERWIEGEND:"));

	/** Fails when stdout or stderr holds a stack trace, a Java class name, a temporary path or English library wording. */
	static void nurDeutsch(Result result) {
		for (String text : List.of(result.out(), result.err())) {
			for (Pattern fremd : FREMD) {
				assertFalse(fremd.matcher(text).find(), () -> "the user reads \"" + fremd + "\":\n" + result);
			}
		}
	}

	private Meldungen() {
	}
}
