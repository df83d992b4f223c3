#!/usr/bin/python3
"""check.py: the checks of test/extra/report.sh on one report folder.

  check.py csv DIR            every CSV parses with the csv module, headers are
                              lower-case identifiers, numeric columns numeric
  check.py dom FILE CHARTS    a DOM dumped by chromium (--dump-dom) holds
                              CHARTS profile charts and CHARTS balance charts,
                              each with the parts it must have
Prints "ok - ..." / "not ok - ..." lines, one a check, for check.bash to count.
"""
import csv
import glob
import os
import re
import sys
from html.parser import HTMLParser

IDENT = re.compile(r'^[a-z_][a-z0-9_]*$')
NUMBER = re.compile(r'^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$')
# the columns that hold numbers, per file (doc/report.md lists them)
NUMERIC = {
    'cases': {'inhabitants', 'councillors', 'permanent_committees'},
    'sources': {'n'},
    'activities': {'weight', 'choice'},
    'rules': {'rule', 'activities'},
    'choices': {'choice_id', 'activities'},
    'profiles': {'score', 'evidence'},
    'wave_profiles': {'score', 'evidence'},
    'profile_changes': {'score_before', 'score_after', 'score_change', 'evidence_before', 'evidence_after'},
    'profile_summary': {'activities', 'not_cocreation', 'reach_rank'},
    'expert_scores': {'computed', 'expert'},
    'calibration_fit': {'cells', 'cells_agreeing', 'alpha_ordinal', 'kappa_linear'},
    'thresholds': {'threshold_no', 'threshold'},
    'balances': {'factors', 'drivers', 'adoption_barriers', 'implementation_problems',
                 'net_adoption', 'net_all'},
    'factor_matrix': {'drivers', 'adoption_barriers', 'implementation_problems', 'net_index'},
    # the sample's own
    'table3': {'computed', 'table_3'},
    'modes': {'score'},
    'modes_fit': {'cells', 'cells_agreeing', 'alpha_ordinal', 'kappa_linear'},
    'statements': {'statement'},
    'statement_results': {'statement'},
    'sensitivity': {'scale_no', 't1', 't2', 't3', 'cells', 'cells_agreeing', 'alpha_ordinal'},
    'sensitivity_statements': {'scale_no', 'statement'},
    'agreement': {'units', 'agree', 'percent_agreement', 'cohen_kappa', 'krippendorff_alpha'},
    'coding_b_profiles': {'score'},
}
BOOLEAN = {'agree', 'holds', 'is_sample_calibration'}
# what a number packed into text looks like: "22,000", "3 of 9", "3 2 0"
PACKED = [re.compile(r'^\d{1,3}(,\d{3})+$'), re.compile(r'^\d+(\.\d+)? of \d+$'),
          re.compile(r'^-?\d+(\.\d+)?( -?\d+(\.\d+)?)+$')]

results = []


def check(name, ok, detail=''):
    results.append(ok)
    print(('ok - ' if ok else 'not ok - ') + name)
    if not ok and detail:
        print('#   ' + detail[:400])


def check_csv(folder):
    files = sorted(glob.glob(os.path.join(folder, '*.csv')))
    check('%s has CSV files' % folder, len(files) > 0)
    for path in files:
        base = os.path.basename(path)[:-4]
        with open(path, newline='', encoding='utf-8') as f:
            try:
                rows = list(csv.reader(f))
            except csv.Error as e:
                check(base + '.csv parses', False, str(e))
                continue
        header, body = (rows[0], rows[1:]) if rows else ([], [])
        problems = []
        if not header:
            problems.append('no header')
        bad = [h for h in header if not IDENT.match(h)]
        if bad:
            problems.append('headers not identifiers: %r' % bad)
        if len(set(header)) != len(header):
            problems.append('duplicate headers')
        numeric = NUMERIC.get(base, set())
        missing = numeric - set(header)
        if missing:
            problems.append('numeric columns missing: %r' % sorted(missing))
        for i, row in enumerate(body, 2):
            if len(row) != len(header):
                problems.append('line %d has %d fields, header %d' % (i, len(row), len(header)))
                continue
            for h, v in zip(header, row):
                if v != v.strip():
                    problems.append('line %d %s padded: %r' % (i, h, v))
                if h in numeric and v != '' and not NUMBER.match(v):
                    problems.append('line %d %s not a number: %r' % (i, h, v))
                if h in BOOLEAN and h not in numeric and v not in ('true', 'false', ''):
                    problems.append('line %d %s not true/false: %r' % (i, h, v))
                if any(p.match(v) for p in PACKED):
                    problems.append('line %d %s packs numbers into text: %r' % (i, h, v))
        check('%s.csv: %d rows, identifier headers, numbers as numbers, no padding'
              % (base, len(body)), not problems, '; '.join(problems[:5]))


