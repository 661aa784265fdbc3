import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderOnChange, sameButHandlers } from '../../../src/components/controls/render-on-change';
import { Slider } from '../../../src/components/controls/Slider';

const { document, Event } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
const root = document.getElementById('root') as unknown as HTMLElement;
const global = globalThis as { document?: unknown };
const before = global.document;
// Preact makes elements with the global document.
beforeAll(() => void (global.document = document));
afterAll(() => void (global.document = before));

describe('sameButHandlers', () => {
  const f = () => 1;
  const g = () => 2;
  it('ignores which function a handler is, but not whether it is there', () => {
    expect(sameButHandlers({ a: 1, on: f }, { a: 1, on: g })).toBe(true);
    expect(sameButHandlers({ a: 1, on: f }, { a: 1 })).toBe(false);
    expect(sameButHandlers({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  });
  it('compares other values by identity', () => {
    expect(sameButHandlers({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameButHandlers({ a: 'x', b: null }, { a: 'x', b: null })).toBe(true);
    expect(sameButHandlers({ data: [1] }, { data: [1] })).toBe(false);
  });
});

describe('renderOnChange', () => {
  it('skips a render with equal props, and a skipped render still calls the newest handler', () => {
    let renders = 0;
    const picked: string[] = [];
    const View = (props: { label: string; value: number; onPick(value: number): void }) => {
      renders += 1;
      return h('button', { type: 'button', onClick: () => props.onPick(props.value) }, props.label);
    };
    const Held = renderOnChange(View);
    render(h(Held, { label: 'Pick', value: 1, onPick: (v: number) => picked.push(`first ${v}`) }), root);
    render(h(Held, { label: 'Pick', value: 1, onPick: (v: number) => picked.push(`second ${v}`) }), root);
    expect(renders).toBe(1);
    root.querySelector('button')!.dispatchEvent(new Event('click'));
    expect(picked).toEqual(['second 1']);
    render(h(Held, { label: 'Pick', value: 2, onPick: (v: number) => picked.push(`third ${v}`) }), root);
    expect(renders).toBe(2);
    root.querySelector('button')!.dispatchEvent(new Event('click'));
    expect(picked).toEqual(['second 1', 'third 2']);
    render(null, root);
  });

  it('renders a slider again when its formatter shows the same value differently', () => {
    const slider = (format: (v: number) => string, onInput: (v: number) => void = () => {}) =>
      render(h(Slider, { id: 's', label: 'Rate', value: 0.5, min: 0, max: 1, step: 0.1, format, onInput }), root);
    slider((v) => `${v} per step`);
    expect(root.querySelector('output')!.textContent).toBe('0.5 per step');
    slider((v) => `${v} per step`);
    slider((v) => `${v * 100}%`);
    expect(root.querySelector('output')!.textContent).toBe('50%');
    const moved: number[] = [];
    slider((v) => `${v * 100}%`, (v) => moved.push(v));
    const input = root.querySelector('input')!;
    input.value = '0.7';
    input.dispatchEvent(new Event('input'));
    expect(moved).toEqual([0.7]);
    render(null, root);
  });
});
