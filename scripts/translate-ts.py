#!/usr/bin/env python3
"""Fills a Qt Linguist .ts file from a JSON dictionary {source: translation}.

Usage: scripts/translate-ts.py <file.ts> <translations.json>

A translation for a plural source ("%n lesson(s)") is a list of forms, in the target
language's order (French: [one, many]). Entries already translated are kept unless the
dictionary has them. Prints the sources that are still untranslated and exits 1 if any.
"""
import html
import json
import sys
import xml.etree.ElementTree as ET


def main() -> int:
    ts_path, dict_path = sys.argv[1], sys.argv[2]
    with open(dict_path, encoding="utf-8") as f:
        table = json.load(f)
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        value = table.get(source)
        if value is None:
            if translation.get("type") == "unfinished" or not (translation.text or len(translation)):
                missing.append(source)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"untranslated: {source}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
