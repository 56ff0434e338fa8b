// The plain table a standalone bench module prints (bench/run.ts prints its own markdown table for the whole run).
export interface PrintableRow {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

export function printRows(rows: readonly PrintableRow[]): void {
  const cells = rows.map((r) => [r.name, r.value >= 100 ? r.value.toFixed(0) : r.value.toFixed(2), r.unit, r.note ?? ""]);
  const header = ["benchmark", "value", "unit", "note"];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === 1 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join("  ").trimEnd();
  console.log([line(header), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n"));
}
