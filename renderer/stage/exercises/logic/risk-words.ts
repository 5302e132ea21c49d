import { foldText, phrasePattern } from './words';

/**
 * Words that may mean a person is thinking about suicide or hurting
 * themselves: the one list, in every language the exercises speak. Both
 * lists are matched whatever the lesson's language, since people write in
 * the language they think in. Written folded (see `foldText`: no accents,
 * no apostrophes); `*` matches any ending. A match only shows a support
 * message beside the field: the text is never sent, kept or logged, so a
 * false alarm costs a kind word and a missed one costs much more.
 */
export const RISK_PHRASES = {
  en: [
    'suicid*',
    'want to die',
    'wanna die',
    'want to be dead',
    'wish i was dead',
    'wish i were dead',
    'kill myself',
    'killing myself',
    'end my life',
    'ending my life',
    'end it all',
    'take my own life',
    'take my life',
    'hurt myself',
    'hurting myself',
    'harm myself',
    'harming myself',
    'self harm*',
    'cut myself',
    'cutting myself',
    'no reason to live',
    'nothing to live for',
    'not worth living',
    'better off dead',
    'better off without me',
    'cant go on',
    'cannot go on',
    'can not go on',
    'dont want to live',
    'do not want to live',
    'dont want to be alive',
    'dont want to be here anymore',
  ],
  es: [
    'suicid*',
    'quiero morir*',
    'me quiero morir',
    'quisiera morir*',
    'deseo morir*',
    'matarme',
    'me voy a matar',
    'quitarme la vida',
    'acabar con mi vida',
    'terminar con mi vida',
    'hacerme dano',
    'lastimarme',
    'autolesion*',
    'cortarme',
    'no quiero vivir',
    'no quiero seguir viviendo',
    'no vale la pena vivir',
    'no tengo razones para vivir',
    'no tengo ninguna razon para vivir',
    'ninguna razon para vivir',
    'no tengo por que vivir',
    'mejor muerto',
    'mejor muerta',
    'mejor muerte',
    'no puedo seguir',
    'ya no puedo mas',
    'quiero desaparecer',
  ],
} as const;

/**
 * Names of services people write down in their plan's contacts ("988
 * Suicide & Crisis Lifeline"): taken out before matching there, so writing
 * down where help is does not read as a cry for it. Each holds the word
 * "suicide", the only risk word such a name holds. Anywhere else ("I called
 * the suicide hotline last night") the words still count.
 */
const HELP_SERVICES = [
  'suicide and crisis',
  'suicide & crisis',
  'suicide crisis',
  'suicide prevention',
  'suicide hotline',
  'suicide helpline',
  'suicide line',
  'suicide lifeline',
  'prevencion del suicidio',
  'prevencion de suicidio',
];

const RISK = phrasePattern([...RISK_PHRASES.en, ...RISK_PHRASES.es]);
const SERVICES = phrasePattern(HELP_SERVICES, 'gu');

/**
 * Whether the text holds any of the risk phrases, in any case, with or
 * without accents. `contacts`: the text is a list of people and services
 * to call, whose names of help lines do not count.
 */
export function mentionsRisk(text: string, { contacts = false } = {}): boolean {
  if (text.trim() === '') return false;
  const folded = foldText(text);
  return RISK.test(contacts ? folded.replace(SERVICES, ' ') : folded);
}
