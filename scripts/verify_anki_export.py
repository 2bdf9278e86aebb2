#!/usr/bin/env python3
"""Checks a `factdeck export --format anki` file against real Anki.

Imports the file into a fresh Anki collection with Anki's own backend (the `anki` package
from PyPI), then checks the note count, a note's fields and tags, and that importing the
same file a second time adds nothing (the guids make Anki update the notes instead).

    python3 verify_anki_export.py EXPORT.txt
"""

import sys
import tempfile
from pathlib import Path

from anki.collection import Collection, ImportCsvRequest


def import_file(col: Collection, path: str):
    metadata = col.get_csv_metadata(path=path, delimiter=None)
    return col.import_csv(ImportCsvRequest(path=path, metadata=metadata)).log


def fail(message: str) -> None:
    print(f"verify_anki_export: {message}", file=sys.stderr)
    sys.exit(1)


def main() -> None:
    if len(sys.argv) != 2:
        fail("usage: verify_anki_export.py EXPORT.txt")
    path = str(Path(sys.argv[1]).resolve())
    rows = [line for line in Path(path).read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    with tempfile.TemporaryDirectory() as folder:
        col = Collection(str(Path(folder) / "collection.anki2"))
        first = import_file(col, path)
        if len(first.new) != len(rows):
            fail(f"{len(rows)} rows gave {len(first.new)} new notes "
                 f"(conflicting {len(first.conflicting)}, missing notetype {len(first.missing_notetype)})")
        if col.note_count() != len(rows):
            fail(f"the collection holds {col.note_count()} notes, expected {len(rows)}")

        ids = col.find_notes('"note:Cloze" Kohle')
        if len(ids) != 1:
            fail(f"expected one cloze note with Kohle, found {len(ids)}")
        note = col.get_note(ids[0])
        if "{{c1::Kohle}}" not in note["Text"]:
            fail(f"the export-ban list is not a cloze: {note['Text']!r}")
        if "kim-putin-2019::sanktionen" not in note.tags:
            fail(f"the note lacks its topic tag: {note.tags}")
        if len(col.find_notes('"deck:factdeck::*"')) != len(rows):
            fail("not every note landed in the factdeck deck")
        cards = col.card_count()

        second = import_file(col, path)
        if len(second.new) != 0 or col.note_count() != len(rows) or col.card_count() != cards:
            fail(f"a second import added notes: {len(second.new)} new, {col.note_count()} in all")
        col.close()
    print(f"verify_anki_export: ok: {len(rows)} notes, {cards} cards; a second import added nothing")


if __name__ == "__main__":
    main()
