import { describe, expect, it } from 'vitest';
import { mirrorFile, mirrorLinks, serverLinks, sitePaths } from './links.js';

describe('links', () => {
  const incident = sitePaths.incident('fr', 'janaozen-2011');

  it('are absolute paths on the server', () => {
    expect(serverLinks(null).to(incident)).toBe('/fr/incidents/janaozen-2011');
    expect(serverLinks('https://temoin.example').absolute(incident)).toBe(
      'https://temoin.example/fr/incidents/janaozen-2011',
    );
  });

  it('are relative file paths in the mirror, so it reads from disk under any prefix', () => {
    const fromSource = mirrorLinks(sitePaths.source('fr', 'abc'), null);
    expect(fromSource.to(incident)).toBe('../incidents/janaozen-2011.html');
    expect(fromSource.to(sitePaths.stylesheet())).toBe('../../assets/site.css');
    expect(fromSource.to(sitePaths.home('ru'))).toBe('../../ru/index.html');
    expect(fromSource.to(`${incident}#tally-killed`)).toBe('../incidents/janaozen-2011.html#tally-killed');
    expect(mirrorLinks('', null).to(sitePaths.home('en'))).toBe('en/index.html');
  });

  it('names each page’s file and full address in the mirror', () => {
    expect(mirrorFile('en/')).toBe('en/index.html');
    expect(mirrorFile(incident)).toBe('fr/incidents/janaozen-2011.html');
    expect(mirrorFile(sitePaths.siteFeed('atom'))).toBe('feeds/updates.atom');
    expect(mirrorLinks('', 'https://mirror.example/temoin/').absolute(sitePaths.home('kk'))).toBe(
      'https://mirror.example/temoin/kk/',
    );
  });
});
