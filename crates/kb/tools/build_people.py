#!/usr/bin/env python3
"""Expands tools/holders/*.txt (format: tools/holders/README.md) into data/people.tsv and
data/roles.tsv. Run from crates/kb:  python3 tools/build_people.py
"""
import glob
import re
import sys
import unicodedata

OFFICES = {"hos": "head_of_state", "hog": "head_of_government", "fm": "foreign_minister",
           "dm": "defence_minister", "sp": "spokesperson", "ih": "igo_head",
           "ot": "other"}
TITLES = {"hos": "Head of State", "hog": "Head of Government", "fm": "Minister of Foreign Affairs",
          "dm": "Minister of Defence", "sp": "Spokesperson", "ih": "Head", "ot": "Office"}
# CAMEO roles an office line may name after a slash (`ot/OPP`); GOV (IGO for igo:) otherwise.
ROLES = {"GOV", "OPP", "PTY", "LEG", "JUD", "MIL", "REB", "IGO", "ELI"}
# Commonwealth realms (monarch = GBR's) and the day each stopped being one.
REALMS = {"ATG": None, "AUS": None, "BHS": None, "BLZ": None, "CAN": None, "GRD": None,
          "JAM": None, "KNA": None, "LCA": None, "NZL": None, "PNG": None, "SLB": None,
          "TUV": None, "VCT": None, "BRB": "2021-11-30"}


EXTRA_FOLD = str.maketrans({'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D',
                            'þ': 'th', 'Þ': 'Th', 'ı': 'i', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ß': 'ss',
                            '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u02bb': "'", '\u2013': '-', '\u2011': '-'})