class Dom(HTMLParser):
    """The charts of a page: per svg, the classes of its elements and the
    text of each classed text element."""

    def __init__(self):
        super().__init__()
        self.charts = []        # (kind, {class: count}, {class: [texts]})
        self.stack = []         # open elements inside the current chart
        self.text_class = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get('class') or '').split()
        if tag == 'svg':
            kind = classes[0] if classes else 'svg'
            self.charts.append((kind, {}, {}))
            self.stack = ['svg']
            return
        if not self.stack:
            return
        self.stack.append(tag)
        counts, texts = self.charts[-1][1], self.charts[-1][2]
        for c in classes + ['<%s>' % tag]:
            counts[c] = counts.get(c, 0) + 1
        if tag == 'text' and classes:
            self.text_class = classes[0]
            texts.setdefault(self.text_class, []).append('')

    def handle_endtag(self, tag):
        if not self.stack:
            return
        if tag == 'text':
            self.text_class = None
        if tag == 'svg':
            self.stack = []
        elif self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.text_class:
            texts = self.charts[-1][2][self.text_class]
            texts[-1] += data


def check_dom(path, n):
    html = open(path, encoding='utf-8').read()
    check('%s: the page rendered (a body, a closing </html>)' % os.path.basename(path),
          '<body>' in html and html.rstrip().endswith('</html>'))
    d = Dom()
    d.feed(html)
    profiles = [c for c in d.charts if c[0] == 'profile-chart']
    balances = [c for c in d.charts if c[0] == 'balance-chart']
    check('%d profile charts (%d expected)' % (len(profiles), n), len(profiles) == n)
    check('%d balance charts (%d expected)' % (len(balances), n), len(balances) == n)
    for i, (_, counts, texts) in enumerate(profiles, 1):
        ticks = [t.strip() for t in texts.get('tick-label', [])]
        problems = []
        if counts.get('x-axis', 0) != 1 or counts.get('y-axis', 0) != 1:
            problems.append('axes: %r' % counts)
        if not {'0', '1', '2', '3'} <= set(ticks):
            problems.append('tick values 0-3 missing: %r' % ticks)
        if counts.get('legend', 0) != 1:
            problems.append('no legend')
        if counts.get('bar', 0) != 3:
            problems.append('%d bars' % counts.get('bar', 0))
        values = texts.get('value', [])
        if len(values) != 3 or not all(NUMBER.match(v.split(' ')[0]) for v in values):
            problems.append('value labels: %r' % values)
        check('profile chart %d: x and y axes, tick values 0 to 3, 3 bars with their '
              'scores as numbers, a legend' % i, not problems, '; '.join(problems))
    for i, (_, counts, texts) in enumerate(balances, 1):
        ticks = [t.strip() for t in texts.get('tick-label', [])]
        numeric_ticks = [t for t in ticks if NUMBER.match(t)]
        cnt = texts.get('count', [])
        problems = []
        if counts.get('x-axis', 0) != 1:
            problems.append('no x axis')
        if len(numeric_ticks) < 5:
            problems.append('tick values: %r' % ticks)
        if counts.get('legend', 0) != 1:
            problems.append('no legend')
        dims = len(ticks) - len(numeric_ticks)
        if dims < 1 or len(cnt) != 2 * dims:
            problems.append('%d count labels for %d dimensions' % (len(cnt), dims))
        if not all(re.match(r'^[\d.]+( \+ [\d.]+)?$', c.strip()) for c in cnt):
            problems.append('count labels not numbers: %r' % cnt)
        check('balance chart %d: an axis with tick values, a legend, each bar\'s '
              'strength as a number' % i, not problems, '; '.join(problems))


if __name__ == '__main__':
    if sys.argv[1] == 'csv':
        check_csv(sys.argv[2])
    elif sys.argv[1] == 'dom':
        check_dom(sys.argv[2], int(sys.argv[3]))
    sys.exit(0 if all(results) else 1)
