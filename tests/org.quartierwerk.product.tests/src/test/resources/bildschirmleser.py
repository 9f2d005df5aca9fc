#!/usr/bin/python3
"""Reads the main window of a running Quartierwerk as a screen reader receives it: from the accessibility bus (AT-SPI
over D-Bus), in another process, through the same library Orca uses (pyatspi). See BildschirmleserTest.

Usage: bildschirmleser.py SECONDS TEXT - waits up to SECONDS for a window "Quartierwerk" whose tree shows TEXT somewhere,
then prints one line per element shown, its fields separated by tabs: depth, role, its own name, the names of the
elements it is labelled by (separated by "|"), and "fokussierbar" when it takes the keyboard focus. Exit code 2 when no such window appeared in time."""
import sys
import time

import pyatspi


def beschriftet_von(element):
    namen = []
    for relation in element.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            namen += [relation.getTarget(i).name or "" for i in range(relation.getNTargets())]
    return namen


def elemente(element, tiefe=0):
    try:
        zustand = element.getState()
        eintrag = {"tiefe": tiefe, "rolle": element.getRoleName(), "name": element.name or "",
                   "beschriftetVon": beschriftet_von(element), "fokussierbar": zustand.contains(pyatspi.STATE_FOCUSABLE),
                   "gezeigt": zustand.contains(pyatspi.STATE_SHOWING)}
    except Exception:  # an element that went away while it was read
        return
    if not eintrag["gezeigt"]:
        return
    yield eintrag
    for i in range(element.childCount):
        kind = element.getChildAtIndex(i)
        if kind is not None:
            yield from elemente(kind, tiefe + 1)


def hauptfenster():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        anwendung = desktop.getChildAtIndex(i)
        for j in range(anwendung.childCount if anwendung is not None else 0):
            fenster = anwendung.getChildAtIndex(j)
            if fenster is not None and (fenster.name or "").strip() == "Quartierwerk":
                return fenster
    return None


def main():
    frist = time.time() + float(sys.argv[1])
    gesucht = sys.argv[2]
    while time.time() < frist:
        fenster = hauptfenster()
        if fenster is not None:
            alle = list(elemente(fenster))
            if any(gesucht in e["name"] for e in alle):
                for e in alle:
                    felder = [str(e["tiefe"]), e["rolle"], e["name"], "|".join(e["beschriftetVon"]),
                              "fokussierbar" if e["fokussierbar"] else ""]
                    print("\t".join(f.replace("\t", " ").replace("\n", " ") for f in felder))
                return 0
        time.sleep(1)
    return 2


if __name__ == "__main__":
    sys.exit(main())
