/**
 * The domain model of Quartierwerk: the {@link org.quartierwerk.model.Praxisbeispiel} with its Steckbrief,
 * Finanzierungsplan, Beteiligungen and Ziele, and the catalogue types Partizipationsmodell and Finanzierungskatalog.
 * <p>
 * The interfaces, enumerations, {@link org.quartierwerk.model.QuartierwerkPackage} and
 * {@link org.quartierwerk.model.QuartierwerkFactory} are generated from {@code model/quartierwerk.ecore} (in
 * {@code src-gen/}); the facts behind them are in {@code docs/fachmodell.md}. Written by hand: German labels
 * ({@link org.quartierwerk.model.Bezeichnungen}), dates of year, month or day precision
 * ({@link org.quartierwerk.model.Teildatum}), German text comparison and the safe loading of project and catalogue files
 * ({@link org.quartierwerk.model.QuartierwerkResources}).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.quartierwerk.model;
