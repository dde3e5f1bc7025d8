#!/usr/bin/env python3
"""Regenerates the README's rules table from Rule.java (between <!-- rules:begin --> and <!-- rules:end -->)."""
import pathlib
import re

root = pathlib.Path(__file__).resolve().parent.parent
source = (root / "roster-core/src/main/java/org/openroster/solver/Rule.java").read_text()
body = source[source.index("public enum Rule {") + len("public enum Rule {"):source.index("    private final String id;")]
rows = ["| id | level | unit | rule | source |", "| --- | --- | --- | --- | --- |"]
for m in re.finditer(r'([A-Z_]+)\((.*?)\)\s*[,;]\s*\n', body, re.S):
    strings, plus, level = [], False, None
    for t in re.finditer(r'"((?:[^"\\]|\\.)*)"|\+|Level\.(\w+)', m.group(2)):
        if t.group(1) is not None:
            if plus and strings:
                strings[-1] += t.group(1)
            else:
                strings.append(t.group(1))
            plus = False
        elif t.group(0) == '+':
            plus = True
        elif t.group(2):
            level = t.group(2)
    rule_id, unit, src, statement = strings
    rows.append(f"| `{rule_id}` | {level.lower()} | {unit} | {statement} | {src} |")
readme = root / "README.md"
text = readme.read_text()
begin, end = "<!-- rules:begin -->", "<!-- rules:end -->"
if begin not in text:
    start = text.index("| id | level | unit | rule | source |")
    stop = text.index("\n\n", start)
    text = text[:start] + begin + "\n" + text[start:stop] + "\n" + end + text[stop:]
start, stop = text.index(begin) + len(begin), text.index(end)
readme.write_text(text[:start] + "\n" + "\n".join(rows) + "\n" + text[stop:])
print(f"{len(rows) - 2} rules")
