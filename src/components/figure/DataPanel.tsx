/**
 * "Your data in, code out" under a data-driven figure. Few readers open it, so the tools inside
 * (CSV parsing, upload, download, the NumPy script) are a separate script fetched when the panel
 * first opens, or when the pointer or focus reaches its summary, which usually wins the race.
 */
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { XY } from '../../engine/datasets';

export interface DataPanelProps {
  /** 'classification' wants x and a 0/1 label. */
  kind: 'regression' | 'classification';
  /** Most rows the figure takes (stated to the reader). */
  maxRows: number;
  /** The data the figure shows now. */
  data: { readonly x: ArrayLike<number>; readonly y: ArrayLike<number> };
  /** Whether the figure is on the reader's data. */
  custom: boolean;
  onUse(data: XY): void;
  onRestore(): void;
  /**
   * The NumPy script of the experiment as it is now. Islands load the script writer only when a
   * reader asks for it (a dynamic import), so it costs no bytes on a page nobody exports from.
   */
  script(): string | Promise<string>;
  /** Download name without extension, e.g. "downhill-line-fit". */
  fileName: string;
}

type Loading = { state: 'idle' | 'loading' | 'failed' } | { state: 'ready'; Body: ComponentType<DataPanelProps> };

export function DataPanel(props: DataPanelProps) {
  const [loading, setLoading] = useState<Loading>({ state: 'idle' });
  const load = () => {
    if (loading.state === 'loading' || loading.state === 'ready') return;
    setLoading({ state: 'loading' });
    import('./DataPanelBody').then(
      (module) => setLoading({ state: 'ready', Body: module.DataPanelBody }),
      () => setLoading({ state: 'failed' }),
    );
  };
  return (
    <details class="data-panel" onToggle={(event) => event.currentTarget.open && load()}>
      <summary onPointerEnter={load} onFocus={load}>
        Your data in, code out
      </summary>
      {loading.state === 'ready' ? (
        <loading.Body {...props} />
      ) : (
        <div class="data-panel-body">
          <p class="data-panel-help" role="status">
            {loading.state === 'failed'
              ? 'The data tools could not be loaded. Check the connection and reload the page; the figure works without them.'
              : 'Paste or upload your own data, download the data this figure uses, or copy a NumPy script of the experiment.'}
          </p>
        </div>
      )}
    </details>
  );
}
