import type { ReactNode } from 'react';
import type { InlineRun, PaperForm, PaperPart, PrintBlock } from '../../../contract/print';

/** Renders the stage's print blocks as plain, trusted markup: text stays text. */
function Runs({ runs }: { runs: InlineRun[] }): ReactNode {
  return runs.map((run, i) => {
    // A line break is `\n` in a run (contract/print.ts): a <br> on the slide, a diagram part's detail.
    let node: ReactNode = run.text
      .split('\n')
      .flatMap((line, j) => (j === 0 ? [line] : [<br key={j} />, line]));
    if (run.marks.includes('code')) node = <code>{node}</code>;
    if (run.marks.includes('em')) node = <em>{node}</em>;
    if (run.marks.includes('strong')) node = <strong>{node}</strong>;
    return <span key={i}>{node}</span>;
  });
}

export function runsText(runs: InlineRun[]): string {
  return runs.map((r) => r.text).join('');
}

function Part({ part }: { part: PaperPart }): ReactNode {
  switch (part.kind) {
    case 'text':
      return <p className="paper-text">{part.text}</p>;
    case 'choices':
      return (
        <ul className="paper-choices">
          {part.options.map((option) => (
            <li key={option}>
              <span className={part.multiple ? 'paper-box' : 'paper-circle'} aria-hidden="true" />
              {option}
            </li>
          ))}
        </ul>
      );
    case 'lines':
      return (
        <div className="paper-lines-part">
          {part.label ? <p className="paper-text">{part.label}</p> : null}
          {Array.from({ length: part.count }, (_, i) => (
            <div key={i} className="paper-line" />
          ))}
        </div>
      );
    case 'grid':
      return (
        <table className="paper-grid">
          <thead>
            <tr>
              <th />
              {part.columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {part.rows.map((row) => (
              <tr key={row}>
                <th>{row}</th>
                {part.columns.map((c) => (
                  <td key={c} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'steps':
      return (
        <ol className="paper-steps">
          {part.steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      );
    case 'scale':
      return (
        <div className="paper-scale">
          {part.low ? <span className="paper-scale-end">{part.low}</span> : null}
          {part.points.map((point) => (
            <span key={point} className="paper-scale-point">
              {point}
            </span>
          ))}
          {part.high ? <span className="paper-scale-end">{part.high}</span> : null}
        </div>
      );
  }
}

export function PaperFormView({ form, facilitator }: { form: PaperForm; facilitator: boolean }) {
  return (
    <div className="paper-form">
      <p className="paper-title">{form.title}</p>
      {form.parts.map((part, i) => (
        <Part key={i} part={part} />
      ))}
      {facilitator && form.facilitator.length > 0 ? (
        <ul className="paper-facilitator">
          {form.facilitator.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function SlideBlocks({
  blocks,
  facilitator = false,
}: {
  blocks: PrintBlock[];
  facilitator?: boolean;
}): ReactNode {
  return blocks.map((block, i) => <Block key={i} block={block} facilitator={facilitator} />);
}

function Block({ block, facilitator }: { block: PrintBlock; facilitator: boolean }): ReactNode {
  switch (block.type) {
    case 'heading': {
      const Tag = `h${block.level + 1}` as 'h2' | 'h3' | 'h4';
      return (
        <Tag className="print-heading">
          <Runs runs={block.runs} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p>
          <Runs runs={block.runs} />
        </p>
      );
    case 'list': {
      const Tag = block.ordered ? 'ol' : 'ul';
      return (
        <Tag>
          {block.items.map((item, i) => (
            <li key={i}>
              <SlideBlocks blocks={item} facilitator={facilitator} />
            </li>
          ))}
        </Tag>
      );
    }
    case 'quote':
      return (
        <blockquote>
          <SlideBlocks blocks={block.blocks} facilitator={facilitator} />
        </blockquote>
      );
    case 'callout':
      return (
        <div className={`print-callout print-callout-${block.kind}`}>
          {block.title ? <p className="print-callout-title">{block.title}</p> : null}
          <SlideBlocks blocks={block.blocks} facilitator={facilitator} />
        </div>
      );
    case 'content-note':
      return (
        <div className="print-callout print-content-note">
          <SlideBlocks blocks={block.blocks} facilitator={facilitator} />
        </div>
      );
    case 'image':
      return <img className="print-image" src={block.src} alt={block.alt} />;
    case 'table':
      return (
        <table className="print-table">
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) =>
                  block.header && r === 0 ? (
                    <th key={c}>
                      <Runs runs={cell} />
                    </th>
                  ) : (
                    <td key={c}>
                      <Runs runs={cell} />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'code':
      return <pre>{block.text}</pre>;
    case 'rule':
      return <hr />;
    case 'paper':
      return <PaperFormView form={block.form} facilitator={facilitator} />;
    case 'problem':
      return <p className="print-problem">⚠ {block.text}</p>;
  }
}
