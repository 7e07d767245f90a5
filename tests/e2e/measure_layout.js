// Measures an SOP document as Chromium lays it out for print (the test
// emulates print media) and reports what is wrong with its procedure pages:
// text past its cell, rows the browser made taller or shorter than sopctl
// laid them out (the flowchart's rows would then drift off the table's),
// symbols outside their row or performer column or on a rule, arrows
// running along a rule, exit words too small or away from their exits, and
// symbols or words on top of each other. test_render_measured.cpp runs it
// through the DevTools protocol and fails on every line of `failures`.
//
// All figures are CSS pixels, from getBoundingClientRect, so in one frame.
function measureLayout() {
  const failures = [];
  const counted = {sheets: 0, rows: 0, symbols: 0, connectors: 0, labels: 0, arrows: 0,
    identitySheets: 0, boxRows: 0};
  const round = (value) => Math.round(value * 10) / 10;
  const fail = (where, what) => failures.push(where + ': ' + what);
  const MM = 96 / 25.4;
  // The printed page's content box: the sheet less the 10 mm margins.
  const css = [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');
  const paper = /size:\s*A3/.test(css) ? {height: 277 * MM} : {height: 190 * MM};
  const LABEL_PX = 32 / 3; // 8 pt
  const RULE_CLEARANCE = 2; // between a symbol and any rule, at least
  const RUN_CLEARANCE = 8; // between an arrow's horizontal run and a row rule
  const LANE_CLEARANCE = 3; // between an arrow's vertical run and a column rule

  const box = (element) => {
    const r = element.getBoundingClientRect();
    return {left: r.left, top: r.top, right: r.right, bottom: r.bottom};
  };
  const text = (b) => `[${round(b.left)}, ${round(b.top)}, ${round(b.right)}, ${round(b.bottom)}]`;
  const overlap = (a, b, slack = 0.5) =>
    a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack &&
    b.top < a.bottom - slack;
  const inside = (inner, outer, slack = 0.5) =>
    inner.left >= outer.left - slack && inner.right <= outer.right + slack &&
    inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack;
  // Whether a box and a diamond's inside meet (as label_placement decides).
  const meetsDiamond = (b, d) => {
    if (!overlap(b, d)) return false;
    const cx = (d.left + d.right) / 2, cy = (d.top + d.bottom) / 2;
    const dx = cx - Math.min(Math.max(cx, b.left), b.right);
    const dy = cy - Math.min(Math.max(cy, b.top), b.bottom);
    return Math.abs(dx) / ((d.right - d.left) / 2) + Math.abs(dy) / ((d.bottom - d.top) / 2) < 0.97;
  };
  const distance = (b, point) => Math.hypot(
    Math.max(b.left - point.x, 0, point.x - b.right), Math.max(b.top - point.y, 0, point.y - b.bottom));

  // Every cell's text inside the cell's content box.
  const checkCell = (cell, where) => {
    if (cell.classList.contains('chart') || !cell.textContent.trim()) return;
    const style = getComputedStyle(cell);
    const outer = box(cell);
    const content = {
      left: outer.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
      right: outer.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight),
      top: outer.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop),
      bottom: outer.bottom - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingBottom),
    };
    const range = document.createRange();
    range.selectNodeContents(cell);
    for (const line of range.getClientRects()) {
      if (line.width > 0 && !inside(line, content, 1)) {
        fail(where, `text "${cell.textContent.trim().slice(0, 40)}" overflows its cell: ` +
             `line ${text(line)} outside ${text(content)}`);
        return;
      }
    }
  };

  // Each sheet of the identity fits its printed page, and every row of its
  // boxes is as tall as sopctl laid it out: a row the browser made taller
  // means the estimate that cut the boxes between sheets was short.
  [...document.querySelectorAll('section.identity-sheet')].forEach((sheet, index) => {
    counted.identitySheets++;
    const where = `identity sheet ${index + 1}`;
    const sheetBox = box(sheet);
    if (sheetBox.bottom - sheetBox.top > paper.height + 0.5) {
      fail(where, `is ${round(sheetBox.bottom - sheetBox.top)} px tall, the printed page holds ` +
           `${round(paper.height)}`);
    }
    sheet.querySelectorAll('table.boxes tr[style]').forEach((tr) => {
      counted.boxRows++;
      const laid = parseFloat(tr.style.height);
      const drawn = box(tr).bottom - box(tr).top;
      if (drawn > laid + 0.5) {
        fail(where, `a row of boxes is ${round(drawn)} px tall, laid out ${round(laid)}`);
      }
      tr.querySelectorAll('td').forEach((cell) => checkCell(cell, where));
    });
  });

  const sheets = [...document.querySelectorAll('section.procedure-sheet')];
  sheets.forEach((sheet, index) => {
    counted.sheets++;
    const page = `page ${index + 1} of the table`;
    const sheetBox = box(sheet);
    if (sheetBox.bottom - sheetBox.top > paper.height + 0.5) {
      fail(page, `is ${round(sheetBox.bottom - sheetBox.top)} px tall, the printed page holds ` +
           `${round(paper.height)}`);
    }
    const table = sheet.querySelector('table.procedure');
    table.querySelectorAll('th, td').forEach((cell) => checkCell(cell, page));
    const svg = sheet.querySelector('svg.flowchart');
    if (!svg) return; // no steps yet
    const chartCell = svg.closest('td');
    const chart = box(chartCell);
    const origin = box(svg);
    const toPage = (x, y) => ({x: origin.left + x, y: origin.top + y});

    // The performer columns as the header draws them: each heading's box
    // less its right border (the rule between it and the next) and, for the
    // outer headings spanning a side's lanes, less the lane column (the
    // padding beyond the ordinary on that side).
    const secondRow = [...table.querySelectorAll('thead tr:nth-child(2) th')];
    const headings = secondRow.slice(0, -3); // then Kelengkapan, Waktu, Output
    const ordinaryPadding = parseFloat(getComputedStyle(secondRow[secondRow.length - 1]).paddingLeft);
    const columns = headings.map((th) => {
      const b = box(th);
      const style = getComputedStyle(th);
      const laneLeft = parseFloat(style.paddingLeft) - ordinaryPadding;
      const laneRight = parseFloat(style.paddingRight) - ordinaryPadding;
      return {name: th.textContent.trim(), left: b.left + laneLeft, right: b.right - 1 - laneRight};
    });
    // Every vertical rule across the chart: its cell's edges and the
    // headings' right borders (1 px wide, ending at `x`).
    const verticalRules = [chart.left, chart.right];
    table.querySelectorAll('thead tr:nth-child(2) th').forEach((th) => {
      const b = box(th);
      if (b.right > chart.left + 1 && b.right < chart.right - 1) verticalRules.push(b.right);
    });

    // The table's rows, by step number, and the rules between them.
    const rows = new Map();
    const rowRules = [];
    for (const tr of table.querySelectorAll('tbody tr')) {
      const number = tr.querySelector('td.no');
      if (!number) continue;
      counted.rows++;
      const b = box(tr);
      const step = parseInt(number.textContent, 10);
      rows.set(step, {left: chart.left, right: chart.right, top: b.top, bottom: b.bottom - 1});
      rowRules.push(b.bottom);
      const wanted = parseFloat(tr.style.height);
      if (Math.abs(b.bottom - b.top - wanted) > 0.5) {
        fail(`${page}, step ${step}`, `the row is ${round(b.bottom - b.top)} px tall in the ` +
             `browser, ${round(wanted)} px as sopctl laid it out: the flowchart's row drifts`);
      }
    }

    // The SVG's own rules against the table's.
    const lines = [...svg.querySelectorAll('line.grid')].map((line) => ({
      x1: +line.getAttribute('x1'), y1: +line.getAttribute('y1'),
      x2: +line.getAttribute('x2'), y2: +line.getAttribute('y2')}));
    const svgRows = lines.filter((l) => l.y1 === l.y2).map((l) => origin.top + l.y1 + 0.5);
    const tableRows = rowRules.slice(0, -1);
    if (svgRows.length !== tableRows.length) {
      fail(page, `the flowchart draws ${svgRows.length} row rules, the table has ${tableRows.length}`);
    }
    svgRows.forEach((y, i) => {
      if (i < tableRows.length && Math.abs(y - tableRows[i]) > 1) {
        fail(page, `the flowchart's row rule ${i + 1} is at ${round(y)}, the table's at ` +
             `${round(tableRows[i])}`);
      }
    });
    if (Math.abs(origin.bottom + 1 - chart.bottom) > 1) {
      fail(page, `the flowchart ends at ${round(origin.bottom)}, its cell at ${round(chart.bottom)}`);
    }
    // Its column rules against the header's (lane columns included).
    const headerRules = verticalRules.slice(2);
    const svgColumns = lines.filter((l) => l.x1 === l.x2).map((l) => origin.left + l.x1 + 0.5);
    if (svgColumns.length !== headerRules.length) {
      fail(page, `the flowchart draws ${svgColumns.length} column rules, the header ` +
           `${headerRules.length}`);
    }
    for (const x of svgColumns) {
      if (!headerRules.some((rule) => Math.abs(x - rule) <= 1)) {
        fail(page, `the flowchart's column rule at ${round(x - 0.5)} is under no rule of the header`);
      }
    }

    const clearOfRules = (b, where, what) => {
      for (const x of verticalRules) {
        if (b.right > x - 1 - RULE_CLEARANCE && b.left < x + RULE_CLEARANCE) {
          fail(where, `${what} ${text(b)} sits on the column rule at ${round(x - 0.5)}`);
          return false;
        }
      }
      for (const y of [chart.top, ...rowRules]) {
        if (b.bottom > y - 1 - RULE_CLEARANCE && b.top < y + RULE_CLEARANCE) {
          fail(where, `${what} ${text(b)} sits on the row rule at ${round(y - 0.5)}`);
          return false;
        }
      }
      return true;
    };

    // Symbols: in their step's row and their performer's column, centred in
    // it, clear of every rule; the words in capsules and connectors inside.
    const drawn = []; // boxes that must not overlap: {box, diamond, what}
    for (const group of svg.querySelectorAll('g.shape')) {
      const outline = group.querySelector('.symbol, .connector');
      const b = box(outline);
      const step = parseInt(group.dataset.step, 10);
      const column = parseInt(group.dataset.column, 10);
      const connector = outline.classList.contains('connector');
      const what = connector ? `connector ${group.textContent.trim()}` :
        step > 0 ? `the symbol of step ${step}` : 'an end terminator';
      const where = `${page}, ${what}`;
      connector ? counted.connectors++ : counted.symbols++;
      if (!inside(b, chart)) fail(where, `${text(b)} lies outside the chart ${text(chart)}`);
      clearOfRules(b, where, 'it');
      if (step > 0) {
        const row = rows.get(step);
        if (!row) {
          fail(where, 'has no row in the table');
        } else if (!inside(b, row, 0)) {
          fail(where, `${text(b)} lies outside its row ${text(row)}`);
        }
      }
      if (column >= 0) {
        const col = columns[column];
        if (!col) {
          fail(where, `is in performer column ${column}, which the header does not have`);
        } else if (!inside(b, {left: col.left, right: col.right, top: b.top, bottom: b.bottom}, 0)) {
          fail(where, `${text(b)} lies outside the column of ${col.name} ` +
               `[${round(col.left)}, ${round(col.right)}]`);
        } else if (step > 0 && Math.abs((b.left + b.right) / 2 - (col.left + col.right) / 2) > 1) {
          fail(where, `is centred at ${round((b.left + b.right) / 2)}, the column of ` +
               `${col.name} at ${round((col.left + col.right) / 2)}`);
        }
      } else if (!connector) {
        fail(where, 'is in no performer column');
      }
      const word = group.querySelector('text');
      if (word) {
        // The ink: capitals and ascenders reach 0.75 of the type size above
        // the baseline, descenders 0.22 below (Liberation Sans); the box of
        // the text element would also hold the font's empty line gap.
        const size = parseFloat(getComputedStyle(word).fontSize);
        const baseline = origin.top + parseFloat(word.getAttribute('y'));
        const run = box(word);
        const ink = {left: run.left, right: run.right, top: baseline - 0.75 * size,
                     bottom: baseline + 0.22 * size};
        if (!inside(ink, b, 0.5)) {
          fail(where, `its word "${word.textContent}" ${text(ink)} spills out of ${text(b)}`);
        }
      }
      drawn.push({box: b, diamond: outline.tagName === 'polygon' && !connector, what: where});
    }

    // Arrows: vertical runs clear of the column rules, horizontal runs
    // clear of the row rules; each exit's word legible and at its exit.
    for (const arrow of svg.querySelectorAll('g.arrow')) {
      counted.arrows++;
      const where = `${page}, the arrow ${arrow.dataset.from} -> ${arrow.dataset.to}`;
      const points = arrow.querySelector('polyline').getAttribute('points').trim().split(/\s+/)
        .map((pair) => { const [x, y] = pair.split(',').map(Number); return toPage(x, y); });
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1], points[i]];
        if (a.x === b.x) {
          const near = verticalRules.find((x) => Math.abs(a.x - (x - 0.5)) < LANE_CLEARANCE);
          if (near !== undefined) {
            fail(where, `runs down the column rule at ${round(near - 0.5)} (x ${round(a.x)})`);
          }
        } else if (a.y === b.y) {
          const near = rowRules.slice(0, -1).find((y) => Math.abs(a.y - (y - 0.5)) < RUN_CLEARANCE);
          if (near !== undefined) {
            fail(where, `runs along the row rule at ${round(near - 0.5)}, ` +
                 `${round(Math.abs(a.y - (near - 0.5)))} px from it (y ${round(a.y)})`);
          }
        }
      }
      const label = arrow.querySelector('text.label');
      if (!label) continue;
      counted.labels++;
      const b = box(label);
      const lwhere = `${where}, its word "${label.textContent}"`;
      const size = parseFloat(getComputedStyle(label).fontSize);
      if (size < LABEL_PX - 0.01) {
        fail(lwhere, `is set at ${round(size)} px, less than 8 pt (${round(LABEL_PX)} px)`);
      }
      const exit = points[0];
      if (distance(b, exit) > 3 * size) {
        fail(lwhere, `${text(b)} is ${round(distance(b, exit))} px from its exit ` +
             `(${round(exit.x)}, ${round(exit.y)})`);
      }
      if (!inside(b, chart)) fail(lwhere, `${text(b)} lies outside the chart`);
      for (const x of verticalRules) {
        if (b.right > x - 1 && b.left < x) {
          fail(lwhere, `${text(b)} sits on the column rule at ${round(x - 0.5)}`);
        }
      }
      drawn.push({box: b, diamond: false, what: lwhere});
    }

    // No two symbols or words on top of each other.
    for (let i = 0; i < drawn.length; i++) {
      for (let j = i + 1; j < drawn.length; j++) {
        const [a, b] = [drawn[i], drawn[j]];
        const met = a.diamond ? meetsDiamond(b.box, a.box) :
          b.diamond ? meetsDiamond(a.box, b.box) : overlap(a.box, b.box);
        if (met) fail(a.what, `${text(a.box)} overlaps ${b.what} ${text(b.box)}`);
      }
    }
  });
  return JSON.stringify({counted, failures});
}
