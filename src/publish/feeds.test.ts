import { describe, expect, it } from 'vitest';
import type { PublicMessage, PublicSolidarityAction } from '../present/public-incident.js';
import { serverLinks } from '../web/links.js';
import { buildFeeds } from './feeds.js';

const hostile = 'Courage! <img src=x onerror=alert(1) ';
const message: PublicMessage = {
  id: 'm1',
  author: '<b>Dockers</b>',
  country: 'PT',
  text: `${hostile}\nSecond line`,
  date: '2011-12-19',
};
const action: PublicSolidarityAction = {
  id: 'a1',
  date: '2011-12-19',
  country: 'PT',
  city: 'Lisbon',
  organisation: 'Dockers & friends',
  what: hostile,
  link: null,
  lat: null,
  lon: null,
};

describe('the incident feeds', () => {
  const feeds = buildFeeds({
    incident: { slug: 'janaozen-2011', title: 'Janaözen' },
    updates: [],
    links: serverLinks('http://localhost'),
    solidarity: { actions: [action], messages: [message] },
  });

  it('carries a reader’s text in JSON Feed as escaped HTML, never as markup', () => {
    const items: { content_html: string; summary?: string; title: string }[] = JSON.parse(feeds.json).items;
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item.content_html).not.toMatch(/<img|<b>/);
      expect(item.content_html).toContain('&lt;img src=x onerror=alert(1)');
    }
    const sent = items.find((i) => i.content_html.includes('Second line'));
    expect(sent?.content_html).toBe('<p>Courage! &lt;img src=x onerror=alert(1) </p><p>Second line</p>');
  });

  it('carries it in Atom escaped as well', () => {
    expect(feeds.atom).not.toMatch(/<img|<b>Dockers/);
    expect(feeds.atom).toContain(
      '<summary type="html"><![CDATA[Courage! &lt;img src=x onerror=alert(1)  — Dockers &amp; friends]]></summary>',
    );
  });
});
