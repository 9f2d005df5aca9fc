/* Die Suche des Quartierwerk-Handbuchs: liest den Suchindex (suchindex.js, beim Ablegen der Seiten erzeugt) und zeigt
   auf suche.html die Abschnitte, die jedes Suchwort enthalten. Kein Server, keine Ressource von außen: Sie
   funktioniert auch, wenn die Seiten mit file:// geöffnet sind. Groß- und Kleinschreibung, Umlaute und ß zählen nicht. */
(function () {
  'use strict';

  function falte(text) {
    return text.toLowerCase().replace(/ß/g, 'ss').replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u')
      .normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  function woerter(anfrage) {
    return falte(anfrage).split(/[\s,.;:!?„“"']+/).filter(function (w) { return w.length > 0; });
  }

  function finde(anfrage) {
    var gesucht = woerter(anfrage);
    if (gesucht.length === 0) {
      return [];
    }
    return (window.HANDBUCH_SUCHINDEX || []).filter(function (eintrag) {
      var text = falte(eintrag.kapitel + ' ' + eintrag.abschnitt + ' ' + eintrag.text);
      return gesucht.every(function (w) { return text.indexOf(w) >= 0; });
    });
  }

  /** Ein Stück Text um die erste Fundstelle, damit man sieht, warum der Abschnitt passt. */
  function auszug(text, anfrage) {
    var erstes = woerter(anfrage)[0];
    var stelle = Math.max(0, falte(text).indexOf(erstes));
    var anfang = Math.max(0, stelle - 60);
    var ende = Math.min(text.length, stelle + 140);
    if (anfang > 0 && text.indexOf(' ', anfang) >= 0 && text.indexOf(' ', anfang) < stelle) {
      anfang = text.indexOf(' ', anfang) + 1; // an einer Wortgrenze beginnen und enden
    }
    if (ende < text.length && text.lastIndexOf(' ', ende) > stelle) {
      ende = text.lastIndexOf(' ', ende);
    }
    var stueck = text.substring(anfang, ende).replace(/\s+/g, ' ');
    return (anfang > 0 ? '… ' : '') + stueck + (ende < text.length ? ' …' : '');
  }

  function zeige(feld, liste, stand) {
    var anfrage = feld.value.trim();
    var treffer = finde(anfrage);
    liste.textContent = '';
    treffer.forEach(function (eintrag) {
      var li = document.createElement('li');
      var link = document.createElement('a');
      link.href = eintrag.seite + (eintrag.anker ? '#' + eintrag.anker : '');
      link.textContent = eintrag.abschnitt === eintrag.kapitel ? eintrag.kapitel : eintrag.kapitel + ' – ' + eintrag.abschnitt;
      li.appendChild(link);
      var p = document.createElement('p');
      p.textContent = auszug(eintrag.text, anfrage);
      li.appendChild(p);
      liste.appendChild(li);
    });
    if (anfrage === '') {
      stand.textContent = 'Geben Sie oben ein Suchwort ein, etwa „Förderquote“.';
    } else if (treffer.length === 0) {
      stand.textContent = 'Keine Abschnitte mit „' + anfrage + '“. Versuchen Sie ein anderes Wort.';
    } else {
      stand.textContent = (treffer.length === 1 ? '1 Abschnitt' : treffer.length + ' Abschnitte') + ' mit „' + anfrage + '“:';
    }
  }

  var liste = document.getElementById('treffer');
  var stand = document.getElementById('suchstand');
  var feld = document.getElementById('suchfeld');
  if (!liste || !stand || !feld) {
    return; // eine Kapitelseite: das Suchfeld führt zu suche.html
  }
  var q = new URLSearchParams(window.location.search).get('q');
  if (q) {
    feld.value = q;
  }
  feld.addEventListener('input', function () { zeige(feld, liste, stand); });
  zeige(feld, liste, stand);
})();
