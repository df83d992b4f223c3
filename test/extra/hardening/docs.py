"""docs: every SQL example of README.md and doc/*.md runs, and prints what
the documentation shows.

The convention, which the documentation follows:

* A fenced block opened with ```sql is an example that runs. Any other fence
  (```sh, ```text, ``` alone, ```psql, ...) does not run. Write a shell
  command, or SQL that must not run, with another fence language.
* Each file runs in a fresh database (dropped and created by this test),
  its blocks in order, in ONE psql session, so that a block builds on the
  blocks before it (tables, temporary tables, settings). CREATE EXTENSION
  cocreation is done before the first block, unless one of the file's
  blocks runs CREATE EXTENSION cocreation itself.
* psql runs as a user pastes into it, printing as the documentation shows:
  psql -X -q (no command tags), aligned output, no pager, no "(N rows)"
  footer, VERBOSITY default (ERROR, DETAIL and HINT lines, no CONTEXT lines:
  SHOW_CONTEXT never), stderr merged
  into stdout.
* A ```sql block followed (only blank lines between) by a ```text block:
  the text block is what psql prints for that block, compared exactly
  line by line after removing trailing white space from each line and blank
  lines at the start and end. An error shown there (ERROR: ...) is
  expected; an error in a block with no text block fails the test.
* Every ```sql block ends with a semicolon (a statement left open would
  swallow the next block).
* Markers, HTML comments on their own line before a block:
    <!-- docs: as ROLE -->        this block and the file's later blocks run
                                  as ROLE (SET SESSION AUTHORIZATION, so with
                                  exactly that role's privileges);
                                  <!-- docs: as superuser --> switches back
    <!-- test: roles/NAME -->     the block belongs to test/extra/roles.sh,
                                  which runs it as the role it names; skipped
                                  here
    <!-- test: citus/NAME -->     the block belongs to test/extra/citus.sh,
                                  which runs it on a Citus cluster; skipped
                                  here
  and once per file:
    <!-- docs: database NAME -->  the fresh database is called NAME (for a
                                  document that names its database in a
                                  GRANT); otherwise docs_<file name>
* Roles a document creates are dropped after it, with its database.

Links: every relative link [text](file.md#anchor) of each file must name a
file that exists and, with an anchor, a heading of that file (GitHub's
anchors: lower case, punctuation dropped, spaces as hyphens). One check per
file.

The closing line is "docs: N passed, M failed": one check per block (plus
one per file that has blocks, and one per file for its links), and the exit
status is non-zero on a failure."""
import glob
import os
import re
import subprocess
import sys

import hlib

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
SUPER = os.environ.get("PGUSER", "postgres")
MARK = "@@docs-block@@"

c = hlib.Counter("docs")


def files():
    """README.md, then doc/*.md, or the files named on the command line."""
    if len(sys.argv) > 1:
        return [os.path.abspath(f) for f in sys.argv[1:]]
    return [os.path.join(ROOT, "README.md")] + sorted(glob.glob(os.path.join(ROOT, "doc", "*.md")))


def parse(text):
    """The file's database name and its ```sql blocks:
    [(line number, role or None, sql, expected output or None, skipped)]."""
    lines = text.split("\n")
    database = None
    blocks = []
    role = None
    pending = []          # markers seen since the last block
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"\s*<!--\s*(docs|test):\s*(.*?)\s*-->\s*$", line)
        if m:
            kind, arg = m.groups()
            if kind == "docs" and arg.startswith("database "):
                database = arg.split(None, 1)[1]
            elif kind == "docs" and arg.startswith("as "):
                role = arg.split(None, 1)[1]
                role = None if role == "superuser" else role
            elif kind == "test":
                pending.append(arg)
            i += 1
            continue
        f = re.match(r"^(`{3,})(\S*)\s*$", line)
        if not f:
            if line.strip():
                pending = []
            i += 1
            continue
        fence, lang = f.groups()
        j = i + 1
        while j < len(lines) and lines[j].rstrip() != fence:
            j += 1
        body = "\n".join(lines[i + 1:j])
        start = i + 1
        i = j + 1
        if lang != "sql":
            pending = []
            continue
        # a following ```text block is the expected output
        k = i
        while k < len(lines) and not lines[k].strip():
            k += 1
        expected = None
        if k < len(lines) and re.match(r"^```text\s*$", lines[k]):
            e = k + 1
            while e < len(lines) and lines[e].rstrip() != "```":
                e += 1
            expected = "\n".join(lines[k + 1:e])
            i = e + 1
        skipped = any(p.startswith(("roles/", "citus/")) for p in pending)
        blocks.append((start, role, body, expected, skipped))
        pending = []
    return database, blocks


def normal(out):
    ls = [l.rstrip() for l in out.split("\n")]
    while ls and not ls[0]:
        ls.pop(0)
    while ls and not ls[-1]:
        ls.pop()
    return ls


