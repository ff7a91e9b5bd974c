// The benchmark's one table: a row per figure, columns padded to fit.

const COLUMNS = ['measure', 'figure', 'spread or baseline', 'target', 'status'];

export function printTable(rows) {
  const cells = [COLUMNS, ...rows.map((row) => COLUMNS.map((_, i) => row[i] ?? ''))];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(cells[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

export const bytes = (n) => n.toLocaleString('en-GB');
export const ms = (n) => `${n.toFixed(1)} ms`;
export const times = (ratio) => `${ratio.toFixed(2)}×`;
export const status = (pass) => (pass ? 'PASS' : 'MISS');
