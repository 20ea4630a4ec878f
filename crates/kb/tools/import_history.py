#!/usr/bin/env python3
"""Builds tools/holders/zz_history.gen (holder-line format, one `^source` prefix per line)
from the shared CountryInfo.140728 (MIT) leaders and cabinets and Archigos 4.1 end dates:
- heads of state/government whose spells reach 2000 or later (CountryInfo <Leaders>);
  open-ended spells (`[>date]`) take their end from Archigos when the same surname leads
  the same country there, else they are cut at 2011-03-01 and marked less sure;
- foreign and defence ministers 2003-2011 (CountryInfo <Government>, CIA World Leaders),
  from the title comment; `<D` spells start at 2003-01-01 (when coding began), `>D` spells
  end at 2011-03-01 (when it stopped).
Run from crates/kb:  python3 tools/import_history.py ../../../shared/data/actors
"""
import calendar
import csv
import re
import sys

SHARED = sys.argv[1] if len(sys.argv) > 1 else "../../../shared/data/actors"
HOS = re.compile(r"president|king|queen|emir|sultan|emperor|heads? of state|presidency|co-?prince|grand duke|monarch")
HOG = re.compile(r"prime.minister|premier|chancellor|heads? of government|council of ministers|government leaders")
NOT = re.compile(r"governor|administrator|commissioner|\bresidents?\b|representative|assembly|government council|"
                 r"party|minister of state|lieutenant|deputy|vice|supreme soviet|people's_assembly|syndic")
FM = re.compile(r"^(minister (of|for) foreign (affairs|relations)|foreign minister|minister of external affairs|"
                r"minister (of|for) foreign affairs and [a-z ,]+|secretary of foreign affairs)\b", re.I)
DM = re.compile(r"^(minister (of|for) (national )?defen[cs]e|defen[cs]e minister|minister of defen[cs]e and [a-z ,]+|"
                r"secretary of (national )?defense)\b", re.I)


def fix_date(d):
    """YYYYMMDD → YYYY-MM-DD, clamping impossible days (20030931 → 2003-09-30)."""
    if not re.fullmatch(r"\d{8}", d):
        return None
    y, m, day = int(d[:4]), int(d[4:6]), int(d[6:])
    if not 1 <= m <= 12 or y < 1800:
        return None
    day = max(1, min(day, calendar.monthrange(y, m)[1]))
    return f"{y:04d}-{m:02d}-{day:02d}"


def title_case(p):
    words = p.strip("_").replace("_", " ").split()
    out = []
    for w in words:
        if re.fullmatch(r"[IVX]+", w):
            out.append(w)
        else:
            out.append("-".join(x[:1].upper() + x[1:].lower() for x in w.split("-")))
    return " ".join(out)


def names_of(text):
    """`{A_}{B_} ...` or `A_ ...` → list of names."""
    variants = re.findall(r"\{([^}]*)\}", text)
    if not variants:
        head = text.split("[")[0].strip()
        variants = [head] if head else []
    return [title_case(v) for v in variants if v.strip("_ ")]


