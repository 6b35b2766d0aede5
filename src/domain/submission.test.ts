import { describe, expect, it } from 'vitest';
import { checkSubmission, contentHash, countLinks, plainText, TEXT_LIMIT } from './submission.js';

const message = (text: string, extra: Record<string, string | null> = {}, honeypot?: string) =>
  checkSubmission({
    fields: { author: 'Dockers of Antwerp', country: 'BE', text, ...extra },
    multiline: ['text'],
    required: ['author', 'text'],
    honeypot,
  });

describe('the abuse rules for readers’ submissions', () => {
  it('takes a plain message and tidies its spacing, keeping its lines', () => {
    const result = message('  We stand   with you.\r\n\r\n\r\n\r\nSolidarity!  ');
    expect(result).toEqual({
      ok: true,
      value: { author: 'Dockers of Antwerp', country: 'BE', text: 'We stand with you.\n\nSolidarity!' },
    });
  });

  it('refuses a form whose hidden field a robot filled', () => {
    expect(message('Hello', {}, 'http://spam.example')).toEqual({ ok: false, reason: 'honeypot', field: null });
  });

  it('refuses HTML rather than storing or stripping it, naming the field', () => {
    expect(message('Hi <script>alert(1)</script>')).toMatchObject({ ok: false, reason: 'markup', field: 'text' });
    expect(message('Hi', { author: '<b>Bold</b>' })).toMatchObject({ ok: false, reason: 'markup', field: 'author' });
    expect(message('Entities &lt;b&gt; too')).toMatchObject({ ok: false, reason: 'markup' });
  });

  it('keeps a lone angle bracket or ampersand, which is text', () => {
    expect(message('Workers <3 & students, 5 > 4')).toMatchObject({ ok: true });
  });

  it('allows two links and refuses a third, across fields', () => {
    expect(message('See https://a.example/1 and www.b.example')).toMatchObject({ ok: true });
    expect(message('See https://a.example/1 and https://b.example/2', { author: 'www.c.example' })).toEqual({
      ok: false,
      reason: 'too-many-links',
      field: null,
    });
    expect(countLinks('http://x.example https://y.example/z www.w.example')).toBe(3);
  });

  it('counts disguised and glued links too, and no plain prose', () => {
    expect(countLinks('hxxp://spam.example/a')).toBe(1);
    expect(countLinks('spam.example spam2.example spam3.example')).toBe(3);
    expect(countLinks('//evil.example/a (//evil.example/b')).toBe(2);
    expect(countLinks('https://a.examplehttps://b.example')).toBe(2);
    expect(countLinks('http://x.example//path')).toBe(1);
    expect(countLinks('Solidarity from Lisbon, comrades. Stay strong! e.g. 4.000 workers, 3.5 km, and/or')).toBe(0);
  });

  it('refuses an unclosed tag, which a careless reader of the text could still run', () => {
    expect(message('Courage! <img src=x onerror=alert(1) ')).toMatchObject({ ok: false, reason: 'markup' });
    expect(message('<!-- hidden')).toMatchObject({ ok: false, reason: 'markup' });
    expect(message('a < b, and I <3 you')).toMatchObject({ ok: true });
  });

  it('refuses a text over the size limit and an empty required field', () => {
    expect(message('x'.repeat(TEXT_LIMIT + 1))).toMatchObject({ ok: false, reason: 'too-long', field: 'text' });
    expect(message('x'.repeat(TEXT_LIMIT))).toMatchObject({ ok: true });
    expect(message('   ')).toMatchObject({ ok: false, reason: 'empty', field: 'text' });
    expect(message('Hi', { author: 'y'.repeat(301) })).toMatchObject({
      ok: false,
      reason: 'too-long',
      field: 'author',
    });
  });

  it('removes invisible and bidi-override characters', () => {
    expect(plainText('a\u202eb\u200bc\u0007d')).toBe('abcd');
  });

  it('gives the same hash to the same words whatever their case and spacing, per incident', () => {
    const a = contentHash('incident-1', { text: 'We  stand with you', author: 'Anna' });
    expect(contentHash('incident-1', { author: 'anna', text: 'we stand with YOU ' })).toBe(a);
    expect(contentHash('incident-2', { text: 'We stand with you', author: 'Anna' })).not.toBe(a);
    expect(contentHash('incident-1', { text: 'We stand with you!', author: 'Anna' })).not.toBe(a);
  });
});
