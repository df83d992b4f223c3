# Verifies every quote occurs verbatim in the paper (whitespace-normalised only) and vocab validity.
import csv, re, sys
paper = open("/work/shared/seeds/000_05d533f08be0f928.txt", encoding="utf-8").read()
norm = lambda s: re.sub(r"\s+", " ", s).strip()
P = norm(paper)
ACT = {"politician","manager","frontline","public_agency","citizen","user","volunteer","civil_society","business","social_entrepreneur","politician_as_citizen"}
OBJ = {"service","problem","policy"}; DEC = {"joint","advisory","delegated","consultation","information","contract","imposed"}
SCO = {"project","programme","institutionalised"}; STA = {"implemented","planned"}
POL = {"driver","barrier"}; DIM = {"discursive","cultural","institutional","practical","contextual"}; STG = {"adoption","implementation"}
SRC = {"paper","tool"}; CASES = {"Steinkjer","Guldborgsund","Hedensted"}
bad = 0
def rows(path, ncol):
    global bad
    lines = open(path, encoding="utf-8").read().split("\n")
    assert lines[-1] == ""
    hdr = lines[0].split("\t"); assert len(hdr) == ncol, hdr
    out = []
    for i, l in enumerate(lines[1:-1], 2):
        c = l.split("\t")
        if len(c) != ncol: print(path, i, "wrong column count", len(c)); bad += 1; continue
        out.append(dict(zip(hdr, c)))
    return out
A = rows("/work/blind/coding_b_activities.tsv", 10)
F = rows("/work/blind/coding_b_factors.tsv", 9)
def chk(cond, msg):
    global bad
    if not cond: print("FAIL:", msg); bad += 1
for r in A:
    chk(norm(r["quote"]) in P, "quote not found: " + r["quote"][:80])
    chk(r["case_name"] in CASES, r["case_name"])
    m = re.fullmatch(r"\{([a-z_,]+)\}", r["actors"]); chk(m is not None, r["actors"])
    if m:
        acts = m.group(1).split(","); chk(set(acts) <= ACT and len(acts) == len(set(acts)), r["actors"])
    chk(r["object"] in OBJ, r["object"]); chk(r["decision"] in DEC, r["decision"])
    chk(r["scope"] in SCO, r["scope"]); chk(r["status"] in STA, r["status"])
    chk(r["section"].startswith("Main findings: "), r["section"])
for r in F:
    chk(norm(r["quote"]) in P, "quote not found: " + r["quote"][:80])
    chk(r["case_name"] in CASES, r["case_name"]); chk(r["polarity"] in POL, r["polarity"])
    chk(r["dimension"] in DIM, r["dimension"]); chk(r["stage"] in STG, r["stage"])
    chk(r["dimension_source"] in SRC, r["dimension_source"])
    chk(re.fullmatch(r"[a-z0-9_]+", r["code"]) is not None, r["code"])
codes = [(r["case_name"], r["code"]) for r in F]; chk(len(codes) == len(set(codes)), "duplicate factor code")
for s in ["Methodological reflections", "Drivers of and barriers to the development of an interactive political leadership"]:
    chk(s in P, "section heading " + s)
from collections import Counter
print("activities per case:", dict(Counter(r["case_name"] for r in A)))
print("factors per case:", dict(Counter((r["case_name"], r["polarity"]) for r in F)))
print("quotes checked:", len(A) + len(F), "failures:", bad)
sys.exit(1 if bad else 0)
