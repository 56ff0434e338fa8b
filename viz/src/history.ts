// Browser history for the explorer: every user action (a selection, a filter, a story step, a tab of
// the view) is a history entry, so Back undoes one step; the camera is written into the current entry
// only, debounced, so panning does not fill the history with frames. Each entry carries the full view
// state and camera (history.state); its URL carries the same, so a copied link reopens the view.
import { decodeCamera, decodeViewState, encodeCamera, encodeViewState, normaliseCamera } from "./url-state.ts";
import type { CameraState } from "sigma/types";
import type { ViewState } from "./view-state.ts";

export interface HistoryHost {
  readonly state: ViewState;
  camera(): CameraState;
  /** Puts the view back as an entry held it (no new entry is pushed while this runs). */
  restore(state: ViewState, camera: CameraState | null): void;
}

interface Entry {
  kg: 1;
  state: ViewState;
  camera: CameraState;
}

export interface HistoryOptions {
  /** Camera changes settle for this long before the entry's URL is rewritten. */
  cameraDelayMs: number;
  /** Changes of the same fields this close together (a slider dragged, a query typed) make one entry. */
  coalesceMs: number;
}

const DEFAULTS: HistoryOptions = { cameraDelayMs: 250, coalesceMs: 700 };

function changedFields(a: ViewState, b: ViewState): string {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ViewState>;
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort().join(",");
}

function isEntry(value: unknown): value is Entry {
  return typeof value === "object" && value !== null && (value as Entry).kg === 1 && typeof (value as Entry).state === "object";
}

export class ViewHistory {
  private current: ViewState;
  private restoring = false;
  private cameraTimer: ReturnType<typeof setTimeout> | null = null;
  private lastPush = { at: -Infinity, fields: "" };
  private readonly options: HistoryOptions;
  private readonly onPop = (event: PopStateEvent) => this.pop(event);

  constructor(
    private readonly host: HistoryHost,
    private readonly has: Parameters<typeof decodeViewState>[1],
    options: Partial<HistoryOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.current = structuredClone(host.state);
    window.history.replaceState(this.entry(), "", this.url());
    window.addEventListener("popstate", this.onPop);
  }

  dispose(): void {
    window.removeEventListener("popstate", this.onPop);
    if (this.cameraTimer) clearTimeout(this.cameraTimer);
  }

  /** The address of the view as it is now, camera included (what Copy link copies). */
  url(state: ViewState = this.host.state): string {
    const url = new URL(window.location.href);
    url.search = encodeCamera(this.host.camera(), encodeViewState(state, url.searchParams)).toString();
    return url.toString();
  }

  /** After each render: a changed state is a new entry (or joins the last one, see coalesceMs). */
  stateChanged(): void {
    const next = this.host.state;
    const fields = changedFields(this.current, next);
    if (!fields) return;
    // The entry being left keeps its own state with the camera it ended with.
    if (!this.restoring && this.cameraTimer) this.flushCamera();
    this.current = structuredClone(next);
    if (this.restoring) return;
    const now = performance.now();
    if (fields === this.lastPush.fields && now - this.lastPush.at < this.options.coalesceMs) {
      window.history.replaceState(this.entry(), "", this.url());
    } else {
      window.history.pushState(this.entry(), "", this.url());
    }
    this.lastPush = { at: now, fields };
  }

  /** On every camera frame: the current entry's camera is rewritten once the camera rests. */
  cameraMoved(): void {
    if (this.restoring) return;
    if (this.cameraTimer) clearTimeout(this.cameraTimer);
    this.cameraTimer = setTimeout(() => this.flushCamera(), this.options.cameraDelayMs);
  }

  /** Writes a pending camera into the current entry now (before a new entry, or a copied link). */
  flushCamera(): void {
    if (this.cameraTimer) clearTimeout(this.cameraTimer);
    this.cameraTimer = null;
    window.history.replaceState(this.entry(this.current), "", this.url(this.current));
  }

  private entry(state: ViewState = this.host.state): Entry {
    return { kg: 1, state: structuredClone(state), camera: normaliseCamera(this.host.camera()) };
  }

  private pop(event: PopStateEvent): void {
    if (this.cameraTimer) clearTimeout(this.cameraTimer);
    this.cameraTimer = null;
    const params = new URLSearchParams(window.location.search);
    // An entry of ours holds the exact state; a hand-edited or foreign URL is decoded (and distrusted).
    const state = isEntry(event.state) ? event.state.state : decodeViewState(params, this.has);
    const camera = isEntry(event.state) ? event.state.camera : decodeCamera(params);
    this.restoring = true;
    try {
      this.host.restore(structuredClone(state), camera);
      this.current = structuredClone(this.host.state);
    } finally {
      this.restoring = false;
    }
  }
}
