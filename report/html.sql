-- report/html.sql: writes :outdir/report.html from the sections in
-- pg_temp.report_html (ord, html), in order, under the title :report_title.
-- Included by report/report.sql, or by a caller that adds sections of its
-- own first (sample/main.sql, with html_later set).
\set f :outdir '/report.html'
\pset format unaligned
\pset tuples_only on
\o :f
SELECT '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
  || '<meta name="viewport" content="width=device-width, initial-scale=1">'
  || '<title>' || cocreation_html_escape(:'report_title') || '</title><style>'
  || 'body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}'
  || 'table{border-collapse:collapse;margin:1em 0}caption{text-align:left;font-weight:bold;padding:4px 0}'
  || 'td,th{border:1px solid #ccc;padding:3px 6px;font-size:13px;vertical-align:top}'
  || 'td.num{text-align:right;font-variant-numeric:tabular-nums}'
  || 'th{background:#f3f3f3}.charts{display:flex;flex-wrap:wrap;gap:12px}'
  || 'figure{margin:0;display:flex;flex-wrap:wrap;gap:8px;border:1px solid #eee;padding:6px}'
  || 'td.agree{background:#dff0d8}td.differ{background:#f8d7da}'
  || '.pass{color:#1a7f37;font-weight:bold}.fail{color:#c62828;font-weight:bold}</style></head><body>'
  || '<h1>' || cocreation_html_escape(:'report_title') || '</h1>'
  || '<p>Computed by the cocreation extension (' || cocreation_html_escape(:'report_thresholds_list')
  || '). The drivers-and-barriers balances are the tool''s diagnostic.</p>'
  || string_agg(html, '' ORDER BY ord)
  || '</body></html>'
FROM report_html;
\o
\pset format wrapped
\pset tuples_only off
\if :progress
  \warn 'report: wrote' :f
\endif
