/**
 * The page's only way to make elements. Text goes in as textContent and
 * never as HTML: prompts and options come from lesson authors, and a
 * hostile one must stay words on the screen.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined && className !== '') node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Empties a node (replaceChildren is missing on phones from before 2020). */
export function clear(node: Node): void {
  while (node.firstChild !== null) node.removeChild(node.firstChild);
}

export function append(parent: Node, ...children: Node[]): void {
  for (const child of children) parent.appendChild(child);
}
