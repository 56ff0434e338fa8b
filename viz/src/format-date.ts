// A date as the article says it and as the model normalised it, side by side.
import type { DateValue } from "../../src/model/types.ts";

export function normalisedDate(date: DateValue): string {
  const parts: string[] = [];
  if (date.value) parts.push(date.precision ? `${date.value} (${date.precision})` : date.value);
  if (date.earliest || date.latest) parts.push(`${date.earliest ?? "…"} – ${date.latest ?? "…"}`);
  return parts.join(", ") || "no machine date";
}
