import { ANSWER_WORDS } from '../../../../contract/exercise-words';

/** "9 from phones", or "all from phones" when every answer did. */
function fromPhones(count: number, phones: number): string {
  if (phones === count) return count === 1 ? 'from a phone' : 'all from phones';
  return phones === 1 ? '1 from a phone' : `${phones} from phones`;
}

/**
 * Every fixed word the exercises show or say, in English. This table is the
 * reference: `Strings` is its type, so another language that leaves out a
 * key (or adds one) fails the typecheck. Sentences that hold a number or a
 * name are functions, because word order and plurals differ by language.
 * An exercise's prop errors are not here: they are for lesson authors, in
 * English. The box in place of a broken slide is (`slideError`): the room
 * sees it too.
 */
export const en = {
  /** What a screen reader hears for each slide. */
  slide: {
    label: (n: number, total: number, title: string | null) =>
      `Slide ${n} of ${total}${title ? `: ${title}` : ''}`,
  },
  /**
   * In place of a slide, or a whole lesson, that could not be shown. The
   * error's own words follow, as the code gave them.
   */
  slideError: {
    slide: 'This slide could not be shown',
    others: 'The other slides still work: move on with the arrow keys.',
    lesson: 'This lesson could not be shown',
    /** A library component this build of Groundwork does not have. */
    missing: (name: string) =>
      `The ${name} activity is not available in this version of Groundwork.`,
  },
  callout: {
    info: 'Good to know',
    tip: 'Tip',
    warning: 'Take care',
    support: 'Support',
  },
  feedback: {
    right: 'That’s right.',
    wrong: 'Not quite.',
  },
  /**
   * A way to help, always with the "Get help now" button (the shell's crisis
   * panel): beside every place to write on a kiosk, and after a low
   * check-in answer or worrying words anywhere.
   */
  support: {
    /** The same words as the shell's own button. */
    getHelp: 'Get help now',
    /** On a kiosk, beside every place to write; `routeKiosk` follows. */
    kioskWriting:
      'Nobody reads what you type here, and it is not kept: it is cleared when you finish or step away.',
    /** On a kiosk, beside every check-in; `routeKiosk` follows. */
    kioskAnswer: 'Nobody sees your answer, and it is not kept.',
    routeKiosk:
      'If you are thinking about suicide or feel unsafe, tap “Get help now” or tell a member of staff at the desk.',
    routeFacilitated:
      'If you are thinking about suicide or feel unsafe, tap “Get help now”, or talk to the facilitator or someone you trust.',
    /** After a low check-in answer, instead of a thank-you. */
    low: 'That sounds like a hard time. You do not have to get through it alone.',
    /** Beside words that may mean someone is thinking of suicide or self-harm; only the person sees it. */
    words:
      'What you wrote sounds really painful. You matter, and you do not have to carry this alone.',
    /** A group check-in with answers at the low end: for the whole room, naming nobody. */
    room: 'Some answers are at the low end. If one of them is yours, you are not alone: the facilitator can talk with you in private after the session.',
  },
  poll: {
    chooseOne: 'Each person chooses one answer.',
    chooseMany: 'People may choose more than one answer.',
    howToCount: 'Press + once for each hand or tap. Only totals are kept, never names.',
    add: (option: string) => `Add one to “${option}”`,
    remove: (option: string) => `Take one away from “${option}”`,
    countNow: (option: string, count: number) => `${option}: ${count}.`,
    total: (count: number) => (count === 1 ? '1 answer so far' : `${count} answers so far`),
    /** The total when phones answered too (issue 16): "14 answers, 9 from phones". */
    totalWithPhones: (count: number, phones: number) =>
      `${count === 1 ? '1 answer' : `${count} answers`}, ${fromPhones(count, phones)}`,
    clear: 'Clear counts',
    cleared: 'All counts cleared.',
    /** On a kiosk: one person, choosing for themselves; no counts. */
    soloOne: 'Choose the answer that fits you best. Your answer is not kept.',
    soloMany: 'Choose every answer that fits you. Your answers are not kept.',
    /** `choices` are the chosen answers, already listed in the lesson's language. */
    youChose: (choices: string) => `You chose ${choices}.`,
  },
  mythOrFact: {
    title: 'Myth or fact?',
    groupHint: 'Ask the group what they think. Reveal the answer when everyone is ready.',
    reveal: 'Reveal the answer',
    question: 'What do you think?',
    // The answers a phone also shows: one copy, in the contract (issue 16).
    myth: ANSWER_WORDS.en.myth,
    fact: ANSWER_WORDS.en.fact,
    isMyth: 'This is a myth.',
    isFact: 'This is a fact.',
    tryAgain: 'Try again',
    hide: 'Hide the answer',
  },
  quiz: {
    aloneHint: 'Choose one answer, then check it.',
    groupHint: 'Talk it over together. The facilitator reveals the answer when the room is ready.',
    check: 'Check my answer',
    reveal: 'Reveal the answer',
    tryAgain: 'Try again',
    hide: 'Hide the answer',
    correct: 'Correct answer',
    yourChoice: 'Your choice',
    answerIs: (answer: string) => `The answer is “${answer}”.`,
  },
  /**
   * The phones' answers to a group myth-or-fact or quiz (issue 16), shown
   * beside the statement or the options before and after the reveal.
   */
  phones: {
    answered: (count: number) => (count === 1 ? '1 phone answered' : `${count} phones answered`),
    /** Read by screen readers for a bar's count, which shows only the number. */
    count: (count: number) => (count === 1 ? '1 phone' : `${count} phones`),
  },
  /** What happened to a file a person asked to save; the app asks them first. */
  saving: {
    asking: 'A question is on the screen: choose Save there to keep your file.',
    cancelled: 'Nothing was saved.',
    failed: 'The file could not be saved. You can try again.',
    busy: 'Another file is waiting to be saved. Answer that question first.',
    tooMany: 'That was a lot of files at once. Wait a minute, then try again.',
    notAllowed: 'This file cannot be saved.',
  },
  reflection: {
    privacy:
      'Private space. What you write is not saved anywhere and is gone when the lesson ends, unless you press “Save to a file”.',
    save: 'Save to a file',
    clear: 'Clear',
    saved: 'Your reflection is saved.',
    cleared: 'Your writing has been cleared.',
    /** The suggested file name, before the date. */
    fileStem: 'my-reflection',
  },
  breathing: {
    box: 'Box breathing (4-4-4-4)',
    fourSevenEight: '4-7-8 breathing',
    paced: (timings: string) => `Paced breathing (${timings})`,
    cue: {
      inhale: 'Breathe in',
      hold: 'Hold',
      exhale: 'Breathe out',
      holdAfter: 'Hold',
    },
    /** One phase in the description: "breathe in for 4". */
    phase: (cue: string, seconds: number, first: boolean) =>
      `${first ? cue : cue.toLowerCase()} for ${seconds}`,
    /** `phases` are the phases above, joined with commas. */
    summary: (phases: string, rounds: number) =>
      `${phases} seconds. ${rounds} ${rounds === 1 ? 'round' : 'rounds'}.`,
    gently: 'Breathe gently; stop if you feel dizzy.',
    ready: 'Press Start when you are ready.',
    done: 'Well done. Notice how you feel now.',
    round: (round: number, of: number) => `Round ${round} of ${of}`,
    start: 'Start',
    pause: 'Pause',
    resume: 'Resume',
    startOver: 'Start over',
  },
  grounding: {
    label: 'Grounding: 5, 4, 3, 2, 1',
    stepsLabel: 'Steps',
    steps: {
      see: {
        title: '5 things you can see',
        heading: 'Notice 5 things you can see',
        hint: 'Look around slowly. Name them quietly to yourself.',
      },
      touch: {
        title: '4 things you can touch',
        heading: 'Notice 4 things you can touch',
        hint: 'Your feet on the floor, the chair, your sleeve…',
      },
      hear: {
        title: '3 things you can hear',
        heading: 'Notice 3 things you can hear',
        hint: 'Sounds near you and far away.',
      },
      smell: {
        title: '2 things you can smell',
        heading: 'Notice 2 things you can smell',
        hint: 'If nothing comes, think of two smells you like.',
      },
      taste: {
        title: '1 thing you can taste',
        heading: 'Notice 1 thing you can taste',
        hint: 'Or one thing you are looking forward to tasting.',
      },
    },
    step: (step: number, of: number) => `Step ${step} of ${of}`,
    notes: 'Your notes (optional)',
    privacy: 'Notes stay on this screen only and are gone when the lesson ends.',
    finished: 'You have finished',
    finishedLead: 'Take a slow breath. Notice where you are right now, and how you feel.',
    back: 'Back',
    next: 'Next',
    finish: 'Finish',
    startAgain: 'Start again',
  },
  cardSort: {
    title: 'Card sort',
    help: 'Drag each card into a group, or tap a card and then tap “Move here”. With a keyboard: on a card, press a group’s number (0 puts it back) or the arrow keys.',
    unsorted: 'Not sorted yet',
    /** Read after a group's name by screen readers. */
    cardCount: (count: number) => (count === 1 ? ', 1 card' : `, ${count} cards`),
    moveHere: (card: string) => `Move “${card}” here`,
    moved: (card: string, group: string) => `Moved “${card}” to ${group}.`,
    allSorted: 'All cards are sorted.',
    left: (count: number) => `${count} ${count === 1 ? 'card' : 'cards'} left to sort.`,
    picked: (card: string) => `Picked up “${card}”. Now choose a group.`,
    putDown: 'Put the card down.',
    startOver: 'Start over',
    reset: 'All cards are back in the pile.',
  },
  checkIn: {
    // A phone's check-in shows the same feelings: one copy, in the contract (issue 16).
    feelings: ANSWER_WORDS.en.feelings,
    /** What 1 and 10 mean when the author gives no labels. */
    ends: ['Very low', 'Very good'],
    groupHint:
      'Tap once for each person. Only the totals are shown; no answer is linked to anyone.',
    aloneHint: 'Choose what fits you right now. Your answer is not saved.',
    /** On a kiosk, where the note below says what happens to the answer. */
    kioskHint: 'Choose what fits you right now.',
    added: (point: string, total: number) =>
      `Added one to ${point}. ${total} ${total === 1 ? 'answer' : 'answers'} so far.`,
    spread: (total: number) => `Spread of answers: ${total} ${total === 1 ? 'answer' : 'answers'}`,
    /** When phones answered too (issue 16). */
    spreadWithPhones: (total: number, phones: number) =>
      `Spread of answers: ${total} ${total === 1 ? 'answer' : 'answers'}, ${fromPhones(total, phones)}`,
    /** Hidden text before each bar's label, for screen readers. */
    answersFor: 'answers for ',
    undo: 'Undo last tap',
    undone: 'Last tap taken back.',
    clear: 'Clear all',
    cleared: 'All answers cleared.',
    /** "You chose <point>. Thank you…": the point is shown in bold between the two. */
    choseBefore: 'You chose ',
    choseAfter: '. Thank you for checking in.',
    /** After a low answer the support message follows instead of the thank-you. */
    choseLowAfter: '.',
  },
  timer: {
    title: 'Timer',
    left: (time: string) => `${time} left`,
    leftSentence: (time: string) => `${time} left.`,
    timeUp: 'Time is up.',
    running: 'Running',
    paused: 'Paused',
    start: 'Start',
    pause: 'Pause',
    resume: 'Resume',
    startAgain: 'Start again',
    reset: 'Reset',
    chime: (on: boolean) => `Chime: ${on ? 'on' : 'off'}`,
    pausedWith: (time: string) => `Paused with ${time} left.`,
    started: (time: string) => `Timer started: ${time}.`,
    resetTo: (time: string) => `Timer reset to ${time}.`,
    minutes: (count: number) => `${count} ${count === 1 ? 'minute' : 'minutes'}`,
    seconds: (count: number) => `${count} ${count === 1 ? 'second' : 'seconds'}`,
    /** Minutes and seconds together: "1 minute 5 seconds". */
    both: (minutes: string, seconds: string) => `${minutes} ${seconds}`,
  },
  plan: {
    title: 'My plan for staying well',
    sections: {
      'warning-signs': {
        title: 'My warning signs',
        prompt: 'What do you notice in yourself when things start to slip?',
        example: 'Sleeping badly, skipping meals, pulling away from friends',
      },
      triggers: {
        title: 'My triggers',
        prompt: 'Which places, people, feelings or times of day make things harder?',
        example: 'Payday, being alone on Sunday evenings, arguments at home',
      },
      'coping-steps': {
        title: 'Things that help me cope',
        prompt: 'What can you do on your own to get through a hard moment?',
        example: 'Go for a walk, slow breathing, call a friend, leave the situation',
      },
      'people-to-call': {
        title: 'People I can call',
        prompt: 'Who can you reach out to? Add a phone number if you know it.',
        example: 'My sister, a friend from my group',
      },
      'professional-contacts': {
        title: 'Professional contacts',
        prompt: 'Your doctor, counsellor, key worker or clinic, with how to reach them.',
        example: 'Clinic front desk, my counsellor',
      },
      'crisis-contacts': {
        title: 'If I am in crisis',
        prompt: 'Numbers to call when you feel unsafe: a local crisis line and emergency services.',
        example: 'Your local crisis line, emergency services',
      },
    },
    review: 'Review and save',
    reviewTitle: 'Review and save your plan',
    /** On a kiosk nothing is saved: the plan goes home on the person's phone, if at all. */
    reviewTitleKiosk: 'Review your plan',
    leftBlank: 'Left blank',
    step: (step: number, of: number) => `Step ${step} of ${of}`,
    onePerLine: 'Write one on each line.',
    example: (example: string) => `For example: ${example}`,
    privacy:
      'Your plan is not saved anywhere and is gone when the lesson ends. To keep it, save it as a PDF you can print, or as a text file.',
    back: 'Back',
    next: 'Next',
    toReview: 'Review',
    savePdf: 'Save as a printable PDF',
    saveText: 'Save as text',
    clear: 'Clear my plan',
    pdfSaved: 'Your plan is saved as a PDF. Open it to print it.',
    textSaved: 'Your plan is saved as a text file.',
    cleared: 'Your plan has been cleared.',
    fileStem: 'my-plan',
    /** In the saved PDF and text file. */
    madeOn: (date: string) => `Made on ${date}`,
    blank: '(left blank)',
  },
  /** On a kiosk: the person's own words as QR codes their phone reads from the screen. */
  takeHome: {
    open: 'Take it home on your phone',
    print: 'Print it',
    title: 'Take your words home',
    lead: 'Open the camera on your phone and point it at the code. Your phone shows your words as text you can keep.',
    only: 'The code holds only your words. Nothing is sent anywhere, and when you tap Done nothing is left behind on this screen.',
    /** Long writing needs more than one code. */
    parts: (count: number) => `Your words fill ${count} codes. Scan them one after the other.`,
    part: (n: number, of: number) => `Part ${n} of ${of}`,
    /** What a screen reader hears for the code itself. */
    code: (n: number, of: number) => `QR code ${n} of ${of} with your words`,
    previous: 'Previous part',
    next: 'Next part',
    done: 'Done',
  },
  contentNote: {
    title: 'Content note',
    fallback: 'The next part talks about experiences some people find hard.',
    hint: 'You can take a break, step out, or skip this part. Look after yourself first.',
    continue: 'Continue',
    skip: 'Skip ahead',
    done: 'You can take a break or step out at any time.',
    showAgain: 'Show the content note again',
  },
  /**
   * Handouts: each exercise as a paper form people fill in by hand. The
   * `run…` lines and the other facilitator lines are printed only in the
   * facilitator guide, never on the participant's sheet.
   */
  paper: {
    tickOne: 'Tick one box.',
    tickMany: 'Tick every box that fits.',
    poll: {
      title: 'Poll',
      run: 'Read the question and each answer aloud.',
      runOne:
        'Each person ticks one box on paper, or raises a hand when you read the answer that fits them.',
      runMany: 'People may tick more than one box, or raise a hand for each answer that fits them.',
      count: 'Count the hands and add them on the slide. Only totals are kept, never names.',
    },
    mythOrFact: {
      myth: 'Myth',
      fact: 'Fact',
      run: 'Read the statement aloud and give people a quiet moment to tick Myth or Fact.',
      talk: 'Invite a few people to say why, if they want to, then share the answer.',
    },
    quiz: {
      title: 'Quiz',
      run: 'Give people a moment to tick an answer on their own, then talk it over together before you share the answer.',
    },
    reflection: {
      title: 'Reflection',
      private: 'This page is yours. Nobody will ask to read it.',
      run: 'Give people quiet time to write. What they write is private: nobody has to share it, and the pages are not collected.',
      share: 'If you invite people to share afterwards, make it clear that passing is fine.',
    },
    breathing: {
      /** One step: "Breathe in for 4 seconds." (`time` is the timer's "4 seconds"). */
      step: (cue: string, time: string) => `${cue} for ${time}.`,
      repeat: (rounds: number) => (rounds === 1 ? 'Do this once.' : `Repeat ${rounds} times.`),
      run: 'Guide the room through each step in a calm, steady voice, counting the seconds aloud.',
      stop: 'Anyone may stop at any time and breathe as usual. Eyes can stay open.',
    },
    grounding: {
      /** One step: its heading, then its hint. */
      step: (heading: string, hint: string) => `${heading}. ${hint}`,
      run: 'Read each step slowly and leave time for people to notice before you move on.',
      skip: 'People can keep their eyes open and skip any sense that does not work for them.',
    },
    cardSort: {
      instruction: 'For each card, tick the group you think it belongs in.',
      run: 'People sort the cards on their own first, then compare in pairs or as a room.',
      talk: 'Talk about the cards people placed differently, and ask what made them choose.',
    },
    checkIn: {
      title: 'Check-in',
      circleNumber: 'Circle the number that fits you right now.',
      circleFeeling: 'Circle the word that fits you best right now.',
      private: 'Answers on paper are private: people keep their sheet and nobody has to show it.',
      low: 'If someone marks a low point, or seems to be struggling, offer a quiet word in private afterwards and make sure they have the crisis and support contacts.',
    },
    timer: {
      timed: (time: string) => `Timed activity: ${time}`,
      run: 'Keep time with the slide’s timer or a watch, and give a gentle warning shortly before the end.',
    },
    plan: {
      title: 'My plan',
      intro: 'Write one idea on each line. This plan is yours to keep.',
      /** A section's title and its question, above the lines to write on. */
      section: (title: string, prompt: string) => `${title} — ${prompt}`,
      run: 'People fill in their own plan. It belongs to them: nobody has to share it, and it is not collected.',
      crisis:
        'Before people fill in the last part, share the local crisis line and emergency number so everyone can write them down.',
    },
  },
};

export type Strings = typeof en;
