// Debian's Chromium driven by playwright-core: never a downloaded browser. Returns null when
// chromium is not installed, so callers can skip with a clear message.
import { execFileSync } from "node:child_process";
import { chromium, type Browser } from "playwright-core";

export function chromiumPath(): string | null {
  try {
    return execFileSync("which", ["chromium"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("chromium not found on PATH (apt-get install chromium)");
  return chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}
