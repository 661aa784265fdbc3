/**
 * The inside of "Your data in, code out" (DataPanel.tsx loads it when the panel first opens): paste
 * or upload a CSV to run the figure on it, go back to the lesson's data in one click, download the
 * data the figure uses now, and copy a NumPy script that repeats the experiment. A bad file changes
 * nothing: the panel lists each problem with its line and the figure keeps the data it had.
 */
import { useId, useState } from 'preact/hooks';
import { parseDataCsv, dataToCsv, type CsvProblem } from '../../engine/csv';
import type { DataPanelProps } from './DataPanel';

/** Largest file read, in bytes: far above any data set the limits allow, far below a browser's pain. */
const MAX_FILE_BYTES = 2_000_000;

type Copy = 'idle' | 'copied' | 'manual';

export function DataPanelBody({ kind, maxRows, data, custom, onUse, onRestore, script, fileName }: DataPanelProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<CsvProblem[]>([]);
  const [status, setStatus] = useState('');
  const [copy, setCopy] = useState<Copy>('idle');
  const [scriptText, setScriptText] = useState('');
  const columns = kind === 'classification' ? 'x,label (0 or 1)' : 'x,y';

  const use = (source: string, from: string) => {
    const result = parseDataCsv(source, { kind, maxRows });
    if (!result.ok) {
      setProblems(result.problems);
      setStatus(`Nothing changed: ${from} has ${result.problems.length === 1 ? 'a problem' : 'problems'}; the figure keeps its data.`);
      return;
    }
    setProblems([]);
    setStatus(`The figure now uses your ${result.rows} rows${result.header ? ' (the first line was read as column names)' : ''}.`);
    onUse(result.data);
  };

  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setProblems([]);
      setStatus(`Nothing changed: ${file.name} is ${(file.size / 1e6).toFixed(1)} MB; files up to ${MAX_FILE_BYTES / 1e6} MB are read.`);
      return;
    }
    const content = await file.text();
    setText(content.length <= 20_000 ? content : `${content.slice(0, 20_000)}\n…`);
    use(content, file.name);
  };

  const download = () => {
    const blob = new Blob([dataToCsv(data, ['x', kind === 'classification' ? 'label' : 'y'])], { type: 'text/csv' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${fileName}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const copyScript = async () => {
    const code = await script();
    setScriptText(code);
    try {
      await navigator.clipboard.writeText(code);
      setCopy('copied');
    } catch {
      setCopy('manual');
    }
  };

  return (
    <div class="data-panel-body">
        <p class="data-panel-help" id={`${id}-help`}>
          Paste two columns, <code>{columns}</code>, one row per line (a header line is fine), or upload a CSV file. Up to{' '}
          {maxRows} rows. Links to this figure carry its settings, not your data.
        </p>
        <label class="data-panel-label" for={`${id}-csv`}>
          CSV data
        </label>
        <textarea
          id={`${id}-csv`}
          class="data-panel-text"
          rows={5}
          spellcheck={false}
          aria-describedby={`${id}-help`}
          placeholder={kind === 'classification' ? 'x,label\n-1.2,0\n0.8,1' : 'x,y\n1.0,2.9\n2.0,5.1'}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <div class="button-row">
          <button type="button" class="btn btn-primary" onClick={() => use(text, 'the pasted text')} disabled={text.trim() === ''}>
            Use this data
          </button>
          <label class="btn data-panel-file">
            Upload a CSV file…
            <input type="file" accept=".csv,.txt,text/csv,text/plain" class="visually-hidden" onChange={(e) => void upload(e.currentTarget)} />
          </label>
          {custom ? (
            <button
              type="button"
              class="btn"
              onClick={() => {
                onRestore();
                setProblems([]);
                setStatus('Back on the lesson’s data.');
              }}
            >
              Back to the lesson’s data
            </button>
          ) : null}
        </div>
        <div role="status" aria-live="polite" class="data-panel-status" data-testid="data-status">
          {status}
        </div>
        {problems.length > 0 ? (
          <ul class="data-panel-problems" data-testid="data-problems">
            {problems.map((p) => (
              <li key={`${p.line}-${p.message}`}>
                Line {p.line}: {p.message}
              </li>
            ))}
          </ul>
        ) : null}
        <div class="button-row">
          <button type="button" class="btn" onClick={download}>
            Download the data (CSV)
          </button>
          <button type="button" class="btn" onClick={() => void copyScript()}>
            Copy a NumPy script of this experiment
          </button>
          <span aria-live="polite" class="figure-tools-status">
            {copy === 'copied' ? 'Script copied: run it with python3.' : ''}
          </span>
        </div>
        {copy === 'manual' ? (
          <textarea class="data-panel-text" rows={8} readOnly aria-label="NumPy script" value={scriptText} onFocus={(e) => e.currentTarget.select()} />
        ) : null}
    </div>
  );
}
