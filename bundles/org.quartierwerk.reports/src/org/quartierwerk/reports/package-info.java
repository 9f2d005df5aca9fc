/**
 * Documents from the model with BIRT: Steckbriefe, Förderanträge and collection reports as PDF, DOCX, ODT and HTML.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.quartierwerk.reports;
