------------------------------------------------------------------------------
-- charts: SVG for reports and dashboards (src/charts.sql)
------------------------------------------------------------------------------

/*
 * Charts for reports and dashboards: SVG text built from the extension's own
 * accessors, so anything that renders HTML can show a profile or a balance.
 * Every text embedded in the markup goes through html_escape().
 */
CREATE FUNCTION @extschema@.cocreation_html_escape(t pg_catalog.text) RETURNS pg_catalog.text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
  SELECT replace(replace(replace(replace(replace(t, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
                 '"', '&quot;'), '''', '&#39;');
END;
COMMENT ON FUNCTION @extschema@.cocreation_html_escape(pg_catalog.text) IS
  'text made safe to embed in HTML or SVG, as element content or attribute value';

CREATE FUNCTION @extschema@.svg(p @extschema@.profile, title pg_catalog.text DEFAULT NULL,
                               reference @extschema@.profile DEFAULT NULL)
  RETURNS pg_catalog.text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
  -- one bar per level on a scale of 0 to 3 crosses (60 px a cross), with an
  -- x axis of tick values, each bar's score written next to the plot, the
  -- reference (e.g. the paper's Table 3) as a black tick on each bar with
  -- its score beside the computed one, and a legend.  Classes name the
  -- parts (axis, tick, bar, value, reference, legend) for tests and styling.
  SELECT CASE WHEN p IS NULL THEN NULL ELSE
    '<svg xmlns="http://www.w3.org/2000/svg" width="460" height="200" viewBox="0 0 460 200"'
    || ' font-family="sans-serif" font-size="12" role="img" class="profile-chart"><title>'
    || @extschema@.cocreation_html_escape(COALESCE(title || ': ', '') || 'co-creation profile '
                              || @extschema@.notation(p)
                              || COALESCE(', reference ' || @extschema@.notation(reference), '')) || '</title>'
    || '<text x="8" y="16" font-weight="bold">' || @extschema@.cocreation_html_escape(COALESCE(title, 'profile'))
    || '</text>'
    -- x axis: grid lines, ticks and their values in crosses
    || '<g class="axis x-axis"><line x1="140" y1="128" x2="320" y2="128" stroke="#333"/>'
    || (SELECT string_agg(format('<line x1="%s" y1="24" x2="%s" y2="128" stroke="#e3e3e3"/>'
                                 || '<line class="tick" x1="%s" y1="128" x2="%s" y2="133" stroke="#333"/>'
                                 || '<text class="tick-label" x="%s" y="146" text-anchor="middle">%s</text>',
                                 140 + 60 * g, 140 + 60 * g, 140 + 60 * g, 140 + 60 * g, 140 + 60 * g, g),
                          '' ORDER BY g)
        FROM generate_series(0, 3) g)
    || '<text class="axis-title" x="230" y="162" text-anchor="middle" fill="#444">score (crosses)</text></g>'
    || '<g class="axis y-axis"><line x1="140" y1="24" x2="140" y2="128" stroke="#333"/>'
    || (SELECT string_agg(format('<text class="tick-label" x="134" y="%s" text-anchor="end">%s</text>',
                                 44 + 32 * i, lbl), '' ORDER BY i)
        FROM (VALUES (0, 'service production'), (1, 'problem solving'), (2, 'policymaking')) AS l(i, lbl))
    || '</g>'
    -- the bars, each with its score (and the reference's) as a number
    || (SELECT string_agg(
          format('<rect class="bar" x="140" y="%s" width="%s" height="18" fill="%s"><title>%s</title></rect>',
                 30 + 32 * i, 60 * s, col, lbl || ': ' || s || COALESCE(', reference ' || r, ''))
          || format('<text class="value" x="328" y="%s">%s</text>', 44 + 32 * i,
                    s || CASE WHEN r IS NULL THEN '' WHEN r = s THEN ' (= reference)'
                              ELSE ' (reference ' || r || ')' END)
          || CASE WHEN r IS NULL THEN '' ELSE
               format('<line class="reference" x1="%s" y1="%s" x2="%s" y2="%s" stroke="#000" stroke-width="3"/>',
                      140 + 60 * r, 26 + 32 * i, 140 + 60 * r, 52 + 32 * i)
             END, '' ORDER BY i)
        FROM (SELECT l.i, l.lbl, l.col,
                     pg_catalog.trim_scale(@extschema@.score(p, l.lv::@extschema@.level)) AS s,
                     pg_catalog.trim_scale(@extschema@.score(reference, l.lv::@extschema@.level)) AS r
              FROM (VALUES (0, 'service_production', 'service production', '#4e79a7'),
                           (1, 'problem_solving', 'problem solving', '#59a14f'),
                           (2, 'policymaking', 'policymaking', '#e15759')) AS l(i, lv, lbl, col)) v)
    -- the legend: what a bar and a tick are
    || '<g class="legend"><rect x="140" y="178" width="10" height="10" fill="#4e79a7"/>'
    || '<rect x="150" y="178" width="10" height="10" fill="#59a14f"/>'
    || '<rect x="160" y="178" width="10" height="10" fill="#e15759"/>'
    || '<text x="176" y="187" font-size="11">computed ' || @extschema@.cocreation_html_escape(@extschema@.notation(p))
    || '</text>'
    || CASE WHEN reference IS NULL THEN '' ELSE
         '<line x1="336" y1="176" x2="336" y2="190" stroke="#000" stroke-width="3"/>'
         || '<text x="344" y="187" font-size="11">reference '
         || @extschema@.cocreation_html_escape(@extschema@.notation(reference)) || '</text>' END
    || '</g></svg>' END;
END;
COMMENT ON FUNCTION @extschema@.svg(@extschema@.profile, pg_catalog.text, @extschema@.profile) IS
  'SVG bar chart of a profile (0 to 3 crosses per level) with axes, tick values, each score as a number and a legend; an optional reference profile (e.g. the paper''s Table 3) as ticks, its scores beside the computed ones';

CREATE FUNCTION @extschema@.svg(b @extschema@.balance, title pg_catalog.text DEFAULT NULL)
  RETURNS pg_catalog.text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
  -- per dimension: drivers to the right (green), adoption barriers (red)
  -- and implementation problems (orange) to the left of a zero line, each
  -- bar's strength written as a number at its end.  The axis runs from 0
  -- to 6 on either side, further when a bar is longer, so that charts of
  -- different cases compare unless one outgrows it; its tick values say
  -- which.  Classes name the parts (axis, tick, bar, count, legend).
  SELECT CASE WHEN b IS NULL THEN NULL ELSE
    '<svg xmlns="http://www.w3.org/2000/svg" width="440" height="232" viewBox="0 0 440 232"'
    || ' font-family="sans-serif" font-size="12" role="img" class="balance-chart"><title>'
    || @extschema@.cocreation_html_escape(COALESCE(title || ': ', '') || 'drivers and barriers, net index '
                              || COALESCE(round(@extschema@.net_index(b)::numeric, 2)::text, 'undefined'))
    || '</title><text x="8" y="16" font-weight="bold">' || @extschema@.cocreation_html_escape(COALESCE(title, 'balance'))
    || '</text><text x="432" y="16" text-anchor="end">net index '
    || COALESCE(round(@extschema@.net_index(b)::numeric, 2)::text, '-') || '</text>'
    || (SELECT
          -- the x axis: strength, barriers to the left, drivers to the right
          '<g class="axis x-axis"><line x1="150" y1="172" x2="390" y2="172" stroke="#333"/>'
          || (SELECT string_agg(format('<line class="tick" x1="%s" y1="172" x2="%s" y2="177" stroke="#333"/>'
                                       || '<text class="tick-label" x="%s" y="190" text-anchor="middle">%s</text>',
                                       270 + 60 * k, 270 + 60 * k, 270 + 60 * k,
                                       trim_scale(round((abs(k) * m / 2.0)::numeric, 1))), '' ORDER BY k)
              FROM generate_series(-2, 2) k)
          || '<text class="axis-title" x="210" y="204" text-anchor="middle" fill="#444">&#8592; barriers</text>'
          || '<text class="axis-title" x="330" y="204" text-anchor="middle" fill="#444">drivers &#8594;</text></g>'
          || '<line class="axis zero" x1="270" y1="24" x2="270" y2="172" stroke="#333"/>'
          || (SELECT string_agg(
               format('<text class="tick-label" x="8" y="%s">%s</text>', 42 + 28 * (i - 1), d.dimension)
               || format('<rect class="bar driver" x="270" y="%s" width="%s" height="16" fill="#59a14f"><title>%s drivers %s</title></rect>',
                         29 + 28 * (i - 1), round((d.drivers * u)::numeric, 1), d.dimension, trim_scale(round(d.drivers::numeric, 2)))
               || format('<rect class="bar adoption" x="%s" y="%s" width="%s" height="16" fill="#e15759"><title>%s adoption barriers %s</title></rect>',
                         round((270 - d.adoption_barriers * u)::numeric, 1), 29 + 28 * (i - 1),
                         round((d.adoption_barriers * u)::numeric, 1), d.dimension,
                         trim_scale(round(d.adoption_barriers::numeric, 2)))
               || format('<rect class="bar implementation" x="%s" y="%s" width="%s" height="16" fill="#f28e2b"><title>%s implementation problems %s</title></rect>',
                         round((270 - (d.adoption_barriers + d.implementation_problems) * u)::numeric, 1),
                         29 + 28 * (i - 1), round((d.implementation_problems * u)::numeric, 1), d.dimension,
                         trim_scale(round(d.implementation_problems::numeric, 2)))
               -- the strengths as numbers: drivers right of their bar,
               -- adoption barriers (+ implementation problems) left of theirs
               || format('<text class="count" x="%s" y="%s" fill="#2e6b26">%s</text>',
                         round((274 + d.drivers * u)::numeric, 1), 42 + 28 * (i - 1),
                         trim_scale(round(d.drivers::numeric, 2)))
               || format('<text class="count" x="%s" y="%s" text-anchor="end"><tspan fill="#b02a2a">%s</tspan>%s</text>',
                         round((266 - (d.adoption_barriers + d.implementation_problems) * u)::numeric, 1),
                         42 + 28 * (i - 1), trim_scale(round(d.adoption_barriers::numeric, 2)),
                         CASE WHEN d.implementation_problems > 0
                              THEN ' + <tspan fill="#b05a00">'
                                   || trim_scale(round(d.implementation_problems::numeric, 2)) || '</tspan>'
                              ELSE '' END),
               '' ORDER BY i)
              FROM (SELECT dd.*, 120.0::float8 / s.m AS u
                    FROM @extschema@.dimensions(b) WITH ORDINALITY AS dd(dimension, drivers, adoption_barriers,
                                                                       implementation_problems, net_index, i)) d)
        FROM (SELECT greatest(6, ceil(max(x.drivers)), ceil(max(x.adoption_barriers + x.implementation_problems)))::float8 AS m
              FROM @extschema@.dimensions(b) x) s)
    || '<g class="legend"><rect x="8" y="214" width="10" height="10" fill="#59a14f"/><text x="22" y="223" font-size="11">drivers</text>'
    || '<rect x="80" y="214" width="10" height="10" fill="#e15759"/><text x="94" y="223" font-size="11">adoption barriers</text>'
    || '<rect x="200" y="214" width="10" height="10" fill="#f28e2b"/><text x="214" y="223" font-size="11">implementation problems</text></g>'
    || '</svg>' END;
END;
COMMENT ON FUNCTION @extschema@.svg(@extschema@.balance, pg_catalog.text) IS
  'SVG chart of a balance: drivers against adoption barriers and implementation problems per dimension, each strength as a number, with an axis of tick values and a legend';
