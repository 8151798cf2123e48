/**
 * A small, strict XML 1.0 parser for tests (no dependencies): elements, attributes, text,
 * the five predefined entities and character references. It throws on anything not well-formed:
 * a stray `<` or `&`, mismatched or unclosed tags, duplicate attributes, characters XML 1.0 forbids.
 * No DTDs, comments, CDATA or processing instructions other than the XML declaration.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: Array<XmlElement | string>;
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const INVALID_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, at: number): string {
  if (INVALID_CHAR.test(raw)) throw new Error(`character not allowed in XML 1.0 near ${at}`);
  if (/<|&(?!(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)/.test(raw)) throw new Error(`stray < or & near ${at}`);
  return raw.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[a-z]+);/g, (_, ref: string) =>
    ref[0] === '#' ? String.fromCodePoint(Number.parseInt(ref.slice(ref[1] === 'x' ? 2 : 1), ref[1] === 'x' ? 16 : 10)) : ENTITIES[ref],
  );
}

/** Parses a document and returns its root element. */
export function parseXml(xml: string): XmlElement {
  let pos = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${pos}: ${JSON.stringify(xml.slice(pos, pos + 40))}`);
  };
  const space = () => {
    while (/\s/.test(xml[pos] ?? '')) pos += 1;
  };
  const name = (): string => {
    NAME.lastIndex = pos;
    const match = NAME.exec(xml);
    if (!match) fail('expected a name');
    pos += match![0].length;
    return match![0];
  };
  const element = (): XmlElement => {
    if (xml[pos] !== '<') fail('expected <');
    pos += 1;
    const node: XmlElement = { name: name(), attrs: {}, children: [] };
    for (;;) {
      space();
      if (xml.startsWith('/>', pos)) return (pos += 2), node;
      if (xml[pos] === '>') break;
      const attr = name();
      space();
      if (xml[pos] !== '=') fail('expected =');
      pos += 1;
      space();
      const quote = xml[pos];
      if (quote !== '"' && quote !== "'") fail('expected a quoted value');
      const end = xml.indexOf(quote, pos + 1);
      if (end < 0) fail('unterminated attribute');
      if (attr in node.attrs) fail(`duplicate attribute ${attr}`);
      node.attrs[attr] = decode(xml.slice(pos + 1, end), pos);
      pos = end + 1;
    }
    pos += 1;
    for (;;) {
      const next = xml.indexOf('<', pos);
      if (next < 0) fail(`unclosed <${node.name}>`);
      if (next > pos) node.children.push(decode(xml.slice(pos, next), pos));
      pos = next;
      if (xml.startsWith('</', pos)) {
        pos += 2;
        if (name() !== node.name) fail(`mismatched end tag for <${node.name}>`);
        space();
        if (xml[pos] !== '>') fail('expected >');
        pos += 1;
        return node;
      }
      node.children.push(element());
    }
  };
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) fail('unterminated XML declaration');
    pos = end + 2;
  }
  space();
  const root = element();
  space();
  if (pos !== xml.length) fail('content after the root element');
  return root;
}

/** Child elements named `name`. */
export const childrenNamed = (node: XmlElement, name: string): XmlElement[] =>
  node.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);

/** Concatenated text of a node. */
export const textOf = (node: XmlElement): string =>
  node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
