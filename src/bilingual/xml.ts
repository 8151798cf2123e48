// A small element tree from saxes (a strict, streaming XML parser): names without namespace
// prefixes, attributes, text and child elements in order, and each element's content range in the
// file. Not well-formed XML is an `InputError` with the line and column, never a stack trace.
import { InputError } from '../errors.js';

export interface XmlElement {
  /** Local name (`xliff`, `trans-unit`, `seg`), without a namespace prefix. */
  name: string;
  attrs: Record<string, string>;
  children: Array<XmlElement | string>;
  /** Content range `[start, end)` in the file: between the start tag and the end tag. */
  range: [number, number];
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Parses `xml` into its root element; `name` is used in error messages. saxes is imported on first use. */
export async function parseXml(xml: string, name: string): Promise<XmlElement> {
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = typeof v === 'string' ? v : v.value;
    const el: XmlElement = { name: local(tag.name), attrs, children: [], range: [parser.position, parser.position] };
    stack.at(-1)?.children.push(el);
    root ??= el;
    stack.push(el);
  });
  parser.on('closetag', (tag) => {
    const el = stack.pop();
    if (!el) return;
    if (!tag.isSelfClosing) el.range[1] = Math.max(el.range[0], xml.lastIndexOf('</', parser.position));
  });
  const text = (t: string) => stack.at(-1)?.children.push(t);
  parser.on('text', text);
  parser.on('cdata', text);
  if (xml.trim() === '') throw new InputError(`${name} is empty. Give an XLIFF or TMX file.`);
  // A text or TSV file given by mistake: saxes would say "text data outside of root node".
  if (!xml.trimStart().startsWith('<')) throw new InputError(`${name} is not XML (it does not start with a tag). Give an XLIFF or TMX file.`);
  try {
    parser.write(xml).close();
  } catch (error) {
    // saxes messages read `1:20: unclosed tag: seg.`; the part after the position is the reason.
    const reason = entityReason(xml, parser.position) ?? String((error as Error).message).replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    throw new InputError(
      `${name} is not well-formed XML (line ${parser.line}, column ${parser.column + 1}: ${reason}). Fix the file or export it again from your CAT tool.`,
    );
  }
  if (!root) throw new InputError(`${name} holds no XML element. Give an XLIFF or TMX file.`);
  return root;
}

/**
 * For an undefined entity (`&nbsp;`, which HTML has and XML has not), the reason naming it and the
 * five entities XML knows; `undefined` when the text before `position` ends in no entity reference.
 */
function entityReason(xml: string, position: number): string | undefined {
  const amp = xml.lastIndexOf('&', position);
  const ref = amp === -1 ? null : /^&([\w.-]{1,40});/.exec(xml.slice(amp, amp + 42));
  if (!ref || amp + ref[0].length < position - 1) return undefined;
  return `undefined entity &${ref[1]}; (bitext-qa reads only XML's own &amp; &lt; &gt; &quot; &apos; and numeric ones such as &#160;)`;
}

/** Child elements of `el` named `name`. */
export const childrenNamed = (el: XmlElement, name: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);

/** Descendant elements named `name`, in document order, not looking inside a match. */
export function descendantsNamed(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    else descendantsNamed(c, name, out);
  }
  return out;
}
