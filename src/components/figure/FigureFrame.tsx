/**
 * The frame every figure sits in: an id a link can point at, the caption, a note when the page
 * address asked for settings that were adjusted, and buttons that copy a link to the figure, or the
 * code to embed it elsewhere, exactly as it is now. On an embed page (the <html> has data-embed) the
 * address's `controls=fixed` or `controls=hidden` freezes the figure in its preset, and the frame
 * links back to the lesson instead.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { embedControlsFrom, figureLink, swapPageKind, type EmbedControls } from '../../state/address';
import type { FigureSpec } from '../../state/figure-spec';
import type { FigureState } from '../../state/use-figure-state';

export interface FigureFrameProps<S extends FigureSpec> {
  /** The figure's id: its anchor and its prefix in the page address. */
  id: string;
  state: FigureState<S>;
  caption?: string | undefined;
  class?: string;
  children: ComponentChildren;
}

type CopyStatus = 'idle' | 'copied' | 'manual';
type Copied = 'link' | 'embed';

/** The HTML an instructor pastes into a course page to show this figure. */
export function embedCode(src: string, title: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(src)}" title="${escape(title)}" width="100%" height="760" style="border: 0" loading="lazy"></iframe>`;
}

export function FigureFrame<S extends FigureSpec>({ id, state, caption, class: className, children }: FigureFrameProps<S>) {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const [copied, setCopied] = useState<Copied>('link');
  const [text, setText] = useState('');
  const [embed, setEmbed] = useState<EmbedControls | null>(null);
  const figure = useRef<HTMLElement>(null);
  const adjustments = state.adjustments.value;

  useLayoutEffect(() => {
    if (document.documentElement.hasAttribute('data-embed')) setEmbed(embedControlsFrom(location.search));
  }, []);

  useLayoutEffect(() => {
    // A preset fixed by the embedding page: nothing in the figure takes input, keyboard or pointer.
    const body = figure.current?.querySelector('.figure-body');
    if (body) body.toggleAttribute('inert', embed === 'fixed' || embed === 'hidden');
  }, [embed]);

  const copy = async (what: Copied) => {
    const href = figureLink(location.href, id, state.entries());
    const value = what === 'link' ? href : embedCode(swapPageKind(href, 'embed'), `${document.title.replace(/ · Downhill$/, '')}: figure from Downhill`);
    setCopied(what);
    setText(value);
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      // No clipboard (an insecure page, a refusing browser): show the text to copy by hand.
      setStatus('manual');
    }
  };

  const lessonLink = embed ? swapPageKind(figureLink(location.href, id, state.entries()), 'lessons') : '';

  return (
    <figure
      ref={figure}
      class={`figure-wide${className ? ` ${className}` : ''}${embed === 'hidden' ? ' controls-hidden' : ''}${embed === 'fixed' ? ' controls-fixed' : ''}`}
      id={id}
      data-figure={id}
    >
      {children}
      <figcaption>
        {adjustments.length > 0 ? (
          <div class="note" role="status" data-testid="address-note">
            <p>Some settings in this page’s address could not be used as they were:</p>
            <ul>
              {adjustments.slice(0, 6).map((a) => (
                <li key={a.key + a.message}>{a.message}</li>
              ))}
            </ul>
            {adjustments.length > 6 ? <p>…and {adjustments.length - 6} more.</p> : null}
          </div>
        ) : null}
        {caption ? <p class="caption-text">{caption}</p> : null}
        {embed ? (
          <div class="figure-tools">
            {embed === 'open' ? null : <p class="figure-tools-status" data-testid="embed-fixed">These settings are fixed by the page this figure is shown on.</p>}
            <a class="btn btn-quiet" href={lessonLink} target="_blank" rel="noopener">
              Open this figure in its lesson <span aria-hidden="true">↗</span>
              <span class="visually-hidden">(opens a new tab)</span>
            </a>
          </div>
        ) : (
          <div class="figure-tools">
            <button type="button" class="btn btn-quiet" onClick={() => copy('link')}>
              Copy link to this figure as it is now
            </button>
            <button type="button" class="btn btn-quiet" onClick={() => copy('embed')}>
              Copy code to embed it
            </button>
            <span aria-live="polite" class="figure-tools-status">
              {status === 'copied' ? (copied === 'link' ? 'Link copied.' : 'Embed code copied: paste it into your course page.') : null}
            </span>
            {status === 'manual' ? (
              <input
                class="figure-link"
                type="text"
                readOnly
                value={text}
                aria-label={copied === 'link' ? 'Link to this figure' : 'Code to embed this figure'}
                onFocus={(e) => e.currentTarget.select()}
              />
            ) : null}
          </div>
        )}
      </figcaption>
    </figure>
  );
}
