// Indonesian roots: the candidates confix stripping gives (nasal prefixes read every way, confixes,
// stacked prefixes), and what the resolver emits for a word found only through its root.
import { describe, expect, it } from 'vitest';
import { ConceptResolver } from '../../src/lexicon/resolve.js';
import { emitted, side } from '../fixtures/resolver-fixture.js';
import { indonesianRoots } from '../../src/lexicon/roots-id.js';

describe('indonesianRoots', () => {
  it('restores the letter a nasal prefix swallowed', () => {
    // meN- before t, p, s, k drops the letter: me-n-ulis ← tulis, me-m-ukul ← pukul,
    // me-ny-erukan ← seru(-kan), me-ng-irim ← kirim; peN- the same: pe-n-ingkat-an ← tingkat.
    expect(indonesianRoots('menulis')).toContain('tulis');
    expect(indonesianRoots('memukul')).toContain('pukul');
    expect(indonesianRoots('menyerukan')).toContain('seru');
    expect(indonesianRoots('mengirim')).toContain('kirim');
    expect(indonesianRoots('peningkatan')).toContain('tingkat');
    // meN- before b, c, d, g keeps the root's letter: mem-baca, men-cari, meng-gambar.
    expect(indonesianRoots('membaca')).toContain('baca');
    expect(indonesianRoots('mencari')).toContain('cari');
    expect(indonesianRoots('menggambarkan')).toContain('gambar');
  });

  it('reads a nasal prefix both ways, the fewest affixes first', () => {
    // me-n-anti: nanti (the n is the root's) or tanti (a t swallowed); both are candidates, the
    // dictionary decides. meningkatkan: -kan alone first (meningkat), then the prefix too (tingkat).
    expect(indonesianRoots('menanti').slice(0, 2)).toEqual(['tanti', 'nanti']);
    const roots = indonesianRoots('meningkatkan');
    expect(roots.indexOf('meningkat')).toBeLessThan(roots.indexOf('tingkat'));
  });

  it('strips confixes and stacked prefixes', () => {
    // ke-aman-an, ke-ber-hasil-an, mem-per-kuat, di-per-cepat, ber-temu, be-kerja, pe-kerja.
    expect(indonesianRoots('keamanan')).toContain('aman');
    expect(indonesianRoots('keberhasilan')).toContain('hasil');
    expect(indonesianRoots('memperkuat')).toContain('kuat');
    expect(indonesianRoots('dipercepat')).toContain('cepat');
    expect(indonesianRoots('bertemu')).toContain('temu');
    expect(indonesianRoots('bekerja')[0]).toBe('kerja');
    expect(indonesianRoots('pekerja')[0]).toBe('kerja');
  });

  it('drops particles and possessives, and never pairs a prefix with a suffix it does not take', () => {
    // timpal-an-nya: -nya, then -an.
    expect(indonesianRoots('timpalannya')).toEqual(['timpalan', 'timpal']);
    // di-…-an is not a confix: `dimakan` is di-makan (or, without a prefix, dima-kan, dimak-an),
    // and `mak` (di- with -an) is never read.
    expect(indonesianRoots('dimakan')).toEqual(['makan', 'dima', 'dimak']);
    expect(indonesianRoots('dimakan')).not.toContain('mak');
  });

  it('keeps roots of three letters or more', () => {
    for (const w of ['menulis', 'keamanan', 'dimakan', 'berasal']) for (const r of indonesianRoots(w)) expect(r.length).toBeGreaterThanOrEqual(3);
  });
});

describe('ConceptResolver on Indonesian roots', () => {
  it('gives a derived word its root’s concepts at 0.7', () => {
    // `tulis` → write (one form: specificity 1); `menulis` is not a form, and Snowball's stem of it
    // is `ulis`, which is none either: the root `tulis` is found, at 0.7.
    const r = new ConceptResolver(side('id', { tulis: 'write' }));
    expect(emitted(r, 'menulis')).toEqual([0.7]);
    // The root itself weighs 1.
    expect(emitted(r, 'tulis')).toEqual([1]);
  });

  it('tries roots in Indonesian only', () => {
    expect(emitted(new ConceptResolver(side('ms', { tulis: 'write' })), 'menulis')).toEqual([]);
  });
});
