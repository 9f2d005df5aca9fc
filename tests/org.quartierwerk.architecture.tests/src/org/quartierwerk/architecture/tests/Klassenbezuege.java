package org.quartierwerk.architecture.tests;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a compiled class refers to, read from its constant pool (JVMS §4.4): the names of its
 * {@code CONSTANT_Class} entries and every class type ({@code Lpkg/Name;}) in the descriptors and generic signatures
 * it holds as {@code CONSTANT_Utf8} – field and method types, annotations, casts, {@code instanceof}, lambdas. String
 * literals are left out; constants the compiler inlined leave no trace and are rightly ignored (they are no
 * dependency at run time). A small reader instead of ASM, which the target platform does not carry.
 */
final class Klassenbezuege {

	private static final Pattern KLASSENTYP = Pattern.compile("L([A-Za-z_$][\\w$]*(?:/[\\w$]+)*)[;<]");

	/** The binary names (with dots, inner classes with {@code $}) of the classes the class file refers to. */
	static Set<String> von(byte[] klassendatei) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(klassendatei));
		if (in.readInt() != 0xCAFEBABE) {
			throw new IOException("keine Klassendatei");
		}
		in.readUnsignedShort(); // minor
		in.readUnsignedShort(); // major
		int anzahl = in.readUnsignedShort();
		String[] texte = new String[anzahl];
		int[] klassen = new int[anzahl];
		boolean[] literale = new boolean[anzahl];
		int k = 0;
		for (int i = 1; i < anzahl; i++) {
			int tag = in.readUnsignedByte();
			switch (tag) {
			case 1 -> texte[i] = in.readUTF();
			case 7 -> klassen[k++] = in.readUnsignedShort();
			case 8 -> literale[in.readUnsignedShort()] = true;
			case 16, 19, 20 -> in.readUnsignedShort();
			case 15 -> in.skipBytes(3);
			case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
			case 5, 6 -> {
				in.skipBytes(8);
				i++; // eight-byte constants take two entries
			}
			default -> throw new IOException("unbekannter Eintrag " + tag + " im Konstantenpool");
			}
		}
		Set<String> bezuege = new TreeSet<>();
		for (int i = 0; i < k; i++) {
			String name = texte[klassen[i]];
			if (name.startsWith("[")) {
				typen(name, bezuege);
			} else {
				bezuege.add(name.replace('/', '.'));
			}
		}
		for (int i = 1; i < anzahl; i++) {
			if (texte[i] != null && !literale[i]) {
				typen(texte[i], bezuege);
			}
		}
		return bezuege;
	}

	private static void typen(String deskriptor, Set<String> bezuege) {
		Matcher typ = KLASSENTYP.matcher(deskriptor);
		while (typ.find()) {
			bezuege.add(typ.group(1).replace('/', '.'));
		}
	}

	private Klassenbezuege() {
	}
}
