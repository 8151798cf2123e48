// The main article of a web page as plain text: parse5 (with source positions) and the rules below.
// Readability-style selection, kept simple and positional so every character maps back to the page:
// 1. the root is the <article>, <main>, [role=main] or [itemprop=articleBody] with the most paragraph
//    text (the body when there is none);
// 2. inside it, navigation, scripts, styles, code (<pre>), forms, asides, footers and elements whose
//    class, id or role says share, social, cookie, consent, newsletter, related, read more, comments,
//    ads, menu, footer… are dropped;
// 3. every block element (p, h1–h6, li, blockquote, td, div…) and <br> ends a block;
// 4. when the root holds no <h1>, the page's first <h1> (else its <title>) comes first as the title.
import type { DefaultTreeAdapterMap } from 'parse5';
import { decodedOffsets, PlainTextBuilder } from './offsets.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SKIP_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'pre',
  'textarea', 'input', 'label', 'iframe', 'svg', 'math', 'canvas', 'object', 'embed', 'video', 'audio',
  'img', 'picture', 'dialog', 'menu',
]);

const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br',
]);

const SKIP_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar', 'toolbar',
]);

/** Class or id words of page furniture (matched as whole words of `share-buttons`, `cookie_banner`…). */
const FURNITURE =
  /(?:^|[-_\s])(?:share|sharing|social|cookies?|consent|gdpr|newsletter|related|read-?more|more-stories|recommended|promo|advert|ads?|sponsored|comments?|breadcrumbs?|subscribe|paywall|popup|modal|sidebar|pagination|pager|outbrain|taboola|nav|navbar|navigation|menu|footer|masthead)(?:[-_\s]|$)/i;

const CANDIDATE_TAGS = new Set(['article', 'main']);

const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
const isElement = (n: Node): n is Element => 'tagName' in n;
const children = (n: Node): Node[] => ('childNodes' in n ? n.childNodes : []);

/** Page furniture: dropped with everything inside it. */
function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  const role = attr(el, 'role');
  if (role && SKIP_ROLES.has(role)) return true;
  if (el.tagName === 'header' && !containsTag(el, 'h1')) return true;
  return FURNITURE.test(attr(el, 'class') ?? '') || FURNITURE.test(attr(el, 'id') ?? '');
}

function containsTag(node: Node, tag: string): boolean {
  return children(node).some((c) => isElement(c) && (c.tagName === tag || containsTag(c, tag)));
}

/** Elements in document order, not descending into skipped ones. */
function* elements(node: Node): Generator<Element> {
  for (const c of children(node)) {
    if (!isElement(c) || isSkipped(c)) continue;
    yield c;
    yield* elements(c);
  }
}

/** Characters of text inside <p> elements under `node` (skipped parts left out): how much article it holds. */
function paragraphText(node: Node): number {
  let n = 0;
  for (const el of elements(node)) if (el.tagName === 'p') n += textLength(el);
  return n;
}

function textLength(node: Node): number {
  let n = 0;
  for (const c of children(node)) {
    if (c.nodeName === '#text') n += (c as DefaultTreeAdapterMap['textNode']).value.trim().length;
    else if (isElement(c) && !isSkipped(c)) n += textLength(c);
  }
  return n;
}

/** The element holding the article (see the rules at the top). */
function articleRoot(body: Element): Element {
  let best: Element = body;
  let bestScore = 0;
  for (const el of elements(body)) {
    if (!CANDIDATE_TAGS.has(el.tagName) && attr(el, 'role') !== 'main' && attr(el, 'itemprop') !== 'articleBody') continue;
    const score = paragraphText(el);
    // `>=`: a candidate nested in an equally good one (an <article> in <main>) is the tighter choice.
    if (score > 0 && score >= bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

function find(node: Node, test: (el: Element) => boolean): Element | undefined {
  for (const c of children(node)) {
    if (!isElement(c)) continue;
    if (test(c)) return c;
    const inner = find(c, test);
    if (inner) return inner;
  }
  return undefined;
}

/** Adds the text of `node` to `out`, block by block. */
function emit(node: Node, html: string, out: PlainTextBuilder): void {
  for (const c of children(node)) {
    if (c.nodeName === '#text') {
      const t = c as DefaultTreeAdapterMap['textNode'];
      const loc = t.sourceCodeLocation;
      if (!loc) continue;
      out.add(t.value, decodedOffsets(t.value, html.slice(loc.startOffset, loc.endOffset), loc.startOffset));
    } else if (isElement(c) && !isSkipped(c)) {
      const block = BLOCK_TAGS.has(c.tagName);
      if (block) out.breakBlock();
      emit(c, html, out);
      if (block) out.breakBlock();
    }
  }
}

/** The plain text of a page's main article, with each character's offset in `html`. */
export async function readHtml(html: string): Promise<{ text: string; offsets: Int32Array }> {
  const { parse } = await import('parse5');
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const htmlEl = children(doc).find(isElement);
  const body = htmlEl && children(htmlEl).find((c): c is Element => isElement(c) && c.tagName === 'body');
  const out = new PlainTextBuilder();
  if (!htmlEl || !body) return out.finish();
  const root = articleRoot(body);
  if (!containsTag(root, 'h1')) {
    const title = [...elements(body)].find((el) => el.tagName === 'h1') ?? find(htmlEl, (el) => el.tagName === 'title');
    if (title) {
      emit(title, html, out);
      out.breakBlock();
    }
  }
  emit(root, html, out);
  return out.finish();
}
