#!/usr/bin/env python3
"""Derive Newswire's office-holder table (officials.tsv) from the git history of the CIA World Factbook's JSON edition.

Reads every commit of a local clone of https://github.com/factbook/factbook.json (a git directory is enough; no work
tree is needed), takes each country's "Government > Executive branch > chief of state / head of government" text from
every snapshot, parses the office holders it names ("President Recep Tayyip ERDOGAN (since 28 August 2014)"), and
writes one row per (country, role, person): from = the "since" date (else the first snapshot listing them), to = the
day before the first snapshot that no longer lists them (empty while the newest snapshot still does).

Usage:
    python3 tools/knowledge/officials.py --repo /path/to/factbook.json[.git] [--rev HEAD] \
        > enrich-service/src/main/resources/knowledge/officials.tsv

Reproducible: the output depends only on the commits reachable from --rev (the header names that commit), and rows
are sorted, so two runs on the same snapshot give the same bytes. Python 3.9+ standard library only.
"""
import argparse
import html
import json
import re
import subprocess
import sys
import unicodedata
from datetime import date, timedelta

# --- country codes: the Factbook uses FIPS 10-4 file names; the tagger speaks ISO 3166-1 alpha-2 -----------------
# Countries are matched by name against the project's gazetteer (countries.tsv); this table covers the names and
# territories the gazetteer does not spell the Factbook's way.
FIPS_OVERRIDES = {
    "ch": "CN", "uk": "GB", "us": "US", "ks": "KR", "kn": "KP", "rs": "RU", "cg": "CD", "cf": "CG", "iv": "CI",
    "bx": "BN", "bm": "MM", "tt": "TL", "wz": "SZ", "cb": "KH", "la": "LA", "vt": "VA", "tw": "TW", "ee": None,
    "xx": None, "oo": None, "zh": None, "xq": None, "xo": None, "zn": None, "ay": None, "ax": None, "we": "PS",
    "gz": "PS", "kv": "XK", "od": "SS", "su": "SD", "mk": "MK", "cs": "CR", "sn": "SG", "nu": "NI", "ni": "NG",
    "ng": "NE", "sg": "SN", "mp": "MU", "mo": "MA", "at": None, "pf": None, "pg": None, "cr": None, "ip": None,
    "dx": None, "um": None, "bq": None, "fq": None, "hq": None, "jq": None, "dq": None, "jn": "SJ", "sv": "SJ",
    "jn": None, "wq": None, "kq": None, "lq": None, "mq": None,
}

# --- offices --------------------------------------------------------------------------------------------------------
# Title words as the Factbook writes them, longest first, mapped to the tagger's canonical roles (roles.tsv).
ROLES = [
    ("president of the government", "prime minister"), ("president of the council of ministers", "prime minister"),
    ("taoiseach", "prime minister"), ("head of government", "prime minister"),
    ("deputy president", "vice president"), ("first deputy prime minister", "deputy prime minister"), ("deputy prime minister", "deputy prime minister"),
    ("vice prime minister", "deputy prime minister"), ("first vice president", "vice president"),
    ("second vice president", "vice president"), ("vice president", "vice president"),
    ("vice-president", "vice president"), ("prime minister", "prime minister"), ("premier", "prime minister"),
    ("chief executive", "prime minister"), ("chancellor", "chancellor"), ("crown prince", "crown prince"),
    ("supreme leader", "supreme leader"), ("grand duke", "grand duke"), ("emperor", "emperor"),
    ("king", "king"), ("queen", "queen"), ("amir", "emir"), ("emir", "emir"), ("sultan", "sultan"),
    ("prince", "prince"), ("vice premier", "deputy prime minister"), ("executive vice premier", "deputy prime minister"), ("pope", "pope"), ("president", "president"), ("chairman", "president"),
    ("chair", "president"), ("head of state", "president"), ("state counsellor", "state counsellor"),
]
# Offices that do not travel as their country's own (governors general, co-princes, administrators, regents' envoys).
SKIP_TITLES = ("governor", "administrator", "co-prince", "represented", "high commissioner", "prefect",
               "commissioner", "regent")
