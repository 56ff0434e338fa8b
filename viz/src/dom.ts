// The only way the explorer creates DOM: text goes through textContent, never innerHTML, so a
// label like `<img src=x onerror=alert(1)>` is shown as those characters and runs nothing.

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; attrs?: Record<string, string>; text?: string; on?: Partial<Record<keyof HTMLElementEventMap, (e: Event) => void>> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.attrs) for (const [k, v] of Object.entries(props.attrs)) node.setAttribute(k, v);
  if (props.text !== undefined) node.textContent = props.text;
  if (props.on) for (const [type, handler] of Object.entries(props.on)) if (handler) node.addEventListener(type, handler);
  for (const child of children) if (child) node.append(child);
  return node;
}

export function clear(node: Element): void {
  node.replaceChildren();
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing #${id} in index.html`);
  return node as T;
}
