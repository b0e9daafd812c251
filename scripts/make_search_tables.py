#!/usr/bin/env python3
"""Builds Assets/search-tables.json from Assets/report.json, ahead of time.

The explorer needs, for the characters the report uses: all their pinyin readings (for pinyin
and initials search; a character of body text matches any of its readings), the traditional
forms that should find them, and the Unicode compatibility (NFKC) mappings a query may need. Computing
these at run time would need ICU and a large dictionary; instead this script computes them once
with pypinyin and OpenCC, and the table is checked in. Run it (`make search-tables`) whenever the
dataset's Chinese changes; a test fails while the table misses a character of the dataset.

Names are not taken from here: the dataset's own pinyin for people, places and organisations
wins at run time (pypinyin reads 长株潭 as zhang-zhu-tan and 翟 as di).
"""
import json
import pathlib
import sys
import unicodedata

from opencc import OpenCC
from pypinyin import Style, pinyin

ROOT = pathlib.Path(__file__).resolve().parent.parent


def is_han(ch):
    cp = ord(ch)
    return 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x2FA1F


def chinese_texts(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "zh" and isinstance(value, str):
                yield value
            else:
                yield from chinese_texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from chinese_texts(value)


def main():
    report = json.loads((ROOT / "Assets" / "report.json").read_text(encoding="utf-8"))
    texts = sorted(set(chinese_texts(report)))
    han = sorted({ch for text in texts for ch in text if is_han(ch)})

    readings = {}
    for ch in han:
        found = pinyin(ch, heteronym=True, style=Style.NORMAL, errors="ignore")
        readings[ch] = found[0] if found and found[0] else []

    to_simplified = OpenCC("t2s")
    used = set(han)
    traditional = {}
    for cp in list(range(0x3400, 0x4DC0)) + list(range(0x4E00, 0xA000)):
        ch = chr(cp)
        simple = to_simplified.convert(ch)
        if simple != ch and simple in used:
            traditional[ch] = simple

    compatibility = {}
    ranges = [(0x00A0, 0x00FF), (0x2000, 0x218F), (0x2460, 0x24FF), (0x3000, 0x3000), (0x3200, 0x33FF),
              (0xF900, 0xFAFF), (0xFB00, 0xFB06), (0xFE30, 0xFE6F), (0xFF01, 0xFFEE)]
    for low, high in ranges:
        for cp in range(low, high + 1):
            ch = chr(cp)
            mapped = unicodedata.normalize("NFKC", ch)
            if mapped != ch:
                compatibility[ch] = mapped

    table = {
        "format": "zones-search-tables/1",
        "readings": readings,
        "traditional": traditional,
        "compatibility": compatibility,
    }
    out = ROOT / "Assets" / "search-tables.json"
    out.write_text(json.dumps(table, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"{out}: {len(readings)} characters, "
          f"{len(traditional)} traditional forms, {len(compatibility)} compatibility mappings", file=sys.stderr)


if __name__ == "__main__":
    main()