# Words of rank that precede a name and are not part of it.
HONORIFICS = {"gen.", "gen", "general", "maj.", "maj", "major", "col.", "col", "colonel", "lt.", "lt", "capt.",
              "capt", "captain", "brig.", "brig", "adm.", "admiral", "marshal", "field", "air", "vice-marshal",
              "dr.", "dr", "sir", "dame", "sheikh", "shaykh", "sheikha", "ayatollah", "hojjat", "ol-eslam", "mr.",
              "mrs.", "ms.", "cardinal", "archbishop", "bishop", "his", "her", "majesty", "highness", "royal",
              "(ret.)", "ret.", "retired", "lieutenant", "commander", "army", "senior", "prof.", "professor",
              "u", "daw", "dato'", "datuk", "tan", "sri", "seri", "haji", "hajji", "sayyid", "father"}
PARTICLES = {"bin", "bint", "ibn", "binti", "al", "al-", "el", "da", "de", "do", "dos", "das", "van", "von", "der",
             "den", "di", "du", "la", "le", "del", "della", "ben", "abu", "abd", "ould", "y", "i", "e", "ter"}
ROMAN = re.compile(r"^(?:[IVX]{1,5})$")
SINCE = re.compile(r"\(\s*since\s+([^)]*)\)")
MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"])}
TAG = re.compile(r"<[^>]+>")


def git(repo, *args):
    return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True).stdout


def parse_since(text):
    """'28 August 2014' -> 2014-08-28; 'August 2014' -> 2014-08-01; '2014' -> 2014-01-01; else None."""
    t = text.strip().rstrip(".").lower().replace(",", " ")
    parts = t.split()
    try:
        if len(parts) >= 3 and parts[1] in MONTHS:
            return date(int(parts[2][:4]), MONTHS[parts[1]], int(parts[0]))
        if len(parts) >= 2 and parts[0] in MONTHS:
            return date(int(parts[1][:4]), MONTHS[parts[0]], 1)
        if parts and re.fullmatch(r"\d{4}", parts[0]):
            return date(int(parts[0]), 1, 1)
    except ValueError:
        return None
    return None


def is_caps(word):
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


TITLE_WORDS = {w for phrase, _ in ROLES for w in phrase.split()} | {
    "executive", "transition", "transitional", "interim", "acting", "federal", "council", "presidential",
    "national", "state", "heir", "apparent", "ministers", "premiers", "presidents", "of", "the", "and"}
COUNTRY_WORDS = set()


def is_namey(word):
    w = word.strip(",")
    if not w:
        return False
    lw = w.lower()
    if lw in PARTICLES or lw.startswith("al-") or lw.startswith("el-"):
        return True
    if re.fullmatch(r"(?:[A-Z][a-z]{1,3}\.)+", w) and lw not in ("jr.", "sr."):
        return False  # abbreviated ranks: "Maj.Gen.", "Lt.Col.", "Gen."
    if lw in HONORIFICS or lw in TITLE_WORDS or lw in COUNTRY_WORDS or lw == "vacant":
        return False
    if re.fullmatch(r"[A-Z]\.(?:[A-Z]\.)*", w):
        return True  # initials: "Donald J. TRUMP"
    if w.startswith('"') or w.startswith("(") and w.endswith(")") and w[1:2].isupper():
        return True  # nicknames: Oluyemi "Yemi" OSINBAJO, Samantha (Sam) MOSTYN
    return w[:1].isupper()


