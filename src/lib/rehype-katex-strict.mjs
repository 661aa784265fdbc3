// rehype-katex only warns on a bad formula and renders it in red; a textbook must not ship one.
// This wrapper runs it, then turns any KaTeX message into a build error that names the file and line.
import rehypeKatex from 'rehype-katex';

/** @returns {(tree: any, file: any) => void} */
export function rehypeKatexStrict() {
  const render = rehypeKatex({ strict: 'error' });
  return (tree, file) => {
    const before = file.messages.length;
    render(tree, file);
    const problems = file.messages.slice(before).filter((m) => m.source === 'rehype-katex');
    if (problems.length > 0) {
      const lines = problems.map((m) => {
        const where = m.place && 'line' in m.place ? `:${m.place.line}` : m.place?.start ? `:${m.place.start.line}` : '';
        return `${file.path ?? 'unknown file'}${where}: ${m.cause?.message ?? m.reason}`;
      });
      throw new Error(`KaTeX could not render ${problems.length} formula(s):\n${lines.join('\n')}`);
    }
  };
}