def fold(s):
    s = s.translate(EXTRA_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def pkey(name):
    """Same person across sources: case, diacritics, hyphens and dots do not matter."""
    return re.sub(r"\s+", " ", fold(name).lower().replace("-", " ").replace(".", " ")).strip()


def slug(s):
    out = re.sub(r"[^a-z0-9]+", "-", fold(s).lower().replace("ʻ", "")).strip("-")
    return out


def clean_date(d):
    if d == "-":
        return ""
    d = d.replace("-??", "").replace("-?", "").rstrip("?")
    return d


def main():
    spells = []   # dicts
    mirrors = []  # (cc, office, src_office, title)
    errors = 0
    for path in sorted(glob.glob("tools/holders/*.txt")) + sorted(glob.glob("tools/holders/*.gen")):
        for no, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            source = None
            if line.startswith("^"):
                source, line = line[1:].split(" ", 1)
            unsure = line.startswith("?")
            if unsure:
                line = line[1:]
            title = None
            if " @" in line:
                line, title = line.split(" @", 1)
            parts = line.split(" ", 4)
            if len(parts) >= 4 and parts[2] == "=":
                mirrors.append((parts[0], parts[1], parts[3], title, unsure))
                continue
            role = None
            if len(parts) > 1 and "/" in parts[1]:
                parts[1], role = parts[1].split("/", 1)
            if len(parts) < 5 or parts[1] not in OFFICES or (role is not None and role not in ROLES):
                print(f"{path}:{no}: cannot read: {line}", file=sys.stderr)
                errors += 1
                continue
            cc, off, start, end, rest = parts
            fields = [f.strip() for f in rest.split(";")]
            name = fields[0]
            gender = "m"
            if name.endswith("(f)"):
                gender = "f"
                name = name[:-3].strip()
            aliases = [a.strip() for a in fields[1].split("|")] if len(fields) > 1 and fields[1] else []
            short = [a.strip() for a in fields[2].split("|")] if len(fields) > 2 and fields[2] else []
            spells.append(dict(cc=cc, off=off, start=clean_date(start), end=clean_date(end), name=name,
                               gender=gender, aliases=aliases, short=short, title=title, role=role,
                               source=(source or "knowledge") + ("-unsure" if unsure else "")))
    # Other sources yield to the hand-checked lines: a spell overlapping a knowledge spell of
    # the same office and country is cut at its start, or dropped when little is left.
    countries = {l.split("\t")[0] for l in open("data/countries.tsv", encoding="utf-8") if not l.startswith("#")}
    spells = [s for s in spells if s["source"].startswith("knowledge") or s["cc"] in countries]
    known = [s for s in spells if s["source"].startswith("knowledge")]
    kept = []
    for s in spells:
        if s["source"].startswith("knowledge"):
            kept.append(s)
            continue
        start, end = s["start"], s["end"] or "9999"
        drop = False
        for k in known:
            if k["cc"] != s["cc"] or k["off"] != s["off"]:
                continue
            ks, ke = k["start"] or "0000", k["end"] or "9999"
            if ks < end and start < ke:
                if ks > start:
                    end = min(end, ks)
                else:
                    drop = True
                    break
        if drop or end <= start:
            continue
        s["end"] = "" if end == "9999" else end
        kept.append(s)
    spells = kept
    # mirrors: the second office held by whoever holds the first
    for cc, off, src, title, unsure in mirrors:
        targets = [s for s in spells if s["cc"] == cc and s["off"] == off]
        for s in [s for s in spells if s["cc"] == cc and s["off"] == src]:
            # Only where no one else is recorded in the office (e.g. before 2012 data).
            s0, e0 = s["start"] or "0000", s["end"] or "9999"
            overlap = [t for t in targets if (t["start"] or "0000") < e0 and s0 < (t["end"] or "9999")]
            if overlap:
                later = max(t["end"] or "9999" for t in overlap)
                if later >= e0 or any((t["start"] or "0000") >= later for t in overlap):
                    continue
                s0 = later
            t = dict(s)
            t["start"] = "" if s0 == "0000" else s0
            t["off"] = off
            t["title"] = title or s["title"] or TITLES[src]
            if unsure:
                t["source"] = "knowledge-unsure"
            spells.append(t)
    # monarchs of the Commonwealth realms
    for s in [s for s in spells if s["cc"] == "GBR" and s["off"] == "hos"]:
        for realm, until in REALMS.items():
            if until and s["start"] >= until:
                continue
            t = dict(s)
            t["cc"] = realm
            t["end"] = until if until and (not s["end"] or s["end"] > until) else s["end"]
            t["title"] = (s["title"] or "Monarch") + " (Commonwealth realm)"
            spells.append(t)
    # people: same name = same person
    people = {}
    order = []
    for s in spells:
        key = pkey(s["name"])
        p = people.get(key)
        if p is None:
            p = dict(name=s["name"], aliases=[], short=[], gender=s["gender"])
            people[key] = p
            order.append(key)
        for a in [s["name"]] + s["aliases"]:
            if a and fold(a).lower() != fold(p["name"]).lower() and fold(a).lower() not in {fold(x).lower() for x in p["aliases"]}:
                p["aliases"].append(a)
        for a in s["short"]:
            if a and a not in p["short"]:
                p["short"].append(a)
    ids = {}
    used = set()
    for key in order:
        base = slug(people[key]["name"]) or "person"
        i, n = base, 2
        while i in used:
            i, n = f"{base}-{n}", n + 1
        used.add(i)
        ids[key] = i
    with open("data/people.tsv", "w", encoding="utf-8") as f:
        f.write("# People: canonical name, aliases, short forms (used after first mention), gender.\n")
        f.write("# Built by tools/build_people.py from tools/holders/*.txt (see data/SOURCES.md).\n")
        f.write("id\tname\taliases\tshort\tgender\n")
        for key in sorted(order, key=lambda k: ids[k]):
            p = people[key]
            short = [s for s in p["short"] if fold(s).lower() != fold(p["name"]).lower()]
            aliases = [a for a in p["aliases"] if fold(a) not in {fold(s) for s in short}]
            f.write("\t".join([ids[key], p["name"], "|".join(aliases), "|".join(short), p["gender"]]) + "\n")
    seen = set()
    n_roles = 0
    with open("data/roles.tsv", "w", encoding="utf-8") as f:
        f.write("# Dated offices: [start, end) (end exclusive; partial dates cover their period).\n")
        f.write("# of = country alpha-3 or igo:ID. Built by tools/build_people.py.\n")
        f.write("person\tof\trole\toffice\ttitle\tstart\tend\tsource\n")
        for s in sorted(spells, key=lambda s: (s["cc"], list(OFFICES).index(s["off"]), s["start"])):
            role = s.get("role") or ("IGO" if s["cc"].startswith("igo:") else "GOV")
            row = (ids[pkey(s["name"])], s["cc"], role, OFFICES[s["off"]], s["title"] or TITLES[s["off"]],
                   s["start"], s["end"], s["source"])
            if row[:7] in seen:
                continue
            seen.add(row[:7])
            f.write("\t".join(row) + "\n")
            n_roles += 1
    print(f"{len(order)} people, {n_roles} roles, {errors} unreadable lines")
    return errors


sys.exit(1 if main() else 0)
