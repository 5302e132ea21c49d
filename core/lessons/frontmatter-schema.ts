import { z } from 'zod';
import { isLanguageTag } from '../../contract/i18n/languages';

const text = z.string().trim().min(1, 'must not be empty');
const textList = z.array(text);

/**
 * Each frontmatter field with its schema and what happens when it is wrong.
 * Required fields (`title`, `duration`) are errors: a lesson without a name
 * or a length cannot be planned into a session. Optional fields with a wrong
 * value are warnings: the field is ignored (its default is used) and the
 * lesson still presents.
 */
export const FRONTMATTER_FIELDS = {
  title: { schema: text, required: true, hint: 'a short name, e.g. title: Words matter' },
  duration: {
    schema: z.number().positive('must be more than 0').max(600, 'must be at most 600 minutes'),
    required: true,
    hint: 'the length in minutes, a number, e.g. duration: 45',
  },
  topic: { schema: text, required: false, hint: 'a word or two, e.g. topic: Stigma' },
  summary: { schema: text, required: false, hint: 'one or two sentences' },
  objectives: {
    schema: textList,
    required: false,
    hint: 'a list, one objective per line starting with "- "',
  },
  audience: { schema: text, required: false, hint: 'who the lesson is for' },
  language: {
    schema: z.string().refine(isLanguageTag, 'is not a language tag'),
    required: false,
    hint: 'a language tag such as en, es or fr-CA',
  },
  contentNote: { schema: text, required: false, hint: 'a sentence naming difficult material' },
  selfStudy: {
    schema: z.boolean(),
    required: false,
    hint: 'true or false: true offers the lesson on a clinic kiosk, for people working through it alone',
  },
  startHere: {
    schema: z.boolean(),
    required: false,
    hint: 'true or false: true makes this self-study lesson the kiosk\'s "Start here"',
  },
  order: {
    schema: z.number().int('must be a whole number').min(1, 'must be 1 or more').max(9999),
    required: false,
    hint: 'a whole number placing the lesson on the library shelf (in its series), e.g. order: 2',
  },
  series: {
    schema: text,
    required: false,
    hint: 'the name of the series the lesson belongs to, e.g. series: Recovery basics',
  },
  facilitatorsOnly: {
    schema: z.boolean(),
    required: false,
    hint: "true or false: true keeps the lesson in the library's section for facilitators, apart from participants' lessons",
  },
  sources: {
    schema: textList,
    required: false,
    hint: 'a list, one source per line starting with "- "',
  },
} as const;

export type FrontmatterField = keyof typeof FRONTMATTER_FIELDS;
export const FIELD_NAMES = Object.keys(FRONTMATTER_FIELDS) as FrontmatterField[];
