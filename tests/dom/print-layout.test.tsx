// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { paperForLocale, printBlocksSchema } from '../../contract/print';
import { paginate } from '../../renderer/shell/print/paginate';
import { readSlide } from '../../renderer/stage/print/read-slide';

describe('paginate', () => {
  it('fills pages in order and starts a page when a block does not fit', () => {
    const pages = paginate([{ height: 40 }, { height: 40 }, { height: 40 }], 100);
    expect(pages.map((p) => p.map((b) => b.index))).toEqual([[0, 1], [2]]);
  });

  it('honours a block that asks for a new page', () => {
    const pages = paginate([{ height: 10 }, { height: 10, newPage: true }], 100);
    expect(pages).toHaveLength(2);
  });

  it('scales a block taller than a page to fit instead of cutting it', () => {
    const pages = paginate([{ height: 10 }, { height: 250 }], 100);
    expect(pages[1]).toEqual([{ index: 1, scale: 0.4 }]);
  });

  it('counts the gap between blocks', () => {
    expect(paginate([{ height: 50 }, { height: 50 }], 100, 5)).toHaveLength(2);
  });
});

describe('paperForLocale', () => {
  it('uses Letter in North America and A4 elsewhere', () => {
    expect(paperForLocale('en-US')).toBe('letter');
    expect(paperForLocale('es_MX.UTF-8')).toBe('letter');
    expect(paperForLocale('en-GB')).toBe('a4');
    expect(paperForLocale('es')).toBe('a4');
    expect(paperForLocale(undefined)).toBe('a4');
  });
});

function section(html: string): Element {
  const el = document.createElement('section');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

describe('readSlide', () => {
  it('reads headings, text with emphasis and lists, and skips controls', () => {
    const slide = readSlide(
      section(
        '<h1>Title</h1><p>Plain <strong>bold</strong> text</p><ul><li>One</li><li>Two</li></ul><button>Next</button>',
      ),
      0,
    );
    expect(slide.error).toBeNull();
    expect(slide.blocks[0]).toEqual({
      type: 'heading',
      level: 1,
      runs: [{ text: 'Title', marks: [] }],
    });
    expect(slide.blocks[1]).toEqual({
      type: 'paragraph',
      runs: [
        { text: 'Plain ', marks: [] },
        { text: 'bold', marks: ['strong'] },
        { text: ' text', marks: [] },
      ],
    });
    expect(slide.blocks[2]?.type).toBe('list');
    expect(JSON.stringify(slide)).not.toContain('Next');
    expect(printBlocksSchema.safeParse(slide.blocks).success).toBe(true);
  });

  it('reports a slide that threw', () => {
    const slide = readSlide(section('<div data-gw-slide-error="boom">x</div>'), 3);
    expect(slide).toEqual({ index: 3, blocks: [], error: 'boom' });
  });

  it('prints an image only from an inlined data: URL', () => {
    const slide = readSlide(
      section(
        '<img src="https://example.org/a.png" alt="A lake"><img src="data:image/png;base64,AAAA" alt="">',
      ),
      0,
    );
    expect(slide.blocks[0]).toEqual({ type: 'problem', text: 'Image not printed: A lake' });
    expect(slide.blocks[1]).toEqual({ type: 'image', src: 'data:image/png;base64,AAAA', alt: '' });
  });

  it('turns a forged paper form into a problem, never unchecked data', () => {
    const slide = readSlide(section('<div data-gw-paper="{&quot;title&quot;:1}"></div>'), 0);
    expect(slide.blocks[0]?.type).toBe('problem');
  });

  it('stops at the depth limit but keeps the text', () => {
    const deep = '<div>'.repeat(30) + 'deep words' + '</div>'.repeat(30);
    const slide = readSlide(section(deep), 0);
    expect(JSON.stringify(slide)).toContain('deep words');
    expect(printBlocksSchema.safeParse(slide.blocks).success).toBe(true);
  });
});
