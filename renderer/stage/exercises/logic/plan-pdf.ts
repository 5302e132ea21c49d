import { jsPDF } from 'jspdf';
import { longDate } from '../strings/languages';
import { planLines, type PlanExport } from './plan-text';

// jsPDF is large; this module is loaded only when someone saves a PDF.
export { planLines, planText, type PlanExport } from './plan-text';

const LARGEST_PT = 13;
/** Below this a printed plan is hard to read in a bad moment: add a page instead. */
const SMALLEST_PT = 9;

/**
 * A one-page A4 PDF meant to be printed and kept somewhere handy. Text that
 * would run past one page is made smaller, down to a readable size; a very
 * long plan then runs onto a second page rather than being cut.
 */
export function planPdf(plan: PlanExport): Uint8Array {
  for (let size = LARGEST_PT; size >= SMALLEST_PT; size--) {
    const doc = layout(plan, size);
    if (doc.getNumberOfPages() === 1 || size === SMALLEST_PT) {
      return new Uint8Array(doc.output('arraybuffer'));
    }
  }
  throw new Error('unreachable');
}

function layout({ sections, entries, date, language, words }: PlanExport, size: number): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  doc.setProperties({ title: words.title, creator: 'Groundwork' });
  // Tells screen readers which language the PDF is in; jsPDF ignores a tag it does not know.
  if (language) doc.setLanguage(language as Parameters<jsPDF['setLanguage']>[0]);
  const margin = 18;
  const width = doc.internal.pageSize.getWidth() - margin * 2;
  const bottom = doc.internal.pageSize.getHeight() - margin;
  const lineHeight = size * 0.45;
  let y = margin + 4;

  const write = (text: string, fontSize: number, style: 'normal' | 'bold', indent = 0) => {
    doc.setFont('helvetica', style);
    doc.setFontSize(fontSize);
    for (const line of doc.splitTextToSize(text, width - indent) as string[]) {
      if (y > bottom) {
        doc.addPage();
        y = margin;
      }
      doc.text(line, margin + indent, y);
      y += fontSize * 0.45;
    }
  };

  write(words.title, size + 7, 'bold');
  write(words.madeOn(longDate(date, language)), size - 1, 'normal');
  y += lineHeight * 0.6;
  for (const id of sections) {
    write(words.sections[id].title, size + 2, 'bold');
    const lines = planLines(entries[id]);
    if (lines.length === 0) write(words.blank, size, 'normal', 4);
    for (const line of lines) write(`•  ${line}`, size, 'normal', 4);
    y += lineHeight * 0.6;
  }
  return doc;
}
