// Turns a view into an HTML document. Preact escapes every text and attribute it renders.
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

export function renderDocument<P>(view: VNode<P>): string {
  return `<!doctype html>${renderToString(view as VNode)}`;
}
