/* Quartierwerk – Filter und Volltextsuche des Webauftritts, ohne Bibliotheken und ohne Netz.
   Die Daten kommen aus daten.js (window.QUARTIERWERK_PRAXISBEISPIELE), das auch über file:// lädt. */
(function () {
  "use strict";
  var daten = window.QUARTIERWERK_PRAXISBEISPIELE || [];
  var form = document.getElementById("filter");
  var suche = document.getElementById("suche");
  var treffer = document.getElementById("treffer");
  var eintraege = document.querySelectorAll("#liste > li");
  if (!form || !suche || !treffer) { return; }

  /* Kleinbuchstaben, ohne Akzente; Umlaute und Eszett wie ae, oe, ue und ss. */
  function falte(text) {
    return String(text).toLowerCase()
      .replace(/\u00e4/g, "ae").replace(/\u00f6/g, "oe").replace(/\u00fc/g, "ue").replace(/\u00df/g, "ss")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  var jeSeite = {};
  daten.forEach(function (d) { d.gefaltet = falte(d.text); jeSeite[d.seite] = d; });

  function gewaehlt() {
    var wahl = {};
    form.querySelectorAll("input[type=checkbox]:checked").forEach(function (box) {
      (wahl[box.name] = wahl[box.name] || []).push(box.value);
    });
    return wahl;
  }

  function passt(d, wahl, woerter) {
    for (var facette in wahl) {
      var werte = d.facetten[facette] || [];
      if (!wahl[facette].some(function (w) { return werte.indexOf(w) >= 0; })) { return false; }
    }
    return woerter.every(function (w) { return d.gefaltet.indexOf(w) >= 0; });
  }

  function filtere() {
    var wahl = gewaehlt();
    var woerter = falte(suche.value).split(/\s+/).filter(function (w) { return w.length > 0; });
    var n = 0;
    eintraege.forEach(function (li) {
      var d = jeSeite[li.getAttribute("data-seite")];
      var zeigen = !d || passt(d, wahl, woerter);
      li.hidden = !zeigen;
      if (zeigen) { n++; }
    });
    treffer.textContent = n + " von " + eintraege.length + " Praxisbeispielen";
  }

  form.addEventListener("change", filtere);
  suche.addEventListener("input", filtere);
  form.addEventListener("submit", function (e) { e.preventDefault(); filtere(); });
  form.addEventListener("reset", function () { window.setTimeout(filtere, 0); });
  filtere();
}());
