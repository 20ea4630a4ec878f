#!/usr/bin/env python3
"""Builds tools/holders/zz_history.gen (holder-line format, one `^source` prefix per line)
from the shared CountryInfo.140728 (MIT) leaders and cabinets and Archigos 4.1 end dates:
- heads of state/government whose spells reach 2000 or later (CountryInfo <Leaders>);
  open-ended spells (`[>date]`) take their end from Archigos when the same surname leads
  the same country there, else they are cut at 2011-03-01 and marked less sure;
- foreign and defence ministers 2003-2011 (CountryInfo <Government>, CIA World Leaders),
  from the title comment; `<D` spells start at 2003-01-01 (when coding began), `>D` spells
  end at 2011-03-01 (when it stopped).
- heads of state/government of Archigos 4.1 whose spells start in 1945 or later and end
  before 2000, for rows carrying a DBpedia title (the full name), when the KB has no spell
  for that person then (see `archigos_history`).
Run from crates/kb:  python3 tools/import_history.py ../../../shared/data/actors
"""
import calendar
import csv
import glob
import re
import sys
import unicodedata
import urllib.parse

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
    out += archigos_history(cow2iso, lines_out)
    with open("tools/holders/zz_history.gen", "w", encoding="utf-8") as f:
        f.write("# Generated by tools/import_history.py from CountryInfo.140728 and Archigos 4.1. Do not edit.\n")
        f.write("\n".join(out) + "\n")
    print(len(out), "history lines")


def person_key(name):
    """Same person across sources: case, diacritics, hyphens and dots do not matter."""
    s = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower().replace("-", " ").replace(".", " ")).strip()


# Leaders Archigos lists for a country they governed as foreign occupiers: a general of
# another state, no head of the occupied one (fact: Archigos 4.1 rows, entry `Regular`).
OCCUPIERS = {"Matthew Ridgway"}
# One-word surnames that are English words or ranks, given names, or "son of" words: no short
# form (as "Major" in x_1990s.txt); "Win" (Ne Win) would match "Win or lose".
COMMON_SHORT = {"major", "win", "price", "law", "king", "young", "long", "rich", "hope", "may",
                "rose", "park", "little", "strong", "march", "church", "chance", "holland", "marshall",
                "john", "jonathan", "abraham", "guido", "laurent", "werner", "olivier", "ali", "khan",
                "mohammed", "muhammad", "rahman", "nasir", "khalid", "filho", "junior", "marie", "pol",
                "horn"}
# A two-word name made of a given name and one of the commonest English (or Nordic) surnames,
# or of two common Arabic given names ("Ian Smith", "Ahmed Abdallah"), names other people too:
# such rows are left out, so that no namesake is coded as a former leader.
COMMON_SURNAMES = {"smith", "jones", "williams", "brown", "taylor", "davies", "davis", "evans", "wilson",
                   "thomas", "johnson", "roberts", "robinson", "thompson", "wright", "walker", "white",
                   "edwards", "hughes", "green", "hall", "lewis", "harris", "clarke", "clark", "jackson",
                   "wood", "turner", "martin", "cooper", "hill", "ward", "morris", "moore", "lee", "king",
                   "baker", "harrison", "morgan", "allen", "james", "scott", "phillips", "watson", "parker",
                   "bennett", "young", "mitchell", "kelly", "cook", "carter", "bell", "miller", "marshall",
                   "anderson", "nelson", "campbell", "adams", "hansen", "jensen", "nielsen", "andersen",
                   "pedersen", "larsen", "johansson", "karlsson", "nilsson", "garcia", "rodriguez",
                   "gonzalez", "hernandez", "lopez", "martinez", "perez", "sanchez", "ramirez", "torres",
                   "flores", "gomez", "diaz", "fernandez", "silva", "santos"}
COMMON_GIVEN = {"ahmed", "ahmad", "mohammed", "muhammad", "mohamed", "abdul", "abdallah", "abdullah",
                "ali", "hussein", "hassan", "ibrahim", "omar", "khalid", "mahmoud", "murtala"}


def common_name(name):
    w = person_key(name).split()
    return len(w) == 2 and (w[1] in COMMON_SURNAMES or (w[0] in COMMON_GIVEN and w[1] in COMMON_GIVEN)
                            or w[0] == "abdul")


# Given names so common that a bare "given surname" names others too ("John Kennedy").
COMMON_ENGLISH_GIVEN = {"john", "james", "william", "robert", "michael", "david", "richard", "thomas",
                        "charles", "george", "joseph", "paul", "mark", "peter", "edward", "mary"}