def title_case(word, regnal=False):
    """BUHARI -> Buhari, HOSEINI-KHAMENEI -> Hoseini-Khamenei, O'NEILL -> O'Neill; particles lower (DA -> da)."""
    if regnal or not is_caps(word):
        return word
    if word.lower() in PARTICLES:
        return word.lower()
    out = []
    up = True
    for c in word:
        out.append(c.upper() if up else c.lower())
        up = not c.isalpha()
    return "".join(out)


def role_of(title):
    t = " " + re.sub(r"s\b", "", re.sub(r"\s+", " ", title.lower())) + " "
    best = None
    for phrase, role in ROLES:
        i = t.find(" " + re.sub(r"s\b", "", phrase) + " ")
        if i >= 0 and (best is None or len(phrase) > len(best[0])):
            best = (phrase, role)
    return best[1] if best else None


def holders(text):
    """(role, display name, caps surname, nickname, since) for each office holder named in one Executive text."""
    text = TAG.sub(" ", html.unescape(text or "")).replace("\u00a0", " ")
    text = re.split(r"\bnote\b\s*[-:\u2013]", text)[0]
    # a monarch represented by a governor general lives abroad: the realm's visits are not theirs
    absent_monarch = "represented by" in text.lower()
    out = []
    role = None
    # one office holder per piece: pieces end at ';' or at the ')' closing a "since" date
    for piece in re.split(r";|(?<=\))\s*,\s*(?=[A-Z])|\band\s+(?=[A-Z][a-z]+ [A-Z])", text):
        since_m = SINCE.search(piece)
        head = piece[:since_m.start()] if since_m else piece
        low = head.lower()
        if any(s in low for s in SKIP_TITLES) or "represented by" in low:
            continue
        # asides in parentheses are no part of a name ("(Prime Minister-equivalent)"), nicknames are ("(Sam)")
        head = re.sub(r"\((?![A-Z][a-z]+\))[^()]*\)", " ", head)
        words = head.split()
        # a Roman numeral right after a name is a regnal number ("CHARLES III"), else a name ("XI Jinping")
        regnal = {i for i, w in enumerate(words) if i > 0 and ROMAN.match(w.strip(",")) and is_namey(words[i - 1])
                  and not ROMAN.match(words[i - 1].strip(","))}
        caps = [i for i, w in enumerate(words) if is_caps(w.strip(',"()')) and i not in regnal]
        if not caps:
            continue
        start = caps[0]
        while start > 0 and is_namey(words[start - 1]) and role_of(words[start - 1]) is None:
            start -= 1
        end = caps[-1] + 1
        while end < len(words) and (is_namey(words[end]) or ROMAN.match(words[end].strip(","))
                                    or words[end].strip(",").lower() in ("jr.", "jr", "sr.")):
            end += 1
        title = " ".join(words[:start])
        r = role_of(title)
        if r is not None:
            role = r
        elif title.strip():
            continue  # a title the table does not keep (e.g. "Chief of Staff")
        if role is None or absent_monarch and role in ("king", "queen"):
            continue
        name_words = [w.strip(",") for w in words[start:end]]
        nick = None
        shown = []
        for i, w in enumerate(name_words):
            if w.startswith('"') or w.startswith("("):
                if start + i < caps[0]:
                    nick = w.strip('"()')  # a nickname stands before the surname; "(Conservative)" after it
                continue
            shown.append(title_case(w, start + i in regnal))
        surname = " ".join(title_case(w.strip(","), caps[0] + i in regnal)
                           for i, w in enumerate(words[caps[0]:caps[-1] + 1])
                           if not w.startswith('"') and not w.startswith("("))
        name = " ".join(shown).replace(" ,", ",")
        if not name or len(name) > 80 or name.lower() == "vacant":
            continue
        since = parse_since(since_m.group(1)) if since_m else None
        out.append((role, name, surname, nick, since))
    return out