def main():
    text = open(f"{SHARED}/countryinfo/CountryInfo.140728.txt", "rb").read().decode("utf-8", "replace")
    cow2iso = {}
    lines_out = []
    cc = None
    section = None
    sub = None
    pending_cow = None
    for raw in text.split("\n"):
        s = raw.strip()
        m = re.match(r"<CountryCode>(.*)</CountryCode>", s)
        if m:
            # Either a plain code or dated ones ("[YUGBIH <19920305][BIH >19920305]"):
            # the last is the current code.
            codes = re.findall(r"\b[A-Z]{3,6}\b", m.group(1))
            cc = codes[-1] if codes and len(codes[-1]) == 3 else None
            continue
        m = re.match(r"<COW-Alpha>(\w+)</COW-Alpha>", s)
        if m and cc:
            cow2iso[m.group(1)] = cc
            continue
        if s in ("<Leaders>", "<Government>"):
            section = s[1:-1]
            sub = None
            continue
        if s in ("</Leaders>", "</Government>"):
            section = None
            continue
        if not cc or not section or s.startswith("#") or not s:
            continue
        if section == "Leaders":
            if s.startswith("</"):
                sub = None
                continue
            if s.startswith("<"):
                tag = s.strip("<>").lower()
                sub = None if NOT.search(tag) else ("hos" if HOS.search(tag) else "hog" if HOG.search(tag) else None)
                continue
            if not sub:
                continue
            names = names_of(s.split("#")[0])
            # Single-word names ("Abdullah") would match too much text; titles are not names.
            if not names or any("Minister" in n for n in names) or " " not in names[0]:
                continue
            for span in re.findall(r"\[([^\]]*)\]", s):
                span = span.strip()
                if span.startswith(("B:", "D:")):
                    continue
                if span.startswith(">"):
                    start, end = fix_date(span[1:].strip()), "OPEN"
                else:
                    parts = [p.strip() for p in span.split("-")]
                    if len(parts) != 2:
                        continue
                    start, end = fix_date(parts[0]), fix_date(parts[1])
                if not start or not end:
                    continue
                if end != "OPEN" and end < "2000-01-01":
                    continue
                lines_out.append(["leader", cc, sub, start, end, names])
        else:
            body, _, comment = s.partition("#")
            titles = [t.strip() for t in comment.split("&")]
            groups = re.findall(r"\[([A-Z]{3}[A-Z]*)\s*([^\]]*)\]", body)
            names = names_of(body)
            if not names or not groups:
                continue
            for gi, (code, restr) in enumerate(groups):
                title = titles[gi] if len(titles) == len(groups) else (titles[0] if len(titles) == 1 else "")
                off = "fm" if FM.search(title) else "dm" if DM.search(title) else None
                if not off or code[:3] != cc:
                    continue
                restr = restr.strip()
                if restr.startswith("<"):
                    start, end = "2003-01-01", fix_date(restr[1:].strip())
                elif restr.startswith(">"):
                    start, end = fix_date(restr[1:].strip()), "2011-03-01"
                elif "-" in restr:
                    a, b = [p.strip() for p in restr.split("-", 1)]
                    start, end = fix_date(a), fix_date(b)
                else:
                    continue
                if not start or not end or end <= start:
                    continue
                lines_out.append(["minister", cc, off, start, end, names, title])
    # Archigos end dates for open-ended leader spells: (iso, surname) → [(start, end)]
    ends = {}
    for r in csv.DictReader(open(f"{SHARED}/archigos/archigos_4.1.tsv"), delimiter="\t"):
        iso = cow2iso.get(r["idacr"])
        if iso:
            ends.setdefault((iso, r["leader"].lower()), []).append((r["startdate"], r["enddate"]))
    out = []
    for item in lines_out:
        kind, cc, off, start, end, names = item[:6]
        source = "countryinfo"
        unsure = False
        if end == "OPEN":
            surname = names[0].split()[-1].lower()
            cands = [e for (s0, e) in ends.get((cc, surname), []) if abs(int(s0[:4]) - int(start[:4])) <= 1]
            if cands and re.fullmatch(r"\d{4}-\d{2}-\d{2}", cands[0][1]):
                end = cands[0][1]
                source = "countryinfo+archigos"
                if end == "2015-12-31":  # Archigos ends running spells there: censored
                    end = "2016-01-01"
                    unsure = True
            else:
                end = "2011-03-01"
                unsure = True
        if end <= start:
            continue
        title = item[6] if kind == "minister" else ""
        alias = "|".join(names[1:])
        words = names[0].split()
        short = words[0] if re.fullmatch(r"[IVX]+", words[-1]) else words[-1]
        line = f"^{source} {'?' if unsure else ''}{cc} {off} {start} {end} {names[0]}; {alias}; {short}"
        if title:
            line += f" @{title}"
        out.append(line)
    with open("tools/holders/zz_history.gen", "w", encoding="utf-8") as f:
        f.write("# Generated by tools/import_history.py from CountryInfo.140728 and Archigos 4.1. Do not edit.\n")
        f.write("\n".join(out) + "\n")
    print(len(out), "history lines")


main()