def without_initials(name):
    """ "Dwight D. Eisenhower" → "Dwight Eisenhower": the name as news also writes it, unless
    that drops to a common given name and a surname ("John F. Kennedy" keeps none)."""
    words = [w for w in name.split() if not re.fullmatch(r"[A-Z]\.", w)]
    if len(words) == len(name.split()) or len(words) < 2:
        return ""
    if len(words) == 2 and (person_key(words[0]) in COMMON_ENGLISH_GIVEN or common_name(" ".join(words))):
        return ""
    return " ".join(words)


# Archigos (COW) codes that CountryInfo does not list, of states that go on under an ISO code:
# Romania, Guinea, Fiji, and West Germany, the state that continues as Germany. South
# Vietnam has no code and stays out.
COW_EXTRA = {"RUM": "ROU", "GUI": "GIN", "FJI": "FJI", "GFR": "DEU"}

# Archigos (COW) codes of former states, coded as the KB's former states (data/countries.tsv)
# for spells that end by the day the state ended; spells after it take the state today's
# code (COW's RUS is the USSR and then Russia); a spell across that day stays out (Milosevic,
# YUG 1989-2000, led Serbia). COW → (former state, first day after it, code after it or None).
COW_FORMER = {
    "RUS": ("SUN", "1991-12-26", "RUS"),
    "YUG": ("YUG", "1992-04-27", None),
    "GDR": ("DDR", "1990-10-03", None),
    "CZE": ("CSK", "1993-01-01", None),
}


def state_of_spell(idacr, start, end, cow2iso):
    """The KB country of an Archigos spell: a former state's code when the spell ends by the
    day that state ended, "" when it runs across that day, else the ISO code (None: unknown)."""
    if idacr in COW_FORMER:
        former, after, later = COW_FORMER[idacr]
        if end <= after:
            return former
        if start >= after:
            return later
        return ""
    return cow2iso.get(idacr)


# Family name first: the short form is the first word ("Mao Zedong" → Mao).
FAMILY_FIRST = {"CHN", "TWN", "PRK", "KOR", "VNM", "KHM", "SGP"}
# No family names (Burmese "U Nu", "Ne Win"): no short form.
NO_SHORT = {"MMR"}
PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von",
             "den", "der", "ter", "st", "st.", "bin", "ibn", "al"}


def short_form(name, leader, iso):
    """The surname alone, for use after a first full mention: the trailing words of the full
    name that Archigos' own short name (its `leader` column) also has, with a particle before
    them ("Charles de Gaulle" → de Gaulle; "Mariano Ospina Pérez" → Ospina Pérez, both his
    surnames); the first word where the family name comes first. None when Archigos' name is
    the full name, or the surname is a common word or given name."""
    words = name.split()
    have = set(person_key(leader).replace(",", " ").split())
    if iso in NO_SHORT:
        return ""
    if iso in FAMILY_FIRST:
        run = words[:1] if person_key(words[0]) in have else []
    else:
        i = len(words)
        while i > 1 and re.fullmatch(r"[IVX]+|Jr\.?|Sr\.?", words[i - 1]):
            i -= 1
        end = i
        while i > 1 and all(k in have for k in person_key(words[i - 1]).split()):
            i -= 1
        while i > 1 and words[i - 1].lower() in PARTICLES:
            i -= 1
        run = words[i:end] if i > 0 and end > i else []
    if not run or len(run) == len(words):
        return ""
    if len(run) == 1 and run[0].lower() in COMMON_SHORT:
        return ""
    return " ".join(run)


def known_spells():
    """Hand-written holder lines: person key → [(country, office, start, end)]."""
    spells = {}
    for path in sorted(glob.glob("tools/holders/*.txt")):
        for line in open(path, encoding="utf-8"):
            line = line.split(" @")[0].strip()
            if not line or line.startswith("#"):
                continue
            line = line.lstrip("?")
            parts = line.split(" ", 4)
            if len(parts) < 5 or parts[2] == "=":
                continue
            cc, off, start, end, rest = parts
            fields = [f.strip() for f in rest.split(";")]
            names = [re.sub(r"\(f\)$", "", fields[0]).strip()]
            if len(fields) > 1 and fields[1]:
                names += [a.strip() for a in fields[1].split("|")]
            for n in names:
                spells.setdefault(person_key(n), []).append(
                    (cc, off.split("/")[0], start if start != "-" else "0000", end if end != "-" else "9999"))
    return spells


