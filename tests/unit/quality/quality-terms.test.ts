import { createProcessor } from '@mdx-js/mdx';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { checkLanguage, findTerms, mayHaveTerms } from '../../../core/quality/language';
import { proseMask } from '../../../core/quality/prose-mask';
import { LineIndex } from '../../../core/quality/positions';
import { termLanguages, termsFor } from '../../../core/quality/terms';
import { qualityDiagnostics } from './parse-lesson';

/** The terms flagged in `text` (as plain prose), each with the suggestion it was given. */
function flagged(text: string, language: string): { words: string; message: string }[] {
  return checkLanguage('lesson.mdx', text, new LineIndex(text), termsFor(language)).map((d) => ({
    words: d.message.split('"')[1] ?? '',
    message: d.message,
  }));
}
const words = (text: string, language: string) => flagged(text, language).map((f) => f.words);

describe('every term in the list', () => {
  it.each(termLanguages())(
    '%s: each phrase is flagged as a whole, with its own suggestion',
    (language) => {
      for (const entry of termsFor(language)) {
        for (const phrase of entry.match) {
          const found = flagged(`They said: ${phrase}.`, language);
          expect(
            found.map((f) => f.words),
            phrase,
          ).toEqual([phrase]);
          expect(found[0]?.message, phrase).toContain(entry.suggestion);
        }
      }
    },
  );

  it.each(termLanguages())(
    '%s: the quick look that skips a slide never skips one holding a term',
    (language) => {
      const entries = termsFor(language);
      for (const entry of entries) {
        for (const phrase of entry.match) {
          const words = phrase.split(' ');
          const variants = [
            phrase,
            phrase.toUpperCase(),
            words.map((w, i) => (i === words.length - 1 ? `**${w}**` : w)).join(' '),
            words.join('\n'),
            `_${phrase}_`,
            `__${words.join('__ __')}__`,
            `<b>${phrase}</b>`,
            `[${phrase}](https://example.org)`,
          ];
          for (const variant of variants) {
            expect(mayHaveTerms(`They said: ${variant}.`, entries), variant).toBe(true);
          }
        }
      }
      expect(mayHaveTerms('A slide about sleep, mood and friends.', entries)).toBe(false);
    },
  );

  it('never skips a text whose prose holds a term, whatever markup surrounds it', () => {
    const entries = termsFor('en');
    const parser = createProcessor();
    const pieces = fc.constantFrom(
      ...['mad', 'person', 'addict', 'crazy', 'nut', 'job', 'schizo'],
      ...['**', '*', '_', '__', '`', '~', '<b>', '</b>', '<Notes>', '</Notes>', '[', '](x)', ']'],
      ...['{1}', '{"addict"}', ' ', '  ', '\n', '\n\n', '\\', '&amp;', '&#97;', 'www.', 'http://'],
      ...['a', 'Z', '1', 'é', 'ſ', '-', "'", '# ', '> ', '- ', '<Quiz question="', '" />'],
      ...['https://', '.org', '`', '<http://x>', '![', '\t', 'mad person', 'people'],
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        let tree: Root;
        try {
          tree = parser.parse(text) as Root;
        } catch {
          return;
        }
        const lines = new LineIndex(text);
        const found = findTerms(proseMask(tree.children, text, lines), entries);
        if (found.length > 0) expect(mayHaveTerms(text, entries), text).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it.each(termLanguages())('%s: each exception is left alone', (language) => {
    for (const entry of termsFor(language)) {
      for (const phrase of entry.except ?? []) {
        expect(words(`They said: ${phrase}.`, language), phrase).toEqual([]);
      }
    }
  });
});

describe('English terms from issue 18', () => {
  it.each([
    ['He was the only drug user in the family.', 'drug user', 'person who uses drugs'],
    ['Nobody wants to be called a junky.', 'junky', 'person who uses drugs'],
    ['The junkies were moved on.', 'junkies', 'person who uses drugs'],
    ['Old headlines spoke of a crack baby.', 'crack baby', 'prenatal substance exposure'],
    ['The twins were born addicted.', 'born addicted', 'neonatal opioid withdrawal'],
    ['Housing for the mentally ill is scarce.', 'the mentally ill', 'person with a mental illness'],
    [
      'Mentally ill people are rarely violent.',
      'Mentally ill people',
      'person with a mental illness',
    ],
    ['The report counted each completed suicide.', 'completed suicide', 'died by suicide'],
    ['There is no such thing as a successful suicide.', 'successful suicide', 'died by suicide'],
    ['Staff called him a frequent flyer.', 'frequent flyer', 'comes to the service often'],
    [
      'She was noncompliant with her medication.',
      'noncompliant',
      'not following the treatment plan',
    ],
    ['He was labelled non-compliant.', 'non-compliant', 'not following the treatment plan'],
    ['The nurse wrote drug-seeking in the chart.', 'drug-seeking', 'asking for pain relief'],
    ['Do not treat her as a drug seeker.', 'drug seeker', 'asking for pain relief'],
    ['He is a substance abuser.', 'substance abuser', 'person who uses drugs'],
    ['My uncle is an alcoholic.', 'alcoholic', 'alcohol use disorder'],
    ['They called him a crackhead.', 'crackhead', 'person who uses drugs'],
    ['My cousin is a pothead.', 'pothead', 'person who uses drugs'],
    ['A tweaker was asleep on the bench.', 'tweaker', 'person who uses drugs'],
    ['Kids shouted psycho at him.', 'psycho', 'person with a mental illness'],
    ['She was called a schizo at school.', 'schizo', 'person with schizophrenia'],
    ['He is not a lunatic.', 'lunatic', 'person with a mental illness'],
    ['People said she was crazy.', 'crazy', 'person with a mental illness'],
    ['He suffers from depression.', `suffers from`, 'lives with, has, or experiences'],
    ['She is a victim of addiction.', 'victim of addiction', 'lives with, has, or experiences'],
  ])('%s', (sentence, term, suggestion) => {
    const found = flagged(sentence, 'en');
    expect(found.map((f) => f.words)).toEqual([term]);
    expect(found[0]?.message).toContain(suggestion);
  });
});

describe('Spanish terms from issue 18', () => {
  it.each([
    ['Es consumidor de drogas desde joven.', 'consumidor de drogas', 'persona que consume drogas'],
    [
      'Los usuarios de drogas inyectables tienen más riesgo.',
      'usuarios de drogas inyectables',
      'persona que se inyecta drogas',
    ],
    ['Lo llamaban vicioso.', 'vicioso', 'persona que consume'],
    ['Dicen que está trastornado.', 'trastornado', 'enfermedad mental'],
    ['No existe un suicidio exitoso.', 'suicidio exitoso', 'murió por suicidio'],
    ['Hoy puedo decir que estoy limpio.', 'estoy limpio', 'en recuperación'],
    ['Mi hermano está limpio desde hace un año.', 'está limpio desde', 'en recuperación'],
    ['Su padre era drogadicto.', 'drogadicto', 'trastorno por consumo de sustancias'],
    ['Un adicto también es una persona.', 'adicto', 'trastorno por consumo de sustancias'],
    ['En el parque había un yonqui.', 'yonqui', 'trastorno por consumo de sustancias'],
    ['No está loco.', 'loco', 'enfermedad mental'],
    [
      'Lo trataron como a un enfermo mental.',
      'enfermo mental',
      'persona con una enfermedad mental',
    ],
    ['Ella sufre de ansiedad.', 'sufre de', 'vive con, tiene'],
    ['Se dice que cometió suicidio.', 'cometió suicidio', 'murió por suicidio'],
  ])('%s', (sentence, term, suggestion) => {
    const found = flagged(sentence, 'es');
    expect(found.map((f) => f.words)).toEqual([term]);
    expect(found[0]?.message).toContain(suggestion);
  });
});

describe('ordinary text is not flagged', () => {
  it.each([
    'Clean your hands before you eat.',
    'The user interface shows one slide at a time.',
    'App users can change the text size.',
    'She was the victim of a crime, and of violence at home.',
    'Leaving the abuser took courage.',
    'The kitchen was a mess and we were crazy busy.',
    'The noise drives me crazy, and I miss her like crazy.',
    'Alcoholics Anonymous meets on Tuesdays; non-alcoholic drinks are served.',
    'Alcoholic drinks and alcoholic beverages are sold after noon.',
    'Non-alcoholic fatty liver disease is common.',
    'Addiction is marked by compulsive drug seeking and use.',
    'Use your frequent flyer miles for the trip.',
    'This is psycho-education, not therapy.',
    'Anxiety can become a vicious circle.',
    'The mentally demanding week ended.',
    'Substance use is common; drug use can be measured.',
    'Suffering after a loss is normal.',
  ])('%s', (sentence) => {
    expect(words(sentence, 'en')).toEqual([]);
  });

  it.each([
    'El consumo de agua es importante.',
    'Los derechos del consumidor protegen a los compradores.',
    'Hable del consumo de sustancias sin juzgar.',
    'La jeringa está limpia y el material limpio reduce riesgos.',
    'La cocina está limpia.',
    'Las bebidas alcohólicas se venden con receta en algunos lugares.',
    'El grupo de Alcohólicos Anónimos se reúne los martes.',
    'La ansiedad puede volverse un círculo vicioso.',
    'El estrés ha trastornado su sueño.',
    'Una dieta desequilibrada afecta el ánimo.',
    'Fue una semana de locos y el ruido me vuelve loco.',
    'No lo haría ni loco.',
    'Los síntomas psicóticos y el trastorno bipolar tienen tratamiento.',
    'Fue víctima de un delito y sufre violencia en casa.',
    'El cerebro adicto cambia con el tiempo.',
    // Issue 18: "se suicidó" is a neutral way to say it, unlike "cometió suicidio".
    'Su tío se suicidó hace diez años.',
    'Dos compañeros se suicidaron ese invierno.',
  ])('%s', (sentence) => {
    expect(words(sentence, 'es')).toEqual([]);
  });
});

describe('exceptions shield only themselves', () => {
  it('flags a term next to an idiom that contains it', () => {
    expect(words('He is crazy, and it drives me crazy.', 'en')).toEqual(['crazy']);
    expect(words('Es un loco; ni loco lo repito.', 'es')).toEqual(['loco']);
    expect(words('La casa de locos cerró.', 'es')).toEqual(['casa de locos']);
  });

  it('keeps the list whole-word: longer words are not terms', () => {
    expect(words('Crazily, the psychologist had psychosis explained.', 'en')).toEqual([]);
    expect(words('El consumidorismo y la locomotora.', 'es')).toEqual([]);
  });
});

describe('through the compiler', () => {
  it('finds a term split by emphasis or set in capitals, on a slide of its own', async () => {
    const lesson = [
      '---',
      'title: x',
      'duration: 1',
      'objectives: [a]',
      'sources: [b]',
      '---',
      '',
      'Nothing to see here.',
      '',
      '---',
      '',
      'They called him a mad **person**, and later an ADDICT.',
      '',
    ].join('\n');
    const found = (await qualityDiagnostics(lesson)).filter((d) => d.code === 'language');
    expect(found.map((d) => `${d.line}:${d.column} ${d.message.split('"')[1]}`)).toEqual([
      '12:19 mad person',
      '12:48 ADDICT',
    ]);
  });

  it('reports new terms in a lesson at their line and column, and not the exceptions', async () => {
    const lesson = [
      '---',
      'title: x',
      'duration: 1',
      'language: es',
      'objectives: [a]',
      'sources: [b]',
      '---',
      '',
      'Hablamos de un círculo vicioso, no de un vicioso.',
      '',
      '<Notes minutes={1}>Lleva tres años limpio de drogas.</Notes>',
      '',
    ].join('\n');
    const found = (await qualityDiagnostics(lesson)).filter((d) => d.code === 'language');
    expect(found.map((d) => `${d.line}:${d.column} ${d.message.split('"')[1]}`)).toEqual([
      '9:42 vicioso',
      '11:31 años limpio',
    ]);
  });
});
