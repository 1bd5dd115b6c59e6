// A remark plugin: `## Title {#id}` (braces escaped by escapePinnedIds) becomes an h2 with id="id".
import { splitPinnedId } from './headings';

/** The few mdast fields this plugin touches. */
interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  data?: { hProperties?: Record<string, unknown> } & Record<string, unknown>;
}

export function remarkPinnedIds() {
  return (tree: MdNode) => walk(tree);
}

function walk(node: MdNode): void {
  if (node.type === 'heading') pin(node);
  node.children?.forEach(walk);
}

function pin(heading: MdNode): void {
  const last = heading.children?.at(-1);
  if (last?.type !== 'text' || last.value === undefined) return;
  const { text, id } = splitPinnedId(last.value);
  if (id === null) return;
  last.value = text;
  heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
}
