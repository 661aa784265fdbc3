/**
 * The frame every figure sits in: an id a link can point at, the caption, a note when the page
 * address asked for settings that were adjusted, and a button that copies a link to the figure
 * exactly as it is now.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { figureLink } from '../../state/address';
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

export function FigureFrame<S extends FigureSpec>({ id, state, caption, class: className, children }: FigureFrameProps<S>) {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const [link, setLink] = useState('');
  const adjustments = state.adjustments.value;

  const copy = async () => {
    const href = figureLink(location.href, id, state.entries());
    setLink(href);
    try {
      await navigator.clipboard.writeText(href);
      setStatus('copied');
    } catch {
      // No clipboard (an insecure page, a refusing browser): show the link to copy by hand.
      setStatus('manual');
    }
  };

  return (
    <figure class={`figure-wide${className ? ` ${className}` : ''}`} id={id} data-figure={id}>
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
        <div class="figure-tools">
          <button type="button" class="btn btn-quiet" onClick={copy}>
            Copy link to this figure as it is now
          </button>
          <span aria-live="polite" class="figure-tools-status">
            {status === 'copied' ? 'Link copied.' : ''}
          </span>
          {status === 'manual' ? (
            <input class="figure-link" type="text" readOnly value={link} aria-label="Link to this figure" onFocus={(e) => e.currentTarget.select()} />
          ) : null}
        </div>
      </figcaption>
    </figure>
  );
}
