/** Plain-text tables and units for the benchmark's report. */

/** Kilobytes of 1,000 bytes, as Vite's own build report counts them. */
export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

export function ms(milliseconds: number): string {
  return `${milliseconds.toFixed(1)} ms`;
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ').trimEnd();
}

/** Prints a titled table with aligned columns, and optional notes under it. */
export function printTable(title: string, headers: readonly string[], rows: readonly (readonly string[])[], notes: readonly string[] = []): void {
  const widths = headers.map((header, index) => Math.max(header.length, ...rows.map((cells) => (cells[index] ?? '').length)));
  const lines = [row(headers, widths), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map((cells) => row(cells, widths))];
  console.log(`\n${title}\n${'='.repeat(title.length)}\n${lines.join('\n')}`);
  for (const note of notes) console.log(`  ${note}`);
}