def archigos_history(cow2iso, leader_lines):
    """Heads of state/government of Archigos 4.1 whose spells start in 1945 or later and end
    before 2000 (the CountryInfo import has those reaching 2000), for the rows that carry a
    DBpedia title: the title, decoded, is the full name (Ulysses_S._Grant → Ulysses S. Grant).
    Archigos names one effective leader and not the office: the office is the country's own
    convention, read from the Archigos rows that reach 2000 and the KB office their leader
    holds (USA: hos; GBR: hog); a country without such rows, or with both offices, gets the
    commoner one (hos when none) marked less sure. Left out: rows without a title; one-word
    names; leaders the KB already has at that time (hand-written lines win); names the KB
    knows in another country only (a namesake, or the same person abroad: Saddam Hussein
    as Kuwait's 1990 ruler is `Foreign Imposition`, as are other rows so entered when their
    leader heads another country in Archigos; the rest of those are marked less sure)."""
    known = known_spells()
    cow2iso = {**COW_EXTRA, **cow2iso}
    for kind, cc, off, start, end, names in (l[:6] for l in leader_lines):
        for n in names:
            known.setdefault(person_key(n), []).append((cc, off, start, "9999" if end == "OPEN" else end))
    rows = list(csv.DictReader(open(f"{SHARED}/archigos/archigos_4.1.tsv"), delimiter="\t"))

    def title_of(r):
        uri = r["dbpediauri"]
        if "dbpedia.org/resource/" not in uri:
            return None
        t = urllib.parse.unquote(uri.rsplit("/", 1)[1]).replace("_", " ")
        return re.sub(r"\s*\([^)]*\)$", "", t).strip() or None

    # The country's convention: offices the KB gives the leaders of the rows reaching 2000.
    votes = {}
    for r in rows:
        iso = cow2iso.get(r["idacr"])
        if not iso or r["enddate"] < "2000":
            continue
        surname = person_key(r["leader"]).split(" ")[-1]
        title = title_of(r)
        for key, spells in known.items():
            if key.split(" ")[-1] != surname and (not title or key != person_key(title)):
                continue
            for cc, off, s0, e0 in spells:
                if cc == iso and off in ("hos", "hog") and s0 < r["enddate"] and r["startdate"] < e0:
                    votes.setdefault(iso, {}).setdefault(off, set()).add(key)
    leads = {}
    for r in rows:
        t = title_of(r)
        if t:
            leads.setdefault(person_key(t), set()).add(r["idacr"])
    heads = {}
    for kind, cc, off, start, end, names in (l[:6] for l in leader_lines):
        heads.setdefault((cc, off), []).append((start, "9999" if end == "OPEN" else end))
    out = []
    left = {"no title": 0, "no country": 0, "one word": 0, "known then": 0, "known abroad": 0,
            "foreign imposition": 0, "occupier": 0, "common name": 0, "cut by CountryInfo": 0,
            "across a state's end": 0}
    for r in rows:
        start, end = r["startdate"], r["enddate"]
        if not (start >= "1945" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", end or "") and end < "2000"):
            continue
        name = title_of(r)
        iso = state_of_spell(r["idacr"], start, end, cow2iso)
        if not name:
            left["no title"] += 1
            continue
        if iso == "":
            left["across a state's end"] += 1
            continue
        if not iso:
            left["no country"] += 1
            continue
        if " " not in name:
            left["one word"] += 1
            continue
        if common_name(name):
            left["common name"] += 1
            continue
        if name in OCCUPIERS:
            left["occupier"] += 1
            continue
        key = person_key(name)
        mine = known.get(key, [])
        if any(s0 < end and start < e0 for (_, _, s0, e0) in mine):
            left["known then"] += 1
            continue
        if mine and all(cc != iso for (cc, _, _, _) in mine):
            left["known abroad"] += 1
            continue
        unsure = False
        if r["entry"] == "Foreign Imposition":
            if leads.get(key, set()) - {r["idacr"]}:
                left["foreign imposition"] += 1
                continue
            unsure = True
        v = votes.get(iso, {})
        if len(v) == 1:
            off = next(iter(v))
        else:
            off = max(("hos", "hog"), key=lambda o: len(v.get(o, ())))
            unsure = True
        # A CountryInfo spell of the same office wins from its start on.
        for s0, e0 in heads.get((iso, off), []):
            if s0 < end and start < e0:
                end = min(end, s0) if s0 > start else start
        if end <= start:
            left["cut by CountryInfo"] += 1
            continue
        short = short_form(name, r["leader"], iso)
        source = "archigos"
        alias = without_initials(name)
        out.append(f"^{source} {'?' if unsure else ''}{iso} {off} {start} {end} {name}; {alias}; {short}")
        known.setdefault(key, []).append((iso, off, start, end))
    print(len(out), "Archigos 1945-1999 lines; left out:", left)
    return out


main()