def roles():
    conn = hlib.connect("postgres")
    cur = conn.cursor()
    cur.execute("SELECT rolname FROM pg_roles")
    got = {r[0] for r in cur.fetchall()}
    conn.close()
    return got


def anchors(path):
    """GitHub's anchors of the headings of a markdown file."""
    with open(path, encoding="utf-8") as f:
        text = re.sub(r"^```.*?^```", "", f.read(), flags=re.S | re.M)
    out = set()
    for h in re.findall(r"^#{1,6} (.*)$", text, re.M):
        out.add(re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-"))
    return out


# pages written on other branches of this release, linked before they are
# merged: a link to them is not checked until they exist (remove the names
# once they do)
PENDING = set()


def check_links(path):
    name = os.path.relpath(path, ROOT)
    with open(path, encoding="utf-8") as f:
        text = re.sub(r"^```.*?^```", "", f.read(), flags=re.S | re.M)
    bad = []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"^[a-z]+:", target):
            continue
        file, _, anchor = target.partition("#")
        dest = os.path.normpath(os.path.join(os.path.dirname(path), file)) if file else path
        if not os.path.exists(dest):
            if os.path.relpath(dest, ROOT) not in PENDING:
                bad.append(target)
        elif anchor and dest.endswith(".md") and anchor not in anchors(dest):
            bad.append(target)
    c.ok(not bad, "%s: every relative link resolves%s" % (name, "" if not bad else " (not: %s)" % ", ".join(bad)))


def run_file(path):
    name = os.path.relpath(path, ROOT)
    with open(path, encoding="utf-8") as f:
        database, blocks = parse(f.read())
    runnable = [b for b in blocks if not b[4]]
    if not runnable:
        return
    stem = re.sub(r"[^a-z0-9]+", "_", os.path.splitext(os.path.basename(path))[0].lower())
    database = database or "docs_" + stem
    before = roles()
    hlib.admin_sql('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % database)
    hlib.admin_sql('CREATE DATABASE "%s"' % database)
    script = []
    if not any(re.search(r"create\s+extension\s+(if\s+not\s+exists\s+)?cocreation", b[2], re.I) for b in runnable):
        script.append("CREATE EXTENSION cocreation;")
    role = None
    bad_end = []
    for n, (line, brole, sql, _, _) in enumerate(runnable):
        if brole != role:
            script.append("RESET SESSION AUTHORIZATION;" if brole is None
                          else 'SET SESSION AUTHORIZATION "%s";' % brole)
            role = brole
        script.append("\\echo %s %d" % (MARK, n))
        script.append(sql)
        if not re.search(r";\s*(--[^\n]*)?\s*$", sql):
            bad_end.append(line)
    script.append("\\echo %s end" % MARK)
    p = subprocess.run(["psql", "-X", "-q", "-P", "pager=off", "-P", "footer=off",
                        "-v", "VERBOSITY=default", "-v", "SHOW_CONTEXT=never", "-d", database],
                       input="\n".join(script) + "\n", stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True, cwd=ROOT)
    # split the output at the markers
    outs, cur = {}, None
    for l in p.stdout.split("\n"):
        m = re.match(r"^%s (\d+|end)$" % MARK, l)
        if m:
            cur = m.group(1)
            outs[cur] = []
        elif cur is not None and cur != "end":
            outs[cur].append(l)
    c.ok(p.returncode == 0 and "end" in outs and not bad_end,
         "%s: %d examples run in one psql session in a fresh database%s%s" % (
             name, len(runnable), "" if "end" in outs else " (psql stopped: %s)" % p.stdout[-300:],
             "" if not bad_end else " (blocks at lines %s do not end with ';')" % bad_end))
    results = []
    for n, (line, brole, sql, expected, _) in enumerate(runnable):
        got = normal("\n".join(outs.get(str(n), [])))
        results.append((line, got))
        where = "%s:%d%s" % (name, line, "" if brole is None else " as %s" % brole)
        if expected is None:
            errors = [l for l in got if re.match(r"^(psql:\S+ )?(ERROR|FATAL|PANIC):", l)]
            c.ok(not errors, "%s runs without error%s" % (where, "" if not errors else ": " + " / ".join(got[-4:])))
        else:
            want = normal(expected)
            same = got == want
            c.ok(same, "%s prints what the documentation shows" % where)
            if not same:
                print("#   shown:")
                for l in want:
                    print("#     " + l)
                print("#   printed:")
                for l in got:
                    print("#     " + l)
    hlib.admin_sql('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % database)
    for r in sorted(roles() - before):
        hlib.admin_sql('DROP ROLE IF EXISTS "%s"' % r)
    return results


if __name__ == "__main__":
    for path in files():
        check_links(path)
        run_file(path)
    c.finish()
    sys.exit(0 if c.failed == 0 else 1)
