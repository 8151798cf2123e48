// The text of a Markdown (CommonMark) article: mdast-util-from-markdown, with source positions.
// Headings, paragraphs, list items and block quotes each become a block (headings stay separate, so the
// segmenter marks them as headings); emphasis, links and inline code keep their text. Code blocks,
// raw HTML, images and thematic breaks are dropped: they are not prose to translate, and kept they
// would be reported as untranslated or copied. A YAML front matter block (`---` … `---`) is skipped.
import type { Nodes } from 'mdast';
import { decodedOffsets, PlainTextBuilder } from './offsets.js';

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

const DROPPED = new Set(['code', 'html', 'image', 'imageReference', 'thematicBreak', 'definition', 'footnoteDefinition']);
const BLOCKS = new Set(['heading', 'paragraph', 'listItem', 'blockquote', 'tableCell']);

function emit(node: Nodes, md: string, out: PlainTextBuilder): void {
  if (DROPPED.has(node.type)) return;
  if (node.type === 'break') {
    out.breakBlock();
    return;
  }
  if (node.type === 'text' || node.type === 'inlineCode') {
    const pos = node.position;
    if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) return;
    const start = pos.start.offset;
    out.add(node.value, decodedOffsets(node.value, md.slice(start, pos.end.offset), start));
    return;
  }
  if (!('children' in node)) return;
  const block = BLOCKS.has(node.type);
  if (block) out.breakBlock();
  for (const child of node.children) emit(child as Nodes, md, out);
  if (block) out.breakBlock();
}

/** The plain text of a Markdown article, with each character's offset in `md`. */
export async function readMarkdown(md: string): Promise<{ text: string; offsets: Int32Array }> {
  const { fromMarkdown } = await import('mdast-util-from-markdown');
  // Front matter is blanked out (same length) so the parser sees nothing there and offsets stay true.
  const front = FRONT_MATTER.exec(md)?.[0];
  const body = front ? front.replace(/[^\r\n]/g, ' ') + md.slice(front.length) : md;
  const out = new PlainTextBuilder();
  emit(fromMarkdown(body), body, out);
  return out.finish();
}
