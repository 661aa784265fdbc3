import { describe, expect, it } from 'vitest';
import { embedControlsFrom, figureEntriesFrom, figureLink, swapPageKind } from '../../../src/state/address';

describe('figureEntriesFrom', () => {
  it('returns only the pairs addressed to the figure, without the prefix, in order', () => {
    expect(figureEntriesFrom('?line-fit.w=1.5&other.w=9&line-fit.noise=0&w=3', 'line-fit')).toEqual([
      ['w', '1.5'],
      ['noise', '0'],
    ]);
  });

  it('decodes percent-escapes and plus signs as a browser does', () => {
    expect(figureEntriesFrom('?f.a=%3Cscript%3E&f.b=1+2', 'f')).toEqual([
      ['a', '<script>'],
      ['b', '1 2'],
    ]);
  });

  it('gives nothing for an empty, malformed or absurdly long address rather than throwing', () => {
    expect(figureEntriesFrom('', 'f')).toEqual([]);
    expect(figureEntriesFrom('?%E0%A4%A=1&f', 'f')).toEqual([]);
    const long = `?f.a=1&f.b=${'9'.repeat(10_000)}&f.c=3`;
    expect(figureEntriesFrom(long, 'f').map(([k]) => k)).toEqual(['a', 'b']);
  });
});

describe('figureLink', () => {
  it('replaces this figure’s settings, keeps other figures’ and points at the figure', () => {
    const href = 'https://example.org/downhill/lessons/01/?line-fit.w=9&other.x=1#residuals';
    const link = new URL(figureLink(href, 'line-fit', [['w', '1.5'], ['b', '-2']]));
    expect(link.pathname).toBe('/downhill/lessons/01/');
    expect(link.searchParams.getAll('line-fit.w')).toEqual(['1.5']);
    expect(link.searchParams.get('line-fit.b')).toBe('-2');
    expect(link.searchParams.get('other.x')).toBe('1');
    expect(link.hash).toBe('#line-fit');
  });

  it('round-trips through figureEntriesFrom', () => {
    const entries: Array<[string, string]> = [['n', '20'], ['show', '0'], ['loss', 'half-mean']];
    const link = new URL(figureLink('http://127.0.0.1/x/', 'fig', entries));
    expect(figureEntriesFrom(link.search, 'fig')).toEqual(entries);
  });
});

describe('embedControlsFrom', () => {
  it('reads fixed and hidden, and treats anything else as open', () => {
    expect(embedControlsFrom('?controls=fixed&line-fit.w=2')).toBe('fixed');
    expect(embedControlsFrom('?controls=hidden')).toBe('hidden');
    for (const search of ['', '?controls=', '?controls=FIXED', '?controls=<script>', '?controls=%E0%A4%A', `?controls=${'x'.repeat(10000)}`]) {
      expect(embedControlsFrom(search)).toBe('open');
    }
  });
});

describe('swapPageKind', () => {
  it('turns a lesson figure link into its embed page and back, keeping settings and anchor', () => {
    const lesson = 'https://example.org/downhill/lessons/01-a-line/?line-fit.w=2#line-fit';
    const embed = swapPageKind(lesson, 'embed');
    expect(embed).toBe('https://example.org/downhill/embed/01-a-line/?line-fit.w=2#line-fit');
    expect(swapPageKind(`${embed.replace('#', '&controls=fixed#')}`, 'lessons')).toBe(lesson);
  });

  it('leaves other pages alone, and swaps only the last segment', () => {
    expect(swapPageKind('https://example.org/instructors/', 'embed')).toBe('https://example.org/instructors/');
    expect(swapPageKind('https://example.org/lessons/lessons/x/', 'embed')).toBe('https://example.org/lessons/embed/x/');
  });
});