def variants(name, surname, nickname):
    """The ways news writes the person, besides the canonical name."""
    words = name.replace(",", "").split()
    v = []
    if surname and surname != name:
        v.append(surname)
    sur = surname.split()
    if len(sur) > 1 and not any(w.lower() in PARTICLES for w in sur):
        v.append(sur[0])  # "LULA da Silva" -> "Lula"; "LOPEZ OBRADOR" -> "Lopez"
    given = [w for w in words if w not in sur and not re.fullmatch(r"[A-Z]\.", w)
             and w.lower() not in ("jr.", "jr", "sr.")]
    if given and sur:
        first_given = given[0]
        if words.index(first_given) < words.index(sur[0]) if sur[0] in words else False:
            v.append(first_given + " " + surname)  # "Donald J. Trump" -> "Donald Trump"
        for other in given[1:]:
            if other.lower() not in PARTICLES and words.index(other) < words.index(sur[0]) if sur[0] in words else False:
                v.append(other + " " + surname)  # "Matamela Cyril RAMAPHOSA" -> "Cyril Ramaphosa"
        if nickname:
            v.append(nickname + " " + surname)  # Oluyemi "Yemi" OSINBAJO -> "Yemi Osinbajo"
    if nickname and " " in nickname:
        v.append(nickname)
    folded = []
    for x in [name] + v:
        a = "".join(c for c in unicodedata.normalize("NFKD", x) if not unicodedata.combining(c))
        if a != x:
            folded.append(a)
    seen = set()
    out = []
    for x in v + folded:
        if x != name and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def iso_codes(gazetteer_path):
    names = {}
    with open(gazetteer_path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("!") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            for n in cols[1].split("|") if len(cols) > 1 else []:
                names.setdefault(n.strip().lower(), cols[0])
    return names


def country_of(fips, doc, names):
    if fips in FIPS_OVERRIDES:
        return FIPS_OVERRIDES[fips]
    cn = doc.get("Government", {}).get("Country name", {})
    for k in ("conventional short form", "conventional long form"):
        t = html.unescape(cn.get(k, {}).get("text", "")).strip()
        if t.lower() in names:
            return names[t.lower()]
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repo", required=True, help="git directory of factbook/factbook.json")
    ap.add_argument("--rev", default="HEAD", help="newest commit to read (default HEAD)")
    ap.add_argument("--gazetteer", default="enrich-service/src/main/resources/tagging/countries.tsv")
    ap.add_argument("--since", default="2014-01-01", help="drop terms that ended before this date")
    a = ap.parse_args()
    names = iso_codes(a.gazetteer)
    COUNTRY_WORDS.update(w for n in names for w in n.split())
    head = git(a.repo, "rev-parse", a.rev).decode().strip()
    log = git(a.repo, "log", "--format=%H %cs", a.rev).decode().split("\n")
    commits = sorted((l.split()[1], l.split()[0]) for l in log if l.strip())  # (date, hash), oldest first
    cache = {}
    cat = subprocess.Popen(["git", "-C", a.repo, "cat-file", "--batch"], stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE)

    def blob(sha):
        cat.stdin.write((sha + "\n").encode())
        cat.stdin.flush()
        header = cat.stdout.readline().split()
        size = int(header[2])
        data = cat.stdout.read(size)
        cat.stdout.read(1)
        return data

    # per snapshot date: {(iso, role, name): (surname, nick, since)}
    snapshots = []
    for day, sha in commits:
        tree = git(a.repo, "ls-tree", "-r", sha).decode().split("\n")
        seen = {}
        for row in tree:
            if not row.endswith(".json") or "\t" not in row:
                continue
            meta, path = row.split("\t", 1)
            if path.count("/") != 1:
                continue
            fips = path.split("/")[1].split(".")[0].split("-")[0]
            b = meta.split()[2]
            if b not in cache:
                try:
                    doc = json.loads(blob(b))
                except ValueError:
                    cache[b] = []
                    continue
                # a dependency's chief of state is its sovereign's (Macron for French Polynesia): not its own
                dependent = "Dependency status" in doc.get("Government", {})
                iso = None if dependent else country_of(fips, doc, names)
                ex = doc.get("Government", {}).get("Executive branch", {})
                found = []
                if iso:
                    for key in ("chief of state", "head of government"):
                        found += [(iso,) + h for h in holders(ex.get(key, {}).get("text", ""))]
                cache[b] = found
            for iso, role, name, surname, nick, since in cache[b]:
                k = (iso, role, name)
                if k not in seen or (since and not seen[k][2]):
                    seen[k] = (surname, nick, since)
        if len({k[0] for k in seen}) >= 150:  # a full snapshot (the first commits hold a handful of countries)
            snapshots.append((date.fromisoformat(day), seen))
    cat.stdin.close()
    cat.wait()

    # terms: a run of consecutive snapshots listing the same (country, role, name); a person who leaves and comes
    # back (re-elected after a gap) gets a second term
    terms = []
    open_terms = {}
    for idx, (day, seen) in enumerate(snapshots):
        for k, t in list(open_terms.items()):
            if k not in seen:
                t["gone"] = day
                del open_terms[k]
        for k, (surname, nick, since) in seen.items():
            t = open_terms.get(k)
            if t is None:
                t = {"key": k, "first": day, "since": since, "surname": surname, "nick": nick, "gone": None}
                open_terms[k] = t
                terms.append(t)
            t["last"] = day
            if since and not t["since"]:
                t["since"] = since
            if nick and not t["nick"]:
                t["nick"] = nick
    merged = []
    for t in terms:
        prev = next((u for u in reversed(merged) if u["key"] == t["key"]), None)
        if prev is not None and (t["since"] is None or t["since"] == prev["since"]) \
                and (t["first"] - prev["last"]).days <= 1200:
            prev["last"] = t["last"]
            prev["gone"] = t["gone"]
            continue
        merged.append(t)
    terms = merged
    newest = snapshots[-1][0]
    rows = []
    cutoff = date.fromisoformat(a.since)
    for t in terms:
        iso, role, name = t["key"]
        start = min(t["since"], t["first"]) if t["since"] else t["first"]
        end = None
        if t["gone"] is not None:
            end = t["gone"] - timedelta(days=1)
            # the successor's "since" is a better end than a gap between snapshots (the history has none for
            # 2018-2019)
            succ = [u["since"] for u in terms if u["key"][:2] == (iso, role) and u["key"][2] != name
                    and u["since"] and (t["since"] or t["first"]) < u["since"] <= t["gone"]]
            if succ:
                end = min(succ)
        if end and end < cutoff:
            continue
        v = variants(name, t["surname"], t["nick"])
        rows.append((iso, role, name, "|".join(v), start.isoformat(), end.isoformat() if end else ""))
    rows.sort()
    out = sys.stdout
    out.write("# Newswire office holders: heads of state and government (and the deputies and crown princes the\n")
    out.write("# source lists) with the dates they held office, derived by tools/knowledge/officials.py.\n")
    out.write("# Source: The World Factbook, Central Intelligence Agency, via the JSON edition's git history\n")
    out.write("#   (https://github.com/factbook/factbook.json), %d snapshots %s .. %s, newest commit %s.\n"
              % (len(snapshots), snapshots[0][0], newest, head))
    out.write("# Licence: the Factbook is a work of the US Government, in the public domain (17 U.S.C. 105).\n")
    out.write("# Format: country (ISO 3166-1 alpha-2) <TAB> role <TAB> name <TAB> variants ('|'-separated)\n")
    out.write("#   <TAB> from (yyyy-mm-dd) <TAB> to (yyyy-mm-dd; empty = still in office at the newest snapshot)\n")
    out.write("# 'to' is the successor's start, else the day before the first snapshot no longer listing them.\n")
    out.write("# Operators' own lists (--actors FILE) use the same format.\n")
    for r in rows:
        out.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
